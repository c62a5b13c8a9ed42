"""Issue 11 on the eighth round's fresh dev pages (helper real): each class of writing the 27 new
pages showed, as a rule with pages and sentences of our own (fictional bodies, fresh wording).

- level: a nameless department's report that keeps naming its own organs by its kind's last word
  (局党组会议, 局党委班子) is a department's, not a place's (places.toml [organs]);
- look-alike: talks on a party meeting's spirit (全会精神宣讲N场, 受众N人) are political study, not
  legal outreach, unless the sentence names the law taught too (indicators.toml not_about);
- look-alike: a review verb joined to a making verb (审查、制定…规范性文件N份) counts the papers made;
- yes/no: a deed done as required (均按要求开展述法工作) is done, no steering of others.
"""

import pytest

from fgqa.documents.cleaning import clean_text
from fgqa.documents.metadata import extract_meta
from fgqa.figures.extract import extract_figures
from fgqa.models import Meta
from fgqa.sections import outline
from helpers import ask, summarized


def meta_of(raw: str) -> Meta:
    cleaned = clean_text(raw)
    return extract_meta(cleaned.text, cleaned.removed_lines)


def keyed(text: str, year: int | None = 2024) -> list[tuple]:
    return [(f.key, f.value, f.kind) for f in extract_figures(text, outline(text).sections, year) if f.key]


# ---- level: a department by its own organs

NAMELESS_BUREAU = """2024年,在区委、区政府的坚强领导下,紧扣依法治教目标,稳步推进各项工作。现报告如下:
一、健全工作机制
一是局党组会议每季度研究法治工作一次,明确各科室职责。二是局领导班子成员带头述法,
将法治建设纳入学校年度考核。
二、抓好队伍学法
组织全系统教职工参加法治知识测试,合格率达98%。
"""

ONE_ORGAN = """2024年,在县委、县政府的领导下,我们扎实推进法治建设。
一、组织领导
县司法局党组书记到场指导,推动各项工作。
二、学法用法
组织干部参加法治知识测试,合格率达98%。
"""

TOWN_WITH_GRAND_WORDS = """2024年,在县委、县政府的领导下,全镇上下服务大局机关作风持续好转。
一、组织领导
镇党委统筹全局,形成齐抓共管格局党委牵头的工作机制。
二、学法用法
组织干部参加法治知识测试,合格率达98%。
"""


def test_a_nameless_report_naming_its_bureau_organs_is_a_department():
    meta = meta_of(NAMELESS_BUREAU)
    assert meta.issuer is None
    assert meta.level == "department"


@pytest.mark.parametrize("page", [ONE_ORGAN, TOWN_WITH_GRAND_WORDS])
def test_one_organ_word_or_a_word_ending_in_the_kind_gives_no_department(page):
    # one 局党组 of another body, or 大局机关 / 格局党委 (words that end in 局), is no evidence
    assert meta_of(page).level != "department"


# ---- look-alike: talks on a party meeting's spirit


def test_talks_on_a_plenums_spirit_are_no_legal_outreach():
    text = ("二是宣讲。印发《学习贯彻党的二十届三中全会精神进社区宣讲工作方案》,"
            "42名宣讲员走进各小区开展宣讲88场次,受众1.2万人。")
    keys = {k for k, _, _ in keyed(text)}
    assert "legal_education.events" not in keys
    assert "legal_education.audience" not in keys


def test_talks_that_teach_the_law_beside_the_spirit_stay_outreach():
    text = "结合党的二十大精神和宪法宣传,开展普法宣讲活动64场次,受众8000余人。"
    assert ("legal_education.events", 64, "stated") in keyed(text)


# ---- look-alike: papers reviewed and made


def test_papers_reviewed_and_made_count_the_papers_made():
    text = "依照程序严格审查、制定委员会规范性文件3份并报送备案;全年审查各类规范性文件17件。"
    found = keyed(text)
    assert ("legality_review.documents", 17, "stated") in found
    assert ("legality_review.documents", 3, "stated") not in found


def test_papers_reviewed_alone_are_still_the_review_count():
    assert ("legality_review.documents", 23, "stated") in keyed("全年共审查镇政府规范性文件23件。")


# ---- yes/no: done as required


def test_a_deed_done_as_required_is_done():
    report = summarized("2024年度法治政府建设情况报告\n"
                        "2024年,镇领导班子成员均按要求开展年度述法工作,述法报告已报送县委依法治县办。\n")
    answer = ask(report, "领导班子成员是否开展述法")
    assert answer.answer_type == "yes_no" and answer.value is True


def test_a_deed_others_are_steered_to_is_still_not_said_done():
    report = summarized("2024年度法治政府建设情况报告\n"
                        "2024年,我局指导各律师事务所规范收费行为,开展专项检查。\n")
    answer = ask(report, "律师事务所收费是否规范")
    assert not (answer.answer_type == "yes_no" and answer.value is True)


# ---- metadata: a zone's committee over a title wrapped before its topic

WRAPPED_ZONE_PAGE = """您的位置: 首页 > 信息公开

中共青岚湾临空经济综合实验区工作委员会
青岚湾临空经济综合实验区管理委员会
关于临空经济综合实验区2023年度
法治政府建设情况的报告

来源:综合办 日期:2024-03-12 10:20

中共某省委:
2023年,临空实验区坚持依法行政,各项工作稳步推进。
一、主要举措
全年组织干部学法6次。
"""


def test_a_zone_committee_over_a_title_wrapped_before_its_topic():
    meta = meta_of(WRAPPED_ZONE_PAGE)
    assert meta.title == "关于临空经济综合实验区2023年度法治政府建设情况的报告"
    assert meta.issuer == "青岚湾临空经济综合实验区管理委员会"
    assert meta.level == "district"
    assert meta.year == 2023


@pytest.mark.parametrize("issuer", ["青岚湾临空经济综合实验区管委会", "云杉经济技术开发区管委会"])
def test_a_zone_committee_is_district_level_however_long_its_name(issuer):
    from fgqa.documents.metadata import level_of
    assert level_of(issuer) == "district"


# ---- parts: key tasks taken up are measures, key tasks ahead are plans

KEY_TASKS = """雁栖乡2024年法治政府建设情况报告
一、学习贯彻法治思想
全年组织干部集中学法8次。
二、聚焦重点任务,全面推进依法行政
乡党委班子成员带头述法,完成行政执法人员培训2次。
三、2025年重点任务
继续组织干部学法,完善法律顾问制度。
"""


def test_key_tasks_a_verb_took_up_are_measures_and_the_next_years_are_plans():
    _, summary = summarized(KEY_TASKS)
    parts = {s.heading: s.part for s in summary.sections if s.heading}
    assert parts["二、聚焦重点任务,全面推进依法行政"] == "measures"
    assert parts["三、2025年重点任务"] == "plans"
    answer = ask(summarized(KEY_TASKS), "乡党委班子成员是否带头述法")
    assert answer.answer_type == "yes_no" and answer.value is True


# ---- look-alikes from a stress run of our own sentences


@pytest.mark.parametrize("text, key", [
    ("开展党纪学习教育专题宣讲9场,覆盖党员干部640人次。", "legal_education.events"),
    ("开展主题教育集中宣讲6场次。", "legal_education.events"),
    ("开展普法志愿服务活动25场,志愿者参与180人次。", "legal_education.audience"),
    ("清理涉企规章4件,修改1件。", "normative_docs.cleaned"),
])
def test_look_alikes_of_outreach_and_clean_up_are_no_such_count(text, key):
    assert key not in {k for k, _, _ in keyed(text)}


@pytest.mark.parametrize("text, key, value", [
    ("开展普法志愿服务活动25场,受众3000余人次。", "legal_education.audience", 3000),
    ("全年清理规章和规范性文件73件。", "normative_docs.cleaned", 73),
    ("清理规范性文件和规章28件。", "normative_docs.cleaned", 28),
])
def test_the_real_counts_beside_them_stay(text, key, value):
    assert (key, value, "stated") in keyed(text)


# ---- metadata: a stress run of fictional pages

_BODY = "\n2024年,我们坚持依法行政,各项工作稳步推进。\n一、主要举措\n全年组织学法6次。\n"


@pytest.mark.parametrize("raw, issuer, level, year", [
    # a year in Chinese numerals in the title
    ("青禾县二〇二三年度法治政府建设情况报告" + _BODY, "青禾县人民政府", "county", 2023),
    ("青禾县人民政府关于二零二四年法治政府建设工作情况的报告" + _BODY, "青禾县人民政府", "county", 2024),
    # an author line under the title set off by a dash
    ("2024年度法治政府建设情况报告\n——青禾县司法局" + _BODY, "青禾县司法局", "department", 2024),
    # a bureau's party group writing the bureau's report
    ("中共青禾县水利局党组关于2024年度法治政府建设情况的报告" + _BODY, "青禾县水利局", "department", 2024),
])
def test_more_ways_a_page_names_its_issuer_and_year(raw, issuer, level, year):
    meta = meta_of(raw)
    assert (meta.issuer, meta.level, meta.year) == (issuer, level, year)


def test_a_party_committee_and_its_place_are_no_party_group():
    # 中共X县委 is the county's party committee, not a bureau's party group
    meta = meta_of("中共青禾县委 青禾县人民政府\n关于2023年度法治政府建设情况的报告\n2023年,全县坚持依法行政。\n")
    assert meta.level == "county"


@pytest.mark.parametrize("raw", [
    # a column tag before the title
    "【法治政府】青禾县2024年法治政府建设年度报告" + _BODY,
    # a letter-spaced title
    "青 禾 县 2024 年 度 法 治 政 府 建 设 情 况 报 告" + _BODY,
])
def test_a_tagged_or_letter_spaced_title_still_names_its_place(raw):
    meta = meta_of(raw)
    assert (meta.issuer, meta.level, meta.year) == ("青禾县人民政府", "county", 2024)


def test_a_spaced_body_line_is_no_letter_spaced_title():
    # words set apart by spaces (not single characters) keep their spaces
    from fgqa.documents.metadata import _title_form
    assert _title_form("组织 学法 培训 会议 活动 宣传") == "组织 学法 培训 会议 活动 宣传"
