"""Shared by the Virtuoso tests: a real Virtuoso per test module, and a counting, breakable proxy."""

from __future__ import annotations

import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

import pytest
import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))  # the throwaway Virtuoso lives with the benchmark

from virtuoso import VirtuosoConfig, VirtuosoServer, find_virtuoso, running_virtuoso  # noqa: E402

HOP_HEADERS = {"host", "content-length", "transfer-encoding", "connection", "keep-alive"}

needs_virtuoso = pytest.mark.skipif(
    find_virtuoso() is None,
    reason="virtuoso-t is not installed (Debian: apt-get install virtuoso-opensource-7-bin, or scripts/install-system-deps.sh test)",
)


class Proxy:
    """A reverse proxy to the store that counts requests, records their bodies, and can fail or stall."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.requests: list[tuple[str, bytes, dict[str, str]]] = []
        self.fail_after: int | None = None
        self.delay = 0.0
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                return

            def _forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                proxy.requests.append((self.path, body, dict(self.headers)))
                if proxy.fail_after is not None and len(proxy.requests) > proxy.fail_after:
                    self.send_error(503, "store went away")
                    return
                if proxy.delay:
                    threading.Event().wait(proxy.delay)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_HEADERS}
                answer = requests.request(self.command, proxy.target + self.path, data=body, headers=headers, timeout=60)
                self.send_response(answer.status_code)
                for key, value in answer.headers.items():
                    if key.lower() not in HOP_HEADERS | {"content-encoding"}:
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

            do_GET = do_POST = do_PUT = _forward

        return Handler

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="session")
def virtuoso() -> Iterator[VirtuosoServer]:
    """A real Virtuoso 7 on loopback with a random dba password, in a temporary folder."""
    if find_virtuoso() is None:
        pytest.skip("virtuoso-t is not installed (Debian: apt-get install virtuoso-opensource-7-bin)")
    with running_virtuoso(config=VirtuosoConfig(buffers=20_000, threads=4)) as server:
        yield server


@pytest.fixture()
def proxy(virtuoso: VirtuosoServer) -> Iterator[Proxy]:
    """A fresh proxy in front of the Virtuoso."""
    front = Proxy(virtuoso.base_url)
    yield front
    front.close()


def canonical_term(term: object) -> object:
    """A term compared by value: integer subtypes as integers, decimals canonical, xsd:string plain.

    Oxigraph stores xsd:nonNegativeInteger as xsd:integer and writes decimals canonically;
    Virtuoso keeps the declared type: the same value either way.
    """
    from decimal import Decimal

    from rdflib import XSD, Literal

    if not isinstance(term, Literal) or term.language:
        return term
    kind = str(term.datatype or XSD.string)
    if kind.startswith(str(XSD)) and kind.endswith(("integer", "Integer", "#int", "#long", "#short", "#byte")):
        return Literal(str(int(str(term))), datatype=XSD.integer)
    if kind == str(XSD.decimal):
        return Literal(format(Decimal(str(term)).normalize(), "f"), datatype=XSD.decimal)
    if kind == str(XSD.string):
        return Literal(str(term))
    return term


def canonical_graph(graph: "Graph") -> "Graph":  # noqa: F821
    """The graph with every literal in canonical_term form."""
    from rdflib import Graph

    result = Graph()
    for s, p, o in graph:
        result.add((s, p, canonical_term(o)))
    return result
