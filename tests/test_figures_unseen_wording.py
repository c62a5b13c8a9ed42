"""Classes of writing the spent held-out sets (holdout2, holdout3) showed, each with a rule of
its own: table cells spanning rows, a total named after its parts, counts before a bare verb,
a copula clause after its cue, what came in (新收), look-alike reviews and clean-ups, and the
sub-areas of a body (各县(市、区), 各乡镇).

Sentences are our own (fictional places, fresh wording); the fixture of the classes is
evals/classes/corpus/c4_city_rowspan_page.html.
"""

from __future__ import annotations

from fgqa.documents.html_text import html_to_text
from fgqa.engines.rules import RulesEngine
from fgqa.figures.extract import extract_figures
from fgqa.figures.primary import mark_primary
from fgqa.figures.scope import scope_of
from fgqa.models import DocInfo, Document, Figure, Meta, Summary
from fgqa.pipeline import summarize_document
from fgqa.sections import outline


def figures(text: str) -> list[Figure]:
    return extract_figures(text, outline(text).sections)


def keyed(text: str, value: float) -> Figure:
    return next(f for f in figures(text) if f.value == value and f.kind == "stated")


def summary_of(text: str) -> Summary:
    doc = Document(info=DocInfo(path="report.txt", sha256="0" * 64, chars=len(text)), text=text,
                   meta=Meta(issuer="汀屿县人民政府", year=2024))
    return summarize_document(doc, RulesEngine())


# ---- a table cell spanning rows or columns is repeated in each row and column it covers

_ROWSPAN = """<table>
<tr><th>序号</th><th colspan="2">项目</th><th>2024年</th></tr>
<tr><td>1</td><td rowspan="2">执法监督</td><td>办理行政处罚案件</td><td>812件</td></tr>
<tr><td>2</td><td>罚没款</td><td>96.5万元</td></tr>
<tr><td colspan="4">注：数据截至12月31日</td></tr>
</table>"""


def test_a_rowspan_category_is_written_in_every_row_it_covers() -> None:
    lines = html_to_text(_ROWSPAN).splitlines()
    assert lines[0] == "序号 | 项目 | 项目 | 2024年"  # the header keeps one cell per column
    assert lines[1] == "1 | 执法监督 | 办理行政处罚案件 | 812件"
    assert lines[2] == "2 | 执法监督 | 罚没款 | 96.5万元"  # every row has as many cells as the header
    assert lines[3] == "注:数据截至12月31日" or lines[3].startswith("注")  # a row across the table once


def test_rows_under_a_rowspan_category_are_read_in_their_year_column() -> None:
    text = "汀屿县2024年度法治政府建设情况报告\n一、主要成效\n" + html_to_text(_ROWSPAN) + "\n"
    found = {f.key: f.value for f in summary_of(text).indicators if f.kind == "stated"}
    assert found.get("enforcement.cases") == 812
    assert found.get("enforcement.fines") == 96.5


def test_the_label_next_to_the_number_names_it_before_the_category() -> None:
    # the category 复议与应诉 names two domains; the item 新收行政复议申请 is the applications
    text = ("汀屿县2024年度法治政府建设情况报告\n一、主要成效\n"
            "序号 | 板块 | 事项 | 2024年\n1 | 复议与应诉 | 新收行政复议申请 | 233件\n2 | 复议与应诉 | 一审行政诉讼审结案件 | 41件\n")
    found = {f.value: f.key for f in summary_of(text).indicators if f.kind == "stated"}
    assert found[233] == "reconsideration.applications"
    assert found[41] == "litigation.concluded"


# ---- a total named after its parts by the key's own word is their total, never summed with them

def test_a_total_after_its_parts_closes_them() -> None:
    text = "县政府复议机构审结案件310件,其中撤销12件、变更3件、确认违法6件,依法纠错21件,纠错率6.8%。"
    corrected = [f for f in summary_of(text).indicators if f.key == "reconsideration.corrected"]
    assert [(f.value, f.kind) for f in corrected] == [(21, "stated")]  # no 42 = 12+3+6+21, no warning
    assert not any("reconsideration.correction_rate" in w for w in summary_of(text).warnings)


def test_items_that_do_not_add_up_to_the_last_one_stay_items() -> None:
    text = "县政府复议机构审结案件310件,其中撤销12件、变更3件、确认违法6件、责令履行4件。"
    corrected = [f for f in summary_of(text).indicators if f.key == "reconsideration.corrected"]
    assert [(f.value, f.kind) for f in corrected] == [(25, "derived")]


# ---- a count before a bare verb

def test_a_count_before_a_bare_loss_is_the_lost_cases() -> None:
    fig = keyed("以镇政府为被告的行政诉讼案件6件,均已审结,其中2件败诉。", 2)
    assert fig.key == "litigation.lost" and fig.scope == "镇政府"
    assert keyed("审结行政诉讼案件6件,2件败诉率偏高的领域已整改。", 2).key != "litigation.lost"


def test_a_correction_may_name_the_body_that_decided_it() -> None:
    fig = keyed("以街道办事处为被申请人的行政复议案件8件,其中3件被县政府依法决定撤销。", 3)
    assert fig.key == "reconsideration.corrected"
    # a court's annulment is a lost lawsuit, never a reconsideration correction
    assert keyed("以街道办事处为被申请人的行政复议案件8件,其中3件被法院判决撤销。", 3).key != "reconsideration.corrected"


# ---- a clause that is only a copula borrows the clause before it

def test_a_count_after_a_bare_copula_is_the_clause_befores() -> None:
    assert keyed("县政府纳入年度重大行政决策目录管理的事项,共6项。", 6).key == "major_decisions.count"
    # the clause before names no indicator: nothing is borrowed
    assert keyed("县政府召开常务会议研究民生实事,共6项。", 6).key is None


def test_a_ranked_place_gives_its_own_rate() -> None:
    fig = keyed("各乡镇中,柳岙镇行政诉讼败诉率最低,为2.5%。", 2.5)
    assert fig.key == "litigation.loss_rate" and fig.scope == "柳岙镇"


# ---- what came in is the applications; look-alike reviews and clean-ups are no key

def test_new_cases_received_are_the_applications() -> None:
    assert keyed("县行政复议机构全年新收案件618件,受理590件。", 618).key == "reconsideration.applications"
    assert keyed("县行政复议机构全年新收案件618件,受理590件。", 590).key == "reconsideration.accepted"
    # a court's new lawsuits are lawsuits
    assert keyed("全县法院新收一审行政诉讼案件75件。", 75).key == "litigation.cases"


def test_look_alike_reviews_and_clean_ups_are_no_key() -> None:
    assert keyed("县市场监管局审查涉及经营主体经济活动的政策措施52件。", 52).key is None
    assert keyed("县司法局对重大执法决定法制审核318件。", 318).key is None
    assert keyed("县司法局组织清理妨碍统一大市场和公平竞争的政策文件40件。", 40).key is None
    # the review of documents, decisions and contracts together is still the legality review
    assert keyed("对县政府文件、重大执法决定和合同开展合法性审查77件次。", 77).key == "legality_review.documents"


# ---- the body's sub-areas are a sub-scope, never the report's own figure

def test_each_sub_area_is_a_scope() -> None:
    assert scope_of("各县(市、区)共清理规范性文件") == "各县(市、区)"
    assert scope_of("各乡镇共调解矛盾纠纷") == "各乡镇"
    assert scope_of("全市各县区共") == "全市(各县区)"
    assert scope_of("各级行政机关") is None  # every level is the whole
    assert scope_of("深入各乡镇开展普法宣传") is None  # a place the body acted in
    assert scope_of("各市场主体") is None
    # an item of a breakdown after 其中 is not the sentence's subject
    assert scope_of("排查纠纷132起,其中乡调委会调处47起、各村调委会调处") is None


def test_a_sub_areas_figure_is_not_primary() -> None:
    text = "各县(市、区)共清理规范性文件604件。全市合计清理规范性文件679件。"
    figs = mark_primary([f for f in figures(text) if f.key == "normative_docs.cleaned"], text)
    assert {f.value: f.primary for f in figs} == {604: False, 679: True}  # the whole, though said second
    only_parts = "各县(市、区)共清理规范性文件604件。"
    assert not any(f.primary for f in mark_primary(figures(only_parts), only_parts))


def test_a_question_on_cases_is_answered_by_those_received_when_none_are_accepted() -> None:
    from fgqa.answers import answer_question

    text = "汀屿县2024年度法治政府建设情况报告\n一、主要成效\n县行政复议机构全年新收复议案件412件,同比增长9%。\n"
    summary = summary_of(text)
    got = answer_question("行政复议案件有多少件", summary, text)
    assert (got.answer_type, got.value, got.key) == ("number", 412, "reconsideration.applications")
    # the question names the accepted count itself: the report does not give it
    assert answer_question("受理了多少件行政复议案件", summary, text).answer_type == "not_disclosed"


# ---- cue gaps: an agency and its short noun, a campaign named 送法…, a list closed by 等普法活动

def test_an_agency_may_name_its_cases_short() -> None:
    assert keyed("区法律援助中心全年承办援助案件96件。", 96).key == "legal_aid.cases"
    # the agency's other counts are not its cases
    assert keyed("区法律援助中心全年接待来访群众96人次。", 96).key is None


def test_an_outreach_campaign_named_song_fa_is_legal_education() -> None:
    assert keyed("司法所开展“送法进企业”活动31场。", 31).key == "legal_education.events"


def test_an_item_of_a_list_closed_by_deng_pufa_huodong_does_not_rule_it_out() -> None:
    text = "组织普法讲师培训、以案释法进社区等普法活动73场。"
    assert keyed(text, 73).key == "legal_education.events"
    # officials' training said on its own is still not outreach
    assert keyed("组织机关干部法治培训73场。", 73).key is None


def test_a_legal_advisers_review_opinions_are_review_opinions() -> None:
    text = "县政府对拟签订的合同开展合法性审查40件,法律顾问提出审核意见58条。"
    assert keyed(text, 58).key == "legality_review.opinions"


# ---- verbal zeros: the body not named in any application or lawsuit; every judgement for it

def test_no_application_named_the_body() -> None:
    zeros = [f for f in figures("全年镇政府没有被提起过行政复议。") if f.kind == "zero_claim"]
    assert [(f.key, f.value) for f in zeros] == [("reconsideration.applications", 0)]
    zeros = [f for f in figures("街道本年度未收到行政复议申请。") if f.kind == "zero_claim"]
    assert [(f.key, f.value) for f in zeros] == [("reconsideration.applications", 0)]


def test_no_lawsuit_named_the_body() -> None:
    zeros = [f for f in figures("全年镇政府未被提起行政诉讼。") if f.kind == "zero_claim"]
    assert [(f.key, f.value) for f in zeros] == [("litigation.cases", 0)]


def test_every_judgement_for_the_body_is_no_case_lost() -> None:
    zeros = [f for f in figures("以区市场监管局为被告的案件9件,法院均判决区市场监管局胜诉。") if f.kind == "zero_claim"]
    assert [(f.key, f.value) for f in zeros] == [("litigation.lost", 0)]  # a scoped zero: no rate


# ---- "all of them" said after a count is the later stage's figure too

def test_all_concluded_after_a_count_is_that_many_concluded() -> None:
    text = "以乡政府为被告的行政诉讼案件5件,较上年减少2件,均已审结,其中1件败诉。"
    concluded = [f for f in summary_of(text).indicators if f.key == "litigation.concluded"]
    assert [(f.value, f.kind, f.scope) for f in concluded] == [(5, "derived", "乡政府")]
    assert concluded[0].quote.endswith("均已审结")


def test_all_of_needs_the_count_right_before_it() -> None:
    # another figure stands between: the words are not said of the case count
    text = "以乡政府为被告的行政诉讼案件5件,其中败诉1件,均已审结。"
    assert not [f for f in summary_of(text).indicators if f.key == "litigation.concluded"]
    # the report states the concluded count itself
    text = "全年行政诉讼案件12件,审结10件,均已审结。"
    assert [(f.value, f.kind) for f in summary_of(text).indicators if f.key == "litigation.concluded"] == [(10, "stated")]


def test_one_kind_of_enforcement_case_after_qizhong_is_a_keyed_part() -> None:
    text = "汀屿县2024年度法治政府建设情况报告\n一、主要成效\n县城管局全年立案查处违法案件530件,其中占道经营类案件144件。\n"
    cases = {f.value: f for f in summary_of(text).indicators if f.key == "enforcement.cases"}
    assert set(cases) == {530, 144}
    assert cases[144].scope == "占道经营类案件" and not cases[144].primary and cases[530].primary
    # a kind of the act disputed in a reconsideration case is no enforcement count
    assert keyed("县政府受理行政复议案件90件,其中行政处罚类案件31件。", 31).key != "enforcement.cases"


def test_cases_named_again_as_the_object_of_an_action_are_no_new_count() -> None:
    text = "以镇政府为被告的行政诉讼案件8件。对败诉的2件案件,镇政府逐案复盘。"
    assert keyed(text, 2).key is None


def test_a_question_whether_the_body_was_named_in_an_application_reads_the_zero() -> None:
    from fgqa.answers import answer_question

    text = "汀屿镇2024年度法治政府建设情况报告\n一、主要成效\n全年镇政府没有被申请过行政复议。\n"
    got = answer_question("镇政府有没有被申请行政复议?", summary_of(text), text)
    assert (got.answer_type, got.value) == ("yes_no", False)


def test_every_tier_with_the_departments_is_the_whole_body() -> None:
    assert scope_of("市县乡三级政府和市直部门法律顾问实现全覆盖") is None
    assert scope_of("县乡两级政府及县直部门") is None
    assert scope_of("市直部门开展合法性审核") == "市直部门"  # the departments alone are a part
    assert scope_of("全市各县区和市直部门") == "全市(各县区和市直部门)"
