"""Issue 12, abstentions on a direction asked as a choice: "败诉率比上年是升了还是降了" /
"…是多了还是少了" is answered by the direction the report's figures say (the year's value and the
year before's, or a change), as text; a choice that compares with nothing named, or figures
that do not decide it, keep the question's own answer. Reports are our own (fictional)."""

import pytest

from helpers import ask, summarized

REPORT = """蓼汀区人民政府2024年度法治政府建设情况报告
一、主要成效
全区行政机关被诉一审行政案件141件,审结128件,败诉9件,败诉率7.0%,上年这一数字为8.6%。全区受理行政复议申请230件,同比增长12.2%。
二、存在的不足
复议办案力量不足。
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "liaoting.txt", issuer="蓼汀区人民政府", year=2024)


@pytest.mark.parametrize("question, said, not_said", [
    ("败诉率比上年是升了还是降了", "下降", "上升"),
    ("败诉率比上年是高了还是低了", "下降", "上升"),
    ("行政复议申请比上年是多了还是少了", "上升", "下降"),
])
def test_the_direction_the_figures_say(report, question, said, not_said):
    a = ask(report, question)
    assert a.answer_type == "text" and a.text.startswith(said) and not_said not in a.text


def test_a_choice_against_nothing_named_is_not_a_trend(report):
    a = ask(report, "败诉率是高还是低")
    assert a.answer_type != "text" or not a.text.startswith(("下降", "上升"))


def test_figures_that_do_not_decide_it_leave_the_question_unanswered(report):
    a = ask(report, "法律援助案件比上年是多了还是少了")
    assert a.answer_type != "text" or not a.text.startswith(("下降", "上升"))
