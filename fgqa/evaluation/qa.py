"""Score answers to the gold questions (questions.jsonl), as the gold README says.

Per-report items get one Answer. Cross-report items (doc "*") ask "which reports …?"
and expect entries like "003 包场镇 约7.7%(1/13 推算)": the answer set, one answer per
report, is read as the set of reports whose answer affirms the question, and each
expected report's value is checked when the entry gives one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from fgqa import re_cache
from fgqa.evaluation.gold import GoldQuestion
from fgqa.evaluation.scoring import Ratio, in_unit, values_match
from fgqa.models import Answer, AnswerSet

QAStatus = Literal["pass", "fail", "skipped"]
#: how an answer failed: a confident wrong number or yes/no ("wrong"), an honest "not in this
#: report" where gold has an answer ("abstained"), or an answer that misses what gold expects
#: (a text that covers too few points, a text where a figure was wanted: "incomplete")
QAFailure = Literal["wrong", "abstained", "incomplete"]
#: answer types that commit to a value: failing with one of these is a confident wrong answer
_CONFIDENT = frozenset({"number", "yes_no"})
_ABSTAINING = frozenset({"cannot_answer", "not_disclosed"})
#: a text/list answer passes when it covers at least this share of the expected points
POINT_SHARE = 0.5
#: a point is covered when this share of its character bigrams occur in the answer
BIGRAM_SHARE = 0.6
_YEAR_KINDS_VERBAL = frozenset({"stated", "zero_claim"})
_ENTRY = re_cache.compile(r"^\s*(\d{3}|[a-z]{1,2})(?![0-9a-z_])\s*(.*)$")  # "000 …" or "a …": a report's file-name prefix
_ENTRY_VALUE = re_cache.compile(r"(-?\d+(?:\.\d+)?)\s*(%?)")
_BRACKETED = re_cache.compile(r"[(（][^)）]*[)）]")
#: "哪些报告没有/缺少 …": a report belongs to the answer when it does NOT give the thing
_NEGATIVE = re_cache.compile(r"没有|缺少|缺乏|未写|未提|不含")


class QAResult(BaseModel):
    id: str
    doc: str
    question: str
    answer_type: str
    status: QAStatus
    #: for a failed item: wrong, abstained or incomplete (None when it passed or was skipped)
    failure: QAFailure | None = None
    reason: str = ""
    expected: Any = None
    got: str = ""
    quote: str = ""


class QAScores(BaseModel):
    overall: Ratio
    by_type: dict[str, Ratio]
    cross_report: Ratio
    skipped: int
    #: confident wrong answers (a wrong number or a wrong yes/no) over the scored items
    wrong: Ratio = Ratio()
    #: items answered "not in this report" although gold has an answer
    abstained: int = 0


# --------------------------------------------------------------------------- text coverage


@lru_cache(maxsize=1)
def _to_simplified():
    try:
        import opencc

        return opencc.OpenCC("t2s").convert
    except Exception:  # opencc missing or broken: compare as written
        return lambda s: s


def squeeze(text: str) -> str:
    """Simplified characters, without whitespace, punctuation or symbols."""
    text = _to_simplified()(unicodedata.normalize("NFKC", text))
    return "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PZS" and not ch.isspace())


def point_covered(point: str, answer_text: str) -> bool:
    """Contained after squeezing, or ≥ 60 % of the point's character bigrams occur in the answer."""
    p, a = squeeze(point), squeeze(answer_text)
    if not p:
        return True
    if p in a:
        return True
    grams = {p[i:i + 2] for i in range(len(p) - 1)}
    if not grams:
        return False
    answer_grams = {a[i:i + 2] for i in range(len(a) - 1)}
    return len(grams & answer_grams) >= BIGRAM_SHARE * len(grams)


# --------------------------------------------------------------------------- one report


def _answer_text(ans: Answer) -> str:
    return " ".join([ans.text, *ans.points])


def _render(ans: Answer) -> str:
    if ans.answer_type == "number":
        return f"number {ans.value}{ans.unit or ''} ({ans.kind or '?'})"
    if ans.answer_type == "yes_no":
        return f"yes_no {ans.value}"
    return f"{ans.answer_type}: {ans.text[:80]}"


def kinds_agree(gold_kind: str, answered: str | None) -> bool:
    """Kinds must match; a verbal zero may be given as a stated 0 and back, but a derived
    figure must be called derived (and a stated one must not be)."""
    answered = answered or "stated"
    return gold_kind == answered or {gold_kind, answered} <= _YEAR_KINDS_VERBAL


def _number_value(ans: Answer) -> float | None:
    if isinstance(ans.value, bool) or not isinstance(ans.value, (int, float)):
        return None
    return float(ans.value)


def failure_of(q: GoldQuestion, ans: Answer) -> QAFailure:
    """How a failed answer failed (see QAFailure)."""
    if ans.answer_type in _CONFIDENT:
        return "wrong"
    if ans.answer_type in _ABSTAINING and q.answer_type not in _ABSTAINING:
        return "abstained"
    return "incomplete"


def _judge(q: GoldQuestion, ans: Answer) -> tuple[bool, str]:
    expected = q.expected
    if q.answer_type == "not_disclosed":  # an indicator the report does not give: say so
        return ans.answer_type == "not_disclosed", "" if ans.answer_type == "not_disclosed" else "should be not_disclosed"
    if q.answer_type == "cannot_answer":
        # the report does not say (an off-taxonomy matter): any honest "not in this report"
        ok = ans.answer_type in _ABSTAINING
        return ok, "" if ok else "should say the report does not give it"
    if q.answer_type == "number":
        value = _number_value(ans)
        if ans.answer_type != "number" or value is None:
            return False, f"expected a number, got {ans.answer_type}"
        value = in_unit(value, ans.unit, expected.get("unit"))
        if expected.get("kind") == "change" and ans.direction is not None:
            # "下降了多少" is answered by the size with direction down; gold changes are signed
            value = -abs(value) if ans.direction == "down" else abs(value)
        if not values_match(float(expected["value"]), value, percent=expected.get("unit") == "%"):
            return False, f"value {value} ≠ {expected['value']}"
        if not kinds_agree(expected["kind"], ans.kind):
            return False, f"kind {ans.kind} ≠ {expected['kind']}"
        return True, ""
    if q.answer_type == "yes_no":
        ok = ans.answer_type == "yes_no" and ans.value is expected
        return ok, "" if ok else f"expected yes_no {expected}"
    # text / list
    if ans.answer_type not in ("text", "list"):
        return False, f"expected {q.answer_type}, got {ans.answer_type}"
    points = list(expected or [])
    text = _answer_text(ans)
    covered = [p for p in points if point_covered(p, text)]
    ok = len(covered) >= POINT_SHARE * len(points)
    missing = [p for p in points if p not in covered]
    return ok, f"covered {len(covered)}/{len(points)}" + (f"; missing: {'; '.join(missing[:3])}" if missing else "")


def _quote_of(q: GoldQuestion) -> str:
    parts = [x if isinstance(x, str) else str(x.get("quote", "")) for x in q.quote]
    return " | ".join(p for p in parts if p)


def _result(q: GoldQuestion, status: QAStatus, reason: str, got: str = "",
            failure: QAFailure | None = None) -> QAResult:
    return QAResult(id=q.id, doc=q.doc, question=q.question, answer_type=q.answer_type, status=status,
                    failure=failure if status == "fail" else None, reason=reason, expected=q.expected, got=got,
                    quote=_quote_of(q))


def same_doc(a: str, b: str) -> bool:
    """Gold names a corpus file; an answer may carry the path it was read from."""
    return Path(a).name == Path(b).name


def score_answer(q: GoldQuestion, ans: Answer | AnswerSet | list[Answer], docs: list[str] | None = None) -> QAResult:
    """Score one gold question. Cross-report items take the whole answer set; `docs` are
    the reports the set must cover (default: the docs the answers name)."""
    answers = ans.answers if isinstance(ans, AnswerSet) else ans if isinstance(ans, list) else [ans]
    if q.cross_report:
        return score_cross(q, answers, docs or [a.doc for a in answers])
    mine = [a for a in answers if same_doc(a.doc, q.doc)] or (answers if len(answers) == 1 else [])
    if not mine:
        return _result(q, "fail", "no answer for this report")
    ok, reason = _judge(q, mine[0])
    return _result(q, "pass" if ok else "fail", reason, _render(mine[0]), failure_of(q, mine[0]))


# --------------------------------------------------------------------------- every report


class _Entry(BaseModel):
    prefix: str
    value: float | None = None
    percent: bool = False


def _parse_entries(expected: Any) -> list[_Entry] | None:
    if not isinstance(expected, list):
        return None
    entries = []
    for item in expected:
        m = _ENTRY.match(str(item))
        if not m:
            return None
        rest = _BRACKETED.sub("", m.group(2))
        v = _ENTRY_VALUE.search(rest)
        entries.append(_Entry(prefix=m.group(1), value=float(v.group(1)) if v else None, percent=bool(v and v.group(2))))
    return entries


def _doc_prefix(doc: str) -> str:
    return Path(doc).name.split("_", 1)[0]


def _affirms(question: str, ans: Answer) -> bool:
    """Does this report's answer put it in the answer to "which reports …?"."""
    if ans.answer_type == "yes_no":
        return ans.value is True  # the per-report question as asked
    if ans.answer_type == "cannot_answer":
        return False
    if _NEGATIVE.search(question):
        return ans.answer_type == "not_disclosed"
    if ans.answer_type == "not_disclosed":
        return False
    said = f"{_answer_text(ans)} {'' if ans.value is None else ans.value}"
    # a year or other number named in the question ("2024年度") must be in the answer
    if any(n not in said for n in re.findall(r"\d{4}", question)):
        return False
    if "零" in question and ans.answer_type == "number":
        return _number_value(ans) == 0
    return True


def _entry_value_ok(entry: _Entry, ans: Answer) -> bool:
    if entry.value is None:
        return True
    value = _number_value(ans)
    if ans.answer_type == "number" and value is not None:
        return values_match(entry.value, value, percent=entry.percent)
    text = squeeze(_answer_text(ans))
    return any(values_match(entry.value, float(n), percent=entry.percent) for n in re.findall(r"\d+(?:\.\d+)?", text))


def score_cross(q: GoldQuestion, answers: list[Answer], docs: list[str]) -> QAResult:
    entries = _parse_entries(q.expected)
    if entries is None:
        return _result(q, "skipped", "expected entries are not '<doc number> <name> [value]'")
    by_doc = {_doc_prefix(d): [a for a in answers if _doc_prefix(a.doc) == _doc_prefix(d)] for d in docs}
    uncovered = sorted(p for p, found in by_doc.items() if len(found) != 1)
    if uncovered:
        return _result(q, "skipped", f"the answer set needs one answer per report (missing/duplicated: {', '.join(uncovered)})")
    unknown = sorted(e.prefix for e in entries if e.prefix not in by_doc)
    if unknown:
        return _result(q, "skipped", f"expected reports not in the answer set: {', '.join(unknown)}")
    chosen = {p for p, found in by_doc.items() if _affirms(q.question, found[0])}
    wanted = {e.prefix for e in entries}
    problems = []
    if wanted - chosen:
        problems.append("missing " + ", ".join(sorted(wanted - chosen)))
    if chosen - wanted:
        problems.append("wrongly included " + ", ".join(sorted(chosen - wanted)))
    for e in entries:
        if e.prefix in chosen and not _entry_value_ok(e, by_doc[e.prefix][0]):
            problems.append(f"{e.prefix}: value ≠ {e.value:g}")
    got = "; ".join(f"{p}: {_render(by_doc[p][0])[:40]}" for p in sorted(chosen)) or "(none)"
    # a report wrongly put in the set, or with the wrong value, is a confident wrong answer
    wrong = bool(chosen - wanted) or any("value ≠" in p for p in problems)
    return _result(q, "fail" if problems else "pass", "; ".join(problems), got, "wrong" if wrong else "incomplete")


# --------------------------------------------------------------------------- totals


def qa_scores(results: list[QAResult]) -> QAScores:
    """Accuracy = passed / scored; skipped items are counted apart, never as passes."""
    by_type: dict[str, Ratio] = {}
    scored = [r for r in results if r.status != "skipped"]
    for r in scored:
        by_type[r.answer_type] = by_type.get(r.answer_type, Ratio()) + Ratio(num=int(r.status == "pass"), den=1)
    cross = [r for r in scored if r.doc == "*"]
    return QAScores(
        overall=Ratio(num=sum(r.status == "pass" for r in scored), den=len(scored)),
        by_type=dict(sorted(by_type.items())),
        cross_report=Ratio(num=sum(r.status == "pass" for r in cross), den=len(cross)),
        skipped=len(results) - len(scored),
        wrong=Ratio(num=sum(r.failure == "wrong" for r in scored), den=len(scored)),
        abstained=sum(r.failure == "abstained" for r in scored),
    )
