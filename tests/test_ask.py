"""cdkg.ask: catalogue questions and SELECT queries as rows of plain values, and as DataFrames."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

import cdkg
from cdkg.ask import plain_value
from cdkg.errors import QueryError

INVENTED = """
@prefix cdo: <https://w3id.org/cdkg/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://example.org/ruritania> a cdo:State ; rdfs:label "Ruritania"@en ; cdo:unMember true .
<https://example.org/claim/1> cdo:claimSubject <https://example.org/ruritania> ;
    cdo:year "2019"^^xsd:gYear ; cdo:confidence 0.75 .
"""


def invented_store() -> ox.Store:
    store = ox.Store()
    store.load(INVENTED.encode(), format=ox.RdfFormat.TURTLE)
    return store


def test_catalogue_question_gives_albania_2013_and_north_macedonia_2021(built_kg: Path) -> None:
    rows = cdkg.ask("states-with-nato-cyber-mous", kg=built_kg)
    assert [(r["stateLabel"], r["year"]) for r in rows] == [("Albania", 2013), ("North Macedonia", 2021)]
    assert rows[0]["state"] == "https://w3id.org/cdkg/id/state/albania"


def test_values_are_plain_python() -> None:
    rows = cdkg.ask("""PREFIX cdo: <https://w3id.org/cdkg/ontology#>
        SELECT ?claim ?year ?confidence ?member ?missing WHERE {
          ?claim cdo:year ?year ; cdo:confidence ?confidence .
          ?state cdo:unMember ?member OPTIONAL { ?claim cdo:nothing ?missing } }""", store=invented_store())
    assert rows == [{"claim": "https://example.org/claim/1", "year": 2019, "confidence": 0.75, "member": True,
                     "missing": None}]


def test_plain_value_of_dates_and_unknown_datatypes() -> None:
    xsd = "http://www.w3.org/2001/XMLSchema#"
    assert plain_value(ox.Literal("2021-12-01", datatype=ox.NamedNode(xsd + "date"))) == dt.date(2021, 12, 1)
    assert plain_value(ox.Literal("2016-05")) == "2016-05"
    assert plain_value(ox.Literal("x", language="en")) == "x"
    assert plain_value(ox.Literal("not a number", datatype=ox.NamedNode(xsd + "integer"))) == "not a number"


def test_cited_rows_carry_quote_source_and_address(built_kg: Path) -> None:
    rows = cdkg.ask("states-with-nato-cyber-mous", kg=built_kg, cite_evidence=True)
    albania = rows[0]
    assert "Albania" in albania["quote"] and "2013" in albania["quote"]
    assert albania["source"].startswith("Country profiles")
    assert albania["sourceUrl"].startswith("https://")


def test_only_select_queries_make_tables() -> None:
    with pytest.raises(QueryError):
        cdkg.ask("ASK { ?s ?p ?o }", store=invented_store())
    with pytest.raises(QueryError):
        cdkg.ask("no-such-question", store=invented_store())


def test_as_frame_gives_a_dataframe_with_the_query_columns(built_kg: Path) -> None:
    pytest.importorskip("pandas")
    frame = cdkg.ask("states-with-nato-cyber-mous", kg=built_kg, as_frame=True)
    assert list(frame.columns) == ["state", "stateLabel", "year", "evidence"]
    assert frame["year"].tolist() == [2013, 2021]
    empty = cdkg.ask_frame("SELECT ?x WHERE { ?x a <https://example.org/Nothing> }", store=invented_store())
    assert list(empty.columns) == ["x"] and len(empty) == 0


def test_import_cdkg_stays_light() -> None:
    """`cdkg.ask` is exported from the package without making every `cdkg` command import rdflib."""
    code = "import sys, cdkg; print(callable(cdkg.ask), 'rdflib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert result.stdout.split() == ["True", "False"]
