"""Numbers said "respectively" of a list of scopes: 市本级、各县（市、区）分别为1,024件和1,293件.

A sentence gives a figure for the whole (收到复议申请2,317件), then the same figure for each of
its parts in one go: the parts listed, 分别/依次, and one number per part joined by 和/、. No cue
stands before those numbers (their lead is 分别为 or 和), yet each is the whole's indicator for
its part. The first number takes the indicator of the sentence's last keyed figure of its unit
(罚没款2.36亿元 is passed over by a count in 件); the numbers joined to it take the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from fgqa.figures.numbers import Quantity
from fgqa.figures.part_subjects import subject_named
from fgqa.figures.scope import WHOLE_SCOPE, scope_of
from fgqa.lazy_re import lazy_compile
from fgqa.lexicon import Indicator, Lexicon
from fgqa.models import Figure

#: the parts, then 分别/依次/各为 and at most a verb (为, 是, 办理, 受理): the words before the first number
_RESPECTIVE_LEAD = lazy_compile(
    r"^[,，;；]?\s*(?P<items>[^,，。;；:：\d]{2,48}?)(?:的[^,，。;；:：\d]{0,10})?(?:分别|依次|各自|各(?=为|是|达))[^,，。;；:：\d、和]{0,12}$"
)
#: the words that join the next number of the list (1,024件和1,293件 / 9,806件、31,394件)
_NEXT_ITEM = lazy_compile(r"^\s*(?:和|、|及|与)\s*$")
_ITEM_JOIN = lazy_compile(r"、|和|及|与")
_BRACKETS = lazy_compile(r"[(（][^()（）]*[)）]")
#: a part's name is short (市本级, 各县（市、区）, 乡镇级)
_ITEM_MAX = 12


def respective_parts(lead: str) -> list[str] | None:
    """The parts a 分别 lead lists (two at least, one of them a scope), else None."""
    m = _RESPECTIVE_LEAD.match(lead)
    if m is None:
        return None
    items = [item.strip() for item in _ITEM_JOIN.split(_BRACKETS.sub("", m.group("items")))]
    if len(items) < 2 or not all(0 < len(item) <= _ITEM_MAX for item in items):
        return None
    if any(scope_of(item) or WHOLE_SCOPE.match(item) for item in items):
        return items
    # 甲区、乙区、丙县政府分别… / 甲区、乙区败诉率分别为…: places or bodies named one by one (the last
    # item may carry the measure's words: its place is its name)
    named = [subject_named(item, last=k == len(items) - 1) for k, item in enumerate(items)]
    return named if all(named) else None  # type: ignore[return-value]


def same_measure(lex: Lexicon, keyed: list[Figure], q: Quantity) -> Indicator | None:
    """The indicator of the last keyed figure before `q` whose family holds q's unit (a rate
    for a rate, a count for a count)."""
    for fig in reversed(keyed):
        ind = lex.indicator(fig.key)
        if ind is not None and fig.kind == "stated" and q.unit in ind.units and ind.is_rate == (q.unit == "%"):
            return ind
    return None


@dataclass
class RespectiveRun:
    """The list being read: its indicator, its parts, and the index of its last figure."""

    indicator: Indicator
    parts: list[str]
    last: int
    said: int = 1

    def next_part(self, index: int, lead: str, q: Quantity, previous: Figure | None) -> str | None:
        """The part the figure at `index` is said of, when it is the list's next number."""
        if (self.last != index - 1 or previous is None or previous.unit != q.unit or self.said >= len(self.parts)
                or _NEXT_ITEM.match(lead) is None):
            return None
        self.said += 1
        self.last = index
        return self.parts[self.said - 1]
