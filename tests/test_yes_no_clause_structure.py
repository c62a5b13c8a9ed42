"""Yes/no read from the clause structure of the best evidence sentence (issue 12 item 2, seventh
round): a none-quantifier negates the rest of its clause, a clause with no subject of its own
negates the deed of the subject before it, a thing only under way or put off is not done when the
question asks the finishing deed, a deed that is itself a negation (免予处罚) agrees with the
report's 不予, and a bound in another unit family decides nothing. The report is fictional (its
own places and wording)."""

from __future__ import annotations

import pytest
from tests.helpers import ask, summarized

REPORT = """雁汀区人民政府2024年法治政府建设工作报告

一、主要做法
（一）制度建设
《雁汀区物业服务矛盾调处办法》经区政府常务会议审议通过后于9月印发施行。《雁汀区户外广告设置管理规定》已送区司法局作合法性审查，至今仍未发布。《雁汀区地名管理细则》正在征求社会公众意见。区老旧管网更新计划原定年内启动，因资金未落实推迟至明年。区图书馆新馆建设方案待区政府批准后实施。
（二）执法与争议
区城管执法局全年作出的罚款决定，无一件被法院判决确认违法或者撤销。对主动纠正违法行为的38户个体工商户，依法不予罚款。区司法局审核区政府议题和合同共计152件。各街道司法所均只配备一名审核人员。区行政复议机构全年共受理复议案件96件。

二、存在的不足
部分街道合法性审查力量较为薄弱。

三、2025年工作打算
推动《雁汀区户外广告设置管理规定》发布。

雁汀区人民政府
2025年3月2日
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "yanting.txt", issuer="雁汀区人民政府", level="district", year=2024)


def _said(report, question):
    a = ask(report, question)
    return a.answer_type, a.value


def test_a_none_quantifier_negates_the_rest_of_its_clause(report):
    # "无一件被法院判决确认违法或者撤销": the quantifier stands three words before 撤销
    assert _said(report, "城管执法局的罚款决定有没有被法院撤销") == ("yes_no", False)


def test_a_clause_without_a_subject_negates_the_deed_of_the_one_before(report):
    # "《…规定》已送区司法局作合法性审查,至今仍未发布": the last clause is about the 规定
    assert _said(report, "《雁汀区户外广告设置管理规定》发布了没有") == ("yes_no", False)


def test_a_thing_under_way_is_not_done_when_the_finishing_deed_is_asked(report):
    assert _said(report, "《雁汀区地名管理细则》是否已经出台") == ("yes_no", False)
    assert _said(report, "区老旧管网更新计划是否已经实施") == ("yes_no", False)   # 推迟至明年
    assert _said(report, "图书馆新馆建设方案是否已经实施") == ("yes_no", False)   # 待…批准后实施


def test_a_thing_done_after_its_review_is_done(report):
    # "经…审议通过后于9月印发施行": 审议 is the way it went, not a pending review
    assert _said(report, "《雁汀区物业服务矛盾调处办法》是否已经印发") == ("yes_no", True)


def test_a_pending_thing_is_no_denial_of_a_deed_that_is_not_its_finish(report):
    # "正在征求社会公众意见" does say the consultation is being held
    assert _said(report, "《雁汀区地名管理细则》是否征求了社会公众意见") != ("yes_no", False)


def test_a_deed_that_is_a_negation_agrees_with_the_reports_negation(report):
    # asked 免予罚款, written 依法不予罚款: the same deed, not its denial
    assert _said(report, "是否对主动纠正违法行为的个体工商户免予罚款") == ("yes_no", True)


def test_a_bound_in_another_unit_family_decides_nothing(report):
    # 152件 are documents reviewed: no answer to whether the staff reach 2名
    assert ask(report, "街道司法所审核人员是否都达到2名").value is not True
