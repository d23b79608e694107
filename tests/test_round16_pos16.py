"""Round 16 (pos16): views a sentence states in the forum the sentence before named, pointing back at it. Every
sentence is invented; each paragraph is about the state it names first.

* "Its delegates have argued there that …": "there" right after the verb stands for the (last) forum the sentence
  before names, whether or not that sentence told a stance ("took part in both OEWGs");
* a sentence opening "In those sessions", "In these debates", "In its own interventions" points back the same way;
* with no forum in the sentence before, or with an existential "there is/are", nothing is carried;
* after a sentence that told a stance in a forum, the next one that opens with the state's voice right before its
  stance verb ("It has argued …", "On gender, its delegates urged …", "They were more cautious on new norms,
  warning …") goes on in that forum, with "also" or without; with no "also" its year is its own, not carried.
"""

from __future__ import annotations

import pytest

from tests.invented import forum_positions

OEWG = "UN Open-Ended Working Group on ICTs"


@pytest.mark.parametrize("text, state", [
    ("Malta took part in the Open-ended Working Group (OEWG) of 2021-2025. Its delegates have argued there that "
     "the voluntary norms should be implemented before any new ones are agreed.", "Malta"),
    ("Within the OEWG the Slovak delegation usually speaks through the statements of the European Union. Its "
     "diplomats have stressed there that international humanitarian law applies to cyber operations.", "Slovakia"),
    ("Cambodia attended both sessions of the OEWG. It has warned there that unilateral attributions could "
     "escalate tensions between states.", "Cambodia"),
])
def test_there_after_the_verb_is_the_forum_named_before(text: str, state: str) -> None:
    assert forum_positions(text, state) == [(OEWG, "")]


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
    assert [forum for forum, _ in forum_positions(text, state)] == [OEWG]


def test_the_last_forum_named_before_is_the_one_pointed_at() -> None:
    text = ("Jamaica has never sat on a Group of Governmental Experts (GGE), but it took part in the OEWG. Its "
            "delegates have argued there that small states need a permanent mechanism at the UN.")
    assert [forum for forum, _ in forum_positions(text, "Jamaica")] == [OEWG]


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
    assert forum_positions(text, state) == []


# --- the state's voice opening the next sentence goes on in the forum ---------------------------------------------

@pytest.mark.parametrize("text, state", [
    ("In its OEWG statements Croatia has stressed that capacity building should be demand-driven. It has argued "
     "that a permanent mechanism at the UN should follow the working group.", "Croatia"),
    ("In the OEWG, Zambian diplomats called for a dedicated fund for capacity building. On gender, its delegates "
     "urged that women take a larger part in cyber diplomacy.", "Zambia"),
    ("At the OEWG Panama called for a permanent mechanism after 2025. Its delegates were more cautious on new "
     "norms, warning that the existing eleven had hardly been implemented.", "Panama"),
])
def test_the_states_voice_opening_the_next_sentence_goes_on_in_the_forum(text: str, state: str) -> None:
    assert [forum for forum, _ in forum_positions(text, state)] == [OEWG, OEWG]


def test_the_next_sentence_keeps_its_own_year_or_none() -> None:
    text = ("In its OEWG statements of 2022 Uganda called for a dedicated fund for capacity building. It has argued "
            "that ransomware should be a standing item on the agenda.")
    assert forum_positions(text, "Uganda") == [(OEWG, ""), (OEWG, "2022")]


def test_no_going_on_without_a_stance_in_a_forum_before() -> None:
    text = "Slovenia took part in the OEWG in 2023. It has argued that capacity building should be demand-driven."
    assert forum_positions(text, "Slovenia") == []


def test_no_going_on_in_another_states_voice() -> None:
    text = ("In the OEWG Austria called for a permanent mechanism. Hungary has argued that capacity building "
            "should come first.")
    assert len(forum_positions(text, "Austria")) == 1


def test_the_next_sentence_told_in_the_past_goes_on_in_the_year_before() -> None:
    text = ("At the OEWG in 2022 Uganda called for a dedicated fund for capacity building. On ransomware, "
            "its delegates argued that it should be a standing item on the agenda.")
    assert forum_positions(text, "Uganda") == [(OEWG, "2022"), (OEWG, "2022")]
