"""HTML → plain text lines, keeping the line structure the later stages rely on.

Block elements become line breaks, page furniture (scripts, menus, headers, footers)
is dropped, and small data tables become "cell | cell" lines so that the metadata-table
rows of government pages look the same whether they came from HTML or from a text dump.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

#: elements whose content is never report text
_DROP = ["script", "style", "noscript", "template", "nav", "header", "footer", "head", "iframe", "svg", "form", "button", "select"]
_BLOCK = frozenset(
    "p div section article main aside ul ol li dl dt dd h1 h2 h3 h4 h5 h6 table thead tbody tfoot tr td th "
    "blockquote pre center address figure figcaption hr body html caption fgqa-rows".split()
)
#: a table cell longer than this is page layout, not data
_MAX_DATA_CELL_CHARS = 200
_BREAK = "\n"
_ROWS_TAG = "fgqa-rows"  # a converted data table (a block, see _BLOCK)
_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u3000]+")
#: a source line break between two Chinese characters is wrapping, not a space
_CJK_WRAP = re.compile(r"(?<=[\u4e00-\u9fff，。、；：“”])[ \t\u00a0\u3000]*[\r\n]+[ \t\u00a0\u3000\r\n]*(?=[\u4e00-\u9fff，。、；：“”])")


def _is_data_table(table: Tag) -> bool:
    if table.find(["table", _ROWS_TAG]) is not None:  # page layout around other tables
        return False
    cells = table.find_all(["td", "th"])
    if not cells:
        return False
    return all(len(cell.get_text(" ", strip=True)) <= _MAX_DATA_CELL_CHARS for cell in cells)


def _table_to_lines(table: Tag) -> list[str]:
    lines = []
    for row in table.find_all("tr"):
        cells = [_WS.sub(" ", cell.get_text(" ", strip=True)).strip() for cell in row.find_all(["td", "th"])]
        cells = [c for c in cells if c]
        if cells:
            lines.append(" | ".join(cells))
    return lines


def html_to_text(html: str) -> str:
    """Return the visible text of an HTML page, one block per line."""
    soup = BeautifulSoup(html, "html.parser")
    for node in soup.find_all(string=lambda s: isinstance(s, (Comment, Declaration, Doctype, ProcessingInstruction))):
        node.extract()
    for tag in soup.find_all(_DROP):
        tag.decompose()

    # Innermost tables first, so a layout table around a data table keeps its rows.
    for table in reversed(soup.find_all("table")):
        if _is_data_table(table):
            rows = soup.new_tag(_ROWS_TAG)
            for line in _table_to_lines(table):
                row = soup.new_tag("p")
                row.string = line
                rows.append(row)
            table.replace_with(rows)

    # Source line wrapping is not meaningful in HTML: fold it into spaces first…
    in_pre = {id(node) for pre in soup.find_all("pre") for node in pre.find_all(string=True)}
    for text_node in soup.find_all(string=True):
        if id(text_node) not in in_pre:
            folded = _WS.sub(" ", _CJK_WRAP.sub("", str(text_node)))
            text_node.replace_with(NavigableString(folded))
    # …then let the document structure decide where lines break.
    for br in soup.find_all("br"):
        br.replace_with(NavigableString(_BREAK))
    for tag in soup.find_all(True):
        if tag.name in _BLOCK:
            tag.insert_before(NavigableString(_BREAK))
            tag.insert_after(NavigableString(_BREAK))

    lines = (line.strip(" ") for line in soup.get_text().split(_BREAK))
    return _BREAK.join(line for line in lines if line)

