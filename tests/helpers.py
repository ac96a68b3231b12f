"""Helpers for tests that need rule files of their own."""

from __future__ import annotations

from netadvisor import RuleBase
from netadvisor.loader import Source, load_sources


def rules_from_text(text: str, name: str = "test.yaml") -> RuleBase:
    """A rule base from one YAML text."""
    return load_sources([Source(name, text.encode())])
