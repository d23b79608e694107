"""The JSON-LD context of the ontology, and the one JSON-LD writer that uses it.

The context is generated from the ontology file, so it never drifts from it: every ``cdo:``
class and property gets its local name as a short key (``party``, ``year``, ``State``),
object properties are coerced to IRIs (values are compact strings such as
``"id:state/albania"`` or ``"cdo:Signed"``), and datatype properties to their datatype
(``xsd:gYear`` for years, ``xsd:decimal`` for amounts and confidences). The Web Annotation,
PROV, Dublin Core, RDFS and SKOS terms the graph uses get short keys too when no ``cdo:`` term
has taken the name; ``label`` and the other SKOS/RDFS names hold English strings (a value in
another language, or none, keeps its full key, ``rdfs:label``). Served at ``/ontology/context.jsonld``; written by ``cdkg release``.
"""

from __future__ import annotations

import json
from typing import Any

from rdflib import OWL, RDF, Graph, URIRef

from cdkg.namespaces import PREFIXES

ONTOLOGY_NAMESPACE = PREFIXES["cdo"]
CONTEXT_URL = "https://w3id.org/cdkg/ontology/context.jsonld"
XSD = PREFIXES["xsd"]
# cdo:year and cdo:endYear have the range rdfs:Literal in OWL (xsd:gYear is outside OWL 2 DL); the shapes say gYear.
DATATYPE_OVERRIDES = {"year": "xsd:gYear", "endYear": "xsd:gYear"}
IRI_VALUED_ANNOTATIONS = {"relation"}  # an annotation property (its values are properties), but IRIs all the same
PLAIN_DATATYPES = {f"{XSD}string", str(RDF.PlainLiteral), "http://www.w3.org/2000/01/rdf-schema#Literal"}
# Names and definitions are English in cdkg: under these keys an English value is a plain JSON string.
ENGLISH_TERMS = {"rdfs:label", "rdfs:comment", "skos:prefLabel", "skos:altLabel", "skos:definition"}
# Other vocabularies' terms the graph uses: (prefixed name, coerced to IRIs?, datatype).
BORROWED_TERMS: tuple[tuple[str, bool, str | None], ...] = (
    ("rdfs:label", False, None), ("rdfs:comment", False, None), ("rdfs:seeAlso", True, None),
    ("skos:prefLabel", False, None), ("skos:altLabel", False, None), ("skos:definition", False, None),
    ("skos:inScheme", True, None), ("skos:broader", True, None),
    ("dct:title", False, None), ("dct:description", False, None), ("dct:date", False, "xsd:date"),
    ("dct:source", True, None), ("dct:license", True, None),
    ("prov:wasGeneratedBy", True, None), ("prov:wasAttributedTo", True, None), ("prov:used", True, None),
    ("prov:endedAtTime", False, "xsd:dateTime"),
    ("oa:hasSource", True, None), ("oa:hasSelector", True, None), ("oa:exact", False, "xsd:string"),
    ("oa:prefix", False, None), ("oa:suffix", False, None),
    ("oa:start", False, "xsd:nonNegativeInteger"), ("oa:end", False, "xsd:nonNegativeInteger"),
    ("oa:SpecificResource", False, None), ("oa:TextQuoteSelector", False, None),
    ("oa:TextPositionSelector", False, None),
    ("org:subOrganizationOf", True, None), ("org:memberOf", True, None),
)


def _compact(iri: str) -> str:
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and iri != namespace:
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def _term_definition(ontology: Graph, term: URIRef, local: str) -> str | dict[str, str]:
    compact = _compact(str(term))
    types = set(ontology.objects(term, RDF.type))
    if OWL.ObjectProperty in types or local in IRI_VALUED_ANNOTATIONS:
        return {"@id": compact, "@type": "@id"}
    if OWL.DatatypeProperty in types:
        ranges = [str(r) for r in ontology.objects(term, URIRef("http://www.w3.org/2000/01/rdf-schema#range"))]
        datatype = DATATYPE_OVERRIDES.get(local) or next((_compact(r) for r in sorted(ranges)
                                                          if r.startswith(XSD) and r not in PLAIN_DATATYPES), None)
        return {"@id": compact, "@type": datatype} if datatype else compact
    return compact


def _own_terms(ontology: Graph) -> dict[str, str | dict[str, str]]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    terms = {s for kind in kinds for s in ontology.subjects(RDF.type, kind)
             if isinstance(s, URIRef) and str(s).startswith(ONTOLOGY_NAMESPACE)}
    found: dict[str, str | dict[str, str]] = {}
    for term in sorted(terms):
        local = str(term)[len(ONTOLOGY_NAMESPACE):]
        if local and local.isidentifier():
            found[local] = _term_definition(ontology, term, local)
    return found


def _borrowed_terms(taken: set[str]) -> dict[str, str | dict[str, str]]:
    found: dict[str, str | dict[str, str]] = {}
    for name, is_iri, datatype in BORROWED_TERMS:
        local = name.split(":", 1)[1]
        if local in taken or local in PREFIXES:
            continue
        if is_iri:
            found[local] = {"@id": name, "@type": "@id"}
        elif datatype or name in ENGLISH_TERMS:
            found[local] = {"@id": name, "@type": datatype} if datatype else {"@id": name, "@language": "en"}
        else:
            found[local] = name
    return found


def build_context(ontology: Graph, base_iri: str) -> dict[str, Any]:
    """The context (the value of ``@context``): prefixes, ``id:`` for individuals, then short keys."""
    context: dict[str, Any] = dict(sorted(PREFIXES.items())) | {"id": base_iri}
    own = _own_terms(ontology)
    taken = set(own) | set(context)
    context |= {k: v for k, v in own.items() if k not in context}
    context |= _borrowed_terms(taken)
    return context


def context_document(ontology: Graph, base_iri: str) -> bytes:
    """The context as the JSON document served at ``/ontology/context.jsonld``."""
    return dump_json({"@context": build_context(ontology, base_iri)})


def dump_json(data: Any) -> bytes:
    """JSON as cdkg writes it: two-space indent, UTF-8, a final newline."""
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _sort_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


class _Shrinker:
    """Writes individuals' IRIs as ``id:…`` (rdflib only shortens IRIs whose namespace ends at the last ``/``)."""

    def __init__(self, context: dict[str, Any]) -> None:
        self.base = context["id"]
        self.iri_keys = {k for k, v in context.items() if isinstance(v, dict) and v.get("@type") == "@id"}

    def iri(self, value: Any) -> Any:
        if isinstance(value, str) and value.startswith(self.base) and len(value) > len(self.base):
            return "id:" + value[len(self.base):]
        return value

    def node(self, node: Any, iri_valued: bool = False) -> Any:
        """A node (or value) with IRIs shortened, keys in a stable order and value lists sorted."""
        if isinstance(node, list):
            return sorted((self.node(v, iri_valued) for v in node), key=_sort_key)
        if not isinstance(node, dict):
            return self.iri(node) if iri_valued else node
        keys = sorted(node, key=lambda k: (k not in ("@id", "@type"), k != "@id", k))
        return {k: self.iri(node[k]) if k == "@id" else self.node(node[k], k in self.iri_keys) for k in keys}


def compact_jsonld(graph: Graph, context: dict[str, Any]) -> bytes:
    """The graph as JSON-LD compacted with the context (embedded), in a stable order.

    The same graph always gives the same bytes: nodes are sorted by ``@id`` and every
    list of values by its JSON text (RDF values are unordered, so nothing is lost).
    """
    text = graph.serialize(format="json-ld", context=context, auto_compact=True)
    data = json.loads(text)
    nodes = data.get("@graph", [] if "@id" not in data else [{k: v for k, v in data.items() if k != "@context"}])
    shrinker = _Shrinker(context)
    nodes = sorted((shrinker.node(n) for n in nodes), key=lambda n: (str(n.get("@id", "")), _sort_key(n)))
    return dump_json({"@context": context, "@graph": nodes})
