"""scopes.toml: the words that say whose figure a number is and which period it covers.

Validated like every lexicon file (schemas.RawScopesFile) and loaded with them into
`Lexicon.scopes`, which fgqa/figures/scope.py reads; the anchors around the words (a level
before 级, a whole body after 全, the tiers right before a part) are the reader's.
"""

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from fgqa.lexicon.schemas import RawScopesFile


class ScopeWords(NamedTuple):
    #: the scopes in the order they are tried, each with the scope as group 1
    narrower: tuple[re.Pattern[str], ...]
    #: 各乡镇 / 各村(社区): tried after `narrower`, group 1 the scope
    each_subarea: re.Pattern[str]
    #: a scope that is an administrative level (市级 …) / the whole body (全区 …)
    level: re.Pattern[str]
    whole: re.Pattern[str]
    #: 其中 / 包括 / 分别
    part_of: re.Pattern[str]
    #: every tier of government named right before a part's name (…三级政府和)
    tiers_before: re.Pattern[str]
    #: the nouns a part's subject (a body's or a place's name) ends in, as a pattern's source
    subject_nouns: str
    #: a period other than the report year
    period: re.Pattern[str]


def build_scopes(raw: "RawScopesFile", compile: Callable[[str, str, str], re.Pattern[str]],
                 error: Callable[[str, str], Exception]) -> ScopeWords:
    """The scope words of scopes.toml's validated contents (`compile(pattern, where, wrap)`)."""
    sc = raw.scope
    narrower = tuple(compile(p, f"scope narrower {i}", "{}") for i, p in enumerate(sc.narrower, 1))
    each_subarea = compile(sc.each_subarea, "scope each_subarea", "{}")
    for where, pattern in [*((f"scope narrower {i}", p) for i, p in enumerate(narrower, 1)), ("scope each_subarea", each_subarea)]:
        if pattern.groups < 1:
            raise error(where, "needs a group: the scope")
    return ScopeWords(
        narrower=narrower, each_subarea=each_subarea,
        level=compile(sc.level, "scope level", "^(?:{})级"),
        whole=compile(sc.whole, "scope whole", "^全(?:{})"),
        part_of=compile(sc.part_of, "scope part_of", "{}"),
        tiers_before=compile(sc.tiers_before, "scope tiers_before", "(?:{})$"),
        subject_nouns=compile(sc.subject_nouns, "scope subject_nouns", "(?:{})").pattern,
        period=compile(raw.period.other, "period other", "{}"),
    )
