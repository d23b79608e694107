"""`cdkg build`: merged, gated, deterministic, atomic; bad sources are reported and skipped; curation applies."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from cdkg.build import build_graph
from cdkg.cli import cli
from cdkg.config import Settings
from cdkg.errors import ValidationFailed
from cdkg.vocabulary import CDO

DATA = Path(__file__).parent / "data" / "extraction"
REPO = Path(__file__).resolve().parent.parent
BASE = "https://w3id.org/cdkg/id/"


@pytest.fixture()
def settings(tmp_path: Path) -> Settings:
    """Settings pointing at a copy of the dedup fixture, the fixture reference data and the real shapes."""
    sources = tmp_path / "sources"
    shutil.copytree(DATA / "dedup", sources)
    shutil.copy(DATA / "lists-and-agencies.txt", sources / "lists.txt")
    return Settings(root=REPO).replace(
        sources=sources, reference=DATA / "reference", kg=tmp_path / "kg.ttl",
        curated=tmp_path / "curated.ttl", shapes=REPO / "shapes",
    )


def test_build_writes_a_graph_that_conforms_and_merges_reference_data(settings: Settings) -> None:
    report = build_graph(settings)
    graph = Graph().parse(settings.path("kg"))
    assert report.validated and report.facts > 0 and not report.warnings
    assert (URIRef(BASE + "state/norway"), CDO.hasAgreementWith, URIRef(BASE + "state/finland")) in graph
    assert (URIRef(BASE + "state/estonia"), CDO.iso3166Alpha2, Literal("EE")) in graph
    source = URIRef(BASE + "source/first")
    assert (source, RDFS.label, Literal("Fixture profile one", lang="en")) in graph


def test_two_builds_are_byte_identical(settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764000000")
    build_graph(settings)
    first = settings.path("kg").read_bytes()
    build_graph(settings, output=tmp_path / "again.ttl")
    assert (tmp_path / "again.ttl").read_bytes() == first


def test_bad_sources_are_reported_by_name_and_the_others_still_built(settings: Settings) -> None:
    sources = settings.path("sources")
    (sources / "binary.txt").write_bytes(b"PK\x03\x04\x00\x00binary")
    (sources / "latin1.txt").write_bytes("Côte d'Ivoire a signé".encode("latin-1"))
    (sources / "empty.txt").write_bytes(b"")
    with open(sources / "huge.txt", "wb") as handle:
        handle.truncate(50_000_000)
    report = build_graph(settings, max_source_bytes=20_000_000)
    messages = "\n".join(report.warnings)
    for name, words in (("binary.txt", "binary"), ("latin1.txt", "UTF-8"), ("empty.txt", "empty"), ("huge.txt", "MB")):
        assert name in messages and words in messages
    assert report.documents == 3
    assert (URIRef(BASE + "state/norway"), CDO.hasAgreementWith, URIRef(BASE + "state/finland")) in Graph().parse(
        settings.path("kg"))


def test_a_graph_failing_the_gate_leaves_the_old_file_untouched(settings: Settings, tmp_path: Path) -> None:
    settings.path("kg").write_text("# the previous, valid graph\n", encoding="utf-8")
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    (shapes / "strict.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix cdo: <https://w3id.org/cdkg/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "<urn:shape> a sh:NodeShape ; sh:targetClass cdo:State ; sh:property [ sh:path rdfs:comment ; sh:minCount 1 ] .\n",
        encoding="utf-8")
    with pytest.raises(ValidationFailed) as failure:
        build_graph(settings.replace(shapes=shapes))
    assert "left untouched" in failure.value.message and failure.value.report
    assert settings.path("kg").read_text(encoding="utf-8") == "# the previous, valid graph\n"
    assert [p.name for p in settings.path("kg").parent.iterdir() if p.name.endswith(".tmp")] == []


def test_curated_triples_and_retractions_apply(settings: Settings) -> None:
    build_graph(settings)
    agreement = next(Graph().parse(settings.path("kg")).subjects(CDO.party, URIRef(BASE + "state/finland")))
    settings.path("curated").write_text(
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        f"<{BASE}state/norway> rdfs:comment \"checked by a curator\"@en .\n", encoding="utf-8")
    settings.path("curated").with_name("curated-retractions.txt").write_text(
        f"# wrong\n{str(agreement)[len(BASE):]}\n", encoding="utf-8")
    report = build_graph(settings)
    graph = Graph().parse(settings.path("kg"))
    assert report.retracted > 0
    assert (agreement, None, None) not in graph and (None, None, agreement) not in graph
    assert (URIRef(BASE + "state/norway"), RDFS.comment, Literal("checked by a curator", lang="en")) in graph


def test_cli_build_and_extract(settings: Settings, tmp_path: Path) -> None:
    env = {"CDKG_REFERENCE": str(DATA / "reference"), "CDKG_CURATED": str(tmp_path / "none.ttl")}
    output = tmp_path / "cli.ttl"
    result = CliRunner().invoke(cli, ["build", "--sources", str(settings.path("sources")), "--output", str(output)],
                                env=env)
    assert result.exit_code == 0, result.output
    assert output.is_file() and "conforms" in result.output
    result = CliRunner().invoke(cli, ["extract", str(DATA / "lists-and-agencies.txt")], env=env)
    assert result.exit_code == 0
    header, *lines = result.output.splitlines()
    assert header.split("\t")[:8] == ["subject", "relation", "object", "year", "status", "confidence", "document",
                                      "quote"]
    assert any(line.startswith("Ghana\thasAgreementWith\tNigeria\t2018\tSigned") for line in lines)
    turtle = CliRunner().invoke(cli, ["extract", "--format", "turtle", str(DATA / "lists-and-agencies.txt")], env=env)
    assert turtle.exit_code == 0 and len(Graph().parse(data=turtle.output, format="turtle")) > 0


def test_cli_extract_of_an_unreadable_file_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01")
    result = CliRunner().invoke(cli, ["extract", str(bad)], env={"CDKG_REFERENCE": str(DATA / "reference")})
    assert result.exit_code == 2 and "bad.txt" in result.output and "Traceback" not in result.output


def test_cli_build_failing_the_gate_exits_1(settings: Settings, tmp_path: Path) -> None:
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    (shapes / "strict.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix cdo: <https://w3id.org/cdkg/ontology#> .\n"
        "<urn:shape> a sh:NodeShape ; sh:targetClass cdo:State ; sh:property [ sh:path cdo:nothing ; sh:minCount 1 ] .\n",
        encoding="utf-8")
    env = {"CDKG_REFERENCE": str(DATA / "reference"), "CDKG_SHAPES": str(shapes),
           "CDKG_CURATED": str(tmp_path / "none.ttl")}
    result = CliRunner().invoke(cli, ["build", "--sources", str(settings.path("sources")),
                                      "--output", str(tmp_path / "out.ttl")], env=env)
    assert result.exit_code == 1 and not (tmp_path / "out.ttl").exists()
    assert os.listdir(tmp_path).count("out.ttl") == 0


def test_written_files_get_ordinary_permissions_not_owner_only(tmp_path: Path) -> None:
    import os
    import stat

    from cdkg.files import write_atomically

    target = tmp_path / "graph.ttl"
    write_atomically(target, "<urn:a> <urn:b> <urn:c> .\n")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_the_committed_graph_is_what_building_data_sources_gives(tmp_path: Path) -> None:
    """`scripts/serve.sh` serves the committed data/kg.ttl when it is there, so it must not lag behind the extractor:
    a fresh build of data/sources has the same claims (rebuild with `cdkg build` and commit it when this fails)."""
    from cdkg.diff import diff_graphs

    fresh = tmp_path / "kg.ttl"
    build_graph(Settings(root=REPO).replace(kg=fresh))
    diff = diff_graphs(REPO / "data" / "kg.ttl", fresh)
    assert not diff.changes, (f"data/kg.ttl is stale: {len(diff.added)} claim(s) added, {len(diff.removed)} removed, "
                              f"{len(diff.changed)} changed by a fresh build; run `cdkg build` and commit data/kg.ttl")
