"""Issue 11, class 8: the parts listed after a stated total are not the total, nor summed.

Sentences are our own (fictional, fresh wording).
"""

from fgqa.figures.derive import derive_totals, unkey_parts_of_stated_totals
from fgqa.models import Figure
from helpers import figures_of


def read(text: str) -> list[Figure]:
    figs = unkey_parts_of_stated_totals(figures_of(text), text)
    return figs + derive_totals(figs, text)


def test_parts_after_a_stated_total_lose_the_key_and_give_no_sum() -> None:
    text = ("县政府受理行政复议案件210件,纠错41件,纠错率19.5%。"
            "按结果分别为撤销12件,变更3件,确认违法26件。")
    corrected = [f for f in read(text) if f.key == "reconsideration.corrected"]
    assert [(f.value, f.kind) for f in corrected] == [(41, "stated")]


def test_without_a_stated_total_the_parts_still_add_up() -> None:
    text = "县政府受理行政复议案件210件,其中撤销12件、变更3件、确认违法26件。"
    totals = [f for f in read(text) if f.key == "reconsideration.corrected" and f.kind == "derived"]
    assert [f.value for f in totals] == [41]


def test_a_later_total_of_another_statement_is_not_a_part() -> None:
    text = "复议纠错41件。" + "县政府依法履行复议职责,加强案件审理。" * 12 + "复议纠错18件。"
    corrected = [f.value for f in read(text) if f.key == "reconsideration.corrected"]
    assert corrected == [41, 18]


def test_a_whole_area_figure_is_never_added_to_its_parts() -> None:
    text = ("全县共有行政诉讼案件93件,审结80件。从被诉主体看,县政府本级应诉21件,审结19件;"
            "乡镇、部门应诉72件,审结61件。")
    derived = [(f.key, f.value, f.formula) for f in read(text) if f.kind == "derived"]
    # neither 93+21+72 (the whole plus its parts) nor 21+72 (a sum the report states as 93)
    assert not [d for d in derived if d[0] in ("litigation.cases", "litigation.concluded")], derived


def test_parts_of_different_subjects_still_add_up_when_no_total_is_stated() -> None:
    text = "县政府本级应诉21件;乡镇、部门应诉72件。"
    totals = [f for f in read(text) if f.key == "litigation.cases" and f.kind == "derived"]
    assert [(f.value, f.formula) for f in totals] == [(93, "21+72")]
