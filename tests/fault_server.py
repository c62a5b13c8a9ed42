"""A real OpenAI-compatible HTTP server on 127.0.0.1 that misbehaves on purpose.

Each POST /v1/chat/completions consumes the next scripted behaviour (ok, 429 with
Retry-After, 500, a hang past the client's timeout, a malformed body, a schema-violating
answer, 401, 404); every request is recorded (time, headers, JSON body) so tests can check
what the client really sent, e.g. that a re-ask carries the validation error and no HTTP
error text.

    with FaultServer([rate_limited(1), ok({"label": "x", "value": 1})]) as server:
        client = LLMClient(LLMConfig(base_url=server.base_url, model="m", ...))
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Handler = BaseHTTPRequestHandler


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    raw: bytes
    at: float

    @property
    def body(self) -> dict[str, Any]:
        return json.loads(self.raw or b"{}")

    @property
    def text(self) -> str:
        return self.raw.decode("utf-8", "replace")


@dataclass
class Behaviour:
    name: str
    respond: Callable[[FaultServer, Handler, dict[str, Any]], None] = field(repr=False)


def _send(handler: Handler, status: int, payload: bytes, headers: dict[str, str] | None = None) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(payload)))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(payload)


def _error(handler: Handler, status: int, message: str, code: str | None = None, headers: dict[str, str] | None = None) -> None:
    body = {"error": {"message": message, "type": "fault_server", "code": code}}
    _send(handler, status, json.dumps(body).encode(), headers)


def completion_body(request: dict[str, Any], content: str, prompt_tokens: int, completion_tokens: int) -> dict[str, Any]:
    """A chat.completion answering `request`: a forced tool call if it asked for tools, else content."""
    message: dict[str, Any] = {"role": "assistant", "content": content}
    finish = "stop"
    if request.get("tools"):
        name = request["tools"][0]["function"]["name"]
        message = {
            "role": "assistant",
            "content": None,
            "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": name, "arguments": content}}],
        }
        finish = "tool_calls"
    return {
        "id": "chatcmpl-fault",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", "fault-model"),
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def ok(content: Any, *, prompt_tokens: int = 11, completion_tokens: int = 7) -> Behaviour:
    """A 200 answer; `content` (dict → JSON) may well violate the caller's schema."""
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)

    def respond(server: FaultServer, handler: Handler, request: dict[str, Any]) -> None:
        body = completion_body(request, text, prompt_tokens, completion_tokens)
        _send(handler, 200, json.dumps(body, ensure_ascii=False).encode())

    return Behaviour(f"ok({text[:30]})", respond)


def rate_limited(retry_after: float = 1) -> Behaviour:
    def respond(server: FaultServer, handler: Handler, request: dict[str, Any]) -> None:
        _error(handler, 429, "Rate limit reached for requests: slow down", "rate_limit_exceeded",
               {"Retry-After": f"{retry_after:g}"})

    return Behaviour(f"429(retry-after={retry_after})", respond)


def server_error(status: int = 500, message: str = "the upstream model crashed") -> Behaviour:
    def respond(server: FaultServer, handler: Handler, request: dict[str, Any]) -> None:
        _error(handler, status, message, "server_error")

    return Behaviour(f"{status}", respond)


def hang(seconds: float = 5.0) -> Behaviour:
    """Say nothing for `seconds` (past the client's timeout), then answer 500."""

    def respond(server: FaultServer, handler: Handler, request: dict[str, Any]) -> None:
        server.stopping.wait(seconds)
        _error(handler, 500, "too late")

    return Behaviour(f"hang({seconds})", respond)


def malformed() -> Behaviour:
    """200, JSON content type, a truncated body."""

    def respond(server: FaultServer, handler: Handler, request: dict[str, Any]) -> None:
        _send(handler, 200, b'{"id": "chatcmpl-broken", "choices": [{"index": 0, "mess')

    return Behaviour("malformed", respond)


def huge(size: int = 50_000_000, *, declared: bool = True) -> Behaviour:
    """200 with a `size`-byte body: with its Content-Length, or streamed until the client stops reading."""

    def respond(server: FaultServer, handler: Handler, request: dict[str, Any]) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        if declared:
            handler.send_header("Content-Length", str(size))
        handler.end_headers()
        chunk = b" " * 65536
        sent = 0
        while sent < size and not server.stopping.is_set():
            handler.wfile.write(chunk[:size - sent])
            sent += len(chunk)
        server.huge_bytes_sent = getattr(server, "huge_bytes_sent", 0) + sent

    return Behaviour(f"huge({size}, declared={declared})", respond)


def unauthorized() -> Behaviour:
    """401 that echoes the key it got, as some servers do: the client must not repeat it."""

    def respond(server: FaultServer, handler: Handler, request: dict[str, Any]) -> None:
        key = handler.headers.get("Authorization", "").removeprefix("Bearer ")
        _error(handler, 401, f"Incorrect API key provided: {key}", "invalid_api_key")

    return Behaviour("401", respond)


def model_not_found() -> Behaviour:
    def respond(server: FaultServer, handler: Handler, request: dict[str, Any]) -> None:
        _error(handler, 404, f"The model `{request.get('model')}` does not exist", "model_not_found")

    return Behaviour("404(model)", respond)


def script_exhausted() -> Behaviour:
    def respond(server: FaultServer, handler: Handler, request: dict[str, Any]) -> None:
        _error(handler, 400, "fault server: no scripted behaviour left for this request")

    return Behaviour("exhausted", respond)


class FaultServer:
    """ThreadingHTTPServer on a random loopback port, answering from a script."""

    def __init__(self, script: Iterable[Behaviour] = (), *, then: Behaviour | None = None):
        self._script = list(script)
        self._then = then or script_exhausted()
        self._lock = threading.Lock()
        self.requests: list[Received] = []
        self.stopping = threading.Event()
        server = self

        class _Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep pytest output clean
                pass

            def _record(self) -> Received:
                length = int(self.headers.get("Content-Length") or 0)
                received = Received(self.command, self.path, dict(self.headers), self.rfile.read(length), time.monotonic())
                with server._lock:
                    server.requests.append(received)
                return received

            def do_GET(self) -> None:
                self._record()
                if self.path.rstrip("/").endswith("/models"):
                    _send(self, 200, json.dumps({"object": "list", "data": [{"id": "fault-model", "object": "model"}]}).encode())
                else:
                    _error(self, 404, "no such path")

            def do_POST(self) -> None:
                received = self._record()
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    _error(self, 404, "no such path")
                    return
                behaviour = server._next()
                try:
                    behaviour.respond(server, self, received.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout): that is the point of `hang`

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="fault-server", daemon=True)

    def _next(self) -> Behaviour:
        with self._lock:
            return self._script.pop(0) if self._script else self._then

    def push(self, *behaviours: Behaviour) -> None:
        with self._lock:
            self._script.extend(behaviours)

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def chat_requests(self) -> list[Received]:
        return [r for r in self.requests if r.method == "POST"]

    def start(self) -> FaultServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
