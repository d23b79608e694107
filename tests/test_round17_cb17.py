"""Round 17 (cb17): beneficiary, funding and programme. Every sentence is invented; each paragraph is about the state it
names first (subjects from the brief's list of states)."""

from __future__ import annotations

import pytest

from invented import funds_rows


# --- a development bank's approved money is lent to the profile's state, whatever the money is called ---------------

@pytest.mark.parametrize("text, state, programme", [
    # the sum alone, no "loan" or "financing"
    ("The World Bank's Digital Public Services project, approved in 2019 with USD 60 million, paid for a government "
     "data centre.", "Malta", "digital-public-services"),
    ("The African Development Bank's Rural Connectivity project, approved in 2021 with USD 45 million, pays for the "
     "first security audits of ministries.", "Zambia", "rural-connectivity"),
    # the money and the bank after the programme ("with USD N million from the World Bank"), not a verb before it
    ("Its follow-up, the Digital Economy Acceleration (DEA) project, was approved in 2023 with USD 120 million from "
     "the World Bank and includes a cybersecurity component.", "Malta", "dea"),
    ("The Public Data Security (PDS) project was approved in 2020 with USD 35 million from the Asian Development Bank "
     "and pays for a government security operations centre.", "Mongolia", "pds"),
])
def test_a_banks_approved_sum_is_lent_to_the_profiles_state(text: str, state: str, programme: str) -> None:
    found = funds_rows(text, state)
    assert any(subject.endswith("bank") and name == programme and role == "Funder" for subject, name, role in found)
    assert (state.lower(), programme, "Beneficiary") in found


@pytest.mark.parametrize("text, state", [
    # approved with no money told: someone's sign-off, no loan to anyone
    ("The World Bank's Digital Foundations project, approved in 2020, supports the national CERT.", "Malta"),
    # a fund a bank manages holds what others pay in: the state borrows from the fund, it is no beneficiary of it
    ("The Regional Cyber Fund (RCF), managed by the Asian Development Bank, approved in 2022 a USD 10 million credit "
     "for the modernisation of the government data centre.", "Armenia"),
])
def test_no_loan_no_borrower(text: str, state: str) -> None:
    assert not any(role == "Beneficiary" for _, _, role in funds_rows(text, state))


# --- the name of an unnamed training programme runs on over "from" after any trainee noun --------------------------

@pytest.mark.parametrize("text, state, trainee_states", [
    ("Namibia's national CERT launched a training programme for incident responders from Malawi and Zambia in 2023.",
     "Namibia", {"malawi", "zambia"}),
    ("The national police run a cyber training programme for investigators from Malawi and Zambia.", "Namibia",
     {"malawi", "zambia"}),
    ("Since 2022 the ministry has funded a cyber skills programme for analysts from Nepal and Bhutan.", "Laos",
     {"nepal", "bhutan"}),
    ("The government runs a digital forensics programme for magistrates from Fiji and Samoa.", "Vanuatu",
     {"fiji", "samoa"}),
])
def test_trainees_from_named_states_benefit(text: str, state: str, trainee_states: set[str]) -> None:
    found = funds_rows(text, state)
    assert {subject for subject, _, role in found if role == "Beneficiary"} == trainee_states
    assert all("-from-" in name for _, name, _ in found)  # one programme, its name run on over its trainees' states


def test_trainees_from_a_region_are_no_states() -> None:
    found = funds_rows("Namibia funds a cyber training programme for investigators from the region.", "Namibia")
    assert ("namibia", "Funder") in {(subject, role) for subject, _, role in found}
    assert not any(role == "Beneficiary" for _, _, role in found)


# --- a programme in a verbless coordinated phrase shares the verb (and its subject) of the phrase before ------------

@pytest.mark.parametrize("text, state, first, second", [
    ("Malta benefits from the Mediterranean Cyber Programme, run by the Italian agency and financed in part by Spain "
     "and the United Kingdom, and from the Council of Europe's GLACY+ project.", "Malta",
     "mediterranean-cyber-programme", "glacy-plus"),
    # (over a relative clause that ends the first phrase's clause)
    ("Greek judges took part in workshops under the Mediterranean Cyber Programme, which Italy runs, and under the "
     "CyberSouth project.", "Greece", "mediterranean-cyber-programme", "cybersouth"),
    ("Icelandic officials attended courses at the ASEAN-Japan Cybersecurity Capacity Building Centre (AJCCBC), which "
     "opened in Bangkok in 2018, and at the Regional Cybersecurity Centre of Excellence (RCCE), which Singapore runs.",
     "Iceland", "ajccbc", "rcce"),
])
def test_a_coordinated_phrase_shares_the_verb_before(text: str, state: str, first: str, second: str) -> None:
    found = funds_rows(text, state)
    assert (state.lower(), first, "Beneficiary") in found
    assert (state.lower(), second, "Beneficiary") in found
    # the funders and the runner told of the first programme in between are not the second's
    assert not any(name == second and role == "Funder" for _, name, role in found)


def test_a_coordinated_clause_with_its_own_verb_keeps_its_subject() -> None:
    found = funds_rows("Malta funds the Mediterranean Cyber Programme, which Italy runs, and Cyprus benefits from the "
                  "GLACY+ project.", "Malta")
    assert ("cyprus", "glacy-plus", "Beneficiary") in found
    assert not any(subject == "malta" and name == "glacy-plus" for subject, name, _ in found)


# --- people from a state's bodies are that state's people ------------------------------------------------------------

@pytest.mark.parametrize("text, state, centre", [
    ("The National Cyber Security Center (NCSC-HU) works under the Ministry of Interior (BM). Officials from BM and "
     "NCSC-HU attended courses at the Western Balkans Cyber Capacity Centre (WB3C).", "Hungary", "wb3c"),
    ("The Computer Emergency Response Team of Slovakia (SK-CERT) works under the National Security Authority (NBU). "
     "Experts from NBU and SK-CERT attended courses at the Western Balkans Cyber Capacity Centre (WB3C).", "Slovakia",
     "wb3c"),
    ("The Cyber Security Authority (CSA) works under the Ministry of Communications (MOC). Officials from MOC and CSA "
     "benefited from the GLACY+ project.", "Slovakia", "glacy-plus"),
])
def test_officials_from_several_bodies_of_one_state(text: str, state: str, centre: str) -> None:
    assert (state.lower(), centre, "Beneficiary") in funds_rows(text, state)
