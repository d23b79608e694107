"""Round 23, coreference: a body referred back to by its head noun ("the agency", "the centre", "the team", "the unit",
"the authority") is the nearest state body of that kind named before it in the paragraph (invented sentences only)."""

from __future__ import annotations

from tests.invented import labelled_facts


def _rows(text: str, state: str, relation: str) -> set[tuple[str, str, str, str]]:
    """(object, year, status, through) of the paragraph's facts of one relation."""
    return {(f.object, f.year, f.status, f.through) for f in labelled_facts(text, state) if f.relation == relation}


def test_the_agency_signs_for_the_agency_named_before():
    rows = _rows("In 2019 Malta set up the National Cyber Resilience Agency (NCRA). The agency signed a memorandum of "
                 "understanding with Slovakia in 2022.", "Malta", "hasAgreementWith")
    assert ("Slovakia", "2022", "Signed", "National Cyber Resilience Agency") in rows


def test_the_agency_after_a_relative_clause_naming_another_body():
    rows = _rows("In 2019 Malta set up the National Cyber Resilience Agency (NCRA), which hosts CSIRTMalta. The agency "
                 "signed a memorandum of understanding with Slovakia in 2022.", "Malta", "hasAgreementWith")
    assert ("Slovakia", "2022", "Signed", "National Cyber Resilience Agency") in rows


def test_the_centre_takes_part_in_an_exercise():
    rows = _rows("Iceland established the Cyber Defence Centre (CDC) in 2018. The centre has taken part in Locked "
                 "Shields since 2020.", "Iceland", "participatesIn")
    assert ("Locked Shields", "2020", "", "Cyber Defence Centre") in rows


def test_the_unit_cooperates_for_the_unit_named_before():
    rows = _rows("Nepal has a Cybercrime Unit within the Nepal Police. The unit cooperates with Interpol.", "Nepal",
                 "cooperatesWith")
    assert {through for *_, through in rows} == {"Cybercrime Unit"}


def test_the_authority_runs_a_programme():
    rows = _rows("Honduras created the Digital Security Authority (DSA) in 2020. The authority runs the Cyber Shield "
                 "Programme, launched in 2022.", "Honduras", "funds")
    assert ("Cyber Shield Programme", "2022", "Launched", "Digital Security Authority") in rows


def test_the_team_is_a_state_cert_not_a_regional_network_of_teams():
    rows = _rows("Fiji set up the Fiji Computer Emergency Response Team (FijiCERT) in 2021. FijiCERT joined the Asia "
                 "Pacific Computer Emergency Response Team (APCERT) in 2022. The team signed a memorandum of "
                 "understanding with Vanuatu in 2023.", "Fiji", "hasAgreementWith")
    # the CERT is labelled by its full name, the acronym being an alias of the same body (names23)
    assert rows and {through for *_, through in rows} == {"Fiji Computer Emergency Response Team"}


def test_a_head_noun_with_no_body_of_that_kind_before_resolves_to_nothing():
    rows = _rows("Nepal adopted a strategy in 2021. The agency signed a memorandum of understanding with Bulgaria in 2022.",
                 "Nepal", "hasAgreementWith")
    assert {through for *_, through in rows} <= {""}


def test_a_head_noun_does_not_reach_back_across_a_sentence_about_another_state():
    rows = _rows("Barbados set up the Cyber Response Agency (CRA) in 2019. Jamaica signed an arrangement with Panama "
                 "in 2020. The agency signed a memorandum of understanding with Togo in 2022.", "Barbados",
                 "hasAgreementWith")
    assert not any(through == "Cyber Response Agency" and obj == "Togo" for obj, _, _, through in rows)


def test_a_head_noun_before_a_name_is_an_apposition_not_a_back_reference():
    rows = _rows("Benin set up the Digital Protection Agency (DPA) in 2019 and the Cyber Trust Agency (CTA) in 2020. The "
                 "agency CTA signed a memorandum of understanding with Togo in 2022.", "Benin", "hasAgreementWith")
    assert {through for *_, through in rows} <= {"Cyber Trust Agency", ""}


def test_a_paragraph_opening_with_the_agency_stays_about_its_state():
    facts = labelled_facts("Croatia set up the National Cyber Agency (NCA) in 2019.\n\nThe agency adopted a strategy in "
                           "2021, and Croatia joined the Counter Ransomware Initiative in 2022.", "Croatia")
    assert any(f.relation == "joined" and f.subject == "Croatia" for f in facts)


# --- chairing: a group of a body led for the state, a session presided over by the state's envoy ------------------

def _chaired(text: str, state: str) -> set[tuple[str, str, str]]:
    return {(f.subject, f.object, f.year) for f in labelled_facts(text, state) if f.relation == "chairs"}


def test_leading_its_working_group_is_chairing_the_group_of_the_body_named_before():
    found = _chaired("Austria joined the Counter Ransomware Initiative (CRI) at its launch in 2021 and led its Resilience "
                     "working group in the first year.", "Austria")
    assert ("Austria", "International Counter Ransomware Initiative Resilience working group", "2021") in found


def test_the_initiatives_working_group_on_a_topic_is_named_with_its_topic_only():
    found = _chaired("Denmark joined the Counter Ransomware Initiative (CRI) in 2021, leading the initiative's working "
                     "group on resilience during its first year.", "Denmark")
    assert {o for _, o, _ in found} == {"International Counter Ransomware Initiative working group on resilience"}


def test_a_pillar_co_led_with_another_state_is_chaired_by_both():
    found = _chaired("Belgium joined the Counter Ransomware Initiative (CRI) in 2021 and co-led the CRI's diplomacy "
                     "pillar with Austria in 2022.", "Belgium")
    pillar = "International Counter Ransomware Initiative diplomacy pillar"
    assert {("Belgium", pillar, "2022"), ("Austria", pillar, "2022")} <= found


def test_a_named_task_force_led_is_chaired():
    found = _chaired("Denmark has taken part in the Counter Ransomware Initiative (CRI) since 2021, leading its "
                     "International Counter Ransomware Task Force in 2022-2023.", "Denmark")
    assert ("Denmark", "International Counter Ransomware Task Force", "2022") in found


def test_leading_a_delegation_is_no_chair():
    assert not _chaired("Denmark led the delegation to the OSCE in 2020.", "Denmark")


def test_a_session_presided_over_by_the_states_envoy_is_chaired_by_the_state():
    found = _chaired("Malta joined the Commonwealth in 1964. Its Permanent Representative, Joseph Vella, presided over "
                     "the 80th session of the UN General Assembly in 2025-2026.", "Malta")
    assert ("Malta", "80th session of the UN General Assembly", "2025") in found
    found = _chaired("The Fijian diplomat Sera Naivalu presided over the 71st session of the UN General Assembly in "
                     "2016-2017.", "Fiji")
    assert ("Fiji", "71st session of the UN General Assembly", "2016") in found


def test_its_staff_act_for_the_agency_the_sentence_before_was_about():
    rows = _rows("Fiji set up the Fiji Computer Emergency Response Team (FijiCERT) in 2021. FijiCERT joined FIRST in 2022. "
                 "Its staff took part in the APCERT Drill in 2023.", "Fiji", "participatesIn")
    assert ("APCERT Drill", "2023", "", "Fiji Computer Emergency Response Team") in rows
    rows = _rows("Fiji set up the Fiji Computer Emergency Response Team (FijiCERT) in 2021. Fiji joined FIRST in 2022. "
                 "Its analysts have taken part in the APCERT Drill since 2023.", "Fiji", "participatesIn")
    assert ("APCERT Drill", "2023", "", "") in rows


def test_an_actor_named_only_after_the_chairing_verb_did_not_chair():
    found = _chaired("Panama joined the OAS in 1951, and it held the pro tempore presidency of SICA in the first half of "
                     "2024, during which the bloc's Digital Agenda Group adopted a work plan.", "Panama")
    assert {s for s, _, _ in found} == {"Panama"}


def test_a_working_party_of_a_body_named_as_the_bodys_is_chaired():
    found = _chaired("During its 2021 Presidency, Slovenian diplomats chaired the Council's Horizontal Working Party on "
                     "Cyber Issues.", "Slovenia")
    assert ("Slovenia", "Horizontal Working Party on Cyber Issues", "2021") in found
    found = _chaired("Slovenia chaired the Council of the EU and its Horizontal Working Party on Cyber Issues in 2021.",
                     "Slovenia")
    assert {("Slovenia", "Council of the European Union", "2021"),
            ("Slovenia", "Horizontal Working Party on Cyber Issues", "2021")} <= found


def test_a_time_between_the_co_chair_and_what_was_chaired_dates_it():
    found = _chaired("Within the OAS, Panama co-chaired with Jamaica, in 2022-2023, the Working Group on Cooperation and "
                     "Confidence-Building Measures in Cyberspace, which the foreign ministry values.", "Panama")
    group = "Working Group on Cooperation and Confidence-Building Measures"
    assert {("Panama", group, "2022"), ("Jamaica", group, "2022")} <= found
