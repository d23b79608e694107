"""Round 21 (lead): a state's central bank and sector regulators, and the body a document is issued through.

A bank named after its state ("the Central Bank of X", "the Bank of X", "the National Bank of X") is one of the state's
bodies even without an acronym; a "Superintendency" or "Superintendence" is a sector's regulator. A body that issues a
text on cyber security of its own ("issued a Cyber Risk Regulation", "adopted its Cyber Security Framework") has a
cyber role, as one that runs a CSIRT has; the cabinet or the legislature adopting a text does not become an agency. A
document a body of the state issues stays the state's and records the body it was issued through.

An act's number after its name ("the X Act No. 3 of 2025", "the Y Act (YA) No. 9 of 2022") is no word of the name:
the name keeps its words and the number's year dates it. The items of a list that a colon or a dash opens take the
year its lead gives them ("three statutes of 2009 - A, B and C - …"). Every sentence is invented; the paragraph opens
with a sentence naming its state."""

from __future__ import annotations

from tests.invented import labelled_facts


def _agencies(text: str, state: str) -> set[str]:
    return {f.subject for f in labelled_facts(text, state) if f.relation == "agencyOf" and f.object == state}


def _issued(text: str, state: str) -> set[tuple[str, str, str, str]]:
    return {(f.subject, f.object, f.year, f.through) for f in labelled_facts(text, state) if f.relation == "issued"}


def test_a_bank_named_after_its_state_is_its_body():
    text = ("The Central Bank of Croatia issued a Cyber Risk Regulation for banks in 2019. The Bank of Croatia "
            "has operated a financial-sector CSIRT since 2022.")
    # (since round 25 the team it runs, named by its sector, is the state's CERT too: "Bank of Croatia financial-sector
    # CSIRT")
    assert _agencies(text, "Croatia") == {"Central Bank of Croatia", "Bank of Croatia",
                                          "Bank of Croatia financial-sector CSIRT"}


def test_a_regulator_issues_through_itself():
    found = _issued("In 2018 the National Bank of Malta issued its Cyber Security Regulation for payment firms.", "Malta")
    assert found == {("Malta", "Cyber Security Regulation", "2018", "National Bank of Malta")}
    assert _agencies("In 2018 the National Bank of Malta issued its Cyber Security Regulation for payment firms.",
                     "Malta") == {"National Bank of Malta"}


def test_a_superintendency_is_a_regulator():
    text = "The Superintendency of Insurance published a Cyber Resilience Regulation for insurers in 2021."
    assert _issued(text, "Panama") == {("Panama", "Cyber Resilience Regulation", "2021", "Superintendency of Insurance")}
    assert _agencies(text, "Panama") == {"Superintendency of Insurance"}


def test_a_text_on_something_else_gives_no_cyber_role():
    assert _agencies("The Central Bank of Benin issued a Regulation on Mobile Payments in 2020.", "Benin") == set()


def test_the_cabinet_adopting_a_strategy_is_no_agency():
    text = "The Federal Council adopted a National Cyber Strategy in 2021."
    assert _agencies(text, "Austria") == set()
    assert {(s, o, y) for s, o, y, _ in _issued(text, "Austria")} == {("Austria", "National Cyber Strategy", "2021")}


def test_a_commercial_bank_named_after_no_state_is_no_body():
    text = "Hackers stole data from the Bank of Valletta Holdings in 2020."
    assert _agencies(text, "Malta") == set()


def _laws(text: str, state: str) -> set[tuple[str, str, str]]:
    return {(o, y, st) for s, o, y, st in ((f.subject, f.object, f.year, f.status) for f in labelled_facts(text, state)
                                           if f.relation == "issued") if s == state}


def test_an_acts_number_is_no_word_of_its_name():
    text = "In 2025 Parliament passed the Cyber Security Act No. 3 of 2025 and the Computer Crimes Act No. 4 of 2025."
    assert _laws(text, "Iceland") == {("Cyber Security Act 3", "2025", "Adopted"),
                                      ("Computer Crimes Act 4", "2025", "Adopted")}


def test_an_acts_number_after_its_short_name_dates_it():
    text = "Cyprus adopted the Personal Data Protection Act (PDPA) No. 9 of 2021, whose entry into force was delayed."
    assert _laws(text, "Cyprus") == {("Personal Data Protection Act", "2021", "Adopted")}


def test_a_lists_lead_dates_its_items():
    colon = ("The legal core consists of three statutes of 2008: the Computer Misuse Act, the Electronic Records Act "
             "and the Digital Signatures Act.")
    assert _laws(colon, "Slovakia") == {("Computer Misuse Act", "2008", "Adopted"),
                                        ("Electronic Records Act", "2008", "Adopted"),
                                        ("Digital Signatures Act", "2008", "Adopted")}
    dash = ("The legal core consists of three statutes of 2008 - the Computer Misuse Act, the Electronic Records Act "
            "and the Digital Signatures Act - to which Parliament added the Data Protection Act in 2017.")
    assert _laws(dash, "Slovakia") == {("Computer Misuse Act", "2008", "Adopted"),
                                       ("Electronic Records Act", "2008", "Adopted"),
                                       ("Digital Signatures Act", "2008", "Adopted"),
                                       ("Data Protection Act", "2017", "Adopted")}


def test_a_list_with_an_undated_lead_stays_undated():
    text = "The legal core consists of three statutes: the Computer Misuse Act, the Electronic Records Act."
    assert _laws(text, "Slovakia") == set()
