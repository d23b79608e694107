"""Round 20 (time20): statuses and years read as events of one text, each with its own time.

A text the same sentence tells was signed at one time and ended at a later one is two claims: signed then, ended (with
the end's own year) later. The signing may be a participle ("the memorandum with X, signed in 2017, expired five years
later"), a verb with its actor ("an MoU that X concluded with Y in 2016 expired in 2021", "In 2013 X signed an MoU
with Y that lapsed in 2018"), or the clause of its own before an ending that refers back ("…, which expired in 2021",
"… and terminated in 2020", "…; it was suspended two years later", "…, an understanding that was suspended in 2018").
The end needs a time of its own ("has since expired" is one too); "signed in 2016, has expired" stays one claim, the
expiry, and so does "an agreement with X, concluded in 2014, was suspended in 2019" (a bare participle). An ended text
is dated by its end ("a 2015 agreement … was allowed to lapse in 2020": 2020). Every sentence is invented; the
paragraph opens with a sentence naming its state."""

from __future__ import annotations

import pytest

from cdkg.extraction import cues
from tests.invented import paragraph_result


def _agreements(text: str, state: str) -> set[tuple[str, str, str]]:
    """(counterpart label, year, status) of each agreement the paragraph gives ``state``."""
    result = paragraph_result(text, state)
    entities = result.gazetteer.entities

    def label(key: str) -> str:
        return entities[key].label if key in entities else key
    return {(label(f.object) if label(f.subject) == state else label(f.subject), f.year, f.status)
            for f in result.facts if f.relation == "hasAgreementWith"}


@pytest.mark.parametrize(("text", "state", "expected"), [
    ("An MoU that the Malta CERT concluded with Iceland in 2016 expired in 2021 and has not been renewed.", "Malta",
     {("Iceland", "2016", "Signed"), ("Iceland", "2021", "Expired")}),
    ("The memorandum with Fiji, signed in 2017, expired five years later.", "Vanuatu",
     {("Fiji", "2017", "Signed"), ("Fiji", "2022", "Expired")}),
    ("In 2013 Nepal signed a memorandum of understanding with Mongolia that lapsed in 2018.", "Nepal",
     {("Mongolia", "2013", "Signed"), ("Mongolia", "2018", "Expired")}),
    ("Barbados signed an MoU with Jamaica in 2016, which expired in 2021.", "Barbados",
     {("Jamaica", "2016", "Signed"), ("Jamaica", "2021", "Expired")}),
    ("A cyber security MoU between Benin and Togo was signed in 2014 and terminated in 2020.", "Benin",
     {("Togo", "2014", "Signed"), ("Togo", "2020", "Terminated")}),
    ("Namibia concluded an agreement with Malawi in 2015; it was suspended two years later.", "Namibia",
     {("Malawi", "2015", "Signed"), ("Malawi", "2017", "Suspended")}),
    ("In June 2017 Croatia and Slovenia agreed a cyber MoU, an understanding that was suspended in December 2018.",
     "Croatia", {("Slovenia", "2017", "Signed"), ("Slovenia", "2018", "Suspended")}),
])
def test_signed_then_ended_is_two_claims(text: str, state: str, expected: set[tuple[str, str, str]]) -> None:
    assert _agreements(text, state) == expected


@pytest.mark.parametrize(("text", "state", "expected"), [
    # no time of its own for the end: one claim, the expiry
    ("An agreement between Austria and Slovakia, signed in 2016, has expired.", "Austria",
     {("Slovakia", "2016", "Expired")}),
    # a bare participle: the suspension alone
    ("An older cooperation agreement with Honduras, concluded in 2014, was suspended in 2019.", "Panama",
     {("Honduras", "2019", "Suspended")}),
    # an ended text is dated by its end
    ("A 2015 agreement between Denmark and Belgium was allowed to lapse in 2020.", "Denmark",
     {("Belgium", "2020", "Expired")}),
    # an end no later than the signing is no second event
    ("Luxembourg signed an MoU with Belgium in 2019, which expired in 2019.", "Luxembourg",
     {("Belgium", "2019", "Signed")}),
])
def test_one_claim_when_the_end_has_no_time_of_its_own(text: str, state: str,
                                                       expected: set[tuple[str, str, str]]) -> None:
    assert _agreements(text, state) == expected


def test_signed_then_ended_reader() -> None:
    assert cues.signed_then_ended(", signed in 2017, expired five years later") == ("2017", "2022")
    assert cues.signed_then_ended(" \ue0003\ue001 agreed with \ue0004\ue001 in 2012 has since expired") == ("2012", "")
    assert cues.signed_then_ended(", signed in 2016, has expired") is None
    assert cues.signed_then_ended(" with \ue0004\ue001, concluded in 2014, was suspended in 2019") is None
    assert cues.ended_year(" was terminated by the ministry in March 2022") == "2022"
    assert cues.ended_year(" expired, and in 2022 a new one was signed") == ""


def _documents(text: str, state: str) -> set[tuple[str, str, str]]:
    """(document label, year, status) of each text the paragraph says ``state`` issued."""
    result = paragraph_result(text, state)
    entities = result.gazetteer.entities
    return {(entities[f.object].label if f.object in entities else f.object, f.year, f.status)
            for f in result.facts if f.relation == "issued"}


@pytest.mark.parametrize(("text", "state", "expected"), [
    # drafted then approved, each with its time: a draft then, adopted later
    ("A National Cyber Security Strategy was drafted in 2019 with outside help, validated at a workshop and finally "
     "approved by Cabinet in March 2022.", "Malawi",
     {("National Cyber Security Strategy", "2019", "Draft"), ("National Cyber Security Strategy", "2022", "Adopted")}),
    ("A national AI strategy was circulated in draft in 2022 and approved the following year.", "Fiji",
     {("AI Strategy", "2022", "Draft"), ("AI Strategy", "2023", "Adopted")}),
    ("The first National Cybersecurity Strategy was approved by the government in 2024, after a draft had been put to "
     "public consultation two years earlier.", "Honduras",
     {("National Cybersecurity Strategy", "2022", "Draft"), ("National Cybersecurity Strategy", "2024", "Adopted")}),
])
def test_drafted_then_adopted_is_two_claims(text: str, state: str, expected: set[tuple[str, str, str]]) -> None:
    assert _documents(text, state) == expected


def test_a_draft_sent_on_to_the_legislature_is_not_adopted() -> None:
    found = _documents("The draft Law on Cybersecurity, released for consultation in July 2023, was approved by the "
                       "Council of Ministers in March 2025 and sent to the House of Representatives, where it awaits "
                       "a vote.", "Jamaica")
    assert not any(status == "Adopted" for _, _, status in found)


@pytest.mark.parametrize("text", [
    "A revised National Cyber Security Policy was released for public comment in 2024 and is expected to be adopted "
    "in 2026.",
    "A revised National Cyber Security Policy was put to public consultation in 2023 and will be approved in 2025.",
    "A revised National Cyber Security Policy was drafted in 2022 but has not yet been adopted as of 2024.",
])
def test_an_adoption_still_to_come_after_a_draft_is_not_adopted(text: str) -> None:
    found = _documents(text, "Vanuatu")
    assert not any(status == "Adopted" for _, _, status in found), found
    assert any(status == "Draft" for _, _, status in found), found


@pytest.mark.parametrize(("text", "state", "expected"), [
    ("Laos signed a memorandum of understanding with Mongolia in 2016; it lapsed in 2019 and was renewed in 2023 for "
     "five years.", "Laos",
     {("Mongolia", "2016", "Signed"), ("Mongolia", "2019", "Expired"), ("Mongolia", "2023", "Signed")}),
    ("A cyber security memorandum with Slovakia, signed in 2013, lapsed in 2019; a new one was signed two years later.",
     "Austria", {("Slovakia", "2013", "Signed"), ("Slovakia", "2019", "Expired"), ("Slovakia", "2021", "Signed")}),
    ("A cyber MoU with Barbados, signed in 2019 for three years, lapsed in 2022; the two governments signed a new "
     "memorandum in 2024.", "Jamaica",
     {("Barbados", "2019", "Signed"), ("Barbados", "2022", "Expired"), ("Barbados", "2024", "Signed")}),
    # not renewed: no third claim
    ("The memorandum with Togo, signed in 2017, expired five years later and has not been renewed.", "Benin",
     {("Togo", "2017", "Signed"), ("Togo", "2022", "Expired")}),
])
def test_signed_expired_signed(text: str, state: str, expected: set[tuple[str, str, str]]) -> None:
    assert _agreements(text, state) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a legislature's vote the rest of the sentence undoes: still a bill
    ("The Cybersecurity Act was approved by the Althing in March 2021 but was vetoed by the President two months later.",
     {("Cybersecurity Act", "2021", "Proposed")}),
    ("The Electronic Evidence Act was passed in 2020 but, after protests, it was sent back to committee and shelved.",
     {("Electronic Evidence Act", "2020", "Proposed")}),
    # what is said of another text, or a later amendment, undoes nothing
    ("The Computer Crimes Act was adopted in 2018; a separate bill on online harms was shelved in 2023.",
     {("Computer Crimes Act", "2018", "Adopted")}),
    ("The Data Protection Act was adopted in 2019 and amended in 2022.",
     {("Data Protection Act", "2019", "Adopted"), ("Data Protection Act amendment", "2022", "Adopted")}),
])
def test_a_vote_the_sentence_undoes_leaves_a_bill(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _documents(text, "Iceland") == expected
