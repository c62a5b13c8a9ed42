"""The eval's breakdown of misses by failure class (issue 11)."""

from pathlib import Path

from fgqa.evaluation import run_eval
from fgqa.evaluation.classes import FAILURE_CLASSES, by_class, classify_quote
from fgqa.evaluation.report import render_text
from fgqa.evaluation.scoring import FigureOutcome

ROOT = Path(__file__).resolve().parents[1]


def test_quotes_are_classified_by_their_writing():
    assert classify_quote("行政诉讼案件 | 689 | 583") == "table"
    assert classify_quote("败诉率由8.5%降至6.1%") == "from_to"
    assert classify_quote("罚没款1.5亿元") == "unit"
    assert classify_quote("未发生被纠错案件") == "verbal_zero"
    assert classify_quote("受理案件12件") == "unclassified"
    assert classify_quote("力争5%以内", "target") == "kind"


def test_the_gold_class_wins_over_the_quote():
    outcomes = [FigureOutcome(doc="d", key="k", status="missed", quote="罚没款1.5亿元", failure_class="lookalike"),
                FigureOutcome(doc="d", key="k", status="found", quote="1,426 | 1,185")]
    assert {name: dict(c) for name, c in by_class(outcomes).items()} == {"lookalike": {"missed": 1}, "table": {"found": 1}}


def test_the_class_fixtures_name_known_classes_and_the_report_breaks_misses_down():
    record = run_eval(ROOT / "evals" / "classes" / "gold", ROOT / "evals" / "classes" / "corpus", engine="rules")
    named = {o.failure_class for o in record.outcomes if o.status in ("found", "missed")}
    assert named and named <= set(FAILURE_CLASSES)
    text = render_text(record)
    assert "Misses by failure class" in text or not any(o.status != "found" for o in record.outcomes)
