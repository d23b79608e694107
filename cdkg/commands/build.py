"""`cdkg build`: extract facts from the sources, merge reference and curated data, gate, write the graph."""

from __future__ import annotations

from pathlib import Path

import click

from cdkg.build import build_graph
from cdkg.cli import settings_of
from cdkg.errors import ConfigError, ValidationFailed
from cdkg.validation import render_disagreements


@click.command()
@click.option("--sources", "sources_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of *.txt sources (default: data/sources).")
@click.option("--output", "output", type=click.Path(dir_okay=False, path_type=Path),
              help="The Turtle file to write (default: data/kg.ttl).")
@click.option("--max-source-mb", type=click.FloatRange(min=0.001), default=20.0, show_default=True,
              help="Refuse (with a warning) source files larger than this.")
@click.pass_context
def build(ctx: click.Context, sources_dir: Path | None, output: Path | None, max_source_mb: float) -> None:
    """Build the knowledge graph from the sources and write it atomically.

    Exit 0 when written, 1 when the graph fails the SHACL gate (the old file is kept),
    2 when it could not run. Unreadable sources are skipped with a warning.

    Example: cdkg build --sources data/sources --output data/kg.ttl
    """
    settings = settings_of(ctx, kg=output)  # --sources is not the project's setting: the build tells them apart
    if not settings.path("kg").parent.is_dir():
        raise ConfigError(f"{settings.path('kg')}: the folder {settings.path('kg').parent} does not exist")
    try:
        report = build_graph(settings, sources_dir or settings.path("sources"), settings.path("kg"), int(max_source_mb * 1e6))
    except ValidationFailed as failure:
        click.echo(failure.report, err=True)
        raise
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    if report.disagreements:
        click.echo(render_disagreements(report.disagreements), err=True)
    gate = "conforms to the shapes" if report.validated else "not validated (no shapes)"
    click.echo(f"wrote {report.output}: {report.triples} triples, {report.claims} claims from "
               f"{report.documents} document(s), {len(report.disagreements)} disagreement(s) between sources; {gate}")
