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


# A newcomer's mistakes (issue 15): one line, exit 2, nothing created, nothing regenerated.


def one_clean_line(result) -> str:  # type: ignore[no-untyped-def]
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) <= 3
    return result.output


def test_export_into_a_missing_folder_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    kg = Path(__file__).parent / "data" / "server" / "sample-kg.ttl"
    output = one_clean_line(runner.invoke(cli, ["export", "--kg", str(kg), "-o", str(tmp_path / "missing" / "kg.ttl")]))
    assert "does not exist" in output and not (tmp_path / "missing").exists()


def test_build_into_a_missing_folder_creates_nothing(runner: CliRunner, tmp_path: Path) -> None:
    output = one_clean_line(runner.invoke(cli, ["build", "--output", str(tmp_path / "no" / "such" / "kg.ttl")]))
    assert "does not exist" in output and not (tmp_path / "no").exists()


@pytest.mark.parametrize("port", ["70000", "0", "-1", "http"])
def test_serve_on_an_impossible_port_is_a_usage_error(runner: CliRunner, port: str) -> None:
    result = runner.invoke(cli, ["serve", "--port", port])
    assert result.exit_code == 2 and "Traceback" not in result.output and "--port" in result.output


def test_serve_on_a_port_in_use_is_one_line_exit_2(tmp_path: Path) -> None:
    import socket
    import subprocess
    import sys

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        kg = Path(__file__).parent / "data" / "server" / "sample-kg.ttl"
        done = subprocess.run([sys.executable, "-m", "cdkg", "serve", "--kg", str(kg), "--port", str(port)],
                              capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1 and "in use" in done.stderr


def test_serve_a_mistyped_graph_file_is_an_error_not_a_new_graph(runner: CliRunner, tmp_path: Path) -> None:
    output = one_clean_line(runner.invoke(cli, ["serve", "--kg", str(tmp_path / "typo.ttl")]))
    assert "typo.ttl" in output and not (tmp_path / "typo.ttl").exists()


def test_a_token_on_the_command_line_is_refused(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["serve", "--update-token", "s3cret"])
    assert result.exit_code == 2 and "CDKG_UPDATE_TOKEN" in result.output and "ps" in result.output


def test_the_token_file_gives_the_token(tmp_path: Path) -> None:
    from cdkg.config import Settings
    from cdkg.errors import ConfigError

    token_file = tmp_path / "token"
    token_file.write_text("from-a-file\n")
    assert Settings(update_token_file=str(token_file)).token() == "from-a-file"
    with pytest.raises(ConfigError, match="missing"):
        Settings(update_token_file=str(tmp_path / "missing")).token()


def test_validate_gives_the_whole_parser_reason(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b "unterminated .\n')
    output = one_clean_line(runner.invoke(cli, ["validate", "--data", str(bad)]))
    assert "line 3" in output and "newline found in string literal" in output


def test_a_misspelt_keyword_is_named_not_answered_expected_construct(runner: CliRunner) -> None:
    kg = Path(__file__).parent / "data" / "server" / "sample-kg.ttl"
    output = one_clean_line(runner.invoke(cli, ["query", "--kg", str(kg), "SELEC ?s WHERE { ?s ?p ?o }"]))
    assert "'SELEC' is not a SPARQL keyword" in output and "CONSTRUCT" in output and "expected CONSTRUCT" not in output


def test_validation_module_help_writes_nothing(tmp_path: Path) -> None:
    import subprocess
    import sys

    shapes = Path(__file__).parents[1] / "shapes" / "currencies.ttl"
    before = shapes.stat().st_mtime_ns
    done = subprocess.run([sys.executable, "-m", "cdkg.validation", "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "usage" in done.stdout and shapes.stat().st_mtime_ns == before


def test_building_another_folder_does_not_warn_about_the_projects_retractions(runner: CliRunner, tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "profile.txt").write_text("Freedonia signed a memorandum of understanding on cyber security "
                                         "with Sylvania in 2019.\n", encoding="utf-8")
    result = runner.invoke(cli, ["build", "--sources", str(sources), "--output", str(tmp_path / "kg.ttl")])
    assert result.exit_code == 0, result.output
    assert "retraction of" not in result.output
