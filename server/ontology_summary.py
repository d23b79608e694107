"""A plain summary of the ontology (terms, labels, definitions) for the built-in docs page used without pyLODE."""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from cdkg.ontology import ONTOLOGY_NAMESPACE
from cdkg.server.individuals import label_of

SECTIONS = (("Classes", OWL.Class), ("Object properties", OWL.ObjectProperty),
            ("Datatype properties", OWL.DatatypeProperty), ("Individuals", OWL.NamedIndividual))


def _labels(graph: Graph, nodes: object) -> str:
    return ", ".join(sorted(label_of(graph, n) for n in nodes if isinstance(n, URIRef)))  # type: ignore[attr-defined]


def term_entry(graph: Graph, term: URIRef) -> dict[str, str]:
    """One term: its local name, label, definition, parents, domain and range."""
    parents = _labels(graph, graph.objects(term, RDFS.subClassOf)) or _labels(graph, graph.objects(term, RDFS.subPropertyOf))
    return {"iri": str(term), "name": str(term)[len(ONTOLOGY_NAMESPACE):], "label": label_of(graph, term),
            "definition": str(graph.value(term, SKOS.definition) or ""), "parents": parents,
            "domain": _labels(graph, graph.objects(term, RDFS.domain)),
            "range": _labels(graph, graph.objects(term, RDFS.range))}


def entries(graph: Graph, kind: URIRef) -> list[dict[str, str]]:
    """The ontology's own terms of one kind, sorted by IRI."""
    terms = sorted(t for t in graph.subjects(RDF.type, kind) if str(t).startswith(ONTOLOGY_NAMESPACE))
    return [term_entry(graph, t) for t in terms if isinstance(t, URIRef)]


def summarise(graph: Graph) -> dict[str, object]:
    """The ontology's IRI, its metadata by local name, and its terms by section."""
    ontology_iri = next(graph.subjects(RDF.type, OWL.Ontology))
    meta = {str(p).rsplit("/", 1)[-1].rsplit("#", 1)[-1]: str(o) for p, o in graph.predicate_objects(ontology_iri)}
    return {"iri": str(ontology_iri), "meta": meta,
            "sections": [(title, entries(graph, kind)) for title, kind in SECTIONS]}
