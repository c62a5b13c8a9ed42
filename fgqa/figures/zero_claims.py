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
    #: words before the claim that show it is about something else
    not_before: re.Pattern[str] | None = None


_NO = r"(?:无|没有|未发生|未出现|未有|零)"
ZERO_CLAIMS: tuple[ZeroClaim, ...] = (
    ZeroClaim("litigation.lost", 0, "件", re.compile(r"(?:行政诉讼|行政应诉|诉讼)?零败诉")),
    # "零败诉" names the rate itself, for whatever scope it is said of
    ZeroClaim("litigation.loss_rate", 0, "%", re.compile(r"(?:行政诉讼|行政应诉|诉讼)?零败诉")),
    ZeroClaim("litigation.lost", 0, "件", re.compile(rf"(?:均|全部|都)?{_NO}(?:一起|一件|一例|一)?(?:行政诉讼)?败诉(?:案件|案例|情况)?")),
    ZeroClaim("litigation.loss_rate", 0, "%", re.compile(r"败诉率(?:为|是)?(?:零|0)(?![.\d%])")),
    ZeroClaim("reconsideration.corrected", 0, "件", re.compile(rf"(?:零纠错|{_NO}(?:一起|一件)?(?:被)?纠错)"),
              needs_before=re.compile(r"复议")),
    ZeroClaim("legal_advisor.coverage_rate", 100, "%",
              re.compile(r"法律顾问[^,，。;；\d]{0,10}全覆盖|全覆盖[^,，。;；\d]{0,4}法律顾问|法律顾问[^,，。;；\d]{0,6}实现全覆盖"
                         r"|均(?:已)?(?:与[^,，。;；]{0,12})?(?:聘请|聘任|配备|签订)了?[^,，。;；]{0,4}法律顾问")),
    ZeroClaim("reconsideration.corrected", 0, "件",
              re.compile(rf"{_NO}一(?:起|件|例)(?:被)?(?:撤销|变更|纠错|确认违法)"), needs_before=re.compile(r"复议")),
    ZeroClaim("reconsideration.corrected", 0, "件",
              re.compile(rf"{_NO}(?:行政)?复议(?:案件|决定)?被(?:纠错|撤销|纠正|变更|确认违法)")),
    ZeroClaim("transparency.response_rate", 100, "%",
              re.compile(r"(?:全部|均|都|全都)(?:在|于)?(?:法定|规定)?(?:期限|时间|时限)?内?(?:按期|按时|及时|依法)?"
                         r"(?:作出|作了|予以|进行|办理)?(?:了)?答复"),
              needs_before=re.compile(r"申请|公开"), not_before=re.compile(r"建议|提案|信访|投诉|热线")),
    # every decision upheld: none corrected ("复议机关均予以维持", "全部被维持")
    ZeroClaim("reconsideration.corrected", 0, "件",
              re.compile(r"(?:均|全部|都)(?:被|已被|获)?[^,，。;；\d]{0,8}?(?:予以|依法)?维持(?:原)?"),
              needs_before=re.compile(r"复议"), not_before=re.compile(r"诉讼|应诉|法院|驳回|撤销|变更|确认违法|纠错|终止")),
    ZeroClaim("transparency.requests", 0, "件",
              re.compile(r"(?:未|没有)(?:收到|受理|接到)(?:过|任何)?[^,，。;；\d]{0,8}?公开[^,，。;；\d]{0,6}?申请")),
    ZeroClaim("reconsideration.accepted", 0, "件",
              re.compile(r"(?:没有|未发生|未收到|无)(?:以[^,，。;；]{1,12}为被申请人的)?(?:行政)?复议(?:案件|申请)")),
    ZeroClaim("major_decisions.count", 0, "项",
              re.compile(r"(?:未|没有)(?:作出|制定|出台|研究)(?:任何)?重大行政决策(?:事项)?")),
    ZeroClaim("litigation.head_appearance_rate", 100, "%",
              re.compile(r"负责人出庭(?:应诉)?[^,，。;；\d]{0,6}全覆盖")),
)

#: a count of zero for the whole body also makes its rate zero (零败诉 → 败诉率 0)
RATE_OF_ZERO: dict[str, tuple[str, str]] = {
    "litigation.lost": ("litigation.loss_rate", "%"),
    "reconsideration.corrected": ("reconsideration.correction_rate", "%"),
}

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
