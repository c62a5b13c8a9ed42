"""Numbers whose words name an indicator but which are not the year's own figure of the body.

A report cites, next to its own figures, totals over several years (近三年累计…), a part of
the year beside the whole year (上半年…, 1—9月…), averages per unit (平均每个部门…), and
somebody else's figures: a higher area's (全市… in a county's report), a neighbour's (邻近的X区),
an upper body's (上级复议机关, 市级…). Keyed as the year's figure each is a trap; fgqa abstains
instead — over years or per unit the number keys nothing, somebody else's is a benchmark, and a
part of the year keys nothing when the report gives the same key for the whole year
(fgqa.figures.extract applies it). The words are data: the areas' last words and their levels
are places.toml [levels] (the metadata stage reads the same lists), the words around them
kinds.toml [elsewhere].

Whose a clause's figures are is read from the clause's subject: the area or body its opening
names (after a year or 其中), compared with the reporting body's level. A subject said in an
earlier clause of the sentence that gave a number of its own carries on (全市各级复议机关共新收
申请3,904件,审结3,600件), until another subject is named (…,其中我区238件) or the clause opens
with a body of its own (…,司法局办理86件). An area word that can name the body's own level too
(全市 in a county-level report: a 县级市 is a 市) says nothing when the body's name is not known.
"""

import re
from collections.abc import Callable, Iterable
from typing import Literal, NamedTuple

from fgqa import re_cache
from fgqa.lexicon import Lexicon
from fgqa.lexicon.load import Elsewhere
from fgqa.lexicon.places import Places, alternation, place_suffixes

#: how high an area of each level (fgqa.models.Level) is: the nation 0, a province 1, a city 2, a county or district 3, a town
#: or street 4 (the words of each level are places.toml [levels])
_LEVEL_RANK: dict[str, int] = {"national": 0, "province": 1, "city": 2, "district": 3, "county": 3, "town": 4,
                                 "street": 4}
#: 《法治政府建设实施纲要(2021—2025年)》 and bracketed asides: their years are no period of the number
_ASIDES = re_cache.compile(r"《[^》]*》|[(（][^()（）]*[)）]")

_DIGIT = re_cache.compile(r"\d")
_BRACKET = re_cache.compile(r"[()（）]")


class _AreaWords(NamedTuple):
    """The patterns of areas and bodies, from places.toml's level words and kinds.toml [elsewhere]."""

    #: an area's last word → the ranks it can have, its own level's first (市: a city's, then a
    #: county-level city's)
    ranks: dict[str, tuple[int, ...]]
    #: 全市 / 全省 / 全国: the whole of an area (group 1: its last word)
    whole_area: re.Pattern[str]
    #: 市级 / 省级: a level of government
    level_word: re.Pattern[str]
    #: 市政府 / 县本级 / 市法律援助中心: a government or one of its offices named by its level only
    government: re.Pattern[str]
    #: 我区 / 本县 / 本局: the reporting body itself
    self_word: re.Pattern[str]
    #: a place by its name with a rate of its own (槿州区败诉率为9.8%): a name of two or three
    #: characters and a place's last word (a longer run is words: 审查区政府…, 年初提出全区…)
    named_place: re.Pattern[str]
    #: the place words of an issuer (琮溪区司法局 → 琮溪区; 雁屿市琮溪区人民政府 → 雁屿市, 琮溪区)
    issuer_place: re.Pattern[str]
    #: a place name's last word at its end
    suffix_at_end: re.Pattern[str]


#: id of a lexicon's [elsewhere] → (that object, kept so that its id is not reused, its patterns)
_AREA_WORDS: dict[int, tuple[Elsewhere, _AreaWords]] = {}


def _area_words(places: Places, w: Elsewhere) -> _AreaWords:
    """Built once per lexicon: the level words are data (places.toml), the words around them too."""
    cached = _AREA_WORDS.get(id(w))
    if cached is not None and cached[0] is w:
        return cached[1]
    ranks = {word: (_LEVEL_RANK[level], *((_LEVEL_RANK[places.shared_levels[word]],) if word in places.shared_levels else ()))
             for word, level in places.area_levels.items()}
    suffix = rf"(?!{w.not_an_area.pattern})(?:{alternation(place_suffixes(places))})"
    level = alternation(tuple(places.bare_government))
    words = _AreaWords(
        ranks=ranks,
        whole_area=re_cache.compile(rf"全((?!{w.not_an_area.pattern}){alternation(tuple(places.area_levels))})"),
        level_word=re_cache.compile(rf"({level})(?:{w.of_level.pattern})"),
        government=re_cache.compile(rf"({level})(?:{w.body_of_level.pattern})"),
        self_word=re_cache.compile(rf"(?:{w.self_prefix.pattern})(?:{alternation(tuple(places.self_reference))}|{w.self_also.pattern})"),
        named_place=re_cache.compile(rf"[\u4e00-\u9fff]{{2,3}}?{suffix}(?={w.named_rate.pattern})"),
        issuer_place=re_cache.compile(rf"[\u4e00-\u9fff]{{1,6}}?{suffix}"),
        suffix_at_end=re_cache.compile(rf"(?:{alternation(place_suffixes(places))})$"),
    )
    _AREA_WORDS[id(w)] = (w, words)
    return words


#: "unsure": a subject is named, but whose it is cannot be told (it stops the carry of an earlier one)
Whose = Literal["own", "other", "part", "unsure"]
#: `followed_by(word, pattern)`: the last `word` in a sentence's words up to a number is followed there by `pattern`
FollowedBy = Callable[[str, re.Pattern[str]], bool]


class Vantage:
    """Where the reporting body stands: its level's rank and its own place names."""

    def __init__(self, lex: Lexicon, level: str | None, issuer: str | None, year: int | None) -> None:
        self.words: Elsewhere | None = lex.kinds.elsewhere
        self.year = year
        self.areas: _AreaWords | None = None
        self.places: tuple[str, ...] = ()
        self.own_suffix: str | None = None
        self.rank: int | None = None
        #: clause → its subject: a sentence's earlier clauses are asked again for each of its numbers
        self._subjects: dict[str, Whose | None] = {}
        if self.words is None:
            return
        a = self.areas = _area_words(lex.places, self.words)
        self.places = tuple(m.group() for m in a.issuer_place.finditer(issuer or "") if len(m.group()) > 1)
        #: the last word of the issuer's place (宁国市 → 市: its 全市 is its own whatever its level)
        self.own_suffix = _suffix_of(a, self.places[-1]) if self.places else None
        rank = _LEVEL_RANK.get(level or "")
        if rank is None and self.own_suffix is not None:  # a department: its area's rank (琮溪区司法局 → 区)
            rank = a.ranks[self.own_suffix][0]
        self.rank = rank

    # ------------------------------------------------------------------ not the year's

    def over_years(self, clause: str, period: str | None, followed_by: FollowedBy | None = None, *,
                   rate: bool = False) -> bool:
        """The clause (or the sentence's period, said in its words up to the number: `followed_by`
        asks those words, fgqa.figures.leads) spans more years than the report's. A span that says
        when the things counted were made (2016年以来出台的文件) is none; a clause that names the
        year (全年…) is the year's; a count built up over the years (累计建成…) is a stock, but a
        rate that 累计达到 a value is the year's."""
        w = self.words
        if w is None:
            return False
        words = _ASIDES.sub("", clause)
        if period and (w.the_year.search(words) or (followed_by is not None and followed_by(period, w.describes_object))):
            period = None
        spans = [m for m in w.over_years.finditer(words) if not w.describes_object.match(words, m.end())]
        if spans or (period and w.over_years.search(period)) or (not rate and w.accumulated.search(words)):
            return True
        if self.year is not None:
            for m in w.since_year.finditer(words + "|" + (period or "")):
                if int(m.group(1)) < self.year - 1 and not w.describes_object.match(words + "|", m.end()):
                    return True  # (2023年以来 in a 2024 report is the year's)
        return False

    def part_of_year(self, clause: str) -> bool:
        """上半年 / 1—9月 / 第三季度 in the clause: a part of the year."""
        return self.words is not None and self.words.part_of_year.search(_ASIDES.sub("", clause)) is not None

    def per_unit(self, clause: str) -> bool:
        """平均每个部门 / 人均: an average per unit."""
        return self.words is not None and self.words.per_unit.search(clause) is not None

    def some_of(self, clause: str) -> bool:
        """个别县… / 少数部门…: some of the area's places or offices, unnamed; 对败诉率高于10%的…: a level
        that picks out whom a measure addressed."""
        return self.words is not None and self.words.some_of.search(clause) is not None

    def examples(self, clause: str) -> bool:
        """通报典型败诉案件8个: the cases held up as examples, a few picked out of the year's."""
        return self.words is not None and self.words.examples.search(clause) is not None

    # ------------------------------------------------------------------ somebody else's

    def others(self, clause: str, earlier: Iterable[str], scope: str | None) -> bool:
        """Whether the number of this clause (its words up to the number) is somebody else's: by
        the clause's subject, else the subject of the nearest earlier clause of the sentence
        (`earlier`, nearest first) that names one, if that clause gave a number, else its scope
        (市级 in a district's report). A clause that names a body of its own (司法局办理…) takes
        no earlier subject, whoever that body is."""
        w = self.words
        if w is None:
            return False
        if w.neighbour.search(clause):
            return True
        if self._answers_for(clause):
            return False  # 市政府共受理被申请人为区政府的…: the district's own cases, received above it
        earlier = list(earlier)
        if self._decided_above(clause, earlier):
            return False  # 以区政府为被申请人的案件21件,市政府已审结19件: the district's cases, decided above it
        whose = self.subject(clause)
        if whose is None:
            for n, words in enumerate(earlier):
                if _BRACKET.search(words):
                    continue  # …线索11条(其中主动上报7条,上级下发4条),…: an aside's subject does not carry
                if self._decided_above(_DIGIT.split(words, 1)[0], earlier[n + 1:]):
                    break  # …,市政府已审结66件,其中纠错5件: a part of the body's cases decided above it
                whose = self.subject(words)
                if whose is not None:
                    if not _DIGIT.search(words):
                        whose = None  # 全省率先…,办理…: a subject of no figure does not carry
                    break
        if whose is None and scope:
            whose = self.subject(scope)
        return whose == "other"

    def _decided_above(self, clause: str, earlier: list[str]) -> bool:
        """The clause is only the body above and its deciding verb (市政府已审结), after a clause that
        counts cases by their respondent or defendant (以新区各级行政机关为被申请人的…案件71件)."""
        w = self.words
        assert w is not None
        return w.decided_above.search(clause) is not None and any(w.respondent.search(words) for words in earlier)

    def _answers_for(self, clause: str) -> bool:
        """The clause counts cases the reporting body is the respondent or defendant of."""
        w, a = self.words, self.areas
        assert w is not None and a is not None
        for m in w.respondent.finditer(clause):
            body = next((g for g in m.groups() if g), "")
            if a.self_word.search(body) or any(own in body for own in self.places):
                return True
            found = a.government.search(body)
            if found is not None and self._by_rank(found.group(1)) == "own":
                return True
        return False

    def subject(self, clause: str) -> Whose | None:
        """Whose the clause is by its opening words: the body's own, somebody else's, a part of
        the body's (a lower place), "unsure" when it names a body that is none of these for
        certain, or None when it opens with no subject."""
        try:
            return self._subjects[clause]
        except KeyError:
            if len(self._subjects) >= 4096:
                self._subjects.clear()
            found = self._subjects[clause] = self._subject(clause)
            return found

    def _subject(self, clause: str) -> Whose | None:
        w, a = self.words, self.areas
        assert w is not None and a is not None
        m = w.subject_opening.match(clause)
        rest = clause[m.end():] if m else clause
        if w.upper.match(rest):
            return "other"
        if a.self_word.match(rest):
            return "own"
        for pattern in (a.whole_area, a.level_word, a.government):
            found = pattern.match(rest)
            if found is not None:
                if w.not_subject.match(rest, found.end()):
                    return None
                return self._by_rank(found.group(1))
        named = a.named_place.match(rest)
        if named is not None and not w.not_a_place.search(named.group()) and not w.not_a_body.match(rest, named.end()):
            return self._named(named.group(), rest[named.end():])
        if w.own_subject.match(rest):
            return "unsure"  # 司法局办理… / 各乡镇调解…: a body of its own, not the one said before
        if a.self_word.search(rest):
            return "own"  # 低于全市平均水平的我县纠错率为…: the body names itself inside the clause
        return None

    def _by_rank(self, suffix: str) -> Whose | None:
        """Whose an area word of the body's text is (全市, 县级, 区政府), by its rank."""
        assert self.areas is not None
        if self.rank is None:
            return None
        if suffix == self.own_suffix:
            return "own"
        ranks = self.areas.ranks.get(suffix)
        if ranks is None:
            return None
        if self.own_suffix is None and len(ranks) > 1 and self.rank in ranks:
            return "unsure"  # 全市 in a county-level report whose name is not known: a 县级市's own
        rank = ranks[0]
        return "other" if rank < self.rank else "own" if rank == self.rank else "part"

    def _named(self, place: str, after: str) -> Whose | None:
        assert self.areas is not None
        if not self.places or self.rank is None:
            return None
        if any(place in own or own in place for own in self.places):
            return "own"
        if any(after.startswith(own) for own in self.places):
            return "own"  # 雁屿市琮溪区…: the issuer's city before its own name
        suffix = _suffix_of(self.areas, place)
        ranks = self.areas.ranks.get(suffix or "")
        if not ranks:
            return None
        return "other" if ranks[0] <= self.rank else "part"  # a sibling or a higher place; a lower one is a part


def _suffix_of(areas: _AreaWords, place: str) -> str | None:
    m = areas.suffix_at_end.search(place)
    return m.group() if m else None
