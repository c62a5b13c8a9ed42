"""Sentence and clause boundaries around a position in normalized text."""

from __future__ import annotations

import re

SENTENCE_END = "。!?！？;；\n"
CLAUSE_END = SENTENCE_END + ",，:："

_SENTENCE_END_RE = re.compile(f"[{re.escape(SENTENCE_END)}]")
# headings glued into one-line reports also start a sentence
_INLINE_HEADING = re.compile(r" (?=[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]是)")


def sentence_start(text: str, pos: int, floor: int = 0) -> int:
    best = floor
    for ch in SENTENCE_END:
        i = text.rfind(ch, floor, pos)
        if i + 1 > best:
            best = i + 1
    m = None
    for m in _INLINE_HEADING.finditer(text, best, pos):
        pass
    if m is not None:
        best = m.end()
    return best


def sentence_end(text: str, pos: int, ceiling: int | None = None) -> int:
    ceiling = len(text) if ceiling is None else ceiling
    m = _SENTENCE_END_RE.search(text, pos, ceiling)
    end = m.start() if m else ceiling
    h = _INLINE_HEADING.search(text, pos, end)
    return h.start() if h else end


def clause_start(text: str, pos: int, floor: int = 0) -> int:
    best = floor
    for ch in CLAUSE_END:
        i = text.rfind(ch, floor, pos)
        if i + 1 > best:
            best = i + 1
    return best


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
