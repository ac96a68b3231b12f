"""The behaviour specs in features/ (Dutch Gherkin) run here; their steps live in steps_nl.py.

Rule content (marked `regelinhoud`): `netadvisor test` runs the same scenarios and says in Dutch what failed;
this module stays for `make docs`, whose living documentation records each scenario's outcome.
"""

from __future__ import annotations

import pytest
from pytest_bdd import scenarios

from conftest import ROOT
from netadvisor import Advisor
from steps_nl import *  # noqa: F403 - the step definitions must be in this module's namespace

pytestmark = pytest.mark.regelinhoud

scenarios("../features")


@pytest.fixture(scope="session")
def adviseur() -> Advisor:
    """This checkout's rules/ (in a checkout the packaged rules are these; in a copy of it, they are not)."""
    return Advisor.from_path(ROOT / "rules")
