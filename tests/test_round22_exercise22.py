"""Round 22, exercise: who takes part in an exercise, in wordings other writers use (invented sentences only)."""

from __future__ import annotations

from tests.invented import paragraph_result


def _taken_part(text: str, state: str) -> set[tuple[str, str]]:
    result = paragraph_result(text, state)
    entities = result.gazetteer.entities
    return {(entities[f.object].label if f.object in entities else f.object, f.year)
            for f in result.facts if f.relation == "participatesIn"}


def test_trained_in_the_cyber_component_of_an_exercise_is_taking_part():
    found = _taken_part("Namibian army units have trained in the cyber defence component of Desert Falcon, "
                        "the large annual exercise run with regional partners.", "Namibia")
    assert ("Desert Falcon", "") in found


def test_regulars_of_exercises_take_part_in_each():
    found = _taken_part("Slovenian teams are regulars of NATO's Locked Shields exercise and of ENISA's Cyber Europe "
                        "series.", "Slovenia")
    assert {("Locked Shields", ""), ("Cyber Europe", "")} <= found


def test_an_exercise_owned_by_a_several_word_owner_is_named():
    found = _taken_part("Fijian officers joined the Pacific Islands Forum Secretariat's Ocean Shield communications "
                        "exercise in 2024.", "Fiji")
    assert ("Ocean Shield", "2024") in found


def test_hedged_regulars_give_no_fact_taken():
    found = _taken_part("Malawian teams have never been regulars of NATO's Locked Shields exercise.", "Malawi")
    assert ("Locked Shields", "") not in found


def test_the_team_points_back_to_a_cert_whose_name_has_no_team():
    result = paragraph_result("The Government Computer Incident Response Centre (GovCIRT) trained responders from "
                              "Fiji in 2023. The team takes part in the annual APCERT Drill.", "Vanuatu")
    facts = [f for f in result.facts if f.relation == "participatesIn"]
    assert any(result.gazetteer.entities[f.object].label == "APCERT Drill" and f.through.endswith("govcirt")
               for f in facts)


def test_a_further_exercise_after_the_organiser_of_the_first_is_joined_too():
    found = _taken_part("Beninese teams join the ASEAN CERT Incident Drill, led by Singapore since 2006, and the "
                        "annual APCERT Drill.", "Benin")
    assert {("ASEAN CERT Incident Drill", ""), ("APCERT Drill", "")} <= found


def test_an_organisation_after_a_joined_exercise_is_not_an_exercise_joined():
    found = _taken_part("Togo joined Locked Shields and the World Bank in 2010.", "Togo")
    assert {label for label, _ in found} <= {"Locked Shields"}


def test_a_cyber_segment_included_in_a_joint_exercise_is_taking_part():
    found = _taken_part("The Jamaica Defence Force has included a cyber defence segment in the US-Jamaican Coral Reef "
                        "exercise since 2022.", "Jamaica")
    assert ("Coral Reef", "2022") in found


def test_cyber_drills_forming_part_of_an_exercise_are_the_states():
    found = _taken_part("Cyber drills have formed part of the combined Panama-US Isthmus Guard exercise since 2021.",
                        "Panama")
    assert ("Isthmus Guard", "2021") in found


def test_a_cyber_component_of_a_strategy_is_no_exercise():
    found = _taken_part("Honduras's strategy has a cyber component in the Central American Integration System.",
                        "Honduras")
    assert not found


def test_an_edition_told_by_its_year_is_of_the_exercise_named_before():
    result = paragraph_result("The Croatian Cyber Security Agency (CCSA) coordinates incident response. Croatian teams "
                              "have entered NATO's Locked Shields exercise since 2014, and a team led by the CCSA won "
                              "the 2018 edition.", "Croatia")
    entities = result.gazetteer.entities
    rows = {(entities[f.object].label, f.year, bool(f.through)) for f in result.facts if f.relation == "participatesIn"}
    assert ("Locked Shields", "2018", True) in rows


def test_an_edition_not_hosted_is_not_taken_part_in():
    found = _taken_part("Austria has taken part in Cyber Europe since 2012 but has not hosted the 2022 edition.",
                        "Austria")
    assert ("Cyber Europe", "2022") not in found
