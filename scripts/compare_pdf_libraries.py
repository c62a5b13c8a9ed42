"""Compare PDF text-layer libraries on CJK PDFs generated from the fixture reports.

For every fixture report: draw it as a PDF (reportlab, CID font STSong-Light, layout line
breaks, running header, `— N —` page numbers, a data table), extract the text with each
library, and measure
  - CJK correctness: share of the report's characters recovered in order
    (difflib ratio over the texts without whitespace and page furniture),
  - table rows kept on one line (the cells of a row on the same line),
  - time per report (median of 5 extractions).
Prints a Markdown table (docs/pdf-libraries.md holds the measured one).

    python scripts/compare_pdf_libraries.py
"""

from __future__ import annotations

import difflib
import io
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fgqa.documents import load_document  # noqa: E402
from format_fixtures import make_pdf, paragraphs  # noqa: E402

TABLE = [["项目", "数量"], ["行政复议案件", "126件"], ["行政诉讼案件", "88件"]]
#: characters of people's and places' names outside GB2312 (GBK / GB18030), and full-width forms
RARE = "联系人:王堃、李喆、张犇、刘淼、陈焱、赵垚、周昇、吴珺;地址:鎔城区碶头镇㙟桥村;电话:(0571)8888-6666。"
HEADER = "某某市人民政府文件"


def with_pdfium(data: bytes) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    return "\n".join(page.get_textpage().get_text_range().replace("\r\n", "\n") for page in pdf)


def with_pdfminer(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(data))


def with_pdfplumber(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def with_pypdf(data: bytes) -> str:
    import pypdf

    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def with_fgqa(data: bytes) -> str:
    from fgqa.documents.pdf import pdf_to_text

    return pdf_to_text(data, "x.pdf")


LIBRARIES = {"pypdfium2": with_pdfium, "pdfminer.six": with_pdfminer, "pdfplumber": with_pdfplumber,
             "pypdf": with_pypdf, "fgqa (pypdfium2 + joining)": with_fgqa}
_FURNITURE = re.compile(r"^\s*(?:— \d+ —|" + HEADER + r")\s*$", re.MULTILINE)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", _FURNITURE.sub("", text))


def main() -> None:
    reports = sorted(p for p in (ROOT / "evals" / "corpus").iterdir() if p.suffix in {".txt", ".md", ".html"})
    rows = {name: {"ratio": [], "table": 0, "rare": 0, "seconds": [], "lines": []} for name in LIBRARIES}
    with tempfile.TemporaryDirectory() as tmp:
        for report in reports:
            text = load_document(report).text + "\n" + RARE
            pdf = make_pdf(text, Path(tmp) / (report.stem + ".pdf"), header=HEADER, table=TABLE)
            data = pdf.read_bytes()
            paras = paragraphs(text)
            table = TABLE if len(paras) > 1 else []  # drawn after the second paragraph
            expected = squeeze("".join(paras[:2]) + "".join("".join(r) for r in table) + "".join(paras[2:]))
            want_lines = [ln for ln in text.splitlines() if ln.strip()]
            for name, extract in LIBRARIES.items():
                try:
                    out = extract(data)
                except ModuleNotFoundError:
                    continue
                times = []
                for _ in range(5):
                    started = time.perf_counter()
                    extract(data)
                    times.append(time.perf_counter() - started)
                got = squeeze(out)
                # characters recovered in order: against the text plus the table's cells
                ratio = difflib.SequenceMatcher(None, expected, got, autojunk=False).ratio()
                rows[name]["ratio"].append(ratio)
                rows[name]["table"] += bool(table) and all(re.search(rf"^[ \t]*{r[0]}[ \t]+{r[1]}[ \t]*$", out, re.MULTILINE) for r in TABLE)
                rows[name]["rare"] += all(ch in out for ch in RARE if not ch.isascii())
                rows[name]["seconds"].append(statistics.median(times))
                got_lines = set(ln.strip() for ln in out.splitlines())
                rows[name]["lines"].append(sum(ln in got_lines for ln in want_lines) / len(want_lines))
    n = len(reports)
    print(f"{n} fixture reports as PDFs (A4, STSong-Light 12 pt, header, page numbers, one table)\n")
    tables = sum(1 for r in reports if len(paragraphs(load_document(r).text + "\n" + RARE)) > 1)
    print("| library | characters recovered in order (mean, min) | rare name characters all kept | table rows on one line | paragraphs recovered whole | ms per report (median) |")
    print("|---|---|---|---|---|---|")
    for name, r in rows.items():
        if not r["ratio"]:
            print(f"| {name} | not installed | | | |")
            continue
        print(f"| {name} | {100 * statistics.mean(r['ratio']):.2f} %, {100 * min(r['ratio']):.2f} % | {r['rare']}/{n} | {r['table']}/{tables} | "
              f"{100 * statistics.mean(r['lines']):.1f} % | {1000 * statistics.median(r['seconds']):.1f} |")


if __name__ == "__main__":
    main()
