"""`fgqa view` checked in a real browser (Debian's chromium, driven by Playwright).

The pages are rendered from the rules engine's summary of a fixture, then the rendered DOM
is read back: one highlight per figure, every highlight's text equal to its figure's quote,
the indicator table linking to the highlights, no script from a report ever running, and a
100-report overview that opens and sorts in under a second.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from fgqa.documents import load_document
from fgqa.engines.factory import build_engine
from fgqa.models import Summary
from fgqa.pipeline import summarize_document
from fgqa.render.html import section_figures
from fgqa.render.html_output import write_corpus_pages, write_report_page

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "evals" / "corpus"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

if CHROMIUM is None:
    if os.environ.get("CI"):
        pytest.fail("chromium is not installed: .ci/run installs Debian's chromium package", pytrace=False)
    pytest.skip("no chromium on this machine (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


def _summarize(path: Path) -> tuple[Summary, str]:
    doc = load_document(path)
    return summarize_document(doc, build_engine("rules")), doc.text


def _open(browser, path: Path, width: int = 1280):
    page = browser.new_page(viewport={"width": width, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("request", lambda req: errors.append(f"request {req.url}") if not req.url.startswith("file:") else None)
    page.goto(path.as_uri())
    return page, errors


# a fixture whose figures nest and overlap (derived totals over their counts) and a plain one
@pytest.mark.parametrize("fixture", ["b_district_chrome.html", "a_city_plain.txt"])
def test_every_figure_is_one_highlight_whose_text_is_its_quote(browser, tmp_path: Path, fixture: str) -> None:
    summary, text = _summarize(CORPUS / fixture)
    figures = section_figures(summary)
    out = write_report_page(summary, text, tmp_path / "page.html")
    page, errors = _open(browser, out)
    texts = page.evaluate("""() => {
        const byFig = {};
        for (const el of document.querySelectorAll('mark[data-fig]')) {
            (byFig[el.dataset.fig] = byFig[el.dataset.fig] || []).push(el);
        }
        // a highlight drawn in pieces (it crosses another's end) is read as its pieces joined
        const out = {};
        for (const [k, els] of Object.entries(byFig)) {
            out[k] = els.filter(el => !els.some(o => o !== el && o.contains(el))).map(el => el.textContent).join('');
        }
        return out;
    }""")
    assert len(texts) == len(figures) > 0
    for i, fig in enumerate(figures):
        assert texts[str(i)] == fig.quote, (i, fig.quote)
    # the page shows the normalized text itself
    assert page.inner_text(".text .body").replace("\n", "") == text.replace("\n", "")
    assert errors == []


def test_indicator_rows_link_to_their_highlights_and_show_details(browser, tmp_path: Path) -> None:
    summary, text = _summarize(CORPUS / "b_district_chrome.html")
    out = write_report_page(summary, text, tmp_path / "page.html")
    page, errors = _open(browser, out)
    links = page.evaluate("""() => [...document.querySelectorAll('.indicators a[href^="#fig-"]')].map(a => {
        const el = document.getElementById(a.getAttribute('href').slice(1));
        return {quote: a.textContent, target: el ? el.tagName + ':' + el.dataset.fig : null,
                text: el ? el.textContent : null};
    })""")
    assert len(links) == len(summary.indicators)
    for link, fig in zip(links, summary.indicators):
        assert link["target"] and link["target"].startswith("MARK:"), link
        assert link["quote"] == fig.quote
    # following a row's link shows that figure's details
    first = summary.indicators[0]
    page.click(".indicators tbody tr:first-child a")
    details = page.inner_text("#details")
    assert first.key in details and first.quote in details
    # keyboard: Tab reaches a highlight and focusing it shows its details
    page.focus("mark#fig-0")
    assert section_figures(summary)[0].quote in page.inner_text("#details")
    assert errors == []


def test_a_report_containing_script_shows_it_as_text_and_runs_nothing(browser, tmp_path: Path) -> None:
    evil = ("某县人民政府2024年法治政府建设年度报告\n一、主要举措和成效\n"
            "全年办理行政复议案件12件<script>document.body.setAttribute('data-pwned','1')</script>,"
            "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">败诉率为5%。\n")
    path = tmp_path / "evil.txt"
    path.write_text(evil, encoding="utf-8")
    summary, text = _summarize(path)
    out = write_report_page(summary, text, tmp_path / "evil.html")
    page, errors = _open(browser, out)
    assert page.evaluate("document.body.getAttribute('data-pwned')") is None
    assert page.evaluate("document.querySelectorAll('.text script, .text img').length") == 0
    assert "<script>document.body" in page.inner_text(".text .body")
    assert [e for e in errors if not e.startswith("request")] == [] and not [e for e in errors if e.startswith("request")]


def test_report_page_fits_a_phone(browser, tmp_path: Path) -> None:
    summary, text = _summarize(CORPUS / "a_city_plain.txt")
    out = write_report_page(summary, text, tmp_path / "page.html")
    page, _ = _open(browser, out, width=390)
    assert page.evaluate("document.documentElement.scrollWidth") <= 392


def _hundred_reports() -> list[tuple[Summary, str]]:
    base = [_summarize(p) for p in sorted(CORPUS.iterdir())]
    items = []
    for n in range(100):
        summary, text = base[n % len(base)]
        # a distinct report per row (own hash and name), the same figures
        copy = summary.model_copy(deep=True)
        copy.doc.sha256 = f"{n:04d}" + copy.doc.sha256[4:]
        copy.meta.issuer = f"{copy.meta.issuer or '某单位'}{n}"
        items.append((copy, text))
    return items


def test_corpus_overview_of_100_reports_opens_and_sorts_in_under_a_second(browser, tmp_path: Path) -> None:
    index = write_corpus_pages(_hundred_reports(), tmp_path / "view")
    page, errors = _open(browser, index)
    loaded = page.evaluate("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")
    assert page.evaluate("document.querySelectorAll('#corpus tbody tr').length") == 100
    assert loaded < 1000, f"opened in {loaded:.0f} ms"
    for column in range(3, 10):
        took = page.evaluate(f"""() => {{
            const th = document.querySelector('#corpus thead th:nth-child({column})');
            const t = performance.now(); th.click(); return performance.now() - t; }}""")
        assert took < 1000, f"sorting column {column} took {took:.0f} ms"
    # sorted descending after a second click: the numeric cells of that column are ordered
    values = page.evaluate("""() => { const th = document.querySelector('#corpus thead th:nth-child(3)');
        th.click(); th.click();
        return [...document.querySelectorAll('#corpus tbody tr')].map(r => r.cells[2].dataset.v).filter(v => v !== ''); }""")
    numbers = [float(v) for v in values]
    assert numbers == sorted(numbers, reverse=True)
    # the filter by level hides the other rows
    level = page.evaluate("document.querySelector('#f-level option:nth-child(2)').value")
    page.select_option("#f-level", level)
    shown = page.evaluate("[...document.querySelectorAll('#corpus tbody tr')].filter(r => !r.hidden).map(r => r.dataset.level)")
    assert shown and set(shown) == {level}
    assert errors == []


def test_corpus_cells_link_to_the_figure_on_the_report_page(browser, tmp_path: Path) -> None:
    index = write_corpus_pages(_hundred_reports()[:11], tmp_path / "view")
    page, _ = _open(browser, index)
    href = page.evaluate("document.querySelector('#corpus td.num a').getAttribute('href')")
    cell_title = page.evaluate("document.querySelector('#corpus td.num').title")
    assert page.evaluate("document.querySelector('svg.chart:not([hidden]) rect') !== null")
    page.click("#corpus td.num a")
    fig_id = href.split("#", 1)[1]
    text = page.evaluate(f"document.getElementById('{fig_id}').textContent")
    assert text and text in cell_title  # the cell's quote is the highlighted figure's
