"""The fast SHACL engine reports exactly what pySHACL reports: on every shape fixture and on built graphs."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import SH

from cdkg.validation import SHAPES_DIR, validate_graph
from cdkg.vocabulary import CDO

FIXTURES = Path(__file__).parent / "data" / "shapes"
ALL = sorted((FIXTURES / "valid").glob("*.ttl")) + sorted((FIXTURES / "invalid").glob("*.ttl"))


def results(data: Graph, engine: str) -> tuple[bool, set[tuple]]:
    result = validate_graph(data, SHAPES_DIR, engine=engine)
    found = {(e.focus, "(sequence path)" if isinstance(e.path, BNode) else e.path, e.shape, e.component, e.severity,
              None if e.component == SH.SPARQLConstraintComponent else e.value) for e in result.entries}
    return result.conforms, found


@pytest.mark.parametrize("fixture", ALL, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_same_results_as_pyshacl_on_every_fixture(fixture: Path) -> None:
    data = Graph().parse(FIXTURES / "base.ttl").parse(fixture)
    assert results(data, "fast") == results(data, "pyshacl")


def test_same_results_as_pyshacl_on_the_built_graph_with_mistakes(built_kg: Path) -> None:
    data = Graph().parse(built_kg)
    base = "https://w3id.org/cdkg/id/"
    data.add((URIRef(base + "state/albania"), CDO.iso3166Alpha2, Literal("ALB")))
    data.add((URIRef(base + "org/nato"), CDO.confidence, Literal("high")))
    conforms, found = results(data, "fast")
    assert not conforms and (conforms, found) == results(data, "pyshacl")
