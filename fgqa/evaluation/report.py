"""Render run records for people: a terminal report for one run, a Markdown report that
puts several engines side by side (and a comparison with the previous run)."""

from __future__ import annotations

from collections.abc import Sequence

from fgqa.evaluation.classes import by_class
from fgqa.evaluation.compare import Comparison
from fgqa.evaluation.runs import RunRecord
from fgqa.evaluation.scoring import FigureOutcome, Ratio
from fgqa.models import PART_KEYS
from fgqa.text_table import table

WORST_LIMIT = 15
_STATUS_ORDER = {"trap": 0, "missed": 1, "false_positive": 2}


def pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.1f}%"


def ratio(r: Ratio) -> str:
    return f"{r.num}/{r.den} ({pct(r.share)})" if r.den else "—"


def num(x: float | int | None) -> str:
    if x is None:
        return "—"
    return f"{x:g}" if isinstance(x, float) else str(x)


def worst(record: RunRecord, limit: int = WORST_LIMIT) -> list[FigureOutcome]:
    """Traps first, then missed rates (the figures people ask for), other misses, false positives."""
    bad = [o for o in record.outcomes if o.status != "found"]
    return sorted(bad, key=lambda o: (_STATUS_ORDER[o.status], not o.key.endswith("_rate"), o.doc, o.key))[:limit]


def _title(record: RunRecord) -> str:
    p = record.provenance
    model = f", model {p.model}" if p.model else ""
    commit = (p.git_commit or "no commit")[:10]
    return (f"gold set {record.gold_set.name} ({record.gold_set.hash[:8]}), engine {p.engine} ({p.mode}{model}), "
            f"{commit}, {record.created}")


def _headline_rows(record: RunRecord) -> list[tuple[str, str]]:
    fig, qa, u = record.scores.figures, record.scores.qa, record.usage
    o = fig.overall
    rows = [
        ("recall", f"{pct(o.recall)} ({o.found}/{o.gold} counted gold figures)"),
        ("precision", f"{pct(o.precision)} ({o.correct}/{o.predicted} counted reported figures)"),
        ("F1", pct(o.f1)),
        ("traps", str(fig.traps)),
        ("parts right", ratio(fig.parts)),
        ("reports with all four parts right", ratio(fig.docs_all_parts_right)),
        ("metadata right (issuer, level, year)", ratio(fig.meta)),
        ("grounding (quote == text[span])", ratio(fig.grounding)),
        ("value accuracy (unit + qualifier)", ratio(fig.value_accuracy)),
        ("QA accuracy", ratio(qa.overall) + (f", {qa.skipped} skipped" if qa.skipped else "")),
        ("QA wrong (a confident wrong number or yes/no)", ratio(qa.wrong)),
        ("QA abstained (\"not in this report\" where gold answers)", str(qa.abstained)),
    ]
    if u.calls or u.rejected_figures or u.rejected_text:
        cache = f", cache hits {pct(record.provenance.cache_hit_rate)}" if record.provenance.cache_hit_rate is not None else ""
        rows.append(("usage", f"{u.calls} calls ({u.cached_calls} cached{cache}), {u.tokens} tokens, "
                              f"{u.rejected_figures} rejected figures, {u.rejected_text} rejected sentences, {u.seconds:g}s"))
    return rows


def _outcome_row(o: FigureOutcome) -> list[str]:
    return [o.status, o.doc[:3], o.key, o.scope or "", num(o.gold_value), num(o.predicted_value), o.quote]


# --------------------------------------------------------------------------- text


def render_text(record: RunRecord) -> str:
    fig, qa = record.scores.figures, record.scores.qa
    out = [f"fgqa evaluation: {_title(record)}", ""]
    out.append(table(["metric", "value"], [list(r) for r in _headline_rows(record)], [36, 80]))
    out += ["", "Per report"]
    out.append(table(["doc", "recall", "precision", "F1", "traps", "parts", "grounding"],
                     [[d.doc, pct(d.recall), pct(d.precision), pct(d.f1), str(d.traps), f"{d.parts_correct}/4",
                       ratio(d.grounding)] for d in record.docs], [28, 8, 9, 8, 5, 5, 20]))
    out += ["", "Per key"]
    out.append(table(["key", "gold", "found", "recall", "reported", "correct", "precision", "F1"],
                     [[k, str(t.gold), str(t.found), pct(t.recall), str(t.predicted), str(t.correct), pct(t.precision),
                       pct(t.f1)] for k, t in fig.per_key.items()], [34, 4, 5, 7, 8, 7, 9, 7]))
    classes = by_class(record.outcomes)
    if any(c["missed"] or c["trap"] or c["false_positive"] for c in classes.values()):
        out += ["", "Misses by failure class (the gold's `class`, else read from the quote)"]
        out.append(table(["class", "found", "missed", "traps", "false positives"],
                         [[name, str(c["found"]), str(c["missed"]), str(c["trap"]), str(c["false_positive"])]
                          for name, c in classes.items()], [20, 6, 7, 6, 16]))
    out += ["", "Parts detected correctly"]
    out.append(table(["part", "right"], [[p, ratio(fig.per_part.get(p, Ratio()))] for p in PART_KEYS]))
    wrong_meta = [[d.doc, "; ".join(d.meta_wrong)] for d in record.docs if d.meta_wrong]
    if wrong_meta:
        out += ["", "Metadata differing from gold"]
        out.append(table(["doc", "field: reported ≠ gold"], wrong_meta, [28, 90]))
    out += ["", "QA by answer type"]
    out.append(table(["type", "accuracy"], [[t, ratio(r)] for t, r in qa.by_type.items()]
                     + [["cross-report", ratio(qa.cross_report)], ["skipped", str(qa.skipped)]]))
    traps = [o for o in record.outcomes if o.status == "trap"]
    if traps:
        out += ["", "Traps (a change/target/benchmark reported as the year's figure)"]
        out.append(table(["doc", "key", "reported", "quote", "gold"],
                         [[o.doc[:3], o.key, num(o.predicted_value), o.quote, o.note] for o in traps], [4, 32, 8, 40, 40]))
    bad = worst(record)
    if bad:
        out += ["", f"Worst misses (top {WORST_LIMIT})"]
        out.append(table(["status", "doc", "key", "scope", "gold", "reported", "quote"],
                         [_outcome_row(o) for o in bad], [14, 4, 32, 16, 8, 8, 48]))
    if record.grounding_failures:
        out += ["", "Grounding failures"]
        out.append(table(["doc", "key", "quote", "text at span"],
                         [[f.doc[:3], f.key or f.label, f.quote, f.text_at_span] for f in record.grounding_failures[:20]]))
    failed_qa = [r for r in record.qa if r.status == "fail"]
    if failed_qa:
        out += ["", "QA failures"]
        failed_qa.sort(key=lambda r: (r.failure != "wrong", r.id))  # confident wrong answers first
        out.append(table(["id", "doc", "failure", "question", "got", "why"],
                         [[r.id, r.doc[:3], r.failure or "", r.question, r.got, r.reason] for r in failed_qa],
                         [9, 3, 10, 30, 36, 40]))
    return "\n".join(out) + "\n"


def render_json(record: RunRecord) -> str:
    return record.model_dump_json(indent=2)


# --------------------------------------------------------------------------- markdown


def _cell(s: object) -> str:
    return str(s).replace("|", "\\|").replace("\n", " ")


def _md_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(_cell(h) for h in headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _label(record: RunRecord) -> str:
    p = record.provenance
    return f"{p.engine} ({p.mode})"


def render_markdown(records: list[RunRecord], comparisons: Sequence[Comparison] = ()) -> str:
    if not records:
        return "# fgqa evaluation\n\nNo runs.\n"
    labels = [_label(r) for r in records]
    out = ["# fgqa evaluation", ""]
    out += [f"- {_title(r)}" for r in records] + [""]

    out += ["## Headline", ""]
    names = list(dict.fromkeys(name for r in records for name, _ in _headline_rows(r)))
    cells = {lab: dict(_headline_rows(r)) for lab, r in zip(labels, records)}
    out += [_md_table(["metric", *labels], [[n, *(cells[lab].get(n, "—") for lab in labels)] for n in names]), ""]

    out += ["## Per key (precision / recall / F1)", ""]
    keys = sorted({k for r in records for k in r.scores.figures.per_key})
    headers = ["key", *(f"{lab} {m}" for lab in labels for m in ("P", "R", "F1"))]
    rows = []
    for k in keys:
        row: list[object] = [k]
        for r in records:
            t = r.scores.figures.per_key.get(k)
            row += [pct(t.precision), pct(t.recall), pct(t.f1)] if t else ["—"] * 3
        rows.append(row)
    out += [_md_table(headers, rows), ""]

    out += ["## Parts detected correctly", ""]
    out += [_md_table(["part", *labels], [[p, *(ratio(r.scores.figures.per_part.get(p, Ratio())) for r in records)]
                                         for p in PART_KEYS]), ""]

    out += ["## QA by answer type", ""]
    types = sorted({t for r in records for t in r.scores.qa.by_type})
    qa_rows: list[list[object]] = [[t, *(ratio(r.scores.qa.by_type.get(t, Ratio())) for r in records)] for t in types]
    qa_rows.append(["cross-report", *(ratio(r.scores.qa.cross_report) for r in records)])
    qa_rows.append(["skipped", *(r.scores.qa.skipped for r in records)])
    out += [_md_table(["type", *labels], qa_rows), ""]

    for lab, r in zip(labels, records):
        traps = [o for o in r.outcomes if o.status == "trap"]
        out += [f"## Traps: {lab}", ""]
        out += [_md_table(["doc", "key", "reported", "quote", "gold"],
                          [[o.doc, o.key, num(o.predicted_value), o.quote, o.note] for o in traps]) if traps else "None.", ""]
        bad = worst(r)
        out += [f"## Worst misses: {lab} (top {WORST_LIMIT})", ""]
        out += [_md_table(["status", "doc", "key", "scope", "gold", "reported", "quote"], [_outcome_row(o) for o in bad])
                if bad else "None.", ""]

    for comparison in comparisons:
        out += [render_comparison_markdown(comparison)]
    return "\n".join(out).rstrip() + "\n"


def render_comparison_markdown(c: Comparison) -> str:
    out = [f"## {c.engine}: compared with the previous run ({c.old_created} → {c.new_created})", ""]
    out += [_md_table(["metric", "old", "new", "delta", ""],
                      [[m.name, num(m.old), num(m.new), num(m.delta), "REGRESSED" if m.regressed else ""]
                       for m in c.metrics]), ""]
    out.append(f"{c.regressed} regressed, {c.fixed} fixed, {c.unchanged} unchanged.")
    if c.changes:
        out += ["", _md_table(["change", "item", "doc", "key", "gold", "old", "new", "quote"],
                              [[ch.change, ch.item, ch.doc, ch.key, num(ch.gold_value) if isinstance(ch.gold_value, (int, float))
                                else ch.gold_value, ch.old_value if ch.old_value is not None else ch.old_status,
                                ch.new_value if ch.new_value is not None else ch.new_status, ch.quote]
                               for ch in c.changes])]
    return "\n".join(out) + "\n"
