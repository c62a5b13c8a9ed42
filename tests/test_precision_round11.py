"""Issue 11, eleventh round: false figures and traps of holdout11-holdout16 by class, each in sentences
of our own (fictional places, other wording than the sets). Where the words count something else
or give no year's own figure, the engine keys nothing (or gives another kind), and the year's own
figure beside it stays found."""

from tests.helpers import figures_of, summarized


def kinds(text: str, year: int | None = 2024) -> list[tuple]:
    return [(f.key, f.value, f.kind) for f in figures_of(text, year) if f.key]


def stated(text: str, key: str, year: int | None = 2024) -> list[float]:
    return [f.value for f in figures_of(text, year) if f.key == key and f.kind == "stated"]


# ---- 多 / 少 right after a comparison with the year before: a change in its own words


def test_fewer_than_the_year_before_is_a_change_not_a_count():
    text = "镇政府作为被告的行政诉讼案件41件，审结36件，败诉2件，败诉案件比上年少5件。"
    got = kinds(text)
    assert ("litigation.lost", -5, "change") in got
    assert ("litigation.lost", 5, "stated") not in got
    assert ("litigation.lost", 2, "stated") in got  # the year's own count stays
    _, summary = summarized(text, year=2024)
    rates = [f.value for f in summary.indicators if f.key == "litigation.loss_rate"]
    assert rates == [5.6]  # 2/36, never the change's 5 in it


def test_more_than_the_year_before_is_a_rising_change():
    text = "全年收到政府信息公开申请88件，较去年多12件。"
    got = kinds(text)
    assert ("transparency.requests", 12, "change") in got
    assert ("transparency.requests", 88, "stated") in got


def test_at_least_and_as_many_as_stay_counts():
    text = "全年开展法治宣传活动至少40场，受众多达6000人次。"
    assert 40 in stated(text, "legal_education.events")
    assert 6000 in stated(text, "legal_education.audience")


# ---- a part picked out of a set the lead has just named (…中有N件/个 …): the set's noun keys the
# whole, never the part; the part is keyed by its own words after it or not at all


def test_a_part_of_the_lost_cases_picked_out_by_its_subject_keys_nothing():
    text = "三是败诉原因较为集中，7件败诉案件中有4件涉及土地征收补偿。"
    got = stated(text, "litigation.lost")
    assert 4 not in got
    assert 7 in got  # the lost cases themselves are still the year's count


def test_towns_of_a_set_without_reviewers_are_no_reviewed_documents():
    text = "一是基层审核力量不足，18个乡镇中仍有6个没有专职法制审核人员；二是3个分局中有1个尚未配齐审核人员。"
    got = stated(text, "legality_review.documents")
    assert 6 not in got and 1 not in got


def test_a_part_keyed_by_its_own_words_after_the_set_stays():
    text = "全区审结的12件行政诉讼案件中有3件被判决败诉。"
    assert 3 in stated(text, "litigation.lost")
    assert 12 in stated(text, "litigation.concluded")


def test_a_total_breakdown_opened_by_qizhong_is_not_a_set_part():
    text = "全年审结行政复议案件40件，其中有5件被依法撤销。"
    assert 5 in stated(text, "reconsideration.corrected")


# ---- 合同 before a Chinese numeral: the 同 ends the noun of what is counted, it is no 同一


def test_contracts_counted_in_chinese_numerals_are_read():
    from fgqa.figures.numbers import find_quantities
    assert [(q.value, q.unit) for q in find_quantities("审查合同八十一份")] == [(81, "份")]
    assert find_quantities("同一件事") == []  # 同一 stays no count


def test_the_parts_of_a_stated_review_total_in_chinese_numerals_are_no_year_figures():
    text = "一、工作情况\n镇司法所审核镇政府文件二十六件、合同四十一份，共计六十七件，提出修改建议30条。\n"
    _, summary = summarized(text, year=2024)
    got = [f.value for f in summary.indicators if f.key == "legality_review.documents"]
    assert got == [67]  # the total only: 26 and 41 are its kinds


# ---- the cases one cause brought, in the disclosure paragraph: a figure of the disclosure work


def test_reconsideration_brought_by_disclosure_is_no_reconsideration_count():
    text = ("全年主动公开政府信息2,840条，受理依申请公开153件，因政府信息公开被申请行政复议3件，均被维持。"
            "因信息公开引发的行政复议2件，均维持原答复。")
    got = kinds(text)
    assert not [k for k, *_ in got if k.startswith("reconsideration.")]
    assert ("transparency.requests", 153, "stated") in got


def test_the_bodys_own_upheld_reconsideration_stays_a_zero():
    text = "以乡政府为被申请人的行政复议案件3件，县政府均予以维持。"
    got = kinds(text)
    assert ("reconsideration.accepted", 3, "stated") in got
    assert ("reconsideration.corrected", 0, "zero_claim") in got


# ---- deputies' or other members' court appearances on their own are not the head's count


def test_deputies_appearances_beside_the_principals_are_not_the_heads_count():
    text = ("四是带头出庭应诉，全年出庭应诉3次，并带动区政府分管负责人出庭应诉8次。"
            "2024年9月带头出庭应诉1次，其他班子成员出庭应诉6人次。")
    got = stated(text, "litigation.head_appearances")
    assert 8 not in got and 6 not in got
    assert 3 in got and 1 in got


def test_deputies_named_with_the_principal_or_as_a_part_stay():
    assert 2 in stated("局长、分管副局长出庭应诉2次。", "litigation.head_appearances")
    text = "全县行政机关负责人出庭应诉268次，其中县政府分管副县长出庭应诉5次。"
    assert 5 in stated(text, "litigation.head_appearances")


# ---- look-alike nouns and deeds: another field's mediation, failed disputes, research trips, hearings
# attended, a village's own affairs, contracts cleared up


def test_a_departments_mediation_in_its_own_field_is_no_mediation_count():
    text = ("全镇各调委会调处矛盾纠纷612件，调解成功598件。区知识产权服务站调处知识产权纠纷23件，"
            "办理知识产权纠纷行政调解案件17件。")
    assert stated(text, "mediation.disputes") == [612]


def test_the_disputes_mediation_failed_are_no_mediation_count():
    text = "全年调处纠纷530件。少数调解员能力不足，全年仍有11件纠纷未能调解成功。"
    got = stated(text, "mediation.disputes")
    assert 11 not in got and 530 in got


def test_research_trips_and_hearings_attended_are_no_outreach_events():
    text = "全年开展普法活动86场，分管领导开展法治专项调研5次，组织企业负责人旁听庭审3次。"
    assert stated(text, "legal_education.events") == [86]


def test_a_hearing_attended_after_an_appearance_is_no_appearance_count():
    assert stated("镇长带头出庭应诉并旁听庭审1次。", "litigation.head_appearances") == []
    assert stated("镇长带头出庭应诉2次。", "litigation.head_appearances") == [2]


def test_a_villages_own_affairs_published_are_no_government_information():
    text = "全年在村务公开栏公开村务信息820余条，镇政府网站公开政务信息1,240条。"
    assert stated(text, "transparency.proactive") == [1240]


def test_contracts_cleared_up_are_no_cleaned_documents():
    text = "对村级集体经济合同开展专项清理，共清理合同96份。对以镇政府名义印发的文件进行了梳理，清理27件，废止3件。"
    got = stated(text, "normative_docs.cleaned")
    assert 96 not in got and 27 in got


# ---- the fair-competition review named first, its count said by the bare verb (or its words parted)


def test_a_bare_review_count_after_the_fair_competition_review_is_no_reviewed_document():
    text = ("出台涉及经营主体的政策措施前一律先做公平竞争审查，全年审查31件。市场监管局完成 公平 竞争审查118件。"
            "县司法局全年审查县政府文件和合同164件。")
    assert stated(text, "legality_review.documents") == [164]


# ---- a bound set on a rate the report states exactly elsewhere is that rate said again


def test_a_bound_on_a_rate_stated_exactly_is_no_second_value():
    text = ("一、工作成效\n全年行政机关负责人出庭应诉31次，出庭应诉率86.1%。\n"
            "二、存在的不足\n三是本县负责人出庭应诉率还不到九成，个别部门只派律师应诉。\n")
    _, summary = summarized(text, year=2024)
    got = [(f.value, f.qualifier) for f in summary.indicators if f.key == "litigation.head_appearance_rate"]
    assert got == [(86.1, "exact")]


def test_a_bound_with_nothing_exact_inside_it_stays_the_years_figure():
    text = "一、工作成效\n全年调处矛盾纠纷418件，调解成功率98%以上。\n"
    _, summary = summarized(text, year=2024)
    got = [(f.value, f.qualifier) for f in summary.indicators if f.key == "mediation.success_rate"]
    assert got == [(98, "approx_more")]


# ---- outcomes and refusals said with a stage's verb, settlements, self-corrections


def test_an_outcome_after_the_conclusion_verb_is_no_concluded_count():
    text = "以区政府为被申请人的行政复议案件11件，复议机关审结后维持9件、撤销2件。"
    got = kinds(text)
    assert ("reconsideration.concluded", 9, "stated") not in got
    assert ("reconsideration.corrected", 2, "stated") in got
    assert 9 in stated("全年审结行政复议案件9件，维持7件。", "reconsideration.concluded")


def test_applications_turned_away_are_no_accepted_count():
    text = "全年收到行政复议申请142件，依法受理127件，对不符合受理条件的15件依法不予受理。"
    assert stated(text, "reconsideration.accepted") == [127]


def test_settled_cases_and_self_corrections_are_no_mediation_or_correction_counts():
    text = "复议机构以调解、和解方式化解案件31件，督促行政机关自行纠正违法或不当行为12件。"
    got = kinds(text)
    assert not [k for k, v, _ in got if k in ("mediation.disputes", "reconsideration.corrected")]


# ---- some of the area's places or offices, unnamed, and a level that picks out whom a measure addressed


def test_a_rate_of_some_unnamed_counties_is_no_figure_of_the_body():
    text = ("一是发展不平衡，个别县行政诉讼败诉率仍高于12%；部分镇负责人出庭应诉率不足80%。"
            "二是对败诉率连续两年高于10%的3个县开展专项督导。全市行政诉讼败诉率8.1%。")
    got = kinds(text)
    assert ("litigation.loss_rate", 8.1, "stated") in got
    assert [v for k, v, _ in got if k in ("litigation.loss_rate", "litigation.head_appearance_rate")] == [8.1]


# ---- decisions listed with other objects of a review verb are the review's count; a question for
# the items of the decisions' matter gets no count of them


def test_decisions_listed_among_reviewed_objects_are_no_decision_count():
    text = "县司法局全年审查县政府拟印发的规范性文件、重大行政决策、行政协议等241件。全年作出重大行政决策事项7项。"
    assert stated(text, "major_decisions.count") == [7]


def test_a_which_question_about_the_decisions_gets_no_count():
    from tests.helpers import ask
    text = ("一、工作成效\n县政府编制并公布年度重大行政决策事项目录，纳入目录的9项事项全部经过公众参与、风险评估、"
            "合法性审查、集体讨论决定等法定程序。全年作出重大行政决策事项9项。\n")
    report = summarized(text, year=2024)
    assert ask(report, "重大行政决策事项经过了哪些程序？").answer_type != "number"
    got = ask(report, "重大行政决策事项有多少项？")
    assert got.answer_type == "number" and "9" in got.text


# ---- a body that issues no normative document repeals its own management papers


def test_management_papers_repealed_are_no_repealed_documents():
    text = ("镇政府不制发规范性文件，对以往印发的管理类文件进行梳理，宣布失效5件。"
            "街道对历年印发的12件内部管理制度进行了清理，废止其中2件。")
    assert stated(text, "normative_docs.repealed") == []


def test_normative_documents_repealed_beside_them_stay():
    text = "县政府对管理类文件和规范性文件一并清理，废止规范性文件6件。"
    assert stated(text, "normative_docs.repealed") == [6]


# ---- a paste's one break inside a sentence: a count with its unit opening the next line


def test_a_count_broken_onto_the_next_line_of_a_paragraph_text_is_joined_back():
    from fgqa.documents import clean_text
    raw = ("一、工作成效\r\n全县一审行政诉讼案件由上年的97件下降至84件；法院审结\r\n"
           "79件，行政机关败诉5件。\r\n二、存在的不足\r\n一是部分执法人员程序意识不强。\r\n")
    text = clean_text(raw).text
    assert "法院审结79件,行政机关败诉5件" in text
    assert clean_text(text).text == text  # cleaning twice changes nothing
    _, summary = summarized(text, year=2024)
    rates = [f.value for f in summary.indicators if f.key == "litigation.loss_rate"]
    assert rates == [6.3]  # 5/79, the concluded cases, not the 84 received


def test_a_heading_or_a_closed_line_before_a_count_stays_its_own_line():
    from fgqa.documents import clean_text
    raw = "（三）主要数据\r\n35件行政复议申请全部依法办理。\r\n全年共审结案件。\r\n12件已按期结案。\r\n"
    lines = clean_text(raw).text.split("\n")
    assert "35件行政复议申请全部依法办理。" in lines and "12件已按期结案。" in lines
