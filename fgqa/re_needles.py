"""The literal words every match of a pattern contains: a pattern can skip a text without them.

`re` finds a pattern that opens with a literal (`败诉率…`) by a fast substring search, but one
that opens with an optional group or a class (`(?:行政诉讼|诉讼)?零败诉`, `[\u4e00-\u9fff]{2,6}领域`)
is tried at every character: ~20–80 µs per report for each of the lexicon's zero-claim
patterns, most of which a report never matches. `of_tree` reads a pattern's parse tree for
a few literal strings one of which every match must contain (`("零败诉",)`; `fgqa.re_cache.needles`
keeps them with the compiled pattern), and `absent(needles, s)` tells in a substring search
(~0.1 µs) that the pattern cannot match `s`: the caller skips the regex, and finds exactly what
the regex would have found (nothing). Where a pattern has no such words (a class, an optional part only, too many
alternatives), `needles` is None and the pattern is always run.

Why it is exact: the words come only from what a match consumes — literal characters in
sequence, every alternative of a branch, a repeat taken at least once — never from a
lookaround or an optional part, and a case-insensitive pattern gives none. The match of
`pattern.search(s, pos, endpos)` lies within `s[pos:endpos]`, so does each literal it consumed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

try:  # CPython's pattern parser (the same since 3.11)
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: no needles, every pattern is run
    _parser = None

#: what fgqa.re_cache's file name says of the needles it keeps: raise it when the reading changes
VERSION = 1
#: more alternatives than this are slower to look for one by one than the pattern is to run
MAX_NEEDLES = 6

Needles = tuple[str, ...]


def of_tree(tree: Any) -> Needles | None:
    """The needles of a parsed pattern (`re._parser.parse`'s tree), None when there are none."""
    if _parser is None or tree.state.flags & re.IGNORECASE:
        return None
    found = _sequence(list(tree))
    if not found:
        return None
    # a needle holding another is found wherever that one is: the shorter is enough
    return tuple(sorted(n for n in found if not any(m != n and m in n for m in found)))


@lru_cache(maxsize=1024)
def of_source(pattern: str, flags: int) -> Needles | None:
    """The needles of a pattern not compiled through fgqa.re_cache (which keeps them on disk)."""
    if _parser is None or flags & re.IGNORECASE:
        return None
    try:
        return of_tree(_parser.parse(pattern, flags))
    except (re.error, RecursionError, TypeError, ValueError, OverflowError):
        return None


def absent(found: Needles | None, s: str, pos: int = 0, endpos: int | None = None) -> bool:
    """True when `s[pos:endpos]` holds none of `found`: the pattern they came from cannot match there."""
    if found is None:
        return False
    if pos == 0 and endpos is None:
        for n in found:  # (a loop, not any(): this is asked per number and cue)
            if n in s:
                return False
        return True
    end = len(s) if endpos is None else endpos
    for n in found:
        if s.find(n, pos, end) >= 0:
            return False
    return True


# --------------------------------------------------------------------------- the parse tree


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two needle sets: the longer shortest needle, then fewer of them."""
    if a is None:
        return b
    if b is None:
        return a
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Needles of a sequence: its longest run of literal characters, or what one item requires."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, frozenset(["".join(run)]))
            run = []
        best = _better(best, _item(op, av))
    if run:
        best = _better(best, frozenset(["".join(run)]))
    return best


def _item(op: Any, av: Any) -> frozenset[str] | None:
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _sequence(list(sub))
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(av))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        lo, _hi, sub = av
        return _sequence(list(sub)) if lo >= 1 else None
    if op is _c.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            found = _sequence(list(alternative))
            if found is None:
                return None
            union |= found
            if len(union) > MAX_NEEDLES:
                return None
        return frozenset(union) or None
    return None  # a class, any character, an assertion, a back reference: no literal for sure
