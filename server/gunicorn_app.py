"""Run the app under gunicorn (a production WSGI server), configured from Settings."""

from __future__ import annotations

from typing import Any

from gunicorn.app.base import BaseApplication

from cdkg.config import Settings
from cdkg.errors import ConfigError
from cdkg.store import create_store_dir, ensure_graph_file

GRACE_SECONDS = 30


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

    def load(self) -> Any:
        """The WSGI app for one worker."""
        from cdkg.server import create_app

        return create_app(self.settings)


def prepare_source(settings: Settings) -> None:
    """Make sure the graph to serve exists: build data/kg.ttl if missing, create a store folder from it."""
    from cdkg.remote import is_remote_store

    if is_remote_store(settings.store):
        if settings.update_token:
            raise ConfigError("a remote store is served read-only: load it with `cdkg push`, not /update")
        return
    if settings.store and settings.update_token:
        raise ConfigError("updates need a graph file (--kg); an on-disk store (--store) is served read-only")
    if not settings.store:
        ensure_graph_file(settings)
        return
    folder = settings.path("store")
    if not folder.exists():
        create_store_dir(ensure_graph_file(settings), folder)


def run_server(settings: Settings) -> None:
    """Serve the graph with gunicorn until interrupted."""
    prepare_source(settings)
    CdkgServer(settings).run()
