"""A part of a total named by who did it, not by a level word.

Reports break a total down by the bodies or places that did the work, in words no scope
pattern lists: 其中市场监管部门查办4,870件 / 其中市法律援助处受理1,126件 (after a part word),
…,市城管执法支队查办2,115件 (the next part after a comma), 从分布看,市本级176件,东岭区203件、
西沅区158件 (a breakdown opened by 从…看 / 按…看), 全市…出庭应诉率97.6%,市本级实现100% (a level
right after the whole's figure). Each such number is the total's indicator for that subject:
its scope is the subject, so it is neither summed into nor taken for the total.

The subject ends in the noun of a body or a place (部门, 中心, 支队, 分局, 局, 处, 所, 站, 委员会,
机构, 本级, 街道, 乡镇, 区, 县, 市 …) and stands right before its verb (办理, 受理, 查办, 审查 …) or
its number; a lead that opens with a verb (建成…调解中心3个) names no subject.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from fgqa import re_cache
from fgqa.lazy_re import lazy_compile
from fgqa.lexicon import lexicon

#: a body's or a place's name: at most 16 characters ending in its noun (scopes.toml
#: `subject_nouns`), with a bracketed aside (街道(镇)) and 人民政府 / 政府 after a place
_SUBJECT = (r"(?:\d+个)?[\u4e00-\u9fff]{{0,14}}?(?:{nouns})"
            r"(?:[(（][\u4e00-\u9fff、]{{1,6}}[)）])?(?:人民政府|政府)?")
#: what may stand between the subject and its number: how it acted, then its verb
_VERB = (r"(?:以自身名义|直接|共|累计|全年|全部)?"
         r"(?:办理|受理|查办|查处|审查|审核|办结|审结|立案|收到|新收|调解|化解|作出|实现|达到|达|为|是|有)?")
#: the verbs (and what opens a phrase) a subject named after 其中 may be followed by
_AFTER_SUBJECT = (r"(?:以自身名义|直接|共|累计|全年|全部)?(?:办理|受理|查办|查处|审查|审核|办结|审结|立案|收到|新收|"
                  r"调解|化解|作出|开展|作为|以|对|的)")


class _Patterns(NamedTuple):
    #: 其中市场监管部门查办 / 其中,9个街道以自身名义办理的…案件: the subject right after the part word
    after_part_word: re.Pattern[str]
    #: a place's or body's name as an item of a list
    whole: re.Pattern[str]
    #: ,市城管执法支队查办 / 、西沅区: a lead that is only a subject and its verb
    only_subject: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    subject = _SUBJECT.format(nouns=lexicon().scopes.subject_nouns)
    return _Patterns(
        after_part_word=re_cache.compile(rf"^[,，;；、(（]?\s*其中[,，]?\s*({subject})(?={_AFTER_SUBJECT}|$)"),
        whole=re_cache.compile(subject),
        only_subject=re_cache.compile(rf"^[,，;；、]?\s*({subject}){_VERB}$"),
    )


_PART_WORD_OPENING = lazy_compile(r"^(?:其中|包括)[,，]?")
#: 其中, standing alone as a clause
_BARE_PART_WORD = lazy_compile(r"(?:^|[,，;；。])其中[,，]$")
_BODIES_COUNT = lazy_compile(r"\d+个")
#: a level or a place named right after the whole's figure (…98.7%,市本级达到100%)
_LEVEL_OR_PLACE = lazy_compile(r"^[,，;；]?\s*((?:[\u4e00-\u9fff]{0,4}本级)|(?:[\u4e00-\u9fff]{1,5}(?:区|县|市|旗)))"
                               r"(?:实现|达到|达|为|是)?$")
#: a total said again: the subject of the parts before it no longer holds (…,共提出审查意见2,036条)
_TOTAL_AGAIN = lazy_compile(r"共|合计|累计|总计|全部|全(?:市|区|县|镇|乡)")


def after_part_word(lead: str) -> str | None:
    """The subject a part word opens the lead with (其中市场监管部门查办 → 市场监管部门)."""
    m = _patterns().after_part_word.match(lead)
    return _subject(m.group(1)) if m else None


def subject_named(item: str, *, last: bool = False) -> str | None:
    """The place or body an item of a 分别 list names: the whole item (蓁山区政府), or for the
    last item, which may carry the measure's words, the name it opens with (蓁山区败诉率 → 蓁山区)."""
    item = _PART_WORD_OPENING.sub("", item)
    whole = _patterns().whole
    m = whole.fullmatch(item) or (whole.match(item) if last else None)
    return _subject(m.group()) if m else None


def whole_subject(words: str) -> str | None:
    """`words` when they are nothing but a body's or a place's name (管委会本级, 工作部门, 街道)."""
    return _subject(words) if _patterns().whole.fullmatch(words.strip()) else None


def bare_part_word(clause: str) -> bool:
    """A clause that is only the part word (其中, before 9个街道…): it opens the next clause's part."""
    return _BARE_PART_WORD.search(clause) is not None


def bodies_count(words: str) -> bool:
    """Only a count of bodies (9个) stands there: the start of a subject's name (9个街道)."""
    return words == "" or _BODIES_COUNT.fullmatch(words) is not None


def only_subject(lead: str) -> str | None:
    """The subject when the lead is nothing but a subject and its verb (,各县区分局办理)."""
    m = _patterns().only_subject.match(lead)
    return _subject(m.group(1)) if m else None


#: the most characters before a clause opens_breakdown reads: its pattern's longest match, and the
#: newline `$` may stand before (a caller passes only these: cut from the sentence start per number,
#: a long sentence was read once per number)
BREAKDOWN_REACH = 17


def opens_breakdown(before: str) -> bool:
    """The words before a clause open a breakdown of a total (从分布看, / 按所在地看,, indicators.toml
    [breakdown] opens): only the
    last BREAKDOWN_REACH characters of `before` decide it (the pattern ends at `$`)."""
    words = lexicon().breakdown
    return words is not None and words.opens is not None and words.opens.search(before) is not None


def list_head(clause: str) -> str | None:
    """The measure a colon-opened list of parts counts (各县区政府收到的行政复议申请分别为: → …申请),
    when the clause ends in the list's opener."""
    words = lexicon().breakdown
    m = words.list_opener.search(clause) if words is not None and words.list_opener is not None else None
    head = clause[:m.start()].strip() if m else ""
    return head if m and m.group() not in (":", "：") and head else None


def level_or_place(lead: str) -> str | None:
    """A level or a place that is all a lead says after the whole's figure (,市本级实现)."""
    m = _LEVEL_OR_PLACE.match(lead)
    return m.group(1) if m else None


def ends_subject(lead: str) -> bool:
    """A lead that names a total again, or closes the bracket the part stood in (…652件(其中市本级
    137件),废止48件), ends the run of a part's subject."""
    return _TOTAL_AGAIN.search(lead) is not None or ")" in lead or "）" in lead


def _subject(name: str) -> str | None:
    name = name.strip()
    return name if len(name) >= 2 else None
