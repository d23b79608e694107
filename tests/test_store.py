"""The store: graph files in memory, on-disk store folders, versions and atomic rewrites."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph
import pytest
from rdflib.compare import isomorphic

from cdkg.errors import RDFInputError
from cdkg.store import (StoreSource, create_store_dir, load_graph_file, to_rdflib, updated_copy,
                        write_graph_file_atomically)

SAMPLE = Path(__file__).parent / "data" / "server" / "sample-kg.ttl"


def test_store_folder_holds_the_same_graph_as_the_file(tmp_path: Path) -> None:
    create_store_dir(SAMPLE, tmp_path / "store")
    from_dir = StoreSource(tmp_path / "store", "dir").open()
    assert isomorphic(to_rdflib(from_dir), to_rdflib(load_graph_file(SAMPLE)))


def test_version_changes_when_the_file_is_rewritten(tmp_path: Path) -> None:
    kg = tmp_path / "kg.ttl"
    shutil.copy(SAMPLE, kg)
    source = StoreSource(kg)
    before = source.version()
    changed = updated_copy(source.open(), "INSERT DATA { <http://a> <http://b> <http://c> }")
    write_graph_file_atomically(changed, kg, "https://w3id.org/cdkg/id/")
    assert source.version() != before
    assert len(load_graph_file(kg)) == len(load_graph_file(SAMPLE)) + 1


def test_missing_or_broken_files_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(RDFInputError, match="nothing.ttl"):
        load_graph_file(tmp_path / "nothing.ttl")
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(RDFInputError, match="broken.ttl"):
        load_graph_file(broken)


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_row_count_and_cap_hold_in_every_result_format(fmt: str) -> None:
    from cdkg.sparql import QueryJob, count_rows, evaluate

    store = pyoxigraph.Store()
    tricky = pyoxigraph.Literal('line one\nline "two", <result>\tend')
    for i in range(5):
        store.add(pyoxigraph.Quad(pyoxigraph.NamedNode(f"urn:s{i}"), pyoxigraph.NamedNode("urn:p"), tricky))
    query = "SELECT ?s ?o WHERE { ?s ?p ?o }"
    full = evaluate(store, QueryJob(query, fmt, max_rows=10))
    cut = evaluate(store, QueryJob(query, fmt, max_rows=2))
    assert (full.count, full.truncated, count_rows(full.body, fmt)) == (5, False, 5)
    assert (cut.count, cut.truncated, count_rows(cut.body, fmt)) == (2, True, 2)


def test_atomic_writes_reach_the_disk_before_the_rename(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from cdkg.files import write_atomically

    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd))[1])
    write_atomically(tmp_path / "kg.ttl", "<urn:a> <urn:b> <urn:c> .\n")
    assert len(synced) == 2  # the file, then its folder


def test_atomic_writes_never_create_folders(tmp_path: Path) -> None:
    from cdkg.errors import ConfigError
    from cdkg.files import write_atomically

    with pytest.raises(ConfigError, match="does not exist"):
        write_atomically(tmp_path / "no" / "such" / "kg.ttl", "x")
    assert not (tmp_path / "no").exists()
