"""Issue 11, false figures of the tuning material by class, each in our own words (fictional
places): when the words count something else than the indicator, the engine keys nothing
(a false figure is worse than a miss) and the year's own figure beside it stays found."""

import pytest

from fgqa.figures.extract import extract_figures
from fgqa.models import Figure
from fgqa.sections import outline


def figures_of(text: str, year: int | None = 2024) -> list[Figure]:
    return extract_figures(text, outline(text).sections, year)


def keyed(text: str, year: int | None = 2024) -> list[tuple]:
    return [(f.key, f.value) for f in figures_of(text, year) if f.key]


# ---- a count of bodies next to an indicator's noun: the noun right before N个 names bodies


@pytest.mark.parametrize(("text", "counted", "kept"), [
    # stations built (the 站 ends the lead), beside the centre's cases
    ("柳岸县建成乡镇法律援助服务站9个,县法律援助中心全年受理法律援助案件214件。",
     ("legal_aid.cases", 9), ("legal_aid.cases", 214)),
    # the share of a whole said before it: the 7 are towns with a review mechanism
    ("全县9个乡镇中已有7个建立了合法性审查工作机制,县司法局审查规范性文件31件。",
     ("legality_review.documents", 7), ("legality_review.documents", 31)),
    ("12个社区里都有4个设立了调解委员会,全年调解矛盾纠纷260件。",
     ("mediation.disputes", 4), ("mediation.disputes", 260)),
])
def test_a_count_in_ge_after_a_body_noun_counts_bodies(text, counted, kept):
    got = keyed(text)
    assert counted not in got
    assert kept in got


def test_a_count_in_ge_after_another_noun_keeps_its_key():
    assert ("legality_review.documents", 12) in keyed("全年审查县政府规范性文件12个。")  # 文件 is no body


# ---- a meeting held for another purpose is no outreach event


@pytest.mark.parametrize("text", [
    "普法办牵头组织各部门召开政策解读新闻发布会14场,回应群众关切。",
    "围绕“八五”普法中期评估,组织召开基层普法工作座谈会6场。",
])
def test_a_meeting_counted_next_to_outreach_is_no_outreach_event(text):
    assert not [k for k, _ in keyed(text) if k.startswith("legal_education")]


def test_outreach_events_stay_found_beside_the_excluded_meetings():
    got = keyed("青禾镇组织开展“宪法进农家”普法宣传活动23场,覆盖村民1800余人次。")
    assert ("legal_education.events", 23) in got


# ---- a rule or a list about the decisions is no decision: 未出台…重大行政决策后评估办法


@pytest.mark.parametrize("text", [
    "澄泥县政府全年作出重大行政决策4项。县政府至今未制定重大行政决策后评估办法。",
    "镇政府全年作出重大行政决策2项,尚未出台重大行政决策事项目录。",
])
def test_a_missing_rule_on_decisions_is_no_zero_of_decisions(text):
    got = [(k, v, kind) for k, v, kind in ((f.key, f.value, f.kind) for f in figures_of(text)) if k]
    assert ("major_decisions.count", 0, "zero_claim") not in got
    assert any(k == "major_decisions.count" and kind == "stated" for k, _, kind in got)


def test_no_decision_made_is_still_a_zero():
    got = [(f.key, f.value, f.kind) for f in figures_of("芦汀街道本年度未作出重大行政决策。")]
    assert ("major_decisions.count", 0, "zero_claim") in got


# ---- a legal-aid count broken down by the kind of case: 行政案件 there is aid, no lawsuit


def test_the_administrative_cases_of_legal_aid_are_no_lawsuits():
    got = keyed("县法律援助中心办理援助案件301件(其中刑事案件140件、民事案件149件、行政案件12件)。")
    assert ("legal_aid.cases", 301) in got
    assert ("litigation.cases", 12) not in got


def test_a_lawsuit_named_in_a_legal_aid_sentence_keeps_its_key():
    got = keyed("全年受理法律援助申请88件,以县政府为被告的行政诉讼案件7件。")
    assert ("litigation.cases", 7) in got
