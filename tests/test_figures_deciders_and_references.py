"""Two classes of writing seen in several fresh sets (round 9), with sentences written for
these tests (fictional places):

- the body that decides the issuer's reconsideration cases named as the subject of the outcome
  (区政府维持2件、撤销1件 after the street's own 被申请行政复议3件): the outcomes are the issuer's
  figures, not the deciding government's (kinds.toml [elsewhere] not_subject);
- a numeral after 的 and before a copula (被撤销的一件为…) names an item already counted: no
  new count, so no second correction is added to the first.

And the words an area word is no subject by (全省率先, 全市排名) now apply where the area word
ends (they were anchored at the clause's start and never applied)."""

from __future__ import annotations

from fgqa.figures.numbers import find_quantities
from fgqa.models import YEAR_KINDS
from helpers import figures_of, summarized

STREET = {"level": "street", "issuer": "芦汀区栖霞街道办事处"}
TOWN = {"level": "town", "issuer": "蔺川县石坳镇人民政府"}


def _year(text: str, key: str, **kw: object) -> list[float]:
    return sorted(f.value for f in figures_of(text, 2024, **kw) if f.key == key and f.kind in YEAR_KINDS)


def _summary_year(text: str, key: str, issuer: str, level: str) -> list[float]:
    """The year's figures of `key` after the pipeline (derived rates and totals included)."""
    _, summary = summarized(text, issuer=issuer, level=level, year=2024)
    return sorted(f.value for f in summary.indicators if f.key == key and f.kind in YEAR_KINDS)


def test_the_deciding_government_is_no_subject_of_the_issuers_outcomes() -> None:
    text = "本年度街道被申请行政复议4件，区政府复议决定维持3件、撤销1件。"
    assert _year(text, "reconsideration.corrected", **STREET) == [1]
    assert _summary_year(text, "reconsideration.correction_rate", **STREET) == [25.0]


def test_the_decider_without_a_decision_word_before_the_verb() -> None:
    text = "全年镇政府被申请行政复议5件，县政府维持4件、撤销1件。"
    assert _summary_year(text, "reconsideration.corrected", **TOWN) == [1]


def test_a_higher_governments_own_rate_stays_somebody_elses() -> None:
    # the decider rule needs an outcome verb right before the number: a rate of the city is the city's
    text = "全年镇政府被申请行政复议2件，均被维持。全市行政复议纠错率为9.4%。"
    assert 9.4 not in _year(text, "reconsideration.correction_rate", **TOWN)


def test_the_one_described_after_de_is_no_new_count() -> None:
    assert find_quantities("被撤销的一件为责令停产决定") == []
    assert find_quantities("败诉的一件系土地征收案件") == []
    # a count said plainly, or one before 均为, is still a count
    assert [q.value for q in find_quantities("审结一件")] == [1]
    assert [q.value for q in find_quantities("办理的两件均为劳动争议")] == [2]


def test_the_described_one_adds_no_second_correction() -> None:
    text = "镇政府被申请行政复议3件，县政府复议决定维持2件、撤销1件，被撤销的一件为责令停产决定，镇政府已重新处理。"
    assert _summary_year(text, "reconsideration.corrected", **TOWN) == [1]


def test_no_reconsideration_case_happened_is_none_accepted() -> None:
    for text in ("今年全镇没有发生以镇政府为被申请人的行政复议案件。", "镇政府本年度未发生行政复议案件。"):
        values = {f.key: f.value for f in figures_of(text, 2024, **TOWN) if f.kind == "zero_claim"}
        assert values.get("reconsideration.accepted") == 0, text


def test_no_request_received_with_the_requesters_named_between() -> None:
    text = "本年度镇政府没有收到辖区居民提交的政府信息公开申请。"
    assert [f.value for f in figures_of(text, 2024, **TOWN)
            if f.key == "transparency.requests" and f.kind == "zero_claim"] == [0]


def test_parts_numbered_as_parts_are_headings_and_the_plans_part_looks_ahead() -> None:
    from fgqa.sections import outline

    text = ("第一部分　2024年主要工作成效\n全年开展普法活动212场次。\n"
            "第二部分　存在的不足\n一是基层法治力量薄弱。\n"
            "第三部分　主要负责人履行第一责任人职责情况\n县长带头学法4次。\n"
            "第四部分　2025年工作安排\n1．全年开展普法活动不少于260场次；\n")
    parts = outline(text).parts
    assert all(parts[key].present for key in ("measures", "shortcomings", "leadership", "plans"))
    kinds = {f.value: f.kind for f in figures_of(text, 2024, **TOWN) if f.key == "legal_education.events"}
    assert kinds == {212: "stated", 260: "target"}


def test_a_part_named_inside_a_sentence_is_no_heading() -> None:
    from fgqa.sections.headings import find_headings

    assert [h.marker for h in find_headings("详见报告第二部分所列问题，已逐项整改。")] == []
