"""Sampling profiles of the running server (py-spy), summarised as the top functions by self and total time."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path


def record_profile(pid: int, seconds: int, out: Path) -> Path | None:
    """py-spy record of a process and its children, as collapsed stacks; None if py-spy is missing."""
    binary = shutil.which("py-spy")
    if binary is None:
        return None
    command = [binary, "record", "--pid", str(pid), "--subprocesses", "--duration", str(seconds),
               "--rate", "250", "--format", "raw", "--output", str(out), "--nonblocking"]
    subprocess.run(command, capture_output=True, timeout=seconds + 60, check=False)
    return out if out.is_file() else None


def parse_collapsed(text: str) -> tuple[Counter[str], Counter[str], int]:
    """(self samples, inclusive samples, total samples) per frame from collapsed stacks."""
    own: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    total = 0
    for line in text.splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        frames = [_short(f) for f in stack.split(";") if " (" in f and not f.startswith(("process ", "thread "))] or [stack]
        total += int(count)
        own[frames[-1]] += int(count)
        for frame in set(frames):
            inclusive[frame] += int(count)
    return own, inclusive, total


def _short(frame: str) -> str:
    """'func (path/to/file.py:12)' shortened to 'func (file.py)' with the package folder kept."""
    name, _, where = frame.partition(" (")
    path = where.rstrip(")").rsplit(":", 1)[0]
    parts = Path(path).parts
    return f"{name} ({'/'.join(parts[-2:])})" if parts else name


def top_entries(collapsed: Path, limit: int = 12) -> list[tuple[str, float, float]]:
    """The frames with the most self time: (frame, self %, inclusive %)."""
    own, inclusive, total = parse_collapsed(collapsed.read_text(encoding="utf-8", errors="replace"))
    if not total:
        return []
    return [(frame, 100.0 * n / total, 100.0 * inclusive[frame] / total) for frame, n in own.most_common(limit)]


ENTRY_FILES = ("cdkg/__main__.py", "cdkg/cli.py", "commands/serve.py", "server/gunicorn_app.py")


def top_inclusive(collapsed: Path, needles: tuple[str, ...], limit: int = 12) -> list[tuple[str, float]]:
    """Frames whose name contains one of ``needles`` (e.g. 'cdkg/'), by inclusive %; entry points left out."""
    _, inclusive, total = parse_collapsed(collapsed.read_text(encoding="utf-8", errors="replace"))
    ours = [f for f in inclusive if any(n in f for n in needles) and not any(e in f for e in ENTRY_FILES)]
    hits = [(f, 100.0 * inclusive[f] / total) for f in ours] if total else []
    return sorted(hits, key=lambda item: -item[1])[:limit]
