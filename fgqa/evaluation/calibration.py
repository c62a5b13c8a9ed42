"""Leave-one-set-out validation of the conditions of abstention (fgqa/lexicon/abstain.toml).

Input: the rows `scripts/calibrate.py collect` writes (one per tuning question: its set, the
answer's type, its verdict with no condition applied, the answer's evidence). For each set in
turn, a condition's bounds are chosen on the other sets (the bound that avoids the most wrong
answers, counting a right one lost as two, among those avoiding >= 2 wrong per right lost
there; none → the condition is off for that fold) and applied to the set left out. The totals
over the folds are the condition's honest figures: it lands only at >= 2 wrong avoided per
right lost.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Any

from fgqa.lexicon import lexicon
from fgqa.lexicon.abstain import Condition
from fgqa.lexicon.abstain import condition_holds as holds

#: the bounds tried for a numeric test, by feature
_GRID: dict[str, list[float]] = {
    "clause_coverage": [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8],
    "sentence_coverage": [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8],
}
_COUNT_GRID = [1.0, 2.0, 3.0, 4.0]
#: the landing bar: wrong answers avoided per right answer lost
RATIO = 2


def variants(c: Condition) -> list[Condition]:
    """The condition with each of its numeric bounds drawn from the grid."""
    tests = [("below", f) for f in c.below] + [("at_least", f) for f in c.at_least]
    if not tests:
        return [c]
    grids = [_GRID.get(f, _COUNT_GRID) for _, f in tests]
    out = []
    for combo in itertools.product(*grids):
        below = {f: v for (kind, f), v in zip(tests, combo) if kind == "below"}
        at_least = {f: v for (kind, f), v in zip(tests, combo) if kind == "at_least"}
        out.append(c.model_copy(update={"below": below, "at_least": at_least}))
    return out


def effect(c: Condition, rows: Iterable[dict[str, Any]]) -> tuple[int, int]:
    """(wrong answers avoided, right answers lost) when the condition abstains."""
    wrong = right = 0
    for r in rows:
        if holds(c, r):
            wrong += r["verdict"] == "wrong"
            right += r["verdict"] == "right"
    return wrong, right


def choose(c: Condition, rows: list[dict[str, Any]], *, bar: bool = True) -> Condition | None:
    """The bound that avoids the most wrong answers, a right one lost counting two, among those
    clearing the landing bar on `rows` (with bar=False: among all that avoid any)."""
    best: tuple[int, int, Condition] | None = None
    for v in variants(c):
        wrong, right = effect(v, rows)
        if wrong == 0 or (bar and (wrong < RATIO or wrong < RATIO * right)):
            continue
        score = (wrong - 2 * right, -right)
        if best is None or score > best[:2]:
            best = (*score, v)
    return best[2] if best else None


def loso(c: Condition, rows: list[dict[str, Any]]) -> list[tuple[str, str, int, int]]:
    """Per set: (set, bounds chosen on the others or 'off', wrong avoided, right lost)."""
    out = []
    for name in dict.fromkeys(r["set"] for r in rows):
        chosen = choose(c, [r for r in rows if r["set"] != name])
        if chosen is None:
            out.append((name, "off", 0, 0))
            continue
        wrong, right = effect(chosen, [r for r in rows if r["set"] == name])
        out.append((name, _bounds(chosen), wrong, right))
    return out


def _bounds(c: Condition) -> str:
    return ", ".join([*(f"{f}<{b:g}" for f, b in c.below.items()),
                      *(f"{f}>={b:g}" for f, b in c.at_least.items())]) or "as written"


def loso_report(rows: list[dict[str, Any]], conditions: list[Condition] | None = None, *, md: bool = False) -> str:
    conditions = lexicon().abstention.conditions if conditions is None else conditions
    committed = [r for r in rows if r.get("answer_type") in ("number", "yes_no")]
    lines = [f"{len(rows)} questions, {len(committed)} committed answers: "
             f"{sum(r['verdict'] == 'right' for r in committed)} right, {sum(r['verdict'] == 'wrong' for r in committed)} wrong"]
    for c in conditions:
        folds = loso(c, committed)
        wrong = sum(f[2] for f in folds)
        right = sum(f[3] for f in folds)
        verdict = "lands" if wrong >= RATIO and wrong >= RATIO * right else "does not land"
        lines.append("")
        # (in-sample, for the record: the condition at its best bound on every set at once)
        best = choose(c, committed, bar=False)
        w_all, r_all = effect(best, committed) if best is not None else (0, 0)
        lines.append(f"{c.name}: LOSO total {wrong} wrong avoided, {right} right lost ({verdict}); "
                     f"in-sample at its best bound {_bounds(best) if best else '-'}: {w_all} wrong, {r_all} right")
        if md:
            lines += ["", "| held-out fold | bounds chosen on the other sets | wrong avoided | right lost |", "|---|---|---|---|"]
            lines += [f"| {s} | {b} | {w} | {r} |" for s, b, w, r in folds]
            lines.append(f"| **total** | | **{wrong}** | **{right}** |")
        else:
            lines += [f"  {s:10s} {b:40s} {w:3d} {r:3d}" for s, b, w, r in folds if w or r or b != "off"]
    return "\n".join(lines)
