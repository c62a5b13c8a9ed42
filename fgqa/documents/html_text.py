"""HTML → plain text lines, keeping the line structure the later stages rely on.

Block elements become line breaks, page furniture (scripts, menus, headers, footers)
is dropped, and small data tables become "cell | cell" lines so that the metadata-table
rows of government pages look the same whether they came from HTML or from a text dump.
"""

from __future__ import annotations

from collections.abc import Iterator

from bs4 import BeautifulSoup, CData, Comment, Declaration, Doctype, NavigableString, PageElement, ProcessingInstruction, Tag

from fgqa import re_cache
from fgqa.documents.numbering import LINE_OPENING_MARKER

#: elements whose content is never report text
_DROP = ["script", "style", "noscript", "template", "nav", "header", "footer", "head", "iframe", "svg", "form", "button", "select"]
_BLOCK = frozenset(
    "p div section article main aside ul ol li dl dt dd h1 h2 h3 h4 h5 h6 table thead tbody tfoot tr td th "
    "blockquote pre center address figure figcaption hr body html caption".split()
)
#: a table cell longer than this is page layout, not data
_MAX_DATA_CELL_CHARS = 200
_BREAK = "\n"
_WS = re_cache.compile(r"[ \t\r\n\f\v\u00a0\u3000]+")
#: a source line break between two Chinese characters is wrapping, not a space
_CJK_WRAP = re_cache.compile(r"(?<=[\u4e00-\u9fff，。、；：“”])[ \t\u00a0\u3000]*[\r\n]+[ \t\u00a0\u3000\r\n]*(?=[\u4e00-\u9fff，。、；：“”])")


def _is_data_table(table: Tag) -> bool:
    """A table with no table inside whose cells are all short."""
    cells = table.find_all(["td", "th"])
    if not cells:
        return False
    return all(len(cell.get_text(" ", strip=True)) <= _MAX_DATA_CELL_CHARS for cell in cells)


#: a rowspan/colspan larger than this is page layout (or a typo), not a data table's grid
_MAX_SPAN = 50


def _span(cell: Tag, name: str) -> int:
    raw = cell.get(name)
    try:
        return max(1, min(int(str(raw).strip()), _MAX_SPAN)) if raw is not None else 1
    except ValueError:
        return 1


def _table_to_lines(table: Tag) -> list[str]:
    """One `cell | cell` line per row. A cell spanning rows (`rowspan`, a category written
    once beside its items) or columns is repeated in every row and column it covers, so
    each row carries its own labels and its numbers stay in their header's column."""
    lines = []
    carried: dict[int, tuple[int, str]] = {}  # column → (rows still covered, text)
    for row in table.find_all("tr"):
        out: list[str] = []
        source_cells = row.find_all(["td", "th"])
        for cell in source_cells:
            _take_carried(carried, out)
            text = _WS.sub(" ", cell.get_text(" ", strip=True)).strip()
            rows, cols = _span(cell, "rowspan"), _span(cell, "colspan")
            if len(source_cells) == 1 and not carried:
                cols = 1  # a row that is one cell across the table (a caption, a unit line) is said once
            for _ in range(cols):
                if rows > 1:
                    carried[len(out)] = (rows - 1, text)
                out.append(text)
        _take_carried(carried, out)
        cells = [c for c in out if c]
        if cells:
            lines.append(" | ".join(cells))
    return lines


def _take_carried(carried: dict[int, tuple[int, str]], out: list[str]) -> None:
    """Fill the row's next columns that a cell of an earlier row still spans."""
    while len(out) in carried:
        left, text = carried[len(out)]
        out.append(text)
        if left <= 1:
            del carried[len(out) - 1]
        else:
            carried[len(out) - 1] = (left - 1, text)


def html_to_text(html: str) -> str:
    """Return the visible text of an HTML page, one block per line."""
    soup = BeautifulSoup(html, "html.parser")
    rows = {id(table): _table_to_lines(table) for table in _data_tables(soup)}
    text = _join_layout_breaks("".join(_text_pieces(soup, rows)))
    lines = (line.strip(" ") for line in text.split(_BREAK))
    return _BREAK.join(line for line in lines if line)


#: a <br>, until it is known whether it ends a line or only the layout's line
_BR = "\x00"
#: the text of its line before a <br> that falls inside a sentence: a clause of it said (a comma,
#: an enumeration mark) and no sentence closed at its end
_OPEN_SENTENCE = re_cache.compile(r"[,，、;；][^。！？!?\n]*$")
_CLOSED_END = re_cache.compile(r"[。！？!?；;：:]\s*$")
#: what starts a line of its own after a <br> (a heading, an enumerated item: 二、 (三) 2. 一是)
_NEW_ITEM = re_cache.compile(rf"^\s*(?:{LINE_OPENING_MARKER})")


def _join_layout_breaks(text: str) -> str:
    """A <br> inside a sentence (罚没款<br>856.2万元) is the editor's line, not the report's: the
    sentence goes on. A <br> after a closed sentence, or in a line that is no sentence (a
    signature: 汶沚县人民政府<br>2025年3月3日), breaks the line."""
    if _BR not in text:
        return text
    pieces = text.split(_BR)
    out = [pieces[0]]
    line = pieces[0].rsplit(_BREAK, 1)[-1]  # the line so far, before the next <br>
    for part in pieces[1:]:
        inside = (bool(part[:1].strip()) and _OPEN_SENTENCE.search(line) is not None and not _CLOSED_END.search(line)
                  and not _NEW_ITEM.match(part))
        out.append(part if inside else _BREAK + part)
        line = part.rsplit(_BREAK, 1)[-1] if _BREAK in part else (line + part if inside else part)
    return "".join(out)


def _data_tables(soup: BeautifulSoup) -> list[Tag]:
    """The small data tables: those with no other table inside (a table around one is page
    layout) and short cells. Dropped elements do not count, and are removed from these
    tables before their cells are read.

    One walk finds the innermost tables; they are disjoint, so reading their cells is
    linear too (bs4's find_all walks a tag's whole subtree per call)."""
    innermost: dict[int, tuple[Tag, list[Tag]]] = {}  # table → its dropped elements
    layout: set[int] = set()
    stack: list[tuple[Tag, Tag | None]] = [(soup, None)]
    while stack:
        node, table = stack.pop()
        if node.name in _DROP:
            if table is not None:
                innermost[id(table)][1].append(node)
            continue
        if node.name == "table":
            if table is not None:
                layout.add(id(table))
            innermost[id(node)] = (node, [])
            table = node
        stack.extend((child, table) for child in node.contents if isinstance(child, Tag))
    found = []
    for key, (table, dropped) in innermost.items():
        if key in layout:
            continue
        for tag in dropped:
            tag.decompose()
        if _is_data_table(table):
            found.append(table)
    return found


#: strings that are never page text
_NOT_TEXT = (Comment, Declaration, Doctype, ProcessingInstruction)
#: the string types a <pre> keeps (bs4's get_text: ruby annotations and the like are not text)
_PRE_TEXT = (NavigableString, CData)


def _fold(text: str) -> str:
    """Source line wrapping is not meaningful in HTML: it becomes a space, or nothing
    between Chinese characters; the document structure decides where lines break."""
    return _WS.sub(" ", _CJK_WRAP.sub("", text))


def _text_pieces(soup: BeautifulSoup, rows: dict[int, list[str]]) -> Iterator[str]:
    """The page's text in reading order with a line break around every block element.

    One iterative walk over the tree, so time is linear in its size however deep the
    nesting (mutating bs4's tree per element costs a walk of the element's subtree each)."""
    stack: list[tuple[PageElement | str, bool]] = [(child, False) for child in reversed(soup.contents)]
    while stack:
        node, in_pre = stack.pop()
        if isinstance(node, NavigableString):
            if isinstance(node, _NOT_TEXT):
                continue
            if not in_pre:
                yield _fold(str(node))  # outside <pre> every string is text (ruby annotations too)
            elif type(node) in _PRE_TEXT:
                yield str(node)
        elif isinstance(node, str):  # a break queued after a block's content
            yield node
        elif isinstance(node, Tag):
            if node.name in _DROP:
                continue
            if node.name == "br":
                yield _BR
                continue
            table_rows = rows.get(id(node))
            if table_rows is not None:  # a block of one paragraph per row
                yield _BREAK
                for line in table_rows:
                    yield _BREAK + (line if in_pre else _fold(line)) + _BREAK
                yield _BREAK
                continue
            in_pre = in_pre or node.name == "pre"
            if node.name in _BLOCK:
                yield _BREAK
                stack.append((_BREAK, in_pre))
            stack.extend((child, in_pre) for child in reversed(node.contents))
