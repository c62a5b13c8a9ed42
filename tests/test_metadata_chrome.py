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


def test_joint_issuers_in_the_title():
    raw = "中共青川县委 青川县人民政府关于2024年度法治政府建设情况的报告\n一、主要成效\n正文。\n"
    meta, _ = meta_of(raw)
    assert (meta.issuer, meta.level, meta.region) == ("中共青川县委 青川县人民政府", "county", "青川县")
