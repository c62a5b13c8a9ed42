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

from fgqa.figures.whose import core as _core
from fgqa.figures.whose import is_whole as _is_whole
from fgqa.figures.whose import quote_scope, same_body, scope_cue
from fgqa.lexicon import lexicon
from fgqa.models import Figure

__all__ = ["carries", "is_narrower", "quote_scope", "same_body", "scopes_named"]


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
    return quote_scope(fig, text, issuer) is not None
