"""cdkg push against a real Virtuoso 7: idempotent, blank nodes intact, failures leave the old graph, secrets stay secret."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from cdkg.cli import cli
from cdkg.errors import StoreError
from cdkg.push import push_graph, staging_graph
from cdkg.remote import Credentials, RemoteStore, parse_store_url
from cdkg.store import load_graph_file, to_rdflib
from virtuoso_harness import Proxy, VirtuosoServer, canonical_graph, needs_virtuoso, proxy, virtuoso  # noqa: F401

pytestmark = [pytest.mark.virtuoso, needs_virtuoso]
BLANK = Path(__file__).parent / "data" / "remote" / "blank-nodes.ttl"


def writer(server: VirtuosoServer) -> Credentials:
    return Credentials("dba", server.password, scheme="digest")


def stored_graph(server: VirtuosoServer, graph: str) -> Graph:
    store = RemoteStore(parse_store_url(server.store_url(), graph))
    triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    return Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")


def embedded(path: Path) -> Graph:
    """The graph as the embedded store holds it (RDF 1.1 literals: no explicit xsd:string, canonical numbers)."""
    return to_rdflib(load_graph_file(path))


def test_pushing_twice_leaves_the_same_graph(virtuoso: VirtuosoServer, built_kg: Path) -> None:
    kg = built_kg
    env = virtuoso.credentials_environment()
    url = virtuoso.store_url(virtuoso.update_url)
    first = CliRunner().invoke(cli, ["push", "--store", url, "--kg", str(kg), "--graph", "urn:test:twice"], env=env)
    assert first.exit_code == 0, first.output
    after_first = stored_graph(virtuoso, "urn:test:twice")
    second = CliRunner().invoke(cli, ["push", "--store", url, "--kg", str(kg), "--graph", "urn:test:twice",
                                      "--graph-store", virtuoso.graph_store_url], env=env)
    assert second.exit_code == 0, second.output
    after_second = stored_graph(virtuoso, "urn:test:twice")
    assert len(after_first) == len(after_second) == len(embedded(kg))
    assert isomorphic(canonical_graph(after_second), canonical_graph(embedded(kg)))
    assert f"holds {len(after_second)} triples" in second.output


@pytest.mark.parametrize("graph_store", [False, True])
def test_blank_nodes_stay_linked_across_batches(virtuoso: VirtuosoServer, graph_store: bool) -> None:
    report = push_graph(BLANK, virtuoso.update_url, "urn:test:blank", batch_size=1, credentials=writer(virtuoso),
                        graph_store_url=virtuoso.graph_store_url if graph_store else None)
    assert report.batches > 1
    assert isomorphic(canonical_graph(stored_graph(virtuoso, "urn:test:blank")), canonical_graph(embedded(BLANK)))


def test_a_push_that_fails_part_way_leaves_the_previous_graph(virtuoso: VirtuosoServer, proxy: Proxy, built_kg: Path) -> None:
    push_graph(BLANK, virtuoso.update_url, "urn:test:failing", credentials=writer(virtuoso))
    proxy.fail_after = 3
    with pytest.raises(StoreError) as raised:
        push_graph(built_kg, proxy.url + "/sparql-auth", "urn:test:failing", batch_size=20, credentials=writer(virtuoso))
    assert "still holds its previous content" in raised.value.message and "\n" not in raised.value.message
    assert isomorphic(canonical_graph(stored_graph(virtuoso, "urn:test:failing")), canonical_graph(embedded(BLANK)))
    push_graph(BLANK, virtuoso.update_url, "urn:test:failing", credentials=writer(virtuoso))
    assert len(stored_graph(virtuoso, staging_graph("urn:test:failing"))) == 0, "the next push clears what a failed one staged"


def test_an_unreachable_store_is_one_clear_line(built_kg: Path) -> None:
    result = CliRunner().invoke(cli, ["push", "--store", "sparql+http://127.0.0.1:9/sparql", "--kg", str(built_kg)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "cannot reach the SPARQL store" in result.output
    assert "Traceback" not in result.output


def test_credentials_never_appear_in_output(virtuoso: VirtuosoServer) -> None:
    url = virtuoso.store_url(virtuoso.update_url)
    wrong = "Wr0ng-" + virtuoso.password[::-1]
    env = virtuoso.credentials_environment()
    for secret, variables in ((virtuoso.password, env), (wrong, env | {"CDKG_STORE_PASSWORD": wrong}),
                              (virtuoso.password, env | {"CDKG_STORE_AUTH": "basic"})):
        result = CliRunner().invoke(cli, ["push", "--store", url, "--kg", str(BLANK), "--graph", "urn:test:secret"], env=variables)
        assert secret not in result.output
        assert "Traceback" not in result.output
    assert "CDKG_STORE_AUTH=digest" in result.output
    assert virtuoso.password not in repr(writer(virtuoso))


def test_the_default_dba_password_is_replaced(virtuoso: VirtuosoServer) -> None:
    with pytest.raises(StoreError, match="refused access"):
        push_graph(BLANK, virtuoso.update_url, "urn:test:dba", credentials=Credentials("dba", "dba", scheme="digest"))
