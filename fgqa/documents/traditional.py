"""Whether OpenCC's traditional → simplified conversion can change a text, without loading it.

Most reports are written in simplified characters and come out of the conversion as they
went in; loading OpenCC's dictionaries costs ~10 ms of every start. The characters and
phrases the conversion can change are listed in t2s_triggers.json (made from the installed
dictionaries by scripts/t2s_triggers.py, which says why the list is exact); a text with
none of them is left as it is. When the installed dictionaries are not the ones the list
was made from, every text is converted.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from fgqa import re_cache

#: the files of OpenCC's t2s conversion (t2s.json names the others)
DICTIONARIES = ("t2s.json", "CJK_Compatibility_Ideographs.ocd2", "TSPhrases.ocd2", "TSCharactersExt.ocd2",
                "TSCharacters.ocd2")
TRIGGERS = Path(__file__).with_name("t2s_triggers.json")


def share_dir() -> Path:
    """OpenCC's dictionary folder, found without importing opencc (that is what we save)."""
    spec = importlib.util.find_spec("opencc")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("opencc", name="opencc")
    return Path(spec.origin).parent / "clib" / "share" / "opencc"


def dictionaries_hash() -> str | None:
    """sha256 over the installed t2s dictionaries (None when they are not where expected)."""
    digest = hashlib.sha256()
    try:
        for name in DICTIONARIES:
            digest.update(name.encode() + b"\0" + (share_dir() / name).read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


class Triggers(NamedTuple):
    chars: frozenset[str]
    phrases: tuple[str, ...]
    #: the characters as the file lists them (scripts/t2s_triggers.py writes them sorted, once
    #: each): the class is written from it, in an order that is the same in every process
    listed: str


@lru_cache(maxsize=1)
def _triggers() -> Triggers | None:
    try:
        data = json.loads(TRIGGERS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("dictionaries_sha256") != dictionaries_hash():
        return None
    return Triggers(frozenset(data["chars"]), tuple(data["phrases"]), str(data["chars"]))


def may_change(text: str) -> bool:
    """False only when the conversion is sure to return `text` unchanged."""
    triggers = _triggers()
    if triggers is None:
        return True
    chars, phrases, listed = triggers
    # the characters are one class scanned in C (chars.isdisjoint(text) made a string of every
    # character of the text to hash it, ~6× slower); the class holds the BMP ones, and any
    # character beyond the BMP (rare, and where most of the list's are) is asked of the set
    hit = _chars_pattern(listed).search(text)
    if hit is not None and (hit.group() in chars or not chars.isdisjoint(text[hit.start():])):
        return True
    # the phrases are one alternation, scanned once (~0.1 ms of a report's ~0.35 ms before)
    return _phrases_pattern(phrases).search(text) is not None


@lru_cache(maxsize=1)
def _chars_pattern(chars: str) -> re.Pattern[str]:
    """The BMP characters of `chars` (in their order) or any character beyond the BMP (a class
    with thousands of those is a list sre reads through at every character, ~200× slower than
    the BMP's map). Only ASCII characters are escaped: re.escape changes no other, and called on
    each of the ~4,000 CJK ones it cost ~9 ms of every start; the file's order is used as it is
    (sorting the set again cost ~1 ms)."""
    bmp = "".join(re.escape(c) if c < "\x80" else c for c in chars if c <= "\uffff")
    return re_cache.compile(f"[{bmp}]|[\U00010000-\U0010FFFF]" if bmp else "[\U00010000-\U0010FFFF]")


@lru_cache(maxsize=1)
def _phrases_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re_cache.compile("|".join(re.escape(p) for p in phrases) or "(?!)")
