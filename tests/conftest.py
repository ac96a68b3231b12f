"""Shared fixtures: the packaged rules loaded once, and small rule files written on the fly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from netadvisor import Advisor, RuleBase, load_rules, packaged_rules_path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def packaged() -> RuleBase:
    return load_rules(packaged_rules_path())


@pytest.fixture(scope="session")
def advisor() -> Advisor:
    return Advisor()


@pytest.fixture
def write_rules(tmp_path: Path) -> Callable[[str, str], Path]:
    def write(text: str, name: str = "rules.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write
