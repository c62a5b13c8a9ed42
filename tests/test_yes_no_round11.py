"""Yes/no questions of the eleventh round (issue 12): whether a body has people enough, read off
the sentence that says they fall short (a no; a yes needs the report's own word); the rest of what
a sentence counted said still under way (另有N件尚在审理中): not all done, and some left; whether
any of them left a deed undone (是否有…没有…), read as 是否都 turned round; a figure whose own words compare it with its number (仍超过20%) is a
bound, not the value; a comparison written before its word (比全市低吗) is read as 低于全市; one case
maintained on review is no correction; a level said the spoken way (县里…) is the report's own, and
an answer within the time limit (期限内) is on time. The report is
fictional (its own places and wording)."""

from __future__ import annotations

import pytest
from tests.helpers import ask, summarized

REPORT = """澜汀县人民政府2024年度法治政府建设情况报告

一、主要工作
（一）行政复议
县行政复议局全年收到复议申请188件，审结171件。以县政府为被告的行政诉讼案件9件，法院判决6件，县政府败诉1件；其余3件仍在审理中。以县市场监管局为被告的行政诉讼案件5件，法院审结4件，另有1件尚在审理中，局负责人出庭应诉实现全覆盖。县政府作为被申请人的复议案件2件，均已审结。县卫健局作为被申请人的复议案件1件，市政府复议决定维持。县政府行政诉讼败诉率为16.7%，全市行政诉讼败诉率为6.1%。县公证处全年办理公证事项1,420件。
（二）法律服务
全县18个乡镇均已设立公共法律服务站。县司法局开办“法律明白人”培训班5期。全年收到政府信息公开申请27件，均在法定期限内答复。县直32个部门中有4个尚未配备公职律师。
（三）行政执法
县城管执法大队全年查处违法建设案件64件，罚款31.5万元。

二、存在的问题
一是复议申请连年攀升，县行政复议局在编人员只有3名，办案人手十分紧张。二是部分村（社区）调解组织作用发挥不够。三是少数乡镇行政复议纠错率仍超过20%。

三、下一步打算
争取为县城管执法大队增加执法人员编制。

澜汀县人民政府
2025年2月18日
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "lanting.txt", issuer="澜汀县人民政府", level="county", year=2024)


def _said(report, question):
    a = ask(report, question)
    return a.answer_type, a.value, [c.quote for c in a.citations]


@pytest.mark.parametrize("question", ["县行政复议局人手够不够？", "行政复议局的人员充足吗", "复议局办案力量够用吗？"])
def test_people_said_short_answer_no_with_the_sentence(report, question):
    kind, value, quotes = _said(report, question)
    assert (kind, value) == ("yes_no", False)
    assert any("人手十分紧张" in q for q in quotes)


def test_a_plan_to_add_people_says_nothing_of_the_year(report):
    # only the plans speak of the enforcement brigade's staff: no shortfall is said of the year
    kind, value, _ = _said(report, "城管执法大队人手够不够？")
    assert not (kind == "yes_no" and value is False)


def test_another_bodys_shortfall_does_not_answer(report):
    kind, value, _ = _said(report, "县公证处人手够不够？")
    assert not (kind == "yes_no" and value is False)


def test_the_rest_still_under_way_is_not_all_done(report):
    kind, value, quotes = _said(report, "行政诉讼案件都审结了吗？")
    assert (kind, value) == ("yes_no", False)
    assert any("在审理中" in q for q in quotes)


@pytest.mark.parametrize("question", ["还有没有行政诉讼案件没审完？", "是否有尚未审结的行政诉讼案件"])
def test_the_rest_still_under_way_is_some_left(report, question):
    kind, value, quotes = _said(report, question)
    assert (kind, value) == ("yes_no", True)
    assert any("仍在审理中" in q for q in quotes)


def test_all_concluded_leaves_none_said_under_way(report):
    # the reconsideration cases were all concluded: no rest is said left
    kind, value, _ = _said(report, "还有没有复议案件没审完？")
    assert not (kind == "yes_no" and value is True)


def test_any_left_undone_is_all_of_them_turned_round(report):
    kind, value, quotes = _said(report, "是否有乡镇没有设立公共法律服务站？")
    assert (kind, value) == ("yes_no", False)
    assert any("均已设立" in q for q in quotes)
    kind, value, quotes = _said(report, "有没有县直部门还没有配备公职律师？")
    assert (kind, value) == ("yes_no", True)
    assert any("尚未配备" in q for q in quotes)


@pytest.mark.parametrize("question", ["是否有乡镇的行政复议纠错率高于20%？", "有没有乡镇的行政复议纠错率超过15%？"])
def test_a_bound_said_of_some_decides_the_bound_asked(report, question):
    kind, value, quotes = _said(report, question)
    assert (kind, value) == ("yes_no", True)
    assert any("仍超过20%" in q for q in quotes)


@pytest.mark.parametrize("question", ["是否有乡镇的行政复议纠错率高于30%？", "是否有乡镇的行政复议纠错率低于20%？"])
def test_a_bound_said_of_some_does_not_decide_a_higher_bound_or_the_other_way(report, question):
    kind, _, _ = _said(report, question)
    assert kind != "yes_no"


def test_the_rest_under_way_says_nothing_of_another_deed(report):
    # the case still being heard says nothing against the head having appeared in each
    kind, value, _ = _said(report, "县市场监管局负责人是不是每个案件都出庭了？")
    assert not (kind == "yes_no" and value is False)


@pytest.mark.parametrize("question,yes", [("县政府败诉率是不是比全市低？", False), ("县政府的行政诉讼败诉率比全市高吗", True)])
def test_a_comparison_written_before_its_word(report, question, yes):
    kind, value, quotes = _said(report, question)
    assert (kind, value) == ("yes_no", yes)
    assert any("6.1%" in q for q in quotes) and len(quotes) == 2


def test_a_trend_on_the_year_before_is_no_bound(report):
    from fgqa.answers.router import compared_as_bound

    assert compared_as_bound("复议申请比上年多了吗") == "复议申请比上年多了吗"
    assert compared_as_bound("调解结案的比例是多少？") == "调解结案的比例是多少？"
    assert compared_as_bound("受理量同比下降了多少？") == "受理量同比下降了多少？"
    assert compared_as_bound("败诉率是不是比全市低？") == "败诉率是不是低于全市？"


@pytest.mark.parametrize("question", ["县卫健局的复议案件有没有被纠错？", "县卫健局作为被申请人的复议案件是否被纠错"])
def test_one_case_maintained_is_no_correction(report, question):
    kind, value, quotes = _said(report, question)
    assert (kind, value) == ("yes_no", False)
    assert any("复议决定维持" in q for q in quotes)


def test_a_level_said_the_spoken_way_is_the_reports_own(report):
    kind, value, quotes = _said(report, "县里有没有办“法律明白人”培训班？")
    assert (kind, value) == ("yes_no", True)
    assert any("培训班5期" in q for q in quotes)


def test_within_the_time_limit_is_on_time(report):
    kind, value, quotes = _said(report, "政府信息公开申请按时答复了吗？")
    assert (kind, value) == ("yes_no", True)
    assert any("期限内答复" in q for q in quotes)


QUIET_TOWN = """岚溪镇人民政府2024年法治政府建设情况报告

一、主要工作
镇政府信息公开平台全年主动公开政务信息88条，全年未收到依申请公开事项。镇司法所调解矛盾纠纷41起。

二、存在的不足
镇村两级法治宣传阵地建设不均衡。

岚溪镇人民政府
2025年1月20日
"""


@pytest.mark.parametrize("question", ["有没有人申请政府信息公开？", "是否有人申请信息公开"])
def test_a_request_for_disclosure_asked_in_words_is_yi_shenqing_gongkai(report, question):
    quiet = summarized(QUIET_TOWN, "lanxi.txt", issuer="岚溪镇人民政府", level="town", year=2024)
    kind, value, quotes = _said(quiet, question)
    assert (kind, value) == ("yes_no", False)
    assert any("未收到依申请公开" in q for q in quotes)
    kind, value, quotes = _said(report, question)
    assert (kind, value) == ("yes_no", True)
    assert any("公开申请27件" in q for q in quotes)
