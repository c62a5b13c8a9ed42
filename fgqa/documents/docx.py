"""A Word (.docx) report as text, through python-docx.

The body is walked in document order so a table stays where it stands: each paragraph one
line, each table row one line of `cell | cell` (the same shape as an HTML data table, see
fgqa.documents.html_text), a merged cell once.
"""

from __future__ import annotations

import io

from fgqa.errors import InputError


def docx_to_text(data: bytes, name: str) -> str:
    try:
        import docx  # lazy: only Word input needs python-docx
        from docx.opc.exceptions import PackageNotFoundError
    except ModuleNotFoundError:  # pragma: no cover - a dependency, but say so plainly
        raise InputError(f"{name}: reading .docx needs python-docx: pip install python-docx") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise InputError(f"{name}: cannot read the Word file ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # a broken zip or XML inside: lxml and zipfile raise their own types
        raise InputError(f"{name}: cannot read the Word file ({type(exc).__name__})") from None
    return "\n".join(line for line in _body_lines(document) if line.strip())


def _body_lines(document):
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(block, document).text
        elif tag == "tbl":
            yield from _table_lines(Table(block, document))


def _table_lines(table):
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell repeats in every column it spans
                continue
            seen.add(id(cell._tc))
            nested = cell.tables
            if nested:  # a table inside a cell: its rows, then the cell's own paragraphs
                for inner in nested:
                    yield from _table_lines(inner)
            text = " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
            if text:
                cells.append(text)
        if cells:
            yield " | ".join(cells)
