"""Round 17 (lead): a list of actors as a sentence's subject is no paragraph topic. "A, B and C are its closest
partners" is about the profile's state ("its"), so the paragraphs after it, which name no actor, stay the state's.
Every sentence is invented; each paragraph set is about the state it names first."""

from __future__ import annotations

import pytest

from tests.invented import paragraph_result

LATER = "\n\nThe Ministry of Digital Affairs (MDA) is the lead civilian body, and it hosts the national CSIRT."


def agencies(text: str, state: str) -> set[tuple[str, str]]:
    """(agency label, state label) of every agencyOf fact."""
    result = paragraph_result(text, state)
    label = {key: entity.label for key, entity in result.gazetteer.entities.items()}
    return {(label.get(f.subject, f.subject), label.get(f.object, f.object)) for f in result.facts
            if f.relation == "agencyOf"}


@pytest.mark.parametrize("partners, state", [
    ("Hungary, Slovakia and Croatia are its closest partners in these matters.", "Slovenia"),
    ("Greece and Cyprus remain its main partners on cyber questions.", "Malta"),
    ("Nepal, Bhutan, Laos are the partners it consults most often.", "Mongolia"),
])
def test_a_list_of_states_as_subject_leaves_the_topic_alone(partners: str, state: str) -> None:
    text = "\n\nRelations with the European Union rest on a partnership agreement. " + partners + LATER
    assert ("Ministry of Digital Affairs", state) in agencies(text, state)
    assert not {a for a in agencies(text, state) if a[0] == "Ministry of Digital Affairs" and a[1] != state}


def test_a_single_state_as_subject_still_opens_its_paragraph() -> None:
    text = "\n\nRelations with the European Union rest on a partnership agreement. Hungary runs its own programmes." + LATER
    assert ("Ministry of Digital Affairs", "Hungary") in agencies(text, "Slovenia")


def test_a_name_after_an_introduction_is_no_list_item() -> None:
    text = "\n\nIn 2021, upon joining NATO, Slovenia signed a memorandum with the alliance." + LATER
    assert ("Ministry of Digital Affairs", "Slovenia") in agencies(text, "Slovenia")
