"""Questions across reports: rankings, filters and aggregates over a corpus database or
several files — each report's value with its quote, derived values said so, reports that
do not give the figure listed and never counted."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

from fgqa.corpus.db import load_summaries_with_text
from fgqa.corpus.index import index
from fgqa.corpus.questions import answer_across, read_intent

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "evals" / "corpus"
YEAR_KINDS = {"stated", "derived", "zero_claim"}


def fgqa(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith("FGQA_")}
    return subprocess.run([sys.executable, "-m", "fgqa.cli", *args], capture_output=True, text=True, cwd=cwd,
                          env={**base, **(env or {})}, timeout=300)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("q")
    shutil.copytree(FIXTURES, root / "reports")
    assert not index([str(root / "reports")], db=root / "c.sqlite", jobs=1).failed
    return root, load_summaries_with_text(root / "c.sqlite")


def own_values(items, key):
    """The report's own figure per report (the summary's primary flag), read straight off the summaries."""
    out = {}
    for summary, _ in items:
        figs = [f for f in summary.indicators if f.key == key and f.primary]
        assert all(f.kind in YEAR_KINDS for f in figs) and len(figs) <= 1
        out[summary.doc.path] = figs
    return out


@pytest.mark.parametrize(("question", "operation", "detail"), [
    ("败诉率最高的是哪个", "rank", "max"), ("哪个报告的出庭应诉率最低", "rank", "min"), ("按复议纠错率排名", "rank", "rank"),
    ("哪些报告实现了零败诉", "filter", "zero"), ("哪些报告缺少存在的不足部分", "filter", "missing_part"),
    ("哪些报告没有披露败诉率", "filter", "not_disclosed"), ("哪些报告的败诉率超过5%", "filter", "compare"),
    ("平均败诉率是多少", "aggregate", "mean"), ("败诉率的中位数", "aggregate", "median"),
    ("行政复议案件合计多少件", "aggregate", "sum"), ("按层级的平均出庭应诉率", "aggregate", "mean"),
])
def test_set_questions_are_recognised(question, operation, detail):
    intent = read_intent(question)
    assert intent is not None and (intent.operation, intent.detail) == (operation, detail)


@pytest.mark.parametrize("question", ["败诉率是多少", "有没有存在的不足部分", "主要负责人是否出庭应诉"])
def test_questions_about_each_report_are_not_set_questions(question):
    assert read_intent(question) is None


def test_ranking_puts_the_highest_first_and_names_derived_and_undisclosed(corpus):
    _, items = corpus
    answer = answer_across("败诉率最高的是哪个", items)
    values = own_values(items, "litigation.loss_rate")
    disclosed = [i for i in answer.items if i.value is not None]
    assert [i.value for i in disclosed] == sorted((i.value for i in disclosed), reverse=True)
    assert disclosed[0].rank == 1 and disclosed[0].report in answer.result
    for item in answer.items:
        if item.value is None:
            assert values[item.doc] == [] and item.report in answer.result  # listed, not ranked
        else:
            assert any(f.value == item.value and f.quote == item.citation.quote for f in values[item.doc])
    for item in disclosed:
        if item.kind == "derived":
            assert f"{item.report} ({item.formula})" in answer.result  # said so, by name


def test_mean_counts_only_disclosed_values_and_says_which_are_derived(corpus):
    _, items = corpus
    answer = answer_across("平均败诉率是多少", items)
    disclosed = [i.value for i in answer.items if i.value is not None]
    assert answer.groups[0].n == len(disclosed) < len(items)
    assert answer.groups[0].value == pytest.approx(statistics.fmean(disclosed), abs=1e-4)
    assert "简单平均" in answer.result and "未计入" in answer.result
    assert set(answer.groups[0].not_disclosed) == {i.doc for i in answer.items if i.value is None}


def test_aggregate_by_level_groups_each_report_once(corpus):
    _, items = corpus
    answer = answer_across("按层级的平均出庭应诉率", items)
    assert answer.by == "level"
    assert sum(g.n + len(g.not_disclosed) for g in answer.groups) == len(items)
    from fgqa.corpus.questions import LEVEL_ZH

    for g in answer.groups:
        members = [i for i in answer.items if LEVEL_ZH.get(i.level or "", "层级不明") == g.group]
        have = [i.value for i in members if i.value is not None]
        assert g.n == len(have) and (g.value == pytest.approx(statistics.fmean(have), abs=1e-4) if have else g.value is None)
    assert len({g.group for g in answer.groups}) > 2


def test_filters(corpus):
    _, items = corpus
    parts = answer_across("哪些报告缺少存在的不足部分", items)
    want = {s.doc.path for s, _ in items if not s.parts["shortcomings"].present}
    assert want and {i.doc for i in parts.items if i.matches} == want
    silent = answer_across("哪些报告没有披露败诉率", items)
    values = own_values(items, "litigation.loss_rate")
    assert {i.doc for i in silent.items if i.matches} == {d for d, figs in values.items() if not figs}
    zero = answer_across("哪些报告实现了零败诉", items)
    lost = own_values(items, "litigation.lost")
    assert {i.doc for i in zero.items if i.matches and lost[i.doc]} == {
        d for d, figs in lost.items() if figs and min(figs, key=lambda f: (f.kind != "stated", f.span[0])).value == 0}
    # no figure of the report's own scope: the report's own answer decides, as `fgqa ask` over it alone
    from fgqa.answers import answer_question

    for item in (i for i in zero.items if not lost[i.doc]):
        summary, text = next((s, t) for s, t in items if s.doc.path == item.doc)
        alone = answer_question("是否实现零败诉", summary, text)
        assert item.matches == (alone.value if alone.answer_type == "yes_no" else None), item.doc
    above = answer_across("哪些报告的败诉率超过5%", items)
    assert all(i.value > 5 for i in above.items if i.matches) and all(i.value <= 5 for i in above.items if i.matches is False)


def test_ranking_agrees_with_the_wide_export(corpus, tmp_path):
    import csv

    root, items = corpus
    out = fgqa("export", "--db", "c.sqlite", "-o", str(tmp_path / "w.csv"), cwd=root)
    assert out.returncode == 0, out.stderr
    wide = {r["path"]: r for r in csv.DictReader((tmp_path / "w.csv").open(encoding="utf-8-sig"))}
    for item in answer_across("按出庭应诉率排名", items).items:
        cell = wide[item.doc]["litigation.head_appearance_rate"]
        assert (cell == "" and item.value is None) or float(cell) == item.value


def test_cli_db_json_and_text(corpus):
    root, items = corpus
    out = fgqa("ask", "败诉率最高的是哪个", "--db", "c.sqlite", "--format", "json", cwd=root)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["schema"] == "fgqa.corpus/1" and data["operation"] == "rank" and data["key"] == "litigation.loss_rate"
    assert len(data["items"]) == len(items) and data["items"][0]["citation"]["quote"]
    text = fgqa("ask", "败诉率最高的是哪个", "--db", "c.sqlite", cwd=root)
    assert "名次" in text.stdout and "行政诉讼败诉率" in text.stdout and "\x1b[" not in text.stdout  # a pipe: no colour
    plain = json.loads(fgqa("ask", "败诉率是多少", "--db", "c.sqlite", "--format", "json", cwd=root).stdout)
    assert plain["schema"] == "fgqa.answer/2" and len(plain["answers"]) == len(items)


def test_several_files_answer_the_good_ones_and_list_the_bad(tmp_path):
    good = [str(FIXTURES / "a_city_plain.txt"), str(FIXTURES / "j_township_plain.txt")]
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 nothing")
    out = fgqa("ask", "败诉率是多少", good[0], "missing.txt", str(tmp_path / "broken.pdf"), good[1], "--format", "json", cwd=tmp_path)
    assert out.returncode == 1
    data = json.loads(out.stdout)
    assert [a["doc"] for a in data["answers"]] == good
    assert "fgqa: missing.txt: no such file" in out.stderr and "broken.pdf: cannot read the PDF" in out.stderr
    assert "Traceback" not in out.stderr
    table = fgqa("ask", "败诉率最高的是哪个", *good, "missing.txt", cwd=tmp_path)
    assert table.returncode == 1 and "青禾市人民政府 2024" in table.stdout and "missing.txt" in table.stderr
    one_bad = fgqa("ask", "败诉率是多少", "missing.txt", cwd=tmp_path)
    assert one_bad.returncode == 2 and one_bad.stderr.count("\n") == 1
