"""Turn a routed question and a report's summary into a grounded answer.

Every answer cites the text it came from. A question about an indicator the report does
not give for the year is answered `not_disclosed`, saying what the report gives instead
(a target, a change, a benchmark, another scope); it is never filled with a guess.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from fgqa import re_cache
from fgqa.answers.router import Route
from fgqa.answers.scopes import (
    carries,
    column_header,
    is_narrower,
    lead_names,
    of_the_issuer,
    qualifiers_named,
    quote_scope,
    scopes_named,
)
from fgqa.engines.summaries import clip
from fgqa.figures.context import sentence_start, sentences
from fgqa.figures.scope import LEVEL_SCOPE
from fgqa.figures.whose import is_total_of_parts
from fgqa.lexicon import lexicon
from fgqa.models import YEAR_KINDS, Answer, Citation, Figure, Section, Summary
from fgqa.sections.headings import NUMBER_MARKER, ORDINAL_MARKER
from fgqa.sections.parts import find_part_paragraph

_META_ZH = {"published": "发布日期", "signed": "落款日期", "year": "报告年度", "issuer": "发布单位", "region": "地区", "level": "层级",
            "editor": "编辑", "source": "信息来源"}
#: a year figure preferred when the question names no kind: stated, then a verbal zero, then ours
_KIND_ORDER = {"stated": 0, "zero_claim": 1, "derived": 2}
_MARKER = re_cache.compile(rf"^(?:#+\s*)?(?:{NUMBER_MARKER}|{ORDINAL_MARKER})\s*")
_ORDINAL_ITEM = re_cache.compile(rf"(?:^|(?<=[。;；:：\s]))({ORDINAL_MARKER})([^。;；]{{2,}})")
#: a list item longer than this is shortened at a clause boundary, with "…" (never mid-word)
ITEM_LIMIT = 60


def bigrams(s: str) -> set[str]:
    s = re.sub(r"[\W\d_]+", "", s)
    return {s[i:i + 2] for i in range(len(s) - 1)}


def _relevance(question: str, fig: Figure) -> float:
    """How well a figure fits the question: its scope named outright counts most, then the
    words right before the number, then the rest of its quote."""
    q = bigrams(question)
    quote = bigrams(fig.quote)
    shared = len(q & quote)
    score = min(6, shared) + 4 * shared / max(1, len(quote)) + 2 * len(q & bigrams(fig.quote[-10:]))
    if fig.scope and not fig.scope.startswith("全"):
        score += 10 if _scope_named(question, fig) else len(q & bigrams(fig.scope))
    else:
        score += 3  # the reporting body as a whole: what a question naming no scope means
    return score


def _citation(fig: Figure) -> Citation:
    return Citation(quote=fig.quote, span=fig.span)


def number_answer(doc: str, fig: Figure, note: str = "") -> Answer:
    value_text = _fmt_value(fig)
    text = f"{fig.label}: {value_text} ({lexicon().kinds.labels[fig.kind].answer}"
    text += f", 公式 {fig.formula}" if fig.formula else ""
    text += f", 范围: {fig.scope})" if fig.scope else ")"
    return Answer(doc=doc, answer_type="number", value=fig.value, unit=fig.unit, kind=fig.kind, key=fig.key,
                  scope=fig.scope, formula=fig.formula, direction=fig.direction if fig.kind == "change" else None,
                  text=text + note, citations=[_citation(fig)])


def all_figures(summary: Summary) -> list[Figure]:
    figs = [f for s in summary.sections for f in s.figures]
    return figs or list(summary.indicators)




def yes_no_from_number(answer: Answer, question: str) -> Answer:
    """'有没有被纠错的?' → no when the count is 0; '是否都答复了?' → yes when the rate is 100%."""
    if answer.answer_type != "number" or answer.value is None:
        return answer
    value = float(answer.value)
    yes = value >= 100 if answer.unit == "%" and lexicon().grammar.all_words.search(question) else value > 0
    return answer.model_copy(update={"answer_type": "yes_no", "value": yes, "unit": None,
                                     "text": _yes_no_word(question, yes) + answer.text})


def _yes_no_word(question: str, yes: bool) -> str:
    if re.search(r"是否|是不是", question):
        return "是。" if yes else "否。"
    return "有。" if yes else "没有。"


def answer_indicator(route: Route, question: str, summary: Summary, text: str | None = None) -> Answer | None:
    """`text` (the report's clean text) lets the answer check whose figure its quote gives
    (fgqa.answers.scopes); without it the figures' own scopes decide."""
    answer = _indicator_number(route, question, summary, text)
    if answer is not None and route.shape == "period":
        return period_of_answer(answer, summary)
    if answer is None or route.shape != "yes_no":
        return answer
    if text is not None and answer.answer_type == "number" and answer.kind == "stated":
        # a yes or no read off a count is a claim about that count's quote too (a verbal zero,
        # 均予以维持, speaks for the whole indicator; a derived figure for its inputs)
        from fgqa.answers.claims import claim_holds
        from fgqa.answers.evidence import ReportIndex

        if not claim_holds(answer, question, ReportIndex.build(summary, text), all_figures(summary), summary.meta.issuer):
            return _not_disclosed(summary.doc.path, route, [f for f in all_figures(summary) if f.key == route.key],
                                  f"报告中的数字({answer.value}{answer.unit or ''})说的不是这个")
    return yes_no_from_number(answer, question)


def period_of_answer(answer: Answer, summary: Summary) -> Answer:
    """'数据统计到什么时候?': the period the answered figure covers, as the text bounds it."""
    if answer.answer_type != "number" or not answer.citations:
        return answer
    cited = answer.citations[0].span
    fig = next((f for f in all_figures(summary) if f.span == cited and f.key == answer.key), None)
    if fig is None:
        return answer
    if fig.period:
        said = f"{fig.label}的统计时段: {fig.period} ({_fmt_value(fig)})"
    else:
        year = f"{summary.meta.year}年" if summary.meta.year else "报告年度"
        said = f"{fig.label}: 报告未另注明统计时段, 应为{year}全年 ({_fmt_value(fig)})"
    return answer.model_copy(update={"answer_type": "text", "value": None, "text": said})


def _indicator_number(route: Route, question: str, summary: Summary, text: str | None = None) -> Answer | None:
    """The figure of the routed indicator that fits the question, or not_disclosed; None when
    the question wants a change/target/benchmark this indicator has not (search elsewhere)."""
    doc = summary.doc.path
    figures = [f for f in all_figures(summary) if f.key == route.key]
    if route.want_kind == "zero_claim":
        # "零败诉" is a claim about the whole body, not about one of its scopes
        wanted = [f for f in figures if f.kind == "zero_claim" and f.scope is None]
        if not wanted:
            return _not_disclosed(doc, route, figures, "报告没有这样的整体表述")
    elif route.want_kind:
        wanted = [f for f in figures if f.kind == route.want_kind]
        if route.want_kind == "benchmark" and wanted and asks_the_year_before(question, summary):
            # "上一年的败诉率是多少": the body's own figure of the year before (上年为10.7%, 由上年的8.1%
            # 降至…), never somebody else's it is compared with (低于全省平均水平(10.3%))
            wanted = [f for f in wanted if not of_somebody_else(f.quote)]
            if not wanted:
                return _not_disclosed(doc, route, figures, "报告没有给出上一年的数字, 只有别处的参照值")
        if route.want_kind == "target" and wanted and text is not None:
            # "2026年败诉率目标": the goal its plan sets for that year, not the report year's own
            # goal in a table under "一、2025年工作成效" (whose year its headings or sentence say)
            wanted = _goals_of_the_year_asked(question, wanted, summary, text)
            if not wanted:
                return _not_disclosed(doc, route, figures, "报告没有给出问题所说年份的目标")
        if not wanted:
            return None
    else:
        year = [f for f in figures if f.kind in YEAR_KINDS and not (route.stated_only and f.kind == "derived")]
        if route.wants_total:
            levels = _per_level(year)
            if levels and not any(_scope_named(question, f) for f in levels):
                return _per_level_answer(doc, route, levels)
        qualified = False
        if text is not None:
            qualified = bool(qualifiers_named(question, summary.meta.issuer, summary.meta.region))
            year, why = _qualified_by(route, question, year, summary, text)
            if why:
                return _not_disclosed(doc, route, figures, why)
        # (figures the question's own qualifier picked, 县政府本级's column, are no stray part)
        wanted, why = (year, "") if qualified else _year_candidates(route, question, year, text, summary.meta.issuer)
        if not wanted:
            return _not_disclosed(doc, route, year if why else figures, why)
    best = max(wanted, key=lambda f: (_relevance(question, f), -_KIND_ORDER.get(f.kind, 3), -f.span[0]))
    own = next((f for f in wanted if f.primary), None) if route.want_kind is None else None
    if own is not None and own is not best and about_the_whole(question, route.key, summary) and not (
            text is not None and _names_more(question, best, own, text)):
        # a question about the whole report ("行政执法案件有多少件") gets the report's own figure
        # (fgqa.figures.primary: never a part, the widest scope), the one the wide export shows
        best = own
    if (route.wants_total and not is_total_of_parts(best) and best.scope and not best.scope.startswith("全")
            and not _scope_named(question, best)):
        return _not_disclosed(doc, route, figures, f"只有分领域/分主体的数字(如{best.scope}), 没有合计")
    return number_answer(doc, best)


def _goals_of_the_year_asked(question: str, goals: list[Figure], summary: Summary, text: str) -> list[Figure]:
    """The goals written for a year the question names: those whose sentence or headings (the
    sections holding it) name that year, else those that name no year at all; the goals of
    another year only are not the ones asked. Every goal when the question names no year."""
    asked = set(lexicon().grammar.year_named.findall(question))
    if not asked:
        return goals

    def years_of(fig: Figure) -> set[str]:
        own = next((s.id for s in summary.sections if s.span[0] <= fig.span[0] < s.span[1]), "")
        # (its section and those it sits in: s2.1 lies under s2, whose span is its heading alone)
        headings = "".join(s.heading or "" for s in summary.sections if own == s.id or own.startswith(s.id + "."))
        line = text[text.rfind("\n", 0, fig.span[0]) + 1:fig.span[1]]
        return set(lexicon().grammar.year_named.findall(headings + "|" + line))

    said = {id(f): years_of(f) for f in goals}
    return [f for f in goals if said[id(f)] & asked] or [f for f in goals if not said[id(f)]]


def asks_the_year_before(question: str, summary: Summary) -> bool:
    """The question asks the figure of the year before the report's ("上一年…", "2023年…" in a 2024 report)."""
    g = lexicon().grammar
    year = summary.meta.year
    return bool(g.prior_year.search(question)) or (
        year is not None and any(int(y) == year - 1 for y in g.year_named.findall(question)))


#: the number (and its unit) that ends a figure's quote
_QUOTED_NUMBER = re_cache.compile(r"[\d０-９.,．，]+[^\d０-９]*$")


def of_somebody_else(quote: str) -> bool:
    """A benchmark's quote that says somebody else's average (全国 / 全省 / 平均水平 before its
    number: kinds.toml [benchmark] lead), not the body's own figure of an earlier year."""
    return bool(lexicon().kinds.benchmark_lead.search(_QUOTED_NUMBER.sub("", quote)))


def _qualified_by(route: Route, question: str, year: list[Figure], summary: Summary, text: str) -> tuple[list[Figure], str]:
    """The year figures whose sentence names what the question qualifies its figure by (a
    place's name, 本级: fgqa.answers.scopes.qualifiers_named). None of the indicator's: a figure
    the taxonomy left unkeyed, whose sentence names the qualifier and the indicator's own
    words before its number ("各设区的市中,沣州市败诉率最低,为3.2%"); else none, with why."""
    named = qualifiers_named(question, summary.meta.issuer, summary.meta.region)
    if not named:
        return year, ""
    own_level = lexicon().grammar.own_level
    # (a department's 本级 is the department itself: a figure its sentence gives the issuer by name,
    # 以省生态环境厅为被告的…; a government's 市本级 is its level's departments, not its own suits)
    itself = summary.meta.level == "department"
    held = [f for f in year if all(lead_names(f, text, w, summary.meta.issuer) or (itself and own_level.fullmatch(w) and of_the_issuer(f, summary.meta.issuer))
                                   for w in named)]
    if held:
        return held, ""
    ind = lexicon().indicator(route.key)
    if ind is not None:
        from fgqa.answers.claims import indicator_words_in

        words = indicator_words_in(question, route.key)
        unkeyed = [f for f in all_figures(summary) if f.key is None and f.kind in YEAR_KINDS and f.unit in ind.units
                   and all(lead_names(f, text, w, summary.meta.issuer) for w in named)
                   and any(w in text[sentence_start(text, f.span[0]):f.span[1]] for w in words)]
        if unkeyed:
            return unkeyed, ""
    return [], f"报告没有给出{'、'.join(named)}的数字"


def about_the_whole(question: str, key: str | None, summary: Summary) -> bool:
    """The question asks for the report's own figure of its indicator: it names no scope, no
    total, no part and nothing besides the indicator's words ("败诉率是多少", "行政处罚案件有多少件",
    but not "城市管理领域…", "适用简易程序的…", "以县政府为被告的…")."""
    from fgqa.answers.claims import indicator_words_removed
    from fgqa.answers.evidence import Question, substantive

    g = lexicon().grammar
    if scopes_named(question, summary.meta.issuer) or g.total.search(question):
        return False
    # 全区罚没款是多少: the whole area opening the question is the report's own scope, not a part
    return not substantive(Question.parse(indicator_words_removed(_WHOLE_AREA_OPENING.sub("", question), key)))


#: a question that opens with the whole area (全区…, 全市…): it asks for the body's own figure
_WHOLE_AREA_OPENING = re_cache.compile(r"^\s*全(?:省|市|区|县|镇|乡|街道|州|旗|盟)(?![\u4e00-\u9fff]{0,2}(?:部门|领域|各))")


def _names_more(question: str, best: Figure, own: Figure, text: str) -> bool:
    """The question's words find more in `best`'s list item than in the report's own figure's
    sentence ("审核政府合同多少件": 政府合同 is in "政府合同305件", not in "审核规范性文件、重大合同…
    共计412件"): it names that part, although the indicator's words cover it."""
    from fgqa.answers.evidence import Question

    if own.span[0] <= best.span[0] and best.span[1] <= own.span[1]:
        return False  # a table row read cell by cell ("败诉率 | 3.7% | 7.5%"): the own cell's quote holds the label
    item = _item_of(best, text)
    own_words = text[sentence_start(text, own.span[0]):own.span[1]]
    # a total of parts said side by side holds its parts' words: not those of the part in question
    own_words = own_words.replace(item, "|", 1)
    return any(c[i:i + 2] in item and c[i:i + 2] not in own_words
               for c in Question.parse(question).chunks for i in range(len(c) - 1))


def _year_candidates(route: Route, question: str, year: list[Figure], text: str | None,
                     issuer: str | None = None) -> tuple[list[Figure], str]:
    """Year figures narrowed by what the question says: a named scope, a total or not. The
    answer's quote must carry the question's scope: a question naming one (以县政府为被告)
    is answered only by that scope's figures, a question naming none by the report's own
    (never the streets' or the government-as-defendant's alone). With none left, the
    reason says what the report gives instead."""
    asked = scopes_named(question, issuer) if text is not None else []
    if asked and text is not None:
        wanted = [f for f in year if carries(f, text, asked)]
        if not wanted:
            return [], f"报告没有给出{'、'.join(asked)}的数字"
    else:
        wanted = [f for f in year if _scope_named(question, f)]  # "镇级…多少": that scope
        if not wanted:
            wanted = [f for f in year if text is None or not is_narrower(f, text, issuer)]
            if text is not None:
                # a total we added up of parts that are all a part's is that part's too
                wanted = [f for f in wanted if not (is_total_of_parts(f) and _parts_narrower(f, year, text, issuer))]
            if not wanted and year and text is not None:
                named_parts = "、".join(dict.fromkeys(n for f in year if (n := quote_scope(f, text, issuer) or column_header(f, text))))
                return [], f"只有{named_parts}的数字, 没有报告主体整体的数字"
    if route.wants_total:
        one = _named_as_one(question, wanted, text) if text is not None else None
        if one is not None:
            return [one], ""
        totals = [f for f in wanted if is_total_of_parts(f)]
        return totals or [f for f in wanted if not f.scope or f.scope.startswith("全")] or wanted, ""
    parts = [f for f in wanted if not is_total_of_parts(f)]
    if text is not None and not asked:
        for total in (f for f in wanted if is_total_of_parts(f)):
            inside = [f for f in parts if total.span[0] <= f.span[0] and f.span[1] <= total.span[1]]
            if (inside and len(inside) == len(parts) and not any(_part_named(question, route.key, f, text) for f in inside)
                    and all(_qualified(question, f, text) for f in inside) and not _splits(question, route.key, inside, text)):
                # "简易程序案件210件、一般程序案件37件", each a kind the question does not name: their total
                return [total], ""
    return parts or wanted, ""


def _parts_narrower(total: Figure, year: list[Figure], text: str, issuer: str | None) -> bool:
    inside = [f for f in year if f is not total and not is_total_of_parts(f)
              and total.span[0] <= f.span[0] and f.span[1] <= total.span[1]]
    return bool(inside) and all(is_narrower(f, text, issuer) for f in inside)


def _named_as_one(question: str, wanted: list[Figure], text: str) -> Figure | None:
    """"审查了多少份政府合同和协议" reads as a total of two things (questions.toml `total`), but
    the report counts "政府合同和协议96份" as one item: the figure whose list item holds the
    question's "X和Y" as written, when no total word (一共, 合计 …) asks for more."""
    if lexicon().grammar.total_word.search(question):
        return None
    m = re.search(r"([\u4e00-\u9fff]{2,6})和([\u4e00-\u9fff]{2,6})", question)
    if m is None:
        return None
    for k in range(len(m.group(1)), 1, -1):  # "少份政府合同和协议": the longest left side an item holds
        phrase = m.group(1)[-k:] + "和" + m.group(2)
        held = [f for f in wanted if not is_total_of_parts(f) and phrase in _item_of(f, text)]
        if held:
            return held[0] if len(held) == 1 else None
    return None


def _item_of(fig: Figure, text: str) -> str:
    start = max(text.rfind(ch, 0, fig.span[0] + len(fig.quote) - 1) for ch in "、,，;；。\n") + 1
    return text[start:fig.span[1]]


def _qualified(question: str, fig: Figure, text: str) -> bool:
    """The figure's list item has a word of its own, three characters the question does not
    have (no two of them in a row are in it): "简易程序" in "简易程序案件210件" for "行政执法案件
    有多少件" — one part among others, not the thing asked ("废止行政规范性文件1件" is)."""
    for run in re.findall(r"[\u4e00-\u9fff]{3,}", _item_of(fig, text)):
        absent = [run[i:i + 2] not in question for i in range(len(run) - 1)]
        if any(a and b for a, b in zip(absent, absent[1:])):
            return True
    return False


def _splits(question: str, key: str | None, parts: list[Figure], text: str) -> bool:
    """The words the question names its indicator by are in some of the parts' items and not in
    the others ("废止了多少件" against "其中废止17件、宣布失效5件", which the indicator both
    counts): it asks for those parts, not for their sum."""
    from fgqa.answers.claims import indicator_words_in

    words = indicator_words_in(question, key)
    # (by their bigrams: "审核合同多少份" names 合同 of "审核…报送合同19份", not 征求意见59件)
    grams = {w[i:i + 2] for w in words for i in range(len(w) - 1)}
    held = [any(gram in _item_of(f, text) for gram in grams) for f in parts]
    return sum(held) == 1 and len(held) >= 2


def _part_named(question: str, key: str | None, fig: Figure, text: str) -> bool:
    """The question's own words (beyond the indicator's) are in the figure's list item
    ("一般程序案件办理了多少件" → "、一般程序案件37件")."""
    from fgqa.answers.claims import indicator_words_removed
    from fgqa.answers.evidence import Question

    item = _item_of(fig, text)
    return any(len(c) >= 2 and c in item for c in Question.parse(indicator_words_removed(question, key)).chunks)


def _per_level(figures: list[Figure]) -> list[Figure]:
    """One figure per administrative level (its total if we derived one), when the report
    counts by level (市级 / 镇级): levels are reported apart and must not be added up."""
    by_level: dict[str, Figure] = {}
    for f in figures:
        m = LEVEL_SCOPE.match(f.scope or "")
        if not m:
            continue
        current = by_level.get(m.group())
        if current is None or (is_total_of_parts(f) and not is_total_of_parts(current)) or (f.value > current.value and not is_total_of_parts(current)):
            by_level[m.group()] = f
    return list(by_level.values()) if len(by_level) >= 2 else []


def _per_level_answer(doc: str, route: Route, levels: list[Figure]) -> Answer:
    name = lexicon().indicators[route.key].name if route.key else ""
    points = [f"{f.scope} {_fmt_value(f)}" + (f"({f.formula})" if f.formula else "") for f in levels]
    text = f"报告按层级分别统计{name}: " + "; ".join(points) + "。两级分别统计,不应相加,报告没有给出合计。"
    return Answer(doc=doc, answer_type="text", key=route.key, text=text, points=points,
                  citations=[_citation(f) for f in levels])


def _fmt_value(f: Figure) -> str:
    """120余人, 98%以上, 近100场: the value as approximate as the report says it."""
    if f.qualifier == "approx_more":
        return f"{f.value}{f.unit}以上" if f.unit in ("%", "个百分点", "") else f"{f.value}余{f.unit}"
    if f.qualifier == "approx_less":
        return f"近{f.value}{f.unit}"
    return f"{f.value}{f.unit}"


def not_disclosed_for(route: Route, summary: Summary) -> Answer:
    return _not_disclosed(summary.doc.path, route, [f for f in all_figures(summary) if f.key == route.key])


def _scope_named(question: str, fig: Figure) -> bool:
    if not fig.scope:
        return False
    q = re.sub(r"[()（）、和及与]", "", question)
    return all(re.sub(r"[()（）、和及与]", "", part) in q for part in fig.scope.split("+"))


def _not_disclosed(doc: str, route: Route, figures: list[Figure], reason: str = "") -> Answer:
    name = lexicon().indicators[route.key].name if route.key else "该指标"
    others = [f for f in figures if f.kind not in YEAR_KINDS] or figures
    if others:
        instead = "; ".join(f"{lexicon().kinds.labels[f.kind].answer} {f.value}{f.unit}" + (f"({f.scope})" if f.scope else "") for f in others[:3])
        text = f"报告未披露当年的{name}" + (f"({reason})" if reason else "") + f"; 报告给出的是: {instead}"
    else:
        text = f"报告未披露{name}"
    return Answer(doc=doc, answer_type="not_disclosed", key=route.key, text=text, points=[f.quote for f in others[:3]],
                  citations=[_citation(f) for f in others[:3]])


FAMILY_UNITS = _FAMILY_UNITS = {"money": ("元", "万元", "亿元"), "people": ("人", "人次", "名", "位"), "percent": ("%", "个百分点")}


def answer_figure_search(route: Route, question: str, summary: Summary, *, unkeyed_only: bool = False) -> Answer:
    """The figure whose words best match the question, among those of the wanted kind
    and unit; keyed figures of another indicator are never the answer."""
    doc = summary.doc.path
    units: Collection[str] | None = _FAMILY_UNITS.get(route.unit_family or "")
    if units is None and route.key is not None:  # 败诉目标 is a rate, never a count of meetings
        units = lexicon().indicators[route.key].units | ({"%", "个百分点"} if route.want_kind == "change" else set())
    pool = [f for f in all_figures(summary)
            if (route.want_kind is None or f.kind == route.want_kind)
            and (units is None or f.unit in units)
            and not (unkeyed_only and f.key is not None)]
    scored = [(_relevance(question, f), f) for f in pool]
    scored = [item for item in scored if item[0] >= 3]
    if not scored:
        return Answer(doc=doc, answer_type="cannot_answer", text="无法从这份报告回答这个问题。")
    best = max(scored, key=lambda item: (item[0], -item[1].span[0]))[1]
    return number_answer(doc, best)


def answer_part(route: Route, summary: Summary, text: str) -> Answer:
    doc = summary.doc.path
    part = route.part
    assert part is not None
    status = summary.parts[part]
    sections = [s for s in summary.sections if s.id in status.section_ids]
    tops = [s for s in sections if s.level == 1] or sections
    citations = [Citation(quote=s.heading, span=(s.span[0], s.span[0] + len(s.heading))) for s in tops if s.heading]
    if route.shape == "yes_no":
        if status.present:
            head = f"“{status.heading}”" if status.heading else "(无单独标题)"
            holder = _top_heading_of(summary, status.section_ids)
            if status.heading is None and holder is not None and holder.heading:  # reported inside another part
                head = f"(无单独标题, 写在“{holder.heading}”中)"
                citations = citations or [Citation(quote=holder.heading, span=(holder.span[0], holder.span[0] + len(holder.heading)))]
            return Answer(doc=doc, answer_type="yes_no", value=True, text=f"有。{lexicon().parts[part].answer_name}: {head}", citations=citations)
        return Answer(doc=doc, answer_type="yes_no", value=False, text=f"没有。报告中没有“{lexicon().parts[part].answer_name}”部分。")
    if not status.present:
        return Answer(doc=doc, answer_type="not_disclosed", text=f"报告中没有“{lexicon().parts[part].answer_name}”部分。")
    points, spans = part_points(sections, text, part, merged=_is_merged(part, sections, summary))
    return Answer(doc=doc, answer_type="list" if route.shape == "list" else "text", text="; ".join(points),
                  points=points, citations=citations + [Citation(quote=text[a:b], span=(a, b)) for a, b in spans[:8]])


def _top_heading_of(summary: Summary, section_ids: list[str]) -> Section | None:
    """The top-level section (with a heading) a part's first section sits in."""
    if not section_ids:
        return None
    top = section_ids[0].split(".")[0]
    return next((s for s in summary.sections if s.id == top and s.heading), None)


def _is_merged(part: str, sections: list[Section], summary: Summary) -> bool:
    """One section serves two parts (三、存在的不足和下一步打算)."""
    ids = {s.id for s in sections}
    return any(other != part and ids & set(st.section_ids) for other, st in summary.parts.items())


def part_points(sections: list[Section], text: str, part: str = "", *, merged: bool = False) -> tuple[list[str], list[tuple[int, int]]]:
    """The items of a part: its sub-headings, else its 一是/二是 items, else its sentences.
    In a merged section the plans start at their opener (下一步,…) and the shortcomings end there."""
    start = min(s.span[0] for s in sections)
    end = max(s.span[1] for s in sections)
    if merged and part in ("plans", "shortcomings"):
        top = min(sections, key=lambda s: s.level)
        body = top.span[0] + len(top.heading or "")
        opener = find_part_paragraph(text, "plans", body, end, one_line=text.count("\n") < 3)
        if opener is not None:
            start, end = (opener, end) if part == "plans" else (start, opener)
    subs = [s for s in sections if s.level > 1 and s.heading and start <= s.span[0] < end]
    if subs:
        return [_MARKER.sub("", s.heading or "").rstrip(";；,，。") for s in subs], [(s.span[0], s.span[0] + len(s.heading or "")) for s in subs]
    items = list(_ORDINAL_ITEM.finditer(text, start, end))
    if items:
        return [clip(m.group(2).strip(), ITEM_LIMIT) for m in items], [(m.start(1), m.end(2)) for m in items]
    spans = sentences(text, start, end)[1:7] or sentences(text, start, end)
    return [text[a:b] for a, b in spans], spans


def answer_meta(route: Route, summary: Summary) -> Answer:
    meta = summary.meta
    fields = {"published": ["published", "signed"], "signed": ["signed", "published"]}.get(route.meta_field or "", [route.meta_field])
    parts = [f"{_META_ZH[f]}: {_meta_value(f, getattr(meta, f), meta.issuer)}" if getattr(meta, f) is not None
             else f"文中没有{_META_ZH[f]}" for f in fields if f]
    if all(getattr(meta, f) is None for f in fields if f):
        parts = []
    if not parts:
        return Answer(doc=summary.doc.path, answer_type="not_disclosed", text=f"报告未写明{_META_ZH.get(route.meta_field or '', route.meta_field)}")
    # (the page's chrome is not in the report's text: no span to cite, so say where it stands)
    where = " (见网页信息栏)" if route.meta_field in _CHROME_FIELDS else ""
    return Answer(doc=summary.doc.path, answer_type="text", text="; ".join(parts) + where, points=parts,
                  value=None)


#: the fields read off the page's chrome (removed from the text) rather than the report
_CHROME_FIELDS = frozenset({"editor", "source"})


_LEVEL_ZH = {"national": "国家级(国务院部门)", "province": "省级", "city": "市级", "district": "区级(县级)",
             "county": "县级", "town": "乡镇级", "street": "街道(乡镇级)", "department": "政府部门"}
_ISO_DATE = re_cache.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _meta_value(field: str, value: object, issuer: str | None) -> str:
    """A date as a Chinese reader writes it (2026年2月9日, the ISO form after it), a level in
    words with the body it is the level of; other fields as they are."""
    if field in ("published", "signed") and isinstance(value, str) and (m := _ISO_DATE.match(value)):
        return f"{int(m.group(1))}年{int(m.group(2))}月{int(m.group(3))}日 ({value})"
    if field == "level" and isinstance(value, str):
        return f"{_LEVEL_ZH.get(value, value)} ({value})" + (f", {issuer}" if issuer else "")
    return str(value)


def cannot_answer(question: str, summary: Summary, text: str) -> Answer:
    """No guess: say so and point at the sections most related to the question."""
    from fgqa.answers.retrieval import related_sections

    related = [s for s in related_sections(question, summary, text, k=3) if s.heading]
    return Answer(
        doc=summary.doc.path, answer_type="cannot_answer",
        text="无法从这份报告回答这个问题。" + ("相关章节: " + "; ".join(s.heading or s.id for s in related) if related else ""),
        points=[s.heading or s.id for s in related],
        citations=[Citation(quote=s.heading or "", span=(s.span[0], s.span[0] + len(s.heading or ""))) for s in related],
    )
