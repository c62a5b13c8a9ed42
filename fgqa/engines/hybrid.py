"""The hybrid engine: the rules engine's figures, with the llm's reading filling the gaps.

The rules engine is precise (≥ 0.95 on gold); an llm-only indicator can only lower that.
So the rules decide wherever they have an opinion, and an llm figure becomes an indicator
on its own only when the deterministic readers agree with it:

- same number (or same key, scope, kind and value) as a rules figure → one figure, `both`;
- a rules figure with a key for the same number → the rules' reading stands;
- same key, scope and kind as a rules figure but another value → the rules' figure stays,
  with a warning quoting both;
- otherwise the llm's key is kept only when the rules engine saw that number with no key,
  with the kind our classifier gives it, a unit of the key's family, and the key's name
  or a synonym next to the number (and its domain in the sentence, if the key has one);
  a verbal zero needs a zero-claim pattern for the same key in its quote.
  Anything else becomes an unkeyed figure of its section, never an indicator.
"""

from __future__ import annotations

import re
import time

from fgqa.engines.base import EngineResult
from fgqa.engines.llm import LLMEngine, number_in_span
from fgqa.figures import context
from fgqa.figures.extract import section_at
from fgqa.figures.taxonomy import BY_KEY, Indicator, domain_of
from fgqa.figures.zero_claims import find_zero_claims
from fgqa.models import YEAR_KINDS, Document, Figure, Section

_DIGIT = re.compile(r"\d")


class HybridEngine:
    name = "hybrid"

    def __init__(self, llm: LLMEngine):
        self.llm = llm

    def extract(self, doc: Document, sections: list[Section]) -> EngineResult:
        started = time.perf_counter()
        rules = self.llm.rules.extract(doc, sections)
        reading = self.llm.read(doc, sections)
        figures, warnings = merge_figures(rules.figures, reading.figures, doc.text, sections)
        usage = reading.usage.model_copy()
        usage.seconds = round(time.perf_counter() - started, 4)
        return EngineResult(
            figures=figures,
            summaries={**rules.summaries, **{k: v for k, v in reading.summaries.items() if v.strip()}},
            warnings=[*rules.warnings, *reading.warnings, *warnings],
            usage=usage,
        )


def merge_figures(rules: list[Figure], llm: list[Figure], text: str,
                  sections: list[Section]) -> tuple[list[Figure], list[str]]:
    """Rules figures (some marked `both`) plus the llm-only figures that pass the gate."""
    merged = [f.model_copy() for f in rules]
    added: list[Figure] = []
    warnings: list[str] = []
    for fig in llm:
        twin = _twin(fig, merged, text)
        if fig.key is None:
            if twin is None:
                added.append(fig)
            continue
        same = [r for r in merged if _same_fact(r, fig)]
        if twin is not None and twin.key == fig.key and _same_value(twin, fig):
            same.append(twin)
        if same:
            for r in same:
                merged[merged.index(r)] = r.model_copy(update={"source": "both"})
            continue
        if twin is not None and twin.key is not None:
            if twin.key == fig.key:
                warnings.append(_disagreement(twin, fig))
            continue  # the rules read this number; their key stands
        rivals = [r for r in merged if r.key == fig.key and r.scope == fig.scope and r.kind == fig.kind
                  and r.kind in YEAR_KINDS]
        if rivals:
            warnings.append(_disagreement(rivals[0], fig))
            if twin is None:
                added.append(_unkeyed(fig))
            continue
        promoted = _promote(fig, twin, text, sections)
        if promoted is not None:
            if twin is not None:
                merged.remove(twin)
            added.append(promoted)
        elif twin is None:
            added.append(_unkeyed(fig))
    return merged + added, warnings


def _same_value(a: Figure, b: Figure) -> bool:
    return abs(float(a.value) - float(b.value)) <= max(1e-9, 0.0005 * abs(float(a.value)))


def _same_fact(rule: Figure, fig: Figure) -> bool:
    return rule.key == fig.key and rule.scope == fig.scope and rule.kind == fig.kind and _same_value(rule, fig)


def _twin(fig: Figure, rules: list[Figure], text: str) -> Figure | None:
    """The rules figure for the same occurrence: the one whose span holds fig's number
    (for a verbal zero: a rules zero claim overlapping fig's quote)."""
    if fig.kind == "zero_claim":
        return next((r for r in rules if r.kind == "zero_claim" and r.key == fig.key
                     and r.span[0] < fig.span[1] and fig.span[0] < r.span[1]), None)
    q = number_in_span(text, fig.span, fig.value)
    if q is None:
        return None
    return next((r for r in rules if r.span[0] <= q.start and q.end <= r.span[1] and _DIGIT.search(r.quote)), None)


def _promote(fig: Figure, twin: Figure | None, text: str, sections: list[Section]) -> Figure | None:
    """fig as an indicator when the deterministic readers agree with its key, else None."""
    ind = BY_KEY.get(fig.key or "")
    if ind is None:
        return None
    if fig.kind == "zero_claim":
        claims = find_zero_claims(fig.quote)
        if any(c.key == fig.key and c.value == fig.value for c, _ in claims):
            return fig
        return None
    if twin is None or twin.key is not None or twin.kind != fig.kind or twin.unit not in ind.units:
        return None
    if not _cue_near(ind, twin, text, sections):
        return None
    return twin.model_copy(update={"key": ind.key, "label": ind.name, "source": "llm"})


def _cue_near(ind: Indicator, twin: Figure, text: str, sections: list[Section]) -> bool:
    """The key's name or a synonym in the words next to the number (its lead and tail)."""
    end = twin.span[1]
    tail_end = context.clause_end(text, end, context.sentence_end(text, end))
    digit = _DIGIT.search(text, end, tail_end)
    near = twin.quote + text[end:digit.start() if digit else tail_end]
    if not any(re.search(pattern, near) for pattern in (re.escape(ind.name), *ind.synonyms)):
        return False
    if ind.domain is None:
        return True
    sec = section_at(sections, twin.span[0])
    s_start = context.sentence_start(text, twin.span[0], sec.span[0] if sec else 0)
    domain = domain_of(text[s_start:twin.span[1]]) or domain_of(sec.heading or "" if sec else "")
    return domain == ind.domain


def _unkeyed(fig: Figure) -> Figure:
    label = fig.label if fig.key is None else (fig.quote[:16] if fig.label == BY_KEY[fig.key].name else fig.label)
    return fig.model_copy(update={"key": None, "label": label})


def _disagreement(rule: Figure, fig: Figure) -> str:
    return (f"{fig.key}: rules read {rule.value:g}{rule.unit} (“{rule.quote}”), "
            f"llm read {fig.value:g}{fig.unit} (“{fig.quote}”); kept the rules' figure")
