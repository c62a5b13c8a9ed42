"""A PDF's text layer as report text, through pypdfium2 (chosen by measurement:
docs/pdf-libraries.md).

What a PDF report's text layer looks like and what we do about it:
- every line broken by the layout: a line that runs to the right edge continues on the next
  one unless the next is indented (a new paragraph) or further down than the line spacing;
  joined without a space (Chinese has none), with one between two Latin letters or digits;
- running headers and page numbers (`— 3 —`, `-3-`, `第3页`, `3/12`) on every page: dropped;
- table rows: PDFium puts a row's cells on one line, which stays a line of its own;
- no text layer at all (a scan): an InputError saying to OCR it first.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter

from pydantic import BaseModel

from fgqa import re_cache
from fgqa.errors import InputError

#: page-number lines: — 3 —, -3-, - 3 -, 第3页, 第 3 页 共 12 页, 3/12, a lone number
_PAGE_NUMBER = re_cache.compile(
    r"^(?:[—–\-－~·]+\s*\d{1,4}\s*[—–\-－~·]+|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$",
    re.IGNORECASE,
)
_LATIN_END = re_cache.compile(r"[A-Za-z0-9]$")
_LATIN_START = re_cache.compile(r"^[A-Za-z0-9]")
#: what a layout engine will not split at a line end: closing punctuation, a number or Latin
#: word, and the one character glued before it (息1,927条 moves to the next line whole)
_UNBREAKABLE_START = re_cache.compile(r"^[”’)\]）》」』、,.。;；:：]*[^\sA-Za-z0-9]?[A-Za-z0-9][A-Za-z0-9.,%‰:/\-]*")
#: fewer visible characters than this per page on average: no usable text layer
_MIN_CHARS_PER_PAGE = 10


class Line(BaseModel):
    text: str
    left: float
    right: float
    top: float
    bottom: float
    indented: bool = False
    #: a space kept at the line's start or end: the text had one where the layout broke
    spaced: bool = False


def pdf_to_text(data: bytes, name: str) -> str:
    """The report text of a PDF (paragraphs one per line), or an InputError."""
    pages = _read_lines(data, name)
    visible = sum(len(ln.text.strip()) for page in pages for ln in page)
    if visible < _MIN_CHARS_PER_PAGE * max(len(pages), 1):
        raise InputError(f"{name}: no text layer (scanned?): OCR it first")
    pages = _drop_furniture(pages)
    return "\n".join(_paragraphs(pages))


def _read_lines(data: bytes, name: str) -> list[list[Line]]:
    import pypdfium2 as pdfium  # lazy: only PDF input needs it

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        found = re.search(r"PDFium: ([^)]+)", str(exc))
        reason = (found.group(1) if found else str(exc)).strip().rstrip(".").lower() or "unreadable"
        if "password" in reason.lower():
            raise InputError(f"{name}: the PDF is password-protected: save an unprotected copy") from None
        raise InputError(f"{name}: cannot read the PDF, damaged or incomplete ({reason})") from None
    pages = []
    try:
        for page in pdf:
            textpage = page.get_textpage()
            pages.append(_page_lines(textpage))
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return pages


def _page_lines(textpage) -> list[Line]:
    """PDFium's lines (it ends each with \\r\\n) with the boxes of their first and last characters."""
    text = textpage.get_text_range()
    lines = []
    index = 0
    for raw in text.split("\r\n"):
        stripped = raw.strip()
        if stripped:
            leading = len(raw) - len(raw.lstrip())
            # one leading space is a gap the layout left (measure from it); two or more
            # (e.g. 　　 typed by the author) are an indentation (measure from the text)
            start = index + (leading if leading != 1 else 0)
            end = index + leading + len(stripped) - 1
            left, bottom, _, top = textpage.get_charbox(start, loose=True)  # loose: the font box, same for every glyph
            _, _, right, _ = textpage.get_charbox(end, loose=True)
            lines.append(Line(text=stripped, left=left, right=right, top=top, bottom=bottom, indented=leading >= 2,
                              spaced=leading == 1 or raw[-1:].isspace()))
        index += len(raw) + 2
    return lines


def _drop_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """Page numbers anywhere on a page's first or last two lines; a running header or
    footer = the same line (digits aside) at the top or bottom of most pages."""
    def edges(page: list[Line]) -> list[Line]:
        return page[:2] + page[-2:] if len(page) > 4 else page

    repeated: set[str] = set()
    if len(pages) >= 2:
        counts = Counter(key for page in pages for key in {_furniture_key(ln.text) for ln in edges(page)})
        repeated = {key for key, n in counts.items() if n >= max(2, (len(pages) + 1) // 2)}
    out = []
    for page in pages:
        edge_ids = {id(ln) for ln in edges(page)}
        out.append([ln for ln in page if not (id(ln) in edge_ids and
                                              (_PAGE_NUMBER.match(ln.text) or _furniture_key(ln.text) in repeated))])
    return out


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _paragraphs(pages: list[list[Line]]) -> list[str]:
    paragraphs: list[str] = []
    previous: Line | None = None
    previous_page_edge = False
    for page in pages:
        if not page:
            continue
        # the character size from widths: boxes of non-embedded CJK fonts have no height
        widths = [(ln.right - ln.left) / len(ln.text) for ln in page if len(ln.text) >= 4]
        size = statistics.median(widths) if widths else 10.0
        left_margin = min(ln.left for ln in page)
        # the text block's right edge: the typical end of the long lines (punctuation may hang past it)
        rights = [ln.right for ln in page]
        right_edge = statistics.median(r for r in rights if r >= max(rights) - 3 * size)
        gaps = [a.bottom - b.bottom for a, b in zip(page, page[1:]) if 0 < a.bottom - b.bottom < 4 * size]
        spacing = statistics.median(gaps) if gaps else 2 * size
        for n, line in enumerate(page):
            # Chinese paragraphs indent by two characters; less is jitter (a space the layout kept)
            indented = line.indented or line.left > left_margin + 1.5 * size
            if previous is None:
                continues = False
            elif n == 0:  # first line of a page: the last one of the previous page ran to its edge
                continues = previous_page_edge and not indented
            else:
                far = previous.bottom - line.bottom > 1.35 * spacing
                continues = _runs_to_edge(previous, line, right_edge, size) and not indented and not far
            if continues and paragraphs:
                latin = _LATIN_END.search(paragraphs[-1]) and _LATIN_START.match(line.text)
                glue = " " if latin or line.spaced or (previous is not None and previous.spaced) else ""
                paragraphs[-1] += glue + line.text
            else:
                paragraphs.append(line.text)
            previous = line
        previous_page_edge = previous is not None and previous.right >= right_edge - 1.5 * size
    return paragraphs


def _runs_to_edge(line: Line, following: Line, right_edge: float, size: float) -> bool:
    """The line ends at the right edge, or short of it by a number or Latin word that did not
    fit and starts the following line (layout engines do not split those)."""
    word = _UNBREAKABLE_START.match(following.text)
    shortfall = len(word.group()) * 0.6 * size if word else 0.0
    return line.right + shortfall >= right_edge - 1.5 * size
