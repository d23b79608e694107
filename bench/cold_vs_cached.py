"""Cold and cached latency of every catalogue question over HTTP, next to pyoxigraph in-process.

Cold: each request's text carries a unique trailing comment, so the answer cache misses
(checked with the X-Cdkg-Cache header) while the query stays the same. Cached: the same text
repeated after one warm-up. Usage: python bench/cold_vs_cached.py [--triples 100000] [--repeat 30]
"""

from __future__ import annotations

import argparse
import http.client
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from workloads import scaled_graph  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ACCEPT = {"Accept": "application/sparql-results+json"}


def catalogue() -> dict[str, str]:
    """Every catalogue question's text, by name."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "cdkg" / "queries").glob("*.rq"))}


def start_server(graph: Path, port: int) -> subprocess.Popen[bytes]:
    """cdkg serve on loopback, waited for until it answers."""
    process = subprocess.Popen([sys.executable, "-m", "cdkg", "serve", "--kg", str(graph), "--port", str(port),
                                "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(600):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/queries")
            if connection.getresponse().status == 200:
                return process
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("cdkg serve did not start")


def http_ms(connection: http.client.HTTPConnection, text: str, expect: str | None) -> float:
    """Milliseconds for one GET /sparql on a kept-alive connection; checks the cache header."""
    start = time.perf_counter()
    connection.request("GET", "/sparql?" + urlencode({"query": text}), headers=ACCEPT)
    response = connection.getresponse()
    response.read()
    elapsed = (time.perf_counter() - start) * 1000
    if response.status != 200 or expect not in (None, response.getheader("X-Cdkg-Cache")):
        raise RuntimeError(f"unexpected answer {response.status} / cache {response.getheader('X-Cdkg-Cache')}")
    return elapsed


def in_process_ms(store: ox.Store, text: str) -> float:
    """Milliseconds for pyoxigraph to answer and serialise as JSON, in this process."""
    start = time.perf_counter()
    store.query(text).serialize(format=ox.QueryResultsFormat.JSON)
    return (time.perf_counter() - start) * 1000


def measure(graph: Path, port: int, repeat: int) -> list[tuple[str, float, float, float]]:
    """(name, in-process p50, cold HTTP p50, cached HTTP p50) per catalogue question."""
    store = ox.Store()
    store.bulk_load(path=str(graph), format=ox.RdfFormat.N_TRIPLES)
    process = start_server(graph, port)
    rows, counter = [], 0
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        for name, text in catalogue().items():
            in_process_ms(store, text)
            floor = statistics.median(in_process_ms(store, text) for _ in range(repeat))
            cold = []
            for _ in range(repeat):
                counter += 1
                cold.append(http_ms(connection, f"{text}\n# cold {counter}", "miss"))
            for _ in range(2):  # warm-up: the connection's worker caches the answer
                http_ms(connection, text, None)
            cached = [http_ms(connection, text, "hit") for _ in range(repeat)]
            rows.append((name, floor, statistics.median(cold), statistics.median(cached)))
    finally:
        process.terminate()
        process.wait(10)
    return rows


def render(rows: list[tuple[str, float, float, float]], triples: int) -> str:
    """A markdown table with medians and the overhead over pyoxigraph in-process."""
    lines = [f"Cold and cached p50 over HTTP at {triples:,} triples, ms (keep-alive client, 2 workers):", "",
             "| query | pyoxigraph in-process | cdkg cold | overhead cold | cdkg cached |", "| --- | --- | --- | --- | --- |"]
    lines += [f"| {n} | {f:.2f} | {c:.2f} | {c - f:+.2f} | {h:.2f} |" for n, f, c, h in rows]
    overheads = [c - f for _, f, c, _ in rows]
    lines += ["", f"Median overhead cold: {statistics.median(overheads):+.2f} ms; median cached: "
              f"{statistics.median(h for *_, h in rows):.2f} ms."]
    return "\n".join(lines)


def main() -> None:
    """Scale the graph, measure, print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--triples", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--port", type=int, default=18765)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        graph = Path(folder) / "graph.nt"
        triples = scaled_graph(ROOT / "data" / "kg.ttl", args.triples, graph)
        print(render(measure(graph, args.port, args.repeat), triples))


if __name__ == "__main__":
    main()
