"""The report's own identifiers: its document number (文号) and a page's index number (索引号).

A document number is the report's own when a label says so (文号: / 发文字号:) or when it stands
in the report's head: on a line of its own, or right after the title, within the first lines.
A number cited in the body ("印发《…》(岫政发〔2025〕8号)") is another document's and never
the answer. Without one the answer is "the report does not give it", with no guess.
"""

from __future__ import annotations

from fgqa.lexicon import lexicon
from fgqa.models import Answer, Citation, Summary

#: how many of the report's first lines hold its head (title, number, salutation)
_HEAD_LINES = 6


def asks_identifier(question: str) -> bool:
    g = lexicon().grammar
    return bool(g.doc_number_question.search(question) or g.index_number_question.search(question))


def answer_identifier(question: str, summary: Summary, text: str) -> Answer:
    g = lexicon().grammar
    doc = summary.doc.path
    if g.index_number_question.search(question) and not g.doc_number_question.search(question):
        m = g.index_number.search(text)
        if m is None:
            return _none(doc, "索引号")
        return _found(doc, "索引号", m.group("value"), m.start("value"), m.end("value"))
    span = _doc_number(text)
    if span is None:
        return _none(doc, "文号")
    return _found(doc, "文号", text[span[0]:span[1]], *span)


def _doc_number(text: str) -> tuple[int, int] | None:
    """Where the report's own document number is: a labelled one anywhere in the head's
    chrome, else one that is a whole line (or a parenthesis closing a line) of its first lines."""
    g = lexicon().grammar
    lines = text.split("\n")
    head_end = sum(len(line) + 1 for line in lines[:_HEAD_LINES])
    for m in g.doc_number.finditer(text):
        label = g.doc_number_label.pattern
        before = text[max(0, m.start() - 12):m.start()]
        if _ends_with_label(before, label):
            return _trimmed(text, m.start(), m.end())
    for m in g.doc_number.finditer(text, 0, head_end):
        start, end = _trimmed(text, m.start(), m.end())
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end == -1 else line_end
        before, after = text[line_start:start].strip(), text[end:line_end].strip()
        if not after.strip(")）") and (not before or before.endswith(("(", "（")) or _a_title(before)):
            return start, end
    return None


def _ends_with_label(before: str, label: str) -> bool:
    import re

    return re.search(f"(?:{label})$", before) is not None


def _a_title(before: str) -> bool:
    """The number follows the report's title on its line ("…工作报告(潭自然资字〔2025〕79号)")."""
    return before.rstrip("(（ ").endswith(("报告", "情况"))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The number without a label's leftover or a line's opening parenthesis."""
    while start < end and text[start] in "(（ \u3000":
        start += 1
    # (a title run straight into its number, "…情况的报告澄政报〔2025〕7号": the number is what
    # comes after the title's last 报告)
    cut = text.rfind("报告", start, end)
    if cut != -1:
        start = cut + 2
    return start, end


def _found(doc: str, what: str, value: str, start: int, end: int) -> Answer:
    return Answer(doc=doc, answer_type="text", text=f"{what}: {value}", points=[value],
                  citations=[Citation(quote=value, span=(start, end))])


def _none(doc: str, what: str) -> Answer:
    return Answer(doc=doc, answer_type="cannot_answer", text=f"无法从这份报告回答这个问题(报告没有写明{what})。")
