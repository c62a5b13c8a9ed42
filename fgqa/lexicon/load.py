"""Load the lexicon data files once into typed, frozen objects with compiled patterns.

The TOML files are validated against pydantic schemas (fgqa/lexicon/schemas.py: unknown
fields, unknown keys and duplicate keys are errors; the shipped files' validated contents
are kept in the user's cache, fgqa/lexicon/cache.py), their patterns are expanded ({gap:N}, {word}) and compiled
once; a bad entry fails with one line naming the file, the entry and the field.
"""

# no `from __future__ import annotations`: typing.NamedTuple and pydantic compile() each string
# annotation at import (~400 of them were ~0.1x the start-up floor; tests/test_cli.py counts them)

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType, SimpleNamespace
from typing import TYPE_CHECKING, Any, NamedTuple, cast, get_args

from fgqa import re_cache
from fgqa.errors import FgqaError
from fgqa.lexicon.abstain import Abstention, build_abstention
from fgqa.lexicon.places import Places, build_places
from fgqa.lexicon.scopes import ScopeWords, build_scopes
from fgqa.lexicon.summaries import SummaryWords, build_summaries
from fgqa.lexicon.tables import TableWords, build_tables
from fgqa.lexicon.yes_no import YesNoWords, build_yes_no
from fgqa.models import Kind, PartKey
from fgqa.re_needles import Needles, absent, finditer_near

if TYPE_CHECKING:  # the schemas are imported only to validate (fgqa/lexicon/schemas.py)
    from fgqa.lexicon.schemas import RawIndicatorsFile, RawKindsFile, RawPart, RawQuestionsFile, RawZeroFile

FILES = ("indicators.toml", "zero_claims.toml", "kinds.toml", "parts.toml", "questions.toml", "places.toml", "tables.toml", "scopes.toml",
         "summaries.toml", "yes_no.toml", "abstain.toml")

#: {gap:N}: up to N characters with no digit and no clause break between a cue and its number
GAP = r"[^\d,，;；。:：]{0,%d}"
#: {list}: an enumeration closed by 等 ("占道经营、违法建设、噪声扰民等"), which may stand
#: between a cue and its noun however long it is (up to 40 characters)
LIST = r"(?:[^\d,，;；。:：]{0,40}?等)?"
_TEMPLATE = re_cache.compile(r"\{gap:(\d+)\}|\{([a-z_]+)\}")
_DOMAIN_NAME = re_cache.compile(r"[a-z_]+")


#: what ends a sentence, for the domain carried out of it (Domains.carried_from)
_FULL_STOP = re_cache.compile(r"[。！？!?]")

class LexiconError(FgqaError):
    """A lexicon data file that cannot be used (the message names the file and the entry)."""


# --------------------------------------------------------------------------- typed objects
#
# Named tuples, not frozen dataclasses: as immutable and as typed, but defining one costs
# ~0.06 ms against a dataclass's ~0.4 ms (its methods are generated with exec), and all of
# them are defined at every start. `_replace` makes a changed copy.


class Deferred:
    """Patterns compiled when first read, not at load: the question words (of indicators,
    kinds and parts) are read only by `ask` and the LLM engines, so `summarize` does not
    compile them. A bad one fails then with the same one-line LexiconError naming the file
    and the entry; `load_lexicon(folder)` and `fgqa lexicon check` compile them all at once
    (Lexicon.compile_all), only the shipped lexicon of a run defers them."""

    def __init__(self, compiler: "_Compiler", sources: tuple[tuple[str, str], ...]) -> None:
        self.compiler = compiler
        #: (pattern as written, where it is in the file); its templates were checked at load
        self.sources = sources

    @cached_property
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(self.compiler.compile(pattern, where) for pattern, where in self.sources)



class Cue(NamedTuple):
    """One way a report names an indicator next to a number."""

    key: str
    units: frozenset[str]
    #: matched at the end of the lead (the words right before the number)
    lead: re.Pattern[str] | None
    #: matched at the start of the tail (the words right after the number and unit)
    tail: re.Pattern[str] | None
    #: the domain the sentence must be in for this cue to count
    domain: str | None
    #: words in the lead that rule this cue out
    exclude: re.Pattern[str] | None
    domains: "Domains"
    #: domains that rule this cue out when the number is in one of them (废止2件 said of
    #: 规章 just named is no repealed normative document)
    not_domains: frozenset[str] = frozenset()
    #: domains of the section heading that rule this cue out (行政处罚案件12件 under a heading
    #: on reconsideration is a kind of disputed act, not an enforcement count)
    not_headings: frozenset[str] = frozenset()
    #: words of the sentence before the number that rule this cue out (checked by the caller,
    #: which holds the sentence), unless the words around the number say `unless_lead`
    not_in_sentence: re.Pattern[str] | None = None
    unless_lead: re.Pattern[str] | None = None
    #: words the sentence before the number must say for this cue to count (a spoken verb such
    #: as 审了 names a review only where the sentence names what was reviewed)
    in_sentence: re.Pattern[str] | None = None
    #: like `in_sentence`, but read over the statement: the sentence and, when a ；joins it to
    #: the one before, that one too (…法律顾问覆盖率均为100%;社区一级配备率为96.6%: the adviser named once)
    in_statement: re.Pattern[str] | None = None
    #: words every match of `lead` / `tail` / `exclude` holds one of (fgqa.re_needles): words
    #: without them are not searched
    needles: tuple[Needles | None, Needles | None, Needles | None] = (None, None, None)
    #: words of the passage around the number (the paragraph's sentence before its own, and its
    #: own whole) that rule this cue out, unless the number's own sentence says `unless_lead`
    #: (a lecture counted among officials' training and exams is their study, not outreach)
    not_in_passage: re.Pattern[str] | None = None
    #: words at the start of the tail that rule a lead cue out: what the number counts, named right
    #: after it (对89件重大执法决定开展法制审核: enforcement decisions, not documents)
    not_tail: re.Pattern[str] | None = None
    #: words of the sentence before the number naming what it is about that rule this cue out
    #: whatever its lead says (a 宣讲 of a party plenum's spirit is political study, not legal
    #: outreach), unless the sentence also says `about_unless` (普法: the law taught too)
    not_about: re.Pattern[str] | None = None
    about_unless: re.Pattern[str] | None = None

    def ruled_out_by_passage(self, sentence: str, passage: str) -> bool:
        if self.not_in_passage is None or (self.unless_lead is not None and self.unless_lead.search(sentence)):
            return False
        return self.not_in_passage.search(passage) is not None

    def ruled_out_by(self, around: str, said: Callable[[re.Pattern[str]], bool],
                     stated: Callable[[re.Pattern[str]], bool] | None = None) -> bool:
        """Whether the sentence (`said(pattern)`: the words before the number say it) rules
        this cue out; `around` is the number's lead and tail; `stated(pattern)`: the words before
        the number in its statement say it (the sentence alone when not given)."""
        if self.in_sentence is not None and not said(self.in_sentence):
            return True
        if self.in_statement is not None and not (stated or said)(self.in_statement):
            return True
        if self.not_about is not None and said(self.not_about) and not (
                self.about_unless is not None and said(self.about_unless)):
            return True
        if self.not_in_sentence is None or (self.unless_lead is not None and self.unless_lead.search(around)):
            return False
        return said(self.not_in_sentence)

    def matches(self, lead: str, tail: str, unit: str, domain: str | None, *, any_unit: bool = False,
                mentioned: frozenset[str] = frozenset(), heading: str | None = None) -> bool:
        if not any_unit and unit not in self.units:
            return False
        if heading is not None and heading in self.not_headings:
            return False
        if self.domain and domain != self.domain and not self.domains.keeps(self.domain, domain, mentioned):
            return False
        lead_needles, tail_needles, exclude_needles = self.needles
        # whether the cue's words are there first: most cues tried are not, and the tests that
        # rule a cue out (pure tests, so their order changes no answer) are then not run
        if not ((self.lead is not None and not absent(lead_needles, lead) and self.lead.search(lead) is not None)
                or (self.tail is not None and not absent(tail_needles, tail) and self.tail.search(tail) is not None)):
            return False
        if self.exclude is not None and not absent(exclude_needles, lead) and self.exclude.search(lead):
            return False
        if domain is not None and domain in self.not_domains:
            return False
        return self.not_tail is None or not self.not_tail.match(tail)

    def tail_only(self, lead: str, tail: str) -> re.Match[str] | None:
        """The tail match when the tail, not the lead, named the indicator."""
        if self.tail is None:
            return None
        m = self.tail.search(tail)
        if m and not (self.lead is not None and self.lead.search(lead)):
            return m
        return None


class Formula(NamedTuple):
    """rate = numerator / the first denominator found nearby (keys in order of preference)."""

    numerator: str | None
    #: words that find an unkeyed numerator ("调解成功45件") when it has no key of its own
    numerator_words: re.Pattern[str] | None
    denominators: tuple[str, ...]


class Indicator(NamedTuple):
    key: str
    name: str
    label: str
    unit_family: str
    units: frozenset[str]
    #: patterns a question may use for it, the name first (compiled when first read)
    question_words: Deferred
    #: every cue of this key, in the order they are tried
    cues: tuple[Cue, ...]
    formula: Formula | None
    #: "M of N" coverage: what must follow the part's noun
    share_words: re.Pattern[str] | None
    #: its typed parts are not the indicator, their sum is
    breakdown: bool
    #: its total is broken down by kind after 其中 (其中草原执法案件318件, [breakdown] kind_part): the part keeps the key
    kind_parts: bool = False
    #: its name and the nouns a report names it by (`nouns`), one pattern: the clause fallback's words
    nouns: re.Pattern[str] | None = None
    #: the indicator it counts a part of (litigation.lost of litigation.concluded): named together
    #: in one clause, the narrower one is what a number counts
    narrows: str | None = None
    #: "M个村中N个配备了…": what must follow a part said by its bare count (the whole's noun left out)
    share_verbs: re.Pattern[str] | None = None

    @property
    def is_rate(self) -> bool:
        return self.key.endswith("_rate")

    @property
    def words(self) -> tuple[re.Pattern[str], ...]:
        return self.question_words.patterns

    @property
    def synonyms(self) -> tuple[str, ...]:
        return tuple(p.pattern for p in self.words[1:])

    @property
    def cue_domains(self) -> frozenset[str] | None:
        """The domains a sentence may be in for some cue of this key; None: any domain."""
        if any(c.domain is None for c in self.cues):
            return None
        return frozenset(c.domain for c in self.cues if c.domain)


class Domains(NamedTuple):
    pattern: re.Pattern[str]
    names: tuple[str, ...]
    #: domain → later domains that do not leave it (None: any)
    keeps_through: Mapping[str, frozenset[str] | None]
    #: kinds of case whose counts a report may lump together (复议、应诉和调解案件120件)
    combined: frozenset[str] = frozenset()
    #: what joins two of them in one noun phrase (、/和/及/与)
    combined_join: re.Pattern[str] | None = None
    #: domains that claim a number when its sentence names them only after it, and nothing before
    #: (…对38件政策措施开展了公平竞争审查: a fair-competition review, whatever the sentences before were on)
    named_after: frozenset[str] = frozenset()

    def after(self, tail: str) -> str | None:
        """The `named_after` domain the words after a number name last, if any."""
        last = self.last_in(tail)
        return last if last in self.named_after else None

    def last_in(self, text: str) -> str | None:
        """The domain named last in `text` (the nearest to a number that follows it)."""
        last = None
        for m in self.pattern.finditer(text):
            last = m.lastgroup
        return last

    def carried_from(self, text: str) -> str | None:
        """The domain the sentences before a number leave it in: that of the last sentence that
        names one, which is the first it names unless that one keeps through the later ones by
        name (…复议…以调解、和解方式结案N件,调解和解率M%。单看本级:收到申请… is still the
        reconsideration's; a sentence about 人民调解 alone is the mediation's). A domain that keeps
        through "any" does so inside its own sentence only: carried past it, it would swallow
        every later topic of the paragraph."""
        for sentence in reversed(_FULL_STOP.split(text)):
            current = None
            for m in self.pattern.finditer(sentence):
                kept: frozenset[str] | None = self.keeps_through.get(current) if current is not None else None
                if current is None or kept is None or m.lastgroup not in kept:
                    current = m.lastgroup
            if current is not None:
                return current
        return None

    def all_in(self, text: str) -> frozenset[str]:
        return frozenset(m.lastgroup for m in self.pattern.finditer(text) if m.lastgroup)

    def combined_in(self, lead: str) -> bool:
        """The words name two different kinds of case joined as one (a combined count keys none)."""
        if self.combined_join is None or absent(re_cache.needles(self.combined_join), lead):
            return False  # (no 、/和/及/与 in the words: no two joined, and the domains are not searched)
        found = [m for m in self.pattern.finditer(lead) if m.lastgroup in self.combined]
        return any(a.lastgroup != b.lastgroup and self.combined_join.fullmatch(lead, a.end(), b.start())
                   for a, b in zip(found, found[1:]))

    def keeps(self, wanted: str, domain: str | None, mentioned: frozenset[str]) -> bool:
        """A sentence that named `wanted` earlier is still in it although `domain` came later."""
        if wanted not in mentioned or wanted not in self.keeps_through:
            return False
        allowed = self.keeps_through[wanted]
        return allowed is None or domain in allowed


class ZeroClaim(NamedTuple):
    key: str
    value: int
    unit: str
    pattern: re.Pattern[str]
    needs_before: re.Pattern[str] | None
    not_before: re.Pattern[str] | None
    #: words every match of `pattern` holds one of (fgqa.re_needles): a text without them is skipped
    needles: tuple[str, ...] | None = None
    #: the longest match of `pattern`, when a match never looks past itself (fgqa.re_needles):
    #: with the needles, the pattern is run only around where they stand
    window: int | None = None


class AllOf(NamedTuple):
    """"All of them" said after a count (…案件4件,均已审结): the count is also `key`'s figure."""

    key: str
    of: str
    pattern: re.Pattern[str]


class ZeroClaims(NamedTuple):
    claims: tuple[ZeroClaim, ...]
    rate_of_zero: Mapping[str, str]
    covers_claim: str
    covers_also: str
    covers_also_unit: str
    covers_starts: re.Pattern[str]
    covers_first: re.Pattern[str]
    covers_second: re.Pattern[str]
    question_words: Mapping[str, str]
    #: counts said again in words of another key (zero_claims.toml [[all_of]])
    all_of: tuple[AllOf, ...] = ()
    #: a scope that is the government's own level (县政府本级): its zero is a rate of its own too
    own_level: re.Pattern[str] | None = None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[ZeroClaim, re.Match[str]]]:
        end = len(text) if end is None else end
        found: list[tuple[ZeroClaim, re.Match[str]]] = []
        runs: dict[tuple[str, int], list[re.Match[str]]] = {}  # a pattern written for two keys is run once
        for claim in self.claims:
            if absent(claim.needles, text, start, end):
                continue  # none of the words all its matches hold: no match (most reports, most claims)
            key = (claim.pattern.pattern, claim.pattern.flags)
            if key not in runs:
                if claim.needles is not None and claim.window is not None:  # 复议, 败诉: in most reports
                    runs[key] = finditer_near(claim.pattern, claim.needles, claim.window, text, start, end)
                else:
                    runs[key] = list(claim.pattern.finditer(text, start, end))
            found.extend((claim, m) for m in runs[key])
        found.sort(key=lambda item: item[1].start())
        return found

    def covers_both(self, match_text: str, said_before: Callable[[re.Pattern[str]], bool]) -> bool:
        """A claim that covers both kinds of case; `said_before(p)`: p is found before the claim
        in its sentence (asked of a sentence read once for all its claims, fgqa.figures.leads)."""
        return (self.covers_starts.search(match_text) is not None and said_before(self.covers_first)
                and said_before(self.covers_second))


class Elsewhere(NamedTuple):
    """kinds.toml [elsewhere]: see fgqa.figures.elsewhere."""

    over_years: re.Pattern[str]
    accumulated: re.Pattern[str]
    since_year: re.Pattern[str]
    part_of_year: re.Pattern[str]
    per_unit: re.Pattern[str]
    some_of: re.Pattern[str]
    examples: re.Pattern[str]
    neighbour: re.Pattern[str]
    upper: re.Pattern[str]
    subject_opening: re.Pattern[str]
    not_a_place: re.Pattern[str]
    not_a_body: re.Pattern[str]
    not_subject: re.Pattern[str]
    respondent: re.Pattern[str]
    decided_above: re.Pattern[str]
    not_an_area: re.Pattern[str]
    of_level: re.Pattern[str]
    body_of_level: re.Pattern[str]
    self_prefix: re.Pattern[str]
    self_also: re.Pattern[str]
    named_rate: re.Pattern[str]
    own_subject: re.Pattern[str]
    describes_object: re.Pattern[str]
    the_year: re.Pattern[str]


class KindLabel(NamedTuple):
    """How one kind of figure is named to a reader (kinds.toml [labels.<kind>])."""

    #: after a figure in an answer ("败诉率: 2.1% (报告给出)")
    answer: str
    #: the short name in tables (summarize's text and Markdown, fgqa view, the corpus view)
    label: str
    #: the English gloss of fgqa view's legend
    gloss: str


class Kinds(NamedTuple):
    up: re.Pattern[str]
    change_lead: re.Pattern[str]
    to_value: re.Pattern[str]
    rate_of_change: re.Pattern[str]
    comparison_words: re.Pattern[str]
    #: the words between a change and the value it led to (同比下降12.4%,为149件)
    value_after_change: re.Pattern[str]
    benchmark_lead: re.Pattern[str]
    benchmark_tail: re.Pattern[str]
    previous_lead: re.Pattern[str]
    previous_tail: re.Pattern[str]
    #: the year before's value in brackets right after the year's figure (收到申请31件(上年为22件))
    prior_aside: re.Pattern[str]
    #: the body's own average brought to a value (平均审理周期缩短至45日): no one else's average
    own_average: re.Pattern[str]
    #: the words between X and Y in 由X降至Y (Y is the same indicator's new value)
    to_value_lead: re.Pattern[str]
    #: the words after the body's figure up to the average it is set against (…,低于全国平均水平(9.1%))
    average_compared: re.Pattern[str]
    #: the words before the body's own figure right after somebody else's (全国平均…11.3%,我省为6.2%)
    own_after_benchmark: re.Pattern[str]
    target_lead: re.Pattern[str]
    target_tail: re.Pattern[str]
    past_in_plans: re.Pattern[str]
    #: every kind's names for a reader, in the Figure model's order of kinds
    labels: Mapping[Kind, KindLabel]
    #: the kinds a question may ask for, in the order they are checked, and their words
    question_kinds: tuple[Kind, ...]
    question_words: Deferred
    #: the words of another body's, other years' or a part of the year's figure (fgqa.figures.elsewhere)
    elsewhere: Elsewhere | None = None
    #: a sentence that opens as a plan for a later year (2025年，区政府将…): its numbers are goals;
    #: the group `year`, when it matched, must be later than the report's year
    plan_sentence: re.Pattern[str] | None = None
    #: a paragraph that opens as such a plan and lists its items after a colon: every sentence of it is the plan's
    plan_list: re.Pattern[str] | None = None

    @property
    def question(self) -> tuple[tuple[re.Pattern[str], Kind], ...]:
        """(words of a question asking for a kind, the kind), in the order they are checked."""
        return tuple(zip(self.question_words.patterns, self.question_kinds))


class Part(NamedTuple):
    key: PartKey
    name: str
    answer_name: str
    #: how a summary's overview names it (规定的四个部分中缺少…)
    summary_name: str
    #: the name in the views, and two characters for a table column
    label: str
    abbrev: str
    heading: re.Pattern[str]
    exclusive: bool
    fallback: bool
    sub_heading: re.Pattern[str] | None
    opener: re.Pattern[str] | None
    #: a sentence anywhere in the measures that reports this part (no heading, no paragraph of its own)
    in_sentence: re.Pattern[str] | None
    #: the words of a question about this part, and of a heading that confirms it is this part
    #: (an LLM's choice of section): read by `ask` and the LLM engines only
    question_words: Deferred

    @property
    def question(self) -> re.Pattern[str]:
        return self.question_words.patterns[0]

    @property
    def confirming(self) -> re.Pattern[str]:
        return self.question_words.patterns[1]


class BreakdownWords(NamedTuple):
    """The words that open the parts of a total just stated (结果分别为…, 其中…)."""

    after_total: re.Pattern[str]
    #: how far (characters) after the total its parts may come
    reach: int
    #: the clause before a bracketed count that makes it one kind's count (…处罚类案件增幅超3.6倍
    #: (新收2758件): a part, never the total
    kind_aside: re.Pattern[str] | None = None
    #: a part of a total named by its kind after 其中 (其中草原执法案件318件, 其中规范性文件23件): the
    #: whole lead before the number, the kind in group `kind`
    kind_part: re.Pattern[str] | None = None
    #: words that make such a lead an outcome, a procedure or a period, not a kind (其中维持…, 其中上年结转…)
    not_kind: re.Pattern[str] | None = None
    #: the end of a lead that picks a part out of a set it has just named (5件败诉案件中有3件涉及征收):
    #: the set's noun names the whole, the part takes its key from its own words after it or none
    set_part: re.Pattern[str] | None = None
    #: the end of the words before a clause that opens a breakdown by where or who (从分布看, / …分别为:)
    opens: re.Pattern[str] | None = None
    #: the end of a clause that opens a list of parts after its measure (…申请 | 分别为:)
    list_opener: re.Pattern[str] | None = None


class FallbackWords(NamedTuple):
    """The words the clause fallback abstains on (indicators.toml [fallback], fgqa/figures/clause_keys.py)."""

    #: another channel or procedure than any indicator's (信访, 公证, 培训 …), in the clause
    look_alike: re.Pattern[str]
    #: another outcome or a negation (保留, 维持, 没有 …), in the number's own words
    other_outcome: re.Pattern[str]
    #: a part of a total (其中, 包括 …)
    part: re.Pattern[str]
    #: another body than the reporting one (检察院, 全省 …)
    other_body: re.Pattern[str]
    #: another year than the report's, in words (上年, 去年 …)
    other_year: re.Pattern[str]
    #: a year written out; group 1 is its number (compared with the report's year)
    year: re.Pattern[str]
    #: the start of the words after a count in 个 that name an organisation (22个行政执法部门)
    bodies: re.Pattern[str]
    #: the same words ending the words before it (设立调解组织6个)
    bodies_before: re.Pattern[str]
    #: the units such a count is in (个, 家)
    bodies_units: frozenset[str]
    #: the whole lead of a number whose clause names nothing of its own (共计, 总数为 …)
    bare: re.Pattern[str]
    #: the words that may stand between an indicator's noun and its number (的, 共计, 不少于 …):
    #: anything else there is a noun of its own, and the number counts that
    next_to: re.Pattern[str]
    #: whether the fallback keys numbers at all ([fallback] on; off in the shipped lexicon)
    on: bool = False


class SplitCue(NamedTuple):
    """A rate whose clause says only "覆盖率达" takes its subject from the clause before it."""

    #: the whole lead of such a rate (覆盖率达 / 占比为)
    bare_rate: re.Pattern[str]
    #: the counted noun of the clause before ("11个社区均…"): the rate's scope
    counted_noun: re.Pattern[str]
    #: the whole lead of a number of any unit whose clause is only a copula (…目录,共17项)
    bare_copula: re.Pattern[str] | None = None
    #: a clause before that ranks one place (X市…最低): group 1 is the place, the figure's scope
    rank_subject: re.Pattern[str] | None = None


class Lexicon(NamedTuple):
    #: key → indicator, in file order
    indicators: Mapping[str, Indicator]
    #: every cue, in the order they are tried (the first that fits wins)
    cues: tuple[Cue, ...]
    domains: Domains
    zero_claims: ZeroClaims
    kinds: Kinds
    #: part key → part, in the order they are checked
    parts: Mapping[PartKey, Part]
    #: where the files were read from (for messages)
    source: str
    #: questions.toml, read when first used (only the answers stage reads it)
    questions: "Questions"
    #: the place and level words of the metadata stage (places.toml)
    places: Places
    #: the words a table's header and cells are read with (tables.toml)
    tables: TableWords
    #: whose figure a number is and which period it covers (scopes.toml)
    scopes: ScopeWords
    #: the words a summary chooses its sentences by (summaries.toml)
    summaries: SummaryWords
    split: SplitCue | None = None
    breakdown: BreakdownWords | None = None
    #: the nouns after "N个" that count bodies (9个街道, 22个部门), never cases or documents
    bodies: re.Pattern[str] | None = None
    #: the nouns right before "N个" that count bodies (建成工作站12个, 15个乡镇中已有11个)
    bodies_lead: re.Pattern[str] | None = None
    #: the keys a summary's overview names first, in order (indicators.toml overview_keys)
    overview_keys: tuple[str, ...] = ()
    #: the words the clause fallback abstains on (indicators.toml [fallback])
    fallback: FallbackWords | None = None

    @property
    def question_synonyms(self) -> Mapping[str, tuple[str, ...]]:
        """A question word → the forms a report may write it in, itself first (questions.toml)."""
        return self.questions.loaded.synonyms

    @property
    def question_nouns(self) -> frozenset[str]:
        """The synonym entries that name things, not deeds (questions.toml `nouns`)."""
        return self.questions.loaded.nouns

    @property
    def question_measures(self) -> Mapping[str, frozenset[str]]:
        """A question's measure word → the units a figure may answer it in (questions.toml [measures])."""
        return self.questions.loaded.measures

    @property
    def question_counted(self) -> Mapping[str, frozenset[str]]:
        """A figure's unit → the nouns a number in it counts by itself (questions.toml [counted]:
        "受理复议3例" counts 案件 although it does not write the word)."""
        return self.questions.loaded.counted

    @property
    def question_measure_of_noun(self) -> Mapping[str, re.Pattern[str]]:
        """A measure word → the nouns counted in it whatever classifier a question puts before them
        (questions.toml [measure_of_noun]: "几个官司", "几场官司" count cases, in 件)."""
        return self.questions.loaded.measure_of_noun

    @property
    def question_spoken(self) -> Mapping[str, re.Pattern[str]]:
        """A written word → the spoken forms a question may say it in (questions.toml [spoken]:
        "执法队办了多少件案子" asks what "办理了多少件" is written as)."""
        return self.questions.loaded.spoken

    @property
    def question_opposites(self) -> Mapping[str, re.Pattern[str]]:
        """An outcome a question asks about → the words that say the other one (questions.toml [opposites])."""
        return self.questions.loaded.opposites

    @property
    def question_stands_in(self) -> "Mapping[str, StandsIn]":
        """A routed key → the key whose figures answer for it in a report that gives none of its
        own (questions.toml [[stands_in]]: 复议案件 asked of a report that counts what it received)."""
        stands_in = self.questions.loaded.stands_in
        unknown = next((k for e in stands_in.values() for k in (e.key, e.by) if k not in self.indicators), None)
        if unknown is not None:
            raise LexiconError(f"questions.toml: [[stands_in]]: unknown indicator key {unknown!r}")
        return stands_in

    @property
    def yes_no(self) -> YesNoWords:
        """The words a yes/no question is decided by (yes_no.toml), read with questions.toml."""
        return self.questions.yes_no

    @property
    def abstention(self) -> Abstention:
        """When a committed answer gives way to "not in this report" (abstain.toml), read with questions.toml."""
        return self.questions.abstention

    @property
    def grammar(self) -> "QuestionGrammar":
        """The patterns a question is read with: its shape, yes/no cues, scope words … (questions.toml)."""
        return self.questions.loaded.grammar

    def indicator(self, key: str | None) -> Indicator | None:
        return self.indicators.get(key or "")

    def compile_all(self) -> "Lexicon":
        """Read questions.toml and compile the deferred patterns too (a bad one raises its
        LexiconError now)."""
        self.questions.loaded  # noqa: B018 - reads, validates and compiles
        self.questions.yes_no  # noqa: B018
        self.questions.abstention  # noqa: B018
        for ind in self.indicators.values():
            ind.words  # noqa: B018 - compiles
        for part in self.parts.values():
            part.question  # noqa: B018
        self.kinds.question  # noqa: B018
        return self

    def rate_formulas(self) -> Iterator[Indicator]:
        return (ind for ind in self.indicators.values() if ind.formula is not None)

    def without_cues(self, key: str) -> "Lexicon":
        """This lexicon with every cue of `key` removed, and its nouns, so that the clause fallback
        does not find it either (a rule broken on purpose, for tests)."""
        indicators = {k: v._replace(cues=(), nouns=None) if k == key else v for k, v in self.indicators.items()}
        return self._replace(indicators=indicators, cues=tuple(c for c in self.cues if c.key != key))


class QuestionGrammar:
    """questions.toml's [grammar], compiled: `lexicon().grammar.yes_no.search(question)`.
    The names are those of `RawGrammar`, so a misspelt one fails when the file is loaded
    (the file lacks it) or when the code runs (AttributeError), never silently."""

    def __init__(self, patterns: Mapping[str, re.Pattern[str]]) -> None:
        self._patterns = dict(patterns)

    def __getattr__(self, name: str) -> re.Pattern[str]:
        try:
            return self.__dict__["_patterns"][name]
        except KeyError:
            raise AttributeError(f"questions.toml [grammar] has no pattern {name!r}") from None

    def names(self) -> list[str]:
        return list(self._patterns)


class StandsIn(NamedTuple):
    """A routed key whose question words a report writes as another key's (questions.toml [[stands_in]])."""

    key: str
    by: str
    unless: re.Pattern[str]
    #: None: it stands in for any question routed to `key`
    when: re.Pattern[str] | None = None


class QuestionWords(NamedTuple):
    synonyms: Mapping[str, tuple[str, ...]]
    nouns: frozenset[str]
    grammar: QuestionGrammar
    #: a question's measure word (名, 次 …) → the units that answer it ([measures])
    measures: Mapping[str, frozenset[str]]
    #: an outcome a question asks about (败诉) → the words saying the other outcome (胜诉) ([opposites])
    opposites: Mapping[str, re.Pattern[str]]
    #: routed key → the key that answers for it when the report gives none of its figures
    stands_in: Mapping[str, StandsIn] = {}
    #: a figure's unit → the nouns it names by itself (3例 counts 案件) ([counted])
    counted: Mapping[str, frozenset[str]] = {}
    #: the measure a noun is counted in whatever classifier the question puts before it ([measure_of_noun])
    measure_of_noun: Mapping[str, re.Pattern[str]] = {}
    #: a written word → the spoken forms a question may use for it ([spoken])
    spoken: Mapping[str, re.Pattern[str]] = {}


class Questions:
    """questions.toml, read, validated and compiled when first used: only the answers stage
    (`ask`, eval's questions) reads it, so `summarize` does not pay for its ~90 patterns.
    A bad file fails then with the same one-line LexiconError; `load_lexicon(folder)` and
    `fgqa lexicon check` read it at once."""

    def __init__(self, files: "_Files") -> None:
        self.files = files

    @cached_property
    def loaded(self) -> QuestionWords:
        raw = cast("RawQuestionsFile", self.files.raw("questions.toml"))
        return QuestionWords(synonyms=_question_synonyms(raw, "questions.toml"), nouns=frozenset(raw.nouns),
                             grammar=_grammar(raw, "questions.toml"),
                             measures={word: frozenset(units) for word, units in raw.measures.items() if units},
                             opposites=_opposites(raw, "questions.toml"),
                             stands_in=_stands_in(raw, "questions.toml"),
                             counted=_counted(raw), measure_of_noun=_measure_of_noun(raw, "questions.toml"),
                             spoken=_spoken(raw, "questions.toml"))

    @cached_property
    def yes_no(self) -> YesNoWords:
        return build_yes_no(self.files.raw("yes_no.toml"), _Compiler("yes_no.toml").compile)

    @cached_property
    def abstention(self) -> Abstention:
        return build_abstention(self.files.raw("abstain.toml"), _Compiler("abstain.toml").compile)


def _counted(raw: "RawQuestionsFile") -> dict[str, frozenset[str]]:
    """[counted] noun → units, turned round: a unit → the nouns a number in it counts."""
    out: dict[str, set[str]] = {}
    for noun, units in raw.counted.items():
        for unit in units:
            out.setdefault(unit, set()).add(noun)
    return {unit: frozenset(nouns) for unit, nouns in out.items()}


def _measure_of_noun(raw: "RawQuestionsFile", file: str) -> dict[str, re.Pattern[str]]:
    c = _Compiler(file, raw.words)
    return {measure: c.compile(pattern, f"[measure_of_noun] {measure}") for measure, pattern in raw.measure_of_noun.items()}


def _spoken(raw: "RawQuestionsFile", file: str) -> dict[str, re.Pattern[str]]:
    c = _Compiler(file, raw.words)
    return {written: c.compile(pattern, f"[spoken] {written}") for written, pattern in raw.spoken.items()}


def _opposites(raw: "RawQuestionsFile", file: str) -> dict[str, re.Pattern[str]]:
    c = _Compiler(file, raw.words)
    return {word: c.compile(pattern, f"[opposites] {word}") for word, pattern in getattr(raw, "opposites", {}).items()}


def _stands_in(raw: "RawQuestionsFile", file: str) -> dict[str, StandsIn]:
    c = _Compiler(file, raw.words)
    out: dict[str, StandsIn] = {}
    for i, entry in enumerate(raw.stands_in, 1):
        if entry.key == entry.by or entry.key in out:
            raise LexiconError(f"{file}: [[stands_in]] {i}: {entry.key!r} needs one other key to stand in for it")
        when = c.compile(entry.when, f"[[stands_in]] {i} when") if entry.when else None
        out[entry.key] = StandsIn(entry.key, entry.by, c.compile(entry.unless, f"[[stands_in]] {i} unless"), when)
    return out


def _grammar(raw: "RawQuestionsFile", file: str) -> QuestionGrammar:
    c = _Compiler(file, raw.words)
    return QuestionGrammar({name: c.compile(pattern, f"[grammar] {name}") for name, pattern in vars(raw.grammar).items()})


def _question_synonyms(raw: "RawQuestionsFile", file: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for word, forms in raw.synonyms.items():
        if not word or not forms or any(not f for f in forms):
            raise LexiconError(f"{file}: [synonyms] {word}: needs a word and non-empty forms")
        out[word] = tuple(dict.fromkeys([word, *forms]))  # the word itself first, once
    unknown = [n for n in raw.nouns if n not in out]
    if unknown:
        raise LexiconError(f"{file}: nouns: {unknown[0]!r} is not a [synonyms] entry")
    return out


# --------------------------------------------------------------------------- building


def _needles(pattern: re.Pattern[str] | None) -> Needles | None:
    return None if pattern is None else re_cache.needles(pattern)


class _Compiler:
    """Expands templates and compiles patterns, naming the file and entry on failure."""

    def __init__(self, file: str, words: Mapping[str, str] | None = None):
        self.file = file
        self.words = dict(words or {})

    def expand(self, pattern: str, where: str) -> str:
        def sub(m: re.Match[str]) -> str:
            if m.group(1) is not None:
                return GAP % int(m.group(1))
            name = m.group(2)
            if name == "list" and name not in self.words:
                return LIST
            if name not in self.words:
                raise self.error(where, f"unknown template {{{name}}} (known: gap:N, list{''.join(', ' + w for w in self.words)})")
            return self.words[name]

        return _TEMPLATE.sub(sub, pattern)

    def compile(self, pattern: str, where: str, wrap: str = "{}") -> re.Pattern[str]:
        expanded = self.expand(pattern, where)
        try:
            return re_cache.compile(wrap.format(expanded))
        except re.error as err:
            raise self.error(where, f"bad pattern {pattern!r}: {err}") from None

    def defer(self, *patterns: tuple[str, str]) -> Deferred:
        """(pattern, where) pairs whose templates are checked now, compiled when first read."""
        for pattern, where in patterns:
            self.expand(pattern, where)
        return Deferred(self, patterns)

    def optional(self, pattern: str | None, where: str, wrap: str = "{}") -> re.Pattern[str] | None:
        return None if pattern is None else self.compile(pattern, where, wrap)

    def error(self, where: str, message: str) -> LexiconError:
        return LexiconError(f"{self.file}: {where}: {message}")


class _Files:
    """The validated contents of a lexicon folder's files, read once each.

    Validation gives the tagged plain data of `schemas.plain`, which is turned into plain
    objects with the schema's attributes (`obj`); the builders below read those, whether
    they came from the files just validated or from the cache of the shipped files."""

    def __init__(self, where: Any) -> None:
        self.where = where
        self._raw: dict[str, Any] = {}

    def text(self, name: str) -> str:
        try:
            return cast(str, self.where.joinpath(name).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise LexiconError(f"{name}: missing from {self.where}") from None

    def plain(self, name: str) -> Any:
        from fgqa.lexicon import schemas

        return schemas.validate(name, self.text(name))

    def raw(self, name: str) -> Any:
        if name not in self._raw:
            self._raw[name] = obj(self.plain(name))
        return self._raw[name]


def obj(value: Any) -> Any:
    """`schemas.plain` data as objects: a model's fields become attributes, a mapping a dict."""
    if isinstance(value, dict):
        if len(value) == 1 and "__model__" in value:
            return SimpleNamespace(**{k: obj(v) for k, v in value["__model__"].items()})
        if len(value) == 1 and "__dict__" in value:
            return {k: obj(v) for k, v in value["__dict__"].items()}
        raise ValueError("an untagged mapping")
    if isinstance(value, list):
        return [obj(v) for v in value]
    return value


def _unique(file: str, kind: str, keys: list[str]) -> None:
    seen: dict[str, int] = {}
    for i, key in enumerate(keys, 1):
        if key in seen:
            raise LexiconError(f"{file}: {kind} {i}: duplicate key {key!r} (already {kind} {seen[key]})")
        seen[key] = i


def _domains(raw: "RawIndicatorsFile", c: _Compiler) -> Domains:
    names = tuple(raw.domains)
    for name in names:
        if not _DOMAIN_NAME.fullmatch(name):
            raise c.error(f"domain {name!r}", "a domain name is lower-case letters and _")
        c.compile(raw.domains[name].words, f"domain {name} words")
    keeps: dict[str, frozenset[str] | None] = {}
    for name, dom in raw.domains.items():
        if dom.keeps_through == "any":
            keeps[name] = None
        elif dom.keeps_through is not None:
            unknown = [d for d in dom.keeps_through if d not in raw.domains]
            if unknown:
                raise c.error(f"domain {name} keeps_through", f"unknown domain {unknown[0]!r}")
            keeps[name] = frozenset(dom.keeps_through)
    pattern = c.compile("|".join(f"(?P<{name}>{dom.words})" for name, dom in raw.domains.items()), "domains")
    combined, join = frozenset[str](), None
    if raw.combined is not None:
        unknown = [d for d in raw.combined.domains if d not in raw.domains]
        if unknown:
            raise c.error("combined domains", f"unknown domain {unknown[0]!r}")
        combined, join = frozenset(raw.combined.domains), c.compile(raw.combined.join, "combined join")
    named_after = frozenset(name for name, dom in raw.domains.items() if dom.named_after)
    return Domains(pattern=pattern, names=names, keeps_through=keeps, combined=combined, combined_join=join,
                   named_after=named_after)


def _indicators(raw: "RawIndicatorsFile", domains: Domains, file: str) -> tuple[dict[str, Indicator], tuple[Cue, ...]]:
    c = _Compiler(file)
    _unique(file, "indicator", [ind.key for ind in raw.indicator])
    units = {family: frozenset(values) for family, values in raw.units.items()}
    keys = {ind.key for ind in raw.indicator}
    cues: list[Cue] = []
    for i, rc in enumerate(raw.cue, 1):
        where = f"cue {i} ({rc.key})"
        if rc.key not in keys:
            raise c.error(where, f"unknown indicator key {rc.key!r}")
        if rc.lead is None and rc.tail is None:
            raise c.error(where, "a cue needs a lead or a tail pattern")
        if rc.domain is not None and rc.domain not in domains.names:
            raise c.error(where, f"unknown domain {rc.domain!r} (known: {', '.join(domains.names)})")
        for listing, names in (("not_domains", rc.not_domains), ("not_headings", rc.not_headings)):
            for name in names:
                if name not in domains.names:
                    raise c.error(where, f"unknown domain {name!r} in {listing} (known: {', '.join(domains.names)})")
        if rc.units is not None and rc.units not in units:
            raise c.error(where, f"unknown unit family {rc.units!r} (known: {', '.join(units)})")
        family = rc.units or next(ind.units for ind in raw.indicator if ind.key == rc.key)
        lead = c.optional(rc.lead, f"{where} lead", "(?:{})$")
        tail = c.optional(rc.tail, f"{where} tail", "^(?:{})")
        exclude = c.optional(rc.exclude, f"{where} exclude")
        cues.append(Cue(
            key=rc.key, units=units.get(family, frozenset()), lead=lead, tail=tail,
            needles=(_needles(lead), _needles(tail), _needles(exclude)),
            domain=rc.domain, exclude=exclude, domains=domains,
            not_domains=frozenset(rc.not_domains), not_headings=frozenset(rc.not_headings),
            not_in_sentence=c.optional(rc.not_in_sentence, f"{where} not_in_sentence"),
            unless_lead=c.optional(rc.unless_lead, f"{where} unless_lead"),
            in_sentence=c.optional(rc.in_sentence, f"{where} in_sentence"),
            in_statement=c.optional(rc.in_statement, f"{where} in_statement"),
            not_in_passage=c.optional(rc.not_in_passage, f"{where} not_in_passage"),
            not_tail=c.optional(rc.not_tail, f"{where} not_tail"),
            not_about=c.optional(rc.not_about, f"{where} not_about"),
            about_unless=c.optional(rc.about_unless, f"{where} about_unless"),
        ))
    indicators: dict[str, Indicator] = {}
    for i, ri in enumerate(raw.indicator, 1):
        where = f"indicator {i} ({ri.key})"
        if ri.units not in units:
            raise c.error(where, f"unknown unit family {ri.units!r} (known: {', '.join(units)})")
        formula = None
        if ri.formula is not None:
            f = ri.formula
            if (f.numerator is None) == (f.numerator_words is None):
                raise c.error(f"{where} formula", "give exactly one of numerator, numerator_words")
            for k in [*([f.numerator] if f.numerator else []), *f.denominators]:
                if k not in keys:
                    raise c.error(f"{where} formula", f"unknown indicator key {k!r}")
            formula = Formula(numerator=f.numerator, numerator_words=c.optional(f.numerator_words, f"{where} formula numerator_words"),
                              denominators=tuple(f.denominators))
        words = c.defer((re.escape(ri.name), f"{where} name"),
                        *((s, f"{where} synonym {j}") for j, s in enumerate(dict.fromkeys(ri.synonyms), 1)))
        nouns = c.compile("|".join([re.escape(ri.name), *(f"(?:{n})" for n in ri.nouns)]), f"{where} nouns") \
            if ri.nouns else None
        if ri.narrows is not None:
            wider = next((w for w in raw.indicator if w.key == ri.narrows), None)
            if wider is None or wider.key == ri.key:
                raise c.error(where, f"narrows: unknown indicator key {ri.narrows!r}")
            if wider.units != ri.units:
                raise c.error(where, f"narrows {ri.narrows!r}: another unit family ({wider.units}, not {ri.units})")
        indicators[ri.key] = Indicator(
            key=ri.key, name=ri.name, label=ri.label or ri.name, unit_family=ri.units, units=units[ri.units],
            question_words=words, cues=tuple(cue for cue in cues if cue.key == ri.key), formula=formula,
            share_words=c.optional(ri.share_words, f"{where} share_words"), breakdown=ri.breakdown, kind_parts=ri.kind_parts,
            nouns=nouns, narrows=ri.narrows, share_verbs=c.optional(ri.share_verbs, f"{where} share_verbs"),
        )
    for ind in indicators.values():  # a chain of narrower indicators ends: none narrows itself through others
        seen, at = {ind.key}, ind.narrows
        while at is not None:
            if at in seen:
                raise c.error(f"indicator {ind.key}", f"narrows: a cycle through {at!r}")
            seen.add(at)
            at = indicators[at].narrows
    return indicators, tuple(cues)


def _overview_keys(keys: list[str], indicators: Mapping[str, Indicator], file: str) -> tuple[str, ...]:
    _unique(file, "overview_keys entry", keys)
    unknown = [k for k in keys if k not in indicators]
    if unknown:
        raise LexiconError(f"{file}: overview_keys: unknown indicator key {unknown[0]!r}")
    return tuple(keys)


def _zero_claims(raw: "RawZeroFile", keys: Mapping[str, Indicator], file: str) -> ZeroClaims:
    c = _Compiler(file, raw.words)

    def known(key: str, where: str) -> str:
        if key not in keys:
            raise c.error(where, f"unknown indicator key {key!r}")
        return key

    claims = []
    for i, rc in enumerate(raw.claim, 1):
        where = f"claim {i} ({rc.key})"
        pattern = c.compile(rc.pattern, f"{where} pattern")
        claims.append(ZeroClaim(
            key=known(rc.key, where), value=rc.value, unit=rc.unit, pattern=pattern, needles=re_cache.needles(pattern),
            window=re_cache.window(pattern),
            needs_before=c.optional(rc.needs_before, f"{where} needs_before"),
            not_before=c.optional(rc.not_before, f"{where} not_before"),
        ))
    rate_of_zero = {known(k, "rate_of_zero"): known(v, "rate_of_zero") for k, v in raw.rate_of_zero.items()}
    cov = raw.covers_both
    return ZeroClaims(
        claims=tuple(claims), rate_of_zero=rate_of_zero,
        covers_claim=known(cov.claim, "covers_both claim"), covers_also=known(cov.also, "covers_both also"),
        covers_also_unit=cov.also_unit, covers_starts=c.compile(cov.claim_starts, "covers_both claim_starts"),
        covers_first=c.compile(cov.first, "covers_both first"), covers_second=c.compile(cov.second, "covers_both second"),
        question_words={w: known(k, f"question_words {w}") for w, k in raw.question_words.items()},
        all_of=tuple(AllOf(known(a.key, f"all_of {i} key"), known(a.of, f"all_of {i} of"),
                           c.compile(a.pattern, f"all_of {i} pattern")) for i, a in enumerate(raw.all_of, 1)),
        own_level=c.optional(raw.own_level, "own_level"),
    )


def _kinds(raw: "RawKindsFile", file: str) -> Kinds:
    c = _Compiler(file, raw.words)
    return Kinds(
        up=c.compile(raw.words.get("up", ""), "words up"),
        change_lead=c.compile(raw.change.lead, "change lead"),
        to_value=c.compile(raw.change.to_value, "change to_value"),
        rate_of_change=c.compile(raw.change.rate_of_change, "change rate_of_change"),
        comparison_words=c.compile(raw.change.comparison_words, "change comparison_words"),
        value_after_change=c.compile(raw.change.value_after, "change value_after"),
        benchmark_lead=c.compile(raw.benchmark.lead, "benchmark lead"),
        benchmark_tail=c.compile(raw.benchmark.tail, "benchmark tail"),
        previous_lead=c.compile(raw.benchmark.previous_lead, "benchmark previous_lead"),
        previous_tail=c.compile(raw.benchmark.previous_tail, "benchmark previous_tail"),
        prior_aside=c.compile(raw.benchmark.prior_aside, "benchmark prior_aside"),
        own_average=c.compile(raw.benchmark.own_average, "benchmark own_average"),
        to_value_lead=c.compile(raw.benchmark.to_value_lead, "benchmark to_value_lead"),
        average_compared=c.compile(raw.benchmark.average_compared, "benchmark average_compared"),
        own_after_benchmark=c.compile(raw.benchmark.own_after_benchmark, "benchmark own_after_benchmark"),
        target_lead=c.compile(raw.target.lead, "target lead"),
        target_tail=c.compile(raw.target.tail, "target tail"),
        past_in_plans=c.compile(raw.target.past_in_plans, "target past_in_plans"),
        labels=MappingProxyType({kind: KindLabel(raw.labels[kind].answer, raw.labels[kind].label, raw.labels[kind].gloss)
                                 for kind in get_args(Kind)}),
        plan_sentence=c.compile(raw.target.plan_sentence, "target plan_sentence") if raw.target.plan_sentence else None,
        plan_list=c.compile(raw.target.plan_list, "target plan_list") if raw.target.plan_list else None,
        question_kinds=tuple(raw.question), question_words=c.defer(*((words, f"question {kind}") for kind, words in raw.question.items())),
        elsewhere=_elsewhere(raw, c),
    )


def _elsewhere(raw: "RawKindsFile", c: _Compiler) -> Elsewhere | None:
    e = raw.elsewhere
    if e is None:
        return None
    return Elsewhere(**{name: c.compile(getattr(e, name), f"elsewhere {name}") for name in Elsewhere._fields})


def _parts(data: "Mapping[str, RawPart]", file: str) -> dict[PartKey, Part]:
    """The parts, in the file's order (schemas.validate checked that each part key is there once)."""
    c = _Compiler(file)
    parts: dict[PartKey, Part] = {}
    for name, rp in data.items():
        key = cast(PartKey, name)
        parts[key] = Part(
            key=key, name=rp.name, answer_name=rp.answer_name or rp.name, summary_name=rp.summary_name or rp.name, label=rp.label, abbrev=rp.abbrev,
            heading=c.compile(rp.heading, f"[{key}] heading"), exclusive=rp.exclusive, fallback=rp.fallback,
            sub_heading=c.optional(rp.sub_heading, f"[{key}] sub_heading"), opener=c.optional(rp.opener, f"[{key}] opener"),
            in_sentence=c.optional(rp.in_sentence, f"[{key}] in_sentence"),
            question_words=c.defer((rp.question, f"[{key}] question"), (rp.confirming, f"[{key}] confirming")),
        )
    return parts


def load_lexicon(folder: Path | None = None, *, deferred: bool = False) -> Lexicon:
    """Read and validate the files of `folder` (default: the ones shipped in the package).

    `deferred`: questions.toml and the question words of the other files are read and
    compiled when first used, not now (the shipped lexicon of a run: see `Deferred`)."""
    where: Any = resources.files("fgqa.lexicon") if folder is None else Path(folder)
    return build(_Files(where), deferred=deferred)


def build(files: _Files, *, deferred: bool = False) -> Lexicon:
    """The lexicon of the files' validated contents (a bad entry raises its LexiconError)."""
    raw_ind = cast("RawIndicatorsFile", files.raw("indicators.toml"))
    domains = _domains(raw_ind, _Compiler("indicators.toml"))
    indicators, cues = _indicators(raw_ind, domains, "indicators.toml")
    zero = _zero_claims(files.raw("zero_claims.toml"), indicators, "zero_claims.toml")
    kinds = _kinds(files.raw("kinds.toml"), "kinds.toml")
    parts = _parts(files.raw("parts.toml"), "parts.toml")
    split = None
    if raw_ind.split is not None:
        c = _Compiler("indicators.toml")
        split = SplitCue(bare_rate=c.compile(raw_ind.split.bare_rate, "split bare_rate", "(?:{})$"),
                         counted_noun=c.compile(raw_ind.split.counted_noun, "split counted_noun"),
                         bare_copula=(c.compile(raw_ind.split.bare_copula, "split bare_copula", "(?:{})$")
                                      if raw_ind.split.bare_copula is not None else None),
                         rank_subject=(c.compile(raw_ind.split.rank_subject, "split rank_subject")
                                       if raw_ind.split.rank_subject is not None else None))
    breakdown = None
    if raw_ind.breakdown is not None:
        c = _Compiler("indicators.toml")
        breakdown = BreakdownWords(after_total=c.compile(raw_ind.breakdown.after_total, "breakdown after_total"),
                                   reach=raw_ind.breakdown.reach,
                                   kind_aside=c.optional(raw_ind.breakdown.kind_aside, "breakdown kind_aside", "(?:{})$"),
                                   kind_part=c.optional(raw_ind.breakdown.kind_part, "breakdown kind_part", "^(?:{})$"),
                                   not_kind=c.optional(raw_ind.breakdown.not_kind, "breakdown not_kind"),
                                   set_part=c.optional(raw_ind.breakdown.set_part, "breakdown set_part", "(?:{})$"),
                                   opens=c.optional(raw_ind.breakdown.opens, "breakdown opens"),
                                   list_opener=c.optional(raw_ind.breakdown.list_opener, "breakdown list_opener"))
    bodies = bodies_lead = None
    if raw_ind.bodies is not None:
        bodies = _Compiler("indicators.toml").compile(raw_ind.bodies.tail, "bodies tail", "^(?:{})")
        bodies_lead = _Compiler("indicators.toml").optional(raw_ind.bodies.before, "bodies before", "(?:{})$")
    fallback = None
    if raw_ind.fallback is not None:
        c = _Compiler("indicators.toml")
        fb = raw_ind.fallback
        fallback = FallbackWords(look_alike=c.compile(fb.look_alike, "fallback look_alike"),
                                 other_outcome=c.compile(fb.other_outcome, "fallback other_outcome"),
                                 part=c.compile(fb.part, "fallback part"),
                                 other_body=c.compile(fb.other_body, "fallback other_body"),
                                 other_year=c.compile(fb.other_year, "fallback other_year"),
                                 year=c.compile(fb.year, "fallback year"),
                                 bodies=c.compile(fb.bodies, "fallback bodies", "^(?:{})"),
                                 bodies_before=c.compile(fb.bodies, "fallback bodies", "(?:{})$"),
                                 bodies_units=frozenset(fb.bodies_units),
                                 bare=c.compile(fb.bare, "fallback bare", "^(?:{})$"),
                                 next_to=c.compile(fb.next_to, "fallback next_to", "(?:{})"), on=fb.on)
        if fallback.year.groups < 1:
            raise c.error("fallback year", "needs a group: the year's number")
    lex = Lexicon(indicators=indicators, cues=cues, domains=domains, zero_claims=zero, kinds=kinds, parts=parts,
                  source=str(files.where), questions=Questions(files), places=build_places(files.raw("places.toml")),
                  tables=build_tables(files.raw("tables.toml"), _Compiler("tables.toml").compile),
                  scopes=build_scopes(files.raw("scopes.toml"), _Compiler("scopes.toml").compile, _Compiler("scopes.toml").error),
                  summaries=build_summaries(files.raw("summaries.toml"), _Compiler("summaries.toml").compile), split=split, breakdown=breakdown, bodies=bodies, bodies_lead=bodies_lead,
                  overview_keys=_overview_keys(raw_ind.overview_keys, indicators, "indicators.toml"), fallback=fallback)
    return lex if deferred else lex.compile_all()


# --------------------------------------------------------------------------- the one lexicon


@lru_cache(maxsize=1)
def _shipped() -> Lexicon:
    from fgqa.lexicon.cache import CachedFiles

    # the shipped files are checked by the tests and `fgqa lexicon check`; their validated
    # contents come from the user's cache when it holds these very files
    where = resources.files("fgqa.lexicon")
    try:
        return build(CachedFiles(where), deferred=True)
    except (AttributeError, KeyError, TypeError, ValueError):  # cached contents not of the schemas' shape
        return build(_Files(where), deferred=True)  # (a bug of the builders raises here again)


_override: list[Lexicon] = []


def lexicon() -> Lexicon:
    """The lexicon every reader uses: the shipped files, loaded once (or one set by `using`)."""
    return _override[-1] if _override else _shipped()


@contextmanager
def using(lex: Lexicon) -> Iterator[Lexicon]:
    """Run the readers with another lexicon (a folder of edited files, a rule broken in a test)."""
    _override.append(lex)
    try:
        yield lex
    finally:
        _override.pop()
