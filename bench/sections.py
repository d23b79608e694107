"""The benchmark's measurement steps, in order, each filling the Run (see run.py)."""

from __future__ import annotations

import threading
from contextlib import ExitStack
from typing import TYPE_CHECKING

from cdkg.virtuoso import running_virtuoso
from http_client import Endpoint, catalogue_path, sparql_path
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
        run.latency[("pyoxigraph", size)], run.latency[("evaluate", size)] = inprocess_latency(graph, run.catalogue, run.plan)
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
        run.latency[("virtuoso", size)] = http_latency(endpoint, paths, run.plan, expected_rows(run, size))


def mix_queries(run: Run, size: int) -> list[str]:
    """Catalogue queries every HTTP engine answered right, under MIX_CEILING seconds at p50."""
    names = []
    for query in run.catalogue:
        virtuoso = run.latency[("virtuoso", size)].p50.get(query.name)
        ours = run.latency[("cdkg", size)].p50.get(query.name)
        if virtuoso is not None and ours is not None and max(virtuoso, ours) < MIX_CEILING:
            names.append(query.name)
    return names


def measure_cdkg(run: Run, virtuoso) -> None:  # type: ignore[no-untyped-def]
    """cdkg serve at every size: start-up, latency, peak memory; throughput at the middle size."""
    middle = throughput_size(run.plan)
    for size, graph in run.graphs.items():
        run.step(f"cdkg serve latency at {size}")
        server = serve_for_latency(graph, run.plan)
        try:
            run.figures[f"startup_file_{size}"] = server.startup
            run.latency[("cdkg", size)] = http_latency(server.endpoint, cdkg_paths(run.catalogue), run.plan, expected_rows(run, size))
            if size == middle:
                measure_throughput(run, server, virtuoso, size)
            run.figures[f"cdkg_memory_{size}"] = server.peak_rss_kib()
        finally:
            server.stop()
    run.figures["virtuoso_memory"] = peak_rss_kib(server_pid(virtuoso))


def throughput_size(plan: Plan) -> int:
    """The size throughput and the per-query table are measured at: 100k when planned."""
    return 100_000 if 100_000 in plan.sizes else plan.sizes[-1]


def measure_throughput(run: Run, server, virtuoso, size: int) -> None:  # type: ignore[no-untyped-def]
    """wrk on the NATO question and on the catalogue mix, cdkg then Virtuoso; profiles if needed."""
    mix = mix_queries(run, size)
    run.figures["mix"] = mix
    scripts = run.work
    ours = {NATO: [catalogue_path(NATO)], "mix": [catalogue_path(n) for n in mix]}
    theirs = {NATO: [sparql_path(run.catalogue.get(NATO).text, graph_iri(size))],
              "mix": [sparql_path(run.catalogue.get(n).text, graph_iri(size)) for n in mix]}
    for workload in (NATO, "mix"):
        run.step(f"wrk on {workload}: cdkg")
        run.figures[f"wrk_cdkg_{workload}"] = throughput(server.base_url, ours[workload], run.plan, scripts)
        run.step(f"wrk on {workload}: Virtuoso")
        run.figures[f"wrk_virtuoso_{workload}"] = throughput(virtuoso.base_url, theirs[workload], run.plan, scripts)
    profile_server(run, server, ours)


def profile_server(run: Run, server, paths: dict[str, list[str]]) -> None:  # type: ignore[no-untyped-def]
    """py-spy profiles of the server under load: NATO at 8 connections, and the cheapest query at 1."""
    cheapest = min(run.latency[("pyoxigraph", throughput_size(run.plan))].p50.items(), key=lambda item: item[1])[0]
    for label, workload, connections in (("nato-8", paths[NATO], 8), ("cheapest-1", [catalogue_path(cheapest)], 1)):
        run.step(f"profiling cdkg serve ({label})")
        out = run.work / f"profile-{label}.txt"
        load = threading.Thread(target=run_wrk, args=(server.base_url, workload, connections, run.plan.profile_seconds + 1, run.work))
        load.start()
        recorded = record_profile(server.process.pid, run.plan.profile_seconds, out)
        load.join()
        if recorded:
            run.figures[f"profile_{label}"] = (top_entries(recorded), top_inclusive(recorded, "cdkg"), cheapest)


def measure_startup(run: Run) -> None:
    """Start-up to the first answer at the largest size: from a prepared store folder and from the file."""
    size = run.plan.sizes[-1]
    graph = run.graphs[size]
    run.step(f"start-up at {size}: preparing the store folder")
    store, seconds = prepared_store(graph, run.work)
    run.figures["store_prepare_s"] = seconds
    run.step(f"start-up at {size}: --store")
    run.figures["startup_store"] = startup_times(store, run.plan, as_store=True)
    run.step(f"start-up at {size}: --kg (N-Triples)")
    run.figures["startup_file"] = startup_times(graph, run.plan, as_store=False)
