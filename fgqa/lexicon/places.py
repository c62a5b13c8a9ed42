"""places.toml: the words issuers, places and levels are read with, as data (not code).

Validated like every lexicon file (schemas.RawPlacesFile; a bad entry fails with one
LexiconError line naming the file and the entry) and loaded with them into `Lexicon.places`.
"""

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, NamedTuple

from fgqa.models import Level

if TYPE_CHECKING:
    from fgqa.lexicon.schemas import RawPlacesFile

#: the [levels] lists that give a place's level by its last word
_SUFFIX_LEVELS: tuple[Level, ...] = ("town", "district", "county", "city")
#: the [levels] lists of every area's last word, the nation's and a street's included
_AREA_LEVELS: tuple[Level, ...] = ("national", "city", "district", "county", "town", "street")


class Identifiers(NamedTuple):
    """places.toml [identifiers]: how the report's own document and index numbers are read."""

    #: the regular expressions a document number (X政报〔2025〕7号) and an index number match
    doc_number: str
    index_number: str
    #: a title's last words, after which a document number on the title's line is the report's
    after_title: tuple[str, ...]
    #: how many of the text's first lines are the report's head
    head_lines: int


class Places(NamedTuple):
    #: (place suffixes, level) pairs, longest suffix first
    level_suffixes: tuple[tuple[str, Level], ...]
    #: every area's last word → its level (省 and 自治区 → province, 街道 → street, 国 → national)
    area_levels: Mapping[str, Level]
    #: a last word that names an area of a second level too (市 → county, a county-level city)
    shared_levels: Mapping[str, Level]
    province_suffixes: tuple[str, ...]
    municipalities: tuple[str, ...]
    provinces: tuple[str, ...]
    province_short_names: Mapping[str, str]
    zones: tuple[str, ...]
    zone_self_names: tuple[str, ...]
    self_reference: Mapping[str, Level]
    bare_government: Mapping[str, Level]
    #: a body's full-name ending → its short form naming the same issuer (街道办事处 → 街道)
    short_names: Mapping[str, str]
    ambiguous_self_levels: frozenset[Level]
    #: self-words that give a level only when they recur, never as the opening's subject
    recurring_only_self_words: frozenset[str]
    #: [organs]: a body's own organs written with its kind's last word (局党组, 厅机关): the kinds,
    #: the organ words, and the characters before a kind's word that make it another word (格局)
    organ_kinds: tuple[str, ...]
    organ_words: tuple[str, ...]
    organ_not_after: str
    organ_sectors: tuple[str, ...]
    suffix_words: Mapping[str, str]
    lead_words: tuple[str, ...]
    subject_verbs: tuple[str, ...]
    after_clauses: tuple[str, ...]
    #: characters no place name holds, as one string
    not_in_names: str
    #: [titles]: topic words, kind words, explainer kinds, issuing verbs
    title_topics: tuple[str, ...]
    title_ends: tuple[str, ...]
    explainer_kinds: tuple[str, ...]
    issuing_verbs: tuple[str, ...]
    #: the verbs before the title of a document the body wrote or adopted itself
    authoring_verbs: tuple[str, ...]
    #: [labels]: the chrome field labels by what they give
    labels: Mapping[str, tuple[str, ...]]
    #: [identifiers]: the shapes of the report's document and index numbers
    identifiers: Identifiers


def build_places(raw: "RawPlacesFile") -> Places:
    """The places of places.toml's validated contents."""
    levels = raw.levels
    pairs = [(w, level) for level in _SUFFIX_LEVELS for w in getattr(levels, level)]
    return Places(
        level_suffixes=tuple(sorted(pairs, key=lambda p: -len(p[0]))),
        area_levels={**{w: level for level in _AREA_LEVELS for w in getattr(levels, level)},
                     **dict.fromkeys(levels.province_suffixes, "province")},
        shared_levels=dict(levels.shared),
        province_suffixes=tuple(levels.province_suffixes),
        municipalities=tuple(levels.municipalities),
        provinces=tuple(levels.provinces),
        province_short_names=dict(levels.province_short_names),
        zones=tuple(levels.zones),
        zone_self_names=tuple(levels.zone_self_names),
        self_reference=dict(raw.self_reference),
        bare_government=dict(raw.bare_government),
        short_names=dict(raw.short_names),
        ambiguous_self_levels=frozenset(raw.ambiguity.self_levels),
        recurring_only_self_words=frozenset(raw.ambiguity.recurring_only),
        organ_kinds=tuple(raw.organs.kinds),
        organ_words=tuple(raw.organs.words),
        organ_not_after=raw.organs.not_after,
        organ_sectors=tuple(raw.organs.sectors),
        suffix_words=dict(raw.mentions.suffix_words),
        lead_words=tuple(raw.mentions.lead_words),
        subject_verbs=tuple(raw.subjects.verbs),
        after_clauses=tuple(raw.subjects.after_clauses),
        not_in_names=raw.subjects.not_in_names,
        title_topics=tuple(raw.titles.topics),
        title_ends=tuple(raw.titles.ends),
        explainer_kinds=tuple(raw.titles.explainer_kinds),
        issuing_verbs=tuple(raw.titles.issuing_verbs),
        authoring_verbs=tuple(raw.titles.authoring_verbs),
        labels={name: tuple(words) for name, words in vars(raw.labels).items()},
        identifiers=Identifiers(doc_number=raw.identifiers.doc_number, index_number=raw.identifiers.index_number,
                                after_title=tuple(raw.identifiers.after_title), head_lines=raw.identifiers.head_lines),
    )


def place_suffixes(places: Places) -> tuple[str, ...]:
    """The last words of a place's name (the nation's 国 is none), longest first."""
    return tuple(sorted((w for w, level in places.area_levels.items() if level != "national"), key=len, reverse=True))


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of `words`, longest first (so 自治区 is tried before 区)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def issuer_key(name: str, places: Places) -> str:
    """An issuer's name for comparing: no whitespace, each issuer's full-name ending in its short form.

    Joint issuers ("中共X区委 X区人民政府") are compared token by token."""
    tokens = name.split()
    for i, token in enumerate(tokens):
        for full, short in places.short_names.items():
            if token.endswith(full):
                tokens[i] = token[: -len(full)] + short
                break
    return "".join(tokens)
