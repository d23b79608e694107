"""What the graph says about one individual, gathered for its page: statements, facts and their evidence."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from cdkg.ontology import load_ontology
from cdkg.server.errors import ApiError
from cdkg.server.citations import EVIDENCE_LINK, Citation, citations
from cdkg.server.answers import construct_graph, select_strings
from cdkg.server.service import GraphService
from cdkg.vocabulary import CDO

GENERIC_ROLES = (CDO.claimSubject, CDO.claimObject)
FACT_ROLES = (*GENERIC_ROLES, CDO.member, CDO.organisation, CDO.actor, CDO.partner, CDO.chairedBody, CDO.activity,
              CDO.issuedBy, CDO.fundedBy, CDO.organisedBy, CDO.mergedBody, CDO.successor, CDO.forum, CDO.through,
              CDO.region, CDO.introducedAt,
              # the whole profile's claims (issue 13): what was voted on, suffered, attributed, joined, signed
              CDO.resolution, CDO.incident, CDO.attributedTo, CDO.jointlyWith, CDO.instrument, CDO.initiative,
              CDO.alignedWith, CDO.soughtMembership, CDO.statedIn)
# Where a claim keeps its status: most claims in cdo:status, a vote in cdo:vote, a candidacy in cdo:candidacyStatus.
STATUS_PROPERTIES = (CDO.status, CDO.vote, CDO.candidacyStatus)
TOPIC_PROPERTIES = (CDO.topic, CDO.policyTopic)
# What a participation names: it is placed in the profile where that thing goes (an exercise, a UN process).
NAMED_PROPERTIES = (CDO.activity, CDO.claimObject)
TITLE_PROPERTIES = (RDFS.label, SKOS.prefLabel)
_CAMEL_IN_PARENTHESES = re.compile(r"\((?:[A-Z][a-z]+){2,}\)")


def fact_pattern(node: str) -> str:
    """SPARQL binding ?f to the facts shown on the node's page, and ?via to the part they name.

    The one place that says which facts belong on a page: those naming the node in one of their
    roles, and those naming one of its parts (an organisation's page lists what was signed with its
    bodies: NATO's shows Albania's MoU with NCIRC, "via" NCIRC).
    """
    roles = " ".join(f"<{role}>" for role in FACT_ROLES)
    return (f"{{ {{ VALUES ?role {{ {roles} }} ?f ?role {node} . }} UNION "
            f"{{ VALUES ?role {{ {roles} }} ?via <{CDO.partOf}> {node} . ?f ?role ?via . }} }}")


def sparql_iri(iri: str) -> str:
    """The IRI written for a query (``<…>``), or 404 if it is not a valid IRI.

    A page's IRI comes from its URL path: checking it here keeps a path such as
    ``/id/x> <p> "o" . …`` from writing its own triples into the query.
    """
    try:
        return str(ox.NamedNode(iri))
    except ValueError:
        raise ApiError(404, "no individual has this address: it is not a valid IRI") from None


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
class Source:
    """A document a sentence was read in: its title and IRI, its address, and the sentence's place in it."""

    title: str
    iri: str
    url: str
    sentence: str


@dataclass
class Evidence:
    """One supporting sentence and every document it was read in."""

    quote: str
    confidence: str
    sources: list[Source] = field(default_factory=list)

    @property
    def documents(self) -> list[Value]:
        """The documents as values (title and IRI)."""
        return [Value(source.title, source.iri) for source in self.sources]


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
    classes: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    via: str = ""  # the part of the organisation the fact names ("via NCIRC" on NATO's page)
    curated: str = ""  # the curator's note when the fact was curated, not extracted
    named: list[str] = field(default_factory=list)  # the classes of what it names (places a participation)

    @property
    def section(self) -> str:
        """The atlas section this fact belongs to."""
        from cdkg.server.sections import section_of

        return section_of(self.classes, self.topics, self.named)


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
    types_iris: list[str] = field(default_factory=list)
    citation: Citation | None = None

    @property
    def by_section(self) -> list[tuple[str, str, list[tuple[str, list[FactRow]]]]]:
        """(section key, section title, [(kind, facts)]) in the atlas's order, empty sections left out."""
        from cdkg.server.sections import SECTIONS

        found = []
        for key, title in SECTIONS:
            kinds = [(kind, [r for r in rows if r.section == key]) for kind, rows in self.facts]
            kinds = [(kind, rows) for kind, rows in kinds if rows]
            if kinds:
                found.append((key, title, kinds))
        return found

    @property
    def fact_rows(self) -> list[FactRow]:
        """Every fact on the page, in page order."""
        return [row for _, rows in self.facts for row in rows]

    def has_type(self, iri: object) -> bool:
        """Whether the individual is typed with this class."""
        return str(iri) in self.types_iris


def describe(service: GraphService, iri: str) -> Graph:
    """The triples around the IRI: its own, those pointing at it, its facts, their evidence and documents.

    The names and types of everything those triples mention are read for the distinct things found first
    (a subquery): joined directly, Oxigraph took 30 s for a state on a 30,000-triple graph, 0.01 s this way.
    """
    node = sparql_iri(iri)
    query = f"""CONSTRUCT {{ {node} ?p ?o . ?s ?q {node} . ?f ?fp ?fo . ?e <{CDO.confidence}> ?c . ?x ?xp ?xo }}
    WHERE {{
      {{ {node} ?p ?o }} UNION {{ ?s ?q {node} }}
      UNION {{ {fact_pattern(node)} ?f ?fp ?fo . }}
      UNION {{ {{ {fact_pattern(node)} }} UNION {{ BIND({node} AS ?f) }} ?f <{EVIDENCE_LINK}> ?e .
               ?e <{CDO.confidence}> ?c }}
      UNION {{ {{ SELECT DISTINCT ?x WHERE {{ {{ {node} ?p2 ?x }} UNION {{ ?x ?q2 {node} }} UNION {{ ?f3 ?r3 {node} . ?f3 ?p3 ?x }}
                                              UNION {{ {fact_pattern(node)} ?f ?p4 ?x }} }} }}
               ?x ?xp ?xo . FILTER(?xp IN (<{RDFS.label}>, <{RDF.type}>, <{DCTERMS.title}>)) }}
    }}"""
    return construct_graph(service, query)


@functools.lru_cache(maxsize=1)
def _ontology() -> Graph:
    return load_ontology()


def ontology_graph() -> Graph:
    """The ontology, read once."""
    return _ontology()


@functools.lru_cache(maxsize=1)
def term_labels() -> dict[str, str]:
    """English labels of the ontology's terms (classes, properties, statuses)."""
    return {str(s): str(o) for s, o in _ontology().subject_objects(RDFS.label) if getattr(o, "language", None) == "en"}


@functools.lru_cache(maxsize=256)
def superclasses(cls: URIRef) -> frozenset[URIRef]:
    """The class and all its superclasses in the ontology."""
    return frozenset(_ontology().transitive_objects(cls, RDFS.subClassOf))


def human_words(text: str) -> str:
    """A label with an ontology name in parentheses put in words: "(UnderNegotiation)" → "(under negotiation)"."""
    return _CAMEL_IN_PARENTHESES.sub(lambda m: "(" + re.sub(r"(?<=[a-z])(?=[A-Z])", " ", m.group(0)[1:-1]).lower() + ")", text)


def label_of(graph: Graph, node: object) -> str:
    """The English label of a node (from the graph, else the ontology), else its local name."""
    if isinstance(node, Literal):
        return str(node)
    for predicate in (RDFS.label, DCTERMS.title):
        for candidate in graph.objects(node, predicate):  # type: ignore[arg-type]
            if getattr(candidate, "language", None) in ("en", None):
                return human_words(str(candidate))
    return term_labels().get(str(node)) or str(node).rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def value_of(graph: Graph, node: object) -> Value:
    """A node as shown on a page: an IRI with its label, or a literal's text."""
    if isinstance(node, URIRef):
        return Value(label_of(graph, node), str(node))
    return Value(str(node))


def evidence_entries(nodes: Iterable[tuple[str, str]], cited: dict[str, Citation],
                     title_of: Callable[[str], str] = lambda iri: iri.rsplit("/", 1)[-1]) -> list[Evidence]:
    """Evidence as pages show it: one entry per distinct quote, listing every document that carries it.

    Args:
        nodes: (evidence IRI, confidence) pairs, in the order to show them.
        cited: the citations of those evidence nodes (``citations.citations``).
        title_of: a document's title when its citation has none.
    """
    from cdkg.server.pages import page_link, sentence_link

    by_quote: dict[str, Evidence] = {}
    for node, confidence in nodes:
        citation = cited.get(node) or Citation(node, "")
        entry = by_quote.setdefault(citation.quote, Evidence(citation.quote, confidence))
        source = Source(citation.title or title_of(citation.source) if citation.source else "",
                        citation.source, citation.url, sentence_link(citation) or page_link(node) or "")
        if citation.source and all(s.iri != source.iri for s in entry.sources):
            entry.sources.append(source)
    for entry in by_quote.values():
        entry.sources.sort(key=lambda source: source.title)
    return list(by_quote.values())


def _evidence(graph: Graph, fact: URIRef, cited: dict[str, Citation]) -> list[Evidence]:
    """The fact's evidence: one entry per distinct quote, listing every document that carries it."""
    nodes = [(str(node), str(graph.value(node, CDO.confidence) or graph.value(fact, CDO.confidence) or ""))
             for node in sorted(graph.objects(fact, EVIDENCE_LINK))]
    return evidence_entries(nodes, cited, lambda iri: label_of(graph, URIRef(iri)))


def _others(graph: Graph, fact: URIRef, node: URIRef) -> list[tuple[str, Value]]:
    """(role label, individual) for everyone else the fact names (its own roles before the generic ones)."""
    typed = {other for role in FACT_ROLES if role not in GENERIC_ROLES for other in graph.objects(fact, role)}
    found = {(label_of(graph, role), value_of(graph, other)) for role in FACT_ROLES
             for other in graph.objects(fact, role)
             if other != node and not (role in GENERIC_ROLES and other in typed)}
    return sorted(found, key=lambda pair: (pair[0], pair[1].text))


GENERIC_CLAIMS = frozenset({str(CDO.Claim), str(CDO.RelationClaim), str(CDO.AgreementClaim), str(CDO.Issuance)})


def kind_terms(types: list[str], agreement_types: list[str], object_types: list[str], relation: str) -> list[str]:
    """What kind of fact this is, as ontology terms: an agreement claim's agreement class, an issuance's
    document class, a relation claim's relation; otherwise the fact's own (most telling) classes."""
    if agreement_types:
        return sorted(agreement_types)
    if str(CDO.Issuance) in types and object_types:
        return sorted(object_types)
    specific = sorted(t for t in types if t not in GENERIC_CLAIMS)
    return specific or ([relation] if relation else sorted(types))


def kind_label(graph: Graph, terms: list[str]) -> str:
    """The kind's name, capitalised ("agency of" → "Agency of")."""
    label = min((label_of(graph, URIRef(t)) for t in terms), default="")
    return label[:1].upper() + label[1:]


def _fact_kind(graph: Graph, fact: URIRef) -> list[str]:
    agreement = graph.value(fact, CDO.agreement)
    target = graph.value(fact, CDO.claimObject)
    return kind_terms([str(t) for t in graph.objects(fact, RDF.type)],
                      [str(t) for t in graph.objects(agreement, RDF.type)] if agreement is not None else [],
                      [str(t) for t in graph.objects(target, RDF.type)] if target is not None else [],
                      str(graph.value(fact, CDO.relation) or ""))


def _curated_note(graph: Graph, fact: URIRef) -> str:
    """The curator's note of a curated fact ("" for an extracted one)."""
    if graph.value(fact, PROV.wasAttributedTo) is None:
        return ""
    return str(graph.value(fact, RDFS.comment) or "added by a curator")


def _status(graph: Graph, fact: URIRef) -> str:
    """The label of the claim's status (a vote's value, a candidacy's status), "" without one."""
    status = next((graph.value(fact, p) for p in STATUS_PROPERTIES if graph.value(fact, p) is not None), None)
    return label_of(graph, status) if status is not None else ""


def _named_classes(graph: Graph, fact: URIRef) -> list[str]:
    return sorted({str(t) for p in NAMED_PROPERTIES for thing in graph.objects(fact, p) for t in graph.objects(thing, RDF.type)})


def _fact_row(graph: Graph, fact: URIRef, node: URIRef, cited: dict[str, Citation], via: str = "") -> FactRow:
    kinds = _fact_kind(graph, fact)
    named = URIRef(via) if via else node
    return FactRow(str(fact), label_of(graph, fact), kind_label(graph, kinds), str(graph.value(fact, CDO.year) or ""),
                   _status(graph, fact), _others(graph, fact, named), _evidence(graph, fact, cited), kinds,
                   sorted(str(t) for p in TOPIC_PROPERTIES for t in graph.objects(fact, p)),
                   label_of(graph, URIRef(via)) if via else "", _curated_note(graph, fact), _named_classes(graph, fact))


def fact_iris(service: GraphService, iri: str) -> dict[URIRef, str]:
    """The facts on the individual's page, each with the part it goes through ("" when direct)."""
    rows = select_strings(service, f"SELECT DISTINCT ?f ?via WHERE {{ {fact_pattern(sparql_iri(iri))} FILTER(isIRI(?f)) }}")
    found: dict[URIRef, str] = {}
    for row in sorted(rows, key=lambda r: r.get("via", "")):  # a fact naming the individual itself is shown as direct
        found.setdefault(URIRef(row["f"]), row.get("via", ""))
    return found


def facts_about(graph: Graph, node: URIRef, facts: dict[URIRef, str], cited: dict[str, Citation]) -> list[tuple[str, list[FactRow]]]:
    """The facts grouped by kind (kinds and rows sorted)."""
    groups: dict[str, list[FactRow]] = defaultdict(list)
    for row in (_fact_row(graph, fact, node, cited, via) for fact, via in facts.items()):
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
    cited = citations(service, [str(o) for o in graph.objects(None, EVIDENCE_LINK)] + [iri])
    evidence = _evidence(graph, node, cited)
    shown = {RDF.type, RDFS.label, *([EVIDENCE_LINK] if evidence else [])}
    outgoing, incoming = _statements(graph, node, shown)
    return Individual(iri, label_of(graph, node), sorted((value_of(graph, t) for t in types), key=lambda v: v.text),
                      any(CDO.Actor in superclasses(t) for t in types if isinstance(t, URIRef)), evidence,
                      facts_about(graph, node, fact_iris(service, iri), cited), outgoing, incoming,
                      [str(t) for t in types], cited.get(iri))
