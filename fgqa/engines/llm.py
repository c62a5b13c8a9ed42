"""The llm engine: one typed call per section, every figure grounded before it is kept.

Sections are read in chunks: each level-1/level-2 section with its deeper sub-sections is
one chunk; a chunk longer than MAX_CHUNK_CHARS is split on sentence boundaries (the
heading path goes with every piece as context); small neighbouring chunks of the same
top-level section are batched into one call. Calls run concurrently (config.concurrency).

Nothing the model says is trusted: quotes are located in the text by us (the span is ours),
the value must be what the quote says, unit and qualifier are re-read from the quote with
the rules engine's number parser, and a change's sign comes from the words around it.
When the endpoint stays down, a section falls back to the rules engine's result (or, with
config.strict, the run fails with EndpointError).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

from fgqa.engines import llm_outline
from fgqa.engines.base import Engine, EngineResult, OutlineProposal
from fgqa.engines.llm_models import FigureItem, OutlineReading, SectionReading
from fgqa.engines.rules import RulesEngine
from fgqa.errors import CallUsage, EndpointError, SchemaError
from fgqa.figures import context
from fgqa.figures.grounding import FigureCandidate, Rejection, ground, ground_text
from fgqa.figures.kinds import classify, is_goal
from fgqa.figures.numbers import Quantity, find_quantities, number_in_span
from fgqa.figures.scope import scope_of
from fgqa.lexicon import lexicon
from fgqa.llm.prompts import Prompt, load_prompt
from fgqa.models import Document, Figure, Section, Span, Usage
from fgqa.sections.index import section_at

#: a chunk longer than this (characters) is split on sentence boundaries
MAX_CHUNK_CHARS = 1500
#: chunks shorter than this are batched with their small neighbours
TINY_CHUNK_CHARS = 300
#: a chunk with fewer non-space characters after its heading has nothing to read
MIN_BODY_CHARS = 10
SECTION_PROMPT = "section_reading.md"
INDICATORS_PLACEHOLDER = "{{INDICATORS}}"
#: characters of a model's summary of one chunk that are shown (cut after a sentence)
MAX_SUMMARY_CHARS = 400


# --------------------------------------------------------------------------- prompts


def section_prompt() -> Prompt:
    """The section prompt with the indicator table spliced in."""
    return load_prompt(SECTION_PROMPT, {INDICATORS_PLACEHOLDER: indicator_table()})


@lru_cache(maxsize=1)
def indicator_table() -> str:
    """The lexicon's indicators as prompt lines, generated so the prompt never drifts from the data."""
    return "\n".join(f"- `{ind.key}`：{ind.name}（单位：{'、'.join(sorted(ind.units))}）" for ind in lexicon().indicators.values())


# --------------------------------------------------------------------------- chunks


@dataclass(frozen=True)
class Chunk:
    #: the sections whose text the chunk covers; the first is the one its summary is for
    section_ids: tuple[str, ...]
    window: Span
    #: headings from the top level down, for context ("一、… > (二)…")
    heading_path: str
    #: True when the chunk is one piece of a split section
    piece: bool = False
    #: True when the chunk batches several small sections (its summary is for none of them)
    batched: bool = False


def plan_chunks(text: str, sections: list[Section]) -> list[Chunk]:
    units = _units(text, sections)
    chunks: list[Chunk] = []
    pending: list[Chunk] = []

    def flush() -> None:
        if pending:
            ids = tuple(i for c in pending for i in c.section_ids)
            window = (pending[0].window[0], pending[-1].window[1])
            # a section with its own sub-sections is one section, not a batch
            batched = not all(i == ids[0] or i.startswith(ids[0] + ".") for i in ids)
            chunks.append(Chunk(ids, window, pending[0].heading_path, batched=batched))
            pending.clear()

    for unit in units:
        size = unit.window[1] - unit.window[0]
        if size > MAX_CHUNK_CHARS:
            flush()
            chunks.extend(_split(text, unit))
            continue
        same_top = pending and _top(pending[0].section_ids[0]) == _top(unit.section_ids[0])
        total = unit.window[1] - pending[0].window[0] if pending else size
        if size < TINY_CHUNK_CHARS and (not pending or (same_top and total <= MAX_CHUNK_CHARS)):
            pending.append(unit)
            continue
        flush()
        if size < TINY_CHUNK_CHARS:
            pending.append(unit)
        else:
            chunks.append(unit)
    flush()
    by_id: dict[str, Section] = {}
    for sec in sections:
        by_id.setdefault(sec.id, sec)
    return [c for c in chunks if _has_body(text, c, by_id)]


def _units(text: str, sections: list[Section]) -> list[Chunk]:
    """One unit per section of level ≤ 2, extended over its deeper sub-sections."""
    by_id = {s.id: s for s in sections}
    units: list[Chunk] = []
    for sec in sections:
        if sec.level <= 2 or not units:
            units.append(Chunk((sec.id,), sec.span, _heading_path(sec, by_id)))
        else:
            last = units[-1]
            units[-1] = Chunk((*last.section_ids, sec.id), (last.window[0], sec.span[1]), last.heading_path)
    return units


def _heading_path(sec: Section, by_id: dict[str, Section]) -> str:
    parts = sec.id.split(".")
    heads = [by_id[".".join(parts[:n])].heading for n in range(1, len(parts) + 1) if ".".join(parts[:n]) in by_id]
    return " > ".join(h.strip() for h in heads if h)


def _top(section_id: str) -> str:
    return section_id.split(".")[0]


def _split(text: str, unit: Chunk) -> list[Chunk]:
    """Cut a long unit between sentences into pieces of at most MAX_CHUNK_CHARS."""
    start, end = unit.window
    cuts = [start]
    last_safe = None
    for _, e in _pieces(text, start, end):
        stop = min(end, e + 1)  # the full stop goes with its sentence
        if stop - cuts[-1] > MAX_CHUNK_CHARS and last_safe is not None and last_safe > cuts[-1]:
            cuts.append(last_safe)
        last_safe = stop
    cuts.append(end)
    return [Chunk(unit.section_ids, (a, b), unit.heading_path, piece=True) for a, b in zip(cuts, cuts[1:]) if b > a]


def _pieces(text: str, start: int, end: int) -> list[Span]:
    """Sentences, with an over-long sentence cut further at its clause breaks."""
    out: list[Span] = []
    for s, e in context.sentences(text, start, end):
        while e - s > MAX_CHUNK_CHARS:
            cut = max((text.rfind(ch, s, s + MAX_CHUNK_CHARS) for ch in "，,;；:："), default=-1)
            cut = cut if cut > s else s + MAX_CHUNK_CHARS - 1
            out.append((s, cut))
            s = cut + 1
        out.append((s, e))
    return out


def _has_body(text: str, chunk: Chunk, by_id: dict[str, Section]) -> bool:
    body = text[chunk.window[0]:chunk.window[1]]
    # a chunk's ids are distinct and in reading order, as the sections are
    heads = [head for i in chunk.section_ids if (head := by_id[i].heading)]
    for head in heads:
        body = body.replace(head, "", 1)
    return sum(not ch.isspace() for ch in body) >= MIN_BODY_CHARS


# --------------------------------------------------------------------------- engine


class Completer(Protocol):
    """What the engine needs from fgqa.llm.client.LLMClient (a fake in tests)."""

    def complete(self, response_model: Any, messages: list[dict[str, Any]], *, prompt_version: str,
                 validation_context: dict[str, Any] | None = None) -> Any: ...


@dataclass
class Reading:
    """What the llm made of a document before any fallback or merge."""

    figures: list[Figure] = field(default_factory=list)
    #: section id → the model's summary (non-empty ones only)
    summaries: dict[str, str] = field(default_factory=dict)
    #: chunks whose call failed: the rules result stands in for them
    failed: list[Chunk] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    #: the outline call's answer (None when the rules were sure, or the call failed)
    outline: OutlineReading | None = None
    #: what the rules were unsure of when the outline call was made
    unsure: list[str] = field(default_factory=list)

    def outline_proposal(self, doc: Document, sections: list[Section], *,
                         confirm: bool) -> tuple[OutlineProposal | None, list[str]]:
        """The checked outline proposal and a warning naming what was refused (if anything)."""
        if self.outline is None:
            return None, []
        proposal, refused = llm_outline.check_outline(self.outline, doc, sections, self.unsure, confirm=confirm)
        return proposal, ([f"llm outline: not used: {'; '.join(refused)}"] if refused else [])


@dataclass
class _ChunkOutcome:
    chunk: Chunk
    reading: SectionReading | None = None
    error: str | None = None
    #: the failure itself (for the run's one fallback warning)
    failure: Exception | None = None
    calls: int = 0
    cached: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0


class LLMEngine:
    """`rules`: the engine whose result stands in for a section whose call failed (and gives
    the sections the model did not summarize their summary). `confirm_outline`: a part the
    model maps must also be confirmed by its heading's own words (the hybrid engine's rule)."""

    name = "llm"

    def __init__(self, config: Any, client: Completer | None = None, *, prompt: Prompt | None = None,
                 outline_prompt: Prompt | None = None, rules: Engine | None = None, confirm_outline: bool = False):
        self.config = config
        self.prompt = prompt or section_prompt()
        self.outline_prompt = outline_prompt or load_prompt(llm_outline.OUTLINE_PROMPT)
        if client is None:
            from fgqa.llm.client import LLMClient

            client = LLMClient(config)
        self.client = client
        self.rules: Engine = rules or RulesEngine()
        self.confirm_outline = confirm_outline

    # ------------------------------------------------------------------ Engine

    def extract(self, doc: Document, sections: list[Section]) -> EngineResult:
        rules = self.rules.extract(doc, sections)
        reading = self.read(doc, sections)
        figures = list(reading.figures)
        for chunk in reading.failed:  # the rules engine's figures stand in for a failed call
            figures += [f for f in rules.figures if chunk.window[0] <= f.span[0] < chunk.window[1]]
        proposal, refused = reading.outline_proposal(doc, sections, confirm=self.confirm_outline)
        return EngineResult(
            figures=figures,
            summaries={**rules.summaries, **reading.summaries},
            warnings=[*reading.warnings, *refused],
            usage=reading.usage,
            outline=proposal,
        )

    def read(self, doc: Document, sections: list[Section]) -> Reading:
        started = time.perf_counter()
        chunks = plan_chunks(doc.text, sections)
        down = _DownFlag()
        from fgqa.llm.client import run_concurrently

        outcomes = run_concurrently(lambda c: self._read_chunk(doc.text, c, down), chunks, self.config.concurrency)

        reading = Reading()
        usage = reading.usage
        seen: set[tuple] = set()
        failures: dict[str, list[str]] = {}  # error → sections, so an outage is one warning
        for out in outcomes:
            _add_usage(usage, out)
            if out.reading is None:
                reading.failed.append(out.chunk)
                for sid in out.chunk.section_ids:
                    if sid not in usage.fallback_sections:
                        usage.fallback_sections.append(sid)
                failures.setdefault(out.error or "unknown error", []).extend(out.chunk.section_ids)
                continue
            usage.rejected_figures += len(out.reading.rejected)
            for item in out.reading.figures:
                fig = to_figure(item, doc.text, out.chunk.window, sections)
                if isinstance(fig, Rejection):
                    usage.rejected_figures += 1
                    continue
                ident = (fig.key, fig.value, fig.kind, fig.span)
                if ident not in seen:
                    seen.add(ident)
                    reading.figures.append(fig)
        for error, ids in failures.items():
            reading.warnings.append(f"llm: {error}; sections {', '.join(ids)} use the rules engine's result")
        for out in outcomes:
            if out.reading is None:
                self._fell_back(out.failure or out.error or "unknown error", doc)
        reading.summaries, usage.rejected_text = _summaries(outcomes, doc.text)
        reading.unsure = llm_outline.unsure_of(doc, sections)
        if reading.unsure:
            self._read_outline(doc, sections, down, reading)
        usage.seconds = round(time.perf_counter() - started, 4)
        return reading

    def _fell_back(self, error: Exception | str, doc: Document) -> None:
        _fell_back_for(self.client, error, doc)

    # ------------------------------------------------------------------ one call

    def messages(self, text: str, chunk: Chunk) -> list[dict[str, str]]:
        where = f"所在章节：{chunk.heading_path}\n" if chunk.heading_path else ""
        part = "（本节较长，这是其中一段）\n" if chunk.piece else ""
        body = text[chunk.window[0]:chunk.window[1]]
        # one user turn: some chat templates (Gemma's in llama.cpp) drop system messages
        return [{"role": "user", "content": f"{self.prompt.text}\n\n# 本节\n\n{where}{part}\n原文：\n{body}"}]

    def _read_chunk(self, text: str, chunk: Chunk, down: _DownFlag) -> _ChunkOutcome:
        out = _ChunkOutcome(chunk)
        if down.reason is not None:  # not called: the endpoint already failed for another section
            out.error, out.failure = down.reason, down.failure
            return out
        validation_context = {"text": text, "window": chunk.window, "max_reasks": self.config.max_reasks}
        try:
            result = self.client.complete(
                SectionReading, self.messages(text, chunk),
                prompt_version=self.prompt.version, validation_context=validation_context,
            )
        except EndpointError as err:
            _count(out, err.usage)
            if self.config.strict:
                raise
            if not isinstance(err, SchemaError):  # the endpoint is down: spare the other sections the wait
                down.set(str(err), err)
            out.error, out.failure = str(err), err
            return out
        _count(out, result.usage)
        out.reading = result.obj
        return out

    def _read_outline(self, doc: Document, sections: list[Section], down: _DownFlag, reading: Reading) -> None:
        """The outline call (metadata and parts); on failure the rules' outline stands."""
        if down.reason is not None:
            return  # the endpoint is down: the section warnings already say so
        out = _ChunkOutcome(Chunk((), (0, len(doc.text)), ""))
        try:
            result = self.client.complete(
                OutlineReading, llm_outline.outline_messages(self.outline_prompt.text, doc, sections),
                prompt_version=self.outline_prompt.version,
                validation_context=llm_outline.validation_context(doc, sections),
            )
        except EndpointError as err:
            _count(out, err.usage)
            if self.config.strict:
                raise
            reading.warnings.append(f"llm outline: {err}; metadata and parts are the rules'")
            self._fell_back(err, doc)
        else:
            _count(out, result.usage)
            reading.outline = result.obj
        _add_usage(reading.usage, out)


def _fell_back_for(client: Any, error: Exception | str, doc: Document) -> None:
    note = getattr(client, "fell_back", None)  # a fake client in tests may not keep a run log
    if note is not None:
        note(error, report=doc.info.path)


class _DownFlag:
    """Set once the endpoint is known to be down, so later chunks fall back at once."""

    def __init__(self) -> None:
        self.reason: str | None = None
        self.failure: Exception | None = None
        self._lock = threading.Lock()

    def set(self, reason: str, failure: Exception | None = None) -> None:
        with self._lock:
            if self.reason is None:
                self.reason, self.failure = reason, failure


def _count(out: _ChunkOutcome, usage: CallUsage) -> None:
    out.calls += 1
    out.cached += int(usage.cached)
    out.prompt_tokens += usage.prompt_tokens
    out.completion_tokens += usage.completion_tokens


def _add_usage(usage: Usage, out: _ChunkOutcome) -> None:
    usage.calls += out.calls
    usage.cached_calls += out.cached
    usage.prompt_tokens += out.prompt_tokens
    usage.completion_tokens += out.completion_tokens


def _summaries(outcomes: list[_ChunkOutcome], text: str) -> tuple[dict[str, str], int]:
    """The model's summary for a chunk's section, and how many of its sentences were dropped
    for stating a number the chunk's text does not (fgqa.figures.grounding.ground_text). A
    batch of several tiny sections keeps the rules' extractive summaries (a short section is
    its own best summary)."""
    texts: dict[str, list[str]] = {}
    dropped = 0
    for out in outcomes:
        if out.reading is None or out.chunk.batched:
            continue
        summary = out.reading.summary.strip() or "；".join(out.reading.key_points)
        summary, rejected = ground_text(summary, text[out.chunk.window[0]:out.chunk.window[1]])
        dropped += rejected
        summary = _bounded(summary, MAX_SUMMARY_CHARS)
        if summary:
            texts.setdefault(out.chunk.section_ids[0], []).append(summary)
    return {sid: "".join(parts) for sid, parts in texts.items()}, dropped


def _bounded(summary: str, limit: int) -> str:
    """`summary` cut to `limit` characters, after its last full sentence when it has one."""
    if len(summary) <= limit:
        return summary
    head = summary[:limit]
    stop = max(head.rfind(ch) for ch in "。!?！？;；")
    return head[:stop + 1] if stop > 0 else head + "…"


# --------------------------------------------------------------------------- figures


def to_figure(item: FigureItem, text: str, window: Span, sections: list[Section]) -> Figure | Rejection:
    """Ground one model item, then re-read unit, qualifier, sign and scope from the text."""
    value: int | float = int(item.value) if float(item.value).is_integer() else item.value
    key = item.key
    label = item.label or (lexicon().indicators[key].label if key else item.quote[:16])
    candidate = FigureCandidate(key=key, label=label, value=value, unit=item.unit or "", qualifier=item.qualifier,
                                kind=item.kind, scope=item.scope, quote=item.quote)
    grounded = ground(candidate, text, window, source="llm")
    if isinstance(grounded, Rejection):
        return grounded
    q = number_in_span(text, grounded.span, grounded.value)
    updates: dict[str, Any] = {}
    pos = q.start if q is not None else grounded.span[0]
    sec = section_at(sections, pos)
    updates["section_id"] = sec.id if sec else None
    s_start = context.sentence_start(text, pos, sec.span[0] if sec else 0)
    sentence_lead = text[s_start:pos]
    if not (grounded.scope and grounded.scope in text[s_start:context.sentence_end(text, pos)]):
        updates["scope"] = scope_of(sentence_lead)  # a scope the text does not name is the model's guess
    in_plans = sec is not None and sec.part == "plans"
    if q is not None:
        lead, tail = lead_and_tail(text, q, s_start)
        read_kind, direction = classify(lead, tail, in_plans=in_plans)
    else:  # a verbal zero (零败诉, 全覆盖): a claim of the year, or a goal when said as one
        read_kind, direction = ("target" if is_goal(text[context.clause_start(text, pos, s_start):pos], in_plans=in_plans)
                                else grounded.kind), None
    problem = kind_problem(grounded.kind, grounded.value, read_kind)
    if problem:
        return Rejection(reason=problem, candidate=candidate)
    if q is not None:
        if q.unit:
            updates["unit"] = q.unit
        updates["qualifier"] = q.qualifier
        if grounded.kind == "change":
            direction = direction or ("down" if grounded.value < 0 else "up")
            updates["direction"] = direction
            updates["value"] = -abs(grounded.value) if direction == "down" else abs(grounded.value)
    return grounded.model_copy(update=updates)


def kind_problem(model_kind: str, value: float, read_kind: str) -> str | None:
    """Why the model's kind (or sign) is not what the words around the number say, if it is not.

    The rules' kind reader decides: a change needs change words (下降/同比…), a target goal
    words (力争/确保…, or the plans part), a benchmark somebody else's figure (全国/平均);
    a count the words call the year's own is never a change, and only a change is negative.
    """
    if model_kind == "zero_claim":
        return None if read_kind in ("zero_claim", "stated") else f"the model calls a {read_kind} a zero claim"
    if model_kind != read_kind:
        return f"the model calls it a {model_kind}, the words around it make it a {read_kind}"
    if value < 0 and model_kind != "change":
        return f"a negative value for a {model_kind} (only a change is signed)"
    return None


def lead_and_tail(text: str, q: Quantity, s_start: int) -> tuple[str, str]:
    """The words of q's clause before it (since any earlier number) and after it."""
    c_start = context.clause_start(text, q.start, s_start)
    c_end = context.clause_end(text, q.end, context.sentence_end(text, q.end))
    before = [x for x in find_quantities(text[c_start:q.start])]
    lead_start = c_start + before[-1].end if before else c_start
    after = find_quantities(text[q.end:c_end])
    tail_end = q.end + after[0].start if after else c_end
    return text[lead_start:q.start], text[q.end:tail_end]
