"""The CLI turns pydantic's plugin scan off for its own process only, and a user's setting wins."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "evals" / "corpus" / "a_city_plain.txt"

#: a pydantic plugin installed as a distribution with an entry point: it notes each model built
PLUGIN = '''
import os
class _Plugin:
    def new_schema_validator(self, schema, schema_type, schema_type_path, schema_kind, config, plugin_settings):
        with open(os.environ["NOTED"], "a", encoding="utf-8") as out:
            out.write(schema_type_path.name + "\\n")
        return None, None, None
plugin = _Plugin()
'''


@pytest.fixture
def installed_plugin(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / "noting_plugin-1.0.dist-info").mkdir(parents=True)
    (site / "noting_plugin-1.0.dist-info" / "METADATA").write_text("Metadata-Version: 2.1\nName: noting-plugin\nVersion: 1.0\n")
    (site / "noting_plugin-1.0.dist-info" / "entry_points.txt").write_text("[pydantic]\nnoting = noting_plugin:plugin\n")
    (site / "noting_plugin.py").write_text(PLUGIN)
    return site


def _summarize(site: Path, noted: Path, plugins: str | None) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FGQA_", "PYDANTIC_"))}
    env.update(PYTHONPATH=str(site), NOTED=str(noted))
    if plugins is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = plugins
    subprocess.run([sys.executable, "-m", "fgqa.cli", "summarize", str(REPORT), "--format", "json", "--engine", "rules"],
                   check=True, capture_output=True, env=env, timeout=120)
    return noted.read_text(encoding="utf-8").split() if noted.exists() else []


def test_the_cli_loads_no_plugin_by_default(installed_plugin: Path, tmp_path: Path) -> None:
    assert _summarize(installed_plugin, tmp_path / "noted.txt", None) == []


def test_a_users_own_setting_wins(installed_plugin: Path, tmp_path: Path) -> None:
    # '' disables none: the plugin sees fgqa's models (the summary among them)
    assert "Summary" in _summarize(installed_plugin, tmp_path / "all.txt", "")
    # naming another plugin disables that one only
    assert "Summary" in _summarize(installed_plugin, tmp_path / "other.txt", "some_other_plugin")
    assert _summarize(installed_plugin, tmp_path / "named.txt", "noting") == []


def test_importing_fgqa_leaves_the_environment_alone() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYDANTIC_")}
    out = subprocess.run([sys.executable, "-c", "import os, fgqa.session, fgqa.cli; print(os.environ.get('PYDANTIC_DISABLE_PLUGINS'))"],
                         check=True, capture_output=True, text=True, env=env, timeout=60).stdout
    assert out.strip() == "None"
