"""The `cdkg` command line: a thin layer that parses flags and calls one library function per command.

Commands load lazily (spaCy, pySHACL and Flask are slow to import), and every
CdkgError becomes one line on stderr with its documented exit code:
0 success, 1 the data does not conform (validate, build's gate), 2 could not run.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import click

from cdkg import __version__
from cdkg.config import Settings, load_settings
from cdkg.errors import CdkgError

COMMANDS: dict[str, str] = {
    "build": "cdkg.commands.build:build",
    "extract": "cdkg.commands.extract:extract",
    "validate": "cdkg.commands.validate:validate",
    "eval": "cdkg.commands.evaluate:evaluate",
    "query": "cdkg.commands.query:query",
    "export": "cdkg.commands.export:export",
    "serve": "cdkg.commands.serve:serve",
    "push": "cdkg.commands.push:push",
    "reason": "cdkg.commands.reason:reason",
    "reference": "cdkg.commands.reference:reference",
    "release": "cdkg.commands.release:release",
    "diff": "cdkg.commands.diff:diff",
}


class CommandFailed(click.ClickException):
    """A CdkgError as click shows it: one line, the error's exit code."""

    def __init__(self, error: CdkgError) -> None:
        super().__init__(error.message)
        self.exit_code = error.exit_code


class LazyGroup(click.Group):
    """A group whose commands are imported only when used, and whose errors are one line."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        return getattr(importlib.import_module(module_name), attribute)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CdkgError as error:
            raise CommandFailed(error) from error
        except OSError as error:  # a file the library did not anticipate: still one line, exit 2
            where = f"{error.filename}: " if error.filename else ""
            raise CommandFailed(CdkgError(f"{where}{error.strerror or error}")) from error


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A TOML config file (default: ./cdkg.toml if present). CDKG_* variables override it.",
)
@click.version_option(__version__, prog_name="cdkg")
@click.pass_context
def cli(ctx: click.Context, config_file: Path | None) -> None:
    """cdkg: the Cyber Diplomacy Knowledge Graph.

    Turns country-profile prose into a SHACL-validated RDF graph and serves it over SPARQL.
    """
    try:
        ctx.obj = load_settings(config_file)
    except CdkgError as error:
        raise CommandFailed(error) from error


def settings_of(ctx: click.Context, **flags: Any) -> Settings:
    """The command's settings: the group's, overridden by the flags given."""
    settings: Settings = ctx.find_object(Settings) or load_settings()
    return settings.replace(**flags)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="cdkg")
