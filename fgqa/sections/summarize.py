"""Extractive section summaries: the sentences that carry a section's substance.

A reviewer wants what was done and how much, so sentences with figures and result verbs
score highest; slogans (坚持以…为指导) score lowest. Sentences are returned verbatim, in
reading order, so every word of a summary can be found in the report.
"""

from __future__ import annotations

import re

from fgqa.figures.context import sentences
from fgqa.models import Section

_FIGURE = re.compile(r"\d|[一二两三四五六七八九十百千万]+(?:项|件|场|次|个|起|份|条)")
_RESULT = re.compile(r"完成|实现|开展|建立|出台|制定|办理|受理|审查|化解|印发|修订|清理|查处|覆盖|推行|落实|组建|建成|率")
_PROBLEM = re.compile(r"不足|短板|差距|薄弱|有待|不够|不强|不高|欠缺|滞后")
_PLAN = re.compile(r"将|继续|持续|进一步|加快|深化|力争|计划|着力")
_SLOGAN = re.compile(r"^(?:坚持以|深入学习|全面贯彻|认真贯彻|以习近平|在.{2,12}(?:领导|指导)下)")
#: a sub-heading line inside a widened span is not a sentence of substance
_HEADING_ONLY = re.compile(r"(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、])[^。]{0,40}$")
MAX_SENTENCES = 3
MAX_CHARS = 240


def summarize_section(text: str, section: Section, span: tuple[int, int] | None = None) -> str:
    """Up to three sentences of the section; `span` widens it (a heading with no body of its
    own is summarized from its sub-sections)."""
    start, end = span or section.span
    if section.heading:
        start = min(end, start + len(section.heading))
    spans = [s for s in sentences(text, start, end) if s[1] - s[0] >= 6 and not _HEADING_ONLY.match(text, s[0], s[1])]
    if not spans:
        return ""
    scored = []
    for index, (s, e) in enumerate(spans):
        sent = text[s:e]
        score = 0.0
        score += 2.0 * min(3, len(_FIGURE.findall(sent)))
        score += 1.0 if _RESULT.search(sent) else 0.0
        if section.part == "shortcomings":
            score += 3.0 if _PROBLEM.search(sent) else 0.0
        if section.part == "plans":
            score += 2.0 if _PLAN.search(sent) else 0.0
        score -= 3.0 if _SLOGAN.search(sent) else 0.0
        score += 1.0 if index == 0 else 0.0
        score -= 0.004 * max(0, len(sent) - 120)
        scored.append((score, index, sent))
    best = sorted(scored, key=lambda item: (-item[0], item[1]))[:MAX_SENTENCES]
    chosen: list[str] = []
    total = 0
    for _, _, sent in sorted(best, key=lambda item: item[1]):
        if total and total + len(sent) > MAX_CHARS:
            break
        chosen.append(sent.strip())
        total += len(sent)
    return "".join(c if c[-1] in "。:：!！?？;；" else c + "。" for c in chosen)
