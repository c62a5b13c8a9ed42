"""The LLM cache's speed-up: the same `fgqa summarize --engine llm` run twice, cold then warm.

A figure for the README, not a test: it needs a configured endpoint (FGQA_BASE_URL /
FGQA_PROVIDER …, e.g. the local server of `fgqa local-server`) and measures whatever the
machine is doing. Each run gets a fresh, temporary cache folder; nothing else is touched.

    FGQA_PROVIDER=llamacpp python scripts/cache_speedup.py [REPORT ...]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_REPORTS = [ROOT / "evals" / "corpus" / "d_department_traditional.txt"]


def summarize(path: Path, cache_dir: str) -> tuple[float, dict]:
    env = {**os.environ, "FGQA_CACHE_DIR": cache_dir}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "fgqa.cli", "summarize", str(path), "--engine", "llm", "--format", "json"],
                          env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"fgqa summarize failed: {done.stderr.strip()}")
    return elapsed, json.loads(done.stdout)["usage"]


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or DEFAULT_REPORTS
    print("| report | cold s | calls | warm s | calls from cache | HTTP requests (warm) | speed-up |")
    print("|---|---|---|---|---|---|---|")
    for path in paths:
        with tempfile.TemporaryDirectory(prefix="fgqa-cache-") as cache_dir:
            cold, cold_usage = summarize(path, cache_dir)
            warm, warm_usage = summarize(path, cache_dir)
        requests = warm_usage["calls"] - warm_usage["cached_calls"]
        print(f"| {path.name} | {cold:.1f} | {cold_usage['calls']} | {warm:.2f} | {warm_usage['cached_calls']} | "
              f"{requests} | {cold / warm:.0f}× |")


if __name__ == "__main__":
    main()
