"""`fgqa index`: many reports (files, folders, globs, URLs) into one SQLite database.

- Sources are found first; a file is read and hashed in this process, so a rerun over
  unchanged reports (same bytes, engine, fgqa version and lexicon version) starts no worker
  and writes nothing but its run row.
- The rest are read and summarized by worker processes (`jobs`), each building its engine
  once; only this process writes the database, one transaction per report, so Ctrl-C loses
  nothing and a rerun resumes where it stopped.
- A report that fails is recorded in `failures` with its one-line error; the others go on.
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from fgqa.corpus import db as corpus_db
from fgqa.documents.url import is_url
from fgqa.errors import FgqaError, InputError

#: files a folder walk picks up; .doc/.wps/.ofd too, so they are listed as refused, not ignored
REPORT_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".shtml", ".pdf", ".docx", ".doc", ".wps", ".ofd"})


class Failure(BaseModel):
    path: str
    error: str


class IndexResult(BaseModel):
    db: str
    run_id: int
    indexed: list[str] = Field(default_factory=list)
    unchanged: list[str] = Field(default_factory=list)
    failed: list[Failure] = Field(default_factory=list)
    seconds: float = 0.0
    interrupted: bool = False


class _Job(BaseModel):
    path: str
    sha256: str | None = None  # known for files (hashed before dispatch), not for URLs
    stored: tuple[str, str, str, str] | None = None


class _Outcome(BaseModel):
    path: str
    status: str  # indexed | unchanged | failed
    error: str | None = None
    sha256: str | None = None
    report: Any = None  # a db.Prepared, made in the worker
    seconds: float = 0.0


# --------------------------------------------------------------------------- versions


def fgqa_version() -> str:
    from fgqa import __version__

    return __version__


def lexicon_version() -> str:
    """What the rules know, as a version: the lexicon package's own when it declares one,
    else a hash of the files the rules are made of (a change there re-indexes)."""
    try:
        from fgqa import lexicon

        for name in ("VERSION", "__version__", "LEXICON_VERSION"):
            if isinstance(getattr(lexicon, name, None), str):
                return getattr(lexicon, name)
        for name in ("version", "lexicon_version"):
            if callable(getattr(lexicon, name, None)):
                return str(getattr(lexicon, name)())
    except ImportError:
        pass
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    # the lexicon and the code a summary is made by (its models included: a schema change
    # re-indexes, so every stored summary loads with this fgqa)
    paths = [p for folder in ("lexicon", "documents", "sections", "figures", "engines") for p in (root / folder).rglob("*")]
    paths += [root / "models.py", root / "pipeline.py"]
    for path in sorted(paths):
        if path.is_file() and path.suffix in {".py", ".toml", ".json", ".jsonl", ".txt", ".yaml"}:
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return "rules-" + digest.hexdigest()[:12]


# --------------------------------------------------------------------------- finding the reports


def find_sources(paths: list[str]) -> tuple[list[str], list[Failure]]:
    """Files (any name), folders (recursively, report suffixes), globs and URLs, each once."""
    found: list[str] = []
    missing: list[Failure] = []
    for given in paths:
        if given == "-":
            missing.append(Failure(path="-", error="standard input cannot be indexed (it has no name to skip by): save it as a file"))
        elif is_url(given):
            found.append(given)
        elif os.path.isdir(given):
            reports = _walk(Path(given))
            if not reports:  # said, so a folder of scans named .jpg or of spreadsheets is not a silent "indexed 0"
                missing.append(Failure(path=given, error="no report files in this folder (" + " ".join(sorted(REPORT_SUFFIXES)) + ")"))
            found += reports
        elif os.path.lexists(given):
            found.append(given)
        elif glob.has_magic(given):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                missing.append(Failure(path=given, error="no file matches this pattern"))
            for m in matches:
                found += _walk(Path(m)) if os.path.isdir(m) else [m]
        else:
            missing.append(Failure(path=given, error="no such file or folder"))
    return list(dict.fromkeys(found)), missing


def _walk(folder: Path) -> list[str]:
    out = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        out += [os.path.join(root, f) for f in sorted(files)
                if not f.startswith(".") and Path(f).suffix.lower() in REPORT_SUFFIXES]
    return out


def _hash_file(path: str) -> str | None:
    try:
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None  # the worker reports why, in the loader's words


# --------------------------------------------------------------------------- the workers

_ENGINE: Any = None
_KEY: tuple[str, str, str] = ("", "", "")


def _init_worker(engine_name: str, config: Any, key: tuple[str, str, str]) -> None:
    """One Session per worker process: its engine (and LLM client) built once."""
    global _ENGINE, _KEY
    import signal

    from fgqa.session import Session

    if multiprocessing_child():
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's: it stops the pool
    _ENGINE = Session(engine_name, config=config).engine
    _KEY = key


def multiprocessing_child() -> bool:
    import multiprocessing

    return multiprocessing.parent_process() is not None


def _work(job: _Job) -> _Outcome:
    from fgqa.documents import document_from_source, read_source
    from fgqa.pipeline import summarize_document

    started = time.perf_counter()
    try:
        source = read_source(job.path)
        sha = hashlib.sha256(source.data).hexdigest()
        if job.stored is not None and job.stored == (sha, *_KEY):
            return _Outcome(path=job.path, status="unchanged", sha256=sha)
        doc = document_from_source(source)
        summary = summarize_document(doc, _ENGINE)
        return _Outcome(path=job.path, status="indexed", sha256=sha, report=corpus_db.Prepared(summary, doc.text, doc.format),
                        seconds=round(time.perf_counter() - started, 4))
    except FgqaError as exc:
        return _Outcome(path=job.path, status="failed", error=str(exc), sha256=job.sha256)
    except Exception as exc:  # a bug on one report must not stop the corpus: record it
        return _Outcome(path=job.path, status="failed", error=f"internal error: {type(exc).__name__}: {exc}", sha256=job.sha256)


def _run_serial(jobs: list[_Job], engine_name: str, config: Any, key: tuple[str, str, str]) -> Iterator[_Outcome]:
    _init_worker(engine_name, config, key)
    for job in jobs:
        yield _work(job)


def _run_parallel(jobs: list[_Job], n: int, engine_name: str, config: Any, key: tuple[str, str, str],
                  pools: list) -> Iterator[_Outcome]:
    import multiprocessing

    # fork where it exists: the workers start with fgqa already imported
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    pool = multiprocessing.get_context(method).Pool(n, initializer=_init_worker, initargs=(engine_name, config, key))
    pools.append(pool)
    try:
        yield from pool.imap_unordered(_work, jobs, chunksize=2)
    finally:
        pool.terminate()
        pool.join()


# --------------------------------------------------------------------------- the run


def index(paths: list[str], *, db: str | Path = corpus_db.DEFAULT_DB, jobs: int | None = None, session: Any = None,
          progress: Callable[[str, int, int, int], None] | None = None) -> IndexResult:
    """Index `paths` into `db` with the session's engine and settings (default: a Session()
    from the environment and config file). `progress(event, done, total, failed)` is called
    as reports finish (event: "start" | "done")."""
    if session is None:
        from fgqa.session import Session

        session = Session()
    engine, config = session.engine_name, session.config
    started = time.perf_counter()
    jobs = max(1, jobs or os.cpu_count() or 1)
    sources, missing = find_sources(paths)
    if not sources:  # nothing readable was named: say so, and leave no empty database behind
        raise InputError("nothing to index: " + "; ".join(f"{f.path}: {f.error}" for f in missing))
    key = (engine, fgqa_version(), lexicon_version())
    con = corpus_db.connect(db, create=True)
    now = _now()
    run_id = con.execute("INSERT INTO runs (started, fgqa_version, lexicon_version, engine, sources) VALUES (?,?,?,?,?)",
                         (now, key[1], key[2], engine, json.dumps(paths, ensure_ascii=False))).lastrowid
    assert run_id is not None  # an INSERT always sets it
    con.commit()
    result = IndexResult(db=str(db), run_id=run_id, failed=list(missing))
    for failure in missing:
        corpus_db.record_failure(con, failure.path, None, failure.error, run_id=run_id, failed_at=now)

    stored = corpus_db.stored_keys(con)
    todo: list[_Job] = []
    for path in sources:
        if is_url(path):
            todo.append(_Job(path=path, stored=stored.get(path)))
            continue
        sha = _hash_file(path)
        if sha is not None and stored.get(path) == (sha, *key):
            result.unchanged.append(path)
        else:
            todo.append(_Job(path=path, sha256=sha, stored=stored.get(path)))

    total = len(todo)
    if progress:
        progress("start", 0, total, len(result.failed))
    pools: list = []
    outcomes = (_run_serial(todo, engine, config, key) if jobs == 1 or total <= 1
                else _run_parallel(todo, min(jobs, total), engine, config, key, pools))
    done = 0
    try:
        for outcome in outcomes:
            _store(con, outcome, result, run_id, key)
            done += 1
            if progress:
                progress("done", done, total, len(result.failed))
    except KeyboardInterrupt:
        result.interrupted = True
        for pool in pools:
            pool.terminate()
    finally:
        result.seconds = round(time.perf_counter() - started, 3)
        with con:
            con.execute("UPDATE runs SET finished = ?, indexed = ?, skipped = ?, failed = ?, seconds = ? WHERE id = ?",
                        (_now(), len(result.indexed), len(result.unchanged), len(result.failed), result.seconds, run_id))
        con.close()
    return result


def _store(con, outcome: _Outcome, result: IndexResult, run_id: int, key: tuple[str, str, str]) -> None:
    if outcome.status == "unchanged":
        result.unchanged.append(outcome.path)
    elif outcome.status == "indexed":
        corpus_db.write_report(con, outcome.report, run_id=run_id,
                               fgqa_version=key[1], lexicon_version=key[2], indexed_at=_now(), seconds=outcome.seconds)
        result.indexed.append(outcome.path)
    else:
        corpus_db.record_failure(con, outcome.path, outcome.sha256, outcome.error or "failed", run_id=run_id, failed_at=_now())
        result.failed.append(Failure(path=outcome.path, error=outcome.error or "failed"))


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# --------------------------------------------------------------------------- progress on a terminal


class TerminalProgress:
    """A rich progress bar on stderr (files done, rate, ETA, failures); silent when stderr
    is not a terminal, so logs and pipes get only the final lines."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self._bar: Any = None  # a rich Progress once started
        self._task: Any = None

    def __call__(self, event: str, done: int, total: int, failed: int) -> None:
        if not self.enabled:
            return
        if event == "start":
            if total == 0:
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._bar = Progress(TextColumn("indexing"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("{task.fields[rate]}"), TextColumn("ETA"), TimeRemainingColumn(),
                                 TextColumn("{task.fields[failed]}"), console=Console(file=self.stream), transient=True)
            self._bar.start()
            self._task = self._bar.add_task("index", total=total, rate="", failed="")
            self._started = time.perf_counter()
        elif self._bar is not None:
            elapsed = max(time.perf_counter() - self._started, 1e-6)
            self._bar.update(self._task, completed=done, rate=f"{done / elapsed:.1f}/s",
                             failed=f"[red]{failed} failed[/red]" if failed else "")

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
