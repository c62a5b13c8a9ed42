"""Summaries a careful reader would write (issue 12): substance, no chrome, a parent that
summarises its children, a report-level overview, nothing cut mid-word."""

from __future__ import annotations

import pytest

from fgqa.engines.summaries import clip, is_chrome, pick, standalone
from helpers import summarized

REPORT = """枫渡县人民政府关于2025年度法治政府建设情况的报告
县委:现将本年度法治政府建设情况报告如下。
一、2025年度推进法治政府建设的主要举措和成效
(一)依法决策
全年纳入目录管理的重大行政决策事项9项,均经合法性审查。县司法局审查合同、文件共计214件,出具审查意见86条。
(二)复议应诉
全年以县政府为被告的行政诉讼案件52件,审结47件,败诉3件,败诉率6.4%。行政复议纠错率为10.5%。
(三)普法宣传
开展普法活动130场,覆盖群众4万人次。坚持以人民为中心的发展思想,推动普法工作走深走实。
二、存在的不足
一是基层执法力量不足,执法人员年龄结构偏大、专业背景参差不齐、执法文书制作不够规范、案卷归档不及时、证据收集不全面、裁量尺度不够统一,影响了执法质量的进一步提高;二是普法针对性不强。
三、县长履行推进法治建设第一责任人职责情况
县长主持召开常务会议研究法治工作4次,带头出庭应诉2次。
四、2026年工作安排
一是深化行政复议体制改革;二是提升执法规范化水平。
枫渡县人民政府
2026年2月9日
"""


@pytest.fixture(scope="module")
def summary():
    return summarized(REPORT, "fengdu.txt", issuer="枫渡县人民政府", year=2025, signed="2026-02-09")[1]


def _section(summary, heading_start):
    return next(s for s in summary.sections if (s.heading or "").startswith(heading_start))


def test_a_parent_summarises_its_children_instead_of_repeating_one(summary):
    parent = _section(summary, "一、")
    assert parent.summary.startswith("包括3个方面: 依法决策、复议应诉、普法宣传")
    child = _section(summary, "(一)")
    assert child.summary not in parent.summary  # not the first child's text again


def test_no_chrome_dates_or_signatures_and_slogans_rank_last(summary):
    plans = _section(summary, "四、")
    assert "2026年2月9日" not in plans.summary and "枫渡县人民政府" not in plans.summary
    assert not any("报告如下" in s.summary for s in summary.sections)
    education = _section(summary, "(三)")
    assert education.summary.startswith("开展普法活动130场")
    assert is_chrome("2026年2月9日") and is_chrome("枫渡县人民政府") and not is_chrome("开展普法活动130场")


def test_redundant_sentences_are_dropped_and_long_ones_cut_at_a_clause():
    same = ["全年办理行政处罚案件120件,罚没款30万元", "全年办理行政处罚案件120件,罚没款合计30万元", "调解纠纷45件"]
    assert pick(same, None) == [same[0], same[2]]
    long = "一是基层执法力量不足,执法人员年龄结构偏大、专业背景参差不齐,执法文书制作不够规范"
    short = clip(long, 30)
    assert short.endswith("…") and long.startswith(short[:-1]) and short[-2] not in ",，、"


def test_list_items_are_never_cut_mid_word(summary):
    from fgqa.answers import answer_question

    a = answer_question("存在哪些不足?", summary, REPORT)
    first = a.points[0]
    assert first.endswith("…") and len(first) <= 61 and first[:-1] in REPORT


def test_the_report_overview_gives_parts_and_key_figures(summary):
    overview = summary.overview
    sentences = [s for s in overview.split("。") if s]
    assert 3 <= len(sentences) <= 5
    assert "枫渡县人民政府2025年度" in overview and "规定的四个部分齐全" in overview
    assert "行政诉讼败诉率6.4%" in overview and "行政复议纠错率10.5%" in overview


# a list whose first item says least: the summary drops it, and what it keeps must read on its own
LIST_REPORT = """栖霞湾镇人民政府2025年度法治政府建设情况报告
一、主要举措和成效
全镇办理行政执法案件64件,执法文书全部按期归档。
二、存在的不足
一是思想认识还需提高。二是部分村居行政执法辅助人员持证率仅为86%,执法文书制作不够规范。三是法治宣传覆盖面有待扩大,4个村居尚未建成法治文化阵地。四是矛盾纠纷排查化解机制不够健全,全年仍有12件信访事项重复反映。
三、镇长履行推进法治建设第一责任人职责情况
镇长主持召开专题会议研究法治工作3次。
四、2026年工作安排
一是健全镇村法律顾问制度,实现全镇21个村居法律顾问全覆盖;二是开展执法案卷评查2次。
"""


def test_a_summary_that_dropped_the_first_list_item_starts_with_no_ordinal():
    _doc, summary = summarized(LIST_REPORT, "qixiawan.txt", issuer="栖霞湾镇人民政府", year=2025)
    shortcomings = _section(summary, "二、").summary
    assert "思想认识" not in shortcomings  # the first item said least and was dropped
    sentences = [s for s in shortcomings.split("。") if s]
    assert sentences[0].startswith("部分村居行政执法辅助人员持证率仅为86%")
    assert not any(s.startswith(("二是", "三是", "四是")) for s in sentences)
    assert all(s in LIST_REPORT for s in sentences)  # still the report's own words
    assert "报告指出的不足: 部分村居" in summary.overview
    # a list held from its first item keeps its numbers
    assert _section(summary, "四、").summary.startswith("一是健全镇村法律顾问制度")


@pytest.mark.parametrize("chosen, expected", [
    (["二是加强执法监督。", "三是推进普法。"], ["加强执法监督。", "推进普法。"]),
    (["（二）强化审查。", "（三）规范执法。"], ["强化审查。", "规范执法。"]),
    (["一是加强执法监督。", "二是推进普法。"], ["一是加强执法监督。", "二是推进普法。"]),
    (["一是加强执法监督,二是推进普法。", "三是规范执法。"], ["一是加强执法监督,二是推进普法。", "三是规范执法。"]),
    (["主要存在三方面不足:一是力量薄弱", "二是宣传不够。"], ["主要存在三方面不足:一是力量薄弱", "二是宣传不够。"]),
    (["一是加强执法监督。", "三是推进普法。"], ["加强执法监督。", "推进普法。"]),
    (["全年审查文件31件。", "2.规范执法。"], ["全年审查文件31件。", "规范执法。"]),
    (["2.5万人次参加。"], ["2.5万人次参加。"]),  # a number, not an item
])
def test_a_list_items_number_stays_only_where_the_list_reads_from_its_first_item(chosen, expected):
    assert standalone(chosen) == expected


def test_the_words_a_summary_refuses_are_data(lexicon_copy):
    """summaries.toml: a title word the file lacks leaves a title line a candidate sentence;
    added to the file, the line is chrome."""
    from fgqa.lexicon import load_lexicon, using

    title = "栖霞湾镇2025年度法治政府建设工作总结"
    assert not is_chrome(title)
    path = lexicon_copy / "summaries.toml"
    words = path.read_text(encoding="utf-8")
    assert "title_end = '报告|" in words
    path.write_text(words.replace("title_end = '报告|", "title_end = '总结|报告|", 1), encoding="utf-8")
    with using(load_lexicon(lexicon_copy)):
        assert is_chrome(title)


def _pick_reading_every_sentence(candidates, part, limit=3):
    """pick as it was written before its bigrams were read lazily: the reference."""
    from fgqa.engines.summaries import _SAME, MAX_CHARS, _grams, _ranked, clip

    chosen, seen, total = [], set(), 0
    for _, i, s in _ranked(candidates, part):
        grams = _grams(s)
        if grams and len(grams & seen) > _SAME * len(grams):
            continue
        short = clip(s)
        if chosen and total + len(short) > MAX_CHARS:
            continue
        chosen.append((i, short))
        seen |= grams
        total += len(short)
        if len(chosen) == limit:
            break
    return [s for _, s in sorted(chosen)]


def test_pick_reading_bigrams_only_when_needed_chooses_as_reading_every_sentence():
    import random

    rng = random.Random(5)
    words = ["受理行政复议案件12件", "办结", "全年", "开展普法活动", "法治", "政府", "建设", "。", "!!", "——",
             "纠错率8.5%", "下一步", "存在不足", "x" * 90, "规范性文件审查"]
    for _ in range(1500):
        candidates = ["".join(rng.choice(words) for _ in range(rng.randint(0, 8))) for _ in range(rng.randint(0, 9))]
        candidates += rng.sample(candidates, min(2, len(candidates)))  # repeats: redundant sentences
        for part in (None, "plans", "shortcomings"):
            for limit in (1, 2, 3):
                assert pick(candidates, part, limit) == _pick_reading_every_sentence(candidates, part, limit)
