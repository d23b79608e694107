"""Pages through Flask's test client: negotiation, 404s, search, the network picture, escaping."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from cdkg.ontology import ONTOLOGY_FILE
from cdkg.server import create_app
from cdkg.server.citations import citations
from cdkg.server.ontology_docs import cache_file, documentation
from cdkg.store import load_graph_file

ALBANIA = "https://w3id.org/cdkg/id/state/albania"


@pytest.fixture(scope="module")
def client(built_kg: Path):  # type: ignore[no-untyped-def]
    """Pages of the graph built from data/sources (never the committed data/kg.ttl, which may be stale)."""
    return create_app({}, store=load_graph_file(built_kg)).test_client()


def test_query_page_offers_the_catalogue_as_examples(client) -> None:  # type: ignore[no-untyped-def]
    html = client.get("/").get_data(as_text=True)
    assert 'data-name="states-with-nato-cyber-mous"' in html
    assert "States with a cyber MoU with NATO" in html


def test_individual_page_shows_facts_with_evidence(client) -> None:  # type: ignore[no-untyped-def]
    html = client.get("/id/state/albania", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "2013" in html and "Cyber Incident Response Centre" in html and "confidence 0.9" in html
    assert 'href="/id/source/000_773df411c0e8a915#ev-' in html  # the sentence in its source document, by its title
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


def test_nato_csv_carries_albanias_sentence_and_source(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/download/states-with-nato-cyber-mous.csv")
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert list(rows[0])[:4] == ["state", "stateLabel", "year", "evidence"]  # the catalogue's variables keep their names
    assert list(rows[0])[4:] == ["quote", "source", "sourceUrl"]
    albania = next(row for row in rows if row["stateLabel"] == "Albania")
    assert "Albania signed the MoU with the NATO Cyber Incident Response Centre" in albania["quote"]
    assert albania["source"].startswith("Country profiles") and albania["sourceUrl"].startswith("http")
    assert albania["year"] == "2013"  # a plain value, not "2013"^^xsd:gYear
    disposition = response.headers["Content-Disposition"]
    assert re.fullmatch(r'attachment; filename="states-with-nato-cyber-mous-\d{4}-\d\d-\d\d\.csv"', disposition)


def test_tsv_and_json_downloads_for_people(client) -> None:  # type: ignore[no-untyped-def]
    tsv = client.get("/download/states-with-nato-cyber-mous.tsv").get_data(as_text=True)
    assert "\tAlbania\t2013\t" in tsv and "@en" not in tsv and "^^" not in tsv
    data = client.get("/download/states-with-nato-cyber-mous.json").get_json()
    assert data["head"]["vars"] == ["state", "stateLabel", "year", "evidence", "quote", "source", "sourceUrl"]
    assert any("NCIRC" in row["quote"]["value"] for row in data["results"]["bindings"])
    query = "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } LIMIT 3"
    free = client.get("/download.csv", query_string={"query": query})
    assert free.status_code == 200 and 'filename="query-' in free.headers["Content-Disposition"]
    assert client.get("/download.csv", query_string={"query": "ASK { ?s ?p ?o }"}).status_code == 400
    assert client.get("/download/no-such-question.csv").status_code == 404


WEB_ANNOTATION = """@prefix cdo: <https://w3id.org/cdkg/ontology#> . @prefix oa: <http://www.w3.org/ns/oa#> .
@prefix dct: <http://purl.org/dc/terms/> . @prefix id: <https://w3id.org/cdkg/id/> . @prefix ev: <https://w3id.org/cdkg/id/evidence/> . @prefix src: <https://w3id.org/cdkg/id/source/> .
id:fact cdo:hasEvidence ev:a1 .
ev:a1 a oa:Annotation ; oa:hasTarget [ oa:hasSource src:doc ;
    oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "Ruritania signed it." ] , [ a oa:TextPositionSelector ; oa:start 4 ; oa:end 24 ] ] .
src:doc dct:title "A profile" ; dct:source <https://example.org/profile> .
"""


@pytest.mark.parametrize("shape", ["cdkg", "web-annotation"])
def test_citations_read_both_evidence_shapes(tmp_path: Path, shape: str) -> None:
    kg = tmp_path / "kg.ttl"
    if shape == "cdkg":
        kg.write_text("""@prefix cdo: <https://w3id.org/cdkg/ontology#> . @prefix dct: <http://purl.org/dc/terms/> .
@prefix id: <https://w3id.org/cdkg/id/> . @prefix ev: <https://w3id.org/cdkg/id/evidence/> . @prefix src: <https://w3id.org/cdkg/id/source/> .
id:fact cdo:hasEvidence ev:a1 .
ev:a1 cdo:quote "Ruritania signed it." ; cdo:inDocument src:doc ; cdo:startOffset 4 ; cdo:endOffset 24 .
src:doc dct:title "A profile" ; dct:source <https://example.org/profile> .
""")
    else:
        kg.write_text(WEB_ANNOTATION)
    app = create_app({}, store=load_graph_file(kg))
    with app.app_context():
        found = citations(app.extensions["cdkg"], ["https://w3id.org/cdkg/id/evidence/a1", "https://w3id.org/cdkg/id/fact"])
    assert list(found) == ["https://w3id.org/cdkg/id/evidence/a1"]
    cited = found["https://w3id.org/cdkg/id/evidence/a1"]
    assert (cited.quote, cited.title, cited.url, cited.start, cited.end) == (
        "Ruritania signed it.", "A profile", "https://example.org/profile", 4, 24)
    assert cited.source == "https://w3id.org/cdkg/id/source/doc"
    with app.app_context():
        assert citations(app.extensions["cdkg"], ['https://x> } ?s ?p ?o { <https://y']) == {}


def nato_evidence(client) -> str:  # type: ignore[no-untyped-def]
    """The evidence IRI of Albania's row in the NATO question's answer."""
    rows = client.get("/download/states-with-nato-cyber-mous.json").get_json()["results"]["bindings"]
    return next(row["evidence"]["value"] for row in rows if row["stateLabel"]["value"] == "Albania")


def test_document_page_highlights_each_cited_sentence(client) -> None:  # type: ignore[no-untyped-def]
    evidence = nato_evidence(client)
    local = evidence.rsplit("/", 1)[-1]
    page = client.get(evidence.replace("https://w3id.org/cdkg", "")).get_data(as_text=True)
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert "evidence from" not in title and "Country profiles" in title and "Albania" in title
    link = re.search(r'href="(/id/source/[^"#]+)#ev-' + local + '"', page)
    assert link is not None and "Cite this:" in page
    html = client.get(link.group(1)).get_data(as_text=True)
    assert f'id="ev-{local}"' in html and re.search(r'<mark class="cited">[^<]*Albania signed the MoU', html)
    facts = re.findall(r'<a class="fact-link" href="([^"]+)"', html)
    assert any("albania-nato-ncirc" in fact for fact in facts)


def test_states_lists_states_with_counts_and_filters_by_region(client) -> None:  # type: ignore[no-untyped-def]
    html = client.get("/states").get_data(as_text=True)
    assert 'href="/id/state/albania"' in html and 'href="/id/state/japan"' in html
    listed = set(re.findall(r'href="/id/state/([^"]+)"', html))
    every_state = client.get("/sparql", query_string={"query": "SELECT ?s { ?s a <https://w3id.org/cdkg/ontology#State> }"},
                             headers={"Accept": "application/sparql-results+json"}).get_json()["results"]["bindings"]
    unlisted = sorted({row["s"]["value"].rsplit("/", 1)[-1] for row in every_state} - listed)
    assert unlisted  # the sample speaks of a few states only; the others are not listed
    assert html.index("Memberships") < html.index("Resilience") < html.index("Norms &amp; UN") < html.index("Cybercrime")
    europe = client.get("/states?region=Europe").get_data(as_text=True)
    assert 'href="/id/state/albania"' in europe and 'href="/id/state/japan"' not in europe
    data = client.get("/states?region=Europe", headers={"Accept": "application/json"}).get_json()
    albania = next(state for state in data["states"] if state["label"] == "Albania")
    assert albania["page"] == "/id/state/albania" and albania["total"] == sum(albania["counts"].values()) > 0
    silent = client.get(f"/id/state/{unlisted[0]}").get_data(as_text=True)
    assert "The graph has no facts about" in silent and 'href="/states"' in silent


def test_compare_aligns_facts_and_refuses_unknown_states(client) -> None:  # type: ignore[no-untyped-def]
    html = client.get("/compare/albania/north-macedonia/japan").get_data(as_text=True)
    assert html.count('>Memorandum of understanding</th>') == 1
    assert "Albania signed the MoU" in html and "North Macedonia signed a Memorandum" in html
    assert html.index("Introduction and memberships") < html.index("Cyber resilience") < html.index("Norms and the UN")
    missing = client.get("/compare/albania/atlantis")
    assert missing.status_code == 404 and "There is no state called “atlantis”" in missing.get_data(as_text=True)
    assert client.get("/compare/albania/nato").status_code == 404  # not a state
    picked = client.get("/compare?state=albania&state=japan&state=")
    assert picked.status_code == 303 and picked.headers["Location"].endswith("/compare/albania/japan")


@pytest.mark.parametrize("text,first", [("Albnia", "Albania"), ("Republic of Korea", "South Korea"),
                                        ("nato", "North Atlantic Treaty Organization"), ("Japn", "Japan")])
def test_search_forgives_and_ranks_exact_names_first(client, text: str, first: str) -> None:  # type: ignore[no-untyped-def]
    found = client.get("/search", query_string={"q": text}, headers={"Accept": "application/json"}).get_json()
    assert found["results"][0]["label"] == first


def test_search_finds_mous_and_words_of_quotes(client) -> None:  # type: ignore[no-untyped-def]
    found = client.get("/search?q=MoU", headers={"Accept": "application/json"}).get_json()
    assert any("memorandum of understanding" in hit["label"] for hit in found["results"])
    quotes = client.get("/search?q=flagship+exercize", headers={"Accept": "application/json"}).get_json()["quotes"]
    assert any("albania-nato-ncirc" in hit["link"] for hit in quotes)


def test_labels_and_statuses_read_as_words(client) -> None:  # type: ignore[no-untyped-def]
    html = client.get("/id/state/albania").get_data(as_text=True)
    assert "(UnderNegotiation)" not in html and "(under negotiation)" in html
    assert "<svg class=\"timeline\"" in html and "/id/state/albania/network.svg" in html
    if shutil.which("dot"):
        assert html.count("<svg") == 2 and 'xlink:href="/id/state/kosovo"' in html  # the network, inline
    assert client.get("/favicon.ico").mimetype == "image/svg+xml"


HREF = re.compile(r'href="([^"]+)"')
ANCHORS = re.compile(r'\bid="([^"]+)"')


def test_crawl_finds_no_broken_link_or_anchor(client) -> None:  # type: ignore[no-untyped-def]
    starts = ["/", "/states", "/id/state/albania", "/id/state/australia", "/id/state/north-macedonia",
              "/compare/albania/north-macedonia"]
    pages: dict[str, tuple[int, str]] = {}

    def fetch(path: str) -> tuple[int, str]:
        if path not in pages:
            response = client.get(path, headers={"Accept": "text/html"})
            pages[path] = (response.status_code, response.get_data(as_text=True))
        return pages[path]

    broken = []
    for start in starts:
        status, html = fetch(start)
        assert status == 200, start
        for href in set(HREF.findall(html)):
            href = href.replace("&amp;", "&")
            if href.startswith(("http://", "https://", "mailto:")):
                continue
            target, _, fragment = urljoin(start, href).partition("#")
            target = target or start
            status, body = fetch(target)
            if status >= 400:
                broken.append(f"{start} → {href}: {status}")
            elif fragment and fragment not in ANCHORS.findall(body):
                broken.append(f"{start} → {href}: no anchor #{fragment}")
    assert not broken, "\n".join(broken)


def test_an_organisation_page_includes_what_was_signed_with_its_parts(built_kg: Path) -> None:
    client = create_app({}, store=load_graph_file(built_kg)).test_client()
    page = client.get("/id/org/nato", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "Albania" in page and "North Macedonia" in page and "via NATO" in page  # Albania's MoU is with NCIRC


def test_a_curated_fact_is_marked_and_shows_no_extracted_quote(built_kg: Path) -> None:
    client = create_app({}, store=load_graph_file(built_kg)).test_client()
    page = client.get("/id/claim/membership/albania-nato-curated", headers={"Accept": "text/html"})
    albania = client.get("/id/state/albania", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert page.status_code == 200 and "curated: Albania joined NATO on 1 April 2009" in albania
