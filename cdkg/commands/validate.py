"""`cdkg validate`: check a graph against the SHACL shapes."""

from __future__ import annotations

from pathlib import Path

import click

from cdkg.cli import settings_of
from cdkg.namespaces import bind_prefixes
from cdkg.validation import ValidationResult, render_json, validate_file


def _render(result: ValidationResult, output_format: str) -> str:
    if output_format == "json":
        return render_json(result)
    if output_format == "turtle":
        return bind_prefixes(result.report_graph).serialize(format="turtle")
    return result.report_text


@click.command()
@click.option("--data", "data_file", type=click.Path(dir_okay=False, path_type=Path),
              help="The graph to check (default: data/kg.ttl).")
@click.option("--shapes", "shapes_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of SHACL *.ttl files (default: shapes/).")
@click.option("--format", "output_format", type=click.Choice(["text", "turtle", "json"]), default="text",
              show_default=True, help="Report as text grouped by shape, as a SHACL report in Turtle, or as JSON.")
@click.pass_context
@click.option("--engine", type=click.Choice(["pyshacl", "fast"]), default="pyshacl", show_default=True,
              help="pyshacl (the reference) or fast (the build's gate: same results, several times quicker).")
def validate(ctx: click.Context, data_file: Path | None, shapes_dir: Path | None, output_format: str,
             engine: str) -> None:
    """Check a graph against the SHACL shapes and print the report.

    Exit 0 when the graph conforms (warnings allowed), 1 when it has violations,
    2 when it could not be checked (missing or unreadable file, not RDF, no shapes).

    Example: cdkg validate --data data/kg.ttl --format json
    """
    settings = settings_of(ctx, kg=data_file, shapes=shapes_dir)
    result = validate_file(settings.path("kg"), settings.path("shapes"), settings.path("ontology"), engine=engine)
    click.echo(_render(result, output_format), nl=output_format == "json")
    if not result.conforms:
        ctx.exit(1)
