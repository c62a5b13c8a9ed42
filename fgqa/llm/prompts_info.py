"""Short content hashes of what the LLM is asked and what it must answer, for run provenance.

- prompt hash: sha256 over every file in the prompts folder (names and bytes, in name
  order) plus the indicator table the engine splices into them, since that table is part
  of the prompt as sent;
- schema hash: sha256 over the JSON schemas of the response models in
  fgqa.engines.llm_models, in name order.

Two runs with equal hashes asked the same questions in the same shape; a changed prompt
or response model shows up in the run record (and in the cassettes' request bodies).
"""

from __future__ import annotations

import hashlib
import inspect
import json
from pathlib import Path

HASH_CHARS = 12


def _digest(chunks: list[bytes]) -> str:
    sha = hashlib.sha256()
    for chunk in chunks:
        sha.update(len(chunk).to_bytes(8, "big"))  # length-prefixed: no two layouts collide
        sha.update(chunk)
    return sha.hexdigest()[:HASH_CHARS]


def prompt_hash(directory: Path | None = None) -> str:
    from fgqa.engines.llm import indicator_table, prompts_dir

    folder = directory or prompts_dir()
    files = sorted(p for p in folder.glob("*") if p.is_file()) if folder.is_dir() else []
    chunks: list[bytes] = []
    for path in files:
        chunks += [path.name.encode("utf-8"), path.read_bytes()]
    chunks.append(indicator_table().encode("utf-8"))
    return _digest(chunks)


def schema_hash() -> str:
    from pydantic import BaseModel

    from fgqa.engines import llm_models

    models = sorted(
        (obj for _, obj in inspect.getmembers(llm_models, inspect.isclass)
         if issubclass(obj, BaseModel) and obj.__module__ == llm_models.__name__),
        key=lambda cls: cls.__name__,
    )
    chunks = [
        json.dumps({"model": cls.__name__, "schema": cls.model_json_schema()}, ensure_ascii=False,
                   sort_keys=True, separators=(",", ":")).encode("utf-8")
        for cls in models
    ]
    return _digest(chunks)


def prompt_and_schema_hashes() -> tuple[str, str]:
    """(prompt hash, schema hash), 12 hex characters each."""
    return prompt_hash(), schema_hash()
