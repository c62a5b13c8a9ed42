"""A list asked with an indicator's words ("重大行政决策事项包括哪些", "…有哪几项") is answered
by the items the report lists after the count, not by the count; a count asked (几项) still
gets the count. The report is written for these tests (a fictional county, fresh wording)."""

from __future__ import annotations

import pytest
from tests.helpers import ask, summarized

REPORT = """岑澜县人民政府2025年法治政府建设年度报告

一、主要工作
(一)依法决策。县政府本年度纳入目录管理的重大行政决策事项共五项,具体为县城供水管网提标、乡村客运站点布局、城区停车收费调整、老旧厂区更新和山塘水库除险加固,均经过风险评估、合法性审查和集体讨论。
(二)执法。全县办理行政处罚案件1,042件。

二、存在的不足
基层执法人员业务能力有待提升。

三、主要负责人履行第一责任人职责情况
县长主持常务会议研究法治工作4次。

四、2026年工作打算
继续完善重大行政决策程序。
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "cenlan.txt", issuer="岑澜县人民政府", year=2025)


@pytest.mark.parametrize("question", ["重大行政决策事项包括哪些", "县政府的重大行政决策有哪几项"])
def test_the_items_after_the_count_answer_a_list_question(report, question):
    answer = ask(report, question)
    assert answer.answer_type == "list", answer.text
    assert answer.points == ["县城供水管网提标", "乡村客运站点布局", "城区停车收费调整", "老旧厂区更新", "山塘水库除险加固"]


def test_a_count_asked_is_still_the_count(report):
    answer = ask(report, "重大行政决策事项有几项")
    assert answer.answer_type == "number" and answer.value == 5, answer.text
