"""The Fact model: one extracted statement, its TSV row for reviewers and its RDF (n-ary node + shortcut).

A fact is (subject, relation, object) with year, status and evidence. ``relation`` is
the local name of the ontology property a reviewer reads it as:

=================  ===============================  ===========================================
relation           subject → object                 RDF written
=================  ===============================  ===========================================
hasAgreementWith   party → party                    cdo:MemorandumOfUnderstanding node (+ shortcut if signed)
memberOf           member → organisation            cdo:Membership node (+ shortcut unless planned)
chairs             actor → chaired body             cdo:Chairing node (+ shortcut)
cooperatesWith     actor → partner                  cdo:Cooperation node (+ shortcut unless planned)
participatesIn     actor → exercise/initiative      cdo:Participation node (+ shortcut unless planned)
mergedInto         merged body → successor          cdo:Merger node (+ shortcut)
position           actor → forum                    cdo:PositionStatement node (no shortcut), told apart by its words
issued             issuer → document                cdo:issuedBy, year, status on the document
funds              funder → programme               cdo:fundedBy, year, status on the programme
organisedBy        initiative/event → organiser     cdo:organisedBy
region             initiative/cooperation → region  cdo:region
fundingAmount      programme → "27700000.0 CAD"     cdo:MonetaryAmount node
agencyOf           agency/CERT → state              cdo:agencyOf
partOf             body → organisation              cdo:partOf
introducedAt       document → event                 cdo:introducedAt
forum              event → forum                    cdo:forum
=================  ===============================  ===========================================
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from cdkg.evidence import Evidence, add_evidence
from cdkg.gazetteer import Entity, Gazetteer
from cdkg.vocabulary import CDO

TSV_COLUMNS = ["subject", "relation", "object", "year", "status", "confidence", "document", "quote",
               "kind", "through", "subject_iri", "object_iri", "object_through"]
NARY = {
    "hasAgreementWith": ("agreement", None, CDO.party, CDO.party, CDO.hasAgreementWith),
    "memberOf": ("membership", CDO.Membership, CDO.member, CDO.organisation, CDO.memberOf),
    "chairs": ("chairing", CDO.Chairing, CDO.actor, CDO.chairedBody, CDO.chairs),
    "cooperatesWith": ("cooperation", CDO.Cooperation, CDO.actor, CDO.partner, CDO.cooperatesWith),
    "participatesIn": ("participation", CDO.Participation, CDO.actor, CDO.activity, CDO.participatesIn),
    "mergedInto": ("merger", CDO.Merger, CDO.mergedBody, CDO.successor, CDO.mergedInto),
    "position": ("position", CDO.PositionStatement, CDO.actor, CDO.forum, None),
}
NOUNS = {"hasAgreementWith": "memorandum of understanding", "memberOf": "membership", "chairs": "chairing",
         "cooperatesWith": "cooperation", "participatesIn": "participation", "mergedInto": "merger",
         "position": "position"}
ATTRIBUTES = {"issued": CDO.issuedBy, "funds": CDO.fundedBy, "organisedBy": CDO.organisedBy, "region": CDO.region,
              "agencyOf": CDO.agencyOf, "partOf": CDO.partOf, "introducedAt": CDO.introducedAt, "forum": CDO.forum}
REVERSED = {"issued", "funds"}
ACCOMPLISHED = {"", "Signed", "Adopted", "Launched"}


@dataclass
class Fact:
    """One extracted statement with everything the TSV and the RDF need."""

    relation: str
    subject: str
    object: str
    year: str = ""
    status: str = ""
    kind: str = ""
    date: str = ""
    through: str = ""
    topics: set[URIRef] = field(default_factory=set)
    evidence: set[Evidence] = field(default_factory=set)
    object_through: str = ""
    statement: str = ""
    end_year: str = ""
    role: str = ""

    def identity(self) -> tuple[str, ...]:
        """What makes two findings the same fact (a position statement is also told apart by its words)."""
        return (self.relation, self.subject, self.object, self.year, self.status, self.statement_hash())

    def statement_hash(self) -> str:
        """Six hex digits of the normalised statement, or '' when the fact has none."""
        if not self.statement:
            return ""
        return hashlib.sha1(" ".join(self.statement.lower().split()).encode("utf-8")).hexdigest()[:6]

    @property
    def confidence(self) -> Decimal:
        """The best confidence among the supporting sentences."""
        return max((e.confidence for e in self.evidence), default=Decimal("1.0"))

    def with_evidence(self, evidence: set[Evidence]) -> Fact:
        """A copy of this fact (own topic set) supported by ``evidence``."""
        return Fact(self.relation, self.subject, self.object, self.year, self.status, self.kind, self.date,
                    self.through, set(self.topics), evidence, self.object_through, self.statement, self.end_year,
                    self.role)

    def merge(self, other: Fact) -> None:
        """Fold another finding of the same fact into this one."""
        self.evidence |= other.evidence
        self.topics |= other.topics
        self.kind = max(self.kind, other.kind)
        self.through = self.through or other.through
        self.object_through = self.object_through or other.object_through
        self.date = self.date or other.date
        self.end_year = self.end_year or other.end_year
        self.role = self.role or other.role


def merge_facts(facts: Iterable[Fact]) -> list[Fact]:
    """Facts with the same identity merged (evidence unioned), sorted by identity."""
    merged: dict[tuple[str, ...], Fact] = {}
    for fact in facts:
        known = merged.get(fact.identity())
        if known is None:
            merged[fact.identity()] = fact
        else:
            known.merge(fact)
    return [merged[k] for k in sorted(merged)]


def _name(gazetteer: Gazetteer, key: str) -> str:
    entity = gazetteer.entities.get(key)
    return entity.label if entity else key


def tsv_rows(facts: list[Fact], gazetteer: Gazetteer) -> list[dict[str, str]]:
    """One row per (fact, supporting sentence), for people checking extraction."""
    rows = []
    for fact in facts:
        for evidence in sorted(fact.evidence):
            rows.append({
                "subject": _name(gazetteer, fact.subject), "relation": fact.relation,
                "object": _name(gazetteer, fact.object), "year": fact.year, "status": fact.status,
                "confidence": str(evidence.confidence), "document": evidence.document, "quote": evidence.quote,
                "kind": fact.kind, "through": _name(gazetteer, fact.through) if fact.through else "",
                "subject_iri": str(gazetteer.iri(fact.subject)),
                "object_iri": str(gazetteer.iri(fact.object)) if fact.object in gazetteer.entities else "",
                "object_through": _name(gazetteer, fact.object_through) if fact.object_through else "",
            })
    return rows


def to_tsv(facts: list[Fact], gazetteer: Gazetteer) -> str:
    """The TSV text of ``facts`` with a header row."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=TSV_COLUMNS, delimiter="\t", lineterminator="\n",
                            quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    writer.writerows(tsv_rows(facts, gazetteer))
    return buffer.getvalue()


class GraphWriter:
    """Turns facts into triples, remembering the evidence of every node it touches."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.graph = Graph()
        self.node_evidence: dict[URIRef, set[Evidence]] = {}

    def iri(self, key: str) -> URIRef:
        """The IRI of an entity key."""
        return self.gazetteer.iri(key)

    def _support(self, node: URIRef, fact: Fact) -> None:
        self.node_evidence.setdefault(node, set()).update(fact.evidence)

    def _slug(self, key: str) -> str:
        entity = self.gazetteer.entities.get(key)
        if entity is None:
            return key.rsplit("/", 1)[-1]
        parent = self.gazetteer.entities.get(entity.part_of)
        if parent is None or entity.kind != "org" or entity.slug.startswith(f"{parent.slug}-"):
            return entity.slug
        return f"{parent.slug}-{entity.slug}"

    def fact_key(self, fact: Fact) -> str:
        """The readable key of an n-ary fact node, e.g. agreement/albania-nato-ncirc-2013."""
        prefix = NARY[fact.relation][0]
        parts = [self._slug(fact.subject), self._slug(fact.object), fact.year]
        if fact.status not in ACCOMPLISHED:
            parts.append(fact.status.lower())
        parts.append(fact.statement_hash())
        return f"{prefix}/" + "-".join(p for p in parts if p)

    def _label(self, fact: Fact) -> str:
        names = f"{_name(self.gazetteer, fact.subject)}–{_name(self.gazetteer, fact.object)}"
        noun = "CERT-to-CERT memorandum of understanding" if fact.kind == "CertMemorandumOfUnderstanding" \
            else NOUNS[fact.relation]
        extra = ", ".join(x for x in (fact.year, "" if fact.status in ACCOMPLISHED else fact.status) if x)
        if fact.statement:
            words = fact.statement.split()
            extra = " ".join(words[:10]) + (" …" if len(words) > 10 else "")
            return f"{_name(self.gazetteer, fact.subject)} position at {_name(self.gazetteer, fact.object)}: {extra}"
        return f"{names} {noun}" + (f" ({extra})" if extra else "")

    def add_nary(self, fact: Fact) -> None:
        """An n-ary fact node with its roles, attributes and shortcut."""
        _, cls, subject_role, object_role, shortcut = NARY[fact.relation]
        node = self.iri(self.fact_key(fact))
        cls = getattr(CDO, fact.kind) if fact.kind else cls
        graph = self.graph
        graph.add((node, RDF.type, cls))
        graph.add((node, RDFS.label, Literal(self._label(fact), lang="en")))
        graph.add((node, subject_role, self.iri(fact.subject)))
        graph.add((node, object_role, self.iri(fact.object)))
        self._attributes(node, fact)
        if fact.status in ACCOMPLISHED and shortcut is not None:
            graph.add((self.iri(fact.subject), shortcut, self.iri(fact.object)))
        self._support(node, fact)

    def _attributes(self, node: URIRef, fact: Fact) -> None:
        if fact.year:
            self.graph.add((node, CDO.year, Literal(fact.year, datatype=XSD.gYear)))
        if fact.status:
            self.graph.add((node, CDO.status, getattr(CDO, fact.status)))
        for agency in (fact.through, fact.object_through):
            if agency:
                self.graph.add((node, CDO.through, self.iri(agency)))
        for topic in sorted(fact.topics):
            self.graph.add((node, CDO.topic, topic))

    def add_attribute(self, fact: Fact) -> None:
        """A fact written as a property of an entity node (issuer, funder, agency, part, venue...)."""
        prop = ATTRIBUTES[fact.relation]
        node, value = (fact.object, fact.subject) if fact.relation in REVERSED else (fact.subject, fact.object)
        node_iri = self.iri(node)
        self.graph.add((node_iri, prop, self.iri(value)))
        if fact.relation in REVERSED:
            self._attributes(node_iri, Fact(fact.relation, "", "", fact.year, fact.status))
            if fact.date:
                self.graph.add((node_iri, CDO.date, Literal(fact.date)))
        self._support(node_iri, fact)

    def add_amount(self, fact: Fact) -> None:
        """A funding amount node ("27700000.0 CAD") on a programme."""
        number, currency = fact.object.split(" ")
        programme = self.iri(fact.subject)
        node = self.iri(f"amount/{self._slug(fact.subject)}")
        self.graph.add((programme, CDO.fundingAmount, node))
        self.graph.add((node, RDF.type, CDO.MonetaryAmount))
        self.graph.add((node, RDFS.label, Literal(f"{Decimal(number):,.0f} {currency}", lang="en")))
        self.graph.add((node, CDO.amount, Literal(Decimal(number), datatype=XSD.decimal)))
        self.graph.add((node, CDO.currency, Literal(currency)))
        self._support(programme, fact)

    def add_entity(self, entity: Entity) -> None:
        """Class, label and acronym of an entity the extractor discovered."""
        node = self.iri(entity.key)
        self.graph.add((node, RDF.type, entity.cls))
        self.graph.add((node, RDFS.label, Literal(entity.label, lang="en")))
        if entity.acronym:
            self.graph.add((node, CDO.acronym, Literal(entity.acronym)))
        if entity.extra.get("date"):
            self.graph.add((node, CDO.date, Literal(entity.extra["date"])))

    def _support_discovered(self, fact: Fact) -> None:
        for key in (fact.subject, fact.object):
            entity = self.gazetteer.entities.get(key)
            if entity is not None and not entity.reference:
                self._support(self.iri(key), fact)

    def add_fact(self, fact: Fact) -> None:
        """Any fact, dispatched on its relation."""
        self._support_discovered(fact)
        if fact.relation in NARY:
            self.add_nary(fact)
        elif fact.relation == "fundingAmount":
            self.add_amount(fact)
        else:
            self.add_attribute(fact)

    def finish(self, base_iri: str) -> Graph:
        """Add entities, evidence and confidences; returns the graph."""
        for node, evidence in sorted(self.node_evidence.items()):
            self.graph.add((node, CDO.confidence, Literal(max(e.confidence for e in evidence),
                                                          datatype=XSD.decimal)))
            for item in sorted(evidence):
                add_evidence(self.graph, node, item, base_iri)
        return self.graph


def facts_to_graph(facts: list[Fact], gazetteer: Gazetteer) -> Graph:
    """The RDF of extracted facts: n-ary nodes, shortcuts, discovered entities, evidence, confidences."""
    writer = GraphWriter(gazetteer)
    for fact in facts:
        writer.add_fact(fact)
    used = {gazetteer.key_of(str(n)) for n in writer.graph.all_nodes() if isinstance(n, URIRef)}
    for key in sorted(used):
        entity = gazetteer.entities.get(key)
        if entity is not None and not entity.reference:
            writer.add_entity(entity)
    return writer.finish(gazetteer.base_iri)

