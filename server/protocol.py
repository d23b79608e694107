"""The SPARQL 1.1 Protocol (query operation) at /sparql and the Graph Store Protocol read side at /data."""

from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Request, Response, current_app, request

from cdkg.errors import QueryError
from cdkg.sparql import Dataset, QueryResult
from cdkg.server.errors import ApiError
from cdkg.server.negotiation import NotAcceptable, choose_format
from cdkg.server.service import UNLIMITED, GraphService
from cdkg.server.service_description import service_description

blueprint = Blueprint("protocol", __name__)
FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"


def graph_service() -> GraphService:
    """The app's GraphService."""
    return current_app.extensions["cdkg"]


def negotiate(req: Request, form: str) -> str:
    """The format for a query form, or 406."""
    try:
        return choose_format(req, form in ("CONSTRUCT", "DESCRIBE"))
    except NotAcceptable as error:
        raise ApiError(406, str(error)) from None


def negotiate_any(req: Request) -> tuple[str, str]:
    """The (results format, graph format) to answer a query of yet unknown form in; 406 if neither.

    The query's form is known only once it is checked, where it runs, under the timeout; an
    empty format refuses that form there (406).
    """
    found, refusal = [], ""
    for graph in (False, True):
        try:
            found.append(choose_format(req, graph))
        except NotAcceptable as error:
            found.append("")
            refusal = str(error)
    if not any(found):
        raise ApiError(406, refusal)
    return found[0], found[1]


def respond(result: QueryResult) -> Response:
    """The HTTP response for a serialised result (row cap reported in headers; rows counted when known)."""
    response = Response(result.body, content_type=_with_charset(result.media_type))
    if result.count >= 0:
        response.headers["X-Cdkg-Rows"] = str(result.count)
    response.headers["X-Cdkg-Cache"] = "hit" if result.cached else "miss"
    if result.truncated:
        response.headers["X-Cdkg-Truncated"] = "true"
        response.headers["X-Cdkg-Max-Rows"] = str(graph_service().settings.max_rows)
    response.headers["Vary"] = "Accept"
    return response


def _with_charset(media_type: str) -> str:
    text_like = media_type.startswith("text/") or media_type.endswith(("json", "xml"))
    return f"{media_type}; charset=utf-8" if text_like else media_type


def _operation(req: Request) -> tuple[str | None, str | None]:
    """The (query, update) texts of a request, checking the body type."""
    if req.method in ("GET", "HEAD"):
        return req.args.get("query"), req.args.get("update")
    mimetype = req.mimetype
    if mimetype == FORM:
        return req.form.get("query"), req.form.get("update")
    if mimetype == QUERY_TYPE:
        return req.get_data(as_text=True), None
    if mimetype == UPDATE_TYPE:
        return None, req.get_data(as_text=True)
    raise ApiError(415, f"unsupported body type {mimetype or '(none)'!r}; use {FORM} or {QUERY_TYPE}")


def dataset_of(req: Request) -> Dataset:
    """The protocol dataset from default-graph-uri and named-graph-uri (query string or form)."""
    values = req.values
    dataset = Dataset(tuple(values.getlist("default-graph-uri")), tuple(values.getlist("named-graph-uri")))
    try:
        dataset.check()
    except QueryError as error:
        raise ApiError(400, error.message) from None
    return dataset


def _refuse_update() -> None:
    if graph_service().settings.update_token:
        raise ApiError(403, "updates are accepted only at POST /update with the bearer token")
    raise ApiError(403, "this endpoint is read-only: SPARQL Update is refused (start the server with an update token)")


@blueprint.route("/sparql", methods=["GET", "POST"])
def sparql() -> Response:
    """Answer a SPARQL query, or describe the service when there is none."""
    query, update = _operation(request)
    if update is not None:
        _refuse_update()
    if query is None:
        if request.method == "POST":
            raise ApiError(400, "no query given: send query=… or a body of type application/sparql-query")
        return describe_service()
    results_format, graph_format = negotiate_any(request)
    service = graph_service()
    job = service.job(query, results_format, dataset=dataset_of(request), graph_format=graph_format)
    return respond(service.run(job))


def describe_service() -> Response:
    """The SPARQL service description (sd:Service) in a negotiated RDF format.

    The endpoint's URL comes from the settings (``public_url``, else host and port), never from
    the request's Host header, which a client chooses.
    """
    fmt = negotiate(request, "CONSTRUCT")
    endpoint = graph_service().settings.endpoint_base() + "/sparql"
    body, media_type = service_description(endpoint, fmt)
    return Response(body, content_type=_with_charset(media_type))


def _graph_query(graph: str | None) -> str:
    if graph is None:
        return "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    return f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {_iri(graph)} {{ ?s ?p ?o }} }}"


def _iri(value: str) -> str:
    try:
        return str(ox.NamedNode(value))
    except ValueError:
        raise ApiError(400, f"graph={value!r} is not an absolute IRI") from None


@blueprint.route("/data", methods=["GET", "HEAD"])
def graph_store() -> Response:
    """Graph Store Protocol, read side: ?default or ?graph=IRI."""
    graph = request.args.get("graph")
    if graph is None and "default" not in request.args:
        raise ApiError(400, "name the graph: /data?default or /data?graph=IRI")
    fmt = negotiate(request, "CONSTRUCT")
    service = graph_service()
    if graph is not None and not service.ask(f"ASK {{ GRAPH {_iri(graph)} {{ ?s ?p ?o }} }}"):
        raise ApiError(404, f"no graph named {graph}")
    result = service.run(service.job(_graph_query(graph), fmt, max_rows=UNLIMITED))
    response = respond(result)
    response.set_etag(service.version())
    return response.make_conditional(request)

