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


def machine_query_mb() -> int:
    """The default memory a query may take (``max_query_mb``): an eighth of the machine's RAM, 512-4096 MiB.

    Eight is the default number of query processes (2 workers x 4 threads), so together they
    cannot exhaust the machine.
    """
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 2**20
    except (ValueError, OSError, AttributeError):
        return 1024
    return max(512, min(4096, total // 8))


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
    max_query_mb: int = field(default_factory=machine_query_mb)
    max_response_mb: int = 32
    update_token: str = ""
    update_token_file: str = ""
    public_url: str = ""
    reader: str = "rules"  # or "rules+model": the learned reader adds what it finds (cdkg.extraction.learned)
    reader_model: str = ""  # the learned reader's JSON model (default: the packaged cdkg/extraction/model/reader.json)

    def path(self, name: str) -> Path:
        """The absolute path of a path setting."""
        value = Path(getattr(self, name))
        return value if value.is_absolute() else self.root / value

    def endpoint_base(self) -> str:
        """The server's own URL, for links it publishes: ``public_url``, else host and port (never a request's Host)."""
        if self.public_url:
            return self.public_url.rstrip("/")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def token(self) -> str:
        """The update token: ``update_token``, else the first line of ``update_token_file`` (empty: read-only)."""
        if self.update_token or not self.update_token_file:
            return self.update_token
        path = self.path("update_token_file")
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as error:
            raise ConfigError(f"cannot read the update token file {path}: {error.strerror}") from None
        token = lines[0].strip() if lines else ""
        if not token:
            raise ConfigError(f"the update token file {path} is empty")
        return token

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
