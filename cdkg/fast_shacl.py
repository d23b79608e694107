"""A fast SHACL engine for the subset of SHACL Core and SHACL-SPARQL that cdkg's shapes use.

pySHACL is the reference validator (`cdkg validate` and the shape tests run on it), but it
spends most of its time in per-node machinery: about 40 s per MB of profile text. This
engine indexes the graph once in dictionaries, evaluates each constraint in plain Python
and runs each SPARQL constraint once over the whole graph in Oxigraph (``$this`` left
unbound), then writes a report graph in pySHACL's shape, so that everything downstream
reads it the same way. ``tests/test_fast_shacl.py`` checks that both engines report the
same results on every shape fixture and on built graphs.

Supported: targets ``sh:targetClass``, ``sh:targetSubjectsOf``, ``sh:targetObjectsOf``,
``sh:targetNode``; paths that are IRIs, sequences and ``sh:inversePath``; parameters
listed in :data:`SUPPORTED`. A shapes graph using anything else is refused with
:class:`Unsupported`, and the caller falls back to pySHACL.
"""

from __future__ import annotations

import gc
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.term import Node

SUPPORTED = {SH.minCount, SH.maxCount, SH.datatype, SH["class"], SH["in"], SH.pattern, SH.flags, SH.minInclusive,
             SH.maxInclusive, SH.minExclusive, SH.maxExclusive, SH.minLength, SH.maxLength, SH.nodeKind,
             SH.lessThan, SH.disjoint, SH["or"], SH["not"], SH.sparql, SH.hasValue}
IGNORED = {RDF.type, SH.name, SH.description, SH.message, SH.severity, SH.path, SH.property, SH.targetClass,
           SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode, SH.order, SH.group, SH.deactivated,
           RDFS.label, RDFS.comment}
COMPONENT = {SH.minCount: "MinCount", SH.maxCount: "MaxCount", SH.datatype: "Datatype", SH["class"]: "Class",
             SH["in"]: "In", SH.pattern: "Pattern", SH.minInclusive: "MinInclusive", SH.maxInclusive: "MaxInclusive",
             SH.minExclusive: "MinExclusive", SH.maxExclusive: "MaxExclusive", SH.minLength: "MinLength",
             SH.maxLength: "MaxLength", SH.nodeKind: "NodeKind", SH.lessThan: "LessThan", SH.disjoint: "Disjoint",
             SH["or"]: "Or", SH["not"]: "Not", SH.sparql: "SPARQL", SH.hasValue: "HasValue"}


def _min_count(index: "Index", focus: Node, values: list[Node], argument: Node) -> list[Node | None]:
    return [None] if len(values) < int(argument) else []


def _max_count(index: "Index", focus: Node, values: list[Node], argument: Node) -> list[Node | None]:
    return [None] if len(values) > int(argument) else []


def _disjoint(index: "Index", focus: Node, values: list[Node], argument: Node) -> list[Node | None]:
    others = set(index.objects(focus, argument))
    return [v for v in values if v in others]


def _less_than(index: "Index", focus: Node, values: list[Node], argument: Node) -> list[Node | None]:
    others = index.objects(focus, argument)
    return [v for v in values for w in others if not _compare(v, w, lambda a, b: a < b)]


def _has_value(index: "Index", focus: Node, values: list[Node], argument: Node) -> list[Node | None]:
    return [] if argument in values else [None]


# constraints about the whole set of values of a path, not each value alone
WHOLE_SET = {SH.minCount: _min_count, SH.maxCount: _max_count, SH.disjoint: _disjoint, SH.lessThan: _less_than,
             SH.hasValue: _has_value}
SPARQL = SH.sparql


class Unsupported(Exception):
    """The shapes use a feature this engine does not implement."""


@dataclass(frozen=True)
class Result:
    """One validation result, as pySHACL would report it."""

    focus: Node
    path: Node | None
    value: Node | None
    shape: Node
    component: URIRef
    severity: URIRef
    message: str


class Index:
    """The data graph as dictionaries: values by subject and predicate (both ways) and classes by node."""

    def __init__(self, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        self.forward: dict[Node, dict[Node, list[Node]]] = defaultdict(lambda: defaultdict(list))
        self.backward: dict[Node, dict[Node, list[Node]]] = defaultdict(lambda: defaultdict(list))
        self.subjects_of: dict[Node, set[Node]] = defaultdict(set)
        self.objects_of: dict[Node, set[Node]] = defaultdict(set)
        self.triples: list[tuple[Node, Node, Node]] = []
        for s, p, o in triples:
            self.forward[s][p].append(o)
            self.backward[o][p].append(s)
            self.subjects_of[p].add(s)
            self.objects_of[p].add(o)
            self.triples.append((s, p, o))
        self._classes: dict[Node, frozenset[Node]] = {}
        self._supers: dict[Node, frozenset[Node]] = {}
        self._instances: dict[Node, set[Node]] | None = None

    def objects(self, node: Node, predicate: Node) -> list[Node]:
        """The values of one property of a node."""
        found = self.forward.get(node)
        return found.get(predicate, []) if found else []

    def superclasses(self, cls: Node) -> frozenset[Node]:
        """The class and everything it is a subclass of, transitively."""
        if cls not in self._supers:
            seen, todo = set(), [cls]
            while todo:
                current = todo.pop()
                if current not in seen:
                    seen.add(current)
                    todo.extend(self.objects(current, RDFS.subClassOf))
            self._supers[cls] = frozenset(seen)
        return self._supers[cls]

    def classes(self, node: Node) -> frozenset[Node]:
        """Every class the node is an instance of (rdf:type/rdfs:subClassOf*)."""
        if node not in self._classes:
            found: set[Node] = set()
            for cls in self.objects(node, RDF.type):
                found |= self.superclasses(cls)
            self._classes[node] = frozenset(found)
        return self._classes[node]

    def instances(self, cls: Node) -> set[Node]:
        """Every instance of the class or of a subclass (all classes' instances are gathered in one pass)."""
        if self._instances is None:
            self._instances = defaultdict(set)
            for node in self.subjects_of[RDF.type]:
                for found in self.classes(node):
                    self._instances[found].add(node)
        return self._instances.get(cls, set())


@dataclass
class Shape:
    """A node or property shape: its node, path (property shapes), constraints and nested property shapes."""

    node: Node
    path: Node | None
    severity: URIRef
    message: str
    constraints: list[tuple[URIRef, Node]] = field(default_factory=list)
    properties: list[Shape] = field(default_factory=list)


def _list(graph: Graph, head: Node) -> list[Node]:
    return list(Collection(graph, head))


def _parse_shape(graph: Graph, node: Node, parent_severity: URIRef | None = None) -> Shape:
    severity = graph.value(node, SH.severity) or SH.Violation
    message = str(graph.value(node, SH.message) or "")
    shape = Shape(node, graph.value(node, SH.path), severity, message)
    for predicate, value in graph.predicate_objects(node):
        if predicate == SH.property:
            shape.properties.append(_parse_shape(graph, value))
        elif predicate in SUPPORTED:
            if predicate != SH.flags:
                shape.constraints.append((predicate, value))
        elif predicate not in IGNORED and str(predicate).startswith(str(SH)):
            raise Unsupported(f"{node} uses {predicate}")
    return shape


class Engine:
    """Validates a data graph against a shapes graph; see the module doc."""

    def __init__(self, shapes: Graph) -> None:
        self.shapes = shapes
        self.node_shapes = [_parse_shape(shapes, n) for n in sorted(set(shapes.subjects(RDF.type, SH.NodeShape)))]
        self._nested: dict[Node, Shape] = {}
        self._paths: dict[Node, tuple] = {}
        self._tests: dict[tuple, Callable[[Node], bool]] = {}
        self._lists: dict[Node, list[Node]] = {}
        self._prefixes = self._sparql_prefixes()

    def _sparql_prefixes(self) -> str:
        lines = []
        for declaration in self.shapes.objects(None, SH.declare):
            prefix, namespace = self.shapes.value(declaration, SH.prefix), self.shapes.value(declaration, SH.namespace)
            if prefix is not None and namespace is not None:
                lines.append(f"PREFIX {prefix}: <{namespace}>")
        return "\n".join(sorted(set(lines)))

    def nested(self, node: Node) -> Shape:
        """A shape named inside sh:or, sh:not (parsed once)."""
        if node not in self._nested:
            self._nested[node] = _parse_shape(self.shapes, node)
        return self._nested[node]

    # ---- targets and paths -------------------------------------------------------------

    def targets(self, index: Index, shape: Node) -> set[Node]:
        """The focus nodes of a node shape."""
        found: set[Node] = set()
        for cls in self.shapes.objects(shape, SH.targetClass):
            found |= index.instances(cls)
        for prop in self.shapes.objects(shape, SH.targetSubjectsOf):
            found |= index.subjects_of.get(prop, set())
        for prop in self.shapes.objects(shape, SH.targetObjectsOf):
            found |= index.objects_of.get(prop, set())
        found |= set(self.shapes.objects(shape, SH.targetNode))
        return found

    def compile_path(self, path: Node) -> tuple:
        """A path as ("forward", p), ("inverse", p) or ("sequence", steps), read from the shapes once."""
        if path not in self._paths:
            if isinstance(path, URIRef):
                self._paths[path] = ("forward", path)
            elif self.shapes.value(path, SH.inversePath) is not None:
                self._paths[path] = ("inverse", self.shapes.value(path, SH.inversePath))
            elif self.shapes.value(path, RDF.first) is not None:
                self._paths[path] = ("sequence", tuple(self.compile_path(s) for s in _list(self.shapes, path)))
            else:
                raise Unsupported(f"path {path}")
        return self._paths[path]

    def values(self, index: Index, node: Node, path: tuple) -> list[Node]:
        """The value nodes of a compiled path from a node."""
        kind, step = path
        if kind == "forward":
            return list(dict.fromkeys(index.objects(node, step)))
        if kind == "inverse":
            found = index.backward.get(node)
            return list(dict.fromkeys(found.get(step, []))) if found else []
        current = [node]
        for part in step:
            current = list(dict.fromkeys(v for n in current for v in self.values(index, n, part)))
        return current

    # ---- constraints ---------------------------------------------------------------------

    def conforms(self, index: Index, shape: Shape, node: Node) -> bool:
        """Whether a node conforms to a (nested) shape."""
        return not self._check(index, shape, node, first_only=True)

    def _check(self, index: Index, shape: Shape, focus: Node, first_only: bool = False) -> list[Result]:
        """The results of one shape on one focus node (and its property shapes)."""
        results: list[Result] = []
        values = self.values(index, focus, self.compile_path(shape.path)) if shape.path is not None else [focus]
        for parameter, argument in shape.constraints:
            if parameter is SPARQL or parameter == SPARQL:
                continue
            for value in self._failures(index, shape, focus, values, parameter, argument):
                results.append(Result(focus, shape.path, value, shape.node,
                                      SH[f"{COMPONENT[parameter]}ConstraintComponent"], shape.severity, shape.message))
                if first_only:
                    return results
        for prop in shape.properties:
            results += self._check(index, prop, focus, first_only)
            if first_only and results:
                return results
        return results

    def _failures(self, index: Index, shape: Shape, focus: Node, values: list[Node], parameter: URIRef,
                  argument: Node) -> list[Node | None]:
        """The value nodes breaking one constraint (None for constraints about the whole set of values)."""
        whole = WHOLE_SET.get(parameter)
        if whole is not None:
            return whole(index, focus, values, argument)
        key = (shape.node, parameter, argument)  # valid for the index of this run only (see _validate)
        test = self._tests.get(key)
        if test is None:
            test = self._tests[key] = self._value_test(index, shape, parameter, argument)
        return [v for v in values if not test(v)]

    def shape_list(self, head: Node) -> list[Node]:
        """An RDF list of the shapes graph, read once."""
        if head not in self._lists:
            self._lists[head] = _list(self.shapes, head)
        return self._lists[head]

    def _value_test(self, index: Index, shape: Shape, parameter: URIRef, argument: Node) -> Callable[[Node], bool]:
        if parameter == SH.datatype:
            return lambda v: isinstance(v, Literal) and _datatype(v) == argument and not getattr(v, "ill_typed", False)
        if parameter == SH["class"]:
            return lambda v: not isinstance(v, Literal) and argument in index.classes(v)
        if parameter == SH["in"]:
            allowed = set(self.shape_list(argument))
            return lambda v: v in allowed
        if parameter == SH.pattern:
            flags = str(self.shapes.value(shape.node, SH.flags) or "")
            regex = re.compile(str(argument), re.IGNORECASE if "i" in flags else 0)
            return lambda v: not isinstance(v, BNode) and regex.search(str(v)) is not None
        if parameter in (SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive):
            compare = {SH.minInclusive: lambda a, b: a >= b, SH.maxInclusive: lambda a, b: a <= b,
                       SH.minExclusive: lambda a, b: a > b, SH.maxExclusive: lambda a, b: a < b}[parameter]
            return lambda v: _compare(v, argument, compare)
        if parameter in (SH.minLength, SH.maxLength):
            limit = int(argument)
            within = (lambda n: n >= limit) if parameter == SH.minLength else (lambda n: n <= limit)
            return lambda v: not isinstance(v, BNode) and within(len(str(v)))
        if parameter == SH.nodeKind:
            kinds = {SH.IRI: (URIRef,), SH.Literal: (Literal,), SH.BlankNode: (BNode,),
                     SH.BlankNodeOrIRI: (BNode, URIRef), SH.BlankNodeOrLiteral: (BNode, Literal),
                     SH.IRIOrLiteral: (URIRef, Literal)}[argument]
            return lambda v: isinstance(v, kinds)
        if parameter == SH["or"]:
            options = [self.nested(o) for o in self.shape_list(argument)]
            return lambda v: any(self.conforms(index, o, v) for o in options)
        if parameter == SH["not"]:
            negated = self.nested(argument)
            return lambda v: not self.conforms(index, negated, v)
        raise Unsupported(str(parameter))

    # ---- SPARQL constraints ------------------------------------------------------------------

    def _sparql_results(self, store: ox.Store, index: Index, shape: Shape, focus_nodes: set[Node]) -> list[Result]:
        results = []
        for _, constraint in [c for c in shape.constraints if c[0] == SH.sparql]:
            select = str(self.shapes.value(constraint, SH.select))
            message = str(self.shapes.value(constraint, SH.message) or shape.message)
            query = self._prefixes + "\n" + re.sub(r"\$this\b", "?this", select)
            solutions = store.query(query)
            names = [v.value for v in solutions.variables]  # type: ignore[union-attr]
            for solution in solutions:  # type: ignore[union-attr]
                focus = _from_ox(solution["this"])
                if focus not in focus_nodes:
                    continue
                bound = {name: _from_ox(solution[name]) for name in names if solution[name] is not None}
                text = re.sub(r"\{[?$](\w+)\}", lambda m: str(bound.get(m[1], m[0])), message)
                results.append(Result(focus, bound.get("path", shape.path), bound.get("value", focus), shape.node,
                                      SH.SPARQLConstraintComponent, shape.severity, text))
        return results

    def validate(self, data: Iterable[tuple[Node, Node, Node]]) -> list[Result]:
        """Every result of every node shape on the data (a graph, or any iterable of triples).

        The cyclic garbage collector is paused meanwhile: the index makes millions of small
        objects and nothing here makes cycles, so its passes only cost time.
        """
        enabled = gc.isenabled()
        gc.disable()
        try:
            return self._validate(data)
        finally:
            if enabled:
                gc.enable()

    def _validate(self, data: Iterable[tuple[Node, Node, Node]]) -> list[Result]:
        self._tests.clear()  # value tests close over one index: never reuse them for another
        index = Index(data)
        store = None
        results: list[Result] = []
        for shape in self.node_shapes:
            focus_nodes = self.targets(index, shape.node)
            for focus in sorted(focus_nodes, key=str):
                results += self._check(index, shape, focus)
            if any(p == SH.sparql for p, _ in shape.constraints) and focus_nodes:
                store = store or _oxigraph(index.triples)
                results += self._sparql_results(store, index, shape, focus_nodes)
        return results


def _datatype(literal: Literal) -> URIRef:
    if literal.language:
        return RDF.langString
    return literal.datatype or XSD.string


def _compare(value: Node, bound: Node, operator: Callable[[object, object], bool]) -> bool:
    if not isinstance(value, Literal) or not isinstance(bound, Literal):
        return False
    try:
        return bool(operator(value.toPython(), bound.toPython())) and not isinstance(value.toPython(), str)
    except TypeError:
        return False


def _to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string)))


def _from_ox(term: object) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    literal: ox.Literal = term  # type: ignore[assignment]
    if literal.language:
        return Literal(literal.value, lang=literal.language)
    datatype = literal.datatype.value
    return Literal(literal.value, datatype=None if datatype == str(XSD.string) else URIRef(datatype))


def _oxigraph(triples: list[tuple[Node, Node, Node]]) -> ox.Store:
    store = ox.Store()
    converted: dict[Node, object] = {}

    def term(node: Node) -> object:
        found = converted.get(node)
        if found is None:
            found = converted[node] = _to_ox(node)
        return found

    store.bulk_extend(ox.Quad(term(s), term(p), term(o)) for s, p, o in triples)  # type: ignore[arg-type]
    return store


def report_graph(results: Iterable[Result]) -> Graph:
    """The results as a SHACL validation report graph, as pySHACL writes it."""
    report, root = Graph(), BNode()
    report.add((root, RDF.type, SH.ValidationReport))
    conforms = True
    for item in results:
        node = BNode()
        conforms &= item.severity != SH.Violation
        report.add((root, SH.result, node))
        report.add((node, RDF.type, SH.ValidationResult))
        report.add((node, SH.focusNode, item.focus))
        report.add((node, SH.sourceShape, item.shape))
        report.add((node, SH.sourceConstraintComponent, item.component))
        report.add((node, SH.resultSeverity, item.severity))
        if item.path is not None:
            report.add((node, SH.resultPath, item.path))
        if item.value is not None:
            report.add((node, SH.value, item.value))
        if item.message:
            report.add((node, SH.resultMessage, Literal(item.message)))
    report.add((root, SH.conforms, Literal(conforms)))
    return report
