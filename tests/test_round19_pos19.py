"""Round 19 (pos19): what makes a national position on international law, and what does not.

* a stand-in named in a paragraph that says the state has published no national position ("Its views appear instead
  in its reply to …", "Its fullest written statement is a reply …", "the clearest statement of its views is …") is no
  published national position;
* a publication told as what the state does not do ("rather than through detailed national statements") is none;
* another state's view the state shared ("it has shared Slovenia's view that …") is that state's paper, not its own.

Every sentence is invented; the paragraph opens with a sentence naming its state."""

from __future__ import annotations

import pytest

from cdkg.vocabulary import CDO
from tests.invented import paragraph_result


def _papers(text: str, state: str) -> list[tuple[str, str, str]]:
    """(label, year, status) of each national paper on international law the paragraph gives ``state``."""
    result = paragraph_result(text, state)
    entities = result.gazetteer.entities
    return sorted((entities[f.object].label, f.year, f.status) for f in result.facts
                  if f.relation == "issued" and f.object in entities and entities[f.object].cls == CDO.NationalPosition)


@pytest.mark.parametrize("text, state", [
    ("Malta has not published a national position on the application of international law in cyberspace. Its views "
     "appear instead in its reply to the Secretary-General's 2022 report on the Programme of Action, in which Valletta "
     "stated that the UN Charter applies to the use of ICTs.", "Malta"),
    ("Mongolia has not published a national position on international law in cyberspace. Its fullest written statement "
     "is a reply submitted in 2020 to the Secretary-General's call for views, which Ulaanbaatar describes as a "
     "contribution to the debate rather than a position.", "Mongolia"),
    ("Namibia has not published a national position on international law in cyberspace. Its legal views are instead "
     "expressed through the positions of the African Union, which it endorsed in 2024.", "Namibia"),
    ("Fiji has not published a national position on international law in cyberspace. The clearest statement of its "
     "views on sovereignty remains the one delivered by its delegation at the OEWG in March 2023.", "Fiji"),
])
def test_a_stand_in_for_an_unpublished_position_is_no_national_position(text, state):
    assert not [p for p in _papers(text, state) if p[2] == "Published"]


def test_a_publication_the_state_does_not_make_is_none():
    text = ("Benin prefers to speak on legal questions through regional bodies rather than to expose itself through "
            "detailed national statements on how international law applies.")
    assert not _papers(text, "Benin")


def test_another_states_view_shared_is_not_a_national_paper():
    text = "On international law, Croatia has shared Slovenia's view that a new binding instrument is premature."
    assert not _papers(text, "Croatia")


@pytest.mark.parametrize("text, state, year", [
    # the published paper itself still counts, with or without an earlier "instead"-free paragraph
    ("Iceland published its national position on the application of international law in cyberspace in May 2023.",
     "Iceland", "2023"),
    ("Malawi has not published a stand-alone paper; in 2021 it set out its national views on international law in its "
     "contribution to the official compendium annexed to the GGE report.", "Malawi", "2021"),
])
def test_a_published_national_position_is_still_read(text, state, year):
    assert [p for p in _papers(text, state) if p[2] == "Published" and p[1] == year]


# --- positions in views sent to someone else's report, named by what they answered and referred back to -------------

def _in_documents(text: str, state: str) -> list[tuple[str, str]]:
    """(document label, year) of each position the paragraph gives ``state`` in a document."""
    result = paragraph_result(text, state)
    entities = result.gazetteer.entities
    return sorted((entities[f.object].label if f.object in entities else f.object, f.year)
                  for f in result.facts if f.relation == "positionIn" and f.subject == f"state/{state.lower()}")


def test_views_sent_to_a_report_are_named_by_what_it_is_about():
    text = ("In its 2021 submission to the report of the Secretary-General on developments in the field of ICTs, "
            "Austria stated that the UN Charter applies in its entirety to the conduct of states in cyberspace.")
    assert ("submission to the report of the Secretary-General on developments in the field of ICTs", "2021") in \
        _in_documents(text, "Austria")


def test_a_dated_report_of_someone_else_and_no_forum_named():
    text = ("In a 2022 reply to the Secretary-General's 2022 report under resolution 76/19, Togo stated that the UN "
            "Charter applies in its entirety to state conduct in cyberspace.")
    assert [label for label, _ in _in_documents(text, "Togo")] == \
        ["reply to the Secretary-General's 2022 report under resolution 76/19"]


def test_the_views_sent_referred_back_to():
    text = ("Its views appear in its submission to the report of the Secretary-General on developments in the field "
            "of ICTs in 2021. In that submission Jamaica stated that the principle of sovereignty applies to the use "
            "of ICTs.")
    assert _in_documents(text, "Jamaica") == [
        ("submission to the report of the Secretary-General on developments in the field of ICTs", "2021")]


def test_a_reply_referred_back_without_one_named_is_nothing():
    text = "The same reply argued that international humanitarian law applies in armed conflict."
    assert not _in_documents(text, "Barbados")


# --- chairing --------------------------------------------------------------------------------------------------------

def _chairs(text: str, state: str) -> set[tuple[str, str, str]]:
    result = paragraph_result(text, state)
    entities = result.gazetteer.entities

    def label(key: str) -> str:
        return entities[key].label if key in entities else key
    return {(label(f.subject), label(f.object), f.year) for f in result.facts if f.relation == "chairs"}


@pytest.mark.parametrize("text, state, body, year", [
    # a chairpersonship and a pro tempore presidency named after the body, or told with "its"
    ("The country held the OSCE Chairpersonship in 2021, a year of intense diplomacy.", "Slovakia",
     "Organization for Security and Co-operation in Europe", "2021"),
    ("Honduras was among the founders of the Central American Integration System (SICA), holding its pro tempore "
     "presidency in 2016.", "Honduras", "Central American Integration System", "2016"),
])
def test_a_chairpersonship_or_pro_tempore_presidency(text, state, body, year):
    assert (state, body, year) in _chairs(text, state)


def test_each_chairing_verb_dates_its_own_chair():
    text = ("Panama held the pro tempore presidency of SICA in the first half of 2019, and in 2021 it co-chaired with "
            "Canada the OAS working group on cooperation and confidence-building measures in cyberspace.")
    chairs = _chairs(text, "Panama")
    assert ("Panama", "Central American Integration System", "2021") not in chairs
    assert ("Panama", "OAS working group on cooperation and confidence-building measures in cyberspace", "2021") in chairs


# --- alignment -------------------------------------------------------------------------------------------------------

def _aligned(text: str, state: str) -> set[str]:
    result = paragraph_result(text, state)
    entities = result.gazetteer.entities
    return {entities[f.object].label if f.object in entities else f.object
            for f in result.facts if f.relation == "alignsWith"}


def test_aligning_with_nearly_all_of_a_groups_statements():
    text = "As a candidate country Slovenia aligns with nearly all EU statements in the OEWG."
    assert "European Union" in _aligned(text, "Slovenia")


def test_statements_delivered_by_one_state_on_behalf_of_a_group():
    text = ("In the OEWG Barbados's delegation has aligned with the statements delivered by Jamaica on behalf of "
            "CARICOM.")
    assert {"Caribbean Community", "Jamaica"} <= _aligned(text, "Barbados")
