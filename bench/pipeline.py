"""The offline half of the pipeline: build throughput (under /usr/bin/time -v) and SHACL validation time."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from cdkg.validation import validate_graph

TIME_BINARY = "/usr/bin/time"
_MAX_RSS = re.compile(r"Maximum resident set size \(kbytes\):\s+(\d+)")

BUILD_SCRIPT = """
import json, sys, time
from pathlib import Path
from cdkg.build import assemble, serialise
from cdkg.config import load_settings_from
from cdkg.validation import validate_graph
sources, output, root, steps = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
settings = load_settings_from({"root": root})
start = time.perf_counter()
graph, report = assemble(settings, sources)
assembled = time.perf_counter()
violations = validate_graph(graph, settings.path("shapes"), engine="fast").violations if steps == "all" else -1
validated = time.perf_counter()
if steps != "extract":
    output.write_bytes(serialise(graph))
done = time.perf_counter()
print(json.dumps({"extract": assembled - start, "gate": validated - assembled,
                  "write": done - validated if steps != "extract" else -1,
                  "facts": report.facts, "triples": report.triples, "violations": violations}))
"""


@dataclass(frozen=True)
class BuildRun:
    """One build of a corpus, the steps of ``build_graph`` timed apart; peak RSS of the whole process."""

    extract: float
    gate: float
    write: float
    facts: int
    triples: int
    violations: int
    peak_kib: int

    @property
    def seconds(self) -> float:
        """The whole build: extraction and merging, SHACL gate, writing Turtle (the steps that ran)."""
        return self.extract + max(self.gate, 0) + max(self.write, 0)


def build_available() -> str:
    """Empty when the build can be measured, else why not."""
    try:
        import cdkg.build  # noqa: F401
    except ImportError as error:
        return f"cdkg.build is not importable yet ({error})"
    return ""


def run_build(sources: Path, output: Path, root: Path, steps: str = "all", timeout: float = 900.0) -> BuildRun:
    """Build the graph from a corpus folder in a fresh process under /usr/bin/time -v.

    The steps of ``cdkg.build.build_graph`` are called one by one (assemble, validate, serialise)
    so that each is timed, and so that a graph with violations is still timed to the end.
    ``steps``: "all", "no-gate" (skip SHACL) or "extract" (extraction and merging only).
    """
    command = [TIME_BINARY, "-v", sys.executable, "-c", BUILD_SCRIPT, str(sources), str(output), str(root), steps]
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the build failed: {done.stderr.strip()[-800:]}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    peak = _MAX_RSS.search(done.stderr)
    return BuildRun(figures["extract"], figures["gate"], figures["write"], figures["facts"], figures["triples"],
                    figures["violations"], int(peak.group(1)) if peak else 0)


def corpus_megabytes(folder: Path) -> float:
    """Size of the corpus text in MB (10^6 bytes)."""
    return sum(p.stat().st_size for p in folder.glob("*.txt")) / 1e6


def validation_seconds(graph: Graph, shapes: Path) -> tuple[float, bool]:
    """Seconds ``validate_graph`` takes on a parsed graph, and whether it conforms."""
    start = time.perf_counter()
    result = validate_graph(graph, shapes)
    return time.perf_counter() - start, result.conforms
