"""A question that points at the reporting body (该县, 这个区, 当地) asks about the report's own
body or area: its sentences never repeat the pointer, so it is no word the evidence must carry.
The fixture is a report written for these tests (fictional place and people)."""

from __future__ import annotations

import pytest
from tests.helpers import ask, summarized

REPORT = """苘溪县2025年法治政府建设年度报告

一、主要工作
(一)述法评议。县政府把述法纳入各部门主要负责人年度述职,全年19名部门负责人在县委全会上现场述法。
(二)复议应诉。全县一审行政诉讼收案41件,审结37件,败诉2件,败诉率5.4%。
(三)法治宣传。全年举办“法律明白人”培训班6期,培训骨干540人次。
二、存在的不足
乡镇合法性审核力量不足。

苘溪县人民政府
2026年2月3日
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "jingxi.txt", issuer="苘溪县人民政府", year=2025)


@pytest.mark.parametrize("question", ["该县开展述法了吗", "这个县有没有开展述法", "当地是否开展了述法"])
def test_a_pointer_at_the_body_is_no_word_the_evidence_must_carry(report, question):
    answer = ask(report, question)
    assert answer.answer_type == "yes_no" and answer.value is True, answer.text
    assert "述法" in answer.citations[0].quote


def test_a_pointer_does_not_make_a_missing_thing_present(report):
    # the report says nothing of a catalogue of major decisions: pointing at the county changes nothing
    answer = ask(report, "该县是否公布了重大行政决策事项目录")
    assert answer.answer_type in ("cannot_answer", "not_disclosed"), answer.text


def test_a_pointed_number_question_is_the_bodys_own_figure(report):
    answer = ask(report, "该县的行政诉讼败诉率是多少")
    assert answer.answer_type == "number" and answer.value == pytest.approx(5.4), answer.text
