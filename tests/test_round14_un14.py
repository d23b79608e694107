"""Round 14 (un14): conventions and positions. Every sentence is invented, about states outside the corpora; each
paragraph is about the state it names first.

* conventions: a ratification or accession the state has set out to complete ("plans to submit the ratification law
  in 2027", "will complete ratification in 2027", "announced its intention to deposit an instrument of accession",
  "restated its intention to accede") is Planned, and "has not signed X but intends to sign it" is on its way (Planned),
  not outside;
* positions: forum statements dated after their noun ("in its OEWG statements of 2022") give the position its year.
"""

from __future__ import annotations

import pytest

from tests.test_round11_pos11 import read
from tests.test_round13_events13 import facts


def statuses(text: str, state: str) -> set[tuple[str, str, str]]:
    """(convention key's last part, year, status) of the state's convention facts."""
    return {(f.object.rsplit("/", 1)[-1], f.year, f.status) for f in facts(text, state)
            if f.relation == "partyTo" and f.subject == f"state/{state.lower()}"}


# --- a ratification or accession set out to be completed is Planned --------------------------------------------

@pytest.mark.parametrize("text, state, wanted", [
    ("Slovenia signed the Second Additional Protocol on 3 May 2022, and the government plans to submit the "
     "ratification law to the National Assembly in 2027.",
     "Slovenia", {("budapest-second-protocol", "2022", "Signed"), ("budapest-second-protocol", "2027", "Planned")}),
    ("Malta signed the Budapest Convention in 2001 and the cabinet has said it will complete ratification in 2027.",
     "Malta", {("budapest-convention", "2001", "Signed"), ("budapest-convention", "2027", "Planned")}),
    ("Mongolia was invited to accede to the Budapest Convention in 2019, and the government has announced its "
     "intention to deposit an instrument of accession once the new criminal code is in force.",
     "Mongolia", {("budapest-convention", "", "Planned")}),
    ("After a long review of its penal code, the government of Nepal restated its intention to accede to the "
     "Budapest Convention in 2025.",
     "Nepal", {("budapest-convention", "2025", "Planned")}),
])
def test_a_ratification_or_accession_set_out_to_be_completed_is_planned(text: str, state: str,
                                                                           wanted: set) -> None:
    assert statuses(text, state) == wanted


def test_no_intention_to_accede_is_nothing_planned() -> None:
    assert statuses("Laos has no intention to accede to the Budapest Convention.", "Laos") == set()


def test_depositing_an_instrument_of_accession_is_still_acceding() -> None:
    assert statuses("Fiji deposited its instrument of accession to the Budapest Convention in March 2024.", "Fiji") \
        == {("budapest-convention", "2024", "Acceded")}


def test_not_signed_but_intending_to_sign_it_is_planned_not_outside() -> None:
    text = ("Cambodia has not signed the Second Additional Protocol, but the Ministry of Justice has said that "
            "Cambodia intends to sign it once its criminal code is amended.")
    assert statuses(text, "Cambodia") == {("budapest-second-protocol", "", "Planned")}


def test_not_signed_and_no_plan_stays_outside() -> None:
    text = "Bhutan has not signed the Second Additional Protocol, and the Ministry of Justice has said nothing more."
    assert statuses(text, "Bhutan") == {("budapest-second-protocol", "", "NotParty")}


def test_a_request_told_beside_remaining_outside_keeps_both() -> None:
    text = "Paraguay requested accession to the Budapest Convention in 2008, yet it remains a non-party."
    assert statuses(text, "Paraguay") == {("budapest-convention", "2008", "Planned"),
                                          ("budapest-convention", "", "NotParty")}


# --- forum statements dated after their noun ---------------------------------------------------------------------

def positions(text: str, state: str) -> list[tuple[str, str]]:
    """(forum label, year) of each position row, sorted."""
    result = read(state, text)
    rows = []
    for fact in result.facts:
        if fact.relation == "position":
            entity = result.gazetteer.entities.get(fact.object)
            rows.append((entity.label if entity is not None else fact.object, fact.year))
    return sorted(rows)


@pytest.mark.parametrize("text, state", [
    ("In its OEWG statements of 2022 Honduras affirmed that the principle of state sovereignty applies to "
     "cyberspace.", "Honduras"),
    ("In its OEWG statements of 2022, Ecuador affirmed that the UN Charter applies in cyberspace.", "Ecuador"),
    ("At the OEWG it spoke with the Non-Aligned Movement, and in its statements of 2022 Windhoek voiced strong "
     "reservations about the militarisation of cyberspace.", "Namibia"),
])
def test_statements_dated_after_their_noun_date_the_position(text: str, state: str) -> None:
    assert positions(text, state) == [("UN Open-Ended Working Group on ICTs", "2022")]


def test_a_year_of_something_else_said_after_the_view_does_not_date_it() -> None:
    text = ("In its OEWG statements Zambia affirmed that the UN Charter applies in cyberspace, as it had in a paper "
            "of 2019.")
    assert positions(text, "Zambia") == [("UN Open-Ended Working Group on ICTs", "")]
