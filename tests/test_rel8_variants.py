"""Relations in wordings of independent writers (round 8): a status told by another part of the clause, talks taken
back by a contrast clause, a later predicate's hedge, "with which" naming the counterpart, an agency's people as the
subject, a state's firms that are not the state, a chair counted back from another. Every sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdkg.build import extract_sources
from cdkg.config import Settings
from cdkg.facts import Fact
from cdkg.sources import SourceText

ROOT = Path(__file__).resolve().parent.parent


def facts(state: str, text: str) -> list[Fact]:
    source = SourceText("variant", Path("variant.txt"), f"{state} lies somewhere in the world. " + text,
                        "An invented profile", "2026-11-28")
    return extract_sources(Settings(root=ROOT), [source]).facts


def short(key: str) -> str:
    return key.rsplit("/", 1)[-1] if key else ""


def rows(state: str, text: str, relation: str) -> set[tuple[str, str, str, str, str]]:
    return {(short(f.subject), short(f.through), short(f.object), f.year, f.status) for f in facts(state, text)
            if f.relation == relation}


def statuses(state: str, text: str) -> dict[str, str]:
    return {o: st for _, _, o, _, st in rows(state, text, "hasAgreementWith")}


# --- one clause, two statements: ", and talks on … are under way" ---------------------------------------------------

@pytest.mark.parametrize("state, sentence, expected", [
    ("Norway", "Norway signed a cyber memorandum with Chile in 2019, and talks on a similar arrangement with Peru "
               "are still under way.", {"chile": "Signed", "peru": "UnderNegotiation"}),
    ("Portugal", "Portugal concluded an MoU with Ghana in 2016, and negotiations on a framework agreement with Brazil "
                 "have continued since 2022.", {"ghana": "Signed", "brazil": "UnderNegotiation"}),
    ("Finland", "An accord with Kenya was refused by parliament in 2020, and talks on a memorandum with Chile have "
                "been under way since 2024.", {"kenya": "Rejected", "chile": "UnderNegotiation"}),
])
def test_talks_after_a_comma_and_keep_their_own_status(state: str, sentence: str, expected: dict) -> None:
    assert statuses(state, sentence) == expected


# --- talks taken back: "was negotiated in 2024 but the Cabinet declined to approve it" --------------------------------

@pytest.mark.parametrize("sentence, partner", [
    ("An MoU with Kenya was negotiated in 2021, but the government rejected it in 2022.", "kenya"),
    ("Talks on a memorandum with Brazil began in 2020, but Lisbon declined to sign it.", "brazil"),
    ("A cyber arrangement with Chile was under negotiation in 2019, yet the cabinet turned it down.", "chile"),
])
def test_talks_taken_back_by_a_contrast_clause_are_rejected(sentence: str, partner: str) -> None:
    assert statuses("Portugal", sentence) == {partner: "Rejected"}


def test_a_signed_agreement_stays_signed_whatever_the_contrast_says() -> None:
    # (a signed text that a later clause refuses to ratify is still signed: only talks or plans are taken back)
    assert statuses("Portugal", "Portugal concluded an agreement with Japan in 2018 but parliament refused to "
                                "ratify it.") == {"japan": "Signed"}


# --- a later predicate's hedge is its own ---------------------------------------------------------------------------

@pytest.mark.parametrize("state, sentence, partner, year", [
    ("Georgia", "Georgia signed an Association Agreement with the European Union in 2014, applied for membership in "
                "2022 and hopes to open talks soon.", "eu", "2014"),
    ("Portugal", "Portugal signed a security agreement with the EU in 2015, announced plans to join the OECD and "
                 "later applied for the Schengen area.", "eu", "2015"),
    ("Norway", "Norway concluded a data-sharing agreement with Japan in 2019, then sought observer status in ASEAN "
               "the next year.", "japan", "2019"),
])
def test_a_later_predicate_does_not_hedge_the_signed_agreement(state: str, sentence: str, partner: str,
                                                                year: str) -> None:
    found = {(o, y, st) for _, _, o, y, st in rows(state, sentence, "hasAgreementWith")}
    assert (partner, year, "Signed") in found
    assert not any(st == "Planned" for _, _, st in found)


# --- "with which" names the counterpart --------------------------------------------------------------------------

@pytest.mark.parametrize("state, sentence, partner, year, others", [
    ("Ukraine", "The Cyber Police cooperate with Europol, with which Ukraine concluded an operational agreement in "
                "2016, and with the FBI.", "europol", "2016", {"europol", "fbi"}),
    ("Ghana", "Ghana's police work with Interpol, with which Ghana signed a data-sharing agreement in 2012, and with "
              "Afripol.", "interpol", "2012", {"interpol", "afripol"}),
    ("Norway", "Norway cooperates with Japan, with whom it concluded a cyber memorandum in 2019.", "japan", "2019",
     {"japan"}),
])
def test_with_which_names_the_counterpart(state: str, sentence: str, partner: str, year: str, others: set) -> None:
    agreements = {(o, y, st) for _, _, o, y, st in rows(state, sentence, "hasAgreementWith")}
    assert agreements == {(partner, year, "Signed")}
    assert {o for _, _, o, _, _ in rows(state, sentence, "cooperatesWith")} == others


# --- an agency's people as the subject -------------------------------------------------------------------------

AGENCIES = ("The Computer Incident Management Centre (CGII) is Bolivia's national CSIRT. The National Intelligence "
            "Service (NIS) handles cyber threats. ")


@pytest.mark.parametrize("sentence, agency, exercise, years", [
    ("Staff of the CGII took part in the OAS regional cyber exercise in 2023.", "cgii",
     "oas-regional-cyber-exercise", {"2023"}),
    ("A team from the NIS competed in Locked Shields in 2022 and 2024.", "nis", "locked-shields", {"2022", "2024"}),
    ("Analysts of the CGII have also joined Cyber Coalition since 2021.", "cgii", "cyber-coalition", {"2021"}),
])
def test_an_agencys_people_act_for_the_agency(sentence: str, agency: str, exercise: str, years: set) -> None:
    found = {(s, t, o, y) for s, t, o, y, _ in rows("Bolivia", AGENCIES + sentence, "participatesIn")}
    assert {(s, t, y) for s, t, o, y in found if o == exercise} == {("bolivia", agency, y) for y in years}


# --- a state's firms are not the state --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, partner", [
    ("Chinese firms have supplied much of the network. Talks on an arrangement with China have been under way "
     "since 2024.", "china"),
    ("Russian companies, notably two telecom operators, run the backbone. Talks on a memorandum with Russia have "
     "continued since 2021.", "russia"),
    ("Turkish contractors built the data centre. Negotiations on a cyber agreement with Turkey opened in 2023.",
     "turkiye"),
])
def test_a_states_firms_do_not_make_it_the_paragraphs_subject(sentence: str, partner: str) -> None:
    text = "Bolivia's network is small.\n\nLa Paz keeps few ties. " + sentence
    found = rows("Bolivia", text, "hasAgreementWith")
    assert {(s, o, st) for s, _, o, _, st in found} == {("bolivia", partner, "UnderNegotiation")}


# --- a chair counted back from another ---------------------------------------------------------------------------

@pytest.mark.parametrize("state, sentence, expected", [
    ("Bolivia", "It chaired the Andean Community's Council of Foreign Ministers in 2020, six years after it had "
                "chaired the Group of 77.", {("council-of-foreign-ministers", "2020"), ("g77", "2014")}),
    ("Norway", "Norway chaired the OSCE in 2010, three years after it chaired the Council of Europe's Committee of "
               "Ministers.", {("osce", "2010"), ("coe-committee-of-ministers", "2007")}),
    ("Norway", "Norway took over the G20 presidency in 2018, four years after it had presided over the Nordic "
               "Council.", {("g20", "2018"), ("nordic-council", "2014")}),
])
def test_a_chair_counted_back_from_another(state: str, sentence: str, expected: set) -> None:
    assert {(o, y) for _, _, o, y, _ in rows(state, sentence, "chairs")} == expected


# --- a verb phrase resumed after a relative clause keeps the relative's antecedent as subject --------------------

@pytest.mark.parametrize("state, sentence, agency, partner", [
    ("South Korea", "It voted for the resolution in 2019, and the Korean National Police Agency (KNPA), whose cyber "
                    "bureau handles cases, cooperates with Interpol.", "knpa", "interpol"),
    ("Bolivia", "The country joined the OAS in 1948, and the Computer Incident Management Centre (CGII), which "
                "answers to AGETIC, works with FIRST.", "cgii", "first"),
    ("Latvia", "Riga hosts a NATO centre, and CERT.LV, which was set up in 2006, collaborates closely with "
               "Europol.", "cert-lv", "europol"),
])
def test_a_verb_after_a_relative_clause_is_the_antecedents(state: str, sentence: str, agency: str,
                                                          partner: str) -> None:
    found = {(t, o) for _, t, o, _, _ in rows(state, sentence, "cooperatesWith")}
    assert (agency, partner) in found


# --- a time set off between "and" and the next partner is that partner's -----------------------------------------

@pytest.mark.parametrize("state, sentence, expected", [
    ("Norway", "Norway's CERT works with Chile and, since 2019, with Peru.", {("chile", ""), ("peru", "2019")}),
    ("Norway", "Norway's police cooperate with Europol and in 2022 with Afripol.",
     {("europol", ""), ("afripol", "2022")}),
    ("Norway", "Since 2018 Norway has cooperated with Japan, and since 2020 with India.",
     {("japan", "2018"), ("india", "2020")}),
])
def test_a_time_before_the_next_partner_is_its_own(state: str, sentence: str, expected: set) -> None:
    assert {(o, y) for _, _, o, y, _ in rows(state, sentence, "cooperatesWith")} == expected
