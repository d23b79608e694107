"""SPARQL checks and evaluation on a pyoxigraph store: refuse SERVICE/LOAD, cap rows, serialise results.

The check runs on the query's tokens, never on the raw text: strings, IRIs, comments,
variables, language tags, blank-node labels and the local part of prefixed names are
skipped, so ``<http://example.org/service>`` and ``ex:service`` are fine, while
``SERVICE``, ``service``, ``SeRvIcE`` and prefixed-name prefixes such as ``SERVICEex:``
(which Oxigraph's parser reads as ``SERVICE ex:…``) are refused. Any bare word that
*contains* SERVICE or LOAD is refused: the parser matches keywords without word
boundaries (``trueSERVICE`` parses), so containment is the safe rule. The check runs
on the text as written and again after ``\\uXXXX`` escapes are expanded.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

import pyoxigraph as ox

from cdkg.errors import QueryError

FORBIDDEN_WORDS = ("SERVICE", "LOAD")
UPDATE_WORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
)
QUERY_WORDS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})

RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}

_TOKEN = re.compile(
    r"""
    (?P<comment>\#[^\n\r]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
       |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]*)
  | (?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<bnode>_:[\w.\-\u00B7]*)
  | (?P<pname>[^\W\d][\w.\-\u00B7]*:[\w.\-:%\\\u00B7]*|:[\w.\-:%\\\u00B7]*)
  | (?P<word>[^\W\d_]+)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_POSITION = re.compile(r"at (\d+):(\d+)")


@dataclass(frozen=True)
class QueryResult:
    """A serialised answer: the bytes, their media type, and whether rows were cut at the cap."""

    body: bytes
    media_type: str
    truncated: bool = False
    count: int = 0
    cached: bool = False


@dataclass(frozen=True)
class Dataset:
    """The protocol's dataset: default-graph-uri and named-graph-uri values (empty: the store's)."""

    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()

    def arguments(self) -> dict[str, Any]:
        """Keyword arguments for ``Store.query``."""
        args: dict[str, Any] = {}
        if self.default_graphs:
            args["default_graph"] = [ox.NamedNode(iri) for iri in self.default_graphs]
        if self.named_graphs:
            args["named_graphs"] = [ox.NamedNode(iri) for iri in self.named_graphs]
        return args


@dataclass(frozen=True)
class QueryJob:
    """Everything needed to answer one query; picklable, so it can cross a pipe."""

    text: str
    format: str = "json"
    max_rows: int = 10000
    dataset: Dataset = field(default_factory=Dataset)


def expand_escapes(text: str) -> str:
    """The text with SPARQL codepoint escapes (\\uXXXX, \\UXXXXXXXX) expanded."""

    def replace(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF else match.group(0)

    return _ESCAPE.sub(replace, text)


def bare_words(text: str) -> Iterator[tuple[str, int]]:
    """Keyword-like tokens (bare words and prefixed-name prefixes) with their offsets."""
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "word":
            yield match.group(), match.start()
        elif kind == "pname" and not match.group().startswith(":"):
            yield match.group().split(":", 1)[0], match.start()


def _forbidden_word(text: str) -> tuple[str, int] | None:
    for word, offset in bare_words(text):
        upper = word.upper()
        for forbidden in FORBIDDEN_WORDS:
            if forbidden in upper:
                return forbidden, offset
    return None


def refuse_remote_access(text: str) -> None:
    """Raise QueryError if the text could make the engine fetch anything (SERVICE or LOAD)."""
    for candidate in (text, expand_escapes(text)):
        found = _forbidden_word(candidate)
        if found:
            word, offset = found
            line, column = _line_column(candidate, offset)
            raise _refusal(word, line, column)


def _refusal(word: str, line: int, column: int) -> QueryError:
    error = QueryError(f"{word} is not allowed here: this endpoint never contacts other services")
    error.line, error.column = line, column  # type: ignore[attr-defined]
    return error


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def query_form(text: str) -> str:
    """The operation's form: SELECT, ASK, CONSTRUCT, DESCRIBE, or UPDATE for any update keyword first."""
    for word, _ in bare_words(text):
        upper = word.upper()
        if upper in QUERY_WORDS:
            return upper
        if upper in UPDATE_WORDS:
            return "UPDATE"
    return "SELECT"


def syntax_error(error: SyntaxError, text: str = "") -> QueryError:
    """A QueryError carrying the parser's message and, when it gives one, its line and column."""
    message = str(error)
    result = QueryError(f"malformed SPARQL: {message}")
    match = _POSITION.search(message)
    if match:
        result.line, result.column = int(match.group(1)), int(match.group(2))  # type: ignore[attr-defined]
    return result


@functools.lru_cache(maxsize=1024)
def check_query(text: str) -> str:
    """Refuse what must never run and return the query form (SELECT, ASK, CONSTRUCT, DESCRIBE).

    Cached by text (refusals raise, so only accepted queries are remembered): the catalogue's
    questions are checked once per process, not once per request.
    """
    refuse_remote_access(text)
    form = query_form(text)
    if form == "UPDATE":
        error = QueryError("this is a SPARQL update; send it to /update (updates need a token)")
        error.http_status = 403
        raise error
    return form


def check_update(text: str) -> None:
    """Refuse updates that could fetch remote data (LOAD, SERVICE in WHERE)."""
    refuse_remote_access(text)


def term_json(term: Any) -> dict[str, str]:
    """One RDF term in the SPARQL 1.1 Query Results JSON shape."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        return _literal_json(term)
    return {"type": "triple", "value": str(term)}


def _literal_json(literal: ox.Literal) -> dict[str, str]:
    result = {"type": "literal", "value": literal.value}
    if literal.language:
        result["xml:lang"] = literal.language
    elif literal.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        result["datatype"] = literal.datatype.value
    return result


def solutions_json(variables: list[str], rows: Iterable[ox.QuerySolution]) -> dict[str, Any]:
    """SELECT solutions as a SPARQL JSON results document."""
    bindings = [
        {name: term_json(row[name]) for name in variables if row[name] is not None} for row in rows
    ]
    return {"head": {"vars": variables}, "results": {"bindings": bindings}}


def _take(iterator: Iterable[Any], max_rows: int) -> tuple[list[Any], bool]:
    rows: list[Any] = []
    for item in iterator:
        if len(rows) == max_rows:
            return rows, True
        rows.append(item)
    return rows, False


def count_rows(body: bytes, fmt: str) -> int:
    """The number of solutions in a serialised SELECT answer."""
    if fmt == "json":
        return len(json.loads(body)["results"]["bindings"])
    if fmt == "xml":
        return body.count(b"<result>")
    if fmt == "tsv":
        return max(0, body.count(b"\n") - 1)
    return max(0, sum(1 for _ in csv.reader(io.StringIO(body.decode("utf-8")))) - 1)


def _serialise_solutions(result: ox.QuerySolutions, fmt: str, max_rows: int, rerun: Callable[[], ox.QuerySolutions]) -> QueryResult:
    """Serialise natively; only an answer over the row cap is re-run and cut in Python."""
    body = result.serialize(format=RESULT_FORMATS[fmt])
    count = count_rows(body, fmt)
    if count <= max_rows:
        return QueryResult(body, RESULT_FORMATS[fmt].media_type, False, count)
    return _truncated_solutions(rerun(), fmt, max_rows)


def _truncated_solutions(result: ox.QuerySolutions, fmt: str, max_rows: int) -> QueryResult:
    variables = [v.value for v in result.variables]
    rows, truncated = _take(result, max_rows)
    document = json.dumps(solutions_json(variables, rows), ensure_ascii=False).encode()
    if fmt != "json":
        parsed = ox.parse_query_results(document, format=ox.QueryResultsFormat.JSON)
        document = parsed.serialize(format=RESULT_FORMATS[fmt])
    return QueryResult(document, RESULT_FORMATS[fmt].media_type, truncated, len(rows))


def _serialise_boolean(result: ox.QueryBoolean, fmt: str) -> QueryResult:
    body = result.serialize(format=RESULT_FORMATS[fmt])
    return QueryResult(body, RESULT_FORMATS[fmt].media_type, False, 1)


def _serialise_triples(result: ox.QueryTriples, fmt: str, max_rows: int, prefixes: dict[str, str]) -> QueryResult:
    triples, truncated = _take(result, max_rows)
    body = ox.serialize(triples, format=GRAPH_FORMATS[fmt], prefixes=prefixes)
    return QueryResult(body, GRAPH_FORMATS[fmt].media_type, truncated, len(triples))


def evaluate(store: ox.Store, job: QueryJob, prefixes: dict[str, str] | None = None) -> QueryResult:
    """Check, run and serialise one query in ``job.format`` (a RESULT_FORMATS or GRAPH_FORMATS key).

    Raises:
        QueryError: the query is refused, malformed, or the format does not fit its form.
    """
    form = check_query(job.text)
    _check_format(form, job.format)
    try:
        result = store.query(job.text, **job.dataset.arguments())
    except SyntaxError as error:
        raise syntax_error(error, job.text) from None
    if isinstance(result, ox.QuerySolutions):
        rerun = lambda: store.query(job.text, **job.dataset.arguments())  # noqa: E731
        return _serialise_solutions(result, job.format, job.max_rows, rerun)
    if isinstance(result, ox.QueryBoolean):
        return _serialise_boolean(result, job.format)
    return _serialise_triples(result, job.format, job.max_rows, prefixes or {})


def formats_for(form: str) -> dict[str, Any]:
    """The formats a query form can be answered in."""
    return GRAPH_FORMATS if form in ("CONSTRUCT", "DESCRIBE") else RESULT_FORMATS


def _check_format(form: str, fmt: str) -> None:
    if fmt not in formats_for(form):
        known = ", ".join(formats_for(form))
        error = QueryError(f"a {form} query cannot be answered as {fmt!r}; use one of {known}")
        error.http_status = 406
        raise error
