"""Yes/no of the thirteenth round's classes (helper `yesno13`): a zero written right after the thing
(…案件为零, …数为0) answers 有没有 no; a capacity or permission denied right before the deed (不具备…的
主体资格, 无权, 不得) answers 能不能/可以…吗 no; a 零 inside a number written in Chinese numerals
(三百零五件) is no zero word; the body's own level (镇政府本级) is its cases as a party (以镇政府为被告…),
also when the report never writes 本级. The report is fictional (its own place and wording)."""

from __future__ import annotations

import pytest
from tests.helpers import ask, summarized

TOWN = """峤屿镇人民政府2025年度法治政府建设工作报告

一、主要工作
（一）应诉和复议。全镇各站所应诉一审行政诉讼案件一百零七件，审结九十八件，败诉六件。其中以镇政府为被告的案件二十三件，败诉一件。镇政府作出的拆违决定没有一件被复议撤销。涉及宅基地审批的复议申请数为0，涉及殡葬管理的行政诉讼依然为零。
（二）执法。镇综合执法队聘用协勤人员28名，协勤人员无权单独开具罚单，只协助执法队员维护现场秩序。村民委员会不具有作出行政处罚的主体资格，发现的违法线索一律移交镇综合执法队。镇便民服务中心全年办件为0.5万件。

二、存在的不足
个别站所执法文书仍不够规范。
"""


@pytest.fixture(scope="module")
def town():
    return summarized(TOWN, "qiaoyu.txt", issuer="峤屿镇人民政府", level="town", year=2025, region="峤屿镇")


def _said(report, question):
    a = ask(report, question)
    return a.answer_type, a.value


def test_a_zero_written_after_the_thing_is_a_no_to_whether_there_is_any(town):
    assert _said(town, "有没有涉及宅基地审批的复议申请?") == ("yes_no", False)
    assert _said(town, "涉及殡葬管理的行政诉讼有没有?") == ("yes_no", False)


def test_a_capacity_denied_before_the_deed_is_a_no_to_whether_it_may(town):
    assert _said(town, "协勤人员可以单独开具罚单吗?") == ("yes_no", False)
    assert _said(town, "村民委员会能不能作出行政处罚?") == ("yes_no", False)


def test_a_zero_inside_chinese_numerals_is_no_zero_of_the_outcome(town):
    assert _said(town, "全镇是否零败诉?") == ("yes_no", False)
    # read from the sentences alone (no figure): "一百零七件…败诉六件" holds 零 and 败诉 but says no zero
    from fgqa.answers.evidence import ReportIndex
    from fgqa.answers.yes_no import decide_general

    doc, summary = town
    said = decide_general("全镇是否零败诉?", summary, doc.text, ReportIndex.build(summary, doc.text))
    assert not (said.answer_type == "yes_no" and said.value is True)


def test_the_bodys_own_level_is_its_cases_as_a_party(town):
    # the report never writes 镇政府本级: 其中以镇政府为被告…败诉一件 is that level's
    assert _said(town, "镇政府本级是否实现零败诉?") == ("yes_no", False)


COUNTY = """汶岐县人民政府2025年度法治政府建设情况报告

一、主要工作
县政府审结行政复议案件152件，纠错率12.6%，较上年提高0.9个百分点，低于全市平均水平。县政府全年收到行政复议申请171件，去年同期行政复议申请为零。县政府作为被申请人的复议案件1件，经市政府复议决定维持。全县法院审结行政诉讼案件88件，行政机关败诉率6.8%，同比下降1.4个百分点，高于全省平均水平。各乡镇报备的规范性文件中，备案审查纠错率为5.1%，较上年下降2.3个百分点。
"""


@pytest.fixture(scope="module")
def county():
    return summarized(COUNTY, "wenqi.txt", issuer="汶岐县人民政府", level="county", year=2025, region="汶岐县")


def test_a_change_opening_its_clause_is_of_the_rate_before_it(county):
    # the 2.3-point fall is the filing review's rate, not the reconsideration's
    assert _said(county, "复议纠错率是否比上年下降?") == ("yes_no", False)


def test_the_filing_reviews_own_fall_answers_its_question(county):
    # the words that keep the filing review's rate out of reconsideration.correction_rate keep the question out too
    assert _said(county, "备案审查纠错率比上年下降了吗?") == ("yes_no", True)


def test_a_comparison_said_after_the_change_clause_is_the_figures(county):
    assert _said(county, "复议纠错率是否低于全市平均水平?") == ("yes_no", True)
    assert _said(county, "败诉率是否低于全省平均水平?") == ("yes_no", False)


def test_the_act_asked_as_its_bodys_behaviour_is_read_as_the_bodys_decisions(town):
    # "…撤销镇政府的行为": the report names the decisions, never 行为
    assert _said(town, "复议机关有没有撤销镇政府的行为?") == ("yes_no", False)


def test_a_prior_year_said_to_have_none_makes_any_this_year_a_rise(county):
    assert _said(county, "行政复议申请是否比上年增加?") == ("yes_no", True)
    assert _said(county, "行政复议申请比上年减少了吗?") == ("yes_no", False)


def test_a_degree_word_asks_a_trend_and_a_change_belongs_to_the_clause_before_it(county):
    # 有所 is no existence: the applications' none the year before says the rise
    assert _said(county, "行政复议申请是否有所增长?") == ("yes_no", True)
    # "审结…88件,行政机关败诉率6.8%,同比下降1.4个百分点": the fall is the rate's, not the cases'
    assert _said(county, "行政诉讼案件是否有所下降?")[0] != "yes_no"


def test_an_outcome_the_report_never_names_is_answered_by_its_opposite(county):
    # the report never writes 撤销: the one case maintained says none was revoked
    assert _said(county, "被申请复议的案件有没有被撤销?") == ("yes_no", False)
    assert _said(county, "县政府的复议决定有没有被撤销或确认违法?") == ("yes_no", False)
