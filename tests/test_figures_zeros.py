"""Issue 11, class 6: verbal zeros in more forms, and zeros said of one kind of case only.

Sentences are our own (fictional, fresh wording).
"""

import pytest

from fgqa.models import Figure
from helpers import figures_of


def zeros(text: str) -> dict[str, Figure]:
    figs = figures_of(text)
    return {f.key: f for f in figs if f.kind == "zero_claim" and f.key}


@pytest.mark.parametrize("sentence,key,value", [
    # a bracketed aside after a count
    ("本委作为被告的行政诉讼审结7件（无行政败诉）。", "litigation.lost", 0),
    ("本委作为被告的行政诉讼审结7件（无行政败诉）。", "litigation.loss_rate", 0),
    # every case won
    ("全年应诉案件胜诉率达100%。", "litigation.lost", 0),
    ("全年应诉案件胜诉率达100%。", "litigation.loss_rate", 0),
    # 零撤改: no reconsideration decision annulled or changed
    ("以镇政府为被申请人的行政复议案件2件,实现零撤改。", "reconsideration.corrected", 0),
    ("镇政府作出的行政行为经行政复议,未发生被纠错案件。", "reconsideration.corrected", 0),
    # one "none" governing a list: the reconsideration item and the lawsuit item
    ("全年本乡无行政复议撤销、变更案件和行政诉讼败诉类案件发生。", "litigation.lost", 0),
    ("全年本乡无行政复议撤销、变更案件和行政诉讼败诉类案件发生。", "reconsideration.corrected", 0),
])
def test_verbal_zero_forms(sentence: str, key: str, value: int) -> None:
    found = zeros(sentence)
    assert key in found and found[key].value == value
    assert sentence[found[key].span[0]:found[key].span[1]] == found[key].quote


def test_a_won_share_below_all_is_no_zero() -> None:
    assert "litigation.lost" not in zeros("全年应诉案件胜诉率达95%。")
    assert "litigation.lost" not in zeros("全年应诉案件胜诉率达100.5%。")


def test_a_zero_said_of_one_kind_of_case_keeps_that_scope_and_gives_no_rate() -> None:
    text = "以镇政府为被告的行政诉讼案件6件,败诉1件;其中土地征收类案件零败诉。"
    found = zeros(text)
    assert found["litigation.lost"].scope == "土地征收类案件"
    assert "litigation.loss_rate" not in found  # the body lost a case: its rate is not 0
    whole = zeros("全年行政诉讼零败诉。")
    assert whole["litigation.loss_rate"].value == 0 and whole["litigation.lost"].scope is None


def test_all_kinds_of_case_is_no_scope() -> None:
    text = "全年查处各类案件52件。"
    figs = figures_of(text)
    assert next(f for f in figs if f.value == 52).scope is None
