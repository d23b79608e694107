"""SPARQL Update at POST /update: bearer token, SHACL gate, atomic persistence."""

from __future__ import annotations

import hmac

from flask import Blueprint, Response, jsonify, request

from cdkg.errors import ValidationFailed
from cdkg.server.errors import ApiError
from cdkg.server.protocol import FORM, UPDATE_TYPE, graph_service
from cdkg.store import require_conformance, update_graph_file, updated_copy

blueprint = Blueprint("update", __name__)


def _check_token(expected: str) -> None:
    if not expected:
        raise ApiError(403, "this endpoint is read-only: SPARQL Update is refused (start the server with --update-token)")
    header = request.headers.get("Authorization", "")
    given = header[7:] if header.startswith("Bearer ") else ""
    if not hmac.compare_digest(given.encode(), expected.encode()):
        error = ApiError(401, "a valid 'Authorization: Bearer TOKEN' header is required for updates")
        raise error


def _update_text() -> str:
    if request.mimetype == UPDATE_TYPE:
        return request.get_data(as_text=True)
    if request.mimetype == FORM and request.form.get("update"):
        return request.form["update"]
    raise ApiError(415, f"send the update as {UPDATE_TYPE} or as update=… in {FORM}")


def _apply(text: str) -> None:
    service = graph_service()
    settings = service.settings
    injected = getattr(service.evaluator, "store", None)
    if injected is not None:
        new = updated_copy(injected, text)
        require_conformance(new, settings.path("shapes"))
        injected.clear()
        injected.bulk_extend(new.quads_for_pattern(None, None, None, None))
        return
    if service.source is None or service.source.kind != "file":
        raise ApiError(403, "updates need a graph file source (--kg); an on-disk store is served read-only")
    update_graph_file(service.source.path, text, settings.path("shapes"), settings.base_iri)


@blueprint.route("/update", methods=["POST"])
def update() -> Response:
    """Apply a SPARQL update if the token matches and the resulting graph conforms (else 422, no change)."""
    _check_token(graph_service().settings.update_token)
    text = _update_text()
    try:
        _apply(text)
    except ValidationFailed as error:
        raise ApiError(422, error.message, report=error.report) from None
    return jsonify({"updated": True, "version": graph_service().version()})
