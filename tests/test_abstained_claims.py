"""Right figures the claim check used to refuse, and refusals that were the wrong kind of
abstention (round 10, helper `abstain`): the reporting body's own place named in the question
(蕤川县…, 柘阳全市…, 开发区…) is the body, which its sentences call 全县 or nothing; a later number
opened in brackets after a count ("审结…件(全年新收…件)") is that number's, not the count's; a
change asked of an indicator the report gives only the year's figure of is that indicator's
figure not disclosed, not a question the report cannot answer. The report is fictional (its own
place and wording)."""

from __future__ import annotations

import pytest
from tests.helpers import ask, summarized

REPORT = """柘阳市蕤川县人民政府2024年度法治政府建设情况报告

一、主要工作和成效
（一）复议和应诉。县政府作为复议机关全年收到行政复议申请64件，受理58件，审结55件，其中撤销4件、变更1件、确认违法2件，纠错率12.7%。全县法院审结一审行政诉讼案件91件（全年新收103件，较上年增加9件），行政机关败诉6件。
（二）政务公开。全县主动公开政府信息2,316条，受理依申请公开47件，全部按期答复。
（三）行政执法。全县行政执法机关办理行政处罚案件1,208件，罚没款326.4万元。开展联合抽查210次，涉企检查次数较上年减少18%。

二、存在的不足
一是复议办案力量不足；二是执法文书质量参差不齐。

三、下一步工作
力争全县行政诉讼败诉率控制在6%以内。

蕤川县人民政府
2025年2月20日
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "ruichuan.txt", issuer="蕤川县人民政府", level="county", year=2024)


def _said(report, question):
    a = ask(report, question)
    return a.answer_type, a.value


def test_the_bodys_own_place_named_in_the_question_is_the_body(report):
    # the sentence says 县政府作为复议机关 and never repeats the county's name
    assert _said(report, "蕤川县复议纠错率是多少") == ("number", 12.7)
    assert _said(report, "蕤川全县罚没款是多少") == ("number", 326.4)


def test_a_number_opened_in_brackets_after_a_count_is_the_later_ones(report):
    # 新收 is said of the 103 inside the brackets, not of the 91 cases concluded before them
    assert _said(report, "蕤川县一审行政诉讼新收多少件") == ("number", 103)
    assert _said(report, "一审行政诉讼审结了多少件") == ("number", 91)


def test_a_change_the_report_does_not_give_is_not_disclosed(report):
    # only the year's figures are given (the one change, -18%, is of inspections): the change asked
    # is that indicator's figure not disclosed
    assert ask(report, "依申请公开件数比上年增长了多少").answer_type == "not_disclosed"
    assert ask(report, "罚没款比上年变化了多少").answer_type == "not_disclosed"


def test_another_place_is_not_the_body(report):
    # a place that is not the body's own keeps the check: the county gives no figure of 柘阳 as a whole
    assert _said(report, "柘阳市行政复议纠错率是多少") != ("number", 12.7)


SPOKEN = """桐滨区市场监督管理局2023年度法治政府建设情况报告

一、主要工作
（一）应诉。全年以本局为被告的行政诉讼案件9件，法院审结7件，其中本局败诉1件。局长出庭应诉2次。
（二）执法。全年查办各类违法案件312件，罚没款87.5万元。

二、存在的问题
执法人员业务能力有待提升。

三、2024年工作打算
继续规范执法行为。
"""


@pytest.fixture(scope="module")
def spoken():
    return summarized(SPOKEN, "tongbin.txt", issuer="桐滨区市场监督管理局", level="department", year=2023)


@pytest.mark.parametrize(("question", "value"), [
    ("本局当被告的官司有几件", 9),       # 当被告的官司: the suits, said the spoken way
    ("这个局被告了多少件", 9),           # (这个 points at the body: framing, never the subject)
    ("本局被诉多少件", 9),
    ("输了几件官司", 1),                 # 输了几件官司: the suits lost
    ("局长出庭应诉了几次", 2),           # 出庭应诉了几次: the head's appearances
])
def test_a_suit_asked_the_spoken_way_is_the_indicators(spoken, question, value):
    assert _said(spoken, question) == ("number", value)
