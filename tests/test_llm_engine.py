"""The llm and hybrid engines, offline: a fake client returns canned section readings.

The report text below is written for these tests in the genre's style; the fake client
validates its canned answers with the engine's validation context, as the real client
(instructor) does, so the response model's grounding validators run too.
"""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

import helpers
from fgqa.answers.retrieval import bigrams, related_sections
from fgqa.engines.factory import build_engine
from fgqa.engines.hybrid import merge_figures
from fgqa.engines.llm import LLMEngine, plan_chunks, section_prompt
from fgqa.engines.llm_models import SectionReading
from fgqa.engines.rules import RulesEngine
from fgqa.errors import EndpointError
from fgqa.llm.client import CallResult, CallUsage, SchemaError
from fgqa.llm.config import LLMConfig
from fgqa.llm.prompts import prompt_version
from fgqa.models import Document, Figure
from fgqa.pipeline import summarize_document
from fgqa.sections import outline

REPORT = """某区人民政府2031年法治政府建设年度报告
一、主要举措和成效
（一）化解行政争议
全年共收到行政复议申请48件，依法受理41件，审结39件。区政府作为被告的行政应诉案件17件，败诉2件。
各类矛盾纠纷较上年减少230件，全年各类矛盾纠纷调处完毕560件。
（二）推进普法宣传
开展法治宣传活动120场，全区设立公共法律服务站点36个。
二、存在的不足
部分部门执法人员能力不足，案卷质量有待提高。
三、主要负责人履行法治建设第一责任人职责情况
区长主持召开专题会议研究法治工作4次。
四、下一年度工作安排
力争行政诉讼败诉率控制在5%以内。
"""


def fig_item(quote: str, value: float, unit: str = "件", key: str | None = None, kind: str = "stated") -> dict:
    return {"quote": quote, "value": value, "unit": unit, "key": key, "kind": kind, "label": "", "scope": None}


class FakeClient:
    """Answers each call with the canned reading whose marker is in the user message."""

    def __init__(self, answers: dict[str, dict] | None = None, fail_on: str | None = None,
                 error: Exception | None = None, cached: bool = False):
        self.answers = answers or {}
        self.fail_on = fail_on
        self.error = error or EndpointError("cannot reach http://127.0.0.1:9/v1 after 5 attempt(s)")
        self.cached = cached
        self.calls: list[tuple[list[dict[str, Any]], str]] = []

    def complete(self, response_model, messages, *, prompt_version, validation_context=None):
        self.calls.append((messages, prompt_version))
        user = messages[-1]["content"]
        if self.fail_on and self.fail_on in user:
            raise self.error
        data = next((a for marker, a in self.answers.items() if marker in user), {"summary": "", "figures": []})
        obj = response_model.model_validate(data, context=validation_context)
        return CallResult(obj, CallUsage(cached=self.cached, prompt_tokens=100, completion_tokens=20))


def config(**overrides: Any) -> LLMConfig:
    settings: dict[str, Any] = {"base_url": "http://127.0.0.1:9/v1", "model": "fake", "max_reasks": 0, "concurrency": 2}
    return LLMConfig(**{**settings, **overrides})


def document(text: str = REPORT) -> Document:
    return helpers.document(text, issuer="某区人民政府", year=2031)  # what the loader reads from the title


def run(engine: Any, text: str = REPORT):
    doc = document(text)
    return engine.extract(doc, outline(doc.text).sections)


def span_of(quote: str, text: str = REPORT) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def rules_fig(quote: str, value: float, unit: str, key: str | None, kind: str = "stated") -> Figure:
    return Figure(key=key, label=key or quote[:8], value=value, unit=unit, kind=kind, quote=quote,
                  span=span_of(quote), section_id="s1.1")


# --------------------------------------------------------------------------- grounding


def test_grounding_drops_changed_digit_wrong_value_and_invented_quote():
    answers = {"化解行政争议": {"summary": "办理复议和应诉案件。", "figures": [
        fig_item("依法受理41件", 41, key="reconsideration.accepted"),
        fig_item("审结38件", 38, key="reconsideration.concluded"),        # digit changed in the quote
        fig_item("审结39件", 38, key="reconsideration.concluded"),        # value not what the quote says
        fig_item("全年纠错案件9件", 9, key="reconsideration.corrected"),  # quote invented
    ]}}
    result = run(LLMEngine(config(), FakeClient(answers)))
    keyed = [(f.key, f.value) for f in result.figures if f.source == "llm"]
    assert keyed == [("reconsideration.accepted", 41)]
    fig = result.figures[0]
    assert REPORT[fig.span[0]:fig.span[1]] == fig.quote == "依法受理41件"
    assert fig.section_id == "s1.1"
    assert result.usage.rejected_figures == 3


def test_grounding_error_asks_again_before_the_last_attempt():
    context = {"text": REPORT, "window": (0, len(REPORT)), "max_reasks": 1}
    bad = {"summary": "s", "figures": [fig_item("审结38件", 38)]}
    with pytest.raises(ValidationError, match="逐字复制"):
        SectionReading.model_validate(bad, context=context)
    last = SectionReading.model_validate(bad, context=context)  # second (last) attempt: dropped, not failed
    assert last.figures == [] and len(last.rejected) == 1


def test_malformed_item_is_rejected_without_failing_the_reading():
    reading = SectionReading.model_validate({"summary": "s", "figures": [
        {"quote": "审结39件", "value": "三十九"}, fig_item("依法受理41件", 41, key="no.such_key"),
        {"quote": "开展法治宣传活动120场", "value": 1.2, "unit": "百场"},
    ]})
    assert len(reading.rejected) == 1
    assert reading.figures[0].key is None  # a key outside the taxonomy is no key
    with pytest.raises(ValidationError):
        SectionReading.model_validate({"figures": []})  # a missing summary is a whole-answer failure
    copied = SectionReading.model_validate({"summary": "本节概括", "key_points": ["要点一", "完成清理"]})
    assert (copied.summary, copied.key_points) == ("", ["完成清理"])  # the prompt's filler is no summary


def test_change_sign_unit_and_qualifier_come_from_the_text():
    answers = {"化解行政争议": {"summary": "", "figures": [
        {**fig_item("各类矛盾纠纷较上年减少230件", 230, unit="起", kind="change"), "qualifier": "approx_more"},
    ]}}
    fig = next(f for f in run(LLMEngine(config(), FakeClient(answers))).figures if f.source == "llm")
    assert (fig.value, fig.direction, fig.unit, fig.qualifier) == (-230, "down", "件", "exact")


# --------------------------------------------------------------------------- hybrid merge


def test_hybrid_marks_agreement_as_both_and_keeps_summaries():
    answers = {"化解行政争议": {"summary": "本节讲复议和应诉。", "figures": [
        fig_item("依法受理41件", 41, key="reconsideration.accepted"),
    ]}}
    result = run(build_engine("hybrid", config(), client=FakeClient(answers)))
    accepted = [f for f in result.figures if f.key == "reconsideration.accepted"]
    assert [f.source for f in accepted] == ["both"]
    assert result.summaries["s1"] == "本节讲复议和应诉。"
    assert result.summaries["s2"]  # sections the model said nothing about keep the rules' summary
    rules = RulesEngine().extract(document(), outline(REPORT).sections)
    assert len(result.figures) == len(rules.figures)


def test_disagreement_keeps_rules_figure_with_warning():
    # the rules keyed 17 as the case count and saw the next number with no key; the model
    # calls that number the case count: a plausible misreading, so it is reported, not kept
    rules = [rules_fig("区政府作为被告的行政应诉案件17件", 17, "件", "litigation.cases"),
             rules_fig("作为被告的行政应诉案件17件，败诉2件", 2, "件", None)]
    misread = rules_fig("区政府作为被告的行政应诉案件17件，败诉2件", 2, "件", "litigation.cases")
    merged, warnings = merge_figures(rules, [misread.model_copy(update={"source": "llm"})], REPORT,
                                     outline(REPORT).sections)
    assert [(f.key, f.value, f.source) for f in merged] == [("litigation.cases", 17, "rules"), (None, 2, "rules")]
    assert len(warnings) == 1 and "17件" in warnings[0] and "败诉2件" in warnings[0]
    # an implausible guess (no cue for the key near its number) changes nothing, silently
    guess = rules_fig("依法受理41件", 41, "件", None)
    merged, warnings = merge_figures([*rules, guess], [guess.model_copy(update={"key": "litigation.cases"})],
                                     REPORT, outline(REPORT).sections)
    assert warnings == [] and merged[-1].key is None


def test_llm_only_figure_with_wrong_kind_is_demoted():
    # the rules saw the number with no key and read it as a change; the model calls it the year's count
    rules = [rules_fig("各类矛盾纠纷较上年减少230件", -230, "件", None, kind="change")]
    llm = [rules_fig("各类矛盾纠纷较上年减少230件", 230, "件", "mediation.disputes").model_copy(update={"source": "llm"})]
    merged, warnings = merge_figures(rules, llm, REPORT, outline(REPORT).sections)
    assert [f.key for f in merged] == [None]
    assert warnings == []


def test_llm_only_figure_is_promoted_only_when_kind_unit_and_cue_agree():
    sections = outline(REPORT).sections
    rules = [rules_fig("全年各类矛盾纠纷调处完毕560件", 560, "件", None),
             rules_fig("全区设立公共法律服务站点36个", 36, "个", None)]
    llm = [f.model_copy(update={"source": "llm"}) for f in (
        rules_fig("全年各类矛盾纠纷调处完毕560件", 560, "件", "mediation.disputes"),
        rules_fig("全区设立公共法律服务站点36个", 36, "个", "legal_aid.cases"),  # no 法律援助 near the number
    )]
    merged, _ = merge_figures(rules, llm, REPORT, sections)
    by_value = {f.value: f for f in merged}
    assert (by_value[560].key, by_value[560].source) == ("mediation.disputes", "llm")
    assert by_value[36].key is None and by_value[36].source == "rules"
    assert len(merged) == 2


def test_llm_figure_the_rules_do_not_count_is_not_added():
    rules = [rules_fig("依法受理41件", 41, "件", "reconsideration.accepted")]
    no_twin = [rules_fig("区政府作为被告", 0, "件", "litigation.lost", kind="zero_claim"),  # no zero claim here
               rules_fig("某区人民政府2031", 2031, "件", "litigation.cases")]                # a year, not a count
    merged, _ = merge_figures(rules, [f.model_copy(update={"source": "llm"}) for f in no_twin], REPORT,
                              outline(REPORT).sections)
    assert merged == rules


def test_hybrid_never_adds_an_ungrounded_or_unkeyed_indicator_end_to_end():
    answers = {"化解行政争议": {"summary": "", "figures": [
        fig_item("主持召开专题会议研究法治工作4次", 4, unit="次", key="legal_education.events"),  # other section: rejected
        fig_item("审结39件", 39, key="litigation.lost"),                                # rules keyed it otherwise
    ]}}
    engine = build_engine("hybrid", config(), client=FakeClient(answers))
    hybrid = summarize_document(document(), engine)
    rules = summarize_document(document(), RulesEngine())
    assert [(f.key, f.value) for f in hybrid.indicators] == [(f.key, f.value) for f in rules.indicators]
    assert hybrid.usage.rejected_figures == 1


# --------------------------------------------------------------------------- fallback


def test_failed_section_falls_back_to_rules_for_that_section():
    answers = {"化解行政争议": {"summary": "复议和应诉。", "figures": [fig_item("依法受理41件", 41)]}}
    invalid = SchemaError("the model never gave a valid answer after 1 answer(s)")
    client = FakeClient(answers, fail_on="存在的不足", error=invalid)
    result = run(LLMEngine(config(), client))
    assert result.usage.fallback_sections == ["s2"]  # an invalid answer is not an endpoint outage
    assert any("s2" in w and "rules" in w for w in result.warnings)
    rules = RulesEngine().extract(document(), outline(REPORT).sections)
    s2 = outline(REPORT).sections[4]
    assert s2.id == "s2"
    expected = [f for f in rules.figures if s2.span[0] <= f.span[0] < s2.span[1]]
    assert [f for f in result.figures if f.source == "rules"] == expected
    assert result.summaries["s2"] == rules.summaries["s2"]
    assert result.usage.calls == len(client.calls)


def test_endpoint_down_spares_later_sections_the_wait():
    client = FakeClient(fail_on="原文")  # every call fails
    result = run(LLMEngine(config(concurrency=1), client))
    assert len(client.calls) == 1
    assert len(result.warnings) == 1 and "cannot reach" in result.warnings[0]
    chunks = plan_chunks(REPORT, outline(REPORT).sections)
    assert result.usage.fallback_sections == [i for c in chunks for i in c.section_ids]
    rules = RulesEngine().extract(document(), outline(REPORT).sections)
    assert sorted(f.span for f in result.figures) == sorted(f.span for f in rules.figures)


def test_strict_reraises_endpoint_error():
    client = FakeClient(fail_on="存在的不足")
    with pytest.raises(EndpointError):
        run(LLMEngine(config(strict=True), client))


def test_usage_sums_calls_cached_calls_and_tokens():
    client = FakeClient(cached=True)
    result = run(LLMEngine(config(), client))
    n = len(client.calls)
    assert n == len(plan_chunks(REPORT, outline(REPORT).sections)) > 1
    assert (result.usage.calls, result.usage.cached_calls, result.usage.prompt_tokens) == (n, n, 100 * n)


# --------------------------------------------------------------------------- prompts and chunks


def test_prompt_version_changes_with_the_prompt_text(tmp_path, monkeypatch):
    (tmp_path / "section_reading.md").write_text("读这一节。\n{{INDICATORS}}\n", encoding="utf-8")
    (tmp_path / "outline_reading.md").write_text("读目录。\n", encoding="utf-8")
    monkeypatch.setenv("FGQA_PROMPTS_DIR", str(tmp_path))
    first = section_prompt()
    assert "litigation.loss_rate" in first.text and "{{INDICATORS}}" not in first.text
    (tmp_path / "section_reading.md").write_text("仔细读这一节。\n{{INDICATORS}}\n", encoding="utf-8")
    second = section_prompt()
    assert first.version != second.version and second.version.startswith("section_reading.md:")
    assert prompt_version("a.md", "x") == prompt_version("a.md", "x") != prompt_version("a.md", "y")
    client = FakeClient()
    run(LLMEngine(config(), client, prompt=second))
    assert {v for _, v in client.calls} == {second.version}


def test_the_shipped_prompt_loads_with_the_taxonomy():
    prompt = section_prompt()
    assert "reconsideration.correction_rate" in prompt.text and "zero_claim" in prompt.text


def test_long_sections_are_split_on_sentences_with_heading_context():
    sentence = "全年开展执法检查并督促整改问题若干项。"
    text = "一、主要举措和成效\n" + sentence * 200 + "\n二、存在的不足\n" + "基层力量仍然薄弱。" * 3 + "\n"
    chunks = plan_chunks(text, outline(text).sections)
    pieces = [c for c in chunks if c.piece]
    assert len(pieces) >= 3
    assert all(c.window[1] - c.window[0] <= 1500 for c in pieces)
    assert all(text[c.window[0]:c.window[1]].startswith(("一、", "全年")) for c in pieces)
    assert all(c.heading_path == "一、主要举措和成效" for c in pieces)
    assert pieces[0].window[0] == 0 and pieces[-1].window[1] == outline(text).sections[0].span[1]


def test_tiny_sibling_sections_are_batched():
    text = "一、主要举措和成效\n（一）甲项工作\n开展专项检查一次。\n（二）乙项工作\n完成制度修订工作。\n二、存在的不足\n基层执法力量仍然比较薄弱。\n"
    chunks = plan_chunks(text, outline(text).sections)
    assert chunks[0].section_ids == ("s1", "s1.1", "s1.2") and not chunks[0].batched
    assert chunks[1].section_ids == ("s2",)


# --------------------------------------------------------------------------- retrieval


def test_bigrams_and_related_sections():
    assert bigrams("行政复议 2031年") == ["行政", "政复", "复议", "2031", "年"]
    doc = document()
    summary = helpers.summary_of(doc)
    top = related_sections("普法宣传搞了哪些活动", summary, doc.text, k=2)
    assert top and top[0].id == "s1.2"
    assert related_sections("量子计算", summary, doc.text) == []


def test_reading_round_trips_through_the_response_cache(tmp_path):
    from fgqa.llm.cache import ResponseCache

    assert "rejected" not in SectionReading.model_json_schema()["properties"]  # never asked of the model
    context = {"text": REPORT, "window": (0, len(REPORT)), "max_reasks": 0}
    reading = SectionReading.model_validate(
        {"summary": "s", "figures": [fig_item("依法受理41件", 41), fig_item("审结38件", 38)]}, context=context)
    with ResponseCache(tmp_path) as cache:
        cache.set("k", reading)
        again, _ = cache.get("k", SectionReading, context={**context, "max_reasks": 2})
    assert again == reading and len(again.rejected) == 1
