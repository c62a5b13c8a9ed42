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
