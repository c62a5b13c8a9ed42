"""The shipped lexicon's validated contents kept in the user's cache (fgqa/lexicon/cache.py):
the same lexicon as validating the files, used only for the very files it was made from."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fgqa import user_cache
from fgqa.lexicon import LexiconError, load_lexicon
from fgqa.lexicon.cache import CachedFiles, cache_file
from fgqa.lexicon.load import FILES, _Files, build

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home


@pytest.fixture
def folder(lexicon_copy: Path) -> Path:
    return lexicon_copy


def _same_as_validating(files: CachedFiles, folder: Path) -> None:
    fresh = _Files(folder)
    for name in FILES:
        assert files.raw(name) == fresh.raw(name), name


def test_a_cold_and_a_warm_cache_give_what_validating_the_files_gives(cache_home: Path, folder: Path) -> None:
    cold = CachedFiles(folder)
    _same_as_validating(cold, folder)
    assert cache_file().exists()  # written by the cold run
    warm = CachedFiles(folder)
    _same_as_validating(warm, folder)
    # and the lexicon built from it reads a report the same way
    a, b = build(CachedFiles(folder)), load_lexicon(folder)
    assert [c.lead for c in a.cues] == [c.lead for c in b.cues] and a.overview_keys == b.overview_keys
    assert a.grammar.names() == b.grammar.names()


def test_a_warm_run_imports_neither_the_schemas_nor_tomllib(cache_home: Path) -> None:
    script = ("import sys\nfrom fgqa.lexicon import lexicon\nlexicon()\n"
              "print('fgqa.lexicon.schemas' in sys.modules, 'tomllib' in sys.modules)")
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}

    def run() -> str:
        return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                              cwd=ROOT, timeout=120, check=True).stdout.strip()

    assert run() == "True True"  # nothing cached: validated, and cached
    assert run() == "False False"


def test_an_edited_file_is_validated_afresh(cache_home: Path, folder: Path) -> None:
    CachedFiles(folder).raw("indicators.toml")  # cached
    path = folder / "parts.toml"
    text = path.read_text(encoding="utf-8")
    label = build(CachedFiles(folder)).parts["plans"].label
    path.write_text(text.replace(f'label = "{label}"', 'label = "改过的"', 1), encoding="utf-8")
    assert build(CachedFiles(folder)).parts["plans"].label == "改过的"


def test_a_bad_file_fails_in_one_line_naming_file_entry_and_field_and_is_not_cached(cache_home: Path, folder: Path) -> None:
    path = folder / "indicators.toml"
    text = path.read_text(encoding="utf-8")
    assert "\nlead = " in text
    path.write_text(text.replace("\nlead = ", "\nlaed = ", 1), encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        build(CachedFiles(folder))
    message = str(err.value)
    assert "\n" not in message and message.startswith("indicators.toml: cue 1 (") and "laed" in message
    with pytest.raises(LexiconError) as fresh:
        load_lexicon(folder)
    assert str(fresh.value) == message
    assert not cache_file().exists()


@pytest.mark.parametrize("damage", ["torn", "edited", "not the schemas' shape", "not JSON"])
def test_a_damaged_cache_is_not_used(cache_home: Path, folder: Path, damage: str) -> None:
    files = CachedFiles(folder)
    files.raw("indicators.toml")
    path = cache_file()
    data = path.read_bytes()
    header, _, body = data.partition(b"\n")
    meta = {k: v for k, v in json.loads(header).items() if k != "sha256"}
    if damage == "torn":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "edited":
        path.write_bytes(header + b"\n" + body.replace(b"lead", b"laed", 1))
    elif damage == "not the schemas' shape":  # digest-valid, but not what the schemas give
        entries = json.loads(body)
        entries["kinds.toml"] = {"__model__": {}}
        user_cache.write(path, meta, json.dumps(entries).encode())
    else:
        user_cache.write(path, meta, b"{not json")
    if damage == "not the schemas' shape":
        with pytest.raises(AttributeError):  # what the shipped lexicon's loader falls back on
            build(CachedFiles(folder))
    else:
        _same_as_validating(CachedFiles(folder), folder)


def test_the_shipped_lexicon_falls_back_from_cached_contents_of_the_wrong_shape(cache_home: Path) -> None:
    script = "from fgqa.lexicon import lexicon\nprint(len(lexicon().indicators))"
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}

    def run() -> str:
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
        assert out.returncode == 0 and not out.stderr, out.stderr
        return out.stdout.strip()

    count = run()
    path = cache_home / "fgqa" / "lexicon.json"
    header, _, body = path.read_bytes().partition(b"\n")
    entries = json.loads(body)
    entries["indicators.toml"]["__model__"].pop("cue")
    user_cache.write(path, {k: v for k, v in json.loads(header).items() if k != "sha256"}, json.dumps(entries).encode())
    assert run() == count


def test_the_key_follows_the_source_of_every_model_the_schemas_validate_with(folder: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # a checkout that changes a model the schemas import (abstain.py's Condition, models.py's
    # Level) changes what validating gives without touching schemas.py or a TOML file
    before = CachedFiles(folder).key()
    real = Path.read_bytes
    for changed in ("abstain.py", "models.py", "schemas.py"):
        monkeypatch.setattr(Path, "read_bytes",
                            lambda self, _c=changed: real(self) + (b"#" if self.name == _c else b""))
        assert CachedFiles(folder).key() != before, changed
        monkeypatch.setattr(Path, "read_bytes", real)
    assert CachedFiles(folder).key() == before
