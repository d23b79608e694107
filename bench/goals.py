"""The issue's four performance goals, judged on one run's figures: on cold and on cached answers."""

from __future__ import annotations

import statistics
from typing import TYPE_CHECKING

from report import Goal, ms, ratio

if TYPE_CHECKING:
    from measure import Latency
    from run import Run

NATO = "states-with-nato-cyber-mous"
STARTUP_LIMIT = 2.0
OVERHEAD_LIMIT = 0.001
NATO_FACTOR = 1.5
MODES = ("cold", "cached")


def judge_goals(run: Run) -> list[Goal]:
    """Every goal that this run has figures for: per-query latency, NATO throughput and overhead both cold and cached."""
    goals = [latency_goal(run, mode) for mode in MODES]
    goals += [nato_goal(run, mode) for mode in MODES]
    goals.append(startup_goal(run))
    goals += [overhead_goal(run, mode) for mode in MODES]
    return goals


def _middle(run: Run) -> int:
    from sections import throughput_size

    return throughput_size(run.plan)


def latency_goal(run: Run, mode: str) -> Goal:
    """Every catalogue query's p50 over HTTP (cold or cached) no slower than Virtuoso's."""
    size = _middle(run)
    ours, theirs = run.latency.get((f"cdkg-{mode}", size)), run.latency.get(("virtuoso", size))
    name = f"p50 per query ≤ Virtuoso, {mode} ({run.triples.get(size, 0):,})"
    if ours is None or theirs is None:
        return Goal(name, "every query", "–", "–", "–", None)
    compared = [n for n in theirs.p50 if n in ours.p50]
    slower = [n for n in compared if ours.p50[n] > theirs.p50[n]]
    worst = max(compared, key=lambda n: ours.p50[n] / theirs.p50[n]) if compared else None
    note = f"{len(compared) - len(slower)}/{len(compared)} faster; Virtuoso failed {len([n for n in ours.p50 if n not in theirs.p50])}"
    note += f"; slower: {', '.join(slower)}" if slower else ""
    if worst is None:
        return Goal(name, "ratio ≤ 1 for every query", "–", "–", "–", None, note)
    return Goal(name, "ratio ≤ 1 for every query", f"{ms(ours.p50[worst])} ms", f"{ms(theirs.p50[worst])} ms",
                f"worst {ratio(ours.p50[worst], theirs.p50[worst])} ({worst}); median {_median_ratio(ours, theirs, compared)}",
                not slower and len(ours.p50) == len(run.catalogue), note)


def _median_ratio(ours: Latency, theirs: Latency, names: list[str]) -> str:
    return f"{statistics.median(ours.p50[n] / theirs.p50[n] for n in names):.2f}×"


def nato_goal(run: Run, mode: str) -> Goal:
    """NATO throughput at 8 connections at least 1.5 × Virtuoso's, cold (unique texts on both) or cached."""
    ours, theirs = run.figures.get(f"wrk_cdkg_{NATO}_{mode}"), run.figures.get(f"wrk_virtuoso_{NATO}_{mode}")
    name = f"NATO req/s at 8 connections, {mode}"
    if not ours or not theirs or 8 not in ours:
        return Goal(name, "≥ 1.5× Virtuoso", "–", "–", "–", None)
    a, b = ours[8].rate, theirs[8].rate  # type: ignore[index]
    return Goal(name, "≥ 1.5× Virtuoso", f"{a:.1f}", f"{b:.1f}", ratio(a, b), bool(b) and a >= NATO_FACTOR * b)


def startup_goal(run: Run) -> Goal:
    """First answered query within 2 s of start-up, from a persistent store, at the largest size."""
    found = run.figures.get("startup_store")
    size = run.plan.sizes[-1]
    if not found:
        return Goal("start-up to first answer (--store)", "≤ 2 s", "–", "–", "–", None)
    seconds = statistics.median(found[0])  # type: ignore[index]
    note = "" if size >= 1_000_000 else f"measured at {run.triples[size]:,} triples (--quick), not 1M"
    return Goal(f"start-up to first answer, --store, {run.triples[size]:,}", "≤ 2 s", f"{seconds:.2f} s", "2 s",
                ratio(seconds, STARTUP_LIMIT), seconds <= STARTUP_LIMIT, note)


def overhead_goal(run: Run, mode: str) -> Goal:
    """HTTP and protocol overhead (cold or cached p50 minus pyoxigraph in-process p50) at most 1 ms for every query."""
    size = _middle(run)
    ours, floor = run.latency.get((f"cdkg-{mode}", size)), run.latency.get(("pyoxigraph", size))
    name = f"HTTP overhead over pyoxigraph, {mode}"
    if ours is None or floor is None:
        return Goal(name, "≤ 1 ms", "–", "–", "–", None)
    overheads = {n: ours.p50[n] - floor.p50[n] for n in ours.p50 if n in floor.p50}
    worst = max(overheads, key=overheads.__getitem__)
    median = statistics.median(overheads.values())
    over = [n for n, v in overheads.items() if v > OVERHEAD_LIMIT]
    return Goal(name, "≤ 1 ms per query", f"median {median * 1000:+.2f} ms, worst {overheads[worst] * 1000:+.2f} ms",
                "1 ms", ratio(max(overheads[worst], 1e-9), OVERHEAD_LIMIT), not over,
                f"over 1 ms: {len(over)}/{len(overheads)} (worst {worst})" if over else "")
