"""Where queries run: a persistent child process per web worker, killed and replaced when a query overruns.

pyoxigraph has no query timeout and does not run queries in parallel across Python
threads, so the timeout comes from a process: each web worker owns one long-lived
query process (its own copy of the store, loaded once) and talks to it over a pipe.
A query that overruns is answered 503 and its process is killed; a fresh one starts.
No process is forked per query: the round trip costs a pipe send and receive, the answer
crossing as raw bytes after a small fixed header (no pickling of the body). Once its store is
loaded, a query process may grow by at most ``max_query_mb`` of address space (RLIMIT_AS): a
query that needs more dies in its allocator and is answered 503, and a fresh process starts.
Store paths and engine details go to the server log, never to the client.
"""

from __future__ import annotations

import ctypes
import gc
import pickle
import queue
import resource
import signal
import socket
import struct
import subprocess
import sys
import threading
from multiprocessing.connection import Connection
from typing import Protocol

import pyoxigraph as ox

from cdkg.errors import CdkgError, QueryError, QueryTimeout, ResourceLimitExceeded, StoreError
from cdkg.sparql import QueryJob, QueryResult, evaluate
from cdkg.store import StoreSource

CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000
ANSWER_HEADER = struct.Struct("!B?q")  # 0 = answer (truncated, count), 1 = pickled CdkgError
MEDIA_TYPE_BYTES = 64


class Evaluator(Protocol):
    """Runs a QueryJob and returns its serialised result."""

    def run(self, job: QueryJob, timeout: float, version: str | None = None) -> QueryResult: ...

    def close(self) -> None: ...


class InProcessEvaluator:
    """Queries an injected store in this process (no timeout: for tests and embedding)."""

    def __init__(self, store: ox.Store, prefixes: dict[str, str]) -> None:
        self.store = store
        self.prefixes = prefixes
        self.lock = threading.Lock()

    def run(self, job: QueryJob, timeout: float, version: str | None = None) -> QueryResult:
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


def _answer(store: ox.Store | None, job: QueryJob, prefixes: dict[str, str], failure: CdkgError | None) -> bytes:
    """The job's answer as one message: a fixed header, the media type, then the raw body (no pickling)."""
    if store is None:
        return _error_message(failure or StoreError("the graph is not available"))
    try:
        result = evaluate(store, job, prefixes)
    except CdkgError as error:
        return _error_message(error)
    except OSError as error:  # the store itself failed: say so without its paths
        print(f"cdkg query process: the store failed: {error}", file=sys.stderr, flush=True)
        return _error_message(_unavailable("the store failed while answering; the server log says why"))
    except Exception as error:  # noqa: BLE001 - anything else is the engine refusing this query
        return _error_message(QueryError(f"the query could not be evaluated: {str(error)[:300]}"))
    header = ANSWER_HEADER.pack(0, result.truncated, result.count)
    return header + result.media_type.encode().ljust(MEDIA_TYPE_BYTES) + result.body


def _error_message(error: CdkgError) -> bytes:
    return ANSWER_HEADER.pack(1, False, 0) + pickle.dumps(error)


def _read_answer(message: bytes) -> QueryResult:
    kind, truncated, count = ANSWER_HEADER.unpack_from(message)
    if kind == 1:
        raise pickle.loads(message[ANSWER_HEADER.size:])
    start = ANSWER_HEADER.size + MEDIA_TYPE_BYTES
    media_type = message[ANSWER_HEADER.size:start].rstrip().decode()
    return QueryResult(message[start:], media_type, truncated, count)


def _unavailable(message: str) -> StoreError:
    error = StoreError(message)
    error.http_status = 503
    return error


def _open(source: StoreSource) -> tuple[ox.Store | None, CdkgError | None]:
    """The source's store; on failure, an error that names no path (the log gets the details)."""
    try:
        return source.open(), None
    except CdkgError as error:
        print(f"cdkg query process: the graph is not available: {error.message}", file=sys.stderr, flush=True)
        return None, _unavailable("the graph is not available; the server log says why")


def _address_space() -> int:
    """This process's current virtual memory size in bytes."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[0]) * resource.getpagesize()


def limit_memory(allowance_mb: int) -> None:
    """Let this process grow by at most ``allowance_mb`` MiB of address space from now on (0: no limit).

    Only the soft limit is set, so a reload of the store can lift it first.
    """
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if allowance_mb <= 0:
        resource.setrlimit(resource.RLIMIT_AS, (hard, hard))
        return
    wanted = _address_space() + allowance_mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (wanted if hard == resource.RLIM_INFINITY else min(wanted, hard), hard))


def _load(source: StoreSource, allowance_mb: int) -> tuple[ox.Store | None, CdkgError | None]:
    limit_memory(0)
    gc.collect()
    opened = _open(source)
    limit_memory(allowance_mb)
    return opened


def query_process_main(fd: int) -> None:
    """The query process: receive the source, load the store, then answer jobs until the pipe closes.

    Each job arrives with the graph version the web worker computed; a new version reloads the store.
    """
    drop_network_access()
    conn = Connection(fd)
    source, prefixes, allowance_mb = conn.recv()
    version = source.version()
    store, failure = _load(source, allowance_mb)
    while True:
        try:
            wanted, job = conn.recv()
        except (EOFError, OSError):
            return
        if wanted != version:
            store = None
            version = wanted
            store, failure = _load(source, allowance_mb)
        conn.send_bytes(_answer(store, job, prefixes, failure))


class ProcessEvaluator:
    """One persistent query process; restarted after a timeout or a crash."""

    def __init__(self, source: StoreSource, prefixes: dict[str, str], memory_mb: int = 0) -> None:
        self.source = source
        self.prefixes = prefixes
        self.memory_mb = memory_mb
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
        self.conn.send((self.source, self.prefixes, self.memory_mb))

    def run(self, job: QueryJob, timeout: float, version: str | None = None) -> QueryResult:
        """Send the job to the query process and wait at most ``timeout`` seconds for its answer.

        Raises:
            QueryTimeout: the query overran (its process is killed and replaced).
        """
        with self.lock:
            if self.process is None or self.process.poll() is not None:
                self.start()
            return self._exchange(job, timeout, version or self.source.version())

    def _exchange(self, job: QueryJob, timeout: float, version: str) -> QueryResult:
        assert self.conn is not None
        try:
            self.conn.send((version, job))
            message = self.conn.recv_bytes() if self.conn.poll(timeout) else None
        except (EOFError, OSError):
            raise self._stopped() from None
        if message is None:
            self.close()
            raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped; narrow it or add a LIMIT")
        return _read_answer(message)

    def _stopped(self) -> CdkgError:
        """The error for a query process that died mid-query (out of memory, or the engine crashed)."""
        returncode = self.process.wait(5) if self.process is not None else None
        self.close()
        if returncode in (-signal.SIGABRT, -signal.SIGSEGV, -signal.SIGKILL, -signal.SIGBUS):
            return ResourceLimitExceeded("the query needed more memory than a query may take (max_query_mb) "
                                         "and was stopped; narrow it or add a LIMIT")
        return _unavailable("the query process stopped unexpectedly; try again")

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

    def __init__(self, source: StoreSource, prefixes: dict[str, str], size: int, memory_mb: int = 0) -> None:
        self.idle: queue.LifoQueue[ProcessEvaluator] = queue.LifoQueue()
        self.members = [ProcessEvaluator(source, prefixes, memory_mb) for _ in range(max(1, size))]
        for member in reversed(self.members):
            self.idle.put(member)

    def start(self) -> None:
        """Start the first query process so the store loads before the first request."""
        self.members[0].start()

    def run(self, job: QueryJob, timeout: float, version: str | None = None) -> QueryResult:
        """Run the job on an idle query process (waiting for one if all are busy)."""
        member = self.idle.get()
        try:
            return member.run(job, timeout, version)
        finally:
            self.idle.put(member)

    def close(self) -> None:
        """Kill every query process."""
        for member in self.members:
            member.close()
