"""Evaluation package: gold loading, figure scoring, QA scoring, run records, diffs, reports.

Every example sentence here is made up in the style of the genre."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fgqa.errors import InputError
from fgqa.evaluation.compare import compare_runs
from fgqa.evaluation.gold import GoldFile, GoldQuestion, load_gold_dir, load_questions
from fgqa.evaluation.qa import point_covered, qa_scores, score_answer
from fgqa.evaluation.report import render_json, render_markdown, render_text
from fgqa.evaluation.runs import RunRecord, find_last_run, load_run, run_eval, run_mode, save_run
from fgqa.evaluation.scoring import Tally, aggregate, score_document, values_match
from fgqa.models import Answer, AnswerSet, DocInfo, Figure, Meta, PartStatus, Section, Summary, Usage
from helpers import document

TEXT = (
    "一、主要举措和成效。全年共应诉行政案件20件,败诉2件,败诉率为10%,较上年下降35%,低于全省15%的平均水平。"
    "复议纠错1件。全年化解矛盾纠纷1200件。二、存在的不足。四、下一步工作安排。"
)
DOC = "007_sample.txt"


def gold_dict(**overrides) -> dict:
    g = {
        "doc": DOC,
        "meta": {"issuer": "某区人民政府", "region": "某区", "level": "district", "year": 2023,
                 "published": None, "published_source": "none", "issuer_note": "extra field"},
        "parts": {
            "measures": {"present": True, "heading": "一、主要举措和成效"},
            "shortcomings": {"present": True, "heading": "二、存在的不足"},
            "leadership": {"present": False, "heading": None, "note": "absent"},
            "plans": {"present": True, "heading": "四、下一步工作安排"},
        },
        "indicators": [
            {"key": "litigation.cases", "value": 20, "unit": "件", "qualifier": "exact", "kind": "stated",
             "scope": None, "quote": "应诉行政案件20件"},
            {"key": "litigation.lost", "value": 2, "unit": "件", "qualifier": "exact", "kind": "stated",
             "scope": None, "quote": "败诉2件"},
            {"key": "litigation.lost", "value": -2, "unit": "件", "qualifier": "exact", "kind": "change",
             "scope": None, "quote": "败诉2件", "direction": "down", "note": "made-up change equal to the count"},
            {"key": "litigation.loss_rate", "value": 10, "unit": "%", "qualifier": "exact", "kind": "stated",
             "scope": None, "quote": "败诉率为10%"},
            {"key": "litigation.loss_rate", "value": -35, "unit": "%", "qualifier": "exact", "kind": "change",
             "scope": None, "quote": "较上年下降35%", "direction": "down"},
            {"key": "litigation.loss_rate", "value": 15, "unit": "%", "qualifier": "exact", "kind": "benchmark",
             "scope": "全省平均", "quote": "全省15%的平均水平"},
            {"key": "litigation.cases", "value": 25, "unit": "件", "qualifier": "exact", "kind": "derived",
             "scope": "合计", "quote": ["20件", "5件"], "formula": "20+5"},
            {"key": "reconsideration.correction_rate", "value": 33.3, "unit": "%", "qualifier": "exact",
             "kind": "derived", "scope": None, "quote": "复议纠错1件", "formula": "1/3"},
            {"key": "mediation.disputes", "value": 1200, "unit": "件", "qualifier": "exact", "kind": "stated",
             "scope": None, "quote": "化解矛盾纠纷1200件", "trap": "extra field"},
        ],
        "other_figures": [{"label": "培训", "value": 3, "unit": "次", "qualifier": "exact", "kind": "stated",
                           "quote": "培训3次"}],
    }
    g.update(overrides)
    return g


def gold() -> GoldFile:
    return GoldFile.model_validate(gold_dict())


def fig(key: str | None, value: float, quote: str, *, unit: str = "件", kind: str = "stated",
        qualifier: str = "exact", span: tuple[int, int] | None = None, formula: str | None = None) -> Figure:
    start = TEXT.find(quote)
    assert start >= 0, quote
    return Figure(key=key, label=key or "其他", value=value, unit=unit, qualifier=qualifier, kind=kind, quote=quote,
                  span=span or (start, start + len(quote)), formula=formula)


def summary(indicators: list[Figure], *, parts: dict[str, bool] | None = None, usage: Usage | None = None,
            section_figures: list[Figure] | None = None) -> Summary:
    present = parts or {"measures": True, "shortcomings": True, "leadership": False, "plans": True}
    return Summary(
        engine="rules",
        doc=DocInfo(path=DOC, sha256="0" * 64, chars=len(TEXT)),
        meta=Meta(year=2023),
        parts={k: PartStatus(present=v) for k, v in present.items()},
        sections=[Section(id="s1", heading="一、主要举措和成效", level=1, part="measures", span=(0, len(TEXT)),
                          figures=section_figures or [])],
        indicators=indicators,
        usage=usage,
    )


def perfect() -> list[Figure]:
    return [
        fig("litigation.cases", 20, "应诉行政案件20件"),
        fig("litigation.lost", 2, "败诉2件"),
        fig("litigation.loss_rate", 10, "败诉率为10%", unit="%"),
        fig("reconsideration.correction_rate", 33.3, "复议纠错1件", unit="%", kind="derived", formula="1/3"),
        fig("mediation.disputes", 1200, "化解矛盾纠纷1200件"),
    ]


def by_status(score, status: str) -> list:
    return [o for o in score.outcomes if o.status == status]


# --------------------------------------------------------------------------- gold


def test_gold_loader_accepts_extra_fields_and_rejects_missing_dir(tmp_path: Path) -> None:
    (tmp_path / "007_sample.gold.json").write_text(json.dumps(gold_dict(), ensure_ascii=False), encoding="utf-8")
    (tmp_path / "questions.jsonl").write_text(
        json.dumps({"id": "q1", "doc": DOC, "question": "败诉率是多少", "answer_type": "number",
                    "expected": {"value": 10, "unit": "%", "kind": "stated", "qualifier": "exact"},
                    "quote": ["败诉率为10%"], "trap": "15% is a benchmark"}, ensure_ascii=False) + "\n\n",
        encoding="utf-8")
    [g] = load_gold_dir(tmp_path)
    assert g.meta.year == 2023 and not g.parts["leadership"].present
    assert g.indicators[6].quote_text == "20件 … 5件"
    [q] = load_questions(tmp_path / "questions.jsonl")
    assert q.trap and not q.cross_report
    with pytest.raises(InputError, match="not found"):
        load_gold_dir(tmp_path / "nope")
    (tmp_path / "bad.gold.json").write_text(json.dumps({"doc": "x"}), encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.gold\.json"):
        load_gold_dir(tmp_path)


def test_shared_gold_set_loads() -> None:
    shared = Path("/work/shared/gold")
    if not shared.is_dir():
        pytest.skip("shared gold set not on this machine")
    golds = load_gold_dir(shared)
    questions = load_questions(shared / "questions.jsonl")
    assert len(golds) == 5 and len(questions) == 82
    assert sum(q.cross_report for q in questions) == 7


# --------------------------------------------------------------------------- figures


def test_perfect_summary_scores_full_marks() -> None:
    s = score_document(gold(), summary(perfect()), TEXT)
    assert (s.tally.gold, s.tally.found, s.tally.predicted, s.tally.correct) == (5, 5, 5, 5)
    assert s.tally.f1 == 1.0 and not s.traps and s.all_parts_right
    assert s.grounding.share == 1.0 and s.value_accuracy.share == 1.0


def test_value_tolerances() -> None:
    assert values_match(10, 10.04, percent=True) and not values_match(10, 10.06, percent=True)
    assert values_match(1200, 1205, percent=False) and not values_match(1200, 1207, percent=False)
    assert not values_match(20, 21, percent=False) and not values_match(20, 20.4, percent=False)


def test_percent_tolerance_and_big_amounts_in_scoring() -> None:
    close = [fig("litigation.loss_rate", 10.04, "败诉率为10%", unit="%"), fig("mediation.disputes", 1205, "化解矛盾纠纷1200件")]
    s = score_document(gold(), summary(close), TEXT)
    assert {o.key for o in by_status(s, "found")} == {"litigation.loss_rate", "mediation.disputes"}
    far = [fig("litigation.loss_rate", 10.06, "败诉率为10%", unit="%"), fig("mediation.disputes", 1207, "化解矛盾纠纷1200件"),
           fig("litigation.cases", 21, "应诉行政案件20件")]
    s = score_document(gold(), summary(far), TEXT)
    assert s.tally.found == 0 and s.tally.correct == 0 and s.tally.predicted == 3
    assert {o.key for o in by_status(s, "false_positive")} == {"litigation.loss_rate", "mediation.disputes", "litigation.cases"}
    missed = {o.key: o for o in by_status(s, "missed")}
    assert missed["mediation.disputes"].quote == "化解矛盾纠纷1200件" and missed["mediation.disputes"].gold_value == 1200


def test_duplicates_count_once_and_non_rate_derived_not_counted() -> None:
    figures = [
        fig("litigation.cases", 20, "应诉行政案件20件"),
        fig("litigation.cases", 20, "20件"),  # the same claim repeated elsewhere
        fig("litigation.cases", 25, "应诉行政案件20件", kind="derived", formula="20+5"),  # a sum: allowed, not counted
        fig("litigation.cases", 99, "应诉行政案件20件", kind="derived", formula="90+9"),  # a wrong sum: not counted either
    ]
    s = score_document(gold(), summary(figures), TEXT)
    assert s.per_key["litigation.cases"].gold == 1  # the derived 25 in gold is not required
    assert s.per_key["litigation.cases"].predicted == 1 and s.per_key["litigation.cases"].correct == 1
    assert not by_status(s, "false_positive")


def test_derived_rate_is_counted_both_ways() -> None:
    s = score_document(gold(), summary([fig("reconsideration.correction_rate", 33.33, "复议纠错1件", unit="%",
                                            kind="derived", formula="1/3")]), TEXT)
    t = s.per_key["reconsideration.correction_rate"]
    assert (t.gold, t.found, t.predicted, t.correct) == (1, 1, 1, 1)


def test_traps_change_and_benchmark_reported_as_the_year() -> None:
    figures = [
        fig("litigation.loss_rate", 35, "较上年下降35%", unit="%"),  # a change as the rate
        fig("litigation.loss_rate", 15, "全省15%的平均水平", unit="%"),  # a benchmark as the rate
        fig("litigation.lost", 2, "败诉2件"),  # equals |change| too, but it is the year's figure
        fig("litigation.loss_rate", -35, "较上年下降35%", unit="%", kind="change"),  # a change reported as a change: fine
    ]
    s = score_document(gold(), summary(figures), TEXT)
    traps = {o.predicted_value: o for o in s.traps}
    assert set(traps) == {35, 15}
    assert traps[35].quote == "较上年下降35%" and "change" in traps[35].note
    assert not by_status(s, "false_positive")  # a trap is listed once, as a trap
    assert s.per_key["litigation.loss_rate"].predicted == 2 and s.per_key["litigation.loss_rate"].correct == 0
    assert aggregate([s]).traps == 2


def test_parts_detection() -> None:
    s = score_document(gold(), summary(perfect(), parts={"measures": True, "shortcomings": False, "leadership": True,
                                                         "plans": True}), TEXT)
    assert s.parts_correct == 2 and not s.all_parts_right
    wrong = {p.part for p in s.parts if not p.correct}
    assert wrong == {"shortcomings", "leadership"}


def test_metadata_is_scored_on_issuer_level_and_year() -> None:
    s = score_document(gold(), summary(perfect()), TEXT)  # the summary knows only the year
    assert [(c.field, c.correct) for c in s.meta] == [("issuer", False), ("level", False), ("year", True)]
    right = summary(perfect()).model_copy(update={"meta": Meta(issuer="某区 人民政府", level="district", year=2023)})
    assert all(c.correct for c in score_document(gold(), right, TEXT).meta)  # spaces do not count
    assert aggregate([s, score_document(gold(), right, TEXT)]).meta.share == round(4 / 6, 4)


def test_grounding_failure_detected_in_section_figures_too() -> None:
    bad = fig("mediation.disputes", 1200, "化解矛盾纠纷1200件", span=(0, 5))
    other = fig(None, 3, "复议纠错1件", span=(1, 3))
    s = score_document(gold(), summary([bad], section_figures=[bad, other]), TEXT)
    assert s.grounding.num == 0 and s.grounding.den == 2
    assert {f.quote for f in s.grounding_failures} == {"化解矛盾纠纷1200件", "复议纠错1件"}
    assert s.grounding_failures[0].text_at_span == TEXT[0:5]


def test_value_accuracy_allows_case_counters_but_not_qualifier() -> None:
    figures = [fig("litigation.cases", 20, "应诉行政案件20件", unit="起"),
               fig("litigation.lost", 2, "败诉2件", qualifier="approx_more")]
    s = score_document(gold(), summary(figures), TEXT)
    assert s.tally.found == 2 and (s.value_accuracy.num, s.value_accuracy.den) == (1, 2)


def test_aggregate_sums_documents() -> None:
    a = score_document(gold(), summary(perfect()), TEXT)
    b = score_document(gold(), summary(perfect()[:2], parts={"measures": True, "shortcomings": True,
                                                            "leadership": True, "plans": True}), TEXT)
    total = aggregate([a, b])
    assert (total.overall.gold, total.overall.found) == (10, 7)
    assert total.overall.recall == 0.7 and total.overall.precision == 1.0
    assert (total.parts.num, total.parts.den) == (7, 8) and total.docs_all_parts_right.num == 1
    assert total.per_key["mediation.disputes"].recall == 0.5
    assert Tally(gold=1).f1 == 0.0 and Tally(predicted=1).f1 == 0.0 and Tally().f1 is None


# --------------------------------------------------------------------------- QA


def q(answer_type: str, expected, *, doc: str = DOC, question: str = "败诉率是多少", qid: str = "q1") -> GoldQuestion:
    return GoldQuestion(id=qid, doc=doc, question=question, answer_type=answer_type, expected=expected, quote=[])


def number(value, kind="stated", unit="%", doc=DOC) -> Answer:
    return Answer(doc=doc, answer_type="number", value=value, unit=unit, kind=kind)


def test_number_answers() -> None:
    rate = q("number", {"value": 7.7, "unit": "%", "kind": "derived", "qualifier": "exact", "formula": "1/13"})
    assert score_answer(rate, number(7.69, "derived")).status == "pass"
    assert score_answer(rate, number(7.8, "derived")).status == "fail"
    assert "kind" in score_answer(rate, number(7.7, "stated")).reason  # a derived rate is not stated
    zero = q("number", {"value": 0, "unit": "%", "kind": "zero_claim", "qualifier": "exact"})
    assert score_answer(zero, number(0, "stated")).status == "pass"
    change = q("number", {"value": -73, "unit": "%", "kind": "change", "qualifier": "exact", "direction": "down"})
    assert score_answer(change, number(-73, "stated")).status == "fail"
    big = q("number", {"value": 2000, "unit": "份", "kind": "stated", "qualifier": "approx_more"})
    assert score_answer(big, number(2009, unit="份")).status == "pass"
    assert score_answer(big, number(2011, unit="份")).status == "fail"
    count = q("number", {"value": 13, "unit": "件", "kind": "stated", "qualifier": "exact"})
    assert score_answer(count, number(13.4, unit="件")).status == "fail"
    assert score_answer(count, Answer(doc=DOC, answer_type="not_disclosed")).status == "fail"
    # the answer for this report is picked out of a set by file name, even with a directory in front
    assert score_answer(count, AnswerSet(question="x", answers=[number(13, unit="件", doc=f"/data/{DOC}")])).status == "pass"


def test_not_disclosed_and_yes_no() -> None:
    nd = q("not_disclosed", None)
    assert score_answer(nd, Answer(doc=DOC, answer_type="not_disclosed", text="报告未披露")).status == "pass"
    assert score_answer(nd, number(7)).status == "fail"
    assert score_answer(nd, Answer(doc=DOC, answer_type="cannot_answer")).status == "fail"
    # "the report does not say" (off-taxonomy): any honest abstention passes, a figure is wrong
    absent = q("cannot_answer", None)
    assert score_answer(absent, Answer(doc=DOC, answer_type="cannot_answer")).status == "pass"
    assert score_answer(absent, Answer(doc=DOC, answer_type="not_disclosed")).status == "pass"
    assert score_answer(absent, number(7)).failure == "wrong"
    yn = q("yes_no", False)
    assert score_answer(yn, Answer(doc=DOC, answer_type="yes_no", value=False)).status == "pass"
    assert score_answer(yn, Answer(doc=DOC, answer_type="yes_no", value=True)).status == "fail"
    assert score_answer(yn, Answer(doc=DOC, answer_type="not_disclosed")).status == "fail"


def test_failures_are_told_apart_and_a_rise_in_wrong_answers_regresses() -> None:
    """A confident wrong number or yes/no is "wrong"; "not in this report" where gold has an
    answer is "abstained"; a text missing points is "incomplete". Going from abstained to
    wrong is a regression, and so is any rise of the wrong-answer share."""
    from fgqa.evaluation.compare import _qa_changes
    from fgqa.evaluation.qa import qa_scores

    count = q("number", {"value": 13, "unit": "件", "kind": "stated", "qualifier": "exact"})
    wrong = score_answer(count, number(12, unit="件"))
    abstained = score_answer(count, Answer(doc=DOC, answer_type="cannot_answer"))
    assert (wrong.failure, abstained.failure) == ("wrong", "abstained")
    assert score_answer(q("yes_no", True), Answer(doc=DOC, answer_type="yes_no", value=False)).failure == "wrong"
    listed = q("list", ["强化执法监督", "深化普法宣传"])
    assert score_answer(listed, Answer(doc=DOC, answer_type="list", points=["别的"])).failure == "incomplete"
    assert score_answer(count, number(13, unit="件")).failure is None
    scores = qa_scores([wrong, abstained])
    assert (scores.wrong.num, scores.wrong.den, scores.abstained) == (1, 2, 1)
    [change] = _qa_changes([abstained], [wrong])
    assert change.change == "regressed" and (change.old_status, change.new_status) == ("abstained", "wrong")
    from fgqa.evaluation.compare import _metric

    assert _metric("qa_wrong", 0.0, 0.007, tolerance=0.01).regressed  # any rise, whatever the tolerance
    assert not _metric("qa_wrong", 0.007, 0.0, tolerance=0.0).regressed


def test_point_coverage() -> None:
    assert point_covered("加强队伍建设,提高执法水平", "一是加强队伍建设、提高执法水平; 二是……")
    assert point_covered("網頁發布時間 2024-03-01", "发布日期: 2024-03-01")  # traditional and bigram overlap
    assert not point_covered("深化基层治理改革", "加强队伍建设")


def test_list_answer_needs_half_of_the_points() -> None:
    plans = q("list", ["强化执法监督", "深化普法宣传", "优化营商环境", "提升队伍素质"], question="明年计划有哪些?")
    half = Answer(doc=DOC, answer_type="list", text="", points=["强化执法监督工作", "深化普法宣传教育"])
    assert score_answer(plans, half).status == "pass"
    one = Answer(doc=DOC, answer_type="list", points=["强化执法监督工作"])
    result = score_answer(plans, one)
    assert result.status == "fail" and "1/4" in result.reason
    # a refusal that happens to list related headings is not an answer
    assert score_answer(plans, Answer(doc=DOC, answer_type="cannot_answer", points=half.points)).status == "fail"


DOCS = ["/c/000_a.txt", "/c/001_b.txt", "/c/002_c.txt"]


def cross(expected, question: str) -> GoldQuestion:
    return q("list", expected, doc="*", question=question, qid="q9")


def test_cross_report_which_reports_give_a_rate() -> None:
    item = cross(["000 甲区 7.8%(报告直接给出)", "002 丙镇 0(零败诉)"], "哪些报告能得出当年的败诉率?各是多少?")
    good = [number(7.8, doc=DOCS[0]), Answer(doc=DOCS[1], answer_type="not_disclosed"), number(0, "zero_claim", doc=DOCS[2])]
    assert score_answer(item, good, docs=DOCS).status == "pass"
    wrong_value = [number(12.87, doc=DOCS[0]), *good[1:]]
    assert "000: value" in score_answer(item, wrong_value, docs=DOCS).reason
    extra = [good[0], number(13, doc=DOCS[1]), good[2]]
    assert "wrongly included 001" in score_answer(item, extra, docs=DOCS).reason


def test_cross_report_negative_question_and_year_condition() -> None:
    missing = cross(["001 乙区"], "哪些报告没有写存在的不足?")
    answers = [Answer(doc=DOCS[0], answer_type="list", points=["意识有待提升"]),
               Answer(doc=DOCS[1], answer_type="not_disclosed", text="报告中没有该部分"),
               Answer(doc=DOCS[2], answer_type="list", points=["能力不足"])]
    assert score_answer(missing, answers, docs=DOCS).status == "pass"
    year = cross(["002 丙镇"], "哪些报告是2024年度的?")
    years = [Answer(doc=d, answer_type="text", text=f"报告年度: {y}") for d, y in zip(DOCS, (2023, 2023, 2024))]
    assert score_answer(year, years, docs=DOCS).status == "pass"


def test_cross_report_skipped_when_not_scorable() -> None:
    item = cross(["000 甲区"], "哪些报告给出了出庭应诉率?")
    partial = score_answer(item, [number(100, doc=DOCS[0])], docs=DOCS)
    assert partial.status == "skipped" and "one answer per report" in partial.reason
    free_text = score_answer(cross(["甲区和乙区"], "哪些?"), [number(1, doc=d) for d in DOCS], docs=DOCS)
    assert free_text.status == "skipped"
    scores = qa_scores([partial, free_text, score_answer(q("yes_no", True), Answer(doc=DOC, answer_type="yes_no", value=True))])
    assert scores.skipped == 2 and (scores.overall.num, scores.overall.den) == (1, 1)
    assert scores.cross_report.den == 0


# --------------------------------------------------------------------------- runs


def make_gold_dir(tmp_path: Path) -> tuple[Path, Path]:
    gold_dir, corpus = tmp_path / "gold", tmp_path / "corpus"
    gold_dir.mkdir()
    corpus.mkdir()
    (gold_dir / "007_sample.gold.json").write_text(json.dumps(gold_dict(), ensure_ascii=False), encoding="utf-8")
    lines = [
        {"id": "q1", "doc": DOC, "question": "败诉率是多少", "answer_type": "number",
         "expected": {"value": 10, "unit": "%", "kind": "stated", "qualifier": "exact"}, "quote": ["败诉率为10%"]},
        {"id": "q2", "doc": "*", "question": "哪些报告给出了败诉率?", "answer_type": "list",
         "expected": ["007 某区 10%"], "quote": []},
    ]
    (gold_dir / "questions.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    (corpus / DOC).write_text(TEXT, encoding="utf-8")
    return gold_dir, corpus


class FakeSession:
    """What run_eval reads reports through (a Session), with canned summaries and answers."""

    def __init__(self, figures: list[Figure], rate_answer: float, engine: str, calls: list[tuple]):
        self.figures, self.rate_answer, self.engine_name, self.calls = figures, rate_answer, engine, calls

    def summarize(self, path):
        self.calls.append(("summarize", Path(path).name, self.engine_name))
        return summary(self.figures, usage=Usage(calls=4, cached_calls=3, prompt_tokens=100, completion_tokens=20,
                                                 rejected_figures=1, seconds=0.5))

    def ask(self, question, paths):
        self.calls.append(("ask", question, len(paths)))
        return AnswerSet(question=question, answers=[number(self.rate_answer, doc=str(p)) for p in paths])

    def document(self, path):
        return document(TEXT, str(path))


def fake_pipeline(figures: list[Figure], rate_answer: float = 10, engine: str = "rules"):
    calls: list[tuple] = []
    return {"session": FakeSession(figures, rate_answer, engine, calls)}, calls


def test_run_eval_with_injected_pipeline(tmp_path: Path) -> None:
    gold_dir, corpus = make_gold_dir(tmp_path)
    fakes, calls = fake_pipeline(perfect(), engine="llm")
    record = run_eval(gold_dir, corpus, replayed=True,
                      provenance={"model": "tiny", "base_url": "http://127.0.0.1:9", "prompt_hash": "p1"}, **fakes)
    assert ("summarize", DOC, "llm") in calls and ("ask", "哪些报告给出了败诉率?", 1) in calls
    assert record.provenance.mode == "replay" and record.provenance.model == "tiny"
    assert record.provenance.cache_hit_rate == 0.75 and record.provenance.schema_hash is None
    assert (record.usage.calls, record.usage.tokens, record.usage.rejected_figures) == (4, 120, 1)
    assert record.gold_set.name == "gold" and len(record.gold_set.hash) == 64 and record.gold_set.questions == 2
    assert record.scores.figures.overall.f1 == 1.0 and record.scores.qa.overall.share == 1.0
    assert {o.status for o in record.outcomes} == {"found"} and len(record.outcomes) == 5
    data = json.loads(render_json(record))
    assert data["schema"] == "fgqa.run/1" and data["usage"]["tokens"] == 120
    assert RunRecord.model_validate(data) == record
    only_figures = run_eval(gold_dir, corpus, questions=[], **fake_pipeline(perfect())[0])
    assert only_figures.qa == [] and only_figures.provenance.mode == "rules"


def test_run_eval_rejects_bad_input(tmp_path: Path) -> None:
    gold_dir, corpus = make_gold_dir(tmp_path)
    fakes, _ = fake_pipeline(perfect())
    with pytest.raises(InputError, match="corpus directory"):
        run_eval(gold_dir, tmp_path / "none", **fakes)
    (corpus / DOC).unlink()
    with pytest.raises(InputError, match="corpus file"):
        run_eval(gold_dir, corpus, **fakes)
    with pytest.raises(InputError):
        run_mode("llm", live=True, replayed=True)


def test_save_run_never_overwrites_and_find_last_run(tmp_path: Path) -> None:
    gold_dir, corpus = make_gold_dir(tmp_path)
    fakes, _ = fake_pipeline(perfect())
    record = run_eval(gold_dir, corpus, **fakes)
    runs = tmp_path / "runs"
    first, second = save_run(record, runs), save_run(record, runs)
    assert first != second and first.name.endswith("-rules-rules.json") and second.exists()
    assert load_run(first) == record
    later = record.model_copy(update={"created": "2999-01-01T00:00:00+00:00"})
    newest = save_run(later, runs)
    (runs / "notes.json").write_text("{}", encoding="utf-8")  # not a run: ignored
    assert find_last_run(runs, "gold", "rules", live=False) == newest
    assert find_last_run(runs, record.gold_set.hash, "rules", live=False) == newest
    assert find_last_run(runs, "gold", "rules", live=True) is None
    assert find_last_run(runs, "gold", "llm", live=False) is None
    assert find_last_run(tmp_path / "absent", "gold", "rules", live=False) is None


# --------------------------------------------------------------------------- compare and report


def two_runs(tmp_path: Path) -> tuple[RunRecord, RunRecord]:
    gold_dir, corpus = make_gold_dir(tmp_path)
    old_figs = [f for f in perfect() if f.key != "mediation.disputes"]  # misses 1200
    new_figs = [f for f in perfect() if f.key != "litigation.lost"] + [fig("litigation.loss_rate", 15, "全省15%的平均水平", unit="%")]
    old_fakes, _ = fake_pipeline(old_figs, rate_answer=10)
    new_fakes, _ = fake_pipeline(new_figs, rate_answer=15)
    return run_eval(gold_dir, corpus, **old_fakes), run_eval(gold_dir, corpus, **new_fakes)


def test_compare_detects_regressions_and_fixes(tmp_path: Path) -> None:
    old, new = two_runs(tmp_path)
    c = compare_runs(old, new)
    regressed = {(ch.item, ch.key.split()[0]) for ch in c.changes if ch.change == "regressed"}
    fixed = {(ch.item, ch.key) for ch in c.changes if ch.change == "fixed"}
    assert regressed == {("figure", "litigation.lost"), ("figure", "litigation.loss_rate"), ("qa", "q1"), ("qa", "q2")}
    assert fixed == {("figure", "mediation.disputes")}
    assert c.changes[0].change == "regressed" and c.changes[-1].change == "fixed"
    lost = next(ch for ch in c.changes if ch.key == "litigation.lost")
    assert (lost.old_value, lost.new_value, lost.gold_value, lost.quote) == (2, None, 2, "败诉2件")
    trap = next(ch for ch in c.changes if ch.key == "litigation.loss_rate")
    assert trap.new_status == "trap" and trap.new_value == 15
    assert {"traps", "qa_accuracy", "precision"} <= set(c.regressed_metrics)
    assert compare_runs(old, old).regressed_metrics == [] and compare_runs(old, old).changes == []


def test_compare_refuses_other_gold_set_or_engine(tmp_path: Path) -> None:
    old, new = two_runs(tmp_path)
    other_gold = new.model_copy(update={"gold_set": new.gold_set.model_copy(update={"hash": "f" * 64})})
    with pytest.raises(InputError, match="gold set"):
        compare_runs(old, other_gold)
    other_engine = new.model_copy(update={"provenance": new.provenance.model_copy(update={"engine": "llm"})})
    with pytest.raises(InputError, match="engines"):
        compare_runs(old, other_engine)


def test_reports_render(tmp_path: Path) -> None:
    old, new = two_runs(tmp_path)
    text = render_text(new)
    assert "Traps" in text and "全省15%的平均水平" in text and "Worst misses" in text and "litigation.lost" in text
    llm = new.model_copy(update={"provenance": new.provenance.model_copy(update={"engine": "llm", "mode": "replay"})})
    md = render_markdown([new, llm], [compare_runs(old, new)])
    assert "| key | rules (rules) P | rules (rules) R | rules (rules) F1 | llm (replay) P |" in md
    assert "REGRESSED" in md and "## Worst misses: llm (replay)" in md and "## QA by answer type" in md


def test_an_issuer_counts_in_either_of_a_bodys_names() -> None:
    from fgqa.evaluation.scoring import MetaCheck

    def right(gold: str, predicted: str) -> bool:
        return MetaCheck(field="issuer", gold=gold, predicted=predicted).correct

    assert right("桐溪街道", "桐溪街道办事处") and right("桐溪街道办事处", "桐溪 街道")
    assert right("中共岚县委 岚县桐溪街道办事处", "中共岚县委 岚县桐溪街道")
    assert not right("桐溪街道", "桐溪镇人民政府") and not right("桐溪街道", "柳溪街道办事处")
    # only the issuer has a body's two names; other fields compare as they are
    assert not MetaCheck(field="level", gold="street", predicted="town").correct
