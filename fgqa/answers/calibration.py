"""How an answer was produced and what evidence it rests on (issue 12: calibrated abstention).

Every answer that commits to a value (a number, a yes/no) carries an `AnswerEvidence`: the
path that produced it (the last answering step that returned something: the indicator's
figure, a retrieval lookup, a yes/no decided by a figure or by a sentence …) and features
read off the question, the quote and the report's other figures. `abstain_reason` holds
the evidence against the conditions of `fgqa/lexicon/abstain.toml` (chosen leave-one-set-out,
docs/answers.md): when one holds, the answer gives way to "not in this report" with the
most related sentences as points. The features are visible on every answer, whatever path
produced it, so the conditions apply to paths added later too.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Any, TypeVar

from fgqa import re_cache
from fgqa.answers.evidence import Question, ReportIndex, clause_around, coverage, sentence_of, unknown_words
from fgqa.lexicon import lexicon
from fgqa.lexicon.abstain import Abstention, Condition, condition_holds
from fgqa.models import Answer, AnswerEvidence, Figure

F = TypeVar("F", bound=Callable[..., Any])

_TRACE: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar("fgqa_answer_trace", default=None)
#: a question naming two or more things joined (A、B和C): a total over them may be asked
_CLAUSES = re_cache.compile(r"[,，;；。:：]")
_JOINED = re_cache.compile(r"[\u4e00-\u9fff]{2,}(?:、|和|及|与|或|以及)[\u4e00-\u9fff]{2,}")


def traced(path: str) -> Callable[[F], F]:
    """Mark an answering step: when it returns an answer, the trace records `path`."""

    def wrap(fn: F) -> F:
        @wraps(fn)
        def run(*args: Any, **kwargs: Any) -> Any:
            out = fn(*args, **kwargs)
            trace = _TRACE.get()
            if trace is not None and out is not None:
                trace.append(path)
            return out

        return run  # type: ignore[return-value]

    return wrap


def note_path(path: str) -> None:
    """Record a step that is not a function of its own (a claim handed to another figure)."""
    trace = _TRACE.get()
    if trace is not None:
        trace.append(path)


@contextmanager
def tracing() -> Iterator[list[str]]:
    """Collect the answering steps of one question (nested questions trace apart)."""
    trace: list[str] = []
    token = _TRACE.set(trace)
    try:
        yield trace
    finally:
        _TRACE.reset(token)


def _figure(answer: Answer, figures: list[Figure]) -> Figure | None:
    if not answer.citations:
        return None
    span = answer.citations[0].span
    return next((f for f in figures if f.span == span and f.value == answer.value), None) or next(
        (f for f in figures if f.span == span), None)


def _joined_items(question: str) -> list[str]:
    """The things a question joins (A、B和C), each cut to its last four characters."""
    m = _JOINED.search(question)
    if m is None:
        return []
    return [p[-4:] for p in re_cache.compile(r"、|和|及|与|或|以及").split(m.group()) if len(p) >= 2]


def evidence_of(question: str, answer: Answer, path: str, index: ReportIndex, figures: list[Figure]) -> AnswerEvidence:
    q = Question.parse(question)
    ev = AnswerEvidence(path=path, answer_type=answer.answer_type, kind=answer.kind,
                        unknown_words=len(unknown_words(q, index)))
    if not answer.citations:
        return ev
    a, b = answer.citations[0].span
    if not (0 <= a <= b <= len(index.text)):
        return ev
    clause = clause_around(index.text, a, b)
    sent = sentence_of(index, a)
    sentence = sent.text if sent is not None else clause
    ev.clause_coverage = round(coverage(q, clause, index), 3)
    ev.sentence_coverage = round(coverage(q, sentence, index), 3)
    ev.asks_all = lexicon().grammar.all_quantifier.search(question) is not None
    words = abstention()
    ev.whole_and_exception = bool(words.whole.search(sentence) and words.exception.search(sentence))
    items = _joined_items(question)
    if items:
        ev.joined_part_missing = not all(any(item[i:i + 2] in sentence for i in range(len(item) - 1)) for item in items)
    if answer.answer_type == "yes_no" and isinstance(answer.value, bool):
        # (the clauses that say something of the question: its words, or its synonyms, are there)
        own = [c for c in _CLAUSES.split(sentence) if coverage(q, c, index) > 0]
        if answer.value:
            ev.clause_against = any(words.exception.search(c) for c in own)
        else:
            ev.clause_against = any(not words.negation_after.match(c, m.end()) for c in own for m in words.whole.finditer(c))
    if answer.answer_type != "number":
        return ev
    fig = _figure(answer, figures)
    if fig is not None:
        ev.keyed = fig.key is not None
        ev.clause_keyed = fig.found_by == "clause"
        ev.primary = fig.primary
    if items and lexicon().grammar.total_word.search(question) and answer.kind == "stated":
        ev.joined_total_one_figure = True
    if answer.key is not None:
        rivals_of_key = [f for f in figures if f.key == answer.key and f.kind == answer.kind
                         and f.value != answer.value and f.unit == answer.unit]
        ev.same_key_rivals = len({f.value for f in rivals_of_key})
        ev.rival_as_covered = any(coverage(q, clause_around(index.text, *f.span), index) >= ev.clause_coverage
                                  for f in rivals_of_key)
    rivals = 0
    for f in figures:
        if f.unit != answer.unit or f.value == answer.value or f.kind != answer.kind:
            continue
        s = sentence_of(index, f.span[0])
        if s is not None and coverage(q, s.text, index) >= ev.sentence_coverage:
            rivals += 1
    ev.close_rivals = rivals
    return ev


_GATE: contextvars.ContextVar[bool] = contextvars.ContextVar("fgqa_abstention_gate", default=True)


@contextmanager
def without_abstention() -> Iterator[None]:
    """Answer as if no condition of abstention were set (scripts/calibrate.py records the
    evidence of the answers the conditions are then chosen on)."""
    token = _GATE.set(False)
    try:
        yield
    finally:
        _GATE.reset(token)


def gate_on() -> bool:
    return _GATE.get()


def abstention() -> Abstention:
    return lexicon().abstention


def abstain_condition(evidence: AnswerEvidence) -> Condition | None:
    """The first condition of abstain.toml the evidence meets (None: the answer stands)."""
    row = {"answer_type": evidence.answer_type, "evidence": evidence.model_dump()}
    return next((c for c in abstention().conditions if condition_holds(c, row)), None)
