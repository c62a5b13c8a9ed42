"""The regression gate for the rules engine: every commit is scored against the committed
baseline run of each gated gold set (the fixtures, the failure-class fixtures, the answers set); a figure or answer that got worse fails the test
with the metric, the document, the figure and its quote."""

from __future__ import annotations

from pathlib import Path

import pytest

from fgqa.evaluation import compare_runs, load_run, run_eval
from fgqa.evaluation.report import render_comparison_markdown

ROOT = Path(__file__).resolve().parents[1]
GOLD, CORPUS = ROOT / "evals" / "gold", ROOT / "evals" / "corpus"
BASELINE = ROOT / "evals" / "runs" / "baseline-rules.json"
#: every gated gold set: (gold, corpus, committed baseline run of the rules engine)
GATED = {
    "gold": (GOLD, CORPUS, BASELINE),
    # the issue-11 failure classes (evals/classes/README.md)
    "classes": (ROOT / "evals" / "classes" / "gold", ROOT / "evals" / "classes" / "corpus",
                ROOT / "evals" / "runs" / "baseline-rules-classes.json"),
    # issue 12: every kind of question the answers stage handles (evals/answers/README.md)
    "answers": (ROOT / "evals" / "answers" / "gold", ROOT / "evals" / "answers" / "corpus",
                ROOT / "evals" / "runs" / "baseline-rules-answers.json"),
}


@pytest.fixture(scope="module")
def current():
    return run_eval(GOLD, CORPUS, engine="rules")


def _regressions(comparison) -> list:
    return [c for c in comparison.changes if c.change == "regressed"]


@pytest.mark.parametrize("gold_set", sorted(GATED))
def test_rules_engine_does_not_regress_against_the_baseline(gold_set, current):
    gold, corpus, baseline_path = GATED[gold_set]
    baseline = load_run(baseline_path)
    run = current if gold_set == "gold" else run_eval(gold, corpus, engine="rules")
    comparison = compare_runs(baseline, run, tolerance=0.0)
    report = render_comparison_markdown(comparison)
    assert not comparison.regressed_metrics, f"metrics regressed: {comparison.regressed_metrics}\n{report}"
    assert not _regressions(comparison), report


def test_the_gate_names_what_a_broken_rule_breaks(current):
    """Break a rule on purpose (the lexicon loses its 败诉率 cues) and check the gate says so."""
    from fgqa.lexicon import lexicon, using

    with using(lexicon().without_cues("litigation.loss_rate")):
        worse = run_eval(GOLD, CORPUS, engine="rules")
    comparison = compare_runs(current, worse, tolerance=0.0)
    assert comparison.regressed_metrics  # e.g. qa_accuracy: 败诉率是多少 now answered from counts
    regressed = _regressions(comparison)
    assert regressed and all(c.doc and c.quote for c in regressed)
    report = render_comparison_markdown(comparison)
    assert "REGRESSED" in report and "败诉率" in report
