"""What the build derives from claims, and where claims disagree.

Claims are the only place years, statuses, roles and amounts live (see :mod:`cdkg.facts`).
After extraction, retractions and curation are merged, :func:`derive` adds:

* **direct triples** from accomplished claims: ``S cdo:memberOf O`` from a membership claim,
  ``A cdo:hasAgreementWith B`` from a signed agreement claim, ``S cdo:issued D`` from an
  adopted document, ``S cdo:funds P`` from a funder's claim, ``X cdo:agencyOf S`` from a
  relation claim; planned, proposed, negotiated or ended claims give none;
* **the current status** (``cdo:currentStatus``) of every agreement, document and programme
  that claims speak of: the status of the latest dated claim; without dated claims, the most
  advanced status claimed (:data:`STATUS_ORDER`); ties go to the more advanced status;
* **what OWL promises**: both directions of every ``owl:SymmetricProperty`` and
  ``owl:inverseOf`` pair the ontology declares, and the closure of every
  ``owl:TransitiveProperty``, so that SPARQL sees what the ontology says (Oxigraph infers nothing).

:func:`disagreements` lists claims about the same thing that give different years,
statuses or amounts: reported as warnings, never fatal.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.term import Node

from cdkg.facts import NARY, NO_RELATION, RELATION_PROPERTY
from cdkg.namespaces import OA
from cdkg.vocabulary import CDO

ACCOMPLISHED = {CDO.Signed, CDO.Adopted, CDO.Launched, CDO.Ratified, CDO.Acceded, CDO.Published}
# the later a status in this list, the further along the thing is
STATUS_ORDER = [CDO.NotParty, CDO.Planned, CDO.Observer, CDO.Draft, CDO.Proposed, CDO.UnderNegotiation,
                CDO.Signed, CDO.Adopted, CDO.Launched, CDO.Published, CDO.Acceded, CDO.Ratified,
                CDO.Suspended, CDO.Expired, CDO.Rejected, CDO.Withdrawn, CDO.Terminated]
RANK = {status: rank for rank, status in enumerate(STATUS_ORDER)}
# relations for which only some accomplished statuses give the direct triple: signing a convention makes no party
ACCOMPLISHED_FOR = {CDO.partyTo: {CDO.Ratified, CDO.Acceded}}


def _claims(graph: Graph) -> list[URIRef]:
    return sorted({c for c in graph.subjects(CDO.claimObject, None) if isinstance(c, URIRef)})


def _accomplished(graph: Graph, claim: URIRef) -> bool:
    status = graph.value(claim, CDO.status)
    if status is not None and status not in ACCOMPLISHED_FOR.get(graph.value(claim, CDO.relation), ACCOMPLISHED):
        return False
    role = graph.value(claim, CDO.role)
    return role is None or role == CDO.Funder


def _typed_roles() -> dict[URIRef, tuple[URIRef | None, URIRef, URIRef]]:
    """Claim class -> (relation, subject role, object role), read from the writer's own table (cdkg.facts.NARY)."""
    roles: dict[URIRef, tuple[URIRef | None, URIRef, URIRef]] = {}
    for relation, (_, cls, subject_role, object_role) in NARY.items():
        if subject_role is not None and object_role is not None:
            asserted = None if relation in NO_RELATION else CDO[RELATION_PROPERTY.get(relation, relation)]
            roles.setdefault(cls, (asserted, subject_role, object_role))
    return roles


# the typed roles a curator may write instead of the generic ones
TYPED_ROLES = _typed_roles()


def complete_roles(graph: Graph) -> None:
    """Fill in cdo:claimSubject, cdo:claimObject and cdo:relation of typed claims from their own roles."""
    for cls, (relation, subject_role, object_role) in TYPED_ROLES.items():
        for claim in list(graph.subjects(RDF.type, cls)):
            for role, generic in ((subject_role, CDO.claimSubject), (object_role, CDO.claimObject)):
                for value in list(graph.objects(claim, role)):
                    graph.add((claim, generic, value))
            if relation is not None and graph.value(claim, CDO.relation) is None:
                graph.add((claim, CDO.relation, relation))


def _classes_of(graph: Graph, ontology: Graph, node: Node) -> set[Node]:
    found = set()
    for cls in graph.objects(node, RDF.type):
        found |= set(ontology.transitive_objects(cls, RDFS.subClassOf))
    return found


def _fits(graph: Graph, ontology: Graph, node: Node, cls: Node | None) -> bool:
    """Whether the node is typed as the class (or the class is not a named class to check)."""
    if not isinstance(cls, URIRef) or not isinstance(node, URIRef):
        return True
    return cls in _classes_of(graph, ontology, node)


def add_direct_triples(graph: Graph, ontology: Graph | None = None) -> list[str]:
    """``subject relation object`` for every accomplished claim that names a relation.

    A claim whose subject or object is not of the class the ontology gives as the relation's
    domain or range (an "agency of" the EU, which is not a state) stays a claim but gives no
    direct triple: it cannot be true as stated.

    Returns:
        one line per claim held back, for the build's warnings.
    """
    held = []
    ontology = ontology if ontology is not None else Graph()
    for claim in _claims(graph):
        relation, subject = graph.value(claim, CDO.relation), graph.value(claim, CDO.claimSubject)
        if relation is None or subject is None or not _accomplished(graph, claim):
            continue
        domain, range_ = ontology.value(relation, RDFS.domain), ontology.value(relation, RDFS.range)
        for obj in graph.objects(claim, CDO.claimObject):
            if _fits(graph, ontology, subject, domain) and _fits(graph, ontology, obj, range_):
                graph.add((subject, relation, obj))
            else:
                held.append(f"claim {claim} relates {subject} and {obj} by {relation}, against the ontology's "
                            "domain or range; kept as a claim, not derived")
    return held


def _year(graph: Graph, claim: URIRef) -> int | None:
    value = graph.value(claim, CDO.year)
    text = str(value)[:4] if value is not None else ""
    return int(text) if text.isdigit() else None


def current_status(graph: Graph, claims: list[URIRef]) -> URIRef | None:
    """The status of the latest dated claim, else the most advanced status claimed (see the module doc)."""
    statused = [(c, graph.value(c, CDO.status)) for c in claims]
    statused = [(c, s) for c, s in statused if s is not None]
    if not statused:
        return None
    dated = [(_year(graph, c), RANK.get(s, -1), s) for c, s in statused if _year(graph, c) is not None]
    if dated:
        return max(dated)[2]
    return max((RANK.get(s, -1), s) for _, s in statused)[1]


def _topics_of_claims(graph: Graph) -> dict[Node, list[URIRef]]:
    """Claims grouped by the agreement, document or programme they give a status to."""
    about: dict[Node, list[URIRef]] = {}
    for claim in _claims(graph):
        thing = graph.value(claim, CDO.agreement)
        if thing is None and ((claim, RDF.type, CDO.Issuance) in graph or (claim, RDF.type, CDO.Funding) in graph):
            thing = graph.value(claim, CDO.claimObject)
        if thing is not None:
            about.setdefault(thing, []).append(claim)
    return about


def add_current_statuses(graph: Graph) -> int:
    """``cdo:currentStatus`` on every agreement, document and programme with a claimed status; returns how many."""
    count = 0
    for thing, claims in sorted(_topics_of_claims(graph).items()):
        graph.remove((thing, CDO.currentStatus, None))
        status = current_status(graph, claims)
        if status is not None:
            graph.add((thing, CDO.currentStatus, status))
            count += 1
    return count


def _property_axioms(ontology: Graph) -> tuple[set[URIRef], list[tuple[URIRef, URIRef]], set[URIRef]]:
    symmetric = {p for p in ontology.subjects(RDF.type, OWL.SymmetricProperty) if isinstance(p, URIRef)}
    inverses = [(a, b) for a, b in ontology.subject_objects(OWL.inverseOf)
                if isinstance(a, URIRef) and isinstance(b, URIRef)]
    transitive = {p for p in ontology.subjects(RDF.type, OWL.TransitiveProperty) if isinstance(p, URIRef)}
    return symmetric, inverses, transitive


def _close_transitive(graph: Graph, prop: URIRef) -> None:
    edges: dict[Node, set[Node]] = {}
    for s, o in graph.subject_objects(prop):
        edges.setdefault(s, set()).add(o)
    for start in list(edges):
        seen, todo = set(), list(edges[start])
        while todo:
            node = todo.pop()
            if node in seen or node == start:
                continue
            seen.add(node)
            todo.extend(edges.get(node, ()))
        for node in seen:
            graph.add((start, prop, node))


def materialise(graph: Graph, ontology: Graph) -> int:
    """Both directions of symmetric and inverse properties, transitive closures; returns triples added."""
    before = len(graph)
    symmetric, inverses, transitive = _property_axioms(ontology)
    for _ in range(2):  # an inverse of a transitive property needs its closure, and the other way round
        for prop in sorted(transitive):
            _close_transitive(graph, prop)
        for prop in sorted(symmetric):
            for s, o in list(graph.subject_objects(prop)):
                graph.add((o, prop, s))
        for a, b in inverses:
            for s, o in list(graph.subject_objects(a)):
                graph.add((o, b, s))
            for s, o in list(graph.subject_objects(b)):
                graph.add((o, a, s))
    return len(graph) - before


def derive(graph: Graph, ontology: Graph) -> list[str]:
    """Everything the module doc lists, in order; returns warnings about claims held back."""
    complete_roles(graph)
    held = add_direct_triples(graph, ontology)
    add_current_statuses(graph)
    materialise(graph, ontology)
    return held


@dataclass
class Disagreement:
    """Claims about one thing that give different values of one attribute."""

    about: str
    attribute: str
    sides: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (value, claim IRI, quotes)

    def as_dict(self) -> dict:
        """JSON-ready: what, which attribute, and each side's value, claim and quotes."""
        return {"about": self.about, "attribute": self.attribute,
                "sides": [{"value": v, "claim": c, "quotes": q} for v, c, q in self.sides]}

    def render(self) -> str:
        """A few lines for people: what, then each side with its evidence."""
        lines = [f"{self.about}: sources give different {self.attribute}s"]
        for value, claim, quotes in self.sides:
            lines.append(f"  - {value}  ({claim})")
            lines.extend(f"      “{q}”" for q in quotes[:3])
        return "\n".join(lines)


def _label(graph: Graph, node: Node | None) -> str:
    if node is None:
        return "?"
    label = graph.value(node, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))
    return str(label) if label is not None else str(node).rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _quotes(graph: Graph, claim: URIRef) -> list[str]:
    quotes = set()
    for evidence in graph.objects(claim, CDO.hasEvidence):
        for selector in graph.objects(evidence, OA.hasSelector):
            for exact in graph.objects(selector, OA.exact):
                quotes.add(" ".join(str(exact).split()))
    return sorted(quotes)


def _amount(graph: Graph, claim: URIRef) -> str | None:
    money = graph.value(claim, CDO.fundingAmount)
    amount = graph.value(money, CDO.amount) if money is not None else None
    return f"{amount} {graph.value(money, CDO.currency)}" if amount is not None else None


def _about(graph: Graph, claim: URIRef) -> tuple:
    """What a claim is about: its agreement, else its kind, subject, object and role."""
    agreement = graph.value(claim, CDO.agreement)
    if agreement is not None:
        return (CDO.AgreementClaim, agreement)
    kinds = sorted(k for k in graph.objects(claim, RDF.type) if k != CDO.Claim)
    kind = kinds[0] if kinds else CDO.Claim
    # taking part in another period of a process, or blaming someone for another incident, is another thing
    apart = graph.value(claim, CDO.endYear) if kind == CDO.Participation else \
        graph.value(claim, CDO.incident) if kind == CDO.Attribution else None
    return (kind, graph.value(claim, CDO.claimSubject), graph.value(claim, CDO.claimObject),
            graph.value(claim, CDO.role)) + ((apart,) if apart is not None else ())


ATTRIBUTES = (("year", lambda g, c: g.value(c, CDO.year)), ("status", lambda g, c: g.value(c, CDO.status)),
              ("amount", _amount))


def disagreements(graph: Graph) -> list[Disagreement]:
    """Claims about the same thing that give different years, statuses or amounts, each side with its quotes.

    Two claims are about the same thing when they have the same kind, subject and object (for
    agreements: the same agreement; for funding: the same programme and role). A claim that
    leaves an attribute out does not disagree with one that gives it.
    """
    groups: dict[tuple, list[URIRef]] = {}
    for claim in _claims(graph):
        groups.setdefault(_about(graph, claim), []).append(claim)
    found = []
    for key, claims in sorted(groups.items(), key=lambda kv: [str(k) for k in kv[0]]):
        if len(claims) < 2 or key[0] == CDO.ConventionStatus:  # signed, then ratified: a progression, not a dispute
            continue
        about = _label(graph, key[1]) if key[0] == CDO.AgreementClaim else \
            f"{_label(graph, key[1])} → {_label(graph, key[2])} ({_label(graph, key[0])})"
        for attribute, read in ATTRIBUTES:
            values: dict[str, list[URIRef]] = {}
            for claim in claims:
                value = read(graph, claim)
                if value is not None:
                    values.setdefault(_label(graph, value) if isinstance(value, URIRef) else str(value), []).append(claim)
            if len(values) > 1:
                sides = [(v, str(c), _quotes(graph, c)) for v, cs in sorted(values.items()) for c in cs]
                found.append(Disagreement(about, attribute, sides))
    return found
