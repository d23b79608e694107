"""Round 17 (law17): a section heading ends what the paragraphs before it were about, so the first paragraphs
after it belong to the profile's state again rather than to a state the last paragraph made its topic ("… Zambia,
Namibia and Uganda are its closest partners." / "Laws and institutions" / "The Data Protection Act was passed …");
a text that is only on a legislature's schedule is Planned; the items of a list of laws a colon opens take what the
clause before the colon says of them; a number after a name's head ends the name ("Organic Law 3/2018"); a sectoral
team still to come is Planned however the plan is worded; a drafting step told with "after" is before the step the
clause reports; and a body an incident hit is a victim, not an agency. Every sentence is invented; the profile's first
paragraph names its state."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdkg.build import extract_sources
from cdkg.config import Settings
from cdkg.extraction.pipeline import HEADING
from cdkg.facts import Fact
from cdkg.sources import SourceText
from tests.invented import paragraph_facts

ROOT = Path(__file__).resolve().parent.parent


def profile_facts(paragraphs: list[str], state: str) -> list[Fact]:
    """What the extractor reads in an invented profile of ``state`` made of ``paragraphs`` (blank lines between)."""
    text = "\n\n".join([f"{state} is a member of the United Nations."] + paragraphs)
    source = SourceText("variant", Path("variant.txt"), text, "An invented profile", "2026-11-29")
    return extract_sources(Settings(root=ROOT), [source]).facts


def issuers(facts: list[Fact]) -> set[str]:
    return {f.subject for f in facts if f.relation == "issued"}


@pytest.mark.parametrize("before, heading, after, state", [
    # a partner list ends the section before the heading
    ("Relations with the European Union rest on a partnership agreement signed in 2015. Zambia, Namibia and Uganda "
     "are its closest partners on these questions.",
     "Laws and institutions",
     "The Data Protection Act was passed in June 2019, and the Computer Misuse Act was adopted in 2021.",
     "Malawi"),
    ("Its external posture is cautious: Armenia remains its main trading partner, and Greece trains its diplomats.",
     "Strategy, laws and institutions",
     "The National Cybersecurity Strategy, approved by the cabinet in March 2022, covers 2022-2026.",
     "Cyprus"),
])
def test_a_heading_gives_the_section_back_to_the_profiles_state(before: str, heading: str, after: str,
                                                                   state: str) -> None:
    own = f"state/{state.lower()}"
    assert issuers(profile_facts([before, heading, after], state)) == {own}


def test_a_one_word_heading_is_a_heading() -> None:
    with_heading = profile_facts(["Namibia is its closest partner on these questions.", "Laws",
                                  "The Electronic Transactions Act was passed in 2019."], "Zambia")
    assert issuers(with_heading) == {"state/zambia"}


@pytest.mark.parametrize("text, heading", [
    ("Strategy and laws", True),
    ("Cybercrime, incidents and attribution", True),
    ("International cooperation and capacity building", True),
    ("The Data Protection Act was passed in 2019.", False),
    ("It chairs the group: a first.", False),
    ("In 2020", False),
])
def test_what_a_heading_looks_like(text: str, heading: bool) -> None:
    assert (HEADING.fullmatch(text) is not None) is heading


@pytest.mark.parametrize("sentence, state, law, status", [
    ("A Law on Electronic Evidence is included in the parliament's legislative programme for 2026 but had not been "
     "tabled by the end of 2025.", "Iceland", "law-on-electronic-evidence", "Planned"),
    ("A Cyber Resilience Act has been placed on the government's legislative agenda for 2027 but has not yet been "
     "drafted.", "Slovenia", "cyber-resilience-act", "Planned"),
    # a text already written and before parliament keeps its own status
    ("A Cybercrime Bill was tabled in the National Assembly in March 2025 but has not yet been passed.",
     "Zambia", "cybercrime-bill", "Proposed"),
])
def test_a_text_only_on_the_schedule_is_planned(sentence: str, state: str, law: str, status: str) -> None:
    found = {(f.object.rsplit("/", 1)[-1], f.status) for f in paragraph_facts(sentence, state) if f.relation == "issued"}
    assert (law, status) in found, found


# --- a list of documents a colon opens takes the status of the clause before the colon ------------------------------

@pytest.mark.parametrize("sentence, state, laws", [
    ("The legal framework was laid down in 2016 with two texts adopted together: Law No. 2016-12 on electronic "
     "commerce and Law No. 2016-13 on the protection of personal data.", "Malawi",
     {"law-no-2016-12-on-electronic-commerce", "law-no-2016-13-on-the-protection-of-personal-data"}),
    ("Most of the legal framework dates from 2019, when parliament passed two digital laws in a single session: "
     "Law No. 47/2019 on cybercrime and Law No. 48/2019 on electronic signatures.", "Paraguay",
     {"law-no-47-2019-on-cybercrime", "law-no-48-2019-on-electronic-signatures"}),
])
def test_the_items_of_a_colon_list_take_the_clauses_status(sentence: str, state: str, laws: set[str]) -> None:
    found = {f.object.rsplit("/", 1)[-1]: f.status for f in paragraph_facts(sentence, state) if f.relation == "issued"}
    assert {law: found.get(law) for law in laws} == {law: "Adopted" for law in laws}, found


def test_a_colon_list_after_a_clause_that_adopts_nothing_stays_unread() -> None:
    # "the framework is fragmented: …" says nothing of the texts' status
    sentence = ("The legal framework is fragmented: Law No. 212 on telecommunications and Law No. 213 on electronic "
                "records.")
    found = {f.object.rsplit("/", 1)[-1] for f in paragraph_facts(sentence, "Honduras") if f.relation == "issued"}
    assert not found & {"law-no-212-on-telecommunications", "law-no-213-on-electronic-records"}, found


def test_a_colon_list_after_a_negated_clause_is_not_adopted() -> None:
    sentence = ("Parliament has not yet passed the two bills on its agenda: Law No. 31/2024 on cyber security and Law "
                "No. 32/2024 on data protection.")
    found = {f.object.rsplit("/", 1)[-1]: f.status for f in paragraph_facts(sentence, "Ecuador")
             if f.relation == "issued"}
    assert "Adopted" not in found.values(), found


# --- the number after a name's head ends the name -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, state, law, wrong", [
    ("Organic Law 5/2017 on electronic evidence, adopted in May 2017, governs how courts treat digital records.",
     "Guatemala", "organic-law-5-2017", "organic-law"),
    ("Organic Law 2011-58 of June 2011 governs the protection of personal data.", "Panama", "organic-law-2011-58",
     "organic-law-2011"),
    ("Royal Decree No. 2020/7 on Information Security, issued in March 2020, binds every ministry.",
     "Bhutan", "decree-no-2020-7", "royal-decree"),
])
def test_a_number_after_the_head_is_part_of_the_name(sentence: str, state: str, law: str, wrong: str) -> None:
    found = {f.object.rsplit("/", 1)[-1] for f in paragraph_facts(sentence, state) if f.relation == "issued"}
    assert any(law in name for name in found) and wrong not in found, found


def test_a_year_after_the_head_stays_a_year() -> None:
    found = {(f.object.rsplit("/", 1)[-1], f.year) for f in paragraph_facts(
        "The Computer Misuse Act 2015 was amended in 2021.", "Jamaica") if f.relation == "issued"}
    assert not any(name.endswith("-2015-2021") for name, _ in found), found


def test_a_numbered_alias_in_parentheses_is_no_second_act() -> None:
    found = {f.object.rsplit("/", 1)[-1] for f in paragraph_facts(
        "The offences of the Penal Code (Organic Law 8/2004) were widened in 2020.", "Barbados")
        if f.relation == "issued"}
    assert not any("organic-law" in name or name.startswith("law-8") for name in found), found


# --- a sectoral team still to come: "a CSIRT for the X sector", "will become operational", "would set up a …" --------

def planned_teams(sentence: str, state: str) -> set[tuple[str, str, str]]:
    return {(f.subject.rsplit("/", 1)[-1], f.year, f.status) for f in paragraph_facts(sentence, state)
            if f.relation == "agencyOf" and f.status == "Planned"}


@pytest.mark.parametrize("sentence, state, team", [
    ("The central bank announced in 2025 that it would set up a CSIRT for the banking sector.", "Nepal",
     ("banking-sector-csirt", "2025", "Planned")),
    ("The national bank has announced that an insurance-sector CERT will become operational in 2027.", "Laos",
     ("insurance-sector-cert", "2027", "Planned")),
    ("The regulator has said that a health-sector CSIRT will be operational by 2026.", "Samoa",
     ("health-sector-csirt", "2026", "Planned")),
    ("The energy regulator licenses operators; a CERT for the energy sector, to be hosted by the regulator, was "
     "announced in 2024.", "Vanuatu", ("energy-sector-cert", "2024", "Planned")),
])
def test_a_sectoral_team_still_to_come_is_planned(sentence: str, state: str, team: tuple[str, str, str]) -> None:
    assert team in planned_teams(sentence, state)


@pytest.mark.parametrize("sentence, state", [
    # a team that exists is no plan
    ("The central bank has run a CSIRT for the banking sector since 2019.", "Fiji"),
    ("A health-sector CERT became operational in 2022.", "Mongolia"),
])
def test_a_sectoral_team_that_exists_is_not_planned(sentence: str, state: str) -> None:
    assert not planned_teams(sentence, state)


# --- a drafting step told with "after" is before the step the clause reports ---------------------------------------

def statuses(sentence: str, state: str) -> dict[str, str]:
    return {f.object.rsplit("/", 1)[-1]: f.status for f in paragraph_facts(sentence, state) if f.relation == "issued"}


@pytest.mark.parametrize("sentence, state, document, status", [
    ("Belgium's first National Cyber Security Strategy was approved by the cabinet in May 2014 after a drafting "
     "process supported by the Centre for Cyber Security.", "Belgium", "national-cyber-security-strategy", "Adopted"),
    ("A Law on the Security of Networks was tabled in the parliament in March 2025 after a draft had been circulated "
     "for comment the previous year.", "Slovakia", "law-on-the-security-of-networks", "Proposed"),
    # a drafting step the clause itself reports stays
    ("A National Cyber Security Strategy was drafted by the ministry in 2024.", "Croatia",
     "national-cyber-security-strategy", "Draft"),
])
def test_a_draft_after_after_is_an_earlier_step(sentence: str, state: str, document: str, status: str) -> None:
    assert statuses(sentence, state).get(document) == status


def test_a_text_that_has_not_gone_back_to_the_cabinet_is_a_draft() -> None:
    sentence = ("The National Cyber Security Strategy 2026-2030 was validated at a workshop in late 2025 but has not "
                "yet gone back to the cabinet.")
    found = statuses(sentence, "Namibia")
    assert "Draft" in found.values() and "Adopted" not in found.values(), found


# --- a body an incident hit is a victim, not an agency with a cyber role --------------------------------------------

@pytest.mark.parametrize("sentence, state, body", [
    ("In March 2024 a ransomware attack disrupted the systems of the Ministry of Agriculture for a week.", "Uganda",
     "ministry-of-agriculture"),
    ("In 2023 a phishing campaign against the armed forces and the Ministry of Tourism was discovered.", "Jamaica",
     "ministry-of-tourism"),
    ("In June 2022 the website of the Ministry of Culture was defaced by a group calling itself Black Lotus.",
     "Panama", "ministry-of-culture"),
    ("In 2021 a ransomware attack crippled the servers of the Social Security Institute for ten days.", "Honduras",
     "social-security-institute"),
])
def test_a_body_an_incident_hit_is_no_agency(sentence: str, state: str, body: str) -> None:
    agencies = {f.subject.rsplit("/", 1)[-1] for f in paragraph_facts(sentence, state) if f.relation == "agencyOf"}
    assert body not in agencies, agencies


def test_a_body_that_acts_against_an_incident_stays_an_agency() -> None:
    facts = paragraph_facts("The National Cyber Security Agency was created in 2020 and disrupted a botnet in 2023.",
                            "Zambia")
    agencies = {f.subject.rsplit("/", 1)[-1] for f in facts if f.relation == "agencyOf"}
    assert "national-cyber-security-agency" in agencies, agencies
