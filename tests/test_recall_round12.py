"""Recall classes the tuning sets holdout10-16 showed, each with its rule and a look-alike the rule
must leave alone: the head's appearances said before the verb or by the cases, the items of a
decision catalogue and the matters a meeting took up, a bare 意见 counted in a review sentence, the
review said by 把关, a heading naming two domains, the government's information disclosed through a
board or an account, the cases a court has judged, and what a clean-up survey took in.

Sentences are our own (fictional places, fresh wording).
"""

from __future__ import annotations

from fgqa.engines.rules import RulesEngine
from fgqa.figures.extract import extract_figures
from fgqa.models import DocInfo, Document, Figure, Meta
from fgqa.pipeline import summarize_document
from fgqa.sections import outline

_HEAD = "石岚县2024年法治政府建设年度报告\n一、主要工作\n"


def figures(body: str) -> list[Figure]:
    text = _HEAD + body
    return extract_figures(text, outline(text).sections, 2024)


def keys_of(body: str, value: float) -> set[str | None]:
    return {f.key for f in figures(body) if f.value == value and f.kind == "stated"}


# ---- the head's appearances: the count before the verb, or the cases the head stood in court for

def test_the_heads_appearances_counted_before_the_verb() -> None:
    body = "(一)应诉。以镇政府为被告的行政诉讼案件4件，均已审结。镇长3次出庭应诉。\n"
    assert keys_of(body, 3) == {"litigation.head_appearances"}
    assert keys_of("(一)应诉。全年行政诉讼案件5件，副镇长以外，书记两次都亲自出庭。\n", 2) == {
        "litigation.head_appearances"}


def test_the_heads_appearances_counted_by_the_cases() -> None:
    body = "(一)履职。县长带头出庭应诉，2024年8月出庭应诉1起林地确权类行政案件。\n"
    assert keys_of(body, 1) == {"litigation.head_appearances"}


def test_appearances_by_lawyers_or_with_no_head_named_are_no_heads_count() -> None:
    assert "litigation.head_appearances" not in keys_of("(一)应诉。委托律师出庭应诉6起案件。\n", 6)
    assert "litigation.head_appearances" not in keys_of("(一)应诉。法律顾问4次出庭应诉。\n", 4)


# ---- a decision catalogue's items, and the matters a meeting took up once decisions are the subject

def test_the_items_of_a_decision_catalogue() -> None:
    body = ("(一)依法决策\n县政府本级年度决策目录确定事项13项，全部按期办结；各乡镇目录事项合计52项。"
            "县政府年初公布决策事项目录7项，涉及供水改造。\n")
    assert keys_of(body, 13) == {"major_decisions.count"}
    assert keys_of(body, 52) == {"major_decisions.count"}
    assert keys_of(body, 7) == {"major_decisions.count"}


def test_the_major_matters_a_meeting_took_up_in_a_decision_passage() -> None:
    body = ("(一)依法决策。一是严格执行重大税务决策程序，全年分局提交局务会议审议的重大事项6项。\n"
            "街道重大事项决策严格执行集体讨论制度，全年经主任办公会议研究的重大事项5项。\n")
    assert keys_of(body, 6) == {"major_decisions.count"}
    assert keys_of(body, 5) == {"major_decisions.count"}
    # with no decision named, a meeting's 重大事项 are no decisions
    assert "major_decisions.count" not in keys_of("(一)会议。全年经主任办公会议研究的重大事项5项。\n", 5)


def test_items_made_major_decisions_with_the_body_named_between() -> None:
    body = "(一)依法决策。把渡口改建方案和集市搬迁2项事项列为乡重大行政决策。\n"
    assert keys_of(body, 2) == {"major_decisions.count"}


# ---- review opinions: a bare 意见 after the review's verb, and the review said by 把关

def test_a_bare_opinion_count_in_a_review_sentence() -> None:
    body = "(一)依法决策。镇司法所审核镇政府文件、合同十七件，提出意见二十九条。县司法局审查文件64件，提出意见和建议九十余条。\n"
    assert keys_of(body, 29) == {"legality_review.opinions"}
    assert keys_of(body, 90) == {"legality_review.opinions"}
    assert keys_of(body, 17) == {"legality_review.documents"}
    # an adviser's advice with no review named is no review opinion
    assert "legality_review.opinions" not in keys_of("(一)服务。法律顾问为村里提出意见12条。\n", 12)


def test_the_review_said_by_its_check() -> None:
    body = "(一)决策。县司法局对县政府拟发文件开展法制把关，合计177件，提出法律意见246条。\n"
    assert keys_of(body, 246) == {"legality_review.opinions"}
    assert keys_of(body, 177) == {"legality_review.documents"}


# ---- a heading naming two domains rules out neither domain's counts

def test_a_heading_naming_enforcement_and_suits_keeps_the_enforcement_count() -> None:
    body = "(二)执法和应诉。镇综合行政执法队办理行政处罚案件58件，罚没款2.6万元。\n"
    assert keys_of(body, 58) == {"enforcement.cases"}
    # a heading on reconsideration alone still rules a penalty case count out
    other = "二、行政复议案件办理情况\n全年受理复议案件9件，涉及市场监管领域行政处罚案件4件。\n"
    assert "enforcement.cases" not in keys_of(other, 4)


# ---- disclosure through a board or an account, judged cases, and a clean-up survey's documents

def test_government_information_disclosed_through_a_board_and_an_account() -> None:
    body = "(五)政务公开。通过镇政务公开栏和微信公众号公开政务信息二百六十条。在公众号发布信息80条。\n"
    assert keys_of(body, 260) == {"transparency.proactive"}
    assert "transparency.proactive" not in keys_of(body, 80)


def test_the_cases_a_court_has_judged_are_the_concluded_ones() -> None:
    body = "(三)应诉。全县行政机关作为被告的一审行政诉讼案件共318件，法院已作出裁判的276件，其中行政机关败诉19件。\n"
    assert keys_of(body, 276) == {"litigation.concluded"}
    assert keys_of(body, 318) == {"litigation.cases"}


def test_what_a_clean_up_survey_took_in() -> None:
    body = "(二)文件管理。对现行有效的县政府规范性文件开展了一轮全面梳理，共涉及121件，决定废止14件。\n"
    assert keys_of(body, 121) == {"normative_docs.cleaned"}
    assert keys_of(body, 14) == {"normative_docs.repealed"}
    # 涉及 said after another count is what that count touched, not a clean-up
    assert "normative_docs.cleaned" not in keys_of("(二)执法。办理行政处罚案件90件，涉及12家企业。\n", 12)


# ---- a mediation share of the concluded number, outreach campaigns named 法治进…, replies in time

def test_a_mediation_share_of_the_concluded_number() -> None:
    body = ("(四)复议。县政府本级新收行政复议申请214件，依法受理197件，审结186件。"
            "以调解、和解方式结案41件，占审结数的22.0%。\n")
    assert keys_of(body, 22.0) == {"reconsideration.mediation_rate"}


def test_outreach_campaigns_named_by_taking_the_law_somewhere() -> None:
    body = "(五)普法和矛盾化解。开展“法治进码头”“法治进车队”活动27场，受教育船员和司机约0.9万人次。\n"
    assert keys_of(body, 27) == {"legal_education.events"}
    assert keys_of(body, 9000) == {"legal_education.audience"}


def test_the_requests_answered_in_time_give_the_on_time_rate() -> None:
    text = _HEAD + "(六)政务公开。主动公开政府信息940条；收到依申请公开25件，按期答复24件，1件逾期答复。\n"
    doc = Document(info=DocInfo(path="report.txt", sha256="0" * 64, chars=len(text)), text=text,
                   meta=Meta(issuer="石岚县人民政府", year=2024))
    rates = [f for f in summarize_document(doc, RulesEngine()).indicators if f.key == "transparency.response_rate"]
    assert [(f.kind, f.value) for f in rates] == [("derived", 96.0)]


def test_already_answered_in_time_with_no_count_is_every_request() -> None:
    def zeros(body: str) -> list[tuple[str | None, float]]:
        return [(f.key, f.value) for f in figures(body) if f.kind == "zero_claim"]
    assert ("transparency.response_rate", 100) in zeros("(四)公开。收到依申请公开2件，已按时答复。\n")
    assert ("transparency.response_rate", 100) in zeros("(四)公开。本年度镇里收到信息公开申请3件，已在法定期限内答复。\n")
    # a count after the verb is a number, not the claim; a reply with no time said is no on-time claim
    assert ("transparency.response_rate", 100) not in zeros("(四)公开。收到申请9件，已按时答复8件。\n")
    assert ("transparency.response_rate", 100) not in zeros("(四)公开。收到申请4件，已答复。\n")


def test_no_request_said_by_the_procedures_name() -> None:
    zeros = {(f.key, f.value) for f in figures("(六)公开。全年主动公开信息130条，全年未收到依申请公开。\n")
             if f.kind == "zero_claim"}
    assert ("transparency.requests", 0) in zeros
    # a lawsuit a request caused is no request
    other = {f.key for f in figures("(六)公开。未收到依申请公开引起的行政诉讼。\n") if f.kind == "zero_claim"}
    assert "transparency.requests" not in other


# ---- the body above that decides the reporting body's cases concludes them

def _area_figures(body: str) -> list[Figure]:
    text = "棠浦新区管理委员会2024年法治政府建设年度报告\n一、主要工作\n" + body
    return extract_figures(text, outline(text).sections, 2024, level="district", issuer="棠浦新区管理委员会")


def test_the_cases_a_body_answers_for_decided_above_it_are_its_own() -> None:
    found = {(f.key, f.value, f.kind) for f in _area_figures(
        "(五)化解争议。全年以新区各部门为被申请人的复议案件44件，市政府已审结40件，其中纠错3件。\n")}
    assert ("reconsideration.concluded", 40, "stated") in found
    assert ("reconsideration.corrected", 3, "stated") in found


def test_the_body_aboves_own_total_is_still_its_own() -> None:
    found = {(f.key, f.value, f.kind) for f in _area_figures(
        "(五)化解争议。全市行政复议形势平稳，市政府全年共审结复议案件3,000件。\n")}
    assert ("reconsideration.concluded", 3000, "stated") not in found


def test_one_case_written_in_a_chinese_numeral_before_its_case_words() -> None:
    body = "(一)履职。管委会党工委书记、主任带头学法，全年主持专题会议3次，并于5月出庭应诉一起行政许可纠纷案件。\n"
    assert keys_of(body, 1) == {"litigation.head_appearances"}
    # 一起 before a verb is "together", no count
    assert not [f for f in figures("(一)普法。干部群众一起行动起来，开展宣传5场。\n") if f.value == 1]


# ---- the kinds of a bracketed 其中 list named by the act alone, and documents gone through one by one

def test_bracketed_kinds_after_an_enforcement_total_are_its_parts() -> None:
    found = [f for f in figures("(二)规范执法\n街道执法中队全年立案查处各类违法行为143件(其中乱堆乱放52件、"
                                "违规广告27件)，罚没款约12.4万元。\n") if f.kind == "stated"]
    parts = {(f.key, f.value, f.scope) for f in found}
    assert ("enforcement.cases", 52, "乱堆乱放") in parts
    assert ("enforcement.cases", 27, "违规广告") in parts
    assert ("enforcement.cases", 143, None) in parts
    # a procedure in the brackets is no kind of case
    other = {(f.key, f.scope) for f in figures("(二)执法。全镇办理行政处罚案件410件(其中简易程序130件)。\n")
             if f.value == 130}
    assert ("enforcement.cases", "简易程序") not in other


def test_documents_gone_through_one_by_one_in_a_clean_up() -> None:
    body = "(二)文件。完成规范性文件清理，对现行有效的52件逐件评估，废止和宣布失效6件。\n"
    assert keys_of(body, 52) == {"normative_docs.cleaned"}
    assert keys_of(body, 6) == {"normative_docs.repealed"}
