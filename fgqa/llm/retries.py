"""Transport retries around one HTTP call, and nothing else.

Validation re-asks live in instructor (bounded by `max_reasks`); keeping the two apart
means a re-ask prompt only ever carries a validation error, never an HTTP error text
(instructor #1907), and a 429 never burns a re-ask.

Retried: 429, 5xx, timeouts, connection errors and a 200 whose body is not JSON.
Never retried: 400/401/403/404/422, and a cassette miss under vcrpy replay. Waits honour `Retry-After` (seconds, HTTP date or
`retry-after-ms`), else exponential backoff with jitter; attempts and total time are bounded.
"""

from __future__ import annotations

import email.utils
import inspect
import json
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

log = logging.getLogger("fgqa.llm.retries")


class MalformedResponse(Exception):
    """The endpoint answered 200 with a body that is not a chat completion."""


class ResponseTooLarge(Exception):
    """The endpoint sent more bytes than fgqa reads for one answer (never retried)."""


def _chain(exc: BaseException | None) -> Iterator[BaseException]:
    """The error and those behind it (its cause, else its context), each once."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def response_too_large(exc: BaseException | None) -> ResponseTooLarge | None:
    """The ResponseTooLarge behind an SDK error (the SDK wraps what the transport raises)."""
    return next((e for e in _chain(exc) if isinstance(e, ResponseTooLarge)), None)


class TransportError(Exception):
    """The HTTP call failed for good. `error` is the SDK's exception.

    Its text is only the status and the attempt count: server bodies (which may echo
    the key) never reach instructor's logs or re-ask prompts.
    """

    def __init__(self, error: BaseException, attempts: int):
        self.error = error
        self.attempts = attempts
        super().__init__(f"{describe_failure(error)} after {attempts} attempt(s)")


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 4
    total_timeout: float = 300.0
    initial_wait: float = 1.0
    max_wait: float = 30.0
    jitter: float = 1.0
    #: a Retry-After longer than this is not waited for: the call fails instead
    max_retry_after: float = 120.0
    #: longest wait before retrying a connection that was refused or not made
    unreachable_wait: float = 0.5


def _retryable_types() -> tuple[type[BaseException], ...]:
    import openai

    return (
        openai.RateLimitError,
        openai.APITimeoutError,
        openai.APIConnectionError,
        openai.InternalServerError,
        MalformedResponse,
    )


def retry_after_seconds(exc: BaseException) -> float | None:
    """The server's requested wait, from `retry-after-ms` or `Retry-After` (seconds or HTTP date)."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value else None
        if parsed is None:
            return None
        return max(0.0, parsed.timestamp() - time.time())


def replay_miss(exc: BaseException | None) -> BaseException | None:
    """vcrpy's "no recorded response" error behind an SDK connection error, if that is what it is.

    Under cassette replay the SDK wraps it as APIConnectionError; retrying it only repeats
    the miss, so it is never retried. Without vcrpy installed no cassette is in play.
    """
    try:
        from vcr.errors import CannotOverwriteExistingCassetteException
    except ImportError:
        return None
    return next((e for e in _chain(exc) if isinstance(e, CannotOverwriteExistingCassetteException)), None)


def _is_unreachable(exc: BaseException | None) -> bool:
    import openai

    return isinstance(exc, openai.APIConnectionError) and not isinstance(exc, openai.APITimeoutError)


def _should_retry(exc: BaseException) -> bool:
    return isinstance(exc, _retryable_types()) and replay_miss(exc) is None


def unreachable_reason(exc: BaseException) -> str | None:
    """Why a connection failed, in a few words (the OS error under the SDK's and httpx's
    wrappers): "connection refused", "name not found", "timed out" … None when unknown."""
    import socket
    import ssl

    import httpx

    for node in _chain(exc):
        if isinstance(node, ConnectionRefusedError):
            return "connection refused"
        if isinstance(node, socket.gaierror):
            return "host name not found"
        if isinstance(node, ConnectionResetError):
            return "connection reset"
        if isinstance(node, ssl.SSLError):
            return "TLS handshake failed"
        if isinstance(node, (TimeoutError, httpx.TimeoutException)):
            return "timed out"
        if isinstance(node, OSError) and node.strerror:
            return node.strerror[:1].lower() + node.strerror[1:]
    return None


def describe_failure(exc: BaseException) -> str:
    """A short label for logs: the status code or the error class, never a body."""
    status = getattr(exc, "status_code", None)
    return f"HTTP {status}" if status else type(exc).__name__


@dataclass
class TransportStats:
    """What one logical call cost on the wire (filled in by `call_with_retries`)."""

    attempts: int = 0
    responses: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def add_usage(self, response: Any) -> None:
        usage = getattr(response, "usage", None)
        self.prompt_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
        self.completion_tokens += int(getattr(usage, "completion_tokens", 0) or 0)


def call_with_retries(
    send: Callable[..., Any],
    policy: RetryPolicy,
    stats: TransportStats,
    breaker: Any = None,
    **kwargs: Any,
) -> Any:
    """`send(**kwargs)` (one chat completion request) with transport retries.

    Returns the SDK's ChatCompletion; counts attempts and tokens of every response into
    `stats`; raises TransportError (wrapping the last SDK error) when the error is not
    retryable or the attempts or the time budget run out. `breaker` (a
    fgqa.llm.fallback.CircuitBreaker) counts every attempt that could not connect or timed
    out, and once it is open no attempt is retried.
    """
    import openai
    from openai.types.chat import ChatCompletion
    from tenacity import Retrying, retry_if_exception, stop_after_attempt, stop_any, stop_before_delay, wait_exponential_jitter
    from tenacity.stop import stop_base

    # tenacity 9.2 renamed `initial` to `multiplier` (and warns on the old name); older releases only know `initial`
    first_wait = "multiplier" if "multiplier" in inspect.signature(wait_exponential_jitter).parameters else "initial"
    backoff = wait_exponential_jitter(**{first_wait: policy.initial_wait}, max=policy.max_wait, jitter=policy.jitter)

    def wait(retry_state: Any) -> float:
        exc = retry_state.outcome.exception()
        requested = retry_after_seconds(exc)
        if requested is not None:
            return requested
        if _is_unreachable(exc):  # nobody listening: a long wait will not change that
            return min(backoff(retry_state), policy.unreachable_wait)
        return backoff(retry_state)

    class BreakerOpen(stop_base):
        """Stop once the run's circuit breaker is open."""

        def __call__(self, retry_state: Any) -> bool:
            return breaker is not None and breaker.open

    def before_sleep(retry_state: Any) -> None:
        log.info(
            "LLM request failed (%s), attempt %d; retrying in %.1fs",
            describe_failure(retry_state.outcome.exception()),
            retry_state.attempt_number,
            retry_state.upcoming_sleep,
        )

    class RetryAfterTooLong(stop_base):
        """Stop when the server asks for a longer wait than the policy allows."""

        def __call__(self, retry_state: Any) -> bool:
            exc = retry_state.outcome.exception()
            requested = retry_after_seconds(exc) if exc is not None else None
            return requested is not None and requested > policy.max_retry_after

    retrying = Retrying(
        retry=retry_if_exception(_should_retry),
        stop=stop_any(stop_after_attempt(policy.max_retries + 1), stop_before_delay(policy.total_timeout),
                      RetryAfterTooLong(), BreakerOpen()),
        wait=wait,
        before_sleep=before_sleep,
        **({"sleep": breaker.sleep} if breaker is not None else {}),
        reraise=True,
    )
    last_error: BaseException | None = None
    try:
        for attempt in retrying:
            with attempt:
                if breaker is not None and breaker.open and last_error is not None:
                    raise last_error  # the breaker opened while this call waited: no more attempts
                stats.attempts += 1
                try:
                    response = send(**kwargs)
                except json.JSONDecodeError as err:
                    raise MalformedResponse(f"response body is not JSON ({err.msg})") from None
                except (openai.APIConnectionError, openai.APITimeoutError) as err:
                    too_large = response_too_large(err)
                    if too_large is not None:
                        raise too_large from None
                    if breaker is not None and replay_miss(err) is None:
                        breaker.failed("timed out" if isinstance(err, openai.APITimeoutError) else "could not connect")
                    last_error = err
                    raise
                if not isinstance(response, ChatCompletion) or not response.choices:
                    raise MalformedResponse("response is not a chat completion")
                stats.responses += 1
                stats.add_usage(response)
                if breaker is not None:
                    breaker.succeeded()
                return response
    except (openai.APIError, MalformedResponse, ResponseTooLarge) as err:
        raise TransportError(err, stats.attempts) from None
    raise AssertionError("unreachable: tenacity either returns or re-raises")
