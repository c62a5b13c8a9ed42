"""Terminal output for answers over several reports, with rich: tables as wide as the
terminal, CJK characters counted as two columns, long cells wrapped, reports named by
issuer and year, indicator keys in Chinese, values coloured by kind (NO_COLOR and pipes
get plain text: rich checks both)."""

from __future__ import annotations

from typing import Any, cast

from fgqa.lexicon import lexicon
from fgqa.models import Kind
from fgqa.render.answers import TYPE_ZH

KIND_STYLE = {"stated": "green", "derived": "yellow", "zero_claim": "cyan", "change": "magenta", "target": "blue",
              "benchmark": "dim"}


def console():
    import os
    import sys

    from rich.console import Console

    # a pipe gets the full lines (no terminal to fit), a terminal its own width
    width = None if sys.stdout.isatty() else int(os.environ.get("COLUMNS", "160"))
    return Console(width=width, highlight=False, soft_wrap=False)


def _kind(kind: str | None) -> str:
    if not kind:
        return ""
    style = KIND_STYLE.get(kind, "")
    labels = lexicon().kinds.labels  # a kind read back from the database may be one fgqa no longer writes
    label = labels[cast(Kind, kind)].label if kind in labels else kind
    return f"[{style}]{label}[/{style}]" if style else label


def _value(value: Any, unit: str | None, kind: str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = f"{value}{unit or ''}"
    style = KIND_STYLE.get(kind or "", "")
    return f"[{style}]{text}[/{style}]" if style else text


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text or "")


def render_answer(answer: Any, *, names: dict[str, str] | None = None, out=None) -> None:
    from fgqa.corpus.questions import CorpusAnswer

    out = out or console()
    if isinstance(answer, CorpusAnswer):
        render_corpus_answer(answer, out)
    else:
        render_answer_set(answer, names or {}, out)


def render_answer_set(answers: Any, names: dict[str, str], out) -> None:
    from rich.table import Table

    if len(answers.answers) == 1:
        from fgqa.render.answers import render_text

        out.print(_escape(render_text(answers)))
        return
    out.print(f"问: {_escape(answers.question)}")
    table = Table(show_lines=False, expand=False, pad_edge=False)
    for name, ratio in (("报告", 2), ("回答", 1), ("值", 1), ("类型", 1), ("说明", 3), ("出处", 4)):
        table.add_column(name, ratio=ratio, overflow="fold")
    for a in answers.answers:
        table.add_row(_escape(names.get(a.doc, a.doc)), TYPE_ZH.get(a.answer_type, a.answer_type),
                      _value(a.value, a.unit, a.kind) if not isinstance(a.value, bool) else ("是" if a.value else "否"),
                      _kind(a.kind), _escape(a.text), _escape(a.citations[0].quote if a.citations else ""))
    out.print(table)


def render_corpus_answer(answer: Any, out) -> None:
    from rich.table import Table

    out.print(f"问: {_escape(answer.question)}")
    out.print(f"[bold]答: {_escape(answer.result)}[/bold]")
    table = Table(pad_edge=False)
    show_rank = answer.operation == "rank"
    show_match = answer.operation == "filter"
    if show_rank:
        table.add_column("名次", justify="right")
    if show_match:
        table.add_column("符合")
    table.add_column("报告", ratio=2, overflow="fold")
    if answer.key:
        table.add_column(_escape(answer.label or answer.key), justify="right")
        table.add_column("类型")
    if answer.operation == "aggregate" and answer.by:
        table.add_column("层级" if answer.by == "level" else "年度")
    table.add_column("出处 / 说明", ratio=4, overflow="fold")
    from fgqa.corpus.questions import LEVEL_ZH

    for item in answer.items:
        row = []
        if show_rank:
            row.append(str(item.rank) if item.rank else "-")
        if show_match:
            row.append({True: "[green]是[/green]", False: "否", None: "[dim]?[/dim]"}[item.matches])
        row.append(_escape(item.report))
        if answer.key:
            row += [_value(item.value, item.unit, item.kind) or "[dim]未披露[/dim]", _kind(item.kind)]
        if answer.operation == "aggregate" and answer.by:
            row.append(LEVEL_ZH.get(item.level or "", "-") if answer.by == "level" else str(item.year or "-"))
        note = item.citation.quote if item.citation else item.note
        if item.formula:
            note = f"{note} (推算: {item.formula})"
        row.append(_escape(note))
        table.add_row(*row)
    out.print(table)
