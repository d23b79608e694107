"""A bounded fuzz of the live server: mutated queries and paths, fixed seed, loopback only.

Every answer must be a deliberate one: no 5xx other than 503 (a limit reached), no traceback
text, and no absolute path of the machine in the body or headers.
"""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path
from urllib.parse import quote

import pytest
import requests

from cdkg.catalogue import load_catalogue
from live_server import start_server

SEED = 15
QUERIES = 240
PATHS = 120
UPDATES = 30
TOKEN = "fuzz-token"
DATA = Path(__file__).parent / "data" / "server"
PIECES = ["{", "}", "(", ")", "[", "]", "?x", "$y", "<urn:a>", "<", ">", '"', "'", '"""', "\\u0053", "\\", "#",
          "SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "WHERE", "FILTER", "BIND", "GRAPH", "SERVICE", "LOAD", "INSERT",
          "DELETE", "DROP ALL", "CONCAT(?a,?a)", "REGEX(?x, \"(a+)+$\")", "LIMIT", "-1", "99999999999999999999",
          "OFFSET", "ORDER BY", "GROUP BY", "COUNT(*)", "@en", "^^", "_:b", "a", ".", ";", ",", "|", "/", "*", "+",
          "\x00", "\u202e", "\ud7ff", "é", "💥", "\n", " ", "PREFIX p: <http://x/>", "p:", ":", "VALUES", "UNDEF",
          "ex:service", "SeRvIcE", "1e400", "STRLEN", "REPLACE(?x,'','')", "{" * 300, "}" * 300]
PATH_PIECES = ["/sparql", "/data", "/queries", "/queries/", "/id/", "/ontology", "/search", "/static/", "/update",
               "..", "%2e%2e", "%00", "%ff", "/", "?", "&", "=", "format=", "default", "graph=", "query=", "q=",
               "text", "network.svg", "state/albania", "x>", "<", '"', "'", "%0a", "%3E", "\\", "~", ".owl", ".ttl",
               "default-graph-uri=", "named-graph-uri=", "javascript:", "%", "#", "a" * 50]
ROOT_MARKERS = ("/work/", "/tmp/", "/usr/", "/home/", "/root/", "/opt/", "site-packages")


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("fuzz")
    shutil.copy(DATA / "sample-kg.ttl", folder / "kg.ttl")
    environment = {"CDKG_UPDATE_TOKEN": TOKEN, "CDKG_CURATED": str(folder / "curated.ttl"),
                   "CDKG_MAX_QUERY_MB": "256", "CDKG_MAX_RESPONSE_MB": "4", "CDKG_THREADS": "2"}
    server = start_server(folder, ["--kg", str(folder / "kg.ttl"), "--timeout", "2", "--workers", "1"], environment)
    try:
        yield server.url
    finally:
        server.stop()


def mutate(text: str, rng: random.Random) -> str:
    """The text with a few random cuts, repeats and insertions of SPARQL-ish pieces."""
    for _ in range(rng.randint(1, 6)):
        at = rng.randrange(len(text) + 1)
        choice = rng.random()
        if choice < 0.4:
            text = text[:at] + rng.choice(PIECES) + text[at:]
        elif choice < 0.6:
            text = text[:at] + text[at + rng.randint(1, 20):]
        elif choice < 0.8:
            end = min(len(text), at + rng.randint(1, 30))
            text = text[:end] + text[at:end] * rng.randint(1, 3) + text[end:]
        else:
            text = text[:at] + chr(rng.randint(0, 0x2FFF)) + text[at:]
    return text


def fuzzed_queries(rng: random.Random) -> list[str]:
    seeds = [entry.text for entry in load_catalogue()] + ["ASK { ?s ?p ?o }", "SELECT * WHERE { ?s ?p ?o } LIMIT 5",
                                                           "DESCRIBE <https://w3id.org/cdkg/id/state/albania>"]
    return [mutate(rng.choice(seeds), rng) for _ in range(QUERIES)]


def fuzzed_paths(rng: random.Random) -> list[str]:
    paths = []
    for _ in range(PATHS):
        raw = "".join(rng.choice(PATH_PIECES) for _ in range(rng.randint(1, 6)))
        paths.append("/" + quote(raw.lstrip("/"), safe="/?&=%~.:"))
    return paths


def check(response: requests.Response, what: str) -> None:
    text = response.text + " ".join(f"{k}: {v}" for k, v in response.headers.items())
    assert response.status_code < 500 or response.status_code == 503, f"{response.status_code} for {what!r}"
    assert "Traceback" not in text and 'File "' not in text, what
    assert not any(marker in text for marker in ROOT_MARKERS), f"a path leaked for {what!r}"


def test_mutated_queries_get_deliberate_answers(url: str) -> None:
    rng = random.Random(SEED)
    for number, query in enumerate(fuzzed_queries(rng)):
        accept = rng.choice(["application/sparql-results+json", "text/csv", "text/turtle", "application/rdf+xml",
                             "image/png", "*/*", ""])
        if number % 3 == 0:
            response = requests.get(url + "/sparql", params={"query": query[:3000]}, headers={"Accept": accept}, timeout=15)
        elif number % 3 == 1:
            response = requests.post(url + "/sparql", data={"query": query}, headers={"Accept": accept}, timeout=15)
        else:
            response = requests.post(url + "/sparql", data=query.encode("utf-8", "surrogatepass"), timeout=15,
                                     headers={"Content-Type": "application/sparql-query", "Accept": accept})
        check(response, query)


def test_mutated_paths_get_deliberate_answers(url: str) -> None:
    rng = random.Random(SEED + 1)
    for path in fuzzed_paths(rng):
        method = rng.choice(["GET", "GET", "HEAD", "POST", "OPTIONS", "PUT"])
        check(requests.request(method, url + path, timeout=15), f"{method} {path}")


def test_mutated_updates_get_deliberate_answers(url: str) -> None:
    rng = random.Random(SEED + 2)
    seeds = ['INSERT DATA { <https://w3id.org/cdkg/id/state/albania> <http://www.w3.org/2000/01/rdf-schema#comment> "c" }',
             "DELETE WHERE { <urn:a> ?p ?o }", "DROP ALL", "CLEAR DEFAULT"]
    headers = {"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"}
    for _ in range(UPDATES):
        text = mutate(rng.choice(seeds), rng)
        response = requests.post(url + "/update", data=text.encode("utf-8", "surrogatepass"), headers=headers, timeout=20)
        check(response, text)
        assert response.status_code != 200 or requests.get(url + "/sparql", params={"query": "ASK { ?s ?p ?o }"},
                                                            timeout=15).json()["boolean"], f"emptied by {text!r}"


def test_the_fuzz_is_fixed_by_its_seed() -> None:
    assert fuzzed_queries(random.Random(SEED)) == fuzzed_queries(random.Random(SEED))
    assert len(fuzzed_paths(random.Random(SEED))) == PATHS and re.match(r"^/", fuzzed_paths(random.Random(1))[0])
