"""The held-out sets (evals/holdout3 … evals/holdout23) are never scored here: nothing in the tests
runs fgqa on them. This only checks that their gold is well-formed (shape, enums, keys, quotes found
verbatim in the reports, question counts), so a later edit of a report cannot silently break the
annotations."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ALL_TYPES = {"number", "yes_no", "text", "list", "not_disclosed", "cannot_answer"}
#: set -> (gold files, at least this many questions, yes/no questions, "not in this report" questions)
SETS = {"holdout3": (5, 60, 0, 0), "holdout4": (6, 100, 25, 15), "holdout5": (6, 140, 22, 14), "holdout6": (5, 110, 22, 14), "holdout7": (6, 150, 30, 20), "holdout8": (5, 130, 30, 20), "holdout9": (6, 150, 30, 20), "holdout10": (5, 130, 30, 20), "holdout11": (6, 160, 35, 25), "holdout12": (6, 160, 35, 25),
        "holdout13": (6, 300, 45, 30), "holdout14": (6, 300, 50, 40),
        "holdout15": (6, 300, 42, 36),
        "holdout16": (6, 300, 45, 30),
        "holdout17": (6, 300, 45, 35),
        "holdout18": (6, 300, 45, 30),
        "holdout19": (6, 340, 40, 30),
        "holdout20": (6, 360, 48, 30),
        "holdout21": (6, 360, 45, 30),
        "holdout22": (6, 360, 48, 36),
        "holdout23": (6, 360, 45, 30)}


@pytest.mark.parametrize("name", sorted(SETS))
def test_heldout_gold_is_well_formed(name):
    run = subprocess.run([sys.executable, str(ROOT / "evals" / "check_fixture_gold.py"), "--set", name],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"{SETS[name][0]} gold files, 0 errors" in run.stdout


@pytest.mark.parametrize("name", sorted(SETS))
def test_heldout_questions_cover_every_report_and_kind(name):
    _, least, yes_no, absent = SETS[name]
    folder = ROOT / "evals" / name
    questions = [json.loads(line) for line in (folder / "gold" / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(questions) >= least
    assert {q["doc"] for q in questions} == {p.name for p in (folder / "corpus").iterdir()}
    assert {q["answer_type"] for q in questions} >= ALL_TYPES
    assert sum(q["answer_type"] == "yes_no" for q in questions) >= yes_no
    assert sum(q["answer_type"] in ("not_disclosed", "cannot_answer") for q in questions) >= absent
