"""`cdkg eval`: precision, recall and F1 of the extractor against data/gold/."""

from __future__ import annotations

from pathlib import Path

import click

from cdkg.cli import settings_of
from cdkg.evaluation import evaluate as run_evaluation


@click.command(name="eval")
@click.option("--gold", "gold_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of gold *.tsv files (default: data/gold).")
@click.option("--sources", "sources_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of *.txt sources the gold facts describe (default: data/sources).")
@click.pass_context
def evaluate(ctx: click.Context, gold_dir: Path | None, sources_dir: Path | None) -> None:
    """Score the extractor against hand-checked facts: P, R and F1 per relation and overall.

    Also lists the gold facts it missed and the facts it found that are not in the gold data.

    Example: cdkg eval --gold data/gold
    """
    settings = settings_of(ctx, gold=gold_dir, sources=sources_dir)
    report = run_evaluation(settings, settings.path("gold"), settings.path("sources"))
    click.echo(report.render())
