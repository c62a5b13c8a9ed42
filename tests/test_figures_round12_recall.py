"""Classes of writing the twelfth round's released sets (holdout17, holdout18) showed the rules missing:
a reconsideration passage whose last sentence ends on its mediation share, enforcement decisions listed
among the documents a legality review checked, 拟 before a long phrase naming what was reviewed, a plan's
name among a catalogue's items, a span of years that dates the documents cleaned up, a long list of
reviewed objects, a legal adviser's share of reviews, a government's own level's verbal zero (its rate
too), the body naming itself as the winner, and 没有一件 before a respondent's cases.

Sentences are our own (fictional places, fresh wording, new numbers).
"""

from __future__ import annotations

from fgqa.engines.rules import RulesEngine
from fgqa.models import DocInfo, Document, Figure, Meta, Summary
from fgqa.pipeline import summarize_document

_PARTS = "\n二、存在的不足\n个别单位依法行政意识仍需增强。\n三、下一步打算\n继续深化法治政府建设。\n"


def summary_of(body: str, issuer: str = "栎溪县人民政府", level: str = "county") -> Summary:
    text = f"{issuer}2024年法治政府建设年度报告\n一、主要工作\n{body}{_PARTS}"
    doc = Document(info=DocInfo(path="report.txt", sha256="0" * 64, chars=len(text)), text=text,
                   meta=Meta(issuer=issuer, year=2024, level=level))  # type: ignore[arg-type]
    return summarize_document(doc, RulesEngine())


def found(body: str, **kw: str) -> list[Figure]:
    return summary_of(body, **kw).indicators


def values(figs: list[Figure], key: str, kind: str = "stated") -> list[float]:
    return [f.value for f in figs if f.key == key and f.kind == kind]


# ---- the domain a passage leaves a sentence in

def test_a_reconsideration_sentence_ending_on_its_mediation_share_carries_reconsideration() -> None:
    figs = found("全县复议机关共收到行政复议申请2,640件，受理2,415件，审结2,200件；以调解、和解方式结案530件，"
                 "调解和解率24.1%。仅就县政府本级而言：收到申请388件，受理352件，审结331件，纠错29件。")
    own = {f.key: f.value for f in figs if f.scope and "本级" in f.scope and f.kind == "stated"}
    assert own.get("reconsideration.applications") == 388
    assert own.get("reconsideration.accepted") == 352
    assert own.get("reconsideration.concluded") == 331
    assert own.get("reconsideration.corrected") == 29


def test_a_sentence_on_mediation_alone_still_leaves_mediation() -> None:
    figs = found("全年办理行政复议案件41件。全县人民调解组织共排查化解矛盾纠纷1,870件。其中婚姻家庭类612件。")
    assert 612 not in values(figs, "reconsideration.accepted") + values(figs, "reconsideration.applications")


# ---- legality review

def test_enforcement_decisions_listed_among_reviewed_documents_leave_the_bare_count_the_reviews() -> None:
    figs = found("县司法局对县政府规范性文件、行政协议、重大执法决定等开展合法性审核，全年审核139件，提出审核意见207条。")
    assert values(figs, "legality_review.documents") == [139]
    assert values(figs, "legality_review.opinions") == [207]


def test_enforcement_decisions_alone_still_key_no_reviewed_documents() -> None:
    figs = found("重大执法决定全部经过法制审核，全年法制审核58件。")
    assert 58 not in values(figs, "legality_review.documents")


def test_opinions_after_a_review_that_named_enforcement_decisions_are_the_reviews() -> None:
    figs = found("县应急管理局全年审核本局拟签订的协议、拟印发的文件和重大执法决定共计64件，提出修改意见118条。",
                 issuer="栎溪县应急管理局", level="department")
    assert values(figs, "legality_review.opinions") == [118]


def test_long_ni_phrase_before_the_review_is_what_was_reviewed_not_a_goal() -> None:
    figs = found("县司法局全年对县政府拟出台的文件、拟签订的合同和拟提请县政府常务会议研究的议题开展合法性审查267件。")
    assert values(figs, "legality_review.documents") == [267]
    assert values(figs, "legality_review.documents", "target") == []


def test_a_long_list_of_reviewed_objects_ends_at_its_count() -> None:
    figs = found("县司法局全年审查以县政府和县政府办公室名义制发的文件、对外签订的合同及其他涉法事项共318件。")
    assert values(figs, "legality_review.documents") == [318]


def test_a_legal_advisers_share_of_reviews_and_consultations_is_no_reviewed_count() -> None:
    figs = found("各级法律顾问全年参与审查、论证事项1,460余件次。")
    assert values(figs, "legality_review.documents") == []


# ---- kinds: 行动计划 and a span that dates the documents

def test_a_plans_name_among_catalogue_items_is_no_goal() -> None:
    figs = found("县政府公布年度重大行政决策事项目录，将农村饮水提升工程、城区停车设施建设三年行动计划等7项事项列入目录。")
    assert values(figs, "major_decisions.count") == [7]


def test_a_span_of_years_dating_the_documents_by_whose_name_they_bear_is_no_period() -> None:
    figs = found("对2017年以来以县政府办公室名义印发的规范性文件开展全面梳理，共清理规范性文件74件，经清理废止8件、宣布失效5件。")
    assert values(figs, "normative_docs.cleaned") == [74]
    assert sorted(values(figs, "normative_docs.repealed")) == [5, 8]


def test_a_span_of_years_said_of_the_clean_up_itself_still_is_a_period() -> None:
    figs = found("2017年以来，共清理规范性文件74件。")
    assert values(figs, "normative_docs.cleaned") == []


# ---- verbal zeros

def test_a_governments_own_level_zero_is_its_rate_too_beside_the_areas_stated_rate() -> None:
    figs = found("全县行政机关作为被告的一审案件93件，审结88件，败诉5件，败诉率5.7%。县政府本级被诉11件，审结10件，无一败诉。")
    zeros = [(f.key, f.scope) for f in figs if f.kind == "zero_claim"]
    assert ("litigation.lost", "县政府本级") in zeros
    assert ("litigation.loss_rate", "县政府本级") in zeros
    assert values(figs, "litigation.loss_rate") == [5.7]


def test_a_level_of_the_area_is_no_body_of_its_own() -> None:
    figs = found("全市行政诉讼败诉率为6.3%，其中市本级无一败诉。", issuer="栎溪市人民政府", level="city")
    assert not [f for f in figs if f.key == "litigation.loss_rate" and f.kind == "zero_claim"]


def test_the_body_naming_itself_the_winner_is_a_zero_and_its_rate() -> None:
    figs = found("本局自身作为被告的行政诉讼案件2件，法院判决驳回原告诉讼请求，本局胜诉。",
                 issuer="栎溪县水利局", level="department")
    zeros = {f.key for f in figs if f.kind == "zero_claim"}
    assert {"litigation.lost", "litigation.loss_rate"} <= zeros


def test_the_body_winning_some_of_its_cases_is_no_zero() -> None:
    figs = found("本局作为被告的行政诉讼案件5件，本局胜诉4件。", issuer="栎溪县水利局", level="department")
    assert not [f for f in figs if f.key == "litigation.lost" and f.kind == "zero_claim"]


def test_not_one_case_with_the_body_as_respondent_is_no_accepted_case() -> None:
    figs = found("全年没有一件以镇政府为被申请人的行政复议案件。", issuer="栎溪县柘岭镇人民政府", level="town")
    assert [f.value for f in figs if f.key == "reconsideration.accepted" and f.kind == "zero_claim"] == [0]


# ---- a table's stage rows and a court's concluded cases

_STAGES = """全县复议和应诉数据见下表。

表2  2024年全县行政复议和行政应诉情况
项目 | 2024年 | 2023年 | 同比
行政复议申请（件） | 517 | 466 | +10.9%
受理（件） | 489 | 430 | +13.7%
审结（件） | 455 | 418 | +8.9%
行政诉讼一审收案（件） | 118 | 131 | -9.9%
审结（件） | 104 | 120 | -13.3%
"""


def test_table_rows_naming_no_domain_go_on_with_the_row_above_that_named_one() -> None:
    figs = found(_STAGES)
    assert values(figs, "reconsideration.accepted") == [489]
    assert values(figs, "reconsideration.concluded") == [455]
    assert values(figs, "litigation.concluded") == [104]


def test_a_courts_concluded_cases_named_by_their_defendants_are_the_concluded_suits() -> None:
    figs = found("全县法院审结以行政机关为被告的一审行政案件246件，行政机关败诉率为5.3%。")
    assert values(figs, "litigation.concluded") == [246]


def test_kinds_after_a_semicolon_are_parts_of_the_total_before_it() -> None:
    figs = found("全县调委会共调解矛盾纠纷611件，调解成功604件，涉及金额约520万元；其中土地承包纠纷143件、婚姻家庭纠纷88件。")
    parts = {f.scope: f.value for f in figs if f.key == "mediation.disputes" and f.scope}
    assert parts == {"土地承包纠纷": 143, "婚姻家庭纠纷": 88}
    assert values(figs, "mediation.disputes") == [611, 143, 88]



# ---- a page's rules around a heading

def test_a_heading_set_between_rules_on_its_line_is_a_heading() -> None:
    from fgqa.sections import outline

    text = ("栎溪县应急管理局2024年法治政府建设情况报告\n———一、主要成效———\n全年办理行政处罚案件86件。\n"
            "———二、存在的不足———\n执法力量薄弱。\n★三、2025年工作打算★\n开展普法活动不少于40场。\n")
    heads = [s.heading for s in outline(text).sections if s.heading]
    assert heads == ["一、主要成效", "二、存在的不足", "三、2025年工作打算"]
    figs = found("全年办理行政处罚案件86件。\n———二、存在的不足———\n执法力量薄弱。\n———三、2025年工作打算———\n开展普法活动不少于40场。")
    assert values(figs, "legal_education.events") == []
    assert values(figs, "legal_education.events", "target") == [40]


def test_a_dispute_told_as_a_story_is_no_count_of_successes() -> None:
    figs = found("全街道调委会共调解矛盾纠纷388件，其中邻里纠纷96件。“老街坊”调解工作室成功调处一起涉及30户居民的漏水纠纷。")
    assert not [f for f in figs if f.key == "mediation.success_rate"]


def test_successes_counted_in_words_still_give_the_rate() -> None:
    figs = found("全镇调委会共调解矛盾纠纷四十件，成功调解三十八件。")
    assert [f.value for f in figs if f.key == "mediation.success_rate" and f.kind == "derived"] == [95.0]


def test_penalty_decisions_served_are_enforcement_cases() -> None:
    figs = found("全县生态环境部门全年下达环境行政处罚决定书348件，罚没款1,460万元。")
    assert values(figs, "enforcement.cases") == [348]


def test_the_share_of_cases_ended_by_mediation_is_the_reconsideration_mediation_rate() -> None:
    figs = found("县政府作为复议机关审结的案件中，通过调解、和解方式结案的占19.4%，纠错率为9.6%。")
    assert values(figs, "reconsideration.mediation_rate") == [19.4]


# ---- parts of a total: the second item said by what it concerns, kinds after a breakdown's opener

def test_every_item_of_a_concerning_list_is_a_part() -> None:
    figs = found("县政府全年共收到行政复议申请738件，比上年增长16.2%，其中涉及县直部门的611件、涉及乡镇的127件。")
    parts = {f.value: f.scope for f in figs if f.key == "reconsideration.applications" and f.scope}
    assert set(parts) == {611, 127}
    assert parts[127] == "涉及乡镇"
    figs = found("全年调解矛盾纠纷1,530件，其中涉及土地承包的402件、涉及婚姻家庭的356件。")
    parts = {f.scope: f.value for f in figs if f.key == "mediation.disputes" and f.scope}
    assert parts == {"土地承包": 402, "婚姻家庭": 356}


def test_kinds_listed_after_a_breakdowns_opener_are_parts_of_the_total_before() -> None:
    figs = found("全年立案查处各类违法案件1,126件，结案1,040件。从案件类别看，食品安全类288件、价格类64件、特种设备类39件，其余为广告、计量等领域案件。")
    parts = {f.scope: f.value for f in figs if f.key == "enforcement.cases" and f.scope}
    assert parts == {"食品安全类": 288, "价格类": 64, "特种设备类": 39}
    assert values(figs, "enforcement.cases")[0] == 1126


def test_kinds_with_no_opener_before_them_are_no_parts() -> None:
    figs = found("全年立案查处各类违法案件1,126件。食品安全类288件。")
    assert not [f for f in figs if f.key == "enforcement.cases" and f.scope == "食品安全类"]


# ---- audiences, catalogue items, clean-ups and look-alikes

def test_an_audience_of_two_publics_is_the_outreach_audience() -> None:
    figs = found("全系统开展普法宣传活动700余场次，覆盖库区群众和涉水企业职工近17万人次。")
    assert values(figs, "legal_education.audience") == [170000]


def test_catalogue_items_named_without_de_are_the_major_decisions() -> None:
    figs = found("全县公布重大行政决策事项目录，纳入决策事项13项，每项决策都经过专家论证和风险评估。")
    assert values(figs, "major_decisions.count") == [13]


def test_a_clean_up_of_rules_and_documents_keeps_its_repeals() -> None:
    figs = found("全年清理规章和行政规范性文件172件，废止8件、修改19件。")
    assert values(figs, "normative_docs.repealed") == [8]


def test_lookalikes_key_nothing() -> None:
    figs = found("县政府主动接受人大监督，办理行政复议相关的人大代表建议和政协委员提案37件，办结率100%。"
                 "县中级人民法院通报典型败诉案件6个。全年办理生态环境损害赔偿案件29件。清理园区内自行设定的收费项目5项。")
    keyed = {f.value for f in figs if f.key}
    assert not keyed & {37, 6, 29, 5}
