"""Short content hashes of what the LLM is asked and what it must answer, for run provenance.

- prompt hash: sha256 over every prompt file (names and bytes, in name order) plus the
  indicator table the llm engine splices into them, since that table is part of the
  prompt as sent;
- schema hash: sha256 over the JSON schemas of every response model (the engines'
  section and outline readings, the answers' quoted answer), in module and name order.

Two runs with equal hashes asked the same questions in the same shape; a changed prompt
or response model shows up in the run record (and in the cassettes' request bodies).
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
import json
from typing import Any

from pydantic import BaseModel

HASH_CHARS = 12
#: the modules whose pydantic models are sent to the LLM as response models
RESPONSE_MODEL_MODULES = ("fgqa.engines.llm_models", "fgqa.answers.llm_models")


def _digest(chunks: list[bytes]) -> str:
    sha = hashlib.sha256()
    for chunk in chunks:
        sha.update(len(chunk).to_bytes(8, "big"))  # length-prefixed: no two layouts collide
        sha.update(chunk)
    return sha.hexdigest()[:HASH_CHARS]


def prompt_hash() -> str:
    from fgqa.engines.llm import indicator_table
    from fgqa.llm.prompts import prompt_files

    chunks: list[bytes] = []
    for name, content in prompt_files().items():
        chunks += [name.encode("utf-8"), content]
    chunks.append(indicator_table().encode("utf-8"))
    return _digest(chunks)


def response_models() -> list[type[BaseModel]]:
    """Every response model, module by module, each sorted by name."""
    found: list[type[BaseModel]] = []
    for module_name in RESPONSE_MODEL_MODULES:
        module = importlib.import_module(module_name)
        found += sorted(
            (obj for _, obj in inspect.getmembers(module, inspect.isclass)
             if issubclass(obj, BaseModel) and obj.__module__ == module.__name__),
            key=lambda cls: cls.__name__,
        )
    return found


def schema_hash() -> str:
    chunks = [
        json.dumps({"model": cls.__name__, "schema": cls.model_json_schema()}, ensure_ascii=False,
                   sort_keys=True, separators=(",", ":")).encode("utf-8")
        for cls in response_models()
    ]
    return _digest(chunks)


def prompt_and_schema_hashes() -> tuple[str, str]:
    """(prompt hash, schema hash), 12 hex characters each."""
    return prompt_hash(), schema_hash()


def llm_provenance(config: Any) -> dict[str, Any]:
    """What a run record says about the LLM side of a run."""
    prompt, schema = prompt_and_schema_hashes()
    return {"model": config.model, "base_url": config.base_url, "prompt_hash": prompt, "schema_hash": schema}
