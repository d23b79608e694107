"""In-process engines: pyoxigraph without HTTP (the floor) and rdflib's own SPARQL engine (capped)."""

from __future__ import annotations

import functools
import multiprocessing
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pyoxigraph as ox
from rdflib import Graph

from cdkg.catalogue import CatalogueQuery
from cdkg.sparql import count_rows, QueryJob, evaluate


@dataclass(frozen=True)
class Timing:
    """Samples (seconds) of one query on one engine, its row count, and why it stopped early, if it did."""

    samples: tuple[float, ...]
    rows: int
    note: str = ""


def load_oxigraph(path: Path) -> ox.Store:
    """An in-memory pyoxigraph store with the graph file's triples."""
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.from_extension(path.suffix.lstrip(".")))
    return store


def oxigraph_floor(store: ox.Store, query: CatalogueQuery, count: int, budget: float) -> Timing:
    """pyoxigraph in-process: ``store.query`` and its own JSON serialiser (no cdkg code, no HTTP)."""
    rows = len(list(store.query(query.text)))
    return _sample(lambda: len(store.query(query.text).serialize(format=ox.QueryResultsFormat.JSON)), count, budget, rows)


def cdkg_evaluate(store: ox.Store, query: CatalogueQuery, count: int, budget: float) -> Timing:
    """cdkg's own evaluation in-process (checks, query, serialisation): what a query process does."""
    job = QueryJob(query.text, "json", 10000)
    rows = count_rows(evaluate(store, job).body, "json")  # evaluate counts rows only when it must
    return _sample(lambda: len(evaluate(store, job).body), count, budget, rows)


def _sample(action: Callable[[], int], count: int, budget: float, rows: int | None = None) -> Timing:
    """Time ``action`` up to ``count`` times after a warm-up, stopping after ``budget`` seconds."""
    start = time.perf_counter()
    found = action()
    warm = time.perf_counter() - start
    if warm > budget:
        return Timing((warm,), rows if rows is not None else found, "one run (slower than the budget)")
    samples: list[float] = []
    begun = time.perf_counter()
    while len(samples) < count and (not samples or time.perf_counter() - begun < budget):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return Timing(tuple(samples), rows if rows is not None else found)


@functools.lru_cache(maxsize=2)
def load_rdflib(path: Path) -> Graph:
    """An rdflib Graph parsed from the file (the last two kept: validation and rdflib's engine share them)."""
    return Graph().parse(path)


def _rdflib_child(graph: Graph, text: str, count: int, budget: float, conn: object) -> None:
    timing = _sample(lambda: len(list(graph.query(text))), count, budget)
    conn.send(timing)  # type: ignore[attr-defined]


def rdflib_timing(graph: Graph, query: CatalogueQuery, count: int, budget: float, cap: float) -> Timing:
    """rdflib's engine on the query, in a forked child killed after ``cap`` seconds."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_rdflib_child, args=(graph, query.text, count, budget, child), daemon=True)
    process.start()
    try:
        if parent.poll(cap):
            return parent.recv()
        return Timing((), -1, f"stopped after {cap:g} s")
    finally:
        process.kill()
        process.join(5)
