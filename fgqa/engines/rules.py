"""The deterministic engine: no network, no key, the default."""

from __future__ import annotations

from fgqa.engines.base import EngineResult
from fgqa.figures.extract import extract_figures
from fgqa.models import Document, Section
from fgqa.sections.summarize import summarize_section


class RulesEngine:
    name = "rules"

    def extract(self, doc: Document, sections: list[Section]) -> EngineResult:
        return EngineResult(
            figures=extract_figures(doc.text, sections),
            summaries={s.id: summarize_section(doc.text, s) for s in sections},
        )
