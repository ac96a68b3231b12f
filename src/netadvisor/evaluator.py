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


NOTHING_DERIVED: Mapping[str, set[Any]] = {}
"""What :func:`condition_holds` is given as derived for a condition on a fact, which reads no conclusion."""


class FactsRead:
    """What of a case decides the outcome of some conditions on facts (and, with ``inputs``, which unknown
    facts they wait for): the facts whose value matters, and the free texts of which only whether they are
    known matters. Keys caches of what follows from those facts alone, which case after case repeats."""

    __slots__ = ("known", "values")

    def __init__(self, conditions: Iterable[Condition], *, inputs: bool = False):
        reads: dict[str, bool] = {}  # path → whether its value matters
        for condition in conditions:
            spec = FACTS[condition.name]
            exact = spec.type != "text" or BY_NAME[condition.operator].reads_value
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
        # Each condition on a fact reads that one fact. So which rules fail on a fact follows from its value alone,
        # which case after case repeats: per fact and value the rules failing there are one bitmask (a rule's bit:
        # its place in the rule base), remembered, and the rules whose conditions on facts all hold are those no
        # fact fails. A free text is read only for whether it is known, unless a condition compares it.
        self.rules = tuple(rulebase.rules)
        on_fact: dict[str, list[tuple[int, Condition]]] = {}
        for index, rule in enumerate(self.rules):
            for condition in rule.conditions:
                if condition.subject == "fact":
                    on_fact.setdefault(condition.name, []).append((index, condition))
        self._on_fact = {path: tuple(conditions) for path, conditions in on_fact.items()}
        read = FactsRead(condition for conditions in self._on_fact.values() for _, condition in conditions)
        self._read = (*((path, True) for path in read.values), *((path, False) for path in read.known))
        """Each fact some rule's conditions read, and whether its value matters (else only whether it is known)."""
        self._every_rule = (1 << len(self.rules)) - 1
        self._failing: Memory[tuple[str, Any], int] = Memory()
        self.tests: dict[str, tuple[_ConclusionTest, ...]] = {
            rule.id: tuple(_ConclusionTest(name, group) for name, group in rule.conclusion_groups)
            for rule in self.rules
        }
        """For each rule: its conditions on conclusions, a test per conclusion (see :class:`_ConclusionTest`)."""

    def holding(self, facts: Mapping[str, Any]) -> int:
        """The rules whose conditions on facts all hold for ``facts``, as a bitmask (see ``__init__``)."""
        failing, remembered = 0, self._failing
        for path, exact in self._read:
            value = facts.get(path)
            # (the fact is in the key beside its value, which fixes its type: True and 1 are equal keys)
            key = (path, value if exact else value is None)
            mask = remembered.get(key)
            if mask is None:
                mask = 0
                for index, condition in self._on_fact[path]:
                    if condition_holds(condition, facts, NOTHING_DERIVED) is not True:
                        mask |= 1 << index
                remembered.keep(key, mask)
            failing |= mask
        return self._every_rule & ~failing

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
        holding, fired, tests = self.engine.holding(self.facts), self.fired, self.engine.tests
        for rule in self.engine.rules:
            if holding & 1 and rule.id not in fired:
                if _conclusions_hold(tests[rule.id], self.derived):
                    new.add(rule.id)
                else:
                    self.waiting.add(rule.id)
            holding >>= 1
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
        tests = self.engine.tests
        for name in touched:
            for rule in self.engine.watching.get(name, ()):
                if rule.id in self.waiting and _conclusions_hold(tests[rule.id], self.derived):
                    new.add(rule.id)
                    self.waiting.discard(rule.id)
        self.fired |= new
        return new


class _ConclusionTest:
    """A rule's conditions on one conclusion (one derived value must satisfy them all, see :func:`group_holds`),
    with whether each value satisfies them remembered: a rule is tested again each time a conclusion it reads
    gets a value, and the values are few."""

    __slots__ = ("accepts", "conditions", "name")

    def __init__(self, name: str, conditions: tuple[Condition, ...]):
        self.name = name
        self.conditions = conditions
        self.accepts: dict[tuple[type, Any], bool] = {}  # (the type beside the value: True and 1 are equal keys)

    def holds(self, derived: Mapping[str, Iterable[Any]]) -> bool:
        """Whether some value derived for the conclusion satisfies every condition (False: none derived)."""
        for value in derived.get(self.name, ()):
            key = (type(value), value)
            accepted = self.accepts.get(key)
            if accepted is None:
                # (the same answer whichever thread works it out first)
                accepted = self.accepts[key] = group_holds(self.conditions, {self.name: (value,)}) is True
            if accepted:
                return True
        return False


def _conclusions_hold(tests: tuple[_ConclusionTest, ...], derived: Mapping[str, Iterable[Any]]) -> bool:
    """Whether each group of a rule's conditions on one conclusion holds for one derived value: for a rule whose
    conditions on facts all hold, whether it fires (see :func:`rule_holds`)."""
    for test in tests:
        if not test.holds(derived):
            return False
    return True
