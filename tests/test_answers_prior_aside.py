"""Issue 12, abstentions: the year before's value written as an aside of the year's figure
(…申请58件(上年为41件) / …败诉率5.9%,上年这一数字为7.4%) is that figure's benchmark, so "上年…多少"
is answered by it and "…多少" still by the year's figure; an average the body brings to a value
(力争平均办理期限缩短至12日) is its own goal, not somebody else's average. Reports are our own
(fictional)."""

import pytest

from helpers import ask, figures_of, summarized

REPORT = """栎川县人民政府2024年度法治政府建设情况报告
一、主要成效
县政府全年收到行政复议申请58件(上年为41件),受理52件,审结49件。全县行政机关被诉一审行政案件73件(去年同期为66件),法院审结68件,行政机关败诉4件,败诉率5.9%,上年这一数字为7.4%。
全县受理政府信息公开申请205件(上年为188件),按时答复率100%。
二、存在的不足
复议办案力量不足。
三、下一步工作安排
2025年,县政府将力争复议案件平均办理期限缩短至12日以内。
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "prior_aside.txt", issuer="栎川县人民政府", year=2024)


@pytest.mark.parametrize("text, key, year_value, prior", [
    ("全年收到行政复议申请58件(上年为41件),受理52件。", "reconsideration.applications", 58, 41),
    ("被诉一审行政案件73件(去年同期为66件),审结68件。", "litigation.cases", 73, 66),
    ("行政机关败诉4件,败诉率5.9%,上年这一数字为7.4%。", "litigation.loss_rate", 5.9, 7.4),
    ("受理政府信息公开申请205件（上年为188件），按时答复率100%。", "transparency.requests", 205, 188),
])
def test_the_year_befores_value_beside_the_figure_is_its_benchmark(text, key, year_value, prior):
    figs = [(f.value, f.kind) for f in figures_of(text) if f.key == key]
    assert (year_value, "stated") in figs
    assert (prior, "benchmark") in figs


def test_an_aside_that_names_something_else_is_no_prior_value():
    # the bracket says another measure of the year before, not the figure's value
    figs = figures_of("全年收到行政复议申请58件(上年受理纠纷41件),受理52件。")
    assert not [f for f in figs if f.value == 41 and f.key == "reconsideration.applications"]


@pytest.mark.parametrize("question, value, kind", [
    ("上年收到多少件行政复议申请", 41, "benchmark"),
    ("行政复议申请收到多少件", 58, "stated"),
    ("上一年的败诉率是多少", 7.4, "benchmark"),
    ("败诉率是多少", 5.9, "stated"),
    ("上年依申请公开有多少件", 188, "benchmark"),
])
def test_the_question_picks_the_year_or_the_year_before(report, question, value, kind):
    a = ask(report, question)
    assert a.answer_type == "number" and a.value == value and a.kind == kind


def test_an_own_average_brought_to_a_value_is_a_goal_not_a_benchmark():
    figs = figures_of("2025年,县政府将力争复议案件平均办理期限缩短至12日以内。")
    assert [(f.value, f.kind) for f in figs if f.value == 12] == [(12, "target")]
    # somebody else's average stays a benchmark
    figs = figures_of("行政机关败诉率5.9%,低于全市平均水平7.1%。")
    assert (7.1, "benchmark") in [(f.value, f.kind) for f in figs]


def test_a_readers_last_year_is_the_year_before_the_reports(report):
    # a question is read in the report's frame (docs/evaluation.md): 去年 is its 上年, the bracketed aside
    a = ask(report, "去年收到多少件行政复议申请")
    assert (a.answer_type, a.value, a.kind) == ("number", 41, "benchmark")
