"""The questions worth asking next: unknown facts whose answer can change the advice, most useful first.

A fact is worth asking when some answer to it can change

- what a conclusion can still come out as (it *decides* between the outcomes, see :mod:`outcomes`), or
- a finding: a rule that has not fired but still can waits for it, or a rule that fired only because the fact is
  unknown (``known: false``) or because of a conclusion that can still change.

Only facts a person states are asked. A summary is asked through what it is computed from: the criteria behind
a count, each partner's answer behind a summary of the partner list (or the list itself when it is empty).
Follow-up questions wait for their yes/no fact (:data:`facts.FOLLOW_UPS`): they are not asked while it is
unknown (it is asked instead, carrying their reasons) and not at all once it is "nee". A few questions wait in the
same way but are asked whatever the answer (:data:`facts.ASKED_AFTER`), and by themselves where the question they
wait for is a follow-up not asked (who the end user is, without a common goal).

Ranking: first the questions that narrow the three fixed conclusions, most first (measured as the information
an answer gives about their outcomes, every answer counted alike), then those that can change one otherwise (the
form a case states, while the rationale decides); then the rest by the most serious finding they can change,
then by how many findings their answer changes by itself, then by how many in all; ties in the catalogue's
order.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .advice import AnswerType, Change, Choice, HeldQuestion, Question
from .answers import NOBODY, ROLE_PREFIX, value_label, value_text
from .case import NOTHING, Case, Partner, count_from_list
from .evaluator import NOTHING_DERIVED, FactsRead, condition_holds
from .facts import (
    ASKED_AFTER,
    FACTS,
    FOLLOW_UPS,
    PARTNER_COUNT,
    PARTNER_FACTS,
    SUMMARIES,
    Bounds,
    catalogue_path,
    catalogue_place,
    partner_answer,
    partners_known_and_not,
    spec_of,
    values_beside_unlisted_partners,
)
from .inference import current_fit
from .memory import Memory
from .messages import QUESTION_GROUPS, conclusion_heading, word
from .outcomes import NO_INFORMATION, Assessment
from .rulebase import Condition, Rule, RuleBase, current_conclusion
from .text import Language, Text
from .vocabulary import FIXED_CONCLUSIONS

_SEVERITY = {"info": 1, "advice": 2, "warning": 3}
_PARENT = {child: parent for parent, children in FOLLOW_UPS.items() for child in children}
_ASKED_AFTER = {child: parent for parent, children in ASKED_AFTER.items() for child in children}


class _Impact:
    """What an answer to one question can change."""

    __slots__ = ("alone", "conclusions", "findings", "via")

    def __init__(self) -> None:  # a plain class: some thirty a case, and a dataclass's factories cost more
        self.conclusions: dict[str, bool] = {}  # name → the answer changes only what it is on a condition
        self.findings: dict[str, bool] = {}  # rule id → its finding applies only on a condition
        # what the answer can change alone, the other open answers left open: (kind, name), in order (the rest
        # only together with other answers)
        self.alone: dict[tuple[str, str], None] = {}
        # what an answer changes only through a question that waits for it: (kind, name) → that question's fact
        self.via: dict[tuple[str, str], str] = {}

    def merge(self, other: _Impact, waiting: str | None = None) -> None:
        """Take over the reasons of ``other``: the impact of the question ``waiting`` that waits for this one; or,
        without ``waiting``, of a question whose answer this one's gives (the partners named give their number),
        alone where it is alone."""
        for kind, names, mine in (
            ("conclusion", other.conclusions, self.conclusions),
            ("finding", other.findings, self.findings),
        ):
            for name in names:
                through = other.via.get((kind, name), waiting)
                if name not in mine and through is not None:
                    self.via[kind, name] = through
        for name, conditional in other.conclusions.items():
            self.conclusions[name] = conditional and self.conclusions.get(name, True)
        for rule_id, conditional in other.findings.items():
            self.findings[rule_id] = conditional and self.findings.get(rule_id, True)
        if waiting is None:
            self.alone.update(other.alone)


@dataclass(frozen=True, slots=True)
class _FindingRule:
    """A rule with a finding, with what :func:`_waiting_on_facts` reads of it worked out once."""

    rule: Rule
    fact_conditions: tuple[Condition, ...]
    satisfying: tuple[tuple[str, frozenset[Any]], ...]  # see _satisfying
    read: FactsRead  # what of a case decides which facts it waits for (a summary's inputs too)


def _finding_rule(rule: Rule) -> _FindingRule:
    conditions = tuple(c for c in rule.conditions if c.subject == "fact")
    return _FindingRule(rule, conditions, _satisfying(rule), FactsRead(conditions, inputs=True))


class Asker:
    """The questions of one rule base: what it computes once (the values each rule's conditions on conclusions
    accept, the changes an answer can make), and :meth:`ask` for a case."""

    def __init__(self, rulebase: RuleBase):
        self.rulebase = rulebase
        self.findings = [_finding_rule(rule) for rule in rulebase.rules if rule.finding is not None]
        self.satisfying = {finding.rule.id: dict(finding.satisfying) for finding in self.findings}
        """For each rule with a finding: per conclusion it tests, the values that satisfy its conditions there."""
        self.conclusion_tests = tuple(dict.fromkeys(finding.satisfying for finding in self.findings))
        """The distinct :attr:`_FindingRule.satisfying` of the rules: few, as most rules test the same conclusions."""
        self._test_of = tuple(self.conclusion_tests.index(finding.satisfying) for finding in self.findings)
        """For each rule with a finding (as in :attr:`findings`): the place of its tests in :attr:`conclusion_tests`."""
        self.seriousness = {
            rule.id: _SEVERITY[rule.finding.severity] for rule in rulebase.rules if rule.finding is not None
        }
        """For each rule with a finding: how serious it is, as a number (the most serious is the largest)."""
        self.concluded_by = {rule.id: frozenset(name for name, _value in rule.concludes) for rule in rulebase.rules}
        """For each rule: the conclusions it concludes (not those it only supports)."""
        self.supports = {rule.id: rule.supports for rule in rulebase.rules}
        """For each rule: what it supports (a decision and a value)."""
        self.current_of = {
            current_conclusion(name): (name, decision.current)
            for name, decision in rulebase.decisions.items()
            if decision.current is not None
        }
        """For each conclusion that judges a case's current value against a decision (``governance_mode_current``):
        the decision and the fact that holds the current value."""
        self.judging_current = frozenset(
            rule_id for rule_id, satisfying in self.satisfying.items() if self.current_of.keys() & satisfying.keys()
        )
        """The rules with a finding that test one of those (see :meth:`_judged_now`)."""
        in_order = sorted(self.seriousness, key=lambda rule_id: (-self.seriousness[rule_id], rule_id))
        self.finding_order = {rule_id: index for index, rule_id in enumerate(in_order)}
        """For each rule with a finding: its place among the changes of a question (most serious first, then by
        id)."""
        # Changes are values, and advice is built often: each is built once per rule base (one per conclusion or
        # rule, whether conditional, and language), on first use.
        self._conclusion_changes: dict[tuple[str, Language, str | None, bool, bool], Change] = {}
        self._finding_changes: dict[tuple[str, bool, Language, str | None, bool], Change] = {}
        self._speaking_of: dict[tuple[str, Any], frozenset[str]] = {}
        self._satisfying: dict[str, tuple[tuple[str, frozenset[Any]], ...]] = {}  # see may_still_hold_on_conclusions
        # The facts a rule waits for follow from the few facts it reads, which case after case repeats: each rule
        # and state of them is worked out once (see FactsRead).
        self._waiting_on_facts: Memory[
            tuple[Any, ...], tuple[tuple[str, ...] | None, bool, tuple[str, ...], frozenset[str], tuple[str, ...]]
        ] = Memory()
        # For each fixed conclusion and value, the rules that lead to it, numbered on from the findings (their
        # number keys what they wait for in the same memory): an answer that makes one fire changes the
        # conclusion's value even where it leaves its outcomes as they are (the form the case says it has, while
        # its rationale is unknown, makes "open" "provisionally a learning network").
        leading = [
            (name, value, rule)
            for name in FIXED_CONCLUSIONS
            for value, rules in rulebase.leading.get(name, {}).items()
            for rule in rules
        ]
        self.leading: dict[str, tuple[tuple[Any, int, _FindingRule], ...]] = {
            name: tuple(
                (value, len(self.findings) + index, _finding_rule(rule))
                for index, (of, value, rule) in enumerate(leading)
                if of == name
            )
            for name in FIXED_CONCLUSIONS
        }
        # A condition on a fact a person states reads that fact alone: which rules a known one keeps from firing
        # for good follows from its value, which case after case repeats. Per fact and value, those rules are one
        # bitmask (a rule's bit: its number, as _waiting_for_facts numbers it), remembered; a rule in the mask is
        # looked at no further (a good third of the rules with a finding, in every case).
        on_fact: dict[str, list[tuple[int, Condition]]] = {}
        numbered = [
            *enumerate(self.findings),
            *((index, rule) for rules in self.leading.values() for _value, index, rule in rules),
        ]
        for index, finding in numbered:
            for condition in finding.fact_conditions:
                spec = FACTS[condition.name]
                if not spec.computed and spec.type in ("bool", "enum", "int"):
                    on_fact.setdefault(condition.name, []).append((index, condition))
        self._conditions_on: tuple[tuple[str, tuple[tuple[int, Condition], ...]], ...] = tuple(
            (path, tuple(conditions)) for path, conditions in on_fact.items()
        )
        self._failing: Memory[tuple[str, Any], int] = Memory()

    def _kept_from_firing(self, facts: Mapping[str, Any]) -> int:
        """The rules (with a finding, or leading to a fixed conclusion) a known fact of ``facts`` keeps from firing
        whatever the unknown ones turn out to be, as a bitmask of their numbers: :meth:`_waiting_for_facts` would
        find None for each."""
        failing, remembered = 0, self._failing
        for path, conditions in self._conditions_on:
            value = facts.get(path)
            if value is None or isinstance(value, Bounds):
                continue  # (unknown, or a number known within bounds: left to _waiting_on_facts)
            key = (path, value)  # (the fact beside its value fixes the value's type: True and 1 are equal keys)
            mask = remembered.get(key)
            if mask is None:
                mask = 0
                for index, condition in conditions:
                    if condition_holds(condition, facts, NOTHING_DERIVED) is False:
                        mask |= 1 << index
                remembered.keep(key, mask)
            failing |= mask
        return failing

    def tests_of(self, rule: Rule) -> tuple[tuple[str, frozenset[Any]], ...]:
        """Per conclusion ``rule`` tests, the values that satisfy its conditions there, for any rule, with or without
        a finding (worked out once)."""
        satisfying = self._satisfying.get(rule.id)
        if satisfying is None:
            satisfying = self._satisfying[rule.id] = _satisfying(rule)
        return satisfying

    def may_still_hold_on_conclusions(
        self, rule: Rule, derived: Mapping[str, set[Any]], assessment: Assessment
    ) -> bool:
        """Whether every conclusion ``rule`` tests can still come out as its conditions need (what
        :func:`_waiting_on_conclusions` tells apart from None), for any rule, with or without a finding."""
        return _waiting_on_conclusions(self.tests_of(rule), derived, assessment, {}) is not None

    def speaking_of(self, name: str, value: Any) -> frozenset[str]:
        """The rules with a finding whose conditions on the conclusion ``name`` hold for ``value`` alone: advice
        for that value (e.g. for an organisation network), which comes on a condition while it is assumed."""
        key = (name, value)
        found = self._speaking_of.get(key)
        if found is None:
            only = frozenset({value})
            found = self._speaking_of[key] = frozenset(
                rule_id for rule_id, tests in self.satisfying.items() if tests.get(name) == only
            )
        return found

    def conclusion_change(
        self, name: str, lang: Language, via: str | None = None, alone: bool = False, conditional: bool = False
    ) -> Change:
        """The change an answer can make to a conclusion (``via``: through the question of that fact; ``alone``:
        the answer can make it with the other open answers left open; ``conditional``: it changes only what the
        conclusion comes out as on a condition)."""
        key = (name, lang, via, alone, conditional)
        change = self._conclusion_changes.get(key)
        if change is None:
            label = conclusion_heading(name).pick(lang)  # ("Governancevorm van nu": how the current one compares)
            change = self._conclusion_changes[key] = Change(
                kind="conclusion", name=name, label=label, via=via, alone=alone, conditional=conditional
            )
        return change

    def finding_change(
        self, rule_id: str, conditional: bool, lang: Language, via: str | None = None, alone: bool = False
    ) -> Change:
        """The change an answer can make to the finding of a rule (``conditional``: one given on a condition;
        ``via``: through the question of that fact; ``alone``: see :meth:`conclusion_change`)."""
        key = (rule_id, conditional, lang, via, alone)
        change = self._finding_changes.get(key)
        if change is None:
            rule = self.rulebase.by_id[rule_id]
            assert rule.finding is not None  # only rules with a finding have changes of this kind
            change = self._finding_changes[key] = Change(
                kind="finding",
                name=rule_id,
                label=rule.title.pick(lang),
                severity=rule.finding.severity,
                conditional=conditional,
                via=via,
                alone=alone,
            )
        return change

    def changes(self, impact: _Impact, lang: Language) -> list[Change]:
        """What an answer can change, in order: the conclusions, then the findings, most serious first. Each
        change is made once (see :meth:`conclusion_change`); the list is new, the question's own. (A memory of
        whole lists cost more than it saved: its key, built of every part of the impact, took longer than looking
        up the few changes one by one.)"""
        via, alone, conclusions, findings = impact.via, impact.alone, impact.conclusions, impact.findings
        # (each change looked up by the key its maker files it under, the maker called only for a new one: some
        # hundred a case)
        made = self._conclusion_changes
        found = []
        for name, on_condition in conclusions.items():
            key = (
                name,
                lang,
                via.get(("conclusion", name)) if via else None,
                ("conclusion", name) in alone,
                on_condition,
            )
            change = made.get(key)
            found.append(change if change is not None else self.conclusion_change(*key))
        if findings:
            made_for_findings = self._finding_changes
            for rule_id in sorted(findings, key=self.finding_order.__getitem__) if len(findings) > 1 else findings:
                said = (
                    rule_id,
                    findings[rule_id],
                    lang,
                    via.get(("finding", rule_id)) if via else None,
                    ("finding", rule_id) in alone,
                )
                change = made_for_findings.get(said)
                found.append(change if change is not None else self.finding_change(*said))
        return found

    def ask(
        self,
        case: Case,
        facts: Mapping[str, Any],
        derived: Mapping[str, set[Any]],
        conditional: Iterable[str],
        assessment: Assessment,
        lang: Language,
        not_known: frozenset[str] = frozenset(),
        fired: Collection[str] = frozenset(),
        fired_if: Mapping[str, Mapping[str, set[Any]]] | None = None,
        under: Sequence[tuple[Mapping[str, set[Any]], Assessment]] = (),
        assumed_for: Mapping[str, tuple[tuple[str, Any], Mapping[str, set[Any]], frozenset[str]]] | None = None,
        brought: Mapping[str, Sequence[str]] | None = None,
        parts_brought: Mapping[str, Sequence[str]] | None = None,
        meaning: Mapping[str, Sequence[str]] | None = None,
        count_changes: Mapping[str, bool] | None = None,
        count_information: float = 0.0,
    ) -> tuple[list[Question], dict[str, list[str]], list[HeldQuestion]]:
        """Every question whose answer can change the advice, ranked (rank 1 first); for each rule with a
        finding, the questions whose answers can change it (for a finding given: could take it away); and the
        questions that can change a finding only once a fact answered "weet niet" is known (see
        :class:`HeldQuestion`).

        Args:
            derived: what the rules derived for the case (conclusion → values).
            conditional: ids of the rules whose findings apply, or would apply once their facts are known, only
                on a condition (a conclusion still open, assumed).
            not_known: the facts answered "weet niet": a question asked after one whatever its answer is asked.
            fired: ids of the rules that fired (a finding of theirs that holds on a conclusion no answer leaves as
                it is now, "geen gekende factor steunt de huidige vorm" while the trust is unknown, is taken away
                by the answers that decide that conclusion).
            fired_if: for each rule that fires only on a condition (an open conclusion assumed, see
                ``conditional``), what the rules derive on it: its finding is taken away by what would take it
                away there, as for a rule that ``fired``.
            under: for each condition the case's facts rule out while the advice for it is given (the case says it
                is an organisation network, its rationale says otherwise): what the rules derive on it and the
                assessment on it (:meth:`Assessment.under`). A rule that waits for nothing as the case stands
                waits for what it would wait for there, and its finding counts as one on a condition.
            assumed_for: for each rule in ``conditional``, the condition its finding comes on (a conclusion and its
                value), what the rules derive on it and which fire there: an answer that alone makes it fire there
                brings its finding (one that alone decides the governance mode there, too).
            brought: for an unknown fact that states a conclusion whose facts rule the value out (the form a case
                says it has, its rationale known otherwise): the rules whose findings an answer stating that value
                brings by itself, on that condition.
            parts_brought: for such a fact: the fixed conclusions that an answer stating that value gives a part on
                that condition (the governance mode "als dit een organisatienetwerk is: nog open, …"), by itself.
            meaning: for an unknown fact whose answer alone tells what a conclusion settled without a value means
                (undecided, or not applicable as its guard fails): those conclusions.
            count_changes: for a partner list taken as the whole network, its number never answered
                (:attr:`Case.count_taken_from_list`): the conclusions another number can change, each with whether
                an answer to the number's question does so by itself (a policy officer's report never asked it,
                while a consultation of the same file asked it first, and the governance mode rested on it).
            count_information: how much that answer narrows the fixed conclusions (ranks the question).
        """
        impacts: dict[str, _Impact] = {}
        conditional = set(conditional)

        # the unknown facts an answer to which narrows what a conclusion can come out as
        information: dict[str, float] = {}
        deciding = self._deciding(assessment, case, impacts, information, facts)

        kept_from_firing = self._kept_from_firing(facts)
        changers = self._value_changers(case, facts, derived, assessment, deciding, fired, impacts, kept_from_firing)

        # on a condition the case's facts rule out while the advice for it is given (the case says it is an
        # organisation network, its rationale points elsewhere): what an answer changes of a conclusion there is a
        # change on that condition (a tool builder's what-if of the goal consensus narrowed the governance mode
        # "als dit een organisatienetwerk is", which its question did not list)
        deciding_under: list[dict[str, tuple[str, ...]]] = []  # (per condition, as the findings below read it)
        for _derived_there, there in under:
            there_impacts: dict[str, _Impact] = {}
            deciding_under.append(self._deciding(there, case, there_impacts))
            for path, there_impact in there_impacts.items():
                for name in there_impact.conclusions:
                    if name in FIXED_CONCLUSIONS:
                        impact = _impact_of(impacts, path)
                        impact.conclusions.setdefault(name, True)  # (changed here too: not only on the condition)
                        if ("conclusion", name) in there_impact.alone:
                            impact.alone["conclusion", name] = None

        # most rules with a finding test the same few conclusions (an organisation network, say): each test once
        on_conclusions: list[list[str] | None] = []  # (in the order of conclusion_tests)
        held_on_conclusions: list[list[str] | None] = []  # the same, for a rule that fired
        for tests in self.conclusion_tests:
            waiting_for = _waiting_on_conclusions(tests, derived, assessment, deciding)
            if waiting_for is not None:
                on_conclusions.append(_asked(waiting_for, case))
                held_on_conclusions.append(on_conclusions[-1])  # (the two differ only where this is None)
                continue
            on_conclusions.append(None)
            waiting_for = _waiting_on_conclusions(tests, derived, assessment, deciding, fired=True)
            held_on_conclusions.append(None if waiting_for is None else _asked(waiting_for, case))
        by_rule: dict[str, list[str]] = {}
        # (not the rest of a partner list: a case file cannot say that "weet niet", and advice read back from one
        # must be the advice a consultation gave)
        held_by_not_known = not_known - {"partners"}
        # the questions whose answers can change a finding only once a fact answered "weet niet" is known: each
        # with those facts and the rules it waits with
        held_back: dict[str, tuple[set[str], set[str]]] = {}
        settled: dict[tuple[Any, ...], list[str]] = {}  # see _settling
        unsettling_of: dict[int, frozenset[str]] = {}  # per place in conclusion_tests: see _unsettling
        # per condition a finding comes on: the value changers there (worked out for the first rule that needs them)
        changers_on: dict[tuple[str, Any], dict[tuple[str, Any], dict[str, bool]]] = {}
        fits: dict[str, dict[str, frozenset[Any]]] = {}  # see _judged_after_one_answer
        for index, (finding, test) in enumerate(zip(self.findings, self._test_of, strict=True)):
            if kept_from_firing >> index & 1:
                continue  # a known fact keeps it from firing: nothing an answer changes (see _waiting_for_facts)
            rule_id = finding.rule.id
            assumed = fired_if.get(rule_id) if fired_if else None
            if assumed is not None:
                held = _waiting_on_conclusions(self.conclusion_tests[test], assumed, assessment, deciding, fired=True)
                waiting_on_conclusions = None if held is None else _asked(held, case)
            else:
                waiting_on_conclusions = (held_on_conclusions if rule_id in fired else on_conclusions)[test]
            is_conditional = rule_id in conditional
            if under and (waiting_on_conclusions is None or assumed is not None) and rule_id not in fired:
                # it may wait for something on a condition the facts rule out, while the advice for it stands
                # (fired there or not: as the case stands, its conclusions can no longer change)
                for number, (derived_there, there) in enumerate(under):
                    if len(deciding_under) <= number:
                        deciding_under.append(self._deciding(there, case))
                    held = _waiting_on_conclusions(
                        self.conclusion_tests[test], derived_there, there, deciding_under[number], fired=True
                    )
                    if held is not None:
                        waiting_on_conclusions, is_conditional = _asked(held, case), True
                        break
            judged: list[str] = []  # the current value whose answer alone makes it fire, judged as things stand
            if rule_id in self.judging_current and rule_id not in fired:
                # (on its condition, as the rules stand there)
                condition_there = (assumed_for or {}).get(rule_id) if is_conditional else None
                judged = (
                    self._judged_now(finding, condition_there[1], condition_there[2], facts)
                    if condition_there is not None
                    else self._judged_now(finding, derived, fired, facts)
                )
                if judged:
                    # "no known factor supports the current mode" holds only while factors are unknown: the
                    # outcomes, over every answer, do not see it; the answer that names the mode brings it now
                    waiting_on_conclusions = list(dict.fromkeys([*(waiting_on_conclusions or ()), *judged]))
            if waiting_on_conclusions is None:
                continue  # a conclusion it tests can no longer come out as it needs
            waiting, blocking, needed, unblocking = self._waiting_for_facts(index, finding, facts, case)
            if waiting is None:
                continue  # a known fact stays known: this rule cannot fire
            # what an answer changes by itself: for a rule that fires (or would, on its condition), each fact it
            # needs unknown can take it away; for one that does not, the one fact that keeps it from firing, where
            # each conclusion it tests has a value it accepts for now
            # (on its condition: what the rules derive there, for a rule whose finding comes on one)
            on_condition = (assumed_for or {}).get(rule_id) if is_conditional else None
            supposed = assumed if assumed is not None else on_condition[1] if on_condition is not None else None
            if rule_id in fired or assumed is not None:
                by_itself: list[str] = list(waiting)
            elif unblocking and _holds_now(finding.satisfying, supposed or derived):
                # (its conclusions have values it needs now, though an answer may still change them: the answer
                # makes it fire, its finding starred as one that can fall away; a policy officer saw what-if give
                # it where the report said "samen met andere antwoorden"; on its condition, the answer brings its
                # finding on that condition)
                # Not an answer that may also give a conclusion it tests a value it does not accept: "the
                # case is a learning network" was said to bring "a learning network, but the rationale points
                # elsewhere" by itself, where saying so makes the form a learning network (a tool builder)
                unsettling = unsettling_of.get(test)
                if unsettling is None:
                    unsettling = unsettling_of[test] = _unsettling(self.conclusion_tests[test], changers)
                by_itself = [
                    path
                    for path in unblocking
                    if path not in unsettling or _answer_keeps(finding, path, facts, assessment)
                ]
            else:
                by_itself = []
            if rule_id in self.judging_current and rule_id not in fired and not blocking and not is_conditional:
                # a factor's answer that alone gives the comparison a value it accepts, as the decision's support
                # then stands: trust 'hoog' leaves a lead organisation without support (a tool builder's probe
                # found it called "samen met andere antwoorden")
                for path in self._judged_after_one_answer(finding, facts, derived, fired, kept_from_firing, fits):
                    if path not in by_itself:
                        by_itself.append(path)
                    if path not in waiting:
                        waiting.append(path)
            if judged and set(blocking) <= set(judged):
                # (no fact keeps it from firing but the current value: see _judged_now)
                by_itself = list(dict.fromkeys([*by_itself, *judged]))
            if waiting_on_conclusions:
                # an answer that alone settles a conclusion it tests for or against it (the rationale, for a finding
                # given "als dit een organisatienetwerk is": a tool builder found it called "samen met andere")
                # (most rules test the same few conclusions and wait for the same answers: each once)
                falls_away, comes = rule_id in fired or assumed is not None, rule_id not in fired and not blocking
                settled_key = (test, falls_away, comes, *waiting_on_conclusions)
                settling = settled.get(settled_key)
                if settling is None:
                    settling = settled[settled_key] = _settling(
                        finding.satisfying,
                        waiting_on_conclusions,
                        assessment,
                        derived,
                        falls_away=falls_away,
                        comes=comes,
                    )
                by_itself += settling
                waiting = list(dict.fromkeys([*waiting, *waiting_on_conclusions]))
            if rule_id not in fired:
                # what gives a conclusion it tests a value it needs now: the form a case says it has, while its
                # rationale is unknown, makes a finding on a condition one without (it applies there: the answer
                # makes it so here); the answer that decides the governance mode brings the finding on that mode
                for name, values in finding.satisfying:
                    others = not blocking and _holds_now(
                        tuple(item for item in finding.satisfying if item[0] != name), supposed or derived
                    )
                    for value in values:
                        for path, alone in changers.get((name, value), {}).items():
                            if is_conditional and path not in waiting:
                                waiting.append(path)
                            if alone and (assumed is not None or (not is_conditional and others)):
                                by_itself.append(path)
                                if path not in waiting:
                                    waiting.append(path)
                        if on_condition is not None and assumed is None and others:
                            # on its condition, an answer that alone gives the conclusion the value it needs there
                            # brings it (the need for competencies deciding a self-governing mode for an
                            # organisation network: "samen met andere antwoorden" where one answer did it)
                            changers_there = changers_on.get(on_condition[0])
                            if changers_there is None:
                                changers_there = changers_on[on_condition[0]] = self._value_changers(
                                    case,
                                    facts,
                                    on_condition[1],
                                    assessment,
                                    deciding,
                                    on_condition[2],
                                    {},
                                    kept_from_firing,
                                )
                            for path, alone in changers_there.get((name, value), {}).items():
                                if alone:
                                    by_itself.append(path)
                                    if path not in waiting:
                                        waiting.append(path)
            else:
                # an answer that gives a conclusion it tests another value takes its finding away: the answer that
                # decides a decision it tests, or the form a case says it has, which makes "provisionally an
                # organisation network" a learning network (a tool builder found the advice for organisation
                # networks taken away by it, and not said)
                for name, values in finding.satisfying:
                    for (changed, value), paths in changers.items():
                        if changed != name or value in values:
                            continue
                        for path, alone in paths.items():
                            if path not in waiting:
                                waiting.append(path)
                            if alone:
                                by_itself.append(path)
            if held_by_not_known and not by_itself and rule_id not in fired and assumed is None:
                # it cannot fire before an answer given as "weet niet" is known: no other answer can bring it
                # meanwhile (a tool builder found a consultation asking such questions to the end)
                held_up = held_by_not_known.intersection(needed)
                if not held_up and waiting_on_conclusions and not is_conditional:
                    # or a conclusion it tests that only "weet niet" answers decide: the type while every
                    # criterion is "weet niet" (a policy officer was asked whether each of eleven partners would
                    # adapt, for advice on complex challenges only)
                    held_up = _held_by_conclusions(finding.satisfying, derived, deciding, held_by_not_known)
                if held_up:
                    for path in waiting:
                        if path not in held_up:  # (said apart, see HeldQuestion: not dropped without a word)
                            by_facts, for_rules = held_back.setdefault(path, (set(), set()))
                            by_facts.update(held_up)  # (ordered once, where they are said: _held_questions)
                            for_rules.add(rule_id)
                    waiting = [path for path in waiting if path in held_up]
            if waiting:
                by_rule[rule_id] = waiting
                for path in waiting:
                    impact = impacts.get(path) or _impact_of(impacts, path)  # (the call: a hundred times a case)
                    impact.findings[rule_id] = is_conditional
                    if path in by_itself:
                        impact.alone["finding", rule_id] = None

        for path, names in (meaning or {}).items():
            for name in names:
                impact = _impact_of(impacts, path)
                impact.conclusions[name] = False
                impact.alone["conclusion", name] = None

        for path, rule_ids in (brought or {}).items():
            for rule_id in rule_ids:
                impact = _impact_of(impacts, path)
                impact.findings.setdefault(rule_id, True)
                impact.alone["finding", rule_id] = None

        for path, names in (parts_brought or {}).items():
            for name in names:
                impact = _impact_of(impacts, path)
                impact.conclusions.setdefault(name, True)  # (changed otherwise too: not only on the condition)
                impact.alone["conclusion", name] = None

        for name, alone in (count_changes or {}).items():
            impact = _impact_of(impacts, PARTNER_COUNT)
            impact.conclusions.setdefault(name, False)
            if alone:
                impact.alone["conclusion", name] = None
        if count_changes:
            information[PARTNER_COUNT] = max(information.get(PARTNER_COUNT, 0.0), count_information)

        if PARTNER_COUNT in impacts and not case.partners and PARTNER_COUNT not in not_known and count_from_list(case):
            # the partners named give their number (the whole network, while it was never answered): what the
            # number can change, naming them can, alone where the number does (a tool builder's list of two
            # brought "te weinig partners", which the list's question had not said)
            _impact_of(impacts, "partners").merge(impacts[PARTNER_COUNT])
            information["partners"] = max(information.get("partners", 0.0), information.get(PARTNER_COUNT, 0.0))
            for waited_for in by_rule.values():
                if PARTNER_COUNT in waited_for and "partners" not in waited_for:
                    waited_for.append("partners")
        moved = _wait_for_parents(impacts, facts, information, not_known)
        if moved:  # what a finding waits for, as the questions that are asked for it (most wait for no mover)
            by_rule = {
                rule_id: paths if moved.keys().isdisjoint(paths) else _asked_in_place(paths, moved)
                for rule_id, paths in by_rule.items()
            }
        seriousness = self.seriousness
        ranking = []
        for path, impact in impacts.items():
            findings = impact.findings
            most_serious = max([seriousness[rule_id] for rule_id in findings]) if findings else 0
            # an answer that settles a finding by itself before one that does so only with others (the phase, which
            # brings two warnings with other answers, stood before the one answer that brings a warning alone)
            findings_alone = sum(1 for kind, _name in impact.alone if kind == "finding")
            changes_fixed = not FIXED_CONCLUSIONS.keys().isdisjoint(impact.conclusions)
            place = catalogue_place(path)  # unique to the question: no two keys tie
            # of those that change as much, first the follow-ups of what the case answered: the mayors' consultation
            # there, its questions next (a coordinator preparing its meeting found them after fourteen others alike,
            # in the catalogue's order, the question the guide calls "cruciaal" among them)
            parent = _PARENT.get(path)
            ranking.append(
                (
                    -round(information.get(path, 0.0), 9),
                    not changes_fixed,
                    -most_serious,
                    -findings_alone,
                    -len(findings),
                    parent is None or facts.get(parent) is None,
                    place,
                    path,
                )
            )
        ranking.sort()
        ranked = _after_their_parents([key[-1] for key in ranking], not_known)
        return (
            [
                _question(self, path, impacts[path], rank, case, facts, lang, not_known)
                for rank, path in enumerate(ranked, start=1)
            ],
            by_rule,
            _held_questions(held_back, impacts, self.finding_order, case, facts, lang, not_known) if held_back else [],
        )

    def _judged_now(
        self, finding: _FindingRule, derived: Mapping[str, set[Any]], fired: Collection[str], facts: Mapping[str, Any]
    ) -> list[str]:
        """For a rule that tests how a case's current value compares with a decision (``governance_mode_current``)
        while that value is unknown: its fact, where some answer to it makes the rule's conditions on it hold and
        the comparison, as the decision stands, come out as the rule needs, its other conclusions holding now (a
        policy officer's "zelfregulerend" brings "geen gekende factor steunt de huidige vorm"; said "samen met
        andere antwoorden")."""
        for name, accepted in finding.satisfying:
            decision_name, path = self.current_of.get(name, (None, None))
            if decision_name is None or path is None or facts.get(path) is not None:
                continue
            if not _holds_now(tuple(item for item in finding.satisfying if item[0] != name), derived):
                continue
            support = self._support(decision_name, fired)
            now = derived.get(decision_name, set())
            decided = next(iter(now)) if len(now) == 1 else None
            values = self.rulebase.decision_values(decision_name)
            reading = [condition for condition in finding.fact_conditions if condition.name == path]
            for answer in FACTS[path].values:
                if all(condition_holds(condition, {path: answer}, NOTHING_DERIVED) is True for condition in reading):
                    if current_fit(answer, decided, support, values) in accepted:
                        return [path]
        return []

    def _support(self, decision_name: str, fired: Collection[str]) -> dict[Any, list[str]]:
        """Each value of the decision ``decision_name`` with the fired rules that support it."""
        support: dict[Any, list[str]] = {}
        for rule_id in fired:
            for supported, value in self.supports[rule_id]:
                if supported == decision_name:
                    support.setdefault(value, []).append(rule_id)
        return support

    def _judged_after_one_answer(
        self,
        finding: _FindingRule,
        facts: Mapping[str, Any],
        derived: Mapping[str, set[Any]],
        fired: Collection[str],
        kept_from_firing: int,
        fits: dict[str, dict[str, frozenset[Any]]],
    ) -> list[str]:
        """For a rule that tests how a case's current value compares with a decision, that value known and its
        other conditions holding now: the factors one answer to which alone gives the comparison a value the rule
        accepts, as the decision's support then stands. ``fits`` keeps, per comparison, what each factor's answers
        give it, worked out once per advice (numbers are not tried: their answers are classes, not choices)."""
        found: list[str] = []
        for name, accepted in finding.satisfying:
            if name not in self.current_of:
                continue
            if not _holds_now(tuple(item for item in finding.satisfying if item[0] != name), derived):
                return []
            by_answer = fits.get(name)
            if by_answer is None:
                by_answer = fits[name] = self._fits_after_one_answer(name, facts, derived, fired, kept_from_firing)
            found += [path for path, given in by_answer.items() if not given.isdisjoint(accepted) and path not in found]
        return found

    def _fits_after_one_answer(
        self,
        name: str,
        facts: Mapping[str, Any],
        derived: Mapping[str, set[Any]],
        fired: Collection[str],
        kept_from_firing: int,
    ) -> dict[str, frozenset[Any]]:
        """For a comparison of a case's current value with its decision (``governance_mode_current``): per unknown
        fact a rule supporting the decision reads, the values the comparison takes after each one answer to it."""
        decision_name, current_path = self.current_of[name]
        current = facts.get(current_path)
        decision = self.rulebase.decisions.get(decision_name)
        if current is None or decision is None:
            return {}
        values = self.rulebase.decision_values(decision_name)
        support = self._support(decision_name, fired)
        candidates = [
            (value, leading)
            for value, index, leading in self.leading.get(decision_name, ())
            if not kept_from_firing >> index & 1
            and leading.rule.id not in fired
            and _holds_now(leading.satisfying, derived)
        ]
        paths = dict.fromkeys(
            condition.name
            for _value, leading in candidates
            for condition in leading.fact_conditions
            if facts.get(condition.name) is None and not FACTS[condition.name].computed
        )
        given: dict[str, frozenset[Any]] = {}
        for path in paths:
            fits: set[Any] = set()
            for answer in _trial_answers(path):
                trial = {**facts, path: answer}
                after = {value: list(rule_ids) for value, rule_ids in support.items()}
                for value, leading in candidates:
                    if all(condition_holds(c, trial, NOTHING_DERIVED) is True for c in leading.fact_conditions):
                        after.setdefault(value, []).append(leading.rule.id)
                decided = _decided(Counter({v: len(ids) for v, ids in after.items()}), decision.minimum_support)
                fits.add(current_fit(current, decided, after, values))
            given[path] = frozenset(fits)
        return given

    def _deciding(
        self,
        assessment: Assessment,
        case: Case,
        impacts: dict[str, _Impact] | None = None,
        information: dict[str, float] | None = None,
        facts: Mapping[str, Any] | None = None,
    ) -> dict[str, tuple[str, ...]]:
        """For each conclusion: the unknown facts an answer to which narrows what it can come out as. With
        ``impacts`` and ``information``, also what those answers change of the conclusions people read, and how
        much they narrow the fixed ones (for the ranking); with ``facts`` too, of how a current value the case
        states compares with its decision."""
        deciding: dict[str, tuple[str, ...]] = {}
        for name in assessment.model.tables:
            if not assessment.analysed(name):
                deciding[name] = assessment.conclusion(name).unknown
                continue
            if len(assessment.outcomes(name)) <= 1:  # settled: no answer changes it
                deciding[name] = ()
                continue
            if name not in FIXED_CONCLUSIONS and name not in self.rulebase.decisions:
                deciding[name] = tuple(assessment.conclusion(name).deciding)
                current = self.current_of.get(name)
                if impacts is not None and facts is not None and current is not None and current[1] in facts:
                    # (how the current governance mode the case states compares, which the advice says beside the
                    # mode: an answer that changes it is a question, a finding reading it or not; a tool builder
                    # found its deciding fact, the need for competencies, among no question)
                    for path in _asked(deciding[name], case):
                        impact = _impact_of(impacts, path)
                        impact.conclusions.setdefault(name, False)
                        impact.alone["conclusion", name] = None
                continue
            # a conclusion people read: every answer that brings it closer to settled counts, not only those
            # that rule an outcome out at once (one criterion of six rarely does)
            gains = assessment.gains(name)
            deciding[name] = tuple(path for path, gain in gains.items() if gain > NO_INFORMATION)
            if impacts is not None:
                by_itself = assessment.conclusion(name).deciding  # the facts an answer to which alone changes it
                for path in _asked(deciding[name], case):
                    impact = _impact_of(impacts, path)
                    impact.conclusions[name] = False
                    if path in by_itself:
                        impact.alone["conclusion", name] = None
            if information is not None and name in FIXED_CONCLUSIONS:
                for path, gain in gains.items():
                    information[path] = information.get(path, 0.0) + gain
        return deciding

    def _value_changers(
        self,
        case: Case,
        facts: Mapping[str, Any],
        derived: Mapping[str, set[Any]],
        assessment: Assessment,
        deciding: Mapping[str, tuple[str, ...]],
        fired: Collection[str],
        impacts: dict[str, _Impact],
        kept_from_firing: int,
    ) -> dict[tuple[str, Any], dict[str, bool]]:
        """Add to ``impacts`` the questions whose answer can give a fixed conclusion that is not settled another
        value now: those a rule that leads to another value than it has waits for (its outcomes may stay as they
        are, so :meth:`Assessment.gains` does not name them). Returned per conclusion and value: those questions,
        each with whether its answer alone gives it that value. (``kept_from_firing``: see
        :meth:`_kept_from_firing`.)"""
        concluded_by = self.concluded_by
        changers: dict[tuple[str, Any], dict[str, bool]] = {}
        for name, rules in self.leading.items():
            if not assessment.analysed(name) or len(assessment.outcomes(name)) <= 1:
                continue
            now = derived.get(name, set())
            decision = self.rulebase.decisions.get(name)
            # for a decision by support: the support it has now, and what each answer alone adds (one answer that
            # makes a rule supporting another value fire may decide it, or undecide it: the need for competencies
            # gave a self-governing mode, a finding on it, while the question said "samen met andere antwoorden")
            support: Counter[Any] = Counter()
            added: dict[str, Counter[Any]] = {}
            candidates: list[tuple[Any, tuple[str, ...]]] = []  # a rule that may still add its support, waiting for
            # per question and value its answer can give a tested conclusion: the rules waiting only for that (the
            # value each leads to, and whether that answer alone makes it fire)
            chained: dict[str, dict[tuple[str, Any], list[tuple[Any, str, bool]]]] = {}
            if decision is not None:
                for rule_id in fired:
                    support.update(v for supported, v in self.supports[rule_id] if supported == name)
            for value, index, leading in rules:
                if kept_from_firing >> index & 1:
                    continue  # a known fact keeps it from firing
                if leading.rule.id in fired or (len(now) == 1 and value in now):
                    continue  # it fired, or it leads to the value there is
                on_conclusions = _waiting_on_conclusions(leading.satisfying, derived, assessment, deciding)
                if on_conclusions is None:
                    continue
                waiting, blocking, _needed, unblocking = self._waiting_for_facts(index, leading, facts, case)
                # a rule that concludes the value gives it by firing; one that supports a decision only adds its
                # support (the property test found trust called decisive alone for an open governance mode)
                by_itself = (
                    bool(unblocking)
                    and _holds_now(leading.satisfying, derived)
                    and name in concluded_by[leading.rule.id]
                )
                if waiting is None:
                    continue  # a known fact keeps it from firing
                if not waiting:
                    # its facts hold: an answer that gives a conclusion it tests a value it needs makes it fire (a
                    # criterion making the type complex, the form an organisation network and so the governance
                    # mode self-governing: a tool builder found the mode unsaid)
                    for tested, accepted in leading.satisfying:
                        if derived.get(tested) and derived[tested] <= accepted:
                            continue  # (holds now)
                        others = _holds_now(tuple(item for item in leading.satisfying if item[0] != tested), derived)
                        for value_there in accepted:
                            for path, alone in changers.get((tested, value_there), {}).items():
                                chain = chained.setdefault(path, {}).setdefault((tested, value_there), [])
                                chain.append((value, leading.rule.id, alone and others))
                supports_only = decision is not None and name not in concluded_by[leading.rule.id]
                if supports_only:
                    # its support changes the decision only where it tips the balance: worked out below (trust
                    # was said to change a mode that no answer to it changes: a policy officer tried each one)
                    candidates.append((value, tuple(waiting)))
                    if unblocking and _holds_now(leading.satisfying, derived):
                        for path in unblocking:
                            added.setdefault(path, Counter())[value] += 1
                    continue
                to_value = changers.setdefault((name, value), {})
                for path in waiting:
                    impact = _impact_of(impacts, path)
                    impact.conclusions[name] = False
                    alone = by_itself and path in unblocking
                    to_value[path] = to_value.get(path, False) or alone
                    if alone:  # the rule then fires: another value
                        impact.alone["conclusion", name] = None
                if on_conclusions:
                    # what decides a conclusion it tests makes it fire too (a complex type gives an organisation
                    # network while the ratio is unknown: a tool builder found the criteria silent on the form);
                    # alone where its conditions on facts hold and one answer settles that conclusion for it
                    settling = (
                        _settling(leading.satisfying, on_conclusions, assessment, derived, falls_away=False, comes=True)
                        if not blocking
                        else ()
                    )
                    for path in _asked(on_conclusions, case):
                        impact = _impact_of(impacts, path)
                        impact.conclusions[name] = False
                        alone = path in settling
                        to_value[path] = to_value.get(path, False) or alone
                        if alone:
                            impact.alone["conclusion", name] = None
            if decision is not None and candidates:
                for path, after in _tipping(support, candidates, decision.minimum_support):
                    _impact_of(impacts, path).conclusions[name] = False
                    changers.setdefault((name, after), {}).setdefault(path, False)
            current = next(iter(now)) if len(now) == 1 else None
            for path, extra in added.items():
                after = _decided(support + extra, decision.minimum_support) if decision is not None else None
                if after != current:
                    _impact_of(impacts, path).alone["conclusion", name] = None
                    changers.setdefault((name, after), {})[path] = True
            taken = (
                self._taking_away(name, current, rules, fired, support, changers, impacts, chained)
                if current is not None
                else set()
            )
            for path, by_value in chained.items():
                # (each value the answer gives a tested conclusion brings its own rules: one answer gives one)
                for chain in by_value.values():
                    if decision is not None:
                        after = _decided(
                            support + Counter(value for value, _rule_id, _alone in chain), decision.minimum_support
                        )
                        alone = all(alone for _value, _rule_id, alone in chain) and path not in taken
                    else:
                        concluding = [item for item in chain if name in concluded_by[item[1]]]
                        if not concluding:
                            continue
                        after = concluding[0][0]
                        alone = concluding[0][2] and len({item[0] for item in concluding}) == 1
                    if after == current:
                        continue
                    impact = _impact_of(impacts, path)
                    impact.conclusions[name] = False
                    changers.setdefault((name, after), {})
                    changers[name, after][path] = changers[name, after].get(path, False) or alone
                    if alone:
                        impact.alone["conclusion", name] = None
        return changers

    def _taking_away(
        self,
        name: str,
        current: Any,
        rules: Sequence[tuple[Any, int, _FindingRule]],
        fired: Collection[str],
        support: Counter[Any],
        changers: dict[tuple[str, Any], dict[str, bool]],
        impacts: dict[str, _Impact],
        bringing: Collection[str] = (),
    ) -> set[str]:
        """Add the questions an answer to which gives a conclusion that a fired rule leading to ``name`` tests a
        value the rule does not accept, where taking those rules away changes ``current``: the form a case says it
        has makes "provisionally an organisation network" a learning network, and the governance mode goes with
        it (a tool builder found it unsaid). With other answers, as the answer may leave other rules in place.
        Returned: the questions whose answers can take such a rule away."""
        taken: dict[str, set[str]] = {}  # question → the fired rules leading here its answer can take away
        # per question, for each answer that alone gives a tested conclusion another value: the rules it takes away
        taken_at_once: dict[str, dict[tuple[str, Any], set[str]]] = {}
        for _value, _index, leading in rules:
            if leading.rule.id not in fired:
                continue
            for tested, accepted in leading.satisfying:
                for (changed, after), paths in changers.items():
                    if changed == tested and after not in accepted:
                        for path, alone in paths.items():
                            taken.setdefault(path, set()).add(leading.rule.id)
                            if alone:
                                at_once = taken_at_once.setdefault(path, {})
                                at_once.setdefault((changed, after), set()).add(leading.rule.id)
        if not taken:
            return set()
        decision = self.rulebase.decisions.get(name)
        giving = {
            leading.rule.id
            for value, _index, leading in rules
            if value == current and leading.rule.id in fired and name in self.concluded_by[leading.rule.id]
        }

        def without(rule_ids: set[str]) -> Any:
            """What ``name`` comes out as without these rules (``current`` where it stays)."""
            if decision is not None:
                left = support.copy()
                for rule_id in rule_ids:
                    left.subtract(value for supported, value in self.supports[rule_id] if supported == name)
                return _decided(+left, decision.minimum_support)
            return None if giving and giving <= rule_ids else current

        for path, rule_ids in taken.items():
            if without(rule_ids) == current:
                continue
            impact = _impact_of(impacts, path)
            impact.conclusions[name] = False
            # alone: one answer takes away enough of them at once, and brings no rule leading here (the form a case
            # says it has, a learning network, takes the governance mode's every support with it)
            for rule_set in taken_at_once.get(path, {}).values():
                after = without(rule_set)
                if after != current and path not in bringing:
                    impact.alone["conclusion", name] = None
                    changers.setdefault((name, after), {})[path] = True
                    break
            else:
                changers.setdefault((name, None), {}).setdefault(path, False)
        return set(taken)

    def _waiting_for_facts(
        self, index: int, rule: _FindingRule, facts: Mapping[str, Any], case: Case
    ) -> tuple[list[str] | None, Sequence[str], frozenset[str], Sequence[str]]:
        """The questions whose answers can change whether ``rule`` (number ``index``) fires by its conditions on
        facts (see :func:`_waiting_on_facts`), worked out once per rule and state of the facts it reads; None when
        a known fact keeps it from firing. Beside them, those of them that keep it from firing now, of those the
        ones it needs known, and those an answer to which alone makes its conditions on facts hold."""
        key = rule.read.key(index, facts)
        found = self._waiting_on_facts.get(key)
        if found is None:
            found = _waiting_on_facts(rule, facts)
            on_facts, of_partners, blocking, needed, alone = found
            if on_facts is not None and not of_partners and alone[:1] == (ALONE_IF_ONE,):
                # a rule that reads no partner's answer: the one fact that alone keeps it from firing is one
                # question, and what follows depends on the facts alone (kept so: asked a hundred times a case)
                found = (on_facts, of_partners, blocking, needed, alone[1:] if len(alone) == 2 else ())
            self._waiting_on_facts.keep(key, found)
        on_facts, of_partners, blocking, needed, alone = found
        if on_facts is None:
            return None, (), needed, ()
        if not of_partners:
            return list(on_facts), blocking, needed, alone
        unblocking: Sequence[str] = alone
        if alone[:1] == (ALONE_IF_ONE,):
            # one fact that alone keeps it from firing: alone only while it is one question (every partner's
            # answer to a summary of them is not, nor the number of organisations beside a list), or where one
            # partner's answer settles the summary ("nee" of one partner to "all are willing")
            single = _asked(alone[1:], case)
            if single in ([PARTNER_COUNT], ["partners"]):
                # not the partners' own answers but the list's: the count alone completes it, which may settle the
                # summary or not (a tool builder found it said to bring "3 local governments" of one business); the
                # names, while none is given and their number was never answered, give a list of some length
                holds = _completing_holds if single == [PARTNER_COUNT] else _naming_holds
                completing = single if holds(rule, alone[1], facts, case) else []
                return _asked(on_facts, case), _asked(blocking, case), needed, completing
            elif len(single) == 1:
                unblocking = single
            elif alone[1].startswith("partners[]."):
                unblocking = _partner_answers_alone(rule, alone[1], facts, case)
            else:
                unblocking = ()
        else:
            unblocking = _asked(alone, case)
        if "partners" in unblocking and any(path.startswith("partners[].") for path in alone):
            # a partner's answer (what it brings) asked through the list, the partners not named yet: the names
            # alone do not give it (a tool builder found "Een partner brengt niets mee" called alone)
            unblocking = [path for path in unblocking if path != "partners"]
        return _asked(on_facts, case), _asked(blocking, case), needed, unblocking


ALONE_IF_ONE = "(alone if one)"
"""Marks what :func:`_waiting_on_facts` finds keeps a rule from firing by itself: one fact, which is alone only
while it is asked as one question."""


def _impact_of(impacts: dict[str, _Impact], path: str) -> _Impact:
    """What an answer to ``path`` can change, as far as found: made empty on first use."""
    impact = impacts.get(path)
    if impact is None:
        impact = impacts[path] = _Impact()
    return impact


def _tipping(
    support: Counter[Any], candidates: Sequence[tuple[Any, tuple[str, ...]]], minimum: int
) -> Iterator[tuple[str, Any]]:
    """The questions whose answers, with others, change what a decision by support comes out as, each with that
    value: ``support`` is what the rules that fired give now, ``candidates`` the rules that may still fire (the
    value each supports, the questions it waits for; those waiting for none fire once the conclusions they test
    allow it, with the others). An answer counts where the support of the rules waiting for it tips the balance
    in some combination (see :func:`_tipping_groups`)."""
    values = sorted({*support, *(value for value, _waiting in candidates)}, key=repr)
    place = {value: index for index, value in enumerate(values)}
    forced = [support.get(value, 0) for value in values]
    groups: dict[tuple[str, ...], list[int]] = {}
    for value, waiting in candidates:
        if waiting:
            groups.setdefault(waiting, []).append(place[value])
        else:
            forced[place[value]] += 1
    # which questions a group waits for does not matter to the sums: case after case has the same few shapes
    ordered = sorted(groups.items(), key=lambda item: sorted(item[1]))
    key = (tuple(values), tuple(forced), tuple(tuple(sorted(indices)) for _waiting, indices in ordered), minimum)
    tipped = _TIPPING.get(key)
    if tipped is None:
        tipped = _TIPPING.keep(key, _tipping_groups(forced, [indices for _waiting, indices in ordered], minimum))
    return (
        (path, values[outcome] if outcome is not None else None)
        for (waiting, _indices), outcomes in zip(ordered, tipped, strict=True)
        for outcome in outcomes
        for path in waiting
    )


def _tipping_groups(
    forced: Sequence[int], groups: Sequence[Sequence[int]], minimum: int
) -> tuple[tuple[int | None, ...], ...]:
    """For each group of rules (the values each supports, by place), the outcomes (by place; None for none) a
    decision takes in some combination where that group's support tips it: with ``forced`` always given, each
    group firing none, one, or (where there are several) all of its rules (a stand-in for any other mix: more
    rather than fewer questions). The factors: four groups of three, a few hundred combinations, in ints."""
    size = len(forced)
    options = []
    for indices in groups:
        singles = [tuple(int(index == at) for at in range(size)) for index in indices]
        every = [tuple(indices.count(at) for at in range(size))] if len(indices) > 1 else []
        options.append([None, *singles, *every])
    found: list[dict[int | None, None]] = [{} for _group in groups]
    for chosen in itertools.product(*options):
        total = list(forced)
        for added in chosen:
            if added is not None:
                total = [count + more for count, more in zip(total, added, strict=True)]
        outcome = _decided_at(total, minimum)
        for number, added in enumerate(chosen):
            if added is not None and outcome not in found[number]:
                without = [count - less for count, less in zip(total, added, strict=True)]
                if _decided_at(without, minimum) != outcome:
                    found[number][outcome] = None
    return tuple(tuple(outcomes) for outcomes in found)


def _decided_at(counts: Sequence[int], minimum: int) -> int | None:
    """:func:`_decided` on the support of each value, by place: the place of the value decided, or None."""
    best = max(counts, default=0)
    if best < minimum or best == 0 or counts.count(best) > 1:
        return None
    return counts.index(best)


_TIPPING: Memory[tuple[Any, ...], tuple[tuple[int | None, ...], ...]] = Memory(4096)


def _decided(support: Counter[Any], minimum: int) -> Any:
    """The value a decision takes with ``support`` (value → supporting rules), as inference decides it: the most
    supported, with at least ``minimum`` and more than any other; else None."""
    ranked = support.most_common(2)
    if ranked and ranked[0][1] >= minimum and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _satisfying(rule: Rule) -> tuple[tuple[str, frozenset[Any]], ...]:
    """For each conclusion a rule tests, the values that satisfy all its conditions on it."""
    return tuple(
        (
            name,
            frozenset(
                value
                for value in _candidate_values(group)
                if all(condition_holds(c, {}, {name: {value}}) for c in group)
            ),
        )
        for name, group in rule.conclusion_groups
    )


def _candidate_values(group: tuple[Condition, ...]) -> set[Any]:
    """The values a condition group on a conclusion can be checked against: those it names, and the fixed ones."""
    values: set[Any] = set(FIXED_CONCLUSIONS.get(group[0].name, ()))
    for condition in group:
        values.update(condition.operand if isinstance(condition.operand, tuple) else (condition.operand,))
    return values


def _waiting_on_facts(
    finding: _FindingRule, facts: Mapping[str, Any]
) -> tuple[tuple[str, ...] | None, bool, tuple[str, ...], frozenset[str], tuple[str, ...]]:
    """The unknown facts an answer to which can change whether the rule of ``finding`` fires by its conditions on
    facts, each once, and whether a partner summary is among them; None when one of them fails for good (a known
    fact stays known: the rule cannot fire).

    For a rule that has not fired: what it still waits for. For a rule that fired: what could take its finding
    away (a fact it needs unknown). What its conditions on conclusions wait for comes beside it (see
    :func:`_waiting_on_conclusions`). Last, those of them whose conditions do not hold now (what keeps a rule
    from firing), those of these each of which it needs known (a fact its own condition reads, not one of the
    inputs of a count, any of which may do), and those an answer to which alone makes every condition on facts
    hold: the one fact that keeps it from firing, or each input of the one count that does where one answer more
    or less takes it over the line ("3 of the 5 regional characteristics" with 2 known and 1 open).
    """
    on_facts: list[str] = []
    blocking: list[str] = []
    needed: set[str] = set()
    held_up: list[tuple[Condition, list[str]]] = []
    changeable = False  # a summary known now that an answer to one of its open inputs changes (see _flipping)
    for condition in finding.fact_conditions:
        holds = condition_holds(condition, facts, NOTHING_DERIVED)
        value = facts.get(condition.name)
        still_open = value is None or isinstance(value, Bounds)
        flipping = () if still_open else _flipping(condition, facts, holds)
        if flipping:
            # known now, whatever its open inputs are, and still an answer to one of them changes whether it holds:
            # "roles not given as empty" counts an open role, which "niemand" takes away (a tool builder found the
            # last open role said to bring "geen netwerkkampioen" by itself, where its "niemand" takes four missing
            # roles away, unlisted)
            changeable = True
            on_facts += flipping
            if holds is not True:
                blocking += flipping
                held_up.append((condition, list(flipping)))
            continue
        if holds is False and not (condition.operator == "known" and still_open):
            return None, False, (), frozenset(), ()
        if holds is not True or (condition.operator == "unknown" and still_open):
            inputs = _unknown_inputs(condition, facts)
            on_facts += inputs
            if holds is not True:
                blocking += inputs
                held_up.append((condition, inputs))
                if not FACTS[condition.name].computed:
                    needed.add(condition.name)
                elif isinstance(value, Bounds) and _every_input_needed(condition, value, inputs):
                    # "3 of the 5 regional characteristics" with one known and two open: both must come out so,
                    # and one answered "weet niet" holds the other back (a tool builder was asked the other)
                    needed.update(inputs)
                elif _needs_every_partner(condition):
                    # "every partner is equally involved" waits for the number of partners as much as for their
                    # answers: with that number answered "weet niet", the list may leave partners out, and no answer
                    # of a listed one brings it (a policy officer was asked eleven partners' involvement for nothing)
                    needed.add(PARTNER_COUNT)
    alone: tuple[str, ...] = ()
    if len(held_up) == 1:
        condition, inputs = held_up[0]
        value = facts.get(condition.name)
        if isinstance(value, Bounds) and _counted_once(inputs) and _one_answer_can_hold(condition, value):
            alone = tuple(dict.fromkeys(inputs))
        elif len(inputs) == 1:
            alone = (ALONE_IF_ONE, inputs[0])
    elif held_up:
        alone = _answers_holding_all(held_up, facts)
    if changeable and held_up:
        # an answer that meets what keeps it from firing may also change such a summary: only an answer to which
        # every condition holds brings it by itself; where the open facts are that one and none does, it cannot fire
        marked = alone[:1] == (ALONE_IF_ONE,)
        candidates = alone[1:] if marked else alone
        kept = tuple(path for path in candidates if _one_answer_holds_all(finding, path, facts))
        alone = (ALONE_IF_ONE, *kept) if marked and kept else kept
        open_facts = set(on_facts)
        if len(open_facts) == 1 and not _one_answer_holds_all(finding, next(iter(open_facts)), facts):
            return None, False, (), frozenset(), ()
    return (
        tuple(dict.fromkeys(on_facts)),
        any(path.startswith("partners[]") for path in on_facts),
        tuple(dict.fromkeys(blocking)),
        frozenset(needed),
        alone,
    )


_SHORT_OF = {
    "ge": lambda bounds, limit: limit - bounds.low,
    "gt": lambda bounds, limit: limit + 1 - bounds.low,
    "le": lambda bounds, limit: bounds.high - limit,
    "lt": lambda bounds, limit: bounds.high - limit + 1,
}
"""Per comparison of a count: how many of its open inputs must still come out one way for it to hold."""


def _every_input_needed(condition: Condition, bounds: Bounds, inputs: Sequence[str]) -> bool:
    """Whether a condition on a count holds only if every one of its open inputs comes out one way: as many must
    as there are, each counting one at most (not a partner list, which may add any number)."""
    short_of = _SHORT_OF.get(condition.operator)
    open_inputs = len(set(inputs))
    return (
        short_of is not None
        and isinstance(condition.operand, int)
        and open_inputs == bounds.high - bounds.low
        and short_of(bounds, condition.operand) == open_inputs
    )


@functools.cache
def _needs_every_partner(condition: Condition) -> bool:
    """Whether a condition on a yes/no summary of the partners' answers holds only once every partner is known: no
    value it accepts comes out while the list may leave some out (see :func:`values_beside_unlisted_partners`)."""
    values = values_beside_unlisted_partners(condition.name)
    return values is not None and not any(
        condition_holds(condition, {condition.name: value}, NOTHING_DERIVED) for value in values
    )


def _trial_answers(path: str) -> tuple[Any, ...]:
    """The answers worth trying for a fact a person states, to see what a summary of it does: its choices, or for
    a text a name and the word it also takes (a role's nobody); none for a number."""
    spec = FACTS[path]
    if spec.type in ("bool", "enum"):
        return tuple(spec.values)
    if spec.type == "text":
        word = _word_answer(path)
        return ("A",) if word is None else (word, "A")
    return ()


def _word_answer(path: str) -> str | None:
    """The one answer a text fact takes that is no text of one's own: a role's nobody, what a partner brings when
    it brings nothing."""
    if path.startswith(ROLE_PREFIX):
        return NOBODY
    return NOTHING if catalogue_path(path) == "partners[].brings" else None


def _flipping(condition: Condition, facts: Mapping[str, Any], holds: bool | None) -> tuple[str, ...]:
    """For a condition on a summary known now while some of its inputs are open: those inputs an answer to which
    changes whether it holds (worked out by answering each way, the other inputs as they are). A summary of the
    partners is left out (its answers are each partner's)."""
    spec = FACTS[condition.name]
    if not spec.computed or any(path.startswith("partners") for path in spec.inputs):
        return ()
    open_inputs = [path for path in spec.inputs if facts.get(path) is None]
    if not open_inputs:
        return ()
    return tuple(
        path
        for path in open_inputs
        if any(
            condition_holds(
                condition, {condition.name: _summary_answered(condition.name, facts, path, answer)}, NOTHING_DERIVED
            )
            != holds
            for answer in _trial_answers(path)
        )
    )


def _one_answer_holds_all(finding: _FindingRule, path: str, facts: Mapping[str, Any]) -> bool:
    """Whether some answer to ``path`` makes every condition on facts of ``finding`` hold, the other open facts
    left open (a summary that reads it worked out anew)."""
    answers = _trial_answers(path)
    if not answers:
        return True  # (a number: not worked out here, taken as possible)
    for answer in answers:
        for condition in finding.fact_conditions:
            if path in FACTS[condition.name].inputs and condition.name in _SUMMARY:
                value = _summary_answered(condition.name, facts, path, answer)
            else:
                value = answer if condition.name == path else facts.get(condition.name)
            if condition_holds(condition, {condition.name: value}, NOTHING_DERIVED) is not True:
                break
        else:
            return True
    return False


def _summary_answered(name: str, facts: Mapping[str, Any], path: str, answer: Any) -> Any:
    """The summary ``name`` worked out anew with ``path`` answered ``answer``, its other inputs as ``facts`` has
    them (not a summary of the partners: their answers are each partner's)."""
    inputs = {input_path: facts.get(input_path) for input_path in FACTS[name].inputs}
    return _SUMMARY[name].compute({**inputs, path: answer}, ())


def _completing_holds(finding: _FindingRule, attribute_path: str, facts: Mapping[str, Any], case: Case) -> bool:
    """Whether the partners listed, the list then complete (the number of organisations answered as many as it
    lists), make the rule's condition on a summary of ``attribute_path`` hold."""
    condition = _summary_condition(finding, attribute_path, facts)
    if condition is None or not case.partners:
        return False
    value = _SUMMARY[condition.name].compute(facts, case.partners)
    return condition_holds(condition, {condition.name: value}, NOTHING_DERIVED) is True


def _naming_holds(finding: _FindingRule, attribute_path: str, facts: Mapping[str, Any], case: Case) -> bool:
    """Whether naming the partners, none named yet and their number never answered, makes the rule's condition on
    a summary of ``attribute_path`` hold: the names alone give a list of some length, whose partners' answers are
    unknown, and its number ("a single partner is fewer than two local governments": a tool builder's one name
    brought the sovereignty advice, which the list's question said came "samen met andere antwoorden"). Where
    partners are named, or their number is known, names add no answer: never."""
    if case.partners or not count_from_list(case):  # (no list, a number never answered)
        return False
    condition = _summary_condition(finding, attribute_path, facts)
    if condition is None:
        return False
    summary = _SUMMARY[condition.name]
    # (a count of partners compared with a number is settled either way by lists up to one longer than it)
    longest = condition.operand + 1 if isinstance(condition.operand, int) else 1
    return any(
        condition_holds(condition, {condition.name: summary.compute(facts, [_UNANSWERED] * listed)}, NOTHING_DERIVED)
        is True
        for listed in range(1, longest + 1)
    )


def _summary_condition(finding: _FindingRule, attribute_path: str, facts: Mapping[str, Any]) -> Condition | None:
    """The rule's condition on a summary of the partners' ``attribute_path`` that does not hold now, if any."""
    condition = next(
        (
            condition
            for condition in finding.fact_conditions
            if attribute_path in FACTS[condition.name].inputs
            and condition_holds(condition, facts, NOTHING_DERIVED) is not True
        ),
        None,
    )
    return condition if condition is not None and condition.name in _SUMMARY else None


_UNANSWERED = Partner.model_construct(name="?")
"""A partner named, nothing answered about it (see :func:`_naming_holds`)."""


def _partner_answers_alone(
    finding: _FindingRule, attribute_path: str, facts: Mapping[str, Any], case: Case
) -> list[str]:
    """The partners' questions about ``attribute_path`` ("partners[].willing_to_adapt") one answer to which makes
    the rule's condition on a summary of them hold: one partner's "nee" makes "every partner is willing" false
    (a tool builder found it called "samen met andere antwoorden"). Worked out by answering for the first partner
    that has not answered: a summary counts partners alike, whichever answers."""
    spec = PARTNER_FACTS.get(attribute_path)
    condition = next(
        (
            condition
            for condition in finding.fact_conditions
            if attribute_path in FACTS[condition.name].inputs
            and condition_holds(condition, facts, NOTHING_DERIVED) is not True
        ),
        None,
    )
    if spec is None or condition is None or condition.name not in _SUMMARY:
        return []
    attribute = attribute_path.removeprefix("partners[].")
    open_places = [index for index, partner in enumerate(case.partners) if getattr(partner, attribute) is None]
    if not open_places:
        return []
    # the choices; for a text, the word it also takes ("niets" brought by one partner makes "every partner brings
    # something" false: a tool builder's probe found it called "samen met andere antwoorden"), and a text of one's
    # own where it is the last answer open (one text can complete "every partner brings something", no more)
    word_answer = _word_answer(attribute_path) if spec.type == "text" else None
    if spec.type in ("bool", "enum"):
        answers: tuple[Any, ...] = tuple(spec.values)
    else:
        answers = (*((word_answer,) if word_answer else ()), *(("A",) if len(open_places) == 1 else ()))
    partners = list(partners_known_and_not(case))
    first = open_places[0]
    summary = _SUMMARY[condition.name]
    for answer in answers:
        partners[first] = case.partners[first].model_copy(update={attribute: answer})
        if condition_holds(condition, {condition.name: summary.compute(facts, partners)}, NOTHING_DERIVED) is True:
            return [f"partners[{index}].{attribute}" for index in open_places]
    return []


def _answers_holding_all(held_up: Sequence[tuple[Condition, list[str]]], facts: Mapping[str, Any]) -> tuple[str, ...]:
    """The facts one answer to which makes several conditions on summaries of the same facts hold at once (the
    six criteria: one criterion answered "complex" leaves each of three counts below the threshold; the long
    property run found it called "samen met andere antwoorden"). Worked out by answering each way; summaries of
    the partners are left out (not alone: their answers are each partner's)."""
    if not all(FACTS[condition.name].computed for condition, _inputs in held_up):
        return ()
    shared = set(held_up[0][1]).intersection(*(inputs for _condition, inputs in held_up[1:]))
    # (what the summaries read, not the whole case: copied once per answer)
    read = {path: facts.get(path) for condition, _inputs in held_up for path in FACTS[condition.name].inputs}
    found = []
    for path in sorted(shared, key=catalogue_place):
        spec = FACTS.get(path)
        if spec is None or spec.type not in ("bool", "enum"):
            continue
        for answer in spec.values:
            trial = {**read, path: answer}
            if all(
                condition_holds(
                    condition, {condition.name: _SUMMARY[condition.name].compute(trial, ())}, NOTHING_DERIVED
                )
                is True
                for condition, _inputs in held_up
            ):
                found.append(path)
                break
    return tuple(found)


_SUMMARY = {summary.path: summary for summary in SUMMARIES}


def _counted_once(inputs: Sequence[str]) -> bool:
    """Whether a count of ``inputs`` moves by one at most with one answer: a count of yes/no or choice facts (the
    criteria, the regional characteristics), not one of partners (how many kinds they are of does not move with
    one partner's kind: the long property run found it called alone) nor of free texts (who holds the roles)."""
    return all(path in FACTS and FACTS[path].type in ("bool", "enum") for path in inputs)


def _one_answer_can_hold(condition: Condition, count: Bounds) -> bool:
    """Whether one answer more about a count's inputs can make ``condition`` hold: each input counts once, so one
    answer takes it one higher at least (``low``) or one lower at most (``high``)."""
    return any(
        condition_holds(condition, {condition.name: low if low == high else Bounds(low, high)}, NOTHING_DERIVED) is True
        for low, high in ((count.low + 1, count.high), (count.low, count.high - 1))
    )


def _waiting_on_conclusions(
    satisfying_values: tuple[tuple[str, frozenset[Any]], ...],
    derived: Mapping[str, set[Any]],
    assessment: Assessment,
    deciding: Mapping[str, tuple[str, ...]],
    *,
    fired: bool = False,
) -> list[str] | None:
    """The unknown facts that decide the conclusions a rule's conditions test, where those are still open for it
    (None: a conclusion can no longer come out as a value the rule needs; see :func:`_satisfying`).

    For a rule that ``fired``, a conclusion that has a value it needs now but can no longer come out so once the
    unknown facts are known (a value that holds only while a fact is unknown: no known factor supports the current
    governance mode) waits for the facts that decide it: their answers take the finding away."""
    waiting: list[str] = []
    for name, values in satisfying_values:
        possible = (
            assessment.possible_values(name)
            if assessment.analysed(name)
            else set(derived.get(name, ())) | _all_values(name)
        )
        satisfying = possible & values
        if not satisfying:
            if fired and set(derived.get(name, ())) & values:
                waiting += deciding.get(name, ())
                continue
            return None
        if len(satisfying) < len(possible) or not derived.get(name):
            waiting += deciding.get(name, ())
    return waiting


def _held_by_conclusions(
    satisfying_values: tuple[tuple[str, frozenset[Any]], ...],
    derived: Mapping[str, set[Any]],
    deciding: Mapping[str, tuple[str, ...]],
    not_known: Collection[str],
) -> frozenset[str]:
    """The questions answered "weet niet" that alone decide a conclusion a rule tests, where that conclusion does not
    have a value the rule needs now: no other answer can make the rule fire before one of them is known. Empty when
    there is none."""
    for name, values in satisfying_values:
        now = derived.get(name)
        if now and now <= values:
            continue  # (it holds now)
        paths = deciding.get(name, ())
        if paths and all(path in not_known for path in paths):
            return frozenset(paths)
    return frozenset()


def _settling(
    satisfying_values: tuple[tuple[str, frozenset[Any]], ...],
    paths: Sequence[str],
    assessment: Assessment,
    derived: Mapping[str, set[Any]],
    *,
    falls_away: bool,
    comes: bool,
) -> list[str]:
    """Of ``paths`` (what the conclusions a rule tests wait for), those an answer to which alone changes whether
    its finding is given: where it is given now (``falls_away``), one answer leaves a conclusion it tests none of
    the values it needs (it is no longer given, or only on a condition); where it is not given, or only on a
    condition, but its conditions on facts hold (``comes``), one answer leaves a conclusion only values it needs
    while the others it tests have one now (it is given, without a condition)."""
    settling: list[str] = []
    for name, values in satisfying_values:
        if not assessment.analysed(name):
            continue
        deciding = assessment.deciding(name)
        others_hold = comes and _holds_now(tuple(item for item in satisfying_values if item[0] != name), derived)
        for path in paths:
            after = deciding.get(path)
            if after is None or path in settling:
                continue
            if any(
                (falls_away and values.isdisjoint(outcomes)) or (others_hold and values.issuperset(outcomes))
                for outcomes in after.values()
            ):
                settling.append(path)
    return settling


def _unsettling(
    satisfying_values: tuple[tuple[str, frozenset[Any]], ...], changers: Mapping[tuple[str, Any], Mapping[str, bool]]
) -> frozenset[str]:
    """The questions an answer to which may give a conclusion these conditions test a value they do not accept
    (see :meth:`Asker._value_changers`): such an answer does not bring a finding by itself, as it may take away
    what the finding needs while it gives the rest."""
    accepted = dict(satisfying_values)
    return frozenset(
        path
        for (name, value), paths in changers.items()
        if name in accepted and value not in accepted[name]
        for path in paths
    )


def _answer_keeps(finding: _FindingRule, path: str, facts: Mapping[str, Any], assessment: Assessment) -> bool:
    """Whether some answer to ``path`` makes the rule's conditions on that fact hold and leaves each conclusion it
    tests only values it accepts, whatever else stays unknown: that answer brings its finding by itself. (The
    rationale "effectiviteit" makes the form an organisation network and brings the advice for one whose type is
    not complex; "kennis" would make it a learning network.)"""
    spec = FACTS.get(path)
    if spec is None or spec.type not in ("bool", "enum"):
        return False
    reading = [
        condition
        for condition in finding.fact_conditions
        if condition.name == path or path in FACTS[condition.name].inputs
    ]
    if any(condition.name != path and condition.name not in _SUMMARY for condition in reading):
        return False  # (a computed fact worked out otherwise than from its inputs alone: not told here)
    for answer in spec.values:
        trial = {**facts, path: answer}
        if any(
            condition_holds(
                condition,
                {condition.name: _SUMMARY[condition.name].compute(trial, ()) if condition.name != path else answer},
                NOTHING_DERIVED,
            )
            is not True
            for condition in reading
        ):
            continue
        given = assessment.given(path, answer)
        if all(
            assessment.analysed(name) and (after := assessment.outcomes(name, given)) and set(after) <= values
            for name, values in finding.satisfying
        ):
            return True
    return False


def _holds_now(satisfying_values: tuple[tuple[str, frozenset[Any]], ...], derived: Mapping[str, set[Any]]) -> bool:
    """Whether each conclusion a rule tests has, as the case stands, a value its conditions accept."""
    return all(not values.isdisjoint(derived.get(name, ())) for name, values in satisfying_values)


def _all_values(name: str) -> set[Any]:
    return set(FIXED_CONCLUSIONS.get(name, ()))


def _unknown_inputs(condition: Condition, facts: Mapping[str, Any]) -> list[str]:
    spec = FACTS[condition.name]
    if not spec.computed:
        return [condition.name]
    value = facts.get(condition.name)
    if value is not None and not isinstance(value, Bounds):
        return []
    return [path for path in spec.inputs if path.startswith("partners") or facts.get(path) is None]


def _asked(paths: Iterable[str], case: Case) -> list[str]:
    """The questions a person answers for these facts: a partner summary becomes a question per partner whose
    answer is missing (and the partner list, while it is empty or leaves out partners the count says it has; the
    count, while it is unknown beside a list)."""
    asked: dict[str, None] = {}  # in order, each once
    for path in paths:
        if not path.startswith("partners[]"):
            asked[path] = None
        elif not case.partners:
            asked["partners"] = None
        else:
            attribute = path.removeprefix("partners[].")
            for index, partner in enumerate(case.partners):
                if getattr(partner, attribute) is None:
                    asked[f"partners[{index}].{attribute}"] = None
            if case.list_may_be_incomplete:
                asked[PARTNER_COUNT] = None  # whether the list leaves partners out
            elif (case.governance.partner_count or 0) > len(case.partners):
                asked["partners"] = None  # the partners the list leaves out
    return list(asked)


def _wait_for_parents(
    impacts: dict[str, _Impact], facts: Mapping[str, Any], information: dict[str, float], not_known: frozenset[str]
) -> dict[str, str | None]:
    """A follow-up waits for its yes/no fact: asked only after "ja"; its reasons (and its weight in the ranking)
    go to that fact meanwhile. A question asked after another waits likewise, and is asked after any answer,
    "weet niet" included (a follow-up is not: it takes the "ja" for granted). A question already answered "weet
    niet" stays where it is: answering the one it waits for changes nothing through it (a policy officer read
    "raakt: governancevorm, via een vervolgvraag" of a question whose follow-up she had answered so, and what-if
    changed nothing). Returns where each question that waits went: the question asked in its place, or None
    where none is (its yes/no fact is "nee")."""
    moved: dict[str, str | None] = {}
    for path, first in _ASKED_AFTER.items():
        if path in impacts and path not in not_known and facts.get(first) is None and first not in not_known:
            if _not_asked(first, facts, not_known):
                continue  # (it waits for a question that is not asked: asked itself)
            impacts.setdefault(first, _Impact()).merge(impacts.pop(path), path)
            information[first] = max(information.get(first, 0.0), information.get(path, 0.0))
            moved[path] = first
    waiting = sorted((path for path in impacts if path in _PARENT), key=_depth, reverse=True)
    while waiting:  # deepest first: a follow-up's reasons climb to the first question that is asked
        path = waiting.pop(0)
        parent = _PARENT[path]
        if facts.get(parent) is True or path not in impacts:
            continue
        if path in not_known and facts.get(parent) is None:
            continue  # (see above)
        impact = impacts.pop(path)
        moved[path] = None
        if facts.get(parent) is None:
            impacts.setdefault(parent, _Impact()).merge(impact, path)
            information[parent] = max(information.get(parent, 0.0), information.get(path, 0.0))
            moved[path] = parent
            if parent in _PARENT and parent not in waiting:
                waiting.append(parent)
    return moved


def _after_their_parents(ranked: list[str], not_known: Collection[str]) -> list[str]:
    """``ranked``, with each question answered "weet niet" that waits for another still listed (it stays, see
    :func:`_wait_for_parents`) moved to right after that one: the goal consensus answered so came third, whether
    there is a common goal seventh (a policy officer's handout)."""
    listed = set(ranked)
    moving = {
        path: first
        for path in ranked
        if path in not_known and (first := _ASKED_AFTER.get(path) or _PARENT.get(path)) in listed
    }
    if not moving:
        return ranked
    out = [path for path in ranked if path not in moving]
    for path in ranked:  # (in rank order: two moved after one parent keep theirs)
        if path in moving:
            parent = moving[path]
            at = out.index(parent) + 1
            while at < len(out) and out[at] in moving and moving[out[at]] == parent:
                at += 1
            out.insert(at, path)
    return out


def _not_asked(path: str, facts: Mapping[str, Any], not_known: Collection[str] = ()) -> bool:
    """Whether ``path`` is a follow-up not asked: a yes/no fact it follows on from is "nee", or was answered "weet
    niet" (not asked again, its follow-ups wait for its "ja": who the end user is, asked after whether the goal
    names one, was never asked once whether there is a common goal was "weet niet", while the advice said the case
    does not say who the user is: a policy officer's consultation)."""
    while path in _PARENT:
        path = _PARENT[path]
        if facts.get(path) is False or (path in not_known and facts.get(path) is None):
            return True
    return False


def _asked_in_place(paths: Iterable[str], moved: Mapping[str, str | None]) -> list[str]:
    """The questions asked for ``paths`` (see :func:`_wait_for_parents`), each once, in order."""
    asked: dict[str, None] = {}
    for path in paths:
        place: str | None = path
        while place is not None and place in moved:
            place = moved[place]
        if place is not None:
            asked[place] = None
    return list(asked)


def _depth(path: str) -> int:
    depth = 0
    while path in _PARENT:
        path = _PARENT[path]
        depth += 1
    return depth


def answer_type(path: str, lang: Language) -> AnswerType:
    """The kind of answer a fact takes, with its choices (built once per fact and language: it is a value)."""
    key = (catalogue_path(path), lang)
    cached = _ANSWER_TYPES.get(key)
    if cached is None:
        cached = _ANSWER_TYPES[key] = _answer_type(path, lang)
    return cached


_ANSWER_TYPES: dict[tuple[str, str], AnswerType] = {}


def _answer_type(path: str, lang: Language) -> AnswerType:
    spec = spec_of(path)
    if spec.type == "bool":
        return AnswerType(
            kind="yes_no", choices=tuple(Choice(value=v, label=value_label(v, lang)) for v in (True, False))
        )
    if spec.type == "enum":
        return AnswerType(
            kind="choice", choices=tuple(Choice(value=v, label=value_label(v, lang)) for v in spec.values)
        )
    if spec.type == "int":
        return AnswerType(kind="number", maximum=spec.maximum, minimum=spec.minimum)
    if spec.type == "partners":
        return AnswerType(kind="partner_list")
    # a name, or nobody; what a partner brings, or nothing: the one answer not a text of one's own, for a form's
    # button (a tool builder found it only in the question's words: "of 'niemand'", "of 'niets'")
    word = _word_answer(path)
    if word is not None:
        return AnswerType(kind="text", choices=(Choice(value=word, label=value_label(word, lang)),))
    return AnswerType(kind="text")


@dataclass(frozen=True, slots=True)
class _CaseWording:
    """Other words for the question of a fact, when the case says something its usual words would ignore or
    contradict (the first that applies is used)."""

    applies: Callable[[Case, Mapping[str, Any], frozenset[str]], bool]
    words: Callable[[Case, Mapping[str, Any]], Text]
    remark: Text | None = None
    """Said after the question while it is asked, not where an answer to it is listed (a policy officer's handout
    listed "… (Of er een gemeenschappelijke doelstelling is, is nog niet bekend.) weet niet" among her answers)."""


def _partners_left_out(case: Case, facts: Mapping[str, Any]) -> Text:
    count = case.governance.partner_count or 0
    named = len(case.partners)
    names = ", ".join(partner.name for partner in case.partners)
    # ("Wie zijn de andere 1?" for one left out: a tool builder; both ask for the others only, as a consultation
    # adds them to the list, and take the list again)
    code = "partner-left-out" if count - named == 1 else "partners-left-out"
    return word(code, named=named, count=count, names=names, missing=count - named)


_WORDED_BY_CASE: Mapping[str, tuple[_CaseWording, ...]] = {
    # the rationale known, the advice already names the form it points to: the form a network has or takes is
    # asked as what it is itself, which may differ (a tester read the question as asking what was settled)
    "state.form": (
        _CaseWording(
            lambda case, facts, not_known: facts.get("challenge.rationale") is not None,
            lambda case, facts: word("form-beside-rationale"),
        ),
    ),
    # goal consensus is defined on the common goal (§4.3); it is asked after "nee" as well (facts.ASKED_AFTER),
    # and then in words that do not take a common goal for granted
    "governance.goal_consensus": (
        _CaseWording(
            lambda case, facts, not_known: facts.get("goal.has_common_goal") is False,
            lambda case, facts: word("goal-consensus-without-common-goal"),
        ),
        # whether there is a common goal is unknown (answered "weet niet", or consensus itself was, and is listed
        # before it): asked in words that do not take one for granted (a policy officer read "de gemeenschappelijke
        # doelstelling" three questions before "Is er een gemeenschappelijke doelstelling?")
        _CaseWording(
            lambda case, facts, not_known: facts.get("goal.has_common_goal") is None,
            lambda case, facts: word("goal-consensus-common-goal-unknown"),
            word("common-goal-not-known-yet"),
        ),
    ),
    # beside a list the count is unknown only when answered so (the list may be incomplete), or asked where the
    # list is taken as the whole network, its number never answered: at least the list
    PARTNER_COUNT: (
        _CaseWording(
            lambda case, facts, not_known: case.list_may_be_incomplete or case.count_taken_from_list,
            lambda case, facts: word("partner-count-beside-list", named=len(case.partners)),
        ),
    ),
    # the partner question is asked of a case with partners only when its count says the list leaves some out
    # (_asked); a consultation's answer adds the names not listed yet (Consultation.answer)
    "partners": (_CaseWording(lambda case, facts, not_known: bool(case.partners), _partners_left_out),),
    # whether all partners agree on the goal (§4.2) beside the level of goal consensus (§4.3) the case gives: two
    # facts a person reads as one question asked twice (a tester did), unless the words tell them apart
    "goal.consensus_reached": (
        _CaseWording(
            lambda case, facts, not_known: facts.get("governance.goal_consensus") is not None,
            lambda case, facts: word(
                "consensus-reached-given-level", level=value_text(facts["governance.goal_consensus"])
            ),
        ),
        # and beside the level answered "weet niet": asked right after it, it read as the same question (a policy
        # officer)
        _CaseWording(
            lambda case, facts, not_known: "governance.goal_consensus" in not_known,
            lambda case, facts: word("consensus-reached-beside-level-unknown"),
        ),
    ),
    # the policy domain beside the theme the case names in its own words ("zorg"): a policy officer's handout asked
    # the domain as if the case had said nothing of it
    "challenge.domain": (
        _CaseWording(
            lambda case, facts, not_known: bool((case.challenge.theme or "").strip()),
            lambda case, facts: word("domain-given-theme", theme=" ".join((case.challenge.theme or "").split())),
        ),
    ),
    "goal.has_common_goal": (
        # the case gives a statement (a follow-up of this fact) without saying that the goal is a common one
        _CaseWording(
            lambda case, facts, not_known: facts.get("goal.statement") is not None,
            lambda case, facts: word(
                "common-goal-given-statement", statement=str(facts["goal.statement"]).strip().rstrip(".")
            ),
        ),
        # goal consensus is defined on the common goal (§4.3): a case that gives it is asked as one that may have it
        _CaseWording(
            lambda case, facts, not_known: facts.get("governance.goal_consensus") is not None,
            lambda case, facts: word(
                "common-goal-given-consensus", level=value_text(facts["governance.goal_consensus"])
            ),
        ),
    ),
}
"""Per fact, the words its question takes given what the case says (see :class:`_CaseWording`)."""


def _question(
    asker: Asker,
    path: str,
    impact: _Impact,
    rank: int,
    case: Case,
    facts: Mapping[str, Any],
    lang: Language,
    not_known: frozenset[str],
) -> Question:
    _usual, answer, _place, follows, asked_with = _question_of(path, lang)
    question, partner = _words_asked(path, case, facts, lang, not_known)
    if path == PARTNER_COUNT and case.partners:  # at least the partners listed, as its words say ("dus minstens 5")
        answer = AnswerType.trusted(kind="number", maximum=answer.maximum, minimum=len(case.partners))
    return Question.trusted(
        fact=path,
        question=question,
        answer=answer,
        changes=asker.changes(impact, lang),
        rank=rank,
        follows=follows,
        partner=partner,
        asked_with=asked_with,
        # (the list itself, "weet niet" with no partner named, as a case file says it; not the rest of a list: a case
        # file cannot say that "weet niet", and advice read back from one must be the advice a consultation gave;
        # Consultation.not_known has it)
        answered_not_known=path in not_known and not (path == "partners" and case.partners),
    )


def _words_asked(
    path: str, case: Case, facts: Mapping[str, Any], lang: Language, not_known: frozenset[str]
) -> tuple[str, str | None]:
    """The question of ``path`` in the words it is asked in (the partner's name in it), and that partner."""
    usual, _answer, place, _follows, _asked_with = _question_of(path, lang)
    partner = None if place is None else case.partners[place].name
    question = _worded_by_case(path, case, facts, not_known, lang) or usual
    if partner is not None:
        question = word("for-partner", question=question, partner=partner).pick(lang)
    return question, partner


def _held_questions(
    held: Mapping[str, tuple[set[str], set[str]]],
    impacts: Mapping[str, _Impact],
    finding_order: Mapping[str, int],
    case: Case,
    facts: Mapping[str, Any],
    lang: Language,
    not_known: frozenset[str],
) -> list[HeldQuestion]:
    """The questions of ``held`` (what a finding waits for beside a fact answered "weet niet" that alone keeps it
    away) that are not asked for anything else: each as it would be asked, a follow-up as its yes/no question (asked
    first), in the catalogue's order."""
    found: dict[str, tuple[set[str], set[str]]] = {}
    for path, (by_facts, for_rules) in held.items():
        if path in not_known or _not_asked(path, facts, not_known):
            continue  # (answered "weet niet" itself, or a follow-up whose yes/no question is "nee")
        place = path
        while place in _PARENT and facts.get(_PARENT[place]) is not True:
            place = _PARENT[place]
        first = _ASKED_AFTER.get(place)
        if first is not None and facts.get(first) is None and first not in not_known:
            place = first
        if place in impacts or place in not_known:
            continue  # asked already, for what else it can change
        facts_there, rules_there = found.setdefault(place, (set(), set()))
        facts_there.update(by_facts)
        rules_there.update(for_rules)
    questions = []
    for path in sorted(found, key=catalogue_place):
        by_facts, for_rules = found[path]
        question, partner = _words_asked(path, case, facts, lang, not_known)
        questions.append(
            HeldQuestion.trusted(
                fact=path,
                question=question,
                partner=partner,
                held_by=sorted(by_facts, key=catalogue_place),
                findings=sorted(for_rules, key=finding_order.__getitem__),
            )
        )
    return questions


def _worded_by_case(
    path: str, case: Case, facts: Mapping[str, Any], not_known: frozenset[str], lang: Language, *, asked: bool = True
) -> str | None:
    """The words the question of ``path`` takes given what the case says (see :data:`_WORDED_BY_CASE`), with its
    remark while it is ``asked``, or None for its usual words."""
    for wording in _WORDED_BY_CASE.get(path, ()):
        if wording.applies(case, facts, not_known):
            words = wording.words(case, facts).pick(lang)
            return f"{words} {wording.remark.pick(lang)}" if asked and wording.remark is not None else words
    return None


def question_as_asked(
    path: str, case: Case, facts: Mapping[str, Any], not_known: frozenset[str], lang: Language
) -> str:
    """The question of the fact ``path`` in the words it is asked in, given what ``case`` says (its facts, and
    those it answers "weet niet"): what a list of the answers a case gives says was answered. (The handout said
    "In welke mate streeft elke partner de gemeenschappelijke doelstelling na?" of the question asked while the
    common goal was unknown: a policy officer did not recognise her own answer.)"""
    return _worded_by_case(path, case, facts, not_known, lang, asked=False) or spec_of(path).question(lang)


@functools.lru_cache(maxsize=4096)  # (a path per fact, and per partner's answer)
def _question_of(path: str, lang: Language) -> tuple[str, AnswerType, int | None, str | None, str | None]:
    """What the question of ``path`` is whatever the case says: its usual words, its answer type, the place of
    the partner it asks about, the question it follows, and the group a report asks it in."""
    place = partner_answer(path)
    return (
        spec_of(path).question(lang),
        answer_type(path, lang),
        None if place is None else place[0],
        _PARENT.get(path),
        _ASKED_WITH.get(catalogue_path(path)),
    )


def asked_with(path: str) -> str | None:
    """The group a report asks the question of ``path`` in (see :attr:`Question.asked_with`), or None."""
    return _ASKED_WITH.get(catalogue_path(path))


_ASKED_WITH = {
    path: next((prefix.rstrip(".") for prefix in QUESTION_GROUPS if path.startswith(prefix)), None) for path in FACTS
} | {path: path for path in PARTNER_FACTS if path.startswith("partners[].")}
"""Per catalogue path, the group a report asks its question in (see :attr:`Question.asked_with`): the prefixes
of :data:`messages.QUESTION_GROUPS`, and each partner's answer with the other partners'."""
