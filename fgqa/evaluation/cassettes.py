"""Record and replay the LLM engines' HTTP exchanges with vcrpy cassettes.

One cassette per gold set: `<cassettes>/<gold set label>.yaml`. The llm and hybrid engines
send exactly the same requests (hybrid reads every section with the llm engine), so they
share it: recording the second engine replays what the first one recorded and only adds
the requests that are new.

- Requests match on method, path and body; the body as canonical JSON, so key order
  never matters. Authorization/key/cookie headers are dropped, `sk-…` and `Bearer …`
  strings are scrubbed, compressed responses are decoded, bodies are stored as indented
  JSON with readable Chinese.
- The settings that shape a request (base URL, model, instructor mode, temperature,
  max_tokens, max_reasks) are stored in the cassette's metadata when recording; replay
  uses them, so it works without any endpoint configured and never sends a request that
  differs only because the local configuration differs.
- Record and replay both use a fresh temporary response cache: a warm ./cache would
  hide requests from the recorder, and under replay every first call must come from the
  cassette. Repeats within the run (`ask` re-reads the reports) hit that temp cache.
- Under replay (`record_mode="none"`) a request with no recorded answer never reaches the
  network; the client turns vcrpy's error into a non-retried EndpointError, the engine
  falls back for that section, and when the run ends the session raises one
  `ReplayMissError` naming the first such request.

vcrpy and yaml are imported lazily: they are test/eval dependencies only.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tempfile
import uuid
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

from fgqa import re_cache
from fgqa.errors import ConfigError, ReplayMissError
from fgqa.llm.secrets import mask_url, scrub

CASSETTE_SUFFIX = ".yaml"
#: cassette metadata key holding the request-shaping LLM settings of the recording
SETTINGS_KEY = "fgqa_llm_settings"
#: LLMConfig fields that change the bytes of a request; replay must use the recorded ones
REQUEST_SETTINGS = ("base_url", "model", "mode", "temperature", "max_tokens", "max_reasks")
#: request headers that may carry a credential or identify an account
FILTERED_HEADERS = ("authorization", "api-key", "x-api-key", "cookie", "openai-organization", "openai-project")
#: response headers worth nothing in a cassette and possibly identifying
DROPPED_RESPONSE_HEADERS = ("set-cookie", "openai-organization", "openai-project", "x-request-id")
#: transient failures are not recorded: a retry must reach the server, and a cassette
#: holds only answers worth replaying
TRANSIENT_STATUSES = frozenset({408, 429, 500, 502, 503, 504})

_SECRET_PATTERNS = (
    (re_cache.compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/=\-]+"), "Bearer ***"),
    (re_cache.compile(r"\bsk-[A-Za-z0-9_\-]{6,}"), "sk-***"),
)


# --------------------------------------------------------------------------- names


def gold_set_label(gold_dir: str | Path) -> str:
    """`<parent>-<folder>` of a gold folder (evals/gold → evals-gold, shared/gold → shared-gold):
    gold folders are usually all called `gold`, so the folder name alone would collide."""
    resolved = Path(gold_dir).resolve()
    parts = [p for p in (resolved.parent.name, resolved.name) if p]
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", "-".join(parts)) or "gold"


def cassette_path(cassettes_dir: str | Path, gold_set: str) -> Path:
    return Path(cassettes_dir) / f"{gold_set}{CASSETTE_SUFFIX}"


# --------------------------------------------------------------------------- scrubbing


def scrub_secrets(text: str) -> str:
    for pattern, replacement in _SECRET_PATTERNS:
        text = pattern.sub(replacement, text)
    return scrub(text)


def _as_text(body: Any) -> str | None:
    if body is None:
        return None
    if isinstance(body, (bytes, bytearray)):
        try:
            return bytes(body).decode("utf-8")
        except UnicodeDecodeError:
            return None
    return body if isinstance(body, str) else None


def _readable_json(text: str) -> str:
    """Indented JSON with real Chinese characters, or the text as it was when not JSON."""
    try:
        return json.dumps(json.loads(text), ensure_ascii=False, indent=1)
    except ValueError:
        return text


def canonical_body(body: Any) -> str:
    """A request body as canonical JSON (sorted keys, no spaces); non-JSON bodies as text."""
    text = _as_text(body)
    if text is None:
        return repr(body)
    try:
        return json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    except ValueError:
        return text


def body_digest(body: Any) -> str:
    return hashlib.sha256(canonical_body(body).encode("utf-8")).hexdigest()[:12]


def json_body_matcher(r1: Any, r2: Any) -> None:
    """vcrpy matcher: equal as JSON, whatever the key order or spacing."""
    if canonical_body(r1.body) != canonical_body(r2.body):
        raise AssertionError(f"body digest {body_digest(r1.body)} != {body_digest(r2.body)}")


def scrub_request(request: Any) -> Any:
    """Drop secrets from the body and store it as readable JSON (matching is on canonical JSON)."""
    text = _as_text(request.body)
    if text is not None:
        request.body = _readable_json(scrub_secrets(text)).encode("utf-8")
    request.uri = mask_url(request.uri)  # a base URL may carry user:password
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any] | None:
    """Skip transient failures; drop identifying headers; store the body as readable JSON."""
    status = int((response.get("status") or {}).get("code") or 0)
    if status in TRANSIENT_STATUSES:
        return None
    headers = response.get("headers") or {}
    for name in list(headers):
        if name.lower() in DROPPED_RESPONSE_HEADERS or name.lower() in FILTERED_HEADERS:
            del headers[name]
    body = response.get("body") or {}
    text = _as_text(body.get("string"))
    if text is not None:
        data = _readable_json(scrub_secrets(text)).encode("utf-8")
        body["string"] = data
        for name in list(headers):
            if name.lower() == "content-length":
                headers[name] = [str(len(data))]
    return response


# --------------------------------------------------------------------------- YAML


def _yaml_serializer() -> Any:
    """vcrpy's safe YAML serializer, writing Chinese as itself and long bodies as blocks."""
    import yaml
    from vcr.serializers import yamlserializer

    loader = yamlserializer._CassetteLoader

    class ReadableDumper(yamlserializer._CassetteDumper):
        loader_class = loader

    def represent_str(dumper: Any, value: str) -> Any:
        style = "|" if "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    ReadableDumper.add_representer(str, represent_str)

    class ReadableYaml:
        @staticmethod
        def deserialize(cassette_string: str) -> Any:
            return yaml.load(cassette_string, Loader=loader)

        @staticmethod
        def serialize(cassette_dict: Any) -> str:
            return yaml.dump(cassette_dict, Dumper=ReadableDumper, allow_unicode=True, sort_keys=False, width=120)

    return ReadableYaml()


def read_cassette(path: str | Path) -> dict[str, Any]:
    """A cassette file as plain data (interactions, metadata), with the safe loader."""
    path = Path(path)
    try:
        data = _yaml_serializer().deserialize(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise ConfigError(f"cannot read cassette {path}: {err.strerror or err}") from None
    if not isinstance(data, dict) or "interactions" not in data:
        raise ConfigError(f"{path} is not a vcrpy cassette")
    return data


def recorded_settings(path: str | Path) -> dict[str, Any]:
    settings = (read_cassette(path).get("metadata") or {}).get(SETTINGS_KEY)
    if not isinstance(settings, dict) or not settings.get("model"):
        raise ConfigError(f"cassette {path} has no recorded LLM settings: re-record it (scripts/record_cassettes.sh)")
    return settings


# --------------------------------------------------------------------------- session


_SECTION_LINE = re_cache.compile(r"所在章节：([^\n]{1,60})")


def _section_of(body: Any) -> str | None:
    """The heading path the llm engine puts in a section request, to say which section it was."""
    try:
        messages = json.loads(_as_text(body) or "")["messages"]
        users = [m.get("content") for m in messages if m.get("role") == "user" and isinstance(m.get("content"), str)]
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    found = _SECTION_LINE.search(users[-1]) if users else None
    return found.group(1).strip() if found else None


def describe_request(request: Any, cassette: str | Path) -> str:
    path = urlsplit(getattr(request, "uri", "") or "").path or "?"
    body = getattr(request, "body", None)
    section = _section_of(body)
    where = f", section “{section}”" if section else ""
    return f"{getattr(request, 'method', '?')} {path} (body sha256 {body_digest(body)}{where}) in {cassette}"


class CassetteSession:
    """Context manager around one eval run: records into, or replays from, one cassette.

    Use `llm_config(config)` to get the configuration the run must use, then enter the
    session around the run.
    """

    def __init__(self, cassettes_dir: str | Path, gold_set: str, engine: str, *, record: bool = False,
                 prune: bool = False):
        self.path = cassette_path(cassettes_dir, gold_set)
        self.gold_set = gold_set
        self.engine = engine
        self.record = record
        #: when recording, drop the interactions this run neither replayed nor recorded (requests
        #: the code no longer sends), so an incremental re-record leaves no stale answer behind
        self.prune = prune
        #: requests the cassette had no answer for (replay only)
        self.misses: list[Any] = []
        #: responses served from the cassette during the run
        self.plays = 0
        #: interactions newly recorded during the run
        self.recorded = 0
        self._settings: dict[str, Any] | None = None
        self._tmp_cache: str | None = None
        self._context: Any = None
        self._cassette: Any = None
        if not record and not self.path.is_file():
            raise ReplayMissError(
                f"no cassette for gold set '{gold_set}' at {self.path}: record it with scripts/record_cassettes.sh"
            )

    # ------------------------------------------------------------------ configuration

    def llm_config(self, config: Any) -> Any:
        """The configuration for the run: recorded settings under replay, no retries there,
        one call at a time, and a fresh temporary response cache."""
        # no answer check (GET /models): a cassette holds the completions only, and under
        # replay no endpoint is there to ask
        update: dict[str, Any] = {"concurrency": 1, "cache_dir": Path(self._temp_cache()), "use_cache": True,
                                  "strict": False, "answer_timeout": 0.0}
        if self.record:
            if not config.endpoint_configured:
                raise ConfigError("--record needs an endpoint: set FGQA_PROVIDER=llamacpp or FGQA_BASE_URL and FGQA_MODEL")
            self._settings = {name: _plain(getattr(config, name)) for name in REQUEST_SETTINGS}
            self._settings["base_url"] = mask_url(self._settings.get("base_url"))
            self._check_same_settings()
        else:
            self._settings = recorded_settings(self.path)
            update.update({name: self._settings.get(name) for name in REQUEST_SETTINGS if name in self._settings})
            # replay: a miss is final (no transport retries, the SDK's are off already) and no key is sent
            update.update({"max_retries": 0, "provider": None, "api_key": None})
        return type(config).model_validate({**config.model_dump(), **update})

    def _check_same_settings(self) -> None:
        if not self.path.is_file():
            return
        old = (read_cassette(self.path).get("metadata") or {}).get(SETTINGS_KEY) or {}
        settings = self._settings or {}
        differ = [n for n in REQUEST_SETTINGS if n != "base_url" and n in old and old[n] != settings.get(n)]
        if differ:
            name = differ[0]
            raise ConfigError(
                f"cassette {self.path} was recorded with {name}={old[name]!r}, not {settings.get(name)!r}: "
                "delete it to re-record from scratch"
            )

    def _temp_cache(self) -> str:
        # named, not created: the cache creates it on first use inside the session, and the
        # session's exit removes it, so a session never entered leaves nothing behind
        if self._tmp_cache is None:
            self._tmp_cache = str(Path(tempfile.gettempdir()) / f"fgqa-cassette-cache-{uuid.uuid4().hex[:12]}")
        return self._tmp_cache

    # ------------------------------------------------------------------ vcrpy

    def _vcr(self) -> Any:
        import vcr

        recorder = vcr.VCR(
            record_mode="new_episodes" if self.record else "none",
            match_on=["method", "path", "json_body"],
            filter_headers=list(FILTERED_HEADERS),
            before_record_request=scrub_request,
            before_record_response=scrub_response,
            decode_compressed_response=True,
        )
        recorder.register_serializer("readable_yaml", _yaml_serializer())
        recorder.register_matcher("json_body", json_body_matcher)
        return recorder

    def __enter__(self) -> CassetteSession:
        if self.record:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._context = self._vcr().use_cassette(
            str(self.path), serializer="readable_yaml",
            allow_playback_repeats=True,  # summarize and ask send the same request
            drop_unused_requests=self.record and self.prune,
        )
        cassette = self._context.__enter__()
        self._cassette = cassette
        if self.record and self._settings is not None:
            cassette._metadata[SETTINGS_KEY] = self._settings
            cassette.dirty = True
        original = cassette.can_play_response_for

        def can_play_response_for(request: Any) -> bool:
            playable = bool(original(request))
            if playable:
                self.plays += 1
            elif cassette.write_protected:
                self.misses.append(request)
            return playable

        cassette.can_play_response_for = can_play_response_for
        self._loaded = len(cassette)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        try:
            if self._cassette is not None:
                self.recorded = len(self._cassette) - self._loaded
            if self._context is not None:
                self._context.__exit__(exc_type, exc, tb)
        finally:
            self._context = None
            if self._tmp_cache is not None:
                shutil.rmtree(self._tmp_cache, ignore_errors=True)
                self._tmp_cache = None
        if exc_type is None and self.misses:
            more = f" (and {len(self.misses) - 1} more)" if len(self.misses) > 1 else ""
            raise ReplayMissError(
                f"replay: no recorded response for {describe_request(self.misses[0], self.path)}{more}: "
                "the request changed (prompt, schema, settings or report text); "
                "re-record with scripts/record_cassettes.sh"
            )


def _plain(value: Any) -> Any:
    return str(value) if isinstance(value, Path) else value


def cassette_session(cassettes_dir: str | Path, gold_set: str, engine: str, *, record: bool = False,
                     prune: bool = False) -> CassetteSession:
    """The record/replay session for one eval run of `engine` on `gold_set` (see CassetteSession)."""
    return CassetteSession(cassettes_dir, gold_set, engine, record=record, prune=prune)
