"""The `fgqa` command line. Thin on purpose: parse options, call a stage, print.

Heavy libraries (openai, instructor) are imported only inside the commands that need an
LLM, so `fgqa --help` and the rules engine start fast.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from fgqa.errors import FgqaError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Read, summarize and question 法治政府建设年度报告 with grounded figures.",
)


class SummaryFormat(str, Enum):
    text = "text"
    md = "md"
    json = "json"


class AnswerFormat(str, Enum):
    text = "text"
    json = "json"


EngineOpt = Annotated[Optional[str], typer.Option("--engine", "-e", help="rules | llm | hybrid (default: hybrid when an endpoint is configured, else rules)")]
BaseUrlOpt = Annotated[Optional[str], typer.Option("--base-url", help="OpenAI-compatible endpoint (env FGQA_BASE_URL)")]
ModelOpt = Annotated[Optional[str], typer.Option("--model", help="model name (env FGQA_MODEL)")]
ProviderOpt = Annotated[Optional[str], typer.Option("--provider", help="preset: deepseek, qwen, openai, vllm, ollama, llamacpp")]
ConcurrencyOpt = Annotated[Optional[int], typer.Option("--concurrency", help="parallel section calls")]
StrictOpt = Annotated[bool, typer.Option("--strict", help="fail instead of falling back to rules when the endpoint is down")]


def _llm_flags(base_url: str | None, model: str | None, provider: str | None, concurrency: int | None, strict: bool) -> dict:
    flags = {"base_url": base_url, "model": model, "provider": provider, "concurrency": concurrency, "strict": strict or None}
    return {k: v for k, v in flags.items() if v is not None}


def _resolve_engine(engine: str | None, flags: dict):
    """The engine name and its configuration; the LLM config is loaded only when needed."""
    wants_llm = engine in ("llm", "hybrid")
    maybe_llm = engine is None and (flags or os.environ.get("FGQA_BASE_URL") or os.environ.get("FGQA_PROVIDER") or os.environ.get("FGQA_CONFIG"))
    if not wants_llm and not maybe_llm:
        return engine or "rules", None
    from fgqa.llm.config import load_config

    config = load_config(flags)
    if engine is None:
        engine = "hybrid" if config.endpoint_configured else "rules"
    return engine, config


@app.command()
def summarize(
    file: Annotated[Path, typer.Argument(help="report: .txt .md .html .htm")],
    format: Annotated[SummaryFormat, typer.Option("--format", "-f")] = SummaryFormat.text,
    engine: EngineOpt = None,
    base_url: BaseUrlOpt = None,
    model: ModelOpt = None,
    provider: ProviderOpt = None,
    concurrency: ConcurrencyOpt = None,
    strict: StrictOpt = False,
) -> None:
    """Metadata, the four parts, section summaries, key indicators with quotes, warnings."""
    from fgqa.documents import load_document
    from fgqa.pipeline import build_engine, summarize_document

    name, config = _resolve_engine(engine, _llm_flags(base_url, model, provider, concurrency, strict))
    doc = load_document(file)
    summary = summarize_document(doc, build_engine(name, config))
    if format is SummaryFormat.json:
        typer.echo(summary.model_dump_json(by_alias=True, indent=2))
    elif format is SummaryFormat.md:
        from fgqa.render.summary import render_markdown

        typer.echo(render_markdown(summary))
    else:
        from fgqa.render.summary import render_text

        typer.echo(render_text(summary))


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="e.g. 败诉率是多少")],
    files: Annotated[list[Path], typer.Argument(help="one or more reports")],
    format: Annotated[AnswerFormat, typer.Option("--format", "-f")] = AnswerFormat.text,
    engine: EngineOpt = None,
    base_url: BaseUrlOpt = None,
    model: ModelOpt = None,
    provider: ProviderOpt = None,
    concurrency: ConcurrencyOpt = None,
    strict: StrictOpt = False,
) -> None:
    """A grounded answer per report: a figure, 'not disclosed', a list or text, with citations."""
    from fgqa.answers import ask as ask_question

    name, config = _resolve_engine(engine, _llm_flags(base_url, model, provider, concurrency, strict))
    answers = ask_question(question, list(files), engine=name, config=config)
    if format is AnswerFormat.json:
        typer.echo(answers.model_dump_json(by_alias=True, indent=2))
    else:
        from fgqa.render.answers import render_text

        typer.echo(render_text(answers))


@app.command()
def clean(file: Annotated[Path, typer.Argument(help="report to normalize")]) -> None:
    """Print the normalized text every span in fgqa's output indexes into."""
    from fgqa.documents import load_document

    sys.stdout.write(load_document(file).text)
    if sys.stdout.isatty():
        sys.stdout.write("\n")


def main() -> None:
    """Entry point: user errors become one line on stderr and exit code 2."""
    try:
        app(standalone_mode=False)
    except FgqaError as exc:
        typer.echo(f"fgqa: {exc}", err=True)
        sys.exit(exc.exit_code)
    except (typer.Exit, SystemExit) as exc:
        code = getattr(exc, "exit_code", getattr(exc, "code", 0))
        sys.exit(code)
    except typer.Abort:
        typer.echo("fgqa: aborted", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        typer.echo("fgqa: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # click usage errors and real bugs
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(2)
        if os.environ.get("FGQA_DEBUG"):
            raise
        typer.echo(f"fgqa: internal error: {type(exc).__name__}: {exc} (set FGQA_DEBUG=1 for a traceback)", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
