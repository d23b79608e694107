"""Run steps for the offline pipeline: build throughput per corpus, validation time per graph size."""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import TYPE_CHECKING

from engines import load_rdflib
from pipeline import BuildRun, build_available, run_build, validation_seconds
from workloads import write_corpus

if TYPE_CHECKING:
    from run import Run


def measure_build(run: Run) -> None:
    """Median build of each synthetic corpus: MB/s, facts/s, peak memory (``/usr/bin/time -v``)."""
    missing = build_available()
    if missing:
        run.notes.append(f"Build throughput not measured: {missing}.")
        return
    for megabytes in run.plan.corpora_mb:
        run.step(f"build of a {megabytes} MB corpus (x{run.plan.build_repeats})")
        folder = run.work / f"corpus-{megabytes}mb"
        size = write_corpus(megabytes, folder)
        output = run.work / f"built-{megabytes}mb.ttl"
        runs = [run_build(folder, output, _root(), build_steps(run, megabytes)) for _ in range(run.plan.build_repeats)]
        run.figures[f"build_{megabytes}"] = (size, _median_run(runs))


def build_steps(run: Run, megabytes: float) -> str:
    """Which build steps to time for a corpus size: the gate and the writing only up to the plan's limits."""
    if megabytes <= run.plan.gate_max_mb:
        return "all"
    return "no-gate" if megabytes <= run.plan.write_max_mb else "extract"


def _root() -> Path:
    from run import ROOT

    return ROOT


def _median_run(runs: list[BuildRun]) -> BuildRun:
    """The run with the median time (its facts and memory go with it)."""
    ordered = sorted(runs, key=lambda r: r.seconds)
    return ordered[len(ordered) // 2]


def measure_validation(run: Run) -> None:
    """Median ``validate_graph`` time on the scaled graphs the plan names."""
    shapes = _root() / "shapes"
    for size in run.plan.validation_sizes:
        if size not in run.graphs:
            continue
        repeats = run.plan.validation_repeats if size <= 10_000 else 1
        run.step(f"SHACL validation at {size} (x{repeats})")
        graph = load_rdflib(run.graphs[size])
        results = [validation_seconds(graph, shapes) for _ in range(repeats)]
        run.figures[f"validation_{size}"] = (statistics.median(r[0] for r in results), all(r[1] for r in results))
