"""Round 11 (law11): what is announced or before the legislature but not yet there. A body whose creation "has yet to
be set up" or "is still to come" is Planned (the shared STILL_TO_COME cue of the planned-body and future-after
readers); a bill that "had yet to complete its passage" is Proposed. Every sentence is invented."""

from __future__ import annotations

from tests.test_resilience_variants import rows  # (one helper for invented profiles)


# --- bodies announced, not yet there --------------------------------------------------------------------------

def test_unnamed_cert_announced_has_yet_to_be_set_up_is_planned() -> None:
    found = rows("Malawi hosts a regional hub. A CSIRT for mobile-money operators, announced in the 2024 digital "
                 "plan, has yet to be set up.", "agencyOf")
    assert ("CSIRT for mobile-money operators", "Malawi", "", "Planned") in found


def test_unnamed_cert_still_to_come_is_planned() -> None:
    found = rows("Botswana is a small market. A water-sector CSIRT, announced after the drought of 2022, is also "
                 "still to come.", "agencyOf")
    assert ("Water-sector CSIRT", "Botswana", "", "Planned") in found


def test_named_cert_announced_but_still_to_be_set_up_is_planned_not_existing() -> None:
    found = rows("Iceland is a small market. A sectoral CSIRT-Energy for the power sector has been announced but is "
                 "still to be set up.", "agencyOf")
    assert ("CSIRT-Energy", "Iceland", "", "Planned") in found
    assert not any(row[0] == "CSIRT-Energy" and row[3] == "" for row in found)


def test_body_already_set_up_stays_existing() -> None:
    found = rows("Lesotho is a small market. LsCERT was set up in 2020, but the sector teams are still to come.",
                 "agencyOf")
    assert ("LsCERT", "Lesotho", "2020", "") in found


# --- bills not yet through the legislature ----------------------------------------------------------------------

def test_bill_with_passage_not_completed_is_proposed() -> None:
    found = rows("Malawi is a small market. The Electronic Transactions Act of 2016 is the legal core, while an "
                 "Electronic Transactions (Amendment) Bill tabled in 2025 had yet to complete its passage through "
                 "Parliament at the time of writing.", "issued")
    assert ("Malawi", "Electronic Transactions (Amendment) Bill", "2025", "Proposed") in found
    assert ("Malawi", "Electronic Transactions Act", "2016", "Adopted") in found


def test_bill_yet_to_clear_parliament_is_proposed() -> None:
    found = rows("Botswana is a small market. The Cybercrime and Computer Related Crimes Bill, tabled in 2024, has "
                 "yet to clear parliament.", "issued")
    assert ("Botswana", "Cybercrime and Computer Related Crimes Bill", "2024", "Proposed") in found


def test_strategy_yet_to_complete_consultation_is_not_proposed() -> None:
    found = rows("Iceland is a small market. The Data Governance Strategy has yet to complete its consultation.",
                 "issued")
    assert not any(row[3] == "Proposed" for row in found)


# --- a text cited in another's clause takes none of that clause's status -------------------------------------------

def test_directive_a_pending_amendment_would_transpose_is_not_the_states_draft() -> None:
    found = rows("Slovenia is an EU member. The Information Security Act of 2018 is the core, and an amendment meant "
                 "to transpose the NIS2 Directive has gone through several drafts since 2024 and is still pending.",
                 "issued")
    assert not any(row[1] == "NIS2 Directive" for row in found)


def test_act_the_council_agreed_a_position_on_is_not_the_presidencys_law() -> None:
    found = rows("Croatia held the presidency of the Council of the EU in 2020, during which the Council agreed its "
                 "position on the Digital Operational Resilience Act.", "issued")
    assert not any(row[0] == "Croatia" for row in found)


def test_states_own_draft_law_keeps_its_status() -> None:
    found = rows("Slovenia is an EU member. A draft Cybersecurity Act was published in 2024.", "issued")
    assert any(row[0] == "Slovenia" and row[3] == "Draft" for row in found)


# --- units named by their owner and a common noun ---------------------------------------------------------------------

def test_owned_unit_is_an_agency_of_the_state() -> None:
    found = rows("Slovenia is an EU member. The National Police Service's digital forensics unit works with Europol "
                 "and Interpol.", "agencyOf")
    assert ("National Police Service digital forensics unit", "Slovenia", "", "") in found


def test_owned_unit_with_acronym_and_creation_year() -> None:
    found = rows("Portugal is an EU member. The Navy's cyber defence cell (CDCN) was created in 2019.", "agencyOf")
    assert ("Navy cyber defence cell", "Portugal", "2019", "") in found


def test_owned_unit_of_a_guard() -> None:
    found = rows("Estonia is an EU member. Reservists can serve in the Border Guard's cyber security company.",
                 "agencyOf")
    assert ("Border Guard cyber security company", "Estonia", "", "") in found


def test_another_states_or_organisations_unit_is_not_ours() -> None:
    found = rows("Malawi is a small market. Its investigators trained with the Europol's cybercrime centre and the "
                 "Kenya's cybercrime unit.", "agencyOf")
    assert not any("cybercrime" in row[0] for row in found)


def test_unit_without_cyber_role_is_not_read() -> None:
    found = rows("Malawi is a small market. The Ministry of Health's procurement unit bought new servers.", "agencyOf")
    assert not any("procurement" in row[0] for row in found)


def test_named_unit_keeps_its_owner() -> None:
    found = rows("Iceland is a small market. The Icelandic Police Authority's National Cybercrime Centre (NCC), "
                 "established in 2016, cooperates with Europol.", "agencyOf")
    assert any(row[0] == "National Cybercrime Centre" for row in found)


# --- where the offences are written: the state's code, in force ---------------------------------------------------

def test_code_the_offences_are_set_out_in_is_adopted_with_its_amendment_year() -> None:
    found = rows("Slovenia is an EU member. Computer offences are set out in Articles 221-225 of the Criminal Code, "
                 "amended in 2012.", "issued")
    assert ("Slovenia", "Criminal Code", "2012", "Adopted") in found


def test_code_the_crimes_are_defined_in_is_adopted_without_a_year() -> None:
    found = rows("Malawi is a small market. Computer crimes are defined in sections 84 to 90 of the Penal Code.",
                 "issued")
    assert ("Malawi", "Penal Code", "", "Adopted") in found


def test_someone_elses_code_is_not_ours() -> None:
    found = rows("Malawi is a small market. Its drafters noted that in Kenya offences are found in the Kenyan Penal "
                 "Code, which Malawi did not follow.", "issued")
    assert not any(row[0] == "Malawi" and "Penal Code" in row[1] for row in found)
