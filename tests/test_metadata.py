"""Metadata from small invented reports (title, signature, page table, first sentence)."""

from __future__ import annotations

import pytest

from fgqa.documents import clean_text, extract_meta
from fgqa.documents.metadata import level_of, parse_date, region_of
from fgqa.models import Meta


def meta_of(raw: str) -> Meta:
    cleaned = clean_text(raw)
    return extract_meta(cleaned.text, cleaned.removed_lines)


def test_joint_title_with_page_date_and_signature() -> None:
    raw = (
        "您当前的位置:首页 > 通知公告\n"
        "中共青禾市松岭区委 青禾市松岭区人民政府关于2023年度法治政府建设情况的报告\n"
        "时间: 2024-03-04 09:10 来源: 松岭区司法局\n"
        "2023年,松岭区坚持依法行政,全年审查文件40件。\n"
        "一、主要举措\n全年办理复议案件9件。\n"
        "2024年2月26日\n"
    )
    assert meta_of(raw) == Meta(
        issuer="中共青禾市松岭区委 青禾市松岭区人民政府",
        region="青禾市松岭区",
        level="district",
        year=2023,
        published="2024-03-04",
        signed="2024-02-26",
        title="中共青禾市松岭区委 青禾市松岭区人民政府关于2023年度法治政府建设情况的报告",
        source="松岭区司法局",  # the chrome's 来源
    )


def test_organisation_line_above_title() -> None:
    raw = "青禾市临江区人民政府\n2024年法治政府建设年度工作报告\n2024年,临江区持续推进依法行政。\n"
    meta = meta_of(raw)
    assert (meta.issuer, meta.region, meta.level, meta.year) == ("青禾市临江区人民政府", "青禾市临江区", "district", 2024)
    assert meta.title == "2024年法治政府建设年度工作报告"
    assert meta.published is None and meta.signed is None


def test_town_signature_is_preferred_to_the_short_place_in_the_title() -> None:
    raw = (
        "2022年度白沙镇法治政府建设工作报告\n"
        "来源: 青禾新区 发布时间:2023-01-09 10:00 累计次数: 字体:[ ]\n"
        "为贯彻落实《法治政府建设实施纲要(2021-2025年)》,白沙镇全面履行职能。\n"
        "全年调解纠纷300起。\n"
        "青禾市临江区白沙镇人民政府\n"
        "2022年12月20日\n"
    )
    meta = meta_of(raw)
    assert meta.issuer == "青禾市临江区白沙镇人民政府"
    assert meta.region == "青禾市临江区白沙镇"
    assert meta.level == "town"
    assert (meta.year, meta.published, meta.signed) == (2022, "2023-01-09", "2022-12-20")


def test_title_place_alone_when_nothing_better() -> None:
    meta = meta_of("2023年度红石乡法治政府建设工作总结\n全乡推进依法行政。")
    # a bare place in the title names its government (a 乡 reports through its 人民政府)
    assert (meta.issuer, meta.region, meta.level, meta.year) == ("红石乡人民政府", "红石乡", "town", 2023)


def test_street_from_page_table_and_one_line_body() -> None:
    raw = (
        "索引号 | 0099/2025-00017 | ||\n"
        "组配分类 | 计划总结 | 发布机构 | 东湖街道 |\n"
        "生成日期 | 2025-02-10 | 公开方式 | 主动公开 |\n"
        "中共临江区委、临江区人民政府: 2024年以来,东湖街道在区委、区政府的领导下依法履职。"
        "现将情况报告如下: 一、主要举措 (一)压实责任。全年化解纠纷80起。 |\n|\n"
    )
    meta = meta_of(raw)
    # a 街道 in the 发布机构 cell is the office as it signs itself; the opening names the same street as
    # its subject (东湖街道在区委…的领导下), and the fuller name of one body wins, as everywhere
    assert (meta.issuer, meta.region, meta.level) == ("东湖街道办事处", "东湖街道", "street")
    assert (meta.year, meta.published, meta.signed, meta.title) == (2024, "2025-02-10", None, None)


def test_empty_publisher_cell_names_nobody() -> None:
    # a real page's table left the 发布机构 cell blank after its colon: no issuer, no crash
    raw = (
        "索引号: | 0451/2024-00388 | 发布机构: | | ||\n"
        "2023年以来,县政府坚持依法行政,全年开展普法活动40场次。\n"
    )
    meta = meta_of(raw)
    # 县政府 names the kind of body, not which county: no issuer, but a county's level
    assert meta.issuer is None and meta.level == "county" and meta.year == 2023


def test_department_from_first_sentence_in_traditional_script() -> None:
    raw = "2023年,青禾市司法局堅持以法治思想為指導(dǎo),全面推進依法治市。\n一、主要舉措\n"
    meta = meta_of(raw)
    assert (meta.issuer, meta.region, meta.level, meta.year) == ("青禾市司法局", "青禾市", "department", 2023)
    assert meta.title is None


def test_generic_subject_is_not_an_issuer() -> None:
    meta = meta_of("2023年,全区坚持依法行政,各项工作取得新进展。\n")
    assert meta.issuer is None and meta.region is None and meta.level is None
    assert meta.year == 2023


def test_year_falls_back_to_publication_year_minus_one() -> None:
    raw = "发布日期: 2024-01-15\n青禾县人民政府法治政府建设情况报告\n全县推进依法行政,成效明显。\n"
    meta = meta_of(raw)
    assert (meta.issuer, meta.level, meta.year, meta.published) == ("青禾县人民政府", "county", 2023, "2024-01-15")


def test_chinese_numeral_signature_date_and_city() -> None:
    raw = "青禾市人民政府关于2023年法治政府建设情况的报告\n正文内容。\n青禾市人民政府\n二〇二四年一月三十日\n"
    meta = meta_of(raw)
    assert (meta.issuer, meta.region, meta.level, meta.signed) == ("青禾市人民政府", "青禾市", "city", "2024-01-30")


def test_signature_at_the_end_of_a_one_line_page() -> None:
    raw = "2023年度红石镇法治政府建设工作报告\n一、主要举措 全年调解纠纷60起。 青禾市红石镇人民政府 2023年12月14日"
    meta = meta_of(raw)
    assert (meta.issuer, meta.signed) == ("青禾市红石镇人民政府", "2023-12-14")


def test_empty_text_gives_empty_meta() -> None:
    assert extract_meta("", []) == Meta()
    assert extract_meta("只有一句没有年份和机构的正文。", []) == Meta()


@pytest.mark.parametrize(
    ("issuer", "region", "level"),
    [
        ("青禾市松岭区人民政府", "青禾市松岭区", "district"),
        ("中共青禾市松岭区委", "青禾市松岭区", "district"),
        ("青禾市市场监督管理局", "青禾市", "department"),
        ("青禾市城市管理局", "青禾市", "department"),
        ("松岭区人民政府办公室", "松岭区", "department"),
        ("松岭区东湖街道办事处", "松岭区东湖街道", "street"),
        ("白沙镇人民政府", "白沙镇", "town"),
        ("沛县人民政府", "沛县", "county"),
        ("青禾旗人民政府", "青禾旗", "county"),
        ("中共白沙镇委员会", "白沙镇", "town"),
    ],
)
def test_region_and_level_of_issuers(issuer: str, region: str, level: str) -> None:
    assert region_of(issuer) == region
    assert level_of(issuer) == level


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2024年2月27日", "2024-02-27"),
        ("2024-03-01 14:20", "2024-03-01"),
        ("2024/1/5", "2024-01-05"),
        ("二〇二三年十二月十四日", "2023-12-14"),
        ("2024年2月30日", None),
        ("无日期", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso
