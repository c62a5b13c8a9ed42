"""Figures: each kind, keys by cue, scopes, zero claims, derived rates and totals, grounding."""

import pytest

from fgqa.figures.derive import derive_rates, derive_shares, derive_totals
from fgqa.figures.extract import extract_figures
from fgqa.figures.grounding import FigureCandidate, Rejection, check_grounded, ground, locate
from fgqa.models import Figure
from fgqa.sections import outline
from helpers import figures_of


def only(figs: list[Figure], key: str, kind: str | None = None) -> list[Figure]:
    return [f for f in figs if f.key == key and (kind is None or f.kind == kind)]


def test_stated_figure_with_quote_at_span():
    text = "2025年,全县共受理行政复议申请88件,受理81件,审结76件。"
    figs = figures_of(text)
    assert [(f.key, f.value) for f in figs if f.key] == [
        ("reconsideration.applications", 88), ("reconsideration.accepted", 81), ("reconsideration.concluded", 76)]
    for f in figs:
        assert text[f.span[0]:f.span[1]] == f.quote


def test_change_is_signed_and_not_the_years_figure():
    text = "全年共受理行政诉讼案件42件,同比下降12%,败诉率下降3.5个百分点。"
    figs = figures_of(text)
    change = only(figs, "litigation.cases", "change")
    assert change and change[0].value == -12 and change[0].direction == "down"
    rate_change = only(figs, "litigation.loss_rate")
    assert rate_change and rate_change[0].kind == "change" and rate_change[0].value == -3.5
    assert only(figs, "litigation.cases", "stated")[0].value == 42


def test_increase_to_is_the_new_value_not_a_change():
    figs = figures_of("依申请公开答复率提高到98%。")
    assert figs[0].kind == "stated"


def test_target_and_benchmark_are_not_stated():
    text = "我县行政诉讼败诉率为6.1%,低于全省8.9%的平均败诉率。明年力争败诉率控制在5%以内。"
    figs = figures_of(text)
    kinds = {f.value: f.kind for f in only(figs, "litigation.loss_rate")}
    assert kinds == {6.1: "stated", 8.9: "benchmark", 5: "target"}
    target = next(f for f in figs if f.value == 5)
    assert target.qualifier == "approx_less"


def test_targets_in_the_plans_part():
    text = "一、主要举措和成效\n全年开展普法活动30场。\n二、2026年工作计划\n全年将开展普法活动50场以上。\n"
    figs = only(figures_of(text), "legal_education.events")
    assert [(f.value, f.kind) for f in figs] == [(30, "stated"), (50, "target")]


@pytest.mark.parametrize("sentence,key,value", [
    ("全年实现行政诉讼零败诉。", "litigation.lost", 0),
    ("全年实现行政诉讼零败诉。", "litigation.loss_rate", 0),
    ("全年应诉案件9件,均未发生败诉案件。", "litigation.lost", 0),
    ("实现村(社区)法律顾问全覆盖。", "legal_advisor.coverage_rate", 100),
])
def test_zero_claims(sentence, key, value):
    figs = only(figures_of(sentence), key, "zero_claim")
    assert figs and figs[0].value == value
    assert check_grounded(figs[0], sentence) is None


def test_zero_claim_covering_reconsideration_and_litigation():
    text = "全年行政复议案件5件,行政应诉案件12件,均无败诉案件。"
    keys = {f.key for f in figures_of(text) if f.kind == "zero_claim"}
    assert keys == {"litigation.lost", "litigation.loss_rate", "reconsideration.corrected"}


def test_scoped_zero_claim_does_not_make_the_bodys_rate_zero():
    text = "以区政府为被告的行政应诉案件12件,均无败诉案件。"
    keys = {(f.key, f.scope) for f in figures_of(text) if f.kind == "zero_claim"}
    assert keys == {("litigation.lost", "区政府")}


def test_scopes_are_kept_apart():
    text = "以区政府为被告的行政应诉案件20件,败诉1件。以街道、部门为被告的行政应诉案件30件,败诉4件。"
    figs = only(figures_of(text), "litigation.cases")
    assert [(f.value, f.scope) for f in figs] == [(20, "区政府"), (30, "街道、部门")]


def test_list_items_inherit_the_indicator():
    text = "市级审查规范性文件8件、其他文件300份、重大合同12份。"
    figs = only(figures_of(text), "legality_review.documents")
    assert [f.value for f in figs] == [8, 300, 12]
    assert all(f.scope == "市级" for f in figs)


def test_subsets_and_other_domains_are_not_indicators():
    text = "全年调解矛盾纠纷600件,其中涉企纠纷40件。办理劳动争议仲裁案件70件。"
    figs = figures_of(text)
    assert [f.value for f in only(figs, "mediation.disputes")] == [600]
    assert not only(figs, "enforcement.cases")
    other = next(f for f in figs if f.value == 70)
    assert other.key is None and other.label


def test_derived_loss_rate_with_formula():
    text = "全年共受理行政诉讼案件16件,败诉2件。"
    figs = figures_of(text)
    derived, warnings = derive_rates(figs, text)
    assert len(derived) == 1 and not warnings
    d = derived[0]
    assert (d.key, d.value, d.formula, d.kind) == ("litigation.loss_rate", 12.5, "2/16", "derived")
    assert check_grounded(d, text) is None


def test_stated_rate_disagreeing_with_counts_is_a_warning_not_a_figure():
    text = "全年审结行政复议案件40件,纠错8件,纠错率为25%。"
    derived, warnings = derive_rates(figures_of(text), text)
    assert not derived
    assert warnings and "20.0%" in warnings[0] and "25%" in warnings[0]


def test_stated_rate_that_agrees_after_rounding_gives_no_warning():
    text = "全年审结行政复议案件176件,纠错22件,纠错率为13%。"
    assert derive_rates(figures_of(text), text) == ([], [])


def test_coverage_from_a_part_of_a_whole():
    text = "全镇二十个社区中,已有十六个社区配备了法律顾问,其余四个正在洽谈。"
    (share,) = derive_shares(figures_of(text), text)
    assert (share.key, share.value, share.formula, share.scope) == ("legal_advisor.coverage_rate", 80.0, "16/20", "社区")
    assert share.quote == "全镇二十个社区中,已有十六个社区配备了法律顾问" and check_grounded(share, text) is None
    # a stated rate wins; a part that is not of the same noun, or not about advisers, is no coverage
    stated = text + "社区法律顾问覆盖率为80%。"
    assert derive_shares(figures_of(stated), stated) == []
    for other in ("全镇二十个社区中,已有十六个村配备了法律顾问。", "全镇二十个社区中,已有十六个社区建成了调解室。"):
        assert derive_shares(figures_of(other), other) == []


def test_totals_of_adjacent_parts_only():
    text = "以区政府为被告的行政应诉案件20件。以街道、部门为被告的行政应诉案件30件。"
    totals = derive_totals(figures_of(text), text)
    assert [(t.value, t.formula) for t in totals] == [(50, "20+30")]
    far = "食品领域查处案件20起。" + "加强监管。" * 30 + "\n药品领域查处案件9起。"
    assert derive_totals(figures_of(far), far) == []


def test_grounding_rejects_changed_digit_and_invented_quote():
    text = "全年受理法律援助案件321件,挽回损失80万元。"
    ok = ground(FigureCandidate(key="legal_aid.cases", label="法律援助案件数", value=321, unit="件",
                                quote="受理法律援助案件321件"), text)
    assert isinstance(ok, Figure) and text[ok.span[0]:ok.span[1]] == ok.quote
    wrong_digit = ground(FigureCandidate(label="x", value=312, unit="件", quote="受理法律援助案件321件"), text)
    assert isinstance(wrong_digit, Rejection) and "312" in wrong_digit.reason
    invented = ground(FigureCandidate(label="x", value=321, unit="件", quote="办理法律援助案件321件"), text)
    assert isinstance(invented, Rejection)


def test_grounding_tolerates_whitespace_but_not_other_text():
    text = "全年开展普法活动\n25场。"
    assert locate("开展普法活动25场", text) == (2, 12)
    assert locate("开展普法讲座25场", text) is None


def test_check_grounded_catches_a_moved_span():
    text = "全年受理法律援助案件321件。"
    fig = figures_of(text)[0]
    moved = fig.model_copy(update={"span": (fig.span[0] + 1, fig.span[1] + 1)})
    assert check_grounded(fig, text) is None
    assert check_grounded(moved, text) is not None


def test_period_other_than_the_report_year_is_kept():
    text = "去年以来,共查处案件120件。截至10月底,受理法律援助案件88件。2025年以来主动公开信息40条。"
    figs = figures_of(text, 2025)
    periods = {f.value: f.period for f in figs}
    assert periods == {120: "去年以来", 88: "截至10月底", 40: None}


@pytest.mark.parametrize("lead,kind,direction", [
    ("同比增幅为", "change", "up"),
    ("降幅达", "change", "down"),
    ("较上年提高为", "stated", None),
    ("按时答复率提高到", "stated", None),
    ("较去年减少", "change", "down"),
])
def test_change_words(lead, kind, direction):
    from fgqa.figures.kinds import classify

    assert classify(lead, "") == (kind, direction)


def test_every_number_in_the_plans_part_is_a_goal_unless_it_already_happened():
    text = ("一、主要工作\n全年开展普法活动30场。\n二、下一步工作思路\n"
            "(一)案卷评查不合格率降至4%以下。(二)开展普法活动不少于40场。(三)针对去年已败诉的2件案件开展复盘。\n")
    figs = [f for f in figures_of(text) if f.section_id and f.section_id.startswith("s2")]
    kinds = {f.value: f.kind for f in figs}
    assert kinds == {4: "target", 40: "target", 2: "stated"}
    assert only(figures_of(text), "legal_education.events", "stated")[0].value == 30


@pytest.mark.parametrize("text", [
    "一、工作情况\n全年无败诉案件。\n二、明年打算\n力争全镇行政诉讼零败诉。\n",
    "一、工作情况\n全年无败诉案件。明年力争行政诉讼零败诉。\n",
])
def test_a_zero_said_as_a_goal_is_a_target_and_grounded(text):
    lost = only(figures_of(text), "litigation.lost")
    assert [f.kind for f in lost] == ["zero_claim", "target"]
    assert all(check_grounded(f, text) is None for f in lost)


def test_court_confirming_illegality_is_a_lost_case_and_suits_are_litigation():
    text = "以区政府为被告的涉诉案件9件,审结8件,其中2件被法院判决撤销。"
    figs = figures_of(text)
    assert only(figs, "litigation.cases")[0].value == 9
    assert only(figs, "litigation.lost")[0].value == 2
    assert only(figs, "litigation.concluded")[0].value == 8


@pytest.mark.parametrize("text,key", [
    ("以县政府为被申请人的行政复议案件5件,复议机关均予以维持。", "reconsideration.corrected"),
    ("全年未收到政府信息公开申请。", "transparency.requests"),
])
def test_verbal_zeros_of_upheld_decisions_and_no_disclosure_requests(text, key):
    (fig,) = only(figures_of(text), key, "zero_claim")
    assert fig.value == 0 and text[fig.span[0]:fig.span[1]] == fig.quote


def test_upheld_in_court_is_not_a_reconsideration_zero():
    text = "行政复议案件3件,引发的行政诉讼均被法院判决维持。"
    assert not only(figures_of(text), "reconsideration.corrected")


def test_documents_gone_through_in_a_clean_up_are_the_cleaned_count():
    figs = figures_of("开展规范性文件集中清理,共审查文件64件,废止7件。")
    assert only(figs, "normative_docs.cleaned")[0].value == 64
    assert only(figs, "normative_docs.repealed")[0].value == 7
    assert not only(figs, "legality_review.documents")


# --------------------------------------------------------------------------- derivation on long reports


def _random_figures(seed: int, n: int = 400) -> tuple[list[Figure], str]:
    """Figures of a few keys at random places, some long, overlapping or across a line break."""
    import random

    rng = random.Random(seed)
    text = "".join(rng.choice("受理案件败诉,。\n") for _ in range(n * 12))
    keys = ["litigation.lost", "litigation.cases", "litigation.concluded", "reconsideration.corrected", None]
    figs = []
    for _ in range(n):
        start = rng.randrange(len(text) - 10)
        end = min(len(text), start + rng.choice([2, 5, 30, 300, 900]))
        figs.append(Figure(key=rng.choice(keys), label="x", value=rng.randint(0, 50), unit="件", kind="stated",
                           scope=rng.choice([None, "区本级"]), quote=text[start:end], span=(start, end)))
    return figs, text


def test_nearby_figures_are_those_a_scan_of_every_figure_finds():
    from fgqa.figures.derive import _near, _NearbyByKey

    for seed in range(3):
        figs, text = _random_figures(seed)
        nearby = _NearbyByKey(figs)
        for fig in figs:
            for key in ("litigation.lost", "litigation.cases", "reconsideration.corrected", "legal_aid.cases"):
                assert nearby.near(key, fig, text) == [f for f in figs if f.key == key and _near(f, fig, text)]


def test_breakdown_parts_are_those_inside_their_total():
    from fgqa.figures.derive import unkey_breakdown_parts

    figs, _ = _random_figures(7)
    totals = [f.model_copy(update={"kind": "derived"}) for f in figs if f.key == "reconsideration.corrected"][:40]
    inside = {f.span for t in totals for f in figs if f.key == t.key and f.kind == "stated"
              and t.span[0] <= f.span[0] and f.span[1] <= t.span[1]}
    expected = [f.model_copy(update={"key": None}) if f.span in inside else f for f in figs]
    assert inside and unkey_breakdown_parts(figs, totals) == expected


# --------------------------------------------------------------------------- boundaries found once


def test_boundaries_found_once_answer_as_the_scans_do():
    import random

    from fgqa.figures import context

    rng = random.Random(3)
    pieces = ["受理", "案件", "12件", "。", ",", "，", ":", ";", "\n", "!", "？", " ", " 一、", " (二)", " （3）", " 十二是",
              " 三是", " 一", "、", "(", "4", ")", "是", "x"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        bounds = context.Boundaries(text)
        for _ in range(30):
            pos = rng.randint(0, len(text) + 1)
            limit = rng.choice([None, rng.randint(0, len(text) + 1)])
            floor = rng.randint(0, len(text))
            assert bounds.sentence_start(pos, floor) == context.scan_sentence_start(text, pos, floor), (text, pos, floor)
            assert bounds.sentence_start(pos) == context.scan_sentence_start(text, pos)
            assert bounds.clause_start(pos, floor) == context.clause_start(text, pos, floor)
            assert bounds.sentence_end(pos, limit) == context.sentence_end(text, pos, limit), (text, pos, limit)
            assert bounds.clause_end(pos, limit) == context.clause_end(text, pos, limit)


# --------------------------------------------------------------------------- a sentence read once for all its numbers


def _random_sentences(seed: int, n: int, pieces: list[str]) -> list[str]:
    import random

    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(n)]


_LEAD_PIECES = ["全区", "全市各部门", "全县", "领域", "食品安全领域", "区本级", ",镇级", "、街道级", "以区政府为被告", "的", "被申请人为区局的",
                "人民调解", "区法院", "街乡、部门", "去年以来", "2023年以来", "截至10月底", "1-10月", "近三年", "十四五期间", "行政诉讼",
                "复议", "调解", "纠纷", "普法", "宣传", "公开", "审查", "清理规范性文件", "专项清理", "受理", "案件", "12件", "年", "3",
                "月", "-", "至", "部门", "x", "全", "区", "镇", "以", "为"]


def test_prefix_scan_finds_what_a_scan_of_each_prefix_finds():
    import re

    from fgqa.figures.prefix import PrefixScan
    from fgqa.figures.scope import _PERIOD, _SCOPE_PATTERNS
    from fgqa.lexicon import lexicon

    patterns = [lexicon().domains.pattern, _PERIOD, *_SCOPE_PATTERNS, re.compile(r"a[^,]{0,3}b|ab"),
                re.compile(r"全区(?!部门)"), re.compile(r"x$")]
    for s in _random_sentences(5, 150, _LEAD_PIECES + ["a", "b", ",", "ab"]):
        for pattern in patterns:
            scan = PrefixScan(pattern, s)
            for k in range(len(s) + 1):
                expected = list(pattern.finditer(s[:k]))
                got = scan.matches(k)
                assert [(m.span(), m.lastgroup) for m in got] == [(m.span(), m.lastgroup) for m in expected], (pattern, s, k)
                last = scan.last(k)
                assert (last.span() if last else None) == (expected[-1].span() if expected else None)
                assert scan.groups(k) == frozenset(m.lastgroup for m in expected if m.lastgroup)
    assert not PrefixScan(re.compile(r"全区(?!部门)"), "").safe and PrefixScan(re.compile(r"(?<!年)\d月"), "").safe


def test_scope_and_period_read_once_equal_reading_each_prefix():
    from fgqa.figures.scope import _WHOLE, SentenceReader, _WholeArea, period_of, scope_of

    for s in _random_sentences(9, 300, _LEAD_PIECES):
        reader, whole = SentenceReader(s), _WholeArea(s)
        for k in range(len(s) + 1):
            assert reader.scope(k) == scope_of(s[:k]), (s, k)
            assert reader.period(k, 2023) == period_of(s[:k], 2023)
            found = _WHOLE.search(s, 0, k)
            first = whole.first(k)
            assert (first.span() if first else None) == (found.span() if found else None), (s, k)


def test_the_word_after_a_period_is_read_as_in_the_words_before_the_number():
    """SentenceLeads.followed_by (a long sentence finds each word's occurrences once) answers
    what `pattern.match(w, w.rfind(word) + len(word))` of the words `w` up to the number does."""
    import re

    from fgqa.figures import leads
    from fgqa.lexicon import lexicon

    after = re.compile(r"(?:以来|来)?(?:出台|制定|受理)的")
    words = ["2023年以来", "2023年", "以来", "近三年", "年", "出台的", "制定", "的", "受理的", "案件", "3件", ",", "至"]
    for s in _random_sentences(13, 200, words):
        text = "前文。" + s
        for short in (True, False):
            sentence = leads.SentenceLeads(text, 3, len(text), lexicon())
            sentence.short = short
            for word in ("2023年以来", "2023年", "年", "近三年"):
                for pos in range(3, len(text) + 1):
                    w = text[3:pos]
                    at = w.rfind(word)
                    expected = at >= 0 and after.match(w, at + len(word)) is not None
                    assert sentence.followed_by(word, after, pos) == expected, (s, word, pos, short)


def test_a_plan_sentence_is_found_from_the_full_stops_found_once():
    """_in_plan_sentence finds its sentence's start by bisecting the text's full stops: the
    start a search back for each mark from the number finds, on random texts."""
    import random

    from fgqa.figures import extract as ex
    from fgqa.lexicon import lexicon

    lex, rng = lexicon(), random.Random(17)
    pieces = ["。", "；", "\n", "!", "下一步", "2026年", "到2027年", "力争", "全面", "受理", "案件", "12件", "达到", "95%", ",", "将"]
    tried = 0
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 120)))
        stops = [m.start() for m in ex._FULL_STOP_RE.finditer(text)]
        for pos in range(len(text) + 1):
            floor = max(0, pos - ex.PLAN_REACH)
            start = max(max(text.rfind(ch, floor, pos) + 1 for ch in ex._FULL_STOP), floor)
            m = lex.kinds.plan_sentence.match(text[start:pos])
            expected = m is not None and (m.group("year") is None or int(m.group("year")) > 2025)
            tried += expected
            # (no colon among the pieces: no paragraph opens a plan_list, the sentence decides)
            breaks = [i for i in stops if text[i] == "\n"]
            assert ex._in_plan_sentence(lex, text, pos, 2025, stops, breaks) == expected, (text, pos)
    assert tried > 100  # plan sentences were among them


def test_long_sentences_give_the_figures_of_short_ones():
    """A sentence past the length read per number is scanned once: same figures as when
    each number's words are read again."""
    from fgqa.figures import leads

    text = ("一、主要举措\n" + "全区共受理以区政府为被告的行政诉讼案件12件,区本级败诉2件,去年以来调解纠纷30件,"
            "食品安全领域查处案件7件,审查规范性文件4件、合同18份," * 12 + "均无败诉案件。\n")
    secs = outline(text).sections
    long_read = extract_figures(text, secs)
    saved = leads.SHORT_SENTENCE
    try:
        leads.SHORT_SENTENCE = len(text)
        short_read = extract_figures(text, secs)
    finally:
        leads.SHORT_SENTENCE = saved
    assert len(long_read) > 60 and long_read == short_read
    assert len({f.scope for f in long_read}) >= 3  # scopes, periods and a zero claim are read
    assert any(f.period == "去年以来" for f in long_read) and any(f.kind == "zero_claim" for f in long_read)


def test_positions_in_table_spans_by_binary_search():
    import random

    from fgqa.figures.extract import _Spans

    rng = random.Random(1)
    for _ in range(500):
        spans = [(lo, lo + rng.randint(0, 10)) for lo in (rng.randint(0, 50) for _ in range(rng.randint(0, 6)))]
        union = _Spans(spans)
        assert all(union.holds(pos) == any(lo <= pos < hi for lo, hi in spans) for pos in range(-2, 65)), spans


def test_occurrences_answer_what_a_search_of_each_range_finds():
    import random
    import re

    from fgqa.figures.prefix import Occurrences
    from fgqa.lexicon import lexicon

    g = lexicon().grammar
    patterns = [g.part_cue, g.scope_place, g.narrower_scope, g.whole_area, re.compile(r"a[^,]{0,3}b|ab"),
                re.compile(r"(?<=a)b+"), re.compile(r"^ab|b"), re.compile(r"a+b")]
    rng = random.Random(3)
    for s in _random_sentences(7, 80, _LEAD_PIECES + ["a", "b", ",", "ab", "其中", "包括", "在", "各街道", "以区政府为被告"]):
        for pattern in patterns:
            occ = Occurrences(pattern, s)
            for _ in range(60):
                pos = rng.randint(0, len(s))
                end = rng.randint(pos, len(s))
                assert occ.found(pos, end) == (pattern.search(s, pos, end) is not None), (pattern, s, pos, end)
                assert occ.found_in_slice(pos, end) == (pattern.search(s[pos:end]) is not None), (pattern, s, pos, end)
    assert not Occurrences(g.whole_area, "").safe and Occurrences(g.part_cue, "").safe


_WHOSE_PIECES = ["各街道", "以区政府为被告的", "以市、县政府为被告的", "街道层面", "区政府作为被告", "其中", "包括", "在", "深入",
                 "全区", "全市", "全区各部门", "区内行政机关", ",", "，", ";", ":", "受理", "案件", "12件", "审结", "3件", "的",
                 "各社区", "乡镇、部门", "全县各乡镇", "x"]


def test_a_long_sentence_read_once_gives_each_number_the_scope_of_its_own_words():
    from fgqa.figures.whose import _LongSentence, _scope_cue_in
    from fgqa.lexicon import lexicon

    for s in _random_sentences(11, 400, _WHOSE_PIECES):
        sentence = _LongSentence(s, lexicon())
        for k in range(len(s) + 1):
            assert sentence.scope_cue(k) == _scope_cue_in(s[:k]), (s, k)


def _primary_read_pairwise(figures, text, issuer):  # type: ignore[no-untyped-def]
    """mark_primary's parts as it read them before (each figure against each of its key's,
    a search back to the sentence start): the reference the linear reading must agree with."""
    from fgqa.figures import context, primary, whose
    from fgqa.lexicon import lexicon
    from fgqa.models import YEAR_KINDS

    def part_after(total, part):  # type: ignore[no-untyped-def]
        start = context.scan_sentence_start(text, part.span[0])
        return total.span[0] >= start and lexicon().grammar.part_cue.search(text, total.span[1], part.span[0]) is not None

    def exact_parts(total, group):  # type: ignore[no-untyped-def]
        return all(f.qualifier == "exact" for f in group
                   if f is not total and not whose.is_total_of_parts(f) and primary._inside(f, total))

    def is_part(fig, group):  # type: ignore[no-untyped-def]
        lead = text[context.scan_sentence_start(text, fig.span[0]):fig.span[1]]
        cue = whose._scope_cue_in(lead) if not whose.is_total_of_parts(fig) else None
        if cue is not None and not (issuer and whose.same_body(cue, whose.core(issuer))):
            return True
        for total in group:
            if total is fig or total.kind not in YEAR_KINDS:
                continue
            if (whose.is_total_of_parts(total) and primary._inside(fig, total) and not whose.is_total_of_parts(fig)
                    and exact_parts(total, group)):
                return True
            if total.kind == "stated" and total.span[1] <= fig.span[0] and part_after(total, fig):
                return True
        return False

    by_key: dict[str, list] = {}
    for f in figures:
        if f.key:
            by_key.setdefault(f.key, []).append(f)
    return {id(f): is_part(f, group) for group in by_key.values() for f in group}


def test_the_parts_of_each_key_read_once_are_those_read_pair_by_pair():
    import random

    from fgqa.figures import primary
    from fgqa.lexicon import lexicon

    clauses = ["全区受理行政复议案件{n}件", "其中各街道受理{n}件", "以区政府为被告的行政诉讼案件{n}件", "败诉{n}件", "其中简易程序{n}件",
               "一般程序{n}件", "街道层面调解纠纷{n}件", "共审查规范性文件{n}件", "包括区本级{n}件", "全区共调解纠纷{n}件",
               "审结{n}件", "区政府作为被告{n}件", "近{n}件"]
    rng = random.Random(4)
    lexicon()
    checked = 0
    for _ in range(40):
        text = "青禾区2024年法治政府建设情况报告\n" + "".join(
            rng.choice(clauses).format(n=rng.randint(1, 60)) + rng.choice([",", ",", "、", "。", ";", "\n"]) for _ in range(rng.randint(5, 60)))
        figures = extract_figures(text, outline(text).sections)
        for issuer in (None, "青禾区人民政府"):
            expected = _primary_read_pairwise(figures, text, issuer)
            by_key: dict[str, list] = {}
            for f in figures:
                if f.key:
                    by_key.setdefault(f.key, []).append(f)
            for group in by_key.values():
                parts = primary._Parts(group, text, issuer)
                for f in group:
                    assert parts.is_part(f) == expected[id(f)], (text, f)
                    checked += 1
    assert checked > 1000


def test_scope_of_skipping_the_patterns_whose_words_are_absent_finds_what_running_all_finds(monkeypatch):
    """scope_of runs only the patterns without needles when one search finds none of the other
    patterns' words: the same scope as running every pattern, on random leads of scope words."""
    import random
    import re

    from fgqa.figures import scope

    rng = random.Random(9)
    words = ["全区", "各街道", "区政府本级", "街乡、部门", "其中", "以区政府为被告的", "复议机关", "食品安全领域",
             "各乡镇", "市级", "共受理", "案件", "(", ")", ",", "行政诉讼", "被申请人为", "法院", "人民调解", "类案件"]
    leads = ["".join(rng.choice(words) for _ in range(rng.randint(0, 7))) for _ in range(3000)]
    fast = [scope.scope_of(lead) for lead in leads]
    monkeypatch.setattr(scope, "_ANY_NEEDLE", re.compile(""))
    assert fast == [scope.scope_of(lead) for lead in leads]
    assert any(fast) and not all(fast)
