"""`cdkg extract`: the extractor alone, on any text files, as TSV for reviewers or as Turtle."""

from __future__ import annotations

from pathlib import Path

import click

from cdkg.cli import settings_of
from cdkg.extract import extract_files


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["tsv", "turtle"]), default="tsv", show_default=True,
              help="TSV (one fact per line and supporting sentence) or Turtle (facts with evidence, no reference data).")
@click.pass_context
def extract(ctx: click.Context, files: tuple[Path, ...], output_format: str) -> None:
    """Extract facts from text files and print them.

    Unreadable files are reported on stderr and skipped; exit 2 if none could be read.

    Example: cdkg extract data/sources/000_773df411c0e8a915.txt --format tsv
    """
    settings = settings_of(ctx)
    output, warnings = extract_files(settings, list(files), output_format)
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(output, nl=False)
