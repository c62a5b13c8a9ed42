"""CLI commands for the LLM plumbing: `fgqa config`, `fgqa cache stats|clear`, `fgqa local-server`.

Thin wrappers; errors are FgqaError subclasses that fgqa.cli prints on one line. Nothing
here imports openai or instructor.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]
CacheDir = Annotated[
    Optional[Path], typer.Option("--cache-dir", help="Cache folder (default: FGQA_CACHE_DIR, the config file, ./cache).")
]


def _print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def config_show(
    engine: Annotated[Optional[str], typer.Option("--engine", "-e", help="rules | llm | hybrid.")] = None,
    provider: Annotated[Optional[str], typer.Option(help="Provider preset (the presets are listed below the settings).")] = None,
    base_url: Annotated[Optional[str], typer.Option(help="OpenAI-compatible endpoint URL.")] = None,
    model: Annotated[Optional[str], typer.Option(help="Model name.")] = None,
    config_file: Annotated[Optional[Path], typer.Option("--config-file", help="TOML file (default: $FGQA_CONFIG, ~/.config/fgqa/config.toml).")] = None,
    json_output: JsonFlag = False,
) -> None:
    """Show the effective LLM settings (the API key masked) and where each came from."""
    flags = {"engine": engine, "provider": provider, "base_url": base_url, "model": model, "config_file": config_file}
    from fgqa.llm.config import describe, load_config  # only when the command runs: the CLI starts fast
    from fgqa.llm.providers import PRESETS

    shown = describe(load_config({k: v for k, v in flags.items() if v is not None}))
    if json_output:
        _print_json(shown)
        return
    sources = shown.pop("sources")
    configured = shown.pop("endpoint_configured")
    config_path = shown.pop("config_file")
    values = {name: "(not set)" if value is None else str(value) for name, value in shown.items()}
    width = max(len(name) for name in values)
    value_width = max(len(value) for value in values.values())
    for name, value in values.items():
        typer.echo(f"{name:<{width}}  {value:<{value_width}}  [{sources.get(name, 'default')}]")
    typer.echo(f"config file: {config_path or '(none found)'}")
    typer.echo(f"endpoint configured: {'yes' if configured else 'no'}")
    typer.echo(f"provider presets: {', '.join(PRESETS)}")


def _cache_dir(cache_dir: Path | None) -> Path:
    from fgqa.llm.config import load_config

    return cache_dir if cache_dir is not None else load_config({}).cache_dir


def cache_stats(cache_dir: CacheDir = None, json_output: JsonFlag = False) -> None:
    """Entries and size of the LLM response cache."""
    directory = _cache_dir(cache_dir)
    if not directory.exists():
        from fgqa.llm.cache import FAILURE_TTL

        stats: dict[str, Any] = {"entries": 0, "failures": 0, "failure_ttl_seconds": FAILURE_TTL, "size_bytes": 0,
                                 "directory": str(directory)}
    else:
        from fgqa.llm.cache import ResponseCache

        with ResponseCache(directory) as cache:
            stats = cache.stats()
    if json_output:
        _print_json(stats)
    else:
        typer.echo(f"{stats['entries']} entries, {stats['size_bytes']} bytes in {stats['directory']}")
        typer.echo(f"{stats['failures']} remembered failures (answers that never validated), "
                   f"each kept {stats['failure_ttl_seconds'] // 60:g} min (--refresh asks again)")


def cache_clear(cache_dir: CacheDir = None) -> None:
    """Delete every cached LLM response."""
    directory = _cache_dir(cache_dir)
    removed = 0
    if directory.exists():
        from fgqa.llm.cache import ResponseCache

        with ResponseCache(directory) as cache:
            removed = cache.clear()
    typer.echo(f"removed {removed} entries from {directory}")


def local_server(
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1.")] = 8080,
    host: Annotated[str, typer.Option(help="Loopback address only.")] = "127.0.0.1",
    n_ctx: Annotated[int, typer.Option("--n-ctx", help="Context window in tokens.")] = 8192,
) -> None:
    """Serve the bundled gemma-3-270m with an OpenAI-compatible API (needs the `local` extra)."""
    from fgqa.llm.local_server import serve

    raise typer.Exit(serve(host, port, n_ctx=n_ctx))


def register(app: typer.Typer) -> None:
    """Add `config`, `cache stats|clear` and `local-server` to the main app."""
    app.command("config")(config_show)
    cache_app = typer.Typer(help="The LLM response cache.", no_args_is_help=True)
    cache_app.command("stats")(cache_stats)
    cache_app.command("clear")(cache_clear)
    app.add_typer(cache_app, name="cache")
    app.command("local-server")(local_server)
