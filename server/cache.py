"""Answers cached by graph version: the graph changes only at build or update, so a repeated query is a lookup."""

from __future__ import annotations

import dataclasses
import sys
import threading
from collections import OrderedDict
from typing import Hashable

from cdkg.sparql import QueryResult

ENTRY_OVERHEAD = 256  # the dict slot, the result object and its small fields, per entry


def footprint(value: object) -> int:
    """The bytes a key or answer holds: strings, bytes, tuples and dataclasses counted through."""
    if isinstance(value, (str, bytes)):
        return sys.getsizeof(value)
    if isinstance(value, tuple):
        return sys.getsizeof(value) + sum(footprint(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return sys.getsizeof(value) + sum(footprint(getattr(value, f.name)) for f in dataclasses.fields(value))
    return sys.getsizeof(value)


class ResultCache:
    """A thread-safe LRU of serialised answers, bounded by what it holds: answers *and* keys.

    A key holds the whole query text, so a stream of distinct large queries is bounded too.
    """

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.size = 0
        self.entries: OrderedDict[Hashable, tuple[QueryResult, int]] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: Hashable) -> QueryResult | None:
        """The cached answer for the key, marking it recently used; None if absent."""
        with self.lock:
            found = self.entries.get(key)
            if found is None:
                return None
            self.entries.move_to_end(key)
            return found[0]

    def put(self, key: Hashable, result: QueryResult) -> None:
        """Keep an answer, evicting the least recently used ones beyond the byte budget.

        An entry larger than a quarter of the budget is not kept.
        """
        weight = footprint(key) + footprint(result.body) + ENTRY_OVERHEAD
        if weight > self.max_bytes // 4:
            return
        with self.lock:
            old = self.entries.pop(key, None)
            self.size += weight - (old[1] if old else 0)
            self.entries[key] = (result, weight)
            while self.size > self.max_bytes:
                _, (_, evicted) = self.entries.popitem(last=False)
                self.size -= evicted
