"""SERVICE and LOAD are refused on the query's tokens, whatever the spelling; harmless look-alikes pass."""

from __future__ import annotations

import pytest

from cdkg.errors import QueryError
from cdkg.sparql import check_query, check_update

REFUSED = [
    "SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }",
    "select * where { service <http://x/> { ?s ?p ?o } }",
    "SELECT * WHERE { SeRvIcE SILENT <http://x/> { ?s ?p ?o } }",
    "SELECT * WHERE { # comment\n SERVICE <http://x/> {} }",
    "PREFIX : <http://x/> SELECT * WHERE { SERVICE:x {} }",
    "PREFIX ex: <http://x/> SELECT * WHERE { SERVICEex:x {} }",
    "SELECT * WHERE { ?s ?p trueSERVICE <http://x/> {} }",
    "SELECT * WHERE { ?s ?p 1SERVICE <http://x/> {} }",
    "SELECT * WHERE { ?s ?p ?o }SERVICE<http://x/>{}",
    "SELECT * WHERE { \\u0053ERVICE <http://x/> {} }",
]
ALLOWED = [
    "SELECT * WHERE { <http://example.org/service> ?p ?o }",
    "PREFIX ex: <http://example.org/> SELECT * WHERE { ?s ex:service ?o . ?s ex:loadFactor ?l }",
    "SELECT ?service WHERE { ?service ?p 'SERVICE <http://x/> {}' }",
    "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://x/> in a comment",
    'SELECT * WHERE { ?s ?p """a long\nSERVICE string""" }',
]


@pytest.mark.parametrize("query", REFUSED)
def test_service_is_refused(query: str) -> None:
    with pytest.raises(QueryError) as caught:
        check_query(query)
    assert "SERVICE" in caught.value.message and caught.value.line >= 1


@pytest.mark.parametrize("query", ALLOWED)
def test_lookalikes_pass(query: str) -> None:
    assert check_query(query) == "SELECT"


@pytest.mark.parametrize("update", ["LOAD <http://x/>", "load silent <http://x/> INTO GRAPH <http://g>",
                                    "INSERT { ?s ?p ?o } WHERE { SERVICE <http://x/> { ?s ?p ?o } }"])
def test_update_refuses_load_and_service(update: str) -> None:
    with pytest.raises(QueryError):
        check_update(update)
