"""Round 21, incident21: an incident's name is its kind plus the target's noun phrase, whole, ending where that
phrase ends (every sentence invented)."""

from __future__ import annotations

from invented import paragraph_result


def _incidents(text: str, state: str) -> dict[str, set[str]]:
    """Label → other names of each incident the paragraph's state suffered."""
    result = paragraph_result(text, state)
    entities = result.gazetteer.entities
    return {entities[f.object].label: set(entities[f.object].names) for f in result.facts if f.relation == "suffered"}


def test_a_passive_victim_is_read_back_over_of_to_its_head() -> None:
    found = _incidents("In March 2023 the website of the Chamber of Trade and Crafts was disabled by a DDoS attack "
                       "claimed by a hacktivist collective.", "Malta")
    assert list(found) == ["DDoS attack on the website of the Chamber of Trade and Crafts"]


def test_a_passive_victim_listed_over_commas_is_whole_and_summed_up() -> None:
    found = _incidents("In May 2022 the websites of the cabinet, the Ministry of Fisheries and the coast guard were "
                       "hit by DDoS attacks.", "Iceland")
    label = "DDoS attacks on the websites of the cabinet, the Ministry of Fisheries and the coast guard"
    assert list(found) == [label]
    assert "DDoS attacks on government websites" in found[label]


def test_a_long_passive_victim_joined_by_and_of_is_whole() -> None:
    found = _incidents("In June 2021 the websites of the Ministry of Tourism and of other public bodies were defaced.",
                       "Cyprus")
    label = "Defacement of the websites of the Ministry of Tourism and of other public bodies"
    assert list(found) == [label]
    assert "Defacement of government websites" in found[label]


def test_a_domain_name_and_a_number_stay_whole() -> None:
    found = _incidents("In April 2021 the tax portal (e-tax.gov.mt) was disrupted by a DDoS attack.", "Malta")
    assert list(found) == ["DDoS attack on the tax portal (e-tax.gov.mt)"]
    found = _incidents("In October 2022 hackers leaked the personal data of about 2,500 prison officers.", "Slovenia")
    assert list(found) == ["Leak of the personal data of prison officers"]


def test_a_relative_clause_is_no_part_of_the_victim() -> None:
    found = _incidents("In 2023 the postal operator Posta Nova suffered a data breach in which client records were "
                       "stolen and published.", "Croatia")
    assert list(found) == ["Data breach on Posta Nova"]


def test_a_list_of_bodies_hit_is_the_target_whole() -> None:
    found = _incidents("In 2020 hackers penetrated the networks of the Water Supply Authority, the Port Authority and "
                       "the Ministry of Transport, and officials blamed a foreign service.", "Malta")
    assert list(found) == ["Intrusions into the Water Supply Authority, the Port Authority and the Ministry of Transport"]


def test_the_owner_of_the_part_hit_goes_on_with_its_proper_name() -> None:
    found = _incidents("In 2024 the police attributed a ransomware attack on the billing system of Société des Eaux "
                       "du Nord (SEN) to a criminal gang.", "Benin")
    label = "Ransomware attack on the billing system of Société des Eaux du Nord (SEN)"
    assert list(found) == [label]
    assert "Ransomware attack on Société des Eaux du Nord (SEN)" in found[label]


def test_a_described_owner_is_named_by_the_name_set_after_it() -> None:
    found = _incidents("In 2022 a ransomware attack disrupted the payment systems of the state water company, Aguas "
                       "del Istmo (ADI), for a week.", "Panama")
    assert list(found) == ["Ransomware attack on Aguas del Istmo (ADI)"]


def test_two_modifiers_of_one_noun_are_both_the_target() -> None:
    found = _incidents("During the 2023 games the agency reported DDoS attacks on ticketing and streaming platforms.",
                       "Fiji")
    assert list(found) == ["DDoS attacks on ticketing and streaming platforms"]
