"""Round 13 (events13), incidents: an attack named by its kind alone ("a ransomware attack", "DDoS attacks") runs on
over what it hit when a relative clause or a verb right after it tells it ("the ransomware attack that crippled X",
"a ransomware attack disrupted a municipal services platform", "DDoS attacks disrupted state websites and the X").
Every sentence is invented; each paragraph is about the state it names first."""

from __future__ import annotations

import pytest

from cdkg.facts import Fact

from invented import paragraph_facts


def facts(text: str, state: str = "Croatia") -> list[Fact]:
    """What the extractor reads in an invented paragraph about ``state``."""
    return paragraph_facts(text, state)


def incidents(text: str, state: str) -> set[tuple[str, str]]:
    """(incident key's last part, year) of the incidents the state suffered."""
    return {(f.object.rsplit("/", 1)[-1], f.year) for f in facts(text, state) if f.relation == "suffered"}


@pytest.mark.parametrize("sentence, state, key, year", [
    ("The costliest incident was the ransomware attack that crippled Graz Regional Hospital in May 2021.",
     "Austria", "austria-ransomware-attack-on-graz-regional-hospital", "2021"),
    ("In October 2022 the island suffered a ransomware attack which paralysed the Port Authority of Valletta for a "
     "week.",
     "Malta", "malta-ransomware-attack-on-the-port-authority-of-valletta", "2022"),
    ("In March 2023 a ransomware attack disrupted a regional tax collection platform.",
     "Namibia", "namibia-ransomware-attack-against-a-regional-tax-collection-platform", "2023"),
    ("In April 2024 a wave of DDoS attacks that took down ministry websites was claimed by no group.",
     "Fiji", "fiji-ddos-attacks-against-ministry-websites", "2024"),
    ("In June 2021 distributed denial-of-service (DDoS) attacks disrupted state websites and the National Payment "
     "Gateway; the government named no culprit.",
     "Paraguay", "paraguay-ddos-attacks-against-state-websites-and-the-national-payment", "2021"),
])
def test_a_kind_of_attack_runs_on_over_what_it_hit(sentence: str, state: str, key: str, year: str) -> None:
    found = incidents(sentence, state)
    assert (key, year) in found, found


@pytest.mark.parametrize("sentence, state", [
    # what an attack hit, told after a word that is no verb of harm, is not read as its target
    ("In May 2022 a ransomware attack that officials described as minor was contained within hours.", "Slovenia"),
    # a possible attack is no incident, whatever it might hit
    ("The plan warns that a ransomware attack could cripple hospital systems across the country.", "Laos"),
])
def test_no_target_where_none_is_hit(sentence: str, state: str) -> None:
    assert not any("against" in key or "-on-" in key for key, _ in incidents(sentence, state))


# --- a group that claimed an attack: the attack is told as done -------------------------------------------------------

@pytest.mark.parametrize("sentence, state, key, year", [
    ("In March 2022 a hacktivist collective calling itself Storm Wolves claimed a wave of DDoS attacks that took down "
     "ministry websites; the government blamed no one.",
     "Slovakia", "slovakia-ddos-attacks-against-ministry-websites", "2022"),
    ("Before the 2023 elections the group NoName999 claimed DDoS attacks on the Electoral Commission (ECB), which "
     "officials confirmed in part.",
     "Bulgaria", "bulgaria-ddos-attacks-on-the-electoral-commission-ecb", "2023"),
    ("In May 2024 the Ghost Falcons claimed further intrusions into the National Tax Office (NTO); the CSIRT "
     "confirmed the incidents.",
     "Cyprus", "cyprus-intrusions-into-the-national-tax-office-nto", "2024"),
])
def test_a_claimed_attack_is_an_incident(sentence: str, state: str, key: str, year: str) -> None:
    found = incidents(sentence, state)
    assert (key, year) in found, found


@pytest.mark.parametrize("sentence, state", [
    # a claim that something happened, or to have done it, is only the claimant's word
    ("In June 2021 a group claimed that a ransomware attack on the Central Bank had encrypted its servers.", "Honduras"),
    ("In 2022 a hacker claimed to have breached the Electoral Register (ER) of the country.", "Panama"),
])
def test_a_claim_that_it_happened_is_no_incident(sentence: str, state: str) -> None:
    assert not incidents(sentence, state), incidents(sentence, state)


# --- exercises: entering one, fielding teams every year in one, one named after its owner's possessive ----------------

def exercises(text: str, state: str) -> set[tuple[str, str]]:
    """(object key's last part, year) of what the state takes part in."""
    return {(f.object.rsplit("/", 1)[-1], f.year) for f in facts(text, state) if f.relation == "participatesIn"}


@pytest.mark.parametrize("sentence, state, expected", [
    ("Austrian teams have entered NATO's Locked Shields exercise since 2016.", "Austria", ("locked-shields", "2016")),
    ("In 2021 Mongolia entered the Cyber Coalition exercise for the first time.", "Mongolia", ("cyber-coalition", "2021")),
    ("Armenia has joined NATO's Cyber Coalition exercise since 2019.", "Armenia", ("cyber-coalition", "2019")),
    ("Since 2018 Luxembourg fields teams every year in Locked Shields.", "Luxembourg", ("locked-shields", "2018")),
    ("Iceland sends a team each year to Cyber Coalition.", "Iceland", ("cyber-coalition", "")),
])
def test_taking_part_in_an_exercise(sentence: str, state: str, expected: tuple[str, str]) -> None:
    found = exercises(sentence, state)
    assert expected in found, found


def test_the_owner_of_an_exercise_is_not_what_is_entered() -> None:
    found = exercises("Greek teams have entered NATO's Locked Shields exercise since 2014.", "Greece")
    assert not any(key == "nato" for key, _ in found), found


def test_entering_a_non_exercise_is_no_participation() -> None:
    found = exercises("In 2020 Cyprus entered the European Union's Digital Europe Programme as a beneficiary.", "Cyprus")
    assert not found, found
