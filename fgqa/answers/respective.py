"""Numbers said "respectively": whose number it is, read from its place in the list.

"甲区、乙区、丙区政府分别受理复议案件412件、365件、298件": the k-th number is the k-th part's.
The figures stage keys such a list for the whole's indicator and may give every number the
same scope; a claim about the second part holds only for the second number. `respective_part`
reads the parts before 分别/依次/各自 and the numbers after it (joined by 、/和/及/与 only) and
returns the parts with the number's own place; `names_another_part` says whether a question
names one of the other parts and not the number's own.
"""

from __future__ import annotations

from fgqa import re_cache
from fgqa.models import Figure

#: the word that says the numbers after it go, in order, with the parts before it
_RESPECTIVELY = re_cache.compile(r"分别|依次|各自")
#: where the statement holding the list ends (a list never spans a 。 or a ；)
_STATEMENT_BREAK = re_cache.compile(r"[。！？!?；;\n]")
#: where a clause ends (a comma, not the thousands separator of 1,024)
_CLAUSE_BREAK = re_cache.compile(r"[，；;：:。！？!?\n]|,(?!\d{3})")
#: the words joining two numbers (or two parts) of one list
_JOIN = re_cache.compile(r"^\s*(?:、|和|及|与|以及)\s*$")
_PART_JOIN = re_cache.compile(r"、|和|及|与")
_EACH = re_cache.compile(r"^各")
#: words opening the clause before its first part (其中市本级、各县…, 从层级看)
_LEAD_IN = re_cache.compile(r"^(?:其中|包括|含|从[\u4e00-\u9fff]{1,6}看)")
#: a question may write the brackets of 县（市、区） full-width, the cleaned report half-width
_HALF_WIDTH = str.maketrans("（）", "()")
_BRACKETED = re_cache.compile(r"[(（][^()（）]*[)）]")
#: at most this many characters between 分别 and the first number (为, 受理行政复议案件)
_LEAD_MAX = 16
_BREAK_IN_LEAD = re_cache.compile(r"[，,；;。：:！？!?\d]")

#: how far back a statement or a clause is looked for
_REACH = 200


def _last_break(pattern, text: str, at: int) -> int:
    """Where the statement or clause holding `at` begins (after the last break before it)."""
    lo = max(0, at - _REACH)
    ends = [m.end() for m in pattern.finditer(text, lo, at)]
    return ends[-1] if ends else lo


def respective_part(text: str, fig: Figure) -> tuple[list[str], int] | None:
    """The parts a 分别-list names and the place of `fig`'s number among its numbers, or None
    when the number is not in such a list (or the parts and the numbers do not pair up)."""
    from fgqa.figures.numbers import find_quantities

    numbers = find_quantities(fig.quote)
    if not numbers:
        return None
    at = fig.span[0] + numbers[-1].start
    start = _last_break(_STATEMENT_BREAK, text, at)
    leads = list(_RESPECTIVELY.finditer(text, start, at))
    if not leads:
        return None
    lead = leads[-1]
    end = _CLAUSE_BREAK.search(text, at)
    stop = end.start() if end is not None else len(text)
    run = find_quantities(text[lead.end():stop])
    if not run or run[0].start > _LEAD_MAX or _BREAK_IN_LEAD.search(text, lead.end(), lead.end() + run[0].start):
        return None
    listed = [run[0]]
    for prev, q in zip(run, run[1:]):
        if not _JOIN.match(text[lead.end() + prev.end:lead.end() + q.start]) or q.unit != prev.unit:
            break
        listed.append(q)
    place = next((i for i, q in enumerate(listed) if lead.end() + q.start == at), None)
    if place is None or len(listed) < 2:
        return None
    clause = _last_break(_CLAUSE_BREAK, text, lead.start())
    named = _BRACKETED.sub(lambda m: "·" * len(m.group()), text[clause:lead.start()])
    parts, i = [], 0
    for m in _PART_JOIN.finditer(named):
        parts.append(text[clause + i:clause + m.start()].strip())
        i = m.end()
    parts.append(text[clause + i:lead.start()].strip())
    parts[0] = _LEAD_IN.sub("", parts[0])
    if len(parts) != len(listed) or not all(parts):
        return None
    return parts, place


def names_another_part(question: str, text: str, fig: Figure) -> bool:
    """The question names a part of the figure's 分别-list other than the number's own, and
    not its own: "乙区受理了多少件" is not answered by the list's first number."""
    found = respective_part(text, fig)
    if found is None:
        return False
    parts, place = found
    named = [_named(question, i, parts) for i in range(len(parts))]
    return named[place] == 0 and any(named)


def names_own_part(question: str, text: str, fig: Figure) -> bool:
    """The number is in a 分别-list and the question names its part more than any other."""
    found = respective_part(text, fig)
    if found is None:
        return False
    parts, place = found
    named = [_named(question, i, parts) for i in range(len(parts))]
    return named[place] > 0 and named.count(named[place]) == 1 and named[place] == max(named)


def the_part_asked(question: str, text: str, figures: list[Figure], answered: Figure | None) -> Figure | None:
    """A number of a 分别-list, in the answer's measure (its key, or unkeyed, in its unit), whose
    part the question names, when the answer is not that part's: "乙区办理了多少件" answered by
    the whole's 4.12万件 while "甲区、乙区分别办理9,806件、31,394件" says the part's."""
    if answered is None or (answered.kind != "derived" and names_own_part(question, text, answered)):
        return None  # (a total we derived over the list is no part's number, wherever it ends)
    for fig in figures:
        # (the same kind, or a stated part for a total derived over the list)
        same_kind = fig.kind == answered.kind or (answered.kind == "derived" and fig.kind == "stated")
        if fig.span == answered.span or fig.unit != answered.unit or not same_kind:
            continue
        if fig.key not in (None, answered.key) or not names_own_part(question, text, fig):
            continue
        return fig
    return None


def _named(question: str, i: int, parts: list[str]) -> int:
    """How much of the i-th part the question names: its longest opening (two characters at least,
    longer than what it shares with the other parts' openings) found in the question."""
    question = question.translate(_HALF_WIDTH)
    part, others = _bare(parts[i]), [_bare(p) for j, p in enumerate(parts) if j != i]
    shared = max((_common_prefix(part, other) for other in others), default=0)
    for n in range(len(part), max(1, shared), -1):
        if part[:n] in question:
            return n
    return 0


def _bare(part: str) -> str:
    """A part without the 各 of 各县（市、区）, which a question may leave out."""
    return _EACH.sub("", part.translate(_HALF_WIDTH))


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n
