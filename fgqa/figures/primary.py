"""Which of an indicator's figures is the report's own: the one a reader quotes for the report.

A report often gives one key for several scopes (全区75件, 区政府本级18件, 各街道作为被告的…),
periods and parts (共计133件,其中简易程序92件). The report's own figure is a year figure
(stated, a verbal zero or derived — in that order of preference) of the body's own, widest
scope:

- never a part of the body: no narrower scope in its sentence (各街道作为被告, 街道层面, 以X为被告
  for another body: fgqa.figures.whose) nor in its `scope` (区政府本级, 市级, 城市管理领域,
  征收拆迁类案件); the whole area (全区 …) or the body itself (以区政府为被告 in the 区政府's
  report, 本局) is its own scope;
- never a part of a total: a figure said after 其中/包括 in a sentence that gave the same key's
  total, or one of the parts fgqa added up (简易程序210件、一般程序37件 → 247: the total wins);
- never a change, a target or somebody else's figure (a benchmark, the prior year): YEAR_KINDS;
- the full year before a part of it (1-10月), then the first said.

It is marked `primary` in the summary; the wide export and `ask` (for a question about the
whole report) choose it, so they agree. A key given only for parts has no primary figure.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Any, TypeVar

from fgqa import re_cache
from fgqa.figures.whose import core, is_total_of_parts, is_whole, quote_scope, reader, same_body, scope_cue
from fgqa.lazy_re import lazy_compile
from fgqa.models import YEAR_KINDS, Figure

#: compiled through re_cache, kept on disk (an inline re.* call compiled its pattern afresh in every process)
_WHOLE_WITH_PART = lazy_compile(r"全(?:省|市|区|县|镇|乡|街道)(?:\((.+)\))?")
_BRACKET_END = lazy_compile(r"\(.*\)$")

#: a change, a target or somebody else's figure is never primary (YEAR_KINDS only)
_KIND_ORDER = {"stated": 0, "zero_claim": 1, "derived": 2}
#: a scope that only names the matter, not a part of the body ("全市(人民调解)" / "人民调解")
_MATTER_ONLY = re_cache.compile(r"^(?:全[省市区县镇乡]?)?\(?人民调解\)?$")

#: a scope that names a part of the body: a level, its own office (本级), departments, a field, a kind of case
_PART_SCOPE = re_cache.compile(r"本级|级$|^(?:市|区|县|镇|乡|街道|村)级|部门|领域|类案件|法院|^各(?!级)")

#: "县政府及其部门", "市政府及所属部门": a body named with what belongs to it
_WITH_ITS_OWN = re_cache.compile(r"^(.+?)(?:及其|及所属|和所属|及下属|及各)")

F = TypeVar("F")


def is_own_scope(scope: str | None, issuer: str | None = None) -> bool:
    """No narrower scope than the body's own: none named, the whole area (全区, 全市(人民调解)),
    the matter only (人民调解), or the reporting body itself (镇政府 in a 镇人民政府's report)."""
    if not scope or _MATTER_ONLY.match(scope):
        return True
    inner = _WHOLE_WITH_PART.fullmatch(scope)
    if inner is not None:
        # 全区(区内行政机关), 全市(市、县两级…), 全县(县政府) are the whole; 全县(县级) is one level of it
        what = inner.group(1)
        return what is None or is_whole(what) or not _PART_SCOPE.search(what) or _names_issuer(what, issuer)
    return scope.startswith("全") or _names_issuer(scope, issuer)  # 全区重点领域: the area's own wording


def _names_issuer(scope: str, issuer: str | None) -> bool:
    """"镇政府", "区政府(复议机关)", "本局" name the reporting body itself."""
    body = _BRACKET_END.sub("", scope)
    with_its = _WITH_ITS_OWN.match(body)
    if with_its and issuer and same_body(core(with_its.group(1)), core(issuer)):
        return True  # "县政府及其部门": the body with its departments, the whole of it
    if not issuer or _PART_SCOPE.search(body):
        return False  # 区政府本级, 县级, 区直部门 … are parts of the body, not the body
    return same_body(core(body), core(issuer))


def own_year_figure(figures: Iterable[F], text: str | None = None, issuer: str | None = None) -> F | None:
    """The report's own figure among one key's figures, or None when it gives only parts.
    Works on Figure objects and on rows with the same attributes (kind, scope, span or
    span_start, period when it has one); the sentence checks need `text`, the report's
    clean text, and Figure objects."""
    group = list(figures)
    own = [f for f in group if getattr(f, "kind", None) in YEAR_KINDS
           and (is_own_scope(getattr(f, "scope", None), issuer) or _adds_up_scopes(f))]
    if text is not None:
        parts = _Parts(group, text, issuer)
        own = [f for f in own if not (isinstance(f, Figure) and parts.is_part(f))]
    if not own:
        return None
    if text is not None:
        # the widest first: the whole (no scope, 全县…) before the body as a defendant or respondent
        # (全县行政机关…败诉6件 before 本局作为被告的案件…无败诉), whatever their kinds
        return min(own, key=lambda f: (_names_a_body(f, text), *_preference(f)))
    return min(own, key=_preference)


def _names_a_body(f: Any, text: str) -> bool:
    """The figure is said of a body (the reporting body itself: 以区政府为被告, 本局作为被告, 镇政府),
    not of the whole it governs."""
    if not isinstance(f, Figure) or is_total_of_parts(f):
        return False
    if scope_cue(f, text) is not None:
        return True
    scope = f.scope or ""
    return bool(scope) and not scope.startswith("全") and not _MATTER_ONLY.match(scope)


def _adds_up_scopes(f: Any) -> bool:
    """A total fgqa added up over different scopes (区政府63件 + 街乡、部门40件): the whole."""
    return "+" in (getattr(f, "formula", None) or "") and "+" in (getattr(f, "scope", None) or "") and f.kind == "derived"


class _Parts:
    """Which figures of one key's group are parts (of the body or of a total), the group read
    once: a figure's sentence and the totals before it are looked up, not searched for (each
    figure against every other and a search back to its sentence start was quadratic)."""

    def __init__(self, group: list[Any], text: str, issuer: str | None) -> None:
        self.text = text
        self.issuer = issuer
        self.reader = reader(text)
        figures = [f for f in group if isinstance(f, Figure)]
        self.group = figures
        # one of the parts fgqa added up (their total is the report's): each total once
        self.summed: set[int] = set()
        by_start = sorted(figures, key=lambda f: f.span[0])
        starts = [f.span[0] for f in by_start]
        for total in figures:
            if total.kind in YEAR_KINDS and is_total_of_parts(total):
                inside = [f for f in by_start[bisect_left(starts, total.span[0]):bisect_right(starts, total.span[1])]
                          if f is not total and not is_total_of_parts(f) and _inside(f, total)]
                if all(f.qualifier == "exact" for f in inside):
                    self.summed.update(id(f) for f in inside)
        # the stated totals a part can follow in its sentence, by start
        self.stated = sorted((f for f in figures if f.kind == "stated" and f.kind in YEAR_KINDS), key=lambda f: f.span[0])
        self.stated_starts = [f.span[0] for f in self.stated]
        self.stated_ends = [f.span[1] for f in self.stated]
        self.ends_in_order = all(a <= b for a, b in zip(self.stated_ends, self.stated_ends[1:]))

    def is_part(self, fig: Figure) -> bool:
        if quote_scope(fig, self.text, self.issuer) is not None:
            return True  # 各街道作为被告的…, 街道层面…
        if id(fig) in self.summed:
            return True
        return self._after_its_total(fig)

    def _after_its_total(self, fig: Figure) -> bool:
        """A stated total of the key earlier in the figure's sentence, with a part word (其中/包括)
        between it and the figure: "共计133件,其中适用简易程序92件". The total that ends first
        leaves the most words between, so it alone need be asked (a search from further back
        finds whatever one from nearer finds)."""
        if fig.span[0] == fig.span[1]:  # an empty span could be its own total: ask each
            return any(t is not fig and t.span[1] <= fig.span[0] and _part_after(t, fig, self.text) for t in self.stated)
        start = self.reader.sentence_start(fig.span[0])
        lo = bisect_left(self.stated_starts, start)
        hi = bisect_right(self.stated_starts, fig.span[0])
        if lo >= hi:
            return False
        first_end = self.stated_ends[lo] if self.ends_in_order else min(self.stated_ends[lo:hi])
        return first_end <= fig.span[0] and self.reader.part_cue_between(first_end, fig.span[0])


def _inside(fig: Figure, total: Figure) -> bool:
    return total.span[0] <= fig.span[0] and fig.span[1] <= total.span[1]


def _part_after(total: Figure, part: Figure, text: str) -> bool:
    """`part` follows `total` in the same sentence with a part word (其中/包括) between them."""
    start = reader(text).sentence_start(part.span[0])
    if total.span[0] < start:
        return False
    return reader(text).part_cue_between(total.span[1], part.span[0])


def _preference(f: Any) -> tuple[int, bool, bool, int]:
    start = f.span[0] if hasattr(f, "span") else f.span_start
    return (_KIND_ORDER.get(f.kind, 3), bool(f.scope), bool(getattr(f, "period", None)), start)


def mark_primary(figures: list[Figure], text: str | None = None, issuer: str | None = None) -> list[Figure]:
    """The figures with `primary` set on each key's own figure (one per key) and cleared on
    the others. A key given only for narrower scopes or parts has no primary figure."""
    by_key: dict[str, list[Figure]] = {}
    for f in figures:
        if f.key:
            by_key.setdefault(f.key, []).append(f)
    chosen = {id(own) for own in (own_year_figure(group, text, issuer) for group in by_key.values()) if own is not None}
    return [f if f.primary == (id(f) in chosen) else f.model_copy(update={"primary": id(f) in chosen}) for f in figures]
