"""places.toml: the words issuers, places and levels are read with, as data (not code).

Read with tomllib and checked by hand (no pydantic: the metadata stage imports this at start-up);
a bad file fails with one LexiconError line naming the file and the entry.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, cast, get_args

from fgqa.errors import FgqaError
from fgqa.models import Level

FILE = "places.toml"
LEVELS = frozenset(get_args(Level))
_SUFFIX_LEVELS = ("town", "district", "county", "city")


class PlacesError(FgqaError):
    """places.toml cannot be used (the message names the entry)."""


@dataclass(frozen=True)
class Places:
    #: (place suffixes, level) pairs, longest suffix first
    level_suffixes: tuple[tuple[str, Level], ...]
    province_suffixes: tuple[str, ...]
    municipalities: tuple[str, ...]
    zones: tuple[str, ...]
    zone_self_names: tuple[str, ...]
    self_reference: dict[str, Level]
    bare_government: dict[str, Level]
    ambiguous_self_levels: frozenset[Level]
    suffix_words: dict[str, str]
    lead_words: tuple[str, ...]


def _words(data: dict[str, Any], table: str, key: str) -> tuple[str, ...]:
    value = data.get(table, {}).get(key)
    if not isinstance(value, list) or not value or not all(isinstance(w, str) and w for w in value):
        raise PlacesError(f"{FILE}: [{table}] {key} must be a non-empty list of words")
    return tuple(value)


def _levels(data: dict[str, Any], table: str) -> dict[str, Level]:
    value = data.get(table)
    if not isinstance(value, dict) or not value:
        raise PlacesError(f"{FILE}: [{table}] is missing or empty")
    for word, level in value.items():
        if level not in LEVELS:
            raise PlacesError(f"{FILE}: [{table}] {word} = {level!r} is not a level ({', '.join(sorted(LEVELS))})")
    return cast(dict[str, Level], dict(value))


def parse_places(text: str) -> Places:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise PlacesError(f"{FILE}: not valid TOML: {err}") from None
    pairs = [(w, cast(Level, level)) for level in _SUFFIX_LEVELS for w in _words(data, "levels", level)]
    ambiguous = _words(data, "ambiguity", "self_levels")
    if bad := [lv for lv in ambiguous if lv not in LEVELS]:
        raise PlacesError(f"{FILE}: [ambiguity] self_levels has no level {bad[0]!r}")
    suffix_words = data.get("mentions", {}).get("suffix_words")
    if not isinstance(suffix_words, dict) or not all(isinstance(v, str) for v in suffix_words.values()):
        raise PlacesError(f"{FILE}: [mentions] suffix_words must map a suffix to its following characters")
    return Places(
        level_suffixes=tuple(sorted(pairs, key=lambda p: -len(p[0]))),
        province_suffixes=_words(data, "levels", "province_suffixes"),
        municipalities=_words(data, "levels", "municipalities"),
        zones=_words(data, "levels", "zones"),
        zone_self_names=_words(data, "levels", "zone_self_names"),
        self_reference=_levels(data, "self_reference"),
        bare_government=_levels(data, "bare_government"),
        ambiguous_self_levels=frozenset(cast(tuple[Level, ...], ambiguous)),
        suffix_words=dict(suffix_words),
        lead_words=_words(data, "mentions", "lead_words"),
    )


@lru_cache(maxsize=1)
def places() -> Places:
    """The shipped places.toml, read once."""
    return parse_places(resources.files("fgqa.lexicon").joinpath(FILE).read_text(encoding="utf-8"))


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of `words`, longest first (so 自治区 is tried before 区)."""
    import re

    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
