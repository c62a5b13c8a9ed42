"""A normal (non-editable) install works outside the repository: the wheel carries the
prompts and every data file, and `fgqa summarize --engine llm` runs end to end against a
local OpenAI-compatible server.

To stay fast and offline, the wheel is built without build isolation and installed with
--no-deps into a fresh venv that sees this test environment's packages (its dependencies)
through a .pth line; fgqa itself can only come from the wheel.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

import pytest

from fault_server import Behaviour, FaultServer, completion_body

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "evals" / "corpus" / "a_city_plain.txt"
COUNT = re.compile(r"\d+件")


def reading_of_the_section() -> Behaviour:
    """A valid section reading: a summary and the section's first count, quoted verbatim."""

    def respond(server: FaultServer, handler: Any, request: dict[str, Any]) -> None:
        user = next(m["content"] for m in request["messages"] if m["role"] == "user")
        body = user.split("原文：\n", 1)[-1]
        match = COUNT.search(body)
        figures = [{"quote": match.group(), "value": float(match.group()[:-1]), "unit": "件", "kind": "stated"}] if match else []
        reading = {"summary": "本节介绍了工作情况。", "key_points": [], "figures": figures}
        data = json.dumps(completion_body(request, json.dumps(reading, ensure_ascii=False), 30, 10)).encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    return Behaviour("reading", respond)


def run(*args: str | Path, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    # generous: a fresh venv's pip install on a machine shared with other test suites took over 300 s
    out = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=900, **kwargs)
    assert out.returncode == 0, f"{args[:3]}: {out.stderr[-1500:]}"
    return out


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The venv's bin folder, with fgqa installed from a wheel built from this checkout."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "src"  # a copy: building in the checkout would leave build/ and egg-info behind
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "fgqa", source / "fgqa", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", tmp / "dist", source)
    wheel = next((tmp / "dist").glob("fgqa-*.whl"))

    venv = tmp / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    purelib = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip())
    # the dependencies, from this environment (a plain path line: its .pth files, such as
    # the editable install of this checkout, are not processed)
    (purelib / "test-env-packages.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "-q", wheel)
    return bin_dir


def test_the_wheel_holds_the_prompts_and_runs_the_llm_engine_outside_the_repo(installed: Path, tmp_path: Path) -> None:
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FGQA_", "PYTHON"))}
    where = run(installed / "python", "-c", "import fgqa; print(fgqa.__file__)", cwd=workdir, env=env).stdout.strip()
    assert Path(where).is_relative_to(installed.parent) and not Path(where).is_relative_to(ROOT)

    with FaultServer(then=reading_of_the_section()) as server:
        env.update({"FGQA_BASE_URL": server.base_url, "FGQA_MODEL": "stub", "FGQA_MODE": "tools",
                    "FGQA_CACHE_DIR": str(tmp_path / "cache"), "FGQA_MAX_RETRIES": "0",
                    "XDG_CONFIG_HOME": str(tmp_path / "xdg")})
        out = run(installed / "fgqa", "summarize", REPORT, "--engine", "llm", "--format", "json", cwd=workdir, env=env)
        sent = [r.body for r in server.chat_requests]

    summary = json.loads(out.stdout)
    assert summary["engine"] == "llm" and summary["usage"]["calls"] == len(sent) > 0
    assert not summary["usage"]["fallback_sections"], summary["warnings"]
    assert any(f["source"] == "llm" for s in summary["sections"] for f in s["figures"])
    prompt = (ROOT / "fgqa" / "prompts" / "section_reading.md").read_text(encoding="utf-8").split("{{")[0]
    assert all(prompt in m["content"] for body in sent for m in body["messages"] if "原文" in m["content"])
    assert sorted(p.name for p in workdir.iterdir()) == []  # nothing written where it ran (the cache is elsewhere)
