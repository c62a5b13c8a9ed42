"""The lexicon files' schemas: what a valid file holds (unknown fields are errors).

Imported only when files are validated: `load_lexicon(folder)`, `fgqa lexicon check`, and
a run whose lexicon cache (fgqa/lexicon/cache.py) does not hold the shipped files' current
contents; a run with a warm cache builds the lexicon without pydantic's ~20 model classes.
What a validation gives is `plain` data (every model and mapping tagged, so that reading
it back needs no schema), the form both the cache and a fresh load build from.
"""

from __future__ import annotations

import re
import tomllib
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from fgqa.lexicon.abstain import Condition as RawCondition  # the file's form is the model's: frozen, no extra keys
from fgqa.lexicon.load import LexiconError
from fgqa.models import PART_KEYS, Kind, Level


class Raw(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RawDomain(Raw):
    words: str
    keeps_through: list[str] | Literal["any"] | None = None
    named_after: bool = False


class RawFormula(Raw):
    numerator: str | None = None
    numerator_words: str | None = None
    denominators: list[str] = Field(min_length=1)


class RawIndicator(Raw):
    key: str = Field(pattern=r"^[a-z_]+\.[a-z_]+$")
    name: str = Field(min_length=1)
    label: str | None = None
    units: str
    synonyms: list[str] = Field(default_factory=list)
    formula: RawFormula | None = None
    share_words: str | None = None
    share_verbs: str | None = None
    breakdown: bool = False
    #: its total is broken down by kind after 其中 (其中草原执法案件318件): such a part keeps the key, its kind the scope
    kind_parts: bool = False
    #: the nouns a report names this indicator by, for the clause fallback (fgqa/figures/clause_keys.py)
    nouns: list[str] = Field(default_factory=list)
    #: the indicator this one counts a part of (败诉 of the concluded suits, 受理 of the applications)
    narrows: str | None = None


class RawCue(Raw):
    key: str
    #: a unit family of its own (a review counted in 次); else the indicator's
    units: str | None = None
    lead: str | None = None
    tail: str | None = None
    domain: str | None = None
    exclude: str | None = None
    not_domains: list[str] = Field(default_factory=list)
    not_headings: list[str] = Field(default_factory=list)
    not_in_sentence: str | None = None
    unless_lead: str | None = None
    in_sentence: str | None = None
    in_statement: str | None = None
    not_in_passage: str | None = None
    not_tail: str | None = None
    not_about: str | None = None
    about_unless: str | None = None


class RawCombined(Raw):
    domains: list[str] = Field(min_length=2)
    join: str


class RawBreakdown(Raw):
    after_total: str
    reach: int = Field(gt=0)
    kind_aside: str | None = None
    kind_part: str | None = None
    not_kind: str | None = None
    set_part: str | None = None
    opens: str | None = None
    list_opener: str | None = None


class RawSplit(Raw):
    bare_rate: str
    counted_noun: str
    bare_copula: str | None = None
    rank_subject: str | None = None


class RawBodies(Raw):
    tail: str
    before: str | None = None


class RawFallback(Raw):
    look_alike: str
    other_outcome: str
    part: str
    other_body: str
    other_year: str
    year: str
    bodies: str
    bodies_units: list[str] = Field(default_factory=list)
    bare: str
    next_to: str
    #: whether the fallback keys anything (off by default: on unseen reports it made more false
    #: figures than true ones); its words are read either way
    on: bool = False


class RawIndicatorsFile(Raw):
    overview_keys: list[str] = Field(default_factory=list)
    units: dict[str, list[str]]
    domains: dict[str, RawDomain]
    combined: RawCombined | None = None
    split: RawSplit | None = None
    breakdown: RawBreakdown | None = None
    bodies: RawBodies | None = None
    fallback: RawFallback | None = None
    indicator: list[RawIndicator]
    cue: list[RawCue]


class RawClaim(Raw):
    key: str
    value: int
    unit: str
    pattern: str
    needs_before: str | None = None
    not_before: str | None = None


class RawCovers(Raw):
    claim: str
    also: str
    also_unit: str
    claim_starts: str
    first: str
    second: str


class RawAllOf(Raw):
    key: str
    of: str
    pattern: str


class RawZeroFile(Raw):
    words: dict[str, str] = Field(default_factory=dict)
    claim: list[RawClaim]
    all_of: list[RawAllOf] = Field(default_factory=list)
    rate_of_zero: dict[str, str]
    own_level: str | None = None
    covers_both: RawCovers
    question_words: dict[str, str]


class RawGrammar(Raw):
    """The [grammar] of questions.toml: every pattern the answers stage asks with (all required)."""

    yes_no: str
    list: str
    number_words: str
    asks: str
    total: str
    total_word: str
    stated_only: str
    all_of_them: str
    period: str
    across: str
    money: str
    people: str
    percent: str
    rate_noun: str
    meta_signed: str
    meta_published: str
    meta_year: str
    meta_issuer: str
    meta_region: str
    meta_level: str
    meta_editor: str
    meta_source: str
    meta_addressee: str
    doc_number_question: str
    index_number_question: str
    salutation: str
    salutation_after_title: str
    prior_year: str
    year_named: str
    asks_amount: str
    asks_items: str
    about_writing: str
    part_only: str
    asks_down: str
    asks_up: str
    narrower_scope: str
    bare_scope: str
    scope_place: str
    organized_scope: str
    defendant_scope: str
    whole_scope: str
    self_name: str
    issuer_level: str
    whole_area: str
    scope_frame: str
    total_cue: str
    part_cue: str
    paper_kind: str
    counted_after: str
    asks_target: str
    goal_asked: str
    noun_end: str
    none_after: str
    none_occurred: str
    named_place: str
    not_a_place: str
    own_level: str
    body_own_level: str
    anaphor: str
    person_lead: str
    place_level: str
    frequency_lead: str
    frequency_tail: str
    asks_result: str
    said_result: str
    deed_asked: str
    denied_before: str
    change_generic: str
    generic_prefix: str
    generic_suffix: str
    list_join: str
    member_lead: str
    some_of: str
    deputy_prefix: str
    role_frame: str
    umbrella_noun: str
    member_join: str
    genre_name: str
    each_of_them: str
    count_before_noun: str
    shared_predicate: str
    zero_question: str
    full_question: str
    asks_existence: str
    negation: str
    inner_negation: str
    shortfall: str
    all_quantifier: str
    partial: str
    all_said: str
    rate_word: str
    level_word: str
    asks_plan: str
    claim_negation: str
    goal: str
    problem: str
    compare: str
    compared_before: str
    trend: str
    trend_down: str
    trend_up: str
    trend_flat: str
    written: str
    all_words: str
    who: str
    ask_who: str
    after_name: str
    person_title: str
    who_role: str
    duty_holder: str
    duty_holder_frame: str
    duty_verb: str
    facet_cause: str
    facet_kind: str
    facet_frame: str
    facet_cause_marker: str
    facet_kind_marker: str
    facet_counted_noun: str
    ordinal: str
    what: str
    when: str
    where: str
    which: str
    which_lead: str
    split_verb: str
    every_department: str
    with_its_parts: str
    the_area_before: str
    whole_subject: str
    unit_before_title: str
    which_locative: str
    which_title: str
    which_body: str
    body_name: str
    period_words: str
    asking: str
    framing: str
    kind_words: str
    body_words: str
    self_pointer: str
    list_category: str
    list_link: str
    list_lead: str
    list_tail: str
    part_asks: str
    follow_up: str
    question_tail: str
    nth_part: str
    count_parts: str
    which_parts: str
    part_content: str
    heading_only: str
    which_nth_part: str
    own_part: str
    trend_either: str
    account_question: str


class RawStandsIn(Raw):
    #: the key a question is routed to, the key whose figures answer it when the report gives
    #: none of the first's, and the question words that ask for the first key itself
    key: str
    by: str
    unless: str
    #: the question words without which it does not stand in ("": always)
    when: str = ""


class RawQuestionsFile(Raw):
    words: dict[str, str] = Field(default_factory=dict)
    grammar: RawGrammar
    nouns: list[str] = Field(default_factory=list)
    synonyms: dict[str, list[str]]
    measures: dict[str, list[str]] = Field(default_factory=dict)
    measure_of_noun: dict[str, str] = Field(default_factory=dict)
    spoken: dict[str, str] = Field(default_factory=dict)
    opposites: dict[str, str] = Field(default_factory=dict)
    counted: dict[str, list[str]] = Field(default_factory=dict)
    stands_in: list[RawStandsIn] = Field(default_factory=list)


class RawChange(Raw):
    lead: str
    to_value: str
    rate_of_change: str
    comparison_words: str
    value_after: str


class RawBenchmark(Raw):
    lead: str
    tail: str
    previous_lead: str
    previous_tail: str
    prior_aside: str
    own_average: str
    to_value_lead: str
    average_compared: str
    own_after_benchmark: str


class RawTarget(Raw):
    lead: str
    tail: str
    past_in_plans: str
    plan_sentence: str = ""
    plan_list: str = ""


class RawElsewhere(Raw):
    """The words that make a number another body's, other years' or a part of the year's."""

    over_years: str
    accumulated: str
    since_year: str
    part_of_year: str
    per_unit: str
    some_of: str
    examples: str
    neighbour: str
    upper: str
    subject_opening: str
    not_a_place: str
    not_a_body: str
    not_subject: str
    respondent: str
    decided_above: str
    not_an_area: str
    of_level: str
    body_of_level: str
    self_prefix: str
    self_also: str
    named_rate: str
    own_subject: str
    describes_object: str
    the_year: str


class RawKindLabel(Raw):
    """How one kind of figure is named to a reader (kinds.toml [labels.<kind>])."""

    #: after a figure in an answer: "败诉率: 2.1% (报告给出)"
    answer: str = Field(min_length=1)
    #: the short name in tables: summarize's text and Markdown, fgqa view, the corpus view
    label: str = Field(min_length=1)
    #: the English gloss of fgqa view's legend
    gloss: str = Field(min_length=1)


class RawKindsFile(Raw):
    words: dict[str, str]
    change: RawChange
    benchmark: RawBenchmark
    target: RawTarget
    elsewhere: RawElsewhere | None = None
    question: dict[Literal["zero_claim", "benchmark", "target", "change"], str]
    #: every kind of the Figure model, each once (an unknown kind is refused by the key type)
    labels: dict[Kind, RawKindLabel]

    @field_validator("labels")
    @classmethod
    def _every_kind(cls, labels: dict[str, RawKindLabel]) -> dict[str, RawKindLabel]:
        missing = [k for k in get_args(Kind) if k not in labels]
        if missing:
            raise ValueError(f"no labels for kind {', '.join(missing)}")
        return labels


class RawPart(Raw):
    name: str
    answer_name: str | None = None
    summary_name: str | None = None
    label: str = Field(min_length=1)
    abbrev: str = Field(min_length=1, max_length=4)
    heading: str
    exclusive: bool = False
    fallback: bool = False
    sub_heading: str | None = None
    opener: str | None = None
    in_sentence: str | None = None
    question: str
    confirming: str


#: a word of a word list: never empty
Word = Annotated[str, Field(min_length=1)]
Words = Annotated[list[Word], Field(min_length=1)]


class RawLevels(Raw):
    """The level a place's government has, by the place's last word."""

    town: Words
    district: Words
    county: Words
    city: Words
    street: Words
    national: Words
    #: a last word that names an area of a second level too (市 → county: 县级市)
    shared: dict[Word, Level]
    province_suffixes: Words
    municipalities: Words
    #: the provinces and autonomous regions by their full names (a bare 省政府 is completed with
    #: the one of them a text names)
    provinces: Words
    #: a province's short name → its full name (河南 → 河南省, 宁夏 → 宁夏回族自治区)
    province_short_names: dict[Word, Word]
    zones: Words
    zone_self_names: Words


class RawAmbiguity(Raw):
    self_levels: Annotated[list[Level], Field(min_length=1)]
    recurring_only: Words


class RawOrgans(Raw):
    kinds: Words
    words: Words
    not_after: str = ""
    sectors: Words


class RawMentions(Raw):
    suffix_words: dict[Word, str]
    lead_words: Words


class RawSubjects(Raw):
    verbs: Words
    after_clauses: Words
    not_in_names: Annotated[str, Field(min_length=1)]


class RawTitles(Raw):
    topics: Words
    ends: Words
    explainer_kinds: Words
    issuing_verbs: Words
    authoring_verbs: Words


class RawPageLabels(Raw):
    published: Words
    written: Words
    generated: Words
    issued: Words
    publisher: Words
    posted_by: Words
    reposted: Words
    posting_marks: Words
    editor: Words
    source: Words
    after_date: Words
    #: the labels of the report's own identifiers on a page (文号:, 发文字号:, 索引号:)
    doc_number: Words
    index_number: Words
    #: the words an appendix after the signature opens with (附件1:…, 附表)
    appendix: Words


class RawIdentifiers(Raw):
    """places.toml [identifiers]: the shapes the report's own document and index numbers have,
    the title words a document number may follow on the title's line, and how many lines the
    report's head is."""

    doc_number: str
    index_number: str
    after_title: Words
    head_lines: Annotated[int, Field(ge=1, le=30)]

    @field_validator("doc_number", "index_number")
    @classmethod
    def _a_shape(cls, shape: str) -> str:
        """A shape is a regular expression that needs at least one character and a digit (an
        empty match would take any label's leftover, a digitless one a word for a number)."""
        try:
            pattern = re.compile(shape)
        except re.error as err:
            raise ValueError(f"not a regular expression: {err}") from None
        if pattern.fullmatch("") is not None:
            raise ValueError("matches an empty string")
        if pattern.groups:
            raise ValueError("has a capturing group: the whole match is the number (use (?:…))")
        return shape


class RawPlacesFile(Raw):
    levels: RawLevels
    self_reference: Annotated[dict[Word, Level], Field(min_length=1)]
    bare_government: Annotated[dict[Word, Level], Field(min_length=1)]
    short_names: dict[Word, Word] = {}
    ambiguity: RawAmbiguity
    organs: RawOrgans
    subjects: RawSubjects
    titles: RawTitles
    labels: RawPageLabels
    identifiers: RawIdentifiers
    mentions: RawMentions


class RawColumns(Raw):
    change: str
    target: str
    current: str
    prior: str
    unit_label: str
    parts: str


class RawCells(Raw):
    down: str
    part_row: str
    default_units: Words


class RawTablesFile(Raw):
    columns: RawColumns
    cells: RawCells


class RawScope(Raw):
    narrower: Words
    each_subarea: str
    level: str
    whole: str
    part_of: str
    tiers_before: str
    subject_nouns: str


class RawPeriod(Raw):
    other: str


class RawScopesFile(Raw):
    """scopes.toml: whose figure a number is and which period it covers (fgqa/figures/scope.py)."""

    scope: RawScope
    period: RawPeriod


class RawScore(Raw):
    result: str
    problem: str
    plan: str
    slogan: str
    counted: str


class RawChrome(Raw):
    title_end: str
    framing: str
    org_end: str


class RawSummariesFile(Raw):
    score: RawScore
    chrome: RawChrome


class RawYesNoAnswer(Raw):
    is_cue: str
    has_cue: str
    trend_tail: str
    count_asked: str
    done_by: str
    handed_over: str
    asked_aside: str
    cause: str
    asked_filler: str


class RawYesNoCompare(Raw):
    below: str
    inclusive: str
    said_above: str
    said_below: str
    bound_filler: str
    each_part_asked: str
    named_parts: str


class RawYesNoEvidence(Raw):
    zero_word: str
    none_before: str
    zero_after: str
    change_clause: str
    ability_asked: str
    capacity_negation: str
    not_negation: str
    preparatory: str
    plan_noun: str
    list_item: str
    goal_lead: str
    goal_lookalike: str
    weak_negation: str
    each_said: str
    total_lead: str
    from_to: str
    falls_short: str
    formality: str
    self_reference: str
    lacks: str
    degree_noun: str
    state: str
    state_verb: str
    mostly: str
    all_filler: str
    none_found: str
    subset_lead: str
    all_lookalike: str
    steering: str
    none_quantifier: str
    pending: str
    completion: str
    negative_deed: str
    trend_lead: str
    doubled: str
    more_up: str
    more_down: str
    all_denied: str
    level_suffix: str
    prior_said: str
    others_lead: str
    double_negation: str
    unmet_after: str
    none_then_not: str
    empty_noun: str
    self_body: str
    enough_asked: str
    staff: str
    staff_short: str
    rest_undone: str
    undone_asked: str
    concluded_asked: str
    not_done_asked: str


class RawYesNoFile(Raw):
    """yes_no.toml: the words a yes/no question is decided by (fgqa/answers/yes_no.py)."""

    answer: RawYesNoAnswer
    compare: RawYesNoCompare
    evidence: RawYesNoEvidence


class RawAbstainWords(Raw):
    whole: str
    exception: str
    negation_after: str


class RawAbstainFile(Raw):
    """abstain.toml: when a committed answer gives way to "not in this report" (fgqa/answers/calibration.py)."""

    words: RawAbstainWords
    condition: list[RawCondition] = []


SCHEMAS: dict[str, type[Raw]] = {
    "indicators.toml": RawIndicatorsFile,
    "zero_claims.toml": RawZeroFile,
    "kinds.toml": RawKindsFile,
    "questions.toml": RawQuestionsFile,
    "places.toml": RawPlacesFile,
    "tables.toml": RawTablesFile,
    "scopes.toml": RawScopesFile,
    "summaries.toml": RawSummariesFile,
    "yes_no.toml": RawYesNoFile,
    "abstain.toml": RawAbstainFile,
}


def validate(name: str, text: str) -> Any:
    """A file's text, parsed and validated, as `plain` data; a bad file raises one
    LexiconError naming the file, the entry and the field."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise LexiconError(f"{name}: not valid TOML: {err}") from None
    if name == "parts.toml":
        return _parts(data, name)
    try:
        return plain(SCHEMAS[name].model_validate(data))
    except ValidationError as err:
        first = err.errors()[0]
        raise LexiconError(f"{name}: {_where(data, first['loc'])}: {first['msg']}") from None


def _parts(data: dict[str, Any], name: str) -> Any:
    """parts.toml: a table per part key, each a RawPart."""
    unknown = [k for k in data if k not in PART_KEYS]
    if unknown:
        raise LexiconError(f"{name}: [{unknown[0]}]: unknown part (known: {', '.join(PART_KEYS)})")
    missing = [k for k in PART_KEYS if k not in data]
    if missing:
        raise LexiconError(f"{name}: [{missing[0]}]: missing part")
    parts: dict[str, Any] = {}
    for key, body in data.items():
        try:
            parts[key] = plain(RawPart.model_validate(body))
        except ValidationError as err:
            first = err.errors()[0]
            raise LexiconError(f"{name}: [{key}] {' '.join(map(str, first['loc']))}: {first['msg']}") from None
    return {"__dict__": parts}


def plain(value: Any) -> Any:
    """A validated model as JSON data: {"__model__": fields} and {"__dict__": items} tag
    models and mappings (a mapping's own keys can never pass for a model's)."""
    if isinstance(value, BaseModel):
        return {"__model__": {name: plain(getattr(value, name)) for name in type(value).model_fields}}
    if isinstance(value, dict):
        return {"__dict__": {key: plain(v) for key, v in value.items()}}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def _where(data: Any, loc: tuple[Any, ...]) -> str:
    """'cue 12 (litigation.lost) exlude' from a pydantic location, with the entry's key."""
    parts: list[str] = []
    node = data
    for item in loc:
        if isinstance(item, int) and isinstance(node, list):
            node = node[item] if item < len(node) else None
            key = node.get("key") if isinstance(node, dict) else None
            parts[-1] = f"{parts[-1]} {item + 1}" + (f" ({key})" if key else "")
        else:
            node = node.get(item) if isinstance(node, dict) else None
            parts.append(str(item))
    return " ".join(parts) or "top level"
