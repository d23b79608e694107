"""Round 15 (un15): positions and their papers. Every sentence is invented, about states outside the corpora; each
paragraph is about the state it names first.

* a national position paper is called by the words naming what it is about ("its position paper on the application of
  international law in cyberspace"), even when the sentence goes on to a compendium it was sent to or re-describes
  it ("…, its first formal statement on the subject"); "position paper" is one noun;
* chairs: "held the Council's (rotating) presidency", "held the Council presidency" and a bare "held the presidency"
  stand for the Council last named (a Security Council term); with no Council named before they chair nothing.
"""

from __future__ import annotations

import pytest

from tests.invented import paragraph_result


def paper_labels(state: str, text: str) -> set[tuple[str, str]]:
    """(label, relation) of the national position papers the state's facts name."""
    result = paragraph_result(text, state)
    labels = set()
    for fact in result.facts:
        if fact.relation in {"issued", "positionIn"} and fact.subject == f"state/{state.lower()}":
            entity = result.gazetteer.entities.get(fact.object)
            if entity is not None and entity.kind == "document" and "position-on-international-law" in entity.key:
                labels.add((entity.label, fact.relation))
    return labels


# --- a paper is named by what it is about -----------------------------------------------------------------------

@pytest.mark.parametrize("text, state, label", [
    ("Malawi published its position paper on the application of international law in cyberspace in June 2023, "
     "and sent a shorter version to the compendium of national contributions to the GGE report.",
     "Malawi", "national position paper on the application of international law in cyberspace"),
    ("In 2022 Fiji submitted to the OEWG a national paper on the application of international law to ICTs, its "
     "first formal statement on the subject.",
     "Fiji", "national paper on the application of international law to ICTs"),
    ("Paraguay released its position paper on how international law applies in cyberspace in March 2024, "
     "its first public statement on the matter.",
     "Paraguay", "national position paper on how international law applies in cyberspace"),
])
def test_a_paper_is_named_by_what_it_is_about(text: str, state: str, label: str) -> None:
    assert (label, "issued") in paper_labels(state, text)


def test_the_views_of_a_named_paper_carry_its_name() -> None:
    text = ("Namibia published its position paper on the application of international law in cyberspace in May 2022, "
            "and submitted an abridged version to the official compendium. The paper holds that sovereignty is a "
            "rule of international law and that due diligence is an obligation of conduct.")
    labels = paper_labels("Namibia", text)
    assert ("national position paper on the application of international law in cyberspace", "positionIn") in labels
    assert {label for label, _ in labels} == {
        "national position paper on the application of international law in cyberspace"}


def test_a_contribution_to_the_compendium_keeps_the_compendium_name() -> None:
    text = "In 2021 Cyprus published its national contribution to the GGE compendium on international law (A/76/136)."
    assert paper_labels("Cyprus", text) == {("national contribution to the GGE compendium (A/76/136)", "issued")}


def test_views_set_out_in_a_contribution_to_the_compendium_are_that_contribution() -> None:
    text = ("Bhutan set out its national position on the application of international law in cyberspace in its "
            "contribution to the compendium annexed to the 2021 GGE report (A/76/136).")
    assert paper_labels("Bhutan", text) == {("national contribution to the GGE compendium (A/76/136)", "issued")}


# --- the presidency of the Council last named --------------------------------------------------------------------

def chairs(state: str, text: str) -> set[tuple[str, str]]:
    """(body label, year) of what the state chairs."""
    result = paragraph_result(text, state)
    found = set()
    for fact in result.facts:
        if fact.relation == "chairs" and fact.subject == f"state/{state.lower()}":
            entity = result.gazetteer.entities.get(fact.object)
            found.add((entity.label if entity is not None else fact.object, fact.year))
    return found


@pytest.mark.parametrize("text, state, wanted", [
    ("During its Security Council term Ecuador held the presidency in June 2023.",
     "Ecuador", {("United Nations Security Council", "2023")}),
    ("During its term on the Security Council, Malta held the Council presidency in February 2023 and again in "
     "April 2024.", "Malta", {("United Nations Security Council", "2023"), ("United Nations Security Council", "2024")}),
    ("Slovenia served on the UN Security Council in 2024-2025 and held the Council's rotating presidency in "
     "March 2024.", "Slovenia", {("United Nations Security Council", "2024")}),
    ("While on the Security Council it spoke at an Arria-formula meeting on ransomware in May 2024, and it held the "
     "Council's monthly presidency in August 2024.", "Guatemala", {("United Nations Security Council", "2024")}),
])
def test_the_presidency_of_the_council_last_named(text: str, state: str, wanted: set) -> None:
    assert chairs(state, text) == wanted


def test_a_bare_presidency_with_no_council_named_before_is_no_chair() -> None:
    assert chairs("Croatia", "Croatia joined NATO in 2009 and held the presidency in 2020.") == set()


def test_the_presidency_of_a_body_named_after_is_that_body() -> None:
    assert chairs("Bulgaria", "Having joined the Security Council in 2002, Bulgaria held the presidency of the "
                              "Council of the European Union in 2018.") == {("Council of the European Union", "2018")}


# --- going along with another's statements, however they are named ------------------------------------------------

def aligned(state: str, text: str) -> set[str]:
    """Labels of whom the state aligns with."""
    result = paragraph_result(text, state)
    found = set()
    for fact in result.facts:
        if fact.relation == "alignsWith" and fact.subject == f"state/{state.lower()}":
            entity = result.gazetteer.entities.get(fact.object)
            found.add(entity.label if entity is not None else fact.object)
    return found


@pytest.mark.parametrize("text, state, wanted", [
    ("In the OEWG the Nepali delegation has often associated itself with joint statements led by Canada on "
     "gender and cyberspace.", "Nepal", {"Canada"}),
    ("In 2021 Bhutan associated itself with a working paper of the Non-Aligned Movement (NAM) on capacity building.",
     "Bhutan", {"Non-Aligned Movement"}),
    ("Although it sits outside the Union, in 2023 Iceland associated itself instead with a joint statement of the "
     "Nordic Council on confidence-building measures.", "Iceland", {"Nordic Council"}),
    ("In the OEWG Armenia associated itself with the statement the CIS member states delivered in March 2023.",
     "Armenia", {"Commonwealth of Independent States"}),
])
def test_associating_itself_with_a_statement_however_named(text: str, state: str, wanted: set) -> None:
    assert aligned(state, text) == wanted


@pytest.mark.parametrize("text, state, wanted", [
    ("Azerbaijan is active in the OEWG. Its statements generally line up with those of the Non-Aligned Movement "
     "and, increasingly, with the Organization of Turkic States.",
     "Azerbaijan", {"Non-Aligned Movement", "Organization of Turkic States"}),
    ("In the OEWG Cambodia generally aligns with the statements of ASEAN and with joint statements of the "
     "Non-Aligned Movement; its delegates rarely speak alone.",
     "Cambodia", {"Association of Southeast Asian Nations", "Non-Aligned Movement"}),
])
def test_going_along_said_again_of_another_group(text: str, state: str, wanted: set) -> None:
    assert aligned(state, text) == wanted


def test_a_statement_another_state_delivered_without_association_is_no_alignment() -> None:
    assert aligned("Samoa", "Samoa read the statement the Pacific Islands Forum members delivered in 2023.") == set()
