"""Binds the deliberately mixed sample features; run only by tests/test_livingdoc.py (not collected otherwise).

The samples run against the frozen rule base of the code tests, not rules/: what they show must not move
when policy staff edit the rules.
"""

import pytest
from pytest_bdd import scenarios

from conftest import RULES
from netadvisor import Advisor
from steps_nl import *  # noqa: F403

scenarios("features")


@pytest.fixture(scope="session")
def adviseur() -> Advisor:
    return Advisor.from_path(RULES)
