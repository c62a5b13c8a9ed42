"""A yes/no about one report's figure against an average it cites ("败诉率是否低于全市平均水平")
is answered per report, not read as a question asking the set's mean (fgqa.corpus.questions)."""

from __future__ import annotations

from fgqa.corpus.questions import read_intent


def test_a_comparison_with_a_cited_average_asks_each_report():
    assert read_intent("败诉率是否低于全市平均水平") is None
    assert read_intent("行政复议纠错率有没有超过全省平均") is None


def test_the_mean_of_the_set_is_still_an_aggregate():
    intent = read_intent("平均败诉率是多少")
    assert intent is not None and intent.operation == "aggregate"
