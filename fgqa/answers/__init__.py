"""Answers stage: a question and one or more reports → one grounded answer per report."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from fgqa import re_cache
from fgqa.answers.calibration import abstain_condition, evidence_of, gate_on, note_path, traced, tracing
from fgqa.answers.claims import (
    as_worded,
    claim_holds,
    closer_owner,
    figure_of,
    indicator_units,
    indicator_words_in,
    indicator_words_removed,
    the_kind_named,
    the_part_named,
)
from fgqa.answers.compound import answer_compound
from fgqa.answers.evidence import Question, ReportIndex, clause_around, coverage, sentence_of, substantive, units_for
from fgqa.answers.facets import answer_facet
from fgqa.answers.identifiers import answer_identifier, asks_identifier
from fgqa.answers.joined import joined_total
from fgqa.answers.lists import answer_list, asks_for_items
from fgqa.answers.lookup import (
    answer_lookup,
    asks_what,
    list_of_figures,
    lookup_figure,
    lookup_none,
    not_in_report,
    question_kind,
    unknown_reason,
)
from fgqa.answers.respective import the_part_asked
from fgqa.answers.respond import (
    FAMILY_UNITS,
    all_figures,
    answer_figure_search,
    answer_indicator,
    answer_meta,
    answer_part,
    asks_the_year_before,
    not_disclosed_for,
    number_answer,
    of_somebody_else,
)
from fgqa.answers.router import Route, compared_as_bound, route, without_across, yes_no_question
from fgqa.answers.structure import (
    answer_addressee,
    answer_own_part,
    answer_posting,
    answer_structure,
    asks_own_part,
    is_structural,
)
from fgqa.answers.wording import as_written
from fgqa.answers.yes_no import asks_existence, asks_zero, decide_by_indicator, decide_general, written_inside
from fgqa.errors import EndpointError
from fgqa.lexicon import lexicon
from fgqa.models import YEAR_KINDS, Answer, Figure, Summary, Usage

# the answering steps, traced: an answer's evidence names the step that produced it
# (fgqa.answers.calibration); the conditions of abstention read it with the rest
answer_list = traced("list")(answer_list)
answer_identifier = traced("identifier")(answer_identifier)
answer_structure = traced("structure")(answer_structure)
answer_addressee = traced("structure")(answer_addressee)
answer_meta = traced("meta")(answer_meta)
answer_lookup = traced("lookup")(answer_lookup)
answer_part = traced("part")(answer_part)
written_inside = traced("yes_no_inside")(written_inside)
decide_by_indicator = traced("yes_no_figure")(decide_by_indicator)
decide_general = traced("yes_no_evidence")(decide_general)
list_of_figures = traced("list")(list_of_figures)
answer_indicator = traced("indicator")(answer_indicator)
answer_figure_search = traced("figure_search")(answer_figure_search)
not_disclosed_for = traced("not_disclosed")(not_disclosed_for)
not_in_report = traced("not_in_report")(not_in_report)

#: where a list item of a sentence begins
_ITEM_BREAKS = "、,，;；:：(（。\n"
#: the nation, named as an area (全国); whole_area names the report's own kinds of area
_NATION = re_cache.compile("全国")
#: the names of national and of provincial bodies (a department's report speaks for its area)
_NATIONAL_BODY = re_cache.compile(r"^(?:国家|国务院)|[^省市县区]部$|总局$|署$")
_PROVINCIAL_BODY = re_cache.compile(r"^[\u4e00-\u9fff]{2,8}?(?:省|自治区)(?:市场|[^市县区])*$")


def answer_question(question: str, summary: Summary, text: str, *, client: Any = None,
                    usage: Usage | None = None) -> Answer:
    """`client` (an LLM client) answers what the router cannot map; without one, such a
    question gets "cannot answer" with the related sections. A question asking two things
    is answered part by part (fgqa.answers.compound). `usage` counts the model's calls."""
    question = as_written(question)  # (traditional characters, spoken forms: fgqa.answers.wording)
    return answer_compound(question, text, lambda part: _one_part(part, summary, text, client, usage))


def _one_part(question: str, summary: Summary, text: str, client: Any, usage: Usage | None) -> Answer:
    """One question: answered, its number claim checked, its evidence attached, and held
    against the conditions of abstention (fgqa.answers.calibration)."""
    with tracing() as trace:
        answer = _claimed(question, summary, text, _answer_one(question, summary, text, client, usage))
    if answer.answer_type == "cannot_answer" and _asks_a_number(question):
        return _number_not_given(answer)
    if (answer.answer_type == "number" and answer.kind == "benchmark" and answer.citations
            and asks_the_year_before(question, summary) and of_somebody_else(answer.citations[0].quote)):
        # "上一年的败诉率是多少" answered, by whatever path, with the average it was compared with
        # (低于全省平均水平(9.4%)): somebody else's figure, not the body's own of the year before
        if answer.key is not None:
            return not_disclosed_for(Route(route="indicator", key=answer.key), summary)
        return not_in_report(question, summary, ReportIndex.build(summary, text), "报告没有给出上一年的数字, 只有别处的参照值")
    if answer.answer_type not in ("number", "yes_no"):
        return answer
    index = ReportIndex.build(summary, text)
    if answer.answer_type == "number":
        # "审核了多少份合同" answered, by whatever path, by a count of other kinds of paper or by their
        # total: the one item that names the kinds asked (claims.the_kind_named)
        kind_item = the_kind_named(answer, question, index, all_figures(summary))
        if kind_item is not None:
            answer = number_answer(summary.doc.path, kind_item)
        # "废止和宣布失效的…一共多少件" answered by one kind's figure: the kinds named, added up
        joined = joined_total(question, answer, index, all_figures(summary))
        if joined is not None:
            note_path("joined")
            answer = joined
    evidence = evidence_of(without_across(question), answer, trace[-1] if trace else "unknown", index,
                           all_figures(summary))
    condition = abstain_condition(evidence) if gate_on() else None
    if condition is None:
        return answer.model_copy(update={"evidence": evidence})
    said = not_in_report(question, summary, index, condition.why)
    if answer.key is not None and answer.answer_type == "number":
        said = said.model_copy(update={"answer_type": "not_disclosed", "key": answer.key,
                                       "text": said.text.replace("无法从这份报告回答这个问题", "报告未披露", 1)})
    return said.model_copy(update={"evidence": evidence.model_copy(update={"abstained_by": condition.name})})


#: a trend against a written year ("比2022年是多了还是少了")
_AGAINST_A_YEAR = re_cache.compile(r"(?:比|较|与)(?:19|20)\d\d年")
#: how a direction is said in a trend choice's answer (both ways a reader asks it)
_DIRECTION_ZH = {"down": "下降(减少、少了)", "up": "上升(增加、多了)"}


def _trend_choice(question: str, summary: Summary, text: str, client: Any, usage: Usage | None) -> Answer | None:
    """"败诉率比上年是升了还是降了": the direction the report's figures say, when asked both ways
    (是否下降 / 是否上升) exactly one is a yes; None otherwise (the question is answered as it is)."""
    g = lexicon().grammar
    m = g.trend_either.search(question)
    if m is None or not (g.trend.search(question) or _AGAINST_A_YEAR.search(question)):
        return None  # "败诉率是高还是低" compares with nothing the question names
    asked = {d: _one_part(question[:m.start()] + f"是否{verb}" + question[m.end():], summary, text, client, usage)
             for d, verb in (("down", "下降"), ("up", "上升"))}
    yes = [d for d, a in asked.items() if a.answer_type == "yes_no" and a.value is True]
    no = [d for d, a in asked.items() if a.answer_type == "yes_no" and a.value is False]
    if len(yes) != 1 or len(no) != 1:
        return None
    said = asked[yes[0]]
    why = said.text.split("。", 1)[1] if "。" in said.text else said.text
    return Answer(doc=summary.doc.path, answer_type="text", text=f"{_DIRECTION_ZH[yes[0]]}。{why}".rstrip("。") + "。",
                  points=[_DIRECTION_ZH[yes[0]], *said.points], citations=said.citations, key=said.key)


def _asks_a_number(question: str) -> bool:
    """"12345热线受理了多少件" / "审结率是多少": a number asked for, not a yes or no (nor the
    report's document or index number, "文号是多少", which it may simply not have)."""
    g = lexicon().grammar
    q = without_across(question)
    return bool(g.number_words.search(q)) and not yes_no_question(q) and not asks_identifier(q)


def _number_not_given(answer: Answer) -> Answer:
    """A number the report does not give is "not disclosed" (the related sentences kept): the
    report is silent on the amount, which is all a "多少" question can be told."""
    said = answer.text.replace("无法从这份报告回答这个问题", "报告未披露这个数字", 1)
    return answer.model_copy(update={"answer_type": "not_disclosed", "text": said})


def _claimed(question: str, summary: Summary, text: str, answer: Answer) -> Answer:
    """Every number answer, whatever produced it, leaves only as a claim its quote supports
    (fgqa.answers.claims.claim_holds); else the report is said not to give it."""
    if answer.answer_type != "number":
        return answer
    index = ReportIndex.build(summary, text)
    question = without_across(question)  # "哪些报告…" asks each report the same
    figures = all_figures(summary)
    issuer = summary.meta.issuer

    area = _only_an_area(question)
    above = area_above_the_body(question, summary)

    def holds(a: Answer) -> bool:
        if area is not None and a.kind == "benchmark" and not _area_said(index, a, area):
            return False  # "全国…有多少件" is not answered by the report's own figure of last year
        if (area is not None and a.kind == "benchmark" and a.citations and area not in a.citations[0].quote
                and not of_somebody_else(a.citations[0].quote) and not asks_the_year_before(question, summary)):
            return False  # "全省收到了多少件" in the province's report: not its 上年为3.97万件
        if above is not None and not _the_areas_own(index, a, above):
            return False  # "全区败诉率是多少" in a street office's report: not the office's own rate
        return claim_holds(a, question, index, figures, issuer)

    doc = summary.doc.path
    # a part the question names that a 分别-list gives ("乙区办理了多少件": not the whole's count)
    part = the_part_asked(question, index.text, figures, figure_of(answer, figures))
    if part is not None and holds(number_answer(doc, part)):
        note_path("claim_part")
        return as_worded(number_answer(doc, part), question, part)
    if holds(answer):
        # (unless another number of its sentence is written with the question's words: its claim)
        closer = closer_owner(question, figure_of(answer, figures), index, figures,
                              accept=lambda f: holds(number_answer(doc, f)))
        if closer is not None:
            note_path("claim_closer")
        return as_worded(number_answer(doc, closer), question, closer) if closer is not None else answer
    # the figure whose own clause says what was asked, in the kind the refused one was of
    # ("调解成功了多少件纠纷": not 纠纷共计428件 but the 调解成功401件 right after it)
    kinds = frozenset({answer.kind}) if answer.kind in ("change", "target", "benchmark") else YEAR_KINDS
    if above is not None and answer.kind != "change":
        kinds = kinds | {"benchmark"}  # (the higher area's figure, quoted to compare with, is a benchmark)
    if area is not None and answer.kind == "benchmark" and _speaks_for(summary, area):
        kinds = kinds | YEAR_KINDS  # (the area the report speaks for: its own year's figure)
    # (another indicator's figure is never handed over: a change is of the figure it follows, and
    # "复议审结了多少件" is not answered by the court's 已审结15件 nor "…的罚款是多少" by a count of cases;
    # the hand-over is in a unit the asked indicator is counted in unless the question names one)
    other = lookup_figure(question, summary, index, _of_the_asked(question, index, figures, same_domain=kinds != {"change"}),
                          kinds=kinds, units=_units_handed_over(question, kinds),
                          accept=lambda f: holds(number_answer(doc, f)))
    if other is not None:
        note_path("claim_other")
        return as_worded(number_answer(doc, other), question, other)
    said = not_in_report(question, summary, index, f"报告中的数字({answer.value}{answer.unit or ''})说的不是这个")
    # (a refused figure of no key, found by a figure search for the indicator the question names:
    # "依申请公开比上年增长了多少" of a report that gives only the year's count, not its change, is
    # that indicator's figure not disclosed, as when no figure was found at all)
    key = answer.key or route(question).key
    if key is None:
        return said
    return said.model_copy(update={"answer_type": "not_disclosed", "key": key,
                                   "text": said.text.replace("无法从这份报告回答这个问题", "报告未披露", 1)})


def _change_of_another(question: str, key: str | None, found: Answer, index: ReportIndex) -> bool:
    """An unkeyed change whose sentence never names the indicator asked about ("处罚案件比上年
    增长了多少" against "涉企检查次数同比减少15%") is the change of something else."""
    prefix = lexicon().grammar.generic_prefix
    # (the genre's own prefix says nothing: 行政诉讼总量 asked, 诉讼总量下降42% written)
    named = [w[m.end():] if (m := prefix.match(w)) is not None and len(w) - m.end() >= 2 else w
             for w in indicator_words_in(question, key)]
    if found.answer_type != "number" or not found.citations or not named:
        return False
    s = sentence_of(index, found.citations[0].span[0])
    return s is not None and not any(w in s.text for w in named)


def _units_handed_over(question: str, kinds: frozenset[str]) -> frozenset[str] | None:
    """The units a figure handed over for a refused one may be in: an amount of money asked
    ("…的罚没款是多少") is never answered by a count of cases beside it, unless the question
    names its measure (多少件, 占…的多少) or a change is asked (a change may be relative, in %).
    (Counts keep their neighbours: a router's key may be a sibling's, 覆盖居民 for 普法活动.)"""
    ind = lexicon().indicator(_asked_key(question))
    if (ind is None or ind.unit_family != "money" or "change" in kinds or Question.parse(question).measure
            or lexicon().grammar.percent.search(question)):
        return None
    return ind.units


def _asked_key(question: str) -> str | None:
    r = route(question)
    return r.key if r.route == "indicator" else None


def _of_the_asked(question: str, index: ReportIndex, figures: list[Figure], *,
                  same_domain: bool = False) -> list[Figure]:
    """The figures a hand-over may take for a question about an indicator: those not keyed to
    another indicator, unless the words that named the question's are in the figure's own
    clause ("处罚案件比上年增长了多少" is not answered by the 罚没款's 同比下降4.1% after it).
    `same_domain` also lets in the asked domain's other indicators (受理 asked, the router's key
    复议申请: a sibling), never another domain's ("复议审结了多少件" is not the court's 已审结15件)."""
    key = _asked_key(question)
    if key is None:
        return figures
    named = indicator_words_in(question, key)
    if same_domain and not _named_by_its_words(named):
        return figures  # ("负责人出庭了多少人次" routed by its 多少人次 alone: the key is a guess)
    domain = key.split(".")[0] + "."
    return [f for f in figures if f.key in (None, key) or (same_domain and f.key.startswith(domain)) or any(
        w in clause_around(index.text, f.span[0], f.span[1]) for w in named)]


def _named_by_its_words(named: list[str]) -> bool:
    """The question names its indicator by a word of its own (复议审结), not by a measure alone
    (多少人次, 几件): what a question counts in says little of what it counts."""
    asking = lexicon().grammar.asking  # (多少 / 几 with the measure after it)
    return any(asking.sub("", w) for w in named)


def _answer_one(question: str, summary: Summary, text: str, client: Any, usage: Usage | None = None) -> Answer:
    if asks_for_items(question) and without_across(question) != question.strip():
        # "哪些单位参与了…活动" asks for the bodies a sentence lists, when one does; else it is
        # "哪些报告(单位)…", the same question to every report
        index = ReportIndex.build(summary, text)
        listed = answer_list(question, summary, index)
        if listed is not None:
            return listed
    # "哪些报告…" asks every report the same thing; each report answers for itself
    question = compared_as_bound(without_across(question))
    if (chosen := _trend_choice(question, summary, text, client, usage)) is not None:
        return chosen
    if asks_identifier(question):  # "这份报告的文号是什么": the report's own number, never a cited one
        return answer_identifier(question, summary, text)
    if asks_own_part(question):
        return answer_own_part(question, summary)
    if is_structural(question):
        return answer_structure(question, summary, text)
    r = route(question)
    if (r.route == "meta" and r.meta_field == "published") or lexicon().grammar.account_question.search(question):
        posted = answer_posting(question, summary, text)  # a social-media article's posting line
        if posted is not None:
            return posted
    if r.route == "meta":
        return answer_addressee(summary, text) if r.meta_field == "addressee" else answer_meta(r, summary)
    g = lexicon().grammar
    if r.want_kind is None and (g.prior_year.search(question) or _earlier_year(question, summary)):
        r = r.model_copy(update={"want_kind": "benchmark"})  # "上一年收到多少件": the prior year's figure
    elif r.want_kind is None and r.shape == "number" and _later_year(question, summary):
        r = r.model_copy(update={"want_kind": "target"})  # "2025年…要达到多少" in a 2024 report: a goal
    index = ReportIndex.build(summary, text)
    kind = question_kind(question)
    if kind is not None:  # 谁 / 何时 / 哪里 / 第几: what the covering sentence says there
        return answer_lookup(question, kind, summary, text, index)
    if (faceted := answer_facet(question, summary, index)) is not None:
        return faceted  # "败诉原因是什么": the sentence that says it of the matter
    asks_yes_no = yes_no_question(question)
    # "是否建立了…履职评价办法" asks about a thing done, not whether a part is written
    if r.route == "part" and not (r.shape == "yes_no" and not _about_the_part(question, r)):
        answered = answer_part(r, summary, text)
        if r.shape == "yes_no" and answered.value is False:
            # no part of its own, but the matter may be written inside another section
            inside = written_inside(question, summary, index)
            if inside is not None:
                return inside
        return answered
    figures = all_figures(summary)
    if r.route == "indicator":
        r = _stood_in_for(r, question, figures)
        # "败诉率是否低于全国平均?" is a yes/no although it names a rate
        if r.key is not None and (r.shape == "yes_no" or (asks_yes_no and not g.asks_amount.search(question))):
            # "…案件是否实现零败诉" asks about the losses its zero word names, not the cases
            zero_key = next((k for w, k in lexicon().zero_claims.question_words.items() if w in question),
                            None) if asks_zero(question) else None
            decided = decide_by_indicator(question, zero_key or r.key, summary, figures, text)
            if decided is not None:
                return decided
            if not asks_existence(question):  # "目录是否公布了" asks about a deed, not a count
                return decide_general(question, summary, text, index)
        if g.asks_items.search(question) and not _asks_amount(question) and r.key is not None and r.want_kind is None:
            listed = list_of_figures(r.key, summary, index, figures, question)  # "列出了哪些…案件": the items, not one count
            if listed is not None:
                return listed
            # "重大行政决策事项包括哪些": the items a sentence lists after the indicator's count
            listed = answer_list(question, summary, index, after_noun=True)
            if listed is not None:
                return listed
            # "重大行政决策事项经过了哪些程序": items asked of the indicator's matter, no amount: the
            # sentence that enumerates them answers, never one count of the indicator
            listed = answer_list(question, summary, index)
            if listed is not None:
                return listed
            if not g.number_words.search(question):
                return not_in_report(question, summary, index, unknown_reason(question, index))
        found = answer_indicator(r, question, summary, text)
        if (found is not None and found.answer_type == "not_disclosed" and asks_yes_no and asks_existence(question)
                and substantive(Question.parse(indicator_words_removed(question, r.key)))):
            # "有没有发生因重大行政决策引发的群体性事件": asked about more than the decisions' count,
            # which the report need not give; the sentence saying it (未发生…) answers
            general = decide_general(question, summary, text, index)
            if general.answer_type == "yes_no":
                return general
        if found is not None and found.answer_type == "yes_no" and (_denied_beyond_the_count(question, r.key, found, index)
                                                                   or _beyond_the_count(question, r.key, found, index)
                                                                   or _cause_beyond_the_count(question, found, index)):
            # "是否有执法案件引发行政复议" against "…案件14件,无一例引发行政复议": asked more than
            # whether there were cases, and the sentence says that did not happen
            return decide_general(question, summary, text, index)
        if found is None:
            # a change/target/benchmark the taxonomy did not key: look among all figures
            found = answer_figure_search(r, question, summary, unkeyed_only=True)
            if found.answer_type == "cannot_answer" or (r.want_kind == "change" and _change_of_another(question, r.key, found, index)):
                found = not_disclosed_for(r, summary)
        if found.answer_type == "not_disclosed" and r.shape == "number" and _unkeyed_count(r.key) and r.want_kind is None:
            # "全年清理规章和行政规范性文件214件,废止11件": the figures stage left the part
            # unkeyed; a number whose own list item is nothing but the question's words answers
            # (and the claim check's, here: a refused part would hand over to its neighbours)
            item = _look_up(question, r, summary, index, [f for f in figures if f.key is None],
                            units=indicator_units(r.key), accept=lambda f: _item_is_asked(question, f, index) and claim_holds(
                                number_answer(summary.doc.path, f), without_across(question), index, figures, summary.meta.issuer))
            if item is not None:
                return item
        if found.answer_type == "not_disclosed" and r.shape == "number" and (r.want_kind is not None or substantive(
                Question.parse(indicator_words_removed(question, r.key))) or _other_measure(question, r.key)):
            # the indicator's words may have been a passing match ("…办结一业一证多少件"), or
            # the change/goal asked for is written without the indicator's key: a sentence
            # that covers the whole question, in the indicator's units, answers it
            other = _look_up(question, r, summary, index, figures,
                             units=None if _other_measure(question, r.key) else indicator_units(r.key))
            if other is not None:
                return other
        return _checked(found, question, r.key, summary, index, figures)
    if asks_yes_no:
        return decide_general(question, summary, text, index)
    if r.route in ("unknown", "figure") and asks_for_items(question) and not _asks_amount(question):
        # "哪些单位参与了…", "通过哪些方式…": the items of the sentence that enumerates them
        return answer_list(question, summary, index) or not_in_report(question, summary, index, unknown_reason(question, index))
    if r.route == "figure":
        looked_up = _look_up(question, r, summary, index, figures)
        if looked_up is not None:
            return looked_up
    if client is not None:
        from fgqa.answers.llm_answer import llm_answer

        by_model: Answer | None
        try:
            by_model = llm_answer(question, summary, text, client, usage)
        except EndpointError as err:  # the run's fallback policy: the rules' answer, said once
            if getattr(getattr(client, "config", None), "strict", False):
                raise
            note = getattr(client, "fell_back", None)
            if note is not None:
                note(err, answer=True)
            by_model = None
        if by_model is not None:
            note_path("llm")
            return by_model
    if asks_what(question):  # "编写出版了什么辅助读物": the covering sentence says it
        return answer_lookup(question, "what", summary, text, index)
    return not_in_report(question, summary, index, unknown_reason(question, index))


@traced("retrieval")
def _look_up(question: str, r: Route, summary: Summary, index: ReportIndex, figures: list,
             units: frozenset[str] | None = None, accept: Callable[[Figure], bool] | None = None) -> Answer | None:
    """A figure (or a "none" said in words) in a sentence that covers the whole question."""
    family = FAMILY_UNITS.get(r.unit_family or "")
    if r.key is not None:
        # a number the figures stage keyed to another indicator counts that one: "败诉案件多少件"
        # is never answered by "行政诉讼案件2.18万件" although its sentence says 败诉率 later on,
        # unless the words that named the question's indicator are in the number's own clause
        named = indicator_words_in(question, r.key)
        figures = [f for f in figures if f.key in (None, r.key) or any(
            w in clause_around(index.text, f.span[0], f.span[1]) for w in named)]
    wanted = frozenset(family) if family else units
    asked = units_for(Question.parse(question).measure)
    if asked is not None:  # "多少份" is never answered in 次, whatever the indicator counts in
        wanted = (wanted & asked or asked) if wanted is not None else asked
    found = lookup_figure(question, summary, index, figures,
                          kinds=frozenset({r.want_kind}) if r.want_kind else YEAR_KINDS, units=wanted, accept=accept)
    if accept is not None:
        return as_worded(number_answer(summary.doc.path, found), question, found) if found is not None else None
    if found is None and r.want_kind == "benchmark" and (area := _only_an_area(question)) is not None \
            and (not question.lstrip().startswith(area) or _speaks_for(summary, area)):
        # "全省查办了多少件违法案件" in the province's own report: 全省 was read as somebody
        # else's figure, but it names the whole area, which the report may speak for itself;
        # its own figure answers when its sentence names that area before the number. Opening
        # the question, the area is whose figure: only a report of that area speaks for it
        # (a city's "全省率先…" is no figure of the province); inside the counted noun
        # (几个全国…候选地区) it names the kind of thing counted
        found = lookup_figure(question, summary, index, figures, kinds=YEAR_KINDS, units=wanted,
                              accept=lambda f: _sentence_names(index, f, area))
    if found is not None:
        return as_worded(number_answer(summary.doc.path, found), question, found)
    return lookup_none(question, summary, index) if r.want_kind is None else None


def _asks_amount(question: str) -> bool:
    """多少 / 几 asks an amount; the 几 of 哪几项 asks which ones."""
    return lexicon().grammar.asks_amount.search(question.replace("哪几", "")) is not None


def _only_an_area(question: str) -> str | None:
    """The area word (全省, 全国) when it is all that made the question ask for a benchmark
    (no 平均, 引用 …): the word, else None."""
    g = lexicon().grammar
    areas = [m.group() for m in g.whole_area.finditer(question)] + [m.group() for m in _NATION.finditer(question)]
    if len(set(areas)) != 1:
        return None
    rest = _NATION.sub("|", g.whole_area.sub("|", question))
    benchmark = next((p for p, kind in lexicon().kinds.question if kind == "benchmark"), None)
    return areas[0] if benchmark is not None and not benchmark.search(rest) else None


def area_above_the_body(question: str, summary: Summary) -> str | None:
    """The whole area a question names (全区, 全县, 全市) when the report's body does not speak
    for it: a department's report (a 司法局 counts its own cases, whatever area it serves) or the
    report of a place below that area (a street office asked 全区, a township asked 全县). Its
    figure is one whose sentence names the area; else the report does not give it."""
    g = lexicon().grammar
    areas = {m.group() for m in g.whole_area.finditer(question)}
    if len(areas) != 1:
        return None
    area = areas.pop()
    if summary.meta.level == "department":
        return area
    own = list(g.place_level.finditer(summary.meta.region or ""))
    if not own or summary.meta.level is None:
        return None  # (whose report it is is unknown: the question is read as it is)
    # (自治州 / 自治区 are the 州 and the 区 of 全州, 全区)
    return None if own[-1].group().endswith(area[1:]) else area


def _speaks_for(summary: Summary, area: str) -> bool:
    """The report is of `area` itself: a province's (or a provincial body's) for 全省, a
    national body's for 全国."""
    issuer, level = summary.meta.issuer or "", summary.meta.level
    if level in ("city", "district", "county", "town", "street"):
        return False
    if area == "全国":
        return level == "national" or _NATIONAL_BODY.search(issuer) is not None
    return area == "全省" and (level == "province" or _PROVINCIAL_BODY.search(issuer) is not None)


def _area_said(index: ReportIndex, answer: Answer, area: str) -> bool:
    """The answer's quote, read in its sentence up to the number, names `area`."""
    if not answer.citations:
        return False
    a, b = answer.citations[0].span
    return _sentence_names(index, Figure(label="", value=0, unit="", quote=index.text[a:b], span=(a, b)), area)


def _the_areas_own(index: ReportIndex, answer: Answer, area: str) -> bool:
    """The answer's sentence names `area` before its number and its own clause does not name the
    reporting body instead ("全区行政机关败诉率为6.9%,街道未发生败诉": the 0 is the street's)."""
    from fgqa.answers.evidence import clause_around

    if not _area_said(index, answer, area):
        return False
    a, b = answer.citations[0].span
    clause = clause_around(index.text, a, b)
    return area in clause or lexicon().grammar.body_words.search(clause) is None


def _sentence_names(index: ReportIndex, fig: Figure, area: str) -> bool:
    from fgqa.answers.evidence import sentence_of

    s = sentence_of(index, fig.span[0])
    # (up to the number: "…败诉率6.8%,低于全国平均水平" compares with the nation, it is not its figure)
    return s is not None and area in index.text[s.span[0]:fig.span[1]]


def _stood_in_for(r: Route, question: str, figures: list) -> Route:
    """The route to the key that stands in for the routed one (questions.toml [[stands_in]]):
    "行政复议案件有多少件" of a report that counts only the cases it received (新收…) is answered
    by them, unless the question names the routed key's own word (受理)."""
    entry = lexicon().question_stands_in.get(r.key or "")
    if entry is None or entry.unless.search(question) or any(f.key == r.key for f in figures):
        return r
    if entry.when is not None and not entry.when.search(question):
        return r
    if not any(f.key == entry.by for f in figures):
        return r
    return r.model_copy(update={"key": entry.by})


def _about_the_part(question: str, r: Route) -> bool:
    """A yes/no asks whether the part is there when it says so ("有没有写…") or names nothing
    but the part ("是否有存在的不足?"); "是否建立了…履职评价办法" asks about a deed."""
    g = lexicon().grammar
    if g.about_writing.search(question):
        return True
    part = lexicon().parts.get(r.part) if r.part else None
    rest = part.question.sub("", question) if part is not None else question
    rest = g.part_only.sub("", rest)
    return len(rest) <= 1


def _denied_beyond_the_count(question: str, key: str | None, answer: Answer, index: ReportIndex) -> bool:
    """The yes/no read off a count asks about more than the count, and the count's sentence
    negates that more (无一例/未 before the question's further words)."""
    from fgqa.answers.evidence import sentence_of
    from fgqa.answers.yes_no import negated

    residual = Question.parse(indicator_words_removed(question, key))
    if not substantive(residual) or not answer.citations:
        return False
    s = sentence_of(index, answer.citations[0].span[0])
    return s is not None and negated(s.text, residual)


def _cause_beyond_the_count(question: str, answer: Answer, index: ReportIndex) -> bool:
    """"有没有因信息公开不到位被复议纠错" read off the year's 纠错 count: the cause asked is not in the
    count's sentence, so the count does not answer it (the sentences may)."""
    from fgqa.answers.evidence import sentence_of
    from fgqa.answers.yes_no import cause_unsaid

    s = sentence_of(index, answer.citations[0].span[0]) if answer.citations else None
    return s is not None and cause_unsaid(question, s.text, index)


def _beyond_the_count(question: str, key: str | None, answer: Answer, index: ReportIndex) -> bool:
    """"是否有因信息公开申请而起的行政诉讼" read off "受理政府信息公开申请36件": the thing whose
    existence is asked (the question's last noun beyond the indicator's words, 行政诉讼) is not
    in the count's sentence, so the count does not answer it."""
    from fgqa.answers.evidence import is_verb, sentence_of

    residual = Question.parse(indicator_words_removed(question, key))
    head = next((c for c in reversed(residual.chunks) if len(c) >= 2 and not is_verb(c)), "")
    if not head or not answer.citations or not asks_existence(question) or key is None:
        return False
    # the head names another domain's matter (行政诉讼 asked of a 信息公开 count)
    named = lexicon().domains.all_in(head)
    if not named or key.split(".")[0] in named:
        return False
    s = sentence_of(index, answer.citations[0].span[0])
    return s is not None and index.present(head) is not None and coverage(Question(raw=head, chunks=[head]), s.text, index) < 0.5


def _unkeyed_count(key: str | None) -> bool:
    """A count indicator (not a rate): its parts may be written without its words."""
    ind = lexicon().indicator(key)
    return ind is not None and not ind.is_rate


def _item_is_asked(question: str, fig: Figure, index: ReportIndex) -> bool:
    """The number's own list item, from the last break before it to the number ("废止" of
    "…214件,废止11件、修改23件"), holds only words the question asks with (every two
    characters of it are in the question): "主动公开…行政规范性文件42件" does not answer
    "废止了多少件行政规范性文件", nor "审查案件248起" "行政执法案件有多少件"."""
    from fgqa.figures.numbers import find_quantities

    numbers = find_quantities(fig.quote)
    at = fig.span[0] + (numbers[-1].start if numbers else 0)
    start = max(index.text.rfind(ch, 0, at) for ch in _ITEM_BREAKS) + 1
    item = re.sub(r"[^\u4e00-\u9fff]", "", index.text[start:at])
    return len(item) >= 2 and all(item[i:i + 2] in question for i in range(len(item) - 1))


def _other_measure(question: str, key: str | None) -> bool:
    """"合法性审查做了多少次": the question counts in a unit the indicator never uses (次, not
    件), so a figure counted that way may answer it although the indicator has none."""
    asked = units_for(Question.parse(question).measure)
    own = indicator_units(key)
    return asked is not None and own is not None and not (asked & own)


def _earlier_year(question: str, summary: Summary) -> bool:
    """"2023年的…有多少件" in a 2024 report asks the earlier year's figure."""
    year = summary.meta.year
    return year is not None and any(int(y) < year for y in lexicon().grammar.year_named.findall(question))


def _later_year(question: str, summary: Summary) -> bool:
    """"2025年非现场检查占比要达到多少" in a 2024 report asks a goal: a year after the report's."""
    year = summary.meta.year
    return year is not None and any(int(y) > year for y in lexicon().grammar.year_named.findall(question))


def _checked(answer: Answer, question: str, key: str | None, summary: Summary, index: ReportIndex,
             figures: list) -> Answer:
    """The part of a total the question names in its place (claims.the_part_named), as worded."""
    if answer.answer_type != "number":
        return answer
    part = the_part_named(answer, question, key, index, figures)
    if part is not None:
        answer = number_answer(summary.doc.path, part)
    return as_worded(answer, question, figure_of(answer, figures))
