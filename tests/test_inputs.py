"""Every input type gives the same report: PDF, DOCX, a GBK web page over HTTP, standard
input — each made here from a fixture's text — summarize to the same figures, metadata and
parts as the fixture itself. And each bad input is one line, exit 2."""

from __future__ import annotations

import http.server
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import ClassVar

import pytest

from fgqa.documents import load_document
from fgqa.engines.rules import RulesEngine
from fgqa.errors import InputError
from fgqa.pipeline import summarize_document
from format_fixtures import make_docx, make_html, make_pdf

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "evals" / "corpus"
#: plain-text fixtures: their cleaned text is the whole report (no page chrome to lose)
REPORTS = ["a_city_plain.txt", "c_town_oneline_gbk.txt", "d_department_traditional.txt", "f_county_utf16.txt",
           "h_county_crlf.txt", "j_township_plain.txt"]
TABLE = [["项目", "数量"], ["受理行政复议案件", "48件"], ["办理法律援助案件", "315件"]]


def reading(doc):
    summary = summarize_document(doc, RulesEngine())
    figures = [(f.key, f.value, f.unit, f.kind, f.scope, f.quote, f.formula) for f in summary.indicators]
    return figures, summary.meta.model_dump(), {k: v.present for k, v in summary.parts.items()}


@pytest.fixture(scope="module")
def expected():
    return {name: (load_document(FIXTURES / name), reading(load_document(FIXTURES / name))) for name in REPORTS}


@pytest.mark.parametrize("name", REPORTS)
def test_pdf_gives_the_same_figures_as_the_text(tmp_path, expected, name):
    doc, want = expected[name]
    pdf = make_pdf(doc.text, tmp_path / "report.pdf", header="某某县人民政府办公室文件", page_style="hyphen" if "h_" in name else "dash")
    got = load_document(pdf)
    assert reading(got) == want
    assert "某某县人民政府办公室文件" not in got.text  # the running header is gone
    assert not any(line.strip("—- ").isdigit() for line in got.text.splitlines())  # and the page numbers


@pytest.mark.parametrize("name", REPORTS)
def test_docx_gives_the_same_figures_as_the_text(tmp_path, expected, name):
    doc, want = expected[name]
    assert reading(load_document(make_docx(doc.text, tmp_path / "report.docx"))) == want


def test_pdf_table_rows_stay_rows_and_layout_lines_are_joined(tmp_path, expected):
    doc, _ = expected["a_city_plain.txt"]
    text = load_document(make_pdf(doc.text, tmp_path / "t.pdf", table=TABLE)).text
    lines = text.splitlines()
    assert "受理行政复议案件 48件" in lines and "办理法律援助案件 315件" in lines
    assert [ln for ln in lines if ln not in {" ".join(r) for r in TABLE}] == doc.text.splitlines()


def test_docx_tables_in_body_order(tmp_path, expected):
    doc, _ = expected["a_city_plain.txt"]
    lines = load_document(make_docx(doc.text, tmp_path / "t.docx", table=TABLE)).text.splitlines()
    paras = doc.text.splitlines()
    assert lines[:5] == paras[:2] + ["项目 | 数量", "受理行政复议案件 | 48件", "办理法律援助案件 | 315件"]
    assert lines[5:] == paras[2:]


def test_formats_are_read_by_content_whatever_the_name(tmp_path, expected):
    doc, want = expected["a_city_plain.txt"]
    pdf = make_pdf(doc.text, tmp_path / "x.pdf").rename(tmp_path / "renamed.txt")
    docx = make_docx(doc.text, tmp_path / "x.docx").rename(tmp_path / "download")
    for path, fmt in ((pdf, "pdf"), (docx, "docx")):
        got = load_document(path)
        assert reading(got) == want
        assert f"read as {fmt} (from the content)" in got.notes


def test_pdf_without_text_layer_says_ocr_it_first(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.rect(100, 100, 300, 500, fill=1)  # a page that is only a picture
    c.showPage()
    c.save()
    with pytest.raises(InputError, match=r"scan\.pdf: no text layer \(scanned\?\): OCR it first"):
        load_document(path)


def test_utf16_without_bom_is_decoded(tmp_path, expected):
    doc, want = expected["a_city_plain.txt"]
    for codec in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{codec}.txt"
        path.write_bytes(doc.text.encode(codec))
        got = load_document(path)
        assert reading(got) == want and f"encoding: {codec} (no BOM)" in got.notes


def test_symlink_loop_and_broken_symlink_say_so(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(InputError, match="symlink loop"):
        load_document(loop)
    broken = tmp_path / "broken.txt"
    broken.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(InputError, match=r"broken symlink \(points to .*gone\.txt"):
        load_document(broken)


def test_a_zip_renamed_txt_is_named_as_an_archive(tmp_path):
    import zipfile

    path = tmp_path / "report.txt"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("a.txt", "正文")
    with pytest.raises(InputError, match="a zip archive, not a report"):
        load_document(path)


# --------------------------------------------------------------------------- web pages


class _Pages(http.server.BaseHTTPRequestHandler):
    """127.0.0.1 only: GBK pages with the charset in the header, in <meta> only, or nowhere."""

    pages: ClassVar[dict[str, tuple[int, dict, bytes]]] = {}

    def do_GET(self):
        status, headers, body = self.pages.get(self.path, (404, {}, b"not found"))
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", _Pages.pages
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("name", ["a_city_plain.txt", "h_county_crlf.txt"])
def test_gbk_web_page_gives_the_same_figures_as_the_text(server, expected, name):
    base, pages = server
    doc, want = expected[name]
    gbk = make_html(doc.text).encode("gbk")
    pages["/header.html"] = (200, {"Content-Type": "text/html; charset=GBK"}, gbk)
    pages["/meta.html"] = (200, {"Content-Type": "text/html"}, gbk)
    pages["/nothing.html"] = (200, {"Content-Type": "text/html"}, make_html(doc.text, charset_in_meta=False).encode("gbk"))
    pages["/moved"] = (302, {"Location": "/header.html"}, b"")
    pages["/report.pdf"] = (200, {"Content-Type": "application/pdf"}, b"")
    for path in ("/header.html", "/meta.html", "/nothing.html", "/moved"):
        got = load_document(base + path)
        assert reading(got) == want, path
        assert got.info.path == base + path  # the URL is the document's path


def test_url_errors_are_one_line(server):
    base, pages = server
    pages["/big"] = (200, {"Content-Type": "text/plain"}, "正文。".encode() * 1000)
    pages["/loop"] = (302, {"Location": "/loop"}, b"")
    cases = {"/missing": "HTTP 404", "/big": "too large", "/loop": "too many redirects"}
    for path, message in cases.items():
        with pytest.raises(InputError) as info:
            load_document(base + path, max_bytes=1000)
        assert message in str(info.value) and "\n" not in str(info.value)
    with pytest.raises(InputError, match="cannot fetch"):
        load_document("http://127.0.0.1:9/nothing-listens-here")


# --------------------------------------------------------------------------- the command line


def fgqa(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FGQA_")}
    return subprocess.run([sys.executable, "-m", "fgqa.cli", *args], input=stdin, capture_output=True,
                          cwd=cwd or ROOT, env=env, timeout=120)


def test_stdin_is_read_with_a_dash():
    data = (FIXTURES / "a_city_plain.txt").read_bytes()
    out = fgqa("ask", "败诉率是多少", "-", "--format", "json", stdin=data)
    assert out.returncode == 0, out.stderr
    assert b'"value": 6.9' in out.stdout and b'"doc": "-"' in out.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["summarize", "-report.txt"], b"No such option: -r (a file whose name starts with '-'?"),
        (["summarize", "--bogus", "x.txt"], b"No such option: --bogus (see fgqa summarize --help)"),
        (["summarize"], b"Missing argument"),
        (["summarize", "nothing.doc"], b"no such file"),
    ],
)
def test_usage_errors_are_one_line_exit_2(tmp_path, args, message):
    out = fgqa(*args, cwd=tmp_path)
    assert out.returncode == 2
    assert message in out.stderr and out.stderr.count(b"\n") == 1 and b"Traceback" not in out.stderr


def test_a_url_is_indexed_and_skipped_when_unchanged(server, expected, tmp_path):
    from fgqa.corpus.db import load_summaries
    from fgqa.corpus.index import index

    base, pages = server
    doc, want = expected["a_city_plain.txt"]
    pages["/indexed.html"] = (200, {"Content-Type": "text/html; charset=GBK"}, make_html(doc.text).encode("gbk"))
    first = index([base + "/indexed.html"], db=tmp_path / "c.sqlite", jobs=1)
    assert first.indexed == [base + "/indexed.html"]
    (summary,) = load_summaries(tmp_path / "c.sqlite")
    assert summary.doc.path == base + "/indexed.html"
    assert [(f.key, f.value, f.kind, f.quote) for f in summary.indicators] == [(k, v, kind, q) for k, v, _, kind, _, q, _ in want[0]]
    again = index([base + "/indexed.html"], db=tmp_path / "c.sqlite", jobs=1)
    assert again.unchanged == [base + "/indexed.html"] and again.indexed == []
