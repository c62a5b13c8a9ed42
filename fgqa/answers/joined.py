"""Kinds a question joins and asks for together ("废止和宣布失效的规范性文件一共多少件").

A report that lists the kinds side by side without a total (经清理废止23件、宣布失效9件) gives
the whole as their sum, as the gold conventions add them up (docs/evaluation.md): a number
answer that is one kind's figure alone is the sum of the kinds named, each said by a figure
of its sentence in the same unit, with the formula. Never a total of kinds the question does
not name, and nothing when a kind has no figure of its own there.
"""

from __future__ import annotations

from fgqa import re_cache
from fgqa.answers.evidence import ReportIndex, sentence_of
from fgqa.figures.numbers import find_quantities
from fgqa.lexicon import lexicon
from fgqa.models import Answer, Citation, Figure

_ITEM_BREAK = "、,，;；:：。\n"
_RESPECTIVELY = re_cache.compile(r"分别(?:为|是)?$")


def _cjk_run_back(text: str, end: int) -> str:
    i = end
    while i > 0 and "\u4e00" <= text[i - 1] <= "\u9fff":
        i -= 1
    return text[i:end]


def _cjk_run_on(text: str, start: int) -> str:
    i = start
    while i < len(text) and "\u4e00" <= text[i] <= "\u9fff" and text[i] != "的":
        i += 1
    return text[start:i]


def joined_kinds(question: str) -> list[str]:
    """The kinds the question joins with 和 / 及 / 、 (废止, 宣布失效), in order; [] when it joins
    none or asks them one by one (分别, 各)."""
    g = lexicon().grammar
    if g.each_of_them.search(question):
        return []
    rest = g.total_word.sub("|", g.asking.sub("|", question))
    members: list[str] = []
    for m in g.member_join.finditer(rest):
        left, right = _cjk_run_back(rest, m.start()), _cjk_run_on(rest, m.end())
        if "的" in left:
            left = left[left.rfind("的") + 1:]
        left = g.member_join.split(left)[-1]
        right = g.member_join.split(right)[0]
        if not (2 <= len(left) <= 6 and 2 <= len(right) <= 6):
            return []
        for word in (left, right):
            if word not in members:
                members.append(word)
    return members if len(members) >= 2 else []


def _own_lead(fig: Figure, text: str) -> str:
    """The figure's own item up to its number (其中废止58件 → 其中废止)."""
    found = find_quantities(fig.quote)
    at = fig.span[0] + (found[-1].start if found else 0)
    start = max(text.rfind(ch, 0, at) for ch in _ITEM_BREAK) + 1
    return text[start:at]


def _says(lead: str, kind: str) -> bool:
    """The lead names the kind, itself or without the passive 被 the question put before it."""
    return kind in lead or (kind[0] in "被已" and kind[1:] in lead)


def _each_named(kinds: list[str], own: list[Figure], leads: dict[tuple[int, int], str]) -> list[Figure]:
    """Each kind's one figure, named in its own item (废止23件、宣布失效9件)."""
    chosen: list[Figure] = []
    for kind in kinds:
        named = [f for f in own if _says(leads[f.span], kind)
                 and not any(_says(leads[f.span], k) for k in kinds if k != kind)]
        if len(named) != 1 or named[0] in chosen:
            return []
        chosen.append(named[0])
    return chosen


def _respectively(kinds: list[str], own: list[Figure], leads: dict[tuple[int, int], str]) -> list[Figure]:
    """"废止和宣布失效的分别为41件、13件": the numbers after a 分别 whose lead names the kinds, in order,
    one per kind, joined by 、 only."""
    first = next((f for f in own if _RESPECTIVELY.search(leads[f.span])
                  and all(_says(leads[f.span], k) for k in kinds)), None)
    if first is None:
        return []
    after = sorted((f for f in own if f.span[0] >= first.span[1]), key=lambda f: f.span[0])
    group = [first, *after[:len(kinds) - 1]]
    if len(group) != len(kinds) or any(leads[f.span] for f in group[1:]):
        return []  # (a later number with words of its own is no member of the list)
    return group


def joined_total(question: str, answer: Answer, index: ReportIndex, figures: list[Figure]) -> Answer | None:
    """The sum of the kinds the question joins, when the answer is a figure of one of them (or
    another kind listed after them) and each kind has a stated figure of its own in the answer's
    sentence, in the answer's unit; None otherwise (a stated total naming them all, or said
    before them, stays the answer)."""
    kinds = joined_kinds(question)
    if not kinds or answer.answer_type != "number" or not answer.citations or answer.kind not in ("stated", None):
        return None
    text = index.text
    s = sentence_of(index, answer.citations[0].span[0])
    if s is None:
        return None
    own = [f for f in figures if s.span[0] <= f.span[0] < s.span[1] and f.kind == "stated" and f.unit == answer.unit]
    leads = {f.span: _own_lead(f, text) for f in own}
    answered = next((f for f in own if f.span == answer.citations[0].span), None)
    if answered is None or (all(_says(leads[answered.span], k) for k in kinds)
                            and not _RESPECTIVELY.search(leads[answered.span])):
        return None  # (废止和宣布失效59件: the report's own total)
    chosen = _respectively(kinds, own, leads) or _each_named(kinds, own, leads)
    if not chosen:
        return None
    if answered not in chosen and (answered.span[0] < chosen[-1].span[0]
                                   or lexicon().grammar.total_cue.search(leads[answered.span])):
        return None  # (a total said before its kinds, 共审查228件, is the report's own; 修订12件 after them is no answer)
    value = sum(f.value for f in chosen)
    formula = "+".join(f"{f.value:g}" for f in chosen)
    unit = answer.unit or ""
    return answer.model_copy(update={
        "value": value, "kind": "derived", "formula": formula, "key": answer.key,
        "text": f"{'、'.join(kinds)}合计: {value:g}{unit} (由报告数字推算, 公式 {formula})",
        "citations": [Citation(quote=f.quote, span=f.span) for f in chosen]})
