"""check --analyse: rule files built to contain each kind of problem, and the frozen rule base of the tests."""

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


def test_the_frozen_rule_base_is_clean(frozen: RuleBase) -> None:
    """Only the deliberate 'undetermined' outcomes remain, and they are accepted by design."""
    analysis = analyse(frozen)
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
    from netadvisor.case import parse_case
    from netadvisor.facts import fact_values
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


def test_a_conclusion_too_large_to_tabulate_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    """When what unknown facts can still change cannot be worked out, check --analyse says so."""
    from helpers import rules_from_text
    from netadvisor import outcomes

    monkeypatch.setattr(outcomes, "MAX_ROWS", 5)
    rulebase = rules_from_text("""
rules:
  - id: T-complex
    title: {nl: c, en: c}
    section: ["2"]
    when: [{fact: challenge.criteria.pointing_complex, at_least: 4}]
    then: {conclude: {challenge_type: complex}}
""")
    found = [finding for finding in analyse(rulebase).findings if finding.code == "not-tabulated"]
    assert [finding.message["nl"].split(" kan")[0] for finding in found] == ["voor challenge_type"]


EXCLUSIVE = """
rules:
  - id: A-no-result
    title: {nl: a, en: a}
    section: ["7"]
    not_with: [B-no-own-result]
    when: [{fact: state.leads_to_concrete_results, is: false}]
    then: {finding: {severity: warning, message: {nl: a, en: a}}}
  - id: B-no-own-result
    title: {nl: b, en: b}
    section: ["6"]
    when: [{fact: region.mayors_consultation, is: true}]
    then: {finding: {severity: info, message: {nl: b, en: b}}}
"""


def test_rules_that_must_not_stand_together_are_found_with_a_case_where_they_do() -> None:
    from helpers import rules_from_text
    from netadvisor.analysis import contradictions

    rulebase = rules_from_text(EXCLUSIVE)
    found = [finding for finding in analyse(rulebase).findings if finding.code == "contradiction"]
    assert [finding.rules for finding in found] == [("A-no-result", "B-no-own-result")]
    assert found[0].example == {"region": {"mayors_consultation": True}, "state": {"leads_to_concrete_results": False}}
    advice = Advisor(rulebase).advise(found[0].example)
    assert contradictions(rulebase, [f.rule_id for f in advice.findings]) == [("A-no-result", "B-no-own-result")]


def test_not_with_must_name_another_rule() -> None:
    from helpers import rules_from_text
    from netadvisor import RuleError

    with pytest.raises(RuleError) as raised:
        rules_from_text(EXCLUSIVE.replace("not_with: [B-no-own-result]", "not_with: [B-no-own-reslt]"))
    problem = raised.value.problems[0]
    assert (problem.code, problem.line, problem.hint["nl"]) == ("not-with-unknown-rule", 6, "bedoelde je 'B-no-own-result'?")
