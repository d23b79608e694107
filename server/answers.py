"""Query answers read quickly for the pages: SELECT rows as plain strings, CONSTRUCT graphs parsed by Oxigraph.

The pages run several queries per request; rdflib's own result and N-Triples parsers took about half
of a state page's time. Rows here are ``{variable: value}`` with unbound variables left out.
"""

from __future__ import annotations

import json

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from cdkg.server.service import GraphService

_STRING = str(XSD.string)


def select_strings(service: GraphService, query: str) -> list[dict[str, str]]:
    """The rows of a SELECT query, each value as its plain string."""
    data = json.loads(service.run(service.job(query, "json")).body)
    return [{name: term["value"] for name, term in row.items()} for row in data["results"]["bindings"]]


def _term(term: object) -> Identifier:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    assert isinstance(term, ox.Literal)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value) if datatype == _STRING else Literal(term.value, datatype=URIRef(datatype))


def construct_graph(service: GraphService, query: str) -> Graph:
    """The graph of a CONSTRUCT query, as rdflib terms."""
    body = service.run(service.job(query, "ntriples")).body
    graph = Graph()
    graph.addN((_term(t.subject), _term(t.predicate), _term(t.object), graph)
               for t in ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
    return graph
