"""What a sentence says before each of its numbers, read once for all of them.

A number's domain, the domains its sentence named, its scope and its period are read in
the words from the sentence start to the number. A long sentence is scanned once, up to
its last number, and every number of it is answered by position (fgqa.figures.prefix); a
short one is cheaper to read again per number for its scope and period (a dozen patterns
to set up), never for its domains (one pattern: its scan reads no further than the
words read for its last number anyway). Either way the answers are those of the
readers run on `text[sentence_start:number]`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from fgqa import re_cache
from fgqa.figures.prefix import PrefixScan
from fgqa.figures.scope import SentenceReader, period_of, scope_of
from fgqa.lexicon import Lexicon
from fgqa.re_needles import absent

#: up to this many characters a sentence's words are read again per number (one scan per
#: number beats setting up the prefix scans); longer sentences are scanned once
SHORT_SENTENCE = 300


class SentenceLeads:
    """One sentence's words from `start` on, as far as a number of it is read."""

    def __init__(self, text: str, start: int, end: int, lex: Lexicon) -> None:
        self.start = start
        self.words = text[start:end]
        self.lex = lex
        self.short = len(self.words) <= SHORT_SENTENCE
        self._domains: PrefixScan | None = None
        self._reader: SentenceReader | None = None
        self._scans: dict[int, PrefixScan] = {}  # by the pattern's id (hashing a pattern hashes its code)
        self._occurrences: dict[str, list[int]] = {}  # a word → where it starts in self.words (overlapping too)

    def domain(self, pos: int) -> str | None:
        """The domain named last before `pos` (Domains.last_in of the words before it)."""
        m = self._domain_scan().last(pos - self.start)
        return m.lastgroup if m else None

    def domains(self, pos: int) -> frozenset[str]:
        """Every domain named before `pos` (Domains.all_in)."""
        return self._domain_scan().groups(pos - self.start)

    def scope(self, pos: int) -> str | None:
        k = pos - self.start
        return scope_of(self.words[:k]) if self.short else self._sentence_reader().scope(k)

    def period(self, pos: int, year: int | None) -> str | None:
        k = pos - self.start
        return period_of(self.words[:k], year) if self.short else self._sentence_reader().period(k, year)

    def says(self, pattern: re.Pattern[str], pos: int) -> bool:
        """Whether `pattern` is found in the words before `pos`."""
        k = pos - self.start
        if self.short:
            return not absent(re_cache.needles(pattern), self.words, 0, k) and pattern.search(self.words, 0, k) is not None
        scan = self._scans.get(id(pattern))
        if scan is None or scan.pattern is not pattern:
            scan = self._scans[id(pattern)] = PrefixScan(pattern, self.words)
        return scan.last(k) is not None

    def followed_by(self, word: str, pattern: re.Pattern[str], pos: int) -> bool:
        """Whether `pattern` matches right after the last `word` in the words before `pos`:
        `pattern.match(w, w.rfind(word) + len(word))` with `w` those words. A long sentence finds
        each word's occurrences once (an rfind per number reads back to the word, however far)."""
        k = pos - self.start
        if self.short:
            at = self.words.rfind(word, 0, k)
        else:
            starts = self._occurrences.get(word)
            if starts is None:
                starts = self._occurrences[word] = _occurrences(self.words, word)
            i = bisect_right(starts, k - len(word))  # the last one ending by k
            at = starts[i - 1] if i else -1
        return at >= 0 and pattern.match(self.words, at + len(word), k) is not None

    def _domain_scan(self) -> PrefixScan:
        if self._domains is None:
            self._domains = PrefixScan(self.lex.domains.pattern, self.words)
        return self._domains

    def _sentence_reader(self) -> SentenceReader:
        if self._reader is None:
            self._reader = SentenceReader(self.words)
        return self._reader


def _occurrences(s: str, word: str) -> list[int]:
    """Every position `word` starts at in `s`, overlapping ones too (what rfind can find)."""
    found: list[int] = []
    at = s.find(word)
    while at >= 0:
        found.append(at)
        at = s.find(word, at + 1)
    return found


class Leads:
    """The sentences of a text, each read once: `at(start, pos)` for the words from `start`
    to `pos`. `asked` lists the (start, pos) pairs to come, so that each sentence is read as
    far as its last number; they come in order of their starts, so one sentence is kept."""

    def __init__(self, text: str, lex: Lexicon, asked: list[tuple[int, int]]) -> None:
        self.text = text
        self.lex = lex
        self._reach: dict[int, int] = {}
        for start, pos in asked:
            self._reach[start] = max(pos, self._reach.get(start, pos))
        self._current: SentenceLeads | None = None

    def at(self, start: int, pos: int) -> SentenceLeads:
        current = self._current
        if current is None or current.start != start or pos - start > len(current.words):
            end = max(pos, self._reach.get(start, pos))
            current = self._current = SentenceLeads(self.text, start, end, self.lex)
        return current
