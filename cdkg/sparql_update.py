"""SPARQL Update applied to the curated layer: what an update changes is kept where every build merges it.

The served graph (``data/kg.ttl``) is rebuilt from the sources by ``cdkg build``, so an update that
only rewrote it would be lost at the next build. Instead, an accepted update is recorded in the
curated layer, next to ``data/curated.ttl``:

* triples it adds are appended to ``curated.ttl`` (serialised as the build serialises graphs), and
  taken out of ``curated-removals.ttl`` if a former update removed them;
* triples it deletes are written to ``curated-removals.ttl``, which the build subtracts before it
  merges ``curated.ttl``; those that came from ``curated.ttl`` are also removed from it.

The served graph file is rewritten too, so the answers change at once. The update is refused,
and nothing changes, when it names a graph (cdkg keeps one, the default graph), when the result
does not conform to the shapes, or when it would empty the graph without ``allow_empty``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from cdkg.errors import CdkgError, QueryError, RDFInputError, ResourceLimitExceeded
from cdkg.build import REMOVALS_FILE
from cdkg.store import copy_store, default_graph_triples, require_conformance



class GraphWouldBeEmptied(CdkgError):
    """An update would leave the kept graph empty and the request did not say it means it."""

    http_status = 409


@dataclass(frozen=True)
class CuratedFiles:
    """The curated layer's files: additions (curated.ttl) and removals (curated-removals.ttl)."""

    curated: Path

    @property
    def removals(self) -> Path:
        """The removals file, next to curated.ttl."""
        return self.curated.with_name(REMOVALS_FILE)


@dataclass(frozen=True)
class UpdatePlan:
    """What to write for an accepted update: the new files' bytes (None: leave the file alone)."""

    graph_bytes: bytes
    curated_append: bytes
    curated_rewrite: bytes | None
    removals: bytes | None
    added: int
    removed: int


def applied(store: ox.Store, update: str, allow_empty: bool = False) -> tuple[ox.Store, set[ox.Triple], set[ox.Triple]]:
    """A copy of the store with the update applied, and the triples it added and removed.

    Raises:
        QueryError: the update is refused (SERVICE, LOAD, a named graph) or malformed.
        GraphWouldBeEmptied: the graph had triples and would have none.
    """
    from cdkg.sparql import check_update, syntax_error

    check_update(update)
    copy = copy_store(store)
    try:
        copy.update(update)
    except SyntaxError as error:
        raise syntax_error(error, update) from None
    except (ValueError, OSError, RuntimeError) as error:
        raise QueryError(f"the update could not be applied: {str(error)[:300]}") from None
    if any(True for _ in copy.named_graphs()):
        raise QueryError("the update writes to a named graph; cdkg keeps one graph, the default graph")
    before, after = set(default_graph_triples(store)), set(default_graph_triples(copy))
    if before and not after and not allow_empty:
        raise GraphWouldBeEmptied("the update would remove every triple of the graph; if you mean it, "
                                  "repeat it with ?confirm=empty-graph")
    return copy, after - before, before - after


def _rdflib(triples: set[ox.Triple]) -> Graph:
    graph = Graph()
    if triples:
        graph.parse(data=ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.N_TRIPLES), format="nt")
    return graph


def _read(path: Path) -> Graph:
    graph = Graph()
    if path.is_file():
        try:
            graph.parse(path, format="turtle")
        except Exception as error:  # rdflib raises parser-specific exceptions
            raise RDFInputError(f"{path.name} is not valid Turtle: {str(error).splitlines()[0][:200]}") from None
    return graph


def _serialised(graph: Graph, base_iri: str) -> bytes:
    from cdkg.build import serialise
    from cdkg.namespaces import bind_prefixes

    return serialise(bind_prefixes(graph, base_iri))


def plan_update(graph_file: Path, files: CuratedFiles, update: str, shapes: Path, base_iri: str,
                allow_empty: bool = False) -> UpdatePlan:
    """Apply an update to the graph file's content in memory and say what to write (nothing is written).

    Raises:
        QueryError, GraphWouldBeEmptied: the update is refused.
        ValidationFailed: the resulting graph does not conform to the shapes.
    """
    from cdkg.store import load_graph_file

    new, added, removed = applied(load_graph_file(graph_file), update, allow_empty)
    require_conformance(new, shapes)
    curated, removals = _read(files.curated), _read(files.removals)
    additions, deletions = _rdflib(added), _rdflib(removed)
    dropped_from_curated = [t for t in deletions if t in curated]
    for triple in dropped_from_curated:
        curated.remove(triple)
    if dropped_from_curated:
        curated += additions
    removals -= additions
    removals += deletions
    changed_removals = bool(added or removed) and (len(removals) > 0 or files.removals.is_file())
    return UpdatePlan(
        graph_bytes=graph_bytes(new, graph_file, base_iri),
        curated_append=_serialised(additions, base_iri) if added and not dropped_from_curated else b"",
        curated_rewrite=_serialised(curated, base_iri) if dropped_from_curated else None,
        removals=_serialised(removals, base_iri) if changed_removals else None,
        added=len(added),
        removed=len(removed),
    )


def graph_bytes(store: ox.Store, graph_file: Path, base_iri: str) -> bytes:
    """The store's default graph in the graph file's own format (by its extension), with cdkg's prefixes
    (Oxigraph's serialiser: fast)."""
    from cdkg.namespaces import PREFIXES
    from cdkg.store import rdf_format_of

    prefixes = dict(PREFIXES) | {"id": base_iri}
    return ox.serialize(default_graph_triples(store), format=rdf_format_of(graph_file), prefixes=prefixes)


def write_plan(plan: UpdatePlan, graph_file: Path, files: CuratedFiles, note: str) -> None:
    """Write an accepted update: the curated layer first (the truth a build merges), then the graph file.

    Each file is replaced atomically; ``note`` heads the block appended to curated.ttl.
    """
    from cdkg.files import write_atomically

    if plan.removals is not None:
        write_atomically(files.removals, plan.removals)
    if plan.curated_rewrite is not None:
        write_atomically(files.curated, plan.curated_rewrite)
    elif plan.curated_append:
        old = files.curated.read_bytes() if files.curated.is_file() else b""
        separator = b"" if not old or old.endswith(b"\n") else b"\n"
        write_atomically(files.curated, old + separator + f"\n# {note}\n".encode() + plan.curated_append)
    write_atomically(graph_file, plan.graph_bytes)


def _warm_up() -> None:
    """Import and exercise the SHACL gate on an empty graph while the process waits for an update,
    so the timeout is spent on the update (about a third less time for a small graph)."""
    from cdkg.validation import SHAPES_DIR, validate_graph

    if SHAPES_DIR.is_dir():
        try:
            validate_graph(Graph(), SHAPES_DIR, engine="fast")
        except Exception:  # noqa: BLE001 - only a warm-up: the real update reports its own errors
            pass


def update_process_main(fd: int) -> None:
    """The update process: receive one update, plan it, send the plan or the error back, exit.

    Run by the server in a process of its own, so a runaway update can be killed at the timeout.
    """
    import pickle
    from multiprocessing.connection import Connection

    from cdkg.server.evaluator import drop_network_access, limit_memory

    _warm_up()
    drop_network_access()
    conn = Connection(fd)
    try:
        graph_file, files, update, shapes, base_iri, allow_empty, memory_mb = conn.recv()
    except (EOFError, OSError):
        return
    limit_memory(memory_mb)
    try:
        outcome: object = plan_update(graph_file, files, update, shapes, base_iri, allow_empty)
    except CdkgError as error:
        outcome = error
    except MemoryError:
        outcome = ResourceLimitExceeded("the update needed more memory than max_query_mb allows; nothing was changed")
    except Exception as error:  # noqa: BLE001 - the engine failing on this update: the client's to fix
        outcome = QueryError(f"the update could not be applied: {str(error)[:300]}")
    conn.send_bytes(pickle.dumps(outcome))
