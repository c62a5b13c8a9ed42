"""Route a question to what can answer it: an indicator, a part, the metadata, or a
search over the report's other figures. Routing never looks at a report; it reads only
the question, so the same question is routed the same way for every file. The words
that name an indicator, a part or a kind of figure are the lexicon's (fgqa/lexicon/).
"""

from __future__ import annotations

from typing import Literal

from fgqa.lexicon import Lexicon, lexicon
from fgqa.models import Kind, PartKey, Strict

RouteKind = Literal["indicator", "part", "meta", "figure", "unknown"]


class Route(Strict):
    route: RouteKind
    key: str | None = None
    part: PartKey | None = None
    meta_field: str | None = None
    #: the kind of figure the question asks for (None: the year's own figure)
    want_kind: Kind | None = None
    #: "period": when the figure's count runs to (截至11月底), not the figure itself
    shape: Literal["number", "yes_no", "list", "text", "period"] = "number"
    #: the question asks for a total over scopes (一共/合计/总共)
    wants_total: bool = False
    #: the question asks what the report itself gives (给出/披露), not what can be computed
    stated_only: bool = False
    #: the unit family the question asks for ("金额" → money), when it says
    unit_family: Literal["money", "people", "percent"] | None = None


#: the metadata field each questions.toml [grammar] meta_* pattern asks for, in the order tried
_META_FIELDS = ("addressee", "editor", "source", "signed", "published", "year", "issuer", "region", "level")


def yes_no_question(question: str) -> bool:
    """"是否…", "有没有…", "…吗": the question asks for a yes or a no."""
    return lexicon().grammar.yes_no.search(question) is not None


def _indicator_for(question: str, lex: Lexicon) -> str | None:
    """The indicator the question names. The word nearest to the interrogative wins
    ("一审行政诉讼案件审结了多少件" asks about 审结, not about 案件), then the longer word;
    a question about a rate (…率) prefers rate indicators."""
    # "是否都按时答复了" asks whether a rate is complete
    asks_rate = "率" in question or "比例" in question or lex.grammar.all_of_them.search(question) is not None
    ask = lex.grammar.asks.search(question)
    at = ask.start() if ask else len(question)
    best: tuple[tuple[bool, int, int], str] | None = None
    for ind in lex.indicators.values():
        for word in ind.words:
            for m in word.finditer(question):
                distance = max(0, at - m.end(), m.start() - at)
                rank = (asks_rate == ind.is_rate, -distance, len(m.group()))
                if best is None or rank > best[0]:
                    best = (rank, ind.key)
    if best is not None and not best[0][0] and ("率" in question or "比例" in question):
        return None  # "调解结案率是多少" names no rate indicator: 结案 does not make it a count's question
    return best[1] if best else None


def without_across(question: str) -> str:
    """"哪些报告…" asks every report the same thing; each report answers for itself."""
    return lexicon().grammar.across.sub("", question.strip())


def compared_as_bound(question: str) -> str:
    """"乡政府败诉率是不是比全县低" asked as "…是不是低于全县": a comparison written before its word
    (questions.toml compared_before) put in the form the comparison is read in, in a yes/no question
    only; a trend against the year before (比上年多了吗) and a share asked (比例是多少) are left as they are."""
    if not yes_no_question(question):
        return question
    return lexicon().grammar.compared_before.sub(lambda m: f"{m.group(2)}于{m.group(1)}", question)


_UNIT_FAMILIES: tuple[Literal["money", "people", "percent"], ...] = ("money", "people", "percent")


def route(question: str, *, lex: Lexicon | None = None) -> Route:
    lex = lex or lexicon()
    g = lex.grammar
    q = g.across.sub("", question.strip())
    for field_name in _META_FIELDS:
        if getattr(g, f"meta_{field_name}").search(q):
            return Route(route="meta", meta_field=field_name, shape="text")
    want_kind = next((kind for pattern, kind in lex.kinds.question if pattern.search(q)), None)
    if want_kind is None and g.asks_target.search(q) and g.number_words.search(q) and not g.yes_no.search(q):
        want_kind = "target"  # "明年…计划开展多少场"
    asks_number = bool(g.number_words.search(q)) or want_kind == "zero_claim"
    # "明年的败诉目标是什么": an indicator's target/change is a figure, not the plans part
    names_figure = want_kind in ("target", "change", "benchmark") and _indicator_for(q, lex) is not None
    if not names_figure and (not asks_number or g.yes_no.search(q) or g.list.search(q)):
        for part, words in lex.parts.items():
            if words.question.search(q):
                shape = "yes_no" if g.yes_no.search(q) else "list" if g.list.search(q) else "text"
                return Route(route="part", part=part, shape=shape)
    unit_family = next((family for family in _UNIT_FAMILIES if getattr(g, family).search(q)), None)
    key = _indicator_for(q, lex) or next((k for w, k in lex.zero_claims.question_words.items() if w in q), None)
    if key is not None and unit_family == "money" and not key.endswith("fines"):
        key = None  # "审查的合同涉及金额" asks for an amount, not the review count
    if key is not None and g.period.search(q) and not g.number_words.search(q):
        return Route(route="indicator", key=key, want_kind=want_kind, shape="period")
    if key is not None:
        # "有没有被撤销的?" / "是否都按时答复了?": a yes or no, read off the figure
        shape = "yes_no" if g.yes_no.search(q) and not g.number_words.search(q) else "number"
        return Route(route="indicator", key=key, want_kind=want_kind, shape=shape,
                     wants_total=bool(g.total.search(q)), stated_only=bool(g.stated_only.search(q)))
    if asks_number:
        return Route(route="figure", want_kind=want_kind, unit_family=unit_family)
    return Route(route="unknown", shape="text")
