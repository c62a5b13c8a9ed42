"""Text tables → `cell | cell` lines, the form HTML tables take (documents/html_text.py).

A text dump of a table separates its cells with tabs, or with runs of spaces aligned
down the rows (`合计    3,120    2,980`). Cleaning collapses spaces, which would glue the
cells into one sentence whose numbers no longer say which column they are in; so before
that, such lines get the ` | ` separator the figures stage reads tables by.
"""

from __future__ import annotations

import re

from fgqa.lazy_re import lazy_compile

_TAB_CELLS = lazy_compile(r"[ \u3000]*\t[\t \u3000]*")
#: two or more spaces (ASCII or ideographic) between two cells
_SPACE_CELLS = lazy_compile(r"(?<=\S)(?: {2,}|\u3000+ *| *\u3000+)(?=\S)")
#: a cell of a spaced table row is short; a sentence with a double space is not a row
_MAX_CELL = 24
_MIN_CELLS = 3


def _space_cells(line: str) -> list[str] | None:
    cells = _SPACE_CELLS.split(line.strip(" \u3000"))
    if len(cells) < _MIN_CELLS or any(len(c) > _MAX_CELL for c in cells[1:]) or "。" in line:
        return None
    return cells


def _cells(line: str) -> list[str] | None:
    if "\t" in line.strip(" \t\u3000"):
        return [c for c in _TAB_CELLS.split(line.strip(" \t\u3000")) if c]
    return _space_cells(line)


#: one CJK character: a cell of a label written with its characters spaced out (指    标, 合    计)
_ONE_CJK = lazy_compile(r"^[\u3400-\u4dbf\u4e00-\u9fff]$")
#: a page number of the PDF a table was copied from, between two of its rows (— 2 —, 第 2 页 共 3 页)
_PAGE_BREAK = lazy_compile(r"^\s*(?:[—–\-－~·]+\s*\d{1,4}\s*[—–\-－~·]+|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?)\s*$")
#: a running header beside it is short and no sentence
_RUNNING_LINE = lazy_compile(r"^[^。,，;；|\t]{1,40}$")


def _join_spaced_labels(row: list[str], width: int) -> list[str]:
    """A row with more cells than the table's narrowest row because labels were spaced out to
    fill their columns (项    目, 全    市): two neighbouring one-character cells are one cell again,
    left to right, until the row is as wide as the others."""
    row = list(row)
    i = 0
    while len(row) > width and i + 1 < len(row):
        if _ONE_CJK.match(row[i]) and _ONE_CJK.match(row[i + 1]):
            row[i:i + 2] = [row[i] + row[i + 1]]
        i += 1
    return row


def _after_page_break(lines: list[str], cells: list[list[str] | None], j: int) -> int | None:
    """Where a table goes on after the page break at line `j` (a page number, and perhaps the
    next page's running header), or None when no row follows it."""
    if j >= len(lines) or not _PAGE_BREAK.match(lines[j]):
        return None
    for k in (j + 1, j + 2):
        if k < len(lines) and cells[k] is not None:
            return k
        if k < len(lines) and not _RUNNING_LINE.match(lines[k].strip()):
            return None
    return None


def mark_table_cells(text: str) -> str:
    """Runs of two or more lines of tab-separated or space-aligned cells (one with a digit),
    joined by ` | `; a lone line with a tab or a double space is left to the space tidying. A page
    break of the PDF the table came from (its page number and running header) does not end it."""
    lines = text.split("\n")
    cells = [_cells(line) for line in lines]
    i = 0
    while i < len(lines):
        j = i
        rows: list[int] = []
        while j < len(lines):
            if cells[j] is not None:
                rows.append(j)
                j += 1
            elif rows and (k := _after_page_break(lines, cells, j)) is not None:
                j = k
            else:
                break
        if len(rows) >= 2 and any(re.search(r"\d", lines[k]) for k in rows):
            width = min(len(cells[k] or ()) for k in rows if re.search(r"\d", lines[k]))
            for k in rows:
                lines[k] = " | ".join(_join_spaced_labels(cells[k] or [], width))
        i = max(j, i + 1)
    return "\n".join(lines)
