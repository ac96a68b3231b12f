"""Every packaged rule carries cases on which it fires and close cases on which it does not; all run here."""

from __future__ import annotations

import pytest

from netadvisor import Advisor, RuleBase, load_rules, packaged_rules_path

RULEBASE = load_rules(packaged_rules_path())
RULES = [rule.id for rule in RULEBASE.rules]


@pytest.fixture(scope="module")
def evaluator_advisor() -> Advisor:
    return Advisor(RULEBASE, engine="evaluator")


def _fired(advisor: Advisor, case: dict[str, object]) -> set[str]:
    return {step.rule_id for step in advisor.advise(case).trace}


@pytest.mark.parametrize("rule_id", RULES)
def test_rule_fires_on_its_examples_and_not_on_the_close_ones(advisor: Advisor, rule_id: str) -> None:
    rule = RULEBASE.rule(rule_id)
    for case in rule.examples_fire:
        assert rule_id in _fired(advisor, case), f"{rule_id} should fire on {case}"
    for case in rule.examples_silent:
        assert rule_id not in _fired(advisor, case), f"{rule_id} should not fire on {case}"


def test_every_rule_has_both_kinds_of_example(packaged: RuleBase) -> None:
    """A rule without a case where it fires, or without a close case where it does not, is not tested."""
    missing = [rule.id for rule in packaged.rules if not rule.examples_fire or not rule.examples_silent]
    assert missing == []
