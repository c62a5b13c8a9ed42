"""Questions the taxonomy has no key for ("开展了几轮法治巡察", "谁担任领导小组组长", "何时成立").

BM25 over the report's sentences picks the candidates; the answer is the figure, person or
date *in* the best sentence whose words cover the question (fgqa.answers.evidence), with that
sentence cited. A question whose words the report never uses, or that no sentence covers,
gets "cannot answer" with the most related sentences as points — never a nearby number.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from fgqa import re_cache
from fgqa.answers.duty_holder import duty_holder
from fgqa.answers.evidence import (
    Question,
    ReportIndex,
    Sentence,
    clause_around,
    coverage,
    is_verb,
    sentence_of,
    substantive,
    synonyms,
    units_for,
    unknown_words,
    unmarked_runs,
    without_kind_words,
)
from fgqa.engines.summaries import clip as clip_sentence
from fgqa.figures.whose import is_total_of_parts
from fgqa.lexicon import lexicon
from fgqa.models import YEAR_KINDS, Answer, Citation, Figure, Summary

#: a sentence covers a question when it holds this share of its weighted bigrams
COVERS = 0.8
#: a total's own words hold less than this share of what the question asks beyond it: look at its parts
_RESIDUAL_WEAK = 0.5
#: the question's own words must stand this close to a number (nearness) to name it
_NEXT_TO = 0.8
#: a sentence holding this share of the question itself may lean on its heading for the rest
_LEANS = 0.5
#: how many BM25 candidates are read closely
CANDIDATES = 12
_CLIP = 90

_TITLE = re_cache.compile(r"《[^》]{2,40}》")
_DATE = re_cache.compile(
    r"(?:(?:20\d\d|二[〇○零]二[〇○零一二三四五六七八九])年)?(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日)?(?:起|以来|前|底|初|中旬|下旬|上旬)?"
    r"|(?:20\d\d|二[〇○零]二[〇○零一二三四五六七八九])年(?:初|底|末|上半年|下半年|以来|起)?"
    r"|年初|年中|年底|年末|上半年|下半年"
)
#: "由X担任组长", "X任组长", "邀请X担任": the person or title before 担任/任/为
#: (the title may follow its body's long name, "兼任县行政执法协调监督领导小组组长"; never a deputy's, 副组长)
_PERSON = re_cache.compile(r"(?:由|邀请|聘请|请|安排)?([^,，。;；:：]{1,18}?)(?:担任|兼任|出任|(?<![担兼出])任|为|是)(?=[^,，。;；]{0,16}?{deputy}{anchor})")
#: a name right before its title at a sentence's or clause's opening ("柯映秋县长坚持…"): two or three
#: characters none of which a title, a place or a function word is written with (nor a connective: 其中县长出庭2次)
_NAME_BEFORE = r"(?:^|(?<=[,，。;；:：、\s]))(?!其中|其余|同时|此外|另外|分别|以及)([^\W\d_副常务省市县区镇乡街局厅委党政府的和与及在是为了各全本我该部门组长主任书记同志]{2,3})"
_LEAD_VERBS = re_cache.compile(r"^(?:由|邀请|聘请|请|安排|明确|并|同时|还)+")


def question_kind(question: str) -> str | None:
    """who / when / where / ordinal for a question asking for one, else None ("what" is
    asked by the caller when nothing else answers)."""
    g = lexicon().grammar
    if g.ordinal.search(question):
        return "ordinal"
    which = g.which.search(question)
    # ("哪个月出庭的" asks when, not which one)
    if which is not None and not g.who.search(question.replace(which.group(), "|")) and not g.when.match(which.group()):
        return "which"  # ("由哪个办公室牵头" asks for an office, not a person)
    if g.who.search(question):
        return "who"
    if g.when.search(question) and not g.period_words.search(question):
        return "when"
    if g.where.search(question):
        return "where"
    return None


def asks_what(question: str) -> bool:
    """"编写出版了什么辅助读物": a thing the covering sentence names (a 《title》 first)."""
    return lexicon().grammar.what.search(question) is not None


@dataclass
class Found:
    sentence: Sentence
    share: float


def covering_sentences(question: str, summary: Summary, text: str, index: ReportIndex, *,
                       lean: bool = False) -> list[Found]:
    """Sentences that cover the question, best first (BM25 candidates, then coverage). With
    `lean`, a sentence that holds most of the question itself may lean on its section's
    heading and its paragraph's opening for the rest ("柯映秋同志…于2025年12月…作了述法" under
    "二、县长履行…职责情况" covers "县长何时述法"), ranked after those that cover it alone."""
    from fgqa.answers.retrieval import rank_sentences

    q = Question.parse(question)
    titles = lexicon().grammar.person_title
    bare = [c for c in q.chunks if not titles.fullmatch(c)]
    untitled = Question(raw=q.raw, chunks=bare, measure=q.measure) if bare and len(bare) < len(q.chunks) else None
    ranked = rank_sentences(question, [s.text for s in index.sentences])
    found = []
    for i, _ in ranked[:CANDIDATES]:
        s = index.sentences[i]
        share = coverage(q, s.text, index)
        if share >= COVERS:
            found.append(Found(s, share))
        elif lean and (share >= _LEANS or (untitled is not None and coverage(untitled, s.text, index) >= COVERS)) \
                and coverage(q, index.context_of(s) + s.text, index) >= COVERS:
            # (…or it holds all of it but the title its heading names: "三是2024年8月带头出庭应诉1次"
            # under "二、党工委书记、管委会主任履行…职责情况" for "主任是哪个月出庭的")
            found.append(Found(s, share))
    found.sort(key=lambda f: (-round(f.share, 2), f.sentence.span[0]))
    return found


def related_points(question: str, index: ReportIndex, k: int = 3) -> list[Sentence]:
    from fgqa.answers.retrieval import rank_sentences

    ranked = rank_sentences(question, [s.text for s in index.sentences])
    return [index.sentences[i] for i, _ in ranked[:k]]


def clip(s: str, limit: int = _CLIP) -> str:
    """Shortened at a clause boundary with "…" when too long, never mid-word."""
    return clip_sentence(s, limit)


def not_in_report(question: str, summary: Summary, index: ReportIndex, reason: str = "") -> Answer:
    """cannot_answer with the sentences most related to the question as points."""
    related = related_points(question, index)
    text = "无法从这份报告回答这个问题" + (f"({reason})" if reason else "") + "。"
    if related:
        text += "最相关的句子: " + " / ".join(clip(s.text, 60) for s in related)
    return Answer(doc=summary.doc.path, answer_type="cannot_answer", text=text, points=[clip(s.text) for s in related],
                  citations=[Citation(quote=s.text, span=s.span) for s in related])


def unknown_reason(question: str, index: ReportIndex) -> str:
    missing = unknown_words(Question.parse(question), index)
    return f"报告没有提到“{'、'.join(missing)}”" if missing else ""


# --------------------------------------------------------------------------- numbers


_NONE_DONE = re_cache.compile(r"(?:未|没有|不再|尚未|均未|并未|从未)(?P<verb>[\u4e00-\u9fff]{2,4})")


def lookup_none(question: str, summary: Summary, index: ReportIndex) -> Answer | None:
    """"制定出台了多少件规范性文件" against "未制定出台规范性文件": none, said in words (0)."""
    q = Question.parse(without_kind_words(question))
    if not q.measure or unknown_words(q, index) or not substantive(q):
        return None
    for f in covering_sentences(question, summary, index.text, index):
        said_after = lexicon().grammar.none_after.search(f.sentence.text)
        for m in [*_NONE_DONE.finditer(f.sentence.text), *([said_after] if said_after else [])]:
            if m is not said_after and _counted_before(f.sentence.text, m.start()):
                continue  # "仍有3个社区未配备…" counts those not doing it: not none
            if m is said_after or any(m.group("verb")[:2] in c for c in q.chunks):
                s = f.sentence
                return Answer(doc=summary.doc.path, answer_type="number", value=0, unit=q.measure, kind="zero_claim",
                              text=f"0{q.measure} (文字表述: {clip(s.text)})", citations=[Citation(quote=s.text, span=s.span)])
    return None


_ITEM_BREAK = "、,，;；。:：\n"


def _counted_before(sentence: str, at: int) -> bool:
    """A number stands in the clause before `at` (仍有3个社区|未配备): what follows is said of them."""
    from fgqa.figures.numbers import find_quantities

    start = max(sentence.rfind(ch, 0, at) for ch in ",，;；") + 1
    return bool(find_quantities(sentence[start:at]))


def nearness(q: Question, fig: Figure, index: ReportIndex, *, after: bool = True) -> float:
    """How much of the question stands right next to the number, before it (培育“法律明白人”
    120名) or after it (228个申报项目), within its list item and before the next number."""
    from fgqa.figures.numbers import find_quantities

    found = find_quantities(fig.quote)
    start = fig.span[0] + (found[-1].start if found else 0)
    end = fig.span[1]
    text = index.text
    a = max([text.rfind(ch, 0, start) for ch in _ITEM_BREAK] + [fig.span[0] - 1]) + 1
    tail_end = min([i for i in (text.find(ch, end) for ch in _ITEM_BREAK) if i != -1] + [len(text), end + 24])
    nxt = re.search(r"[\d一二两三四五六七八九十百千万]+[\u4e00-\u9fff]?", text[end:tail_end])
    if nxt:
        tail_end = end + nxt.start()
    lead = coverage(q, text[a:start], index)
    return max(lead, coverage(q, text[end:tail_end], index)) if after else lead


def counts_another_thing(q: Question, fig: Figure, index: ReportIndex) -> bool:
    """The number is followed by the noun it counts, which the question does not ask for,
    qualified by words the question lacks, while the question's words come before the number
    in another role ("通过行政复议纠错…等手段避免近50件高败诉风险案件" for "纠错了多少件"):
    it counts that noun, not what the question asks."""
    m = lexicon().grammar.counted_after.match(index.text, fig.span[1])
    if m is None:
        return False
    modifiers = m.group("m")
    asked = "".join(q.chunks)
    if m.group("h") in asked or any(modifiers[i:i + 2] in asked for i in range(len(modifiers) - 1)):
        return False  # the question asks for that noun ("多少名新任命人员" → "11名国家工作人员")
    # the question's words said before the number in its sentence, in another role (通过…手段);
    # "…合法性审核机制。对60件…事项草案" leans on its heading, not on a phrase of its own
    from fgqa.figures.numbers import find_quantities

    s = sentence_of(index, fig.span[0])
    numbers = find_quantities(fig.quote)
    at = fig.span[0] + (numbers[-1].start if numbers else len(fig.quote))
    lead = index.text[s.span[0]:at] if s is not None else ""
    return coverage(q, lead, index) >= 0.5


def counted_noun(question: str) -> str:
    """What a question counts: the noun after 多少+measure ("培育了多少名法律明白人" → 法律明白人),
    else the two characters before 多少/几 ("发现问题多少个" → 问题); "" when neither."""
    g = lexicon().grammar
    m = g.asking.search(question)
    while m is not None and not m.group("mw") and not re.match(r"多少|几", m.group().lstrip("一总共计合有是为达到约")):
        m = g.asking.search(question, m.end())
    if m is None:
        return ""
    after = re.match(r"[\u4e00-\u9fff]{2,}", question[m.end():])
    if after:
        # "几次省政府常务会议研究法治政府建设": the noun up to the verb that follows it
        return lexicon().grammar.noun_end.split(after.group())[0][:8]
    before = re.sub(r"[^\u4e00-\u9fff]", "", question[:m.start()])
    return before[-2:] if len(before) >= 2 else ""


def _names_counted(noun: str, fig: Figure, index: ReportIndex) -> int:
    """How much of the question's counted noun stands right by the number: its longest
    ending (two characters or more) right before it ("发现问题41个") or right after it, before
    the next list break ("15次常务会议、2次党组会议" for "几次省政府常务会议": 常务会议 by 15,
    only 会议 by 2); 0 for another noun ("三个部门")."""
    if len(noun) < 2:
        return 0
    from fgqa.figures.numbers import find_quantities

    numbers = find_quantities(fig.quote)
    at = fig.span[0] + (numbers[-1].start if numbers else 0)
    before = re.split(r"[、,，;；。\d]", index.text[max(0, at - 6):at])[-1]  # from the last item or number
    after = re.split(r"[、,，;；。\d]", index.text[fig.span[1]:fig.span[1] + 10])[0]  # to the next item or number
    for k in range(len(noun), 1, -1):
        if noun[-k:] in before or noun[-k:] in after or noun[:k] in before or noun[:k] in after:
            return k
    return 0


def _heads_present(q: Question, text: str, index: ReportIndex) -> bool:
    """The head of each longer phrase of the question (its last two characters: 审查 in
    "规范性文件审查"), when the report uses that word somewhere, is in the text, itself or a
    synonym: "规范性文件审查了多少件" is not answered by "对…规范性文件开展清理,保留21件"
    although most of its characters are there."""
    for chunk in q.chunks:
        head = chunk[-2:]
        if len(chunk) < 4 or head not in index.vocabulary:
            continue  # a seam of the question's wording ("审查做"), not a word of the report
        if not any(form in text for form in synonyms().get(head, (head,))):
            return False
    return True


def absent_from(q: Question, text: str) -> Question:
    """The runs of the question's words (two characters or more) whose bigrams `text` lacks."""
    chunks = []
    for chunk in q.chunks:
        held = [False] * len(chunk)
        for i in range(len(chunk) - 1):
            if chunk[i:i + 2] in text:
                held[i] = held[i + 1] = True
        chunks.extend(unmarked_runs(chunk, held))
    return Question(raw=q.raw, chunks=chunks, measure=q.measure)


def named_part(residual: Question, fig: Figure, index: ReportIndex, figures: list[Figure],
                units: frozenset[str] | None) -> Figure | None:
    """"适用简易程序的处罚案件有多少件" against "办理行政处罚案件共计133件,其中适用简易程序92件":
    the picked figure is followed by parts (其中…) in its sentence, and the words the indicator does not
    explain stand next to one of the parts, not next to the total: that part answers."""
    g = lexicon().grammar
    s = sentence_of(index, fig.span[0])
    # (the total's own words only: what follows it, ",其中涉及土地流转的7项", is its parts')
    if s is None or nearness(residual, fig, index, after=False) >= _RESIDUAL_WEAK:
        return None
    first_part = g.part_cue.search(index.text, fig.span[1], s.span[1])
    if first_part is None:
        return None
    start = first_part.start()
    # the words the total's own lead already says (办理 of "办理行政处罚案件6,904件") are its
    # parts' too: what names a part is the rest ("市场监管领域办理了多少件" → 市场监管领域)
    residual = absent_from(residual, index.text[s.span[0]:fig.span[1]])
    if not substantive(residual):
        return None
    # a part is said, in the total's unit (a rate we computed from the parts is no part)
    rivals = [f for f in figures if f.kind in ("stated", "zero_claim") and start <= f.span[0] < s.span[1]
              and f.unit == fig.unit and (units is None or f.unit in units)]
    scored = [(nearness(residual, f, index), f) for f in rivals]
    scored = [(near, f) for near, f in scored if near >= _NEXT_TO]
    return max(scored, key=lambda item: (item[0], -item[1].span[0]))[1] if scored else None


def _not_a_count_of_it(question: str, fig: Figure, index: ReportIndex) -> bool:
    """The number does not count what the question asks: a frequency (每两月1次), a count of
    several kinds of case at once (办理复议、应诉和行政调解案件共计3210件, for one of
    them), or bodies the question does not count (对全县12个乡镇…清单, for the 事项 of the list)."""
    from fgqa.figures.numbers import find_quantities

    g = lexicon().grammar
    text = index.text
    numbers = find_quantities(fig.quote)
    at = fig.span[0] + (numbers[-1].start if numbers else 0)
    if "每" not in question and (g.frequency_lead.search(text[max(0, at - 4):at]) or g.frequency_tail.match(text, fig.span[1])):
        return True  # (a question asking per period, "每月不少于几次", asks the frequency)
    s = sentence_of(index, fig.span[0])
    lead = text[s.span[0]:at] if s is not None else fig.quote
    domains = lexicon().domains
    noun = re.sub(lexicon().grammar.total_cue.pattern + "$", "", re.sub(r"[^\u4e00-\u9fff]+$", "", lead))[-4:]
    if domains.combined_in(lead) and not domains.combined_in(question) and noun not in question and (
            domains.all_in(question) & domains.all_in(lead) & domains.combined):
        return True  # (the noun counted asked for: "受理复议、诉讼…转入的行政争议共计213件" counts 行政争议)
    bodies = lexicon().bodies
    body = bodies.match(text[fig.span[1]:fig.span[1] + 8]) if bodies is not None and fig.unit == "个" else None
    return body is not None and body.group() not in question


def _unasked_part(question: str, fig: Figure, index: ReportIndex, figures: list[Figure]) -> bool:
    """A part of a total said before it ("共厘清4402项,其中,基本履行职责事项1298项") whose own
    words the question lacks (基本): the question asks the total, not this part."""
    from fgqa.figures.numbers import find_quantities

    s = sentence_of(index, fig.span[0])
    if s is None:
        return False
    text = index.text
    cues = list(lexicon().grammar.part_cue.finditer(text, s.span[0], fig.span[0]))
    if not cues or not any(f.unit == fig.unit and s.span[0] <= f.span[0] and f.span[1] <= cues[-1].start() for f in figures):
        return False
    numbers = find_quantities(fig.quote)
    at = fig.span[0] + (numbers[-1].start if numbers else 0)
    start = max(text.rfind(ch, 0, at) for ch in _ITEM_BREAK) + 1
    item = re.sub(lexicon().grammar.part_cue.pattern, "", text[max(start, cues[-1].start()):at])
    return any(item[i:i + 2] not in question for i in range(len(item) - 1)
               if re.fullmatch(r"[\u4e00-\u9fff]{2}", item[i:i + 2]))


#: counters written before the noun they count ("7个客运站", "312家…经营主体")
_ENTITY_COUNTERS = frozenset("个家名位处所座户支")


def _counts_another_noun(question: str, fig: Figure, index: ReportIndex) -> bool:
    """"走进了多少个村开展宣讲" against "走进7个客运站开展宣讲": the question names the noun it
    counts right after 多少个, the number is followed by a noun of its own, and the two share no
    character: the number counts that other noun."""
    g = lexicon().grammar
    m = next((m for m in g.asking.finditer(question) if m.group("mw")), None)
    if m is None or fig.unit not in _ENTITY_COUNTERS:
        return False  # (件/次 end their phrase: what follows is the next deed, 减少二十七件)
    run = re.match(r"[\u4e00-\u9fff]+", question[m.end():])
    asked = g.noun_end.split(run.group())[0] if run else ""
    if not asked:
        return False
    # (what follows up to the next break: "312家轻微违法的经营主体" counts 经营主体 after its modifiers)
    after = re.match(r"[\u4e00-\u9fff]{2,}", index.text[fig.span[1]:fig.span[1] + 14])
    said = after.group() if after else ""
    return len(g.noun_end.split(said)[0]) >= 2 and not set(said) & set(asked)


def _without_the_years_answered(question: str, year: int | None, kinds: frozenset[str]) -> str:
    """The question without a year its figure's kind answers ("2024年…收案数" in a 2025 report looked
    up among the earlier year's figures, a table's 上年 column; the report's own year among the
    year's; a later year among goals): the sentence need not repeat it. Any other year (two years
    back) stays a word its sentence must say: a benchmark's own year is not read."""
    if year is None:
        return question

    def answered(m: re.Match[str]) -> str:
        named = int(m.group(1))
        ok = (named == year and kinds <= YEAR_KINDS) or (named == year - 1 and kinds == frozenset({"benchmark"})) or (
            named > year and kinds == frozenset({"target"}))
        return "|" if ok else m.group()

    return lexicon().grammar.year_named.sub(answered, question)


def _sentence_before(index: ReportIndex, s: Sentence) -> str:
    """The sentence before `s` in its paragraph ("" at a paragraph's start)."""
    i = index.position(s.span[0])
    if i == 0:
        return ""
    before = index.sentences[i - 1]
    return before.text + "。" if "\n" not in index.text[before.span[1]:s.span[0]] else ""


def _the_body_asked(question: str, fig: Figure, index: ReportIndex) -> bool:
    """A figure of a narrower scope that still answers a question naming none: one the question's
    own words name ("县委党校开展培训几期" against "县委党校开展培训8期"), or an unkeyed count of
    what the reporting body did to its parts ("组织全县各部门开展案卷评查3轮": the rounds it organised)."""
    from fgqa.figures.whose import scope_cue

    cue = scope_cue(fig, index.text)
    if cue and len(cue) >= 2 and cue in question:
        return True
    if fig.key is not None:
        return False  # (an indicator's figure of a part is the part's: fgqa.answers.scopes)
    s = sentence_of(index, fig.span[0])
    if s is None:
        return False
    g = lexicon().grammar
    # "…各级各部门开展…200余次,县委党校开展培训8期": the number's own clause opens with a subject
    # of its own (the words before its verb), which the question names, and not the part's phrase
    start = max(index.text.rfind(ch, s.span[0], fig.span[0]) for ch in ",，;；") + 1 or s.span[0]
    own = index.text[max(start, s.span[0]):fig.span[1]]
    opening = re.sub(r"^(?:全年|今年|年内|同时|此外|另外)", "", re.sub(r"[^\u4e00-\u9fff]+.*$", "", own))
    said = next((opening[:k] for k in range(len(opening), 3, -1) if opening[:k] in question), "")
    if said and (not cue or cue not in own):
        return True
    lead = index.text[s.span[0]:fig.span[1]]  # (to the number: the quote may open with the scope)
    last = next(reversed(list(g.narrower_scope.finditer(lead))), None)
    if last is None:
        return False
    clause = re.split(r"[,，;；:：]", lead[:last.start()])[-1]
    return g.organized_scope.search(clause.rstrip()) is not None


def _number_at(fig: Figure) -> int:
    """Where the figure's own number starts in the text (its quote leads up to it)."""
    from fgqa.figures.numbers import find_quantities

    found = find_quantities(fig.quote)
    return fig.span[0] + (found[-1].start if found else 0)


def _counts_those_not_doing_it(q: Question, question: str, fig: Figure, index: ReportIndex) -> bool:
    """"有多少个村聘请了法律顾问" against "仍有4个村(社区)未聘请法律顾问": the words after the number,
    within its list item, deny a deed the question asks as done: the number counts those that
    did not do it (asked with the negation, "多少个村未聘请", it is the answer)."""
    denied = lexicon().grammar.denied_before
    text = index.text
    end = min([i for i in (text.find(ch, fig.span[1]) for ch in _ITEM_BREAK) if i != -1] + [len(text)])
    tail = text[fig.span[1]:end]
    for chunk in q.chunks:
        words = [chunk[i:i + 2] for i in range(len(chunk) - 1)]
        for w in words:
            at = tail.find(w)
            if at > 0 and denied.search(tail[:at]) and not any(
                    denied.search(question[:j]) for j in range(len(question)) if question.startswith(w, j)):
                return True
    return False


def _count_of_the_deed(question: str, chosen: Figure, candidates: list[Figure], index: ReportIndex) -> Figure | None:
    """"督察发现的73个问题已整改到位66个" for "…问题整改了多少个": the deed asked (the verb before
    了多少) is written after the picked number and before the next number of its sentence, and not
    in the picked number's own item: the next number counts the deed, the picked one what the deed
    was done to (the problems found)."""
    m = lexicon().grammar.deed_asked.search(question)
    if m is None:
        return None
    deed = m.group("deed")
    text = index.text
    at = _number_at(chosen)
    item_start = max(text.rfind(ch, 0, at) for ch in _ITEM_BREAK) + 1
    lead = text[item_start:at]
    if deed in lead or lexicon().grammar.part_cue.search(lead):
        return None  # (a part after 其中 counts what its total's deed did: "审查…318件,其中协议96份")
    s = sentence_of(index, chosen.span[0])
    if s is None:
        return None
    later = sorted((f for f in candidates if chosen.span[1] <= _number_at(f) < s.span[1]), key=_number_at)
    if not later or deed not in text[chosen.span[1]:_number_at(later[0])]:
        return None
    return later[0]


def _result_of_change(question: str, fig: Figure, index: ReportIndex) -> int:
    """1 when the question asks the result of a change (精简优化为多少项) and the number is written
    right after 为/至/到 (…精简优化为13项), else 0."""
    from fgqa.figures.numbers import find_quantities

    g = lexicon().grammar
    if not g.asks_result.search(question):
        return 0
    numbers = find_quantities(fig.quote)
    at = fig.span[0] + (numbers[-1].start if numbers else 0)
    return 1 if g.said_result.search(index.text[max(0, at - 2):at]) else 0


def lookup_figure(question: str, summary: Summary, index: ReportIndex, figures: list[Figure], *,
                  kinds: frozenset[str] = YEAR_KINDS, units: frozenset[str] | None = None,
                  accept: Callable[[Figure], bool] | None = None) -> Figure | None:
    """The figure in a sentence that covers the question, in a unit the question admits,
    whose own clause holds most of the question; None when there is none. For a change the
    direction asked (增长/下降) is the figure's direction: its sentence may word it otherwise (增加).
    `accept` (the claim check) refuses a candidate whose quote does not carry the question."""
    from fgqa.answers.evidence import without_the_issuer

    # (the body's own name: its sentences call it 本局 / 我县, or nothing)
    asked_words = without_the_issuer(without_kind_words(question), summary.meta.issuer)
    asked_words = _without_the_years_answered(asked_words, summary.meta.year, kinds)
    if kinds == frozenset({"target"}):
        # (计划开展, 要达到, 力争: the goal's kind answers them; its sentence says 力争 or nothing)
        g = lexicon().grammar
        asked_words = g.goal_asked.sub("|", g.asks_target.sub("|", asked_words))
    if kinds == frozenset({"change"}):
        g = lexicon().grammar
        asked_words = g.asks_down.sub("|", g.asks_up.sub("|", asked_words))
    if lexicon().grammar.percent.search(question):
        # (…占审结案件的比例是多少: a share's noun is said by its %, 占审结案件的21.4%; the claim
        # check keeps such a question to rates)
        asked_words = lexicon().grammar.rate_noun.sub("|", asked_words)
    q = Question.parse(asked_words)
    if unknown_words(q, index) or not substantive(q):
        return None
    from fgqa.answers.scopes import carries, is_narrower, lead_names, scopes_named

    wanted = units if units is not None else units_for(q.measure)
    counted = counted_noun(question)
    issuer = summary.meta.issuer
    asked = scopes_named(question, issuer)
    # (the body's own level the question names, 市本级, must be said before the number in its
    # sentence: the context read for its other words never says whose figure it is)
    level = lexicon().grammar.own_level.search(question)
    qualifiers = [level.group()] if level is not None else []
    ranked: list[tuple[tuple[int, int, float, float, float, int], Figure]] = []
    for fig in figures:
        if fig.kind not in kinds or (wanted is not None and fig.unit not in wanted):
            continue
        if is_total_of_parts(fig):
            continue  # a total we added up answers "一共" questions, not a lookup
        if fig.kind == "zero_claim" and not _claim_asked(question, fig):
            continue  # "…的9件诉讼没有一件被判败诉" says none lost, not how many suits ("诉讼有几件")
        if counts_another_thing(q, fig, index) or _not_a_count_of_it(question, fig, index) or _unasked_part(question, fig, index, figures):
            continue
        if _counts_another_noun(question, fig, index) or _counts_those_not_doing_it(q, question, fig, index):
            continue
        # whose figure: the question's scope, else never a part's alone (fgqa.answers.scopes)
        if (asked and not carries(fig, index.text, asked)) or (
                not asked and is_narrower(fig, index.text, issuer) and not _the_body_asked(question, fig, index)):
            continue
        s = sentence_of(index, fig.span[0])
        if s is None or not all(lead_names(fig, index.text, w, issuer) for w in qualifiers):
            continue
        # (a counter that names what it counts says that noun: "查处违法行为530起" counts 案件)
        named = said_by_unit(fig.unit)
        own = coverage(q, clause_around(index.text, fig.span[0], fig.span[1]) + named, index)
        share = coverage(q, s.text + named, index)
        if share < COVERS and own > 0:
            # the subject said once at the head of the paragraph ("市政府主要负责同志…。全年…1次")
            # or in the sentence right before ("成立…依法治镇委员会。全年召开委员会专题会议31次")
            share = coverage(q, index.context_of(s) + _sentence_before(index, s) + s.text + named, index)
        if share < COVERS or not _heads_present(q, s.text + named, index):
            continue
        near = nearness(q, fig, index)
        ranked.append(((_names_counted(counted, fig, index), _result_of_change(question, fig, index), round(near, 2),
                        round(own, 2), round(share, 2), -fig.span[0]), fig))
    candidates = [f for _, f in ranked]
    for _, chosen in sorted(ranked, key=lambda item: item[0], reverse=True):
        chosen = _count_of_the_deed(question, chosen, candidates, index) or chosen
        # "涉及土地流转的重大事项有多少项" against "重大事项共计19项,其中涉及土地流转的7项": the part named
        s = sentence_of(index, chosen.span[0])
        lead = index.text[s.span[0]:chosen.span[1]] if s is not None else chosen.quote
        unexplained = absent_from(q, lead)
        part = named_part(unexplained, chosen, index, figures, wanted) if substantive(unexplained) else None
        found = part or chosen
        if accept is None or accept(found):
            return found
    return None


# --------------------------------------------------------------------------- who / when / where


def _claim_asked(question: str, fig: Figure) -> bool:
    """A verbal zero answers a lookup only when the question names the indicator it denies."""
    from fgqa.answers.claims import indicator_words_in

    return bool(indicator_words_in(question, fig.key))


def said_by_unit(unit: str | None) -> str:
    """The nouns a number's counter names by itself ("|案件" for 例/起/宗: questions.toml
    [counted]), to read with the number's clause; "" for a counter that names nothing."""
    nouns = lexicon().question_counted.get(unit or "", frozenset())
    return "".join(f"|{n}" for n in sorted(nouns))


def _person(anchor: str) -> str:
    """_PERSON for the title `anchor` (a deputy's title, 副组长, only when the anchor is one)."""
    return _PERSON.pattern.replace("{deputy}", _not_a_deputy(anchor)).replace("{anchor}", re.escape(anchor))


def _not_a_deputy(anchor: str) -> str:
    """A lookbehind that keeps a title from matching its deputy's (县长 in 常务副县长), unless the
    title asked is the deputy's itself."""
    return "" if anchor.startswith("副") else "(?<!副)"


def _anchor(question: str) -> str:
    """The title asked about ("组长", "法治副校长"): the words after 担任/任 in the question, else
    those before 是谁 ("委员会主任是谁": the 任 of 主任 is no verb)."""
    # (the 任 of 主任 is no verb either: "办事处主任叫什么")
    m = re.search(r"(?:担任|兼任|出任|(?<!主)任)(?!是谁|由谁|谁|叫什么|的?(?:名字|姓名))([\u4e00-\u9fff]{2,20})", question)
    if m:
        return re.sub(r"[的了吗呢]$", "", m.group(1))
    m = re.search(r"谁是([\u4e00-\u9fff]{2,20})", question)  # "谁是县…领导小组组长"
    if m:
        return re.sub(r"[的了吗呢]$", "", m.group(1))
    m = re.search(r"([\u4e00-\u9fff]{2,6}?)的?(?:是谁|由谁|叫什么|姓名|名字)", question)
    return m.group(1) if m else ""


def answer_lookup(question: str, kind: str, summary: Summary, text: str, index: ReportIndex) -> Answer:
    """A who/when/where question: the person, date or place in the best covering sentence."""
    if kind == "who":  # "法治建设第一责任人是谁": the head the leadership part reports on, however it words the duty
        held = duty_holder(question, summary, index)
        if held is not None:
            return held
    q = Question.parse(question)
    # a name of three characters or more the report never uses ("何时召开府院联席会议" in a report
    # without 府院联席): not a nearby date (a two-character verb may be worded otherwise: 担任 ← 任)
    missing = [w for w in unknown_words(q, index, optional=frozenset(c for c in q.chunks if is_verb(c))) if len(w) >= 3]
    if missing:
        return not_in_report(question, summary, index, f"报告没有提到“{'、'.join(missing)}”")
    found = covering_sentences(question, summary, text, index, lean=kind in ("when", "who", "which"))
    if not found:
        return not_in_report(question, summary, index, unknown_reason(question, index))
    for f in found:
        said = _extract(kind, question, f.sentence.text)
        if said:
            return Answer(doc=summary.doc.path, answer_type="text", text=f"{said}(据报告: {clip(f.sentence.text)})",
                          points=[f.sentence.text], citations=[Citation(quote=f.sentence.text, span=f.sentence.span)])
    if kind == "who":
        named = _named_under_heading(question, summary, index, found)
        if named is not None:
            return named
    if kind == "where":  # the covering sentence names the place; quote it
        s = found[0].sentence
        return Answer(doc=summary.doc.path, answer_type="text", text=s.text, points=[s.text],
                      citations=[Citation(quote=s.text, span=s.span)])
    if kind == "what":  # the covering sentence says it; quote it
        s = found[0].sentence
        if lexicon().grammar.asks_items.search(question) and "、" not in s.text and not _TITLE.search(s.text):
            # "哪些律师事务所…" against "由3家律师事务所担任": the sentence names none of them
            return not_in_report(question, summary, index, "相关句子没有列出")
        return Answer(doc=summary.doc.path, answer_type="text", text=s.text, points=[s.text],
                      citations=[Citation(quote=s.text, span=s.span)])
    return not_in_report(question, summary, index, "相关句子没有写明" + {"who": "人员", "when": "时间", "ordinal": "序次",
                                                                  "which": "是哪一个"}[kind])


#: the title a heading names the duty's holder by, before the duty ("三、州长履行推进法治建设第一责任人职责情况")
_HEADING_HOLDER = re_cache.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])?\s*([\u4e00-\u9fff、]{2,16}?)(?:履行|落实|切实履行|认真履行)")


def _named_under_heading(question: str, summary: Summary, index: ReportIndex, found: list[Found]) -> Answer | None:
    """"谁是推进法治建设第一责任人" against the heading "三、州长履行推进法治建设第一责任人职责情况": the
    heading names the holder by title (州长); the name is the one its section writes with that title
    ("州长彭砚舟同志…", "邬承霖市长…"), the heading and that sentence cited."""
    q = Question.parse(question)
    if unknown_words(q, index, optional=frozenset(c for c in q.chunks if is_verb(c))):
        return None  # (谁是法治督察第一责任人 in a report without 督察: not the heading's holder)
    after_name = lexicon().grammar.after_name.pattern
    for f in found:
        section = next((sec for sec in summary.sections if sec.heading and sec.span[0] == f.sentence.span[0]), None)
        m = _HEADING_HOLDER.match(f.sentence.text)
        # (the question asks the holder of the duty the heading names, not another title: 副局长是谁)
        if section is None or m is None or coverage(q, f.sentence.text[m.end():], index) < COVERS:
            continue
        title = m.group(1).split("、")[-1]
        for s in index.sentences:
            if not (section.span[0] < s.span[0] < section.span[1]):
                continue
            who = re.search(f"(?<!副){re.escape(title)}([\u4e00-\u9fff]{{2,3}}?)(?={after_name})", s.text)
            name = who.group(1) if who and not re.match(after_name, who.group(1)) else None
            if name is None:
                before = re.search(_NAME_BEFORE + re.escape(title) + f"(?:同志)?(?={after_name})", s.text)
                name = before.group(1) if before else None
            if name is None and index.position(s.span[0]) == index.position(f.sentence.span[0]) + 1:
                # (the section's first sentence opening with a name and 同志: "尤若川同志带头学法…")
                opener = re.match(r"([\u4e00-\u9fff]{2,3})同志", s.text)
                name = opener.group(1) if opener else None
            if name:
                return Answer(doc=summary.doc.path, answer_type="text", text=f"{title}{name}(据报告: {clip(f.sentence.text)} / {clip(s.text)})",
                              points=[f.sentence.text, s.text],
                              citations=[Citation(quote=f.sentence.text, span=f.sentence.span), Citation(quote=s.text, span=s.span)])
    return None


def _between(question: str, sentence: str) -> str | None:
    """"县长安排谁具体抓…" against "…县长…安排常务副县长具体抓…": what the sentence puts where
    the question has 谁, between the words on either side of it."""
    m = lexicon().grammar.ask_who.search(question)
    if m is None:
        return None
    left = re.sub(r"[^\u4e00-\u9fff]", "", question[:m.start()])[-2:]
    right = re.sub(r"[^\u4e00-\u9fff]", "", question[m.end():])[:2]
    if len(right) < 2 or right in ("担任", "兼任", "出任"):
        return None  # the title patterns read these better
    for r in re.finditer(re.escape(right), sentence):
        head = sentence[max(0, r.start() - 20):r.start()]
        head = re.split(r"[,，。;；:：]", head)[-1]
        if left and len(left) == 2 and left in head:
            head = head[head.rindex(left) + 2:]
        who = _LEAD_VERBS.sub("", head).strip()
        if 2 <= len(who) <= 16:
            return who
        if not who and r.start() > 0 and sentence[r.start() - 1] in ",，":
            # "谁主持召开常务会议" against "自治区主席认真履行…职责,主持召开…常务会议4次": the verb
            # opens a clause of a sentence whose subject is its head, before the first adverb or verb
            subject = _sentence_subject(sentence[:r.start()])
            if subject:
                return subject
    return None


def _sentence_subject(sentence: str) -> str | None:
    """The title or name a sentence opens with (up to its first adverb or verb: 认真, 带头,
    主持 …; a title of questions.toml person_title in it), None when its first clause does
    not open with one."""
    first = re.split(r"[,，。;；:：]", sentence, maxsplit=1)[0]
    # (a 、 joins two titles of one person: 党工委书记、管委会主任)
    m = next((m for m in lexicon().grammar.after_name.finditer(first) if m.group() not in "、,，"), None)
    who = first[:m.start()] if m else ""
    if not (2 <= len(who) <= 16 and re.fullmatch(r"[\u4e00-\u9fff、]+", who)):
        return None
    return who if lexicon().grammar.person_title.search(who) else None  # (not 今年以来, 在…方面)


_NUMERAL = "[一二三四五六七八九十百\\d]+"


def _ordinal(question: str, sentence: str) -> str | None:
    """"全国排第几" against "排名全省第一全国第四": the ordinal right after the question's words
    before 第几 (全国), else the first; "第几次党工委会" also read from "第25党工委会" (the
    measure word left out, the noun after it there)."""
    asked = lexicon().grammar.ordinal.search(question)
    if asked is None:
        return None
    mw = asked.group("mw")
    noun = re.sub(r"[^\u4e00-\u9fff]", "", question[asked.end():])[:2]
    found = list(re.finditer(f"第{_NUMERAL}" + re.escape(mw), sentence)) if mw else []
    if not found and len(noun) == 2:
        found = list(re.finditer(f"第{_NUMERAL}(?={re.escape(noun)})", sentence))
    if not found:
        found = list(re.finditer(f"第{_NUMERAL}", sentence)) if not mw else []
    if not found:
        return None
    before = re.sub(r"[^\u4e00-\u9fff]", "", question[:asked.start()])
    before = re.sub(r"(?:排名|排|位列|居|列)$", "", before)[-2:]
    for m in found:
        if len(before) == 2 and before in sentence[max(0, m.start() - 6):m.start()]:
            return m.group()
    return found[0].group()


def _which_heads(question: str) -> list[str]:
    """The nouns a "哪个/哪家/哪部 X" question asks one of: the noun right after the classifier
    ("哪家律师事务所的律师…" → 律师事务所) and, when a 的 follows it, the noun after the 的 ("哪部统计
    方面的法律" → 法律), each cut before the verb that follows it, or the place word (会议上述法 → 会议)."""
    g = lexicon().grammar
    m = g.which.search(question)
    if m is None:
        return []
    verbs = "|".join(sorted({*synonyms(), *(v for v in g.noun_end.pattern.split("|") if len(v) > 1), "牵头", "担任", "负责", "承担", "作为", "修订",
                             "印发", "发布", "学习"}, key=len, reverse=True))
    parts = g.which_locative.split(m.group("head"), maxsplit=1)[0].split("的")
    heads = [re.split(verbs, part)[0] for part in (parts[0], parts[-1])]
    return list(dict.fromkeys(h for h in heads if len(h) >= 2))


def _short_head(question: str, sentence: str) -> list[str]:
    """"在哪个会上述法": a one-character noun before a place word is read as the sentence writes it
    before that place word (…委员会会议上 → 会议), the noun's character and at most one more."""
    g = lexicon().grammar
    m = g.which.search(question)
    cut = g.which_locative.search(m.group("head")) if m else None
    if m is None or cut is None or cut.start() != 1:
        return []
    noun, place = m.group("head")[0], cut.group()
    written = re.search(re.escape(noun) + r"[\u4e00-\u9fff]?(?=" + re.escape(place) + ")", sentence)
    return [written.group()] if written and len(written.group()) == 2 else []


def _which(question: str, sentence: str) -> str | None:
    """The one the sentence names for a "哪个 X" question: a 《title》 when X is a kind of document
    (the one holding the question's other words first), else the name written before X, from the
    verb or break that leads to it ("由镇社会治安和应急管理办公室牵头" → 镇社会治安和应急管理办公室).
    X alone names nobody: None."""
    g = lexicon().grammar
    heads = _which_heads(question) or _short_head(question, sentence)
    # (a kind of document asked, 哪部…法律, is answered by a title before any name is read)
    heads.sort(key=lambda h: not (g.which_title.fullmatch(h) or g.which_title.search(h[-2:])))
    for head in heads:
        if g.which_title.fullmatch(head) or g.which_title.search(head[-2:]):
            titles = [t[1:-1] for t in _TITLE.findall(sentence)]
            fitting = [t for t in titles if t.endswith(head) or t.endswith(head[-1]) or
                       (head in ("法律", "法规") and g.which_title.search(t[-2:]))]
            others = [c for c in Question.parse(question.replace(head, "|")).chunks if len(c) >= 2]
            named = [t for t in fitting if any(c[:2] in t for c in others)]
            if named or fitting:
                return "《" + (named or fitting)[0] + "》"
            continue
        # ("哪次会议上作的" → 会议: the longest start of the noun the sentence writes)
        head = next((head[:k] for k in range(len(head), 1, -1) if head[:k] in sentence), head)
        for m in re.finditer(re.escape(head), sentence):
            # (an ordinal or a date is part of a name: "2025年3月20日市人民政府第41次常务会议")
            run = re.search(r"(?:[\u4e00-\u9fff]|(?<=第)\d+(?=[次届])|\d+(?=[年月日]))+$", sentence[:m.start()])
            lead = run.group() if run else ""
            lead = re.split(f"(?:{g.which_lead.pattern})", lead)[-1]
            if len(lead) >= 2:
                return lead + head
        if g.which_body.fullmatch(head):
            # "由哪个部门承担" against "由州司法局承担日常工作": a body's own name after 由/经
            names = [m.group("name") for m in g.body_name.finditer(sentence)]
            if len(names) == 1:
                return names[0]
    return None


def _extract(kind: str, question: str, sentence: str) -> str | None:
    if kind == "ordinal":
        return _ordinal(question, sentence)
    if kind == "which":
        return _which(question, sentence)
    if kind == "what":
        titles = _TITLE.findall(sentence)
        return "、".join(titles) if titles else None
    if kind == "when":
        dates = [m.group() for m in _DATE.finditer(sentence) if m.group()]
        return "、".join(dict.fromkeys(dates)) or None
    if kind == "who":
        aligned = _between(question, sentence)
        if aligned:
            return aligned
        if _asks_doer(question):
            # "谁在述法会上作了述法报告" against "主任岑若溪带头…,并于…述法评议会上作述法报告": 谁
            # is the question's subject; the covering sentence's subject (a title or a name) did it
            # (the subject of the clause that says it first: "…,主任在…述法会上进行了述法,…")
            subject = _sentence_subject(_clause_saying(question, sentence)) or _sentence_subject(sentence)
            if subject:
                return subject
        role = lexicon().grammar.who_role.search(question)
        for anchor in ((role.group("role") + "人", role.group("role")) if role else ()):
            m = re.search(_person(anchor), sentence) if anchor in sentence else None
            m = m or re.search(r"由([^,，。;；]{2,16}?)" + re.escape(anchor), sentence)
            if m:
                who = _LEAD_VERBS.sub("", m.group(1)).strip()
                if who:
                    return who
        asked = _anchor(question)
        # "领导小组组长" is written "由镇长担任组长": the longest tail of the title the sentence has;
        # when that names nobody, a shorter tail only where the clause names the rest of the title
        # with it ("管委会主任是谁" against "…管委会主任办公会议…" and "管委会党工委书记、主任鄢立澄同志…",
        # not "办公室主任…")
        longest = True
        for k in range(len(asked), 1, -1):
            anchor = asked[-k:]
            if anchor not in sentence:
                continue
            if not (longest or lexicon().grammar.person_title.fullmatch(anchor)):
                continue  # (a shorter tail is a title of its own, 主任 of 管委会主任, not 处主任)
            if "副" in asked and "副" not in anchor:
                continue  # (副局长 asked: 局长 is the head, another person)
            named = _titled(anchor, question, sentence)
            if named and k < len(asked) and _another_units_title(anchor, named, sentence):
                named = None  # ("管委会主任是谁" against "管委会办公室主任符青禾…": the office's head)
            if named and (longest or (named not in asked and _rest_of_title_before(asked[:-k], anchor, named, sentence))):
                return named
            longest = False
    return None


def _another_units_title(tail: str, who: str, sentence: str) -> bool:
    """The title `tail` given to `who` is written after another unit's name (办公室主任, 科长 of a
    科): the head of a part, not of the body the question's longer title names."""
    at = sentence.find(who)
    t = sentence.rfind(tail, 0, at) if at > 0 else -1
    if t < 0:
        t = sentence.find(tail, at + len(who)) if at >= 0 else -1  # (the name before its title)
    return t > 0 and lexicon().grammar.unit_before_title.search(sentence[:t]) is not None


def _rest_of_title_before(rest: str, tail: str, who: str, sentence: str) -> bool:
    """The words of a title left out before its tail (管委会 of 管委会主任) are in the clause that
    names `who`, joined to the tail: right before it, by 的 (领导小组的组长), or as the first of
    the person's titles (管委会党工委书记、主任) — not another body's (管委会办公室主任)."""
    at = sentence.find(who)
    if at < 0:
        return False
    bounds = [0, *(m.end() for m in re.finditer(r"[,，。;；:：]", sentence)), len(sentence)]
    clause = next(sentence[a:b] for a, b in zip(bounds, bounds[1:]) if a <= at < b)
    for m in re.finditer(re.escape(rest), clause):
        t = clause.find(tail, m.end())
        if t >= 0 and (t == m.end() or clause[m.end():t] == "的" or clause[m.end():t].endswith("、")):
            return True
    return False


def _titled(anchor: str, question: str, sentence: str) -> str | None:
    """The person the sentence gives the title `anchor` (written in it), None if it names nobody."""
    m = re.search(_person(anchor), sentence)
    if m:
        # "街道成立由党工委书记林海波任组长": the person after the last 由/请 of the run
        who = _LEAD_VERBS.sub("", re.split(r"由|邀请|聘请", m.group(1))[-1]).strip()
        return who or None
    m = re.search(r"[,，](?:担任|兼任|出任)[^,，。;；]{0,16}?" + _not_a_deputy(anchor) + re.escape(anchor), sentence)
    if m:
        # "局长阙嘉木作为第一责任人,担任…领导小组组长": the verb opens a clause; the sentence's subject
        subject = _sentence_subject(sentence[:m.start()])
        if subject:
            return subject
    m = re.search(re.escape(anchor) + r"(?:由|为|是)([^,，。;；]{2,16}?)(?:担任|兼任|负责|$|[,，。;；])", sentence)
    if m:
        return m.group(1)
    if not (question.rstrip("?？").endswith(("是谁", "叫什么", "名字", "姓名")) or _asks_who_is(question)):
        return None
    # "区长是谁" against "区长陶令仪通过…": the name written right after the title, or after the
    # other titles the person holds ("党组书记、局长乔砚冰同志")
    g = lexicon().grammar
    after_name = g.after_name.pattern
    held_too = r"(?:、[\u4e00-\u9fff]{0,8}?(?:" + g.person_title.pattern + "))*"
    m = re.search(_not_a_deputy(anchor) + re.escape(anchor) + held_too + r"([\u4e00-\u9fff]{2,3}?)(?=" + after_name + ")", sentence)
    if m and not re.match(after_name, m.group(1)):  # (not the verb after it: "县长坚持…")
        return m.group(1)
    # "县长是谁" against "柯映秋县长坚持…": the name written right before it
    m = re.search(_NAME_BEFORE + re.escape(anchor) + r"(?:同志)?(?=" + after_name + ")", sentence)
    return m.group(1) if m else None


def _clause_saying(question: str, sentence: str) -> str:
    """The clause of the sentence that holds the most of the question's character pairs."""
    asked = re.sub(r"[^\u4e00-\u9fff]", "", question)
    pairs = {asked[i:i + 2] for i in range(len(asked) - 1)}
    clauses = re.split(r"[,，;；。]", sentence)
    return max(clauses, key=lambda c: sum(p in c for p in pairs))


def _asks_who_is(question: str) -> bool:
    """"谁是局党组书记": the name of the title after 谁是."""
    return re.match(r"^\s*谁是", question) is not None


def _asks_doer(question: str) -> bool:
    """"谁在…上述法", "谁主持了…": 谁 opens the question as the subject of what it asks (not 谁是,
    谁担任 — the title patterns read those)."""
    return re.match(r"^\s*谁(?!是|担任|兼任|出任|任|为)", question) is not None


def _listed_noun(question: str) -> str:
    """"报告列出了哪些特殊类型的执法案件" → "案件": the last two characters of what the question lists."""
    m = lexicon().grammar.asks_items.search(question)
    if m is None:
        return ""
    run = re.match(r"[\u4e00-\u9fff]+", question[m.end():])
    return run.group()[-2:] if run and len(run.group()) >= 2 else ""


def _counts(clause: str, noun: str) -> bool:
    """The clause counts `noun`: the noun right before its number ("…措施的案件41件")."""
    return re.search(re.escape(noun) + r"(?:数|量)?(?:为|达|共|有)?[\d一二三四五六七八九十两百千万]", clause) is not None


def _follows_in_paragraph(s: Sentence, holds: set[tuple[int, int]], text: str) -> bool:
    """A sentence after one of `holds` with no line break between them (the same paragraph)."""
    return any(a < s.span[0] and "\n" not in text[b:s.span[0]] for a, b in holds)


#: clauses of a sentence (a comma between digits is a thousands separator, not a break)
_CLAUSES = re_cache.compile(r"(?:[^,，;；。]|(?<=\d),(?=\d{3}))+")


def list_of_figures(key: str, summary: Summary, index: ReportIndex, figures: list[Figure], question: str = "") -> Answer | None:
    """"报告列出了哪些…案件": the clauses with a figure of one sentence, each an item. The
    sentence is, among those giving one of the indicator's figures and the sentences after them
    in their paragraph, the one with most clauses that count the noun the question lists
    ("适用查封、扣押措施的案件41件" for "哪些特殊类型的执法案件"), else the one that lists most
    figures in the indicator's units (two or more); None when no sentence lists them."""
    from fgqa.lexicon import lexicon

    ind = lexicon().indicator(key)
    units = ind.units if ind is not None else frozenset()
    holds = {s.span for f in figures if f.key == key and f.kind in YEAR_KINDS
             for s in [sentence_of(index, f.span[0])] if s is not None}
    by_sentence: dict[tuple[int, int], int] = {}
    for f in figures:
        s = sentence_of(index, f.span[0])
        if s is not None and s.span in holds and f.unit in units:
            by_sentence[s.span] = by_sentence.get(s.span, 0) + 1
    noun = _listed_noun(question)
    named: dict[tuple[int, int], int] = {}
    if noun:
        for s in index.sentences:
            if s.span in holds or _follows_in_paragraph(s, holds, index.text):
                named[s.span] = sum(1 for m in _CLAUSES.finditer(s.text) if _counts(m.group(), noun))
    best_named = max((s for s in index.sentences if named.get(s.span, 0) >= 2),
                     key=lambda s: (named[s.span], -s.span[0]), default=None)
    sentences_with = [s for s in index.sentences if s.span in by_sentence]
    if best_named is None and not sentences_with:
        return None
    best = best_named or max(sentences_with, key=lambda s: (by_sentence[s.span], -s.span[0]))
    items = [(m.group().strip(), m.span()) for m in _CLAUSES.finditer(best.text) if re.search(r"\d", m.group())
             and (best_named is None or _counts(m.group(), noun))]
    if len(items) < 2:
        return None
    a = best.span[0]
    return Answer(doc=summary.doc.path, answer_type="list", key=key, text="; ".join(i for i, _ in items),
                  points=[i for i, _ in items],
                  citations=[Citation(quote=i, span=(a + s + (len(index.text[a + s:a + e]) - len(index.text[a + s:a + e].lstrip())),
                                                     a + s + (len(index.text[a + s:a + e]) - len(index.text[a + s:a + e].lstrip())) + len(i)))
                             for i, (s, e) in items])
