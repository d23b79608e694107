"""Round 25, names: an office-holder's body named whole ("the Attorney General's Chambers"), and "the two bodies"
never a host (invented sentences only)."""

from __future__ import annotations

import pytest

from tests.invented import labelled_facts, paragraph_result


def labels(text: str, state: str) -> set[str]:
    return {e.label for e in paragraph_result(text, state).gazetteer.entities.values() if not e.reference}


@pytest.mark.parametrize("sentence, name", [
    ("The Attorney General's Chambers drafted the Cybercrime Act, which Parliament passed in 2019.",
     "Attorney General's Chambers"),
    ("The national position was prepared by the Attorney-General's Department with the Ministry of Foreign Affairs.",
     "Attorney-General's Department"),
    ("The Auditor General’s Office reviewed the national CERT in 2022.", "Auditor General's Office"),
    ("The Public Prosecutor's Office set up a cybercrime unit in 2020.", "Public Prosecutor's Office"),
])
def test_an_office_holders_body_is_named_whole(sentence: str, name: str) -> None:
    found = labels(sentence, "Malta")
    assert name in found
    assert not found & {"Chambers", "Department", "Office", "General's Chambers", "Prosecutor's Office"}


def test_the_states_lawyers_are_its_agency() -> None:
    facts = labelled_facts("The Attorney General's Chambers drafted the Cybercrime Act, which Parliament passed in "
                           "2019.", "Malta")
    assert ("agencyOf", "Attorney General's Chambers", "Malta") in {(f.relation, f.subject, f.object) for f in facts}


def test_a_states_possessive_stays_outside_the_name() -> None:
    found = labels("Iceland's Cyber Security Office signed a memorandum with the Nordic CERT in 2021.", "Iceland")
    assert "Cyber Security Office" in found and not any("Iceland's" in label for label in found)


def test_a_possessive_before_no_body_word_is_no_name() -> None:
    found = labels("The President's decree of 2020 created the Cyber Security Authority (CSA).", "Cyprus")
    assert not any("President's" in label for label in found)


def test_the_two_bodies_are_not_the_office_one_was_put_in() -> None:
    facts = labelled_facts(
        "Malta's cyber policy began with a 2012 decision, which set up the Cyber Bureau (MCB) in the Prime Minister's "
        "Office. A 2015 decision created the Cyber Security Authority (MCSA). The two bodies were merged into the Malta "
        "Cyber Directorate (MCD) in 2018.", "Malta")
    merged = {(f.subject, f.object, f.year) for f in facts if f.relation == "mergedInto"}
    assert merged == {("Cyber Bureau", "Malta Cyber Directorate", "2018"),
                      ("Cyber Security Authority", "Malta Cyber Directorate", "2018")}


@pytest.mark.parametrize("sentence, law, year", [
    ("The legal foundation is Law 11-07 of 5 August 2011 on the prevention of offences.", "Law 11-07", "2011"),
    ("The cornerstone of the framework is Decree No. 88/2017 of 14 March 2017.", "Decree No. 88/2017", "2017"),
    ("The legal foundation is Law 11-07 of 2011.", "Law 11-07", "2011"),
])
def test_a_law_dated_by_its_whole_date_is_adopted(sentence: str, law: str, year: str) -> None:
    facts = labelled_facts(sentence, "Malawi")
    assert ("issued", "Malawi", law, year, "Adopted") in {(f.relation, f.subject, f.object, f.year, f.status)
                                                          for f in facts}


def test_a_date_after_a_law_is_no_status_when_the_clause_drafts_it() -> None:
    facts = labelled_facts("A draft of Law 11-07 of 5 August 2011 was circulated for comment in 2010.", "Malawi")
    assert not any(f.relation == "issued" and f.status == "Adopted" for f in facts)


def test_the_time_after_the_office_a_body_was_put_in_is_its_creations() -> None:
    facts = labelled_facts("A Cybercrime Unit was set up in the Public Prosecutor's Office in 2019.", "Malawi")
    assert ("Cybercrime Unit", "2019") in {(f.subject, f.year) for f in facts if f.relation == "agencyOf"}
