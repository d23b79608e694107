"""cdkg release: byte-identical folders for the same graph, checksums that verify, dumps that parse."""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal
from rdflib.compare import isomorphic

from cdkg.cli import cli
from cdkg.config import load_settings
from cdkg.dataset import VOID
from cdkg.release import CHECKSUMS, make_release, verify_release


@pytest.fixture(scope="module")
def release(built_kg: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("release")
    return make_release(load_settings(environ={}, kg=str(built_kg)), output).folder


def files_of(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_releases_of_the_same_graph_are_byte_identical(release: Path, built_kg: Path, tmp_path: Path) -> None:
    again = make_release(load_settings(environ={}, kg=str(built_kg)), tmp_path).folder
    assert again.name == release.name
    assert files_of(again) == files_of(release)


def test_checksums_file_lists_and_verifies_every_file(release: Path) -> None:
    listed = {}
    for line in (release / CHECKSUMS).read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        listed[name] = digest
    others = {name: data for name, data in files_of(release).items() if name != CHECKSUMS}
    assert listed == {name: hashlib.sha256(data).hexdigest() for name, data in others.items()}
    assert verify_release(release) == []


def test_a_tampered_file_fails_verification(release: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    for name, data in files_of(release).items():
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        (copy / name).write_bytes(data)
    (copy / "queries" / "chairs.csv").write_bytes(b"edited\r\n")
    assert verify_release(copy) == ["queries/chairs.csv"]


def test_dumps_hold_the_same_graph(release: Path, built_kg: Path) -> None:
    original = Graph().parse(built_kg)
    ntriples = gzip.decompress((release / "cdkg.nt.gz").read_bytes())
    assert isomorphic(Graph().parse(data=ntriples, format="nt"), original)
    assert isomorphic(Graph().parse(release / "cdkg.ttl"), original)
    assert isomorphic(Graph().parse(release / "cdkg.jsonld", format="json-ld"), original)


def test_gzip_header_carries_no_time(release: Path) -> None:
    header = (release / "cdkg.nt.gz").read_bytes()[:10]
    assert header[4:8] == b"\0\0\0\0"  # MTIME


def test_one_csv_per_catalogue_question_with_citations(release: Path) -> None:
    assert len(list((release / "queries").glob("*.csv"))) >= 10
    text = (release / "queries" / "states-with-nato-cyber-mous.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["stateLabel"] for r in rows] == ["Albania", "North Macedonia"]
    assert rows[0]["year"] == "2013" and "Albania" in rows[0]["quote"]
    assert rows[0]["source"] and rows[0]["sourceUrl"].startswith("https://")
    plain = next(csv.reader(io.StringIO((release / "queries" / "cyber-mous.csv").read_text(encoding="utf-8"))))
    assert "quote" not in plain


def test_description_counts_the_release_graph_and_lists_its_dumps(release: Path, built_kg: Path) -> None:
    void = Graph().parse(release / "void.ttl")
    dataset = next(void.subjects(VOID.triples, None))
    assert void.value(dataset, VOID.triples) == Literal(len(Graph().parse(built_kg)))
    dumps = sorted(str(d).rsplit("/", 1)[1] for d in void.objects(dataset, VOID.dataDump))
    assert dumps == ["cdkg.jsonld", "cdkg.nt.gz", "cdkg.ttl"]
    assert (release / "ontology.ttl").is_file() and (release / "context.jsonld").is_file()


def test_cli_writes_then_finds_the_release_identical(built_kg: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    args = ["release", "--output", str(tmp_path), "--kg", str(built_kg), "--version", "test-1"]
    first = runner.invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert (tmp_path / "test-1" / CHECKSUMS).is_file()
    second = runner.invoke(cli, args)
    assert second.exit_code == 0 and "identical" in second.output
    (tmp_path / "test-1" / "cdkg.ttl").write_text("changed", encoding="utf-8")
    third = runner.invoke(cli, args)
    assert third.exit_code == 2 and "--force" in third.output
    assert runner.invoke(cli, args + ["--force"]).exit_code == 0
    assert verify_release(tmp_path / "test-1") == []


def test_cli_refuses_a_version_that_is_a_path(built_kg: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["release", "--output", str(tmp_path), "--kg", str(built_kg), "--version", "../x"])
    assert result.exit_code == 2 and "Traceback" not in result.output


@pytest.mark.slow
def test_identical_across_processes_with_different_hash_seeds(built_kg: Path, tmp_path: Path) -> None:
    """Set and dict order change with PYTHONHASHSEED; nothing in a release may depend on them."""
    folders = []
    for seed in ("1", "2"):
        output = tmp_path / seed
        output.mkdir()
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "cdkg", "release", "--output", str(output), "--kg", str(built_kg)],
                       check=True, env=env, capture_output=True)
        [folder] = output.iterdir()
        folders.append(folder)
    assert files_of(folders[0]) == files_of(folders[1])


def test_diff_reads_release_folders_and_gzipped_dumps(release: Path, built_kg: Path) -> None:
    from cdkg.diff import claim_records, load_graph

    assert CliRunner().invoke(cli, ["diff", str(release), str(built_kg)]).exit_code == 0
    assert len(claim_records(load_graph(release / "cdkg.nt.gz"))) == len(claim_records(load_graph(built_kg)))
