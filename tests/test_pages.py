"""Pages through Flask's test client: negotiation, 404s, search, the network picture, escaping."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from cdkg.ontology import ONTOLOGY_FILE
from cdkg.server import create_app
from cdkg.server.ontology_docs import cache_file, documentation
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
    assert "2013" in html and "Cyber Incident Response Centre" in html and "confidence 0.9" in html
    assert 'href="/id/source/000_773df411c0e8a915"' in html  # the source document, linked by its title
    assert 'href="/id/org/ncirc"' in html and 'href="/id/state/kosovo"' in html  # related individuals


def test_a_browser_gets_html_and_links_to_the_data(client) -> None:  # type: ignore[no-untyped-def]
    accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    response = client.get("/id/state/albania", headers={"Accept": accept})
    assert response.mimetype == "text/html" and "Accept" in response.headers["Vary"]
    assert '</id/state/albania?format=turtle>; rel="alternate"' in response.headers["Link"]


def test_format_parameter_overrides_accept_and_formats_agree(client) -> None:  # type: ignore[no-untyped-def]
    graphs = {}
    for fmt, parser in (("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld"), ("rdfxml", "xml")):
        response = client.get(f"/id/agreement/albania-nato-ncirc?format={fmt}", headers={"Accept": "text/html"})
        assert response.headers["Content-Location"] == f"/id/agreement/albania-nato-ncirc?format={fmt}"
        graphs[fmt] = Graph().parse(data=response.get_data(as_text=True), format=parser)
    assert all(isomorphic(graphs["turtle"], other) for other in graphs.values())
    assert client.get("/id/state/albania?format=pdf").get_json()["error"]["status"] == 400


@pytest.mark.parametrize("media_type,fmt", [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                            ("application/rdf+xml", "xml"), ("application/n-triples", "nt")])
def test_individual_as_rdf_by_accept(client, media_type: str, fmt: str) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/id/state/albania", headers={"Accept": media_type})
    assert response.status_code == 200 and response.mimetype == media_type and "Accept" in response.headers["Vary"]
    graph = Graph().parse(data=response.get_data(as_text=True), format=fmt)
    assert (URIRef(ALBANIA), None, None) in graph


def test_unknown_individual_is_404_in_both_worlds(client) -> None:  # type: ignore[no-untyped-def]
    page = client.get("/id/state/atlantis", headers={"Accept": "text/html"})
    assert page.status_code == 404 and page.mimetype == "text/html"
    response = client.get("/id/state/atlantis", headers={"Accept": "text/turtle"})
    assert response.status_code == 404 and response.get_json()["error"]["status"] == 404
    assert client.get("/id/state/atlantis/network.svg").get_json()["error"]["status"] == 404


def test_search_text_cannot_break_out_of_the_query(client) -> None:  # type: ignore[no-untyped-def]
    for text in ['"} ?s ?p ?o {', "line\nbreak", "back\\slash"]:
        response = client.get("/search", query_string={"q": text}, headers={"Accept": "application/json"})
        assert response.status_code == 200 and response.get_json()["results"] == []


def test_search_by_acronym_and_alias(client) -> None:  # type: ignore[no-untyped-def]
    found = client.get("/search?q=ncirc", headers={"Accept": "application/json"}).get_json()["results"]
    assert any(hit["link"] == "/id/org/ncirc" for hit in found)
    html = client.get("/search?q=Quadrilateral").get_data(as_text=True)
    assert "/id/org/quad" in html


NEEDS_DOT = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed")
SVG_LINK = "{http://www.w3.org/1999/xlink}href"


@NEEDS_DOT
def test_network_svg_is_well_formed_and_names_the_neighbours(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/id/state/albania/network.svg")
    assert response.mimetype == "image/svg+xml"
    svg = ET.fromstring(response.get_data())
    text = "".join(svg.itertext())
    assert "Kosovo" in text and "North Atlantic Treaty Organization" in text and "MoU 2013" in text
    links = {a.get(SVG_LINK) for a in svg.iter("{http://www.w3.org/2000/svg}a")}
    assert {"/id/state/kosovo", "/id/org/nato", "/id/state/albania"} <= links


@NEEDS_DOT
def test_network_escapes_labels_and_links_only_web_iris(tmp_path: Path) -> None:
    nasty = 'A "quoted" <b>&amp; back\\slash'
    kg = tmp_path / "kg.ttl"
    kg.write_text(f"""@prefix cdo: <https://w3id.org/cdkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/cdkg/id/state/x> a cdo:State ; rdfs:label {Literal(nasty, lang="en").n3()} ;
    cdo:memberOf <javascript:alert(1)> .
<javascript:alert(1)> rdfs:label "evil" .
""")
    client = create_app({}, store=load_graph_file(kg)).test_client()
    svg = ET.fromstring(client.get("/id/state/x/network.svg").get_data())
    assert nasty in "".join(svg.itertext()) and "evil" in "".join(svg.itertext())
    assert not any((a.get(SVG_LINK) or "").startswith("javascript") for a in svg.iter("{http://www.w3.org/2000/svg}a"))
    assert 'href="javascript:' not in client.get("/id/state/x").get_data(as_text=True)


@pytest.mark.parametrize("path,accept,fmt", [("/ontology", "text/turtle", "turtle"), ("/ontology", "application/rdf+xml", "xml"),
                                             ("/ontology.ttl", "*/*", "turtle"), ("/ontology.owl", "*/*", "xml")])
def test_ontology_in_rdf_for_protege(client, path: str, accept: str, fmt: str) -> None:  # type: ignore[no-untyped-def]
    graph = Graph().parse(data=client.get(path, headers={"Accept": accept}).get_data(as_text=True), format=fmt)
    assert (URIRef("https://w3id.org/cdkg/ontology"), None, None) in graph


def test_ontology_docs_for_browsers(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/ontology", headers={"Accept": "text/html"})
    html = response.get_data(as_text=True)
    assert response.mimetype == "text/html" and "Cyber Diplomacy Ontology" in html
    assert "Memorandum of understanding" in html and "Vary" in response.headers


def pylode_runs() -> bool:
    """pyLODE imports in a fresh interpreter (3.4.1's wheel does not: it reads a missing pyproject.toml)."""
    return subprocess.run([sys.executable, "-c", "import pylode"], capture_output=True).returncode == 0


@pytest.mark.skipif(not pylode_runs(), reason="pyLODE is not installed or cannot be imported")
def test_pylode_docs_are_cached_per_ontology_version(tmp_path: Path) -> None:
    ontology = tmp_path / "onto.ttl"
    ontology.write_bytes(ONTOLOGY_FILE.read_bytes())
    docs = documentation(ontology, tmp_path / "cache")
    assert docs is not None and "<h1>Cyber Diplomacy Ontology</h1>" in docs.html
    assert docs.anchors["https://w3id.org/cdkg/ontology#MemorandumOfUnderstanding"] in docs.html
    first = cache_file(ontology, tmp_path / "cache")
    ontology.write_bytes(ONTOLOGY_FILE.read_bytes() + b"\n# edited\n")
    assert documentation(ontology, tmp_path / "cache") is not None
    assert cache_file(ontology, tmp_path / "cache") != first and len(list((tmp_path / "cache").glob("*.html"))) == 2


def test_ontology_page_without_pylode_is_the_built_in_one(client, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("cdkg.server.pages.documentation", lambda *args: None)
    html = client.get("/ontology", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "cdo:MemorandumOfUnderstanding" in html and 'id="Signed"' in html


def test_labels_are_escaped(tmp_path: Path) -> None:
    kg = tmp_path / "kg.ttl"
    kg.write_text('<https://w3id.org/cdkg/id/state/x> <http://www.w3.org/2000/01/rdf-schema#label> "<script>alert(1)</script>"@en .\n')
    client = create_app({}, store=load_graph_file(kg)).test_client()
    html = client.get("/id/state/x").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


def test_an_organisation_page_includes_what_was_signed_with_its_parts(built_kg: Path) -> None:
    client = create_app({}, store=load_graph_file(built_kg)).test_client()
    page = client.get("/id/org/nato", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "Albania" in page and "North Macedonia" in page and "via NATO" in page  # Albania's MoU is with NCIRC


def test_a_curated_fact_is_marked_and_shows_no_extracted_quote(built_kg: Path) -> None:
    client = create_app({}, store=load_graph_file(built_kg)).test_client()
    page = client.get("/id/claim/membership/albania-nato-curated", headers={"Accept": "text/html"})
    albania = client.get("/id/state/albania", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert page.status_code == 200 and "curated: Albania joined NATO on 1 April 2009" in albania
