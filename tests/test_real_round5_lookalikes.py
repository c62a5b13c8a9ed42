"""Issue 11, class 7 (look-alike words) on the fifth round of real dev pages and the spent test
pages: counts that sit next to an indicator's words but count something else, each as its class in
our own words. The engine gives no key rather than a wrong one; the year's own figures stay found."""

import pytest

from fgqa.figures.extract import extract_figures
from fgqa.sections import outline


def keyed(text: str, year: int | None = 2024) -> list[tuple]:
    return [(f.key, f.value, f.kind) for f in extract_figures(text, outline(text).sections, year) if f.key]


# ---- lectures and audiences of officials' own study are no outreach


@pytest.mark.parametrize("text, value", [
    # a lecture in a sentence on a government meeting's study
    ("健全县政府常务会议会前学法机制,全年举办法治专题讲座3次。", 3),
    # a lecture held at the executive meeting itself
    ("镇政府常务会举办法治专题讲座2期,学习新修订的行政复议法。", 2),
])
def test_a_lecture_of_a_government_meetings_study_is_no_outreach_event(text, value):
    assert ("legal_education.events", value, "stated") not in keyed(text)


@pytest.mark.parametrize("text, value", [
    # those studying, counted after the study sessions
    ("全年开展专题学法8次、法治讲座3场,参与学习人数260余人次,干部法治素养持续提升。", 260),
    # an audience counted after officials' training in the same sentence
    ("通过专题讲座、现场教学等形式,组织机关干部职工开展法治培训6场次,覆盖300余人次。", 300),
])
def test_an_audience_of_officials_study_or_training_is_no_outreach_audience(text, value):
    assert ("legal_education.audience", value, "stated") not in keyed(text)


def test_an_outreach_audience_stays_found():
    assert ("legal_education.audience", 5000, "stated") in keyed("开展普法宣传活动30场,覆盖群众5000人次。")


# ---- news items posted on a website are not documents disclosed


def test_news_items_on_a_website_are_no_proactive_disclosure():
    text = "2024年,本厅门户网站公开发布各类政务动态信息3200条,主动公开部门预算和决算。"
    assert not any(k == "transparency.proactive" for k, _, _ in keyed(text))


def test_disclosed_government_information_stays_found():
    assert ("transparency.proactive", 860, "stated") in keyed("全年发布政府信息860条,及时回应社会关切。")


# ---- a legal check of cases (major enforcement decisions) reviews no document


def test_a_legal_check_of_enforcement_cases_is_no_legality_review_of_documents():
    text = "完善重大执法决定法制审核机制,全年办结重大法制审核案件41件,确保执法合法。"
    assert not any(k == "legality_review.documents" for k, _, _ in keyed(text))


def test_documents_reviewed_for_legality_stay_found():
    assert ("legality_review.documents", 27, "stated") in keyed("全年审查规范性文件和合同27件,提出修改意见9条。")


# ---- a dispute resolution rate: mediation's when its clause follows a mediation count


def test_a_bare_resolution_rate_after_a_mediation_count_is_the_success_rate():
    got = keyed("全年排查化解矛盾纠纷212件,化解率达97%,做到小事不出村。")
    assert ("mediation.disputes", 212, "stated") in got
    assert ("mediation.success_rate", 97, "stated") in got


@pytest.mark.parametrize("text", [
    # a review body's composite rate of administrative disputes
    "全年审结行政复议案件820件,直接纠错率9.1%;矛盾纠纷综合化解率31.2%,同比提高5个百分点。",
    # a resolution rate of administrative disputes in a mediation-worded sentence
    "通过调解化解行政争议纠纷120件,化解率达65%。",
])
def test_a_resolution_rate_of_administrative_disputes_is_no_mediation_success_rate(text):
    assert not any(k == "mediation.success_rate" for k, _, _ in keyed(text))


# ---- a breakdown by category: the next item is its own category, not the key before it


def test_the_next_category_of_a_breakdown_does_not_inherit_the_key_before_it():
    text = "服务窗口全年办理各类法律服务事项9800件,其中公证类210件、法律援助类430件、法律咨询类1260件。"
    got = keyed(text)
    assert not any(k == "legal_aid.cases" and v in (1260, 1690) for k, v, _ in got)


def test_the_next_item_of_a_plain_list_still_inherits():
    assert ("legality_review.documents", 7, "stated") in keyed("全年审查规范性文件6件、合同7份。")


def test_policy_explanations_listed_after_disclosed_information_are_no_disclosure():
    got = keyed("全年主动公开政府信息5120条、政策解读316条,受理政府信息公开申请88件。")
    assert ("transparency.proactive", 5120, "stated") in got
    assert not any(k == "transparency.proactive" and v in (316, 5436) for k, v, _ in got)


def test_a_count_before_the_years_decision_catalogue_counts_decisions():
    assert ("major_decisions.count", 5, "stated") in keyed("公布5项年度重大行政决策目录,严格履行决策程序。")
