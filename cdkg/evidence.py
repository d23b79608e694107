"""Evidence: the sentence a claim was read from, as a W3C Web Annotation specific resource.

An evidence node ``evidence/<12 hex>`` is an ``oa:SpecificResource`` whose ``oa:hasSource``
is the source document and whose two selectors locate the sentence in the document's raw
text: a ``oa:TextQuoteSelector`` (``evidence/<id>-quote``) with ``oa:exact`` the raw text and
``oa:prefix``/``oa:suffix`` the characters around it, and a ``oa:TextPositionSelector``
(``evidence/<id>-position``) whose ``oa:start``/``oa:end`` give that same text:
``raw[start:end] == exact``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from cdkg.namespaces import OA
from cdkg.sources import SourceText
from cdkg.vocabulary import CDO


CONTEXT_CHARS = 32


@dataclass(frozen=True, order=True)
class Evidence:
    """One supporting sentence: document stem, raw offsets [start, end), the cleaned quote, confidence and rule."""

    document: str
    start: int
    end: int
    quote: str
    confidence: Decimal
    rule: str

    def node_id(self, fact_key: str) -> str:
        """A stable 12-hex identifier of this evidence for one claim."""
        text = f"{fact_key}|{self.document}|{self.start}|{self.end}|{self.rule}"
        return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _snippet(text: str, limit: int = 60) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1].rsplit(" ", 1)[0] + "…"


def add_evidence(graph: Graph, node: URIRef, evidence: Evidence, base_iri: str, raw: str | None = None,
                 title: str = "") -> URIRef:
    """Write one evidence node for ``node`` and link it with cdo:hasEvidence; returns the evidence IRI.

    Args:
        graph: where to write.
        node: the claim or entity the sentence supports.
        evidence: the sentence and where it sits.
        base_iri: the base of individuals' IRIs.
        raw: the raw text of the source document (the quote is cut from it); the cleaned
            sentence is used when the raw text is not at hand.
        title: the source's title, for the evidence's label.
    """
    iri = URIRef(f"{base_iri}evidence/{evidence.node_id(str(node))}")
    exact = raw[evidence.start:evidence.end] if raw is not None else evidence.quote
    # "-quote", not "#quote": a fragment would make every evidence node a namespace of its own, which
    # made rdflib's Turtle writer quadratic (3.5 s -> 167 s to write a 1 MB corpus's graph)
    quote, position = URIRef(f"{iri}-quote"), URIRef(f"{iri}-position")
    graph.add((node, CDO.hasEvidence, iri))
    graph.add((iri, RDF.type, CDO.Evidence))
    graph.add((iri, RDFS.label, Literal(f"“{_snippet(exact)}” ({title or evidence.document})", lang="en")))
    graph.add((iri, OA.hasSource, URIRef(f"{base_iri}source/{evidence.document}")))
    graph.add((iri, OA.hasSelector, quote))
    graph.add((iri, OA.hasSelector, position))
    graph.add((iri, CDO.extractionRule, Literal(evidence.rule)))
    graph.add((quote, RDF.type, OA.TextQuoteSelector))
    graph.add((quote, OA.exact, Literal(exact, datatype=XSD.string)))
    if raw is not None:
        graph.add((quote, OA.prefix, Literal(raw[max(0, evidence.start - CONTEXT_CHARS):evidence.start])))
        graph.add((quote, OA.suffix, Literal(raw[evidence.end:evidence.end + CONTEXT_CHARS])))
    graph.add((position, RDF.type, OA.TextPositionSelector))
    graph.add((position, OA.start, Literal(evidence.start, datatype=XSD.nonNegativeInteger)))
    graph.add((position, OA.end, Literal(evidence.end, datatype=XSD.nonNegativeInteger)))
    return iri


def add_source_document(graph: Graph, source: SourceText, base_iri: str) -> URIRef:
    """Describe a source document (title, date, address) as a cdo:SourceDocument."""
    iri = URIRef(f"{base_iri}source/{source.stem}")
    graph.add((iri, RDF.type, CDO.SourceDocument))
    graph.add((iri, RDFS.label, Literal(source.title, lang="en")))
    graph.add((iri, DCTERMS.title, Literal(source.title)))
    graph.add((iri, DCTERMS.date, Literal(source.date, datatype=XSD.date)))
    if source.url:
        graph.add((iri, DCTERMS.source, URIRef(source.url)))
    return iri
