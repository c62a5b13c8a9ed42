"""Map top-level sections to the four parts a report must have, by meaning.

Reports misnumber parts (two 二、), merge them (存在的不足和下一步打算), put them in
another order, leave them without a heading (a 下一步, … paragraph) or omit them. So we
classify each top-level heading by its words, never by its number, and look for an
unheaded paragraph only for a part that no heading claims. The words are the lexicon's
(fgqa/lexicon/parts.toml).
"""

from __future__ import annotations

from fgqa import re_cache
from fgqa.lexicon import Lexicon, lexicon
from fgqa.models import PartKey


def classify_heading(heading: str, *, lex: Lexicon | None = None) -> list[PartKey]:
    """The parts a top-level heading names (two for a merged heading, none for a theme)."""
    parts: list[PartKey] = []
    for part in (lex or lexicon()).parts.values():
        if part.fallback and parts:
            continue  # a theme heading is measures only when it names no other part
        if part.heading.search(heading):
            if part.exclusive:
                return [part.key]
            parts.append(part.key)
    return parts


def is_leadership_sub_heading(heading: str, *, lex: Lexicon | None = None) -> bool:
    """A sub-section heading that is the leadership part inside the measures (stricter than a
    top-level heading: 依法履职 alone is a theme, 第一责任人 is the duty the part reports on)."""
    sub = (lex or lexicon()).parts["leadership"].sub_heading
    return sub is not None and sub.search(heading) is not None

#: where a paragraph can start: a line start, or a sentence end in a one-line report
_LINE_START = re_cache.compile(r"(?<=\n)")
_SENTENCE_START = re_cache.compile(r"(?<=[。 ])")


def find_part_paragraph(text: str, part: PartKey, start: int, end: int, *, one_line: bool,
                        lex: Lexicon | None = None) -> int | None:
    """Offset where an unheaded paragraph opening `part` starts within [start, end)."""
    opener = (lex or lexicon()).parts[part].opener
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
