"""What an engine is to the rest of netadvisor: a session per case, used as a context manager.

Its own module, so that the pure-Python parts (the evaluator, inference, the analysis, the outcome tables) can
name the interface without importing durable_rules (engine.py, the one module that does).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol, Self


class EngineSession(Protocol):
    """One case being evaluated: the rules fired so far, as new facts arrive.

    Used only as ``with engine.session(facts) as session:``. Entering takes what the engine needs for the case
    (durable_rules: its process-wide lock); ``start`` and ``add_conclusions`` outside the ``with`` raise
    ``RuntimeError``, so the lock cannot be bypassed.
    """

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...

    def start(self) -> set[str]:
        """Assert the case; return the ids of the rules that fired."""

    def add_conclusions(self, conclusions: Iterable[tuple[str, Any]]) -> set[str]:
        """Assert newly derived conclusions; return the ids of the rules that fired on them."""


class Engine(Protocol):
    """Something that fires rules on a case: durable_rules, or the plain-Python evaluator."""

    name: str

    def session(self, facts: dict[str, Any]) -> EngineSession: ...


OUTSIDE_WITH = "an engine session is used inside 'with engine.session(facts) as session:' only"
