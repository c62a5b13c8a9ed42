"""The compiled-pattern cache (fgqa/re_cache.py): the same patterns as re.compile, from disk or not."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from fgqa import re_cache

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "evals" / "corpus" / "a_city_plain.txt"
#: a run that compiles every pattern of the package: each module's, the lexicon's, a summarize's
EVERYTHING = (
    "import importlib, pkgutil, sys, fgqa\n"
    "from fgqa import lazy_re, re_cache\n"
    "for info in pkgutil.walk_packages(fgqa.__path__, 'fgqa.'):\n"
    "    if not info.name.startswith('fgqa.llm.local_server'):\n"
    "        importlib.import_module(info.name)\n"
    "for lazy in lazy_re.ALL:\n"
    "    lazy.compiled()\n"
    "from fgqa.lexicon.load import load_lexicon\n"
    "load_lexicon().compile_all()\n"
    "from fgqa.session import Session\n"
    "with Session() as session:\n"
    "    session.summarize(sys.argv[1])\n"
    "print(len(re_cache._added), len(re_cache._used))\n"
)


def _run(cache_home: Path | str, script: str = EVERYTHING) -> list[int]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    out = subprocess.run([sys.executable, "-c", script, str(REPORT)], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=120)
    assert out.returncode == 0 and not out.stderr, out.stderr
    return [int(n) for n in out.stdout.split()]


def _cache_entries(cache_home: Path) -> dict[str, list]:
    [path] = (cache_home / "fgqa").glob("patterns-*.json")
    return json.loads(path.read_bytes().partition(b"\n")[2])


def _same(built: re.Pattern[str] | None, pattern: str, flags: int) -> bool:
    fresh = re.compile(pattern, flags)  # == compares the pattern, the flags and the code
    return built is not None and built == fresh and built.groupindex == fresh.groupindex and built.groups == fresh.groups


def test_every_pattern_from_the_cache_is_the_one_re_compiles(tmp_path):
    added, used = _run(tmp_path)
    assert added == used > 300  # nothing cached yet: every pattern compiled and written at exit
    entries = _cache_entries(tmp_path)
    assert len(entries) == added
    for key, entry in entries.items():
        flags, pattern = key.split(":", 1)
        assert _same(re_cache._build(pattern, entry), pattern, int(flags)), pattern
    assert _run(tmp_path) == [0, used]  # the next run compiles none of them


def test_a_corrupt_or_foreign_cache_is_compiled_afresh(tmp_path, monkeypatch):
    pattern = r"(?P<n>\d+)件[\u4e00-\u9fff]{2}"
    compiled, entry = re_cache._compile(pattern, 0)
    assert _same(compiled, pattern, 0) and _same(re_cache._build(pattern, entry), pattern, 0)
    flags, groups, groupindex, words, needles, window = entry
    assert needles == ["件"]  # fgqa.re_needles: every match holds it
    assert window is None  # \d+ has no longest match (fgqa.re_needles.of_tree_window)
    for broken in ([flags, groups, groupindex, "not base64!", needles, window],
                   [flags, groups, groupindex, words[: len(words) // 2], needles, window],  # truncated code: sre refuses it
                   ["x", 1, {}, "", None, None]):
        assert re_cache._build(pattern, broken) is None
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = re_cache.cache_file()
    path.parent.mkdir(parents=True)
    body = json.dumps({f"0:{pattern}": entry}).encode()
    digest = hashlib.sha256(body).hexdigest()
    header = {"python": sys.version, "sha256": digest}
    path.write_bytes(json.dumps(header).encode() + b"\n" + body)
    assert re_cache._read(path) == {f"0:{pattern}": entry}  # the form a run writes
    for text in (b"{not json", json.dumps([1, 2]).encode(),
                 json.dumps({**header, "python": "another build"}).encode() + b"\n" + body,  # another Python
                 json.dumps(header).encode() + b"\n" + body.replace(b"0:", b"2:"),  # edited after writing
                 json.dumps(header).encode() + b"\n" + body[:-9]):  # torn
        path.write_bytes(text)
        assert re_cache._read(path) == {}
    for needles in ([""], "件", [1]):  # needles that cannot be a pattern's (an empty one would always be found)
        odd = json.dumps({f"0:{pattern}": [*entry[:4], needles, window]}).encode()
        path.write_bytes(json.dumps({**header, "sha256": hashlib.sha256(odd).hexdigest()}).encode() + b"\n" + odd)
        assert re_cache._read(path) == {}
    for window in (-1, "5", 5.0, 10_000):  # a window no pattern has (or one past the longest kept)
        odd = json.dumps({f"0:{pattern}": [*entry[:5], window]}).encode()
        path.write_bytes(json.dumps({**header, "sha256": hashlib.sha256(odd).hexdigest()}).encode() + b"\n" + odd)
        assert re_cache._read(path) == {}
    odd = json.dumps({f"0:{pattern}": entry[:5]}).encode()  # a format-2 entry (no window)
    path.write_bytes(json.dumps({**header, "sha256": hashlib.sha256(odd).hexdigest()}).encode() + b"\n" + odd)
    assert re_cache._read(path) == {}
    # a whole run against a corrupt file: every pattern compiled as without a cache, the file replaced
    path.write_bytes(b"{not json")
    added, used = _run(tmp_path)
    assert added == used and len(_cache_entries(tmp_path)) == added


def test_an_unusable_cache_folder_changes_nothing(tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    env = {**os.environ, "XDG_CACHE_HOME": str(not_a_folder)}
    cmd = [sys.executable, "-m", "fgqa.cli", "summarize", str(REPORT), "--format", "json"]
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert out.returncode == 0 and not out.stderr
    assert json.loads(out.stdout)["indicators"]  # the report was read as ever
    assert not_a_folder.read_text() == "x"


def test_a_bad_pattern_raises_as_re_does():
    with pytest.raises(re.error):
        re_cache.compile("(unclosed")
    assert re_cache.compile(r"(?i)abc").search("xABC") is not None


def test_the_cache_is_never_written_to_a_relative_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", "relative")
    assert re_cache.cache_file().parent == tmp_path / "home" / ".cache" / "fgqa"


def test_an_overgrown_cache_keeps_what_the_run_used(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    stale = {f"0:stale{i}": [0, 0, {}, "", None] for i in range(re_cache.MAX_ENTRIES)}
    body = json.dumps(stale).encode()
    path = re_cache.cache_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(json.dumps({"python": sys.version, "sha256": hashlib.sha256(body).hexdigest()}).encode() + b"\n" + body)
    monkeypatch.setattr(re_cache, "_entries", None)
    monkeypatch.setattr(re_cache, "_added", {})
    monkeypatch.setattr(re_cache, "_used", set())
    fresh = re_cache.compile(r"新的[\u4e00-\u9fff]")
    re_cache._save()
    entries = re_cache._read(path)
    assert list(entries) == [r"0:新的[\u4e00-\u9fff]"] and _same(re_cache._build(fresh.pattern, entries[f"0:{fresh.pattern}"]), fresh.pattern, 0)
