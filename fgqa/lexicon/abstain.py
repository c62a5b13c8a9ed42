"""abstain.toml: the conditions under which a committed answer gives way to "not in this
report", and the words its evidence features read (fgqa/answers/calibration.py).

Validated like every lexicon file (schemas.RawAbstainFile) and read with questions.toml when
the answers stage first needs it (`Lexicon.abstention`); `read_abstention` reads a file of
candidate conditions in the same form (scripts/calibrate.py loso --conditions).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict


class Condition(BaseModel):
    """Every test must hold: the answer's type, its path (any, when none is listed), the
    features required true, the numeric features under `below` / at or above `at_least`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    #: why the answer is withheld, as the answer says it
    why: str
    answer_type: Literal["number", "yes_no"]
    paths: list[str] = []
    require: list[str] = []
    below: dict[str, float] = {}
    at_least: dict[str, float] = {}


class Abstention(NamedTuple):
    conditions: list[Condition]
    #: a sentence saying a thing holds for all of a kind (均, 全覆盖, 无一)
    whole: re.Pattern[str]
    #: an exception, a part or a negation (其中, 部分, 未, a rate below 100 %)
    exception: re.Pattern[str]
    #: a negation right after a whole word (均未): it says none, not all
    negation_after: re.Pattern[str]


def build_abstention(raw: Any, compile: Callable[[str, str], re.Pattern[str]]) -> Abstention:
    w = raw.words
    conditions = list(raw.condition)  # validated as Condition already (schemas.RawAbstainFile)
    return Abstention(conditions=conditions, whole=compile(w.whole, "[words] whole"),
                      exception=compile(w.exception, "[words] exception"),
                      negation_after=compile(w.negation_after, "[words] negation_after"))


def read_abstention(path: Path) -> Abstention:
    """A file in abstain.toml's form (candidate conditions), validated as abstain.toml is."""
    from fgqa.lexicon import schemas
    from fgqa.lexicon.load import LexiconError, _Compiler, obj

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise LexiconError(f"{path}: {err.strerror}") from None
    return build_abstention(obj(schemas.validate("abstain.toml", text)), _Compiler(path.name).compile)


def condition_holds(c: Condition, row: Mapping[str, Any]) -> bool:
    """Does the condition hold for one answer (a collected row, or an answer's evidence)?"""
    e = row.get("evidence")
    if not e or row.get("answer_type") != c.answer_type:
        return False
    if c.paths and e.get("path") not in c.paths:
        return False
    if not all(e.get(f) for f in c.require):
        return False
    if any(not (float(e.get(f, 0)) < b) for f, b in c.below.items()):
        return False
    return all(float(e.get(f, 0)) >= b for f, b in c.at_least.items())
