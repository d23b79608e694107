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
    assert any(label.startswith("Ocean Shield") and year == "2024" for label, year in found)


def test_hedged_regulars_give_no_fact_taken():
    found = _taken_part("Malawian teams have never been regulars of NATO's Locked Shields exercise.", "Malawi")
    assert ("Locked Shields", "") not in found
