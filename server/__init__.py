"""The cdkg web app: SPARQL 1.1 Protocol, Graph Store reads, the catalogue, guarded updates.

``create_app(config, store)`` builds it; nothing is read at import time. Blueprints that
add pages reach the graph through ``app.extensions["cdkg"]`` (a GraphService: ``select``,
``ask``, ``construct``, ``catalogue``, ``settings``, ``version``). The paths ``/``,
``/id/…`` and ``/ontology`` are left for them.
"""

from __future__ import annotations

import io
import json
from http import HTTPStatus
from typing import Any, Callable, Iterable, Mapping

import pyoxigraph as ox
from flask import Flask, Response, request

from cdkg.catalogue import load_catalogue
from cdkg.config import Settings, load_settings_from
from cdkg.namespaces import PREFIXES

READ_PATHS = ("/sparql", "/data", "/queries")
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "SAMEORIGIN",  # pages embed their own SVG pictures (<object>)
    "Referrer-Policy": "same-origin",
}
# Pages load their scripts, styles and images from cdkg itself; pyLODE's page carries inline styles.
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                           "img-src 'self' data:; object-src 'self'; base-uri 'none'; frame-ancestors 'self'; "
                           "form-action 'self'")


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


def _add_security_headers(response: Response) -> Response:
    """No MIME sniffing, no framing; HTML gets a content security policy allowing only cdkg's own files."""
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if response.mimetype in ("text/html", "image/svg+xml"):
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    return response


class BodyLimit:
    """WSGI middleware: a body sent without Content-Length (chunked) is read up to the limit here.

    Over the limit it is answered 413 in the JSON error shape; under it the app sees an ordinary
    body with a Content-Length, so a cut body can never be mistaken for a whole one.
    """

    def __init__(self, app: Callable[..., Iterable[bytes]], max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("CONTENT_LENGTH") or "chunked" not in environ.get("HTTP_TRANSFER_ENCODING", "").lower():
            return self.app(environ, start_response)
        body = _read_at_most(environ["wsgi.input"], self.max_bytes + 1)
        if len(body) > self.max_bytes:
            return _too_large(start_response, self.max_bytes)
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        environ.pop("wsgi.input_terminated", None)
        environ.pop("HTTP_TRANSFER_ENCODING", None)  # else werkzeug ignores the Content-Length
        return self.app(environ, start_response)


def _read_at_most(stream: Any, limit: int) -> bytes:
    chunks, size = [], 0
    while size < limit:
        chunk = stream.read(min(65536, limit - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _too_large(start_response: Callable[..., Any], max_bytes: int) -> list[bytes]:
    status = HTTPStatus.REQUEST_ENTITY_TOO_LARGE
    detail = f"the request body is larger than {max_bytes} bytes (max_body_bytes)"
    body = json.dumps({"error": {"status": status.value, "title": status.phrase, "detail": detail}}).encode()
    start_response(f"{status.value} {status.phrase}", [("Content-Type", "application/json"),
                                                        ("Content-Length", str(len(body))), ("Connection", "close")])
    return [body]


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
    evaluator = ProcessPool(source, prefixes, settings.threads, settings.max_query_mb)
    evaluator.start()
    return GraphService(settings, evaluator, load_catalogue(), source)


def create_app(config: Settings | Mapping[str, Any] | None = None, store: ox.Store | None = None) -> Flask:
    """The Flask app.

    Args:
        config: Settings, or a mapping of setting names to values (defaults otherwise).
        store: a pyoxigraph Store to serve in-process; without one, a query process opens
            ``settings.store`` (folder) or ``settings.kg`` (file) and enforces the timeout.
    """
    from cdkg.server import catalogue_routes, dataset_routes, protocol, update, who
    from cdkg.server.errors import register_error_handlers
    from cdkg.server.pages import register_pages

    settings = _settings(config)
    settings = settings.replace(update_token=settings.token())
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    app.config["MAX_FORM_MEMORY_SIZE"] = settings.max_body_bytes
    app.extensions["cdkg"] = service = _graph_service(settings, store)
    if settings.update_token and service.source is not None and service.source.kind == "file":
        update.RUNNER.prepare()  # the first update should not wait for Python to start
    for module in (protocol, catalogue_routes, update, dataset_routes, who):
        app.register_blueprint(module.blueprint)
    register_pages(app)
    register_error_handlers(app)
    app.after_request(_add_cors)
    app.after_request(_add_security_headers)
    app.wsgi_app = BodyLimit(app.wsgi_app, settings.max_body_bytes)  # type: ignore[method-assign]
    return app
