"""The one error family of cdkg.

Library code raises these with a message a user can act on; only the CLI turns
them into exit codes and the server into the one JSON error shape.
"""

from __future__ import annotations


class CdkgError(Exception):
    """Base class: something a user can fix; exit code 2 (could not run)."""

    exit_code = 2
    http_status = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ConfigError(CdkgError):
    """A setting is missing or wrong."""


class SourceError(CdkgError):
    """An input text could not be read (binary, wrong encoding, too large)."""


class RDFInputError(CdkgError):
    """A file is missing, unreadable or not RDF."""

    http_status = 400


class ValidationFailed(CdkgError):
    """A graph does not conform to the shapes; exit code 1."""

    exit_code = 1
    http_status = 422

    def __init__(self, message: str, report: str = "") -> None:
        super().__init__(message)
        self.report = report


class QueryError(CdkgError):
    """A SPARQL query is malformed or not allowed."""

    http_status = 400


class QueryTimeout(CdkgError):
    """A query ran longer than the configured timeout."""

    http_status = 503


class StoreError(CdkgError):
    """The store could not be opened, read or written."""

    http_status = 502


class ResourceLimitExceeded(CdkgError):
    """A query needed more than a configured limit allows (memory, answer size); retry narrower."""

    http_status = 503
