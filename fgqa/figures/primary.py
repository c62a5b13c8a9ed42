"""Which of an indicator's figures is the report's own: the one a reader quotes for the report.

A report often gives one key for several scopes (全区75件, 区政府本级18件, 以区政府为被告的…) and
periods. The report's own figure is a year figure (stated, a verbal zero or derived — in that
order of preference) of the body's own scope: no narrower scope named (no scope, or the whole
area, 全市/全区 …), the full year before a part of it (1-10月), the first said. It is marked
`primary` in the summary; the wide export and `ask` choose it, so they agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from fgqa.models import YEAR_KINDS, Figure

#: a change, a target or somebody else's figure is never primary (YEAR_KINDS only)
_KIND_ORDER = {"stated": 0, "zero_claim": 1, "derived": 2}

F = TypeVar("F")


def is_own_scope(scope: str | None) -> bool:
    """No narrower scope than the body's own: none named, or the whole area (全区, 全市(…))."""
    return not scope or scope.startswith("全")


def own_year_figure(figures: Iterable[F]) -> F | None:
    """The report's own figure among one key's figures, or None when it gives only other
    scopes. Works on Figure objects and on rows with the same attributes (kind, scope, span or
    span_start, period when it has one)."""
    own = [f for f in figures if getattr(f, "kind", None) in YEAR_KINDS and is_own_scope(getattr(f, "scope", None))]
    if not own:
        return None
    return min(own, key=_preference)


def _preference(f: Any) -> tuple[int, bool, bool, int]:
    start = f.span[0] if hasattr(f, "span") else f.span_start
    return (_KIND_ORDER.get(f.kind, 3), bool(f.scope), bool(getattr(f, "period", None)), start)


def mark_primary(figures: list[Figure]) -> list[Figure]:
    """The figures with `primary` set on each key's own figure (one per key) and cleared on
    the others. A key given only for narrower scopes has no primary figure."""
    by_key: dict[str, list[Figure]] = {}
    for f in figures:
        if f.key:
            by_key.setdefault(f.key, []).append(f)
    chosen = {id(own) for own in (own_year_figure(group) for group in by_key.values()) if own is not None}
    return [f if f.primary == (id(f) in chosen) else f.model_copy(update={"primary": id(f) in chosen}) for f in figures]
