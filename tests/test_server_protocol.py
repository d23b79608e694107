"""Fine details of the SPARQL protocol, through Flask's test client (the query process is real)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from cdkg.server import create_app
from cdkg.store import load_graph_file, to_rdflib

DATA = Path(__file__).parent / "data" / "server"
SELECT_ALL = "SELECT ?s WHERE { ?s a <https://w3id.org/cdkg/ontology#State> }"
CONSTRUCT = "CONSTRUCT { ?s a ?c } WHERE { ?s a ?c . FILTER(?c = <https://w3id.org/cdkg/ontology#State>) }"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory):
    kg = tmp_path_factory.mktemp("kg") / "kg.ttl"
    shutil.copy(DATA / "sample-kg.ttl", kg)
    app = create_app({"kg": kg, "timeout": 10, "max_rows": 3, "max_body_bytes": 4096})
    yield app
    app.extensions["cdkg"].evaluator.close()


@pytest.fixture()
def client(app):
    return app.test_client()


def test_every_error_has_the_one_json_shape(client) -> None:
    response = client.get("/sparql", query_string={"query": "SELECT * WHERE {\n ?s ?p }"})
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert set(error) == {"status", "title", "detail", "line", "column"}
    assert (error["status"], error["title"], error["line"]) == (400, "Bad Request", 2)
    assert "expected" in error["detail"]
    for other in (client.get("/nowhere"), client.put("/sparql"), client.get("/queries/no-such-question")):
        body = other.get_json()["error"]
        assert set(body) == {"status", "title", "detail"} and body["status"] == other.status_code


@pytest.mark.parametrize(
    ("accept", "media_type"),
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/csv;q=0.2, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ],
)
def test_select_negotiates_by_accept_with_q_values(client, accept: str, media_type: str) -> None:
    response = client.get("/sparql", query_string={"query": SELECT_ALL}, headers={"Accept": accept})
    assert response.status_code == 200 and response.mimetype == media_type


@pytest.mark.parametrize(("fmt", "rdflib_format"), [("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld"), ("rdfxml", "xml")])
def test_construct_in_every_rdf_format_gives_the_same_graph(client, fmt: str, rdflib_format: str) -> None:
    reference = client.get("/sparql", query_string={"query": CONSTRUCT, "format": "ntriples"}).data
    response = client.post("/sparql", data={"query": CONSTRUCT, "format": fmt})
    assert response.status_code == 200
    expected = Graph().parse(data=reference, format="nt")
    assert len(expected) == 3  # the row cap (max_rows=3) applies to triples too
    assert isomorphic(Graph().parse(data=response.data, format=rdflib_format), expected)


def test_post_sparql_query_body_and_row_cap(client) -> None:
    response = client.post("/sparql", data=SELECT_ALL, content_type="application/sparql-query")
    rows = response.get_json()["results"]["bindings"]
    assert len(rows) == 3 and response.headers["X-Cdkg-Truncated"] == "true"


def test_406_415_413_and_403(client) -> None:
    assert client.get("/sparql", query_string={"query": SELECT_ALL}, headers={"Accept": "image/png"}).status_code == 406
    assert client.post("/sparql", data=SELECT_ALL, content_type="text/plain").status_code == 415
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 5000
    assert client.post("/sparql", data=big, content_type="application/sparql-query").status_code == 413
    update = "INSERT DATA { <http://a> <http://b> <http://c> }"
    assert client.post("/sparql", data={"update": update}).status_code == 403
    assert client.post("/update", data=update, content_type="application/sparql-update").status_code == 403


def test_default_graph_uri_selects_the_dataset(client) -> None:
    query = "ASK { ?s ?p ?o }"
    empty = client.get("/sparql", query_string={"query": query, "default-graph-uri": "http://example.org/none"})
    assert empty.get_json()["boolean"] is False
    assert client.get("/sparql", query_string={"query": query}).get_json()["boolean"] is True


def test_service_description_on_bare_get(client) -> None:
    response = client.get("/sparql", headers={"Accept": "text/turtle"})
    graph = Graph().parse(data=response.data, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert any(str(o) == sd + "Service" for o in graph.objects())


def test_graph_store_read_and_cors(client) -> None:
    response = client.get("/data?default", headers={"Accept": "application/n-triples"})
    assert response.status_code == 200 and response.headers["Access-Control-Allow-Origin"] == "*"
    loaded = to_rdflib(load_graph_file(DATA / "sample-kg.ttl"))  # the engine's canonical literals
    assert isomorphic(Graph().parse(data=response.data, format="nt"), loaded)
    assert client.get("/data", query_string={"graph": "http://example.org/none"}).status_code == 404


def test_construct_as_json_ld_is_compacted_and_expands_to_the_answer(client) -> None:
    query = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o . ?s a <https://w3id.org/cdkg/ontology#AgreementClaim> }"
    compact = client.post("/sparql", data={"query": query}, headers={"Accept": "application/ld+json"})
    plain = client.post("/sparql", data={"query": query}, headers={"Accept": "application/n-triples"})
    assert compact.status_code == 200 and '"claimSubject"' in compact.get_data(as_text=True)
    assert isomorphic(Graph().parse(data=compact.data, format="json-ld"), Graph().parse(data=plain.data, format="nt"))


def test_void_is_linked_from_the_service_description(client) -> None:
    response = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert "/.well-known/void" in response.get_data(as_text=True)


def test_catalogue_listing_and_run(client) -> None:
    names = {q["name"] for q in client.get("/queries").get_json()["queries"]}
    assert "states-with-nato-cyber-mous" in names
    csv = client.get("/queries/national-agencies", headers={"Accept": "text/csv"})
    assert csv.status_code == 200 and csv.data.decode().splitlines()[0] == "state,stateLabel,agency,agencyLabel"


def test_internal_api_for_pages(app) -> None:
    service = app.extensions["cdkg"]
    rows = service.select("SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 2")
    assert len(rows) == 2 and all("l" in row for row in rows)
    assert len(service.construct(CONSTRUCT)) == 3
    assert json.loads(json.dumps(service.catalogue.get("memberships").summary()))["variables"][0] == "member"
