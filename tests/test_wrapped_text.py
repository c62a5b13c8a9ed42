"""Text copied out of a PDF keeps the layout's line ends (受理\\n122件): the lines of such a text
are joined back into paragraphs; headings, list items, table rows and ordinary one-paragraph-
per-line text are left as they are.

The report below is our own (fictional, fresh wording).
"""

from fgqa.documents.cleaning import clean_text
from helpers import figures_of

WRAPPED = """\
宜垣县人民政府
2024年度法治政府建设情况报告
一、主要工作
(一)化解行政争议。县政府全年收到行政复议申请 96 件,受理
88 件,审结 80 件,其中纠错 9 件。县域内行政机关作为被告的行政诉
讼案件 52 件,审结 47 件,败诉 3 件;行政机关负责人出庭应诉 49 人次,
出庭应诉率达到 94.2%,较上年提高 2.6 个百分点,庭审旁听和以案释法同
步开展,每季度通报一次典型案例,推动执法单位举一反三、整改提升。
- 2 -
(二)强化普法宣传。全县组织开展各类普法活动 318 场,受众 4.2 万
人次,县司法局会同教育部门为全县中小学配齐法治副校长,并把普法融入
乡村集市、企业培训和社区活动,力求让群众听得懂、用得上、记得牢。
二、存在的不足
一是基层法治力量不足;二是普法形式不够新颖。
三、县政府主要负责人履行推进法治建设第一责任人职责情况
县长全年主持召开常务会议专题研究法治工作 4 次,带头出庭应诉 1 次,
并将法治建设纳入部门和乡镇年度目标考核,考核结果与评先评优挂钩。
"""


def test_a_wrapped_text_is_joined_into_paragraphs() -> None:
    result = clean_text(WRAPPED)
    lines = result.text.split("\n")
    assert "受理88件,审结 80件" in result.text
    assert "行政诉讼案件 52件" in result.text
    assert "- 2 -" not in result.text  # the page number between two halves of a paragraph
    assert "二、存在的不足" in lines and "宜垣县人民政府" in lines  # headings and the title stay lines
    assert "三、县政府主要负责人履行推进法治建设第一责任人职责情况" in lines
    assert any(n.startswith("joined") for n in result.notes)
    assert clean_text(result.text).text == result.text  # cleaning twice changes nothing


def test_the_figures_of_a_wrapped_text_are_read_across_its_line_ends() -> None:
    text = clean_text(WRAPPED).text
    keyed = {(f.key, f.value) for f in figures_of(text, 2024) if f.kind == "stated"}
    assert {("reconsideration.accepted", 88), ("litigation.cases", 52), ("legal_education.audience", 42000)} <= keyed


def test_one_paragraph_per_line_is_left_alone() -> None:
    text = ("一、主要工作\n全年收到行政复议申请96件,受理88件。\n(一)普法宣传\n开展普法活动318场,受众4.2万人次。\n"
            "二、存在的不足\n基层法治力量不足,普法形式不够新颖,执法水平有待提升,队伍建设仍需加强\n") * 3
    result = clean_text(text)
    assert result.text == clean_text(text.replace("\n\n", "\n")).text
    assert not any(n.startswith("joined") for n in result.notes)
    assert result.text.count("\n") == text.strip().count("\n")


def test_a_site_line_inside_a_sentence_is_body_text() -> None:
    text = "县政府门户网站开设法治专栏,及时发布执法信息\n联系我们 | 网站地图\n"
    kept = clean_text(text).text
    assert "门户网站开设法治专栏" in kept and "网站地图" not in kept
