"""`cdkg query`: run a catalogue question or any SPARQL query against the graph."""

from __future__ import annotations

from pathlib import Path

import click

from cdkg.cli import settings_of
from cdkg.query_runner import run_cli_query

FORMATS = ["table", "json", "csv", "tsv", "xml", "turtle", "ntriples", "jsonld", "rdfxml"]


def _print_list() -> None:
    from cdkg.catalogue import load_catalogue

    for entry in load_catalogue():
        click.echo(f"{entry.name:32} {entry.title}")


@click.command()
@click.argument("sparql", required=False)
@click.option("--name", help="A catalogue question (see --list).")
@click.option("--list", "list_", is_flag=True, help="List the catalogue questions.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--kg", type=click.Path(dir_okay=False, path_type=Path), help="Graph file (default data/kg.ttl).")
@click.option("--store", type=str, help="On-disk Oxigraph store folder, or a remote store sparql+http://HOST:PORT/PATH.")
@click.pass_context
def query(ctx: click.Context, sparql: str | None, name: str | None, list_: bool, fmt: str, kg: Path | None, store: str | None) -> None:
    """Run a catalogue question (--name) or a SPARQL query given as the argument.

    Examples: cdkg query --name states-with-nato-cyber-mous;
    cdkg query --format csv 'SELECT ?s WHERE { ?s a <https://w3id.org/cdkg/ontology#State> }'
    """
    if list_:
        _print_list()
        return
    if bool(sparql) == bool(name):
        raise click.UsageError("give either a SPARQL query or --name NAME (or --list)")
    settings = settings_of(ctx, kg=kg, store=store or None)
    click.echo(run_cli_query(settings, sparql=sparql, name=name, fmt=fmt), nl=False)


