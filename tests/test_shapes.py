"""The SHACL shapes, data-driven: valid fixtures conform, each invalid fixture breaks exactly the constraint it names.

Every fixture is merged with ``tests/data/shapes/base.ttl`` (a few valid states, organisations,
a source document and evidence) so that it only has to hold the node under test. An invalid
fixture's first line says what it breaks: ``# breaks: cdks:<shape> sh:<ConstraintComponent>``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH, SKOS

from cdkg.errors import RDFInputError
from cdkg.ontology import load_ontology
from cdkg.validation import CDKS, SHAPES_DIR, currency_codes, load_shapes, render_currency_shapes, validate_graph
from cdkg.vocabulary import CDO

FIXTURES = Path(__file__).parent / "data" / "shapes"
VALID = sorted((FIXTURES / "valid").glob("*.ttl"))
INVALID = sorted((FIXTURES / "invalid").glob("*.ttl"))
BREAKS = re.compile(r"^# breaks: cdks:(\S+) sh:(\S+)$")
COMPONENT_OF = {
    SH.minCount: "MinCount", SH.maxCount: "MaxCount", SH.datatype: "Datatype", SH["class"]: "Class",
    SH.pattern: "Pattern", SH["in"]: "In", SH.minInclusive: "MinInclusive", SH.maxInclusive: "MaxInclusive",
    SH.minExclusive: "MinExclusive", SH.maxExclusive: "MaxExclusive", SH.minLength: "MinLength",
    SH.maxLength: "MaxLength", SH.lessThan: "LessThan", SH.lessThanOrEquals: "LessThanOrEquals", SH.disjoint: "Disjoint", SH.equals: "Equals",
    SH["or"]: "Or", SH["and"]: "And", SH["not"]: "Not", SH.hasValue: "HasValue", SH.sparql: "SPARQL",
    SH.nodeKind: "NodeKind", SH.node: "Node", SH.uniqueLang: "UniqueLang", SH.languageIn: "LanguageIn",
}


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes(SHAPES_DIR)


def with_base(fixture: Path) -> Graph:
    """The fixture merged with the shared base graph."""
    return Graph().parse(FIXTURES / "base.ttl").parse(fixture)


def expected_break(fixture: Path) -> tuple[URIRef, URIRef]:
    """The (source shape, constraint component) the fixture's first line names."""
    first_line = fixture.read_text(encoding="utf-8").splitlines()[0]
    match = BREAKS.match(first_line)
    assert match, f"{fixture.name}: first line must be '# breaks: cdks:<shape> sh:<Component>'"
    return CDKS[match[1]], SH[match[2]]


def reported_breaks(report: Graph) -> set[tuple[URIRef, URIRef]]:
    """Every (source shape, constraint component) pair in a validation report."""
    results = report.subjects(RDF.type, SH.ValidationResult)
    return {(report.value(r, SH.sourceShape), report.value(r, SH.sourceConstraintComponent)) for r in results}


def declared_constraints(shapes: Graph) -> set[tuple[URIRef, URIRef]]:
    """Every (named shape, constraint component) pair the shapes declare."""
    return {
        (shape, SH[f"{component}ConstraintComponent"])
        for shape in shapes.subjects(SH.name, None)
        for parameter, component in COMPONENT_OF.items()
        if (shape, parameter, None) in shapes
    }


def test_base_fixture_conforms_without_warnings() -> None:
    result = validate_graph(Graph().parse(FIXTURES / "base.ttl"), SHAPES_DIR)
    assert result.conforms and result.warnings == 0, result.report_text


@pytest.mark.parametrize("fixture", VALID, ids=lambda p: p.stem)
def test_valid_fixture_conforms(fixture: Path) -> None:
    result = validate_graph(with_base(fixture), SHAPES_DIR)
    assert result.conforms and result.warnings == 0, result.report_text


@pytest.mark.parametrize("fixture", INVALID, ids=lambda p: p.stem)
def test_invalid_fixture_breaks_exactly_what_it_says(fixture: Path, shapes: Graph) -> None:
    shape, component = expected_break(fixture)
    result = validate_graph(with_base(fixture), SHAPES_DIR)
    assert reported_breaks(result.report_graph) == {(shape, component)}, result.report_text
    if (shape, SH.severity, SH.Warning) in shapes:
        assert result.conforms and result.violations == 0 and result.warnings >= 1
    else:
        assert not result.conforms and result.violations >= 1 and result.warnings == 0


def test_every_declared_constraint_has_an_invalid_fixture(shapes: Graph) -> None:
    covered = {expected_break(f) for f in INVALID}
    assert declared_constraints(shapes) - covered == set()


def test_every_shape_is_documented(shapes: Graph) -> None:
    shape_nodes = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.objects(None, SH.property))
    for shape in shape_nodes:
        assert shapes.value(shape, SH.name) and shapes.value(shape, SH.description), shape
    for shape, _ in declared_constraints(shapes):
        has_message = shapes.value(shape, SH.message) or shapes.value(shapes.value(shape, SH.sparql), SH.message)
        assert has_message, f"{shape} has a constraint without sh:message"


def _in_list(shapes: Graph, shape: URIRef) -> set:
    return set(shapes.collection(shapes.value(shape, SH["in"])))


def test_status_and_theme_lists_match_the_ontology(shapes: Graph) -> None:
    ontology = load_ontology()
    assert _in_list(shapes, CDKS["Status-value"]) == set(ontology.objects(CDO.StatusScheme, SKOS.hasTopConcept))
    assert _in_list(shapes, CDKS["Topic-value"]) == set(ontology.objects(CDO.ThemeScheme, SKOS.hasTopConcept))
    for shape, scheme in (("Vote-value", CDO.VoteScheme), ("Candidacy-status", CDO.CandidacyScheme),
                          ("CyberIncident-kind", CDO.IncidentKindScheme), ("PolicyTopic-value", CDO.PolicyTopicScheme)):
        assert _in_list(shapes, CDKS[shape]) == set(ontology.objects(scheme, SKOS.hasTopConcept)), shape


def test_currency_shapes_file_is_up_to_date() -> None:
    committed = (SHAPES_DIR / "currencies.ttl").read_text(encoding="utf-8")
    assert committed == render_currency_shapes(), "run: python -m cdkg.validation"
    assert {"CAD", "USD", "EUR", "KRW"} <= set(currency_codes())


def test_empty_shapes_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(RDFInputError, match="no SHACL shapes"):
        load_shapes(tmp_path)


def test_broken_shapes_file_is_an_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "broken.ttl").write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\nthis is not turtle\n")
    with pytest.raises(RDFInputError, match="broken.ttl"):
        load_shapes(tmp_path)


def test_built_graph_conforms(built_kg: Path) -> None:
    result = validate_graph(Graph().parse(built_kg), SHAPES_DIR)
    assert result.conforms, result.report_text


def test_shapes_split_across_processes_give_the_same_report(built_kg: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import cdkg.validation as validation

    data = Graph().parse(built_kg)
    data.add((URIRef("https://w3id.org/cdkg/id/state/albania"), CDO.iso3166Alpha2, Literal("ALB")))  # one violation
    whole = validate_graph(data, SHAPES_DIR)
    monkeypatch.setattr(validation, "PARALLEL_FROM_TRIPLES", 0)
    split = validate_graph(data, SHAPES_DIR)
    assert not whole.conforms and whole.violations == split.violations and whole.warnings == split.warnings
    assert sorted(map(str, (e.as_dict() for e in whole.entries))) == sorted(map(str, (e.as_dict() for e in split.entries)))
