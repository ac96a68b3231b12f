"""check --analyse: rule files built to contain each kind of problem, and the packaged rule base."""

from __future__ import annotations

import io
import json

import pytest

from conftest import ROOT
from helpers import requires_durable
from netadvisor import Advisor, RuleBase, load_rules
from netadvisor.analysis import analyse
from netadvisor.cli import EXIT_ANALYSIS, EXIT_OK, main

SAMPLES = ROOT / "tests" / "golden" / "analysis"


def _found(name: str) -> set[tuple[str, tuple[str, ...]]]:
    analysis = analyse(load_rules(SAMPLES / name))
    return {(finding.code, finding.rules) for finding in analysis.findings if finding.code != "unexercised"}


def test_conditions_that_can_never_hold_together() -> None:
    """Contradicting values, an empty range, and counts that cannot add up (4 + 4 of 6 criteria)."""
    assert _found("unsatisfiable.yaml") == {("unsatisfiable", ("BAD-trust-both",)),
                                            ("unsatisfiable", ("BAD-count-range",)),
                                            ("unsatisfiable", ("BAD-four-and-four",))}


def test_a_rule_whose_needed_conclusion_only_comes_under_excluding_conditions() -> None:
    assert _found("dead.yaml") == {("dead-rule", ("DEAD-needs-flag-and-low-trust",))}


def test_conflicting_conclusions_with_an_example_that_shows_it() -> None:
    analysis = analyse(load_rules(SAMPLES / "conflict.yaml"))
    conflicts = [finding for finding in analysis.findings if finding.code == "conflict"]
    assert [finding.rules for finding in conflicts] == [("TYPE-by-trust", "TYPE-by-count")]
    example = conflicts[0].example
    assert example is not None
    fired = {step.rule_id for step in Advisor(load_rules(SAMPLES / "conflict.yaml"), engine="evaluator")
             .advise(example).trace}
    assert {"TYPE-by-trust", "TYPE-by-count"} <= fired  # the example really shows the conflict


def test_a_priority_resolves_a_conflict_and_excluding_conditions_avoid_one() -> None:
    rules = {rule for finding in analyse(load_rules(SAMPLES / "conflict.yaml")).findings
             if finding.code == "conflict" for rule in finding.rules}
    assert "TYPE-by-consensus-priority" not in rules and "TYPE-excluded" not in rules


def test_a_rule_that_fires_only_where_another_says_the_same() -> None:
    assert _found("subsumed.yaml") == {("subsumed", ("NARROW-rule", "WIDE-rule"))}


def test_derivations_in_a_cycle() -> None:
    found = _found("cycle.yaml")
    assert ("cycle", ("CYCLE-b", "CYCLE-a")) in found or ("cycle", ("CYCLE-a", "CYCLE-b")) in found


def test_gaps_are_listed_as_patterns_not_one_line_per_combination() -> None:
    gaps = [finding.message["en"] for finding in analyse(load_rules(SAMPLES / "gap.yaml")).findings
            if finding.code == "gap"]
    assert gaps == [
        "no rule decides challenge_type when challenge.criteria.certainty ∈ {complex, complicated, simple}, "
        "challenge.criteria.recipe = complicated",
        "no rule decides challenge_type when challenge.criteria.certainty ∈ {complicated, simple}, "
        "challenge.criteria.recipe = complex"]


def test_rules_without_firing_examples_are_unexercised_unless_a_scenario_fires_them() -> None:
    rulebase = load_rules(SAMPLES / "subsumed.yaml")
    unexercised = {f.rules[0] for f in analyse(rulebase).findings if f.code == "unexercised"}
    assert unexercised == {"WIDE-rule", "NARROW-rule", "OTHER-message"}
    covered = {f.rules[0] for f in analyse(rulebase, scenario_rules={"WIDE-rule"}).findings if f.code == "unexercised"}
    assert covered == {"NARROW-rule", "OTHER-message"}


def test_an_accepted_finding_does_not_count() -> None:
    analysis = analyse(load_rules(SAMPLES / "accepted.yaml"))
    accepted = [f for f in analysis.findings if f.code == "unsatisfiable"]
    assert accepted[0].accepted == "Bewust: voorbeeld van een regel die nooit vuurt."
    assert [f.code for f in analysis.open] == ["unexercised"]


def test_the_packaged_rule_base_is_clean(packaged: RuleBase) -> None:
    """Only the deliberate 'undetermined' outcomes remain, and they are accepted by design."""
    analysis = analyse(packaged)
    assert analysis.open == []
    assert {finding.code for finding in analysis.findings} == {"undetermined"}


@pytest.mark.parametrize(("path", "expected"), [(None, EXIT_OK), (SAMPLES / "dead.yaml", EXIT_ANALYSIS)])
def test_check_analyse_exit_codes(path: object, expected: int) -> None:
    out = io.StringIO()
    args = ["check", "--analyse", "--format", "json"] + ([str(path)] if path else [])
    assert main(args, stdout=out, stderr=io.StringIO()) == expected
    findings = json.loads(out.getvalue())
    assert all({"code", "rules", "file", "line", "message", "example", "accepted"} <= set(f) for f in findings)


def test_every_code_is_documented_for_policy_staff() -> None:
    """rules/README.md explains every load problem code and every analysis code."""
    import typing

    from netadvisor.analysis import Code
    from netadvisor.messages import MESSAGES

    readme = (ROOT / "rules" / "README.md").read_text(encoding="utf-8")
    for code in [*MESSAGES, *typing.get_args(Code)]:
        assert f"`{code}`" in readme, code


@pytest.mark.parametrize("engine_name", [pytest.param("durable_rules", marks=requires_durable), "evaluator"])
def test_a_cycle_with_a_starting_point_ends_in_both_engines(engine_name: str) -> None:
    """Derivations cannot loop at run time: a -> b -> a stops, since each rule fires once per case."""
    from helpers import rules_from_text
    from netadvisor.compiler import compile_rulebase
    from netadvisor.engine import DurableEngine
    from netadvisor.evaluator import EvaluatorEngine
    from netadvisor.facts import fact_values, parse_case
    from netadvisor.inference import infer

    rulebase = rules_from_text("""
rules:
  - id: LOOP-start
    title: {nl: s, en: s}
    section: ["4.3"]
    when: [{fact: governance.trust, is: high}]
    then: {conclude: {flag_a: lit}}
  - id: LOOP-a-to-b
    title: {nl: a, en: a}
    section: ["4.3"]
    when: [{conclusion: flag_a, is: lit}]
    then: {conclude: {flag_b: lit}}
  - id: LOOP-b-to-a
    title: {nl: b, en: b}
    section: ["4.3"]
    when: [{conclusion: flag_b, is: lit}]
    then: {conclude: {flag_a: lit}}
""")
    assert any(f.code == "cycle" for f in analyse(rulebase).findings)
    facts = fact_values(parse_case({"governance": {"trust": "high"}}))
    engine = DurableEngine(compile_rulebase(rulebase)) if engine_name == "durable_rules" else EvaluatorEngine(rulebase)
    assert infer(rulebase, engine, facts).fired_ids == ["LOOP-start", "LOOP-a-to-b", "LOOP-b-to-a"]
