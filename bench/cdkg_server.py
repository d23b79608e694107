"""cdkg's endpoint as users run it: ``cdkg serve`` (gunicorn) on loopback, timed to its first answer."""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from http_client import Endpoint, answers_ok, catalogue_path
from processes import free_port, group_peak_rss_kib, start_process, stop_process, wait_for, wait_until_idle

FIRST_QUERY = "states-with-nato-cyber-mous"


@dataclass
class RunningServer:
    """A started ``cdkg serve``: its process (group leader), endpoint and seconds to the first answer."""

    process: subprocess.Popen[bytes]
    endpoint: Endpoint
    startup: float

    @property
    def base_url(self) -> str:
        """The server's root URL."""
        return f"http://{self.endpoint.host}:{self.endpoint.port}"

    def peak_rss_kib(self) -> tuple[int, int]:
        """(sum, largest) VmHWM of gunicorn's master, workers and query processes."""
        return group_peak_rss_kib(self.process.pid)

    def stop(self) -> None:
        """Stop gunicorn and its children."""
        stop_process(self.process)


def serve_command(source: Path, port: int, workers: int, as_store: bool) -> list[str]:
    """The ``cdkg serve`` command line for a graph file or a store folder."""
    flag = "--store" if as_store else "--kg"
    return [sys.executable, "-m", "cdkg", "serve", flag, str(source), "--port", str(port), "--workers", str(workers), "--timeout", "60"]


def server_environment(threads: int, cache_mb: int | None = None) -> dict[str, str]:
    """The CDKG_* settings the benchmark varies: request threads per worker, and the cache size if given."""
    env = {"CDKG_THREADS": str(threads)}
    if cache_mb is not None:
        env["CDKG_CACHE_MB"] = str(cache_mb)
    return env


def start_cdkg(source: Path, workers: int, threads: int, as_store: bool = False, log: Path | None = None,
               timeout: float = 180.0) -> RunningServer:
    """Start ``cdkg serve`` and wait for its first answered catalogue query; the wait is the start-up time."""
    port = free_port()
    endpoint = Endpoint("127.0.0.1", port)
    start = time.perf_counter()
    process = start_process(serve_command(source, port, workers, as_store), log, server_environment(threads))
    try:
        wait_for(lambda: answers_ok(endpoint, catalogue_path(FIRST_QUERY), timeout=timeout), timeout, process)
    except BaseException:
        stop_process(process)
        raise
    return RunningServer(process, endpoint, time.perf_counter() - start)


def warm_all_workers(server: RunningServer, rounds: int = 4) -> None:
    """Send a few requests, each on a new connection, so every worker's first query process has loaded its store."""
    for _ in range(rounds * 2):
        answers_ok(server.endpoint, catalogue_path(FIRST_QUERY), timeout=180.0)


def warm_query_processes(server: RunningServer, paths: list[str], threads: int, script_dir: Path) -> None:
    """Keep every request thread busy (wrk, cold texts) so all query processes start, then wait until they have loaded."""
    from loadgen import run_wrk

    run_wrk(server.base_url, paths, 2 * threads, 1, script_dir, unique=True, timeout=60)
    wait_until_idle(server.process.pid)
