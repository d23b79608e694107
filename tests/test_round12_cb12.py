"""Round 12 (cb12), capacity building: names of unnamed training programmes that run on over whom they train, and
two known bodies joined by a hyphen that are no programme's name. Every sentence is invented; each paragraph is
about the state it names first."""

from __future__ import annotations

import pytest

from cdkg.facts import Fact

from invented import paragraph_facts


def facts(text: str, state: str = "Croatia") -> list[Fact]:
    """What the extractor reads in an invented paragraph about ``state``."""
    return paragraph_facts(text, state)


def short(key: str) -> str:
    return key.rsplit("/", 1)[-1]


def funds(text: str, state: str = "Croatia") -> set[tuple[str, str, str]]:
    """(actor, programme key's last part, role) of the funds facts."""
    return {(short(f.subject), short(f.object), f.role) for f in facts(text, state) if f.relation == "funds"}


# --- unnamed training: the name runs on over its trainees ---------------------------------------------------------------

@pytest.mark.parametrize("sentence, label", [
    ("Croatia has financed cyber hygiene training for civil servants in Bosnia and Montenegro since 2021.",
     "cyber-hygiene-training-for-civil-servants-in-bosnia-and-montenegro"),
    ("Since 2020 Croatia has run an annual training course for CERT staff from Balkan countries.",
     "annual-training-course-for-cert-staff-from-balkan-countries"),
    ("Croatia funds an annual incident response course for officials from neighbouring Adriatic countries.",
     "annual-incident-response-course-for-officials-from-neighbouring-adriatic-countries"),
    ("Croatia has paid for forensic training for CARNET engineers and criminal police officers.",
     "forensic-training-for-carnet-engineers-and-criminal-police-officers"),
])
def test_unnamed_training_is_named_with_its_trainees(sentence: str, label: str) -> None:
    """The name of paid-for training ends where the words on its trainees end, not at "for"."""
    found = funds(sentence)
    assert ("croatia", label, "Funder") in found or ("croatia", label, "Lead") in found


def test_how_the_money_goes_between_commas_does_not_hide_the_training() -> None:
    found = funds("Croatia has since 2019 financed, through the bilateral aid budget, cyber-hygiene "
                  "training for Albanian officials worth EUR 100,000 a year.")
    assert ("croatia", "cyber-hygiene-training-for-albanian-officials", "Funder") in found
    assert ("albania", "cyber-hygiene-training-for-albanian-officials", "Beneficiary") in found


def test_where_the_trainees_are_is_not_whom_the_training_is_for() -> None:
    """"for civil servants in A and B": the name holds the states, and no beneficiary is read from a place (the
    trainees' states are told as beneficiaries in words of their own, not by where the course is given)."""
    found = funds("Croatia has financed cyber hygiene training for civil servants in Bosnia and Montenegro.")
    assert not any(role == "Beneficiary" for _, _, role in found)


def test_a_training_course_of_course_is_no_programme() -> None:
    found = funds("Croatia runs, of course, its own awareness campaign.")
    assert not any("course" in programme for _, programme, _ in found)


# --- two bodies joined by a hyphen ---------------------------------------------------------------------------------

def test_two_known_bodies_joined_by_a_hyphen_are_no_programme() -> None:
    """"a joint EU-Council of Europe project": whose the project is, not its name; the named project gets the roles."""
    found = funds("Slovenia benefits from iPROTECT-3, a joint EU-Council of Europe project financed by the European "
                  "Union for the Western Balkans.", "Slovenia")
    assert not any("council-of-europe" in programme for _, programme, _ in found)
    assert ("slovenia", "iprotect-3", "Beneficiary") in found
    assert ("eu", "iprotect-3", "Funder") in found


# --- a sum paid into a mechanism -------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, year", [
    ("As a donor, Croatia contributed EUR 400,000 to the Tallinn Mechanism in 2024.", "2024"),
    ("Croatia funds cyber projects in the Balkans, and the government pledged EUR 2 million to the Tallinn Mechanism "
     "in 2025 to support Ukraine's civilian cyber defence.", "2025"),
])
def test_a_sum_paid_into_a_mechanism_funds_it(sentence: str, year: str) -> None:
    """A mechanism is no programme the programme rules read, but a sum given to it funds it."""
    assert {(short(f.subject), short(f.object), f.role, f.year) for f in facts(sentence) if f.relation == "funds"} >= \
        {("croatia", "tallinn-mechanism", "Funder", year)}


def test_joining_a_mechanism_without_money_funds_nothing() -> None:
    assert not any(f.relation == "funds" and short(f.object) == "tallinn-mechanism"
                   for f in facts("Croatia joined the Tallinn Mechanism in 2024 and sent two experts to it."))


# --- someone else's programme whose name holds the profile's state -----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "In 2022 the World Bank financed the Zambia Digital Acceleration Project with USD 100 million.",
    "The United States Agency for International Development has funded a USD 6 million cyber workforce programme in "
    "Zambia since 2021.",
    'The EU also funds, with EUR 8 million, the programme "Support to the Digital Transformation of Zambia" '
    "(2022-2026), implemented by Expertise France.",
])
def test_a_programme_named_after_the_profiles_state_serves_it(sentence: str) -> None:
    found = funds(sentence, "Zambia")
    assert any(actor == "zambia" and role == "Beneficiary" for actor, _, role in found)
    assert any(role == "Funder" and actor != "zambia" for actor, _, role in found)


def test_the_states_own_programme_named_after_it_does_not_serve_it() -> None:
    """The state that runs or pays for a programme with its name is no beneficiary of it."""
    found = funds("Zambia funds the Zambia Cyber Skills Programme with ZMW 20 million.", "Zambia")
    assert not any(role == "Beneficiary" for _, _, role in found)


def test_a_state_joined_to_another_name_by_a_hyphen_is_a_partnership() -> None:
    """"the ASEAN-Cambodia Cyber Centre, funded by Japan": the name says whose partnership, not whom it serves."""
    found = funds("Cambodia hosts the ASEAN-Cambodia Cyber Centre, which Japan funds with JPY 300 million.", "Cambodia")
    assert ("cambodia", "Beneficiary") not in {(actor, role) for actor, _, role in found}


def test_a_programme_named_in_quotes_after_its_kind() -> None:
    """'the programme "X"' names X as 'the "X" programme' does; its funder and implementer take their roles."""
    found = funds('Malawi benefits from the EU-funded programme "Cyber Resilience for Southern Africa", implemented '
                  "by Expertise France.", "Malawi")
    assert {("malawi", "cyber-resilience-for-southern-africa", "Beneficiary"),
            ("eu", "cyber-resilience-for-southern-africa", "Funder")} <= found


# --- a recipient's frame ---------------------------------------------------------------------------------------------

def test_what_a_recipient_does_at_a_programme_it_receives() -> None:
    """"As a recipient, Bhutan has sent officials to X": the frame says the state is on the receiving end."""
    found = funds("As a recipient, Bhutan has sent two Bhutanese officials to the ASEAN-Japan Cybersecurity Capacity "
                  "Building Centre (AJCCBC) in Bangkok.", "Bhutan")
    assert ("bhutan", "Beneficiary") in {(actor, role) for actor, _, role in found}


def test_what_a_provider_does_at_a_programme_it_does_not_receive() -> None:
    found = funds("As a provider, Bhutan has sent Bhutanese trainers to the ASEAN-Japan Cybersecurity Capacity Building "
                  "Centre (AJCCBC) in Bangkok.", "Bhutan")
    assert ("bhutan", "Beneficiary") not in {(actor, role) for actor, _, role in found}


def test_a_recipient_before_a_colon_receives_what_the_clause_after_it_funds() -> None:
    found = funds("The country is at the same time a recipient: the EU finances, with EUR 3 million, a cyber "
                  "resilience project implemented by Expertise France.", "Fiji")
    assert ("fiji", "Beneficiary") in {(actor, role) for actor, _, role in found}
    assert ("eu", "Funder") in {(actor, role) for actor, _, role in found}


def test_a_donor_before_a_colon_receives_nothing() -> None:
    found = funds("The country is at the same time a donor: the EU finances, with EUR 3 million, a cyber resilience "
                  "project implemented by Expertise France.", "Fiji")
    assert ("fiji", "Beneficiary") not in {(actor, role) for actor, _, role in found}
