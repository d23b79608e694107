"""SPARQL Update at POST /update: bearer token, then a killable process applies it to the curated layer.

The update runs in a process of its own under the query timeout and the memory limit
(``cdkg.sparql_update``): it is applied to a copy of the graph, refused if it names a graph
(400), would empty the graph without ``?confirm=empty-graph`` (409) or breaks the shapes (422).
An accepted one is written to the curated layer (``curated.ttl``, ``curated-removals.ttl``),
which every build merges, and to the served graph file, so answers change at once. Writing
happens here, after the process has answered, under an exclusive lock, so concurrent updates
serialise and a killed update leaves every file as it was.
"""

from __future__ import annotations

import fcntl
import hmac
import pickle
import socket
import subprocess
import sys
import threading
import time
from datetime import datetime, timezone
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Iterator
from contextlib import contextmanager

from flask import Blueprint, Response, jsonify, request

from cdkg.errors import CdkgError, QueryTimeout, ResourceLimitExceeded, ValidationFailed
from cdkg.server.errors import ApiError
from cdkg.server.protocol import FORM, UPDATE_TYPE, graph_service
from cdkg.sparql_update import CuratedFiles, UpdatePlan, applied, write_plan
from cdkg.store import require_conformance

blueprint = Blueprint("update", __name__)
CONFIRM_EMPTY = "empty-graph"
BEARER_CHALLENGE = 'Bearer realm="cdkg update"'


def _check_token(expected: str) -> None:
    if not expected:
        raise ApiError(403, "this endpoint is read-only: SPARQL Update is refused (start the server with an update token)")
    header = request.headers.get("Authorization", "")
    given = header[7:] if header.startswith("Bearer ") else ""
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise ApiError(401, "a valid 'Authorization: Bearer TOKEN' header is required for updates",
                       headers={"WWW-Authenticate": BEARER_CHALLENGE})


def _update_text() -> str:
    if request.mimetype == UPDATE_TYPE:
        return request.get_data(as_text=True)
    if request.mimetype == FORM and request.form.get("update"):
        return request.form["update"]
    raise ApiError(415, f"send the update as {UPDATE_TYPE} or as update=… in {FORM}")


@contextmanager
def _exclusive(graph_file: Path, timeout: float) -> Iterator[None]:
    """Hold the graph file's update lock, waiting at most ``timeout`` seconds for another update."""
    with open(graph_file.with_name(f".{graph_file.name}.lock"), "w", encoding="utf-8") as lock:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise QueryTimeout("another update is still running; try again") from None
                time.sleep(0.05)
        yield


class UpdateRunner:
    """Plans updates in processes of their own, keeping one spare started ahead (imports done), so
    the timeout is spent on the update, not on starting Python."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.spare: tuple[subprocess.Popen[bytes], Connection] | None = None

    @staticmethod
    def _spawn() -> tuple[subprocess.Popen[bytes], Connection]:
        parent, child = socket.socketpair()
        code = f"from cdkg.sparql_update import update_process_main; update_process_main({child.fileno()})"
        process = subprocess.Popen([sys.executable, "-c", code], pass_fds=(child.fileno(),), stdin=subprocess.DEVNULL)
        child.close()
        return process, Connection(parent.detach())

    def _take(self) -> tuple[subprocess.Popen[bytes], Connection]:
        with self.lock:
            spare, self.spare = self.spare, None
        if spare is None or spare[0].poll() is not None:
            return self._spawn()
        return spare

    def prepare(self) -> None:
        """Start the spare process, if there is none."""
        with self.lock:
            if self.spare is None:
                self.spare = self._spawn()

    def run(self, arguments: tuple[Any, ...], timeout: float) -> UpdatePlan:
        """Plan the update in a process of its own; kill it past the timeout.

        Raises:
            QueryTimeout: it overran (nothing was changed).
            CdkgError: the update was refused.
        """
        process, conn = self._take()
        try:
            conn.send(arguments)
            message = conn.recv_bytes() if conn.poll(timeout) else None
        except (EOFError, OSError):
            message = b""
        finally:
            conn.close()
            process.kill()
            process.wait(5)
            self.prepare()
        if message is None:
            raise QueryTimeout(f"the update ran longer than {timeout:g} s and was stopped; nothing was changed")
        if not message:
            raise ResourceLimitExceeded("the update needed more memory than max_query_mb allows (or crashed the "
                                        "engine) and was stopped; nothing was changed")
        outcome = pickle.loads(message)
        if isinstance(outcome, CdkgError):
            raise outcome
        return outcome


RUNNER = UpdateRunner()


def _apply_to_file(text: str, allow_empty: bool) -> dict[str, int]:
    service = graph_service()
    settings = service.settings
    assert service.source is not None
    graph_file, files = service.source.path, CuratedFiles(settings.path("curated"))
    arguments = (graph_file, files, text, settings.path("shapes"), settings.base_iri, allow_empty, settings.max_query_mb)
    with _exclusive(graph_file, settings.timeout):
        plan = RUNNER.run(arguments, settings.timeout)
        note = f"Added by POST /update at {datetime.now(timezone.utc):%Y-%m-%d %H:%M:%S} UTC"
        write_plan(plan, graph_file, files, note)
    return {"added": plan.added, "removed": plan.removed}


def _apply_to_injected(store: Any, text: str, allow_empty: bool) -> dict[str, int]:
    """An injected store (tests, embedding) is updated in this process: no file, no curated layer."""
    new, added, removed = applied(store, text, allow_empty)
    require_conformance(new, graph_service().settings.path("shapes"))
    store.clear()
    store.bulk_extend(new.quads_for_pattern(None, None, None, None))
    return {"added": len(added), "removed": len(removed)}


def _apply(text: str, allow_empty: bool) -> dict[str, int]:
    service = graph_service()
    injected = getattr(service.evaluator, "store", None)
    if injected is not None:
        return _apply_to_injected(injected, text, allow_empty)
    if service.source is None or service.source.kind != "file":
        raise ApiError(403, "updates need a graph file source (--kg); an on-disk store is served read-only")
    return _apply_to_file(text, allow_empty)


@blueprint.route("/update", methods=["POST"])
def update() -> Response:
    """Apply a SPARQL update if the token matches and the resulting graph conforms (else 4xx, no change)."""
    _check_token(graph_service().settings.update_token)
    text = _update_text()
    try:
        counts = _apply(text, request.args.get("confirm") == CONFIRM_EMPTY)
    except ValidationFailed as error:
        raise ApiError(422, error.message, report=error.report) from None
    return jsonify({"updated": True, **counts, "version": graph_service().version()})
