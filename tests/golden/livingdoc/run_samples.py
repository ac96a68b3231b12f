"""Binds the deliberately mixed sample features; run only by tests/test_livingdoc.py (not collected otherwise)."""

from pytest_bdd import scenarios

from steps_nl import *  # noqa: F403

scenarios("features")
