"""Corpus benchmark: `fgqa index` over N reports with --jobs 1 and --jobs 2, a rerun with
nothing changed, and `fgqa export` of the result (whole-process times, median of repeats).

The reports are copies of the fixture reports (evals/corpus) plus each drawn as a PDF and
a DOCX (tests/format_fixtures.py), cycled to N files. Figures, not tests: the machine is
shared, so read the ratio of the two index runs, measured back to back.

    python scripts/benchmark_corpus.py [N] [--repeat R]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fgqa.documents import load_document  # noqa: E402
from format_fixtures import make_docx, make_pdf  # noqa: E402


def make_corpus(folder: Path, n: int) -> dict[str, int]:
    originals = sorted(p for p in (ROOT / "evals" / "corpus").iterdir() if p.is_file())
    made = folder / "_made"
    made.mkdir()
    sources = list(originals)
    for p in originals[:4]:
        text = load_document(p).text
        sources.append(make_pdf(text, made / f"{p.stem}.pdf", header="某某市人民政府文件"))
        sources.append(make_docx(text, made / f"{p.stem}.docx"))
    counts: dict[str, int] = {}
    reports = folder / "reports"
    for i in range(n):
        src = sources[i % len(sources)]
        sub = reports / f"batch{i // 100:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        shutil.copy(src, sub / f"{i:04d}_{src.name}")
        counts[src.suffix] = counts.get(src.suffix, 0) + 1
    shutil.rmtree(made)
    return counts


CPU: list[float] = []  # CPU seconds of each timed command (its worker processes included)


def timed(*args: str, cwd: Path) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "fgqa.cli", *args], cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    if out.returncode not in (0, 1):
        raise SystemExit(f"fgqa {' '.join(args)} failed: {out.stderr}")
    return elapsed


def _burn(seconds: float) -> int:
    started, n = time.process_time(), 0
    while time.process_time() - started < seconds:
        n += 1
    return n


def machine_parallelism(seconds: float = 1.0) -> float:
    """What two CPU-bound processes get done per wall second relative to one: 2.0 on an idle
    2-core machine, 1.0 when this process tree is held to a fixed share of the CPU."""
    import multiprocessing

    walls = []
    for k in (1, 2):
        started = time.perf_counter()
        with multiprocessing.Pool(k) as pool:
            pool.map(_burn, [seconds] * k)
        walls.append((time.perf_counter() - started) / k)
    return walls[0] / walls[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        counts = make_corpus(folder, args.n)
        one, two, rerun, csv_t, xlsx_t = [], [], [], [], []
        cpu: dict[str, list[float]] = {}
        load = os.getloadavg()[0]
        parallel = machine_parallelism()
        for r in range(args.repeat):
            for jobs, bucket in (("1", one), ("2", two)):
                db = f"j{jobs}-{r}.sqlite"
                bucket.append(timed("index", "reports", "--db", db, "--jobs", jobs, cwd=folder))
                cpu.setdefault(jobs, []).append(CPU[-1])
            rerun.append(timed("index", "reports", "--db", f"j2-{r}.sqlite", "--jobs", "2", cwd=folder))
            csv_t.append(timed("export", "--db", f"j2-{r}.sqlite", "-f", "csv", "-o", f"w{r}.csv", cwd=folder))
            xlsx_t.append(timed("export", "--db", f"j2-{r}.sqlite", "-f", "xlsx", "-o", f"w{r}.xlsx", cwd=folder))
        med = statistics.median
        print(f"{args.n} reports ({', '.join(f'{v} {k}' for k, v in sorted(counts.items()))}), median of {args.repeat}, "
              f"load average {load:.1f} at the start on {os.cpu_count()} cores\n")
        print("| step | seconds | reports/s | CPU seconds (all processes) |")
        print("|---|---|---|---|")
        print(f"| `fgqa index reports --jobs 1` | {med(one):.1f} | {args.n / med(one):.0f} | {med(cpu['1']):.1f} |")
        print(f"| `fgqa index reports --jobs 2` | {med(two):.1f} | {args.n / med(two):.0f} | {med(cpu['2']):.1f} |")
        print(f"| rerun, nothing changed (`--jobs 2`) | {med(rerun):.2f} | |")
        print(f"| `fgqa export -f csv` (wide + quotes) | {med(csv_t):.2f} | |")
        print(f"| `fgqa export -f xlsx` (wide + quotes) | {med(xlsx_t):.2f} | |")
        print(f"\nspeed-up --jobs 2 / --jobs 1: {med(one) / med(two):.2f}× wall clock; CPU used per wall second "
              f"{med(cpu['1']) / med(one):.2f} (--jobs 1) and {med(cpu['2']) / med(two):.2f} (--jobs 2) cores")
        print(f"the machine itself: two CPU-bound processes did {parallel:.2f}× the work of one per wall second "
              "(2.0 = two free cores; 1.0 = no parallel speed-up is possible here)")


if __name__ == "__main__":
    main()
