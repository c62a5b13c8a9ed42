"""The report's own identifiers end to end: its document number (文号) and its page's index number
(索引号) in `fgqa summarize --format json` (fgqa.summary/5), in `fgqa ask`, in the corpus database
and the wide export; an older database is upgraded in place, never lost. The pages are written for
these tests (fictional places and numbers)."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from fgqa.corpus import db as corpus_db
from fgqa.corpus.index import index
from fgqa.errors import InputError

ROOT = Path(__file__).resolve().parents[1]

PAGE = """<html><head><meta charset="utf-8"><title>蒲湾县人民政府</title></head><body>
<div class="nav">首页 | 政务公开 | 互动交流</div>
<table class="xxgk">
<tr><td>索引号:</td><td>PW-0318/2025-00064</td><td>发布机构:</td><td>蒲湾县人民政府</td></tr>
<tr><td>发文字号:</td><td>蒲政报〔2025〕13号</td><td>发布日期:</td><td>2025-03-21</td></tr>
</table>
<h1>蒲湾县人民政府关于2024年度法治政府建设主要成效的报告</h1>
<p>荇州市人民政府:</p>
<p>2024年,蒲湾县人民政府围绕依法行政主线推进各项工作。根据《蒲湾县法治政府建设规划》(蒲发〔2021〕4号)要求,现将有关情况报告如下。</p>
<p>一、主要举措和成效</p>
<p>全年审查县政府文件和合同61件,行政复议纠错率8.5%。</p>
<p>二、县长履行推进法治建设第一责任人职责情况</p>
<p>县长主持召开常务会议专题研究法治政府建设3次。</p>
<p>三、存在的不足</p>
<p>基层执法队伍专业力量仍显不足。</p>
<p>四、下一步工作安排</p>
<p>持续推进执法规范化建设。</p>
<p>蒲湾县人民政府</p><p>2025年3月18日</p>
</body></html>
"""

GAZETTE = """蒲湾县司法局关于2024年法治政府建设工作情况的报告
蒲司报〔2025〕2号
县人民政府:
2024年,我局依照《蒲湾县行政执法监督办法》(蒲政〔2023〕11号)开展执法监督。现将有关情况报告如下。
一、主要工作
全年办理法律援助案件120件。
"""


def fgqa(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FGQA_")}
    return subprocess.run([sys.executable, "-m", "fgqa.cli", *args], capture_output=True, text=True, cwd=cwd, env=env,
                          timeout=300)


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("ids")
    (root / "reports").mkdir()
    (root / "reports" / "puwan_page.html").write_text(PAGE, encoding="utf-8")
    (root / "reports" / "puwan_bureau.txt").write_text(GAZETTE, encoding="utf-8")
    return root


def test_summarize_json_gives_both_identifiers(reports: Path):
    out = fgqa("summarize", "reports/puwan_page.html", "--format", "json", cwd=reports)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["schema"] == "fgqa.summary/5"
    assert data["meta"]["doc_number"] == "蒲政报〔2025〕13号" and data["meta"]["index_number"] == "PW-0318/2025-00064"
    # the cited plan's number is not the report's, and the page's index fields stay out of the text
    assert "蒲政报〔2025〕13号" not in fgqa("clean", "reports/puwan_page.html", cwd=reports).stdout
    text = json.loads(fgqa("summarize", "reports/puwan_bureau.txt", "--format", "json", cwd=reports).stdout)
    assert text["meta"]["doc_number"] == "蒲司报〔2025〕2号" and text["meta"]["index_number"] is None


def test_ask_answers_from_the_metadata_with_its_span_or_the_page_fields(reports: Path):
    out = fgqa("ask", "这份报告的索引号是多少", "reports/puwan_page.html", "--format", "json", cwd=reports)
    answer = json.loads(out.stdout)["answers"][0]
    assert answer["answer_type"] == "text" and answer["points"] == ["PW-0318/2025-00064"]
    assert answer["citations"] == [] and "网页信息栏" in answer["text"]  # only the page's index fields give it
    out = fgqa("ask", "报告的文号是什么", "reports/puwan_bureau.txt", "--format", "json", cwd=reports)
    answer = json.loads(out.stdout)["answers"][0]
    clean = fgqa("clean", "reports/puwan_bureau.txt", cwd=reports).stdout
    (start, end), = [c["span"] for c in answer["citations"]]
    assert answer["points"] == ["蒲司报〔2025〕2号"] and clean[start:end] == "蒲司报〔2025〕2号"
    out = fgqa("ask", "索引号是什么", "reports/puwan_bureau.txt", "--format", "json", cwd=reports)
    assert json.loads(out.stdout)["answers"][0]["answer_type"] == "cannot_answer"


def test_an_older_summary_without_identifiers_reads_them_from_its_text():
    from tests.helpers import summarized

    from fgqa.answers import answer_question
    from fgqa.models import Summary

    doc, summary = summarized(GAZETTE, "bureau.txt", issuer="蒲湾县司法局", year=2024)
    data = json.loads(summary.model_dump_json(by_alias=True))
    data["schema"] = "fgqa.summary/4"
    for field in ("doc_number", "index_number"):
        data["meta"].pop(field)
    old = Summary.model_validate(data)
    assert old.meta.doc_number is None
    assert answer_question("文号是多少", old, doc.text).points == ["蒲司报〔2025〕2号"]


def test_the_database_and_the_wide_export_carry_them(reports: Path):
    result = index([str(reports / "reports")], db=reports / "c.sqlite", jobs=1)
    assert len(result.indexed) == 2 and not result.failed
    con = sqlite3.connect(reports / "c.sqlite")
    rows = dict(con.execute("SELECT d.path, m.doc_number || ' ' || ifnull(m.index_number, '-') FROM meta m"
                            " JOIN documents d ON d.id = m.doc_id"))
    assert {Path(p).name: v for p, v in rows.items()} == {"puwan_page.html": "蒲政报〔2025〕13号 PW-0318/2025-00064",
                                                          "puwan_bureau.txt": "蒲司报〔2025〕2号 -"}
    out = fgqa("export", "--db", "c.sqlite", "--format", "csv", "-o", "wide.csv", cwd=reports)
    assert out.returncode == 0, out.stderr
    wide = list(csv.DictReader(io.StringIO((reports / "wide.csv").read_text(encoding="utf-8-sig"))))
    got = {Path(r["path"]).name: (r["doc_number"], r["index_number"]) for r in wide}
    assert got == {"puwan_page.html": ("蒲政报〔2025〕13号", "PW-0318/2025-00064"), "puwan_bureau.txt": ("蒲司报〔2025〕2号", "")}
    out = fgqa("export", "--db", "c.sqlite", "--format", "xlsx", "-o", "wide.xlsx", cwd=reports)
    assert out.returncode == 0, out.stderr
    from openpyxl import load_workbook

    header = [c.value for c in next(load_workbook(reports / "wide.xlsx")["wide"].iter_rows(max_row=1))]
    assert "文号" in header and "索引号" in header


def _as_schema_2(db: Path) -> None:
    """What a database written before the identifiers looks like: no meta columns for them,
    schema 2, and its reports read by other rules."""
    con = sqlite3.connect(db)
    con.execute("ALTER TABLE meta DROP COLUMN doc_number")
    con.execute("ALTER TABLE meta DROP COLUMN index_number")
    con.execute("UPDATE info SET value = '2' WHERE name = 'schema_version'")
    con.execute("UPDATE documents SET lexicon_version = 'rules-older'")
    con.commit()
    con.close()


def test_a_schema_2_database_is_upgraded_in_place_and_filled_by_the_next_index(reports: Path, tmp_path: Path):
    db = tmp_path / "old.sqlite"
    index([str(reports / "reports")], db=db, jobs=1)
    _as_schema_2(db)
    summaries = corpus_db.load_summaries(db)  # a reader upgrades it: the rows are all there
    assert len(summaries) == 2
    con = sqlite3.connect(db)
    assert con.execute("SELECT value FROM info WHERE name = 'schema_version'").fetchone() == (str(corpus_db.SCHEMA_VERSION),)
    assert con.execute("SELECT count(*) FROM meta WHERE doc_number IS NULL").fetchone() == (2,)
    con.close()
    again = index([str(reports / "reports")], db=db, jobs=1)  # the rules changed: every report is read again
    assert len(again.indexed) == 2
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM meta WHERE doc_number IS NOT NULL").fetchone() == (2,)


def test_an_upgrade_that_fails_changes_nothing_and_is_one_line(reports: Path, tmp_path: Path):
    """The upgrade is one transaction: when its second column cannot be added (here: a column of
    that name is already there), the first is not added either and the schema stays 2."""
    db = tmp_path / "half.sqlite"
    index([str(reports / "reports")], db=db, jobs=1)
    con = sqlite3.connect(db)
    con.execute("ALTER TABLE meta DROP COLUMN doc_number")
    con.execute("UPDATE info SET value = '2' WHERE name = 'schema_version'")
    con.commit()
    con.close()
    with pytest.raises(InputError, match="schema 2 needs upgrading to 3 in place, which failed") as err:
        corpus_db.load_summaries(db)
    assert "\n" not in str(err.value)
    con = sqlite3.connect(db)
    assert "doc_number" not in [c[1] for c in con.execute("PRAGMA table_info(meta)")]
    assert con.execute("SELECT value FROM info WHERE name = 'schema_version'").fetchone() == ("2",)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (2,)
    con.execute("UPDATE info SET value = '1' WHERE name = 'schema_version'")
    con.commit()
    con.close()
    with pytest.raises(InputError, match="database schema 1, this fgqa reads 3: re-index into a new file"):
        corpus_db.load_summaries(db)


def test_index_never_writes_its_tables_into_another_sqlite_file(tmp_path: Path, reports: Path):
    other = tmp_path / "notes.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE notes (body TEXT)")
    con.commit()
    con.close()
    with pytest.raises(InputError, match="not an fgqa database"):
        index([str(reports / "reports")], db=other, jobs=1)
    tables = {r[0] for r in sqlite3.connect(other).execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"notes"}
