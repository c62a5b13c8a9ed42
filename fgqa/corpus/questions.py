"""Questions asked of a set of reports: a ranking, a filter or an aggregate.

    败诉率最高的是哪个 / 按出庭应诉率排名            → rank
    哪些报告实现了零败诉 / 缺少存在的不足部分 / 没有披露败诉率 / 败诉率超过5%的报告 → filter
    平均败诉率 / 败诉率的中位数 / 行政复议案件合计 (按层级 / 按年度)  → aggregate

Every report's value is the year's figure of its own scope — the figure the wide export
shows (`export.own_year_figure`) — with its kind and its quote. A report that does not give
the figure is listed as not disclosed (with what it gives instead) and never counted; a
value fgqa derived from the report's counts is counted but said so, by name.
A question with none of these words is not a set question (`None`): `ask` answers it
report by report.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Sequence
from typing import Any, Literal, cast

from pydantic import BaseModel, ConfigDict, Field

from fgqa import re_cache
from fgqa.corpus.export import own_year_figure
from fgqa.models import Citation, PartKey, Summary

Operation = Literal["rank", "filter", "aggregate"]

_MAX = re_cache.compile(r"最高|最大|最多|最好")
_MIN = re_cache.compile(r"最低|最小|最少|最差")
_RANK = re_cache.compile(r"排名|排序|排行|名次|从高到低|从低到高|前\d+名?|后\d+名?")
_MEAN = re_cache.compile(r"平均(?:值|数|水平)?|均值")
_MEDIAN = re_cache.compile(r"中位数|中位值")
_SUM = re_cache.compile(r"合计|总计|总和|加总|共计|一共|总共|累计")
_BY_LEVEL = re_cache.compile(r"(?:按|分|各)(?:行政)?(?:层级|级别)")
_BY_YEAR = re_cache.compile(r"(?:按|分|各)(?:年度|年份|年)")
_WHICH = re_cache.compile(r"哪些|哪几|哪个|哪一|有几(?:个|份)|多少(?:个|份)报告|的报告")
_NOT_DISCLOSED = re_cache.compile(r"(?:没有|未|没|不)(?:披露|公开|公布|说明|报告|提到|提及|给出)")
_MISSING = re_cache.compile(r"缺少|缺失|没有|缺|漏掉|不含|未写")
_ZERO = re_cache.compile(r"零(败诉|纠错|被纠错|复议|诉讼|投诉|事故|差错)")
_COMPARE = re_cache.compile(r"(超过|高于|大于|多于|不低于|不少于|达到|以上|低于|小于|少于|不超过|不高于|以下)\s*(\d+(?:\.\d+)?)\s*(%|个百分点|件|起|人次|人|次|项|万元)?"
                      r"|(\d+(?:\.\d+)?)\s*(%|件|起|人次|人|次|项|万元)?\s*(以上|以下)")
_SET_WORDS = re_cache.compile("|".join(p.pattern for p in (_MAX, _MIN, _RANK, _MEAN, _MEDIAN, _SUM, _BY_LEVEL, _BY_YEAR))
                        + r"|的是|是哪|哪些报告|哪个报告|哪份报告|报告中|各报告|各地|这些报告|[?？]")
_ABOVE = {"超过", "高于", "大于", "多于", "不低于", "不少于", "达到", "以上"}
_STRICT = {"超过", "高于", "大于", "多于", "低于", "小于", "少于"}
LEVEL_ZH = {"city": "市", "district": "区", "county": "县", "town": "镇/乡", "street": "街道", "department": "部门"}


class ReportItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    doc: str
    #: the report as people name it: issuer and year (the path when neither is known)
    report: str
    level: str | None = None
    year: int | None = None
    value: int | float | None = None
    unit: str | None = None
    kind: str | None = None
    scope: str | None = None
    formula: str | None = None
    citation: Citation | None = None
    #: for a filter: whether the report is one of those asked for (None: cannot tell)
    matches: bool | None = None
    rank: int | None = None
    #: not disclosed, a part missing, what the report gives instead …
    note: str = ""


class Group(BaseModel):
    model_config = ConfigDict(extra="forbid")

    group: str | None = None
    value: int | float | None = None
    n: int = 0
    derived: list[str] = Field(default_factory=list)
    not_disclosed: list[str] = Field(default_factory=list)


class Failure(BaseModel):
    doc: str
    error: str


class CorpusAnswer(BaseModel):
    """`fgqa ask` over several reports when the question asks about the set (fgqa.corpus/1)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: Literal["fgqa.corpus/1"] = Field("fgqa.corpus/1", alias="schema")
    question: str
    operation: Operation
    #: max | min | rank (rank); zero | missing_part | not_disclosed | disclosed | compare (filter);
    #: mean | median | sum (aggregate)
    detail: str
    key: str | None = None
    part: PartKey | None = None
    label: str | None = None
    unit: str | None = None
    by: Literal["level", "year"] | None = None
    #: one sentence saying the result, derived and not-disclosed reports named
    result: str
    items: list[ReportItem]
    groups: list[Group] = Field(default_factory=list)
    failures: list[Failure] = Field(default_factory=list)


# --------------------------------------------------------------------------- reading the question


class _Intent(BaseModel):
    operation: Operation
    detail: str
    key: str | None = None
    part: str | None = None
    by: Literal["level", "year"] | None = None
    threshold: float | None = None
    above: bool = True
    strict: bool = True


def _asks_own_against_average(q: str) -> bool:
    """A yes/no about one report's figure compared with an average it cites ("败诉率是否低于全市
    平均水平", "有没有超过全省平均"): no mean to compute over the set, unless it asks which reports."""
    from fgqa.lexicon import lexicon

    if _WHICH.search(q) or not (lexicon().yes_no.is_cue.search(q) or lexicon().yes_no.has_cue.search(q)):
        return False
    m = lexicon().grammar.compare.search(q)
    return m is not None and _MEAN.search(m.group(2)) is not None


def read_intent(question: str) -> _Intent | None:
    """What the question asks of the set, or None when it asks each report only."""
    from fgqa.answers.router import route

    q = question.strip()
    if _asks_own_against_average(q):
        return None  # "败诉率是否低于全市平均水平": each report's figure against its own benchmark
    by = "level" if _BY_LEVEL.search(q) else "year" if _BY_YEAR.search(q) else None
    core = _SET_WORDS.sub("", q)
    core = re.sub(r"^(?:的|在|中)+|(?:的|是|为|有)+$", "", core) or q
    if _MEDIAN.search(q) or _MEAN.search(q) or (_SUM.search(q) and (_WHICH.search(q) is None)):
        detail = "median" if _MEDIAN.search(q) else "mean" if _MEAN.search(q) else "sum"
        key = _indicator_key(core)
        return _Intent(operation="aggregate", detail=detail, key=key, by=by) if key else None
    if _RANK.search(q) or _MAX.search(q) or _MIN.search(q):
        key = _indicator_key(core)
        if key is None:
            return None
        detail = "rank" if _RANK.search(q) else "max" if _MAX.search(q) else "min"
        return _Intent(operation="rank", detail=detail, key=key)
    if not _WHICH.search(q):
        return None
    zero = _ZERO.search(q)
    if zero:
        r = route(q)
        return _Intent(operation="filter", detail="zero", key=r.key) if r.key else None
    if _NOT_DISCLOSED.search(q):
        key = _indicator_key(_NOT_DISCLOSED.sub("", core))
        return _Intent(operation="filter", detail="not_disclosed", key=key) if key else None
    r = route(core)
    if r.route == "part" and r.part and _MISSING.search(q):
        return _Intent(operation="filter", detail="missing_part", part=r.part)
    if r.route == "part" and r.part:
        return _Intent(operation="filter", detail="present_part", part=r.part)
    cmp = _COMPARE.search(q)
    key = _indicator_key(_COMPARE.sub("", core))
    if cmp and key:
        word = cmp.group(1) or cmp.group(6)
        number = float(cmp.group(2) or cmp.group(4))
        return _Intent(operation="filter", detail="compare", key=key, threshold=number, above=word in _ABOVE,
                       strict=word in _STRICT)
    if key and re.search(r"披露|公开|公布|给出|报告了", q):
        return _Intent(operation="filter", detail="disclosed", key=key)
    return None


def _indicator_key(words: str) -> str | None:
    from fgqa.answers.router import route

    words = words.strip()
    if not words:
        return None
    r = route(words if words.endswith("多少") else words + "是多少")
    return r.key if r.route == "indicator" else None


# --------------------------------------------------------------------------- answering


def report_name(summary: Summary) -> str:
    issuer, year = summary.meta.issuer, summary.meta.year
    if issuer and year:
        return f"{issuer} {year}"
    name = summary.doc.path.rstrip("/").rsplit("/", 1)[-1]
    return f"{issuer or name}{f' {year}' if year else ''}"


def answer_across(question: str, items: list[tuple[Summary, str]], *, failures: list[Failure] | None = None,
                  client: Any = None) -> CorpusAnswer | None:
    intent = read_intent(question)
    if intent is None:
        return None
    from fgqa.lexicon import lexicon

    label = None
    if intent.key:
        indicator = lexicon().indicator(intent.key)
        label = indicator.name if indicator else intent.key
    rows = [_item(intent, summary, text, client, question) for summary, text in items]
    answer = CorpusAnswer(question=question, operation=intent.operation, detail=intent.detail, key=intent.key,
                          part=intent.part, label=label, by=intent.by, result="", items=rows, failures=failures or [])
    units = sorted({r.unit for r in rows if r.value is not None and r.unit})
    answer.unit = units[0] if len(units) == 1 else None
    if intent.operation == "rank":
        _rank(answer, intent)
    elif intent.operation == "filter":
        _filter(answer, intent, items)
    else:
        _aggregate(answer, intent, units)
    return answer


def _item(intent: _Intent, summary: Summary, text: str, client: Any, question: str = "") -> ReportItem:
    item = ReportItem(doc=summary.doc.path, report=report_name(summary), level=summary.meta.level, year=summary.meta.year)
    if intent.key is None:
        return item
    fig = _scoped_year_figure(question, intent.key, summary, text)
    if fig is not None:
        item.value, item.unit, item.kind, item.scope, item.formula = fig.value, fig.unit, fig.kind, fig.scope, fig.formula
        item.citation = Citation(quote=fig.quote, span=fig.span)
    else:
        from fgqa.answers import answer_question
        from fgqa.lexicon import lexicon

        indicator = lexicon().indicator(intent.key)
        said = answer_question(f"{indicator.name if indicator else intent.key}是多少", summary, text, client=client)
        item.note = "未披露" + (f": {said.text}" if said.answer_type == "not_disclosed" and said.text else "")
        if said.answer_type == "number" and said.value is not None:
            item.note = f"未披露本级全年数字 (只有{said.scope or '其他口径'}: {said.value}{said.unit or ''})"
    return item


def _scoped_year_figure(question: str, key: str, summary: Summary, text: str) -> Any | None:
    """The report's value for a set question, read as the report's own answer reads it
    (fgqa.answers.scopes): a scope the question names (以镇政府为被告…) is that scope's
    figure; otherwise the body's own, never a part's (各街道作为被告…, 街道层面…)."""
    from fgqa.answers.scopes import carries, scopes_named
    from fgqa.models import YEAR_KINDS

    mine = [f for f in summary.indicators if f.key == key]
    asked = scopes_named(question, summary.meta.issuer)
    if asked:
        named = [f for f in mine if f.kind in YEAR_KINDS and carries(f, text, asked)]
        return min(named, key=lambda f: (f.kind != "stated", f.span[0])) if named else None
    return own_year_figure(mine, text, summary.meta.issuer, flagged=summary.schema_ != "fgqa.summary/2")


def _fmt(value: Any, unit: str | None) -> str:
    if isinstance(value, float):
        value = round(value, 2)
        if value.is_integer():
            value = int(value)
    return f"{value}{unit or ''}"


def _derived_note(items: list[ReportItem]) -> str:
    derived = [i for i in items if i.kind == "derived"]
    if not derived:
        return ""
    named = "、".join(f"{i.report} ({i.formula})" if i.formula else i.report for i in derived)
    return f"; 其中{len(derived)}份的数值由fgqa据报告数字推算: {named}"


def _not_disclosed_note(items: list[ReportItem]) -> str:
    missing = [i for i in items if i.value is None]
    if not missing:
        return ""
    return f"; {len(missing)}份未披露, 未计入: " + "、".join(i.report for i in missing)


def _rank(answer: CorpusAnswer, intent: _Intent) -> None:
    have = [i for i in answer.items if i.value is not None]
    reverse = intent.detail != "min"
    have.sort(key=lambda i: (-(i.value or 0) if reverse else (i.value or 0), i.report))  # `have`: values given
    previous, rank = None, 0
    for n, item in enumerate(have, 1):
        if item.value != previous:
            rank, previous = n, item.value
        item.rank = rank
    answer.items = have + [i for i in answer.items if i.value is None]
    if not have:
        answer.result = f"没有一份报告披露{answer.label}" + _not_disclosed_note(answer.items)
        return
    if intent.detail == "rank":
        answer.result = f"{answer.label}: {len(have)}份报告按从高到低排名" + _derived_note(have) + _not_disclosed_note(answer.items)
        return
    top = [i for i in have if i.rank == 1]
    word = "最高" if reverse else "最低"
    answer.result = (f"{answer.label}{word}的是{'、'.join(i.report for i in top)} ({_fmt(top[0].value, top[0].unit)}"
                     f"{', 推算' if any(i.kind == 'derived' for i in top) else ''})" + _derived_note(have)
                     + _not_disclosed_note(answer.items))


def _filter(answer: CorpusAnswer, intent: _Intent, items: list[tuple[Summary, str]]) -> None:
    summaries = {s.doc.path: s for s, _ in items}
    texts = {s.doc.path: text for s, text in items}
    for item in answer.items:
        if intent.detail in ("missing_part", "present_part"):
            status = summaries[item.doc].parts.get(cast(PartKey, intent.part))
            present = bool(status and status.present)
            item.matches = (not present) if intent.detail == "missing_part" else present
            item.note = (f"有: {status.heading}" if present and status and status.heading else "有" if present else "缺少该部分")
        elif intent.detail == "not_disclosed":
            item.matches = item.value is None
        elif intent.detail == "disclosed":
            item.matches = item.value is not None
        elif item.value is None and intent.detail == "zero":
            # no figure of the report's own: the report's own answer to the question decides
            # (a part that lost cases says no), as `fgqa ask` over that report alone does
            from fgqa.answers import answer_question
            from fgqa.answers.router import without_across

            asked = "是否" + re.sub(r"^(?:的|是|已经|已)+", "", without_across(answer.question)).rstrip("?？")
            said = answer_question(asked, summaries[item.doc], texts[item.doc])
            item.matches = said.value if said.answer_type == "yes_no" and isinstance(said.value, bool) else None
            if item.matches is not None:
                item.note = said.text
        elif item.value is None:
            item.matches = None  # cannot tell: the report does not give the figure
        elif intent.detail == "zero":
            item.matches = item.value == 0
        elif intent.threshold is None:
            item.matches = None  # a comparison without a threshold cannot be told
        else:
            t, v = intent.threshold, item.value
            item.matches = (v > t if intent.strict else v >= t) if intent.above else (v < t if intent.strict else v <= t)
    hits = [i for i in answer.items if i.matches]
    unknown = [i for i in answer.items if i.matches is None]
    answer.items = hits + [i for i in answer.items if i.matches is False] + unknown
    what = {"missing_part": "缺少该部分", "present_part": "有该部分", "not_disclosed": f"未披露{answer.label}",
            "disclosed": f"披露了{answer.label}", "zero": "实现了零" + (answer.label or ""),
            "compare": f"{answer.label}{'超过' if intent.above else '低于'}{_fmt(intent.threshold, answer.unit)}"}[intent.detail]
    names = "、".join(i.report for i in hits) if hits else "没有"
    answer.result = f"{len(hits)}/{len(answer.items)}份报告{what}: {names}"
    if intent.detail == "zero":
        answer.result = f"{len(hits)}/{len(answer.items)}份报告{answer.label}为0 (零): {names}"
    if unknown:
        answer.result += f"; {len(unknown)}份未披露{answer.label}, 无法判断: " + "、".join(i.report for i in unknown)
    answer.result += _derived_note(hits)


def _aggregate(answer: CorpusAnswer, intent: _Intent, units: list[str]) -> None:
    if len(units) > 1:
        answer.result = f"{answer.label}的单位不一 ({'、'.join(units)}), 不作{ {'mean': '平均', 'median': '中位数', 'sum': '合计'}[intent.detail]}"
        return
    operations: dict[str, Callable[[list[Any]], Any]] = {"mean": statistics.fmean, "median": statistics.median, "sum": sum}
    compute = operations[intent.detail]
    word = {"mean": "简单平均", "median": "中位数", "sum": "合计"}[intent.detail]

    def group_of(item: ReportItem) -> str | None:
        if intent.by == "level":
            return LEVEL_ZH.get(item.level or "", "层级不明")
        if intent.by == "year":
            return str(item.year) if item.year else "年度不明"
        return None

    groups: dict[str | None, list[ReportItem]] = {}
    for item in answer.items:
        groups.setdefault(group_of(item), []).append(item)
    for name in sorted(groups, key=lambda g: (g is None, str(g))):
        members = groups[name]
        have = [i for i in members if i.value is not None]
        value = compute([i.value for i in have]) if have else None
        answer.groups.append(Group(group=name, value=round(value, 4) if isinstance(value, float) else value, n=len(have),
                                   derived=[i.doc for i in have if i.kind == "derived"],
                                   not_disclosed=[i.doc for i in members if i.value is None]))
    parts = []
    for g in [g for g in answer.groups if g.n] or answer.groups:
        said = _fmt(g.value, answer.unit) if g.value is not None else "无数据"
        parts.append(f"{g.group + ': ' if g.group else ''}{said} ({g.n}份)")
    answer.result = f"{answer.label}{word}: " + "; ".join(parts) + _derived_note([i for i in answer.items if i.value is not None]) \
        + _not_disclosed_note(answer.items)


# --------------------------------------------------------------------------- the command's entry


class AskResult(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    answer: Any  # CorpusAnswer (a set question) or AnswerSet (fgqa.answer/2)
    failures: list[Failure] = Field(default_factory=list)
    #: doc path → issuer and year, for people
    names: dict[str, str] = Field(default_factory=dict)


def ask_reports(question: str, session: Any, *, files: Sequence[str] = (), db: str | None = None) -> AskResult:
    """Answer `question` over report files (read with the session; unreadable ones become
    failures) and/or the reports of a corpus database (as stored)."""
    from fgqa.errors import FgqaError, InputError
    from fgqa.models import AnswerSet

    if not question.strip():
        raise InputError("the question is empty")
    failures: list[Failure] = []
    items: list[tuple[Summary, str]] = []
    if db:
        from fgqa.corpus.db import load_summaries_with_text

        items += load_summaries_with_text(db)
    for path in files:
        try:
            items.append((session.summarize(path), session.document(path).text))
        except FgqaError as exc:
            failures.append(Failure(doc=path, error=str(exc)))
    if not items:
        if failures and len(failures) == len(files) and len(files) == 1:
            raise InputError(failures[0].error)  # one bad file: the one-line error, exit 2
        raise InputError(f"{db}: no indexed reports" if db and not files else "no report could be read")
    across = answer_across(question, items, failures=failures, client=session.client)
    if across is not None:
        return AskResult(answer=across, failures=failures)
    names = {summary.doc.path: report_name(summary) for summary, _ in items}
    if not db:  # files only: the session's own ask (its usage accounting), over the readable ones
        good = [p for p in files if p not in {f.doc for f in failures}]
        return AskResult(answer=session.ask(question, good), failures=failures, names=names)
    from fgqa.answers import answer_question

    answers = [answer_question(question, summary, text, client=session.client) for summary, text in items]
    return AskResult(answer=AnswerSet(engine=session.engine_name, question=question, answers=answers), failures=failures,
                     names=names)
