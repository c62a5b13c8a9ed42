"""Sentence and clause boundaries around a position in normalized text.

The functions scan the text around one position; `Boundaries` finds every boundary of a
text once and answers the same questions by binary search, for callers that ask at every
number of a long text (a scan back to the section start per number is quadratic).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from fgqa import re_cache
from fgqa.sections.headings import CN_DIGITS, CN_MARKER, PAREN_MARKER

SENTENCE_END = "。!?！？;；\n"
CLAUSE_END = SENTENCE_END + ",，:："

_SENTENCE_END_RE = re_cache.compile(f"[{re.escape(SENTENCE_END)}]")
# headings glued into one-line reports also start a sentence (1. is left out: 1.5 is a number)
_INLINE_MARKER = rf"{CN_MARKER}|{PAREN_MARKER}|[{CN_DIGITS}]是"
_INLINE_HEADING = re_cache.compile(rf" (?={_INLINE_MARKER})")
#: the same, with the extent of the heading marker the space is followed by
_INLINE_HEADING_REACH = re_cache.compile(rf" (?=({_INLINE_MARKER}))")
_CLAUSE_END_RE = re_cache.compile(f"[{re.escape(CLAUSE_END)}]")


#: above this many characters a text's sentence starts are looked up in its boundaries, found
#: once for the text (a scan back per call reads up to the whole text: quadratic when a pass
#: asks it of every figure); below it, scanning back is cheaper than finding every boundary
LONG_TEXT = 2_000


def sentence_start(text: str, pos: int, floor: int = 0) -> int:
    if len(text) > LONG_TEXT:
        return boundaries_of(text).sentence_start(pos, floor)
    return scan_sentence_start(text, pos, floor)


def _start_after(text: str, chars: str, floor: int, pos: int) -> int:
    """Where text[floor:pos] starts after the last of `chars` in it (floor when none is)."""
    best = floor
    for ch in chars:
        i = text.rfind(ch, floor, pos)
        if i + 1 > best:
            best = i + 1
    return best


def scan_sentence_start(text: str, pos: int, floor: int = 0) -> int:
    """The sentence start before `pos`, scanned back from it."""
    best = _start_after(text, SENTENCE_END, floor, pos)
    heads = list(_INLINE_HEADING.finditer(text, best, pos))
    if heads:
        best = heads[-1].end()  # the sentence starts after the last inline heading
    return best


def sentence_end(text: str, pos: int, ceiling: int | None = None) -> int:
    ceiling = len(text) if ceiling is None else ceiling
    m = _SENTENCE_END_RE.search(text, pos, ceiling)
    end = m.start() if m else ceiling
    h = _INLINE_HEADING.search(text, pos, end)
    return h.start() if h else end


def clause_start(text: str, pos: int, floor: int = 0) -> int:
    return _start_after(text, CLAUSE_END, floor, pos)


def clause_end(text: str, pos: int, ceiling: int | None = None) -> int:
    ceiling = len(text) if ceiling is None else ceiling
    best = ceiling
    for ch in CLAUSE_END:
        i = text.find(ch, pos, best)
        if i != -1:
            best = i
    return best


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (full stop excluded) inside [start, end)."""
    end = len(text) if end is None else end
    spans = []
    pos = start
    while pos < end:
        stop = sentence_end(text, pos, end)
        s, e = pos, stop
        while s < e and text[s] in " \t\n":
            s += 1
        if e > s:
            spans.append((s, e))
        pos = stop + 1 if stop < end and text[stop] in SENTENCE_END else max(stop, pos + 1)
    return spans


class Boundaries:
    """Every sentence and clause boundary of one text, found once.

    Each method returns what the function of the same name returns for this text. An inline
    heading counts only when its marker ends before the search limit (as a regex search
    bounded there sees it); a marker holds no space, so markers end in the order they start.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._sentence = [m.start() for m in _SENTENCE_END_RE.finditer(text)]
        self._clause = [m.start() for m in _CLAUSE_END_RE.finditer(text)]
        heads = [(m.start(), m.end(1)) for m in _INLINE_HEADING_REACH.finditer(text)]
        self._head_at = [start for start, _ in heads]
        self._head_reach = [reach for _, reach in heads]

    def sentence_start(self, pos: int, floor: int = 0) -> int:
        best = _after_last(self._sentence, floor, pos)
        i = bisect_right(self._head_reach, pos) - 1  # the last marker that fits before pos
        if i >= 0 and self._head_at[i] >= best:
            best = self._head_at[i] + 1
        return best

    def sentence_end(self, pos: int, ceiling: int | None = None) -> int:
        end = _first(self._sentence, pos, len(self.text) if ceiling is None else ceiling)
        i = bisect_left(self._head_at, pos)
        if i < len(self._head_at) and self._head_reach[i] <= end:
            return self._head_at[i]
        return end

    def clause_start(self, pos: int, floor: int = 0) -> int:
        return _after_last(self._clause, floor, pos)

    def clause_end(self, pos: int, ceiling: int | None = None) -> int:
        return _first(self._clause, pos, len(self.text) if ceiling is None else ceiling)


def _after_last(marks: list[int], floor: int, pos: int) -> int:
    """Just after the last mark in [floor, pos), else floor."""
    i = bisect_left(marks, pos) - 1
    return marks[i] + 1 if i >= 0 and marks[i] >= floor else floor


def _first(marks: list[int], pos: int, ceiling: int) -> int:
    """The first mark in [pos, ceiling), else ceiling."""
    i = bisect_left(marks, pos)
    return marks[i] if i < len(marks) and marks[i] < ceiling else ceiling


_last: Boundaries | None = None


def boundaries_of(text: str) -> Boundaries:
    """The boundaries of `text`: the last text's, kept while the same text is asked about."""
    global _last
    found = _last
    if found is None or found.text is not text:
        found = _last = Boundaries(text)
    return found
