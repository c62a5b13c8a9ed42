"""The response cache: keys, validation on read, no pickles, several processes."""

from __future__ import annotations

import pickle
import sqlite3
import subprocess
import sys
from pathlib import Path

import diskcache
import pytest
from pydantic import BaseModel, ValidationInfo, field_validator

from fgqa.llm.cache import CachedUsage, ResponseCache, cache_key, schema_hash


class Point(BaseModel):
    label: str
    value: int


class OtherPoint(BaseModel):
    label: str
    value: float


class Grounded(BaseModel):
    quote: str

    @field_validator("quote")
    @classmethod
    def in_text(cls, quote: str, info: ValidationInfo) -> str:
        if quote not in (info.context or {}).get("text", ""):
            raise ValueError("quote not in text")
        return quote


BASE = dict(
    base_url="http://127.0.0.1:8080/v1",
    model="gemma3-270m",
    mode="tools",
    prompt_version="section-v1:abc123",
    response_model=Point,
    messages=[{"role": "user", "content": "本年度共收到行政复议申请八十件。"}],
    sampling={"temperature": 0.0, "max_tokens": 512},
)


def test_key_is_stable_and_changes_with_every_input():
    key = cache_key(**BASE)
    assert key == cache_key(**dict(BASE)) and len(key) == 64
    variants = {
        "base_url": "http://127.0.0.1:8081/v1",
        "model": "other-model",
        "mode": "json_schema",
        "prompt_version": "section-v2:def456",
        "response_model": OtherPoint,
        "messages": [{"role": "user", "content": "本年度共收到行政复议申请八十一件。"}],
        "sampling": {"temperature": 0.2, "max_tokens": 512},
    }
    for name, value in variants.items():
        assert cache_key(**{**BASE, name: value}) != key, f"{name} is not part of the key"


def test_schema_hash_follows_the_schema():
    assert schema_hash(Point) != schema_hash(OtherPoint)
    assert schema_hash(Point) == schema_hash(Point)


def test_round_trip_and_miss(tmp_path):
    with ResponseCache(tmp_path) as cache:
        assert cache.get("missing", Point) is None
        cache.set("k1", Point(label="败诉率", value=3), CachedUsage(prompt_tokens=10, completion_tokens=4))
        obj, usage = cache.get("k1", Point)
        assert obj == Point(label="败诉率", value=3)
        assert (usage.prompt_tokens, usage.completion_tokens) == (10, 4)


def test_entry_for_another_model_is_a_miss_and_deleted(tmp_path):
    with ResponseCache(tmp_path) as cache:
        cache.set("k1", Point(label="a", value=1))
        assert cache.get("k1", OtherPoint) is None
        assert cache.get("k1", Point) is None  # deleted, not just skipped


def test_entry_is_revalidated_with_the_context(tmp_path):
    with ResponseCache(tmp_path) as cache:
        cache.set("k1", Grounded.model_validate({"quote": "八十件"}, context={"text": "收到申请八十件"}))
        assert cache.get("k1", Grounded, context={"text": "收到申请八十件"}) is not None
        assert cache.get("k1", Grounded, context={"text": "收到申请九十件"}) is None


def test_corrupt_entry_is_a_miss_and_deleted(tmp_path):
    with ResponseCache(tmp_path) as cache:
        cache._cache.set("k1", '{"format": 1, "model": "Point", "obj": {"label": ')
        cache._cache.set("k2", '{"format": 1, "model": "Point", "obj": {"label": "a", "value": "many"}, "usage": {}}')
        assert cache.get("k1", Point) is None and cache.get("k2", Point) is None
        assert cache.stats()["entries"] == 0


class _Planted:
    """Unpickling this creates a file: proof that a pickle ran."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


def _plant_pickle(directory: Path, marker: Path) -> None:
    """What someone with write access to the cache folder could do to its database."""
    with sqlite3.connect(directory / "cache.db") as db:
        changed = db.execute(
            "UPDATE Cache SET mode = ?, value = ?",
            (diskcache.core.MODE_PICKLE, sqlite3.Binary(pickle.dumps(_Planted(marker)))),
        ).rowcount
    assert changed == 1


def test_planted_pickle_is_refused_not_run(tmp_path):
    marker = tmp_path / "pwned"
    with ResponseCache(tmp_path / "c") as cache:
        cache.set("k1", Point(label="a", value=1))
    _plant_pickle(tmp_path / "c", marker)
    with ResponseCache(tmp_path / "c") as cache:
        assert cache.get("k1", Point) is None
        assert not marker.exists(), "the cache unpickled a planted value"
        assert cache.stats()["entries"] == 0


def test_stock_jsondisk_would_have_run_it(tmp_path):
    """Why fgqa has its own Disk: diskcache.JSONDisk unpickles a row marked as pickle."""
    marker = tmp_path / "pwned"
    with diskcache.Cache(str(tmp_path / "j"), disk=diskcache.JSONDisk) as stock:
        stock.set("k1", {"label": "a"})
    _plant_pickle(tmp_path / "j", marker)
    with diskcache.Cache(str(tmp_path / "j"), disk=diskcache.JSONDisk) as stock, pytest.raises(Exception):  # noqa: B017 (whatever fails after the planted open() ran)
        stock.get("k1")  # the planted open() ran before JSON decoding failed
    assert marker.exists()


def test_values_must_be_models(tmp_path):
    with ResponseCache(tmp_path) as cache, pytest.raises(TypeError):
        cache._cache.set("k1", {"a": 1})  # dicts would be pickled by diskcache's default


def test_stats_and_clear(tmp_path):
    with ResponseCache(tmp_path) as cache:
        for i in range(3):
            cache.set(f"k{i}", Point(label="x", value=i))
        stats = cache.stats()
        assert stats["entries"] == 3 and stats["size_bytes"] > 0 and stats["directory"] == str(tmp_path)
        assert cache.clear() == 3
        assert cache.stats()["entries"] == 0


def test_unusable_directory_is_a_config_error(tmp_path):
    from fgqa.errors import ConfigError

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ConfigError, match="cannot use cache directory"):
        ResponseCache(blocker / "sub")


_WRITER = """
import sys
from pydantic import BaseModel
from fgqa.llm.cache import ResponseCache
class Point(BaseModel):
    label: str
    value: int
cache = ResponseCache(sys.argv[1])
for i in range(40):
    cache.set(f"{sys.argv[2]}-{i}", Point(label=sys.argv[2], value=i))
    cache.get(f"{sys.argv[2]}-{i}", Point)
"""


def test_several_processes_share_one_cache(tmp_path):
    root = Path(__file__).resolve().parents[1]
    procs = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(tmp_path), name], cwd=root)
        for name in ("a", "b", "c")
    ]
    assert [p.wait(timeout=60) for p in procs] == [0, 0, 0]
    with ResponseCache(tmp_path) as cache:
        assert cache.stats()["entries"] == 120
        assert cache.get("b-39", Point) == (Point(label="b", value=39), CachedUsage())


def test_cache_commands(tmp_path):
    import typer
    from typer.testing import CliRunner

    from fgqa.llm.commands import register

    app = typer.Typer()
    app.callback()(lambda: None)
    register(app)
    with ResponseCache(tmp_path) as cache:
        cache.set("k1", Point(label="a", value=1))
    runner = CliRunner()
    stats = runner.invoke(app, ["cache", "stats", "--cache-dir", str(tmp_path), "--json"])
    assert stats.exit_code == 0 and '"entries": 1' in stats.output
    cleared = runner.invoke(app, ["cache", "clear", "--cache-dir", str(tmp_path)])
    assert cleared.exit_code == 0 and "removed 1 entries" in cleared.output
    missing = runner.invoke(app, ["cache", "stats", "--cache-dir", str(tmp_path / "none")])
    assert "0 entries" in missing.output and not (tmp_path / "none").exists()
