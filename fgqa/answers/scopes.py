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

from fgqa.figures.context import sentence_start
from fgqa.lexicon import lexicon
from fgqa.models import Figure


def _core(phrase: str) -> str:
    """"以县人民政府为被告" → "县政府", "各街道" → "街道": the body a scope phrase names."""
    return lexicon().grammar.scope_frame.sub("", phrase)


def _is_whole(phrase: str) -> bool:
    return lexicon().grammar.whole_scope.search(phrase) is not None


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


def quote_scope(fig: Figure, text: str, issuer: str | None = None) -> str | None:
    """The narrower scope the figure's sentence gives it before its number ("各街道作为被告的
    行政诉讼案件47件,审结43件" → "街道" for both), None for the reporting body as a whole
    (`issuer`, when given, counts as the whole)."""
    if fig.kind == "derived" and "+" in (fig.formula or ""):
        return None  # a total of the parts (63+40) is the whole the parts make up
    cue = _cue(fig, text)
    if cue is not None and issuer and same_body(cue, _core(issuer)):
        return None
    return cue


def _cue(fig: Figure, text: str) -> str | None:
    g = lexicon().grammar
    start = sentence_start(text, fig.span[0])
    lead = text[start:fig.span[1]]
    last = None
    for m in g.narrower_scope.finditer(lead):
        clause = re.split(r"[,，;；:：]", lead[:m.start()])[-1]
        if g.scope_place.search(clause):
            continue  # "在各社区设立…": a place, not whose figure
        if g.part_cue.search(lead, 0, m.start()) and re.search(r"[,，]", lead[m.end():]):
            continue  # "…,其中乡调委会调处47起、各村调委会调处85起,调处成功率98%": a part's, and it ended
        if g.whole_area.search(clause) and not g.part_cue.search(clause) and g.defendant_scope.match(m.group()):
            # "全市法院一审审结以市、县…为被告的…": the whole area's cases, said precisely (but
            # "全县各乡镇…" is each of its towns)
            continue
        last = m
    if last is None:
        return None
    if _is_whole(_core(last.group())) or g.whole_area.search(lead, last.end()) is not None:
        return None  # "以区内行政机关为被告" / "…;全区共…": the whole area, said precisely
    return _core(last.group()) or None


def same_body(a: str, b: str) -> bool:
    """Two scope cores name the same body (县政府 / 岚溪县政府; 人民 already taken out; 市局 /
    蔚川市市场监督管理局: a department's short name for itself)."""
    if not (a and b):
        return False
    return a in b or b in a or _short_name_of(a, b) or _short_name_of(b, a)


def _short_name_of(short: str, full: str) -> bool:
    g = lexicon().grammar
    m = g.self_name.match(short)
    if m is not None and m.group("committee"):  # 管委会 is what a 管理委员会 calls itself
        return full.endswith(("管理委员会", "管委会"))
    if m is None or not full.endswith(m.group("body")):
        return False
    levels = g.issuer_level.findall(full)
    return m.group("level") is None or (bool(levels) and levels[-1] == m.group("level"))


def carries(fig: Figure, text: str, named: list[str]) -> bool:
    """The figure is of a scope the question names (every one it names)."""
    mine = _cue(fig, text) or _core(fig.scope or "")
    return bool(mine) and all(same_body(q, mine) for q in named)


def is_narrower(fig: Figure, text: str, issuer: str | None = None) -> bool:
    """The figure is of a part of the reporting body (the streets, another body as a defendant)."""
    return quote_scope(fig, text, issuer) is not None
