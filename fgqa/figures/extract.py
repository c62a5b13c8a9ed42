"""The rules engine's figure extraction: every quantity in the text, read in its clause.

For each number we look at its *lead* (the words since the clause start or the previous
number) and its *tail*, decide its kind (kinds.py), the indicator its cue names
(the lexicon's cues), its scope (scope.py), and cut a quote that is an exact substring of
the text. Numbers no indicator claims stay as labelled `other` figures of their section.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial

from fgqa import re_cache
from fgqa.figures import context, part_subjects
from fgqa.figures.clause_keys import Unkeyed, key_unkeyed, split_scope
from fgqa.figures.elsewhere import Vantage
from fgqa.figures.kinds import classify, is_goal
from fgqa.figures.leads import Leads, SentenceLeads
from fgqa.figures.numbers import Quantity, find_quantities
from fgqa.figures.primary import is_own_scope
from fgqa.figures.respective import RespectiveRun, respective_parts, same_measure
from fgqa.figures.scope import scope_of
from fgqa.figures.tables import table_figures
from fgqa.lazy_re import lazy_compile
from fgqa.lexicon import Cue, Indicator, Lexicon, lexicon
from fgqa.models import Figure, Section
from fgqa.re_needles import absent
from fgqa.sections.index import SectionIndex, section_at

#: compiled through re_cache, kept on disk (an inline re.* call compiled its pattern afresh in every process)
_TWO_CJK = lazy_compile(r"[\u4e00-\u9fff]{2,}")
_SINCE_YEAR = lazy_compile(r"^.*?(?:\d{4}年(?:以来|至今)?|以来)[,，]?")
_LEADING_DE = lazy_compile(r"^[的之]")

#: how far back (characters) a domain named in an earlier sentence still holds
DOMAIN_CARRY_CHARS = 160
_LABEL_NOISE = lazy_compile(r"^(?:[、,，\s]|其中|全年|年内|今年|共计|累计|总计|共|合计|先后|已|均|并)+|(?:共计|累计|总计|共|合计|达到|高达|达|为|约|计)+$")


#: the area words that name the issuer's own area at these levels: a national body's 全国
#: figures, a province's 全省 figures are its own, not somebody else's benchmark
OWN_AREA = {"national": lazy_compile(r"全国|国家"), "province": lazy_compile(r"全省|全区(?=[^县镇乡街]|$)")}
#: a province's department (X省司法厅, X自治区市场监督管理局): its area is the province's, and so
#: are its 全省 figures
#: (a city's or county's bureau in the province, X省Y市司法局, is none; the 市 of 市场 is no city)
_PROVINCE_DEPARTMENT = lazy_compile(r"^[\u4e00-\u9fff]{2,8}?(?:省|自治区)(?![\u4e00-\u9fff]*?[市县区州盟旗](?!场))"
                                    r"[\u4e00-\u9fff]{2,16}(?:厅|局|委员会|委|办公室|办)$")


def area_level(level: str | None, issuer: str | None = None) -> str | None:
    """The level of the area whose 全国/全省 figures are the issuer's own: its level, or for a
    department of a province the province's."""
    if level == "department" and issuer and _PROVINCE_DEPARTMENT.match(issuer):
        return "province"
    return level


def extract_figures(text: str, sections: list[Section], year: int | None = None, *, lex: Lexicon | None = None,
                    level: str | None = None, issuer: str | None = None) -> list[Figure]:
    """Every figure of the text; `level` (the issuer's) decides whose 全国/全省 figures are."""
    lex = lex or lexicon()
    own_area = OWN_AREA.get(area_level(level, issuer) or "")
    tabled, covered, unkeyed_cells = table_figures(text, sections, year, section_at, lex=lex)
    in_table = _Spans(covered)
    quantities = [q for q in find_quantities(text) if q.unit and not _is_name(q, text) and not in_table.holds(q.start)]
    index = SectionIndex(sections)
    bounds = context.boundaries_of(text)
    full_stops = [m.start() for m in _FULL_STOP_RE.finditer(text)]
    line_breaks = [i for i in full_stops if text[i] == "\n"]
    located = [_sentence_of(q.start, index, bounds) for q in quantities]
    leads = Leads(text, lex, [(s_start, q.start) for q, (_, s_start) in zip(quantities, located)])
    heading_of = _HeadingDomains(index, lex)
    vantage = Vantage(lex, level, issuer, year)
    figures: list[Figure] = list(tabled)
    parts_of_year: list[int] = []  # figures said of a part of the year (上半年, 1—9月)
    last_keyed: dict[int, Figure] = {}  # sentence start → last keyed figure in it
    keyed_by_tail: set[int] = set()  # figures whose cue comes after the number
    keyed_in_sentence: dict[int, list[Figure]] = {}  # sentence start → its keyed figures
    respective: list[tuple[int, list[int]]] = []  # (sentence start, the changes of one 分别…和…)
    run: RespectiveRun | None = None  # the stated figures of one 市本级、县级分别为…和… list
    part_run: _PartRun | None = None  # the parts of a total named by who did them (part_subjects)
    kind_run: int | None = None  # the index of the last part of a total named by its kind (其中规范性文件23件)
    breakdown_total: Figure | None = None  # the total a breakdown opened after its sentence (从案件类别看,) lists
    list_heads: list[str] = []  # per figure: the cue words before the first number of its 、 list
    passages = _Passages(text, bounds)
    # for the clause fallback: a table cell is read by its row and column labels (the column's year
    # made its kind; it is no other year's figure to abstain on)
    unkeyed = [Unkeyed(index=i, lead=f"{row}，{column}", clause=row, cell=True) for i, (row, column) in unkeyed_cells]
    for i, q in enumerate(quantities):
        section, s_start = located[i]
        sentence = leads.at(s_start, q.start)
        s_end = bounds.sentence_end(q.end)
        c_start = bounds.clause_start(q.start, s_start)
        c_end = bounds.clause_end(q.end, s_end)
        prev = quantities[i - 1] if i > 0 else None
        nxt = quantities[i + 1] if i + 1 < len(quantities) else None
        lead_start = max(c_start, prev.end) if prev and prev.end > c_start else c_start
        tail_end = min(c_end, nxt.start) if nxt and nxt.start < c_end else c_end
        lead, tail = text[lead_start:q.start], text[q.end:tail_end]

        in_plans = section is not None and section.part == "plans"
        kind, direction = classify(lead, tail, in_plans=in_plans, lex=lex)
        if kind == "benchmark" and own_area is not None and own_area.search(lead):
            kind, direction = classify(own_area.sub("", lead), tail, in_plans=in_plans, lex=lex)
        if kind == "stated" and (_earlier_year(lead, year) or _opens_with_earlier_year(text[c_start:q.start], year)):
            kind = "benchmark"  # 提高到2020年全年的29.65% in a 2021 report: a prior year's figure
        elif kind == "stated" and _in_plan_sentence(lex, text, q.start, year, full_stops, line_breaks):
            kind = "target"  # 2025年，区政府将力争…；…；开展普法活动不少于2,200场: a later year's plan
        after_change = i > 0 and located[i - 1][1] == s_start and figures[-1].kind == "change"
        if kind == "stated" and after_change and _LIST_JOIN.match(lead) and q.unit == figures[-1].unit:
            kind, direction = "change", figures[-1].direction  # 分别下降6.2%和11.4%: the second falls too
        domain = _domain_at(text, sentence, q.start, heading_of, section, lex)
        mentioned = sentence.domains(q.start)
        if q.unit == "%" or _after_semicolon(text, sentence.start):
            # a rate's own word may lean on the passage: 复议 named in the sentence before still
            # holds its 调解 ("…以调解方式结案170件,调解率17.4%"); counts do not carry so far, but
            # past a ；, which only parts one statement ("…收到复议申请3,362件;审结2,948件,其中…
            # 调解和解结案318件,以…方式纠错357件": still the reconsideration's)
            around = _domain_at(text, sentence, sentence.start, heading_of, section, lex)
            if around is not None and lex.domains.keeps_through.get(around) is not None:
                mentioned = mentioned | {around}
        noun = _noun_domain(lex, tail)
        if noun is not None:  # 审结6件行政复议案件: the noun after the number names what is counted
            domain, mentioned = noun, mentioned | {noun}
        elif not mentioned and (after := lex.domains.after(tail.split("、")[0])) is not None:
            # a sentence that names another review or channel only after the number (…对38件政策措施
            # 开展了公平竞争审查) is about that, not about the domain the sentences before it left off
            # in (a list item's words end at its 、; the lexicon's `named_after` domains)
            domain = after
        # 复议、应诉和调解案件共120件 is no one key's count; 9个街道 counts places, not cases
        combined = lex.domains.combined_in(lead) or _counts_bodies(lex, q, lead, tail)
        heading = heading_of.refusing(section, domain)
        cue_lead = _without_asides(_without_dates(lead))
        if kind == "benchmark":  # 败诉案件数从上年的13件: the 从上年的 of 由X降至Y stands between cue and number
            cue_lead = lex.kinds.previous_lead.sub("", cue_lead)
        # 5件败诉案件中有3件涉及征收: a part picked out of the set just named is keyed by its own words only
        set_part = (not combined and lex.breakdown is not None and lex.breakdown.set_part is not None
                    and lex.breakdown.set_part.search(cue_lead) is not None)
        cue = None if combined else _match_cue(lex, "" if set_part else cue_lead, tail, q.unit, domain, mentioned,
                                                change=(kind == "change"), heading=heading)
        list_head = cue_lead  # the words before the first number of a 、 list (覆盖企业 of 企业1,800余家、职工…)
        if lead.startswith("、") and prev is not None and lead_start == prev.end and figures:
            list_head = list_heads[-1] + cue_lead
            if cue is None and not combined and figures[-1].key is None and figures[-1].unit != q.unit:
                # 覆盖企业1,800余家、职工2.3万人次: the list's verb governs each item; the first item's
                # measure did not fit the cue (家 is no audience), this one's may
                cue = _match_cue(lex, list_head, tail, q.unit, domain, mentioned, change=(kind == "change"),
                                 heading=heading)
        list_heads.append(list_head)
        refused = set_part and cue is None  # a cue the sentence refuses: no fallback may key the number either
        if cue is not None and _kind_aside(lex, text[c_start:q.start]):
            cue, refused = None, True  # …处罚类案件增幅超3.6倍(新收2758件): one kind's count in brackets, a part
        stated = partial(_stated_before, text, bounds, sentence, q.start)
        if cue is not None and cue.ruled_out_by(lead + "|" + tail, partial(sentence.says, pos=q.start), stated):
            cue, refused = None, True  # 中心组学法1800余次…,举办法治讲座110期: officials' study, not outreach
        if cue is not None and cue.not_in_passage is not None and passages.rule_out(cue, s_start, s_end):
            cue, refused = None, True  # …干部法治考试等方式…。全年共举办法治专题讲座2场: officials' study, not outreach
        scope = sentence.scope(q.start)
        if cue is None and not combined and lead_start == c_start and c_start > s_start:
            cue, scope = _split_cue(lex, text, s_start, c_start, lead, tail, q, domain, mentioned, scope)
        if (cue is None and not combined and not refused and lead_start == c_start and c_start > s_start
                and text[c_start - 1] in ":：" and part_subjects.whole_subject(lead.strip()) is not None
                and (head := part_subjects.list_head(text[_clause_before(text, c_start - 1, s_start):c_start])) is not None):
            # 各县区政府收到的行政复议申请分别为:东岭区318件、…: the measure the list's opener names, of its first part
            cue = _match_cue(lex, head, "", q.unit, domain, mentioned, change=(kind == "change"), heading=heading)
        indicator = lex.indicators[cue.key] if cue else None
        if indicator is None and not combined and kind == "stated" and i > 0 and located[i - 1][1] == s_start:
            indicator = _value_after_change(lex, figures[-1], lead, q)
        previous = last_keyed.get(s_start)
        if indicator is None and previous is not None and not combined:
            if _contrasted_sibling(previous, lead):
                refused = True  # …合法性审核意见书8份、法律审核意见书130份: another kind of paper
            else:
                indicator = _inherited(lex, previous, lead, q, kind, adjacent=bool(figures) and figures[-1] is previous)
                if indicator is None and kind == "change" and (pind := lex.indicator(previous.key)) is not None \
                        and _count_change_of_a_rate(pind, q):
                    indicator = _changed_count(lex, keyed_in_sentence.get(s_start, []), lead, q)
        if indicator is None and kind == "benchmark" and keyed_in_sentence.get(s_start):
            indicator = _prior_of(lex, keyed_in_sentence[s_start], lead, q)
        # 其中规范性文件23件、合同317件 / 其中草原执法案件318件: a part of the sentence's total named by its kind
        if kind == "stated" and not combined and not refused and q.unit != "%":
            part_kind = _kind_part(lex, lead, kind_run, len(figures), figures, indicator)
            keyed = _statement_keyed(text, keyed_in_sentence, s_start)
            opened = None if part_kind is not None else _opened_kind(text, lead, lead_start, c_start, s_start)
            if opened is not None:
                # 全年查处违法案件1,352件。从案件类别看,食品安全类412件、价格类96件: the kinds of the total before
                part_kind, keyed = opened, keyed_in_sentence.get(bounds.sentence_start(s_start - 1), [])
                breakdown_total = None
            elif part_kind is not None and breakdown_total is not None and kind_run == len(figures) - 1:
                keyed = [breakdown_total]  # 、价格类96件: the next kind of the same breakdown
            if part_kind is not None:
                total = _total_of_kind(lex, keyed, q, indicator)
                if total is not None:
                    indicator, scope, kind_run = lex.indicators[total.key or ""], part_kind, len(figures)
                    if opened is not None:
                        breakdown_total = total
        # 其中市场监管部门查办4,870件 / 从分布看,市本级176件,东岭区203件: a part named by who did it
        subject = None
        if kind == "stated" and not combined and not refused:
            subject, inherit = _part_subject(text, bounds, lead, lead_start, c_start, s_start, q.start,
                                             len(figures), part_run, figures)
            if subject is not None:
                if indicator is None and inherit is not None:
                    indicator = same_measure(lex, [f for f in figures[-_PART_REACH:] if f.key and f.span[0] >= inherit], q)
                if indicator is not None:
                    scope = scope_of(lead) or subject
                    continues = part_run is not None and part_run.sentence == s_start and part_run.last == len(figures) - 1
                    part_run = _PartRun(s_start, subject, len(figures), parts=part_run.parts + 1 if continues and part_run else 1)
            elif (part_run is not None and part_run.sentence == s_start and part_run.last == len(figures) - 1
                  and part_run.parts == 1
                  and q.unit != figures[-1].unit and not part_subjects.ends_subject(lead) and scope_of(lead) is None):
                # …查办4,870件,罚没款6,320万元: another measure of the same part (after a list of parts,
                # 其中甲村120件、乙村100件,调解成功率98%: the total's)
                scope, part_run.last = part_run.subject, len(figures)
        # 市本级、各县（市、区）分别为1,024件和1,293件: the sentence's figure again, for each part
        part_named = run.next_part(len(figures), lead, q, figures[-1] if figures else None) if run else None
        if run is not None and part_named is not None:
            if indicator is None and not combined and kind == "stated":
                indicator, scope = run.indicator, part_named
            elif indicator is not None and indicator.key == run.indicator.key:
                scope = part_named  # 甲区、乙区分别受理…40件、31件: the list's next part, keyed as the first
        elif (parts := respective_parts(lead)) is not None and kind == "stated" and not combined:
            if indicator is None:
                indicator = same_measure(lex, keyed_in_sentence.get(s_start, []), q)
            scope = parts[0] if indicator is not None else scope
            run = RespectiveRun(indicator, parts, last=len(figures)) if indicator is not None else None
        else:
            run = None

        period = sentence.period(q.start, year)
        # (asked of an unkeyed number too: the clause fallback may key it below)
        if kind == "stated" and (indicator is not None or not (combined or refused)):
            clause = text[c_start:q.start]
            if (vantage.over_years(clause, period, partial(sentence.followed_by, pos=q.start), rate=q.unit == "%")
                    or (q.unit != "%" and vantage.per_unit(clause)) or vantage.some_of(clause)
                    or vantage.examples(clause)):
                indicator, refused = None, True  # 近三年累计… / 平均每个部门… / 个别县… / 典型案例…: no year's count of the body
            elif vantage.others(clause, _earlier_clauses(text, bounds, c_start, s_start), scope):
                kind = "benchmark"  # 全市… in a county's report, 邻近的X区…: somebody else's
            elif vantage.part_of_year(clause):
                parts_of_year.append(len(figures))
        value: int | float = q.value
        if kind == "change":
            # signed: 下降3% → -3; a written sign counts too (增长-5% → -5, 下降-3% → +3)
            value = -value if direction == "down" else value
            direction = "down" if value < 0 else "up" if value > 0 else direction
        quote_start = _skip_punct(text, lead_start, q.start)
        quote_end = q.end
        m = cue.tail_only(lead, tail) if cue is not None else None
        if m is not None:  # the cue after the number belongs in the quote
            quote_end = q.end + m.end()
            keyed_by_tail.add(len(figures))
        fig = Figure(
            key=indicator.key if indicator else None,
            label=indicator.label if indicator else _label(lead, tail),
            value=value,
            unit=q.unit,
            qualifier=q.qualifier,
            kind=kind,
            scope=scope,
            quote=text[quote_start:quote_end],
            span=(quote_start, quote_end),
            direction=direction,
            period=period,
            section_id=section.id if section else None,
        )
        if kind == "change" and _RESPECTIVELY.search(lead):
            respective.append((s_start, [len(figures)]))
        elif kind == "change" and after_change and respective and respective[-1][1][-1] == len(figures) - 1:
            respective[-1][1].append(len(figures))
        if fig.key is None and not combined and not refused:
            unkeyed.append(_unkeyed(text, bounds, len(figures), lead, tail, lead_start, c_start, c_end, s_start, prev,
                                    domain, heading, partial(sentence.says, pos=q.start)))
        figures.append(fig)
        if fig.key and kind != "change":
            last_keyed[s_start] = fig
            keyed_in_sentence.setdefault(s_start, []).append(fig)
    _key_list_heads(lex, figures, text, keyed_by_tail)
    _key_respective_changes(lex, figures, respective, keyed_in_sentence)
    # what no rule keyed: the one indicator its own clause names (fgqa/figures/clause_keys.py)
    key_unkeyed(lex, figures, unkeyed, year, own_area)
    _unkey_parts_of_year(figures, parts_of_year)
    # a rate the report states (纠错率12.3%) is not also zero because one scope had no case corrected
    stated_rates = {f.key for f in figures if f.key and f.kind == "stated" and f.unit == "%" and f.value}
    figures.extend(_zero_claim_figures(lex, text, index, bounds, stated_rates=stated_rates, issuer=issuer, level=level))
    return figures


#: how many clauses back a sentence's subject is looked for (a subject further back is a
#: different statement; the bound keeps a long sentence linear)
_SUBJECT_REACH = 6


def _opened_kind(text: str, lead: str, lead_start: int, c_start: int, s_start: int) -> str | None:
    """The kind a clause names when it follows a breakdown's opener (从案件类别看,食品安全类412件): the
    lead is only the kind (X类, X类案件), its clause the first after the opener."""
    if lead_start != c_start or c_start <= s_start:
        return None
    m = _BARE_KIND.match(lead)
    if m is None:
        return None
    reach = text[max(s_start, c_start - part_subjects.BREAKDOWN_REACH):c_start]
    return m.group(1) if part_subjects.opens_breakdown(reach) else None


#: a lead that is only a kind of case (食品安全类 / 价格类案件)
_BARE_KIND = lazy_compile(r"^[,，\s]*([\u4e00-\u9fff]{2,8}类)(?:案件)?$")


def _statement_keyed(text: str, keyed_in_sentence: dict[int, list[Figure]], s_start: int) -> list[Figure]:
    """The keyed figures of the sentence at `s_start`, after those of the sentence before it when only a
    ；parts them (…调解矛盾纠纷527件,涉及金额约460万元；其中物业纠纷186件: the part's total is before the ；)."""
    own = keyed_in_sentence.get(s_start, [])
    if not _after_semicolon(text, s_start):
        return own
    before = max((k for k in keyed_in_sentence if k < s_start), default=None)
    if before is None or any(c in "。！？\n" for c in text[before:s_start]):
        return own
    return keyed_in_sentence[before] + own


def _after_semicolon(text: str, start: int) -> bool:
    """The sentence at `start` follows a ；/; of the same paragraph (one statement, parted)."""
    k = start - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k >= 0 and text[k] in ";；"


def _earlier_clauses(text: str, bounds: context.Boundaries, c_start: int, s_start: int) -> Iterator[str]:
    """The sentence's clauses before the one at `c_start`, nearest first (at most _SUBJECT_REACH)."""
    end = c_start
    for _ in range(_SUBJECT_REACH):
        if end <= s_start:
            return
        start = bounds.clause_start(end - 1, s_start)
        yield text[start:end - 1]
        end = start


class _Passages:
    """Whether a cue is ruled out by a number's passage (its sentence and the sentence before
    it in the same paragraph: Cue.ruled_out_by_passage), asked once per sentence and cue:
    asked per number, a long sentence is cut and searched per number."""

    def __init__(self, text: str, bounds: context.Boundaries) -> None:
        self.text = text
        self.bounds = bounds
        self._sentence: tuple[int, int] | None = None
        self._answers: dict[int, bool] = {}  # by the cue's id (hashing a cue hashes its patterns)

    def rule_out(self, cue: Cue, s_start: int, s_end: int) -> bool:
        if self._sentence != (s_start, s_end):
            self._sentence, self._answers = (s_start, s_end), {}
        answer = self._answers.get(id(cue))
        if answer is None:
            start = self.bounds.sentence_start(s_start - 1) if s_start > 0 else 0
            newline = self.text.rfind("\n", start, s_start)
            passage = self.text[newline + 1 if newline != -1 else start:s_end]
            answer = self._answers[id(cue)] = cue.ruled_out_by_passage(self.text[s_start:s_end], passage)
        return answer


def _unkey_parts_of_year(figures: list[Figure], parts: list[int]) -> None:
    """A figure of a part of the year (上半年调处88件, 1—9月受理103件) keys nothing when the report
    gives the same key and scope for the whole year: it is a part of that figure, not the year's."""
    if not parts:
        return
    marked = set(parts)
    # (of the same scope: 上半年全县受理46件 beside 县政府本级全年受理12件 is no part of that one)
    whole = {(f.key, f.scope) for i, f in enumerate(figures) if f.key and f.kind == "stated" and i not in marked}
    for i in parts:
        fig = figures[i]
        if (fig.key, fig.scope) in whole:
            figures[i] = fig.model_copy(update={"key": None, "label": _label(fig.quote, "")})


#: years and dates between a cue and its number ("受理复议案件由2023年的45件", "截至11月底审结")
_DATES_IN_LEAD = lazy_compile(r"(?:19|20)\d\d年(?:度)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末)?|\d{1,2}月(?:\d{1,2}日|底|末)")


def _without_dates(lead: str) -> str:
    """The lead as a cue is matched: dates are not numbers that stand between cue and number."""
    return lead if absent(re_cache.needles(_DATES_IN_LEAD), lead) else _DATES_IN_LEAD.sub("", lead)


#: a bracketed aside with no number in it, between a cue and its number: 办理行政处罚案件(含简易
#: 程序)4,206件, 罚没金额(不含没收物品)2,378.9万元
_ASIDE = lazy_compile(r"[(（][^()（）\d。;；]{1,30}[)）]")


def _without_asides(lead: str) -> str:
    """The lead as a cue is matched: what a bracket adds in passing does not part cue and number."""
    return _ASIDE.sub("", lead) if "(" in lead or "（" in lead else lead


def _unkeyed(text: str, bounds: context.Boundaries, index: int, lead: str, tail: str, lead_start: int, c_start: int,
             c_end: int, s_start: int, prev: Quantity | None, domain: str | None, heading: str | None, said) -> Unkeyed:
    """A figure no cue keyed, with its own words (a list item's from its 、 on, up to the next 、),
    its clause, and the clause before it (after that clause's last number) when no number stands
    before it in its own clause."""
    before = ""
    if lead_start == c_start and c_start > s_start:
        b_start = bounds.clause_start(c_start - 1, s_start)
        if prev is not None and b_start < prev.end < c_start:
            b_start = prev.end
        before = text[b_start:c_start - 1]
    elif lead_start > c_start:
        lead = lead.rsplit("、", 1)[-1]  # 决策目录、…执法事项清单4835项: the words before 、 are the item before's
    return Unkeyed(index=index, lead=lead, tail=tail.split("、", 1)[0], before=before, clause=text[c_start:c_end],
                   domain=domain, heading=heading, said=said)


def _counts_bodies(lex: Lexicon, q: Quantity, lead: str, tail: str) -> bool:
    """N个街道 / N个区直部门, 建成工作站12个 / 乡镇中已有11个: a number of places or offices
    (lexicon [bodies]: the noun after the number, or the one its lead ends with)."""
    if q.unit != "个":
        return False
    return ((lex.bodies is not None and lex.bodies.match(tail) is not None)
            or (lex.bodies_lead is not None and lex.bodies_lead.search(lead) is not None))


def _noun_domain(lex: Lexicon, tail: str) -> str | None:
    """The domain of the noun right after a number and its unit ("6件行政复议案件")."""
    m = lex.domains.pattern.match(tail, 1 if tail.startswith("的") else 0)
    if m is None:
        m = lex.domains.pattern.match(tail, 2) if tail.startswith("行政") else None
    return m.lastgroup if m else None


def _split_cue(lex: Lexicon, text: str, s_start: int, c_start: int, lead: str, tail: str, q: Quantity,
               domain: str | None, mentioned: frozenset[str], scope: str | None) -> tuple[Cue | None, str | None]:
    """A bare rate ("…均聘请了法律顾问,覆盖率达100%"), or a number of any unit after a bare
    copula ("…事项目录,共17项", "X市败诉率最低,为3.2%"), is matched with the clause before it;
    the noun counted there ("11个社区") is its scope."""
    split = lex.split
    if split is None:
        return None, scope
    bare = lead.strip()
    rate = q.unit == "%" and split.bare_rate.search(bare) is not None
    if not rate and (split.bare_copula is None or not split.bare_copula.search(bare)):
        return None, scope
    before = text[max(s_start, _clause_before(text, c_start - 1, s_start)):c_start - 1]
    cue = _match_cue(lex, before + lead, tail, q.unit, domain, mentioned, change=False)
    if cue is None:
        return None, scope
    return cue, split_scope(lex, before, scope)


def _clause_before(text: str, end: int, floor: int) -> int:
    """The start of the clause that ends at `end` (a clause break)."""
    i = max(text.rfind(ch, floor, end) for ch in context.CLAUSE_END)
    return i + 1 if i >= floor else floor


def _key_list_heads(lex: Lexicon, figures: list[Figure], text: str, keyed_by_tail: set[int]) -> None:
    """An enumeration keyed by the words after its last item ("文件4件、合同18份进行合法性审查")
    speaks of the same indicator in every item."""
    for i in range(len(figures) - 1, 0, -1):
        fig, before = figures[i], figures[i - 1]
        if i not in keyed_by_tail or fig.key is None or fig.kind != "stated" or before.key is not None or before.kind != "stated":
            continue
        between = text[before.span[1]:fig.span[0]]
        ind = lex.indicators[fig.key]
        if between.startswith("、") and ind.units >= {before.unit} and not ind.is_rate:
            figures[i - 1] = before.model_copy(update={"key": fig.key, "label": ind.label})
            keyed_by_tail.add(i - 1)


# "三项制度", "两个清单": a Chinese numeral that names a scheme, not a count
_SCHEME_NOUN = lazy_compile(r"[\u4e00-\u9fff]{0,2}?(?:制度|机制|原则|行动|工程|清单|要求|承诺|模式|体系|服务|工作法)")


#: an opening quote right before a Chinese numeral: a slogan ("四个百分百", 「两个确保」), not a count
_OPENING_QUOTE = "“\"「『‘"


def _is_name(q: Quantity, text: str) -> bool:
    if q.numeral != "chinese":
        return False
    if q.start > 0 and text[q.start - 1] in _OPENING_QUOTE:
        return True
    if q.value == 1 and q.unit in ("项", "个", "件", "条", "起") and _ITEM_OPENING.match(text, q.end):
        return True  # 两项决策,一项是…,一项是…: the item named next, not a count of one
    return q.unit in ("项", "个", "张", "条") and _SCHEME_NOUN.match(text, q.end) is not None


#: 一项是 / 一个是 / 一件是: a numeral that opens the naming of one item of a list said before
_ITEM_OPENING = lazy_compile(r"是(?!否)")


def _match_cue(lex: Lexicon, lead: str, tail: str, unit: str, domain: str | None, mentioned: frozenset[str], *,
               change: bool, heading: str | None = None) -> Cue | None:
    """The first cue (in lexicon order) that fits this number."""
    # a relative change (下降73%, 提高5个百分点) may speak of any indicator, rate or count
    any_unit = change and unit in ("%", "个百分点")
    for cue in lex.cues if any_unit else _cues_of_unit(lex.cues, unit):
        if cue.matches(lead, tail, unit, domain, any_unit=any_unit, mentioned=mentioned, heading=heading):
            return cue
    return None


_by_unit: tuple[tuple[Cue, ...], dict[str, tuple[Cue, ...]]] | None = None


def _cues_of_unit(cues: tuple[Cue, ...], unit: str) -> tuple[Cue, ...]:
    """The cues that take `unit`, in lexicon order (a cue of another unit never fits a number
    unless any unit may: most of the 40 were tried and ruled out for every number)."""
    global _by_unit
    if _by_unit is None or _by_unit[0] is not cues:
        _by_unit = (cues, {})
    found = _by_unit[1].get(unit)
    if found is None:
        found = _by_unit[1][unit] = tuple(c for c in cues if unit in c.units)
    return found


def _heading_domain(index: SectionIndex, section: Section | None, lex: Lexicon) -> str | None:
    """The domain the nearest heading (of the section, else of its parents) names."""
    for sec in index.lineage(section):
        if sec.heading:
            domain = lex.domains.last_in(sec.heading)
            if domain:
                return domain
    return None


def _heading_domains(index: SectionIndex, section: Section | None, lex: Lexicon) -> frozenset[str]:
    """Every domain the nearest heading that names one names (执法和应诉: enforcement and litigation)."""
    for sec in index.lineage(section):
        if sec.heading:
            found = lex.domains.all_in(sec.heading)
            if found:
                return found
    return frozenset()


#: a body of its own that is no government or part of one: a centre, station or office serving
#: the public (便民服务中心, 综治中心, 派出所), whose counts are of its own business
_SERVICE_BODY = lazy_compile(r"(?:中心|站|所|大厅|窗口)$")


class _HeadingDomains:
    """`_heading_domain` of each section, read once per section (it was read for every number),
    and the domain carried into a sentence, read once per sentence."""

    def __init__(self, index: SectionIndex, lex: Lexicon) -> None:
        self.index = index
        self.lex = lex
        self._found: dict[int, str | None] = {}
        self._named: dict[int, frozenset[str]] = {}
        self._carried: dict[tuple[int, int], str | None] = {}

    def __call__(self, section: Section | None) -> str | None:
        key = id(section)
        if key not in self._found:
            self._found[key] = _heading_domain(self.index, section, self.lex)
        return self._found[key]

    def refusing(self, section: Section | None, domain: str | None) -> str | None:
        """The heading's domain as the cues' `not_headings` read it: none when the heading also
        names the number's own domain ((二)执法和应诉 heads enforcement counts as well as suits)."""
        key = id(section)
        if key not in self._named:
            self._named[key] = _heading_domains(self.index, section, self.lex)
        return None if domain is not None and domain in self._named[key] else self(section)

    def carried(self, text: str, s_start: int, section: Section | None) -> str | None:
        """The domain a sentence that names none before its number is in: that of an earlier
        sentence of the same paragraph ("本级共受理复议3例。…驳回2件、确认违法1件"), else
        the heading's of its section or of its parents."""
        key = (s_start, id(section))
        if key not in self._carried:
            back = max(0, s_start - DOMAIN_CARRY_CHARS)
            if section:
                back = max(back, section.span[0])
            newline = text.rfind("\n", back, s_start)
            if newline != -1:
                back = newline + 1
            earlier = None if self._own_subject(text, s_start) else self.lex.domains.carried_from(text[back:s_start])
            self._carried[key] = earlier or self(section)
        return self._carried[key]

    def _own_subject(self, text: str, s_start: int) -> bool:
        """Whether the sentence opens with a body of its own (镇便民服务中心全年办理…): the domain an
        earlier sentence named about another body does not carry into it."""
        w = self.lex.kinds.elsewhere
        if w is None:
            return False
        words = text[s_start:s_start + 40]
        m = w.subject_opening.match(words)
        if m is not None and "其中" in m.group():
            return False  # 其中市本级梳理397件: a part of what the sentence before counted
        body = w.own_subject.match(words, m.end() if m else 0)
        # (镇政府法律顾问…, 各乡镇…: the government itself or its parts go on with the topic)
        return body is not None and _SERVICE_BODY.search(body.group()) is not None


def _kind_aside(lex: Lexicon, clause: str) -> bool:
    """Whether the number stands in brackets after one kind of case (the lexicon's kind_aside)."""
    aside = lex.breakdown.kind_aside if lex.breakdown is not None else None
    return aside is not None and aside.search(clause) is not None


#: a list item that names another outcome than the item before it (废止7件、修改11件), its own
#: category (法律援助类690件、电话咨询类1795件: a breakdown by kind, each item its kind's), or another
#: product than what was disclosed (主动公开政府信息8962条、政策解读742条: explanations of policies)
_OTHER_OUTCOME = lazy_compile(r"修改|修订|保留|继续有效|维持|驳回|终止|不予|类$|解读")
#: a list item's words: the CJK run that ends its lead, or that ends a figure's quote before its number
_ITEM_WORDS = lazy_compile(r"([\u4e00-\u9fff]+)$")
_QUOTE_WORDS = lazy_compile(r"([\u4e00-\u9fff]+)\s*[\d０-９][\d０-９.,，]*\s*[^\d０-９\u4e00-\u9fff]*[\u4e00-\u9fff]{0,2}$")
#: the word that marks a legality review against other reviews of the same paper
_LEGALITY_WORD = "合法性"
#: modifiers that say "the rest of the same kind", not another kind
_SAME_KIND = lazy_compile(r"^(?:其他|其余|其它|各类|各种|相关|有关|其中)")


def _contrasted_sibling(previous: Figure, lead: str) -> bool:
    """出具合法性审核意见书8份、法律审核意见书130份: a list item with the head noun of the item before
    it (审核意见书) whose modifier drops the legality review's own word for another (法律) names
    another kind of paper: it takes no key from the item before and adds to no sum."""
    if not lead.startswith("、"):
        return False
    mine, theirs = _ITEM_WORDS.search(lead[1:]), _QUOTE_WORDS.search(previous.quote)
    if mine is None or theirs is None:
        return False
    a, b = theirs.group(1), mine.group(1)
    k = 0
    while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k]:
        k += 1
    head_a, head_b = a[:len(a) - k], b[:len(b) - k]
    return (k >= 2 and bool(head_b) and _LEGALITY_WORD in head_a and _LEGALITY_WORD not in head_b
            and not _SAME_KIND.match(head_b))


#: 其中区政府本级18件: a part named by its scope right after its total
_PART_LEAD = lazy_compile(r"^[,，(（]?\s*其中|^[(（]")  # also in brackets: 清理652件(其中市本级137件), 共315件(区政府本级96件)


_YEAR_OF_FIGURE = lazy_compile(r"((?:19|20)\d\d)年(?:度)?(?:全年|底|末)?的?$")


def _earlier_year(lead: str, year: int | None) -> bool:
    m = _YEAR_OF_FIGURE.search(lead) if year else None
    return m is not None and int(m.group(1)) < year  # type: ignore[operator]


#: a clause that opens with a year ("2023总共需办理复议案件66件,2024年…151件"); not a date
#: (2022年12月31日前), a span (2021年以来, 2021—2025年) or a number glued to it
_CLAUSE_YEAR = lazy_compile(r"^\s*((?:19|20)\d\d)(?:年度?)?(?![\d月年以至起—\-－~～])")


def _opens_with_earlier_year(clause: str, year: int | None) -> bool:
    """A count in a clause that opens with an earlier year than the report's is that year's."""
    m = _CLAUSE_YEAR.match(clause) if year else None
    return m is not None and int(m.group(1)) < year  # type: ignore[operator]


#: the marks that end a whole sentence (a ；-clause of a plan still belongs to the plan)
_FULL_STOP = "。!?！？\n"
_FULL_STOP_RE = re_cache.compile(f"[{re.escape(_FULL_STOP)}]")
#: how far back (characters) a plan's opening is looked for
PLAN_REACH = 300
#: how far back (characters) the opening of a plan's paragraph (plan_list) is looked for
PLAN_PARAGRAPH_REACH = 1200
#: the most characters of a paragraph's opening plan_list is matched on (its longest match)
PLAN_LIST_OPENING = 120


def _in_plan_sentence(lex: Lexicon, text: str, pos: int, year: int | None, full_stops: list[int],
                      line_breaks: list[int]) -> bool:
    """Whether the whole sentence the number is in (up to its 。, across ；) opens as a plan for a
    later year than the report's (kinds.toml [target] plan_sentence). `full_stops`: where the
    text's _FULL_STOP marks stand (found once: searched back per number, a sentence without one
    was read PLAN_REACH characters back per mark)."""
    pattern = lex.kinds.plan_sentence
    if pattern is None:
        return False
    floor = max(0, pos - PLAN_REACH)
    i = bisect_left(full_stops, pos) - 1  # the last mark before the number, if within reach
    start = full_stops[i] + 1 if i >= 0 and full_stops[i] >= floor else floor
    m = pattern.match(text[start:pos])  # (a slice: ^ does not hold at match's pos)
    if m is None and lex.kinds.plan_list is not None:
        # 2025年,区政府将重点抓好以下工作:一是…。二是…: the paragraph's opening announces its items
        # as plans, each item a sentence of its own (kinds.toml [target] plan_list)
        # (`line_breaks`: where the text's newlines stand, found once; only the paragraph's opening
        # words are read, PLAN_LIST_OPENING characters, never the whole paragraph per number)
        j = bisect_left(line_breaks, pos) - 1
        para = line_breaks[j] + 1 if j >= 0 else 0
        if pos - para <= PLAN_PARAGRAPH_REACH:
            m = lex.kinds.plan_list.match(text[para:min(pos, para + PLAN_LIST_OPENING)])
    if m is None:
        return False
    later = m.group("year")
    return later is None or (year is not None and int(later) > year)


def _prior_of(lex: Lexicon, keyed: list[Figure], lead: str, q: Quantity) -> Indicator | None:
    """较2022年558件增加了555件 / 较去年60件增长: the prior value of the sentence's latest
    figure counted in the same unit (a lead naming nothing else); a rate's only when the rate is
    the sentence's latest figure (败诉率7.5%,较上年的9.3%下降1.8个百分点)."""
    if _TWO_CJK.search(lex.kinds.previous_lead.sub("", lead)):
        return None
    if keyed and (last := lex.indicator(keyed[-1].key)) is not None and last.is_rate and keyed[-1].unit == q.unit \
            and keyed[-1].kind in ("stated", "derived"):
        return last
    for fig in reversed(keyed):
        ind = lex.indicator(fig.key)
        if ind is not None and q.unit in ind.units and not ind.is_rate:
            return ind
    return None


#: 审查规范性文件12件、合同51份,合计63件: the total of the items just listed
_TOTAL_LEAD = re_cache.compile(r"^[,，]?\s*(?:合计|共计|总计)(?:为|达到?)?$")


#: the words that join the items of a list of numbers (6.2%和11.4%)
_LIST_JOIN = lazy_compile(r"^\s*(?:和|、|及|与)\s*$")
#: 分别: the numbers that follow go, in order, with the figures named before them
_RESPECTIVELY = lazy_compile(r"分别")


def _key_respective_changes(lex: Lexicon, figures: list[Figure], runs: list[tuple[int, list[int]]],
                            keyed_in_sentence: dict[int, list[Figure]]) -> None:
    """办理处罚案件2,374件,罚没款1,865.3万元,比上年分别下降6.2%和11.4%: the k-th change of a
    分别…和… list is the change of the k-th of the last figures said before it in its sentence."""
    for s_start, members in runs:
        first = figures[members[0]].span[0]
        before = [f for f in keyed_in_sentence.get(s_start, []) if f.span[1] <= first]
        if len(members) < 2 or len(before) < len(members):
            continue
        for at, own in zip(members, before[-len(members):]):
            ind = lex.indicators[own.key or ""]
            figures[at] = figures[at].model_copy(update={"key": ind.key, "label": ind.label})


def _value_after_change(lex: Lexicon, before: Figure, lead: str, q: Quantity) -> Indicator | None:
    """同比下降12.4%,为149件 / 较上年增加18件,达到203件: the value a keyed change led to, said
    right after it, is that indicator's figure of the year."""
    ind = lex.indicator(before.key) if before.kind == "change" else None
    if ind is None or not lex.kinds.value_after_change.search(lead) or q.unit not in ind.units:
        return None
    return ind


def _count_change_of_a_rate(ind: Indicator, q: Quantity) -> bool:
    """较上年减少41件 right after 成功率98.7%: a change counted in cases is no rate's change."""
    return ind.is_rate and q.unit not in _RATE_CHANGE_UNITS


def _changed_count(lex: Lexicon, keyed: list[Figure], lead: str, q: Quantity) -> Indicator | None:
    """…化解矛盾纠纷312件,成功率98.7%,较上年减少41件: the count a bare change in its unit follows,
    past the rate said between them."""
    if _TWO_CJK.search(lex.kinds.comparison_words.sub("", lead)):
        return None
    for f in reversed(keyed):
        ind = lex.indicator(f.key)
        if ind is not None and f.kind in ("stated", "derived") and not ind.is_rate and q.unit in ind.units:
            return ind
    return None


def _inherited(lex: Lexicon, previous: Figure, lead: str, q: Quantity, kind: str, *,
               adjacent: bool = True) -> Indicator | None:
    """A change right after a figure (受理184件,同比上升223%) or the next item of a list
    (审查文件6件、合同7份) speaks of the same indicator; a list item only when `adjacent` (the
    item before it is that figure: 审结455件中,…,撤销23件、确认违法19件 lists outcomes, not cases
    concluded)."""
    ind = lex.indicator(previous.key)
    if ind is None:
        return None
    if kind == "stated" and previous.kind == "benchmark" and lex.kinds.own_after_benchmark.match(lead) and q.unit in ind.units:
        return ind
    if kind == "benchmark" and adjacent and lex.kinds.prior_aside.search(lead) and q.unit in ind.units | {previous.unit}:
        return ind  # 收到复议申请31件(上年为22件): the year before's value of the figure just said
    if kind == "benchmark" and lex.kinds.average_compared.search(lead) and q.unit in ind.units:
        return ind  # 败诉率为6.8%,低于全国平均水平(9.1%): the average the figure is set against
    if kind == "stated" and _TOTAL_LEAD.match(lead) and q.unit in ind.units and not ind.is_rate:
        return ind
    bare = not _TWO_CJK.search(lex.kinds.comparison_words.sub("", lead))
    if kind == "change" and bare and not _count_change_of_a_rate(ind, q):
        return ind
    if (lead.startswith("、") and adjacent and q.unit in ind.units and kind != "change" and not ind.is_rate
            and not _OTHER_OUTCOME.search(lead)):
        return ind
    if previous.kind == "benchmark" and lex.kinds.to_value_lead.match(lead) and q.unit in ind.units | {previous.unit}:
        return ind  # 败诉率由8.5%降至6.1%: the new value of the same indicator
    if (_PART_LEAD.match(lead) and kind == "stated" and q.unit in ind.units and not ind.is_rate
            and scope_of(_PART_LEAD.sub("", lead)) is not None):
        return ind  # 全区行政诉讼案件75件,其中区政府本级18件: the same count for a narrower scope
    return None


#: the units a rate changes in
_RATE_CHANGE_UNITS = frozenset({"%", "个百分点"})

#: a list item's words (、合同317件: 合同), after its 、
_ITEM_KIND = lazy_compile(r"^、\s*([\u4e00-\u9fff“”]{2,16})$")
#: a list item said by what it concerns, as kind_part's `about` reads the first item (涉及X的 / 属于X的)
_ITEM_ABOUT = lazy_compile(r"^(?:涉及|属于)([\u4e00-\u9fff“”]{2,14}?)的?$")


def _kind_part(lex: Lexicon, lead: str, kind_run: int | None, index: int, figures: list[Figure],
               indicator: Indicator | None) -> str | None:
    """The kind a part of a total is named by: the words after 其中 when they are only a kind
    (其中规范性文件 / 其中涉及违法占用耕地的, lexicon [breakdown] kind_part), or the next item of such
    a list (、合同 after 其中规范性文件23件) keyed like it; None for an outcome or a period (not_kind)."""
    words = lex.breakdown
    if words is None or words.kind_part is None:
        return None
    m = words.kind_part.match(lead)
    if m is not None:
        found = m.group("kind") or m.group("about") or m.group("bare")
    elif kind_run is not None and kind_run == index - 1 and figures and (item := _ITEM_KIND.match(lead)) is not None:
        if indicator is not None and indicator.key != figures[-1].key:
            return None
        found = item.group(1)
        about = _ITEM_ABOUT.match(found)
        if about is not None:
            found = about.group(1)  # 、涉及邻里关系的288件 after 其中涉及婚姻家庭的310件: what it concerns, as the first
    else:
        return None
    if words.not_kind is not None and words.not_kind.search(found):
        return None
    return found.strip("“”")


def _total_of_kind(lex: Lexicon, keyed: list[Figure], q: Quantity, indicator: Indicator | None) -> Figure | None:
    """The total a kind's part belongs to: the sentence's last stated count whose unit family holds
    the part's and that is larger than it, of the indicator the part's own cue names if it names one."""
    for fig in reversed(keyed):
        ind = lex.indicator(fig.key)
        if ind is None or fig.kind != "stated" or ind.is_rate or q.unit not in ind.units:
            continue
        if (indicator is not None and indicator.key != ind.key) or not ind.kind_parts:
            return None
        return fig if q.value < fig.value else None
    return None


#: how many figures back a part's total is looked for
_PART_REACH = 12


@dataclass
class _PartRun:
    """The parts of a total being read: their sentence, the last part's subject and index."""

    sentence: int
    subject: str
    last: int
    #: how many parts the run has named (after two, another measure is the total's, not a part's)
    parts: int = 1


def _part_subject(text: str, bounds: context.Boundaries, lead: str, lead_start: int, c_start: int, s_start: int,
                  q_start: int, index: int, run: _PartRun | None, figures: list[Figure]) -> tuple[str | None, int | None]:
    """The subject a part of a total is named by (fgqa.figures.part_subjects), and from where
    its total may be taken (a text position), or None when its cue must key it itself."""
    before = bounds.sentence_start(s_start - 1) if s_start > 0 else 0  # the sentence before's start
    # 其中,9个街道以自身名义办理…: the clause after a bare 其中, its count of bodies part of the name
    opened = part_subjects.bare_part_word(text[max(s_start, c_start - 3):c_start])
    named = text[c_start:q_start] if opened and part_subjects.bodies_count(text[c_start:lead_start]) else lead
    subject = part_subjects.after_part_word("其中" + named if opened else lead)
    if subject is not None:  # 其中X查办… / 其中,X…: the total said before it (a sentence may end at its ;)
        return subject, before if lead_start == s_start else s_start
    opens_clause = lead_start == c_start or lead.startswith("、")
    if run is not None and run.sentence == s_start and run.last == index - 1 and opens_clause:
        subject = part_subjects.only_subject(lead)
        if subject is None and lead.startswith("、"):
            # 其中涉及区属部门的892件、涉及街镇的234件: the 其中 governs every item, read as the first was
            subject = part_subjects.after_part_word("其中" + lead[1:])
        if subject is not None:
            return subject, s_start  # …,X查办2,115件 / 、西沅区158件: the next part
    if lead_start == c_start and c_start > s_start and part_subjects.opens_breakdown(text[max(s_start, c_start - part_subjects.BREAKDOWN_REACH):c_start]):
        subject = part_subjects.only_subject(lead)
        if subject is not None:  # 按所在地看,市本级176件: the total is in the sentence before
            return subject, before
    # (…出庭应诉率97.6%,比上年提高1.2个百分点;市本级为100%: past a change and a ；, the same statement)
    after_semicolon = lead_start == c_start == s_start and _after_semicolon(text, s_start)
    place = part_subjects.level_or_place(lead) if lead_start == c_start and (c_start > s_start or after_semicolon) else None
    last = next((f for f in reversed(figures[-3:]) if f.kind != "change"), None)
    if (place is not None and last is not None and last.key and last.kind == "stated"
            and last.span[0] >= (before if after_semicolon else s_start)):
        return place, last.span[0]  # …出庭应诉率97.6%,市本级实现100%
    return None, None


class _Spans:
    """A union of spans; whether a position is in one is a binary search."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for lo, hi in sorted(s for s in spans if s[0] < s[1]):
            if merged and lo <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([lo, hi])
        self._starts = [lo for lo, _ in merged]
        self._ends = [hi for _, hi in merged]

    def holds(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]


def _sentence_of(pos: int, index: SectionIndex, bounds: context.Boundaries) -> tuple[Section | None, int]:
    """The section of a position and the start of its sentence (never before the section)."""
    section = index.at(pos)
    return section, bounds.sentence_start(pos, section.span[0] if section else 0)


def _domain_at(text: str, sentence: SentenceLeads, pos: int, heading_of: _HeadingDomains, section: Section | None,
               lex: Lexicon) -> str | None:
    domain = sentence.domain(pos)
    if domain:
        return domain
    return heading_of.carried(text, sentence.start, section)


def _skip_punct(text: str, start: int, stop: int) -> int:
    while start < stop and text[start] in " 、,，;；:：\t\n“”\"":
        start += 1
    return start


def _label(lead: str, tail: str) -> str:
    label = _LABEL_NOISE.sub("", lead.strip())
    label = _SINCE_YEAR.sub("", label) or label
    if not label:
        label = _LEADING_DE.sub("", tail.strip())[:12]
    return label[-16:] if len(label) > 16 else label


def _zero_claim_figures(lex: Lexicon, text: str, index: SectionIndex, bounds: context.Boundaries, *,
                        stated_rates: frozenset[str] | set[str] = frozenset(), issuer: str | None = None,
                        level: str | None = None) -> list[Figure]:
    zero = lex.zero_claims
    figures: list[Figure] = []
    seen: set[tuple[str, int]] = set()
    claims = zero.find(text)
    located = [_sentence_of(m.start(), index, bounds) for _, m in claims]
    leads = Leads(text, lex, [(s_start, m.start()) for (_, m), (_, s_start) in zip(claims, located)])
    for (claim, m), (section, s_start) in zip(claims, located):
        sentence = leads.at(s_start, m.start())
        if claim.needs_before is not None and not sentence.says(claim.needs_before, m.start()):
            continue
        if claim.not_before is not None and sentence.says(claim.not_before, m.start()):
            continue
        c_start = _skip_punct(text, bounds.clause_start(m.start(), s_start), m.start())
        if _unachieved(lex.grammar.claim_negation, text[c_start:m.start()], m.group() if claim.value else ""):
            continue  # "部分社区尚未实现法律顾问全覆盖": the claim is said as not reached
        scope = sentence.scope(m.start())
        goal = is_goal(text[c_start:m.start()], in_plans=section is not None and section.part == "plans", lex=lex)
        targets = [(claim.key, claim.value, claim.unit)]
        if claim.key == zero.covers_claim and zero.covers_both(m.group(), partial(_said_before, sentence, m.start())):
            targets.append((zero.covers_also, 0, zero.covers_also_unit))
        # the count's zero is the body's rate too, unless it is said of one scope or the report
        # states that rate otherwise (纠错率12.3% of the 复议 office; 本局未发生…被纠错 as respondent)
        rate_key = zero.rate_of_zero.get(claim.key)
        # (a defendant that is the reporting body itself, 本局 / 街道办事处 in its own report, is no
        # part: its suits are the body's; as a respondent its correction rate is the deciding body's)
        own = scope is None or (rate_key in _OWN_DEFENDANT_RATES and level in _WHOLE_BODY_LEVELS
                                and is_own_scope(scope, issuer))
        # (县政府本级被诉13件,无一败诉: a government's own level is the body itself as the defendant, a
        # rate of its own beside the area's, which is the rate the report states: docs/evaluation.md)
        own_level = (rate_key in _OWN_DEFENDANT_RATES and scope is not None and zero.own_level is not None
                     and zero.own_level.search(scope) is not None)
        if rate_key is not None and "零" not in m.group() and (own_level or (own and rate_key not in stated_rates)):
            targets.append((rate_key, 0, "%"))
        for key, value, unit in targets:
            if (key, m.end()) in seen:  # two patterns may match one claim (诉讼零败诉 / 零败诉)
                continue
            seen.add((key, m.end()))
            figures.append(
                Figure(
                    key=key,
                    label=lex.indicators[key].label,
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


#: the rates a zero said of the body itself as the defendant is (fgqa.figures.primary.is_own_scope),
#: for a body that is all its area's administration (a department, a street office); a government's
#: own suits (以县政府为被告) are a part of its area's (全县行政机关), whose rate the report's is
_OWN_DEFENDANT_RATES = frozenset({"litigation.loss_rate"})
_WHOLE_BODY_LEVELS = frozenset({"department", "street"})


def _unachieved(pattern: re.Pattern[str], before: str, claim: str) -> bool:
    """The claim's clause says it was not reached: the negation right before its words, or
    (for a coverage claim, whose words hold no negation of their own) inside them."""
    if any(m.end() == len(before) for m in pattern.finditer(before)):
        return True
    return bool(claim) and pattern.search(claim) is not None


def _stated_before(text: str, bounds: context.Boundaries, sentence: SentenceLeads, pos: int,
                   pattern: re.Pattern[str]) -> bool:
    """Whether the words before `pos` in its statement say `pattern`: its sentence, and the sentence
    before when a ；only parts one statement from it (…覆盖率均为100%;社区一级配备率为96.6%)."""
    if sentence.says(pattern, pos):
        return True
    start = sentence.start
    if start == 0 or text[start - 1] not in ";；":
        return False
    return pattern.search(text, bounds.sentence_start(start - 1), start) is not None


def _said_before(sentence: SentenceLeads, pos: int, pattern: re.Pattern[str]) -> bool:
    return sentence.says(pattern, pos)
