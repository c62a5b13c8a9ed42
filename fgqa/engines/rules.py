"""The deterministic engine: no network, no key, the default."""

from __future__ import annotations

from fgqa.engines.base import EngineResult
from fgqa.engines.summaries import Sentences, summarize_parent, summarize_section
from fgqa.figures.extract import extract_figures
from fgqa.models import Document, Section
from fgqa.sections import SectionIndex


class RulesEngine:
    name = "rules"

    def extract(self, doc: Document, sections: list[Section]) -> EngineResult:
        summaries = {}
        read = Sentences(doc.text)  # a parent is summarized from its children's sentences: each span read once
        index = SectionIndex(sections)
        children: dict[str, list[Section]] = {}  # parent id → its direct sub-sections, in one pass
        for sec in sections:
            if "." in sec.id:
                children.setdefault(sec.id.rsplit(".", 1)[0], []).append(sec)
        for sec in sections:
            summary = summarize_section(doc.text, sec, read=read)
            if not summary and children.get(sec.id):  # a heading over sub-sections: what they are about
                summary = summarize_parent(doc.text, sec, children[sec.id], read=read)
            if not summary and sec.heading:
                summary = summarize_section(doc.text, sec, index.subtree_span(sec), read=read)
            summaries[sec.id] = summary
        return EngineResult(figures=extract_figures(doc.text, sections, doc.meta.year, level=doc.meta.level,
                                                         issuer=doc.meta.issuer), summaries=summaries)
