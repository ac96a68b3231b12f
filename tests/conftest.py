"""Shared fixtures: the frozen rule base of the code tests loaded once, and small rule files written on the fly.

Code tests never read rules/, examples/ or features/: those belong to policy staff, and a correct edit there
must not break a test of the code. They use frozen copies instead (tests/rules/, tests/cases/,
tests/features/). What rules/ says is tested by `netadvisor test` and tests/test_rule_content.py (marked `regelinhoud`).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from netadvisor import Advisor, RuleBase, load_rules
from netadvisor.cache import CACHE_DIR_VARIABLE

# The tests keep netadvisor's disk cache in a folder of their own, removed when they end: they never read what a
# person's own runs wrote, and leave nothing in the home folder. Set before any test module builds an advisor.
_CACHE = tempfile.TemporaryDirectory(prefix="netadvisor-test-cache-")
os.environ.setdefault(CACHE_DIR_VARIABLE, _CACHE.name)

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "tests" / "rules"
"""The frozen rule base of the code tests: a copy of rules/ as it was, never updated with rules/."""
EXAMPLES = ROOT / "tests" / "cases"
"""The frozen example cases of the code tests: a copy of examples/ as it was (with their 'verwacht:')."""


@pytest.fixture(scope="session")
def frozen() -> RuleBase:
    return load_rules(RULES)


@pytest.fixture(scope="session")
def advisor() -> Advisor:
    return Advisor.from_path(RULES)


@pytest.fixture
def write_rules(tmp_path: Path) -> Callable[[str, str], Path]:
    def write(text: str, name: str = "rules.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


# --------------------------------------------------------------------------- living documentation
# With --livingdoc-results PATH, the library's scenario recorder (netadvisor.recorder, the one netadvisor test uses
# in its child run) writes every scenario's and example row's honest outcome there; tools/featuredoc.py renders
# the page.


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--livingdoc-results",
        default=None,
        metavar="PATH",
        help="write each scenario's outcome to PATH (JSON) for the living documentation",
    )


def pytest_configure(config: pytest.Config) -> None:
    path = config.getoption("--livingdoc-results")
    if path:
        from netadvisor.recorder import Recorder

        config.pluginmanager.register(Recorder(path, "livingdoc"), "netadvisor-livingdoc")
