"""The extractor on its own: files in, TSV or Turtle out (what `cdkg extract` prints)."""

from __future__ import annotations

from pathlib import Path

from cdkg.build import extract_sources, serialise
from cdkg.config import Settings
from cdkg.errors import SourceError
from cdkg.evidence import add_source_document
from cdkg.facts import facts_to_graph, to_tsv
from cdkg.namespaces import bind_prefixes
from cdkg.sources import DEFAULT_MAX_BYTES, load_metadata, read_paths


def extract_files(settings: Settings, paths: list[Path], output_format: str = "tsv",
                  max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, list[str]]:
    """The facts of some text files as TSV or Turtle, and a warning per unreadable file.

    Raises:
        SourceError: none of the files could be read.
    """
    metadata: dict[str, dict[str, str]] = {}
    for folder in sorted({p.parent for p in paths}):
        metadata |= load_metadata(folder)
    sources, errors = read_paths(paths, metadata, max_bytes)
    if not sources:
        raise SourceError("; ".join(e.message for e in errors) or "no input files")
    result = extract_sources(settings, sources)
    warnings = [e.message for e in errors]
    if output_format == "tsv":
        return to_tsv(result.facts, result.gazetteer), warnings
    graph = facts_to_graph(result.facts, result.gazetteer)
    for source in sources:
        add_source_document(graph, source, settings.base_iri)
    return serialise(bind_prefixes(graph, settings.base_iri)).decode("utf-8"), warnings
