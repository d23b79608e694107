"""Citations: what an evidence node says (quote, source document, offsets), read from the graph.

Evidence is read by following the node's properties, so both shapes the graph has used work:

- cdkg's first (ontology 0.1): ``?e cdo:quote "…" ; cdo:inDocument ?doc ; cdo:startOffset 12 ; cdo:endOffset 80``;
- W3C Web Annotation, as the build writes it now: ``?e oa:hasSource ?doc ; oa:hasSelector
  [ oa:exact "…" ] , [ oa:start 12 ; oa:end 80 ]``, or with an ``oa:hasTarget`` in between
  (targets, selectors and ``oa:refinedBy`` may nest).

``citation_query`` is the one place that knows those shapes; pages, downloads and the document
view all go through ``citations``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

import pyoxigraph as ox
from rdflib import URIRef

from cdkg.namespaces import OA
from cdkg.server.answers import select_strings
from cdkg.server.service import GraphService
from cdkg.vocabulary import CDO

DCT = "http://purl.org/dc/terms/"
# cdkg's first evidence shape (ontology 0.1); the ontology no longer declares these terms, old graphs still use them
LEGACY = "https://w3id.org/cdkg/ontology#"
LEGACY_QUOTE, LEGACY_DOCUMENT = f"{LEGACY}quote", f"{LEGACY}inDocument"
LEGACY_START, LEGACY_END = f"{LEGACY}startOffset", f"{LEGACY}endOffset"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
EVIDENCE_LINK = CDO.hasEvidence
_STEP = f"(<{OA.hasTarget}>|<{OA.hasSelector}>|<{OA.refinedBy}>)*"
_BATCH = 400


@dataclass(frozen=True)
class Citation:
    """One evidence node as a reader cites it."""

    evidence: str
    quote: str
    source: str = ""
    title: str = ""
    url: str = ""
    date: str = ""
    start: int | None = None
    end: int | None = None

    @property
    def local_id(self) -> str:
        """The evidence IRI's last segment: the anchor of its sentence on the document page."""
        return self.evidence.rstrip("/").rsplit("/", 1)[-1]


def citation_query(subject_pattern: str) -> str:
    """SPARQL giving ?e ?quote ?start ?end ?doc ?title ?url ?date for evidence nodes ?e.

    Args:
        subject_pattern: a group pattern binding ?e (a VALUES block, or a pattern with a document).
    """
    return f"""SELECT ?e ?quote ?start ?end ?doc ?title ?url ?date WHERE {{
      {subject_pattern}
      OPTIONAL {{ ?e {_STEP} ?qs . ?qs <{LEGACY_QUOTE}>|<{OA.exact}> ?quote }}
      OPTIONAL {{ ?e {_STEP} ?ps . ?ps <{LEGACY_START}>|<{OA.start}> ?start ; <{LEGACY_END}>|<{OA.end}> ?end }}
      OPTIONAL {{ ?e <{OA.hasTarget}>* ?t . ?t <{LEGACY_DOCUMENT}>|<{OA.hasSource}> ?doc .
                 OPTIONAL {{ ?doc <{DCT}title>|<{RDFS_LABEL}> ?title }}
                 OPTIONAL {{ ?doc <{DCT}source> ?url }} OPTIONAL {{ ?doc <{DCT}date> ?date }} }}
    }}"""


def _number(value: object) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None


def _merge(found: dict[str, Citation], row: dict[str, object]) -> None:
    """Fold one answer row into the citation of its evidence node (first value of each field wins)."""
    iri = str(row["e"])
    old = found.get(iri) or Citation(iri, "")
    text = {name: str(row[name]) if name in row else "" for name in ("quote", "doc", "title", "url", "date")}
    found[iri] = Citation(iri, old.quote or " ".join(text["quote"].split()), old.source or text["doc"], old.title or text["title"],
                          old.url or text["url"], old.date or text["date"],
                          old.start if old.start is not None else _number(row.get("start", "")),
                          old.end if old.end is not None else _number(row.get("end", "")))


def _collect(service: GraphService, pattern: str) -> dict[str, Citation]:
    found: dict[str, Citation] = {}
    for row in select_strings(service, citation_query(pattern)):
        _merge(found, row)
    return {iri: citation for iri, citation in found.items() if citation.quote or citation.source}


def _valid_iri(text: str) -> bool:
    """Whether the text is a web IRI that can be written into a query as it is."""
    try:
        ox.NamedNode(text)
    except ValueError:
        return False
    return text.startswith(("http://", "https://"))


def citations(service: GraphService, iris: Iterable[str]) -> dict[str, Citation]:
    """The citation of every IRI that is an evidence node (others, and anything not an IRI, are left out)."""
    wanted = sorted({iri for iri in iris if _valid_iri(iri)})
    found: dict[str, Citation] = {}
    for first in range(0, len(wanted), _BATCH):
        values = " ".join(URIRef(iri).n3() for iri in wanted[first:first + _BATCH])
        found |= _collect(service, f"VALUES ?e {{ {values} }}")
    return found


def citations_in(service: GraphService, document: str) -> dict[str, Citation]:
    """Every evidence node quoting the document."""
    doc = URIRef(document).n3()
    return _collect(service, f"?e <{OA.hasTarget}>*/(<{LEGACY_DOCUMENT}>|<{OA.hasSource}>) {doc} .")


def facts_citing(service: GraphService, evidence: Iterable[str]) -> dict[str, list[tuple[str, str]]]:
    """(fact IRI, fact label) for each evidence IRI, from the facts that point at it."""
    values = " ".join(URIRef(iri).n3() for iri in sorted(set(evidence)))
    if not values:
        return {}
    rows = select_strings(service, f"""SELECT ?e ?f (SAMPLE(?l) AS ?label) WHERE {{ VALUES ?e {{ {values} }}
      ?f <{EVIDENCE_LINK}> ?e . OPTIONAL {{ ?f <{RDFS_LABEL}> ?l }} }} GROUP BY ?e ?f ORDER BY ?f""")
    found: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        found.setdefault(str(row["e"]), []).append((str(row["f"]), str(row.get("label", row["f"]))))
    return found


def cite_line(citation: Citation, subject: str, accessed: dt.date | None = None) -> str:
    """A "cite this" line: source title, its address, the date accessed and the cdkg IRI."""
    day = (accessed or dt.date.today()).isoformat()
    parts = [f"“{citation.title}”" if citation.title else "", citation.url, f"accessed {day}", f"cdkg {subject}"]
    return ", ".join(part for part in parts if part) + "."


def snippet(text: str, limit: int = 90) -> str:
    """The text cut at a word boundary near ``limit`` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
