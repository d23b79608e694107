"""Start `cdkg serve` (gunicorn) on a free loopback port for a test module, its log in a file, and stop it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import requests


def free_port() -> int:
    """A TCP port free on loopback right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class LiveServer:
    """A running `cdkg serve`: its URL, its process and the file its log goes to."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def port(self) -> int:
        """The port it listens on."""
        return int(self.url.rsplit(":", 1)[1])

    def stop(self) -> None:
        """Stop gunicorn (and with it the workers and their query processes)."""
        self.process.terminate()
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)


def start_server(folder: Path, arguments: list[str], environment: dict[str, str]) -> LiveServer:
    """Run `python -m cdkg serve ARGUMENTS --port FREE` with extra environment variables; wait until it answers."""
    port = free_port()
    log = folder / f"serve-{port}.log"
    command = [sys.executable, "-m", "cdkg", "serve", "--port", str(port), *arguments]
    with open(log, "wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, env=os.environ | environment)
    server = LiveServer(f"http://127.0.0.1:{port}", process, log)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"cdkg serve exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            if requests.get(server.url + "/queries", timeout=2).status_code == 200:
                return server
        except requests.RequestException:
            time.sleep(0.05)
    server.stop()
    raise RuntimeError("cdkg serve did not become ready in 60 s")
