"""Round 11, positions on international law (pos11): a paper's own present-tense saying breaks a stance into rows, a
title in single quotes names the paper, non-intervention and the use of force are topics of their own, the GGE's
"not knowingly allow their territory" is due diligence, the "principle of distinction" is IHL, and a stance's own
topic is the first it names. Every sentence is invented, about states outside the corpora."""

from __future__ import annotations

import pytest

from tests.invented import paragraph_result


def topic_rows(state: str, text: str, relation: str = "positionIn") -> list[tuple[str, str]]:
    """(venue label, topics) of each position row, sorted."""
    result = paragraph_result(text, state)
    rows = []
    for fact in result.facts:
        if fact.relation == relation:
            entity = result.gazetteer.entities.get(fact.object)
            label = entity.label if entity is not None else fact.object
            rows.append((label, ",".join(sorted(str(t).rsplit("#", 1)[-1] for t in fact.topics))))
    return sorted(rows)


def topics_of(state: str, text: str, relation: str = "positionIn") -> list[str]:
    return sorted(topics for _, topics in topic_rows(state, text, relation))


# --- a paper's present-tense saying after a comma opens a clause of its own ------------------------------------

@pytest.mark.parametrize("sentence, wanted", [
    ("Belize published its national position on international law in 2021. The paper regards sovereignty as a "
     "rule, describes due diligence as an obligation, and holds that countermeasures are lawful.",
     ["Countermeasures", "DueDiligence", "Sovereignty"]),
    ("Belize published its national position on international law in 2021. The paper treats sovereignty as a "
     "rule in itself, states that international humanitarian law applies in armed conflict, and accepts "
     "countermeasures.", ["Countermeasures", "InternationalHumanitarianLaw", "Sovereignty"]),
    ("Belize published its national position on international law in 2021. The paper accepts countermeasures, "
     "insists that attribution is a political decision and treats sovereignty as a rule.",
     ["AttributionTopic", "Countermeasures", "Sovereignty"]),
])
def test_a_papers_present_saying_after_a_comma_is_a_row_of_its_own(sentence: str, wanted: list[str]) -> None:
    assert topics_of("Belize", sentence) == wanted


def test_a_verb_inside_one_breath_still_keeps_one_row() -> None:
    text = ("Belize published its national position on international law in 2021. The paper holds that "
            "sovereignty, which it describes as a rule, applies.")
    assert topics_of("Belize", text) == ["Sovereignty"]


# --- a title in single quotes ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, title", [
    ("Mongolia set out its legal views in a document entitled ‘The Government of Mongolia’s position on the "
     "application of international law in cyberspace’, published on 3 March 2023.",
     "The Government of Mongolia's position on the application of international law in cyberspace"),
    ("Mongolia set out its legal views in a paper titled 'Mongolia's understanding of international law in "
     "cyberspace', published in March 2023.", "Mongolia's understanding of international law in cyberspace"),
])
def test_a_title_in_single_quotes_names_the_paper(sentence: str, title: str) -> None:
    result = paragraph_result(sentence, "Mongolia")
    issued = [f for f in result.facts if f.relation == "issued" and f.status == "Published"]
    assert [(result.gazetteer.entities[f.object].label.lstrip("The ").strip(), f.year) for f in issued] == \
        [(title.lstrip("The ").strip(), "2023")]


# --- new topics: non-intervention, the use of force; more words for due diligence and IHL ----------------------

def test_non_intervention_in_a_clause_of_its_own_is_its_own_row() -> None:
    text = ("Paraguay published its national position on international law in 2022. The paper treats "
            "sovereignty as a rule, and argues that a cyber operation may be a prohibited intervention when it "
            "is coercive.")
    assert topics_of("Paraguay", text) == ["NonIntervention", "Sovereignty"]


def test_sovereignty_and_non_intervention_in_one_breath_are_one_row() -> None:
    text = ("Paraguay published its national position on international law in 2022. The paper holds that "
            "sovereignty and non-intervention apply fully to cyber operations.")
    assert topics_of("Paraguay", text) == ["Sovereignty"]


@pytest.mark.parametrize("sentence", [
    "The paper holds that a cyber operation can amount to an armed attack, and that IHL applies in armed conflict.",
    "The paper accepts that the right of self-defence may be triggered, and holds that IHL applies in armed conflict.",
    "The paper treats the use of force as possible in cyberspace, and holds that IHL applies in armed conflict.",
])
def test_the_use_of_force_and_self_defence_is_a_topic_of_its_own(sentence: str) -> None:
    text = "Botswana published its national position on international law in 2024. " + sentence
    assert topics_of("Botswana", text) == ["InternationalHumanitarianLaw", "UseOfForce"]


def test_not_knowingly_allowing_ones_territory_is_due_diligence() -> None:
    text = ("In its OEWG statements the Malawian delegation has affirmed that the UN Charter applies in full and "
            "that states must not knowingly allow their territory to be used for wrongful acts.")
    assert topics_of("Malawi", text, "position") == ["ApplicabilityOfInternationalLaw", "DueDiligence"]


def test_the_principle_of_distinction_is_ihl() -> None:
    text = ("Malawi published its national position on international law in 2023. The paper stresses the "
            "principle of distinction in armed conflict, and regards sovereignty as a rule.")
    assert topics_of("Malawi", text) == ["InternationalHumanitarianLaw", "Sovereignty"]


def test_a_denied_view_on_allowing_territory_is_still_no_position() -> None:
    text = ("In its OEWG statements the Malawian delegation has not stated whether states must not knowingly "
            "allow their territory to be used.")
    assert topics_of("Malawi", text, "position") == []


# --- a stance's own topic is the first it names, a later law topic a row of its own -----------------------------

def test_a_law_topic_after_a_stance_on_another_topic_is_a_row_of_its_own() -> None:
    text = ("In the OEWG in 2022, Mongolian diplomats voiced strong concern about the militarisation of cyberspace "
            "and about any reading of the right of self-defence that would lower the threshold for force.")
    assert topics_of("Mongolia", text, "position") == ["Militarisation", "UseOfForce"]


def test_a_stance_opening_with_a_law_topic_keeps_it() -> None:
    text = "In the OEWG, Mongolian diplomats voiced concern about any reading of the right of self-defence."
    assert topics_of("Mongolia", text, "position") == ["UseOfForce"]


def test_a_participle_gloss_keeps_the_law_topic_on_the_stance() -> None:
    text = "In the OEWG in 2023 Mongolia opposed a new treaty, arguing that existing international law is sufficient."
    assert len(topics_of("Mongolia", text, "position")) == 1


# --- a follow-up paper planned is a Planned paper of its own, not a view in the paper ---------------------------

PUBLISHED_2022 = ("Botswana published its national position on international law in cyberspace in March 2022. "
                  "The paper treats sovereignty as a rule and holds that IHL applies in armed conflict. ")


@pytest.mark.parametrize("sentence, words, year", [
    ("Botswanan officials have said that an addendum on the protection of hospitals is being prepared.",
     "addendum on the protection of hospitals", ""),
    ("Officials said in 2025 that a supplement on protecting civilian data under IHL is being prepared.",
     "supplement on protecting civilian data under IHL", "2025"),
    ("Officials have said that the paper will be revisited, with a revised version planned once the review ends in 2026.",
     "national position", "2026"),
])
def test_a_follow_up_paper_being_prepared_is_planned(sentence: str, words: str, year: str) -> None:
    result = paragraph_result(PUBLISHED_2022 + sentence, "Botswana")
    planned = [(result.gazetteer.entities[f.object].label, f.year) for f in result.facts
               if f.relation == "issued" and f.status == "Planned"]
    assert len(planned) == 1 and words in planned[0][0] and planned[0][1] == year
    assert sorted(t for _, t in topic_rows("Botswana", PUBLISHED_2022 + sentence)) == \
        ["InternationalHumanitarianLaw", "Sovereignty"]  # (what the planned paper is about is no view in the paper)


# --- whether data is a civilian object: a question of its own in a paper --------------------------------------

@pytest.mark.parametrize("clause", [
    "and that data may constitute a civilian object",
    "and that data can qualify as an object protected by IHL",
    "and that data may, in some cases, count as a civilian object",
])
def test_data_as_a_civilian_object_is_a_row_of_its_own(clause: str) -> None:
    text = ("Botswana published its national position on international law in 2024. The paper holds that IHL "
            f"governs cyber operations in armed conflict {clause}.")
    assert topics_of("Botswana", text) == ["CivilianData", "InternationalHumanitarianLaw"]


def test_civilian_objects_without_data_are_ihl_alone() -> None:
    text = ("Botswana published its national position on international law in 2024. The paper holds that IHL "
            "protects civilian objects in armed conflict.")
    assert topics_of("Botswana", text) == ["InternationalHumanitarianLaw"]


# --- "state" as a noun is no verb of saying ---------------------------------------------------------------------

def test_a_forum_clause_whose_view_names_state_sovereignty_is_the_states_saying() -> None:
    text = ("It took part in both Open-ended Working Groups (OEWG), and in the OEWG it has stressed that cyberspace "
            "should be governed by the principle of state sovereignty.")
    assert topics_of("Mongolia", text, "position") == ["Sovereignty"]


def test_state_security_in_a_description_is_no_position() -> None:
    text = ("Mongolia, a landlocked state between two large neighbours and a member of the UN, approaches cyberspace "
            "through the lens of state security and national sovereignty.")
    assert topics_of("Mongolia", text, "position") == []


# --- an initiative named as what a resolution voted on is about is not joined, unless sponsored -----------------

def joined(state: str, text: str) -> list[str]:
    result = paragraph_result(text, state)
    return sorted(result.gazetteer.entities[f.object].label for f in result.facts if f.relation == "joined")


@pytest.mark.parametrize("sentence", [
    "In 2022 Belize supported A/77/37 on the Programme of Action.",
    "Four years later Belize abstained on A/77/37, the resolution on the Programme of Action.",
    "In December 2018 Belize voted for the Russian-sponsored A/73/27, and in 2022 it abstained on A/77/37, the "
    "resolution on the Programme of Action.",
])
def test_a_resolution_on_an_initiative_voted_on_joins_nothing(sentence: str) -> None:
    assert not any("Programme of Action" in label for label in joined("Belize", sentence))


@pytest.mark.parametrize("sentence", [
    "In 2022 Belize voted for resolution A/77/37 on the Programme of Action (PoA), which it also co-sponsored.",
    "In 2022 Belize supported A/77/37 on a Programme of Action (PoA), of which it was an early advocate.",
    "In 2022 Belize co-sponsored A/77/37 on the Programme of Action (PoA).",
])
def test_a_resolution_on_an_initiative_sponsored_or_backed_joins_it(sentence: str) -> None:
    assert any("Programme of Action" in label for label in joined("Belize", sentence))


def test_a_resolution_supported_but_not_co_sponsored_joins_nothing() -> None:
    text = "In 2022 Belize supported A/77/37 on the Programme of Action, but it did not co-sponsor it."
    assert not any("Programme of Action" in label for label in joined("Belize", text))
