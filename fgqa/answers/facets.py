""""败诉原因是什么", "这些诉讼主要是什么类型的纠纷", "被告的案件集中在哪些领域": a facet (a cause, a
kind, an area) of a matter the report names. The answer is the sentence that names the matter and,
after it, says the facet by the genre's markers (…败诉1件(因…被确认违法), …案件6件,均为…类纠纷,
败诉的1件为一起…案件, …集中在…方面), quoted; no such sentence, no answer (never the nearest one).
"""

from __future__ import annotations

import re

from fgqa.answers.evidence import Question, ReportIndex, coverage
from fgqa.answers.lookup import COVERS
from fgqa.lexicon import lexicon
from fgqa.models import Answer, Citation, Summary

#: how many BM25 candidates are read
_CANDIDATES = 12
#: a count of cases ("败诉2件", "败诉１件"): the measure word stands for the noun
_COUNT = re.compile(r"[\d０-９一二两三四五六七八九十]+件")


def asked_facet(question: str) -> str | None:
    """"cause" or "kind" when the question asks one of a matter (and no amount), else None."""
    g = lexicon().grammar
    if g.number_words.search(question) or re.search(r"多少|几[个件名项次场人]?", question):
        return None
    if g.facet_cause.search(question):
        return "cause"
    if g.facet_kind.search(question):
        return "kind"
    return None


def answer_facet(question: str, summary: Summary, index: ReportIndex) -> Answer | None:
    """The sentence that names the question's matter and says the facet asked after it."""
    from fgqa.answers.retrieval import rank_sentences

    facet = asked_facet(question)
    if facet is None:
        return None
    g = lexicon().grammar
    matter = g.facet_frame.sub("|", g.facet_cause.sub("|", g.facet_kind.sub("|", question)))
    q = Question.parse(matter)
    if not any(len(c) >= 2 for c in q.chunks):
        return None  # ("是什么原因" names no matter)
    marker = g.facet_cause_marker if facet == "cause" else g.facet_kind_marker
    said = []
    for rank, (i, _) in enumerate(rank_sentences(question, [s.text for s in index.sentences])[:_CANDIDATES]):
        s = index.sentences[i]
        # (败诉2件 counts the cases asked of: "败诉的那两件案子" needs no 案件 written)
        counted = frozenset(c for c in q.chunks if g.facet_counted_noun.fullmatch(c)) if _COUNT.search(s.text) else frozenset()
        if coverage(q, s.text, index, skip=counted) < COVERS:
            continue
        named = [(s.text.find(c), len(c)) for c in q.chunks if len(c) >= 2 and c in s.text]
        at, length = min(named) if named else (0, 0)
        if m := marker.search(s.text, at + length):
            said.append((m.start() - at - length, rank, s))
    if not said:
        return None
    # (the sentence that says the facet right after the matter: "败诉1件,系…" over "…败诉的1件案件就是…所致")
    s = min(said, key=lambda t: (t[0], t[1]))[2]
    return Answer(doc=summary.doc.path, answer_type="text", text=s.text.strip(), points=[s.text],
                  citations=[Citation(quote=s.text, span=s.span)])
