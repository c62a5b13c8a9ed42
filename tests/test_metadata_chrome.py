"""Issue 11, class 10 (and the level part of 12): issuer, level and publication date from
titles, page chrome and signatures; chrome lines removed."""

import pytest

from fgqa.documents.cleaning import clean_text, is_chrome_line
from fgqa.documents.metadata import extract_meta, level_of, region_of


def meta_of(raw: str):
    cleaned = clean_text(raw)
    return extract_meta(cleaned.text, cleaned.removed_lines), cleaned


@pytest.mark.parametrize("issuer, level, region", [
    ("司法部", "national", None),
    ("国家市场监督管理总局", "national", None),
    ("国家发展和改革委员会", "national", None),
    ("广西壮族自治区人民政府", "province", "广西壮族自治区"),
    ("浙江省人民政府", "province", "浙江省"),
    ("上海市人民政府", "province", "上海市"),
    ("浙江省司法厅", "department", "浙江省"),
    ("青川经济技术开发区管委会", "district", "青川经济技术开发区"),
    ("宁远市高新区管理委员会", "district", "宁远市高新区"),
    ("白沙乡人民政府", "town", "白沙乡"),
    ("中共青川县委 青川县人民政府", "county", "青川县"),
    ("青川县人民武装部", "department", "青川县"),
])
def test_level_from_the_issuer(issuer, level, region):
    assert (level_of(issuer), region_of(issuer)) == (level, region)


@pytest.mark.parametrize("line", [
    "首页 >> 政务公开 >> 法治政府建设",
    "政务公开 > 规划计划 > 年度报告",
    "2025年3月5日 星期三",
    "• 发布日期: 2025-01-10",
    "信息索引号:11330000-2025-00012",
    "索引号:1133-01 分类:法治政府 发布机构:青川县司法局",
])
def test_chrome_lines_are_removed(line):
    assert is_chrome_line(line)


@pytest.mark.parametrize("line", ["全年办理行政复议案件45件 > 上年", "2025年3月5日,县政府召开常务会议。"])
def test_body_lines_are_not_chrome(line):
    assert not is_chrome_line(line)


def test_publication_date_from_a_bullet_list_and_issuer_from_the_source_line():
    raw = ("首页 >> 政务公开 >> 年度报告\n• 来源: 青川县司法局\n• 发布日期: 2025-01-10\n2025年3月5日 星期三\n"
           "2024年度法治政府建设工作报告\n2024年,我局坚持依法行政。\n")
    meta, cleaned = meta_of(raw)
    assert (meta.issuer, meta.level, meta.published, meta.year) == ("青川县司法局", "department", "2025-01-10", 2024)
    assert "星期三" not in cleaned.text and ">>" not in cleaned.text


def test_a_field_of_a_one_line_list_stops_at_the_next_label():
    raw = "索引号:1133-01 发布机构:青川县人民政府 生成日期:2025-02-03\n2024年法治政府建设情况报告\n正文。\n"
    meta, _ = meta_of(raw)
    assert (meta.issuer, meta.published) == ("青川县人民政府", "2025-02-03")


def test_a_date_line_under_the_title_is_the_publication_date():
    raw = "青川县人民政府关于2024年度法治政府建设情况的报告\n2025年1月22日\n一、主要成效\n全年工作扎实。\n"
    meta, _ = meta_of(raw)
    assert (meta.issuer, meta.published, meta.year) == ("青川县人民政府", "2025-01-22", 2024)


def test_the_stamp_after_the_source_line_is_the_publication_date():
    raw = ("来源:云岭县水利局      2025-02-11 16:40 【字体:大 中 小】\n"
           "云岭县水利局2024年度法治政府建设情况报告\n2024年,我局推进依法行政。\n")
    meta, _ = meta_of(raw)
    assert (meta.issuer, meta.published, meta.year) == ("云岭县水利局", "2025-02-11", 2024)


def test_a_date_the_source_line_mentions_without_a_clock_time_is_no_stamp():
    raw = "白鹭镇2024年法治政府建设报告\n来源:白鹭镇 2024年6月3日,镇里召开会议。\n2024年,全镇推进依法行政。\n"
    meta, _ = meta_of(raw)
    assert meta.published is None


def test_the_stamp_of_a_source_line_naming_another_body_is_a_reprint_day():
    raw = ("来源:沧澜日报      2025-04-19 08:15 【字体:大 中 小】\n"
           "云岭县水利局2024年度法治政府建设情况报告\n2024年,我局推进依法行政。\n")
    meta, _ = meta_of(raw)
    assert (meta.issuer, meta.published) == ("云岭县水利局", None)


def test_a_publication_label_in_the_body_does_not_date_the_page():
    body = "".join(f"({n})县政府推进第{n}项依法行政工作,成效明显。\n" for n in range(1, 8))
    raw = f"云岭县人民政府关于2024年度法治政府建设情况的报告\n2024年,县政府推进依法行政。\n{body}发布时间\n2025-03-06\n"
    meta, _ = meta_of(raw)
    assert (meta.issuer, meta.published) == ("云岭县人民政府", None)


@pytest.mark.parametrize("label", ["发布日期", "发布时间:", "Published"])
def test_a_publication_label_alone_on_its_line_dates_the_page_with_the_next_line(label):
    raw = f"云岭县人民政府关于2024年度法治政府建设情况的报告\n{label}\n2025-03-06\n2024年,县政府推进依法行政。\n"
    meta, _ = meta_of(raw)
    assert (meta.issuer, meta.published) == ("云岭县人民政府", "2025-03-06")


def test_joint_issuers_in_the_title():
    raw = "中共青川县委 青川县人民政府关于2024年度法治政府建设情况的报告\n一、主要成效\n正文。\n"
    meta, _ = meta_of(raw)
    assert (meta.issuer, meta.level, meta.region) == ("中共青川县委 青川县人民政府", "county", "青川县")


@pytest.mark.parametrize("raw, issuer", [
    # a place-only title names the place's government, above the site office on the 来源 line
    ("首页 > 工作报告\n来源:青川县人民政府办公室 发布时间:2025-03-01 10:00\n青川县2024年度法治政府建设情况报告\n正文。\n",
     "青川县人民政府"),
    ("2024年枫林街道法治政府建设情况报告\n正文。\n", "枫林街道办事处"),
    # the title reports on a report
    ("农业农村部发布2024年法治政府建设年度报告\n一、主要成效\n正文。\n", "农业农村部"),
    # the opening formula and the opening sentence's subject
    ("2024年,在市委、市政府的正确领导下,白塔区坚持依法行政。现将白塔区2024年度法治政府建设情况报告如下:\n一、成效\n",
     "白塔区人民政府"),
    ("2024年,在县委、县政府的坚强领导下,在县司法局的指导下,青川县交通运输局坚持依法行政,成效明显。\n一、成效\n",
     "青川县交通运输局"),
    # a body that names itself without its place: the place the text names most
    ("现将县人民政府2024年法治政府建设工作情况报告如下。\n一、成效\n制定《青川县法治宣传方案》。印发《青川县普法责任清单》。\n",
     "青川县人民政府"),
    # a one-line page that starts with its title
    ("中共柳溪镇委员会柳溪镇人民政府关于2024年度法治政府建设的报告 中共青川县委: 2024年,柳溪镇扎实推进法治建设。",
     "中共柳溪镇委员会柳溪镇人民政府"),
    # a repeated title: the copy with its organisation line above it
    ("2024年法治政府建设工作报告\n• 发布日期:2025-01-05\n青川县柳溪镇人民政府\n2024年法治政府建设工作报告\n正文。\n",
     "青川县柳溪镇人民政府"),
    # a head's duty report: the body it pushed forward
    ("2024以来,本人切实履行第一责任人职责,有效推动柳溪镇法治政府建设迈上新台阶。\n一、成效\n", "柳溪镇人民政府"),
])
def test_issuer_from_titles_formulas_and_opening_sentences(raw, issuer):
    meta, _ = meta_of(raw)
    assert meta.issuer == issuer


def test_a_verb_before_a_bare_place_is_no_place_name():
    raw = "2024年,县司法局坚持依法行政。提请县司法局审核。提请县司法局备案。“青川县普法”。青川县法治宣传。\n"
    meta, _ = meta_of(raw)
    assert meta.issuer == "青川县司法局"
