"""Issue 11, classes 4–8 and 12: number before its noun, split cues, verbal and scoped
zeros, look-alike words, totals and parts, prior values, national and provincial figures."""

import pytest

from fgqa.figures.extract import extract_figures
from fgqa.models import Figure
from fgqa.sections import outline


def figures_of(text: str, year: int | None = 2024, level: str | None = None) -> list[Figure]:
    return extract_figures(text, outline(text).sections, year, level=level)


def keyed(text: str, **kw) -> list[tuple]:
    return [(f.key, f.value, f.kind) for f in figures_of(text, **kw) if f.key]


# ---- class 4: the number before its noun

def test_number_before_its_noun_and_a_review_verb_after_a_list():
    got = keyed("县司法局对31件规范性文件草案和重大合同进行了合法性审查。")
    assert got == [("legality_review.documents", 31, "stated")]


# ---- class 5: cue and number split by a comma, longer gaps

def test_a_rate_whose_noun_is_in_the_clause_before():
    got = keyed("全镇11个村社都聘请律师担任法律顾问,覆盖率达100%。")
    assert ("legal_advisor.coverage_rate", 100, "stated") in got


def test_a_long_list_of_case_kinds_between_verb_and_noun():
    got = keyed("全年执法队立案查处占道经营、违法建设、噪声扰民等各类违法案件86件。")
    assert got == [("enforcement.cases", 86, "stated")]


# ---- class 6: verbal zeros, scoped zeros

@pytest.mark.parametrize("text, key", [
    ("本局作为被告的行政诉讼案件12件,审结10件(无行政败诉)。", "litigation.lost"),
    ("区政府本级18件案件胜诉率100%。", "litigation.lost"),
    ("全镇无行政复议变更、撤销、重作行政行为的案件和行政诉讼败诉的案件发生。", "litigation.lost"),
    ("我镇无行政复议变更、撤销、重新作出行政行为案件。", "reconsideration.corrected"),
    ("以街道办事处为被申请人的行政复议案件3件,零撤改。", "reconsideration.corrected"),
])
def test_verbal_zeros(text, key):
    assert (key, 0, "zero_claim") in keyed(text)


def test_a_zero_said_of_one_kind_of_case_keeps_its_scope():
    figs = [f for f in figures_of("败诉1件;其中征收拆迁类案件零败诉。") if f.kind == "zero_claim"]
    assert figs and all(f.scope == "征收拆迁类案件" for f in figs)


# ---- class 7: look-alike words

@pytest.mark.parametrize("text, key", [
    ("同期,区复议局收案后,区信访局受理群众来信来访2,318件次。", "reconsideration.accepted"),
    ("联动民生热线和智慧信访平台,跟进处理案件60余件。", "enforcement.cases"),
    ("依托基层立法联系点提供立法相关意见50余条。", "legality_review.opinions"),
    ("在“司法”公众号以及有关媒体发布信息稿件40余篇。", "transparency.proactive"),
    ("通过行政复议纠错、调解撤回等手段避免近50件行政争议进入诉讼。", "reconsideration.corrected"),
    ("开展全县领导干部法治专题讲座3场次。", "legal_education.events"),
    ("其中行政强制类案件152件,行政处罚类的案件31件。", "enforcement.cases"),
    ("全年起草部门规章草案4件,废止规章2件。", "normative_docs.repealed"),
    ("开展公平竞争审查文件36件。", "legality_review.documents"),
])
def test_look_alike_words_name_no_key(text, key):
    assert key not in {k for k, _, _ in keyed(text)}


def test_an_item_naming_another_outcome_is_not_the_item_before():
    got = keyed("共清理规范性文件63件,其中废止7件、修改11件。")
    assert ("normative_docs.repealed", 7, "stated") in got and ("normative_docs.repealed", 11, "stated") not in got


@pytest.mark.parametrize("text", ["全年拟定重大行政决策事项6项。", "区司法局对区政府拟出台的文件开展合法性审查56件。"])
def test_ni_ding_and_ni_chu_tai_are_no_targets(text):
    assert all(kind == "stated" for _, _, kind in keyed(text))


# ---- class 8: totals and parts

def test_a_part_named_by_its_scope_after_its_total_keeps_the_key_and_is_never_the_total():
    figs = figures_of("全区行政诉讼案件75件,其中区政府本级18件、区政府部门57件。")
    stated = [(f.value, f.scope) for f in figs if f.key == "litigation.cases" and f.kind == "stated"]
    assert [v for v, _ in stated] == [75, 18, 57] and stated[0][1] is None and stated[1][1] is not None
    assert not any(f.kind == "derived" and f.value == 150 for f in figs)


# ---- class 2 (more forms): prior values of a change verb, years on both sides

def test_the_base_of_a_change_verb_is_the_prior_value_of_the_same_count():
    got = keyed("区政府共收到行政复议申请1113件,较2022年558件增加了555件。")
    assert got[:2] == [("reconsideration.applications", 1113, "stated"), ("reconsideration.applications", 558, "benchmark")]


def test_years_on_both_sides_and_a_figure_of_an_earlier_year():
    got = keyed("全省法律援助案件从2023年的2.1万件增加到2024年的2.6万件。")
    assert got == [("legal_aid.cases", 21000, "benchmark"), ("legal_aid.cases", 26000, "stated")]
    got = keyed("出庭应诉率从2019年全年的15%提高到2020年全年的29.65%。", year=2021)
    assert [kind for _, _, kind in got] == ["benchmark", "benchmark"]


def test_an_average_over_months_is_the_bodys_own_figure():
    assert keyed("1-10月平均出庭应诉率为73.55%。") == [("litigation.head_appearance_rate", 73.55, "stated")]


# ---- class 12: national and provincial reports

def test_province_and_nation_figures_are_a_province_s_and_a_nation_s_own():
    text = "全省行政诉讼一审案件8,406件,败诉率7.2%,低于全国平均败诉率(9.1%)。"
    assert ("litigation.cases", 8406, "benchmark") in keyed(text)
    own = keyed(text, level="province")
    assert ("litigation.cases", 8406, "stated") in own and ("litigation.loss_rate", 9.1, "benchmark") in own
    assert ("enforcement.cases", 18600, "stated") in keyed("全国河湖系统共办理行政处罚案件1.86万件。", level="national")


# ---- class 11: a part written as a sentence inside another section

def test_leadership_reported_in_a_sentence_of_the_measures_is_present_where_it_was_found():
    text = ("一、主要工作\n（一）依法决策。镇党委书记、镇长切实履行推进法治建设第一责任人职责，全年主持专题会议3次。\n"
            "二、存在的问题\n宣传形式单一。\n三、下一步打算\n继续推进。\n")
    status = outline(text).parts["leadership"]
    assert status.present and status.heading is None and status.section_ids == ["s1.1"]


def test_a_duty_only_planned_is_no_part():
    text = "一、主要工作\n推进依法行政。\n二、下一步打算\n督促镇长履行第一责任人职责。\n"
    assert not outline(text).parts["leadership"].present
