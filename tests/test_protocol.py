"""The engine interface (protocol.py): sessions only inside 'with', and the pure-Python parts without durable_rules."""

from __future__ import annotations

import subprocess
import sys

import pytest

from helpers import requires_durable
from netadvisor import RuleBase
from netadvisor.compiler import compile_rulebase
from netadvisor.evaluator import EvaluatorEngine
from netadvisor.protocol import OUTSIDE_WITH, Engine


def _engines(frozen: RuleBase) -> list[Engine]:
    engines: list[Engine] = [EvaluatorEngine(frozen)]
    from netadvisor.engine import DurableEngine, durable_available

    if durable_available():
        engines.append(DurableEngine(compile_rulebase(frozen)))
    return engines


@requires_durable
def test_a_session_outside_with_is_refused_so_the_lock_cannot_be_bypassed(frozen: RuleBase) -> None:
    for engine in _engines(frozen):
        session = engine.session({"governance.trust": "high"})
        with pytest.raises(RuntimeError, match="inside 'with"):
            session.start()
        with session as live:
            assert isinstance(live.start(), set)
        with pytest.raises(RuntimeError, match=OUTSIDE_WITH.split(" '")[0]):
            session.add_conclusions([("collaboration_form", "organisation_network")])


def test_the_pure_python_parts_import_no_durable_rules() -> None:
    probe = (
        "import sys; import netadvisor.analysis, netadvisor.outcomes, netadvisor.inference, netadvisor.evaluator; "
        "print(sorted(m for m in sys.modules if m.startswith('durable') or m == 'netadvisor.engine'))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
