"""The whole profile (issue 13): the rules of un.py, international_law.py and cybercrime.py on invented
sentences, the catalogue questions' contracts, and an invented profile (tests/data/profile/serbia.txt) whose
expected answers (serbia.expected.md) were written before the extractor first ran on it."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from cdkg.build import build_graph, extract_sources
from cdkg.catalogue import load_catalogue
from cdkg.config import Settings, load_settings
from cdkg.query_runner import run_cli_query
from cdkg.sources import SourceText

ROOT = Path(__file__).resolve().parent.parent
PROFILE = ROOT / "tests" / "data" / "profile"
CONTRACT = {
    "budapest-convention": ("state", "stateLabel", "instrument", "instrumentLabel", "status", "year", "evidence"),
    "un-resolution-votes": ("state", "stateLabel", "resolution", "resolutionLabel", "vote", "year", "evidence"),
    "international-law-positions": ("state", "stateLabel", "statement", "topic", "topicLabel", "forum", "forumLabel",
                                    "year", "evidence"),
    "incidents-and-attributions": ("incident", "incidentLabel", "year", "victim", "victimLabel", "attributedBy",
                                   "attributedByLabel", "attributedTo", "attributedToLabel", "evidence"),
    "un-processes": ("state", "stateLabel", "process", "processLabel", "role", "year", "evidence"),
    "initiatives": ("state", "stateLabel", "initiative", "initiativeLabel", "year", "evidence"),
    "candidates": ("state", "stateLabel", "organisation", "organisationLabel", "status", "year", "evidence"),
}
CDO = "https://w3id.org/cdkg/ontology#"


def invented(text: str) -> SourceText:
    """An invented paragraph as a source document."""
    return SourceText("invented", Path("invented.txt"), text, "An invented profile", "2026-11-27")


def facts_of(text: str) -> set[tuple[str, ...]]:
    """(relation, subject, object, year, status) of what the extractor reads in an invented paragraph."""
    result = extract_sources(Settings(root=ROOT), [invented(text)])
    return {(f.relation, f.subject.rsplit("/", 1)[-1], f.object.rsplit("/", 1)[-1], f.year, f.status)
            for f in result.facts}


def of_relation(facts: set[tuple[str, ...]], relation: str) -> set[tuple[str, ...]]:
    return {f[1:] for f in facts if f[0] == relation}


# --- conventions ----------------------------------------------------------------------------------

def test_signed_then_ratified_it_gives_two_statuses_with_their_years() -> None:
    found = facts_of("Latvia signed the Budapest Convention in May 2004 and ratified it in 2007.")
    assert of_relation(found, "partyTo") == {("latvia", "budapest-convention", "2004", "Signed"),
                                             ("latvia", "budapest-convention", "2007", "Ratified")}


@pytest.mark.parametrize("sentence", [
    "Bhutan has not ratified the Budapest Convention.",
    "Bhutan has not yet ratified the Second Additional Protocol, which it signed.",
])
def test_has_not_ratified_is_never_ratified(sentence: str) -> None:
    assert not {f for f in of_relation(facts_of(sentence), "partyTo") if f[3] == "Ratified"}


def test_remains_a_non_party_and_neither_signed_nor_ratified() -> None:
    found = facts_of("Laos remains a non-party to the Budapest Convention. "
                     "Laos has neither signed nor ratified the Malabo Convention.")
    assert of_relation(found, "partyTo") == {("laos", "budapest-convention", "", "NotParty"),
                                             ("laos", "malabo-convention", "", "NotParty")}


def test_began_accession_is_planned_and_deposited_accession_is_acceded() -> None:
    found = facts_of("Tunisia began accession to the Budapest Convention in 2018. "
                     "Ghana deposited its instrument of accession to the Budapest Convention in 2018.")
    assert of_relation(found, "partyTo") == {("tunisia", "budapest-convention", "2018", "Planned"),
                                             ("ghana", "budapest-convention", "2018", "Acceded")}


# --- votes ------------------------------------------------------------------------------------------

def test_each_resolution_takes_the_nearest_vote_before_it() -> None:
    found = facts_of("In December 2018 Peru voted against A/73/27 and in favour of A/73/266, "
                     "and it abstained on A/74/247 in 2019.")
    assert of_relation(found, "votedOn") == {("peru", "a-73-27", "2018", "Against"),
                                             ("peru", "a-73-266", "2018", "InFavour"),
                                             ("peru", "a-74-247", "2019", "Abstained")}


def test_a_resolution_the_reference_lacks_is_created_from_its_symbol() -> None:
    found = facts_of("Fiji voted in favour of both A/78/16 and the Russian-sponsored A/73/27.")
    assert of_relation(found, "votedOn") == {("fiji", "a-78-16", "2023", "InFavour"),
                                             ("fiji", "a-73-27", "2018", "InFavour")}


def test_a_vote_not_cast_gives_nothing() -> None:
    assert not of_relation(facts_of("Fiji did not vote on A/73/27."), "votedOn")


# --- UN processes, alignment, initiatives, candidacy ---------------------------------------------------

def test_year_ranges_name_iterations_of_the_nearest_process() -> None:
    found = facts_of("Chad took part in both the 2019-2021 and the 2021-2025 Open-ended Working Groups (OEWG) "
                     "and sat on the UN GGE in 2014-2015.")
    assert of_relation(found, "participatesIn") >= {("chad", "un-oewg", "2019", ""), ("chad", "un-oewg", "2021", ""),
                                                    ("chad", "un-gge", "2014", "")}


def test_alignment_with_a_group_and_echoing_an_actor() -> None:
    found = facts_of("In the OEWG Malawi usually aligns with the statements of the African Group. "
                     "Ecuador, echoing the ICRC's position, insists that IHL applies.")
    assert of_relation(found, "alignsWith") == {("malawi", "african-group", "", ""), ("ecuador", "icrc", "", "")}


def test_initiatives_joined_with_their_years_and_refrained_from_signing() -> None:
    found = facts_of("Iceland endorsed the Paris Call in 2019 and has been a member of the Freedom Online Coalition "
                     "(FOC) since 2012. Iceland refrained from signing the Christchurch Call.")
    assert of_relation(found, "joined") == {("iceland", "paris-call", "2019", ""),
                                            ("iceland", "freedom-online-coalition", "2012", "")}


def test_candidates_aspirants_and_potential_candidates() -> None:
    found = facts_of("Albania was granted EU candidate status in 2014. Kosovo is a potential candidate for EU "
                     "membership. Georgia has been a NATO aspirant since 2008. Austria is not a NATO aspirant.")
    assert of_relation(found, "candidateFor") == {("albania", "eu", "2014", "Candidate"),
                                                  ("kosovo", "eu", "", "PotentialCandidate"),
                                                  ("georgia", "nato", "2008", "Aspirant")}


# --- international law --------------------------------------------------------------------------------

def test_expected_to_publish_is_planned_and_published_is_published() -> None:
    planned = facts_of("Bolivia has not published a national position on international law in cyberspace; "
                       "its foreign ministry is expected to publish one in 2027.")
    assert of_relation(planned, "issued") == {("bolivia", "bolivia-position-on-international-law", "2027", "Planned")}
    published = facts_of("Norway published its national position on international law in cyberspace in 2021.")
    assert of_relation(published, "issued") == {("norway", "norway-position-on-international-law-2021", "2021",
                                                 "Published")}


def test_a_paper_speaking_of_several_topics_gives_one_position_per_topic() -> None:
    result = extract_sources(Settings(root=ROOT), [invented((
        "Norway published its national position on international law in cyberspace in 2021. "
        "Norway regards sovereignty as a binding rule, holds that due diligence is an obligation and "
        "affirms that IHL applies to cyber operations in armed conflict."))])
    topics = {str(t).rsplit("#", 1)[-1] for f in result.facts if f.relation == "positionIn" for t in f.topics}
    assert topics == {"Sovereignty", "DueDiligence", "InternationalHumanitarianLaw"}


# --- incidents and attributions -------------------------------------------------------------------------

def test_an_incident_with_its_kind_year_and_an_attribution_jointly_made() -> None:
    result = extract_sources(Settings(root=ROOT), [invented((
        "In 2021 the national health service of Ireland was hit by ransomware. "
        "In 2023 Ireland attributed the ransomware attack on the national health service to Wizard Spider, "
        "together with Denmark."))])
    suffered = [f for f in result.facts if f.relation == "suffered"]
    attributed = [f for f in result.facts if f.relation == "attributesTo"]
    assert {f.year for f in suffered} == {"2021"} and all(f.subject == "state/ireland" for f in suffered)
    assert [(f.object, f.year, f.jointly) for f in attributed] == [("org/wizard-spider", "2023", ("state/denmark",))]
    assert result.gazetteer.entities[suffered[0].object].extra["incident_kind"] == "Ransomware"


def test_a_group_claiming_an_attack_is_no_attribution() -> None:
    found = facts_of("A DDoS campaign against Latvian banks in 2022 was claimed by the group Killnet, "
                     "though the government named no perpetrator.")
    assert not of_relation(found, "attributesTo")


# --- the catalogue ------------------------------------------------------------------------------------------

def test_profile_questions_have_exactly_their_variables() -> None:
    catalogue = load_catalogue()
    assert {name: catalogue.get(name).variables for name in CONTRACT} == CONTRACT


@pytest.fixture(scope="module")
def serbia(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The invented profile built with the project's reference data, curation and shapes."""
    output = tmp_path_factory.mktemp("profile") / "kg.ttl"
    build_graph(load_settings(environ={}, kg=str(output)), PROFILE, output)
    return output


def rows(kg: Path, name: str) -> list[dict[str, str]]:
    text = run_cli_query(Settings(kg=kg), name=name, fmt="csv")
    return list(csv.DictReader(io.StringIO(text)))


def picked(kg: Path, name: str, *columns: str) -> set[tuple[str, ...]]:
    return {tuple(row[c].removeprefix(CDO).rsplit("/", 1)[-1] for c in columns) for row in rows(kg, name)}


def test_every_profile_question_answers_with_every_variable_the_text_gives(serbia: Path) -> None:
    optional = {"budapest-convention": {"year"}, "international-law-positions": {"year"},
                "incidents-and-attributions": {"attributedBy", "attributedByLabel", "attributedTo",
                                               "attributedToLabel"}}
    for name, variables in CONTRACT.items():
        found = rows(serbia, name)
        assert found, name
        for row in found:
            unbound = {v for v in variables if not row[v]} - optional.get(name, set())
            assert not unbound, (name, row)


def test_the_expected_answers_of_the_invented_profile(serbia: Path) -> None:
    assert picked(serbia, "candidates", "stateLabel", "organisation", "status", "year") == {
        ("Serbia", "eu", "Candidate", "2012")}
    assert picked(serbia, "un-processes", "process", "year") == {
        ("un-oewg-2019-2021", "2019"), ("un-oewg-2021-2025", "2021"), ("un-gge-2016-2017", "2016")}
    assert picked(serbia, "un-resolution-votes", "resolution", "vote", "year") == {
        ("a-73-27", "InFavour", "2018"), ("a-73-266", "Abstained", "2018"), ("a-74-247", "Against", "2019")}
    assert picked(serbia, "initiatives", "initiative", "year") == {
        ("paris-call", "2019"), ("counter-ransomware-initiative", "2022"), ("gfce", "2016")}
    assert picked(serbia, "budapest-convention", "instrument", "status", "year") == {
        ("budapest-convention", "Signed", "2005"), ("budapest-convention", "Ratified", "2009"),
        ("budapest-second-protocol", "Signed", "2023"), ("un-cybercrime-convention", "NotParty", "")}
    assert picked(serbia, "international-law-positions", "topicLabel", "forum") == {
        ("sovereignty", "un-oewg"), ("due diligence", "un-oewg")}
    incidents = rows(serbia, "incidents-and-attributions")
    assert {(r["year"], r["victimLabel"]) for r in incidents} == {("2022", "Serbia"), ("2023", "Serbia")}
    blamed = [r for r in incidents if r["attributedTo"]]
    assert [(r["year"], r["attributedByLabel"], r["attributedToLabel"]) for r in blamed] == [
        ("2023", "Serbia", "NoName057")]
    assert "DDoS" in blamed[0]["incidentLabel"]


# --- who did what: resolution, incident and topic answers -----------------------------------------------------

def test_who_voted_suffered_attributed_and_held_a_position(serbia: Path) -> None:
    from cdkg.server import create_app
    from cdkg.store import load_graph_file

    client = create_app({}, store=load_graph_file(serbia)).test_client()
    votes = client.get("/who/resolution/a-73-27").get_json()
    assert votes["label"] == "A/73/27"
    assert [(r["stateLabel"], r["vote"].removeprefix(CDO), r["year"]) for r in votes["rows"]] == [
        ("Serbia", "InFavour", "2018")]
    assert votes["rows"][0]["evidence"].startswith("In December 2018 Serbia voted")
    sovereignty = client.get("/who/topic/Sovereignty").get_json()
    assert [(r["stateLabel"], r["where"].rsplit("/", 1)[-1]) for r in sovereignty["rows"]] == [("Serbia", "un-oewg")]
    incident = rows(serbia, "incidents-and-attributions")
    ddos = next(r["incident"] for r in incident if r["attributedTo"]).rsplit("/", 1)[-1]
    told = client.get(f"/who/incident/{ddos}").get_json()["rows"]
    assert {(r["role"], r["actorLabel"], r.get("otherLabel", "")) for r in told} == {
        ("victim", "Serbia", ""), ("attributed", "Serbia", "NoName057")}
    missing = client.get("/who/topic/Astrology")
    assert missing.status_code == 404 and missing.get_json()["error"]["status"] == 404


def test_the_topic_lists_are_the_ontologys() -> None:
    """One list of topics, in the ontology: the server's topic pages, the extractor's and the server's law topics,
    and the international-law question all follow cdo:PolicyTopicScheme and cdo:InternationalLawTopics."""
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDF, SKOS

    from cdkg.extraction.topics import LAW_TOPICS
    from cdkg.ontology import load_ontology
    from cdkg.server.sections import BY_TOPIC
    from cdkg.server.who import POLICY_TOPICS

    ontology = load_ontology()
    scheme = {str(t).removeprefix(CDO): str(ontology.value(t, SKOS.prefLabel))
              for t in ontology.objects(URIRef(CDO + "PolicyTopicScheme"), SKOS.hasTopConcept)}
    law = set(ontology.objects(URIRef(CDO + "InternationalLawTopics"), SKOS.member))
    assert POLICY_TOPICS == scheme
    assert law and LAW_TOPICS == law and {t for t, s in BY_TOPIC.items() if s == "law"} == {str(t) for t in law}
    # a statement on every topic of the scheme: the question answers those of the law collection, by their labels
    data = Graph()
    for name in scheme:
        statement = URIRef(f"https://example.org/statement/{name}")
        data.add((statement, RDF.type, URIRef(CDO + "PositionStatement")))
        data.add((statement, URIRef(CDO + "actor"), URIRef("https://example.org/state/austria")))
        data.add((statement, URIRef(CDO + "policyTopic"), URIRef(CDO + name)))
    answered = {(str(r.topic), r.topicLabel) for r in data.query(load_catalogue().get("international-law-positions").text)}
    assert answered == {(str(t), Literal(scheme[str(t).removeprefix(CDO)], lang="en")) for t in law}


def test_an_undated_repeat_is_the_dated_claim_and_different_years_stay_apart() -> None:
    found = facts_of("Iceland joined the Counter Ransomware Initiative in 2022. As a member of the Counter Ransomware "
                     "Initiative, Iceland hosted a workshop. Iceland endorsed the Paris Call in 2018. Iceland endorsed the "
                     "Paris Call again in 2020.")
    assert of_relation(found, "joined") == {("iceland", "counter-ransomware-initiative", "2022", ""),
                                            ("iceland", "paris-call", "2018", ""), ("iceland", "paris-call", "2020", "")}


def test_an_attribution_without_a_victim_claim_is_one_row(tmp_path: Path) -> None:
    kg = tmp_path / "kg.ttl"
    kg.write_text("""@prefix cdo: <https://w3id.org/cdkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/cdkg/id/> .
id:state\\/iceland rdfs:label "Iceland"@en . id:org\\/apt-x rdfs:label "APT X"@en . id:org\\/other rdfs:label "Other"@en .
id:claim\\/a a cdo:Attribution ; cdo:actor id:state\\/iceland ; cdo:attributedTo id:org\\/apt-x ; cdo:year "2024"^^xsd:gYear .
""", encoding="utf-8")
    found = rows(kg, "incidents-and-attributions")
    assert [(r["incident"], r["year"], r["attributedByLabel"], r["attributedToLabel"]) for r in found] == [
        ("", "2024", "Iceland", "APT X")]
