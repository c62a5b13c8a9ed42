"""Failure classes (issue 11): which kind of writing a figure's miss comes from.

Gold figures may name their class (`"class": "table"`, the names of evals/real and
docs/real-pages.md); a miss, trap or false positive whose gold figure names none is
classified from its quote, so a gold set annotated before classes existed still gets a
breakdown. The classes are reported, never scored differently.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from fgqa import re_cache
from fgqa.evaluation.scoring import FigureOutcome

#: the class names shared with evals/real (docs/real-pages.md), plus sign and national
FAILURE_CLASSES = ("plain", "table", "unit", "from_to", "number_before_noun", "cue_gap", "verbal_zero",
                   "lookalike", "scopes", "total_parts", "ordinal", "date", "paragraph_part", "metadata",
                   "benchmark", "wrong_value", "kind", "sign", "national")

# quote → class, first match wins (what the words of the quote show about the writing)
_BY_QUOTE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("table", re_cache.compile(r"\||\t")),
    ("from_to", re_cache.compile(r"(?:由|从|较)[^,，。;；]{0,12}\d[^,，。;；]{0,8}(?:至|到|为)")),
    ("sign", re_cache.compile(r"负\d|-\d|−\d")),
    ("unit", re_cache.compile(r"\d(?:\.\d+)?[万亿]|\d元")),
    ("national", re_cache.compile(r"全国|全省")),
    ("total_parts", re_cache.compile(r"其中|合计|共计|总计")),
    ("verbal_zero", re_cache.compile(r"零|无|未|没有|全覆盖|均")),
)


def classify_quote(quote: str, kind: str = "stated") -> str:
    """The class a quote's writing suggests ("unclassified" when it looks plain)."""
    for name, pattern in _BY_QUOTE:
        if pattern.search(quote):
            return name
    return "kind" if kind in ("change", "target", "benchmark") else "unclassified"


def class_of(outcome: FigureOutcome) -> str:
    return outcome.failure_class or classify_quote(outcome.quote, outcome.kind)


def by_class(outcomes: list[FigureOutcome]) -> dict[str, Counter[str]]:
    """class → counts of found / missed / trap / false_positive."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for o in outcomes:
        table[class_of(o)][o.status] += 1
    return dict(sorted(table.items()))
