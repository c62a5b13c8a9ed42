"""Writing `fgqa view` pages to disk without ever replacing a file the user had."""

from __future__ import annotations

import re
from pathlib import Path

from fgqa.errors import FgqaError
from fgqa.models import Summary
from fgqa.render.html import CorpusReport, render_corpus_html, render_report_html

#: first bytes of every page fgqa writes: a folder holding only such pages may be rewritten
_SIGNATURE = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\""


def _is_ours(path: Path) -> bool:
    try:
        with path.open(encoding="utf-8") as fh:
            return fh.read(len(_SIGNATURE)) == _SIGNATURE
    except (OSError, UnicodeDecodeError):
        return False


def default_report_output(source: str) -> Path:
    """`report.txt` → `./report.fgqa.html` (never the source itself, even for an .html report)."""
    stem = re.sub(r"[^\w.-]+", "_", Path(source).name.rsplit(".", 1)[0]) or "report"
    return Path(f"{stem}.fgqa.html")


def write_new(path: Path, content: str, *, force: bool) -> None:
    if path.exists() and not (force or _is_ours(path)):
        raise FgqaError(f"{path} exists and was not written by fgqa view: choose another -o or pass --force")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(content, encoding="utf-8")
    tmp.replace(path)


def write_report_page(summary: Summary, text: str, out: Path, *, force: bool = False) -> Path:
    write_new(out, render_report_html(summary, text), force=force)
    return out


def page_name(summary: Summary) -> str:
    """A stable file name per report: its content hash, so reruns land on the same page."""
    return f"reports/{summary.doc.sha256[:16]}.html"


def write_corpus_pages(items: list[tuple[Summary, str]], out_dir: Path, *, force: bool = False) -> Path:
    """`index.html` (the overview) and one page per report under `reports/`."""
    if out_dir.exists() and not out_dir.is_dir():
        raise FgqaError(f"{out_dir} is a file: -o takes a folder for a corpus view")
    reports = []
    for summary, text in items:
        name = page_name(summary)
        write_new(out_dir / name, render_report_html(summary, text, back_link="../index.html"), force=force)
        reports.append(CorpusReport(summary=summary, page=name))
    index = out_dir / "index.html"
    write_new(index, render_corpus_html(reports), force=force)
    return index
