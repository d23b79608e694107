"""The cdkg web app: SPARQL 1.1 Protocol, Graph Store reads, the catalogue, guarded updates.

``create_app(config, store)`` builds it; nothing is read at import time. Blueprints that
add pages reach the graph through ``app.extensions["cdkg"]`` (a GraphService: ``select``,
``ask``, ``construct``, ``catalogue``, ``settings``, ``version``). The paths ``/``,
``/id/…`` and ``/ontology`` are left for them.
"""

from __future__ import annotations

from typing import Any, Mapping

import pyoxigraph as ox
from flask import Flask, Response, request

from cdkg.catalogue import load_catalogue
from cdkg.config import Settings, load_settings_from
from cdkg.namespaces import PREFIXES

READ_PATHS = ("/sparql", "/data", "/queries")


def _settings(config: Settings | Mapping[str, Any] | None) -> Settings:
    if isinstance(config, Settings):
        return config
    return load_settings_from(dict(config or {}))


def _add_cors(response: Response) -> Response:
    if request.path.startswith(READ_PATHS):
        response.headers["Access-Control-Allow-Origin"] = "*"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "Accept, Content-Type"
        response.headers["Access-Control-Expose-Headers"] = "X-Cdkg-Rows, X-Cdkg-Truncated, X-Cdkg-Max-Rows, X-Cdkg-Cache, ETag"
    return response


def _graph_service(settings: Settings, store: ox.Store | None):  # type: ignore[no-untyped-def]
    from cdkg.server.evaluator import InProcessEvaluator, ProcessPool
    from cdkg.server.service import GraphService
    from cdkg.store import source_of

    from cdkg.remote import is_remote_store, open_remote_store

    prefixes = dict(PREFIXES) | {"id": settings.base_iri}
    if store is None and is_remote_store(settings.store):
        # queried in this process: the query processes have no network access by design
        store = open_remote_store(settings.store, settings.timeout)  # type: ignore[assignment]
    if store is not None:
        return GraphService(settings, InProcessEvaluator(store, prefixes), load_catalogue(), None)
    source = source_of(settings)
    evaluator = ProcessPool(source, prefixes, settings.threads)
    evaluator.start()
    return GraphService(settings, evaluator, load_catalogue(), source)


def create_app(config: Settings | Mapping[str, Any] | None = None, store: ox.Store | None = None) -> Flask:
    """The Flask app.

    Args:
        config: Settings, or a mapping of setting names to values (defaults otherwise).
        store: a pyoxigraph Store to serve in-process; without one, a query process opens
            ``settings.store`` (folder) or ``settings.kg`` (file) and enforces the timeout.
    """
    from cdkg.server import catalogue_routes, protocol, update, who
    from cdkg.server.errors import register_error_handlers
    from cdkg.server.pages import register_pages

    settings = _settings(config)
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    app.config["MAX_FORM_MEMORY_SIZE"] = settings.max_body_bytes
    app.extensions["cdkg"] = _graph_service(settings, store)
    for module in (protocol, catalogue_routes, update, who):
        app.register_blueprint(module.blueprint)
    register_pages(app)
    register_error_handlers(app)
    app.after_request(_add_cors)
    return app
