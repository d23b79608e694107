"""Settings: defaults in code, then a TOML config file, then CDKG_* variables, then flags."""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Mapping

from cdkg.errors import ConfigError

ENV_PREFIX = "CDKG_"
CONFIG_FILE_NAME = "cdkg.toml"


def project_root() -> Path:
    """The folder holding ontology/, shapes/ and data/: the working directory if it has them, else the checkout."""
    cwd = Path.cwd()
    if (cwd / "ontology" / "cyberdiplomacy.ttl").is_file():
        return cwd
    return Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    """Every setting of cdkg; paths are resolved against ``root``."""

    root: Path = field(default_factory=project_root)
    base_iri: str = "https://w3id.org/cdkg/id/"
    sources: Path = Path("data/sources")
    reference: Path = Path("data/reference")
    curated: Path = Path("data/curated.ttl")
    gold: Path = Path("data/gold")
    kg: Path = Path("data/kg.ttl")
    shapes: Path = Path("shapes")
    ontology: Path = Path("ontology/cyberdiplomacy.ttl")
    store: str = ""
    host: str = "127.0.0.1"
    port: int = 8000
    timeout: float = 30.0
    workers: int = 2
    threads: int = 4
    cache_mb: int = 64
    max_rows: int = 10000
    max_body_bytes: int = 1024 * 1024
    update_token: str = ""

    def path(self, name: str) -> Path:
        """The absolute path of a path setting."""
        value = Path(getattr(self, name))
        return value if value.is_absolute() else self.root / value

    def replace(self, **changes: Any) -> Settings:
        """A copy with some settings changed (None values are ignored)."""
        given = {k: v for k, v in changes.items() if v is not None}
        return load_settings_from(dataclasses.asdict(self) | given)


def _coerce(name: str, value: Any) -> Any:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    try:
        if kind == "Path":
            return Path(value)
        if kind == "int":
            return int(value)
        if kind == "float":
            return float(value)
        return str(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name!r}: {value!r} is not a valid {kind}") from exc


def load_settings_from(values: Mapping[str, Any]) -> Settings:
    """Settings from a mapping of names to raw values, checking every name."""
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(unknown)}")
    return Settings(**{k: _coerce(k, v) for k, v in values.items()})


def _read_config_file(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from exc
    return dict(data.get("cdkg", data))


def _from_environment(environ: Mapping[str, str]) -> dict[str, str]:
    known = {f.name for f in fields(Settings)}
    found = {k[len(ENV_PREFIX):].lower(): v for k, v in environ.items() if k.startswith(ENV_PREFIX)}
    return {k: v for k, v in found.items() if k in known}


def load_settings(
    config_file: Path | None = None,
    environ: Mapping[str, str] | None = None,
    **flags: Any,
) -> Settings:
    """Settings from defaults, a config file, CDKG_* variables and flags, later ones winning.

    Args:
        config_file: a TOML file; without one, ``cdkg.toml`` in the working directory if present.
        environ: the environment to read CDKG_* variables from (default: os.environ).
        **flags: command-line values; None means "not given".
    """
    values: dict[str, Any] = {}
    default_file = Path.cwd() / CONFIG_FILE_NAME
    if config_file is None and default_file.is_file():
        config_file = default_file
    if config_file is not None:
        values |= _read_config_file(config_file)
    values |= _from_environment(os.environ if environ is None else environ)
    values |= {k: v for k, v in flags.items() if v is not None}
    return load_settings_from(values)
