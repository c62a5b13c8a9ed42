"""Route a question to what can answer it: an indicator, a part, the metadata, or a
search over the report's other figures. Routing never looks at a report; it reads only
the question, so the same question is routed the same way for every file. The words
that name an indicator, a part or a kind of figure are the lexicon's (fgqa/lexicon/).
"""

from __future__ import annotations

import re
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


YES_NO = _YES_NO = re.compile(r"有没有|是否|有无|吗[?？]?$|是不是")
_LIST = re.compile(r"哪些|有什么|是什么|哪几|列出|包括什么|都有")
_TOTAL = re.compile(r"一共|总共|合计|共计|总数|全区|全市|全县|全镇")
_META: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"落款|签署|成文"), "signed"),
    (re.compile(r"什么时候发布|发布时间|发布日期|哪天发布|何时发布|什么时候公开"), "published"),
    (re.compile(r"哪一年|哪个年度|年度是|哪年的|是\d{4}年度?的"), "year"),
    (re.compile(r"谁发布|哪个单位|发布机构|报告主体|谁写的|哪个部门"), "issuer"),
    (re.compile(r"哪个地方|哪个地区|什么地方"), "region"),
    (re.compile(r"什么级别|哪一级|层级"), "level"),
)
_NUMBER_WORDS = re.compile(r"多少|几|是多少|比例|比率|率|数量|金额|多大")
#: "数据统计到什么时候": the period a figure covers (checked after the metadata questions)
_WHEN = re.compile(r"什么时候|何时|统计到|截至到?哪|截止到?哪|什么时间|哪个时间|时间段|时段")


_ASKS = re.compile(r"多少|几|什么|哪些|怎样|如何")


def _indicator_for(question: str, lex: Lexicon) -> str | None:
    """The indicator the question names. The word nearest to the interrogative wins
    ("一审行政诉讼案件审结了多少件" asks about 审结, not about 案件), then the longer word;
    a question about a rate (…率) prefers rate indicators."""
    # "是否都按时答复了" asks whether a rate is complete
    asks_rate = "率" in question or "比例" in question or re.search(r"(?:是否|有没有|是不是)(?:都|全部|均|全都)", question) is not None
    ask = _ASKS.search(question)
    at = ask.start() if ask else len(question)
    best: tuple[tuple[bool, int, int], str] | None = None
    for ind in lex.indicators.values():
        for word in ind.words:
            for m in word.finditer(question):
                distance = max(0, at - m.end(), m.start() - at)
                rank = (asks_rate == ind.is_rate, -distance, len(m.group()))
                if best is None or rank > best[0]:
                    best = (rank, ind.key)
    return best[1] if best else None


#: "哪些报告…" asks every report the same thing; each report answers for itself
ACROSS = _ACROSS = re.compile(r"^(?:哪些|哪几份|哪份|哪个)(?:报告|单位|地方)")


_UNIT_HINTS = (
    (re.compile(r"金额|多少钱|万元|亿元|资金|经费"), "money"),
    (re.compile(r"多少人|人次|人数|几人"), "people"),
    (re.compile(r"率|比例|百分之|占比"), "percent"),
)


def route(question: str, *, lex: Lexicon | None = None) -> Route:
    lex = lex or lexicon()
    q = _ACROSS.sub("", question.strip())
    for pattern, field_name in _META:
        if pattern.search(q):
            return Route(route="meta", meta_field=field_name, shape="text")
    want_kind = next((kind for pattern, kind in lex.kinds.question if pattern.search(q)), None)
    asks_number = bool(_NUMBER_WORDS.search(q)) or want_kind == "zero_claim"
    # "明年的败诉目标是什么": an indicator's target/change is a figure, not the plans part
    names_figure = want_kind in ("target", "change", "benchmark") and _indicator_for(q, lex) is not None
    if not names_figure and (not asks_number or _YES_NO.search(q) or _LIST.search(q)):
        for part, words in lex.parts.items():
            if words.question.search(q):
                shape = "yes_no" if _YES_NO.search(q) else "list" if _LIST.search(q) else "text"
                return Route(route="part", part=part, shape=shape)
    unit_family = next((family for pattern, family in _UNIT_HINTS if pattern.search(q)), None)
    key = _indicator_for(q, lex) or next((k for w, k in lex.zero_claims.question_words.items() if w in q), None)
    if key is not None and unit_family == "money" and not key.endswith("fines"):
        key = None  # "审查的合同涉及金额" asks for an amount, not the review count
    if key is not None and _WHEN.search(q) and not _NUMBER_WORDS.search(q):
        return Route(route="indicator", key=key, want_kind=want_kind, shape="period")
    if key is not None:
        # "有没有被撤销的?" / "是否都按时答复了?": a yes or no, read off the figure
        shape = "yes_no" if _YES_NO.search(q) and not _NUMBER_WORDS.search(q) else "number"
        return Route(route="indicator", key=key, want_kind=want_kind, shape=shape,
                     wants_total=bool(re.search(r"一共|总共|合计|共计|总数|多少.{0,3}[\u4e00-\u9fff]{2,6}和[\u4e00-\u9fff]{2,6}", q)),
                     stated_only=bool(re.search(r"给出|披露|公布|写明|报告了", q)))
    if asks_number:
        return Route(route="figure", want_kind=want_kind, unit_family=unit_family)
    return Route(route="unknown", shape="text")
