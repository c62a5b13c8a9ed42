"""Three ways a number answered a question it does not answer (issue 12, eighth round): a goal
asked with an area word (2026年全省…的目标) is a goal, not a benchmark; "哪几支…" asks which ones,
not how many; an unnamed few's figure (个别乡镇…仅有1名) answers no question about the whole.
Fictional province."""

import pytest

from fgqa.answers import answer_question
from helpers import summarized

REPORT = """桐溪省人民政府2025年法治政府建设情况报告
一、主要工作
(一)行政应诉
全省行政诉讼败诉率为6.2%,低于全国平均水平(8.1%)。
(二)执法改革
组建市场监管、交通运输、农业农村3支综合执法队伍。个别县司法局仅有1名工作人员。
二、存在的不足
一是基层法治力量薄弱。
三、2026年工作安排
一是力争2026年全省行政诉讼败诉率控制在5%以内。
桐溪省人民政府
2026年2月3日
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "tongxi.txt", issuer="桐溪省人民政府", year=2025, signed="2026-02-03")


def ask(report, q):
    doc, summary = report
    return answer_question(q, summary, doc.text)


def test_a_goal_asked_with_an_area_word_is_the_goal(report):
    a = ask(report, "2026年全省败诉率的目标是多少")
    assert (a.answer_type, a.value, a.kind) == ("number", 5, "target")
    assert ask(report, "全国平均败诉率是多少").value == 8.1


def test_which_ones_is_not_how_many(report):
    a = ask(report, "组建了哪几支综合执法队伍")
    assert a.answer_type != "number"
    assert ask(report, "组建了几支综合执法队伍").value == 3


def test_an_unnamed_fews_figure_does_not_answer_for_the_whole(report):
    a = ask(report, "全省司法局共有多少名工作人员")
    assert a.answer_type != "number"
    assert ask(report, "个别县司法局仅有几名工作人员").value == 1
