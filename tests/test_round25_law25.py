"""Round 25, laws: a transposed text is someone else's, the law that transposed or replaced one is in force
(invented sentences only)."""

from __future__ import annotations

import pytest

from tests.invented import labelled_facts


def issued(text: str, state: str = "Malawi") -> set[tuple[str, str, str]]:
    return {(f.object, f.year, f.status) for f in labelled_facts(text, state) if f.relation == "issued"}


@pytest.mark.parametrize("sentence", [
    "The NIS Directive was transposed by Law 412/2019.",
    "The NIS2 Directive was eventually transposed via Law 412/2019.",
    "The NIS Directive has been fully incorporated into national law by Law 412/2019.",
])
def test_the_law_that_transposed_a_directive_is_in_force_and_the_directive_is_not_the_states(sentence: str) -> None:
    rows = issued(sentence)
    assert ("Law 412/2019", "2019", "Adopted") in rows
    assert not any("Directive" in name for name, _, _ in rows)


def test_the_law_that_replaced_a_draft_takes_no_draft_status() -> None:
    rows = issued("A draft law on network security, circulated in 2018, was superseded by Law 155/2020, which bars "
                  "untrusted vendors.")
    assert ("Law 155/2020", "2020", "Adopted") in rows


def test_a_new_text_that_replaced_an_old_one_is_adopted() -> None:
    assert ("National Cybersecurity Strategy", "2020", "Adopted") in issued(
        "The 2012 strategy was superseded in 2020 by a new National Cybersecurity Strategy.")


def test_a_replacement_still_to_come_is_not_adopted() -> None:
    rows = issued("The Cybercrime Act will be replaced by a new Cybersecurity Act.")
    assert not any(name == "Cybersecurity Act" and status == "Adopted" for name, _, status in rows)


def test_the_active_transposition_still_reads_the_law() -> None:
    assert ("Law 5160/2024", "2024", "Adopted") in issued("Malawi transposed the NIS2 Directive through Law 5160/2024.")
