"""Plain-text tables that line up in a terminal when cells mix Chinese and Latin text."""

from __future__ import annotations

import unicodedata


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def clip(s: str, limit: int) -> str:
    if width(s) <= limit:
        return s
    out, w = "", 0
    for ch in s:
        cw = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if w + cw > limit - 1:
            break
        out += ch
        w += cw
    return out + "…"


def table(headers: list[str], rows: list[list[str]], limits: list[int] | None = None) -> str:
    limits = limits or [40] * len(headers)
    cells = [[clip(str(c), limits[i]) for i, c in enumerate(row)] for row in [headers, *rows]]
    widths = [max(width(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for n, row in enumerate(cells):
        lines.append("  ".join(c + " " * (widths[i] - width(c)) for i, c in enumerate(row)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)
