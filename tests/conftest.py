"""Shared fixtures: real files of every input format, written fresh for each test."""
from __future__ import annotations

from pathlib import Path

import pytest

from files import make_corpus


@pytest.fixture
def corpus(tmp_path: Path) -> dict[str, Path]:
    """One file of every supported format, keyed as in ``files.SENTENCES``."""
    return make_corpus(tmp_path / "corpus")
