"""Answers are claims about quotes: yes/no from evidence, non-core look-ups, structural
questions and honest abstention (issue 12). The report is written for these tests."""

from __future__ import annotations

import pytest

from fgqa.answers import answer_question
from fgqa.answers.evidence import Question, ReportIndex, unknown_words
from helpers import summarized

REPORT = """松岚镇人民政府2025年度法治政府建设情况报告
一、2025年度法治政府建设主要举措和成效
(一)加强组织领导
镇政府成立法治政府建设工作领导小组,由镇长担任组长,分管副镇长担任副组长。领导小组于2025年3月成立,全年召开专题会议4次。
(二)依法决策
镇政府聘请常年法律顾问2名,全镇9个村均配备了法律顾问。镇政府不再制发行政规范性文件。全年审查合同36份。重大行政决策目录在镇政务公开栏公布。
(三)化解争议
以镇政府为被告的行政诉讼案件3件,均已审结,实现零败诉。镇人民调解委员会调解矛盾纠纷128件。
(四)普法宣传
开展普法活动25场,培育法律明白人48名。
二、存在的不足
一是执法力量薄弱;二是普法针对性不强。
三、镇长履行推进法治建设第一责任人职责情况
镇长带头学法5次,带头出庭应诉1次,安排分管副镇长具体抓法治政府建设工作。镇干部法治专题学习纳入县第三期依法行政培训班。全年未制定出台政策性文件。
四、2026年工作安排
一是建立法律顾问履职评价办法;二是力争村法律顾问工作室全覆盖。
松岚镇人民政府
2026年1月20日
"""


def _report():
    return summarized(REPORT, "songlan.txt", issuer="松岚镇人民政府", year=2025, signed="2026-01-20")


@pytest.fixture(scope="module")
def report():
    return _report()


def ask(report, question):
    doc, summary = report
    return answer_question(question, summary, doc.text)


def test_yes_no_from_a_sentence_done_not_done_goal_or_unsaid(report):
    hired = ask(report, "镇政府是否聘请了法律顾问?")
    assert (hired.answer_type, hired.value) == ("yes_no", True) and "聘请常年法律顾问2名" in hired.citations[0].quote
    issued = ask(report, "镇政府是否制发了行政规范性文件?")
    assert (issued.answer_type, issued.value) == ("yes_no", False) and "不再制发" in issued.text
    goal = ask(report, "是否建立了法律顾问履职评价办法?")
    assert goal.answer_type == "not_disclosed" and goal.kind == "target"  # only a plan for 2026
    unsaid = ask(report, "是否开展了法治督察?")
    assert unsaid.answer_type == "cannot_answer" and unsaid.value is None  # never a bare "no"
    published = ask(report, "重大行政决策目录是否公布了?")
    assert (published.answer_type, published.value) == ("yes_no", True)


def test_zero_claim_decides_a_zero_question(report):
    zero = ask(report, "是否实现零败诉?")
    assert (zero.answer_type, zero.value) == ("yes_no", True) and zero.text.startswith("是。")


def test_non_core_figures_are_read_from_the_covering_sentence(report):
    people = ask(report, "培育了多少名法律明白人?")
    assert (people.answer_type, people.value, people.unit) == ("number", 48, "名")
    advisers = ask(report, "全镇有几个村配备了法律顾问?")
    assert (advisers.answer_type, advisers.value) == ("number", 9)
    contracts = ask(report, "全年审查合同多少份?")
    assert (contracts.answer_type, contracts.value) == ("number", 36)


def test_off_taxonomy_questions_get_no_unrelated_number(report):
    for question in ("开展了几轮法治巡察?", "多少名主要负责人述法?"):
        a = ask(report, question)
        assert a.answer_type in ("cannot_answer", "not_disclosed") and a.value is None, question
        assert a.points  # the most related sentences


def test_who_and_when_are_read_from_the_sentence(report):
    who = ask(report, "谁担任领导小组组长?")
    assert who.answer_type == "text" and who.text.startswith("镇长") and "担任组长" in who.citations[0].quote
    when = ask(report, "领导小组何时成立?")
    assert when.answer_type == "text" and "2025年3月" in when.text


def test_structural_questions(report):
    count = ask(report, "报告有几个部分?")
    assert "共4个部分" in count.text and "四个规定部分齐全" in count.text
    third = ask(report, "第三部分的标题是什么?")
    assert "镇长履行推进法治建设第一责任人职责情况" in third.text
    first = ask(report, "报告第一部分写的是什么?")
    assert {"加强组织领导", "依法决策", "化解争议", "普法宣传"} <= set(first.points)
    order = ask(report, "报告由哪几个部分组成?")
    assert order.answer_type == "list" and order.points[1] == "存在的不足"
    # a yes/no naming nothing but a part asks whether the part is there
    assert (ask(report, "是否有存在的不足?").value, ask(report, "有没有下一步打算?").value) == (True, True)
    missing = ask(report, "第六部分写了什么?")
    assert missing.answer_type == "not_disclosed"


def test_words_the_report_never_uses_are_found():
    doc, summary = _report()
    index = ReportIndex.build(summary, doc.text)
    assert unknown_words(Question.parse("开展了几轮法治巡察?"), index) == ["巡察"]
    # a one-character word between two the report has is not a word it never uses
    assert unknown_words(Question.parse("在镇政府聘请中法律顾问有几名?"), index) == []
    assert unknown_words(Question.parse("培育了多少名法律明白人?"), index) == []
    assert Question.parse("培育了多少名法律明白人?").measure == "名"


def test_who_between_the_question_words_ordinals_and_none_said_in_words(report):
    who = ask(report, "镇长安排谁具体抓法治政府建设工作?")
    assert who.answer_type == "text" and who.text.startswith("分管副镇长")
    nth = ask(report, "法治专题学习纳入了第几期依法行政培训班?")
    assert nth.answer_type == "text" and nth.text.startswith("第三期")
    none = ask(report, "制定出台了多少件政策性文件?")
    assert (none.answer_type, none.value, none.kind) == ("number", 0, "zero_claim")


def test_comparisons_and_trends_are_decided_by_the_figures():
    text = ("兰汀县人民政府2025年度法治政府建设情况报告\n一、主要举措和成效\n"
            "全县行政诉讼败诉率为8.2%,同比下降1.1个百分点,高于全省平均败诉率(7.5%)。\n"
            "2024年收到行政复议申请96件,2025年收到行政复议申请121件。县长认真履行推进法治建设第一责任人职责。\n"
            "二、存在的不足\n一是基层执法力量不足。\n")
    report = summarized(text, "lanting.txt", issuer="兰汀县人民政府", year=2025)
    below = ask(report, "败诉率是否低于全省平均水平?")
    assert (below.answer_type, below.value) == ("yes_no", False)  # 8.2 % is above 7.5 %
    assert (ask(report, "败诉率是否低于10%?").value, ask(report, "败诉率是否超过10%?").value) == (True, False)
    assert ask(report, "败诉率是否比上年下降了?").value is True
    assert ask(report, "败诉率同比有没有上升?").value is False
    # 平均 is not 均 ("是否都…"): a comparison with an average is not a full-coverage question
    assert ask(report, "败诉率是否高于全省平均?").value is True
    problem = ask(report, "是否存在基层执法力量不足的问题?")
    assert (problem.answer_type, problem.value) == ("yes_no", True)
    # no leadership part, but the matter is written inside the measures: not "没有…部分"
    inside = ask(report, "报告是否写了主要负责人履行第一责任人职责的情况?")
    assert (inside.answer_type, inside.value) == ("yes_no", True) and "主要举措和成效" in inside.text


def test_the_reporting_body_named_in_a_yes_no_is_implicit_in_its_own_report():
    text = ("柏川市司法局2025年度法治政府建设情况报告\n一、主要举措和成效\n"
            "全年对市政府文件开展合法性审查58件,提出修改意见40条。\n")
    report = summarized(text, "baichuan.txt", issuer="柏川市司法局", year=2025)
    a = ask(report, "司法局是否开展了合法性审查?")
    assert (a.answer_type, a.value) == ("yes_no", True) and "合法性审查58件" in a.citations[0].quote
