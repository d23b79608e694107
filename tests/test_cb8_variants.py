"""Capacity-building roles in the writer corpus's kinds of wording (round 8, generalisation). Every sentence is
invented, about states and programmes no profile describes; expected facts were written before the rules."""

from __future__ import annotations

import pytest

from test_capacity_building import _roles

OMAN = "Oman is a state on the Arabian Peninsula. "


# --- a programme name that "in" joins is one name ("Excellence in Cyber Defence programme") -----------------------

@pytest.mark.parametrize("sentence, name", [
    ("Since 2021 Oman has run the Youth Leadership in Cyber Defence programme.", "Youth Leadership in Cyber Defence"),
    ("Oman launched the Women Leaders in Security project in 2019.", "Women Leaders in Security"),
    ("The Women Leaders in Security initiative, which Oman funds, trains engineers.", "Women Leaders in Security"),
])
def test_a_name_joined_by_in_is_one_programme(sentence: str, name: str) -> None:
    roles = _roles(OMAN + sentence)
    assert any(r[2] == name for r in roles), roles
    assert not any(r[2] in ("Cyber Defence", "Security") for r in roles), roles


# --- a body no rule reads as an actor opening the clause is not the paragraph's state -----------------------------

@pytest.mark.parametrize("sentence", [
    "The Arabian Cyber Forum (ACF) runs the Gulf Cyber Skills Programme.",
    "The Desert Security Platform (DSP) has funded the Gulf Cyber Skills Programme since 2020.",
    "The Muscat Cyber Initiative (MCI) launched the Gulf Cyber Skills Programme in 2022.",
])
def test_an_unread_body_opening_the_clause_gives_the_state_no_role(sentence: str) -> None:
    roles = _roles(OMAN + sentence)
    assert not any(r[0] == "Oman" for r in roles), roles
