"""Issue 12, confident wrong answers: kinds a question joins and asks for together (废止和宣布失效的…
一共多少件) are added up from the figures of their sentence, each kind named by its own item or
listed after 分别; one kind's figure alone never answers. Reports are our own (fictional)."""

import pytest

from helpers import ask, summarized

REPORT = """榅川市人民政府2025年度法治政府建设情况报告
一、主要成效
市政府组织开展规范性文件专项清理,共审查现行文件228件,经审查废止17件、宣布失效5件,修订12件。
市司法局全年审核市政府合同和规范性文件,其中合同44件、规范性文件17件,出具审核意见61份。
市本级复议决定中,撤销8件,变更3件,确认违法4件,责令履行2件。
全市各县区清理的乡镇文件中,废止和宣布失效的分别为31件、9件,保留106件。
县区政府共废止和宣布失效规范性文件26件。
二、存在的不足
清理不够及时。
三、下一步工作安排
2026年,市政府将继续开展文件清理。
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "joined_kinds.txt", issuer="榅川市人民政府", region="榅川市", level="city", year=2025)


@pytest.mark.parametrize("question, value, formula", [
    ("经审查废止和宣布失效的文件一共多少件", 22, "17+5"),
    ("被撤销、变更和确认违法的复议决定共多少件", 15, "8+3+4"),
    ("乡镇文件废止和宣布失效的一共多少件", 40, "31+9"),
])
def test_the_kinds_joined_are_added_up(report, question, value, formula):
    a = ask(report, question)
    assert a.answer_type == "number" and a.value == value and a.kind == "derived" and a.formula == formula


def test_a_stated_total_of_the_kinds_stays_the_answer(report):
    a = ask(report, "县区政府废止和宣布失效规范性文件一共多少件")
    assert a.answer_type == "number" and a.value == 26 and a.kind == "stated"


def test_kinds_asked_one_by_one_are_not_added(report):
    a = ask(report, "撤销和变更的复议决定分别有多少件")
    assert not (a.answer_type == "number" and a.kind == "derived")
