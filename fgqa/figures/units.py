"""Units as the taxonomy counts them: money in 万元, whatever unit the report wrote.

Reports write the same amount as `1.5亿元`, `15000万元` or `150000000元`; a reader comparing
places needs one unit. The number parser keeps the written unit (so the quote still says
what the figure says); the pipeline then converts keyed figures with `to_taxonomy_unit`,
and the evaluation compares amounts through `convert` (a gold file may keep 亿元).
Counts need nothing here: `2.3万件` is already 23000 件 when parsed.
"""

from __future__ import annotations

from decimal import Decimal

#: money units and their size in 元
MONEY_FACTORS: dict[str, Decimal] = {
    "元": Decimal(1), "千元": Decimal(10) ** 3, "万元": Decimal(10) ** 4, "百万元": Decimal(10) ** 6,
    "千万元": Decimal(10) ** 7, "亿元": Decimal(10) ** 8, "万亿元": Decimal(10) ** 12,
    "萬元": Decimal(10) ** 4, "億元": Decimal(10) ** 8,
}
#: the unit every keyed amount is given in
MONEY_UNIT = "万元"


def is_money(unit: str | None) -> bool:
    return unit in MONEY_FACTORS


def convert(value: float, unit: str | None, to_unit: str | None) -> float | None:
    """`value` in `unit` expressed in `to_unit`; None when the two are not the same measure."""
    if unit == to_unit:
        return value
    if is_money(unit) and is_money(to_unit):
        converted = Decimal(str(value)) * MONEY_FACTORS[unit] / MONEY_FACTORS[to_unit]  # type: ignore[index]
        return _number(converted)
    return None


def to_taxonomy_unit(value: float, unit: str) -> tuple[float, str]:
    """The value and unit the taxonomy counts in (money → 万元; anything else unchanged)."""
    if is_money(unit) and unit != MONEY_UNIT:
        converted = convert(value, unit, MONEY_UNIT)
        assert converted is not None
        return converted, MONEY_UNIT
    return value, unit


def _number(d: Decimal) -> int | float:
    if d == d.to_integral_value():
        return int(d)
    return float(round(d, 6).normalize())
