"""The grounding check both engines go through: a figure is shown only when its quote is
in the text verbatim and its value is what the quote says.

Spans are always computed here, never taken from a model. The value is re-read from the
quote with the same number parser the rules engine uses, so a model that copies the
right sentence but changes a digit is caught (fuzzy citation matchers let that pass).
"""


from pydantic import ConfigDict

from fgqa.figures.numbers import find_quantities, values_in
from fgqa.lazy_re import lazy_compile
from fgqa.lexicon import lexicon
from fgqa.models import Figure, Kind, Qualifier, Source, Span, Strict

_WS = lazy_compile(r"\s+")
_FORMULA_NUMBER = lazy_compile(r"\d+(?:\.\d+)?")


class FigureCandidate(Strict):
    """A figure as an engine proposes it: no span yet, nothing trusted."""

    model_config = ConfigDict(defer_build=True)  # not on the summarize path: built when first used

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
    model_config = ConfigDict(defer_build=True)  # not on the summarize path: built when first used

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
    if kind in ("zero_claim", "target") and any(claim.value == value for claim, _ in lexicon().zero_claims.find(quote)):
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


# --------------------------------------------------------------------------- model-written text

_DIGIT_RUN = lazy_compile(r"\d+(?:\.\d+)?")
#: a model's sentence ends at a full stop, a semicolon or a line break
_TEXT_SENTENCE = lazy_compile(r"[^。!?！？;；\n]+[。!?！？;；]*\n?|\n")


def numbers_in(text: str) -> list[float]:
    """Every number written in `text`: the quantities the rules' number parser reads
    (万/亿 expanded, Chinese numerals), plus any digit run outside them (a year, a bare
    count), all unsigned. The same reader for a model's words and for the report's."""
    found = find_quantities(text)
    values = [abs(float(q.value)) for q in found]
    for m in _DIGIT_RUN.finditer(text):
        if not any(q.start <= m.start() < q.end for q in found):
            values.append(float(m.group()))
    return values


def unsupported_numbers(claim: str, source: str | list[float]) -> list[float]:
    """The numbers of `claim` that `source` (a text, or its `numbers_in`) does not write."""
    allowed = numbers_in(source) if isinstance(source, str) else source
    return [v for v in numbers_in(claim) if not any(_same_number(v, a) for a in allowed)]


def _same_number(a: float, b: float) -> bool:
    # the same value as written, not "close": 2023 is not 2024 (the figure check allows rounding)
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def ground_text(claim: str, source: str | list[float]) -> tuple[str, int]:
    """`claim` without the sentences that state a number `source` does not, and how many
    sentences were dropped. A model's summary or answer may rephrase, never invent a figure."""
    allowed = numbers_in(source) if isinstance(source, str) else source
    kept: list[str] = []
    dropped = 0
    for m in _TEXT_SENTENCE.finditer(claim):
        sentence = m.group()
        if unsupported_numbers(sentence, allowed):
            dropped += 1
        else:
            kept.append(sentence)
    return "".join(kept).strip(), dropped
