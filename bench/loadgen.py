"""Throughput with wrk: a Lua script rotates GET paths; requests per second parsed from its report.

For cold runs the script appends a comment line unique to the run, the wrk thread and the request
(``%0A%23<tag>-<thread>-<n>``) to each path, which must end with the SPARQL query parameter. Every
run counts the answers' ``X-Cdkg-Cache`` headers (hit, miss) so the report can show what was cached.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

WRK = "wrk"
_RATE = re.compile(r"Requests/sec:\s+([\d.]+)")
_NON_2XX = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
_SOCKET = re.compile(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")
_TOTAL = re.compile(r"(\d+) requests in")
_CACHE = re.compile(r"cache hit (\d+) miss (\d+)")

LUA_TEMPLATE = """local paths = {
  %(paths)s
}
local suffix = %(suffix)s
local headers = {["Accept"] = %(accept)s}
local created = 0
local threads = {}

function setup(thread)
  created = created + 1
  thread:set("id", created)
  table.insert(threads, thread)
end

function init(args)
  i, n, hits, misses = 0, 0, 0, 0
end

request = function()
  i = i %% #paths + 1
  n = n + 1
  local path = paths[i]
  if suffix ~= "" then path = path .. suffix .. id .. "-" .. n end
  return wrk.format("GET", path, headers)
end

response = function(status, headers, body)
  local cache = headers["X-Cdkg-Cache"]
  if cache == "hit" then hits = hits + 1 elseif cache == "miss" then misses = misses + 1 end
end

done = function(summary, latency, requests)
  local h, m = 0, 0
  for _, thread in ipairs(threads) do h = h + thread:get("hits"); m = m + thread:get("misses") end
  io.write(string.format("cache hit %%d miss %%d\\n", h, m))
end
"""


@dataclass(frozen=True)
class LoadResult:
    """One wrk run: requests per second, completed requests, failed ones, and X-Cdkg-Cache hits/misses."""

    rate: float
    requests: int
    errors: int
    hits: int = 0
    misses: int = 0


def lua_script(paths: list[str], accept: str = "application/sparql-results+json", unique: bool = False) -> str:
    """A wrk script that sends the paths in turn; ``unique`` appends a comment unique per request."""
    suffix = f"%0A%23cold-{time.time_ns()}-" if unique else ""
    quoted = ",\n  ".join(_lua_string(p) for p in paths)
    return LUA_TEMPLATE % {"paths": quoted, "suffix": _lua_string(suffix), "accept": _lua_string(accept)}


def _lua_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def parse_wrk(output: str) -> LoadResult:
    """Rate, request count, errors and cache hits/misses from wrk's text report."""
    rate = _RATE.search(output)
    total = _TOTAL.search(output)
    errors = sum(int(n) for n in _SOCKET.search(output).groups()) if _SOCKET.search(output) else 0
    non_2xx = _NON_2XX.search(output)
    errors += int(non_2xx.group(1)) if non_2xx else 0
    cache = _CACHE.search(output)
    hits, misses = (int(cache.group(1)), int(cache.group(2))) if cache else (0, 0)
    return LoadResult(float(rate.group(1)) if rate else 0.0, int(total.group(1)) if total else 0, errors, hits, misses)


def run_wrk(base_url: str, paths: list[str], connections: int, seconds: int, script_dir: Path,
            unique: bool = False, timeout: int = 10) -> LoadResult:
    """Run wrk for ``seconds`` with ``connections`` connections over the rotating paths (made unique if asked)."""
    if shutil.which(WRK) is None:
        raise RuntimeError("wrk is not installed (Debian: apt-get install wrk)")
    script = script_dir / f"paths-{abs(hash(tuple(paths)))}-{int(unique)}.lua"
    script.write_text(lua_script(paths, unique=unique), encoding="utf-8")
    threads = min(connections, 2)
    command = [WRK, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", f"--timeout={timeout}s", "-s", str(script), base_url]
    done = subprocess.run(command, capture_output=True, text=True, timeout=seconds + timeout + 30, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"wrk failed: {done.stderr.strip() or done.stdout.strip()}")
    return parse_wrk(done.stdout)
