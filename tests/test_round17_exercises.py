"""Round 17 (lead): an exercise described first and named after, in double or single quotes ("hosted the regional
cyber exercise 'Blue Harbour'", 'the EU joint counter-terrorism exercise "Cyber-Shield-2021"'), is taken part in by
that name, whatever words describe it; and where it was held ("in Valletta", "in Greece") stands between an
exercise and its time without hiding the time. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.invented import paragraph_result


def exercises(text: str, state: str) -> set[tuple[str, str]]:
    """(exercise label, year) of every participation of the state."""
    result = paragraph_result(text, state)
    label = {key: entity.label for key, entity in result.gazetteer.entities.items()}
    return {(label.get(f.object, f.object), f.year) for f in result.facts
            if f.relation == "participatesIn" and f.subject == f"state/{state.lower()}"}


@pytest.mark.parametrize("sentence, state, wanted", [
    ("In 2023 Valletta hosted the regional cyber exercise 'Blue Harbour', in which six states took part.", "Malta",
     ("Blue Harbour", "2023")),
    ("In 2024 Nepal hosted the SAARC joint cyber exercise ‘Himal Guard’ for the region's CERTs.", "Nepal",
     ("Himal Guard", "2024")),
    ("Armenia hosted the CSTO joint counter-terrorism exercise \"Cyber-Ararat-2021\" in Yerevan in October 2021.",
     "Armenia", ("Cyber-Ararat-2021", "2021")),
])
def test_a_quoted_name_after_the_description_is_the_exercise(sentence: str, state: str, wanted: tuple) -> None:
    found = exercises(sentence, state)
    assert wanted in found
    assert not {name for name, _ in found if "exercise" in name.lower()}  # (the description is no exercise)


@pytest.mark.parametrize("sentence, state, wanted", [
    ("Maltese teams took part in the multinational exercise Eager Fox in Greece in 2023.", "Malta", ("Eager Fox", "2023")),
    ("Fijian officers joined the Pacific Shield exercise held in Samoa in 2022.", "Fiji", ("Pacific Shield", "2022")),
])
def test_where_an_exercise_was_held_does_not_hide_its_time(sentence: str, state: str, wanted: tuple) -> None:
    assert wanted in exercises(sentence, state)


def test_an_apostrophe_is_no_quoted_name() -> None:
    found = exercises("Malta's CSIRT took part in the ITU's regional cyber drill in 2021.", "Malta")
    assert not {name for name, _ in found if name.startswith("s ")}
