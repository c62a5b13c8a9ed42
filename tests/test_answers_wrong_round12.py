"""Issue 12, confident wrong answers (twelfth round): which number of a sentence a question is
answered by. A deed asked with 了多少 (整改了多少个) is counted by the number written after that deed,
not by the number of the things it was done to; a number whose words deny the deed asked (仍有3个…
未配备) counts those that did not do it; a change whose clause names what changed (人次比上年增长12%)
is that thing's change, not the one asked of another figure of its sentence. Reports are our own
(fictional)."""

import pytest

from helpers import ask, summarized

REPORT = """檀溪县人民政府2025年度法治政府建设情况报告
一、主要成效
县政府组织开展法治政府建设专项检查3轮,检查中查摆的58个问题已落实整改47个,其余正在推进。
县人力社保局联合县司法局为务工人员讨薪,帮扶14名务工人员讨回欠薪26.5万元。
对巡察反馈的31条意见全部制定清单,至年底已办结29条。
全县社区网格员配备工作稳步推进,仍有3个社区未配备专职网格员。
县政府全年收到行政复议申请58件,审结51件。
县司法局审核协议、合同和文件205件,其中土地出让协议37份,出具审核意见205份。
全县开展法治宣传活动64场,发放宣传资料3000份,资料份数比上年增长12.5%。
全县行政处罚案件办理量为915件,罚没收入380万元,案件量比上年下降6.2%。
全县受理政府信息公开申请86件,数量比上年增加9.4%。
二、存在的不足
部分社区力量薄弱。
三、下一步工作安排
2026年,县政府将完善社区网格管理。
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "wrong_round12.txt", issuer="檀溪县人民政府", year=2025)


@pytest.mark.parametrize("question, value", [
    ("专项检查查摆的问题落实整改了多少个", 47),
    ("帮务工人员讨回了多少欠薪", 26.5),
    ("巡察反馈的意见办结了多少条", 29),
])
def test_the_deed_asked_is_counted_by_the_number_after_it(report, question, value):
    a = ask(report, question)
    assert a.answer_type == "number" and a.value == value


@pytest.mark.parametrize("question, value", [
    ("查摆了多少个问题", 58),   # the things found are still the first number's
    ("帮扶了多少名务工人员", 14),
    ("收到了多少件行政复议申请", 58),
    ("土地出让协议审核了多少份", 37),   # a part after 其中: its total's deed, not the opinions after it
])
def test_a_deed_said_before_the_first_number_keeps_it(report, question, value):
    a = ask(report, question)
    assert a.answer_type == "number" and a.value == value


def test_a_number_that_denies_the_deed_is_not_its_count(report):
    a = ask(report, "有多少个社区配备了专职网格员")
    assert a.answer_type != "number"


def test_the_denied_deed_asked_with_its_negation_is_answered(report):
    a = ask(report, "还有多少个社区未配备专职网格员")
    assert a.answer_type == "number" and a.value == 3


@pytest.mark.parametrize("question", ["法治宣传活动场次比上年增长了多少", "罚没收入比上年下降了多少"])
def test_a_change_that_names_another_subject_does_not_answer(report, question):
    a = ask(report, question)
    assert a.answer_type != "number"


@pytest.mark.parametrize("question, value", [
    ("行政处罚案件比上年下降了多少", 6.2),
    ("政府信息公开申请比上年增加了多少", 9.4),   # 数量 names no subject of its own: the topic's change
])
def test_a_change_of_what_is_asked_still_answers(report, question, value):
    a = ask(report, question)
    assert a.answer_type == "number" and a.value == value and a.kind == "change"


# --------------------------------------------------------------------------- a higher area asked

TOWN = """枳岭镇人民政府2025年度法治政府建设情况报告
一、主要成效
全年以镇政府为被告的行政诉讼案件4件,法院审结4件,镇政府败诉1件。全县行政机关败诉率为8.1%。
镇政府全年办理行政处罚案件36件,镇政府均在法定期限内办结。
二、存在的不足
执法力量不足。
三、下一步工作安排
2026年,镇政府将加强执法队伍建设。
"""

COUNTY = """枳岭县人民政府2025年度法治政府建设情况报告
一、主要成效
全县行政机关被诉一审行政案件52件,法院审结48件,败诉3件,败诉率为6.3%。
二、存在的不足
执法力量不足。
三、下一步工作安排
2026年,县政府将加强执法队伍建设。
"""

BUREAU = """枳岭县自然资源局2025年度法治政府建设情况报告
一、主要成效
以本局为被告的行政诉讼案件5件,法院审结5件,本局均胜诉。
二、存在的不足
执法力量不足。
三、下一步工作安排
2026年,本局将加强执法队伍建设。
"""


@pytest.fixture(scope="module")
def town():
    return summarized(TOWN, "town_area.txt", issuer="枳岭镇人民政府", region="枳岭县枳岭镇", level="town", year=2025)


def test_a_higher_areas_rate_asked_of_a_town_is_the_areas(town):
    a = ask(town, "全县的败诉率是多少")
    assert a.answer_type == "number" and a.value == 8.1 and a.kind == "benchmark"


def test_the_towns_own_rate_is_still_its_own(town):
    a = ask(town, "败诉率是多少")
    assert a.answer_type == "number" and a.value == 25.0


def test_a_county_asked_its_own_area_answers_with_its_figure():
    county = summarized(COUNTY, "county_area.txt", issuer="枳岭县人民政府", region="枳岭县", level="county",
                        year=2025)
    a = ask(county, "全县行政机关败诉率是多少")
    assert a.answer_type == "number" and a.value == 6.3


def test_a_departments_zero_is_not_the_whole_areas_rate():
    bureau = summarized(BUREAU, "bureau_area.txt", issuer="枳岭县自然资源局", region="枳岭县", level="department",
                        year=2025)
    assert ask(bureau, "败诉率是多少").value == 0
    a = ask(bureau, "全县行政诉讼败诉率是多少")
    assert a.answer_type != "number"


PROVINCE = """岈川省人民政府2025年度法治政府建设情况报告
一、主要成效
全省各级行政复议机关共收到行政复议申请3.62万件(上年为2.95万件),同比增长22.7%。
二、存在的不足
基层复议力量不足。
三、下一步工作安排
2026年,省政府将加强复议规范化建设。
"""


def test_the_provinces_own_area_is_answered_by_its_year_not_its_year_before():
    province = summarized(PROVINCE, "province_area.txt", issuer="岈川省人民政府", region="岈川省", level="province",
                          year=2025)
    a = ask(province, "全省收到了多少件行政复议申请")
    assert a.answer_type == "number" and a.value == 36200
    b = ask(province, "全省上年收到了多少件行政复议申请")
    assert b.answer_type == "number" and b.value == 29500
