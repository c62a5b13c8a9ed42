"""Score one summary against its gold file, exactly as the gold README says.

Figures are matched on `key` and `value`, never on the quote (a gold quote indexes the
raw file, a tool's quote its normalized text). Only "counted" figures enter recall and
precision: stated, zero_claim, and derived rates. A figure reported as the year's whose
value is really a change, target or benchmark is a trap, listed on its own.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Literal

from pydantic import BaseModel, computed_field

from fgqa.evaluation.gold import GoldFigure, GoldFile
from fgqa.figures.units import convert, is_money
from fgqa.lexicon import lexicon
from fgqa.lexicon.places import issuer_key
from fgqa.models import PART_KEYS, YEAR_KINDS, Figure, Summary

CASE_COUNTERS = frozenset({"件", "起", "例"})
TRAP_KINDS = frozenset({"change", "target", "benchmark"})
OutcomeStatus = Literal["found", "missed", "false_positive", "trap"]


# --------------------------------------------------------------------------- matching rules


def values_match(gold: float, predicted: float, *, percent: bool) -> bool:
    """±0.05 for percentages, 0.5 % for amounts of 1000 or more, counts exactly."""
    diff = abs(gold - predicted)
    if percent:
        return diff <= 0.05 + 1e-9
    if abs(gold) >= 1000:
        return diff <= 0.005 * abs(gold) + 1e-9
    return diff <= 1e-9


def is_percent(key: str | None, unit: str | None) -> bool:
    return unit == "%" or bool(key and key.endswith("_rate"))


def units_equivalent(a: str | None, b: str | None) -> bool:
    """件/起/例 are the same case counter (the README says not to penalise 件↔起); amounts
    in 元/万元/亿元 are the same measure (values are compared after conversion)."""
    return a == b or (a in CASE_COUNTERS and b in CASE_COUNTERS) or (is_money(a) and is_money(b))


def in_unit(value: float, unit: str | None, to_unit: str | None) -> float:
    """A reported value in the gold's unit (15000 万元 is gold's 1.5 亿元); unchanged otherwise."""
    converted = convert(value, unit, to_unit)
    return value if converted is None else converted


def is_counted(key: str | None, kind: str) -> bool:
    """Counted in recall/precision: the year's own figures; derived only for rates
    (other derived figures are sums across scopes: allowed, never required)."""
    if kind in ("stated", "zero_claim"):
        return True
    return kind == "derived" and bool(key and key.endswith("_rate"))


def figure_matches(gold: GoldFigure, fig: Figure, *, absolute: bool = False) -> bool:
    if gold.key != fig.key:
        return False
    predicted = in_unit(fig.value, fig.unit, gold.unit)
    g, p = (abs(gold.value), abs(predicted)) if absolute else (gold.value, predicted)
    return values_match(g, p, percent=is_percent(gold.key, gold.unit))


# --------------------------------------------------------------------------- results


class Ratio(BaseModel):
    num: int = 0
    den: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def share(self) -> float | None:
        return round(self.num / self.den, 4) if self.den else None

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(num=self.num + other.num, den=self.den + other.den)


class Tally(BaseModel):
    """Counts behind precision/recall: gold = counted gold figures, found = of those
    matched; predicted = counted predicted (deduplicated), correct = of those matching gold."""

    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float | None:
        return round(self.found / self.gold, 4) if self.gold else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float | None:
        return round(self.correct / self.predicted, 4) if self.predicted else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:  # one side has nothing to count: F1 is 0 only if the other is 0
            return 0.0 if 0 in (p, r) else None
        return round(2 * p * r / (p + r), 4) if p + r else 0.0

    def __add__(self, other: Tally) -> Tally:
        return Tally(gold=self.gold + other.gold, found=self.found + other.found,
                     predicted=self.predicted + other.predicted, correct=self.correct + other.correct)


class FigureOutcome(BaseModel):
    """One line of the per-figure diff: a gold figure found/missed, or a reported
    figure that is a false positive or a trap."""

    doc: str
    key: str
    scope: str | None = None
    kind: str = "stated"  # gold kind for found/missed, reported kind otherwise
    status: OutcomeStatus
    gold_value: float | None = None
    predicted_value: float | None = None
    unit: str = ""
    quote: str = ""  # the gold quote (found/missed) or the reported quote (false_positive/trap)
    predicted_quote: str | None = None
    note: str = ""
    #: the gold figure's failure class (issue 11), when the gold names one (fgqa.evaluation.classes)
    failure_class: str | None = None

    def identity(self) -> tuple:
        """What pairs an outcome across two runs: the gold figure, or the reported value."""
        if self.status in ("found", "missed"):
            return ("gold", self.doc, self.key, self.scope, self.kind, self.gold_value)
        return ("reported", self.doc, self.key, self.predicted_value)


class GroundingFailure(BaseModel):
    doc: str
    key: str | None
    label: str
    quote: str
    span: tuple[int, int]
    text_at_span: str


class PartCheck(BaseModel):
    part: str
    gold: bool
    predicted: bool

    @computed_field  # type: ignore[prop-decorator]
    @property
    def correct(self) -> bool:
        return self.gold == self.predicted


class MetaCheck(BaseModel):
    """One metadata field against gold (an issuer compared without spaces, in either of a body's names)."""

    field: str
    gold: str | int | None
    predicted: str | int | None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def correct(self) -> bool:
        if self.field == "issuer" and isinstance(self.gold, str) and isinstance(self.predicted, str):
            places = lexicon().places
            return issuer_key(self.gold, places) == issuer_key(self.predicted, places)
        norm = lambda v: "".join(str(v).split()) if v is not None else None  # noqa: E731
        return norm(self.gold) == norm(self.predicted)


#: the metadata fields scored: who wrote the report, at which level, about which year
META_FIELDS = ("issuer", "level", "year")


class DocScore(BaseModel):
    doc: str
    tally: Tally
    per_key: dict[str, Tally]
    outcomes: list[FigureOutcome]
    parts: list[PartCheck]
    meta: list[MetaCheck] = []
    grounding: Ratio
    grounding_failures: list[GroundingFailure]
    #: matched gold figures whose unit (件≡起≡例) and qualifier also agree
    value_accuracy: Ratio

    @property
    def traps(self) -> list[FigureOutcome]:
        return [o for o in self.outcomes if o.status == "trap"]

    @property
    def parts_correct(self) -> int:
        return sum(p.correct for p in self.parts)

    @property
    def all_parts_right(self) -> bool:
        return all(p.correct for p in self.parts)


class Scores(BaseModel):
    docs: int
    overall: Tally
    per_key: dict[str, Tally]
    traps: int
    parts: Ratio
    per_part: dict[str, Ratio]
    docs_all_parts_right: Ratio
    grounding: Ratio
    value_accuracy: Ratio
    #: metadata fields right (issuer, level, year); 0/0 in records made before it was scored
    meta: Ratio = Ratio()


# --------------------------------------------------------------------------- scoring


def _dedup_counted(figures: list[Figure]) -> list[Figure]:
    """Counted reported figures, each (key, value) once: a repeated figure is one claim."""
    seen: set[tuple[str | None, float]] = set()
    out = []
    for fig in figures:
        if fig.key is None or not is_counted(fig.key, fig.kind):
            continue
        ident = (fig.key, round(float(fig.value), 4))
        if ident not in seen:
            seen.add(ident)
            out.append(fig)
    return out


def _dedup_year(figures: list[Figure]) -> list[Figure]:
    seen: set[tuple[str | None, float]] = set()
    out = []
    for fig in figures:
        ident = (fig.key, round(float(fig.value), 4))
        if fig.key is not None and fig.kind in YEAR_KINDS and ident not in seen:
            seen.add(ident)
            out.append(fig)
    return out


def _score_figures(gold: GoldFile, indicators: list[Figure]) -> tuple[Tally, dict[str, Tally], list[FigureOutcome], Ratio]:
    doc = gold.doc
    year_reported = [f for f in indicators if f.key is not None and f.kind in YEAR_KINDS]
    gold_year = [g for g in gold.indicators if g.kind in YEAR_KINDS]
    gold_traps = [g for g in gold.indicators if g.kind in TRAP_KINDS]
    per_key: dict[str, Tally] = defaultdict(Tally)
    outcomes: list[FigureOutcome] = []
    value_accuracy = Ratio()

    for g in gold.indicators:
        if not is_counted(g.key, g.kind):
            continue
        matches = [f for f in year_reported if figure_matches(g, f)]
        tally = per_key[g.key]
        tally.gold += 1
        if matches:
            tally.found += 1
            exact = [f for f in matches if units_equivalent(g.unit, f.unit) and g.qualifier == f.qualifier]
            value_accuracy += Ratio(num=1 if exact else 0, den=1)
            best = (exact or matches)[0]
            outcomes.append(FigureOutcome(doc=doc, key=g.key, scope=g.scope, kind=g.kind, status="found",
                                          failure_class=g.failure_class,
                                          gold_value=g.value, predicted_value=best.value, unit=g.unit,
                                          quote=g.quote_text, predicted_quote=best.quote))
        else:
            outcomes.append(FigureOutcome(doc=doc, key=g.key, scope=g.scope, kind=g.kind, status="missed",
                                          failure_class=g.failure_class,
                                          gold_value=g.value, unit=g.unit, quote=g.quote_text, note=g.note or ""))

    for fig in _dedup_counted(indicators):
        assert fig.key is not None
        tally = per_key[fig.key]
        tally.predicted += 1
        if any(figure_matches(g, fig) for g in gold_year):
            tally.correct += 1
        elif not _trap_for(fig, gold_traps):  # traps are listed below, once
            outcomes.append(FigureOutcome(doc=doc, key=fig.key, scope=fig.scope, kind=fig.kind, status="false_positive",
                                          predicted_value=fig.value, unit=fig.unit, quote=fig.quote))

    for fig in _dedup_year(indicators):
        assert fig.key is not None
        trap = _trap_for(fig, gold_traps)
        if trap is not None and not any(figure_matches(g, fig) for g in gold_year):
            outcomes.append(FigureOutcome(doc=doc, key=fig.key, scope=fig.scope, kind=fig.kind, status="trap",
                                          failure_class=trap.failure_class, gold_value=trap.value, predicted_value=fig.value, unit=fig.unit,
                                          quote=fig.quote, note=f"gold {trap.kind}: {trap.quote_text}"))

    overall = sum(per_key.values(), Tally())
    return overall, dict(sorted(per_key.items())), outcomes, value_accuracy


def _trap_for(fig: Figure, gold_traps: list[GoldFigure]) -> GoldFigure | None:
    return next((g for g in gold_traps if figure_matches(g, fig, absolute=True)), None)


def _all_figures(summary: Summary) -> list[Figure]:
    """Every figure the tool prints: indicators and section figures, each once."""
    seen: set[tuple] = set()
    out = []
    for fig in [*summary.indicators, *(f for s in summary.sections for f in s.figures)]:
        ident = (fig.key, fig.value, fig.kind, fig.quote, tuple(fig.span))
        if ident not in seen:
            seen.add(ident)
            out.append(fig)
    return out


def _score_grounding(doc: str, summary: Summary, text: str) -> tuple[Ratio, list[GroundingFailure]]:
    failures = []
    figures = _all_figures(summary)
    for fig in figures:
        a, b = fig.span
        found = text[a:b] if 0 <= a <= b <= len(text) else ""
        if found != fig.quote or not (0 <= a <= b <= len(text)):
            failures.append(GroundingFailure(doc=doc, key=fig.key, label=fig.label, quote=fig.quote,
                                             span=(a, b), text_at_span=found[:80]))
    return Ratio(num=len(figures) - len(failures), den=len(figures)), failures


def _score_parts(gold: GoldFile, summary: Summary) -> list[PartCheck]:
    checks = []
    for part in PART_KEYS:
        gold_part = gold.parts.get(part)
        predicted = summary.parts.get(part)
        checks.append(PartCheck(part=part, gold=bool(gold_part and gold_part.present),
                                predicted=bool(predicted and predicted.present)))
    return checks


def _score_meta(gold: GoldFile, summary: Summary) -> list[MetaCheck]:
    return [MetaCheck(field=name, gold=getattr(gold.meta, name), predicted=getattr(summary.meta, name))
            for name in META_FIELDS]


def score_document(gold: GoldFile, summary: Summary, text: str) -> DocScore:
    """`text` is the normalized text the summary's spans index into."""
    tally, per_key, outcomes, value_accuracy = _score_figures(gold, summary.indicators)
    grounding, failures = _score_grounding(gold.doc, summary, text)
    return DocScore(doc=gold.doc, tally=tally, per_key=per_key, outcomes=outcomes, parts=_score_parts(gold, summary),
                    meta=_score_meta(gold, summary), grounding=grounding, grounding_failures=failures,
                    value_accuracy=value_accuracy)


def aggregate(docs: list[DocScore]) -> Scores:
    per_key: dict[str, Tally] = defaultdict(Tally)
    per_part: dict[str, Ratio] = {p: Ratio() for p in PART_KEYS}
    for d in docs:
        for key, tally in d.per_key.items():
            per_key[key] += tally
        for check in d.parts:
            per_part[check.part] += Ratio(num=int(check.correct), den=1)
    return Scores(
        docs=len(docs),
        overall=sum((d.tally for d in docs), Tally()),
        per_key=dict(sorted(per_key.items())),
        traps=sum(len(d.traps) for d in docs),
        parts=sum(per_part.values(), Ratio()),
        per_part=per_part,
        docs_all_parts_right=Ratio(num=sum(d.all_parts_right for d in docs), den=len(docs)),
        grounding=sum((d.grounding for d in docs), Ratio()),
        value_accuracy=sum((d.value_accuracy for d in docs), Ratio()),
        meta=sum((Ratio(num=int(c.correct), den=1) for d in docs for c in d.meta), Ratio()),
    )
