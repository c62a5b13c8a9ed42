"""Issue 11, class 8 (session 8): a total broken down by kind after 其中, and look-alikes of the
year's counts on fresh writing (a police force's 查处行政案件, criminal cases, lost cases by cause,
bodies described by their losses, a norm set for every year).

Sentences are our own (fictional, fresh wording).
"""

from fgqa.models import Figure
from helpers import summarized


def indicators(text: str) -> list[Figure]:
    return summarized("某县2024年法治政府建设情况报告\n\n一、主要工作\n" + text + "\n")[1].indicators


def keyed(text: str, key: str) -> list[tuple[float, str, str | None]]:
    return [(f.value, f.kind, f.scope) for f in indicators(text) if f.key == key]


def test_a_kind_of_case_after_its_enforcement_total_keeps_the_key_with_the_kind_as_scope() -> None:
    text = "县农业农村局全年办理行政处罚案件406件,罚没款87.5万元,其中渔政执法案件129件。"
    assert keyed(text, "enforcement.cases") == [(406, "stated", None), (129, "stated", "渔政执法案件")]


def test_a_kind_said_with_she_ji_and_a_kind_of_dispute_are_parts_too() -> None:
    enforcement = "镇执法中队全年查处违法案件五十一件,其中涉及违规搭建的17件。"
    assert keyed(enforcement, "enforcement.cases") == [(51, "stated", None), (17, "stated", "违规搭建")]
    mediation = "全镇调委会全年调处矛盾纠纷388件,调解成功372件,调解成功率95.9%,其中物业服务纠纷64件、相邻关系纠纷41件。"
    assert keyed(mediation, "mediation.disputes") == [(388, "stated", None), (64, "stated", "物业服务纠纷"),
                                                      (41, "stated", "相邻关系纠纷")]


def test_the_part_is_never_the_report_s_own_figure() -> None:
    figs = [f for f in indicators("县农业农村局全年办理行政处罚案件406件,其中渔政执法案件129件。")
            if f.key == "enforcement.cases"]
    assert [f.value for f in figs if f.primary] == [406]


def test_an_outcome_or_a_procedure_after_qi_zhong_is_no_kind() -> None:
    # 其中适用简易程序…: a procedure; 其中维持…: an outcome — neither takes the total's key with a kind scope
    text = "县城管局全年办理行政处罚案件310件,其中适用简易程序案件188件。"
    assert (188, "stated", "适用简易程序案件") not in keyed(text, "enforcement.cases")
    assert keyed("县政府审结行政复议案件64件,其中维持41件。", "reconsideration.concluded") == [(64, "stated", None)]


def test_a_part_no_larger_than_a_total_and_of_the_total_s_own_key() -> None:
    # a number larger than the sentence's total is no part of it
    text = "县市场监管局全年办理行政处罚案件40件,其中食品安全案件55件。"
    assert (55, "stated", "食品安全案件") not in keyed(text, "enforcement.cases")


def test_a_police_force_s_cases_punished_are_enforcement_not_lawsuits_and_criminal_cases_neither() -> None:
    text = "县公安局全年共查处各类行政案件3,915起,其中交通管理类案件2,204起。全年刑事案件立案806起。"
    assert keyed(text, "enforcement.cases") == [(3915, "stated", None), (2204, "stated", "交通管理类案件")]
    assert keyed(text, "litigation.cases") == []


def test_lost_cases_by_cause_and_bodies_described_by_their_losses_are_no_lost_count() -> None:
    text = ("全县行政机关一审败诉12件。从败诉原因看,因证据不足败诉的5件,因超越职权败诉的4件。"
            "县政府对败诉率偏高的2个乡镇进行约谈,向3个败诉较多的单位发出提示函。")
    assert keyed(text, "litigation.lost") == [(12, "stated", None)]


def test_a_norm_set_for_every_year_is_a_requirement_not_the_year_s_count() -> None:
    text = "县政府印发通知,要求被诉单位主要负责人每年至少出庭应诉2次。"
    assert [k for _, k, _ in keyed(text, "litigation.head_appearances")] == ["target"]


def test_legal_education_named_as_fa_zhi_jiao_yu_is_outreach() -> None:
    # an education bureau's outreach to pupils is 法治教育, not 普法 or 宣传
    text = "以“法治小课堂”为抓手,全年开展法治教育活动860余场,覆盖师生21万人次。"
    assert [f.value for f in indicators(text) if f.key == "legal_education.events"] == [860]
    assert [f.value for f in indicators(text) if f.key == "legal_education.audience"] == [210000]
