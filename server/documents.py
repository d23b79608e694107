"""Source documents as pages: the text with every cited sentence highlighted and linked to its facts.

The text comes from the sources folder (``{sources}/{stem}.txt``, the stem being the document IRI's
last segment); evidence offsets index that raw text. Without the file (a server holding only the
graph), the page lists the quotes instead, with the same anchors, so links into it still land.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from cdkg.errors import SourceError
from cdkg.sources import read_text
from cdkg.server.citations import Citation

_STEM = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


@dataclass
class Segment:
    """A run of the document's text, the sentences covering it, and the anchors that start there."""

    text: str
    cited: list[Citation] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)
    ends: list[Citation] = field(default_factory=list)


def document_text(sources: Path, document_iri: str) -> str | None:
    """The raw text of a source document, or None when its file is not here or cannot be read."""
    stem = document_iri.rstrip("/").rsplit("/", 1)[-1]
    path = sources / f"{stem}.txt"
    if not _STEM.fullmatch(stem) or not path.is_file():
        return None
    try:
        return read_text(path)
    except SourceError:
        return None


def placed(citations: list[Citation], length: int) -> list[Citation]:
    """The citations whose offsets fall inside a text of this length, in reading order."""
    inside = [c for c in citations if c.start is not None and c.end is not None and 0 <= c.start < c.end <= length]
    return sorted(inside, key=lambda c: (c.start, c.end, c.evidence))


def segments(text: str, citations: list[Citation]) -> list[Segment]:
    """The text cut at every sentence boundary, each piece knowing which sentences cover it."""
    spans = placed(citations, len(text))
    cuts = sorted({0, len(text), *(c.start for c in spans), *(c.end for c in spans)})  # type: ignore[misc]
    pieces = []
    for begin, finish in zip(cuts, cuts[1:]):
        covering = [c for c in spans if c.start <= begin and finish <= c.end]  # type: ignore[operator]
        pieces.append(Segment(text[begin:finish], covering, [c.local_id for c in spans if c.start == begin],
                              [c for c in spans if c.end == finish]))
    return pieces
