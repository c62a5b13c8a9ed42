"""The clause fallback: a number no cue keyed, tied to the one indicator its own words name.

The cues (indicators.toml [[cue]]) know the wordings reports were seen to use; a report nobody
tuned for writes the same facts in other orders and with other words between
(…立案查办的违法案件,总数为2,417件 / 法律援助机构受理援助申请并指派办理的案件共计612件). After the
cues have run, each number with a unit that none of them keyed is read in its own words — its
lead and tail inside its clause; when its clause says nothing before it but bare words (共计,
总数为), the clause before it too; for a table cell its row and column labels — and keyed when
those words name the nouns of exactly one indicator whose unit family holds the number's unit.

Which indicator the words name is data (indicators.toml: each indicator's name and `nouns`, its
`narrows`, and [fallback]): a noun that lies inside another indicator's noun yields to it
(政府信息公开申请 is a request, not a disclosure), and of two indicators named together the one
that narrows the other wins (判决败诉的3件: lost, not the suits; 予以受理的复议申请: accepted).
Anything else is abstained on: two indicators neither of which narrows the other, a look-alike
(信访, 公证, 培训, or a cue exclude of the indicator found), a part of a total (其中), another
body or another year than the report's, and a number the rules ruled out on purpose (a combined
count, a number of places, a cue refused by its sentence), which never reaches this module.

Kind, scope and period stay as the stages decided them; the figure says `found_by: "clause"`.
The noun must stand next to the number ([fallback] next_to), and a key a cue already gave the
year's figure of for that scope gets nothing more.

Off in the shipped lexicon ([fallback] on = false): on reports nobody tuned it for it made more
false figures than true ones (docs/accuracy.md); a lexicon that switches it on keys with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from fgqa import re_cache
from fgqa.lexicon import Indicator, Lexicon
from fgqa.lexicon.load import FallbackWords
from fgqa.models import Figure


@dataclass(frozen=True)
class Unkeyed:
    """A figure no cue keyed, with the words it is read by."""

    #: its index in the figures
    index: int
    #: its own words before and after it in its clause (a list item's: from its 、 to the next);
    #: a table cell's row and column labels are its lead
    lead: str
    tail: str = ""
    #: the clause before it (after that clause's last number), read when its lead is only bare
    #: words (共计, 总数为); "" when a number stands before it in its clause or it opens its sentence
    before: str = ""
    #: its whole clause (its own words are in it), where the words that make the fallback abstain
    #: are looked for; a table cell's row label
    clause: str = ""
    #: the domain the rules read the number in (its sentence, paragraph or heading) and its
    #: section heading's domain: a cue's not_domains and not_headings rule the key out
    domain: str | None = None
    heading: str | None = None
    #: whether the words before the number in its sentence say a pattern (a cue's not_in_sentence)
    said: Callable[[re.Pattern[str]], bool] | None = None

    #: a table cell: its row label is its name (no noun has to stand next to it)
    cell: bool = False

    @property
    def words(self) -> str:
        return f"{self.lead}，{self.tail}"


def key_unkeyed(lex: Lexicon, figures: list[Figure], unkeyed: list[Unkeyed], year: int | None,
                own_area: re.Pattern[str] | None = None) -> None:
    """Key in place each figure of `unkeyed` whose words name one indicator (and still has no key),
    when the lexicon switches the fallback on ([fallback] on)."""
    if lex.fallback is None or not lex.fallback.on:
        return
    for u in unkeyed:
        fig = figures[u.index]
        if fig.key is not None or not fig.unit:
            continue
        found = clause_indicator(lex, u, fig.unit, year, own_area)
        if found is not None:
            ind, before = found
            # read with the clause before: its subject is the scope, as for a cue split by a comma
            scope = split_scope(lex, u.before, fig.scope) if before else fig.scope
            if fig.kind == "stated" and _cue_keyed(figures, ind.key, scope):
                continue  # beside the year's figure a cue found, an unkeyed number is a part or another thing
            figures[u.index] = fig.model_copy(update={"key": ind.key, "label": ind.label, "scope": scope,
                                                      "found_by": "clause"})


def clause_indicator(lex: Lexicon, u: Unkeyed, unit: str, year: int | None,
                     own_area: re.Pattern[str] | None = None) -> tuple[Indicator, bool] | None:
    """The one indicator a number's own words name and whether the clause before named it, or
    None (none named, or the words abstain)."""
    fb = lex.fallback
    if fb is None:
        return None
    if unit in fb.bodies_units and (fb.bodies.match(u.tail) or fb.bodies_before.search(u.lead)):
        return None  # 22个行政执法部门, 设立调解组织6个: a number of bodies
    words, around, before = u.words, u.clause, False
    found, ambiguous = named_indicator(lex, words, unit)
    if found is None and not ambiguous and u.before and fb.bare.match(u.lead):
        words = f"{u.before}，{u.words}"  # …的违法案件,总数为2,417件: the clause before names it
        around, before = f"{u.before}，{around}", True
        found, ambiguous = named_indicator(lex, words, unit)
    if found is None or fb.other_outcome.search(words) or _abstains(fb, lex, found, words, around, u, year, own_area):
        return None
    if not u.cell and not next_to(lex, found, u.before if before else u.lead, "" if before else u.tail):
        return None
    return found, before


def next_to(lex: Lexicon, ind: Indicator, lead: str, tail: str) -> bool:
    """Whether a noun of `ind` (or of an indicator it narrows: 审结…的行政案件934件) ends `lead` or
    begins `tail` with only [fallback] next_to words between it and the number: another word
    there names what the number counts (法治副校长上普法课2场次 is classes, not the year's events)."""
    fb = lex.fallback
    if fb is None:
        return False
    for key in (ind.key, *_wider(lex, ind.key)):
        nouns = lex.indicators[key].nouns
        if nouns is None:
            continue
        if re_cache.compile(f"(?:{nouns.pattern})(?:{fb.next_to.pattern})$").search(lead):
            return True
        if tail and re_cache.compile(f"^(?:{fb.next_to.pattern})(?:{nouns.pattern})").search(tail):
            return True
    return False


def _cue_keyed(figures: list[Figure], key: str, scope: str | None) -> bool:
    """Whether a cue keyed a year's figure of `key` for `scope` (the fallback only fills gaps)."""
    return any(f.key == key and f.found_by is None and f.kind == "stated" and f.scope == scope for f in figures)


def split_scope(lex: Lexicon, before: str, scope: str | None) -> str | None:
    """The scope of a number read with the clause before it: the place that clause ranks first or
    last among several (各乡镇中,X镇…最多,为412件: X镇's own figure), else the noun it counts
    (11个社区均…) when the number has no scope of its own."""
    split = lex.split
    if split is None:
        return scope
    ranked = split.rank_subject.search(before) if split.rank_subject is not None else None
    if ranked is not None:
        return ranked.group(1)
    noun = split.counted_noun.search(before)
    return scope or (noun.group(1) if noun else None)


def named_indicator(lex: Lexicon, words: str, unit: str) -> tuple[Indicator | None, bool]:
    """(the indicator the words name, whether they name several that do not narrow one another)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for ind in lex.indicators.values():
        if ind.nouns is None or unit not in ind.units:
            continue
        found = [m.span() for m in ind.nouns.finditer(words) if m.end() > m.start()]
        if found:
            spans[ind.key] = found
    if not spans:
        return None, False
    # of two named together, the narrower (判决败诉的: lost, not the suits; 清理后废止的文件: repealed)
    named = [k for k in spans if not any(k in _wider(lex, other) for other in spans)]
    # a key whose every noun lies inside another key's noun yields to it (政府信息公开申请 ⊃ 政府信息公开)
    kept = [k for k in named
            if not all(any(other != k and _inside(s, t) for other in named for t in spans[other]) for s in spans[k])]
    if len(kept) != 1:
        return None, True
    return lex.indicators[kept[0]], False


def _inside(s: tuple[int, int], t: tuple[int, int]) -> bool:
    """`s` lies inside `t` and is shorter (two keys' nouns over the same words: neither yields)."""
    return t[0] <= s[0] and s[1] <= t[1] and (t[1] - t[0]) > (s[1] - s[0])


def _wider(lex: Lexicon, key: str) -> set[str]:
    """The indicators `key` narrows, directly or through others."""
    out: set[str] = set()
    at = lex.indicators[key].narrows
    while at is not None and at not in out:
        out.add(at)
        at = lex.indicators[at].narrows
    return out


def _abstains(fb: FallbackWords, lex: Lexicon, ind: Indicator, words: str, around: str, u: Unkeyed, year: int | None,
              own_area: re.Pattern[str] | None) -> bool:
    """Whether the words around the number (`around`: its clause, and the clause before when it
    was read) or its own words (`words`, as a cue reads its lead) say something that makes the
    indicator found doubtful."""
    if fb.look_alike.search(around) or fb.part.search(around) or fb.other_year.search(around):
        return True
    if any(own_area is None or not own_area.fullmatch(m.group()) for m in fb.other_body.finditer(around)):
        return True
    if any(year is None or int(m.group(1)) != year for m in fb.year.finditer(around)):
        return True
    # what the indicator's own cues rule out in the words they read (公益诉讼 of a lawsuit count,
    # 规章 of a repeal …)
    for cue in ind.cues:
        if cue.exclude is not None and cue.exclude.search(words):
            return True
        if u.domain in cue.not_domains or u.heading in cue.not_headings:
            return True  # 废止2件 after 规章 (legislation), a 处罚案件 count under a reconsideration heading
        if cue.not_domains and cue.not_domains & lex.domains.all_in(words):
            return True
        if u.said is not None and cue.ruled_out_by(words, u.said):
            return True
    return False
