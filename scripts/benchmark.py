"""How fast fgqa is, as ratios to floors measured in the same run.

The machines are shared and noisy, so absolute times mean little from one run to the
next; a ratio to a floor measured alongside does. Times are CPU time (user + system, of
this process or of the child process), which other load on the machine disturbs far less
than wall time. Figures, not tests:

- start-up: whole-process `fgqa --help` and `fgqa summarize FILE --format json` against
  `python -c "import pydantic, typer"` (what any pydantic + typer CLI pays), with fgqa's
  bytecode compiled first as an install has it; beside them a minimal typer command that
  prints one pydantic model (what running any command of such a CLI pays: typer's option
  converters are pydantic validators) and a summarize's first run (no compiled patterns in
  the cache yet); then where a summarize's start-up goes, stage by stage;
- throughput: in-process reports per second through load → clean → sections → figures →
  summary, one core, against one read of the file plus one pass of a 50-alternation regex
  over its text per report;
- scaling: the cost per 10,000 characters for one report and for 16, 64 and 256 reports
  joined into one (linear time means the same cost at every size);
- two pathological inputs: 2 MB of numbers with no sentence break and a 5 MB report.

The child processes use a cache folder of the run's own, warmed first (the user's is shared
with every checkout on the machine; one with other lexicon files rewrites it between runs).

    python scripts/benchmark.py [--quick] [REPORT_DIR ...]      (default: evals/corpus)

`--quick` skips the two pathological inputs and the 256× size.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from fgqa.documents import load_document
from fgqa.engines.rules import RulesEngine
from fgqa.pipeline import summarize_document

ROOT = Path(__file__).resolve().parents[1]
REPORT_SUFFIXES = {".txt", ".md", ".html", ".htm"}
#: the throughput floor's regex: 50 alternatives, as a cue table of the genre has
FLOOR_PATTERN = re.compile("|".join(f"第{i}项|{i}件" for i in range(25)))
SCALES = (1, 16, 64, 256)


def reports(dirs: list[Path]) -> list[Path]:
    return sorted(p for d in dirs for p in d.iterdir() if p.suffix in REPORT_SUFFIXES)


def best_of(fn: Callable[[], object], repeats: int) -> float:
    """The least CPU time of `repeats` runs (the run least disturbed by other load)."""
    times = []
    for _ in range(repeats):
        started = time.process_time()
        fn()
        times.append(time.process_time() - started)
    return min(times)


# --------------------------------------------------------------------------- start-up


def process_time(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """CPU time and wall time of one run of a command, run as a user runs it."""
    before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, env=env)
    wall, after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


_CACHE: tempfile.TemporaryDirectory[str] | None = None


def _private_cache() -> str:
    """A cache folder of this run's own (XDG_CACHE_HOME), warmed by its first summarize: the
    user's cache is shared with every other checkout on the machine, and one with other
    lexicon files or patterns rewrites it between two runs of ours (each then a first run)."""
    global _CACHE
    if _CACHE is None:
        _CACHE = tempfile.TemporaryDirectory(prefix="fgqa-benchmark-")
    return _CACHE.name


def startup(report: Path, repeats: int = 15) -> None:
    python = sys.executable
    # as after `pip install` (which writes bytecode): a sandbox with PYTHONDONTWRITEBYTECODE
    # would otherwise compile every fgqa module from source at every start
    subprocess.run([python, "-m", "compileall", "-q", str(ROOT / "fgqa")], check=True, capture_output=True)
    summarize = [python, "-m", "fgqa.cli", "summarize", str(report), "--format", "json"]
    commands = {
        "floor: python -c 'import pydantic, typer'": [python, "-c", "import pydantic, typer"],
        "a typer command printing a pydantic model": [python, "-c", TYPER_COMMAND, str(report)],
        "fgqa --help": [python, "-m", "fgqa.cli", "--help"],
        f"fgqa summarize {report.name} --format json": summarize,
        "  the same, first run (no compiled patterns cached)": summarize,
    }
    # interleaved, so that a burst of load on the machine hits all of them alike
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    wall: dict[str, list[float]] = {name: [] for name in commands}
    warm = {**os.environ, "XDG_CACHE_HOME": _private_cache()}
    subprocess.run(summarize, check=True, capture_output=True, env=warm)  # fills it
    for _ in range(repeats):
        for name, cmd in commands.items():
            if "first run" in name:
                with tempfile.TemporaryDirectory() as empty:
                    c, w = process_time(cmd, env={**os.environ, "XDG_CACHE_HOME": empty})
            else:
                c, w = process_time(cmd, env=warm)
            cpu[name].append(c)
            wall[name].append(w)
    floor, floor_wall = (statistics.median(next(iter(t.values()))) for t in (cpu, wall))
    print(f"start-up (whole process, median of {repeats}; CPU time, wall time in brackets):")
    for name in commands:
        c, w = statistics.median(cpu[name]), statistics.median(wall[name])
        print(f"  {name:<52} {c * 1000:5.0f} ms = {c / floor:4.2f} × floor   ({w * 1000:4.0f} ms = {w / floor_wall:4.2f} ×)")


#: what running one command of any typer + pydantic CLI costs: typer converts each option
#: with a pydantic validator, and the command prints a model as JSON
TYPER_COMMAND = r"""
import enum, typing
import pydantic, typer
class Format(str, enum.Enum):
    text = "text"
    json = "json"
class Report(pydantic.BaseModel):
    path: str
    format: Format
def summarize(file: str, format: typing.Annotated[Format, typer.Option("--format")] = Format.json,
              engine: typing.Optional[str] = None) -> None:
    print(Report(path=file, format=format).model_dump_json())
typer.run(summarize)
"""


#: run in a child process: where a summarize's start-up goes, stage by stage, in the order a
#: run takes them (CPU ms, and how much of it compiling regular expressions: re's own, and
#: fgqa.re_cache's misses, which the user's pattern cache makes rare)
STAGES = r"""
import sys, time
import re._compiler as rc
compiling = [0.0]
def timing(compile):
    def timed(*args, **kwargs):
        started = time.process_time()
        try:
            return compile(*args, **kwargs)
        finally:
            compiling[0] += time.process_time() - started
    return timed
rc.compile = timing(rc.compile)
marks = [("", time.process_time(), 0.0)]
def mark(name):
    marks.append((name, time.process_time(), compiling[0]))
import pydantic, typer
mark("python + import pydantic, typer (the floor)")
import fgqa.re_cache
fgqa.re_cache._compile = timing(fgqa.re_cache._compile)
import typer._adapters
pydantic.TypeAdapter(str)
mark("pydantic's schema machinery and first validator")
import fgqa.cli, fgqa.models
typer.main.get_command(fgqa.cli.app_for(["summarize"]))
mark("fgqa.cli, fgqa.models, typer's summarize command")
import fgqa.session
mark("the pipeline's modules (documents ... engines)")
from fgqa.lexicon import lexicon
lexicon()
mark("the lexicon (TOML, validation, patterns)")
with fgqa.session.Session() as session:
    summary = session.summarize(sys.argv[1])
mark("reading and summarizing the report")
summary.model_dump_json(by_alias=True, indent=2)
mark("the JSON")
print(repr([(n, (t - t0) * 1000, (c - c0) * 1000) for (_, t0, c0), (n, t, c) in zip(marks, marks[1:])]))
"""


def startup_stages(report: Path, repeats: int = 7) -> None:
    warm = {**os.environ, "XDG_CACHE_HOME": _private_cache()}
    runs = [eval(subprocess.run([sys.executable, "-c", STAGES, str(report)], check=True, capture_output=True,
                                text=True, cwd=ROOT, env=warm).stdout) for _ in range(repeats + 1)][1:]
    print(f"start-up stages of `fgqa summarize {report.name}` (in-process CPU ms, least of {repeats}; regex compiling in brackets):")
    total = 0.0
    for i, (name, _, _) in enumerate(runs[0]):
        ms, regex = min(run[i][1] for run in runs), min(run[i][2] for run in runs)
        total += ms
        print(f"  {name:<52} {ms:5.1f} ms  ({regex:4.1f})")
    print(f"  {'total':<52} {total:5.1f} ms")


# --------------------------------------------------------------------------- throughput


def floor_pass(paths: list[Path]) -> None:
    for p in paths:
        text = p.read_bytes().decode("utf-8", errors="replace")
        FLOOR_PATTERN.findall(text)


def throughput(paths: list[Path], rounds: int = 10) -> None:
    engine = RulesEngine()
    for p in paths:  # warm up: lexicon, caches, lazy imports (bs4, OpenCC)
        summarize_document(load_document(p), engine)

    def ours() -> None:
        for p in paths:
            summarize_document(load_document(p), engine)

    ours_s = best_of(ours, rounds) / len(paths)
    floor_s = best_of(lambda: floor_pass(paths), rounds) / len(paths)
    print(f"throughput (one core, best of {rounds} rounds over {len(paths)} reports):")
    print(f"  rules engine {1 / ours_s:6.0f} reports/s = {ours_s / floor_s:5.1f} × floor "
          f"(read + 50-alternation regex pass: {1 / floor_s:,.0f} reports/s)")


# --------------------------------------------------------------------------- scaling


def joined(texts: list[str], count: int) -> str:
    """`count` reports joined into one text (cycling through the fixtures)."""
    return "\n".join(texts[i % len(texts)] for i in range(count))


def summarize_text(text: str, folder: Path, repeats: int) -> float:
    """Least CPU time to load and summarize `text` written as a UTF-8 report."""
    path = folder / "joined.txt"
    path.write_text(text, encoding="utf-8")
    engine = RulesEngine()
    return best_of(lambda: summarize_document(load_document(path), engine), repeats)


def scaling(paths: list[Path], folder: Path, scales: tuple[int, ...]) -> None:
    texts = [load_document(p).text for p in paths]
    print("scaling (CPU per 10,000 characters; k reports joined into one text):")
    base = None
    for scale in scales:
        if scale == 1:  # each report on its own
            chars = sum(len(t) for t in texts)
            seconds = sum(summarize_text(t, folder, 5) for t in texts)
        else:
            text = joined(texts, scale)
            chars = len(text)
            seconds = summarize_text(text, folder, max(1, 64 // scale))
        per_10k = seconds / chars * 10_000
        base = base or per_10k
        print(f"  {scale:>3}× a report ({chars:>9,} chars): {per_10k * 1000:5.1f} ms per 10k chars = {per_10k / base:4.2f} × the cost at 1×")


# --------------------------------------------------------------------------- pathological inputs


def numbers_without_a_break(size: int = 2_000_000) -> str:
    """2 MB (UTF-8) of counts in one clause list: commas, no full stop, no line break."""
    rng = random.Random(1)
    cues = ["受理行政复议案件", "败诉", "纠错", "出庭应诉率", "审查规范性文件", "开展普法活动", "培训", "法律顾问", "调解纠纷", "办理"]
    units = ["件", "起", "%", "次", "人", "场", "个"]
    parts, used = ["2024年法治政府建设年度报告\n"], 0
    while used < size - 100:
        part = f"{rng.choice(cues)}{rng.randint(1, 9999)}{rng.choice(units)},"
        parts.append(part)
        used += len(part.encode("utf-8"))
    return "".join(parts)


def large_report(texts: list[str], size: int = 4_990_000) -> str:
    """A valid report just under the 5 MB limit: the fixtures joined until it is that large."""
    one = "\n".join(texts)
    return "\n".join([one] * max(1, size // (len(one.encode("utf-8")) + 1)))


def pathological(paths: list[Path], folder: Path) -> None:
    texts = [load_document(p).text for p in paths]
    print("pathological inputs (whole process `fgqa summarize --format json`, one run):")
    for name, text in (("2 MB of numbers, no sentence break", numbers_without_a_break()),
                       ("a 5 MB report", large_report(texts))):
        path = folder / "pathological.txt"
        path.write_text(text, encoding="utf-8")
        cpu, wall = process_time([sys.executable, "-m", "fgqa.cli", "summarize", str(path), "--format", "json"],
                                 env={**os.environ, "XDG_CACHE_HOME": _private_cache()})
        print(f"  {name:<36} {path.stat().st_size / 1e6:4.1f} MB: {cpu:5.1f} s CPU ({wall:.1f} s wall)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the pathological inputs and 256×")
    parser.add_argument("dirs", nargs="*", type=Path)
    args = parser.parse_args()
    paths = reports(args.dirs or [ROOT / "evals" / "corpus"])
    startup(paths[0])
    startup_stages(paths[0])
    throughput(paths)
    with tempfile.TemporaryDirectory() as tmp:
        scaling(paths, Path(tmp), SCALES[:-1] if args.quick else SCALES)
        if not args.quick:
            pathological(paths, Path(tmp))


if __name__ == "__main__":
    main()
