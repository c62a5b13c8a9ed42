"""Figures in tables: `项目 | 2024年 | 2023年 | 同比` and the rows below it.

HTML tables and text tables reach this stage as `cell | cell` lines (documents/html_text.py,
documents/cleaning.py). A table whose header names its columns says what each number is:
the report year's column is the year's figure, the prior year's column is a `benchmark`,
a 同比/增减 column is a `change`, a 目标 column a `target`; a header of scopes
(`项目 | 区政府本级 | 全区`) makes every column the year's figure of its own scope. The row
label (or the column label, when the years run down the rows) is the cue that names the
indicator. Tables with no such header are left to the sentence reader, which reads
`败诉率 | 5.9%` like a sentence.
The header and cell words are the lexicon's (fgqa/lexicon/tables.toml, `Lexicon.tables`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from fgqa.figures.numbers import Quantity, find_quantities
from fgqa.figures.scope import WHOLE_SCOPE, scope_of
from fgqa.lazy_re import lazy_compile
from fgqa.lexicon import Indicator, Lexicon, lexicon
from fgqa.lexicon.tables import TableWords
from fgqa.models import Figure, Kind, Section

Column = Literal["current", "prior", "change", "target", "label", "other"]

_SEP = " | "
_YEAR = lazy_compile(r"^((?:19|20)\d\d)年?度?")


@dataclass(frozen=True)
class Cell:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]
    start: int
    end: int


def table_blocks(text: str) -> list[list[Row]]:
    """Runs of two or more consecutive `a | b` lines."""
    blocks: list[list[Row]] = []
    current: list[Row] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if _SEP in line:
            cells, offset = [], start
            for part in line.split(_SEP):
                stripped = part.strip()
                lead = len(part) - len(part.lstrip())
                cells.append(Cell(stripped, offset + lead, offset + lead + len(stripped)))
                offset += len(part) + len(_SEP)
            current.append(Row(tuple(cells), start, end))
            continue
        if len(current) >= 2:
            blocks.append(current)
        current = []
    if len(current) >= 2:
        blocks.append(current)
    return blocks


def _column_of(words: TableWords, label: str, year: int | None) -> Column:
    label = words.unit_in_label.sub("", label).strip()
    if words.change.search(label):
        return "change"
    if words.target.search(label):
        return "target"
    if m := _YEAR.match(label):
        if year is None:
            return "other"  # decided once the columns are known (the later year is current)
        found = int(m.group(1))
        return "current" if found == year else "prior" if found == year - 1 else "other"
    if words.prior.match(label):
        return "prior"
    if words.current.match(label):
        return "current"
    return "label"


def _has_number(cell: Cell) -> bool:
    return any(q.unit != "" or q.numeral != "chinese" for q in find_quantities(cell.text)) and not _YEAR.match(cell.text)


def _periods(words: TableWords, labels: list[str], year: int | None) -> list[Column]:
    columns = [_column_of(words, label, year) for label in labels]
    years = [int(m.group(1)) if (m := _YEAR.match(words.unit_in_label.sub("", x).strip())) else None for x in labels]
    known = sorted({y for y in years if y is not None})
    if year is None and len(known) >= 2:  # no report year: the latest column is the year's
        columns = [("current" if y == known[-1] else "prior" if y == known[-2] else c) if y else c
                   for c, y in zip(columns, years)]
    return columns


@dataclass(frozen=True)
class _Grid:
    header: Row
    columns: list[Column]
    rows: list[Row]
    transposed: bool
    #: the scope each column is of, when the header names scopes (区政府本级 | 全区)
    scopes: tuple[str | None, ...] = ()
    #: the scope each row is of, when the rows are levels (县政府本级 / 县直部门 / 乡镇 / 合计)
    row_scopes: tuple[str | None, ...] = ()


def _column_scope(words: TableWords, label: str) -> str | None:
    """The scope a column header names: the whole area (全区, 全市) or a part (区政府本级, 市级)."""
    label = words.unit_in_label.sub("", label).strip()
    if WHOLE_SCOPE.match(label) and len(label) <= 6:
        return label
    if (m := _PARTS_TOTAL.match(label)) is not None and words.parts.match(m.group(1)):
        return m.group(1)  # 县区合计: the sub-areas' column, summed over them
    return scope_of(label) or (label if words.parts.match(label) else None) or _office(label)


#: a column of a kind of sub-area summed (县区合计, 乡镇小计)
_PARTS_TOTAL = lazy_compile(r"^(.+?)(?:合计|小计|总计)$")


def _office(label: str) -> str | None:
    """A header cell that is a body's name (管委会本级, 工作部门, 街道): that body's column."""
    from fgqa.figures.part_subjects import whole_subject

    return whole_subject(label)


#: how many rows a table's header may take (类别 | 指标 | 年度 over 类别 | 指标 | 2022年 | 2023年 | 2024年)
_HEADER_ROWS = 3


def _merged_header(words: TableWords, block: list[Row], year: int | None) -> tuple[Row, int]:
    """The header and how many rows it takes. A header over two or three rows (a cell spanning the
    columns below it: 年度 over 2022年 | 2023年 | 2024年, repeated in each by html_text) names each
    column by the words of all its rows; the rows with no number before the first with one are it."""
    rows = 1
    while (rows < min(_HEADER_ROWS, len(block) - 1) and len(block[rows].cells) == len(block[0].cells)
           and not any(map(_has_number, block[rows].cells))):
        rows += 1
    if rows == 1:
        return block[0], 1
    cells = []
    for index, cell in enumerate(block[rows - 1].cells):
        words_of = list(dict.fromkeys(r.cells[index].text for r in block[:rows] if r.cells[index].text))
        # the row that names the column's period or kind is read first (2024年 before 年度)
        words_of.sort(key=lambda label: _column_of(words, label, year) == "label")
        cells.append(Cell(" ".join(words_of), cell.start, cell.end))
    last = block[rows - 1]
    return Row(tuple(cells), last.start, last.end), rows


def _grid(words: TableWords, block: list[Row], year: int | None) -> _Grid | None:
    header, rows = _merged_header(words, block, year)
    block = [header, *block[rows:]]
    # scopes across the header (项目 | 区政府本级 | 全区): each column is the year's figure of its scope;
    # two columns at least, else a lone 全区 may be a row label's neighbour, not a header. Read before the
    # periods: in 项目 | 管委会本级 | 工作部门 | 街道 | 合计 (bodies named by their offices) the 合计 column is
    # the bodies' total, the body's own figure with no narrower scope, not a year's column
    # (a 同比 column beside them, 指标 | 全市 | 市本级 | 县区合计 | 全市同比, is the whole's change)
    changes = [bool(words.change.search(words.unit_in_label.sub("", c.text))) for c in header.cells[1:]]
    scopes = tuple(None if change else _column_scope(words, c.text) for c, change in zip(header.cells[1:], changes))
    totals = [bool(_TOTAL_ROW.match(c.text.strip())) for c in header.cells[1:]]
    named = [sc for sc, total in zip(scopes, totals) if not total and sc]
    if (len(named) >= 2 and all(sc or total or change for sc, total, change in zip(scopes, totals, changes))
            and len(set(named)) == len(named) and not any(map(_has_number, header.cells))):
        by_scope: list[Column] = ["label", *("change" if change else "current" for change in changes)]
        return _Grid(header, by_scope, block[1:], transposed=False,
                     scopes=(None, *(None if total or change else sc for sc, total, change in zip(scopes, totals, changes))))
    labels = [c.text for c in header.cells]
    columns = _periods(words, labels, year)
    if any(c in ("current", "prior", "change", "target") for c in columns[1:]) and not any(map(_has_number, header.cells)):
        return _Grid(header, columns, block[1:], transposed=False)
    # years down the first column: 年度 | 复议案件 | 诉讼案件 / 2024年 | 52 | 30
    row_periods = _periods(words, [r.cells[0].text for r in block[1:]], year)
    if any(c in ("current", "prior") for c in row_periods) and not any(map(_has_number, header.cells[1:])):
        return _Grid(header, row_periods, block[1:], transposed=True)
    return None


#: a row of the whole: the total of the levels above it
_TOTAL_ROW = lazy_compile(r"^(?:合计|总计|总数|全部)$")


def _levels_down(lex: Lexicon, block: list[Row]) -> _Grid | None:
    """A table of the body's levels down its rows and indicators across its header
    (层级 | 行政复议申请 | 复议纠错 … / 县政府本级 | 58 | 7 … / 合计 | 187 | 22 …): each cell is the
    year's figure of its column's indicator for its row's level (the 合计 row's is the whole's)."""
    header, rows = block[0], block[1:]
    if len(rows) < 2 or any(map(_has_number, header.cells)):
        return None
    row_scopes: list[str | None] = []
    for row in rows:
        label = row.cells[0].text
        if _TOTAL_ROW.match(label):
            row_scopes.append(None)
        elif (scope := _column_scope(lex.tables, label)) is not None:
            row_scopes.append(scope)
        else:
            return None
    names = [c.text for c in header.cells[1:]]
    named = sum(_match(lex, name, "", False, lex.domains.last_in(name)) is not None for name in names)
    if named < max(1, (len(names) + 1) // 2):  # half the columns at least (区域 | 涉企检查 | 处罚案件: one of two)
        return None
    return _Grid(header, ["current"] * len(rows), rows, transposed=True, row_scopes=tuple(row_scopes))


def _unit_from(words: TableWords, label: str, known: frozenset[str] = frozenset()) -> str:
    """The unit a label's brackets name ((件), (单位:万元)); with `known`, only one of those units
    (县（市、区）'s bracket names places, not a unit)."""
    m = words.unit_in_label.search(label)
    unit = m.group("unit").strip() if m else ""
    return unit if not known or unit in known else ""


def _unit_cell(row: Row, cell: Cell, known: frozenset[str]) -> str:
    """The unit a 单位 column gives the row (序号 | 指标 | 单位 | 2024年 …: 行政复议纠错率 | % | 11.4 is a
    rate, not 11.4 cases): the last cell before `cell` whose whole text is a known unit."""
    for c in reversed(row.cells[:row.cells.index(cell)]):
        text = c.text.replace("％", "%")
        if text in known:
            return text
    return ""


def _known_units(lex: Lexicon) -> frozenset[str]:
    return frozenset(u for ind in lex.indicators.values() for u in ind.units) | frozenset(lex.tables.default_units)


def _match(lex: Lexicon, label: str, unit: str, change: bool, domain: str | None,
           heading_domain: str | None = None) -> tuple[Indicator, str] | None:
    lead = lex.tables.unit_in_label.sub("", label).strip()
    mentioned = lex.domains.all_in(lead)
    units = (unit,) if unit else ("%",) if change else lex.tables.default_units
    for candidate in units:
        for cue in lex.cues:
            any_unit = change and candidate in ("%", "个百分点")
            # (the section heading's domain rules a cue out as it does in a sentence: 行政处罚 as a
            # column of 三、行政复议申请涉及的事项 is what the applications were about)
            if cue.matches(lead, "", candidate, domain, any_unit=any_unit, mentioned=mentioned, heading=heading_domain):
                return lex.indicators[cue.key], candidate
    # a row label is a name (普法活动, 行政诉讼案件), not a sentence: the indicator's question synonyms
    # (an indicator of another domain than the label's and the heading's is no name of it: 调解和解结案 under
    # 行政复议 is the reconsiderations closed by mediation, not lawsuits concluded)
    known = set(lex.domains.names)
    for candidate in units:
        for ind in lex.indicators.values():
            own = ind.key.split(".")[0]
            if domain is not None and own in known and own not in (domain, heading_domain):
                continue
            if (candidate in ind.units or change) and any(word.search(lead) for word in ind.words[1:]):
                return ind, candidate
    return None


def _nearest_label(row: Row, cell: Cell) -> str:
    """The text of the last cell before `cell` in its row that holds no number."""
    before = [c for c in row.cells if c.end <= cell.start and c.text and not _has_number(c)]
    return before[-1].text if before else ""


def _kind_of(column: Column) -> Kind | None:
    return {"current": "stated", "prior": "benchmark", "change": "change", "target": "target"}.get(column)  # type: ignore[return-value]


def table_figures(text: str, sections: list[Section], year: int | None, section_at, *,
                  lex: Lexicon | None = None) -> tuple[list[Figure], list[tuple[int, int]], list[tuple[int, tuple[str, str]]]]:
    """Figures of the tables whose header names their columns, the spans they cover (the
    sentence reader skips those), and for each figure no cue or name keyed (by its index) its
    row and column labels (for the clause fallback, fgqa.figures.clause_keys)."""
    lex = lex or lexicon()
    domain_of = lex.domains.last_in
    figures: list[Figure] = []
    covered: list[tuple[int, int]] = []
    unkeyed: list[tuple[int, tuple[str, str]]] = []
    for block in table_blocks(text):
        # (levels first: a 合计 row is the whole's, not a "current" row of years down the rows)
        grid = _levels_down(lex, block) or _grid(lex.tables, block, year)
        if grid is None:
            continue
        covered.append((block[0].start, block[-1].end))
        before = text[max(0, block[0].start - 80):block[0].start]
        caption_domain = domain_of(before.rsplit("\n", 2)[-2] if before.count("\n") >= 1 else before)
        # a row whose label names no domain goes on with the last row's that did (行政复议申请（件） |
        # 受理（件） | 审结（件）: the stages listed under their first row), else the caption's
        carried = caption_domain
        for r, row in enumerate(grid.rows):
            if not grid.transposed and row.cells:
                carried = domain_of(row.cells[0].text) or carried
            for index, cell in enumerate(row.cells):
                if index == 0 or index >= len(grid.header.cells):
                    continue
                if grid.transposed:
                    column, label, column_label = grid.columns[r], grid.header.cells[index].text, row.cells[0].text
                else:
                    column, column_label = grid.columns[index], grid.header.cells[index].text
                    # the row's label cells left of this one (行政复议 | 纠错率 | 11.3%)
                    label = " ".join(c.text for i, c in enumerate(row.cells[:index])
                                     if grid.columns[i] == "label" and not _has_number(c)) or row.cells[0].text
                kind = _kind_of(column)
                if kind is None:
                    continue
                scope = grid.scopes[index] if grid.scopes else grid.row_scopes[r] if grid.row_scopes else None
                fig = _cell_figure(lex, text, row, cell, label, column_label, kind,
                                   caption_domain if grid.transposed else carried, sections, section_at,
                                   scope=scope)
                if fig is not None:
                    if fig.key is None:
                        unkeyed.append((len(figures), (label, column_label)))
                    figures.append(fig)
    return figures, covered, unkeyed


def _cell_figure(lex: Lexicon, text: str, row: Row, cell: Cell, label: str, column_label: str, kind: Kind,
                 caption_domain: str | None, sections: list[Section], section_at, *,
                 scope: str | None = None) -> Figure | None:
    found = [q for q in find_quantities(text[cell.start:cell.end]) if q.unit or q.numeral != "chinese"]
    if len(found) != 1:
        return None
    q: Quantity = found[0]
    known = _known_units(lex)
    unit = (q.unit or _unit_from(lex.tables, column_label, known) or _unit_from(lex.tables, label, known)
            or _unit_cell(row, cell, known))
    domain = lex.domains.last_in(label) or caption_domain
    # the label cell next to the number names it; the cells left of it (a category written once
    # beside its items: 复议与应诉 | 新收行政复议申请) give its domain, and its name only when the
    # nearest cell names nothing
    nearest = _nearest_label(row, cell)
    section = section_at(sections, row.start)
    heading_domain = lex.domains.last_in(section.heading) if section is not None and section.heading else None
    matched = (_match(lex, nearest, unit, kind == "change", domain, heading_domain) if nearest and nearest != label else None) \
        or _match(lex, label, unit, kind == "change", domain, heading_domain)
    value: float = q.value
    direction = None
    if kind == "change":
        down = lex.tables.down.match(cell.text) is not None or q.value < 0
        value = -abs(q.value) if down else abs(q.value)
        direction = "down" if value < 0 else "up" if value > 0 else None
    start, end = row.start, cell.end
    if matched is None:
        if not unit:
            return None  # an unkeyed number with no unit says nothing a reader can use
        key, name = None, lex.tables.unit_in_label.sub("", label).strip()[-16:]
    else:
        ind, unit = matched
        key, name = ind.key, ind.label
    return Figure(key=key, label=name, value=value, unit=unit, qualifier=q.qualifier, kind=kind,
                  scope=scope or scope_of(label), quote=text[start:end], span=(start, end), direction=direction,
                  section_id=section.id if section else None)
