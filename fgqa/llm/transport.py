"""The HTTP transport under the SDK: bounded response bytes, short connect timeout.

A chat completion for one section is a few kilobytes; an endpoint that sends 50 MB (a
broken proxy, a hostile server) must not cost gigabytes of memory, output and cache. The
body is read through a counter and the read stops at `max_bytes` with ResponseTooLarge
(a Content-Length over the bound stops it before any byte is read). The HTTP library is
the SDK's own (httpx, or httpx2 for openai ≥ 3), reached only when a client is built.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

from fgqa.llm.retries import ResponseTooLarge

#: bytes read of one HTTP response at most
MAX_RESPONSE_BYTES = 2_000_000


def sdk_httpx() -> Any:
    """The HTTP library the installed openai SDK is built on (httpx, or its successor httpx2)."""
    from openai import _base_client

    return getattr(_base_client, "httpx2", None) or getattr(_base_client, "httpx")  # noqa: B009 (typed as Any on purpose)


def split_credentials(url: str) -> tuple[str, tuple[str, str] | None]:
    """The URL without its user:password part, and that part (None when it has none).

    The credentials then travel as HTTP Basic auth (what the HTTP library does with a URL's
    userinfo anyway), and the URL the SDK and its logs see carries no secret."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url, None
    netloc = parts.hostname or ""
    if ":" in netloc:
        netloc = f"[{netloc}]"
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc)), (unquote(parts.username or ""), unquote(parts.password or ""))


def limited_http_client(*, timeout: float, connect_timeout: float, max_bytes: int = MAX_RESPONSE_BYTES,
                        credentials: tuple[str, str] | None = None) -> Any:
    """An httpx.Client whose responses are cut at `max_bytes` and whose connects give up
    after `connect_timeout` seconds (a dead host costs seconds, not the read timeout);
    `credentials` (from the base URL) are sent as Basic auth."""
    httpx = sdk_httpx()
    stream_base: Any = httpx.SyncByteStream  # the SDK's own httpx (or httpx2): known only at run time
    transport_base: Any = httpx.HTTPTransport

    class _LimitedStream(stream_base):
        def __init__(self, stream: Any, max_bytes: int):
            self._stream, self._max = stream, max_bytes

        def __iter__(self) -> Iterator[bytes]:
            seen = 0
            for chunk in self._stream:
                seen += len(chunk)
                if seen > self._max:
                    raise ResponseTooLarge(f"the response was over {self._max} bytes")
                yield chunk

        def close(self) -> None:
            self._stream.close()

    class _LimitedTransport(transport_base):
        def handle_request(self, request: Any) -> Any:
            response = super().handle_request(request)
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                response.close()
                raise ResponseTooLarge(f"the response was over {max_bytes} bytes ({int(declared)} declared)")
            response.stream = _LimitedStream(response.stream, max_bytes)
            return response

    import openai

    # the SDK's own defaults (connection limits, redirects), with our transport and timeouts
    return openai.DefaultHttpxClient(
        transport=_LimitedTransport(),
        timeout=httpx.Timeout(timeout, connect=min(connect_timeout, timeout)),
        auth=httpx.BasicAuth(*credentials) if credentials else None,
    )
