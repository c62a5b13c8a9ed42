"""Screenshots of `fgqa view` for the README: one report page and a corpus overview.

    python scripts/view_screenshots.py [OUT_DIR]     # default docs/img

Renders fixture reports with the rules engine, opens the pages in Debian's chromium (through
Playwright) and saves PNGs. Chinese needs a CJK font on the machine (apt-get install
fonts-wqy-microhei); without one the glyphs show as boxes.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from fgqa.documents import load_document
from fgqa.engines.factory import build_engine
from fgqa.pipeline import summarize_document
from fgqa.render.html_output import write_corpus_pages, write_report_page

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "img"
    out.mkdir(parents=True, exist_ok=True)
    engine = build_engine("rules")
    items = []
    for path in sorted((ROOT / "evals" / "corpus").iterdir()):
        doc = load_document(path)
        items.append((summarize_document(doc, engine), doc.text))
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        report = write_report_page(*items[1], Path(tmp) / "report.html")
        index = write_corpus_pages(items, Path(tmp) / "corpus")
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(report.as_uri())
        page.hover("mark#fig-3")
        page.screenshot(path=str(out / "view-report.png"))
        page.goto(index.as_uri())
        page.screenshot(path=str(out / "view-corpus.png"))
        browser.close()
    print(f"{out / 'view-report.png'}\n{out / 'view-corpus.png'}")


if __name__ == "__main__":
    main()
