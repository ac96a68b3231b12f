"""Analysis of a rule base: rules that can never fire, conflicts, subsumed rules, gaps, cycles, untested rules.

Every fact has a finite domain here: yes/no, a choice, "unknown", and for numbers the representative
points of the intervals the rule base's own thresholds cut (c-1, c, c+1 for every constant c, and the
bounds), which makes reasoning over numbers exact for the comparisons rules can write. A rule's
conditions on facts become a *box*: for each fact, the set of values that satisfy them. Conclusions
carry the boxes under which they can be derived (through the rules that conclude or support them,
to a fixed point). Counts computed from other facts (the six criteria, the five regional
characteristics, the five roles) are checked by enumerating the facts they are counted from, so
"four criteria point to complex and four to simple" is found impossible.

Limits, said plainly: decisions by support are treated as reachable when enough supporting rules can
hold together (rival support is not modelled); summaries of the partner list are treated as free facts.
Which supporting rules can hold together is searched with a budget (:data:`SUPPORT_BUDGET` steps per
decision value): past it, that value is reported as not analysed (``not-analysed``) and taken as
reachable wherever one of its supporters holds, which can only make later findings more cautious.
Gaps are checked for at most :data:`GAP_BUDGET` combinations per fixed conclusion; past it, the same
``not-analysed`` says so.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from . import messages
from .answers import NOBODY, value_label
from .case import nest, parse_case
from .errors import NetadvisorError
from .evaluator import EvaluatorEngine, condition_holds, group_holds
from .facts import (
    FACTS,
    INPUTS,
    PARTNER_FACTS,
    SUMMARIES,
    Bounds,
    case_in_words,
    fact_values,
    with_inputs,
    with_summaries,
)
from .inference import infer
from .operators import BY_NAME
from .outcomes import INT_HIGH, OutcomeModel
from .rulebase import CURRENT_FIT_VALUES, Condition, Rule, RuleBase, current_conclusion
from .text import LANGUAGES, PLACEHOLDER, Language, Text, stated_numbers
from .vocabulary import FIXED_CONCLUSIONS
from .yamlsource import FileRefused, read_file

UNKNOWN = None
Box = dict[str, frozenset[Any]]  # fact → allowed values; a fact not in the box may take any value
Code = Literal[
    "unsatisfiable",
    "dead-rule",
    "conflict",
    "subsumed",
    "gap",
    "undetermined",
    "cycle",
    "unexercised",
    "no-examples",
    "not-tabulated",
    "contradiction",
    "not-analysed",
    "unused-fact",
    "stale-explanation",
    "placeholder-fact-untested",
]

# Summaries counted over a fixed group of stated facts (the six criteria, the five characteristics, the five
# roles): each group is checked by enumerating its facts. Keyed by the group's facts.
_GROUPS: dict[tuple[str, ...], tuple[str, ...]] = {}
for _summary in SUMMARIES:
    if not any(source.startswith("partners") for source in _summary.inputs):
        _GROUPS.setdefault(_summary.inputs, ())
        _GROUPS[_summary.inputs] += (_summary.path,)
_GROUP_OF: dict[str, tuple[str, ...]] = {
    fact: inputs for inputs, summaries in _GROUPS.items() for fact in (*inputs, *summaries)
}
_MAX_BOXES = 64  # per conclusion value: enough for this rule base; more are merged away as duplicates
# Steps (one box intersection each) to find which supporters of a decision value can hold together.
# Every combination of minimum_support rules among the supporters is a candidate: 40 supporters and a
# minimum of 12 are 5.6 billion. Combinations are searched rule by rule, a prefix that cannot hold is
# not extended, and the search stops when the value has its boxes; this budget bounds what is left.
SUPPORT_BUDGET = 20_000
# Combinations of known facts the gap check runs the rules on, per fixed conclusion (each is one
# inference, about half a millisecond): the packaged rules need at most 864; 17 independent yes/no
# facts would be 131,072, close to a minute.
GAP_BUDGET = 5_000
_UNUSED_LISTED = 20  # facts named in the unused-fact finding; a rule base of a few rules leaves most unused


@dataclass(frozen=True, slots=True)
class AnalysisFinding:
    """One thing the analysis found, with the rules involved and an example where it helps."""

    code: Code
    rules: tuple[str, ...]
    message: Text
    file: str = ""
    line: int = 0
    example: dict[str, Any] | None = None
    accepted: str | None = None  # the reason given in the rule's metadata, when accepted
    remedy: str | None = None  # what to do, when not what the code's remedy says (ANALYSIS_REMEDIES)

    def format(self, lang: Language = "nl") -> str:
        """The finding for a person: where, what, the example as a case file, and what to do (or why accepted)."""
        words = messages.ANALYSIS_WORDS
        where = f"{self.file}:{self.line}:1" if self.file else words["rule-base"].pick(lang)
        text = f"{where}: [{self.code}] {self.message.pick(lang)}"
        if self.example is not None:
            body = "".join(f"\n      {line}" for line in example_case_file(self.example, lang).splitlines())
            text += f"\n    {words['example-head'].pick(lang)}{body}"
        if self.accepted:
            text += f"\n    {words['accepted'].pick(lang)}: {self.accepted}"
        else:
            remedy = messages.fill(messages.ANALYSIS_REMEDIES[self.remedy or self.code], {"code": self.code}).pick(lang)
            text += f"\n    {words['what-to-do'].pick(lang)}: {remedy}"
        return text


@dataclass
class Analysis:
    findings: list[AnalysisFinding] = field(default_factory=list)

    @property
    def open(self) -> list[AnalysisFinding]:
        """Findings not accepted in the rules' metadata: these make `check --analyse` fail."""
        return [finding for finding in self.findings if not finding.accepted]


def example_case_file(example: Mapping[str, Any], lang: str = "nl") -> str:
    """An example case as the YAML of a case file: in Dutch, choices by their Dutch name and yes/no as ja/nee (a case
    file takes both), so that a policy officer can paste it into a file and run ``netadvisor advise`` on it."""
    return yaml.safe_dump(case_in_words(example, lang), allow_unicode=True, sort_keys=False, default_flow_style=False)


def condition_words(condition: Condition, lang: Language, *, with_line: bool = True, labelled: bool = False) -> str:
    """A condition as its rule file has it, with the line it stands on: "governance.trust is high (regel 5)";
    ``labelled``: its values as a person reads them ("governance.trust is een van [laag, gemiddeld]", for a diff a
    policy officer reads beside the Dutch words she wrote)."""
    operator = BY_NAME[condition.operator]
    operand = condition.operand

    def said(value: Any) -> str:
        if labelled and isinstance(value, str | bool):
            return value_label(value, lang)
        return str(value).lower() if isinstance(value, bool) else str(value)

    shown = (
        "" if operand is None else f"[{', '.join(map(said, operand))}]" if isinstance(operand, tuple) else said(operand)
    )
    if condition.policy:
        shown += f" ({messages.REPORT_WORDS['policy-value'].pick(lang)} {condition.policy})"
    line = f" ({messages.ANALYSIS_WORDS['line'].pick(lang)} {condition.line})" if condition.line and with_line else ""
    return f"{condition.name} {operator.words.pick(lang)} {shown}".rstrip() + line


def _conditions_words(
    conditions: Iterable[Condition], lang: Language, *, with_line: bool = True, labelled: bool = False
) -> str:
    joined = (condition_words(condition, lang, with_line=with_line, labelled=labelled) for condition in conditions)
    return messages.ADVICE_WORDS["and"].pick(lang).join(joined)


def conditions_text(conditions: Iterable[Condition], *, with_line: bool = True, labelled: bool = False) -> Text:
    """A rule's conditions in words, joined by "en"/"and", in both languages (see :func:`condition_words`)."""
    conditions = tuple(conditions)
    return Text(
        _conditions_words(conditions, "nl", with_line=with_line, labelled=labelled),
        _conditions_words(conditions, "en", with_line=with_line, labelled=labelled),
    )


# --------------------------------------------------------------------------- domains


def _domains(rulebase: RuleBase) -> dict[str, tuple[Any, ...]]:
    """Each fact's finite domain, numbers cut at the rule base's own thresholds."""
    constants: dict[str, set[int]] = {}
    for rule in rulebase.rules:
        for condition in rule.conditions:
            if condition.subject == "fact" and FACTS[condition.name].type == "int":
                values = condition.operand if isinstance(condition.operand, tuple) else (condition.operand,)
                constants.setdefault(condition.name, set()).update(v for v in values if isinstance(v, int))
    domains: dict[str, tuple[Any, ...]] = {}
    for path, spec in FACTS.items():
        if spec.type in ("bool", "enum"):
            domains[path] = (*spec.values, UNKNOWN)
        elif spec.type == "int" and spec.computed and spec.maximum is not None:
            domains[path] = (*range(spec.maximum + 1), UNKNOWN)  # every count: bounds are checked point by point
        elif spec.type == "int":
            high = spec.maximum if spec.maximum is not None else INT_HIGH
            low = spec.minimum if spec.minimum is not None else 0  # (no network counts 0 organisations)
            points = {low, high}
            for constant in constants.get(path, ()):
                points.update(p for p in (constant - 1, constant, constant + 1) if low <= p <= high)
            domains[path] = (*sorted(points), UNKNOWN)
        else:  # text: only known or not
            domains[path] = ("tekst", UNKNOWN)
    return domains


def _fact_box(conditions: Iterable[Condition], domains: Mapping[str, tuple[Any, ...]]) -> Box:
    box: Box = {}
    for condition in conditions:
        if condition.subject != "fact":
            continue
        allowed = frozenset(
            value
            for value in box.get(condition.name, frozenset(domains[condition.name]))
            if condition_holds(condition, {condition.name: value} if value is not None else {}, {})
        )
        box[condition.name] = allowed
    return box


def _intersect(a: Box, b: Box) -> Box | None:
    out = dict(a)
    for fact, values in b.items():
        merged = out[fact] & values if fact in out else values
        if not merged:
            return None
        out[fact] = merged
    return out


# --------------------------------------------------------------------------- groups of computed facts


def _group_of(path: str) -> tuple[str, ...] | None:
    return _GROUP_OF.get(path)


def _allows(allowed: frozenset[Any], value: Any) -> bool:
    """Whether a box's allowed values take ``value``: a count known within bounds only when every count in them
    is allowed (a condition on it holds only then)."""
    if isinstance(value, Bounds):
        return all(point in allowed for point in range(value.low, value.high + 1))
    return value in allowed


class _Feasibility:
    """Checks a box against the facts that counts are computed from, by enumeration (cached)."""

    def __init__(self) -> None:
        self._cache: dict[tuple[tuple[str, ...], frozenset[tuple[str, frozenset[Any]]]], dict[str, Any] | None] = {}

    def possible(self, box: Box) -> bool:
        """Whether some case fits the box (what ``witness`` tells, without building the case)."""
        if any(not values for values in box.values()):
            return False
        grouped: dict[tuple[str, ...], dict[str, frozenset[Any]]] = {}
        for fact, values in box.items():
            group = _group_of(fact)
            if group is not None:
                grouped.setdefault(group, {})[fact] = values
        return all(self._group_witness(group, constraints) is not None for group, constraints in grouped.items())

    def witness(self, box: Box) -> dict[str, Any] | None:
        """An assignment for every fact the box constrains, or None when the box cannot hold."""
        if any(not values for values in box.values()):
            return None
        assignment: dict[str, Any] = {}
        grouped: dict[tuple[str, ...], dict[str, frozenset[Any]]] = {}
        for fact, values in box.items():
            group = _group_of(fact)
            if group is None:
                assignment[fact] = _pick(values)
            else:
                grouped.setdefault(group, {})[fact] = values
        for group, constraints in grouped.items():
            found = self._group_witness(group, constraints)
            if found is None:
                return None
            assignment.update(found)
        return assignment

    def _group_witness(self, group: tuple[str, ...], constraints: dict[str, frozenset[Any]]) -> dict[str, Any] | None:
        key = (group, frozenset(constraints.items()))
        if key not in self._cache:
            self._cache[key] = self._search(group, constraints)
        return self._cache[key]

    @staticmethod
    def _search(group: tuple[str, ...], constraints: dict[str, frozenset[Any]]) -> dict[str, Any] | None:
        inputs = list(group)
        choices: list[tuple[Any, ...]] = [
            (None, NOBODY, "A", "B") if FACTS[path].type == "text" else (*FACTS[path].values, None) for path in inputs
        ]
        for combination in itertools.product(*choices):
            values = dict(zip(inputs, combination, strict=True))
            everything = {**values, **_computed(group, values)}
            if all(_allows(allowed, everything.get(fact)) for fact, allowed in constraints.items()):
                return {
                    fact: value
                    for fact, value in everything.items()
                    if fact in constraints or (fact in values and value is not None)
                }
        return None


def _computed(group: tuple[str, ...], values: Mapping[str, Any]) -> dict[str, Any]:
    """The summaries counted over ``group`` for these values of its facts (one definition: :mod:`facts`)."""
    facts = with_summaries({path: value for path, value in values.items() if value is not None})
    return {path: facts.get(path) for path in _GROUPS[group]}


def _pick(values: frozenset[Any]) -> Any:
    """A plain representative: the smallest number, else the first value in a stable order."""
    known = sorted((value for value in values if value is not None), key=lambda v: (type(v).__name__, v))
    return known[0] if known else None


# --------------------------------------------------------------------------- derivations


@dataclass
class _Derivations:
    """For each (conclusion, value): the boxes under which some rule derives it, with the rules used."""

    boxes: dict[tuple[str, Any], list[tuple[Box, frozenset[str]]]]
    # decision values whose supporters could not be searched within SUPPORT_BUDGET: (name, value) → (supporters, minimum)
    over_budget: dict[tuple[str, Any], tuple[int, int]] = field(default_factory=dict)


def _rule_boxes(
    rule: Rule,
    fact_box: Box,
    derivations: Mapping[tuple[str, Any], list[tuple[Box, frozenset[str]]]],
    feasible: _Feasibility,
) -> list[tuple[Box, frozenset[str]]]:
    """Boxes under which the rule's conclusion groups can hold as well as its fact conditions."""
    options: list[tuple[Box, frozenset[str]]] = [(fact_box, frozenset({rule.id}))]
    for name, group in rule.conclusion_groups:
        satisfying = [
            value for (conclusion, value) in derivations if conclusion == name and group_holds(group, {name: {value}})
        ]
        extended: list[tuple[Box, frozenset[str]]] = []
        for box, used in options:
            for value in satisfying:
                for other, other_used in derivations[(name, value)]:
                    if rule.id in other_used:  # a rule cannot need itself
                        continue
                    merged = _intersect(box, other)
                    if merged is not None and feasible.possible(merged):
                        extended.append((merged, used | other_used))
        options = _dedupe(extended)
        if not options:
            return []
    return options


def _dedupe(options: list[tuple[Box, frozenset[str]]]) -> list[tuple[Box, frozenset[str]]]:
    seen: set[frozenset[tuple[str, frozenset[Any]]]] = set()
    out = []
    for box, used in options:
        key = frozenset(box.items())
        if key not in seen:
            seen.add(key)
            out.append((box, used))
    return out[:_MAX_BOXES]


class _OverBudget(Exception):
    pass


def _supported(
    rules: list[Rule],
    minimum: int,
    live: Mapping[str, list[tuple[Box, frozenset[str]]]],
    feasible: _Feasibility,
    bucket: list[tuple[Box, frozenset[str]]],
    budget: int,
) -> bool:
    """Add to ``bucket`` the boxes under which ``minimum`` of ``rules`` hold together; whether any was added.

    The combinations come in the order of ``itertools.combinations(rules, minimum)`` and, within one,
    the boxes in the order of its rules' boxes; a combination whose first rules cannot hold together is
    not completed, and nothing is searched once the bucket is full.

    Raises:
        _OverBudget: after ``budget`` box intersections.
    """
    steps = 0
    added = False

    def extend(start: int, depth: int, combos: list[tuple[Box, frozenset[str]]]) -> bool:
        """Complete the combinations whose first ``depth`` rules gave ``combos``; False once the bucket is full."""
        nonlocal steps, added
        if depth == minimum:
            for option in _dedupe(combos):
                if len(bucket) >= _MAX_BOXES:
                    return False
                if option not in bucket:
                    bucket.append(option)
                    added = True
            return len(bucket) < _MAX_BOXES
        for index in range(start, len(rules) - (minimum - depth) + 1):
            options = live[rules[index].id]
            steps += len(combos) * len(options)
            if steps > budget:
                raise _OverBudget
            extended = [
                (merged, used | other_used)
                for box, used in combos
                for other, other_used in options
                if (merged := _intersect(box, other)) is not None and feasible.possible(merged)
            ]
            if extended and not extend(index + 1, depth + 1, extended):
                return False
        return True

    if len(bucket) < _MAX_BOXES:
        extend(0, min(minimum, 0), [({}, frozenset())])  # a minimum of 0 holds on every case
    return added


def _derive(
    rulebase: RuleBase, fact_boxes: Mapping[str, Box], feasible: _Feasibility
) -> tuple[_Derivations, dict[str, list[tuple[Box, frozenset[str]]]]]:
    derivations: dict[tuple[str, Any], list[tuple[Box, frozenset[str]]]] = {}
    live: dict[str, list[tuple[Box, frozenset[str]]]] = {}
    over_budget: dict[tuple[str, Any], tuple[int, int]] = {}
    searched: dict[tuple[str, Any], tuple[tuple[str, int], ...]] = {}  # the supporters' boxes last searched
    # How a case's current value compares with a decision is taken as possible in every case: the analysis does
    # not model it (it would need the support of every value); rules on it are checked, not their reachability.
    for name, decision in rulebase.decisions.items():
        if decision.current is not None:
            for value in CURRENT_FIT_VALUES:
                derivations[(current_conclusion(name), value)] = [({}, frozenset())]
    for _round in range(len(rulebase.rules) + 2):
        changed = False
        for rule in rulebase.rules:
            options = _rule_boxes(rule, fact_boxes[rule.id], derivations, feasible)
            if options and len(options) != len(live.get(rule.id, [])):
                live[rule.id] = options
                changed = True
            for name, value in rule.concludes:
                for option in options:
                    bucket = derivations.setdefault((name, value), [])
                    if option not in bucket and len(bucket) < _MAX_BOXES:
                        bucket.append(option)
                        changed = True
        for name, decision in rulebase.decisions.items():
            supporters: dict[Any, list[Rule]] = {}
            for rule in rulebase.rules:
                for supported, value in rule.supports:
                    if supported == name and rule.id in live:
                        supporters.setdefault(value, []).append(rule)
            for value, rules in supporters.items():
                key = (name, value)
                state = tuple((rule.id, len(live[rule.id])) for rule in rules)
                if searched.get(key) == state:  # the same supporters with the same boxes: nothing new
                    continue
                searched[key] = state
                bucket = derivations.setdefault(key, [])
                if key not in over_budget:
                    try:
                        changed |= _supported(rules, decision.minimum_support, live, feasible, bucket, SUPPORT_BUDGET)
                        continue
                    except _OverBudget:
                        over_budget[key] = (len(rules), decision.minimum_support)
                # Not searched through: wherever enough supporters hold, one of them holds; so the value
                # is taken as reachable under each supporter's own boxes (a wider, safe approximation).
                for rule in rules:
                    for option in live[rule.id]:
                        if option not in bucket and len(bucket) < _MAX_BOXES:
                            bucket.append(option)
                            changed = True
        if not changed:
            break
    return _Derivations(derivations, over_budget), live


# --------------------------------------------------------------------------- the analyses


def _says(code: str, **params: Any) -> Text:
    """The words of a finding, from :data:`~netadvisor.messages.ANALYSIS_MESSAGES`, filled."""
    return messages.ANALYSIS_MESSAGES[code].format(**params)


def analyse(rulebase: RuleBase, scenario_rules: Iterable[str] | None = None, lang: Language = "nl") -> Analysis:
    """Analyse ``rulebase``.

    Args:
        scenario_rules: ids of rules the behaviour specs make fire (from a living-documentation run),
            or None when that is not known: then only the examples inside the rules count.
        lang: the language of the reasons of accepted findings.
    """
    findings = _Findings(rulebase, lang)
    add = findings.add
    domains = _domains(rulebase)
    feasible = _Feasibility()
    fact_boxes = {rule.id: _fact_box(rule.conditions, domains) for rule in rulebase.rules}
    derivations, live = _derive(rulebase, fact_boxes, feasible)
    _unsatisfiable_and_dead(rulebase, fact_boxes, live, domains, feasible, add)
    _beyond_the_analysis(rulebase, derivations, add)
    _conflicts(rulebase, live, feasible, add)
    _contradictions(rulebase, live, feasible, add)
    _subsumed(rulebase, live, add)
    _cycles(rulebase, add)
    _gaps(rulebase, domains, add)
    _unexercised(rulebase, scenario_rules, add)
    _unused_facts(rulebase, add)
    _untested_placeholders(rulebase, add)
    _stale_explanations(rulebase, findings.found)
    return Analysis(findings=sorted(findings.found, key=lambda f: (f.file, f.line, f.code, f.rules)))


def unsatisfiable_rules(rulebase: RuleBase, lang: Language = "nl") -> list[AnalysisFinding]:
    """The rules whose own conditions no case can meet ("state.stuck is ja" beside "is nee"; a threshold that
    leaves no number between "meer dan 20" and "minder dan 16"), not accepted: the one finding of :func:`analyse`
    that reads each rule alone, cheap enough for ``netadvisor check`` (which said "In orde" for them, while the
    README has policy staff fix a rule until it does; a rule-editing trial)."""
    findings = _Findings(rulebase, lang)
    domains = _domains(rulebase)
    feasible = _Feasibility()
    for rule in rulebase.rules:
        if feasible.witness(_fact_box(rule.conditions, domains)) is None:
            clash = _clash(rule, domains, feasible)
            findings.add(
                "unsatisfiable", (rule.id,), _says("unsatisfiable", rule=rule.id, conditions=conditions_text(clash))
            )
    return [finding for finding in findings.found if not finding.accepted]


def rules_without_examples(rulebase: RuleBase, lang: Language = "nl") -> list[AnalysisFinding]:
    """The rules without an example under ``fires`` or ``silent``, which ``netadvisor test`` fails: also said by
    ``netadvisor check`` (it said "In orde" of a rule whose examples were left out, and the README has policy staff
    check until it does; a rule-editing trial). Not to be accepted: a rule's examples are its test."""
    found = []
    for rule in rulebase.rules:
        missing = [
            kind for kind, cases in (("fires", rule.examples_fire), ("silent", rule.examples_silent)) if not cases
        ]
        if missing:
            code = "no-examples-both" if len(missing) == 2 else f"no-examples-{missing[0]}"
            found.append(AnalysisFinding("no-examples", (rule.id,), _says(code, rule=rule.id), rule.file, rule.line))
    return found


class _Findings:
    """The findings of one analysis as they are added: each placed at its first rule, with every other rule's
    place in its message, and with the reason it is accepted (the rule's own, or the code's)."""

    def __init__(self, rulebase: RuleBase, lang: Language) -> None:
        self.lang = lang
        self.by_id = rulebase.by_id
        self.accepted = {
            (rule.id, code): reason.pick(lang) for rule in rulebase.rules for code, reason in rule.accepted
        }
        self.found: list[AnalysisFinding] = []

    def add(
        self,
        code: Code,
        rules: tuple[str, ...],
        message: Text,
        example: dict[str, Any] | None = None,
        remedy: str | None = None,
        line: int | None = None,
    ) -> None:
        """A finding about ``rules``, placed at the first one's line (or ``line`` in its file, where the finding
        is about a place inside the rule)."""
        by_id = self.by_id
        first = by_id.get(rules[0]) if rules else None
        if len(rules) > 1:  # say where every rule involved stands
            places = ", ".join(f"{rule_id} ({by_id[rule_id].file}:{by_id[rule_id].line})" for rule_id in rules[1:])
            message = _says("also", message=message, places=places)
        self.found.append(
            AnalysisFinding(
                code,
                rules,
                message,
                first.file if first else "",
                line if line is not None else first.line if first else 0,
                example,
                self._reason(code, rules),
                remedy,
            )
        )

    def _reason(self, code: Code, rules: tuple[str, ...]) -> str | None:
        reason = next((self.accepted[(rule_id, code)] for rule_id in rules if (rule_id, code) in self.accepted), None)
        if code in messages.ANALYSIS_ACCEPTED:
            reason = messages.ANALYSIS_ACCEPTED[code].pick(self.lang)
        return reason


def _unsatisfiable_and_dead(
    rulebase: RuleBase,
    fact_boxes: Mapping[str, Box],
    live: Mapping[str, list[tuple[Box, frozenset[str]]]],
    domains: Mapping[str, tuple[Any, ...]],
    feasible: _Feasibility,
    add: Any,
) -> None:
    """Rules whose conditions no case can meet, and rules that wait for a conclusion no rule can give them."""
    for rule in rulebase.rules:
        witness = feasible.witness(fact_boxes[rule.id])
        if witness is None:
            clash = _clash(rule, domains, feasible)
            add("unsatisfiable", (rule.id,), _says("unsatisfiable", rule=rule.id, conditions=conditions_text(clash)))
        elif rule.id not in live:
            needed = ", ".join(name for name, _ in rule.conclusion_groups)
            add("dead-rule", (rule.id,), _says("dead-rule", rule=rule.id, needed=needed))


def _beyond_the_analysis(rulebase: RuleBase, derivations: _Derivations, add: Any) -> None:
    """What the analysis did not go through, said so that silence is not taken for "nothing found": support
    with too many combinations, and conclusions whose outcomes could not be tabulated."""
    for (name, value), (count, minimum) in sorted(derivations.over_budget.items(), key=repr):
        add(
            "not-analysed",
            (),
            _says("not-analysed-support", name=name, value=value, count=count, minimum=minimum, budget=SUPPORT_BUDGET),
        )
    for name, table in OutcomeModel(rulebase).tables.items():
        if table is None:
            add("not-tabulated", (), _says("not-tabulated", name=name))


def _example(box: Box, feasible: _Feasibility) -> dict[str, Any] | None:
    assignment = feasible.witness(box)
    if assignment is None:
        return None
    return nest(
        {path: value for path, value in sorted(assignment.items()) if value is not None and not FACTS[path].computed}
    )


def _conflicts(
    rulebase: RuleBase, live: Mapping[str, list[tuple[Box, frozenset[str]]]], feasible: _Feasibility, add: Any
) -> None:
    concluding = [(rule, name, value) for rule in rulebase.rules if rule.id in live for name, value in rule.concludes]
    for (a, name_a, value_a), (b, name_b, value_b) in itertools.combinations(concluding, 2):
        if name_a != name_b or value_a == value_b or a.priority != b.priority:
            continue
        for box_a, _ in live[a.id]:
            found = False
            for box_b, _ in live[b.id]:
                merged = _intersect(box_a, box_b)
                if merged is not None and feasible.possible(merged):
                    add(
                        "conflict",
                        (a.id, b.id),
                        _says(
                            "conflict",
                            first=a.id,
                            first_name=name_a,
                            first_value=value_a,
                            first_conditions=conditions_text(a.conditions),
                            second=b.id,
                            second_name=name_b,
                            second_value=value_b,
                            second_conditions=conditions_text(b.conditions),
                            priority=a.priority,
                        ),
                        _example(merged, feasible),
                    )
                    found = True
                    break
            if found:
                break


def _contradictions(
    rulebase: RuleBase, live: Mapping[str, list[tuple[Box, frozenset[str]]]], feasible: _Feasibility, add: Any
) -> None:
    """Rules declared never to stand together (``not_with``) that can both fire on one case, with that case."""
    by_id = rulebase.by_id
    pairs = sorted({tuple(sorted((rule.id, other))) for rule in rulebase.rules for other in rule.not_with})
    for first, second in pairs:
        if first not in live or second not in live or first not in by_id or second not in by_id:
            continue
        example = next(
            (
                merged
                for box_a, _ in live[first]
                for box_b, _ in live[second]
                if (merged := _intersect(box_a, box_b)) is not None and feasible.witness(merged) is not None
            ),
            None,
        )
        if example is not None:
            add(
                "contradiction",
                (first, second),
                _says("contradiction", first=first, second=second),
                _example(example, feasible),
            )


def contradictions(rulebase: RuleBase, fired: Iterable[str]) -> list[tuple[str, str]]:
    """The pairs of rules declared never to stand together (``not_with``) that both fired."""
    fired = set(fired)
    return sorted(
        {
            (rule.id, other) if rule.id < other else (other, rule.id)
            for rule in rulebase.rules
            if rule.id in fired
            for other in rule.not_with
            if other in fired
        }
    )


def _contains(outer: Box, inner: Box) -> bool:
    """Every case in ``inner`` is in ``outer`` (a fact outer does not constrain allows all)."""
    return all(fact in inner and inner[fact] <= values for fact, values in outer.items())


def _subsumed(rulebase: RuleBase, live: Mapping[str, list[tuple[Box, frozenset[str]]]], add: Any) -> None:
    def says_the_same(a: Rule, b: Rule) -> bool:
        if (a.concludes, a.supports) != (b.concludes, b.supports) or (a.finding is None) != (b.finding is None):
            return False
        return a.finding is None or (
            b.finding is not None and (a.finding.severity, a.finding.message) == (b.finding.severity, b.finding.message)
        )

    def within(a: Rule, b: Rule) -> bool:
        return all(any(_contains(box_b, box_a) for box_b, _ in live[b.id]) for box_a, _ in live[a.id])

    rules = [rule for rule in rulebase.rules if rule.id in live]
    for a, b in itertools.permutations(rules, 2):
        if says_the_same(a, b) and within(a, b) and not (within(b, a) and a.index < b.index):
            add(
                "subsumed",
                (a.id, b.id),
                _says("subsumed", narrower=a.id, wider=b.id),
            )


def _cycles(rulebase: RuleBase, add: Any) -> None:
    edges: dict[str, set[str]] = {}
    rules_on_edge: dict[tuple[str, str], str] = {}
    for rule in rulebase.rules:
        for used in rule.conclusions_used:
            for produced, _ in (*rule.concludes, *rule.supports):
                edges.setdefault(used, set()).add(produced)
                rules_on_edge.setdefault((used, produced), rule.id)
    reported: set[frozenset[str]] = set()

    def visit(node: str, path: list[str]) -> None:
        for nxt in sorted(edges.get(node, ())):
            if nxt in path:
                cycle = [*path[path.index(nxt) :], nxt]
                key = frozenset(cycle)
                if key not in reported:
                    reported.add(key)
                    rule_ids = tuple(dict.fromkeys(rules_on_edge[(x, y)] for x, y in itertools.pairwise(cycle)))
                    chain = " → ".join(cycle)
                    add("cycle", rule_ids, _says("cycle", chain=chain))
            else:
                visit(nxt, [*path, nxt])

    for start in sorted(edges):
        visit(start, [start])


def _evaluate(
    rulebase: RuleBase, facts: Mapping[str, Any], seeds: Mapping[str, Any]
) -> tuple[dict[str, Any], set[str]]:
    """The conclusions the rules reach from ``facts`` plus seeded conclusions, and the rules that fired."""
    result = infer(
        rulebase,
        EvaluatorEngine(rulebase),
        dict(facts),
        [(name, value) for name, value in seeds.items() if value is not None],
    )
    return result.derived, set(result.fired_ids)


def _gaps(rulebase: RuleBase, domains: Mapping[str, tuple[Any, ...]], add: Any) -> None:
    """Known combinations of what a fixed conclusion depends on, for which no rule reaches it."""
    direct: dict[str, set[str]] = {}
    upstream: dict[str, set[str]] = {}
    for rule in rulebase.rules:
        for name, _ in (*rule.concludes, *rule.supports):
            direct.setdefault(name, set()).update(
                path for c in rule.conditions if c.subject == "fact" for path in INPUTS[c.name]
            )
            upstream.setdefault(name, set()).update(rule.conclusions_used)
    for name in FIXED_CONCLUSIONS:
        facts = sorted(direct.get(name, ()))
        seeds = sorted(upstream.get(name, set()) - {name})
        if not facts:
            continue
        spaces = [[v for v in domains[f] if v is not None] for f in facts]
        seed_spaces = [[*FIXED_CONCLUSIONS.get(s, ()), None] for s in seeds]
        size = 1
        for space in (*spaces, *seed_spaces):
            size *= len(space)
        if size > GAP_BUDGET:
            add(
                "not-analysed",
                (),
                _says("not-analysed-gaps", name=name, size=size, budget=GAP_BUDGET),
            )
            continue
        gaps: list[tuple[Any, ...]] = []
        deliberate: list[tuple[Any, ...]] = []
        for seed_values in itertools.product(*seed_spaces):
            seeded = dict(zip(seeds, seed_values, strict=True))
            if _not_applicable(rulebase, name, seeded):
                continue
            for values in itertools.product(*spaces):
                known = _with_counts(dict(zip(facts, values, strict=True)))
                derived, fired = _evaluate(rulebase, known, seeded)
                if derived.get(name):
                    continue
                row = (*seed_values, *values)
                (deliberate if _deliberately_open(rulebase, name, fired, facts) else gaps).append(row)
        dimensions = (*seeds, *facts)
        for pattern in _compact(gaps):
            shown = _pattern_text(dimensions, pattern, domains)
            add("gap", (), _says("gap", name=name, combination=shown))
        if deliberate:
            add(
                "undetermined",
                (),
                _says("undetermined", name=name, count=len(deliberate)),
            )


def _with_counts(facts: dict[str, Any]) -> dict[str, Any]:
    """The facts plus the counts the case model computes from them (criteria, characteristics, roles)."""
    out = dict(facts)
    for group in {g for g in map(_group_of, facts) if g}:
        inputs = {path: value for path, value in facts.items() if path in group}
        out.update({path: value for path, value in _computed(group, inputs).items() if value is not None})
    return out


def _deliberately_open(rulebase: RuleBase, name: str, fired: set[str], facts: list[str]) -> bool:
    """No value, on purpose: some rule supports a value (the decision lacks a winner), or a rule on the same
    facts fired to say so (like 'the criteria disagree')."""
    if name in rulebase.decisions and any(
        rule.id in fired and any(n == name for n, _ in rule.supports) for rule in rulebase.rules
    ):
        return True
    return any(
        rule.id in fired
        and rule.finding is not None
        and not rule.concludes
        and not rule.supports
        and set(rule.facts_used) & {p for f in facts for p in (f, *_computed_from(f))}
        for rule in rulebase.rules
    )


def _computed_from(path: str) -> list[str]:
    group = _group_of(path)
    return list(_GROUPS[group]) if group else []


def _not_applicable(rulebase: RuleBase, name: str, seeded: Mapping[str, Any]) -> bool:
    """Whether the seeded conclusions rule ``name`` out by design: every rule leading to it applies only when a
    conclusion has a value (its file's ``applies_when``), and the seed gives that conclusion another."""
    producers = [rule for rule in rulebase.rules if any(n == name for n, _ in (*rule.concludes, *rule.supports))]
    return bool(producers) and all(
        any(
            guard.subject == "conclusion"
            and guard.name in seeded
            and not condition_holds(
                guard, {}, {guard.name: {seeded[guard.name]}} if seeded[guard.name] is not None else {}
            )
            for guard in rule.guards
        )
        for rule in producers
    )


def _pattern_text(
    dimensions: tuple[str, ...], pattern: tuple[frozenset[Any], ...], domains: Mapping[str, tuple[Any, ...]]
) -> str:
    parts = []
    for dim, values in zip(dimensions, pattern, strict=True):
        if dim in FACTS and FACTS[dim].type == "int":
            points = [p for p in domains[dim] if p is not None]
            chosen = sorted(values)
            if chosen == points[points.index(chosen[0]) : points.index(chosen[-1]) + 1]:
                # a run of representative points is an interval of whole numbers
                high = "" if chosen[-1] == points[-1] else str(chosen[-1])
                parts.append(f"{dim} in {chosen[0]}..{high}" if len(chosen) > 1 or not high else f"{dim} = {high}")
                continue
        shown = sorted(values, key=lambda v: (type(v).__name__, v))
        parts.append(f"{dim} ∈ {{{', '.join(map(str, shown))}}}" if len(shown) > 1 else f"{dim} = {shown[0]}")
    return ", ".join(parts)


def _pattern_key(pattern: tuple[frozenset[Any], ...]) -> tuple[tuple[str, ...], ...]:
    """A pattern's order that does not depend on the order a set happens to list its values in (a frozenset of
    words lists them in an order that changes from one Python process to the next)."""
    return tuple(tuple(sorted(map(repr, values))) for values in pattern)


def _compact(rows: list[tuple[Any, ...]]) -> list[tuple[frozenset[Any], ...]]:
    """Merge rows that differ in one position into patterns, until nothing merges (a light Quine–McCluskey)."""
    patterns = {tuple(frozenset({value}) for value in row) for row in rows}
    merged = True
    while merged:
        merged = False
        ordered = sorted(patterns, key=_pattern_key)
        for a, b in itertools.combinations(ordered, 2):
            differing = [i for i in range(len(a)) if a[i] != b[i]]
            if len(differing) == 1:
                i = differing[0]
                combined = (*a[:i], a[i] | b[i], *a[i + 1 :])
                patterns -= {a, b}
                patterns.add(combined)
                merged = True
                break
    return sorted(patterns, key=_pattern_key)


def _unexercised(rulebase: RuleBase, scenario_rules: Iterable[str] | None, add: Any) -> None:
    scenario_set = set(scenario_rules or ())
    for rule in rulebase.rules:
        fires = False
        for case in rule.examples_fire:
            _derived, fired = _evaluate(rulebase, fact_values(parse_case(case)), {})
            if rule.id in fired:
                fires = True
                break
        if not fires and rule.id not in scenario_set:
            # a rule whose examples no longer fire after an edit: its own words, not the advice to accept it
            # (a policy officer who raised a threshold was told eleven times to accept, or to add an example)
            broken = "unexercised-examples-fail" if rule.examples_fire else None
            scenarios = _says("scenarios-not-read" if scenario_rules is None else "no-scenario-either")
            said = _says(broken or "unexercised", rule=rule.id, scenarios=scenarios)
            add("unexercised", (rule.id,), said, remedy=broken)


def _clash(rule: Rule, domains: Mapping[str, tuple[Any, ...]], feasible: _Feasibility) -> tuple[Condition, ...]:
    """The fewest of a rule's conditions on facts that cannot hold together (one, two or three; else all)."""
    conditions = [condition for condition in rule.conditions if condition.subject == "fact"]
    for size in (1, 2, 3):
        for subset in itertools.combinations(conditions, size):
            if feasible.witness(_fact_box(subset, domains)) is None:
                return subset
    return tuple(conditions)


def _unused_facts(rulebase: RuleBase, add: Any) -> None:
    """The facts of the case model no rule uses, counted or not: a case may state them, the advice never asks them."""
    used = with_inputs(rulebase.facts_used)
    stated = [path for path, spec in FACTS.items() if not spec.computed and spec.type != "text"]
    stated += [path for path, spec in PARTNER_FACTS.items() if path != "partners" and spec.type != "text"]
    unused = [path for path in stated if path not in used]
    if unused:
        listed = ", ".join(unused[:_UNUSED_LISTED])
        more = len(unused) - _UNUSED_LISTED
        add(
            "unused-fact",
            (),
            _says(
                "unused-fact",
                count=len(unused),
                listed=listed,
                more=_says("unused-fact-more", count=more) if more > 0 else Text("", ""),
            ),
        )


def _untested_placeholders(rulebase: RuleBase, add: Any) -> None:
    """A fact named in a rule's message that the rule does not test as known: where it fires with that fact
    unknown, the advice reads "onbekend" in its place. A rule-editing trial wrote "Er is een projectteam voor
    {goal.end_user}" in a rule that never tested the end user; check and every test said "in orde", and the advice
    read "Er is een projectteam voor onbekend". (A rule may mean it, as one that lists all six criteria, known or
    not: it accepts the finding, with why.)"""
    for rule in rulebase.rules:
        if rule.finding is None:
            continue
        known = {
            condition.name
            for condition in rule.conditions
            if condition.subject == "fact" and condition.operator != "unknown"  # ("known: false": fires while unknown)
        }
        # (a comparison with a decision has a value only where the case states its current one: GOV-mismatch-*)
        known |= {
            decision.current
            for name, decision in rulebase.decisions.items()
            if decision.current is not None
            and any(c.subject == "conclusion" and c.name == current_conclusion(name) for c in rule.conditions)
        }
        named: dict[str, None] = {}
        for lang in LANGUAGES:
            for match in PLACEHOLDER.finditer(rule.finding.message.pick(lang)):
                name = match.group(1)
                if name is not None and name in FACTS and name not in known:
                    named[name] = None
        if named:
            code = "placeholder-fact-untested" if len(named) == 1 else "placeholder-facts-untested"
            # (at the first such placeholder's line, not the rule's '- id:': a rule-editing trial looked there)
            lines = dict(rule.placeholder_lines)
            line = min((lines[name] for name in named if name in lines), default=None)
            add("placeholder-fact-untested", (rule.id,), _says(code, facts=", ".join(named)), line=line)


def _stale_explanations(rulebase: RuleBase, found: list[AnalysisFinding]) -> None:
    """A policy value whose explanation states numbers, none of them its value: after an edit of the value, "Met 4
    van de 6 is er een duidelijke meerderheid" stood beside 5, and nothing said so (a policy officer's trial)."""
    for name, policy in rulebase.policies.items():
        if not isinstance(policy.value, int) or isinstance(policy.value, bool):
            continue
        # each language that is stale, at once: the English one is stale just as well when the Dutch one was
        # mended, and a rule-editing trial was told of it only after mending the Dutch one
        for lang in LANGUAGES:
            stated = stated_numbers(policy.explanation.pick(lang))
            if stated and policy.value not in stated:
                numbers = ", ".join(map(str, stated))
                message = _says("stale-explanation", policy=name, value=policy.value, stated=numbers, lang=lang)
                found.append(AnalysisFinding("stale-explanation", (), message, policy.file, policy.line))


# --------------------------------------------------------------------------- what the scenarios made fire


class ScenarioResultsError(NetadvisorError, ValueError):
    """A results file of the living documentation that cannot be used; ``text`` says why, in Dutch and English."""

    def __init__(self, text: Text):
        super().__init__(text.en)
        self.text = text

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.text,))  # whole across processes, as every netadvisor error


_RESULTS_LIMIT = 64 * 2**20  # a results file of every scenario is a few hundred kilobytes


def rules_fired_in_scenarios(path: str | Path) -> set[str]:
    """The ids of the rules a living-documentation run (``make docs``) made fire, from its results file.

    Raises:
        ScenarioResultsError: the file is missing, unreadable or not the results ``make docs`` writes.
    """

    def unusable(code: str, **params: Any) -> ScenarioResultsError:
        return ScenarioResultsError(messages.command_says(code, **params))

    try:
        raw = read_file(path, limit=_RESULTS_LIMIT)
    except FileNotFoundError:
        raise unusable("file-missing") from None
    except FileRefused as refused:
        raise unusable("file-too-large" if refused.issue.code == "file-too-large" else "file-not-regular") from None
    except OSError as error:
        raise unusable("file-unreadable", why=messages.os_reason(error)) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise unusable("file-not-utf8") from None
    except (ValueError, RecursionError) as error:
        raise unusable("file-not-json", why=error) from None
    results = data.get("results") if isinstance(data, dict) else None
    if not isinstance(results, list):
        raise unusable("results-no-list")
    found: set[str] = set()
    for index, result in enumerate(results):
        rules = result.get("rules") if isinstance(result, dict) else None
        if not isinstance(rules, list) or not all(
            isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], str) for entry in rules
        ):
            raise unusable("results-bad-rules", index=index)
        found.update(entry[0] for entry in rules)
    return found
