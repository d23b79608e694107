"""Processes the benchmark starts: every one is registered and killed on exit, error or Ctrl-C."""

from __future__ import annotations

import atexit
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Sequence

_STARTED: list[subprocess.Popen[bytes]] = []


def free_port() -> int:
    """A TCP port free on loopback right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_process(command: Sequence[str], log: Path | None = None, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    """Start a command in its own process group (so its children die with it) and register it.

    ``env`` adds variables to this process's environment for the child.
    """
    out = log.open("wb") if log else subprocess.DEVNULL
    environment = {**os.environ, **env} if env else None
    process = subprocess.Popen(list(command), stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                               start_new_session=True, env=environment)
    _STARTED.append(process)
    return process


def stop_process(process: subprocess.Popen[bytes], grace: float = 5.0) -> None:
    """Terminate a started process and its group (SIGTERM, then SIGKILL after ``grace`` s)."""
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(process.pid, sig)
        except (ProcessLookupError, PermissionError):
            break
        try:
            process.wait(wait)
            break
        except subprocess.TimeoutExpired:
            continue
    _kill_leftover_group(process.pid)
    if process in _STARTED:
        _STARTED.remove(process)


def _kill_leftover_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def stop_all() -> None:
    """Stop every process this run started and that still runs."""
    for process in list(_STARTED):
        stop_process(process, grace=2.0)


def install_cleanup() -> None:
    """Stop started processes at exit, and turn SIGTERM into a clean exit (Ctrl-C already unwinds)."""
    atexit.register(stop_all)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(2))


def group_members(pgid: int) -> list[int]:
    """The live process ids in a process group (from /proc)."""
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and _pgrp_of(entry) == pgid:
            members.append(int(entry.name))
    return members


def _pgrp_of(proc_dir: Path) -> int | None:
    try:
        stat = (proc_dir / "stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[2])


def peak_rss_kib(pid: int) -> int:
    """VmHWM (peak resident set) of one process in KiB; 0 once it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def group_peak_rss_kib(pgid: int) -> tuple[int, int]:
    """(sum, largest) of the VmHWM of every process in a group, in KiB."""
    peaks = [peak_rss_kib(pid) for pid in group_members(pgid)]
    return sum(peaks), max(peaks, default=0)


def wait_for(check: Callable[[], bool], timeout: float, process: subprocess.Popen[bytes] | None = None) -> float:
    """Seconds until ``check()`` is true, polling every 10 ms; raises RuntimeError on timeout or exit."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process {process.args!r} exited with {process.returncode}")
        if check():
            return time.perf_counter() - start
        time.sleep(0.01)
    raise RuntimeError(f"not ready within {timeout:g} s")


def group_cpu_seconds(pgid: int) -> float:
    """CPU seconds (user + system) used so far by the live processes of a group."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in group_members(pgid):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / ticks


def wait_until_idle(pgid: int, timeout: float = 60.0, window: float = 0.5, busy: float = 0.1) -> None:
    """Wait until a process group uses less than ``busy`` of a core over ``window`` seconds (e.g. stores loaded)."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        before = group_cpu_seconds(pgid)
        time.sleep(window)
        if group_cpu_seconds(pgid) - before < busy * window:
            return
