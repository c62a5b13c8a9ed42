"""Lookups over an outline's sections that stay cheap on long reports.

The later stages ask, for every number, which section it is in and what that section's
parents are headed; a scan of the section list per number makes a report with thousands
of sections quadratic. Sections come from `outline()` in reading order (spans sorted by
start, non-overlapping), so the section at a position is a binary search and the rest are
built in one pass.
"""

from __future__ import annotations

from bisect import bisect_right

from fgqa.models import Section


def section_at(sections: list[Section], pos: int) -> Section | None:
    """The last section starting at or before `pos` (None before the first one)."""
    i = bisect_right(sections, pos, key=_start)
    return sections[i - 1] if i else None


def _start(sec: Section) -> int:
    return sec.span[0]


class SectionIndex:
    """One outline's sections, indexed once: by position, by id, and their subtree ends."""

    def __init__(self, sections: list[Section]) -> None:
        self.sections = sections
        self._starts = [s.span[0] for s in sections]
        self._by_id: dict[str, Section] = {}
        #: id → the furthest end of any section below it (ids nest by '.')
        self._below_end: dict[str, int] = {}
        for sec in sections:
            self._by_id.setdefault(sec.id, sec)  # the first of a repeated id, as a scan finds it
            sid = sec.id
            while "." in sid:
                sid = sid.rsplit(".", 1)[0]
                if self._below_end.get(sid, -1) < sec.span[1]:
                    self._below_end[sid] = sec.span[1]

    def at(self, pos: int) -> Section | None:
        """The last section starting at or before `pos`."""
        i = bisect_right(self._starts, pos)
        return self.sections[i - 1] if i else None

    def get(self, section_id: str) -> Section | None:
        return self._by_id.get(section_id)

    def subtree_span(self, section: Section) -> tuple[int, int]:
        """The span of a section with all its sub-sections."""
        return section.span[0], max(section.span[1], self._below_end.get(section.id, section.span[1]))

    def lineage(self, section: Section | None) -> list[Section]:
        """The section, then its parents up to the top level (those present in the outline)."""
        out: list[Section] = []
        sid = section.id if section else None
        while sid:
            sec = self._by_id.get(sid)
            if sec is not None:
                out.append(sec)
            sid = sid.rsplit(".", 1)[0] if "." in sid else None
        return out
