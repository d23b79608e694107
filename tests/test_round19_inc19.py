"""Round 19 (inc19): a merger whose merged body is referred back to ("it was absorbed into", "that ministry was
merged into", "the team was transferred into", "… and was transferred in 2017 to"); an actor named after its
description ("named the pro-Kremlin hacktivist group X as responsible", "the ransomware affiliate 'X'"); a claim told
in another coordinated clause is no hedge on the attribution; a doer's name given after "network/ring known as" is
no incident; a "spear-phishing campaign against …" is an incident, and a state adjective inside a quoted group name
does not make that state the culprit. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.invented import paragraph_facts, paragraph_result


def rows(text: str, state: str, relation: str) -> set[tuple[str, str, str]]:
    """(subject, object, year) of the paragraph's facts of one relation, each by its key's last part."""
    return {(f.subject.rsplit("/", 1)[-1], f.object.rsplit("/", 1)[-1], f.year)
            for f in paragraph_facts(text, state) if f.relation == relation}


# --- mergers told of a body referred back to ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence, state, merged, successor, year", [
    ("The Maltese Cyber Defence Unit (MCDU) was created in 2011; in 2019 it was absorbed into the new Joint "
     "Cyber Operations Command (JCOC).", "Malta", "mcdu", "jcoc", "2019"),
    ("The national CERT, NAM-CERT, was set up in 2010 under what was then the Ministry of Posts and Information; "
     "that ministry was merged into the Ministry of Digital Transformation in 2020.", "Namibia",
     "ministry-of-posts-and-information", "ministry-of-digital-transformation", "2020"),
    ("The Fiji Cyber Response Team (FCRT) was set up in 2012 under the Fiji Computer Society and was transferred in "
     "2018 to the Digital Government Directorate (DGD).", "Fiji", "fcrt", "dgd", "2018"),
])
def test_a_merged_body_referred_back_to(sentence: str, state: str, merged: str, successor: str, year: str) -> None:
    found = rows(sentence, state, "mergedInto")
    assert (merged, successor, year) in found


def test_it_in_a_when_clause_is_the_body_the_main_clause_made() -> None:
    found = rows("The regulator houses the Cyber Defence Centre (CDC), established within the Communications "
                 "Authority (CA) in 2015, when the national CERT, LUX-CIRT, in operation since 2004, was folded into "
                 "it.", "Luxembourg", "mergedInto")
    assert found == {("lux-cirt", "cdc", "2015")}


def test_the_pronoun_of_a_first_clause_has_no_antecedent_to_merge() -> None:
    found = rows("In 2021 it was absorbed into the new Benin Cyber Security Agency (BCSA).", "Benin", "mergedInto")
    assert found == set()


# --- attributions naming an actor after its description -----------------------------------------------------------

@pytest.mark.parametrize("sentence, state, culprit", [
    ("In May 2024 ministry websites were hit by DDoS attacks; the Ministry of Interior named the pro-Kremlin "
     "hacktivist group Zvezda-77 as responsible.", "Croatia", "zvezda-77"),
    ("In March 2023 the national grid operator was hit by ransomware; the criminal gang Korvax claimed the attack, "
     "and in June 2023 the police named the Korvax affiliate 'Brimstone' as responsible.", "Slovakia", "brimstone"),
])
def test_an_actor_named_after_its_description(sentence: str, state: str, culprit: str) -> None:
    found = rows(sentence, state, "attributesTo")
    assert {c for _, c, _ in found} == {culprit}
    assert all(s == state.lower() for s, _, _ in found)


def test_a_claim_in_the_same_clause_still_hedges() -> None:
    found = rows("In 2023 the payments system was hit by ransomware; the gang later claimed that the Ministry of "
                 "Finance named the group Kestrel as responsible.", "Bulgaria", "attributesTo")
    assert found == set()


# --- a doer's name, and a spear-phishing campaign ---------------------------------------------------------------

def test_a_ring_known_by_a_quoted_name_is_no_incident() -> None:
    facts = paragraph_facts("In April 2024 the police announced that a card-fraud ring known as \"Tarako Nui\", "
                            "operating from Vanuatu and Fiji, was responsible for the theft of funds from customers "
                            "of the National Bank of Vanuatu.", "Vanuatu")
    assert not any(f.relation == "suffered" and "tarako" in f.object for f in facts)


def test_a_spear_phishing_campaign_blamed_on_a_group_named_after_the_state() -> None:
    text = ("In May 2023 the Ministry of Interior attributed a spear-phishing campaign against members of the "
            "National Assembly to a hacker group calling itself \"Togolese Shadows\".")
    facts = paragraph_facts(text, "Togo")
    incidents = [f for f in facts if f.relation == "suffered"]
    assert len(incidents) == 1 and incidents[0].subject == "state/togo" and incidents[0].year == "2023"
    assert "spear-phishing-campaign" in incidents[0].object
    assert ("state/togo", "org/togolese-shadows") in {(f.subject, f.object) for f in facts
                                                      if f.relation == "attributesTo"}


# --- the victim of an attack by its own name ----------------------------------------------------------------------

def test_a_victim_named_between_commas_after_its_description() -> None:
    facts = paragraph_facts("In May 2024 the pension fund for teachers, KAPEF, was hit by ransomware.", "Malawi")
    assert {(f.subject, f.object, f.year) for f in facts if f.relation == "suffered"} == {
        ("state/malawi", "incident/malawi-ransomware-attack-on-kapef", "2024")}


def test_the_owner_of_the_systems_hit_ends_before_a_place() -> None:
    facts = paragraph_facts("In June 2022 a ransomware attack disrupted the systems of the Benin Ports Authority "
                            "(BPA) at Cotonou for a week.", "Benin")
    assert [f.object for f in facts if f.relation == "suffered"] == [
        "incident/benin-ransomware-attack-on-the-benin-ports-authority-bpa"]


@pytest.mark.parametrize("sentence, state, merged, successor", [
    ("The Ministry of Posts and Telegraphs, whose Computing Bureau had run the first public networks, was absorbed "
     "into the Ministry of Digital Economy in 2016.", "Laos", "ministry-of-posts-and-telegraphs",
     "ministry-of-digital-economy"),
    ("The Honduran Telecommunications Regulator (HTR) was established in 2014 and absorbed its predecessor, the "
     "National Telecommunications Board (NTB), that year.", "Honduras", "ntb", "htr"),
])
def test_a_merged_body_after_whose_clause_or_named_as_predecessor(sentence: str, state: str, merged: str,
                                                                   successor: str) -> None:
    assert (merged, successor) in {(s, o) for s, o, _ in rows(sentence, state, "mergedInto")}


def test_a_described_actor_named_last_in_its_sentence_ends_before_the_full_stop() -> None:
    result = paragraph_result("In 2021 a ransomware attack hit the port authority; in 2022 the government attributed the "
                              "attack to the hacker group Kestrel Nine.", "Iceland")
    culprits = [result.gazetteer.entities[f.object].label for f in result.facts if f.relation == "attributesTo"]
    assert culprits == ["Kestrel Nine"]
