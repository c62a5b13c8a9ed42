"""Throughput of the rules engine and whole-process time of `fgqa summarize`.

Figures, not tests: the machines are shared and noisy, so this prints measurements
(median of repeats) for the README instead of asserting on them.

    python scripts/benchmark.py [REPORT_DIR ...]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fgqa.documents import load_document
from fgqa.engines.rules import RulesEngine
from fgqa.pipeline import summarize_document

ROOT = Path(__file__).resolve().parents[1]
REPORT_SUFFIXES = {".txt", ".md", ".html", ".htm"}


def reports(dirs: list[Path]) -> list[Path]:
    return sorted(p for d in dirs for p in d.iterdir() if p.suffix in REPORT_SUFFIXES)


def throughput(paths: list[Path], rounds: int = 20) -> tuple[float, float]:
    """Reports per second through load → clean → sections → figures → summary, one core."""
    engine = RulesEngine()
    docs = [load_document(p) for p in paths]
    chars = sum(len(d.text) for d in docs)
    started = time.perf_counter()
    for _ in range(rounds):
        for p in paths:
            summarize_document(load_document(p), engine)
    elapsed = time.perf_counter() - started
    return rounds * len(paths) / elapsed, rounds * chars / elapsed


def ten_thousand_chars(paths: list[Path], size: int = 10_000) -> str:
    """A 10,000-character report: the cleaned fixtures joined, cut at a sentence end."""
    text = "\n".join(load_document(p).text for p in paths)
    while len(text) < size:
        text += "\n" + text
    cut = text.rfind("。", 0, size) + 1
    return text[:cut] if cut > 0 else text[:size]


def whole_process(path: Path, repeats: int = 7) -> float:
    """Median wall time of `fgqa summarize FILE --format json` as a user runs it."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "fgqa.cli", "summarize", str(path), "--format", "json"],
                       check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    dirs = [Path(a) for a in sys.argv[1:]] or [ROOT / "evals" / "corpus"]
    paths = reports(dirs)
    per_s, chars_per_s = throughput(paths)
    print(f"rules engine: {per_s:.0f} reports/s ({chars_per_s / 1000:.0f}k chars/s) on {len(paths)} reports, one core")
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "report_10k.txt"
        big.write_text(ten_thousand_chars(paths), encoding="utf-8")
        n = len(load_document(big).text)
        print(f"fgqa summarize (whole process, median of 7): {whole_process(big):.3f}s on a {n}-char report")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "fgqa.cli", "--help"], check=True, capture_output=True)
    print(f"fgqa --help: {time.perf_counter() - started:.3f}s")


if __name__ == "__main__":
    main()
