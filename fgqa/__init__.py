"""fgqa: read, summarize and question 法治政府建设年度报告 with grounded figures.

The Python API is `fgqa.Session` (see fgqa/session.py); it is imported on first use so
that `import fgqa` (and the CLI) stay fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Session", "__version__"]

if TYPE_CHECKING:
    from fgqa.session import Session


def __getattr__(name: str) -> Any:
    if name == "Session":
        from fgqa.session import Session

        return Session
    raise AttributeError(f"module 'fgqa' has no attribute {name!r}")
