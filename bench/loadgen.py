"""Throughput with wrk: a Lua script rotates GET paths; requests per second parsed from its report."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

WRK = "wrk"
_RATE = re.compile(r"Requests/sec:\s+([\d.]+)")
_NON_2XX = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
_SOCKET = re.compile(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")
_TOTAL = re.compile(r"(\d+) requests in")


@dataclass(frozen=True)
class LoadResult:
    """One wrk run: requests per second, completed requests, and failed ones (non-2xx, socket errors)."""

    rate: float
    requests: int
    errors: int


def lua_script(paths: list[str], accept: str = "application/sparql-results+json") -> str:
    """A wrk script that sends the paths in turn (each wrk thread rotates on its own)."""
    quoted = ",\n  ".join(_lua_string(p) for p in paths)
    return (
        f"local paths = {{\n  {quoted}\n}}\n"
        "local i = 0\n"
        "request = function()\n"
        "  i = i % #paths + 1\n"
        f"  return wrk.format(\"GET\", paths[i], {{[\"Accept\"] = {_lua_string(accept)}}})\n"
        "end\n"
    )


def _lua_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def parse_wrk(output: str) -> LoadResult:
    """Rate, request count and errors from wrk's text report."""
    rate = _RATE.search(output)
    total = _TOTAL.search(output)
    errors = sum(int(n) for n in _SOCKET.search(output).groups()) if _SOCKET.search(output) else 0
    non_2xx = _NON_2XX.search(output)
    errors += int(non_2xx.group(1)) if non_2xx else 0
    return LoadResult(float(rate.group(1)) if rate else 0.0, int(total.group(1)) if total else 0, errors)


def run_wrk(base_url: str, paths: list[str], connections: int, seconds: int, script_dir: Path, timeout: int = 10) -> LoadResult:
    """Run wrk for ``seconds`` with ``connections`` connections over the rotating paths."""
    if shutil.which(WRK) is None:
        raise RuntimeError("wrk is not installed (Debian: apt-get install wrk)")
    script = script_dir / f"paths-{abs(hash(tuple(paths)))}.lua"
    script.write_text(lua_script(paths), encoding="utf-8")
    threads = min(connections, 2)
    command = [WRK, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", f"--timeout={timeout}s", "-s", str(script), base_url]
    done = subprocess.run(command, capture_output=True, text=True, timeout=seconds + timeout + 30, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"wrk failed: {done.stderr.strip() or done.stdout.strip()}")
    return parse_wrk(done.stdout)
