"""SPARQL checks and evaluation on a pyoxigraph store: refuse SERVICE/LOAD, cap rows, serialise results.

The check runs on the query's tokens, never on the raw text: strings, IRIs, comments,
variables, language tags, blank-node labels and the local part of prefixed names are
skipped, so ``<http://example.org/service>`` and ``ex:service`` are fine, while
``SERVICE``, ``service``, ``SeRvIcE`` and prefixed-name prefixes such as ``SERVICEex:``
(which Oxigraph's parser reads as ``SERVICE ex:…``) are refused. Any bare word that
*contains* SERVICE or LOAD is refused: the parser matches keywords without word
boundaries (``trueSERVICE`` parses), so containment is the safe rule. The check runs
on the text as written and again after ``\\uXXXX`` escapes are expanded.

Every token pattern consumes a maximal run and never fails after it starts, so checking
takes time linear in the query's length (a megabyte in a fraction of a second), and
brackets nested deeper than ``MAX_NESTING`` are refused before the engine's recursive
parser could exhaust its stack.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

import pyoxigraph as ox

from cdkg.errors import QueryError, ResourceLimitExceeded

FORBIDDEN_WORDS = ("SERVICE", "LOAD")
UPDATE_WORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
)
QUERY_WORDS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})
PROLOGUE_WORDS = frozenset({"PREFIX", "BASE"})
GRAPH_NAMING_WORDS = frozenset({"GRAPH", "WITH", "USING", "NAMED", "INTO", "ADD", "COPY", "MOVE", "CREATE"})
MAX_NESTING = 256
CHECK_CACHE_SIZE = 256
CHECK_CACHE_MAX_CHARS = 4096

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
    (?P<space>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
       |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]*)
  | (?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<bnode>_:[\w.\-\u00B7]*)
  | (?P<name>[^\W\d][\w.\-\u00B7]*(?::[\w.\-:%\\\u00B7]*)?|:[\w.\-:%\\\u00B7]*)
  | (?P<open>[{(\[])
  | (?P<close>[})\]])
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

    def check(self) -> None:
        """Raise QueryError (400) unless every graph IRI is an absolute IRI."""
        for name, values in (("default-graph-uri", self.default_graphs), ("named-graph-uri", self.named_graphs)):
            for value in values:
                try:
                    ox.NamedNode(value)
                except ValueError:
                    raise QueryError(f"{name}={value[:200]!r} is not an absolute IRI") from None

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
    """Everything needed to answer one query; picklable, so it can cross a pipe.

    ``format`` answers SELECT and ASK (or every form when ``graph_format`` is empty);
    ``graph_format``, when given, answers CONSTRUCT and DESCRIBE: the form is known only
    once the query is checked, which happens where the query runs, under the timeout.
    An empty format means the client accepts none for that form (406). ``max_bytes``
    caps the serialised answer.
    """

    text: str
    format: str = "json"
    max_rows: int = 10000
    dataset: Dataset = field(default_factory=Dataset)
    graph_format: str = ""
    max_bytes: int = 0

    def format_for(self, form: str) -> str:
        """The format this job's answer is serialised in, for a query of the given form."""
        if self.graph_format and form in ("CONSTRUCT", "DESCRIBE"):
            return self.graph_format
        return self.format


@dataclass
class Scan:
    """What one pass over a query's tokens found."""

    form: str = ""
    forbidden: tuple[str, int] | None = None
    graph_word: tuple[str, int] | None = None
    first_word: tuple[str, int] | None = None
    too_deep: int | None = None


def expand_escapes(text: str) -> str:
    """The text with SPARQL codepoint escapes (\\uXXXX, \\UXXXXXXXX) expanded."""

    def replace(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF else match.group(0)

    return _ESCAPE.sub(replace, text)


def bare_words(text: str) -> Iterator[tuple[str, int]]:
    """Keyword-like tokens (bare words and prefixed-name prefixes) with their offsets."""
    for match in _TOKEN.finditer(text):
        if match.lastgroup == "name" and not match.group().startswith(":"):
            yield match.group().split(":", 1)[0], match.start()


def _note_word(scan: Scan, token: str, offset: int) -> None:
    prefix, colon, _ = token.partition(":")
    upper = prefix.upper()
    if scan.forbidden is None:
        found = next((word for word in FORBIDDEN_WORDS if word in upper), None)
        if found:
            scan.forbidden = (found, offset)
    if colon:
        return
    word = upper.rstrip(".")
    if scan.first_word is None:
        scan.first_word = (token, offset)
    if not scan.form and (word in QUERY_WORDS or word in UPDATE_WORDS):
        scan.form = word if word in QUERY_WORDS else "UPDATE"
    if scan.graph_word is None and word in GRAPH_NAMING_WORDS:
        scan.graph_word = (word, offset)


def scan_tokens(text: str) -> Scan:
    """One linear pass: forbidden words, the form, graph-naming words, the nesting depth."""
    scan, depth = Scan(), 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "name":
            _note_word(scan, match.group(), match.start())
        elif kind == "open":
            depth += 1
            if depth > MAX_NESTING and scan.too_deep is None:
                scan.too_deep = match.start()
        elif kind == "close":
            depth = max(0, depth - 1)
    return scan


def _scans(text: str) -> Iterator[tuple[str, Scan]]:
    yield text, scan_tokens(text)
    if "\\u" in text or "\\U" in text:
        expanded = expand_escapes(text)
        yield expanded, scan_tokens(expanded)


def _positioned(error: QueryError, text: str, offset: int) -> QueryError:
    error.line, error.column = _line_column(text, offset)  # type: ignore[attr-defined]
    return error


def _checked(text: str) -> Scan:
    """The scan of a query or update, raising QueryError for what must never run."""
    first: Scan | None = None
    for candidate, scan in _scans(text):
        if scan.forbidden:
            word, offset = scan.forbidden
            message = f"{word} is not allowed here: this endpoint never contacts other services"
            raise _positioned(QueryError(message), candidate, offset)
        if scan.too_deep is not None:
            message = f"brackets are nested more than {MAX_NESTING} levels deep; flatten the query"
            raise _positioned(QueryError(message), candidate, scan.too_deep)
        first = first or scan
    assert first is not None
    return first


def refuse_remote_access(text: str) -> None:
    """Raise QueryError if the text could make the engine fetch anything (SERVICE or LOAD)."""
    _checked(text)


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def query_form(text: str) -> str:
    """The operation's form: SELECT, ASK, CONSTRUCT, DESCRIBE, or UPDATE for any update keyword first."""
    return scan_tokens(text).form or "SELECT"


def syntax_error(error: SyntaxError, text: str = "") -> QueryError:
    """A QueryError carrying the parser's message and, when it gives one, its line and column.

    When the query does not begin with a keyword the parser knows, say so: Oxigraph's own
    message ("expected CONSTRUCT") names only the last form it tried.
    """
    message = str(error)
    first = scan_tokens(text).first_word if text else None
    known = QUERY_WORDS | UPDATE_WORDS | PROLOGUE_WORDS
    if first is not None and first[0].upper() not in known:
        line, column = _line_column(text, first[1])
        message = (f"error at {line}:{column}: {first[0][:40]!r} is not a SPARQL keyword; a query begins "
                   f"with SELECT, ASK, CONSTRUCT or DESCRIBE (after any PREFIX and BASE lines)")
    result = QueryError(f"malformed SPARQL: {message}")
    match = _POSITION.search(message)
    if match:
        result.line, result.column = int(match.group(1)), int(match.group(2))  # type: ignore[attr-defined]
    return result


_CHECKED: dict[str, str] = {}
_CHECKED_LOCK = threading.Lock()


def check_query(text: str) -> str:
    """Refuse what must never run and return the query form (SELECT, ASK, CONSTRUCT, DESCRIBE).

    Short accepted texts are remembered (at most CHECK_CACHE_SIZE of CHECK_CACHE_MAX_CHARS
    characters), so the catalogue's questions are checked once per process, and the memory this
    takes stays bounded whatever clients send.
    """
    found = _CHECKED.get(text)
    if found is not None:
        return found
    form = _checked(text).form or "SELECT"
    if form == "UPDATE":
        error = QueryError("this is a SPARQL update; send it to /update (updates need a token)")
        error.http_status = 403
        raise error
    if len(text) <= CHECK_CACHE_MAX_CHARS:
        with _CHECKED_LOCK:
            if len(_CHECKED) >= CHECK_CACHE_SIZE:
                _CHECKED.pop(next(iter(_CHECKED)))
            _CHECKED[text] = form
    return form


def check_update(text: str) -> None:
    """Refuse updates that could fetch remote data (LOAD, SERVICE) or that name a graph.

    cdkg keeps one graph, the default graph: GRAPH, WITH, USING, NAMED, ADD, COPY, MOVE and
    CREATE could only reach graphs it does not keep (or copy an empty one over it).
    """
    scan = _checked(text)
    if scan.graph_word is not None:
        word, offset = scan.graph_word
        message = (f"{word} is not allowed in an update: cdkg keeps one graph, the default graph; "
                   "write the triples without naming a graph")
        raise _positioned(QueryError(message), text, offset)


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


def at_most_rows(body: bytes, fmt: str) -> int:
    """A cheap upper bound on the solutions in a serialised SELECT answer (a byte count, no parsing).

    Every JSON solution closes at least one brace and every CSV/TSV one at least one line, so a
    small answer is known to be under the row cap without being parsed.
    """
    if fmt == "json":
        return body.count(b"}")
    if fmt == "xml":
        return body.count(b"<result>")
    return body.count(b"\n")


def _serialise_solutions(result: ox.QuerySolutions, fmt: str, max_rows: int, rerun: Callable[[], ox.QuerySolutions]) -> QueryResult:
    """Serialise natively; rows are counted only when the answer might be over the cap, and only
    an answer over the cap is re-run and cut in Python. An uncounted answer has count -1."""
    body = result.serialize(format=RESULT_FORMATS[fmt])
    if fmt in ("xml", "tsv"):
        count = count_rows(body, fmt)
    elif at_most_rows(body, fmt) <= max_rows:
        return QueryResult(body, RESULT_FORMATS[fmt].media_type, False, -1)
    else:
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
    if fmt == "jsonld":
        body = compacted_jsonld(triples, prefixes.get("id", ""))
    else:
        body = ox.serialize(triples, format=GRAPH_FORMATS[fmt], prefixes=prefixes)
    return QueryResult(body, GRAPH_FORMATS[fmt].media_type, truncated, len(triples))


@functools.lru_cache(maxsize=4)
def _jsonld_context(base_iri: str) -> dict:
    from cdkg.jsonld_context import build_context
    from cdkg.ontology import load_ontology

    return build_context(load_ontology(), base_iri or "https://w3id.org/cdkg/id/")


def compacted_jsonld(triples: list, base_iri: str) -> bytes:
    """CONSTRUCT/DESCRIBE answers as JSON-LD compacted with the ontology's context (short keys, compact IRIs)."""
    from rdflib import Graph

    from cdkg.jsonld_context import compact_jsonld

    graph = Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return compact_jsonld(graph, _jsonld_context(base_iri))


def evaluate(store: ox.Store, job: QueryJob, prefixes: dict[str, str] | None = None) -> QueryResult:
    """Check, run and serialise one query in the job's format for its form.

    Raises:
        QueryError: the query is refused, malformed, or no requested format fits its form.
        ResourceLimitExceeded: the serialised answer is larger than ``job.max_bytes``.
    """
    form = check_query(job.text)
    fmt = job.format_for(form)
    _check_format(form, fmt)
    job.dataset.check()
    try:
        result = store.query(job.text, **job.dataset.arguments())
    except SyntaxError as error:
        raise syntax_error(error, job.text) from None
    if isinstance(result, ox.QuerySolutions):
        rerun = lambda: store.query(job.text, **job.dataset.arguments())  # noqa: E731
        answer = _serialise_solutions(result, fmt, job.max_rows, rerun)
    elif isinstance(result, ox.QueryBoolean):
        answer = _serialise_boolean(result, fmt)
    else:
        answer = _serialise_triples(result, fmt, job.max_rows, prefixes or {})
    _check_size(answer, job.max_bytes)
    return answer


def _check_size(answer: QueryResult, max_bytes: int) -> None:
    if max_bytes and len(answer.body) > max_bytes:
        raise ResourceLimitExceeded(
            f"the answer would be {len(answer.body) / 2**20:.0f} MiB, over the {max_bytes / 2**20:g} MiB "
            "response cap (max_response_mb); narrow the query or add a LIMIT")


def formats_for(form: str) -> dict[str, Any]:
    """The formats a query form can be answered in."""
    return GRAPH_FORMATS if form in ("CONSTRUCT", "DESCRIBE") else RESULT_FORMATS


def _check_format(form: str, fmt: str) -> None:
    if not fmt:
        error = QueryError(f"none of the media types accepted can answer a {form} query")
        error.http_status = 406
        raise error
    if fmt not in formats_for(form):
        known = ", ".join(formats_for(form))
        error = QueryError(f"a {form} query cannot be answered as {fmt!r}; use one of {known}")
        error.http_status = 406
        raise error
