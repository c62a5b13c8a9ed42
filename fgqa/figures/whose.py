"""Whose figure a number is, read from its sentence: the reporting body's own, or a part's.

`Figure.scope` (fgqa.figures.scope) names any qualifier before a number (人民调解, 市级,
城市管理领域); this module answers the narrower question a reader asks of a report-level
figure: does the sentence make it a part of the body — the streets' (各街道作为被告…), a
level (街道层面…), another body as defendant (以县政府为被告 in a city's report)? The scope
phrases are questions.toml's `narrower_scope`; a phrase naming the reporting body itself
("以街道办事处为被告" in the 街道办事处's report) is its own scope, not a part of it. Both the
`primary` flag and `ask` read whose figure a number is here, so they agree.
"""

from __future__ import annotations

import re

from fgqa.figures.context import sentence_start
from fgqa.lexicon import lexicon
from fgqa.models import Figure


def core(phrase: str) -> str:
    """"以县人民政府为被告" → "县政府", "各街道" → "街道": the body a scope phrase names."""
    return lexicon().grammar.scope_frame.sub("", phrase)


def is_whole(phrase: str) -> bool:
    return lexicon().grammar.whole_scope.search(phrase) is not None


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


def is_total_of_parts(fig: Figure) -> bool:
    """A total fgqa added up from parts said side by side (63+40): the whole they make up."""
    return fig.kind == "derived" and "+" in (fig.formula or "")


def quote_scope(fig: Figure, text: str, issuer: str | None = None) -> str | None:
    """The narrower scope the figure's sentence gives it before its number ("各街道作为被告的
    行政诉讼案件47件,审结43件" → "街道" for both), None for the reporting body as a whole
    (`issuer`, when given, counts as the whole)."""
    if is_total_of_parts(fig):
        return None
    cue = scope_cue(fig, text)
    if cue is not None and issuer and same_body(cue, core(issuer)):
        return None  # the reporting body itself (县政府 in the 县政府's report, 本局 in a 局's)
    return cue


def scope_cue(fig: Figure, text: str) -> str | None:
    """The core of the last narrower-scope phrase before the figure's number in its sentence,
    None when there is none or the whole area is named after it."""
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
    if is_whole(core(last.group())) or g.whole_area.search(lead, last.end()) is not None:
        return None  # "以区内行政机关为被告" / "…;全区共…": the whole area, said precisely
    return core(last.group()) or None
