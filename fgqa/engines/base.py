"""The one interface both engines implement.

An engine gets a normalized `Document` and its `Section`s and returns figures,
per-section summaries and, where the rules found none, metadata and part mappings. It never computes spans from model output on trust: every
figure goes through `fgqa.figures.grounding` before it is shown.
"""


from typing import Literal, Protocol

from pydantic import ConfigDict, Field

from fgqa.models import Document, Figure, PartKey, Section, Strict, Usage


class OutlineProposal(Strict):
    """Metadata and part mappings an engine found where the rules found none (already checked
    against the text; the pipeline fills only what is still missing)."""

    model_config = ConfigDict(defer_build=True)  # not on the summarize path: built when first used

    meta: dict[Literal["issuer", "region", "level", "year"], str | int] = Field(default_factory=dict)
    #: part → id of the section (level 1 or 2) that holds it
    parts: dict[PartKey, str] = Field(default_factory=dict)


class EngineResult(Strict):
    figures: list[Figure] = Field(default_factory=list)
    #: section id → extractive/abstractive summary
    summaries: dict[str, str] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)
    outline: OutlineProposal | None = None


class Engine(Protocol):
    name: str

    def extract(self, doc: Document, sections: list[Section]) -> EngineResult: ...
