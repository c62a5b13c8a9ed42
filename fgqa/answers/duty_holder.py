""""法治建设第一责任人是谁": the person whose duties the report's leadership part reports.

The genre's second required part is the principal's account of the 第一责任人 duty, whatever its
heading calls it ("二、县长抓法治建设情况", "二、局主要负责人切实担起…职责的情况"): the duty's holder
is the head that part names by title, and the name is the one its sentences write with that
title ("县长滕知远把…", "蒯书衡市长作为…", "党工委书记、主任费晏清…"). Never a deputy's (常务副县长…).
"""

from __future__ import annotations

import re

from fgqa.answers.evidence import ReportIndex, Sentence
from fgqa.engines.summaries import clip
from fgqa.lexicon import lexicon
from fgqa.models import Answer, Citation, Summary

_CLIP = 90
#: a person's name: two or three characters that are no function word, body or deputy's mark
_NAME = r"[^\W\d_副的和与及在是为了各全本我该其政府委党部门组同志]{2,3}"


def asks_duty_holder(question: str) -> bool:
    """The question asks who holds the report's own 第一责任人 duty, and nothing else (no other
    body's, no deputy's: "各乡镇第一责任人是谁" names others)."""
    g = lexicon().grammar
    if not g.duty_holder.search(question):
        return False
    rest = g.duty_holder_frame.sub("", g.duty_holder.sub("", question))
    return re.sub(r"[\W\d_]", "", rest) == ""


def duty_holder(question: str, summary: Summary, index: ReportIndex) -> Answer | None:
    """The leadership part's head and name, its heading and the naming sentence cited; None when
    the part names no one by a title."""
    if not asks_duty_holder(question):
        return None
    part = summary.parts.get("leadership")
    sections = {sec.id: sec for sec in summary.sections}
    section = next((sections[i] for i in (part.section_ids if part and part.present else []) if i in sections), None)
    if section is None or not section.heading:
        return None  # (a part told only in a paragraph of another section names no holder by its heading)
    own = [s for s in index.sentences if section.span[0] <= s.span[0] < section.span[1]]
    if not own:
        return None
    heading = own[0]
    title = _heading_title(heading.text)
    for s in own[1:] if title else ():
        name = _named_with(title, s.text)
        if name:
            return _answer(summary, heading, s, title + name)
    for s in own[1:]:  # ("局主要负责人…" heads the part; "党组书记、局长宓长庚同志…" opens it)
        held = _opening_person(s.text)
        if held:
            return _answer(summary, heading, s, held)
    return None


def _heading_title(heading: str) -> str:
    """The title the leadership heading names its holder by: the last person title before the
    duty's verb ("局党组书记、局长抓…" → 局长, "管委会主任落实…" → 主任), "" when it names none."""
    g = lexicon().grammar
    lead = g.duty_verb.split(heading, maxsplit=1)[0]
    titles = [m.group() for m in g.person_title.finditer(lead)]
    return titles[-1] if titles else ""


def _named_with(title: str, sentence: str) -> str:
    """The name written right after the title (through the other titles the person holds) or
    right before it at a clause's opening, never a deputy's."""
    g = lexicon().grammar
    after_name = g.after_name.pattern
    held_too = r"(?:、[\u4e00-\u9fff]{0,8}?(?:" + g.person_title.pattern + "))*"
    m = re.search(f"(?<!副){re.escape(title)}{held_too}({_NAME}?)(?={after_name})", sentence)
    if m and not re.match(after_name, m.group(1)):
        return m.group(1)
    m = re.search(rf"(?:^|(?<=[,，。;；:：、\s]))({_NAME}){re.escape(title)}(?:同志)?(?={after_name})", sentence)
    return m.group(1) if m else ""


def _opening_person(sentence: str) -> str:
    """The titles and name a sentence opens with ("党组书记、局长宓长庚同志坚持…" →
    党组书记、局长宓长庚), "" when its first clause opens with no titled name."""
    g = lexicon().grammar
    first = re.split(r"[,，。;；:：]", sentence, maxsplit=1)[0]
    # (a party deputy's title may come first, 市委副书记、市长…; the last title is never a deputy's)
    title = r"[\u4e00-\u9fff]{0,8}?(?:" + g.person_title.pattern + ")"
    last = r"[\u4e00-\u9fff]{0,8}?(?<!副)(?:" + g.person_title.pattern + ")"
    m = re.match(f"((?:{title}、)*{last})({_NAME}?)(?:同志)?(?={g.after_name.pattern})", first)
    if m is None or re.match(g.after_name.pattern, m.group(2)):
        return ""
    return m.group(1) + m.group(2)


def _answer(summary: Summary, heading: Sentence, named: Sentence, who: str) -> Answer:
    return Answer(doc=summary.doc.path, answer_type="text",
                  text=f"{who}(据报告: {clip(heading.text, _CLIP)} / {clip(named.text, _CLIP)})",
                  points=[heading.text, named.text],
                  citations=[Citation(quote=heading.text, span=heading.span), Citation(quote=named.text, span=named.span)])
