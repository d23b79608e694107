"""Answers for people: plain-valued CSV/TSV/JSON with the quote and source of each row's evidence.

``/download/NAME.csv`` (or ``.tsv``, ``.json``) runs a catalogue question; ``/download.csv?query=…``
runs any SELECT query. Values are plain (``Albania``, not ``"Albania"@en``; ``2013``, not
``"2013"^^xsd:gYear``). When a column holds evidence nodes, three columns follow the query's own
(which keep their names): ``quote``, ``source`` (the document's title) and ``sourceUrl``. The file
is named after the question and the day (``states-with-nato-cyber-mous-2026-11-27.csv``).
``/citations`` resolves evidence IRIs for the query page's table.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

from flask import Blueprint, Response, jsonify, request

from cdkg.sparql import check_query
from cdkg.server.citations import Citation, citations
from cdkg.server.errors import ApiError
from cdkg.server.service import GraphService

blueprint = Blueprint("downloads", __name__)
CITATION_COLUMNS = ("quote", "source", "sourceUrl")
MEDIA_TYPES = {"csv": "text/csv", "tsv": "text/tab-separated-values", "json": "application/sparql-results+json"}
PROBE_VALUES = 3
MAX_CITATIONS = 2000
Row = dict[str, dict[str, str]]


def _service() -> GraphService:
    from flask import current_app

    return current_app.extensions["cdkg"]


def select_rows(service: GraphService, text: str) -> tuple[list[str], list[Row]]:
    """The variables and rows (SPARQL JSON terms) of a SELECT query; 400 for any other form."""
    if check_query(text) != "SELECT":
        raise ApiError(400, "downloads with quotes are for SELECT queries; use /sparql for other forms")
    data = json.loads(service.run(service.job(text, "json")).body)
    return data["head"]["vars"], data["results"]["bindings"]


def _iris(rows: list[Row], variable: str) -> list[str]:
    return list(dict.fromkeys(row[variable]["value"] for row in rows if row.get(variable, {}).get("type") == "uri"))


def evidence_columns(service: GraphService, variables: list[str], rows: list[Row]) -> list[str]:
    """The variables whose values are evidence nodes (judged on their first few distinct values)."""
    probes = {variable: _iris(rows, variable)[:PROBE_VALUES] for variable in variables}
    found = citations(service, [iri for values in probes.values() for iri in values])
    return [variable for variable, values in probes.items() if any(iri in found for iri in values)]


def row_citations(service: GraphService, variables: list[str], rows: list[Row]) -> list[Citation | None]:
    """For each row, the citation of its first evidence value (None when it has none)."""
    columns = evidence_columns(service, variables, rows)
    if not columns:
        return []
    found = citations(service, [iri for column in columns for iri in _iris(rows, column)][:MAX_CITATIONS])
    return [next((found[row[c]["value"]] for c in columns if row.get(c, {}).get("value") in found), None) for row in rows]


def _plain(row: Row, variables: list[str], cited: Citation | None, with_citations: bool) -> list[str]:
    values = [row[v]["value"] if v in row else "" for v in variables]
    if with_citations:
        values += [cited.quote, cited.title, cited.url] if cited else ["", "", ""]
    return values


def as_delimited(variables: list[str], rows: list[Row], cited: list[Citation | None], delimiter: str) -> str:
    """CSV (or TSV with ``delimiter="\\t"``) of plain values, citation columns last when there are any."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(variables + list(CITATION_COLUMNS if cited else ()))
    for index, row in enumerate(rows):
        values = _plain(row, variables, cited[index] if cited else None, bool(cited))
        writer.writerow([" ".join(v.split()) for v in values] if delimiter == "\t" else values)
    return out.getvalue()


def as_json(variables: list[str], rows: list[Row], cited: list[Citation | None]) -> str:
    """SPARQL JSON results with ``quote``, ``source`` and ``sourceUrl`` bound where a row has evidence."""
    bindings: list[dict[str, Any]] = []
    for index, row in enumerate(rows):
        extra: dict[str, Any] = {}
        if cited and cited[index] is not None:
            citation = cited[index]
            extra = {"quote": {"type": "literal", "value": citation.quote},
                     "source": {"type": "literal", "value": citation.title}}
            if citation.url:
                extra["sourceUrl"] = {"type": "uri", "value": citation.url}
        bindings.append(row | extra)
    head = variables + list(CITATION_COLUMNS if cited else ())
    return json.dumps({"head": {"vars": head}, "results": {"bindings": bindings}}, ensure_ascii=False)


def file_response(service: GraphService, text: str, fmt: str, stem: str) -> Response:
    """The answer as a named attachment in a people's format."""
    if fmt not in MEDIA_TYPES:
        raise ApiError(404, f"no download as .{fmt}; use .csv, .tsv or .json")
    variables, rows = select_rows(service, text)
    cited = row_citations(service, variables, rows)
    body = as_json(variables, rows, cited) if fmt == "json" else as_delimited(
        variables, rows, cited, "\t" if fmt == "tsv" else ",")
    response = Response(body, content_type=f"{MEDIA_TYPES[fmt]}; charset=utf-8")
    response.headers["Content-Disposition"] = f'attachment; filename="{stem}-{dt.date.today().isoformat()}.{fmt}"'
    return response


@blueprint.route("/download/<name>.<fmt>")
def catalogue_download(name: str, fmt: str) -> Response:
    """A catalogue question's answer as CSV, TSV or JSON, with quotes and sources."""
    entry = _service().catalogue.get(name)
    return file_response(_service(), entry.text, fmt, entry.name)


@blueprint.route("/download.<fmt>", methods=["GET", "POST"])
def query_download(fmt: str) -> Response:
    """Any SELECT query's answer (``query`` parameter) as CSV, TSV or JSON, with quotes and sources."""
    text = request.values.get("query", "").strip()
    if not text:
        raise ApiError(400, "give the SELECT query as the query parameter")
    return file_response(_service(), text, fmt, "query")


@blueprint.route("/citations", methods=["POST"])
def resolve_citations() -> Response:
    """Quote, source title, address and document-page link of each evidence IRI posted as ``{"iris": […]}``."""
    body = request.get_json(silent=True) or {}
    iris = [str(iri) for iri in body.get("iris", [])][:MAX_CITATIONS] if isinstance(body, dict) else []
    from cdkg.server.pages import sentence_link

    return jsonify({iri: {"quote": c.quote, "title": c.title, "url": c.url, "source": c.source, "page": sentence_link(c)}
                    for iri, c in citations(_service(), iris).items()})
