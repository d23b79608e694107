"""Round 21 (lead): a state's central bank and sector regulators, and the body a document is issued through.

A bank named after its state ("the Central Bank of X", "the Bank of X", "the National Bank of X") is one of the state's
bodies even without an acronym; a "Superintendency" or "Superintendence" is a sector's regulator. A body that issues a
text on cyber security of its own ("issued a Cyber Risk Regulation", "adopted its Cyber Security Framework") has a
cyber role, as one that runs a CSIRT has; the cabinet or the legislature adopting a text does not become an agency. A
document a body of the state issues stays the state's and records the body it was issued through. Every sentence is
invented; the paragraph opens with a sentence naming its state."""

from __future__ import annotations

from tests.invented import labelled_facts


def _agencies(text: str, state: str) -> set[str]:
    return {f.subject for f in labelled_facts(text, state) if f.relation == "agencyOf" and f.object == state}


def _issued(text: str, state: str) -> set[tuple[str, str, str, str]]:
    return {(f.subject, f.object, f.year, f.through) for f in labelled_facts(text, state) if f.relation == "issued"}


def test_a_bank_named_after_its_state_is_its_body():
    text = ("The Central Bank of Croatia issued a Cyber Risk Regulation for banks in 2019. The Bank of Croatia "
            "has operated a financial-sector CSIRT since 2022.")
    assert _agencies(text, "Croatia") == {"Central Bank of Croatia", "Bank of Croatia"}


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
