"""Round 12, positions, participation, chairs (un12): a forum named after an endorsed common position is where the
views that follow were stated; a common position that speaks for itself is no state's view. Every sentence is
invented, about states outside the corpora."""

from __future__ import annotations

import pytest

from tests.invented import paragraph_result
from tests.test_round11_pos11 import topic_rows


def venues(state: str, text: str) -> list[tuple[str, str, str, str]]:
    """(relation, venue label, year, topics) of each position row, sorted."""
    result = paragraph_result(text, state)
    rows = []
    for fact in result.facts:
        if fact.relation in ("position", "positionIn"):
            entity = result.gazetteer.entities.get(fact.object)
            label = entity.label if entity is not None else fact.object
            rows.append((fact.relation, label, fact.year,
                         ",".join(sorted(str(t).rsplit("#", 1)[-1] for t in fact.topics))))
    return sorted(rows)


# --- a common position endorsed, then the state's views in a forum ---------------------------------------------

ENDORSED = ("Zambia has not published a national position on international law in cyberspace. In the meantime Lusaka "
            "endorsed the Common African Position adopted by the AU Peace and Security Council in February 2024, ")


def test_a_forum_named_after_an_endorsed_common_position_is_where_the_views_were_stated() -> None:
    text = ENDORSED + ("and its OEWG statements have stressed sovereignty, insisted that attribution rest on "
                       "evidence, and accepted that IHL applies in armed conflict.")
    rows = venues("Zambia", text)
    assert {(relation, label, year) for relation, label, year, _ in rows} == \
        {("position", "UN Open-Ended Working Group on ICTs", "")}
    assert sorted(topics for *_, topics in rows) == ["AttributionTopic", "InternationalHumanitarianLaw", "Sovereignty"]


def test_views_said_through_the_common_position_stay_in_it() -> None:
    text = ENDORSED + "through which it holds that sovereignty is a rule and that IHL applies in armed conflict."
    assert {label for _, label, _, _ in venues("Zambia", text)} == {"Common African Position"}


def test_the_common_position_speaking_for_itself_is_no_states_view() -> None:
    text = ENDORSED.rstrip(", ") + (". The Common African Position affirms that sovereignty is a binding rule and "
                                   "that due diligence is an obligation of conduct.")
    assert venues("Zambia", text) == []


def test_the_state_speaking_through_the_common_position_is_its_view() -> None:
    text = ENDORSED.rstrip(", ") + ". Through that text Zambia holds that sovereignty is a binding rule."
    assert [(label, topics) for _, label, _, topics in venues("Zambia", text)] == \
        [("Common African Position", "Sovereignty")]


def test_its_forum_statements_are_the_states_voice() -> None:
    text = "In 2023 Namibia's delegates spoke often, and its OEWG interventions have emphasised that sovereignty applies."
    assert [(label, topics) for _, label, _, topics in venues("Namibia", text)] == \
        [("UN Open-Ended Working Group on ICTs", "Sovereignty")]


# --- a sentence that names the state's statements in a forum sets where the views after it were stated ----------

@pytest.mark.parametrize("source", [
    "Meanwhile Suva's views can be read off its OEWG statements.",
    "Its views have to be gathered from its interventions at the OEWG.",
    "In the OEWG Fiji usually aligns with the statements of the Pacific Islands Forum.",
])
def test_a_forum_where_the_state_made_statements_carries_to_the_views_after_it(source: str) -> None:
    text = ("Fiji has not published a national position on international law in cyberspace. " + source +
            " Fijian delegates have argued that sovereignty applies in cyberspace.")
    assert [(relation, label, topics) for relation, label, _, topics in venues("Fiji", text)] == \
        [("position", "UN Open-Ended Working Group on ICTs", "Sovereignty")]


def test_a_forum_the_state_only_took_part_in_carries_nothing() -> None:
    text = ("Fiji has not published a national position on international law in cyberspace. It took part in both "
            "OEWGs. Fijian delegates have argued that sovereignty applies in cyberspace.")
    assert venues("Fiji", text) == []


def test_a_run_of_views_goes_on_in_that_forum() -> None:
    text = ("Samoa has not published a national position on international law in cyberspace. Apia's views can be read "
            "off its OEWG statements. In 2023 its delegates said that sovereignty applies in cyberspace. IHL applies to "
            "cyber operations in armed conflict, they added. Due diligence was described as a voluntary norm.")
    rows = venues("Samoa", text)
    assert {label for _, label, _, _ in rows} == {"UN Open-Ended Working Group on ICTs"}
    assert sorted(topics for *_, topics in rows) == ["DueDiligence", "InternationalHumanitarianLaw", "Sovereignty"]
    assert ("position", "UN Open-Ended Working Group on ICTs", "2023", "Sovereignty") in rows


# --- an abstention in a vote withholds the vote alone ------------------------------------------------------------

def facts_of(state: str, text: str, relation: str) -> list[tuple[str, str, str]]:
    result = paragraph_result(text, state)
    return sorted((result.gazetteer.entities[f.object].label if f.object in result.gazetteer.entities else f.object,
                   f.year, f.status) for f in result.facts if f.relation == relation)


@pytest.mark.parametrize("sentence", [
    "Cambodia abstained on resolution A/74/247 in December 2019 yet took part constructively in the Ad Hoc Committee.",
    "It abstained on A/74/247 in 2019, took an active part in the Ad Hoc Committee and worked on its drafts.",
    "Cambodia abstained in the vote on A/74/247 but participated in the Ad Hoc Committee all the same.",
])
def test_an_abstention_on_a_resolution_withholds_no_participation(sentence: str) -> None:
    assert ("UN Ad Hoc Committee on Cybercrime", "", "") in facts_of("Cambodia", sentence, "participatesIn")


def test_an_abstention_on_a_resolution_withholds_no_signature() -> None:
    text = "Laos abstained on A/74/247 in 2019, yet signed the UN Convention against Cybercrime in October 2025."
    assert [(year, status) for _, year, status in facts_of("Laos", text, "partyTo")] == [("2025", "Signed")]


@pytest.mark.parametrize("sentence", [
    "Cambodia abstained from joining the Ad Hoc Committee.",
    "Cambodia refrained from taking part in the Ad Hoc Committee.",
])
def test_abstaining_from_the_step_itself_still_withholds_it(sentence: str) -> None:
    assert facts_of("Cambodia", sentence, "participatesIn") == []


# --- a vote told "two years later" is counted from the year before it ------------------------------------------

@pytest.mark.parametrize("sentence, wanted", [
    ("In December 2018 Armenia voted against A/73/27 and in favour of A/73/266, and two years later it voted against "
     "A/75/240, which established the second OEWG.",
     [("A/73/266", "2018", "InFavour"), ("A/73/27", "2018", "Against"), ("A/75/240", "2020", "Against")]),
    ("Armenia voted in favour of A/73/27 in December 2018 and abstained on A/73/266; a year later it supported "
     "A/74/247 on cybercrime.",
     [("A/73/266", "2018", "Abstained"), ("A/73/27", "2018", "InFavour"), ("A/74/247", "2019", "InFavour")]),
    ("In 2019 Armenia abstained on A/74/247, and three years later it voted for A/77/37 on the Programme of Action.",
     [("A/74/247", "2019", "Abstained"), ("A/77/37", "2022", "InFavour")]),
])
def test_a_vote_years_later_is_counted_from_the_year_told_before(sentence: str, wanted: list) -> None:
    assert facts_of("Armenia", sentence, "votedOn") == wanted


def test_a_year_told_after_the_relative_time_still_dates_the_vote() -> None:
    text = "In 2018 Armenia voted for A/73/27, and later it voted against A/75/240 in December 2020."
    assert ("A/75/240", "2020", "Against") in facts_of("Armenia", text, "votedOn")


# --- a chaired body referred back to by its kind; a subject resumed after a relative clause ----------------------

def chairs(state: str, text: str) -> list[tuple[str, str, str]]:
    result = paragraph_result(text, state)
    label = lambda key: result.gazetteer.entities[key].label if key in result.gazetteer.entities else key  # noqa: E731
    return sorted((label(f.subject), label(f.object), f.year) for f in result.facts if f.relation == "chairs")


@pytest.mark.parametrize("sentence, body, year", [
    ("A founding member of the Freedom Online Coalition (FOC) in 2011, Malta chaired the coalition in 2022.",
     "Freedom Online Coalition", "2022"),
    ("A member of the G20, Valletta held that group's presidency in 2023.", "G20", "2023"),
    ("Malta joined the Global Forum on Cyber Expertise in 2016 and chaired that forum in 2019.",
     "Global Forum on Cyber Expertise", "2019"),
])
def test_a_body_named_before_and_referred_back_to_by_its_kind_is_chaired(sentence: str, body: str, year: str) -> None:
    assert ("Malta", body, year) in chairs("Malta", sentence)


@pytest.mark.parametrize("sentence", [
    "Malta chaired the group of experts on cyber norms in 2020.",
    "Malta is a member of the G20, and it chaired a group on digital trade in 2021.",
])
def test_a_kind_with_its_own_name_after_it_refers_back_to_nothing(sentence: str) -> None:
    assert not any(body == "G20" for _, body, _ in chairs("Malta", sentence))
    assert not any(body == "Freedom Online Coalition" for _, body, _ in chairs("Malta", sentence))


def test_the_subject_resumed_after_a_relative_clause_chairs() -> None:
    text = ("Malta set up the Malta Cyber Agency (MCA) in 2020. Malta trains officials abroad, and the Malta Cyber "
            "Agency, which hosts the secretariat of the Freedom Online Coalition (FOC), has chaired that coalition "
            "twice.")
    assert [(who, body) for who, body, _ in chairs("Malta", text)] == [("Malta Cyber Agency", "Freedom Online Coalition")]


__all__ = ["topic_rows"]
