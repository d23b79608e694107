"""Round 16 (inc16): a paragraph's topic is never a state named as the object of a verb or a noun inside a sentence
("… did not hold the Zambian authorities responsible", "summoned the Russian ambassador", "an assessment the Bhutanese
government rejected"): such a state is no actor, and the paragraph's incidents and attributions stay with the state
the profile is about. And an attributing body's state is the one its own name opens with ("the US Department of
Justice") or an apposition names as its owner ("GovCERT-HU, Hungary's government CERT,"), not the profile's. Every
sentence is invented; the profile's first paragraph names its state."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdkg.build import extract_sources
from cdkg.config import Settings
from cdkg.extraction.cues import EMBEDDED_BEFORE
from cdkg.facts import Fact
from cdkg.sources import SourceText

ROOT = Path(__file__).resolve().parent.parent


def facts(paragraph: str, state: str) -> list[Fact]:
    """What the extractor reads in an invented profile of ``state`` whose second paragraph is ``paragraph``."""
    source = SourceText("variant", Path("variant.txt"),
                        f"{state} is a member of the United Nations.\n\n{paragraph}",
                        "An invented profile", "2026-11-29")
    return extract_sources(Settings(root=ROOT), [source]).facts


def victims(paragraph: str, state: str) -> set[str]:
    """The states said to have suffered an incident."""
    return {f.subject for f in facts(paragraph, state) if f.relation == "suffered"}


@pytest.mark.parametrize("paragraph, state, victim", [
    # the object of "hold … responsible" in the paragraph's only sentence with a named state
    ("In May 2021 the websites of several ministries were defaced by a hacktivist group. In June 2022 a ransomware "
     "attack disrupted the systems of the Revenue Authority for ten days; a spokesperson stressed that the police did "
     "not hold the Zambian authorities responsible.",
     "Malawi", "state/malawi"),
    # the object of "summoned", in a later sentence: the paragraph's earlier incident is not that state's either
    ("In March 2024 a ransomware attack disrupted the systems of the Federal Statistics Office for a week. In April "
     "2024 officials summoned the Hungarian ambassador and protested against a separate campaign.",
     "Austria", "state/austria"),
    ("In 2024 a phishing campaign against the ministry's diplomats was discovered. In October 2025 officials summoned "
     "the Armenian ambassador and attributed the campaign against the ministry's diplomats to APT28.",
     "Azerbaijan", "state/azerbaijan"),
    # the subject of a relative clause without "that", after a noun
    ("In 2023 a breach of the Civil Registry database exposed the data of some 300,000 citizens, an assessment "
     "the Bhutanese government later rejected.",
     "Nepal", "state/nepal"),
])
def test_a_state_named_as_an_object_is_not_the_victim(paragraph: str, state: str, victim: str) -> None:
    found = victims(paragraph, state)
    assert found == {victim}, found


@pytest.mark.parametrize("before, is_object", [
    ("officials did not hold the ", True),
    ("the foreign ministry summoned the ", True),
    ("an assessment the ", True),
    ("a campaign that a ", True),
    # a clause's own opening: the subject that follows is one
    ("The talks stalled, and the ", False),
    ("Weeks later, while the ", False),
    ("Since then the ", False),
    ("In 2021 the ", False),
    ("The ", False),
])
def test_what_comes_before_an_object(before: str, is_object: bool) -> None:
    assert bool(EMBEDDED_BEFORE.search(before)) is is_object


def attributors(paragraph: str, state: str) -> set[str]:
    """The states said to attribute an incident."""
    return {f.subject for f in facts(paragraph, state) if f.relation == "attributesTo"}


@pytest.mark.parametrize("paragraph, state, attributor", [
    # a foreign body whose own name opens with its state's name
    ("In 2021 the US Department of Justice indicted two programmers and attributed the theft from the central bank "
     "to the Lazarus Group.",
     "Cambodia", "state/united-states"),
    # a body the text does not tie to a state, then an apposition that names its state as the owner
    ("In 2023 GovCERT-HU, Hungary's government CERT, attributed a phishing campaign against Hungarian diplomats "
     "to APT28.",
     "Slovakia", "state/hungary"),
    # the profile's own bodies stay its own
    ("In 2022 the Ministry of Foreign Affairs attributed an intrusion into its email systems to APT29.",
     "Slovenia", "state/slovenia"),
    ("In 2024 the national CERT, part of the interior ministry, attributed a ransomware attack on the land registry "
     "to LockBit.",
     "Denmark", "state/denmark"),
])
def test_the_attributor_named_by_its_body(paragraph: str, state: str, attributor: str) -> None:
    found = attributors(paragraph, state)
    assert found == {attributor}, found


def votes(paragraph: str, state: str) -> set[str]:
    """The states said to have voted on a resolution."""
    return {f.subject for f in facts(paragraph, state) if f.relation == "votedOn"}


@pytest.mark.parametrize("paragraph, state, actor, relation", [
    # the object of a verb before the cue is no actor of the clause's second verb: the profile's state acts
    ("In 2023 the foreign ministry summoned the Armenian ambassador and attributed the intrusion into its email "
     "systems to APT29.", "Azerbaijan", "state/azerbaijan", "attribution"),
    ("In 2018 the delegation met the Chinese ambassador and voted in favour of resolution A/73/27.",
     "Mongolia", "state/mongolia", "vote"),
])
def test_an_object_before_the_verb_is_not_its_actor(paragraph: str, state: str, actor: str, relation: str) -> None:
    found = attributors(paragraph, state) if relation == "attribution" else votes(paragraph, state)
    assert found == {actor}, found
