"""cdkg served from a real Virtuoso 7: every catalogue question gives the embedded store's answers."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
import requests
from rdflib import BNode, Literal, URIRef

from cdkg.catalogue import load_catalogue
from cdkg.push import push_graph
from cdkg.remote import Credentials
from cdkg.server import create_app
from cdkg.store import load_graph_file
from live_server import start_server
from virtuoso_harness import Proxy, VirtuosoServer, canonical_term, needs_virtuoso, virtuoso  # noqa: F401

pytestmark = [pytest.mark.virtuoso, needs_virtuoso]


@pytest.fixture(scope="module")
def front(virtuoso: VirtuosoServer, built_kg: Path) -> Iterator[Proxy]:
    """The graph pushed to Virtuoso's default cdkg graph, behind a counting proxy."""
    push_graph(built_kg, virtuoso.update_url, graph_store_url=virtuoso.graph_store_url,
               credentials=Credentials("dba", virtuoso.password, scheme="digest"))
    proxy = Proxy(virtuoso.base_url)
    yield proxy
    proxy.close()


@pytest.fixture(scope="module")
def served(front: Proxy, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`cdkg serve --store sparql+http://…` on loopback, its store the Virtuoso (through the proxy)."""
    live = start_server(tmp_path_factory.mktemp("remote"),
                        ["--store", f"sparql+{front.url}/sparql", "--workers", "1", "--timeout", "2"], {})
    try:
        yield live.url
    finally:
        live.stop()


def term_of(binding: dict[str, str]) -> object:
    if binding["type"] == "uri":
        return URIRef(binding["value"])
    if binding["type"] == "bnode":
        return BNode("_")
    return canonical_term(Literal(binding["value"], lang=binding.get("xml:lang"), datatype=binding.get("datatype")))


def answer_set(document: dict) -> set[tuple]:
    """The rows as a set of tuples of (variable, normalised term)."""
    return {tuple(sorted((name, term_of(value)) for name, value in row.items())) for row in document["results"]["bindings"]}


VIRTUOSO_BUGS = {
}


def catalogue_case(name: str) -> object:
    bug = VIRTUOSO_BUGS.get(name)
    return pytest.param(name, marks=pytest.mark.xfail(reason=bug, strict=True)) if bug else name


@pytest.mark.parametrize("name", [catalogue_case(entry.name) for entry in sorted(load_catalogue(), key=lambda e: e.name)])
def test_every_catalogue_question_answers_as_the_embedded_store(served: str, built_kg: Path, name: str) -> None:
    local = create_app({"timeout": 5}, store=load_graph_file(built_kg)).test_client().get(f"/queries/{name}")
    remote = requests.get(f"{served}/queries/{name}", headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert remote.status_code == 200, remote.text
    assert answer_set(remote.json()) == answer_set(local.get_json())
    assert remote.json()["head"]["vars"] == local.get_json()["head"]["vars"]


def test_ask_comes_back_as_a_standard_boolean(served: str) -> None:
    for query, expected in (("ASK { ?s ?p ?o }", True), ("ASK { <urn:nothing> ?p ?o }", False)):
        answer = requests.get(f"{served}/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"}, timeout=30)
        assert answer.json() == {"head": {}, "boolean": expected}


@pytest.mark.parametrize("query", ["SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
                                   "SELECT * WHERE { ?s ?p ?o . SeRvIcE <http://x/> { ?a ?b ?c } }"])
def test_service_is_refused_before_anything_reaches_the_store(served: str, front: Proxy, query: str) -> None:
    before = len(front.requests)
    answer = requests.get(f"{served}/sparql", params={"query": query}, timeout=30)
    assert answer.status_code == 400
    assert set(answer.json()["error"]) >= {"status", "title", "detail"}
    assert len(front.requests) == before


def test_a_slow_store_gives_the_timeout_error(served: str, front: Proxy) -> None:
    front.delay = 4
    try:
        answer = requests.get(f"{served}/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1"}, timeout=30)
    finally:
        front.delay = 0
    assert answer.status_code == 503
    assert "did not answer within" in answer.json()["error"]["detail"]


def test_malformed_queries_fail_with_a_position_without_reaching_the_store(served: str, front: Proxy) -> None:
    before = len(front.requests)
    answer = requests.get(f"{served}/sparql", params={"query": "SELECT * WHERE {\n ?s ?p }"}, timeout=30)
    assert answer.status_code == 400 and "line" in answer.json()["error"]
    assert len(front.requests) == before
