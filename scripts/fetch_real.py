"""Get the texts of the real-page set (evals/real) — the part only the search tool can do.

The repo stores, per page, the query that found it and its address, never its text. Only
the session's search tool can reach the pages, so the texts are produced by re-running each
stored query with the search tool (corpus `pages`) and saving the excerpt of the result whose
url is the page's as evals/real/texts/<id>.txt (git-ignored). This script does the rest:

    python scripts/fetch_real.py                 # what is missing: id, query, url, file to save
    python scripts/fetch_real.py --queries       # the distinct queries to run, with the pages each one yields
    python scripts/fetch_real.py --import R.json # save the excerpts of a search response (the tool's JSON,
                                                 # saved to a file) for every stored page whose url it contains
    python scripts/fetch_real.py --copy-from DIR # take the texts another checkout on this machine already has

It never overwrites a text that is already there unless --force is given.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from fgqa.errors import FgqaError
from fgqa.evaluation.real_pages import DEFAULT_PAGES, DEFAULT_TEXTS, fetch_plan, load_pages, render_fetch_plan, text_path

ROOT = Path(__file__).resolve().parents[1]


def import_response(response: Path, pages, texts_dir: Path, force: bool) -> list[str]:
    try:
        data = json.loads(response.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FgqaError(f"cannot read search response {response}: {exc}") from exc
    results = data.get("results", []) if isinstance(data, dict) else []
    by_url = {r.get("url"): r.get("excerpt", "") for r in results if isinstance(r, dict) and r.get("url")}
    saved = []
    texts_dir.mkdir(parents=True, exist_ok=True)
    for page in pages:
        excerpt = by_url.get(page.url)
        target = text_path(texts_dir, page)
        if not excerpt or (target.exists() and not force):
            continue
        target.write_text(excerpt, encoding="utf-8")
        saved.append(page.id)
    return saved


def copy_texts(source: Path, pages, texts_dir: Path, force: bool) -> list[str]:
    if not source.is_dir():
        raise FgqaError(f"no such folder: {source}")
    copied = []
    texts_dir.mkdir(parents=True, exist_ok=True)
    for page in pages:
        src, target = text_path(source, page), text_path(texts_dir, page)
        if src.is_file() and src.resolve() != target.resolve() and (force or not target.exists()):
            target.write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
            copied.append(page.id)
    return copied


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=Path, default=ROOT / DEFAULT_PAGES)
    ap.add_argument("--texts", type=Path, default=ROOT / DEFAULT_TEXTS)
    ap.add_argument("--queries", action="store_true", help="list the distinct queries and the pages each yields")
    ap.add_argument("--import", dest="response", type=Path, help="a saved search-tool response (JSON) to take excerpts from")
    ap.add_argument("--copy-from", type=Path, help="a texts folder of another checkout to copy from")
    ap.add_argument("--force", action="store_true", help="overwrite texts that are already present")
    args = ap.parse_args(argv)
    try:
        pages = load_pages(args.pages)
        if args.response:
            saved = import_response(args.response, pages, args.texts, args.force)
            print(f"saved {len(saved)} text(s): {', '.join(saved) or '-'}")
            return 0
        if args.copy_from:
            copied = copy_texts(args.copy_from, pages, args.texts, args.force)
            print(f"copied {len(copied)} text(s) into {args.texts}")
            return 0
        plan = fetch_plan(pages, args.texts)
        if args.queries:
            by_query = defaultdict(list)
            for p in plan:
                by_query[p["query"]].append(p["id"])
            for query, ids in by_query.items():
                print(json.dumps({"query": query, "pages": ids}, ensure_ascii=False))
            return 0
        print(render_fetch_plan(plan) if plan else f"all {len(pages)} page texts are present in {args.texts}")
    except FgqaError as exc:
        print(f"fgqa: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
