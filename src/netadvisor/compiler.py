"""Compiling a rule base into durable_rules ruleset definitions: a pure function.

Each case is asserted as one fact ``{"t": "case", <fact key>: value, ...}``;
each derived conclusion as one fact ``{"t": "c", "n": name, "v": value}``. A
rule becomes ``{"all": [{"f": <tests on the case fact>}, {"c0": <a conclusion>}, ...]}``.

durable_rules has hard shape limits (see ``docs`` in the engine module). The
one a real rule base reaches first: a fact that passes more than 64 alpha tests
at once fails with error 303. The alpha network is walked depth first, pushing
every matching child, so the stack never holds more than the number of alpha
chains plus the longest chain. The compiler therefore splits the rules over
several rulesets ("chunks") so that this bound stays under the limit, and so
that no other limit (rules per ruleset, tests under one node) is ever near.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .rulebase import Condition, Rule, RuleBase

CASE_TAG = "case"
CONCLUSION_TAG = "c"
SENTINEL = "sentinel"  # rule ids in files start with a capital, so this name never clashes

# durable_rules 2.0.28, events.c: MAX_STACK_SIZE 64 (error 303). Keep a margin.
MAX_ALPHA_STACK = 56
# Rules per ruleset: far below the limits of 257 rules on one condition (108) and 4,096 rules (106).
MAX_RULES_PER_CHUNK = 48
# Properties of one fact: the engine refuses more than 255 (error 302).
MAX_FACT_PROPERTIES = 240


def fact_key(path: str) -> str:
    """The key of a fact path in the engine's flat fact: ``governance.trust`` → ``governance__trust``."""
    return path.replace(".", "__")


@dataclass(frozen=True, slots=True)
class Chunk:
    """One durable_rules ruleset definition and what it needs.

    Attributes:
        definition: rule id → ``{"all": [...]}`` (no actions; the engine adds them).
        fact_paths: the fact paths its rules test (only these facts are sent to it).
        conclusions: the conclusion names its rules join on (only these are sent to it).
    """

    definition: dict[str, Any]
    fact_paths: tuple[str, ...]
    conclusions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CompiledRuleBase:
    version: str
    chunks: tuple[Chunk, ...]


def _test(condition: Condition) -> dict[str, Any]:
    """One condition on the case fact as a durable_rules expression."""
    key = fact_key(condition.name)
    value = condition.operand
    match condition.operator:
        case "eq":
            return {key: value}
        case "neq":
            return {"$neq": {key: value}}
        case "in":
            return {"$or": [{key: item} for item in value]} if len(value) > 1 else {key: value[0]}
        case "not_in":
            return {"$and": [{"$neq": {key: item}} for item in value]}
        case "ge":
            return {"$gte": {key: value}}
        case "le":
            return {"$lte": {key: value}}
        case "gt":
            return {"$gt": {key: value}}
        case "lt":
            return {"$lt": {key: value}}
        case "known":
            return {"$ex": {key: 1}}
        case "unknown":
            return {"$nex": {key: 1}}
    raise ValueError(f"unknown operator {condition.operator}")  # pragma: no cover - validated by the loader


def _conclusion_test(name: str, conditions: tuple[Condition, ...]) -> dict[str, Any]:
    """All conditions on one conclusion, as tests on one conclusion fact (one derived value)."""
    tests: list[dict[str, Any]] = [{"t": CONCLUSION_TAG}, {"n": name}]
    for condition in conditions:
        value = condition.operand
        match condition.operator:
            case "eq":
                tests.append({"v": value})
            case "neq":
                tests.append({"$neq": {"v": value}})
            case "in":
                tests.append({"$or": [{"v": item} for item in value]} if len(value) > 1 else {"v": value[0]})
            case "not_in":
                tests.extend({"$neq": {"v": item}} for item in value)
            case _:  # pragma: no cover - the loader refuses other operators on conclusions
                raise ValueError(f"operator {condition.operator} on a conclusion")
    return {"$and": tests}


def compile_rule(rule: Rule) -> dict[str, Any]:
    """One rule as a durable_rules rule definition (without its action)."""
    case_tests: list[dict[str, Any]] = [{"t": CASE_TAG}]
    case_tests += [_test(c) for c in rule.conditions if c.subject == "fact"]
    aliases: list[dict[str, Any]] = [{"f": {"$and": case_tests} if len(case_tests) > 1 else case_tests[0]}]
    for number, (name, group) in enumerate(rule.conclusion_groups):
        aliases.append({f"c{number}": _conclusion_test(name, group)})
    return {"all": aliases}


def compile_rulebase(rulebase: RuleBase) -> CompiledRuleBase:
    """Split the rules into chunks within durable_rules' limits and compile each.

    The same rule base always gives the same chunks (rules keep their order).
    """
    chunks: list[list[Rule]] = []
    current: list[Rule] = []
    chains = longest = 1  # the sentinel's chain
    for rule in rulebase.rules:
        rule_chains, rule_longest = rule.alpha_cost  # the loader keeps each rule within MAX_RULE_ALPHA
        if current and (len(current) >= MAX_RULES_PER_CHUNK
                        or chains + rule_chains + max(longest, rule_longest) > MAX_ALPHA_STACK):
            chunks.append(current)
            current, chains, longest = [], 1, 1
        current.append(rule)
        chains += rule_chains
        longest = max(longest, rule_longest)
    if current or not chunks:
        chunks.append(current)
    return CompiledRuleBase(rulebase.version, tuple(_chunk(rules) for rules in chunks))


def _chunk(rules: list[Rule]) -> Chunk:
    definition: dict[str, Any] = {SENTINEL: {"all": [{"f": {"t": CASE_TAG}}]}}
    fact_paths: set[str] = set()
    conclusions: set[str] = set()
    for rule in rules:
        definition[rule.id] = compile_rule(rule)
        fact_paths.update(rule.facts_used)
        conclusions.update(rule.conclusions_used)
    if len(fact_paths) > MAX_FACT_PROPERTIES:  # pragma: no cover - the fact catalogue is far smaller
        raise ValueError("too many facts for one engine fact")
    return Chunk(definition, tuple(sorted(fact_paths)), tuple(sorted(conclusions)))
