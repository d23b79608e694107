"""Round 16 (pos16): views a sentence states in the forum the sentence before named, pointing back at it. Every
sentence is invented; each paragraph is about the state it names first.

* "Its delegates have argued there that …": "there" right after the verb stands for the (last) forum the sentence
  before names, whether or not that sentence told a stance ("took part in both OEWGs");
* a sentence opening "In those sessions", "In these debates", "In its own interventions" points back the same way;
* with no forum in the sentence before, or with an existential "there is/are", nothing is carried.
"""

from __future__ import annotations

import pytest

from tests.test_round11_pos11 import read

OEWG = "UN Open-Ended Working Group on ICTs"


def positions(text: str, state: str) -> list[tuple[str, str]]:
    """(forum label, year) of each position row, sorted."""
    result = read(state, text)
    rows = []
    for fact in result.facts:
        if fact.relation == "position":
            entity = result.gazetteer.entities.get(fact.object)
            rows.append((entity.label if entity is not None else fact.object, fact.year))
    return sorted(rows)


@pytest.mark.parametrize("text, state", [
    ("Malta took part in the Open-ended Working Group (OEWG) of 2021-2025. Its delegates have argued there that "
     "the voluntary norms should be implemented before any new ones are agreed.", "Malta"),
    ("Within the OEWG the Slovak delegation usually speaks through the statements of the European Union. Its "
     "diplomats have stressed there that international humanitarian law applies to cyber operations.", "Slovakia"),
    ("Cambodia attended both sessions of the OEWG. It has warned there that unilateral attributions could "
     "escalate tensions between states.", "Cambodia"),
])
def test_there_after_the_verb_is_the_forum_named_before(text: str, state: str) -> None:
    assert positions(text, state) == [(OEWG, "")]


@pytest.mark.parametrize("text, state", [
    ("Fiji took part in both Open-ended Working Groups (OEWG), usually speaking through the Pacific Islands Forum. "
     "In its own interventions it has stressed that capacity building for small island states must be "
     "demand-driven.", "Fiji"),
    ("Namibia has never sat on a Group of Governmental Experts, but it took part in the OEWG. In those sessions "
     "Namibian delegates argued that developing states need predictable funding for cyber capacity.", "Namibia"),
    ("Ecuador joined the discussions of the OEWG in 2022. In these debates its delegation insisted that the UN "
     "Charter applies in its entirety.", "Ecuador"),
])
def test_an_opening_that_points_back_is_the_forum_named_before(text: str, state: str) -> None:
    assert [forum for forum, _ in positions(text, state)] == [OEWG]


def test_the_last_forum_named_before_is_the_one_pointed_at() -> None:
    text = ("Jamaica has never sat on a Group of Governmental Experts (GGE), but it took part in the OEWG. Its "
            "delegates have argued there that small states need a permanent mechanism at the UN.")
    assert [forum for forum, _ in positions(text, "Jamaica")] == [OEWG]


@pytest.mark.parametrize("text, state", [
    # no forum in the sentence before
    ("Laos set up a national CERT in 2012. Its officials have argued there that the team needs more staff.", "Laos"),
    # an existential "there": no place
    ("Bhutan took part in the OEWG. It has argued there is no need for a new treaty.", "Bhutan"),
    # a demonstrative that opens no setting of the speaker's
    ("Vanuatu took part in the OEWG. Those sessions were hard to follow from a small mission in New York.",
     "Vanuatu"),
])
def test_nothing_is_carried_without_a_forum_pointed_at(text: str, state: str) -> None:
    assert positions(text, state) == []
