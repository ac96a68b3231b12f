"""Helpers for tests that need rule files of their own."""

from __future__ import annotations

from netadvisor import RuleBase
from netadvisor.loader import Source, load_sources


def rules_from_text(text: str, name: str = "test.yaml") -> RuleBase:
    """A rule base from one YAML text."""
    return load_sources([Source(name, text.encode())])


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium() -> str:
    """Debian's chromium, or a skip; where CI sets NETADVISOR_REQUIRE_CHROMIUM, its absence is a failure."""
    import os
    import shutil

    import pytest

    found = shutil.which("chromium")
    if found is None:
        if os.environ.get("NETADVISOR_REQUIRE_CHROMIUM"):
            pytest.fail("chromium is required here (.ci/run installs Debian's chromium package)")
        pytest.skip("Debian's chromium is not installed; .ci/run installs it")
    return found
