"""Write one report as a PDF, a DOCX or a GBK web page, the way such reports are published.

Used by the input tests and by scripts/ (benchmarks, the PDF library comparison). The PDF
is drawn with reportlab's built-in CID font STSong-Light (no font file needed) and carries
what real PDF reports carry: lines broken by the layout, a running header, page numbers
such as `— 3 —`, optionally a table.
"""

from __future__ import annotations

from pathlib import Path


def paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def make_pdf(text: str, path: Path, *, header: str | None = None, table: list[list[str]] | None = None,
             page_style: str = "dash") -> Path:
    """Paragraphs indented by two characters and wrapped by the layout; `header` repeats on
    every page; page numbers as `— N —` (page_style "dash") or `-N-` ("hyphen")."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=12, leading=20, wordWrap="CJK", firstLineIndent=24)
    title = ParagraphStyle("title", parent=body, fontSize=16, leading=26, alignment=1, firstLineIndent=0)

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("STSong-Light", 9)
        if header:
            canvas.drawCentredString(A4[0] / 2, A4[1] - 15 * mm, header)
        number = f"— {doc.page} —" if page_style == "dash" else f"-{doc.page}-"
        canvas.drawCentredString(A4[0] / 2, 12 * mm, number)
        canvas.restoreState()

    flow = []
    for i, para in enumerate(paragraphs(text)):
        flow.append(Paragraph(escape(para), title if i == 0 else body))
        if table and i == 1:
            flow.append(Table(table, style=[("FONT", (0, 0), (-1, -1), "STSong-Light", 11)]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=25 * mm, bottomMargin=25 * mm)
    doc.build(flow, onFirstPage=decorate, onLaterPages=decorate)
    return path


def make_docx(text: str, path: Path, *, table: list[list[str]] | None = None) -> Path:
    """One paragraph per line; `table` after the second paragraph."""
    import docx

    document = docx.Document()
    for i, para in enumerate(paragraphs(text)):
        document.add_paragraph(para)
        if table and i == 1:
            t = document.add_table(rows=len(table), cols=len(table[0]))
            for r, row in enumerate(table):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
    document.save(str(path))
    return path


def make_html(text: str, *, charset_in_meta: bool = True) -> str:
    """A plain government page: one <p> per paragraph, the title in <h1>."""
    from html import escape

    paras = paragraphs(text)
    meta = '<meta charset="gbk">' if charset_in_meta else ""
    body = "".join(f"<p>{escape(p)}</p>\n" for p in paras[1:])
    return f"<!DOCTYPE html><html><head>{meta}<title>{escape(paras[0])}</title></head><body><h1>{escape(paras[0])}</h1>\n{body}</body></html>"
