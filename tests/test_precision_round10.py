"""Issue 11, tenth round: false figures and traps of holdout13/holdout14 by class, each in sentences
of our own (fictional places, other wording than the sets). Where the words count something else
or give no year's own figure, the engine keys nothing (or gives another kind), and the year's own
figure beside it stays found."""

import pytest
from tests.helpers import figures_of, summarized


def kinds(text: str, year: int | None = 2024) -> list[tuple]:
    return [(f.key, f.value, f.kind) for f in figures_of(text, year) if f.key]


def stated(text: str, key: str, year: int | None = 2024) -> list[float]:
    return [f.value for f in figures_of(text, year) if f.key == key and f.kind == "stated"]


# ---- a filing review (备案审查) is no legality review: the papers lower bodies file with the body,
# and the bare 审查N件 after a filing review is named


@pytest.mark.parametrize(("text", "filed"), [
    ("区司法局审核区政府拟发文件和拟签合同86件。审查各街道和区直单位报备的规范性文件23件，"
     "对其中1件提出纠正意见。", 23),
    ("四是对各乡镇、县直单位报送的规范性文件开展备案审查，审查31件，督促纠正3件。"
     "县司法局合法性审核县政府文件86件。", 31),
])
def test_a_filing_review_count_is_no_reviewed_document(text, filed):
    got = stated(text, "legality_review.documents")
    assert filed not in got
    assert 86 in got  # the legality review beside it is still the year's figure


def test_the_legality_review_named_by_its_objects_beside_a_filing_review_stays():
    text = "开展备案审查的同时，县司法局审查县政府文件和合同共64件。"
    assert 64 in stated(text, "legality_review.documents")


# ---- what a review corrected is its outcome, not the papers reviewed


def test_the_papers_a_review_corrected_are_no_reviewed_documents():
    text = "二是落实公平竞争审查，全县对新出台的涉及经营主体经济活动的政策措施审查58件，纠正违反审查标准的文件2件。"
    assert 2 not in stated(text, "legality_review.documents")


# ---- a plan paragraph: its opening says the later year and what will be done, a colon lists the
# items, each item a sentence of its own (no plans heading above it)


def test_every_item_of_a_plan_paragraph_is_a_goal():
    text = ("二、存在的不足\n一是少数部门负责人出庭应诉意识不强。\n"
            "2025年，县政府将重点抓好以下几项工作：一是修订重大行政决策程序规定。"
            "二是推动全县行政诉讼败诉率降到5%以下，行政机关负责人出庭应诉率保持在97%以上。"
            "三是开展法治宣传进乡村活动不少于150场。\n")
    got = kinds(text)
    for key, value in (("litigation.loss_rate", 5), ("litigation.head_appearance_rate", 97),
                       ("legal_education.events", 150)):
        assert (key, value, "target") in got
        assert (key, value, "stated") not in got


@pytest.mark.parametrize("text", [
    # the report's own year: what was done, listed after a colon
    "2024年，县政府重点抓好以下工作：一是规范执法。二是全县负责人出庭应诉率达到96%。\n",
    # a dated event of the later year, no plan
    "2025年1月，县政府召开常务会议：一是听取法治工作汇报。二是全县负责人出庭应诉率达到96%。\n",
])
def test_a_colon_paragraph_that_is_no_later_plan_keeps_the_figure_stated(text):
    assert ("litigation.head_appearance_rate", 96, "stated") in kinds(text)


def test_a_plan_paragraph_ends_at_its_paragraph():
    text = ("2025年，县政府将重点抓好以下工作：一是修订决策规定。二是开展普法活动不少于90场。\n"
            "全年县司法局审查县政府文件和合同共72件。\n")
    assert ("legality_review.documents", 72, "stated") in kinds(text)


# ---- the kinds of a correction listed side by side (撤销1件、确认违法1件) when the report states the
# corrected total elsewhere: the total's breakdown, not figures of the key


def test_correction_kinds_of_a_total_stated_elsewhere_are_not_the_corrected_count():
    text = ("一、主要工作\n以县政府为被申请人的行政复议案件21件，复议机关已审结19件，其中维持14件、驳回2件、"
            "撤销2件、变更1件，其余尚在办理。\n"
            "二、存在的不足\n全年被复议纠错的3件案件暴露出执法程序不规范的问题。\n")
    _, summary = summarized(text, year=2024)
    corrected = [(f.value, f.kind) for f in summary.indicators if f.key == "reconsideration.corrected"]
    assert (2, "stated") not in corrected and (1, "stated") not in corrected
    assert (3, "stated") in corrected


def test_correction_kinds_with_no_total_anywhere_add_up_to_the_corrected_count():
    text = ("一、主要工作\n以县政府为被申请人的行政复议案件21件，复议机关已审结19件，其中维持14件、驳回2件、"
            "撤销2件、变更1件，其余尚在办理。\n")
    _, summary = summarized(text, year=2024)
    corrected = [(f.value, f.kind) for f in summary.indicators if f.key == "reconsideration.corrected"]
    assert (3, "derived") in corrected
