"""The corpus database: one SQLite file, a plain documented schema (docs/corpus-db.md).

Plain tables a researcher can open with sqlite3, pandas or Datasette (meta, parts,
sections, figures, warnings, one row per fact), plus each report's full `fgqa.summary`
JSON and clean text in `documents`, so fgqa itself reads back exactly what it stored.
Only the indexing process writes; every report is written in one transaction of its own.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from fgqa.errors import InputError
from fgqa.models import Summary

SCHEMA_VERSION = 3  # 2 added figures.primary_figure, 3 meta.doc_number and meta.index_number
#: an older schema brought to this one in place by adding what it lacks (no row is lost; the new
#: columns stay empty until `fgqa index` reads the reports again, which it does: the rules changed)
_MIGRATIONS: dict[int, tuple[str, ...]] = {
    2: ("ALTER TABLE meta ADD COLUMN doc_number TEXT", "ALTER TABLE meta ADD COLUMN index_number TEXT"),
}
DEFAULT_DB = "fgqa.sqlite"

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY,
  started TEXT NOT NULL, finished TEXT,
  fgqa_version TEXT NOT NULL, lexicon_version TEXT NOT NULL, engine TEXT NOT NULL,
  sources TEXT NOT NULL,                  -- JSON list of the PATH arguments
  indexed INTEGER DEFAULT 0, skipped INTEGER DEFAULT 0, failed INTEGER DEFAULT 0,
  seconds REAL
);
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,              -- as given: a file path, a URL, or '-'
  sha256 TEXT NOT NULL,                   -- of the bytes read
  format TEXT,                            -- pdf, docx, html, markdown, text
  chars INTEGER NOT NULL,                 -- length of the clean text
  engine TEXT NOT NULL, fgqa_version TEXT NOT NULL, lexicon_version TEXT NOT NULL,
  run_id INTEGER REFERENCES runs(id),
  indexed_at TEXT NOT NULL,
  seconds REAL,                           -- time to read and summarize
  text TEXT NOT NULL,                     -- the clean text every span indexes into
  summary_json TEXT NOT NULL              -- the fgqa.summary JSON (/5 now)
);
CREATE TABLE IF NOT EXISTS meta (
  doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  issuer TEXT, region TEXT, level TEXT, year INTEGER, published TEXT, signed TEXT, title TEXT,
  doc_number TEXT, index_number TEXT      -- the report's own 文号 and its page's 索引号
);
CREATE TABLE IF NOT EXISTS parts (
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  part TEXT NOT NULL,                     -- measures, shortcomings, leadership, plans
  present INTEGER NOT NULL, heading TEXT, section_ids TEXT, source TEXT,
  PRIMARY KEY (doc_id, part)
);
CREATE TABLE IF NOT EXISTS sections (
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  section_id TEXT NOT NULL, heading TEXT, level INTEGER, part TEXT,
  span_start INTEGER, span_end INTEGER, summary TEXT,
  PRIMARY KEY (doc_id, section_id)
);
CREATE TABLE IF NOT EXISTS figures (
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  indicator INTEGER NOT NULL,             -- 1: one of the report's indicators (each keyed fact once)
  section_id TEXT, key TEXT, label TEXT, value REAL, unit TEXT, qualifier TEXT, kind TEXT,
  scope TEXT, quote TEXT, span_start INTEGER, span_end INTEGER, formula TEXT, source TEXT,
  direction TEXT, period TEXT,
  primary_figure INTEGER NOT NULL DEFAULT 0  -- 1: the report's own figure of its key (Figure.primary)
);
CREATE INDEX IF NOT EXISTS figures_doc ON figures(doc_id);
CREATE INDEX IF NOT EXISTS figures_key ON figures(key, kind);
CREATE TABLE IF NOT EXISTS warnings (
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  n INTEGER NOT NULL, message TEXT NOT NULL,
  PRIMARY KEY (doc_id, n)
);
CREATE TABLE IF NOT EXISTS failures (
  path TEXT PRIMARY KEY, sha256 TEXT, error TEXT NOT NULL,
  run_id INTEGER REFERENCES runs(id), failed_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS info (name TEXT PRIMARY KEY, value TEXT);
"""

_FIGURE_COLUMNS = ("doc_id", "indicator", "section_id", "key", "label", "value", "unit", "qualifier", "kind", "scope",
                   "quote", "span_start", "span_end", "formula", "source", "direction", "period", "primary_figure")


def connect(path: str | Path, *, create: bool = False) -> sqlite3.Connection:
    """Open the corpus database; `create` makes it (and its schema) when it does not exist."""
    path = Path(path)
    if not create and not path.is_file():
        raise InputError(f"{path}: no such database (make one with: fgqa index FOLDER --db {path})")
    if path.exists() and not path.is_file():
        raise InputError(f"{path}: not a database file")
    try:
        con = sqlite3.connect(str(path), timeout=30)
        con.execute("PRAGMA foreign_keys = ON")
        # WAL + NORMAL: a commit survives the process being killed (Ctrl-C) without an fsync
        # per report; only a power cut may lose the last reports, which a rerun redoes
        con.execute("PRAGMA synchronous = NORMAL")
        if create and not _has_tables(con):
            con.execute("PRAGMA journal_mode = WAL")  # readers (view, export) never block the indexer
            con.executescript(SCHEMA)
            con.execute("INSERT OR IGNORE INTO info VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            con.commit()
        else:
            _check_schema(con, path)
            if create:
                con.executescript(SCHEMA)  # a table or index added without a schema change
    except sqlite3.DatabaseError as exc:
        raise InputError(f"{path}: not an fgqa database ({exc})") from None
    return con


def _check_schema(con: sqlite3.Connection, path: Path) -> None:
    try:
        row = con.execute("SELECT value FROM info WHERE name = 'schema_version'").fetchone()
    except sqlite3.DatabaseError:
        row = None
    if row is None:
        raise InputError(f"{path}: not an fgqa database (no schema version)")
    version = int(row[0])
    while version in _MIGRATIONS and version < SCHEMA_VERSION:
        version = _migrate(con, path, version)
    if version != SCHEMA_VERSION:
        raise InputError(f"{path}: database schema {row[0]}, this fgqa reads {SCHEMA_VERSION}: re-index into a new file")


def _has_tables(con: sqlite3.Connection) -> bool:
    return con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").fetchone() is not None


def _migrate(con: sqlite3.Connection, path: Path, version: int) -> int:
    """Bring a database of schema `version` to the next one, in one transaction (all or nothing)."""
    try:
        with con:
            con.execute("BEGIN")  # the columns and the version together (sqlite3 opens none before DDL)
            for statement in _MIGRATIONS[version]:
                con.execute(statement)
            con.execute("UPDATE info SET value = ? WHERE name = 'schema_version'", (str(version + 1),))
    except sqlite3.OperationalError as exc:
        raise InputError(f"{path}: database schema {version} needs upgrading to {SCHEMA_VERSION} in place, "
                         f"which failed ({exc}): make the file writable, or re-index into a new file") from None
    return version + 1


def stored_keys(con: sqlite3.Connection) -> dict[str, tuple[str, str, str, str]]:
    """path → (sha256, engine, fgqa version, lexicon version) of every indexed report."""
    rows = con.execute("SELECT path, sha256, engine, fgqa_version, lexicon_version FROM documents")
    return {path: (sha, engine, fv, lv) for path, sha, engine, fv, lv in rows}


class Prepared:
    """One report's rows, made where it was summarized (a worker process): the writer
    only inserts them. Plain tuples and strings, cheap to send between processes."""

    __slots__ = ("path", "sha256", "fmt", "chars", "engine", "text", "summary_json", "meta", "parts", "sections",
                 "figures", "warnings")

    def __init__(self, summary: Summary, text: str, fmt: str | None) -> None:
        self.path, self.sha256, self.fmt, self.chars = summary.doc.path, summary.doc.sha256, fmt, summary.doc.chars
        self.engine, self.text = summary.engine, text
        self.summary_json = summary.model_dump_json(by_alias=True)
        m = summary.meta
        self.meta = (m.issuer, m.region, m.level, m.year, m.published, m.signed, m.title, m.doc_number, m.index_number)
        self.parts = [(key, int(p.present), p.heading, json.dumps(p.section_ids), p.source) for key, p in summary.parts.items()]
        self.sections = [(s.id, s.heading, s.level, s.part, s.span[0], s.span[1], s.summary) for s in summary.sections]
        indicator_ids = {_figure_identity(f) for f in summary.indicators}
        rows, seen = [], set()
        for sec in summary.sections:
            for f in sec.figures:
                ident = _figure_identity(f)
                seen.add(ident)
                rows.append(_figure_row(f, ident in indicator_ids))
        rows += [_figure_row(f, True) for f in summary.indicators if _figure_identity(f) not in seen]
        self.figures = rows
        self.warnings = list(enumerate(summary.warnings))


def write_report(con: sqlite3.Connection, report: Prepared | Summary, text: str | None = None, *, fmt: str | None = None,
                 run_id: int, fgqa_version: str, lexicon_version: str, indexed_at: str, seconds: float) -> int:
    """Replace one report's rows, all in one transaction (committed here)."""
    if isinstance(report, Summary):
        report = Prepared(report, text or "", fmt)
    r = report
    with con:
        con.execute("DELETE FROM documents WHERE path = ?", (r.path,))
        con.execute("DELETE FROM failures WHERE path = ?", (r.path,))
        cur = con.execute(
            "INSERT INTO documents (path, sha256, format, chars, engine, fgqa_version, lexicon_version, run_id, indexed_at,"
            " seconds, text, summary_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (r.path, r.sha256, r.fmt, r.chars, r.engine, fgqa_version, lexicon_version, run_id, indexed_at, seconds,
             r.text, r.summary_json))
        doc_id = cur.lastrowid
        assert doc_id is not None  # an INSERT always sets it
        con.execute("INSERT INTO meta VALUES (?,?,?,?,?,?,?,?,?,?)", (doc_id, *r.meta))
        con.executemany("INSERT INTO parts VALUES (?,?,?,?,?,?)", [(doc_id, *p) for p in r.parts])
        con.executemany("INSERT INTO sections VALUES (?,?,?,?,?,?,?,?)", [(doc_id, *s) for s in r.sections])
        con.executemany(f"INSERT INTO figures ({', '.join(_FIGURE_COLUMNS)}) VALUES ({', '.join('?' * len(_FIGURE_COLUMNS))})",
                        [(doc_id, *f) for f in r.figures])
        con.executemany("INSERT INTO warnings VALUES (?,?,?)", [(doc_id, n, w) for n, w in r.warnings])
    return doc_id


def _figure_identity(f) -> tuple:
    return (f.key, f.value, f.kind, f.span[0], f.span[1], f.formula)


def _figure_row(f, indicator: bool) -> tuple:
    return (int(indicator), f.section_id, f.key, f.label, f.value, f.unit, f.qualifier, f.kind, f.scope,
            f.quote, f.span[0], f.span[1], f.formula, f.source, f.direction, f.period, int(f.primary))


def record_failure(con: sqlite3.Connection, path: str, sha256: str | None, error: str, *, run_id: int, failed_at: str) -> None:
    """A report that could not be read: its error replaces any earlier row of that path
    (a report indexed before stays indexed: its file may be only briefly unreadable)."""
    with con:
        con.execute("INSERT OR REPLACE INTO failures VALUES (?,?,?,?,?)", (path, sha256, error, run_id, failed_at))


def load_summaries_with_text(db: str | Path) -> list[tuple[Summary, str]]:
    """Every stored report as (Summary, clean text), in path order."""
    con = connect(db)
    try:
        rows = con.execute("SELECT summary_json, text, path FROM documents ORDER BY path").fetchall()
    finally:
        con.close()
    from pydantic import ValidationError

    out = []
    for js, text, path in rows:
        try:
            out.append((Summary.model_validate_json(js), text))
        except ValidationError:
            raise InputError(f"{db}: {path} was indexed by another version of fgqa: run fgqa index again") from None
    return out


def load_summaries(db: str | Path) -> list[Summary]:
    return [summary for summary, _ in load_summaries_with_text(db)]
