"""What the graph says about one individual, gathered for its page: statements, facts and their evidence."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from cdkg.ontology import load_ontology
from cdkg.server.service import GraphService
from cdkg.vocabulary import CDO

FACT_ROLES = (CDO.party, CDO.member, CDO.organisation, CDO.actor, CDO.partner, CDO.chairedBody, CDO.activity,
              CDO.issuedBy, CDO.fundedBy, CDO.organisedBy, CDO.mergedBody, CDO.successor, CDO.forum, CDO.through)


@dataclass
class Evidence:
    """One supporting sentence."""

    quote: str
    document: str
    confidence: str


@dataclass
class FactRow:
    """A fact node about the individual, with its attributes and evidence."""

    iri: str
    label: str
    kind: str
    year: str = ""
    status: str = ""
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Individual:
    """Everything the page shows about one IRI."""

    iri: str
    label: str
    types: list[str]
    outgoing: list[tuple[str, str, str]]
    incoming: list[tuple[str, str, str]]
    facts: list[FactRow]
    labels: dict[str, str]


def describe(service: GraphService, iri: str) -> Graph:
    """The triples around the IRI: its own, those pointing at it, and its facts' evidence and documents."""
    node = f"<{iri}>"
    query = f"""CONSTRUCT {{ {node} ?p ?o . ?s ?q {node} . ?f ?fp ?fo . ?e ?ep ?eo . ?d ?dp ?do . ?x ?xp ?xo }}
    WHERE {{
      {{ {node} ?p ?o }} UNION {{ ?s ?q {node} }}
      UNION {{ ?f ?role {node} . ?f ?fp ?fo . VALUES ?role {{ {' '.join(f'<{r}>' for r in FACT_ROLES)} }} }}
      UNION {{ {{ ?f ?role {node} }} UNION {{ BIND({node} AS ?f) }} ?f <{CDO.hasEvidence}> ?e . ?e ?ep ?eo .
               OPTIONAL {{ ?e <{CDO.inDocument}> ?d . ?d ?dp ?do }} }}
      UNION {{ {{ {node} ?p2 ?x }} UNION {{ ?x ?q2 {node} }} UNION {{ ?f3 ?r3 {node} . ?f3 ?p3 ?x }}
               ?x ?xp ?xo . FILTER(?xp IN (<{RDFS.label}>, <{RDF.type}>)) }}
    }}"""
    return service.construct(query)


@functools.lru_cache(maxsize=1)
def term_labels() -> dict[str, str]:
    """English labels of the ontology's terms (classes, properties, statuses)."""
    ontology = load_ontology()
    return {str(s): str(o) for s, o in ontology.subject_objects(RDFS.label) if getattr(o, "language", None) == "en"}


def label_of(graph: Graph, node: object) -> str:
    """The English label of a node (from the graph, else the ontology), else its local name."""
    if isinstance(node, Literal):
        return str(node)
    for candidate in graph.objects(node, RDFS.label):  # type: ignore[arg-type]
        if getattr(candidate, "language", None) in ("en", None):
            return str(candidate)
    if str(node) in term_labels():
        return term_labels()[str(node)]
    text = str(node)
    return text.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _evidence(graph: Graph, fact: URIRef) -> list[Evidence]:
    """The fact's evidence, one row per distinct quote listing every document that carries it."""
    by_quote: dict[str, Evidence] = {}
    for node in sorted(graph.objects(fact, CDO.hasEvidence)):
        document = graph.value(node, CDO.inDocument)
        title = str(graph.value(document, URIRef("http://purl.org/dc/terms/title")) or label_of(graph, document)) if document else ""
        quote = str(graph.value(node, CDO.quote) or "")
        row = by_quote.setdefault(quote, Evidence(quote, "", str(graph.value(node, CDO.confidence) or "")))
        row.document = "; ".join(filter(None, [row.document, title]))
    return list(by_quote.values())


def _fact_row(graph: Graph, fact: URIRef) -> FactRow:
    kind = next((label_of(graph, t) for t in graph.objects(fact, RDF.type)), "")
    status = graph.value(fact, CDO.status)
    return FactRow(str(fact), label_of(graph, fact), kind, str(graph.value(fact, CDO.year) or ""),
                   label_of(graph, status) if status is not None else "", _evidence(graph, fact))


def _facts(graph: Graph, node: URIRef) -> list[FactRow]:
    facts = {s for role in FACT_ROLES for s in graph.subjects(role, node) if isinstance(s, URIRef)}
    if any(graph.objects(node, CDO.hasEvidence)):
        facts.add(node)
    return sorted((_fact_row(graph, f) for f in facts), key=lambda row: (row.kind, row.year, row.label))


def individual(service: GraphService, iri: str) -> Individual | None:
    """The individual's page content, or None when the graph says nothing about it."""
    graph = describe(service, iri)
    node = URIRef(iri)
    if (node, None, None) not in graph and (None, None, node) not in graph:
        return None
    skip = {RDFS.label, SKOS.prefLabel}
    outgoing = sorted((str(p), str(o), label_of(graph, o)) for p, o in graph.predicate_objects(node) if p not in skip and p != RDF.type)
    incoming = sorted((str(p), str(s), label_of(graph, s)) for s, p in graph.subject_predicates(node))
    labels = {str(t): label_of(graph, t) for t in set(graph.predicates()) | set(graph.objects(node, RDF.type))}
    types = sorted(label_of(graph, t) for t in graph.objects(node, RDF.type))
    return Individual(iri, label_of(graph, node), types, outgoing, incoming, _facts(graph, node), labels)
