"""Figures in wordings an independent writer used and the rules had not met (the classes of the
spent set evals/holdout4): verbal zeros said as a dismissal or in speech, a respondent's own
zero beside a stated rate, a respondent's rate from its own sentence, a matter named only after
the number. Every sentence here is written for the test."""

from fgqa.figures.derive import derive_rates
from fgqa.figures.extract import extract_figures
from fgqa.models import Figure
from fgqa.sections import outline

TITLE = "枫渡县人民政府关于2024年度法治政府建设情况的报告\n一、主要工作\n"


def figures_of(text: str, *, issuer: str | None = None) -> list[Figure]:
    text = TITLE + text
    return extract_figures(text, outline(text).sections, 2024, issuer=issuer)


def keyed(figs: list[Figure]) -> set[tuple[str | None, float, str]]:
    return {(f.key, f.value, f.kind) for f in figs if f.key}


# ---- verbal zeros: every suit dismissed, spoken "did not lose", nothing applied for


def test_every_suit_dismissed_is_no_case_lost():
    got = keyed(figures_of("以县应急管理局为被告的行政诉讼案件4件,均被人民法院判决驳回原告的诉讼请求。"))
    assert ("litigation.lost", 0, "zero_claim") in got


def test_some_suits_dismissed_is_no_zero():
    got = keyed(figures_of("行政诉讼案件9件,其中3件法院判决驳回原告诉讼请求,2件判决撤销。"))
    assert ("litigation.lost", 0, "zero_claim") not in got


def test_spoken_did_not_lose_is_no_case_lost_and_the_bodys_rate():
    got = keyed(figures_of("镇里今年当被告的官司有2件,法院都判了,镇政府一件也没输。"))
    assert {("litigation.lost", 0, "zero_claim"), ("litigation.loss_rate", 0, "zero_claim")} <= got


def test_lost_in_other_senses_is_no_zero():
    got = keyed(figures_of("全年没有输入错误数据,诉讼材料按时报送。"))
    assert ("litigation.lost", 0, "zero_claim") not in got


def test_reconsideration_none_at_all_said_after_its_noun_is_no_application():
    got = keyed(figures_of("行政诉讼案件3件。行政复议申请一件都没有。"))
    assert ("reconsideration.applications", 0, "zero_claim") in got
    assert ("reconsideration.accepted", 0, "zero_claim") not in got


def test_no_application_received_is_the_applications_count():
    got = keyed(figures_of("全年未收到行政复议申请。"))
    assert ("reconsideration.applications", 0, "zero_claim") in got
    assert ("reconsideration.accepted", 0, "zero_claim") not in got


def test_no_case_is_still_the_accepted_count():
    got = keyed(figures_of("全年没有以县政府为被申请人的行政复议案件。"))
    assert ("reconsideration.accepted", 0, "zero_claim") in got


def test_spoken_every_village_has_an_adviser_is_full_coverage():
    got = keyed(figures_of("全乡9个村都有了自己的法律顾问,有事能找到人。"))
    assert ("legal_advisor.coverage_rate", 100, "zero_claim") in got


# ---- a respondent's zero is no rate against a stated one; its own sentence's counts


def test_a_respondents_zero_is_no_rate_where_the_report_states_the_rate():
    figs = figures_of("县政府行政复议机构审结复议案件240件,纠错31件,纠错率12.9%。\n"
                      "本局全年未发生行政复议被纠错的情况。", issuer="枫渡县司法局")
    rates = [f for f in figs if f.key == "reconsideration.correction_rate"]
    assert [(f.value, f.kind) for f in rates] == [(12.9, "stated")]
    assert ("reconsideration.corrected", 0, "zero_claim") in keyed(figs)


def test_a_zero_with_no_stated_rate_still_gives_the_rate():
    figs = figures_of("本局作为被申请人的行政复议案件6件,未发生行政复议被纠错的情况。")
    assert ("reconsideration.correction_rate", 0, "zero_claim") in keyed(figs)


def test_the_body_named_as_respondent_without_yi_wei_is_a_scope():
    figs = figures_of("街道被申请行政复议3件,复议机关均予以维持。")
    accepted = [f for f in figs if f.key == "reconsideration.accepted"]
    assert [(f.value, f.scope) for f in accepted] == [(3, "街道")]
    assert ("reconsideration.correction_rate", 0, "zero_claim") not in keyed(figs)  # one scope's zero


def test_a_rate_is_derived_from_the_counts_of_its_own_sentence_first():
    text = TITLE + ("县政府作为复议机关,全年受理复议案件310件,审结296件;纠错40件。"
                    "县政府作为被申请人、向市政府申请的复议案件12件,被纠错3件。")
    figs = extract_figures(text, outline(text).sections, 2024)
    derived, _ = derive_rates(figs, text)
    rates = sorted(f.formula for f in derived if f.key == "reconsideration.correction_rate")
    assert rates == ["3/12", "40/296"]


# ---- counts that came in, in litigation, with the noun left out


def test_cases_that_came_in_inside_a_litigation_sentence():
    got = keyed(figures_of("全县行政诉讼一审新收案件128件,审结117件。"))
    assert {("litigation.cases", 128, "stated"), ("litigation.concluded", 117, "stated")} <= got


def test_new_cases_of_a_reconsideration_sentence_stay_reconsideration():
    got = keyed(figures_of("行政复议新收案件57件。"))
    assert ("litigation.cases", 57, "stated") not in got


# ---- a matter named only after its number


def test_a_matter_named_after_the_number_beats_the_domain_carried_from_before():
    text = ("县司法局全年审查规范性文件草案41件。县商务局联合县财政局对17项涉及企业的扶持政策开展了公平竞争审查。")
    got = keyed(figures_of(text))
    assert ("legality_review.documents", 41, "stated") in got
    assert ("legality_review.documents", 17, "stated") not in got


def test_a_list_item_keeps_the_domain_of_its_sentence():
    text = "行政复议机构受理81件。审结77件,其中维持38件、撤销或确认违法9件、调解后终止11件。"
    got = keyed(figures_of(text))
    assert ("reconsideration.corrected", 9, "stated") in got


# ---- spoken numerals and verbs, a court's count, a share said in words


def test_spoken_review_verb_counts_documents_where_the_sentence_names_them():
    got = keyed(figures_of("村里签的协议、镇里发的文件,都请律师把关,今年总共审了四十余份。"))
    assert ("legality_review.documents", 40, "stated") in got


def test_spoken_review_verb_without_documents_named_is_no_review():
    got = keyed(figures_of("今年总共审了四十来份。"))
    assert not any(k == "legality_review.documents" for k, _, _ in got)


def test_outreach_named_without_the_word_activity():
    got = keyed(figures_of("一年下来在集市上搞了六十多场法治宣传。"))
    assert ("legal_education.events", 60, "stated") in got


def test_spoken_mediated_successfully_gives_the_success_rate():
    text = TITLE + "村调委会全年调处纠纷四十件,调成了三十八件。"
    figs = extract_figures(text, outline(text).sections, 2024)
    derived, _ = derive_rates(figs, text)
    assert [(f.key, f.value) for f in derived] == [("mediation.success_rate", 95.0)]


def test_a_court_concluded_count_after_a_dispute_word_is_litigation():
    got = keyed(figures_of("以镇政府为被告的行政诉讼案件4件,多为土地流转纠纷,法院审结3件。"))
    assert ("litigation.concluded", 3, "stated") in got


def test_a_mediated_share_of_reconsideration_cases_is_the_mediation_rate():
    got = keyed(figures_of("市政府行政复议机构审结案件820件,通过调解和解方式结案的比例为19.4%。"))
    assert ("reconsideration.mediation_rate", 19.4, "stated") in got


def test_spoken_defendant_suits_are_the_case_count():
    got = keyed(figures_of("村委会今年当被告的案子有3件,都还在审。"))
    assert ("litigation.cases", 3, "stated") in got


def test_a_mediated_share_said_as_a_proportion_goal():
    got = keyed(figures_of("\n四、下一年度工作安排\n推动行政复议调解和解比例达到25%。"))
    assert ("reconsideration.mediation_rate", 25, "target") in got


def test_spoken_lai_after_a_numeral_is_about_that_many():
    from fgqa.figures.numbers import find_quantities

    assert [(q.value, q.unit, q.qualifier) for q in find_quantities("全年审了四十来份、接待了20来人")] == [
        (40, "份", "approx_more"), (20, "人", "approx_more")]
    assert [(q.value, q.unit) for q in find_quantities("近3年来,一来方便群众")] == [(3, "年")]
