"""Issue 11, classes 2, 3 and 9: 由X降至Y, amounts in the taxonomy unit, signs and bounds."""

import pytest

from fgqa.documents import load_document
from fgqa.engines.factory import build_engine
from fgqa.evaluation.gold import GoldFigure
from fgqa.evaluation.scoring import figure_matches, units_equivalent
from fgqa.figures.checks import bound_warnings, conflict_warnings
from fgqa.figures.numbers import find_quantities
from fgqa.figures.units import convert, to_taxonomy_unit
from fgqa.models import Figure
from fgqa.pipeline import summarize_document
from helpers import figures_of


def summary_of(tmp_path, text: str):
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    return summarize_document(load_document(path), build_engine("rules"))


# ---- class 2: the first number of 由X降至Y is the prior year's

@pytest.mark.parametrize("text, key, before, after", [
    ("行政诉讼败诉率由8.5%降至6.1%。", "litigation.loss_rate", 8.5, 6.1),
    ("复议纠错率从上年的12.3%下降到9.8%。", "reconsideration.correction_rate", 12.3, 9.8),
    ("法律顾问覆盖率较上年的85%提高到100%。", "legal_advisor.coverage_rate", 85, 100),
    ("受理复议案件由2023年的45件增加到52件。", "reconsideration.accepted", 45, 52),
])
def test_from_x_to_y_gives_a_benchmark_then_the_years_figure(text, key, before, after):
    figs = [f for f in figures_of(text) if f.key == key]
    assert [(f.value, f.kind) for f in figs] == [(before, "benchmark"), (after, "stated")]


def test_a_plain_increase_to_is_not_a_prior_value():
    figs = figures_of("依申请公开答复率提高到98%。")
    assert [(f.value, f.kind) for f in figs if f.key] == [(98, "stated")]


# ---- class 3: money in 万元, counts expanded

@pytest.mark.parametrize("value, unit, expected", [
    (1.5, "亿元", (15000, "万元")), (136161, "元", (13.6161, "万元")), (2700, "万元", (2700, "万元")),
    (12, "件", (12, "件")),
])
def test_amounts_go_to_the_taxonomy_unit(value, unit, expected):
    assert to_taxonomy_unit(value, unit) == expected


def test_keyed_amounts_are_converted_and_their_quote_still_says_what_was_written(tmp_path):
    s = summary_of(tmp_path, "一、工作成效\n全年罚没款1.5亿元。办理法律援助案件2.3万件。\n")
    fines = [f for f in s.indicators if f.key == "enforcement.fines"]
    assert [(f.value, f.unit, f.quote) for f in fines] == [(15000, "万元", "全年罚没款1.5亿元")]
    assert [(f.value, f.unit) for f in s.indicators if f.key == "legal_aid.cases"] == [(23000, "件")]


def test_scoring_compares_amounts_across_money_units():
    gold = GoldFigure(key="enforcement.fines", value=1.5, unit="亿元", qualifier="exact", kind="stated",
                      scope=None, quote="罚没款1.5亿元")
    fig = Figure(key="enforcement.fines", label="罚没金额", value=15000, unit="万元", quote="罚没款1.5亿元", span=(0, 8))
    assert figure_matches(gold, fig) and units_equivalent("亿元", "万元")
    assert convert(438.265, "万元", "元") == 4382650
    assert convert(3, "件", "万元") is None


# ---- class 9: signs and bounds

@pytest.mark.parametrize("text, value", [("增长率为-5%", -5), ("同比负5.2%", -5.2), ("为−2.5%", -2.5)])
def test_a_written_minus_sign_is_kept(text, value):
    assert [q.value for q in find_quantities(text)] == [value]


@pytest.mark.parametrize("text", ["1-10月共120件", "正负5%", "编号A-3件"])
def test_a_dash_of_a_range_or_a_word_is_no_sign(text):
    assert all(q.value >= 0 for q in find_quantities(text))


def test_a_change_with_a_written_sign_goes_down():
    figs = [f for f in figures_of("全年受理行政诉讼案件42件,同比增长-5%。") if f.kind == "change"]
    assert [(f.value, f.direction) for f in figs] == [(-5, "down")]


def test_a_rate_over_100_percent_is_a_warning(tmp_path):
    s = summary_of(tmp_path, "一、工作成效\n全年行政机关负责人出庭应诉率达到112%。\n")
    assert any("outside 0–100 %" in w and "112" in w for w in s.warnings)


def test_two_different_values_for_one_key_and_scope_are_a_warning():
    figs = figures_of("全年受理行政复议案件38件。\n二、其他\n本年度受理行政复议案件41件。")
    warnings = conflict_warnings(figs)
    assert len(warnings) == 1 and "38" in warnings[0] and "41" in warnings[0]


def test_parts_of_a_total_named_by_their_own_words_are_no_conflict():
    figs = figures_of("审查规范性文件12件、合同协议386件。")
    assert conflict_warnings(figs) == [] and bound_warnings(figs) == []
