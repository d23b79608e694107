"""The issue's four performance goals, judged on one run's figures."""

from __future__ import annotations

import statistics
from typing import TYPE_CHECKING

from report import Goal, ms, ratio

if TYPE_CHECKING:
    from run import Run

NATO = "states-with-nato-cyber-mous"
STARTUP_LIMIT = 2.0
OVERHEAD_LIMIT = 0.001
NATO_FACTOR = 1.5


def judge_goals(run: Run) -> list[Goal]:
    """Every goal that this run has figures for."""
    return [latency_goal(run), nato_goal(run), startup_goal(run), overhead_goal(run)]


def _middle(run: Run) -> int:
    from sections import throughput_size

    return throughput_size(run.plan)


def latency_goal(run: Run) -> Goal:
    """Every catalogue query's p50 over HTTP no slower than Virtuoso's."""
    size = _middle(run)
    ours, theirs = run.latency.get(("cdkg", size)), run.latency.get(("virtuoso", size))
    if ours is None or theirs is None:
        return Goal("p50 per query ≤ Virtuoso", "every query", "–", "–", "–", None)
    compared = [n for n in theirs.p50 if n in ours.p50]
    slower = [n for n in compared if ours.p50[n] > theirs.p50[n]]
    unanswered_by_them = [n for n in ours.p50 if n not in theirs.p50]
    worst = max(compared, key=lambda n: ours.p50[n] / theirs.p50[n]) if compared else None
    note = f"{len(compared) - len(slower)}/{len(compared)} faster; Virtuoso failed {len(unanswered_by_them)}"
    note += f"; slower: {', '.join(slower)}" if slower else ""
    return Goal(f"p50 per query ≤ Virtuoso ({run.triples[size]:,})", "ratio ≤ 1 for every query",
                ms(ours.p50[worst]) + " ms" if worst else "–", ms(theirs.p50[worst]) + " ms" if worst else "–",
                f"worst {ratio(ours.p50[worst], theirs.p50[worst])} ({worst})" if worst else "–",
                not slower and len(ours.p50) == len(run.catalogue), note)


def nato_goal(run: Run) -> Goal:
    """NATO throughput at 8 connections at least 1.5 × Virtuoso's."""
    ours, theirs = run.figures.get(f"wrk_cdkg_{NATO}"), run.figures.get(f"wrk_virtuoso_{NATO}")
    if not ours or not theirs or 8 not in ours:
        return Goal("NATO req/s at 8 connections", "≥ 1.5× Virtuoso", "–", "–", "–", None)
    a, b = ours[8].rate, theirs[8].rate  # type: ignore[index]
    return Goal("NATO req/s at 8 connections", "≥ 1.5× Virtuoso", f"{a:.1f}", f"{b:.1f}", ratio(a, b),
                bool(b) and a >= NATO_FACTOR * b)


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


def overhead_goal(run: Run) -> Goal:
    """HTTP and protocol overhead over pyoxigraph in-process at most 1 ms for every query."""
    size = _middle(run)
    ours, floor = run.latency.get(("cdkg", size)), run.latency.get(("pyoxigraph", size))
    if ours is None or floor is None:
        return Goal("HTTP overhead over pyoxigraph", "≤ 1 ms", "–", "–", "–", None)
    overheads = {n: ours.p50[n] - floor.p50[n] for n in ours.p50 if n in floor.p50}
    worst = max(overheads, key=overheads.__getitem__)
    median = statistics.median(overheads.values())
    over = [n for n, v in overheads.items() if v > OVERHEAD_LIMIT]
    return Goal("HTTP overhead over pyoxigraph", "≤ 1 ms per query", f"median {median * 1000:.2f} ms, worst {overheads[worst] * 1000:.2f} ms",
                "1 ms", ratio(overheads[worst], OVERHEAD_LIMIT), not over,
                f"over 1 ms: {len(over)}/{len(overheads)} (worst {worst})" if over else "")
