"""Patterns compiled on first use (fgqa/lazy_re.py): the same matches as re, each one valid."""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys

import pytest

import fgqa
from fgqa.lazy_re import ALL, LazyPattern, lazy_compile

_OPTIONAL = ("fgqa.llm.local_server",)  # needs the local extra


def _import_every_module() -> None:
    for info in pkgutil.walk_packages(fgqa.__path__, "fgqa."):
        if not info.name.startswith(_OPTIONAL):
            importlib.import_module(info.name)


def test_every_deferred_pattern_compiles():
    _import_every_module()
    assert len(ALL) > 40
    for lazy in ALL:
        compiled = lazy.compiled()
        assert compiled.pattern == lazy.pattern and lazy.flags == compiled.flags


def test_a_deferred_pattern_matches_as_re_does_and_compiles_once():
    source, text = r"(?P<n>\d+)件", "受理12件,办结10件"
    lazy, real = lazy_compile(source), re.compile(source)
    assert isinstance(lazy, LazyPattern) and "search" not in vars(lazy)  # not compiled yet
    assert lazy.pattern == source
    assert lazy.search(text).group("n") == real.search(text).group("n")  # type: ignore[union-attr]
    assert "search" in vars(lazy)  # bound to the compiled pattern: no stand-in cost in a loop
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.sub("#", text) == real.sub("#", text) and lazy.split(text) == real.split(text)
    assert lazy.groupindex == real.groupindex and lazy.groups == real.groups
    with pytest.raises(re.error):
        lazy_compile("(unclosed").search("x")


def test_a_plain_text_report_leaves_the_markdown_and_table_patterns_uncompiled():
    script = (
        "from fgqa.documents import cleaning\n"
        "from fgqa.figures import tables\n"
        "cleaning.clean_text('一、主要工作\\n全年办理行政复议案件31件。\\n', media='text')\n"
        "unused = (cleaning._MD_FENCE, cleaning._MD_LINK, tables._YEAR)\n"
        "print(sum('search' in vars(p) or 'match' in vars(p) for p in unused), 'search' in vars(cleaning._SPACES) or 'sub' in vars(cleaning._SPACES))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.split() == ["0", "True"]  # the rare ones not compiled, a used one compiled
