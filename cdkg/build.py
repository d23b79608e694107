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

from rdflib import Graph, URIRef

from cdkg.config import Settings
from cdkg.files import write_atomically
from cdkg.errors import RDFInputError, SourceError, ValidationFailed
from cdkg.evidence import add_source_document
from cdkg.extraction import ExtractionResult, Extractor
from cdkg.facts import facts_to_graph
from cdkg.gazetteer import gazetteer_from_graph, load_reference_graph
from cdkg.namespaces import PREFIXES, bind_prefixes
from cdkg.sources import DEFAULT_MAX_BYTES, SourceText, read_sources
from cdkg.vocabulary import CDO

RETRACTIONS_FILE = "curated-retractions.txt"
REMOVALS_FILE = "curated-removals.ttl"


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


def _progress_bar(total: int):  # noqa: ANN202 - tqdm's type is private
    from tqdm import tqdm

    return tqdm(total=total, desc="extracting", unit="doc", file=sys.stderr, disable=not sys.stderr.isatty())


def extract_sources(settings: Settings, sources: list[SourceText], reference: Graph | None = None
                    ) -> ExtractionResult:
    """Extract facts from already-read sources with the gazetteer of the reference data."""
    if reference is None:
        reference = load_reference_graph(settings.path("reference"))
    extractor = Extractor(gazetteer_from_graph(reference, settings.base_iri))
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
    """Remove a node (with the evidence only it used) or one property of it; returns triples removed."""
    before = len(graph)
    if prop is not None:
        graph.remove((node, prop, None))
        return before - len(graph)
    evidence = list(graph.objects(node, CDO.hasEvidence))
    graph.remove((node, None, None))
    graph.remove((None, None, node))
    for item in evidence:
        if (None, CDO.hasEvidence, item) not in graph:
            graph.remove((item, None, None))
    return before - len(graph)


def assemble(settings: Settings, sources_dir: Path, max_source_bytes: int = DEFAULT_MAX_BYTES
             ) -> tuple[Graph, BuildReport]:
    """The merged graph of a build (not yet validated or written) and its report."""
    reference = load_reference_graph(settings.path("reference"))
    sources, errors = read_sources(sources_dir, max_source_bytes)
    result = extract_sources(settings, sources, reference)
    graph = facts_to_graph(result.facts, result.gazetteer)
    for source in sources:
        add_source_document(graph, source, settings.base_iri)
    graph += reference
    report = BuildReport(settings.path("kg"), 0, len(result.facts), len(sources), [e.message for e in errors])
    _curate(graph, settings, report)
    report.triples = len(graph)
    return bind_prefixes(graph, settings.base_iri), report


def _curate(graph: Graph, settings: Settings, report: BuildReport) -> None:
    curated = settings.path("curated")
    for node, prop in read_retractions(curated.with_name(RETRACTIONS_FILE), settings.base_iri):
        removed = retract(graph, node, prop)
        report.retracted += removed
        if not removed:
            report.warnings.append(f"retraction of {node} {prop or ''} matched nothing; the fact may have changed")
    removals = curated.with_name(REMOVALS_FILE)  # what POST /update deleted (cdkg.sparql_update)
    if removals.is_file():
        graph -= _parse_turtle(removals, "curated removals file")
    if curated.is_file():
        graph += _parse_turtle(curated, "curated file")


def serialise(graph: Graph) -> bytes:
    """Deterministic Turtle: the same graph always gives the same bytes."""
    return graph.serialize(format="longturtle", encoding="utf-8")


def gate(graph: Graph, shapes_dir: Path, output: Path) -> bool:
    """Run the SHACL gate when the shapes folder holds shapes; raise ValidationFailed if the graph does not conform."""
    if not shapes_dir.is_dir() or not any(shapes_dir.glob("*.ttl")):
        return False
    from cdkg.validation import validate_graph

    result = validate_graph(graph, shapes_dir)
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


