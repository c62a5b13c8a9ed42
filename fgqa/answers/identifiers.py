"""The report's own identifiers: its document number (文号) and a page's index number (索引号).

The metadata stage reads them (fgqa.documents.metadata.report_identifiers: a page label's value,
or for the document number a line of the report's head, never a number the report cites) into
`Meta.doc_number` / `Meta.index_number`; the answer gives that value with the place in the text
it stands, or says it came from the page's index fields (the chrome lines the cleaner removed).
A summary without them (written before fgqa.summary/5, or a Meta made by hand) has its text read
the same way.
Without one the answer is "the report does not give it", with no guess.
"""

from __future__ import annotations

from fgqa.documents.metadata import report_identifiers
from fgqa.lexicon import lexicon
from fgqa.models import Answer, Citation, Summary

_NAMES = {"doc_number": "文号", "index_number": "索引号"}


def asks_identifier(question: str) -> bool:
    g = lexicon().grammar
    return bool(g.doc_number_question.search(question) or g.index_number_question.search(question))


def asked_identifier(question: str) -> str:
    """Which identifier a question asks: the index number only when it names no document number."""
    g = lexicon().grammar
    if g.index_number_question.search(question) and not g.doc_number_question.search(question):
        return "index_number"
    return "doc_number"


def answer_identifier(question: str, summary: Summary, text: str) -> Answer:
    field = asked_identifier(question)
    what = _NAMES[field]
    value = getattr(summary.meta, field)
    if value is None:
        # a summary written before fgqa.summary/5, or a Meta made by hand, has no identifiers: the
        # text's head and labelled lines are read the same way (the page's removed chrome is gone)
        doc_number, index_number = report_identifiers(text)
        value = doc_number if field == "doc_number" else index_number
    doc = summary.doc.path
    if value is None:
        return Answer(doc=doc, answer_type="cannot_answer", text=f"无法从这份报告回答这个问题(报告没有写明{what})。")
    start = text.find(value)
    if start == -1:  # a page's index field, not in the report's text
        return Answer(doc=doc, answer_type="text", text=f"{what}: {value} (见网页信息栏)", points=[value])
    return Answer(doc=doc, answer_type="text", text=f"{what}: {value}", points=[value],
                  citations=[Citation(quote=value, span=(start, start + len(value)))])
