"""What a user sees when they get the command line wrong: readable help, plain choice errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "evals" / "corpus" / "a_city_plain.txt"


def fgqa(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FGQA_")}
    return subprocess.run([sys.executable, "-m", "fgqa.cli", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, env=env, timeout=120)


@pytest.mark.parametrize("args,command", [((), "summarize"), (("lexicon",), "check")])
def test_a_bare_command_prints_its_help_as_help(args, command):
    out = fgqa(*args)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.startswith("Usage: fgqa")
    lines = out.stderr.splitlines()
    assert len(lines) > 5 and any(line.strip().startswith(command) for line in lines)  # one command per line


@pytest.mark.parametrize("args,choices", [
    (("summarize", str(REPORT), "--format", "nonsense"), "'text', 'md', 'json'"),
    (("ask", "败诉率是多少", str(REPORT), "--format", "nonsense"), "'text', 'json'"),
    (("export", "--table", "nonsense"), "'wide', 'figures', 'parts', 'sections'"),
])
def test_a_bad_choice_is_one_plain_line(args, choices):
    out = fgqa(*args)
    assert out.returncode == 2 and out.stderr.count("\n") == 1
    assert out.stderr.startswith("fgqa: Invalid value for '--")
    assert "Value error" not in out.stderr and f"'nonsense' is not one of {choices}" in out.stderr


def test_index_with_nothing_to_read_is_one_line_and_makes_no_database(tmp_path):
    empty = tmp_path / "scans"
    empty.mkdir()
    (empty / "page1.jpg").write_bytes(b"\xff\xd8\xff")
    out = fgqa("index", str(tmp_path / "nowhere"), str(empty), cwd=tmp_path)
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
    assert out.stderr.startswith("fgqa: nothing to index: ")
    assert "nowhere: no such file or folder" in out.stderr and "scans: no report files in this folder" in out.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["scans"]  # no fgqa.sqlite left behind


def test_index_lists_a_folder_without_reports_next_to_the_good_ones(tmp_path):
    good = tmp_path / "reports"
    good.mkdir()
    (good / "a.txt").write_bytes(REPORT.read_bytes())
    (tmp_path / "empty").mkdir()
    out = fgqa("index", str(good), str(tmp_path / "empty"), "--db", str(tmp_path / "c.sqlite"), "--jobs", "1", cwd=tmp_path)
    assert out.returncode == 1 and "indexed 1," in out.stdout
    assert "empty: no report files in this folder" in out.stderr


def test_eval_outside_the_repository_says_how_to_point_at_a_gold_set(tmp_path):
    out = fgqa("eval", "--no-save", cwd=tmp_path)
    assert out.returncode == 2 and out.stderr.count("\n") == 1
    assert "corpus directory not found: evals/corpus" in out.stderr and "--gold DIR --corpus DIR" in out.stderr


def _help(application, args: list[str]) -> str:
    from typer.testing import CliRunner

    result = CliRunner().invoke(application, args, prog_name="fgqa")
    assert result.exit_code == 0, result.output
    return result.output


def test_a_run_builds_only_the_command_it_invokes_and_its_help_is_the_same(monkeypatch):
    """main() hands typer the invoked command alone (building every command's options costs
    start-up time); its help, usage and options are those of the whole app."""
    import typer.main

    from fgqa import cli

    names = [cli._command_name(c) for c in cli.app.registered_commands] + [g.name for g in cli.app.registered_groups]
    assert {"summarize", "ask", "eval", "lexicon", "cache"} <= set(names)
    for name in names:
        one = cli.app_for([name, "--help"])
        assert [cli._command_name(c) for c in one.registered_commands] + [g.name for g in one.registered_groups] == [name]
        assert _help(one, [name, "--help"]) == _help(cli.app, [name, "--help"])
    assert _help(cli.app_for(["lexicon", "check", "--help"]), ["lexicon", "check", "--help"]) == \
        _help(cli.app, ["lexicon", "check", "--help"])

    built: list[str] = []
    real = typer.main.get_command_from_info
    monkeypatch.setattr(typer.main, "get_command_from_info", lambda **kw: built.append(cli._command_name(kw["command_info"])) or real(**kw))
    monkeypatch.setattr(sys, "argv", ["fgqa", "clean", str(REPORT)])
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    assert exit_.value.code == 0 and built == ["clean"]


@pytest.mark.parametrize("args", [[], ["--help"], ["--version"], ["summarise"], ["--install-completion"]])
def test_help_version_typos_and_completion_get_the_whole_app(args, monkeypatch):
    from fgqa import cli

    assert cli.app_for(args) is cli.app
    monkeypatch.setenv("_FGQA_COMPLETE", "bash_complete")
    assert cli.app_for(["summarize", "x"]) is cli.app


def test_the_help_lists_every_command_with_its_help():
    from fgqa import cli

    out = fgqa("--help")
    assert out.returncode == 0
    for info in cli.app.registered_commands:
        assert any(line.split()[:1] == [cli._command_name(info)] for line in out.stdout.splitlines())
    assert "lexicon" in out.stdout and "cache" in out.stdout
