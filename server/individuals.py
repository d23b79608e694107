"""What the graph says about one individual, gathered for its page: statements, facts and their evidence."""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from cdkg.ontology import load_ontology
from cdkg.server.errors import ApiError
from cdkg.server.service import GraphService
from cdkg.namespaces import OA
from cdkg.vocabulary import CDO

GENERIC_ROLES = (CDO.claimSubject, CDO.claimObject)
FACT_ROLES = (*GENERIC_ROLES, CDO.member, CDO.organisation, CDO.actor, CDO.partner, CDO.chairedBody, CDO.activity,
              CDO.issuedBy, CDO.fundedBy, CDO.organisedBy, CDO.mergedBody, CDO.successor, CDO.forum, CDO.through,
              CDO.region, CDO.introducedAt)
TITLE_PROPERTIES = (RDFS.label, SKOS.prefLabel)


@dataclass(frozen=True)
class Value:
    """One value of a property: an IRI with its label, or a literal's text (iri empty)."""

    text: str
    iri: str = ""


@dataclass
class Statements:
    """The values one property gives (or, for incoming statements, the subjects pointing here)."""

    property_iri: str
    property_label: str
    values: list[Value]


@dataclass
class Evidence:
    """One supporting sentence and every document it was read in."""

    quote: str
    confidence: str
    documents: list[Value] = field(default_factory=list)


@dataclass
class FactRow:
    """A fact naming the individual, with the other individuals it names and its evidence."""

    iri: str
    label: str
    kind: str
    year: str
    status: str
    others: list[tuple[str, Value]]
    evidence: list[Evidence]
    via: str = ""  # the part of the organisation the fact names ("via NCIRC" on NATO's page)
    curated: str = ""  # the curator's note when the fact was curated, not extracted


@dataclass
class Individual:
    """Everything the page shows about one IRI."""

    iri: str
    label: str
    types: list[Value]
    is_actor: bool
    evidence: list[Evidence]
    facts: list[tuple[str, list[FactRow]]]
    outgoing: list[Statements]
    incoming: list[Statements]


def sparql_iri(iri: str) -> str:
    """The IRI written for a query (``<…>``), or 404 if it is not a valid IRI.

    A page's IRI comes from its URL path: checking it here keeps a path such as
    ``/id/x> <p> "o" . …`` from writing its own triples into the query.
    """
    try:
        return str(ox.NamedNode(iri))
    except ValueError:
        raise ApiError(404, "no individual has this address: it is not a valid IRI") from None


def describe(service: GraphService, iri: str) -> Graph:
    """The triples around the IRI: its own, those pointing at it, its facts, their evidence and documents."""
    node = sparql_iri(iri)
    roles = " ".join(f"<{role}>" for role in FACT_ROLES)
    query = f"""CONSTRUCT {{ {node} ?p ?o . ?s ?q {node} . ?f ?fp ?fo . ?e ?ep ?eo . ?d ?dp ?do . ?x ?xp ?xo .
                          ?sel ?sp ?so }}
    WHERE {{
      {{ {node} ?p ?o }} UNION {{ ?s ?q {node} }}
      UNION {{ ?f ?role {node} . ?f ?fp ?fo . VALUES ?role {{ {roles} }} }}
      UNION {{ ?part <{CDO.partOf}> {node} . ?f ?role ?part . ?f ?fp ?fo . VALUES ?role {{ {roles} }} }}
      UNION {{ {{ ?f ?role {node} }} UNION {{ BIND({node} AS ?f) }} UNION {{ ?part <{CDO.partOf}> {node} . ?f ?role ?part }}
               ?f <{CDO.hasEvidence}> ?e . ?e ?ep ?eo .
               OPTIONAL {{ ?e <{OA.hasSource}> ?d . ?d ?dp ?do }}
               OPTIONAL {{ ?e <{OA.hasSelector}> ?sel . ?sel ?sp ?so }} }}
      UNION {{ {{ {node} ?p2 ?x }} UNION {{ ?x ?q2 {node} }} UNION {{ ?f3 ?r3 {node} . ?f3 ?p3 ?x }}
               UNION {{ ?part <{CDO.partOf}> {node} . ?f4 ?r4 ?part . ?f4 ?p4 ?x }}
               ?x ?xp ?xo . FILTER(?xp IN (<{RDFS.label}>, <{RDF.type}>, <{DCTERMS.title}>)) }}
    }}"""
    return service.construct(query)


@functools.lru_cache(maxsize=1)
def _ontology() -> Graph:
    return load_ontology()


@functools.lru_cache(maxsize=1)
def term_labels() -> dict[str, str]:
    """English labels of the ontology's terms (classes, properties, statuses)."""
    return {str(s): str(o) for s, o in _ontology().subject_objects(RDFS.label) if getattr(o, "language", None) == "en"}


@functools.lru_cache(maxsize=256)
def superclasses(cls: URIRef) -> frozenset[URIRef]:
    """The class and all its superclasses in the ontology."""
    return frozenset(_ontology().transitive_objects(cls, RDFS.subClassOf))


def label_of(graph: Graph, node: object) -> str:
    """The English label of a node (from the graph, else the ontology), else its local name."""
    if isinstance(node, Literal):
        return str(node)
    for predicate in (RDFS.label, DCTERMS.title):
        for candidate in graph.objects(node, predicate):  # type: ignore[arg-type]
            if getattr(candidate, "language", None) in ("en", None):
                return str(candidate)
    return term_labels().get(str(node)) or str(node).rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def value_of(graph: Graph, node: object) -> Value:
    """A node as shown on a page: an IRI with its label, or a literal's text."""
    if isinstance(node, URIRef):
        return Value(label_of(graph, node), str(node))
    return Value(str(node))


def _evidence(graph: Graph, fact: URIRef) -> list[Evidence]:
    """The fact's evidence: one entry per distinct quote, listing every document that carries it."""
    by_quote: dict[str, Evidence] = {}
    for node in sorted(graph.objects(fact, CDO.hasEvidence)):
        quote = evidence_quote(graph, node)
        confidence = graph.value(node, CDO.confidence) or graph.value(fact, CDO.confidence) or ""
        entry = by_quote.setdefault(quote, Evidence(quote, str(confidence)))
        document = graph.value(node, OA.hasSource)
        if document is not None and value_of(graph, document) not in entry.documents:
            entry.documents.append(value_of(graph, document))
    for entry in by_quote.values():
        entry.documents.sort(key=lambda document: document.text)
    return list(by_quote.values())


def evidence_quote(graph: Graph, evidence: URIRef) -> str:
    """The quoted text of an evidence node (its quote selector's oa:exact), whitespace collapsed."""
    for selector in graph.objects(evidence, OA.hasSelector):
        exact = graph.value(selector, OA.exact)
        if exact is not None:
            return " ".join(str(exact).split())
    return ""


def _others(graph: Graph, fact: URIRef, node: URIRef) -> list[tuple[str, Value]]:
    """(role label, individual) for everyone else the fact names (its own roles before the generic ones)."""
    typed = {other for role in FACT_ROLES if role not in GENERIC_ROLES for other in graph.objects(fact, role)}
    found = {(label_of(graph, role), value_of(graph, other)) for role in FACT_ROLES
             for other in graph.objects(fact, role)
             if other != node and not (role in GENERIC_ROLES and other in typed)}
    return sorted(found, key=lambda pair: (pair[0], pair[1].text))


def _curated_note(graph: Graph, fact: URIRef) -> str:
    if graph.value(fact, PROV.wasAttributedTo) is None:
        return ""
    return str(graph.value(fact, RDFS.comment) or "added by a curator")


def _fact_row(graph: Graph, fact: URIRef, node: URIRef, via: URIRef | None = None) -> FactRow:
    kind = min((label_of(graph, t) for t in graph.objects(fact, RDF.type)), default="")
    status = graph.value(fact, CDO.status)
    named = via if via is not None else node
    return FactRow(str(fact), label_of(graph, fact), kind, str(graph.value(fact, CDO.year) or ""),
                   label_of(graph, status) if status is not None else "", _others(graph, fact, named),
                   _evidence(graph, fact), label_of(graph, via) if via is not None else "",
                   _curated_note(graph, fact))


def facts_about(graph: Graph, node: URIRef) -> list[tuple[str, list[FactRow]]]:
    """Facts naming the node, or one of its parts ("via"), in one of their roles, grouped by kind."""
    facts = {(s, None) for role in FACT_ROLES for s in graph.subjects(role, node) if isinstance(s, URIRef)}
    for part in graph.subjects(CDO.partOf, node):
        facts |= {(s, part) for role in FACT_ROLES for s in graph.subjects(role, part) if isinstance(s, URIRef)}
    groups: dict[str, list[FactRow]] = defaultdict(list)
    for row in (_fact_row(graph, fact, node, via) for fact, via in facts):
        groups[row.kind].append(row)
    return [(kind, sorted(rows, key=lambda r: (r.year, r.label))) for kind, rows in sorted(groups.items())]


def _grouped(pairs: list[tuple[URIRef, object]], graph: Graph) -> list[Statements]:
    """(property, value) pairs as one Statements per property, sorted by property label."""
    by_property: dict[URIRef, set[Value]] = defaultdict(set)
    for predicate, value in pairs:
        by_property[predicate].add(value_of(graph, value))
    groups = [Statements(str(p), label_of(graph, p), sorted(v, key=lambda x: x.text)) for p, v in by_property.items()]
    return sorted(groups, key=lambda group: group.property_label.lower())


def _statements(graph: Graph, node: URIRef, shown_elsewhere: set[URIRef]) -> tuple[list[Statements], list[Statements]]:
    outgoing = [(p, o) for p, o in graph.predicate_objects(node) if p not in shown_elsewhere]
    incoming = [(p, s) for s, p in graph.subject_predicates(node)]
    return _grouped(outgoing, graph), _grouped(incoming, graph)  # type: ignore[arg-type]


def individual(service: GraphService, iri: str) -> Individual | None:
    """The individual's page content, or None when the graph says nothing about it."""
    graph = describe(service, iri)
    node = URIRef(iri)
    if (node, None, None) not in graph and (None, None, node) not in graph:
        return None
    types = set(graph.objects(node, RDF.type))
    evidence = _evidence(graph, node)
    shown = {RDF.type, RDFS.label, *([CDO.hasEvidence] if evidence else [])}
    outgoing, incoming = _statements(graph, node, shown)
    return Individual(iri, label_of(graph, node), sorted((value_of(graph, t) for t in types), key=lambda v: v.text),
                      any(CDO.Actor in superclasses(t) for t in types if isinstance(t, URIRef)), evidence, facts_about(graph, node), outgoing, incoming)
