"""The reference gazetteer's matcher: which words name which entity."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdkg.gazetteer import Gazetteer, gazetteer_from_graph, load_reference_graph

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return gazetteer_from_graph(load_reference_graph(ROOT / "data" / "reference"), "https://w3id.org/cdkg/id/")


@pytest.mark.parametrize("text", [
    "Latin American prosecutors attended the course.",
    "The workshop gathered South American officials.",
    "Central American states asked for help.",
    "It speaks for North American industry.",
])
def test_a_region_adjective_names_no_state(gazetteer: Gazetteer, text: str) -> None:
    assert [m.key for m in gazetteer.find(text) if m.key.startswith("state/")] == []


@pytest.mark.parametrize("text, state", [
    ("American officials visited Accra.", "state/united-states"),
    ("The talks with South African authorities ended.", "state/south-africa"),
    ("North Korean hackers were blamed.", "state/north-korea"),
    ("Two Americans were trained.", "state/united-states"),
])
def test_a_state_adjective_still_names_its_state(gazetteer: Gazetteer, text: str, state: str) -> None:
    assert state in [m.key for m in gazetteer.find(text)]
