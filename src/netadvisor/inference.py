"""Forward chaining: fire rules, add what they conclude, fire again, until nothing new.

The loop is the same whichever engine fires the rules (durable_rules or the
evaluator): the engine says which rules fired on the facts it has; this module
turns their conclusions into new facts, decides the conclusions that are
decided by support, and records the order of firing. Rules fire at most once per
case. Within one round the trace is ordered by the rules' order in the rule
base, so the same case and rules always give the same trace.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .errors import EngineError
from .protocol import Engine
from .rulebase import Rule, RuleBase, current_conclusion


def max_rounds(rulebase: RuleBase) -> int:
    """Rounds a case can need at most: each rule fires once and each decision is taken and judged once, so every
    round but the last fires a rule, takes a decision or judges the current value. More would be a bug: reported as an EngineError."""
    return len(rulebase.rules) + 2 * len(rulebase.decisions) + 2


class Firing(NamedTuple):  # a named tuple: some ten a case, built faster than a frozen dataclass
    rule: Rule
    round: int


@dataclass(frozen=True, slots=True)
class DecisionOutcome:
    """How a conclusion decided by support came out."""

    conclusion: str
    support: dict[str, list[str]]  # value → ids of the supporting rules
    minimum: int
    value: Any | None  # None: no value reached the minimum, or a tie


@dataclass(slots=True)
class Inference:
    """What firing the rules on one case gave."""

    firings: list[Firing] = field(default_factory=list)
    derived: dict[str, dict[Any, list[str]]] = field(default_factory=dict)  # name → value → rule ids
    decisions: dict[str, DecisionOutcome] = field(default_factory=dict)

    @property
    def fired_ids(self) -> list[str]:
        return [firing.rule.id for firing in self.firings]


def infer(
    rulebase: RuleBase, engine: Engine, facts: dict[str, Any], seeds: Iterable[tuple[str, Any]] = ()
) -> Inference:
    """Run the rules of ``rulebase`` on ``facts`` with ``engine`` to a fixed point.

    ``seeds`` are conclusions taken as given from the start (the analysis uses them to ask "what if the
    form is an organisation network"); advice never seeds.
    """
    by_id = rulebase.by_id
    result = Inference()
    for name, value in seeds:
        result.derived.setdefault(name, {}).setdefault(value, [])
    fired: set[str] = set()
    with engine.session(facts) as live:
        new_ids = live.start()
        if seeds:
            new_ids |= live.add_conclusions(list(seeds))
        for round_number in range(max_rounds(rulebase)):
            new_rules = sorted((by_id[rule_id] for rule_id in new_ids - fired), key=lambda rule: rule.index)
            fired.update(rule.id for rule in new_rules)
            new_conclusions: list[tuple[str, Any]] = []
            for rule in new_rules:
                result.firings.append(Firing(rule, round_number))
                for name, value in rule.concludes:
                    values = result.derived.setdefault(name, {})
                    if value not in values:
                        new_conclusions.append((name, value))
                    values.setdefault(value, []).append(rule.id)
            if not new_conclusions:
                new_conclusions = _decide(rulebase, result) or _judge_current(rulebase, result, facts)
                if not new_conclusions:
                    return result
            new_ids = live.add_conclusions(new_conclusions)
    raise EngineError(f"the rules keep deriving new conclusions after {max_rounds(rulebase)} rounds")


def _decide(rulebase: RuleBase, result: Inference) -> list[tuple[str, Any]]:
    """Decide, by support, each decision no rule concluded directly; return the new conclusions."""
    decided: list[tuple[str, Any]] = []
    for name, decision in rulebase.decisions.items():
        if name in result.derived or (name in result.decisions and result.decisions[name].value is not None):
            continue
        support: dict[str, list[str]] = {}
        for firing in result.firings:
            for supported, value in firing.rule.supports:
                if supported == name:
                    support.setdefault(value, []).append(firing.rule.id)
        ranked = sorted(support.items(), key=lambda item: (-len(item[1]), str(item[0])))
        value = None
        if (
            ranked
            and len(ranked[0][1]) >= decision.minimum_support
            and (len(ranked) == 1 or len(ranked[0][1]) > len(ranked[1][1]))
        ):
            value = ranked[0][0]
        result.decisions[name] = DecisionOutcome(name, dict(ranked), decision.minimum_support, value)
        if value is not None:
            result.derived[name] = {value: list(support[value])}
            decided.append((name, value))
    return decided


def _judge_current(rulebase: RuleBase, result: Inference, facts: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """Once every decision is final: for each decision that names the fact with the case's current value, how
    that value compares with it (the conclusion ``<decision>_current``)."""
    judged: list[tuple[str, Any]] = []
    for name, decision in rulebase.decisions.items():
        outcome = result.decisions.get(name)
        if decision.current is None or outcome is None or current_conclusion(name) in result.derived:
            continue
        fit = current_fit(facts.get(decision.current), outcome.value, outcome.support, rulebase.decision_values(name))
        if fit is not None:
            result.derived[current_conclusion(name)] = {fit: []}
            judged.append((current_conclusion(name), fit))
    return judged


def current_fit(current: Any, decided: Any, support: Mapping[Any, list[str]], values: Iterable[Any]) -> str | None:
    """How a case's current value compares with a decision: fits or differs from the value decided; when none
    was decided, supported (it has as much support as any), outsupported (it has some, another has more) or
    unsupported (it has none, another has some). None when the current value is unknown or not one of the
    decision's values, or when nothing has support at all. (Outsupported: a self-governing network of eleven
    partners with one factor behind it, two behind each other mode, was warned of nothing once the trust was
    known, a policy officer's trial.)"""
    if current is None or current not in set(values):
        return None
    if decided is not None:
        return "fits" if current == decided else "differs"
    if support.get(current):
        most = max(len(rule_ids) for rule_ids in support.values())
        return "supported" if len(support[current]) >= most else "outsupported"
    return "unsupported" if any(support.values()) else None


def resolve(values: Mapping[Any, Iterable[str]], priority: Mapping[str, int]) -> Any | None:
    """The one value of a conclusion: the only value derived, else the value concluded by the rule of highest
    priority; None when nothing was derived or the highest priorities tie (a conflict)."""
    if len(values) <= 1:
        return next(iter(values), None)
    ranked = sorted(
        ((max((priority[rule_id] for rule_id in ids), default=0), str(value), value) for value, ids in values.items()),
        key=lambda item: (-item[0], item[1]),
    )
    return ranked[0][2] if ranked[0][0] > ranked[1][0] else None
