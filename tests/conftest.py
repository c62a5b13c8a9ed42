"""Fixtures shared by several test modules."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest

from fgqa.lexicon.load import FILES


@pytest.fixture
def lexicon_copy(tmp_path: Path) -> Path:
    """An editable copy of the shipped lexicon files."""
    folder = tmp_path / "lexicon"
    folder.mkdir()
    for name in FILES:
        shutil.copyfile(resources.files("fgqa.lexicon").joinpath(name), folder / name)  # type: ignore[arg-type]
    return folder
