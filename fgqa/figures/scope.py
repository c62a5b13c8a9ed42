"""Whose figure a number is (区政府本级, 街乡、部门, 市级, 食品安全领域 …).

Figures of different scopes are never summed or swapped; a scope is a short phrase
taken from the words before the number in its sentence, or None for the reporting body
as a whole.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from fgqa import re_cache
from fgqa.figures.prefix import PrefixScan
from fgqa.lexicon import lexicon
from fgqa.re_needles import absent

# The words are scopes.toml's (fgqa/lexicon/scopes.py), bound when this module is imported.
_WORDS = lexicon().scopes
_EACH_SUBAREA = _WORDS.each_subarea
#: the scopes in the order they are tried; the sub-areas (各乡镇) last
_SCOPE_PATTERNS: tuple[re.Pattern[str], ...] = (*_WORDS.narrower, _EACH_SUBAREA)
#: an administrative level (市级/镇级): levels are counted apart and never added up
LEVEL_SCOPE = _WORDS.level
#: the whole body (全区, 全市…): its figure already holds its parts' figures, so it is never
#: added to them (全区75件 + 区政府本级18件 + 街道、部门57件 is not 150)
WHOLE_SCOPE = _WORDS.whole


#: each scope pattern with the words all its matches hold (fgqa.re_needles): most leads name no scope
_SCOPE_NEEDLES = tuple((p, re_cache.needles(p)) for p in _SCOPE_PATTERNS)
#: any of those words, one search: words with none of them need only the patterns without needles
_ANY_NEEDLE = re_cache.compile("|".join(re.escape(n) for n in sorted({n for _, ns in _SCOPE_NEEDLES for n in ns or ()})) or "(?!)")
_WITHOUT_NEEDLES = tuple((p, n) for p, n in _SCOPE_NEEDLES if n is None)


def scope_of(sentence_lead: str) -> str | None:
    """The narrowest scope named in the words before a number (None when none is)."""
    best: tuple[int, str] | None = None
    asides: list[tuple[int, int]] | None = None
    # (the patterns skipped cannot match; those run keep their order, which breaks ties)
    for pattern, needles in _SCOPE_NEEDLES if _ANY_NEEDLE.search(sentence_lead) else _WITHOUT_NEEDLES:
        if absent(needles, sentence_lead):
            continue
        for m in pattern.finditer(sentence_lead):
            if asides is None:
                asides = _closed_asides(sentence_lead)
            if pattern is _EACH_SUBAREA and _PART_OF.search(sentence_lead, 0, m.start(1)):
                continue
            if (best is None or m.start(1) > best[0]) and not _inside(m.start(1), asides, len(sentence_lead)):
                best = (m.start(1), m.group(1))
    if best is None or _TIERS_BEFORE.search(sentence_lead, max(0, best[0] - 12), best[0]):
        return None
    whole = _WHOLE.search(sentence_lead, 0, best[0])
    if whole is not None and _PART_OF.search(sentence_lead, whole.end(), best[0]):
        whole = None  # "全区…80件,其中以区政府为被告的21件": a part of the whole, not the whole
    # "全区共受理以区内行政机关为被告的…" is the whole area, said precisely
    return f"{whole.group()}({best[1]})" if whole else best[1]


def _closed_asides(s: str) -> list[tuple[int, int]]:
    """The (open, close) positions of the brackets of `s` (……652件(其中市本级137件),废止48件:
    a scope named inside a bracket is the bracket's, not the words' after it)."""
    spans: list[tuple[int, int]] = []
    opened: list[int] = []
    for i, ch in enumerate(s):
        if ch in "(（":
            opened.append(i)
        elif ch in ")）" and opened:
            spans.append((opened.pop(), i))
    return spans


def _inside(pos: int, asides: list[tuple[int, int]], k: int) -> bool:
    """`pos` is inside a bracket that closed before `k`."""
    return any(o < pos < c < k for o, c in asides)


#: a word that turns what follows into a part of the whole named before it (其中/包括/分别)
_PART_OF = _WORDS.part_of
#: every tier of government named before a part's name (市县乡三级政府和市直部门): the whole body
_TIERS_BEFORE = _WORDS.tiers_before


_WHOLE_AREA = r"全(?:区|市|县|镇|乡|街道)"
_NOT_A_PART = r"[\u4e00-\u9fff]{0,2}(?:部门|领域)"
_WHOLE = re_cache.compile(f"{_WHOLE_AREA}(?!{_NOT_A_PART})")


# A period other than "the report year": 去年以来, 2023年以来, 截至10月底, 1-10月, 近三年, 2022年至今
_PERIOD = _WORDS.period


def period_of(sentence_lead: str, year: int | None = None) -> str | None:
    """The period named before a number when it is not simply the report year."""
    named = list(_PERIOD.finditer(sentence_lead))
    if not named:
        return None
    found = named[-1].group()  # the period nearest the number
    if year is not None and found.startswith(f"{year}年以来"):
        return None  # "2024年以来" in a 2024 report is the report year
    return found


class SentenceReader:
    """`scope_of` and `period_of` for every prefix of one sentence, from one scan of it
    (see fgqa.figures.prefix): `scope(k) == scope_of(sentence[:k])`."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        self._scopes = [PrefixScan(p, sentence) for p in _SCOPE_PATTERNS]
        self._period = PrefixScan(_PERIOD, sentence)
        self._whole = _WholeArea(sentence)
        self._asides = _closed_asides(sentence)
        first_part = _PART_OF.search(sentence)
        #: where the sentence's first part word (其中/包括/分别) ends: a 各X after it is an item
        self._part_end = first_part.end() if first_part else None

    def scope(self, k: int) -> str | None:
        best: re.Match[str] | None = None
        for pattern, scan in zip(_SCOPE_PATTERNS, self._scopes):  # each pattern's last match (outside a closed bracket) starts its group latest
            m = scan.last(k)
            if m is not None and pattern is _EACH_SUBAREA and self._after_part_word(m):
                m = next((x for x in reversed(scan.matches(k)) if not self._after_part_word(x)), None)
            if m is not None and _inside(m.start(1), self._asides, k):
                m = next((x for x in reversed(scan.matches(k)) if not _inside(x.start(1), self._asides, k)
                          and not (pattern is _EACH_SUBAREA and self._after_part_word(x))), None)
            if m is not None and (best is None or m.start(1) > best.start(1)):
                best = m
        if best is None or _TIERS_BEFORE.search(self.sentence, max(0, best.start(1) - 12), best.start(1)):
            return None
        whole = self._whole.first(best.start(1))
        if whole is not None and _PART_OF.search(self.sentence, whole.end(), best.start(1)):
            whole = None
        return f"{whole.group()}({best.group(1)})" if whole else best.group(1)

    def _after_part_word(self, m: re.Match[str]) -> bool:
        return self._part_end is not None and self._part_end <= m.start(1)

    def period(self, k: int, year: int | None = None) -> str | None:
        m = self._period.last(k)
        if m is None:
            return None
        found = m.group()
        if year is not None and found.startswith(f"{year}年以来"):
            return None
        return found


class _WholeArea:
    """`_WHOLE.search(s, 0, end)` for any `end`, from one scan of `s`. The lookahead that
    tells 全区 from 全区各部门 reads at most four characters after the name, so a name ending
    four or more characters before `end` is decided once; only the last few are re-read."""

    _NAME = re_cache.compile(_WHOLE_AREA)
    _REACH = 4  # what _NOT_A_PART can read: two characters and a two-character noun

    def __init__(self, s: str) -> None:
        self.s = s
        self._names = list(self._NAME.finditer(s))
        self._ends = [m.end() for m in self._names]
        full = [i for i, m in enumerate(self._names) if _WHOLE.match(s, m.start()) is not None]
        self._first_whole = full[0] if full else None

    def first(self, end: int) -> re.Match[str] | None:
        decided = bisect_right(self._ends, end - self._REACH)  # names whose lookahead ends by `end`
        if self._first_whole is not None and self._first_whole < decided:
            return self._names[self._first_whole]
        for m in self._names[decided:bisect_right(self._ends, end)]:
            if _WHOLE.match(self.s, m.start(), end) is not None:
                return m
        return None
