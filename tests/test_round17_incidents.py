"""Round 17 (lead): an attack that "took X offline" took X down, so an incident named by its kind alone runs on over
what it hit, as it does for "took down X". Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.invented import paragraph_result


def incidents(text: str, state: str) -> set[tuple[str, str]]:
    """(incident label, year) of everything the state suffered."""
    result = paragraph_result(text, state)
    label = {key: entity.label for key, entity in result.gazetteer.entities.items()}
    return {(label.get(f.object, f.object), f.year) for f in result.facts if f.relation == "suffered"}


@pytest.mark.parametrize("sentence, state, words", [
    ("In 2023 a distributed denial-of-service (DDoS) attack took the portal of the Customs Office offline for two "
     "days.", "Malta", "Customs Office"),
    ("In June 2022 a wave of DDoS attacks took government websites offline during the summit.", "Iceland",
     "government websites"),
    ("In 2021 a ransomware attack took the systems of the national post office offline for a week.", "Laos",
     "national post office"),
])
def test_what_an_attack_took_offline_names_it(sentence: str, state: str, words: str) -> None:
    found = incidents(sentence, state)
    assert len(found) == 1 and words in next(iter(found))[0]


def test_a_site_taken_offline_by_its_owners_is_no_incident() -> None:
    assert incidents("In 2021 the ministry took its old portal offline for maintenance.", "Malta") == set()
