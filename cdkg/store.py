"""The graph store: a pyoxigraph Store from a Turtle file (in memory) or an on-disk store folder."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from cdkg.config import Settings
from cdkg.files import write_atomically
from cdkg.errors import ConfigError, RDFInputError, StoreError
from cdkg.namespaces import PREFIXES

VERSION_MARKER = "cdkg-version"


@dataclass(frozen=True)
class StoreSource:
    """Where a store comes from: a graph file loaded into memory, or a store folder opened read-only."""

    path: Path
    kind: str = "file"

    def open(self) -> ox.Store:
        """A fresh Store with the source's triples."""
        return load_graph_file(self.path) if self.kind == "file" else open_store_dir(self.path)

    def version(self) -> str:
        """A short tag that changes whenever the source's content is replaced."""
        target = self.path if self.kind == "file" else self.path / VERSION_MARKER
        try:
            stat = target.stat()
        except FileNotFoundError:
            return "0"
        raw = f"{stat.st_ino}:{stat.st_mtime_ns}:{stat.st_size}".encode()
        return hashlib.sha1(raw).hexdigest()[:16]


def source_of(settings: Settings) -> StoreSource:
    """The store source the settings name: ``store`` (a folder) if set, else the ``kg`` file."""
    if settings.store:
        return StoreSource(settings.path("store"), "dir")
    return StoreSource(settings.path("kg"), "file")


def rdf_format_of(path: Path) -> ox.RdfFormat:
    """The RDF format of a file, from its extension."""
    found = ox.RdfFormat.from_extension(path.suffix.lstrip(".") or "ttl")
    if found is None:
        raise RDFInputError(f"{path}: unknown RDF file extension {path.suffix!r} (use .ttl, .nt, .jsonld or .rdf)")
    return found


def load_graph_file(path: Path) -> ox.Store:
    """An in-memory Store holding the triples of an RDF file, in its default graph."""
    if not path.is_file():
        raise RDFInputError(f"{path}: no such graph file (run `cdkg build`, or pass --kg FILE)")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=rdf_format_of(path))
    except (SyntaxError, ValueError) as error:
        raise RDFInputError(f"{path}: not valid RDF: {error}") from None
    return store


def open_store_dir(path: Path, read_only: bool = True) -> ox.Store:
    """An on-disk Oxigraph store; read-only unless asked otherwise."""
    if read_only and not path.is_dir():
        raise StoreError(f"{path}: no such store folder (create it with `cdkg serve --kg FILE --store DIR`)")
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as error:
        raise StoreError(f"{path}: cannot open the Oxigraph store: {error}") from None


def create_store_dir(graph_file: Path, folder: Path) -> None:
    """Bulk-load a graph file into a new on-disk store folder."""
    if folder.exists() and any(folder.iterdir()):
        raise StoreError(f"{folder}: already exists and is not empty")
    store = open_store_dir(folder, read_only=False)
    try:
        store.bulk_load(path=str(graph_file), format=rdf_format_of(graph_file))
    except (SyntaxError, ValueError) as error:
        raise RDFInputError(f"{graph_file}: not valid RDF: {error}") from None
    store.flush()
    del store
    (folder / VERSION_MARKER).write_text("1\n", encoding="utf-8")


def default_graph_triples(store: ox.Store) -> list[ox.Triple]:
    """The triples of the store's default graph."""
    quads = store.quads_for_pattern(None, None, None, ox.DefaultGraph())
    return [ox.Triple(q.subject, q.predicate, q.object) for q in quads]


def serialise_store(store: ox.Store, rdf_format: ox.RdfFormat, graph: str | None = None) -> bytes:
    """The default graph (or the named graph ``graph``) serialised, with cdkg's prefixes."""
    name = ox.NamedNode(graph) if graph else ox.DefaultGraph()
    quads = store.quads_for_pattern(None, None, None, name)
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    return ox.serialize(triples, format=rdf_format, prefixes=dict(PREFIXES))


def to_rdflib(store: ox.Store) -> Graph:
    """The store's default graph as an rdflib Graph (for pySHACL)."""
    graph = Graph()
    graph.parse(data=serialise_store(store, ox.RdfFormat.N_TRIPLES), format="nt")
    return graph


def copy_store(store: ox.Store) -> ox.Store:
    """An in-memory copy of a store's default graph."""
    copy = ox.Store()
    copy.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in default_graph_triples(store))
    return copy


def write_graph_file_atomically(store: ox.Store, path: Path, base_iri: str) -> None:
    """Write the store's default graph as Turtle to ``path`` by rename, so readers never see half a file."""
    prefixes = dict(PREFIXES) | {"id": base_iri}
    triples = default_graph_triples(store)
    try:
        write_atomically(path, ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes))
    except OSError as error:
        raise StoreError(f"{path}: cannot write the graph: {error.strerror}") from None


def ensure_graph_file(settings: Settings) -> Path:
    """The kg file, built first (``cdkg.build.build_graph``) if it does not exist yet."""
    path = settings.path("kg")
    if path.is_file():
        return path
    try:
        from cdkg.build import build_graph
    except ImportError:
        raise ConfigError(f"{path} does not exist and this installation cannot build it (no cdkg.build)") from None
    build_graph(settings)
    if not path.is_file():
        raise StoreError(f"{path}: the build did not produce a graph file")
    return path


def updated_copy(store: ox.Store, update: str) -> ox.Store:
    """A copy of the store with a SPARQL update applied (the store itself is untouched)."""
    from cdkg.sparql import check_update, syntax_error

    check_update(update)
    copy = copy_store(store)
    try:
        copy.update(update)
    except SyntaxError as error:
        raise syntax_error(error, update) from None
    return copy


def require_conformance(store: ox.Store, shapes: Path) -> None:
    """Raise ValidationFailed (with the SHACL report) unless the store's graph conforms to the shapes."""
    from cdkg.errors import ValidationFailed

    try:
        from cdkg.validation import validate_graph
    except ImportError:
        raise StoreError("updates need the SHACL gate (cdkg.validation), which is not installed") from None
    report = validate_graph(to_rdflib(store), shapes, engine="fast")  # the build gate's engine
    if not report.conforms:
        raise ValidationFailed("the update was refused: the resulting graph does not conform to the shapes", report.report_text)
