"""`cdkg reason`: check the ontology with HermiT."""

from __future__ import annotations

from pathlib import Path

import click

from cdkg.cli import settings_of
from cdkg.ontology import load_ontology, reason as run_reasoner


@click.command()
@click.option("--ontology", type=click.Path(dir_okay=False, path_type=Path), help="Ontology file (default: ontology/cyberdiplomacy.ttl).")
@click.pass_context
def reason(ctx: click.Context, ontology: Path | None) -> None:
    """Check that the ontology is consistent and every class satisfiable (HermiT, needs Java).

    Exit 0 when it is, 1 when not.

    Example: cdkg reason
    """
    path = ontology or settings_of(ctx).path("ontology")
    result = run_reasoner(load_ontology(path))
    if not result.consistent:
        raise click.ClickException(f"{path}: the ontology is inconsistent")
    if result.unsatisfiable:
        raise click.ClickException(f"{path}: unsatisfiable classes: {', '.join(result.unsatisfiable)}")
    click.echo(f"{path}: consistent, every class satisfiable")
