"""Issue 11, classes 7–9 on unseen writing: the confident wrong figures of the third round of
real dev pages, each as its class in our own words. When the words do not say which key a
number is, the engine gives none (precision first); the year's own figures stay found."""

import pytest

from fgqa.answers.router import route
from fgqa.figures.extract import extract_figures
from fgqa.models import Figure
from fgqa.sections import outline


def figures_of(text: str, year: int | None = 2024) -> list[Figure]:
    return extract_figures(text, outline(text).sections, year)


def keyed(text: str, year: int | None = 2024) -> list[tuple]:
    return [(f.key, f.value, f.kind) for f in figures_of(text, year) if f.key]


# ---- a prior year's count: the clause opens with that year


def test_a_clause_that_opens_with_an_earlier_year_counts_that_year():
    got = keyed("上一年度结转后,2022全年需审理的复议案件共48件,2023年需审理的复议案件共90件。", year=2023)
    assert ("reconsideration.accepted", 90, "stated") in got
    assert ("reconsideration.accepted", 48, "stated") not in got
    # and the two years are never added up into a total
    assert not any(v == 138 for _, v, _ in got)


@pytest.mark.parametrize("text", [
    "2022年12月31日前制定的现行有效规范性文件经清理共86件。",  # a cut-off date, not a year
    "2021年以来累计清理规范性文件86件。",  # a span reaching into the report year
])
def test_a_date_or_a_span_at_the_clause_start_is_no_prior_year(text):
    assert all(kind != "benchmark" for _, _, kind in keyed(text, year=2023))


# ---- received is not accepted; what never came in is neither


def test_what_was_received_is_the_applications_and_the_accepted_count_follows():
    got = keyed("县复议办共收到以各部门、各乡镇作为被申请人的行政复议案件52件,依法受理49件。")
    assert ("reconsideration.applications", 52, "stated") in got
    assert ("reconsideration.accepted", 49, "stated") in got
    assert ("reconsideration.accepted", 52, "stated") not in got


@pytest.mark.parametrize("text", [
    "对不符合条件的申请作出不予受理决定或告知其向有权机关提出共64件。",
    "另有行政复议受理前协商化解的纠纷23件。",
])
def test_not_accepted_and_settled_before_acceptance_are_no_accepted_count(text):
    assert all(key != "reconsideration.accepted" for key, _, _ in keyed("行政复议方面," + text))


def test_a_question_about_what_was_received_asks_for_the_applications():
    assert route("全年一共收到了多少件行政复议案件").key == "reconsideration.applications"


# ---- one kind of case, in brackets or under a reconsideration heading


def test_a_kind_of_case_counted_in_brackets_is_a_part():
    got = keyed("全年新收行政复议申请960件。其中征收补偿类行政复议案件增长近两倍(新收310件),占比最高。")
    assert ("reconsideration.applications", 960, "stated") in got
    assert all(v != 310 for _, v, _ in got)


def test_penalty_cases_under_a_reconsideration_heading_are_disputed_acts():
    text = ("一、行政复议案件审理情况\n"
            "从管理领域看,受理案件集中在市场监管领域,其中市场监管领域行政处罚案件21件。\n"
            "二、行政执法情况\n"
            "全县行政执法机关办理行政处罚案件1,380件。\n")
    got = keyed(text)
    assert ("enforcement.cases", 1380, "stated") in got
    assert ("enforcement.cases", 21, "stated") not in got


# ---- look-alikes of disclosure, review opinions and reviewed documents


def test_one_kind_of_document_disclosed_is_not_the_proactive_total():
    got = keyed("全年主动公开区政府规章3件、行政规范性文件27件、人事任免文件58件。")
    assert all(key != "transparency.proactive" for key, _, _ in got)
    assert ("transparency.proactive", 1520, "stated") in keyed("全年主动公开政府信息1520条。")


def test_a_request_count_written_before_its_noun():
    assert ("transparency.requests", 19, "stated") in keyed("政务公开方面,全年共办理19件政府信息公开申请。")


def test_no_lawsuit_caused_by_a_request_is_no_zero_of_requests():
    got = keyed("政务公开方面,受理申请12件,未收到因政府信息公开申请引起的行政诉讼。")
    assert ("transparency.requests", 12, "stated") in got
    assert ("transparency.requests", 0, "zero_claim") not in got
    # nor a zero of all the body's lawsuits: the zero is of one cause only (issue 11, seventh round)
    assert ("litigation.cases", 0, "zero_claim") not in got


def test_advice_of_no_stated_kind_is_no_review_opinion():
    got = keyed("政府法律顾问列席重点项目会议85次,为项目推进出具意见430份。")
    assert all(key != "legality_review.opinions" for key, _, _ in got)
    assert ("legality_review.opinions", 64, "stated") in keyed("区司法局出具合法性审查意见64条。")


def test_a_part_introduced_by_qizhong_dui_is_not_what_was_reviewed():
    got = keyed("合法性审查方面,出具法制审核意见620件,其中对95份部门来函提出修改建议。")
    assert ("legality_review.documents", 95, "stated") not in got


# ---- a kind of case keeps its passage's domain; a scope named by the respondent alone


def test_a_list_of_case_kinds_is_no_count_of_another_key():
    text = "（二）行政复议。全年受理复议申请90件。按争议行为分,行政强制类11件、政府信息公开类9件。"
    got = keyed(text)
    assert all(key not in ("enforcement.cases", "transparency.requests") for key, _, _ in got)


def test_a_kind_named_inside_the_accepted_cases_is_a_part():
    got = keyed("行政复议方面,依法受理案件40件,受理案件中征收补偿类14件。")
    assert ("reconsideration.accepted", 40, "stated") in got
    assert ("reconsideration.accepted", 14, "stated") not in got


def test_a_scope_named_by_its_respondent_right_before_the_count():
    figs = [f for f in figures_of("行政复议方面,受理72件,其中以区政府部门为被申请人的61件。") if f.key]
    part = next(f for f in figs if f.value == 61)
    assert part.key == "reconsideration.accepted" and part.scope == "区政府部门"


def test_parts_beside_a_stated_whole_are_not_added_up():
    text = ("全年依法受理行政复议案件500件。以区政府为被申请人的复议案件30件;"
            "以区政府部门为被申请人的复议案件250件;以街道办事处为被申请人的复议案件120件。")
    assert all(kind != "derived" for key, _, kind in keyed(text) if key == "reconsideration.accepted")


# ---- other reviews, documents before issue, officials' study


def test_a_fair_competition_review_after_a_filing_review_is_no_reviewed_document():
    got = keyed("向市政府报送备案审查规范性文件5件。对28项涉企政策开展公平竞争审查。")
    assert all(key != "legality_review.documents" for key, _, _ in got)


def test_documents_about_to_be_issued_were_reviewed_this_year():
    assert ("legality_review.documents", 37, "stated") in keyed("司法局对拟发文件开展合法性审核37件。")


def test_officials_sitting_an_exam_are_no_outreach_audience():
    got = keyed("普法方面,全区机关干部参加网上学法考试2,400人次,开展普法活动30场,受众9000人次。")
    assert ("legal_education.audience", 9000, "stated") in got
    assert ("legal_education.audience", 2400, "stated") not in got


def test_a_lecture_in_a_sentence_that_counts_officials_study_is_that_study():
    got = keyed("各级党组开展中心组学法300余次、常务会议学法25次,举办法治讲座40期。")
    assert all(key != "legal_education.events" for key, _, _ in got)
    # a lecture for the public, or outreach said outright, stays an outreach event
    assert ("legal_education.events", 12, "stated") in keyed("在村部举办法治讲座12场,参加群众300余人。")
    got = keyed("组织干部学法6次,开展普法宣传活动45场。")
    assert ("legal_education.events", 45, "stated") in got


# ---- small recall fixes of the same round: zeros, rates and counts said another way


def test_no_lost_lawsuit_said_with_yingsu():
    assert ("litigation.lost", 0, "zero_claim") in keyed("2024年本乡未发生行政复议、行政应诉败诉案件。")


def test_a_correction_rate_said_without_the_word_rate():
    assert ("reconsideration.correction_rate", 3.2, "stated") in keyed("复议机关作出纠错决定的有40件,纠错为3.2%。")


def test_correction_decisions_after_a_mediation_clause():
    text = "市政府受理复议案件300件,以调解方式结案41件,调解率13.7%;作出撤销、确认违法等纠错决定33件。"
    assert ("reconsideration.corrected", 33, "stated") in keyed(text)


def test_the_catalogue_items_of_a_decision_sentence():
    text = "编制年度重大行政决策事项目录并公开,对涉及民生保障等6项重点事项逐项落实专家论证。"
    assert ("major_decisions.count", 6, "stated") in keyed(text)


def test_outreach_named_after_the_count_survives_officials_study_in_the_sentence():
    assert ("legal_education.events", 70, "stated") in keyed("组织干部学法8次,全年开展70场普法宣传活动。")
