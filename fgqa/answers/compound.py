"""Questions that ask two things at once ("举办了多少场讲座?参加的有多少人?").

Each part is answered on its own, through the same path as a single question; a later part
that names no subject of its own ("统计时段是什么?") is asked about the first part's subject.
When the first part is a figure, the answer is that figure and the others follow as points;
otherwise it is a text answer that joins the parts and quotes the sentences they came from.
"""

from __future__ import annotations

from collections.abc import Callable

from fgqa import re_cache
from fgqa.figures.context import sentence_end, sentence_start
from fgqa.lexicon import lexicon
from fgqa.models import Answer, Citation

_SPLIT = re_cache.compile(r"[?？]")
_STRIP = " ,，、;；。"


def sub_questions(question: str) -> list[str]:
    """The parts of a compound question, or [question] when it asks one thing."""
    g = lexicon().grammar  # part_asks, follow_up: questions.toml
    parts = [p.strip(_STRIP) for p in _SPLIT.split(question)]
    parts = [p for p in parts if p and len(g.follow_up.sub("", p)) >= 2]
    if len(parts) < 2 or not all(g.part_asks.search(p) for p in parts):
        return [question]
    return parts


def combine(parts: list[str], answers: list[Answer], text: str) -> Answer:
    first = answers[0]
    # a part we could not answer points at related headings: no evidence for the others
    citations = _unique([c for a in answers if a.answer_type != "cannot_answer" for c in a.citations])
    if first.answer_type == "number":  # "多少件?有没有被纠错?": the figure, then the rest
        points = [*first.points, *(f"{q}: {a.text}" for q, a in zip(parts[1:], answers[1:]))]
        return first.model_copy(update={"points": points, "citations": citations})
    said = "; ".join(f"{q}: {a.text}" for q, a in zip(parts, answers))
    return Answer(doc=first.doc, answer_type="text", text=said, points=_sentences_of(citations, text),
                  citations=citations)


def answer_compound(question: str, text: str, answer_one: Callable[[str], Answer]) -> Answer:
    parts = sub_questions(question)
    if len(parts) == 1:
        return answer_one(question)
    answers = [answer_one(parts[0])]
    subject = lexicon().grammar.question_tail.sub("", parts[0])
    for part in parts[1:]:
        answer = answer_one(part)
        if answer.answer_type == "cannot_answer" and subject:
            answer = answer_one(subject + part)
        answers.append(answer)
    return combine(parts, answers, text)


def _unique(citations: list[Citation]) -> list[Citation]:
    seen: set[tuple[int, int]] = set()
    out = []
    for c in citations:
        if c.span not in seen:
            seen.add(c.span)
            out.append(c)
    return out


def _sentences_of(citations: list[Citation], text: str) -> list[str]:
    """The whole sentence around each citation, once each (what a reader checks)."""
    out: list[str] = []
    for c in citations:
        start, end = c.span
        if not (0 <= start < end <= len(text)):
            continue
        s = sentence_start(text, start)
        e = sentence_end(text, end)
        sentence = text[s:e].strip()
        if sentence and sentence not in out:
            out.append(sentence)
    return out
