"""evals/holdout4 is held out: nothing here scores fgqa on it. This only checks that its gold
is well-formed (shape, enums, keys, quotes found verbatim in the reports, question counts),
so a later edit of a report cannot silently break the annotations."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "evals" / "holdout4"


def test_holdout4_gold_is_well_formed():
    run = subprocess.run([sys.executable, str(ROOT / "evals" / "check_fixture_gold.py"), "--set", "holdout4"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "6 gold files, 0 errors" in run.stdout


def test_holdout4_questions_cover_every_report_and_kind():
    questions = [json.loads(line) for line in (SET / "gold" / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(questions) >= 100
    docs = {p.name for p in (SET / "corpus").iterdir()}
    assert {q["doc"] for q in questions} == docs
    assert {q["answer_type"] for q in questions} >= {"number", "yes_no", "text", "list", "not_disclosed", "cannot_answer"}
    assert sum(q["answer_type"] == "yes_no" for q in questions) >= 25
    assert sum(q["answer_type"] in ("not_disclosed", "cannot_answer") for q in questions) >= 15
