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


def test_a_compromise_told_in_the_passive_is_named_a_compromise() -> None:
    found = _incidents("In 2023 the e-mail accounts at the Ministry of Culture were compromised.", "Austria")
    assert list(found) == ["Compromise of the e-mail accounts at the Ministry of Culture"]


def test_parts_named_by_their_kind_that_suffered_two_kinds_of_attack() -> None:
    found = _incidents("During the 2021 border crisis, state websites suffered waves of DDoS attacks and "
                       "defacements.", "Honduras")
    assert list(found) == ["DDoS attacks and defacements on state websites"]


def test_a_defacement_campaign_and_data_taken_from_a_source() -> None:
    found = _incidents("A defacement campaign against municipal websites in 2021 was claimed by hacktivists.",
                       "Slovakia")
    assert list(found) == ["Defacement campaign against municipal websites"]
    found = _incidents("In 2022 the press reported a leak of data from the national vehicle registry.", "Laos")
    assert list(found) == ["Leak of data from the national vehicle registry"]


def _attributed(text: str, state: str) -> set[tuple[str, str]]:
    result = paragraph_result(text, state)
    entities = result.gazetteer.entities
    return {(entities[f.subject].label, entities[f.object].label) for f in result.facts if f.relation == "attributesTo"}


def test_a_finding_that_an_attack_came_from_a_state_attributes_it() -> None:
    text = ("In March 2021 a ransomware attack crippled the national lottery. In May 2021 the interior minister "
            "announced that the attack had been carried out from Belarus.")
    assert ("Namibia", "Belarus") in {(a, b) for a, b in _attributed(text, "Namibia")}
    text = ("In 2020 a breach hit the customs service. In 2021 the prime minister told Parliament that the breach had "
            "originated in Russia.")
    assert ("Malawi", "Russia") in _attributed(text, "Malawi")
    text = ("In 2022 a wiper attack hit the tax office. In 2023 the president announced that the attack had been "
            "orchestrated and sponsored by North Korea.")
    assert ("Togo", "North Korea") in _attributed(text, "Togo")


def test_traffic_from_servers_abroad_attributes_nothing() -> None:
    text = ("In 2022 the tax portal was disrupted by a DDoS attack; the agency said the traffic originated from servers "
            "in Russia but named no perpetrator.")
    assert _attributed(text, "Benin") == set()


def test_what_an_attack_hit_told_after_it_runs_to_its_date() -> None:
    found = _incidents("The ransomware attack that crippled the booking system of Harbour Health and Coastal Care "
                       "in March 2022 was never attributed.", "Barbados")
    assert list(found) == ["Ransomware attack on Harbour Health and Coastal Care"]


def test_a_data_centre_is_a_target() -> None:
    found = _incidents("The worst incident was the ransomware attack on the Tyrol Region's data centre in May 2020.",
                       "Austria")
    assert list(found) == ["Ransomware attack on the Tyrol Region's data centre"]


def test_some_of_the_countrys_providers_knocked_offline() -> None:
    found = _incidents("In June 2012, DDoS attacks knocked three of the country's main mobile operators offline.",
                       "Nepal")
    assert list(found) == ["DDoS attacks against mobile operators"]
