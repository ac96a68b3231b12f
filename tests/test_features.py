"""The behaviour specs in features/ (Dutch Gherkin) run here; their steps live in steps_nl.py."""

from __future__ import annotations

from pytest_bdd import scenarios

from steps_nl import *  # noqa: F403 - the step definitions must be in this module's namespace

scenarios("../features")
