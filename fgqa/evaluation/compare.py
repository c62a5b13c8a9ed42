"""Diff two runs of the same gold set and engine: which figures and answers got fixed,
which regressed, and whether a headline metric dropped by more than the tolerance."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Literal

from pydantic import BaseModel

from fgqa.errors import InputError
from fgqa.evaluation.qa import QAResult
from fgqa.evaluation.runs import RunRecord
from fgqa.evaluation.scoring import FigureOutcome

Change = Literal["fixed", "regressed", "unchanged"]
#: how bad each outcome is; absent means "not reported", which is right for a reported-side item
_FIGURE_BADNESS = {"found": 0, "missed": 1, None: 0, "false_positive": 1, "trap": 2}
#: a confident wrong answer is worse than an abstention or an incomplete text
_QA_BADNESS = {"pass": 0, "incomplete": 1, "abstained": 1, "wrong": 2}
#: headline metrics where a rise is the regression
_LOWER_IS_BETTER = frozenset({"traps", "qa_wrong"})


class MetricDelta(BaseModel):
    name: str
    old: float | None
    new: float | None
    delta: float | None
    regressed: bool


class ItemChange(BaseModel):
    item: Literal["figure", "qa"]
    change: Change
    doc: str
    key: str  # the indicator key, or the question id and text
    gold_value: Any = None
    old_value: Any = None
    new_value: Any = None
    old_status: str | None = None
    new_status: str | None = None
    quote: str = ""


class Comparison(BaseModel):
    gold_set: str
    engine: str
    old_created: str
    new_created: str
    metrics: list[MetricDelta]
    regressed_metrics: list[str]
    #: fixed and regressed items, regressions first
    changes: list[ItemChange]
    fixed: int
    regressed: int
    unchanged: int


def headline(record: RunRecord) -> dict[str, float | None]:
    fig = record.scores.figures
    return {
        "recall": fig.overall.recall,
        "precision": fig.overall.precision,
        "f1": fig.overall.f1,
        "traps": float(fig.traps),
        "parts_accuracy": fig.parts.share,
        "meta_accuracy": fig.meta.share,
        "qa_accuracy": record.scores.qa.overall.share,
        # None for records written before wrong answers were counted: not compared
        "qa_wrong": record.scores.qa.wrong.share if record.scores.qa.wrong.den else None,
        "grounding": fig.grounding.share,
        "value_accuracy": fig.value_accuracy.share,
    }


def _metric(name: str, old: float | None, new: float | None, tolerance: float) -> MetricDelta:
    if old is None or new is None:
        return MetricDelta(name=name, old=old, new=new, delta=None, regressed=False)
    delta = round(new - old, 4)
    regressed = delta > 0 if name in _LOWER_IS_BETTER else delta < -tolerance
    return MetricDelta(name=name, old=old, new=new, delta=delta, regressed=regressed)


def _keyed(items: list[Any], ident) -> dict[tuple, Any]:
    """Identity → item; repeated identities get an occurrence number so pairs stay 1:1."""
    seen: dict[tuple, int] = defaultdict(int)
    out = {}
    for item in items:
        base = ident(item)
        out[(*base, seen[base])] = item
        seen[base] += 1
    return out


def _verdict(old_bad: int, new_bad: int) -> Change:
    return "fixed" if new_bad < old_bad else "regressed" if new_bad > old_bad else "unchanged"


def _figure_changes(old: list[FigureOutcome], new: list[FigureOutcome]) -> list[ItemChange]:
    old_by, new_by = _keyed(old, FigureOutcome.identity), _keyed(new, FigureOutcome.identity)
    changes = []
    for ident in [*old_by, *(i for i in new_by if i not in old_by)]:
        a, b = old_by.get(ident), new_by.get(ident)
        if ident[0] == "gold" and (a is None or b is None):
            continue  # same gold set, so only a duplicate count can differ
        a_status, b_status = (a.status if a else None), (b.status if b else None)
        ref = b or a
        assert ref is not None
        changes.append(ItemChange(
            item="figure", change=_verdict(_FIGURE_BADNESS[a_status], _FIGURE_BADNESS[b_status]), doc=ref.doc,
            key=ref.key, gold_value=ref.gold_value, old_value=a.predicted_value if a else None,
            new_value=b.predicted_value if b else None, old_status=a_status, new_status=b_status,
            quote=ref.quote,
        ))
    return changes


def _qa_badness(r: QAResult) -> int:
    if r.status == "pass":
        return 0
    # records written before failures were told apart count every failure as wrong-ish (1)
    return _QA_BADNESS[r.failure] if r.failure else 1


def _qa_changes(old: list[QAResult], new: list[QAResult]) -> list[ItemChange]:
    old_by = {r.id: r for r in old}
    changes = []
    for b in new:
        a = old_by.get(b.id)
        if a is None or "skipped" in (a.status, b.status):
            continue  # nothing to pair, or not scored on one side
        changes.append(ItemChange(
            item="qa", change=_verdict(_qa_badness(a), _qa_badness(b)), doc=b.doc,
            key=f"{b.id} {b.question}", gold_value=b.expected, old_value=a.got, new_value=b.got,
            old_status=a.failure or a.status, new_status=b.failure or b.status, quote=b.quote,
        ))
    return changes


def compare_runs(old: RunRecord, new: RunRecord, tolerance: float = 0.01) -> Comparison:
    if (old.gold_set.name, old.gold_set.hash) != (new.gold_set.name, new.gold_set.hash):
        raise InputError(f"runs use different gold sets ({old.gold_set.name} {old.gold_set.hash[:8]} vs "
                         f"{new.gold_set.name} {new.gold_set.hash[:8]}); compare runs of the same gold set")
    if old.provenance.engine != new.provenance.engine:
        raise InputError(f"runs use different engines ({old.provenance.engine} vs {new.provenance.engine})")
    old_m, new_m = headline(old), headline(new)
    metrics = [_metric(name, old_m[name], new_m[name], tolerance) for name in old_m]
    items = _figure_changes(old.outcomes, new.outcomes) + _qa_changes(old.qa, new.qa)
    order = {"regressed": 0, "fixed": 1}
    moved = sorted((c for c in items if c.change != "unchanged"), key=lambda c: (order[c.change], c.item, c.doc, c.key))
    return Comparison(
        gold_set=new.gold_set.name, engine=new.provenance.engine, old_created=old.created, new_created=new.created,
        metrics=metrics, regressed_metrics=[m.name for m in metrics if m.regressed], changes=moved,
        fixed=sum(c.change == "fixed" for c in items), regressed=sum(c.change == "regressed" for c in items),
        unchanged=sum(c.change == "unchanged" for c in items),
    )
