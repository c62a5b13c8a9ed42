"""A pattern's matches in every prefix of one string, from one scan of it.

The readers ask of each number what its sentence says before it (the domain named last,
the scope, the period): a regex run over `sentence[:k]`. Run once per number, a sentence
with many numbers is read once per number, which is quadratic in the sentence (2 MB of
numbers with no full stop took minutes). `PrefixScan` scans the sentence once; the
matches in any prefix are then a binary search away, and they are the matches a scan of
the prefix itself finds.

Why that holds: for a pattern without lookahead or end assertions (`$`, `\\b`, `\\Z`) that
never matches the empty string, what a match attempt at a position finds depends only on
the characters it consumes. So the matches of `s[:k]` are the matches of `s` that end by
`k`, followed by whatever `s[:k]` holds from the start of the first match of `s` that runs
past `k` (scanned again, bounded by `k`: a few characters). Other patterns are scanned
prefix by prefix, exactly as before.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from fgqa import re_cache
from fgqa.re_needles import absent

#: what makes a match depend on the characters after it: lookahead, end and word assertions
_END_SENSITIVE = re_cache.compile(r"\(\?[=!]|\$|\\[bBZ]")


@re_cache.per_pattern
def prefix_safe(pattern: re.Pattern[str]) -> bool:
    """True when a match never looks past the characters it consumes and is never empty
    (conservatively: an escaped `$` counts as an assertion too)."""
    return _END_SENSITIVE.search(pattern.pattern) is None and pattern.fullmatch("") is None


class PrefixScan:
    """`pattern.finditer(s[:k])` for any `k`, from one scan of `s`."""

    def __init__(self, pattern: re.Pattern[str], s: str) -> None:
        self.pattern = pattern
        self.s = s
        #: `s` holds none of the words every match holds (fgqa.re_needles): no prefix has a match
        self.none = absent(re_cache.needles(pattern), s)
        self.safe = prefix_safe(pattern)
        self._matches = list(pattern.finditer(s)) if self.safe and not self.none else []
        self._ends = [m.end() for m in self._matches]
        self._groups: list[frozenset[str]] | None = None

    def split(self, k: int) -> tuple[int, list[re.Match[str]]]:
        """(i, tail): the matches of s[:k] are self._matches[:i] followed by tail."""
        if self.none:
            return 0, []
        if not self.safe:
            return 0, list(self.pattern.finditer(self.s, 0, k))
        i = bisect_right(self._ends, k)
        if i < len(self._matches) and self._matches[i].start() < k:
            return i, list(self.pattern.finditer(self.s, self._matches[i].start(), k))
        return i, []

    @property
    def settled(self) -> list[re.Match[str]]:
        """The matches of the scan of all of `s` (for a safe pattern): the first i of them are
        the first i of any prefix's, `split(k)` says how many."""
        return self._matches

    def matches(self, k: int) -> list[re.Match[str]]:
        i, tail = self.split(k)
        return self._matches[:i] + tail

    def last(self, k: int) -> re.Match[str] | None:
        """The last match in s[:k]."""
        i, tail = self.split(k)
        if tail:
            return tail[-1]
        return self._matches[i - 1] if i else None

    def groups(self, k: int) -> frozenset[str]:
        """The names of the groups that matched (each match's `lastgroup`) in s[:k]."""
        i, tail = self.split(k)
        if self._groups is None:  # running unions, built on first use
            seen: frozenset[str] = frozenset()
            self._groups = []
            for m in self._matches:
                if m.lastgroup and m.lastgroup not in seen:
                    seen = seen | {m.lastgroup}
                self._groups.append(seen)
        found = self._groups[i - 1] if i else frozenset()
        extra = {m.lastgroup for m in tail if m.lastgroup}
        return found | extra if extra else found


#: what makes a match depend on where the string (or the search) starts: lookbehind, start
#: and word assertions
_START_SENSITIVE = re_cache.compile(r"\(\?<[=!]|\^|\\[AbB]")


class Occurrences:
    """Whether `pattern.search(s, pos, endpos)` finds a match, for any `pos` and `endpos`, from
    one pass over `s` (a search per question reads everything from `pos` on: per number of a
    long text, that is quadratic).

    For a prefix-safe pattern (see above) a match attempt at a position succeeds within `endpos`
    exactly when it succeeds in all of `s` along a path that ends by `endpos`. So the positions
    where an attempt succeeds in `s` are found once; a question is a binary search for the first
    of them at or after `pos`, and only when that one's match runs past `endpos` are the few
    characters between them searched again. Other patterns are searched per question, as before.
    """

    def __init__(self, pattern: re.Pattern[str], s: str) -> None:
        self.pattern = pattern
        self.s = s
        self.safe = prefix_safe(pattern)
        self._starts: list[int] = []
        self._ends: list[int] = []
        if self.safe:
            m = pattern.search(s)
            while m is not None:  # every position an attempt succeeds at, overlapping ones too
                self._starts.append(m.start())
                self._ends.append(m.end())
                m = pattern.search(s, m.start() + 1)

    def found(self, pos: int, endpos: int) -> bool:
        """`pattern.search(s, pos, endpos) is not None`."""
        if not self.safe:
            return self.pattern.search(self.s, pos, endpos) is not None
        i = bisect_left(self._starts, pos)
        if i == len(self._starts) or self._starts[i] >= endpos:
            return False
        if self._ends[i] <= endpos:
            return True
        return self.pattern.search(self.s, self._starts[i], endpos) is not None

    def found_in_slice(self, pos: int, endpos: int) -> bool:
        """`pattern.search(s[pos:endpos]) is not None`: the same question when the pattern
        does not look before a match's start (no lookbehind, ^, \\A or word boundary)."""
        if self.safe and start_free(self.pattern):
            return self.found(pos, endpos)
        return self.pattern.search(self.s[pos:endpos]) is not None


@re_cache.per_pattern
def start_free(pattern: re.Pattern[str]) -> bool:
    """True when a match attempt never looks at the characters before its start."""
    return _START_SENSITIVE.search(pattern.pattern) is None
