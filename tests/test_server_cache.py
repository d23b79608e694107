"""The answer cache: keyed by graph version, bounded in bytes, never used for an injected store."""

from __future__ import annotations

from pathlib import Path

from cdkg.catalogue import load_catalogue
from cdkg.config import Settings
from cdkg.sparql import QueryJob, QueryResult
from cdkg.store import StoreSource
from cdkg.server.cache import ENTRY_OVERHEAD, ResultCache, footprint
from cdkg.server.service import GraphService


class CountingEvaluator:
    """Answers every job with the number of jobs it has run so far."""

    def __init__(self) -> None:
        self.calls = 0

    def run(self, job: QueryJob, timeout: float, version: str | None = None) -> QueryResult:
        self.calls += 1
        return QueryResult(str(self.calls).encode(), "text/plain")

    def close(self) -> None:
        pass


def service(tmp_path: Path, source: bool = True) -> tuple[GraphService, CountingEvaluator, Path]:
    graph = tmp_path / "kg.ttl"
    graph.write_text("<urn:a> <urn:b> <urn:c> .\n")
    evaluator = CountingEvaluator()
    settings = Settings(root=tmp_path, cache_mb=1)
    return GraphService(settings, evaluator, load_catalogue(), StoreSource(graph) if source else None), evaluator, graph


def test_a_repeated_job_is_answered_once(tmp_path: Path) -> None:
    svc, evaluator, _ = service(tmp_path)
    job = QueryJob("ASK {}")
    first, second = svc.run(job), svc.run(job)
    assert evaluator.calls == 1
    assert first.body == second.body and second.cached and not first.cached


def test_a_new_graph_version_misses(tmp_path: Path) -> None:
    svc, evaluator, graph = service(tmp_path)
    job = QueryJob("ASK {}")
    svc.run(job)
    replacement = tmp_path / "new.ttl"
    replacement.write_text("<urn:a> <urn:b> <urn:d> .\n")
    replacement.replace(graph)
    assert svc.run(job).body == b"2"


def test_an_injected_store_is_never_cached(tmp_path: Path) -> None:
    svc, evaluator, _ = service(tmp_path, source=False)
    svc.run(QueryJob("ASK {}"))
    svc.run(QueryJob("ASK {}"))
    assert evaluator.calls == 2


def test_the_cache_evicts_least_recently_used_beyond_its_budget() -> None:
    entry = footprint("a") + footprint(b"x" * 10) + ENTRY_OVERHEAD
    cache = ResultCache(max_bytes=4 * entry)
    for key in "abcd":
        cache.put(key, QueryResult(b"x" * 10, "text/plain"))
    cache.get("a")
    cache.put("e", QueryResult(b"x" * 10, "text/plain"))
    assert cache.get("b") is None and cache.get("a") is not None and cache.size <= 4 * entry


def test_an_answer_too_large_for_the_cache_is_not_kept() -> None:
    cache = ResultCache(max_bytes=4000)
    cache.put("big", QueryResult(b"x" * 1001, "text/plain"))
    assert cache.get("big") is None


def test_the_cache_counts_the_query_text_of_its_keys() -> None:
    """3,000 distinct 100 KB queries once grew a worker by 300 MB: keys hold the whole text."""
    budget = 2 * 2**20
    cache = ResultCache(max_bytes=budget)
    for number in range(100):
        job = QueryJob(f"ASK {{}} # {number} " + "x" * 100_000)
        cache.put(("version", job), QueryResult(b"true", "application/json"))
    held = sum(footprint(key) for key in cache.entries)
    assert cache.size <= budget and held <= budget and len(cache.entries) < 100
