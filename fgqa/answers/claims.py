"""An answer is a claim about a quote: check a figure answer against the question.

A figure the router picked for an indicator is kept only when its unit is one the
question's measure word admits (多少名 is never a rate) and the question has no word the
report never uses (述法, 巡察); when the words of the question that the indicator does not
explain (以市政府为被告, 法律顾问团) are not in the figure's sentence, a figure whose
sentence covers the whole question replaces it. Changes are answered as the question
words them: "下降了多少" → 1.6 个百分点, direction down.
"""

from __future__ import annotations

from fgqa.answers.evidence import (
    Question,
    ReportIndex,
    coverage,
    is_verb,
    sentence_of,
    substantive,
    units_for,
    unknown_words,
)
from fgqa.answers.lookup import absent_from, counts_another_thing, lookup_figure, named_part
from fgqa.figures.context import sentence_start
from fgqa.lexicon import lexicon
from fgqa.models import Answer, Figure, Summary

_RATE_UNITS = frozenset({"%", "个百分点"})
#: below this share of the residual question in the figure's sentence, look for a better one
_RESIDUAL_WEAK = 0.5


def indicator_words_removed(question: str, key: str | None) -> str:
    """The question without the words that named its indicator (synonyms the report may
    not use, like 输官司) and the words naming the kind asked for: what is left must be
    carried by the quote."""
    g = lexicon().grammar
    # (a direction asked, 增长了多少, is the figure's direction: its sentence may say 上升)
    spans: list[tuple[int, int]] = [m.span() for p in (g.kind_words, g.asks_up, g.asks_down) for m in p.finditer(question)]
    ind = lexicon().indicator(key)
    for word in ind.words if ind is not None else ():
        spans += [m.span() for m in word.finditer(question)]
        # the genre's own prefix next to the indicator's words ("行政" of 行政执法案件) says nothing more
        spans += [m.span() for m in lexicon().grammar.generic_prefix.finditer(question) if any(
            m.end() == w.start() for w in word.finditer(question))]
    chars = list(question)
    for a, b in spans:
        for i in range(a, b):
            chars[i] = "|"
    return "".join(chars)


def indicator_words_in(question: str, key: str | None) -> list[str]:
    """The words of the question that named its indicator ("败诉案件", "负责人出庭", "废止")."""
    ind = lexicon().indicator(key)
    return [m.group() for w in (ind.words if ind is not None else ()) for m in w.finditer(question) if len(m.group()) >= 2]


def figure_of(answer: Answer, figures: list[Figure]) -> Figure | None:
    if not answer.citations:
        return None
    span = answer.citations[0].span
    return next((f for f in figures if f.span == span and f.value == answer.value), None) or \
        next((f for f in figures if f.span == span), None)


def check_number(answer: Answer, question: str, key: str | None, summary: Summary, index: ReportIndex,
                 figures: list[Figure], fmt) -> Answer | None:
    """The number answer if its quote carries the question; a better-covered figure in its
    place; None when neither holds (the caller says the report does not give it)."""
    q_all = Question.parse(question)
    residual = Question.parse(indicator_words_removed(question, key))
    fig = figure_of(answer, figures)
    wanted = units_for(q_all.measure)
    unit_ok = wanted is None or answer.unit in wanted
    asks_rate = lexicon().grammar.percent.search(question) is not None
    if asks_rate and answer.unit not in _RATE_UNITS:
        unit_ok = False  # "调解和解率是多少" is never answered by a count
    weak = False
    if fig is not None and residual.chunks and not (fig.kind == "derived" and fig.formula):
        s = sentence_of(index, fig.span[0])
        weak = s is not None and coverage(residual, s.text, index) < _RESIDUAL_WEAK
    if fig is not None and counts_another_thing(q_all, fig, index):
        return None  # "…手段避免近50件高败诉风险案件" counts those cases, not the question's
    if unit_ok and not weak:
        if fig is not None:
            # what the figure's own words do not say: the words left once the indicator's are
            # out, else (the indicator's words spanned them: 审查…合同) those its sentence lacks
            unexplained = residual if substantive(residual) else absent_from(q_all, index.text[sentence_start(index.text, fig.span[0]):fig.span[1]])
            part = named_part(unexplained, fig, index, figures, wanted or indicator_units(key)) if substantive(unexplained) else None
            if part is not None:
                return fmt(part)
        return answer
    kinds = frozenset({fig.kind}) if fig is not None and fig.kind in ("change", "target", "benchmark") else None
    better = lookup_figure(question, summary, index, figures, **({"kinds": kinds} if kinds else {}),
                           units=_RATE_UNITS if asks_rate else wanted if wanted is not None else indicator_units(key))
    if better is not None and (fig is None or better.span != fig.span) and not (
            better.kind == "derived" and fig is not None and fig.kind == "stated" and unit_ok):
        return fmt(better)  # (a figure we computed never displaces one the report states)
    # the figure's sentence lacks what the question asks beyond the indicator, in words the
    # report never uses (旁听庭审 for a 普法 audience): not this figure, and no other covers it
    if weak and unknown_words(residual, index, optional=frozenset(c for c in residual.chunks if is_verb(c))):
        return None
    return answer if unit_ok else None


def indicator_units(key: str | None) -> frozenset[str] | None:
    ind = lexicon().indicator(key)
    return ind.units if ind is not None else None


def as_worded(answer: Answer, question: str, fig: Figure | None) -> Answer:
    """A change asked as 下降了多少 / 增长了多少 is answered by its size, with its direction."""
    if answer.answer_type != "number" or answer.kind != "change" or not isinstance(answer.value, (int, float)):
        return answer
    direction = fig.direction if fig is not None and fig.direction else ("down" if answer.value < 0 else "up")
    g = lexicon().grammar
    asks_down, asks_up = bool(g.asks_down.search(question)), bool(g.asks_up.search(question))
    update: dict = {"direction": direction}
    if (asks_down and direction == "down") or (asks_up and direction == "up"):
        word = "下降" if direction == "down" else "增长"
        update.update(value=abs(answer.value), text=f"{word}{abs(answer.value)}{answer.unit or ''}。{answer.text}")
    elif asks_down or asks_up:
        said = "上升" if direction == "up" else "下降"
        update["text"] = f"报告说的是{said}{abs(answer.value)}{answer.unit or ''}(不是{'下降' if asks_down else '增长'})。{answer.text}"
    return answer.model_copy(update=update)
