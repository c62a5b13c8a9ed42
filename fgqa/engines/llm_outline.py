"""The outline call: one extra llm question per report, asked only where the rules are unsure.

The rules are unsure when they found no issuer or no year, or when a part has no heading
or paragraph naming it (absent — or named in words they do not know). The model is shown
the report's head, its outline (levels 1–2, with section ids) and its end, and names the
issuer, the year and the section of each part.

Nothing it says is taken on trust:
- the issuer must be in the text verbatim and look like an organisation; region and level
  are then derived from it by the rules' own readers;
- the year must be written in the text;
- a part's section must be in the outline, at level 1 or 2, and its heading must not name
  another part by the rules' lexicon. The hybrid engine also wants the heading's own
  words to agree (a looser lexicon than the rules', that only confirms a proposal), so a
  wrong model cannot make it find a part the report does not have on its word alone.
Only what the rules did not find is filled; the rules' answers are never replaced.
"""

from __future__ import annotations

from typing import Any

from fgqa.documents.metadata import level_of, looks_like_org, region_of
from fgqa.engines.base import OutlineProposal
from fgqa.engines.llm_models import OUTLINE_PARTS, OutlineReading
from fgqa.lexicon import lexicon
from fgqa.models import PART_KEYS, Document, Section
from fgqa.sections import outline
from fgqa.sections.parts import classify_heading

OUTLINE_PROMPT = "outline_reading.md"
#: how much of the report's start and end the model sees (title, preamble, signature)
HEAD_CHARS = 400
TAIL_CHARS = 150
HEADING_CHARS = 60



def unsure_of(doc: Document, sections: list[Section]) -> list[str]:
    """What the rules did not find: meta fields ("issuer", "year") and missing parts (read
    from the sections stage itself: a merged 存在的不足和下一步打算 section is two parts)."""
    unsure = [name for name in ("issuer", "year") if getattr(doc.meta, name) is None]
    parts = outline(doc.text).parts
    return unsure + [part for part in PART_KEYS if not parts[part].present]


def outline_messages(prompt_text: str, doc: Document, sections: list[Section]) -> list[dict[str, str]]:
    text = doc.text
    lines = []
    for sec in sections:
        if sec.level in (1, 2):
            title = sec.heading or text[sec.span[0]:sec.span[0] + 30].split("\n")[0] + "…"
            lines.append(f"{sec.id} {title.strip()[:HEADING_CHARS]}")
    head = text[:HEAD_CHARS].strip()
    tail = text[-TAIL_CHARS:].strip() if len(text) > HEAD_CHARS + TAIL_CHARS else ""
    body = f"开头：\n{head}\n\n章节目录：\n" + "\n".join(lines)
    if tail:
        body += f"\n\n结尾：\n{tail}"
    # one user turn: some chat templates (Gemma's in llama.cpp) drop system messages
    return [{"role": "user", "content": f"{prompt_text}\n\n# 报告\n\n{body}"}]


def validation_context(doc: Document, sections: list[Section]) -> dict[str, Any]:
    return {"text": doc.text, "section_ids": [s.id for s in sections if s.level in (1, 2)]}


def check_outline(reading: OutlineReading, doc: Document, sections: list[Section], unsure: list[str], *,
                  confirm: bool) -> tuple[OutlineProposal, list[str]]:
    """What of the model's reading may fill the rules' gaps, and why the rest may not."""
    proposal = OutlineProposal()
    # the model answers every field; only those the rules were unsure of are worth a word
    refused: list[str] = [r for r in reading.rejected if r.split(":", 1)[0] in unsure]
    if "issuer" in unsure and reading.issuer:
        if looks_like_org(reading.issuer):
            proposal.meta["issuer"] = reading.issuer
            region, level = region_of(reading.issuer), level_of(reading.issuer)
            if region is not None and doc.meta.region is None:
                proposal.meta["region"] = region
            if level is not None and doc.meta.level is None:
                proposal.meta["level"] = level
        else:
            refused.append(f"issuer: “{reading.issuer[:30]}” is not the name of an organisation")
    if "year" in unsure and reading.year is not None:
        proposal.meta["year"] = reading.year

    by_id = {s.id: s for s in sections}
    taken: set[str] = set()
    for part in OUTLINE_PARTS:
        section_id = getattr(reading, part)
        if part not in unsure or section_id is None:
            continue
        sec = by_id.get(section_id)
        problem = _part_problem(part, sec, doc.text, confirm=confirm) if sec else "not in the outline"
        if problem is None and section_id in taken:
            problem = "named for another part too"
        if problem:
            refused.append(f"{part}: {section_id} {problem}")
            continue
        taken.add(section_id)
        proposal.parts[part] = section_id  # type: ignore[index]
    return proposal, refused


def _part_problem(part: str, sec: Section, text: str, *, confirm: bool) -> str | None:
    heading = sec.heading or text[sec.span[0]:sec.span[0] + 40]
    named = classify_heading(heading) if sec.heading else []
    if named and part not in named:
        return f"is headed as the {', '.join(named)} part"
    # words that confirm a model's part mapping in a section's heading (hybrid only)
    if confirm and not lexicon().parts[part].confirming.search(heading):  # type: ignore[index]
        return "has no heading words of that part"
    return None
