"""Settings: defaults, then a config file, then CDKG_* variables, then flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdkg.config import Settings, load_settings
from cdkg.errors import ConfigError


def test_defaults_point_into_the_project() -> None:
    settings = load_settings(environ={})
    assert settings.path("kg") == settings.root / "data" / "kg.ttl"
    assert settings.path("ontology").is_file()


def test_later_sources_win(tmp_path: Path) -> None:
    config = tmp_path / "cdkg.toml"
    config.write_text('[cdkg]\nport = 9001\ntimeout = 5\nbase_iri = "https://example.org/id/"\n')
    settings = load_settings(config, environ={"CDKG_PORT": "9002"}, timeout=None, workers=7)
    assert settings.base_iri == "https://example.org/id/"  # from the file
    assert settings.port == 9002  # the variable beats the file
    assert settings.timeout == 5.0  # a flag left unset (None) changes nothing
    assert settings.workers == 7  # a flag beats everything


def test_unknown_setting_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "cdkg.toml"
    config.write_text("prot = 1\n")
    with pytest.raises(ConfigError, match="prot"):
        load_settings(config, environ={})


def test_badly_typed_setting_names_itself() -> None:
    with pytest.raises(ConfigError, match="port"):
        load_settings(environ={"CDKG_PORT": "eighty"})


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    config = tmp_path / "broken.toml"
    config.write_text("port = = 1\n")
    with pytest.raises(ConfigError, match="broken.toml"):
        load_settings(config, environ={})


def test_relative_paths_resolve_against_root(tmp_path: Path) -> None:
    settings = Settings(root=tmp_path, kg=Path("out/graph.ttl"))
    assert settings.path("kg") == tmp_path / "out" / "graph.ttl"
    assert settings.replace(kg=tmp_path / "abs.ttl").path("kg") == tmp_path / "abs.ttl"
