"""The SPARQL 1.1 Service Description of the endpoint (sd:Service), built with rdflib."""

from __future__ import annotations

from rdflib import BNode, Graph, Namespace, URIRef
from rdflib.namespace import RDF, RDFS

from cdkg.sparql import GRAPH_FORMATS, RESULT_FORMATS

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}
RESULT_FORMAT_IRIS = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV"]
GRAPH_FORMAT_IRIS = ["Turtle", "N-Triples", "JSON-LD", "RDF_XML"]


def description_graph(endpoint: str) -> Graph:
    """The sd:Service graph for an endpoint URL."""
    graph = Graph()
    graph.bind("sd", SD)
    service = URIRef(endpoint)
    graph.add((service, RDF.type, SD.Service))
    graph.add((service, SD.endpoint, service))
    graph.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    for name in RESULT_FORMAT_IRIS + GRAPH_FORMAT_IRIS:
        graph.add((service, SD.resultFormat, FORMATS[name]))
    dataset, default = BNode(), BNode()
    graph.add((service, SD.defaultDataset, dataset))
    graph.add((dataset, RDF.type, SD.Dataset))
    graph.add((dataset, SD.defaultGraph, default))
    graph.add((default, RDF.type, SD.Graph))
    void = URIRef(endpoint.rsplit("/sparql", 1)[0] + "/.well-known/void")
    graph.add((dataset, RDFS.seeAlso, void))  # the VoID/DCAT description of the data
    return graph


def service_description(endpoint: str, fmt: str) -> tuple[bytes, str]:
    """The description serialised in a GRAPH_FORMATS key, with its media type."""
    body = description_graph(endpoint).serialize(format=RDFLIB_FORMATS[fmt], encoding="utf-8")
    return body, GRAPH_FORMATS[fmt].media_type


__all__ = ["service_description", "description_graph", "RESULT_FORMATS"]
