"""An answer is a claim about a quote: the one check every number answer passes.

Whatever produced a number answer (an indicator's figure, a lookup over the report's
sentences, a figure search, a part of a compound question, a yes/no read off a count),
`claim_holds` keeps it only when the quote's own clause carries the question's subject and
its unit is one the question counts in; otherwise the report is said not to give it
(fgqa.answers, with the most related sentences as points). The subject is what is left of
the question once its question, kind and year words are out and the figure's own reading
vouches for the rest (its indicator's words and domain, the reporting body's name); the
clause is the number's own, with what it leans on in its sentence and paragraph, or a table
cell's row and column header. Changes are answered as the question words them: "下降了多少"
→ 1.6 个百分点, direction down.
"""

from __future__ import annotations

import re
from functools import lru_cache

from fgqa import re_cache
from fgqa.answers.evidence import (
    Question,
    ReportIndex,
    is_verb,
    sentence_of,
    substantive,
    units_for,
    unknown_words,
)
from fgqa.answers.lookup import absent_from, named_part, said_by_unit
from fgqa.answers.respective import names_another_part
from fgqa.figures.context import SENTENCE_END, sentence_start
from fgqa.lexicon import lexicon
from fgqa.models import Answer, Figure

_RATE_UNITS = frozenset({"%", "个百分点"})
_CELL = " | "
#: where a statement ends: a claim leans on its whole sentence before it, across ；
_STATEMENT_END = "。!?！？\n"
_NUMBER = re_cache.compile(r"\d")
#: a sentence that names its subject by pointing back at the sentence before
_ANAPHORA = re_cache.compile(r"^(?:该|此|上述|这一|这个)")
#: a group of alternatives in a pattern ((?:被撤销|被变更|确认违法))
_ALTERNATIVES = re_cache.compile(r"\(\?:[^()]*\|[^()]*\)")
#: a pattern that reads a word with a gap in it (.{0,8}, [^，]{0,6} …)
_GAP = re_cache.compile(r"[.\]]\{\d*,\d+\}|[.\]][*+]")


def _prefix_before_cut():
    """The genre prefix (行政, 各类) right before a word taken out of a question, and the body word
    right after it (机关 of 复议机关)."""
    g = lexicon().grammar
    return re_cache.compile(f"(?:{g.generic_prefix.pattern})(?=\\|)|(?<=\\|)(?:{g.generic_suffix.pattern})")


def indicator_words_removed(question: str, key: str | None, said: str | None = None, text: str = "") -> str:
    """The question without the words that named its indicator (synonyms the report may
    not use, like 输官司) and the words naming the kind asked for: what is left must be
    carried by the quote. With `said` (a quote's words), only the indicator's words that the
    quote says too, or that the report's `text` never uses: "审核了多少件规范性文件" keyed like "审核合同
    23份" is not vouched for by it (the indicator counts both, the quote only contracts)."""
    g = lexicon().grammar
    # (a direction asked, 增长了多少, is the figure's direction: its sentence may say 上升)
    spans: list[tuple[int, int]] = [m.span() for p in (g.kind_words, g.asks_up, g.asks_down) for m in p.finditer(question)]
    ind = lexicon().indicator(key)
    for word in ind.words if ind is not None else ():
        quoted = word.search(said) if said is not None else None
        if said is not None and quoted is None and word.search(text):
            continue  # the report says this word elsewhere, not in this quote
        for m in word.finditer(question):
            if quoted is None:
                # a word read with a gap (清理.{0,8}规范性文件) vouches for its own words, not for
                # what the question puts in the gap (清理中修改了多少件规范性文件: 修改 stays)
                if not _GAP.search(word.pattern):
                    spans.append(m.span())
                    continue
                # (one of the alternatives a broken-down indicator's word reads, 复议…(?:被撤销|被变更|…),
                # is one of its parts: a quote that says none of them does not vouch for the part asked)
                fixed = _ALTERNATIVES.sub("", word.pattern) if ind is not None and ind.breakdown else word.pattern
                spans += [(i, i + 2) for i in range(m.start(), m.end() - 1) if question[i:i + 2] in fixed]
                # (the genre's prefix in the gap says nothing more: 废止…行政规范性文件)
                spans += [g.span() for g in lexicon().grammar.generic_prefix.finditer(question, m.start(), m.end())]
                continue
            # only what the quote's own match of the word says too ("审核合同" vouches for 审核,
            # not for the 规范性文件 the same pattern reads in the question)
            spans += [(i, i + 2) for i in range(m.start(), m.end() - 1) if question[i:i + 2] in quoted.group()]
        # the genre's own prefix next to the indicator's words ("行政" of 行政执法案件) says nothing more
        spans += [m.span() for m in lexicon().grammar.generic_prefix.finditer(question) if any(
            m.end() == w.start() for w in word.finditer(question))]
    chars = list(question)
    for a, b in spans:
        for i in range(a, b):
            chars[i] = "|"
    return "".join(chars)


def indicator_words_in(question: str, key: str | None) -> list[str]:
    """The words of the question that named its indicator ("败诉案件", "负责人出庭", "废止")."""
    ind = lexicon().indicator(key)
    return [m.group() for w in (ind.words if ind is not None else ()) for m in w.finditer(question) if len(m.group()) >= 2]


def figure_of(answer: Answer, figures: list[Figure]) -> Figure | None:
    if not answer.citations:
        return None
    span = answer.citations[0].span
    return next((f for f in figures if f.span == span and f.value == answer.value), None) or \
        next((f for f in figures if f.span == span), None)


def the_part_named(answer: Answer, question: str, key: str | None, index: ReportIndex,
                   figures: list[Figure]) -> Figure | None:
    """"适用简易程序的处罚案件有多少件" answered by the total "办理行政处罚案件共计133件,其中适用简易
    程序92件": the part its sentence names with the words the indicator does not explain (92),
    None when no part is named so. (Whether a figure says what was asked at all is the claim
    check's to decide, claim_holds, for every number answer alike.)"""
    fig = figure_of(answer, figures)
    if fig is None:
        return None
    q_all = Question.parse(question)
    residual = Question.parse(indicator_words_removed(question, key))
    # what the figure's own words do not say: the words left once the indicator's are out, else
    # (the indicator's words spanned them: 审查…合同) those its sentence lacks
    unexplained = residual if substantive(residual) else absent_from(
        q_all, index.text[sentence_start(index.text, fig.span[0]):fig.span[1]])
    if not substantive(unexplained):
        return None
    return named_part(unexplained, fig, index, figures, units_for(q_all.measure) or indicator_units(key))


#: where the words of one item of a listed count start (its separator) and where a clause starts
#: (a number before ends an item too: 文件19件和合同43份 lists two)
_ITEM_CUT = re_cache.compile(r"[、,，;；:：(（]|其中|[\d０-９][件份]?")
_OWN_NUMBER = re_cache.compile(r"[\d０-９][\d０-９.,．]*[^\d０-９]*$")
_CLAUSE_CUT = re_cache.compile(r"[,，;；:：]")


def _kinds_before(text: str, start: int, end: int, cut: re.Pattern[str]) -> frozenset[str]:
    """The kinds of paper (questions.toml paper_kind) named between the last `cut` and `end`."""
    lead = _OWN_NUMBER.sub("", text[start:end])  # (the count's own number is no cut)
    at = max((m.end() for m in cut.finditer(lead)), default=0)
    return frozenset(lexicon().grammar.paper_kind.findall(lead[at:]))


#: how far (characters) from the answered count the item of the kind asked may stand: its own list
_ITEM_REACH = 30


def _total_item(text: str, s_start: int, fig: Figure) -> bool:
    """The figure's own list item opens with a total's word (共计187件, 合计62件)."""
    lead = _OWN_NUMBER.sub("", text[s_start:fig.span[1]])
    at = max((m.end() for m in _ITEM_CUT.finditer(lead)), default=0)
    return lexicon().grammar.total_cue.match(lead[at:].lstrip()) is not None


def the_kind_named(answer: Answer, question: str, index: ReportIndex, figures: list[Figure]) -> Figure | None:
    """"审核了多少份合同" answered by the total "审核文件72件、合同115份,共计187件", or by a total
    of several kinds ("审查合同、协议和文件共64件,其中合同协议47份"): the one count of its sentence
    whose own list item names just the kinds of paper the question names (115, 47). None when the
    answer's own clause names those kinds already, or no single item names them."""
    asked = frozenset(lexicon().grammar.paper_kind.findall(question))
    fig = figure_of(answer, figures)
    if not asked or fig is None or fig.kind not in ("stated", "derived") or fig.unit == "%":
        return None
    s = sentence_of(index, fig.span[0])
    if s is None:
        return None
    text = index.text
    own = _kinds_before(text, s.span[0], fig.span[1], _ITEM_CUT)
    if own and own < asked:
        # "审核了多少件文件和合同" answered by one kind's item (合同43份): the sentence's total of the
        # kinds (合计62件, or the sum we derived of the items) is what was asked
        totals = [f for f in figures if f is not fig and f.kind in ("stated", "derived") and f.key is not None
                  and s.span[0] <= f.span[0] < s.span[1] and f.unit != "%" and f.value > fig.value
                  and ((f.formula is not None and f.span[0] <= fig.span[0] and fig.span[1] <= f.span[1])
                       or (f.kind == "stated" and f.span[0] > fig.span[0] and _total_item(text, s.span[0], f)))]
        return totals[0] if len(totals) == 1 else None
    if not own and fig.formula is None and not _total_item(text, s.span[0], fig):
        return None  # a count that is no total nor any kind's (备案审查…1,204件,纠正23件: an outcome)
    said = _kinds_before(text, s.span[0], fig.span[1], _CLAUSE_CUT)
    if said and all(any(k.endswith(w) for w in said) for k in asked) and all(
            any(k.endswith(w) for k in asked) for w in said):
        return None  # its own clause names just the kinds asked (文件 may say 规范性文件)
    items = [f for f in figures if f is not fig and f.kind == "stated" and f.key in (None, fig.key)
             and s.span[0] <= f.span[0] < s.span[1] and f.unit in ("件", "份", fig.unit)
             and max(f.span[0] - fig.span[1], fig.span[0] - f.span[1]) <= _ITEM_REACH
             and _kinds_before(text, s.span[0], f.span[1], _ITEM_CUT) == asked]
    return items[0] if len(items) == 1 else None


def indicator_units(key: str | None) -> frozenset[str] | None:
    ind = lexicon().indicator(key)
    return ind.units if ind is not None else None


#: a count asked in tens of thousands ("巡查河道多少万公里"): the measure after 万
_ASKED_IN_WAN = re_cache.compile(r"(?:多少|几)万(?P<unit>[\u4e00-\u9fff]{1,3})")


def in_the_scale_asked(answer: Answer, question: str) -> Answer:
    """"多少万公里" is answered 1553万公里, not 15530000公里 (amounts keep their own 万元/亿元)."""
    m = _ASKED_IN_WAN.search(question)
    unit = answer.unit or ""
    if (m is None or answer.answer_type != "number" or not isinstance(answer.value, (int, float)) or not unit
            or unit.startswith(("万", "亿")) or unit.endswith("元") or not m.group("unit").startswith(unit)):
        return answer
    value = round(answer.value / 10000, 4)
    value = int(value) if value == int(value) else value
    return answer.model_copy(update={"value": value, "unit": f"万{unit}", "text": f"{value}万{unit}。{answer.text}"})


def as_worded(answer: Answer, question: str, fig: Figure | None) -> Answer:
    """A change asked as 下降了多少 / 增长了多少 is answered by its size, with its direction; a
    count asked in 万 in that scale."""
    answer = in_the_scale_asked(answer, question)
    if answer.answer_type != "number" or answer.kind != "change" or not isinstance(answer.value, (int, float)):
        return answer
    direction = fig.direction if fig is not None and fig.direction else ("down" if answer.value < 0 else "up")
    g = lexicon().grammar
    asks_down, asks_up = bool(g.asks_down.search(question)), bool(g.asks_up.search(question))
    update: dict = {"direction": direction}
    if (asks_down and direction == "down") or (asks_up and direction == "up"):
        word = "下降" if direction == "down" else "增长"
        update.update(value=abs(answer.value), text=f"{word}{abs(answer.value)}{answer.unit or ''}。{answer.text}")
    elif asks_down or asks_up:
        said = "上升" if direction == "up" else "下降"
        update["text"] = f"报告说的是{said}{abs(answer.value)}{answer.unit or ''}(不是{'下降' if asks_down else '增长'})。{answer.text}"
    return answer.model_copy(update=update)


# --------------------------------------------------------------------------- the claim check

def subject_of(question: str, *keys: str | None, issuer: str | None = None, said: str | None = None,
               text: str = "") -> Question:
    """What a number answer must be about: the question's content words once its question,
    measure, kind and year words are out, and the words the figure's own reading vouches for:
    when the figure is keyed to an indicator, the words that named it and its domain's words
    (the figures stage keyed the number off its cue, in that domain: 均胜诉 is a loss rate of
    0 in a lawsuit sentence), and the words naming the reporting body itself."""
    from fgqa.answers.evidence import without_the_issuer

    question = indicator_words_removed(question, None)
    for key in dict.fromkeys(k for k in keys if k):
        question = indicator_words_removed(question, key, said, text)
        question = _without_domain(question, key.split(".")[0], key)
    # the genre's own prefix of a word taken out ("行政" of 行政复议) says nothing more
    question = _prefix_before_cut().sub("|", question)
    # (a year named, 2025年的目标, is the figure's period: its kind and the report's year answer
    # it; 全县 names the whole, which the report's own sentences seldom repeat)
    g = lexicon().grammar
    # (…and 全市行政机关 is the whole too: the area's agencies, which a table row need not name; only
    # the report's own area's, not 全县行政机关 in a town's report)
    own = _own_area(issuer)
    question = g.whole_subject.sub(lambda m: "|" if own and m.group("area") == own else m.group(), question)
    question = g.whole_area.sub("|", g.year_named.sub("|", without_the_issuer(question, issuer)))
    # (明年计划开展: the goal's kind answers it; 一共/合计: a total's)
    question = g.total_word.sub("|", g.asks_target.sub("|", question))
    return Question.parse(question)


#: the level word of a government's area (…县菡塘镇人民政府 → 镇) and of a department's (莼湖县市场监督管理局 → 县)
_GOVERNMENT_AREA = re_cache.compile(r"([省市区县镇乡州旗盟])(?:人民政府|政府)$")
_FIRST_AREA = re_cache.compile(r"[省市区县镇乡州旗盟]")


def _own_area(issuer: str | None) -> str | None:
    if not issuer:
        return None
    government = _GOVERNMENT_AREA.search(issuer)
    if government is not None:
        return government.group(1)
    first = _FIRST_AREA.search(issuer)
    return first.group() if first is not None else None


def _without_domain(question: str, domain: str, key: str | None = None) -> str:
    """The question without the words that put a sentence in `domain` (复议, 行政诉讼 …), but
    for those that name another indicator of the domain than `key`: a lawsuit count vouches
    for 行政诉讼, not for the 败诉 of "行政诉讼败诉了多少件" (the losses are a figure of their own)."""
    if domain not in lexicon().domains.names:
        return question
    own = lexicon().indicator(key)
    others = [ind.label for ind in lexicon().indicators.values() if own is not None and ind.key != key
              and ind.key.split(".")[0] == domain]

    def names_another(m: re.Match[str]) -> bool:
        # (a domain word in another indicator's name and not in the figure's own: 败诉, 出庭)
        return own is not None and m.group() not in own.label and any(m.group() in label for label in others)

    return lexicon().domains.pattern.sub(
        lambda m: "|" if m.lastgroup == domain and not names_another(m) else m.group(), question)


def carrier(fig: Figure, index: ReportIndex) -> str:
    """The words a number's claim rests on: its own clause, what that clause leans on before
    it in its sentence (a chain of clauses shares its topic: "收到申请142件,受理131件" — the
    受理 clause is about the 申请, the 收到 clause is not about 受理) and the clauses after it
    that hold no number of their own (召开会议15次,研究法治建设…: what the meetings did); a
    table cell's row and its column's header; a derived figure's whole quote (its inputs)."""
    from fgqa.answers.evidence import clause_span
    from fgqa.answers.scopes import column_header

    text = index.text
    start, end = fig.span
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end != -1 else len(text)]
    if _CELL in line:  # a table cell: its row up to the number and its column's header
        said = text[line_start:end] + _CELL + (column_header(fig, text) or "")
        if lexicon().tables.part_row.match(line) and line_start > 0:
            # (其中：食品安全领域 | 412: a part of the row above, whose label says what it counts)
            above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
            said += _CELL + above.split(_CELL)[0]
        return said
    lead = max(text.rfind(ch, 0, start) for ch in _STATEMENT_END) + 1
    if fig.kind == "derived" and fig.formula:
        return text[lead:end]
    # the statement's opening clause (its topic) and the part of it the number's own ；-item
    # holds; an earlier ；-item is a sibling with a subject of its own (…1-10月平均…为73.55%;
    # 低于全国平均出庭应诉率(41.8%) is no 1-10月 figure)
    topic = text[lead:clause_span(text, lead, lead)[1]]
    shared = ""
    item = max(lead, max(text.rfind(ch, 0, start) for ch in "；;") + 1)
    _, stop = clause_span(text, start, end)
    sentence_stop = min([i for i in (text.find(ch, stop) for ch in SENTENCE_END) if i != -1] + [len(text)])
    later = _next_number(text, end, stop)
    g = lexicon().grammar
    # (an opening bracket breaks too: "审结…976件(全年新收1,052件…)" — what the bracket opens is the later number's)
    brk = max([end] + [text.rfind(ch, end, later) + 1 for ch in "、，,；;(（"]) if later is not None else end
    if later is not None and (g.said_result.search(text, max(end, later - 2), later)
                              or (brk > end and not text[brk:later].strip())):
        later = None  # a change's result (由147项精简为96项), counts sharing what follows (16个…、108个…全部建立)
    if later is not None:
        # what follows another number of its clause is that number's ("区长出庭应诉1次、副区长出庭应诉
        # 6次", "134个司法所中有22个只有1名工作人员"): the claim ends before that number's item
        # (no break before it: up to the join, 8家单位的职能方案和11家…, or to the number itself)
        joins = list(g.list_join.finditer(text, end, later))
        before_noun = counts_what_follows(fig, text)
        if brk > end:
            stop = brk - 1
        elif before_noun and joins and not text[joins[-1].end():later].strip():
            # a sibling count of the same predicate ("对29个重点单位和11个乡镇(街道)…开展巡察"): the claim
            # skips the sibling's own noun and reads on in the predicate they share, up to its next number
            stop = joins[-1].start()
            tail = g.shared_predicate.search(text, later, clause_span(text, later, later)[1])
            if tail is not None:
                tail_stop = _next_number(text, tail.start(), clause_span(text, later, later)[1])
                shared = text[tail.start():tail_stop if tail_stop is not None else clause_span(text, later, later)[1]]
        elif before_noun and joins:
            # the join is inside what the count's predicate names ("76家单位开展述职评议和述法测评各1次"):
            # the later number counts that predicate, the claim reads up to it
            stop = later
        else:
            stop = joins[-1].start() if joins else later
    while later is None and stop < sentence_stop:
        nxt = clause_span(text, stop + 1, stop + 1)[1]
        if _NUMBER.search(text, stop + 1, nxt):
            break
        if _RESPECTIVELY.match(text, nxt + 1):
            break  # "邓家坪村、河口村纠纷较多,分别为15件、12件": the places are the numbers' after it
        stop = nxt
    # (and what its sentence leans on for its subject: the section's heading, the paragraph's opening)
    sentence = sentence_of(index, start)
    cut = _said_of_another(text, fig, max(item, clause_span(text, end - 1, end)[0]))
    said = text[item:cut[0]] + "|" + text[cut[1]:stop] if cut else text[item:stop]
    if shared:
        said += "|" + shared
    own = said if item == lead else topic + "|" + said
    # (a sentence opening with 该/此/上述 points back at the one before it: "成立…委员会。该委员会…6次")
    before = ""
    if sentence is not None and _ANAPHORA.match(sentence.text):
        i = index.position(sentence.span[0])
        if i > 0 and "\n" not in text[index.sentences[i - 1].span[1]:sentence.span[0]]:
            before = index.sentences[i - 1].text + "。"
    return (index.context_of(sentence) if sentence is not None else "") + before + own


#: the numbers after it go, in order, with what the clause before names (fgqa.answers.respective)
_RESPECTIVELY = re_cache.compile(r"\s*(?:分别|依次|各自|各为)")


def _next_number(text: str, start: int, stop: int) -> int | None:
    """Where the first count (not a year or a date) in text[start:stop] begins, None when none."""
    from fgqa.figures.numbers import find_quantities

    found = find_quantities(text[start:stop]) if _NUMBER.search(text, start, stop) else []
    return start + found[0].start if found else None


def _said_of_another(text: str, fig: Figure, clause_start: int) -> tuple[int, int] | None:
    """Where the number's clause speaks of an earlier number of its own ("印发了15家单位的三定
    规定和23家单位的…": 单位的三定规定 is what the 15 counts, not the 23): from that number to the
    last join (和/及/、) before this one; None when no number comes before it in its clause."""
    from fgqa.figures.numbers import find_quantities

    numbers = find_quantities(fig.quote)
    at = fig.span[0] + (numbers[-1].start if numbers else 0)
    before = find_quantities(text[clause_start:at])  # (counts only: a year or a date counts nothing)
    if not before:
        return None
    joins = list(lexicon().grammar.list_join.finditer(text, clause_start + before[-1].end, at))
    return (clause_start + before[0].start, joins[-1].end()) if joins else None


#: where a clause of a number's lead ends (the thousands separator of 1,024 is none)
_LEAD_CLAUSE = re_cache.compile(r"[，：:|]|,(?!\d{3})")
_CJK_RUN = re_cache.compile(r"[^\u4e00-\u9fff]+")
#: a name in quotes or title marks holds its own 、 (“双随机、一公开”)
_QUOTED = re_cache.compile(r"“[^”]{0,30}”|《[^》]{0,40}》|\"[^\"]{0,30}\"")


def counts_more_than_named(question: str, fig: Figure, text: str, key: str | None = None) -> bool:
    """The number counts a coordination ("审核规范性文件、重大合同和涉法事项共计412件", "省长、副省长
    出庭应诉3次") of which the question names one member and not the others ("审核的合同有多少份",
    "省长本人出庭应诉了几次"): it is their sum, more than was asked. The coordination is the last one
    in the number's lead (its statement up to the number, after any number before it, names in
    quotes left whole: “双随机、一公开”); a member is named when its head (the last two characters of
    an earlier member, the first two of the last one) is in the question, an umbrella
    noun (文件, 事项) only with the character before it. The whole the members make up answers for
    them all: the noun after 等 (劳动争议、邻里纠纷等各类纠纷), a last member of 其他 (…、重大合同及其他
    涉法事项), the number a 分别/均/各为 gives each of them (参考率、合格率均达100%), the asked indicator's
    own name (调解、和解 of 调解和解率), a question that coordinates itself (文件和合同)."""
    from fgqa.answers.respective import respective_part
    from fgqa.figures.numbers import find_quantities

    g = lexicon().grammar
    if g.member_join.search(question) or fig.unit in _RATE_UNITS:
        # "审查了多少件文件和合同" asks a sum itself; a rate's coordination is its definition
        # ("以调解、和解方式结案的占比"), a sum of rates is none
        return False
    question = g.genre_name.sub("", question)
    if counts_what_follows(fig, text):
        return False  # "对9个乡镇、26个县直执法部门开展…": what it counts comes after it
    numbers = find_quantities(fig.quote)
    at = fig.span[0] + (numbers[-1].start if numbers else 0)
    start = max(text.rfind(ch, 0, at) for ch in _STATEMENT_END + "；;") + 1
    before = find_quantities(text[start:at])
    if before:
        start += before[-1].end
    lead = _QUOTED.sub("“”", text[start:at])
    clauses = _LEAD_CLAUSE.split(lead)
    ind = lexicon().indicator(key)
    own_name = (ind.label + ind.name) if ind is not None else ""
    for k in range(len(clauses) - 1, -1, -1):
        raw = g.member_join.split(clauses[k])
        if len(raw) < 2:
            continue
        if any(g.role_frame.search(p.strip()) for p in raw[:-1]):
            return False  # "以本局为被申请人、向省政府申请的…": whose cases, not which things
        pieces = [_CJK_RUN.sub("", p) for p in raw]
        # (the last member is what opens its piece: what follows is the verb and the noun all share)
        last, _, whole = pieces[-1].partition("等")
        members = [p[-3:] for p in pieces[:-1]] + [g.member_lead.sub("", last)[:3]]
        named = [_names_member(question, m[-2:] if i < len(members) - 1 else m[:2], m, own_name)
                 for i, m in enumerate(members) if len(m) >= 2]
        if len(named) < 2 or sum(named) != 1 or respective_part(text, fig) is not None:
            return False
        if g.member_lead.match(last) and named[-1]:
            return False  # "审核了多少件涉法事项": the 其他涉法事项 the others are among
        # the whole the examples before 等 are of is asked ("受理各类纠纷多少件"), unless the question
        # names the member by more than the noun they share ("邻里纠纷有多少件")
        member = next(m for m, n in zip((m for m in members if len(m) >= 2), named) if n)
        if whole and any(whole[i:i + 2] in question for i in range(len(whole) - 1)) and member[-3:] not in question:
            return False
        after = "".join(clauses[k + 1:])
        if after and member[-2:] in after:
            return False  # "…规章和规范性文件集中清理,共清理规范性文件1,046件": its own clause names it
        return g.each_of_them.search("".join(clauses[k:])) is None
    return False


def counts_what_follows(fig: Figure, text: str) -> bool:
    """The number is written before what it counts: its counter is followed by a noun or a verb
    ("29个重点单位", "16次主持…", "5000余名教职工进行…"), not by a break or by what closes a count
    written after its noun ("受理案件23件,", "出庭应诉3次、", "…100件以上"; questions.toml count_before_noun)."""
    from fgqa.figures.numbers import find_quantities

    numbers = find_quantities(fig.quote)
    end = fig.span[0] + (numbers[-1].end if numbers else len(fig.quote))
    return lexicon().grammar.count_before_noun.match(text, end) is not None


def _lead_of(fig: Figure, text: str) -> str:
    """The number's clause up to the number."""
    from fgqa.answers.evidence import clause_span
    from fgqa.figures.numbers import find_quantities

    numbers = find_quantities(fig.quote)
    at = fig.span[0] + (numbers[-1].start if numbers else 0)
    return text[clause_span(text, at, at)[0]:at]


def names_none_of_the_part(question: str, fig: Figure, text: str) -> bool:
    """The number is a part written after its total's 其中 ("承办援助事项6,215件,其中刑事案件1,840件",
    "已审结10件,其中维持8件") and the question names nothing of the part's own words (刑事, 维持;
    the noun it shares with the total, 案件, says nothing): it asks the total, or another thing."""
    from fgqa.figures.numbers import find_quantities

    if fig.unit in _RATE_UNITS:
        return False
    numbers = find_quantities(fig.quote)
    at = fig.span[0] + (numbers[-1].start if numbers else 0)
    start = max(text.rfind(ch, 0, at) for ch in _STATEMENT_END + "；;") + 1
    g = lexicon().grammar
    cues = list(g.part_cue.finditer(text, start, at))
    if not cues or not find_quantities(text[start:cues[-1].start()]):
        return False
    item_start = max([cues[-1].end()] + [text.rfind(ch, 0, at) + 1 for ch in "、，,；;"])
    item = _CJK_RUN.sub("", text[item_start:at])
    item = g.umbrella_noun.sub("", item) if len(item) > 2 else item
    return len(item) >= 2 and not any(item[i:i + 2] in question for i in range(len(item) - 1))


def _names_member(question: str, head: str, member: str, own_name: str) -> bool:
    """The question names a coordination's member by its head, or by a word whose forms the head
    is (合同 → 协议); an umbrella noun (文件, 事项) names it only with the character before it
    ("规范性文件", not "多少件文件"). A head of the asked indicator's own name is no other member."""
    from fgqa.answers.evidence import synonyms

    if lexicon().grammar.umbrella_noun.fullmatch(head):
        return len(member) >= 3 and member[-3:] in question
    if head in own_name:
        return True
    return head in question or any(head in forms for word, forms in synonyms().items() if word in question)


def claim_holds(answer: Answer, question: str, index: ReportIndex, figures: list[Figure],
                issuer: str | None = None) -> bool:
    """A number answer is a claim about its quote: the quote's clause (fgqa.answers.claims.carrier)
    carries the question's subject (subject_of: its words, their lexicon synonyms, or the
    figure's own indicator), and its unit is one the question's measure word admits."""
    if answer.answer_type != "number" or not answer.citations:
        return True
    wanted = units_for(Question.parse(question).measure)
    if lexicon().grammar.percent.search(question) is not None:
        wanted = _RATE_UNITS
    if wanted is not None and answer.unit not in wanted and not (
            answer.kind == "change" and answer.unit in _RATE_UNITS and not _change_counted(question, wanted)):
        return False
    fig = figure_of(answer, figures)
    if fig is None:  # a "none" said in words: its sentence is the claim
        a, b = answer.citations[0].span
        fig = Figure(label="", value=0, unit="", quote=index.text[a:b], span=(a, b))
    if names_another_part(question, index.text, fig):
        return False  # "乙区受理了多少件" against the first number of "甲区、乙区分别受理…"
    some = lexicon().grammar.some_of.search(_lead_of(fig, index.text))
    if some is not None and some.group() not in question:
        return False  # "全市…多少名工作人员" against "个别县区…仅有2名": an unnamed few's figure
    asked = _asked_key(question, id(lexicon()))
    # (a part keyed to the asked indicator is named by its cue: 被撤销或确认违法3件 for 纠错)
    if fig.kind == "stated" and not (asked and fig.key == asked) and names_none_of_the_part(question, fig, index.text):
        return False  # "法律援助案件有多少件" against the "其中刑事案件1,840件" after the total
    if counts_more_than_named(question, fig, index.text, asked):
        return False  # "审核的合同有多少份" against "审核规范性文件、重大合同和涉法事项共计412件"
    if answer.kind == "change" and changes_another_subject(question, answer.citations[0].span, index.text):
        return False  # "罚没款比上年增长了多少" against "…罚没款476万元,案件数比上年增长18%"
    said = carrier(fig, index)
    # a verbal zero (均胜诉) or a figure we derived speaks for its whole indicator; a table
    # cell for its row's; another figure only for the indicator's words its quote says
    whole = fig.kind == "zero_claim" or (fig.kind == "derived" and bool(fig.formula)) or _CELL in said
    vouching = _vouching(question, answer.key, fig.key)
    if answer.unit in _RATE_UNITS:  # (…的比例是多少: the % says the share, 占…的22.9%)
        question = lexicon().grammar.rate_noun.sub("|", question)
    if answer.kind == "target":  # (要控制在…以内, 计划: the goal's kind and qualifier answer them)
        question = lexicon().grammar.goal_asked.sub("|", question)
    subject = subject_of(question, *vouching, issuer=issuer, said=None if whole else said, text=index.text)
    # a word the report never uses (旁听庭审 in a report without it): nothing in it is about that
    if unknown_words(subject, index, optional=frozenset(c for c in subject.chunks if is_verb(c))):
        return False
    # (a counter that names what it counts says that noun: 受理复议3例 counts 案件; so do the unit
    # family and the domain of the indicator the figure is keyed to and vouched by: 审结553件 counts
    # cases, a reconsideration rate is one of cases)
    ind = lexicon().indicator(fig.key) if fig.key in vouching else None
    counted = said_by_unit(answer.unit or fig.unit) + (
        said_by_unit(ind.unit_family) + said_by_unit(ind.key.split(".")[0]) if ind is not None else "")
    return not uncarried(subject, said + counted, index)


def _change_counted(question: str, wanted: frozenset[str]) -> bool:
    """"复议申请比上年多了几件" asks the change itself in a count (增加…件): a relative change
    (上升14.2%) does not answer it, as it may answer "收到多少件，同比增长多少" (the count's measure)."""
    if wanted & _RATE_UNITS:
        return False
    g = lexicon().grammar
    measure = Question.parse(question).measure
    return any(re.match(rf"了?(?:多少|几){re.escape(measure)}", question[m.end():]) is not None
               for p in (g.asks_up, g.asks_down) for m in p.finditer(question))


def changes_another_subject(question: str, span: tuple[int, int], text: str) -> bool:
    """A change whose own clause names what changed ("案件数比上年增长18%") of which the question
    names nothing: the change is that thing's, whatever the clauses before it say (罚没款476万元
    shares the sentence, not the change). A clause with no subject of its own (同比增长18%,
    数量比上年增加) is its sentence's topic's change."""
    from fgqa.answers.evidence import clause_span

    g = lexicon().grammar
    start, _ = clause_span(text, span[0], span[0])
    trend = g.trend.search(text, start, span[1])
    if trend is None:
        return False
    named = g.change_generic.sub("|", text[start:trend.start()])
    runs = [r for r in _CJK_RUN.split(named.replace("|", " ")) if len(r) >= 2]
    bigrams = {r[i:i + 2] for r in runs for i in range(len(r) - 1)}
    return bool(bigrams) and not any(b in question for b in bigrams)


def _vouching(question: str, *keys: str | None) -> list[str]:
    """The keys whose words the figure vouches for: its own (or the answer's) when the question
    names that indicator (or the one it stands in for, questions.toml [[stands_in]]), or names
    none; a figure keyed to another indicator than the one asked vouches for nothing of it."""
    asked = _asked_key(question, id(lexicon()))
    if asked is None:
        return [k for k in keys if k]
    stand_in = lexicon().question_stands_in.get(asked)
    allowed = {asked, stand_in.by if stand_in is not None else asked}
    return [k for k in keys if k in allowed]


@lru_cache(maxsize=256)
def _asked_key(question: str, _lexicon: int) -> str | None:
    """The indicator the question names (routing reads the question alone; the check asks it
    once per candidate figure). `_lexicon` keys the cache to the lexicon in use."""
    from fgqa.answers.router import route

    return route(question).key


def uncarried(subject: Question, said: str, index: ReportIndex) -> list[str]:
    """The words of the subject (runs of two characters or more) that `said` does not hold,
    itself or as a lexicon synonym, among those the report uses somewhere: what the claim
    would assert without its quote saying it (办结 of "办结了多少件投诉举报" against "受理投诉
    举报4.2万件"). A word the report never uses is not the quote's to carry."""
    from fgqa.answers.evidence import synonym_units, unmarked_runs

    missing = []
    for chunk in subject.chunks:
        if len(chunk) < 2:
            continue
        held = [False] * len(chunk)
        for a, b, forms in synonym_units(chunk):
            if any(f in said for f in forms):
                held[a:b] = [True] * (b - a)
        for i in range(len(chunk) - 1):
            if chunk[i:i + 2] in said:
                held[i] = held[i + 1] = True
        missing += [run for run in unmarked_runs(chunk, held)
                    if any(run[i:i + 2] in index.vocabulary for i in range(len(run) - 1))]
        deputy = lexicon().grammar.deputy_prefix.search(chunk)
        if deputy is not None and chunk[deputy.start():deputy.end() + 2] not in said:
            # "副区长出庭应诉了几次" against "区长出庭应诉1次": the one character makes another person
            missing.append(chunk[deputy.start():deputy.end() + 2])
    return missing



# --------------------------------------------------------------------------- the closer owner

#: where a number's own item begins: the last break before it (a list's 、 too)
_ITEM_BREAK = re_cache.compile(r"[，,；;：:、。！？!?\n(（]")
#: how much more of the question another number's own item must hold to own the claim instead
_CLOSER_BY = 0.25


def own_item(fig: Figure, text: str) -> str:
    """The words a number is written with: from the last break before it to the number, and
    the noun its counter is followed by up to the next break ("仅有2名工作人员")."""
    from fgqa.figures.numbers import find_quantities

    numbers = find_quantities(fig.quote)
    at = fig.span[0] + (numbers[-1].start if numbers else 0)
    end = fig.span[0] + (numbers[-1].end if numbers else len(fig.quote))
    starts = [m.end() for m in _ITEM_BREAK.finditer(text, max(0, at - 60), at)]
    start = starts[-1] if starts else max(0, at - 60)
    stop = _ITEM_BREAK.search(text, end, end + 12)
    return text[start:end] + text[end:stop.start() if stop else end]


def closer_owner(question: str, fig: Figure | None, index: ReportIndex, figures: list[Figure],
                 accept) -> Figure | None:
    """Another number of the answer's sentence whose own words hold clearly more of the
    question than the answer's own: the claim is that number's. "行政复议调解和解率是多少"
    against "调解和解率由上年的19.3%提升至26.5%,行政复议后起诉率为14.2%": 14.2 leans on the
    sentence for 调解和解, while 26.5 is written with it. `accept` is the claim check."""
    from fgqa.answers.lookup import without_kind_words
    from fgqa.answers.scopes import qualifiers_named, scopes_named

    if fig is None or fig.kind not in _YEARS or fig.unit not in _RATE_UNITS:
        return None  # (a rate whose own words name another rate; counts share their nouns too often)
    if scopes_named(question) or qualifiers_named(question):
        return None  # whose figure is the scopes' to decide (fgqa.answers.scopes), not the words'
    asked = _asked_key(question, id(lexicon()))
    sentence = sentence_of(index, fig.span[0])
    if sentence is None:
        return None
    q = Question.parse(without_kind_words(question))
    if not substantive(q):
        return None
    text = index.text
    mine = _coverage(q, own_item(fig, text), index)
    best: tuple[float, Figure] | None = None
    for other in figures:
        if other.span == fig.span or other.unit != fig.unit or other.kind == "derived":
            continue
        # (a number keyed to another indicator than the one asked counts that one; the asked
        # indicator's own figure gives way only to another of the same)
        if (asked is not None and other.key not in (None, asked)) or (fig.key is not None and fig.key == asked and other.key != asked):
            continue
        if not (sentence.span[0] <= other.span[0] and other.span[1] <= sentence.span[1]):
            continue
        if other.kind not in _YEARS:
            continue
        share = _coverage(q, own_item(other, text), index)
        if share >= mine + _CLOSER_BY and (best is None or share > best[0]) and accept(other):
            best = (share, other)
    return best[1] if best else None


_YEARS = frozenset({"stated", "zero_claim"})


def _coverage(q: Question, words: str, index: ReportIndex) -> float:
    from fgqa.answers.evidence import coverage

    return coverage(q, words, index)
