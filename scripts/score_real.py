"""Score fgqa on the real-page set (evals/real/pages.jsonl) when its texts are present.

    python scripts/score_real.py [--split dev|test|test2|test3|all] [--engine rules] [--format text|json]
                                 [--pages evals/real/pages.jsonl] [--texts evals/real/texts] [--brief] [--page ID]

The texts are not in the repo: when some are missing, this prints how to get each one
(its search query and address; see scripts/fetch_real.py) and scores the pages that are
there. Exit 2 when no page text is present at all. The `test`, `test2` and `test3` splits are held out: read
their score, never tune on their pages.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fgqa.errors import FgqaError
from fgqa.evaluation.real_pages import (
    DEFAULT_PAGES,
    DEFAULT_TEXTS,
    RealRun,
    compare_runs,
    fetch_plan,
    load_pages,
    render_fetch_plan,
    render_text,
    run_real,
)

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=Path, default=ROOT / DEFAULT_PAGES)
    ap.add_argument("--texts", type=Path, default=ROOT / DEFAULT_TEXTS)
    ap.add_argument("--split", choices=("dev", "test", "test2", "test3", "all"), default="dev")
    ap.add_argument("--engine", default="rules", help="rules | llm | hybrid")
    ap.add_argument("--format", choices=("text", "json"), default="text")
    ap.add_argument("--page", action="append", help="score only this page id (repeatable)")
    ap.add_argument("--compare", type=Path, help="a previous --format json output (keep it outside the repo): what got better or worse")
    ap.add_argument("--brief", action="store_true", help="headline and failure classes only, no per-page misses")
    args = ap.parse_args(argv)
    try:
        pages = load_pages(args.pages, args.split)
        if args.page:
            unknown = set(args.page) - {p.id for p in pages}
            if unknown:
                print(f"fgqa: no page {', '.join(sorted(unknown))} in the {args.split} split", file=sys.stderr)
                return 2
            pages = [p for p in pages if p.id in args.page]
        plan = fetch_plan(pages, args.texts)
        if plan:
            print(render_fetch_plan(plan), file=sys.stderr)
            if len(plan) == len(pages):
                return 2
            print(f"\nscoring the {len(pages) - len(plan)} page(s) whose text is present\n", file=sys.stderr)
        run = run_real(pages, args.texts, engine=args.engine, split=args.split)
    except FgqaError as exc:
        print(f"fgqa: {exc}", file=sys.stderr)
        return 2
    report = run.model_dump_json(indent=2, by_alias=True) if args.format == "json" else render_text(run, details=not args.brief)
    if args.compare:
        try:
            old = RealRun.model_validate_json(args.compare.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"fgqa: cannot read {args.compare} as a score_real.py --format json output: {str(exc).splitlines()[0]}",
                  file=sys.stderr)
            return 2
        if old.split != run.split or old.engine != run.engine:
            print(f"fgqa: {args.compare} is a {old.split}/{old.engine} run; compare it with --split {old.split} "
                  f"--engine {old.engine}", file=sys.stderr)
            return 2
        better, worse = compare_runs(old, run)
        report = "\n".join([f"compared with {args.compare}: {len(better)} better, {len(worse)} worse", "",
                             "worse:", *(f"  {x}" for x in worse), "", "better:", *(f"  {x}" for x in better)])
    try:
        print(report)
    except BrokenPipeError:  # piped into head: the reader has what it wanted
        sys.stderr.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
