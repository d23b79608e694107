"""A state's or organisation's network of agreements, memberships and cooperation, drawn by Graphviz as SVG."""

from __future__ import annotations

import shutil
import subprocess
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from cdkg.errors import CdkgError
from cdkg.server.individuals import FACT_ROLES, label_of, superclasses
from cdkg.vocabulary import CDO

DOT_TIMEOUT_SECONDS = 10
SHORTCUTS = (CDO.memberOf, CDO.hasAgreementWith, CDO.cooperatesWith, CDO.chairs, CDO.participatesIn,
             CDO.agencyOf, CDO.partOf, CDO.mergedInto, CDO.hasMember, CDO.hasAgency, CDO.hasPart, CDO.funds)
# A fact's other individual in one of these roles is where the arrow points (the node joins, chairs, takes
# part in it, or merged into it); in INWARD roles it is where the arrow starts; parties are undirected.
OUTWARD = {CDO.organisation, CDO.chairedBody, CDO.activity, CDO.forum, CDO.successor, CDO.partner, CDO.region,
           CDO.introducedAt, CDO.claimObject}
INWARD = {CDO.claimSubject, CDO.member, CDO.actor, CDO.mergedBody, CDO.fundedBy, CDO.issuedBy, CDO.organisedBy, CDO.through}
TENTATIVE = {CDO.UnderNegotiation, CDO.Planned, CDO.Proposed, CDO.Draft, CDO.Expired, CDO.Suspended,
             CDO.Terminated, CDO.Withdrawn, CDO.Rejected, CDO.NotParty}
UNDIRECTED = {CDO.AgreementClaim}
SHORT_KINDS = {CDO.MemorandumOfUnderstanding: "MoU", CDO.CertMemorandumOfUnderstanding: "CERT-to-CERT MoU",
               CDO.Membership: "member", CDO.Cooperation: "cooperation", CDO.Chairing: "chairs",
               CDO.Participation: "takes part", CDO.Merger: "merged", CDO.PositionStatement: "position",
               CDO.AgreementClaim: "MoU", CDO.Issuance: "issued", CDO.Funding: "funds"}
# Fill colours by class, most specific first; the page's legend uses the same names.
CLASS_COLOURS = ((CDO.State, "#dbe7f7"), (CDO.CERT, "#fde4c8"), (CDO.GovernmentAgency, "#fde4c8"),
                 (CDO.Forum, "#e9def7"), (CDO.Organisation, "#dcf0e2"), (CDO.Region, "#f3f3d5"))
OTHER_COLOUR = "#eeeeee"
LEGEND = (("State", "#dbe7f7"), ("Agency or CERT", "#fde4c8"), ("Forum", "#e9def7"),
          ("Organisation", "#dcf0e2"), ("Region", "#f3f3d5"), ("Other", OTHER_COLOUR))


@dataclass(frozen=True)
class Edge:
    """One line of the picture: from, to, its label, and how it is drawn."""

    tail: URIRef
    head: URIRef
    label: str
    directed: bool = True
    tentative: bool = False


def _shortcut_edges(graph: Graph, node: URIRef) -> set[Edge]:
    """Direct relations of the node (both directions) such as memberOf or agencyOf."""
    edges = {Edge(node, o, label_of(graph, p)) for p in SHORTCUTS for o in graph.objects(node, p)}
    edges |= {Edge(s, node, label_of(graph, p)) for p in SHORTCUTS for s in graph.subjects(p, node)}
    return {e for e in edges if isinstance(e.tail, URIRef) and isinstance(e.head, URIRef)}


def _fact_label(graph: Graph, fact: URIRef) -> str:
    """A short edge label: the fact's kind and year ("MoU 2013"); the line style shows its status."""
    agreement = graph.value(fact, CDO.agreement)
    typed = graph.objects(agreement, RDF.type) if agreement is not None else graph.objects(fact, RDF.type)
    kinds = sorted(SHORT_KINDS.get(t) or label_of(graph, t) for t in typed)
    relation = graph.value(fact, CDO.relation)
    if (fact, RDF.type, CDO.RelationClaim) in graph and relation is not None:
        kinds = [label_of(graph, relation)]
    year = graph.value(fact, CDO.year)
    return f"{kinds[0] if kinds else 'fact'}{f' {year}' if year else ''}"


def _fact_edges(graph: Graph, node: URIRef) -> set[Edge]:
    """One edge per other individual named by a fact that names the node."""
    edges: set[Edge] = set()
    for fact in {f for role in FACT_ROLES for f in graph.subjects(role, node)}:
        label, tentative = _fact_label(graph, fact), graph.value(fact, CDO.status) in TENTATIVE
        undirected = any((fact, RDF.type, cls) in graph for cls in UNDIRECTED)
        for role in FACT_ROLES:
            if role == CDO.through:  # the agency a state acted through: its "agency of" line says it once
                continue
            for other in graph.objects(fact, role):
                if other == node or not isinstance(other, URIRef):
                    continue
                tail, head = (other, node) if role in INWARD else (node, other)
                edges.add(Edge(tail, head, label, role in OUTWARD | INWARD and not undirected, tentative))
    return edges


def neighbours(graph: Graph, node: URIRef) -> list[Edge]:
    """The node's edges: every fact naming it, and the direct relations no fact already draws."""
    facts = _fact_edges(graph, node)
    linked = {frozenset((e.tail, e.head)) for e in facts}
    shortcuts = {e for e in _shortcut_edges(graph, node) if frozenset((e.tail, e.head)) not in linked}
    return sorted(facts | shortcuts, key=lambda e: (str(e.tail), str(e.head), e.label))


def _quote(text: str) -> str:
    """A Graphviz double-quoted string (backslashes and quotes escaped; SVG output is XML-escaped by dot)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "")
    return '"' + escaped.replace("\n", "\\n") + '"'


def _label(text: str) -> str:
    """A Graphviz label string: dot decodes HTML entities in labels, so a literal & is written &amp;."""
    return _quote(text.replace("&", "&amp;"))


def colour_of(graph: Graph, node: URIRef) -> str:
    """The fill colour of a node, by its most specific class (superclasses from the ontology)."""
    types = {ancestor for t in graph.objects(node, RDF.type) for ancestor in superclasses(t)}
    return next((colour for cls, colour in CLASS_COLOURS if cls in types), OTHER_COLOUR)


def _node_line(graph: Graph, item: URIRef, centre: URIRef, link_of: Callable[[str], str | None]) -> str:
    attributes = [f"label={_label(label_of(graph, item))}", f"fillcolor={_quote(colour_of(graph, item))}"]
    link = link_of(str(item))
    if link:
        attributes += [f"URL={_quote(link)}", 'target="_top"', f"tooltip={_label(label_of(graph, item))}"]
    if item == centre:
        attributes += ["penwidth=2.5", 'fontname="Helvetica-Bold"', "fontsize=13"]
    return f"  {_quote(str(item))} [{', '.join(attributes)}];"


def _merged(edges: list[Edge]) -> list[Edge]:
    """Edges between the same two individuals, drawn the same way, merged into one with every label."""
    labels: dict[tuple[URIRef, URIRef, bool, bool], set[str]] = defaultdict(set)
    for edge in edges:
        labels[(edge.tail, edge.head, edge.directed, edge.tentative)].add(edge.label)
    return [Edge(tail, head, "\n".join(sorted(texts)), directed, tentative)
            for (tail, head, directed, tentative), texts in labels.items()]


def _edge_lines(edges: list[Edge], centre: URIRef) -> list[str]:
    """Graphviz edges; undirected ones alternate sides of the centre so the picture stays compact."""
    lines = []
    for index, edge in enumerate(_merged(edges)):
        tail, head = edge.tail, edge.head
        if not edge.directed and index % 2 and tail == centre:
            tail, head = head, tail
        style = [f"label={_label(edge.label)}"] + ["dir=none"] * (not edge.directed) + ['style="dashed"'] * edge.tentative
        lines.append(f"  {_quote(str(tail))} -> {_quote(str(head))} [{', '.join(style)}];")
    return lines


def dot_source(graph: Graph, node: URIRef, link_of: Callable[[str], str | None]) -> str:
    """The Graphviz source of the node's network; ``link_of`` maps an IRI to its page URL (or None)."""
    edges = neighbours(graph, node)
    nodes = {node} | {e.tail for e in edges} | {e.head for e in edges}
    lines = ["digraph network {",
             '  graph [rankdir=LR, ranksep=1.1, nodesep=0.12, bgcolor="transparent", fontname="Helvetica"];',
             '  node [shape=box, style="rounded,filled", color="#5b6b80", fontname="Helvetica", fontsize=11, margin="0.15,0.06"];',
             '  edge [color="#7a869a", fontcolor="#44505f", fontname="Helvetica", fontsize=9, arrowsize=0.7];']
    lines += [_node_line(graph, item, node, link_of) for item in sorted(nodes)]
    return "\n".join(lines + _edge_lines(edges, node) + ["}"])


def render_svg(source: str) -> str:
    """SVG from Graphviz source via `dot`; CdkgError if Graphviz is missing, slow or fails."""
    dot = shutil.which("dot")
    if dot is None:
        raise CdkgError("Graphviz is not installed (apt-get install graphviz), so the network cannot be drawn")
    try:
        done = subprocess.run([dot, "-Tsvg"], input=source.encode(), capture_output=True,
                              timeout=DOT_TIMEOUT_SECONDS, check=True)
    except (subprocess.SubprocessError, OSError) as error:
        raise CdkgError(f"Graphviz could not draw the network: {error}") from None
    return done.stdout.decode("utf-8")
