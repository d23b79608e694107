"""Round 14 (un14): conventions, positions and attributions. Every sentence is invented, about states outside the corpora; each
paragraph is about the state it names first.

* conventions: a ratification or accession the state has set out to complete ("plans to submit the ratification law
  in 2027", "will complete ratification in 2027", "announced its intention to deposit an instrument of accession",
  "restated its intention to accede") is Planned, and "has not signed X but intends to sign it" is on its way (Planned),
  not outside;
* positions: forum statements dated after their noun ("in its OEWG statements of 2022") give the position its year;
* attributions: a culprit described, then given its name ("a criminal network it named the 'X Ring'", "a hacktivist
  group calling itself 'X'", "the criminal group known as X", "a ring it called "X"") is the name.
"""

from __future__ import annotations

import pytest

from tests.invented import forum_positions
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

@pytest.mark.parametrize("text, state", [
    ("In its OEWG statements of 2022 Honduras affirmed that the principle of state sovereignty applies to "
     "cyberspace.", "Honduras"),
    ("In its OEWG statements of 2022, Ecuador affirmed that the UN Charter applies in cyberspace.", "Ecuador"),
    ("At the OEWG it spoke with the Non-Aligned Movement, and in its statements of 2022 Windhoek voiced strong "
     "reservations about the militarisation of cyberspace.", "Namibia"),
])
def test_statements_dated_after_their_noun_date_the_position(text: str, state: str) -> None:
    assert forum_positions(text, state) == [("UN Open-Ended Working Group on ICTs", "2022")]


def test_every_view_of_statements_dated_after_their_noun_takes_their_year() -> None:
    text = ("In its OEWG statements of 2022, Honduras affirmed that the principles of sovereignty and non-intervention "
            "apply in cyberspace, while cautioning that the application of international humanitarian law to cyber "
            "operations must not be read as legitimising conflict.")
    assert forum_positions(text, "Honduras") == [("UN Open-Ended Working Group on ICTs", "2022")] * 2


def test_a_year_of_something_else_said_after_the_view_does_not_date_it() -> None:
    text = ("In its OEWG statements Zambia affirmed that the UN Charter applies in cyberspace, as it had in a paper "
            "of 2019.")
    assert forum_positions(text, "Zambia") == [("UN Open-Ended Working Group on ICTs", "")]


# --- a culprit described, then given its name ---------------------------------------------------------------------

def culprits(text: str, state: str) -> set[tuple[str, str]]:
    """(culprit key, year) of what the state attributed."""
    return {(f.object, f.year) for f in facts(text, state)
            if f.relation == "attributesTo" and f.subject == f"state/{state.lower()}"}


@pytest.mark.parametrize("text, state, key", [
    ("In 2022 the Slovak police publicly attributed a phishing scheme against Slovak savings banks to a criminal "
     "network it named the 'Danube Ring', which it said operated partly from abroad.", "Slovakia", "org/danube-ring"),
    ("In 2022 a wave of DDoS attacks took down several government portals, and the national CERT publicly attributed "
     "the attacks to a hacktivist group calling itself 'Black Harvest', while stating that it had found no evidence "
     "of state involvement.", "Guatemala", "org/black-harvest"),
    ("In 2022 a ransomware attack disrupted the ticketing systems of the national airline; the police attributed it "
     "to the criminal group known as Quillfeather, whose members it said were acting for profit.",
     "Jamaica", "org/quillfeather"),
    ("In 2022 the prosecutor announced an operation against a network that had emptied bank accounts through "
     "phishing, attributing the fraud to a ring it called \"Los Tiburones\".", "Panama", "org/los-tiburones"),
])
def test_a_culprit_described_then_named_is_its_name(text: str, state: str, key: str) -> None:
    assert culprits(text, state) == {(key, "2022")}


def test_a_culprit_only_described_stays_described() -> None:
    text = ("In 2022 the police of Barbados attributed a phishing scheme against local banks to a criminal network "
            "operating from abroad.")
    assert culprits(text, "Barbados") == {("org/criminal-network", "2022")}


def test_a_group_named_as_claiming_an_attack_is_no_attribution() -> None:
    text = ("In 2022 the parliament's website was disabled by a DDoS attack claimed by a hacktivist group calling "
            "itself Red Lotus; the national CERT confirmed the attack but did not attribute it.")
    assert culprits(text, "Samoa") == set()
