"""Provider presets: where an OpenAI-compatible endpoint lives and which instructor mode it accepts.

The mode matters: DeepSeek rejects `response_format: json_schema` (JSON object mode only),
and llama-cpp-python's server only accepts `json_object` (it answers `json_schema` with an
HTTP 500), while its forced tool calls are grammar-constrained to the schema.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from fgqa.errors import ConfigError
from fgqa.llm.config import Mode


class Preset(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    base_url: str
    model: str | None = None
    mode: Mode
    needs_key: bool
    #: seconds for one HTTP request, when the provider needs other than the default
    timeout: float | None = None
    total_timeout: float | None = None
    #: parallel calls the server can really serve
    concurrency: int | None = None
    notes: str = ""


PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset(
            name="openai",
            base_url="https://api.openai.com/v1",
            model="gpt-4o-mini",
            mode="json_schema",
            needs_key=True,
            notes="structured outputs (response_format json_schema); 'tools' also works",
        ),
        Preset(
            name="deepseek",
            base_url="https://api.deepseek.com",
            model="deepseek-chat",
            mode="json",
            needs_key=True,
            notes="JSON output only (response_format json_object); json_schema is rejected",
        ),
        Preset(
            name="qwen",
            base_url="https://dashscope.aliyuncs.com/compatible-mode/v1",
            model="qwen-plus",
            mode="json_schema",
            needs_key=True,
            notes=(
                "DashScope compatible mode; json_schema on qwen-plus/qwen-max/qwen-flash snapshots, "
                "use mode 'json' for older Qwen models; international: "
                "https://dashscope-intl.aliyuncs.com/compatible-mode/v1"
            ),
        ),
        Preset(
            name="vllm",
            base_url="http://127.0.0.1:8000/v1",
            model=None,
            mode="json_schema",
            needs_key=False,
            notes="guided decoding from response_format json_schema; set the model you serve",
        ),
        Preset(
            name="ollama",
            base_url="http://127.0.0.1:11434/v1",
            model=None,
            mode="json_schema",
            needs_key=False,
            notes="Ollama >= 0.5 constrains output to response_format json_schema; set the model you pulled",
        ),
        Preset(
            name="llamacpp",
            base_url="http://127.0.0.1:8080/v1",
            model="gemma3-270m",
            mode="tools",
            needs_key=False,
            timeout=300.0,  # a small model on a 2-core CPU takes 20-60 s per section call
            total_timeout=900.0,
            concurrency=1,  # llama-cpp-python's server decodes one request at a time
            notes=(
                "llama-cpp-python server (`fgqa local-server`): forced tool calls are grammar-"
                "constrained; its response_format accepts only json_object"
            ),
        ),
    )
}
#: other names people use for the same endpoints
ALIASES: dict[str, str] = {"dashscope": "qwen", "llama.cpp": "llamacpp", "local": "llamacpp"}


def get_preset(name: str) -> Preset:
    key = ALIASES.get(name.strip().lower(), name.strip().lower())
    try:
        return PRESETS[key]
    except KeyError:
        choices = ", ".join(sorted(PRESETS) + sorted(ALIASES))
        raise ConfigError(f"unknown provider '{name}' (choose from {choices})") from None
