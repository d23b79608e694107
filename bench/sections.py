"""The benchmark's measurement steps, in order, each filling the Run (see run.py)."""

from __future__ import annotations

import threading
from contextlib import ExitStack
from typing import TYPE_CHECKING

from virtuoso import running_virtuoso
from cdkg_server import start_cdkg, warm_query_processes
from http_client import Endpoint, answers_ok, sparql_path
from loadgen import run_wrk
from measure import (
    Plan, cdkg_paths, http_latency, inprocess_latency, prepared_store, rdflib_latency,
    serve_for_latency, startup_times, throughput, virtuoso_paths,
)
from processes import peak_rss_kib
from profiling import record_profile, top_entries, top_inclusive
from render import render  # noqa: F401 - re-exported for run.py
from virtuoso_bench import CappedVirtuosoConfig, graph_iri, load_graphs, server_pid

if TYPE_CHECKING:
    from run import Run

NATO = "states-with-nato-cyber-mous"
MIX_CEILING = 1.0


def measure_everything(run: Run, stack: ExitStack) -> None:
    """Every measurement of the plan, in an order that keeps one server busy at a time."""
    from run import prepare_graphs

    run.step("scaling the graph")
    prepare_graphs(run)
    measure_pipeline(run)
    measure_inprocess(run)
    virtuoso = start_loaded_virtuoso(run, stack)
    measure_virtuoso_latency(run, virtuoso)
    choose_threads(run)
    measure_cdkg(run, virtuoso)
    measure_startup(run)


def measure_pipeline(run: Run) -> None:
    """Build throughput on synthetic corpora and SHACL validation time on the scaled graphs."""
    from pipeline_steps import measure_build, measure_validation

    measure_build(run)
    measure_validation(run)


def measure_inprocess(run: Run) -> None:
    """pyoxigraph floor and cdkg evaluate at every size; rdflib at its sizes (capped)."""
    for size, graph in run.graphs.items():
        run.step(f"in-process pyoxigraph at {size}")
        run.latency[("pyoxigraph", size)], run.latency[("evaluate", size)] = inprocess_latency(graph, run.catalogue, run.plan, size)
        if size in run.plan.rdflib_sizes:
            run.step(f"rdflib at {size} (each query capped at {run.plan.rdflib_cap:g} s)")
            run.latency[("rdflib", size)] = rdflib_latency(graph, run.catalogue, run.plan)


def start_loaded_virtuoso(run: Run, stack: ExitStack):  # type: ignore[no-untyped-def]
    """Virtuoso 7 in a temporary folder with every workload in its own named graph."""
    run.step("starting Virtuoso and loading every size")
    config = CappedVirtuosoConfig(max_query_seconds=run.plan.virtuoso_cap)
    folder = run.work / "virtuoso"
    folder.mkdir(parents=True, exist_ok=True)
    server = stack.enter_context(running_virtuoso(folder, config))
    run.figures["virtuoso_load_s"] = load_graphs(server, run.graphs)
    return server


def expected_rows(run: Run, size: int) -> dict[str, int]:
    """Row counts pyoxigraph found, per query: the reference answer for the HTTP engines."""
    return run.latency[("pyoxigraph", size)].rows


def measure_virtuoso_latency(run: Run, virtuoso) -> None:  # type: ignore[no-untyped-def]
    """Latency of every catalogue query on Virtuoso's /sparql, at every size."""
    endpoint = Endpoint("127.0.0.1", virtuoso.http_port)
    for size in run.graphs:
        run.step(f"Virtuoso latency at {size}")
        paths = virtuoso_paths(run.catalogue, graph_iri(size))
        run.latency[("virtuoso", size)] = http_latency(endpoint, paths, run.plan, expected_rows(run, size), size)


def mix_queries(run: Run, size: int) -> list[str]:
    """Catalogue queries every HTTP engine answered right, under MIX_CEILING seconds at p50."""
    names = []
    for query in run.catalogue:
        virtuoso = run.latency[("virtuoso", size)].p50.get(query.name)
        ours = run.latency[("cdkg-cold", size)].p50.get(query.name)
        if virtuoso is not None and ours is not None and max(virtuoso, ours) < MIX_CEILING:
            names.append(query.name)
    return names


def threads(run: Run) -> int:
    """The request threads per worker the servers run with (the trial's choice, else the first option)."""
    return int(run.figures.get("threads", run.plan.threads_options[0]))  # type: ignore[call-overload]


def choose_threads(run: Run) -> None:
    """NATO at 8 connections for each threads option, servers side by side and runs interleaved; keep the default
    unless another option's median cold rate is clearly higher (single runs here vary by ±20 %)."""
    if len(run.plan.threads_options) < 2:
        return
    nato = [sparql_path(run.catalogue.get(NATO).text)]
    servers = {}
    try:
        for option in run.plan.threads_options:
            run.step(f"threads trial: {option} threads per worker")
            servers[option] = start_cdkg(run.graphs[throughput_size(run.plan)], run.plan.workers, option)
            warm_query_processes(servers[option], nato, option, run.work)
        run.figures["threads_trial"] = _interleaved_trial(run, servers, nato)
    finally:
        for server in servers.values():
            server.stop()
    trial = run.figures["threads_trial"]
    default = run.plan.threads_options[0]
    best = max(trial, key=lambda t: trial[t][0].rate)  # type: ignore[index]
    run.figures["threads"] = best if trial[best][0].rate >= run.plan.threads_gain * trial[default][0].rate else default  # type: ignore[index]


def _interleaved_trial(run: Run, servers: dict, nato: list[str]) -> dict:  # type: ignore[type-arg]
    """(median cold run, cached run, peak memory) per threads option; cold runs alternate between the servers."""
    cold: dict[int, list] = {option: [] for option in servers}  # type: ignore[type-arg]
    for _ in range(run.plan.threads_rounds):
        for option, server in servers.items():
            cold[option].append(run_wrk(server.base_url, nato, 8, run.plan.wrk_seconds, run.work, True))
    found = {}
    for option, server in servers.items():
        runs = sorted(cold[option], key=lambda r: r.rate)
        cached = run_wrk(server.base_url, nato, 8, run.plan.wrk_seconds, run.work, False)
        found[option] = (runs[len(runs) // 2], cached, server.peak_rss_kib()[0])
    return found


def measure_cdkg(run: Run, virtuoso) -> None:  # type: ignore[no-untyped-def]
    """cdkg serve at every size: start-up, cold and cached latency, peak memory; throughput at the middle size."""
    middle = throughput_size(run.plan)
    for size, graph in run.graphs.items():
        run.step(f"cdkg serve latency at {size}, cold then cached")
        server = serve_for_latency(graph, run.plan, threads(run))
        try:
            run.figures[f"startup_file_{size}"] = server.startup
            for mode, expect in (("cold", "miss"), ("cached", "hit")):
                paths = cdkg_paths(run.catalogue, cold=mode == "cold")
                run.latency[(f"cdkg-{mode}", size)] = http_latency(server.endpoint, paths, run.plan, expected_rows(run, size), size, expect)
            if size == middle:
                measure_throughput(run, server, virtuoso, size)
            run.figures[f"cdkg_memory_{size}"] = server.peak_rss_kib()
        finally:
            server.stop()
    run.figures["virtuoso_memory"] = peak_rss_kib(server_pid(virtuoso))


def throughput_size(plan: Plan) -> int:
    """The size throughput and the per-query table are measured at: 100k when planned."""
    return 100_000 if 100_000 in plan.sizes else plan.sizes[-1]


def workload_paths(run: Run, size: int) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """SPARQL GET paths of each workload (NATO alone, the mix) for cdkg and for Virtuoso; query text last."""
    mix = mix_queries(run, size)
    run.figures["mix"] = mix
    texts = {NATO: [run.catalogue.get(NATO).text], "mix": [run.catalogue.get(n).text for n in mix]}
    ours = {w: [sparql_path(t) for t in found] for w, found in texts.items()}
    theirs = {w: [sparql_path(t, graph_iri(size)) for t in found] for w, found in texts.items()}
    return ours, theirs


def warm_cache(server, paths: list[str], tries: int = 6) -> None:  # type: ignore[no-untyped-def]
    """Ask each path on several new connections so that both workers' caches hold its answer."""
    for path in paths:
        for _ in range(tries):
            answers_ok(server.endpoint, path, timeout=60.0)


def measure_throughput(run: Run, server, virtuoso, size: int) -> None:  # type: ignore[no-untyped-def]
    """wrk on the NATO question and on the catalogue mix, cached and cold, cdkg then Virtuoso; profiles."""
    ours, theirs = workload_paths(run, size)
    warm_query_processes(server, ours[NATO], threads(run), run.work)
    for workload in (NATO, "mix"):
        warm_cache(server, ours[workload])
        for mode in ("cached", "cold"):
            run.step(f"wrk on {workload}, {mode}: cdkg and Virtuoso")
            unique = mode == "cold"
            run.figures[f"wrk_cdkg_{workload}_{mode}"] = throughput(server.base_url, ours[workload], run.plan, run.work, unique)
            run.figures[f"wrk_virtuoso_{workload}_{mode}"] = throughput(virtuoso.base_url, theirs[workload], run.plan, run.work, unique)
    profile_server(run, server, ours)


def profile_server(run: Run, server, paths: dict[str, list[str]]) -> None:  # type: ignore[no-untyped-def]
    """py-spy profiles of the server under cold load: NATO at 8 connections, and the cheapest query at 1."""
    cheapest = min(run.latency[("pyoxigraph", throughput_size(run.plan))].p50.items(), key=lambda item: item[1])[0]
    cheapest_path = [sparql_path(run.catalogue.get(cheapest).text)]
    planned = (("nato-8", paths[NATO], 8), ("cheapest-1", cheapest_path, 1))
    for label, workload, connections in [p for p in planned if p[0] in run.plan.profiles]:
        run.step(f"profiling cdkg serve ({label}, cold)")
        out = run.work / f"profile-{label}.txt"
        load = threading.Thread(target=run_wrk, args=(server.base_url, workload, connections, run.plan.profile_seconds + 1, run.work, True))
        load.start()
        recorded = record_profile(server.process.pid, run.plan.profile_seconds, out)
        load.join()
        if recorded:
            run.figures[f"profile_{label}"] = (top_entries(recorded), top_inclusive(recorded, ("cdkg/", "server/")), cheapest)


def measure_startup(run: Run) -> None:
    """Start-up to the first answer at the largest size from a store folder prepared beforehand."""
    size = run.plan.sizes[-1]
    graph = run.graphs[size]
    run.step(f"start-up at {size}: preparing the store folder")
    store, seconds = prepared_store(graph, run.work)
    run.figures["store_prepare_s"] = seconds
    run.step(f"start-up at {size}: --store (x{run.plan.startup_repeats})")
    run.figures["startup_store"] = startup_times(store, run.plan, as_store=True, threads=threads(run))
