"""fgqa's settings (the engine and the LLM endpoint) from flags, environment, a TOML file
and provider presets: the one function every command and engine resolves them with.

Precedence, highest first:
  1. flags (CLI options; a value of None means "not given")
  2. environment: FGQA_<SETTING>, e.g. FGQA_BASE_URL, FGQA_API_KEY, FGQA_MODEL,
     FGQA_PROVIDER, FGQA_TEMPERATURE, FGQA_TIMEOUT, FGQA_CONCURRENCY, FGQA_CACHE_DIR
  3. the config file: $FGQA_CONFIG, else $XDG_CONFIG_HOME/fgqa/config.toml
     (~/.config/fgqa/config.toml), its `[llm]` table with the same setting names
  4. the provider preset (fgqa.llm.providers) named by `provider`
  5. built-in defaults; for `engine`: hybrid when an endpoint is configured, else rules

The API key is a SecretStr: it is never printed (see `describe`), never logged and never
part of a cache key.
"""

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, SecretStr, ValidationError, field_validator

from fgqa.errors import ConfigError
from fgqa.llm.secrets import mask_url
from fgqa.models import ENGINE_NAMES, EngineName

ENV_PREFIX = "FGQA_"


#: instructor modes (fgqa.llm.client maps them); presets say which one a provider accepts
Mode = Literal["json_schema", "json", "md_json", "tools"]


def get_preset(name: str) -> Any:
    """The provider preset (fgqa.llm.providers, imported only when a provider is named:
    the rules path resolves its settings without building the presets)."""
    from fgqa.llm.providers import get_preset as find

    return find(name)


class LLMConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    engine: EngineName | None = Field(None, description="rules | llm | hybrid (default: hybrid when an endpoint is configured)")
    provider: str | None = Field(None, description="preset name (fgqa.llm.providers.PRESETS; `fgqa config` lists them)")
    base_url: str | None = Field(None, description="OpenAI-compatible endpoint, usually ending in /v1")
    api_key: SecretStr | None = None
    model: str | None = None
    mode: Mode = Field("json_schema", description="instructor mode: json_schema | json | md_json | tools")
    temperature: float = Field(0.0, ge=0.0, le=2.0)
    max_tokens: int | None = Field(2048, ge=1, description="completion budget per call")
    timeout: float = Field(60.0, gt=0, description="seconds for one HTTP request")
    connect_timeout: float = Field(5.0, gt=0, description="seconds to connect (a dead host costs this, not `timeout`)")
    total_timeout: float = Field(300.0, gt=0, description="seconds for one call, transport retries included")
    answer_timeout: float = Field(10.0, ge=0, description="seconds the endpoint has to answer a request that needs no "
                                  "model (GET /models) before a run's first call: one that accepts connections and never "
                                  "answers costs this, not `timeout` (0: no check)")
    concurrency: int = Field(4, ge=1, le=64)
    max_retries: int = Field(4, ge=0, le=20, description="transport retries after the first attempt")
    max_reasks: int = Field(2, ge=0, le=10, description="validation re-asks after the first answer")
    cache_dir: Path = Path("cache")
    use_cache: bool = True
    strict: bool = Field(False, description="endpoint failures are errors instead of a rules fallback")
    breaker_failures: int = Field(3, ge=1, le=100, description="failed connections or timeouts after which a run makes no more calls")
    refresh: bool = Field(False, description="ignore the response cache for this run (answers are still stored)")

    _sources: dict[str, str] = PrivateAttr(default_factory=dict)
    _config_file: str | None = PrivateAttr(None)

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip().rstrip("/")
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @field_validator("provider")
    @classmethod
    def _known_provider(cls, value: str | None) -> str | None:
        return None if value is None else get_preset(value).name

    @property
    def endpoint_configured(self) -> bool:
        return bool(self.base_url and self.model)

    @property
    def engine_name(self) -> EngineName:
        """The engine to run: the one set, else hybrid when an endpoint is configured, else rules."""
        if self.engine is not None:
            return self.engine
        return "hybrid" if self.endpoint_configured else "rules"

    @property
    def engine_source(self) -> str:
        if self.engine is not None:
            return self._sources.get("engine", "default")
        return "default: an endpoint is configured" if self.endpoint_configured else "default: no endpoint configured"

    @property
    def needs_key(self) -> bool:
        return get_preset(self.provider).needs_key if self.provider else False

    @property
    def sources(self) -> dict[str, str]:
        """Where each non-default setting came from: 'flag', 'env FGQA_X', 'file PATH', 'preset NAME'."""
        return dict(self._sources)

    @property
    def config_file(self) -> str | None:
        return self._config_file


FIELDS: tuple[str, ...] = tuple(LLMConfig.model_fields)


def default_config_path(env: Mapping[str, str]) -> Path:
    base = env.get("XDG_CONFIG_HOME") or str(Path(env.get("HOME") or Path.home()) / ".config")
    return Path(base) / "fgqa" / "config.toml"


def _read_file(path: Path, explicit: bool) -> dict[str, Any]:
    if not path.is_file():
        if explicit:
            raise ConfigError(f"config file not found: {path}")
        return {}
    import tomllib  # only when there is a file to read

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as err:
        raise ConfigError(f"cannot read config file {path}: {err}") from None
    table = data.get("llm", {})
    if not isinstance(table, dict):
        raise ConfigError(f"config file {path}: [llm] must be a table")
    unknown = sorted(set(table) - set(FIELDS))
    if unknown:
        raise ConfigError(f"config file {path}: unknown setting '{unknown[0]}' in [llm] (known: {', '.join(FIELDS)})")
    return table


def _present(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and value.strip() == "")


def load_config(
    flags: Mapping[str, Any] | None = None,
    *,
    env: Mapping[str, str] | None = None,
) -> LLMConfig:
    """Merge flags > env > config file > provider preset > defaults into one LLMConfig.

    `flags` may also hold `config_file` (a path overriding $FGQA_CONFIG).
    Raises ConfigError (one line) on a bad file, an unknown provider or a bad value.
    """
    flags = dict(flags or {})
    env = os.environ if env is None else env
    _check_engines(flags, env)
    config_flag = flags.pop("config_file", None)
    unknown = sorted(k for k in flags if k not in FIELDS)
    if unknown:
        raise ConfigError(f"unknown LLM setting '{unknown[0]}'")

    explicit_path = config_flag or env.get(ENV_PREFIX + "CONFIG")
    path = Path(explicit_path).expanduser() if explicit_path else default_config_path(env)
    file_values = _read_file(path, explicit=bool(explicit_path))

    layers: list[tuple[str, dict[str, Any]]] = [
        (f"file {path}", file_values),
        *[(f"env {ENV_PREFIX}{name.upper()}", {name: env.get(ENV_PREFIX + name.upper())}) for name in FIELDS],
        ("flag", flags),
    ]
    merged: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for source, values in layers:
        for name, value in values.items():
            if _present(value):
                merged[name] = value
                sources[name] = source

    if "provider" in merged:
        try:
            preset = get_preset(str(merged["provider"]))
        except ConfigError as err:
            raise ConfigError(f"{err} (from {sources['provider']})") from None
        for name in ("base_url", "model", "mode", "timeout", "total_timeout", "concurrency"):
            value = getattr(preset, name)
            if name not in merged and value is not None:
                merged[name] = value
                sources[name] = f"preset {preset.name}"

    try:
        config = LLMConfig(**merged)
    except ValidationError as err:
        first = err.errors()[0]
        name = str(first["loc"][0]) if first["loc"] else "?"
        shown = "***" if name == "api_key" else repr(mask_url(str(merged.get(name))) if name == "base_url" else merged.get(name))
        where = sources.get(name, "default")
        raise ConfigError(f"invalid {name} {shown} (from {where}): {first['msg']}") from None
    config._sources = sources
    config._config_file = str(path) if path.is_file() else None
    return config


def _check_engines(flags: Mapping[str, Any], env: Mapping[str, str]) -> None:
    """An unknown engine name is one clear line, whichever layer it came from."""
    for where, value in (("flag --engine", flags.get("engine")), (f"env {ENV_PREFIX}ENGINE", env.get(ENV_PREFIX + "ENGINE"))):
        if _present(value) and str(value).strip() not in ENGINE_NAMES:
            raise ConfigError(f"unknown engine '{value}' (from {where}): choose from {', '.join(ENGINE_NAMES)}")


def mask_key(key: SecretStr | str | None) -> str | None:
    """'sk-…abcd' for keys of 12+ characters, '***' for shorter ones, None when unset."""
    if key is None:
        return None
    raw = key.get_secret_value() if isinstance(key, SecretStr) else key
    if not raw:
        return None
    return f"{raw[:3]}…{raw[-4:]}" if len(raw) >= 12 else "***"


def describe(config: LLMConfig) -> dict[str, Any]:
    """The effective settings for display (`fgqa config`), the key masked."""
    shown: dict[str, Any] = {}
    for name in FIELDS:
        value = getattr(config, name)
        if name == "api_key":
            value = mask_key(value)
        elif name == "base_url":
            value = mask_url(value)
        elif isinstance(value, Path):
            value = str(value)
        shown[name] = value
    shown["engine"] = config.engine_name
    shown["endpoint_configured"] = config.endpoint_configured
    shown["config_file"] = config.config_file
    shown["sources"] = {**config.sources, "engine": config.engine_source}
    return shown
