"""A response cache on disk that never unpickles.

diskcache pickles by default, and even `diskcache.JSONDisk` hands a row whose stored mode
says "pickle" to `pickle.load` before decoding JSON: whoever can write the cache folder
could make a reader run code. So values are JSON *strings* stored through `_TextOnlyDisk`,
which refuses pickled keys and values outright, and every entry is validated with pydantic
on read; an entry that does not validate is a miss and is deleted.

diskcache keeps its index in SQLite, so several processes can share one cache directory
on a local disk (not on NFS).
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

log = logging.getLogger("fgqa.llm.cache")

T = TypeVar("T", bound=BaseModel)
#: bump when the entry layout or the key recipe changes
CACHE_FORMAT = 1


class _UnsafeEntry(Exception):
    """A cache row that is not plain text (e.g. a pickle planted in the database)."""


def _text_only_disk() -> type:
    import diskcache

    class _TextOnlyDisk(diskcache.Disk):
        """Keys and values must be str; anything stored as a pickle or binary is refused."""

        def put(self, key: Any) -> Any:
            if not isinstance(key, str):
                raise TypeError("cache keys must be str")
            return super().put(key)

        def get(self, key: Any, raw: bool) -> Any:
            if not raw:
                raise _UnsafeEntry("pickled key")
            return super().get(key, raw)

        def store(self, value: Any, read: bool, key: Any = diskcache.core.UNKNOWN) -> Any:
            if read or not isinstance(value, str):
                raise TypeError("cache values must be str")
            return super().store(value, read, key=key)

        def fetch(self, mode: int, filename: str | None, value: Any, read: bool) -> Any:
            if mode not in (diskcache.core.MODE_RAW, diskcache.core.MODE_TEXT) or read:
                raise _UnsafeEntry(f"stored mode {mode}")
            data = super().fetch(mode, filename, value, read)
            if not isinstance(data, str):
                raise _UnsafeEntry("not text")
            return data

    return _TextOnlyDisk


class CachedFailure(Exception):
    """`get` found a request whose answer is known not to validate."""

    def __init__(self, reason: str, usage: "CachedUsage"):
        super().__init__(reason)
        self.reason, self.usage = reason, usage


class CachedUsage(BaseModel):
    model_config = ConfigDict(extra="forbid")

    prompt_tokens: int = Field(0, ge=0)
    completion_tokens: int = Field(0, ge=0)
    reasks: int = Field(0, ge=0)


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: int
    model: str
    #: the validated answer, or None when the model's answer never validated
    obj: dict[str, Any] | None = None
    #: why the answer did not validate (a paid call whose outcome is known: not sent again)
    failure: str | None = None
    usage: CachedUsage


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def schema_hash(response_model: type[BaseModel]) -> str:
    return hashlib.sha256(_canonical(response_model.model_json_schema()).encode()).hexdigest()


def cache_key(
    *,
    base_url: str,
    model: str,
    mode: str,
    prompt_version: str,
    response_model: type[BaseModel],
    messages: list[dict[str, Any]],
    sampling: dict[str, Any],
) -> str:
    """sha256 over everything that changes the answer. Never pass the API key here."""
    payload = {
        "format": CACHE_FORMAT,
        "base_url": base_url,
        "model": model,
        "mode": mode,
        "prompt_version": prompt_version,
        "response_schema": schema_hash(response_model),
        "messages": messages,
        "sampling": sampling,
    }
    return hashlib.sha256(_canonical(payload).encode()).hexdigest()


class ResponseCache:
    """Validated JSON responses keyed by `cache_key`. Thread- and process-safe (SQLite)."""

    def __init__(self, directory: str | Path):
        import diskcache

        self.directory = Path(directory)
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            self._cache = diskcache.Cache(str(self.directory), disk=_text_only_disk())
        except OSError as err:
            from fgqa.errors import ConfigError

            raise ConfigError(f"cannot use cache directory {self.directory}: {err.strerror or err}") from None

    def get(
        self, key: str, model_cls: type[T], *, context: dict[str, Any] | None = None
    ) -> tuple[T, CachedUsage] | None:
        """The cached object re-validated with `model_cls` (and `context`), or None.

        A corrupt, unsafe or no-longer-valid entry is deleted and reported as a miss.
        """
        try:
            raw = self._cache.get(key, default=None)
        except (_UnsafeEntry, UnicodeDecodeError, OSError) as err:
            log.warning("dropping unreadable cache entry %s…: %s", key[:12], err)
            self._discard(key)
            return None
        if raw is None:
            return None
        try:
            entry = _Entry.model_validate_json(raw)
            if entry.format != CACHE_FORMAT or entry.model != model_cls.__name__:
                raise ValueError("entry for another format or response model")
            if entry.failure is not None:
                raise CachedFailure(entry.failure, entry.usage)
            obj = model_cls.model_validate(entry.obj, context=context)
        except (ValidationError, ValueError) as err:
            log.warning("dropping invalid cache entry %s…: %s", key[:12], str(err).splitlines()[0])
            self._discard(key)
            return None
        return obj, entry.usage

    def set_failure(self, key: str, model_cls: type[BaseModel], reason: str, usage: CachedUsage | None = None) -> None:
        """Remember that this exact request got an answer that never validated. Only for the
        model's own answers, never for transport faults (those are worth retrying)."""
        entry = _Entry(format=CACHE_FORMAT, model=model_cls.__name__, failure=reason, usage=usage or CachedUsage())
        self._cache.set(key, entry.model_dump_json())

    def set(self, key: str, obj: BaseModel, usage: CachedUsage | None = None) -> None:
        entry = _Entry(
            format=CACHE_FORMAT,
            model=type(obj).__name__,
            obj=obj.model_dump(mode="json"),
            usage=usage or CachedUsage(),
        )
        self._cache.set(key, entry.model_dump_json())

    def _discard(self, key: str) -> None:
        try:
            self._cache.delete(key)
        except Exception:  # a broken row must not break the run; the next write replaces it
            log.debug("could not delete cache entry %s…", key[:12])

    def stats(self) -> dict[str, Any]:
        return {"entries": len(self._cache), "size_bytes": self._cache.volume(), "directory": str(self.directory)}

    def clear(self) -> int:
        return int(self._cache.clear())

    def close(self) -> None:
        self._cache.close()

    def __enter__(self) -> ResponseCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
