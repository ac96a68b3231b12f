"""What can still come out: for each conclusion, the values it can take once the unknown facts are known.

For every conclusion of a rule base (``challenge_type``, ``collaboration_form``, a decision by support such as
``governance_mode``, and its ``governance_mode_current`` judgement) this module builds, once per rule base, a
*table*: one row for every combination of the values of the facts the conclusion depends on (its *variables*),
with the conclusion the rules reach on that row. Numbers are cut into the classes the rules' own thresholds
make ("at most 7", "more than 7"), so the table is exact for the comparisons rules can write. A conclusion that
depends on another conclusion has that conclusion as a variable, whose values are what the other table can
give; this keeps the tables small (the six criteria make 729 rows, the governance mode a few hundred).

For a case, the rows that agree with what is known are one bitmask per variable, and-ed together; the
conclusion can come out as every value some agreeing row gives. That answers, without probabilities and
exactly:

- which values a conclusion can still take (its *outcomes*);
- whether it is settled (one outcome), provisional (a value now, but another can still come) or open;
- for every unknown fact, what each answer to it would leave: the facts that decide between the outcomes.

Row counts are used for one more thing, never shown to a person: ranking questions by how much an answer
narrows the outcomes (:meth:`Assessment.information`).

Limits, said plainly. The summaries of the partner list are variables of their own (whether every partner is
willing to adapt, how many local governments there are), not computed from each partner, so their ties to one
another are not used. A conclusion whose table would exceed :data:`MAX_ROWS` rows, or that depends on itself,
is not analysed: every value is then taken as possible, and :attr:`ConclusionOutcomes.exact` says so.
"""

from __future__ import annotations

import functools
import itertools
import math
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .cache import cached
from .evaluator import EvaluatorEngine
from .facts import FACTS, SUMMARIES, TEXT_SAMPLES, Bounds, text_sample, with_summaries
from .inference import infer, resolve
from .memory import Memory
from .rulebase import Decision, Rule, RuleBase, current_conclusion

MAX_ROWS = 20_000
"""The largest table built for one conclusion; larger ones are not analysed (see the module's docstring)."""

_TEXT_KNOWN = "…"  # a free text in a row: rules can only ask whether it is known
INT_HIGH = 100_000
"""The top of a number without a maximum in the tables: its last class reaches from a threshold up to here."""

Certainty = Literal["settled", "provisional", "open"]
DerivedSet = frozenset[Any]
Shares = tuple[tuple[DerivedSet, float], ...]
"""For each derived set a conclusion can come out with, the share of the combinations of answers that give it."""


@dataclass(frozen=True, slots=True)
class Variable:
    """One thing a conclusion depends on, with its values in the table and, per value, the rows that have it.

    For a number, ``values`` are representatives of the classes the rules' thresholds cut, and ``intervals``
    the class each stands for. For a conclusion, ``values`` are the sets of values it can be derived with.
    """

    name: str
    kind: Literal["fact", "conclusion"]
    values: tuple[Any, ...]
    masks: tuple[int, ...]
    intervals: tuple[tuple[int, int], ...] = ()

    def mask_for(self, known: Any) -> int:
        """The rows that agree with a known value (a number, bounds, or any value of the domain)."""
        if self.intervals:
            low, high = (known.low, known.high) if isinstance(known, Bounds) else (known, known)
            mask = 0
            for (start, end), rows in zip(self.intervals, self.masks, strict=True):
                if start <= high and low <= end:
                    mask |= rows
            return mask
        if self.kind == "fact" and FACTS[self.name].type == "text" and len(self.values) == 1:
            return self.masks[0]  # any text: the rules only ask whether it is known
        for value, rows in zip(self.values, self.masks, strict=True):
            if type(value) is type(known) and value == known:
                return rows
        return 0

    def __reduce__(self) -> tuple[Any, ...]:
        # made anew from its fields where it is read back (the outcome tables are kept in the disk cache): pickle's
        # own way fills in the fields one by one, which a frozen class the compiled wheel compiles refuses, and the
        # cache then worked the tables out again in every process (tests/test_compiled.py)
        return (Variable, (self.name, self.kind, self.values, self.masks, self.intervals))


@dataclass(frozen=True, slots=True)
class Table:
    """The rows of one conclusion: its variables, and for each outcome (a set of derived values) its rows."""

    conclusion: str
    variables: tuple[Variable, ...]
    outcomes: dict[DerivedSet, int]
    resolved: dict[DerivedSet, Any]  # each derived set as the one value a person reads (None: none or a tie)
    rows: int

    @property
    def everything(self) -> int:
        return (1 << self.rows) - 1

    def __reduce__(self) -> tuple[Any, ...]:
        # (as Variable's)
        return (Table, (self.conclusion, self.variables, self.outcomes, self.resolved, self.rows))


@dataclass(frozen=True, slots=True)
class ConclusionOutcomes:
    """What one conclusion can still come out as, for one case.

    Attributes:
        outcomes: the values it can take once the unknown facts are known (None: no value, e.g. the criteria
            disagree, or the governance mode for a form that is not an organisation network).
        unknown: the unknown facts it depends on (directly, or through another conclusion).
        deciding: for each of those whose answer can change the outcomes, the outcomes each answer leaves.
        exact: False when the conclusion was not analysed (too large, or it depends on itself).
    """

    name: str
    outcomes: tuple[Any, ...]
    unknown: tuple[str, ...]
    deciding: dict[str, dict[Any, tuple[Any, ...]]] = field(default_factory=dict)
    exact: bool = True
    direct_unknown: tuple[str, ...] = ()  # the unknown facts its own rules test (not through other conclusions)
    # the unknown facts whose answers can change it only together with others, not alone: what it "depends on"
    # besides ``deciding`` (an unknown fact in its rules that no combination of answers makes matter is left out).
    # Worked out where no answer decides alone, and for a decision by support beside those that do (the number
    # of organisations among trust, consensus and need: a tester read the mode as not depending on it).
    jointly: tuple[str, ...] = ()
    # for a number among ``deciding``: the whole numbers each answer stands for (16 for "16", 17 for "17 or more")
    classes: dict[str, dict[Any, tuple[int, int]]] = field(default_factory=dict)

    def __hash__(self) -> int:
        # (the dicts as item tuples: what a conclusion's sentence is remembered by, see wording.conclusion_sentence)
        return hash(
            (
                self.name,
                self.outcomes,
                self.unknown,
                tuple([(path, tuple(after.items())) for path, after in self.deciding.items()]),
                self.direct_unknown,
                self.jointly,
                tuple([(path, tuple(numbers.items())) for path, numbers in self.classes.items()]),
            )
        )

    def certainty(self, current: Any) -> Certainty:
        if len(self.outcomes) <= 1 and (not self.outcomes or self.outcomes[0] == current):
            return "settled"
        return "provisional" if current is not None else "open"


@dataclass(frozen=True, slots=True)
class NoValue:
    """Why a conclusion can come out without a value: undecided although its rules apply (the criteria
    disagree, the factors tie), or not applicable because the condition all its rules apply under fails."""

    undecided: bool
    not_applicable: bool


NO_INFORMATION = 1e-9  # information below this is rounding, not an answer that matters


# --------------------------------------------------------------------------- building the tables


def _is_partner_summary(path: str) -> bool:
    spec = FACTS[path]
    return spec.computed and any(source.startswith("partners") for source in spec.inputs)


def _fact_variables(rules: Iterable[Rule]) -> list[str]:
    """The facts the rules' conditions depend on, as variables: what a person states, or a partner summary."""
    out: list[str] = []
    for rule in rules:
        for condition in rule.conditions:
            if condition.subject != "fact":
                continue
            names = [condition.name] if _is_partner_summary(condition.name) else list(FACTS[condition.name].inputs)
            out += [name for name in names if name not in out]
    return out


def _thresholds(rules: Iterable[Rule], path: str) -> set[int]:
    constants: set[int] = set()
    for rule in rules:
        for condition in rule.conditions:
            if condition.subject == "fact" and condition.name == path:
                operand = condition.operand
                constants.update(
                    v
                    for v in (operand if isinstance(operand, tuple) else (operand,))
                    if isinstance(v, int) and not isinstance(v, bool)
                )
    return constants


def _intervals(constants: set[int], low: int, high: int) -> tuple[tuple[int, int], ...]:
    """The classes of whole numbers low..high that every comparison with the constants treats alike."""
    cuts = sorted({c for c in constants if low <= c <= high})
    intervals: list[tuple[int, int]] = []
    start = low
    for cut in cuts:
        if start < cut:
            intervals.append((start, cut - 1))
        intervals.append((cut, cut))
        start = cut + 1
    if start <= high:
        intervals.append((start, high))
    return tuple(intervals)


def _domain(path: str, rules: list[Rule]) -> tuple[tuple[Any, ...], tuple[tuple[int, int], ...]]:
    spec = FACTS[path]
    if spec.type in ("bool", "enum"):
        return spec.values, ()
    if spec.type == "text":
        return TEXT_SAMPLES.get(path, (_TEXT_KNOWN,)), ()
    # (from the smallest value a case can give: "als het aantal organisaties 0 is" was offered as a single change)
    intervals = _intervals(
        _thresholds(rules, path),
        spec.minimum if spec.minimum is not None else 0,
        spec.maximum if spec.maximum is not None else INT_HIGH,
    )
    return tuple(start for start, _end in intervals), intervals


class OutcomeModel:
    """The tables of one rule base, built on first use, and the assessment of cases against them."""

    def __init__(self, rulebase: RuleBase):
        self.rulebase = rulebase
        self._tables: dict[str, Table | None] | None = None
        self._order: tuple[str, ...] = ()
        self._lock = threading.Lock()
        # What a conclusion can come out as follows from its rows alone, which many cases and answers share.
        self.outcomes_of = functools.lru_cache(maxsize=8192)(self._outcomes_of)
        self.no_value_rows = functools.lru_cache(maxsize=256)(self._no_value_rows)  # per conclusion and guard
        self.rows_with = functools.lru_cache(maxsize=256)(self._rows_with)  # per conclusion and value
        # The shares and entropy of a conclusion's outcomes follow from its rows and the shares of the conclusions
        # it reads alone (its :meth:`Assessment._weight_key`), which case after case and answer after answer
        # share: kept for the model, not per case (bounded, see :mod:`memory`; a few hundred bytes each).
        self.weights: Memory[tuple[Any, ...], Shares] = Memory()
        self.entropies: Memory[tuple[Any, ...], float] = Memory()
        # A conclusion whose rules read facts alone (no other conclusion: the challenge type) comes out the same for
        # the same rows and the same facts unknown, which many cases share (a few thousand of the six criteria's
        # states): its outcomes and the gains of its questions are kept for the model too (see
        # :meth:`Assessment._facts_key`).
        self.by_facts: Memory[tuple[Any, ...], ConclusionOutcomes] = Memory()
        self.gains_by_facts: Memory[tuple[Any, ...], dict[str, float]] = Memory()

    @property
    def tables(self) -> dict[str, Table | None]:
        """Every conclusion's table (None: not analysed), built once, thread-safely."""
        # (read once into a name: the compiled build takes the field for None after the first test, and raised
        # TypeError where another thread had built the tables in between, tests/test_compiled.py)
        tables = self._tables
        if tables is None:
            with self._lock:
                tables = self._tables
                if tables is None:
                    tables = self._tables = self._build()
        return tables

    def _build(self) -> dict[str, Table | None]:
        # Named on disk by the rule base's version (a digest of its files) and the largest table worked out; stored
        # with the rule base they were worked out for, and used only for an equal one: a version is a plain field,
        # which a rule base built or changed in code may carry unchanged. One without a version is worked out.
        rulebase = self.rulebase

        def work_out() -> tuple[RuleBase, dict[str, Table | None], tuple[str, ...]]:
            return (rulebase, *self._work_out())

        def fits(found: Any) -> bool:
            return isinstance(found, tuple) and len(found) == 3 and found[0] == rulebase

        key = f"{rulebase.version}-{MAX_ROWS}"
        _, tables, order = cached("outcome-tables", key, work_out, fits) if rulebase.version else work_out()
        self._order = order
        self._index(tables)
        return tables

    def _work_out(self) -> tuple[dict[str, Table | None], tuple[str, ...]]:
        """Every conclusion's table, and the analysed ones in the order they depend on each other."""
        rulebase = self.rulebase
        producers = {name: list(rules) for name, rules in rulebase.producers.items()}
        for name, decision in rulebase.decisions.items():
            if decision.current is not None:
                producers[current_conclusion(name)] = list(producers.get(name, []))
        upstream = {
            name: sorted({c.name for rule in rules for c in rule.conditions if c.subject == "conclusion"})
            for name, rules in producers.items()
        }
        order = _topological(upstream)
        tables: dict[str, Table | None] = {}
        for name in order:
            needs = upstream[name]
            if name in needs or any(tables.get(other) is None for other in needs):
                tables[name] = None
                continue
            tables[name] = self._table(name, producers[name], [tables[other] for other in needs])  # type: ignore[misc]
        for name in upstream:  # conclusions in a cycle never reach the order
            tables.setdefault(name, None)
        return tables, tuple(name for name in order if tables.get(name) is not None)

    def _index(self, tables: Mapping[str, Table | None]) -> None:
        """What assessing a case looks up: which tables have each fact, which conclusions depend on which, and
        the answers each fact has in the tables."""
        self.tables_with: dict[str, list[tuple[str, Variable]]] = {}
        self.downstream: dict[str, frozenset[str]] = {}
        self.answers: dict[str, tuple[Any, ...]] = {}
        direct: dict[str, set[str]] = {}
        for name in self._order:
            table = tables[name]
            assert table is not None
            for variable in table.variables:
                if variable.kind == "fact":
                    self.tables_with.setdefault(variable.name, []).append((name, variable))
                    values = dict.fromkeys((*self.answers.get(variable.name, ()), *variable.values))
                    self.answers[variable.name] = tuple(sorted(values)) if variable.intervals else tuple(values)
                else:
                    direct.setdefault(variable.name, set()).add(name)
        for name in reversed(self._order):
            below = set(direct.get(name, ()))
            for other in direct.get(name, ()):
                below |= self.downstream.get(other, frozenset())
            self.downstream[name] = frozenset(below)
        self.upstream: dict[str, tuple[str, ...]] = {
            name: tuple(other for other in self._order if name in self.downstream.get(other, frozenset()))
            for name in self._order
        }
        # What narrowing a table by its upstream conclusions reads, fixed per rule base: for each conclusion
        # variable, the upstream table's rows of each value (a derived set) beside the rows that have that value.
        self.links: dict[str, tuple[tuple[str, tuple[tuple[int, int], ...]], ...]] = {}
        for name in self._order:
            table = tables[name]
            assert table is not None
            links = []
            for variable in table.variables:
                if variable.kind == "conclusion":
                    upstream = tables[variable.name]
                    assert upstream is not None
                    rows = tuple(
                        zip((upstream.outcomes.get(value, 0) for value in variable.values), variable.masks, strict=True)
                    )
                    links.append((variable.name, rows))
            self.links[name] = tuple(links)
        # for a number, the whole numbers each answer stands for: from it up to the next one, the last to the top
        self.classes: dict[str, dict[int, tuple[int, int]]] = {}
        for path, starts in self.answers.items():
            spec = FACTS[path]
            if spec.type == "int":
                top = spec.maximum if spec.maximum is not None else INT_HIGH
                ends = [start - 1 for start in starts[1:]] + [top]
                self.classes[path] = {start: (start, end) for start, end in zip(starts, ends, strict=True)}
        # the tables an answer to a fact can narrow, in order: those with the fact, and everything below them
        self.narrowed_by: dict[str, tuple[str, ...]] = {}
        for path, with_path in self.tables_with.items():
            affected = {name for name, _ in with_path}
            affected |= {below for name in set(affected) for below in self.downstream.get(name, frozenset())}
            self.narrowed_by[path] = tuple(name for name in self._order if name in affected)

    def _table(self, name: str, rules: list[Rule], upstream: list[Table]) -> Table | None:
        rulebase = self.rulebase
        decision_name = (
            name[: -len("_current")]
            if name not in rulebase.decisions
            and name.endswith("_current")
            and name[: -len("_current")] in rulebase.decisions
            else None
        )
        decisions: dict[str, Decision] = {}
        paths = _fact_variables(rules)
        if decision_name is not None:
            decisions[decision_name] = rulebase.decisions[decision_name]
            current = rulebase.decisions[decision_name].current
            if current is not None and current not in paths:
                paths.append(current)
        elif name in rulebase.decisions:
            decision = rulebase.decisions[name]
            decisions[name] = Decision(decision.conclusion, decision.minimum_support, decision.policy)
        domains = [_domain(path, rules) for path in paths]
        sizes = [len(values) for values, _ in domains] + [len(table.outcomes) for table in upstream]
        if math.prod(sizes) > MAX_ROWS:
            return None
        sub = RuleBase(rules=tuple(rules), decisions=decisions)
        engine = EvaluatorEngine(sub)
        conclusion_values = [tuple(table.outcomes) for table in upstream]
        masks: list[list[int]] = [[0] * size for size in sizes]
        outcomes: dict[DerivedSet, int] = {}
        resolved: dict[DerivedSet, Any] = {}
        priority = {rule.id: rule.priority for rule in rules}
        used = {c.name for rule in rules for c in rule.conditions if c.subject == "fact"}
        computed = [summary for summary in SUMMARIES if summary.path in used]
        row = 0
        for combination in itertools.product(*(range(size) for size in sizes)):
            stated: dict[str, Any] = {}
            summaries: dict[str, Any] = {}
            for path, (values, _), index in zip(paths, domains, combination, strict=False):
                (summaries if FACTS[path].computed else stated)[path] = values[index]
            facts = with_summaries(stated, (), computed)
            facts.update(summaries)
            seeds = [
                (table.conclusion, value)
                for table, values, index in zip(upstream, conclusion_values, combination[len(paths) :], strict=True)
                for value in values[index]
            ]
            derived = infer(sub, engine, facts, seeds).derived.get(name, {})
            outcome = frozenset(derived)
            bit = 1 << row
            outcomes[outcome] = outcomes.get(outcome, 0) | bit
            resolved.setdefault(outcome, resolve(derived, priority))
            for position, index in enumerate(combination):
                masks[position][index] |= bit
            row += 1
        variables = [
            Variable(path, "fact", values, tuple(masks[position]), intervals)
            for position, (path, (values, intervals)) in enumerate(zip(paths, domains, strict=True))
        ]
        variables += [
            Variable(table.conclusion, "conclusion", values, tuple(masks[len(paths) + position]))
            for position, (table, values) in enumerate(zip(upstream, conclusion_values, strict=True))
        ]
        return Table(name, tuple(variables), outcomes, resolved, row)

    def _outcomes_of(self, name: str, rows: int) -> tuple[Any, ...]:
        """The values conclusion ``name`` comes out as on ``rows`` of its table (None: no value), in a stable
        order."""
        table = self.tables[name]
        assert table is not None
        values = {table.resolved[outcome] for outcome, outcome_rows in table.outcomes.items() if outcome_rows & rows}
        return tuple(sorted(values, key=lambda value: (value is None, str(value))))

    def _rows_with(self, name: str, value: Any) -> int:
        """The rows of ``name``'s table where it comes out with ``value``."""
        table = self.tables[name]
        assert table is not None
        return sum(rows for outcome, rows in table.outcomes.items() if value in outcome)

    def _no_value_rows(self, name: str, guard: tuple[str, Any]) -> tuple[int, int] | None:
        """The rows of ``name``'s table without a value, and those where ``guard`` (a conclusion and a value of
        it) does not hold; None when the table has no variable for the guard's conclusion."""
        table = self.tables[name]
        assert table is not None
        variable = next((v for v in table.variables if v.name == guard[0]), None)
        if variable is None:
            return None
        outside = 0
        for derived, rows in zip(variable.values, variable.masks, strict=True):
            if guard[1] not in derived:
                outside |= rows
        none = 0
        for outcome, rows in table.outcomes.items():
            if table.resolved[outcome] is None:
                none |= rows
        return none, outside

    # ----------------------------------------------------------------------- a case

    def assess(self, facts: Mapping[str, Any]) -> Assessment:
        """The outcomes of every conclusion for a case given as its facts (see :func:`facts.fact_values`)."""
        tables = self.tables
        return Assessment(self, tables, facts)


def _topological(upstream: Mapping[str, list[str]]) -> list[str]:
    order: list[str] = []
    state: dict[str, int] = {}

    def visit(name: str) -> None:
        if state.get(name) == 2:
            return
        if state.get(name) == 1:  # a cycle: left to _build, which does not analyse it
            return
        state[name] = 1
        for other in upstream.get(name, ()):
            if other in upstream:
                visit(other)
        state[name] = 2
        order.append(name)

    for name in sorted(upstream):
        visit(name)
    return order


class Assessment:
    """The outcomes of every conclusion for one case, and what each answer to an unknown fact would leave."""

    def __init__(
        self,
        model: OutcomeModel,
        tables: Mapping[str, Table | None],
        facts: Mapping[str, Any],
        rows: tuple[dict[str, int], dict[str, int]] | None = None,
        assumed: tuple[str, Any] | None = None,
    ):
        """``rows``: for an assessment on a condition (:meth:`under`), the rows of each table what is known allows
        and the agreeing rows, worked out already; ``assumed``: that condition."""
        self.model = model
        self.tables = tables
        self.facts = facts
        if rows is None:
            # for each table: the rows its fact variables allow (what is known); conclusions are applied after
            self._known: dict[str, int] = {}
            for name in model._order:
                table = tables[name]
                assert table is not None
                mask = table.everything
                for variable in table.variables:
                    if variable.kind == "fact":
                        value = facts.get(variable.name)
                        if value is not None and variable.name in TEXT_SAMPLES:
                            value = text_sample(variable.name, value, facts)
                        if value is not None:
                            mask &= variable.mask_for(value)
                self._known[name] = mask
            self._masks = self._propagate(self._known, {}, model._order)
        else:
            self._known, self._masks = rows
        self._conclusions: dict[str, ConclusionOutcomes] = {}
        self._given: dict[tuple[str, Any], dict[str, int]] = {}
        self._weights = model.weights
        self._entropies = model.entropies
        self._possible: dict[str, frozenset[Any]] = {}
        self._gains: dict[str, dict[str, float]] = {}
        self._before: dict[str, float] = {}  # each conclusion's entropy as the case stands
        self._deciding: dict[str, dict[str, dict[Any, tuple[Any, ...]]]] = {}  # see deciding
        self._assumed = assumed

    def _propagate(
        self,
        known: Mapping[str, int],
        masks: Mapping[str, int],
        names: Iterable[str],
        conclusion: tuple[str, Any] | None = None,
    ) -> dict[str, int]:
        """The agreeing rows of ``names`` (in order), each narrowed by what its upstream conclusions can give;
        the other conclusions keep their rows from ``masks``."""
        out = dict(masks)
        links = self.model.links
        for name in names:
            mask = known[name]
            for upstream, rows_by_value in links[name]:
                possible = out[upstream]
                allowed = 0
                for upstream_rows, rows in rows_by_value:
                    if upstream_rows & possible:
                        allowed |= rows
                mask &= allowed
            if conclusion is not None and conclusion[0] == name:
                with_value = self.model.rows_with(name, conclusion[1])
                # where what is known rules the value out (the case says it is an organisation network, its
                # rationale says otherwise), the value is taken as given, whatever its own facts say: what
                # follows from it is what "als dit een organisatienetwerk is" speaks of
                mask = (mask & with_value) or with_value
            out[name] = mask
        return out

    def assuming(self, name: str, value: Any) -> dict[str, int]:
        """The agreeing rows of every conclusion if ``name`` came out as ``value`` (also where what is known
        rules that out: then as if it were so, whatever its own facts say)."""
        affected = {name} | self.model.downstream.get(name, frozenset())
        return self._propagate(self._known, self._masks, [n for n in self.model._order if n in affected], (name, value))

    def under(self, name: str, value: Any) -> Assessment:
        """This assessment if ``name`` came out as ``value`` (see :meth:`assuming`): what the other conclusions
        can come out as, and what each answer leaves, on that condition. For the advice a case gets for what it
        says it is while its facts say otherwise: the questions that advice waits for."""
        # (made anew, not copied: what it remembers from answer to answer is its own; and a class the compiled
        # build compiles cannot be copied, see tools/build_compiled.py)
        return Assessment(
            self.model, self.tables, self.facts, rows=(self._known, self.assuming(name, value)), assumed=(name, value)
        )

    def derived_sets(self, name: str, masks: Mapping[str, int] | None = None) -> tuple[DerivedSet, ...]:
        table = self.tables.get(name)
        if table is None:
            return ()
        mask = (masks or self._masks)[name]
        return tuple(outcome for outcome, rows in table.outcomes.items() if rows & mask)

    def outcomes(self, name: str, masks: Mapping[str, int] | None = None) -> tuple[Any, ...]:
        """The values ``name`` can come out as (None: no value), in a stable order."""
        if self.tables.get(name) is None:
            return ()
        return self.model.outcomes_of(name, (masks or self._masks)[name])

    def without_value(self, name: str, guard: tuple[str, Any], masks: Mapping[str, int] | None = None) -> NoValue:
        """Whether ``name`` can come out without a value while ``guard`` (a conclusion and the value every rule
        leading to ``name`` requires of it) holds, and whether it can because the guard does not hold.

        The two mean different things to a person: no clear governance mode for an organisation network, and no
        governance mode to choose because the form is another one.
        """
        rows = self.model.no_value_rows(name, guard) if self.analysed(name) else None
        if rows is None:
            return NoValue(undecided=None in self.outcomes(name, masks), not_applicable=False)
        none, outside = rows
        none &= (masks or self._masks)[name]
        return NoValue(undecided=bool(none & ~outside), not_applicable=bool(none & outside))

    def possible_values(self, name: str) -> frozenset[Any]:
        """Every value ``name`` may be derived with in some outcome (for conditions on it)."""
        cached = self._possible.get(name)
        if cached is None:
            cached = self._possible[name] = frozenset(value for outcome in self.derived_sets(name) for value in outcome)
        return cached

    def analysed(self, name: str) -> bool:
        return self.tables.get(name) is not None

    def unknown_facts(self, name: str) -> tuple[str, ...]:
        """The unknown facts ``name`` depends on, directly or through other conclusions, in catalogue order."""
        found: dict[str, None] = {}
        self._collect_unknown(name, found)
        return tuple(sorted(found, key=_CATALOGUE_ORDER.get))  # type: ignore[arg-type]

    def _collect_unknown(self, name: str, found: dict[str, None]) -> None:
        table = self.tables.get(name)
        if table is None:
            return
        for variable in table.variables:
            if variable.kind == "conclusion":
                self._collect_unknown(variable.name, found)
            else:
                value = self.facts.get(variable.name)
                if value is None or isinstance(value, Bounds):
                    found[variable.name] = None

    def answer_values(self, path: str) -> tuple[Any, ...]:
        """The answers to an unknown fact that the tables tell apart: each value of a choice; for a number, one
        number for each class any table's thresholds cut (within the bounds already known)."""
        values = self.model.answers.get(path, ())
        known = self.facts.get(path)
        if isinstance(known, Bounds):
            return tuple(self.answer_classes(path))
        return values

    def answer_classes(self, path: str) -> dict[Any, tuple[int, int]]:
        """For a number: the whole numbers each of :meth:`answer_values` stands for, within what is known. Each
        class the bounds reach counts, by its first number within them: with at least 3 partners listed, "0 to 6"
        is still possible as 3 to 6."""
        known = self.facts.get(path)
        low, high = (known.low, known.high) if isinstance(known, Bounds) else (0, INT_HIGH)
        return {
            max(start, low): (max(start, low), min(end, high))
            for start, end in self.model.classes.get(path, {}).values()
            if start <= high and low <= end
        }

    def given(self, path: str, answer: Any) -> dict[str, int]:
        """The agreeing rows of every conclusion if ``path`` were answered ``answer``."""
        key = (path, answer)
        given = self._given.get(key)
        if given is None:
            known = dict(self._known)
            for name, variable in self.model.tables_with.get(path, ()):
                known[name] &= variable.mask_for(answer)
            given = self._given[key] = self._propagate(
                known, self._masks, self.model.narrowed_by.get(path, ()), self._assumed
            )
        return given

    def conclusion(self, name: str) -> ConclusionOutcomes:
        """The outcomes of ``name`` and, for each unknown fact that can change them, what each answer leaves."""
        if name in self._conclusions:
            return self._conclusions[name]
        if not self.analysed(name):
            return ConclusionOutcomes(name, (), (), {}, exact=False)
        key = self._facts_key(name)
        if key is not None:
            kept = self.model.by_facts.get(key)
            if kept is None:
                kept = self.model.by_facts.keep(key, self._conclusion(name))
            self._conclusions[name] = kept
            return kept
        self._conclusions[name] = self._conclusion(name)
        return self._conclusions[name]

    def _facts_key(self, name: str) -> tuple[Any, ...] | None:
        """For a conclusion whose rules read facts alone: what its outcomes and the gains of its questions follow
        from, its rows and, for each of its facts, whether it is unknown, known within bounds (which) or known (its
        value is in the rows). None for a conclusion that reads another one (its rows above vary too much from case
        to case for a key of them to come back)."""
        if self.model.links[name] or self._assumed is not None:  # (what it remembers holds for the case as it is)
            return None
        table = self.tables[name]
        assert table is not None
        facts = self.facts
        return (
            name,
            self._known[name],
            *[_fact_state(facts.get(variable.name)) for variable in table.variables],
        )

    def deciding(self, name: str) -> dict[str, dict[Any, tuple[Any, ...]]]:
        """:attr:`ConclusionOutcomes.deciding` of ``name``, without the rest of :meth:`conclusion` (what an answer
        alone changes, for the questions; the gains of the others cost far more)."""
        known = self._conclusions.get(name)
        if known is not None:
            return known.deciding
        found = self._deciding.get(name)
        if found is None:
            found = self._deciding[name] = self._answers_deciding(name, self.outcomes(name), self.unknown_facts(name))
        return found

    def _answers_deciding(
        self, name: str, now: tuple[Any, ...], unknown: tuple[str, ...]
    ) -> dict[str, dict[Any, tuple[Any, ...]]]:
        deciding: dict[str, dict[Any, tuple[Any, ...]]] = {}
        if len(now) > 1:
            for path in unknown:
                after = {answer: self.outcomes(name, self.given(path, answer)) for answer in self.answer_values(path)}
                if any(outcomes != now for outcomes in after.values()):
                    deciding[path] = after
        return deciding

    def _conclusion(self, name: str) -> ConclusionOutcomes:
        now = self.outcomes(name)
        unknown = self.unknown_facts(name)
        deciding = self._deciding[name] if name in self._deciding else self._answers_deciding(name, now, unknown)
        table = self.tables[name]
        assert table is not None
        direct = tuple(
            variable.name for variable in table.variables if variable.kind == "fact" and variable.name in unknown
        )
        jointly = (
            tuple(path for path in unknown if path not in deciding and self.gains(name)[path] > NO_INFORMATION)
            # (the gains of a decision's questions are worked out for its questions anyway: no extra work)
            if len(now) > 1 and (not deciding or name in self.model.rulebase.decisions)
            else ()
        )
        classes = {path: self.answer_classes(path) for path in deciding if path in self.model.classes}
        return ConclusionOutcomes(name, now, unknown, deciding, direct_unknown=direct, jointly=jointly, classes=classes)

    # ----------------------------------------------------------------------- ranking questions

    def _weight_key(self, name: str, masks: Mapping[str, int]) -> tuple[Any, ...]:
        # The conclusion's own rows, and the shares of the values of each conclusion it reads: the same rows and
        # shares, the same weights. (Keyed by the rows above it instead, the memories missed most of the time: the
        # six criteria and the rationales vary from case to case far more than the few shares they leave.)
        return (name, masks[name], *[self._shares(upstream, masks) for upstream, _ in self.model.links[name]])

    def _shares(self, name: str, masks: Mapping[str, int]) -> Shares:
        """:meth:`_count_shares` of ``name`` in ``masks``."""
        return self._shares_of(name, self._weight_key(name, masks))

    def _shares_of(self, name: str, key: tuple[Any, ...]) -> Shares:
        """:meth:`_count_shares`, once per ``key`` (the :meth:`_weight_key` of ``name`` in some masks)."""
        cached = self._weights.get(key)
        if cached is None:
            cached = self._weights.keep(key, self._count_shares(name, key))
        return cached

    def _count_shares(self, name: str, key: tuple[Any, ...]) -> Shares:
        """Which share of the combinations of unknown answers gives each derived set: a conclusion's own rows,
        each weighted by the share of its upstream outcome (from ``key``, see :meth:`_weight_key`). Used only to
        rank questions; never shown as a probability."""
        table = self.tables[name]
        assert table is not None
        combos: list[tuple[float, int]] = [(1.0, key[1])]
        upstream_shares = iter(key[2:])
        for variable in table.variables:
            if variable.kind != "conclusion":
                continue
            share_of = dict(next(upstream_shares))
            combos = [
                (weight * share_of[value], rows & value_rows)
                for weight, rows in combos
                for value, value_rows in zip(variable.values, variable.masks, strict=True)
                if share_of.get(value) and rows & value_rows
            ]
        out: dict[DerivedSet, float] = {}
        for weight, rows in combos:
            for outcome, outcome_rows in table.outcomes.items():
                count = (rows & outcome_rows).bit_count()
                if count:
                    out[outcome] = out.get(outcome, 0.0) + weight * count
        total = sum(out.values())
        return tuple([(outcome, weight / total) for outcome, weight in out.items()])

    def gains(self, name: str) -> dict[str, float]:
        """For each unknown fact ``name`` depends on (see :meth:`unknown_facts`): its :meth:`information`."""
        found = self._gains.get(name)
        if found is None:
            key = self._facts_key(name)
            found = self.model.gains_by_facts.get(key) if key is not None else None
            if found is None:
                found = {path: self.information(path, name) for path in self.unknown_facts(name)}
                if key is not None:
                    self.model.gains_by_facts.keep(key, found)
            self._gains[name] = found
        return found

    def information(self, path: str, name: str) -> float:
        """How much answering ``path`` is expected to narrow the outcomes of ``name`` (mutual information, in
        bits, with every answer counted alike). Zero when no answer can change them."""
        answers = self.answer_values(path)
        if not answers or name not in self.model.narrowed_by.get(path, ()):
            return 0.0
        before = self._before.get(name)
        if before is None:
            before = self._before[name] = self._entropy(name, self._masks)
        after = 0.0
        for answer in answers:
            after += self._entropy(name, self.given(path, answer)) / len(answers)
        return max(0.0, before - after)

    def _entropy(self, name: str, masks: Mapping[str, int]) -> float:
        key = self._weight_key(name, masks)
        cached = self._entropies.get(key)
        if cached is None:
            table = self.tables[name]
            assert table is not None
            cached = self._entropies.keep(key, _entropy(_by_value(table, self._shares_of(name, key))))
        return cached


def _fact_state(value: Any) -> Any:
    """What a conclusion's outcomes read of a fact beside its rows: unknown (None), the bounds it is known within,
    or known (True)."""
    return value if value is None or isinstance(value, Bounds) else True


def _by_value(table: Table, shares: Shares) -> dict[Any, float]:
    """Shares of derived sets as shares of the values a person reads (see :attr:`Table.resolved`)."""
    out: dict[Any, float] = {}
    for outcome, weight in shares:
        value = table.resolved[outcome]
        out[value] = out.get(value, 0.0) + weight
    return out


def _entropy(weights: Mapping[Any, float]) -> float:
    total = sum(weights.values())
    if total <= 0:
        return 0.0
    return -sum(w / total * math.log2(w / total) for w in weights.values() if w > 0)


_CATALOGUE_ORDER = {path: index for index, path in enumerate(FACTS)}
