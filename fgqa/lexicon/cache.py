"""The shipped lexicon files' validated contents, kept in the user's cache between runs.

Validating the six TOML files takes tomllib and ~20 pydantic model classes (~15 ms of each
start); what it gives depends only on the files' bytes, their schemas and pydantic.
So `lexicon.json` in the user's cache folder (fgqa/user_cache.py) holds the plain data
(`schemas.plain`) of the files whose digest its first line names, and a run whose files,
schemas.py or pydantic version differ validates afresh and replaces it. Nothing in it is
trusted: digest-checked JSON read back into plain objects (never unpickled), and contents
that do not read back as the schemas' shape mean validating afresh (`fgqa.lexicon.load._shipped`).
Only the shipped files are kept: `load_lexicon(folder)` and `fgqa lexicon check` always validate.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from pydantic.version import VERSION as PYDANTIC_VERSION

from fgqa import user_cache
from fgqa.lexicon.load import FILES, LexiconError, _Files

#: the layout of the file (schemas.plain's tags and this module's keys)
FORMAT = 1


def cache_file() -> Path:
    return user_cache.folder() / "lexicon.json"


class CachedFiles(_Files):
    """The shipped files, validated by schemas.py only when the cache does not hold them."""

    def __init__(self, where: Any) -> None:
        super().__init__(where)
        self._texts: dict[str, str] = {}
        self._entries: dict[str, Any] | None = None

    def text(self, name: str) -> str:
        if name not in self._texts:
            self._texts[name] = super().text(name)
        return self._texts[name]

    def plain(self, name: str) -> Any:
        if self._entries is None:
            self._entries = self._load()
        if name in self._entries:
            return self._entries[name]
        return super().plain(name)

    def key(self) -> str:
        # the schemas' own source, not fgqa's version string: what validation gives changes
        # with them (and with pydantic), and a checkout changes them without a new version
        digest = hashlib.sha256(f"{PYDANTIC_VERSION} {FORMAT}".encode())
        # (schemas.py validates with models defined beside it and in fgqa/models.py: their source too)
        here = Path(__file__).parent
        for source in (here / "schemas.py", here / "abstain.py", here.parent / "models.py"):
            digest.update(source.read_bytes())
        for name in FILES:
            digest.update(f"\0{name}\0".encode() + hashlib.sha256(self.text(name).encode("utf-8")).digest())
        return digest.hexdigest()

    def _load(self) -> dict[str, Any]:
        try:
            meta = {"format": FORMAT, "key": self.key()}
        except (OSError, LexiconError):  # a missing file: validating it says so, in its own words
            return {}
        body = user_cache.read(cache_file(), meta)
        if body is not None:
            try:
                entries = json.loads(body)
            except ValueError:
                entries = None
            if isinstance(entries, dict) and set(entries) == set(FILES):
                return entries
        try:  # all of them or none: a bad file's error comes when it is read, as without a cache
            fresh = {name: super(CachedFiles, self).plain(name) for name in FILES}
        except LexiconError:
            return {}
        user_cache.write(cache_file(), meta, json.dumps(fresh, ensure_ascii=False).encode("utf-8"))
        return fresh
