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
