"""Load the built graph into a remote SPARQL store, replacing one named graph safely.

The triples go first into a staging graph (batches over the Graph Store HTTP Protocol, or
SPARQL Update when no Graph Store endpoint is given), are counted there, and only then
replace the target with one ``MOVE <staging> TO <target>`` update. A failure before the
move leaves the target's previous content untouched; pushing twice leaves the same content.
Triples that share a blank node always travel in the same batch, since a blank-node label
means the same node only within one request.
"""

from __future__ import annotations

import hashlib
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

import pyoxigraph as ox
from tqdm import tqdm

from cdkg.errors import CdkgError, RDFInputError, StoreError
from cdkg.remote import Credentials, RemoteStore, StoreClient, credentials_from_environment, parse_store_url
from cdkg.store import rdf_format_of

UPDATE_BATCH = 1000
GRAPH_STORE_BATCH = 50_000
NTRIPLES = "application/n-triples"

Sender = Callable[[list[ox.Triple]], None]


@dataclass(frozen=True)
class PushReport:
    """What a push did: where to, how many triples were sent and are now in the graph."""

    endpoint: str
    graph: str
    triples_sent: int
    triples_in_store: int
    batches: int
    seconds: float
    method: str

    def summary(self) -> str:
        """One line for the terminal."""
        return (f"pushed {self.triples_sent} triples in {self.batches} batch(es) by {self.method} to <{self.graph}> "
                f"at {self.endpoint} in {self.seconds:.1f} s; the graph holds {self.triples_in_store} triples")


def read_triples(graph_file: Path) -> list[ox.Triple]:
    """The distinct triples of a graph file (its default graph)."""
    if not graph_file.is_file():
        raise RDFInputError(f"{graph_file}: no such graph file (run `cdkg build`, or pass --kg FILE)")
    try:
        quads = ox.parse(path=str(graph_file), format=rdf_format_of(graph_file))
        return list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads))
    except (SyntaxError, ValueError) as error:
        raise RDFInputError(f"{graph_file}: not valid RDF: {error}") from None


def _blank_nodes(triple: ox.Triple) -> list[ox.BlankNode]:
    return [term for term in (triple.subject, triple.object) if isinstance(term, ox.BlankNode)]


def blank_node_groups(triples: Iterable[ox.Triple]) -> list[list[ox.Triple]]:
    """The triples grouped so that triples linked through blank nodes share a group (others alone)."""
    parent: dict[ox.BlankNode, ox.BlankNode] = {}

    def root(node: ox.BlankNode) -> ox.BlankNode:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    listed = list(triples)
    for triple in listed:
        nodes = _blank_nodes(triple)
        if len(nodes) == 2:
            parent[root(nodes[0])] = root(nodes[1])
    groups: dict[object, list[ox.Triple]] = {}
    for index, triple in enumerate(listed):
        nodes = _blank_nodes(triple)
        groups.setdefault(root(nodes[0]) if nodes else index, []).append(triple)
    return list(groups.values())


def batches_of(triples: Iterable[ox.Triple], size: int) -> list[list[ox.Triple]]:
    """Batches of about ``size`` triples that never split a blank-node group."""
    batches: list[list[ox.Triple]] = [[]]
    for group in blank_node_groups(triples):
        if batches[-1] and len(batches[-1]) + len(group) > size:
            batches.append([])
        batches[-1].extend(group)
    return [batch for batch in batches if batch]


def staging_graph(target: str) -> str:
    """The staging graph for a target graph (fixed, so a later push clears a failed one's leftovers)."""
    return f"urn:x-cdkg:staging:{hashlib.sha256(target.encode()).hexdigest()[:24]}"


def ntriples(batch: list[ox.Triple]) -> bytes:
    """A batch as N-Triples."""
    return ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES)


def insert_statement(graph: str, batch: list[ox.Triple]) -> str:
    """An update adding the batch to ``graph``: INSERT DATA, or INSERT … WHERE {} when it has blank nodes.

    Virtuoso refuses blank nodes in INSERT DATA, while a template with one empty solution
    creates fresh blank nodes for the batch, as the standard intends.
    """
    body = ntriples(batch).decode("utf-8")
    target = ox.NamedNode(graph)
    if any(_blank_nodes(triple) for triple in batch):
        return f"INSERT {{ GRAPH {target} {{\n{body}}} }} WHERE {{}}"
    return f"INSERT DATA {{ GRAPH {target} {{\n{body}}} }}"


def update_sender(store: RemoteStore, staging: str) -> Sender:
    """Send batches as SPARQL updates into the staging graph."""
    return lambda batch: store.update(insert_statement(staging, batch))


def graph_store_sender(client: StoreClient, url: str, staging: str) -> Sender:
    """Send batches with Graph Store Protocol POSTs (add to the staging graph)."""

    def send(batch: list[ox.Triple]) -> None:
        client.send("POST", url, params={"graph": staging}, data=ntriples(batch), headers={"Content-Type": NTRIPLES})

    return send


def send_batches(batches: list[list[ox.Triple]], send: Sender, show_progress: bool) -> int:
    """Send every batch, with a progress bar in triples; returns the count sent."""
    sent = 0
    with tqdm(total=sum(map(len, batches)), unit="triple", desc="push", disable=not show_progress) as bar:
        for batch in batches:
            try:
                send(batch)
            except CdkgError as error:
                raise PartialPush(sent, error) from None
            sent += len(batch)
            bar.update(len(batch))
    return sent


class PartialPush(Exception):
    """A push that stopped after ``sent`` triples because of ``cause``."""

    def __init__(self, sent: int, cause: CdkgError) -> None:
        super().__init__(cause.message)
        self.sent = sent
        self.cause = cause


def check_staged(store: RemoteStore, staging: str, expected: int) -> None:
    """Raise StoreError unless the staging graph holds exactly the triples sent."""
    found = store.count_triples(staging)
    if found != expected:
        raise StoreError(f"the store holds {found} of the {expected} triples sent (it may have rewritten or dropped some)")


def failure(address: str, graph: str, sent: int, total: int, cause: str) -> StoreError:
    """The one error a failed push raises: what happened, that nothing changed, what to do."""
    return StoreError(
        f"push to {address} stopped after {sent} of {total} triples: {cause}. "
        f"The graph <{graph}> still holds its previous content; fix the cause and run `cdkg push` again "
        "(a push replaces the whole graph, so repeating it is safe)."
    )


def _discard(store: RemoteStore, staging: str) -> None:
    try:
        store.update(f"DROP SILENT GRAPH {ox.NamedNode(staging)}")
    except CdkgError:
        pass


def push_graph(
    graph_file: Path,
    store_url: str,
    graph_iri: str | None = None,
    *,
    graph_store_url: str | None = None,
    batch_size: int | None = None,
    credentials: Credentials | None = None,
    timeout: float = 120.0,
    progress: bool | None = None,
) -> PushReport:
    """Replace a named graph of a remote store with the triples of ``graph_file``.

    Args:
        graph_file: the built graph (Turtle, N-Triples, JSON-LD or RDF/XML).
        store_url: the SPARQL endpoint that accepts updates (``sparql+http://…`` or ``http://…``).
        graph_iri: the graph to replace (default: the URL's ``?graph=`` or ``cdkg.remote.DEFAULT_GRAPH``).
        graph_store_url: a Graph Store Protocol endpoint for the batches (much faster on Virtuoso).
        batch_size: triples per request (default 1,000 by update, 50,000 by Graph Store Protocol).
        credentials: default: from CDKG_STORE_* variables.
        timeout: seconds allowed per request.
        progress: show a progress bar (default: only when stderr is a terminal).

    Raises:
        RDFInputError: the graph file is missing or not RDF.
        StoreError: the push failed; the graph keeps its previous content.
    """
    started = time.monotonic()
    address = parse_store_url(store_url, graph_iri)
    triples = read_triples(graph_file)
    store = RemoteStore(address, credentials or credentials_from_environment(), timeout)
    method = "graph store protocol" if graph_store_url else "SPARQL update"
    batches = batches_of(triples, batch_size or (GRAPH_STORE_BATCH if graph_store_url else UPDATE_BATCH))
    show = sys.stderr.isatty() if progress is None else progress
    try:
        sent = _stage_and_swap(store, address.graph, batches, graph_store_url, show)
        held = store.count_triples()
    finally:
        store.close()
    return PushReport(address.endpoint, address.graph, sent, held, len(batches), time.monotonic() - started, method)


def _stage_and_swap(store: RemoteStore, graph: str, batches: list[list[ox.Triple]], graph_store_url: str | None, show: bool) -> int:
    staging = staging_graph(graph)
    total = sum(map(len, batches))
    sent = 0
    try:
        store.update(f"DROP SILENT GRAPH {ox.NamedNode(staging)}")
        url = graph_store_url[len("sparql+"):] if graph_store_url and graph_store_url.startswith("sparql+") else graph_store_url
        send = graph_store_sender(store.client, url, staging) if url else update_sender(store, staging)
        sent = send_batches(batches, send, show)
        check_staged(store, staging, total)
        store.update(f"MOVE {ox.NamedNode(staging)} TO {ox.NamedNode(graph)}")
    except PartialPush as stopped:
        _discard(store, staging)
        raise failure(store.address.endpoint, graph, stopped.sent, total, stopped.cause.message) from None
    except CdkgError as error:
        _discard(store, staging)
        raise failure(store.address.endpoint, graph, sent, total, error.message) from None
    return sent
