"""Benchmark workloads: the built graph scaled up by renamed copies."""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import Graph

ID_PATTERN = re.compile(r"<(https://w3id\.org/cdkg/id/)([^>]*)>")


def graph_as_ntriples(kg: Path) -> list[str]:
    """The graph's triples as N-Triples lines (blank nodes skolemised so copies stay apart)."""
    graph = Graph().parse(kg).skolemize(authority="https://w3id.org", basepath="/cdkg/id/genid/")
    return [line for line in graph.serialize(format="nt").splitlines() if line.strip()]


def renamed_copy(lines: list[str], copy: int) -> list[str]:
    """One copy of the triples with every individual's IRI renamed; copy 0 is the original."""
    if copy == 0:
        return lines
    return [ID_PATTERN.sub(lambda m: f"<{m.group(1)}copy{copy}/{m.group(2)}>", line) for line in lines]


def scaled_graph(kg: Path, target_triples: int, out: Path) -> int:
    """Write about ``target_triples`` triples made of renamed copies of the graph; returns the count."""
    lines = graph_as_ntriples(kg)
    copies = max(1, round(target_triples / len(lines)))
    with out.open("w", encoding="utf-8") as handle:
        for copy in range(copies):
            handle.write("\n".join(renamed_copy(lines, copy)) + "\n")
    return copies * len(lines)


def write_corpus(megabytes: float, folder: Path, seed: int = 1) -> float:
    """Write a synthetic profile-like corpus (bench/extraction_throughput.py's generator) as .txt files; MB written."""
    from cdkg.config import load_settings
    from cdkg.gazetteer import gazetteer_from_graph, load_reference_graph
    from extraction_throughput import synthetic_corpus

    settings = load_settings()
    gazetteer = gazetteer_from_graph(load_reference_graph(settings.path("reference")), settings.base_iri)
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for source in synthetic_corpus(megabytes, gazetteer, seed):
        written += (folder / source.path.name).write_bytes(source.text.encode("utf-8"))
    return written / 1e6
