"""Round 10, relations between actors: agreements whose noun is in a name or after a colon, counterparts named in a
fronted phrase, agreements that frame a cooperation, a list item's own time before a framing phrase, and exercises
known by a quoted name. Every sentence is invented; the paragraph is about Portugal (see test_profile_variants)."""

from __future__ import annotations

import pytest

from tests.test_profile_variants import facts, rows, short


def agreements(sentence: str) -> set[tuple[str, str, str, str]]:
    return rows(sentence, "hasAgreementWith")


# --- agreements -------------------------------------------------------------------------------------------------------

def test_a_colon_opens_a_clause_of_its_own() -> None:
    """The words after a colon that tell a clause of their own are read as one (before, only those before it)."""
    found = agreements("Trade deals shape much of its digital policy: in May 2021 Portugal signed the Atlantic "
                       "Digital Trade Agreement (ADTA) with Chile and Singapore.")
    assert {("portugal", "chile", "2021", "Signed"), ("portugal", "singapore", "2021", "Signed")} <= found


@pytest.mark.parametrize("sentence, partner, year", [
    ("Portugal signed a Strategic Cybersecurity Cooperation Framework with Japan in April 2023.", "japan", "2023"),
    ("In 2022 Portugal concluded a Strategic Digital Partnership with Brazil.", "brazil", "2022"),
])
def test_a_named_text_signed_with_a_counterpart_is_an_agreement(sentence: str, partner: str, year: str) -> None:
    """The agreement noun is inside the text's name ("… Framework", "… Partnership"): the name is what was signed,
    never a party."""
    found = agreements(sentence)
    assert (("portugal", partner, year, "Signed")) in found
    assert all(o in ("japan", "brazil") for _, o, _, _ in found)


def test_a_counterpart_named_in_a_fronted_phrase() -> None:
    assert agreements("With Bahrain, a cyber MoU was signed in 2022.") == {("portugal", "bahrain", "2022", "Signed")}


def test_a_text_or_framework_with_a_counterpart_is_an_agreement_with_the_clause_status() -> None:
    found = agreements("An arrangement with Japan was signed in 2019; talks on a similar text with Greece have been "
                       "under way since 2022, whereas a framework with Chile is only planned.")
    assert found == {("portugal", "japan", "2019", "Signed"), ("portugal", "greece", "2022", "UnderNegotiation"),
                     ("portugal", "chile", "", "Planned")}


@pytest.mark.parametrize("sentence", [
    "No government-to-government cyber text with Japan is in force.",
    "Portugal updated the legal framework of its national CERT in 2021.",
    "Portugal hosted a conference on the EU framework for cyber diplomacy in 2020.",
])
def test_a_text_or_framework_without_a_signed_counterpart_is_none(sentence: str) -> None:
    assert agreements(sentence) == set()


def test_an_agreement_that_frames_a_cooperation_is_in_force() -> None:
    """ "cooperate with A and, since 2017, under an agreement with B": the agreement with B is signed (one acts under
    it), dated 2017."""
    sentence = "The Judicial Police cooperate with Interpol and, since 2017, under a strategic agreement with Europol."
    assert agreements(sentence) == {("portugal", "europol", "2017", "Signed")}


def test_an_agreement_only_talked_of_as_a_frame_is_not_signed() -> None:
    sentence = "The Judicial Police want to work under a future agreement with Europol."
    assert not {r for r in agreements(sentence) if r[3] == "Signed"}


# --- exercises --------------------------------------------------------------------------------------------------------

def exercises(sentence: str) -> set[tuple[str, str, str]]:
    return {(short(f.subject), short(f.object), f.year) for f in facts(sentence) if f.relation == "participatesIn"}


@pytest.mark.parametrize("sentence, name, year", [
    ('The national CERT runs the "Atlantic Shield" national exercise for operators each autumn.', "atlantic-shield", ""),
    ('Its CERT took part in Cyber Europe in 2022, and the CNCS organised the first national exercise, "Lusitania '
     'Guard", in 2024.', "lusitania-guard", "2024"),
    ('Since 2023 the CNCS has organised the Iberian cyber exercise "Sea Guard" together with its Spanish counterpart.',
     "sea-guard", ""),
])
def test_an_exercise_known_by_its_quoted_name(sentence: str, name: str, year: str) -> None:
    """The quoted name next to "exercise" is the exercise's name (not "Iberian cyber exercise"), and whoever runs,
    organises or joins it takes part; the time after the quoted name is its own."""
    found = exercises(sentence)
    assert any(o == name and (not year or y == year) for _, o, y in found), found
    assert not any("cyber-exercise" in o for _, o, _ in found)
