"""`cdkg diff`: the claims added, removed and changed between two builds."""

from __future__ import annotations

from pathlib import Path

import click

from cdkg.diff import diff_graphs


@click.command()
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Text for people (by state, then family, with quotes) or JSON for tools.")
@click.pass_context
def diff(ctx: click.Context, old: Path, new: Path, output_format: str) -> None:
    """Compare two graph files or two release folders, claim by claim.

    Claims are matched by what they are about (kind, parties or agreement), so a revised
    year, status or amount shows as a change. Exit 0 when nothing changed, 1 when
    something did, 2 when a graph could not be read.

    Example: cdkg diff releases/0.2.0+1a2b3c4d data/kg.ttl --format json
    """
    result = diff_graphs(old, new)
    click.echo(result.render_json() if output_format == "json" else result.render(), nl=output_format == "json")
    if result.changes:
        ctx.exit(1)
