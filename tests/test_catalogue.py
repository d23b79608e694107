"""The catalogue: every question is documented and answers on the sample graph and on the built graph."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from cdkg.catalogue import load_catalogue
from cdkg.cli import cli
from cdkg.config import Settings
from cdkg.query_runner import run_cli_query

ROOT = Path(__file__).parents[1]
SAMPLE = ROOT / "tests" / "data" / "server" / "sample-kg.ttl"
CONTRACT = {
    "states-with-nato-cyber-mous": ("state", "stateLabel", "year", "evidence"),
    "cyber-mous": ("party", "partyLabel", "counterpart", "counterpartLabel", "year", "status"),
    "memberships": ("member", "memberLabel", "organisation", "organisationLabel", "year"),
    "strategies-and-laws": ("actor", "actorLabel", "document", "documentLabel", "year", "status"),
    "capacity-building-programmes": ("programme", "programmeLabel", "funder", "funderLabel", "amount", "currency", "regionLabel"),
    "national-agencies": ("state", "stateLabel", "agency", "agencyLabel"),
}


def test_contract_queries_have_exactly_their_variables() -> None:
    catalogue = load_catalogue()
    assert {name: catalogue.get(name).variables for name in CONTRACT} == CONTRACT
    assert all(entry.title and entry.description for entry in catalogue)
    assert len(catalogue) >= 12


def nato_rows(kg: Path) -> set[tuple[str, str]]:
    text = run_cli_query(Settings(kg=kg), name="states-with-nato-cyber-mous", fmt="csv")
    rows = [line.split(",") for line in text.splitlines()[1:]]
    assert all(row[3].startswith("https://w3id.org/cdkg/id/evidence/") for row in rows)
    return {(row[1], row[2]) for row in rows}


def test_nato_question_on_the_sample_graph() -> None:
    assert nato_rows(SAMPLE) == {("Albania", "2013"), ("North Macedonia", "2021")}


def test_nato_question_on_the_built_graph(built_kg: Path) -> None:
    assert nato_rows(built_kg) == {("Albania", "2013"), ("North Macedonia", "2021")}


def test_every_question_runs_on_the_sample_graph() -> None:
    for entry in load_catalogue():
        assert run_cli_query(Settings(kg=SAMPLE), name=entry.name, fmt="json").startswith("{")


def test_query_and_export_commands() -> None:
    runner = CliRunner()
    table = runner.invoke(cli, ["query", "--kg", str(SAMPLE), "--name", "national-agencies"])
    assert table.exit_code == 0 and "agencyLabel" in table.output and "(3 rows)" in table.output
    refused = runner.invoke(cli, ["query", "--kg", str(SAMPLE), "SELECT * WHERE { SERVICE <http://x/> {} }"])
    assert refused.exit_code == 2 and "SERVICE" in refused.output
    exported = runner.invoke(cli, ["export", "--kg", str(SAMPLE), "--format", "jsonld"])
    assert exported.exit_code == 0 and exported.output.lstrip().startswith(("[", "{"))
