"""Answers cached by graph version: the graph changes only at build or update, so a repeated query is a lookup."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Hashable

from cdkg.sparql import QueryResult


class ResultCache:
    """A thread-safe LRU of serialised answers, bounded by their total size in bytes."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.size = 0
        self.entries: OrderedDict[Hashable, QueryResult] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: Hashable) -> QueryResult | None:
        """The cached answer for the key, marking it recently used; None if absent."""
        with self.lock:
            found = self.entries.get(key)
            if found is not None:
                self.entries.move_to_end(key)
            return found

    def put(self, key: Hashable, result: QueryResult) -> None:
        """Keep an answer, evicting the least recently used ones beyond the byte budget."""
        if len(result.body) > self.max_bytes // 4:
            return
        with self.lock:
            old = self.entries.pop(key, None)
            self.size += len(result.body) - (len(old.body) if old else 0)
            self.entries[key] = result
            while self.size > self.max_bytes:
                _, evicted = self.entries.popitem(last=False)
                self.size -= len(evicted.body)
