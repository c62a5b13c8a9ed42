"""Build an engine by name: the one place that knows which class each name is.

`llm` and `hybrid` are imported only when asked for (they pull in the LLM client), so the
rules path starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fgqa.engines.base import Engine
from fgqa.errors import ConfigError
from fgqa.models import ENGINE_NAMES

if TYPE_CHECKING:
    from fgqa.llm.config import LLMConfig


def build_engine(name: str, config: LLMConfig | None = None, *, client: Any = None) -> Engine:
    """The engine called `name`. `client` (an LLM client, owned and closed by the caller)
    serves the llm and hybrid engines; without one they build their own from `config`."""
    if name == "rules":
        from fgqa.engines.rules import RulesEngine

        return RulesEngine()
    if name in ("llm", "hybrid"):
        if config is None:
            raise ConfigError(f"the {name} engine needs an LLM configuration")
        from fgqa.engines.llm import LLMEngine
        from fgqa.engines.rules import RulesEngine

        rules = RulesEngine()
        if name == "llm":
            return LLMEngine(config, client, rules=rules)
        from fgqa.engines.hybrid import HybridEngine

        # a part the rules did not find is taken from the model only when its heading agrees
        return HybridEngine(rules, LLMEngine(config, client, rules=rules, confirm_outline=True))
    raise ConfigError(f"unknown engine '{name}' (choose from {', '.join(ENGINE_NAMES)})")
