"""The grounding check both engines go through: a figure is shown only when its quote is
in the text verbatim and its value is what the quote says.

Spans are always computed here, never taken from a model. The value is re-read from the
quote with the same number parser the rules engine uses, so a model that copies the
right sentence but changes a digit is caught (fuzzy citation matchers let that pass).
"""

from __future__ import annotations

import re

from fgqa.figures.numbers import values_in
from fgqa.figures.zero_claims import find_zero_claims
from fgqa.models import Figure, Kind, Qualifier, Source, Span, Strict

_WS = re.compile(r"\s+")
_FORMULA_NUMBER = re.compile(r"\d+(?:\.\d+)?")


class FigureCandidate(Strict):
    """A figure as an engine proposes it: no span yet, nothing trusted."""

    key: str | None = None
    label: str
    value: int | float
    unit: str
    qualifier: Qualifier = "exact"
    kind: Kind = "stated"
    scope: str | None = None
    quote: str
    formula: str | None = None
    direction: str | None = None


class Rejection(Strict):
    reason: str
    candidate: FigureCandidate


def locate(quote: str, text: str, window: Span | None = None) -> Span | None:
    """Span of `quote` in text[window], exact first, then ignoring whitespace differences."""
    start, end = window or (0, len(text))
    quote = quote.strip()
    if not quote:
        return None
    i = text.find(quote, start, end)
    if i != -1:
        return i, i + len(quote)
    squeezed = _WS.sub("", quote)
    if not squeezed:
        return None
    # map the window without whitespace back to text offsets
    offsets = [k for k in range(start, end) if not text[k].isspace()]
    compact = "".join(text[k] for k in offsets)
    j = compact.find(squeezed)
    if j == -1:
        return None
    return offsets[j], offsets[j + len(squeezed) - 1] + 1


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= max(1e-9, 0.0005 * max(abs(a), abs(b)))


def value_is_quoted(value: float, kind: str, quote: str, formula: str | None = None) -> str | None:
    """None when the quote supports the value, else the reason it does not."""
    # a verbal zero/全覆盖 supports a claim of the year, or a goal ("力争零败诉")
    if kind in ("zero_claim", "target") and any(claim.value == value for claim, _ in find_zero_claims(quote)):
        return None
    if kind == "zero_claim":
        return f"no verbal zero/全覆盖 claim for {value} in the quote"
    quoted = values_in(quote)
    if kind == "derived":
        inputs = [float(x) for x in _FORMULA_NUMBER.findall(formula or "")]
        if not inputs:
            return "a derived figure needs a formula"
        missing = [x for x in inputs if not any(_close(x, abs(v)) for v in quoted)]
        return f"formula inputs {missing} not in the quote" if missing else None
    if any(_close(abs(value), abs(v)) for v in quoted):
        return None
    return f"value {value} is not what the quote says (it says {quoted or 'no number'})"


def ground(candidate: FigureCandidate, text: str, window: Span | None = None, *, source: Source = "llm",
           section_id: str | None = None) -> Figure | Rejection:
    span = locate(candidate.quote, text, window)
    if span is None:
        return Rejection(reason="quote not found verbatim in the section", candidate=candidate)
    quote = text[span[0]:span[1]]
    problem = value_is_quoted(candidate.value, candidate.kind, quote, candidate.formula)
    if problem:
        return Rejection(reason=problem, candidate=candidate)
    direction = candidate.direction if candidate.direction in ("up", "down") else None
    return Figure(
        key=candidate.key, label=candidate.label, value=candidate.value, unit=candidate.unit,
        qualifier=candidate.qualifier, kind=candidate.kind, scope=candidate.scope, quote=quote,
        span=span, formula=candidate.formula, source=source, direction=direction, section_id=section_id,
    )


def check_grounded(fig: Figure, text: str) -> str | None:
    """None when the figure's quote is at its span and supports its value."""
    start, end = fig.span
    if not (0 <= start < end <= len(text)) or text[start:end] != fig.quote:
        return "quote is not the text at its span"
    return value_is_quoted(fig.value, fig.kind, fig.quote, fig.formula)
