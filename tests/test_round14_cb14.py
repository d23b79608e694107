"""Round 14 (cb14), capacity building and cooperation. Every sentence is invented; each paragraph is about the state
it names first.

- Help received by a state's own body ("staff of the national CERT have received training from X", "X has trained
  CERT-Y engineers", "officers of the Police Service are trained by X") is cooperation the state has through that
  body.
- A development bank's approved lending ("the World Bank's X Project, approved in 2023 with USD 50 million in
  financing", "the IDB approved a loan of USD 90 million for the X programme"), no borrower named, serves the state
  the document is about (even in a paragraph that tells of another state).
- A regional training centre the reference lacks ("the X Cyber Capacity Centre", "the Y Regional Cybersecurity
  Centre") is a capacity-building programme: a state whose officials attend its courses benefits from it; named as
  the agent of something else ("a drill organised by the centre") it is no programme taken part in."""

from __future__ import annotations

import pytest

from cdkg.facts import Fact

from invented import paragraph_facts


def facts(text: str, state: str = "Slovenia") -> list[Fact]:
    """What the extractor reads in an invented paragraph about ``state``."""
    return paragraph_facts(text, state)


def short(key: str) -> str:
    return key.rsplit("/", 1)[-1]


def cooperations(text: str, state: str = "Slovenia") -> set[tuple[str, str, str]]:
    """(subject, partner, acting agency) of the cooperatesWith facts, by their keys' last parts."""
    return {(short(f.subject), short(f.object), short(f.through) if f.through else "")
            for f in facts(text, state) if f.relation == "cooperatesWith"}


@pytest.mark.parametrize("text, state, through", [
    # "<people> of <body> have received training from X"
    ("The Malta Computer Security Incident Response Team (CSIRTMalta) was set up in 2015. Since 2020 analysts of "
     "CSIRTMalta have received malware-analysis training from the Federal Bureau of Investigation (FBI), under no "
     "written text.", "Malta", "csirtmalta"),
    # capitalised people, "the" before the body, an adverb before the verb
    ("The Cyber Crime Unit (CCU) of the police investigates online fraud. Investigators of the CCU have meanwhile "
     "received forensic training from the Federal Bureau of Investigation (FBI).", "Cyprus", "ccu"),
    # the passive: "<people> of <body> are trained by X"
    ("Officers of the Zambia Police Service, as it happens, are trained by the FBI at a regional academy.", "Zambia",
     "zambia-police-service"),
])
def test_helped_people_of_a_body(text: str, state: str, through: str) -> None:
    assert (state.lower(), "fbi", through) in cooperations(text, state)


def test_the_trained_body_named_after_the_verb() -> None:
    found = cooperations("The national CERT, SK-CERT, was set up in 2009. The Japan International Cooperation Agency "
                         "(JICA) has trained SK-CERT engineers in Tokyo twice, without any formal agreement.",
                         "Slovakia")
    assert ("slovakia", "jica", "sk-cert") in found


def test_help_to_people_of_no_named_body_stays_the_states() -> None:
    found = cooperations("Prosecutors from Honduras have received training from the Federal Bureau of Investigation "
                         "(FBI) since 2019.", "Honduras")
    assert ("honduras", "fbi", "") in found


def test_the_helpers_own_people_are_not_the_helped_body() -> None:
    # "staff of the FBI" are the helpers: the help still goes to the state, through none of its bodies
    found = cooperations("Staff of the FBI have trained police officers from Jamaica in digital forensics.",
                         "Jamaica")
    assert found == {("jamaica", "fbi", "")}


# --- a development bank's approved lending serves the profile's state -------------------------------------------------

def roles(text: str, state: str) -> set[tuple[str, str, str]]:
    """(actor, programme, role) of the funds facts, by their keys' last parts."""
    return {(short(f.subject), short(f.object), f.role) for f in facts(text, state) if f.relation == "funds"}


@pytest.mark.parametrize("text, state, programme", [
    # "the Bank's X Project, approved in <year> with <money> in financing"
    ("The World Bank's Digital Backbone for Public Services Project, approved in 2024 with USD 80 million in "
     "financing, includes a component to secure government data centres.", "Mongolia",
     "digital-backbone-for-public-services-project"),
    # "<bank> approved a loan of <money> in <year> for the X programme"
    ("The Inter-American Development Bank (IDB), a regional development bank, approved a loan of USD 90 million in "
     "2023 for the Fiscal Systems Renewal Programme, whose cyber component protects tax data.", "Paraguay",
     "fiscal-systems-renewal-programme"),
])
def test_a_banks_approved_lending_serves_the_profiles_state(text: str, state: str, programme: str) -> None:
    found = roles(text, state)
    assert any(role == "Funder" and obj == programme for _, obj, role in found)
    assert (state.lower(), programme, "Beneficiary") in found


def test_a_states_grant_approved_is_no_loan_to_the_profiles_state() -> None:
    # the funder is a state, not a bank: nobody borrowed, and the profile's state is not thereby served
    found = roles("Japan approved USD 4 million in 2022 for the Pacific Cyber Skills Programme, run by the Pacific "
                  "Islands Forum secretariat.", "Fiji")
    assert ("fiji", "pacific-cyber-skills-programme", "Beneficiary") not in found


def test_a_bank_project_for_other_states_serves_those_states() -> None:
    # beneficiaries named in the sentence are the ones served, not the profile's state
    found = roles("The World Bank's Regional Connectivity Project, approved in 2023 with USD 60 million in financing, "
                  "whose beneficiaries are Nepal and Laos, is run from Thimphu.", "Bhutan")
    assert ("nepal", "regional-connectivity-project", "Beneficiary") in found
    assert ("bhutan", "regional-connectivity-project", "Beneficiary") not in found


def test_the_borrower_is_the_profiles_state_in_a_paragraph_about_another() -> None:
    text = ("Paraguay adopted its first cyber security strategy in 2017 and Paraguay set up its CERT in 2012.\n\n"
            "The United States pledged USD 5 million in 2022 to rebuild the networks of the United States embassy "
            "partners, and the Inter-American Development Bank (IDB) approved a loan of USD 70 million in 2023 for the "
            "Customs Systems Renewal Programme.")
    found = roles(text, "Paraguay")
    assert ("paraguay", "customs-systems-renewal-programme", "Beneficiary") in found
    assert ("united-states", "customs-systems-renewal-programme", "Beneficiary") not in found


# --- a regional training centre is a programme its trainees' states benefit from -----------------------------------

@pytest.mark.parametrize("text, state, centre", [
    ("Armenian officials attend courses at the South Caucasus Cyber Capacity Centre (SC3C), which Georgia hosts in "
     "Tbilisi.", "Armenia", "sc3c"),
    ("As a recipient, Nepal sends staff to courses of the South Asian Regional Cybersecurity Centre (SARCC), which "
     "Sri Lanka hosts in Colombo.", "Nepal", "sarcc"),
    ("On the capacity-building side, Mongolia is mainly a recipient: CERT-MN analysts have trained at the Central Asia "
     "Regional Cybersecurity Centre (CARCC) hosted by Kazakhstan.", "Mongolia", "carcc"),
])
def test_trainees_of_a_regional_centre_benefit_from_it(text: str, state: str, centre: str) -> None:
    assert (state.lower(), centre, "Beneficiary") in roles(text, state)


def test_a_centre_named_as_an_organiser_is_no_programme_taken_part_in() -> None:
    found = roles("CERT.at takes part each year in the Alpine Cyber Drill organised by the Central European Regional "
                  "Cybersecurity Centre (CERCC) in Vienna.", "Austria")
    assert not any(obj == "cercc" for _, obj, _ in found)


def test_a_state_bodys_own_centre_is_no_programme() -> None:
    # a centre of the state's own (an agency) stays an agency: nobody "benefits" from it
    found = roles("The National Cyber Capacity Centre (NCCC) of Namibia, set up in 2022, trains Namibian officials.",
                  "Namibia")
    assert not any(role == "Beneficiary" for _, _, role in found)
