"""Positions stated in a forum, told by other writers: who speaks (a delegate, an ambassador, a relative clause's
own subject, another state the subject reports), where (a forum a "where" refers to, a forum told), and how many
(one per stance verb joined by "and"). Every sentence is invented; the state is named first so that the paragraph
is about it."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdkg.build import extract_sources
from cdkg.config import Settings
from cdkg.facts import Fact
from cdkg.sources import SourceText

ROOT = Path(__file__).resolve().parent.parent
OPENING = "Uruguay is a member of the OAS. "


def facts(text: str) -> list[Fact]:
    """What the extractor reads in an invented paragraph about Uruguay."""
    source = SourceText("variant", Path("variant.txt"), OPENING + text, "An invented profile", "2026-11-27")
    return extract_sources(Settings(root=ROOT), [source]).facts


def short(key: str) -> str:
    return key.rsplit("/", 1)[-1]


def positions(text: str) -> list[tuple[str, str, str]]:
    """(state, forum, year) of every position stated in a forum, in order."""
    return sorted((short(f.subject), short(f.object), f.year) for f in facts(text) if f.relation == "position")


@pytest.mark.parametrize("sentence, year", [
    ("Uruguay's ambassador to the UN told the OEWG in 2022 that capacity building should be demand-driven.", "2022"),
    ("The Uruguayan delegate told the OEWG that confidence-building measures must be regional.", ""),
    ("In remarks at the OEWG's third session, the delegate of Uruguay maintained that the norms are sufficient.", ""),
])
def test_a_forum_told_or_spoken_at_is_where_the_position_was_stated(sentence: str, year: str) -> None:
    assert positions(sentence) == [("uruguay", "un-oewg", year)]


def test_a_forum_a_where_clause_refers_to_is_the_venue() -> None:
    text = ("Uruguay has taken part in both Open-ended Working Groups (OEWG), where Uruguayan diplomats have "
            "repeatedly urged the adoption of a gender perspective.")
    assert positions(text) == [("uruguay", "un-oewg", "")]


def test_each_stance_verb_joined_by_and_is_its_own_position() -> None:
    text = ("Uruguay took part in the OEWG, where its delegates argued for a permanent mechanism and warned "
            "against a new legally binding treaty.")
    assert positions(text) == [("uruguay", "un-oewg", ""), ("uruguay", "un-oewg", "")]
    text = ("In the OEWG, Uruguayan delegates pressed for the inclusion of human rights safeguards and supported "
            "the creation of a Programme of Action.")
    assert len(positions(text)) == 2


def test_a_stance_said_twice_about_one_topic_is_one_position() -> None:
    text = ("At the OEWG, Uruguay welcomed the progress on confidence-building measures and noted that CBMs "
            "must be implemented regionally.")
    assert positions(text) == [("uruguay", "un-oewg", "")]


def test_supporting_alone_is_no_position() -> None:
    assert positions("In the OEWG, Uruguay supported the Programme of Action.") == []


@pytest.mark.parametrize("sentence", [
    "At the OEWG, Uruguay aligned itself with the EU statement, which stressed the importance of capacity building.",
    "Uruguay noted that Russia had called for a new treaty at the OEWG.",
    "In the OEWG, the EU's delegation urged states to implement the norms; Uruguay agreed.",
])
def test_a_stance_of_another_speaker_is_not_the_subjects(sentence: str) -> None:
    assert [p for p in positions(sentence) if p[0] == "uruguay"] == []
    assert [p for p in positions(sentence) if p[0] == "eu"] == []


# --- positions on international law -----------------------------------------------------------------

def law_positions(text: str) -> list[tuple[str, str, str]]:
    """(relation, object, topic) of every position read, in order."""
    return sorted((f.relation, short(f.object), t.rsplit("#", 1)[-1]) for f in facts(text)
                  if f.relation in ("position", "positionIn") for t in f.topics)


def test_a_view_that_something_is_not_so_is_a_position() -> None:
    text = ("Uruguay published its national position on international law in cyberspace in 2023. Uruguay does not "
            "regard sovereignty as a rule in its own right. It holds that due diligence is not yet a binding "
            "obligation.")
    assert {t for _, _, t in law_positions(text)} == {"Sovereignty", "DueDiligence"}


@pytest.mark.parametrize("sentence", [
    "Uruguay has not stated a view on countermeasures.",
    "No Uruguayan view on collective countermeasures has been expressed.",
    "Uruguay has remained non-committal on countermeasures.",
])
def test_no_view_stated_is_no_position(sentence: str) -> None:
    text = "Uruguay published its national position on international law in cyberspace in 2023. " + sentence
    assert [t for _, _, t in law_positions(text) if t == "Countermeasures"] == []


def test_what_names_the_paper_is_no_position_in_it() -> None:
    text = ("In 2022 Uruguay became one of the first states in its region to set out how it considers international "
            "law to apply in cyberspace.")
    assert law_positions(text) == []


def test_an_organisations_statement_a_state_aligns_with_is_not_the_states_position() -> None:
    text = ("Uruguay has no national position on international law in cyberspace. In the OEWG, Uruguay aligns with "
            "the EU statements, which affirm that sovereignty applies.")
    assert law_positions(text) == []


def test_a_states_own_replies_state_its_position() -> None:
    text = ("In 2021 Uruguay answered the OAS questionnaire on international law in cyberspace; its replies, which "
            "affirm that the UN Charter applies in full, were published later that year.")
    assert [r for r, _, _ in law_positions(text)] == ["position"]


# --- national positions: papers the gate must reach ---------------------------------------------------

def papers(text: str) -> set[tuple[str, str, str]]:
    """(label, year, status) of every national position issued."""
    found = set()
    source = SourceText("variant", Path("variant.txt"), OPENING + text, "An invented profile", "2026-11-27")
    result = extract_sources(Settings(root=ROOT), [source])
    for fact in result.facts:
        if fact.relation == "issued" and "position-on-international-law" in fact.object:
            found.add((result.gazetteer.entities[fact.object].label, fact.year, fact.status))
    return found


def test_a_position_updated_in_a_sentence_naming_no_entity_is_read() -> None:
    text = ("In 2019 the Attorney General, Ana Ruiz, set out Uruguay's position on how international law applies in "
            "cyberspace in a speech at the Law Faculty. The position was updated in June 2023 in a speech by Attorney "
            "General Pablo Diaz.")
    assert {(y, st) for _, y, st in papers(text)} == {("2019", "Published"), ("2023", "Published")}


def test_a_titled_paper_of_positions_is_a_national_position_without_the_words_international_law() -> None:
    found = papers('In 2022 Uruguay contributed "Uruguay\'s Positions on Responsible Conduct in Cyberspace" to the OEWG.')
    assert found == {("Uruguay's Positions on Responsible Conduct in Cyberspace", "2022", "Published")}


@pytest.mark.parametrize("text, year", [
    ("Uruguay has not published a national position on international law in cyberspace; officials said in 2024 "
     "that one would be drafted.", "2024"),
    ("Uruguay has yet to publish a position on international law in cyberspace; a draft is being prepared by the "
     "foreign ministry.", ""),
    ("Uruguay has not published a national position on international law in cyberspace. The foreign ministry has "
     "said that a national paper will follow.", ""),
])
def test_a_planned_paper_told_in_other_words(text: str, year: str) -> None:
    assert {(y, st) for _, y, st in papers(text)} == {(year, "Planned")}


def test_a_paper_submitted_to_a_forum_is_a_publication_and_what_it_insists_on_is_a_position_in_it() -> None:
    text = ("Uruguay's international law position is set out in a 2022 position paper submitted to the OEWG, which "
            "insists on sovereignty in cyberspace.")
    assert law_positions(text) == [("positionIn", "uruguay-position-on-international-law-2022", "Sovereignty")]


def test_endorsing_a_common_regional_position_aligns_with_its_organisation() -> None:
    found = {(short(f.subject), short(f.object), f.year) for f in facts(
        "Ghana has not published a national position, but it endorsed the Common African Position on the "
        "application of international law in cyberspace, adopted by the AU in February 2024.")
        if f.relation == "alignsWith"}
    assert found == {("ghana", "au", "2024")}


@pytest.mark.parametrize("sentence", [
    "In the OEWG, Russia argued for a new binding treaty, a proposal Uruguay rejected.",
    "Unlike Uruguay, Brazil has argued at the OEWG that sovereignty is a rule of international law.",
])
def test_another_states_view_a_profile_reports_is_background(sentence: str) -> None:
    text = "Uruguay took part in the OEWG in 2021. " + sentence + " Uruguay voted for A/77/37."
    assert [p for p in positions(text) if p[0] != "uruguay"] == []


def test_a_stance_given_with_a_vote_was_stated_in_the_general_assembly() -> None:
    text = "In December 2020 Uruguay voted in favour of A/75/240, arguing that one inclusive process was needed."
    assert positions(text) == [("uruguay", "un-general-assembly", "2020")]


def test_plural_statements_state_a_position_in_the_present() -> None:
    assert positions("Uruguay's statements at the OEWG emphasise capacity building.") == [("uruguay", "un-oewg", "")]


def test_a_second_stance_with_its_own_pronoun_is_its_own_position() -> None:
    text = ("In the OEWG, Uruguay has argued that the existing norms are sufficient, and it has opposed a new legally "
            "binding treaty.")
    assert positions(text) == [("uruguay", "un-oewg", ""), ("uruguay", "un-oewg", "")]


def test_a_speech_by_a_minister_named_in_lower_case_is_named_by_speaker_and_occasion() -> None:
    text = ("In 2019 Uruguay set out its views on how international law applies in cyberspace in a speech by the "
            "foreign minister, Rosa Gil, at the Montevideo Law School.")
    assert {label.lower() for label, _, _ in papers(text)} == {"foreign minister rosa gil’s montevideo law school speech"}


def test_a_dated_paper_speaking_as_the_subject_was_published_and_holds_its_positions() -> None:
    text = ("The Uruguayan position paper of 2023 affirms that sovereignty is a rule and that IHL applies; it rejects "
            "collective countermeasures.")
    assert {(y, st) for _, y, st in papers(text)} == {("2023", "Published")}
    assert {t for r, o, t in law_positions(text) if r == "positionIn"} == \
        {"Sovereignty", "InternationalHumanitarianLaw", "Countermeasures"}


def test_positions_stated_through_a_common_regional_position_are_stated_in_that_document() -> None:
    text = ("Uruguay took part in the AU process that produced the Common African Position on the Application of "
            "International Law to the Use of ICTs in Cyberspace, adopted in February 2024. Through that text Uruguay "
            "subscribes to the view that sovereignty is a binding rule and that IHL applies in armed conflict.")
    found = [f for f in facts(text) if f.relation == "positionIn"]
    assert {(short(f.subject), short(f.object), f.year) for f in found} == {("uruguay", "common-african-position-2024",
                                                                            "2024")}
    assert {t.rsplit("#", 1)[-1] for f in found for t in f.topics} == {"Sovereignty", "InternationalHumanitarianLaw"}
    assert not [f for f in facts(text) if f.relation == "issued" and "common" in f.object]  # not Uruguay's own paper


def test_a_forum_only_named_before_does_not_carry_a_view_into_it() -> None:
    text = "Uruguay took part in both OEWGs and voted for A/75/240. It holds that sovereignty is a rule."
    assert [p for p in law_positions(text) if p[0] == "position"] == []
    text = "In the OEWG Uruguayan delegates argued that IHL applies. They also said that due diligence is binding."
    assert [t for r, o, t in law_positions(text) if r == "position" and o == "un-oewg"] == \
        ["DueDiligence", "InternationalHumanitarianLaw"]


@pytest.mark.parametrize("sentence, year", [
    ("These views were later restated in a Uruguayan submission to the OEWG in 2022.", "2022"),
    ("The same points were reiterated in Uruguay's statement at the OEWG.", ""),
])
def test_a_stance_told_in_the_passive_through_the_speakers_statement_in_a_forum(sentence: str, year: str) -> None:
    assert positions(sentence) == [("uruguay", "un-oewg", year)]


def test_a_paper_presented_to_a_forum_is_no_passive_stance() -> None:
    text = "A national position on international law in cyberspace was presented to the OEWG in 2022."
    assert positions(text) == []


@pytest.mark.parametrize("text, expected", [
    ("In OEWG statements in 2022 Uruguayan delegates said that sovereignty applies in cyberspace. On "
     "countermeasures, they argued that an injured state may respond in proportion.",
     [("uruguay", "un-oewg", "2022"), ("uruguay", "un-oewg", "2022")]),
    ("At the OEWG in 2021 Montevideo stressed that IHL applies to cyber operations. As for due diligence, its "
     "diplomats have held that it is a voluntary norm.",
     [("uruguay", "un-oewg", "2021"), ("uruguay", "un-oewg", "2021")]),
    ("Speaking at the OEWG in 2023, Uruguay affirmed that the UN Charter applies. Regarding attribution, Montevideo "
     "insisted that evidence must be shared.",
     [("uruguay", "un-oewg", "2023"), ("uruguay", "un-oewg", "2023")]),
])
def test_a_topic_heading_the_sentence_is_said_by_the_speaker_after_it(text: str, expected: list) -> None:
    assert positions(text) == expected


@pytest.mark.parametrize("text, count", [
    ("In the OEWG in 2022 Uruguay accepted that the UN Charter applies but warned that affirming IHL could "
     "legitimise an arms race.", 2),
    ("In the OEWG in 2022 Uruguayan delegates held that sovereignty applies in cyberspace, described due diligence "
     "as an obligation of conduct and cautioned that countermeasures must stay proportionate.", 3),
    ("In the OEWG in 2022 Uruguay held that IHL applies to cyber operations, stressed that due diligence is no "
     "binding rule, and argued that attribution needs evidence.", 3),
])
def test_each_further_verb_of_saying_after_a_comma_or_but_is_one_more_position(text: str, count: int) -> None:
    assert len(positions(text)) == count


@pytest.mark.parametrize("text, expected", [
    ("In OEWG statements in 2023 Uruguayan delegates said that sovereignty applies in cyberspace. They also stated "
     "that IHL applies to cyber operations in armed conflict.", [("uruguay", "un-oewg", "2023")] * 2),
    ("Uruguay took part in the OEWG, where it advocated, in 2023, a dedicated capacity-building fund.",
     [("uruguay", "un-oewg", "2023")]),
    ("At the OEWG in 2024 Uruguay stressed that sovereignty applies. It further argued that due diligence is not "
     "binding.", [("uruguay", "un-oewg", "2024")] * 2),
])
def test_a_position_goes_on_in_the_year_of_the_statement_just_before(text: str, expected: list) -> None:
    assert positions(text) == expected


@pytest.mark.parametrize("text", [
    "In the OEWG in 2022 Uruguay opposed a new treaty, arguing that existing international law is sufficient.",
    "At the OEWG in 2021 Uruguayan diplomats rejected calls for binding rules, stressing that the norms suffice.",
    "In the OEWG Uruguay criticised the proposal, insisting that capacity building comes first.",
])
def test_a_participle_after_a_comma_glosses_the_stance_before_it(text: str) -> None:
    assert len(positions(text)) == 1
