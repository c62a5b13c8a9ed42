"""List questions ("哪些单位参与了…", "通过哪些方式…", "采取了哪些措施…"): the items of the
one sentence that enumerates them.

The question names a kind of item (单位, 措施, 方式 …; questions.toml `list_category`) and
what they did or served (参与宪法宣传周活动, 化解行政争议). The answer is the enumeration
(items joined by 、) of the sentence that covers the rest of the question, each item cut
from the words that lead into the list (联合, 通过 …) and those that follow it (等, 开展,
三项措施 …), the sentence cited. No such sentence: None (the caller says the report does
not give it).
"""

from __future__ import annotations

from fgqa import re_cache
from fgqa.answers.evidence import Question, ReportIndex, Sentence, coverage, is_verb, unknown_words
from fgqa.answers.lookup import COVERS
from fgqa.lexicon import lexicon
from fgqa.models import Answer, Citation, Summary

#: a run of two or more items joined by 、 (no clause break inside)
_ENUMERATION = re_cache.compile(r"(?:[^、,，。;；:：\s]{2,30}、)+[^、,，。;；:：\s]{2,30}")
#: names in quotation marks written one after another ("通过“法治夜校”“板凳课堂”等方式"): a list too
_QUOTED_RUN = re_cache.compile(r"(?:“[^“”,，。;；]{2,20}”、?){2,}")
_QUOTED = re_cache.compile(r"“([^“”]+)”")
#: share of the question the enumeration's own clause must hold
_CLAUSE_COVERS = 0.6
#: a list asked after its noun ("重大行政决策事项包括哪些", "…作出的决策有哪几项"): the asking words
_ASKED_AFTER = re_cache.compile(r"(?:包括|包含|涉及|分别是|都有|有)?(?:哪些|哪几[项个种类件条]?)")
#: a list's clause that continues the one before it ("…决策事项3项,分别是A、B和C"): its noun is there
_CONTINUES = re_cache.compile(r"\s*(?:分别|包括|即|具体|主要|涉及)")
_AND = re_cache.compile(r"(?<=[\u4e00-\u9fff]{2})(?:以及|和|及)(?=[\u4e00-\u9fff]{2})")


def asks_for_items(question: str) -> bool:
    return lexicon().grammar.list_category.search(question) is not None


def items_of(enumeration: str) -> list[str]:
    """"镇政府联合镇司法所、派出所、中心学校开展…活动" → [镇司法所, 派出所, 中心学校]."""
    g = lexicon().grammar
    items = enumeration.split("、")
    first = list(g.list_lead.finditer(items[0]))
    if first:
        items[0] = items[0][first[-1].end():]
    tail = g.list_tail.search(items[-1])
    if tail and tail.start() >= 2:
        items[-1] = items[-1][:tail.start()]
    last = _AND.split(items[-1])
    items = items[:-1] + last
    return [i.strip("“”\"'《》 ") for i in items if len(i.strip("“”\"'《》 ")) >= 2]


def answer_list(question: str, summary: Summary, index: ReportIndex, *, after_noun: bool = False) -> Answer | None:
    """`after_noun`: the question may name its items before asking (an indicator's words,
    "重大行政决策事项包括哪些"), not only by a kind of item after 哪些."""
    g = lexicon().grammar
    asked = g.list_category.search(question) or (_ASKED_AFTER.search(question) if after_noun else None)
    if asked is None:
        return None
    rest = g.list_link.sub("|", question[:asked.start()] + "|" + question[asked.end():])
    q = Question.parse(rest)
    skip = frozenset(c for c in q.chunks if is_verb(c))
    if not q.chunks or unknown_words(q, index, optional=skip):
        return None
    best: tuple[float, int, Sentence, list[str]] | None = None
    for s in index.sentences:
        share = coverage(q, s.text, index, skip=skip)
        if share < COVERS:
            continue
        for m in [*_ENUMERATION.finditer(s.text), *_QUOTED_RUN.finditer(s.text)]:
            # the list must be the one the question is about: its clause holds the rest of the question
            a = max(s.text.rfind(ch, 0, m.start()) for ch in ",，;；:：") + 1
            if a > 0 and _CONTINUES.match(s.text, a):  # (the clause before it names what is listed)
                a = max(s.text.rfind(ch, 0, a - 1) for ch in ",，;；:：") + 1
            ends = [i for i in (s.text.find(ch, m.end()) for ch in ",，;；:：") if i != -1]
            if coverage(q, s.text[a:min(ends) if ends else len(s.text)], index, skip=skip) < _CLAUSE_COVERS:
                continue
            items = _QUOTED.findall(m.group()) if m.re is _QUOTED_RUN else items_of(m.group())
            if len(items) >= 2 and (best is None or (share, len(items)) > (best[0], best[1])):
                best = (share, len(items), s, items)
    if best is None:
        return None
    _, _, s, items = best
    return Answer(doc=summary.doc.path, answer_type="list", text="、".join(items) + f"(据报告: {s.text})",
                  points=items, citations=[Citation(quote=s.text, span=s.span)])
