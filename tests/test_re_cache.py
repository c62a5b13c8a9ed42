"""The compiled-pattern cache (fgqa/re_cache.py): the same patterns as re.compile, from disk or not."""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import hashlib
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]

import pytest

from fgqa import re_cache
from fgqa.documents import load_document
from fgqa.re_needles import first_chars
from helpers import compile_every_pattern

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
    [path] = (cache_home / "fgqa").glob("patterns-*")
    return re_cache._parse(path.read_bytes().partition(b"\n")[2])


def _write(path: Path, body: bytes, python: str = sys.version) -> None:
    """A cache file of `body` as a run writes it: the header line with its digest, then the body."""
    path.write_bytes(json.dumps({"python": python, "sha256": hashlib.sha256(body).hexdigest()}).encode() + b"\n" + body)


def _index_and_words(entries: dict[str, list]) -> tuple[dict[str, list], bytes]:
    head, _, words = re_cache._dump(entries).partition(b"\n")
    return json.loads(head), words


def _same(built: re.Pattern[str] | None, pattern: str, flags: int) -> bool:
    """re.compile's pattern, or (where re_cache added the characters a match begins with to its
    INFO block) re.compile's code with only that added."""
    fresh = re.compile(pattern, flags)  # == compares the pattern, the flags and the code
    if built is None or built.groupindex != fresh.groupindex or built.groups != fresh.groups:
        return False
    if built == fresh:
        return True
    tree = _parser.parse(pattern, flags)
    code = re_cache._with_first_chars(_compiler._code(tree, flags), first_chars(tree), flags)
    indexgroup: list[str | None] = [None] * (fresh.groups + 1)
    for name, index in fresh.groupindex.items():
        indexgroup[index] = name
    with_first = _sre.compile(pattern, fresh.flags, code, fresh.groups, dict(fresh.groupindex), tuple(indexgroup))
    return built == with_first != fresh


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
    for broken in ([flags, groups, groupindex, "not code words", needles, window],
                   [flags, groups, groupindex, words[:-1], needles, window],  # not a whole number of words
                   [flags, groups, groupindex, words[: len(words) // 2], needles, window],  # truncated code: sre refuses it
                   ["x", 1, {}, b"", None, None]):
        assert re_cache._build(pattern, broken) is None
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = re_cache.cache_file()
    path.parent.mkdir(parents=True)
    other = r"[\u4e00-\u9fff]+办"
    entries = {f"0:{pattern}": entry, f"0:{other}": re_cache._compile(other, 0)[1]}
    body = re_cache._dump(entries)
    _write(path, body)
    assert re_cache._read(path) == entries  # the form a run writes: each code a view of the file's words
    assert _same(re_cache._build(other, re_cache._read(path)[f"0:{other}"]), other, 0)
    for text in (b"{not json", json.dumps([1, 2]).encode(),
                 json.dumps({"python": "another build", "sha256": hashlib.sha256(body).hexdigest()}).encode() + b"\n" + body,
                 json.dumps({"python": sys.version, "sha256": hashlib.sha256(body).hexdigest()}).encode() + b"\n"
                 + body.replace(b"0:", b"2:"),  # edited after writing
                 json.dumps({"python": sys.version, "sha256": hashlib.sha256(body).hexdigest()}).encode() + b"\n"
                 + body[:-9]):  # torn
        path.write_bytes(text)
        assert re_cache._read(path) == {}
    _write(path, json.dumps([1, 2]).encode() + b"\n")  # an index that is not one
    assert re_cache._read(path) == {}
    index, words = _index_and_words({f"0:{pattern}": entry})
    key = f"0:{pattern}"
    start, end = index[key][3:5]
    odd_entries = [[*index[key][:5], needles, window] for needles in ([""], "件", [1])]  # needles no pattern has
    odd_entries += [[*index[key][:6], window] for window in (-1, "5", 5.0, 10_000)]  # a window no pattern has
    odd_entries += [[*index[key][:3], s, e, needles, window]  # code words outside the file, or not whole words
                    for s, e in ((start, len(words) + 4), (-4, end), (start, end - 1), (end, start), ("0", end))]
    odd_entries += [index[key][:6], [*entry[:3], entry[3].hex(), needles, window]]  # a shorter entry; format 3's form
    for odd in odd_entries:
        _write(path, json.dumps({key: odd}).encode() + b"\n" + words)
        assert re_cache._read(path) == {}, odd
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
    stale = {f"0:stale{i}": [0, 0, {}, b"", None, None] for i in range(re_cache.MAX_ENTRIES)}
    path = re_cache.cache_file()
    path.parent.mkdir(parents=True)
    _write(path, re_cache._dump(stale))
    assert len(re_cache._read(path)) == re_cache.MAX_ENTRIES
    monkeypatch.setattr(re_cache, "_entries", None)
    monkeypatch.setattr(re_cache, "_added", {})
    monkeypatch.setattr(re_cache, "_used", set())
    fresh = re_cache.compile(r"新的[\u4e00-\u9fff]")
    re_cache._save()
    entries = re_cache._read(path)
    assert list(entries) == [r"0:新的[\u4e00-\u9fff]"] and _same(re_cache._build(fresh.pattern, entries[f"0:{fresh.pattern}"]), fresh.pattern, 0)


def test_a_first_character_set_changes_no_match():
    """Every pattern of the package that re_cache gave the characters a match begins with finds
    what re.compile's finds, on the fixture reports and on random strings of its own characters:
    the same spans, groups and last group, by finditer, and the same match at a position."""
    keys = compile_every_pattern()
    texts = [load_document(p).text for p in sorted((ROOT / "evals" / "corpus").iterdir())]
    rng = random.Random(5)
    added = 0
    for key in keys:
        flags, pattern = key.split(":", 1)
        ours, fresh = re_cache.compile(pattern, int(flags)), re.compile(pattern, int(flags))
        if ours == fresh:
            continue
        added += 1
        alphabet = [c for c in pattern if not c.isspace()] + list("，。、的了件12")
        for s in texts + ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 80))) for _ in range(80)]:
            assert [(m.span(), m.groups(), m.lastgroup) for m in ours.finditer(s)] == \
                [(m.span(), m.groups(), m.lastgroup) for m in fresh.finditer(s)], (pattern, s)
            for pos in (0, 1, len(s) // 2):
                a, b = ours.match(s, pos), fresh.match(s, pos)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (pattern, s, pos)
    assert added > 100  # the lexicon's domain pattern, zero claims with optional openings, …


@pytest.mark.parametrize(("pattern", "first"), [
    (r"(?P<a>复议|调解)|(?P<b>诉讼)", "复调诉"),  # a branch of named groups: re reads no set
    (r"(?:行政)?复议", "行复"),  # an optional opening
    (r"(?<!经)审查|[甲乙]方", "审甲乙"),  # a lookbehind consumes nothing
])
def test_the_characters_a_match_begins_with(pattern, first):
    found = first_chars(_parser.parse(pattern, 0))
    assert found is not None and {chr(c) for op, c in found} == set(first)


@pytest.mark.parametrize("pattern", [r"(?:复议)?", r"[^。]复议", r".复议", r"\d件", r"(?i)(?:a|b)c", r"[\u4e00-\u9fff]+领域"])
def test_no_first_characters_where_they_are_not_known(pattern):
    assert first_chars(_parser.parse(pattern, 0)) is None
