""""败诉原因是什么", "这些诉讼主要是什么类型的纠纷", "…集中在哪些领域": the sentence that names the
matter and says the facet right after it (因…, 系…所致, 均为…类纠纷, 为一起…案件), quoted; a matter
the report describes no facet of, or never names, is not answered. Reports written for these tests."""

from __future__ import annotations

import pytest
from tests.helpers import ask, summarized

REPORT = """岑澳县人民政府2024年法治政府建设情况报告

一、主要工作
县政府被诉的行政诉讼案件9件,均为林地确权和工伤认定类纠纷。法院判决县政府败诉2件,均系行政处罚未履行听证告知义务所致。
县政府主要负责人对败诉案件逐件约谈承办单位。全县复议工作平稳有序。
二、存在的不足
全年败诉的案件暴露出执法程序意识仍然薄弱。
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "cenao.txt", issuer="岑澳县人民政府", year=2024)


@pytest.mark.parametrize(("question", "said"), [
    ("败诉原因是什么", "听证告知"),
    ("败诉的那两件案子是什么原因", "听证告知"),
    ("这些诉讼主要是什么类型的纠纷", "林地确权"),
    ("被诉案件集中在哪些领域", "工伤认定"),
])
def test_the_facet_said_right_after_the_matter(report, question, said):
    answer = ask(report, question)
    assert answer.answer_type == "text" and said in answer.text, answer.text
    assert answer.citations and said in answer.citations[0].quote


def test_a_matter_with_no_facet_said_is_not_answered(report):
    answer = ask(report, "复议案件主要是什么类型")
    assert answer.answer_type != "text" or "林地" not in answer.text, answer.text


def test_an_amount_asked_is_no_facet(report):
    answer = ask(report, "败诉了几件")
    assert answer.answer_type == "number" and answer.value == 2, answer.text
