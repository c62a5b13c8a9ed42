"""Questions about the report's structure: how many parts, which and in what order, the
heading of part N, what part N says (its summary and its items)."""

from __future__ import annotations

from fgqa import re_cache
from fgqa.documents.metadata import posting_line
from fgqa.lexicon import lexicon
from fgqa.models import PART_KEYS, Answer, Citation, Section, Summary
from fgqa.sections.headings import NUMBER_MARKER

_CN = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_MARKER = re_cache.compile(rf"^(?:#+\s*)?(?:{NUMBER_MARKER})\s*")


def is_structural(question: str) -> bool:
    g = lexicon().grammar
    return bool(g.nth_part.search(question) or g.count_parts.search(question)
                or (g.which_parts.search(question) and "部分" in question)
                or (g.which_nth_part.search(question) and _one_part_named(question)))


def _one_part_named(question: str) -> bool:
    parts = lexicon().parts
    return sum(1 for p in PART_KEYS if parts[p].question.search(question)) == 1


#: how far into the report its salutation line may stand (title, date lines, then 县委、县政府:)
_HEAD_LINES = 12


def answer_addressee(summary: Summary, text: str) -> Answer:
    """"这份报告报送给谁": the salutation line at the head of the report ("市委依法治市办:")."""
    g = lexicon().grammar
    pos = 0
    for line in text.splitlines(keepends=True)[:_HEAD_LINES]:
        said = line.strip()
        glued = g.salutation_after_title.search(said) if pos == 0 else None
        if g.salutation.match(said) or glued:
            if glued:  # (the title line, only the salutation after it)
                said = said[glued.start("to"):]
            start = pos + line.index(said)
            who = said.rstrip(":：")
            return Answer(doc=summary.doc.path, answer_type="text", text=f"报告报送: {who}", points=[who],
                          citations=[Citation(quote=said, span=(start, start + len(said)))])
        pos += len(line)
    return Answer(doc=summary.doc.path, answer_type="cannot_answer", text="报告开头没有写明报送对象(没有“X:”这样的称呼行)。")


def answer_posting(question: str, summary: Summary, text: str) -> Answer | None:
    """"这篇推文是哪个公众号发的" / "什么时候发的": the account and the day and time of a social-media
    article's posting line at the page's top; None when the page has no such line."""
    posted = posting_line(text)
    if posted is None:
        return None
    account, _day, written, span = posted
    asks_account = bool(lexicon().grammar.account_question.search(question))
    said = (f"发布的公众号: {account}; 发布时间: {written}" if asks_account else f"发布时间: {written}")
    return Answer(doc=summary.doc.path, answer_type="text", text=f"{said} (页面的发布行: {text[span[0]:span[1]]})",
                  points=[account, written] if asks_account else [written],
                  citations=[Citation(quote=text[span[0]:span[1]], span=span)])


def _tops(summary: Summary) -> list[Section]:
    """The report's parts: its numbered top-level sections (a title or a box the outline also put at
    the top level, unnumbered, is no part) — all of them when none is numbered."""
    tops = sorted((s for s in summary.sections if s.level == 1 and s.heading), key=lambda s: s.span[0])
    numbered = [s for s in tops if _MARKER.match(s.heading or "")]
    return numbered or tops


#: the most characters of a part's own words an answer on what the part says quotes
_BODY_CHARS = 600


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
    if g.which_nth_part.search(question):
        placed = _position_of_part(question, summary, tops)
        if placed is not None:
            return placed
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


def _position_of_part(question: str, summary: Summary, tops: list[Section]) -> Answer | None:
    """"领导履职部分是第几部分": the numbered part the named part is (or is written inside)."""
    lex = lexicon()
    if not _one_part_named(question):
        return None
    named = [p for p in PART_KEYS if lex.parts[p].question.search(question)]
    status = summary.parts[named[0]]
    name = lex.parts[named[0]].answer_name
    if not status.present or not status.section_ids:
        return Answer(doc=summary.doc.path, answer_type="text", text=f"报告没有{name}这一部分。{_parts_line(summary)}。")
    first = next((s for s in summary.sections if s.id == status.section_ids[0]), None)
    if first is None:
        return None
    for n, top in enumerate(tops, 1):
        if top.span[0] <= first.span[0] < top.span[1]:
            heading = _MARKER.sub("", top.heading or "")
            cn = _CN_OF.get(n, str(n))
            inside = "" if first.id == top.id else f"(写在其中的“{_MARKER.sub('', first.heading or '')}”)"
            return Answer(doc=summary.doc.path, answer_type="text",
                          text=f"{name}是报告的第{cn}部分: “{heading}”{inside}。", points=[f"第{cn}部分", heading],
                          citations=[_cite(top)])
    return None


_CN_OF = {v: k for k, v in _CN.items()}


def asks_own_part(question: str) -> bool:
    """"有没有单独写问题的部分": whether one named part stands as a part of its own."""
    return bool(lexicon().grammar.own_part.search(question)) and _one_part_named(question)


def answer_own_part(question: str, summary: Summary) -> Answer:
    """A part with its own top-level section is written separately; one found only inside another
    part (a sub-section or a sentence of the measures) is not — say where it is written."""
    lex = lexicon()
    part = next(p for p in PART_KEYS if lex.parts[p].question.search(question))
    name = lex.parts[part].answer_name
    status = summary.parts[part]
    doc = summary.doc.path
    first = next((s for s in summary.sections if status.section_ids and s.id == status.section_ids[0]), None)
    if not status.present or first is None:
        return Answer(doc=doc, answer_type="text", text=f"没有单独成部分, 报告中没有写{name}。{_parts_line(summary)}。")
    tops = _tops(summary)
    # a section's span ends at its first sub-heading: the top-level part holding it is its id's head
    n, top = next(((i, t) for i, t in enumerate(tops, 1) if first.id.split(".")[0] == t.id), (0, None))
    if top is None:
        return Answer(doc=doc, answer_type="text", text=f"报告写了{name}, 但不在编号的部分中。")
    cn = _CN_OF.get(n, str(n))
    heading = _MARKER.sub("", top.heading or "")
    if first.id == top.id:
        return Answer(doc=doc, answer_type="text", text=f"单独成部分: 第{cn}部分“{heading}”。",
                      points=[f"第{cn}部分", heading], citations=[_cite(top)])
    holder = first if first.heading else top
    inside = f"第{cn}部分“{heading}”" + (f"的“{first.heading}”" if first.heading and first.id != top.id else "")
    return Answer(doc=doc, answer_type="text", text=f"没有单独成部分, {name}写在{inside}里。",
                  points=[f"第{cn}部分", first.heading or heading], citations=[_cite(holder)])


def _part_answer(summary: Summary, text: str, top: Section, n: int, *, heading_only: bool) -> Answer:
    doc = summary.doc.path
    heading = _MARKER.sub("", top.heading or "")
    if heading_only:
        return Answer(doc=doc, answer_type="text", text=f"第{n}部分的标题是“{heading}”。", points=[heading], citations=[_cite(top)])
    subs = [s for s in summary.sections if s.level == top.level + 1 and s.id.startswith(top.id + ".") and s.heading]
    items = [_MARKER.sub("", s.heading or "").rstrip("。;；") for s in subs]
    summary_text = top.summary or " ".join(s.summary for s in subs[:3] if s.summary)
    body_start = top.span[0] + len(top.heading or "")
    body = text[body_start:top.span[1]].strip().rstrip("#").strip()
    said = f"第{n}部分“{heading}”" + (f"包括: {'; '.join(items)}。" if items else "。")
    if not items and body and len(body) <= _BODY_CHARS:
        # a part written as paragraphs without headings of its own: what it says is its words
        said += f"内容: {body}"
    elif summary_text:
        said += f"概要: {summary_text}"
    return Answer(doc=doc, answer_type="text", text=said, points=[heading, *items],
                  citations=[_cite(top), *(_cite(s) for s in subs)])
