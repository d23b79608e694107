"""Round 24, subject24: who acts when a clause's subject is a named body that is not the profile's state (invented
sentences only)."""

from __future__ import annotations

from tests.invented import labelled_facts


def rows(text: str, state: str, relation: str) -> set[tuple[str, str, str]]:
    """(actor, counterpart, through) of the paragraph's facts of ``relation``."""
    return {(f.subject, f.object, f.through) for f in labelled_facts(text, state) if f.relation == relation}


def test_an_unknown_institute_that_signs_is_no_act_of_the_profile_state():
    found = rows("Malawi has a small cyber community. The Lilongwe Institute of Technology signed a memorandum of "
                 "understanding with Estonia in 2031.", "Malawi", "hasAgreementWith")
    assert not any(actor == "Malawi" for actor, _, _ in found)


def test_an_unknown_company_with_an_apposition_that_signs_is_no_act_of_the_profile_state():
    found = rows("Malta is a small market. Acme Telecom Corporation, a software vendor, signed a memorandum of "
                 "understanding with Slovenia in 2030.", "Malta", "hasAgreementWith")
    assert not found


def test_a_later_clause_opened_by_a_foundation_is_the_foundation_s_act():
    found = rows("Malta works with its neighbours. Malta signed a memorandum with Cyprus in 2029, and the Gozo Digital "
                 "Foundation signed an agreement with Slovenia in 2031.", "Malta", "hasAgreementWith")
    assert ("Malta", "Cyprus", "") in found
    assert not any(partner == "Slovenia" for _, partner, _ in found)


def test_a_foundation_named_after_a_preposition_leaves_the_state_its_act():
    found = rows("Malta works with its neighbours. With the help of the Gozo Digital Foundation, Malta signed a "
                 "memorandum with Cyprus in 2029.", "Malta", "hasAgreementWith")
    assert ("Malta", "Cyprus", "") in found


def test_a_known_agency_of_the_state_still_acts_for_it():
    found = rows("Malta works with its neighbours. The Malta Information Technology Agency (MITA) signed an agreement "
                 "with Estonia in 2029.", "Malta", "hasAgreementWith")
    assert ("Malta", "Estonia", "Malta Information Technology Agency") in found
