"""`fgqa export`: the corpus database as CSV, XLSX or JSON Lines.

Tables:
- `wide`: one row per report — path, issuer, region, level, year, published, the report's 文号
  and 索引号, the four parts
  present, then per indicator the year's figure of the report's own scope (value and kind);
  the quotes behind every value go to a second sheet (XLSX) or file (`OUT.quotes.csv`).
- `figures`: one row per figure (quote, span, kind, scope, formula, source …).
- `parts`, `sections`: one row per part / section.

Read from the plain tables with SQL (not by re-validating each summary), so 1,000 reports
export in well under a second. CSV is UTF-8 with a BOM (Excel reads it as UTF-8); XLSX has
Chinese labels in the first header row, the keys in the second, both frozen. An existing
file is never replaced unless `force`, and a file is written whole or not at all.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from fgqa.corpus.db import connect
from fgqa.errors import InputError
from fgqa.figures import primary
from fgqa.models import PART_KEYS

Table = Literal["wide", "figures", "parts", "sections"]
Format = Literal["csv", "xlsx", "jsonl"]

BASE = [("path", "报告"), ("issuer", "发布单位"), ("region", "地区"), ("level", "层级"), ("year", "年度"),
        ("published", "发布日期"), ("doc_number", "文号"), ("index_number", "索引号")]
FIGURE_COLUMNS = [("path", "报告"), ("issuer", "发布单位"), ("year", "年度"), ("indicator", "是否指标"),
                  ("section_id", "章节"), ("key", "指标键"), ("label", "名称"), ("value", "数值"), ("unit", "单位"),
                  ("qualifier", "约数"), ("kind", "类型"), ("scope", "范围"), ("quote", "原文"), ("span_start", "起"),
                  ("span_end", "止"), ("formula", "算式"), ("source", "来源"), ("direction", "方向"), ("period", "统计时段")]
QUOTE_COLUMNS = [("path", "报告"), ("issuer", "发布单位"), ("year", "年度"), ("key", "指标键"), ("label", "名称"),
                 ("value", "数值"), ("unit", "单位"), ("kind", "类型"), ("scope", "范围"), ("quote", "原文"),
                 ("span_start", "起"), ("span_end", "止"), ("formula", "算式")]
PART_COLUMNS = [("path", "报告"), ("issuer", "发布单位"), ("year", "年度"), ("part", "部分"), ("present", "有无"),
                ("heading", "标题"), ("section_ids", "章节"), ("source", "来源")]
SECTION_COLUMNS = [("path", "报告"), ("issuer", "发布单位"), ("year", "年度"), ("section_id", "章节"), ("heading", "标题"),
                   ("level", "层级"), ("part", "部分"), ("span_start", "起"), ("span_end", "止"), ("summary", "摘要")]


class Sheet(BaseModel):
    name: str
    columns: list[tuple[str, str]]  # (key, Chinese label)
    rows: list[dict[str, Any]]


class ExportResult(BaseModel):
    written: list[str]
    rows: int


# --------------------------------------------------------------------------- choosing a report's figure


def own_year_figure(figures: Iterable[Any], text: str | None = None, issuer: str | None = None, *,
                    flagged: bool = True) -> Any | None:
    """The year's figure of the report's own scope among one key's figures: the one marked
    `primary` (fgqa.figures.primary says how it is chosen) when the figures carry the flag (a
    database row, a fgqa.summary/3, /4 or /5 figure), else (`flagged=False`: a /2 summary) chosen the same
    way here, the sentence checks with the report's `text`. So `ask` across reports and the
    wide table agree with the summary."""
    if flagged:
        return next((f for f in figures if f.primary), None)
    return primary.own_year_figure(figures, text, issuer)


class _Row:
    """A figures row with the attribute names of a Figure."""

    #: in the order of the SELECT below
    __slots__ = ("doc_id", "key", "label", "value", "unit", "kind", "scope", "quote", "span_start", "span_end", "formula",
                 "primary")
    doc_id: int
    formula: str | None
    key: str
    primary: bool
    kind: str
    label: str
    quote: str
    scope: str | None
    span_end: int
    span_start: int
    unit: str
    value: float

    def __init__(self, row: tuple) -> None:
        for name, value in zip(self.__slots__, row):
            setattr(self, name, value)


# --------------------------------------------------------------------------- building the tables


def _labels() -> dict[str, str]:
    from fgqa.lexicon import lexicon

    return {key: ind.name for key, ind in lexicon().indicators.items()}


def _key_order() -> list[str]:
    from fgqa.lexicon import lexicon

    return list(lexicon().indicators)


def _reports(con: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = con.execute("SELECT d.id, d.path, m.issuer, m.region, m.level, m.year, m.published, m.doc_number, m.index_number "
                       "FROM documents d LEFT JOIN meta m ON m.doc_id = d.id ORDER BY d.path").fetchall()
    return [dict(zip(("doc_id", *(k for k, _ in BASE)), r)) for r in rows]


def _value(v: Any) -> Any:
    """SQLite gives floats for every REAL: 1103.0 was the integer 1103 in the summary."""
    return int(v) if isinstance(v, float) and v.is_integer() else v


def wide_sheets(con: sqlite3.Connection) -> list[Sheet]:
    reports = _reports(con)
    parts: dict[int, dict[str, int]] = {}
    for doc_id, part, present in con.execute("SELECT doc_id, part, present FROM parts"):
        parts.setdefault(doc_id, {})[part] = present
    by_doc: dict[int, dict[str, list[_Row]]] = {}
    for row in con.execute("SELECT doc_id, key, label, value, unit, kind, scope, quote, span_start, span_end, formula, primary_figure "
                           "FROM figures WHERE indicator = 1 AND key IS NOT NULL ORDER BY doc_id, span_start"):
        read = _Row(row)
        by_doc.setdefault(read.doc_id, {}).setdefault(read.key, []).append(read)

    chosen: dict[int, dict[str, _Row]] = {}
    units: dict[str, dict[str, int]] = {}
    for doc_id, keyed in by_doc.items():
        for key, figs in keyed.items():
            fig = own_year_figure(figs)
            if fig is not None:
                chosen.setdefault(doc_id, {})[key] = fig
                units.setdefault(key, {}).setdefault(fig.unit, 0)
                units[key][fig.unit] += 1
    labels = _labels()
    keys = [k for k in _key_order() if k in units] + sorted(k for k in units if k not in labels)

    from fgqa.lexicon import lexicon

    # a part's column is named by its short label (parts.toml)
    columns = list(BASE) + [(f"part.{p}", lexicon().parts[p].label) for p in PART_KEYS]
    for key in keys:
        counted = units[key]
        unit = max(counted, key=lambda u: counted[u]) if counted else ""
        columns += [(key, f"{labels.get(key, key)} ({unit})" if unit else labels.get(key, key)), (f"{key}:kind", "类型")]
    rows, quotes = [], []
    for rep in reports:
        row = {k: rep[k] for k, _ in BASE}
        for p in PART_KEYS:
            row[f"part.{p}"] = parts.get(rep["doc_id"], {}).get(p)
        for key in keys:
            fig = chosen.get(rep["doc_id"], {}).get(key)
            row[key] = _value(fig.value) if fig else None
            row[f"{key}:kind"] = fig.kind if fig else None
            if fig:
                quotes.append({"path": rep["path"], "issuer": rep["issuer"], "year": rep["year"], "key": key,
                               "label": labels.get(key, fig.label), "value": _value(fig.value), "unit": fig.unit,
                               "kind": fig.kind, "scope": fig.scope, "quote": fig.quote, "span_start": fig.span_start,
                               "span_end": fig.span_end, "formula": fig.formula})
        rows.append(row)
    return [Sheet(name="wide", columns=columns, rows=rows), Sheet(name="quotes", columns=QUOTE_COLUMNS, rows=quotes)]


def figures_sheet(con: sqlite3.Connection) -> Sheet:
    names = [k for k, _ in FIGURE_COLUMNS]
    sql = ("SELECT d.path, m.issuer, m.year, f.indicator, f.section_id, f.key, f.label, f.value, f.unit, f.qualifier, f.kind,"
           " f.scope, f.quote, f.span_start, f.span_end, f.formula, f.source, f.direction, f.period"
           " FROM figures f JOIN documents d ON d.id = f.doc_id LEFT JOIN meta m ON m.doc_id = d.id"
           " ORDER BY d.path, f.span_start, f.id")
    rows = [dict(zip(names, r)) for r in con.execute(sql)]
    for r in rows:
        r["value"] = _value(r["value"])
    return Sheet(name="figures", columns=FIGURE_COLUMNS, rows=rows)


def parts_sheet(con: sqlite3.Connection) -> Sheet:
    names = [k for k, _ in PART_COLUMNS]
    order = {p: i for i, p in enumerate(PART_KEYS)}
    sql = ("SELECT d.path, m.issuer, m.year, p.part, p.present, p.heading, p.section_ids, p.source"
           " FROM parts p JOIN documents d ON d.id = p.doc_id LEFT JOIN meta m ON m.doc_id = d.id ORDER BY d.path")
    rows = sorted((dict(zip(names, r)) for r in con.execute(sql)), key=lambda r: (r["path"], order.get(r["part"], 9)))
    return Sheet(name="parts", columns=PART_COLUMNS, rows=rows)


def sections_sheet(con: sqlite3.Connection) -> Sheet:
    names = [k for k, _ in SECTION_COLUMNS]
    sql = ("SELECT d.path, m.issuer, m.year, s.section_id, s.heading, s.level, s.part, s.span_start, s.span_end, s.summary"
           " FROM sections s JOIN documents d ON d.id = s.doc_id LEFT JOIN meta m ON m.doc_id = d.id"
           " ORDER BY d.path, s.span_start")
    return Sheet(name="sections", columns=SECTION_COLUMNS, rows=[dict(zip(names, r)) for r in con.execute(sql)])


def build(db: str | Path, table: Table) -> list[Sheet]:
    con = connect(db)
    try:
        if table == "wide":
            return wide_sheets(con)
        return [{"figures": figures_sheet, "parts": parts_sheet, "sections": sections_sheet}[table](con)]
    finally:
        con.close()


# --------------------------------------------------------------------------- writing


def export(db: str | Path, *, fmt: Format, table: Table = "wide", output: str | Path | None = None,
           force: bool = False, stdout: Any = None) -> ExportResult:
    """Write the table; without `output`, CSV/JSONL go to `stdout` (the main sheet only)."""
    sheets = build(db, table)
    if output is None:
        if fmt == "xlsx":
            raise InputError("an XLSX file needs a name: -o FILE.xlsx")
        stream = stdout
        (_write_jsonl if fmt == "jsonl" else _write_csv)(sheets[0], stream)
        return ExportResult(written=["-"], rows=len(sheets[0].rows))
    output = Path(output)
    targets = [output] if fmt == "xlsx" else [output] + [_companion(output, s.name) for s in sheets[1:]]
    for target in targets:
        if target.exists() and not force:
            raise InputError(f"{target}: exists; fgqa never replaces a file unless you add --force")
        if target.is_dir():
            raise InputError(f"{target}: is a folder; give a file name")
    if fmt == "xlsx":
        _atomic(output, lambda fh: _write_xlsx(sheets, fh), binary=True)
    else:
        writer = _write_jsonl if fmt == "jsonl" else _write_csv
        encoding = "utf-8" if fmt == "jsonl" else "utf-8-sig"  # the BOM makes Excel read the CSV as UTF-8
        for sheet, target in zip(sheets, targets):
            _atomic(target, lambda fh, sheet=sheet: writer(sheet, fh), encoding=encoding)
    return ExportResult(written=[str(t) for t in targets], rows=len(sheets[0].rows))


def _companion(output: Path, name: str) -> Path:
    return output.with_name(f"{output.stem}.{name}{output.suffix or ''}")


def _atomic(target: Path, write, *, binary: bool = False, encoding: str = "utf-8") -> None:
    """Write next to the target, then rename: a failed export leaves no half file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        if binary:
            with os.fdopen(fd, "wb") as fh:
                write(fh)
        else:
            with os.fdopen(fd, "w", encoding=encoding, newline="") as fh:
                write(fh)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_csv(sheet: Sheet, fh) -> None:
    keys = [k for k, _ in sheet.columns]
    writer = csv.writer(fh)
    writer.writerow(keys)
    for row in sheet.rows:
        writer.writerow(["" if row.get(k) is None else row.get(k) for k in keys])


def _write_jsonl(sheet: Sheet, fh) -> None:
    keys = [k for k, _ in sheet.columns]
    for row in sheet.rows:
        fh.write(json.dumps({k: row.get(k) for k in keys}, ensure_ascii=False) + "\n")


def _write_xlsx(sheets: list[Sheet], fh) -> None:
    import xlsxwriter  # lazy: only XLSX export needs it (2.3× faster than openpyxl here)

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
                                        "strings_to_urls": False})  # report text is data: a cell starting with = stays text
    bold = book.add_format({"bold": True})
    grey = book.add_format({"font_color": "#808080", "font_size": 9})
    for sheet in sheets:
        ws = book.add_worksheet(sheet.name)
        ws.freeze_panes(2, 1)  # both header rows and the report column stay in view
        keys = [k for k, _ in sheet.columns]
        ws.write_row(0, 0, [label for _, label in sheet.columns], bold)
        ws.write_row(1, 0, keys, grey)
        for n, row in enumerate(sheet.rows, 2):
            ws.write_row(n, 0, [row.get(k) for k in keys])
    book.close()
    fh.write(buffer.getvalue())
