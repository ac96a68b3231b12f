"""The Advisor: a loaded rule base and its engine, turning cases into advice.

An advisor is safe to share between threads: each call reads the rule base and
engine it started with, whole, even while :meth:`Advisor.reload` swaps in new
ones. Several advisors with different rule bases can live in one process.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal, cast

from .advice import (
    Advice,
    Alternative,
    Answer,
    AnswersSetAside,
    AssumedValue,
    Assumption,
    Conclusion,
    ConclusionChange,
    ConditionCheck,
    Deciding,
    FactUsed,
    Finding,
    LookAlikeNames,
    Outcome,
    Question,
    RuleExplanation,
    SingleChange,
    TraceStep,
    UnusedAnswers,
    WaitingAnswers,
    WhatIf,
    WhyNot,
    possible_outcomes,
)
from .answers import NOBODY, ROLE_PREFIX, is_unknown_word, normal_word, value_label, value_text
from .case import Case, count_from_list, count_written, parse_case, with_facts
from .compiler import compile_rulebase
from .engine import DurableEngine, durable_available
from .errors import CaseError, CaseProblem, PartnerNotListedError, warn_durable_unavailable
from .evaluator import NOTHING_DERIVED, EvaluatorEngine, condition_holds
from .facts import (
    ASKED_AFTER,
    FACTS,
    FOLLOW_UPS,
    INPUTS,
    PARTNER_COUNT,
    SHOWN_NOT_READ,
    STATED_IN,
    Bounds,
    answered_not_known,
    answered_spec,
    fact_meant,
    fact_path,
    fact_values,
    partner_answer,
    spec_of,
    stated_facts,
    with_inputs,
)
from .inference import DecisionOutcome, Inference, infer, resolve
from .loader import load_rules
from .memory import Memory
from .messages import (
    CONCLUSION_IN_A_SENTENCE,
    CONCLUSION_NAMES,
    NO_VALUE,
    NO_VALUE_OTHER,
    NOT_APPLICABLE,
    UNDETERMINED,
    word,
)
from .operators import BY_NAME
from .outcomes import NO_INFORMATION, Assessment, Certainty, OutcomeModel
from .protocol import Engine
from .questions import Asker
from .rulebase import Condition, Rule, RuleBase, current_conclusion
from .text import PLACEHOLDER, Language, Text, check_language, join
from .vocabulary import ENGINE_CHOICES, FIXED_CONCLUSIONS, EngineChoice
from .wording import (
    NoValueWords,
    answer_label,
    assumption,
    conclusion_sentence,
    count_within,
    criteria_so_far,
    either,
    fact_names,
    fact_subject,
    fact_subjects,
    facts_with_values,
    in_a_sentence,
    in_quotes,
    not_applicable_now,
    outcome_text,
    short_source,
    together,
    type_basis,
    while_unknown,
    while_unknown_basis,
    why_undecided,
)
from .wording import (
    answers_set_aside as answers_set_aside_words,
)


def _not_known_in(case: Case | Mapping[str, Any], parsed: Case, not_known: Collection[str]) -> frozenset[str]:
    """The facts answered "weet niet": those named, and those the case gives so (see :func:`answered_not_known`).

    Raises:
        UnknownFactError: (a KeyError) when ``not_known`` names something that is no fact a person answers
            (with the closest).
        PartnerNotListedError: (a KeyError) when it names a partner's answer past the partners the case lists.
        CaseError: when it names a fact the case answers (``answered-and-not-known``).
        TypeError: when ``not_known`` is one text, not a collection of them.
    """
    if isinstance(not_known, str):  # (a str is a Collection[str]: "governance.trust" read as 'g', 'o', …)
        raise TypeError(f"not_known takes a collection of fact paths, not one text: write [{not_known!r}]")
    if not isinstance(not_known, Collection):  # (None said "'NoneType' object is not iterable", a tool builder)
        raise TypeError(
            f"not_known takes a collection of fact paths (or leave it out for none), not {type(not_known).__name__}"
        )
    # (each once: a fact named twice is one problem; each checked to be text before any code that takes it for text
    # gets it, as the compiled wheel's code checks that itself, in fewer words)
    paths = [fact_path(named) for named in dict.fromkeys(cast(Collection[object], not_known))]
    stated: dict[str, Any] | None = None
    answered_too: list[CaseProblem] = []
    for path in paths:
        answered_spec(path)  # a misspelt "weet niet" would otherwise be ignored without a word
        place = partner_answer(path)
        if place is not None and place[0] >= len(parsed.partners):
            # (as what_if says it: a "weet niet" of a partner the case does not list was ignored, a tool builder)
            raise PartnerNotListedError(path, len(parsed.partners))
        if place is not None:
            answer = getattr(parsed.partners[place[0]], place[1])
        elif path == "partners" or (path == PARTNER_COUNT and count_from_list(parsed) and not count_written(case)):
            continue  # (the rest of the list; the number a list gives, which "weet niet" makes unknown)
        else:
            stated = stated_facts(parsed) if stated is None else stated
            answer = stated.get(path)
        if answer is not None:
            # a form that joins its "weet niet" boxes with its fields sent both, and the answer won unsaid (a tool
            # builder): which one the person meant only they know
            shown = value_text(answer) if isinstance(answer, str | bool) else str(answer)
            answered_too.append(
                CaseProblem.of("answered-and-not-known", {"answer": shown}, path=path, value=repr(answer))
            )
    if answered_too:
        raise CaseError(answered_too)
    return answered_not_known(parsed, None if isinstance(case, Case) else case).union(paths)


def _written(case: Case | Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The case as written, where it is a mapping (what it answers "weet niet" in words: see
    :func:`answered_not_known`); None for a :class:`Case`."""
    return None if isinstance(case, Case) else case


def _count_as_answered(case: Case, not_known: Collection[str]) -> Case:
    """``case`` with the number of organisations unknown beside its partner list where it was answered "weet niet"
    (``not_known``) and the case has it from the list: the list may then leave partners out, as it may when the case
    itself answers "weet niet" (a tool builder's ``not_known={"governance.partner_count"}`` beside two partners gave
    "te weinig partners", the same case with "weet niet" in it did not)."""
    if PARTNER_COUNT not in not_known or not case.partners or not count_from_list(case):
        return case
    return case.model_copy(update={"governance": case.governance.model_copy(update={"partner_count": None})})


def packaged_rules_path() -> Path:
    """The rule files shipped with netadvisor (the repository's ``rules/`` folder)."""
    shipped = resources.files("netadvisor") / "_packaged_rules"
    if shipped.is_dir():
        return Path(str(shipped))
    # An editable install runs from the source tree, where rules/ sits beside src/.
    return Path(__file__).resolve().parents[2] / "rules"


Leading = dict[str, dict[Any, list[Rule]]]  # conclusion → value → the rules that conclude or support it


@dataclass(frozen=True, slots=True)
class _Loaded:
    """A rule base with what advising needs of it, computed once: its engine, the engine for what the rules do
    under an assumption, its outcome tables, its question asker and the rules' priorities (which rule leads where,
    the rule base works out itself)."""

    rulebase: RuleBase
    engine: Engine
    assuming: Engine
    outcomes: OutcomeModel
    asker: Asker
    priority: dict[str, int]
    # for each decision by support, the one source outside the guide its supporting rules rest on (or None)
    according_to: dict[str, str | None]
    # for each decision by support, the facts its supporting rules compare with a policy value, and those values:
    # netadvisor's limits, not the source's ("weinig" organisations is at most 7)
    bounds: dict[str, tuple[_PolicyLimits, ...]]
    facts_read: frozenset[str]  # the facts some rule reads, directly or through a summary
    unread: frozenset[str]  # the facts a person answers that no rule reads, nor the advice shows otherwise
    # for each rule, what it concludes and supports as its trace step says it (value as text)
    steps: dict[str, tuple[dict[str, str], dict[str, str]]]
    # for each conclusion rules lead to: the condition all of them apply under (see RuleBase.guard), if any
    guards: dict[str, tuple[str, Any]]
    # for each conclusion, the rules whose finding puts it in doubt (``doubts:``), by id
    doubting: dict[str, dict[str, Rule]]
    # for each decision by support, how many facts its supporting rules look at: its factors (trust, size, …)
    factors: dict[str, int]
    # for each fixed conclusion with a threshold of netadvisor's (not the guide's): the number a value needs, and of
    # what (a decision's factors; the criteria, for the type), which its sentence says while no value may come out
    thresholds: dict[str, tuple[int, int]]
    # for each fact, the rules with a condition on it (what an answer may keep from firing: see _waiting_answers)
    readers: dict[str, tuple[Rule, ...]]
    # for each fact a person states, the tests on conclusions every rule reading it makes (the form an organisation
    # network, for what the case says of a stuck network), with those rules: see _answers_set_aside
    guarded: tuple[tuple[str, tuple[tuple[str, frozenset[Any]], ...], frozenset[str]], ...]
    guard_tests: frozenset[tuple[str, frozenset[Any]]]  # every test of ``guarded``, once
    # for each fixed conclusion, the rules that give it a value only while some facts are unknown (see _WhileUnknown)
    while_unknown: dict[str, tuple[_WhileUnknown, ...]]
    # why a rule did not fire, said once per rule, what its conditions see and language (see _failing)
    failing: Memory[tuple[str, tuple[Any, ...], Language], _Failing] = field(default_factory=Memory)


def _load(rulebase: RuleBase, choice: EngineChoice) -> _Loaded:
    engine = _make_engine(rulebase, choice)
    # The case itself goes through the chosen engine. What the rules would conclude if an open conclusion came
    # out one way (the findings for an organisation network while the form is open) is worked out like the
    # outcome tables, which answer the same kind of question for every unknown: by the evaluator, which the
    # differential tests hold to durable_rules' results. A second durable_rules session for such a case made all
    # advice 6% slower (20.2 against 18.9 million instructions per advice, callgrind).
    assuming = engine if isinstance(engine, EvaluatorEngine) else EvaluatorEngine(rulebase)
    return _Loaded(
        rulebase,
        engine,
        assuming,
        OutcomeModel(rulebase),
        asker := Asker(rulebase),
        {rule.id: rule.priority for rule in rulebase.rules},
        {name: _decided_according_to(rulebase.leading, name) for name in rulebase.decisions},
        {name: _policy_bounds(rulebase, name) for name in rulebase.decisions},
        facts_read := with_inputs(rulebase.facts_used),
        frozenset(
            path
            for path, spec in FACTS.items()
            if not spec.computed and path not in SHOWN_NOT_READ and path not in facts_read
        ),
        {
            rule.id: (
                {name: str(value) for name, value in rule.concludes},
                {name: str(value) for name, value in rule.supports},
            )
            for rule in rulebase.rules
        },
        {name: guard for name in rulebase.leading if (guard := rulebase.guard(name)) is not None},
        _doubting(rulebase),
        {name: rulebase.factor_count(name) for name in rulebase.decisions},
        {name: threshold for name in FIXED_CONCLUSIONS if (threshold := rulebase.threshold(name)) is not None},
        readers := _readers(rulebase),
        guarded := _guarded(readers, asker),
        frozenset(test for _path, tests, _rules in guarded for test in tests),
        {name: found for name in FIXED_CONCLUSIONS if (found := _while_unknown(rulebase, name))},
    )


def _guarded(
    readers: Mapping[str, tuple[Rule, ...]], asker: Asker
) -> tuple[tuple[str, tuple[tuple[str, frozenset[Any]], ...], frozenset[str]], ...]:
    """Each fact a person states whose reading rules all test some conclusion alike, with those tests and rules."""
    found = []
    for path, rules in readers.items():
        spec = FACTS.get(path)
        if spec is None or spec.computed:
            continue
        common = set(asker.tests_of(rules[0]))
        for rule in rules[1:]:
            common &= set(asker.tests_of(rule))
        if common:
            found.append((path, tuple(sorted(common, key=repr)), frozenset(rule.id for rule in rules)))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class _WhileUnknown:
    """A rule that gives a conclusion a value only while some facts are unknown (``known: false``): on what other
    conclusions are (a complex challenge needs an organisation network while the case names neither its rationale
    nor its form), or as the case states it (``state.form``, see :data:`STATED_IN`). Its sentence says so: the
    form's said only that the rationale decides, while the criteria gave it a value for now (a policy officer)."""

    rule_id: str
    value: Any
    unknown: tuple[str, ...]  # the facts it needs unknown
    conclusions: tuple[tuple[str, tuple[Any, ...]], ...]  # each conclusion it reads, with the values it accepts
    stated: bool  # it gives the value the case states, not one that follows from other conclusions


def _while_unknown(rulebase: RuleBase, name: str) -> tuple[_WhileUnknown, ...]:
    """The rules leading to ``name`` that are :class:`_WhileUnknown` and have no other condition (one that does is
    not said this way: its sentence stays as it was)."""
    stated_in = STATED_IN.get(name)
    found: list[_WhileUnknown] = []
    for value, rules in rulebase.leading.get(name, {}).items():
        for rule in rules:
            if (name, value) not in rule.concludes:
                continue  # (supports a decision: its sentence says what supports it)
            unknown: list[str] = []
            conclusions: list[tuple[str, tuple[Any, ...]]] = []
            stated = other = False
            for condition in rule.conditions:
                if condition.subject == "fact" and condition.operator == "unknown":
                    unknown.append(condition.name)
                elif condition.subject == "fact" and condition.name == stated_in and condition.operator == "eq":
                    stated = condition.operand == value
                    other = other or not stated
                elif condition.subject == "conclusion" and condition.operator in ("eq", "in"):
                    accepted = condition.operand if condition.operator == "in" else (condition.operand,)
                    conclusions.append((condition.name, tuple(accepted)))
                else:
                    other = True
            if unknown and not other and stated != bool(conclusions):
                found.append(_WhileUnknown(rule.id, value, tuple(unknown), tuple(conclusions), stated))
    return tuple(found)


def _readers(rulebase: RuleBase) -> dict[str, tuple[Rule, ...]]:
    out: dict[str, list[Rule]] = {}
    for rule in rulebase.rules:
        for path in dict.fromkeys(rule.facts_used):
            out.setdefault(path, []).append(rule)
    return {path: tuple(rules) for path, rules in out.items()}


def _doubting(rulebase: RuleBase) -> dict[str, dict[str, Rule]]:
    out: dict[str, dict[str, Rule]] = {}
    for rule in rulebase.rules:
        if rule.finding is not None and rule.finding.doubts is not None:
            out.setdefault(rule.finding.doubts, {})[rule.id] = rule
    return out


def falls_back_to_evaluator(choice: str) -> bool:
    """Whether an advisor of the engine ``choice`` fires the rules with the evaluator for want of durable_rules
    (and warns so)."""
    return choice == "auto" and not durable_available()


def _make_engine(rulebase: RuleBase, choice: EngineChoice) -> Engine:
    text_facts = frozenset(path for path, spec in FACTS.items() if spec.type == "text")
    if choice == "evaluator":
        return EvaluatorEngine(rulebase)
    if falls_back_to_evaluator(choice):  # (the one test of it: a batch warns by it too, see batch.py)
        warn_durable_unavailable()
        return EvaluatorEngine(rulebase)
    if not durable_available():
        from .errors import EngineError

        raise EngineError(
            "durable_rules cannot be imported here: python -m netadvisor.build_durable installs it (see the "
            "README, section durable_rules)"
        )
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
        if engine not in ENGINE_CHOICES:
            raise ValueError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINE_CHOICES)}")
        lang = check_language(lang)
        if rules is not None and not isinstance(rules, RuleBase):
            # (Advisor(42) said "'int' object has no attribute 'rules'", a tool builder; a folder is the likeliest)
            raise TypeError(
                f"Advisor takes a rule base, as load_rules(path) gives, not {type(rules).__name__}; for the rule files "
                "in a folder: Advisor.from_path(path)"
            )
        self._path: Path | None = None
        if rules is None:
            self._path = packaged_rules_path()
            rules = load_rules(self._path)
        self._choice: EngineChoice = engine
        self.lang: Language = lang
        self._loaded = _load(rules, engine)

    def __reduce__(self) -> tuple[Any, ...]:
        """An advisor crosses to another process as its rules (and where they came from), its engine choice and
        language; the engine is built anew there (durable_rules' state cannot be copied)."""
        return (_rebuild, (self._loaded.rulebase, self._path, self._choice, self.lang))

    @classmethod
    def from_path(cls, path: str | Path, *, engine: EngineChoice = "auto", lang: Language = "nl") -> Advisor:
        """An advisor for the rule files at ``path`` (a file or a folder).

        Raises:
            RuleError: with every problem in every file; nothing is loaded.
        """
        advisor = cls(load_rules(path), engine=engine, lang=lang)
        advisor._path = Path(path)
        return advisor

    def _language(self, lang: Language | None) -> Language:
        return self.lang if lang is None else check_language(lang)

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

    def advise(
        self, case: Case | Mapping[str, Any], *, lang: Language | None = None, not_known: Collection[str] = ()
    ) -> Advice:
        """Advice for one case.

        Args:
            case: a :class:`Case` or a mapping that validates into one.
            lang: the language of messages (defaults to the advisor's).
            not_known: the facts a person answered "weet niet" (a :class:`Case` cannot tell them from facts it
                does not mention; see :attr:`Consultation.not_known`, :func:`read_case_file`). A question asked
                after one of them whatever its answer (goal consensus after the common goal) then no longer waits
                for it. Those a mapping gives as "weet niet" (any capitals or spacing) are added, as is the
                number of organisations a case leaves unknown beside its list of partners.

        Raises:
            CaseError: when the case is invalid, listing every invalid field, or answers a fact ``not_known`` names
                (``answered-and-not-known``).
            EngineError: when the engine fails (a bug; the advisor stays usable).
            UnknownFactError: (a KeyError) when ``not_known`` names something that is no fact a person answers
                (with the closest).
            PartnerNotListedError: (a KeyError) when ``not_known`` names a partner's answer past the partners
                the case lists.
            TypeError: when ``not_known`` is one text, not a collection of them, or names a fact by something other
                than a text.
            ValueError: for a ``lang`` netadvisor does not speak (it names those it does).
        """
        parsed = parse_case(case)
        return self._advise_valid(parsed, lang, _not_known_in(case, parsed, not_known))

    def _advise_valid(
        self, parsed: Case, lang: Language | None = None, not_known: frozenset[str] = frozenset()
    ) -> Advice:
        """:meth:`advise` for a case this advisor has just validated itself (what-if's changed cases): a
        :class:`Case` from outside is validated again, and doing that here too cost what-if --for a third."""
        loaded = self._loaded  # one read: a concurrent reload does not change this call's rules
        parsed = _count_as_answered(parsed, not_known)
        facts = fact_values(parsed)
        inference = infer(loaded.rulebase, loaded.engine, facts)
        return build_advice(loaded, parsed, facts, inference, self._language(lang), not_known)

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
        return explain_rule(rule, facts, derived, rule_id in inference.fired_ids, self._language(lang))

    def what_if(
        self,
        case: Case | Mapping[str, Any],
        changes: Mapping[str, Any],
        *,
        lang: Language | None = None,
        not_known: Collection[str] = (),
    ) -> WhatIf:
        """The advice before and after setting the facts in ``changes`` (fact → value, None = unknown): every
        fact a question of the advice asks, by its path (``partners[2].kind`` for a listed partner's answer, and
        ``partners`` for the list, as names: a partner the case lists already keeps its answers) or, for a fact of the whole case, by its name in words as ``--set``
        takes it ("vertrouwen", "burgemeestersoverleg", see :func:`fact_meant`). A value is what a case takes
        (``Choice.value``, or its words: "hoog"); :attr:`WhatIf.changes` holds each by its path, with the value as
        the case reads it ("high").

        ``not_known`` is as for :meth:`advise`: :attr:`WhatIf.before` is the advice :meth:`advise` gives, and a
        fact a change sets is no longer "weet niet" after it, unless the change is "weet niet" itself (None leaves
        it unanswered): :attr:`WhatIf.after` is the advice :meth:`advise` gives the changed case.

        A new partner list gives the number of organisations where the case's was the old list's own length (never
        answered beside it, or as many as listed: 8 beside 8 names is 7 with a list of 7); :attr:`WhatIf.changes`
        then holds ``governance.partner_count`` with its new value. A number answered otherwise (or "weet niet")
        stays; a case that named no partners and gave no number gets it from the list, as a case written so.

        Raises:
            CaseError: when the case, or the case with the changes, is invalid, or the case answers a fact
                ``not_known`` names.
            UnknownFactError: (a KeyError) when a change names no fact a person answers (with the closest), or
                when ``not_known`` names no such fact.
            PartnerNotListedError: (a KeyError) when a change names a partner the case does not list (or, beside a
                new partner list, one it leaves out).
            TypeError: for the partner list given as one text, not as a list of names; for ``changes`` that are no
                mapping, or a fact named by something other than a text.
        """
        if not isinstance(changes, Mapping):
            # (a list of paths gave "'list' object has no attribute 'items'": a tool builder)
            raise TypeError(f"changes is a mapping of fact path to value, not {type(changes).__name__}")
        original = parse_case(case)
        not_known_before = _not_known_in(case, original, not_known)
        # (the command line's --set takes a fact by its name in words: so does the library it calls)
        # (each named by a text first: {None: "hoog"} said "expected string or bytes-like object", and compiled
        # "tuple[str, object] object expected", a tool builder)
        changes = {
            fact_meant(path := fact_path(named), near=False) or path: value
            for named, value in cast(Mapping[object, Any], changes).items()
        }
        for path in changes:
            answered_spec(path)
            if (place := partner_answer(path)) is not None and place[0] >= len(original.partners):
                raise PartnerNotListedError(path, len(original.partners))
        # the new partner list first; a listed partner's answer set beside it is that partner's, by its place before
        # (as WhatIf.partners names them), in its place now (a tool builder's got to whichever partner came there,
        # or was overwritten, by the order of the keys)
        values: dict[str, Any] = {}
        renumbered: dict[int, int] = {}
        if isinstance(changes.get("partners"), str):
            # (a tool builder passed the names as typed, as the consultation and --set take them, and was told of
            # YAML lines starting with '- ')
            raise TypeError(
                "'partners' is a list of names (['Geel', 'Mol']); names as a person types them, 'Geel, Mol', are "
                "read by parse_answer(spec_of('partners'), text)"
            )
        if isinstance(changes.get("partners"), list | tuple):
            values["partners"], renumbered = _partners_as_set(original, changes["partners"])
        now_at: dict[str, str] = {}  # each change's path in the changed case
        for path, value in changes.items():
            now = _renumber(path, renumbered) if "partners" in changes and path != "partners" else path
            if now is None:
                left_out = partner_answer(path)
                name = original.partners[left_out[0]].name if left_out is not None else path
                raise PartnerNotListedError(path, len(original.partners), name)
            now_at[path] = now
            values.setdefault(now, value)
        changed = with_facts(original, values)
        # (a new partner list renumbers the partners: a partner named again keeps its answers "weet niet" in its new
        # place; the others' are gone with them)
        # The number of organisations unknown because the old list was given beside it (not said "weet niet") goes
        # with that list: the new one says afresh whether it may be incomplete (an empty list, as a case written
        # with it, does not; a property test found the questions ranked otherwise than for that case)
        with_the_list = (
            {PARTNER_COUNT}
            if "partners" in changes
            and original.list_may_be_incomplete
            and PARTNER_COUNT not in {*not_known, *answered_not_known(Case(), _written(case))}
            else set()
        )
        not_known_after = (
            answered_not_known(changed)
            | {
                kept_as
                for path in not_known_before - with_the_list
                if path not in changes and (kept_as := _renumber(path, renumbered) if "partners" in changes else path)
            }
            # a change to "weet niet" answers it so, as advise() reads "weet niet" in a case (None leaves it
            # unanswered): a tool builder's what-if to "weet niet" gave another advice than advise() of that case
            | {
                now_at[path]
                for path, value in changes.items()
                if path != "partners" and is_unknown_word(value) and str(value).strip()
            }
        )
        before = self._advise_valid(original, lang, not_known_before)
        after = self._advise_valid(changed, lang, not_known_after)
        facts_before, facts_after = fact_values(original), fact_values(changed)
        # each value as the case reads it ("hoog" → "high"), so that a program compares it with Choice.value
        changes = {path: _answer_in(changed, facts_after, now_at[path]) for path in changes}
        # a number of organisations the case gave as the list's own length follows the new list, and says so (a
        # tool builder's count of 8 beside 8 names became 7 with a list of 7, and only 'partners' was listed)
        follows_the_list = (
            {PARTNER_COUNT: facts_after.get(PARTNER_COUNT)}
            if "partners" in changes
            and PARTNER_COUNT not in changes
            and original.governance.partner_count is not None  # (the old list's length: none named, none given)
            and count_from_list(original)
            and facts_before.get(PARTNER_COUNT) != facts_after.get(PARTNER_COUNT)
            else {}
        )
        moved = [
            ConclusionChange(
                conclusion=name,
                before=before.conclusion(name),
                after=after.conclusion(name),
                before_certainty=_certainty_of(before, name),
                after_certainty=_certainty_of(after, name),
                before_outcomes=_outcomes_of(before, name),
                after_outcomes=_outcomes_of(after, name),
                before_assumed=_assumed_of(before, name),
                after_assumed=_assumed_of(after, name),
            )
            for name in dict.fromkeys([*before.conclusions, *after.conclusions])
            # a conclusion that only comes to be settled (open, then "niet van toepassing"), or that stays open
            # with other outcomes, changes too: a program that read only values saw one change where the report
            # showed two (the report shows these, and only these)
            if _state_of(before, name) != _state_of(after, name)
        ]
        old = [finding.rule_id for finding in before.findings]
        new = [finding.rule_id for finding in after.findings]
        # advice on a condition ("als dit een organisatienetwerk is") comes and goes too: a change that brings
        # a warning there is not "nothing changes"
        old_conditional = [finding.rule_id for finding in before.conditional_findings]
        new_conditional = [finding.rule_id for finding in after.conditional_findings]
        return WhatIf(
            changes={**changes, **follows_the_list},
            unchanged=[
                path
                for path in changes
                if _answer_in(original, facts_before, path) == _answer_in(changed, facts_after, now_at[path])
            ],
            partners=[partner.name for partner in original.partners],
            before=before,
            after=after,
            conclusions_changed=moved,
            findings_added=[rule for rule in new if rule not in old],
            findings_removed=[rule for rule in old if rule not in new],
            # complete lists: a finding given before and now only on a condition is removed from the findings and
            # added to those on a condition (a program that read only findings_removed saw it gone)
            conditional_findings_added=[rule for rule in new_conditional if rule not in old_conditional],
            conditional_findings_removed=[rule for rule in old_conditional if rule not in new_conditional],
        )

    def single_changes(
        self,
        case: Case | Mapping[str, Any],
        conclusion: str,
        *,
        lang: Language | None = None,
        given: Mapping[str, Any] | None = None,
    ) -> list[SingleChange]:
        """Each fact that, changed alone to another known value, would change ``conclusion``: its value, or settle
        it (with the value it has for now, or without one).

        For instance "met hoog vertrouwen zou een zelfregulerend netwerk passen". Tries every value of
        every fact the rules use; a few hundred advice runs, meant for a person asking, not for batches.

        Args:
            given: facts to change first, as for :meth:`what_if` (``{"governance.trust": "high"}``): the single
                changes are then those of the changed case.

        Raises:
            CaseError: when the case, or the case with ``given``, is invalid.
            UnknownFactError: (a KeyError) when ``given`` names no fact a person answers (with the closest).
            KeyError: when ``conclusion`` is no conclusion of these rules.
        """
        language = self._language(lang)
        for path in given or {}:
            answered_spec(path)  # (a misspelt fact was a CaseError "unknown field", where what_if names the closest)
        original = with_facts(parse_case(case), dict(given)) if given else parse_case(case)
        now = self._advise_valid(original, language)
        current = now.conclusion(conclusion)
        facts = fact_values(original)
        inputs = sorted(
            {
                path
                for used in self._loaded.rulebase.facts_used
                for path in INPUTS[used]
                if path in FACTS and FACTS[path].type in ("bool", "enum", "int") and not FACTS[path].computed
            },
            key=list(FACTS).index,
        )
        # what it is now, once for every change (an open one with its outcomes: what a change narrows)
        now_said = word(
            "single-changes-now",
            conclusion=in_a_sentence(conclusion),
            now=_as_said(now.conclusions[conclusion], current, between=True),
        ).pick(language)
        found = []
        for path in inputs:
            hits: list[tuple[Any, tuple[int, int] | None, Any, Any, Text]] = []
            for value, numbers in _values_to_try(self._loaded, path, facts.get(path), original):
                if facts.get(path) == value:
                    continue
                changed = self._advise_valid(with_facts(original, {path: value}), language)
                after = changed.conclusion(conclusion)
                after_certainty = changed.conclusions[conclusion].certainty
                # an answer that settles a conclusion changes it too: without value ("niet van toepassing"), or
                # its value for now made sure ("met 'effectiviteit' is het zeker een organisatienetwerk", which a
                # tool builder's what_if showed and single_changes did not)
                settles = after_certainty == "settled" != now.conclusions[conclusion].certainty
                # and one that opens a settled one: "niet van toepassing" made open by another ratio (a policy
                # officer was told no single change changes the governance mode, and what-if showed one)
                opens = now.conclusions[conclusion].certainty == "settled" != after_certainty
                # and one that leaves it open between other outcomes: a goal consensus 'gemiddeld' made "leider-
                # organisatienetwerk of niet van toepassing" four outcomes, which --for did not list (a policy
                # officer's least sure answer looked as if it did not matter)
                reopens = (
                    after is None is current
                    and after_certainty == "open" == now.conclusions[conclusion].certainty
                    and _outcome_values(changed.conclusions[conclusion]) != _outcome_values(now.conclusions[conclusion])
                )
                if after != current or settles or opens or reopens:
                    said = _as_said(changed.conclusions[conclusion], after, between=reopens)
                    hangs_on = self._no_value_hangs_on(changed, conclusion, after)
                    if hangs_on is not None:
                        said = word("no-value-depending", meanings=said, facts=hangs_on)
                    hits.append((value, numbers, after, after_certainty, said))
            # answers that lead to the same outcome are said together ("'laag' of 'gemiddeld'", "16 of meer"): a
            # tester read '16' and '17 of meer' as two results where there was one
            known = facts.get(path)
            # a fact the case answers is said with its answer: a tester read "als de ratio 'kennis' is" as a
            # suggestion to answer what was answered already
            instead = (
                word("instead-of", value=word("quoted", value=_known_text(known)))
                if known is not None and not isinstance(known, Bounds)
                else Text("", "")
            )
            # a number said by the class the rules' limits cut ("hoogstens 7"): whose limits those are, as the
            # advice says them (a policy officer read "7" beside Provan & Kenis as theirs)
            limits = _bounds_said(
                _policy_bounds(self._loaded.rulebase, conclusion, supporting_only=False), {path}, sentence=True
            )
            for run in _runs(hits):
                value_words = _values_said(path, [(value, numbers) for value, numbers, *_ in run])
                said_change = word(
                    "single-change",
                    fact=fact_subject(path),
                    values=_quoted_or(value_words),
                    instead=instead,
                    conclusion=in_a_sentence(conclusion),
                    after=run[0][4],
                )
                if limits is not None and any(numbers is not None for _value, numbers, *_ in run):
                    said_change = join([said_change, limits], Text(" ", " "))
                text = said_change.pick(language)
                found += [
                    SingleChange(
                        fact=path,
                        value=value,
                        conclusion=conclusion,
                        before=current,
                        after=after,
                        after_certainty=after_certainty,
                        text=text,
                        now=now_said,
                    )
                    for value, _numbers, after, after_certainty, _said in run
                ]
        return found

    def _no_value_hangs_on(self, advice: Advice, conclusion: str, value: Any) -> Text | None:
        """For a conclusion settled without a value that means either no clear value or not applicable: the facts
        on which it hangs which ("naargelang de ratio"; a policy officer read "is de governancevorm geen duidelijke
        vorm of niet van toepassing" and could not tell which). None otherwise."""
        said = advice.conclusions[conclusion]
        guard = self._loaded.guards.get(conclusion)
        if value is not None or guard is None or said.certainty != "settled" or len(said.outcomes) != 1:
            return None
        if len(said.outcomes[0].no_value) < 2 or guard[0] not in advice.conclusions:
            return None
        deciding = [answer.fact for answer in advice.conclusions[guard[0]].deciding]
        return fact_subjects(deciding) if deciding else None


def _values_to_try(loaded: _Loaded, path: str, known: Any, case: Case) -> list[tuple[Any, tuple[int, int] | None]]:
    """The values :meth:`Advisor.single_changes` tries for a fact: each choice; for a number, one for each class
    the rules' thresholds cut ("16 of meer"), other than the one it is in, and no fewer partners than are listed."""
    if FACTS[path].type != "int":
        return [(value, None) for value in FACTS[path].values]
    at_least = len(case.partners) if path == PARTNER_COUNT else 0
    at_most: int | None = None
    if isinstance(known, Bounds):  # (a number known within bounds: only what they leave)
        at_least, at_most = max(at_least, known.low), known.high
    tried: list[tuple[Any, tuple[int, int] | None]] = []
    for low, high in loaded.outcomes.classes.get(path, {}).values():
        # each class as far as the case leaves it, said so: "hoogstens 7" of a list of six partners read as if the
        # case could still have fewer (a policy officer's trial; the advice itself said "6 tot en met 7")
        start, end = max(low, at_least), high if at_most is None else min(high, at_most)
        if start <= end and not (isinstance(known, int) and low <= known <= high):
            tried.append((start, (start, end)))
    return tried


def _runs(
    hits: list[tuple[Any, tuple[int, int] | None, Any, Any, Text]],
) -> list[list[tuple[Any, tuple[int, int] | None, Any, Any, Text]]]:
    """Consecutive single changes of one fact that lead to the same outcome, said alike; numbers only where their
    classes touch (16, then 17 or more)."""
    runs: list[list[tuple[Any, tuple[int, int] | None, Any, Any, Text]]] = []
    for hit in hits:
        if runs:
            last = runs[-1][-1]
            touching = hit[1] is None or (last[1] is not None and last[1][1] + 1 == hit[1][0])
            if touching and (last[2], last[3], last[4]) == (hit[2], hit[3], hit[4]):
                runs[-1].append(hit)
                continue
        runs.append([hit])
    return runs


def _values_said(path: str, values: list[tuple[Any, tuple[int, int] | None]]) -> list[Text]:
    """The values of a run of single changes in words: for numbers one span ("16 of meer"), else each value."""
    spans = [numbers for _value, numbers in values if numbers is not None]
    if spans:
        merged = (spans[0][0], spans[-1][1])
        return [Text(*(answer_label(path, values[0][0], merged, lang) for lang in ("nl", "en")))]
    return [value_text(value) for value, _numbers in values]


def _known_text(known: Any) -> Text:
    """A known answer in words: a choice or yes/no by its label, a number as itself."""
    return Text(str(known), str(known)) if isinstance(known, int) and not isinstance(known, bool) else value_text(known)


def _quoted_or(values: list[Text]) -> Text:
    """ "'laag' of 'gemiddeld'"."""
    quoted = [word("quoted", value=value) for value in values]
    if len(quoted) == 1:
        return quoted[0]
    return join(quoted[:-1], word("list")) + word("or") + quoted[-1]


def _outcome_values(conclusion: Conclusion) -> list[str | None]:
    return [outcome.value for outcome in conclusion.outcomes]


def _as_said(conclusion: Conclusion, value: Any, *, between: bool = False) -> Text:
    """A conclusion's value as a single change says it: "voorlopig lerend netwerk", "niet van toepassing", "nog
    open" (as the advice says it; a tester read "nog niet te bepalen" beside it as something else), "nog niet te
    bepalen"; ``between``: an open one with its outcomes ("nog open, mogelijk: … of …"), where a change leaves it
    open between others. Said in the language the advice was made in."""
    if value is None:
        if conclusion.certainty == "settled" and conclusion.outcomes:
            label = conclusion.outcomes[0].label  # what no value means here, in the advice's language
            return Text(label, label)
        if between and conclusion.certainty == "open" and conclusion.outcomes:
            # (no value by each thing it means, as one list: "… (NAO) of geen duidelijke vorm of niet van
            # toepassing" read as two lists, a policy officer)
            labels = either(
                [
                    text
                    for outcome in conclusion.outcomes
                    for text in (
                        [_NO_VALUE_MEANING[meaning](conclusion.name) for meaning in outcome.no_value]
                        if outcome.value is None and outcome.no_value
                        else [Text(outcome.label, outcome.label)]
                    )
                ]
            )
            return word("still-open-between", outcomes=labels)
        return word("still-open") if conclusion.certainty == "open" else UNDETERMINED
    if conclusion.certainty == "provisional":
        return word("for-now", value=value_text(value))
    return value_text(value)


_NO_VALUE_MEANING: dict[str, Callable[[str], Text]] = {
    "undecided": lambda name: NO_VALUE.get(name, NO_VALUE_OTHER),
    "not_applicable": lambda _name: NOT_APPLICABLE,
}
"""What each meaning of no value is called (:attr:`Outcome.no_value`), for a conclusion by its name."""


def _rebuild(rulebase: RuleBase, path: Path | None, engine: EngineChoice, lang: Language) -> Advisor:
    advisor = Advisor(rulebase, engine=engine, lang=lang)
    advisor._path = path
    return advisor


_CHECK_WORDS: dict[bool | None, str] = {True: "check-holds", False: "check-fails", None: "check-unknown"}


def _shown(value: Any, lang: Language) -> str:
    """A fact's value as a person reads it; a count known within bounds as "2 tot 5"; no value as "onbekend"
    (the case may not mention it: "weet niet" would say it was answered so, a tool builder found)."""
    if isinstance(value, Bounds):
        return count_within(value).pick(lang)
    if value is None:
        return word("value-unknown").pick(lang)
    return value_label(value, lang)


def _seen(condition: Condition, facts: Mapping[str, Any], derived: Mapping[str, set[Any]]) -> Any:
    """What a condition looks at in this case: a fact's value, or the values a conclusion was derived with.
    Everything said about the condition follows from it, so it keys the caches below."""
    if condition.subject == "fact":
        return facts.get(condition.name)
    return frozenset(derived.get(condition.name, ()))


# Advice is built often and checks the same conditions against the same few values again and again; the checks
# are frozen values, so one is built per condition, value and language (bounded: a long run does not grow).
@functools.lru_cache(maxsize=16_384)
def _condition_check(condition: Condition, seen: Any, lang: Language) -> ConditionCheck:
    if condition.subject == "fact":
        facts, derived = ({} if seen is None else {condition.name: seen}), {}
        subject = f"{FACTS[condition.name].label(lang).rstrip('.?')} ({condition.name})"
        shown_actual = _shown(seen, lang)
        actual: Any = [seen.low, seen.high] if isinstance(seen, Bounds) else seen
    else:
        facts, derived = {}, {condition.name: set(seen)}
        actual = sorted(map(str, seen))
        # named as a fact is, in words with its code beside them; a conclusion nothing derived is not "weet niet"
        # (a person's answer) but not determined yet
        named = CONCLUSION_NAMES.get(condition.name)
        subject = f"{named.pick(lang)} ({condition.name})" if named else condition.name
        shown_actual = ", ".join(value_label(v, lang) for v in actual) or UNDETERMINED.pick(lang)
    holds = condition_holds(condition, facts, derived)
    operand = condition.operand
    expected = (
        ", ".join(value_label(v, lang) for v in operand)
        if isinstance(operand, tuple)
        else ("" if operand is None else value_label(operand, lang))
    )
    text = (
        f"{subject} {BY_NAME[condition.operator].words.pick(lang)} {expected}".rstrip()
        + f" ({word('now').pick(lang)}: {shown_actual}): {word(_CHECK_WORDS[holds]).pick(lang)}"
    )
    return ConditionCheck(
        kind=condition.subject,
        name=condition.name,
        operator=condition.operator,
        expected=operand,
        actual=actual,
        holds=holds,
        text=text,
    )


def _fact_used(condition: Condition, facts: Mapping[str, Any], derived: Mapping[str, set[Any]]) -> FactUsed:
    return _used(condition.subject, condition.name, _seen(condition, facts, derived))


@functools.lru_cache(maxsize=16_384)
def _used(subject: str, name: str, seen: Any) -> FactUsed:
    if subject == "conclusion":
        values = sorted(map(str, seen))
        return FactUsed(kind="conclusion", name=name, value=values[0] if len(values) == 1 else (tuple(values) or None))
    if isinstance(seen, Bounds):
        return FactUsed(kind="fact", name=name, value=None, bounds=(seen.low, seen.high))
    return FactUsed(kind="fact", name=name, value=seen)


def explain_rule(
    rule: Rule, facts: Mapping[str, Any], derived: Mapping[str, set[Any]], fired: bool, lang: Language
) -> RuleExplanation:
    """Each condition of ``rule`` checked against the facts and derived conclusions, in words."""
    checks = [_condition_check(condition, _seen(condition, facts, derived), lang) for condition in rule.conditions]
    return RuleExplanation(
        rule_id=rule.id, title=rule.title.pick(lang), sections=list(rule.sections), fired=fired, conditions=checks
    )


# --------------------------------------------------------------------------- building the advice


def _certainty_of(advice: Advice, name: str) -> Certainty | Literal["not_analysed"]:
    conclusion = advice.conclusions.get(name)
    return "settled" if conclusion is None else conclusion.certainty


def _outcomes_of(advice: Advice, name: str) -> list[Outcome]:
    conclusion = advice.conclusions.get(name)
    return [] if conclusion is None else [outcome.model_copy(deep=True) for outcome in conclusion.outcomes]


def _assumed_of(advice: Advice, name: str) -> AssumedValue | None:
    conclusion = advice.conclusions.get(name)
    return None if conclusion is None or conclusion.assumed is None else conclusion.assumed.model_copy(deep=True)


def _partners_as_set(case: Case, items: Sequence[Any]) -> tuple[list[Any], dict[int, int]]:
    """A what-if's partner list as the case takes it, from names (as its question asks it) or partners: a name the
    case lists already (as the case tells names apart) is that partner with its answers. Beside it, each partner
    named again: its place before → its place now. (A tool builder naming the same partners lost every answer
    about them: their kinds, and with them the sovereignty advice.)"""
    listed = {normal_word(partner.name): place for place, partner in enumerate(case.partners)}
    partners: list[Any] = []
    renumbered: dict[int, int] = {}
    for item in items:
        place = listed.get(normal_word(item)) if isinstance(item, str) else None
        if place is not None and place not in renumbered:
            renumbered[place] = len(partners)
            partners.append({**case.partners[place].model_dump(mode="python"), "name": item})
        else:
            partners.append({"name": item} if isinstance(item, str) else item)
    return partners, renumbered


def _renumber(path: str, renumbered: Mapping[int, int]) -> str | None:
    """A fact's path once a new partner list gave the listed partners the places ``renumbered`` says (None: a
    partner not named again)."""
    place = partner_answer(path)
    if place is None:
        return path
    now = renumbered.get(place[0])
    return None if now is None else f"partners[{now}].{place[1]}"


def _answer_in(case: Case, facts: Mapping[str, Any], path: str) -> Any:
    """The answer ``case`` gives to the question of ``path``, as the case reads it: a fact's value, a listed
    partner's answer, or the partner list as names."""
    if path == "partners":
        return [partner.name for partner in case.partners]
    place = partner_answer(path)
    if place is not None:
        return getattr(case.partners[place[0]], place[1])
    return facts.get(path)


def _state_of(advice: Advice, name: str) -> tuple[Any, ...]:
    """What a what-if compares of a conclusion: its value, certainty, and the outcomes it can still come out as
    with what no value means in each."""
    conclusion = advice.conclusions.get(name)
    if conclusion is None:
        return (None, "settled", ())
    return (conclusion.value, conclusion.certainty, possible_outcomes(conclusion))


def _brought_by_saying(
    loaded: _Loaded,
    facts: dict[str, Any],
    fired: Collection[str],
    conclusions: Mapping[str, Conclusion],
    assessment: Assessment,
    name: str,
    value: Any,
) -> tuple[list[str], list[str]]:
    """What a case would get on the condition that ``name`` is ``value``, as it gets it when it says so whatever
    its facts say (see :func:`build_advice`): the rules whose findings come, other than those that fired, and the
    fixed conclusions that gain a part on that condition (the governance mode "als dit een organisatienetwerk
    is: nog open, …": a tool builder found the form's question silent on it, where what-if showed it)."""
    assumed = infer(loaded.rulebase, loaded.assuming, facts, [(name, value)])
    findings = [
        firing.rule.id
        for firing in assumed.firings
        if firing.rule.id not in fired
        and firing.rule.finding is not None
        and _speaks_of(loaded, firing.rule, name, value)
    ]
    changed = [
        other for other, _value, _possible in _assumed_values(conclusions, loaded, assumed, assessment, name, value)
    ]
    return findings, changed


def build_advice(
    loaded: _Loaded,
    case: Case,
    facts: dict[str, Any],
    inference: Inference,
    lang: Language,
    not_known: frozenset[str] = frozenset(),
) -> Advice:
    """Turn what the rules did into an :class:`Advice`: conclusions with how certain they are, findings (and
    those that apply only if an open conclusion turns out as a rule file assumes), and the questions worth
    asking next."""
    rulebase = loaded.rulebase
    assessment = loaded.outcomes.assess(facts)
    # what fired and what was derived, as sets: the conclusions, the questions and the findings all read them
    derived = {name: set(values) for name, values in inference.derived.items()}
    fired = set(inference.fired_ids)
    count_left_open = _count_left_open(loaded, case)
    count_changes, count_information = _changed_by_count(loaded, count_left_open, assessment, facts)
    conclusions = _conclusions(
        loaded, inference, fired, derived, assessment, facts, lang, count_left_open, count_changes
    )

    conditional: list[tuple[Rule, dict[str, set[Any]], Assumption]] = []  # made findings once questions are known
    # the findings that come, or would come once their facts are known, only on an assumed conclusion
    on_a_condition: set[str] = set()
    # the assumptions the case's facts rule out, with what the rules derive and can still come out on each
    ruled_out: list[tuple[Mapping[str, set[Any]], Assessment]] = []
    # for each of those: the condition, and what the rules derive on it
    assumed_for: dict[str, tuple[tuple[str, Any], Mapping[str, set[Any]], frozenset[str]]] = {}
    # for a fact that states a conclusion, unknown while its facts rule a value out: the findings the advice for
    # that value would give, which an answer stating it brings by itself (on that condition)
    brought: dict[str, list[str]] = {}
    parts_brought: dict[str, list[str]] = {}  # for such a fact: the conclusions that gain a part on that condition
    seen = set(fired)
    for name, value in rulebase.guards:
        if conclusions.get(name) is None:
            continue
        # The case may say what it is (an organisation network) while the rules conclude otherwise (its rationale
        # fits a learning network): the advice for what it says it is stays, on that condition.
        stated = STATED_IN.get(name)
        said_so = stated is not None and facts.get(stated) == value and conclusions[name].value != str(value)
        if not said_so:
            if conclusions[name].value == str(value):
                continue  # it is so: those rules took part already
            if assessment.analysed(name):
                if value not in assessment.outcomes(name):
                    # it can no longer come out so; but a case that says it is so gets the advice for it (a tool
                    # builder found the form's question silent on the advice its answer brings)
                    if stated is not None and facts.get(stated) is None:
                        findings_said, parts_said = _brought_by_saying(
                            loaded, facts, fired, conclusions, assessment, name, value
                        )
                        brought.setdefault(stated, []).extend(findings_said)
                        parts_brought.setdefault(stated, []).extend(parts_said)
                    continue
            elif conclusions[name].value is not None:
                continue  # what it can still come out as is not known: only an open conclusion is assumed
            # open, or provisionally another value: the advice for it stays, on that condition
        speaking = loaded.asker.speaking_of(name, value) - fired
        on_a_condition |= speaking
        assumed = infer(rulebase, loaded.assuming, facts, [(name, value)])
        assumed_derived = {key: set(values) for key, values in assumed.derived.items()}
        assumed_for.update(dict.fromkeys(speaking, ((name, value), assumed_derived, frozenset(assumed.fired_ids))))
        if said_so and assessment.analysed(name) and value not in assessment.outcomes(name):
            ruled_out.append((assumed_derived, assessment.under(name, value)))
        condition = Assumption(conclusion=name, value=str(value), text=assumption(name, value).pick(lang))
        for firing in assumed.firings:
            if (
                firing.rule.id not in seen
                and firing.rule.finding is not None
                and _speaks_of(loaded, firing.rule, name, value)
            ):
                seen.add(firing.rule.id)
                conditional.append((firing.rule, assumed_derived, condition))
        _add_assumed(conclusions, loaded, assumed, assessment, name, value, condition, lang, facts)

    on_a_condition.update(rule.id for rule, _derived, _condition in conditional)
    meaning = _meaning_told_by(loaded, conclusions, assessment)
    questions, waiting, held_questions = loaded.asker.ask(
        case,
        facts,
        derived,
        on_a_condition,
        assessment,
        lang,
        not_known,
        fired=fired,
        fired_if={rule.id: assumed_derived for rule, assumed_derived, _condition in conditional},
        under=ruled_out,
        assumed_for=assumed_for,
        brought=brought,
        parts_brought=parts_brought,
        meaning=meaning,
        count_changes=count_changes,
        count_information=count_information,
    )
    _say_asked_through(conclusions, questions)
    conditional_findings = [
        _finding(rule, facts, assumed_derived, conclusions, lang, assuming=condition, may_change=waiting.get(rule.id))
        for rule, assumed_derived, condition in conditional
    ]
    conditional_firings = [rule for rule, _derived, _condition in conditional]
    findings = [
        _finding(firing.rule, facts, derived, conclusions, lang, may_change=waiting.get(firing.rule.id, []))
        for firing in inference.firings
        if firing.rule.finding is not None
    ]
    _say_doubts(conclusions, findings, rulebase, lang)
    _say_possible_doubts(conclusions, loaded, fired, waiting, lang)
    _say_current(conclusions, rulebase, assessment, facts, lang)
    steps = loaded.steps
    trace = [  # (copies of the rule base's dicts: each advice has its own)
        TraceStep.trusted(
            round=firing.round,
            rule_id=firing.rule.id,
            concluded=dict(steps[firing.rule.id][0]),
            supported=dict(steps[firing.rule.id][1]),
        )
        for firing in inference.firings
    ]
    read_by = [*(firing.rule for firing in inference.firings), *conditional_firings]
    waiting_answers = _waiting_answers(
        facts, read_by, loaded.facts_read, lang, loaded.readers, loaded.asker, assessment, derived
    )
    return Advice.trusted(
        waiting_answers=waiting_answers,
        unused_answers=_unused_answers(loaded, facts, waiting_answers, lang),
        answers_set_aside=_answers_set_aside(
            loaded, case, facts, conclusions, {*fired, *(rule.id for rule in conditional_firings)}, lang
        ),
        case_title=case.title,
        language=lang,
        conclusions=conclusions,
        findings=findings,
        conditional_findings=conditional_findings,
        questions=questions,
        held_questions=held_questions,
        trace=trace,
        rulebase_version=rulebase.version,
        engine=loaded.engine.name,
        look_alike_names=_look_alike_names(case, lang),
    )


def _waiting_answers(
    facts: Mapping[str, Any],
    fired: Sequence[Rule],
    facts_read: frozenset[str],
    lang: Language,
    readers: Mapping[str, Sequence[Rule]],
    asker: Asker,
    assessment: Assessment,
    derived: Mapping[str, set[Any]],
) -> list[WaitingAnswers]:
    """The follow-up answers a case gives while their yes/no fact is "nee" or unknown (see
    :data:`facts.FOLLOW_UPS`), or the answers to questions asked after another while that one is unknown (see
    :data:`facts.ASKED_AFTER`), and that no rule of this advice read: a case file can give them, and the advice
    would otherwise drop them silently. Each is said with the answer given ("…licht en wendbaar: nee"), as the
    name of a yes/no fact is a statement that the answer may deny.

    An answer that alone keeps a rule that reads it (``readers``: per fact) from firing is read too (the end user
    named keeps "wie is de eindgebruiker?" away: a tool builder saw the finding go while the answer was called
    unused)."""
    # a follow-up no rule reads at all waits for nothing: unused_answers says it
    candidates = [
        (first, [path for path in follow_ups if facts.get(path) is not None and path in facts_read])
        for first, follow_ups in FOLLOW_UPS.items()
        if facts.get(first) is not True
    ]
    # and a question asked after another whatever its answer, answered while that one is unknown: a stuck network's
    # "nee" to concrete results, which the advice on it reads only of a network that is implementing (a policy
    # officer's answer went unsaid while the phase question stood far down the list)
    candidates += [
        (first, [path for path in asked_after if facts.get(path) is not None and path in facts_read])
        for first, asked_after in ASKED_AFTER.items()
        if facts.get(first) is None
    ]
    if not any(given for _first, given in candidates):
        return []  # most cases: no follow-up answered without its "ja"
    # (an answer a fired rule reads through a summary is read too: "Nog niet gebruikt: de doelstelling" stood
    # beside the finding that reads whether it starts with "We willen", a policy officer's trial)
    read = set(with_inputs(c.name for rule in fired for c in rule.conditions if c.subject == "fact"))
    given_paths = {path for _first, answered in candidates for path in answered if path not in read}
    for path in given_paths:
        if any(
            _kept_from_firing_by(rule, path, facts) and asker.may_still_hold_on_conclusions(rule, derived, assessment)
            for rule in readers.get(path, ())
        ):
            read.add(path)
    waiting = []
    for first, answered in candidates:
        answer = facts.get(first)
        given = [path for path in answered if path not in read]
        if not given:
            continue
        text = _waiting_text(first, answer, tuple((path, facts[path]) for path in given), lang)
        waiting.append(WaitingAnswers.trusted(first=first, first_answer=answer, facts=given, text=text))
    return waiting


def _kept_from_firing_by(rule: Rule, path: str, facts: Mapping[str, Any]) -> bool:
    """Whether the answer to ``path`` alone keeps ``rule`` from firing by its conditions on facts: its condition on
    it fails, and no other condition on a fact does (its conditions on conclusions: see
    :meth:`Asker.may_still_hold_on_conclusions`)."""
    on_path = [c for c in rule.conditions if c.subject == "fact" and c.name == path]
    if not any(condition_holds(c, facts, NOTHING_DERIVED) is False for c in on_path):
        return False  # (most readers: the answer keeps nothing away; the other conditions are not looked at)
    others = [c for c in rule.conditions if c.subject == "fact" and c.name != path]
    return not any(condition_holds(c, facts, NOTHING_DERIVED) is False for c in others)


# The same few follow-ups are given with the same few answers case after case: each text is said once (bounded).
# Each answer is keyed beside its fact, which fixes its type (True and 1 are equal keys).
@functools.lru_cache(maxsize=4096)
def _waiting_text(first: str, answer: bool | None, given: tuple[tuple[str, Any], ...], lang: Language) -> str:
    said = _answers_said(given)
    code = "waiting-answers-unknown" if answer is None else "waiting-answers-no"
    return word(code + ("-one" if len(given) == 1 else ""), facts=said, question=spec_of(first).question(lang)).pick(
        lang
    )


def _unused_answers(
    loaded: _Loaded, facts: Mapping[str, Any], waiting: Sequence[WaitingAnswers], lang: Language
) -> UnusedAnswers | None:
    """The answers a case gives that no rule of the rule base reads at all (the model has them, the rules do
    not use them yet: ``check --analyse`` lists them as unused facts); None when there are none."""
    said_waiting = {path for answers in waiting for path in answers.facts}
    unread = loaded.unread
    unused = [
        path for path, value in facts.items() if path in unread and path not in said_waiting and value is not None
    ]
    if not unused:
        return None
    said = _answers_said([(path, facts[path]) for path in unused])
    return UnusedAnswers.trusted(facts=unused, text=word("unused-answers", facts=said).pick(lang))


def _answers_set_aside(
    loaded: _Loaded,
    case: Case,
    facts: Mapping[str, Any],
    conclusions: Mapping[str, Conclusion],
    applying: Collection[str],
    lang: Language,
) -> AnswersSetAside | None:
    """The answers a case gives that only rules needing another value of one settled conclusion read (none of which
    fires, on the case or on a condition): what a stuck network says, while its rationale settles it as a learning
    network and the guide's advice on being stuck is for organisation networks. None where there are none, or where
    they wait for more than one such value (said by no sentence: rare, and a list of conditions says little)."""
    # the settled conclusions' values: a rule testing one for another value can no longer fire
    settled = {name: conclusion.value for name, conclusion in conclusions.items() if conclusion.certainty == "settled"}
    failing = {test for test in loaded.guard_tests if test[0] in settled and settled[test[0]] not in test[1]}
    if not failing:  # (most cases: nothing they state is read only by rules ruled out)
        return None
    aside: list[str] = []
    needed: set[tuple[str, frozenset[Any]]] | None = None  # what every such rule needs and the case rules out
    for path, tests, rule_ids in loaded.guarded:
        if facts.get(path) is None or path in loaded.unread or not rule_ids.isdisjoint(applying):
            continue
        if path == PARTNER_COUNT and case.count_taken_from_list:
            continue  # (never written: the list's length)
        ruled_out = failing.intersection(tests)
        if ruled_out:
            needed = ruled_out if needed is None else needed & ruled_out
            aside.append(path)
    # (the first in the order the conclusions follow from each other: the form, not the governance mode it rules
    # out in turn)
    found = sorted(
        needed or (), key=lambda test: list(FIXED_CONCLUSIONS).index(test[0]) if test[0] in FIXED_CONCLUSIONS else 99
    )
    if not aside or not found or len(found[0][1]) != 1:
        return None
    name, [value] = found[0][0], list(found[0][1])
    aside.sort(key=list(facts).index)  # (in the case's order)
    said = _answers_said([(path, facts[path]) for path in aside])
    text = answers_set_aside_words(said, name, value, conclusions[name].value)
    return AnswersSetAside.trusted(facts=aside, conclusion=name, needs=str(value), text=text.pick(lang))


_ROLE_FACTS = tuple(path for path, spec in FACTS.items() if path.startswith(ROLE_PREFIX) and spec.type == "text")


def _look_alike_names(case: Case, lang: Language) -> list[LookAlikeNames]:
    """The role holders, and the partners, whose names differ only in capitals, spacing, punctuation or a doubled
    letter: perhaps one name written two ways, which the rules count as two (see :class:`LookAlikeNames`)."""
    found: list[LookAlikeNames] = []
    roles = case.management.roles.__dict__  # (a model keeps its fields there)
    holders: dict[str, list[str]] = {}  # each name as first written → the roles it holds
    written: dict[str, str] = {}  # each name as the rules count it (capitals, spacing) → as first written
    for path in _ROLE_FACTS:
        holder = roles[path.removeprefix(ROLE_PREFIX)]
        if holder is not None and holder != NOBODY:
            # ("Jan Peeters" and "jan peeters" are one to the rules: said as one, not as two alike: a tool builder)
            first = written.setdefault(normal_word(holder), holder.strip())
            holders.setdefault(first, []).append(path)
    for names in _alike(holders) if len(holders) > 1 else ():
        said = [word("look-alike-one", name=name, where=fact_names(holders[name])) for name in names]
        text = word("look-alike-roles", names=together(said))
        found.append(LookAlikeNames.trusted(names=names, facts=[holders[n] for n in names], text=text.pick(lang)))
    partners = {partner.name: f"partners[{index}]" for index, partner in enumerate(case.partners)}
    for names in _alike(partners) if len(partners) > 1 else ():
        text = word("look-alike-partners", names=together([word("quoted", value=name) for name in names]))
        found.append(LookAlikeNames.trusted(names=names, facts=[[partners[n]] for n in names], text=text.pick(lang)))
    return found


_IN_BRACKETS = re.compile(r"\([^()]*\)")


def _alike(named: Mapping[str, Any]) -> list[list[str]]:
    """The names of ``named`` (as written) that are one once capitals, spacing, punctuation, doubled letters and a
    remark in brackets are set aside ("Vandame", "Vandamme"; "Lo-Reninge", "Lo Reninge"; "Els Janssens
    (coördinator)", "Els Janssens"), each such group of two or more in order."""
    groups: dict[str, list[str]] = {}
    for name in named:
        groups.setdefault(_skeleton(name), []).append(name)
    return [names for names in groups.values() if len(names) > 1 and len({normal_word(name) for name in names}) > 1]


@functools.lru_cache(maxsize=4096)  # (names repeat from advice to advice: a consultation's, a batch's)
def _skeleton(name: str) -> str:
    # (a remark in brackets set aside too: "Els Janssens (coördinator)" beside "Els Janssens" counted as two
    # people, each holding fewer roles, and nothing said so: a coordinator's trial)
    bare = _IN_BRACKETS.sub(" ", name)
    letters = "".join(character for character in unicodedata.normalize("NFKD", bare.casefold()) if character.isalnum())
    return re.sub(r"([^\W\d_])\1+", r"\1", letters)  # (letters only: "Partner 1" and "Partner 11" are two)


def _answers_said(given: Sequence[tuple[str, Any]]) -> Text:
    """Facts with the answers a case gives, "er is een netwerkteam: ja; …": the name of a yes/no fact is a
    statement the answer may deny, so the answer is said beside it."""
    return join([_answer_said(path, value) for path, value in given], Text("; ", "; "))


# A case's answers that no rule reads are said in every advice on it, and the same facts come with the same few
# answers from case to case: each is said once (bounded). The fact is in the key beside its answer, which fixes
# the answer's type (True and 1 are equal keys).
@functools.lru_cache(maxsize=4096)
def _answer_said(path: str, value: Any) -> Text:
    return word("fact-answered", fact=fact_names([path]), answer=value_text(value))


def _say_doubts(
    conclusions: dict[str, Conclusion], findings: list[Finding], rulebase: RuleBase, lang: Language
) -> None:
    """A finding that puts a conclusion in doubt (``doubts:``, "met 2 partners is dit geen organisatienetwerk")
    is said in the conclusion's sentence, which otherwise reads as contradicted by it."""
    doubting: dict[str, list[Finding]] = {}
    for finding in findings:
        doubts = rulebase.by_id[finding.rule_id].finding.doubts  # type: ignore[union-attr]  # findings have one
        if doubts is not None and doubts in conclusions:
            doubting.setdefault(doubts, []).append(finding)
    if not doubting:
        return  # most advice: nothing below puts a conclusion in doubt
    for name, found in doubting.items():
        titles = ", ".join(in_quotes(finding.title) for finding in found)
        said = word("doubted-one" if len(found) == 1 else "doubted-many", count=len(found), titles=titles)
        conclusions[name] = conclusions[name].model_copy(
            update={
                "doubted_by": [finding.rule_id for finding in found],
                "sentence": f"{conclusions[name].sentence} {said.pick(lang)}",
            }
        )
    # A conclusion that holds only on a doubted one (a governance mode, only for an organisation network) is in
    # doubt with it: said so, or it reads as firm where the form it rests on is not.
    for name in FIXED_CONCLUSIONS:
        guard = rulebase.guard(name)
        if (
            guard is None
            or guard[0] not in doubting
            or name not in conclusions
            or conclusions[name].value is None
            or conclusions[guard[0]].value != str(guard[1])
        ):
            continue
        said = word("doubted-through", condition=assumption(*guard), conclusion=CONCLUSION_NAMES[guard[0]])
        conclusions[name] = conclusions[name].model_copy(
            update={"sentence": f"{conclusions[name].sentence} {said.pick(lang)}"}
        )


def _say_possible_doubts(
    conclusions: dict[str, Conclusion],
    loaded: _Loaded,
    fired: set[str],
    waiting: Mapping[str, list[str]],
    lang: Language,
) -> None:
    """A fixed conclusion with a value that a finding would put in doubt (``doubts:``) once an open conclusion it
    reads comes out otherwise says so, and on which: "Naargelang het type uitdaging kan een bevinding daar nog
    vraagtekens bij zetten." A policy officer read "Samenwerkingsvorm: organisatienetwerk." of a case with every
    criterion unknown as beyond question, and `what-if` then added a doubt. (A doubt that waits on facts alone
    is left to the questions, which name the finding they can bring: said here, the facts made a long sentence
    of statements.)"""
    for name in FIXED_CONCLUSIONS:
        conclusion = conclusions.get(name)
        if conclusion is None or conclusion.value is None or conclusion.doubted_by:
            continue
        doubting: list[str] = []
        on: dict[str, None] = {}
        for rule_id, rule in loaded.doubting.get(name, {}).items():
            if rule_id in fired or not waiting.get(rule_id):
                continue
            if conclusion.value not in {str(v) for v in loaded.asker.satisfying[rule_id].get(name, {conclusion.value})}:
                continue  # its doubt is about another value of it
            reads = [
                c.name
                for c in rule.conditions
                if c.subject == "conclusion" and c.name != name and conclusions[c.name].certainty != "settled"
            ]
            if reads:
                doubting.append(rule_id)
                on.update(dict.fromkeys(reads))
        if not doubting:
            continue
        # which findings, by title: "a finding" alone named neither it nor what would bring it (a policy officer)
        titles = ", ".join(in_quotes(loaded.rulebase.by_id[rule_id].title.pick(lang)) for rule_id in doubting)
        said = word(
            "may-be-doubted" if len(doubting) == 1 else "may-be-doubted-many",
            what=together([CONCLUSION_IN_A_SENTENCE[other] for other in on]),
            titles=titles,
        )
        conclusions[name] = conclusion.model_copy(
            update={"may_be_doubted_by": doubting, "sentence": f"{conclusion.sentence} {said.pick(lang)}"}
        )


def _say_current(
    conclusions: dict[str, Conclusion],
    rulebase: RuleBase,
    assessment: Assessment,
    facts: Mapping[str, Any],
    lang: Language,
) -> None:
    """A decision says the value the case has now (``current:``): one that is not settled, where it can still come
    out as that value, and on which answers; an open one (no value now) also where it cannot, whatever the
    answers; any other, as it is ("Nu: nog geen bewust gekozen vorm"). Without this the mode the case gives was
    named nowhere while the decision is open (a tester looked for it), and a warning on the current mode that may
    still fall away read as if the mode might still turn out right (another tester)."""
    for name, decision in rulebase.decisions.items():
        current = facts.get(decision.current) if decision.current is not None else None
        if current is None or name not in conclusions:
            continue
        if (
            # a value the rules support, as for the judgement of the current value ("not chosen" is no mode)
            current not in rulebase.decision_values(name)
            or conclusions[name].certainty == "settled"
            or not assessment.analysed(name)
            # its value now is another mode, and no answer makes it this one
            or (current not in assessment.outcomes(name) and conclusions[name].certainty != "open")
        ):
            # the mode the case has now, beside the one that fits: "voorlopig NAO" was read as the network's mode of
            # today, beside a finding that it has none chosen yet (a policy officer)
            said = word("current-now", current=value_text(current))
        elif current not in assessment.outcomes(name):
            # a factor may still support it (its warning "geen gekende factor steunt de huidige vorm" may fall away),
            # never enough: both said at once, or the two read as a contradiction (a tester)
            waiting = next(
                (a.waiting_for for a in conclusions[name].alternatives if a.value == str(current) and a.waiting_for),
                None,
            )
            said = (
                word(
                    "current-not-advised-supported",
                    current=value_text(current),
                    facts=fact_subjects(waiting),
                )
                if waiting
                else word("current-not-advised", current=value_text(current))
            )
        else:
            judged = current_conclusion(name)
            deciding = _deciding_facts(assessment, judged if assessment.analysed(judged) else name)
            # the known factors behind it now, where some are: a policy officer whose lead organisation had trust
            # 'laag' and nine organisations behind it read only that whether it fits depends on the answers
            # (each rule supporting it whose conditions on facts hold: its conditions on conclusions, an
            # organisation network, may not be settled yet)
            supporting = [
                rule.id
                for rule in rulebase.leading.get(name, {}).get(current, ())
                if rule.supports
                and all(
                    condition_holds(condition, facts, NOTHING_DERIVED) is True
                    for condition in rule.conditions
                    if condition.subject == "fact"
                )
            ]
            behind = (
                word(
                    "current-supported-by-one" if len(supporting) == 1 else "current-supported-by",
                    count=len(supporting),
                    facts=facts_with_values(_facts_of(rulebase, supporting), facts),
                )
                if supporting
                else Text("", "")
            )
            if set(deciding) == set(_deciding_facts(assessment, name)):
                # (the sentence named them)
                said = word("current-still-open-same", current=value_text(current), behind=behind)
            else:
                said = word(
                    "current-still-open", current=value_text(current), facts=fact_names(deciding), behind=behind
                )
        conclusions[name] = conclusions[name].model_copy(
            update={"sentence": f"{conclusions[name].sentence} {said.pick(lang)}"}
        )


def _facts_of(rulebase: RuleBase, rule_ids: Iterable[str]) -> list[str]:
    """The facts the conditions of these rules read, each once, in order: the factors behind a decision's support."""
    return list(
        dict.fromkeys(c.name for rule_id in rule_ids for c in rulebase.by_id[rule_id].conditions if c.subject == "fact")
    )


def _deciding_facts(assessment: Assessment, name: str) -> list[str]:
    """The unknown facts whose answers can narrow what a conclusion comes out as, alone or with others (those
    that decide it alone are not all: the rationale alone can make a governance mode not applicable, and trust
    and goal consensus decide it together)."""
    return [path for path, gain in assessment.gains(name).items() if gain > NO_INFORMATION]


def _finding(
    rule: Rule,
    facts: Mapping[str, Any],
    derived: Mapping[str, set[Any]],
    conclusions: Mapping[str, Conclusion],
    lang: Language,
    *,
    assuming: Assumption | None = None,
    may_change: list[str] | None = None,
) -> Finding:
    assert rule.finding is not None
    return Finding.trusted(
        rule_id=rule.id,
        title=rule.title.pick(lang),
        severity=rule.finding.severity,
        message=fill_placeholders(rule.finding.message.pick(lang), facts, conclusions, lang),
        sections=list(rule.sections),
        heuristics=list(rule.heuristics),
        source=rule.source,
        quote=rule.quote,
        basis=rule.basis,
        because=[_fact_used(c, facts, derived) for c in rule.conditions],
        assuming=assuming,
        may_change=list(may_change or ()),
    )


def _count_left_open(loaded: _Loaded, case: Case) -> Assessment | None:
    """For a case whose number of organisations its partner list gives (never answered, see
    :attr:`Case.count_taken_from_list`): what the conclusions could come out as were that number unknown, the list
    perhaps incomplete. A conclusion settled now but not there is settled only if the list is the whole network,
    and says so. None for any other case."""
    if not case.count_taken_from_list:
        return None
    open_count = case.model_copy(update={"governance": case.governance.model_copy(update={"partner_count": None})})
    return loaded.outcomes.assess(fact_values(open_count))


def _changed_by_count(
    loaded: _Loaded, count_left_open: Assessment | None, assessment: Assessment, facts: Mapping[str, Any]
) -> tuple[dict[str, bool], float]:
    """For a partner list taken as the whole network (see :func:`_count_left_open`): the conclusions a question
    lists that another number of organisations can change, each with whether an answer does so by itself (how a
    current value compares with its decision only where the case states that value, as for every other question);
    and how much the answer narrows the fixed conclusions, to rank the question (see :meth:`Assessment.gains`).
    What the outcomes can be with the number open, and what an answer to it decides there: an open governance mode
    of nine organisations listed, which twenty would narrow, did not ask it (a policy officer's handout)."""
    if count_left_open is None:
        return {}, 0.0
    current_of = loaded.asker.current_of
    changes: dict[str, bool] = {}
    information = 0.0
    for name in loaded.outcomes.tables:
        if not (
            name in FIXED_CONCLUSIONS
            or name in loaded.rulebase.decisions
            or (name in current_of and current_of[name][1] in facts)
        ):
            continue
        # (the number's answers alone, not every unknown fact's: the cost of this a case with a list pays)
        gain = count_left_open.information(PARTNER_COUNT, name)
        if name in FIXED_CONCLUSIONS and len(assessment.outcomes(name)) > 1:
            # (ranked by what it can settle of a conclusion still open with the list taken as the whole network; one
            # settled so, which it can only unsettle, ranks it no higher: asked at once after the names, it cost the
            # consultation a question, and its benchmark's p90 went from 12 to 13)
            information += gain
        now = count_left_open.outcomes(name)
        if now != assessment.outcomes(name) or (
            len(now) > 1  # (as Assessment.deciding: one outcome, no answer changes it)
            and any(
                count_left_open.outcomes(name, count_left_open.given(PARTNER_COUNT, answer)) != now
                for answer in count_left_open.answer_values(PARTNER_COUNT)
            )
        ):
            changes[name] = True
        elif gain > NO_INFORMATION:
            changes[name] = False  # (only with other answers)
    return changes, information


def _conclusions(
    loaded: _Loaded,
    inference: Inference,
    fired: set[str],
    derived: Mapping[str, set[Any]],
    assessment: Assessment,
    facts: Mapping[str, Any],
    lang: Language,
    count_left_open: Assessment | None = None,
    count_changes: Mapping[str, bool] | None = None,
) -> dict[str, Conclusion]:
    """Each conclusion with its certainty, outcomes and sentence. ``count_left_open``: see
    :func:`_count_left_open`; ``count_changes``: the conclusions the number of organisations beside such a list can
    still change, each with whether its answer does so alone (see :func:`_changed_by_count`)."""
    count_changes = count_changes or {}
    rulebase = loaded.rulebase
    known = {*inference.derived, *rulebase.decisions, *rulebase.leading, *loaded.outcomes.tables}
    names = list(FIXED_CONCLUSIONS) + sorted(known - set(FIXED_CONCLUSIONS))
    out: dict[str, Conclusion] = {}
    for name in names:
        if name not in known:
            # a fixed conclusion these rules never reach: settled without a value, and said so (a tool builder's
            # own two rules gave "Type uitdaging: geen duidelijk type (geen type met genoeg criteria) (niet na te
            # gaan …)", as if criteria had been weighed, and "not_analysed")
            none = word("not-decided-by-these-rules")
            out[name] = Conclusion.trusted(
                name=name,
                value=None,
                label=None,
                status="undetermined",
                certainty="settled",
                outcomes=[Outcome.trusted(value=None, label=none.pick(lang))],
                sentence=word("conclusion-not-decided", name=CONCLUSION_NAMES[name], none=none).pick(lang),
            )
            continue
        values = inference.derived.get(name, {})
        outcome = inference.decisions.get(name)
        support = {str(value): list(ids) for value, ids in outcome.support.items()} if outcome else {}
        if outcome is not None and outcome.value is not None:
            value: Any = outcome.value
            status = "decided"
            rules = list(outcome.support[outcome.value])
        else:
            value = resolve(values, loaded.priority)
            status = "derived" if value is not None else ("conflict" if values else "undetermined")
            rules = list(values.get(value, [])) if value is not None else [i for ids in values.values() for i in ids]
        candidates = [str(v) for v in values] if status == "conflict" or (len(values) > 1) else []
        alternatives = _alternatives(loaded, fired, derived, name, value, lang, facts)
        guard = loaded.guards.get(name)
        no_value = _no_value(name, guard, assessment) if name in FIXED_CONCLUSIONS else None
        certainty, details = _certainty(name, value, assessment, lang, no_value)
        if status == "conflict" and [outcome.value for outcome in details.get("outcomes", ())] == [None]:
            # no value as the rules contradict each other, not for want of criteria or support (the outcome tables
            # do not tell the two apart): a threshold lowered to 3 of 6 criteria made three complex and three simple
            # "geen type met genoeg criteria", and a scenario saying so still passed (a rule-editing trial)
            in_conflict = word("in-conflict", values=together([value_text(v) for v in sorted(map(str, values))]))
            details["outcomes"] = [Outcome.trusted(value=None, label=in_conflict.pick(lang), no_value=[])]
        if name in count_changes and count_left_open is not None and certainty in ("open", "provisional"):
            _add_count_deciding(details, name, count_changes[name], count_left_open, no_value, lang)
        according_to = loaded.according_to.get(name)
        bounds = loaded.bounds.get(name, ())
        as_listed = (
            count_left_open is not None
            and certainty == "settled"
            and count_left_open.outcomes(name) != assessment.outcomes(name)
        )
        ruled_out = (
            _ruled_out(loaded, name, assessment, facts, fired)
            if certainty == "open" and name in rulebase.decisions
            else ()
        )
        notes: list[Text] = []  # whose the support, threshold and limits of a decided value are: after its sentence
        basis = (
            _basis(rulebase, name, value, outcome, loaded.factors[name], according_to, facts, bounds, notes)
            if status == "decided" and outcome is not None
            else None
        )
        threshold = loaded.thresholds.get(name)
        if basis is None and name == "challenge_type" and value is not None and threshold is not None:
            # how many criteria point to it, and whose threshold that is: said while the type is open, gone once it
            # was settled ("Type uitdaging: complex." beside a finding of "minstens 4 en hoogstens 6": a policy
            # officer could not tell the mayors that 4 is netadvisor's number, nor that two were unknown)
            basis = type_basis(value, facts, threshold[0])
        if basis is None and _only_as_stated(rulebase, name, rules):
            # the value comes only from what the case calls itself (its rationale unknown): not the rules' own
            basis = word("as-the-case-says", value=value_text(value))
        routes = loaded.while_unknown.get(name, ())
        if basis is None and status == "derived" and routes:
            # a value for as long as some facts are unknown: why, and for how long ("voorlopig organisatienetwerk"
            # read as if the rules knew the form)
            giving = [route for route in routes if route.rule_id in rules and not route.stated]
            if giving and len(giving) == len(rules):
                # (not the fact the case states its value in: its answer gives that value, as the open sentence
                # says; the rationale is what a person is asked)
                unknown = [path for path in giving[0].unknown if path != STATED_IN.get(name)]
                basis = while_unknown_basis(value, giving[0].conclusions, unknown or giving[0].unknown)
        sentence = (
            conclusion_sentence(
                name,
                value,
                None if certainty == "not_analysed" else certainty,
                assessment.conclusion(name),
                basis,
                mention_unknown=name in rulebase.decisions,
                known_so_far=criteria_so_far(facts) if name == "challenge_type" else None,
                conflict=tuple(sorted(map(str, values))) if status == "conflict" else (),
                why_none=why_undecided(outcome.support, outcome.minimum, loaded.factors[name])
                if outcome is not None and value is None
                else None,
                only_when=_only_when(guard, inference, assessment),
                # the case says it is what the rules do not conclude (an organisation network, for a rationale that
                # fits a learning network): "not applicable" alone would contradict it
                stated_as=guard[1]
                if guard is not None and facts.get(STATED_IN.get(guard[0], "")) == guard[1]
                else None,
                no_value=no_value,
                as_listed=as_listed,
                # (the number beside a list taken as the whole network, which can still change an open conclusion:
                # "hangt af van: vertrouwen, doelconsensus en nood" beside "3 van de 4 factoren", and its question
                # numbered in the summary, left a mayor asking about the fourth, a trial)
                count_too=name in count_changes and PARTNER_COUNT not in assessment.conclusion(name).deciding,
                according_to=according_to if basis is None else None,  # the basis says it beside the factors
                threshold=loaded.thresholds.get(name),
                meanwhile=(
                    _meanwhile(routes, name, facts, assessment) or _not_applicable_now(guard, value, inference, loaded)
                    if certainty == "open"
                    else None
                ),
                ruled_out=ruled_out,
                bounded=frozenset(
                    path for path in assessment.conclusion(name).direct_unknown if isinstance(facts.get(path), Bounds)
                ),
                # (an answer said with its number, "als het aantal organisaties 'hoogstens 7' is": whose limit that is)
                ours=(join(notes, Text(" ", " ")) if notes else None)
                if basis is not None
                # (also where a value ruled out names the number: "aantal organisaties 9 steunen het niet" rests on
                # netadvisor's limits, unsaid in a policy officer's handout)
                else _bounds_said(
                    bounds,
                    {
                        *assessment.conclusion(name).deciding,
                        *(path for _value, reasons in ruled_out for path, _known in reasons),
                    },
                    sentence=True,
                ),
            ).pick(lang)
            if name in FIXED_CONCLUSIONS
            else ""
        )
        out[name] = Conclusion.trusted(
            name=name,
            value=None if value is None else str(value),
            label=None if value is None else value_label(value, lang),
            status=status,
            certainty=certainty,
            rules=rules,
            support=support if status in ("decided", "undetermined") else {},
            candidates=candidates,
            alternatives=alternatives,
            sentence=sentence,
            settled_as_listed=as_listed,
            **details,
        )
    return out


def _add_count_deciding(
    details: dict[str, Any],
    name: str,
    alone: bool,
    count_left_open: Assessment,
    no_value: NoValueWords | None,
    lang: Language,
) -> None:
    """Add the number of organisations to what a conclusion not settled depends on (``details``, from
    :func:`_certainty`), where a partner list is taken as the whole network while the number was never given and
    another number can still change it (see :func:`_changed_by_count`): its answers and what each leaves (with the
    number left open) where one answer changes it alone, else among the facts that change it together. Its sentence
    says so too ("Ook het aantal organisaties kan het nog veranderen"); a tool builder found it there and in the
    number's question, and nowhere in the conclusion's data."""
    if PARTNER_COUNT in details["deciding_together"] or any(d.fact == PARTNER_COUNT for d in details["deciding"]):
        return
    if not alone:
        details["deciding_together"].append(PARTNER_COUNT)
        return
    after = {
        answer: count_left_open.outcomes(name, count_left_open.given(PARTNER_COUNT, answer))
        for answer in count_left_open.answer_values(PARTNER_COUNT)
    }
    classes = count_left_open.answer_classes(PARTNER_COUNT)
    details["deciding"].append(_deciding(name, PARTNER_COUNT, after, classes, no_value, lang))


def _ruled_out(
    loaded: _Loaded, name: str, assessment: Assessment, facts: Mapping[str, Any], fired: Collection[str]
) -> tuple[tuple[Any, tuple[tuple[str, Any], ...]], ...]:
    """For a decision by support: each value it can no longer come out as, with the known facts (and their values)
    on which a rule supporting it fails; a value no known fact keeps from support is left out (it is ruled out
    otherwise, and said so otherwise)."""
    possible = set(assessment.outcomes(name))
    found = []
    for value in loaded.rulebase.decision_values(name):
        if value in possible:
            continue
        not_supporting: dict[str, Any] = {}
        for rule in loaded.rulebase.leading.get(name, {}).get(value, ()):
            if rule.id in fired or not rule.supports:
                continue
            for condition in rule.conditions:
                if condition.subject == "fact" and condition_holds(condition, facts, NOTHING_DERIVED) is False:
                    not_supporting[condition.name] = facts.get(condition.name)
        if not_supporting:
            found.append((value, tuple(not_supporting.items())))
    return tuple(found)


def _certainty(
    name: str, value: Any, assessment: Assessment, lang: Language, no_value: NoValueWords | None = None
) -> tuple[Certainty | Literal["not_analysed"], dict[str, Any]]:
    """How certain a conclusion is, and the outcomes, unknown facts and deciding answers behind that.

    Args:
        no_value: what an outcome without value means for this case (see :func:`_no_value`).
    """
    if not assessment.analysed(name):
        return ("not_analysed", {}) if name in FIXED_CONCLUSIONS else ("settled", {})
    outcomes = assessment.conclusion(name)
    none_now = no_value.text if no_value else None
    meanings = _no_value_meanings(no_value) if no_value else ()
    deciding = [
        _deciding(name, path, after, outcomes.classes.get(path, {}), no_value, lang)
        for path, after in outcomes.deciding.items()
    ]
    for path in no_value.told_by if no_value else ():
        # what no value means hangs on these, its outcome does not: each answer leaves no value, said as it
        # means then ("niet van toepassing" after "kennis")
        assert no_value is not None
        deciding.append(
            Deciding.trusted(
                fact=path,
                question=spec_of(path).question(lang),
                answers=[
                    _answer(name, path, answer, (None,), no_value.text_after((path, answer)), lang)
                    for answer in assessment.answer_values(path)
                ],
            )
        )
    return outcomes.certainty(value), {
        "outcomes": [_outcome(name, o, none_now, meanings if o is None else (), lang) for o in outcomes.outcomes],
        "unknown": list(outcomes.unknown),
        "deciding": deciding,
        "deciding_together": list(outcomes.jointly),
    }


def _deciding(
    name: str,
    path: str,
    after: Mapping[Any, tuple[Any, ...]],
    classes: Mapping[Any, tuple[int, int]],
    no_value: NoValueWords | None,
    lang: Language,
) -> Deciding:
    """A fact that decides ``name``: each answer (for a number, with the whole numbers it stands for in ``classes``)
    and what ``name`` can still come out as after it, no value said as it means then."""
    return Deciding.trusted(
        fact=path,
        question=spec_of(path).question(lang),
        answers=[
            _answer(
                name,
                path,
                answer,
                left,
                no_value.text_after((path, answer)) if no_value else None,
                lang,
                classes.get(answer),
            )
            for answer, left in after.items()
        ],
    )


NoValueMeaning = Literal["undecided", "not_applicable"]


# The words of a conclusion's outcomes and answers repeat from case to case, and putting them together is a good
# part of the advice: they are worked out once per conclusion, value, wording and language (bounded). The models
# are built per advice: their lists belong to that advice, and a caller that changes one changes no other advice.
def _outcome(
    name: str, value: Any, no_value: Text | None, meanings: tuple[NoValueMeaning, ...], lang: Language
) -> Outcome:
    return Outcome.trusted(
        value=None if value is None else str(value),
        label=_outcome_label(name, value, no_value, lang),
        no_value=list(meanings),
    )


@functools.lru_cache(maxsize=4096)
def _outcome_label(name: str, value: Any, no_value: Text | None, lang: Language) -> str:
    return outcome_text(name, value, no_value).pick(lang)


def _answer(
    name: str,
    path: str,
    answer: Any,
    left: tuple[Any, ...],
    no_value: Text | None,
    lang: Language,
    numbers: tuple[int, int] | None = None,
) -> Answer:
    """An answer to ``path`` and the outcomes of ``name`` it leaves; ``no_value``: what no value means after it;
    ``numbers``: for a number, the whole numbers the answer stands for (its label says them: "17 of meer")."""
    label, outcomes, labels = _answer_words(name, path, answer, left, no_value, lang, numbers)
    return Answer.trusted(
        value=answer, label=label, outcomes=list(outcomes), outcome_labels=list(labels), numbers=numbers
    )


# The fact is in the key because True and 1 are equal keys: the fact fixes which one an answer is.
@functools.lru_cache(maxsize=16_384)
def _answer_words(
    name: str,
    path: str,
    answer: Any,
    left: tuple[Any, ...],
    no_value: Text | None,
    lang: Language,
    numbers: tuple[int, int] | None,
) -> tuple[str, tuple[str | None, ...], tuple[str, ...]]:
    return (
        answer_label(path, answer, numbers, lang),
        tuple(None if o is None else str(o) for o in left),
        tuple(outcome_text(name, o, no_value).pick(lang) for o in left),
    )


def _no_value_meanings(no_value: NoValueWords) -> tuple[NoValueMeaning, ...]:
    meanings: list[NoValueMeaning] = []
    if no_value.reasons.undecided:
        meanings.append("undecided")
    if no_value.reasons.not_applicable:
        meanings.append("not_applicable")
    return tuple(meanings)


def _basis(
    rulebase: RuleBase,
    name: str,
    value: Any,
    outcome: DecisionOutcome,
    total: int,
    according_to: str | None,
    facts: Mapping[str, Any],
    bounds: Sequence[_PolicyLimits] = (),
    notes: list[Text] | None = None,
) -> Text:
    """What a decision by support rests on, and what the factors support besides: "zelfregulerend netwerk,
    gesteund door 3 van de 4 factoren (aantal organisaties 6, doelconsensus 'hoog' en nood aan
    netwerkcompetenties 'laag'; welke factor wat steunt: volgens Provan & Kenis (2008), niet de gids; minstens 3
    van de 4 is de drempel van netadvisor; vertrouwen steunt leiderorganisatienetwerk)". With ``notes``, whose
    the support, the threshold and the limits are go there, each a sentence of its own, for after the
    conclusion's sentence: five clauses in one bracket could not go before the mayors (a policy officer).

    Args:
        total: how many factors the decision has (:attr:`_Loaded.factors`).
        according_to: the one source outside the guide the supporting rules rest on (see
            :func:`_decided_according_to`).
        facts: the case's facts, for the values of the factors behind the decision.
        bounds: the factors its rules compare with a policy value (see :func:`_policy_bounds`): where one is shown
            with its value, that its limits are netadvisor's is said.
    """

    chosen = _facts_of(rulebase, outcome.support.get(value, ()))
    count = len(outcome.support.get(value, ()))
    # each with its value: "gesteund door ... doelconsensus" beside a warning that not all partners agree on the
    # goal read as a contradiction, where the consensus was 'gemiddeld' (a policy officer)
    details = [] if count == total else [facts_with_values(chosen, facts)]
    if according_to is not None:
        if notes is None:
            details.append(word("factors-according-to-inline", source=according_to))
        else:
            notes.append(word("factors-according-to", source=according_to))
    if count < total:  # with every factor behind it, no threshold was needed to decide
        if notes is None:
            details.append(word("threshold", minimum=outcome.minimum, total=total))
        else:
            notes.append(word("threshold-sentence", minimum=outcome.minimum, total=total))
    # what the other factors support, each group of factors once ("aantal organisaties steunt
    # leiderorganisatienetwerk en NAO"); a factor can support two values (nine organisations: a lead organisation
    # and a NAO), then "ook"
    # (with every factor behind the value, that some also support another changes nothing: `support` has it)
    supporting: dict[tuple[str, ...], list[Any]] = {}
    for other, rule_ids in outcome.support.items():
        if other != value and rule_ids and count < total:
            supporting.setdefault(tuple(_facts_of(rulebase, rule_ids)), []).append(other)
    for others, values in supporting.items():
        code = "factor-supports" if len(others) == 1 else "factors-support"
        if set(others) <= set(chosen):
            code += "-too"
        said = [value_text(other) for other in values]
        # (the factors as the sentence's subject: "het aantal organisaties steunt ook …")
        details.append(word(code, factors=fact_subjects(list(others)), value=together(said)))
    shown = {*(chosen if count < total else ()), *(path for others in supporting for path in others)}
    ours = _bounds_said(bounds, shown, sentence=notes is not None)
    if ours is not None and notes is not None:
        notes.append(ours)
    elif ours is not None:  # (beside where the source is said)
        details.insert(len(details) - len(supporting), ours)
    if count == total and not details:
        code = "decided-on-only" if total == 1 else "decided-on-all-bare"
        return word(code, value=value_text(value), total=total)
    return word(
        "decided-on-all" if count == total else "decided-on",
        value=value_text(value),
        count=count,
        total=total,
        details=join(details, Text("; ", "; ")),
    )


def _meanwhile(
    routes: Sequence[_WhileUnknown], name: str, facts: Mapping[str, Any], assessment: Assessment
) -> Text | None:
    """What an open conclusion is for now while facts stay unknown, by the rules that can still give it a value so
    (see :func:`wording.while_unknown`); None when none can. The form of a half-known case said only that its
    rationale decides, while its question list said the criteria change it: a complex challenge gives it an
    organisation network while the rationale is unknown (a policy officer)."""
    stated_in = STATED_IN.get(name)
    possible = [
        route
        for route in routes
        if all(facts.get(path) is None for path in route.unknown)
        and all(
            not assessment.analysed(other) or not assessment.possible_values(other).isdisjoint(values)
            for other, values in route.conclusions
        )
    ]
    # (the facts they all need unknown, beside the one the case states its value in)
    unknown = [path for path in possible[0].unknown if path != stated_in] if possible else []
    unknown = [path for path in unknown if all(path in route.unknown for route in possible)]
    if not unknown or not any(not route.stated for route in possible):
        return None
    stated = stated_in if any(route.stated for route in possible) else None
    return while_unknown(
        unknown,
        stated,
        [(route.value, route.conclusions, stated_in in route.unknown) for route in possible if not route.stated],
    )


def _not_applicable_now(
    guard: tuple[str, Any] | None, value: Any, inference: Inference, loaded: _Loaded
) -> Text | None:
    """For an open conclusion without a value now whose rules apply only on a condition that does not hold now,
    though it still may (the form, a learning network as the case calls it while the rationale is unknown): that
    it does not apply for now, and why. "Samenwerkingsvorm: voorlopig lerend netwerk" stood above "Governancevorm:
    nog open", where an organisation network for now gives "voorlopig NAO" (a policy officer)."""
    if guard is None or value is not None:
        return None
    now = resolve(inference.derived.get(guard[0], {}), loaded.priority)
    if now is None or now == guard[1]:
        return None
    return not_applicable_now(guard[0], now)


def _only_as_stated(rulebase: RuleBase, name: str, rule_ids: Sequence[str]) -> bool:
    """Whether every rule that gave a conclusion its value reads what the case states it is (``state.form`` for
    the form): the value is then the case's own word for itself, which the sentence says. A rule that asks only
    whether the case states it (``known: false``: a complex challenge needs an organisation network while the
    case names no form) concludes on its own reasons, not on the case's word."""
    stated = STATED_IN.get(name)
    return (
        stated is not None
        and bool(rule_ids)
        and all(
            any(
                c.subject == "fact" and c.name == stated and BY_NAME[c.operator].reads_value
                for c in rulebase.by_id[rule_id].conditions
            )
            for rule_id in rule_ids
        )
    )


def _decided_according_to(leading: Leading, name: str) -> str | None:
    """The one source outside the guide that every rule supporting a decision rests on (``basis: source``), or
    None when some rule rests on the guide itself or on our reading, or the sources differ."""
    supporters = [rule for rules in leading.get(name, {}).values() for rule in rules if rule.supports]
    # one work, cited at different places in it ("tabel p. 237 ('moderately high')")
    sources = {short_source(rule.source) for rule in supporters if rule.source}
    if not supporters or any(rule.basis != "source" for rule in supporters) or len(sources) != 1:
        return None
    return next(iter(sources))


@dataclass(frozen=True, slots=True)
class _PolicyLimits:
    """A fact the rules leading to a conclusion compare with policy values: those values in order, and for a
    number, the stretches of whole numbers its limits cut, each with the values the rules support (or conclude)
    there: ``((0, 7, ("self_governing",)), (8, 15, ("lead_organisation", "nao")), (16, None, ("nao",)))``."""

    path: str
    values: tuple[Any, ...]
    stretches: tuple[tuple[int, int | None, tuple[Any, ...]], ...] = ()


def _policy_bounds(rulebase: RuleBase, name: str, *, supporting_only: bool = True) -> tuple[_PolicyLimits, ...]:
    """The facts the rules supporting a decision compare with a policy value, each with those values in order;
    with ``supporting_only`` False, those of every rule leading to ``name`` (a conclusion's too)."""
    found: dict[str, dict[Any, None]] = {}
    reading: dict[str, dict[Any, list[tuple[Condition, ...]]]] = {}  # per fact, per value: its rules' conditions
    for value, rules in rulebase.leading.get(name, {}).items():
        for rule in rules:
            on_policy = [
                (condition, policy)
                for condition in (rule.conditions if rule.supports or not supporting_only else ())
                if condition.subject == "fact"
                and condition.policy is not None
                and (policy := rulebase.policies.get(condition.policy)) is not None
            ]
            for condition, policy in on_policy:
                found.setdefault(condition.name, {})[policy.value] = None
            for path in dict.fromkeys(condition.name for condition, _policy in on_policy):
                on_path = tuple(condition for condition in rule.conditions if condition.name == path)
                reading.setdefault(path, {}).setdefault(value, []).append(on_path)
    limits = []
    for path, values in found.items():
        ordered = tuple(sorted(values, key=_numbers_first))
        numbers = FACTS[path].type == "int" and all(isinstance(v, int) and not isinstance(v, bool) for v in ordered)
        stretches = _stretches(reading.get(path, {}), max(ordered) + 1) if numbers and ordered else ()
        limits.append(_PolicyLimits(path, ordered, stretches))
    return tuple(limits)


def _numbers_first(value: Any) -> tuple[bool, float, str]:
    """A sort key that puts numbers in their order ("7 en 16", not "16 en 7"), then any other value by its text."""
    number = isinstance(value, int | float) and not isinstance(value, bool)
    return (not number, value if number else 0, "" if number else str(value))


def _stretches(
    reading: Mapping[Any, Sequence[tuple[Condition, ...]]], top: int
) -> tuple[tuple[int, int | None, tuple[Any, ...]], ...]:
    """The whole numbers from 0 cut where the values whose rules hold on them change (a value's rules: one of its
    alternatives, each with all its conditions holding), each stretch with those values; the last, from past every
    limit up (None: no upper end). Stretches where none holds are left out."""
    found: list[tuple[int, int | None, tuple[Any, ...]]] = []
    start, holding = 0, None
    for number in range(top + 1):
        now = tuple(
            value
            for value, alternatives in reading.items()
            if any(
                all(BY_NAME[condition.operator].check(number, condition.operand) for condition in conditions)
                for conditions in alternatives
            )
        )
        if holding is not None and now != holding:
            if holding:
                found.append((start, number - 1, holding))
            start = number
        holding = now
    if holding:
        found.append((start, None, holding))
    return tuple(found)


def _bounds_said(bounds: Sequence[_PolicyLimits], shown: Collection[str], *, sentence: bool = False) -> Text | None:
    """That the limits of the factors ``shown`` with a number are netadvisor's: "de grenzen voor het aantal
    organisaties (7 en 16) kiest netadvisor". What each factor supports comes from a source; where "weinig"
    organisations stops, it does not say (a policy officer read "aantal organisaties 6" beside Provan & Kenis as
    their number). As a sentence, with what the numbers between the limits support: "…: tot en met 7 steunt het
    zelfregulerend netwerk; van 8 tot en met 15 leiderorganisatienetwerk en NAO; vanaf 16 NAO" (a policy officer
    could not tell what "7 en 16" meant for her 16)."""
    said = []
    for limits in bounds:
        if limits.path not in shown:
            continue
        code = ("bounds-ours-sentence" if sentence else "bounds-ours") + ("-one" if len(limits.values) == 1 else "")
        values = together([Text(str(v), str(v)) for v in limits.values])
        if sentence and limits.stretches:
            pointing = [
                word(
                    "range-points-to" if place == 0 else "range-points-to-next",
                    range=_range_text(low, high),
                    value=together([value_text(value) for value in supported]),
                )
                for place, (low, high, supported) in enumerate(limits.stretches)
            ]
            said.append(
                word(
                    code + "-ranges",
                    fact=fact_subject(limits.path),
                    values=values,
                    ranges=join(pointing, Text("; ", "; ")),
                )
            )
        else:
            said.append(word(code, fact=fact_subject(limits.path), values=values))
    return join(said, Text(" ", " ") if sentence else Text("; ", "; ")) if said else None


def _range_text(low: int, high: int | None) -> Text:
    """ "tot en met 7", "van 8 tot en met 15", "vanaf 16": whole numbers from ``low`` to ``high``."""
    if high is None:
        return word("range-from", low=low)
    if low == 0:
        return word("range-up-to", high=high)
    return word("range-one", low=low) if low == high else word("range-between", low=low, high=high)


def _speaks_of(loaded: _Loaded, rule: Rule, name: str, value: Any) -> bool:
    """Whether a rule that fires only once ``name`` is assumed to be ``value`` gives advice for that value: its
    conditions on ``name`` hold for that value alone, or it has none and fires on what follows from it. A rule
    for "a shared service centre or an organisation network" is not advice for organisation networks: it fired
    on the assumption, not on the case."""
    return name not in loaded.asker.satisfying.get(rule.id, {}) or rule.id in loaded.asker.speaking_of(name, value)


def _only_when(guard: tuple[str, Any] | None, inference: Inference, assessment: Assessment) -> Text | None:
    """The guard of a conclusion (see :meth:`RuleBase.guard`) when it is settled false for this case: "als dit een
    organisatienetwerk is". None otherwise."""
    if guard is None or guard[1] in inference.derived.get(guard[0], {}):
        return None
    if not assessment.analysed(guard[0]) or guard[1] in assessment.outcomes(guard[0]):
        return None  # it may still come out so, or that cannot be worked out: not settled
    return assumption(*guard)


def _no_value(name: str, guard: tuple[str, Any] | None, assessment: Assessment) -> NoValueWords | None:
    """What it means for this case that ``name`` comes out without a value, now and after each answer that
    leaves it possible: "niet van toepassing" where its guard fails, else "geen duidelijke vorm"."""
    if guard is None or not assessment.analysed(name) or None not in assessment.outcomes(name):
        return None
    deciding = assessment.conclusion(name).deciding
    after = {
        (path, answer): assessment.without_value(name, guard, assessment.given(path, answer))
        for path, answers in deciding.items()
        for answer, left in answers.items()
        if None in left  # after "effectiviteit" no value can only mean undecided, though now it may not apply
    }
    reasons = assessment.without_value(name, guard)
    told_by: list[str] = []
    if not deciding and reasons.undecided and reasons.not_applicable and assessment.analysed(guard[0]):
        # settled without a value that means either: the answers that decide the guard tell which (a tool
        # builder found the governance mode "settled" while the rationale's question said it changes it alone)
        for path in assessment.conclusion(guard[0]).deciding:
            for answer in assessment.answer_values(path):
                meant = after[path, answer] = assessment.without_value(name, guard, assessment.given(path, answer))
                if meant != reasons and path not in told_by:
                    told_by.append(path)
        after = {(path, answer): meant for (path, answer), meant in after.items() if path in told_by}
    return NoValueWords(name, reasons, after, tuple(told_by))


def _say_asked_through(conclusions: dict[str, Conclusion], questions: Sequence[Question]) -> None:
    """Each deciding fact whose question waits for another gets :attr:`Deciding.asked_through`, and the conclusion
    :attr:`Conclusion.asked_through` for it and for each such fact of ``deciding_together``: the question asked in
    its place, whose changes name it as ``via``."""
    asked = {question.fact for question in questions}
    through: dict[str, str] | None = None
    for name, conclusion in conclusions.items():
        if all(deciding.fact in asked for deciding in conclusion.deciding) and all(
            fact in asked for fact in conclusion.deciding_together
        ):
            continue  # (nearly always: most deciding facts are asked themselves)
        if through is None:  # (once, for the first conclusion that needs it)
            through = {change.via: question.fact for question in questions for change in question.changes if change.via}
        in_place = {
            fact: through[fact]
            for fact in [*(deciding.fact for deciding in conclusion.deciding), *conclusion.deciding_together]
            if fact not in asked and fact in through
        }
        if not in_place:
            continue
        conclusions[name] = conclusion.model_copy(
            update={
                "deciding": [
                    deciding
                    if deciding.fact not in in_place
                    else deciding.model_copy(update={"asked_through": in_place[deciding.fact]})
                    for deciding in conclusion.deciding
                ],
                "asked_through": in_place,
            }
        )


def _meaning_told_by(
    loaded: _Loaded, conclusions: Mapping[str, Conclusion], assessment: Assessment
) -> dict[str, list[str]]:
    """For each unknown fact an answer to which tells what a conclusion settled without a value means (its guard
    decided: "geen duidelijke vorm of niet van toepassing" becomes "niet van toepassing" once the rationale is
    "kennis"): those conclusions. What-if said the governance mode changed where the rationale's question did not
    (a tool builder)."""
    told: dict[str, list[str]] = {}
    for name, guard in loaded.guards.items():
        said = conclusions.get(name)
        no_value = next((outcome for outcome in said.outcomes if outcome.value is None), None) if said else None
        if no_value is None or len(no_value.no_value) < 2 or not assessment.analysed(guard[0]):
            continue
        # (an open conclusion too: "hoog" vertrouwen leaves "not applicable" as the only meaning of no value)
        now = assessment.without_value(name, guard)
        # (every fact it hangs on: an answer may leave its outcomes as they are and still tell what no value means)
        for path in dict.fromkeys([*assessment.unknown_facts(guard[0]), *assessment.unknown_facts(name)]):
            for answer in assessment.answer_values(path):
                masks = assessment.given(path, answer)
                if None in assessment.outcomes(name, masks) and assessment.without_value(name, guard, masks) != now:
                    told.setdefault(path, []).append(name)
                    break
    return told


def _add_assumed(
    conclusions: dict[str, Conclusion],
    loaded: _Loaded,
    assumed: Inference,
    assessment: Assessment,
    name: str,
    value: Any,
    condition: Assumption,
    lang: Language,
    facts: Mapping[str, Any],
) -> None:
    """For each fixed conclusion that comes out differently if ``name`` is ``value``: that value, what supports it
    there (a decision), and what it can still come out as under that assumption."""
    for other, other_value, possible in _assumed_values(conclusions, loaded, assumed, assessment, name, value):
        decided = assumed.decisions.get(other)
        source = loaded.according_to.get(other)
        basis = (
            _basis(
                loaded.rulebase,
                other,
                other_value,
                decided,
                loaded.factors[other],
                # (said once: the conclusion's own sentence says where the factors come from, mostly)
                None if source is not None and source in conclusions[other].sentence else source,
                facts,
                loaded.bounds.get(other, ()),
            ).pick(lang)
            if decided is not None and other_value is not None and decided.value == other_value
            else None
        )
        conclusions[other] = conclusions[other].model_copy(
            update={
                "assumed": AssumedValue.trusted(
                    assuming=condition,
                    value=None if other_value is None else str(other_value),
                    label=None if other_value is None else value_label(other_value, lang),
                    outcomes=[
                        Outcome.trusted(value=None if o is None else str(o), label=outcome_text(other, o).pick(lang))
                        for o in possible
                    ],
                    basis=basis,
                )
            }
        )


def _assumed_values(
    conclusions: Mapping[str, Conclusion],
    loaded: _Loaded,
    assumed: Inference,
    assessment: Assessment,
    name: str,
    value: Any,
) -> Iterator[tuple[str, Any, tuple[Any, ...]]]:
    """Each other fixed conclusion that comes out differently if ``name`` is ``value`` (what the rules derive on
    that assumption, ``assumed``), with its value and what it can still come out as there."""
    masks = assessment.assuming(name, value) if assessment.analysed(name) else None
    for other in FIXED_CONCLUSIONS:
        if other == name or other not in conclusions:
            continue
        decided = assumed.decisions.get(other)
        other_value = (
            decided.value
            if decided is not None and decided.value is not None
            else resolve(assumed.derived.get(other, {}), loaded.priority)
        )
        possible = tuple(assessment.outcomes(other, masks)) if masks is not None and assessment.analysed(other) else ()
        now = conclusions[other]
        if (None if other_value is None else str(other_value)) == now.value and [
            None if o is None else str(o) for o in possible
        ] == [o.value for o in now.outcomes]:
            continue  # the assumption changes nothing here
        yield other, other_value, possible


def _alternatives(
    loaded: _Loaded,
    fired: set[str],
    derived: Mapping[str, set[Any]],
    name: str,
    chosen: Any,
    lang: Language,
    facts: Mapping[str, Any],
) -> list[Alternative]:
    """Each value of a fixed conclusion or decision that was not reached, and why not: the rules that would lead
    to it and did not fire, the unknown facts they wait for, and the conditions that did not hold, in words."""
    if name not in FIXED_CONCLUSIONS and name not in loaded.rulebase.decisions:
        return []
    leading = loaded.rulebase.leading.get(name, {})
    values = list(FIXED_CONCLUSIONS.get(name, ())) or sorted(leading, key=str)
    alternatives = []
    for value in values:
        if value == chosen:
            continue
        why_not: list[WhyNot] = []
        waiting: dict[str, None] = {}
        support, not_supported_by = 0, []
        for rule in leading.get(value, ()):
            if rule.id in fired:
                support += bool(rule.supports)
                continue
            if rule.supports:
                not_supported_by.append(rule.id)
            seen = tuple([_seen(c, facts, derived) for c in rule.conditions])
            key = (rule.id, seen, lang)
            failing = loaded.failing.get(key)
            if failing is None:
                failing = loaded.failing.keep(key, _failing(rule.id, rule.conditions, seen, lang))
            checks, text, unknown = failing
            for fact in unknown:
                for path in INPUTS[fact]:
                    if facts.get(path) is None:
                        waiting[path] = None
            why_not.append(WhyNot.trusted(rule_id=rule.id, conditions=list(checks), text=text))
        alternatives.append(
            Alternative.trusted(
                value=str(value),
                label=value_label(value, lang),
                support=support,
                not_supported_by=not_supported_by,
                waiting_for=list(waiting),
                why_not=why_not,
            )
        )
    return alternatives


_Failing = tuple[tuple[ConditionCheck, ...], str, tuple[str, ...]]


# Why a rule did not fire follows from its conditions and what each sees (see _seen); the same rules fail on the
# same few values in case after case, so each is said once per rule base (_Loaded.failing), as each check is. The
# WhyNot is built per advice, so that its list of conditions belongs to that advice.
def _failing(rule_id: str, conditions: tuple[Condition, ...], seen: tuple[Any, ...], lang: Language) -> _Failing:
    """The conditions of a rule that did not hold, that in words, and the unknown facts they wait for."""
    checks = (_condition_check(condition, value, lang) for condition, value in zip(conditions, seen, strict=True))
    failing = tuple(check for check in checks if check.holds is not True)
    text = f"{rule_id}: {'; '.join(check.text for check in failing)}"
    return failing, text, tuple(check.name for check in failing if check.holds is None and check.kind == "fact")


def fill_placeholders(
    text: str, facts: Mapping[str, Any], conclusions: Mapping[str, Conclusion], lang: Language
) -> str:
    """Replace ``{fact.path}`` and ``{conclusion}`` with values as a person reads them.

    Only names are looked up: no attribute access, no formatting code, nothing
    that runs (unlike ``str.format``). A count known within bounds reads "minstens 2 en hoogstens 5" (with no
    upper bound, "minstens 2"); a message that opens on a value starts with a capital.
    """

    if "{" not in text and "}" not in text:
        return text  # most messages have no placeholder, and without a brace the pattern cannot match
    # a message says the same few values case after case: each filling is made once (bounded); a name is in the
    # key beside its value, as the name fixes the value's type (True and 1 are equal keys)
    seen = tuple(
        (name, True, _conclusion_said(conclusions[name])) if name in conclusions else (name, False, facts.get(name))
        for name in _placeholder_names(text)
    )
    return _filled(text, seen, lang)


def _conclusion_said(conclusion: Conclusion) -> str | tuple[str, ...] | None:
    """What a message says of a conclusion: its value; for one the rules concluded in conflict, the values in
    conflict (no value is not "weet niet" there: a tool builder read "De uitdaging is weet niet" of a type two
    rules gave as complex and simple, with rules edited so that they tie)."""
    if conclusion.value is None and conclusion.status == "conflict":
        return tuple(conclusion.candidates)
    return conclusion.value


@functools.lru_cache(maxsize=1024)
def _placeholder_names(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(match.group(1) for match in PLACEHOLDER.finditer(text) if match.group(1) is not None))


@functools.lru_cache(maxsize=16_384)
def _filled(text: str, seen: tuple[tuple[str, bool, Any], ...], lang: Language) -> str:
    """A message with its placeholders filled with ``seen``: for each name, whether it is a conclusion, and its
    value (see :func:`fill_placeholders`)."""
    values = {name: (is_conclusion, value) for name, is_conclusion, value in seen}

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)  # a placeholder, not a secret
        if token == "{{":  # noqa: S105 - an escaped brace
            return "{"
        if token == "}}":  # noqa: S105 - an escaped brace
            return "}"
        name = match.group(1)
        if name is None:  # a lone brace: a loaded rule has none
            return token
        is_conclusion, value = values[name]
        if is_conclusion and isinstance(value, tuple):
            return word("in-conflict", values=together([value_text(v) for v in value])).pick(lang)
        if is_conclusion:
            return value_label(value, lang)
        if isinstance(value, Bounds):
            return count_within(value, in_a_sentence=True).pick(lang)
        if value is None:
            # "onbekend", not "weet niet", which says it was answered so (a tester's case had not mentioned it;
            # English said "unknown" all along)
            return word("value-unknown").pick(lang)
        return value_label(value, lang)

    filled = PLACEHOLDER.sub(replace, text)
    if text.startswith("{") and not text.startswith("{{"):
        return filled[:1].upper() + filled[1:]  # a sentence that opens on a value ("minstens 3 lokale besturen …")
    return filled
