"""Regular expressions compiled when first used, for the patterns of paths a run may not take.

Python compiles a pattern in pure Python, and a character class with CJK ranges or
full-width punctuation costs up to a millisecond: compiling every module-level pattern at
import took a quarter of `fgqa summarize`'s start-up, while a plain-text report without
tables, URLs or pinyin never uses a third of them. `lazy_compile` returns a stand-in that
compiles on first use and then hands out the compiled pattern's own bound methods, so a
hot loop pays nothing after the first call. `.pattern` needs no compiling (one pattern is
often built from another's source). Every stand-in is listed in ALL, so that a test
compiles each one. Compiling goes through `fgqa.re_cache`, which keeps the compiled form
on disk between runs (so most starts compile nothing at all).
"""

from __future__ import annotations

import re
from typing import Any, cast

from fgqa import re_cache

ALL: list[LazyPattern] = []
#: what a stand-in forwards, bound once compiled
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        ALL.append(self)

    def compiled(self) -> re.Pattern[str]:
        compiled = re_cache.compile(self.pattern, self._flags)
        for name in _METHODS:  # later calls find these in the instance: no __getattr__
            setattr(self, name, getattr(compiled, name))
        self.flags, self.groups, self.groupindex = compiled.flags, compiled.groups, compiled.groupindex
        return compiled

    def __getattr__(self, name: str) -> Any:  # only for what is not set yet
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r})"


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile`, deferred to the first use (a bad pattern raises re.error then)."""
    return cast(re.Pattern[str], LazyPattern(pattern, int(flags)))
