"""`cdkg eval`: precision, recall and F1 of the extractor against data/gold/, or against a corpus folder."""

from __future__ import annotations

import json
from pathlib import Path

import click

from cdkg.cli import settings_of
from cdkg.evaluation import evaluate as run_evaluation
from cdkg.evaluation import evaluate_corpus


@click.command(name="eval")
@click.option("--gold", "gold_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of gold *.tsv files (default: data/gold).")
@click.option("--sources", "sources_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of *.txt sources the gold facts describe (default: data/sources).")
@click.option("--corpus", "corpus_dir", type=click.Path(file_okay=False, path_type=Path),
              help="A corpus folder of <name>.txt, <name>.gold.tsv and <name>.traps.tsv: scored by family.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="With --corpus: a table with every miss and spurious fact, or the same as JSON.")
@click.option("--summary", is_flag=True, help="With --corpus: the figures alone (no facts, no sentences).")
@click.option("--by-profile", is_flag=True,
              help="With --corpus: also each profile's overall figures and traps sprung (figures only).")
@click.option("--reader", type=click.Choice(["rules", "rules+model"]), default=None,
              help="The rules alone, or the rules and the learned reader (default: the 'reader' setting, 'rules').")
@click.pass_context
def evaluate(ctx: click.Context, gold_dir: Path | None, sources_dir: Path | None, corpus_dir: Path | None,
             output_format: str, summary: bool, by_profile: bool, reader: str | None) -> None:
    """Score the extractor against hand-checked facts: P, R and F1 per relation (or family) and overall.

    Also lists the gold facts it missed and the facts it found that are not in the gold data.

    Examples: cdkg eval --gold data/gold; cdkg eval --corpus ../shared/corpus/dev --summary;
    cdkg eval --corpus ../shared/corpus/test --summary --by-profile
    """
    settings = settings_of(ctx, gold=gold_dir, sources=sources_dir, reader=reader)
    if corpus_dir is not None:
        report = evaluate_corpus(settings, corpus_dir)
        if output_format == "json":
            data = report.to_json(by_profile=by_profile)
            if summary:
                data = {k: v for k, v in data.items() if k not in ("sprung", "missed", "spurious")}
            click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        else:
            click.echo(report.render(summary=summary, by_profile=by_profile))
        return
    report = run_evaluation(settings, settings.path("gold"), settings.path("sources"))
    click.echo(report.render())
