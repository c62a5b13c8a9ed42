"""A response cache on disk that trusts nothing it reads back.

- Never unpickles: diskcache pickles by default, and even `diskcache.JSONDisk` hands a row
  whose stored mode says "pickle" to `pickle.load` before decoding JSON, so whoever can
  write the cache folder could make a reader run code. Values are JSON *strings* stored
  through `_TextOnlyDisk`, which refuses pickled keys and values outright.
- Never touches a file: diskcache writes a large value to a file of its own and keeps its
  name in the row. `_TextOnlyDisk` keeps every value inline in the database (a value over
  MAX_VALUE_CHARS is not cached), refuses any row that names a file (a planted
  `../victim.txt` or `/dev/zero` is neither read nor deleted: the row is dropped), and its
  `remove` never deletes anything.
- Every entry is validated with pydantic on read (with the caller's validation context, so
  figures are re-grounded in the text); an entry that does not validate is a miss and is
  deleted.
- A cache it cannot use (corrupt, locked, read-only, an unusable folder) turns itself off
  for the run with one warning (`problem`), never an error: the run goes on uncached.
- A remembered failure (an answer that never validated) expires after FAILURE_TTL seconds,
  so a model or server that got better is asked again.

diskcache keeps its index in SQLite, so several processes can share one cache directory
on a local disk (not on NFS).
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

log = logging.getLogger("fgqa.llm.cache")

T = TypeVar("T", bound=BaseModel)
#: bump when the entry layout or the key recipe changes
CACHE_FORMAT = 1
#: a value longer than this (characters of JSON) is not cached (responses are bounded below it)
MAX_VALUE_CHARS = 4_000_000
#: seconds a remembered failure (an answer that never validated) is kept
FAILURE_TTL = 15 * 60
#: seconds SQLite waits for a lock held by another process before the cache turns itself off
LOCK_TIMEOUT = 2.0
DB_NAME = "cache.db"


class _UnsafeEntry(Exception):
    """A cache row that is not plain inline text (a pickle or a file planted in the database)."""


def _text_only_disk() -> type:
    import diskcache

    class _TextOnlyDisk(diskcache.Disk):
        """Keys and values must be str and live in the database; nothing else is read."""

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
            if len(value) > MAX_VALUE_CHARS:
                raise ValueError(f"cache value over {MAX_VALUE_CHARS} characters")
            return 0, diskcache.core.MODE_RAW, None, value  # inline, whatever its size

        def fetch(self, mode: int, filename: str | None, value: Any, read: bool) -> Any:
            if filename is not None:
                raise _UnsafeEntry("row names a file")
            if mode != diskcache.core.MODE_RAW or read or not isinstance(value, str):
                raise _UnsafeEntry(f"stored mode {mode}, not inline text")
            return value

        def remove(self, file_path: str) -> None:
            # fgqa never writes value files; a filename in a row was planted: delete nothing
            log.debug("not removing %r named by a cache row", file_path)

    return _TextOnlyDisk


class CacheUnusable(Exception):
    """The cache database cannot be opened or written (corrupt, locked, read-only…)."""


def _probe(db: Path) -> None:
    """Fail fast when the database is corrupt, locked or read-only: diskcache itself would
    retry a locked database for 60 s while opening it."""
    if not db.exists():
        return
    con = sqlite3.connect(f"file:{db}?mode=rw", uri=True, timeout=LOCK_TIMEOUT, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")  # a write lock
        version = int(con.execute("PRAGMA user_version").fetchone()[0])
        con.execute(f"PRAGMA user_version = {version}")  # a write: refused when read-only
        con.execute("ROLLBACK")
    finally:
        con.close()


class CachedFailure(Exception):
    """`get` found a request whose answer is known not to validate."""

    def __init__(self, reason: str, usage: CachedUsage):
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
    """Validated JSON responses keyed by `cache_key`. Thread- and process-safe (SQLite).

    `ResponseCache(dir)` raises ConfigError when the cache cannot be used (for `fgqa cache`);
    `ResponseCache.open_for_run(dir)` returns a cache that is simply off instead, and any
    later database error turns it off too: `problem` then says why, once.
    """

    def __init__(self, directory: str | Path):
        self.directory = Path(directory)
        self.problem: str | None = None
        self._lock = threading.Lock()
        try:
            self._cache = self._open()
        except CacheUnusable as err:
            from fgqa.errors import ConfigError

            raise ConfigError(f"cannot use cache directory {self.directory}: {err}") from None

    @classmethod
    def open_for_run(cls, directory: str | Path) -> ResponseCache:
        """A cache for a run: never raises; an unusable one is off (see `problem`)."""
        cache = cls.__new__(cls)
        cache.directory, cache.problem, cache._lock, cache._cache = Path(directory), None, threading.Lock(), None
        try:
            cache._cache = cache._open()
        except CacheUnusable as err:
            cache._off(str(err))
        return cache

    def _open(self) -> Any:
        import diskcache

        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            _probe(self.directory / DB_NAME)
            return diskcache.Cache(str(self.directory), disk=_text_only_disk(), timeout=LOCK_TIMEOUT)
        except (OSError, sqlite3.Error, diskcache.Timeout) as err:
            raise CacheUnusable(_reason(err)) from None

    @property
    def usable(self) -> bool:
        return self._cache is not None and self.problem is None

    def _off(self, reason: str) -> None:
        """Stop using the cache for the rest of the run (the first reason is kept)."""
        with self._lock:
            if self.problem is None:
                self.problem = f"cache {self.directory} not used ({reason}): running without the cache"
                log.debug(self.problem)

    def get(
        self, key: str, model_cls: type[T], *, context: dict[str, Any] | None = None
    ) -> tuple[T, CachedUsage] | None:
        """The cached object re-validated with `model_cls` (and `context`), or None.

        A corrupt, unsafe or no-longer-valid entry is deleted and reported as a miss; a
        remembered failure raises CachedFailure.
        """
        import diskcache

        if not self.usable:
            return None
        try:
            raw = self._cache.get(key, default=None)
        except (_UnsafeEntry, UnicodeDecodeError) as err:
            log.info("dropping unsafe cache entry %s…: %s", key[:12], err)
            self._discard(key)
            return None
        except (OSError, sqlite3.Error, diskcache.Timeout) as err:
            self._off(_reason(err))
            return None
        if raw is None:
            return None
        try:
            if len(raw) > MAX_VALUE_CHARS:
                raise ValueError("entry too large")
            entry = _Entry.model_validate_json(raw)
            if entry.format != CACHE_FORMAT or entry.model != model_cls.__name__:
                raise ValueError("entry for another format or response model")
            if entry.failure is not None:
                raise CachedFailure(entry.failure, entry.usage)
            obj = model_cls.model_validate(entry.obj, context=context)
        except (ValidationError, ValueError) as err:
            log.info("dropping invalid cache entry %s…: %s", key[:12], str(err).splitlines()[0])
            self._discard(key)
            return None
        return obj, entry.usage

    def set_failure(self, key: str, model_cls: type[BaseModel], reason: str, usage: CachedUsage | None = None) -> None:
        """Remember for FAILURE_TTL seconds that this exact request got an answer that never
        validated. Only for the model's own answers, never for transport faults (those are
        worth retrying)."""
        entry = _Entry(format=CACHE_FORMAT, model=model_cls.__name__, failure=reason, usage=usage or CachedUsage())
        self._write(key, entry.model_dump_json(), expire=FAILURE_TTL)

    def set(self, key: str, obj: BaseModel, usage: CachedUsage | None = None) -> None:
        entry = _Entry(
            format=CACHE_FORMAT,
            model=type(obj).__name__,
            obj=obj.model_dump(mode="json"),
            usage=usage or CachedUsage(),
        )
        self._write(key, entry.model_dump_json())

    def _write(self, key: str, value: str, expire: float | None = None) -> None:
        import diskcache

        if not self.usable:
            return
        if len(value) > MAX_VALUE_CHARS:
            log.info("not caching %s…: %d characters", key[:12], len(value))
            return
        try:
            self._cache.set(key, value, expire=expire)
        except (OSError, sqlite3.Error, diskcache.Timeout) as err:
            self._off(_reason(err))

    def _discard(self, key: str) -> None:
        try:
            self._cache.delete(key)  # the row only: _TextOnlyDisk.remove deletes no file
        except Exception as err:  # a broken row must not break the run; the next write replaces it
            log.debug("could not delete cache entry %s…: %s", key[:12], err)

    def stats(self) -> dict[str, Any]:
        """Entries (remembered failures among them), size, and how long a failure is kept."""
        self._cache.expire()
        failures = 0
        for key in self._cache.iterkeys():
            try:
                raw = self._cache.get(key, default=None)
            except _UnsafeEntry:
                continue
            try:
                failures += _Entry.model_validate_json(raw).failure is not None
            except (ValidationError, ValueError, TypeError):
                continue
        return {"entries": len(self._cache), "failures": failures, "failure_ttl_seconds": FAILURE_TTL,
                "size_bytes": self._cache.volume(), "directory": str(self.directory)}

    def clear(self) -> int:
        return int(self._cache.clear())  # rows only: no file is ever deleted (see _TextOnlyDisk)

    def close(self) -> None:
        if self._cache is not None:
            try:
                self._cache.close()
            except (OSError, sqlite3.Error):
                pass

    def __enter__(self) -> ResponseCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _reason(err: BaseException) -> str:
    text = getattr(err, "strerror", None) or str(err) or type(err).__name__
    return " ".join(str(text).split())[:200]
