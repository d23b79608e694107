"""Round 20 (names20): where a name ends.

Longest match wins over a shorter name inside it, and an acronym in brackets after a name defines the span it stands
for: "the Ministry of Digital Affairs and the Postal Service (MIDAPS)" is one body, not "Ministry of Digital Affairs"
(the name patterns stop at "and the"; the acronym's first letter is no initial of "Postal Service", while the whole
span's opening letters make it). A title whose head comes first runs on through "from" or "against" while its words
are capitalised ("the Law on Protection from Online Harassment and Stalking"), and a title that opens with a verb in
-ing is one name with the act it ends in ("the Protecting Children from Online Abuse Act"). Every sentence is
invented; the paragraph opens with a sentence naming its state."""

from __future__ import annotations

from tests.invented import paragraph_result


def _facts(text: str, state: str) -> set[tuple[str, str, str, str]]:
    """(relation, subject label, object label, year) of each fact but memberships of the United Nations."""
    result = paragraph_result(text, state)
    entities = result.gazetteer.entities

    def label(key: str) -> str:
        return entities[key].label if key in entities else key
    return {(f.relation, label(f.subject), label(f.object), f.year) for f in result.facts
            if not (f.relation == "memberOf" and label(f.object) == "United Nations")}


def _labels(text: str, state: str, relation: str) -> set[str]:
    return {obj if subject == state else subject for rel, subject, obj, _ in _facts(text, state) if rel == relation}


def test_an_acronym_after_and_the_defines_the_whole_name() -> None:
    text = "The Ministry of Digital Affairs and the Postal Service (MIDAPS) leads on cyber policy in Malta."
    agencies = {subject for rel, subject, obj, _ in _facts(text, "Malta") if rel == "agencyOf" and obj == "Malta"}
    assert "Ministry of Digital Affairs and the Postal Service" in agencies
    assert "Ministry of Digital Affairs" not in agencies


def test_an_acronym_of_the_last_name_alone_keeps_two_names() -> None:
    text = ("The Ministry of Finance and the National Cyber Security Centre (NCSC) of Malta signed a memorandum "
            "in 2021.")
    labels = {label for fact in _facts(text, "Malta") for label in fact[1:3]}
    assert "Ministry of Finance and the National Cyber Security Centre" not in labels


def test_a_translated_name_is_defined_by_its_acronym_in_another_order() -> None:
    text = "The Cyber Agency of la Republique Togolaise (ACRT) was created in 2019 in Togo."
    labels = {label for fact in _facts(text, "Togo") for label in fact[1:3]}
    assert "Cyber Agency of la Republique Togolaise" in labels and "Cyber Agency" not in labels


def test_a_title_runs_on_through_from() -> None:
    text = "The Law on Protection from Online Harassment and Stalking was adopted by the Parliament of Malta in 2020."
    assert "Law on Protection from Online Harassment and Stalking" in _labels(text, "Malta", "issued")
    assert "Law on Protection" not in _labels(text, "Malta", "issued")


def test_a_title_does_not_run_on_into_a_month_or_a_lower_case_word() -> None:
    text = "The Law on Cybersecurity from January 2018 was amended by the Parliament of Malta in 2022."
    assert not any("January" in label for label in _labels(text, "Malta", "issued"))


def test_a_title_opening_with_an_ing_verb_is_one_name() -> None:
    text = ("Malta ratified the Budapest Convention in 2016, after the Protecting Children from Online Abuse Act of "
            "2015 had brought its criminal law into line.")
    issued = _labels(text, "Malta", "issued")
    assert "Protecting Children from Online Abuse Act" in issued
    assert "Online Abuse Act" not in issued


def test_the_group_of_friends_is_one_name() -> None:
    text = "In 2021 Nepal joined the Group of Friends in Defence of the Charter of the United Nations."
    members = _labels(text, "Nepal", "memberOf")
    assert "Group of Friends in Defense of the Charter of the United Nations" in members
    assert "Group of Friends" not in members


def test_a_body_under_the_head_of_government_has_it_in_its_name() -> None:
    text = ("The Digital Communications Service under the Government regulates operators in Mongolia. In 2023 the "
            "Digital Communications Service opened a new office.")
    agencies = {subject for rel, subject, obj, _ in _facts(text, "Mongolia") if rel == "agencyOf"}
    assert "Digital Communications Service under the Government" in agencies
    assert "Digital Communications Service" not in agencies  # (the short name later is the same body)


def test_a_body_under_a_ministry_keeps_its_own_name() -> None:
    text = "The Cyber Incident Office under the Ministry of Defence handles incidents in Mongolia."
    labels = {label for fact in _facts(text, "Mongolia") for label in fact[1:3]}
    assert not any("under the Ministry" in label for label in labels)


def test_an_acronym_after_under_the_president_defines_the_whole_name() -> None:
    text = ("The national CERT of Nepal is run by the Operations and Monitoring Center under the President (OMC). "
            "In 2021 the OMC signed a memorandum of understanding with Slovakia's national CERT.")
    entities = paragraph_result(text, "Nepal").gazetteer.entities.values()
    assert {e.label for e in entities if e.acronym == "OMC"} == {"Operations and Monitoring Center under the President"}


def test_a_document_named_by_a_common_noun_is_named_by_whose_it_is() -> None:
    text = ("Barbados set out in its answers to the survey of the Commonwealth Secretariat, sent in 2022, that the "
            "principle of sovereignty applies in cyberspace.")
    stated_in = {obj for rel, subject, obj, _ in _facts(text, "Barbados") if rel == "positionIn" and subject == "Barbados"}
    assert "Commonwealth Secretariat survey" in stated_in and "survey" not in stated_in
