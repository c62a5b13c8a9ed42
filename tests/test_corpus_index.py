"""`fgqa index`: a folder of reports into SQLite — good ones indexed even beside a corrupt
one, unchanged ones skipped, an interrupted run resumed, the stored summaries equal to
`fgqa summarize`'s."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from fgqa.corpus import db as corpus_db
from fgqa.corpus.index import index
from fgqa.documents import load_document
from fgqa.engines.rules import RulesEngine
from fgqa.pipeline import summarize_document

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "evals" / "corpus"
SOME = ["a_city_plain.txt", "b_district_chrome.html", "e_street_markdown.md", "f_county_utf16.txt", "j_township_plain.txt"]


def fgqa(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FGQA_")}
    return subprocess.run([sys.executable, "-m", "fgqa.cli", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    reports = tmp_path / "reports"
    (reports / "2024").mkdir(parents=True)
    for i, name in enumerate(SOME):
        shutil.copy(FIXTURES / name, reports / ("2024" if i % 2 else "") / name)
    return reports


def test_a_corrupt_file_does_not_stop_the_others_and_exits_1_naming_it(folder: Path, tmp_path: Path):
    (folder / "2024" / "broken.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(200))
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64))
    (folder / "picture.png").write_bytes(b"\x89PNG")  # not a report suffix: not picked up
    out = fgqa("index", "reports", "--db", "c.sqlite", "--jobs", "2", cwd=tmp_path)
    assert out.returncode == 1
    assert "indexed 5, unchanged 0, failed 2" in out.stdout and "c.sqlite" in out.stdout
    assert "failed: reports/2024/broken.pdf: cannot read the PDF" in out.stderr
    assert "failed: reports/old.doc: an old Word file (.doc) is not supported: save as .docx or PDF" in out.stderr
    assert "Traceback" not in out.stderr
    con = sqlite3.connect(tmp_path / "c.sqlite")
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (5,)
    assert {r[0] for r in con.execute("SELECT path FROM failures")} == {"reports/2024/broken.pdf", "reports/old.doc"}


def test_rerun_skips_unchanged_and_reindexes_a_changed_report(folder: Path, tmp_path: Path):
    db = tmp_path / "c.sqlite"
    first = index([str(folder)], db=db, jobs=1)
    assert len(first.indexed) == 5 and not first.failed
    second = index([str(folder)], db=db, jobs=2)
    assert second.indexed == [] and len(second.unchanged) == 5
    changed = folder / "a_city_plain.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n附件:无\n", encoding="utf-8")
    third = index([str(folder)], db=db, jobs=2)
    assert third.indexed == [str(changed)] and len(third.unchanged) == 4
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (5,)
    assert [r[0] for r in con.execute("SELECT indexed, skipped, failed FROM runs ORDER BY id")] == [5, 0, 1]


def test_a_different_engine_or_lexicon_reindexes(folder: Path, tmp_path: Path, monkeypatch):
    db = tmp_path / "c.sqlite"
    index([str(folder)], db=db, jobs=1)
    import fgqa.corpus.index as index_module

    monkeypatch.setattr(index_module, "lexicon_version", lambda: "another-lexicon")
    assert len(index([str(folder)], db=db, jobs=1).indexed) == 5


def test_interrupted_run_keeps_what_it_finished_and_a_rerun_resumes(folder: Path, tmp_path: Path):
    db = tmp_path / "c.sqlite"

    def stop_after_two(event, done, total, failed):
        if event == "done" and done == 2:
            raise KeyboardInterrupt

    first = index([str(folder)], db=db, jobs=1, progress=stop_after_two)
    assert first.interrupted and len(first.indexed) == 2
    second = index([str(folder)], db=db, jobs=2)
    assert len(second.unchanged) == 2 and len(second.indexed) == 3


def test_stored_summaries_equal_summarize_and_jobs_do_not_change_them(folder: Path, tmp_path: Path):
    index([str(folder)], db=tmp_path / "one.sqlite", jobs=1)
    index([str(folder)], db=tmp_path / "two.sqlite", jobs=2)
    one = corpus_db.load_summaries_with_text(tmp_path / "one.sqlite")
    two = corpus_db.load_summaries_with_text(tmp_path / "two.sqlite")
    assert [s.model_dump(exclude={"usage"}) for s, _ in one] == [s.model_dump(exclude={"usage"}) for s, _ in two]
    engine = RulesEngine()
    for summary, text in one:
        doc = load_document(summary.doc.path)
        direct = summarize_document(doc, engine)
        assert text == doc.text
        assert summary.model_dump(exclude={"usage"}) == direct.model_dump(exclude={"usage"})


def test_plain_tables_hold_every_figure_and_part(folder: Path, tmp_path: Path):
    db = tmp_path / "c.sqlite"
    index([str(folder)], db=db, jobs=1)
    con = sqlite3.connect(db)
    for summary, text in corpus_db.load_summaries_with_text(db):
        doc_id = con.execute("SELECT id FROM documents WHERE path = ?", (summary.doc.path,)).fetchone()[0]
        rows = con.execute("SELECT key, value, kind, quote, span_start, span_end FROM figures WHERE doc_id = ? AND indicator = 1",
                           (doc_id,)).fetchall()
        assert sorted(rows, key=repr) == sorted(((f.key, float(f.value), f.kind, f.quote, *f.span) for f in summary.indicators), key=repr)
        assert all(text[s:e] == quote for _, _, _, quote, s, e in rows)
        parts = dict(con.execute("SELECT part, present FROM parts WHERE doc_id = ?", (doc_id,)).fetchall())
        assert parts == {k: int(p.present) for k, p in summary.parts.items()}
        assert con.execute("SELECT issuer, year FROM meta WHERE doc_id = ?", (doc_id,)).fetchone() == (summary.meta.issuer, summary.meta.year)


def test_globs_missing_paths_and_stdin_are_reported(folder: Path, tmp_path: Path):
    db = tmp_path / "c.sqlite"
    result = index([str(folder / "**" / "*.txt"), str(tmp_path / "nowhere"), str(folder / "*.nothing"), "-"], db=db, jobs=1)
    assert sorted(Path(p).name for p in result.indexed) == ["a_city_plain.txt", "f_county_utf16.txt", "j_township_plain.txt"]
    errors = {f.path: f.error for f in result.failed}
    assert errors[str(tmp_path / "nowhere")] == "no such file or folder"
    assert errors[str(folder / "*.nothing")] == "no file matches this pattern"
    assert "standard input cannot be indexed" in errors["-"]


def test_a_missing_or_foreign_database_is_one_line(tmp_path: Path):
    from fgqa.errors import InputError

    with pytest.raises(InputError, match="no such database"):
        corpus_db.load_summaries(tmp_path / "none.sqlite")
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(InputError, match="not an fgqa database"):
        corpus_db.load_summaries(other)
    (tmp_path / "text.sqlite").write_text("hello")
    with pytest.raises(InputError, match="not an fgqa database"):
        corpus_db.load_summaries(tmp_path / "text.sqlite")


def test_schema_document_names_every_table_and_column():
    doc = (ROOT / "docs" / "corpus-db.md").read_text(encoding="utf-8")
    con = sqlite3.connect(":memory:")
    con.executescript(corpus_db.SCHEMA)
    for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        assert f"`{table}`" in doc, table
        for column in con.execute(f"PRAGMA table_info({table})"):
            assert f"`{column[1]}`" in doc, f"{table}.{column[1]}"


def test_progress_bar_on_a_terminal_and_silence_in_a_pipe(folder: Path, tmp_path: Path):
    import io

    from fgqa.corpus.index import TerminalProgress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    screen, pipe = Terminal(), io.StringIO()
    for stream, db in ((screen, "a.sqlite"), (pipe, "b.sqlite")):
        bar = TerminalProgress(stream)
        try:
            index([str(folder)], db=tmp_path / db, jobs=1, progress=bar)
        finally:
            bar.close()
    assert "indexing" in screen.getvalue() and "5/5" in screen.getvalue()
    assert pipe.getvalue() == ""


def test_a_summary_stored_by_another_fgqa_is_one_line_not_a_crash(folder: Path, tmp_path: Path):
    from fgqa.errors import InputError

    db = tmp_path / "c.sqlite"
    index([str(folder)], db=db, jobs=1)
    con = sqlite3.connect(db)
    con.execute("UPDATE documents SET summary_json = replace(summary_json, '\"schema\":\"fgqa.summary/', '\"schema\":\"fgqa.summary/9')")
    con.commit()
    with pytest.raises(InputError, match="indexed by another version of fgqa: run fgqa index again"):
        corpus_db.load_summaries(db)
