"""Where queries run: a persistent child process per web worker, killed and replaced when a query overruns.

pyoxigraph has no query timeout and does not run queries in parallel across Python
threads, so the timeout comes from a process: each web worker owns one long-lived
query process (its own copy of the store, loaded once) and talks to it over a pipe.
A query that overruns is answered 503 and its process is killed; a fresh one starts.
No process is forked per query: the round trip costs a pipe send and receive.
"""

from __future__ import annotations

import ctypes
import socket
import subprocess
import sys
import queue
import threading
from multiprocessing.connection import Connection
from typing import Any, Protocol

import pyoxigraph as ox

from cdkg.errors import CdkgError, QueryTimeout, StoreError
from cdkg.sparql import QueryJob, QueryResult, evaluate
from cdkg.store import StoreSource

CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000


class Evaluator(Protocol):
    """Runs a QueryJob and returns its serialised result."""

    def run(self, job: QueryJob, timeout: float) -> QueryResult: ...

    def close(self) -> None: ...


class InProcessEvaluator:
    """Queries an injected store in this process (no timeout: for tests and embedding)."""

    def __init__(self, store: ox.Store, prefixes: dict[str, str]) -> None:
        self.store = store
        self.prefixes = prefixes
        self.lock = threading.Lock()

    def run(self, job: QueryJob, timeout: float) -> QueryResult:
        """Evaluate the job on the injected store."""
        with self.lock:
            return evaluate(self.store, job, self.prefixes)

    def close(self) -> None:
        """Nothing to release."""


def drop_network_access() -> bool:
    """Move this process into an empty network namespace, if the kernel allows; True when done."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return False
    for flags in (CLONE_NEWNET, CLONE_NEWUSER | CLONE_NEWNET):
        if libc.unshare(flags) == 0:
            return True
    return False


def _answer(store: ox.Store | None, job: QueryJob, prefixes: dict[str, str], failure: CdkgError | None) -> tuple[str, Any]:
    if store is None:
        return "error", failure
    try:
        return "ok", evaluate(store, job, prefixes)
    except CdkgError as error:
        return "error", error
    except Exception as error:  # noqa: BLE001 - anything else becomes a clean error, never a traceback
        return "error", StoreError(f"the query failed in the engine: {type(error).__name__}: {error}")


def _open(source: StoreSource) -> tuple[ox.Store | None, CdkgError | None]:
    try:
        return source.open(), None
    except CdkgError as error:
        return None, StoreError(f"the graph is not available: {error.message}")


def query_process_main(fd: int) -> None:
    """The query process: receive the source, load the store, then answer jobs until the pipe closes."""
    drop_network_access()
    conn = Connection(fd)
    source, prefixes = conn.recv()
    version = source.version()
    store, failure = _open(source)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if source.version() != version:
            version = source.version()
            store, failure = _open(source)
        conn.send(_answer(store, job, prefixes, failure))


class ProcessEvaluator:
    """One persistent query process; restarted after a timeout or a crash."""

    def __init__(self, source: StoreSource, prefixes: dict[str, str]) -> None:
        self.source = source
        self.prefixes = prefixes
        self.lock = threading.Lock()
        self.process: subprocess.Popen[bytes] | None = None
        self.conn: Connection | None = None

    def start(self) -> None:
        """Start the query process (it loads the store in the background)."""
        parent, child = socket.socketpair()
        code = f"from cdkg.server.evaluator import query_process_main; query_process_main({child.fileno()})"
        self.process = subprocess.Popen([sys.executable, "-c", code], pass_fds=(child.fileno(),), stdin=subprocess.DEVNULL)
        child.close()
        self.conn = Connection(parent.detach())
        self.conn.send((self.source, self.prefixes))

    def run(self, job: QueryJob, timeout: float) -> QueryResult:
        """Send the job to the query process and wait at most ``timeout`` seconds for its answer.

        Raises:
            QueryTimeout: the query overran (its process is killed and replaced).
        """
        with self.lock:
            if self.process is None or self.process.poll() is not None:
                self.start()
            return self._exchange(job, timeout)

    def _exchange(self, job: QueryJob, timeout: float) -> QueryResult:
        assert self.conn is not None
        try:
            self.conn.send(job)
            ready = self.conn.poll(timeout)
            outcome, payload = self.conn.recv() if ready else ("timeout", None)
        except (EOFError, OSError, BrokenPipeError):
            self.close()
            raise StoreError("the query process stopped unexpectedly; try again") from None
        if outcome == "timeout":
            self.close()
            raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped; narrow it or add a LIMIT")
        if outcome == "error":
            raise payload
        return payload

    def close(self) -> None:
        """Kill the query process, if any."""
        if self.process is not None:
            self.process.kill()
            self.process.wait(5)
        if self.conn is not None:
            self.conn.close()
        self.process, self.conn = None, None


class ProcessPool:
    """Several query processes per web worker, one per request thread, started on first need.

    A runaway query holds only its own process: the worker's other threads keep answering
    with theirs, and independent queries run in parallel across cores.
    """

    def __init__(self, source: StoreSource, prefixes: dict[str, str], size: int) -> None:
        self.idle: queue.LifoQueue[ProcessEvaluator] = queue.LifoQueue()
        self.members = [ProcessEvaluator(source, prefixes) for _ in range(max(1, size))]
        for member in reversed(self.members):
            self.idle.put(member)

    def start(self) -> None:
        """Start the first query process so the store loads before the first request."""
        self.members[0].start()

    def run(self, job: QueryJob, timeout: float) -> QueryResult:
        """Run the job on an idle query process (waiting for one if all are busy)."""
        member = self.idle.get()
        try:
            return member.run(job, timeout)
        finally:
            self.idle.put(member)

    def close(self) -> None:
        """Kill every query process."""
        for member in self.members:
            member.close()
