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
from bisect import bisect_right
from functools import lru_cache

from fgqa import re_cache

#: what makes a match depend on the characters after it: lookahead, end and word assertions
_END_SENSITIVE = re_cache.compile(r"\(\?[=!]|\$|\\[bBZ]")


@lru_cache(maxsize=256)
def prefix_safe(pattern: re.Pattern[str]) -> bool:
    """True when a match never looks past the characters it consumes and is never empty
    (conservatively: an escaped `$` counts as an assertion too)."""
    return _END_SENSITIVE.search(pattern.pattern) is None and pattern.fullmatch("") is None


class PrefixScan:
    """`pattern.finditer(s[:k])` for any `k`, from one scan of `s`."""

    def __init__(self, pattern: re.Pattern[str], s: str) -> None:
        self.pattern = pattern
        self.s = s
        self.safe = prefix_safe(pattern)
        self._matches = list(pattern.finditer(s)) if self.safe else []
        self._ends = [m.end() for m in self._matches]
        self._groups: list[frozenset[str]] | None = None

    def _split(self, k: int) -> tuple[int, list[re.Match[str]]]:
        """(i, tail): the matches of s[:k] are self._matches[:i] followed by tail."""
        if not self.safe:
            return 0, list(self.pattern.finditer(self.s, 0, k))
        i = bisect_right(self._ends, k)
        if i < len(self._matches) and self._matches[i].start() < k:
            return i, list(self.pattern.finditer(self.s, self._matches[i].start(), k))
        return i, []

    def matches(self, k: int) -> list[re.Match[str]]:
        i, tail = self._split(k)
        return self._matches[:i] + tail

    def last(self, k: int) -> re.Match[str] | None:
        """The last match in s[:k]."""
        i, tail = self._split(k)
        if tail:
            return tail[-1]
        return self._matches[i - 1] if i else None

    def groups(self, k: int) -> frozenset[str]:
        """The names of the groups that matched (each match's `lastgroup`) in s[:k]."""
        i, tail = self._split(k)
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
