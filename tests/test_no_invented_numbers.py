"""No output of any engine contains a number that is not in the report text.

Every fixture report is read by the rules, llm and hybrid engines and asked every gold
question, with the llm side answered by tests/fault_server.py playing a model that
invents: its section summaries add a figure the section does not state, its figures
carry an invented value next to a real quote, its free answers state a number their
citation does not. Every number a user is shown — section summaries, figure values,
answer values, texts and points — must then be one the report writes (read by the same
number parser), or the value of a figure that passes the grounding check (a verbal zero
such as 零败诉 → 0, 全覆盖 → 100 %, a rate or total derived from numbers the report writes),
an amount the report writes in 元 or 亿元 shown in 万元, a verbal zero of the sentences an
answer cites, the report's dates (some from the page around it), or fgqa's own count of
the report's structure in a section summary or an answer about its parts (第1部分,
包括5个方面).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from fault_server import Behaviour, FaultServer, completion_body
from fgqa.figures.grounding import check_grounded, numbers_in
from fgqa.figures.numbers import find_quantities
from fgqa.lexicon import lexicon
from fgqa.llm.config import LLMConfig
from fgqa.session import Session

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "evals" / "corpus"
QUESTIONS = ROOT / "evals" / "gold" / "questions.jsonl"
INVENTED = (99999, 77777, 88888)
COUNTED = re.compile(r"(\d+(?:\.\d+)?)(件|人次|人|次|个|份|场|家|条|%)")


def _send(handler: Any, request: dict[str, Any], content: dict[str, Any]) -> None:
    data = json.dumps(completion_body(request, json.dumps(content, ensure_ascii=False), 5, 5), ensure_ascii=False).encode()
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


def inventor() -> Behaviour:
    """A model that adds numbers of its own to every kind of answer fgqa asks for."""

    def respond(server: FaultServer, handler: Any, request: dict[str, Any]) -> None:
        tool = request["tools"][0]["function"]["name"]
        user = next(m["content"] for m in request["messages"] if m["role"] == "user")
        body = user.split("原文：\n", 1)[-1] if "原文：\n" in user else user.rsplit("# 原文", 1)[-1]
        match = COUNTED.search(body)
        quote = ""
        if match:
            start = max(body.rfind(ch, 0, match.start()) for ch in "，,。；;：:\n") + 1
            quote = body[start:match.end()]
        if tool == "SectionReading":
            figures = [{"quote": quote, "value": INVENTED[0], "unit": match.group(2)}] if match else []
            _send(handler, request, {"summary": f"本节写到{quote}。另办理案件{INVENTED[0]}件。", "figures": figures})
        elif tool == "QuotedAnswer":
            _send(handler, request, {"answer": f"共有{INVENTED[1]}件。" if not quote else f"{quote}，共{INVENTED[1]}件。",
                                     "points": [quote, f"另有{INVENTED[2]}人"], "quotes": [quote] if quote else []})
        else:  # the outline call: a year the report does not state
            _send(handler, request, {"issuer": None, "year": 1999})

    return Behaviour("inventor", respond)


_TO_WAN = {"元": 1e-4, "万元": 1.0, "亿元": 1e4}


def _in_wan(quote: str) -> list[float]:
    """The amounts of money `quote` writes, in 万元 (how fgqa shows a keyed amount)."""
    return [abs(float(q.value)) * _TO_WAN[q.unit] for q in find_quantities(quote) if q.unit in _TO_WAN]


def _figure_problem(fig: Any, text: str, allowed: list[float]) -> str | None:
    problem = check_grounded(fig, text)
    if problem is None:
        return None
    if fig.unit == "万元" and any(abs(abs(float(fig.value)) - v) <= 1e-6 * v for v in _in_wan(fig.quote)):
        return None  # the same amount in another money unit
    if fig.kind == "derived":  # a rate of a derived total: its inputs are numbers fgqa may show
        inputs = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", fig.formula or "")]
        return None if inputs and not any(_unsupported(f"{x:g}", allowed) for x in inputs) else problem
    return problem


def _allowed(text: str, summary: Any, figures: list[Any]) -> list[float]:
    """What a user may be shown (see the module docstring)."""
    meta = summary.meta
    dates = " ".join(str(v) for v in (meta.published, meta.signed, meta.year) if v is not None)
    grounded = [abs(float(f.value)) for f in figures if check_grounded(f, text) is None]
    return numbers_in(text) + numbers_in(dates) + grounded + _in_wan(text)


def _unsupported(shown: str, allowed: list[float]) -> list[float]:
    return [v for v in numbers_in(shown) if not any(abs(v - a) <= 1e-6 * max(1.0, a) for a in allowed)]


@pytest.mark.parametrize("engine", ["rules", "llm", "hybrid"])
def test_no_engine_shows_a_number_the_report_does_not_write(engine: str, tmp_path: Path) -> None:
    questions: dict[str, list[str]] = {}
    for line in QUESTIONS.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        questions.setdefault(item["doc"], []).append(item["question"])
    problems: list[str] = []
    with FaultServer(then=inventor()) as server:
        config = LLMConfig(base_url=server.base_url, model="inventor", mode="tools", max_reasks=0, max_retries=0,
                           timeout=5, concurrency=2, cache_dir=tmp_path / "cache", engine=engine)
        with Session(engine, config=config) as session:
            for path in sorted(CORPUS.iterdir()):
                summary = session.summarize(path)
                text = session.document(path).text
                figures = [f for s in summary.sections for f in s.figures]
                allowed = _allowed(text, summary, figures)
                allowed += [abs(float(f.value)) for f in figures if _figure_problem(f, text, allowed) is None]
                structure = [float(n) for n in range(1, len(summary.sections) + 1)]
                for sec in summary.sections:
                    problems += [f"{path.name} {sec.id} summary: {v}" for v in _unsupported(sec.summary, allowed + structure)]
                for fig in figures:  # every figure shown passed the grounding check
                    problem = _figure_problem(fig, text, allowed)
                    if problem:
                        problems.append(f"{path.name} figure {fig.value} “{fig.quote}”: {problem}")
                for question in questions.get(path.name, []):
                    for answer in session.ask(question, path).answers:
                        shown = [answer.text, *answer.points]
                        if isinstance(answer.value, (int, float)) and not isinstance(answer.value, bool):
                            shown.append(f"{abs(float(answer.value)):g}")
                        about_parts = answer.key is None and answer.answer_type in ("text", "list")
                        said = [float(claim.value) for c in answer.citations for claim, _ in lexicon().zero_claims.find(c.quote)]
                        extra = said + (structure if about_parts else [])
                        problems += [f"{path.name} “{question}”: {v} in {s[:60]!r}"
                                     for s in shown for v in _unsupported(s, allowed + extra)]
        asked = len(server.chat_requests)
    assert (asked > 0) == (engine != "rules")  # the llm engines really asked the inventing model
    assert problems == [], "\n".join(problems)
