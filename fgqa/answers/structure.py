"""Questions about the report's structure: how many parts, which and in what order, the
heading of part N, what part N says (its summary and its items)."""

from __future__ import annotations

from fgqa import re_cache
from fgqa.lexicon import lexicon
from fgqa.models import PART_KEYS, Answer, Citation, Section, Summary
from fgqa.sections.headings import NUMBER_MARKER

_CN = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_MARKER = re_cache.compile(rf"^(?:#+\s*)?(?:{NUMBER_MARKER})\s*")


def is_structural(question: str) -> bool:
    g = lexicon().grammar
    return bool(g.nth_part.search(question) or g.count_parts.search(question)
                or (g.which_parts.search(question) and "部分" in question))


#: how far into the report its salutation line may stand (title, date lines, then 县委、县政府:)
_HEAD_LINES = 12


def answer_addressee(summary: Summary, text: str) -> Answer:
    """"这份报告报送给谁": the salutation line at the head of the report ("市委依法治市办:")."""
    g = lexicon().grammar
    pos = 0
    for line in text.splitlines(keepends=True)[:_HEAD_LINES]:
        said = line.strip()
        if g.salutation.match(said):
            start = pos + line.index(said)
            who = said.rstrip(":：")
            return Answer(doc=summary.doc.path, answer_type="text", text=f"报告报送: {who}", points=[who],
                          citations=[Citation(quote=said, span=(start, start + len(said)))])
        pos += len(line)
    return Answer(doc=summary.doc.path, answer_type="cannot_answer", text="报告开头没有写明报送对象(没有“X:”这样的称呼行)。")


def _tops(summary: Summary) -> list[Section]:
    return sorted((s for s in summary.sections if s.level == 1 and s.heading), key=lambda s: s.span[0])


def _cite(s: Section) -> Citation:
    return Citation(quote=s.heading or "", span=(s.span[0], s.span[0] + len(s.heading or "")))


def _parts_line(summary: Summary) -> str:
    have = [lexicon().parts[p].answer_name for p in PART_KEYS if summary.parts[p].present]
    lack = [lexicon().parts[p].answer_name for p in PART_KEYS if not summary.parts[p].present]
    return "四个规定部分齐全" if not lack else f"规定的四个部分中缺少: {'、'.join(lack)}(有: {'、'.join(have) or '无'})"


def answer_structure(question: str, summary: Summary, text: str) -> Answer:
    doc = summary.doc.path
    tops = _tops(summary)
    if not tops:
        return Answer(doc=doc, answer_type="text", text=f"报告没有编号的部分标题。{_parts_line(summary)}。")
    g = lexicon().grammar
    m = g.nth_part.search(question)
    if m:
        n = len(tops) if m.group(2) else (int(m.group(1)) if m.group(1).isdigit() else _CN[m.group(1)])
        if not 1 <= n <= len(tops):
            return Answer(doc=doc, answer_type="not_disclosed", text=f"报告只有{len(tops)}个部分, 没有第{n}部分。",
                          points=[s.heading or "" for s in tops], citations=[_cite(s) for s in tops])
        return _part_answer(summary, text, tops[n - 1], n, heading_only=bool(g.heading_only.search(question))
                            and not g.part_content.search(question))
    headings = [_MARKER.sub("", s.heading or "") for s in tops]
    listing = "; ".join(f"{i}. {h}" for i, h in enumerate(headings, 1))
    said = f"报告共{len(tops)}个部分: {listing}。{_parts_line(summary)}。"
    kind = "list" if g.which_parts.search(question) and not g.count_parts.search(question) else "text"
    return Answer(doc=doc, answer_type=kind, text=said, points=headings, citations=[_cite(s) for s in tops])


def _part_answer(summary: Summary, text: str, top: Section, n: int, *, heading_only: bool) -> Answer:
    doc = summary.doc.path
    heading = _MARKER.sub("", top.heading or "")
    if heading_only:
        return Answer(doc=doc, answer_type="text", text=f"第{n}部分的标题是“{heading}”。", points=[heading], citations=[_cite(top)])
    subs = [s for s in summary.sections if s.level == top.level + 1 and s.id.startswith(top.id + ".") and s.heading]
    items = [_MARKER.sub("", s.heading or "").rstrip("。;；") for s in subs]
    summary_text = top.summary or " ".join(s.summary for s in subs[:3] if s.summary)
    said = f"第{n}部分“{heading}”" + (f"包括: {'; '.join(items)}。" if items else "。") + (f"概要: {summary_text}" if summary_text else "")
    return Answer(doc=doc, answer_type="text", text=said, points=[heading, *items],
                  citations=[_cite(top), *(_cite(s) for s in subs)])
