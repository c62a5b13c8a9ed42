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
