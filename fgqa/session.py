"""A Session: one run's settings, engine, LLM client, documents and summaries.

Everything that reads reports goes through one: `fgqa summarize`, `fgqa ask`, `fgqa eval`
and the Python API. Within a session the engine is built once, the LLM client is opened
once (and closed when the session ends), each file is read once and each report is
summarized once, however many questions are asked about it.

    from fgqa import Session

    with Session() as fgqa:                       # settings: flags > env > config file > preset
        summary = fgqa.summarize("report.txt")    # fgqa.summary/1 as a pydantic model
        answers = fgqa.ask("败诉率是多少", "report.txt")
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from fgqa.documents import load_document
from fgqa.documents.loading import STDIN
from fgqa.documents.url import is_url
from fgqa.engines.base import Engine
from fgqa.engines.factory import build_engine
from fgqa.errors import ConfigError, InputError
from fgqa.llm.config import LLMConfig, load_config
from fgqa.models import ENGINE_NAMES, AnswerSet, Document, Summary, Usage
from fgqa.pipeline import summarize_document

PathLike = str | Path


class Session:
    """One run. `engine` (rules | llm | hybrid) and `settings` (any LLM setting, e.g.
    provider="deepseek", model=…) act as flags over the environment and the config file;
    `config` replaces that resolution; `client` is an LLM client the caller owns (tests)."""

    def __init__(self, engine: str | None = None, *, config: LLMConfig | None = None, client: Any = None,
                 **settings: Any) -> None:
        if config is None:
            flags = {"engine": engine, **settings}
            config = load_config({k: v for k, v in flags.items() if v is not None})
        elif settings:
            raise ConfigError("give either a config or settings, not both")
        if engine is not None and engine not in ENGINE_NAMES:
            raise ConfigError(f"unknown engine '{engine}' (choose from {', '.join(ENGINE_NAMES)})")
        self.config = config
        self.engine_name: str = engine or config.engine_name
        self._client = client
        self._owns_client = False
        self._engine: Engine | None = None
        self._documents: dict[str, Document] = {}
        self._summaries: dict[str, Summary] = {}

    # ------------------------------------------------------------------ what the session owns

    @property
    def client(self) -> Any:
        """The LLM client (None for the rules engine), opened on first use."""
        if self.engine_name == "rules":
            return None
        if self._client is None:
            from fgqa.llm.client import LLMClient  # lazy: the rules path never imports the LLM stack

            self._client = LLMClient(self.config)
            self._owns_client = True
        return self._client

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = build_engine(self.engine_name, self.config, client=self.client)
        return self._engine

    def run_warnings(self) -> list[str]:
        """What the run has to say once (fgqa.llm.fallback): what fell back to the rules and
        why, the circuit breaker, a cache that could not be used. Empty for the rules engine."""
        warnings = getattr(self._client, "warnings", None)
        return list(warnings()) if warnings is not None else []

    def close(self) -> None:
        """Close the LLM client if this session opened it (safe to call twice)."""
        if self._owns_client and self._client is not None:
            self._client.close()
        self._client, self._owns_client, self._engine = None, False, None

    def __enter__(self) -> Session:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # ------------------------------------------------------------------ reading reports

    def document(self, path: PathLike) -> Document:
        """The loaded, normalized report (read once per session)."""
        key = _key(path)
        if key not in self._documents:
            self._documents[key] = load_document(path)
        return self._documents[key]

    def summarize(self, path: PathLike) -> Summary:
        """The report's summary with this session's engine (computed once per session)."""
        key = _key(path)
        if key not in self._summaries:
            self._summaries[key] = summarize_document(self.document(path), self.engine)
        return self._summaries[key]

    def ask(self, question: str, paths: PathLike | Sequence[PathLike]) -> AnswerSet:
        """One grounded answer per report. With an LLM engine, `usage` counts the model's
        calls for this question, the reading of reports first read for it included."""
        if not question.strip():
            raise InputError("the question is empty")
        from fgqa.answers import answer_question  # lazy: `summarize` does not need the question router

        files = [paths] if isinstance(paths, (str, Path)) else list(paths)
        usage = Usage() if self.client is not None else None
        answers = []
        for path in files:
            first_read = _key(path) not in self._summaries
            summary = self.summarize(path)
            if usage is not None and first_read and summary.usage is not None:
                _add_usage(usage, summary.usage)
            answers.append(answer_question(question, summary, self.document(path).text, client=self.client, usage=usage))
        return AnswerSet(engine=self.engine_name, question=question, answers=answers, usage=usage)


def _add_usage(total: Usage, part: Usage) -> None:
    """Add a report's reading to a question's usage."""
    for name in ("calls", "cached_calls", "prompt_tokens", "completion_tokens", "rejected_figures", "rejected_text"):
        setattr(total, name, getattr(total, name) + getattr(part, name))


def _key(path: PathLike) -> str:
    """One key per file, however it is spelled (relative, absolute, via ..); a URL or `-`
    (standard input, read once) is its own key."""
    if isinstance(path, str) and (path == STDIN or is_url(path)):
        return path
    return str(Path(path).expanduser().resolve())
