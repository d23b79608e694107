"""The SHACL gate: load the shapes, validate a graph against them with the ontology, report by shape.

`validate_graph` is what `cdkg build` calls before writing; `validate_file` is what
`cdkg validate` calls. A graph conforms when no result has severity sh:Violation:
warnings (implausible, not wrong) are reported but do not block.

Run ``python -m cdkg.validation`` to regenerate ``shapes/currencies.ttl`` from pycountry.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax import SAXException

import pycountry
from pyshacl import validate
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.exceptions import Error as RDFLibError
from rdflib.namespace import RDF, RDFS, SH
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import Node
from rdflib.util import guess_format

from cdkg.claims import Disagreement, disagreements
from cdkg.errors import RDFInputError
from cdkg.namespaces import bind_prefixes
from cdkg.ontology import ONTOLOGY_FILE, load_ontology
from cdkg.vocabulary import CDO

CDKS = Namespace("https://w3id.org/cdkg/shapes#")
SHAPES_DIR = Path(__file__).resolve().parent.parent / "shapes"
CURRENCY_SHAPES_FILE = "currencies.ttl"
SHAPE_TYPES = (SH.NodeShape, SH.PropertyShape)
PARSE_ERRORS = (OSError, SyntaxError, ValueError, TypeError, AttributeError, SAXException, RDFLibError)
SEVERITY_NAMES = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}


@dataclass(frozen=True)
class ReportEntry:
    """One validation result, with the names a curator needs."""

    severity: str
    shape: Node
    shape_name: str
    component: Node
    focus: Node
    focus_label: str
    path: Node | None
    value: Node | None
    value_label: str
    message: str

    def as_dict(self) -> dict[str, str | None]:
        """The entry as JSON-ready strings."""
        return {
            "severity": self.severity,
            "shape": str(self.shape),
            "shapeName": self.shape_name,
            "constraintComponent": str(self.component),
            "focusNode": str(self.focus),
            "focusLabel": self.focus_label,
            "path": None if self.path is None else str(self.path),
            "value": None if self.value is None else str(self.value),
            "valueLabel": self.value_label or None,
            "message": self.message,
        }


@dataclass
class ValidationResult:
    """What the gate found: conforms is False only when there is at least one sh:Violation."""

    conforms: bool
    report_text: str
    report_graph: Graph
    violations: int
    warnings: int
    entries: list[ReportEntry] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)


def _parse_shapes_file(graph: Graph, path: Path) -> None:
    try:
        graph.parse(path, format="turtle")
    except PARSE_ERRORS as exc:
        raise RDFInputError(f"shapes file {path} is not valid Turtle: {exc}") from exc


def load_shapes(shapes_dir: Path) -> Graph:
    """Every ``*.ttl`` file of the shapes folder, as one graph.

    Raises:
        RDFInputError: the folder is missing, holds no shapes, or a file is not valid Turtle.
    """
    if not shapes_dir.is_dir():
        raise RDFInputError(f"shapes folder {shapes_dir} does not exist")
    graph = Graph()
    for path in sorted(shapes_dir.glob("*.ttl")):
        _parse_shapes_file(graph, path)
    if not any((None, RDF.type, t) in graph for t in SHAPE_TYPES):
        raise RDFInputError(f"no SHACL shapes in {shapes_dir} (expected *.ttl files with sh:NodeShape)")
    return graph


def load_data(path: Path) -> Graph:
    """An RDF file as a graph, its format guessed from the suffix (Turtle when unknown).

    Raises:
        RDFInputError: the file is missing, unreadable, not RDF or empty.
    """
    if not path.is_file():
        raise RDFInputError(f"cannot read {path}: no such file")
    try:
        graph = Graph().parse(path, format=guess_format(str(path)) or "turtle")
    except PARSE_ERRORS as exc:
        raise RDFInputError(f"{path} is not readable RDF: {_first_line(exc)}") from exc
    if len(graph) == 0:
        raise RDFInputError(f"{path} holds no triples")
    return graph


def _first_line(exc: Exception) -> str:
    """The parser's reason on one line: rdflib puts the position and the reason on separate lines
    ("at line 3 of <>:" / "Bad syntax (…) at ^ in: …"), so both are kept, without the quoted excerpt."""
    text = str(exc).strip() or type(exc).__name__
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    reason = lines[0]
    if reason.endswith(":") and len(lines) > 1:
        reason = f"{reason} {lines[1].split(' at ^ in:')[0]}"
    return reason.replace("of <>:", "").replace("  ", " ")[:300]


def validate_graph(data: Graph, shapes_dir: Path, ontology: Path | None = None,
                   engine: str = "pyshacl") -> ValidationResult:
    """Validate a graph against the shapes, with the ontology's class hierarchy mixed in.

    Args:
        data: the graph to check; it is not modified.
        shapes_dir: folder of SHACL ``*.ttl`` files.
        ontology: the ontology file (default: the packaged ``ontology/cyberdiplomacy.ttl``).
        engine: ``pyshacl`` (the reference) or ``fast`` (:mod:`cdkg.fast_shacl`, same results on
            the shapes it supports, falling back to pySHACL on any other).

    Returns:
        The result; ``conforms`` is False only if some result has severity sh:Violation.
    """
    shapes = load_shapes(shapes_dir)
    ontology_graph = load_ontology(ontology or ONTOLOGY_FILE)
    report = _fast_report(data, ontology_graph, shapes) if engine == "fast" else None
    report = report if report is not None else _report(with_class_hierarchy(data, ontology_graph), shapes)
    result = _result_from(bind_prefixes(report), data, shapes)
    result.disagreements = disagreements(data)
    result.report_text = render_text(result.entries, result.disagreements)
    return result


PARALLEL_FROM_TRIPLES = 30_000  # below this, starting processes costs more than it saves
_WORK: tuple[Graph, list[Graph]] | None = None  # what forked workers read (shared copy-on-write)


def _validate_once(mixed: Graph, shapes: Graph) -> Graph:
    _, report, _ = validate(mixed, shacl_graph=shapes, inference="none", allow_warnings=True, allow_infos=True,
                            abort_on_first=False, advanced=False)
    return report


def _validate_part(index: int) -> bytes:
    assert _WORK is not None
    return _validate_once(_WORK[0], _WORK[1][index]).serialize(format="nt", encoding="utf-8")


def split_shapes(shapes: Graph, parts: int) -> list[Graph]:
    """The shapes graph cut into ``parts`` graphs, each with whole node shapes (and every shared declaration).

    SHACL validation is the union of each shape's results, so validating the parts apart and
    merging the reports gives the same results as validating all at once.
    """
    node_shapes = sorted(s for s in shapes.subjects(RDF.type, SH.NodeShape))
    owned: dict[Node, int] = {}
    for index, shape in enumerate(node_shapes):
        for node in _closure(shapes, shape):
            owned.setdefault(node, index % parts)
    graphs = [Graph() for _ in range(parts)]
    for triple in shapes:
        owner = owned.get(triple[0])
        for index, graph in enumerate(graphs):
            if owner is None or owner == index:
                graph.add(triple)
    for graph in graphs:
        for prefix, namespace in shapes.namespaces():
            graph.bind(prefix, namespace)
    return graphs


def _closure(shapes: Graph, start: Node) -> set[Node]:
    """A node shape and everything it owns: property shapes, lists, nested shapes, SPARQL constraints."""
    seen, todo = set(), [start]
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        for predicate, obj in shapes.predicate_objects(node):
            if isinstance(obj, BNode) or predicate in (SH.property, SH.sparql):
                todo.append(obj)
    return seen


def _fast_report(data: Graph, ontology: Graph, shapes: Graph) -> Graph | None:
    """The fast engine's report, or None when the shapes use something it does not support."""
    from itertools import chain

    from cdkg.fast_shacl import Engine, Unsupported, report_graph

    hierarchy = ((s, RDFS.subClassOf, o) for s, o in ontology.subject_objects(RDFS.subClassOf))
    try:
        return report_graph(Engine(shapes).validate(chain(data, hierarchy)))
    except Unsupported:
        return None


def _report(mixed: Graph, shapes: Graph) -> Graph:
    """pySHACL's report; on a large graph, node shapes are split across processes (one per core)."""
    global _WORK
    parts = min(os.cpu_count() or 1, 4)
    if parts < 2 or len(mixed) < PARALLEL_FROM_TRIPLES or "fork" not in multiprocessing.get_all_start_methods():
        return _validate_once(mixed, shapes)
    _WORK = (mixed, split_shapes(shapes, parts))
    try:
        with multiprocessing.get_context("fork").Pool(parts) as pool:
            pieces = pool.map(_validate_part, range(parts))
    finally:
        _WORK = None
    return merge_reports([Graph().parse(data=piece.decode("utf-8"), format="nt") for piece in pieces])


def merge_reports(reports: list[Graph]) -> Graph:
    """One SHACL validation report holding every result of the given reports."""
    merged, root = Graph(), BNode()
    merged.add((root, RDF.type, SH.ValidationReport))
    conforms = True
    for report in reports:
        roots = set(report.subjects(RDF.type, SH.ValidationReport))
        for node in roots:
            conforms &= bool(report.value(node, SH.conforms).toPython())
            for result in report.objects(node, SH.result):
                merged.add((root, SH.result, result))
        for triple in report:
            if triple[0] not in roots:
                merged.add(triple)
    merged.add((root, SH.conforms, Literal(conforms)))
    return merged


@lru_cache(maxsize=256)
def _prepared(query: str) -> Query:
    return prepareQuery(query)


class QueryCachingGraph(Graph):
    """A graph that parses each SPARQL text once.

    pySHACL passes a SPARQL constraint's text to ``query`` once per focus node, and rdflib
    parses it every time; caching the parsed query took validation of an 8,000-triple
    graph from 31 s to under 3 s.
    """

    def query(self, query_object: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(query_object, str) and not kwargs.get("initNs"):
            query_object = _prepared(query_object)
        return super().query(query_object, *args, **kwargs)


def with_class_hierarchy(data: Graph, ontology: Graph) -> Graph:
    """A copy of the data plus the ontology's rdfs:subClassOf triples, so SHACL sees subclass instances.

    pySHACL's own ``ont_graph`` mix-in clones the whole ontology node by node and took 19 s
    on a 60-triple graph; the class hierarchy is all the shapes need (SHACL instance =
    rdf:type/rdfs:subClassOf*).
    """
    mixed = QueryCachingGraph()
    for triple in data:
        mixed.add(triple)
    for sub, sup in ontology.subject_objects(RDFS.subClassOf):
        if isinstance(sub, URIRef) and isinstance(sup, URIRef):
            mixed.add((sub, RDFS.subClassOf, sup))
    return mixed


def validate_file(data: Path, shapes_dir: Path, ontology: Path | None = None,
                  engine: str = "pyshacl") -> ValidationResult:
    """Validate an RDF file; see `validate_graph`.

    Raises:
        RDFInputError: the file is missing, unreadable or not RDF, or the shapes cannot be loaded.
    """
    return validate_graph(load_data(data), shapes_dir, ontology, engine=engine)


def _result_from(report: Graph, data: Graph, shapes: Graph) -> ValidationResult:
    entries = report_entries(report, data, shapes)
    violations = sum(e.severity == "Violation" for e in entries)
    warnings = len(entries) - violations
    return ValidationResult(
        conforms=violations == 0,
        report_text=render_text(entries),
        report_graph=report,
        violations=violations,
        warnings=warnings,
        entries=entries,
    )


def label_of(graph: Graph, node: Node | None) -> str:
    """A node's rdfs:label (English preferred), else the empty string."""
    if node is None or isinstance(node, Literal):
        return ""
    labels = list(graph.objects(node, RDFS.label))
    english = [lab for lab in labels if getattr(lab, "language", None) in ("en", None)]
    chosen = sorted(english or labels, key=str)
    return str(chosen[0]) if chosen else ""


def shape_name(shapes: Graph, shape: Node) -> str:
    """A shape's sh:name, prefixed by its node shape's name for property shapes."""
    own = str(shapes.value(shape, SH.name) or _short(shape))
    parent = shapes.value(None, SH.property, shape)
    if parent is None:
        return own
    return f"{shapes.value(parent, SH.name) or _short(parent)}: {own}"


def _short(node: Node) -> str:
    text = str(node)
    return text.removeprefix(str(CDKS)) if isinstance(node, URIRef) else f"_:{text}"


def _entry(report: Graph, result: Node, data: Graph, shapes: Graph) -> ReportEntry:
    shape = report.value(result, SH.sourceShape)
    focus = report.value(result, SH.focusNode)
    value = report.value(result, SH.value)
    messages = sorted(str(m) for m in report.objects(result, SH.resultMessage))
    return ReportEntry(
        severity=SEVERITY_NAMES.get(report.value(result, SH.resultSeverity), "Violation"),
        shape=shape,
        shape_name=shape_name(shapes, shape),
        component=report.value(result, SH.sourceConstraintComponent),
        focus=focus,
        focus_label=label_of(data, focus),
        path=report.value(result, SH.resultPath),
        value=value,
        value_label=label_of(data, value),
        message=messages[0] if messages else "does not conform",
    )


def report_entries(report: Graph, data: Graph, shapes: Graph) -> list[ReportEntry]:
    """The results of a pySHACL report graph, sorted by shape name, focus label and message."""
    results = report.subjects(RDF.type, SH.ValidationResult)
    entries = [_entry(report, r, data, shapes) for r in results]
    return sorted(entries, key=lambda e: (e.shape_name, e.focus_label or str(e.focus), e.message, str(e.value)))


def _describe(node: Node, label: str) -> str:
    if isinstance(node, BNode):
        return label or "a blank node"
    return f"{label} <{node}>" if label else f"<{node}>"


def _entry_line(entry: ReportEntry) -> str:
    line = f"  - {_describe(entry.focus, entry.focus_label)}: {entry.message}"
    if entry.value is not None and entry.value != entry.focus:
        line += f" (value: {entry.value_label or entry.value})"
    return line


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def render_disagreements(found: list[Disagreement]) -> str:
    """The disagreements section: each thing sources disagree on, each side with its evidence."""
    if not found:
        return ""
    return "\n".join([f"Disagreements between sources [Warning, {len(found)}]", *(d.render() for d in found)])


def render_text(entries: list[ReportEntry], found: list[Disagreement] | None = None) -> str:
    """The report as text: one block per shape, one line per focus node, disagreements, totals at the end."""
    groups: dict[tuple[str, str], list[ReportEntry]] = defaultdict(list)
    for entry in entries:
        groups[(entry.shape_name, entry.severity)].append(entry)
    blocks = [
        "\n".join([f"{name} [{severity}, {len(group)}]", *map(_entry_line, group)])
        for (name, severity), group in sorted(groups.items())
    ]
    violations = sum(e.severity == "Violation" for e in entries)
    totals = f"{_plural(violations, 'violation')}, {_plural(len(entries) - violations, 'warning')}"
    if found:
        blocks.append(render_disagreements(found))
        totals += f", {_plural(len(found), 'disagreement')} between sources"
    return "\n\n".join([*blocks, totals]) + "\n"


def render_json(result: ValidationResult) -> str:
    """The report as JSON: conforms, counts and one object per result."""
    return json.dumps(
        {
            "conforms": result.conforms,
            "violations": result.violations,
            "warnings": result.warnings,
            "results": [e.as_dict() for e in result.entries],
            "disagreements": [d.as_dict() for d in result.disagreements],
        },
        indent=2,
        ensure_ascii=False,
    )


def currency_codes() -> list[str]:
    """The ISO 4217 currency codes pycountry knows, sorted."""
    return sorted(c.alpha_3 for c in pycountry.currencies)


def render_currency_shapes() -> str:
    """Turtle of the generated shape that checks currencies against ISO 4217."""
    quoted = [f'"{code}"' for code in currency_codes()]
    codes = "\n        ".join(" ".join(quoted[i:i + 12]) for i in range(0, len(quoted), 12))
    return f"""# Generated by `python -m cdkg.validation` from pycountry's ISO 4217 list; do not edit.

@prefix cdks: <{CDKS}> .
@prefix cdo:  <{CDO._NS}> .
@prefix sh:   <http://www.w3.org/ns/shacl#> .

cdks:CurrencyShape
    a sh:NodeShape ;
    sh:name "Currencies" ;
    sh:description "cdo:currency holds an ISO 4217 code." ;
    sh:targetSubjectsOf cdo:currency ;
    sh:property cdks:Currency-code .

cdks:Currency-code
    sh:path cdo:currency ;
    sh:name "currency code" ;
    sh:description "Each currency is a current ISO 4217 code of three capital letters." ;
    sh:in ( {codes} ) ;
    sh:message "has a currency that is not an ISO 4217 code; use three capital letters such as \\"CAD\\", \\"USD\\" or \\"EUR\\"" .
"""


def write_currency_shapes(shapes_dir: Path = SHAPES_DIR) -> Path:
    """Regenerate ``currencies.ttl`` in the shapes folder; returns its path."""
    path = shapes_dir / CURRENCY_SHAPES_FILE
    path.write_text(render_currency_shapes(), encoding="utf-8")
    return path


def main(arguments: list[str]) -> int:
    """``python -m cdkg.validation``: regenerate shapes/currencies.ttl (``--help`` says so and writes nothing)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m cdkg.validation",
                                     description=f"Regenerate {SHAPES_DIR / CURRENCY_SHAPES_FILE} from pycountry's "
                                                 "ISO 4217 currencies (after a pycountry upgrade).")
    parser.parse_args(arguments)
    print(f"wrote {write_currency_shapes()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
