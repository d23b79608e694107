"""The dataset description (VoID/DCAT), the JSON-LD context, and the routes that serve them."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, RDF

from cdkg.ask import select_rows
from cdkg.dataset import VOID, DatasetInfo, Distribution, describe_dataset
from cdkg.jsonld_context import build_context, compact_jsonld
from cdkg.ontology import load_ontology
from cdkg.server import create_app
from cdkg.store import load_graph_file

BASE = "https://w3id.org/cdkg/id/"
DCAT = Namespace("http://www.w3.org/ns/dcat#")  # rdflib's DCAT warns when pytest inspects the module


@pytest.fixture(scope="module")
def store(built_kg: Path) -> ox.Store:
    return load_graph_file(built_kg)


@pytest.fixture(scope="module")
def description(store: ox.Store) -> Graph:
    info = DatasetInfo(iri=f"{BASE}dataset", base_iri=BASE, endpoint="http://127.0.0.1:8000/sparql",
                       dumps=(Distribution("https://example.org/cdkg.ttl", "text/turtle", 10),))
    graph = describe_dataset(lambda text: select_rows(store, text), info)
    return Graph().parse(data=graph.serialize(format="turtle"), format="turtle")  # it parses


def count(store: ox.Store, query: str) -> int:
    return int(select_rows(store, query)[0]["n"])


def test_totals_equal_the_graphs(description: Graph, store: ox.Store, built_kg: Path) -> None:
    dataset = URIRef(f"{BASE}dataset")
    assert (dataset, RDF.type, VOID.Dataset) in description and (dataset, RDF.type, DCAT.Dataset) in description
    assert description.value(dataset, VOID.triples) == Literal(len(Graph().parse(built_kg)))
    entities = count(store, f'SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s ?p ?o FILTER(STRSTARTS(STR(?s), "{BASE}")) }}')
    assert description.value(dataset, VOID.entities).toPython() == entities


def test_every_class_partition_equals_a_sparql_count(description: Graph, store: ox.Store) -> None:
    partitions = list(description.objects(URIRef(f"{BASE}dataset"), VOID.classPartition))
    classes = {r["c"] for r in select_rows(store, "SELECT DISTINCT ?c WHERE { ?s a ?c }")}
    assert {str(description.value(p, VOID["class"])) for p in partitions} == classes
    for partition in partitions:
        cls = description.value(partition, VOID["class"])
        expected = count(store, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a <{cls}> }}")
        assert description.value(partition, VOID.entities).toPython() == expected, cls


def test_every_property_partition_equals_a_sparql_count(description: Graph, store: ox.Store) -> None:
    partitions = list(description.objects(URIRef(f"{BASE}dataset"), VOID.propertyPartition))
    properties = {r["p"] for r in select_rows(store, "SELECT DISTINCT ?p WHERE { ?s ?p ?o }")}
    assert {str(description.value(p, VOID.property)) for p in partitions} == properties
    for partition in partitions:
        prop = description.value(partition, VOID.property)
        expected = count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{prop}> ?o }}")
        assert description.value(partition, VOID.triples).toPython() == expected, prop


def test_catalogue_record_fields(description: Graph) -> None:
    dataset = URIRef(f"{BASE}dataset")
    for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.license, DCTERMS.publisher, DCTERMS.issued,
                 DCTERMS.modified, VOID.sparqlEndpoint, VOID.dataDump, VOID.exampleResource, VOID.vocabulary):
        assert description.value(dataset, prop) is not None, prop
    assert URIRef("https://w3id.org/cdkg/ontology#") in set(description.objects(dataset, VOID.vocabulary))
    dump = URIRef("https://example.org/cdkg.ttl")
    assert (dump, RDF.type, DCAT.Distribution) in description
    assert description.value(dump, DCAT.byteSize).toPython() == 10


def test_jsonld_compacted_with_the_context_expands_to_the_same_graph(built_kg: Path) -> None:
    original = Graph().parse(built_kg)
    context = build_context(load_ontology(), BASE)
    body = compact_jsonld(original, context)
    assert isomorphic(Graph().parse(data=body, format="json-ld"), original)
    nodes = {n["@id"]: n for n in json.loads(body)["@graph"]}
    albania = nodes["id:state/albania"]
    assert albania["@type"] == "State" and albania["label"] == "Albania"
    claim = next(n for n in nodes.values() if n.get("@type") == "AgreementClaim" and n.get("year") == "2013")
    assert claim["claimSubject"] == "id:state/albania" and claim["status"] == "cdo:Signed"
    assert claim["relation"] == "cdo:hasAgreementWith"
    assert compact_jsonld(original, context) == body  # stable bytes


def test_context_short_keys_and_coercions() -> None:
    context = build_context(load_ontology(), BASE)
    assert context["id"] == BASE and context["cdo"] == "https://w3id.org/cdkg/ontology#"
    assert context["year"] == {"@id": "cdo:year", "@type": "xsd:gYear"}
    assert context["claimSubject"] == {"@id": "cdo:claimSubject", "@type": "@id"}
    assert context["confidence"] == {"@id": "cdo:confidence", "@type": "xsd:decimal"}
    assert context["exact"] == {"@id": "oa:exact", "@type": "xsd:string"}
    assert context["State"] == "cdo:State"


def test_invented_graph_round_trips_through_the_context() -> None:
    graph = Graph().parse(data="""
        @prefix cdo: <https://w3id.org/cdkg/ontology#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        <https://w3id.org/cdkg/id/claim/x> a cdo:Membership ; cdo:year "1999"^^xsd:gYear ; cdo:year "2000" ;
            cdo:claimObject <https://w3id.org/cdkg/id/org/y> , "not an IRI" ; cdo:confidence 0.5 , 1 .
        """, format="turtle")
    body = compact_jsonld(graph, build_context(load_ontology(), BASE))
    assert isomorphic(Graph().parse(data=body, format="json-ld"), graph)


@pytest.fixture(scope="module")
def client(store: ox.Store):  # type: ignore[no-untyped-def]
    return create_app({"public_url": "https://cdkg.example.org"}, store=store).test_client()


def test_well_known_void_in_turtle_and_jsonld(client, store: ox.Store) -> None:  # type: ignore[no-untyped-def]
    turtle = client.get("/.well-known/void")
    assert turtle.status_code == 200 and turtle.mimetype == "text/turtle"
    graph = Graph().parse(data=turtle.data, format="turtle")
    dataset = URIRef(f"{BASE}dataset")
    assert graph.value(dataset, VOID.sparqlEndpoint) == URIRef("https://cdkg.example.org/sparql")
    assert graph.value(dataset, VOID.triples).toPython() == count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    jsonld = client.get("/.well-known/void", headers={"Accept": "application/ld+json"})
    assert jsonld.mimetype == "application/ld+json"
    assert isomorphic(Graph().parse(data=jsonld.data, format="json-ld"), graph)
    assert client.get("/.well-known/void", headers={"Accept": "image/png"}).status_code == 406


def test_context_is_served_to_any_origin(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/ontology/context.jsonld")
    assert response.status_code == 200 and response.mimetype == "application/ld+json"
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert json.loads(response.data)["@context"]["party"] == {"@id": "cdo:party", "@type": "@id"}


def test_home_page_and_endpoint_link_to_the_description(client) -> None:  # type: ignore[no-untyped-def]
    for path in ("/", "/sparql"):
        assert '</.well-known/void>; rel="describedby"' in client.get(path).headers.get("Link", ""), path
    assert "Link" not in client.get("/queries").headers


def test_cdkg_export_jsonld_is_compacted_and_expands_to_the_same_graph(built_kg: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner
    from rdflib.compare import isomorphic

    from cdkg.cli import cli

    out = tmp_path / "kg.jsonld"
    result = CliRunner().invoke(cli, ["export", "--kg", str(built_kg), "--format", "jsonld", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert '"claimSubject"' in text and '"id:state/albania"' in text
    from cdkg.store import load_graph_file, to_rdflib

    served = to_rdflib(load_graph_file(built_kg))  # the graph as the store holds it (canonical literals)
    assert isomorphic(Graph().parse(data=text, format="json-ld"), served)


def test_the_home_page_links_the_dataset_description(built_kg: Path) -> None:
    from cdkg.server import create_app
    from cdkg.store import load_graph_file

    client = create_app({}, store=load_graph_file(built_kg)).test_client()
    assert 'href="/.well-known/void"' in client.get("/", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert client.get("/.well-known/void", headers={"Accept": "text/html"}).status_code == 200
