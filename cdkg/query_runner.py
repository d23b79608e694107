"""Run a query from the command line: the catalogue or any SPARQL, printed as a table or a standard format."""

from __future__ import annotations

import json

import pyoxigraph as ox

from cdkg.catalogue import load_catalogue
from cdkg.config import Settings
from cdkg.namespaces import PREFIXES
from cdkg.sparql import QueryJob, check_query, evaluate, formats_for
from cdkg.errors import QueryError
from cdkg.remote import is_remote_store, open_remote_store
from cdkg.store import source_of


def short_form(term: dict[str, str], prefixes: dict[str, str]) -> str:
    """A SPARQL JSON term as a compact string (prefixed IRIs, bare literal values)."""
    value = term["value"]
    if term["type"] != "uri":
        return value
    for prefix, namespace in prefixes.items():
        if value.startswith(namespace) and "/" not in value[len(namespace):] or prefix == "id" and value.startswith(namespace):
            return f"{prefix}:{value[len(namespace):]}"
    return value


def render_table(document: dict, prefixes: dict[str, str]) -> str:
    """A SPARQL JSON results document as an aligned text table (or yes/no for ASK)."""
    if "boolean" in document:
        return ("yes" if document["boolean"] else "no") + "\n"
    names = document["head"]["vars"]
    rows = [[short_form(b[n], prefixes) if n in b else "" for n in names] for b in document["results"]["bindings"]]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    return "\n".join(lines) + f"\n({len(rows)} rows)\n"


def run_cli_query(settings: Settings, sparql: str | None = None, name: str | None = None, fmt: str = "table") -> str:
    """The answer to a catalogue question (``name``) or a SPARQL query, formatted for a terminal."""
    text = load_catalogue().get(name).text if name else sparql or ""
    form = check_query(text)
    table = fmt == "table"
    engine_format = "json" if table and form not in ("CONSTRUCT", "DESCRIBE") else ("turtle" if table else fmt)
    if engine_format not in formats_for(form):
        raise QueryError(f"a {form} query cannot be printed as {fmt!r}; use one of table, {', '.join(formats_for(form))}")
    prefixes = dict(PREFIXES) | {"id": settings.base_iri}
    store = open_remote_store(settings.store, settings.timeout) if is_remote_store(settings.store) else source_of(settings).open()
    result = evaluate(store, QueryJob(text, engine_format, settings.max_rows), prefixes)
    if table and engine_format == "json":
        return render_table(json.loads(result.body), prefixes)
    return result.body.decode("utf-8")
