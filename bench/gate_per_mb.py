"""The SHACL gate's seconds per MB of text: build synthetic corpora and time each step of the build.

    python bench/gate_per_mb.py                 # 2 MB and 10 MB, one run each
    python bench/gate_per_mb.py --mb 2 --runs 3 # the median of three runs at 2 MB

Each size is built in a fresh process (extraction, derivation, SHACL gate), so the figures
are those of `cdkg build`. Goal (issue 11): at most 10 s of gate per MB of text on one core.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from workloads import write_corpus  # noqa: E402

STEP_SCRIPT = """
import json, sys, time
from pathlib import Path
from cdkg.build import assemble
from cdkg.config import load_settings_from
from cdkg.validation import validate_graph
settings = load_settings_from({"root": Path(sys.argv[2])})
start = time.perf_counter()
graph, report = assemble(settings, Path(sys.argv[1]))
assembled = time.perf_counter()
result = validate_graph(graph, settings.path("shapes"), engine="fast")
print(json.dumps({"extract_and_derive": assembled - start, "gate": time.perf_counter() - assembled,
                  "triples": len(graph), "claims": report.claims, "violations": result.violations,
                  "disagreements": len(report.disagreements)}))
"""
ROOT = Path(__file__).resolve().parent.parent


def run_once(megabytes: float) -> dict:
    """One build of a fresh synthetic corpus of about ``megabytes`` MB; its step timings and counts."""
    with tempfile.TemporaryDirectory() as folder:
        size = write_corpus(megabytes, Path(folder))
        out = subprocess.run([sys.executable, "-c", STEP_SCRIPT, folder, str(ROOT)], check=True,
                             capture_output=True, text=True).stdout
    figures = json.loads(out.strip().splitlines()[-1])
    figures["mb"] = size
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, action="append", help="corpus size in MB (repeatable; default 2 and 10)")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    print("| MB | triples | claims | violations | disagreements | extract+derive s | gate s | gate s/MB |")
    print("|---|---|---|---|---|---|---|---|")
    for megabytes in args.mb or [2.0, 10.0]:
        runs = [run_once(megabytes) for _ in range(args.runs)]
        gate = statistics.median(r["gate"] for r in runs)
        extract = statistics.median(r["extract_and_derive"] for r in runs)
        last = runs[-1]
        print(f"| {last['mb']:.2f} | {last['triples']:,} | {last['claims']:,} | {last['violations']} | "
              f"{last['disagreements']} | {extract:.1f} | {gate:.1f} | {gate / last['mb']:.1f} |", flush=True)


if __name__ == "__main__":
    main()
