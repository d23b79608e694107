"""Export the graph in one of the RDF formats the endpoint serves."""

from __future__ import annotations

from pathlib import Path

from cdkg.config import Settings
from cdkg.errors import ConfigError
from cdkg.files import write_atomically
from cdkg.sparql import GRAPH_FORMATS
from cdkg.store import serialise_store, source_of


def _compacted_jsonld(settings: Settings, store: object) -> bytes:
    """JSON-LD compacted with the ontology's context (short keys, compact IRIs); expands to the same graph."""
    from cdkg.jsonld_context import build_context, compact_jsonld
    from cdkg.ontology import load_ontology
    from cdkg.store import to_rdflib

    return compact_jsonld(to_rdflib(store), build_context(load_ontology(settings.path("ontology")), settings.base_iri))


def export_graph(settings: Settings, fmt: str, output: Path | None = None) -> bytes:
    """The graph (``settings.store`` or ``settings.kg``) serialised as ``fmt``; also written to ``output`` if given."""
    if fmt not in GRAPH_FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; use one of {', '.join(GRAPH_FORMATS)}")
    store = source_of(settings).open()
    body = _compacted_jsonld(settings, store) if fmt == "jsonld" else serialise_store(store, GRAPH_FORMATS[fmt])
    if output is not None:
        try:
            write_atomically(output, body)
        except OSError as error:
            raise ConfigError(f"{output}: cannot write: {error.strerror}") from None
    return body
