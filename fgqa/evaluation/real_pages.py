"""Score fgqa on real published report pages (evals/real): annotations in the repo, texts not.

The repo keeps, per page, only the search query that found it, its address and our
annotations (evals/real/pages.jsonl). The page texts are excerpts returned by the search
tool; they live in a git-ignored folder (evals/real/texts/<id>.txt) and are produced by
re-running each stored query with the search tool and saving the excerpt of the stored
address. Without them the scorer says, page by page, what to fetch (`fetch_plan`).

What is scored, per page: the annotated core facts (found = key, value and a compatible
kind), traps (a year figure reported with a wrong value for a key the page has, a value
the page gives for something else, or a change/benchmark/target taken as the year's),
metadata (issuer, level, year, published), and questions sorted into right, wrong (a
confident wrong number or yes/no) and abstained. Every fact, decoy and question carries a
failure class (table, unit, from_to, verbal_zero, lookalike, ordinal …) so misses can be
counted by the kind of writing that caused them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from fgqa.errors import InputError
from fgqa.evaluation.gold import GoldQuestion
from fgqa.evaluation.qa import kinds_agree, point_covered, score_answer, squeeze
from fgqa.evaluation.scoring import Ratio, is_percent, values_match
from fgqa.lexicon import lexicon
from fgqa.lexicon.places import issuer_key
from fgqa.models import YEAR_KINDS, Answer, Figure, Kind, Qualifier, Summary

DEFAULT_PAGES = Path("evals/real/pages.jsonl")
DEFAULT_TEXTS = Path("evals/real/texts")
#: `dev` tunes rules; `test`, `test2` and `test3` are held out (test2, test3: later pages nobody had seen)
Split = Literal["dev", "test", "test2", "test3"]
Verdict = Literal["right", "wrong", "abstained"]
#: the longest locator an annotation may carry: a pointer into the page, never a quote
MAX_LOCATOR = 10


class _Annotation(BaseModel):
    model_config = ConfigDict(extra="allow")


class RealFact(_Annotation):
    key: str
    value: int | float
    unit: str
    kind: Kind = "stated"
    qualifier: Qualifier = "exact"
    scope: str | None = None
    #: failure class: the kind of writing this fact is stated in
    class_: str = Field("plain", alias="class")
    #: other values a careful reader would also accept (a derived total of listed parts)
    also: list[float] = []
    #: allowed but not required (neither counted when missed nor a trap when given)
    optional: bool = False
    direction: Literal["up", "down"] | None = None
    period: str | None = None
    locator: str | None = Field(None, max_length=MAX_LOCATOR)
    note: str | None = None


class RealDecoy(_Annotation):
    """A value the page gives that is NOT this key's figure ("*": not any key's)."""

    key: str
    value: int | float
    why: str
    class_: str = Field("lookalike", alias="class")


class RealMeta(_Annotation):
    issuer: str | None = None
    issuer_also: list[str] = []
    level: str | None = None
    level_also: list[str] = []
    year: int | None = None
    region: str | None = None
    published: str | None = None
    #: a date the page shows that is not the publication date (a mirror's, a stale chrome line)
    published_decoy: str | None = None
    title: str | None = None


class RealQuestion(_Annotation):
    id: str
    question: str
    answer_type: Literal["number", "yes_no", "not_disclosed", "text"]
    #: number: {value, unit, kind, qualifier}; yes_no: bool; text: accepted alternatives
    expected: Any = None
    #: core (a taxonomy figure) | noncore | yes_no | absent ("not in this report") | meta | structural
    qtype: str = "noncore"
    class_: str = Field("plain", alias="class")


class RealPage(_Annotation):
    id: str
    split: Split
    query: str
    url: str
    genre: Literal["report", "adjacent"] = "report"
    #: the excerpt is part of the report only (nearly always: the search tool returns a window)
    partial: bool = True
    meta: RealMeta
    facts: list[RealFact] = []
    decoys: list[RealDecoy] = []
    questions: list[RealQuestion] = []
    note: str | None = None


def load_pages(path: str | Path = DEFAULT_PAGES, split: str | None = None) -> list[RealPage]:
    path = Path(path)
    if not path.is_file():
        raise InputError(f"real-page annotations not found: {path}")
    pages = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            pages.append(RealPage.model_validate(json.loads(line)))
        except ValueError as exc:
            raise InputError(f"{path.name} line {n} is not a real-page annotation: {str(exc).splitlines()[0]}") from exc
    if split and split != "all":
        pages = [p for p in pages if p.split == split]
    return pages


def text_path(texts_dir: str | Path, page: RealPage) -> Path:
    return Path(texts_dir) / f"{page.id}.txt"


def fetch_plan(pages: list[RealPage], texts_dir: str | Path) -> list[dict[str, str]]:
    """The pages whose text is missing, with what to do to get each one."""
    return [{"id": p.id, "query": p.query, "url": p.url, "save_as": str(text_path(texts_dir, p))}
            for p in pages if not text_path(texts_dir, p).is_file()]


# --------------------------------------------------------------------------- results


class FactOutcome(BaseModel):
    page: str
    key: str
    value: float
    kind: str
    class_: str
    status: Literal["found", "wrong_kind", "missed"]
    got: str = ""


class TrapOutcome(BaseModel):
    page: str
    key: str
    value: float
    kind: str
    class_: str
    why: str
    quote: str


class MetaOutcome(BaseModel):
    page: str
    field: str
    gold: str | int | None
    predicted: str | int | None
    correct: bool


class QAOutcome(BaseModel):
    page: str
    id: str
    question: str
    qtype: str
    class_: str
    answer_type: str
    verdict: Verdict
    got: str


class PageResult(BaseModel):
    page: str
    split: str
    facts: list[FactOutcome]
    traps: list[TrapOutcome]
    extras: list[str]
    meta: list[MetaOutcome]
    qa: list[QAOutcome]
    crashed: str | None = None


class RealScores(BaseModel):
    pages: int
    facts_found: Ratio
    facts_value_only: Ratio
    traps: int
    extras: int
    issuer: Ratio
    level: Ratio
    year: Ratio
    published: Ratio
    published_spurious: int
    qa_right: Ratio
    qa_wrong: int
    qa_abstained: int
    yes_no: Ratio
    crashed: int = 0
    #: failure class → facts found, questions right, traps, metadata fields wrong
    by_class: dict[str, dict[str, Any]]


class RealRun(BaseModel):
    schema_: Literal["fgqa.real/1"] = Field("fgqa.real/1", alias="schema")
    engine: str
    split: str
    scores: RealScores
    results: list[PageResult]

    model_config = ConfigDict(populate_by_name=True)


# --------------------------------------------------------------------------- figures


def _all_keyed(summary: Summary) -> list[Figure]:
    figs = list(summary.indicators)
    seen = {(f.key, f.span) for f in figs}
    for s in summary.sections:
        for f in s.figures:
            if f.key and (f.key, f.span) not in seen:
                seen.add((f.key, f.span))
                figs.append(f)
    return figs


def _same_value(key: str, unit: str | None, gold: float, got: float) -> bool:
    return values_match(float(gold), float(got), percent=is_percent(key, unit))


def _fact_values(fact: RealFact) -> list[float]:
    return [fact.value, *fact.also]


def _render_fig(f: Figure) -> str:
    return f"{f.key}={f.value:g}{f.unit} ({f.kind})"


def score_facts(page: RealPage, summary: Summary) -> tuple[list[FactOutcome], list[TrapOutcome], list[str]]:
    figs = [f for f in _all_keyed(summary) if f.key]
    outcomes = []
    for fact in page.facts:
        if fact.optional:
            continue
        same = [f for f in figs if f.key == fact.key and any(_same_value(fact.key, fact.unit, v, f.value) for v in _fact_values(fact))]
        right = [f for f in same if kinds_agree(fact.kind, f.kind)]
        status = "found" if right else "wrong_kind" if same else "missed"
        got = ", ".join(_render_fig(f) for f in (right or same or [f for f in figs if f.key == fact.key]))
        outcomes.append(FactOutcome(page=page.id, key=fact.key, value=fact.value, kind=fact.kind, class_=fact.class_,
                                    status=status, got=got))
    traps, extras = [], []
    for f in figs:
        if f.kind not in YEAR_KINDS:
            continue
        why = _trap_reason(page, f)
        if why is None:
            continue
        if why[0] == "extra":
            extras.append(_render_fig(f))
        else:
            traps.append(TrapOutcome(page=page.id, key=f.key or "", value=f.value, kind=f.kind, class_=why[0],
                                     why=why[1], quote=f.quote[:40]))
    return outcomes, traps, extras


def _trap_reason(page: RealPage, f: Figure) -> tuple[str, str] | None:
    """None: the figure is one of the page's; ("extra", …): not annotated; else (class, why)."""
    mine = [x for x in page.facts if x.key == f.key]
    for d in page.decoys:
        if d.key in ("*", f.key) and _same_value(f.key or "", f.unit, d.value, f.value):
            # a decoy of no key (连续四年: a count of years) does not hide a year fact of the
            # figure's own key with the same value (纳入4个事项)
            if d.key == "*" and any(x.kind in YEAR_KINDS and _same_value(x.key, x.unit, v, f.value)
                                    for x in mine for v in _fact_values(x)):
                continue
            return d.class_, d.why
    if not mine:
        return "extra", ""
    for x in mine:
        if any(_same_value(x.key, x.unit, v, f.value) for v in _fact_values(x)):
            if x.kind in YEAR_KINDS:
                return None
            return x.class_ if x.class_ != "plain" else "kind", f"the page's {x.kind} given as the year's figure"
    if any(x.kind in YEAR_KINDS and not x.optional for x in mine):
        return "wrong_value", "a value the page does not give for this key"
    return "extra", ""


# --------------------------------------------------------------------------- metadata


def _issuer_ok(meta: RealMeta, predicted: str | None) -> bool:
    if not predicted:
        return False
    places = lexicon().places
    accepted = {squeeze(issuer_key(x, places)) for x in [meta.issuer or "", *meta.issuer_also] if x}
    return squeeze(issuer_key(predicted, places)) in accepted


def score_meta(page: RealPage, summary: Summary) -> list[MetaOutcome]:
    m, p = page.meta, summary.meta
    out = []

    def add(field: str, gold: Any, predicted: Any, correct: bool) -> None:
        out.append(MetaOutcome(page=page.id, field=field, gold=gold, predicted=predicted, correct=correct))

    if m.issuer:
        add("issuer", m.issuer, p.issuer, _issuer_ok(m, p.issuer))
    if m.level:
        add("level", m.level, p.level, p.level == m.level or p.level in m.level_also)
    if m.year:
        add("year", m.year, p.year, p.year == m.year)
    if m.published:
        add("published", m.published, p.published, p.published == m.published)
    elif p.published:
        add("published_spurious", m.published_decoy, p.published, False)
    return out


# --------------------------------------------------------------------------- questions


def _render_answer(a: Answer) -> str:
    if a.answer_type == "number":
        return f"number {a.value:g}{a.unit or ''} ({a.kind or '?'})" if isinstance(a.value, (int, float)) else "number ?"
    if a.answer_type == "yes_no":
        return f"yes_no {a.value}: {a.text[:50]}"
    return f"{a.answer_type}: {a.text[:60]}"


def judge(q: RealQuestion, a: Answer) -> Verdict:
    """right / wrong (a confident wrong number or yes/no) / abstained."""
    confident = a.answer_type in ("number", "yes_no")
    if q.answer_type == "number":
        gold = GoldQuestion(id=q.id, doc=a.doc, question=q.question, answer_type="number", expected=q.expected)
        if score_answer(gold, a).status == "pass":
            return "right"
        return "wrong" if confident else "abstained"
    if q.answer_type == "yes_no":
        if a.answer_type == "yes_no":
            return "right" if a.value is q.expected else "wrong"
        return "abstained"
    if q.answer_type == "not_disclosed":
        if a.answer_type in ("not_disclosed", "cannot_answer"):
            return "right"
        return "wrong" if confident else "abstained"
    # text: one of the accepted alternatives is in the answer itself (not in the related points)
    if a.answer_type in ("text", "list", "number") and any(point_covered(alt, a.text) for alt in q.expected or []):
        return "right"
    return "wrong" if confident else "abstained"


# --------------------------------------------------------------------------- a run


def score_page(page: RealPage, summary: Summary, answers: dict[str, Answer]) -> PageResult:
    facts, traps, extras = score_facts(page, summary)
    qa = [QAOutcome(page=page.id, id=q.id, question=q.question, qtype=q.qtype, class_=q.class_,
                    answer_type=q.answer_type, verdict=judge(q, answers[q.id]), got=_render_answer(answers[q.id]))
          for q in page.questions if q.id in answers]
    return PageResult(page=page.id, split=page.split, facts=facts, traps=traps, extras=extras,
                      meta=score_meta(page, summary), qa=qa)


def _ratio(items: list[bool]) -> Ratio:
    return Ratio(num=sum(items), den=len(items))


def aggregate(results: list[PageResult]) -> RealScores:
    facts = [f for r in results for f in r.facts]
    meta = [m for r in results for m in r.meta]
    qa = [q for r in results for q in r.qa]
    traps = [t for r in results for t in r.traps]
    by_field = lambda name: _ratio([m.correct for m in meta if m.field == name])  # noqa: E731
    classes: dict[str, dict[str, Any]] = defaultdict(lambda: {"facts": Ratio(), "questions": Ratio(), "traps": 0})
    for f in facts:
        classes[f.class_]["facts"] += Ratio(num=int(f.status == "found"), den=1)
    for q in qa:
        classes[q.class_]["questions"] += Ratio(num=int(q.verdict == "right"), den=1)
    for t in traps:
        classes[t.class_]["traps"] += 1
    wrong_meta: dict[str, int] = defaultdict(int)
    for m in meta:
        if not m.correct:
            wrong_meta[m.field] += 1
    if wrong_meta:
        classes["metadata"]["meta_wrong"] = dict(sorted(wrong_meta.items()))
    return RealScores(
        pages=len(results),
        facts_found=_ratio([f.status == "found" for f in facts]),
        facts_value_only=_ratio([f.status != "missed" for f in facts]),
        traps=len(traps), extras=sum(len(r.extras) for r in results),
        issuer=by_field("issuer"), level=by_field("level"), year=by_field("year"), published=by_field("published"),
        published_spurious=sum(1 for m in meta if m.field == "published_spurious"),
        qa_right=_ratio([q.verdict == "right" for q in qa]),
        qa_wrong=sum(q.verdict == "wrong" for q in qa), qa_abstained=sum(q.verdict == "abstained" for q in qa),
        yes_no=_ratio([q.verdict == "right" for q in qa if q.answer_type == "yes_no"]),
        crashed=sum(1 for r in results if r.crashed),
        by_class={k: dict(v) for k, v in sorted(classes.items())},
    )


def run_real(pages: list[RealPage], texts_dir: str | Path = DEFAULT_TEXTS, *, engine: str = "rules",
             session: Any = None, split: str = "all") -> RealRun:
    """Summarize and question every page whose text is present (the caller checks `fetch_plan`).
    `session` (a fgqa Session) is made for `engine` when not given, and closed after."""
    from fgqa.session import Session

    own = session is None
    session = Session(engine) if own else session
    results = []
    try:
        for page in pages:
            path = text_path(texts_dir, page)
            if not path.is_file():
                continue
            try:
                summary = session.summarize(path)
                answers = {q.id: session.ask(q.question, path).answers[0] for q in page.questions}
            except Exception as exc:  # one page that breaks fgqa is a finding, not the end of the run
                results.append(_crashed(page, exc))
                continue
            results.append(score_page(page, summary, answers))
    finally:
        if own:
            session.close()
    return RealRun(engine=session.engine_name, split=split, scores=aggregate(results), results=results)


def _crashed(page: RealPage, exc: Exception) -> PageResult:
    """Everything on the page counts as missed / abstained, and the crash is named."""
    why = f"fgqa crashed: {type(exc).__name__}: {exc}"[:120]
    empty = Summary(engine="none", doc={"path": page.id, "sha256": "", "chars": 0}, meta={}, parts={}, sections=[],
                    indicators=[])
    result = score_page(page, empty, {q.id: Answer(doc=page.id, answer_type="cannot_answer", text=why)
                                      for q in page.questions})
    result.crashed = why
    return result


# --------------------------------------------------------------------------- report


def _r(x: Ratio) -> str:
    return f"{x.num}/{x.den} ({100 * (x.share or 0):.1f}%)" if x.den else "—"


def render_text(run: RealRun, *, details: bool = True) -> str:
    s = run.scores
    lines = [f"real pages ({run.split}): {s.pages} pages, engine {run.engine}",
             f"  facts found (key, value, kind)   {_r(s.facts_found)}   value found, any kind {_r(s.facts_value_only)}",
             f"  traps                            {s.traps}   (unannotated keyed figures: {s.extras})",
             f"  issuer {_r(s.issuer)}   level {_r(s.level)}   year {_r(s.year)}   published {_r(s.published)}"
             f"   spurious published {s.published_spurious}",
             f"  QA right {_r(s.qa_right)}   wrong {s.qa_wrong}   abstained {s.qa_abstained}   yes/no right {_r(s.yes_no)}",
             *([f"  pages where fgqa crashed: {s.crashed}"] if s.crashed else []),
             "", "by failure class (facts found | questions right | traps):"]
    for name, c in s.by_class.items():
        extra = (" | wrong: " + ", ".join(f"{k} {v}" for k, v in c["meta_wrong"].items())) if "meta_wrong" in c else ""
        lines.append(f"  {name:<20} facts {_r(c['facts']):<16} questions {_r(c['questions']):<18} traps {c['traps']}{extra}")
    if details:
        lines += ["", "misses:"]
        for r in run.results:
            if r.crashed:
                lines.append(f"  {r.page}: {r.crashed}")
            for f in r.facts:
                if f.status != "found":
                    lines.append(f"  {r.page}: {f.status} {f.key}={f.value:g} ({f.kind}, {f.class_}) got [{f.got}]")
            for t in r.traps:
                lines.append(f"  {r.page}: TRAP {t.key}={t.value:g} ({t.kind}) [{t.class_}] {t.why} «{t.quote}»")
            for m in r.meta:
                if m.field == "published_spurious":
                    shown = f" (the page's {m.gold}: not a publication date)" if m.gold else ""
                    lines.append(f"  {r.page}: published {m.predicted!r} given, none annotated{shown}")
                elif not m.correct:
                    lines.append(f"  {r.page}: {m.field} {m.predicted!r} ≠ {m.gold!r}")
            for q in r.qa:
                if q.verdict != "right":
                    lines.append(f"  {r.page}: QA {q.verdict} [{q.qtype}/{q.class_}] {q.question} → {q.got}")
    return "\n".join(lines)


def _items(run: RealRun) -> dict[str, str]:
    """Every scored item of a run → its outcome, keyed so two runs line up."""
    items: dict[str, str] = {}
    for r in run.results:
        for f in r.facts:
            items[f"{r.page} fact {f.key}={f.value:g} ({f.kind})"] = f.status
        for m in r.meta:
            items[f"{r.page} {m.field}"] = "right" if m.correct else f"wrong ({m.predicted})"
        for q in r.qa:
            items[f"{r.page} QA {q.question}"] = q.verdict
        for t in r.traps:
            items[f"{r.page} trap {t.key}={t.value:g}"] = "trap"
    return items


_GOOD = {"found", "right"}


def compare_runs(old: RealRun, new: RealRun) -> tuple[list[str], list[str]]:
    """(better, worse): items whose outcome changed, in words."""
    before, after = _items(old), _items(new)
    better: list[str] = []
    worse: list[str] = []
    for key in sorted(set(before) | set(after)):
        a, b = before.get(key), after.get(key)
        if a == b:
            continue
        line = f"{key}: {a or '-'} → {b or '-'}"
        if " trap " in key:
            (worse if b == "trap" else better).append(line)
        elif b in _GOOD or (a not in _GOOD and b == "abstained" and a == "wrong"):
            better.append(line)
        elif a in _GOOD or b == "wrong":
            worse.append(line)
    return better, worse


def render_fetch_plan(plan: list[dict[str, str]]) -> str:
    head = [f"{len(plan)} page text(s) missing. The texts are not in the repo (they are third-party pages).",
            "Only the search tool can reach them: for each page, run its query with the search tool",
            "(corpus `pages`), take the result whose url is the page's, and save that result's excerpt",
            "verbatim (UTF-8) as the file named below. Then run this command again.", ""]
    body = [f"- {p['id']}\n    query: {p['query']}\n    url:   {p['url']}\n    save:  {p['save_as']}" for p in plan]
    return "\n".join(head + body)
