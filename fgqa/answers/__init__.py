"""Answers stage: a question and one or more reports → one grounded answer per report."""

from __future__ import annotations

from typing import Any

from fgqa.answers.compound import answer_compound
from fgqa.answers.respond import (
    answer_figure_search,
    answer_indicator,
    answer_meta,
    answer_part,
    cannot_answer,
    not_disclosed_for,
)
from fgqa.answers.router import route
from fgqa.models import Answer, Summary, Usage


def answer_question(question: str, summary: Summary, text: str, *, client: Any = None,
                    usage: Usage | None = None) -> Answer:
    """`client` (an LLM client) answers what the router cannot map; without one, such a
    question gets "cannot answer" with the related sections. A question asking two things
    is answered part by part (fgqa.answers.compound). `usage` counts the model's calls."""
    return answer_compound(question, text, lambda part: _answer_one(part, summary, text, client, usage))


def _answer_one(question: str, summary: Summary, text: str, client: Any, usage: Usage | None = None) -> Answer:
    r = route(question)
    if r.route == "meta":
        return answer_meta(r, summary)
    if r.route == "part":
        return answer_part(r, summary, text)
    if r.route == "indicator":
        found = answer_indicator(r, question, summary)
        if found is not None:
            return found
        # a change/target/benchmark the taxonomy did not key: look among all figures
        searched = answer_figure_search(r, question, summary, unkeyed_only=True)
        if searched.answer_type == "cannot_answer":
            return not_disclosed_for(r, summary)
        return searched
    if r.route == "figure":
        found = answer_figure_search(r, question, summary)
        if found.answer_type != "cannot_answer":
            return found
    if client is not None:
        from fgqa.answers.llm_answer import llm_answer

        answered = llm_answer(question, summary, text, client, usage)
        if answered is not None:
            return answered
    return cannot_answer(question, summary, text)
