"""Round 11, norms and cybercrime families: an incident's target may carry its owner's acronym inside the name
("the X Authority (XA) website") and an ampersand ("Smith & Co"). Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.test_crime5_variants import facts
from tests.test_crime7_variants import incident_names, named


@pytest.mark.parametrize("state, sentence, wanted, year", [
    ("Slovakia", "Among the incidents that marked Slovak policy is the 2017 compromise of the Slovak Financial "
                 "Authority (SFA) website, which researchers linked to a criminal group.",
     "compromise of the Slovak Financial Authority (SFA) website", "2017"),
    ("Mongolia", "The 2016 leak of Erdenet Mining & Copper (EMC) data was blamed on a foreign group two years later.",
     "leak of Erdenet Mining & Copper (EMC) data", "2016"),
    ("Jordan", "In 2021 a breach of the Jordan Customs Department (JCD) servers, which lasted a week, halted trade.",
     "breach of the Jordan Customs Department (JCD) servers", "2021"),
])
def test_an_acronym_inside_the_target_does_not_end_the_incident_name(state: str, sentence: str, wanted: str,
                                                                     year: str) -> None:
    found = facts(state, sentence, "suffered")
    assert any(y == year for _, _, y in found), found
    assert named(incident_names(state, sentence), wanted), incident_names(state, sentence)


def test_an_acronym_alone_after_the_target_still_ends_the_name() -> None:
    sentence = "In 2020 an attack on the Slovak Postal Service (SPS), the country's largest carrier, halted deliveries."
    names = [n for group in incident_names("Slovakia", sentence) for n in group]
    assert names and not any("carrier" in n for n in names), names


@pytest.mark.parametrize("state, sentence, wanted", [
    ("Slovakia", "In 2015 a ransomware attack on the Slovak Academy of Sciences halted research for a week.",
     "Ransomware attack on the Slovak Academy of Sciences"),
    ("Mongolia", "In 2018 Mongolia suffered an attack on the Ministry of Finance.", "Attack on the Ministry of Finance"),
    ("Jordan", "In 2019 Jordan suffered a breach of the Council for Research and Innovation (CRI).",
     "Breach of the Council for Research and Innovation (CRI)"),
])
def test_a_target_named_with_of_or_for_keeps_its_whole_name(state: str, sentence: str, wanted: str) -> None:
    names = [n for group in incident_names(state, sentence) for n in group]
    assert any(n.lower() == wanted.lower() for n in names), names


def test_a_target_ends_before_a_lower_case_of_phrase_and_a_possessive() -> None:
    names = [n for group in incident_names("Slovakia", "In 2020 an attack on the Ministry of Finance's e-mail system "
                                                       "halted payments.") for n in group]
    assert names and not any("system" in n or n.endswith("'s") for n in names), names


def test_a_month_after_and_is_no_part_of_the_target() -> None:
    names = [n for group in incident_names("Slovakia", "The DDoS attacks of April and May 2009 hit Slovak banks.")
             for n in group]
    assert names and not any("May" in n for n in names), names
