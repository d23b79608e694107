"""Read input texts robustly: each bad file becomes a SourceError naming it, the others are still read.

A source is a ``*.txt`` file of UTF-8 prose. Files that are empty, larger than the
size limit, binary (NUL bytes) or not UTF-8 are refused with a message saying what
to do. Titles, dates and addresses come from ``metadata.json`` in the same folder;
a file it does not list gets its file name as title and its modification date.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from cdkg.errors import SourceError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
METADATA_FILE = "metadata.json"


@dataclass(frozen=True)
class SourceText:
    """One input document: its identifier (file stem), raw text and metadata."""

    stem: str
    path: Path
    text: str
    title: str
    date: str
    url: str = ""


def _check_size(path: Path, max_bytes: int) -> None:
    size = path.stat().st_size
    if size == 0:
        raise SourceError(f"source {path} is empty; remove it or add its text")
    if size > max_bytes:
        raise SourceError(
            f"source {path} is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit; "
            "split it into smaller files or raise the limit (--max-source-mb)"
        )


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data:
        raise SourceError(f"source {path} is binary (it contains NUL bytes), not text; remove it from the sources")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"source {path} is not UTF-8 (undecodable byte at offset {exc.start}); "
            "convert it, e.g. iconv -f latin1 -t utf-8"
        ) from exc
    if not text.strip():
        raise SourceError(f"source {path} holds only whitespace; remove it or add its text")
    return text


def read_text(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of one source file.

    Raises:
        SourceError: the file is missing, empty, too large, binary or not UTF-8.
    """
    try:
        _check_size(path, max_bytes)
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read source {path}: {exc.strerror}") from exc
    return _decode(path, data)


def load_metadata(directory: Path) -> dict[str, dict[str, str]]:
    """The metadata file of a sources folder (empty when there is none)."""
    path = directory / METADATA_FILE
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SourceError(f"metadata file {path} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise SourceError(f"metadata file {path} must map file names to {{title, date, url}}")
    return data


def _file_date(path: Path) -> str:
    return dt.date.fromtimestamp(path.stat().st_mtime).isoformat()


def read_source(path: Path, metadata: dict[str, dict[str, str]] | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """One source with its metadata.

    Raises:
        SourceError: see :func:`read_text`.
    """
    text = read_text(path, max_bytes)
    entry = (metadata or {}).get(path.name, {})
    return SourceText(
        stem=path.stem, path=path, text=text,
        title=str(entry.get("title") or path.name),
        date=str(entry.get("date") or _file_date(path)),
        url=str(entry.get("url") or ""),
    )


def source_files(directory: Path) -> list[Path]:
    """The ``*.txt`` files of a sources folder, sorted by name.

    Raises:
        SourceError: the folder does not exist.
    """
    if not directory.is_dir():
        raise SourceError(f"sources folder {directory} does not exist")
    return sorted(p for p in directory.glob("*.txt") if p.is_file())


def read_sources(directory: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[SourceText], list[SourceError]]:
    """Every readable source of a folder, and one error per file that could not be read."""
    metadata = load_metadata(directory)
    return read_paths(source_files(directory), metadata, max_bytes)


def read_paths(paths: list[Path], metadata: dict[str, dict[str, str]] | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[SourceText], list[SourceError]]:
    """The readable sources among ``paths`` and the errors of the others."""
    sources: list[SourceText] = []
    errors: list[SourceError] = []
    for path in paths:
        try:
            sources.append(read_source(path, metadata, max_bytes))
        except SourceError as error:
            errors.append(error)
    return sources, errors
