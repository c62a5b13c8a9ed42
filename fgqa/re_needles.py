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

`finditer_near` goes further for a pattern whose words many texts hold (复议, 败诉): it runs the
pattern only around where its words stand, so `re` does not try it at every other character.
That needs the pattern's `window` (`of_tree_window`): how far past its start a match attempt can
read, its longest match plus what a lookahead or `\\b` reads after it, when that is bounded and no
part asks where the text ends (`$`, `\\Z`).
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
VERSION = 3  # 2: the window too; 3: the window includes what lookaheads read past the match
#: more alternatives than this are slower to look for one by one than the pattern is to run
MAX_NEEDLES = 6
#: a longer window than this gains too little over running the pattern on the whole text
MAX_WINDOW = 400

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


def of_source(pattern: str, flags: int) -> Needles | None:
    """The needles of a pattern not compiled through fgqa.re_cache (which keeps them on disk)."""
    tree = None if flags & re.IGNORECASE else _parsed(pattern, flags)
    try:
        return None if tree is None else of_tree(tree)
    except RecursionError:
        return None


@lru_cache(maxsize=1024)
def _parsed(pattern: str, flags: int) -> Any:
    """The parse tree of a pattern, None where it cannot be read (another Python, a bad pattern)."""
    if _parser is None:
        return None
    try:
        return _parser.parse(pattern, flags)
    except (re.error, RecursionError, TypeError, ValueError, OverflowError):
        return None


#: a first-character set larger than this lets `re` skip too little to pay
MAX_FIRST_CHARS = 256


def first_chars(tree: Any) -> list[tuple[Any, Any]] | None:
    """The characters a match of the parsed pattern can begin with, as sre charset items
    (LITERAL c, RANGE (a, b)), when there are at most MAX_FIRST_CHARS of them, no match is
    empty and the pattern is case-sensitive; else None. `re` reads such a set itself only when
    the pattern opens with a literal, a class or a branch of literals (fgqa.re_cache adds it
    for the others: a branch of named groups, an optional opening)."""
    if _parser is None or tree.state.flags & re.IGNORECASE:
        return None
    found: list[tuple[Any, Any]] = []
    try:
        if _first_of(list(tree), found) is not False:  # None: unknown, True: the pattern can match empty
            return None
    except RecursionError:
        return None
    size = sum(1 if op is _c.LITERAL else av[1] - av[0] + 1 for op, av in found)
    return found if 0 < size <= MAX_FIRST_CHARS else None


def _first_of(items: list[tuple[Any, Any]], found: list[tuple[Any, Any]]) -> bool | None:
    """Add to `found` what the sequence's first consumed character can be; True when the
    sequence can consume nothing, None when the first character is not known (any, a negated
    class, a category, a back reference)."""
    for op, av in items:
        if op is _c.LITERAL:
            found.append((op, av))
            return False
        if op is _c.IN:
            if any(o not in (_c.LITERAL, _c.RANGE) for o, _ in av):
                return None  # a negated class, \d, \w …
            found.extend(av)
            return False
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # consumes nothing: the first character is the next item's
        if op is _c.SUBPATTERN:
            sub = _first_of(list(av[3]), found)
        elif op is _c.ATOMIC_GROUP:
            sub = _first_of(list(av), found)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            sub = _first_of(list(av[2]), found)
            if sub is False and av[0] == 0:
                sub = True  # taken zero times: the next item's character begins the match
        elif op is _c.BRANCH:
            sub = False
            for alternative in av[1]:
                one = _first_of(list(alternative), found)
                if one is None:
                    return None
                sub = sub or one
        else:
            return None
        if sub is None:
            return None
        if not sub:
            return False
    return True


def of_tree_window(tree: Any) -> int | None:
    """The most characters past its start a match attempt of the parsed pattern can read: its
    longest match plus what a lookahead or word boundary may read after it, when that is at
    most MAX_WINDOW and no part asks for the end of the text (`$`, `\\Z`); else None."""
    if _parser is None:
        return None
    try:
        reach = _reach(list(tree))
        if reach is None:
            return None
        _lo, hi = tree.getwidth()
    except (OverflowError, RecursionError):
        return None
    return int(hi) + reach if hi + reach <= MAX_WINDOW else None


def window_of_source(pattern: str, flags: int) -> int | None:
    """The window of a pattern not compiled through fgqa.re_cache (which keeps it on disk)."""
    tree = _parsed(pattern, flags)
    return None if tree is None else of_tree_window(tree)


def finditer_near(pattern: re.Pattern[str], found: Needles, window: int, s: str, pos: int = 0,
                  endpos: int | None = None) -> list[re.Match[str]]:
    """`list(pattern.finditer(s, pos, endpos))`, searching only near the needles' occurrences.

    `found` are the pattern's needles and `window` its window (both not None). Why it is exact:
    a match holds a needle, so the next match at or after `cur` starts after `p - window`, `p`
    the first needle at or after `cur`. An attempt starting at or before `p` reads nothing past
    `p + window` (the window counts what its lookaheads read past the match, and no part asks
    where the text ends), so a search of `s[max(cur, p - window):p + window]` finds a match
    starting by `p` if there is one, the same match. When that search finds none
    starting by `p` (what it finds later may be cut short by the window's end), no match starts by
    `p`, and the next needle after `p` is tried. A lookbehind sees the same characters either way
    (`pos` does not hide what comes before it).

    Each needle's next occurrence is kept and looked for again only once `cur` has passed it, so
    the text is read once per needle however often the others occur (looking for every needle
    from `cur` each time read the rest of the text per occurrence of a frequent needle when
    another one is rare: quadratic)."""
    end = len(s) if endpos is None else min(endpos, len(s))
    out: list[re.Match[str]] = []
    cur = pos
    ahead = [s.find(n, cur, end) for n in found]  # each needle's next occurrence at or after cur, -1: none
    while True:
        p = -1
        for i, j in enumerate(ahead):
            if 0 <= j < cur:
                j = ahead[i] = s.find(found[i], cur, end)
            if j >= 0 and (p < 0 or j < p):
                p = j
        if p < 0:
            return out
        m = pattern.search(s, max(cur, p - window), min(end, p + window))
        if m is not None and m.start() <= p:
            out.append(m)
            cur = m.end()  # never empty: every match holds a needle
        else:
            cur = p + 1


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


#: assertions that look only at what comes before a position
_LOOKS_BACK = frozenset(("AT_BEGINNING", "AT_BEGINNING_LINE", "AT_BEGINNING_STRING"))
#: assertions that read the one character after a position (and the one before)
_WORD_EDGES = frozenset(("AT_BOUNDARY", "AT_NON_BOUNDARY", "AT_LOC_BOUNDARY", "AT_LOC_NON_BOUNDARY",
                         "AT_UNI_BOUNDARY", "AT_UNI_NON_BOUNDARY"))


def _reach(items: list[tuple[Any, Any]]) -> int | None:
    """How many characters past the position it stands at an assertion of the sequence (at any
    depth) may read: 0 when none looks ahead, a lookahead's longest match (and its own reach),
    1 for a word boundary; None when one asks for the end of the text or has no longest match."""
    most = 0
    for op, av in items:
        sub: list[int | None] = []
        if op is _c.AT:
            if str(av) in _WORD_EDGES:
                sub.append(1)
            elif str(av) not in _LOOKS_BACK:
                return None  # $, \Z: whether the text ends there
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            direction, pattern = av
            inner = _reach(list(pattern))
            if inner is None:
                return None
            _lo, hi = pattern.getwidth()
            if hi >= MAX_WINDOW:
                return None
            # a lookahead reads its match on; one inside a lookbehind starts before the position
            sub.append(int(hi) + inner if direction >= 0 else inner)
        elif op is _c.SUBPATTERN:
            sub.append(_reach(list(av[3])))
        elif op is _c.ATOMIC_GROUP:
            sub.append(_reach(list(av)))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            sub.append(_reach(list(av[2])))
        elif op is _c.BRANCH:
            sub.extend(_reach(list(alt)) for alt in av[1])
        elif op is _c.GROUPREF_EXISTS:
            _group, yes, no = av
            sub.append(_reach(list(yes)))
            if no is not None:
                sub.append(_reach(list(no)))
        for r in sub:
            if r is None:
                return None
            most = max(most, r)
    return most


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
