"""The hand-made gold standard: one `<stem>.gold.json` per report and a questions.jsonl.

The gold files carry annotator notes and extra fields (note, issuer_note,
published_source, direction, trap…); the models accept unknown fields so a new note
never breaks a run, but the fields the scorer reads are typed and validated.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from fgqa.errors import InputError
from fgqa.models import Kind, PartKey, Qualifier

#: cannot_answer: the report does not say (no figure of the taxonomy either); any honest
#: "not in this report" answer (cannot_answer or not_disclosed) passes
GoldAnswerType = Literal["number", "not_disclosed", "cannot_answer", "text", "yes_no", "list"]
QUESTIONS_FILE = "questions.jsonl"


class Lenient(BaseModel):
    model_config = ConfigDict(extra="allow")


class GoldMeta(Lenient):
    issuer: str | None = None
    region: str | None = None
    level: str | None = None
    year: int | None = None
    published: str | None = None
    signed: str | None = None
    title: str | None = None


class GoldPart(Lenient):
    present: bool
    heading: str | None = None
    note: str | None = None


class GoldFigure(Lenient):
    """A gold indicator. Derived figures may quote several substrings (a list)."""

    key: str
    value: int | float
    unit: str
    qualifier: Qualifier = "exact"
    kind: Kind
    scope: str | None = None
    quote: str | list[str]
    formula: str | None = None
    direction: Literal["up", "down"] | None = None
    note: str | None = None

    @property
    def failure_class(self) -> str | None:
        """The issue-11 failure class the gold names (`"class": "table"`), if any."""
        value = (self.model_extra or {}).get("class")
        return value if isinstance(value, str) else None

    @property
    def quote_text(self) -> str:
        return self.quote if isinstance(self.quote, str) else " … ".join(self.quote)


class GoldOther(Lenient):
    label: str
    value: int | float
    unit: str
    qualifier: Qualifier = "exact"
    kind: Kind = "stated"
    quote: str | list[str]
    note: str | None = None


class GoldFile(Lenient):
    doc: str
    meta: GoldMeta
    parts: dict[PartKey, GoldPart]
    indicators: list[GoldFigure]
    other_figures: list[GoldOther] = []


class GoldQuestion(Lenient):
    id: str
    doc: str  # a corpus file name, or "*" for a question over every report
    question: str
    answer_type: GoldAnswerType
    expected: Any = None
    quote: list[Any] = []
    note: str | None = None
    trap: str | None = None

    @property
    def cross_report(self) -> bool:
        return self.doc == "*"


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read gold file {path}: {exc}") from exc


def load_gold_file(path: str | Path) -> GoldFile:
    path = Path(path)
    try:
        return GoldFile.model_validate(_read_json(path))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError(f"gold file {path.name} is not in the gold format ({where}: {first['msg']})") from exc


def gold_paths(gold_dir: str | Path) -> list[Path]:
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise InputError(f"gold directory not found: {gold_dir}")
    paths = sorted(gold_dir.glob("*.gold.json"))
    if not paths:
        raise InputError(f"no *.gold.json files in {gold_dir}")
    return paths


def load_gold_dir(gold_dir: str | Path) -> list[GoldFile]:
    return [load_gold_file(p) for p in gold_paths(gold_dir)]


def load_questions(path: str | Path) -> list[GoldQuestion]:
    path = Path(path)
    if not path.is_file():
        raise InputError(f"questions file not found: {path}")
    questions = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            questions.append(GoldQuestion.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise InputError(f"{path.name} line {n} is not a gold question: {str(exc).splitlines()[0]}") from exc
    return questions


def gold_set_hash(gold_dir: str | Path) -> str:
    """sha256 over the gold files and the questions, so two runs can tell they used the same gold."""
    gold_dir = Path(gold_dir)
    digest = hashlib.sha256()
    files = gold_paths(gold_dir)
    if (gold_dir / QUESTIONS_FILE).is_file():
        files.append(gold_dir / QUESTIONS_FILE)
    for p in files:
        digest.update(p.name.encode())
        digest.update(b"\0")
        digest.update(p.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()
