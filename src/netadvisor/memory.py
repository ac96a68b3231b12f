"""Bounded memories: what advice works out from a few facts alone, kept for the cases that follow.

Case after case repeats the same few values of the facts a rule, a question or a table reads; what follows from
them alone is worked out once and remembered. A memory belongs to what it is about (a loaded rule base, its
question asker, its outcome model, an engine) and goes with it. It is bounded: when full it is emptied and
fills again with what cases ask now, which costs one round of working out and keeps no stale entry.
"""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")

REMEMBERED = 16_384
"""The most entries a memory keeps by default (what all of an advisor's memories cost: the README, Benchmark)."""


class Memory(dict[K, V]):
    """A dict that keeps at most ``size`` entries: read it as a dict, add to it with :meth:`keep`."""

    __slots__ = ("size",)

    def __init__(self, size: int = REMEMBERED):
        super().__init__()
        self.size = size

    def keep(self, key: K, value: V) -> V:
        """Remember ``value`` under ``key`` (emptied first when full) and return it."""
        if len(self) >= self.size:
            self.clear()
        self[key] = value
        return value
