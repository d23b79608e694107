"""`cdkg export`: the graph as Turtle, N-Triples, JSON-LD or RDF/XML."""

from __future__ import annotations

from pathlib import Path

import click

from cdkg.cli import settings_of
from cdkg.export import export_graph
from cdkg.sparql import GRAPH_FORMATS


@click.command()
@click.option("--format", "fmt", type=click.Choice(list(GRAPH_FORMATS)), default="turtle", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: standard output).")
@click.option("--kg", type=click.Path(dir_okay=False, path_type=Path), help="Graph file (default data/kg.ttl).")
@click.option("--store", type=click.Path(file_okay=False, path_type=Path), help="On-disk Oxigraph store folder instead of the graph file.")
@click.pass_context
def export(ctx: click.Context, fmt: str, output: Path | None, kg: Path | None, store: Path | None) -> None:
    """Write the graph in another RDF format.

    Example: cdkg export --format jsonld -o kg.jsonld
    """
    settings = settings_of(ctx, kg=kg, store=str(store) if store else None)
    body = export_graph(settings, fmt, output)
    if output is None:
        click.echo(body.decode("utf-8"), nl=False)
    else:
        click.echo(f"wrote {output} ({len(body)} bytes, {fmt})", err=True)
