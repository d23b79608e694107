"""The one JSON error shape of the HTTP API, raised as one exception type and handled in one place.

Every error response is ``{"error": {"status": 400, "title": "Bad Request", "detail": "…"}}``,
plus optional members (``line``, ``column`` for a malformed query, ``report`` for a SHACL report).
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from flask import Flask, Response, jsonify
from werkzeug.exceptions import HTTPException

from cdkg.errors import CdkgError

LOG = logging.getLogger("cdkg.server")
EXTRA_MEMBERS = ("line", "column", "report")


class ApiError(Exception):
    """An HTTP error with a status, a human-readable detail and optional extra members."""

    def __init__(self, status: int, detail: str, headers: dict[str, str] | None = None, **extra: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers or {}
        self.extra = {k: v for k, v in extra.items() if v is not None}

    @classmethod
    def from_cdkg_error(cls, error: CdkgError) -> ApiError:
        """The API error for a library error (its http_status, message and position/report)."""
        extra = {name: getattr(error, name, None) for name in EXTRA_MEMBERS}
        return cls(error.http_status, error.message, **extra)

    def response(self) -> Response:
        """The JSON response for this error."""
        body = {"status": self.status, "title": _title(self.status), "detail": self.detail} | self.extra
        response = jsonify({"error": body})
        response.status_code = self.status
        response.headers.update(self.headers)
        return response


def _title(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _http_exception(error: HTTPException) -> Response:
    response = ApiError(error.code or 500, error.description or _title(error.code or 500)).response()
    for name in ("Allow", "WWW-Authenticate"):
        if error.get_response().headers.get(name):
            response.headers[name] = error.get_response().headers[name]
    return response


def _unexpected(error: Exception) -> Response:
    LOG.exception("unexpected error while serving a request")
    return ApiError(500, "the server failed to answer; the error has been logged").response()


def register_error_handlers(app: Flask) -> None:
    """Route every error (ours, the library's, werkzeug's, unexpected ones) to the one JSON shape."""
    app.register_error_handler(ApiError, lambda error: error.response())
    app.register_error_handler(CdkgError, lambda error: ApiError.from_cdkg_error(error).response())
    app.register_error_handler(HTTPException, _http_exception)
    app.register_error_handler(Exception, _unexpected)
