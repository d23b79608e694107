"""Round 14 (docs14): national documents and bodies (mergers, laws' statuses, planned sectoral CERTs).

Mergers: a body "transferred to" (or into) another went into it; the body merged may be followed by a clause between
commas that tells its own past ("A, set up in 2000 at B, was transferred to C", "A, which had operated within B since
2011, was folded into C"); a successor named as "the new agency" is the last agency named before; a description set
before the body's name ("The national Computer Emergency Response Team, X-CERT, was …") is not a second body.
Every sentence is invented; each paragraph is about the state it names first."""

from __future__ import annotations

import pytest

from cdkg.facts import Fact

from invented import paragraph_facts


def facts(text: str, state: str) -> list[Fact]:
    """What the extractor reads in an invented paragraph about ``state``."""
    return paragraph_facts(text, state)


def mergers(text: str, state: str) -> set[tuple[str, str, str]]:
    """(merged body's last key part, successor's last key part, year) of every merger read."""
    return {(f.subject.rsplit("/", 1)[-1], f.object.rsplit("/", 1)[-1], f.year)
            for f in facts(text, state) if f.relation == "mergedInto"}


@pytest.mark.parametrize("text, state, expected", [
    # "transferred to" a named body, after a clause between commas that names other bodies and years
    ("The Digital Security Office (DSO) opened in 2020. The Fiji Response Team (FijiRT), set up in 2009 at the "
     "University of the South Pacific and housed at the Ministry of Communications from 2014, was transferred to the "
     "DSO in 2022 and keeps its name.",
     "Fiji", {("fijirt", "dso", "2022")}),
    # a relative clause between commas; the year after the successor, not the one inside the clause
    ("The Cyber Defence Centre (CDC) was created in 2023. The national CSIRT, SLO-RT, which had operated within the "
     "Ministry of Public Administration since 2010, was transferred to the CDC on 1 March 2024.",
     "Slovenia", {("slo-rt", "cdc", "2024")}),
    # a relative clause with no body in it, then "folded into the newly created"
    ("In 2019 the State Computing Bureau (SCB), which had run a small incident desk for ministries, was folded into "
     "the newly created Namibia Digital Agency (NDA).",
     "Namibia", {("scb", "nda", "2019")}),
])
def test_a_body_transferred_after_a_clause_between_commas(text: str, state: str, expected: set) -> None:
    assert expected <= mergers(text, state), mergers(text, state)


@pytest.mark.parametrize("text, state, expected", [
    # "the new agency": the last agency named before, in the sentence before
    ("The National Cyber Resilience Agency (NCRA) was set up in 2021. The Honduran Incident Team (HIT), founded in "
     "2012 with help from the Organization of American States (OAS), was transferred into the new agency in 2021.",
     "Honduras", {("hit", "ncra", "2021")}),
    # "the new centre": the last centre named before, in the same sentence
    ("Since 2018 the lead body has been the Cyber Security Centre of Malawi (CSCM), and the Malawi Government Response "
     "Unit (MGRU) was folded into the new centre that year.",
     "Malawi", {("mgru", "cscm", "2018")}),
])
def test_the_new_body_is_the_last_one_named_with_its_head_word(text: str, state: str, expected: set) -> None:
    assert expected <= mergers(text, state), mergers(text, state)


def test_a_description_before_the_name_is_no_second_body() -> None:
    found = mergers("The Cyber Authority of Zambia (CAZ) was set up in 2021. The national Computer Emergency Response "
                    "Team, ZM-CIRT, set up within the Ministry of Technology in 2015, was transferred to the CAZ in "
                    "2022.", "Zambia")
    assert found == {("zm-cirt", "caz", "2022")}, found


@pytest.mark.parametrize("text, state", [
    # a transfer planned is no merger
    ("The Paraguay Incident Centre (PIC) opened in 2022. The National Response Team (NRT-PY) will be transferred to "
     "the PIC in 2026.", "Paraguay"),
    # "transferred to" a body, with no body before it: powers moved, not a body
    ("The Data Agency of Ecuador (DAE) opened in 2020. In 2023 responsibility for certification was transferred to "
     "the DAE.", "Ecuador"),
    # "the new strategy" is no body
    ("The Cyber Office of Panama (COP) was created in 2019, and its tasks were written into the new strategy.",
     "Panama"),
])
def test_no_merger_where_no_body_moved(text: str, state: str) -> None:
    assert not mergers(text, state), mergers(text, state)


# Laws: a text "put out for (public) consultation" or "opened for comment" is a draft, whatever words stand before
# its name ("A comprehensive …") and whoever wrote it ("a cybersecurity bill drafted by the X was put out …"); a text
# "introduced in" (or into) a legislature is proposed, not adopted.

def issued(text: str, state: str) -> set[tuple[str, str, str]]:
    """(document key's last part, year, status) of every document the state issued."""
    return {(f.object.rsplit("/", 1)[-1], f.year, f.status) for f in facts(text, state) if f.relation == "issued"}


@pytest.mark.parametrize("text, state, expected", [
    ("A comprehensive Data Security Law was put out for public consultation by the Federal Chancellery in March 2024.",
     "Austria", ("data-security-law", "2024", "Draft")),
    ("A cybersecurity bill drafted by the Communications Regulatory Commission was put out for public consultation "
     "in 2023.",
     "Mongolia", ("cybersecurity-bill", "2023", "Draft")),
])
def test_a_text_put_out_for_consultation_is_a_draft(text: str, state: str, expected: tuple) -> None:
    assert expected in issued(text, state), issued(text, state)


@pytest.mark.parametrize("text, state, expected", [
    ("In 2023 a Digital Trust Law was introduced in the National Assembly by the government.",
     "Ecuador", ("digital-trust-law", "2023", "Proposed")),
    ("The Critical Infrastructure Act was introduced into the Chamber of Deputies in 2024 and is still in committee.",
     "Paraguay", ("critical-infrastructure-act", "2024", "Proposed")),
    # the last step of several is where the text stands
    ("A Cyber Resilience Bill was published for public comment in 2022 and introduced in the National Assembly in "
     "May 2024.",
     "Cambodia", ("cyber-resilience-bill", "2024", "Proposed")),
])
def test_a_text_introduced_in_a_legislature_is_proposed(text: str, state: str, expected: tuple) -> None:
    found = issued(text, state)
    assert expected in found and not any(status == "Adopted" for _, _, status in found), found


@pytest.mark.parametrize("text, state, expected", [
    # consulted on, then passed: law
    ("A Data Integrity Act was put out for public consultation in 2021 and passed by Parliament in 2022.",
     "Jamaica", ("data-integrity-act", "2022", "Adopted")),
    # a resolution introduced in the UN General Assembly says nothing of a state's own text in the next sentence
    ("Malta introduced a resolution on cyber hygiene in the General Assembly in 2021. The Cyber Hygiene Strategy was "
     "introduced in 2020.",
     "Malta", ("cyber-hygiene-strategy", "2020", "Adopted")),
])
def test_a_text_adopted_stays_adopted(text: str, state: str, expected: tuple) -> None:
    assert expected in issued(text, state), issued(text, state)


# CERTs: an unnamed sectoral team ("a sectoral CERT for the oil and gas industry", "a dedicated healthcare-sector
# CERT") whose clause says its creation is still ahead ("which X is expected to host", "which the Y intends to set up
# in 2026", "to be hosted by Z", "has not yet been established", "is foreseen") is a Planned CERT of the paragraph's
# state, named "<sector>-sector CERT"; the year is the one the clause gives with "in" or "by".

def certs(text: str, state: str) -> set[tuple[str, str, str]]:
    """(CERT key's last part, year, status) of every agency read whose key names a sector."""
    return {(f.subject.rsplit("/", 1)[-1], f.year, f.status) for f in facts(text, state)
            if f.relation == "agencyOf" and "sector" in f.subject}


@pytest.mark.parametrize("text, state, expected", [
    ("A sectoral CERT for the mining industry, which the State Mining Company is expected to host, was announced in "
     "2023 but has not yet been established.",
     "Zambia", ("mining-sector-cert", "2023", "Planned")),
    ("The 2022 policy also foresees a sectoral CSIRT for the water sector that the Water Board intends to set up in "
     "2027.",
     "Uganda", ("water-sector-csirt", "2027", "Planned")),
    ("A sectoral CERT for the tourism industry, to be hosted by the Tourism Authority, is foreseen in the strategy but "
     "has not yet been created.",
     "Vanuatu", ("tourism-sector-cert", "", "Planned")),
    ("A sectoral CSIRT for health, which the national CERT is to establish under the strategy, is meant to protect "
     "hospitals.",
     "Slovakia", ("health-sector-csirt", "", "Planned")),
    ("Its national CERT works with the police; a dedicated transport-sector CERT, which the ministry will establish "
     "with the railways, is expected to begin operating in 2028.",
     "Bulgaria", ("transport-sector-cert", "2028", "Planned")),
])
def test_a_sectoral_team_still_to_come_is_a_planned_cert(text: str, state: str, expected: tuple) -> None:
    assert expected in certs(text, state), certs(text, state)


@pytest.mark.parametrize("text, state", [
    # a sectoral team that exists
    ("The central bank has operated a financial-sector CSIRT since 2019.", "Cyprus"),
    ("A sectoral CERT for the energy sector was set up in 2020 and handles incidents at power plants.", "Iceland"),
    # what the rest of the sentence plans is not the team's
    ("A sectoral CERT for telecoms was launched in 2021, and the government intends to set up a cyber academy.",
     "Fiji"),
])
def test_a_sectoral_team_that_exists_is_not_planned(text: str, state: str) -> None:
    assert not any(status == "Planned" for _, _, status in certs(text, state)), certs(text, state)


def test_a_team_announced_in_the_passive_is_also_named_by_its_sector() -> None:
    from tests.test_resilience_variants import extract
    result = extract("Barbados is a small market. A sectoral CSIRT for the banking system is to be established under "
                     "the central bank by 2027.")
    names = {name for f in result.facts if f.relation == "agencyOf" and f.status == "Planned"
             for name in result.gazetteer.entities[f.subject].names}
    assert "banking-sector CSIRT" in names and "Sectoral CSIRT for the banking system" in names, names
