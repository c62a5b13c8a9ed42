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
from fgqa.models import DocInfo, Document, Meta, Section
from fgqa.pipeline import summarize_document
from fgqa.sections import outline

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

    def __hash__(self) -> int:
        return id(self)

    def _count(self, string: str, pos: int, endpos: int | None) -> None:
        self.read += max(0, min(len(string), len(string) if endpos is None else endpos) - pos)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None):  # type: ignore[no-untyped-def]
        self._count(string, pos, endpos)
        return self.inner.finditer(string, pos, len(string) if endpos is None else endpos)

    def search(self, string: str, pos: int = 0, endpos: int | None = None):  # type: ignore[no-untyped-def]
        self._count(string, pos, endpos)
        return self.inner.search(string, pos, len(string) if endpos is None else endpos)

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
    result = RulesEngine().extract(Document(info=DocInfo(path="x.txt", sha256="0" * 64, chars=len(text)), text=text, meta=Meta()),
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
        figures = extract_figures(text, outline(text).sections)
    assert len(figures) >= 3000 and len(text) > 30_000
    # read per number, each pattern would read ~1500 × the text; once per sentence, about once
    for pattern in (domains, period, *scopes):
        assert pattern.read <= 4 * len(text), pattern.pattern


def test_derivation_compares_only_nearby_figures(monkeypatch: pytest.MonkeyPatch):
    text = numbers_without_a_break(3000)
    figures = extract_figures(text, outline(text).sections)
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
