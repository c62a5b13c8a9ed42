"""A number that counts a coordination ("规范性文件、重大合同和其他涉法事项共计266件", "县长、副县长出庭
应诉5次") is the sum of its members: it does not answer a question naming one of them
(fgqa.answers.claims.counts_more_than_named); that member's own number does, or nothing. The
whole the members make up (the noun after 等, a question coordinating itself) is still answered.
The report is written for the test (a fictional county)."""

import pytest

from fgqa.answers import answer_question
from helpers import summarized

REPORT = """枫岭县人民政府2025年法治政府建设情况报告
一、主要工作
(一)合法性审查
县司法局全年审核县政府规范性文件、重大合同和其他涉法事项共计266件,其中规范性文件19件、合同158件、其他涉法事项89件。
(二)行政应诉
县长、副县长全年出庭应诉5次,县长本人带头出庭应诉2次。
(三)纠纷化解
全县受理婚姻家庭、邻里纠纷和土地承包等各类纠纷共计512件,调解成功497件。
(四)组织保障
镇党委、政府召开法治政府建设专题会议4次。
(五)执法监督
组织交通运输、市场监管、生态环境领域执法案卷评查,抽查案卷140卷。
二、存在的不足
一是基层审查力量不足。
三、2026年工作安排
一是力争纠纷调解成功率稳定在97%以上。
枫岭县人民政府
2026年2月10日
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "fengling.txt", issuer="枫岭县人民政府", year=2025, signed="2026-02-10")


def ask(report, q):
    doc, summary = report
    return answer_question(q, summary, doc.text)


def test_one_member_named_gets_its_own_number_not_the_sum(report):
    a = ask(report, "审核的合同有多少份")
    assert (a.answer_type, a.value) == ("number", 158)
    b = ask(report, "县长本人出庭应诉了几次")
    assert (b.answer_type, b.value) == ("number", 2)


def test_a_member_without_a_number_of_its_own_is_not_given_the_sum(report):
    a = ask(report, "市场监管领域抽查了多少卷案卷")
    assert a.answer_type != "number" or a.value != 140
    b = ask(report, "邻里纠纷有多少件")
    assert b.answer_type != "number" or b.value != 512


def test_the_whole_the_members_make_up_is_still_answered(report):
    # the noun after 等 is the whole; a question coordinating the members asks the sum itself
    assert ask(report, "受理各类纠纷多少件").value == 512
    assert ask(report, "审核了多少件规范性文件和合同").answer_type != "number" or \
        ask(report, "审核了多少件规范性文件和合同").value in (266, 177)
    assert ask(report, "县长和副县长出庭应诉了几次").value == 5
    assert ask(report, "抽查了多少卷案卷").value == 140


def test_the_genres_own_name_in_a_question_names_no_member(report):
    # 法治政府建设's 政府 is no mention of the 政府 of "党委、政府召开…": the meetings are asked
    a = ask(report, "召开了几次法治政府建设专题会议")
    assert (a.answer_type, a.value) == ("number", 4)


PARTS = """柘岭市司法局2025年法治政府建设情况报告
一、主要工作
(一)法律服务
全市法律援助机构办理援助事项4,380件,其中刑事案件1,260件。
(二)复议应诉
以本局为被申请人的行政复议案件14件,市政府已审结12件,其中维持9件、驳回2件、撤销1件。
二、存在的不足
一是援助律师数量不足。
三、2026年工作安排
一是扩大法律援助覆盖面。
柘岭市司法局
2026年1月20日
"""


@pytest.fixture(scope="module")
def parts():
    return summarized(PARTS, "zheling.txt", issuer="柘岭市司法局", year=2025, signed="2026-01-20")


def test_a_part_after_its_totals_qizhong_does_not_answer_what_it_does_not_name(parts):
    """其中刑事案件 / 其中维持: the part's own words (刑事, 维持) are not asked."""
    a = ask(parts, "法律援助案件有多少件")
    assert a.answer_type != "number" or a.value != 1260
    b = ask(parts, "本局被申请行政复议多少件")
    assert b.answer_type != "number" or b.value != 9


def test_a_part_the_question_names_is_still_answered(parts):
    assert ask(parts, "刑事法律援助案件有多少件").value == 1260
    assert ask(parts, "复议案件维持了几件").value == 9
    assert ask(parts, "以本局为被申请人的复议案件被撤销了几件").value == 1
