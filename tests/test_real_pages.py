"""The real-page set (evals/real): its annotations are well formed and hold no page text,
and its scorer sorts figures, traps, metadata and answers as documented."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from fgqa.evaluation.real_pages import (
    RealPage,
    RealQuestion,
    aggregate,
    fetch_plan,
    judge,
    load_pages,
    render_fetch_plan,
    render_text,
    score_page,
)
from fgqa.models import Answer, Figure, Meta, Summary

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "evals/real/pages.jsonl"
TEXTS = ROOT / "evals/real/texts"
#: no annotation string may share a run this long with its page (names and questions reuse terms, never sentences)
MAX_SHARED_RUN = 16
#: notes, reasons and metadata notes are our own words: no run this long from the page
MAX_SHARED_NOTE_RUN = 8


# --------------------------------------------------------------------------- the data


def test_annotations_load_and_split() -> None:
    pages = load_pages(PAGES)
    ids = [p.id for p in pages]
    assert len(ids) == len(set(ids)) >= 39
    assert sum(p.split == "test" for p in pages) >= 15
    assert sum(p.split == "test2" for p in pages) >= 15
    assert sum(p.split == "test3" for p in pages) >= 30
    # no address and no issuer-year twice: each page is a new report
    assert len({p.url for p in pages}) == len(pages)
    named = [(p.meta.issuer, p.meta.year) for p in pages if p.meta.issuer]
    assert len(named) == len(set(named))
    for p in pages:
        assert p.url.startswith("http") and p.query.strip()
        assert 2 <= len(p.questions) <= 5, p.id
        assert len({q.id for q in p.questions}) == len(p.questions)
        assert p.meta.year and p.meta.level, p.id


def test_questions_cover_the_kinds_the_issues_name() -> None:
    qs = [q for p in load_pages(PAGES) for q in p.questions]
    kinds = {q.qtype for q in qs}
    assert {"core", "noncore", "yes_no", "absent"} <= kinds
    assert sum(q.answer_type == "yes_no" for q in qs) >= 20
    assert sum(q.answer_type == "not_disclosed" for q in qs) >= 20


def _strings(obj, skip=("title", "url", "query")):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k not in skip:
                yield from _strings(v, skip)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v, skip)
    elif isinstance(obj, str):
        yield obj


def _shares_run(s: str, text: str, n: int) -> bool:
    return any(s[i : i + n] in text for i in range(len(s) - n + 1))


@pytest.mark.skipif(not TEXTS.is_dir() or not any(TEXTS.glob("*.txt")), reason="page texts not fetched (scripts/fetch_real.py)")
def test_no_page_text_in_the_annotations() -> None:
    for line in PAGES.read_text(encoding="utf-8").splitlines():
        page = json.loads(line)
        path = TEXTS / f"{page['id']}.txt"
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        for s in _strings(page):
            assert not _shares_run(s, text, MAX_SHARED_RUN), (page["id"], s)
        notes = [page["meta"].get("meta_note") or ""] + [f.get("note") or "" for f in page["facts"]] + \
                [d["why"] for d in page["decoys"]]
        for s in notes:
            assert not _shares_run(s, text, MAX_SHARED_NOTE_RUN), (page["id"], s)


def test_page_texts_are_ignored_by_git() -> None:
    out = subprocess.run(["git", "check-ignore", "-q", "evals/real/texts/x.txt"], cwd=ROOT)
    assert out.returncode == 0


# --------------------------------------------------------------------------- the scorer


def _page(**kw) -> RealPage:
    base = {"id": "p1", "split": "dev", "query": "q", "url": "http://example.invalid/p1",
            "meta": {"issuer": "青桐镇人民政府", "issuer_also": ["青桐镇"], "level": "town", "year": 2024,
                     "published": "2025-01-20"}}
    base.update(kw)
    return RealPage.model_validate(base)


def _fig(key, value, unit="件", kind="stated", quote="某句") -> Figure:
    return Figure(key=key, label=key, value=value, unit=unit, kind=kind, quote=quote, span=(0, len(quote)))


def _summary(figs, **meta) -> Summary:
    return Summary(engine="rules", doc={"path": "p1.txt", "sha256": "", "chars": 0}, meta=Meta(**meta), parts={},
                   sections=[], indicators=figs)


def test_facts_found_missed_and_the_three_kinds_of_trap() -> None:
    page = _page(facts=[{"key": "litigation.lost", "value": 2, "unit": "件"},
                        {"key": "litigation.loss_rate", "value": 8.0, "unit": "%", "kind": "benchmark", "class": "from_to"},
                        {"key": "litigation.loss_rate", "value": 5.0, "unit": "%", "class": "from_to"},
                        {"key": "legal_aid.cases", "value": 40, "unit": "件", "class": "number_before_noun"}],
                 decoys=[{"key": "reconsideration.corrected", "value": 30, "why": "avoided cases", "class": "lookalike"}])
    summary = _summary([_fig("litigation.lost", 2), _fig("litigation.loss_rate", 8.0, "%"),
                        _fig("reconsideration.corrected", 30), _fig("litigation.lost", 3),
                        _fig("mediation.disputes", 12)], issuer="青桐镇", level="town", year=2024)
    result = score_page(page, summary, {})
    status = {(f.key, f.value): f.status for f in result.facts}
    # the prior-year rate is a fact too (a benchmark): given as the year's, its kind is wrong
    assert status == {("litigation.lost", 2): "found", ("litigation.loss_rate", 8.0): "wrong_kind",
                      ("litigation.loss_rate", 5.0): "missed", ("legal_aid.cases", 40): "missed"}
    traps = {(t.key, t.value): t.class_ for t in result.traps}
    # the prior-year rate as the year's, a decoy, a value the page does not give for a key it has
    assert traps == {("litigation.loss_rate", 8.0): "from_to", ("reconsideration.corrected", 30): "lookalike",
                     ("litigation.lost", 3): "wrong_value"}
    assert result.extras == ["mediation.disputes=12件 (stated)"]  # a key the page was not annotated with
    scores = aggregate([result])
    assert (scores.facts_found.num, scores.facts_found.den, scores.facts_value_only.num, scores.traps) == (1, 4, 2, 3)
    assert scores.by_class["from_to"]["facts"].den == 2 and scores.by_class["from_to"]["traps"] == 1


def test_a_decoy_of_no_key_does_not_hide_a_fact_of_the_same_value() -> None:
    page = _page(facts=[{"key": "major_decisions.count", "value": 4, "unit": "项"}],
                 decoys=[{"key": "*", "value": 4, "why": "years in a row", "class": "lookalike"}])
    right = score_page(page, _summary([_fig("major_decisions.count", 4, "项")]), {})
    other = score_page(page, _summary([_fig("legal_aid.cases", 4)]), {})
    assert right.facts[0].status == "found" and not right.traps
    assert [t.class_ for t in other.traps] == ["lookalike"]  # any other key's 4 is still the decoy


def test_a_change_given_as_the_year_figure_is_found_only_with_its_kind() -> None:
    page = _page(facts=[{"key": "reconsideration.applications", "value": 40, "unit": "%", "kind": "change"}])
    right = score_page(page, _summary([_fig("reconsideration.applications", 40, "%", "change")]), {})
    wrong = score_page(page, _summary([_fig("reconsideration.applications", 40, "%", "stated")]), {})
    assert right.facts[0].status == "found" and not right.traps
    assert wrong.facts[0].status == "wrong_kind" and wrong.traps[0].class_ == "kind"


def test_metadata_aliases_levels_and_a_spurious_date() -> None:
    page = _page(meta={"issuer": "司法部", "level": "national", "level_also": ["department"], "year": 2023,
                       "published_decoy": "2024-12-21"})
    checks = score_page(page, _summary([], issuer="司法部", level="department", year=2023, published="2024-12-21"), {}).meta
    got = {m.field: m.correct for m in checks}
    assert got == {"issuer": True, "level": True, "year": True, "published_spurious": False}
    town = score_page(_page(), _summary([], issuer="青桐镇", level="street", year=2023), {}).meta
    assert {m.field: m.correct for m in town} == {"issuer": True, "level": False, "year": False, "published": False}
    by_field = aggregate([score_page(_page(), _summary([], issuer="青桐镇", level="street", year=2023), {})])
    assert by_field.by_class["metadata"]["meta_wrong"] == {"level": 1, "published": 1, "year": 1}


def _q(answer_type, expected, **kw) -> RealQuestion:
    return RealQuestion(id="q", question="?", answer_type=answer_type, expected=expected, **kw)


def _a(answer_type, value=None, text="", unit=None, kind=None) -> Answer:
    return Answer(doc="p1.txt", answer_type=answer_type, value=value, text=text, unit=unit, kind=kind)


@pytest.mark.parametrize(("question", "answer", "verdict"), [
    (_q("number", {"value": 7.29, "unit": "%", "kind": "stated"}), _a("number", 7.29, unit="%", kind="stated"), "right"),
    (_q("number", {"value": 7.29, "unit": "%", "kind": "stated"}), _a("number", 38, unit="件", kind="stated"), "wrong"),
    (_q("number", {"value": 7.29, "unit": "%", "kind": "stated"}), _a("not_disclosed"), "abstained"),
    (_q("yes_no", True), _a("yes_no", True), "right"),
    (_q("yes_no", True), _a("yes_no", False), "wrong"),
    (_q("yes_no", True), _a("cannot_answer"), "abstained"),
    (_q("not_disclosed", None), _a("not_disclosed"), "right"),
    (_q("not_disclosed", None), _a("cannot_answer"), "right"),
    (_q("not_disclosed", None), _a("number", 50, unit="件", kind="stated"), "wrong"),
    (_q("text", ["4月3日"]), _a("text", text="会议于4月3日召开"), "right"),
    (_q("text", ["第十次"]), _a("number", 96, unit="场次", text="96场次"), "wrong"),
    # the expected words only among the related sentences of a refusal: not an answer
    (_q("text", ["第十次"]), _a("cannot_answer", text="无法回答。"), "abstained"),
])
def test_answers_are_right_wrong_or_abstained(question, answer, verdict) -> None:
    assert judge(question, answer) == verdict


def test_missing_texts_give_the_query_and_address_to_fetch(tmp_path) -> None:
    pages = load_pages(PAGES)[:2]
    plan = fetch_plan(pages, tmp_path)
    assert [p["id"] for p in plan] == [p.id for p in pages]
    rendered = render_fetch_plan(plan)
    assert pages[0].query in rendered and pages[0].url in rendered and "search tool" in rendered
    (tmp_path / f"{pages[0].id}.txt").write_text("x", encoding="utf-8")
    assert [p["id"] for p in fetch_plan(pages, tmp_path)] == [pages[1].id]


@pytest.mark.parametrize("split", ["test", "test2", "test3"])
def test_score_script_without_texts_says_how_to_fetch_and_exits_2(tmp_path, split) -> None:
    out = subprocess.run([sys.executable, "scripts/score_real.py", "--texts", str(tmp_path), "--split", split],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 2
    assert "search tool" in out.stderr and "query:" in out.stderr and "Traceback" not in out.stderr


def test_fetch_script_imports_excerpts_of_a_saved_search_response(tmp_path) -> None:
    page = load_pages(PAGES)[0]
    response = tmp_path / "r.json"
    response.write_text(json.dumps({"results": [{"url": page.url, "excerpt": "页面摘录"},
                                                {"url": "http://other.invalid", "excerpt": "别的"}]}), encoding="utf-8")
    texts = tmp_path / "texts"
    run = lambda *a: subprocess.run([sys.executable, "scripts/fetch_real.py", "--texts", str(texts), *a],  # noqa: E731
                                    cwd=ROOT, capture_output=True, text=True)
    assert run("--import", str(response)).returncode == 0
    assert (texts / f"{page.id}.txt").read_text(encoding="utf-8") == "页面摘录"
    (texts / f"{page.id}.txt").write_text("mine", encoding="utf-8")
    run("--import", str(response))  # never overwrites without --force
    assert (texts / f"{page.id}.txt").read_text(encoding="utf-8") == "mine"


def test_text_report_lists_failure_classes() -> None:
    page = _page(facts=[{"key": "enforcement.fines", "value": 1500, "unit": "万元", "class": "unit"}])
    run_text = render_text(type("R", (), {"scores": aggregate([score_page(page, _summary([]), {})]), "split": "dev",
                                          "engine": "rules", "results": []})())
    assert "unit" in run_text and "facts 0/1" in run_text


def test_run_real_end_to_end_on_a_page_of_our_own(tmp_path) -> None:
    """The whole path (Session, summary, answers, scoring) on a fictional page, so an API
    change upstream cannot silently break the scorer."""
    from fgqa.evaluation.real_pages import run_real

    text = ("青桐县司法局2024年法治政府建设年度报告\n一、主要举措和成效\n"
            "全年行政诉讼败诉率为5.0%。县政府聘请了两名律师担任法律顾问。\n")
    (tmp_path / "p1.txt").write_text(text, encoding="utf-8")
    page = _page(meta={"issuer": "青桐县司法局", "level": "department", "year": 2024},
                 facts=[{"key": "litigation.loss_rate", "value": 5.0, "unit": "%"}],
                 questions=[{"id": "p1-q1", "question": "行政诉讼败诉率是多少", "answer_type": "number",
                             "expected": {"value": 5.0, "unit": "%", "kind": "stated"}, "qtype": "core"},
                            {"id": "p1-q2", "question": "行政复议纠错率是多少", "answer_type": "not_disclosed"}])
    run = run_real([page, _page(id="absent")], tmp_path)
    assert run.scores.pages == 1 and not run.results[0].crashed  # the page without a text is skipped
    assert run.scores.facts_found.den == 1 and len(run.results[0].qa) == 2
    assert {m.field for m in run.results[0].meta} == {"issuer", "level", "year"}


def test_fetch_script_copies_texts_from_another_checkout(tmp_path) -> None:
    page = load_pages(PAGES)[0]
    other = tmp_path / "other"
    other.mkdir()
    (other / f"{page.id}.txt").write_text("别处的摘录", encoding="utf-8")
    texts = tmp_path / "texts"
    out = subprocess.run([sys.executable, "scripts/fetch_real.py", "--texts", str(texts), "--copy-from", str(other)],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0 and "copied 1" in out.stdout
    assert (texts / f"{page.id}.txt").read_text(encoding="utf-8") == "别处的摘录"


def test_score_script_refuses_an_unknown_page(tmp_path) -> None:
    out = subprocess.run([sys.executable, "scripts/score_real.py", "--page", "no-such-page"], cwd=ROOT,
                         capture_output=True, text=True)
    assert out.returncode == 2 and "no-such-page" in out.stderr and "Traceback" not in out.stderr


def test_two_runs_compare_item_by_item() -> None:
    from fgqa.evaluation.real_pages import RealRun, compare_runs

    page = _page(facts=[{"key": "litigation.lost", "value": 2, "unit": "件"}],
                 decoys=[{"key": "litigation.lost", "value": 9, "why": "x", "class": "lookalike"}])
    q = RealQuestion(id="q", question="败诉了几件", answer_type="number", expected={"value": 2, "unit": "件", "kind": "stated"})
    page.questions = [q]
    def run_of(figs, answer):
        r = score_page(page, _summary(figs, issuer="青桐镇", level="town", year=2024), {"q": answer})
        return RealRun(engine="rules", split="dev", scores=aggregate([r]), results=[r])
    old = run_of([_fig("litigation.lost", 9)], _a("number", 9, unit="件", kind="stated"))
    new = run_of([_fig("litigation.lost", 2)], _a("number", 2, unit="件", kind="stated"))
    better, worse = compare_runs(old, new)
    assert not worse and len(better) == 3  # the fact found, the question right, the trap gone
    assert compare_runs(new, old)[1] and not compare_runs(new, old)[0]


def test_a_street_office_is_the_issuer_under_its_short_name_too() -> None:
    page = _page(meta={"issuer": "青桐街道", "level": "street", "year": 2024})
    checks = score_page(page, _summary([], issuer="青桐街道办事处", level="street", year=2024), {}).meta
    assert {m.field: m.correct for m in checks}["issuer"]
    other = score_page(page, _summary([], issuer="青桐镇人民政府", level="town", year=2024), {}).meta
    assert not {m.field: m.correct for m in other}["issuer"]
