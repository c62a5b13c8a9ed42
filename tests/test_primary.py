"""The `primary` flag is the report's own figure of a key: never a part of the body (the
streets' cases, one level, a kind of case), never a part of a total, never a change, goal or
somebody else's figure, and the report's own widest scope; `ask` gives it for a question about
the whole report, and the wide export shows it. Each rule on a short report written for the
test (fictional places), then the same check over the tuning sets' whole-report questions."""

import json
from pathlib import Path

import pytest

from fgqa.answers import answer_question
from fgqa.answers.respond import about_the_whole
from fgqa.answers.router import route
from fgqa.answers.scopes import quote_scope
from fgqa.models import YEAR_KINDS
from fgqa.session import Session
from helpers import summarized

ROOT = Path(__file__).resolve().parents[1]


def summarize(text: str, issuer: str, year: int = 2025):
    return summarized(text, "report.txt", issuer=issuer, year=year)


def primary(summary, key):
    flagged = [f for s in summary.sections for f in s.figures if f.key == key and f.primary]
    assert len(flagged) <= 1, flagged
    return flagged[0] if flagged else None


DISTRICT = """枫渡区人民政府2025年法治政府建设年度报告
一、推进依法行政的主要做法
(一)应诉工作
各街道作为被告的行政诉讼案件53件,审结50件,败诉4件。以区政府为被告的一审行政诉讼案件21件,审结20件,败诉1件。
(二)行政执法
区城管执法大队全年办理简易程序案件830件、一般程序案件95件。全区行政复议机关共收到复议申请88件,其中不予受理6件,受理82件。
部分村居尚未实现法律顾问全覆盖。
全省平均败诉率为9.1%。
二、存在的问题
一是基层执法人员专业能力不强。
三、下一步工作打算
一是力争行政诉讼败诉率控制在4%以内。
"""


@pytest.fixture(scope="module")
def district():
    return summarize(DISTRICT, "枫渡区人民政府")


def test_the_streets_as_defendant_are_a_part_and_the_district_government_is_the_body_itself(district):
    _, summary = district
    cases = primary(summary, "litigation.cases")
    assert cases is not None and cases.value == 21  # 以区政府为被告: the reporting body's own cases
    rate = primary(summary, "litigation.loss_rate")
    assert rate is not None and rate.value == pytest.approx(5.0)  # 1/20, never the streets' 4/50
    assert rate.kind == "derived"


def test_parts_said_side_by_side_give_way_to_their_total(district):
    _, summary = district
    cases = primary(summary, "enforcement.cases")
    assert cases is not None and cases.value == 925 and cases.formula == "830+95"


def test_turned_away_applications_are_not_the_accepted_cases(district):
    _, summary = district
    accepted = primary(summary, "reconsideration.accepted")
    assert accepted is not None and accepted.value == 82
    assert not any(f.key == "reconsideration.accepted" and f.value == 6 for s in summary.sections for f in s.figures)


def test_a_coverage_said_as_not_reached_is_no_figure(district):
    _, summary = district
    assert not [f for s in summary.sections for f in s.figures
                if f.key == "legal_advisor.coverage_rate" and f.kind == "zero_claim"]
    assert primary(summary, "legal_advisor.coverage_rate") is None


def test_a_province_average_and_a_goal_are_never_the_reports_figure(district):
    _, summary = district
    rate = primary(summary, "litigation.loss_rate")
    assert rate is not None and rate.value not in (9.1, 4)


def test_ask_answers_a_whole_report_question_with_the_primary_figure(district):
    doc, summary = district
    for question, value in [("行政诉讼案件有多少件", 21), ("败诉率是多少", 5.0), ("行政执法案件有多少件", 925)]:
        answer = answer_question(question, summary, doc.text)
        assert answer.answer_type == "number" and answer.value == pytest.approx(value), (question, answer.text)
    # a part the question names is still that part
    simple = answer_question("简易程序案件有多少件", summary, doc.text)
    assert simple.answer_type == "number" and simple.value == 830
    streets = answer_question("各街道作为被告的行政诉讼案件有多少件", summary, doc.text)
    assert streets.answer_type == "number" and streets.value == 53


def test_a_yes_no_on_a_coverage_not_reached_is_a_no(district):
    doc, summary = district
    answer = answer_question("是否实现了法律顾问全覆盖", summary, doc.text)
    assert answer.answer_type == "yes_no" and answer.value is False and "尚未" in answer.text


TOWN_LEVELS = """岫川镇人民政府2025年法治政府建设工作报告
一、主要工作
全镇各村共调处矛盾纠纷118件。镇直各部门办理行政处罚案件41件,县级部门在我镇办理行政处罚案件17件。
"""


def test_a_key_given_only_for_parts_has_no_primary_figure():
    _, summary = summarize(TOWN_LEVELS, "岫川镇人民政府")
    flagged = [f for s in summary.sections for f in s.figures if f.primary]
    for f in flagged:
        assert f.kind in YEAR_KINDS
        assert "各村" not in f.quote  # the villages' count is a part of the town


SETS = [("evals/gold", "evals/corpus"), ("evals/classes/gold", "evals/classes/corpus"),
        ("evals/answers/gold", "evals/answers/corpus")]


@pytest.fixture(scope="module")
def tuning_sets():
    with Session("rules") as session:
        out = []
        for gold, corpus in SETS:
            for line in (ROOT / gold / "questions.jsonl").read_text(encoding="utf-8").splitlines():
                q = json.loads(line)
                if q["doc"] == "*":
                    continue  # a question across the set's reports
                path = ROOT / corpus / q["doc"]
                out.append((q, session.summarize(path), session.document(path).text))
        return out


def test_every_primary_figure_of_the_tuning_sets_is_the_body_s_own_year_figure(tuning_sets):
    seen = set()
    for _, summary, text in tuning_sets:
        if summary.doc.path in seen:
            continue
        seen.add(summary.doc.path)
        keys = set()
        for f in (f for s in summary.sections for f in s.figures if f.primary):
            assert f.key not in keys, (summary.doc.path, f.key)
            keys.add(f.key)
            assert f.kind in YEAR_KINDS and f.section_id is not None, (summary.doc.path, f.key, f.kind)
            assert quote_scope(f, text, summary.meta.issuer) is None, (summary.doc.path, f.key, f.quote)
            assert f.scope is None or "本级" not in f.scope, (summary.doc.path, f.key, f.scope)


def _carried_by(question: str, fig, text: str) -> bool:
    """Every pair of the question's characters (outside the asking words) is in the figure's
    sentence up to its number: the question asks nothing the figure's own words lack."""
    import re

    words = re.sub(r"(?:是多少|有多少|多少|几|是|有|的|了|吗|\?|？)", "|", question)
    lead = text[max(0, fig.span[0] - 60):fig.span[1]]
    return all(run[i:i + 2] in lead for run in re.findall(r"[\u4e00-\u9fff]+", words) for i in range(len(run) - 1))


def test_the_tuning_sets_whole_report_questions_are_answered_by_the_primary_figure(tuning_sets):
    """Every number question of the tuning sets about a report as a whole (no scope, no part,
    nothing beyond the indicator's words) whose report has a primary figure that carries the
    question's words: gold's answer is that figure."""
    checked = 0
    for q, summary, text in tuning_sets:
        if q["answer_type"] != "number":
            continue
        r = route(q["question"])
        if r.route != "indicator" or r.want_kind or r.shape != "number" or r.stated_only:
            continue
        own = primary(summary, r.key)
        if own is None or not about_the_whole(q["question"], r.key, summary) or not _carried_by(q["question"], own, text):
            continue
        expected = q["expected"]["value"] / (10000 if q["expected"].get("unit") == "元" else 1)
        assert own.value == pytest.approx(expected, abs=0.05), (q["id"], q["question"], own.value)
        checked += 1
    assert checked >= 35  # 39 when written


BUREAU = """泠川县司法局2025年法治政府建设工作报告
一、主要工作
行政应诉:全县行政机关一审行政诉讼案件共计84件,审结80件,败诉4件;本局作为被告的案件3件,均已审结,无败诉。
二、存在的不足
一是基层法治力量不足。
三、下一步打算
一是力争败诉率控制在4%以内。
"""


def test_the_whole_area_comes_before_the_body_as_defendant_whatever_their_kinds():
    doc, summary = summarize(BUREAU, "泠川县司法局")
    rate = primary(summary, "litigation.loss_rate")
    assert rate is not None and rate.value == pytest.approx(5.0) and rate.kind == "derived"  # 4/80, not 本局's 无败诉
    answer = answer_question("败诉率是多少", summary, doc.text)
    assert answer.answer_type == "number" and answer.value == pytest.approx(5.0)
    own = answer_question("本局作为被告的案件败诉了几件", summary, doc.text)
    assert own.answer_type == "number" and own.value == 0
