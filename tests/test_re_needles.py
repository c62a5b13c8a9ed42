"""fgqa/re_needles.py: the literal words every match of a pattern holds, and skipping texts without them."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from fgqa import re_cache
from fgqa.documents import load_document
from fgqa.re_needles import absent, finditer_near, of_source, window_of_source
from helpers import compile_every_pattern

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?:行政诉讼|行政应诉|诉讼)?零败诉", ("零败诉",)),  # the optional opening gives nothing, the run after it does
    (r"败诉率(?:为|是)?(?:零|0)(?![.\d%])", ("败诉率",)),  # a lookahead's words are not consumed
    (r"(?<!全)((?:区|市|县)(?:人民)?法院)", ("法院",)),  # nor a lookbehind's
    (r"(?:零纠错|零撤改|(?:无|没有)(?:被)?纠错)", ("纠错", "零撤改")),  # every alternative's; 零纠错 holds 纠错
    (r"(?:复议){2,}案", ("复议",)),  # a repeat taken at least once
    (r"(?:复议)*案件", ("案件",)),
    (r"[\u4e00-\u9fff]{2,6}领域", ("领域",)),
    (r"(?P<a>法律援助)|(?P<b>调解)", ("法律援助", "调解")),
])
def test_the_words_every_match_holds(pattern, expected):
    assert of_source(pattern, 0) == expected


@pytest.mark.parametrize("pattern", [
    r"(?:复议)?", r"[\u4e00-\u9fff]+", r"\d+件|.", r"a|b|c|d|e|f|g",  # nothing sure, or more alternatives than pay
    r"(?i)abc", r"(?i:abc)", r"(\w)\1", r"(?:x)?(?=败诉)",  # case-blind, a back reference, a lookahead only
])
def test_no_words_where_no_literal_is_sure(pattern):
    assert of_source(pattern, 0) is None
    assert of_source(pattern, re.IGNORECASE) is None


def test_a_text_without_the_words_is_skipped_and_one_with_them_is_not():
    found = of_source(r"(?:行政)?复议(?:申请|案件)", 0)
    assert absent(found, "受理诉讼案件12件") and not absent(found, "受理复议申请12件")
    assert absent(found, "复议申请", 2) and not absent(found, "xx复议申请", 2, 4) and absent(found, "xx复议申请", 0, 3)
    assert not absent(None, "")  # no words known: the pattern is always run


def _package_patterns() -> list[re.Pattern[str]]:
    return [re.compile(pattern, int(flags)) for flags, pattern in (key.split(":", 1) for key in compile_every_pattern())]


def test_every_match_of_every_pattern_of_the_package_holds_one_of_its_words():
    """On the fixture reports and on random strings made of the patterns' own characters (where
    matches are likely), every match of every pattern fgqa compiled contains one of its needles,
    and a text the needles are absent from has no match."""
    texts = [load_document(p).text for p in sorted((ROOT / "evals" / "corpus").iterdir())]
    rng = random.Random(9)
    patterns = _package_patterns()
    assert len(patterns) > 300
    with_needles = 0
    for pattern in patterns:
        found = re_cache.needles(pattern)
        assert found == of_source(pattern.pattern, pattern.flags)  # the cached words are the tree's
        if found is None:
            continue
        with_needles += 1
        alphabet = [c for c in pattern.pattern if not c.isspace()] + list("，。、的了件12")
        samples = texts + ["".join(rng.choice(alphabet) for _ in range(rng.randint(5, 60))) for _ in range(60)]
        samples += [rng.choice(found) + s[:20] for s in samples[-20:]]
        for s in samples:
            matches = list(pattern.finditer(s))
            assert all(any(n in m.group() for n in found) for m in matches), (pattern.pattern, s)
            if absent(found, s):
                assert not matches and pattern.search(s) is None
    assert with_needles > 150  # most of the package's patterns have some


@pytest.mark.parametrize(("pattern", "window"), [
    (r"(?:行政诉讼|行政应诉|诉讼)?零败诉", 7),
    (r"(?<!全)((?:区|市|县)(?:人民)?法院)", 5),  # a lookbehind looks before the match: allowed
    (r"^复议[^,，。]{0,8}案件", 12),  # so does ^
    (r"(a)(?(1)b|c)", 2),
    (r"败诉率(?:为|是)?(?:零|0)(?![.\d%])", 6),  # a lookahead reads one character past the match
    (r"零败诉\b", 4), (r"(?<=(?=x)a)败诉", 3), (r"零(?=(?!败诉)[^，]{1,3})件", 7),  # nested: counted in full
    (r"零败诉$", None), (r"零败诉\Z", None), (r"(?=零$)零", None),  # whether the text ends there
    (r"复议\d+件", None), (r"复议[^。]{0,500}", None), (r"零(?=败诉[^。]*)", None),  # no longest match, or one too long to pay
])
def test_the_window_is_how_far_past_its_start_a_match_attempt_reads(pattern, window):
    assert window_of_source(pattern, 0) == window


def test_a_search_near_the_needles_finds_what_finditer_finds():
    """Every pattern of the package with needles and a window, on the fixture reports, on
    random strings of its own characters and on slices (pos, endpos): the same matches, groups
    and all, as pattern.finditer."""
    texts = [load_document(p).text for p in sorted((ROOT / "evals" / "corpus").iterdir())]
    rng = random.Random(11)
    tried = 0
    for pattern in _package_patterns():
        found, window = re_cache.needles(pattern), re_cache.window(pattern)
        assert window == window_of_source(pattern.pattern, pattern.flags)  # the cached window is the tree's
        if found is None or window is None:
            continue
        tried += 1
        alphabet = [c for c in pattern.pattern if not c.isspace()] + list("，。、的了件12")
        samples = texts + ["".join(rng.choice(alphabet) for _ in range(rng.randint(5, 200))) for _ in range(40)]
        for s in samples:
            pos, endpos = rng.randint(0, len(s) // 3), rng.randint(len(s) // 2, len(s))
            for args in ((), (pos,), (pos, endpos)):
                want = [(m.span(), m.groups()) for m in pattern.finditer(s, *args)]
                got = [(m.span(), m.groups()) for m in finditer_near(pattern, found, window, s, *args)]
                assert got == want, (pattern.pattern, s, args)
    assert tried > 100


@pytest.mark.parametrize("source", [r"零败诉(?![率案])", r"败诉(?:率)?(?=[为是]?零)", r"(?:无|零)败诉\b", r"败诉(?=(?!率)[^，]{1,3}件)"])
def test_a_search_near_the_needles_of_a_pattern_that_looks_ahead(source):
    """A lookahead (or word boundary) right at the window's end reads what the whole text holds
    there: the same matches as finditer, on random strings of the pattern's own characters."""
    pattern = re.compile(source)
    found, window = of_source(source, 0), window_of_source(source, 0)
    assert found is not None and window is not None
    rng = random.Random(3)
    alphabet = list("零无败诉率案为是件，a1")
    for _ in range(400):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        pos, endpos = rng.randint(0, len(s)), rng.randint(0, len(s))
        for args in ((), (pos,), (pos, endpos)):
            want = [(m.span(), m.groups()) for m in pattern.finditer(s, *args)]
            assert [(m.span(), m.groups()) for m in finditer_near(pattern, found, window, s, *args)] == want, (s, args)


class _CountingText(str):
    """A text that counts the characters its `find` reads."""

    read = 0

    def find(self, sub: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
        lo, hi = start or 0, len(self) if end is None else end
        found = super().find(sub, lo, hi)
        _CountingText.read += (found if found >= 0 else hi) - lo
        return found


@pytest.mark.parametrize("rare", ["", "丙丁3件"], ids=["rare needle absent", "rare needle at the end"])
def test_a_search_near_the_needles_reads_the_text_once_per_needle(rare):
    """A frequent needle and a rare one: the rare one is looked for once, not again from every
    occurrence of the frequent one (which read the rest of the text per occurrence)."""
    pattern = re.compile(r"(?:甲乙|丙丁)[0-9]{1,3}件")
    found, window = of_source(pattern.pattern, 0), window_of_source(pattern.pattern, 0)
    assert found == ("丙丁", "甲乙") and window == 6
    text = _CountingText("，".join(f"甲乙{i % 900 + 1}件" for i in range(20_000)) + rare)
    _CountingText.read = 0
    got = finditer_near(pattern, found, window, text)
    assert [m.span() for m in got] == [m.span() for m in pattern.finditer(str(text))]
    assert _CountingText.read <= 2 * len(found) * len(text)  # the rest of the text per 甲乙 before: ~20,000 × as much
