"""The Session: one engine, one LLM client (closed on exit), each file read once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import fgqa
import fgqa.session
from fgqa.errors import ConfigError, InputError
from fgqa.evaluation import run_eval
from fgqa.llm.client import LLMClient
from fgqa.llm.config import LLMConfig

ROOT = Path(__file__).resolve().parents[1]
GOLD, CORPUS = ROOT / "evals" / "gold", ROOT / "evals" / "corpus"
REPORT = CORPUS / "a_city_plain.txt"


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """Every engine the session builds and every file it loads."""
    seen: dict[str, list] = {"engines": [], "loads": []}
    build, load = fgqa.session.build_engine, fgqa.session.load_document

    def counting_build(name, *args, **kwargs):
        seen["engines"].append(name)
        return build(name, *args, **kwargs)

    def counting_load(path):
        seen["loads"].append(Path(path).name)
        return load(path)

    monkeypatch.setattr(fgqa.session, "build_engine", counting_build)
    monkeypatch.setattr(fgqa.session, "load_document", counting_load)
    return seen


def test_a_rules_eval_builds_one_engine_and_reads_each_report_once(counted: dict[str, list]) -> None:
    record = run_eval(GOLD, CORPUS, engine="rules")
    reports = sorted(record.gold_set.docs)
    assert record.gold_set.questions > len(reports)  # many questions per report, yet…
    assert counted["engines"] == ["rules"]
    assert sorted(counted["loads"]) == reports


def test_the_python_api_summarizes_and_asks_with_one_read(counted: dict[str, list], tmp_path: Path) -> None:
    with fgqa.Session("rules") as reader:
        summary = reader.summarize(REPORT)
        answers = reader.ask("败诉率是多少", REPORT)
        again = reader.ask("复议纠错率是多少", [str(REPORT), REPORT.parent / ".." / "corpus" / REPORT.name])
    assert summary.engine == "rules" and answers.engine == "rules"
    assert answers.answers[0].answer_type == "number" and answers.answers[0].value == 6.9
    assert len(again.answers) == 2
    assert counted == {"engines": ["rules"], "loads": [REPORT.name]}
    copy = tmp_path / REPORT.name
    shutil.copy(REPORT, copy)
    with fgqa.Session("rules") as reader:  # another file with the same name is another report
        reader.summarize(copy)
    assert counted["loads"] == [REPORT.name, REPORT.name]


def test_the_session_closes_the_client_it_opened(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    closed: list[LLMClient] = []
    monkeypatch.setattr(LLMClient, "close", lambda self: closed.append(self))
    config = LLMConfig(base_url="http://127.0.0.1:9/v1", model="m", cache_dir=tmp_path / "cache")
    with fgqa.Session("llm", config=config) as reader:
        client = reader.client
        assert reader.client is client and reader.engine.client is client  # type: ignore[attr-defined]
        assert reader.engine is reader.engine
    assert closed == [client]
    reader.close()  # twice is harmless
    assert closed == [client]


def test_a_client_given_by_the_caller_stays_open(monkeypatch: pytest.MonkeyPatch) -> None:
    class Borrowed:
        closed = False

        def close(self) -> None:
            self.closed = True

    borrowed = Borrowed()
    with fgqa.Session("hybrid", config=LLMConfig(base_url="http://127.0.0.1:9/v1", model="m"), client=borrowed) as s:
        assert s.client is borrowed
    assert not borrowed.closed


def test_the_rules_session_opens_no_client_and_settings_resolve_once(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FGQA_BASE_URL", "FGQA_PROVIDER", "FGQA_CONFIG", "FGQA_MODEL", "FGQA_ENGINE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent")
    assert fgqa.Session().engine_name == "rules" and fgqa.Session().client is None
    assert fgqa.Session(provider="llamacpp").engine_name == "hybrid"  # an endpoint is configured
    monkeypatch.setenv("FGQA_ENGINE", "llm")
    assert fgqa.Session(provider="llamacpp").engine_name == "llm"
    assert fgqa.Session("rules", provider="llamacpp").engine_name == "rules"  # the argument is a flag
    with pytest.raises(ConfigError, match="unknown engine 'magic'"):
        fgqa.Session("magic")
    with pytest.raises(InputError, match="empty"):
        fgqa.Session("rules").ask("  ", REPORT)
