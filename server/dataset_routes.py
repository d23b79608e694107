"""The dataset description at ``/.well-known/void`` and the JSON-LD context at ``/ontology/context.jsonld``.

``/.well-known/void`` (RFC 8615; the VoID specification's well-known path) answers the VoID/DCAT
description of the served graph, counted live through the GraphService (so cached by graph
version), in Turtle, N-Triples, JSON-LD or RDF/XML by ``Accept`` or ``?format=``. Both answers
may be read from any origin: JSON-LD processors fetch contexts across origins. The home page
and the SPARQL endpoint (its service description) point to the description with a
``Link: </.well-known/void>; rel="describedby"`` header.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from flask import Blueprint, Response, request

from cdkg.dataset import VOID, DatasetInfo, Distribution, describe_dataset
from cdkg.jsonld_context import context_document
from cdkg.namespaces import PREFIXES
from cdkg.ontology import load_ontology
from cdkg.server.errors import ApiError
from cdkg.server.negotiation import media_type_of
from cdkg.server.protocol import graph_service, negotiate

blueprint = Blueprint("dataset", __name__)
RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}
DESCRIBED_PATHS = ("/", "/sparql")
DUMP_FORMATS = (("turtle", "text/turtle"), ("ntriples", "application/n-triples"), ("jsonld", "application/ld+json"))


def _dataset_info() -> DatasetInfo:
    settings = graph_service().settings
    base = settings.endpoint_base()
    dumps = tuple(Distribution(f"{base}/data?default&format={fmt}", media, title=f"the whole graph ({fmt})")
                  for fmt, media in DUMP_FORMATS)
    return DatasetInfo(iri=f"{settings.base_iri}dataset", base_iri=settings.base_iri, endpoint=f"{base}/sparql",
                       landing_page=f"{base}/", dumps=dumps)


def _open_to_all(response: Response) -> Response:
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Vary"] = "Accept"
    return response


@blueprint.after_app_request
def _link_to_description(response: Response) -> Response:
    """The home page and the endpoint say where the dataset is described (RFC 8288 Link)."""
    if request.path in DESCRIBED_PATHS:
        response.headers.add("Link", '</.well-known/void>; rel="describedby"; type="text/turtle"')
    return response


@blueprint.route("/.well-known/void", methods=["GET", "HEAD"])
def void_description() -> Response:
    """The VoID/DCAT description of the served graph, in the negotiated RDF format (Turtle for a browser)."""
    try:
        fmt = negotiate(request, "CONSTRUCT")
    except ApiError as error:
        if error.status != 406 or not request.accept_mimetypes.accept_html:
            raise
        fmt = "turtle"  # a person following the home page's link: readable text rather than an error
    graph = describe_dataset(graph_service().select, _dataset_info())
    graph.bind("void", VOID)
    context = {"void": str(VOID), "dcat": "http://www.w3.org/ns/dcat#", "dct": PREFIXES["dct"], "xsd": PREFIXES["xsd"],
               "cdo": PREFIXES["cdo"]}
    options = {"context": context, "auto_compact": True} if fmt == "jsonld" else {}
    body = graph.serialize(format=RDFLIB_FORMATS[fmt], encoding="utf-8", **options)
    return _open_to_all(Response(body, content_type=f"{media_type_of(fmt)}; charset=utf-8"))


@lru_cache(maxsize=4)
def _context(path: Path, modified: int, base_iri: str) -> bytes:
    return context_document(load_ontology(path), base_iri)


@blueprint.route("/ontology/context.jsonld", methods=["GET", "HEAD"])
def jsonld_context() -> Response:
    """The ontology's JSON-LD context (short keys for cdo terms, ``id:`` for individuals)."""
    settings = graph_service().settings
    path = settings.path("ontology")
    body = _context(path, path.stat().st_mtime_ns, settings.base_iri)
    return _open_to_all(Response(body, content_type="application/ld+json"))
