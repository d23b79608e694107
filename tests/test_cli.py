"""The CLI as a user meets it: every command has help, errors are one line with a documented exit code."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from cdkg.cli import COMMANDS, cli


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_help_lists_every_command(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert name in result.output


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_with_an_example(runner: CliRunner, name: str) -> None:
    result = runner.invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output or "example" in result.output


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0 and "cdkg" in result.output


def test_bad_config_file_is_one_line_and_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    config = tmp_path / "cdkg.toml"
    config.write_text("port = = 1\n")
    result = runner.invoke(cli, ["--config", str(config), "reason"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_unreadable_ontology_is_exit_2_naming_the_file(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "not-an-ontology.ttl"
    bad.write_bytes(b"\x00\x01binary")
    result = runner.invoke(cli, ["reason", "--ontology", str(bad)])
    assert result.exit_code == 2
    assert "not-an-ontology.ttl" in result.output
    assert "Traceback" not in result.output


@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")
def test_reason_reports_the_shipped_ontology_consistent(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["reason"])
    assert result.exit_code == 0, result.output
    assert "consistent" in result.output
