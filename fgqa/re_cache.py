"""`re.compile` for fgqa's own patterns, with the compiled form kept on disk between runs.

Python compiles a regular expression in pure Python, and fgqa's few hundred patterns
(the metadata readers, the lexicon's cues, the section and scope rules) cost ~45 ms of
every `fgqa summarize`, a quarter of its start-up: a character class with a CJK range
takes ~0.6 ms, one with full-width punctuation ~0.1 ms. What compiling produces (sre's
code words, the group names) depends only on the pattern, the flags and the Python build,
so it is kept in one file per Python build in the user's cache folder
(`$XDG_CACHE_HOME/fgqa`, else `~/.cache/fgqa`), and a later run rebuilds each pattern from
its words in microseconds instead of compiling it.

The cache changes no match: `compile` returns a pattern equal to `re.compile`'s (same
pattern, flags and code; `tests/test_re_cache.py` checks every pattern of the package).
It trusts nothing on disk: the file's first line holds the digest of the rest (a torn or
edited file is not used), the rest is a JSON index (nothing is unpickled) and the code words
it points into, an entry sre refuses is compiled afresh (sre validates the code it is given),
and a missing, unreadable or unwritable folder means compiling as if there were no cache. New entries
are written once, at exit, by an atomic replace. On a Python without CPython's sre
internals, `compile` is `re.compile`.

Patterns built from run-time data (a question's words) go to `re.compile`, not here.
"""

from __future__ import annotations

import array
import atexit
import hashlib
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, TypeVar, cast

from fgqa import re_needles, user_cache

try:  # CPython's regular expression internals (the same since 3.11; checked here)
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _constants, _parser  # type: ignore[attr-defined]

    #: the array type of one code word
    _WORD = cast(Literal["H", "I", "L", "Q"], {array.array(t).itemsize: t for t in "HILQ"}[_sre.CODESIZE])
    _SUPPORTED = sys.implementation.name == "cpython" and callable(_compiler._code) and callable(_sre.compile)
except (ImportError, AttributeError, KeyError):  # pragma: no cover - another Python
    _SUPPORTED = False

#: past this many entries the file keeps only what the run that writes it used (patterns
#: edited during development, or a lexicon folder of one's own, leave their old forms behind;
#: every start reads the whole file, ~2 ms per 1,000 entries, and fgqa has ~600)
MAX_ENTRIES = 1500
#: 2: each entry also holds the pattern's needles (fgqa.re_needles); 3: and its window; 4: the
#: code words in a binary part after the JSON index (base64 in the JSON before: decoding the
#: ~1 MB of it on every start cost ~10 ms, where a start builds ~400 of the ~600 patterns)
_FORMAT = 4

#: re.DEBUG as an int (`int & RegexFlag` runs enum's Python-level operator, ~2 µs a call)
_DEBUG = int(re.DEBUG)
_entries: dict[str, list[Any]] | None = None  # what the file held, read on first use
_added: dict[str, list[Any]] = {}  # compiled in this run, written at exit
_used: set[str] = set()
_saving = False  # _save registered to run at exit
#: "final flags:pattern" → its needles, for the patterns compiled here
_needles: dict[str, re_needles.Needles | None] = {}
#: "final flags:pattern" → its window (fgqa.re_needles.of_tree_window), for the patterns compiled here
_windows: dict[str, int | None] = {}


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the cache when this Python compiled it before."""
    flags = int(flags)
    if not _SUPPORTED or flags & _DEBUG:
        return re.compile(pattern, flags)
    key = f"{flags}:{pattern}"
    entry = _cached().get(key)
    if entry is not None:
        built = _build(pattern, entry)
        if built is not None:
            _used.add(key)
            _keep_reading(f"{built.flags}:{pattern}", entry)
            return built
    compiled, entry = _compile(pattern, flags)
    _keep_reading(f"{compiled.flags}:{pattern}", entry)
    _added[key] = entry
    _used.add(key)
    global _saving
    if not _saving:  # two threads may both register it: the second save finds nothing new
        _saving = True
        atexit.register(_save)
    return compiled


def _keep_reading(key: str, entry: list[Any]) -> None:
    _needles[key] = tuple(entry[4]) if entry[4] is not None else None
    _windows[key] = entry[5]


T = TypeVar("T")


def per_pattern(fn: Callable[[re.Pattern[str]], T]) -> Callable[[re.Pattern[str]], T]:
    """`fn(pattern)` computed once per pattern object. (Not functools.lru_cache: hashing a
    compiled pattern hashes its code, ~3 µs for a lexicon pattern, on every call.) The
    pattern is held, so its id is not reused; the table is emptied past 4,096 entries."""
    known: dict[int, tuple[re.Pattern[str], T]] = {}

    def cached(pattern: re.Pattern[str]) -> T:
        hit = known.get(id(pattern))
        if hit is not None and hit[0] is pattern:
            return hit[1]
        if len(known) >= 4096:
            known.clear()
        value = fn(pattern)
        known[id(pattern)] = (pattern, value)
        return value

    return cached


@per_pattern
def needles(pattern: re.Pattern[str]) -> re_needles.Needles | None:
    """Literal strings one of which every match of `pattern` contains (fgqa.re_needles), or
    None: kept with the patterns compiled here, read from the tree for any other."""
    return _kept(_needles, pattern, re_needles.of_source)


@per_pattern
def window(pattern: re.Pattern[str]) -> int | None:
    """How far past its start a match attempt of `pattern` can read, when that is bounded
    (fgqa.re_needles.of_tree_window), or None: kept like the needles."""
    return _kept(_windows, pattern, re_needles.window_of_source)


def _kept(table: dict[str, T], pattern: re.Pattern[str], read: Callable[[str, int], T]) -> T:
    """What `table` keeps for a pattern compiled here, else `read` from its source (and kept)."""
    key = f"{pattern.flags}:{pattern.pattern}"
    try:
        return table[key]
    except KeyError:
        found = table[key] = read(pattern.pattern, pattern.flags)
        return found


def _compile(pattern: str, flags: int) -> tuple[re.Pattern[str], list[Any]]:
    """What re._compiler.compile does, keeping the code words it builds (and the needles)."""
    parsed = _parser.parse(pattern, flags)  # raises re.error for a bad pattern, as re.compile does
    found = re_needles.of_tree(parsed)  # before compiling, which may rework the tree
    width = re_needles.of_tree_window(parsed)
    first = re_needles.first_chars(parsed)
    code = _with_first_chars(_compiler._code(parsed, flags), first, flags)  # ints (sre's opcodes are an int subclass)
    entry = [flags | parsed.state.flags, parsed.state.groups - 1, dict(parsed.state.groupdict),
             array.array(_WORD, code).tobytes(), list(found) if found else None, width]
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        indexgroup[index] = name
    built = _sre.compile(pattern, entry[0], code, entry[1], entry[2], tuple(indexgroup))
    return cast(re.Pattern[str], built), entry


def _with_first_chars(code: list[int], first: list[tuple[Any, Any]] | None, flags: int) -> list[int]:
    """The code with the characters a match can begin with in its INFO block, where `re` found
    none (a branch of named groups, an optional opening): sre then skips, in C, every position
    whose character is not one of them, instead of trying the whole pattern there. It is what
    re._compiler writes for `[…]x|y` itself, and it changes no match (fgqa.re_needles.first_chars:
    every match begins with one of them; `tests/test_re_cache.py` checks the package's patterns)."""
    if first is None or not code or code[0] != _constants.INFO or code[2] != 0 or code[3] < 1:
        return code  # no info block, or one with a prefix or a set already, or an empty match possible
    charset, hascased = _compiler._optimize_charset(first)
    if hascased:  # pragma: no cover - only with a case-folding fixup, which is not passed
        return code
    info = [_constants.INFO, 0, _constants.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return info + code[code[1] + 1:]


def _build(pattern: str, entry: list[Any]) -> re.Pattern[str] | None:
    """The pattern from its cached form, or None when the entry cannot be used."""
    try:
        final_flags, groups, groupindex, words, _found, _window = entry
        words_read = array.array(_WORD)
        words_read.frombytes(words)  # bytes, or a view of the file's; not a whole number of words: ValueError
        code = words_read.tolist()
        indexgroup: list[str | None] = [None] * (groups + 1)
        for name, index in groupindex.items():
            indexgroup[index] = name
        return cast(re.Pattern[str], _sre.compile(pattern, final_flags, code, groups, groupindex, tuple(indexgroup)))
    except (ValueError, TypeError, IndexError, RuntimeError, OverflowError, AttributeError):
        return None  # not what this Python wrote (sre validates the code: RuntimeError)


# --------------------------------------------------------------------------- the file


def cache_file() -> Path:
    """Where this Python build's patterns are kept (one file per build and sre version)."""
    build = (f"{sys.implementation.cache_tag} {sys.version} {_sre.MAGIC} {_sre.CODESIZE} {sys.byteorder} {_FORMAT}"
             f" {re_needles.VERSION}")
    return user_cache.folder() / f"patterns-{hashlib.sha256(build.encode()).hexdigest()[:16]}.bin"


def _read(path: Path) -> dict[str, list[Any]]:
    """The entries of a file this Python build wrote whole (its first line holds the body's
    digest: a torn or edited file is not used), else none."""
    body = user_cache.read(path, {"python": sys.version})
    return {} if body is None else _parse(body)


def _dump(entries: dict[str, list[Any]]) -> bytes:
    """The file's body: one line of JSON, "flags:pattern" → [final flags, groups, group
    index, start, end, needles, window], then the code words of every entry, each at
    [start, end) of that binary part (as this Python's sre holds them)."""
    index: dict[str, list[Any]] = {}
    words: list[bytes] = []
    at = 0
    for key, (final_flags, groups, groupindex, code, found, width) in entries.items():
        code = bytes(code)
        index[key] = [final_flags, groups, groupindex, at, at + len(code), found, width]
        words.append(code)
        at += len(code)
    return json.dumps(index, ensure_ascii=False).encode("utf-8") + b"\n" + b"".join(words)


def _parse(body: bytes) -> dict[str, list[Any]]:
    """The entries of a body _dump wrote (each one's code a view into the body, copied when
    built), leaving out any that is not of the form it writes; none if the index is not."""
    head, _, tail = body.partition(b"\n")
    try:
        index = json.loads(head)
    except ValueError:
        return {}
    if not isinstance(index, dict):
        return {}
    words = memoryview(tail)
    size = array.array(_WORD).itemsize
    return {k: [v[0], v[1], v[2], words[v[3]:v[4]], v[5], v[6]] for k, v in index.items()
            if isinstance(k, str) and isinstance(v, list) and len(v) == 7
            and type(v[3]) is int and type(v[4]) is int and 0 <= v[3] <= v[4] <= len(tail) and (v[4] - v[3]) % size == 0
            and (v[5] is None or (isinstance(v[5], list) and v[5] and all(isinstance(n, str) and n for n in v[5])))
            and (v[6] is None or (type(v[6]) is int and 0 <= v[6] <= re_needles.MAX_WINDOW))}


def _cached() -> dict[str, list[Any]]:
    global _entries
    if _entries is None:
        try:
            _entries = _read(cache_file())
        except (OSError, RuntimeError, ValueError):  # no home folder
            _entries = {}
    return _entries


def _save() -> None:
    """Add this run's new patterns to the file (re-read first: other runs may have added theirs)."""
    if not _added:
        return
    try:
        path = cache_file()
        entries = {**_read(path), **_added}
        if len(entries) > MAX_ENTRIES:  # keep what this run used
            entries = {k: v for k, v in entries.items() if k in _used}
        user_cache.write(path, {"python": sys.version}, _dump(entries))
    except (OSError, RuntimeError, ValueError):
        pass  # a read-only or missing home: the next run compiles again
    _added.clear()
