"""`cdkg build`: extract facts from the sources, merge reference and curated data, gate, write the graph."""

from __future__ import annotations

from pathlib import Path

import click

from cdkg.build import build_graph
from cdkg.cli import settings_of
from cdkg.errors import ConfigError, ValidationFailed

UNMATCHED_RETRACTION = "matched nothing; the fact may have changed"


def _warnings(warnings: list[str], own_sources: bool) -> list[str]:
    """The build's warnings; for sources other than the project's, the project's retractions that
    found nothing to retract (they were written for its own sources) become one note."""
    if own_sources:
        return [f"warning: {w}" for w in warnings]
    unmatched = [w for w in warnings if w.endswith(UNMATCHED_RETRACTION)]
    kept = [f"warning: {w}" for w in warnings if w not in unmatched]
    if unmatched:
        kept.append(f"note: {len(unmatched)} of the project's curated retractions matched nothing in these sources")
    return kept


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
    settings = settings_of(ctx, sources=sources_dir, kg=output)
    if not settings.path("kg").parent.is_dir():
        raise ConfigError(f"{settings.path('kg')}: the folder {settings.path('kg').parent} does not exist")
    try:
        report = build_graph(settings, settings.path("sources"), settings.path("kg"), int(max_source_mb * 1e6))
    except ValidationFailed as failure:
        click.echo(failure.report, err=True)
        raise
    own_sources = sources_dir is None or sources_dir.resolve() == settings_of(ctx).path("sources").resolve()
    for line in _warnings(report.warnings, own_sources):
        click.echo(line, err=True)
    gate = "conforms to the shapes" if report.validated else "not validated (no shapes)"
    click.echo(f"wrote {report.output}: {report.triples} triples, {report.facts} facts from "
               f"{report.documents} document(s); {gate}")
