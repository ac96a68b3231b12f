"""A validated rule base: immutable, resolved rules that the compiler and the evaluator share.

Nothing here can be wrong any more: every fact path exists, every operator fits
its fact, every policy reference is replaced by its value, every conclusion a
rule uses is derived somewhere. Only the loader builds these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from .operators import OperatorName
from .spelling import closest
from .text import Text

Subject = Literal["fact", "conclusion"]

MAX_RULE_ALPHA = 40
"""The most alpha tests one rule may add to durable_rules' network (chains + longest chain).

durable_rules fails (error 303) when a fact passes more than 64 alpha tests in
one ruleset; the compiler fills each ruleset up to a margin below that, and one
rule must fit on its own. The loader refuses a rule above this with a message.
"""
Operator = OperatorName  # the internal operator names, from the one operator table


Basis = Literal["guide", "source", "interpretation"]
"""What a finding rests on: the guide, a source outside it, or our own reading (interpretation)."""


@dataclass(frozen=True, slots=True)
class Condition:
    """One resolved condition.

    Attributes:
        subject: "fact" (a fact of the case) or "conclusion" (derived by a rule).
        name: the fact path or conclusion name.
        operator: the internal operator.
        operand: the value compared with (a tuple for "in" / "not_in", None for known/unknown).
        policy: the policy value's name when the operand came from one.
        line: where the condition stands in its file.
    """

    subject: Subject
    name: str
    operator: Operator
    operand: Any
    policy: str | None = None
    line: int = 0


def group_conclusions(conditions: tuple[Condition, ...]) -> tuple[tuple[str, tuple[Condition, ...]], ...]:
    groups: dict[str, list[Condition]] = {}
    for condition in conditions:
        if condition.subject == "conclusion":
            groups.setdefault(condition.name, []).append(condition)
    return tuple((name, tuple(group)) for name, group in groups.items())


@dataclass(frozen=True, slots=True)
class RuleFinding:
    """What a rule tells the person: how serious, and the message per language (``advice.Finding`` is the
    finding as it stands in one advice)."""

    severity: Literal["info", "advice", "warning"]
    message: Text
    doubts: str | None = None  # a fixed conclusion this finding puts in doubt (its sentence says so)
    written: Text | None = None
    """The message as the rule file writes it, where it names policy values (``{veel_partners_min}``), which
    :attr:`message` has filled in: what a rule owner edited, told apart from a policy value that changed."""
    policies: tuple[str, ...] = ()
    """The policy values the message names, in the order it first names them."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One resolved rule, with everything the advice needs to cite it."""

    id: str
    title: Text
    sections: tuple[str, ...]
    heuristics: tuple[str, ...]
    conditions: tuple[Condition, ...]
    concludes: tuple[tuple[str, Any], ...] = ()
    supports: tuple[tuple[str, Any], ...] = ()
    finding: RuleFinding | None = None
    priority: int = 0
    source: str | None = None
    quote: str | None = None
    file: str = ""
    line: int = 0
    index: int = 0  # position in the rule base: the order of the trace among rules of one round
    examples_fire: tuple[dict[str, Any], ...] = ()  # validated case mappings, example_base merged in
    examples_silent: tuple[dict[str, Any], ...] = ()
    accepted: tuple[tuple[str, Text], ...] = ()  # (analysis code, reason)
    guards: tuple[Condition, ...] = ()  # the file's applies_when: also the first of ``conditions``
    not_with: tuple[str, ...] = ()  # rules whose findings must never stand beside this one's
    basis: Basis = "guide"  # what the finding rests on: guide, source (outside the guide), interpretation (ours)
    # each fact or conclusion named in the message, with the line its first placeholder stands on (where a finding
    # about it points: a rule-editing trial was sent to the rule's '- id:' line)
    placeholder_lines: tuple[tuple[str, int], ...] = ()
    _groups: tuple[tuple[str, tuple[Condition, ...]], ...] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_groups", group_conclusions(self.conditions))  # computed once, read per case

    @property
    def facts_used(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.conditions if c.subject == "fact")

    @property
    def conclusion_groups(self) -> tuple[tuple[str, tuple[Condition, ...]], ...]:
        """Conditions on conclusions, grouped by conclusion: one derived value must satisfy a whole group.

        ("the form is not X" and "the form is Y" speak of the same form.) durable_rules binds each
        alias of a join to a different fact, so each group compiles to one alias.
        """
        return self._groups if self._groups is not None else group_conclusions(self.conditions)

    @property
    def conclusions_used(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.conditions if c.subject == "conclusion")


CURRENT_FIT_VALUES = ("fits", "differs", "supported", "outsupported", "unsupported")
"""How the value a case has now compares with a decision by support (see :func:`current_conclusion`)."""


def current_conclusion(decision: str) -> str:
    """The name of the conclusion that judges a case's current value against ``decision``."""
    return f"{decision}_current"


@dataclass(frozen=True, slots=True)
class Decision:
    """A conclusion decided by the most support, when no rule concludes it directly.

    Attributes:
        current: the fact holding the value the case has now, when the rule file names one; the rules may then
            use the conclusion ``<decision>_current`` (one of :data:`CURRENT_FIT_VALUES`).
    """

    conclusion: str
    minimum_support: int
    policy: str | None = None
    current: str | None = None


@dataclass(frozen=True, slots=True)
class AccountedHeuristic:
    """A heuristic that is not a rule of its own: a definition, a validation, an example, or not a rule."""

    heuristic: str
    kind: Literal["definition", "validation", "example", "not_a_rule"]
    where: str | None
    reason: Text
    file: str
    line: int


@dataclass(frozen=True, slots=True)
class PolicyValue:
    name: str
    value: Any
    explanation: Text
    file: str
    line: int


@dataclass(frozen=True, slots=True)
class RuleBase:
    """All rules of one or more files, validated together.

    Attributes:
        rules: in file order (files sorted by name).
        decisions: by conclusion name.
        policies: by name.
        version: a hash of the rule files' contents; it changes when any rule changes.
        files: the files read.
    """

    rules: tuple[Rule, ...]
    decisions: dict[str, Decision] = field(default_factory=dict)
    policies: dict[str, PolicyValue] = field(default_factory=dict)
    version: str = ""
    files: tuple[str, ...] = ()
    accounted: tuple[AccountedHeuristic, ...] = ()
    by_id: dict[str, Rule] = field(init=False, repr=False, compare=False)
    """Each rule by its id."""
    leading: dict[str, dict[Any, list[Rule]]] = field(init=False, repr=False, compare=False)
    """For each conclusion and value, the rules that conclude or support it, in rule order."""
    producers: dict[str, list[Rule]] = field(init=False, repr=False, compare=False)
    """For each conclusion, the rules that conclude or support any value of it, in rule order."""
    supported: dict[str, tuple[Any, ...]] = field(init=False, repr=False, compare=False)
    """For each conclusion, the values rules support for it, in rule order (see :meth:`decision_values`)."""
    guards: tuple[tuple[str, Any], ...] = field(init=False, repr=False, compare=False)
    """The conclusions and values files say their rules apply to (``applies_when: {conclusion: .., is: ..}``)."""

    def __post_init__(self) -> None:
        # worked out once here, the one place that knows which rule leads where: inference, advice, the outcome
        # tables and the analysis all read them, most of them for every case
        leading: dict[str, dict[Any, list[Rule]]] = {}
        producers: dict[str, list[Rule]] = {}
        supported: dict[str, dict[Any, None]] = {}
        for rule in self.rules:
            for name, value in (*rule.concludes, *rule.supports):
                leading.setdefault(name, {}).setdefault(value, []).append(rule)
                if rule not in producers.setdefault(name, []):
                    producers[name].append(rule)
            for name, value in rule.supports:
                supported.setdefault(name, {})[value] = None
        guards = dict.fromkeys(
            (c.name, c.operand)
            for rule in self.rules
            for c in rule.guards
            if c.subject == "conclusion" and c.operator == "eq"
        )
        object.__setattr__(self, "by_id", {rule.id: rule for rule in self.rules})
        object.__setattr__(self, "leading", leading)
        object.__setattr__(self, "producers", producers)
        object.__setattr__(self, "supported", {name: tuple(values) for name, values in supported.items()})
        object.__setattr__(self, "guards", tuple(guards))

    def guard(self, name: str) -> tuple[str, Any] | None:
        """The condition every rule leading to ``name`` applies under (a file's ``applies_when:``), if there is
        one: ("collaboration_form", "organisation_network"). Without it, ``name`` is not applicable."""
        leading = [rule for rules in self.leading.get(name, {}).values() for rule in rules]
        guards = {(c.name, c.operand) for rule in leading for c in rule.guards}
        if not leading or len(guards) != 1 or not all(rule.guards for rule in leading):
            return None
        return next(iter(guards))

    def factor_count(self, name: str) -> int:
        """How many facts the rules supporting a decision look at: its factors (trust, size, …)."""
        supporters = [rule for rules in self.leading.get(name, {}).values() for rule in rules if rule.supports]
        return len({c.name for rule in supporters for c in rule.conditions if c.subject == "fact"})

    def threshold(self, name: str) -> tuple[int, int] | None:
        """netadvisor's own threshold for a value of ``name`` (not the guide's), and what it counts: a decision's
        minimum support of its factors; for the type of challenge, the policy value its rules compare the count
        of criteria with (the guide gives the criteria, not how to weigh them), where they read one. None for
        a conclusion without one."""
        if name in self.decisions:
            return self.decisions[name].minimum_support, self.factor_count(name)
        policy = self.threshold_policy(name)
        if policy is None:
            return None
        from .facts import CRITERIA  # (the case models: only where a type's threshold is asked for)

        return self.policies[policy].value, len(CRITERIA)

    def threshold_policy(self, name: str) -> str | None:
        """The policy value that sets :meth:`threshold` of ``name``, where one does (a rule owner changes it)."""
        if name in self.decisions:
            return self.decisions[name].policy
        if name != "challenge_type":
            return None
        typing = [rule for rules in self.leading.get(name, {}).values() for rule in rules]
        policies = {c.policy for rule in typing for c in rule.conditions if c.policy is not None}
        if len(policies) != 1 or not isinstance(self.policies[policy := policies.pop()].value, int):
            return None
        return policy

    def decision_values(self, name: str) -> tuple[Any, ...]:
        """The values rules support for the decision ``name``, in rule order."""
        return self.supported.get(name, ())

    def rule(self, rule_id: str) -> Rule:
        """The rule with this id.

        Raises:
            KeyError: when there is none; its message names the closest id there is.
        """
        try:
            return self.by_id[rule_id]
        except KeyError:
            suggestion = closest(rule_id, list(self.by_id))
            raise KeyError(f"no rule {rule_id!r}" + (f"; did you mean {suggestion!r}?" if suggestion else "")) from None

    @property
    def facts_used(self) -> frozenset[str]:
        return frozenset(name for rule in self.rules for name in rule.facts_used)
