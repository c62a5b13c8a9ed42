"""Find headings in normalized report text.

Official Chinese documents number their headings in a fixed order of styles:
一、 > (一) > 1. / 1、 > (1), with 一是/二是 as inline enumerations. A heading may sit on
its own line or, when a page collapsed the report into one line, inline after a space or
a sentence end. Depth is the rank of the style, so a report that starts at (一) simply
has (一) at the top of its tree.
"""

from __future__ import annotations

import re

from fgqa import re_cache
from fgqa.documents.numbering import CN_DIGITS, CN_MARKER, NUMBER_MARKER, ORDINAL_MARKER, PAREN_MARKER
from fgqa.models import Heading

#: the numbering styles are re-exported for the readers of sections (answers, figures, engines)
__all__ = ["CN_DIGITS", "CN_MARKER", "NUMBER_MARKER", "ORDINAL_MARKER", "PAREN_MARKER", "cn_number", "find_headings"]
_CN_VALUE = {c: i + 1 for i, c in enumerate(CN_DIGITS)}

# A heading starts at a line start or after a space / sentence end (inline headings):
# (?:(?<=^)|(?<=[\n 。;；:：!！?？])) before its number. Each style below checks that after its
# first character instead (a lookbehind over it: _AFTER_BOUNDARY), which finds the same
# matches and groups, but lets the pattern open with a character class, so `re` skips in C
# to the characters a number can start with; checked before the first character, each style
# was tried at every character of the report (~50 µs per report each).
# A page may frame a heading in ornaments (———四、工作打算———, ★一、…, ▌二、…: a WeChat article's
# styling); a run of them before the number at a line start stands for the line start.
_ORNAMENTS = "—–─━═＝~～*＊★☆◆◇■□●◎▶►▸▍▌▋█❖✦"
_AFTER_BOUNDARY = rf"(?:(?<=^.)|(?<=[\n 。;；:：!！?？{_ORNAMENTS}].))"

_STYLES: list[tuple[str, int, re.Pattern[str]]] = [
    ("markdown", 0, re_cache.compile(r"(?m)^(#{1,6})[ \t]*(?=\S)")),
    ("cn", 1, re_cache.compile(rf"([{CN_DIGITS}]{_AFTER_BOUNDARY}[{CN_DIGITS}]{{0,2}})、")),
    # 第一部分　主要举措…: the parts of a report numbered as parts, on a line of their own
    ("part_cn", 1, re_cache.compile(rf"第{_AFTER_BOUNDARY}([{CN_DIGITS}]{{1,2}})部分(?=[\s　:：、]*\S)")),
    ("paren_cn", 2, re_cache.compile(rf"[(（]{_AFTER_BOUNDARY}([{CN_DIGITS}]{{1,3}})[)）]")),
    ("arabic", 3, re_cache.compile(rf"(\d{_AFTER_BOUNDARY}\d?)(?:[.．、](?!\d))")),
    ("paren_arabic", 4, re_cache.compile(rf"[(（]{_AFTER_BOUNDARY}(\d{{1,2}})[)）]")),
    ("ordinal", 5, re_cache.compile(rf"([{CN_DIGITS}]{_AFTER_BOUNDARY}[{CN_DIGITS}]?)是(?=[\u4e00-\u9fff“\"])")),
]

# Where a heading's text ends: a sentence end, a line end, or (inline only) a space.
_LINE_HEADING_END = re_cache.compile(r"[。\n]|[:：;；](?=.)")
_INLINE_HEADING_END = re_cache.compile(r"[。\n ]|[:：;；]")
MAX_HEADING_CHARS = 80


def cn_number(s: str) -> int | None:
    """一 → 1, 十二 → 12, 二十三 → 23 (a heading's or list item's number); None for other text."""
    if s == "十":
        return 10
    if len(s) == 1:
        return _CN_VALUE.get(s)
    if s[0] == "十":  # 十一 … 十九
        return 10 + _CN_VALUE.get(s[1], 0)
    if len(s) >= 2 and s[1] == "十":  # 二十, 二十三
        tail = _CN_VALUE.get(s[2], 0) if len(s) == 3 else 0
        return _CN_VALUE.get(s[0], 0) * 10 + tail
    return None


def _number(marker: str, token: str) -> int | None:
    if marker == "markdown":
        return None
    if token.isdigit():
        return int(token)
    return cn_number(token)


def _at_line_start(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return text[line_start:pos].strip().strip(_ORNAMENTS) == ""


def _after_ornament_inside_a_line(text: str, pos: int, inline: bool) -> bool:
    """——二、 inside a sentence is a dash before a number, no heading."""
    return inline and pos > 0 and text[pos - 1] in _ORNAMENTS


def _heading_end(text: str, start: int, body_start: int, inline: bool) -> int:
    pattern = _INLINE_HEADING_END if inline else _LINE_HEADING_END
    m = pattern.search(text, body_start, min(len(text), start + MAX_HEADING_CHARS + 20))
    end = m.start() if m else min(len(text), start + MAX_HEADING_CHARS)
    if m and m.group() == "。":
        end = m.start()  # the full stop closes the heading sentence but is not part of it
    line_end = text.find("\n", start)
    if line_end != -1:
        end = min(end, line_end)
    return end


def find_headings(text: str) -> list[Heading]:
    """All headings in reading order. Ordinal (一是) items are returned too, at depth 5."""
    found: dict[int, Heading] = {}
    for marker, rank, pattern in _STYLES:
        for m in pattern.finditer(text):
            start = m.start()
            if start in found:
                continue
            inline = not _at_line_start(text, start)
            if _after_ornament_inside_a_line(text, start, inline):
                continue
            if marker in ("markdown", "part_cn") and inline:
                continue  # 第二部分 inside a sentence is a reference to a part, not its heading
            end = _heading_end(text, start, m.end(), inline)
            heading_text = text[start:end].strip().rstrip(_ORNAMENTS).strip()
            if marker == "markdown":
                if _first_marker(text[m.end():end].strip()) is not None:
                    continue  # "## 一、…": the numbered heading inside it stands for the line
                depth = len(m.group(1))
                heading_text = heading_text.lstrip("#").strip()
            else:
                depth = rank
            if len(heading_text) <= len(m.group()):  # a bare marker is not a heading
                continue
            if marker == "ordinal" and not _starts_sentence(text, start):
                continue
            found[start] = Heading(
                text=heading_text,
                marker=marker,
                number=_number(marker, m.group(1)),
                depth=depth,
                span=(start, start + len(heading_text) if marker != "markdown" else end),
            )
    headings = sorted(found.values(), key=lambda h: h.span[0])
    return _drop_unsequenced(headings)


def _first_marker(s: str) -> tuple[str, int] | None:
    for marker, rank, pattern in _STYLES[1:]:
        if pattern.match(s):
            return marker, rank
    return None


def _starts_sentence(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] in "\n 。;；:："


def _drop_unsequenced(headings: list[Heading]) -> list[Heading]:
    """Drop numbered candidates that are clearly not headings: an arabic '3.' or '(2)' that
    neither starts a run (number 1) nor follows its predecessor in the same style."""
    kept: list[Heading] = []
    last_number: dict[str, int] = {}
    for h in headings:
        if h.marker in ("arabic", "paren_arabic", "ordinal") and h.number is not None:
            prev = last_number.get(h.marker)
            if h.number != 1 and (prev is None or h.number not in (prev + 1, prev)):
                continue
        if h.number is not None:
            last_number[h.marker] = h.number
        # a deeper style restarts its run under each new parent
        for other in ("paren_cn", "arabic", "paren_arabic", "ordinal"):
            if _RANK[other] > _RANK[h.marker]:
                last_number.pop(other, None)
        kept.append(h)
    return kept


_RANK = {marker: rank for marker, rank, _ in _STYLES}
