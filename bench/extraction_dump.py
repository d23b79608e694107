"""Every fact (every field, every piece of evidence) and every entity of the merged gazetteer, as sorted text:
the check that a change meant to make extraction faster changes nothing it finds.

    python bench/extraction_dump.py OUT_FOLDER            # one file per corpus
    diff -r BEFORE_FOLDER AFTER_FOLDER                    # byte-identical, or the change altered the output

Corpora: the seeds, every profile of ../shared/corpus/dev together, bench/writer-corpus, bench/invented-corpus and
0.5 MB of the synthetic corpus of bench/extraction_throughput.py. Sets (topics, evidence, names) are written sorted,
so the dump does not depend on ``PYTHONHASHSEED``.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # dump this checkout's cdkg, not an installed one
sys.path.insert(1, str(HERE))

from extraction_throughput import synthetic_corpus, text_files  # noqa: E402

from cdkg.config import load_settings  # noqa: E402
from cdkg.extraction import Extractor  # noqa: E402
from cdkg.gazetteer import gazetteer_from_graph, load_reference_graph  # noqa: E402
from cdkg.sources import read_paths  # noqa: E402



def corpora_of(shared: Path) -> dict[str, list[Path]]:
    """The real corpora dumped, by name (``shared``: the folder holding seeds/ and corpus/dev/)."""
    return {"seeds": [shared / "seeds"], "dev": [shared / "corpus" / "dev"], "writer": [HERE / "writer-corpus"],
            "invented": [HERE / "invented-corpus"]}


def _value(value: object) -> str:
    """A field written so that equal values give equal text (sets and dicts sorted)."""
    if isinstance(value, (set, frozenset)):
        return "{" + ", ".join(sorted(_value(v) for v in value)) + "}"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {_value(v)}" for k, v in sorted(value.items())) + "}"
    if dataclasses.is_dataclass(value):
        return f"{type(value).__name__}(" + ", ".join(
            f"{f.name}={_value(getattr(value, f.name))}" for f in dataclasses.fields(value)) + ")"
    return repr(value)


def dump(extractor: Extractor, sources: list) -> str:
    """The sorted facts and the sorted merged gazetteer of one extraction."""
    result = extractor.extract(sources)
    facts = sorted(_value(f) for f in result.facts)
    entities = sorted(_value(e) for e in result.gazetteer.entities.values())
    surfaces = sorted(f"{s!r} -> {v!r}" for s, v in result.gazetteer.surfaces.items())
    return "\n".join([f"# {len(facts)} facts", *facts, f"# {len(entities)} entities", *entities,
                      f"# {len(surfaces)} surfaces", *surfaces]) + "\n"


def main() -> None:
    """Write one dump per corpus into the folder given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--synthetic-mb", type=float, default=0.5)
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared",
                        help="the folder holding seeds/ and corpus/dev/ (default: ../shared of the checkout)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    settings = load_settings()
    reference = load_reference_graph(settings.path("reference"))
    corpora = {name: read_paths(text_files(paths))[0] for name, paths in corpora_of(args.shared).items()}
    corpora["synthetic"] = synthetic_corpus(args.synthetic_mb, gazetteer_from_graph(reference, settings.base_iri))
    for name, sources in corpora.items():
        if not sources:
            sys.exit(f"{name}: no profiles found")
        text = dump(Extractor(gazetteer_from_graph(reference, settings.base_iri)), sources)
        (args.out / f"{name}.txt").write_text(text, encoding="utf-8")
        print(f"{name}: {text.splitlines()[0][2:]}, {len(text)} characters")


if __name__ == "__main__":
    main()
