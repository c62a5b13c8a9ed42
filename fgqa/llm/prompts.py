"""The prompt files: package data (fgqa/prompts/*.md), read with importlib.resources.

A prompt's version is its file name plus a hash of the file's bytes, so a changed prompt
changes every cache key and shows in run provenance. `FGQA_PROMPTS_DIR` points at another
folder of prompt files (to try a prompt without reinstalling).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from fgqa.errors import ConfigError

PROMPTS_ENV = "FGQA_PROMPTS_DIR"
SUFFIX = ".md"


@dataclass(frozen=True)
class Prompt:
    name: str
    #: the text as sent, placeholders filled
    text: str
    #: file name + sha256 of the file's content: a changed prompt changes every cache key
    version: str


def prompts_folder() -> Traversable:
    """The folder prompts are read from: $FGQA_PROMPTS_DIR, else the installed package's."""
    override = os.environ.get(PROMPTS_ENV)
    return Path(override) if override else files("fgqa").joinpath("prompts")


def prompt_version(name: str, content: str) -> str:
    return f"{name}:{hashlib.sha256(content.encode('utf-8')).hexdigest()[:12]}"


def load_prompt(name: str, fill: Mapping[str, str] | None = None, *, folder: Traversable | None = None) -> Prompt:
    """The prompt file `name`, with each `{{PLACEHOLDER}}` in `fill` replaced by its text."""
    where = folder or prompts_folder()
    try:
        content = where.joinpath(name).read_text(encoding="utf-8")
    except OSError as err:
        raise ConfigError(f"cannot read prompt {where}/{name}: {err.strerror or err} (set {PROMPTS_ENV})") from None
    text = content
    for placeholder, value in (fill or {}).items():
        text = text.replace(placeholder, value)
    return Prompt(name=name, text=text, version=prompt_version(name, content))


def prompt_files(folder: Traversable | None = None) -> dict[str, bytes]:
    """Every prompt file's name and bytes, in name order (for provenance hashes)."""
    where = folder or prompts_folder()
    if not where.is_dir():
        return {}
    found = sorted((entry.name, entry) for entry in where.iterdir() if entry.is_file() and entry.name.endswith(SUFFIX))
    return {name: entry.read_bytes() for name, entry in found}
