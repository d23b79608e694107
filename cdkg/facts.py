"""The Fact model: one extracted statement, its TSV row for reviewers and its RDF claim node.

A fact is (subject, relation, object) with year, end year, status, role, amount and
evidence. ``relation`` is the local name of the ontology property a reviewer reads it as.
Every fact becomes a **claim** node of its own (``claim/<kind>/<subject>-<object>-<hash>``):
the same statement read in several places is one claim with several pieces of evidence;
statements that disagree (another year, status or amount) are other claims, all kept.
Entities carry no claim attributes. Direct triples such as ``state cdo:memberOf org`` are
derived from accomplished claims by :mod:`cdkg.claims` at build time, after curation.

=================  ===============================  ==============================================
relation           subject → object                 claim written
=================  ===============================  ==============================================
hasAgreementWith   party → party                    cdo:AgreementClaim about agreement/<parties>
memberOf           member → organisation            cdo:Membership
chairs             actor → chaired body             cdo:Chairing
cooperatesWith     actor → partner                  cdo:Cooperation
participatesIn     actor → exercise/initiative      cdo:Participation
mergedInto         merged body → successor          cdo:Merger
position           actor → forum                    cdo:PositionStatement, told apart by its words
issued             issuer → document                cdo:Issuance
funds              funder → programme or recipient  cdo:Funding (role, amount)
fundingAmount      programme → "27700000.0 CAD"     the amount of the programme's cdo:Funding claim
agencyOf, partOf, organisedBy, region,              cdo:RelationClaim (cdo:relation names the property)
introducedAt, forum
partyTo            state → convention               cdo:ConventionStatus (signed, ratified, not a party…)
votedOn            state → resolution               cdo:Vote (the status field holds the vote: cdo:vote)
alignsWith         actor → actor aligned with       cdo:Alignment
joined             actor → diplomatic initiative    cdo:InitiativeEndorsement
candidateFor       state → organisation             cdo:Candidacy (the status field holds cdo:candidacyStatus)
positionIn         actor → document stated in       cdo:PositionStatement (cdo:statedIn), told apart by its words
suffered           victim → incident                cdo:IncidentClaim
attributesTo       attributor → actor blamed        cdo:Attribution (``about``: the incident, ``jointly``: co-attributors)
=================  ===============================  ==============================================
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from cdkg.evidence import Evidence, add_evidence
from cdkg.gazetteer import Entity, Gazetteer
from cdkg.vocabulary import CDO

TSV_COLUMNS = ["subject", "relation", "object", "year", "status", "confidence", "document", "quote",
               "kind", "through", "subject_iri", "object_iri", "object_through"]
# relation -> (IRI segment, claim class, subject role, object role); roles beyond cdo:claimSubject/claimObject
NARY = {
    "hasAgreementWith": ("agreement", CDO.AgreementClaim, None, None),
    "memberOf": ("membership", CDO.Membership, CDO.member, CDO.organisation),
    "chairs": ("chairing", CDO.Chairing, CDO.actor, CDO.chairedBody),
    "cooperatesWith": ("cooperation", CDO.Cooperation, CDO.actor, CDO.partner),
    "participatesIn": ("participation", CDO.Participation, CDO.actor, CDO.activity),
    "mergedInto": ("merger", CDO.Merger, CDO.mergedBody, CDO.successor),
    "position": ("position", CDO.PositionStatement, CDO.actor, CDO.forum),
    "issued": ("issuance", CDO.Issuance, None, None),
    "funds": ("funding", CDO.Funding, None, None),
    # the whole profile (issue 13)
    "partyTo": ("convention", CDO.ConventionStatus, CDO.actor, CDO.instrument),
    "votedOn": ("vote", CDO.Vote, CDO.actor, CDO.resolution),
    "alignsWith": ("alignment", CDO.Alignment, CDO.actor, CDO.alignedWith),
    "joined": ("endorsement", CDO.InitiativeEndorsement, CDO.actor, CDO.initiative),
    "candidateFor": ("candidacy", CDO.Candidacy, CDO.actor, CDO.soughtMembership),
    "positionIn": ("position", CDO.PositionStatement, CDO.actor, CDO.statedIn),
    "suffered": ("incident", CDO.IncidentClaim, CDO.actor, CDO.incident),
    "attributesTo": ("attribution", CDO.Attribution, CDO.actor, CDO.attributedTo),
}
# relations whose status field holds a value of another scheme than cdo:StatusScheme, and the property for it
STATUS_PROPERTY = {"votedOn": CDO.vote, "candidateFor": CDO.candidacyStatus}
# relations whose topics come from cdo:PolicyTopicScheme (cdo:policyTopic) rather than cdo:ThemeScheme (cdo:topic)
POLICY_TOPIC_RELATIONS = {"position", "positionIn"}
# the property a claim asserts, where it is not the relation's own name
RELATION_PROPERTY = {"funds": "funds"}
NO_RELATION = {"position", "positionIn"}  # a position statement asserts no direct triple
NOUNS = {"hasAgreementWith": "memorandum of understanding", "memberOf": "membership", "chairs": "chairing",
         "cooperatesWith": "cooperation", "participatesIn": "participation", "mergedInto": "merger",
         "position": "position", "issued": "issuance", "funds": "funding", "agencyOf": "agency of",
         "partOf": "part of", "organisedBy": "organised by", "region": "region", "introducedAt": "introduced at",
         "forum": "forum", "partyTo": "convention status", "votedOn": "vote", "alignsWith": "alignment",
         "joined": "endorsement", "candidateFor": "candidacy", "positionIn": "position", "suffered": "incident",
         "attributesTo": "attribution"}
ACCOMPLISHED = {"", "Signed", "Adopted", "Launched", "Ratified", "Acceded", "Published"}
STATUS_WORDS = {"UnderNegotiation": "under negotiation", "NotParty": "not a party", "InFavour": "in favour",
                "PotentialCandidate": "potential candidate"}
SYMMETRIC = {"hasAgreementWith"}


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
    amount: str = ""
    about: str = ""
    jointly: tuple[str, ...] = ()

    def identity(self) -> tuple[str, ...]:
        """What makes two findings the same claim: who, what, with whom, when, status, role, amount, words.

        The parties of a symmetric relation (an agreement) count in either order.
        """
        subject, obj = self.subject, self.object
        if self.relation in SYMMETRIC:
            subject, obj = sorted((subject, obj))
        base = (self.relation, subject, obj, self.year, self.end_year, self.status, self.role, self.amount,
                self.statement_hash())
        return base + (self.about,) if self.about else base

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
                    self.through, set(self.topics), evidence, self.object_through, self.statement,
                    self.end_year, self.role, self.amount, self.about, self.jointly)

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
        self.jointly = tuple(sorted(set(self.jointly) | set(other.jointly)))


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


def attach_amounts(facts: list[Fact]) -> list[Fact]:
    """Fold each ``fundingAmount`` finding into the funding claims read from the same sentence.

    The funder's claim is split: the sentences that give an amount support a claim with that
    amount; the others (if any) a claim without one. An amount with no funder in its sentence
    stays a funding claim of its own, without a subject.
    """
    amounts: dict[tuple[str, str, int], list[Fact]] = {}
    for fact in facts:
        if fact.relation == "fundingAmount":
            for item in fact.evidence:
                amounts.setdefault((fact.subject, item.document, item.start), []).append(fact)
    result, used = [], set()
    for fact in facts:
        if fact.relation == "fundingAmount":
            continue
        if fact.relation != "funds" or fact.amount or fact.role not in ("Funder", ""):
            result.append(fact)  # a sum is a funder's: never a leader's or a beneficiary's
            continue
        plain = set()
        for item in fact.evidence:
            found = [a for a in amounts.get((fact.object, item.document, item.start), [])
                     if not a.about or a.about == fact.subject]  # a sum read as one funder's is that funder's only
            for amount in found:
                used.add(id(amount))
                split = fact.with_evidence({item} | amount.evidence)
                split.amount = amount.object
                result.append(split)
            if not found:
                plain.add(item)
        if plain:
            result.append(fact.with_evidence(plain))
    for fact in facts:
        if fact.relation == "fundingAmount" and id(fact) not in used:
            result.append(Fact("funds", "", fact.subject, fact.year, fact.status, evidence=set(fact.evidence),
                               amount=fact.object))
    return result


class GraphWriter:
    """Turns facts into claim nodes, remembering the evidence of every node it touches."""

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

    def claim_key(self, fact: Fact) -> str:
        """The key of a claim node, e.g. claim/membership/north-macedonia-nato-1f0c2a9e.

        The readable part names who and what; the hash is over the whole identity, so
        claims that differ only in year, status, role or amount get their own node.
        """
        kind = NARY[fact.relation][0] if fact.relation in NARY else "relation"
        digest = hashlib.sha1("|".join(fact.identity()).encode("utf-8")).hexdigest()[:8]
        parts = sorted(self._slug(k) for k in (fact.subject, fact.object) if k) \
            if fact.relation in SYMMETRIC else [self._slug(k) for k in (fact.subject, fact.object) if k and " " not in k]
        return f"claim/{kind}/" + "-".join([*parts, digest])

    def agreement_key(self, fact: Fact) -> str:
        """The key of the agreement itself: its kind and parties in name order (never the year, status or text order)."""
        parties = "-".join(sorted(self._slug(k) for k in (fact.subject, fact.object)))
        return f"agreement/{parties}" + ("-cert" if fact.kind == "CertMemorandumOfUnderstanding" else "")

    def _label(self, fact: Fact) -> str:
        subject = _name(self.gazetteer, fact.subject) if fact.subject else "someone"
        names = f"{subject}–{_name(self.gazetteer, fact.object)}"
        noun = "CERT-to-CERT memorandum of understanding" if fact.kind == "CertMemorandumOfUnderstanding" \
            else NOUNS[fact.relation]
        status = "" if fact.status in ACCOMPLISHED else STATUS_WORDS.get(fact.status, fact.status.lower())
        years = "–".join(y for y in (fact.year, fact.end_year) if y)
        amount = ""
        if fact.amount:
            number, currency = fact.amount.split(" ")
            amount = f"{Decimal(number):,.0f} {currency}"
        extra = ", ".join(x for x in (years, status, amount) if x)
        if fact.statement:
            words = fact.statement.split()
            extra = " ".join(words[:10]) + (" …" if len(words) > 10 else "")
            return f"{subject} position at {_name(self.gazetteer, fact.object)}: {extra}"
        return f"{names} {noun}" + (f" ({extra})" if extra else "")

    def add_claim(self, fact: Fact) -> URIRef:
        """A claim node with its roles and attributes; returns it."""
        node = self.iri(self.claim_key(fact))
        graph = self.graph
        if fact.relation in NARY:
            _, cls, subject_role, object_role = NARY[fact.relation]
        else:
            cls, subject_role, object_role = CDO.RelationClaim, None, None
        graph.add((node, RDF.type, cls))
        graph.add((node, RDFS.label, Literal(self._label(fact), lang="en")))
        if fact.relation not in NO_RELATION:
            graph.add((node, CDO.relation, CDO[RELATION_PROPERTY.get(fact.relation, fact.relation)]))
        if fact.subject:
            graph.add((node, CDO.claimSubject, self.iri(fact.subject)))
            if subject_role is not None:
                graph.add((node, subject_role, self.iri(fact.subject)))
        graph.add((node, CDO.claimObject, self.iri(fact.object)))
        if object_role is not None:
            graph.add((node, object_role, self.iri(fact.object)))
        if fact.relation == "hasAgreementWith":
            self._add_agreement(node, fact)
        if fact.relation == "funds":
            self._add_funding(node, fact)
        self._attributes(node, fact)
        self._support(node, fact)
        return node

    def _add_agreement(self, claim: URIRef, fact: Fact) -> None:
        agreement = self.iri(self.agreement_key(fact))
        cls = getattr(CDO, fact.kind) if fact.kind else CDO.MemorandumOfUnderstanding
        names = " and ".join(_name(self.gazetteer, k) for k in sorted((fact.subject, fact.object)))
        noun = "CERT-to-CERT memorandum of understanding" if fact.kind == "CertMemorandumOfUnderstanding" \
            else "memorandum of understanding"
        self.graph.add((claim, CDO.agreement, agreement))
        self.graph.add((agreement, RDF.type, cls))
        self.graph.add((agreement, RDFS.label, Literal(f"{noun} between {names}", lang="en")))
        for party in (fact.subject, fact.object):
            self.graph.add((agreement, CDO.party, self.iri(party)))
        self._support(agreement, fact)

    def _add_funding(self, claim: URIRef, fact: Fact) -> None:
        if fact.subject:
            self.graph.add((claim, CDO.role, CDO[fact.role or "Funder"]))
        if not fact.amount:
            return
        number, currency = fact.amount.split(" ")
        node = URIRef(f"{claim}-amount")
        self.graph.add((claim, CDO.fundingAmount, node))
        self.graph.add((node, RDF.type, CDO.MonetaryAmount))
        self.graph.add((node, RDFS.label, Literal(f"{Decimal(number):,.0f} {currency}", lang="en")))
        self.graph.add((node, CDO.amount, Literal(Decimal(number), datatype=XSD.decimal)))
        self.graph.add((node, CDO.currency, Literal(currency)))

    def _attributes(self, node: URIRef, fact: Fact) -> None:
        if fact.year:
            self.graph.add((node, CDO.year, Literal(fact.year, datatype=XSD.gYear)))
        if fact.end_year:
            self.graph.add((node, CDO.endYear, Literal(fact.end_year, datatype=XSD.gYear)))
        if fact.status:
            self.graph.add((node, STATUS_PROPERTY.get(fact.relation, CDO.status), getattr(CDO, fact.status)))
        if fact.about:
            self.graph.add((node, CDO.incident, self.iri(fact.about)))
        for partner in fact.jointly:
            self.graph.add((node, CDO.jointlyWith, self.iri(partner)))
        if fact.date:
            self.graph.add((node, CDO.date, Literal(fact.date)))
        for agency in (fact.through, fact.object_through):
            if agency:
                self.graph.add((node, CDO.through, self.iri(agency)))
        topic_property = CDO.policyTopic if fact.relation in POLICY_TOPIC_RELATIONS else CDO.topic
        for topic in sorted(fact.topics):
            self.graph.add((node, topic_property, topic))

    def add_entity(self, entity: Entity) -> None:
        """Class, label, acronym and other names of an entity the extractor discovered."""
        node = self.iri(entity.key)
        self.graph.add((node, RDF.type, entity.cls))
        self.graph.add((node, RDFS.label, Literal(entity.label, lang="en")))
        if entity.acronym:
            self.graph.add((node, CDO.acronym, Literal(entity.acronym)))
        for name in sorted(entity.names - {entity.label, entity.acronym}):
            self.graph.add((node, SKOS.altLabel, Literal(name, lang="en")))
        if entity.extra.get("date"):
            self.graph.add((node, CDO.date, Literal(entity.extra["date"])))
        if entity.extra.get("incident_kind"):
            self.graph.add((node, CDO.incidentKind, CDO[entity.extra["incident_kind"]]))
        if entity.extra.get("symbol"):
            self.graph.add((node, CDO.symbol, Literal(entity.extra["symbol"])))

    def _support_discovered(self, fact: Fact) -> None:
        for key in (fact.subject, fact.object, fact.about, *fact.jointly):
            entity = self.gazetteer.entities.get(key)
            if entity is not None and not entity.reference:
                self._support(self.iri(key), fact)

    def add_fact(self, fact: Fact) -> None:
        """Any fact, as a claim."""
        self._support_discovered(fact)
        self.add_claim(fact)

    def finish(self, base_iri: str, raw_texts: dict[str, str] | None = None,
               titles: dict[str, str] | None = None) -> Graph:
        """Add evidence and confidences; returns the graph.

        Args:
            base_iri: the base of individuals' IRIs.
            raw_texts: raw text per document stem, so that quotes are cut from the raw text.
            titles: title per document stem, for the evidence labels.
        """
        raw_texts, titles = raw_texts or {}, titles or {}
        for node, evidence in sorted(self.node_evidence.items()):
            self.graph.add((node, CDO.confidence, Literal(max(e.confidence for e in evidence),
                                                          datatype=XSD.decimal)))
            best: dict[str, Evidence] = {}
            for item in sorted(evidence):  # one evidence node per sentence and rule: the surest reading
                key = item.node_id(str(node))
                if key not in best or item.confidence > best[key].confidence:
                    best[key] = item
            for item in sorted(best.values()):
                add_evidence(self.graph, node, item, base_iri, raw_texts.get(item.document),
                             titles.get(item.document, ""))
        return self.graph


def facts_to_graph(facts: list[Fact], gazetteer: Gazetteer, raw_texts: dict[str, str] | None = None,
                   titles: dict[str, str] | None = None) -> Graph:
    """The RDF of extracted facts: claim nodes, agreements, discovered entities, evidence, confidences."""
    writer = GraphWriter(gazetteer)
    for fact in merge_facts(attach_amounts(facts)):
        writer.add_fact(fact)
    used = {gazetteer.key_of(str(n)) for n in writer.graph.all_nodes() if isinstance(n, URIRef)}
    for key in sorted(used):
        entity = gazetteer.entities.get(key)
        if entity is not None and not entity.reference:
            writer.add_entity(entity)
    return writer.finish(gazetteer.base_iri, raw_texts, titles)
