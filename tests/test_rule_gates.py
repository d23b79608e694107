"""Exact early returns in rules: a rule skipped where it cannot find anything finds the same where it can.

Sentences are invented for the test (no seed or corpus sentence).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cdkg.extraction import Extractor
from cdkg.gazetteer import gazetteer_from_graph, load_reference_graph
from cdkg.sources import SourceText

REPO = Path(__file__).resolve().parent.parent
REFERENCE = load_reference_graph(REPO / "data" / "reference")


def _programme_roles(text: str) -> set[tuple[str, str]]:
    result = Extractor(gazetteer_from_graph(REFERENCE, "https://w3id.org/cdkg/id/")).extract(
        [SourceText("doc", Path("doc.txt"), text, "t", "2024-01-01")])
    return {(f.subject.rsplit("/", 1)[-1], f.role) for f in result.facts if f.relation == "funds"}


@pytest.mark.parametrize("text,expected", [
    ("Fiji hosts the Pacific Cyber Skills Programme (PCSP); Norway co-finances it, and Tonga is the sole beneficiary.",
     {("norway", "Funder"), ("tonga", "Beneficiary")}),
    ("The Andean Digital Resilience Initiative, from which Bolivia benefits, was backed by Spain in 2021.",
     {("bolivia", "Beneficiary")}),
    ("Canada funded the Caribbean Cyber Response Project in 2019, and Jamaica and Belize took part in it.",
     {("jamaica", "Beneficiary"), ("belize", "Beneficiary")}),
])
def test_roles_by_reference_are_read_where_the_sentence_names_a_programme(text: str,
                                                                         expected: set[tuple[str, str]]) -> None:
    assert expected <= _programme_roles(text)


@pytest.mark.parametrize("text", [
    "Norway co-finances it, and Tonga is the sole beneficiary.",
    "Spain backs them; Bolivia is the main beneficiary.",
    "Jamaica and Belize took part in it after the floods, and Canada funds it.",
])
def test_roles_by_reference_need_a_programme_named_in_the_sentence(text: str) -> None:
    """(the gate: every reading by reference ends in a programme mention of the sentence itself)"""
    assert _programme_roles(text) == set()
