"""Structural questions on whether a part is written as a part of its own ("有没有单独写问题")
and on the part count asked in traditional characters. Reports are our own (fictional)."""

import pytest

from helpers import ask, summarized

INSIDE = """萸江镇2025年法治政府建设情况报告
一、工作推进情况及成效
（一）夯实领导责任
镇长作为法治建设第一责任人，全年主持专题会议4次。
（二）规范执法
镇综合执法队查处违法建设案件23件。
二、存在的短板
执法人员持证比例不高。
三、2026年工作思路
开展镇村干部法治轮训。
"""

OWN = """苘山区2025年法治政府建设情况报告
一、主要举措和成效
区政府审查行政规范性文件9件。
二、苘山区区长落实法治建设第一责任人职责的情况
苘山区区长旁听庭审1次。
三、存在问题和下一步打算
基层法治力量薄弱。下一步，充实镇街法制审核人员。
"""


@pytest.fixture(scope="module")
def inside():
    return summarized(INSIDE, "inside.txt", issuer="萸江镇人民政府", year=2025)


@pytest.fixture(scope="module")
def own():
    return summarized(OWN, "own.txt", issuer="苘山区人民政府", year=2025)


def test_a_duty_written_inside_the_measures_is_no_part_of_its_own(inside):
    a = ask(inside, "报告有没有单独写主要负责人履职情况的部分?")
    assert a.answer_type == "text" and a.text.startswith("没有单独成部分")
    assert "第一部分" in a.text and "（一）夯实领导责任" in a.text


def test_a_part_with_its_own_heading_is_written_separately(inside, own):
    a = ask(inside, "是否单独写了存在的问题?")
    assert a.answer_type == "text" and a.text.startswith("单独成部分") and "第二部分" in a.text
    a = ask(own, "领导履职有没有单独列一个部分?")
    assert a.text.startswith("单独成部分") and "第二部分" in a.text


def test_a_part_the_report_lacks_is_not_written_separately():
    text = "菘坪乡2025年法治建设报告\n一、主要工作\n调解纠纷18件。\n二、存在问题\n人手不足。\n"
    a = ask(summarized(text, "lack.txt", issuer="菘坪乡人民政府", year=2025), "有没有单独写明年工作计划的部分?")
    assert a.text.startswith("没有单独成部分") and "没有写" in a.text


def test_a_separate_thing_done_is_not_a_question_about_parts(inside):
    # 单独 without 写/列/部分 asks whether something was done on its own
    assert not ask(inside, "是否单独制定了普法计划?").text.startswith(("没有单独成部分", "单独成部分"))


def test_the_part_count_asked_in_traditional_characters(own):
    a = ask(own, "報告有幾個部分?")
    assert a.answer_type == "text" and "共3个部分" in a.text
