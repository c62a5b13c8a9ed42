"""One evaluation run: summarize and question every gold report, score, and keep a record.

A RunRecord says what was run (gold set and its hash, commit, engine, model, prompt and
schema hashes, live or replayed) next to what came out (scores, usage, one outcome per
figure and per question), so two records can be diffed item by item.
"""

from __future__ import annotations

import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, computed_field, field_validator

from fgqa.errors import InputError
from fgqa.evaluation.gold import QUESTIONS_FILE, GoldQuestion, gold_set_hash, load_gold_dir, load_questions
from fgqa.evaluation.qa import QAResult, QAScores, qa_scores, score_answer
from fgqa.evaluation.scoring import DocScore, FigureOutcome, GroundingFailure, Ratio, Scores, aggregate, score_document
from fgqa.llm.secrets import mask_url
from fgqa.models import AnswerSet, Document, Summary, UsageCounts

RunMode = Literal["live", "replay", "rules", "offline"]
DEFAULT_RUNS_DIR = "evals/runs"


class GoldSet(BaseModel):
    name: str
    hash: str
    docs: list[str]
    questions: int


class Provenance(BaseModel):
    model_config = ConfigDict(protected_namespaces=())

    git_commit: str | None = None
    engine: str
    mode: RunMode
    model: str | None = None
    base_url: str | None = None
    prompt_hash: str | None = None
    schema_hash: str | None = None
    cache_hit_rate: float | None = None

    @field_validator("base_url")
    @classmethod
    def _no_credentials(cls, value: str | None) -> str | None:
        return mask_url(value)  # a run record is kept in git: never a URL's user:password


class UsageTotals(UsageCounts):
    #: summed from the summaries (extraction time)
    seconds: float = 0.0
    #: the whole run, questions included
    wall_seconds: float = 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


class RunScores(BaseModel):
    figures: Scores
    qa: QAScores


class DocLine(BaseModel):
    """One report's headline, for the per-document table."""

    doc: str
    recall: float | None
    precision: float | None
    f1: float | None
    traps: int
    parts_correct: int
    all_parts_right: bool
    grounding: Ratio
    #: metadata fields that differ from gold, e.g. "issuer: 柳汐街道办事处 ≠ 澜泽市…"
    meta_wrong: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class RunRecord(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    schema_: Literal["fgqa.run/1"] = Field("fgqa.run/1", alias="schema")
    created: str
    gold_set: GoldSet
    provenance: Provenance
    scores: RunScores
    usage: UsageTotals
    docs: list[DocLine]
    outcomes: list[FigureOutcome]
    grounding_failures: list[GroundingFailure] = Field(default_factory=list)
    qa: list[QAResult] = Field(default_factory=list)

    def model_dump_json(self, **kwargs: Any) -> str:  # always write the "schema" name
        kwargs.setdefault("by_alias", True)
        return super().model_dump_json(**kwargs)


def run_mode(engine: str, *, live: bool, replayed: bool) -> RunMode:
    if live and replayed:
        raise InputError("a run is either live or replayed, not both")
    if live:
        return "live"
    if replayed:
        return "replay"
    return "rules" if engine == "rules" else "offline"


def git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, timeout=10,
                             cwd=Path(__file__).resolve().parent)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None if out.returncode == 0 else None


def _questions_for(gold_dir: Path, questions: Any) -> list[GoldQuestion]:
    if questions is None:
        default = gold_dir / QUESTIONS_FILE
        return load_questions(default) if default.is_file() else []
    if isinstance(questions, (str, Path)):
        return load_questions(questions)
    return list(questions)


def _add_usage(total: UsageTotals, summary: Summary) -> None:
    if summary.usage is None:
        return
    u = summary.usage
    total.calls += u.calls
    total.cached_calls += u.cached_calls
    total.prompt_tokens += u.prompt_tokens
    total.completion_tokens += u.completion_tokens
    total.rejected_figures += u.rejected_figures
    total.rejected_text += u.rejected_text
    total.seconds = round(total.seconds + u.seconds, 4)


def _doc_line(score: DocScore, summary: Summary) -> DocLine:
    return DocLine(doc=score.doc, recall=score.tally.recall, precision=score.tally.precision, f1=score.tally.f1,
                   traps=len(score.traps), parts_correct=score.parts_correct, all_parts_right=score.all_parts_right,
                   grounding=score.grounding, warnings=summary.warnings,
                   meta_wrong=[f"{c.field}: {c.predicted} ≠ {c.gold}" for c in score.meta if not c.correct])


class Reader(Protocol):
    """What a run needs from a Session (fgqa.session.Session; a fake in tests)."""

    engine_name: str

    def document(self, path: Path) -> Document: ...

    def summarize(self, path: Path) -> Summary: ...

    def ask(self, question: str, paths: list[Path]) -> AnswerSet: ...


def run_eval(
    gold_dir: str | Path,
    corpus_dir: str | Path,
    *,
    engine: str = "rules",
    config: Any = None,
    session: Reader | None = None,
    questions: str | Path | list[GoldQuestion] | None = None,
    live: bool = False,
    replayed: bool = False,
    provenance: dict[str, Any] | None = None,
) -> RunRecord:
    """Summarize and question every report of the gold set and score it.

    The reports are read through `session` (one engine, each report read and summarized
    once, however many questions it has); without one, a Session for `engine` and
    `config` is opened for the run and closed after it. `questions`: a questions.jsonl
    path or parsed questions; None = the gold dir's own questions.jsonl when it has one;
    [] = figures only.
    """
    if session is None:
        from fgqa.session import Session

        with Session(engine, config=config) as own:
            return run_eval(gold_dir, corpus_dir, session=own, questions=questions, live=live,
                            replayed=replayed, provenance=provenance)
    engine = session.engine_name
    gold_dir, corpus_dir = Path(gold_dir), Path(corpus_dir)
    if not corpus_dir.is_dir():
        # the defaults (evals/gold, evals/corpus) are relative to where fgqa runs: say how to point elsewhere
        hint = "" if corpus_dir.is_absolute() else " (relative to the current folder: run from the fgqa repository or give --gold DIR --corpus DIR)"
        raise InputError(f"corpus directory not found: {corpus_dir}{hint}")
    mode = run_mode(engine, live=live, replayed=replayed)
    golds = load_gold_dir(gold_dir)
    gold_questions = _questions_for(gold_dir, questions)
    paths = {g.doc: corpus_dir / g.doc for g in golds}
    missing = [str(p) for p in paths.values() if not p.is_file()]
    if missing:
        raise InputError(f"corpus file(s) of the gold set not found: {', '.join(missing)}")

    started = time.perf_counter()
    usage = UsageTotals()
    doc_scores: list[DocScore] = []
    lines: list[DocLine] = []
    for gold in golds:
        summary = session.summarize(paths[gold.doc])
        text = session.document(paths[gold.doc]).text
        score = score_document(gold, summary, text)
        doc_scores.append(score)
        lines.append(_doc_line(score, summary))
        _add_usage(usage, summary)

    qa_results: list[QAResult] = []
    all_docs = list(paths.values())
    for q in gold_questions:
        if q.cross_report:
            qa_results.append(score_answer(q, session.ask(q.question, all_docs), docs=[str(p) for p in all_docs]))
        elif q.doc in paths:
            qa_results.append(score_answer(q, session.ask(q.question, [paths[q.doc]])))
    usage.wall_seconds = round(time.perf_counter() - started, 3)

    extra = dict(provenance or {})
    cache_hit_rate = round(usage.cached_calls / usage.calls, 4) if usage.calls else None
    record_provenance = Provenance(git_commit=git_commit(), engine=engine, mode=mode, cache_hit_rate=cache_hit_rate,
                                   **{k: extra.get(k) for k in ("model", "base_url", "prompt_hash", "schema_hash")})
    return RunRecord(
        created=datetime.now(UTC).isoformat(timespec="seconds"),
        gold_set=GoldSet(name=gold_dir.resolve().name, hash=gold_set_hash(gold_dir), docs=list(paths),
                         questions=len(gold_questions)),
        provenance=record_provenance,
        scores=RunScores(figures=aggregate(doc_scores), qa=qa_scores(qa_results)),
        usage=usage,
        docs=lines,
        outcomes=[o for d in doc_scores for o in d.outcomes],
        grounding_failures=[f for d in doc_scores for f in d.grounding_failures],
        qa=qa_results,
    )


# --------------------------------------------------------------------------- files


def load_run(path: str | Path) -> RunRecord:
    path = Path(path)
    try:
        return RunRecord.model_validate_json(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read run record {path}: {exc}") from exc
    except ValueError as exc:
        raise InputError(f"{path.name} is not an fgqa run record: {str(exc).splitlines()[0]}") from exc


def save_run(record: RunRecord, runs_dir: str | Path = DEFAULT_RUNS_DIR) -> Path:
    """Write `<UTC timestamp>-<engine>-<mode>.json`; an existing file is never overwritten."""
    runs_dir = Path(runs_dir)
    runs_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.fromisoformat(record.created).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    stem = f"{stamp}-{record.provenance.engine}-{record.provenance.mode}"
    body = record.model_dump_json(indent=2)
    for n in range(1, 1000):
        path = runs_dir / (f"{stem}.json" if n == 1 else f"{stem}-{n}.json")
        try:
            with path.open("x", encoding="utf-8") as fh:  # "x": fails rather than overwrite
                fh.write(body + "\n")
            return path
        except FileExistsError:
            continue
    raise InputError(f"too many runs named {stem} in {runs_dir}")


def find_last_run(runs_dir: str | Path, gold_set: str, engine: str, live: bool) -> Path | None:
    """The newest saved run of this gold set (name or hash) and engine, live or not."""
    runs_dir = Path(runs_dir)
    if not runs_dir.is_dir():
        return None
    best: tuple[str, str, Path] | None = None
    for path in runs_dir.glob("*.json"):
        try:
            record = load_run(path)
        except InputError:
            continue  # a foreign or broken file in the folder is not a run
        if gold_set not in (record.gold_set.name, record.gold_set.hash) or record.provenance.engine != engine:
            continue
        if (record.provenance.mode == "live") != live:
            continue
        candidate = (record.created, path.name, path)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    return best[2] if best else None
