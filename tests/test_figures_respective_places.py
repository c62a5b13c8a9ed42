"""分别 over places or bodies named one by one (甲区、乙区、丙县政府分别…): each number is the
cue's indicator for its place, in order. Sentences are our own (fictional places)."""

from fgqa.figures.respective import respective_parts
from helpers import stated_with_scopes

keyed = stated_with_scopes


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


def test_a_share_of_the_concluded_cases_is_the_mediation_rate() -> None:
    got = keyed("县政府审结行政复议案件260件,其中通过调解、和解方式结案39件,占审结案件总数的15.0%。")
    assert ("reconsideration.mediation_rate", 15.0, None) in got
    got = keyed("全年审结复议案件140件,以和解方式结案的案件占审结案件的12.1%。")
    assert ("reconsideration.mediation_rate", 12.1, None) in got
    # a share of another count is no mediation rate
    got = keyed("全年审结复议案件140件,纠错21件,占审结案件的15.0%。")
    assert not [g for g in got if g[0] == "reconsideration.mediation_rate"]
