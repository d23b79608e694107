"""Shared fixtures: the graph built from the sample corpus, built once per test session (never read from a committed file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdkg.build import build_graph
from cdkg.config import load_settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def built_kg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """data/sources built with the project's reference, curated data and shapes into a temporary file."""
    output = tmp_path_factory.mktemp("built") / "kg.ttl"
    settings = load_settings(environ={}, kg=str(output))
    build_graph(settings, ROOT / "data" / "sources", output)
    return output
