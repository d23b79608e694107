"""The endpoint as users meet it: `cdkg serve` (gunicorn) on loopback, real clients."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
import requests
from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TURTLE, SPARQLWrapper

from cdkg.server import create_app
from live_server import start_server

DATA = Path(__file__).parent / "data" / "server"
TOKEN = "s3cret-token"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("live")
    kg = folder / "kg.ttl"
    shutil.copy(DATA / "sample-kg.ttl", kg)
    environment = {"CDKG_UPDATE_TOKEN": TOKEN, "CDKG_CURATED": str(folder / "curated.ttl")}
    live = start_server(folder, ["--kg", str(kg), "--timeout", "5", "--workers", "1"], environment)
    try:
        yield live.url, kg
    finally:
        live.stop()


def test_sparqlwrapper_gets_the_nato_answer_with_evidence(server) -> None:
    url, _ = server
    client = SPARQLWrapper(url + "/sparql")
    client.setQuery(open(Path(__file__).parents[1] / "cdkg" / "queries" / "states-with-nato-cyber-mous.rq").read())
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert {(r["stateLabel"]["value"], r["year"]["value"]) for r in rows} == {("Albania", "2013"), ("North Macedonia", "2021")}
    assert all(r["evidence"]["value"].startswith("https://w3id.org/cdkg/id/evidence/") for r in rows)


def test_sparqlwrapper_csv_and_construct(server) -> None:
    url, _ = server
    client = SPARQLWrapper(url + "/sparql")
    client.setQuery("SELECT ?s WHERE { ?s a <https://w3id.org/cdkg/ontology#State> } ORDER BY ?s LIMIT 2")
    client.setReturnFormat(CSV)
    assert client.query().convert().decode().splitlines()[0] == "s"
    client.setQuery("CONSTRUCT { ?s a ?c } WHERE { ?s a ?c } LIMIT 5")
    client.setReturnFormat(TURTLE)
    assert len(Graph().parse(data=client.query().convert(), format="turtle")) == 5


def test_rdflib_sparqlstore_reads_the_graph(server) -> None:
    url, _ = server
    graph = Graph(SPARQLStore(url + "/sparql", returnFormat="json"))
    albania = URIRef("https://w3id.org/cdkg/id/state/albania")
    labels = {str(o) for o in graph.objects(albania, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}
    assert labels == {"Albania"}


def test_catalogue_run_over_http(server) -> None:
    url, _ = server
    response = requests.get(url + "/queries/states-with-nato-cyber-mous", headers={"Accept": "text/csv"})
    assert response.status_code == 200 and "Albania" in response.text and "North Macedonia" in response.text


def test_runaway_query_gets_503_while_others_are_served(server) -> None:
    url, _ = server
    outcome: dict[str, requests.Response] = {}
    slow = threading.Thread(target=lambda: outcome.setdefault("slow", requests.post(url + "/sparql", data={"query": RUNAWAY})))
    slow.start()
    time.sleep(0.2)
    fresh = f'ASK {{ ?s ?p "never cached {time.time_ns()}" }}'  # not in any cache: it must really run
    quick = requests.get(url + "/sparql", params={"query": fresh}, timeout=10)
    answered_while_slow_ran = slow.is_alive()
    slow.join(30)
    assert quick.status_code == 200 and quick.headers["X-Cdkg-Cache"] == "miss"
    assert answered_while_slow_ran and not slow.is_alive()
    assert outcome["slow"].status_code == 503 and outcome["slow"].json()["error"]["status"] == 503
    assert requests.get(url + "/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


def test_service_and_load_never_connect_out(server) -> None:
    url, _ = server
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.settimeout(0.5)
        target = f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"
        attempts = [
            f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
            f"PREFIX ex: <{target}#> SELECT * WHERE {{ SERVICEex:x {{ ?s ?p ?o }} }}",
            f"SELECT * FROM <{target}> WHERE {{ ?s ?p ?o }} LIMIT 1",
        ]
        statuses = [requests.post(url + "/sparql", data={"query": q}).status_code for q in attempts]
        update = requests.post(url + "/update", data=f"LOAD <{target}>", headers=_update_headers())
        with pytest.raises(socket.timeout):
            listener.accept()
    assert statuses[:2] == [400, 400] and statuses[2] == 200 and update.status_code == 400


def _update_headers(token: str = TOKEN) -> dict[str, str]:
    return {"Content-Type": "application/sparql-update", "Authorization": f"Bearer {token}"}


def test_updates_need_the_token_conform_and_persist(server) -> None:
    url, kg = server
    good = ('INSERT DATA { <https://w3id.org/cdkg/id/state/albania> '
            '<http://www.w3.org/2000/01/rdf-schema#comment> "checked by a curator" }')
    bad = 'DELETE WHERE { <https://w3id.org/cdkg/id/state/albania> <https://w3id.org/cdkg/ontology#iso3166Alpha2> ?code }'
    before = kg.read_bytes()
    assert requests.post(url + "/update", data=good, headers=_update_headers("wrong")).status_code == 401
    refused = requests.post(url + "/update", data=bad, headers=_update_headers())
    assert refused.status_code == 422 and "ISO 3166" in refused.json()["error"]["report"]
    assert kg.read_bytes() == before
    assert requests.post(url + "/update", data=good, headers=_update_headers()).status_code == 200
    ask = 'ASK { ?s <http://www.w3.org/2000/01/rdf-schema#comment> "checked by a curator" }'
    assert requests.get(url + "/sparql", params={"query": ask}).json()["boolean"] is True
    restarted = create_app({"kg": kg})  # a restart reads the file the update rewrote
    try:
        assert restarted.extensions["cdkg"].ask(ask) is True
    finally:
        restarted.extensions["cdkg"].evaluator.close()


def test_repeated_query_is_answered_from_the_cache_until_the_graph_changes(server) -> None:
    url, _ = server
    query = f'SELECT ?s WHERE {{ ?s a ?t }} LIMIT 3 # {time.time_ns()}'
    first = requests.get(url + "/sparql", params={"query": query})
    second = requests.get(url + "/sparql", params={"query": query})
    assert (first.headers["X-Cdkg-Cache"], second.headers["X-Cdkg-Cache"]) == ("miss", "hit")
    assert first.content == second.content
