"""`cdkg reference`: regenerate the generated part of the reference data (the states)."""

from __future__ import annotations

from pathlib import Path

import click

from cdkg.cli import settings_of
from cdkg.reference import STATE_NAMES_FILE, STATES_FILE, generate_states


@click.command()
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help=f"Turtle file to write (default: {STATES_FILE} in the reference folder, data/reference/).",
)
@click.option(
    "--names",
    type=click.Path(dir_okay=False, path_type=Path),
    help=f"The hand-curated names CSV (default: {STATE_NAMES_FILE} in the reference folder).",
)
@click.pass_context
def reference(ctx: click.Context, output: Path | None, names: Path | None) -> None:
    """Regenerate the states Turtle from pycountry and the curated state names CSV.

    The organisations, fora and regions (organisations.ttl) are hand-curated and left alone.

    Example: cdkg reference --output data/reference/states.ttl
    """
    settings = settings_of(ctx)
    folder = settings.path("reference")
    target = output or folder / STATES_FILE
    count = generate_states(names or folder / STATE_NAMES_FILE, target, settings.base_iri)
    click.echo(f"wrote {count} states to {target}")
