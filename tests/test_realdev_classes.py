"""Issue 11 on the real dev pages (helper realdev): each class of writing a dev page showed,
as a rule with a sentence of our own (fictional places, fresh wording), never the page's.

- unit: a legality review counted by the times it was held (合法性审查N次);
- number before its noun: a review's opinions counted before 意见 (提出N份意见), a rate before
  what it measures (负责人100%出庭应诉);
- plain: documents reviewed and filed (审查和备案…N件); cases investigated under the penalty
  procedure (立案查办一般程序案件N起);
- verbal zero: no major decision of an owner named before it (未出台区政府重大行政决策事项);
- look-alikes: a list sibling that drops 合法性 for another word is another kind of paper; review
  times and documents are never summed.
"""

import pytest

from fgqa.figures.derive import derive_totals, unkey_parts_of_stated_totals
from fgqa.figures.extract import extract_figures
from fgqa.models import Figure
from fgqa.sections import outline
from helpers import figures_of


def keyed(text: str, year: int | None = 2024) -> list[tuple]:
    return [(f.key, f.value, f.kind) for f in extract_figures(text, outline(text).sections, year) if f.key]


def read(text: str) -> list[Figure]:
    figs = unkey_parts_of_stated_totals(figures_of(text), text)
    return figs + derive_totals(figs, text)


# ---- unit: reviews counted in 次


@pytest.mark.parametrize("text, value", [
    ("白沙街道对辖区各类协议、请示进行合法性审查42次,均在规定时限内完成。", 42),
    ("全年开展决策事项合法性审核共9次,未发现程序缺失。", 9),
])
def test_a_review_counted_in_times_is_the_reviewed_documents_count(text, value):
    assert ("legality_review.documents", value, "stated") in keyed(text)


@pytest.mark.parametrize("text", [
    "组织合法性审查培训4次,提升审核人员能力。",
    "召开合法性审核联席会议3次。",
])
def test_a_meeting_or_training_on_reviews_is_no_review_count(text):
    assert not any(k == "legality_review.documents" for k, _, _ in keyed(text))


def test_review_times_and_reviewed_papers_are_never_summed():
    text = "今年组织重大事项合法性审查11次,审查村级合同29份,纠正问题条款17处。"
    figs = read(text)
    docs = sorted((f.value, f.kind) for f in figs if f.key == "legality_review.documents")
    assert docs == [(11, "stated"), (29, "stated")]


def test_documents_and_contracts_listed_together_still_add_up():
    text = "审查区政府规范性文件8件、行政合同35份。"
    totals = [f.value for f in read(text) if f.key == "legality_review.documents" and f.kind == "derived"]
    assert totals == [43]


# ---- number before its noun


def test_opinions_counted_before_their_noun_in_a_review_passage():
    text = "为社区各类合同、文件开展合法性审查25次,提出4份意见,均被采纳。"
    assert ("legality_review.opinions", 4, "stated") in keyed(text)


def test_opinions_sought_are_no_review_opinions():
    text = "起草过程中开展合法性审查,征求12份意见。"
    assert not any(k == "legality_review.opinions" for k, _, _ in keyed(text))


@pytest.mark.parametrize("text", [
    "严格落实应诉规定,全年行政机关负责人100%出庭应诉。",
    "本年度被诉案件中局领导100%出庭,做到出庭又出声。",
])
def test_a_rate_written_before_the_appearance_it_measures(text):
    assert ("litigation.head_appearance_rate", 100, "stated") in keyed(text)


# ---- plain: reviewed and filed; investigated under the penalty procedure


@pytest.mark.parametrize("text", [
    "加强规范性文件管理,审查和备案规范性文件31件。",
    "审核及备案镇政府规范性文件31件。",
])
def test_documents_reviewed_and_filed_are_the_reviewed_documents(text):
    assert ("legality_review.documents", 31, "stated") in keyed(text)


def test_a_filing_review_alone_is_still_no_legality_review():
    assert not any(k == "legality_review.documents" for k, _, _ in keyed("报送备案规范性文件6件。"))


def test_cases_investigated_under_the_penalty_procedure_are_enforcement_cases():
    text = "聚焦民生重点领域,截至目前,共立案查办一般程序案件312起,罚没款86万元。"
    assert ("enforcement.cases", 312, "stated") in keyed(text)


# ---- verbal zero with an owner before the decisions


@pytest.mark.parametrize("text", [
    "2024年本局未出台区政府重大行政决策事项。",
    "全年未作出县政府重大行政决策。",
])
def test_no_major_decision_of_a_named_owner_is_a_zero(text):
    figs = [f for f in extract_figures(text, outline(text).sections, 2024) if f.key == "major_decisions.count"]
    assert [(f.value, f.kind) for f in figs] == [(0, "zero_claim")]


# ---- a list sibling that drops 合法性 is another kind of paper


def test_a_sibling_that_drops_the_legality_word_is_another_kind_of_paper():
    text = "法律顾问列席政府会议60余次,出具合法性审查意见书9份、法律咨询意见书140份。"
    figs = read(text)
    opinions = sorted((f.value, f.kind) for f in figs if f.key == "legality_review.opinions")
    assert opinions == [(9, "stated")]


def test_the_rest_of_the_same_kind_still_inherits_and_adds_up():
    text = "出具合法性审查意见书9份、其他审查意见书4份。"
    assert 13 in [f.value for f in read(text) if f.key == "legality_review.opinions" and f.kind == "derived"]


def test_two_scopes_of_the_same_paper_both_keep_the_key():
    text = "审查镇政府规范性文件3件、村级规范性文件5件。"
    docs = sorted(f.value for f in read(text) if f.key == "legality_review.documents" and f.kind == "stated")
    assert docs == [3, 5]


# ---- a verbal zero said after the cases it counts


@pytest.mark.parametrize("text", [
    "全年实现行政败诉案件“零”目标,依法行政水平稳步提升。",
    "本局行政败诉案件为零。",
])
def test_a_zero_written_after_the_lost_cases(text):
    figs = [(f.value, f.kind) for f in extract_figures(text, outline(text).sections, 2024) if f.key == "litigation.lost"]
    assert figs == [(0, "zero_claim")]


def test_retail_after_the_cases_is_no_zero():
    text = "办理涉及零售企业的败诉案件零星发生。"
    assert not any(f.key == "litigation.lost" for f in extract_figures(text, outline(text).sections, 2024))
