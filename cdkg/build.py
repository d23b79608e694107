"""`cdkg build`: sources → facts with evidence → merged with reference and curated data → SHACL gate → kg.ttl.

Curation. ``data/curated.ttl`` is merged in last: additions and corrections written as
ordinary triples (curated nodes carry ``cdo:confidence 1.0``). A curator retracts what
the extractor got wrong in ``data/curated-retractions.txt`` (next to curated.ttl), one
line each, ``#`` starting a comment:

* ``agreement/albania-serbia-undernegotiation`` drops that node: every triple about it,
  every triple pointing to it and the evidence only it used;
* ``event/g7-ise-shina-summit rdfs:label`` drops only that property's values, so that
  curated.ttl can state the right one.

IRIs may be written in full or relative to the base IRI; properties as ``prefix:name``
with cdkg's prefixes or as full IRIs. Retractions apply before curated.ttl is merged.

The output is written atomically (a temporary file in the same folder, then
``os.replace``) and only after the gate passes, so a failed build never replaces a
valid graph; the same inputs give byte-identical Turtle.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import hashlib
import os
from datetime import datetime, timezone

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from cdkg import __version__
from cdkg.claims import Disagreement, derive, disagreements
from cdkg.config import Settings
from cdkg.files import write_atomically
from cdkg.errors import RDFInputError, SourceError, ValidationFailed
from cdkg.evidence import add_source_document
from cdkg.extraction import ExtractionResult, Extractor
from cdkg.extraction.learned import sentence_reader
from cdkg.facts import facts_to_graph
from cdkg.gazetteer import gazetteer_from_graph, load_reference_graph
from cdkg.namespaces import OA, PREFIXES, bind_prefixes
from cdkg.ontology import load_ontology
from cdkg.sources import DEFAULT_MAX_BYTES, SourceText, read_sources
from cdkg.vocabulary import CDO

RETRACTIONS_FILE = "curated-retractions.txt"
REMOVALS_FILE = "curated-removals.ttl"  # triples a curator (or POST /update) deleted from the built graph


@dataclass
class BuildReport:
    """What a build did: where it wrote, how much, and what it warned about."""

    output: Path
    triples: int
    facts: int
    documents: int
    warnings: list[str] = field(default_factory=list)
    validated: bool = False
    retracted: int = 0
    claims: int = 0
    disagreements: list[Disagreement] = field(default_factory=list)


def _progress_bar(total: int):  # noqa: ANN202 - tqdm's type is private
    from tqdm import tqdm

    return tqdm(total=total, desc="extracting", unit="doc", file=sys.stderr, disable=not sys.stderr.isatty())


def extract_sources(settings: Settings, sources: list[SourceText], reference: Graph | None = None
                    ) -> ExtractionResult:
    """Extract facts from already-read sources with the gazetteer of the reference data."""
    if reference is None:
        reference = load_reference_graph(settings.path("reference"))
    extractor = Extractor(gazetteer_from_graph(reference, settings.base_iri),
                          sentence_reader(settings.reader, settings.reader_model))
    with _progress_bar(len(sources)) as bar:
        return extractor.extract(sources, progress=lambda _: bar.update(1))


def _parse_turtle(path: Path, what: str) -> Graph:
    try:
        return Graph().parse(path, format="turtle")
    except Exception as exc:  # rdflib raises parser-specific exceptions
        raise RDFInputError(f"{what} {path} is not valid Turtle: {str(exc).splitlines()[0][:200]}") from exc


def _term(text: str, base_iri: str) -> URIRef:
    if ":" in text and "://" not in text:
        prefix, local = text.split(":", 1)
        if prefix in PREFIXES:
            return URIRef(PREFIXES[prefix] + local)
    if "://" in text:
        return URIRef(text.strip("<>"))
    return URIRef(base_iri + text.strip("/"))


def read_retractions(path: Path, base_iri: str) -> list[tuple[URIRef, URIRef | None]]:
    """The (node, property or None) pairs of a retractions file (none when the file is absent)."""
    if not path.is_file():
        return []
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        if len(words) > 2:
            raise SourceError(f"{path}, line {number}: expected '<node> [<property>]', got {line.strip()!r}")
        found.append((_term(words[0], base_iri), _term(words[1], base_iri) if len(words) == 2 else None))
    return found


def retract(graph: Graph, node: URIRef, prop: URIRef | None) -> int:
    """Remove a node (with the claims about it and the evidence only they used) or one property of it.

    Returns:
        the number of triples removed.
    """
    before = len(graph)
    if prop is not None:
        graph.remove((node, prop, None))
        return before - len(graph)
    claims = {c for p in (CDO.agreement, CDO.claimSubject, CDO.claimObject) for c in graph.subjects(p, node)}
    for claim in sorted(claims - {node}):
        retract(graph, claim, None)
    evidence = list(graph.objects(node, CDO.hasEvidence))
    graph.remove((node, None, None))
    graph.remove((None, None, node))
    for item in evidence:
        if (None, CDO.hasEvidence, item) not in graph:
            for selector in list(graph.objects(item, OA.hasSelector)):
                graph.remove((selector, None, None))
            graph.remove((item, None, None))
    return before - len(graph)


def sources_digest(sources: list[SourceText]) -> str:
    """SHA-256 over the sources' names and texts, in name order."""
    digest = hashlib.sha256()
    for source in sorted(sources, key=lambda s: s.stem):
        digest.update(source.stem.encode("utf-8") + b"\0" + source.text.encode("utf-8") + b"\0")
    return digest.hexdigest()


def build_time() -> datetime:
    """When this build ran: ``SOURCE_DATE_EPOCH`` when set (reproducible builds), else now, to the second."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    moment = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch.isdigit() else datetime.now(timezone.utc)
    return moment.replace(microsecond=0)


def add_build_activity(graph: Graph, sources: list[SourceText], base_iri: str) -> URIRef:
    """The build as a prov:Activity (extractor version, time, sources digest); every extracted claim points to it."""
    digest = sources_digest(sources)
    activity = URIRef(f"{base_iri}build/{digest[:12]}")
    graph.add((activity, RDF.type, CDO.BuildActivity))
    graph.add((activity, RDFS.label, Literal(f"cdkg {__version__} build of {len(sources)} source(s)", lang="en")))
    graph.add((activity, CDO.extractorVersion, Literal(__version__)))
    graph.add((activity, CDO.sourcesDigest, Literal(f"sha256:{digest}")))
    graph.add((activity, PROV.endedAtTime, Literal(build_time().isoformat(), datatype=XSD.dateTime)))
    for source in sorted(sources, key=lambda s: s.stem):
        graph.add((activity, PROV.used, URIRef(f"{base_iri}source/{source.stem}")))
    for claim in set(graph.subjects(CDO.claimObject, None)):
        graph.add((claim, PROV.wasGeneratedBy, activity))
    return activity


def assemble(settings: Settings, sources_dir: Path, max_source_bytes: int = DEFAULT_MAX_BYTES
             ) -> tuple[Graph, BuildReport]:
    """The merged graph of a build (not yet validated or written) and its report."""
    reference = load_reference_graph(settings.path("reference"))
    sources, errors = read_sources(sources_dir, max_source_bytes)
    result = extract_sources(settings, sources, reference)
    graph = facts_to_graph(result.facts, result.gazetteer, {s.stem: s.text for s in sources},
                           {s.stem: s.title for s in sources})
    for source in sources:
        add_source_document(graph, source, settings.base_iri)
    add_build_activity(graph, sources, settings.base_iri)
    graph += reference
    report = BuildReport(settings.path("kg"), 0, len(result.facts), len(sources), [e.message for e in errors])
    _curate(graph, settings, report, sources_dir)
    report.warnings.extend(derive(graph, load_ontology(settings.path("ontology"))))
    report.claims = len(set(graph.subjects(CDO.claimObject, None)))
    report.disagreements = disagreements(graph)
    report.triples = len(graph)
    return bind_prefixes(graph, settings.base_iri), report


def _curate(graph: Graph, settings: Settings, report: BuildReport, sources_dir: Path) -> None:
    """Apply retractions, removals and the curated layer; warn about what matched nothing.

    When the sources are not the project's own folder, the curated layer was written for other
    texts: what it does not find is summed up in one line instead of one warning each.
    """
    curated = settings.path("curated")
    quiet: list[str] = []
    own = sources_dir.resolve() == (settings.root / Settings.sources).resolve()
    for node, prop in read_retractions(curated.with_name(RETRACTIONS_FILE), settings.base_iri):
        removed = retract(graph, node, prop)
        report.retracted += removed
        if not removed:
            quiet.append(f"retraction of {node} {prop or ''} matched nothing; the fact may have changed")
    removals = curated.with_name(REMOVALS_FILE)
    if removals.is_file():
        graph -= _parse_turtle(removals, "curated removals file")
    if curated.is_file():
        layer = _parse_turtle(curated, "curated file")
        quiet.extend(unknown_curated_iris(layer, graph, settings.base_iri))
        attribute_curated_claims(layer, curated, settings.base_iri)
        graph += layer
    if own:
        report.warnings.extend(quiet)
    elif quiet:
        report.warnings.append(f"{len(quiet)} curated statement(s) in {curated.parent} name nothing these sources "
                               "mention (they were written for other sources)")


def curation_agent(curated: Path, base_iri: str) -> URIRef:
    """The IRI curated claims are attributed to: the curation file."""
    return URIRef(f"{base_iri}curation/{curated.name}")


def attribute_curated_claims(layer: Graph, curated: Path, base_iri: str) -> None:
    """Curated claims are attributed to the curation file and have confidence 1.0 (unless the file says)."""
    agent = curation_agent(curated, base_iri)
    claims = set(layer.subjects(CDO.claimObject, None))
    if not claims:
        return
    layer.add((agent, RDF.type, CDO.CurationFile))
    layer.add((agent, RDFS.label, Literal(f"curation file {curated.name}", lang="en")))
    for claim in claims:
        layer.add((claim, PROV.wasAttributedTo, agent))
        if layer.value(claim, CDO.confidence) is None:
            layer.add((claim, CDO.confidence, Literal("1.0", datatype=XSD.decimal)))


def unknown_curated_iris(layer: Graph, graph: Graph, base_iri: str) -> list[str]:
    """Warnings for IRIs under the base that the curated layer uses but nothing else mentions or types (typos)."""
    typed = set(layer.subjects(RDF.type, None))
    warnings = []
    for node in sorted({n for n in layer.all_nodes() if isinstance(n, URIRef) and str(n).startswith(base_iri)}):
        known = (node, None, None) in graph or (None, None, node) in graph
        if not known and node not in typed:
            warnings.append(f"curated file mentions {node}, which nothing else mentions; is it a typo?")
    return warnings


def serialise(graph: Graph) -> bytes:
    """Deterministic Turtle: the same graph always gives the same bytes."""
    return graph.serialize(format="longturtle", encoding="utf-8")


def gate(graph: Graph, shapes_dir: Path, output: Path) -> bool:
    """Run the SHACL gate when the shapes folder holds shapes; raise ValidationFailed if the graph does not conform."""
    if not shapes_dir.is_dir() or not any(shapes_dir.glob("*.ttl")):
        return False
    from cdkg.validation import validate_graph

    result = validate_graph(graph, shapes_dir, engine="fast")
    if not result.conforms:
        raise ValidationFailed(
            f"the built graph has {result.violations} SHACL violation(s); {output} left untouched",
            report=result.report_text,
        )
    return True


def build_graph(settings: Settings, sources: Path | None = None, output: Path | None = None,
                max_source_bytes: int = DEFAULT_MAX_BYTES) -> BuildReport:
    """Build the knowledge graph and write it (see the module docstring).

    Args:
        settings: paths of reference data, curated data, shapes and the default output.
        sources: folder of ``*.txt`` sources (default: the ``sources`` setting).
        output: the Turtle file to write (default: the ``kg`` setting).
        max_source_bytes: sources larger than this are refused with a warning.

    Raises:
        ValidationFailed: the merged graph does not conform; nothing was written.
    """
    graph, report = assemble(settings, sources or settings.path("sources"), max_source_bytes)
    report.output = output or settings.path("kg")
    report.validated = gate(graph, settings.path("shapes"), report.output)
    write_atomically(report.output, serialise(graph))
    return report


