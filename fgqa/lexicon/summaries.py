"""summaries.toml: the words an extractive summary chooses its sentences by, as data.

Validated like every lexicon file (schemas.RawSummariesFile) and loaded with them into
`Lexicon.summaries`, which fgqa/engines/summaries.py reads; the anchors around the words
(a slogan opens a sentence, a title or an organisation ends its line) are the reader's.
"""

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from fgqa.lexicon.schemas import RawSummariesFile


class SummaryWords(NamedTuple):
    #: a digit, or a count in Chinese numerals with its measure word: a figure
    figure: re.Pattern[str]
    result: re.Pattern[str]
    problem: re.Pattern[str]
    plan: re.Pattern[str]
    #: the sentence opens with a slogan
    slogan: re.Pattern[str]
    #: a line that ends like a title / is an organisation's name / frames the report
    title_line: re.Pattern[str]
    org_line: re.Pattern[str]
    framing: re.Pattern[str]


def build_summaries(raw: "RawSummariesFile", compile: Callable[[str, str, str], re.Pattern[str]]) -> SummaryWords:
    """The summary words of summaries.toml's validated contents (`compile(pattern, where, wrap)`)."""
    score, chrome = raw.score, raw.chrome
    return SummaryWords(
        figure=compile(score.counted, "score counted", r"\d|[一二两三四五六七八九十百千万]+(?:{})"),
        result=compile(score.result, "score result", "{}"),
        problem=compile(score.problem, "score problem", "{}"),
        plan=compile(score.plan, "score plan", "{}"),
        slogan=compile(score.slogan, "score slogan", "^(?:{})"),
        title_line=compile(chrome.title_end, "chrome title_end", "(?:{})$"),
        org_line=compile(chrome.org_end, "chrome org_end", r"^[\u4e00-\u9fff()（）]{{2,30}}(?:{})$"),
        # besides its words, a salutation line ("县委:") frames the report
        framing=compile(chrome.framing, "chrome framing", r"{}|^(?:[\u4e00-\u9fff]{{2,20}}[:：])$"),
    )
