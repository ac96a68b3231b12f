"""Bounded memories: what advice works out from a few facts alone, kept for the cases that follow.

Case after case repeats the same few values of the facts a rule, a question or a table reads; what follows from
them alone is worked out once and remembered. A memory belongs to what it is about (a loaded rule base, its
question asker, its outcome model, an engine) and goes with it. It is bounded: when full, the entry kept longest
ago makes room for the new one. (An earlier memory was emptied whole when full: the advice that emptied it paid for
freeing every entry at once, some 5 ms, and the cases after it worked everything out again: a slow case every
thousand or so, which the benchmark's p99 showed.)
"""

from __future__ import annotations

import threading
from collections import deque
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")

REMEMBERED = 16_384
"""The most entries a memory keeps by default (what all of an advisor's memories cost: the README, Benchmark)."""


class Memory(dict[K, V]):
    """A dict that keeps at most ``size`` entries: read it as a dict, add to it with :meth:`keep`."""

    __slots__ = ("_kept", "_lock", "size")

    def __init__(self, size: int = REMEMBERED):
        super().__init__()
        self.size = size
        self._kept: deque[K] = deque()  # the keys, the one kept longest ago first
        # Advisors are shared by threads. Without it two threads keeping one key at once queued it twice, and
        # each such race let the memory outgrow its bound by one for good (the threads test found it). Reading
        # takes no lock; keeping does, and keeping is the rare case (what was not remembered yet).
        self._lock = threading.Lock()

    def keep(self, key: K, value: V) -> V:
        """Remember ``value`` under ``key`` (forgetting the entry kept longest ago when full) and return it."""
        with self._lock:
            if key not in self:
                if len(self) >= self.size:
                    del self[self._kept.popleft()]
                self._kept.append(key)
            self[key] = value
        return value

    def clear(self) -> None:
        """Forget everything."""
        with self._lock:
            super().clear()
            self._kept.clear()
