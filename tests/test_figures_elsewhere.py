"""Numbers that name an indicator but are not the year's own figure of the reporting body
(fgqa/figures/elsewhere.py, kinds.toml [elsewhere]): totals over several years, a part of the
year beside the whole year, averages per unit, and somebody else's figures — a higher area's, a
neighbour's, an upper body's. fgqa abstains on each (no key, or a benchmark), and keeps the
body's own figure of the year beside them. Sentences written for these tests."""

from __future__ import annotations

from fgqa.models import YEAR_KINDS
from helpers import figures_of

COUNTY = {"level": "county", "issuer": "岙川县人民政府"}
TOWN = {"level": "town", "issuer": "苇溪镇人民政府"}
BUREAU = {"level": "department", "issuer": "澧沙区市场监督管理局"}


def _year_values(text: str, key: str, **kw: object) -> list[float]:
    """The values fgqa gives as the year's figure of `key` (stated, derived or a verbal zero)."""
    year = kw.pop("year", 2023)
    return [f.value for f in figures_of(text, year, **kw) if f.key == key and f.kind in YEAR_KINDS]


def _kind_of(text: str, key: str, value: float, **kw: object) -> str | None:
    year = kw.pop("year", 2023)
    return next((f.kind for f in figures_of(text, year, **kw) if f.key == key and f.value == value), None)


# ---------------------------------------------------------------- over several years


def test_a_total_over_recent_years_keys_nothing() -> None:
    text = "近五年来，全县累计办理法律援助案件2,960件。本年度办理法律援助案件574件。"
    assert _year_values(text, "legal_aid.cases", **COUNTY) == [574]


def test_a_span_of_years_and_a_count_of_years_key_nothing() -> None:
    assert _year_values("2019年至2022年共审查规范性文件305件。", "legality_review.documents", **COUNTY) == []
    assert _year_values("三年来共开展普法活动880场。", "legal_education.events", **COUNTY) == []
    assert _year_values("十四五以来清理规范性文件412件。", "normative_docs.cleaned", **COUNTY) == []


def test_the_sentences_period_reaches_a_later_clause() -> None:
    text = "近三年，全县累计调解矛盾纠纷5,400件，累计开展普法活动730场。"
    assert _year_values(text, "legal_education.events", **COUNTY) == []
    assert _year_values(text, "mediation.disputes", **COUNTY) == []


def test_since_an_earlier_year_is_several_years_but_since_last_year_is_the_year() -> None:
    assert _year_values("自2019年以来，共受理行政复议申请640件。", "reconsideration.applications", **COUNTY) == []
    assert _year_values("2022年以来，共受理行政复议申请210件。", "reconsideration.applications", **COUNTY) == [210]


def test_a_years_span_in_a_title_is_no_period_of_the_number() -> None:
    text = "对照《法治政府建设实施纲要(2021—2025年)》，全年审查规范性文件37件。"
    assert _year_values(text, "legality_review.documents", **COUNTY) == [37]


def test_one_year_back_is_the_year() -> None:
    assert _year_values("一年来，全县办理法律援助案件431件。", "legal_aid.cases", **COUNTY) == [431]


# ---------------------------------------------------------------- a part of the year


def test_a_part_of_the_year_beside_the_whole_year_keys_nothing() -> None:
    text = "全年受理行政复议案件96件。上半年受理行政复议案件41件，1—10月审结复议案件77件。"
    assert _year_values(text, "reconsideration.accepted", **COUNTY) == [96]
    # 审结 is given for ten months only: that is the report's figure for it, kept
    assert _year_values(text, "reconsideration.concluded", **COUNTY) == [77]


def test_a_quarter_of_the_years_disputes_is_a_part() -> None:
    text = "全镇调处矛盾纠纷318件，其中第三季度调处矛盾纠纷92件。"
    assert _year_values(text, "mediation.disputes", **TOWN) == [318]


def test_the_whole_year_by_months_is_the_year() -> None:
    text = "1—12月受理行政复议案件58件。"
    assert _year_values(text, "reconsideration.accepted", **COUNTY) == [58]


# ---------------------------------------------------------------- per unit


def test_an_average_per_unit_is_no_count_of_the_body() -> None:
    text = "全镇开展普法宣传活动63场，平均每个村开展普法活动5场。"
    assert _year_values(text, "legal_education.events", **TOWN) == [63]
    assert _year_values("人均办理法律援助案件12件。", "legal_aid.cases", **COUNTY) == []


# ---------------------------------------------------------------- somebody else's


def test_a_higher_areas_figure_in_a_county_report_is_a_benchmark() -> None:
    text = "全县行政诉讼败诉率为5.8%。全市行政诉讼败诉率为7.9%，全省为8.4%。"
    assert _year_values(text, "litigation.loss_rate", **COUNTY) == [5.8]
    assert _kind_of(text, "litigation.loss_rate", 7.9, **COUNTY) == "benchmark"


def test_the_higher_areas_subject_carries_to_the_next_clauses_of_its_figures() -> None:
    text = "全市各级行政复议机关共收到复议申请2,710件，受理2,533件。全县收到复议申请164件。"
    assert _year_values(text, "reconsideration.applications", **COUNTY) == [164]
    assert _kind_of(text, "reconsideration.accepted", 2533, **COUNTY) == "benchmark"


def test_a_subject_of_no_figure_does_not_carry() -> None:
    text = "全市率先建成复议案件网上办理平台，受理行政复议案件128件。"
    assert _year_values(text, "reconsideration.accepted", **COUNTY) == [128]


def test_another_subject_after_the_higher_area_is_the_bodys_own() -> None:
    text = "全市共受理行政复议案件1,920件，其中我县受理行政复议案件133件。"
    assert 133 in _year_values(text, "reconsideration.accepted", **COUNTY)
    assert 1920 not in _year_values(text, "reconsideration.accepted", **COUNTY)


def test_the_county_in_a_town_report_is_somebody_else() -> None:
    text = "全镇调解成功率98.1%，全县调解成功率为96.6%。"
    assert _year_values(text, "mediation.success_rate", **TOWN) == [98.1]


def test_a_county_level_city_keeps_its_own_whole_city() -> None:
    # 宁川市 reports at county level: its 全市 is its own area
    text = "全市行政诉讼败诉率为6.2%。"
    assert _year_values(text, "litigation.loss_rate", level="county", issuer="宁川市人民政府") == [6.2]


def test_a_neighbours_rate_is_a_benchmark() -> None:
    text = "全县行政复议纠错率为11.4%，与我县相邻的沂平县为13.0%，邻近的桐湾区纠错率为9.7%。"
    assert _year_values(text, "reconsideration.correction_rate", **COUNTY) == [11.4]


def test_a_named_sibling_with_a_rate_of_its_own_is_somebody_else() -> None:
    text = "本县行政诉讼败诉率为4.9%，浔阳县败诉率为8.8%。"
    assert _year_values(text, "litigation.loss_rate", **COUNTY) == [4.9]


def test_an_upper_level_in_a_lower_bodys_report_is_a_benchmark() -> None:
    text = "市级行政复议机关全年审结案件1,540件，纠错率为10.2%。区级审结案件203件。"
    assert _year_values(text, "reconsideration.concluded", level="district", issuer="澜溪区人民政府") == [203]
    assert _kind_of(text, "reconsideration.correction_rate", 10.2, level="district", issuer="澜溪区人民政府") == "benchmark"
    assert _year_values("上级复议机关审结案件88件。", "reconsideration.concluded", **COUNTY) == []


def test_a_departments_area_is_read_from_its_name() -> None:
    # a district's bureau: the city's figures are somebody else's, the district's its own
    text = "全市市场监管系统查办案件9,870件。全区查办行政处罚案件1,204件。"
    assert _year_values(text, "enforcement.cases", **BUREAU) == [1204]


def test_a_place_that_is_only_a_word_is_no_subject() -> None:
    # 审查区政府… and 年初提出全区… end in a place's last word but name no place
    text = "全年审查区政府规范性文件19件。年初提出全区行政机关负责人出庭应诉率要达到95%，实际出庭应诉率为97.1%。"
    kw = {"level": "district", "issuer": "澜溪区人民政府"}
    assert _year_values(text, "legality_review.documents", **kw) == [19]
    assert _year_values(text, "litigation.head_appearance_rate", **kw) == [97.1]



# ---------------------------------------------------------------- what the checks must leave the body


def test_a_clause_with_a_body_of_its_own_takes_no_higher_subject() -> None:
    # the city's count, then the county's bureau, its own level, an office named without a level,
    # and the county's towns: none of them is the city's
    assert _year_values("全市复议机关共收案2,870件，县司法局办理行政复议案件71件。", "reconsideration.accepted",
                        **COUNTY) == [71]
    assert _year_values("市级复议机关共受理案件2,870件，县本级受理71件。", "reconsideration.accepted", **COUNTY) == [71]
    assert _year_values("全市法律援助机构办理案件4,930件，法律援助中心办理案件318件。", "legal_aid.cases",
                        **COUNTY) == [318]
    assert _year_values("全市调解组织调处纠纷3.2万件，各乡镇调解纠纷1,455件。", "mediation.disputes", **COUNTY) == [1455]


def test_a_clause_without_a_subject_still_takes_the_higher_one() -> None:
    text = "全市复议机关共收案2,870件，审结2,611件。"
    assert _kind_of(text, "reconsideration.concluded", 2611, **COUNTY) == "benchmark"


def test_a_whole_city_is_no_higher_area_when_the_county_level_body_has_no_known_name() -> None:
    # a county-level report whose issuer was not read: its 全市 may be a 县级市's own
    text = "全市行政诉讼败诉率为6.2%，纠错率为9.5%。"
    assert _year_values(text, "litigation.loss_rate", level="county") == [6.2]
    # a county's own name says the city is the one above it
    assert _kind_of(text, "litigation.loss_rate", 6.2, **COUNTY) == "benchmark"


def test_years_that_say_when_the_things_counted_were_made_are_no_period() -> None:
    text = "对2016年以来出台的规范性文件开展全面清理，共清理规范性文件263件，废止11件。"
    assert _year_values(text, "normative_docs.cleaned", **COUNTY) == [263]
    assert _year_values("全面清理2018年以来制定的规范性文件187件。", "normative_docs.cleaned", **COUNTY) == [187]
    assert _year_values("巩固近三年来形成的工作机制，全年受理行政复议申请92件。", "reconsideration.applications",
                        **COUNTY) == [92]
    # …while a span that is the count's own period still keys nothing
    assert _year_values("2016年以来共清理规范性文件640件。", "normative_docs.cleaned", **COUNTY) == []


def test_a_clause_that_names_the_year_is_the_years_after_a_span() -> None:
    text = "2021年以来累计开展普法活动1,370场，全年开展普法活动244场。"
    assert _year_values(text, "legal_education.events", **COUNTY) == [244]


# ---------------------------------------------------------------- goals and places


def test_a_requirement_with_yao_is_a_goal() -> None:
    text = "年初明确依申请公开按期答复率要保持100%，全年按期答复率为99.2%。"
    assert _kind_of(text, "transparency.response_rate", 100, **COUNTY) == "target"
    assert _year_values(text, "transparency.response_rate", **COUNTY) == [99.2]


def test_places_written_with_their_kinds_in_brackets_are_counted_bodies() -> None:
    text = "全县败诉率在全市9个县（市、区）中居第2位。"
    assert not [f for f in figures_of(text, 2023, **COUNTY) if f.value == 9 and f.key]


# ---------------------------------------------------------------- officials' study, slogans, categories


def test_a_lecture_in_a_passage_on_officials_training_is_their_study() -> None:
    text = ("一、强化学法\n组织机关干部参加法律知识培训和年度法治考试，提升干部依法办事能力。"
            "全年举办法治专题讲座3场，组织旁听庭审1次。\n")
    assert _year_values(text, "legal_education.events", **TOWN) == []


def test_a_lecture_whose_own_sentence_says_outreach_stays_outreach() -> None:
    text = ("一、强化学法\n组织机关干部参加法律知识培训和年度法治考试。"
            "全年举办法治讲座7场，面向村民开展法治宣传。\n")
    assert _year_values(text, "legal_education.events", **TOWN) == [7]


def test_the_passage_ends_at_its_paragraph() -> None:
    text = "一、学法普法\n组织机关干部参加法律知识培训。\n在各村举办法治讲座9场。\n"
    assert _year_values(text, "legal_education.events", **TOWN) == [9]


def test_an_oath_ceremony_and_a_study_groups_sessions_are_no_outreach() -> None:
    text = "一、普法宣传\n县人大常委会举行宪法宣誓仪式3次。县委理论学习中心组开展法治专题学习12次，举办专题研讨班2期。\n"
    assert _year_values(text, "legal_education.events", **COUNTY) == []


def test_a_numeral_that_opens_a_quoted_slogan_is_no_count() -> None:
    text = "在行政复议案件受理中推行“两个优先”工作法，受理行政复议案件61件。"
    assert _year_values(text, "reconsideration.accepted", **COUNTY) == [61]


def test_one_category_of_another_total_is_not_the_legal_aid_caseload() -> None:
    text = "服务窗口办理公共法律服务事项8,210件，其中公证类512件、法律援助类403件、调解类96件。"
    assert _year_values(text, "legal_aid.cases", **COUNTY) == []


def test_a_talk_to_the_public_after_officials_training_stays_outreach() -> None:
    text = "一、学法普法\n举办基层干部法治培训班2期。全年开展法治宣讲64场次。\n"
    assert _year_values(text, "legal_education.events", **COUNTY) == [64]


def test_the_audience_of_officials_lectures_is_no_outreach_audience() -> None:
    text = "一、学法\n举办领导干部法治讲座3场，参加人员300人次。开展法治讲座进社区5场，参与群众600人次。\n"
    assert _year_values(text, "legal_education.audience", **TOWN) == [600]


def test_a_subject_inside_brackets_does_not_carry() -> None:
    text = "全年排查线索15条(其中群众举报9条,上级交办6条),通过磋商办结法律援助案件8件。"
    assert _year_values(text, "legal_aid.cases", **COUNTY) == [8]


def test_an_upper_bodys_office_is_somebody_else() -> None:
    text = "全区受理法律援助案件932件，市法律援助中心派驻我区的工作站另受理法律援助案件41件。"
    assert _year_values(text, "legal_aid.cases", level="district", issuer="澜溪区人民政府") == [932]


def test_drafts_of_laws_and_rules_examined_are_law_making_not_a_document_review() -> None:
    text = "全年完成地方性法规规章草案审查项目19项，审查省政府规范性文件44件。"
    kw = {"level": "department", "issuer": "渭岚省司法厅"}
    assert _year_values(text, "legality_review.documents", **kw) == [44]


def test_cases_the_body_answers_for_are_its_own_whoever_receives_them() -> None:
    # the city's review body receives them, but the county is the respondent: the county's cases
    text = "2023年，市政府行政复议机构共受理被申请人为县政府的行政复议案件17件。"
    assert 17 in _year_values(text, "reconsideration.accepted", **COUNTY)
    text = "全年法院受理以岙川县人民政府为被告的行政诉讼案件29件。"
    assert 29 in _year_values(text, "litigation.cases", **COUNTY)


def test_cases_another_body_answers_for_stay_somebody_elses() -> None:
    text = "2023年，市政府行政复议机构共受理被申请人为市级部门的行政复议案件17件。"
    assert 17 not in _year_values(text, "reconsideration.accepted", **COUNTY)


def test_a_rate_that_has_reached_a_value_is_the_years() -> None:
    # 累计达到 of a rate is where the year ended; of a count, a stock built up over the years
    assert _year_values("全县村（社区）法律顾问覆盖率累计达到100%。", "legal_advisor.coverage_rate", **COUNTY) == [100]
    assert _year_values("累计建成法治宣传阵地210个，全年开展普法活动96场。", "legal_education.events", **COUNTY) == [96]


def test_the_body_named_inside_its_clause_is_its_own() -> None:
    text = "全市行政复议纠错率为10.7%，低于全市平均水平的本县纠错率为8.3%。"
    assert _year_values(text, "reconsideration.correction_rate", **COUNTY) == [8.3]


def test_an_officials_rate_after_the_higher_areas_count_goes_on_with_its_subject() -> None:
    text = "全市发生行政诉讼案件1,310件，行政机关负责人出庭应诉率达97%。"
    assert _kind_of(text, "litigation.head_appearance_rate", 97, **COUNTY) == "benchmark"


def test_a_part_of_the_year_is_a_part_only_of_the_whole_year_of_its_own_scope() -> None:
    # the county government's own year is no whole of the county's first half
    text = "上半年全县受理行政复议申请53件。县政府本级全年受理行政复议申请14件。"
    assert 53 in _year_values(text, "reconsideration.applications", **COUNTY)
    text = "上半年全县受理行政复议申请53件。全年受理行政复议申请108件。"
    assert _year_values(text, "reconsideration.applications", **COUNTY) == [108]
