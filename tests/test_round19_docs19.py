"""Round 19 (docs19): laws, strategies, agreements and conventions.

A bill that would ratify or accede to a convention ("a ratification bill was tabled in 2024", "a bill to ratify it was
adopted by the government in 2025 and sent to parliament") is a step towards the convention, a Planned convention row
dated by the step, and no law of the state's; a negation before ", although" is its own clause's. A relative clause
telling what a body did to the convention ("the Ad Hoc Committee that negotiated the Convention, signed it") is no
hedge of the step after it. An agreement "signed with X in 2014" that "was terminated in 2021" is two claims: the
signing and the end, each with its own year. Every sentence is invented; the paragraph opens with a sentence naming
its state."""

from __future__ import annotations

import pytest

from tests.invented import labelled_facts


def _facts(text: str, state: str) -> set[tuple[str, str, str, str, str]]:
    """(relation, subject label, object label, year, status) of each fact but the opening membership."""
    return {(f.relation, f.subject, f.object, f.year, f.status) for f in labelled_facts(text, state)}


def _conventions(text: str, state: str) -> set[tuple[str, str, str]]:
    return {(obj, year, status) for relation, subject, obj, year, status in _facts(text, state)
            if relation == "partyTo" and subject == state}


def _documents(text: str, state: str) -> set[str]:
    return {obj for relation, _, obj, _, _ in _facts(text, state) if relation == "issued"}


MALABO = "African Union Convention on Cyber Security and Personal Data Protection"
PROTOCOL = "Second Additional Protocol to the Convention on Cybercrime"
UN_CONVENTION = "United Nations Convention against Cybercrime"


@pytest.mark.parametrize("text, state, expected", [
    ("Nepal signed the African Union Convention on Cyber Security and Personal Data Protection (Malabo Convention) in "
     "March 2017 and has not ratified it, although a ratification bill was tabled in 2023.", "Nepal",
     {(MALABO, "2017", "Signed"), (MALABO, "2023", "Planned")}),
    ("Benin signed the AU's Malabo Convention on Cyber Security and Personal Data Protection in May 2018; a bill to "
     "ratify it was introduced in the National Assembly in 2022.", "Benin",
     {(MALABO, "2018", "Signed"), (MALABO, "2022", "Planned")}),
    ("Croatia signed the Second Additional Protocol on 3 June 2023, and a bill to ratify it was approved by the "
     "government in 2024 and forwarded to the Sabor.", "Croatia",
     {(PROTOCOL, "2023", "Signed"), (PROTOCOL, "2024", "Planned")}),
])
def test_a_ratification_bill_is_a_planned_convention_row_and_no_law(text: str, state: str,
                                                                    expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _conventions(text, state)
    assert not any("ratif" in label.lower() for label in _documents(text, state))


def test_a_bill_to_ratify_passed_by_parliament_is_no_plan() -> None:
    text = ("Togo signed the Second Additional Protocol in 2022, and a bill to ratify it was adopted by the National "
            "Assembly in 2024.")
    assert not any(status == "Planned" for _, _, status in _conventions(text, "Togo"))


@pytest.mark.parametrize("text, state", [
    ("Fiji took part in the Ad Hoc Committee that negotiated the UN Convention against Cybercrime, signed the "
     "Convention at the ceremony in Hanoi in October 2025 and has said it intends to ratify it.", "Fiji"),
    ("Mongolia took part in the Ad Hoc Committee that drafted the UN Convention against Cybercrime and signed the "
     "convention in Hanoi in October 2025.", "Mongolia"),
    ("Laos voted for the resolution and took part in the Ad Hoc Committee that negotiated the UN Convention against "
     "Cybercrime, which it signed at the ceremony in Hanoi in October 2025.", "Laos"),
])
def test_the_committee_that_negotiated_the_convention_does_not_hedge_its_signature(text: str, state: str) -> None:
    assert (UN_CONVENTION, "2025", "Signed") in _conventions(text, state)


def test_negotiating_the_convention_still_hedges() -> None:
    text = "Vanuatu is negotiating the UN Convention against Cybercrime and has signed no text."
    assert not any(status == "Signed" for _, _, status in _conventions(text, "Vanuatu"))


@pytest.mark.parametrize("text, state, partner, signed, ended, status", [
    ("An ICT cooperation agreement signed with Austria in 2012 was terminated in 2019 when relations soured.",
     "Iceland", "Austria", "2012", "2019", "Terminated"),
    ("A memorandum on digital government signed with Namibia in 2015 was suspended in March 2020, when the two "
     "governments fell out.", "Malawi", "Namibia", "2015", "2020", "Suspended"),
])
def test_signed_with_a_partner_then_ended_is_two_claims(text: str, state: str, partner: str, signed: str, ended: str,
                                                       status: str) -> None:
    found = {(obj, year, st) for relation, _, obj, year, st in _facts(text, state) if relation == "hasAgreementWith"}
    assert {(partner, signed, "Signed"), (partner, ended, status)} <= found


def test_an_ended_agreement_without_a_year_of_its_own_stays_one_claim() -> None:
    text = "A memorandum signed with Jamaica in 2016 has expired."
    found = {(obj, year, st) for relation, _, obj, year, st in _facts(text, "Barbados") if relation == "hasAgreementWith"}
    assert found == {("Jamaica", "2016", "Expired")}


@pytest.mark.parametrize("text, state, name, year", [
    ("Computer offences are a matter for the Special Law against Computer and Related Offences, adopted in March 2014.",
     "Honduras", "Special Law against Computer and Related Offences", "2014"),
    ("The Organic Law against Discrimination, for Equality and Inclusion, adopted in June 2019, has been used against "
     "bloggers.", "Panama", "Organic Law against Discrimination, for Equality and Inclusion", "2019"),
])
def test_what_a_law_is_against_is_part_of_its_name(text: str, state: str, name: str, year: str) -> None:
    found = {(obj, year) for relation, _, obj, year, _ in _facts(text, state) if relation == "issued"}
    assert (name, year) in found
    assert not any(obj in ("Special Law", "Organic Law") for obj, _ in found)


def test_against_in_lower_case_is_no_part_of_the_name() -> None:
    text = "The Cybercrime Act, adopted in 2018, is used against bloggers."
    found = {obj for relation, _, obj, _, _ in _facts(text, "Benin") if relation == "issued"}
    assert found == {"Cybercrime Act"}


@pytest.mark.parametrize("text, state", [
    ("Denmark signed the Second Additional Protocol in 2023, and the government has said it intends to ratify it once "
     "the necessary amendments to the Administration of Justice Act are in place.", "Denmark"),
    ("Slovakia intends to sign the Second Additional Protocol once the planned changes to the Criminal Procedure Code "
     "have been made.", "Slovakia"),
])
def test_planned_amendments_to_a_law_are_no_planned_law(text: str, state: str) -> None:
    assert not {(obj, status) for relation, _, obj, _, status in _facts(text, state) if relation == "issued"}


@pytest.mark.parametrize("text, state, name, year", [
    ("A second National Cybersecurity Strategy, covering 2025-2030, was adopted in April 2025 after a long "
     "consultation.", "Luxembourg", "National Cybersecurity Strategy", "2025"),
    ("A new National Cyber Security Strategy, for 2023-2027, was unveiled by the government in February 2023.",
     "Slovenia", "National Cyber Security Strategy", "2023"),
])
def test_the_period_a_document_covers_is_no_predicate(text: str, state: str, name: str, year: str) -> None:
    found = {(obj, year, status) for relation, _, obj, year, status in _facts(text, state) if relation == "issued"}
    assert (name, year, "Adopted") in found


def test_an_amendment_to_a_law_is_still_a_text_of_its_own() -> None:
    text = "The government has announced that it will prepare an amendment to the Act on the Intelligence Service."
    assert {status for relation, _, _, _, status in _facts(text, "Austria") if relation == "issued"} == {"Planned"}


@pytest.mark.parametrize("text, state, name, year, status", [
    ("In 2025 the ministry published for comment a draft Digital Resilience Bill, which would set up a National Resilience "
     "Board.", "Namibia", "Digital Resilience Bill", "2025", "Draft"),
    ("In 2023 parliament passed the Cyber Resilience Act, which will create a sector regulator.", "Malawi",
     "Cyber Resilience Act", "2023", "Adopted"),
])
def test_what_a_text_would_do_at_the_end_of_its_sentence_is_no_plan_for_it(text: str, state: str, name: str, year: str,
                                                                            status: str) -> None:
    found = {(obj, year, st) for relation, _, obj, year, st in _facts(text, state) if relation == "issued"}
    assert (name, year, status) in found
    assert not any(st == "Planned" for obj, _, st in found if obj == name)
