"""Issue 11, class 8: the parts listed after a stated total are not the total, nor summed.

Sentences are our own (fictional, fresh wording).
"""

from fgqa.figures.derive import derive_totals, unkey_parts_of_stated_totals
from fgqa.figures.extract import extract_figures
from fgqa.models import Figure
from fgqa.sections import outline


def read(text: str) -> list[Figure]:
    figs = unkey_parts_of_stated_totals(extract_figures(text, outline(text).sections), text)
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
