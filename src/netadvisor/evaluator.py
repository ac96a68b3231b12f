"""The plain-Python evaluator: the same rules, without durable_rules.

It has three jobs. It explains: for every condition it tells whether it held,
failed, or could not be decided because a fact is unknown. It is the reference
the durable_rules results are compared with in the tests. And it is the
fallback where durable_rules cannot be imported (Python 3.13 and newer).

Semantics shared with the compiled rules: a condition on an unknown fact is
undecided (never true, never false), so a rule fires only when every condition
holds; a count known only within bounds decides a condition only when every count
within them agrees; a condition on a conclusion holds when any value derived for
it matches.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .facts import FACTS, Bounds
from .memory import Memory
from .operators import BY_NAME
from .protocol import OUTSIDE_WITH
from .rulebase import Condition, Rule, RuleBase


def condition_holds(
    condition: Condition, facts: Mapping[str, Any], derived: Mapping[str, Iterable[Any]]
) -> bool | None:
    """True, False, or None when the fact (or conclusion) it needs is unknown.

    A count known only within bounds (:class:`~netadvisor.facts.Bounds`) decides a condition only when every
    count within the bounds agrees: "at least 4" holds for 4..6, fails for 0..3, and is undecided for 2..5.
    """
    operator = BY_NAME[condition.operator]
    if condition.subject == "fact":
        value = facts.get(condition.name)
        if isinstance(value, Bounds):
            return operator.check_bounds(value.low, value.high, condition.operand)
        if condition.operator == "known":
            return value is not None
        if condition.operator == "unknown":
            return value is None
        if value is None:
            return None
        return operator.check(value, condition.operand)
    values = list(derived.get(condition.name, ()))
    if not values:
        return None
    return any(operator.check(value, condition.operand) for value in values)


def group_holds(conditions: Iterable[Condition], derived: Mapping[str, Iterable[Any]]) -> bool | None:
    """Whether one derived value of a conclusion satisfies all these conditions on it (None: none derived)."""
    group = list(conditions)
    values = list(derived.get(group[0].name, ()))
    if not values:
        return None
    return any(all(BY_NAME[c.operator].check(value, c.operand) for c in group) for value in values)


def rule_holds(rule: Rule, facts: Mapping[str, Any], derived: Mapping[str, Iterable[Any]]) -> bool | None:
    """True when every condition holds; False when one fails; None when none fails but one is unknown.

    Conditions on one conclusion must hold for one and the same derived value.
    """
    result: bool | None = True
    for condition in rule.conditions:
        if condition.subject != "fact":
            continue
        holds = condition_holds(condition, facts, derived)
        if holds is False:
            return False
        if holds is None:
            result = None
    for _name, group in rule.conclusion_groups:
        holds = group_holds(group, derived)
        if holds is False:
            return False
        if holds is None:
            result = None
    return result


_NOTHING: Mapping[str, Iterable[Any]] = {}  # conditions on facts read no conclusions


class FactsRead:
    """What of a case decides the outcome of some conditions on facts (and, with ``inputs``, which unknown
    facts they wait for): the facts whose value matters, and the free texts of which only whether they are
    known matters. Keys caches of what follows from those facts alone, which case after case repeats."""

    __slots__ = ("known", "values")

    def __init__(self, conditions: Iterable[Condition], *, inputs: bool = False):
        reads: dict[str, bool] = {}  # path → whether its value matters
        for condition in conditions:
            spec = FACTS[condition.name]
            exact = spec.type != "text" or condition.operator not in ("known", "unknown")
            reads[condition.name] = reads.get(condition.name, False) or exact
            for path in spec.inputs if inputs and spec.computed else ():
                is_text = path in FACTS and FACTS[path].type == "text"
                reads[path] = reads.get(path, False) or not is_text
        self.values: tuple[str, ...] = tuple(path for path, exact in reads.items() if exact)
        self.known: tuple[str, ...] = tuple(path for path, exact in reads.items() if not exact)

    def key(self, tag: Any, facts: Mapping[str, Any]) -> tuple[Any, ...]:
        """``tag`` and what of ``facts`` they read: equal states, equal outcomes (a text itself would make every
        case new)."""
        if not self.known:
            return (tag, *map(facts.get, self.values))
        return (tag, *map(facts.get, self.values), *[facts.get(path) is None for path in self.known])


class EvaluatorEngine:
    """The :class:`~netadvisor.protocol.Engine` interface over plain Python."""

    name = "evaluator"

    def __init__(self, rulebase: RuleBase):
        self.rulebase = rulebase
        watching: dict[str, list[Rule]] = {}
        for rule in rulebase.rules:
            for name, _group in rule.conclusion_groups:
                watching.setdefault(name, []).append(rule)
        self.watching: dict[str, tuple[Rule, ...]] = {name: tuple(rules) for name, rules in watching.items()}
        """For each conclusion, the rules with a condition on it: the only ones a new value of it can make fire."""
        self.on_facts: tuple[tuple[Rule, tuple[Condition, ...], FactsRead], ...] = tuple(
            (rule, conditions, FactsRead(conditions))
            for rule in rulebase.rules
            for conditions in [tuple(c for c in rule.conditions if c.subject == "fact")]
        )
        """Each rule with its conditions on facts and what of a case they read, in the rule base's order."""
        # whether a rule's conditions on facts hold follows from the few facts they read: once per state of them
        self._holding: Memory[tuple[Any, ...], bool] = Memory()

    def session(self, facts: dict[str, Any]) -> _EvaluatorSession:
        return _EvaluatorSession(self, facts)


class _EvaluatorSession:
    """One case. The facts do not change within it, so a rule whose conditions on facts do not all hold at the
    start never fires; the others are checked again only when a conclusion they test gets a value."""

    def __init__(self, engine: EvaluatorEngine, facts: dict[str, Any]):
        self.engine = engine
        self.facts = facts
        self.derived: dict[str, set[Any]] = {}
        self.fired: set[str] = set()
        self.waiting: set[str] = set()  # rules whose facts hold, waiting for conclusions
        self.entered = False

    def __enter__(self) -> _EvaluatorSession:
        self.entered = True
        return self

    def __exit__(self, *exc: object) -> None:
        self.entered = False

    def start(self) -> set[str]:
        if not self.entered:
            raise RuntimeError(OUTSIDE_WITH)
        new: set[str] = set()
        facts, fired, holding = self.facts, self.fired, self.engine._holding
        for index, (rule, conditions, read) in enumerate(self.engine.on_facts):
            if rule.id in fired:
                continue
            key = read.key(index, facts)
            holds = holding.get(key)
            if holds is None:
                holds = holding.keep(key, all(condition_holds(c, facts, _NOTHING) is True for c in conditions))
            if holds:
                if _conclusions_hold(rule, self.derived):
                    new.add(rule.id)
                else:
                    self.waiting.add(rule.id)
        self.fired |= new
        return new

    def add_conclusions(self, conclusions: Iterable[tuple[str, Any]]) -> set[str]:
        if not self.entered:
            raise RuntimeError(OUTSIDE_WITH)
        touched: dict[str, None] = {}
        for name, value in conclusions:
            self.derived.setdefault(name, set()).add(value)
            touched[name] = None
        new: set[str] = set()
        for name in touched:
            for rule in self.engine.watching.get(name, ()):
                if rule.id in self.waiting and _conclusions_hold(rule, self.derived):
                    new.add(rule.id)
                    self.waiting.discard(rule.id)
        self.fired |= new
        return new


def _conclusions_hold(rule: Rule, derived: Mapping[str, Iterable[Any]]) -> bool:
    """Whether each group of a rule's conditions on one conclusion holds for one derived value: for a rule whose
    conditions on facts all hold, whether it fires (see :func:`rule_holds`)."""
    return all(group_holds(group, derived) is True for _name, group in rule.conclusion_groups)
