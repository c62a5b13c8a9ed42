"""Fault drills: the llm engine reads one fixture report against tests/fault_server.py
misbehaving on purpose (429 with Retry-After, 500, a hang past the timeout, a malformed
body, schema-violating and ungrounded answers), and no figure is lost or invented:

- transient faults → the figures are exactly those of a clean run against the same
  server answering well (retries and re-asks absorbed the faults);
- faults that do not go away → `usage.fallback_sections` names exactly the sections
  that fell back, those sections carry the rules engine's figures, and every other
  section carries exactly the clean run's figures.

The well-behaved answer is computed from the request: it quotes the first counted
number of the section text it was sent, so a clean run has real, grounded figures.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from fault_server import Behaviour, FaultServer, completion_body, hang, malformed, ok, rate_limited, server_error
from fgqa.documents import load_document
from fgqa.engines.base import EngineResult
from fgqa.engines.llm import Chunk, LLMEngine, plan_chunks
from fgqa.errors import EndpointError
from fgqa.llm.client import LLMClient
from fgqa.llm.config import LLMConfig
from fgqa.llm.retries import RetryPolicy
from fgqa.models import Document, Section
from fgqa.pipeline import summarize_document
from fgqa.sections import outline

REPORT = Path(__file__).resolve().parents[1] / "evals" / "corpus" / "d_department_traditional.txt"
COUNTED = re.compile(r"(\d+(?:\.\d+)?)(件|人次|人|次|个|份|场|家|条|%)")
CLAUSE_BREAK = "，,。；;：:\n"
#: a well-behaved model calls a goal a target (the engine rejects a kind its words contradict)
GOAL = re.compile(r"力争|确保|目标|控制在")


def grounded_answer() -> Behaviour:
    """200 with a reading of the section it was sent: a summary and its first counted number."""

    def respond(server: FaultServer, handler: Any, request: dict[str, Any]) -> None:
        user = next(m["content"] for m in request["messages"] if m["role"] == "user")
        body = user.split("原文：\n", 1)[-1]
        figures = []
        summary = "本节没有统计数字。"
        match = COUNTED.search(body)
        if match:
            start = max(body.rfind(ch, 0, match.start()) for ch in CLAUSE_BREAK) + 1
            quote = body[start:match.end()]
            kind = "target" if GOAL.search(quote) or "打算" in user.split("原文：", 1)[0] else "stated"
            figures.append({"quote": quote, "value": float(match.group(1)),
                            "unit": match.group(2), "kind": kind, "key": None, "label": "", "scope": None})
            summary = f"本节写到{quote}。"
        reading = {"summary": summary, "key_points": [], "figures": figures}
        payload = completion_body(request, json.dumps(reading, ensure_ascii=False), 50, 20)
        data = json.dumps(payload, ensure_ascii=False).encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    return Behaviour("grounded", respond)


def missing_summary() -> Behaviour:
    return ok({"key_points": ["要点"], "figures": "很多"})  # no summary, figures not a list


def ungrounded() -> Behaviour:
    return ok({"summary": "概述", "figures": [{"quote": "全年办理各类案件999件", "value": 999, "unit": "件"}]})


@pytest.fixture(scope="module")
def document() -> tuple[Document, list[Section], list[Chunk]]:
    doc = load_document(REPORT)
    sections = outline(doc.text).sections
    return doc, sections, plan_chunks(doc.text, sections)


def engine_for(server: FaultServer, *, max_reasks: int = 1, max_retries: int = 3,
               cache_dir: Path | None = None) -> LLMEngine:
    config = LLMConfig(base_url=server.base_url, model="fault-model", mode="tools", max_reasks=max_reasks,
                       max_retries=max_retries, timeout=0.5, concurrency=1, use_cache=cache_dir is not None,
                       cache_dir=cache_dir or Path("cache"))
    policy = RetryPolicy(max_retries=max_retries, total_timeout=20, initial_wait=0.01, max_wait=0.05, jitter=0)
    return LLMEngine(config, client=LLMClient(config, policy=policy))


def read(server: FaultServer, document: tuple, **engine_options: Any) -> EngineResult:
    doc, sections, _ = document
    return engine_for(server, **engine_options).extract(doc, sections)


def figure_set(figures: list) -> set[tuple]:
    return {(f.key, f.value, f.unit, f.kind, tuple(f.span), f.quote, f.source) for f in figures}


@pytest.fixture(scope="module")
def clean(document: tuple) -> EngineResult:
    with FaultServer(then=grounded_answer()) as server:
        result = read(server, document)
        # one call per chunk and the outline call (the report has no shortcomings part), nothing retried
        assert len(server.chat_requests) == len(document[2]) + 1
    return result


def test_clean_run_has_grounded_llm_figures(clean: EngineResult, document: tuple) -> None:
    doc, _, chunks = document
    assert clean.usage.fallback_sections == [] and clean.usage.calls == len(chunks) + 1
    assert len(clean.figures) >= len(chunks) - 1 and all(f.source == "llm" for f in clean.figures)
    assert all(doc.text[f.span[0]:f.span[1]] == f.quote for f in clean.figures)


def test_transient_faults_lose_and_invent_nothing(clean: EngineResult, document: tuple) -> None:
    script = [
        rate_limited(0.2), grounded_answer(),      # chunk 1: 429 with Retry-After, then an answer
        server_error(500), grounded_answer(),      # chunk 2: 500, then an answer
        hang(3), grounded_answer(),                # chunk 3: no answer within the timeout, then one
        malformed(), grounded_answer(),            # chunk 4: a truncated body, then an answer
        missing_summary(), grounded_answer(),      # chunk 5: fails the schema, re-asked
    ]
    with FaultServer(script, then=grounded_answer()) as server:
        result = read(server, document)
        requests = server.chat_requests
    assert result.usage.fallback_sections == []
    assert figure_set(result.figures) == figure_set(clean.figures)
    assert result.summaries == clean.summaries
    assert len(requests) == 11  # the five chunks twice, then the outline call
    assert requests[1].at - requests[0].at >= 0.2  # Retry-After was honoured
    reask = json.dumps(requests[9].body, ensure_ascii=False)
    assert "summary" in reask and "500" not in reask and "upstream model crashed" not in reask
    assert result.usage.calls == clean.usage.calls  # a retry or a re-ask is not another call


def test_lasting_faults_fall_back_to_rules_for_exactly_those_sections(clean: EngineResult, document: tuple) -> None:
    doc, sections, chunks = document
    # chunk 2: answers that never validate (wrong shape, then an invented quote) → that section falls back;
    # chunk 4 onwards: the endpoint keeps failing → those sections fall back without more waiting
    script = [grounded_answer(), missing_summary(), ungrounded(), grounded_answer()]
    with FaultServer(script, then=server_error(503)) as server:
        result = read(server, document, max_reasks=1, max_retries=1)
    failed = [chunks[1], *chunks[3:]]
    expected_fallback = [sid for c in failed for sid in c.section_ids]
    assert result.usage.fallback_sections == expected_fallback

    rules = engine_for(FaultServer()).rules.extract(doc, sections)
    in_failed = lambda f: any(c.window[0] <= f.span[0] < c.window[1] for c in failed)  # noqa: E731
    expected = [f for f in clean.figures if not in_failed(f)] + [f for f in rules.figures if in_failed(f)]
    assert figure_set(result.figures) == figure_set(expected)
    assert any(f.source == "rules" for f in result.figures)
    warned = " ".join(w for w in result.warnings if "rules" in w)
    assert all(c.section_ids[0] in warned for c in failed)  # the run says which sections fell back


def test_fallbacks_are_reported_in_the_summary_usage(document: tuple) -> None:
    doc, _, chunks = document
    with FaultServer(then=server_error(500)) as server:
        summary = summarize_document(doc, engine_for(server, max_retries=1))
    assert summary.usage.fallback_sections == [sid for c in chunks for sid in c.section_ids]
    assert any(chunks[0].section_ids[0] in w and "rules" in w for w in summary.warnings)
    assert summary.indicators  # the rules engine's figures stand in: nothing is lost


# --------------------------------------------------------------------------- model-written words


def inventing_summary() -> Behaviour:
    """A reading whose summary restates the section's first counted number, then invents two."""

    def respond(server: FaultServer, handler: Any, request: dict[str, Any]) -> None:
        user = next(m["content"] for m in request["messages"] if m["role"] == "user")
        body = user.split("原文：\n", 1)[-1]
        match = COUNTED.search(body)
        said = f"本节写到{match.group()}。" if match else "本节讲工作。"
        reading = {"summary": said + "败诉率为0.1%，办理行政复议案件999件。", "key_points": [], "figures": []}
        payload = json.dumps(completion_body(request, json.dumps(reading, ensure_ascii=False), 5, 5), ensure_ascii=False)
        data = payload.encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    return Behaviour("inventing-summary", respond)


def test_a_summary_sentence_with_an_invented_number_is_dropped_and_counted(document: tuple) -> None:
    doc, _, chunks = document
    with FaultServer(then=inventing_summary()) as server:
        summary = summarize_document(doc, engine_for(server))
    own = [c for c in chunks if not c.batched]
    assert summary.usage.rejected_text == len(own)  # one invented sentence per summarized chunk
    out = summary.model_dump_json()
    assert "999件" not in out and "0.1%" not in out
    first = next(s for s in summary.sections if s.id == own[1].section_ids[0])
    assert first.summary.startswith("本节写到") and first.summary.endswith("。")  # the grounded sentence stays


def _answer_with(reply: dict[str, Any], question: str) -> tuple[Any, Any]:
    from fgqa.answers import answer_question
    from fgqa.engines.rules import RulesEngine
    from fgqa.models import Usage

    doc = load_document(REPORT)
    rules_summary = summarize_document(doc, RulesEngine())
    usage = Usage()
    with FaultServer(then=ok(reply)) as server:
        client = engine_for(server).client
        answer = answer_question(question, rules_summary, doc.text, client=client, usage=usage)
        assert len(server.chat_requests) == 1  # the model was asked
    return answer, usage


QUESTION = "法治宣传教育有哪些做法?"
CITED = "开展普法宣传活动640余场,受众23万人次"


def test_an_answer_stating_a_number_its_citations_do_not_is_not_shown() -> None:
    answer, usage = _answer_with({"answer": "开展普法宣传活动999场。", "quotes": [CITED]}, QUESTION)
    assert answer.answer_type == "cannot_answer" and "999" not in answer.model_dump_json()
    assert usage.rejected_text == 1 and usage.calls == 1


def test_an_answer_keeps_only_the_points_its_citations_support() -> None:
    reply = {"answer": "开展普法宣传活动640余场。", "points": ["受众23万人次", "培育法律明白人5000名"], "quotes": [CITED]}
    answer, usage = _answer_with(reply, QUESTION)
    assert answer.answer_type == "text" and answer.text == "开展普法宣传活动640余场。"
    assert answer.points == ["受众23万人次"] and usage.rejected_text == 1
    assert [c.quote for c in answer.citations] == [CITED]


def test_an_answer_citing_a_verbatim_but_unrelated_sentence_is_not_shown() -> None:
    answer, _ = _answer_with({"answer": "做法很多。", "quotes": ["一、主要工作举措与取得成效"]}, QUESTION)
    assert answer.answer_type == "cannot_answer"


def test_a_figure_whose_kind_or_sign_its_words_contradict_is_rejected(document: tuple) -> None:
    doc, sections, chunks = document
    reading = {"summary": "概述", "figures": [
        {"quote": "受理331件", "value": -331, "unit": "件", "kind": "change"},            # a count, not a change
        {"quote": "调解成功率98.7%", "value": 98.7, "unit": "%", "kind": "target"},       # no goal words
        {"quote": "力争全市行政诉讼败诉率控制在6%", "value": 6, "unit": "%", "kind": "stated"},  # a goal
        {"quote": "受理331件", "value": -331, "unit": "件", "kind": "stated"},            # only a change is signed
        {"quote": "审结306件", "value": 306, "unit": "件", "kind": "stated"},             # right: kept
    ]}
    with FaultServer(then=ok(reading)) as server:
        result = engine_for(server, max_reasks=0).extract(doc, sections)
    llm = [f for f in result.figures if f.source == "llm"]
    assert sorted({(f.quote, f.value, f.kind) for f in llm}) == [("审结306件", 306, "stated")]
    # the five items in each of the report's chunks whose text holds them
    holding = [c for c in chunks if c.window[0] <= doc.text.index("受理331件") < c.window[1]]
    assert len(holding) == 1 and result.usage.rejected_figures >= 4


# --------------------------------------------------------------------------- the cache folder is not trusted
# (the endpoint's URL is part of every cache key: one server serves both runs of a test)


def _cached_run(document: tuple, cache_dir: Path, server: FaultServer) -> tuple[EngineResult, list[str], int]:
    """One run with the cache: its result, its run warnings and the requests it made."""
    doc, sections, _ = document
    before = len(server.chat_requests)
    engine = engine_for(server, cache_dir=cache_dir)
    result = engine.extract(doc, sections)
    warnings = engine.client.warnings()
    engine.client.close()
    return result, warnings, len(server.chat_requests) - before


def _rows(cache_dir: Path) -> list[tuple[int, str]]:
    with sqlite3.connect(cache_dir / "cache.db") as db:
        return db.execute("SELECT rowid, value FROM Cache ORDER BY rowid").fetchall()


def test_a_warm_cache_makes_no_request(document: tuple, tmp_path: Path) -> None:
    with FaultServer(then=grounded_answer()) as server:
        first, _, requests = _cached_run(document, tmp_path / "cache", server)
        second, warnings, again = _cached_run(document, tmp_path / "cache", server)
    assert requests == len(document[2]) + 1 and again == 0 and warnings == []
    assert figure_set(second.figures) == figure_set(first.figures) and second.summaries == first.summaries


def test_a_cache_row_naming_a_file_is_dropped_and_the_file_never_read_or_deleted(document: tuple, tmp_path: Path) -> None:
    import diskcache

    from fgqa.llm.cache import ResponseCache

    cache_dir = tmp_path / "cache"
    victim = tmp_path / "victim.txt"
    victim.write_text("not the cache's")
    with FaultServer(then=grounded_answer()) as server:
        first, _, _ = _cached_run(document, cache_dir, server)
        rows = _rows(cache_dir)
        with sqlite3.connect(cache_dir / "cache.db") as db:  # what someone who can write the folder could plant
            db.execute("UPDATE Cache SET mode = ?, filename = ?, value = NULL WHERE rowid = ?",
                       (diskcache.core.MODE_TEXT, "../victim.txt", rows[0][0]))
            db.execute("UPDATE Cache SET mode = ?, filename = ?, value = NULL WHERE rowid = ?",
                       (diskcache.core.MODE_BINARY, "/dev/zero", rows[1][0]))
        second, _, requests = _cached_run(document, cache_dir, server)
    assert requests == 2  # the two planted rows were refused: asked again
    assert figure_set(second.figures) == figure_set(first.figures)
    with sqlite3.connect(cache_dir / "cache.db") as db:
        assert db.execute("SELECT count(*) FROM Cache WHERE filename IS NOT NULL").fetchone() == (0,)
        # plant it again, then `fgqa cache clear`
        db.execute("UPDATE Cache SET mode = ?, filename = ? WHERE rowid = (SELECT min(rowid) FROM Cache)",
                   (diskcache.core.MODE_TEXT, "../victim.txt"))
    with ResponseCache(cache_dir) as cache:
        assert cache.clear() == len(rows)
    assert victim.read_text() == "not the cache's"


def test_a_large_value_is_kept_inline_never_in_a_file(tmp_path: Path) -> None:
    from pydantic import BaseModel

    from fgqa.llm.cache import MAX_VALUE_CHARS, ResponseCache

    class Big(BaseModel):
        text: str

    with ResponseCache(tmp_path / "c") as cache:
        cache.set("big", Big(text="法" * 100_000))  # diskcache writes anything over 32 KB to a file
        cache.set("huge", Big(text="x" * (MAX_VALUE_CHARS + 1)))  # over the bound: not cached at all
        assert cache.get("big", Big)[0].text == "法" * 100_000 and cache.get("huge", Big) is None
    assert [p.name for p in (tmp_path / "c").rglob("*") if p.is_file() and not p.name.startswith("cache.db")] == []


def _poison(cache_dir: Path, change: Any) -> None:
    with sqlite3.connect(cache_dir / "cache.db") as db:
        for rowid, value in _rows(cache_dir):
            entry = json.loads(value)
            if entry["model"] == "SectionReading":
                change(entry["obj"])
                db.execute("UPDATE Cache SET value = ? WHERE rowid = ?", (json.dumps(entry, ensure_ascii=False), rowid))


def test_a_poisoned_cached_summary_is_regrounded_on_read(document: tuple, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    doc = document[0]
    with FaultServer(then=grounded_answer()) as server:
        _cached_run(document, cache_dir, server)
        _poison(cache_dir, lambda obj: obj.update(summary="本节写到工作。败诉率为0.1%，办理行政复议案件999件。"))
        summary = summarize_document(doc, engine_for(server, cache_dir=cache_dir))
        before = len(server.chat_requests)
    assert before == len(document[2]) + 1  # the second run was served from the cache
    out = summary.model_dump_json()
    assert "999" not in out and "0.1%" not in out and "本节写到工作。" in out
    assert summary.usage.rejected_text == sum(not c.batched for c in document[2])


def test_a_poisoned_cached_figure_makes_the_entry_a_miss(document: tuple, clean: EngineResult, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    invented = {"quote": "全年办理各类案件999件", "value": 999, "unit": "件", "kind": "stated"}
    with FaultServer(then=grounded_answer()) as server:
        _cached_run(document, cache_dir, server)
        _poison(cache_dir, lambda obj: obj["figures"].append(invented))
        result, _, requests = _cached_run(document, cache_dir, server)
    assert requests == len(document[2])  # every section reading was refused and asked again
    assert figure_set(result.figures) == figure_set(clean.figures)


def test_a_corrupt_cache_means_a_run_without_the_cache(document: tuple, clean: EngineResult, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    (cache_dir / "cache.db").write_bytes(b"not a database" * 100)
    with FaultServer(then=grounded_answer()) as server:
        result, warnings, requests = _cached_run(document, cache_dir, server)
    assert figure_set(result.figures) == figure_set(clean.figures) and requests == len(document[2]) + 1
    assert len(warnings) == 1 and "not a database" in warnings[0] and "running without the cache" in warnings[0]
    assert (cache_dir / "cache.db").read_bytes() == b"not a database" * 100  # never "repaired" over


def test_a_read_only_cache_means_a_run_without_the_cache(document: tuple, clean: EngineResult, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    cache_dir = tmp_path / "cache"
    connect = sqlite3.connect

    def read_only(database: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        # what a read-only mount gives (root ignores file modes, so chmod cannot show it)
        kwargs.pop("uri", None)
        path = str(database).removeprefix("file:").split("?")[0]
        return connect(f"file:{path}?mode=ro", *args, uri=True, **kwargs)  # type: ignore[arg-type]

    with FaultServer(then=grounded_answer()) as server:
        _cached_run(document, cache_dir, server)
        monkeypatch.setattr(sqlite3, "connect", read_only)
        result, warnings, _ = _cached_run(document, cache_dir, server)
    assert figure_set(result.figures) == figure_set(clean.figures)
    assert len(warnings) == 1 and "readonly" in warnings[0] and "running without the cache" in warnings[0]


def test_a_locked_cache_costs_seconds_and_means_a_run_without_the_cache(document: tuple, clean: EngineResult,
                                                                      tmp_path: Path) -> None:
    import time

    cache_dir = tmp_path / "cache"
    with FaultServer(then=grounded_answer()) as server:
        _cached_run(document, cache_dir, server)
        holder = sqlite3.connect(cache_dir / "cache.db", isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")  # another process holds the database
        try:
            started = time.monotonic()
            result, warnings, _ = _cached_run(document, cache_dir, server)
            assert time.monotonic() - started < 15
        finally:
            holder.execute("ROLLBACK")
            holder.close()
    assert figure_set(result.figures) == figure_set(clean.figures)
    assert len(warnings) == 1 and "locked" in warnings[0]


def test_the_cache_commands_say_why_a_cache_cannot_be_used(tmp_path: Path) -> None:
    import typer
    from typer.testing import CliRunner

    from fgqa.errors import ConfigError
    from fgqa.llm.commands import register

    (tmp_path / "cache.db").write_bytes(b"garbage" * 100)
    app = typer.Typer()
    app.callback()(lambda: None)
    register(app)
    result = CliRunner().invoke(app, ["cache", "stats", "--cache-dir", str(tmp_path)])
    assert isinstance(result.exception, ConfigError) and "not a database" in str(result.exception)


# --------------------------------------------------------------------------- secrets


URL_KEY = "sk-urlplanted0123456789abcdef"
API_KEY = "sk-apiplanted0123456789abcdef"


def _with_credentials(server: FaultServer) -> str:
    return server.base_url.replace("http://", f"http://fgqa:{URL_KEY}@")


def test_a_key_in_the_base_url_is_masked_everywhere(document: tuple, tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import logging

    from typer.testing import CliRunner

    from fgqa.cli import app
    from fgqa.evaluation.cassettes import cassette_path, cassette_session
    from fgqa.evaluation.runs import Provenance
    from fgqa.llm.client import LLMClient
    from fgqa.session import Session

    caplog.set_level(logging.DEBUG)
    seen: list[str] = []
    with FaultServer([server_error(500)], then=grounded_answer()) as server:
        url = _with_credentials(server)
        # `fgqa config`, text and JSON
        env = {"FGQA_BASE_URL": url, "FGQA_MODEL": "fault-model", "FGQA_API_KEY": API_KEY, "FGQA_CONFIG": ""}
        for args in (["config"], ["config", "--json"]):
            shown = CliRunner().invoke(app, args, env=env)
            assert shown.exit_code == 0 and "http://***@127.0.0.1" in shown.output
            seen.append(shown.output)
        # a run recorded into a cassette (request URIs, recorded settings), with a retried 500 on the way
        session = cassette_session(tmp_path / "cass", "t-gold", "llm", record=True)
        config = session.llm_config(LLMConfig(base_url=url, model="fault-model", mode="tools", api_key=API_KEY,
                                              max_reasks=0, timeout=5, cache_dir=tmp_path / "cache"))
        with session, Session("llm", config=config) as run:
            summary = run.summarize(REPORT)
        seen.append(cassette_path(tmp_path / "cass", "t-gold").read_text(encoding="utf-8"))
        seen.append(summary.model_dump_json())
        # a run record's provenance
        seen.append(Provenance(engine="llm", mode="live", base_url=url).model_dump_json())
        # the response cache on disk
        cached = LLMClient(LLMConfig(base_url=url, model="fault-model", mode="tools", api_key=API_KEY,
                                     max_reasks=0, timeout=5, cache_dir=tmp_path / "cache2"))
        doc, sections, _ = document
        LLMEngine(cached.config, client=cached).extract(doc, sections)
        cached.close()
        seen += [p.read_bytes().decode("utf-8", "replace") for p in (tmp_path / "cache2").rglob("*") if p.is_file()]
        # the URL's credentials still reach the endpoint, as HTTP Basic auth (what a proxy asking for them wants)
        import base64

        sent = {k.lower(): v for k, v in server.chat_requests[-1].headers.items()}["authorization"]
        assert sent == "Basic " + base64.b64encode(f"fgqa:{URL_KEY}".encode()).decode()
    # an error message: the endpoint gone
    gone = LLMConfig(base_url=url, model="fault-model", mode="tools", api_key=API_KEY, max_retries=0,
                     use_cache=False, strict=True)
    with pytest.raises(EndpointError) as err:
        LLMEngine(gone, client=LLMClient(gone)).extract(*document[:2])
    seen.append(str(err.value))
    assert "http://***@127.0.0.1" in str(err.value)
    seen += [r.getMessage() for r in caplog.records]
    for place in seen:
        assert URL_KEY not in place and API_KEY not in place


# --------------------------------------------------------------------------- bounds


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "streamed"])
def test_a_50_mb_response_is_cut_and_the_section_falls_back(document: tuple, declared: bool) -> None:
    import time

    from fault_server import huge
    from fgqa.llm.transport import MAX_RESPONSE_BYTES

    doc, _, chunks = document
    started = time.monotonic()
    with FaultServer([grounded_answer(), huge(50_000_000, declared=declared)], then=grounded_answer()) as server:
        summary = summarize_document(doc, engine_for(server))
        requests = len(server.chat_requests)
    assert time.monotonic() - started < 20
    assert requests == 2  # never retried; the endpoint misbehaves, so the rest fall back at once
    assert summary.usage.fallback_sections == [sid for c in chunks[1:] for sid in c.section_ids]
    warned = " ".join(summary.warnings)
    assert f"over {MAX_RESPONSE_BYTES} bytes" in warned
    assert len(summary.model_dump_json()) < 200_000  # the output is the report's, not the answer's


def test_figures_per_answer_are_bounded(document: tuple) -> None:
    from fgqa.engines.llm_models import MAX_FIGURES_PER_CALL

    doc, sections, chunks = document
    many = [{"quote": "审结306件", "value": 306, "unit": "件"}] * (MAX_FIGURES_PER_CALL + 500)
    with FaultServer(then=ok({"summary": "概述", "figures": many})) as server:
        result = engine_for(server, max_reasks=0).extract(doc, sections)
    # every answer: the figures past MAX_FIGURES_PER_CALL refused unread; the chunk holding the quote keeps it
    # once (the same figure repeated is one figure), the other chunks refuse every item as not theirs
    assert result.usage.rejected_figures == (len(chunks) - 1) * (MAX_FIGURES_PER_CALL + 500) + 500
    assert sum(f.source == "llm" for f in result.figures) == 1


def test_a_long_model_summary_is_cut_after_a_sentence(document: tuple) -> None:
    from fgqa.engines.llm import MAX_SUMMARY_CHARS

    doc, sections, _ = document
    with FaultServer(then=ok({"summary": "本节讲法治建设工作。" * 300, "figures": []})) as server:
        result = engine_for(server).extract(doc, sections)
    llm_summaries = [v for k, v in result.summaries.items() if v.startswith("本节讲")]
    assert llm_summaries and all(len(s) <= MAX_SUMMARY_CHARS and s.endswith("。") for s in llm_summaries)


# --------------------------------------------------------------------------- the CLI's one fallback policy
# summarize, ask and eval over several files, as a user runs them (a subprocess each), against
# a closed port, a server answering 500, one answering outside the schema and one that hangs:
# exit 0 with the rules engine's result and exactly one warning naming what fell back;
# --strict makes it exit 2 with one line.

CORPUS = REPORT.parent
FILES = [CORPUS / "a_city_plain.txt", CORPUS / "d_department_traditional.txt", CORPUS / "j_township_plain.txt"]
GOLD = REPORT.parents[1] / "gold"


def closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # nobody listens once it is closed


def fgqa_cli(args: list[str], tmp_path: Path, base_url: str | None = None, **env: str) -> Any:
    import os
    import subprocess
    import sys

    clean = {k: v for k, v in os.environ.items() if not k.startswith("FGQA_")}
    clean.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"), FGQA_CACHE_DIR=str(tmp_path / "cache"))
    if base_url is not None:
        clean.update(FGQA_BASE_URL=base_url, FGQA_MODEL="fault-model", FGQA_MODE="tools", FGQA_MAX_RETRIES="1",
                     FGQA_MAX_REASKS="0", FGQA_TIMEOUT="1")
    clean.update(env)
    return subprocess.run([sys.executable, "-m", "fgqa.cli", *args], env=clean, capture_output=True, text=True,
                          timeout=180, cwd=tmp_path)


def small_gold(tmp_path: Path) -> tuple[Path, Path]:
    """Two fixture reports with their gold figures and questions, as a gold set of its own."""
    import shutil

    gold, corpus = tmp_path / "gold", tmp_path / "corpus"
    gold.mkdir(exist_ok=True)
    corpus.mkdir(exist_ok=True)
    names = ["a_city_plain", "d_department_traditional"]
    for name in names:
        shutil.copy(GOLD / f"{name}.gold.json", gold)
        shutil.copy(CORPUS / f"{name}.txt", corpus)
    lines = [line for line in (GOLD / "questions.jsonl").read_text(encoding="utf-8").splitlines()
             if json.loads(line)["doc"] in {f"{n}.txt" for n in names}]
    (gold / "questions.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold, corpus


def _command(kind: str, tmp_path: Path) -> list[str]:
    if kind == "summarize":
        return ["summarize", str(FILES[1]), "--format", "json"]
    if kind == "ask":
        return ["ask", "败诉率是多少", *map(str, FILES), "--format", "json"]
    gold, corpus = small_gold(tmp_path)
    return ["eval", "--gold", str(gold), "--corpus", str(corpus), "--no-save", "--format", "json"]


def _comparable(kind: str, out: str) -> Any:
    data = json.loads(out)
    if kind == "summarize":
        return data["indicators"], [(s["id"], s["figures"], s["summary"]) for s in data["sections"]]
    if kind == "ask":
        return data["answers"]
    return data["scores"], data["outcomes"]


FAULTS = {
    "closed-port": lambda: None,
    "500": lambda: FaultServer(then=server_error(500)),
    "schema": lambda: FaultServer(then=missing_summary()),
    "hang": lambda: FaultServer(then=hang(20)),
}


_RULES_OUTPUT: dict[str, Any] = {}


def _rules_output(kind: str, tmp_path: Path) -> Any:
    """The rules engine's output for the command (computed once per kind)."""
    if kind not in _RULES_OUTPUT:
        rules = fgqa_cli([*_command(kind, tmp_path), "--engine", "rules"], tmp_path)
        assert rules.returncode == 0, rules.stderr
        _RULES_OUTPUT[kind] = _comparable(kind, rules.stdout)
    return _RULES_OUTPUT[kind]


@pytest.mark.parametrize("kind", ["summarize", "ask", "eval"])
@pytest.mark.parametrize("fault", list(FAULTS))
def test_every_command_falls_back_to_the_rules_with_one_warning(kind: str, fault: str, tmp_path: Path) -> None:
    expected = _rules_output(kind, tmp_path)
    server = FAULTS[fault]()
    with server if server is not None else contextlib.nullcontext():
        url = server.base_url if server is not None else f"http://127.0.0.1:{closed_port()}/v1"
        command = _command(kind, tmp_path)
        llm = fgqa_cli([*command, "--engine", "llm"], tmp_path, url)
        # --strict once per fault (the same policy serves every command)
        strict = fgqa_cli([*command, "--engine", "llm", "--strict"], tmp_path, url) if kind == "summarize" else None
    assert llm.returncode == 0, llm.stderr
    assert _comparable(kind, llm.stdout) == expected
    warned = [line for line in llm.stderr.splitlines() if line.startswith("fgqa: warning:")]
    assert len(warned) == 1 and "rules engine's result stands in for" in warned[0], llm.stderr
    assert "Traceback" not in llm.stderr and "internal error" not in llm.stderr
    if kind == "ask":
        assert all(f.name in warned[0] for f in FILES) or "3 report(s)" in warned[0]
    if strict is not None:
        assert strict.returncode == 2 and len(strict.stderr.strip().splitlines()) == 1, strict.stderr
        assert strict.stderr.startswith("fgqa: ") and "Traceback" not in strict.stderr


def test_a_closed_port_over_20_reports_costs_seconds_and_one_warning(tmp_path: Path) -> None:
    import shutil
    import time

    reports = tmp_path / "reports"
    reports.mkdir()
    sources = sorted(CORPUS.iterdir())
    for i in range(20):
        source = sources[i % len(sources)]
        shutil.copy(source, reports / f"r{i:02d}_{source.name}")
    files = [str(p) for p in sorted(reports.iterdir())]
    url = f"http://127.0.0.1:{closed_port()}/v1"

    def timed(*args: Any, **env: str) -> tuple[Any, float]:
        started = time.monotonic()
        return fgqa_cli(*args, **env), time.monotonic() - started

    # the best of two runs each: the machine is shared, and the bound is about the code, not the load
    (rules, rules_seconds), (hybrid, hybrid_seconds) = (min((timed(args, tmp_path, *rest, **env) for _ in range(2)),
                                                            key=lambda run: run[1])
                                                        for args, rest, env in [
        (["ask", "败诉率是多少", *files, "--engine", "rules"], (), {}),
        (["ask", "败诉率是多少", *files], (url,), {"FGQA_TIMEOUT": "60", "FGQA_MAX_RETRIES": "4"}),  # the defaults
    ])
    assert rules.returncode == 0 and hybrid.returncode == 0, hybrid.stderr
    assert hybrid.stdout == rules.stdout
    assert hybrid_seconds <= 2 * rules_seconds + 5, (hybrid_seconds, rules_seconds)
    warned = [line for line in hybrid.stderr.splitlines() if line.startswith("fgqa: warning:")]
    assert len(warned) == 1 and "20 report(s)" in warned[0] and "no more calls" in warned[0], hybrid.stderr


def test_a_fallback_warning_names_each_failure_in_one_short_clause() -> None:
    from fgqa.llm.fallback import RunLog

    log = RunLog()
    detail = "the model's answer did not match SectionReading: 1 validation error for SectionReading   Invalid JSON: EOF " + "x" * 500
    for n in range(3):
        log.fell_back(detail.replace("EOF", f"EOF at column {n}"), report=f"r{n}.txt")
    (line,) = log.warnings()
    assert "\n" not in line and "Invalid JSON" not in line and len(line) < 400
    assert line.count("did not match SectionReading") == 1  # one failure kind, said once


def test_an_endpoint_that_accepts_and_never_answers_costs_seconds_not_the_read_timeout(tmp_path: Path) -> None:
    import socket
    import time

    # a port that listens and never accepts: the kernel completes the connections, nobody reads or answers
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
        runs = {}
        for strict in (False, True):
            started = time.monotonic()
            run = fgqa_cli(["summarize", str(FILES[1]), "--format", "json", "--engine", "llm", *(["--strict"] if strict else [])],
                           tmp_path, url, FGQA_TIMEOUT="120", FGQA_ANSWER_TIMEOUT="2")
            runs[strict] = run, time.monotonic() - started
    (fell_back, seconds), (refused, strict_seconds) = runs[False], runs[True]
    assert seconds < 45 and strict_seconds < 45, (seconds, strict_seconds)  # not one read timeout (120 s) per call
    assert fell_back.returncode == 0 and _comparable("summarize", fell_back.stdout) == _rules_output("summarize", tmp_path)
    warned = [line for line in fell_back.stderr.splitlines() if line.startswith("fgqa: warning:")]
    assert len(warned) == 1 and "accepted the connection but answered nothing within 2s" in warned[0], fell_back.stderr
    assert "no more calls were made this run" in warned[0] and "Traceback" not in fell_back.stderr
    assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1, refused.stderr
    assert refused.stderr.startswith("fgqa: ") and "answered nothing within 2s" in refused.stderr
