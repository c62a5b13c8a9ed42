"""A body's cases as respondent asked the passive way ("街道被申请复议了几件") are its accepted cases
(X作为被申请人的行政复议案件N件: reconsideration.accepted, docs/evaluation.md) when the report gives
no applications; a question about what it received (收到…复议申请) is not. Reports written for these tests."""

from __future__ import annotations

import pytest
from tests.helpers import ask, summarized

REPORT = """棠樾街道办事处2024年法治政府建设情况报告

一、主要工作
街道作为被申请人的行政复议案件5件,区政府维持4件,确认违法1件。另有2起拆迁补偿争议经调解在申请前化解。
二、存在的不足
社区法律顾问服务频次偏低。
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "tangyue.txt", issuer="棠樾街道办事处", year=2024)


@pytest.mark.parametrize("question", ["街道被申请复议了几件", "被申请行政复议多少件?"])
def test_the_passive_question_takes_the_respondents_accepted_cases(report, question):
    answer = ask(report, question)
    assert answer.answer_type == "number" and answer.value == 5, answer.text
    assert "作为被申请人" in answer.citations[0].quote


def test_what_it_received_is_not_its_cases_as_respondent(report):
    answer = ask(report, "街道收到多少件复议申请")
    assert answer.answer_type == "not_disclosed", answer.text
