"""Round 10, norms and cybercrime families: incidents named and dated by general mechanisms (where a name ends, whose
parts were hit, who claimed it, what is no harm at all). Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.test_crime5_variants import facts
from tests.test_crime7_variants import incident_names, named


# --- a name runs over "through"/"via" and ends before "revealed", "disclosed" ---------------------------------

@pytest.mark.parametrize("state, sentence, wanted, year", [
    ("Mongolia", "In March 2022 the Central Bank of Mongolia suffered a data breach through a compromised supplier.",
     "Central Bank of Mongolia data breach", "2022"),
    ("Jordan", "In 2019 the Jordan Phosphate Mines Company suffered a ransomware attack via a phishing e-mail.",
     "Jordan Phosphate Mines Company ransomware attack", "2019"),
    ("Ghana", "Incidents include the data leak at the Ghana Revenue Authority revealed in 2021.",
     "data leak at the Ghana Revenue Authority", "2021"),
])
def test_an_incident_name_runs_over_its_means_and_stops_before_its_disclosure(state: str, sentence: str, wanted: str,
                                                                             year: str) -> None:
    found = facts(state, sentence, "suffered")
    assert any(y == year for _, _, y in found), found
    assert named(incident_names(state, sentence), wanted)
    assert not any(n.lower().endswith(("revealed", "disclosed")) for names in incident_names(state, sentence)
                   for n in names)


# --- the sites a body runs are parts of it: hitting them is an attack on the body -------------------------------

@pytest.mark.parametrize("state, sentence, wanted", [
    ("Mongolia", "In May 2022 a ransomware attack crippled the hospitals of the Darkhan Regional Health Board.",
     "Darkhan Regional Health Board ransomware attack"),
    ("Jordan", "In 2020 a cyberattack disrupted the branches of the Arab Housing Bank for three days.",
     "cyberattack on the Arab Housing Bank"),
    ("Ghana", "In 2023 a DDoS attack knocked out the offices of the Tema Port Authority.",
     "DDoS attack on the Tema Port Authority"),
])
def test_an_attack_on_the_sites_of_a_body_is_an_attack_on_the_body(state: str, sentence: str, wanted: str) -> None:
    assert named(incident_names(state, sentence), wanted), incident_names(state, sentence)


# --- the claimant names an incident that has no target, and its date follows the claimant ------------------------

@pytest.mark.parametrize("state, sentence, wanted, year", [
    ("Mongolia", "Mongolia's incidents include waves of DDoS attacks claimed by Storm Crew in March 2023 after a "
                 "border dispute.", "DDoS attacks claimed by Storm Crew", "2023"),
    ("Jordan", "Jordan has faced DDoS attacks claimed by the group Cyber Falcons in June 2021.",
     "DDoS attacks claimed by Cyber Falcons", "2021"),
])
def test_the_claimant_and_the_date_after_it_belong_to_an_incident_without_target(state: str, sentence: str,
                                                                                 wanted: str, year: str) -> None:
    found = facts(state, sentence, "suffered")
    assert any(y == year for _, _, y in found), found
    assert named(incident_names(state, sentence), wanted), incident_names(state, sentence)


def test_a_claimant_named_after_a_state_is_no_other_states_incident() -> None:
    sentence = "Mongolia's incidents include DDoS attacks claimed by Anonymous Tuvalu in April 2022."
    assert any(y == "2022" for _, _, y in facts("Mongolia", sentence, "suffered"))


def test_an_incident_with_a_target_keeps_the_target_over_the_claimant() -> None:
    sentence = ("In June 2022 the website of the Mongolian parliament was knocked offline by a DDoS attack claimed by "
                "the group Storm Crew.")
    names = incident_names("Mongolia", sentence)
    assert named(names, "DDoS attack on the website of the Mongolian parliament"), names
    assert not any("claimed" in n for found in names for n in found), names


# --- whose data leaked ends the name of a leak -----------------------------------------------------------------

@pytest.mark.parametrize("state, sentence, wanted", [
    ("Mongolia", "In Mongolia a leak of personal data on some 3 million voters was disclosed in 2023.",
     "leak of personal data on some 3 million voters"),
    ("Jordan", "In Jordan a breach of medical records of 40,000 patients came to light in 2021.",
     "breach of medical records of 40,000 patients"),
])
def test_a_leak_is_named_with_whose_data_it_was(state: str, sentence: str, wanted: str) -> None:
    assert named(incident_names(state, sentence), wanted), incident_names(state, sentence)


# --- breached and its data leaked; a system abused --------------------------------------------------------------

@pytest.mark.parametrize("state, sentence, wanted", [
    ("Mongolia", "In 2021 the insurer Altan Daatgal was breached and its customer data leaked by a hacker group.",
     "Altan Daatgal breach and data leak"),
    ("Jordan", "In 2022 the pension fund Amman Mutual was breached and its client data leaked online.",
     "Amman Mutual breach and data leak"),
])
def test_a_breach_followed_by_a_leak_of_its_data_is_a_breach_and_data_leak(state: str, sentence: str,
                                                                            wanted: str) -> None:
    assert named(incident_names(state, sentence), wanted), incident_names(state, sentence)


@pytest.mark.parametrize("state, sentence, wanted, year", [
    ("Mongolia", "Mongolia has had incidents: in 2023 the Khaan customs clearance system was abused to release "
                 "goods unpaid.", "abuse of the Khaan customs clearance system", "2023"),
    ("Jordan", "Jordan has had incidents: in 2020 the Hisab treasury payment system was misused to divert salaries.",
     "abuse of the Hisab treasury payment system", "2020"),
])
def test_a_system_abused_to_do_harm_is_an_incident(state: str, sentence: str, wanted: str, year: str) -> None:
    found = facts(state, sentence, "suffered")
    assert any(y == year for _, _, y in found), found
    assert named(incident_names(state, sentence), wanted), incident_names(state, sentence)


def test_an_office_abused_is_no_cyber_incident() -> None:
    assert facts("Mongolia", "In Mongolia in 2021 the governor's office was abused to award contracts to friends.",
                 "suffered") == set()


def test_a_claim_in_an_earlier_clause_does_not_silence_the_next_incident() -> None:
    sentence = ("Mongolia has suffered incidents: in 2021 the tax office lost data in an attack claimed by the Dune "
                "group, and in 2023 the Khaan customs clearance system was abused to release goods unpaid.")
    assert named(incident_names("Mongolia", sentence), "abuse of the Khaan customs clearance system")


# --- a named APT as the doer of a compromise ------------------------------------------------------------------------

@pytest.mark.parametrize("state, sentence, wanted, year", [
    ("Mongolia", "In 2024 the intelligence service revealed that APT31, a group tied to a foreign state, had "
                 "compromised the State Great Khural Secretariat in 2022.",
     "compromise of the State Great Khural Secretariat", "2022"),
    ("Jordan", "Officials said in 2021 that APT34 breached the Ministry of Digital Economy in 2020.",
     "breach of the Ministry of Digital Economy", "2020"),
])
def test_a_named_apt_that_compromised_a_body_is_an_incident(state: str, sentence: str, wanted: str, year: str) -> None:
    found = facts(state, sentence, "suffered")
    assert any(y == year for _, _, y in found), found
    assert named(incident_names(state, sentence), wanted), incident_names(state, sentence)


# --- no harm: a simulation, a yearly operation, an operation against crime, a shutdown ------------------------------

@pytest.mark.parametrize("sentence", [
    'In 2022 Mongolia led "Steppe Shield", a simulated cyberattack on the banking system, joined by eight states.',
    'In 2021 Mongolia hosted "Blue Horizon", an exercise on attacks against the power grid.',
    'Mongolian police take part in the annual "Clean Net" operation against cybercrime.',
    'In 2023 Mongolian investigators joined the "Nightfall" operation against botnets.',
    "During the protests of March 2022 the internet in Mongolia was shut down nationwide for two days.",
])
def test_no_incident_in_a_simulation_a_police_operation_or_a_shutdown(sentence: str) -> None:
    assert facts("Mongolia", sentence, "suffered") == set()
