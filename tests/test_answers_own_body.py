"""Whose figure, when a report names its own body in other words: a department's short name for
itself (以市局为被告 in a 市场监督管理局's report) and a government with its departments
(区政府及部门作为被告) are the reporting body, not a part of it. Reports are our own (fictional)."""

from fgqa.answers import answer_question
from fgqa.answers.scopes import same_body
from helpers import summarized


def ask(text: str, issuer: str, question: str):
    doc, summary = summarized(text, "own.txt", issuer=issuer, year=2024)
    return answer_question(question, summary, doc.text)


BUREAU = """岑江市交通运输局2024年法治政府建设年度报告
一、主要工作
以市局为被告的行政诉讼案件9件,审结8件,败诉1件。以市局为被申请人的行政复议案件6件,纠错率16.7%。
二、存在的不足
执法力量不足。
"""

DISTRICT = """枫渡区人民政府2024年法治政府建设情况报告
一、主要工作
区政府及部门作为被告的应诉案件64件,审结60件,败诉3件(败诉率5.0%)。
二、存在的不足
执法力量不足。
"""


def test_a_departments_short_name_for_itself_is_the_body() -> None:
    a = ask(BUREAU, "岑江市交通运输局", "复议纠错率是多少")
    assert a.answer_type == "number" and a.value == 16.7
    assert ask(BUREAU, "岑江市交通运输局", "败诉率是多少").value == 12.5  # 1/8, derived


def test_a_government_with_its_departments_is_the_whole_administration() -> None:
    a = ask(DISTRICT, "枫渡区人民政府", "败诉率是多少")
    assert a.answer_type == "number" and a.value == 5.0


def test_管委会_is_what_a_管理委员会_calls_itself() -> None:
    assert same_body("管委会", "枫渡经济技术开发区管理委员会")
    assert not same_body("管委会", "枫渡区人民政府")


def test_a_short_name_is_the_body_only_when_the_issuer_is_one() -> None:
    assert same_body("市局", "岑江市交通运输局") and same_body("本委", "岑江市发展和改革委")
    assert same_body("区局", "岑江市栖梧区市场监督管理局")  # the 市 of 市场 is no level
    assert not same_body("市局", "岑江市人民政府") and not same_body("区局", "岑江市交通运输委")
    assert not same_body("区局", "岑江市交通运输局")  # a district's bureau in the city bureau's report
