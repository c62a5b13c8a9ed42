"""`fgqa eval --replay` on the fixture gold set, from the cassettes recorded from the real
local model (scripts/record_cassettes.sh): offline, through the CLI's own entry point.

- the replayed run passes the regression gate against the run recorded with the cassette,
  and its figures, answers and scores are exactly the recorded ones;
- its LLM calls are really answered by the cassette (no network, no warm cache);
- hybrid never scores below rules on a headline metric;
- a deleted cassette or a removed entry fails with one clear line and no network call.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import socket
import sys
from pathlib import Path
from typing import Any

import pytest

from fgqa.cli import main
from fgqa.evaluation import cassettes as cassettes_module
from fgqa.evaluation.cassettes import _yaml_serializer, cassette_path, gold_set_label, read_cassette
from fgqa.evaluation.compare import headline
from fgqa.evaluation.gold import gold_set_hash
from fgqa.evaluation.runs import RunRecord, find_last_run, load_run, run_eval

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "evals" / "gold"
CORPUS = ROOT / "evals" / "corpus"
CASSETTES = ROOT / "evals" / "cassettes"
RUNS = ROOT / "evals" / "runs"
CASSETTE = cassette_path(CASSETTES, gold_set_label(GOLD))
ENGINES = ("llm", "hybrid")



@pytest.fixture(autouse=True)
def cassette_is_kept() -> None:
    """The cassette is part of the repository: without it the replay suite fails, it is not skipped."""
    if not CASSETTE.is_file():
        pytest.fail(f"no cassette at {CASSETTE.relative_to(ROOT)}: record it with scripts/record_cassettes.sh")


class Outcome:
    def __init__(self, code: int, out: str, err: str, sessions: list[Any], attempts: list[Any]):
        self.code, self.out, self.err, self.sessions, self.attempts = code, out, err, sessions, attempts

    @property
    def record(self) -> RunRecord:
        return RunRecord.model_validate_json(self.out)


def run_cli(args: list[str], tmp_path: Path) -> Outcome:
    """`fgqa <args>` in this process: FGQA_* settings cleared, sockets refused, sessions kept."""
    sessions: list[Any] = []
    attempts: list[Any] = []
    real_session = cassettes_module.cassette_session

    def spy(*a: Any, **kw: Any) -> Any:
        sessions.append(real_session(*a, **kw))
        return sessions[-1]

    def refuse(sock: socket.socket, address: Any) -> None:
        attempts.append(address)
        raise OSError(f"network blocked in this test: {address}")

    with pytest.MonkeyPatch.context() as patch:
        for name in [n for n in os.environ if n.startswith("FGQA_")]:
            patch.delenv(name)
        patch.setenv("XDG_CONFIG_HOME", str(tmp_path / "no-config"))
        patch.chdir(ROOT)
        patch.setattr(cassettes_module, "cassette_session", spy)
        patch.setattr(socket.socket, "connect", refuse)
        patch.setattr(socket.socket, "connect_ex", refuse)
        patch.setattr(sys, "argv", ["fgqa", *args])
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                main()
                code = 0
            except SystemExit as exc:
                code = int(exc.code or 0)
    return Outcome(code, out.getvalue(), err.getvalue(), sessions, attempts)


def baseline(engine: str) -> Path:
    path = find_last_run(RUNS, gold_set_hash(GOLD), engine, live=True)
    if path is None:
        pytest.fail(f"no recorded {engine} run of this gold set in evals/runs: the gold changed since the "
                    "cassettes were recorded; re-run scripts/record_cassettes.sh")
    return path


def replay_args(engine: str, tmp_path: Path, *extra: str) -> list[str]:
    return ["eval", "--engine", engine, "--replay", "--gold", str(GOLD), "--corpus", str(CORPUS),
            "--runs-dir", str(tmp_path / "runs"), "--format", "json", *extra]


@pytest.fixture(scope="module")
def replayed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    """Both engines replayed once, each compared with its recorded run (the gate)."""
    results: dict[str, Outcome] = {}
    for engine in ENGINES:
        tmp = tmp_path_factory.mktemp(f"replay-{engine}")
        results[engine] = run_cli(replay_args(engine, tmp, "--compare", str(baseline(engine))), tmp)
    return results


RERECORD = "if the change is intended, re-record with scripts/record_cassettes.sh"


def first_difference(old: list[Any], new: list[Any]) -> str:
    """The first outcome that differs, as 'doc key: old → new'."""
    for a, b in zip(old, new):
        if a.model_dump() != b.model_dump():
            return (f"{a.doc} {a.key}: {a.status} {a.predicted_value} → {b.status} {b.predicted_value}"
                    f" (quote “{b.predicted_quote or b.quote}”)")
    return f"{len(old)} outcomes → {len(new)}"


@pytest.mark.parametrize("engine", ENGINES)
def test_replay_passes_the_gate_and_reproduces_the_recorded_run(replayed: dict[str, Outcome], engine: str) -> None:
    result = replayed[engine]
    assert result.code == 0, f"{result.err.strip()} ({RERECORD})"
    new, old = result.record, load_run(baseline(engine))
    assert new.provenance.mode == "replay" and old.provenance.mode == "live"
    for field in ("model", "base_url", "prompt_hash", "schema_hash"):
        assert getattr(new.provenance, field) == getattr(old.provenance, field), field
    assert [o.model_dump() for o in new.outcomes] == [o.model_dump() for o in old.outcomes], (
        f"replayed {engine} figures differ from the recorded run {baseline(engine).name}: "
        f"{first_difference(old.outcomes, new.outcomes)}; {RERECORD}")
    assert new.scores.model_dump() == old.scores.model_dump(), RERECORD
    assert [q.model_dump() for q in new.qa] == [q.model_dump() for q in old.qa], RERECORD
    assert [d.model_dump() for d in new.docs] == [d.model_dump() for d in old.docs], RERECORD
    for field in ("calls", "cached_calls", "prompt_tokens", "completion_tokens", "rejected_figures"):
        assert getattr(new.usage, field) == getattr(old.usage, field), field


@pytest.mark.parametrize("engine", ENGINES)
def test_replayed_calls_go_through_the_cassette(replayed: dict[str, Outcome], engine: str) -> None:
    result = replayed[engine]
    (session,) = result.sessions
    usage = result.record.usage
    assert result.attempts == []  # not one socket was opened
    assert session.misses == []
    # every call not served by the run's own (fresh, temporary) cache was played from the cassette
    assert usage.calls > usage.cached_calls and session.plays >= usage.calls - usage.cached_calls > 0
    assert usage.prompt_tokens > 0  # token counts come from the recorded responses


def test_hybrid_scores_at_least_rules_on_every_headline_metric(replayed: dict[str, Outcome]) -> None:
    hybrid = headline(replayed["hybrid"].record)
    rules = headline(run_eval(GOLD, CORPUS, engine="rules"))
    for name, value in rules.items():
        if value is None:
            continue
        if name == "traps":
            assert hybrid[name] <= value, name
        else:
            assert hybrid[name] is not None and hybrid[name] >= value, f"{name}: hybrid {hybrid[name]} < rules {value}"


def test_deleted_cassette_fails_clearly(tmp_path: Path) -> None:
    copy = tmp_path / "cassettes"
    shutil.copytree(CASSETTES, copy)
    cassette_path(copy, gold_set_label(GOLD)).unlink()
    result = run_cli(replay_args("llm", tmp_path, "--cassettes", str(copy)), tmp_path)
    assert result.code == 2
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("fgqa: no cassette for gold set 'evals-gold' at "), result.err
    assert "record_cassettes.sh" in lines[0]
    assert result.attempts == [] and not (tmp_path / "runs").exists()


@pytest.mark.parametrize("engine", ENGINES)
def test_removed_entry_fails_with_one_line_naming_the_request(tmp_path: Path,
                                                             engine: str) -> None:
    copy = tmp_path / "cassettes"
    shutil.copytree(CASSETTES, copy)
    path = cassette_path(copy, gold_set_label(GOLD))
    data = read_cassette(path)
    data["interactions"] = data["interactions"][1:]
    path.write_text(_yaml_serializer().serialize(data), encoding="utf-8")

    result = run_cli(replay_args(engine, tmp_path, "--cassettes", str(copy)), tmp_path)
    assert result.code == 2
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("fgqa: replay: no recorded response for POST /v1/chat/completions (body sha256 ")
    assert str(path) in lines[0] and "re-record" in lines[0]
    assert result.attempts == [] and not (tmp_path / "runs").exists()
    assert result.out == ""


def test_replay_needs_no_configuration_and_writes_nothing_to_the_cache(tmp_path: Path) -> None:
    before = sorted(p.name for p in (ROOT / "cache").iterdir()) if (ROOT / "cache").is_dir() else []
    result = run_cli(replay_args("llm", tmp_path, "--no-save"), tmp_path)
    assert result.code == 0, result.err
    after = sorted(p.name for p in (ROOT / "cache").iterdir()) if (ROOT / "cache").is_dir() else []
    assert after == before
    assert json.loads(result.out)["provenance"]["mode"] == "replay"


def test_markdown_report_has_per_key_scores_for_all_three_engines(tmp_path: Path) -> None:
    result = run_cli(["eval", "--engine", "rules,llm,hybrid", "--replay", "--gold", str(GOLD), "--corpus", str(CORPUS),
                      "--no-save", "--format", "md"], tmp_path)
    assert result.code == 0, result.err
    md = result.out
    per_key = md.split("## Per key")[1].split("\n## ")[0]
    header = next(line for line in per_key.splitlines() if line.startswith("| key |"))
    for label in ("rules (rules)", "llm (replay)", "hybrid (replay)"):
        assert f"{label} P" in header and f"{label} F1" in header
    assert "| litigation.loss_rate |" in per_key
    assert result.attempts == []
