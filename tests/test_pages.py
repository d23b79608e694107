"""Pages through Flask's test client: negotiation, 404s, search, the network picture, escaping."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from cdkg.server import create_app
from cdkg.store import load_graph_file

KG = Path(__file__).resolve().parent.parent / "data" / "kg.ttl"
ALBANIA = "https://w3id.org/cdkg/id/state/albania"


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    return create_app({}, store=load_graph_file(KG)).test_client()


def test_query_page_offers_the_catalogue_as_examples(client) -> None:  # type: ignore[no-untyped-def]
    html = client.get("/").get_data(as_text=True)
    assert 'data-name="states-with-nato-cyber-mous"' in html
    assert "States with a cyber MoU with NATO" in html


def test_individual_page_shows_facts_with_evidence(client) -> None:  # type: ignore[no-untyped-def]
    html = client.get("/id/state/albania", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "2013" in html and "Cyber Incident Response Centre" in html and "confidence" in html


@pytest.mark.parametrize("media_type,fmt", [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                            ("application/rdf+xml", "xml"), ("application/n-triples", "nt")])
def test_individual_as_rdf_by_accept(client, media_type: str, fmt: str) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/id/state/albania", headers={"Accept": media_type})
    assert response.status_code == 200 and response.mimetype == media_type and "Accept" in response.headers["Vary"]
    graph = Graph().parse(data=response.get_data(as_text=True), format=fmt)
    assert (URIRef(ALBANIA), None, None) in graph


def test_unknown_individual_is_404_in_both_worlds(client) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/id/state/atlantis", headers={"Accept": "text/html"}).status_code == 404
    response = client.get("/id/state/atlantis", headers={"Accept": "text/turtle"})
    assert response.status_code == 404 and response.get_json()["error"]["status"] == 404


def test_search_by_acronym_and_alias(client) -> None:  # type: ignore[no-untyped-def]
    found = client.get("/search?q=ncirc", headers={"Accept": "application/json"}).get_json()["results"]
    assert any(hit["link"] == "/id/org/ncirc" for hit in found)
    html = client.get("/search?q=Quadrilateral").get_data(as_text=True)
    assert "/id/org/quad" in html


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed")
def test_network_svg_is_well_formed_and_names_the_neighbours(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/id/state/albania/network.svg")
    assert response.mimetype == "image/svg+xml"
    text = "".join(ET.fromstring(response.get_data()).itertext())
    assert "Kosovo" in text and "North Atlantic Treaty Organization" in text


@pytest.mark.parametrize("path,accept,fmt", [("/ontology", "text/turtle", "turtle"), ("/ontology", "application/rdf+xml", "xml"),
                                             ("/ontology.ttl", "*/*", "turtle"), ("/ontology.owl", "*/*", "xml")])
def test_ontology_in_rdf_for_protege(client, path: str, accept: str, fmt: str) -> None:  # type: ignore[no-untyped-def]
    graph = Graph().parse(data=client.get(path, headers={"Accept": accept}).get_data(as_text=True), format=fmt)
    assert (URIRef("https://w3id.org/cdkg/ontology"), None, None) in graph


def test_ontology_docs_for_browsers(client) -> None:  # type: ignore[no-untyped-def]
    html = client.get("/ontology", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "cdo:MemorandumOfUnderstanding" in html and "Cyber Diplomacy Ontology" in html


def test_labels_are_escaped(tmp_path: Path) -> None:
    kg = tmp_path / "kg.ttl"
    kg.write_text('<https://w3id.org/cdkg/id/state/x> <http://www.w3.org/2000/01/rdf-schema#label> "<script>alert(1)</script>"@en .\n')
    client = create_app({}, store=load_graph_file(kg)).test_client()
    html = client.get("/id/state/x").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
