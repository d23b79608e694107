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
