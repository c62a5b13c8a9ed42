"""Sections stage: normalized text → a section tree and the four parts.

`outline(text)` is the stage's one entry point. Sections are a flat list in reading
order with non-overlapping spans (a section ends where the next heading of any level
starts); `level` and the dotted `id` carry the hierarchy.
"""


from typing import Literal

from fgqa.lexicon import lexicon
from fgqa.models import PART_KEYS, Heading, PartKey, PartStatus, Section, Strict
from fgqa.sections.headings import find_headings
from fgqa.sections.index import SectionIndex, section_at
from fgqa.sections.parts import classify_heading, find_part_paragraph, is_leadership_sub_heading

__all__ = ["Outline", "SectionIndex", "move_to_part", "outline", "section_at"]

#: ordinal items (一是/二是) stay inside their section's body
SECTION_MAX_DEPTH = 4


class Outline(Strict):
    sections: list[Section]
    parts: dict[PartKey, PartStatus]


def outline(text: str) -> Outline:
    headings = [h for h in find_headings(text) if h.depth <= SECTION_MAX_DEPTH]
    sections = _build_sections(text, headings)
    named = {s.id: classify_heading(s.heading or "") for s in sections if s.level == 1}
    missing = [p for p in PART_KEYS if not any(p in parts for parts in named.values())]
    extra = _unheaded_part_starts(text, sections, missing)
    if extra:
        sections = _build_sections(text, headings, extra)
        named = {s.id: classify_heading(s.heading or "") if s.heading else [] for s in sections if s.level == 1}
        for sec in sections:
            if sec.level == 1 and sec.span[0] in extra:
                named[sec.id] = [extra[sec.span[0]]]
    parts = _assign_parts(sections, named)
    _part_in_a_sentence(text, sections, parts)
    return Outline(sections=sections, parts=parts)


def _part_in_a_sentence(text: str, sections: list[Section], parts: dict[PartKey, PartStatus]) -> None:
    """A part no heading or paragraph names may be reported in a sentence of another section
    (the leadership duty inside the measures): present, with the section it was found in."""
    lex = lexicon()
    for key, status in parts.items():
        pattern = lex.parts[key].in_sentence
        if status.present or pattern is None:
            continue
        for m in pattern.finditer(text):
            holder = next((s for s in reversed(sections) if s.span[0] <= m.start() < s.span[1]), None)
            # a promise in the plans or a failing in the shortcomings is not the duty reported
            if holder is not None and holder.part not in ("plans", "shortcomings"):
                parts[key] = PartStatus(present=True, heading=None, section_ids=[holder.id])
                break


def _build_sections(text: str, headings: list[Heading], unheaded: dict[int, PartKey] | None = None) -> list[Section]:
    """Turn headings into sections; `unheaded` adds top-level sections with no heading."""
    starts: list[tuple[int, Heading | None]] = [(h.span[0], h) for h in headings]
    starts += [(pos, None) for pos in (unheaded or {})]
    starts.sort(key=lambda item: item[0])
    # ranks relative to the shallowest style actually used give the tree levels
    sections: list[Section] = []
    first = starts[0][0] if starts else len(text)
    if text[:first].strip():
        sections.append(Section(id="s0", heading=None, level=0, span=(0, first)))
    stack: list[tuple[int, str, int]] = []  # (depth, id, child count)
    top_count = 0
    for index, (start, heading) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(text)
        depth = heading.depth if heading else 1
        while stack and stack[-1][0] >= depth:
            stack.pop()
        if stack:
            parent_depth, parent_id, children = stack[-1]
            stack[-1] = (parent_depth, parent_id, children + 1)
            sid = f"{parent_id}.{children + 1}"
        else:
            top_count += 1
            sid = f"s{top_count}"
        stack.append((depth, sid, 0))
        sections.append(
            Section(
                id=sid,
                heading=heading.text if heading else None,
                level=len(stack),
                span=(start, _trim_end(text, start, end)),
            )
        )
    return sections


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return end


def _unheaded_part_starts(text: str, sections: list[Section], missing: list[PartKey]) -> dict[int, PartKey]:
    """Paragraph starts that open a part no heading names (e.g. '下一步,…')."""
    found: dict[int, PartKey] = {}
    one_line = text.count("\n") < 3
    body_start = next((s.span[0] for s in sections if s.level >= 1), 0)
    for part in missing:
        pos = find_part_paragraph(text, part, body_start, len(text), one_line=one_line)
        if pos is not None and pos not in found and not any(s.span[0] == pos for s in sections):
            found[pos] = part
    return found


def _assign_parts(sections: list[Section], named: dict[str, list[PartKey]]) -> dict[PartKey, PartStatus]:
    status = {p: PartStatus(present=False) for p in PART_KEYS}
    top = [s for s in sections if s.level == 1]
    first_named_non_measure = next(
        (i for i, s in enumerate(top) if any(p != "measures" for p in named.get(s.id, []))), len(top)
    )
    has_measures_heading = any("measures" in named.get(s.id, []) for s in top)
    current: PartKey | None = None
    for i, sec in enumerate(top):
        parts = list(named.get(sec.id, []))
        by_heading = bool(parts) and sec.heading is not None
        if not parts:
            # thematic top-level sections before the other parts are the year's measures
            if i < first_named_non_measure and (not has_measures_heading or current == "measures"):
                parts = ["measures"]
        for part in parts:
            st = status[part]
            if not st.present:
                st.present = True
                st.heading = sec.heading if by_heading else None
            st.section_ids.append(sec.id)
        current = parts[0] if parts else None
        sec.part = current
    # sub-sections inherit their top-level section's part(s)
    parts_of_top = {s.id: [p for p in PART_KEYS if s.id in status[p].section_ids] for s in top}
    for sec in sections:
        if sec.level > 1:
            inherited = parts_of_top.get(sec.id.split(".")[0], [])
            sec.part = inherited[0] if inherited else None
            for part in inherited:
                status[part].section_ids.append(sec.id)
    if not status["leadership"].present:
        _leadership_sub_part(sections, status)
    return status


def _leadership_sub_part(sections: list[Section], status: dict[PartKey, PartStatus]) -> None:
    """Reports with three parts often put the first-responsible-person duties in a sub-section
    of the measures ("（八）压实第一责任人职责"): that sub-section (and its children) is the part."""
    sub = next((s for s in sections if s.level == 2 and s.heading and s.part == "measures"
                and is_leadership_sub_heading(s.heading)), None)
    if sub is not None:
        move_to_part(sections, status, sub.id, "leadership")


def move_to_part(sections: list[Section], status: dict[PartKey, PartStatus], section_id: str, part: PartKey,
                 source: Literal["rules", "llm"] = "rules") -> str | None:
    """Make a section (with its sub-sections) the part `part`, taking it out of the part it was
    in. Returns why it cannot (None when done): the part is present already, the section is
    not a top-level or second-level section, or it is all its current part has."""
    sec = next((s for s in sections if s.id == section_id), None)
    if sec is None or sec.level not in (1, 2):
        return f"{section_id} is not a top-level or second-level section"
    if status[part].present:
        return f"the {part} part is present already"
    ids = [s.id for s in sections if s.id == sec.id or s.id.startswith(sec.id + ".")]
    for other, st in status.items():
        left = [i for i in st.section_ids if i not in ids]
        if st.present and not left and other != part:
            return f"{section_id} is all the {other} part has"
    for st in status.values():
        st.section_ids = [i for i in st.section_ids if i not in ids]
    status[part] = PartStatus(present=True, heading=sec.heading, section_ids=ids, source=source)
    for s in sections:
        if s.id in ids:
            s.part = part
    return None
