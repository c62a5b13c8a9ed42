"""Verbal figures with no digits: 零败诉 / 均无败诉案件 → 0, 法律顾问全覆盖 → 100 %.

They are figures of the year (kind `zero_claim`), and they matter: "零败诉" is the answer
to "败诉率是多少" for a report that gives no count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class ZeroClaim:
    key: str
    value: int
    unit: str
    pattern: re.Pattern[str]
    #: the domain words that must come before the claim in its sentence, if any
    needs_before: re.Pattern[str] | None = None


_NO = r"(?:无|没有|未发生|未出现|未有|零)"
ZERO_CLAIMS: tuple[ZeroClaim, ...] = (
    ZeroClaim("litigation.lost", 0, "件", re.compile(r"(?:行政诉讼|行政应诉|诉讼)?零败诉")),
    ZeroClaim("litigation.loss_rate", 0, "%", re.compile(r"(?:行政诉讼|行政应诉|诉讼)?零败诉")),
    ZeroClaim("litigation.lost", 0, "件", re.compile(rf"(?:均|全部|都)?{_NO}(?:一起|一件|一例)?(?:行政诉讼)?败诉(?:案件|案例|情况)?")),
    ZeroClaim("litigation.loss_rate", 0, "%", re.compile(r"败诉率(?:为|是)?(?:零|0)(?![.\d%])")),
    ZeroClaim("reconsideration.corrected", 0, "件", re.compile(rf"(?:零纠错|{_NO}(?:一起|一件)?(?:被)?纠错)"),
              needs_before=re.compile(r"复议")),
    ZeroClaim("legal_advisor.coverage_rate", 100, "%",
              re.compile(r"法律顾问[^,，。;；\d]{0,10}全覆盖|全覆盖[^,，。;；\d]{0,4}法律顾问|法律顾问[^,，。;；\d]{0,6}实现全覆盖"
                         r"|均(?:已)?(?:聘请|聘任|配备)了?(?:专职|常年)?法律顾问")),
    ZeroClaim("reconsideration.corrected", 0, "件",
              re.compile(rf"{_NO}一(?:起|件|例)(?:被)?(?:撤销|变更|纠错|确认违法)"), needs_before=re.compile(r"复议")),
    ZeroClaim("transparency.response_rate", 100, "%",
              re.compile(r"(?:全部|均|100%)(?:在法定期限内|依法)?(?:按期|按时|及时)(?:予以)?答复"),
              needs_before=re.compile(r"申请|公开")),
    ZeroClaim("litigation.head_appearance_rate", 100, "%",
              re.compile(r"负责人出庭(?:应诉)?[^,，。;；\d]{0,6}全覆盖")),
)

#: a zero claim that says "均" after listing reconsideration and litigation cases covers both
_COVERS_ALL = re.compile(r"^均")


def find_zero_claims(text: str, start: int = 0, end: int | None = None) -> list[tuple[ZeroClaim, re.Match[str]]]:
    end = len(text) if end is None else end
    found = []
    for claim in ZERO_CLAIMS:
        for m in claim.pattern.finditer(text, start, end):
            found.append((claim, m))
    found.sort(key=lambda item: item[1].start())
    return found


def covers_reconsideration(match_text: str, sentence_before: str) -> bool:
    """'…复议案件13件,…应诉案件63件,均无败诉案件' speaks for the reconsideration cases too."""
    return bool(_COVERS_ALL.search(match_text)) and "复议" in sentence_before and re.search(r"诉讼|应诉", sentence_before) is not None
