"""A throwaway Virtuoso 7 on loopback, in a temporary folder: for the tests and the benchmark.

``running_virtuoso()`` writes a minimal ``virtuoso.ini`` (free ports for ISQL and HTTP,
small buffers for a 2-core machine), starts ``virtuoso-t +foreground``, waits until
``/sparql`` answers, replaces the default ``dba`` password with a random one, and on exit
stops the server and removes the folder.

Writes go through Virtuoso's *authenticated* endpoints, ``/sparql-auth`` (SPARQL Update)
and ``/sparql-graph-crud-auth`` (Graph Store Protocol), with HTTP digest authentication
as ``dba``. The anonymous ``/sparql`` endpoint stays read-only: granting ``SPARQL_UPDATE``
to the ``SPARQL`` user would let anyone who can reach the port rewrite the graph.
"""

from __future__ import annotations

import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import requests

from cdkg.errors import StoreError

SERVER_BINARY = "virtuoso-t"
ISQL_BINARY = "isql-vt"
ADMIN_USER = "dba"
DEFAULT_PASSWORD = "dba"
BYTES_PER_BUFFER = 8 * 1024 + 500

INI_TEMPLATE = """\
[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{isql_port}
ServerThreads = {threads}
CheckpointInterval = 60
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty_buffers}
MaxQueryMem = {query_mem}
DirsAllowed = ., {folder}

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {folder}
ServerThreads = {threads}
MaxKeepAlives = {threads}
KeepAliveTimeout = 10
MaxClientConnections = {threads}

[SPARQL]
ResultSetMaxRows = {max_rows}
MaxSortedTopRows = {max_rows}
"""


@dataclass(frozen=True)
class VirtuosoConfig:
    """The knobs of a throwaway Virtuoso.

    ``buffers`` are 8 KiB pages: 170,000 (about 1.4 GiB) is Virtuoso's own suggestion for a
    machine with 2 GiB to spare, which leaves most of a 24 GiB / 2-core machine to cdkg and
    its load generator. ``max_rows`` must exceed cdkg's ``max_rows`` so a cut answer shows.
    """

    buffers: int = 170_000
    threads: int = 8
    max_rows: int = 1_000_000

    def ini_text(self, folder: Path, isql_port: int, http_port: int) -> str:
        """The virtuoso.ini for this configuration."""
        query_mem_mib = max(64, self.buffers * BYTES_PER_BUFFER // (4 * 1024 * 1024))
        return INI_TEMPLATE.format(
            folder=folder, isql_port=isql_port, http_port=http_port, threads=self.threads,
            buffers=self.buffers, dirty_buffers=self.buffers * 3 // 4, query_mem=f"{query_mem_mib}M",
            max_rows=self.max_rows,
        )


@dataclass
class VirtuosoServer:
    """A running throwaway Virtuoso: its folder, ports, admin password and process."""

    folder: Path
    isql_port: int
    http_port: int
    password: str = field(default=DEFAULT_PASSWORD, repr=False)
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def base_url(self) -> str:
        """The HTTP server's root."""
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def sparql_url(self) -> str:
        """The anonymous, read-only SPARQL endpoint."""
        return f"{self.base_url}/sparql"

    @property
    def update_url(self) -> str:
        """The SPARQL endpoint that accepts updates (digest authentication)."""
        return f"{self.base_url}/sparql-auth"

    @property
    def graph_store_url(self) -> str:
        """The Graph Store Protocol endpoint that accepts writes (digest authentication)."""
        return f"{self.base_url}/sparql-graph-crud-auth"

    def store_url(self, endpoint: str | None = None) -> str:
        """A cdkg store URL (``sparql+http://…``) for an endpoint (default: the read-only one)."""
        return "sparql+" + (endpoint or self.sparql_url)

    def credentials_environment(self) -> dict[str, str]:
        """CDKG_STORE_* variables that let cdkg write to this server."""
        return {"CDKG_STORE_USER": ADMIN_USER, "CDKG_STORE_PASSWORD": self.password, "CDKG_STORE_AUTH": "digest"}

    def log_tail(self, lines: int = 20) -> str:
        """The end of Virtuoso's error log (for failure messages)."""
        log = self.folder / "virtuoso.log"
        text = log.read_text(encoding="utf-8", errors="replace") if log.is_file() else ""
        return "\n".join(text.splitlines()[-lines:])

    def is_running(self) -> bool:
        """True while the server process lives."""
        return self.process is not None and self.process.poll() is None

    def stop(self, grace: float = 20.0) -> None:
        """Stop the server (SIGTERM, then SIGKILL after ``grace`` seconds)."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(grace)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.process = None


def find_virtuoso() -> str | None:
    """The path of ``virtuoso-t``, or None when it is not installed."""
    return shutil.which(SERVER_BINARY)


def free_port() -> int:
    """A TCP port free on loopback right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_virtuoso(folder: Path, config: VirtuosoConfig | None = None, ready_timeout: float = 90.0) -> VirtuosoServer:
    """Write virtuoso.ini into ``folder``, start the server and wait until ``/sparql`` answers.

    Raises:
        StoreError: virtuoso-t is missing, exits, or does not answer in time.
    """
    binary = find_virtuoso()
    if binary is None:
        raise StoreError("virtuoso-t is not installed: run scripts/install-system-deps.sh test (Debian: apt-get install virtuoso-opensource-7-bin)")
    server = VirtuosoServer(folder.resolve(), free_port(), free_port())
    ini = server.folder / "virtuoso.ini"
    ini.write_text((config or VirtuosoConfig()).ini_text(server.folder, server.isql_port, server.http_port), encoding="utf-8")
    server.process = subprocess.Popen(
        [binary, "+foreground", "+configfile", str(ini)], cwd=server.folder,
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_answering(server, ready_timeout)
    except StoreError:
        server.stop()
        raise
    return server


def wait_until_answering(server: VirtuosoServer, timeout: float) -> None:
    """Poll ``/sparql`` with ``ASK {}`` until it answers 200."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not server.is_running():
            raise StoreError(f"virtuoso-t exited while starting; its log ends with:\n{server.log_tail()}")
        try:
            if requests.get(server.sparql_url, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.2)
    raise StoreError(f"Virtuoso did not answer at {server.sparql_url} within {timeout:g} s; its log ends with:\n{server.log_tail()}")


def set_admin_password(server: VirtuosoServer, password: str) -> None:
    """Replace the ``dba`` password through ``isql-vt`` (the new one goes over stdin, not argv)."""
    isql = shutil.which(ISQL_BINARY)
    if isql is None:
        raise StoreError(f"{ISQL_BINARY} is not installed (it comes with virtuoso-opensource-7-bin)")
    script = f"set password \"{server.password}\" \"{password}\";\n"
    done = subprocess.run(
        [isql, f"127.0.0.1:{server.isql_port}", ADMIN_USER, server.password, "VERBOSE=OFF", "BANNER=OFF"],
        input=script.encode(), capture_output=True, timeout=60, check=False,
    )
    if done.returncode != 0 or b"Error" in done.stdout + done.stderr:
        raise StoreError("could not change Virtuoso's dba password through isql-vt")
    server.password = password


@contextmanager
def running_virtuoso(folder: Path | None = None, config: VirtuosoConfig | None = None) -> Iterator[VirtuosoServer]:
    """A Virtuoso with a random ``dba`` password for the duration of the block; removed afterwards.

    Args:
        folder: where the database goes (default: a new temporary folder, deleted afterwards).
        config: buffers, threads and row cap (default: VirtuosoConfig()).
    """
    own = folder is None
    where = Path(tempfile.mkdtemp(prefix="cdkg-virtuoso-")) if own else folder
    assert where is not None
    server: VirtuosoServer | None = None
    try:
        server = start_virtuoso(where, config)
        set_admin_password(server, secrets.token_urlsafe(18))
        yield server
    finally:
        if server is not None:
            server.stop()
        if own:
            shutil.rmtree(where, ignore_errors=True)
