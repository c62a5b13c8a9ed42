"""Issue 12, 'not disclosed' vs 'cannot answer': a number asked for that the report never gives
(a hotline it does not mention, a rate it does not state, a head count it only describes) is "not
disclosed", with the related sentences; a yes/no question and the report's document number keep
their own answers. Reports are our own (fictional)."""

import pytest

from helpers import ask, summarized

REPORT = """苕溪镇人民政府2024年度法治政府建设情况报告
一、主要工作
镇政府全年收到行政复议申请12件,受理11件,审结10件。镇综合执法队查处违法建设案件35件。
二、存在的不足
执法队员大多没有法律专业背景。
三、下一步打算
力争行政复议审结率保持在95%以上。
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "tiaoxi.txt", issuer="苕溪镇人民政府", year=2024)


@pytest.mark.parametrize("question", [
    "便民服务热线受理了多少件",
    "全镇有多少名执法队员",
    "行政复议审结率是多少",
])
def test_a_number_the_report_does_not_give_is_not_disclosed(report, question):
    a = ask(report, question)
    assert a.answer_type == "not_disclosed", a.text


def test_a_yes_no_question_is_not_turned_into_a_missing_number(report):
    a = ask(report, "镇里有没有开通便民服务热线")
    assert a.answer_type != "not_disclosed"


def test_the_document_number_keeps_its_own_answer(report):
    a = ask(report, "文号是多少")
    assert a.answer_type == "cannot_answer"
