"""Issue 11, class 1: figures in HTML and text tables, with prior-year and 同比 columns."""

import pytest

from fgqa.documents import load_document
from fgqa.documents.cleaning import clean_text
from fgqa.documents.text_tables import mark_table_cells
from fgqa.engines.factory import build_engine
from fgqa.pipeline import summarize_document
from helpers import figures_of

TITLE = "青川县人民政府关于2024年度法治政府建设情况的报告\n一、主要成效\n"


def keyed(text: str, year: int | None = 2024):
    figs = figures_of(text, year)
    return [(f.key, f.value, f.unit, f.kind) for f in figs if f.key]


def test_year_prior_and_change_columns_give_stated_benchmark_and_change():
    text = TITLE + ("项目 | 2024年 | 2023年 | 同比\n行政诉讼案件(件) | 689 | 583 | 增长18.2%\n"
                    "败诉率 | 5.9% | 6.3% | 下降0.4个百分点\n")
    assert keyed(text) == [
        ("litigation.cases", 689, "件", "stated"), ("litigation.cases", 583, "件", "benchmark"),
        ("litigation.cases", 18.2, "%", "change"), ("litigation.loss_rate", 5.9, "%", "stated"),
        ("litigation.loss_rate", 6.3, "%", "benchmark"), ("litigation.loss_rate", -0.4, "个百分点", "change")]


def test_prior_year_first_is_still_the_benchmark():
    text = TITLE + "事项 | 上年度 | 本年度\n法律援助案件 | 398件 | 412件\n普法活动 | 61场 | 56场\n"
    assert keyed(text) == [("legal_aid.cases", 398, "件", "benchmark"), ("legal_aid.cases", 412, "件", "stated"),
                           ("legal_education.events", 61, "场", "benchmark"), ("legal_education.events", 56, "场", "stated")]


def test_years_down_the_rows():
    text = TITLE + "年度 | 行政复议案件 | 败诉率\n2023年 | 45 | 7.1%\n2024年 | 52 | 3.3%\n"
    assert keyed(text) == [("reconsideration.accepted", 45, "件", "benchmark"), ("litigation.loss_rate", 7.1, "%", "benchmark"),
                           ("reconsideration.accepted", 52, "件", "stated"), ("litigation.loss_rate", 3.3, "%", "stated")]


def test_without_a_report_year_the_later_column_is_the_years():
    text = "项目 | 2023年 | 2024年\n行政复议案件 | 45 | 52\n"
    assert keyed(text, year=None) == [("reconsideration.accepted", 45, "件", "benchmark"),
                                      ("reconsideration.accepted", 52, "件", "stated")]


def test_a_table_without_a_column_header_is_read_like_sentences():
    text = TITLE + "行政复议 | 直接纠错率 | 11.3%\n行政诉讼 | 败诉率 | 5.9%\n"
    assert ("litigation.loss_rate", 5.9, "%", "stated") in keyed(text)


def test_quotes_are_the_text_at_their_spans():
    text = TITLE + "项目 | 2024年 | 2023年\n行政诉讼案件 | 689 | 583\n"
    for f in figures_of(text, 2024):
        assert text[f.span[0]:f.span[1]] == f.quote


@pytest.mark.parametrize("raw", [
    "项目\t2024年\t2023年\n法律援助案件\t412件\t398件\n",
    "项目    2024年    2023年\n法律援助案件    412件    398件\n",
    "项目\u3000\u30002024年\u3000\u30002023年\n法律援助案件\u3000\u3000412件\u3000\u3000398件\n",
])
def test_text_tables_become_cells(raw):
    assert clean_text(raw).text.split("\n")[1] == "法律援助案件 | 412件 | 398件"


def test_a_sentence_with_a_double_space_is_not_a_table():
    text = "全年共办理法律援助案件412件。  其中刑事案件120件。\n全县  共有  12个村。"
    assert mark_table_cells(text) == text


def test_an_html_table_is_read_with_its_columns(tmp_path):
    html = ("<html><body><h1>青川县人民政府关于2024年度法治政府建设情况的报告</h1><p>一、主要成效</p>"
            "<table><tr><th>指标</th><th>2024年</th><th>2023年</th><th>同比</th></tr>"
            "<tr><td>行政诉讼案件（件）</td><td>689</td><td>583</td><td>+18.2%</td></tr>"
            "<tr><td>败诉率</td><td>5.9%</td><td>6.3%</td><td>-0.4个百分点</td></tr></table></body></html>")
    path = tmp_path / "t.html"
    path.write_text(html, encoding="utf-8")
    s = summarize_document(load_document(path), build_engine("rules"))
    got = {(f.key, f.value, f.kind) for f in s.indicators}
    assert {("litigation.cases", 689, "stated"), ("litigation.cases", 583, "benchmark"),
            ("litigation.loss_rate", 5.9, "stated"), ("litigation.loss_rate", -0.4, "change")} <= got


def test_a_header_of_scopes_gives_each_column_the_years_figure_of_its_scope():
    # a text table whose columns are the body's own level and the whole area, under a caption
    text = TITLE + ("附表 全年行政应诉情况\n指标 | 市政府本级 | 全市\n新收案件(件) | 27 | 344\n"
                    "审结(件) | 25 | 318\n败诉(件) | 1 | 22\n败诉率 | 4% | 6.9%\n")
    figs = [f for f in figures_of(text, 2024) if f.key]
    assert [(f.key, f.value, f.kind, f.scope) for f in figs] == [
        ("litigation.cases", 27, "stated", "市政府本级"), ("litigation.cases", 344, "stated", "全市"),
        ("litigation.concluded", 25, "stated", "市政府本级"), ("litigation.concluded", 318, "stated", "全市"),
        ("litigation.lost", 1, "stated", "市政府本级"), ("litigation.lost", 22, "stated", "全市"),
        ("litigation.loss_rate", 4, "stated", "市政府本级"), ("litigation.loss_rate", 6.9, "stated", "全市")]


def test_one_scope_word_in_a_header_is_no_scope_table():
    text = TITLE + "项目 | 全市\n行政诉讼案件 | 344件\n"
    assert all(f.scope is None for f in figures_of(text, 2024) if f.key)


def test_a_tables_column_words_are_data(lexicon_copy):
    """tables.toml names the columns: a prior-year word the file lacks leaves its column unread
    (a label column), and added to the file it makes that column the benchmark."""
    from fgqa.lexicon import load_lexicon

    text = TITLE + "事项 | 上期数 | 本期\n法律援助案件 | 398件 | 412件\n"
    assert keyed(text) == [("legal_aid.cases", 412, "件", "stated")]
    path = lexicon_copy / "tables.toml"
    words = path.read_text(encoding="utf-8")
    assert "prior = '上年" in words
    path.write_text(words.replace("prior = '上年", "prior = '上期数|上年", 1), encoding="utf-8")
    lex = load_lexicon(lexicon_copy)
    figs = figures_of(text, 2024, lex=lex)
    assert [(f.key, f.value, f.kind) for f in figs if f.key] == [("legal_aid.cases", 398, "benchmark"),
                                                                 ("legal_aid.cases", 412, "stated")]
