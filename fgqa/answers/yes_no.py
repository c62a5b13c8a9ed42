"""Yes/no questions answered from evidence, never a bare "no".

- About an indicator ("是否实现零败诉", "是否实现法律顾问全覆盖"): its figure decides —
  零败诉 is a yes when the year's count at the report's widest scope is 0; 全覆盖 when the
  rate is 100 %. A goal only (力争零败诉) is "the report states it as a goal".
- Anything else ("是否聘请了法律顾问", "是否公开了年度报告"): yes, with the sentence, when a
  sentence covering the question states it as done; no only when a sentence says it was
  not (未/没有/不再 before the question's words); a goal when only the plans say it; and
  otherwise "the report does not say".
"""

from __future__ import annotations

import re
from typing import Literal

from fgqa import re_cache
from fgqa.answers.claims import indicator_units
from fgqa.answers.evidence import (
    Question,
    ReportIndex,
    Sentence,
    clause_span,
    coverage,
    is_verb,
    substantive,
    synonyms,
    unknown_words,
    without_the_issuer,
)
from fgqa.answers.lookup import COVERS, clip, not_in_report, related_points
from fgqa.answers.scopes import (
    carries,
    column_header,
    is_narrower,
    lead_names,
    qualifiers_named,
    quote_scope,
    same_body,
    scopes_named,
)
from fgqa.lexicon import lexicon
from fgqa.models import YEAR_KINDS, Answer, Citation, Figure, Summary

_WIDE = re_cache.compile(r"^全")


def asks_zero(question: str) -> bool:
    """"是否实现零败诉": yes when the count is zero (the question asks about a zero)."""
    return lexicon().grammar.zero_question.search(question) is not None


def asks_existence(question: str) -> bool:
    """"有没有被纠错的" asks whether the count is above zero (read off the figure)."""
    return lexicon().grammar.asks_existence.search(question) is not None


def _paired(key: str) -> str:
    """The count or rate that answers the same zero question (败诉 count ↔ 败诉率): the
    lexicon's rate_of_zero pairs (zero_claims.toml), read both ways."""
    pairs = lexicon().zero_claims.rate_of_zero
    return pairs.get(key) or next((count for count, rate in pairs.items() if rate == key), key)


def _word(question: str, yes: bool) -> str:
    """有/没有 for a question asking whether there is any (有没有, 有无 …), else 是/否."""
    if lexicon().yes_no.has_cue.search(question) and not lexicon().yes_no.is_cue.search(question):
        return "有。" if yes else "没有。"
    return "是。" if yes else "否。"


def _holds(word: str, value: float, bound: float) -> bool:
    """Whether `value` is <word> `bound` (低于 5 → below, 达到 95 → at least; yes_no.toml [compare])."""
    y = lexicon().yes_no
    if y.below.match(word):
        return value <= bound if y.inclusive.match(word) else value < bound
    return value >= bound if y.inclusive.match(word) else value > bound


def _yes_no(summary: Summary, question: str, yes: bool, why: str, cites: list[Citation], points: list[str] | None = None) -> Answer:
    return Answer(doc=summary.doc.path, answer_type="yes_no", value=yes, text=_word(question, yes) + why,
                  points=points or [c.quote for c in cites], citations=cites)


def _fmt(f: Figure) -> str:
    return f"{f.value}{f.unit}" + (f"({f.scope})" if f.scope else "")


def _widest(question: str, figures: list[Figure], text: str | None = None, issuer: str | None = None) -> list[Figure]:
    """The figures of the scope the question names, else of the widest scope the report
    gives (no scope / 全区…), else all of them — but never those whose quote gives them to
    a part of the body (各街道作为被告…, 街道层面…) for a question naming no such part, nor
    any other for one that does (fgqa.answers.scopes). Empty: the report gives none."""
    asked = scopes_named(question, issuer) if text is not None else []
    if asked and text is not None:
        return [f for f in figures if carries(f, text, asked)]
    named = [f for f in figures if f.scope and all(p in question for p in re.split(r"[()（）+]", f.scope) if p)]
    if named:
        return named
    wide = [f for f in figures if not f.scope or _WIDE.match(f.scope)] or figures
    return [f for f in wide if text is None or not is_narrower(f, text, issuer)]


def _claim_negated(fig: Figure, text: str) -> bool:
    """The verbal claim is said as not reached in its clause ("尚未实现…全覆盖")."""
    from fgqa.answers.evidence import clause_around

    return lexicon().grammar.claim_negation.search(clause_around(text, fig.span[0], fig.span[1])) is not None


def _unreached_claim(keys: set[str], text: str) -> tuple[int, int] | None:
    """The clause (its span) where a verbal claim of one of `keys` is said as not reached."""
    from fgqa.answers.evidence import clause_span

    negation = lexicon().grammar.claim_negation
    for claim, m in lexicon().zero_claims.find(text):
        if claim.key in keys:
            a, b = clause_span(text, m.start(), m.end())
            if negation.search(text, a, b) is not None:
                return a, b
    return None


def _only_parts(summary: Summary, question: str, figures: list[Figure], text: str | None) -> Answer:
    """The question's scope has no figure, only parts of it (or other parts) have: not a yes or no."""
    shown = figures[:3]
    scopes = "、".join(dict.fromkeys((quote_scope(f, text, summary.meta.issuer) if text else None) or f.scope or "其他范围"
                                     for f in shown))
    asked = "、".join(scopes_named(question, summary.meta.issuer)) if text is not None else ""
    return Answer(doc=summary.doc.path, answer_type="cannot_answer",
                  text=f"报告没有给出{asked or '报告主体整体'}的数字, 只有{scopes}的: " + "; ".join(f.quote for f in shown),
                  points=[f.quote for f in shown], citations=[Citation(quote=f.quote, span=f.span) for f in shown])


def _compare(question: str, key: str, summary: Summary, all_figs: list[Figure], text: str | None = None,
             every: list[Figure] | None = None) -> Answer | None:
    m = lexicon().grammar.compare.search(question)
    if m is None:
        return None
    mine = [f for f in all_figs if f.key == key]
    if text is not None:
        between = _compare_scopes(question, m, summary, [f for f in mine if f.kind in YEAR_KINDS], text)
        if between is not None:
            return between
    of_year = _named_first(question[:m.start()], [f for f in mine if f.kind in YEAR_KINDS])
    year = _widest(question, of_year, text, summary.meta.issuer)
    if not year:
        return _only_parts(summary, question, of_year, text) if of_year else None
    fig = year[0]
    bound_text = _ASKED_TAIL.sub("", m.group(2))
    from fgqa.figures.numbers import find_quantities

    said = find_quantities(bound_text)
    if said and (said[0].unit == "%") != (fig.unit == "%"):
        return None  # "办结率是否达到95%" is not decided by a count of 5件: a rate against a rate only
    if said and said[0].unit and said[0].unit != fig.unit and said[0].unit not in (indicator_units(key) or ()):
        return None  # "审核人员是否都达到3名" is no bound on a count of documents (327件): units of one family only
    if said:
        bound_value, bound_quote, cites = float(said[0].value), said[0].raw, [Citation(quote=fig.quote, span=fig.span)]
        own = _own_bound(fig)
        if own is not None:  # "个别县行政诉讼败诉率仍高于15%": the report's figure is a bound itself
            yes = _bound_decides(m.group(1), bound_value, *own, existence=asks_existence(question))
            return None if yes is None else _yes_no(summary, question, yes, f"报告写到: {fig.quote}", cites)
    else:
        said_word = _said_against(fig, text, bound_text) if text is not None else None
        if said_word is not None:  # "纠错率为14.6%,高于全省平均水平": the comparison said in words
            yes = _agrees(m.group(1), said_word)
            if yes is not None:
                return _yes_no(summary, question, yes, f"报告写到: {fig.quote}…{said_word}{bound_text}",
                               [Citation(quote=fig.quote, span=fig.span)])
        # the key's benchmark, else an unkeyed one in the same unit named by the bound's words
        # (全市平均为8.4%), never another figure that happens to be a benchmark
        # (the key's own benchmark too must be of the place the bound names: a 全市平均 is no
        # answer to "是否低于全国平均", nor the year before's figure to any average)
        if _names_prior_year(bound_text, summary.meta.year):
            # "是否低于上年": the key's benchmark that is no average (a table's 2023年 column, 上年为…)
            benchmarks = [f for f in mine if f.kind == "benchmark" and f.unit == fig.unit and "平均" not in _lead_of(f, text)]
        else:
            # (an average of somebody else's, 全国平均, is the same for every part a question names: 樾溪市 …)
            benchmarks = [f for f in mine if f.kind == "benchmark" and _shares_words(bound_text, _lead_of(f, text))] or [
                f for f in every or () if f.key == key and f.kind == "benchmark" and f.unit == fig.unit
                and "平均" in _lead_of(f, text) and _shares_words(bound_text, _lead_of(f, text))] or sorted(
                (f for f in all_figs if f.kind == "benchmark" and f.key is None and f.unit == fig.unit
                 and _shares_words(bound_text, f.label + f.quote)),
                key=lambda f: abs(f.span[0] - fig.span[0]))
        if not benchmarks and text is not None:
            # "赭陵市的败诉率是否高于全省平均" in the province's report: its own figure is the average
            benchmarks = _own_area_figure(bound_text, fig, key, summary, every or all_figs, text)
        if not benchmarks:
            return None
        b = benchmarks[0]
        bound_value, bound_quote = float(b.value), f"{b.quote}"
        cites = [Citation(quote=fig.quote, span=fig.span), Citation(quote=b.quote, span=b.span)]
    yes = _holds(m.group(1), float(fig.value), bound_value)
    if yes and lexicon().yes_no.each_part_asked.search(question[:m.start()]):
        # "所有部门的出庭应诉率是否都达到了90%": the whole's 96.3 % says nothing of each part (one
        # whole below the bound does say that some part is below it)
        return None
    return _yes_no(summary, question, yes, f"{fig.label} {_fmt(fig)}, 对比 {bound_quote}", cites)


#: a bound that is a whole area's average ("全省平均", "全市平均水平" once the filler words are out)
_WHOLE_AREA = re_cache.compile(r"全(省|市|县|区|州|盟|旗|镇|乡)")


def _own_area_figure(bound_text: str, fig: Figure, key: str, summary: Summary, every: list[Figure], text: str) -> list[Figure]:
    """The report's own figure as the average a part is asked against ("樾溪市的负责人出庭应诉率是否低于
    全省平均" in the province's report: 全省's rate, 92.7 %, against the city's row): the bound names the
    whole area of the reporting body's own level, the asked figure is of a part the question names,
    and the whole's year figure of the key, same unit, is said of that area (or of nobody narrower).
    Empty when the report is of another level (a city's report has no province average of its own)."""
    core = re.sub(r"[^\u4e00-\u9fff]", "", lexicon().yes_no.bound_filler.sub("", bound_text))
    m = _WHOLE_AREA.fullmatch(core)
    own = (summary.meta.region or "") + (summary.meta.issuer or "")
    if m is None or not fig.scope or re.search(f"{m.group(1)}(?:人民政府|政府)?$", summary.meta.region or "") is None \
            or m.group(1) not in own:
        return []
    wholes = [f for f in every if f.key == key and f.kind in YEAR_KINDS and f.unit == fig.unit and f is not fig
              and (not f.scope or _WIDE.match(f.scope) or lead_names(f, text, core))
              and not is_narrower(f, text, summary.meta.issuer)]
    return [f for f in wholes if lead_names(f, text, core)] or [f for f in wholes if not f.scope]


def _own_bound(fig: Figure) -> tuple[str, float] | None:
    """The figure's own words compare it with its number ("个别县行政诉讼败诉率仍高于15%", "纠错率低于5%"):
    the number is a bound the value is said to pass, not the value. The comparison word and the
    number; None when the number is the value."""
    from fgqa.figures.numbers import find_quantities

    m = next(reversed(list(lexicon().grammar.compare.finditer(fig.quote))), None)  # the last comparison
    y = lexicon().yes_no
    if m is None or not (y.said_above.match(m.group(1)) or y.said_below.match(m.group(1))):
        return None  # (达到100% is the value reached)
    said = find_quantities(m.group(2))
    if len(said) != 1 or float(said[0].value) != float(fig.value) or not m.group(2).strip().startswith(said[0].raw):
        return None
    return m.group(1), float(said[0].value)


def _bound_decides(asked: str, bound: float, said: str, at: float, existence: bool = False) -> bool | None:
    """Whether "is it <asked> <bound>" holds of a value the report says is <said> <at> (高于15%: above
    15): above a number at or over the bound is above the bound (and not below it); below a number at
    or under it is below it. None when the report's bound does not decide the question's, or when
    `existence` (是否有…) asks the other way (some above says nothing of the others)."""
    y = lexicon().yes_no
    asks_below = bool(y.below.match(asked))
    if bool(y.said_below.match(said)) != asks_below and existence:
        return None  # "个别县…高于15%" says nothing of whether some other one is below it
    if y.said_above.match(said) and at >= bound:
        return not asks_below
    if y.said_below.match(said) and at <= bound:
        return asks_below
    return None


def _compare_scopes(question: str, m: re.Match[str], summary: Summary, year: list[Figure], text: str) -> Answer | None:
    """"乡镇负责人出庭应诉率是否高于县直部门": the bound is another scope of the same indicator, no
    number nor average. Its figure is the one whose words (up to the number) name the bound's scope;
    the asked one's words name something of the question before the comparison that the bound's do
    not (乡镇). None when the report gives no such pair."""
    from fgqa.figures.numbers import find_quantities

    bound_text = m.group(2)
    core = re.sub(r"[^\u4e00-\u9fff]", "", lexicon().yes_no.bound_filler.sub("", bound_text))
    if len(core) < 2 or find_quantities(bound_text) or "平均" in bound_text or _names_prior_year(bound_text, summary.meta.year):
        return None
    bounds = [f for f in year if core in _lead_of(f, text)]
    if len(bounds) != 1:
        return None
    b = bounds[0]
    theirs = _lead_of(b, text)
    subject = re.sub(r"[^\u4e00-\u9fff]", "", question[:m.start()])
    own = {subject[i:i + 2] for i in range(len(subject) - 1)}
    asked = [f for f in year if f is not b and f.unit == b.unit and core not in _lead_of(f, text)
             and any(g in _lead_of(f, text) and g not in theirs for g in own)]
    if len(asked) != 1:
        return None
    f = asked[0]
    yes = _holds(m.group(1), float(f.value), float(b.value))
    return _yes_no(summary, question, yes, f"{f.quote}; 对比 {b.quote}",
                   [Citation(quote=f.quote, span=f.span), Citation(quote=b.quote, span=b.span)])


#: what a question puts after its bound ("…低于全省平均水平吗")
_ASKED_TAIL = re_cache.compile(r"(?:吗|呢|没有|了)+$")


def _names_prior_year(bound: str, year: int | None) -> bool:
    """The bound is the year before ("上年", "去年", "2023年" in a 2024 report), not a place."""
    core = re.sub(r"[^\u4e00-\u9fff\d]", "", lexicon().yes_no.bound_filler.sub("", bound))
    return bool(lexicon().yes_no.prior_said.fullmatch(core)) or (year is not None and core in (f"{year - 1}年", f"{year - 1}年度"))


def _lead_of(fig: Figure, text: str | None) -> str:
    """A figure's label and quote with its clause up to the number ("全市平均纠错率为13.6%", "低于全国
    平均水平(9.4%)"): the words that say whose figure it is."""
    if text is None:
        return fig.label + fig.quote
    a, _ = clause_span(text, fig.span[0], fig.span[0])
    start = a if a < fig.span[0] else max(0, a - 12)  # (a figure opening its clause: "…平均水平:9.4%")
    return fig.label + text[start:fig.span[1]]


def _said_against(fig: Figure, text: str, bound_text: str) -> str | None:
    """The comparison word written right after the figure, before the question's bound
    ("纠错率为14.6%,高于全省平均水平" → 高于), None when the report says none."""
    end = min([i for i in (text.find(ch, fig.span[1]) for ch in "。;；\n") if i != -1] or [len(text)])
    rest = text[fig.span[1]:end].lstrip(",，、 ")
    # (past clauses that say only the figure's change: "…,同比下降2.6个百分点,低于全省平均水平")
    while lexicon().yes_no.change_clause.match(rest) and re.search("[,，]", rest):
        rest = re.split("[,，]", rest, maxsplit=1)[1].lstrip("、 ")
    m = lexicon().grammar.compare.match(rest)
    if m is None or not _shares_words(bound_text, m.group(2)):
        return None
    return m.group(1)


def _shares_words(bound: str, said: str) -> bool:
    """The report's words name the question's bound: what the bound says besides 平均/水平
    (全省, 同类城市) is in them ("全国平均水平" is not "全市平均水平")."""
    core = re.sub(r"[^\u4e00-\u9fff]", "", lexicon().yes_no.bound_filler.sub("", bound))
    if core:
        return core in said
    return "平均" in bound and "平均" in said


def _agrees(asked: str, said: str) -> bool | None:
    """Whether "is it <asked> the bound" holds when the report says it is <said> it (高于 →
    value above the bound); None when the words do not decide (达到 said, 低于 asked …)."""
    y = lexicon().yes_no
    above, below = bool(y.said_above.match(said)), bool(y.said_below.match(said))
    if not (above or below):
        return None
    return below if y.below.match(asked) else above


def _up_down() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words of a rise and of a fall (questions.toml's trend_up/trend_down, yes_no.toml's more_up/more_down)."""
    g, y = lexicon().grammar, lexicon().yes_no
    return (re_cache.compile(f"{g.trend_up.pattern}|{y.more_up.pattern}"),
            re_cache.compile(f"{g.trend_down.pattern}|{y.more_down.pattern}"))


def _asked_direction(question: str) -> Literal["up", "down"] | None:
    """The direction a trend question (比上年是否下降, 是否比2022年有所增长) asks about; None for no
    trend or both."""
    g, y = lexicon().grammar, lexicon().yes_no
    up_words, down_words = _up_down()
    if not g.trend.search(question) and not y.trend_lead.search(question):
        # "法律援助案件是否增加了": a direction word that ends the question asks the change too
        # ("是否增加了法律顾问" asks about a deed)
        last = re_cache.compile(f"(?:{down_words.pattern}|{up_words.pattern})(?:{y.trend_tail.pattern})")
        m = last.search(question)
        if m is None:
            return None
        question = m.group()
    down, up = bool(down_words.search(question)), bool(up_words.search(question))
    if down == up:
        return None
    return "down" if down else "up"


def _compared_year(text: str, year: int | None) -> int | None:
    """The year a trend is against ("比上年", "同比" → the year before the report's; "比前年" → two
    before; "较2021年" → 2021); None when the text names none or the report's year is unknown."""
    g, y = lexicon().grammar, lexicon().yes_no
    m = y.trend_lead.search(text)
    said = m.group() if m else ""
    named = re.search(r"(\d{4})年", said)
    if named:
        return int(named.group(1))
    if year is None:
        return None
    if "前年" in said:
        return year - 2
    return year - 1 if said or g.trend.search(text) else None


def _trend(question: str, key: str, summary: Summary, all_figs: list[Figure], text: str | None = None) -> Answer | None:
    asked = _asked_direction(question)
    if asked is None:
        return None
    year = summary.meta.year
    against = _compared_year(question, year)
    if against is not None and year is not None and against != year - 1:
        return None  # "是否比2021年增加": a change on the year before says nothing of it
    # a change against another year in its own words ("比2021年增长了一倍") says nothing of the year before's
    changes = [f for f in all_figs if f.key == key and f.kind == "change" and f.direction
               and _compared_year(f.quote, year) in (None, against if against is not None else year and year - 1)]
    changes = _named_first(question, changes, text)
    if not changes:
        return _against_the_prior_year(question, asked, key, summary, all_figs, text)
    f = changes[0]
    yes = f.direction == asked
    return _yes_no(summary, question, yes, f"{f.label}: {'下降' if f.direction == 'down' else '上升'}{abs(f.value)}{f.unit}",
                   [Citation(quote=f.quote, span=f.span)])


def _against_the_prior_year(question: str, asked: Literal["up", "down"], key: str, summary: Summary,
                            all_figs: list[Figure], text: str | None) -> Answer | None:
    """"行政诉讼案件是否比上年减少了" on a report that gives no change but the year before's figure
    beside the year's ("收案198件(上年为176件)", "罚没款3,120万元,上年为2,680万元"): the two values say
    the direction. The prior figure is the key's benchmark whose own words name the year before, or
    a figure of the same unit written right after the year's, in its sentence, with those words
    (the figures stage may leave it unkeyed)."""
    if text is None:
        return None
    year = summary.meta.year
    prior_said = lexicon().yes_no.prior_said
    before = re.compile(f"{prior_said.pattern}|{year - 1}年" if year else prior_said.pattern)
    mine = [f for f in all_figs if f.key == key and f.kind in YEAR_KINDS]
    for f in _widest(question, mine, text, summary.meta.issuer):
        # the prior figure right after the year's (a few characters, no sentence end between)
        beside = [b for b in all_figs if b.key in (key, None) and b.kind in ("benchmark", "stated") and b.unit == f.unit
                  and 0 <= b.span[0] - f.span[1] <= _BESIDE and not _ENDS.search(text, f.span[1], b.span[0])
                  and before.search(text, f.span[1], b.span[1])]
        # (or a table's cell whose column is the year before: "项目 | 2023年 | 2022年")
        keyed = [b for b in all_figs if b.key == key and b.kind == "benchmark" and b.unit == f.unit
                 and (before.search(_lead_of(b, text)) or before.search(column_header(b, text) or ""))]
        prior = (beside or keyed)[:1]
        if not prior:
            continue
        b = prior[0]
        value, then = float(f.value), float(b.value)
        moved = "up" if value > then else "down" if value < then else "flat"
        why = f"{f.label} {_fmt(f)}, 上年 {b.value}{b.unit}"
        return _yes_no(summary, question, moved == asked, why,
                       [Citation(quote=f.quote, span=f.span), Citation(quote=b.quote, span=b.span)])
    return _prior_none(question, asked, mine, summary, text)


def _prior_none(question: str, asked: Literal["up", "down"], mine: list[Figure], summary: Summary, text: str) -> Answer | None:
    """"行政诉讼案件是否比上年增加" on a report saying the year before had none ("上年我乡没有行政诉讼
    案件", "去年同期…为零"): any of them this year is a rise. The thing asked is the question's words
    before its first ask word; the clause must name the year before, a none and that thing."""
    lead = re.split(f"{lexicon().grammar.trend.pattern}|是否|有没有|是不是|有无", question, maxsplit=1)[0]
    thing = re.sub(r"[^\u4e00-\u9fff]", "", lead)
    year = [f for f in _widest(question, mine, text, summary.meta.issuer) if float(f.value) > 0]
    if len(thing) < 4 or not year:
        return None
    y = lexicon().yes_no
    for m in re.finditer(re.escape(thing), text):
        a, b = clause_span(text, m.start(), m.end())
        clause = text[a:b]
        before = clause[:m.start() - a]
        none = ((y.none_before.search(before) or lexicon().grammar.none_occurred.search(before)) is not None
                and y.not_negation.search(before) is None) or y.zero_after.match(text, m.end()) is not None
        if y.prior_said.search(before) and none:
            f = year[0]
            return _yes_no(summary, question, asked == "up", f"{f.label} {_fmt(f)}, 上年没有: {clause}",
                           [Citation(quote=f.quote, span=f.span), Citation(quote=clause, span=(a, b))])
    return None


#: how far after the year's figure the year before's may be written ("198件(上年为176件)")
_BESIDE = 12
_ENDS = re_cache.compile(r"[。;；\n]")


_NAMED_RATE = re_cache.compile(r"[\u4e00-\u9fff]{2,6}率")


def _named_first(asked: str, figures: list[Figure], text: str | None = None) -> list[Figure]:
    """The figures, but those whose quote names another rate of the same kind than the question
    ("综合纠错率有没有超过15%": the 综合纠错率 of 15.8 %, not the 直接纠错率 of the same key); all of
    them when that leaves none. A change opening its clause is of the rate in the clause before it
    ("备案审查纠错率为3.6%,较上年下降1.9个百分点": the 备案审查 rate's change, not the 复议纠错率's)."""
    names = _NAMED_RATE.findall(asked)
    if not names:
        return figures
    # (全县败诉率: the area named before the rate is the question's scope, not the rate's name)
    area = lexicon().grammar.whole_area.match(names[-1])
    name = names[-1][area.end():] if area else names[-1]

    def words(f: Figure) -> str:
        if text is None or f.kind != "change":
            return f.quote
        a, _ = clause_span(text, f.span[0], f.span[0])
        before = clause_span(text, a - 2, a - 2)[0] if a >= 2 else a
        return text[before:f.span[1]]

    def other_rate(f: Figure) -> bool:  # its quote names another rate of the same tail (直接纠错率)
        # (a shorter name of the asked one, 纠错率 for 复议纠错率, is the same rate)
        said = words(f)
        return name not in said and any(r.endswith(name[-3:]) and not name.endswith(r) for r in _NAMED_RATE.findall(said))

    kept = [f for f in figures if not other_rate(f)] or figures
    # (those naming the asked rate in full before those naming it short: 备案审查纠错率 before a bare 纠错率)
    return sorted(kept, key=lambda f: name not in words(f)) if text is not None else kept


def _ruled_out_of_key(question: str, key: str) -> bool:
    """The question says what every cue of the key is ruled out by (its `not_about` words, without
    their `about_unless`): the key's figures are not of what it asks (a filing review's 纠错率 is no
    reconsideration's), the sentences that say it answer instead."""
    cues = [c for c in lexicon().cues if c.key == key]
    return bool(cues) and all(
        c.not_about is not None and c.not_about.search(question) is not None
        and not (c.about_unless is not None and c.about_unless.search(question)) for c in cues)


def decide_by_indicator(question: str, key: str, summary: Summary, all_figs: list[Figure],
                        text: str | None = None) -> Answer | None:
    """A zero, full-coverage, comparison (低于全国平均) or trend (比上年下降) question about an
    indicator, decided by its figures; None when the question is none of these (the caller
    reads "有没有…" off the count)."""
    named = qualifiers_named(question, summary.meta.issuer, summary.meta.region) if text is not None else []
    # (the body's own level, 区政府本级, is named by its cases as a party: 以区政府为被告…, lead_names)
    own_level = lexicon().grammar.body_own_level
    if text is not None and any(n not in text and not own_level.fullmatch(n) for n in named):
        return None  # "鹿鸣乡实现零败诉了吗" with 鹿鸣乡 never named: no figure of the report's is its
    if _ruled_out_of_key(question, key):
        return None  # "备案审查纠错率比上年下降了吗": the words that keep a figure out of the key keep the question out
    every = all_figs
    if named and text is not None:
        # a place the question names by its name (柘塘镇) answers only by the figures said of it
        all_figs = [f for f in all_figs if f.key not in (key, _paired(key)) or all(lead_names(f, text, n, summary.meta.issuer) for n in named)]
    # "所有部门…是否都达到90%": a bound of each part, not full coverage; the sentences may say
    each_part = _asks_bound(question) and lexicon().yes_no.each_part_asked.search(question) is not None
    decided = _compare(question, key, summary, all_figs, text, every) or _trend(question, key, summary, all_figs, text)
    if decided is not None and not (each_part and decided.answer_type != "yes_no"):
        return decided
    if lexicon().grammar.asks_plan.search(question):
        return None  # "是否计划实现…全覆盖" asks about the plan, not the year's figure
    if each_part:
        return None
    zero = asks_zero(question)
    full = not zero and bool(lexicon().grammar.full_question.search(question)) and key.endswith("_rate")
    if not (zero or full):
        asked = scopes_named(question, summary.meta.issuer) if text is not None and asks_existence(question) else []
        scoped = _scoped_outcome(question, _parse(question), asked, summary, ReportIndex.build(summary, text)) \
            if asked and text is not None else None
        if scoped is not None:  # "本局作为被告的案件有没有败诉的": the sentence giving that scope says it
            return scoped
        if text is not None and asks_existence(question) and not any(
                f.key in (key, _paired(key)) and f.kind in YEAR_KINDS for f in all_figs):
            # "有没有败诉" with no count given: a sentence saying none happened ("没有发生一起…
            # 败诉案件") or that one did answers it; the caller says "not disclosed" otherwise
            said = decide_general(question, summary, text, ReportIndex.build(summary, text))
            return said if said.answer_type == "yes_no" else None
        return None
    keys = {key, _paired(key)}
    mine = [f for f in all_figs if f.key in keys]
    year = [f for f in mine if f.kind in YEAR_KINDS]
    if not year:
        unreached = _unreached_claim(keys, text) if text is not None else None
        if unreached is not None and text is not None:  # "部分社区尚未实现法律顾问全覆盖": not reached (no figure of it)
            a, b = unreached
            return _yes_no(summary, question, False, f"报告写到: {text[a:b]}", [Citation(quote=text[a:b], span=(a, b))])
        goals = [f for f in mine if f.kind == "target"]
        if goals:
            return Answer(doc=summary.doc.path, answer_type="not_disclosed", key=key, kind="target",
                          text="报告没有说当年是否做到, 只把它作为目标: " + "; ".join(f.quote for f in goals[:2]),
                          points=[f.quote for f in goals[:2]], citations=[Citation(quote=f.quote, span=f.span) for f in goals[:2]])
        return None
    chosen = _widest(question, year, text, summary.meta.issuer)
    unmet = [f for f in chosen if f.kind == "zero_claim" and text is not None and _claim_negated(f, text)]
    if unmet:  # "部分社区尚未实现法律顾问全覆盖": said as not reached
        f = unmet[0]
        return _yes_no(summary, question, False, f"报告写到: {f.quote}", [Citation(quote=f.quote, span=f.span)])
    if not chosen:
        if text is not None and scopes_named(question, summary.meta.issuer):
            # the scope asked (以县政府为被告) has no figure: a wider scope's losses say nothing
            # of it; the sentences may (均判决驳回原告的诉讼请求)
            return None
        # only parts of the body counted: one part's loss says the whole had losses too
        lost = [f for f in year if zero and float(f.value) > 0]
        if not lost:
            return _only_parts(summary, question, year, text)
        chosen = lost
    if zero:
        yes = all(float(f.value) == 0 for f in chosen)
    else:
        yes = all(f.unit == "%" and float(f.value) >= 100 for f in chosen if f.unit == "%") and any(f.unit == "%" for f in chosen)
    others = [f for f in year if f not in chosen]
    why = "; ".join(f"{f.label} {_fmt(f)}: {f.quote}" for f in chosen[:2])
    if others:
        why += "。其他范围: " + "; ".join(_fmt(f) for f in others[:3])
    return _yes_no(summary, question, yes, why, [Citation(quote=f.quote, span=f.span) for f in chosen[:3]])


# --------------------------------------------------------------------------- any other yes/no


_DEED_FORMS: dict[int, dict[str, frozenset[str]]] = {}


def _deed_forms() -> dict[str, frozenset[str]]:
    """Every form of a deed in the synonym table → the forms of all the deeds it is one of
    ("举行" is a form of 召开 and of 开展: asked as 举行, a sentence may write 召开)."""
    table = synonyms()
    key = id(table)
    if key not in _DEED_FORMS:
        out: dict[str, set[str]] = {}
        for word, forms in table.items():
            if is_verb(word):
                for f in forms:
                    if len(f) >= 2:
                        out.setdefault(f, set()).update(forms)
        _DEED_FORMS.clear()
        _DEED_FORMS[key] = {f: frozenset(group) for f, group in out.items()}
    return _DEED_FORMS[key]


def _is_deed(word: str) -> bool:
    return is_verb(word) or word in _deed_forms()


def _parse(question: str) -> Question:
    """The question read as evidence.Question does, and a deed that ends a chunk taken apart
    from what it is done to ("三项制度在县直执法部门落实", "…调整前举行"): a yes/no asks whether it
    was done, which a sentence may word otherwise. The levels a question names together (区镇两级)
    and a 年度 before the thing are set aside: reports write them otherwise (区、镇; 2025年)."""
    q = Question.parse(lexicon().yes_no.asked_aside.sub("|", question))
    chunks: list[str] = []
    for c in q.chunks:
        # the edges a report leaves out (被采纳 ← 均被采纳 / 采纳率, …审查程序 ← …审查)
        c = lexicon().yes_no.asked_filler.sub("", c)
        # (a predicate of the table itself stays inside its chunk, a unit whose forms the sentence must hold)
        # (nor one the question negates: "公示不及时的问题" asks about the shortfall itself)
        deed = max((f for f in _deed_forms() if c.endswith(f) and len(c) - len(f) >= 2 and not is_verb(f)
                    and not lexicon().grammar.negation.search(c[:-len(f)])), key=len, default=None)
        chunks += [c[:-len(deed)], deed] if deed and not _is_deed(c) else [c]
    return Question(raw=question, chunks=chunks, measure=q.measure)


def _deed_said(sentence: str, deed: str) -> bool:
    """The sentence says the deed in one of its forms (its own entry's, else its groups')."""
    return any(f in sentence for f in synonyms().get(deed, ()) or _deed_forms().get(deed, (deed,)))


def _deeds_said(sentence: str, q: Question) -> bool:
    """Each deed the question asks about is in the sentence in one of its forms, except the
    predicates of the synonym table itself, which a sentence may word any way ("参加" ← "在…中");
    a form of them asked ("出台", "举行") must be said in one of its group's forms."""
    # (an outcome asked, 纠正, is said by its opposite too: "复议案件1件,县政府决定维持")
    opposites = lexicon().question_opposites
    return all(_deed_said(sentence, c) or (c in opposites and opposites[c].search(sentence) is not None)
               for c in q.chunks if _is_deed(c) and not is_verb(c))


def _says_all(sentence: str, q: Question, index: ReportIndex) -> bool:
    """The sentence holds the whole question, each deed it asks in one of its forms (a
    shortcoming that states the problem asked: "部分区县备案审查流于形式")."""
    return coverage(q, sentence, index) >= COVERS and all(_deed_said(sentence, c) for c in q.chunks if _is_deed(c))


#: the share of the rest of a question a sentence must hold when it says none of its deeds
WHOLE = 0.95


def _deed_or_whole(s: Sentence, q: Question, index: ReportIndex) -> bool:
    """A yes needs the deed asked in one of its forms, or else everything else the question names
    (in the sentence, or with the subject its paragraph or heading gives it): "参加…培训" ← "在…培训
    中". A sentence holding most of the thing and none of the deed's forms ("以法治政府建设示范创建为
    牵引" for "是否建成了法治政府建设示范省", a heading "一、本年度推进法治政府建设的主要举措和成效" for
    "是否公开了法治政府建设年度报告") says nothing done to it."""
    verbs = _verbs(q)
    if not verbs or any(_deed_said(s.text, v) for v in verbs):
        return True
    return max(coverage(q, s.text, index, skip=verbs), coverage(q, index.context_of(s) + s.text, index, skip=verbs)) >= WHOLE


def _verbs(q: Question) -> frozenset[str]:
    """The question's predicate words (聘请, 建立, 公开, and any form of them, and a finishing deed
    such as 作出决策): they may be worded otherwise."""
    return frozenset(c for c in q.chunks if _is_deed(c) or lexicon().yes_no.completion.fullmatch(c))


def negated(sentence: str, q: Question) -> bool:
    """未/没有/不再 right before one of the question's words (镇政府不再制发…), or before the
    predicate that ends one ("区级平台打通" ← "与区级平台尚未打通"), or inside it ("衔接到位" ←
    "衔接不够到位"); or a shortfall right after
    one ("全面落实" ← "落实不够到位", "示范村" ← "示范村尚属空白"), unless the question itself
    names a shortfall ("是否存在报备不及时的问题" is answered yes by that sentence)."""
    g = lexicon().grammar
    after = g.shortfall.search(q.raw) is None and lexicon().yes_no.formality.search(q.raw) is None
    # a word of degree before the shortfall (质量不高) denies a state asked (是否规范), not a deed
    asks_state = lexicon().yes_no.state.search(q.raw) is not None
    ability = lexicon().yes_no.ability_asked.search(q.raw) is not None
    zero_asked = asks_zero(q.raw)
    for chunk in _worded_otherwise(q.chunks):
        # "衔接到位" ← "衔接不够到位": the negation between the predicate's verb and its result
        for i in range(2, len(chunk) - 1):
            if re.search(re.escape(chunk[max(0, i - 4):i]) + g.inner_negation.pattern + re.escape(chunk[i:i + 2]), sentence):
                return True
        # the chunk, its endings of four characters or more ("执法案件引发行政复议" ← "无一例引发
        # 行政复议"), and the two-character predicate that ends it
        forms = synonyms().get(chunk, (chunk,)) + tuple(chunk[i:] for i in range(1, len(chunk) - 3)) + (
            (chunk[-2:],) if len(chunk) > 3 else ())
        # the thing whose state is asked, without the state ("…公众参与程序落实到位" ← "…公众参与程序流于
        # 形式"): a shortfall right after it denies the state
        y = lexicon().yes_no
        bare = re_cache.compile(f"(?:{y.state_verb.pattern})?(?:{y.state.pattern})$").sub("", chunk) if asks_state and after else chunk
        if len(bare) >= 4 and bare != chunk and any(_short_after(sentence, m.end()) for m in re.finditer(re.escape(bare), sentence)):
            return True
        for form in forms:
            at = chunk.rfind(form)
            # ("免予处罚" asks a deed that is a negation: the sentence's 不予处罚 agrees with it)
            asked_negated = at > 0 and (g.negation.search(chunk[max(0, at - 4):at]) is not None
                                        or lexicon().yes_no.negative_deed.search(chunk[max(0, at - 4):at]) is not None)
            for m in re.finditer(re.escape(form), sentence):
                # ("公示不及时的问题" asks about the negation itself: the sentence saying it is a yes)
                # a deed negated in a clause about something else is not the asked one's
                # ("开展了…培训,但未组织考核" does not deny 开展…培训)
                if not asked_negated and (_negator_before(sentence, m.start()) or _none_before(sentence, m.start())
                                          or (ability and _capacity_denied(sentence, m.start()))) \
                        and _about_it(sentence, m.start(), chunk, q, m.end()):
                    return True
                # "因信息公开被申请复议的案件为零": a zero said right after the thing (a zero asked is not denied by it)
                if not asked_negated and not zero_asked and len(form) >= 2 and y.zero_after.match(sentence, m.end()):
                    return True
                if after and len(form) >= 2 and _short_after(sentence, m.end(), degree=asks_state):
                    return True
    return _none_occurred(sentence, q) or _other_outcome(sentence, q)


def _short_after(sentence: str, at: int, degree: bool = True) -> bool:
    """A shortfall said right after position `at`, with `degree` a word of degree between allowed
    ("规范" ← "规范化程度有待提升", "意识不强"; questions.toml shortfall, yes_no.toml falls_short)."""
    y = lexicon().yes_no
    m = y.degree_noun.match(sentence, at) if degree else None
    for start in dict.fromkeys((at, m.end() if m else at)):
        if lexicon().grammar.shortfall.match(sentence, start) or y.falls_short.match(sentence, start) \
                or y.formality.match(sentence, start):
            return True
    return False


def _about_it(sentence: str, at: int, chunk: str, q: Question, end: int | None = None) -> bool:
    """A negated deed at `at` is the asked one: its clause holds something the question asks the
    deed of (a word of another chunk, or its last two characters), or the chunk names more than a deed."""
    if not _is_deed(chunk):
        return True
    a, b = clause_span(sentence, at, at)
    things = [c for c in q.chunks if len(c) >= 2 and not _is_deed(c)]
    # (a title asked in its marks is written with them, or with a 草案 inside them: its words)
    bare = [c.strip("《》“”\"") for c in things]
    forms = [f for c in things for f in (*synonyms().get(c, (c,)), c[-2:])] + [b for b in bare if len(b) >= 2]
    if not things or any(f in sentence[a:b] for f in forms):
        return True
    # a clause with no subject or object of its own ("…已报请省政府常务会议审议,尚未出台", "…,目前仍未
    # 印发") says its deed of the thing the sentence gave before it ("…培训,但未组织考核" names its own)
    return _subjectless(sentence[a:at], sentence[at if end is None else end:b]) and any(f in sentence[:a] for f in forms)


def _subjectless(lead: str, rest: str) -> bool:
    """What stands in a clause before its deed is only a negation and adverbs ("尚未", "目前仍未",
    "至今没有": at most four characters) and nothing but a particle after it: the clause names
    nothing of its own."""
    def han(t: str) -> int:
        return len(re.sub(r"[^\u4e00-\u9fff]", "", t))

    return han(lead) <= 4 and han(rest) <= 1


def _none_before(sentence: str, start: int) -> bool:
    """A none-quantifier earlier in the clause of position `start` ("没有一件被申请复议或者被起诉",
    "无一项被…撤销"): it negates everything after it to the clause's end."""
    a, _ = clause_span(sentence, start, start)
    y = lexicon().yes_no
    for m in y.none_quantifier.finditer(sentence, a, start):
        # ("无一件未经审查": none undone, a double negation that says all were done)
        if y.not_negation.match(sentence, m.start()) is None and y.none_then_not.match(sentence, m.end()) is None:
            return True
    return False


def _none_left_undone(clause: str) -> bool:
    """A none-quantifier with a negation right after it ("无一件未经审查"): all of them were done."""
    y = lexicon().yes_no
    return any(y.none_then_not.match(clause, m.end()) for m in y.none_quantifier.finditer(clause))


def _worded_otherwise(chunks: list[str]) -> list[str]:
    """The chunks, and each with one of its words put in another of its forms ("整改到位" →
    "整改彻底"): a negation is read against any wording of the asked deed."""
    out = list(chunks)
    for chunk in chunks:
        for word, forms in synonyms().items():
            if len(word) >= 2 and word in chunk and word != chunk:
                out += [chunk.replace(word, f) for f in forms[1:]]
    return list(dict.fromkeys(out))


def _head(q: Question) -> str:
    """What a yes/no asks the existence of: its last chunk naming a thing ("…引发了重大矛盾纠纷")."""
    return next((c for c in reversed(q.chunks) if len(c) >= 2 and not is_verb(c)), "")


def _none_occurred(sentence: str, q: Question) -> bool:
    """"未收到因信息公开申请引起的行政诉讼", "未出现因决策失误引发的重大矛盾纠纷": a negation of
    receiving or happening covers the phrase after it to the clause's end, and the thing the
    question asks about is in that phrase."""
    head = _head(q)
    if not head:
        return False
    for m in lexicon().grammar.none_occurred.finditer(sentence):
        if lexicon().yes_no.none_then_not.match(sentence, m.end()):
            continue  # "无一件未经审查": none undone
        clause = re.split(r"[,，。;；:：]", sentence[m.end():])[0]
        forms = synonyms().get(head, (head,)) + ((head[-3:],) if len(head) >= 4 else ())
        # the thing itself, not a modifier of another ("未收到依申请公开政府信息的申请" is no
        # word on whether 政府信息 was published)
        empty = lexicon().yes_no.empty_noun
        if any(not clause[h.end():].startswith("的") or empty.match(clause, h.end())
               for form in forms for h in re.finditer(re.escape(form), clause)):
            return True
    # "有没有发现违法问题" ← "未发现…存在违法问题": the finding asked is the one said not made, and
    # what it would have found is in the rest of its clause
    for m in lexicon().yes_no.none_found.finditer(sentence):
        if len(head) >= 4 and head[:2] in m.group() and head[2:] in re.split(r"[,，。;；:：]", sentence[m.end():])[0]:
            return True
    return False


def _asked_outcomes(q: Question) -> list[str]:
    """The outcomes the question asks about (败诉, 纠错: questions.toml [opposites])."""
    return [deed for deed in lexicon().question_opposites if any(deed in c for c in q.chunks)]


def _says_outcome(sentence: str, deed: str) -> bool:
    """The sentence says the outcome happened: its word with no negation right before it."""
    return any(not _negator_before(sentence, m.start()) for m in re.finditer(re.escape(deed), sentence))


def _other_outcome(sentence: str, q: Question) -> bool:
    """"有没有败诉" against "法院均判决驳回原告诉讼请求" / "均胜诉": the other outcome said, and
    the asked one not."""
    opposites = lexicon().question_opposites
    return any(opposites[deed].search(sentence) and not _says_outcome(sentence, deed) for deed in _asked_outcomes(q))


_TITLE_WORDS = re_cache.compile(r"《([^》]{2,})》")
_CLAUSE = re_cache.compile(r"[^,，;；:：。]+[,，;；:：。]?")
_TITLE = re_cache.compile(r"《[^》]*》")


def _asked_forms(q: Question | None) -> list[str]:
    """The forms the question's words may take in a sentence (itself, its synonyms)."""
    if q is None:
        return []
    return [f for c in q.chunks if len(c) >= 2 for f in synonyms().get(c, (c,)) if len(f) >= 2]


def _goal(s: Sentence, q: Question | None = None, index: ReportIndex | None = None) -> bool:
    """The sentence states the asked thing as a goal or a plan, not as done: it is in the plans
    part, or a goal word (力争, 计划, 下一步 …) governs the clause that holds the question's words
    (or opens the sentence), or the sentence is an item of a list led by an intention ("将重点做好
    以下工作:一是…"). A plan word naming a thing (制定年度工作计划), a title, or the question's
    own words (是否制定了工作计划) is no goal word, nor one in another clause ("召开专题会议,
    研究部署下一步工作")."""
    if s.part == "plans":
        return True
    g, y = lexicon().grammar, lexicon().yes_no
    forms = _asked_forms(q)

    def mask(text: str) -> str:
        for pattern in (y.plan_noun, y.goal_lookalike, _TITLE):
            text = pattern.sub(lambda m: "＿" * len(m.group()), text)
        for f in forms:
            text = text.replace(f, "＿" * len(f))
        return text

    masked = mask(s.text)
    clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(s.text)]
    if not forms or not clauses:
        return g.goal.search(masked) is not None
    asked = [i for i, (a, b) in enumerate(clauses) if any(f in s.text[a:b] for f in forms)] or list(range(len(clauses)))
    first = asked[0]
    for i in {0, *asked}:
        a, b = clauses[i]
        if g.goal.search(masked, a, b):
            return True
    # a lead before the asked clause in the same sentence ("我们将重点做好以下工作:一是…")
    if any(s.text[b - 1] in ":：" and y.goal_lead.search(masked, a, b) for a, b in clauses[:first]):
        return True
    return index is not None and y.list_item.match(s.text) is not None and _led_as_goal(s, index)


def _led_as_goal(s: Sentence, index: ReportIndex) -> bool:
    """An item ("二是…") whose paragraph opens with a lead framing the items as intentions."""
    y, g = lexicon().yes_no, lexicon().grammar
    i = index.position(s.span[0])
    j = i
    while j > 0 and "\n" not in index.text[index.sentences[j - 1].span[1]:index.sentences[j].span[0]]:
        j -= 1
    if j == i:
        return False
    lead = index.sentences[j].text
    cut = min((lead.find(ch) for ch in ":：" if ch in lead), default=len(lead))
    head = y.plan_noun.sub("", lead[:cut])
    return y.goal_lead.search(head) is not None or g.goal.search(head) is not None


def _only_prepared(sentence: str, q: Question) -> bool:
    """The sentence writes a thing the question asks about only with its preparation right
    after it ("完成《…条例》立法调研" for "…条例是否完成了立法", "起草…规章草案"): it does not say
    the thing itself was done."""
    y = lexicon().yes_no
    for c in q.chunks:
        if len(c) < 2 or is_verb(c):
            continue
        hits = [m.end() for f in synonyms().get(c, (c,)) for m in re.finditer(re.escape(f), sentence)]
        if hits and all(y.preparatory.match(sentence, end + (sentence[end:end + 1] in "》”\"")) for end in hits):
            return True
    return False


def _only_steered(sentence: str, q: Question) -> bool:
    """The sentence says the asked deed or state only as what somebody was steered toward
    ("指导律师事务所规范收费行为" for "律师事务所收费是否规范", "督促…整改"): a steering verb before it
    in its clause at each place; the steering was done, the thing is not said done. A question
    asking the steering itself (是否督促…) is answered by it."""
    y = lexicon().yes_no
    if y.steering.search(q.raw):
        return False
    preds = [c for c in q.chunks if _is_deed(c) or y.state.fullmatch(c)]
    forms = [f for c in preds for f in (synonyms().get(c, ()) or _deed_forms().get(c, (c,))) if len(f) >= 2]
    hits = [m.start() for f in forms for m in re.finditer(re.escape(f), sentence)]
    if not hits:
        return False
    return all(y.steering.search(sentence, clause_span(sentence, at, at)[0], at) is not None for at in hits)


def _negator_before(sentence: str, start: int) -> bool:
    """A negation right before position `start` (未/没有/尚未/无 … up to two characters before),
    not a look-alike that negates nothing (无缝衔接, 未成年人, 不断完善: yes_no.toml)."""
    y = lexicon().yes_no
    m = lexicon().grammar.negation.search(sentence, max(0, start - 4), start) or \
        y.weak_negation.search(sentence, max(0, start - 4), start)  # "还不够规范"
    if m is None or y.not_negation.match(sentence, m.start()) is not None:
        return False
    # "没有出现拒不履行…的情况": the negation itself said not to have happened, a double one
    return y.double_negation.search(sentence, max(0, m.start() - 8), m.start()) is None


def _capacity_denied(sentence: str, start: int) -> bool:
    """The capacity or permission denied right before position `start` ("不具备制定…的主体资格",
    "无权独立作出…", "不得单独…"): read only for a question asking whether the body can or may."""
    return lexicon().yes_no.capacity_negation.search(sentence, max(0, start - 6), start) is not None


def cause_unsaid(question: str, sentence: str, index: ReportIndex) -> bool:
    """The question names a cause ("有没有因政府信息公开不到位被复议纠错") that the sentence a count
    was read from does not hold: the count is of all of them, not of those with that cause."""
    m = lexicon().yes_no.cause.search(question)
    if m is None:
        return False
    return coverage(_parse(m.group(1)), sentence, index) < COVERS


def _zero_in_words(question: str, summary: Summary, index: ReportIndex) -> Answer | None:
    """"是否实现零败诉" on a report that says 无…败诉案件 (no figure read from it): yes."""
    y = lexicon().yes_no
    m = y.zero_word.search(question)
    if m is None:
        return None
    said = re.compile(y.none_before.pattern + "[^,，。;；:：]{0,40}?" + re.escape(m.group(1)))
    # a zero of one scope answers only that scope: the place the question names by its name must be
    # in the sentence, and a sentence of a narrower scope (以县政府为被告…无一败诉) answers only it
    named = qualifiers_named(question, summary.meta.issuer, summary.meta.region)
    asked = scopes_named(question, summary.meta.issuer)
    narrower = lexicon().grammar.narrower_scope
    for s in index.sentences:
        if any(n not in s.text for n in named) or (_other_scope(s.text, asked) if asked else narrower.search(s.text)):
            continue
        if said.search(s.text) and not _goal(s):
            return _yes_no(summary, question, True, f"报告写到: {clip(s.text)}", [Citation(quote=s.text, span=s.span)])
    return None


def _zero_unsaid(question: str, sentence: str) -> bool:
    """A zero asked ("是否零败诉") of a sentence that holds the outcome but says no zero of it: its words
    cover the question ("六百零三件…败诉三十七件" holds 零 and 败诉) but it states no zero."""
    y = lexicon().yes_no
    m = y.zero_word.search(question)
    if m is None:
        return False
    said = re_cache.compile(f"(?:{y.none_before.pattern})[^,，。;；:：]{{0,40}}?{re.escape(m.group(1))}")
    return m.group() not in sentence and said.search(sentence) is None


def _compare_found(question: str, summary: Summary, index: ReportIndex) -> Answer | None:
    """"法律顾问聘任率是否达到100%" (no indicator named): the figure the words before the
    comparison cover, against the number after it."""
    from fgqa.answers.lookup import lookup_figure
    from fgqa.figures.numbers import find_quantities

    m = lexicon().grammar.compare.search(question)
    if m is None or not find_quantities(m.group(2)):
        return None
    bound = find_quantities(m.group(2))[0]
    figs = [f for sec in summary.sections for f in sec.figures]
    fig = lookup_figure(question[:m.start()], summary, index, figs, units=frozenset({bound.unit}) if bound.unit else None)
    if fig is None or not _rate_named(question[:m.start()], fig, index.text):
        return None
    own = _own_bound(fig)
    if own is not None:  # "个别县行政诉讼败诉率仍高于15%": the report's figure is a bound itself
        said = _bound_decides(m.group(1), float(bound.value), *own, existence=asks_existence(question))
        return None if said is None else _yes_no(summary, question, said, f"报告写到: {fig.quote}", [Citation(quote=fig.quote, span=fig.span)])
    yes = _holds(m.group(1), float(fig.value), float(bound.value))
    return _yes_no(summary, question, yes, f"{fig.label} {_fmt(fig)}, 对比 {bound.raw}", [Citation(quote=fig.quote, span=fig.span)])


def _rate_named(asked: str, fig: Figure, text: str) -> bool:
    """"审结率是否达到98%" is about a 审结率: the rate the question names (the two characters
    before its 率) must be the figure's — in its label or its sentence before the number — not
    another rate whose counts share its words (a 纠错率 derived from "审结12件,其中被撤销1件")."""
    from fgqa.figures.context import sentence_start

    named = re.findall(r"[\u4e00-\u9fff]{2}率", asked)
    if not named or fig.unit != "%":
        return True
    said = fig.label + (text[sentence_start(text, fig.span[0]):fig.span[1]] if fig.kind != "derived" else "")
    return named[-1] in said


def _asks_bound(question: str) -> bool:
    """"…是否达到98%", "…是否超过50件", "…是否低于全国平均水平": a comparison with a number or an
    average, which only figures (or the report's own comparison words) decide."""
    from fgqa.figures.numbers import find_quantities

    m = lexicon().grammar.compare.search(question)
    return m is not None and (bool(find_quantities(m.group(2))) or "平均" in m.group(2))


def _optional_words(q: Question, index: ReportIndex) -> frozenset[str]:
    """The question's words a report may leave out: its predicates (worded otherwise) and an outcome
    whose opposite the report says (撤销 against "…均予以维持": that opposite answers it)."""
    opposites = lexicon().question_opposites
    return _verbs(q) | {c for c in q.chunks if c in opposites and opposites[c].search(index.text)}


def _covering(q: Question, index: ReportIndex) -> list[tuple[float, Sentence]]:
    """Sentences holding what the question asks about (its verb may be worded otherwise),
    best first; none when the question has a word the report never uses (an outcome asked whose
    opposite the report says, 撤销 against "…予以维持", is no such word: that opposite answers it)."""
    verbs = _optional_words(q, index)
    if unknown_words(q, index, optional=verbs):
        return []
    levels = set(lexicon().grammar.level_word.findall(q.raw))
    # a level asked without its 级 (村法律顾问) is the level a sentence writes with it (村级…)
    bare_level = lexicon().yes_no.level_suffix if not levels else None
    scored = []
    for s in index.sentences:
        if levels and not levels & set(lexicon().grammar.level_word.findall(s.text)) and lexicon().grammar.level_word.search(s.text):
            continue  # "省级…示范社区" is not answered by "被评为区级…示范社区"
        # the thing asked about must be there; its verb may be worded otherwise (参加 → 在…中)
        share = coverage(q, s.text, index, skip=verbs)
        if bare_level and share < COVERS:  # "村法律顾问" asked, "村级法律顾问" written
            share = max(share, coverage(q, bare_level.sub("", s.text), index, skip=verbs))
        if COVERS > share >= 0.4 or (share < COVERS and index.introduced(s) is not None):
            # the subject said once at the head of the paragraph or in the heading (or, for a person
            # the sentence opens with, where they were introduced: "钮晴川同志…" ← "办事处主任钮晴川…")
            share = max(share, coverage(q, index.context_of(s) + s.text, index, skip=verbs) - 0.05)
        if share >= COVERS and _deeds_said(s.text, q):
            scored.append((share + 0.1 * coverage(q, s.text, index), s))
    scored.sort(key=lambda item: (-round(item[0], 2), item[1].span[0]))
    return scored


def _trend_said(question: str, summary: Summary, index: ReportIndex) -> Answer | None:
    """"纠错率比上年是否上升" on a report that says so in words ("纠错率较上年有所上升", "同2022年相比
    增长近一倍", "较2021年翻了一番", no figure): the direction written right after the comparison with
    the year the question names, in a sentence covering the rest; or the row of a table of the two
    years (its change cell: 持平, +32, -2.7个百分点)."""
    asked = _asked_direction(question)
    if asked is None:
        return None
    g, y = lexicon().grammar, lexicon().yes_no
    up_words, down_words = _up_down()
    year = summary.meta.year
    against = _compared_year(question, year)
    rest = up_words.sub("|", down_words.sub("|", y.trend_lead.sub("|", g.trend.sub("|", question))))
    q = _parse(_TREND_FILLER.sub("|", rest))
    if not substantive(q) or unknown_words(q, index, optional=_verbs(q)):
        return None
    for s in index.sentences:
        if _goal(s, q, index) or coverage(q, s.text, index) < COVERS:
            continue
        leads = sorted([*y.trend_lead.finditer(s.text), *g.trend.finditer(s.text)], key=lambda m: m.start())
        if not leads:
            moved = _from_to(q, s, index) or _row_change(s.text)  # "败诉率由6.8%降至5.3%": the numbers say the direction
            if moved is not None and (against is None or year is None or against == year - 1):
                return _yes_no(summary, question, moved == asked, f"报告写到: {clip(s.text)}",
                               [Citation(quote=s.text, span=s.span)])
            continue
        for said in leads:
            if against is not None and _compared_year(said.group(), year) not in (against, None):
                continue  # "较上年下降" says nothing of the change since 2021
            if _change_of_the_clause_before(s.text, said.start(), q):
                continue  # "收到复议申请206件,…,纠错率9.4%,较上年提高…": the rate's change, not the applications'
            after = s.text[said.end():said.end() + 8]
            went_down, went_up = bool(down_words.search(after)), bool(up_words.search(after) or y.doubled.search(after))
            denied = _direction_denied(after, down_words if went_down else up_words) if went_down != went_up else False
            if denied:  # "败诉数较上年没有减少": not that way, and not said which other
                if (asked == "down") != went_down:
                    continue
                return _yes_no(summary, question, False, f"报告写到: {clip(s.text)}", [Citation(quote=s.text, span=s.span)])
            if went_down == went_up and g.trend_flat.search(after):
                went_down = went_up = False  # "同比持平": neither
            elif went_down == went_up:
                continue
            return _yes_no(summary, question, went_up if asked == "up" else went_down, f"报告写到: {clip(s.text)}",
                           [Citation(quote=s.text, span=s.span)])
    return None


def _trend_led(sentence: str) -> bool:
    """The sentence gives a change against another year (同比, 较上年, 比2023年)."""
    return (lexicon().grammar.trend.search(sentence) or lexicon().yes_no.trend_lead.search(sentence)) is not None


def _change_of_the_clause_before(sentence: str, at: int, q: Question) -> bool:
    """A trend's lead opening its clause is the change of the figure in the clause before it: True
    when that clause names nothing the question asks of ("纠错率9.4%,较上年提高1.2个百分点" for
    "复议申请是否有所增长")."""
    a, _ = clause_span(sentence, at, at)
    if re.search(r"[\u4e00-\u9fff]", sentence[a:at]) or a < 2:
        return False  # the lead inside its clause ("纠错率较上年有所上升"): that clause's subject
    before = sentence[clause_span(sentence, a - 2, a - 2)[0]:a]
    things = [c for c in q.chunks if len(c) >= 2 and not _is_deed(c)]
    forms = [f for c in things for f in (*synonyms().get(c, (c,)), c[-2:])]
    return bool(things) and not any(f in before for f in forms)


def _direction_denied(after: str, words: re.Pattern[str]) -> bool:
    """The direction word after a trend's lead is negated ("较上年没有减少", "同比未下降"): the change
    did not go that way."""
    m = words.search(after)
    return m is not None and lexicon().grammar.negation.search(after[:m.start()]) is not None


#: words that only soften a direction asked ("是否有所增长", "是否明显下降")
_TREND_FILLER = re_cache.compile(r"有所|明显|大幅|显著|进一步")
_ROW_SPLIT = re_cache.compile(r"\s*[|\t]\s*")
_SIGNED = re_cache.compile(r"^([+＋]|[-－−])\s*\d")


def _row_change(sentence: str) -> Literal["up", "down", "flat"] | None:
    """A table row's change cell ("| 负责人出庭应诉率 | 100% | 100% | 持平 |", "…| 412 | 380 | +32 |"):
    a cell that is only a direction word or a signed number."""
    if "|" not in sentence and "\t" not in sentence:
        return None
    g = lexicon().grammar
    up_words, down_words = _up_down()
    for cell in (c for c in _ROW_SPLIT.split(sentence.strip()) if c):
        sign = _SIGNED.match(cell)
        if sign:
            return "up" if sign.group(1) in "+＋" else "down"
        if len(cell) <= 4:
            if g.trend_flat.fullmatch(cell):
                return "flat"
            if up_words.fullmatch(cell):
                return "up"
            if down_words.fullmatch(cell):
                return "down"
    return None


def _from_to(q: Question, s: Sentence, index: ReportIndex) -> Literal["up", "down", "flat"] | None:
    """The direction of a change the sentence says from one figure to another ("败诉率由6.8%降至
    5.3%") in the clause that holds the asked thing (not "案件由438件降至391件" before it)."""
    from fgqa.answers.evidence import clause_around

    for m in lexicon().yes_no.from_to.finditer(s.text):
        if coverage(q, clause_around(s.text, m.start(), m.end()), index) < COVERS:
            continue
        before, after = float(m.group(1).replace(",", "")), float(m.group(2).replace(",", ""))
        return "flat" if before == after else "down" if after < before else "up"
    return None


def _rates_of(q: Question, s: Sentence, index: ReportIndex) -> list[float]:
    """The percentages the sentence gives the thing asked about: a rate word (率/占比, or 占…的)
    right before the number, in the clause that best holds the question's words ("政务服务事项网上
    可办率达到98.6%" for "政务服务事项能否全部网上办理"; "州、县两级…覆盖率100%,全州118个乡镇(街道)
    中已有113个聘请法律顾问,覆盖率95.8%" for the 乡镇: the 95.8 %). A clause that is only the rate
    ("覆盖率95.8%") is the rate of the clause before it."""
    from fgqa.figures.numbers import find_quantities

    g = lexicon().grammar
    scored: list[tuple[float, float]] = []
    for n in find_quantities(s.text):
        if n.unit != "%":
            continue
        a, b = clause_span(s.text, n.start, n.end)
        if not (g.rate_word.search(s.text[max(0, n.start - 6):n.start]) or _SHARE_OF.search(s.text, a, n.start)):
            continue
        share = coverage(q, s.text[a:b], index, skip=_verbs(q))
        lead = re.sub(r"[^\u4e00-\u9fff]", "", s.text[a:n.start])
        if a > 0 and share < 0.5 and (len(lead) <= 5 or lead.startswith("占")):
            # the rate alone ("覆盖率95.8%", "占全县…总数的94.9%"): its clause leans on the nearest one
            # before that is no rate alone ("受理…2,046件,及时受理率100%,按期办结率99.2%": both on 受理…)
            c, d = _clause_before(s.text, a)
            while c > 0 and "%" in s.text[c:d] and len(re.sub(r"[^\u4e00-\u9fff]", "", s.text[c:d].split("%")[0])) <= 6:
                c, d = _clause_before(s.text, c)
            share = max(share, coverage(q, s.text[c:d] + s.text[a:b], index, skip=_verbs(q)))
        if share >= 0.5:
            scored.append((round(share, 2), float(n.value)))
    best = max((share for share, _ in scored), default=0.0)
    return [value for share, value in scored if share == best]


def _clause_before(text: str, a: int) -> tuple[int, int]:
    """The span of the clause that ends right before position `a` (a comma inside a number, 2,046,
    is no clause break)."""
    c, d = clause_span(text, a - 1, a - 1)
    while c > 1 and text[c - 1] == "," and text[c - 2].isdigit() and text[c:c + 1].isdigit():
        c = clause_span(text, c - 2, c - 2)[0]
    return c, d


#: a share written as 占…的 before its percentage ("占全县村(社区)总数的94.9%")
_SHARE_OF = re_cache.compile(r"占[^,，。;；:：\d]{0,14}$")
#: a part counted out of a whole in one clause ("118个乡镇(街道)中已有113个", "9个街道中有4个")
_PART_OF_WHOLE = re_cache.compile(r"(\d+)个[^,，。;；:：\d]{1,10}中(?:已|仅|只)?有(\d+)个")


def _fewer_than_counted(sentence: str, q: Question) -> bool:
    """The asked deed counted after a total in the same unit, and fewer ("发现问题63个,已整改58个",
    "交办27项,完成整改25项", "118个乡镇(街道)中已有113个"): only a part of them did it."""
    from fgqa.figures.numbers import find_quantities

    for m in _PART_OF_WHOLE.finditer(sentence):
        if int(m.group(2)) < int(m.group(1)):
            return True
    # the deed asked: the question's last words ("…的问题是否全部完成整改" → 完成整改)
    predicate = next((c for c in reversed(q.chunks) if len(c) >= 2), "")
    numbers = find_quantities(sentence)
    for n in numbers:
        # the count's own words, right before it in its clause ("已整改58个", "完成整改25项"), are the question's
        a, _ = clause_span(sentence, n.start, n.end)
        lead = re.sub(r"^(?:已经|已|共|其中|累计)|了$", "", re.sub(r"[^\u4e00-\u9fff]", "", sentence[a:n.start]))
        if not n.unit or len(lead) < 2 or lead[-2:] not in predicate:
            continue  # ("存在问题的案卷41卷并全部完成整改": 案卷 is the subject's word, not the deed's)
        if any(o.unit == n.unit and o.end <= a and float(o.value) > float(n.value) for o in numbers):
            return True
    return False


def _decisive(q: Question, s: Sentence, index: ReportIndex) -> bool:
    """The sentence says something of all or a part of them (均, 全部, 部分, N个…中, a rate), not
    only the thing ("乡镇公职律师参与审查…" beside "全县12个乡镇均已配备公职律师")."""
    g, y = lexicon().grammar, lexicon().yes_no
    text = y.all_lookalike.sub("＿", s.text)
    return bool(g.all_said.search(text) or g.partial.search(text) or y.mostly.search(text) or y.each_said.search(text)
                or y.all_denied.search(text)
                or _rates_of(q, s, index) or _PART_OF_WHOLE.search(text) or negated(s.text, q))


def _all_of_them(question: str, summary: Summary, index: ReportIndex) -> Answer | None:
    """"是否所有社区都配备了法律顾问", "…是否实现全覆盖": the sentence covering the rest decides —
    a rate of it below 100 %, a part or most did (7个…中, 其余暂未, 部分…尚未, a 试点, 基本做到), not reached
    (尚未实现…, 覆盖不够) or fewer than the report says there are (指导12个村 of 辖14个村) is a no,
    all did (全部/均/各村/100 %, as many as there are) a yes; otherwise the report does not say.
    A shortcoming decides only when it says the deed asked (部分乡镇…力量薄弱 is no word on coverage)."""
    g, y = lexicon().grammar, lexicon().yes_no
    quantifier = g.all_quantifier.search(question)
    if quantifier is None:
        return None
    # the light verb before the quantifier (实现全覆盖) and a count the question sets as the bound
    # ("都配备了3名以上审核人员": the sentence's own counts say whether each has that many) go
    q = _parse(_ASKED_COUNT.sub("|", g.all_quantifier.sub("|", _LIGHT_VERB.sub("", question))))
    if not substantive(q):
        return None
    # the deed a quantifier itself names (全覆盖 → 覆盖): said short of all in a sentence, a no
    stem = quantifier.group().lstrip("全") if quantifier.group().startswith("全") else ""
    short_of = _short_of_the_bound(question, q, index)
    if short_of is not None:  # "是否都达到3名" against "…审查人员平均不足2名": fewer than the bound
        return _yes_no(summary, question, False, f"报告写到: {clip(short_of.text)}",
                       [Citation(quote=short_of.text, span=short_of.span)])
    about_problems = bool(g.problem.search(question))
    # (a question left with its subject only, "乡镇合法性审核|实现全覆盖", is all said by any sentence on it)
    whole_said = bool(_verbs(q)) or not _LIGHT_VERB.search(question)
    # a shortcoming decides when it says the whole question, the quantifier's deed, or denies the
    # asked thing ("12个街道中有5个没有专职法律人员"), not when it says another predicate of it
    scored = [s for _, s in _covering(q, index) if not _goal(s, q, index)
              and (s.part != "shortcomings" or about_problems or (whole_said and _says_all(s.text, q, index))
                   or (stem and stem in s.text) or negated(s.text, q) or _part_lacks(s.text))]
    if not scored:
        return None
    # the first sentence that says something of all or a part of them, else the best covering one
    s = next((s for s in scored if _decisive(q, s, index)), scored[0])

    def said(yes: bool) -> Answer:
        return _yes_no(summary, question, yes, f"报告写到: {clip(s.text)}", [Citation(quote=s.text, span=s.span)])

    rest = _rest_undone(s, index) if y.concluded_asked.search(question) else None
    if rest is not None:  # "审结3件,另有1件尚在审理中": not all of them concluded
        return _yes_no(summary, question, False, f"报告写到: {clip(s.text)}",
                       list({c.quote: c for c in (Citation(quote=s.text, span=s.span), rest)}.values()))
    in_clause = _said_in_the_deed_clause(q, s.text, index)
    if in_clause is not None:
        return said(in_clause)
    rates = _rates_of(q, s, index)
    if rates:
        return said(all(r >= 100 for r in rates))
    short = bool(stem) and any(_negator_before(s.text, m.start()) or g.shortfall.match(s.text, m.end())
                               or y.falls_short.match(s.text, m.end()) or y.unmet_after.match(s.text, m.end())
                               for m in re.finditer(re.escape(stem), s.text))
    if g.partial.search(s.text) or y.mostly.search(s.text) or negated(s.text, q) or g.claim_negation.search(s.text) or short \
            or y.all_denied.search(s.text) \
            or _a_subset_did(s.text, q) or _fewer_than_counted(s.text, q):
        return said(False)
    whole = _as_many_as_there_are(question[quantifier.end():], s, index)
    if whole is not None:
        return said(whole)
    # (an all-word inside a name says nothing of all of them: 县委全面依法治县委员会)
    if _all_said_of_it(y.all_lookalike.sub("＿", s.text), question) or _each_of_the_asked(question[quantifier.end():], s.text):
        return said(True)
    return Answer(doc=summary.doc.path, answer_type="cannot_answer", text=f"报告没有说是否全部做到: {clip(s.text)}",
                  points=[s.text], citations=[Citation(quote=s.text, span=s.span)])


def _all_said_of_it(sentence: str, question: str) -> bool:
    """An all-word in the sentence that is said of the asked deed: nothing of the sentence follows it
    ("…14个村,均已"), or what follows shares a word with the question ("均已配备…", "每项决策都先征求
    意见…,再经合法性审查"). One followed only by another deed ("…审查47件,…镇政府全部采纳" for "…审查
    是否全覆盖": the adoption of the opinions) says nothing of the asked one."""
    asked = re.sub(r"[^\u4e00-\u9fff]", "", question)
    pairs = {asked[i:i + 2] for i in range(len(asked) - 1)}
    for m in lexicon().grammar.all_said.finditer(sentence):
        rest = re.sub(r"[^\u4e00-\u9fff]", "", lexicon().yes_no.all_filler.sub("", sentence[m.end():]))
        if len(rest) < 2 or any(rest[i:i + 2] in pairs for i in range(len(rest) - 1)) \
                or any(f in rest for c in _parse(question).chunks for f in synonyms().get(c, ()) if len(f) >= 2):
            return True
    return False


_LIGHT_VERB = re_cache.compile(r"(?:实现|做到|达到)了?(?=全覆盖|全部)")
_ASKED_COUNT = re_cache.compile(r"(?:至少|不少于)?[\d一二两三四五六七八九十]+(?:名|个|人|位|项|件|次|家|场)(?:及)?(?:以上|以下)?")


#: a count said as short ("平均不足2名", "仅有1名", "只配备1名", "不到3人")
_SHORT_COUNT = re_cache.compile(r"(?:不足|不到|少于|低于|仅有?|只有?|只配备|仅配备)$")


def _said_in_the_deed_clause(q: Question, sentence: str, index: ReportIndex | None = None) -> bool | None:
    """Whether all of them did the asked deed, read in the clause that says it: an all-word there
    (均在规定期限内答复) is a yes and a part there (…中有, 部分, 基本, a negation) a no, whatever the
    sentence's other clauses say of other things ("…均在规定期限内答复,其中部分公开1件": 部分 is an
    outcome's name); the deed said in a clause opening a part (其中9个社区…每周坐班) of the subject
    counted before it (14个社区均已配备…) was done by that part only. None: no clause says the deed
    alone, or it gives a rate (the rates decide)."""
    g, y = lexicon().grammar, lexicon().yes_no
    # the predicate: the question's last words and its deeds, not one that modifies a noun ("印发的文件")
    deeds = list(dict.fromkeys([c for c in q.chunks if _is_deed(c) and not is_verb(c) and c + "的" not in q.raw]
                               + q.chunks[-1:]))
    forms = [f for c in deeds for f in (synonyms().get(c, ()) or _deed_forms().get(c, (c,))) if len(f) >= 2]
    subject = next((c for c in q.chunks if len(c) >= 2 and not _is_deed(c)), "")
    own = [f for f in (*synonyms().get(subject, (subject,)), subject[-2:]) if len(f) >= 2] if subject else []
    head = [f for f in (subject, *synonyms().get(subject, ()), subject[:2] if len(subject) >= 4 else "") if len(f) >= 2]
    clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(sentence)]
    said = [i for i, (a, b) in enumerate(clauses) if any(f in sentence[a:b] for f in forms)]
    if not said and index is not None and clauses:
        # the deed worded otherwise ("都与征收补偿有关" ← "都与征收补偿程序有关"): the one clause that
        # holds the whole question says it, whatever the other clauses say of others (个别部门…)
        share, best = max((coverage(q, sentence[a:b], index), i) for i, (a, b) in enumerate(clauses))
        said = [best] if share >= COVERS else []
    if not said:
        return None
    # the deed's clause about the subject asked ("州、县政府…聘请法律顾问实现全覆盖,乡镇(街道)聘请法律顾问的
    # 比例为83.5%" for the 乡镇), else its first (a clause of its own: "收到…申请4件,均在规定期限内答复")
    i = next((j for j in said if any(f in sentence[clauses[j][0]:clauses[j][1]] for f in head)), said[0])
    a, b = clauses[i]
    clause = y.all_lookalike.sub("＿", sentence[a:b])
    if "%" in clause:
        return None
    if _none_left_undone(clause):
        return True
    # the part's clause: the deed's own, or the one right before it that opens with 其中
    opener = next((j for j in (i, i - 1) if j >= 0 and y.subset_lead.match(sentence[clauses[j][0]:clauses[j][1]])), None)
    if opener is not None and own and any(f in sentence[:clauses[opener][0]] for f in own) \
            and not g.all_said.search(sentence, clauses[opener][0], b):
        return False
    if g.partial.search(clause) or y.mostly.search(clause) or y.all_denied.search(clause) or negated(clause, q) \
            or g.claim_negation.search(clause) or any(y.unmet_after.match(clause, m.end()) for m in g.all_said.finditer(clause)):
        return False
    if g.all_said.search(clause) and not _only_steered(clause, q):
        return True
    return None


def _short_of_the_bound(question: str, q: Question, index: ReportIndex) -> Sentence | None:
    """A count the question sets as the bound for each of them ("是否都达到3名", "都配备了2名…") and a
    sentence holding the question's words (not a plan) that says their count is short of it in the
    same unit ("…审查人员平均不足2名", "只配备1名"): a no. Only a no: that each has that many needs
    the report to say so of each."""
    from fgqa.figures.numbers import find_quantities

    asked = next((n for m in _ASKED_COUNT.finditer(question) for n in find_quantities(m.group()) if n.unit), None)
    if asked is None:
        return None
    for s in index.sentences:
        if _goal(s, q, index) or coverage(q, s.text, index, skip=_verbs(q)) < COVERS:
            continue
        for n in find_quantities(s.text):
            if n.unit == asked.unit and float(n.value) < float(asked.value) and (
                    n.qualifier == "approx_less" or _SHORT_COUNT.search(s.text, max(0, n.num_start - 4), n.num_start)):
                return s
    return None


def _part_lacks(sentence: str) -> bool:
    """A part said to lack something in one clause ("12个街道中有5个没有专职法律人员", "部分村尚未
    …"): a shortcoming of the deed itself, unlike a part said to do it poorly (部分乡镇…力量薄弱)."""
    from fgqa.answers.evidence import clause_span

    y = lexicon().yes_no
    for m in lexicon().grammar.partial.finditer(sentence):
        _, b = clause_span(sentence, m.start(), m.end())
        lack = y.lacks.search(sentence, m.end(), b)
        if lack is not None and y.not_negation.match(sentence, lack.start()) is None:
            return True
    return False


def _shared_head(*words: str) -> str:
    """The characters all `words` begin with ("行政村完", "行政村" → "行政村")."""
    n = 0
    while all(len(w) > n for w in words) and len({w[n] for w in words}) == 1:
        n += 1
    return words[0][:n]


def _a_subset_did(sentence: str, q: Question) -> bool:
    """"重大行政决策事项9项…均公开征求社会意见,其中组织听证会3场" for "…是否都组织了听证": a clause
    opening a part (其中) holds another word of the question but not its subject (the word it opens
    with), so the deed was done for that part; "…其中列入决策目录的3项,都经过法律顾问审核" names the
    subject itself there and is no part of it."""
    y = lexicon().yes_no
    subject = next((c for c in q.chunks if len(c) >= 2 and not _is_deed(c)), "")
    if not subject:
        return False
    own = synonyms().get(subject, (subject,)) + ((subject[-2:],) if len(subject) > 2 else ())
    rest = [f for c in q.chunks if c != subject and len(c) >= 2 for f in (synonyms().get(c, ()) or _deed_forms().get(c, (c,)))]
    for m in _CLAUSE.finditer(sentence):
        clause = m.group()
        if y.subset_lead.match(clause) and any(f in clause for f in rest) and not any(f in clause for f in own):
            return True
    return False


def _each_of_the_asked(asked: str, sentence: str) -> bool:
    """"各村按季度公开村务财务" for "各村是否公开了…": 各 before the kind of body the question
    quantifies (not "督促各单位整改" for a question about 社区)."""
    return any(asked.startswith(sentence[m.end():m.end() + 1]) for m in lexicon().yes_no.each_said.finditer(sentence))


_COUNTED = re_cache.compile(r"(\d+)个([\u4e00-\u9fff]{1,4})")


def _as_many_as_there_are(asked: str, s: Sentence, index: ReportIndex) -> bool | None:
    """"是否所有行政村都完成了…" against "指导14个行政村完成…": the count the sentence gives the kind
    of body the question quantifies, against the whole number the report states of it ("辖14个
    行政村"): as many is a yes, fewer a no; None when the report states no such whole."""
    y = lexicon().yes_no
    for m in _COUNTED.finditer(s.text):
        if len(_shared_head(m.group(2), asked)) < 2:
            continue  # not the bodies the question asks about
        for t in _COUNTED.finditer(index.text):
            # the same kind of body (行政村 in 14个行政村完成 and 辖14个行政村,…), counted elsewhere
            if len(_shared_head(m.group(2), t.group(2), asked)) >= 2 and not s.span[0] <= t.start() < s.span[1] \
                    and y.total_lead.search(index.text, max(0, t.start() - 4), t.start()):
                return int(m.group(1)) >= int(t.group(1))
    return None


def _a_part_past_the_bound(question: str, summary: Summary, index: ReportIndex) -> Answer | None:
    """"所有部门的出庭应诉率是否都达到了90%" against "全市仍有3个部门出庭应诉率低于90%": a part of the
    bodies asked (N个, 部分, 个别 before the comparison in its clause) said on the other side of the
    bound, in a sentence (no plan) holding the question's words: a no. Only a no: each of them
    meeting it needs the report to say so of each."""
    from fgqa.figures.numbers import find_quantities

    g, y = lexicon().grammar, lexicon().yes_no
    m = g.compare.search(question)
    if m is None or not y.each_part_asked.search(question[:m.start()]):
        return None
    bound = next(iter(find_quantities(m.group(2))), None)
    bound_text = _ASKED_TAIL.sub("", m.group(2))
    if bound is None and "平均" not in bound_text:
        return None
    # (the bodies asked of are the parts the sentence names: 部门, 楸原、赭陵等市)
    q = _parse(g.all_quantifier.sub("|", y.each_part_asked.sub("|", question[:m.start()])))
    if not substantive(q):
        return None
    for s in index.sentences:
        if _goal(s, q, index) or coverage(q, s.text, index) < COVERS:
            continue
        for said in g.compare.finditer(s.text):
            # (the clause to its comma: "楸原、赭陵等市" holds its 、)
            lead = re.split(r"[,，;；:：]", s.text[:said.start()])[-1]
            if not (g.partial.search(lead) or _COUNTED.search(lead) or y.named_parts.search(lead)):
                continue
            if bound is None:  # an average: the same one named ("…低于全省平均水平")
                past = _agrees(m.group(1), said.group(1)) is False and _shares_words(bound_text, said.group(2))
            else:
                at = next(iter(find_quantities(said.group(2))), None)
                past = at is not None and at.unit == bound.unit and _bound_decides(
                    m.group(1), float(bound.value), said.group(1), float(at.value)) is False
            if past:
                return _yes_no(summary, question, False, f"报告写到: {clip(s.text)}", [Citation(quote=s.text, span=s.span)])
    return None


def _count_said(question: str, summary: Summary, index: ReportIndex) -> Answer | None:
    """"柽溪县复议机构办案人员有5名吗" against "…复议机构仅有办案人员2名": the count the report gives the
    thing (the same unit, in a clause holding the question's words; no plan) against the one asked —
    fewer is a no, as many a yes; more, or no such count, leaves it to the rest."""
    from fgqa.figures.numbers import find_quantities

    m = lexicon().yes_no.count_asked.search(question)
    if m is None or lexicon().grammar.compare.search(question):
        return None
    asked = next(iter(find_quantities(m.group()[1:])), None)
    q = _parse(question[:m.start()])
    if asked is None or not asked.unit or not substantive(q):
        return None
    for _, s in _covering(q, index):
        if _goal(s, q, index):
            continue
        for n in find_quantities(s.text):
            a = max(s.text.rfind(ch, 0, n.start) for ch in ",，;；:：") + 1
            if n.unit != asked.unit or coverage(q, s.text[a:n.end], index) < COVERS:
                continue
            if float(n.value) <= float(asked.value):
                return _yes_no(summary, question, float(n.value) == float(asked.value), f"报告写到: {clip(s.text)}",
                               [Citation(quote=s.text, span=s.span)])
    return None


def _done_by_another(question: str, summary: Summary, index: ReportIndex) -> Answer | None:
    """"法律援助申请是否由街道自己办理" against "受理法律援助申请36件,全部转交区法律援助中心办理": the deed
    handed to another body right before it in its clause (a sentence holding the rest of the
    question, no plan) was not done by the body asked: a no. None when no sentence says so."""
    y = lexicon().yes_no
    m = y.done_by.search(question)
    if m is None:
        return None
    body, deed = m.group(1), m.group(2)
    q = _parse(question[:m.start()])
    if not substantive(q):
        return None
    for s in index.sentences:
        if _goal(s, q, index) or coverage(q, s.text, index) < COVERS:
            continue
        for d in re.finditer(re.escape(deed), s.text):
            a, _ = clause_span(s.text, d.start(), d.start())
            h = y.handed_over.search(s.text, a, d.start())
            if h is not None and body not in s.text[h.end():d.start()]:
                return _yes_no(summary, question, False, f"报告写到: {clip(s.text)}", [Citation(quote=s.text, span=s.span)])
    return None


def _the_plan(question: str, summary: Summary, index: ReportIndex) -> Answer | None:
    """"是否计划实现社区法律顾问全覆盖" asks about the plan: a plan sentence covering it is a yes."""
    g = lexicon().grammar
    asked = g.asks_plan.search(question)
    if asked is None:
        return None
    q = _parse(question[:asked.start()] + "|" + question[asked.end():])
    goals = [s for _, s in _covering(q, index) if _goal(s, q, index)]
    if not goals:
        return None
    s = goals[0]
    return _yes_no(summary, question, True, f"报告的计划写到: {clip(s.text)}", [Citation(quote=s.text, span=s.span)])


def decide_general(question: str, summary: Summary, text: str, index: ReportIndex) -> Answer:
    for decide in (_the_plan, _enough, _count_said, _done_by_another, _some_left_undone, _any_not_done, _a_part_past_the_bound, _all_of_them, _zero_in_words,
                   _compare_found, _trend_said):
        decided = decide(question, summary, index)
        if decided is not None:
            return decided
    scored = _covering(_parse(question), index)
    if not scored:  # the reporting body named in the question ("司法局是否…") is implicit in its own report
        scored = _covering(_parse(without_the_issuer(question, summary.meta.issuer)), index)
    if not scored:
        q = _parse(question)
        missing = unknown_words(q, index, optional=_optional_words(q, index))
        # the state asked (健全, 完善) in no word of the report's: its shortfall may still be said
        absent = missing + [m.group() for m in lexicon().yes_no.state.finditer(question)
                            if m.group() not in index.text and m.group() not in missing]
        short = _state_short(question, absent, summary, index) if absent else None
        if short is not None:
            return short
        if missing:
            return not_in_report(question, summary, index, f"报告没有提到“{'、'.join(missing)}”")
    q = _parse(question)
    asked = scopes_named(question, summary.meta.issuer)
    scoped = _scoped_outcome(question, q, asked, summary, index) if asked else None
    if scoped is not None:
        return scoped
    if asked:  # "县政府当被告的案件有无败诉" is not answered by a sentence about 全县行政机关作为被告
        scored = [(share, s) for share, s in scored if not _other_scope(s.text, asked)]
    # "是否存在执法力量不足的问题" is answered by the shortcomings part; anything else is not
    # (as does a question asking whether there is any: "是否有乡镇…流于形式")
    about_problems = bool(lexicon().grammar.problem.search(question)) or asks_existence(question)
    # a sentence saying the deed is no figure: it does not say whether "…达到98%" was reached
    # an outcome asked about (败诉, 纠错) is no deed worded otherwise: a yes must say it
    outcomes = _asked_outcomes(q)
    # a shortcoming that says the whole question, its predicate too ("部分区县备案审查流于形式"
    # for "…是否流于形式"), states that problem
    # the report's title names it, and the report announcing itself (现将…情况报告如下) does no deed:
    # neither says whether the report was published (a heading may: "(二)…,完成行政复议体制改革")
    first_line = text.strip().split("\n", 1)[0].strip() if text.strip() else ""
    # a direction asked (是否有所下降) of a sentence with a trend's lead (同比下降…) was _trend_said's to read:
    # its direction word may be another figure's change, no deed of the thing asked
    trend_asked = _asked_direction(question) is not None
    headlines = {h.strip() for h in (summary.meta.title, first_line) if h}
    stated = [s for _, s in scored if not negated(s.text, q) and not _goal(s, q, index)
              and s.text.strip() not in headlines and not lexicon().yes_no.self_reference.search(s.text)
              and _deed_or_whole(s, q, index)
              and (s.part != "shortcomings" or about_problems or _says_all(s.text, q, index))
              and all(_says_outcome(s.text, deed) for deed in outcomes)
              and not _pending(s.text, q) and not _zero_unsaid(question, s.text)
              and not (trend_asked and _trend_led(s.text))] if not _asks_bound(question) else []
    # "完成《…条例》立法调研" says the preparation was done, not the thing
    done = [s for s in stated if not _only_prepared(s.text, q) and not _only_steered(s.text, q)]
    best = _denial_holds_more(scored, done, q)
    if best is not None:  # "没有发生以镇政府为被申请人的行政复议案件" over "全县行政复议纠错率为8.7%"
        return _yes_no(summary, question, False, f"报告写到: {clip(best.text)}", [Citation(quote=best.text, span=best.span)])
    if done:
        s = done[0]
        return _yes_no(summary, question, True, f"报告写到: {clip(s.text)}", [Citation(quote=s.text, span=s.span)])
    # "草案已提交…审议,待审议通过后公布施行", "延期到明年再作决定": not done yet
    denied = [s for _, s in scored if negated(s.text, q) or (_pending(s.text, q) and not _goal_besides_pending(s, q, index))]
    if denied:
        s = denied[0]
        return _yes_no(summary, question, False, f"报告写到: {clip(s.text)}", [Citation(quote=s.text, span=s.span)])
    # a thing under way is written without the finishing deed asked ("…(修订草案)》审查修改工作,草案已
    # 报请国务院常务会议审议" for "…是否已经出台"): any sentence holding the thing says it
    if lexicon().yes_no.completion.search(question) and not _asks_bound(question):
        # (a title's words apart from its marks: "《…条例(修订草案)》" holds 条例 and 修订)
        untitled = _parse(re.sub("[《》]", "|", question))
        verbs = _verbs(untitled)
        under_way = [s for s in index.sentences if _pending(s.text, q) and not _goal_besides_pending(s, q, index)
                     and coverage(untitled, s.text, index, skip=verbs) >= COVERS]
        if under_way:
            s = under_way[0]
            return _yes_no(summary, question, False, f"报告写到(尚未完成): {clip(s.text)}", [Citation(quote=s.text, span=s.span)])
    if stated:
        s = stated[0]
        return Answer(doc=summary.doc.path, answer_type="cannot_answer",
                      text=f"报告只写到准备或推动的工作, 没有说已经做到: {clip(s.text)}", points=[s.text],
                      citations=[Citation(quote=s.text, span=s.span)])
    goals = [s for _, s in scored if _goal(s, q, index)]
    if goals:
        s = goals[0]
        return Answer(doc=summary.doc.path, answer_type="not_disclosed", kind="target",
                      text=f"报告没有说已经做到, 只把它作为目标或计划: {clip(s.text)}", points=[s.text],
                      citations=[Citation(quote=s.text, span=s.span)])
    related = related_points(question, index)
    answer = not_in_report(question, summary, index)
    return answer.model_copy(update={"text": "报告没有说明。" + (f"最相关的句子: {' / '.join(clip(s.text, 60) for s in related)}" if related else "")})


def _any_not_done(question: str, summary: Summary, index: ReportIndex) -> Answer | None:
    """"是否有下属事业单位没有聘请法律顾问": whether any of them left the deed undone is 是否都 turned
    round — "下属事业单位是否都聘请法律顾问" read as _all_of_them reads it (均聘请了: all did, a no; 7个中有2个
    尚未…: a yes), citing the sentence that decides. None when the question asks no such thing or
    that reading does not decide."""
    cue = lexicon().grammar.asks_existence.search(question)
    if cue is None:
        return None
    rest = question[cue.end():]
    neg = lexicon().yes_no.not_done_asked.search(rest)
    if neg is None or len(re.sub(r"[^\u4e00-\u9fff]", "", rest[:neg.start()])) < 2:
        return None
    deed = rest[neg.end():]
    if len(re.sub(r"[^\u4e00-\u9fff]", "", deed)) < 2:
        return None
    turned = _all_of_them(f"{rest[:neg.start()]}是否都{deed}", summary, index)
    if turned is None or turned.answer_type != "yes_no" or not turned.citations:
        return None
    cites = turned.citations
    return _yes_no(summary, question, not turned.value, f"报告写到: {clip(cites[0].quote)}", cites)


def _some_left_undone(question: str, summary: Summary, index: ReportIndex) -> Answer | None:
    """"还有没有案件没审完", "是否有尚未审结的行政诉讼案件": yes when a sentence on the thing (no plan)
    says the rest of what it counted is still under way ("审结2件,另有1件尚在审理中"). Only a yes here;
    None when the question asks no such thing or no sentence says a rest is left."""
    y = lexicon().yes_no
    undone = y.undone_asked.search(question)
    if undone is None or not asks_existence(question):
        return None
    q = _parse(question[:undone.start()] + "|" + question[undone.end():])
    if not substantive(q):
        return None
    for _, s in _covering(q, index):
        rest = _rest_undone(s, index)
        if not _goal(s, q, index) and rest is not None:
            return _yes_no(summary, question, True, f"报告写到: {clip(s.text)}",
                           list({c.quote: c for c in (Citation(quote=s.text, span=s.span), rest)}.values()))
    return None


def _rest_undone(s: Sentence, index: ReportIndex) -> Citation | None:
    """The sentence, or the ；-item right after it that opens with the rest ("…审结2件,街道全部胜诉；另有1件
    尚在审理中"), says the rest of what it counted is still under way: the sentence saying it."""
    y = lexicon().yes_no
    if y.rest_undone.search(s.text):
        return Citation(quote=s.text, span=s.span)
    k = index.sentences.index(s) if s in index.sentences else -1
    nxt = index.sentences[k + 1] if 0 <= k < len(index.sentences) - 1 else None
    if nxt is not None and index.text[s.span[1]:nxt.span[0]].strip()[:1] in (";", "；") and y.rest_undone.match(nxt.text):
        return Citation(quote=nxt.text, span=nxt.span)
    return None


def _enough(question: str, summary: Summary, index: ReportIndex) -> Answer | None:
    """"复议机构人手够不够", "镇司法所人手够用吗": whether a body has people enough for its work. A
    sentence, no plan, that names the body and says its people fall short ("复议机构人员配备不足",
    "…仅有工作人员2名,…,人手紧张", "办案人员仅6名,案多人少矛盾突出") answers no. Only a no: that
    they are enough needs the report's own word, which the general reading finds. None when the
    question asks no sufficiency of people or no sentence says them short."""
    y = lexicon().yes_no
    asked = y.enough_asked.search(question)
    if asked is None or lexicon().grammar.problem.search(question):
        return None
    thing = lexicon().grammar.yes_no.sub("", question[:asked.start()])
    people = list(y.staff.finditer(thing))
    if not people:
        return None
    # the body whose people are asked, without its level's one character (镇司法所 → 司法所)
    owner = re.sub(r"[^\u4e00-\u9fff]|的$", "", thing[:people[-1].start()])
    owner = re.sub(r"^[省市县区镇乡街村]", "", owner) if len(owner) > 3 else owner
    if len(owner) < 2:
        return None

    def names_owner(text: str) -> bool:
        return owner in text or (len(owner) >= 4 and owner[:2] in text and owner[-2:] in text)

    for s in index.sentences:
        if _goal(s, None, index):
            continue
        for m in y.staff_short.finditer(s.text):
            if names_owner(s.text[:m.start()]) or names_owner(s.text[clause_span(s.text, m.start(), m.end())[0]:m.end()]):
                return _yes_no(summary, question, False, f"报告写到: {clip(s.text)}", [Citation(quote=s.text, span=s.span)])
    return None


def _scoped_outcome(question: str, q: Question, asked: list[str], summary: Summary, index: ReportIndex) -> Answer | None:
    """An outcome (败诉, 纠错) asked of a scope ("县政府作为被告是否败诉过") read in the sentence that
    gives that scope however it words it ("以县人民政府为被告的案件12件,县政府未有败诉"): after the scope
    phrase, the outcome negated or its opposite said (均胜诉) is a no, the outcome said with a count a yes.
    None when no sentence gives the scope and says the outcome."""
    from fgqa.figures.whose import core

    outcomes = _asked_outcomes(q)
    if not outcomes:
        return None
    g = lexicon().grammar
    issuer = core(summary.meta.issuer or "")
    issuer_asked = bool(issuer) and all(same_body(a, issuer) or lexicon().yes_no.self_body.fullmatch(a) for a in asked)
    for k, s in enumerate(index.sentences):
        if _goal(s, None, index):
            continue
        # a statement's next ；-item with no scope of its own goes on about the same body
        # ("本局作为被告的…案件57件；审结49件,判决败诉2件")
        nxt_s = index.sentences[k + 1] if k + 1 < len(index.sentences) else None
        tail = ""
        if nxt_s is not None and index.text[s.span[1]:nxt_s.span[0]].strip()[:1] in (";", "；"):
            tail = "；" + nxt_s.text
        heads = [m for m in g.narrower_scope.finditer(s.text) if (body := core(m.group())) and all(same_body(a, body) for a in asked)]
        if issuer_asked:  # "本局未发生行政复议被纠错的情况" for "市司法局作为被申请人的…有没有被纠错"
            heads += [m for m in lexicon().yes_no.self_body.finditer(s.text) if m.start() == clause_span(s.text, m.start(), m.start())[0]]
        for m in heads:
            rest = s.text[m.end():] + tail
            # up to the next scope phrase of another body ("…;全县行政机关作为被告的…")
            nxt = g.narrower_scope.search(rest)
            rest = rest[:nxt.start()] if nxt else rest
            cites = [Citation(quote=s.text, span=s.span)] + ([Citation(quote=nxt_s.text, span=nxt_s.span)] if tail and nxt_s else [])
            quoted = "；".join(clip(c.quote) for c in cites)
            for deed in outcomes:
                at = rest.find(deed)
                said = _yes_no(summary, question, False, f"报告写到: {quoted}", cites)
                # (未发生/没有出现 earlier in the clause: "本局未发生行政复议被纠错的情况")
                occurred = g.none_occurred.search(rest, clause_span(rest, at, at)[0], at) if at >= 0 else None
                if at >= 0 and (_negator_before(rest, at) or _none_before(rest, at)
                                or (occurred is not None and not lexicon().yes_no.none_then_not.match(rest, occurred.end()))):
                    return said
                if at < 0 and lexicon().question_opposites[deed].search(rest):
                    return said
                if at >= 0 and re.match(r"[^,，。;；]{0,4}?\d", rest[at + len(deed):]):
                    n = re.match(r"[^,，。;；\d]{0,4}?(\d+)", rest[at + len(deed):])
                    if n and int(n.group(1)) > 0:
                        return _yes_no(summary, question, True, f"报告写到: {quoted}", cites)
    return None


#: how much more of the question a denying sentence must hold than the best stating one to win
_DENIAL_MARGIN = 0.05


def _denial_holds_more(scored: list[tuple[float, Sentence]], done: list[Sentence], q: Question) -> Sentence | None:
    """The sentence that holds most of the question says it did not happen, and every sentence
    saying it did holds clearly less of it (another scope's figure, 全县…纠错率, beside "没有发生以镇政府
    为被申请人的…案件"): the denial is about the thing asked, the others about something near it."""
    if not scored or not done:
        return None
    top_share, top = scored[0]
    if not negated(top.text, q):
        return None
    done_share = max(share for share, s in scored if s in done)
    return top if top_share - done_share >= _DENIAL_MARGIN else None


def _state_short(question: str, missing: list[str], summary: Summary, index: ReportIndex) -> Answer | None:
    """"网络交易监管规则是否已经完善" on a report that never writes 完善 but says "…监管规则跟进不够":
    the state asked (完善, 健全, 顺畅: yes_no.toml state) said to fall short of the thing is a no.
    Only a no: that the thing is in that state needs the report's own word for it."""
    y = lexicon().yes_no
    # (a state with the verb it is reached by, 落实到位, is the state asked too, and so is that verb
    # missing before a state the report does use)
    reached = re_cache.compile(f"(?:{y.state_verb.pattern})?(?:{y.state.pattern})")
    rest = question
    for w in missing:
        said = reached.match(question, question.find(w)) if w in question else None
        if said is None or not (reached.fullmatch(w) or y.state_verb.fullmatch(w)):
            return None
        rest = rest.replace(said.group(), "|")
    q = _parse(rest)
    if not substantive(q) or unknown_words(q, index, optional=_verbs(q)):
        return None
    # the thing's words, or the word that ends it (规则 in "网络交易、直播带货等新业态监管规则跟进不够")
    forms = list(dict.fromkeys(_asked_forms(q) + [c[-2:] for c in q.chunks if len(c) >= 2 and not _is_deed(c)]))
    for _, s in _covering(q, index):
        if _goal(s, q, index):
            continue
        for f in forms:
            for m in re.finditer(re.escape(f), s.text):
                _, b = clause_span(s.text, m.start(), m.end())
                if any(_short_after(s.text, i) for i in range(m.end(), b)):
                    return _yes_no(summary, question, False, f"报告写到: {clip(s.text)}", [Citation(quote=s.text, span=s.span)])
    return None


def _pending(sentence: str, q: Question) -> bool:
    """The question asks a finishing deed (出台, 印发, 实施 …) and the sentence gives the asked
    thing as only under way or put off after it ("《…办法》草案已提交县政府常务会议讨论,待审议通过后
    公布施行", "…事项,因听证意见分歧较大,延期到明年", "…修编尚在报批过程中"), with no other
    title between the thing and that word (the pending one may be another document)."""
    y = lexicon().yes_no
    if y.completion.search(q.raw) is None:
        return False
    # a title's own words ("《水资源调度条例》修订" is written "《水资源调度条例(修订草案)》")
    things = [t for c in q.chunks if len(c) >= 2 and not _is_deed(c)
              for t in (_TITLE_WORDS.findall(c) or [c.strip("《》“”\"")])]
    forms = [f for c in things for f in (c, *synonyms().get(c, ()), c[-4:] if len(c) >= 6 else "") if len(f) >= 2]
    starts = [m.end() for f in forms for m in re.finditer(re.escape(f), sentence)]
    if not starts:
        return False
    at = min(starts)
    own_clause_end = clause_span(sentence, at, at)[1]
    for m in y.pending.finditer(sentence, at):
        between = sentence[at:m.start()]
        if "《" in between or y.not_negation.match(sentence, m.start()) is not None:
            continue
        # a later clause opening with the others ("芦浦镇建成…中心,其余乡镇尚在筹建") puts their
        # things under way, not the one asked; "…,目前正在起草", "…,因资金未落实推迟至明年" are its own
        lead = sentence[clause_span(sentence, m.start(), m.start())[0]:m.start()]
        if m.start() >= own_clause_end and y.others_lead.match(re.sub(r"[^\u4e00-\u9fff]", "", lead)):
            continue
        return True
    return False


def _goal_besides_pending(s: Sentence, q: Question, index: ReportIndex) -> bool:
    """The pending thing is only a plan: its sentence is in the plans part. Anywhere else an
    intention said of it ("县政府拟制定《…办法》,目前正在起草") or the date it was put off to ("推迟至
    明年") is part of its being under way: at the year's end it is not done."""
    return s.part == "plans"


def _other_scope(sentence: str, asked: list[str]) -> bool:
    """The sentence gives its matter to a scope phrase (以X为被告, X作为被告, 全县…) of another
    body than the one the question names, and to none of the asked one."""
    from fgqa.figures.whose import core, is_whole

    said = [core(m.group()) for m in lexicon().grammar.narrower_scope.finditer(sentence)]
    if not said:
        return False
    return not any(not is_whole(c) and all(same_body(a, c) for a in asked) for c in said if c)


def written_inside(question: str, summary: Summary, index: ReportIndex) -> Answer | None:
    """"报告是否写了主要负责人履行第一责任人职责的情况" on a report with no such part: yes, when a
    sentence of another section (not a plan) covers the matter, citing it and its section."""
    q = _parse(lexicon().grammar.written.sub("|", question))
    # (whether a matter is written: a predicate inside it, 履行, may be worded any way: "作为…第一责任人")
    if not q.chunks or [w for w in unknown_words(q, index, optional=_verbs(q)) if not (w in synonyms() and is_verb(w))]:
        return None
    best = None
    for s in index.sentences:
        if _goal(s, q, index):
            continue
        share = coverage(q, s.text, index, skip=_verbs(q))
        if share >= COVERS and (best is None or share > best[0]):
            best = (share, s)
    if best is None:
        return None
    s = best[1]
    where = next((sec.heading for sec in summary.sections if sec.id == s.section_id and sec.heading), None)
    said = "报告没有单独的部分, 但" + (f"在“{where}”中" if where else "在正文中") + f"写到: {clip(s.text)}"
    return _yes_no(summary, question, True, said, [Citation(quote=s.text, span=s.span)])
