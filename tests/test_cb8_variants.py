"""Capacity-building roles in the writer corpus's kinds of wording (round 8, generalisation). Every sentence is
invented, about states and programmes no profile describes; expected facts were written before the rules."""

from __future__ import annotations

import pytest

from test_capacity_building import _roles

OMAN = "Oman is a state on the Arabian Peninsula. "


# --- a programme name that "in" joins is one name ("Excellence in Cyber Defence programme") -----------------------

@pytest.mark.parametrize("sentence, name", [
    ("Since 2021 Oman has run the Youth Leadership in Cyber Defence programme.", "Youth Leadership in Cyber Defence"),
    ("Oman launched the Women Leaders in Security project in 2019.", "Women Leaders in Security"),
    ("The Women Leaders in Security initiative, which Oman funds, trains engineers.", "Women Leaders in Security"),
])
def test_a_name_joined_by_in_is_one_programme(sentence: str, name: str) -> None:
    roles = _roles(OMAN + sentence)
    assert any(r[2] == name for r in roles), roles
    assert not any(r[2] in ("Cyber Defence", "Security") for r in roles), roles


# --- a body no rule reads as an actor opening the clause is not the paragraph's state -----------------------------

@pytest.mark.parametrize("sentence", [
    "The Arabian Cyber Forum (ACF) runs the Gulf Cyber Skills Programme.",
    "The Desert Security Platform (DSP) has funded the Gulf Cyber Skills Programme since 2020.",
    "The Muscat Cyber Initiative (MCI) launched the Gulf Cyber Skills Programme in 2022.",
])
def test_an_unread_body_opening_the_clause_gives_the_state_no_role(sentence: str) -> None:
    roles = _roles(OMAN + sentence)
    assert not any(r[0] == "Oman" for r in roles), roles


# --- "the X Programme on Y of the Z (ZZ)": the programme is named before its owner, who leads it ------------------

KENYA = "Kenya is a state in East Africa. "


@pytest.mark.parametrize("sentence, programme, owner, other", [
    ("Kenyan judges have attended courses under the Regional Programme on Cybercrime of the Intergovernmental "
     "Authority on Development (IGAD), which Sweden finances.", "Regional Programme on Cybercrime",
     "Intergovernmental Authority on Development", ("Sweden", "Funder")),
    ("Since 2022 Denmark has co-financed the Coastal Cyber Initiative of the African Union.",
     "Coastal Cyber Initiative", "African Union", ("Denmark", "Funder")),
    ("The Digital Resilience Project for Schools of the East African Community is funded by Finland.",
     "Digital Resilience Project for Schools", "East African Community", ("Finland", "Funder")),
])
def test_a_programme_of_an_organisation_is_led_by_it(sentence: str, programme: str, owner: str, other: tuple) -> None:
    roles = _roles(KENYA + sentence)
    assert (owner, "Lead", programme) in roles, roles
    assert (other[0], other[1], programme) in roles, roles


def test_a_programme_of_two_bodies_names_no_single_leader() -> None:
    roles = _roles(KENYA + "Kenya takes part in the Coastal Cyber Initiative of the African Union and the EU.")
    assert not any(r[1] == "Lead" and r[0] == "African Union" and len(roles) == 1 for r in roles), roles


# --- ", since X has run Y": the reason clause has a subject of its own -------------------------------------------

NEPAL = "Nepal is a state in South Asia. The National Cyber Agency (NCAN) is its cyber agency. "


@pytest.mark.parametrize("sentence", [
    "Kathmandu is also a small donor, since the NCAN has run a forensics course programme for police officers.",
    "Nepal counts as a provider, because NCAN has funded a forensics course programme for police officers.",
    "Nepal is a donor too, since the NCAN had launched a forensics course programme for police officers in 2020.",
])
def test_a_since_clause_keeps_its_own_subject(sentence: str) -> None:
    from test_capacity_building import extract
    facts = [f for f in extract(NEPAL + sentence).facts if f.relation == "funds"]
    assert facts and all(f.through.endswith("/ncan") for f in facts if f.role in ("Lead", "Funder")), facts


# --- "a programme for officials from A and B": whom it trains is in its name, and they benefit -------------------

@pytest.mark.parametrize("sentence, states", [
    ("Nepal has run a cyber training programme for diplomats from Bhutan and Bangladesh since 2021.",
     {"Bhutan", "Bangladesh"}),
    ("Since 2019 Japan has funded a forensics project for judges from Laos and Cambodia.", {"Laos", "Cambodia"}),
    ("India has run a cyber skills project for engineers from Sri Lanka since 2022.", {"Sri Lanka"}),
])
def test_trainees_from_states_make_them_beneficiaries(sentence: str, states: set) -> None:
    roles = _roles(NEPAL + sentence)
    assert states <= {r[0] for r in roles if r[1] == "Beneficiary"}, roles


def test_from_a_year_is_no_part_of_the_name() -> None:
    roles = _roles(NEPAL + "Japan funded a forensics project for judges from 2021 to 2023.")
    assert any(r[2] == "forensics project for judges" for r in roles), roles


# --- "a national awareness programme, Safe Surfing Week,": the apposed name is the programme's ------------------

@pytest.mark.parametrize("sentence, name", [
    ("The NCAN has run a national awareness programme, Safe Surfing Week, since 2019.", "Safe Surfing Week"),
    ("In 2022 Nepal launched a school outreach project, Cyber Scouts, with UNICEF.", "Cyber Scouts"),
    ("Since 2020 Japan has funded a regional training programme, Himalaya Cyber Fellows, which trains engineers.",
     "Himalaya Cyber Fellows"),
])
def test_an_apposed_name_names_the_unnamed_programme(sentence: str, name: str) -> None:
    roles = _roles(NEPAL + sentence)
    assert any(r[2] == name for r in roles), roles


@pytest.mark.parametrize("sentence", [
    "Japan has funded a training project, India and Bhutan said, since 2019.",
    "Japan has funded a training project, officials said, in 2019.",
])
def test_a_reporting_clause_is_no_name(sentence: str) -> None:
    roles = _roles(NEPAL + sentence)
    assert not any(r[2] in ("India and Bhutan", "India") for r in roles), roles


def test_training_before_a_noun_is_no_programme_of_its_own() -> None:
    roles = _roles(NEPAL + "Since 2018 Japan has paid for a cyber security training centre in Kathmandu.")
    assert not any(r[2] == "cyber security training" for r in roles), roles


# --- "the X Forum (XF), which Y hosts, runs Z": the relative clause's head is the subject --------------------------

@pytest.mark.parametrize("sentence", [
    "The Gulf Security Forum (GSF), which Muscat has hosted every year since 2020, runs the Youth Cyber Skills "
    "Programme.",
    "In 2021 the Arabian Cyber Platform (ACP), which Oman co-founded, launched the Youth Cyber Skills Programme.",
    "The Desert Cyber Initiative (DCI), which Qatar chairs, has funded the Youth Cyber Skills Programme since 2019.",
])
def test_after_a_relative_clause_its_head_is_the_subject(sentence: str) -> None:
    roles = _roles(OMAN + sentence)
    assert not any(r[0] in ("Oman", "Qatar") and r[1] in ("Lead", "Funder") for r in roles), roles


def test_after_a_relative_clause_on_an_actor_the_actor_acts() -> None:
    roles = _roles(OMAN + "KOICA, which opened an office in Muscat in 2019, funds the Youth Cyber Skills Programme.")
    assert ("South Korea", "Funder", "Youth Cyber Skills Programme") in roles or \
        ("Korea International Cooperation Agency", "Funder", "Youth Cyber Skills Programme") in roles, roles


# --- "With the ITU it launched X": a fronted partner without a comma, then the pronoun subject -------------------

@pytest.mark.parametrize("sentence, role", [
    ("With the ITU it launched the Child Online Safety (COS) initiative in 2020.", "Lead"),
    ("Together with Japan it has run the Youth Cyber Skills Programme since 2019.", "Lead"),
    ("Along with the EU and the ITU it funds the Youth Cyber Skills Programme.", "Funder"),
])
def test_a_fronted_partner_leaves_the_pronoun_its_subject(sentence: str, role: str) -> None:
    roles = _roles(OMAN + sentence)
    assert any(r[0] == "Oman" and r[1] == role for r in roles), roles


@pytest.mark.parametrize("sentence", [
    "With the ITU it is discussing a Youth Cyber Skills Programme.",
    "Along with the EU and the ITU they fund the Youth Cyber Skills Programme.",
])
def test_a_fronted_partner_asserts_nothing_unsaid(sentence: str) -> None:
    roles = _roles(OMAN + sentence)
    assert not any(r[0] == "Oman" for r in roles), roles


# --- a cyber centre "for Development" / "for Capacity Building" is a capacity-building programme -----------------

@pytest.mark.parametrize("sentence, actor, role, name", [
    ("Since 2016 Japan has run the Asian Cybersecurity Center for Development (ACCD).", "Japan", "Lead",
     "Asian Cybersecurity Center for Development"),
    ("Japan has funded the Pacific Cyber Centre for Capacity Building since 2018.", "Japan", "Funder",
     "Pacific Cyber Centre for Capacity Building"),
    ("Nepali officials took part in courses of the Asian Cyber Security Centre for Development in 2021.", "Nepal",
     "Beneficiary", "Asian Cyber Security Centre for Development"),
])
def test_a_cyber_centre_for_development_is_a_programme(sentence: str, actor: str, role: str, name: str) -> None:
    roles = _roles(NEPAL + sentence)
    assert (actor, role, name) in roles, roles
