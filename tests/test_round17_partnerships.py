"""Round 17 (lead): joining an organisation's partnership framework ("joined NATO's Partnership for Peace in 1995")
makes the state a partner of the organisation, cooperating with it, as taking part in the framework does; it is no
membership of the framework. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.invented import paragraph_result


def relations(text: str, state: str) -> set[tuple[str, str, str]]:
    """(relation, object label, year) of the state's facts, the opening's UN membership aside."""
    result = paragraph_result(text, state)
    label = {key: entity.label for key, entity in result.gazetteer.entities.items()}
    return {(f.relation, label.get(f.object, f.object), f.year) for f in result.facts
            if f.subject == f"state/{state.lower()}" and f.object != "org/un"}


@pytest.mark.parametrize("sentence, state, year", [
    ("Valletta joined NATO's Partnership for Peace (PfP) in 1995, a framework it presents as compatible with "
     "neutrality.", "Malta", "1995"),
    ("Vienna joined NATO's Partnership for Peace in February 1995 but has never sought membership.", "Austria", "1995"),
    ("Armenia joined NATO's Individual Partnership Cooperation Programme in 2021.", "Armenia", "2021"),
])
def test_joining_an_organisations_partnership_is_cooperating_with_it(sentence: str, state: str, year: str) -> None:
    found = relations(sentence, state)
    assert ("cooperatesWith", "North Atlantic Treaty Organization", year) in found
    assert not {f for f in found if f[0] == "memberOf"}


def test_joining_an_organisation_itself_stays_a_membership() -> None:
    found = relations("Slovenia joined the North Atlantic Treaty Organization in 2004.", "Slovenia")
    assert ("memberOf", "North Atlantic Treaty Organization", "2004") in found
