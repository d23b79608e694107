"""Incidents and attributions in wordings of independent writers (round 8, generalisation): every sentence is
invented, about states outside the corpora's test profiles, three variants or more per mechanism."""

from __future__ import annotations

import pytest

from tests.test_crime5_variants import facts
from tests.test_crime7_variants import incident_names, named


# --- a piece of malware by its own name as the subject of a verb of harm --------------------------------------

@pytest.mark.parametrize("state, sentence, wanted, year", [
    ("Jordan", "In March 2019 the BlackFog wiper crippled the ministries of finance and justice.",
     "BlackFog", "2019"),
    ("Jordan", "In March 2019 the BlackFog wiper crippled the ministries of finance and justice.",
     "BlackFog attack on the ministries of finance and justice", "2019"),
    ("Norway", "A new Quartz variant struck municipal networks in October 2021.",
     "Quartz variant attack on municipal networks", "2021"),
    ("Kazakhstan", "In 2020 the SteelRain malware had erased records on some 12,000 servers of KazTransOil.",
     "SteelRain attack on KazTransOil", "2020"),
    ("Ghana", "The GoldWorm virus infected the billing systems of the national grid company in 2022.",
     "GoldWorm attack on the national grid company", "2022"),
    ("Mongolia", "In 2023 the Night Owl worm disrupted the opening of the Naadam festival broadcast.",
     "Night Owl attack on the Naadam festival broadcast", "2023"),
])
def test_named_malware_that_harmed_something_is_an_attack_on_it(state: str, sentence: str, wanted: str,
                                                                 year: str) -> None:
    found = facts(state, sentence, "suffered")
    assert any(y == year for _, _, y in found)
    assert named(incident_names(state, sentence), wanted)


@pytest.mark.parametrize("sentence", [
    "In 2019 the Russian wiper crippled the ministries of finance and justice.",   # a demonym, no own name
    "Ransomware hit the national railway in 2019.",                               # a kind capitalised, no name
    "Malware disrupted the customs service in 2020.",
])
def test_malware_without_an_own_name_gets_no_name_of_its_own(sentence: str) -> None:
    for names in incident_names("Mongolia", sentence):
        assert not any(len(n.split()) == 1 for n in names), names


def test_a_wiper_named_without_harm_or_date_is_no_incident() -> None:
    assert facts("Jordan", "Jordan's CERT published an analysis of the BlackFog wiper.", "suffered") == set()


# --- an actor's name ends at a conjunction that opens another clause -------------------------------------------

@pytest.mark.parametrize("state, sentence, actor", [
    ("Norway", "In 2020 Norway attributed the intrusion into the Storting's e-mail to Russia's GRU but never named a unit.",
     "gru"),
    ("Jordan", "In 2021 Jordan blamed the defacement of its portals on the Sand Cats group while Iran denied any role.",
     "sand-cats"),
    ("Ghana", "In 2022 Ghana attributed the leak of the electoral roll to Lazarus though it published no evidence.",
     "lazarus"),
])
def test_an_actor_named_before_but_or_while_ends_there(state: str, sentence: str, actor: str) -> None:
    actors = {obj for _, obj, _, _ in facts(state, sentence, "attributesTo")}
    assert actor in actors, actors
    assert not any(a.endswith(("-but", "-while", "-though")) or "-but-" in a for a in actors), actors


# --- another state's attribution on which the profile's state kept silent is a foil ------------------------------

@pytest.mark.parametrize("sentence", [
    "In 2019 ransomware crippled the national railway, an attack that the United States later attributed to North Korea "
    "but on which Ulaanbaatar stayed silent.",
    "In 2020 a wiper hit the customs service; Japan attributed it to a Chinese group, while Mongolia has remained silent.",
    "The 2021 breach of the statistics office was attributed by Canada to APT40, and Mongolia kept quiet.",
])
def test_an_attribution_the_state_kept_silent_on_is_no_fact(sentence: str) -> None:
    assert facts("Mongolia", sentence, "attributesTo") == set()


def test_the_silent_state_still_suffered_the_incident() -> None:
    found = facts("Mongolia", "In 2019 ransomware crippled the national railway, an attack that the United States later "
                              "attributed to North Korea but on which Ulaanbaatar stayed silent.", "suffered")
    assert {(s, y) for s, _, y in found} == {("mongolia", "2019")}


# --- an indefinite attack whose verb of harm names a body: an attack on that body --------------------------------

@pytest.mark.parametrize("state, sentence, wanted, year", [
    ("Jordan", "In 2022 a ransomware attack disrupted the Social Security Corporation (SSC).",
     "ransomware attack on the Social Security Corporation (SSC)", "2022"),
    ("Norway", "A major cyberattack crippled the Directorate of Fisheries in May 2020.",
     "cyberattack on the Directorate of Fisheries", "2020"),
    ("Ghana", "In 2021 a DDoS attack took down the Electoral Commission for two days.",
     "DDoS attack on the Electoral Commission", "2021"),
    ("Mongolia", "In 2023 a ransomware attack encrypted the Trade and Development Bank, halting payments.",
     "ransomware attack on the Trade and Development Bank", "2023"),
])
def test_an_attack_that_harmed_a_named_body_is_an_attack_on_it(state: str, sentence: str, wanted: str,
                                                               year: str) -> None:
    assert {y for _, _, y in facts(state, sentence, "suffered")} == {year}
    assert named(incident_names(state, sentence), wanted)


def test_a_possessed_part_is_not_read_as_the_body_hit() -> None:
    names = incident_names("Jordan", "In 2019 a ransomware attack hit the Ministry of Health's servers.")
    assert names and all(any("servers" in name for name in found) for found in names), names


# --- a written-out denial of service that knocked something offline is one DDoS attack ----------------------------

@pytest.mark.parametrize("state, sentence", [
    ("Latvia", "In May 2021 the customs portal was knocked offline by a distributed denial-of-service (DDoS) attack."),
    ("Norway", "The website of the tax authority was taken offline by a denial-of-service attack in 2020."),
    ("Jordan", "In 2022 the parliament's website was brought down by a distributed denial of service attack claimed "
               "by a hacktivist group."),
])
def test_a_denial_of_service_written_out_is_one_ddos_attack(state: str, sentence: str) -> None:
    found = incident_names(state, sentence)
    assert len(found) == 1, found
    assert any(name.lower().startswith("ddos attack on") for name in found[0]), found
