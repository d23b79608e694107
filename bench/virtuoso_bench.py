"""Virtuoso 7 for the benchmark: virtuoso.py's throwaway server, a query time cap, bulk loading."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from virtuoso import ADMIN_USER, ISQL_BINARY, VirtuosoConfig, VirtuosoServer

GRAPH_PREFIX = "urn:cdkg-bench:triples-"


@dataclass(frozen=True)
class CappedVirtuosoConfig(VirtuosoConfig):
    """VirtuosoConfig plus a cap on each SPARQL query's run time (Virtuoso answers partially, flagged)."""

    max_query_seconds: int = 10

    def ini_text(self, folder: Path, isql_port: int, http_port: int) -> str:
        """The ini with ``MaxQueryExecutionTime`` added to its [SPARQL] section (the last one)."""
        return super().ini_text(folder, isql_port, http_port) + f"MaxQueryExecutionTime = {self.max_query_seconds}\n"


def graph_iri(size: int) -> str:
    """The named graph that holds the workload of ``size`` triples."""
    return f"{GRAPH_PREFIX}{size}"


def isql(server: VirtuosoServer, script: str, timeout: float = 600.0) -> str:
    """Run an ISQL script as dba (over stdin); raises RuntimeError when it reports an error."""
    command = [shutil.which(ISQL_BINARY) or ISQL_BINARY, f"127.0.0.1:{server.isql_port}", ADMIN_USER, server.password, "VERBOSE=OFF", "BANNER=OFF"]
    done = subprocess.run(command, input=script.encode(), capture_output=True, timeout=timeout, check=False)
    output = (done.stdout + done.stderr).decode(errors="replace")
    if done.returncode != 0 or "*** Error" in output:
        raise RuntimeError(f"isql-vt failed: {output.strip()[-500:]}")
    return output


def load_graphs(server: VirtuosoServer, graphs: dict[int, Path]) -> float:
    """Bulk-load each workload file into its named graph (ld_dir + rdf_loader_run); returns seconds."""
    inbox = server.folder / "load"
    inbox.mkdir(exist_ok=True)
    lines = []
    for size, path in graphs.items():
        target = inbox / path.name
        if not target.exists():
            os.link(path, target) if _same_device(path, inbox) else shutil.copy(path, target)
        lines.append(f"ld_dir('{inbox}', '{path.name}', '{graph_iri(size)}');")
    start = time.perf_counter()
    isql(server, "\n".join(lines) + "\nrdf_loader_run();\ncheckpoint;\n")
    return time.perf_counter() - start


def _same_device(path: Path, folder: Path) -> bool:
    return path.stat().st_dev == folder.stat().st_dev


def server_pid(server: VirtuosoServer) -> int:
    """The virtuoso-t process id."""
    assert server.process is not None
    return server.process.pid
