"""Calibrated abstention (issue 12): every committed answer carries how it was produced and
the evidence behind it; the conditions of fgqa/lexicon/abstain.toml read that evidence and
are validated leave-one-set-out (fgqa.evaluation.calibration). The report is fictional."""

from __future__ import annotations

import pytest
from tests.helpers import ask, summarized

import fgqa.answers.calibration as calibration
from fgqa.evaluation.calibration import choose, loso
from fgqa.lexicon.abstain import Condition, condition_holds, read_abstention

REPORT = """白榆县人民政府关于2024年度法治政府建设情况的报告

一、主要举措和成效
全县行政诉讼败诉率为6.5%。县政府审查行政规范性文件和重大合同共计37件。
9个乡镇均聘请了法律顾问，其中5个乡镇的法律顾问每月到镇坐班。
县政府收到政府信息公开申请12件，均在法定期限内作出答复。

白榆县人民政府
2025年3月1日
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "baiyu.txt", issuer="白榆县人民政府", level="county", year=2024)


def test_a_number_carries_its_path_and_evidence(report):
    a = ask(report, "败诉率是多少")
    assert a.answer_type == "number" and a.value == 6.5
    assert a.evidence is not None and a.evidence.path == "indicator" and a.evidence.keyed
    assert a.evidence.clause_coverage == 1.0 and a.evidence.abstained_by is None


def test_a_yes_no_carries_its_path_and_what_its_clause_says(report):
    # a yes to an all-question against a clause with an exception (其中5个…坐班)
    a = ask(report, "所有乡镇的法律顾问都每月到镇坐班吗")
    assert a.evidence is not None and a.evidence.answer_type == "yes_no"
    assert a.evidence.asks_all and a.evidence.path.startswith("yes_no")
    if a.value is True:
        assert a.evidence.clause_against
    # a no to an all-question against a clause saying all of them (均在法定期限内作出答复)
    b = ask(report, "信息公开申请是否都按期答复了")
    if b.answer_type == "yes_no" and b.value is False:
        assert b.evidence is not None and b.evidence.clause_against


def test_text_answers_carry_no_evidence(report):
    assert ask(report, "这份报告由哪几个部分组成").evidence is None


def _cond(**kw) -> Condition:
    return Condition(name="c", why="证据不足", answer_type="number", **kw)


def _row(set_: str, verdict: str, **evidence) -> dict:
    return {"set": set_, "answer_type": "number", "verdict": verdict,
            "evidence": {"path": "indicator", "answer_type": "number", **evidence}}


def test_a_condition_holds_only_when_every_test_does():
    c = _cond(paths=["retrieval"], require=["joined_part_missing"], below={"clause_coverage": 0.4})
    assert condition_holds(c, _row("s", "wrong", path="retrieval", joined_part_missing=True, clause_coverage=0.2))
    assert not condition_holds(c, _row("s", "wrong", path="indicator", joined_part_missing=True, clause_coverage=0.2))
    assert not condition_holds(c, _row("s", "wrong", path="retrieval", joined_part_missing=True, clause_coverage=0.4))
    assert not condition_holds(c, _row("s", "wrong", path="retrieval", clause_coverage=0.2))


def test_bounds_are_chosen_on_the_other_sets_and_must_clear_two_to_one():
    c = _cond(below={"clause_coverage": 0.5})
    rows = [_row(s, "wrong", clause_coverage=0.15) for s in ("a", "b", "c")]
    rows += [_row(s, "right", clause_coverage=0.35) for s in ("a", "b", "c")]
    chosen = choose(c, rows)
    assert chosen is not None and chosen.below["clause_coverage"] == 0.2  # avoids the wrong, keeps the right
    folds = {s: (w, r) for s, _, w, r in loso(c, rows)}
    assert folds == {"a": (1, 0), "b": (1, 0), "c": (1, 0)}
    # a condition that loses one right answer per wrong one avoided is never chosen
    even = [_row("a", "wrong", clause_coverage=0.1), _row("b", "right", clause_coverage=0.1),
            _row("c", "wrong", clause_coverage=0.1), _row("c", "right", clause_coverage=0.1)]
    assert choose(c, even) is None


def test_a_condition_that_holds_turns_the_answer_into_an_abstention(report, monkeypatch, tmp_path):
    toml = tmp_path / "abstain.toml"
    toml.write_text("[words]\nwhole = '均'\nexception = '其中'\nnegation_after = '未'\n\n[[condition]]\n"
                    "name = 'low'\nwhy = '引文没有说到问题问的事'\nanswer_type = 'number'\nbelow = {clause_coverage = 1.1}\n",
                    encoding="utf-8")
    monkeypatch.setattr(calibration, "abstention", lambda: read_abstention(toml))
    a = ask(report, "败诉率是多少")
    assert a.answer_type == "not_disclosed" and a.evidence is not None and a.evidence.abstained_by == "low"
    assert "引文没有说到问题问的事" in a.text and a.points
    with calibration.without_abstention():
        assert ask(report, "败诉率是多少").answer_type == "number"


def test_the_shipped_conditions_read():
    from fgqa.lexicon import lexicon

    assert all(c.answer_type in ("number", "yes_no") for c in lexicon().abstention.conditions)
