"""durable_rules and the plain-Python evaluator give the same answer for every case and rule base.

The evaluator is the reference: if the compiled rules ever disagree with it,
either the compiler or durable_rules is wrong, and this test says on which case.
"""

from __future__ import annotations

import random

import pytest

from casegen import random_case, random_rule_file
from helpers import requires_durable, rules_from_text
from netadvisor import RuleBase
from netadvisor.case import parse_case
from netadvisor.compiler import compile_rulebase
from netadvisor.engine import DurableEngine
from netadvisor.evaluator import EvaluatorEngine
from netadvisor.facts import fact_values
from netadvisor.inference import infer

pytestmark = requires_durable


def _compare(rulebase: RuleBase, cases: list[dict[str, object]]) -> int:
    """Both engines on each case as it is, and under each assumption advice makes (the rule base's guards) or
    could make (a conclusion a rule draws): the advice takes the latter from the evaluator alone."""
    durable = DurableEngine(compile_rulebase(rulebase))
    reference = EvaluatorEngine(rulebase)
    assumptions: list[tuple[tuple[str, object], ...]] = [(), *(((name, value),) for name, value in rulebase.guards)]
    drawn = next((rule.concludes[0] for rule in rulebase.rules if rule.concludes), None)
    assumptions += [(drawn,)] if drawn is not None else []
    fired = 0
    for case in cases:
        facts = fact_values(parse_case(case))
        for seeds in assumptions:
            got = infer(rulebase, durable, facts, seeds)
            want = infer(rulebase, reference, facts, seeds)
            assert [(f.rule.id, f.round) for f in got.firings] == [(f.rule.id, f.round) for f in want.firings], (
                case,
                seeds,
            )
            assert got.derived == want.derived, (case, seeds)
            assert got.decisions == want.decisions, (case, seeds)
            fired += len(got.firings)
    return fired


@pytest.mark.slow
def test_the_frozen_rules_agree_on_two_thousand_generated_cases(frozen: RuleBase) -> None:
    rng = random.Random(20261128)
    assert _compare(frozen, [random_case(rng) for _ in range(2000)]) > 2000  # the cases make rules fire


@pytest.mark.parametrize("seed", range(20))
def test_generated_rule_bases_agree_on_generated_cases(seed: int) -> None:
    rng = random.Random(seed)
    rulebase = rules_from_text(random_rule_file(rng, rules=rng.randint(5, 80)))
    assert _compare(rulebase, [random_case(rng) for _ in range(150)]) > 0


def test_a_chain_as_long_as_the_rule_base_ends_in_as_many_rounds() -> None:
    """Each rule fires once: a chain of 120 rules needs 120 rounds, and the engine allows that."""
    from netadvisor.inference import max_rounds

    chain = [
        "rules:",
        "  - id: CHAIN-r0",
        "    title: {nl: r, en: r}",
        '    section: ["4.3"]',
        "    when: [{fact: governance.trust, is: high}]",
        "    then: {conclude: {c0: v}}",
    ]
    for number in range(1, 120):
        chain += [
            f"  - id: CHAIN-r{number}",
            "    title: {nl: r, en: r}",
            '    section: ["4.3"]',
            f"    when: [{{conclusion: c{number - 1}, is: v}}]",
            f"    then: {{conclude: {{c{number}: v}}}}",
        ]
    chain += [
        "  - id: CHAIN-end",
        "    title: {nl: e, en: e}",
        '    section: ["4.3"]',
        "    when: [{conclusion: c119, is: v}]",
        "    then: {finding: {severity: info, message: {nl: e, en: e}}}",
    ]
    rulebase = rules_from_text("\n".join(chain) + "\n")
    facts = fact_values(parse_case({"governance": {"trust": "high"}}))
    for engine in (DurableEngine(compile_rulebase(rulebase)), EvaluatorEngine(rulebase)):
        result = infer(rulebase, engine, facts)
        assert result.firings[-1].rule.id == "CHAIN-end"
        assert result.firings[-1].round == 120
    assert max_rounds(rulebase) > 120
