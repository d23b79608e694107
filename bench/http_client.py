"""A lean HTTP client for latency: one keep-alive connection (reopened when the server closes it).

Cold requests carry a unique trailing comment line (``# cold N``): the query is unchanged but
cdkg's answer cache, keyed by the text, misses. The ``X-Cdkg-Cache`` header of every answer is
kept so that the benchmark can check cold requests were misses and cached ones hits.
"""

from __future__ import annotations

import http.client
import itertools
import json
import os
import time
import urllib.parse
from dataclasses import dataclass
from typing import Callable, Union

JSON_RESULTS = "application/sparql-results+json"
CACHE_HEADER = "X-Cdkg-Cache"
_COLD_COUNTER = itertools.count(1)
_RUN_TAG = f"{os.getpid()}-{time.time_ns() % 10**9}"

PathSource = Union[str, Callable[[], str]]


@dataclass(frozen=True)
class Answer:
    """One HTTP answer: status, rows in a SPARQL JSON body (-1 if not parseable), seconds, cut short."""

    status: int
    rows: int
    seconds: float
    partial: bool = False
    detail: str = ""
    cache: str = ""


@dataclass(frozen=True)
class Endpoint:
    """Where and how to ask one catalogue query: cdkg's /queries/NAME, or a SPARQL endpoint URL."""

    host: str
    port: int

    def connection(self, timeout: float) -> http.client.HTTPConnection:
        """A new connection to the endpoint."""
        return http.client.HTTPConnection(self.host, self.port, timeout=timeout)


def catalogue_path(name: str) -> str:
    """cdkg's path for a catalogue query."""
    return f"/queries/{name}"


def sparql_path(query: str, default_graph: str | None = None, endpoint: str = "/sparql") -> str:
    """A SPARQL protocol GET path for a query (with a default-graph-uri when given); the query comes last.

    Last, so that a load generator can make the text unique by appending an encoded comment to the path.
    """
    params = {"default-graph-uri": default_graph} if default_graph else {}
    params["query"] = query
    return f"{endpoint}?{urllib.parse.urlencode(params)}"


def cold_text(query: str) -> str:
    """The query with a trailing comment line unique in this run: same query, new cache key."""
    return f"{query}\n# cold {_RUN_TAG}-{next(_COLD_COUNTER)}"


def unique_paths(query: str, default_graph: str | None = None) -> Callable[[], str]:
    """A source of SPARQL GET paths for the query, each with a different trailing comment."""
    return lambda: sparql_path(cold_text(query), default_graph)


def count_rows(body: bytes) -> int:
    """The number of result rows in a SPARQL JSON results body; -1 if it is not one."""
    try:
        return len(json.loads(body)["results"]["bindings"])
    except (ValueError, KeyError, TypeError):
        return -1


def ask(conn: http.client.HTTPConnection, path: str) -> Answer:
    """GET a path as SPARQL JSON and time it (a Virtuoso 'anytime' partial answer is flagged)."""
    start = time.perf_counter()
    conn.request("GET", path, headers={"Accept": JSON_RESULTS})
    response = conn.getresponse()
    body = response.read()
    seconds = time.perf_counter() - start
    partial = response.getheader("X-SQL-State") is not None
    cache = response.getheader(CACHE_HEADER, "")
    if response.getheader("Connection", "").lower() == "close":
        conn.close()
    if response.status != 200 or partial:
        detail = response.getheader("X-SQL-Message") or body.decode("utf-8", "replace")
        return Answer(response.status, -1, seconds, partial, " ".join(detail.split())[:160])
    return Answer(response.status, count_rows(body), seconds, cache=cache)


def sample_latency(endpoint: Endpoint, path: PathSource, count: int, budget: float, timeout: float = 60.0) -> list[Answer]:
    """Up to ``count`` timed answers after one warm-up, stopping once ``budget`` seconds are spent.

    ``path`` is a fixed path (repeated: cached) or a function giving a new one per request (cold).
    The warm-up answer is returned alone when it already failed or took longer than the budget.
    """
    next_path = path if callable(path) else (lambda: path)
    conn = endpoint.connection(timeout)
    try:
        first = ask(conn, next_path())
        if first.status != 200 or first.partial or first.seconds > budget:
            return [first]
        answers: list[Answer] = []
        start = time.perf_counter()
        while len(answers) < count and (not answers or time.perf_counter() - start < budget):
            answers.append(ask(conn, next_path()))
        return answers
    finally:
        conn.close()


def answers_ok(endpoint: Endpoint, path: str, timeout: float = 5.0) -> bool:
    """True when the endpoint answers the path with 200 now (connection errors are False)."""
    try:
        conn = endpoint.connection(timeout)
        try:
            return ask(conn, path).status == 200
        finally:
            conn.close()
    except OSError:
        return False
