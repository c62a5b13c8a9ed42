"""One typed LLM call: cache → (transport retries ⊂ validation re-asks) → cache.

Layering, outermost first:
  1. the response cache (a hit makes no HTTP request at all);
  2. instructor's validation re-asks, bounded by `max_reasks`; the re-ask message carries
     only the pydantic validation error;
  3. `call_with_retries` around the raw `chat.completions.create` (the SDK's own retries
     are off): 429/5xx/timeouts/connection errors/malformed bodies are retried here, so
     they never reach instructor's re-ask prompt.
Tokens are counted from every raw response, failed validations included.

openai and instructor are imported inside methods: `fgqa --help` must not pay for them.
"""

from __future__ import annotations

import copy
import logging
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Any, Generic, TypeVar
from urllib.parse import urlsplit

from pydantic import BaseModel

from fgqa.errors import CallUsage, ConfigError, EndpointError, FgqaError, ReplayMissError, SchemaError
from fgqa.llm.cache import CachedFailure, CachedUsage, ResponseCache, cache_key
from fgqa.llm.config import LLMConfig
from fgqa.llm.fallback import CircuitBreaker, RunLog
from fgqa.llm.retries import (
    MalformedResponse,
    ResponseTooLarge,
    RetryPolicy,
    TransportError,
    TransportStats,
    call_with_retries,
    describe_failure,
    replay_miss,
    unreachable_reason,
)
from fgqa.llm.secrets import mask_url, scrub

log = logging.getLogger("fgqa.llm.client")

T = TypeVar("T", bound=BaseModel)
R = TypeVar("R")

#: sent when a local server needs no key (the SDK refuses an empty one)
NO_KEY_PLACEHOLDER = "not-needed"


@dataclass
class CallResult(Generic[T]):
    obj: T
    usage: CallUsage


def display_url(url: str) -> str:
    """The URL with any user:password part masked, for messages."""
    return mask_url(url) or ""


def _server_message(exc: BaseException) -> str:
    """The endpoint's own error message, if its body had one (short, one line)."""
    body = getattr(exc, "body", None)  # the SDK already unwraps {"error": {...}}
    message: Any = None
    if isinstance(body, dict):
        inner = body.get("error")
        if isinstance(inner, dict):
            message = inner.get("message")
        elif isinstance(inner, str):
            message = inner
        message = message or body.get("message") or body.get("detail")
    elif isinstance(body, str):
        message = body
    return " ".join(str(message or "").split())[:200]


def _plain(answer: BaseModel, response_model: type[T]) -> T:
    """The same values as an instance of exactly `response_model`.

    instructor returns a dynamically built subclass carrying the raw response; that breaks
    `==` with ordinary instances and drags the ChatCompletion along. Fields were validated
    already, so they are copied without validating (and running validators) again.
    """
    if type(answer) is response_model:
        return answer
    values = {name: getattr(answer, name) for name in response_model.model_fields}
    return response_model.model_construct(_fields_set=set(answer.model_fields_set), **values)


def _quiet_instructor_logs() -> None:
    """instructor logs every failed attempt at ERROR; we report failures ourselves, once.

    Left alone when someone configured that logger on purpose.
    """
    logger = logging.getLogger("instructor")
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.CRITICAL)


class LLMClient:
    """Typed, cached, retried chat completions against one OpenAI-compatible endpoint."""

    def __init__(
        self,
        config: LLMConfig,
        *,
        cache: ResponseCache | None = None,
        policy: RetryPolicy | None = None,
    ):
        if not config.endpoint_configured:
            raise ConfigError(
                "no LLM endpoint configured: set FGQA_PROVIDER (e.g. llamacpp) or FGQA_BASE_URL and FGQA_MODEL"
            )
        if config.needs_key and config.api_key is None:
            raise ConfigError(f"provider '{config.provider}' needs an API key: set FGQA_API_KEY")
        self.config = config
        self.base_url: str = config.base_url or ""
        self.model: str = config.model or ""
        self.policy = policy or RetryPolicy(max_retries=config.max_retries, total_timeout=config.total_timeout)
        #: the run's fallbacks and warnings, and its circuit breaker (fgqa.llm.fallback)
        self.run_log = RunLog()
        self.breaker = CircuitBreaker(config.breaker_failures)
        if cache is None and config.use_cache:
            cache = ResponseCache.open_for_run(config.cache_dir)
        self.cache = cache
        self._sdk_client: Any = None
        self._lock = threading.Lock()
        #: whether the run's first request was preceded by the answer check (`_check_answers`)
        self._checked = False
        self._check_lock = threading.Lock()

    @property
    def where(self) -> str:
        """The endpoint for messages: never with the credentials a URL may carry."""
        return display_url(self.base_url)

    def fell_back(self, error: BaseException, *, report: str | None = None, answer: bool = False) -> None:
        """Note that the rules' result stands in for a failed call (said once per run)."""
        self.run_log.fell_back(error, report=report, answer=answer)

    def warnings(self) -> list[str]:
        """The run's warnings: the cache turned off, and one line for every fallback."""
        if self.cache is not None:
            self.run_log.note(self.cache.problem)
        return self.run_log.warnings(self.breaker)

    # ------------------------------------------------------------------ plumbing

    def _key(self) -> str:
        return self.config.api_key.get_secret_value() if self.config.api_key else NO_KEY_PLACEHOLDER

    def _sdk(self) -> Any:
        with self._lock:
            if self._sdk_client is None:
                import openai

                from fgqa.llm.transport import limited_http_client, split_credentials

                url, credentials = split_credentials(self.base_url)  # no secret in the URL the SDK logs
                self._sdk_client = openai.OpenAI(
                    base_url=url,
                    api_key=self._key(),
                    max_retries=0,  # transport retries are ours (fgqa.llm.retries)
                    timeout=self.config.timeout,
                    http_client=limited_http_client(timeout=self.config.timeout, connect_timeout=self.config.connect_timeout,
                                                    credentials=credentials),
                )
            return self._sdk_client

    def _instructor_mode(self) -> Any:
        import instructor

        return {
            "json_schema": instructor.Mode.JSON_SCHEMA,
            "json": instructor.Mode.JSON,
            "md_json": instructor.Mode.MD_JSON,
            "tools": instructor.Mode.TOOLS,
        }[self.config.mode]

    def sampling(self) -> dict[str, Any]:
        params: dict[str, Any] = {"temperature": self.config.temperature}
        if self.config.max_tokens is not None:
            params["max_tokens"] = self.config.max_tokens
        return params

    # ------------------------------------------------------------------ the call

    def complete(
        self,
        response_model: type[T],
        messages: list[dict[str, Any]],
        *,
        prompt_version: str,
        validation_context: dict[str, Any] | None = None,
    ) -> CallResult[T]:
        """One structured answer, from the cache or the endpoint.

        Raises ConfigError (key rejected, model not found…) or EndpointError (down,
        rate-limited, malformed answers; SchemaError: answers that never validated) with
        one line; an EndpointError's `usage` says what the failed call still cost.
        """
        if self.breaker.open:  # the endpoint failed too often in this run: not called again
            raise self.breaker.refusal(self.where)
        sampling = self.sampling()
        key = None
        if self.cache is not None:
            key = cache_key(
                base_url=self.base_url,
                model=self.model,
                mode=self.config.mode,
                prompt_version=prompt_version,
                response_model=response_model,
                messages=messages,
                sampling=sampling,
            )
            try:
                hit = None if self.config.refresh else self.cache.get(key, response_model, context=validation_context)
            except CachedFailure as known:  # this request's answer never validated: not paid twice
                raise SchemaError(f"{known.reason} (remembered from an earlier run)", provider=self.config.provider,
                                  usage=CallUsage(cached=True)) from None
            if hit is not None:
                return CallResult(hit[0], CallUsage(cached=True))

        self._check_answers()
        stats = TransportStats()
        try:
            obj = self._call(response_model, messages, validation_context, sampling, stats)
        except SchemaError as err:
            if self.cache is not None and key is not None:
                self.cache.set_failure(key, response_model, str(err), CachedUsage(
                    prompt_tokens=err.usage.prompt_tokens, completion_tokens=err.usage.completion_tokens,
                    reasks=err.usage.reasks))
            raise
        usage = self._usage(stats)
        if self.cache is not None and key is not None:
            self.cache.set(
                key,
                obj,
                CachedUsage(
                    prompt_tokens=usage.prompt_tokens, completion_tokens=usage.completion_tokens, reasks=usage.reasks
                ),
            )
        return CallResult(obj, usage)

    @staticmethod
    def _usage(stats: TransportStats) -> CallUsage:
        return CallUsage(
            cached=False,
            prompt_tokens=stats.prompt_tokens,
            completion_tokens=stats.completion_tokens,
            reasks=max(0, stats.responses - 1),
            requests=stats.attempts,
        )

    def _call(
        self,
        response_model: type[T],
        messages: list[dict[str, Any]],
        validation_context: dict[str, Any] | None,
        sampling: dict[str, Any],
        stats: TransportStats,
    ) -> T:
        import instructor
        from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException

        _quiet_instructor_logs()
        send = partial(call_with_retries, self._sdk().chat.completions.create, self.policy, stats, self.breaker)
        create = instructor.patch(create=send, mode=self._instructor_mode())
        try:
            answer = create(
                model=self.model,
                messages=copy.deepcopy(messages),
                response_model=response_model,
                max_retries=self.config.max_reasks,
                context=validation_context,
                strict=False,
                **sampling,
            )
        except TransportError as err:  # if instructor lets it through unwrapped
            raise self._gave_up(err.error, stats) from None
        except InstructorRetryException as err:
            cause = err.__cause__
            if isinstance(cause, TransportError):
                raise self._gave_up(cause.error, stats) from None
            first = str(cause or err).strip().splitlines()
            detail = " ".join(first[:3])[:300]
            raise self._schema_error(
                f"the model's answer did not match {response_model.__name__} after "
                f"{stats.responses} answer(s): {scrub(detail, self._key())}", stats
            ) from None
        except IncompleteOutputException:
            raise self._schema_error(
                f"the model's answer was cut off at max_tokens={self.config.max_tokens} (raise FGQA_MAX_TOKENS)", stats
            ) from None
        return _plain(answer, response_model)

    def _check_answers(self) -> None:
        """Before the run's first request: does the endpoint answer HTTP at all?

        A completion may take minutes before its first byte, so `timeout` must be long; a
        server that accepts the connection and never answers (a stuck process, a port
        forward to nowhere) would cost that much per call. A request that needs no model,
        GET /models, answers at once on every OpenAI-compatible server, with its list or
        with any error status (both mean the server answers): no answer within
        `answer_timeout` seconds opens the breaker, and the run makes no calls. A refused
        or timed-out connection is left to the calls (they say why, and count towards the
        breaker as before)."""
        if not self.config.answer_timeout:
            return
        with self._check_lock:  # concurrent first calls wait for the one check
            if not self._checked:
                self._checked = True
                error = self._ask_models()
                if error is not None:
                    raise error
        if self.breaker.open:
            raise self.breaker.refusal(self.where)

    def _ask_models(self) -> EndpointError | None:
        import openai

        from fgqa.llm.transport import sdk_httpx

        httpx = sdk_httpx()
        wait = self.config.answer_timeout
        try:
            self._sdk().with_options(timeout=httpx.Timeout(wait, connect=min(self.config.connect_timeout, wait)),
                                     max_retries=0).models.list()
        except openai.APITimeoutError as err:
            if isinstance(err.__cause__, httpx.ConnectTimeout):
                return None
            silent = f"accepted the connection but answered nothing within {wait:g}s (GET /models)"
            self.breaker.trip(f"it {silent}")
            return EndpointError(f"{self.where} {silent}: is the server stuck?", provider=self.config.provider)
        except Exception:  # any answer, or no connection: the calls themselves say what is wrong
            return None
        return None

    def _gave_up(self, exc: BaseException, stats: TransportStats) -> FgqaError:
        """The error for a call whose transport retries ran out. A call that kept getting
        429/5xx/malformed or oversized answers counts once towards the circuit breaker (a
        connection failure or timeout has counted at every attempt already)."""
        import openai

        if not isinstance(exc, openai.APIConnectionError) and replay_miss(exc) is None and (
                isinstance(exc, (openai.RateLimitError, openai.InternalServerError, MalformedResponse, ResponseTooLarge))):
            self.breaker.failed(describe_failure(exc) if not isinstance(exc, ResponseTooLarge) else "oversized answers")
        return self._map_transport_error(exc, stats)

    def _schema_error(self, message: str, stats: TransportStats) -> SchemaError:
        return SchemaError(message, provider=self.config.provider, attempts=stats.attempts, usage=self._usage(stats))

    def _endpoint_error(self, message: str, stats: TransportStats) -> EndpointError:
        return EndpointError(message, provider=self.config.provider, attempts=stats.attempts, usage=self._usage(stats))

    def _map_transport_error(self, exc: BaseException, stats: TransportStats) -> FgqaError:
        import openai

        where = self.where
        tries = f"after {stats.attempts} attempt(s)"
        status = getattr(exc, "status_code", None)
        server = scrub(_server_message(exc), self._key())
        hint = " (the server rejected response_format: try mode 'tools' or 'json')" if "response_format" in server else ""
        miss = replay_miss(exc)
        if miss is not None:
            request = getattr(miss, "failed_request", None)
            cassette = getattr(getattr(miss, "cassette", None), "_path", "?")
            what = f"{request.method} {urlsplit(request.uri).path}" if request is not None else "a request"
            reason = getattr(miss, "reason", "no_match")
            return ReplayMissError(f"cassette {cassette} has no recorded response for {what} ({reason}): re-record it",
                                   provider=self.config.provider, attempts=stats.attempts, usage=self._usage(stats))
        if isinstance(exc, openai.AuthenticationError):
            return ConfigError("the endpoint rejected the API key (HTTP 401)")
        if isinstance(exc, openai.PermissionDeniedError):
            return ConfigError("the endpoint refused access (HTTP 403): check the key's permissions and the model")
        if isinstance(exc, openai.NotFoundError):
            if "model" in server.lower() or getattr(exc, "code", None) == "model_not_found":
                return ConfigError(f"model '{self.model}' not found at {where}")
            return ConfigError(f"{where}/chat/completions was not found (HTTP 404): check the base URL (often ends in /v1)")
        if isinstance(exc, openai.RateLimitError):
            return self._endpoint_error(f"{where} kept rate-limiting (HTTP 429) {tries}", stats)
        if isinstance(exc, openai.APITimeoutError):
            return self._endpoint_error(f"no answer from {where} within {self.config.timeout:g}s {tries}", stats)
        if isinstance(exc, openai.APIConnectionError):
            reason = unreachable_reason(exc)
            return self._endpoint_error(f"cannot reach {where}{': ' + reason if reason else ''} ({tries})", stats)
        if isinstance(exc, ResponseTooLarge):
            return self._endpoint_error(f"{where}: {exc}; fgqa reads at most that much of one answer", stats)
        if isinstance(exc, MalformedResponse):
            return self._endpoint_error(f"{where} returned malformed responses {tries}: {exc}", stats)
        if isinstance(exc, openai.InternalServerError):
            return self._endpoint_error(f"{where} kept failing (HTTP {status}) {tries}: {server}{hint}".rstrip(": "), stats)
        if status is not None:
            return self._endpoint_error(f"{where} rejected the request (HTTP {status}): {server}{hint}".rstrip(": "), stats)
        return self._endpoint_error(f"request to {where} failed: {type(exc).__name__}", stats)

    def close(self) -> None:
        """Close the HTTP connection pool and the cache (safe to call twice)."""
        sdk, self._sdk_client = self._sdk_client, None
        if sdk is not None:
            sdk.close()
        if self.cache is not None:
            self.cache.close()

    def __enter__(self) -> LLMClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def run_concurrently(fn: Callable[[Any], R], items: Iterable[Any], limit: int) -> list[R]:
    """`[fn(x) for x in items]` on at most `limit` threads, in input order.

    The first exception (in input order) is re-raised after the running calls finish;
    callers that want per-item failures should catch inside `fn`.
    """
    items = list(items)
    if limit <= 1 or len(items) <= 1:
        return [fn(item) for item in items]
    with ThreadPoolExecutor(max_workers=min(limit, len(items)), thread_name_prefix="fgqa-llm") as pool:
        return list(pool.map(fn, items))
