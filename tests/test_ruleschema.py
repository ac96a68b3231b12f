"""The rule-file schema catches in an editor what `check` catches in a condition, in Dutch, with examples that exist."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
import yaml

from conftest import ROOT
from netadvisor import RuleError, rule_file_schema
from netadvisor.loader import Source, discover, load_sources

HELPERS = """
policy:
  drempel: {value: 3, explanation: {nl: a, en: b}}
  woord: {value: high, explanation: {nl: a, en: b}}
rules:
  - id: TYPE-helper
    title: {nl: a, en: b}
    section: ["2"]
    when: [{fact: governance.trust, is: low}]
    then: {conclude: {challenge_type: complex, my_flag: raised}}
  - id: GOV-under-test
    title: {nl: a, en: b}
    section: ["4.3"]
    when: [CONDITION]
    then: {finding: {severity: info, message: {nl: a, en: b}}}
"""

GOOD = [
    "{fact: governance.trust, is: high}",
    "{fact: governance.trust, is: hoog}",
    "{fact: governance.trust, is: laag}",
    "{fact: governance.trust, one_of: [hoog, low]}",
    "{fact: governance.trust, is_not: moderate}",
    "{fact: governance.trust, known: true}",
    "{fact: governance.trust, known: false}",
    "{fact: governance.trust, is: {policy: woord}}",
    "{fact: goal.consensus_reached, is: true}",
    "{fact: goal.consensus_reached, is: ja}",
    "{fact: goal.consensus_reached, is: nee}",
    "{fact: goal.consensus_reached, is: 'yes'}",
    "{fact: governance.partner_count, at_least: 3}",
    "{fact: governance.partner_count, at_most: {policy: drempel}}",
    "{fact: governance.partner_count, one_of: [3, 4]}",
    "{fact: governance.partner_count, less_than: 8}",
    "{fact: region.supported_by, is: niemand}",
    "{fact: region.supported_by, is: none}",
    "{fact: challenge.theme, known: true}",
    "{fact: challenge.criteria.pointing_complex, more_than: 2}",
    "{conclusion: challenge_type, is: complex}",
    "{conclusion: challenge_type, is: ingewikkeld}",
    "{conclusion: challenge_type, one_of: [simple, complex]}",
    "{conclusion: my_flag, is: raised}",
    "{fact: challenge.rationale, one_of: [kennis, efficiëntie]}",
]
BAD = [
    "{fact: governance.trust, is: hoogg}",
    "{fact: governance.trust, is: weet niet}",
    "{fact: governance.trust, at_least: 3}",
    "{fact: governance.trust, is: [high]}",
    "{fact: governance.trust, one_of: high}",
    "{fact: governance.trust, is: 3}",
    "{fact: governance.trust, one_of: []}",
    "{fact: goal.consensus_reached, is: misschien}",
    "{fact: goal.consensus_reached, at_least: 1}",
    "{fact: goal.consensus_reached, is: 1}",
    "{fact: governance.partner_count, at_least: '3'}",
    "{fact: governance.partner_count, is: hoog}",
    "{fact: governance.partner_count, at_least: 3, at_most: 5}",
    "{fact: challenge.theme, is: wonen}",
    "{fact: governance.trust}",
    "{fact: governance.trsut, is: high}",
    "{fact: governance.trust, conclusion: challenge_type, is: high}",
    "{conclusion: challenge_type, known: true}",
    "{conclusion: challenge_type, is: very_complex}",
    "{fact: governance.trust, is: high, extra: 1}",
    "{fact: governance.trust, known: ja}",
    "{conclusion: Challenge, is: complex}",
]


def _loads(condition: str) -> bool:
    try:
        load_sources([Source("test.yaml", HELPERS.replace("CONDITION", condition).encode())])
    except RuleError:
        return False
    return True


def _validates(condition: str) -> bool:
    try:
        jsonschema.validate(yaml.safe_load(HELPERS.replace("CONDITION", condition)), rule_file_schema())
    except jsonschema.ValidationError:
        return False
    return True


@pytest.mark.parametrize("condition", GOOD)
def test_a_condition_check_accepts_is_accepted_by_the_schema(condition: str) -> None:
    assert _loads(condition), condition
    assert _validates(condition), condition


@pytest.mark.parametrize("condition", BAD)
def test_a_condition_check_refuses_is_refused_by_the_schema(condition: str) -> None:
    assert not _loads(condition), condition
    assert not _validates(condition), condition


def _properties(node: Any, where: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for name, value in node.get("properties", {}).items():
            yield f"{where}.{name}", value
        for key, value in node.items():
            if key != "if":  # which facts a rule of the schema is about: no fields
                yield from _properties(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _properties(value, f"{where}[{index}]")


def test_every_field_is_described_in_dutch_without_english_titles() -> None:
    schema = rule_file_schema()
    undescribed = [
        where
        for where, value in _properties(schema)
        if isinstance(value, dict) and value and "description" not in value and "$ref" not in value
    ]
    assert undescribed == []
    assert not [where for where, value in _properties(schema) if isinstance(value, dict) and "title" in value]
    for name, definition in schema["$defs"].items():
        assert not definition["description"].startswith(("A ", "An ", "One ", "The ")), name


@pytest.mark.regelinhoud
def test_the_schema_examples_are_conditions_of_the_packaged_rule_base() -> None:
    """Every example the editor shows names a fact, policy value and conclusion that exist."""
    examples = rule_file_schema()["$defs"]["ConditionSpec"]["examples"]
    assert examples
    rules = discover(ROOT / "rules")
    for example in examples:
        rule = {
            "id": "GOV-example",
            "title": {"nl": "a", "en": "b"},
            "section": ["4.3"],
            "when": [example],
            "then": {"finding": {"severity": "info", "message": {"nl": "a", "en": "b"}}},
        }
        extra = Source("voorbeeld.yaml", yaml.safe_dump({"rules": [rule]}, allow_unicode=True).encode())
        load_sources([*rules, extra])


@pytest.mark.regelinhoud
def test_every_packaged_rule_file_validates_against_the_schema() -> None:
    paths = sorted((ROOT / "rules").glob("*.yaml"))
    assert paths
    for path in paths:
        jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), rule_file_schema())
