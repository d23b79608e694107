"""Strategies, laws, agencies, CERTs and mergers in wordings unlike the development corpus (round five). Every
sentence is invented, about states outside the corpus; each mechanism is pinned by several variants."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdkg.extraction import ExtractionResult, Extractor
from cdkg.gazetteer import gazetteer_from_graph, load_reference_graph
from cdkg.sources import SourceText

REPO = Path(__file__).resolve().parent.parent
REFERENCE = load_reference_graph(REPO / "data" / "reference")


def extract(text: str) -> ExtractionResult:
    source = SourceText("variant", Path("variant.txt"), text, "An invented profile", "2026-11-27")
    return Extractor(gazetteer_from_graph(REFERENCE, "https://w3id.org/cdkg/id/")).extract([source])


def rows(text: str, relation: str) -> set[tuple[str, str, str, str]]:
    """(subject label, object label, year, status) of one relation's facts."""
    result = extract(text)

    def name(key: str) -> str:
        entity = result.gazetteer.entities.get(key)
        return entity.label if entity else key
    return {(name(f.subject), name(f.object), f.year, f.status) for f in result.facts if f.relation == relation}


def objects(text: str, relation: str = "issued") -> set[str]:
    return {o for _, o, _, _ in rows(text, relation)}


# --- another state's document is named as a model, never as a fact of this profile -------------

@pytest.mark.parametrize("text, absent", [
    ("Tunisia is in North Africa. Tunisia has studied Estonia's Cybersecurity Act closely without copying it.",
     "Cybersecurity Act"),
    ("Tunisia is in North Africa. Its next plan will draw on Morocco's Digital Strategy 2030.", "Digital Strategy"),
    ("Bolivia is in South America. Officials took Spain's National Cybersecurity Strategy as their model in 2019.",
     "National Cybersecurity Strategy"),
    ("Bolivia is in South America. Since 2021 Bolivian experts have read Japan's Cybersecurity Strategy closely.",
     "Cybersecurity Strategy"),
    ("Bolivia is in South America. The government, which consulted the EU's Cybersecurity Strategy, wants a plan.",
     "Cybersecurity Strategy"),
])
def test_another_states_document_gives_nothing(text: str, absent: str) -> None:
    assert absent not in objects(text)


@pytest.mark.parametrize("text, kept", [
    ("Tunisia is in North Africa. Tunisia adopted its Cybersecurity Strategy in 2020.", "Cybersecurity Strategy"),
    ("Bolivia is in South America. Bolivia's Digital Agenda, approved in 2018, guides the ministries.", "Digital Agenda"),
])
def test_the_profiles_own_document_is_kept(text: str, kept: str) -> None:
    assert kept in objects(text)


# --- numbered acts of compound kinds ------------------------------------------------------------

@pytest.mark.parametrize("text, label, year", [
    ("Tunisia is in North Africa. Tunisia promulgated Decree-Law No. 2022-54 in September 2022.",
     "Decree-Law No. 2022-54", "2022"),
    ("Bolivia is in South America. In 2024 the President signed Executive Order No. 58 on cybersecurity.",
     "Executive Order No. 58 on cybersecurity", "2024"),
    ("Bolivia is in South America. Bolivia adopted Decree No. 11,856 in December 2023.", "Decree No. 11,856", "2023"),
    ("Bolivia is in South America. Bolivia approved Royal Decree 43/2021 in January 2021.", "Royal Decree 43/2021", "2021"),
])
def test_a_compound_kind_and_its_number_name_an_act(text: str, label: str, year: str) -> None:
    assert (label, year, "Adopted") in {(o, y, s) for _, o, y, s in rows(text, "issued")}


@pytest.mark.parametrize("text, label, year", [
    ("Tunisia is in North Africa. Offences are punished under Decree-Law No. 2022-54, promulgated on 13 September 2022, "
     "a text critics dislike.", "Decree-Law No. 2022-54", "2022"),
    ("Tunisia is in North Africa. Breaches are sanctioned pursuant to Law No. 2004-63, which was adopted in July 2004.",
     "Law No. 2004-63", "2004"),
    ("Bolivia is in South America. Prosecutors act under Law 12/2019, enacted in 2019.", "Law 12/2019", "2019"),
])
def test_a_numbered_act_cited_as_legal_basis_is_adopted_by_its_own_apposition(text: str, label: str, year: str) -> None:
    assert (label, year, "Adopted") in {(o, y, s) for _, o, y, s in rows(text, "issued")}


def test_a_directive_cited_as_basis_stays_cited() -> None:
    text = "Bolivia is in South America. Operators report incidents under the NIS Directive, which was adopted in 2016."
    assert "NIS Directive" not in objects(text)


# --- a relative clause right after a document says where it stands ------------------------------

@pytest.mark.parametrize("text", [
    "Bolivia is in South America. The 2020 Digital Agenda, which was never formally adopted, lists cyber security.",
    "Bolivia is in South America. The Cybersecurity Strategy 2022-2026, which has not yet been approved by the cabinet, "
    "sets five goals.",
    "Bolivia is in South America. The Data Policy of 2018, which parliament never endorsed, is often quoted.",
])
def test_a_negated_relative_clause_leaves_the_document_unadopted(text: str) -> None:
    assert not rows(text, "issued")


@pytest.mark.parametrize("text, expected", [
    ("Bolivia is in South America. The Digital Policy of 2019, which is still being drafted by the ministry, will "
     "cover cyber security.", ("Digital Policy", "Draft")),
    ("Bolivia is in South America. The Cybersecurity Strategy 2022-2026, which the cabinet approved in 2022, sets five "
     "goals.", ("Cybersecurity Strategy", "Adopted")),
    ("Bolivia is in South America. The National Cybersecurity Strategy 2017, which was replaced in 2022, set three "
     "goals.", ("National Cybersecurity Strategy", "Adopted")),
])
def test_a_relative_clause_gives_the_documents_stage(text: str, expected: tuple[str, str]) -> None:
    assert expected in {(o, s) for _, o, _, s in rows(text, "issued")}


# --- a plan that only organises the work of another document is no strategy of its own ------------

@pytest.mark.parametrize("text", [
    "Bolivia is in South America. An action plan to implement the strategy was adopted in 2022.",
    "Bolivia is in South America. The ministry approved an implementation plan in 2023.",
    "Bolivia is in South America. Bolivia adopted a new action plan in 2021 to implement its strategy.",
])
def test_an_unnamed_work_plan_gives_nothing(text: str) -> None:
    assert not rows(text, "issued")
