"""The graph service behind the app: queries, the catalogue and settings, for every blueprint.

Other blueprints (the HTML pages) reach it as ``current_app.extensions["cdkg"]``.
"""

from __future__ import annotations

import io
import sys
from dataclasses import replace

from rdflib import Graph
from rdflib.query import Result
from rdflib.term import Identifier

from cdkg.catalogue import Catalogue
from cdkg.config import Settings
from cdkg.sparql import QueryJob, QueryResult
from cdkg.store import StoreSource
from cdkg.server.cache import ResultCache
from cdkg.server.evaluator import Evaluator

UNLIMITED = sys.maxsize


class GraphService:
    """Runs queries with the configured timeout and row cap; holds the catalogue and settings."""

    def __init__(self, settings: Settings, evaluator: Evaluator, catalogue: Catalogue, source: StoreSource | None) -> None:
        self.settings = settings
        self.evaluator = evaluator
        self.catalogue = catalogue
        self.source = source
        cache_bytes = settings.cache_mb * 1024 * 1024
        self.cache = ResultCache(cache_bytes) if source is not None and cache_bytes > 0 else None

    def run(self, job: QueryJob) -> QueryResult:
        """Run a job within the timeout, or answer it from the cache for the graph's current version.

        An injected store is never cached: its owner may change it behind our back.
        """
        if self.cache is None:
            return self.evaluator.run(job, self.settings.timeout)
        version = self.version()  # once per request: the query process reloads when it changes
        key = (version, job)
        cached = self.cache.get(key)
        if cached is not None:
            return replace(cached, cached=True)
        result = self.evaluator.run(job, self.settings.timeout, version)
        self.cache.put(key, result)
        return result

    def job(self, text: str, fmt: str, **kwargs: object) -> QueryJob:
        """A job with the configured row cap and response cap (``max_rows=UNLIMITED`` lifts both)."""
        max_rows = kwargs.pop("max_rows", self.settings.max_rows)
        max_bytes = 0 if max_rows == UNLIMITED else self.settings.max_response_mb * 2**20
        return QueryJob(text, fmt, max_rows, max_bytes=max_bytes, **kwargs)  # type: ignore[arg-type]

    def select(self, query: str) -> list[dict[str, Identifier]]:
        """The rows of a SELECT query as dicts of rdflib terms (unbound variables left out)."""
        result = self.run(self.job(query, "json"))
        parsed = Result.parse(io.BytesIO(result.body), format="json")
        return [{str(k): v for k, v in row.asdict().items()} for row in parsed]

    def ask(self, query: str) -> bool:
        """The answer of an ASK query."""
        result = self.run(self.job(query, "json"))
        return bool(Result.parse(io.BytesIO(result.body), format="json").askAnswer)

    def construct(self, query: str) -> Graph:
        """The graph of a CONSTRUCT or DESCRIBE query."""
        result = self.run(self.job(query, "ntriples"))
        return Graph().parse(data=result.body, format="nt")

    def version(self) -> str:
        """A tag of the graph's current content (for ETags)."""
        return self.source.version() if self.source else "memory"
