"""The catalogue of analyst questions: one SPARQL file per question under ``cdkg/queries/``.

Each ``NAME.rq`` opens with comment lines ``# title: …`` and ``# description: …``;
the result variables are read from the query itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from cdkg.errors import ConfigError, QueryError
from cdkg.sparql import check_query, syntax_error

QUERIES_DIR = Path(__file__).parent / "queries"
_HEADER = re.compile(r"^#\s*(title|description)\s*:\s*(.+?)\s*$")
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class CatalogueQuery:
    """One analyst question: its name, title, description, SPARQL text and form."""

    name: str
    title: str
    description: str
    text: str
    form: str
    variables: tuple[str, ...]

    def summary(self) -> dict[str, object]:
        """A JSON-ready description (without the text)."""
        return {
            "name": self.name,
            "title": self.title,
            "description": self.description,
            "form": self.form,
            "variables": list(self.variables),
        }


def _headers(text: str, path: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _HEADER.match(line)
        if match:
            found[match.group(1)] = match.group(2)
    missing = {"title", "description"} - set(found)
    if missing:
        raise ConfigError(f"{path}: the query must open with '# {sorted(missing)[0]}: …' comment lines")
    return found


def _variables(text: str, path: Path) -> tuple[str, ...]:
    try:
        result = ox.Store().query(text)
    except SyntaxError as error:
        raise ConfigError(f"{path}: {syntax_error(error).message}") from None
    if isinstance(result, ox.QuerySolutions):
        return tuple(v.value for v in result.variables)
    return ()


def read_query_file(path: Path) -> CatalogueQuery:
    """One catalogue entry from its .rq file."""
    text = path.read_text(encoding="utf-8")
    headers = _headers(text, path)
    try:
        form = check_query(text)
    except QueryError as error:
        raise ConfigError(f"{path}: {error.message}") from None
    return CatalogueQuery(path.stem, headers["title"], headers["description"], text, form, _variables(text, path))


class Catalogue:
    """The named questions, in name order."""

    def __init__(self, entries: dict[str, CatalogueQuery]) -> None:
        self.entries = dict(sorted(entries.items()))

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, name: str) -> CatalogueQuery:
        """The entry called ``name``; QueryError (404) if there is none."""
        entry = self.entries.get(name) if _NAME.match(name) else None
        if entry is None:
            error = QueryError(f"no catalogue query called {name!r}; GET /queries or `cdkg query --list` lists them")
            error.http_status = 404
            raise error
        return entry


def load_catalogue(folder: Path = QUERIES_DIR) -> Catalogue:
    """Every ``*.rq`` file of the folder, checked (headers, syntax, no SERVICE/LOAD)."""
    if not folder.is_dir():
        raise ConfigError(f"{folder}: no such query folder")
    return Catalogue({p.stem: read_query_file(p) for p in sorted(folder.glob("*.rq"))})
