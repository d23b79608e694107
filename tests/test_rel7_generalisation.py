"""Memberships, candidacies, chairs, exercises, agreements and cooperation in wordings the development corpus does
not use: a list item dated by day and month, "the Alliance", an invitation to join, an agency (or its unit, or "it"
after it) as the subject, partners framed by "within", exercises told with the exercise as the subject, renewals, a
chair that "passed to" a state. Every sentence is invented; the paragraph is about Portugal (named first)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdkg.build import extract_sources
from cdkg.config import Settings
from cdkg.facts import Fact
from cdkg.sources import SourceText

ROOT = Path(__file__).resolve().parent.parent
OPENING = "Portugal lies in south-western Europe. "


def facts(text: str) -> list[Fact]:
    source = SourceText("variant", Path("variant.txt"), OPENING + text, "An invented profile", "2026-11-28")
    return extract_sources(Settings(root=ROOT), [source]).facts


def short(key: str) -> str:
    return key.rsplit("/", 1)[-1] if key else ""


def rows(text: str, relation: str) -> set[tuple[str, str, str, str, str]]:
    """(subject, acting agency, object, year, status) of one relation, keys shortened."""
    return {(short(f.subject), short(f.through), short(f.object), f.year, f.status) for f in facts(text)
            if f.relation == relation}


# --- membership ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Portugal entered NATO in April 2009 and the EU on 1 July 2013, followed by the Schengen area in 2023.",
     {("nato", "2009"), ("eu", "2013"), ("schengen-area", "2023")}),
    ("Portugal joined the OSCE on 3 March 1992, the Council of Europe on 9 May 1996 and the WTO in 2000.",
     {("osce", "1992"), ("coe", "1996"), ("wto", "2000")}),
    ("Invited to join NATO at the 1997 summit, Portugal entered the Alliance in March 1999 and the EU on 1 May 2004.",
     {("nato", "1999"), ("eu", "2004")}),
])
def test_list_items_dated_by_day_and_month_and_the_alliance(sentence: str, expected: set) -> None:
    assert {(o, y) for s, _, o, y, st in rows(sentence, "memberOf") if s == "portugal" and not st} == expected


def test_the_alliance_is_not_nato_when_another_alliance_was_named() -> None:
    assert {o for _, _, o, _, _ in rows("Portugal joined the Pacific Alliance in 2011; the Alliance has four members.",
                                        "memberOf")} == {"pacific-alliance"}


@pytest.mark.parametrize("sentence, year", [
    ("Portugal sat on the UN Security Council in 2011-2012.", "2011"),
    ("It served on the Security Council in 1997-1998.", "1997"),
    ("From 2027 to 2028 Portugal sits on the UN Security Council as a non-permanent member.", "2027"),
])
def test_sitting_on_the_security_council_is_a_seat(sentence: str, year: str) -> None:
    assert {(o, y) for _, _, o, y, _ in rows(sentence, "memberOf")} == {("un-security-council", year)}


@pytest.mark.parametrize("sentence", [
    "Portugal sat on the UN Security Council's sanctions committee in 2012.",
    "A Portuguese judge sat on the panel of the OSCE.",
])
def test_sitting_on_a_bodys_committee_or_panel_is_no_seat(sentence: str) -> None:
    assert rows(sentence, "memberOf") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("A member of the Organisation of African Unity from 1963, Portugal remains in its successor, the African Union.",
     {("au", "1963")}),
    ("Portugal left the Organisation of African Unity in 1984 and rejoined its successor, the AU, in 2017.",
     {("au", "2017")}),
    ("Portugal was a founding member of the OAU in 1963, later in its successor, the African Union.", {("au", "1963")}),
])
def test_the_successor_of_an_organisation_is_the_membership(sentence: str, expected: set) -> None:
    assert {(o, y) for _, _, o, y, _ in rows(sentence, "memberOf")} == expected


@pytest.mark.parametrize("sentence, agency, expected", [
    ("CERT.PT is a member of FIRST and of OIC-CERT.", "cert-pt", {"first", "oic-cert"}),
    ("The Portuguese Computer Incident Response Team (PT-CIRT) has been a FIRST member since 2017.", "pt-cirt",
     {"first"}),
    ("Its national CERT, CSIRT-PT, joined TF-CSIRT and APCERT.", "csirt-pt", {"tf-csirt", "apcert"}),
])
def test_an_agencys_membership_keeps_the_agency(sentence: str, agency: str, expected: set) -> None:
    found = rows(sentence, "memberOf")
    assert {o for _, _, o, _, _ in found} == expected
    assert {(s, t) for s, t, _, _, _ in found} == {("portugal", agency)}


def test_a_forum_of_certs_is_no_national_cert() -> None:
    assert not any(f.relation == "agencyOf" and "oic-cert" in f.subject
                   for f in facts("CERT.PT is a member of FIRST and of OIC-CERT."))


# --- candidacy -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, year", [
    ("Invited to join NATO at the 2008 Bucharest Summit, Portugal entered the Alliance in April 2009.", "2008"),
    ("Portugal was invited to join NATO at the Madrid summit in 1997.", "1997"),
    ("In 2003 Portugal was invited to become a member of NATO, which it joined a year later.", "2003"),
])
def test_an_invitation_to_join_nato_is_a_candidacy(sentence: str, year: str) -> None:
    assert {(o, y) for _, _, o, y, _ in rows(sentence, "candidateFor")} == {("nato", year)}


@pytest.mark.parametrize("sentence", [
    "Portugal was invited to accede to the Budapest Convention in 2018 and is an EU member.",
    "Portugal was not invited to join NATO in 2008.",
    "Portugal hopes to be invited to join the EU.",
])
def test_an_invitation_to_something_else_or_denied_is_no_candidacy(sentence: str) -> None:
    assert rows(sentence, "candidateFor") == set()


def test_joining_a_year_after_the_invitation_is_also_a_membership() -> None:
    found = facts("Invited to join NATO at the 2008 Bucharest Summit, Portugal entered the Alliance in April 2009.")
    assert {(f.relation, f.year) for f in found if f.object == "org/nato"} == {("candidateFor", "2008"),
                                                                               ("memberOf", "2009")}


@pytest.mark.parametrize("sentence", [
    "Portugal applied for membership of the European Communities in 1977.",
    "Portugal applied for membership of the European Community in 1977.",
    "In 1977 Portugal applied for membership of the European Communities.",
])
def test_the_european_communities_are_the_eu(sentence: str) -> None:
    assert {(o, y, st) for _, _, o, y, st in rows(sentence, "memberOf")} == {("eu", "1977", "Planned")}


# --- cooperation ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Portugal's closest cyber partners are Slovenia, Austria and, within NATO, the United States.",
     {"slovenia", "austria", "united-states"}),
    ("Its main cyber partners are Spain, Brazil and, within the OAS framework, Colombia.",
     {"spain", "brazil", "colombia"}),
    ("Spain, Brazil and, within ASEAN, Singapore are its closest partners.", {"spain", "brazil", "singapore"}),
    ("Its main partners in cyberspace are Japan and, within the EU, France and Germany.", {"japan", "france", "germany"}),
])
def test_within_frames_a_partner_and_is_none(sentence: str, expected: set) -> None:
    assert {o for _, _, o, _, _ in rows(sentence, "cooperatesWith")} == expected


@pytest.mark.parametrize("sentence, agency, expected", [
    ("The Ministry of the Interior's cybercrime service works with Europol's EC3 and with the FBI.",
     "ministry-of-the-interior", {"ec3", "fbi"}),
    ("The Judicial Police's cybercrime unit cooperates with Interpol.", "judicial-police", {"interpol"}),
    ("The Judicial Police (PJ) works with Interpol and the FBI.", "pj", {"interpol", "fbi"}),
])
def test_an_agency_or_its_unit_cooperates_for_its_state(sentence: str, agency: str, expected: set) -> None:
    found = rows(sentence, "cooperatesWith")
    assert {o for _, _, o, _, _ in found} == expected
    assert {(s, t) for s, t, _, _, _ in found} == {("portugal", agency)}


@pytest.mark.parametrize("sentence", [
    "Spain's cybercrime unit works with Interpol.",
    "Brazil's federal police unit cooperates with the FBI.",
    "Japan's cyber defence unit works with NATO.",
])
def test_another_states_unit_is_not_the_profiles(sentence: str) -> None:
    assert rows(sentence, "cooperatesWith") == set()


# --- exercises -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("CERT.PT took part in the APCERT Drill in 2023. It also joined the ASEAN CERT Incident Drill that year.",
     {("cert-pt", "apcert-drill", "2023"), ("cert-pt", "asean-cert-incident-drill", "2023")}),
    ("The Judicial Police (PJ) cooperates with Interpol. It also works with Afripol.",
     {("pj", "interpol", ""), ("pj", "afripol", "")}),
    ("CERT.PT competed in Locked Shields in 2021. In 2022, it took part in Cyber Europe.",
     {("cert-pt", "locked-shields", "2021"), ("cert-pt", "cyber-europe", "2022")}),
])
def test_it_after_an_agency_is_that_agency(text: str, expected: set) -> None:
    found = rows(text, "participatesIn") | rows(text, "cooperatesWith")
    assert {(t, o, y) for _, t, o, y, _ in found} == expected


@pytest.mark.parametrize("sentence, agency", [
    ("The national team, CSIRT-PT, took part in the OAS/CICTE hemispheric cyber exercise in 2022.", "csirt-pt"),
    ("Its team, PT-CSIRT, took part in the ITU Regional Cyber Drill for Africa in 2021.", "pt-csirt"),
    ("The national CERT, CERT.PT, competed in Locked Shields in 2020.", "cert-pt"),
])
def test_an_agency_named_in_apposition_is_the_subject(sentence: str, agency: str) -> None:
    assert {(s, t) for s, t, _, _, _ in rows(sentence, "participatesIn")} == {("portugal", agency)}


@pytest.mark.parametrize("sentence, expected", [
    ("Portuguese cyber units joined the cyber component of the Immediate Response exercise in 2023.",
     {("immediate-response", "2023")}),
    ("Portugal took part in the cyber defence segment of Trident Juncture in 2018.", {("trident-juncture", "2018")}),
    ("In 2021 Portugal joined the cyber strand of the annual Cyber Coalition.", {("cyber-coalition", "2021")}),
])
def test_the_cyber_component_of_an_exercise_is_taking_part_in_it(sentence: str, expected: set) -> None:
    assert {(o, y) for _, _, o, y, _ in rows(sentence, "participatesIn")} == expected


def test_the_cyber_component_of_something_else_is_nothing() -> None:
    assert rows("Portugal joined the cyber component of the European Union's defence policy in 2020.",
                "participatesIn") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("The national Cyber Shield exercise is held every autumn for critical infrastructure operators.",
     {("cyber-shield", "")}),
    ("In 2022 the Northern Viking exercise with the United States included a cyber defence component.",
     {("northern-viking", "2022")}),
    ("Its national crisis exercise Cyber Dome was held in 2021 for banks.", {("cyber-dome", "2021")}),
    ("In 2019 the Sea Breeze exercise with Ukraine featured a cyber scenario.", {("sea-breeze", "2019")}),
])
def test_the_states_own_exercise_told_as_the_subject(sentence: str, expected: set) -> None:
    assert {(o, y) for s, _, o, y, _ in rows(sentence, "participatesIn") if s == "portugal"} == expected


@pytest.mark.parametrize("sentence", [
    "The Cyber Coalition exercise is held every year in Tallinn.",
    "The national Cyber Shield exercise may be held next year.",
    "Ukraine's national Cyber Shield exercise is held every autumn.",
])
def test_an_exercise_held_without_the_state_is_not_its_own(sentence: str) -> None:
    assert rows(sentence, "participatesIn") == set()


# --- agreements ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("A cooperation arrangement on cyber security with Estonia was signed in 2019 and renewed in 2024.",
     {("estonia", "2019"), ("estonia", "2024")}),
    ("Portugal signed an MoU with Spain in 2016, renewed in March 2021.", {("spain", "2016"), ("spain", "2021")}),
    ("The CNCS concluded a memorandum with Morocco in 2015 and extended it in 2020.",
     {("morocco", "2015"), ("morocco", "2020")}),
])
def test_a_renewal_is_a_second_signing(sentence: str, expected: set) -> None:
    assert {(o, y) for _, _, o, y, st in rows(sentence, "hasAgreementWith") if st == "Signed"} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal signed an MoU with Spain in 2016; Italy renewed its own in 2020.", {("spain", "2016")}),
    ("Portugal signed an MoU with Spain in 2016 and one with Italy, renewed in 2022.",
     {("spain", "2016"), ("italy", "2022")}),
])
def test_a_renewal_belongs_to_the_agreement_just_before_it(sentence: str, expected: set) -> None:
    found = {(o, y) for _, _, o, y, _ in rows(sentence, "hasAgreementWith")}
    assert expected <= found and ("spain", "2020") not in found and ("spain", "2022") not in found


@pytest.mark.parametrize("sentence, expected", [
    ("A memorandum with Japan was signed in 2018; a second one, with the Republic of Korea, is expected to be signed "
     "in 2025.", {("japan", "2018", "Signed"), ("south-korea", "2025", "Planned")}),
    ("Portugal signed an MoU with Chile in 2019; a new one, with Peru, is under negotiation.",
     {("chile", "2019", "Signed"), ("peru", "", "UnderNegotiation")}),
])
def test_a_second_one_with_a_partner(sentence: str, expected: set) -> None:
    assert {(o, y, st) for _, _, o, y, st in rows(sentence, "hasAgreementWith")} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal and Japan signed a joint declaration on 5G security in 2021.", {("japan", "2021")}),
    ("In 2020 Portugal signed a joint declaration with Morocco on cybercrime.", {("morocco", "2020")}),
    ("Portugal concluded joint declarations on cyber security with Chile and Peru in 2022.",
     {("chile", "2022"), ("peru", "2022")}),
])
def test_a_signed_joint_declaration_is_an_agreement(sentence: str, expected: set) -> None:
    assert {(o, y) for _, _, o, y, _ in rows(sentence, "hasAgreementWith")} == expected


@pytest.mark.parametrize("sentence", [
    "Portugal and Spain issued a joint statement on Russia in 2022.",
    "The G7 joint declaration of 2021 condemned ransomware.",
    "Portugal endorsed the Prague joint declaration in 2019.",
])
def test_a_joint_statement_or_a_declaration_endorsed_is_no_agreement(sentence: str) -> None:
    assert rows(sentence, "hasAgreementWith") == set()


@pytest.mark.parametrize("sentence, agency", [
    ("The National Security Council Office signed a cyber MoU with Slovakia's National Security Authority (NBU) in "
     "July 2021.", "national-security-council-office"),
    ("The National Security Council (NSC) signed a memorandum with Spain in 2020.", "nsc"),
    ("The National Security Council Secretariat concluded an agreement with Spain in 2019.",
     "national-security-council-secretariat"),
])
def test_a_national_body_holding_a_world_bodys_words_is_the_states(sentence: str, agency: str) -> None:
    found = facts(sentence)
    assert {(short(f.subject), short(f.through)) for f in found if f.relation == "hasAgreementWith"} == \
        {("portugal", agency)}
    assert not any(f.relation == "partOf" for f in found)


# --- chairs --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The OSCE chairmanship passed to Portugal in 2019.", {("portugal", "osce", "2019")}),
    ("The chairmanship of the Freedom Online Coalition fell to Portugal in 2013.",
     {("portugal", "freedom-online-coalition", "2013")}),
    ("The Commonwealth presidency went to Portugal in 2022 when Lisbon hosted the summit.",
     {("portugal", "commonwealth", "2022")}),
    ("The chairmanship of the OSCE passed to Kazakhstan in 2010.", set()),
])
def test_a_chair_that_passed_to_a_state(sentence: str, expected: set) -> None:
    assert {(s, o, y) for s, _, o, y, _ in rows(sentence, "chairs") if s == "portugal"} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal remains in the African Union, which it chaired in 2018.", {("portugal", "au", "2018")}),
    ("Portugal hosted the Arctic Council, which it later chaired in 2021-2023.", {("portugal", "arctic-council", "2021")}),
    ("Portugal joined the FOC, which Kenya chaired in 2012.", set()),
])
def test_a_body_chaired_in_a_relative_clause(sentence: str, expected: set) -> None:
    assert {(s, o, y) for s, _, o, y, _ in rows(sentence, "chairs") if s == "portugal"} == expected


@pytest.mark.parametrize("sentence, body", [
    ("From November 2022 to May 2023 Portugal held the presidency of the Committee of Ministers of the Council of "
     "Europe.", "coe-committee-of-ministers"),
    ("Portugal chaired the CoE Committee of Ministers from November 2019.", "coe-committee-of-ministers"),
    ("Portugal co-chaired the ASEAN Regional Forum Inter-Sessional Meeting on ICT Security (ARF ISM on ICTs) in "
     "2019-2020.", "arf-ism-icts"),
    ("Portugal co-chairs the ARF ISM on ICTs since 2021.", "arf-ism-icts"),
])
def test_bodies_chaired_in_turn_are_named(sentence: str, body: str) -> None:
    assert {o for _, _, o, _, _ in rows(sentence, "chairs")} == {body}


# --- a foreign agency named first in a paragraph does not make the paragraph its state's ------------------------------

@pytest.mark.parametrize("first", [
    "Portugal's ties have grown: the CNCS signed an MoU with Spain in 2022, while the United States' Federal Bureau "
    "of Investigation (FBI) has trained Portuguese investigators.",
    "Bilateral work is growing, and the FBI has trained Portuguese prosecutors since 2019.",
    "The US Agency for International Development (USAID) funds a Portuguese cyber skills project.",
])
def test_a_foreign_agency_in_passing_leaves_the_paragraph_the_profiles(first: str) -> None:
    text = ("Portugal is a member of the EU. Portugal joined NATO in 1949.\n\n" + first +
            " CERT.PT teams took part in Locked Shields in 2022.")
    assert {(short(f.subject), short(f.object)) for f in facts(text) if f.relation == "participatesIn"} == \
        {("portugal", "locked-shields")}


@pytest.mark.parametrize("last", [
    "Officials have often praised the agreement that Slovenia signed with Japan in 2020.",
    "Diplomats cite the dialogue which Austria launched with Chile in 2019.",
    "The memorandum that Spain concluded with Morocco is often cited.",
])
def test_a_subject_inside_a_relative_clause_does_not_make_the_paragraph_its_own(last: str) -> None:
    text = ("Portugal is a member of the EU. Portugal joined NATO in 1949.\n\n"
            "An MoU with Israel expired in 2022. Negotiations on a cyber accord with Chile have been under way since "
            "2023. " + last)
    assert {(short(f.subject), short(f.object), f.status) for f in facts(text) if f.relation == "hasAgreementWith"
            and short(f.object) in ("israel", "chile") and f.year in ("2022", "2023")} == \
        {("portugal", "israel", "Expired"), ("portugal", "chile", "UnderNegotiation")}


@pytest.mark.parametrize("sentence, helper", [
    ("Portuguese staff have been trained by Spain's National Cryptologic Centre (CCN).", "ccn"),
    ("Portuguese investigators were advised by the United States' Federal Bureau of Investigation.", "fbi"),
    ("CERT.PT analysts have been mentored by Estonia's Information System Authority (RIA) since 2019.", "ria"),
    ("Portuguese judges were trained by Spain in 2020.", "spain"),
])
def test_the_helper_is_the_foreign_agency_named_after_its_state(sentence: str, helper: str) -> None:
    assert {(s, o) for s, _, o, _, _ in rows(sentence, "cooperatesWith")} == {("portugal", helper)}


@pytest.mark.parametrize("sentence, body, year", [
    ("Portugal took over the chair of the Council of Europe's Committee of Ministers in 2024.",
     "coe-committee-of-ministers", "2024"),
    ("Portugal chaired the OSCE's Permanent Council in 2019.", "permanent-council", "2019"),
    ("Portugal chaired NATO's Cyber Defence Committee from 2020 to 2021.", "cyber-defence-committee", "2020"),
])
def test_a_body_named_after_its_owners_possessive_keeps_its_time(sentence: str, body: str, year: str) -> None:
    assert {(o, y) for _, _, o, y, _ in rows(sentence, "chairs")} == {(body, year)}


@pytest.mark.parametrize("sentence, expected", [
    ("CERT.PT took part in the ITU's annual regional cyber drill in 2022.", {("regional-cyber-drill", "2022")}),
    ("Portugal hosted the ITU regional cyber drill for Europe in 2021.", {("itu-regional-cyber-drill", "2021")}),
    ("Portugal tests its incident response in the annual Cyber Perseus exercise.", {("cyber-perseus", "")}),
    ("CERT.PT tested its procedures at Cyber Europe in 2022.", {("cyber-europe", "2022")}),
    ("Portugal's armed forces took part in NATO's Cyber Coalition 2023 exercise.", {("cyber-coalition-2023", "2023")}),
    ("A Portuguese team placed second in Locked Shields 2023.", {("locked-shields", "2023")}),
    ("Portugal came first in Locked Shields in 2021.", {("locked-shields", "2021")}),
])
def test_exercises_in_other_words(sentence: str, expected: set) -> None:
    assert {(o, y) for _, _, o, y, _ in rows(sentence, "participatesIn")} == expected


@pytest.mark.parametrize("sentence", [
    "Portugal tested its crisis plans in 2022.",
    "Portugal ranked third in the world in cyber readiness.",
    "Portugal finished its review of the strategy in 2023.",
])
def test_testing_or_ranking_without_an_exercise_is_nothing(sentence: str) -> None:
    assert rows(sentence, "participatesIn") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal was elected to the UN Security Council for 2027-2028.", {("un-security-council", "2027")}),
    ("In 2019 Portugal was elected as a non-permanent member to the Security Council.", {("un-security-council", "2019")}),
    ("Portugal was re-elected to the Human Rights Council in 2023.", {("un-human-rights-council", "2023")}),
    ("Portugal was elected to chair the OSCE in 2019.", set()),
])
def test_an_election_to_a_council_is_a_seat(sentence: str, expected: set) -> None:
    assert {(o, y) for _, _, o, y, _ in rows(sentence, "memberOf")} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal is a founding member of the Arab League's cyber working group.", set()),
    ("Portugal is a member of the OIC's cyber task force.", set()),
    ("Portugal belongs to the Council of Europe's cybercrime committee.", set()),
    ("Portugal is a member of the OIC and the Arab League.", {"oic", "league-of-arab-states"}),
])
def test_an_organisation_that_only_owns_the_body_joined_is_no_membership(sentence: str, expected: set) -> None:
    assert {o for _, _, o, _, _ in rows(sentence, "memberOf")} == expected


@pytest.mark.parametrize("sentence", [
    "Portugal was elected to the Counter Ransomware Initiative's board in 2023.",
    "Portugal served on the GFCE Advisory Board in 2020.",
    "Portugal was elected to the Freedom Online Coalition Steering Committee in 2021.",
    "Portugal sat on the Freedom Online Coalition's steering committee in 2019.",
])
def test_a_seat_on_a_bodys_board_is_no_membership_nor_endorsement(sentence: str) -> None:
    assert not [f for f in facts(sentence) if f.relation in ("memberOf", "joined")]


@pytest.mark.parametrize("sentence, expected", [
    ("As an observer of the Counter Ransomware Initiative, Portugal sat on the UN Security Council in 2020.",
     {("memberOf", "un-security-council")}),
    ("Portugal, an observer of the OAS since 1972, joined NATO in 1949.", {("memberOf", "nato")}),
    ("Portugal is an observer of the Pacific Alliance.", set()),
    ("Portugal has been an observer member of the Arab League since 2010.", set()),
])
def test_an_observer_is_no_member(sentence: str, expected: set) -> None:
    assert {(f.relation, short(f.object)) for f in facts(sentence) if f.relation in ("memberOf", "joined")} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal's cooperation accord with Cape Verde dates from 2016.", {("cabo-verde", "2016", "Signed")}),
    ("An MoU with Angola dating back to 2014 covers incident response.", {("angola", "", "Signed")}),
    ("A draft agreement with Brazil dates from 2020.", {("brazil", "2020", "Planned")}),
])
def test_an_agreement_that_dates_from_a_year_exists(sentence: str, expected: set) -> None:
    assert {(o, y, st) for _, _, o, y, st in rows(sentence, "hasAgreementWith")} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal acceded to the European Economic Community on 1 January 1986.", {("eu", "1986")}),
    ("Portugal was admitted into the United Nations in December 1955.", {("un", "1955")}),
    ("Portugal was a founding member of the European Economic Community (1957), today the EU.", {("eu", "1957")}),
])
def test_the_eec_is_the_eu_and_admitted_into(sentence: str, expected: set) -> None:
    assert {(o, y) for _, _, o, y, _ in rows(sentence, "memberOf")} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The European Council granted Portugal candidate status in June 2022.", {("eu", "2022", "Candidate")}),
    ("In 2016 the EU gave Portugal candidate status.", {("eu", "2016", "Candidate")}),
    ("Portugal applied for EU membership in 2009 and received candidate status in 2010.", {("eu", "2010", "Candidate")}),
    ("In December 2023 the European Commission recommended candidate status for Portugal.", set()),
])
def test_candidate_status_granted_to_the_state_with_its_own_year(sentence: str, expected: set) -> None:
    assert {(o, y, st) for _, _, o, y, st in rows(sentence, "candidateFor")} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal formally submitted its application to join the EU in March 2022.", {("eu", "2022", "Planned")}),
    ("Portugal lodged a membership application with NATO in May 2022.", {("nato", "2022", "Planned")}),
    ("Portugal submitted an application for membership of the OECD in 2020.", {("oecd", "2020", "Planned")}),
    ("Portugal withdrew its application to join the EU in 2015.", set()),
])
def test_an_application_is_applying_not_membership(sentence: str, expected: set) -> None:
    assert {(o, y, st) for _, _, o, y, st in rows(sentence, "memberOf")} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal cooperates on cybercrime with Interpol and Europol.", {("interpol", ""), ("europol", "")}),
    ("The Judicial Police works closely on ransomware cases with the FBI.", {("fbi", "")}),
    ("Bilateral cyber dialogues have been held with Japan since 2018 and with India since 2020.",
     {("japan", "2018"), ("india", "2020")}),
    ("Portugal has held cyber consultations with Spain (2016) and Brazil (2019).", {("spain", "2016"), ("brazil", "2019")}),
])
def test_a_topic_before_the_partner_and_each_partners_own_time(sentence: str, expected: set) -> None:
    assert {(o, y) for _, _, o, y, _ in rows(sentence, "cooperatesWith")} == expected


@pytest.mark.parametrize("sentence", [
    "Portugal worked on fisheries with Morocco in 2019.",
    "Portugal works on trade issues with China.",
    "Portugal works on a bid with Spain to host the World Cup.",
])
def test_a_topic_of_another_domain_before_the_partner_is_no_cyber_cooperation(sentence: str) -> None:
    assert rows(sentence, "cooperatesWith") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("Portugal was invited to join NATO in 1997 and joined it in 1999.", {("memberOf", "nato", "1999")}),
    ("Portugal left the OAS in 1962 and rejoined it in 2009.", {("memberOf", "oas", "2009")}),
    ("Portugal praised the GFCE and joined it in 2016.", {("joined", "gfce", "2016")}),
    ("Portugal was invited to join NATO in 1997 but has not joined it.", set()),
    ("Portugal supports the OECD and hopes to join it.", set()),
])
def test_joined_it_is_the_organisation_just_named(sentence: str, expected: set) -> None:
    assert {(f.relation, short(f.object), f.year) for f in facts(sentence)
            if f.relation in ("memberOf", "joined")} == expected
