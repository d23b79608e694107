"""Smoke tests of the benchmark harness (bench/) on tiny inputs: no timing assertions."""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import Graph

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

from cdkg.catalogue import load_catalogue  # noqa: E402
from engines import cdkg_evaluate, load_oxigraph, oxigraph_floor  # noqa: E402
from http_client import cold_text, count_rows, sparql_path, unique_paths  # noqa: E402
from loadgen import lua_script, parse_wrk  # noqa: E402
from measure import Latency, Plan  # noqa: E402
from profiling import parse_collapsed, top_inclusive  # noqa: E402
from report import Goal, goals_table, table  # noqa: E402
from stats import percentile  # noqa: E402
from workloads import scaled_graph  # noqa: E402

SAMPLE = Path(__file__).parent / "data" / "server" / "sample-kg.ttl"
WRK_OUTPUT = """Running 1s test @ http://127.0.0.1:1
  2 threads and 8 connections
  123 requests in 1.00s, 1.00MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 4
Requests/sec:    122.95
cache hit 100 miss 23
"""


def test_scaled_graph_has_renamed_copies(tmp_path: Path) -> None:
    seed = len(Graph().parse(SAMPLE))
    out = tmp_path / "scaled.nt"
    written = scaled_graph(SAMPLE, seed * 3, out)
    graph = Graph().parse(out)
    assert written == len(graph) == seed * 3
    assert any("/copy2/" in str(s) for s in graph.subjects())


def test_percentile_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.5) == 50.0
    assert percentile(values, 0.95) == 95.0
    assert percentile([3.0], 0.95) == 3.0


def test_inprocess_engines_agree_on_rows(tmp_path: Path) -> None:
    store = load_oxigraph(SAMPLE)
    nato = load_catalogue().get("states-with-nato-cyber-mous")
    floor = oxigraph_floor(store, nato, count=2, budget=1.0)
    ours = cdkg_evaluate(store, nato, count=2, budget=1.0)
    assert floor.rows == ours.rows == 2
    assert len(floor.samples) == 2


def test_latency_records_failures_without_figures() -> None:
    latency = Latency()
    latency.add_samples("a", [0.001, 0.003, 0.002], 5)
    latency.add_samples("b", [], -1, "HTTP 500")
    assert latency.p50 == {"a": 0.002} and "b" in latency.notes


def test_wrk_script_and_report_parsing() -> None:
    script = lua_script(["/queries/a", '/sparql?query="x"'])
    assert '"/queries/a"' in script and '\\"x\\"' in script and "request = function()" in script
    assert 'local suffix = ""' in script and "X-Cdkg-Cache" in script
    result = parse_wrk(WRK_OUTPUT)
    assert (result.rate, result.requests, result.errors, result.hits, result.misses) == (122.95, 123, 7, 100, 23)


def test_cold_wrk_script_appends_a_comment_unique_per_run() -> None:
    first, second = lua_script(["/sparql?query=ASK%7B%7D"], unique=True), lua_script(["/sparql?query=ASK%7B%7D"], unique=True)
    suffix = [line for line in first.splitlines() if line.startswith("local suffix")][0]
    assert '"%0A%23cold-' in suffix and suffix not in second


def test_sparql_path_and_row_count() -> None:
    path = sparql_path("SELECT * WHERE { ?s ?p ?o }", "urn:g")
    assert path.startswith("/sparql?default-graph-uri=urn%3Ag&query=SELECT")
    assert count_rows(b'{"head":{"vars":[]},"results":{"bindings":[{},{}]}}') == 2
    assert count_rows(b"<html>") == -1


def test_cold_texts_differ_only_by_a_trailing_comment() -> None:
    query = "SELECT * WHERE { ?s ?p ?o }"
    a, b = cold_text(query), cold_text(query)
    assert a != b and a.startswith(query + "\n# ") and "\n" not in a[len(query) + 1:]
    paths = unique_paths(query)
    assert paths() != paths()


def test_collapsed_stacks_are_summarised() -> None:
    text = 'process 1:"python";a (x/f.py:1);b (x/g.py:2) 3\nprocess 1:"python";a (x/f.py:1) 1\n'
    own, inclusive, total = parse_collapsed(text)
    assert total == 4 and own["b (x/g.py)"] == 3 and inclusive["a (x/f.py)"] == 4


def test_our_frames_leave_out_entry_points(tmp_path: Path) -> None:
    collapsed = tmp_path / "stacks.txt"
    collapsed.write_text("main (x/cdkg/cli.py:1);run (x/server/service.py:2);evaluate (x/cdkg/sparql.py:3) 4\n"
                         "main (x/cdkg/cli.py:1);wait (lib/selectors.py:9) 4\n")
    frames = dict(top_inclusive(collapsed, ("cdkg/", "server/")))
    assert frames == {"run (server/service.py)": 50.0, "evaluate (cdkg/sparql.py)": 50.0}


def test_markdown_tables() -> None:
    assert table(["a", "b"], [["1", "x|y"]]).splitlines() == ["| a | b |", "| --- | --- |", "| 1 | x\\|y |"]
    rendered = goals_table([Goal("g", "≤ 1", "2", "1", "2.00×", False)])
    assert "**missed**" in rendered


def test_quick_plan_is_smaller() -> None:
    quick, full = Plan.quick(), Plan()
    assert max(quick.sizes) < max(full.sizes) and quick.wrk_seconds <= full.wrk_seconds


def test_process_group_is_stopped() -> None:
    from processes import group_members, start_process, stop_process

    process = start_process([sys.executable, "-c", "import subprocess, sys, time; subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)']); time.sleep(60)"])
    import time

    time.sleep(0.5)
    assert len(group_members(process.pid)) >= 2
    stop_process(process)
    time.sleep(0.2)
    assert group_members(process.pid) == [] or all(_zombie(pid) for pid in group_members(process.pid))


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


def test_goals_are_judged_on_cold_and_on_cached_figures(tmp_path: Path) -> None:
    from goals import judge_goals
    from loadgen import LoadResult
    from run import Run

    size = 100_000
    run = Run(Plan(sizes=(size,)), tmp_path, SAMPLE, load_catalogue())
    run.triples[size] = size
    for engine, seconds in (("pyoxigraph", 0.002), ("virtuoso", 0.004), ("cdkg-cold", 0.005), ("cdkg-cached", 0.0025)):
        run.latency[(engine, size)] = Latency()
        for query in run.catalogue:
            run.latency[(engine, size)].add_samples(query.name, [seconds], 1)
    nato = "states-with-nato-cyber-mous"
    for server, mode, rate in (("cdkg", "cold", 100.0), ("virtuoso", "cold", 90.0), ("cdkg", "cached", 400.0), ("virtuoso", "cached", 100.0)):
        run.figures[f"wrk_{server}_{nato}_{mode}"] = {8: LoadResult(rate, int(rate), 0)}
    verdicts = {goal.name.split(" (")[0]: goal.met for goal in judge_goals(run)}
    assert verdicts["p50 per query ≤ Virtuoso, cold"] is False and verdicts["p50 per query ≤ Virtuoso, cached"] is True
    assert verdicts["NATO req/s at 8 connections, cold"] is False and verdicts["NATO req/s at 8 connections, cached"] is True
    assert verdicts["HTTP overhead over pyoxigraph, cold"] is False and verdicts["HTTP overhead over pyoxigraph, cached"] is True


def test_rule_precision_counts_backed_rows_per_rule(tmp_path: Path) -> None:
    """The invented one-profile corpus: its backed membership and agency rows count for their rules, the
    agreement whose status disagrees with the gold counts unbacked; with --own-families a family without gold
    rows in the folder is left out."""
    from rule_precision import main, rule_counts

    corpus = Path(__file__).parent / "data" / "extraction" / "corpus"
    rows, backed = rule_counts([corpus])
    assert sum(backed.values()) >= 2 and sum(rows.values()) > sum(backed.values())
    assert all(backed[rule] <= count for rule, count in rows.items())
    assert any(rule.startswith("agreement") and backed[rule] < count for rule, count in rows.items())
    gold = (corpus / "ghana.gold.tsv").read_text(encoding="utf-8").splitlines()
    (tmp_path / "ghana.txt").write_text((corpus / "ghana.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "ghana.gold.tsv").write_text("\n".join(line for line in gold if "\tagreement\t" not in line) + "\n",
                                             encoding="utf-8")
    own, _ = rule_counts([tmp_path], own_families=True)
    assert own and not any(rule.startswith("agreement") for rule in own)
    assert main([str(corpus), "--min-rows", "1"]) == 0
    assert main([str(tmp_path / "none")]) == 2  # no profiles: one line on stderr, no traceback


def test_precision_filter_labels_rows_and_holds_each_folder_out(tmp_path: Path) -> None:
    """The invented one-profile corpus, twice (the second without its membership gold): every emitted row is
    labelled from its own folder's gold, each folder is held out once with its rules' figures, and a single
    folder or a folder without profiles is one line on stderr and exit 2."""
    from precision_filter import folder_rows, leave_one_out, main

    corpus = Path(__file__).parent / "data" / "extraction" / "corpus"
    rows, gold = folder_rows(corpus, words=True)
    assert gold == len((corpus / "ghana.gold.tsv").read_text(encoding="utf-8").splitlines()) - 1
    assert any(r.backed for r in rows) and not all(r.backed for r in rows)
    assert all(r.features["length"] > 0 and any(k.startswith("word=") for k in r.features) for r in rows)
    lines = (corpus / "ghana.gold.tsv").read_text(encoding="utf-8").splitlines()
    (tmp_path / "ghana.txt").write_text((corpus / "ghana.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "ghana.gold.tsv").write_text("\n".join(x for x in lines if "\tmembership\t" not in x) + "\n",
                                             encoding="utf-8")
    other, _ = folder_rows(tmp_path, words=False)
    assert sum(r.backed for r in other) < sum(r.backed for r in rows)
    report = leave_one_out({"a": (rows, gold), "b": (other, gold)})
    assert [line.split()[0] for line in report[:2]] == ["a", "b"] and report[-1].startswith("all folds")
    backed = sum(r.backed for r in rows)
    assert f"rules P {backed / len(rows):.3f} R {backed / gold:.3f}" in report[0]
    assert main([f"a={corpus}"]) == 2
    assert main([f"a={corpus}", f"b={tmp_path / 'none'}"]) == 2
