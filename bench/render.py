"""The report of a run: figure tables, goal verdicts, profiles and notes, as markdown."""

from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
from typing import TYPE_CHECKING

from measure import Latency, median_of
from report import Goal, Report, goals_table, mib, ms, ratio, table

if TYPE_CHECKING:
    from run import Run

ENGINES = (("pyoxigraph", "pyoxigraph in-process"), ("evaluate", "cdkg evaluate in-process"),
           ("cdkg-cold", "cdkg serve (HTTP), cold"), ("cdkg-cached", "cdkg serve (HTTP), cached"),
           ("virtuoso", "Virtuoso 7 (HTTP)"), ("rdflib", "rdflib engine"))
MODES = ("cold", "cached")
NATO = "states-with-nato-cyber-mous"
MS = 1000.0


def render(run: Run, mode: str) -> Report:
    """The whole report."""
    report = Report(f"cdkg benchmark ({mode})")
    report.add("Setup", setup_text(run))
    for heading, section in (("Build throughput", build_section), ("SHACL validation", validation_section),
                             ("Start-up to the first answered query", startup_section),
                             ("Latency per catalogue query", latency_section), ("Latency by graph size", size_section),
                             ("Throughput (wrk)", throughput_section), ("Peak memory", memory_section),
                             ("Caching", caching_section), ("Request threads", threads_section), ("Goals", goals_section),
                             ("Profiles", profile_section)):
        report.add(heading, section(run))
    report.add("Notes", "\n".join(f"- {n}" for n in run.notes + latency_notes(run)) or "none")
    return report


def setup_text(run: Run) -> str:
    """Machine, seed graph, sizes and plan."""
    sizes = ", ".join(f"{s:,} → {run.triples[s]:,} triples" for s in run.triples)
    return (f"- date: {dt.datetime.now():%Y-%m-%d %H:%M}; machine: {platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}\n"
            f"- seed graph: `{run.seed.relative_to(run.seed.parents[2]) if len(run.seed.parents) > 2 else run.seed}`, "
            f"scaled by renamed copies: {sizes}\n"
            f"- cdkg serve: gunicorn, {run.plan.workers} gthread workers × {_threads(run)} request threads "
            f"(`CDKG_THREADS`; keep-alive 5 s), each request thread with its own query process (a copy of the store, "
            f"started on first need), answer cache on (default `cache_mb` 64 MiB per worker, keyed by graph version "
            f"and query), graph from N-Triples\n"
            f"- cold = every request's text made unique by a trailing `# cold N` comment line (cache miss, "
            f"checked with `X-Cdkg-Cache`); cached = the same text repeated after a warm-up (hit, checked); "
            f"both over `/sparql?query=`\n"
            f"- Virtuoso 7.2 on loopback (bench/virtuoso.py), all sizes in named graphs, queried with default-graph-uri; "
            f"query cap {run.plan.virtuoso_cap} s; loading took {run.figures.get('virtuoso_load_s', 0):.1f} s\n"
            f"- latency: up to {run.plan.latency_count} requests per query after a warm-up, "
            f"at most {run.plan.latency_budget:g} s per query ({run.plan.large_budget:g} s from {run.plan.large_size:,} triples); "
            f"one keep-alive client connection; Virtuoso "
            f"gets the same text repeated (its best case)\n")


def _threads(run: Run) -> int:
    from sections import threads

    return threads(run)


def build_section(run: Run) -> str:
    """MB/s and facts/s per corpus, with the build's steps timed apart."""
    rows = [_build_row(*run.figures[f"build_{mb}"]) for mb in run.plan.corpora_mb if f"build_{mb}" in run.figures]  # type: ignore[misc]
    if not rows:
        return "not measured (see notes)"
    headers = ["corpus", "facts", "triples", "extract+merge s", "SHACL gate s", "write s", "MB/s (extract+merge)",
               "MB/s (whole build)", "facts/s (whole build)", "violations", "peak MiB"]
    return table(headers, rows) + (f"\nMedian of {run.plan.build_repeats} build(s), each in a fresh process under `/usr/bin/time -v`, "
                                   "on a corpus from `bench/extraction_throughput.py`'s generator. The gate is skipped ('–') above "
                                   f"{run.plan.gate_max_mb:g} MB (pySHACL: about 25 s per MB of text) and the Turtle writing above "
                                   f"{run.plan.write_max_mb:g} MB (it grows linearly), to keep the run short.\n")


def _build_row(size: float, best) -> list[str]:  # type: ignore[no-untyped-def]
    gated = best.violations >= 0 and best.write >= 0
    return [f"{size:.1f} MB", f"{best.facts:,}", f"{best.triples:,}", f"{best.extract:.1f}", f"{best.gate:.1f}" if best.violations >= 0 else "–",
            f"{best.write:.1f}" if best.write >= 0 else "–", f"{size / best.extract:.2f}", f"{size / best.seconds:.3f}" if gated else "–",
            f"{best.facts / best.seconds:,.0f}" if gated else "–", str(best.violations) if gated else "–", mib(best.peak_kib)]


def validation_section(run: Run) -> str:
    """validate_graph seconds per size."""
    rows = [[f"{run.triples[s]:,}", f"{run.figures[f'validation_{s}'][0]:.2f}", str(run.figures[f'validation_{s}'][1])]  # type: ignore[index]
            for s in run.plan.validation_sizes if f"validation_{s}" in run.figures]
    skipped = [s for s in run.plan.sizes if s not in run.plan.validation_sizes]
    note = f"\nNot run at {', '.join(f'{s:,}' for s in skipped)} triples: pySHACL grows linearly (≈10× per step) and would take minutes.\n" if skipped else ""
    return table(["triples", "validate_graph s", "conforms"], rows) + note


def startup_section(run: Run) -> str:
    """Start-up times: per size from the file, and repeated at the largest size from store and file."""
    largest = run.plan.sizes[-1]
    rows = [[f"{run.triples[s]:,}", "--kg N-Triples (first start)", f"{run.figures[f'startup_file_{s}']:.2f}", "1", ""]  # type: ignore[str-format]
            for s in run.plan.sizes if f"startup_file_{s}" in run.figures]
    for key, label in (("startup_store", "--store DIR (prepared)"), ("startup_file", "--kg N-Triples")):
        if key in run.figures:
            times, peak = run.figures[key]  # type: ignore[misc]
            rows.append([f"{run.triples[largest]:,}", label, f"{statistics.median(times):.2f}", str(len(times)), mib(peak[0])])
    prepared = run.figures.get("store_prepare_s")
    note = f"\nPreparing the store folder beforehand (`create_store_dir`) took {prepared:.1f} s.\n" if prepared else ""
    return table(["triples", "source", "median s to first answer", "starts", "peak MiB (all processes)"], rows) + note


def _cell(latency: Latency | None, name: str, with_p95: bool = False) -> str:
    if latency is None:
        return "not run"
    if name not in latency.p50:
        note = latency.notes.get(name, "")
        return "capped" if note.startswith("stopped") else "failed" if note else "–"
    text = ms(latency.p50[name])
    return f"{text} / {ms(latency.p95[name])}" if with_p95 else text


def latency_section(run: Run) -> str:
    """p50/p95 per query: cdkg cold and cached over HTTP next to Virtuoso and the in-process engines."""
    from sections import throughput_size

    size = throughput_size(run.plan)
    get = {key: run.latency.get((key, size)) for key, _ in ENGINES}
    rows = [_latency_row(get, query.name) for query in run.catalogue]
    headers = ["query", "rows", "pyoxigraph p50", "evaluate p50", "cdkg cold p50 / p95", "cdkg cached p50 / p95",
               "Virtuoso p50 / p95", "rdflib p50", "cold/Virtuoso", "cached/Virtuoso", "overhead cold", "overhead cached"]
    return (f"At {run.triples[size]:,} triples; milliseconds. Overhead = cdkg HTTP p50 − pyoxigraph in-process p50 "
            "(query and JSON serialisation, no HTTP).\n\n" + table(headers, rows))


def _latency_row(get: dict[str, Latency | None], name: str) -> list[str]:
    floor = get["pyoxigraph"]
    return [name, str(floor.rows.get(name, "")) if floor else "", _cell(floor, name), _cell(get["evaluate"], name),
            _cell(get["cdkg-cold"], name, True), _cell(get["cdkg-cached"], name, True), _cell(get["virtuoso"], name, True),
            _cell(get["rdflib"], name), _ratio_cell(get["cdkg-cold"], get["virtuoso"], name),
            _ratio_cell(get["cdkg-cached"], get["virtuoso"], name), _overhead_cell(get["cdkg-cold"], floor, name),
            _overhead_cell(get["cdkg-cached"], floor, name)]


def _ratio_cell(ours: Latency | None, theirs: Latency | None, name: str) -> str:
    if ours is None or theirs is None:
        return "–"
    if name not in theirs.p50:
        return "Virtuoso failed" if name in theirs.notes else "–"
    return ratio(ours.p50.get(name), theirs.p50[name])


def _overhead_cell(ours: Latency | None, floor: Latency | None, name: str) -> str:
    if ours is None or floor is None or name not in ours.p50 or name not in floor.p50:
        return "–"
    return f"{(ours.p50[name] - floor.p50[name]) * MS:+.2f}"


def size_section(run: Run) -> str:
    """Median over queries of p50, and failures, per engine and size."""
    rows = []
    for key, label in ENGINES:
        cells = [label]
        for size in run.plan.sizes:
            latency = run.latency.get((key, size))
            failed = len(run.catalogue) - len(latency.p50) if latency else 0
            cells.append("not run" if latency is None else f"{ms(median_of(list(latency.p50.values())))}" + (f" ({failed} failed)" if failed else ""))
        rows.append(cells)
    return "Median over the catalogue of each query's p50, in ms (over the queries answered).\n\n" + table(["engine"] + [f"{run.triples[s]:,}" for s in run.plan.sizes], rows)


def throughput_section(run: Run) -> str:
    """Requests/s per workload, mode and connection count, cdkg vs Virtuoso, with the cache headers seen."""
    rows = []
    for workload in (NATO, "mix"):
        for mode in MODES:
            ours, theirs = run.figures.get(f"wrk_cdkg_{workload}_{mode}"), run.figures.get(f"wrk_virtuoso_{workload}_{mode}")
            if not ours or not theirs:
                continue
            for connections in ours:  # type: ignore[union-attr]
                a, b = ours[connections], theirs[connections]  # type: ignore[index]
                rows.append([workload, mode, str(connections), f"{a.rate:.1f}", f"{b.rate:.1f}", ratio(a.rate, b.rate),
                             f"{a.hits:,} / {a.misses:,}", f"{a.errors} / {b.errors}"])
    mix = ", ".join(run.figures.get("mix", []))  # type: ignore[arg-type]
    note = (f"\nwrk, {run.plan.wrk_seconds:g} s per run, median of {run.plan.wrk_repeats}, GET `/sparql?query=` on both servers. "
            "Cold: wrk's Lua script appends `%0A%23<run>-<thread>-<n>` to every request's query (a new comment line: "
            "Virtuoso gets the same unique texts); cached: the same texts repeated, after a warm-up. cdkg hits/misses "
            "count the `X-Cdkg-Cache` headers of the answers. The mix rotates the catalogue queries both servers "
            f"answer correctly in under 1 s: {mix}.\n")
    headers = ["workload", "mode", "connections", "cdkg req/s", "Virtuoso req/s", "cdkg/Virtuoso", "cdkg hits / misses",
               "errors cdkg / Virtuoso"]
    return table(headers, rows) + note


def memory_section(run: Run) -> str:
    """VmHWM of the servers and the builds' peak RSS."""
    rows = []
    for size in run.plan.sizes:
        total, largest = run.figures.get(f"cdkg_memory_{size}", (0, 0))  # type: ignore[misc]
        rows.append([f"cdkg serve, {run.triples[size]:,} triples", mib(total), mib(largest)])
    rows.append(["Virtuoso, every size loaded", mib(run.figures.get("virtuoso_memory", 0)), ""])  # type: ignore[arg-type]
    for mb in run.plan.corpora_mb:
        if f"build_{mb}" in run.figures:
            rows.append([f"build, {mb} MB corpus (/usr/bin/time -v)", mib(run.figures[f'build_{mb}'][1].peak_kib), ""])  # type: ignore[index]
    return table(["process", "peak MiB (sum of VmHWM)", "largest process MiB"], rows)


def caching_section(run: Run) -> str:
    """How cold and cached answers were told apart, and what the X-Cdkg-Cache headers said."""
    rows = []
    for size in run.plan.sizes:
        for mode, expect in (("cold", "miss"), ("cached", "hit")):
            latency = run.latency.get((f"cdkg-{mode}", size))
            if latency is not None:
                matched, checked = latency.cache_checked()
                rows.append([f"{run.triples[size]:,}", mode, expect, f"{matched:,} / {checked:,}"])
    return ("cdkg serve keeps serialised answers in an LRU per worker, keyed by the graph's version and the query job "
            "(text, format, row cap, dataset); the graph changes only at build or update. Every timed latency request's "
            "`X-Cdkg-Cache` header was checked:\n\n" + table(["triples", "mode", "expected", "answers as expected / checked"], rows))


def threads_section(run: Run) -> str:
    """The request-threads trial: NATO at 8 connections with each option, and the choice made."""
    trial = run.figures.get("threads_trial")
    if not trial:
        return f"No trial in this run; {_threads(run)} threads per worker (the default).\n"
    rows = [[str(t), f"{cold.rate:.1f}", f"{cached.rate:.1f}", mib(peak)] for t, (cold, cached, peak) in trial.items()]  # type: ignore[union-attr]
    return (table(["threads per worker", "NATO cold req/s (8 conn.)", "NATO cached req/s (8 conn.)", "peak MiB (all processes)"], rows)
            + f"\nCold: median of {run.plan.threads_rounds} runs of {run.plan.wrk_seconds} s, alternating between the servers; "
            f"cached: one run. Chosen: {_threads(run)} (the default {run.plan.threads_options[0]} unless another option is at least "
            f"{run.plan.threads_gain:g}× faster cold; each thread may hold its own query process with a copy of the store).\n")


def goals(run: Run) -> list[Goal]:
    """The four goals, judged on this run's figures."""
    from goals import judge_goals

    return judge_goals(run)


def goals_section(run: Run) -> str:
    """The goal table."""
    return goals_table(goals(run))


def profile_section(run: Run) -> str:
    """py-spy's top entries for each profile recorded."""
    parts = []
    for label in ("nato-8", "cheapest-1"):
        found = run.figures.get(f"profile_{label}")
        if not found:
            continue
        top, ours, cheapest = found  # type: ignore[misc]
        title = "NATO question, cold, 8 connections" if label == "nato-8" else f"cheapest query ({cheapest}), cold, 1 connection"
        rows = [[frame, f"{own:.1f}", f"{total:.1f}"] for frame, own, total in top]
        parts.append(f"**{title}** — top frames by own time (all server processes):\n\n" + table(["frame", "own %", "total %"], rows))
        parts.append("Our frames (cdkg/, server/) by total time, entry points left out:\n\n" + table(["frame", "total %"], [[f, f"{p:.1f}"] for f, p in ours]))
    return "\n".join(parts) or "not recorded"


def latency_notes(run: Run) -> list[str]:
    """One note per failed or capped query per engine and size."""
    notes = []
    for (key, size), latency in sorted(run.latency.items(), key=lambda item: (item[0][1], item[0][0])):
        for name, note in latency.notes.items():
            notes.append(f"{key} at {run.triples[size]:,} triples, {name}: {note}")
    return notes
