"""The ontology's HTML documentation, rendered by pyLODE once per ontology version into a cache folder.

The HTML is never committed: it is made at the first request for it and kept in a folder of the
server's own user under the system's temporary folder (``cdkg-ontology-docs-UID``, mode 0700, its
owner and mode checked before use, a fresh private folder otherwise), keyed to a digest of the
ontology file, so an edited ontology gets new docs and no other local user can plant the page.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import stat
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from cdkg.files import write_atomically

from rdflib import Graph
from rdflib.namespace import OWL, RDF, SKOS

LOG = logging.getLogger("cdkg.server")
_LOCK = threading.Lock()
RENDER_TIMEOUT_SECONDS = 120
_MEMO: dict[tuple[str, int, int, str], OntologyDocs | None] = {}


def _is_private(folder: Path) -> bool:
    """True if the folder is a real directory (no symlink) owned by this user, with no access for others."""
    try:
        info = folder.lstat()
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077


@functools.lru_cache(maxsize=1)
def private_cache_dir() -> Path:
    """This user's docs cache folder: made 0700 if missing, used only if its owner and mode check out."""
    folder = Path(tempfile.gettempdir()) / f"cdkg-ontology-docs-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        pass
    except OSError:
        return Path(tempfile.mkdtemp(prefix="cdkg-ontology-docs-"))
    if _is_private(folder):
        return folder
    LOG.warning("%s is not a private folder of this user; rendering the ontology docs elsewhere", folder)
    return Path(tempfile.mkdtemp(prefix="cdkg-ontology-docs-"))


def cache_file(ontology_file: Path, cache_dir: Path | None = None) -> Path:
    """Where the docs of this exact ontology file are cached (by default in this user's private folder)."""
    cache_dir = cache_dir or private_cache_dir()
    digest = hashlib.sha256(ontology_file.read_bytes()).hexdigest()[:16]
    return cache_dir / f"{ontology_file.stem}-{digest}.html"


def for_pylode(ontology: Graph) -> Graph:
    """The ontology made fit for pyLODE, in place: concept schemes other than the ontology become
    plain individuals (pyLODE takes every skos:ConceptScheme for the document's subject and merges
    their titles into the header). Removing in place keeps the file's order, which pyLODE follows."""
    ontologies = set(ontology.subjects(RDF.type, OWL.Ontology))
    for scheme in set(ontology.subjects(RDF.type, SKOS.ConceptScheme)) - ontologies:
        ontology.remove((scheme, RDF.type, SKOS.ConceptScheme))
    return ontology


@dataclass(frozen=True)
class OntologyDocs:
    """Rendered documentation and the fragment of each documented term."""

    html: str
    anchors: dict[str, str]


def render_docs(ontology: Graph) -> OntologyDocs:
    """pyLODE's OntPub documentation of the ontology (raises whatever pyLODE raises)."""
    from pylode import OntPub  # imported late: it loads background ontologies on import

    publication = OntPub(ontology=for_pylode(ontology))
    html = publication.make_html()
    return OntologyDocs(html, {iri: fid for iri, fid in publication.fids.items() if fid})


def _read_cached(target: Path) -> OntologyDocs | None:
    anchors = target.with_suffix(".json")
    if not (target.exists() and anchors.exists()):
        return None
    return OntologyDocs(target.read_text(encoding="utf-8"), json.loads(anchors.read_text(encoding="utf-8")))


def _render_and_cache(target: Path, ontology: Graph) -> OntologyDocs:
    docs = render_docs(ontology)
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # a cache_dir given by the caller
    write_atomically(target.with_suffix(".json"), json.dumps(docs.anchors, sort_keys=True))
    write_atomically(target, docs.html)
    return docs


def _render_in_subprocess(ontology_file: Path, target: Path) -> None:
    """Run pyLODE in its own process: importing it reconfigures the root logger."""
    command = [sys.executable, "-m", "cdkg.server.ontology_docs", str(ontology_file), str(target)]
    subprocess.run(command, check=True, capture_output=True, timeout=RENDER_TIMEOUT_SECONDS)


def _load_or_render(ontology_file: Path, cache_dir: Path | None) -> OntologyDocs | None:
    target = cache_file(ontology_file, cache_dir)
    cached = _read_cached(target)
    if cached is not None:
        return cached
    try:
        _render_in_subprocess(ontology_file, target)
    except (OSError, subprocess.SubprocessError) as error:
        stderr = (getattr(error, "stderr", b"") or b"").decode(errors="replace").strip().splitlines()
        LOG.warning("pyLODE could not document %s (%s); serving the built-in page", ontology_file,
                    stderr[-1] if stderr else error)
        return None
    return _read_cached(target)


def documentation(ontology_file: Path, cache_dir: Path | None = None) -> OntologyDocs | None:
    """The ontology's pyLODE documentation, rendered on first use and cached; None if pyLODE cannot run.

    Args:
        ontology_file: the ontology's Turtle file (its bytes key the cache on disk).
        cache_dir: the folder holding rendered docs (default: ``private_cache_dir()``).
    """
    stat = ontology_file.stat()
    key = (str(ontology_file.resolve()), stat.st_mtime_ns, stat.st_size, str(cache_dir))
    with _LOCK:
        if key not in _MEMO:
            _MEMO[key] = _load_or_render(ontology_file, cache_dir)
        return _MEMO[key]


def main(arguments: list[str]) -> None:
    """Render the docs of ontology file ``arguments[0]`` into ``arguments[1]`` (and its .json anchors)."""
    from cdkg.ontology import load_ontology

    _render_and_cache(Path(arguments[1]), load_ontology(Path(arguments[0])))


if __name__ == "__main__":
    main(sys.argv[1:])
