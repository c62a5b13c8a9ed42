"""The text-grounding check: a model-written sentence may rephrase, never state a number
its source does not (same value, read by the rules' number parser)."""

from fgqa.figures.grounding import ground_text, numbers_in, unsupported_numbers

SOURCE = "全年共办理行政复议案件65件,败诉率为6.9%。2024年开展普法活动3万余人次,举办讲座二十场。"


def test_numbers_are_read_by_the_rules_parser_plus_bare_digit_runs():
    assert numbers_in(SOURCE) == [65.0, 6.9, 30000.0, 20.0, 2024.0]


def test_same_value_in_another_writing_is_supported():
    assert unsupported_numbers("普法受众30000人次,讲座20场,办理复议65件", SOURCE) == []


def test_a_near_number_is_not_the_same_number():
    # the figure check allows rounding (0.05 %); a year or a count off by one is another number
    assert unsupported_numbers("2023年有新进展", SOURCE) == [2023.0]
    assert unsupported_numbers("办理复议66件", SOURCE) == [66.0]


def test_only_the_sentences_with_an_unsupported_number_are_dropped():
    claim = "本节办理复议案件65件。败诉率为0.1%,办理案件999件;2024年普法3万人次。进一步推进一是二是"
    assert ground_text(claim, SOURCE) == ("本节办理复议案件65件。2024年普法3万人次。进一步推进一是二是", 1)
    assert ground_text("共有三十场讲座。", SOURCE) == ("", 1)
