"""The one interface both engines implement.

An engine gets a normalized `Document` and its `Section`s and returns figures and
per-section summaries. It never computes spans from model output on trust: every
figure goes through `fgqa.figures.grounding` before it is shown.
"""

from __future__ import annotations

from typing import Protocol

from pydantic import Field

from fgqa.models import Document, Figure, Section, Strict, Usage


class EngineResult(Strict):
    figures: list[Figure] = Field(default_factory=list)
    #: section id → extractive/abstractive summary
    summaries: dict[str, str] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)


class Engine(Protocol):
    name: str

    def extract(self, doc: Document, sections: list[Section]) -> EngineResult: ...
