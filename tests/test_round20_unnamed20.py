"""Round 20 (unnamed20): programmes, courses and donations with no proper name. Every sentence is invented; each
paragraph is about the state it names first (subjects from the brief's list of states)."""

from __future__ import annotations

import pytest

from invented import funds_rows, paragraph_facts


# --- goods donated to a body fund that body, with no sum -------------------------------------------------------------

@pytest.mark.parametrize("text, state, funder, recipient", [
    ("Japan donated servers and forensic equipment to the Malta Police Force in 2024.", "Malta", "japan",
     "malta-police-force"),
    ("Austria has donated laptops, routers and licences to the Malta Police Force.", "Malta", "austria",
     "malta-police-force"),
])
def test_goods_donated_to_a_body_fund_it(text: str, state: str, funder: str, recipient: str) -> None:
    found = {(f.subject.rsplit("/", 1)[-1], f.object.rsplit("/", 1)[-1], f.amount)
             for f in paragraph_facts(text, state) if f.relation == "funds" and f.role == "Funder"}
    assert (funder, recipient, "") in found


def test_the_equipment_of_a_named_thing_is_not_the_recipients_gift() -> None:
    # "donated the equipment of a laboratory to X": the laboratory is what is funded, not X
    facts = paragraph_facts("Japan donated the equipment of a forensics laboratory to the Malta Police Force.", "Malta")
    # (the laboratory for it may be named after it: "forensics laboratory for the Malta Police Force", round 23)
    assert not any(f.relation == "funds" and f.object.rsplit("/", 1)[-1] == "malta-police-force" for f in facts)


def test_goods_donated_to_a_state_are_no_funding() -> None:
    # (as tests/test_capacity_building.py pins: "Poland donated 30 firewalls to Moldova" funds nothing)
    facts = paragraph_facts("Austria has donated laptops and routers to Slovenia.", "Slovenia")
    assert not any(f.relation == "funds" and f.role == "Funder" for f in facts)


def test_a_donation_only_planned_funds_nothing() -> None:
    facts = paragraph_facts("Japan plans to donate servers to the Malta Police Force.", "Malta")
    assert not any(f.relation == "funds" for f in facts)


# --- training named by its description: "a course on X for <trainees> from A and B" -----------------------------------

@pytest.mark.parametrize("text, state, runner, name, trainee_states", [
    # a course named by its subject after the head word
    ("Since 2022 the Malta Information Technology Agency has run a course on malware analysis for police officers "
     "from Benin and Togo.", "Malta", "malta", "course-on-malware-analysis-for-police-officers", {"benin", "togo"}),
    # organised, not only run or paid for; a list with commas
    ("Since 2023 the Nepal Telecommunications Authority has organised an annual cybersecurity course for officials "
     "from Bhutan, Laos and Mongolia.", "Nepal", "nepal", "annual-cybersecurity-course-for-officials",
     {"bhutan", "laos", "mongolia"}),
    # where it is held stands between the head and the trainees
    ("Croatia organised a training course in Zagreb for CERT analysts from Slovenia and Austria.", "Croatia",
     "croatia", "training-course-for-cert-analysts", {"slovenia", "austria"}),
])
def test_a_described_course_and_the_states_its_trainees_come_from(text: str, state: str, runner: str, name: str,
                                                                    trainee_states: set[str]) -> None:
    found = funds_rows(text, state)
    assert (runner, name, "Lead") in found, found
    assert {subject for subject, programme, role in found if role == "Beneficiary" and programme == name} == \
        trainee_states


def test_a_course_a_state_attends_is_no_course_it_runs() -> None:
    found = funds_rows("Officials from Malta attended a course on malware analysis in Vienna.", "Malta")
    assert not any(role == "Lead" and subject == "malta" for subject, _, role in found)


# --- two verbs joined before the programme: each gives its role ------------------------------------------------------

@pytest.mark.parametrize("text, state, actor, name", [
    ("Since 2023 the Barbados Cyber Authority has organised and paid for an annual incident-handling training week in "
     "Bridgetown for CERT staff from Jamaica and Panama.", "Barbados", "barbados",
     "annual-incident-handling-training-week-for-cert-staff"),
    ("Denmark funds and runs a cyber skills programme for civil servants in Nepal.", "Nepal", "denmark",
     "cyber-skills-programme-for-civil-servants-in-nepal"),
])
def test_funds_and_runs_gives_both_roles(text: str, state: str, actor: str, name: str) -> None:
    found = funds_rows(text, state)
    assert {(actor, name, "Funder"), (actor, name, "Lead")} <= found, found


def test_one_verb_gives_one_role() -> None:
    found = funds_rows("Denmark runs a cyber skills programme for civil servants in Nepal.", "Nepal")
    assert ("denmark", "cyber-skills-programme-for-civil-servants-in-nepal", "Lead") in found
    assert not any(role == "Funder" and subject == "denmark" for subject, _, role in found)


# --- an unnamed programme's name runs on over every state its trainees come from --------------------------------------

def test_the_list_of_states_after_from_runs_to_its_end() -> None:
    found = funds_rows("The national CERT launched a training programme for incident responders from Fiji, Samoa and "
                       "the Solomon Islands in 2023.", "Vanuatu")
    beneficiaries = {subject for subject, _, role in found if role == "Beneficiary"}
    assert {"fiji", "samoa", "solomon-islands"} <= beneficiaries, found
    assert len({programme for _, programme, _ in found}) == 1


# --- a loan named by what it is for, with when it was approved between the verb and the loan -------------------------

@pytest.mark.parametrize("text, state", [
    ("The Asian Development Bank (ADB), for its part, approved in June 2023 a USD 20 million loan for digital public "
     "services.", "Mongolia"),
    ("The World Bank approved in 2022 a USD 15 million credit for digital government services.", "Honduras"),
])
def test_a_loan_approved_at_a_time_is_lent_for_its_purpose(text: str, state: str) -> None:
    found = funds_rows(text, state)
    funders = {(subject, role) for subject, _, role in found}
    assert any(role == "Funder" and "bank" in subject for subject, role in funders), found
    assert (state.lower(), "Beneficiary") in funders, found


def test_a_donation_takes_no_year_from_the_next_clause() -> None:
    facts = paragraph_facts("Japan donated servers to the Malta Police Force, and Italian experts trained CERT staff in "
                            "2022.", "Malta")
    donated = [f for f in facts if f.relation == "funds" and f.object.endswith("malta-police-force")]
    assert donated and all(f.year == "" for f in donated), donated
