"""Positions told in wordings unlike the development profiles': who speaks (a think tank, academics or the press are
not the state; many delegations are not one state), whether it was said (hearsay, a modal), where (a forum after an
infinitive is where the urged act would happen), and a dated speech of an official as a national position. Every
sentence is invented; the state is named first so that the paragraph is about it."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdkg.build import extract_sources
from cdkg.config import Settings
from cdkg.facts import Fact
from cdkg.sources import SourceText

ROOT = Path(__file__).resolve().parent.parent
OPENING = "Austria is a member of the OSCE. "


def facts(text: str) -> list[Fact]:
    """What the extractor reads in an invented paragraph about Austria."""
    source = SourceText("variant", Path("variant.txt"), OPENING + text, "An invented profile", "2026-11-27")
    return extract_sources(Settings(root=ROOT), [source]).facts


def short(key: str) -> str:
    return key.rsplit("/", 1)[-1]


def positions(text: str) -> list[tuple[str, str, str]]:
    """(state, forum or paper, year) of every position, in order."""
    return sorted((short(f.subject), short(f.object), f.year) for f in facts(text)
                  if f.relation in ("position", "positionIn"))


@pytest.mark.parametrize("sentence", [
    "A Viennese think tank, the Institute for Security Policy, has urged the OEWG to adopt binding rules.",
    "Austrian academics argued at the OEWG's 2022 session that sovereignty is a rule.",
    "The Austrian press has called in the First Committee debate for a ban on cyber weapons.",
    "Several Austrian companies, speaking in the Internet Governance Forum, warned against data localisation.",
])
def test_a_voice_other_than_the_states_states_no_position(sentence: str) -> None:
    assert positions(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Speaking to journalists after the session, the Austrian ambassador told the OEWG in 2022 that capacity "
    "building must be demand-driven.",
    "Several Austrian diplomats argued in the OEWG that the norms should be implemented first.",
])
def test_the_states_own_voice_still_speaks(sentence: str) -> None:
    assert [p[:2] for p in positions(sentence)] == [("austria", "un-oewg")]


@pytest.mark.parametrize("sentence", [
    "Academics in Vienna have argued that due diligence should bind Austria.",
    "Austrian scholars hold that countermeasures may be collective.",
    "Some commentators, writing in a national newspaper, maintained that IHL applies to cyber operations.",
])
def test_a_voice_other_than_the_states_holds_nothing_in_its_paper(sentence: str) -> None:
    text = ("In 2021 Austria published its national position on international law in cyberspace, which holds that "
            "sovereignty is a rule. ")
    assert positions(text + sentence) == positions(text)


@pytest.mark.parametrize("sentence", [
    "Austria reportedly argued in the OEWG that sovereignty is a rule.",
    "Austria is said to have called for a new treaty in the First Committee.",
    "Austria may argue at the OEWG that due diligence is binding.",
    "Some delegations in the OEWG argued that sovereignty is a rule, a view Austria shares.",
    "Many delegations at the First Committee warned against an arms race.",
])
def test_hearsay_a_modal_or_many_voices_state_no_position(sentence: str) -> None:
    assert positions(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Austria has urged its partners to raise the protection of hospitals at the Security Council.",
    "Austrian officials encouraged the government to propose a new treaty in the First Committee.",
    "Vienna called on like-minded states to defend human rights online within the OEWG.",
])
def test_a_forum_after_an_infinitive_is_not_where_the_stance_was_stated(sentence: str) -> None:
    assert positions(sentence) == []


def issued(text: str) -> list[tuple[str, str, str]]:
    return sorted((short(f.subject), f.year, f.status) for f in facts(text) if f.relation == "issued")


@pytest.mark.parametrize("sentence, year", [
    ("In May 2019 the Foreign Minister, Karin Huber, gave a speech at the Diplomatic Academy in which she affirmed "
     "that international law, including humanitarian law, applies to cyber operations.", "2019"),
    ("The Legal Adviser of the Foreign Ministry, Peter Gruber, stated in a 2020 lecture that due diligence is a "
     "binding obligation.", "2020"),
    ("Austria's Attorney General held in a 2022 address to law students that sovereignty is a rule of "
     "international law.", "2022"),
])
def test_a_dated_speech_of_an_official_on_a_law_topic_is_a_published_position(sentence: str, year: str) -> None:
    assert issued(sentence) == [("austria", year, "Published")]
    found = [f for f in facts(sentence) if f.relation == "positionIn"]
    assert found and all(f.year == year for f in found)


@pytest.mark.parametrize("sentence", [
    "The Foreign Minister, Karin Huber, will give a speech in 2026 in which she is to set out how sovereignty applies.",
    "In a 2019 speech, the President stressed the importance of a free and open internet.",
    "In a 2023 speech, the Foreign Minister stressed that Austria's digital sovereignty must be defended.",
    "The Attorney General gave a speech at the Diplomatic Academy in which she affirmed that IHL applies.",
    "In a 2021 speech the Foreign Minister said that Austria is preparing a paper on how international law, "
    "including IHL, applies.",
    "The Foreign Minister, in a 2022 speech, recalled that the EU's position holds that sovereignty applies.",
    "In a 2020 address, the Minister said that Austria has not yet taken a position on countermeasures.",
])
def test_a_planned_undated_or_off_topic_speech_is_no_published_position(sentence: str) -> None:
    assert [i for i in issued(sentence) if i[2] == "Published"] == []
    assert in_papers(sentence) == []


@pytest.mark.parametrize("sentence, forum", [
    ("Austria welcomed the commitment to further capacity building in the OEWG.", "un-oewg"),
    ("Austria has stressed its attachment to open and secure supply chains at the G20.", "g20"),
    ("Austrian diplomats called for a return to consensus within the First Committee.", "un-first-committee"),
])
def test_a_to_that_opens_no_infinitive_keeps_the_forum(sentence: str, forum: str) -> None:
    assert [p[:2] for p in positions(sentence)] == [("austria", forum)]


def in_papers(text: str) -> list[tuple[str, str]]:
    """(topic, year) of every position in a paper."""
    return sorted((short(str(t)).rsplit("#", 1)[-1], f.year) for f in facts(text) if f.relation == "positionIn"
                  for t in f.topics)


@pytest.mark.parametrize("sentence", [
    'In June 2020 the Foreign Ministry made public the "Austrian Position on International Law Applicable to '
    'Cyber Operations".',
    "The government released “International Law and Cyberspace: Austria’s Views” in June 2020.",
    'Austria issued its paper, "The Application of International Law in Cyberspace: the Austrian Approach", in 2020.',
])
def test_a_quoted_title_on_international_law_is_the_states_published_paper(sentence: str) -> None:
    assert issued(sentence) == [("austria", "2020", "Published")]
    assert in_papers(sentence) == []  # (the title's words are no position in it)
    then = " The paper holds that due diligence is a binding obligation."
    assert in_papers(sentence + then) == [("DueDiligence", "2020")]


@pytest.mark.parametrize("sentence", [
    "Austria's cyber ambassador said in a 2022 interview with a daily newspaper that attribution requires evidence.",
    "The foreign minister argued at a press conference in Vienna that sovereignty must be respected online.",
    "Its legal adviser, in an article for a law journal, maintained that countermeasures may be collective.",
    "Four years later a deputy minister told an audience in Graz that non-intervention protects elections.",
])
def test_what_was_said_on_an_occasion_of_its_own_is_no_position_in_the_paper(sentence: str) -> None:
    text = ("In 2021 Austria published its national position on international law in cyberspace, which holds "
            "that IHL applies in armed conflict. ")
    assert in_papers(text + sentence) == in_papers(text)


def participations(text: str) -> list[tuple[str, str]]:
    return sorted((short(f.object), f.year) for f in facts(text) if f.relation in ("participatesIn", "memberOf")
                  and short(f.object).startswith("un-"))


@pytest.mark.parametrize("sentence, expected", [
    ("Austria has held a seat in the Open-ended Working Group since 2019.", [("un-oewg", "2019")]),
    ("Vienna sent an expert to the Group of Governmental Experts of 2016-2017.", [("un-gge", "2016")]),
    ("Austria joined the first OEWG in 2019.", [("un-oewg", "2019")]),
    ("Austria negotiated actively in the OEWG from 2021 to 2025.", [("un-oewg", "2021")]),
])
def test_a_seat_held_a_delegation_sent_or_a_process_joined_is_participation(sentence: str, expected) -> None:
    assert participations(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Austria joined a cross-regional statement on ransomware that was read out in the OEWG.",
    "Austria negotiated within the EU a common position for the OEWG.",
    "Austria has sent a delegation to Brussels to discuss the GGE report.",
    "Austria never held a seat on the Group of Governmental Experts.",
    "Austria hopes to send an expert to the next Group of Governmental Experts.",
])
def test_no_participation_without_the_process_joined_or_with_a_negation(sentence: str) -> None:
    assert participations(sentence) == []


@pytest.mark.parametrize("sentence, forum", [
    ("Austria's envoy to the UN, speaking in the General Assembly in 2019, warned against an arms race.",
     "un-general-assembly"),
    ("Austria's ambassador to the United Nations told the Security Council in 2021 that hospitals must be protected.",
     "un-security-council"),
    ("Before the Human Rights Council in 2023, Austria argued that internet shutdowns violate human rights.",
     "un-human-rights-council"),
])
def test_the_un_a_diplomat_is_posted_to_gives_way_to_the_body_where_it_spoke(sentence: str, forum: str) -> None:
    assert [p[1] for p in positions(sentence)] == [forum]


@pytest.mark.parametrize("sentence", [
    'In 2024 the African Union adopted the "Common African Position on the Application of International Law to the '
    'Use of ICTs in Cyberspace", which Austria welcomed.',
    'The EU published the "Declaration on a Common Understanding of International Law in Cyberspace" in 2024.',
    'Austria\'s officials presented the "Austrian Position on International Law in Cyberspace" to parliament in draft '
    'form in 2023.',
])
def test_a_quoted_title_an_organisation_adopted_or_a_draft_is_no_published_national_paper(sentence: str) -> None:
    assert [i for i in issued(sentence) if i[2] == "Published"] == []


@pytest.mark.parametrize("sentence, forum", [
    ("In the Internet Governance Forum, Austrian officials have long defended the multistakeholder model.", "igf"),
    ("At the Security Council in 2022, Austria questioned the need for new norms.", "un-security-council"),
    ("Austria's delegation spoke out against data localisation at the G20.", "g20"),
    ("Within the OEWG, Vienna has made the case for a permanent mechanism.", "un-oewg"),
    ("Austria raised concerns in the First Committee about an arms race in cyberspace.", "un-first-committee"),
])
def test_other_verbs_of_stance_state_a_position(sentence: str, forum: str) -> None:
    assert [p[1] for p in positions(sentence)] == [forum]


@pytest.mark.parametrize("sentence", [
    "Austria condemned the ransomware attack on its foreign ministry.",

    "Austrian officials have defended the country's record on cybercrime.",
    "Some NGOs spoke out against data localisation at the G20, a view Austria shares.",
])
def test_other_verbs_of_stance_need_a_forum_and_the_states_voice(sentence: str) -> None:
    assert positions(sentence) == []


@pytest.mark.parametrize("sentence, forum", [
    ("In the First Committee, Austria has backed the proposal for a Programme of Action.", "un-first-committee"),
    ("At the OEWG in 2022, Austria supported the creation of a global points-of-contact directory.", "un-oewg"),
    ("Within the GGE, the Austrian expert favoured the inclusion of human rights language.", "un-gge"),
])
def test_backing_a_proposal_in_a_forum_named_before_is_a_position(sentence: str, forum: str) -> None:
    assert [p[1] for p in positions(sentence)] == [forum]


@pytest.mark.parametrize("sentence", [
    "Austria supported the resolution in the First Committee.",
    "Austria backed the Paris Call in 2019.",
    "Austria supported a proposal made in the OEWG by France.",
    "In the OEWG, Austria supported France's candidacy for the chair.",
])
def test_backing_a_text_voted_on_an_entity_or_a_proposal_made_elsewhere_is_no_position(sentence: str) -> None:
    assert positions(sentence) == []


@pytest.mark.parametrize("sentence", [
    "An Austrian diplomat was promoted to ambassador at the OSCE in 2020.",
    "Austria's candidacy was welcomed in the First Committee.",
    "Austria was criticised at the Human Rights Council for its surveillance law.",
    "Austria has been widely praised and then strongly criticised in the OEWG.",
])
def test_a_stance_verb_in_the_passive_is_done_to_the_state_not_said_by_it(sentence: str) -> None:
    assert positions(sentence) == []


PAPER = "In 2021 Austria published its national position on international law in cyberspace. "


@pytest.mark.parametrize("sentence", [
    "The applicability of international humanitarian law remains contested among states.",
    "Sovereignty is one of the most debated questions in the OEWG.",
    "Whether due diligence is binding is a question on which states are divided.",
    "Critics say the paper is vague on attribution.",
    "The paper was welcomed by the Netherlands, which holds that sovereignty is a rule.",
])
def test_a_debate_described_or_another_states_relative_clause_is_no_position_in_the_paper(sentence: str) -> None:
    assert in_papers(PAPER + sentence) == []


@pytest.mark.parametrize("sentence, topic", [
    ("Austria, like many other states, holds that sovereignty is a rule.", "Sovereignty"),
    ("On the disputed question of countermeasures, the paper accepts that they may be collective.", "Countermeasures"),
    ("Unlike the Netherlands, which rejects it, Austria accepts that due diligence is binding.", "DueDiligence"),
])
def test_the_states_own_view_on_a_debated_topic_is_still_its_position(sentence: str, topic: str) -> None:
    assert in_papers(PAPER + sentence) == [(topic, "2021")]


@pytest.mark.parametrize("between", [
    "At the OEWG in 2022 Austrian diplomats said that capacity building is essential. ",
    "Austrian delegates told the First Committee in 2023 that an arms race must be avoided. ",
    "In the OEWG, Vienna has stressed the importance of confidence-building measures. ",
])
def test_the_paper_spoken_of_again_after_a_forum_is_the_paper_the_paragraph_named(between: str) -> None:
    assert in_papers(PAPER + between + "The paper holds that IHL applies.") == [("InternationalHumanitarianLaw", "2021")]
    assert in_papers(between + "The paper holds that IHL applies.") == []


@pytest.mark.parametrize("sentence, forum", [
    ("On the floor of the OEWG, Austrian diplomats have pushed hard for a dedicated capacity-building fund.",
     "un-oewg"),
    ("Austrian delegates in the OEWG have called repeatedly for the implementation of the agreed framework.",
     "un-oewg"),
    ("In the First Committee in 2022, Austria came out in favour of a Programme of Action.", "un-first-committee"),
    ("At the Security Council, Austria has come out strongly against attacks on health care.", "un-security-council"),
])
def test_a_phrasal_verb_of_stance_with_an_adverb_inside_is_a_position(sentence: str, forum: str) -> None:
    assert [p[1] for p in positions(sentence)] == [forum]


@pytest.mark.parametrize("sentence", [
    "Austrian experts at the Vienna Centre for Strategic Studies have argued in the OEWG that attribution should be "
    "coordinated.",
    "Researchers from the Austrian Institute for International Affairs told the OEWG that sovereignty is a rule.",
    "A fellow of the Vienna School of International Studies has called at the OEWG for a cyber court.",
])
def test_people_of_an_institute_or_centre_of_studies_are_not_the_state(sentence: str) -> None:
    assert positions(sentence) == []


@pytest.mark.parametrize("then", [
    "They also warned against a new treaty.",
    "They have been equally firm that the digital divide threatens security.",
    "Its delegates further insisted that capacity building be demand-driven.",
])
def test_a_sentence_going_on_with_what_was_said_in_a_forum_is_a_position_there(then: str) -> None:
    first = "At the OEWG in 2022, Austrian delegates argued for a permanent mechanism. "
    assert positions(first + then) == [("austria", "un-oewg", "2022"), ("austria", "un-oewg", "2022")]


@pytest.mark.parametrize("text", [
    "Austria took part in the OEWG. It also warned against a new treaty.",
    "Russia argued in the OEWG for a new treaty. It also warned against the militarisation of cyberspace.",
    "At the OEWG, Austrian delegates argued for a permanent mechanism. Academics also warned against a new treaty.",
    "At the OEWG, Austrian delegates argued for a permanent mechanism. They warned against a new treaty.",
])
def test_no_forum_goes_on_without_a_stance_there_the_states_voice_or_an_additive_word(text: str) -> None:
    assert [p for p in positions(text) if "warn" in text.split(". ")[-1]] == positions(text.split(". ")[0] + ".")


def paper_labels(text: str) -> list[tuple[str, str, str]]:
    """(label, year, status) of every national paper issued."""
    found = facts(text)
    source = SourceText("variant", Path("variant.txt"), OPENING + text, "An invented profile", "2026-11-27")
    gazetteer = extract_sources(Settings(root=ROOT), [source]).gazetteer
    return sorted((gazetteer.entities[f.object].label if f.object in gazetteer.entities else f.object, f.year, f.status)
                  for f in found if f.relation == "issued")


@pytest.mark.parametrize("sentence, label", [
    ("In a letter to parliament dated 5 July 2019, the foreign minister set out the government's position on the "
     "international legal order in cyberspace.", "national letter to parliament"),
    ("Austria set out its views on international law in cyberspace in a letter to the Secretary-General of "
     "12 March 2019.", "national letter to the Secretary-General"),
    ("The government's legal position on cyber operations was published in 2019 as a letter to the National Council.",
     "national letter to the National Council"),
])
def test_a_letter_setting_out_the_position_names_the_paper(sentence: str, label: str) -> None:
    assert paper_labels(sentence) == [(label, "2019", "Published")]


def alignments(text: str) -> list[str]:
    return sorted(short(f.object) for f in facts(text) if f.relation == "alignsWith")


@pytest.mark.parametrize("sentence, other", [
    ("In the First Committee Austria votes together with the other EU members.", "eu"),
    ("Austria's positions are close to those of the EU.", "eu"),
    ("Austria's statements have for years been very close to those of the Non-Aligned Movement.", "nam"),
])
def test_voting_with_a_group_or_positions_close_to_its_are_alignment(sentence: str, other: str) -> None:
    assert alignments(sentence) == [other]


@pytest.mark.parametrize("sentence", [
    "Austria voted with Russia against the resolution.",
    "Austria's positions are close to the OEWG's final report.",
    "Austria's positions in the OEWG are close to those of the Like-Minded Group.",
])
def test_no_alignment_with_a_vote_partner_a_report_or_a_forum(sentence: str) -> None:
    assert alignments(sentence) == []


@pytest.mark.parametrize("sentence, label", [
    ("In July 2020 the General Staff issued a declaration regarding international law applicable to cyberspace.",
     "national declaration regarding international law applicable to cyberspace"),
    ("Austria released in 2020 a declaration on international law in cyberspace.",
     "national declaration on international law in cyberspace"),
    ("In 2020 the government adopted a declaration concerning international law and cyber operations.",
     "national declaration concerning international law and cyber operations"),
])
def test_a_declaration_on_international_law_is_a_national_paper(sentence: str, label: str) -> None:
    assert paper_labels(sentence) == [(label, "2020", "Published")]


@pytest.mark.parametrize("then, topic", [
    ("The declaration asserts that sovereignty extends to national networks.", "Sovereignty"),
    ("It further maintains that such operations may amount to prohibited intervention.", "NonIntervention"),
    ("The text underlines that non-interference in internal affairs applies online.", "NonIntervention"),
    ("The declaration stipulates that due diligence is binding.", "DueDiligence"),
])
def test_what_the_declaration_asserts_or_stipulates_is_a_position_in_it(then: str, topic: str) -> None:
    first = "In July 2020 Austria issued a declaration regarding international law applicable to cyberspace. "
    assert in_papers(first + then) == [(topic, "2020")]


@pytest.mark.parametrize("sentence", [
    "Austria has been a vocal advocate of cyber sovereignty at the OEWG.",
    "In the First Committee, Austria was a staunch opponent of a new treaty.",
    "Austria remains a leading champion of human rights online in the Human Rights Council.",
])
def test_an_advocate_or_opponent_in_a_forum_states_a_position(sentence: str) -> None:
    assert len(positions(sentence)) == 1


@pytest.mark.parametrize("sentence, label", [
    ("Austria set out its approach to international law in 2021. The foreign ministry said in 2024 that a revised "
     "paper on sovereignty and due diligence would be drafted.", "national revised paper on sovereignty and due diligence"),
    ("Austria set out its approach to international law in 2021. Officials intend to prepare a second statement on "
     "the protection of data under IHL.", "national second statement on the protection of data under IHL"),
    ("Austria set out its approach to international law in 2021. An updated position on countermeasures is being "
     "drafted.", "national updated position on countermeasures"),
])
def test_a_planned_paper_on_one_question_of_the_law_keeps_what_sets_it_apart(sentence: str, label: str) -> None:
    assert [p for p in paper_labels(sentence) if p[2] == "Planned"][0][0] == label


@pytest.mark.parametrize("before", [
    "Austria has not published a national position on international law in cyberspace. ",
    "Austria has yet to issue a paper on how international law applies. ",
    "Austria, which has no national position on international law in cyberspace, is reticent. ",
])
def test_a_speech_of_a_state_that_published_no_position_is_no_national_position(before: str) -> None:
    speech = ("In May 2019 the Attorney General, Karin Huber, gave a speech in which she affirmed that international "
              "law, including the principle of sovereignty, applies to cyber operations.")
    assert [i for i in issued(before + speech) if i[2] == "Published"] == []
    assert in_papers(before + speech) == []


@pytest.mark.parametrize("sentence", [
    "At the Security Council, Austria condemned the cyberattack on a neighbour's grid.",
    "In the OEWG, Austria dismissed the accusation that it had hosted the attackers.",
    "Austrian diplomats condemned in the First Committee the hacking of a ministry's servers.",
])
def test_a_reaction_to_an_incident_in_a_forum_is_no_position_on_a_topic(sentence: str) -> None:
    assert positions(sentence) == []


@pytest.mark.parametrize("sentence", [
    "A national position on international law in cyberspace is in the pipeline.",
    "Austria is working towards a national position on international law in cyberspace.",
    "Austria's foreign ministry expects to finalise its position on international law in 2025.",
    "Austria has signalled that it will set out its legal views on cyberspace once the OEWG concludes.",
])
def test_a_paper_in_the_pipeline_worked_towards_or_to_be_set_out_is_planned(sentence: str) -> None:
    assert [i[2] for i in issued(sentence)] == ["Planned"]


@pytest.mark.parametrize("sentence", [
    "Austria is working towards a stronger role for the OSCE.",
    "Austria will set out its priorities for the OSCE chairmanship in 2026.",
    "Austria expects to finalise its cybersecurity strategy in 2025.",
])
def test_plans_that_are_no_paper_on_international_law_are_no_national_position(sentence: str) -> None:
    assert issued(sentence) == [] or all(short(f.object).find("international-law") < 0
                                        for f in facts(sentence) if f.relation == "issued")
