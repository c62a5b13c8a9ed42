"""Issue 11, round 3: counts before their verb, incoming vs concluded counts, sub-scope counts
named by a role only, rates across scopes, parts of a stated total, the body's own figure next
to somebody else's, and the `primary` figure of each key.

Every sentence is our own (fictional places, fresh wording).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from fgqa.documents.loading import load_document
from fgqa.engines.rules import RulesEngine
from fgqa.models import Figure, Summary
from fgqa.pipeline import summarize_document


def summarize(text: str) -> Summary:
    """The whole path a report takes (metadata read from the text: a province's 全省 is its own)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.txt"
        path.write_text(text, encoding="utf-8")
        return summarize_document(load_document(path), RulesEngine())


def keyed(text: str, key: str | None = None) -> list[Figure]:
    figs = summarize(text).indicators
    return [f for f in figs if key is None or f.key == key]


def values(text: str, key: str, kinds: tuple[str, ...] = ("stated", "zero_claim", "derived")) -> list[float]:
    return [f.value for f in keyed(text, key) if f.kind in kinds]


# ---------------------------------------------------------------- counts before their verb


@pytest.mark.parametrize("text,key,value", [
    ("全年共有9件行政复议案件被依法撤销。", "reconsideration.corrected", 9),
    ("县政府审结的复议案件中,有5件被变更或者确认违法。", "reconsideration.corrected", 5),
    ("当年共有4件行政诉讼案件被法院判决败诉。", "litigation.lost", 4),
])
def test_a_count_before_its_verb_is_the_verbs_count(text: str, key: str, value: int) -> None:
    assert values(text, key) == [value]


def test_a_count_before_a_neutral_verb_is_no_correction() -> None:
    assert values("全年共有9件行政复议案件被依法维持。", "reconsideration.corrected") == []


# ---------------------------------------------------------------- incoming vs concluded


def test_concluded_cases_are_not_the_case_count_nor_added_to_it() -> None:
    text = "全县法院新收一审行政诉讼案件45件,审结一审行政诉讼案件38件。"
    assert values(text, "litigation.cases") == [45]  # never 38, never 45+38
    assert values(text, "litigation.concluded") == [38]


def test_concluded_reconsideration_cases_are_not_the_accepted_count() -> None:
    text = "县政府全年办结各类行政复议案件27件。"
    assert values(text, "reconsideration.concluded") == [27]
    assert values(text, "reconsideration.accepted") == []


# ---------------------------------------------------------------- sub-scopes named by a role


def test_cases_named_by_the_defendant_alone_are_lawsuits_of_that_scope() -> None:
    figs = keyed("以镇政府为被告的案件6件,审结5件。", "litigation.cases")
    assert [(f.value, f.scope) for f in figs] == [(6, "镇政府")]


def test_cases_named_by_the_respondent_alone_are_reconsideration_cases_of_that_scope() -> None:
    text = "一、行政复议\n区政府共受理行政复议案件210件。以乡镇政府为被申请人的案件共48件。"
    figs = keyed(text, "reconsideration.accepted")
    assert [(f.value, f.scope) for f in figs] == [(210, None), (48, "乡镇政府")]
    assert [f.value for f in figs if f.primary] == [210]


def test_a_scoped_numerator_is_never_divided_by_the_whole_areas_count() -> None:
    text = "全县审结行政诉讼案件60件。以县政府为被告的行政诉讼案件中,败诉2件。"
    rates = keyed(text, "litigation.loss_rate")
    assert [(f.value, f.formula) for f in rates] == []  # 2/60 mixes two scopes


def test_an_unscoped_count_continuing_a_scoped_statement_keeps_its_rate() -> None:
    text = "县本级共受理复议案件4件。经审理,维持3件、撤销1件。"
    rates = keyed(text, "reconsideration.correction_rate")
    assert [(f.value, f.formula, f.scope) for f in rates] == [(25.0, "1/4", "县本级")]


def test_a_part_named_after_qizhong_is_not_the_whole_area() -> None:
    figs = keyed("全县受理行政诉讼案件70件,其中以县政府为被告的15件。", "litigation.cases")
    assert [(f.value, f.scope, f.primary) for f in figs] == [(70, None, True), (15, "县政府", False)]


# ---------------------------------------------------------------- parts of a stated total


def test_kinds_listed_after_a_stated_total_are_not_the_total_nor_summed() -> None:
    text = "县司法局审核各类文件共计95件,其中规范性文件11件、合同52份、其他文件30件。"
    figs = keyed(text, "legality_review.documents")
    assert [(f.value, f.kind, f.primary) for f in figs] == [(95, "stated", True)]


def test_parts_named_by_a_scope_of_their_own_keep_the_key_with_that_scope() -> None:
    text = "全县行政诉讼案件64件,其中县政府本级14件。"
    figs = keyed(text, "litigation.cases")
    assert [(f.value, f.scope, f.primary) for f in figs] == [(64, None, True), (14, "县政府本级", False)]


def test_the_listing_of_parts_ends_with_its_sentence() -> None:
    text = "审核各类文件共计95件,其中规范性文件11件。县司法局另审核合同52份。"
    assert values(text, "legality_review.documents") == [95, 52]


def test_a_stated_sum_after_its_items_is_the_total_and_nothing_is_derived() -> None:
    text = "审查规范性文件14件、合同40份,合计56件。"
    figs = keyed(text, "legality_review.documents")
    assert [(f.value, f.kind) for f in figs] == [(56, "stated")]


def test_items_that_do_not_add_up_to_the_stated_total_give_no_contradicting_sum() -> None:
    text = "审查规范性文件14件、合同40份,合计60件。"  # the report counts something it does not list
    assert not [f for f in keyed(text, "legality_review.documents") if f.kind == "derived"]


# ---------------------------------------------------------------- own figure next to a benchmark


def test_the_bodys_own_figure_right_after_a_benchmark_keeps_the_key() -> None:
    text = "全国平均败诉率为11.3%,我市为6.2%。"
    figs = keyed(text, "litigation.loss_rate")
    assert [(f.value, f.kind) for f in figs] == [(11.3, "benchmark"), (6.2, "stated")]


def test_the_average_a_rate_is_compared_with_is_that_rates_benchmark() -> None:
    text = "全市行政诉讼败诉率为4.4%,低于全省平均水平（6.3%）。"
    figs = keyed(text, "litigation.loss_rate")
    assert [(f.value, f.kind, f.primary) for f in figs] == [(4.4, "stated", True), (6.3, "benchmark", False)]


def test_an_average_said_after_the_bodys_own_rate_is_its_benchmark() -> None:
    text = "全市复议纠错率为8.2%,全省平均为10.9%。"
    figs = keyed(text, "reconsideration.correction_rate")
    assert [(f.value, f.kind) for f in figs] == [(8.2, "stated"), (10.9, "benchmark")]


def test_a_provinces_own_rate_stays_stated_beside_a_national_average() -> None:
    text = "洛岚省人民政府2024年法治政府建设情况报告\n2024年,全省行政复议纠错率为13.5%,高于全国平均水平2.1个百分点。"
    figs = keyed(text, "reconsideration.correction_rate")
    assert [(f.value, f.kind) for f in figs] == [(13.5, "stated")]


# ---------------------------------------------------------------- the primary figure


def test_each_key_has_at_most_one_primary_figure_and_only_of_the_bodys_own_scope() -> None:
    text = ("全区行政诉讼案件88件,其中区政府本级20件、区政府部门68件。区政府本级败诉1件。\n"
            "区政府本级出庭应诉率100%。")
    figs = summarize(text).indicators
    primary = [f for f in figs if f.primary]
    assert [(f.key, f.value) for f in primary] == [("litigation.cases", 88)]
    # a key given only for a narrower scope (区政府本级) has no primary figure
    assert not [f for f in figs if f.key == "litigation.head_appearance_rate" and f.primary]


# ---------------------------------------------------------------- repealed: what was repealed


def test_a_repeal_said_of_the_rules_just_named_is_no_repealed_normative_document() -> None:
    text = "年内推动出台地方性法规1件、政府规章4件,废止3件。"
    assert values(text, "normative_docs.repealed") == []


def test_revised_and_repealed_counted_together_is_no_repealed_count() -> None:
    assert values("对涉企政策文件开展清理,完成修改和废止31件。", "normative_docs.repealed") == []


def test_a_repeal_of_normative_documents_still_counts() -> None:
    assert values("开展行政规范性文件专项清理,废止规范性文件6件。", "normative_docs.repealed") == [6]


def test_the_whole_areas_courts_are_no_narrower_scope_and_a_part_is_not_added_to_them() -> None:
    text = "全市法院新收一审行政案件512件,审结470件。以市政府为被告的一审案件达64件。"
    figs = keyed(text, "litigation.cases")
    assert [(f.value, f.kind, f.scope, f.primary) for f in figs] == [(512, "stated", None, True), (64, "stated", "市政府", False)]


def test_the_other_subjects_of_a_breakdown_keep_their_own_scope() -> None:
    text = "全市共办理一审行政应诉案件260件,其中市政府本级应诉31件、各县区和市直部门应诉229件。"
    figs = keyed(text, "litigation.cases")
    assert [(f.value, f.scope) for f in figs] == [(260, None), (31, "市政府本级"), (229, "各县区和市直部门")]
    assert not [f for f in figs if f.kind == "derived"]  # 31 + 229 is the 260 the report states


# ---------------------------------------------------------------- what a count before its noun counts


def test_decisions_and_documents_reviewed_together_are_the_reviews_count() -> None:
    text = "全年完成27件重大决策与规范性文件法制审核。"
    assert values(text, "legality_review.documents") == [27]
    assert values(text, "major_decisions.count") == []


def test_what_a_decision_catalogue_took_in_is_the_decision_count() -> None:
    text = "公布年度重大行政决策事项目录,纳入6个事项。"
    assert values(text, "major_decisions.count") == [6]
