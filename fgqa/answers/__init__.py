"""Answers stage: a question and one or more reports → one grounded answer per report."""

from __future__ import annotations

from pathlib import Path
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
from fgqa.models import Answer, AnswerSet, Summary, Usage


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


def ask(question: str, paths: list[str | Path], *, engine: str = "rules", config: Any = None,
        summaries: dict[str, tuple[str, Summary]] | None = None) -> AnswerSet:
    """One answer per report. `summaries` (path → (clean text, summary)) lets a caller that
    asks many questions (the eval) read each report once instead of once per question."""
    from fgqa.documents import load_document
    from fgqa.pipeline import build_engine, summarize_document

    if not question.strip():
        from fgqa.errors import InputError

        raise InputError("the question is empty")
    eng = build_engine(engine, config)
    client = _client_of(eng)
    answers = []
    usage = Usage() if client is not None else None
    for path in paths:
        known = summaries.get(str(path)) if summaries is not None else None
        if known is None:
            doc = load_document(path)
            known = (doc.text, summarize_document(doc, eng))
            if summaries is not None:
                summaries[str(path)] = known
            elif usage is not None and known[1].usage is not None:
                _add_usage(usage, known[1].usage)
        text, summary = known
        answers.append(answer_question(question, summary, text, client=client, usage=usage))
    return AnswerSet(question=question, answers=answers, usage=usage)


def _add_usage(total: Usage, part: Usage) -> None:
    """Add a report's reading to the run's usage (the summaries an answer set rests on)."""
    for name in ("calls", "cached_calls", "prompt_tokens", "completion_tokens", "rejected_figures", "rejected_text"):
        setattr(total, name, getattr(total, name) + getattr(part, name))


def _client_of(engine: Any) -> Any:
    """The LLM client behind an llm/hybrid engine (None for rules)."""
    llm = getattr(engine, "llm", engine)
    return getattr(llm, "client", None)
