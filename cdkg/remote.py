"""A remote SPARQL store (Virtuoso, GraphDB, Fuseki, Neptune, QLever…) behind cdkg's store interface.

``RemoteStore.query`` answers like ``pyoxigraph.Store.query`` (solutions, a boolean, or
triples), so ``create_app(settings, store=RemoteStore(...))`` and ``cdkg.sparql.evaluate``
work unchanged: the same SERVICE/LOAD refusal, row cap, formats and error shape. Queries
travel over the SPARQL 1.1 Protocol; answers that a store gets wrong in form (Virtuoso
answers ASK as a one-column SELECT and types literals as ``typed-literal``) are normalised
into what the embedded store returns.

Store URLs: ``sparql+http://HOST:PORT/PATH`` (or ``sparql+https://``) names the SPARQL
endpoint ``http://HOST:PORT/PATH``; an optional ``?graph=IRI`` names the graph that cdkg
pushed (default ``DEFAULT_GRAPH``), which becomes the query's default graph.
Credentials come only from the environment, never from the URL, and never appear in a
message: ``CDKG_STORE_USER`` + ``CDKG_STORE_PASSWORD`` (``CDKG_STORE_AUTH=basic`` or
``digest``, default basic) or ``CDKG_STORE_TOKEN`` (bearer).
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pyoxigraph as ox
import requests
from requests.auth import AuthBase, HTTPBasicAuth, HTTPDigestAuth

from cdkg.errors import ConfigError, QueryError, QueryTimeout, StoreError
from cdkg.sparql import check_query, syntax_error

STORE_SCHEMES = ("sparql+http://", "sparql+https://")
DEFAULT_GRAPH = "https://w3id.org/cdkg/graph"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RESULTS_JSON = "application/sparql-results+json"
GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9"
CONNECT_TIMEOUT = 10.0
VIRTUOSO_ASK_VARIABLE = "__ASK_RETVAL"
VIRTUOSO_BNODE_PREFIX = "nodeID://"
MESSAGE_LIMIT = 300


def is_remote_store(value: str) -> bool:
    """True when a ``store`` setting names a remote SPARQL endpoint rather than a folder."""
    return value.strip().lower().startswith(STORE_SCHEMES)


@dataclass(frozen=True)
class StoreAddress:
    """A remote store: its SPARQL endpoint (plain http/https URL) and the graph cdkg lives in."""

    endpoint: str
    graph: str = DEFAULT_GRAPH


def parse_store_url(url: str, graph: str | None = None) -> StoreAddress:
    """The address named by ``sparql+http(s)://…`` (plain ``http(s)://`` is accepted too).

    Args:
        url: the store URL, optionally with ``?graph=IRI``.
        graph: a graph IRI that overrides the URL's.

    Raises:
        ConfigError: not an http(s) URL, or it carries credentials.
    """
    text = url.strip()
    if text.lower().startswith(STORE_SCHEMES):
        text = text[len("sparql+"):]
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ConfigError("the store must be a URL like sparql+http://HOST:PORT/sparql")
    if parts.username or parts.password:
        raise ConfigError("put the store's credentials in CDKG_STORE_USER / CDKG_STORE_PASSWORD (or CDKG_STORE_TOKEN), not in the URL")
    query = parse_qsl(parts.query, keep_blank_values=True)
    named = [value for key, value in query if key == "graph"]
    rest = urlencode([(key, value) for key, value in query if key != "graph"])
    endpoint = urlunsplit((parts.scheme, parts.netloc, parts.path or "/", rest, ""))
    return StoreAddress(endpoint, graph or (named[-1] if named else DEFAULT_GRAPH))


class BearerAuth(AuthBase):
    """``Authorization: Bearer TOKEN``."""

    def __init__(self, token: str) -> None:
        self.token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self.token}"
        return request

    def __repr__(self) -> str:
        return "BearerAuth(<hidden>)"


@dataclass(frozen=True)
class Credentials:
    """Credentials for the remote store; their repr never shows a secret."""

    user: str = ""
    password: str = field(default="", repr=False)
    token: str = field(default="", repr=False)
    scheme: str = "basic"

    def auth(self) -> AuthBase | None:
        """The requests auth object, or None without credentials."""
        if self.token:
            return BearerAuth(self.token)
        if not self.user:
            return None
        return HTTPDigestAuth(self.user, self.password) if self.scheme == "digest" else HTTPBasicAuth(self.user, self.password)

    def describe(self) -> str:
        """What is used, without secrets (for messages)."""
        if self.token:
            return "a bearer token (CDKG_STORE_TOKEN)"
        if self.user:
            return f"{self.scheme} authentication as {self.user!r} (CDKG_STORE_USER / CDKG_STORE_PASSWORD)"
        return "no credentials"


def credentials_from_environment(environ: Mapping[str, str] | None = None) -> Credentials:
    """Credentials from CDKG_STORE_USER, CDKG_STORE_PASSWORD, CDKG_STORE_AUTH and CDKG_STORE_TOKEN."""
    env = os.environ if environ is None else environ
    scheme = env.get("CDKG_STORE_AUTH", "basic").strip().lower() or "basic"
    if scheme not in ("basic", "digest"):
        raise ConfigError(f"CDKG_STORE_AUTH must be basic or digest, not {scheme!r}")
    return Credentials(env.get("CDKG_STORE_USER", ""), env.get("CDKG_STORE_PASSWORD", ""), env.get("CDKG_STORE_TOKEN", ""), scheme)


@dataclass(frozen=True)
class Answer:
    """A store's HTTP answer: status, media type, headers and body."""

    status: int
    media_type: str
    headers: Mapping[str, str]
    body: bytes


class StoreClient:
    """HTTP to a remote store with credentials, a total deadline per request, and clear errors."""

    def __init__(self, credentials: Credentials | None = None, timeout: float = 30.0) -> None:
        self.credentials = credentials or Credentials()
        self.timeout = timeout
        self.session = requests.Session()
        self.session.auth = self.credentials.auth()
        self.session.trust_env = False

    def send(self, method: str, url: str, **kwargs: Any) -> Answer:
        """Send a request and read the whole answer within ``timeout`` seconds.

        Raises:
            QueryTimeout: no complete answer in time.
            StoreError: the store cannot be reached, refuses the credentials or fails.
        """
        deadline = time.monotonic() + self.timeout
        try:
            with self.session.request(method, url, timeout=(CONNECT_TIMEOUT, self.timeout), stream=True, **kwargs) as response:
                body = read_before(response, deadline, self.timeout)
                answer = Answer(response.status_code, _media_type(response), response.headers.copy(), body)
        except requests.Timeout:
            raise QueryTimeout(f"the SPARQL store at {url} did not answer within {self.timeout:g} s") from None
        except requests.RequestException as error:
            raise StoreError(f"cannot reach the SPARQL store at {url} ({_reason(error)}): check that it is running and that the URL is right") from None
        return self.check(answer, url)

    def check(self, answer: Answer, url: str) -> Answer:
        """The answer if it is a success, else the matching cdkg error."""
        if answer.status < 300:
            return answer
        detail = first_line(answer.body)
        if answer.status in (401, 403):
            raise StoreError(self._refused(answer, url))
        if b"SECURITY" in answer.body:
            raise StoreError(f"the SPARQL store at {url} does not let this user do that: {detail} "
                             "(for writes to Virtuoso use /sparql-auth with CDKG_STORE_AUTH=digest)")
        if answer.status == 400:
            raise QueryError(f"the SPARQL store refused the request: {detail}")
        raise StoreError(f"the SPARQL store at {url} failed (HTTP {answer.status}): {detail}")

    def _refused(self, answer: Answer, url: str) -> str:
        challenge = answer.headers.get("WWW-Authenticate", "")
        message = f"the SPARQL store at {url} refused access (HTTP {answer.status}) with {self.credentials.describe()}"
        basic = self.credentials.user and self.credentials.scheme == "basic" and not self.credentials.token
        if basic and not challenge.lower().startswith("basic"):
            return message + "; if the store wants digest authentication (Virtuoso's /sparql-auth does), set CDKG_STORE_AUTH=digest"
        return message + "; check CDKG_STORE_USER / CDKG_STORE_PASSWORD or CDKG_STORE_TOKEN, and that the user may write"

    def close(self) -> None:
        """Close pooled connections."""
        self.session.close()


def read_before(response: requests.Response, deadline: float, timeout: float) -> bytes:
    """The response body, read in chunks; raises requests.Timeout past the deadline."""
    chunks: list[bytes] = []
    for chunk in response.iter_content(64 * 1024):
        chunks.append(chunk)
        if time.monotonic() > deadline:
            raise requests.Timeout(f"answer not complete within {timeout:g} s")
    return b"".join(chunks)


def _media_type(response: requests.Response) -> str:
    return response.headers.get("Content-Type", "").split(";")[0].strip().lower()


def _reason(error: requests.RequestException) -> str:
    text = str(error).lower()
    for marker, reason in (("refused", "connection refused"), ("name or service", "unknown host"),
                           ("certificate", "TLS certificate problem"), ("reset", "connection reset"),
                           ("aborted", "connection closed"), ("remotedisconnected", "connection closed")):
        if marker in text:
            return reason
    return type(error).__name__


def first_line(body: bytes) -> str:
    """The first non-empty line of an error body, shortened."""
    for line in body.decode("utf-8", errors="replace").splitlines():
        if line.strip():
            return line.strip()[:MESSAGE_LIMIT]
    return "(no message)"


def normalise_term(term: Mapping[str, str]) -> dict[str, str]:
    """One SPARQL JSON term as the embedded store writes it (``literal``, no xsd:string, real bnodes)."""
    kind, value = term.get("type", "literal"), term.get("value", "")
    if kind == "typed-literal":
        kind = "literal"
    if kind == "uri" and value.startswith(VIRTUOSO_BNODE_PREFIX):
        return {"type": "bnode", "value": value[len(VIRTUOSO_BNODE_PREFIX):]}
    if kind == "bnode":
        return {"type": "bnode", "value": value.removeprefix(VIRTUOSO_BNODE_PREFIX).removeprefix("_:")}
    result = {"type": kind, "value": value}
    if kind == "literal" and term.get("xml:lang"):
        result["xml:lang"] = term["xml:lang"]
    elif kind == "literal" and term.get("datatype", XSD_STRING) != XSD_STRING:
        result["datatype"] = term["datatype"]
    return result


def ask_answer(document: Mapping[str, Any]) -> bool:
    """The boolean of an ASK answer, standard or Virtuoso's one-row ``__ASK_RETVAL`` table."""
    if "boolean" in document:
        value = document["boolean"]
        return value if isinstance(value, bool) else str(value).lower() in ("true", "1")
    rows = document.get("results", {}).get("bindings", [])
    values = [term.get("value", "") for row in rows for term in row.values()]
    return any(value not in ("0", "false") for value in values) if values else False


def normalise_results(document: Mapping[str, Any], form: str) -> dict[str, Any]:
    """A SPARQL JSON results document in the embedded store's shape."""
    if form == "ASK":
        return {"head": {}, "boolean": ask_answer(document)}
    variables = list(document.get("head", {}).get("vars", []))
    rows = document.get("results", {}).get("bindings", [])
    bindings = [{name: normalise_term(term) for name, term in row.items() if name in variables} for row in rows]
    return {"head": {"vars": variables}, "results": {"bindings": bindings}}


def parse_results(answer: Answer, form: str) -> ox.QuerySolutions | ox.QueryBoolean:
    """Solutions or a boolean from a JSON results answer, normalised first."""
    try:
        document = json.loads(answer.body.decode("utf-8"))
        normalised = json.dumps(normalise_results(document, form), ensure_ascii=False).encode("utf-8")
        return ox.parse_query_results(normalised, format=ox.QueryResultsFormat.JSON)
    except (UnicodeDecodeError, ValueError, SyntaxError, AttributeError, TypeError) as error:
        raise StoreError(f"the SPARQL store answered with unreadable results ({answer.media_type or 'no type'}): {error}") from None


def parse_triples(answer: Answer) -> list[ox.Triple]:
    """The triples of a CONSTRUCT/DESCRIBE answer, in whatever RDF format the store chose."""
    fmt = ox.RdfFormat.from_media_type(answer.media_type) or ox.RdfFormat.TURTLE
    try:
        quads = ox.parse(answer.body, format=fmt)
        return [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    except (ValueError, SyntaxError) as error:
        raise StoreError(f"the SPARQL store answered with unreadable RDF ({answer.media_type or 'no type'}): {error}") from None


def _graph_values(graphs: Iterable[Any] | None) -> list[str]:
    return [getattr(graph, "value", str(graph)) for graph in graphs or ()]


class RemoteStore:
    """A remote SPARQL endpoint that answers like ``pyoxigraph.Store`` (queries only)."""

    def __init__(self, address: StoreAddress, credentials: Credentials | None = None, timeout: float = 30.0) -> None:
        self.address = address
        self.client = StoreClient(credentials, timeout)

    def query(self, query: str, *, default_graph: Iterable[Any] | None = None,
              named_graphs: Iterable[Any] | None = None, **_: Any) -> ox.QuerySolutions | ox.QueryBoolean | list[ox.Triple]:
        """Check the query (SERVICE/LOAD refused here, before anything is sent), then ask the store.

        Args:
            query: SPARQL text (SELECT, ASK, CONSTRUCT or DESCRIBE).
            default_graph: graph IRIs forming the default graph (default: the pushed graph).
            named_graphs: graph IRIs for ``GRAPH`` patterns.
        """
        form = check_query(query)
        check_syntax(query)
        defaults = _graph_values(default_graph) or [self.address.graph]
        data = [("query", query)] + [("default-graph-uri", g) for g in defaults]
        data += [("named-graph-uri", g) for g in _graph_values(named_graphs)]
        graph_form = form in ("CONSTRUCT", "DESCRIBE")
        headers = {"Accept": GRAPH_ACCEPT if graph_form else RESULTS_JSON}
        answer = self.client.send("POST", self.address.endpoint, data=data, headers=headers)
        refuse_partial(answer)
        return parse_triples(answer) if graph_form else parse_results(answer, form)

    def update(self, update: str) -> None:
        """Send a SPARQL update (used by ``cdkg push``; the web app never forwards updates)."""
        self.client.send("POST", self.address.endpoint, data={"update": update}, headers={"Accept": "*/*"})

    def count_triples(self, graph: str | None = None) -> int:
        """How many triples a graph of the store holds (default: the pushed graph)."""
        iri = ox.NamedNode(graph or self.address.graph)
        result = self.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", default_graph=[iri])
        rows = list(result)  # type: ignore[arg-type]
        return int(rows[0]["n"].value) if rows and rows[0]["n"] is not None else 0

    def close(self) -> None:
        """Close pooled connections."""
        self.client.close()


def check_syntax(query: str) -> None:
    """Parse the query with the embedded engine, so a malformed one fails here with a line and column.

    The query is prepared against an empty in-memory store: parsing is eager, evaluation lazy.
    """
    try:
        ox.Store().query(query)
    except SyntaxError as error:
        raise syntax_error(error, query) from None


def refuse_partial(answer: Answer) -> None:
    """Raise QueryTimeout for Virtuoso's partial 'anytime' answers, which must never pass as complete."""
    state = answer.headers.get("X-SQL-State", "")
    if state == "S1TAT":
        raise QueryTimeout("the SPARQL store stopped the query at its own time limit and sent a partial answer; narrow the query")


def open_remote_store(store: str, timeout: float = 30.0, environ: Mapping[str, str] | None = None) -> RemoteStore:
    """The RemoteStore for a ``store`` setting (``sparql+http://…``), credentials from the environment."""
    return RemoteStore(parse_store_url(store), credentials_from_environment(environ), timeout)
