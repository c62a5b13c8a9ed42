"""Reports built from a fixture's text in tests: a `Document` as the loader gives it, and its
rules summary (one way to build them, instead of a DocInfo written out in every test)."""

from __future__ import annotations

from typing import Any

from fgqa.models import DocInfo, Document, Figure, Meta, Summary


def document(text: str, path: str = "report.txt", *, sha256: str = "0" * 64, meta: Meta | None = None,
             **fields: Any) -> Document:
    """The text as a loaded document: `meta`, or the metadata fields given (issuer=…, year=…)."""
    return Document(info=DocInfo(path=path, sha256=sha256, chars=len(text)), text=text,
                    meta=meta if meta is not None else Meta(**fields))


def summary_of(doc: Document) -> Summary:
    """What the rules engine summarizes of the document."""
    from fgqa.engines.rules import RulesEngine
    from fgqa.pipeline import summarize_document

    return summarize_document(doc, RulesEngine())


def summarized(text: str, path: str = "report.txt", **kw: Any) -> tuple[Document, Summary]:
    """The document (as `document`) and its rules summary."""
    doc = document(text, path, **kw)
    return doc, summary_of(doc)


def ask(report: tuple[Document, Summary], question: str) -> Any:
    """The rules answer to a question about a report built by `summarized`."""
    from fgqa.answers import answer_question

    doc, summary = report
    return answer_question(question, summary, doc.text)


def figures_of(text: str, year: int | None = None, **kw: Any) -> list[Figure]:
    """Every figure the rules read in the text, with its own sections (`kw`: extract_figures's)."""
    from fgqa.figures.extract import extract_figures
    from fgqa.sections import outline

    return extract_figures(text, outline(text).sections, year, **kw)


def stated_with_scopes(text: str) -> list[tuple[str | None, float, str | None]]:
    """(key, value, scope) of the keyed stated figures once the parts of stated totals are unkeyed:
    what a breakdown of a total into scopes leaves as the year's figures."""
    from fgqa.figures.derive import unkey_parts_of_stated_totals

    figs = unkey_parts_of_stated_totals(figures_of(text), text)
    return [(f.key, f.value, f.scope) for f in figs if f.key and f.kind == "stated"]


def compile_every_pattern() -> list[str]:
    """Compile every pattern a run of the package can use (the lexicon's, the lazy module
    patterns, what loading the fixture reports compiles) through fgqa.re_cache; return the
    "flags:pattern" keys re_cache has read needles and windows for."""
    import re
    from pathlib import Path

    from fgqa import lazy_re, re_cache
    from fgqa.documents import load_document
    from fgqa.lexicon import lexicon

    lexicon().compile_all()
    for lazy in lazy_re.ALL:
        try:
            lazy.compiled()
        except re.error:  # a test's deliberately broken stand-in
            pass
    for report in sorted((Path(__file__).resolve().parents[1] / "evals" / "corpus").iterdir()):
        load_document(report)  # what a run compiles on the way
    return list(re_cache._needles)
