"""Issue 11, seventh round: the false figures and traps of the tuning sets by cause, each in
sentences of our own (fictional places, other wording than the sets): where the words count
something else, or not the year's own figure, the engine keys nothing or gives another kind,
and the year's own figure beside it stays found."""

import pytest

from tests.helpers import figures_of


def kinds(text: str, year: int | None = 2024) -> list[tuple]:
    return [(f.key, f.value, f.kind) for f in figures_of(text, year) if f.key]


def keyed(text: str, year: int | None = 2024) -> list[tuple]:
    return [(f.key, f.value) for f in figures_of(text, year) if f.key and f.kind == "stated"]


# ---- a target read as stated: a later year's plan whose numbers sit in its ；-clauses


@pytest.mark.parametrize(("text", "goal"), [
    ("下一年度，县政府将重点抓好以下工作：继续推进合法性审查全覆盖；组织法治宣讲活动不低于300场；"
     "复议案件全部按期办结。", ("legal_education.events", 300)),
    ("2025年，镇政府要在以下方面用力：完善村规民约；调解矛盾纠纷成功率达到98%；"
     "全镇开展送法进村活动120场。", ("legal_education.events", 120)),
    ("明年，市司法局计划：审查市政府文件不少于60件；抽查执法案卷400卷。",
     ("legality_review.documents", 60)),
])
def test_a_later_years_plan_gives_goals_in_every_clause(text, goal):
    got = kinds(text)
    assert (*goal, "target") in got
    assert (*goal, "stated") not in got


@pytest.mark.parametrize("text", [
    "2025年1月，县政府召开常务会议专题学法，全年开展普法宣传活动260场。",  # a dated event, no plan
    "2024年，全县将普法融入基层治理，开展普法宣传活动260场。",  # the report's own year
])
def test_a_year_that_is_no_later_plan_keeps_the_figure_stated(text):
    assert ("legal_education.events", 260, "stated") in kinds(text)


# ---- a level not reached (尚未达到100%) is the level aimed at, not the year's rate


@pytest.mark.parametrize("text", [
    "二是个别部门负责人出庭应诉率尚未达到100%，部分案件仍由律师出庭。",
    "部门负责人出庭应诉率还没有达到100%。",
    "村（社区）法律顾问覆盖率仍未实现100%。",
])
def test_a_rate_not_reached_is_no_stated_rate(text):
    got = kinds(text)
    assert not [k for k in got if k[1] == 100 and k[2] == "stated"]


def test_a_rate_reached_stays_stated():
    assert ("litigation.head_appearance_rate", 100, "stated") in kinds("全县行政机关负责人出庭应诉率达到100%。")
