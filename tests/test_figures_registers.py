"""Registers the fixtures under-represented (evals/classes r1–r6): a change said before the
value it led to, a procedure's 经审查, bracketed asides, counts of places, numbers before their
nouns and verbs, and verbal zeros a clause away from their subject.

Sentences are our own (fictional, fresh wording).
"""

import pytest

from fgqa.figures.derive import unkey_parts_of_stated_totals
from fgqa.models import Figure
from helpers import figures_of


def figures(text: str) -> list[Figure]:
    return figures_of(text, 2024)


def stated(text: str) -> dict[float, str | None]:
    return {f.value: f.key for f in figures(text) if f.kind == "stated"}


@pytest.mark.parametrize("sentence,value,key", [
    ("全镇作为被告的行政诉讼案件同比减少8.2%,为57件。", 57, "litigation.cases"),
    ("全年收到行政复议申请同比上升14%,达到236件。", 236, "reconsideration.applications"),
    ("负责人出庭应诉率比上年提高3.1个百分点,达到96.4%。", 96.4, "litigation.head_appearance_rate"),
    ("罚没款同比下降12.5%,降至468万元。", 468, "enforcement.fines"),
    ("合法性审查文件数较上年增加9件,达到88件。", 88, "legality_review.documents"),
])
def test_the_value_a_change_led_to_is_the_years_figure(sentence: str, value: float, key: str) -> None:
    figs = figures(sentence)
    assert stated(sentence)[value] == key
    assert [f.key for f in figs if f.kind == "change"] == [key]


def test_a_value_after_an_unkeyed_change_stays_unkeyed() -> None:
    # the change names no indicator, so neither does the number after it
    assert stated("游客量同比增长6%,为120万人次。").get(1200000) is None


def test_the_base_of_a_from_to_count_is_keyed_after_its_previous_year() -> None:
    figs = figures("败诉案件数从上年的11件减少为7件。")
    assert {(f.value, f.kind) for f in figs if f.key == "litigation.lost"} == {(11, "benchmark"), (7, "stated")}


def test_经审查_is_a_procedure_not_a_legality_review() -> None:
    text = "区复议机构全年收到行政复议申请150件,经审查受理138件,审结130件。"
    got = stated(text)
    assert got[138] == "reconsideration.accepted"
    assert got[130] == "reconsideration.concluded"


def test_不予受理_is_not_accepted() -> None:
    got = stated("收到行政复议申请90件,受理81件(不予受理9件)。")
    assert got[81] == "reconsideration.accepted" and got[9] is None


@pytest.mark.parametrize("sentence,value,key", [
    ("全区办理行政处罚案件(含简易程序)3,150件。", 3150, "enforcement.cases"),
    ("罚没金额（不含没收物品）920.5万元。", 920.5, "enforcement.fines"),
    ("全区行政执法案件1,408件。", 1408, "enforcement.cases"),
])
def test_a_bracketed_aside_or_the_noun_alone_still_names_the_count(sentence: str, value: float, key: str) -> None:
    assert stated(sentence)[value] == key


def test_a_bracket_after_a_total_holds_its_parts() -> None:
    text = "区政府审结行政复议案件120件,纠错16件(撤销10件、确认违法4件、责令履行2件)。"
    figs = unkey_parts_of_stated_totals(figures(text), text)
    corrected = [f.value for f in figs if f.key == "reconsideration.corrected" and f.kind == "stated"]
    assert corrected == [16]


def test_a_count_of_places_is_no_count_of_documents() -> None:
    text = "一是部分乡镇合法性审查力量薄弱(12个乡镇中有5个没有专职审查人员)。"
    assert all(f.key is None for f in figures(text))


@pytest.mark.parametrize("sentence,value,key", [
    ("镇司法所今年搞了近五十场普法活动。", 50, "legal_education.events"),
    ("县政府公布了包含6个事项的年度重大行政决策目录。", 6, "major_decisions.count"),
    ("另有9件因上位法修改被宣布废止。", 9, "normative_docs.repealed"),
])
def test_a_number_before_its_noun_or_verb(sentence: str, value: float, key: str) -> None:
    assert stated(sentence)[value] == key


def test_the_total_of_a_clean_up_named_in_the_clause_before() -> None:
    text = "对本区现行有效的规范性文件开展了全面清理,涉及的文件总数为96件。"
    assert stated(text)[96] == "normative_docs.cleaned"


def test_保持在_in_the_measures_is_what_was_achieved() -> None:
    text = "一、主要工作\n矛盾纠纷调解成功率保持在97%以上。\n二、下一步打算\n调解成功率保持在98%以上。"
    kinds = {f.value: f.kind for f in figures(text) if f.key == "mediation.success_rate"}
    assert kinds == {97: "stated", 98: "target"}


def zero(text: str) -> dict[str, float]:
    return {f.key: f.value for f in figures(text) if f.kind == "zero_claim" and f.key}


@pytest.mark.parametrize("sentence,key,value", [
    ("全乡9个村都签了法律顾问,一村一顾问,做到了全覆盖。", "legal_advisor.coverage_rate", 100),
    ("群众的政府信息公开申请今年没有收到。", "transparency.requests", 0),
    ("全年未作出需纳入目录管理的重大行政决策。", "major_decisions.count", 0),
])
def test_verbal_figures_said_a_little_apart(sentence: str, key: str, value: float) -> None:
    assert zero(sentence).get(key) == value


def test_full_coverage_of_something_else_is_not_the_advisers() -> None:
    assert "legal_advisor.coverage_rate" not in zero("各村公共法律服务室实现了全覆盖,法律顾问每月坐班。")


def test_respective_changes_go_with_the_figures_in_order() -> None:
    text = "全区办理行政处罚案件1,920件,罚没款960万元,比上年分别下降4.5%和9.8%。"
    changes = {f.key: f.value for f in figures(text) if f.kind == "change"}
    assert changes == {"enforcement.cases": -4.5, "enforcement.fines": -9.8}


def test_one_change_after_分别_is_left_to_the_other_rules() -> None:
    # a single change cannot be matched item by item: nothing is keyed on 分别 alone
    text = "全区办理行政处罚案件1,920件,罚没款960万元,分别有所下降,其中简易程序下降4.5%。"
    assert all(f.key != "enforcement.fines" for f in figures(text) if f.kind == "change")


@pytest.mark.parametrize("text,value,qualifier", [
    ("同比增长两成", 20, "exact"),
    ("涉企案件占比近三成", 30, "approx_less"),
    ("满意率达九成五以上", 95, "approx_more"),
])
def test_a_share_in_tenths_is_a_percentage(text: str, value: float, qualifier: str) -> None:
    from fgqa.figures.numbers import find_quantities

    (q,) = find_quantities(text)
    assert (q.value, q.unit, q.qualifier) == (value, "%", qualifier)


def test_成_in_words_is_no_share() -> None:
    from fgqa.figures.numbers import find_quantities

    assert find_quantities("制度一成不变,班子两成员分工") == []


def test_拟_inside_a_noun_phrase_is_no_goal() -> None:
    text = "县司法局审查规范性文件草案14件、县政府拟签订的合同86份。"
    got = {f.value: (f.key, f.kind) for f in figures(text)}
    assert got[86] == ("legality_review.documents", "stated")


def test_a_reviews_opinions_and_suggestions_are_its_opinions() -> None:
    text = "县司法局全年审查县政府文件42件,提出法律意见和建议一百余条。"
    assert stated(text)[100] == "legality_review.opinions"


def test_a_legal_services_opinions_for_firms_are_no_review_opinions() -> None:
    text = "(四)法治宣传更加精准。园区开展普法活动20场,园区法律服务站为企业出具法律意见书18份。"
    assert stated(text).get(18) is None
    # named in a review passage, the opinions are the review's
    assert stated("区司法局审查区政府文件38件,出具法律意见书41份。")[41] == "legality_review.opinions"


def test_a_clean_up_said_after_the_documents_noun() -> None:
    text = "对以区政府名义印发、现行有效的二十四件文件进行了全面清理。"
    assert stated(text)[24] == "normative_docs.cleaned"


def test_all_decisions_counted_again_are_decisions_and_a_few_of_them_are_not() -> None:
    text = "区政府审议的重大行政决策事项共有五项,五项决策全部经过合法性审查,选取2项决策开展决策后评估。"
    got = {f.value: f.key for f in figures(text) if f.kind == "stated" and f.value in (5, 2)}
    assert got == {5: "major_decisions.count", 2: None}


def test_every_case_won_is_no_case_lost() -> None:
    assert zero("以区政府为被告的行政诉讼案件9件,区政府全部胜诉。").get("litigation.lost") == 0


def test_a_provincial_departments_全省_figures_are_its_own() -> None:
    from fgqa.figures.extract import area_level

    text = "全省行政诉讼败诉率6.8%。全省共清理规范性文件1.2万件。"
    own = {f.key: f.kind for f in figures_of(text, 2024, level="department",
                                                 issuer="临江省司法厅")}
    assert own == {"litigation.loss_rate": "stated", "normative_docs.cleaned": "stated"}
    assert area_level("department", "临江省市场监督管理局") == "province"  # the 市 of 市场 is no city
    assert area_level("department", "临江省安平市司法局") == "department"  # a city's bureau in the province


def test_a_change_then_至_the_value() -> None:
    assert stated("败诉率同比下降0.9个百分点至5.8%。")[5.8] == "litigation.loss_rate"


def test_none_lost_said_with_未() -> None:
    assert zero("本厅作为被告的行政诉讼案件4件,均未败诉。").get("litigation.lost") == 0


def test_appearances_counted_in_件次() -> None:
    assert stated("全市行政机关负责人出庭应诉860件次。")[860] == "litigation.head_appearances"


def test_a_part_of_a_total_in_brackets_keeps_its_scope_and_the_next_clause_does_not() -> None:
    text = "全市共清理规范性文件420件(其中市本级96件),废止和宣布失效31件(其中市本级8件)。"
    figs = unkey_parts_of_stated_totals(figures(text), text)
    got = {(f.key, f.value, f.scope) for f in figs if f.key}
    assert got == {("normative_docs.cleaned", 420, None), ("normative_docs.cleaned", 96, "市本级"),
                   ("normative_docs.repealed", 31, None), ("normative_docs.repealed", 8, "市本级")}


def test_the_prior_value_in_brackets_is_the_base_of_the_change() -> None:
    text = "全市收到行政复议申请1,800件,较2023年(1,650件)增长9.1%。"
    kinds = {(f.value, f.kind) for f in figures(text) if f.key == "reconsideration.applications"}
    assert kinds == {(1800, "stated"), (1650, "benchmark"), (9.1, "change")}


def test_a_provincial_governments_own_level_is_a_scope() -> None:
    figs = figures("全省收到行政复议申请2.1万件。省政府本级收到行政复议申请980件。")
    assert {f.value: f.scope for f in figs if f.kind == "stated"}[980] == "省政府本级"
