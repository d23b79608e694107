"""Round 10, relations between actors: agreements whose noun is in a name or after a colon, counterparts named in a
fronted phrase, agreements that frame a cooperation, a list item's own time before a framing phrase, and exercises
known by a quoted name. Every sentence is invented; the paragraph is about Portugal (see test_profile_variants)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdkg.build import extract_sources
from cdkg.config import Settings
from cdkg.sources import SourceText
from tests.test_profile_variants import ROOT, facts, rows, short


def agreements(sentence: str) -> set[tuple[str, str, str, str]]:
    return rows(sentence, "hasAgreementWith")


# --- agreements -------------------------------------------------------------------------------------------------------

def test_a_colon_opens_a_clause_of_its_own() -> None:
    """The words after a colon that tell a clause of their own are read as one (before, only those before it)."""
    found = agreements("Trade deals shape much of its digital policy: in May 2021 Portugal signed the Atlantic "
                       "Digital Trade Agreement (ADTA) with Chile and Singapore.")
    assert {("portugal", "chile", "2021", "Signed"), ("portugal", "singapore", "2021", "Signed")} <= found


@pytest.mark.parametrize("sentence, partner, year", [
    ("Portugal signed a Strategic Cybersecurity Cooperation Framework with Japan in April 2023.", "japan", "2023"),
    ("In 2022 Portugal concluded a Strategic Digital Partnership with Brazil.", "brazil", "2022"),
])
def test_a_named_text_signed_with_a_counterpart_is_an_agreement(sentence: str, partner: str, year: str) -> None:
    """The agreement noun is inside the text's name ("… Framework", "… Partnership"): the name is what was signed,
    never a party."""
    found = agreements(sentence)
    assert (("portugal", partner, year, "Signed")) in found
    assert all(o in ("japan", "brazil") for _, o, _, _ in found)


def test_a_counterpart_named_in_a_fronted_phrase() -> None:
    assert agreements("With Bahrain, a cyber MoU was signed in 2022.") == {("portugal", "bahrain", "2022", "Signed")}


def test_a_text_or_framework_with_a_counterpart_is_an_agreement_with_the_clause_status() -> None:
    found = agreements("An arrangement with Japan was signed in 2019; talks on a similar text with Greece have been "
                       "under way since 2022, whereas a framework with Chile is only planned.")
    assert found == {("portugal", "japan", "2019", "Signed"), ("portugal", "greece", "2022", "UnderNegotiation"),
                     ("portugal", "chile", "", "Planned")}


@pytest.mark.parametrize("sentence", [
    "No government-to-government cyber text with Japan is in force.",
    "Portugal updated the legal framework of its national CERT in 2021.",
    "Portugal hosted a conference on the EU framework for cyber diplomacy in 2020.",
])
def test_a_text_or_framework_without_a_signed_counterpart_is_none(sentence: str) -> None:
    assert agreements(sentence) == set()


def test_an_agreement_that_frames_a_cooperation_is_in_force() -> None:
    """ "cooperate with A and, since 2017, under an agreement with B": the agreement with B is signed (one acts under
    it), dated 2017."""
    sentence = "The Judicial Police cooperate with Interpol and, since 2017, under a strategic agreement with Europol."
    assert agreements(sentence) == {("portugal", "europol", "2017", "Signed")}


def test_an_agreement_only_talked_of_as_a_frame_is_not_signed() -> None:
    sentence = "The Judicial Police want to work under a future agreement with Europol."
    assert not {r for r in agreements(sentence) if r[3] == "Signed"}


# --- exercises --------------------------------------------------------------------------------------------------------

def exercises(sentence: str) -> set[tuple[str, str, str]]:
    return {(short(f.subject), short(f.object), f.year) for f in facts(sentence) if f.relation == "participatesIn"}


@pytest.mark.parametrize("sentence, name, year", [
    ('The national CERT runs the "Atlantic Shield" national exercise for operators each autumn.', "atlantic-shield", ""),
    ('Its CERT took part in Cyber Europe in 2022, and the CNCS organised the first national exercise, "Lusitania '
     'Guard", in 2024.', "lusitania-guard", "2024"),
    ('Since 2023 the CNCS has organised the Iberian cyber exercise "Sea Guard" together with its Spanish counterpart.',
     "sea-guard", ""),
])
def test_an_exercise_known_by_its_quoted_name(sentence: str, name: str, year: str) -> None:
    """The quoted name next to "exercise" is the exercise's name (not "Iberian cyber exercise"), and whoever runs,
    organises or joins it takes part; the time after the quoted name is its own."""
    found = exercises(sentence)
    assert any(o == name and (not year or y == year) for _, o, y in found), found
    assert not any("cyber-exercise" in o for _, o, _ in found)


# --- cooperation ------------------------------------------------------------------------------------------------------

def cooperation(sentence: str, opening: str = "") -> set[tuple[str, str, str, str]]:
    if not opening:
        return rows(sentence, "cooperatesWith")
    source = SourceText("variant", Path("variant.txt"), opening + sentence, "An invented profile", "2026-11-28")
    return {(short(f.subject), short(f.object), f.year, f.status)
            for f in extract_sources(Settings(root=ROOT), [source]).facts if f.relation == "cooperatesWith"}


def test_a_subject_stands_before_its_verb() -> None:
    """ "it works with …, the other EU member states and the US": the EU after the verb is a partner, not the
    subject ("member states" is no verb of the EU's)."""
    found = cooperation("Portugal presents itself as a champion of an open internet, and it works most closely with "
                        "its Iberian neighbour, the other EU member states and the United States.")
    assert {("portugal", "eu"), ("portugal", "united-states")} <= {(s, o) for s, o, _, _ in found}


def test_an_apposition_that_dates_the_subject_does_not_date_its_cooperation() -> None:
    found = cooperation("The Judicial Police, established in 1945, cooperate with Interpol.")
    assert ("portugal", "interpol", "", "") in found


AUSTRIA = "Austria is a neutral state in central Europe. "


@pytest.mark.parametrize("sentence, year", [
    ("Austria has taken part in NATO's Partnership for Peace since 1995.", "1995"),
    ("Austria is not a member of NATO: since 1995 it has been a partner in NATO's Partnership for Peace.", "1995"),
])
def test_taking_part_in_an_organisations_partnership_is_cooperation_with_it(sentence: str, year: str) -> None:
    """The owner of the partnership framework is the partner; the words before a colon say nothing of it."""
    assert ("austria", "nato", year, "") in cooperation(sentence, AUSTRIA)


@pytest.mark.parametrize("sentence", [
    "Austria has never taken part in NATO's Partnership for Peace.",
    "Austrian teams have taken part in NATO's Locked Shields since 2016.",
])
def test_no_partnership_no_cooperation_with_its_owner(sentence: str) -> None:
    assert not {o for _, o, _, _ in cooperation(sentence, AUSTRIA) if o == "nato"}


def test_the_partner_as_antecedent_of_with_which() -> None:
    found = cooperation("Bilateral ties are closest with Spain, with which the country holds an annual cyber dialogue.")
    assert ("portugal", "spain", "", "") in found


@pytest.mark.parametrize("sentence", [
    "Bilateral ties are closest with Spain, with which the country has no cyber dialogue.",
    "The Judicial Police trust Europol, with which Portugal concluded an agreement in 2016.",
])
def test_with_which_without_a_cooperation_is_none(sentence: str) -> None:
    assert not {o for _, o, _, _ in cooperation(sentence) if o in ("spain", "europol")}


def test_two_subjects_that_made_something_joint() -> None:
    """ "The A and the B announced, in 2023, a joint platform": partners, dated by the time set off after the verb."""
    found = cooperation("The National Cybersecurity Centre (CNCS) and the UAE announced, in 2023, a joint platform for "
                        "threat-intelligence sharing.")
    assert ("portugal", "united-arab-emirates", "2023", "") in found


# --- funding and beneficiaries ----------------------------------------------------------------------------------------

def roles(sentence: str) -> set[tuple[str, str, str]]:
    return {(short(f.subject), short(f.object), f.role) for f in facts(sentence) if f.relation == "funds"}


def test_a_quoted_programme_name_keeps_its_donor_and_the_state_it_trains() -> None:
    """ 'the EU-funded "X" project, worth EUR 3 million, has trained Portuguese staff': the quotes and the worth
    between the name and its verb hide neither the funder nor the beneficiary."""
    found = roles('The EU-funded "Atlantic Cyber Bridge" project, worth about EUR 3 million, has trained Portuguese '
                  'CERT staff since 2021.')
    assert {("eu", "atlantic-cyber-bridge", "Funder"), ("portugal", "atlantic-cyber-bridge", "Beneficiary")} <= found


def test_both_of_which_gives_the_role_to_each_listed_programme() -> None:
    found = roles("Portuguese prosecutors take part in GLACY+ and in the Cyber4Dev programme, both of which are "
                  "funded by the European Union.")
    assert {("eu", "glacy-plus", "Funder"), ("eu", "cyber4dev", "Funder")} <= found


def test_both_of_which_needs_two_programmes() -> None:
    found = roles("Portuguese prosecutors take part in GLACY+, which is funded by the European Union.")
    assert {r for r in found if r[2] == "Funder"} == {("eu", "glacy-plus", "Funder")}


def test_the_own_agency_named_first_after_between_is_the_one_that_acts() -> None:
    """ "an MoU between the <own agency> and <state>'s <agency>": the own agency acts, whatever the clause's subject
    (here the sentence's subject is another agency)."""
    sentence = ("The national CERT signed a memorandum with Japan in 2016, and a memorandum between the National "
                "Cybersecurity Centre (CNCS) and Spain's National Cybersecurity Institute (INCIBE) is planned.")
    found = {(short(f.subject), f.through.rsplit("/", 1)[-1], short(f.object), f.status) for f in facts(sentence)
             if f.relation == "hasAgreementWith" and f.object == "state/spain"}
    assert found and all(through not in ("", "cert") and status == "Planned" for _, through, _, status in found), found


@pytest.mark.parametrize("sentence, partner, year", [
    ("Portuguese experts had earlier helped Cabo Verde to establish its national CERT in 2019.", "cabo-verde", "2019"),
    ("Spanish specialists assisted Portugal in restoring the affected systems.", "spain", ""),
])
def test_a_states_experts_who_helped_another_state(sentence: str, partner: str, year: str) -> None:
    assert ("portugal", partner, year, "") in cooperation(sentence)


def test_experts_who_only_offered_to_help_are_no_cooperation() -> None:
    assert not cooperation("Portuguese experts have offered to help Cabo Verde to establish its national CERT.")


# --- what is no party and no partner -----------------------------------------------------------------------------------

def test_what_an_agreement_created_is_no_party_to_it() -> None:
    assert not {o for _, o, _, _ in agreements("In 1949 Portugal signed the North Atlantic Treaty that created NATO.")
                if o == "nato"}


def test_a_time_or_place_in_an_apposition_after_the_counterpart_is_no_party() -> None:
    found = agreements("An agreement with Japan, announced during the 2023 G7 summit, is still only planned.")
    assert found == {("portugal", "japan", "2023", "Planned")} or found == {("portugal", "japan", "", "Planned")}


@pytest.mark.parametrize("sentence", [
    "The application for EU membership, lodged in 1977 together with Spain, was completed in 1986.",
    "Together with Brazil and Angola, it formed the Lusophone cyber grouping in 1996.",
])
def test_a_membership_sought_or_a_group_founded_together_is_no_partnership(sentence: str) -> None:
    assert not {o for _, o, _, _ in cooperation(sentence) if o in ("spain", "brazil", "angola")}


def test_a_joint_act_that_is_cooperation_remains() -> None:
    assert ("portugal", "spain") in {(s, o) for s, o, _, _ in
                                     cooperation("Together with Spain, Portugal launched a cyber awareness campaign.")}


def test_talks_with_a_states_agency_name_the_agency_as_counterpart() -> None:
    found = agreements("Portugal has held cyber dialogues with Japan; talks with Singapore's Cyber Security Agency (CSA) "
                       "on an information-sharing memorandum have been under way since 2024.")
    assert ("portugal", "singapore", "2024", "UnderNegotiation") in found
