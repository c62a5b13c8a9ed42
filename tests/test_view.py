"""`fgqa view` on disk: where pages go, what it refuses, how the text is marked up."""

from __future__ import annotations

import sys
from pathlib import Path

from fgqa.models import Figure
from fgqa.render.html import highlighted_text, render_report_html

sys.path.insert(0, str(Path(__file__).parent))
from test_cli import FIXTURES, fgqa


def _fig(start: int, end: int, text: str, kind: str = "stated") -> Figure:
    return Figure(key=None, label="x", value=1, unit="件", kind=kind, quote=text[start:end], span=(start, end))


def test_crossing_quotes_are_drawn_in_pieces_of_one_highlight() -> None:
    text = "受理案件13件败诉1件其余"
    a, b = _fig(0, 7, text), _fig(4, 11, text, "derived")  # b starts inside a and ends after it
    html = highlighted_text(text, [a, b], {})
    assert html.count('data-fig="0"') == 1 and html.count('data-fig="1"') == 2
    assert html.count('id="fig-1"') == 1 and 'class="fig k-derived cont"' in html
    assert html.count("<mark") == html.count("</mark>")


def test_report_text_is_escaped_and_the_csp_allows_only_the_page_script(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("一、举措\n<script>alert(1)</script>受理12件", encoding="utf-8")
    page = render_report_html_for(path)
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    from html import unescape

    assert "script-src 'sha256-" in unescape(page) and "default-src 'none'" in unescape(page)


def render_report_html_for(path: Path) -> str:
    from fgqa.documents import load_document
    from fgqa.engines.factory import build_engine
    from fgqa.pipeline import summarize_document

    doc = load_document(path)
    return render_report_html(summarize_document(doc, build_engine("rules")), doc.text)


def test_view_writes_a_page_beside_never_over_the_source(tmp_path: Path) -> None:
    source = tmp_path / "report.html"
    source.write_bytes((FIXTURES / "b_district_chrome.html").read_bytes())
    out = fgqa("view", str(source), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    page = tmp_path / "report.fgqa.html"
    assert page.is_file() and out.stdout.strip() == "report.fgqa.html"
    assert source.read_bytes() == (FIXTURES / "b_district_chrome.html").read_bytes()
    # a second run replaces its own page
    assert fgqa("view", str(source), cwd=tmp_path).returncode == 0


def test_view_refuses_to_replace_a_file_it_did_not_write(tmp_path: Path) -> None:
    mine = tmp_path / "notes.html"
    mine.write_text("my notes", encoding="utf-8")
    out = fgqa("view", str(FIXTURES / "a_city_plain.txt"), "-o", str(mine))
    assert out.returncode == 2 and "not written by fgqa view" in out.stderr and out.stderr.count("\n") == 1
    assert mine.read_text(encoding="utf-8") == "my notes"
    assert fgqa("view", str(FIXTURES / "a_city_plain.txt"), "-o", str(mine), "--force").returncode == 0


def test_view_of_several_files_is_an_overview_with_a_page_each(tmp_path: Path) -> None:
    out = fgqa("view", str(FIXTURES / "a_city_plain.txt"), str(FIXTURES / "e_street_markdown.md"), "-o", str(tmp_path / "v"))
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "v" / "index.html").is_file() and len(list((tmp_path / "v" / "reports").glob("*.html"))) == 2


def test_view_needs_files_or_a_database() -> None:
    out = fgqa("view")
    assert out.returncode == 2 and "give report files or --db FILE" in out.stderr


def test_view_of_a_corpus_database_has_the_overview_and_every_report(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    indexed = fgqa("index", str(FIXTURES), "--db", str(db))
    assert indexed.returncode == 0, indexed.stderr
    out = fgqa("view", "--db", str(db), "-o", str(tmp_path / "v"))
    assert out.returncode == 0, out.stderr
    from fgqa.corpus.db import load_summaries_with_text
    from fgqa.render.html import section_figures

    stored = load_summaries_with_text(db)
    pages = sorted((tmp_path / "v" / "reports").glob("*.html"))
    assert len(pages) == len(stored) == len(list(FIXTURES.iterdir()))
    index = (tmp_path / "v" / "index.html").read_text(encoding="utf-8")
    for summary, _ in stored:
        page = tmp_path / "v" / f"reports/{summary.doc.sha256[:16]}.html"
        assert f'href="reports/{summary.doc.sha256[:16]}.html' in index
        assert page.read_text(encoding="utf-8").count(' tabindex="0"') == len(section_figures(summary))


def test_view_of_a_missing_database_is_one_line() -> None:
    out = fgqa("view", "--db", "no-such.sqlite")
    assert out.returncode == 2 and out.stderr.count("\n") == 1
