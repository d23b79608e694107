"""Evidence: the sentence a fact was read from, where it sits in the raw file, how sure the rule was."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from cdkg.sources import SourceText
from cdkg.vocabulary import CDO


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
        """A stable 12-hex identifier of this evidence for one fact."""
        text = f"{fact_key}|{self.document}|{self.start}|{self.end}|{self.rule}"
        return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def add_evidence(graph: Graph, node: URIRef, evidence: Evidence, base_iri: str) -> URIRef:
    """Write one evidence node for ``node`` and link it with cdo:hasEvidence; returns the evidence IRI."""
    iri = URIRef(f"{base_iri}evidence/{evidence.node_id(str(node))}")
    graph.add((node, CDO.hasEvidence, iri))
    graph.add((iri, RDF.type, CDO.Evidence))
    graph.add((iri, RDFS.label, Literal(f"evidence from {evidence.document} at {evidence.start}", lang="en")))
    graph.add((iri, CDO.quote, Literal(evidence.quote, datatype=XSD.string)))
    graph.add((iri, CDO.inDocument, URIRef(f"{base_iri}source/{evidence.document}")))
    graph.add((iri, CDO.startOffset, Literal(evidence.start, datatype=XSD.nonNegativeInteger)))
    graph.add((iri, CDO.endOffset, Literal(evidence.end, datatype=XSD.nonNegativeInteger)))
    graph.add((iri, CDO.confidence, Literal(evidence.confidence, datatype=XSD.decimal)))
    graph.add((iri, CDO.extractionRule, Literal(evidence.rule)))
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
