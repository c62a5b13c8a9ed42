"""Parts of a count listed by who or where, in the forms unseen reports write them: a list opened
by a colon after its measure (…申请分别为:甲区N件、乙区M件 / …纠纷情况为:甲村N件、…), parts named by a
village, a community or a workroom after 其中, a table of the body's own offices and its branches down
the rows (局机关 | … / 某分局 | …), and a penalty count written 作出行政处罚N件 with no 决定 or 案件.

Sentences and tables are our own (fictional places and bodies, fresh wording).
"""

from fgqa.documents.cleaning import clean_text
from fgqa.figures import part_subjects
from helpers import figures_of, stated_with_scopes

keyed = stated_with_scopes


def _stated(text: str, year: int | None = None) -> set[tuple[str | None, float, str | None]]:
    return {(f.key, f.value, f.scope) for f in figures_of(text, year) if f.kind == "stated" and f.key}


def test_the_measure_a_colon_opened_list_counts() -> None:
    assert part_subjects.list_head("各镇收到的调解申请分别为:") == "各镇收到的调解申请"
    assert part_subjects.list_head("各站点办理援助案件情况如下：") == "各站点办理援助案件"
    assert part_subjects.list_head("主要做法:") is None  # a bare colon opens no list of parts


def test_a_list_of_places_after_fenbiewei_and_a_colon() -> None:
    text = ("青杉市人民政府作为复议机关全年收到行政复议申请420件，审结401件。"
            "各县区政府收到的行政复议申请分别为：鹤汀区166件、枫屿县97件、石湄县58件。")
    got = _stated(text)
    assert ("reconsideration.applications", 420, None) in got
    for value, place in ((166, "鹤汀区"), (97, "枫屿县"), (58, "石湄县")):
        assert ("reconsideration.applications", value, place) in got
    # the sentence before names other measures (审结): the list is the one its own opener names
    assert not any(key == "reconsideration.concluded" and scope for key, _, scope in got)


def test_a_list_of_villages_after_qingkuangwei() -> None:
    text = ("五、化解基层矛盾。各村调委会本年度调解矛盾纠纷情况为：上桥村23件、下桥村19件、渡口村31件。"
            "镇调委会直接受理调解疑难纠纷9件。")
    got = _stated(text)
    for value, place in ((23, "上桥村"), (19, "下桥村"), (31, "渡口村")):
        assert ("mediation.disputes", value, place) in got


def test_parts_named_by_communities_and_a_workroom_after_qizhong() -> None:
    text = "全街道共调处矛盾纠纷268件，其中东港社区104件、西港社区91件、辖区企业调解工作室73件，调解成功率96.5%。"
    got = _stated(text)
    assert ("mediation.disputes", 268, None) in got
    assert ("mediation.disputes", 104, "东港社区") in got
    assert ("mediation.disputes", 91, "西港社区") in got
    assert ("mediation.disputes", 73, "辖区企业调解工作室") in got
    # after a list of parts, another measure is the total's, not the last part's
    assert ("mediation.success_rate", 96.5, None) in got


def test_one_part_keeps_its_scope_for_its_next_measure() -> None:
    got = _stated("全县各执法机关办理行政处罚案件3,400件;其中县市场监管局查处910件,罚没款188万元。")
    assert ("enforcement.fines", 188, "县市场监管局") in got


def test_a_penalty_count_written_with_the_act_alone() -> None:
    got = _stated("全区各执法部门依法作出行政处罚1.18万件，其中城市管理领域2,460件、卫生健康领域388件。")
    assert ("enforcement.cases", 11800, None) in got
    assert any(key == "enforcement.cases" and value == 2460 for key, value, _ in got)
    assert any(key == "enforcement.cases" and value == 388 for key, value, _ in got)
    assert not _stated("全区对轻微违法行为作出不予处罚决定42件。")


BUREAU_TABLE = """\
澄浦市生态环境局2024年法治政府建设情况报告
一、主要成效
2024年各单位行政争议情况
单位 | 被申请行政复议(件) | 被诉(件) | 败诉(件)
局机关 | 7 | 11 | 1
沙渚分局 | 5 | 8 | 1
苇塘分局 | 2 | 3 | 0
合计 | 14 | 22 | 2
二、存在的不足
一是基层执法人员不足。
"""

AREA_TABLE = """\
澄浦高新区管委会2024年法治政府建设情况报告
一、主要成效
各区域执法情况
区域 | 执法检查(次) | 行政处罚案件(件)
北湾街道 | 210 | 316
南湾街道 | 174 | 245
芯谷园区 | 88 | 61
二、存在的不足
一是园区执法力量分散。
"""


def test_a_table_of_the_bureaus_own_offices_and_its_branches_down_the_rows() -> None:
    got = _stated(clean_text(BUREAU_TABLE).text, 2024)
    assert ("reconsideration.accepted", 7, "局机关") in got
    assert ("litigation.cases", 11, "局机关") in got
    assert ("litigation.lost", 1, "沙渚分局") in got
    assert ("litigation.cases", 3, "苇塘分局") in got
    assert ("litigation.cases", 22, None) in got  # 合计: the bureau's own, no narrower scope


def test_a_table_of_areas_with_one_column_no_indicator_names() -> None:
    got = _stated(clean_text(AREA_TABLE).text, 2024)
    assert ("enforcement.cases", 316, "北湾街道") in got
    assert ("enforcement.cases", 61, "芯谷园区") in got
    # the inspections column names no indicator: its cells key nothing
    assert not any(value in (210, 174, 88) for _, value, _ in got)



SCOPES_AND_CHANGE_TABLE = """\
蓟原市人民政府2024年法治政府建设情况报告
一、主要成效
(二)行政复议工作
全年复议工作主要数据见下表:
指标 | 全市 | 市本级 | 县区合计 | 全市同比
新收复议申请(件) | 930 | 402 | 528 | +6.4%
审结(件) | 871 | 377 | 494 | +3.1%
调解和解结案(件) | 145 | 63 | 82 | +12.0%
二、存在的不足
一是县区复议力量不足。
"""


def test_a_table_of_scopes_with_a_change_column_beside_them() -> None:
    figs = figures_of(clean_text(SCOPES_AND_CHANGE_TABLE).text, 2024)
    got = {(f.key, f.value, f.scope) for f in figs if f.kind == "stated" and f.key}
    assert ("reconsideration.applications", 930, "全市") in got
    assert ("reconsideration.applications", 402, "市本级") in got
    assert ("reconsideration.applications", 528, "县区") in got  # 县区合计: the counties' column, summed
    changes = {(f.key, f.value) for f in figs if f.kind == "change" and f.key}
    assert ("reconsideration.applications", 6.4) in changes
    # the cases closed by mediation under a reconsideration heading are no lawsuits concluded
    assert not any(f.key == "litigation.concluded" for f in figs)


def test_a_level_after_a_change_and_a_semicolon_takes_the_rate() -> None:
    text = "全市行政机关负责人出庭应诉率达到97.4%，比上年提高1.2个百分点；市本级为100%，东岭区、西沅区分别为99.1%、96.5%。"
    got = _stated(text)
    assert ("litigation.head_appearance_rate", 100, "市本级") in got
    assert ("litigation.head_appearance_rate", 99.1, "东岭区") in got
    assert ("litigation.head_appearance_rate", 96.5, "西沅区") in got
    # a new sentence is a new statement: its bare level keys nothing
    assert not any(value == 300 for _, value, _ in _stated("全市收到复议申请800件。市本级为300件。"))


def test_all_mediated_settled_and_all_answered_in_time_are_full_rates() -> None:
    figs = figures_of("镇人民调解委员会直接调解疑难纠纷15件，全部调解成功。收到政府信息公开申请6件，均已按期答复。")
    zeros = {(f.key, f.value) for f in figs if f.kind == "zero_claim"}
    assert ("mediation.success_rate", 100) in zeros
    assert ("transparency.response_rate", 100) in zeros
    # a plan's "all settled" is a goal; a hotline's replies are no information requests
    plans = figures_of("四、2025年工作安排\n力争疑难纠纷全部调解成功。\n")
    assert not any(f.key == "mediation.success_rate" and f.kind == "zero_claim" for f in plans)
    hotline = figures_of("受理12345热线投诉工单30件，均已按期答复。")
    assert not any(f.key == "transparency.response_rate" for f in hotline)
    # an average's words are no "all"
    average = figures_of("调处各类纠纷300件，调解成功率96.1%，高于全区平均调解成功率(95.0%)。")
    assert not any(f.key == "mediation.success_rate" and f.kind == "zero_claim" for f in average)
