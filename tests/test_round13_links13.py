"""Round 13 (links13), cooperation: a state body the gazetteer does not know, named as the subject of a cooperation
verb ("<Name> works closely with Europol"), is the agency the state cooperates through; a body named by words and an
acronym the text defines acts by that acronym. Every sentence is invented; each paragraph is about the state it
names first."""

from __future__ import annotations

import pytest

from cdkg.facts import Fact

from invented import paragraph_facts


def facts(text: str, state: str = "Slovenia") -> list[Fact]:
    """What the extractor reads in an invented paragraph about ``state``."""
    return paragraph_facts(text, state)


def short(key: str) -> str:
    return key.rsplit("/", 1)[-1]


def cooperations(text: str, state: str = "Slovenia") -> set[tuple[str, str, str]]:
    """(subject, partner, acting agency) of the cooperatesWith facts, by their keys' last parts."""
    return {(short(f.subject), short(f.object), short(f.through) if f.through else "")
            for f in facts(text, state) if f.relation == "cooperatesWith"}


@pytest.mark.parametrize("sentence, state, through", [
    # a proper name with a body's head word
    ("The Criminal Police Directorate works closely with Interpol and with Europol.", "Slovenia",
     "criminal-police-directorate"),
    # owned by a common noun ("the police's"), a unit's own name
    ("The police's Team Digital Crime works closely with Interpol and with Europol.", "Hungary", "team-digital-crime"),
    # a common-noun name defined by its acronym, after a relative clause and a clause of its own
    ("Computer offences were added to the Criminal Code in 2004, and the criminal police (UKPN), which runs a small "
     "forensic laboratory, cooperates with Interpol and Europol.", "Croatia", "ukpn"),
])
def test_unknown_body_as_subject_is_the_acting_agency(sentence: str, state: str, through: str) -> None:
    found = cooperations(sentence, state)
    subject = state.lower()
    assert (subject, "interpol", through) in found
    assert (subject, "europol", through) in found


def test_words_and_a_defined_acronym_name_a_known_body() -> None:
    found = cooperations("The Public Prosecutor's Office (JTZM) cooperates with Interpol and with Europol.", "Malta")
    assert ("malta", "interpol", "jtzm") in found
    assert ("malta", "europol", "jtzm") in found


@pytest.mark.parametrize("sentence, state", [
    # a common noun without a name or an acronym of its own names no body
    ("The national police cooperates with Interpol and with Europol.", "Cyprus"),
    ("Computer offences were added to the Criminal Code in 2004, and the national police, which runs a small "
     "forensic laboratory, cooperates with Interpol and Europol.", "Cyprus"),
    # the state itself is the subject
    ("Cyprus works with Interpol and with Europol.", "Cyprus"),
])
def test_no_body_where_none_is_named(sentence: str, state: str) -> None:
    found = cooperations(sentence, state)
    assert ("cyprus", "interpol", "") in found
    assert all(through == "" for _, _, through in found)


# --- the closest partners named, with a time word, a capital's possessive or "found among … in" -------------------------

@pytest.mark.parametrize("sentence, state, partners", [
    ("Greece, Cyprus and, since 2021, Croatia are Budapest's closest cyber partners.", "Hungary",
     {("greece", ""), ("cyprus", ""), ("croatia", "2021")}),
    ("Austria and Slovakia are today its closest partners on cyber matters, while trade ties look elsewhere.", "Slovenia",
     {("austria", ""), ("slovakia", "")}),
    ("Its diplomacy favours neutrality, and its closest cyber partners are found among its neighbours, in Bhutan, "
     "in Mongolia and in Cambodia.", "Nepal", {("bhutan", ""), ("mongolia", ""), ("cambodia", "")}),
])
def test_closest_partners_named(sentence: str, state: str, partners: set[tuple[str, str]]) -> None:
    found = {(short(f.object), f.year) for f in facts(sentence, state)
             if f.relation == "cooperatesWith" and short(f.subject) == state.lower()}
    assert partners <= found


def test_partners_found_elsewhere_than_a_list_are_no_partners() -> None:
    # "found" only opens the list after "partners are": a place elsewhere stays a place
    found = {short(f.object) for f in facts("Its officials meet partners in Fiji every year.", "Samoa")
             if f.relation == "cooperatesWith"}
    assert "fiji" not in found
