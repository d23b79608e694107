"""The cdkg benchmark: the whole pipeline, side by side with pyoxigraph in-process, rdflib and Virtuoso 7.

Usage: python bench/run.py [--quick] [--seed FILE] [--out FILE] [--keep-workdir]

Writes a markdown report to bench/results/{full,quick}.md and prints it. Every process it
starts (Virtuoso, gunicorn and its query processes) is stopped on exit, error or Ctrl-C.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from cdkg.catalogue import Catalogue, load_catalogue  # noqa: E402
from measure import Latency, Plan  # noqa: E402
from processes import install_cleanup  # noqa: E402
from report import Report  # noqa: E402
from workloads import scaled_graph  # noqa: E402

SAMPLE_SEED = ROOT / "tests" / "data" / "server" / "sample-kg.ttl"


@dataclass
class Run:
    """Everything one run measured, filled in section by section."""

    plan: Plan
    work: Path
    seed: Path
    catalogue: Catalogue
    graphs: dict[int, Path] = field(default_factory=dict)
    triples: dict[int, int] = field(default_factory=dict)
    latency: dict[tuple[str, int], Latency] = field(default_factory=dict)
    figures: dict[str, object] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    log: list[str] = field(default_factory=list)

    def step(self, message: str) -> None:
        """Say what is being measured now (stderr), with the elapsed time."""
        elapsed = time.perf_counter() - self.figures.setdefault("t0", time.perf_counter())  # type: ignore[operator]
        print(f"[{elapsed:6.1f} s] {message}", file=sys.stderr, flush=True)


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10k/100k triples, 1 MB corpus, fewer repeats (about a minute; the full run takes about 4)")
    parser.add_argument("--seed", type=Path, help="graph to scale (default data/kg.ttl, else the sample graph)")
    parser.add_argument("--out", type=Path, help="report file (default bench/results/full.md or quick.md)")
    parser.add_argument("--keep-workdir", action="store_true", help="keep the temporary folder of workloads")
    return parser.parse_args(argv)


def default_seed() -> Path:
    """The built graph if there is one, else the server tests' sample graph."""
    built = ROOT / "data" / "kg.ttl"
    return built if built.is_file() else SAMPLE_SEED


def prepare_graphs(run: Run) -> None:
    """The seed graph scaled to each size by renamed copies, as N-Triples files."""
    for size in run.plan.sizes:
        path = run.work / f"graph-{size}.nt"
        run.triples[size] = scaled_graph(run.seed, size, path)
        run.graphs[size] = path


def main(argv: list[str] | None = None) -> int:
    """Run every measurement, write and print the report; exit 0, or 2 if it could not run."""
    from sections import measure_everything, render

    args = parse_arguments(argv)
    plan = Plan.quick() if args.quick else Plan()
    install_cleanup()
    work = Path(tempfile.mkdtemp(prefix="cdkg-bench-"))
    run = Run(plan, work, (args.seed or default_seed()).resolve(), load_catalogue())
    try:
        with ExitStack() as stack:
            measure_everything(run, stack)
        report: Report = render(run, "quick" if args.quick else "full")
    finally:
        if not args.keep_workdir:
            shutil.rmtree(work, ignore_errors=True)
    out = args.out or BENCH / "results" / ("quick.md" if args.quick else "full.md")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report.markdown(), encoding="utf-8")
    print(report.markdown())
    print(f"written to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
