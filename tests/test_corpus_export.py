"""`fgqa export`: the wide CSV equals `fgqa summarize --format json` cell for cell, opens in
a spreadsheet with Chinese intact; XLSX has Chinese labels over keys, frozen; nothing a user
had is overwritten."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fgqa.corpus.index import index

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "evals" / "corpus"
SOME = ["a_city_plain.txt", "b_district_chrome.html", "c_town_oneline_gbk.txt", "g_district_cnnumerals.html",
        "j_township_plain.txt", "n_town_subpart.txt"]
YEAR_KINDS = {"stated", "derived", "zero_claim"}


def fgqa(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FGQA_")}
    return subprocess.run([sys.executable, "-m", "fgqa.cli", *args], capture_output=True, cwd=cwd, env=env, timeout=300)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    (root / "reports").mkdir()
    for name in SOME:
        shutil.copy(FIXTURES / name, root / "reports" / name)
    result = index([str(root / "reports")], db=root / "c.sqlite", jobs=1)
    assert len(result.indexed) == len(SOME)
    return root


def test_wide_csv_equals_summarize_json_and_keeps_chinese(corpus: Path):
    out = fgqa("export", "--db", "c.sqlite", "--format", "csv", "-o", "wide.csv", cwd=corpus)
    assert out.returncode == 0, out.stderr
    raw = (corpus / "wide.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == len(SOME)
    indicator_columns = [c for c in rows[0] if "." in c and not c.startswith("part.") and not c.endswith(":kind")]
    assert "litigation.loss_rate" in indicator_columns
    checked = 0
    for row in rows:
        summary = json.loads(fgqa("summarize", row["path"], "--format", "json", cwd=corpus).stdout)
        assert row["issuer"] == (summary["meta"]["issuer"] or "") and row["year"] == str(summary["meta"]["year"] or "")
        assert "人民政府" in row["issuer"] or "镇" in row["issuer"] or "乡" in row["issuer"]  # Chinese intact
        for part, status in summary["parts"].items():
            assert row[f"part.{part}"] == str(int(status["present"]))
        for key in indicator_columns:
            # the cell is the summary's primary figure of the key (the report's own), empty when none
            own = [f for f in summary["indicators"] if f["key"] == key and f["primary"]]
            assert len(own) <= 1, (row["path"], key)
            assert all(f["kind"] in YEAR_KINDS for f in own)
            if row[key] == "":
                assert own == [], (row["path"], key)  # empty only when the report gives no such figure
                continue
            cell = float(row[key])
            assert own and float(own[0]["value"]) == cell and own[0]["kind"] == row[f"{key}:kind"], (row["path"], key, cell)
            checked += 1
    assert checked > 50
    quotes = list(csv.DictReader(io.StringIO((corpus / "wide.quotes.csv").read_text(encoding="utf-8-sig"))))
    assert len(quotes) == checked
    texts = {}
    for q in quotes:
        text = texts.setdefault(q["path"], fgqa("clean", q["path"], cwd=corpus).stdout.decode())
        assert text[int(q["span_start"]):int(q["span_end"])] == q["quote"]


def test_xlsx_has_chinese_labels_keys_in_a_second_row_and_a_frozen_header(corpus: Path):
    from openpyxl import load_workbook

    out = fgqa("export", "--db", "c.sqlite", "--format", "xlsx", "-o", "wide.xlsx", cwd=corpus)
    assert out.returncode == 0, out.stderr
    book = load_workbook(corpus / "wide.xlsx")
    assert book.sheetnames == ["wide", "quotes"]
    ws = book["wide"]
    labels = [c.value for c in ws[1]]
    keys = [c.value for c in ws[2]]
    assert labels[:2] == ["报告", "发布单位"] and keys[:2] == ["path", "issuer"]
    assert labels[keys.index("litigation.loss_rate")] == "行政诉讼败诉率 (%)"
    assert ws.freeze_panes == "B3"
    assert ws.max_row == 2 + len(SOME)
    assert isinstance(ws.cell(row=3, column=keys.index("year") + 1).value, int)


@pytest.mark.parametrize("table, per_row", [("figures", "quote"), ("parts", "part"), ("sections", "section_id")])
def test_long_tables_as_jsonl(corpus: Path, table: str, per_row: str):
    import sqlite3

    out = fgqa("export", "--db", "c.sqlite", "--format", "jsonl", "--table", table, cwd=corpus)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.decode().splitlines()]
    count = sqlite3.connect(corpus / "c.sqlite").execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    assert len(rows) == count and all(per_row in r for r in rows)


def test_never_overwrites_without_force(corpus: Path):
    (corpus / "mine.csv").write_text("my own work")
    out = fgqa("export", "--db", "c.sqlite", "-o", "mine.csv", cwd=corpus)
    assert out.returncode == 2 and b"mine.csv: exists" in out.stderr and out.stderr.count(b"\n") == 1
    assert (corpus / "mine.csv").read_text() == "my own work"
    (corpus / "other.quotes.csv").write_text("also mine")  # the companion file counts too
    out = fgqa("export", "--db", "c.sqlite", "-o", "other.csv", cwd=corpus)
    assert out.returncode == 2 and not (corpus / "other.csv").exists()
    assert fgqa("export", "--db", "c.sqlite", "-o", "mine.csv", "--force", cwd=corpus).returncode == 0
    assert (corpus / "mine.csv").read_text(encoding="utf-8-sig").startswith("path,issuer")
    assert not list(corpus.glob(".*.part"))


def test_xlsx_needs_a_file_and_a_missing_db_is_one_line(corpus: Path):
    out = fgqa("export", "--db", "c.sqlite", "--format", "xlsx", cwd=corpus)
    assert out.returncode == 2 and b"-o FILE.xlsx" in out.stderr
    out = fgqa("export", "--db", "none.sqlite", cwd=corpus)
    assert out.returncode == 2 and b"no such database" in out.stderr and out.stderr.count(b"\n") == 1
