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
