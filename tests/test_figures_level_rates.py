"""A level's rate named once for two levels, village shares of a bracketed noun, and the
reconsideration mediation rate said by how the cases closed (issue 11's recall classes)."""

from __future__ import annotations

from fgqa.figures.derive import derive_shares
from fgqa.figures.grounding import check_grounded
from helpers import figures_of


def _keyed(text: str, key: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.scope) for f in figures_of(text) if f.key == key]


def test_a_levels_rate_after_another_levels_keeps_the_adviser_named_before_it():
    comma = "全市各级政府法律顾问覆盖率均为100%,村一级的签约率为91.7%。"
    (whole, village) = _keyed(comma, "legal_advisor.coverage_rate")
    assert whole == (100.0, None) and village[0] == 91.7 and "村" in (village[1] or "")  # the city's villages
    # a ； only parts one statement: the adviser named in the clause before still holds
    semicolon = "镇政府及站所法律顾问配备率为100%;社区层面配备率为88.4%。"
    assert (88.4, "社区") in _keyed(semicolon, "legal_advisor.coverage_rate")
    # a coverage of something else, or no adviser in the statement at all: no adviser rate
    assert _keyed("全镇法律顾问服务站已建成6个,网格覆盖率为97%。", "legal_advisor.coverage_rate") == []
    assert _keyed("全镇普法宣传覆盖率为96%。", "legal_advisor.coverage_rate") == []
    assert _keyed("法律顾问已全部到位。村一级的覆盖率为90%。", "legal_advisor.coverage_rate") == []


def test_a_share_of_a_bracketed_whole_whose_noun_is_not_repeated():
    text = "全乡46个村(社区)中,43个配备了法律顾问。"
    (share,) = derive_shares(figures_of(text), text)
    assert (share.value, share.formula, share.scope) == (93.5, "43/46", "村(社区)")
    assert check_grounded(share, text) is None
    joined = "全乡46个村(社区)中43个聘请了法律顾问。"  # nothing between the counts but the join
    assert [(s.value, s.scope) for s in derive_shares(figures_of(joined), joined)] == [(93.5, "村(社区)")]
    # a smaller unit of the whole is not the whole's noun
    smaller = "全乡12个村中,9个村民小组聘请了法律顾问。"
    assert derive_shares(figures_of(smaller), smaller) == []


def test_a_stated_rate_blocks_the_share_only_when_it_is_that_share():
    other = "县直部门法律顾问覆盖率为100%。全县60个村(社区)中,57个签约了法律顾问。"
    assert [s.value for s in derive_shares(figures_of(other), other)] == [95.0]
    same = "全县60个村(社区)中,57个签约了法律顾问,覆盖率为95%。"
    assert derive_shares(figures_of(same), same) == []


def test_the_mediation_rate_said_by_how_the_cases_closed():
    for text in ("区政府审结行政复议案件212件,和解、调解结案率为17.8%。",
                 "市政府行政复议机构审结案件305件,调解和解结案率21.3%。"):
        assert [v for v, _ in _keyed(text, "reconsideration.mediation_rate")] == [17.8 if "17.8" in text else 21.3]
    # outside a reconsideration sentence it is no reconsideration rate
    assert _keyed("全镇人民调解组织调解结案率为96.2%。", "reconsideration.mediation_rate") == []
