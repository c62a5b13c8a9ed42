"""Typed models shared by every stage and both engines.

These are the boundaries of the pipeline (documents → sections → figures → answers)
and the JSON the CLI prints. Changing a field here changes the public interface:
bump the schema string and document it in the README.
"""

# no `from __future__ import annotations`: typing.NamedTuple and pydantic compile() each string
# annotation at import (~400 of them were ~0.1x the start-up floor; tests/test_cli.py counts them)
from typing import Literal, NamedTuple, get_args

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["stated", "derived", "change", "target", "benchmark", "zero_claim"]
Qualifier = Literal["exact", "approx_more", "approx_less"]
PartKey = Literal["measures", "shortcomings", "leadership", "plans"]
Level = Literal["national", "province", "city", "district", "county", "town", "street", "department"]
Source = Literal["rules", "llm", "both"]
#: the engines, listed once (fgqa.engines.factory builds them)
EngineName = Literal["rules", "llm", "hybrid"]
ENGINE_NAMES: tuple[str, ...] = get_args(EngineName)
AnswerType = Literal["number", "not_disclosed", "text", "yes_no", "list", "cannot_answer"]

PART_KEYS: tuple[PartKey, ...] = ("measures", "shortcomings", "leadership", "plans")
#: kinds that are "the year's figure" (what a user means by "the loss rate")
YEAR_KINDS: frozenset[str] = frozenset({"stated", "derived", "zero_claim"})

Span = tuple[int, int]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- documents


class Meta(Strict):
    issuer: str | None = None
    region: str | None = None
    level: Level | None = None
    year: int | None = None
    published: str | None = Field(None, description="ISO date the page was published (or generated)")
    signed: str | None = Field(None, description="ISO date of the signature line, if any")
    title: str | None = None
    doc_number: str | None = Field(None, description="the report's own document number (文号), e.g. X政报〔2025〕7号: "
                                   "from a page label (文号: / 发文字号:) or a line of the report's head, never a document it cites")
    index_number: str | None = Field(None, description="the index number a government site gives the page (索引号), "
                                     "e.g. 0012/2025-00031: from the page's index fields")
    #: the person the page's chrome names as its editor ("编辑:X 审核:Y", "责任编辑:X")
    editor: str | None = None
    #: the body the page's chrome names as the information's source ("来源:X县司法局", "信息来源:厅法规处")
    source: str | None = None


class DocInfo(Strict):
    path: str
    sha256: str
    chars: int = Field(description="length of the normalized text")


class Document(Strict):
    """A report after loading and normalization. Every span indexes into `text`."""

    info: DocInfo
    text: str
    meta: Meta
    #: what the loader noticed (encoding guessed, chrome removed, converted to simplified…)
    notes: list[str] = Field(default_factory=list)
    #: what the source was, read from its bytes: pdf, docx, html, markdown or text
    format: str = "text"


# --------------------------------------------------------------------------- sections


class Heading(NamedTuple):
    """A heading found in the text: its marker style, depth and span. (A typed tuple, not a
    model: it never leaves the sections stage, and ~25 a report were validated for nothing.)"""

    text: str
    #: numbering style, e.g. 'cn', 'paren_cn', 'arabic', 'paren_arabic', 'ordinal'
    marker: str
    #: 1 = top level
    depth: int
    span: Span
    number: int | None = None


class Section(Strict):
    id: str = Field(description="stable within one document: 's0' preamble, 's1', 's1.2' …")
    heading: str | None
    level: int = Field(description="0 = preamble, 1 = top-level part, 2 = sub-section …")
    part: PartKey | None = None
    span: Span = Field(description="body span, heading included")
    summary: str = ""
    figures: "list[Figure]" = Field(default_factory=list)  # Figure is defined below


class PartStatus(Strict):
    present: bool
    heading: str | None = None
    section_ids: list[str] = Field(default_factory=list)
    #: "llm" when the rules found no heading or paragraph naming the part and the model's
    #: mapping was accepted (see fgqa.engines.llm_outline)
    source: Literal["rules", "llm"] = "rules"


# --------------------------------------------------------------------------- figures


class Figure(Strict):
    """One number the report says (or we derived), with where it says it."""

    key: str | None = Field(None, description="indicator key from the taxonomy, null when none fits")
    label: str = Field(description="short Chinese label: the indicator name or the words before the number")
    value: int | float
    unit: str
    qualifier: Qualifier = "exact"
    kind: Kind = "stated"
    scope: str | None = None
    quote: str = Field(description="exact substring of the normalized text at `span`")
    span: Span
    formula: str | None = Field(None, description="for derived figures, e.g. '1/13'")
    source: Source = "rules"
    direction: Literal["up", "down"] | None = Field(None, description="for changes")
    period: str | None = Field(None, description="when the text bounds the figure otherwise than the report year: 去年以来, 截至10月底 …")
    section_id: str | None = None
    primary: bool = Field(False, description="the report's own figure for its key (its own scope, the year's; "
                                             "one per key, none when only narrower scopes are given)")
    found_by: Literal["clause"] | None = Field(None, description="how the key was found when no cue found it: 'clause' = "
                                                                "the clause fallback (the one indicator the number's own clause names)")


# --------------------------------------------------------------------------- outputs


class UsageCounts(BaseModel):
    """What LLM calls cost and what the grounding checks refused: a summary's usage and a
    run record's totals count the same things."""

    model_config = ConfigDict(defer_build=True)  # only its subclasses are used

    calls: int = 0
    cached_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    rejected_figures: int = 0
    #: sentences of model-written text (summaries, answers) dropped for stating a number
    #: the text they rest on does not
    rejected_text: int = 0


class Usage(UsageCounts):
    model_config = ConfigDict(extra="forbid")

    fallback_sections: list[str] = Field(default_factory=list)
    seconds: float = 0.0


class Summary(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    #: /5 added Meta.doc_number, Meta.index_number and Meta.editor, /4 Figure.found_by, /3 Figure.primary; a /4
    #: summary (no identifiers), a /3 one (no found_by either) and a /2 one (no primary flags
    #: either) are still read
    schema_: Literal["fgqa.summary/5", "fgqa.summary/4", "fgqa.summary/3", "fgqa.summary/2"] = Field(
        "fgqa.summary/5", alias="schema")
    engine: str
    doc: DocInfo
    meta: Meta
    parts: dict[PartKey, PartStatus]
    sections: list[Section]
    indicators: list[Figure]
    #: 3–5 sentences on the whole report: issuer and year, the four parts, the key figures
    overview: str = ""
    warnings: list[str] = Field(default_factory=list)
    usage: Usage | None = None


class Citation(Strict):
    model_config = ConfigDict(defer_build=True)  # not on the summarize path: built when first used

    quote: str
    span: Span


class AnswerEvidence(Strict):
    """How a committed answer (a number, a yes/no) was produced and what it rests on, all
    visible on the answer and its report (fgqa.answers.calibration; the CLI JSON from
    fgqa.answer/2 on)."""

    model_config = ConfigDict(defer_build=True)

    #: the last answering step that returned something (indicator, retrieval, yes_no_figure …)
    path: str
    answer_type: str
    kind: str | None = None
    #: the figure was keyed to an indicator; by a cue or by the clause fallback
    keyed: bool = False
    clause_keyed: bool = False
    #: the report's own figure for its key
    primary: bool = False
    #: share of the question's (rarity-weighted) content the quote's clause / sentence holds
    clause_coverage: float = 0.0
    sentence_coverage: float = 0.0
    #: question words the report never uses
    unknown_words: int = 0
    #: other figures of the same key and kind (the year's) with another value
    same_key_rivals: int = 0
    #: other figures in the answer's unit whose sentence covers the question at least as well
    close_rivals: int = 0
    #: the question joins two or more things (A、B和C) and asks a total, the answer is one stated figure
    joined_total_one_figure: bool = False
    #: the question joins two or more things, the answer's clause holds only some of them
    joined_part_missing: bool = False
    #: the question asks about all of something (所有, 都, 全覆盖 …)
    asks_all: bool = False
    #: the quote's sentence says a thing holds for all and, too, an exception or a negation
    #: (均已配备…其中9个, 全覆盖目标未能实现): its yes or no rests on how the two are read
    whole_and_exception: bool = False
    #: a yes/no whose own clause (the quote's clause that holds most of the question) says the
    #: other way: a yes against an exception or a negation there (其中9个…, 未能实现), a no
    #: against a whole word there not negated (均在期限内答复, 无一件未经审查)
    clause_against: bool = False
    #: another figure of the answer's key, kind and unit, of another value, whose clause holds
    #: at least as much of the question as the answer's own
    rival_as_covered: bool = False
    #: the condition of fgqa/lexicon/abstain.toml that turned this answer into an abstention
    abstained_by: str | None = None


class Answer(Strict):
    model_config = ConfigDict(defer_build=True)  # not on the summarize path: built when first used

    doc: str
    answer_type: AnswerType
    value: int | float | bool | None = None
    unit: str | None = None
    kind: Kind | None = None
    key: str | None = None
    scope: str | None = None
    formula: str | None = None
    #: for a change: which way it went (the value is then the size when the question asks
    #: "下降了多少" / "增长了多少", the signed change otherwise)
    direction: Literal["up", "down"] | None = None
    text: str = ""
    points: list[str] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    #: how a number or yes/no answer was produced and the evidence behind it (None for other
    #: answers, but those a condition of abstention turned from a number or a yes/no)
    evidence: AnswerEvidence | None = None


class AnswerSet(BaseModel):
    model_config = ConfigDict(defer_build=True, extra="forbid", populate_by_name=True)

    #: /2 added Answer.evidence
    schema_: Literal["fgqa.answer/2"] = Field("fgqa.answer/2", alias="schema")
    #: the engine the reports were read with (added in place: older records have none)
    engine: str | None = None
    question: str
    answers: list[Answer]
    #: the model's calls for this question (reading the reports included), llm/hybrid only
    usage: Usage | None = None


Section.model_rebuild()
