"""Round 18 (inc18): a ratification still to come after a signature is a Planned step towards the convention (told
as expected, as a bill to ratify it tabled or sent, as the convention submitted for ratification); a ratification
merely "still pending" stays no row; and a capital city named as the place of an act ("signed it in Hanoi") is not
the state doing it. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.invented import paragraph_facts


def steps(text: str, state: str) -> set[tuple[str, str, str, str]]:
    """(state, convention, year, status) of every convention step the paragraph reads."""
    return {(f.subject.rsplit("/", 1)[-1], f.object.rsplit("/", 1)[-1], f.year, f.status)
            for f in paragraph_facts(text, state) if f.relation == "partyTo"}


@pytest.mark.parametrize("sentence, state, year", [
    ("Austria signed the UN Convention against Cybercrime in Hanoi in October 2025, with ratification expected to "
     "follow.", "Austria", "2025"),
    ("Mongolia signed the UN Convention against Cybercrime in October 2025; the government expects ratification in "
     "2027.", "Mongolia", "2027"),
    ("Ulaanbaatar signed the UN Convention against Cybercrime in October 2025 and expects to ratify it soon.",
     "Mongolia", ""),
    ("Zambia signed the UN Convention against Cybercrime in October 2025; the cabinet has said it will submit the "
     "convention to the National Assembly for ratification.", "Zambia", ""),
])
def test_a_ratification_to_come_is_planned(sentence: str, state: str, year: str) -> None:
    found = steps(sentence, state)
    slug = state.lower()
    assert (slug, "un-cybercrime-convention", "2025", "Signed") in found
    planned = [s for s in found if s[3] == "Planned"]
    assert len(planned) == 1 and planned[0][:2] == (slug, "un-cybercrime-convention")
    if year:
        assert planned[0][2] == year


def test_a_bill_to_ratify_it_sent_to_parliament_is_planned_with_its_year() -> None:
    found = steps("Slovenia signed the Second Additional Protocol in March 2023, and a bill to ratify it was sent "
                  "to the National Assembly in 2024.", "Slovenia")
    assert ("slovenia", "budapest-second-protocol", "2023", "Signed") in found
    assert ("slovenia", "budapest-second-protocol", "2024", "Planned") in found


def test_a_ratification_bill_passed_is_no_plan() -> None:
    found = steps("Croatia signed the Second Additional Protocol in 2022, and a bill to ratify it was passed by "
                  "Parliament in 2024.", "Croatia")
    assert not any(s[3] == "Planned" for s in found)


@pytest.mark.parametrize("sentence", [
    "Namibia signed the UN Convention against Cybercrime in Hanoi in October 2025, with ratification still pending.",
    "Namibia signed the UN Convention against Cybercrime in October 2025, although ratification is still pending "
    "before Parliament.",
])
def test_a_ratification_still_pending_is_no_row(sentence: str) -> None:
    assert not any(s[3] == "Planned" for s in steps(sentence, "Namibia"))


@pytest.mark.parametrize("sentence, state", [
    ("It took part in the talks that produced the UN Convention against Cybercrime and signed the convention at "
     "the ceremony in Hanoi in October 2025; ratification is expected in 2026.", "Paraguay"),
    ("It signed the Budapest Convention in Strasbourg in 2019 and ratified it in 2021, and it signed the UN "
     "Convention against Cybercrime in Hanoi in 2025.", "Panama"),
])
def test_a_capital_named_as_the_place_is_not_the_state_acting(sentence: str, state: str) -> None:
    found = steps(sentence, state)
    assert found and {s[0] for s in found} == {state.lower()}


def incidents(text: str, state: str) -> set[tuple[str, str]]:
    """(victim, year) of every incident the paragraph reads."""
    return {(f.subject.rsplit("/", 1)[-1], f.year) for f in paragraph_facts(text, state) if f.relation == "suffered"}


@pytest.mark.parametrize("paragraph, state", [
    ("\n\nFiji's known incidents are few. In 2022 the national e-government portal suffered a distributed "
     "denial-of-service (DDoS) attack that took payment services offline. Samoa, for its part, accused Vanuatu in "
     "2024 of hacking its ministries.", "Fiji"),
    ("\n\nOn paper, Bhutan's record is short. In 2023 the customs portal suffered a ransomware attack. Nepal later "
     "accused Bhutan of hacking its websites.", "Bhutan"),
])
def test_a_paragraph_opening_with_a_states_possession_is_about_that_state(paragraph: str, state: str) -> None:
    # (the paragraph is one of its own, after the invented opening sentence)
    found = incidents(paragraph, state)
    assert any(victim == state.lower() for victim, _ in found)
    assert not any(victim in ("samoa", "nepal") for victim, _ in found)


def test_a_possession_in_a_later_sentence_does_not_set_the_topic() -> None:
    # (a paragraph of its own, opened by the state acting: a possessive further on changes nothing)
    found = incidents("\n\nMalawi signed nothing that year. Zambia's record is short. In 2023 the customs portal "
                      "suffered a ransomware attack.", "Malawi")
    assert "zambia" not in {victim for victim, _ in found}


def incident_names(text: str, state: str) -> set[str]:
    """The labels of the incidents the paragraph reads."""
    from tests.invented import paragraph_result
    result = paragraph_result(text, state)
    return {result.gazetteer.entities[f.object].label for f in result.facts if f.relation == "suffered"}


@pytest.mark.parametrize("sentence, state, label", [
    ("In March 2022, finally, the state power company Zesco reported a ransomware attack on its billing systems.",
     "Zambia", "Ransomware attack on Zesco"),
    ("In May 2023 the Ministry of Foreign Affairs attributed a long-running espionage campaign against its networks "
     "to a foreign intelligence service.", "Cyprus", "Espionage campaign against the Ministry of Foreign Affairs"),
])
def test_its_systems_are_the_systems_of_the_body_that_tells_it(sentence: str, state: str, label: str) -> None:
    assert label in incident_names(sentence, state)


def test_a_states_own_systems_stay_its_own() -> None:
    names = incident_names("In 2022 Iceland said that a ransomware attack on its tax systems had been contained.",
                           "Iceland")
    assert names and not any("Iceland" in n for n in names)
