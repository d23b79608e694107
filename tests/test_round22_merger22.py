"""Round 22, merger22: a body moved into another, in every wording -- transferred whole (with the year between the
verb and "into", "from" its old home, after a second relative clause, by a pronoun opening its sentence, by "that
CERT"), its staff and functions moved ("whose staff were transferred to"), taken over (a kind named as a name before
the body's own name), carved out (each moved part a row), turned into the core of a new body, merged with another "to
form" a third, and a named part ("the Cyber Wing of the X") moved. Every sentence is invented."""

from __future__ import annotations

from tests.invented import labelled_facts


def merged(text: str, state: str) -> set[tuple[str, str, str]]:
    """(merged body, successor, year) of the paragraph's mergers."""
    return {(f.subject, f.object, f.year) for f in labelled_facts(text, state) if f.relation == "mergedInto"}


def test_second_relative_clause_tells_the_move_with_its_year_before_into() -> None:
    found = merged("Incident handling is organised around the national computer emergency response team, CERT-MT, "
                   "which the Malta Communications Authority (MCA) launched in 2011 and which was transferred in 2023 "
                   "into the new National Cyber Security Centre of Malta (NCSCM).", "Malta")
    assert ("CERT-MT", "National Cyber Security Centre of Malta", "2023") in found
    assert not {row for row in found if row[0] == "Malta Communications Authority"}  # who launched it did not move


def test_pronoun_opening_its_sentence_is_the_body_the_sentence_before_opened_with() -> None:
    found = merged("The Cyprus Government CERT (GovCERT.CY) was set up in 2012 within the Cyprus Digital Office (CDO). "
                   "It was transferred into the Cyprus Security Agency (CSA) in 2021.", "Cyprus")
    assert found == {("Cyprus Government CERT", "Cyprus Security Agency", "2021")}


def test_transferred_to_it_is_the_body_set_up_not_where_it_is_attached() -> None:
    found = merged("In 2020 a decree set up the Vanuatu Cyber Defence Centre (VCDC), attached to the Vanuatu Police "
                   "Force (VPF), as the national authority, and the Vanuatu Computer Emergency Response Team (VUCERT) "
                   "was transferred to it.", "Vanuatu")
    assert {(s, o) for s, o, _ in found} == {("Vanuatu Computer Emergency Response Team", "Vanuatu Cyber Defence Centre")}


def test_transferred_from_one_home_to_another() -> None:
    found = merged("The Slovenia Cyber Council (SCC) was created in 2020. The Slovenia Telecoms Regulator (STR) "
                   "created the national team, SI-CERT, in 2008; SI-CERT was transferred from the STR to the SCC in "
                   "2021.", "Slovenia")
    assert ("SI-CERT", "Slovenia Cyber Council", "2021") in found
    assert not {row for row in found if row[1] == "Slovenia Telecoms Regulator"}


def test_whose_staff_and_functions_were_transferred() -> None:
    found = merged("The national CERT, LAOCERT, was founded in 2008 within the Laos Technology Authority (LTA), whose "
                   "staff and functions were transferred to the Laos Ministry of Posts (LMP) in 2013.", "Laos")
    assert ("Laos Technology Authority", "Laos Ministry of Posts", "2013") in found
    assert not {row for row in found if row[0] == "LAOCERT"}


def test_a_move_read_twice_is_one_dated_row() -> None:
    found = merged("The Fiji Cyber Agency (FCA) absorbed the Fiji Information Technology Office (FITO), whose staff "
                   "were transferred to the FCA in 2014.", "Fiji")
    assert found == {("Fiji Information Technology Office", "Fiji Cyber Agency", "2014")}


def test_took_over_a_kind_named_as_a_name_then_the_body() -> None:
    found = merged("The Togo Cyber Security Authority (TCSA) became operational in 2018 and took over the national "
                   "Computer Security Incident Response Team, TG-CSIRT, which had been set up in 2014.", "Togo")
    assert {s for s, _, _ in found} == {"TG-CSIRT"}
    assert {o for _, o, _ in found} == {"Togo Cyber Security Authority"}


def test_carved_out_each_moved_part_is_a_row() -> None:
    found = merged("Since 2017 the lead body has been the Benin Cyber Agency (BCA), based in Cotonou, which was carved "
                   "out of the BSO: the BSO's Benin Cyber Centre (BCC) and the governmental CERT, GovCERT.BJ, were "
                   "transferred to the new agency on that date.", "Benin")
    assert {(s, o) for s, o, _ in found} == {("Benin Cyber Centre", "Benin Cyber Agency"),
                                             ("GovCERT.BJ", "Benin Cyber Agency")}


def test_turned_into_the_core_of_a_new_body() -> None:
    found = merged("A 2024 law turned LU-CERT, the national incident response team founded in 2006 under the "
                   "Luxembourg Institute of Computing (LIC), into the core of a new Luxembourg Cyber Centre (LCC).",
                   "Luxembourg")
    assert {(s, o) for s, o, _ in found} == {("LU-CERT", "Luxembourg Cyber Centre")}


def test_merged_with_another_to_form_a_third_both_go_into_it() -> None:
    found = merged("The Jamaica Telecoms Department (JTD) was merged with the Jamaica Post Department (JPD) in 2019 "
                   "to form the Jamaica Digital Department (JDD).", "Jamaica")
    assert {(s, o) for s, o, _ in found} == {("Jamaica Telecoms Department", "Jamaica Digital Department"),
                                             ("Jamaica Post Department", "Jamaica Digital Department")}


def test_named_part_of_a_body_moved_into_which() -> None:
    found = merged("The 2025 law created the Nepal Cyber Crime Bureau (NCCB), into which the Cyber Crime Wing of the "
                   "Nepal Police Service (NPS) was transferred with its staff.", "Nepal")
    assert {(s, o) for s, o, _ in found} == {("Cyber Crime Wing of the Nepal Police Service", "Nepal Cyber Crime Bureau")}


def test_created_to_take_over_functions_of_a_body_merged_into_it() -> None:
    found = merged("The Malawi Digital Institute (MDI), created in 2016 to take over the functions of the Malawi "
                   "Computing Centre (MCC), which was merged into it, runs the state's data centres.", "Malawi")
    assert found == {("Malawi Computing Centre", "Malawi Digital Institute", "2016")}


def test_which_and_which_absorbed_is_the_first_body() -> None:
    found = merged("The lead institution is the Honduras Data Authority (HDA), which reports to the Office of the "
                   "President and which, in 2023, absorbed the Honduras e-Government Unit (HEGU).", "Honduras")
    assert found == {("Honduras e-Government Unit", "Honduras Data Authority", "2023")}


def test_that_cert_was_transferred() -> None:
    found = merged("Barbados set up the Barbados Government CERT (BBGCERT) in 2015 within the Barbados Information "
                   "Agency (BIA); that CERT was transferred in 2019 into the Barbados Ministry of Innovation (BMI).",
                   "Barbados")
    assert ("Barbados Government CERT", "Barbados Ministry of Innovation", "2019") in found


def test_a_hedged_transfer_is_no_merger() -> None:
    assert not merged("The Panama Government CERT (PAGCERT) was set up in 2015. It is expected to be transferred into "
                      "the Panama Cyber Agency (PCA) in 2027.", "Panama")
