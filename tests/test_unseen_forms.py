"""The forms of reports nobody tuned for (issue 11, evals/classes m1–m6), one rule each: text
copied out of a PDF (numbers broken over two lines, running headers, bare page numbers), a text
table whose label was spaced out, an HTML table whose header takes two rows, figures said
"respectively" of a list of scopes, a list whose verb governs every item, and the look-alike and
zero wordings those reports used.

Every text below is our own (fictional places, fresh wording).
"""

from __future__ import annotations

from fgqa.documents.cleaning import clean_text, join_wrapped_lines
from fgqa.documents.text_tables import mark_table_cells
from helpers import figures_of, summarized


def _keyed(text: str, year: int = 2024) -> set[tuple[str | None, float, str]]:
    return {(f.key, f.value, f.kind) for f in figures_of(text, year) if f.key}


# --------------------------------------------------------------------------- documents: line joining

#: a paragraph broken at one width, as a PDF viewer copies it; the page's number and the running
#: header of the next page stand inside a sentence
WRAPPED = """\
蒲澄县人民政府2024年度法治政府建设情况报告
一、主要工作
(一)决策和审查。县司法局对县政府拟发的文件、拟签的协议逐件把关，全年审查各类文件2
86件，提出书面意见140条，县政府常务会议审议的重大行政决策事项全部经过了合法性审查和
集体讨论，法律顾问参与决策论证的比例达到9
5.3%，县政府及各部门、各乡镇法律顾问配备齐全，实现了全覆盖，公职律师队伍继续扩大，
全年新增公职律师十二名，法律顾问和公职律师共出具法律意见书三百余份，为政府依法决
— 1 —
蒲澄县人民政府办公室编印
策提供了有力支撑，县政府信息公开平台全年收到政府信息公开申请1,377
件，均在法定期限内予以答复，未发生因信息公开引起的行政复议和行政诉讼，群众对政务公
开工作的满意度持续提升，县政府门户网站的访问量和互动留言数量较上年均有明显增长，
— 2 —
蒲澄县人民政府办公室编印
全年回复网民留言六百余条，办结率达到百分之百，政务新媒体矩阵建设取得积极进展，开设
了县政府官方微信公众号、视频号和微博账号，全年发布各类政务信息两千余条，阅读量超过
— 3 —
蒲澄县人民政府办公室编印
二百万人次，县委县政府多次表扬。
二、存在的不足
基层法治力量不足。
"""


def test_a_number_broken_over_two_lines_is_one_number_again() -> None:
    text = clean_text(WRAPPED).text
    assert "全年审查各类文件286件" in text  # digits joined with no space between them
    assert "比例达到95.3%" in text
    assert "政府信息公开申请1,377件,均在法定期限内" in text  # a unit that opens a line continues it


def test_running_headers_and_page_numbers_inside_a_sentence_are_dropped() -> None:
    text = clean_text(WRAPPED).text
    assert "编印" not in text and "— 2 —" not in text
    assert "为政府依法决策提供了有力支撑" in text  # the sentence goes on across the page break
    assert text.split("\n")[0] == "蒲澄县人民政府2024年度法治政府建设情况报告"  # the title stays
    assert clean_text(text).text == text


_BODY = ["全年收到行政复议申请的数量和受理的数量都比上年有所增加县政府", "复议机构依法审理每一件案件做到案结事了并及时公开复议决定书",
         "群众对复议工作的满意度较上年有了明显的提高各项工作都取得了", "新的成效县司法局会同各乡镇和有关部门一起开展了法律服务",
         "进村入户活动为困难群众提供法律咨询和援助各项工作扎实推进"]


def test_bare_page_numbers_count_up_and_are_dropped() -> None:
    lines = ["一、主要工作", *_BODY[:3], "1", *_BODY[3:], "2", *(line[::-1] for line in _BODY[:4]), "二、存在的不足"]
    joined, _ = join_wrapped_lines(lines)
    assert "1" not in joined and "2" not in joined
    assert joined[1].startswith("全年收到") and "法律服务进村入户" in joined[1]


def test_a_lone_number_that_does_not_count_pages_stays() -> None:
    lines = ["一、主要工作", *_BODY, "7", *_BODY, "3"]
    joined, _ = join_wrapped_lines(lines)
    assert any(line == "7" or line.endswith("7") or "7" in line for line in joined)
    assert "3" in "".join(joined)


def test_the_figures_of_a_broken_number_are_read() -> None:
    keyed = _keyed(clean_text(WRAPPED).text)
    assert ("legality_review.documents", 286, "stated") in keyed
    assert ("transparency.requests", 1377, "stated") in keyed
    assert ("transparency.response_rate", 100, "zero_claim") in keyed


# --------------------------------------------------------------------------- documents: tables


def test_a_label_spaced_out_to_its_column_is_one_cell() -> None:
    table = ("项    目                 2024年       2023年\n"
             "收到复议申请（件）          131           97\n"
             "合    计                     131           97\n")
    lines = mark_table_cells(table).split("\n")
    assert lines[0] == "项目 | 2024年 | 2023年"
    assert lines[2] == "合计 | 131 | 97"


def test_a_header_over_two_rows_names_the_year_columns() -> None:
    html = """<html><body><h1>蒲澄县2024年度法治政府建设情况报告</h1><p>一、主要工作</p>
<table><tr><th rowspan="2">类别</th><th rowspan="2">指标</th><th colspan="2">年度</th></tr>
<tr><th>2023年</th><th>2024年</th></tr>
<tr><td rowspan="2">行政复议</td><td>收到申请（件）</td><td>180</td><td>203</td></tr>
<tr><td>纠错率</td><td>13.9%</td><td>11.8%</td></tr>
<tr><td>行政执法</td><td>行政处罚（件）</td><td>1,560</td><td>1,712</td></tr>
</table></body></html>"""
    text = clean_text(html, media="html").text
    keyed = _keyed(text)
    assert {("reconsideration.applications", 203, "stated"), ("reconsideration.applications", 180, "benchmark"),
            ("reconsideration.correction_rate", 11.8, "stated"), ("enforcement.cases", 1712, "stated")} <= keyed
    assert ("reconsideration.correction_rate", 13.9, "stated") not in keyed


def test_an_act_named_as_a_column_under_a_reconsideration_heading_is_no_enforcement_count() -> None:
    text = ("三、行政复议申请涉及的事项\n受理的申请按所涉事项分列如下。\n"
            "申请事项 | 举报投诉处理 | 行政处罚 | 工伤认定\n数量 | 52件 | 31件 | 6件\n")
    assert not any(f.key == "enforcement.cases" for f in figures_of(text, 2024))


# --------------------------------------------------------------------------- figures: lists


def test_figures_said_respectively_of_a_list_of_scopes() -> None:
    text = ("(二)行政复议。全市复议机构全年收到复议申请1,906件,市本级、各县(市、区)分别为733件和1,173件;"
            "市本级、县级的纠错率分别为12.5%和10.2%。")
    figures = [f for f in figures_of(text, 2024) if f.key]
    by_value = {f.value: f for f in figures}
    assert by_value[733].key == by_value[1173].key == "reconsideration.applications"
    assert by_value[733].scope == "市本级" and by_value[1173].scope == "各县"
    assert by_value[10.2].key == "reconsideration.correction_rate"


def test_a_respective_list_skips_a_figure_of_another_measure() -> None:
    text = "全市执法机关办理行政处罚案件2.9万件,罚没款1.8亿元,市本级、县(市、区)分别办理6,230件、22,770件。"
    keyed = _keyed(text)
    assert {("enforcement.cases", 6230, "stated"), ("enforcement.cases", 22770, "stated")} <= keyed


def test_a_respective_list_of_kinds_is_no_list_of_parts() -> None:
    """行政复议和行政诉讼…分别为: two indicators, not two scopes of the one before."""
    text = "全年受理各类案件共90件,行政复议和行政诉讼案件分别为40件和50件。"
    assert not any(f.value == 50 and f.key == "reconsideration.applications" for f in figures_of(text, 2024))


def test_the_verb_before_a_list_governs_its_later_items() -> None:
    text = "开展“法治护企”入企宣讲38场,覆盖企业1,200余家、职工1.6万人次。"
    assert ("legal_education.audience", 16000, "stated") in _keyed(text)


# --------------------------------------------------------------------------- figures: wordings


def test_zeros_and_coverage_said_with_a_verb() -> None:
    text = ("街道作为被告的行政诉讼案件今年共有2件,法院已审结2件,没有出现败诉。"
            "全县九十八个行政村(社区)全部配备法律顾问。")
    keyed = _keyed(text)
    assert ("litigation.lost", 0, "zero_claim") in keyed
    assert ("legal_advisor.coverage_rate", 100, "zero_claim") in keyed


def test_review_opinions_in_other_words() -> None:
    keyed = _keyed("法规处对局机关起草的文件开展合法性审核,合计214件次,反馈修改意见330条。")
    assert ("legality_review.opinions", 330, "stated") in keyed
    keyed = _keyed("县司法局全年审核县政府文件和合同共计150件,提出修改建议260条。")
    assert ("legality_review.opinions", 260, "stated") in keyed


def test_suggestions_after_the_opinions_are_inside_them() -> None:
    keyed = _keyed("全年审查市政府文件和合同共计280件,出具审查意见280份,提出修改建议700余条。")
    assert ("legality_review.opinions", 280, "stated") in keyed
    assert not any(k == "legality_review.opinions" and v == 700 for k, v, _ in keyed)


def test_the_items_a_decision_catalogue_took_in() -> None:
    keyed = _keyed("市政府向社会公布年度重大行政决策事项目录,列入目录的事项共11项,均履行了法定程序。")
    assert ("major_decisions.count", 11, "stated") in keyed


def test_cases_supervised_are_not_cases_handled() -> None:
    text = "全系统立案查处违法案件9,100件。局本级组织专项执法检查3轮,挂牌督办重大违法案件12件。"
    keyed = _keyed(text)
    assert ("enforcement.cases", 9100, "stated") in keyed
    assert not any(k == "enforcement.cases" and v == 12 for k, v, _ in keyed)


# --------------------------------------------------------------------------- the second round (m7–m9)


def test_labels_spaced_out_anywhere_in_a_header_row() -> None:
    table = ("指    标             全    市     市本级     县（市、区）\n"
             "行政复议新收申请（件）    2,410      960       1,450\n"
             "行政诉讼一审案件（件）    1,502      433       1,069\n")
    assert mark_table_cells(table).split("\n")[0] == "指标 | 全市 | 市本级 | 县（市、区）"


def test_a_table_goes_on_after_a_page_break() -> None:
    body = [f"全市各级行政复议机关和人民法院依法化解行政争议第{n}项工作取得了明显的成效，\n" for n in range(9)]
    text = ("一、主要工作\n" + "".join(body[:4]) + "第 1 页 共 3 页\n澄汀市人民政府文件\n" + "".join(body[4:])
            + "指标                      全市      市本级      县（市、区）\n"
            "行政复议新收申请（件）     2,410       960       1,450\n"
            "第 2 页 共 3 页\n澄汀市人民政府文件\n"
            "行政处罚案件（件）        41,300     7,200      34,100\n")
    keyed = _keyed(clean_text(text).text)
    assert {("enforcement.cases", 41300, "stated"), ("enforcement.cases", 34100, "stated"),
            ("reconsideration.applications", 1450, "stated")} <= keyed


def test_a_column_of_the_counties_is_a_scope_and_its_bracket_no_unit() -> None:
    text = "项目 | 全市 | 市本级 | 县(市、区)\n行政诉讼一审案件(件) | 1,502 | 433 | 1,069\n"
    figures = [f for f in figures_of(text, 2024) if f.value == 1069]
    assert figures and figures[0].key == "litigation.cases" and figures[0].unit == "件"


def test_each_of_two_scopes_said_with_ge_wei() -> None:
    text = "全市行政机关一审应诉案件1,502件,败诉率5.2%;市本级、县级败诉率各为4.1%和5.8%。"
    keyed = _keyed(text)
    assert {("litigation.loss_rate", 4.1, "stated"), ("litigation.loss_rate", 5.8, "stated")} <= keyed


def test_a_line_break_inside_an_html_sentence_is_the_editor_s() -> None:
    html = ("<p>(三)行政执法。全县办理行政处罚案件<strong>1&nbsp;208</strong>件，罚没款<br>631.5万元。</p>"
            "<p>一是完善制度，修订办法3项<br>二是加强培训，举办培训5期。</p><p>澄汀县人民政府<br>2025年3月3日</p>")
    lines = clean_text(html, media="html").text.split("\n")
    assert "(三)行政执法。全县办理行政处罚案件1208件,罚没款631.5万元。" in lines
    assert lines[-2:] == ["澄汀县人民政府", "2025年3月3日"]  # a signature keeps its lines
    assert any(line.startswith("二是加强培训") for line in lines)  # a list item keeps its line


def test_spoken_and_settled_wordings() -> None:
    keyed = _keyed("全县共受理政府信息公开申请1,240件,均按法定时限办结。")
    assert ("transparency.response_rate", 100, "zero_claim") in keyed
    keyed = _keyed("乡政府为全乡十一个行政村配齐了法律顾问。今年没有人向乡政府申请过政府信息公开。")
    assert {("legal_advisor.coverage_rate", 100, "zero_claim"), ("transparency.requests", 0, "zero_claim")} <= keyed
    keyed = _keyed("督促三级党政机关配齐法律顾问,目前全市共有860名法律顾问参与政府决策。")
    assert not any(k == "legal_advisor.coverage_rate" for k, _, _ in keyed)  # urged, not done


def test_spoken_review_and_audience() -> None:
    keyed = _keyed("乡里签的合同、发的文件一律先交法律顾问看,全年顾问审了合同和文件共三十八份。")
    assert ("legality_review.documents", 38, "stated") in keyed
    keyed = _keyed("举办普法讲座、法治文艺演出等活动十九场,来听来看的群众有一千八百多人次。")
    assert ("legal_education.audience", 1800, "stated") in keyed
    keyed = _keyed("开展普法宣传活动12场,接待群众法律咨询650人次。")
    assert not any(k == "legal_education.audience" for k, _, _ in keyed)


def test_one_item_named_after_its_count_is_no_count_of_one() -> None:
    text = "乡里今年定了两项重大行政决策,一项是集镇污水管网改造,一项是村级道路提档。"
    values = [f.value for f in figures_of(text, 2024) if f.key == "major_decisions.count"]
    assert values == [2]


# --------------------------------------------------------------------------- the third round (m10–m11)

LEVELS_TABLE = """<html><body><h1>漕汀县2024年度法治政府建设情况报告</h1><p>一、主要成效</p>
<p>全县复议和应诉案件分层级情况见下表（单位：件）。</p>
<table><tr><th>层级</th><th>行政复议申请</th><th>复议纠错</th><th>一审行政诉讼</th><th>诉讼败诉</th></tr>
<tr><td>县政府本级</td><td>41</td><td>5</td><td>18</td><td>1</td></tr>
<tr><td>乡镇</td><td>27</td><td>2</td><td>11</td><td>0</td></tr>
<tr><td>合计</td><td>68</td><td>7</td><td>29</td><td>1</td></tr></table>
<p>法院已审结一审行政诉讼案件26件，败诉率3.8%。</p>
<table><tr><th>指标名称</th><th>单位</th><th>2024年</th><th>2023年</th><th>增长（%）</th></tr>
<tr><td>行政处罚案件</td><td>件</td><td>1,230</td><td>1,100</td><td>11.8</td></tr>
<tr><td>罚没款</td><td>万元</td><td>640.5</td><td>700.0</td><td>-8.5</td></tr></table>
</body></html>"""


def test_levels_down_the_rows_and_indicators_across() -> None:
    figures = [f for f in figures_of(clean_text(LEVELS_TABLE, media="html").text, 2024) if f.key]
    stated = {(f.key, f.value, f.scope) for f in figures if f.kind == "stated"}
    assert {("reconsideration.applications", 41, "县政府本级"), ("litigation.cases", 11, "乡镇"),
            ("reconsideration.applications", 68, None), ("litigation.lost", 1, None)} <= stated
    _, summary = summarized(clean_text(LEVELS_TABLE, media="html").text)
    rates = {(f.value, f.scope) for f in summary.indicators if f.key == "litigation.loss_rate" and f.kind == "derived"}
    # the prose's 3.8 % is over the 26 concluded, the rows give only suits (1 of 29 = 3.4 %): no row
    # gets a rate over another count than the report's (docs/evaluation.md), nor the total row
    assert rates == set()


def test_a_growth_column_is_a_change() -> None:
    keyed = _keyed(clean_text(LEVELS_TABLE, media="html").text)
    assert {("enforcement.cases", 1230, "stated"), ("enforcement.cases", 1100, "benchmark"),
            ("enforcement.cases", 11.8, "change"), ("enforcement.fines", -8.5, "change")} <= keyed


def test_a_level_s_part_keeps_its_key() -> None:
    text = ("全区一审行政诉讼案件共230件(区政府本级71件),审结221件。区政府行政复议机构审结402件,纠正违法或者不当"
            "行政行为45件,纠错率11.2%,其中区政府本级作出的行政行为被纠错12件。")
    stated = {(f.key, f.value, f.scope) for f in figures_of(text, 2024) if f.key and f.kind == "stated"}
    assert ("litigation.cases", 71, "全区(区政府本级)") in stated or any(
        k == "litigation.cases" and v == 71 for k, v, _ in stated)
    assert any(k == "reconsideration.corrected" and v == 12 for k, v, _ in stated)
