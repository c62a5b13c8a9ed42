"""tables.toml: the words a table's header and cells say what its numbers are with, as data.

Validated like every lexicon file (schemas.RawTablesFile) and loaded with them into
`Lexicon.tables`, which fgqa/figures/tables.py reads; the anchors around the words (a label
starts with them, a cell's direction comes first) are the reader's, not the data's.
"""

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from fgqa.lexicon.schemas import RawTablesFile


class TableWords(NamedTuple):
    #: a header label (its unit taken off) names a change / a goal column anywhere in it
    change: re.Pattern[str]
    target: re.Pattern[str]
    #: a header label starts with the words of the year's own / the prior year's column
    current: re.Pattern[str]
    prior: re.Pattern[str]
    #: the unit in a label's brackets, with what may stand before it (单位:): group `unit`
    unit_in_label: re.Pattern[str]
    #: a header label that is the whole of a kind of the body's sub-areas or offices (县（市、区）, 乡镇)
    parts: re.Pattern[str]
    #: a change cell that starts with these words is a fall
    down: re.Pattern[str]
    #: a row label that starts with these words is a part of the row above (其中：食品安全领域)
    part_row: re.Pattern[str]
    #: the units a table leaves unwritten, tried in this order
    default_units: tuple[str, ...]


def build_tables(raw: "RawTablesFile", compile: Callable[[str, str, str], re.Pattern[str]]) -> TableWords:
    """The table words of tables.toml's validated contents (`compile(pattern, where, wrap)`)."""
    col, cells = raw.columns, raw.cells
    return TableWords(
        change=compile(col.change, "columns change", "{}"),
        target=compile(col.target, "columns target", "{}"),
        current=compile(col.current, "columns current", "^(?:{})"),
        prior=compile(col.prior, "columns prior", "^(?:{})"),
        unit_in_label=compile(col.unit_label, "columns unit_label", r"[(（](?:{})?(?P<unit>[^()（）]{{1,4}})[)）]\s*$"),
        parts=compile(col.parts, "columns parts", "^(?:{})$"),
        down=compile(cells.down, "cells down", r"^\s*(?:{})"),
        part_row=compile(cells.part_row, "cells part_row", r"^\s*(?:{})"),
        default_units=tuple(cells.default_units),
    )
