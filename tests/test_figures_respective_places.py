"""分别 over places or bodies named one by one (甲区、乙区、丙县政府分别…): each number is the
cue's indicator for its place, in order. Sentences are our own (fictional places)."""

from fgqa.figures.derive import unkey_parts_of_stated_totals
from fgqa.figures.respective import respective_parts
from helpers import figures_of


def keyed(text: str) -> list[tuple[str | None, float, str | None]]:
    figs = unkey_parts_of_stated_totals(figures_of(text), text)
    return [(f.key, f.value, f.scope) for f in figs if f.key and f.kind == "stated"]


def test_places_named_one_by_one_are_the_parts() -> None:
    assert respective_parts("青石区、白沙区、柳河县政府分别受理行政复议案件") == ["青石区", "白沙区", "柳河县政府"]
    assert respective_parts("青石区、白沙区行政诉讼败诉率分别为") == ["青石区", "白沙区"]
    # words that are no place keep the list unread
    assert respective_parts("行政复议、行政诉讼分别为") is None


def test_a_cue_after_fenbie_keys_every_place() -> None:
    text = "市政府受理行政复议申请960件。青石区、白沙区、柳河县政府分别受理行政复议案件233件、187件、95件。"
    got = keyed(text)
    for value, place in ((233, "青石区"), (187, "白沙区"), (95, "柳河县政府")):
        assert ("reconsideration.accepted", value, place) in got


def test_rates_of_places_after_fenbie() -> None:
    got = keyed("全市行政诉讼败诉率为6.1%,其中青石区、白沙区败诉率分别为4.2%、8.7%。")
    assert ("litigation.loss_rate", 4.2, "青石区") in got
    assert ("litigation.loss_rate", 8.7, "白沙区") in got
