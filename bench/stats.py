"""Small statistics helpers: medians and percentiles of repeated measurements."""

from __future__ import annotations

import math
import statistics
import time
from typing import Callable


def percentile(values: list[float], fraction: float) -> float:
    """The nearest-rank percentile (fraction in [0, 1]) of the values."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, math.ceil(fraction * len(ordered)) - 1))
    return ordered[rank]


def timed(action: Callable[[], object], repeat: int, warmup: int = 1) -> list[float]:
    """Seconds each of ``repeat`` runs of ``action`` took, after ``warmup`` untimed runs."""
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return samples


def median_ms(samples: list[float]) -> float:
    """The median of samples in seconds, as milliseconds."""
    return statistics.median(samples) * 1000.0
