"""The rules engine's figure extraction: every quantity in the text, read in its clause.

For each number we look at its *lead* (the words since the clause start or the previous
number) and its *tail*, decide its kind (kinds.py), the indicator its cue names
(taxonomy.py), its scope (scope.py), and cut a quote that is an exact substring of the
text. Numbers no indicator claims stay as labelled `other` figures of their section.
"""

from __future__ import annotations

import re

from fgqa.figures import context
from fgqa.figures.kinds import TO_VALUE_LEAD, classify, is_goal
from fgqa.figures.numbers import Quantity, find_quantities
from fgqa.figures.scope import period_of, scope_of
from fgqa.figures.tables import table_figures
from fgqa.figures.taxonomy import BY_KEY, INDICATORS, Indicator, domain_of, domains_in
from fgqa.figures.zero_claims import RATE_OF_ZERO, covers_reconsideration, find_zero_claims
from fgqa.models import Figure, Section

#: how far back (characters) a domain named in an earlier sentence still holds
DOMAIN_CARRY_CHARS = 160
_LABEL_NOISE = re.compile(r"^(?:[、,，\s]|其中|全年|年内|今年|共计|累计|总计|共|合计|先后|已|均|并)+|(?:共计|累计|总计|共|合计|达到|高达|达|为|约|计)+$")


def extract_figures(text: str, sections: list[Section], year: int | None = None) -> list[Figure]:
    tabled, covered = table_figures(text, sections, year, section_at)
    quantities = [q for q in find_quantities(text) if q.unit and not _is_name(q, text)
                  and not any(lo <= q.start < hi for lo, hi in covered)]
    figures: list[Figure] = list(tabled)
    last_keyed: dict[int, Figure] = {}  # sentence start → last keyed figure in it
    keyed_by_tail: set[int] = set()  # figures whose cue comes after the number
    for i, q in enumerate(quantities):
        section = section_at(sections, q.start)
        floor = section.span[0] if section else 0
        s_start = context.sentence_start(text, q.start, floor)
        s_end = context.sentence_end(text, q.end)
        c_start = context.clause_start(text, q.start, s_start)
        c_end = context.clause_end(text, q.end, s_end)
        prev = quantities[i - 1] if i > 0 else None
        nxt = quantities[i + 1] if i + 1 < len(quantities) else None
        lead_start = max(c_start, prev.end) if prev and prev.end > c_start else c_start
        tail_end = min(c_end, nxt.start) if nxt and nxt.start < c_end else c_end
        lead, tail = text[lead_start:q.start], text[q.end:tail_end]

        in_plans = section is not None and section.part == "plans"
        kind, direction = classify(lead, tail, in_plans=in_plans)
        domain = _domain_at(text, s_start, q.start, sections, section)
        mentioned = domains_in(text[s_start:q.start])
        indicator = _match_indicator(_without_dates(lead), tail, q.unit, domain, mentioned, change=(kind == "change"))
        previous = last_keyed.get(s_start)
        if indicator is None and previous is not None:
            indicator = _inherited(previous, lead, q, kind)

        value: int | float = q.value
        if kind == "change":
            # signed: 下降3% → -3; a written sign counts too (增长-5% → -5, 下降-3% → +3)
            value = -value if direction == "down" else value
            direction = "down" if value < 0 else "up" if value > 0 else direction
        quote_start = _skip_punct(text, lead_start, q.start)
        quote_end = q.end
        if indicator is not None and indicator._tail is not None:  # type: ignore[attr-defined]
            m = indicator._tail.search(tail)  # type: ignore[attr-defined]
            if m and not (indicator._lead and indicator._lead.search(lead)):  # type: ignore[attr-defined]
                quote_end = q.end + m.end()
                keyed_by_tail.add(len(figures))
        fig = Figure(
            key=indicator.key if indicator else None,
            label=indicator.name if indicator else _label(lead, tail),
            value=value,
            unit=q.unit,
            qualifier=q.qualifier,
            kind=kind,
            scope=scope_of(text[s_start:q.start]),
            quote=text[quote_start:quote_end],
            span=(quote_start, quote_end),
            direction=direction,
            period=period_of(text[s_start:q.start], year),
            section_id=section.id if section else None,
        )
        figures.append(fig)
        if fig.key and kind != "change":
            last_keyed[s_start] = fig
    _key_list_heads(figures, text, keyed_by_tail)
    figures.extend(_zero_claim_figures(text, sections))
    return figures


#: years and dates between a cue and its number ("受理复议案件由2023年的45件", "截至11月底审结")
_DATES_IN_LEAD = re.compile(r"(?:19|20)\d\d年(?:度)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末)?|\d{1,2}月(?:\d{1,2}日|底|末)")


def _without_dates(lead: str) -> str:
    """The lead as a cue is matched: dates are not numbers that stand between cue and number."""
    return _DATES_IN_LEAD.sub("", lead) if any(c.isdigit() for c in lead) else lead


def _key_list_heads(figures: list[Figure], text: str, keyed_by_tail: set[int]) -> None:
    """An enumeration keyed by the words after its last item ("文件4件、合同18份进行合法性审查")
    speaks of the same indicator in every item."""
    for i in range(len(figures) - 1, 0, -1):
        fig, before = figures[i], figures[i - 1]
        if i not in keyed_by_tail or fig.key is None or fig.kind != "stated" or before.key is not None or before.kind != "stated":
            continue
        between = text[before.span[1]:fig.span[0]]
        if between.startswith("、") and BY_KEY[fig.key].units >= {before.unit} and not BY_KEY[fig.key].is_rate:
            figures[i - 1] = before.model_copy(update={"key": fig.key, "label": BY_KEY[fig.key].name})
            keyed_by_tail.add(i - 1)


# "三项制度", "两个清单": a Chinese numeral that names a scheme, not a count
_SCHEME_NOUN = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:制度|机制|原则|行动|工程|清单|要求|承诺|模式|体系|服务|工作法)")


def _is_name(q: Quantity, text: str) -> bool:
    return q.numeral == "chinese" and q.unit in ("项", "个", "张", "条") and _SCHEME_NOUN.match(text, q.end) is not None


def section_at(sections: list[Section], pos: int) -> Section | None:
    found = None
    for sec in sections:
        if sec.span[0] <= pos:
            found = sec
        else:
            break
    return found


def _match_indicator(lead: str, tail: str, unit: str, domain: str | None, mentioned: frozenset[str], *,
                     change: bool) -> Indicator | None:
    # a relative change (下降73%, 提高5个百分点) may speak of any indicator, rate or count
    any_unit = change and unit in ("%", "个百分点")
    for ind in INDICATORS:
        if ind.matches(lead, tail, unit, domain, any_unit=any_unit, mentioned=mentioned):
            return ind
    return None


def _inherited(previous: Figure, lead: str, q: Quantity, kind: str) -> Indicator | None:
    """A change right after a figure (受理184件,同比上升223%) or the next item of a list
    (审查文件6件、合同7份) speaks of the same indicator."""
    ind = BY_KEY[previous.key] if previous.key else None
    if ind is None:
        return None
    bare = not re.search(r"[\u4e00-\u9fff]{2,}", re.sub(r"同比|环比|较上年|较去年|比上年|比去年|上升|下降|增长|减少|增加|降低|提高|了", "", lead))
    if kind == "change" and bare:
        return ind
    if lead.startswith("、") and q.unit in ind.units and kind != "change" and not ind.is_rate:
        return ind
    if previous.kind == "benchmark" and TO_VALUE_LEAD.match(lead) and q.unit in ind.units | {previous.unit}:
        return ind  # 败诉率由8.5%降至6.1%: the new value of the same indicator
    return None


def _domain_at(text: str, s_start: int, pos: int, sections: list[Section], section: Section | None) -> str | None:
    domain = domain_of(text[s_start:pos])
    if domain:
        return domain
    # an earlier sentence of the same paragraph ("本级共受理复议3例。…驳回2件、确认违法1件")
    back = max(0, s_start - DOMAIN_CARRY_CHARS)
    if section:
        back = max(back, section.span[0])
    newline = text.rfind("\n", back, s_start)
    if newline != -1:
        back = newline + 1
    domain = domain_of(text[back:s_start])
    if domain:
        return domain
    # the heading of the section, then of its parents
    sid = section.id if section else None
    while sid:
        sec = next((s for s in sections if s.id == sid), None)
        if sec and sec.heading:
            domain = domain_of(sec.heading)
            if domain:
                return domain
        sid = sid.rsplit(".", 1)[0] if "." in sid else None
    return None


def _skip_punct(text: str, start: int, stop: int) -> int:
    while start < stop and text[start] in " 、,，;；:：\t\n“”\"":
        start += 1
    return start


def _label(lead: str, tail: str) -> str:
    label = _LABEL_NOISE.sub("", lead.strip())
    label = re.sub(r"^.*?(?:\d{4}年(?:以来|至今)?|以来)[,，]?", "", label) or label
    if not label:
        label = re.sub(r"^[的之]", "", tail.strip())[:12]
    return label[-16:] if len(label) > 16 else label


def _zero_claim_figures(text: str, sections: list[Section]) -> list[Figure]:
    figures: list[Figure] = []
    seen: set[tuple[str, int]] = set()
    for claim, m in find_zero_claims(text):
        section = section_at(sections, m.start())
        s_start = context.sentence_start(text, m.start(), section.span[0] if section else 0)
        sentence_before = text[s_start:m.start()]
        if claim.needs_before is not None and not claim.needs_before.search(sentence_before):
            continue
        if claim.not_before is not None and claim.not_before.search(sentence_before):
            continue
        c_start = _skip_punct(text, context.clause_start(text, m.start(), s_start), m.start())
        scope = scope_of(sentence_before)
        goal = is_goal(text[c_start:m.start()], in_plans=section is not None and section.part == "plans")
        targets = [(claim.key, claim.value, claim.unit)]
        if claim.key == "litigation.lost" and covers_reconsideration(m.group(), sentence_before):
            targets.append(("reconsideration.corrected", 0, "件"))
        if claim.key in RATE_OF_ZERO and scope is None and "零" not in m.group():
            rate_key, rate_unit = RATE_OF_ZERO[claim.key]
            targets.append((rate_key, 0, rate_unit))
        for key, value, unit in targets:
            if (key, m.end()) in seen:  # two patterns may match one claim (诉讼零败诉 / 零败诉)
                continue
            seen.add((key, m.end()))
            figures.append(
                Figure(
                    key=key,
                    label=BY_KEY[key].name,
                    value=value,
                    unit=unit,
                    kind="target" if goal else "zero_claim",
                    scope=scope,
                    quote=text[c_start:m.end()],
                    span=(c_start, m.end()),
                    section_id=section.id if section else None,
                )
            )
    return figures
