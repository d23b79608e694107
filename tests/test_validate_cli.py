"""`cdkg validate` as a user meets it: exit 0 conforms, 1 violations with a report, 2 could not run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from cdkg.cli import cli

SHAPE_FIXTURES = Path(__file__).parent / "data" / "shapes"
AGREEMENT = URIRef("https://w3id.org/cdkg/id/agreement/x")


def graph_file(tmp_path: Path, *fixtures: str) -> Path:
    """The base fixture merged with the named shape fixtures, written as Turtle."""
    graph = Graph().parse(SHAPE_FIXTURES / "base.ttl")
    for name in fixtures:
        graph.parse(SHAPE_FIXTURES / name)
    path = tmp_path / "graph.ttl"
    graph.serialize(path, format="turtle")
    return path


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, ["validate", *args], env=env)


def assert_one_clean_line(result: Result) -> None:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_conforming_graph_exits_0(tmp_path: Path) -> None:
    result = run("--data", str(graph_file(tmp_path, "valid/readme-examples.ttl")))
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith("0 violations, 0 warnings")


def test_violation_exits_1_with_a_report_by_shape_naming_the_focus_by_label(tmp_path: Path) -> None:
    result = run("--data", str(graph_file(tmp_path, "invalid/agreement-one-party.ttl")))
    assert result.exit_code == 1
    assert "Agreements: number of parties [Violation, 1]" in result.output
    assert "Test MoU" in result.output and "fewer than two parties" in result.output
    assert result.output.strip().endswith("1 violation, 0 warnings")


def test_warnings_are_reported_but_do_not_fail(tmp_path: Path) -> None:
    result = run("--data", str(graph_file(tmp_path, "invalid/year-early.ttl")))
    assert result.exit_code == 0, result.output
    assert "[Warning, 1]" in result.output and "0 violations, 1 warning" in result.output


def test_json_report(tmp_path: Path) -> None:
    result = run("--data", str(graph_file(tmp_path, "invalid/agreement-one-party.ttl")), "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert (report["conforms"], report["violations"], report["warnings"]) == (False, 1, 0)
    [entry] = report["results"]
    assert entry["focusNode"] == str(AGREEMENT) and entry["focusLabel"] == "Test MoU"
    assert entry["constraintComponent"] == str(SH.MinCountConstraintComponent)


def test_turtle_report_is_a_shacl_validation_report(tmp_path: Path) -> None:
    result = run("--data", str(graph_file(tmp_path, "invalid/agreement-one-party.ttl")), "--format", "turtle")
    assert result.exit_code == 1
    report = Graph().parse(data=result.output, format="turtle")
    [validation_result] = report.subjects(RDF.type, SH.ValidationResult)
    assert report.value(validation_result, SH.focusNode) == AGREEMENT


def test_default_data_comes_from_the_settings(tmp_path: Path) -> None:
    path = graph_file(tmp_path, "invalid/agreement-one-party.ttl")
    assert run(env={"CDKG_KG": str(path)}).exit_code == 1


def test_missing_file_exits_2(tmp_path: Path) -> None:
    result = run("--data", str(tmp_path / "absent.ttl"))
    assert_one_clean_line(result)
    assert "absent.ttl" in result.output


@pytest.mark.parametrize(
    ("name", "content"),
    [("kg.ttl", b"\x00\x01\xff\xfe binary"), ("kg.ttl", b"this is prose, not Turtle"),
     ("kg.nt", b"garbage <a> .\n"), ("kg.rdf", b"not xml"), ("kg.jsonld", b'{"@id": 5')],
    ids=["binary", "prose", "ntriples", "rdfxml", "jsonld"],
)
def test_file_that_is_not_rdf_exits_2(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = run("--data", str(path))
    assert_one_clean_line(result)
    assert name in result.output


def test_empty_shapes_folder_exits_2(tmp_path: Path) -> None:
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    result = run("--data", str(graph_file(tmp_path, "valid/readme-examples.ttl")), "--shapes", str(shapes))
    assert_one_clean_line(result)
    assert "no SHACL shapes" in result.output
