"""Tables for notebooks: a catalogue question or a SELECT query as rows of plain Python values.

``ask("states-with-nato-cyber-mous")`` answers from the project's graph; ``kg=`` names another
graph file and ``store=`` passes a pyoxigraph Store (or names an on-disk store folder). Rows are
dicts: IRIs become ``str``, integers and ``xsd:gYear`` ``int``, decimals and doubles ``float``,
booleans ``bool``, dates ``datetime.date``, everything else its lexical form; unbound is ``None``.
``as_frame=True`` (or ``ask_frame``) gives a pandas DataFrame when pandas is installed
(``pip install 'cdkg[notebook]'``); pandas is never needed otherwise.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from cdkg.errors import ConfigError, QueryError

if TYPE_CHECKING:
    from cdkg.config import Settings

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {f"{XSD}{name}" for name in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                          "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                          "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOATS = {f"{XSD}decimal", f"{XSD}double", f"{XSD}float"}
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")

Row = dict[str, Any]


def plain_value(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> Any:
    """A pyoxigraph term as a plain Python value (see the module docstring)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if not isinstance(term, ox.Literal):
        return str(term)
    return _literal_value(term.value, term.datatype.value)


def _literal_value(text: str, datatype: str) -> Any:
    try:
        if datatype in _INTEGERS:
            return int(text)
        if datatype == f"{XSD}gYear" and re.fullmatch(r"-?\d{4,}", text):
            return int(text)
        if datatype in _FLOATS:
            return float(text)
        if datatype == f"{XSD}boolean":
            return text.strip() in ("true", "1")
        if datatype == f"{XSD}date":
            return dt.date.fromisoformat(text)
        if datatype == f"{XSD}dateTime":
            return dt.datetime.fromisoformat(text)
    except ValueError:
        return text
    return text


def query_text(name_or_sparql: str) -> str:
    """The SPARQL of a catalogue question name, or the text itself when it is a query."""
    if _NAME.match(name_or_sparql.strip()):
        from cdkg.catalogue import load_catalogue  # imported when used: `import cdkg` stays fast

        return load_catalogue().get(name_or_sparql.strip()).text
    return name_or_sparql


def open_store(kg: str | Path | None = None, store: ox.Store | str | Path | None = None,
               settings: Settings | None = None) -> ox.Store:
    """The store to ask: ``store`` (a Store or a folder), else the ``kg`` file, else the settings' graph."""
    from cdkg.config import load_settings
    from cdkg.store import load_graph_file, open_store_dir, source_of

    if isinstance(store, ox.Store):
        return store
    if store is not None:
        return open_store_dir(Path(store))
    if kg is not None:
        return load_graph_file(Path(kg))
    return source_of(settings or load_settings()).open()


def select_rows(store: ox.Store, text: str) -> list[Row]:
    """The rows of a SELECT query over a store, as dicts of plain values."""
    from cdkg.sparql import check_query, syntax_error

    if check_query(text) != "SELECT":
        raise QueryError("ask() answers SELECT queries (tables); use `cdkg query` for ASK, CONSTRUCT or DESCRIBE")
    try:
        solutions = store.query(text)
    except SyntaxError as error:
        raise syntax_error(error, text) from None
    names = [v.value for v in solutions.variables]
    return [{name: plain_value(solution[name]) for name in names} for solution in solutions]


CITATION_COLUMNS = ("quote", "source", "sourceUrl")
_CITATIONS = """PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX dct: <http://purl.org/dc/terms/>
SELECT ?evidence (MIN(?exact) AS ?quote) (MIN(?title) AS ?source) (MIN(STR(?url)) AS ?sourceUrl)
WHERE {
  VALUES ?evidence { %s }
  OPTIONAL { ?evidence oa:hasSelector/oa:exact ?exact }
  OPTIONAL { ?evidence oa:hasSource ?document .
             OPTIONAL { ?document dct:title ?title } OPTIONAL { ?document dct:source ?url } }
}
GROUP BY ?evidence"""


def citations(store: ox.Store, evidence: list[str]) -> dict[str, Row]:
    """For each evidence IRI: its quote (``oa:exact``), its source's title and the source's address."""
    iris = sorted({e for e in evidence if e and not e.startswith("_:")})
    if not iris:
        return {}
    values = " ".join(str(ox.NamedNode(iri)) for iri in iris)
    found = store.query(_CITATIONS % values)
    return {s["evidence"].value: {c: plain_value(s[c]) for c in CITATION_COLUMNS} for s in found}


def cite(rows: list[Row], store: ox.Store, column: str = "evidence") -> list[Row]:
    """The rows with ``quote``, ``source`` and ``sourceUrl`` added from each row's evidence node."""
    found = citations(store, [r.get(column) or "" for r in rows])
    empty = dict.fromkeys(CITATION_COLUMNS)
    return [row | found.get(row.get(column) or "", empty) for row in rows]


def ask(name_or_sparql: str, kg: str | Path | None = None, store: ox.Store | str | Path | None = None,
        settings: Settings | None = None, as_frame: bool = False, cite_evidence: bool = False) -> Any:
    """Answer a catalogue question (by name) or a SELECT query.

    Args:
        name_or_sparql: a catalogue name such as ``"states-with-nato-cyber-mous"``, or SPARQL.
        kg: a graph file (Turtle, N-Triples, JSON-LD, RDF/XML) to ask instead of the project's.
        store: a pyoxigraph Store, or an on-disk store folder.
        settings: where the project's graph is (default: the usual settings).
        as_frame: return a pandas DataFrame instead of a list of dicts.
        cite_evidence: when the answer has an ``evidence`` column, add ``quote``, ``source`` and
            ``sourceUrl`` (the sentence, its document's title and address).

    Returns:
        a list of dicts (one per row, keyed by variable), or a DataFrame with ``as_frame``.
    """
    text = query_text(name_or_sparql)
    graph = open_store(kg, store, settings)
    rows = select_rows(graph, text)
    columns = _variables(text)
    if cite_evidence and "evidence" in columns:
        rows, columns = cite(rows, graph), columns + list(CITATION_COLUMNS)
    return to_frame(rows, columns) if as_frame else rows


def ask_frame(name_or_sparql: str, **kwargs: Any) -> Any:
    """``ask(..., as_frame=True)``: the answer as a pandas DataFrame."""
    return ask(name_or_sparql, as_frame=True, **kwargs)


def _variables(text: str) -> list[str]:
    result = ox.Store().query(text)
    return [v.value for v in result.variables] if isinstance(result, ox.QuerySolutions) else []


def to_frame(rows: list[Row], columns: list[str]) -> Any:
    """Rows as a pandas DataFrame (columns in the query's order, even with no rows)."""
    try:
        import pandas
    except ImportError:
        raise ConfigError("as_frame needs pandas: pip install 'cdkg[notebook]' (or pandas)") from None
    return pandas.DataFrame(rows, columns=columns)
