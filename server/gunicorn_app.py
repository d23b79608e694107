"""Run the app under gunicorn (a production WSGI server), configured from Settings."""

from __future__ import annotations

import errno
import json
import socket
from typing import Any

import gunicorn.util
from gunicorn.app.base import BaseApplication

from cdkg.config import Settings
from cdkg.errors import ConfigError, RDFInputError
from cdkg.store import create_store_dir, ensure_graph_file

GRACE_SECONDS = 30


def write_json_error(sock: Any, status_int: int, reason: str, mesg: str) -> None:
    """gunicorn's own errors (a malformed request line, 414, 431, …) in cdkg's one JSON error shape."""
    body = json.dumps({"error": {"status": status_int, "title": reason, "detail": mesg[:200] or reason}}).encode()
    head = (f"HTTP/1.1 {status_int} {reason}\r\nConnection: close\r\nContent-Type: application/json\r\n"
            f"X-Content-Type-Options: nosniff\r\nContent-Length: {len(body)}\r\n\r\n")
    gunicorn.util.write_nonblock(sock, head.encode("latin-1") + body)


class CdkgServer(BaseApplication):  # type: ignore[misc]
    """A gunicorn application whose workers each build the app with ``create_app(settings)``."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        super().__init__()

    def load_config(self) -> None:
        """Bind address, workers and timeouts from the settings (no gunicorn command line)."""
        options: dict[str, Any] = {
            "bind": f"{self.settings.host}:{self.settings.port}",
            "workers": self.settings.workers,
            "worker_class": "gthread",
            "threads": self.settings.threads,
            "keepalive": 5,
            "timeout": int(self.settings.timeout) + GRACE_SECONDS,
            "graceful_timeout": 5,
            "accesslog": "-",
            "errorlog": "-",
            "control_socket_disable": True,
        }
        for key, value in options.items():
            self.cfg.set(key, value)
        gunicorn.util.write_error = write_json_error  # read by the workers' error handler when they fail a request

    def load(self) -> Any:
        """The WSGI app for one worker."""
        from cdkg.server import create_app

        return create_app(self.settings)


def prepare_source(settings: Settings, build_missing: bool = True) -> None:
    """Make sure the graph to serve exists: build data/kg.ttl if missing, create a store folder from it.

    With ``build_missing`` False (a graph file named on the command line), a missing file is an
    error: a typo must not silently become a new graph.
    """
    from cdkg.remote import is_remote_store

    if is_remote_store(settings.store):
        if settings.update_token:
            raise ConfigError("a remote store is served read-only: load it with `cdkg push`, not /update")
        return
    if settings.store and settings.update_token:
        raise ConfigError("updates need a graph file (--kg); an on-disk store (--store) is served read-only")
    if settings.update_token and not settings.path("curated").parent.is_dir():
        raise ConfigError(f"updates are kept in the curated layer, but the folder of {settings.path('curated')} "
                          "does not exist (set CDKG_CURATED)")
    folder = settings.path("store") if settings.store else None
    if folder is not None and folder.exists():
        return
    if not build_missing and not settings.path("kg").is_file():
        raise RDFInputError(f"{settings.path('kg')}: no such graph file (check the path, or build it with "
                            f"`cdkg build --output {settings.path('kg')}`)")
    graph_file = ensure_graph_file(settings)
    if folder is not None:
        create_store_dir(graph_file, folder)


def check_address(host: str, port: int) -> None:
    """Raise ConfigError, in one line, if the address cannot be listened on (in use, not allowed)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise ConfigError(f"cannot listen on {host}: {error.strerror}") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as error:
            hint = "; stop the other server or pick another --port" if error.errno == errno.EADDRINUSE else ""
            raise ConfigError(f"cannot listen on {host}:{port}: {error.strerror}{hint}") from None


def run_server(settings: Settings, build_missing: bool = True) -> None:
    """Serve the graph with gunicorn until interrupted.

    Args:
        settings: what to serve and how; the update token may come from ``update_token_file``.
        build_missing: build the graph file first if it is missing (only for the default path).
    """
    settings = settings.replace(update_token=settings.token())
    check_address(settings.host, settings.port)
    prepare_source(settings, build_missing)
    try:
        CdkgServer(settings).run()
    except SystemExit as stop:
        if stop.code not in (0, None):
            raise ConfigError("the server stopped: gunicorn could not run (its log lines above say why)") from None
