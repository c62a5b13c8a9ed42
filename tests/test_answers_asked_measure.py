"""The measure a question asks in: a change asked in a count is not answered by a relative %,
a share asked as 占…的多少 wants a %, and a figure handed over for a refused one is in a unit
the asked indicator is counted in (a count of cases never answers "…的罚没款是多少")."""

from __future__ import annotations

import pytest
from tests.helpers import ask, summarized

REPORT = """枳塘区人民政府2025年法治政府建设情况报告

一、2025年主要工作
(一)规范执法。全区执法部门查处违法案件3,407件,较上年减少6.1%,罚没款共计2,016.8万元;其中交通运输类案件905件,涉及罚没款不到总额的四分之一。按一般程序办理的案件占查处案件总数的42.7%。
(二)化解争议。区政府受理行政复议申请233件,同比增长11.5%。全区行政机关被诉的一审行政诉讼案件71件,法院已审结66件,行政机关败诉3件。各单位负责人出庭应诉58人次。
(三)清理文件。对区政府历年印发的文件全面梳理,废止或者宣布失效的共31件,其中宣布失效12件;另有一批文件作了修改。
(四)普法宣传。开展以案释法宣讲活动40场,受众1.2万人次。
(五)年度目标。区政府年初要求出庭应诉率力争达到90%。

二、存在的不足
部分街道执法力量不足。

三、主要负责人履行第一责任人职责情况
区长带头学法。

四、2026年工作计划
继续规范执法,各单位负责人出庭应诉率力争达到98%。
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "zhitang.txt", issuer="枳塘区人民政府", year=2025)


@pytest.mark.parametrize("question", [
    "复议申请比上年多了几件",  # only 同比增长11.5% is written
    "违法案件较上年少了多少件",  # only 较上年减少6.1%
    "交通运输类案件的罚没款是多少",  # the kind has a count (905件) and a share of the money only
    "行政复议审结了多少件",  # 法院已审结66件 is the lawsuits', no reconsideration count is written
])
def test_a_figure_in_another_measure_than_the_one_asked_is_not_the_answer(report, question):
    answer = ask(report, question)
    assert answer.answer_type in ("cannot_answer", "not_disclosed"), answer.text


@pytest.mark.parametrize(("question", "value", "unit"), [
    ("一般程序案件占查处案件总数的多少", 42.7, "%"),  # a share asked by what it is a share of
    ("违法案件比上年减少了多少", 6.1, "%"),  # a change asked in no measure may be relative
    ("罚没款是多少", 2016.8, "万元"),
    ("法院审结了多少件行政诉讼案件", 66, "件"),
    # a question routed by its measure alone (多少人次) keeps the neighbour its words name
    ("负责人出庭应诉了多少人次", 58, "人次"),
    # one act of two counted together (废止或者宣布失效…31件) is its own part, not their sum
    ("宣布失效的有几件", 12, "件"),
    ("其中宣布失效多少件", 12, "件"),
])
def test_a_figure_in_the_measure_asked_still_answers(report, question, value, unit):
    answer = ask(report, question)
    assert (answer.answer_type, answer.value, answer.unit) == ("number", value, unit), answer.text


@pytest.mark.parametrize(("question", "value"), [
    ("2026年出庭应诉率的目标是多少", 98),  # the plan's goal, not the one under the 2025 heading
    ("2025年出庭应诉率的目标是多少", 90),
])
def test_a_goal_asked_by_its_year_is_that_years(report, question, value):
    answer = ask(report, question)
    assert (answer.answer_type, answer.kind, answer.value) == ("number", "target", value), answer.text
