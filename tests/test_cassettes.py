"""Cassettes: recording and replaying real HTTP (against tests/fault_server.py), what a
cassette may contain, and the checks on the cassettes and run records kept in evals/.

The report below is written for these tests in the genre's style.
"""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path
from typing import Any

import pytest
import yaml

from fault_server import FaultServer, ok, rate_limited
from fgqa.errors import ConfigError
from fgqa.evaluation.cassettes import (
    SETTINGS_KEY,
    ReplayMissError,
    cassette_path,
    cassette_session,
    gold_set_label,
    json_body_matcher,
    read_cassette,
    scrub_request,
    scrub_response,
)
from fgqa.llm.config import LLMConfig
from fgqa.session import Session

ROOT = Path(__file__).resolve().parents[1]
CASSETTES = ROOT / "evals" / "cassettes"
RUNS = ROOT / "evals" / "runs"
KEY = "sk-testkey0123456789abcdef"

REPORT = """某县人民政府2032年法治政府建设年度报告
一、主要举措和成效
（一）健全依法决策机制
全年对县政府38件重大行政决策开展合法性审查，提出修改意见112条，意见采纳率达到96%。
（二）化解行政争议
全年收到行政复议申请57件，受理52件，审结50件；县政府作为被告的行政诉讼案件21件，败诉1件。
二、存在的不足
个别乡镇执法人员业务能力仍需提升，执法案卷评查中发现问题9个。
三、主要负责人履行法治建设第一责任人职责情况
县长主持召开县政府常务会议专题研究法治政府建设工作3次。
四、下一年度工作安排
力争行政机关负责人出庭应诉率保持100%。
"""

ANSWER = {"summary": "本节介绍依法决策和化解行政争议的情况。", "key_points": ["合法性审查"], "figures": []}


class NetworkGuard:
    """Refuses every socket connection and remembers where it was going."""

    def __init__(self) -> None:
        self.attempts: list[Any] = []

    def connect(self, sock: socket.socket, address: Any) -> None:
        self.attempts.append(address)
        raise OSError(f"network blocked in this test: connect to {address}")


def block_network(monkeypatch: pytest.MonkeyPatch) -> NetworkGuard:
    guard = NetworkGuard()
    monkeypatch.setattr(socket.socket, "connect", lambda sock, address: guard.connect(sock, address))
    monkeypatch.setattr(socket.socket, "connect_ex", lambda sock, address: guard.connect(sock, address))
    return guard


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "county_2032.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def base_config(server: FaultServer, **overrides: Any) -> LLMConfig:
    settings: dict[str, Any] = {"base_url": server.base_url, "model": "fault-model", "mode": "tools",
                                "api_key": KEY, "max_reasks": 0, "max_retries": 2, "timeout": 5,
                                "cache_dir": Path("must-not-be-used")}
    return LLMConfig(**{**settings, **overrides})


def summarize_llm(report: Path, config: LLMConfig) -> Any:
    with Session("llm", config=config) as reader:
        return reader.summarize(report)


def record(report: Path, cassettes: Path, server: FaultServer, prune: bool = False, **overrides: Any) -> tuple[Any, Any]:
    session = cassette_session(cassettes, "t-gold", "llm", record=True, prune=prune)
    config = session.llm_config(base_config(server, **overrides))
    with session:
        summary = summarize_llm(report, config)
    return session, summary


def replay(report: Path, cassettes: Path) -> tuple[Any, Any]:
    session = cassette_session(cassettes, "t-gold", "llm", record=False)
    config = session.llm_config(LLMConfig())  # no endpoint configured: the cassette says where
    with session:
        summary = summarize_llm(report, config)
    return session, summary


def figures_of(summary: Any) -> list[tuple]:
    return [(f.key, f.value, f.kind, tuple(f.span), f.source) for s in summary.sections for f in s.figures]


# --------------------------------------------------------------------------- round trip


def test_record_then_replay_reproduces_the_run_without_network(tmp_path: Path, report: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # a stray ./cache would land here, and is checked below
    with FaultServer([rate_limited(0.05)], then=ok(ANSWER)) as server:
        recorded, first = record(report, tmp_path / "cass", server)
        sent = len(server.chat_requests)
    assert recorded.recorded == sent - 1  # the 429 was retried and not recorded
    assert first.usage.calls >= 2 and first.usage.fallback_sections == []

    guard = block_network(monkeypatch)
    stored = cassette_path(tmp_path / "cass", "t-gold").read_bytes()
    replayed, second = replay(report, tmp_path / "cass")
    assert cassette_path(tmp_path / "cass", "t-gold").read_bytes() == stored  # replay never writes
    assert guard.attempts == []
    assert replayed.misses == [] and replayed.plays == first.usage.calls
    assert second.usage.calls == first.usage.calls and second.usage.cached_calls == 0
    assert figures_of(second) == figures_of(first)
    assert [s.summary for s in second.sections] == [s.summary for s in first.sections]
    assert any("依法决策" in s.summary for s in second.sections)  # the answers came from the cassette
    assert not (tmp_path / "must-not-be-used").exists()  # record and replay use a temp cache


def test_cassette_holds_no_key_and_readable_chinese(tmp_path: Path, report: Path) -> None:
    with FaultServer(then=ok(ANSWER)) as server:
        record(report, tmp_path / "cass", server)
        assert {k.lower(): v for k, v in server.chat_requests[0].headers.items()}["authorization"] == f"Bearer {KEY}"
    text = cassette_path(tmp_path / "cass", "t-gold").read_text(encoding="utf-8")
    assert KEY not in text and "sk-" not in text
    assert "authorization" not in text.lower() and "bearer" not in text.lower()
    assert "化解行政争议" in text and "本节介绍依法决策" in text  # request and response bodies, readable
    assert not re.search(r"\\u[0-9a-fA-F]{4}", text)
    data = read_cassette(cassette_path(tmp_path / "cass", "t-gold"))
    assert data["metadata"][SETTINGS_KEY]["model"] == "fault-model"
    assert data["metadata"][SETTINGS_KEY]["mode"] == "tools"
    assert "api_key" not in data["metadata"][SETTINGS_KEY]


def test_replay_config_comes_from_the_cassette_without_retries(tmp_path: Path, report: Path) -> None:
    with FaultServer(then=ok(ANSWER)) as server:
        record(report, tmp_path / "cass", server, max_tokens=77, temperature=0.3)
    session = cassette_session(tmp_path / "cass", "t-gold", "llm")
    config = session.llm_config(LLMConfig(model="something-else", max_tokens=5, max_retries=6, api_key=KEY))
    assert (config.model, config.max_tokens, config.temperature, config.mode) == ("fault-model", 77, 0.3, "tools")
    assert config.max_retries == 0 and config.api_key is None and config.concurrency == 1
    assert config.cache_dir != Path("cache") and config.use_cache
    assert not config.cache_dir.exists()  # named, not created: a session never entered leaves nothing behind
    with session:
        summarize_llm(report, config)
        assert config.cache_dir.is_dir()
    assert not config.cache_dir.exists()  # and one that ran removes its cache on exit


def test_changed_request_fails_replay_with_one_clear_error_and_no_network(
        tmp_path: Path, report: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cassettes = tmp_path / "cass"
    with FaultServer(then=ok(ANSWER)) as server:
        record(report, cassettes, server)
    guard = block_network(monkeypatch)
    report.write_text(REPORT.replace("败诉1件", "败诉1件，另有2件尚未审结"), encoding="utf-8")
    with pytest.raises(ReplayMissError) as err:
        replay(report, cassettes)
    message = str(err.value)
    assert "\n" not in message
    assert "POST /v1/chat/completions" in message and "body sha256 " in message
    assert "section “一、主要举措和成效" in message  # which part of the report asked
    assert str(cassette_path(cassettes, "t-gold")) in message and "record_cassettes.sh" in message
    assert guard.attempts == []


def test_incremental_record_sends_only_new_requests_and_prunes_stale_answers(tmp_path: Path, report: Path) -> None:
    cassettes = tmp_path / "cass"
    with FaultServer(then=ok(ANSWER)) as server:
        record(report, cassettes, server)
        before = len(read_cassette(cassette_path(cassettes, "t-gold"))["interactions"])
        sent_first = len(server.chat_requests)
        # one section changes: only its request reaches the model, its old answer is dropped
        report.write_text(REPORT.replace("败诉1件", "败诉1件，另有2件尚未审结"), encoding="utf-8")
        again, _ = record(report, cassettes, server, prune=True)
        sent_again = len(server.chat_requests) - sent_first
    assert sent_first == before and sent_again == again.recorded == 1
    assert again.plays == before - 1
    kept = read_cassette(cassette_path(cassettes, "t-gold"))["interactions"]
    assert len(kept) == before  # one stale answer out, one new answer in
    bodies = [json.dumps(i["request"]["body"], ensure_ascii=False) for i in kept]
    assert sum("另有2件尚未审结" in b for b in bodies) == 1 and not any("败诉1件。" in b for b in bodies)


def test_missing_cassette_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ReplayMissError, match=r"no cassette for gold set 't-gold' at .*t-gold\.yaml"):
        cassette_session(tmp_path, "t-gold", "hybrid")


def test_recording_refuses_to_mix_settings(tmp_path: Path, report: Path) -> None:
    with FaultServer(then=ok(ANSWER)) as server:
        record(report, tmp_path / "cass", server, max_tokens=100)
        with pytest.raises(ConfigError, match="recorded with max_tokens=100"):
            record(report, tmp_path / "cass", server, max_tokens=200)


# --------------------------------------------------------------------------- pieces


class FakeRequest:
    def __init__(self, body: Any, uri: str = "http://h/v1/chat/completions", method: str = "POST"):
        self.body, self.uri, self.method = body, uri, method


def test_body_matcher_ignores_key_order_and_spacing() -> None:
    a = FakeRequest(b'{"model": "m", "messages": [{"role": "user", "content": "\\u6cd5"}]}')
    b = FakeRequest(json.dumps({"messages": [{"content": "法", "role": "user"}], "model": "m"},
                               ensure_ascii=False, indent=2).encode())
    json_body_matcher(a, b)
    with pytest.raises(AssertionError):
        json_body_matcher(a, FakeRequest(b'{"model": "m2", "messages": []}'))


def test_scrubbing_requests_and_responses() -> None:
    request = scrub_request(FakeRequest(f'{{"note": "Bearer {KEY}", "k": "{KEY}"}}'.encode()))
    assert KEY not in request.body.decode() and "Bearer ***" in request.body.decode()
    for status in (429, 500, 503):
        assert scrub_response({"status": {"code": status}, "headers": {}, "body": {"string": b"{}"}}) is None
    kept = scrub_response({"status": {"code": 200, "message": "OK"},
                           "headers": {"Set-Cookie": ["s=1"], "content-length": ["9"]},
                           "body": {"string": b'{"a": "\\u6cd5"}'}})
    assert kept is not None and "Set-Cookie" not in kept["headers"]
    assert kept["body"]["string"].decode() == '{\n "a": "法"\n}'
    assert kept["headers"]["content-length"] == [str(len(kept["body"]["string"]))]


def test_gold_set_labels_do_not_collide() -> None:
    assert gold_set_label(ROOT / "evals" / "gold") == "evals-gold"
    assert gold_set_label("/work/shared/gold") == "shared-gold"


def test_prompt_and_schema_hashes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from fgqa.evaluation.provenance import prompt_and_schema_hashes, response_models

    prompt, schema = prompt_and_schema_hashes()
    assert re.fullmatch(r"[0-9a-f]{12}", prompt) and re.fullmatch(r"[0-9a-f]{12}", schema)
    assert prompt_and_schema_hashes() == (prompt, schema)
    assert "QuotedAnswer" in {cls.__name__ for cls in response_models()}  # every model the LLM is asked to fill
    for source in (ROOT / "fgqa" / "prompts").iterdir():
        (tmp_path / source.name).write_bytes(source.read_bytes())
    monkeypatch.setenv("FGQA_PROMPTS_DIR", str(tmp_path))
    assert prompt_and_schema_hashes() == (prompt, schema)
    first = sorted(tmp_path.iterdir())[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n补充一句说明。\n", encoding="utf-8")
    assert prompt_and_schema_hashes()[0] != prompt
    assert prompt_and_schema_hashes()[1] == schema


# --------------------------------------------------------------------------- what evals/ keeps


SECRET = re.compile(r"(?i)authorization|bearer|\bsk-[A-Za-z0-9]")


def kept_cassettes() -> list[Path]:
    return sorted(CASSETTES.glob("*.yaml")) if CASSETTES.is_dir() else []


@pytest.mark.skipif(not kept_cassettes(), reason="no cassettes in evals/cassettes: record them with scripts/record_cassettes.sh")
@pytest.mark.parametrize("path", kept_cassettes(), ids=lambda p: p.name)
def test_kept_cassettes_are_clean_readable_yaml(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not SECRET.search(text), f"{path.name}: {SECRET.search(text).group(0)!r}"
    data = yaml.safe_load(text)
    assert data["interactions"], f"{path.name} has no interactions"
    assert data["metadata"][SETTINGS_KEY]["model"]
    assert re.search(r"[\u4e00-\u9fff]{4}", text), "Chinese should be stored as characters"
    assert not re.search(r"\\u[4-9][0-9a-f]{3}", text), "Chinese stored as \\u escapes"
    for item in data["interactions"]:
        headers = {k.lower() for k in item["request"]["headers"]}
        assert not headers & {"authorization", "api-key", "x-api-key", "cookie"}
        body = item["response"]["body"]["string"]
        assert isinstance(body, str), "response bodies must be stored decoded, as text"
        json.loads(body)


@pytest.mark.skipif(not (RUNS.is_dir() and any(RUNS.glob("*.json"))), reason="no run records kept in evals/runs")
def test_kept_run_records_hold_no_key() -> None:
    for path in RUNS.glob("*.json"):
        text = path.read_text(encoding="utf-8")
        assert not SECRET.search(text), f"{path.name}: {SECRET.search(text).group(0)!r}"
        json.loads(text)
