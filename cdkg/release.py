"""Releases: one folder per version with the graph's dumps, its tables, its description and checksums.

``make_release(settings, output)`` writes ``output/<version>/``:

* ``cdkg.ttl``, ``cdkg.nt.gz`` and ``cdkg.jsonld``: the graph in Turtle, gzipped N-Triples (lines
  sorted) and JSON-LD compacted with the ontology's context;
* ``queries/<name>.csv``: one table per catalogue question, plain values, with ``quote``,
  ``source`` and ``sourceUrl`` columns when the question gives an ``evidence`` node;
* ``void.ttl``: the VoID/DCAT description (counts, partitions, the dumps and their sizes);
* ``ontology.ttl`` (the ontology as edited) and ``context.jsonld`` (its JSON-LD context);
* ``SHA256SUMS``: ``sha256sum -c SHA256SUMS`` verifies every other file.

The same inputs give byte-identical files: times come from the graph's own build activity
(``prov:endedAtTime``, which ``SOURCE_DATE_EPOCH`` pins), gzip headers carry no time or name,
and every serialisation is ordered. The version defaults to cdkg's version plus the first 8
hex digits of the SHA-256 of the sorted N-Triples, so another graph never lands in the same folder.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from cdkg import __version__
from cdkg.ask import CITATION_COLUMNS, cite, select_rows
from cdkg.catalogue import CatalogueQuery, load_catalogue
from cdkg.config import Settings
from cdkg.dataset import DatasetInfo, Distribution, describe_dataset
from cdkg.errors import ConfigError, RDFInputError
from cdkg.jsonld_context import build_context, compact_jsonld, context_document
from cdkg.namespaces import bind_prefixes
from cdkg.ontology import load_ontology
from cdkg.store import load_graph_file, rdf_format_of

CHECKSUMS = "SHA256SUMS"
RDFLIB_PARSERS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "rdf": "xml"}
DEFAULT_DOWNLOAD_BASE = "https://w3id.org/cdkg/releases/"
DUMPS = (("cdkg.ttl", "text/turtle", "the graph in Turtle"),
         ("cdkg.nt.gz", "application/n-triples", "the graph in N-Triples, gzipped"),
         ("cdkg.jsonld", "application/ld+json", "the graph in JSON-LD, compacted with context.jsonld"))


@dataclass
class ReleaseReport:
    """What a release wrote: its folder, version and files (relative path → size in bytes)."""

    folder: Path
    version: str
    files: dict[str, int] = field(default_factory=dict)
    unchanged: bool = False

    def summary(self) -> str:
        """One line for people."""
        state = "already there, identical" if self.unchanged else "written"
        return f"release {self.version} {state}: {self.folder} ({len(self.files)} files, {sum(self.files.values())} bytes)"


def sorted_ntriples(graph: Graph) -> bytes:
    """The graph as N-Triples, one line per triple, lines sorted (rdflib keeps ``^^xsd:string`` as written)."""
    body = graph.serialize(format="nt", encoding="utf-8")
    lines = sorted({line for line in body.decode("utf-8").splitlines() if line.strip()})
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


def gzip_bytes(data: bytes) -> bytes:
    """Gzip with no file name and mtime 0, so the same data always gives the same bytes."""
    return gzip.compress(data, compresslevel=9, mtime=0)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def table_csv(store: ox.Store, entry: CatalogueQuery) -> bytes:
    """A catalogue question's answer as CSV (RFC 4180), cited when it has an ``evidence`` column."""
    rows = select_rows(store, entry.text)
    columns = list(entry.variables)
    if "evidence" in columns:
        rows, columns = cite(rows, store), columns + list(CITATION_COLUMNS)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([_cell(row.get(c)) for c in columns] for row in rows)
    return buffer.getvalue().encode("utf-8")


def checksums(files: dict[str, bytes]) -> bytes:
    """``sha256sum`` lines for the files, in path order."""
    lines = [f"{hashlib.sha256(data).hexdigest()}  {name}\n" for name, data in sorted(files.items())]
    return "".join(lines).encode("utf-8")


def verify_release(folder: Path) -> list[str]:
    """The files of a release whose SHA-256 does not match ``SHA256SUMS`` (empty: it verifies)."""
    sums = folder / CHECKSUMS
    if not sums.is_file():
        raise ConfigError(f"{folder}: no {CHECKSUMS} file; is it a release folder?")
    bad = []
    for line in sums.read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        path = folder / name
        if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            bad.append(name)
    return bad


def _dataset_info(settings: Settings, version: str, download_base: str, sizes: dict[str, int]) -> DatasetInfo:
    base = f"{download_base.rstrip('/')}/{version}/"
    dumps = tuple(Distribution(base + name, media, sizes[name], title) for name, media, title in DUMPS)
    endpoint = settings.public_url.rstrip("/") + "/sparql" if settings.public_url else None
    return DatasetInfo(iri=f"{settings.base_iri}dataset/{version}", base_iri=settings.base_iri, version=version,
                       endpoint=endpoint, dumps=dumps, is_version_of=f"{settings.base_iri}dataset")


def release_files(settings: Settings, version: str | None = None,
                  download_base: str = DEFAULT_DOWNLOAD_BASE) -> tuple[str, dict[str, bytes]]:
    """The version and every file of a release (relative path → bytes), without writing anything."""
    kg, ontology_path = settings.path("kg"), settings.path("ontology")
    store = load_graph_file(kg)
    graph = bind_prefixes(_parse(kg), settings.base_iri)
    ntriples = sorted_ntriples(graph)
    version = version or f"{__version__}+{hashlib.sha256(ntriples).hexdigest()[:8]}"
    ontology = load_ontology(ontology_path)
    from cdkg.build import serialise  # the one Turtle writer of the graph

    files = {"cdkg.ttl": serialise(graph), "cdkg.nt.gz": gzip_bytes(ntriples),
             "cdkg.jsonld": compact_jsonld(graph, build_context(ontology, settings.base_iri)),
             "ontology.ttl": ontology_path.read_bytes(),
             "context.jsonld": context_document(ontology, settings.base_iri)}
    for entry in load_catalogue():
        if entry.form == "SELECT":
            files[f"queries/{entry.name}.csv"] = table_csv(store, entry)
    info = _dataset_info(settings, version, download_base, {name: len(files[name]) for name, _, _ in DUMPS})
    description = describe_dataset(lambda text: select_rows(store, text), info)
    files["void.ttl"] = description.serialize(format="longturtle", encoding="utf-8")
    files[CHECKSUMS] = checksums(files)
    return version, files


def _parse(path: Path) -> Graph:
    try:
        return Graph().parse(path, format=RDFLIB_PARSERS.get(rdf_format_of(path).file_extension, "turtle"))
    except Exception as error:  # rdflib raises parser-specific exceptions
        raise RDFInputError(f"{path}: not valid RDF: {str(error).splitlines()[0][:200]}") from None


def _check_version(version: str) -> None:
    if not version or version in (".", "..") or "/" in version or "\\" in version or version.startswith("."):
        raise ConfigError(f"{version!r} cannot name a release folder (no slashes, no leading dot)")


def make_release(settings: Settings, output: Path, version: str | None = None,
                 download_base: str = DEFAULT_DOWNLOAD_BASE, force: bool = False) -> ReleaseReport:
    """Write a release of ``settings.kg`` under ``output/<version>/`` (see the module docstring).

    A folder already holding the same files is left as it is; one holding other files is
    replaced only with ``force``. Files are written to a temporary folder first, then renamed.
    """
    if version is not None:
        _check_version(version)
    version, files = release_files(settings, version, download_base)
    folder = output / version
    report = ReleaseReport(folder, version, {name: len(data) for name, data in files.items()})
    if (folder / CHECKSUMS).is_file() and (folder / CHECKSUMS).read_bytes() == files[CHECKSUMS] \
            and not verify_release(folder):
        report.unchanged = True
        return report
    if folder.exists() and not force:
        raise ConfigError(f"{folder} already holds a different release; pass --force to replace it")
    _write_folder(folder, files)
    return report


def _write_folder(folder: Path, files: dict[str, bytes]) -> None:
    if not folder.parent.is_dir():
        raise ConfigError(f"{folder.parent}: no such folder")
    staging = folder.with_name(f".{folder.name}.partial")
    shutil.rmtree(staging, ignore_errors=True)
    for name, data in files.items():
        path = staging / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    if folder.exists():
        shutil.rmtree(folder)
    staging.rename(folder)
