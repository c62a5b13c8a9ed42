"""Who did it, when the sentence opens with them: "谁主持召开常务会议" against "县长X认真履行…职责,
主持召开…常务会议4次" (the verb opens a later clause; the subject is the sentence's head), and a
name written with 同志 after the title. The fixture is a report written for these tests."""

from __future__ import annotations

import pytest
from tests.helpers import ask, summarized

REPORT = """桦溪县人民政府2025年法治政府建设情况报告

一、主要负责人履行推进法治建设第一责任人职责情况
县长骆闻川认真履行第一责任人职责,主持召开县政府常务会议专题研究法治政府建设5次。党组书记、局长覃望舒同志切实抓好司法行政系统法治建设。
二、存在的不足
基层执法力量不足。
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "huaxi.txt", issuer="桦溪县人民政府", year=2025)


@pytest.mark.parametrize(("question", "who"), [
    ("谁主持召开县政府常务会议专题研究法治政府建设", "骆闻川"),
    ("党组书记、局长是谁", "覃望舒"),
])
def test_the_person_the_sentence_opens_with(report, question, who):
    answer = ask(report, question)
    assert answer.answer_type == "text" and who in answer.text.split("(据报告")[0], answer.text


def test_a_meeting_the_report_does_not_name_is_not_answered(report):
    answer = ask(report, "谁主持召开府院联席会议")
    assert answer.answer_type == "cannot_answer", answer.text


def test_a_sentence_opening_with_a_time_names_nobody():
    text = REPORT.replace("县长骆闻川认真履行第一责任人职责,主持召开", "今年以来,主持召开")
    answer = ask(summarized(text, "huaxi2.txt", issuer="桦溪县人民政府", year=2025), "谁主持召开县政府常务会议专题研究法治政府建设")
    assert answer.answer_type == "cannot_answer", answer.text
