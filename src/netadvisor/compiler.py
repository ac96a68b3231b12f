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

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .facts import FACTS, Bounds
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


def low_key(path: str) -> str:
    """The key of a count's lower bound: every number is sent as its bounds too (equal when it is exact)."""
    return fact_key(path) + "__lo"


def high_key(path: str) -> str:
    return fact_key(path) + "__hi"


@dataclass(frozen=True, slots=True)
class Chunk:
    """One durable_rules ruleset definition and what it needs.

    Attributes:
        definition: rule id → ``{"all": [...]}`` (no actions; the engine adds them).
        fact_paths: the fact paths its rules test (only these facts are sent to it).
        number_paths: those of them that are numbers: each is sent with its bounds.
        conclusions: the conclusion names its rules join on (only these are sent to it).
    """

    definition: dict[str, Any]
    fact_paths: tuple[str, ...]
    conclusions: tuple[str, ...]
    number_paths: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class CompiledRuleBase:
    version: str
    chunks: tuple[Chunk, ...]


CasePlan = tuple[tuple[str, str, str, str, bool, bool], ...]
"""How a case fact is made for one chunk (see :func:`case_plan`)."""


def case_plan(chunk: Chunk, text_facts: frozenset[str]) -> CasePlan:
    """For each fact path ``chunk`` tests: its key, the keys of its bounds, whether it is a number and whether
    a free text; worked out once per chunk, as the case fact is made for every case."""
    return tuple(
        (path, fact_key(path), low_key(path), high_key(path), path in chunk.number_paths, path in text_facts)
        for path in chunk.fact_paths
    )


def encode_planned(plan: CasePlan, facts: Mapping[str, Any]) -> dict[str, Any]:
    """The case fact for a chunk's :func:`case_plan`: each fact it tests that is known; a number also as its
    bounds, and a count known only within bounds as its bounds alone; a free text only as "known" (1).

    Raises:
        TypeError: for a value that is no text, whole number or yes/no (the engine takes nothing else).
    """
    fact: dict[str, Any] = {"t": CASE_TAG}
    for path, key, low, high, number, text in plan:
        value = facts.get(path)
        if value is None:
            continue
        if isinstance(value, Bounds):
            fact[low], fact[high] = value.low, value.high
        elif text:
            fact[key] = 1
        elif isinstance(value, int | str):  # a yes/no is an int
            fact[key] = value
            if number:
                fact[low] = fact[high] = value
        else:
            raise not_an_engine_value(path, value)
    return fact


def not_an_engine_value(name: str, value: Any) -> TypeError:
    """The error for a fact or conclusion whose value durable_rules cannot take."""
    return TypeError(f"fact {name}: the engine takes text, whole numbers and yes/no, not {type(value).__name__}")


def _outside(path: str, value: int) -> dict[str, Any]:
    """The count is certainly not ``value``: its bounds lie wholly above or below it."""
    return {"$or": [{"$gt": {low_key(path): value}}, {"$lt": {high_key(path): value}}]}


def _test(condition: Condition, number: bool) -> dict[str, Any]:
    """One condition on the case fact as a durable_rules expression.

    Numbers are compared through their bounds (see :mod:`evaluator` for the meaning); "is" and "one of" need
    the exact number, which is sent only when it is known exactly.
    """
    key = fact_key(condition.name)
    value = condition.operand
    match condition.operator:
        case "eq":
            return {key: value}
        case "neq":
            return _outside(condition.name, value) if number else {"$neq": {key: value}}
        case "in":
            return {"$or": [{key: item} for item in value]} if len(value) > 1 else {key: value[0]}
        case "not_in":
            if number:
                return {"$and": [_outside(condition.name, item) for item in value]}
            return {"$and": [{"$neq": {key: item}} for item in value]}
        case "ge":
            return {"$gte": {low_key(condition.name): value}}
        case "le":
            return {"$lte": {high_key(condition.name): value}}
        case "gt":
            return {"$gt": {low_key(condition.name): value}}
        case "lt":
            return {"$lt": {high_key(condition.name): value}}
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
    case_tests += [_test(c, FACTS[c.name].type == "int") for c in rule.conditions if c.subject == "fact"]
    aliases: list[dict[str, Any]] = [{"f": {"$and": case_tests} if len(case_tests) > 1 else case_tests[0]}]
    for number, (name, group) in enumerate(rule.conclusion_groups):
        aliases.append({f"c{number}": _conclusion_test(name, group)})
    return {"all": aliases}


def _shape(expression: dict[str, Any]) -> tuple[int, int]:
    """(alpha chains, longest chain) of one alias's expression: durable_rules expands ``$or`` into one chain
    per choice (so ``$and`` multiplies chains and adds lengths) and makes every other test one node."""
    ((key, value),) = expression.items()
    if key == "$and":
        chains, longest = 1, 0
        for part in value:
            part_chains, part_longest = _shape(part)
            chains, longest = chains * part_chains, longest + part_longest
        return chains, longest
    if key == "$or":
        shapes = [_shape(part) for part in value]
        return sum(chains for chains, _ in shapes), max(longest for _, longest in shapes)
    return 1, 1


def alpha_cost(rule: Rule) -> tuple[int, int]:
    """(alpha chains, longest chain) the compiled rule adds to durable_rules' network, summed over its aliases.

    durable_rules fails (error 303) when a fact passes more than 64 alpha tests at once; the loader refuses a
    rule above :data:`~netadvisor.rulebase.MAX_RULE_ALPHA` and the compiler fills rulesets below the limit.
    """
    shapes = [_shape(alias_expression) for alias in compile_rule(rule)["all"] for alias_expression in alias.values()]
    return sum(chains for chains, _ in shapes), max(longest for _, longest in shapes)


def compile_rulebase(rulebase: RuleBase) -> CompiledRuleBase:
    """Split the rules into chunks within durable_rules' limits and compile each.

    The same rule base always gives the same chunks (rules keep their order).
    """
    chunks: list[list[Rule]] = []
    current: list[Rule] = []
    chains = longest = 1  # the sentinel's chain
    for rule in rulebase.rules:
        rule_chains, rule_longest = alpha_cost(rule)  # the loader keeps each rule within MAX_RULE_ALPHA
        if current and (
            len(current) >= MAX_RULES_PER_CHUNK or chains + rule_chains + max(longest, rule_longest) > MAX_ALPHA_STACK
        ):
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
    numbers = frozenset(path for path in fact_paths if FACTS[path].type == "int")
    return Chunk(definition, tuple(sorted(fact_paths)), tuple(sorted(conclusions)), numbers)
