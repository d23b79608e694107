"""The catalogue of questions over HTTP: GET /queries lists them, GET /queries/NAME runs one."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, request, url_for

from cdkg.server.protocol import dataset_of, graph_service, negotiate, respond

blueprint = Blueprint("catalogue", __name__)


@blueprint.route("/queries", methods=["GET"])
def list_queries() -> Response:
    """Every catalogue query: name, title, description, form, variables, and where to run it.

    Each ``url`` is the server's own (``public_url``, else host and port), never built from the
    request's Host header.
    """
    base = graph_service().settings.endpoint_base()
    entries = [entry.summary() | {"url": base + url_for("catalogue.run_query", name=entry.name)}
               for entry in graph_service().catalogue]
    return jsonify({"queries": entries})


@blueprint.route("/queries/<name>", methods=["GET"])
def run_query(name: str) -> Response:
    """Run one catalogue query; same formats and negotiation as /sparql; ?text shows the SPARQL."""
    service = graph_service()
    entry = service.catalogue.get(name)
    if "text" in request.args:
        return Response(entry.text, content_type="application/sparql-query; charset=utf-8")
    fmt = negotiate(request, entry.form)
    return respond(service.run(service.job(entry.text, fmt, dataset=dataset_of(request))))
