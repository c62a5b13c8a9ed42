"""Issue 12, confidently wrong numbers: the year before's value written inside a rate's change
(…率A%,较上年的B%下降C个百分点) is that rate's benchmark, a sector's average over the area
(低于全省某某系统平均水平) is the rate's average, and a change written after another indicator's
figure (…案件N件,罚没款M万元,同比下降X%) never answers a question about the first one's change.
Reports are our own (fictional)."""

import pytest

from helpers import ask, figures_of, summarized

REPORT = """澄岭县人民政府2024年度法治政府建设情况报告
一、主要成效
全县法院审结一审行政诉讼案件96件,行政机关败诉6件,败诉率6.3%,较上年的8.4%下降2.1个百分点,低于全市交通系统平均水平(7.7%)。全县行政机关负责人出庭应诉率97.5%,较上年的90.2%明显提升。
全县执法机关办理行政处罚案件2,140件,罚没款835万元,同比下降5.6%。全县涉企行政检查次数同比减少15%。
二、存在的不足
执法力量不足。
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "prior.txt", issuer="澄岭县人民政府", year=2024)


@pytest.mark.parametrize("text, key, prior", [
    ("败诉率6.3%,较上年的8.4%下降2.1个百分点。", "litigation.loss_rate", 8.4),
    ("负责人出庭应诉率97.5%,较上年的90.2%明显提升。", "litigation.head_appearance_rate", 90.2),
])
def test_a_rates_prior_value_inside_its_change_is_its_benchmark(text, key, prior):
    figs = [(f.value, f.kind) for f in figures_of(text) if f.key == key]
    assert (prior, "benchmark") in figs


def test_a_count_between_keeps_the_prior_to_the_count():
    # the latest keyed figure is a count: the rate rule does not take the prior value
    figs = figures_of("全县行政复议案件收案50件,较上年的41件增加9件。")
    assert [(f.key, f.value, f.kind) for f in figs if f.value == 41] == [("reconsideration.accepted", 41, "benchmark")]


def test_a_sectors_average_over_the_area_is_the_rates_benchmark():
    figs = figures_of("行政机关败诉率6.3%,低于全市交通系统平均水平(7.7%)。")
    assert ("litigation.loss_rate", 7.7, "benchmark") in [(f.key, f.value, f.kind) for f in figs]


@pytest.mark.parametrize("question, value", [
    ("上年的败诉率是多少", 8.4),
    ("2023年败诉率是多少", 8.4),
    ("全市交通系统平均败诉率是多少", 7.7),
    ("败诉率是多少", 6.3),
])
def test_the_question_picks_the_prior_year_or_the_average(report, question, value):
    a = ask(report, question)
    assert a.answer_type == "number" and a.value == value


def test_another_indicators_change_is_not_handed_over(report):
    a = ask(report, "行政处罚案件比上年增长了多少")
    assert a.answer_type == "not_disclosed" and a.key == "enforcement.cases"
    # the fines' own change still answers for the fines
    b = ask(report, "罚没款同比下降了多少")
    assert b.answer_type == "number" and b.value == 5.6 and b.kind == "change"


def test_papers_filed_with_the_reviewer_are_the_filing_review():
    figs = figures_of("市司法局审查市政府拟发文件、合同等305件,审查各县区和市直部门报备的规范性文件47件。")
    keyed = [(f.value, f.key) for f in figs]
    assert (305, "legality_review.documents") in keyed
    assert (47, "legality_review.documents") not in keyed


def test_contracts_about_to_be_signed_are_reviewed_papers_not_a_goal():
    figs = figures_of("县司法局对县政府拟发文件、拟签合同开展合法性审查218件。")
    assert [(f.value, f.key, f.kind) for f in figs] == [(218, "legality_review.documents", "stated")]


def test_legal_aid_applications_passed_on_are_no_cases_handled():
    passed = figures_of("社区工作站为行动不便的老人代为转交法律援助申请16件。")
    assert [f.value for f in passed if f.key == "legal_aid.cases"] == []
    handled = figures_of("县法律援助中心全年办理法律援助案件143件。")
    assert [f.value for f in handled if f.key == "legal_aid.cases"] == [143]
