"""Round 17 (coop17): cooperation and agreement. Every sentence is invented; each paragraph is about the state it
names first (subjects from the brief's list of states)."""

from __future__ import annotations

import pytest

from cdkg.facts import Fact

from invented import paragraph_facts


def short(key: str) -> str:
    return key.rsplit("/", 1)[-1]


def facts(text: str, state: str) -> list[Fact]:
    return paragraph_facts(text, state)


def cooperations(text: str, state: str) -> set[tuple[str, str]]:
    """(subject, partner) of the cooperation facts, by their keys' last parts."""
    return {(short(f.subject), short(f.object)) for f in facts(text, state) if f.relation == "cooperatesWith"}


def issuers(text: str, state: str) -> dict[str, tuple[str, str]]:
    """document → (issuer, status) of the issued facts."""
    return {short(f.object): (short(f.subject), f.status) for f in facts(text, state) if f.relation == "issued"}


# --- a partner named by a predicate: one partner or several, "is", "remains", "has become", "act as", "describe as" ----

@pytest.mark.parametrize("text, state, partners", [
    ("Greece is Cyprus's closest partner in cyber matters: the two governments hold an annual dialogue on digital "
     "security.", "Cyprus", {"greece"}),
    ("Its foreign policy is shaped by the European Union, and Austria and Hungary act as its main technical partners.",
     "Slovenia", {"austria", "hungary"}),
    ("Officials describe Austria and Croatia as the country's closest partners on security questions.", "Slovenia",
     {"austria", "croatia"}),
    ("Austria remains the main partner, alongside the World Bank, the EU and, increasingly, Hungary.", "Slovakia",
     {"austria", "world-bank", "eu", "hungary"}),
    ("Bhutan's outlook is cautious. Japan remains its principal partner on cyber questions.", "Bhutan", {"japan"}),
])
def test_partners_named_by_a_predicate(text: str, state: str, partners: set[str]) -> None:
    found = cooperations(text, state)
    assert {(state.lower(), p) for p in partners} <= found
    # the partners are the state's, not each other's nor the other way round
    assert not {(s, p) for s, p in found if s != state.lower()}


def test_only_the_list_that_ends_at_the_verb_is_partnered() -> None:
    found = cooperations("Relations with Turkey remain frozen, and since 2019 Greece has become Nicosia's closest "
                         "security partner.", "Cyprus")
    assert ("cyprus", "greece") in found
    assert ("cyprus", "turkey") not in found


def test_a_capital_owner_is_its_state() -> None:
    found = cooperations("Since 2020 Ecuador has become Asunción's closest security partner.", "Paraguay")
    assert found == {("paraguay", "ecuador")}


def test_an_organisations_partner_is_no_partner_of_the_state() -> None:
    found = cooperations("Hungary remains the EU's main partner in the region.", "Slovakia")
    assert ("slovakia", "hungary") not in found


# --- a paragraph opened by "A is B's partner" / "A remains its investor" is about B, not A ---------------------------

def test_a_paragraph_opened_by_another_states_role_is_about_the_owner() -> None:
    found = issuers("It joined the OSCE in 1995.\n\nGreece is Cyprus's closest partner in cyber matters. The Computer "
                    "Crime Act was passed by parliament in 2021.", "Cyprus")
    assert found["computer-crime-act"] == ("cyprus", "Adopted")


def test_its_after_a_foreign_subject_keeps_the_paragraph_the_states() -> None:
    found = issuers("It joined the OSCE in 1995.\n\nNicosia's outlook is pragmatic: Greece remains its largest "
                    "investor, and Austria built its first data centre. The National Cybersecurity Strategy was adopted "
                    "by the cabinet in 2020.", "Cyprus")
    assert found["national-cybersecurity-strategy"] == ("cyprus", "Adopted")


def test_a_list_of_partners_as_subject_is_no_topic() -> None:
    text = ("It joined the OSCE in 1995.\n\nAustria, Hungary and Croatia are its closest partners on these questions. "
            "The Cybersecurity Act was passed by parliament in 2022.")
    assert issuers(text, "Slovenia")["cybersecurity-act"] == ("slovenia", "Adopted")
    assert cooperations(text, "Slovenia") == {("slovenia", "austria"), ("slovenia", "hungary"), ("slovenia", "croatia")}


def test_the_profiles_own_state_keeps_its_paragraph() -> None:
    found = issuers("It joined the OSCE in 1995.\n\nMalta is Italy's neighbour across the strait. The Electronic "
                    "Commerce Act was passed by parliament in 2019.", "Malta")
    assert found["electronic-commerce-act"] == ("malta", "Adopted")


# --- a law on the legislature's schedule is Planned -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A Law on Cyber Defence is on the parliament's legislative agenda for 2026.",
    "A Cybercrime Law is included in the legislative programme for 2027 but had not been tabled by the end of 2026.",
])
def test_a_law_on_the_legislative_schedule_is_planned(text: str) -> None:
    found = issuers(text, "Malta")
    assert [status for _, status in found.values()] == ["Planned"]


# --- a relative clause on one partner does not end the list: "with A, which …, and with B" ------------------------

@pytest.mark.parametrize("text, state, partners", [
    ("The Cybercrime Unit of the Zambia Police Service cooperates with Interpol, which Zambia joined in 1964, and with "
     "Afripol.", "Zambia", {"interpol", "afripol"}),
    ("Namibia works with Interpol, whose regional bureau sits in Harare, and with the Southern African Development "
     "Community.", "Namibia", {"interpol", "sadc"}),
    ("Iceland cooperates with Europol, with which it signed a strategic agreement in 2001, and with Interpol.", "Iceland",
     {"europol", "interpol"}),
])
def test_the_list_of_partners_goes_on_after_a_relative_clause(text: str, state: str, partners: set[str]) -> None:
    found = cooperations(text, state)
    assert {(state.lower(), p) for p in partners} <= found


def test_a_new_clause_after_the_relative_is_no_partner() -> None:
    found = cooperations("Malawi works with Interpol, which it joined in 1964, and Uganda works with Afripol.", "Malawi")
    assert ("malawi", "interpol") in found
    assert ("malawi", "afripol") not in found


def test_its_after_a_foreign_subjects_role_still_points_at_the_state() -> None:
    # the sentence before says what Greece is to the state: the next "its" is the state's, not Greece's
    found = cooperations("It joined the OSCE in 1995.\n\nNicosia's posture is pragmatic: Greece remains its largest "
                         "investor. In cyber matters its diplomacy runs through the European Union, where Austria and "
                         "Hungary act as its main technical partners.", "Cyprus")
    assert {("cyprus", "austria"), ("cyprus", "hungary")} <= found
    assert not {(s, p) for s, p in found if s == "greece"}


def test_a_relative_clauses_subject_is_not_carried_to_the_next_sentence() -> None:
    # "that Vienna had pressed on it": Austria is the subject of a relative clause, not whom the next sentence is about
    found = cooperations("An agreement on information security that Vienna had pressed on Ljubljana was turned down "
                         "in 2021. Regular cyber consultations are held with Croatia, Hungary and the European Union.",
                         "Slovenia")
    assert {("slovenia", "croatia"), ("slovenia", "hungary"), ("slovenia", "eu")} <= found
    assert not {(s, p) for s, p in found if s == "austria"}
