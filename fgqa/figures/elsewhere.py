"""Numbers whose words name an indicator but which are not the year's own figure of the body.

A report cites, next to its own figures, totals over several years (近三年累计…), a part of
the year beside the whole year (上半年…, 1—9月…), averages per unit (平均每个部门…), and
somebody else's figures: a higher area's (全市… in a county's report), a neighbour's (邻近的X区),
an upper body's (上级复议机关, 市级…). Keyed as the year's figure each is a trap; fgqa abstains
instead — over years or per unit the number keys nothing, somebody else's is a benchmark, and a
part of the year keys nothing when the report gives the same key for the whole year
(fgqa.figures.extract applies it). The words are data: kinds.toml [elsewhere].

Whose a clause's figures are is read from the clause's subject: the area or body its opening
names (after a year or 其中), compared with the reporting body's level. A subject said in an
earlier clause of the sentence that gave a number of its own carries on (全市各级复议机关共新收
申请3,904件,审结3,600件), until another subject is named (…,其中我区238件).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from fgqa import re_cache
from fgqa.lexicon import Lexicon
from fgqa.lexicon.load import Elsewhere

#: how high an area is: the nation 0, a province 1, a city 2, a county or district 3, a town or street 4
_RANK = {"国": 0, "国家": 0, "省": 1, "自治区": 1, "市": 2, "州": 2, "盟": 2, "地区": 2, "自治州": 2,
         "县": 3, "区": 3, "旗": 3, "自治县": 3, "镇": 4, "乡": 4, "街道": 4, "苏木": 4}
_LEVEL_RANK = {"national": 0, "province": 1, "city": 2, "district": 3, "county": 3, "town": 4, "street": 4}
_SUFFIX = r"自治区|自治州|自治县|街道|苏木|省|市(?!场)|州|盟|县|区|旗|镇|乡"
#: 全市 / 全省 / 全国: the whole of an area
_WHOLE_AREA = re_cache.compile(rf"全(国|{_SUFFIX})")
#: 市级 / 省级: a level of government
_LEVEL_WORD = re_cache.compile(r"(省|市|县|区|镇|乡|街道)级")
#: 市政府 / 县人民政府 / 市法律援助中心 / 市司法局: a government or one of its offices named by its level
#: only (市场 / 市直 / 县乡 … are no level; a court decides the body's cases and is no subject of them)
_GOVERNMENT = re_cache.compile(r"(省|市|县|区|镇|乡|街道)(?:(?:人民)?政府|(?![场直级乡镇县区民])[\u4e00-\u9fff]{1,8}?(?:局|厅|中心|委员会|办公室))")
#: 我区 / 本县 / 本局: the reporting body itself
_SELF = re_cache.compile(r"[我本](?:省|市|县|区|旗|镇|乡|街道|局|厅|委|办|级|单位|部门)")
#: a place by its name with a rate of its own (槿州区败诉率为9.8%, X县的纠错率): a name of two or
#: three characters and a place's last word (a longer run is words: 审查区政府…, 年初提出全区…)
_NAMED_PLACE = re_cache.compile(rf"[\u4e00-\u9fff]{{2,3}}?(?:{_SUFFIX})(?=的?[^\d,，。;；]{{0,10}}率)")
#: the place words of an issuer (琮溪区司法局 → 琮溪区; 雁屿市琮溪区人民政府 → 雁屿市, 琮溪区)
_ISSUER_PLACE = re_cache.compile(rf"[\u4e00-\u9fff]{{1,6}}?(?:{_SUFFIX})")
#: 《法治政府建设实施纲要(2021—2025年)》 and bracketed asides: their years are no period of the number
_ASIDES = re_cache.compile(r"《[^》]*》|[(（][^()（）]*[)）]")

_DIGIT = re_cache.compile(r"\d")
_BRACKET = re_cache.compile(r"[()（）]")

Whose = Literal["own", "other", "part"]


class Vantage:
    """Where the reporting body stands: its level's rank and its own place names."""

    def __init__(self, lex: Lexicon, level: str | None, issuer: str | None, year: int | None) -> None:
        self.words: Elsewhere | None = lex.kinds.elsewhere
        self.year = year
        self.places = tuple(m.group() for m in _ISSUER_PLACE.finditer(issuer or "") if len(m.group()) > 1)
        #: the last word of the issuer's place (宁国市 → 市: its 全市 is its own whatever its level)
        self.own_suffix = _suffix_of(self.places[-1]) if self.places else None
        rank = _LEVEL_RANK.get(level or "")
        if rank is None and self.own_suffix is not None:  # a department: its area's rank (琮溪区司法局 → 区)
            rank = _RANK.get(self.own_suffix)
        self.rank = rank

    # ------------------------------------------------------------------ not the year's

    def over_years(self, clause: str, period: str | None) -> bool:
        """The clause (or the sentence's period) spans more years than the report's."""
        if self.words is None:
            return False
        words = _ASIDES.sub("", clause)
        if self.words.over_years.search(words) or (period and self.words.over_years.search(period)):
            return True
        if self.year is not None:
            for m in self.words.since_year.finditer(words + "|" + (period or "")):
                if int(m.group(1)) < self.year - 1:  # 2023年以来 in a 2024 report is the year's
                    return True
        return False

    def part_of_year(self, clause: str) -> bool:
        """上半年 / 1—9月 / 第三季度 in the clause: a part of the year."""
        return self.words is not None and self.words.part_of_year.search(_ASIDES.sub("", clause)) is not None

    def per_unit(self, clause: str) -> bool:
        """平均每个部门 / 人均: an average per unit."""
        return self.words is not None and self.words.per_unit.search(clause) is not None

    # ------------------------------------------------------------------ somebody else's

    def others(self, clause: str, earlier: Iterable[str], scope: str | None) -> bool:
        """Whether the number of this clause (its words up to the number) is somebody else's: by
        the clause's subject, else the subject of the nearest earlier clause of the sentence
        (`earlier`, nearest first) that names one, if that clause gave a number, else its scope
        (市级 in a district's report)."""
        w = self.words
        if w is None:
            return False
        if w.neighbour.search(clause):
            return True
        if self._answers_for(clause):
            return False  # 市政府共受理被申请人为区政府的…: the district's own cases, received above it
        whose = self.subject(clause)
        if whose is None:
            for words in earlier:
                if _BRACKET.search(words):
                    continue  # …线索11条(其中主动上报7条,上级下发4条),…: an aside's subject does not carry
                whose = self.subject(words)
                if whose is not None:
                    if not _DIGIT.search(words):
                        whose = None  # 全省率先…,办理…: a subject of no figure does not carry
                    break
        if whose is None and scope:
            whose = self.subject(scope)
        return whose == "other"

    def _answers_for(self, clause: str) -> bool:
        """The clause counts cases the reporting body is the respondent or defendant of."""
        w = self.words
        assert w is not None
        for m in w.respondent.finditer(clause):
            body = next((g for g in m.groups() if g), "")
            if _SELF.search(body) or any(own in body for own in self.places):
                return True
            found = _GOVERNMENT.search(body)
            if found is not None and self._by_rank(found.group(1)) == "own":
                return True
        return False

    def subject(self, clause: str) -> Whose | None:
        """Whose the clause is by its opening words: the body's own, somebody else's, a part of
        the body's (a lower place), or None when it opens with no subject."""
        w = self.words
        assert w is not None
        m = w.subject_opening.match(clause)
        rest = clause[m.end():] if m else clause
        if w.upper.match(rest):
            return "other"
        if _SELF.match(rest):
            return "own"
        for pattern in (_WHOLE_AREA, _LEVEL_WORD, _GOVERNMENT):
            found = pattern.match(rest)
            if found is not None:
                if w.not_subject.match(rest, found.end()):
                    return None
                return self._by_rank(found.group(1))
        named = _NAMED_PLACE.match(rest)
        if named is not None and not w.not_a_place.search(named.group()) and not w.not_a_body.match(rest, named.end()):
            return self._named(named.group(), rest[named.end():])
        return None

    def _by_rank(self, suffix: str) -> Whose | None:
        if self.rank is None:
            return None
        if suffix == self.own_suffix:
            return "own"
        rank = _RANK.get(suffix)
        if rank is None:
            return None
        return "other" if rank < self.rank else "own" if rank == self.rank else "part"

    def _named(self, place: str, after: str) -> Whose | None:
        if not self.places or self.rank is None:
            return None
        if any(place in own or own in place for own in self.places):
            return "own"
        if any(after.startswith(own) for own in self.places):
            return "own"  # 雁屿市琮溪区…: the issuer's city before its own name
        rank = _RANK.get(_suffix_of(place) or "")
        if rank is None:
            return None
        return "other" if rank <= self.rank else "part"  # a sibling or a higher place; a lower one is a part


def _suffix_of(place: str) -> str | None:
    m = re.search(rf"(?:{_SUFFIX})$", place)
    return m.group() if m else None
