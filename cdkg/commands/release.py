"""`cdkg release`: the graph's dumps, tables, description and checksums in one folder per version."""

from __future__ import annotations

from pathlib import Path

import click

from cdkg.cli import settings_of
from cdkg.release import DEFAULT_DOWNLOAD_BASE, make_release


@click.command()
@click.option("--output", "output", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="The folder that holds one sub-folder per release version.")
@click.option("--kg", type=click.Path(dir_okay=False, path_type=Path), help="Graph file (default data/kg.ttl).")
@click.option("--version", "version", help="The release's version (default: cdkg's version + 8 hex of the graph's SHA-256).")
@click.option("--download-base", default=DEFAULT_DOWNLOAD_BASE, show_default=True,
              help="Where releases are published; the VoID dumps are <base><version>/<file>.")
@click.option("--force", is_flag=True, help="Replace a folder of the same version that holds other files.")
@click.pass_context
def release(ctx: click.Context, output: Path, kg: Path | None, version: str | None, download_base: str, force: bool) -> None:
    """Write a release: Turtle, gzipped N-Triples and JSON-LD dumps, one CSV per catalogue question,
    the VoID/DCAT description, the ontology and its JSON-LD context, and SHA256SUMS.

    The same graph gives byte-identical files; verify a copy with `sha256sum -c SHA256SUMS`.

    Example: cdkg release --output releases
    """
    output.mkdir(parents=True, exist_ok=True)
    report = make_release(settings_of(ctx, kg=kg), output, version, download_base, force)
    click.echo(report.summary())
