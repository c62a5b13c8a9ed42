"""Whose figure a number is (区政府本级, 街乡、部门, 市级, 食品安全领域 …).

Figures of different scopes are never summed or swapped; a scope is a short phrase
taken from the words before the number in its sentence, or None for the reporting body
as a whole.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from fgqa import re_cache
from fgqa.figures.prefix import PrefixScan
from fgqa.re_needles import absent

# each of the body's sub-areas (各县(市、区)共清理…, 各乡镇共调解…, 各村(社区)): a sum over its
# parts, said of the parts, not the body's own figure; 各级 (every level) is the whole, and a
# place the body acted in (深入各乡镇…, 对各社区…) is no scope. After a part word (…132起,其中乡
# 调委会47起、各村调委会85起) it is one item of a breakdown, not the subject of the sentence.
# (The character after the name is consumed, not looked ahead at, so the pattern reads each
# sentence once: fgqa.figures.prefix.)
_EACH_SUBAREA = re_cache.compile(
    r"(?<![在于到入进盖托助用向过对])(各(?:县市区|县区|区县|乡镇|镇街|街镇|街乡|设区的?市|街道|社区|县|区|市|乡|镇|村)"
    r"(?:\([^()]{1,6}\))?)[^级类项场直属域民\d]")

_SCOPE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re_cache.compile(r"以([^,，。;；以]{1,12}?)为(?:诉讼主体|被告|被申请人|复议机关)"),
    re_cache.compile(r"被申请人为([^,，。;；]{1,12}?)的"),
    # the body as respondent, said without 以…为: 街道被申请行政复议2件 and 区政府作为被申请人的复议案件 are
    # 以X为被申请人的… (a government's cases as respondent, apart from those it decides as a reconsideration
    # body; as a defendant it has one role only, so 乡政府作为被告 stays the body's own). 各街道 is the
    # streets', a part read by fgqa.figures.whose; 本局作为被申请人 is the reporting body itself (a class,
    # not a lookahead: the pattern is read once per sentence, fgqa.figures.prefix)
    re_cache.compile(r"(?:^|[,，;；、])(?:全年|年内|今年|本年度)?([^\W\d_A-Za-z各全本我]{0,6}?(?:政府|街道|办事处|管委会))"
                     r"(?:被申请(?:了)?(?:行政)?复议|作为(?:行政复议)?被申请人)"),
    # (…652件(其中市本级137件): a level named after 其中 or an opening bracket too)
    re_cache.compile(r"(?:^|[,，、(（]|其中)((?:区|市|县|镇|乡|街道)?(?:本级|市级|县级|区级|镇级|乡级|村级|镇\(街道\)级|街道级))"),
    re_cache.compile(r"([\u4e00-\u9fff]{2,6}领域)"),
    # one kind of case (征收拆迁类案件), a part of the cases; 各类案件 is all of them
    re_cache.compile(r"(?:其中|涉及|办理|受理)?([\u4e00-\u9fff]{2,6}?(?<![各该此同])类案件)"),
    re_cache.compile(r"((?:[省区市县镇乡](?:人民)?(?:政府|局|委|级|厅)|街道)本级)"),  # 区政府本级, 市局本级, 省政府本级
    re_cache.compile(r"(人民调解)"),
    re_cache.compile(r"(?<!全)((?:区|市|县)(?:人民)?法院)"),  # 全县法院 are the whole area's courts: no narrower scope
    re_cache.compile(r"((?:街乡|乡镇|街道)、?(?:部门|街道|乡镇))"),
    # the other subjects of a report's breakdown (各县区和市直部门, 区直部门): not the body itself
    re_cache.compile(r"((?:各)?(?:县区|区县|县市区|乡镇|街镇)(?:和|、|及)(?:市直|区直|县直)部门|(?:市直|区直|县直)部门)"),
    # (after the breakdown's subjects above: 各县区和市直部门 is said whole, not as 各县区)
    _EACH_SUBAREA,
)


#: an administrative level (市级/镇级): levels are counted apart and never added up
LEVEL_SCOPE = re_cache.compile(r"^(?:市|区|县|镇|乡|街道|村)级")
#: the whole body (全区, 全市…): its figure already holds its parts' figures, so it is never
#: added to them (全区75件 + 区政府本级18件 + 街道、部门57件 is not 150)
WHOLE_SCOPE = re_cache.compile(r"^全(?:省|市|区|县|镇|乡|街道|州|盟|旗)")


#: each scope pattern with the words all its matches hold (fgqa.re_needles): most leads name no scope
_SCOPE_NEEDLES = tuple((p, re_cache.needles(p)) for p in _SCOPE_PATTERNS)


def scope_of(sentence_lead: str) -> str | None:
    """The narrowest scope named in the words before a number (None when none is)."""
    best: tuple[int, str] | None = None
    asides: list[tuple[int, int]] | None = None
    for pattern, needles in _SCOPE_NEEDLES:
        if absent(needles, sentence_lead):
            continue
        for m in pattern.finditer(sentence_lead):
            if asides is None:
                asides = _closed_asides(sentence_lead)
            if pattern is _EACH_SUBAREA and _PART_OF.search(sentence_lead, 0, m.start(1)):
                continue
            if (best is None or m.start(1) > best[0]) and not _inside(m.start(1), asides, len(sentence_lead)):
                best = (m.start(1), m.group(1))
    if best is None or _TIERS_BEFORE.search(sentence_lead, max(0, best[0] - 12), best[0]):
        return None
    whole = _WHOLE.search(sentence_lead, 0, best[0])
    if whole is not None and _PART_OF.search(sentence_lead, whole.end(), best[0]):
        whole = None  # "全区…80件,其中以区政府为被告的21件": a part of the whole, not the whole
    # "全区共受理以区内行政机关为被告的…" is the whole area, said precisely
    return f"{whole.group()}({best[1]})" if whole else best[1]


def _closed_asides(s: str) -> list[tuple[int, int]]:
    """The (open, close) positions of the brackets of `s` (……652件(其中市本级137件),废止48件:
    a scope named inside a bracket is the bracket's, not the words' after it)."""
    spans: list[tuple[int, int]] = []
    opened: list[int] = []
    for i, ch in enumerate(s):
        if ch in "(（":
            opened.append(i)
        elif ch in ")）" and opened:
            spans.append((opened.pop(), i))
    return spans


def _inside(pos: int, asides: list[tuple[int, int]], k: int) -> bool:
    """`pos` is inside a bracket that closed before `k`."""
    return any(o < pos < c < k for o, c in asides)


#: a word that turns what follows into a part of the whole named before it
_PART_OF = re_cache.compile(r"其中|包括|分别")

#: every tier of government named before a part's name (市县乡三级政府和市直部门, 县乡两级政府及县直
#: 部门): the parts are said together with the tiers, the whole body
_TIERS_BEFORE = re_cache.compile(r"[两三四五]级[\u4e00-\u9fff]{0,4}?(?:和|及|、|与)$")


_WHOLE_AREA = r"全(?:区|市|县|镇|乡|街道)"
_NOT_A_PART = r"[\u4e00-\u9fff]{0,2}(?:部门|领域)"
_WHOLE = re_cache.compile(f"{_WHOLE_AREA}(?!{_NOT_A_PART})")


# A period other than "the report year": 去年以来, 2023年以来, 截至10月底, 1-10月, 近三年, 2022年至今
_PERIOD = re_cache.compile(
    r"(?:去年|上年|(?:20\d\d)年(?:\d{1,2}月)?)以来|(?:20\d\d)年至今|截至(?:目前|当前|今年)?(?:(?:20\d\d年)?\d{1,2}月(?:底|末|\d{1,2}日)?)?"
    r"|(?<![\d年])\d{1,2}[-—至]\d{1,2}月|近[一二三四五两\d]年|(?:十三五|十四五)(?:期间|以来)"
)


def period_of(sentence_lead: str, year: int | None = None) -> str | None:
    """The period named before a number when it is not simply the report year."""
    named = list(_PERIOD.finditer(sentence_lead))
    if not named:
        return None
    found = named[-1].group()  # the period nearest the number
    if year is not None and found.startswith(f"{year}年以来"):
        return None  # "2024年以来" in a 2024 report is the report year
    return found


class SentenceReader:
    """`scope_of` and `period_of` for every prefix of one sentence, from one scan of it
    (see fgqa.figures.prefix): `scope(k) == scope_of(sentence[:k])`."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        self._scopes = [PrefixScan(p, sentence) for p in _SCOPE_PATTERNS]
        self._period = PrefixScan(_PERIOD, sentence)
        self._whole = _WholeArea(sentence)
        self._asides = _closed_asides(sentence)
        first_part = _PART_OF.search(sentence)
        #: where the sentence's first part word (其中/包括/分别) ends: a 各X after it is an item
        self._part_end = first_part.end() if first_part else None

    def scope(self, k: int) -> str | None:
        best: re.Match[str] | None = None
        for pattern, scan in zip(_SCOPE_PATTERNS, self._scopes):  # each pattern's last match (outside a closed bracket) starts its group latest
            m = scan.last(k)
            if m is not None and pattern is _EACH_SUBAREA and self._after_part_word(m):
                m = next((x for x in reversed(scan.matches(k)) if not self._after_part_word(x)), None)
            if m is not None and _inside(m.start(1), self._asides, k):
                m = next((x for x in reversed(scan.matches(k)) if not _inside(x.start(1), self._asides, k)
                          and not (pattern is _EACH_SUBAREA and self._after_part_word(x))), None)
            if m is not None and (best is None or m.start(1) > best.start(1)):
                best = m
        if best is None or _TIERS_BEFORE.search(self.sentence, max(0, best.start(1) - 12), best.start(1)):
            return None
        whole = self._whole.first(best.start(1))
        if whole is not None and _PART_OF.search(self.sentence, whole.end(), best.start(1)):
            whole = None
        return f"{whole.group()}({best.group(1)})" if whole else best.group(1)

    def _after_part_word(self, m: re.Match[str]) -> bool:
        return self._part_end is not None and self._part_end <= m.start(1)

    def period(self, k: int, year: int | None = None) -> str | None:
        m = self._period.last(k)
        if m is None:
            return None
        found = m.group()
        if year is not None and found.startswith(f"{year}年以来"):
            return None
        return found


class _WholeArea:
    """`_WHOLE.search(s, 0, end)` for any `end`, from one scan of `s`. The lookahead that
    tells 全区 from 全区各部门 reads at most four characters after the name, so a name ending
    four or more characters before `end` is decided once; only the last few are re-read."""

    _NAME = re_cache.compile(_WHOLE_AREA)
    _REACH = 4  # what _NOT_A_PART can read: two characters and a two-character noun

    def __init__(self, s: str) -> None:
        self.s = s
        self._names = list(self._NAME.finditer(s))
        self._ends = [m.end() for m in self._names]
        full = [i for i, m in enumerate(self._names) if _WHOLE.match(s, m.start()) is not None]
        self._first_whole = full[0] if full else None

    def first(self, end: int) -> re.Match[str] | None:
        decided = bisect_right(self._ends, end - self._REACH)  # names whose lookahead ends by `end`
        if self._first_whole is not None and self._first_whole < decided:
            return self._names[self._first_whole]
        for m in self._names[decided:bisect_right(self._ends, end)]:
            if _WHOLE.match(self.s, m.start(), end) is not None:
                return m
        return None
