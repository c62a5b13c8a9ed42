"""Whose figure: the scope a question names and the scope an answer's quote carries.

An answer is a claim about its quote, and whose figure it is belongs to the claim:
"以县政府为被告的案件多少件" is not answered by all the county's cases, and "行政诉讼案件多少件"
(the report's own, widest scope) is not answered by the streets' cases. The scope of a quote
is read from its sentence up to the number: the last scope phrase there (questions.toml
`narrower_scope`: 以X为被告, X作为被告, X层面, 各街道 …) unless a whole-area phrase
(`whole_scope`: 全区, 辖区内 …) comes after it or is what it names. A phrase naming the
reporting body itself ("以街道办事处为被告" in the 街道办事处's report, "县政府作为被告" in the
县政府's) is its own scope, not a part of it.
"""

from __future__ import annotations

import re

from fgqa.figures.whose import core as _core
from fgqa.figures.whose import is_whole as _is_whole
from fgqa.figures.whose import quote_scope, same_body, scope_cue
from fgqa.lexicon import lexicon
from fgqa.models import Figure

__all__ = ["carries", "is_narrower", "lead_names", "of_the_issuer", "qualifiers_named", "quote_scope", "same_body", "scopes_named"]


def scopes_named(question: str, issuer: str | None = None) -> list[str]:
    """The narrower scopes a question names ("以县政府为被告的…" → ["县政府"], "街道的败诉率…"
    → ["街道"]), none for a question about the reporting body as a whole (a question opening
    with the issuer itself, "区政府的败诉率" in the 区政府's report, names the whole)."""
    g = lexicon().grammar
    out = []
    for m in g.narrower_scope.finditer(question):
        core = _core(m.group())
        if core and not _is_whole(core) and core not in out:
            out.append(core)
    bare = g.bare_scope.search(question.strip())
    if bare and not out:
        core = _core(bare.group())
        if core and not (issuer and same_body(core, _core(issuer))):
            out.append(core)
    return out


def carries(fig: Figure, text: str, named: list[str]) -> bool:
    """The figure is of a scope the question names (every one it names)."""
    mine = scope_cue(fig, text) or _core(fig.scope or "")
    return bool(mine) and all(same_body(q, mine) for q in named)


def is_narrower(fig: Figure, text: str, issuer: str | None = None) -> bool:
    """The figure is of a part of the reporting body (the streets, another body as a defendant)."""
    return quote_scope(fig, text, issuer) is not None or column_narrower(fig, text)


def qualifiers_named(question: str, issuer: str | None = None, region: str | None = None) -> list[str]:
    """Words the question names its figure's owner by that the scope phrases do not read: a
    place's proper name other than the report's own ("沣州市的败诉率" in 江澜省's report) and
    the body's own level (本级). The answer's sentence must say them before its number."""
    g = lexicon().grammar
    own = (issuer or "") + (region or "")
    out = []
    for m in g.named_place.finditer(question):
        place = m.group()
        if g.not_a_place.search(place) or place in own or _core(place) in own:
            continue
        out.append(place)
    level = g.own_level.search(question)
    if level is not None:
        # (the body's own level said of the body itself, 州政府本级: its cases as a party too, lead_names)
        body = g.body_own_level.search(question)
        out.append(body.group() if body is not None else level.group())
    return out


def of_the_issuer(fig: Figure, issuer: str | None) -> bool:
    """The figure's scope names the reporting body itself ("以省生态环境厅为被告" in that 厅's report)."""
    mine = _core(fig.scope or "")
    return bool(issuer) and bool(mine) and not _is_whole(mine) and same_body(mine, _core(issuer or ""))


def lead_names(fig: Figure, text: str, word: str, issuer: str | None = None) -> bool:
    """The figure's sentence names `word` before its number (or its scope does). The own level said
    of the body itself (州政府本级, 厅本级: questions.toml body_own_level) is named by 本级 there, or by a
    scope phrase that gives the figure to the reporting body itself ("以省生态环境厅为被告的…败诉1件"
    in that 厅's report: its own cases, not its whole system's); a level said bare (市本级) is not (it
    holds the level's departments, 以市政府为被告 the government alone)."""
    from fgqa.figures.context import sentence_start

    g = lexicon().grammar
    said = (fig.scope or "", text[sentence_start(text, fig.span[0]):fig.span[1]], column_header(fig, text) or "")
    if any(word in where for where in said):
        return True
    if not g.body_own_level.fullmatch(word):
        return False
    if any(g.own_level.search(where) for where in said):
        return True
    if not issuer:
        return False
    cue = scope_cue(fig, text)
    # (a part after 其中 whose phrase the cue passes over, "其中以县政府为被告的案件41件,败诉2件": the
    # figures stage gave it the reporting body's own scope)
    return (cue is not None and same_body(cue, _core(issuer))) or of_the_issuer(fig, issuer)


_CELL = " | "


def column_header(fig: Figure, text: str) -> str | None:
    """The header of the table column the figure's number sits in ("项目 | 区政府本级 | 全区" over
    "败诉率 | 5.3% | 7.9%" → "区政府本级"), None outside a table or for its first column."""
    line_start = text.rfind("\n", 0, fig.span[0]) + 1
    line_end = text.find("\n", fig.span[1])
    line = text[line_start:line_end if line_end != -1 else len(text)]
    if _CELL not in line:
        return None
    column = text[line_start:fig.span[1]].count(_CELL)
    if column == 0:
        return None
    # the table's first row: up the lines that are rows with the same number of cells
    cells = line.count(_CELL)
    start = line_start
    while start > 0:
        prev_start = text.rfind("\n", 0, start - 1) + 1
        prev = text[prev_start:start - 1]
        if prev.count(_CELL) != cells:
            break
        start = prev_start
    if start == line_start:
        return None
    header = text[start:text.find("\n", start)].split(_CELL)
    if column >= len(header) or (re.search(r"\d", header[column]) and not re.search(r"[\u4e00-\u9fff]", header[column])):
        return None
    return header[column].strip()


def column_narrower(fig: Figure, text: str) -> bool:
    """The figure's table column is a part of the body (区政府本级, 各街道), not the whole (全区)."""
    header = column_header(fig, text)
    if not header:
        return False
    g = lexicon().grammar
    if _is_whole(header) or g.whole_area.search(header):
        return False
    return g.own_level.search(header) is not None or g.narrower_scope.search(header) is not None
