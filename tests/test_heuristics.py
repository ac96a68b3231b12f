"""Heuristic coverage on the frozen rule base: every heuristic H001–H151 is found as a rule or an account.

Whether rules/ itself accounts for every heuristic, and whether rules/HEURISTIEKEN.md is current, is rule
content: `netadvisor test` checks it (and tests/test_rule_content.py).
"""

from __future__ import annotations

from netadvisor import RuleBase
from netadvisor.coverage import heuristic_coverage


def test_every_heuristic_is_accounted_for_exactly_once(frozen: RuleBase) -> None:
    problems = [
        (row.heuristic, row.rules, row.accounted.kind if row.accounted else None)
        for row in heuristic_coverage(frozen)
        if row.kind is None
    ]
    assert problems == []
