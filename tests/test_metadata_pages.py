"""Issue 11, class 10: metadata of short fictional pages written for each way real report pages
carry it (places and wording invented): the issuer from the title, a 发布机构/来源 line or the
signature, 我镇/本局 with the place named elsewhere, joint issuers, issuers of every level, page
chrome (index lists, spaced labels, labels on their own line, pipe tables, stale 'today' lines)
and dates (a date line under the title, 成文 vs 发布, a repost's mirror date, an address's date).

Weak evidence gives None: an addressee line, a newspaper or a site office as 来源, a 发布机构 that
is not the kind of body the report calls itself, a date that cannot be the report's."""

from __future__ import annotations

import pytest

from fgqa.documents.cleaning import clean_text
from fgqa.documents.metadata import extract_meta, level_of, self_reference_level, url_date
from fgqa.models import Meta


def meta_of(raw: str, source: str | None = None) -> Meta:
    cleaned = clean_text(raw)
    return extract_meta(cleaned.text, cleaned.removed_lines, source=source)


# (page, issuer, level, year, published, signed)
PAGES = {
    "bulleted list with spaced labels; the title names only the place": (
        "- 索 引 号: ss-0712-2024-00031\n- 备注/文号: 杉政〔2024〕7号\n- 发布机构: 杉湾县人民政府\n- 公文生成日期: 2024-02-19\n"
        "杉湾县2023年法治政府建设年度报告\n2023年,全县上下紧扣依法行政主线,推进各项任务落地。\n一、主要举措\n全年审查规范性文件12件。\n",
        "杉湾县人民政府", "county", 2023, "2024-02-19", None),
    "关于… title, 我局, the issuer only in the signature": (
        "关于2023年度法治政府建设情况的报告\n发布时间:2024-01-30 来源:本局 浏览次数:112\n"
        "2023年,我局坚持把法治建设摆在全局工作突出位置,依法履行职责。\n一、主要举措\n办理复议答复3件。\n蓼川市汀澜区司法局\n2024年1月26日\n",
        "蓼川市汀澜区司法局", "department", 2023, "2024-01-30", "2024-01-26"),
    "a government's report posted by its 司法局": (
        "首页 > 政务公开 > 年度报告\n汀澜区人民政府关于2023年度法治政府建设情况的报告\n文章来源:区司法局 更新时间:2024/03/11 10:20:31\n"
        "2023年,汀澜区紧扣发展大局推进依法行政。\n",
        "汀澜区人民政府", "district", 2023, "2024-03-11", None),
    "a joint issuer line above a 关于… title, then the addressee": (
        "中共鹭汀镇委员会 鹭汀镇人民政府\n关于2024年法治政府建设情况的报告\n杉湾县人民政府:\n"
        "2024年,鹭汀镇紧扣年度目标推进依法行政,现将有关情况报告如下。\n一、主要举措\n",
        "中共鹭汀镇委员会 鹭汀镇人民政府", "town", 2024, None, None),
    "the addressee is not the issuer; the signature is": (
        "2024年度法治政府建设工作报告\n中共杉湾县委、杉湾县人民政府:\n2024年,我镇紧扣县委部署推进依法行政。\n一、主要举措\n调解纠纷40起。\n"
        "鹭汀镇人民政府\n2025年1月8日\n",
        "鹭汀镇人民政府", "town", 2024, None, "2025-01-08"),
    "labels on their own lines, values on the next": (
        "栎桥乡2024年法治政府建设情况报告\n发布时间:\n2025-03-04\n作者:\n来源:\n栎桥乡人民政府\n"
        "2024年,栎桥乡在县委、县政府的领导下依法履职。\n",
        "栎桥乡人民政府", "town", 2024, "2025-03-04", None),
    "a pipe table holding the title, 发文时间 and 发布日期": (
        "字体大小:【大】 【中】 【小】\n| 索引号:0133/2025-00412 | |\n| 发文字号: | 发文时间:2025-01-15 |\n| 发文机关:苇泽街道办事处 | 主题词: |\n"
        "| 标题:苇泽街道办事处关于2024年度法治政府建设情况的报告 | |\n| 主题分类: | 发布日期:2025-01-20 |\n"
        "2024年,在区委、区政府的领导下,苇泽街道聚焦基层治理依法履职。\n",
        "苇泽街道办事处", "street", 2024, "2025-01-20", "2025-01-15"),
    "成文日期 is the written date, 发布日期 the publication": (
        "信息索引号:0099-2025-017 成文日期:2025-01-05 发布日期:2025-01-12 发布机构:杉湾县交通运输局\n"
        "杉湾县交通运输局2024年度法治政府建设工作报告\n2024年,我局全面落实法治建设责任。\n",
        "杉湾县交通运输局", "department", 2024, "2025-01-12", "2025-01-05"),
    "only a 成文日期: no publication date": (
        "信息索引号:0099-2025-018 成文日期:2025-01-05 发布机构:杉湾县交通运输局\n"
        "杉湾县交通运输局2024年度法治政府建设工作报告\n2024年,我局全面落实法治建设责任。\n",
        "杉湾县交通运输局", "department", 2024, None, "2025-01-05"),
    "a stale 'today' line after the site's name": (
        "蓼川市人民政府 2019年6月3日星期一\n无障碍 简体| 繁体\n蓼川市2023年法治政府建设情况报告\n"
        "来源:蓼川市人民政府办公室 发布时间:2024-03-20 09:18\n2023年,蓼川市坚持依法行政。\n",
        "蓼川市人民政府", "city", 2023, "2024-03-20", None),
    "a stale 'today' line with the lunar date is never the publication date": (
        "今天是:2020年4月1日 星期三 农历三月初九\n蓼川市2023年法治政府建设情况报告\n2023年,蓼川市坚持依法行政。\n",
        "蓼川市人民政府", "city", 2023, None, None),
    "a State Council body": (
        "国家航道测绘局2023年法治政府建设年度报告\n发布时间:2024-03-28 来源:国家航道测绘局\n2023年,国家航道测绘局坚持依法行政。\n",
        "国家航道测绘局", "national", 2023, "2024-03-28", None),
    "a province": (
        "沅岫省人民政府关于2023年法治政府建设情况的报告\n来源:沅岫省司法厅 发布日期:2024-03-30 浏览次数: 字体:【大 中 小】\n"
        "2023年,全省坚持依法行政。\n",
        "沅岫省人民政府", "province", 2023, "2024-03-30", None),
    "a development zone's 管委会 calling itself 我委": (
        "蓼川高新技术产业开发区管理委员会\n2023年度法治政府建设工作报告\n2023年,我委坚持依法行政,服务园区企业。\n",
        "蓼川高新技术产业开发区管理委员会", "district", 2023, None, None),
    "a zone named by its place alone is run by its 管委会": (
        "蓼川经济开发区2023年法治政府建设情况报告\n2023年,开发区坚持依法行政。\n",
        "蓼川经济开发区管委会", "district", 2023, None, None),
    "a city's 委 as a department": (
        "蓼川市发展和改革委员会\n关于2023年法治政府建设情况的报告\n今年以来,我委坚持以法治思维推进改革。\n",
        "蓼川市发展和改革委员会", "department", 2023, None, None),
    "a city's 中心 as a department": (
        "蓼川市政务服务中心2023年法治政府建设工作总结\n2023年,我中心坚持依法行政。\n",
        "蓼川市政务服务中心", "department", 2023, None, None),
    "a 苏木 of a 旗 is a town": (
        "榆坪旗白音苏木2024年法治政府建设工作报告\n2024年,白音苏木坚持依法行政。\n",
        "榆坪旗白音苏木人民政府", "town", 2024, None, None),
    "a 盟's 行政公署 is its government": (
        "榆坪盟行政公署2023年法治政府建设情况报告\n2023年,全盟坚持依法行政。\n",
        "榆坪盟行政公署", "city", 2023, None, None),
    "an autonomous prefecture": (
        "澜岫藏族自治州人民政府关于2023年法治政府建设情况的报告\n2023年,全州坚持依法行政。\n",
        "澜岫藏族自治州人民政府", "city", 2023, None, None),
    "a street's 党工委 and 办事处": (
        "中共苇泽街道工作委员会 苇泽街道办事处关于2024年度法治政府建设情况的报告\n2024年,街道坚持依法行政。\n",
        "中共苇泽街道工作委员会 苇泽街道办事处", "street", 2024, None, None),
    "我镇 with the town named in the body": (
        "2024年度法治政府建设工作报告\n2024年,我镇在县委县政府领导下推进依法行政。\n一、主要举措\n"
        "鹭汀镇全年调解纠纷52起。鹭汀镇法律顾问参与审查合同9份。\n",
        "鹭汀镇人民政府", "town", 2024, None, None),
    "我县 posted by the 县司法局: the county, not the bureau": (
        "2023年法治政府建设情况报告\n来源:县司法局 发布时间:2024-03-01\n2023年,我县坚持依法行政。\n一、主要举措\n"
        "杉湾县全年审查文件20件,杉湾县法律顾问覆盖率100%。\n",
        "杉湾县人民政府", "county", 2023, "2024-03-01", None),
    "我县 posted by a bureau, the county never named: nobody, but a county": (
        "2023年法治政府建设情况报告\n来源:杉湾县司法局 发布时间:2024-03-01\n2023年,我县坚持依法行政。\n一、主要举措\n全年审查文件20件。\n",
        None, "county", 2023, "2024-03-01", None),
    "我镇 with the 发布机构 a county office: nobody, but a town": (
        "• 发布机构: 杉湾县人民政府办公室\n2024年度法治政府建设工作报告\n2024年,我镇坚持依法行政。\n",
        None, "town", 2024, None, None),
    "我镇 with two towns named as often: nobody, but a town": (
        "2024年度法治政府建设工作报告\n2024年,我镇坚持依法行政。\n一、主要举措\n鹭汀镇、栎溪镇联合调解。鹭汀镇、栎溪镇共建。\n",
        None, "town", 2024, None, None),
    "an addressee line alone names nobody": (
        "杉湾县人民政府:\n2024年,我们坚持依法行政,现将情况报告如下。\n一、主要举措\n", None, None, 2024, None, None),
    "a newspaper as 来源 is no issuer": (
        "法治政府建设年度报告发布\n来源:蓼川日报 发布时间:2024-04-02\n记者从有关部门获悉,2023年全市法治建设成效明显。\n",
        None, None, 2023, "2024-04-02", None),
    "a repost: the mirror's date is not the wire's day": (
        "国家航道测绘局发布2023年法治政府建设年度报告\n发布时间:2024-12-21 12:04:21 来源: mirror\n"
        "新华社3月29日电 国家航道测绘局近日发布2023年法治政府建设年度报告。\n",
        "国家航道测绘局", "national", 2023, None, None),
    "a repost on the wire's day keeps its date": (
        "国家航道测绘局2023年法治政府建设年度报告\n发布时间:2024-03-29 来源:新华网\n新华网3月29日电 国家航道测绘局近日公布报告。\n",
        "国家航道测绘局", "national", 2023, "2024-03-29", None),
    "a document named in the body is no issuer": (
        "2024年法治政府建设工作报告\n2024年,按照《杉湾县人民政府关于印发法治政府建设要点的通知》要求,全面推进依法行政。\n",
        None, None, 2024, None, None),
    "a bracketed date line under a two-line title": (
        "蓼川市汀澜区人民政府\n关于2023年度法治政府建设情况的报告\n(2024年2月6日)\n2023年,汀澜区坚持依法行政。\n",
        "蓼川市汀澜区人民政府", "district", 2023, "2024-02-06", None),
    "本局 with a Chinese-numeral signature": (
        "2023年法治政府建设工作报告\n2023年,本局深入推进依法行政。\n一、主要举措\n完成执法案卷评查。\n杉湾县自然资源局\n二〇二四年一月十二日\n",
        "杉湾县自然资源局", "department", 2023, None, "2024-01-12"),
    "a page date years before the report year is not its publication": (
        "蓼川市2023年法治政府建设情况报告\n发布时间:2019-06-03\n2023年,蓼川市坚持依法行政。\n",
        "蓼川市人民政府", "city", 2023, None, None),
    "a page date before the signature is not trusted": (
        "蓼川市2023年法治政府建设情况报告\n发布时间:2024-01-03\n2023年,蓼川市坚持依法行政。\n一、成效\n正文。\n蓼川市人民政府\n2024年2月1日\n",
        "蓼川市人民政府", "city", 2023, None, "2024-02-01"),
}


@pytest.mark.parametrize("name", list(PAGES))
def test_metadata_of_fictional_pages(name: str) -> None:
    raw, issuer, level, year, published, signed = PAGES[name]
    meta = meta_of(raw)
    assert (meta.issuer, meta.level, meta.year, meta.published, meta.signed) == (issuer, level, year, published, signed)


def test_chrome_of_the_pages_leaves_the_body() -> None:
    raw, *_ = PAGES["labels on their own lines, values on the next"]
    assert clean_text(raw).text == "栎桥乡2024年法治政府建设情况报告\n2024年,栎桥乡在县委、县政府的领导下依法履职。"
    raw, *_ = PAGES["bulleted list with spaced labels; the title names only the place"]
    assert "索" not in clean_text(raw).text and "公文生成日期" not in clean_text(raw).text


def test_a_label_alone_does_not_swallow_the_title() -> None:
    cleaned = clean_text("来源:\n杉湾县2023年法治政府建设情况报告\n正文。\n")
    assert cleaned.text.startswith("杉湾县2023年法治政府建设情况报告")


def test_a_spaced_body_line_keeps_its_spaces() -> None:
    assert clean_text("注 意: 全年调解纠纷12起\n").text == "注 意: 全年调解纠纷12起"
    assert clean_text("[ 附件 ] 全年调解纠纷12起\n").text == "[ 附件 ] 全年调解纠纷12起"  # not a page label


@pytest.mark.parametrize("source, published", [
    ("http://www.lc.gov.cn/art/202403/t20240328_6583952.html", "2024-03-28"),
    ("https://www.lc.gov.cn/art/202403/t20240328_1.html", "2024-03-28"),
    ("http://www.lc.gov.cn/art/202603/t20260301_1.html", None),  # three years on: not the report's
    ("http://www.lc.gov.cn/art/202403/t20190328_1.html", None),  # the folder and the name disagree
    ("/home/me/202403/t20240328_1.html", None),  # a local path is no address
])
def test_an_address_date_only_when_plausible_for_the_year(source: str, published: str | None) -> None:
    meta = meta_of("蓼川市2023年法治政府建设情况报告\n2023年,蓼川市坚持依法行政。\n", source=source)
    assert meta.published == published


def test_a_page_date_beats_the_address_date() -> None:
    raw = "蓼川市2023年法治政府建设情况报告\n发布日期:2024-03-30\n2023年,蓼川市坚持依法行政。\n"
    assert meta_of(raw, source="http://www.lc.gov.cn/art/202403/t20240328_1.html").published == "2024-03-30"
    assert url_date("http://www.lc.gov.cn/a/202402/t20240230_1.html") is None  # no such day


@pytest.mark.parametrize("opening, level", [
    ("2024年,我镇坚持依法行政。", "town"),
    ("今年以来,本局坚持依法行政。", "department"),
    ("2024年以来,我街道坚持依法行政。", "street"),
    ("现将我县2024年法治政府建设情况报告如下。", "county"),
    ("2024年,我委坚持依法行政。", None),  # a 管委会 or a 发改委
    ("2024年,我国法治建设迈上新台阶。", None),
    ("2024年,我部坚持依法行政。", "national"),
    ("市委要求我局加强执法监督。", None),  # not the opening subject
])
def test_the_level_a_report_gives_itself(opening: str, level: str | None) -> None:
    assert self_reference_level([opening]) == level


@pytest.mark.parametrize("issuer, level", [
    ("榆坪旗白音苏木人民政府", "town"),
    ("榆坪盟行政公署", "city"),
    ("蓼川市政务服务中心", "department"),
    ("霁原自治区司法厅", "department"),
    ("杉湾彝族自治县人民政府", "county"),
])
def test_levels_of_more_bodies(issuer: str, level: str) -> None:
    assert level_of(issuer) == level


# (page, issuer, level, region, published)
MORE_PAGES = {
    "a 来源 glued to the next label, the opening 全区: not the bureau": (
        "字体大小:【\n浏览次数:信息来源: 区司法局发布时间:2025-01-07 16:34\n关于2024年度法治政府建设情况的报告\n2024年,全区坚持依法行政。\n",
        None, None, None, "2025-01-07"),
    "a 来源 glued to the next label, the opening 我局": (
        "浏览次数:信息来源: 蓼川市司法局发布时间:2025-01-07 16:34\n关于2024年度法治政府建设情况的报告\n2024年,我局坚持依法行政。\n",
        "蓼川市司法局", "department", "蓼川市", "2025-01-07"),
    "a title in book marks": (
        "《蓼川市人民政府关于2023年度法治政府建设情况的报告》\n发布日期:2024-03-28\n2023年,全市坚持依法行政。\n",
        "蓼川市人民政府", "city", "蓼川市", "2024-03-28"),
    "a joint issuer written without a space": (
        "中共蓼川市汀澜区委汀澜区人民政府关于2023年法治政府建设情况的报告\n2023年,全区坚持依法行政。\n",
        "中共蓼川市汀澜区委汀澜区人民政府", "district", "蓼川市汀澜区", None),
    "关于 + the place: the place's government, not the bureau that posted it": (
        "• 发布机构: 汀澜区司法局\n关于汀澜区2023年度法治政府建设情况的报告\n2023年,全区坚持依法行政。\n",
        "汀澜区人民政府", "district", "汀澜区", None),
    "a signature of the bare town": (
        "2024年法治政府建设工作报告\n2024年,镇党委政府坚持依法行政。\n一、成效\n正文。\n鹭汀镇\n2025年1月6日\n",
        "鹭汀镇人民政府", "town", "鹭汀镇", None),
    "the notice that issues the report: the report's own body": (
        "杉湾县人民政府办公室关于印发杉湾县2023年法治政府建设年度报告的通知\n各乡镇人民政府,县直各单位:\n"
        "现将《杉湾县2023年法治政府建设年度报告》印发给你们。\n",
        "杉湾县人民政府", "county", "杉湾县", None),
    "a date after the title on its line": (
        "蓼川市2023年法治政府建设情况报告 2024-03-28\n2023年,全市坚持依法行政。\n", "蓼川市人民政府", "city", "蓼川市", "2024-03-28"),
    "the opening's 镇党委、政府": (
        "2024年法治政府建设工作报告\n2024年,鹭汀镇党委、政府坚持依法行政,扎实推进法治建设。\n",
        "鹭汀镇人民政府", "town", "鹭汀镇", None),
    "a 司法局's own report that speaks of 我县": (
        "杉湾县司法局2023年度法治政府建设工作报告\n2023年,我县司法行政工作坚持依法行政。\n", "杉湾县司法局", "department", "杉湾县", None),
    "a municipality is a province; its district a district": (
        "北京市汀澜区人民政府关于2023年法治政府建设情况的报告\n2023年,全区坚持依法行政。\n",
        "北京市汀澜区人民政府", "district", "北京市汀澜区", None),
    "a zone's 党工委 and 管委会": (
        "中共蓼川高新区工作委员会 蓼川高新区管理委员会关于2024年法治政府建设情况的报告\n2024年,高新区坚持依法行政。\n",
        "中共蓼川高新区工作委员会 蓼川高新区管理委员会", "district", "蓼川高新区", None),
    "a province's 厅 is a department": (
        "沅岫省交通运输厅2023年法治政府建设年度报告\n2023年,省交通运输厅坚持依法行政。\n", "沅岫省交通运输厅", "department", "沅岫省", None),
    "a title that ends in 工作情况": (
        "苇泽街道2024年度法治政府建设工作情况\n2024年,苇泽街道坚持依法行政。\n", "苇泽街道办事处", "street", "苇泽街道", None),
    "a 街 (a 街道 by its short name) as the opening's subject": (
        "2024年,苇湾街坚持依法行政,统筹推进法治建设。现将2024年法治政府建设工作报告如下:\n一、主要举措\n", "苇湾街", "street", "苇湾街", None),
    "a colon after the place in the title": (
        "鹭汀镇:2023年法治政府建设年度报告\n2023年,我镇坚持依法行政。\n", "鹭汀镇人民政府", "town", "鹭汀镇", None),
    "the year before the organisation in the title": (
        "2023年度杉湾县司法局法治政府建设工作报告\n2023年,我局坚持依法行政。\n", "杉湾县司法局", "department", "杉湾县", None),
    "a signature dated by the month only": (
        "2023年法治政府建设工作报告\n2023年,我局坚持依法行政。\n一、成效\n正文。\n杉湾县林业局\n2024年3月\n",
        "杉湾县林业局", "department", "杉湾县", None),
    "a place-only title with 我局 and no bureau named: nobody, but a department": (
        "杉湾县2023年法治政府建设年度报告\n2023年,我局坚持依法行政。\n", None, "department", None, None),
    "a place-only title with 我局 and the bureau signing": (
        "杉湾县2023年法治政府建设年度报告\n2023年,我局坚持依法行政。\n一、成效\n正文。\n杉湾县林业局\n2024年1月9日\n",
        "杉湾县林业局", "department", "杉湾县", None),
    "a byline under the title: the body and the day it put the page out": (
        "2024年度法治政府建设工作报告\n杉湾县林业局 2025年01月08日 10:30\n2024年,我局坚持依法行政。\n",
        "杉湾县林业局", "department", "杉湾县", "2025-01-08"),
    "a bulleted list with every value on the line after its label": (
        "• 索引号:\n6107-2025-001\n• 主题分类:\n• 来源:\n• 发文机构:\n杉湾县人民政府\n• 发文日期:\n2025年02月06日 16:40\n"
        "• 有效性:\n• 发布日期:\n2025年02月08日 09:34\n杉湾县2024年法治政府建设年度报告\n2024年,全县坚持依法行政。\n",
        "杉湾县人民政府", "county", "杉湾县", "2025-02-08"),
    "a repost that names where it copied the report from: no publication date": (
        "当前位置: 首页 » 资讯 »\n国家航道测绘局2024年法治政府建设年度报告\n转自:国家航道测绘局\n发布时间:2025-06-11\n"
        "2024年,国家航道测绘局坚持依法行政。\n", "国家航道测绘局", "national", None, None),
    "a department as 发布机构 of a report that speaks for the whole county: nobody, but a county": (
        "• 发布机构: 杉湾县司法局\n关于2023年度法治政府建设情况的报告\n2023年,全县坚持依法行政。\n", None, "county", None, None),
    "a department as 发布机构, the county government the opening's subject": (
        "• 发布机构: 杉湾县司法局\n关于2023年度法治政府建设情况的报告\n2023年,杉湾县人民政府坚持依法行政。\n",
        "杉湾县人民政府", "county", "杉湾县", None),
    "a department as 发布机构 of its own report on its 系统": (
        "• 发布机构: 杉湾县司法局\n关于2023年度法治政府建设情况的报告\n2023年,全县司法行政系统坚持依法行政。\n",
        "杉湾县司法局", "department", "杉湾县", None),
    "a bonded zone's 管委会 is a district": (
        "蓼川综合保税区管委会2024年法治政府建设工作报告\n2024年,我委坚持依法行政。\n", "蓼川综合保税区管委会", "district", "蓼川综合保税区", None),
    "labels in brackets instead of before a colon": (
        "- [ 索引号 ] 1150-2026-00004\n- [ 发文字号 ] 栎委文〔2026〕3号\n- [ 发布机构 ] 杉湾县栎桥乡人民政府\n- [ 成文日期 ] 2026-02-10\n"
        "- [ 发布日期 ] 2026-02-12\n- [ 有效性 ] 有效\n2025年法治政府建设情况报告\n大\n中\n小\n2025年,我乡坚持依法行政。\n",
        "杉湾县栎桥乡人民政府", "town", "杉湾县栎桥乡", "2026-02-12"),
    "a title wrapped over two lines, the date line under it": (
        "栎溪瑶族乡人民政府关于2023年度法治政府建设\n工作的报告\n2024年1月15日\n2023年,栎溪瑶族乡坚持依法行政。\n",
        "栎溪瑶族乡人民政府", "town", "栎溪瑶族乡", "2024-01-15"),
    "the opening's 乡党委、乡政府": (
        "2023年法治政府建设工作报告\n2023年,在县委、县政府的领导下,栎溪瑶族乡党委、乡政府深入推进依法行政。\n",
        "栎溪瑶族乡人民政府", "town", "栎溪瑶族乡", None),
    "the page's date leading its source line": (
        "杉湾县2024年法治政府建设年度报告\n2025-02-18 09:10 来源:杉湾县司法局 浏览次数:36\n2024年,全县坚持依法行政。\n",
        "杉湾县人民政府", "county", "杉湾县", "2025-02-18"),
    "本单位 is a department": (
        "2024年法治政府建设工作报告\n来源:杉湾县林业局\n2024年,本单位坚持依法行政。\n", "杉湾县林业局", "department", "杉湾县", None),
    "the title names the government, then 关于 the place": (
        "返回首页\n蓼川市人民政府关于蓼川市2023年度法治政府建设情况的报告\n2023年以来,蓼川市委、市政府坚持依法行政。\n",
        "蓼川市人民政府", "city", "蓼川市", None),
    "leftover widgets above the opening, the page date glued to 来源": (
        "站点导航\nAQI\n• 优\n• 良\n• 轻度污染\n• 重度污染\n2024-03-12来源:\n"
        "2023年,沅岫省人民政府坚持依法行政,推动法治政府建设实现新突破。\n一、全省法治政府建设情况\n",
        "沅岫省人民政府", "province", "沅岫省", "2024-03-12"),
    "a date and time on the line under the title": (
        "沅岫省2023年度法治政府建设情况\n2024-03-30 15:59\n2023年,我省坚持依法行政。\n", "沅岫省人民政府", "province", "沅岫省", "2024-03-30"),
    "a subject ending like 署 that is a verb is no body; 我县 and the county named": (
        "2022年,我县坚持依法行政,现将有关工作情况报告如下。\n一、统筹推进\n(一)加强领导。县委、县政府主要负责同志定期调度,"
        "定期研究部署法治政府建设工作。\n(二)健全机制。制定《杉湾县法治政府建设实施方案》《杉湾县2022年法治政府建设工作要点》。\n",
        "杉湾县人民政府", "county", "杉湾县", None),
    "an autonomous region calls itself 我区": (
        "霁原自治区2023年法治政府建设情况报告\n2023年,我区坚持依法行政。\n", "霁原自治区人民政府", "province", "霁原自治区", None),
}


@pytest.mark.parametrize("name", list(MORE_PAGES))
def test_metadata_of_more_fictional_pages(name: str) -> None:
    raw, issuer, level, region, published = MORE_PAGES[name]
    meta = meta_of(raw)
    assert (meta.issuer, meta.level, meta.region, meta.published) == (issuer, level, region, published)


@pytest.mark.parametrize("raw, year", [
    ("发布日期:2025-01-15\n杉湾县人民政府法治政府建设情况报告\n全县推进依法行政。\n", 2024),
    ("发布日期:2024-12-20\n鹭汀镇人民政府法治政府建设工作报告\n今年以来,我镇推进依法行政。\n", 2024),
    # the signature dates the report better than the page that posted it later
    ("发布日期:2025-03-02\n鹭汀镇法治政府建设工作报告\n今年以来,我镇推进依法行政。\n一、成效\n正文。\n鹭汀镇人民政府\n2024年12月16日\n", 2024),
])
def test_a_year_from_the_dates_when_none_is_written(raw: str, year: int) -> None:
    assert meta_of(raw).year == year


def test_a_section_heading_is_no_title() -> None:
    raw = ("2024年,在市委的领导下,汀澜区坚持依法行政。现将汀澜区2024年度法治政府建设情况报告如下:\n"
           "一、主要负责人履行法治建设第一责任人职责的情况\n正文。\n")
    meta = meta_of(raw)
    assert (meta.title, meta.year, meta.issuer) == (None, 2024, "汀澜区人民政府")


@pytest.mark.parametrize("heading", [
    "一、2024年度法治政府建设工作情况", "(二)法治政府建设年度报告的编制", "（3）法治政府建设工作情况", "4.法治政府建设工作情况",
    "5、法治政府建设工作情况",
])
def test_a_heading_of_every_numbering_style_is_no_title(heading: str) -> None:
    """The title reader knows the headings by the section splitter's own numbering styles
    (fgqa/documents/numbering.py)."""
    raw = f"2024年,汀澜区坚持依法行政。\n{heading}\n正文。\n"
    assert meta_of(raw).title is None


def test_a_title_opening_with_a_bracket_that_is_no_number_is_a_title() -> None:
    """Only a bracketed NUMBER opens a heading: a draft's note before the title does not."""
    raw = "(修订稿)杉湾县2024年法治政府建设工作情况\n2024年,杉湾县坚持依法行政。\n一、成效\n正文。\n"
    assert meta_of(raw).title == "(修订稿)杉湾县2024年法治政府建设工作情况"


# Pages of the kinds the fourth round of real dev pages showed (every name and sentence ours):
# (page, issuer, level, published)
ROUND4_PAGES = {
    "a city bureau by its short form next to 法治市场监管: no 法治市": (
        "2024年,市市场监管局在市委市政府的领导下推进依法行政。\n一、成效\n制定《法治市场监管建设清单》,"
        "法治市场监管考评位居前列。出台《蓼川市电梯安全规定》。\n",
        "市市场监管局", "department", None),
    "an explainer's title quoting a joint report's title": (
        "【政策解读】关于《中共杉湾县委 杉湾县人民政府关于2024年度法治政府建设情况的报告》的解读\n"
        "信息来源:县司法局 发布时间:2025-03-02 10:20\n一、起草背景\n县司法局起草了报告初稿。\n",
        "中共杉湾县委 杉湾县人民政府", "county", "2025-03-02"),
    "the province's party committee and government as the opening's subject": (
        "2024年,沅岫省委、省政府坚持依法行政,推动法治政府建设取得新成效。\n一、主要举措\n",
        "沅岫省人民政府", "province", None),
    "a county's 县委、县政府 as the opening's subject": (
        "2023年,杉湾县委、县政府坚持依法行政。\n一、主要举措\n", "杉湾县人民政府", "county", None),
    "a clause 坚持在市委、市政府… names no body": (
        "2023年,全系统坚持在市委、市政府领导下依法行政。\n一、主要举措\n", None, None, None),
    "an index table with only an issuing day: the day it was put out": (
        "| 索引号: | 3308-2025-0042 | 组配分类: | 法治政府建设年度报告 |\n| 发布机构: | 鹭汀镇 | 发文日期: | 2025-02-11 |\n"
        "2024年,我镇坚持依法行政,各项工作取得成效。现将鹭汀镇2024年度法治政府建设情况报告如下:\n一、成效\n鹭汀镇全年审查合同5份。\n",
        "鹭汀镇人民政府", "town", "2025-02-11"),
    "我镇 naming its town once, after a verb (结合…的实际)": (
        "2024年以来,我镇在县委、县政府的领导下推进依法行政。\n(一)学习贯彻\n我镇组织干部学法,结合鹭汀镇的实际学以致用。\n",
        "鹭汀镇人民政府", "town", None),
    "我县 naming a county once: maybe a neighbour, nobody (but a county)": (
        "2024年,我县坚持依法行政。\n(一)学习借鉴\n组织干部赴苇泽县考察学习。\n", None, "county", None),
    "我局 after a leadership clause, no name anywhere: nobody, but a department": (
        "2024年,在区委、区政府的领导下,我局坚持依法行政。现报告如下。\n一、成效\n全区水质持续改善。\n",
        None, "department", None),
    "a 现将我乡 clause and an addressee: nobody, but a town": (
        "中共杉湾县委员会、杉湾县人民政府:\n2024年,我乡法治政府建设工作在县委领导下稳步推进。"
        "现将我乡法治政府建设工作开展情况报告如下:\n一、举措\n开展法律进乡村活动3次。\n",
        None, "town", None),
    "bracketed labels on one line: the publisher ends at the next bracket": (
        "[ 索引号 ] 1150-2026-00007 [ 发文字号 ]\n[ 发布机构 ] 杉湾县栎桥乡人民政府 [ 有效性 ]\n[ 成文日期 ] 2026-01-20 [ 发布日期 ] 2026-02-03\n"
        "2025年法治政府建设情况报告\n2025年,栎桥乡坚持依法行政。\n",
        "杉湾县栎桥乡人民政府", "town", "2026-02-03"),
    "bare index-list items above the title": (
        "• 文号\n• 索引号\n• ssx08/2025-00002\n• 关键词\n• 主题分类\n• 法治政府建设\n• 体裁分类\n• 服务对象\n"
        "杉湾县人民政府关于2024年法治政府建设情况的报告\n发布日期:2025-02-20 浏览次数:\n2024年,杉湾县人民政府坚持依法行政。\n",
        "杉湾县人民政府", "county", "2025-02-20"),
    "a zone calling itself 园区, its full name heading its own plan": (
        "2024年,园区坚持依法行政,紧扣园区发展大局。\n一、举措\n制定《澄溪工业园区法治政府建设实施方案》,召开园区法治工作会议。\n",
        "澄溪工业园区管委会", "district", None),
    "a zone calling itself 园区 and never in full: nobody": (
        "2024年,园区坚持依法行政,紧扣园区发展大局。\n一、举措\n召开园区法治工作会议。\n", None, None, None),
    "a city bureau as the subject after the leadership clause (…以习近平…)": (
        "2024年,在市委、市政府坚强领导下,市生态环境局以习近平法治思想为引领,推进依法行政。\n一、成效\n",
        "市生态环境局", "department", None),
    "a bureau's line under a title that names nobody, a misspelt 发布时期": (
        "关于2024年度蓼川市行政复议工作的报告\n发布时期:2025-06-10 信息来源:市人大\n蓼川市司法局\n"
        "2024年,全市行政复议机构依法办案,取得一定成效。现汇报如下:\n一、收案情况\n",
        "蓼川市司法局", "department", "2025-06-10"),
    "省政府 in the opening formula, the province never named: nobody, but a province": (
        "根据有关规定,现将省政府2024年度法治政府建设情况报告如下。\n一、主要工作\n省政府党组集中学法。\n",
        None, "province", None),
    "区政府 as the subject, the district heading its own plan's title": (
        "2024年,在区委的领导下,区政府坚持依法行政,推动法治政府建设取得成效。\n一、举措\n制定《汀澜区2024年法治政府建设工作方案》。\n",
        "汀澜区人民政府", "district", None),
    "a clause 确保全区… names no body": (
        "2024年,各部门协同发力。确保全区法治政府建设工作落到实处。\n一、举措\n", None, None, None),
    "a clause 按照区委、区政府… names no body": (
        "一、总体情况\n按照区委、区政府有关要求,区政务服务办完善公开制度,确保信息发布规范。\n", None, None, None),
    "a first line ending in its date in brackets": (
        "2024年度全市行政复议工作情况 (2025-03-02)\n近日,我们对全市行政复议工作进行了汇总,具体如下:\n一、收案\n",
        None, None, "2025-03-02"),
}


@pytest.mark.parametrize("name", list(ROUND4_PAGES))
def test_metadata_of_round4_fictional_pages(name: str) -> None:
    raw, issuer, level, published = ROUND4_PAGES[name]
    meta = meta_of(raw)
    assert (meta.issuer, meta.level, meta.published) == (issuer, level, published)


# Pages of the kinds the dev and spent test pages of this round missed (every sentence ours; the
# one real province name is there because the rule reads the list of provinces):
# (page, issuer, level, year, published)
ROUND5_PAGES = {
    "a place-only title printed twice, the office's author line under the second copy": (
        "澄岭市2024年行政复议案件办理情况分析报告\n澄岭市2024年行政复议案件办理情况分析报告\n澄岭市人民政府行政复议办公室\n"
        "依照有关规定,我办对全年案件作了分析,现报告如下:\n一、收案\n全年收到申请21件。\n",
        "澄岭市人民政府行政复议办公室", "department", 2024, None),
    "a delivery line and a page date under a title without a year: the body's year": (
        "雁汀县人民政府关于法治政府建设工作情况的报告\n(2025年4月18日在县十八届人大常委会第九次会议上)\n"
        "日期:2025年06月02日 来源:雁汀人大\n县人大常委会:\n2024年,在县委领导下,全县行政机关依法履职。\n",
        "雁汀县人民政府", "county", 2024, "2025-06-02"),
    "the town's rule-of-law work as the opening's subject (X乡法治建设工作在…领导下)": (
        "2024年以来,槐沙乡法治建设工作在乡党委、政府的领导下稳步推进,把依法办事落到我乡各项工作中。\n一、工作开展情况\n",
        "槐沙乡人民政府", "town", 2024, None),
    "现将省政府… with the one province the text names in full": (
        "根据有关规定,现将省政府2024年度法治政府建设情况报告如下。\n一、主要工作\n组建江西省法治智库,聘请专家40名。\n",
        "江西省人民政府", "province", 2024, None),
    "现将省政府… naming two provinces: nobody, but a province": (
        "根据有关规定,现将省政府2024年度法治政府建设情况报告如下。\n一、主要工作\n与江西省、湖南省签订执法协作协议。\n",
        None, "province", 2024, None),
    "a government office as the subject of a disclosure report, no place named: a department": (
        "一、总体情况\n本报告依照政府信息公开条例编制,统计期限为2024年全年。\n(一)主动公开\n"
        "2024年,县政府办公室主动公开政府信息88条,答复申请5件。\n",
        None, "department", 2024, None),
    "one county opening the headings of a data page: its level, no issuer": (
        "目 录\n第一部分 雁汀县2024年度行政执法数据表\n第二部分 雁汀县2024年度行政执法总体情况\n表一\n"
        "雁汀县2024年度行政处罚实施情况统计表\n警告 | 罚款 | 合计\n12 | 340 | 352\n",
        None, "county", 2024, None),
    "a copied page's 发布机构 with words spliced in before a colon": (
        "• 索 引 号:WT0101-2025-00004\n• 发布机构:彩虹乐园:苇塘镇人民政府\n• 公文生成日期:2025-03-02\n"
        "苇塘镇2024年法治政府建设年度报告\n时间:2025-03-02 10:00\n2024年,苇塘镇坚持依法行政,各项工作有序开展。\n",
        "苇塘镇人民政府", "town", 2024, "2025-03-02"),
    "a line saying who issued the report, under the joint issuer's line": (
        "中共槐沙镇委员会 槐沙镇人民政府\n某某网印发槐沙镇2025年法治政府工作情况的报告\n中共澄岭市委、澄岭市人民政府:\n"
        "2025年,槐沙镇党委、政府坚持依法行政。现将我镇情况汇报如下:\n",
        "中共槐沙镇委员会 槐沙镇人民政府", "town", 2025, None),
    "我镇 naming its town once, right after a particle": (
        "区委、区政府:\n2024年,在区委的领导下,我镇推进依法行政。\n一、成效\n将依法办事纳入了苇塘镇发展规划和考核。\n",
        "苇塘镇人民政府", "town", 2024, None),
    "a bonded zone by its short name (综保区) as the opening's subject": (
        "2024年,在区委、区政府的领导下,雁湾综保区坚持依法行政,推进法治建设。\n一、举措\n",
        "雁湾综保区管委会", "district", 2024, None),
    "我厅 naming one provincial department in full, once": (
        "一、总体情况\n2024年,我厅坚持依法公开政务信息。\n(一)主动公开\n主动公开江西省水利厅2024年部门预算和决算。\n",
        "江西省水利厅", "department", 2024, None),
    "我厅 naming two provincial departments: nobody, but a department": (
        "一、总体情况\n2024年,我厅坚持依法公开政务信息。\n(一)主动公开\n会同江西省财政厅公开江西省水利厅的预算。\n",
        None, "department", 2024, None),
    "a verb before 县委、县政府 (同步列入县委、县政府…议事日程) is no place: nobody, but a county": (
        "2024年以来,我县坚持依法行政。\n一、工作情况\n始终把法治政府建设作为重点任务,同步列入县委、县政府重要议事日程。\n",
        None, "county", 2024, None),
    "headings opening with two places: no level": (
        "目 录\n第一部分 雁汀县2024年度行政执法数据表\n第二部分 苇泽县2024年度行政执法数据表\n表一\n警告 | 罚款\n3 | 4\n",
        None, None, 2024, None),
}


@pytest.mark.parametrize("name", list(ROUND5_PAGES))
def test_metadata_of_round5_fictional_pages(name: str) -> None:
    raw, issuer, level, year, published = ROUND5_PAGES[name]
    meta = meta_of(raw)
    assert (meta.issuer, meta.level, meta.year, meta.published) == (issuer, level, year, published)


# Pages of the kinds the sixth round's new dev pages missed (every sentence and name ours):
# (page, issuer, level, year)
ROUND6_PAGES = {
    "a bureau right after the leadership clause, its verb not a listed one; the city in the addressee line": (
        "澄岭市委、澄岭市人民政府:\n2024年,在市委市政府的坚强领导下,市市场监管局紧扣新任务,规范执法行为。\n一、举措\n",
        "澄岭市市场监管局", "department", 2024),
    "a county bureau right after two guidance clauses": (
        "2024年,在县委的领导下,在县司法局的指导下,雁汀县水利局对标年度任务推进依法行政。\n一、举措\n",
        "雁汀县水利局", "department", 2024),
    "after the leadership clause a town, then a verb and 全镇: the town": (
        "2024年,在县委、县政府的领导下,槐沙镇围绕中心工作推进全镇依法治理。\n一、举措\n",
        "槐沙镇人民政府", "town", 2024),
    "a township before 在县…的指导下: the clause is no part of its name": (
        "苇塘乡2024年法治政府建设情况报告\n2024年,苇塘乡在县全面依法治县委员会的指导下,稳步推进依法行政。\n一、举措\n",
        "苇塘乡人民政府", "town", 2024),
    "紧扣市委、市政府中心工作 names no place (a verb before 市委)": (
        "2022年,全市司法行政系统在市委、市政府的领导下依法履职,以示范带发展,紧扣市委、市政府中心工作,推进法治建设。\n一、举措\n",
        None, None, 2022),
    "a zone and a district governed as one, the district's name in brackets": (
        "雁湾高新区(苇塘区)人民政府2024年法治政府建设工作报告\n2024年,区人民政府坚持依法行政,推动各项工作。\n一、举措\n",
        "雁湾高新区(苇塘区)人民政府", "district", 2024),
    "a bare 市政府 completed from the quoted name of its own service": (
        "2024年,市政府坚持依法行政,全市法治政府建设取得成效。\n一、举措\n发布“蓼川市公共法律服务地图”,提供咨询900余人次。\n",
        "蓼川市人民政府", "city", 2024),
    "a bare 市政府 with two cities quoted: nobody, but a city": (
        "2024年,市政府坚持依法行政。\n一、举措\n学习“蓼川市智慧执法”和“澄岭市阳光复议”的做法。\n",
        None, "city", 2024),
    "我局 with its bureau heading two of its own documents' titles, the city heading a third": (
        "2023年,我局深入推进依法行政。\n一、学习\n印发《市水务局党组2023年学习计划》。\n二、决策\n"
        "印发《市水务局2023年度重大行政决策事项目录》,列入《蓼川市人民政府2023年度重大行政决策事项目录》。\n",
        "蓼川市水务局", "department", 2023),
    "我局 with one bureau's title only (maybe a superior's): nobody, but a department": (
        "2023年,我局深入推进依法行政。\n一、学习\n按照《市水务局2023年法治工作要点》部署学法。\n",
        None, "department", 2023),
    "an office by its short name in the title (区政府办)": (
        "汀澜区政府办2023年度法治政府建设情况报告\n2023年,区政府办坚持依法行政。\n一、举措\n",
        "汀澜区政府办", "department", 2023),
    "a verb ending in 办 is no office (督办)": (
        "2023年法治政府建设工作报告\n2023年,栎溪县坚持依法行政,重点任务挂牌督办。\n一、举措\n",
        "栎溪县人民政府", "county", 2023),
    "the site's name above a title that names nobody, another place's body as the subject": (
        "澄岭市汀澜区人民政府\n2023年法治政府建设工作报告\n2023年,东湖街道坚持依法行政,推进法治建设。\n一、举措\n",
        "东湖街道办事处", "street", 2023),
    "the organisation line above a placeless title and the same place as the subject": (
        "栎溪县人民政府\n2023年法治政府建设工作报告\n2023年,栎溪县坚持依法行政。\n一、举措\n",
        "栎溪县人民政府", "county", 2023),
    "a town's party committee and government written as one subject (党委政府)": (
        "2023年法治政府建设工作报告\n2023年,东湖镇党委政府高度重视法治建设。\n一、举措\n",
        "东湖镇人民政府", "town", 2023),
    "a ministry's three-character byline under the title": (
        "2023年法治政府建设年度报告\n水利部 2024-03-28\n2023年,我们坚持依法行政。\n一、举措\n",
        "水利部", "national", 2023),
    "a nameless report that keeps speaking for one field's system: that field's bureau, a department": (
        "关于2023年度法治建设工作的报告\n一、举措\n全县交通运输系统开展路政执法培训3期。\n"
        "二、不足\n交通运输系统执法装备仍然不足。\n",
        None, "department", 2023),
    "a nameless report naming two fields' systems speaks for a government, not one bureau": (
        "关于2023年度法治建设工作的报告\n一、举措\n交通运输系统开展执法培训。\n"
        "二、不足\n水利系统执法装备仍然不足,交通运输系统人员偏少。\n",
        None, None, 2023),
    "a nameless page speaking for 全市 of the one municipality it names: a province": (
        "2024年天津市行政执法工作综述\n2024年,天津市共办理行政处罚案件6.2万件。全市各级执法部门推行柔性执法,"
        "天津全市首违不罚案件逐年增加。\n",
        None, "province", 2024),
    "全市 beside a municipality named once (a visit there): no level from it": (
        "2024年行政执法工作综述\n2024年,全市共办理行政处罚案件6200件,执法人员赴上海市学习。全市推行柔性执法。\n",
        None, None, 2024),
    "a nameless review sheet whose respondents are a banner's departments: the banner's, a county": (
        "一、收案\n2023年共受理行政复议案件41件。\n二、被申请人\n被申请人是旗直各部门的33件,苏木镇8件。\n",
        None, "county", 2023),
    "respondents that are 区直部门 (an autonomous region's too): no level from them": (
        "一、收案\n2023年共受理行政复议案件41件。\n二、被申请人\n以区直部门为被申请人的33件。\n",
        None, None, 2023),
    "a bureau naming itself by its district's field system in the opening's clause": (
        "法治建设工作报告\n2023年,芸川区卫生健康系统坚持依法行政,推进医疗卫生领域依法治理。\n一、举措\n",
        "芸川区卫生健康系统", "department", 2023),
    "a title ending in 汇报, its organisation line above": (
        "槐沙镇人民政府\n槐沙镇2024年法治政府建设工作情况汇报\n2024年,我镇坚持依法行政,推进法治建设。\n一、举措\n",
        "槐沙镇人民政府", "town", 2024),
    "a posting line 发布于 under the title": (
        "栎溪县2023年法治政府建设年度报告\n发布于 2024-03-20 10:11\n2023年,栎溪县坚持依法行政。\n一、举措\n",
        "栎溪县人民政府", "county", 2023),
    "an autonomous region's party committee and government, the region by its short name (real, the rule reads the list)": (
        "2023年,自治区党委、政府坚持依法行政,全区法治政府建设取得新成效。\n一、举措\n推进法治宁夏建设。\n",
        "宁夏回族自治区人民政府", "province", 2023),
    "省委、省政府 as the subject, the province by its short name once": (
        "2023年,省委、省政府坚持依法行政。\n一、举措\n全省推进法治河南建设。\n", "河南省人民政府", "province", 2023),
    "省委、省政府 as the subject, two provinces' short names: nobody, but a province": (
        "2023年,省委、省政府坚持依法行政。\n一、举措\n与湖北、安徽签订执法协作协议。\n", None, "province", 2023),
    "a browser notice above a titleless opening": (
        "当前浏览器版本过低,可能无法正常显示。建议您升级浏览器。\n您当前的位置: 首页> 政务公开> 年度报告\n"
        "2023年,雁湾新区坚持依法行政,推进法治建设。\n一、举措\n",
        "雁湾新区管委会", "district", 2023),
}


@pytest.mark.parametrize("name", list(ROUND6_PAGES))
def test_metadata_of_round6_fictional_pages(name: str) -> None:
    raw, issuer, level, year = ROUND6_PAGES[name]
    meta = meta_of(raw)
    assert (meta.issuer, meta.level, meta.year) == (issuer, level, year)


@pytest.mark.parametrize("issuer, level", [
    ("澄岭市城管委", "department"), ("雁汀县发改委", "department"), ("澄岭市委", "city"), ("中共雁汀县委", "county"),
    ("雁湾高新区(苇塘区)人民政府", "district"),
])
def test_levels_of_short_commissions_and_bracketed_names(issuer: str, level: str) -> None:
    assert level_of(issuer) == level


# a body that names no one and whose opening gives no level still calls itself by its kind later on
SELF_WORD_PAGES = {
    "我局 twice after an opening about the city's whole system: a department": (
        "2022年,全市司法行政系统在市委的领导下依法履职。\n一、举措\n(一)统筹。我局牵头制定规划。\n(二)立法。我局参与起草。\n",
        "department"),
    "我局 once: not enough": ("2022年,全市系统依法履职。\n一、举措\n我局牵头制定规划。\n", None),
    "本部门 is no ministry (部), 我局 twice": (
        "2022年,全市系统依法履职。\n一、举措\n本部门负责审查。我局牵头制定规划,我局参与起草。\n", "department"),
    "no self-word, 全镇 recurring: a town": (
        "2023年,各项工作有序推进。\n一、举措\n全镇开展普法活动12场,全镇聘请法律顾问实现全覆盖。\n", "town"),
    "全县 once, or 全县…系统 (a department's system): no level": (
        "2023年,各项工作有序推进。\n一、举措\n全县市场监管系统开展培训,全县开展检查。\n", None),
    "我镇 and 我县 both recurring: no level": (
        "2023年,各项工作有序推进。\n一、举措\n我镇推进法治宣传,我镇落实要求。我县统一部署,我县督查。\n", None),
}


@pytest.mark.parametrize("name", list(SELF_WORD_PAGES))
def test_a_recurring_self_word_gives_the_level_of_a_nameless_report(name: str) -> None:
    raw, level = SELF_WORD_PAGES[name]
    meta = meta_of(raw)
    assert (meta.issuer, meta.level) == (None, level)


# issue 11, class 10, on the seventh round of real dev pages (helper realdev): each way a page of the
# round wrote its metadata, as a fictional page of our own
ROUND7_PAGES = {
    "the subject named before its leadership clause, after a 是…之年 clause; 和 inside a short name": (
        "2024年是规划实施的冲刺之年,蒲和镇在市委、市政府的领导下,稳步推进依法行政。\n一、举措\n",
        "蒲和镇人民政府", "town", 2024, None),
    "我县 with the county heading its own plan and its party committee's notice (中共X县委)": (
        "2024年,我县坚持依法行政。\n一、举措\n印发《栎溪县2024年法治政府建设工作要点》,转发《中共栎溪县委全面依法治县委员会关于述法的通知》。\n",
        "栎溪县人民政府", "county", 2024, None),
    "我局 with one title it says it wrote itself (制定并实施《…》)": (
        "2023年,我局深入推进依法行政。\n一、制度\n制定并实施《栎溪县水务局合法性审查事项清单》,规范审查。\n",
        "栎溪县水务局", "department", 2023, None),
    "我局 with one title it says its meeting adopted (审议并通过了《…》)": (
        "2025年,我局坚持依法行政。\n一、领导\n召开党组会议3次,审议并通过了《蓼川市汀澜区文旅局普法工作方案》。\n",
        "蓼川市汀澜区文旅局", "department", 2025, None),
    "a chrome list under the title whose date item has no label, its 发布机构 the portal": (
        "栎溪县水务局2025年法治政府建设年度报告\n• 2026-01-20 10:05\n• 来源: 县水务局\n• 发布机构: 栎溪县人民政府门户网站\n"
        "2025年,栎溪县水务局坚持依法行政,推进法治建设。\n一、举措\n",
        "栎溪县水务局", "department", 2025, "2026-01-20"),
    "an autonomous prefecture by its short name after the province's leadership clause": (
        "2023年,在省委、省政府的坚强领导下,蓼川州坚持依法行政,推进法治政府建设。\n一、成效\n",
        "蓼川州人民政府", "city", 2023, None),
    "我委 recurring in a commission's report that names no city: a department": (
        "市委、市政府:\n2025年以来,我委紧扣目标推进依法行政。\n一、举措\n我委严格落实责任清单,我委始终重视普法工作。\n",
        None, "department", 2025, None),
}


@pytest.mark.parametrize("name", list(ROUND7_PAGES))
def test_metadata_of_round7_fictional_pages(name: str) -> None:
    raw, issuer, level, year, published = ROUND7_PAGES[name]
    meta = meta_of(raw)
    assert (meta.issuer, meta.level, meta.year, meta.published) == (issuer, level, year, published)


def test_a_text_in_paragraphs_with_open_headings_is_not_hard_wrapped() -> None:
    # blank lines between paragraphs, headings that end with no stop, paragraphs far wider than
    # the headings: the title is not glued to the first paragraph
    body = "坚持依法行政,规范执法程序,完善制度建设,推动各项工作有序开展,取得了较好的法治效果和社会效果。"
    headings = ["一、上一年度推进法治政府建设的主要举措和成效", "(一)加强组织领导,完善工作机制", "(二)强化法治宣传,提升法治意识",
                "(三)依法履行职责,规范行政行为", "(四)加强制度建设,完善监督机制", "(五)推进依法行政,化解矛盾纠纷",
                "(六)加强队伍建设,提升执法能力"]
    raw = "汀澜区文旅局关于2025年度法治政府建设工作报告\n\n汀澜区文旅局在区政府的领导下" + body + "\n\n" + \
        "\n\n".join(f"{h}\n\n{body * 2}" for h in headings) + "\n"
    cleaned = clean_text(raw)
    assert cleaned.text.split("\n")[0] == "汀澜区文旅局关于2025年度法治政府建设工作报告"
    assert meta_of(raw).issuer == "汀澜区文旅局"


def test_a_function_word_ends_a_long_name_but_not_a_short_place_stem() -> None:
    from fgqa.documents.metadata import _holds_function_word
    assert not _holds_function_word("北和镇") and not _holds_function_word("太和县")
    assert _holds_function_word("苇塘乡在县") and _holds_function_word("县政府及县司法局")


# --------------------------------------------------------------------------- the report's own identifiers
# (fictional pages: the report's document number, 文号, and the page's index number, 索引号, read from
# the chrome lines the cleaner removes, labelled lines of the text and the report's head; a number
# the report cites is another document's)

_ID_BODY = "2024年,我县紧扣年度目标推进依法行政。\n一、主要举措\n全年审查规范性文件9件。\n"
_ID_TITLE = "蒲湾县人民政府关于2024年度法治政府建设主要成效的报告"

# (page, document number, index number)
IDENTIFIER_PAGES = {
    "chrome: a table with the labels and the values in their own cells, labels spaced out": (
        "索 引 号 | 4408-0021/2025-00093 | 主题分类 | 综合政务\n文 号 | 蒿政办〔2025〕14号 | 有效性 | 有效\n"
        "蒿原县2024年法治政府建设情况报告\n" + _ID_BODY,
        "蒿政办〔2025〕14号", "4408-0021/2025-00093"),
    "chrome: a one-line index list, each value after its colon": (
        "信息索引号：QX-SF-2025-000271 发布机构：栎阳市司法局 发文字号：栎司〔2025〕3号 成文日期：2025-02-11\n"
        "栎阳市司法局2024年度法治政府建设工作报告\n2024年,我局坚持依法履职。\n",
        "栎司〔2025〕3号", "QX-SF-2025-000271"),
    "chrome: the value in the cell after an empty-looking one": (
        "信息索引号: | PW-ZF-2025-000088 | 发布机构: | 蒲湾县人民政府\n发文字号: | 蒲政〔2025〕12号 | 发布日期: | 2025-03-18\n"
        + _ID_TITLE + "\n" + _ID_BODY,
        "蒲政〔2025〕12号", "PW-ZF-2025-000088"),
    "chrome: an empty 发文字号 cell gives no document number": (
        "| 索引号:0771/2025-00008 | |\n| 发文字号: | 发文时间:2025-01-15 |\n| 发文机关:柘埠街道办事处 | 主题词: |\n"
        "柘埠街道2024年法治政府建设情况报告\n" + _ID_BODY,
        None, "0771/2025-00008"),
    "chrome: a pipe line of fields ending in the 文号": (
        "发布日期:2025-03-02 | 来源:蒲湾县人民政府办公室 | 文号:蒲政报〔2025〕4号\n# " + _ID_TITLE + "\n" + _ID_BODY,
        "蒲政报〔2025〕4号", None),
    "chrome: a bracketed label": (
        "【索引号】ZK-0093-2025-00017 【发布机构】蒲湾县人民政府\n【文号】蒲政〔2025〕21号\n" + _ID_TITLE + "\n" + _ID_BODY,
        "蒲政〔2025〕21号", "ZK-0093-2025-00017"),
    "trailing punctuation is no part of the number": (
        "索引号：ZK-2025-0042。\n文号:蒲政〔2025〕8号;\n蒲湾县2024年法治政府建设情况报告\n" + _ID_BODY,
        "蒲政〔2025〕8号", "ZK-2025-0042"),
    "a bare index list left in the text: the label on one line, its value on the next": (
        "• 索引号\n• tb08/2025-00114\n• 发布机构\n• 蒲湾县人民政府\n蒲湾县2024年法治政府建设情况报告\n" + _ID_BODY,
        None, "tb08/2025-00114"),
    "head: a line of its own right under the title": (
        "苕溪镇人民政府关于2024年度法治建设主要成效的报告\n苕政〔2025〕2号\n区人民政府:\n" + _ID_BODY,
        "苕政〔2025〕2号", None),
    "head: the same line in brackets": (
        "苕溪镇人民政府关于2024年度法治建设主要成效的报告\n(苕政〔2025〕2号)\n区人民政府:\n" + _ID_BODY,
        "苕政〔2025〕2号", None),
    "head: a gazette's number above the title": (
        "蒲湾县人民政府文件\n蒲府报〔2025〕5号\n" + _ID_TITLE + "\n" + _ID_BODY,
        "蒲府报〔2025〕5号", None),
    "head: closing the title's line in brackets": (
        _ID_TITLE + "(蒲府报〔2025〕5号)\n" + _ID_BODY, "蒲府报〔2025〕5号", None),
    "head: a title run straight into its number (a PDF's lost line break)": (
        _ID_TITLE + "蒲府报〔2025〕5号\n" + _ID_BODY, "蒲府报〔2025〕5号", None),
    "head: square brackets and 第…号": (
        _ID_TITLE + "\n蒲司发[2025]第7号\n" + _ID_BODY, "蒲司发[2025]第7号", None),
    "cited: in the opening sentence, another document's number": (
        _ID_TITLE + "\n市人民政府:\n根据《蒲湾县法治政府建设实施方案》(蒲发〔2022〕6号)要求,现将有关情况报告如下。\n" + _ID_BODY,
        None, None),
    "cited: a book title and its number on a line of their own": (
        _ID_TITLE + "\n《蒲湾县法治政府建设实施方案》(蒲发〔2022〕6号)\n" + _ID_BODY, None, None),
    "cited: a labelled number inside a sentence": (
        _ID_TITLE + "\n2024年,我县印发《蒲湾县行政执法监督办法》(文号:蒲政〔2024〕3号),推进依法行政。\n" + _ID_BODY,
        None, None),
    "cited: a number on its own line deep in the body": (
        _ID_TITLE + "\n" + _ID_BODY + "二、存在的不足\n部分文件清理滞后。\n三、下一步打算\n落实下列文件:\n蒲政〔2023〕9号\n",
        None, None),
    "none: a report that gives neither": ("蒲湾县2024年法治政府建设情况报告\n" + _ID_BODY, None, None),
}


@pytest.mark.parametrize("name", list(IDENTIFIER_PAGES))
def test_the_reports_own_identifiers(name: str) -> None:
    raw, doc_number, index_number = IDENTIFIER_PAGES[name]
    meta = meta_of(raw)
    assert (meta.doc_number, meta.index_number) == (doc_number, index_number), name


def test_a_number_closing_the_title_is_not_part_of_the_title() -> None:
    meta = meta_of(_ID_TITLE + "(蒲府报〔2025〕5号)\n" + _ID_BODY)
    assert meta.title == _ID_TITLE and meta.doc_number == "蒲府报〔2025〕5号"


def test_an_index_number_needs_a_digit_and_a_label() -> None:
    """A word after the label is no number, and an unlabelled code in the head is none either."""
    assert meta_of("索引号: 暂无\n" + _ID_TITLE + "\n" + _ID_BODY).index_number is None
    assert meta_of("PW-ZF-2025-000088\n" + _ID_TITLE + "\n" + _ID_BODY).index_number is None
