"""Linear time: long reports do not make any stage rescan the text per number.

Timing is left to scripts/benchmark.py (the machines are shared and noisy). These tests
count the work instead (sections scanned, characters read by the lead patterns, pairs of
figures compared), which does not depend on the machine, and keep one generous wall-clock
bound on each pathological input, far above today's time and far below the quadratic one.
"""

from __future__ import annotations

import dataclasses
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from fgqa.documents import load_document
from fgqa.documents.html_text import html_to_text
from fgqa.engines.rules import RulesEngine
from fgqa.figures import derive, scope
from fgqa.figures.extract import extract_figures
from fgqa.lexicon import lexicon, using
from fgqa.models import Section
from fgqa.pipeline import summarize_document
from fgqa.sections import outline
from helpers import document, figures_of

CUES = ["受理行政复议案件", "审结行政诉讼案件", "败诉", "纠错", "调解纠纷", "开展普法活动", "审查规范性文件", "区本级办理"]
UNITS = ["件", "件", "起", "场", "件", "场", "件", "件"]


def numbers_without_a_break(count: int) -> str:
    """Counts in one endless clause list: commas, no full stop, no line break."""
    items = [f"{CUES[i % len(CUES)]}{i + 1}{UNITS[i % len(UNITS)]}," for i in range(count)]
    return "青禾区2024年法治政府建设情况报告\n2024年," + "".join(items)


def many_sections(count: int) -> str:
    cn = "一二三四五六七八九"
    body = "".join(f"({cn[i % 9]})第{i}项工作\n全年受理行政复议案件{i + 3}件,审结{i + 2}件,纠错{i % 3}件。\n"
                   for i in range(count))
    return f"青禾区2024年法治政府建设情况报告\n一、主要举措和成效\n{body}二、存在的不足\n力量不足。\n三、下一步打算\n继续推进。\n"


class CountingSections(list[Section]):
    """A section list that counts how often it is scanned from start to end."""

    scans = 0

    def __iter__(self) -> Iterator[Section]:
        CountingSections.scans += 1
        return super().__iter__()


@dataclasses.dataclass
class CountingPattern:
    """A compiled pattern that counts the characters its scans may read."""

    inner: re.Pattern[str]
    read: int = 0

    @property
    def pattern(self) -> str:
        return self.inner.pattern

    @property
    def flags(self) -> int:
        return self.inner.flags

    def __hash__(self) -> int:
        return id(self)

    def _count(self, string: str, pos: int, endpos: int | None) -> None:
        self.read += max(0, min(len(string), len(string) if endpos is None else endpos) - pos)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None):  # type: ignore[no-untyped-def]
        self._count(string, pos, endpos)
        return self.inner.finditer(string, pos, len(string) if endpos is None else endpos)

    def search(self, string: str, pos: int = 0, endpos: int | None = None):  # type: ignore[no-untyped-def]
        found = self.inner.search(string, pos, len(string) if endpos is None else endpos)
        self._count(string, pos, endpos if found is None else found.end())  # a search stops at its match
        return found

    def match(self, string: str, pos: int = 0, endpos: int | None = None):  # type: ignore[no-untyped-def]
        return self.inner.match(string, pos, len(string) if endpos is None else endpos)

    def fullmatch(self, string: str):  # type: ignore[no-untyped-def]
        return self.inner.fullmatch(string)


def test_sections_are_looked_up_not_scanned_per_number():
    text = many_sections(600)
    sections = outline(text).sections
    assert len(sections) > 600
    CountingSections.scans = 0
    counted = CountingSections(sections)
    result = RulesEngine().extract(document(text, "x.txt"),
                                   counted)
    assert len(result.figures) > 1500 and len(result.summaries) == len(sections)
    assert CountingSections.scans <= 10  # a scan per number or per section would be thousands


def test_the_words_before_each_number_are_read_once_per_sentence(monkeypatch: pytest.MonkeyPatch):
    text = numbers_without_a_break(3000)
    lex = lexicon()
    domains = CountingPattern(lex.domains.pattern)
    scopes = tuple(CountingPattern(p) for p in scope._SCOPE_PATTERNS)
    period = CountingPattern(scope._PERIOD)
    monkeypatch.setattr(scope, "_SCOPE_PATTERNS", scopes)
    monkeypatch.setattr(scope, "_PERIOD", period)
    counting = lex._replace(domains=lex.domains._replace(pattern=domains))  # type: ignore[arg-type]
    with using(counting):
        figures = figures_of(text)
    assert len(figures) >= 3000 and len(text) > 30_000
    # read per number, each pattern would read ~1500 × the text; once per sentence, about once
    for pattern in (domains, period, *scopes):
        assert pattern.read <= 4 * len(text), pattern.pattern


def test_derivation_compares_only_nearby_figures(monkeypatch: pytest.MonkeyPatch):
    text = numbers_without_a_break(3000)
    figures = figures_of(text)
    calls = 0
    near = derive._near

    def counting_near(a, b, t):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return near(a, b, t)

    monkeypatch.setattr(derive, "_near", counting_near)
    derive.derive_rates(figures, text)
    stated = sum(f.kind == "stated" for f in figures)
    assert stated > 2000
    assert calls <= 100 * stated  # all pairs would be millions


@pytest.mark.parametrize("page,lines", [
    ("<body>" + "".join(f"<div>第{i}段" for i in range(20_000)) + "</div>" * 20_000 + "</body>", 20_000),
    ("<table><tr><td>" * 5_000 + "正文" + "</td></tr></table>" * 5_000, 1),
    ("<body>" + "<nav>导航</nav><p>正文</p>" * 20_000 + "</body>", 20_000),
])
def test_deep_and_wide_html_within_a_generous_bound(page: str, lines: int):
    started = time.perf_counter()
    assert len(html_to_text(page).splitlines()) == lines
    assert time.perf_counter() - started < 30  # about 1 s today; editing bs4's tree per element took minutes


def test_numbers_without_a_sentence_break_within_a_generous_bound(tmp_path: Path):
    path = tmp_path / "numbers.txt"
    path.write_text(numbers_without_a_break(15_000), encoding="utf-8")
    started = time.perf_counter()
    summary = summarize_document(load_document(path), RulesEngine())
    assert sum(len(s.figures) for s in summary.sections) >= 15_000
    assert time.perf_counter() - started < 60  # a few seconds today; rescanning the sentence per number took minutes


# --------------------------------------------------------------------------- the report's own figure (primary)

#: clauses a report's figures are said in: totals and their parts (其中), the streets' and the
#: government's own cases, a place, the whole area named again
PRIMARY_CLAUSES = ["全区受理行政复议案件{n}件", "其中各街道受理{n}件", "以区政府为被告的行政诉讼案件{n}件", "败诉{n}件",
                   "在各社区开展普法活动{n}场", "街道层面调解纠纷{n}件", "共审查规范性文件{n}件", "包括区本级{n}件",
                   "全区共调解纠纷{n}件", "审结{n}件"]


def primary_clauses(count: int, per_sentence: int) -> str:
    """`count` clauses of figures, `per_sentence` of them to a sentence (0: one endless sentence)."""
    items = [PRIMARY_CLAUSES[i % len(PRIMARY_CLAUSES)].format(n=i % 97 + 1)
             + ("。\n" if per_sentence and i % per_sentence == per_sentence - 1 else ",") for i in range(count)]
    return "青禾区2024年法治政府建设情况报告\n2024年," + "".join(items)


class CountingText(str):
    """A text that counts the characters read through its own methods (searches back for a
    sentence start, slices of a sentence's words)."""

    read = 0

    def rfind(self, sub: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
        lo, hi = start or 0, len(self) if end is None else end
        found = super().rfind(sub, lo, hi)
        CountingText.read += hi - (found if found >= 0 else lo)
        return found

    def find(self, sub: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
        lo, hi = start or 0, len(self) if end is None else end
        found = super().find(sub, lo, hi)
        CountingText.read += (found if found >= 0 else hi) - lo
        return found

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        got = super().__getitem__(key)
        CountingText.read += len(got) if isinstance(key, slice) else 1
        return got


@pytest.mark.parametrize("per_sentence", [0, 10], ids=["one endless sentence", "sentences of ten clauses"])
def test_the_own_figure_of_each_key_is_found_reading_each_sentence_once(monkeypatch: pytest.MonkeyPatch, per_sentence: int):
    """mark_primary asks of every figure whose it is (its sentence's scope phrases) and whether
    it is a part of a total before it: per figure against every other figure of its key, with a
    search back to its sentence start, that was quadratic (a 650k-character report took
    minutes). Counted: characters read by the text's own searches and slices and by the
    patterns of whose figure it is, and how often a figure is asked whether it is a total."""
    from fgqa.figures import primary

    text = primary_clauses(3000, per_sentence)
    figures = figures_of(text)
    assert len(figures) >= 3000 and len(text) > 30_000
    grammar = lexicon().grammar
    patterns = {name: CountingPattern(getattr(grammar, name))
                for name in ("narrower_scope", "part_cue", "scope_place", "whole_area", "defendant_scope")}
    for name, pattern in patterns.items():
        monkeypatch.setitem(grammar.__dict__["_patterns"], name, pattern)
    asked = 0
    is_total = primary.is_total_of_parts

    def counting_is_total(fig):  # type: ignore[no-untyped-def]
        nonlocal asked
        asked += 1
        return is_total(fig)

    monkeypatch.setattr(primary, "is_total_of_parts", counting_is_total)
    CountingText.read = 0
    marked = primary.mark_primary(figures, CountingText(text), "青禾区人民政府")
    assert sum(f.primary for f in marked) >= 3  # the keys' own figures are found
    # a short sentence's words are read again for each of its figures (a few times the text);
    # a search back to the sentence start per figure reads it ~1500 times
    assert CountingText.read <= 12 * len(text)
    for name, pattern in patterns.items():
        assert pattern.read <= 12 * len(text), name  # the same
    assert asked <= 10 * len(figures)  # each figure against each of its key's: ~10^6


def test_a_count_said_again_in_words_is_derived_asking_each_figure_its_sentence_once(monkeypatch: pytest.MonkeyPatch):
    """derive_all_of ("…行政诉讼案件4件,均已审结" → 4 concluded) asked, for every match of its words,
    every figure of the text for its sentence start (matches × figures: minutes on a long report)."""
    text = "青禾区2024年法治政府建设情况报告\n" + "".join(
        f"受理行政诉讼案件{i % 90 + 5}件,均已审结。审结行政诉讼案件{i % 80 + 2}件。受理行政复议案件{i % 70 + 3}件,全部办结。"
        for i in range(1000))
    figures = figures_of(text)
    asked = 0
    start = derive.sentence_start

    def counting_start(t, pos, floor=0):  # type: ignore[no-untyped-def]
        nonlocal asked
        asked += 1
        return start(t, pos, floor)

    monkeypatch.setattr(derive, "sentence_start", counting_start)
    derived = derive.derive_all_of(figures, text)
    assert len(figures) >= 3000 and len(derived) >= 1500  # each count is concluded in words
    assert asked <= 4 * (len(figures) + len(derived))  # a figure per match and rule: ~10^7


def test_the_figures_of_an_endless_sentence_read_the_text_a_bounded_number_of_times():
    """Every number of a sentence with no break asked things of its words up to it by cutting
    them out (whether its period names when the counted things were made; whether its passage
    rules its cue out), and the zero claims searched the rest of the text for a rare word from
    every occurrence of a frequent one: each quadratic (2 MB took 35 s instead of 6). Counted:
    characters read by the text's own searches and slices, through the whole figure stage."""
    text = numbers_without_a_break(4000)
    sections = outline(text).sections
    CountingText.read = 0
    figures = extract_figures(CountingText(text), sections, 2024)
    assert len(figures) >= 4000
    assert CountingText.read <= 100 * len(text)  # ~50 × today; each of the three above alone: 1,000–2,000 ×


def test_a_breakdown_opening_is_read_in_the_last_words_before_the_clause():
    """extract cuts only BREAKDOWN_REACH characters before a clause for opens_breakdown: the
    lexicon pattern's longest match ([breakdown] opens) and a final newline fit in them, and it
    ends at `$` (a longer pattern written into the data fails here)."""
    from re import _parser  # type: ignore[attr-defined]

    from fgqa.figures import part_subjects
    from fgqa.lexicon import lexicon

    words = lexicon().breakdown
    assert words is not None and words.opens is not None
    pattern = words.opens
    assert pattern.pattern.endswith("$")
    assert _parser.parse(pattern.pattern, pattern.flags).getwidth()[1] + 1 <= part_subjects.BREAKDOWN_REACH
    for before in ("从分布看,", "全年受理案件120件。按案件所在地统计:", "x" * 40 + "分地区,\n", "按看,市本级"):
        assert part_subjects.opens_breakdown(before) == part_subjects.opens_breakdown(before[-part_subjects.BREAKDOWN_REACH:])
