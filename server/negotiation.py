"""Content negotiation: the ``format`` parameter first, then ``Accept`` with q-values (werkzeug)."""

from __future__ import annotations

from flask import Request

from cdkg.sparql import GRAPH_FORMATS, RESULT_FORMATS

RESULT_MEDIA_TYPES: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_MEDIA_TYPES: dict[str, str] = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "text/n3": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
    "application/rdf+xml": "rdfxml",
    "application/xml": "rdfxml",
    "text/xml": "rdfxml",
}
RESULT_ALIASES = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "srj": "json", "srx": "xml"}
GRAPH_ALIASES = {
    "turtle": "turtle", "ttl": "turtle", "n3": "turtle", "ntriples": "ntriples", "nt": "ntriples",
    "n-triples": "ntriples", "jsonld": "jsonld", "json-ld": "jsonld", "json": "jsonld",
    "rdfxml": "rdfxml", "rdf+xml": "rdfxml", "rdf": "rdfxml", "xml": "rdfxml",
}


class NotAcceptable(Exception):
    """Nothing the client accepts can be produced."""


def _tables(graph: bool) -> tuple[dict[str, str], dict[str, str], str]:
    if graph:
        return GRAPH_MEDIA_TYPES, GRAPH_ALIASES, "turtle"
    return RESULT_MEDIA_TYPES, RESULT_ALIASES, "json"


def _from_parameter(value: str, media_types: dict[str, str], aliases: dict[str, str]) -> str:
    key = value.strip().lower()
    found = aliases.get(key) or media_types.get(key.split(";")[0].strip())
    if found is None:
        raise NotAcceptable(f"unknown format {value!r}; use one of {', '.join(sorted(set(aliases)))}")
    return found


def choose_format(request: Request, graph: bool) -> str:
    """The format key (a RESULT_FORMATS or GRAPH_FORMATS key) to answer in.

    Args:
        request: the HTTP request (its ``format`` parameter and ``Accept`` header).
        graph: True for CONSTRUCT/DESCRIBE and graph reads, False for SELECT/ASK.

    Raises:
        NotAcceptable: neither the parameter nor the Accept header names a format we produce.
    """
    media_types, aliases, default = _tables(graph)
    parameter = request.args.get("format") or request.form.get("format")
    if parameter:
        return _from_parameter(parameter, media_types, aliases)
    accept = request.accept_mimetypes
    if not accept or accept.best == "*/*" and accept["*/*"] >= max(accept[m] for m in media_types):
        return default
    best = accept.best_match(list(media_types))
    if best is None:
        offered = ", ".join(sorted(set(media_types)))
        raise NotAcceptable(f"none of the accepted media types can be produced; offered: {offered}")
    return media_types[best]


def media_type_of(fmt: str) -> str:
    """The media type a format key is served as."""
    table = RESULT_FORMATS if fmt in RESULT_FORMATS else GRAPH_FORMATS
    return table[fmt].media_type


def prefers_html(request: Request, default: bool) -> bool:
    """Whether to answer a page (HTML) rather than its JSON: ``?format=html|json`` first, then ``Accept``.

    HTML wins when the client ranks ``text/html`` (or XHTML) above ``application/json``, as browsers do;
    JSON wins the other way round. When both rank the same (no ``Accept``, ``*/*``) the answer is ``default``.

    Raises:
        NotAcceptable: the ``format`` parameter names neither html nor json.
    """
    parameter = request.args.get("format", "").strip().lower()
    if parameter:
        if parameter not in ("html", "json"):
            raise NotAcceptable(f"unknown format {parameter!r}; use html or json")
        return parameter == "html"
    accept = request.accept_mimetypes
    html = max(accept["text/html"], accept["application/xhtml+xml"])
    json = accept["application/json"]
    return default if html == json else html > json
