"""Calibrated abstention (issue 12): record every tuning question's answer evidence and
verdict, and choose the conditions of abstention leave-one-set-out.

    python scripts/calibrate.py collect --out /tmp/calib/data.jsonl [--set NAME ...]
    python scripts/calibrate.py loso /tmp/calib/data.jsonl [--format md]

`collect` answers each question with the conditions switched off (the evidence they would
read) and writes one line per question: set, id, gold type, answer type, verdict (right /
wrong / abstained / incomplete) and the answer's evidence. Keep its output outside the repo.
`loso` holds each condition of fgqa/lexicon/abstain.toml against the data: for each set,
whether the condition passes the landing bar (>= 2 wrong avoided per right lost) on the
other sets, and if so what applying it to the held-out fold avoids and loses.
Only tuning sets are listed; held-out sets are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: tuning sets only: written sets (gold dir, corpus dir) and real-page splits
WRITTEN = {
    "gold": ("evals/gold", "evals/corpus"),
    "classes": ("evals/classes/gold", "evals/classes/corpus"),
    "answers": ("evals/answers/gold", "evals/answers/corpus"),
    "holdout": ("evals/holdout/gold", "evals/holdout/corpus"),
    **{f"holdout{n}": (f"evals/holdout{n}/gold", f"evals/holdout{n}/corpus") for n in range(2, 17)},  # holdout17 on are held out
    "shared": (str(ROOT.parent / "shared" / "gold"), str(ROOT.parent / "shared" / "corpus")),
}
REAL = ("real-dev", "real-test")


def _verdict_written(result) -> str:
    if result.status == "pass":
        return "right"
    return result.failure or "incomplete"


def collect(sets: list[str], out: Path) -> None:
    from fgqa.answers.calibration import without_abstention
    from fgqa.evaluation.gold import load_gold_dir, load_questions
    from fgqa.evaluation.qa import score_answer
    from fgqa.session import Session

    with out.open("w", encoding="utf-8") as sink, Session("rules") as session, without_abstention():
        for name in sets:
            if name in REAL:
                _collect_real(name, session, sink)
                continue
            gold_dir, corpus_dir = (ROOT / p if not p.startswith("/") else Path(p) for p in WRITTEN[name])
            if not (gold_dir / "questions.jsonl").is_file():
                continue
            docs = {g.doc for g in load_gold_dir(gold_dir)}
            n = 0
            for q in load_questions(gold_dir / "questions.jsonl"):
                if q.cross_report or q.doc not in docs:
                    continue
                answer = session.ask(q.question, [corpus_dir / q.doc]).answers[0]
                _write(sink, name, q.id, q.answer_type, answer, _verdict_written(score_answer(q, answer)))
                n += 1
            print(f"{name}: {n} questions", file=sys.stderr)


def _collect_real(name: str, session, sink) -> None:
    from fgqa.evaluation.real_pages import DEFAULT_PAGES, DEFAULT_TEXTS, judge, load_pages

    texts = ROOT / DEFAULT_TEXTS
    n = 0
    for page in load_pages(ROOT / DEFAULT_PAGES, name.removeprefix("real-")):
        path = texts / f"{page.id}.txt"
        if not path.is_file():
            continue
        for q in page.questions:
            answer = session.ask(q.question, path).answers[0]
            _write(sink, name, q.id, q.answer_type, answer, judge(q, answer))
            n += 1
    print(f"{name}: {n} questions", file=sys.stderr)


def _write(sink, name: str, qid: str, gold_type: str, answer, verdict: str) -> None:
    row = {"set": name, "id": qid, "gold_type": gold_type, "answer_type": answer.answer_type,
           "value": answer.value if not isinstance(answer.value, float) else round(answer.value, 4),
           "verdict": verdict, "evidence": answer.evidence.model_dump() if answer.evidence else None}
    sink.write(json.dumps(row, ensure_ascii=False) + "\n")
    sink.flush()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--set", action="append", choices=[*WRITTEN, *REAL])
    lo = sub.add_parser("loso")
    lo.add_argument("data", type=Path)
    lo.add_argument("--format", choices=("text", "md"), default="text")
    lo.add_argument("--conditions", type=Path, help="a TOML of candidate [[condition]]s (abstain.toml's form) "
                                                   "to validate instead of the landed ones")
    args = ap.parse_args(argv)
    if args.cmd == "collect":
        collect(args.set or [*WRITTEN, *REAL], args.out)
        return 0
    from fgqa.evaluation.calibration import loso_report
    from fgqa.lexicon.abstain import read_abstention

    conditions = read_abstention(args.conditions).conditions if args.conditions else None
    rows = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    print(loso_report(rows, conditions, md=args.format == "md"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
