"""The outline call: metadata and part mapping asked of the model only where the rules are
unsure, checked against the text, and filling only what the rules left empty.

The report below is written for these tests: its title names no issuer, and three of its
parts have headings in words the rules' part lexicon does not know (面临的挑战, 区长述法,
来年工作重点), which is what the call is for.
"""

from __future__ import annotations

from typing import Any

import pytest

import helpers
from fgqa.engines.hybrid import HybridEngine
from fgqa.engines.llm import LLMEngine
from fgqa.engines.llm_models import OutlineReading
from fgqa.engines.llm_outline import unsure_of
from fgqa.engines.rules import RulesEngine
from fgqa.errors import EndpointError
from fgqa.models import Document, Meta
from fgqa.pipeline import summarize_document
from fgqa.sections import outline
from test_llm_engine import REPORT as FOUR_PARTS
from test_llm_engine import FakeClient, config

REPORT = """2031年度法治政府建设情况报告
2031年，某江区人民政府坚持依法行政，各项工作有序推进。
一、主要举措和成效
全年共收到行政复议申请31件，依法受理28件。
二、持续深化普法宣传
开展送法下乡活动45场，发放宣传资料3000余份。
三、面临的挑战
基层执法力量仍然偏弱，部分案卷制作不够规范。
四、区长述法情况
区长带头学法，年内主持专题学法3次。
五、来年工作重点
继续推进严格规范公正文明执法。
某江区人民政府
2032年1月20日
"""

GOOD = {"issuer": "某江区人民政府", "year": 2031, "measures": "s1", "shortcomings": "s3",
        "leadership": "s4", "plans": "s5"}


def document(text: str = REPORT, meta: Meta | None = None) -> Document:
    return helpers.document(text, meta=meta)


def summarize(engine_class: Any, answer: dict[str, Any], text: str = REPORT, meta: Meta | None = None, **kw: Any):
    client = FakeClient({"章节目录": answer}, **kw)  # the outline message lists the outline; sections do not
    if engine_class is LLMEngine:
        engine = LLMEngine(config(), client)
    else:
        engine = engine_class(RulesEngine(), LLMEngine(config(), client, confirm_outline=True))
    return summarize_document(document(text, meta), engine), client


def outline_calls(client: FakeClient) -> list[str]:
    return [version for _, version in client.calls if version.startswith("outline_reading.md:")]


def test_the_rules_are_unsure_of_this_report():
    sections = outline(REPORT).sections
    assert unsure_of(document(), sections) == ["issuer", "year", "shortcomings", "leadership", "plans"]


def test_a_merged_part_is_not_missing():
    text = REPORT.replace("五、来年工作重点", "五、存在的不足和下一步打算")
    assert unsure_of(document(text), outline(text).sections) == ["issuer", "year", "leadership"]


def test_grounded_answer_fills_the_metadata_and_the_parts():
    summary, client = summarize(LLMEngine, GOOD)
    assert len(outline_calls(client)) == 1
    assert (summary.meta.issuer, summary.meta.region, summary.meta.level, summary.meta.year) == (
        "某江区人民政府", "某江区", "district", 2031)
    parts = summary.parts
    assert {p: (s.present, s.section_ids, s.source) for p, s in parts.items()} == {
        "measures": (True, ["s1", "s2"], "rules"),
        "shortcomings": (True, ["s3"], "llm"),
        "leadership": (True, ["s4"], "llm"),
        "plans": (True, ["s5"], "llm"),
    }
    assert parts["leadership"].heading == "四、区长述法情况"
    assert [s.part for s in summary.sections if s.level == 1] == ["measures", "measures", "shortcomings",
                                                                  "leadership", "plans"]
    assert not any(w.startswith("part missing") for w in summary.warnings)
    assert any("shortcomings part is section s3" in w for w in summary.warnings)
    assert any("issuer “某江区人民政府” read by the model" in w for w in summary.warnings)


def test_what_the_text_does_not_say_is_refused():
    bad = {"issuer": "某某县人民政府", "year": "2030年", "shortcomings": "s9", "leadership": "第四部分",
           "plans": "s1"}
    summary, _ = summarize(LLMEngine, bad)
    assert summary.meta.issuer is None and summary.meta.year is None
    assert not any(summary.parts[p].present for p in ("shortcomings", "leadership", "plans"))
    refused = next(w for w in summary.warnings if w.startswith("llm outline: not used"))
    for reason in ("某某县人民政府” not found verbatim", "2030 is not written", "s9 is not a section",
                   "“第四部分” is not a section id", "plans: s1 is headed as the measures part"):
        assert reason in refused
    assert sum(w.startswith("part missing") for w in summary.warnings) == 3


def test_the_rules_answers_are_never_replaced():
    meta = Meta(issuer="某江区人民政府", year=2031)
    summary, _ = summarize(LLMEngine, {**GOOD, "issuer": "某某县人民政府"}, meta=meta)
    assert summary.meta.issuer == "某江区人民政府"
    assert not any("某某县" in w for w in summary.warnings)  # a field the rules had is no one's business
    summary, client = summarize(LLMEngine, {**GOOD, "measures": "s2", "plans": "s2"}, text=FOUR_PARTS, meta=meta)
    assert outline_calls(client) == []  # the rules found everything: no call
    text = REPORT.replace("五、来年工作重点", "五、2032年工作安排")  # the rules find the plans part now
    summary, client = summarize(LLMEngine, {**GOOD, "issuer": "某江区人民政府", "plans": "s2"}, text=text, meta=meta)
    assert len(outline_calls(client)) == 1
    assert summary.parts["plans"].section_ids == ["s5"] and summary.parts["plans"].source == "rules"
    assert summary.meta.issuer == "某江区人民政府"


def test_hybrid_takes_a_part_only_when_its_heading_agrees():
    wrong = {**GOOD, "shortcomings": "s2", "leadership": None, "plans": None}  # 持续深化普法宣传 is no shortcoming
    llm_summary, _ = summarize(LLMEngine, wrong)
    hybrid_summary, _ = summarize(HybridEngine, wrong)
    assert llm_summary.parts["shortcomings"].section_ids == ["s2"]  # the llm engine trusts a grounded id
    assert not hybrid_summary.parts["shortcomings"].present
    assert any("s2 has no heading words of that part" in w for w in hybrid_summary.warnings)
    right, _ = summarize(HybridEngine, GOOD)
    assert all(right.parts[p].source == "llm" for p in ("shortcomings", "leadership", "plans"))


def test_a_part_is_not_taken_from_where_it_is_all_another_part_has():
    text = "2031年度法治政府建设情况报告\n一、依法行政持续推进\n全年审查规范性文件12件。\n（一）强化学法\n组织学法4次。\n"
    summary, _ = summarize(LLMEngine, {**GOOD, "shortcomings": "s1", "leadership": None, "plans": None}, text=text)
    assert summary.parts["measures"].section_ids == ["s1", "s1.1"]
    assert not summary.parts["shortcomings"].present
    assert any("shortcomings: s1 is all the measures part has" in w for w in summary.warnings)


def test_a_failed_outline_call_leaves_the_rules_outline_with_a_warning():
    summary, client = summarize(LLMEngine, GOOD, fail_on="章节目录")
    assert summary.meta.issuer is None and not summary.parts["plans"].present
    assert any(w.startswith("llm outline: cannot reach") and "the rules'" in w for w in summary.warnings)
    assert len(outline_calls(client)) == 1 and summary.usage.calls == len(client.calls)  # counted like any call
    client = FakeClient({"章节目录": GOOD}, fail_on="章节目录")
    with pytest.raises(EndpointError):
        summarize_document(document(), LLMEngine(config(strict=True), client))


def test_a_small_models_shapes_are_normalized():
    reading = OutlineReading.model_validate({"issuer": "null", "year": "2031年度", "plans": " s5 ", "extra": 1})
    assert (reading.issuer, reading.year, reading.plans, reading.rejected) == (None, 2031, "s5", [])
    assert OutlineReading.model_validate({"year": "去年"}).rejected == ["year: “去年” is not a year"]
