"""Issue 11, eleventh round: false figures and traps of holdout11-holdout16 by class, each in sentences
of our own (fictional places, other wording than the sets). Where the words count something else
or give no year's own figure, the engine keys nothing (or gives another kind), and the year's own
figure beside it stays found."""

from tests.helpers import figures_of, summarized


def kinds(text: str, year: int | None = 2024) -> list[tuple]:
    return [(f.key, f.value, f.kind) for f in figures_of(text, year) if f.key]


def stated(text: str, key: str, year: int | None = 2024) -> list[float]:
    return [f.value for f in figures_of(text, year) if f.key == key and f.kind == "stated"]


# ---- 多 / 少 right after a comparison with the year before: a change in its own words


def test_fewer_than_the_year_before_is_a_change_not_a_count():
    text = "镇政府作为被告的行政诉讼案件41件，审结36件，败诉2件，败诉案件比上年少5件。"
    got = kinds(text)
    assert ("litigation.lost", -5, "change") in got
    assert ("litigation.lost", 5, "stated") not in got
    assert ("litigation.lost", 2, "stated") in got  # the year's own count stays
    _, summary = summarized(text, year=2024)
    rates = [f.value for f in summary.indicators if f.key == "litigation.loss_rate"]
    assert rates == [5.6]  # 2/36, never the change's 5 in it


def test_more_than_the_year_before_is_a_rising_change():
    text = "全年收到政府信息公开申请88件，较去年多12件。"
    got = kinds(text)
    assert ("transparency.requests", 12, "change") in got
    assert ("transparency.requests", 88, "stated") in got


def test_at_least_and_as_many_as_stay_counts():
    text = "全年开展法治宣传活动至少40场，受众多达6000人次。"
    assert 40 in stated(text, "legal_education.events")
    assert 6000 in stated(text, "legal_education.audience")


# ---- a part picked out of a set the lead has just named (…中有N件/个 …): the set's noun keys the
# whole, never the part; the part is keyed by its own words after it or not at all


def test_a_part_of_the_lost_cases_picked_out_by_its_subject_keys_nothing():
    text = "三是败诉原因较为集中，7件败诉案件中有4件涉及土地征收补偿。"
    got = stated(text, "litigation.lost")
    assert 4 not in got
    assert 7 in got  # the lost cases themselves are still the year's count


def test_towns_of_a_set_without_reviewers_are_no_reviewed_documents():
    text = "一是基层审核力量不足，18个乡镇中仍有6个没有专职法制审核人员；二是3个分局中有1个尚未配齐审核人员。"
    got = stated(text, "legality_review.documents")
    assert 6 not in got and 1 not in got


def test_a_part_keyed_by_its_own_words_after_the_set_stays():
    text = "全区审结的12件行政诉讼案件中有3件被判决败诉。"
    assert 3 in stated(text, "litigation.lost")
    assert 12 in stated(text, "litigation.concluded")


def test_a_total_breakdown_opened_by_qizhong_is_not_a_set_part():
    text = "全年审结行政复议案件40件，其中有5件被依法撤销。"
    assert 5 in stated(text, "reconsideration.corrected")
