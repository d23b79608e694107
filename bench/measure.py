"""The measurements of one benchmark run, each returning plain figures for the report."""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from cdkg.catalogue import Catalogue, CatalogueQuery
from cdkg.store import create_store_dir
from cdkg_server import FIRST_QUERY, RunningServer, start_cdkg
from engines import Timing, cdkg_evaluate, load_oxigraph, load_rdflib, oxigraph_floor, rdflib_timing
from http_client import Answer, Endpoint, PathSource, sample_latency, sparql_path, unique_paths
from loadgen import LoadResult, run_wrk
from stats import percentile


@dataclass(frozen=True)
class Plan:
    """How much to measure: sizes, repeats and time caps (full run about 4 minutes, --quick under one)."""

    sizes: tuple[int, ...] = (10_000, 100_000, 1_000_000)
    corpora_mb: tuple[int, ...] = (1, 10)
    build_repeats: int = 1
    gate_max_mb: float = 1
    write_max_mb: float = 1
    validation_sizes: tuple[int, ...] = (10_000, 100_000)
    validation_repeats: int = 1
    latency_count: int = 20
    latency_budget: float = 0.6
    large_size: int = 1_000_000
    large_budget: float = 0.25
    rdflib_sizes: tuple[int, ...] = (10_000, 100_000)
    rdflib_cap: float = 1.5
    virtuoso_cap: int = 6
    wrk_seconds: int = 2
    wrk_repeats: int = 1
    connections: tuple[int, ...] = (1, 4, 8)
    startup_repeats: int = 3
    workers: int = 2
    threads_options: tuple[int, ...] = (4, 8)
    threads_gain: float = 1.15
    threads_rounds: int = 3
    profile_seconds: int = 4
    profiles: tuple[str, ...] = ("nato-8", "cheapest-1")

    def budget(self, size: int) -> float:
        """Seconds of repeated requests per query at a graph size (shorter at the largest sizes)."""
        return self.large_budget if size >= self.large_size else self.latency_budget

    @classmethod
    def quick(cls) -> Plan:
        """Under a minute: 10k/100k, 1 MB corpus without gate, few repeats, short caps."""
        return cls(sizes=(10_000, 100_000), corpora_mb=(1,), gate_max_mb=0, validation_sizes=(10_000,),
                   latency_count=8, latency_budget=0.25, rdflib_sizes=(10_000,), rdflib_cap=1.0, virtuoso_cap=3,
                   wrk_seconds=1, connections=(1, 8), startup_repeats=1, threads_options=(4,), profile_seconds=2,
                   profiles=("nato-8",))


@dataclass
class Latency:
    """Per-query latency figures of one engine at one size: p50/p95 in seconds, rows, notes."""

    p50: dict[str, float] = field(default_factory=dict)
    p95: dict[str, float] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    cache: dict[str, tuple[int, int]] = field(default_factory=dict)

    def cache_checked(self) -> tuple[int, int]:
        """(answers whose X-Cdkg-Cache header was the expected one, answers checked), over every query."""
        return sum(a for a, _ in self.cache.values()), sum(b for _, b in self.cache.values())

    def add_samples(self, name: str, samples: list[float], rows: int, note: str = "") -> None:
        """Record a query's samples (none: it failed or was capped, ``note`` says why)."""
        self.rows[name] = rows
        if note:
            self.notes[name] = note
        if samples:
            self.p50[name] = statistics.median(samples)
            self.p95[name] = percentile(samples, 0.95)


def median_of(values: list[float]) -> float | None:
    """The median, or None for no values."""
    return statistics.median(values) if values else None


def inprocess_latency(graph: Path, catalogue: Catalogue, plan: Plan, size: int) -> tuple[Latency, Latency]:
    """pyoxigraph's floor and cdkg's evaluate, in this process, for every catalogue query."""
    store = load_oxigraph(graph)
    floor, evaluated = Latency(), Latency()
    budget = plan.budget(size)
    for query in catalogue:
        _record(floor, query.name, oxigraph_floor(store, query, plan.latency_count, budget))
        _record(evaluated, query.name, cdkg_evaluate(store, query, plan.latency_count, budget))
    return floor, evaluated


def _record(latency: Latency, name: str, timing: Timing) -> None:
    latency.add_samples(name, list(timing.samples), timing.rows, timing.note)


def rdflib_latency(graph: Path, catalogue: Catalogue, plan: Plan) -> Latency:
    """rdflib's engine on every catalogue query, each capped at ``plan.rdflib_cap`` seconds."""
    parsed = load_rdflib(graph)
    latency = Latency()
    for query in catalogue:
        count = max(3, plan.latency_count // 5)
        _record(latency, query.name, rdflib_timing(parsed, query, count, plan.latency_budget, plan.rdflib_cap))
    return latency


def http_latency(endpoint: Endpoint, paths: dict[str, PathSource], plan: Plan, expected: dict[str, int], size: int,
                 expect_cache: str | None = None) -> Latency:
    """Latency of each path over HTTP; wrong row counts and failures are noted, not timed.

    With ``expect_cache`` ('hit' or 'miss'), every timed answer's X-Cdkg-Cache header is checked.
    A cached query whose warm-up overran the budget is sampled again, now from the cache.
    """
    latency = Latency()
    for name, path in paths.items():
        answers = sample_latency(endpoint, path, plan.latency_count, plan.budget(size))
        if expect_cache == "hit" and len(answers) == 1 and answers[0].status == 200 and answers[0].cache != "hit":
            answers = sample_latency(endpoint, path, plan.latency_count, plan.budget(size))
        latency.add_samples(name, *_judge(answers, expected.get(name)))
        if expect_cache:
            latency.cache[name] = (sum(a.cache == expect_cache for a in answers), len(answers))
    return latency


def _judge(answers: list[Answer], expected: int | None) -> tuple[list[float], int, str]:
    first = answers[0]
    if first.status != 200 or first.partial:
        return [], -1, f"HTTP {first.status} after {first.seconds:.1f} s: {first.detail}"
    if expected is not None and first.rows != expected:
        return [], first.rows, f"wrong answer: {first.rows} rows, expected {expected}"
    note = f"one run ({first.seconds:.1f} s)" if len(answers) == 1 else ""
    return [a.seconds for a in answers], first.rows, note


def cdkg_paths(catalogue: Catalogue, cold: bool) -> dict[str, PathSource]:
    """cdkg's /sparql paths by query name: a new unique text per request (cold) or the same text (cached)."""
    return {q.name: unique_paths(q.text) if cold else sparql_path(q.text) for q in catalogue}


def virtuoso_paths(catalogue: Catalogue, graph: str) -> dict[str, PathSource]:
    """Virtuoso /sparql paths for each catalogue query over one named graph (same text repeated)."""
    return {q.name: sparql_path(q.text, graph) for q in catalogue}


def throughput(base_url: str, paths: list[str], plan: Plan, scripts: Path, unique: bool,
               connections: tuple[int, ...] | None = None) -> dict[int, LoadResult]:
    """Median wrk rate (over repeats) for each connection count; ``unique`` makes every request's text new."""
    found: dict[int, LoadResult] = {}
    for count in connections or plan.connections:
        runs = [run_wrk(base_url, paths, count, plan.wrk_seconds, scripts, unique) for _ in range(plan.wrk_repeats)]
        runs.sort(key=lambda r: r.rate)
        found[count] = runs[len(runs) // 2]
    return found


def startup_times(source: Path, plan: Plan, as_store: bool, threads: int) -> tuple[list[float], tuple[int, int]]:
    """Seconds from ``cdkg serve`` to its first answer, per start; and the last start's peak memory."""
    times: list[float] = []
    peak = (0, 0)
    for _ in range(plan.startup_repeats):
        server = start_cdkg(source, plan.workers, threads, as_store)
        try:
            times.append(server.startup)
            peak = server.peak_rss_kib()
        finally:
            server.stop()
    return times, peak


def prepared_store(graph: Path, work: Path) -> tuple[Path, float]:
    """An on-disk Oxigraph store made from the graph file beforehand, and the seconds it took."""
    folder = Path(tempfile.mkdtemp(prefix="store-", dir=work)) / "store"
    start = time.perf_counter()
    create_store_dir(graph, folder)
    return folder, time.perf_counter() - start


def nato_query(catalogue: Catalogue) -> CatalogueQuery:
    """The NATO question."""
    return catalogue.get(FIRST_QUERY)


def serve_for_latency(graph: Path, plan: Plan, threads: int) -> RunningServer:
    """A cdkg server on the graph file, every worker's first query process warmed."""
    from cdkg_server import warm_all_workers

    server = start_cdkg(graph, plan.workers, threads)
    warm_all_workers(server)
    return server
