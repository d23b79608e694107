"""The dataset description: VoID and DCAT in one graph, counted from the graph by SPARQL.

``describe_dataset(select, info)`` asks the graph (through any ``select`` function that returns
rows of dicts: ``cdkg.ask.select_rows`` over a Store, or the server's GraphService.select) for
its size, its class and property partitions, its build time and a few example resources, and
returns an rdflib Graph with the ``void:Dataset``/``dcat:Dataset``: title, description, licence,
version, publisher, issued and modified, ``void:triples``, ``void:entities``, one
``void:classPartition`` per class, one ``void:propertyPartition`` per property,
``void:sparqlEndpoint``, ``void:dataDump``s (each a ``dcat:Distribution``), example resources
and the vocabularies used. Partitions have IRIs (``<dataset>#class-cdo-State``) rather than
blank nodes, so the same graph always gives the same Turtle.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Callable

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, RDF, RDFS, XSD

from cdkg import __version__
from cdkg.namespaces import PREFIXES

VOID = Namespace("http://rdfs.org/ns/void#")
Select = Callable[[str], list[dict[str, Any]]]
TITLE = "Cyber Diplomacy Knowledge Graph"
DESCRIPTION = ("How states build cyber resilience, sign cyber memoranda of understanding, fund capacity building "
               "and take positions in international fora, read from country profiles: every statement is a claim "
               "that points back to the sentence it came from.")
LICENCE = "https://creativecommons.org/licenses/by/4.0/"
PUBLISHER = "The cdkg team"
DCAT_VERSION = URIRef("http://www.w3.org/ns/dcat#version")  # DCAT 3; rdflib's DCAT namespace predates it
EXAMPLE_CLASSES = ("State", "MemorandumOfUnderstanding", "AgreementClaim", "Evidence")


@dataclass(frozen=True)
class Distribution:
    """One downloadable file of the dataset: where it is, its media type and (when known) its size."""

    url: str
    media_type: str
    byte_size: int | None = None
    title: str = ""


@dataclass(frozen=True)
class DatasetInfo:
    """What the graph cannot say about itself: its IRI, names, licence, endpoint and dumps."""

    iri: str
    base_iri: str
    version: str = __version__
    title: str = TITLE
    description: str = DESCRIPTION
    licence: str = LICENCE
    publisher: str = PUBLISHER
    endpoint: str | None = None
    landing_page: str | None = None
    dumps: tuple[Distribution, ...] = field(default_factory=tuple)
    is_version_of: str | None = None


@dataclass(frozen=True)
class Statistics:
    """The counts VoID publishes, as the graph answers them."""

    triples: int
    entities: int
    distinct_subjects: int
    distinct_objects: int
    classes: dict[str, int]
    properties: dict[str, int]
    built: str | None
    examples: tuple[str, ...]


def _count(select: Select, where: str) -> int:
    rows = select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
    return int(rows[0]["n"]) if rows else 0


def _partition(select: Select, query: str, key: str) -> dict[str, int]:
    return {str(r[key]): int(r["n"]) for r in select(query) if r.get(key) is not None}


def class_counts(select: Select) -> dict[str, int]:
    """Instances per class: ``void:entities`` of each class partition."""
    return _partition(select, "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class", "class")


def property_counts(select: Select) -> dict[str, int]:
    """Triples per property: ``void:triples`` of each property partition."""
    return _partition(select, "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p", "p")


def _examples(select: Select) -> tuple[str, ...]:
    found = []
    for name in EXAMPLE_CLASSES:
        rows = select(f"SELECT ?s WHERE {{ ?s a <{PREFIXES['cdo']}{name}> FILTER(isIRI(?s)) }} ORDER BY ?s LIMIT 1")
        found += [str(r["s"]) for r in rows]
    return tuple(found)


def _build_time(select: Select) -> str | None:
    rows = select(f"SELECT (MAX(STR(?t)) AS ?time) WHERE {{ ?b a <{PREFIXES['cdo']}BuildActivity> ; "
                  "<http://www.w3.org/ns/prov#endedAtTime> ?t }")
    return str(rows[0]["time"]) if rows and rows[0].get("time") is not None else None


def statistics(select: Select, base_iri: str) -> Statistics:
    """Everything VoID counts, asked of the graph."""
    entities = f'SELECT DISTINCT ?s WHERE {{ ?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), "{base_iri}")) }}'
    return Statistics(
        triples=_count(select, "?s ?p ?o"),
        entities=_count(select, f"{{ {entities} }}"),
        distinct_subjects=_count(select, "{ SELECT DISTINCT ?s WHERE { ?s ?p ?o } }"),
        distinct_objects=_count(select, "{ SELECT DISTINCT ?o WHERE { ?s ?p ?o } }"),
        classes=class_counts(select),
        properties=property_counts(select),
        built=_build_time(select),
        examples=_examples(select),
    )


def _fragment(kind: str, iri: str) -> str:
    for prefix, namespace in PREFIXES.items():
        local = iri[len(namespace):]
        if iri.startswith(namespace) and local.replace("_", "").replace("-", "").isalnum():
            return f"{kind}-{prefix}-{local}"
    return f"{kind}-{hashlib.sha1(iri.encode('utf-8')).hexdigest()[:12]}"


def vocabularies(iris: list[str]) -> list[str]:
    """The namespaces (of cdkg's known prefixes) that these class and property IRIs come from."""
    used = {ns for iri in iris for ns in PREFIXES.values() if iri.startswith(ns) and iri != ns}
    return sorted(used)


def describe_dataset(select: Select, info: DatasetInfo) -> Graph:
    """The VoID + DCAT description of the graph ``select`` asks (see the module docstring)."""
    return description_graph(statistics(select, info.base_iri), info)


def description_graph(stats: Statistics, info: DatasetInfo) -> Graph:
    """The VoID + DCAT graph for counted statistics and the dataset's own information."""
    graph = Graph()
    for prefix, namespace in (("void", VOID), ("dcat", DCAT), ("dct", DCTERMS), ("foaf", FOAF), ("xsd", XSD)):
        graph.bind(prefix, namespace)
    dataset = URIRef(info.iri)
    _describe(graph, dataset, info, stats)
    _add_counts(graph, dataset, stats)
    _add_partitions(graph, dataset, stats)
    _add_access(graph, dataset, info)
    return graph


def _describe(graph: Graph, dataset: URIRef, info: DatasetInfo, stats: Statistics) -> None:
    graph.add((dataset, RDF.type, VOID.Dataset))
    graph.add((dataset, RDF.type, DCAT.Dataset))
    graph.add((dataset, DCTERMS.title, Literal(info.title, lang="en")))
    graph.add((dataset, DCTERMS.description, Literal(info.description, lang="en")))
    graph.add((dataset, DCTERMS.license, URIRef(info.licence)))
    graph.add((dataset, DCTERMS.publisher, Literal(info.publisher)))
    graph.add((dataset, DCAT_VERSION, Literal(info.version)))
    graph.add((dataset, OWL.versionInfo, Literal(info.version)))
    if info.is_version_of:
        graph.add((dataset, DCTERMS.isVersionOf, URIRef(info.is_version_of)))
    if stats.built:
        moment = Literal(stats.built, datatype=XSD.dateTime)
        graph.add((dataset, DCTERMS.issued, moment))
        graph.add((dataset, DCTERMS.modified, moment))
    graph.add((dataset, VOID.uriSpace, Literal(info.base_iri)))
    for example in stats.examples:
        graph.add((dataset, VOID.exampleResource, URIRef(example)))
    for namespace in vocabularies(list(stats.classes) + list(stats.properties)):
        graph.add((dataset, VOID.vocabulary, URIRef(namespace)))


def _add_counts(graph: Graph, dataset: URIRef, stats: Statistics) -> None:
    for prop, value in ((VOID.triples, stats.triples), (VOID.entities, stats.entities),
                        (VOID.distinctSubjects, stats.distinct_subjects), (VOID.distinctObjects, stats.distinct_objects),
                        (VOID.classes, len(stats.classes)), (VOID.properties, len(stats.properties))):
        graph.add((dataset, prop, Literal(value, datatype=XSD.integer)))


def _add_partitions(graph: Graph, dataset: URIRef, stats: Statistics) -> None:
    for iri, count in sorted(stats.classes.items()):
        part = URIRef(f"{dataset}#{_fragment('class', iri)}")
        graph.add((dataset, VOID.classPartition, part))
        graph.add((part, VOID["class"], URIRef(iri)))
        graph.add((part, VOID.entities, Literal(count, datatype=XSD.integer)))
    for iri, count in sorted(stats.properties.items()):
        part = URIRef(f"{dataset}#{_fragment('property', iri)}")
        graph.add((dataset, VOID.propertyPartition, part))
        graph.add((part, VOID.property, URIRef(iri)))
        graph.add((part, VOID.triples, Literal(count, datatype=XSD.integer)))


def _add_access(graph: Graph, dataset: URIRef, info: DatasetInfo) -> None:
    if info.endpoint:
        graph.add((dataset, VOID.sparqlEndpoint, URIRef(info.endpoint)))
        service = URIRef(f"{info.endpoint}#service")
        graph.add((dataset, DCAT.accessService, service))
        graph.add((service, RDF.type, DCAT.DataService))
        graph.add((service, DCAT.endpointURL, URIRef(info.endpoint)))
        graph.add((service, DCAT.servesDataset, dataset))
    if info.landing_page:
        graph.add((dataset, DCAT.landingPage, URIRef(info.landing_page)))
    for dump in info.dumps:
        _add_distribution(graph, dataset, dump)


def _add_distribution(graph: Graph, dataset: URIRef, dump: Distribution) -> None:
    url = URIRef(dump.url)
    graph.add((dataset, VOID.dataDump, url))
    graph.add((dataset, DCAT.distribution, url))
    graph.add((url, RDF.type, DCAT.Distribution))
    graph.add((url, DCAT.downloadURL, url))
    graph.add((url, DCAT.mediaType, URIRef(f"https://www.iana.org/assignments/media-types/{dump.media_type}")))
    if dump.title:
        graph.add((url, DCTERMS.title, Literal(dump.title, lang="en")))
    if dump.byte_size is not None:
        graph.add((url, DCAT.byteSize, Literal(dump.byte_size, datatype=XSD.nonNegativeInteger)))
    graph.add((url, RDFS.label, Literal(url.split("/")[-1] or str(url))))
