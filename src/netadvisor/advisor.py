"""The Advisor: a loaded rule base and its engine, turning cases into advice.

An advisor is safe to share between threads: each call reads the rule base and
engine it started with, whole, even while :meth:`Advisor.reload` swaps in new
ones. Several advisors with different rule bases can live in one process.
"""

from __future__ import annotations

import functools
import os
import re
import sys
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from .advice import (
    Advice,
    Alternative,
    Conclusion,
    ConclusionChange,
    ConditionCheck,
    FactUsed,
    Finding,
    Question,
    RuleExplanation,
    SingleChange,
    TraceStep,
    WhatIf,
)
from .compiler import compile_rulebase
from .engine import DurableEngine, Engine, durable_available
from .evaluator import EvaluatorEngine, condition_holds, group_holds
from .facts import FACTS, INPUTS, Case, fact_values, parse_case, value_label, with_fact
from .inference import Inference, infer
from .loader import load_rules
from .messages import CONCLUSION_IN_A_SENTENCE, OPERATOR_WORDS, UNDETERMINED_WORDS
from .rulebase import Condition, Rule, RuleBase
from .ruleschema import FIXED_CONCLUSIONS

Language = Literal["nl", "en"]
EngineChoice = Literal["auto", "durable", "evaluator"]
_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")
_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def packaged_rules_path() -> Path:
    """The rule files shipped with netadvisor (the repository's ``rules/`` folder)."""
    shipped = resources.files("netadvisor") / "_packaged_rules"
    if shipped.is_dir():
        return Path(str(shipped))
    # An editable install runs from the source tree, where rules/ sits beside src/.
    return Path(__file__).resolve().parents[2] / "rules"


class DurableUnavailableWarning(RuntimeWarning):
    """durable_rules cannot be imported here; the plain-Python evaluator gives the advice."""


@dataclass(frozen=True, slots=True)
class _RuleView:
    """What the open-questions analysis needs of one rule, computed once per rule base."""

    rule: Rule
    fact_conditions: tuple[tuple[Condition, tuple[str, ...], bool], ...]  # condition, its inputs, computed?
    groups: tuple[tuple[str, frozenset[Any]], ...]  # conclusion, the values that satisfy its whole group
    outputs: tuple[tuple[str, Any], ...]  # what it concludes or supports


Leading = dict[str, dict[Any, list[Rule]]]  # conclusion → value → the rules that conclude or support it


@dataclass(frozen=True, slots=True)
class _Loaded:
    rulebase: RuleBase
    engine: Engine
    views: tuple[_RuleView, ...]
    leading: Leading


def _load(rulebase: RuleBase, choice: EngineChoice) -> _Loaded:
    return _Loaded(rulebase, _make_engine(rulebase, choice), _rule_views(rulebase), _leading(rulebase))


def _leading(rulebase: RuleBase) -> Leading:
    """For each conclusion and value, the rules that would lead to it (computed once per rule base)."""
    leading: Leading = {}
    for rule in rulebase.rules:
        for name, value in (*rule.concludes, *rule.supports):
            leading.setdefault(name, {}).setdefault(value, []).append(rule)
    return leading


def _rule_views(rulebase: RuleBase) -> tuple[_RuleView, ...]:
    """For each rule, its fact conditions with their inputs, and the values that satisfy each conclusion group."""
    derivable: dict[str, set[Any]] = {name: set(values) for name, values in FIXED_CONCLUSIONS.items()}
    for rule in rulebase.rules:
        for name, value in (*rule.concludes, *rule.supports):
            derivable.setdefault(name, set()).add(value)
    views = []
    for rule in rulebase.rules:
        facts = tuple((c, INPUTS[c.name], FACTS[c.name].computed) for c in rule.conditions if c.subject == "fact")
        groups = tuple((name, frozenset(value for value in derivable.get(name, ())
                                        if group_holds(group, {name: {value}})))
                       for name, group in rule.conclusion_groups)
        views.append(_RuleView(rule, facts, groups, (*rule.concludes, *rule.supports)))
    return tuple(views)


def _stacklevel_of_caller() -> int:
    """The ``stacklevel`` that makes a warning name the first line outside netadvisor (``Advisor()``,
    ``from_path``, ``reload``): the call paths differ in depth, so no constant fits them all."""
    level, frame = 1, sys._getframe(1)  # level 1 is our caller, the function that calls warnings.warn
    while frame.f_back is not None and os.path.dirname(os.path.abspath(frame.f_code.co_filename)) == _PACKAGE_DIR:
        level, frame = level + 1, frame.f_back
    return level


def _make_engine(rulebase: RuleBase, choice: EngineChoice) -> Engine:
    text_facts = frozenset(path for path, spec in FACTS.items() if spec.type == "text")
    if choice == "evaluator":
        return EvaluatorEngine(rulebase)
    if not durable_available():
        if choice == "durable":
            from .errors import EngineError
            raise EngineError("durable_rules cannot be imported here (see the README, section durable_rules)")
        warnings.warn(
            "durable_rules kan hier niet geladen worden (niet geïnstalleerd, of zonder de patch van netadvisor op "
            "Python 3.13); netadvisor gebruikt zijn eigen evaluator, die dezelfde regels op dezelfde manier "
            "toepast. / durable_rules cannot be imported here (not installed, or without netadvisor's patch on "
            "Python 3.13); netadvisor uses its own evaluator, which applies the same rules the same way.",
            DurableUnavailableWarning, stacklevel=_stacklevel_of_caller())
        return EvaluatorEngine(rulebase)
    return DurableEngine(compile_rulebase(rulebase), text_facts)


class Advisor:
    """Gives advice on cases with one rule base.

    Args:
        rules: a loaded rule base; the packaged rules when omitted.
        engine: "auto" (durable_rules where it imports, else the evaluator),
            "durable", or "evaluator".
        lang: the default language of messages, "nl" or "en".

    Example:
        >>> advisor = Advisor()
        >>> advice = advisor.advise({"challenge": {"rationale": "efficiency"}})
        >>> advice.conclusion("collaboration_form")
        'shared_service_centre'
    """

    def __init__(self, rules: RuleBase | None = None, *, engine: EngineChoice = "auto", lang: Language = "nl"):
        self._path: Path | None = None
        if rules is None:
            self._path = packaged_rules_path()
            rules = load_rules(self._path)
        self._choice: EngineChoice = engine
        self.lang: Language = lang
        self._loaded = _load(rules, engine)

    @classmethod
    def from_path(cls, path: str | Path, *, engine: EngineChoice = "auto", lang: Language = "nl") -> Advisor:
        """An advisor for the rule files at ``path`` (a file or a folder).

        Raises:
            RuleError: with every problem in every file; nothing is loaded.
        """
        advisor = cls(load_rules(path), engine=engine, lang=lang)
        advisor._path = Path(path)
        return advisor

    @property
    def rulebase(self) -> RuleBase:
        return self._loaded.rulebase

    @property
    def engine_name(self) -> str:
        return self._loaded.engine.name

    def reload(self, path: str | Path | None = None) -> RuleBase:
        """Load the rule files again (from ``path``, or where they came from) and swap them in whole.

        Calls already running finish with the rules they started with. When the
        new files have mistakes, :class:`~netadvisor.errors.RuleError` is raised
        and the advisor keeps its current rules.
        """
        source = Path(path) if path is not None else self._path
        if source is None:
            raise ValueError("this advisor was given a rule base, not a path: pass the path to reload from")
        rulebase = load_rules(source)
        # One assignment: a call sees the old rules or the new, whole. The old engine's
        # rulesets are freed when the last call still using them lets go of it.
        self._loaded = _load(rulebase, self._choice)
        self._path = source
        return rulebase

    def advise(self, case: Case | Mapping[str, Any], *, lang: Language | None = None) -> Advice:
        """Advice for one case.

        Args:
            case: a :class:`Case` or a mapping that validates into one.
            lang: the language of messages (defaults to the advisor's).

        Raises:
            CaseError: when the case is invalid, listing every invalid field.
            EngineError: when the engine fails (a bug; the advisor stays usable).
        """
        loaded = self._loaded  # one read: a concurrent reload does not change this call's rules
        parsed = parse_case(case)
        facts = fact_values(parsed)
        inference = infer(loaded.rulebase, loaded.engine, facts)
        return build_advice(loaded.rulebase, parsed, facts, inference, lang or self.lang, loaded.engine.name,
                            loaded.views, loaded.leading)


    def explain(self, case: Case | Mapping[str, Any], rule_id: str, *, lang: Language | None = None) -> RuleExplanation:
        """Why the rule ``rule_id`` did or did not fire on ``case``: each condition and its outcome.

        Raises:
            KeyError: when the rule base has no such rule.
            CaseError: when the case is invalid.
        """
        loaded = self._loaded
        rule = loaded.rulebase.rule(rule_id)
        parsed = parse_case(case)
        facts = fact_values(parsed)
        inference = infer(loaded.rulebase, loaded.engine, facts)
        derived = {name: set(values) for name, values in inference.derived.items()}
        return explain_rule(rule, facts, derived, rule_id in inference.fired_ids, lang or self.lang)


    def what_if(self, case: Case | Mapping[str, Any], changes: Mapping[str, Any], *,
                lang: Language | None = None) -> WhatIf:
        """The advice before and after setting the facts in ``changes`` (fact path → value, None = unknown).

        Raises:
            CaseError: when the case, or the case with the changes, is invalid.
        """
        original = parse_case(case)
        changed = original
        for path, value in changes.items():
            if path not in FACTS or FACTS[path].computed:
                raise KeyError(f"{path} is not a fact a person can set")
            changed = with_fact(changed, path, value)
        before, after = self.advise(original, lang=lang), self.advise(changed, lang=lang)
        moved = [ConclusionChange(conclusion=name, before=before.conclusion(name), after=after.conclusion(name))
                 for name in dict.fromkeys([*before.conclusions, *after.conclusions])
                 if before.conclusion(name) != after.conclusion(name)]
        old = [finding.rule_id for finding in before.findings]
        new = [finding.rule_id for finding in after.findings]
        return WhatIf(changes=dict(changes), before=before, after=after, conclusions_changed=moved,
                      findings_added=[rule for rule in new if rule not in old],
                      findings_removed=[rule for rule in old if rule not in new])

    def single_changes(self, case: Case | Mapping[str, Any], conclusion: str, *,
                       lang: Language | None = None) -> list[SingleChange]:
        """Each fact that, changed alone to another known value, would change ``conclusion``.

        For instance "met hoog vertrouwen zou een zelfregulerend netwerk passen". Tries every value of
        every fact the rules use; a few hundred advice runs, meant for a person asking, not for batches.
        """
        language = lang or self.lang
        original = parse_case(case)
        current = self.advise(original, lang=language).conclusion(conclusion)
        facts = fact_values(original)
        inputs = sorted({path for used in self._loaded.rulebase.facts_used for path in INPUTS[used]
                         if FACTS[path].type in ("bool", "enum") and not FACTS[path].computed},
                        key=list(FACTS).index)
        found = []
        for path in inputs:
            for value in FACTS[path].values:
                if facts.get(path) == value:
                    continue
                after = self.advise(with_fact(original, path, value), lang=language).conclusion(conclusion)
                if after != current:
                    index = 0 if language == "nl" else 1
                    name = CONCLUSION_IN_A_SENTENCE.get(conclusion, (conclusion, conclusion))[index]
                    shown = [value_label(v, language) if v is not None else UNDETERMINED_WORDS[index] for v in (after, current)]
                    text = (f"Met {path} = {value_label(value, 'nl')} wordt {name} {shown[0]} (nu: {shown[1]})."
                            if language == "nl" else
                            f"With {path} = {value_label(value, 'en')}, {name} becomes {shown[0]} (now: {shown[1]}).")
                    found.append(SingleChange(fact=path, value=value, conclusion=conclusion, before=current,
                                              after=after, text=text))
        return found




_OUTCOME_WORDS: dict[bool | None, tuple[str, str]] = {
    True: ("klopt", "holds"), False: ("klopt niet", "does not hold"),
    None: ("weet niet: nog onbekend", "don't know: not known yet"),
}


def _condition_text(condition: Condition, facts: Mapping[str, Any], derived: Mapping[str, set[Any]],
                    lang: Language) -> tuple[bool | None, str]:
    """Whether a condition holds on a case, and the condition with its outcome in words."""
    index = 0 if lang == "nl" else 1
    holds = condition_holds(condition, facts, derived)
    if condition.subject == "fact":
        subject = f"{FACTS[condition.name].label(lang).rstrip('.?')} ({condition.name})"
        shown_actual = value_label(facts.get(condition.name), lang)
    else:
        subject = condition.name
        shown_actual = ", ".join(value_label(v, lang) for v in sorted(map(str, derived.get(condition.name, ())))) \
            or value_label(None, lang)
    operand = condition.operand
    expected = ", ".join(value_label(v, lang) for v in operand) if isinstance(operand, tuple) else (
        "" if operand is None else value_label(operand, lang))
    now = "nu" if lang == "nl" else "now"
    text = (f"{subject} {OPERATOR_WORDS[condition.operator][index]} {expected}".rstrip()
            + f" ({now}: {shown_actual}): {_OUTCOME_WORDS[holds][index]}")
    return holds, text


def explain_rule(rule: Rule, facts: Mapping[str, Any], derived: Mapping[str, set[Any]], fired: bool,
                 lang: Language) -> RuleExplanation:
    """Each condition of ``rule`` checked against the facts and derived conclusions, in words."""
    checks = []
    for condition in rule.conditions:
        holds, text = _condition_text(condition, facts, derived, lang)
        actual = (facts.get(condition.name) if condition.subject == "fact"
                  else sorted(map(str, derived.get(condition.name, ()))))
        operand = condition.operand
        checks.append(ConditionCheck(kind=condition.subject, name=condition.name, operator=condition.operator,
                                     expected=list(operand) if isinstance(operand, tuple) else operand,
                                     actual=actual, holds=holds, text=text))
    return RuleExplanation(rule_id=rule.id, title=rule.title[lang], sections=list(rule.sections), fired=fired,
                           conditions=checks)


# --------------------------------------------------------------------------- building the advice


def build_advice(rulebase: RuleBase, case: Case, facts: dict[str, Any], inference: Inference, lang: Language,
                 engine_name: str, views: tuple[_RuleView, ...] | None = None,
                 leading: Leading | None = None) -> Advice:
    """Turn what the rules did into an :class:`Advice`.

    (The parts are built normally: pydantic-core validates them faster than ``model_construct``,
    which is pure Python, skips validation; measured with bench/bench_advise.py.)
    """
    derived_values = {name: set(values) for name, values in inference.derived.items()}
    conclusions = _conclusions(rulebase, inference, lang, facts,
                               leading if leading is not None else _leading(rulebase))
    findings = []
    for firing in inference.firings:
        rule = firing.rule
        if rule.finding is None:
            continue
        because = [FactUsed(
            kind=c.subject, name=c.name,
            value=facts.get(c.name) if c.subject == "fact" else _matching(c, derived_values))
            for c in rule.conditions]
        findings.append(Finding(
            rule_id=rule.id, title=rule.title[lang], severity=rule.finding.severity,
            message=fill_placeholders(rule.finding.message[lang], facts, conclusions, lang),
            sections=list(rule.sections), heuristics=list(rule.heuristics), source=rule.source,
            quote=rule.quote, because=because))
    trace = [TraceStep(round=firing.round, rule_id=firing.rule.id,
                                       concluded={name: str(value) for name, value in firing.rule.concludes},
                                       supported={name: str(value) for name, value in firing.rule.supports})
             for firing in inference.firings]
    questions = _questions(views if views is not None else _rule_views(rulebase), facts, inference,
                           derived_values, lang)
    return Advice(case_title=case.title, language=lang, conclusions=conclusions, findings=findings,
                                  questions=questions, trace=trace, rulebase_version=rulebase.version,
                                  engine=engine_name)


def _matching(condition: Any, derived: dict[str, set[Any]]) -> Any:
    values = sorted(map(str, derived.get(condition.name, ())))
    return values[0] if len(values) == 1 else (values or None)


def _conclusions(rulebase: RuleBase, inference: Inference, lang: Language,
                 facts: Mapping[str, Any], leading: Leading) -> dict[str, Conclusion]:
    by_id = {rule.id: rule for rule in rulebase.rules}
    names = list(FIXED_CONCLUSIONS) + sorted(set(inference.derived) - set(FIXED_CONCLUSIONS))
    out: dict[str, Conclusion] = {}
    for name in names:
        values = inference.derived.get(name, {})
        outcome = inference.decisions.get(name)
        support = {str(value): ids for value, ids in outcome.support.items()} if outcome else {}
        chosen = outcome.value if outcome and outcome.value is not None else (
            next(iter(values)) if len(values) == 1 else None)
        alternatives = _alternatives(rulebase, inference, name, chosen, lang, facts, leading.get(name, {}))
        if outcome is not None and outcome.value is not None:
            value = str(outcome.value)
            out[name] = Conclusion(name=name, value=value, label=value_label(value, lang), status="decided",
                                   rules=list(outcome.support[outcome.value]), support=support,
                                   alternatives=alternatives)
        elif len(values) == 1:
            value, ids = next(iter(values.items()))
            out[name] = Conclusion(name=name, value=str(value), label=value_label(value, lang), status="derived",
                                   rules=list(ids), alternatives=alternatives)
        elif values:
            # several values: the highest priority wins; equal priorities are a conflict
            ranked = sorted(((max(by_id[i].priority for i in ids), str(value), ids) for value, ids in values.items()),
                            key=lambda item: (-item[0], item[1]))
            candidates = [value for _, value, _ in ranked]
            if ranked[0][0] > ranked[1][0]:
                out[name] = Conclusion(name=name, value=ranked[0][1], label=value_label(ranked[0][1], lang),
                                       status="derived", rules=list(ranked[0][2]), candidates=candidates)
            else:
                out[name] = Conclusion(name=name, value=None, label=None, status="conflict",
                                       rules=[i for _, _, ids in ranked for i in ids], candidates=candidates)
        else:
            out[name] = Conclusion(name=name, value=None, label=None, status="undetermined", support=support,
                                   alternatives=alternatives)
    return out


def _alternatives(rulebase: RuleBase, inference: Inference, name: str, chosen: Any, lang: Language,
                  facts: Mapping[str, Any], leading: Mapping[Any, list[Rule]]) -> list[Alternative]:
    """Each value of a fixed conclusion that was not reached, and why not.

    For a decision by support: its support and the supporting rules that did not fire. For every value:
    the rules that would lead to it, each with the conditions that did not hold, in words.
    """
    if name not in FIXED_CONCLUSIONS and name not in rulebase.decisions:
        return []
    fired = set(inference.fired_ids)
    derived = {key: set(values) for key, values in inference.derived.items()}
    values = list(FIXED_CONCLUSIONS.get(name, ())) or sorted(leading, key=str)
    alternatives = []
    for value in values:
        if value == chosen:
            continue
        rules = leading.get(value, [])
        why_not = []
        for rule in rules:
            if rule.id in fired:
                continue
            failing = [text for condition in rule.conditions
                       for holds, text in [_condition_text(condition, facts, derived, lang)] if holds is not True]
            why_not.append(f"{rule.id}: {'; '.join(failing)}")
        alternatives.append(Alternative(
            value=str(value), label=value_label(value, lang),
            support=sum(1 for rule in rules if rule.id in fired and rule.supports),
            not_supported_by=[rule.title[lang] for rule in rules if rule.id not in fired and rule.supports],
            why_not=why_not))
    return alternatives


def fill_placeholders(text: str, facts: Mapping[str, Any], conclusions: Mapping[str, Conclusion],
                      lang: Language) -> str:
    """Replace ``{fact.path}`` and ``{conclusion}`` with values as a person reads them.

    Only names are looked up: no attribute access, no formatting code, nothing
    that runs (unlike ``str.format``).
    """

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        name = match.group(1)
        if name in conclusions:
            return value_label(conclusions[name].value, lang)
        return value_label(facts.get(name), lang)

    return _PLACEHOLDER.sub(replace, text)





def _questions(views: tuple[_RuleView, ...], facts: dict[str, Any], inference: Inference,
               derived: dict[str, set[Any]], lang: Language) -> list[Question]:
    """Unknown facts that block a rule which could still fire.

    A rule could still fire when none of its conditions fails: each holds, or
    waits for an unknown fact, or waits for a conclusion that some other rule
    could still derive. Its conclusion or finding would change the advice, so
    the unknown facts it waits for are worth asking. A count computed from facts
    that are partly unknown (``challenge.criteria.pointing_complex``) may still
    change, so its failing condition counts as waiting, and the question asks
    for the unknown facts it is counted from.
    """
    fired = set(inference.fired_ids)
    no_conclusions: dict[str, set[Any]] = {}
    # Fact conditions do not change while we reason: evaluate each once.
    alive: list[tuple[_RuleView, list[str]]] = []
    for view in views:
        if view.rule.id in fired:
            continue
        waiting: list[str] = []
        for condition, inputs, computed in view.fact_conditions:
            holds = condition_holds(condition, facts, no_conclusions)
            if holds is True:
                continue
            unknown = [path for path in inputs if facts.get(path) is None]
            if holds is False and not (computed and unknown):
                break
            waiting.extend(unknown)
        else:
            alive.append((view, waiting))

    def could_hold(view: _RuleView, possible: Mapping[str, set[Any]]) -> bool:
        # derived values are among the possible ones: one intersection covers "holds" and "could still hold"
        return all(not values.isdisjoint(possible.get(name, ())) for name, values in view.groups)

    # Conclusions that rules which could still fire might derive, to a fixed point.
    possible: dict[str, set[Any]] = {name: set(values) for name, values in derived.items()}
    changed = True
    while changed:
        changed = False
        for view, _waiting in alive:
            if not view.outputs or not could_hold(view, possible):
                continue
            for name, value in view.outputs:
                if value not in possible.setdefault(name, set()):
                    possible[name].add(value)
                    changed = True

    blocked: dict[str, tuple[list[str], set[str]]] = {}
    for view, waiting in alive:
        if not waiting or not could_hold(view, possible):
            continue
        for path in dict.fromkeys(waiting):
            rules, affects = blocked.setdefault(path, ([], set()))
            rules.append(view.rule.id)
            affects.update(name for name, _ in view.outputs)
    return [Question(fact=path, question=FACTS[path].question(lang),
                                     allowed=_allowed(path, lang), unblocks=blocked[path][0],
                                     affects=sorted(blocked[path][1]))
            for path in sorted(blocked, key=lambda p: (not blocked[p][1], _ORDER[p]))]


def _allowed(path: str, lang: Language) -> list[str]:
    return list(_allowed_labels(path, lang))  # a fresh list: callers may change theirs


@functools.cache
def _allowed_labels(path: str, lang: Language) -> tuple[str, ...]:
    return tuple(value_label(value, lang) for value in FACTS[path].values)


_ORDER = {path: index for index, path in enumerate(FACTS)}
