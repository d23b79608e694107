"""Round 21 (forum21): a stance belongs to the document or forum the text ties it to, also across sentences. Every
sentence is invented; each paragraph is about the state it names first.

* views sent to someone else's report or call for views are stated in that document, however the sending is told:
  "the submission it sent in 2022 for the Secretary-General's report", "submitted its views in 2021 for the report of
  the Secretary-General under resolution 75/240", "replied to the Secretary-General's call for views"; the resolution
  that asked for them names the report (it is no vote) and ends its name; a sentence of such views on several law
  topics gives one position per topic, as in a forum;
* a later sentence that refers back to them ("In that submission", "The same reply", "those replies") and the
  sentences of views that follow it are stated in the same document, not in a forum the paragraph named beside it; a
  forum named after them, or nothing named before, and they are not; "the submission is silent" states nothing;
* a "where" after a UN process and the periods or ranks of its iterations ("took part in both OEWGs, of 2019-2021 and
  2021-2025, where its delegation argued …") refers to the process, and a second "…, and where" goes on in it; a
  "where" after anything else (a workshop it hosted) does not.
"""

from __future__ import annotations

import pytest

from tests.invented import paragraph_result


def stances(text: str, state: str) -> list[tuple[str, str, str]]:
    """(relation, object label, year) of each position the paragraph states, in a forum or a document, sorted."""
    result = paragraph_result(text, state)
    entities = result.gazetteer.entities
    return sorted((f.relation, entities[f.object].label if f.object in entities else f.object, f.year)
                  for f in result.facts if f.relation in ("position", "positionIn"))


# --- views sent to someone else's report, however the sending is told ------------------------------------------------

@pytest.mark.parametrize("text, state, label, year, rows", [
    # the year of sending between the views and the report; the resolution ends the name
    ("Malta has published no national position. It submitted its views in 2021 for the report of the Secretary-General "
     "under resolution 75/240, stressing that sovereignty applies to ICT infrastructure and that international "
     "humanitarian law applies to cyber operations in armed conflict.", "Malta",
     "views for the report of the Secretary-General under resolution 75/240", "2021", 2),
    # the report named by its resolution, the verb after it ("… under resolution 76/19 nonetheless affirms")
    ("Nepal has published no national position. Its 2022 submission to the report of the Secretary-General under "
     "resolution 76/19 nonetheless affirms that the UN Charter applies in its entirety and that international "
     "humanitarian law applies to cyber operations in armed conflict.", "Nepal",
     "submission to the report of the Secretary-General under resolution 76/19", "2022", 2),
    # the verb of answering names a reply; a call for views is such a document
    ("Fiji has published no national position. In 2019 it replied to the Secretary-General's call for views under "
     "resolution 73/27, and that reply affirms that the principle of non-intervention applies to the use of ICTs.",
     "Fiji", "reply to the Secretary-General's call for views under resolution 73/27", "2019", 1),
])
def test_views_sent_to_a_report_are_stated_in_it(text: str, state: str, label: str, year: str, rows: int) -> None:
    found = stances(text, state)
    assert found and all(item == ("positionIn", label, year) for item in found), found
    assert len(found) >= rows, found


# --- the document referred back to, and the views told after it --------------------------------------------------------

def test_that_submission_and_the_views_after_it_stay_in_the_document() -> None:
    text = ("Iceland has published no national position. Its views appear chiefly in the submission it sent in 2022 for "
            "the Secretary-General's report A/77/92 and in statements to the OEWG. In that submission Reykjavik "
            "affirmed that sovereignty applies to ICT infrastructure on its territory. On due diligence it was "
            "cautious, describing it as a voluntary norm rather than a binding obligation.")
    found = stances(text, "Iceland")
    assert len(found) >= 2, found
    assert all(item == ("positionIn", "submission for the Secretary-General's report A/77/92", "2022")
               for item in found), found


def test_the_same_reply_is_the_reply_named_before() -> None:
    text = ("Luxembourg has published no national position. In its 2021 reply to the Secretary-General's annual report "
            "on developments in the field of ICTs, Luxembourg maintained that capacity building must be demand-driven. "
            "The same reply insisted that accusations against states must rest on evidence.")
    found = stances(text, "Luxembourg")
    assert found == [("positionIn", "reply to the Secretary-General's annual report on developments in the field of "
                                    "ICTs", "2021")] * 2, found


def test_those_replies_refer_back_to_the_replies_named() -> None:
    text = ("Vanuatu has published no national position. In 2022 it sent replies to the Secretary-General's "
            "consultation under resolution 76/19. In those replies Port Vila stressed that sovereignty applies to ICT "
            "infrastructure.")
    found = stances(text, "Vanuatu")
    assert found and all(r == "positionIn" and "consultation under resolution 76/19" in o and y == "2022"
                         for r, o, y in found), found


@pytest.mark.parametrize("text, state", [
    # nothing named before: "that submission" refers to nothing the paragraph named
    ("Barbados has said little on international law. In that submission it affirmed that sovereignty applies to ICT "
     "infrastructure.", "Barbados"),
    ("Jamaica has said little on international law. The same reply insisted that accusations against states must rest "
     "on evidence.", "Jamaica"),
])
def test_no_document_named_before_gives_none(text: str, state: str) -> None:
    assert not [item for item in stances(text, state) if item[0] == "positionIn"], stances(text, state)


def test_a_forum_named_after_the_document_is_where_the_later_views_were_stated() -> None:
    text = ("Benin has published no national position. It sent a submission in 2021 to the Secretary-General's report "
            "A/76/187. In the OEWG in 2023 its delegates argued that sovereignty applies to ICT infrastructure.")
    found = stances(text, "Benin")
    assert found and all(item[0] == "position" and item[2] == "2023" for item in found), found


def test_a_silent_submission_states_nothing() -> None:
    text = ("Togo has published no national position. In its contribution to the Secretary-General's 2021 report "
            "(A/76/187), Lomé stated that the UN Charter applies in cyberspace. On attribution and countermeasures, "
            "the submission is silent.")
    result = paragraph_result(text, "Togo")
    silent = [f for f in result.facts if f.relation in ("position", "positionIn") and
              any("silent" in e.quote for e in f.evidence)]
    assert not silent, silent
    assert stances(text, "Togo"), "the stated view is still read"


# --- "where" after a UN process and its iterations ---------------------------------------------------------------------

@pytest.mark.parametrize("text, state, expected", [
    ("Malawi took part in both Open-ended Working Groups (OEWG), of 2019-2021 and 2021-2025, where its delegation "
     "argued in 2023 that capacity building must be demand-driven.", "Malawi",
     [("position", "UN Open-Ended Working Group on ICTs", "2023")]),
    ("Honduras took part in the first Open-ended Working Group (OEWG) of 2019-2021 and in the second, of 2021-2025, "
     "where it generally aligned itself with the statements of the European Union, and where its delegation called "
     "in 2022 for gender to be mainstreamed in capacity building.", "Honduras",
     [("position", "UN Open-Ended Working Group on ICTs", "2022")]),
])
def test_where_after_a_process_and_its_iterations_is_the_process(text: str, state: str,
                                                                 expected: list[tuple[str, str, str]]) -> None:
    assert stances(text, state) == expected


def test_where_after_something_else_is_not_the_process() -> None:
    text = ("Panama took part in the Open-ended Working Group (OEWG) of 2021-2025, and in 2023 it hosted a regional "
            "workshop, where its minister urged that capacity building be demand-driven.")
    assert not [item for item in stances(text, "Panama") if "Working Group" in item[1]], stances(text, "Panama")


# --- the forum named before the statements, and a time before the voice ----------------------------------------------

@pytest.mark.parametrize("text, state, expected", [
    # statements made in a forum are not the forum's: the voice after them speaks
    ("In OEWG statements Slovenian diplomats have argued that capacity building must be demand-driven.", "Slovenia",
     [("position", "UN Open-Ended Working Group on ICTs", "")]),
    # "an OEWG statement of 2022": the forum, and the year the statement is dated by
    ("In an OEWG statement of 2022 its delegation said that capacity building must be demand-driven.", "Slovakia",
     [("position", "UN Open-Ended Working Group on ICTs", "2022")]),
    # a year between the forum and the voice, with no comma
    ("In the OEWG in 2023 its delegates argued that capacity building must be demand-driven.", "Croatia",
     [("position", "UN Open-Ended Working Group on ICTs", "2023")]),
])
def test_the_forum_named_before_the_voice(text: str, state: str, expected: list[tuple[str, str, str]]) -> None:
    assert stances(text, state) == expected


def test_a_forum_before_the_voice_of_others_gives_nothing() -> None:
    text = "In OEWG statements Russian diplomats have argued that capacity building must be demand-driven."
    assert stances(text, "Austria") == []


# --- a paper first outlined in a forum: both, each with its year ----------------------------------------------------

@pytest.mark.parametrize("text, state, year", [
    ("Mongolia published its national position on the application of international law in cyberspace in February "
     "2024, having first outlined it in an OEWG statement a year earlier.", "Mongolia", "2023"),
    ("Bulgaria published its national position on the application of international law in cyberspace in 2024, having "
     "first presented it at the OEWG in 2021.", "Bulgaria", "2021"),
])
def test_a_paper_first_outlined_in_a_forum_gives_both(text: str, state: str, year: str) -> None:
    result = paragraph_result(text, state)
    entities = result.gazetteer.entities
    papers = [(f.year, f.status) for f in result.facts if f.relation == "issued"]
    assert papers == [("2024", "Published")], papers
    assert stances(text, state) == [("position", "UN Open-Ended Working Group on ICTs", year)]
    assert all(entities[f.object].label for f in result.facts if f.relation == "issued")


def test_a_paper_only_planned_gives_no_forum_position_from_its_outline() -> None:
    text = ("Denmark intends to publish a national position on international law in cyberspace, having first outlined "
            "its views in an OEWG statement in 2023.")
    facts = paragraph_result(text, "Denmark").facts
    assert not [f for f in facts if any(e.rule == "position.first-outlined" for e in f.evidence)]
    assert not [f for f in facts if f.relation == "issued" and f.status == "Published"]


def test_the_same_replies_to_a_forums_questionnaire_are_stated_in_that_forum() -> None:
    text = ("Austria has published no national position. In its 2021 replies to the questionnaire of the OAS "
            "Inter-American Juridical Committee, Austria stressed that sovereignty applies to state conduct in "
            "cyberspace. In the same replies it held that states have a duty of due diligence.")
    found = stances(text, "Austria")
    assert found == [("position", "OAS Inter-American Juridical Committee", "2021")] * 2, found
