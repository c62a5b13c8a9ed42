"""Rates we compute when a report gives only counts, and checks of the rates it states.

loss rate = lost / concluded (else / cases); correction rate = corrected / concluded
(else / accepted). Inputs must be stated counts of the same scope near each other; a
verbal zero (零败诉) is already its own figure and is not divided. When the report states
the rate for the same scope, we do not derive it but warn if it disagrees with its counts.
"""

from __future__ import annotations

from fgqa.models import Figure

#: rate key → (numerator key, denominator keys in order of preference)
RATE_FORMULAS: dict[str, tuple[str, tuple[str, ...]]] = {
    "litigation.loss_rate": ("litigation.lost", ("litigation.concluded", "litigation.cases")),
    "reconsideration.correction_rate": ("reconsideration.corrected", ("reconsideration.concluded", "reconsideration.accepted")),
}
#: inputs further apart than this (characters) are not read as one statement
PAIR_DISTANCE = 260


def _near(a: Figure, b: Figure, text: str) -> bool:
    lo, hi = sorted((a.span, b.span))
    return hi[0] - lo[1] <= PAIR_DISTANCE and "\n" not in text[lo[1]:hi[0]] or abs(hi[0] - lo[1]) <= 40


def _same_scope(numerator: Figure, other: Figure) -> bool:
    return numerator.scope is None or other.scope is None or numerator.scope == other.scope


def _stated_precision(value: float) -> float:
    decimals = len(str(value).split(".")[1]) if "." in str(value) else 0
    return 0.5 * 10 ** (-decimals) + 0.05


def derive_rates(figures: list[Figure], text: str) -> tuple[list[Figure], list[str]]:
    derived: list[Figure] = []
    warnings: list[str] = []
    stated = [f for f in figures if f.kind == "stated"]
    for rate_key, (num_key, den_keys) in RATE_FORMULAS.items():
        for num in (f for f in stated if f.key == num_key):
            den = _denominator(num, stated, den_keys, text)
            if den is None or not den.value:
                continue
            value = round(100.0 * num.value / den.value, 1)
            formula = f"{_fmt(num.value)}/{_fmt(den.value)}"
            scope = num.scope or den.scope
            rate = next(
                (r for r in stated if r.key == rate_key and _near(r, num, text) and r.scope == scope),
                None,
            )
            if rate is not None:
                if abs(rate.value - value) > _stated_precision(rate.value):
                    warnings.append(
                        f"{rate_key}: the report states {_fmt(rate.value)}% (“{rate.quote}”) but its counts give "
                        f"{formula} = {value}% (“{num.quote}”, “{den.quote}”)"
                    )
                continue
            start, end = min(num.span[0], den.span[0]), max(num.span[1], den.span[1])
            derived.append(
                Figure(
                    key=rate_key, label=_RATE_LABEL[rate_key], value=value, unit="%", kind="derived",
                    scope=scope, quote=text[start:end], span=(start, end), formula=formula,
                    source=num.source, section_id=num.section_id,
                )
            )
    return _dedupe(derived), warnings


_RATE_LABEL = {"litigation.loss_rate": "行政诉讼败诉率", "reconsideration.correction_rate": "行政复议纠错率"}


def _denominator(num: Figure, stated: list[Figure], den_keys: tuple[str, ...], text: str) -> Figure | None:
    for key in den_keys:
        candidates = [f for f in stated if f.key == key and _near(f, num, text) and _same_scope(num, f) and f.value >= num.value]
        if candidates:
            return min(candidates, key=lambda f: abs(f.span[0] - num.span[0]))
    return None


#: a total is derived only from figures this close together (one statement, not a whole report)
TOTAL_DISTANCE = 80


def derive_totals(figures: list[Figure], text: str) -> list[Figure]:
    """Sums of counts a report lists side by side for parts of a whole ("区政府63件…街乡、部门
    40件" → 103; "文件6件、文件520份、合同7份" → 533). Only adjacent statements of the same
    indicator are added up, never figures from different paragraphs or sectors."""
    totals: list[Figure] = []
    counts = [f for f in figures if f.kind == "stated" and f.key and not f.key.endswith("_rate") and f.unit != "%"]
    counts.sort(key=lambda f: f.span[0])
    group: list[Figure] = []

    def flush() -> None:
        if len(group) >= 2 and len({f.scope for f in group}) == len(group) or (
            len(group) >= 2 and len({f.span for f in group}) == len(group) and _is_list(group, text)
        ):
            start, end = group[0].span[0], group[-1].span[1]
            value = sum(f.value for f in group)
            totals.append(Figure(
                key=group[0].key, label=group[0].label + "(合计)", value=value, unit=group[0].unit, kind="derived",
                scope=_common_scope(group), quote=text[start:end], span=(start, end),
                formula="+".join(_fmt(f.value) for f in group), source=group[0].source, section_id=group[0].section_id,
            ))

    for fig in counts:
        if group and (fig.key != group[-1].key or fig.span[0] - group[-1].span[1] > TOTAL_DISTANCE
                      or "\n" in text[group[-1].span[1]:fig.span[0]]):
            flush()
            group = []
        group.append(fig)
    flush()
    return totals


def _is_list(group: list[Figure], text: str) -> bool:
    """Items of one enumeration: consecutive figures separated only by 、."""
    return all(text[a.span[1]:b.span[0]].startswith("、") or text[b.span[0] - 1:b.span[0]] == "、" for a, b in zip(group, group[1:]))


def _common_scope(group: list[Figure]) -> str | None:
    scopes = {f.scope for f in group}
    if len(scopes) == 1:
        return next(iter(scopes))
    return "+".join(f.scope or "其他" for f in group)


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _dedupe(figures: list[Figure]) -> list[Figure]:
    seen: set[tuple] = set()
    out = []
    for f in figures:
        k = (f.key, f.value, f.scope, f.formula)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out
