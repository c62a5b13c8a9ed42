"""Map top-level sections to the four parts a report must have, by meaning.

Reports misnumber parts (two 二、), merge them (存在的不足和下一步打算), put them in
another order, leave them without a heading (a 下一步, … paragraph) or omit them. So we
classify each top-level heading by its words, never by its number, and look for an
unheaded paragraph only for a part that no heading claims.
"""

from __future__ import annotations

import re

from fgqa.models import PartKey

_LEADERSHIP = re.compile(r"第一责任人|(主要负责人|主要领导|一把手|负责同志).{0,14}(履行|履职|职责|责任)|履行.{0,8}职责")
_SHORTCOMINGS = re.compile(r"不足|短板|差距|薄弱|存在的?(主要)?问题|问题(和|与|及)|困难和问题")
_PLANS = re.compile(r"安排|工作思路|思路和|总体思路|计划|打算|下一步|展望|今后|工作要点|重点任务|努力方向")
_MEASURES = re.compile(r"举措|成效|措施|做法|工作开展|开展情况|工作情况|主要工作|成绩|进展|成果|基本情况")


def classify_heading(heading: str) -> list[PartKey]:
    """The parts a top-level heading names (two for a merged heading, none for a theme)."""
    if _LEADERSHIP.search(heading):
        return ["leadership"]
    parts: list[PartKey] = []
    if _SHORTCOMINGS.search(heading):
        parts.append("shortcomings")
    if _PLANS.search(heading):
        parts.append("plans")
    if not parts and _MEASURES.search(heading):
        parts.append("measures")
    return parts


def is_leadership_sub_heading(heading: str) -> bool:
    """A sub-section heading that is the leadership part inside the measures (stricter than a
    top-level heading: 依法履职 alone is a theme, 第一责任人 is the duty the part reports on)."""
    return "第一责任人" in heading


# Unheaded paragraphs that open a part; searched only at paragraph starts.
_PARAGRAPH_OPENERS: dict[PartKey, re.Pattern[str]] = {
    "plans": re.compile(
        r"下一步[,，:：]|下一步工作|(?:20\d\d年|明年|新的一年|今后)[,，]?[^。\n]{0,16}?(?:打算|计划|安排|思路)"
    ),
    "shortcomings": re.compile(r"[^。\n]{0,30}?(?:还存在|仍存在|存在一些|存在以下|存在的问题|不足之处|短板和不足)"),
    "leadership": re.compile(r"(?:党政)?(?:主要负责人|主要领导)[^。\n]{0,30}?(?:第一责任人|履行)"),
}

#: where a paragraph can start: a line start, or a sentence end in a one-line report
_LINE_START = re.compile(r"(?<=\n)")
_SENTENCE_START = re.compile(r"(?<=[。 ])")


def find_part_paragraph(text: str, part: PartKey, start: int, end: int, *, one_line: bool) -> int | None:
    """Offset where an unheaded paragraph opening `part` starts within [start, end)."""
    opener = _PARAGRAPH_OPENERS.get(part)
    if opener is None:
        return None
    pos = start
    while pos < end:
        m = (_SENTENCE_START if one_line else _LINE_START).search(text, pos, end)
        if not m:
            return None
        para = m.start()
        while para < end and text[para] in " \t":
            para += 1
        if opener.match(text, para, min(end, para + 60)):
            return para
        pos = m.end() + 1
    return None
