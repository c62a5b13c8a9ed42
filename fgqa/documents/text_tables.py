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


def _join_spaced_label(row: list[str]) -> list[str]:
    """A row whose first label was spaced out to fill its column (项    目, 合    计): those
    one-character cells at its start are one cell again."""
    n = 0
    while n < len(row) and _ONE_CJK.match(row[n]):
        n += 1
    return ["".join(row[:n]), *row[n:]] if n >= 2 else row


def mark_table_cells(text: str) -> str:
    """Runs of two or more lines of tab-separated or space-aligned cells (one with a digit),
    joined by ` | `; a lone line with a tab or a double space is left to the space tidying."""
    lines = text.split("\n")
    cells = [_cells(line) for line in lines]
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and cells[j] is not None:
            j += 1
        if j - i >= 2 and any(re.search(r"\d", lines[k]) for k in range(i, j)):
            for k in range(i, j):
                lines[k] = " | ".join(_join_spaced_label(cells[k] or []))
        i = max(j, i + 1)
    return "\n".join(lines)
