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


def exercises(text: str, state: str) -> set[tuple[str, str, str]]:
    """(actor, exercise, year) of the paragraph's participations."""
    return {(f.subject, f.object, f.year) for f in labelled_facts(text, state) if f.relation == "participatesIn"}


def test_officers_who_attend_an_exercise_as_observers_take_no_part_in_it():
    found = exercises("Malawi is a small cyber power. The national team took part in the Africa Regional Cyber Drill in "
                      "2031, and Malawian officers attended NATO's Cyber Coalition in 2032 as observers only.", "Malawi")
    assert not any(exercise == "Cyber Coalition" for _, exercise, _ in found)


def test_observers_who_field_no_team_take_no_part():
    found = exercises("Nepal is a small cyber power. Nepalese observers attended Locked Shields in 2031 without fielding "
                      "a team.", "Nepal")
    assert not any(exercise == "Locked Shields" for _, exercise, _ in found)


def test_followed_as_observers_not_as_players_leaves_the_other_stretch_its_part():
    found = exercises("Malawi is a small cyber power. Malawian teams competed in the Africa Regional Cyber Drill in 2031, "
                      "and Malawian officers followed NATO's Cyber Coalition exercise that year as observers, not as "
                      "players.", "Malawi")
    assert ("Malawi", "Africa Regional Cyber Drill", "2031") in {(a, e, y) for a, e, y in found}
    assert not any(exercise == "Cyber Coalition" for _, exercise, _ in found)


def test_a_part_taken_after_years_as_observers_is_a_part():
    found = exercises("Nepal is a small cyber power. Nepalese teams took part in Locked Shields for the first time in "
                      "2032, having previously attended only as observers.", "Nepal")
    assert ("Nepal", "Locked Shields", "2032") in found


def test_teams_that_took_part_as_observers_took_part():
    found = exercises("Nepal is a small cyber power. Nepalese teams took part in the Cyber Coalition exercise as observers "
                      "in 2031.", "Nepal")
    assert ("Nepal", "Cyber Coalition", "2031") in found


def test_an_acronym_defined_after_the_body_was_named_is_that_body_s_name():
    text = ("Malta is a small state. A 2029 regulation of the Ministry of Communications sets rules for networks.\n\n"
            "The Ministry of Communications (MINCOM) is the lead civilian body.\n\n"
            "Malta signed an agreement with Mongolia in 2029, and MINCOM concluded a memorandum of understanding with "
            "Nepal in 2031.")
    found = rows(text, "Malta", "hasAgreementWith")
    assert ("Malta", "Nepal", "Ministry of Communications") in found
    assert ("Malta", "Mongolia", "") in found


def test_the_agency_that_signed_in_a_passive_is_the_acting_body():
    text = ("Malta is a small state. The Ministry of Communications (MINCOM) is the lead civilian body. A memorandum with "
            "Nepal was signed by MINCOM in April 2031.")
    assert ("Malta", "Nepal", "Ministry of Communications") in rows(text, "Malta", "hasAgreementWith")
