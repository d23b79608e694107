"""A state's or organisation's network of agreements, memberships and cooperation, drawn by Graphviz as SVG."""

from __future__ import annotations

import shutil
import subprocess

from rdflib import Graph, URIRef

from cdkg.errors import CdkgError
from cdkg.server.individuals import FACT_ROLES, label_of
from cdkg.vocabulary import CDO

DOT_TIMEOUT_SECONDS = 10
SHORTCUTS = (CDO.memberOf, CDO.hasAgreementWith, CDO.cooperatesWith, CDO.chairs, CDO.participatesIn,
             CDO.agencyOf, CDO.partOf, CDO.mergedInto, CDO.hasMember)


def neighbours(graph: Graph, node: URIRef) -> list[tuple[URIRef, str, URIRef]]:
    """(from, relation label, to) edges of the node's direct relations and of facts naming it."""
    edges = {(node, label_of(graph, p), o) for p in SHORTCUTS for o in graph.objects(node, p) if isinstance(o, URIRef)}
    edges |= {(s, label_of(graph, p), node) for p in SHORTCUTS for s in graph.subjects(p, node) if isinstance(s, URIRef)}
    for fact in {f for role in FACT_ROLES for f in graph.subjects(role, node)}:
        kind = label_of(graph, graph.value(fact, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")))
        others = {o for role in FACT_ROLES for o in graph.objects(fact, role) if o != node and isinstance(o, URIRef)}
        edges |= {(node, kind.lower(), other) for other in others}
    return sorted(edges)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def dot_source(graph: Graph, node: URIRef, link_of: object) -> str:
    """The Graphviz source of the node's network; ``link_of`` maps an IRI to its page URL."""
    edges = neighbours(graph, node)
    nodes = {node} | {e[0] for e in edges} | {e[2] for e in edges}
    lines = ["digraph network {", '  graph [rankdir=LR, bgcolor="transparent", fontname="Helvetica"];',
             '  node [shape=box, style="rounded,filled", fillcolor="#eef3fb", color="#4a6fa5", fontname="Helvetica", fontsize=11];',
             '  edge [color="#7a869a", fontname="Helvetica", fontsize=9];']
    for item in sorted(nodes):
        extra = ', fillcolor="#4a6fa5", fontcolor="white"' if item == node else ""
        lines.append(f"  {_quote(str(item))} [label={_quote(label_of(graph, item))}, URL={_quote(link_of(str(item)))}, target=\"_top\"{extra}];")  # type: ignore[operator]
    lines += [f"  {_quote(str(a))} -> {_quote(str(b))} [label={_quote(rel)}];" for a, rel, b in edges]
    return "\n".join(lines + ["}"])


def render_svg(source: str) -> str:
    """SVG from Graphviz source via `dot`; CdkgError if Graphviz is missing or fails."""
    dot = shutil.which("dot")
    if dot is None:
        raise CdkgError("Graphviz is not installed (apt-get install graphviz): the network is shown as a list")
    try:
        done = subprocess.run([dot, "-Tsvg"], input=source.encode(), capture_output=True, timeout=DOT_TIMEOUT_SECONDS, check=True)
    except (subprocess.SubprocessError, OSError) as error:
        raise CdkgError(f"Graphviz could not draw the network: {error}") from None
    return done.stdout.decode("utf-8")
