"""The hybrid engine: the rules engine's figures, with the llm's reading filling key gaps.

The rules engine is precise (≥ 0.95 on gold); an llm-only indicator can only lower that.
So the rules decide wherever they have an opinion, and the llm's figures are matched to
the rules figure of the same number (its twin: the rules engine makes a figure of every
quantity it counts, keyed or not):

- same key, kind and value (same number, or the same fact elsewhere) → one figure, `both`;
- the twin has another key → the rules' reading stands;
- the twin has no key → it takes the llm's key only when the deterministic readers agree:
  the kind our classifier gave it, a unit of the key's family, the key's name or a
  synonym next to the number, and its domain in the sentence when the key has one;
  if the rules already have that key, scope and kind with another value, the rules'
  figure stays and a warning quotes both;
- an llm figure with no twin (a quote whose number the rules parser does not count, such
  as a scheme name 三项制度 or a hotline number) is not a figure.
So the llm can add keys and `both` marks, never a number the rules did not already show.

Both readings come through the Engine interface: any engine whose figures carry
`source: "llm"` can be the second reader (a section whose call failed carries the rules'
figures, which are no second opinion and are left out of the merge).
"""

from __future__ import annotations

import time

from fgqa import re_cache
from fgqa.engines.base import Engine, EngineResult
from fgqa.figures import context
from fgqa.figures.numbers import number_in_span
from fgqa.lexicon import Indicator, Lexicon, lexicon
from fgqa.models import YEAR_KINDS, Document, Figure, Section
from fgqa.sections.index import section_at

_DIGIT = re_cache.compile(r"\d")


class HybridEngine:
    """`rules` decides; `reader` (the llm engine, built with confirm_outline=True so a part
    it maps must also be named by its heading) fills key gaps."""

    name = "hybrid"

    def __init__(self, rules: Engine, reader: Engine):
        self.rules = rules
        self.reader = reader

    def extract(self, doc: Document, sections: list[Section]) -> EngineResult:
        started = time.perf_counter()
        rules = self.rules.extract(doc, sections)
        reading = self.reader.extract(doc, sections)
        own = [f for f in reading.figures if f.source == "llm"]
        figures, warnings = merge_figures(rules.figures, own, doc.text, sections)
        usage = reading.usage.model_copy()
        usage.seconds = round(time.perf_counter() - started, 4)
        return EngineResult(
            figures=figures,
            summaries={**rules.summaries, **{k: v for k, v in reading.summaries.items() if v.strip()}},
            warnings=[*rules.warnings, *reading.warnings, *warnings],
            usage=usage,
            outline=reading.outline,
        )


def merge_figures(rules: list[Figure], llm: list[Figure], text: str,
                  sections: list[Section]) -> tuple[list[Figure], list[str]]:
    """Rules figures (some marked `both`, some given the llm's key) and disagreement warnings."""
    merged = [f.model_copy() for f in rules]
    warnings: list[str] = []
    for fig in llm:
        twin = _twin(fig, merged, text)
        if fig.key is None or twin is None:
            continue  # the rules already show every number they count; others are not figures
        same = [r for r in merged if _same_fact(r, fig)]
        if twin.key == fig.key and twin.kind == fig.kind and _same_value(twin, fig):
            same.append(twin)
        if same:
            merged = [r.model_copy(update={"source": "both"}) if any(r is s for s in same) else r for r in merged]
            continue
        if twin.key is not None:
            if twin.key == fig.key and twin.kind == fig.kind:
                warnings.append(_disagreement(twin, fig))
            continue  # the rules read this number; their key and kind stand
        rivals = [r for r in merged if r.key == fig.key and r.scope == twin.scope and r.kind == twin.kind
                  and r.kind in YEAR_KINDS]
        promoted = _promote(fig, twin, text, sections)
        if promoted is None:
            continue
        if rivals:
            warnings.append(_disagreement(rivals[0], fig))
            continue
        merged = [promoted if r is twin else r for r in merged]
    return merged, warnings


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
    return next((r for r in rules if r.kind != "zero_claim" and r.span[0] <= q.start and q.end <= r.span[1]), None)


def _promote(fig: Figure, twin: Figure, text: str, sections: list[Section]) -> Figure | None:
    """The rules' unkeyed twin with fig's key, when the deterministic readers agree with it."""
    lex = lexicon()
    ind = lex.indicator(fig.key)
    if ind is None or twin.kind != fig.kind or twin.unit not in ind.units:
        return None
    if not cue_near(ind, twin, text, sections, lex):
        return None
    return twin.model_copy(update={"key": ind.key, "label": ind.label, "source": "llm"})


def cue_near(ind: Indicator, twin: Figure, text: str, sections: list[Section], lex: Lexicon) -> bool:
    """The key's name or a synonym in the words next to the number (its lead and tail), and,
    when every cue of the key needs a domain, the sentence in one of those domains."""
    end = twin.span[1]
    tail_end = context.clause_end(text, end, context.sentence_end(text, end))
    digit = _DIGIT.search(text, end, tail_end)
    near = twin.quote + text[end:digit.start() if digit else tail_end]
    if not any(word.search(near) for word in ind.words):
        return False
    wanted = ind.cue_domains
    if wanted is None:
        return True
    sec = section_at(sections, twin.span[0])
    s_start = context.sentence_start(text, twin.span[0], sec.span[0] if sec else 0)
    domain = lex.domains.last_in(text[s_start:twin.span[1]]) or lex.domains.last_in(sec.heading or "" if sec else "")
    return domain in wanted


def _disagreement(rule: Figure, fig: Figure) -> str:
    return (f"{fig.key}: rules read {rule.value:g}{rule.unit} (“{rule.quote}”), "
            f"llm read {fig.value:g}{fig.unit} (“{fig.quote}”); kept the rules' figure")
