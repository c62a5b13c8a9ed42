"""documents → sections → figures → summary: the one path every engine goes through.

Engines only propose figures and summaries. Grounding, derived rates, deduplication and
the part warnings happen here, once, so the engines share them.
"""

from __future__ import annotations

import time

from fgqa.engines.base import Engine, OutlineProposal
from fgqa.engines.summaries import summarize_report
from fgqa.figures.checks import bound_warnings, conflict_warnings
from fgqa.figures.derive import (
    derive_all_of,
    derive_rates,
    derive_shares,
    derive_totals,
    restated_breakdowns,
    unkey_bounded_restatements,
    unkey_breakdown_parts,
    unkey_parts_of_stated_totals,
)
from fgqa.figures.grounding import check_grounded
from fgqa.figures.primary import mark_primary
from fgqa.figures.units import to_taxonomy_unit
from fgqa.lexicon import lexicon
from fgqa.models import PART_KEYS, Document, Figure, Meta, Summary
from fgqa.sections import Outline, move_to_part, outline


def summarize_document(doc: Document, engine: Engine) -> Summary:
    started = time.perf_counter()
    structure = outline(doc.text)
    sections = structure.sections
    result = engine.extract(doc, sections)
    usage = result.usage.model_copy()
    warnings = list(result.warnings)
    meta = doc.meta
    if result.outline is not None:
        meta, filled = apply_outline(result.outline, structure, meta)
        warnings += filled

    figures: list[Figure] = []
    for fig in result.figures:
        problem = check_grounded(fig, doc.text)
        if problem is None:
            figures.append(in_taxonomy_unit(fig))
        else:
            usage.rejected_figures += 1
    figures = unkey_bounded_restatements(unkey_parts_of_stated_totals(figures, doc.text))
    totals = derive_totals(figures, doc.text)
    figures = unkey_breakdown_parts(figures, totals + restated_breakdowns(figures, doc.text)) + totals
    figures += derive_all_of(figures, doc.text)
    rates, rate_warnings = derive_rates(figures, doc.text)
    figures += rates + derive_shares(figures, doc.text)
    warnings += rate_warnings + bound_warnings(figures) + conflict_warnings(figures)
    figures.sort(key=lambda f: (f.span[0], f.span[1]))
    figures = mark_primary(figures, doc.text, meta.issuer)

    by_section: dict[str, list[Figure]] = {}
    for fig in figures:
        by_section.setdefault(fig.section_id or "", []).append(fig)
    for sec in sections:
        sec.summary = result.summaries.get(sec.id, "")
        sec.figures = by_section.get(sec.id, [])

    for key in PART_KEYS:
        if not structure.parts[key].present:
            warnings.append(f"part missing: {key} ({lexicon().parts[key].name})")
    if meta.year is None:
        warnings.append("year reported on not found")
    usage.seconds = round(time.perf_counter() - started, 4)
    summary = Summary(
        engine=engine.name,
        doc=doc.info,
        meta=meta,
        parts=structure.parts,
        sections=sections,
        indicators=indicators_of(figures),
        warnings=warnings,
        usage=usage,
    )
    summary.overview = summarize_report(summary)
    return summary


def apply_outline(proposal: OutlineProposal, structure: Outline, meta: Meta) -> tuple[Meta, list[str]]:
    """Fill what the rules left empty with an engine's checked proposal; say what was filled."""
    notes: list[str] = []
    fills: dict[str, str | int] = {name: value for name, value in proposal.meta.items() if getattr(meta, name) is None}
    for name, value in fills.items():
        notes.append(f"llm outline: {name} “{value}” read by the model (the rules found none)")
    for part, section_id in proposal.parts.items():
        problem = move_to_part(structure.sections, structure.parts, section_id, part, source="llm")
        if problem:
            notes.append(f"llm outline: not used: {part}: {problem}")
        else:
            heading = structure.parts[part].heading or section_id
            notes.append(f"llm outline: the {part} part is section {section_id} “{heading}” (the rules found none)")
    return meta.model_copy(update=fills), notes


def in_taxonomy_unit(fig: Figure) -> Figure:
    """A keyed figure in the taxonomy's unit (1.5亿元 → 15000 万元); its quote still says 1.5亿元."""
    if fig.key is None:
        return fig
    value, unit = to_taxonomy_unit(fig.value, fig.unit)
    return fig if unit == fig.unit else fig.model_copy(update={"value": value, "unit": unit})


def indicators_of(figures: list[Figure]) -> list[Figure]:
    """Keyed figures, each fact once (a report often repeats a figure in two parts)."""
    seen: set[tuple] = set()
    out = []
    for fig in figures:
        if fig.key is None:
            continue
        ident = (fig.key, fig.value, fig.kind, fig.scope)
        if ident in seen:
            continue
        seen.add(ident)
        out.append(fig)
    return out
