"""LLM configuration: precedence, presets, errors, the masked key, lazy imports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import SecretStr

from fgqa.errors import ConfigError
from fgqa.llm.config import LLMConfig, describe, load_config, mask_key
from fgqa.llm.providers import PRESETS, get_preset

KEY = "sk-live-0123456789abcdefWXYZ"


def write_toml(path: Path, body: str) -> Path:
    path.write_text(body, encoding="utf-8")
    return path


@pytest.fixture
def home(tmp_path) -> dict[str, str]:
    """An environment whose default config file location is empty."""
    return {"HOME": str(tmp_path / "home")}


def test_defaults_without_anything(home):
    config = load_config({}, env=home)
    assert config.temperature == 0 and config.mode == "json_schema" and config.max_reasks == 2
    assert config.cache_dir == Path("cache")
    assert not config.endpoint_configured
    assert config.sources == {}


def test_precedence_flags_env_file_preset_defaults(tmp_path, home):
    cfg = write_toml(
        tmp_path / "c.toml",
        '[llm]\nprovider = "deepseek"\nmodel = "file-model"\ntimeout = 11\nconcurrency = 2\ntemperature = 0.3\n',
    )
    env = {**home, "FGQA_CONFIG": str(cfg), "FGQA_MODEL": "env-model", "FGQA_TIMEOUT": "22", "FGQA_API_KEY": KEY}
    config = load_config({"timeout": 33.0, "concurrency": None}, env=env)
    assert config.timeout == 33  # flag beats env and file
    assert config.model == "env-model"  # env beats file
    assert config.concurrency == 2 and config.temperature == 0.3  # file (a None flag is "not given")
    assert config.base_url == "https://api.deepseek.com" and config.mode == "json"  # preset
    assert config.max_retries == 4  # default
    assert config.sources["timeout"] == "flag"
    assert config.sources["model"] == "env FGQA_MODEL"
    assert config.sources["base_url"] == "preset deepseek"
    assert config.sources["concurrency"].startswith("file ")
    assert config.config_file == str(cfg)
    assert config.endpoint_configured


def test_explicit_settings_beat_the_preset(home):
    env = {**home, "FGQA_PROVIDER": "llamacpp", "FGQA_BASE_URL": "http://127.0.0.1:9999/v1/", "FGQA_MODE": "json"}
    config = load_config({}, env=env)
    assert config.base_url == "http://127.0.0.1:9999/v1"  # trailing slash dropped
    assert config.mode == "json" and config.model == "gemma3-270m"


def test_default_config_file_location(tmp_path):
    cfg_dir = tmp_path / "xdg" / "fgqa"
    cfg_dir.mkdir(parents=True)
    write_toml(cfg_dir / "config.toml", '[llm]\nprovider = "llamacpp"\n\n[other]\nx = 1\n')
    config = load_config({}, env={"XDG_CONFIG_HOME": str(tmp_path / "xdg")})
    assert config.endpoint_configured and config.base_url == "http://127.0.0.1:8080/v1"
    home_dir = tmp_path / "home" / ".config" / "fgqa"
    home_dir.mkdir(parents=True)
    write_toml(home_dir / "config.toml", '[llm]\nmodel = "m"\nbase_url = "http://127.0.0.1:1/v1"\n')
    assert load_config({}, env={"HOME": str(tmp_path / "home")}).model == "m"


def test_config_file_flag_beats_env(tmp_path, home):
    a = write_toml(tmp_path / "a.toml", '[llm]\nmodel = "a"\n')
    b = write_toml(tmp_path / "b.toml", '[llm]\nmodel = "b"\n')
    assert load_config({"config_file": str(a)}, env={**home, "FGQA_CONFIG": str(b)}).model == "a"


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ({"FGQA_CONFIG": "{tmp}/missing.toml"}, "config file not found"),
        ({"FGQA_CONFIG": "{tmp}/bad.toml"}, "cannot read config file"),
        ({"FGQA_CONFIG": "{tmp}/unknown.toml"}, "unknown setting 'colour'"),
        ({"FGQA_TEMPERATURE": "warm"}, "invalid temperature 'warm' (from env FGQA_TEMPERATURE)"),
        ({"FGQA_TEMPERATURE": "3"}, "invalid temperature"),
        ({"FGQA_CONCURRENCY": "0"}, "invalid concurrency"),
        ({"FGQA_MODE": "xml"}, "invalid mode"),
        ({"FGQA_BASE_URL": "api.example.com"}, "must start with http:// or https://"),
        ({"FGQA_PROVIDER": "acme"}, "unknown provider 'acme'"),
    ],
)
def test_bad_settings_are_one_line_config_errors(tmp_path, home, setup, message):
    write_toml(tmp_path / "bad.toml", "[llm\nmodel = ")
    write_toml(tmp_path / "unknown.toml", '[llm]\ncolour = "red"\n')
    env = {**home, **{k: v.format(tmp=tmp_path) for k, v in setup.items()}}
    with pytest.raises(ConfigError) as err:
        load_config({}, env=env)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_a_bad_key_value_is_not_echoed(tmp_path, home):
    cfg = write_toml(tmp_path / "c.toml", "[llm]\napi_key = 123456789012345\n")
    with pytest.raises(ConfigError) as err:
        load_config({}, env={**home, "FGQA_CONFIG": str(cfg)})
    assert "123456789012345" not in str(err.value) and "api_key" in str(err.value)


def test_mask_key():
    assert mask_key(SecretStr(KEY)) == "sk-…WXYZ"
    assert mask_key("short-key") == "***"
    assert mask_key(None) is None


def test_the_key_is_never_shown(home):
    config = load_config({"api_key": KEY, "provider": "openai"}, env=home)
    shown = describe(config)
    assert shown["api_key"] == "sk-…WXYZ"
    for text in (json.dumps(shown, ensure_ascii=False), repr(config), str(config), config.model_dump_json()):
        assert KEY not in text and "0123456789" not in text
    assert shown["endpoint_configured"] is True and shown["sources"]["api_key"] == "flag"


def test_presets_pick_a_mode_each_provider_supports():
    assert get_preset("deepseek").mode == "json"  # DeepSeek rejects json_schema
    assert get_preset("llamacpp").mode == "tools"  # llama-cpp-python rejects json_schema
    assert get_preset("DashScope").name == "qwen"
    assert {p.mode for p in PRESETS.values()} <= {"json_schema", "json", "md_json", "tools"}
    for name in ("vllm", "ollama"):  # the served model is the user's choice
        assert not load_config({"provider": name}, env={}).endpoint_configured


def test_remote_provider_without_key_is_refused(home):
    from fgqa.llm.client import LLMClient

    with pytest.raises(ConfigError, match="needs an API key"):
        LLMClient(load_config({"provider": "deepseek"}, env=home))
    with pytest.raises(ConfigError, match="no LLM endpoint configured"):
        LLMClient(LLMConfig())


def test_llm_modules_do_not_import_openai_or_instructor():
    code = (
        "import sys\n"
        "import fgqa.llm.config, fgqa.llm.providers, fgqa.llm.cache, fgqa.llm.retries, fgqa.llm.client\n"
        "import fgqa.llm.commands, fgqa.llm.local_server\n"
        "heavy = sorted(m for m in ('openai', 'instructor', 'diskcache', 'tenacity', 'llama_cpp') if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def _app():
    import typer

    from fgqa.llm.commands import register

    app = typer.Typer()

    @app.callback()
    def main() -> None:
        pass

    register(app)
    return app


def test_config_command_masks_the_key(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("FGQA_CONFIG", raising=False)
    monkeypatch.setenv("FGQA_API_KEY", KEY)
    for args in (["config", "--provider", "qwen"], ["config", "--provider", "qwen", "--json"]):
        result = CliRunner().invoke(_app(), args)
        assert result.exit_code == 0, result.output
        assert KEY not in result.output and "sk-…WXYZ" in result.output
        assert "dashscope" in result.output
    assert json.loads(result.output)["sources"]["base_url"] == "preset qwen"
