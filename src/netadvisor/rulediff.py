"""The impact of an edit of the rules: two rule bases over a corpus of cases, and what changes for each case.

The corpus is the example cases (``examples/``), the cases the Dutch scenarios build (``features/``), every
rule's examples, a folder of one's own cases, and cases generated around the facts the changed rules use
(bounded in number, from a fixed seed, so the same edit gives the same report). For each case the conclusions
(value and certainty), findings and first questions of both rule bases are compared; each case that changes is
attributed to the changed rules involved in it. :func:`compare_rulebases` returns data; :mod:`diffreport` puts
it in words (text, Markdown); JSON is the data itself.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import subprocess
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .advice import Advice, Conclusion, possible_outcomes
from .advisor import Advisor
from .analysis import conditions_text
from .case import parse_case
from .casefile import read_case_file
from .errors import CaseError, NetadvisorError
from .facts import FACTS, INPUTS
from .loader import Source, load_sources
from .outcomes import Table, Variable
from .render import first_questions
from .rulebase import Condition, PolicyValue, Rule, RuleBase
from .ruletests import shown_path
from .text import Text
from .vocabulary import FIXED_CONCLUSIONS
from .wording import assumption

Source_ = Literal["example", "scenario", "rule-example", "own", "generated"]
SOURCES: tuple[Source_, ...] = ("example", "scenario", "rule-example", "own", "generated")
GENERATED = 200
"""How many cases are generated around the changed facts, by default."""
SEED = 1
"""The seed of the generated cases, by default: the same edit gives the same cases and the same report."""


class _Data(BaseModel):
    model_config = ConfigDict(frozen=True)


class RuleEdit(_Data):
    """A rule added, removed or changed, and what changed in it."""

    rule_id: str
    kind: Literal["added", "removed", "changed"]
    aspects: list[
        Literal[
            "conditions",
            "policy",
            "conclusion",
            "title",
            "message",
            "severity",
            "doubts",
            "priority",
            "examples",
            "other",
        ]
    ] = Field(default_factory=list, description="What changed in a changed rule")
    file: str
    line: int
    title_before: Text | None = Field(default=None, description="The rule's title before, when the title changed")
    title_after: Text | None = Field(default=None, description="The rule's title after")
    conditions_before: Text | None = Field(
        default=None, description="The rule's conditions before, in words, when its conditions changed"
    )
    conditions_after: Text | None = Field(default=None, description="The rule's conditions after, in words")
    severity_before: Literal["warning", "advice", "info"] | None = Field(
        default=None, description="The finding's severity before, when it changed"
    )
    severity_after: Literal["warning", "advice", "info"] | None = Field(
        default=None, description="The finding's severity after"
    )
    message_before: Text | None = Field(
        default=None, description="The finding's message before, in both languages, when the message changed"
    )
    message_after: Text | None = Field(default=None, description="The finding's message after")


class PolicyEdit(_Data):
    """A policy value whose value changed, was added or removed, with the rules that use it."""

    name: str
    old: bool | int | str | None
    new: bool | int | str | None
    rules: list[str]
    decisions: list[str] = Field(
        default_factory=list, description="The decisions by support whose minimum support it is (governance_mode)"
    )


class OutcomeChange(_Data):
    """A conclusion of a case that comes out otherwise: its value or how certain it is."""

    conclusion: str
    before: str | None
    after: str | None
    certainty_before: str | None
    certainty_after: str | None
    outcomes_before: list[str | None] = Field(
        default_factory=list,
        description="For a conclusion that was open: the values it could still come out as (null: none)",
    )
    outcomes_after: list[str | None] = Field(
        default_factory=list, description="For a conclusion that is open after the edit: the same"
    )
    conflict_before: list[str] = Field(
        default_factory=list, description="Where it had no value as its rules concluded different values: those"
    )
    conflict_after: list[str] = Field(default_factory=list, description="The same after the edit")


class SentenceChange(_Data):
    """A fixed conclusion's sentence before and after a rule edit, its value and certainty the same."""

    conclusion: str
    before: Text
    after: Text


class SeverityChange(_Data):
    """A finding a case gets before and after a rule edit, with another severity (an advice that becomes
    information leaves "Wat te doen" for a line at the end of the report)."""

    rule_id: str
    before: Literal["warning", "advice", "info"]
    after: Literal["warning", "advice", "info"]


class CaseImpact(_Data):
    """One case whose advice changes, and how."""

    case: str = Field(description="The case: a file, a scenario, a rule's example, or 'gegenereerd N'")
    source: Source_
    rules: list[str] = Field(
        description="The changed rules involved in this case (fired before or after), or "
        "empty when the change reaches it otherwise"
    )
    conclusions: list[OutcomeChange] = Field(default_factory=list)
    findings_added: list[str] = Field(default_factory=list)
    findings_removed: list[str] = Field(default_factory=list)
    on_condition: dict[str, Text] = Field(
        default_factory=dict,
        description="For each rule of findings_added, findings_removed and findings_reworded whose finding is "
        "given only on a condition (after; before for one removed): that condition, as the advice says it ('als "
        "dit een organisatienetwerk is'). A policy officer read a finding added for shared service centres only on "
        "that condition as added to them",
    )
    findings_reworded: list[str] = Field(default_factory=list, description="The same rule, another message")
    severity_changed: list[SeverityChange] = Field(
        default_factory=list, description="The same rule's finding, given before and after, with another severity"
    )
    conclusions_reworded: list[str] = Field(
        default_factory=list,
        description="The fixed conclusions whose sentence changes while their value, certainty and possible "
        "outcomes stay ('gesteund door alle 4 factoren' becomes 'door 3 van de 4')",
    )
    outcomes_changed: list[str] = Field(
        default_factory=list,
        description="The fixed conclusions whose possible outcomes change while their value and certainty stay "
        "(still open, but a NAO possible where a self-governing network was): not a mere rewording",
    )
    doubts_changed: list[str] = Field(
        default_factory=list, description="The conclusions whose findings in doubt of them changed (doubted_by)"
    )
    started_firing: list[str] = Field(
        default_factory=list,
        description="The changed rules that fire for this case now and did not before (on the case itself: not "
        "those whose finding it is given only on a condition, see on_condition)",
    )
    stopped_firing: list[str] = Field(
        default_factory=list, description="The changed rules that fired for this case before and do not now"
    )
    questions_before: list[str] = Field(default_factory=list, description="The first questions before, if they change")
    questions_after: list[str] = Field(default_factory=list)
    sentences_reworded: list[SentenceChange] = Field(
        default_factory=list,
        description="For each of conclusions_reworded and outcomes_changed, its sentence before and after, in "
        "both languages (a policy officer who saw 'anders verwoord' had to run the advice twice to see how)",
    )
    data: dict[str, Any] | None = Field(
        default=None, description="The case itself, for a generated case or a rule's example"
    )


class CorpusSummary(_Data):
    """How many cases of each kind were compared, and how the generated ones were made."""

    counts: dict[str, int]
    generated_from: int = Field(description="How many variations there were to choose the generated cases from")
    seed: int
    skipped: list[str] = Field(default_factory=list, description="Cases that could not be read, and why")


class GivenValue(_Data):
    """One thing a conclusion's rules read, and its value in a combination."""

    name: str = Field(description="A fact's path, or a conclusion's name")
    value: bool | int | str | None = Field(description="Its value (a conclusion's: None for no value)")
    numbers: tuple[int, int] | None = Field(
        default=None, description="For a number: the whole numbers the value stands for (its class)"
    )


class CombinationChange(_Data):
    """A combination of what a conclusion's rules read (every fact known) that comes out otherwise."""

    given: list[GivenValue]
    before: str | None
    after: str | None
    conflict_before: list[str] = Field(
        default_factory=list,
        description="Where 'before' is null as rules concluded different values (a conflict): those values",
    )
    conflict_after: list[str] = Field(
        default_factory=list, description="The same after the edit: a conflict the edit brings, or takes away"
    )


class TableChange(_Data):
    """A fixed conclusion over every combination of what its rules read, every fact known: those that come out
    otherwise after the edit. Exhaustive, where the cases are a sample (a policy officer's edit changed the
    governance mode of some combinations that none of the cases compared had)."""

    conclusion: str
    combinations: int = Field(description="How many combinations there are")
    changed: list[CombinationChange] = Field(description="Every combination that comes out otherwise")


class RuleBaseDiff(_Data):
    """What an edit of the rules changes: in the rules, and in the advice for every case of the corpus."""

    old: str = Field(description="The old rules: where they come from, and their version")
    new: str
    rules: list[RuleEdit]
    policies: list[PolicyEdit]
    corpus: CorpusSummary
    cases: list[CaseImpact]
    tables: list[TableChange] | None = Field(
        default=None,
        description="For each fixed conclusion both rule bases work out (every combination of what its rules read, "
        "every fact known): what comes out otherwise. None where nothing in the rules changed",
    )

    @property
    def changed(self) -> bool:
        """Whether the advice of any case changes."""
        return bool(self.cases)


# --------------------------------------------------------------------------- what changed in the rules


def _condition_key(condition: Condition, with_operand: bool) -> tuple[Any, ...]:
    return (
        condition.subject,
        condition.name,
        condition.operator,
        condition.policy,
        condition.operand if with_operand or condition.policy is None else None,
    )


def rule_edits(old: RuleBase, new: RuleBase) -> list[RuleEdit]:
    """Every rule added, removed or changed from ``old`` to ``new``, in the order of the new rule base."""
    before = {rule.id: rule for rule in old.rules}
    after = {rule.id: rule for rule in new.rules}
    edits = []
    for rule in new.rules:
        if rule.id not in before:
            edits.append(RuleEdit(rule_id=rule.id, kind="added", file=rule.file, line=rule.line))
            continue
        aspects = _aspects(before[rule.id], rule)
        if aspects:
            old_finding = before[rule.id].finding
            reworded = "message" in aspects and old_finding is not None and rule.finding is not None
            retitled = "title" in aspects
            # (a policy officer read "gewijzigd: voorwaarden" and "gewijzigd: ernst" without what they were and are)
            conditioned = "conditions" in aspects
            weighed = "severity" in aspects and old_finding is not None and rule.finding is not None
            edits.append(
                RuleEdit(
                    rule_id=rule.id,
                    kind="changed",
                    aspects=aspects,
                    file=rule.file,
                    line=rule.line,
                    title_before=before[rule.id].title if retitled else None,
                    title_after=rule.title if retitled else None,
                    conditions_before=conditions_text(before[rule.id].conditions, with_line=False, labelled=True)
                    if conditioned
                    else None,
                    conditions_after=conditions_text(rule.conditions, with_line=False, labelled=True)
                    if conditioned
                    else None,
                    severity_before=old_finding.severity if weighed and old_finding else None,
                    severity_after=rule.finding.severity if weighed and rule.finding else None,
                    message_before=old_finding.message if reworded and old_finding else None,
                    message_after=rule.finding.message if reworded and rule.finding else None,
                )
            )
    edits += [
        RuleEdit(rule_id=rule.id, kind="removed", file=rule.file, line=rule.line)
        for rule in old.rules
        if rule.id not in after
    ]
    return edits


def _message_written(rule: Rule) -> Text | None:
    """A rule's message as its file writes it (policy values unfilled), or None without a finding."""
    if rule.finding is None:
        return None
    return rule.finding.written or rule.finding.message


def _aspects(old: Rule, new: Rule) -> list[Any]:
    aspects: list[Any] = []
    if [_condition_key(c, False) for c in old.conditions] != [_condition_key(c, False) for c in new.conditions]:
        aspects.append("conditions")
    elif [_condition_key(c, True) for c in old.conditions] != [_condition_key(c, True) for c in new.conditions]:
        aspects.append("policy")  # the same conditions, a policy value they read changed
    if (old.concludes, old.supports) != (new.concludes, new.supports):
        aspects.append("conclusion")
    # (apart: a policy officer retitled a rule and read "gewijzigd: boodschap" over two equal messages)
    if old.title != new.title:
        aspects.append("title")
    if _message_written(old) != _message_written(new):
        aspects.append("message")
    elif (old.finding and old.finding.message) != (new.finding and new.finding.message) and "policy" not in aspects:
        # the same words, a policy value they name changed ("de grenzen 7 en 16"): a rule-editing trial read
        # "gewijzigd: boodschap" of a rule whose file it had not touched
        aspects.append("policy")
    if (old.finding and old.finding.severity) != (new.finding and new.finding.severity):
        aspects.append("severity")
    if (old.finding and old.finding.doubts) != (new.finding and new.finding.doubts):
        aspects.append("doubts")  # what it puts in doubt: the conclusion's sentence says so
    if old.priority != new.priority:
        aspects.append("priority")
    if (old.examples_fire, old.examples_silent) != (new.examples_fire, new.examples_silent):
        aspects.append("examples")
    if not aspects and (old.sections, old.heuristics, old.source, old.quote, old.basis, old.not_with, old.accepted) != (
        new.sections,
        new.heuristics,
        new.source,
        new.quote,
        new.basis,
        new.not_with,
        new.accepted,
    ):
        aspects.append("other")
    return aspects


def policy_edits(old: RuleBase, new: RuleBase) -> list[PolicyEdit]:
    """Every policy value whose value differs (or that exists in one rule base only)."""
    edits = []
    for name in dict.fromkeys([*new.policies, *old.policies]):
        before: PolicyValue | None = old.policies.get(name)
        after: PolicyValue | None = new.policies.get(name)
        if before is not None and after is not None and before.value == after.value:
            continue
        # (its conditions or its message: a rule-editing trial found GOV-current-unsupported, whose message names
        # the limit, left out of "gebruikt door")
        users = [
            rule.id
            for rule in (new if after is not None else old).rules
            if any(condition.policy == name for condition in rule.conditions)
            or (rule.finding is not None and name in rule.finding.policies)
        ]
        # (and the decisions whose threshold it is: governance_min_steun was said to be used by nothing)
        deciding = [
            decision.conclusion
            for decision in (new if after is not None else old).decisions.values()
            if decision.policy == name
        ]
        edits.append(
            PolicyEdit(
                name=name,
                old=before.value if before else None,
                new=after.value if after else None,
                rules=users,
                decisions=deciding,
            )
        )
    return edits


# --------------------------------------------------------------------------- the corpus


class CorpusCase(_Data):
    """One case to compare both rule bases on: a name a person recognises, where it comes from, the case."""

    name: str
    source: Source_
    case: dict[str, Any]
    not_known: list[str] = Field(default_factory=list)
    """The facts the case answers "weet niet" (see :func:`~netadvisor.read_case_file`): advised as a file is."""


class Corpus(_Data):
    """The cases to compare on, and what was left out."""

    cases: list[CorpusCase]
    generated_from: int = 0
    seed: int = SEED
    skipped: list[str] = Field(default_factory=list)


def case_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.suffix in (".yaml", ".yml", ".json") and path.is_file())


def build_corpus(
    old: RuleBase,
    new: RuleBase,
    *,
    examples: Path | None = None,
    features: Path | None = None,
    steps: Path | None = None,
    rules: Path | None = None,
    own: Path | None = None,
    generate: int = GENERATED,
    seed: int = SEED,
) -> Corpus:
    """The cases :func:`compare_rulebases` compares on.

    Args:
        examples: a folder of example cases (``examples/``); their ``verwacht:`` block is left out.
        features: a folder of Dutch scenarios, with ``steps`` (``tests/steps_nl.py``) and the new ``rules`` (a path):
            the cases they build are collected in a child pytest (whether the scenarios pass does not matter here).
        own: a folder of one's own case files.
        generate: how many cases to generate around the facts the changed rules use (0: none).
        seed: the seed of the generated cases.
    """
    cases: list[CorpusCase] = []
    skipped: list[str] = []
    for folder, source in ((examples, "example"), (own, "own")):
        if folder is None:
            continue
        for path in case_files(folder):
            try:
                case, not_known = read_case_file(path)
            except CaseError as error:
                skipped.append(f"{path}: {error.problems[0].message_in('nl')}" if error.problems else str(path))
                continue
            cases.append(
                CorpusCase(
                    name=shown_path(path),
                    source=source,  # type: ignore[arg-type]
                    # as the file gives it: an explicit "weet niet" (None) stays (exclude_defaults dropped it, and
                    # a count left unknown beside a partner list came back as the list's length)
                    case=case.model_dump(mode="json", exclude_unset=True),
                    not_known=sorted(not_known),
                )
            )
    if features is not None and steps is not None and rules is not None:
        cases += _scenario_cases(features, steps, rules, skipped)
    rule_examples: dict[str, list[dict[str, Any]]] = {}
    for rulebase in (old, new):
        for rule in rulebase.rules:
            for kind, examples_of_kind in (("fires", rule.examples_fire), ("silent", rule.examples_silent)):
                for position, example in enumerate(examples_of_kind, 1):
                    found = rule_examples.setdefault(f"{rule.id}: voorbeeld {position} onder {kind}", [])
                    if dict(example) not in found:
                        found.append(dict(example))
    for name, versions in rule_examples.items():
        # named as netadvisor test names it; an example whose values follow a changed policy value differs
        # between the two rule bases: each version is compared, and said to be the old or the new one
        for version, example in enumerate(versions):
            shown = name if len(versions) == 1 else f"{name} ({'oude' if version == 0 else 'nieuwe'} regels)"
            cases.append(CorpusCase(name=shown, source="rule-example", case=example))
    cases = _unique(cases)
    generated, possible = _generated(old, new, cases, generate, seed)
    return Corpus(cases=_unique([*cases, *generated]), generated_from=possible, seed=seed, skipped=skipped)


def _unique(cases: Iterable[CorpusCase]) -> list[CorpusCase]:
    """Each case once (its facts and its "weet niet" answers), under every name it came with, joined by " | ": a
    policy officer missed a failing scenario whose case an earlier one builds too, as only the first was named."""
    seen: dict[str, CorpusCase] = {}
    for case in cases:
        key = json.dumps([case.case, sorted(case.not_known)], sort_keys=True, default=str)
        first = seen.setdefault(key, case)
        if first is not case and case.name not in first.name.split(" | "):
            seen[key] = first.model_copy(update={"name": f"{first.name} | {case.name}"})
    return list(seen.values())


def _scenario_cases(features: Path, steps: Path, rules: Path, skipped: list[str]) -> list[CorpusCase]:
    from .scenariotests import ScenariosUnavailable, row_line, run_scenarios

    try:
        records = run_scenarios(features, steps, rules)
    except ScenariosUnavailable as error:
        skipped.append(f"{features}: {error}")
        return []
    out = []
    rows: dict[str, dict[tuple[int, tuple[str, ...]], int]] = {}
    for record in records:
        if isinstance(record.get("case"), dict):
            row = f" ({', '.join(map(str, record['row'].values()))})" if record.get("row") else ""
            line = row_line(record, rows) or record.get("line", 0)  # (an example row at its own line, as test says)
            name = f"{shown_path(record.get('file', '?'))}:{line} {record.get('scenario', '')}{row}"
            out.append(CorpusCase(name=name, source="scenario", case=record["case"]))
    return out


# --------------------------------------------------------------------------- generated cases


def edited_rules(edits: Sequence[RuleEdit], policies: Sequence[PolicyEdit]) -> set[str]:
    """The rules whose change can change an advice: not a rule whose examples alone changed (a policy value its
    examples name, say)."""
    return {edit.rule_id for edit in edits if set(edit.aspects) != {"examples"}} | {
        rule for edit in policies for rule in edit.rules
    }


def changed_facts(old: RuleBase, new: RuleBase) -> list[str]:
    """The facts a person states that the changed rules read (directly, or through a count of them)."""
    edited = edited_rules(rule_edits(old, new), policy_edits(old, new))
    facts: dict[str, None] = {}
    for rulebase in (old, new):
        for rule in rulebase.rules:
            if rule.id in edited:
                for name in rule.facts_used:
                    facts.update(dict.fromkeys(path for path in INPUTS[name] if path in FACTS))
    return list(facts)


def _domain(path: str, old: RuleBase, new: RuleBase) -> list[Any]:
    """The values worth trying for a fact: every answer (and unknown); for a number, each threshold the rules
    compare it with, and one on either side."""
    spec = FACTS[path]
    if spec.type in ("bool", "enum"):
        return [*spec.values, None]
    if spec.type == "int":
        points = {0}
        for rulebase in (old, new):
            for rule in rulebase.rules:
                for condition in rule.conditions:
                    if condition.subject == "fact" and condition.name == path:
                        values = condition.operand if isinstance(condition.operand, tuple) else (condition.operand,)
                        points.update(
                            point
                            for value in values
                            if isinstance(value, int) and not isinstance(value, bool)
                            for point in (value - 1, value, value + 1)
                            if point >= 0
                        )
        upper = spec.maximum
        return [*sorted(point for point in points if upper is None or point <= upper), None]
    return ["A", None]  # text: someone, or unknown (a role held by A)


def _generated(
    old: RuleBase, new: RuleBase, corpus: Sequence[CorpusCase], count: int, seed: int
) -> tuple[list[CorpusCase], int]:
    """Up to ``count`` cases: a case of the corpus (or the empty case) with one or two changed facts set to a value
    worth trying. Returns them and how many such variations there were to choose from."""
    facts = changed_facts(old, new)
    if count <= 0 or not facts:
        return [], 0
    bases = [{}, *(case.case for case in corpus)]
    domains = {path: _domain(path, old, new) for path in facts}
    singles = [(path, value) for path in facts for value in domains[path]]
    possible = len(bases) * len(singles) * (1 + len(singles))
    rng = random.Random(seed)  # noqa: S311 - reproducible cases from a seed, not a secret
    out: list[CorpusCase] = []
    seen = {json.dumps(case.case, sort_keys=True, default=str) for case in corpus}  # new cases only
    # first, for each edited rule, a few cases where each of its conditions on a fact a person states holds: one
    # or two changed facts rarely make a rule of three conditions fire (a policy officer's new rule fired in none
    # of 200, and diff showed only its own example)
    firing = _firing_changes(old, new, domains)
    attempts = 0
    while len(out) < count and attempts < count * 20:
        attempts += 1
        base = rng.choice(bases)
        if firing and len(out) < min(count // 4, FIRING_PER_RULE * len(firing)):
            choices = firing[len(out) % len(firing)]
            changes = {path: rng.choice(values) for path, values in choices.items()}
        else:
            changes = dict(rng.sample(singles, k=min(len(singles), rng.choice((1, 2)))))
        case = _with(base, changes)
        key = json.dumps(case, sort_keys=True, default=str)
        if key in seen:
            continue
        seen.add(key)
        try:
            parse_case(case)
        except CaseError:  # a count below the partner list, say: not a case
            continue
        out.append(CorpusCase(name=f"gegenereerd {len(out) + 1}", source="generated", case=case))
    return out, possible


FIRING_PER_RULE = 5
"""Generated cases per edited rule in which each of its conditions on a fact a person states holds."""


def _firing_changes(old: RuleBase, new: RuleBase, domains: Mapping[str, list[Any]]) -> list[dict[str, list[Any]]]:
    """For each edited rule of ``new``, per fact a person states that a condition of it reads: the values of
    ``domains`` that make that condition hold (a rule with a condition no such value meets is left out)."""
    from .evaluator import NOTHING_DERIVED, condition_holds  # (the evaluator reads the rule base's modules)

    edited = edited_rules(rule_edits(old, new), policy_edits(old, new))
    found = []
    for rule in new.rules:
        if rule.id not in edited:
            continue
        holding: dict[str, list[Any]] = {}
        for condition in rule.conditions:
            if condition.subject != "fact" or condition.name not in domains:
                continue  # (a conclusion, or a count: the base case gives it)
            values = [
                value
                for value in domains[condition.name]
                if value is not None and condition_holds(condition, {condition.name: value}, NOTHING_DERIVED)
            ]
            if not values:
                break
            values = [value for value in values if value in holding.get(condition.name, values)]
            holding[condition.name] = values
        else:
            if holding and all(holding.values()):
                found.append(holding)
    return found


def _with(base: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` with each fact path set (None: left out, unknown)."""
    case: dict[str, Any] = json.loads(json.dumps(base, default=str))
    for path, value in changes.items():
        node = case
        *parents, leaf = path.split(".")
        for part in parents:
            child = node.get(part)
            if not isinstance(child, dict):
                child = node[part] = {}
            node = child
        if value is None:
            node.pop(leaf, None)
        else:
            node[leaf] = value
    return case


# --------------------------------------------------------------------------- the comparison


def compare_rulebases(
    old: RuleBase,
    new: RuleBase,
    corpus: Corpus | Sequence[CorpusCase] | None = None,
    *,
    old_name: str = "",
    new_name: str = "",
    engine: str = "evaluator",
) -> RuleBaseDiff:
    """What changes from ``old`` to ``new``: in the rules, and in the advice for every case of ``corpus``.

    Args:
        corpus: the cases to compare on; by default every rule's examples and cases generated around the changed
            facts (:func:`build_corpus` adds example cases, scenarios and one's own cases).
        old_name, new_name: where each rule base comes from, as the report names it.
        engine: the engine that fires the rules (the evaluator by default: the same advice, faster to start).
    """
    if corpus is None:
        corpus = build_corpus(old, new)
    if not isinstance(corpus, Corpus):
        corpus = Corpus(cases=list(corpus))
    edits = rule_edits(old, new)
    policies = policy_edits(old, new)
    edited = edited_rules(edits, policies)
    reads: dict[str, set[str]] = {}
    leads: dict[str, set[str]] = {}
    for rulebase in (old, new):
        for rule in rulebase.rules:
            if rule.id in edited:
                reads.setdefault(rule.id, set()).update(
                    path for name in rule.facts_used for path in (name, *INPUTS[name])
                )
                leads.setdefault(rule.id, set()).update(name for name, _value in (*rule.concludes, *rule.supports))
    before, after = Advisor(old, engine=engine), Advisor(new, engine=engine)  # type: ignore[arg-type]
    impacts = []
    for item in corpus.cases:
        old_advice = before.advise(item.case, not_known=item.not_known)
        new_advice = after.advise(item.case, not_known=item.not_known)
        impact = _impact(item, old_advice, new_advice, reads, leads)
        if impact is not None:
            if impact.conclusions_reworded or impact.outcomes_changed:  # (few cases: English made for them alone)
                old_en = before.advise(item.case, lang="en", not_known=item.not_known)
                new_en = after.advise(item.case, lang="en", not_known=item.not_known)
                sentences = [
                    SentenceChange(
                        conclusion=name,
                        before=Text(old_advice.conclusions[name].sentence, old_en.conclusions[name].sentence),
                        after=Text(new_advice.conclusions[name].sentence, new_en.conclusions[name].sentence),
                    )
                    for name in [*impact.outcomes_changed, *impact.conclusions_reworded]
                ]
                impact = impact.model_copy(update={"sentences_reworded": sentences})
            impacts.append(impact)
    counts: dict[str, int] = {source: sum(1 for item in corpus.cases if item.source == source) for source in SOURCES}
    tables = table_changes(old, new) if edits or policies else None
    return RuleBaseDiff(
        old=f"{old_name or _files_named(old.files)} ({old.version})",
        new=f"{new_name or _files_named(new.files)} ({new.version})",
        rules=edits,
        policies=policies,
        corpus=CorpusSummary(
            counts=counts, generated_from=corpus.generated_from, seed=corpus.seed, skipped=corpus.skipped
        ),
        cases=impacts,
        tables=tables,
    )


def table_changes(old: RuleBase, new: RuleBase) -> list[TableChange]:
    """Each fixed conclusion both rule bases work out, over every combination of what its rules read in either
    (every fact known; a number by the classes the thresholds of both cut): those where it comes out otherwise,
    each given. A conclusion whose combinations all come out the same is left out."""
    from .outcomes import OutcomeModel

    before, after = OutcomeModel(old).tables, OutcomeModel(new).tables
    changes = []
    for name in FIXED_CONCLUSIONS:
        table_a, table_b = before.get(name), after.get(name)
        if table_a is None or table_b is None:
            continue
        domains = _domains(table_a, table_b)
        combinations = 0
        changed: list[CombinationChange] = []
        for combination in itertools.product(*domains):
            rows_a, rows_b = table_a.everything, table_b.everything
            for _given, mask_a, mask_b in combination:
                rows_a &= mask_a
                rows_b &= mask_b
            if not rows_a or not rows_b:
                continue  # (a value of a conclusion it reads that one of the two cannot derive)
            combinations += 1
            (value_a, conflict_a), (value_b, conflict_b) = _resolved(table_a, rows_a), _resolved(table_b, rows_b)
            # (no value is not always the same: a threshold lowered to 3 of 6 criteria made "no type with enough
            # criteria" a conflict of complex and simple, which a rule-editing trial found called unchanged)
            if (value_a, conflict_a) != (value_b, conflict_b):
                given = [given for given, _a, _b in combination]
                changed.append(
                    CombinationChange(
                        given=given,
                        before=value_a,
                        after=value_b,
                        conflict_before=conflict_a,
                        conflict_after=conflict_b,
                    )
                )
        if changed:
            changes.append(TableChange(conclusion=name, combinations=combinations, changed=changed))
    return changes


def _domains(table_a: Table, table_b: Table) -> list[list[tuple[GivenValue, int, int]]]:
    """For each variable of either table, each value it takes, with the rows of each table that have it."""
    variables_a = {variable.name: variable for variable in table_a.variables}
    variables_b = {variable.name: variable for variable in table_b.variables}
    domains = []
    for name in dict.fromkeys([*variables_a, *variables_b]):
        a, b = variables_a.get(name), variables_b.get(name)
        either = a if a is not None else b
        assert either is not None
        if either.intervals or (b is not None and b.intervals):
            # the classes both cut: every start of a class in either
            starts = sorted(
                {start for variable in (a, b) if variable is not None for start, _end in variable.intervals}
            )
            ends = [*(start - 1 for start in starts[1:]), max(end for v in (a, b) if v for _s, end in v.intervals)]
            values = [
                (GivenValue(name=name, value=start, numbers=(start, end)), start)
                for start, end in zip(starts, ends, strict=True)
            ]
            domains.append([(given, _rows(a, value, table_a), _rows(b, value, table_b)) for given, value in values])
            continue
        found = list(dict.fromkeys([*(a.values if a else ()), *(b.values if b else ())]))
        domains.append(
            [
                (
                    GivenValue(name=name, value=_read_as(either.kind, value)),
                    _rows(a, value, table_a),
                    _rows(b, value, table_b),
                )
                for value in found
            ]
        )
    return domains


def _rows(variable: Variable | None, value: Any, table: Table) -> int:
    """The rows of ``table`` where ``variable`` has ``value`` (all of them where the table does not read it)."""
    if variable is None:
        return table.everything
    if variable.intervals:
        return variable.mask_for(value)
    return variable.masks[variable.values.index(value)] if value in variable.values else 0


def _read_as(kind: str, value: Any) -> Any:
    """A value as a person reads it: a conclusion's derived set as its one value (None: none, or a tie)."""
    if kind != "conclusion":
        return value
    values = sorted(str(item) for item in value)
    return values[0] if len(values) == 1 else None if not values else " / ".join(values)


def _resolved(table: Table, rows: int) -> tuple[str | None, list[str]]:
    """What ``table``'s conclusion comes out as in ``rows`` (one combination: one row); beside it, where it comes
    out without a value as rules conclude different values, those values."""
    outcomes = [outcome for outcome, outcome_rows in table.outcomes.items() if outcome_rows & rows]
    found = sorted({str(table.resolved[outcome]) for outcome in outcomes if table.resolved[outcome] is not None})
    conflicts = sorted(
        {
            str(value)
            for outcome in outcomes
            if table.resolved[outcome] is None and len(outcome) > 1
            for value in outcome
        }
    )
    return (None if not found else " / ".join(found)), conflicts


def _remote_branch(top: Path, revision: str) -> str | None:
    """The remote branch named ``revision`` (``origin/main`` for ``main``), where git has one."""
    try:
        found = _git(top, "for-each-ref", "--format=%(refname:short)", f"refs/remotes/*/{revision}").split()
    except RevisionError:
        return None
    return found[0] if found else None


def _files_named(files: Sequence[str]) -> str:
    """A rule base's files in a few words: the one file, or the folder they are in (listed, every path of every
    file made a first line of 1,400 characters)."""
    if len(files) == 1:
        return files[0]
    try:
        return os.path.commonpath(files)
    except ValueError:  # (absolute beside relative paths, or none in common)
        return ", ".join(files)


def _open_outcomes(conclusion: Conclusion | None) -> list[str | None]:
    """What an open conclusion can still come out as: "geen duidelijk type (open)" read as a verdict (a policy
    officer's trial), where the advice had said "nog open, mogelijk: complex of geen duidelijk type"."""
    if conclusion is None or conclusion.certainty != "open":
        return []
    return [outcome.value for outcome in conclusion.outcomes]


def _conflict(conclusion: Conclusion | None) -> list[str]:
    """The values the rules concluded of a conclusion without a value for their conflict (else nothing)."""
    return sorted(conclusion.candidates) if conclusion is not None and conclusion.status == "conflict" else []


def _impact(
    item: CorpusCase,
    old: Advice,
    new: Advice,
    reads: Mapping[str, set[str]],
    leads: Mapping[str, set[str]] | None = None,
) -> CaseImpact | None:
    """How the advice for one case changes, or None when it does not; ``reads``: the facts each edited rule reads;
    ``leads``: the conclusions each concludes or supports."""
    conclusions = []
    for name in dict.fromkeys([*old.conclusions, *new.conclusions]):
        a, b = old.conclusions.get(name), new.conclusions.get(name)
        # how certain a conclusion is, the report says for the fixed three; of the others only the value counts
        # (a derived conclusion without a value going from 'open' to 'settled' is nothing a reader acts on)
        weighs_certainty = name in FIXED_CONCLUSIONS
        pair_a = (a.value, a.certainty if weighs_certainty else None) if a else (None, None)
        pair_b = (b.value, b.certainty if weighs_certainty else None) if b else (None, None)
        # (no value from a conflict is not the no value of before: a threshold lowered to 3 of 6 criteria was said to
        # word the type otherwise, where its rules now contradicted each other: a rule-editing trial)
        conflict_a, conflict_b = _conflict(a), _conflict(b)
        if pair_a != pair_b or conflict_a != conflict_b:
            conclusions.append(
                OutcomeChange(
                    conclusion=name,
                    before=pair_a[0],
                    after=pair_b[0],
                    certainty_before=pair_a[1],
                    certainty_after=pair_b[1],
                    # (said of every conclusion: "geen waarde" for the judgement of the current mode while the
                    # decision is open read as a verdict)
                    outcomes_before=_open_outcomes(a),
                    outcomes_after=_open_outcomes(b),
                    conflict_before=conflict_a,
                    conflict_after=conflict_b,
                )
            )
    # (a finding's title is its words too: a retitled rule's findings read otherwise)
    findings_a = {f.rule_id: (f.title, f.message) for f in [*old.findings, *old.conditional_findings]}
    findings_b = {f.rule_id: (f.title, f.message) for f in [*new.findings, *new.conditional_findings]}
    added = [rule for rule in findings_b if rule not in findings_a]
    removed = [rule for rule in findings_a if rule not in findings_b]
    reworded = [rule for rule in findings_b if rule in findings_a and findings_a[rule] != findings_b[rule]]
    # (a severity edit showed "0 veranderen" while the advice left "Wat te doen": a policy officer's trial)
    severity_a = {f.rule_id: f.severity for f in [*old.findings, *old.conditional_findings]}
    severity_b = {f.rule_id: f.severity for f in [*new.findings, *new.conditional_findings]}
    weighed = [
        SeverityChange(rule_id=rule, before=severity_a[rule], after=severity)
        for rule, severity in severity_b.items()
        if rule in severity_a and severity_a[rule] != severity
    ]
    doubts = [
        name
        for name in FIXED_CONCLUSIONS
        if name in old.conclusions
        and name in new.conclusions
        and old.conclusions[name].doubted_by != new.conclusions[name].doubted_by
    ]
    changed_values = {change.conclusion for change in conclusions}
    sentences = [
        name
        for name in FIXED_CONCLUSIONS
        if name in old.conclusions
        and name in new.conclusions
        and name not in changed_values
        and old.conclusions[name].sentence != new.conclusions[name].sentence
    ]
    # still open either way, but with other possible outcomes, or another outcome on an answer ("geen duidelijke
    # vorm als de doelconsensus 'laag' is" became "zelfregulerend netwerk als … 'hoog' is", which a policy
    # officer was told was the same outcome, worded otherwise): a change a rule owner must read
    other_outcomes = [
        name
        for name in sentences
        if possible_outcomes(old.conclusions[name]) != possible_outcomes(new.conclusions[name])
        or _by_answer(old.conclusions[name]) != _by_answer(new.conclusions[name])
    ]
    sentences = [name for name in sentences if name not in other_outcomes]
    # (those a report shows: the first five were compared, and a new rule's question that came in seventh, pushing
    # the guide's example over its page, was said nowhere: a rule-editing trial)
    questions_a, questions_b = first_questions(old.questions), first_questions(new.questions)
    # (fired on the case itself: a finding given only on a condition is not, and was said to fire now: a rule-editing
    # trial's finding "als dit een organisatienetwerk is" read as added to a shared service centre)
    fired_before = {step.rule_id for step in old.trace} | {f.rule_id for f in old.findings}
    fired_after = {step.rule_id for step in new.trace} | {f.rule_id for f in new.findings}
    fired = fired_before | fired_after | set(findings_a) | set(findings_b)
    conditions_a = {
        f.rule_id: assumption(f.assuming.conclusion, f.assuming.value)
        for f in old.conditional_findings
        if f.assuming is not None
    }
    conditions_b = {
        f.rule_id: assumption(f.assuming.conclusion, f.assuming.value)
        for f in new.conditional_findings
        if f.assuming is not None
    }
    on_condition = {
        rule: conditions_a[rule] if rule in removed else conditions_b[rule]
        for rule in [*added, *removed, *reworded]
        if (conditions_a if rule in removed else conditions_b).get(rule) is not None
    }
    asked = set(questions_a) ^ set(questions_b)  # a question that comes or goes: the rules that read its fact
    # The edited rules this case's change goes through: those that start or stop firing, whose finding comes, goes
    # or reads otherwise, that lead to a conclusion that changed here, or that read a question that comes or goes.
    # (An edited rule that merely fired was named: a policy officer saw a threshold's effect on the governance mode
    # put down to a rule whose title alone she had changed.) Where none does, those that fired.
    changed_conclusions = {*changed_values, *sentences, *other_outcomes, *doubts}
    its_findings = {*added, *removed, *reworded, *(change.rule_id for change in weighed)}
    involved = sorted(
        rule
        for rule, facts in reads.items()
        if (rule in fired_before) != (rule in fired_after)
        or rule in its_findings
        or (leads is not None and leads.get(rule, set()) & changed_conclusions)
        or facts & asked
    ) or sorted(rule for rule in reads if rule in fired)
    started = [rule for rule in involved if rule in fired_after and rule not in fired_before]
    stopped = [rule for rule in involved if rule in fired_before and rule not in fired_after]
    # (an edited rule that starts or stops firing changes the advice even where the conclusion keeps its value:
    # the guide's own example keeps its governance mode on other support, and its sentence says so)
    if (
        not (
            conclusions
            or added
            or removed
            or reworded
            or weighed
            or doubts
            or sentences
            or other_outcomes
            or started
            or stopped
        )
        and questions_a == questions_b
    ):
        return None
    return CaseImpact(
        case=item.name,
        source=item.source,
        rules=involved,
        conclusions=conclusions,
        findings_added=added,
        findings_removed=removed,
        on_condition=on_condition,
        findings_reworded=reworded,
        severity_changed=weighed,
        conclusions_reworded=sentences,
        outcomes_changed=other_outcomes,
        doubts_changed=doubts,
        started_firing=started,
        stopped_firing=stopped,
        questions_before=questions_a if questions_a != questions_b else [],
        questions_after=questions_b if questions_a != questions_b else [],
        # (a rule's example too: written relative to a policy value, its numbers are seen nowhere else; a policy
        # officer read "GOV-partners-few: voorbeeld 1 onder fires … vuurt niet meer" without its number of partners)
        data=item.case if item.source in ("generated", "rule-example") else None,
    )


# --------------------------------------------------------------------------- the rules of a git revision


class RevisionError(NetadvisorError, ValueError):
    """The rules of a git revision cannot be read: no git checkout, no such revision, no rules there.

    Attributes:
        nl, en: why, in Dutch and English.
    """

    def __init__(self, nl: str, en: str):
        super().__init__(en)
        self.nl, self.en = nl, en

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.nl, self.en))  # whole across processes, as every netadvisor error


def _git(folder: Path, *args: str) -> str:
    try:
        # git from the PATH, with arguments we build
        run = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, check=False)  # noqa: S603, S607
    except FileNotFoundError:
        raise RevisionError("git is niet geïnstalleerd", "git is not installed") from None
    if run.returncode != 0:
        raise RevisionError(
            run.stderr.strip() or f"git {' '.join(args)}: {run.returncode}",
            run.stderr.strip() or f"git {' '.join(args)}: {run.returncode}",
        )
    return run.stdout


def rulebase_at_revision(rules: str | Path, revision: str) -> RuleBase:
    """The rule files at ``rules`` (a folder or file in a git checkout) as they were at ``revision``.

    The files are read with ``git show``; nothing in the checkout changes. Their names in messages are
    ``REVISION:path``.

    Raises:
        RevisionError: outside a git checkout, for a revision git does not know, or when the revision has no rule
            files there (said in Dutch and English).
        RuleError: when the rule files of that revision have mistakes.
    """
    path = Path(rules).resolve()
    folder = path if path.is_dir() else path.parent
    try:
        top = Path(_git(folder, "rev-parse", "--show-toplevel").strip())
    except RevisionError:
        raise RevisionError(
            f"{rules} staat niet in een git-checkout: --since vergelijkt met een versie uit git; "
            "geef anders twee mappen: netadvisor diff OUD NIEUW",
            f"{rules} is not in a git checkout: --since compares with a version from git; otherwise "
            "give two folders: netadvisor diff OLD NEW",
        ) from None
    relative = path.relative_to(top).as_posix()
    try:
        _git(top, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    except RevisionError:
        remote = _remote_branch(top, revision)
        if remote is not None:  # a clone has 'main' only as origin/main (a policy officer's --since main failed)
            raise RevisionError(
                f"git kent de versie '{revision}' hier niet als tak, wel als '{remote}': netadvisor diff --since "
                f"{remote}",
                f"git does not know '{revision}' as a branch here, but as '{remote}': netadvisor diff --since {remote}",
            ) from None
        raise RevisionError(
            f"git kent de versie '{revision}' niet: geef een tak, een tag of een commit; welke er zijn, toont "
            "`git branch -a` (takken) of `git log --oneline` (commits); de vorige commit is HEAD~1",
            f"git does not know the revision '{revision}': give a branch, tag or commit; `git branch -a` lists the "
            "branches, `git log --oneline` the commits; the commit before is HEAD~1",
        ) from None
    names = [
        name
        for name in _git(top, "ls-tree", "-r", "--name-only", revision, "--", relative).splitlines()
        if name.endswith((".yaml", ".yml"))
    ]
    if not names:
        raise RevisionError(
            f"in versie '{revision}' staan geen regelbestanden in {relative}",
            f"revision '{revision}' has no rule files in {relative}",
        )
    sources = []
    for name in names:
        raw = subprocess.run(  # noqa: S603 - git from the PATH, with arguments we build
            ["git", "-C", str(top), "show", f"{revision}:{name}"],  # noqa: S607
            capture_output=True,
            check=True,
        ).stdout
        sources.append(Source(f"{revision}:{name}", raw))
    return load_sources(sources)


def _by_answer(conclusion: Conclusion) -> tuple[tuple[str, tuple[tuple[str, tuple[str | None, ...]], ...]], ...]:
    """What a conclusion comes out as on each answer that alone changes it, comparable between two advices."""
    return tuple(
        (deciding.fact, tuple((str(answer.value), tuple(answer.outcomes)) for answer in deciding.answers))
        for deciding in conclusion.deciding
    )
