"""The rule tests policy staff run (``netadvisor test``): every rule's examples, the example cases with
their expected outcomes, and the Dutch scenarios, each failure located and explained in words.

A failure names the file and line of the example, case or scenario, what was expected, what came out, and
the conditions that made the difference ("governance.partner_count 8 is niet meer dan weinig_partners_max
(20)"). Everything here reads a rule base through the public :class:`Advisor`; nothing prints.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .advice import Advice, ConditionCheck
from .advisor import Advisor
from .answers import value_label, value_text
from .case import Case
from .casefile import EXPECTATIONS_KEY, read_case_file
from .coverage import coverage_markdown, heuristic_coverage
from .errors import CaseError
from .facts import INPUTS, Bounds, spec_of
from .messages import CONCLUSION_NAMES, DID_YOU_MEAN, RULETEST_WORDS, UNDETERMINED, ruletest_says
from .operators import BY_NAME
from .outcomes import NoValue
from .render import advice_text
from .rulebase import Condition, Rule, RuleBase
from .text import Language, Text, check_language, join
from .vocabulary import FIXED_CONCLUSIONS
from .wording import count_within, no_value_text
from .yamlsource import YamlDocument, read_yaml

REGENERATE_COMMAND = "make regenereer"
"""What a person runs to bring the generated files (HEURISTIEKEN.md, the schema, the README) up to date."""

CASE_SUFFIXES = (".yaml", ".yml", ".json")
EXPECTATION_KEYS = ("besluiten", "bevindingen", "geen_bevindingen", "volgorde", "hoogstens_regels")
"""What may stand under ``verwacht:`` in an example case."""


@dataclass(frozen=True, slots=True)
class Mismatch:
    """One example, case or scenario that does not give what it expects.

    Attributes:
        file: where it stands, as a person would open it.
        line: the line of the example, the expectation or the step (0 for the file as a whole).
        text: what was expected and what came out, in one sentence.
        details: the conditions (or steps) that made the difference, one per line.
        remade: a file made from the rules that is out of date: remaking it is the fix, not an edit.
    """

    file: str
    line: int
    text: Text
    details: tuple[Text, ...] = ()
    remade: bool = False

    def format(self, lang: Language = "nl") -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        lines = [f"  {where}: {self.text.pick(lang)}"]
        lines += [f"      {detail.pick(lang)}" for detail in self.details]
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Section:
    """The outcome of one kind of test: how many were run, and each one that failed."""

    title: Text
    total: int
    failures: tuple[Mismatch, ...] = ()
    failed: int | None = None  # how many of the total failed, when that is not one per failure (scenarios)
    not_run: Text | None = None  # why this kind was not tested at all (nothing found to test it with)
    # tested, but not by netadvisor test: by make regeltest after it (the quotations); not_run says so
    elsewhere: bool = False
    # what the total counts, when it is not the things the title names ("de verwachtingen van 14 casussen": the
    # example cases count each expectation, and "112 van 112" read as 112 cases where there are 14)
    counted: Text | None = None

    @property
    def ok(self) -> bool:
        return not self.failures

    def format(self, lang: Language = "nl") -> str:
        if self.not_run is not None:
            reason = self.not_run if self.elsewhere else ruletest_says("not-run", reason=self.not_run)
            return f"{self.title.pick(lang)}: {reason.pick(lang)}"
        good = max(self.total - (len(self.failures) if self.failed is None else self.failed), 0)
        if self.total:
            count = ruletest_says("passed", good=good, total=self.total)
        else:  # nothing ran: because there was nothing, or because what there is could not be read
            count = ruletest_says("not-run-failures" if self.failures else "nothing-to-test")
        said = count.pick(lang) + (f" ({self.counted.pick(lang)})" if self.counted is not None and self.total else "")
        lines = [f"{self.title.pick(lang)}: {said}"]
        lines += [failure.format(lang) for failure in self.failures]
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class RuleTestReport:
    """Every section of one ``netadvisor test`` run."""

    rules: str
    rule_count: int
    version: str
    sections: tuple[Section, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return all(section.ok for section in self.sections)

    @property
    def failure_count(self) -> int:
        return sum(len(section.failures) for section in self.sections)

    def format(self, lang: Language = "nl") -> str:
        head = ruletest_says("head", rules=self.rules, count=self.rule_count, version=self.version)
        body = [section.format(lang) for section in self.sections]
        not_run = [section.title for section in self.sections if section.not_run is not None and not section.elsewhere]
        elsewhere = [section.title for section in self.sections if section.not_run is not None and section.elsewhere]
        failures = [failure for section in self.sections for failure in section.failures]
        if failures and all(failure.remade for failure in failures):
            # (a rule-editing trial was told to change a rule, an example or a scenario where only a file made from
            # the rules was out of date)
            tail = ruletest_says("failures-remade", count=len(failures), command=REGENERATE_COMMAND)
        elif not self.ok:
            tail = ruletest_says("failures", count=self.failure_count)
        elif not_run:  # a pass says only what was tested: an installed wheel has no cases or scenarios beside it
            tail = ruletest_says("all-pass-partly", kinds=_kinds(not_run))
        else:
            tail = ruletest_says("all-pass")
        if self.ok and elsewhere:
            # (make regeltest tests the quotations next: "Niet getest: citaten" just before it read as a contradiction)
            tail = tail + Text(" ", " ") + ruletest_says("tested-elsewhere", kinds=_kinds(elsewhere))
        return "\n\n".join([head.pick(lang), *body, tail.pick(lang)]) + "\n"


def _kinds(titles: list[Text]) -> Text:
    """Kinds of test in a sentence: "voorbeeldcasussen, scenario's"."""
    return join([Text(title.nl.lower(), title.en.lower()) for title in titles], Text(", ", ", "))


def shown_path(path: str | Path) -> str:
    """A path as a person would type it: relative to the current folder when it lies below it (the current folder
    itself whole: "In orde: ." says nothing)."""
    text = str(path)
    try:
        relative = os.path.relpath(text)
    except ValueError:  # another drive (Windows)
        return text
    return text if relative.startswith("..") or relative == "." else relative.replace(os.sep, "/")


# --------------------------------------------------------------------------- conditions in words


def _values_words(value: Any, lang: Language) -> str:
    """Values as a rule test says them: a number as it is, words quoted. Unquoted, the words of two values ran
    into the sentence around them: "governance_mode_current door een deel van de factoren gesteund is niet door
    geen enkele factor gesteund"."""
    if isinstance(value, list | tuple):
        return ", ".join(_value_words(item, lang) for item in value)
    return _value_words(value, lang)


def _value_words(value: Any, lang: Language) -> str:
    label = value_label(value, lang)
    return label if isinstance(value, int) and not isinstance(value, bool) else f"'{label}'"


def condition_outcome_words(condition: Condition, check: ConditionCheck, lang: str) -> str:
    """One condition and its outcome on a case, short: "governance.partner_count 8 is niet meer dan
    weinig_partners_max (20)"; a policy value is named with its value."""
    language = check_language(lang)
    # a conclusion by its name in words ("samenwerkingsvorm 'lerend netwerk' is niet 'organisatienetwerk'"), as
    # the rest of the line says its values: "collaboration_form" was a code among Dutch words
    name = (
        CONCLUSION_NAMES[condition.name].pick(language).lower()
        if condition.subject == "conclusion" and condition.name in CONCLUSION_NAMES
        else condition.name
    )
    operator = BY_NAME[condition.operator]
    # a count known within bounds ("3 tot 5"), as the advice says it
    bounds = check.actual if isinstance(check.actual, tuple) else None
    within = (
        count_within(Bounds(int(bounds[0]), int(bounds[1])))
        if bounds is not None and condition.subject == "fact" and spec_of(name).type == "int"
        else None
    )
    expected = _values_words(condition.operand, language) if operator.reads_value else ""
    if condition.policy:
        expected = f"{condition.policy} ({expected})"
    if check.holds is None:
        if within is not None:
            # bounds that reach both sides of the condition: said so, not "weet niet" (a policy officer who raised
            # a threshold read that as missing data in the example); "of dat minstens … is" / "that is at least …"
            said = RULETEST_WORDS["within-either-side"].format(
                name=name, within=within, meaning=operator.meaning, words=operator.words, expected=expected
            )
            return said.pick(language)
        if condition.subject == "fact":
            return f"{name} {BY_NAME['known'].negated.pick(language)}"
        return f"{name} {RULETEST_WORDS['not-derived'].pick(language)} ({UNDETERMINED.pick(language)})"
    words = (operator.words if check.holds else operator.negated).pick(language)
    if within is not None:
        actual = within.pick(language) + " "
    else:
        actual = "" if check.actual is None or check.actual == () else _values_words(check.actual, language) + " "
    if not operator.reads_value:
        return f"{name} {actual}{words}"
    return f"{name} {actual}{words} {expected}"


def _checks(
    advisor: Advisor, case: Case | Mapping[str, Any], rule: Rule
) -> tuple[bool, list[tuple[Condition, ConditionCheck]]]:
    """Whether ``rule`` fired on ``case``, and each of its conditions with its outcome there."""
    explanation = advisor.explain(case, rule.id)
    return explanation.fired, list(zip(rule.conditions, explanation.conditions, strict=True))


def why_not(advisor: Advisor, case: Case | Mapping[str, Any], rule: Rule) -> Text:
    """Why ``rule`` did not fire on ``case``: its conditions that did not hold, in words."""
    _fired, checks = _checks(advisor, case, rule)
    failing = [(c, check) for c, check in checks if check.holds is not True]
    if not failing:
        return RULETEST_WORDS["every-condition-holds"]
    return Text(*("; ".join(condition_outcome_words(c, check, lang) for c, check in failing) for lang in ("nl", "en")))


def why(advisor: Advisor, case: Case | Mapping[str, Any], rule: Rule, touched: Iterable[str] | None = None) -> Text:
    """Why ``rule`` fired on ``case``: its conditions, or only those about the facts in ``touched``."""
    _fired, checks = _checks(advisor, case, rule)
    holding = [(c, check) for c, check in checks if check.holds is True]
    if touched is not None:
        paths = list(touched)
        chosen = [(c, check) for c, check in holding if c.subject == "fact" and _touches(c.name, paths)]
        holding = chosen or holding
    return Text(*("; ".join(condition_outcome_words(c, check, lang) for c, check in holding) for lang in ("nl", "en")))


def _touches(fact: str, paths: Sequence[str]) -> bool:
    """Whether a fact (or a fact computed from others) reads one of the case paths an example sets."""
    inputs = (*INPUTS.get(fact, (fact,)), fact)
    return any(
        item == path or item.startswith(path + ".") or path.startswith(item + ".") for item in inputs for path in paths
    ) or (fact.startswith("partner") and "partners" in paths)


def _leaf_paths(data: Any, prefix: str = "") -> list[str]:
    if isinstance(data, dict):
        return [path for key, value in data.items() for path in _leaf_paths(value, f"{prefix}{key}.")]
    return [prefix.rstrip(".")]


# --------------------------------------------------------------------------- the rules' own examples


@dataclass(frozen=True, slots=True)
class _ExamplePlace:
    line: int
    written: Any  # the example as written, before the file's example_base is merged under it


def _example_places(rulebase: RuleBase) -> dict[tuple[str, str, int], _ExamplePlace]:
    """Where each example of each rule stands: (rule id, fires/silent, position) → line and text."""
    places: dict[tuple[str, str, int], _ExamplePlace] = {}
    for file in rulebase.files:
        try:
            document, _issues = read_yaml(Path(file).read_bytes())
        except OSError:
            continue
        data = document.data if document is not None else None
        rules = data.get("rules") if isinstance(data, dict) else None
        for index, item in enumerate(rules if isinstance(rules, list) else []):
            examples = item.get("examples") if isinstance(item, dict) else None
            if not isinstance(examples, dict) or not isinstance(item.get("id"), str):
                continue
            for kind in ("fires", "silent"):
                for position, written in enumerate(examples.get(kind) or []):
                    line = document.position(("rules", index, "examples", kind, position))[0]  # type: ignore[union-attr]
                    places[(item["id"], kind, position)] = _ExamplePlace(line, written)
    return places


def check_rule_examples(advisor: Advisor) -> Section:
    """Each rule fires on every example under ``fires`` and not on any under ``silent``."""
    rulebase = advisor.rulebase
    places = _example_places(rulebase)
    failures: list[Mismatch] = []
    total = 0
    for rule in rulebase.rules:
        file = shown_path(rule.file)
        for kind, cases in (("fires", rule.examples_fire), ("silent", rule.examples_silent)):
            if not cases:
                # one check, failed: counted in the total too (a new rule without examples made "297 van 299")
                total += 1
                failures.append(Mismatch(file, rule.line, ruletest_says(f"no-example-{kind}", rule=rule.id)))
                continue
            for position, case in enumerate(cases):
                total += 1
                fired, checks = _checks(advisor, case, rule)
                if fired == (kind == "fires"):
                    continue
                place = places.get((rule.id, kind, position), _ExamplePlace(rule.line, None))
                details = _decision_details(advisor, case, checks, holds=kind == "silent")
                if kind == "fires":
                    reason = why_not(advisor, case, rule)
                    text = ruletest_says("fires-no-longer", rule=rule.id, number=position + 1, reason=reason)
                else:
                    touched = _leaf_paths(place.written) if isinstance(place.written, dict) else None
                    reason = why(advisor, case, rule, touched)
                    text = ruletest_says("silent-fires", rule=rule.id, number=position + 1, reason=reason)
                failures.append(Mismatch(file, place.line, text, details))
    return Section(ruletest_says("rule-examples"), total, tuple(failures))


# --------------------------------------------------------------------------- the example cases


@dataclass(frozen=True, slots=True)
class Expectations:
    """What an example case must give, read from its ``verwacht:`` block (each item with its line)."""

    conclusions: tuple[tuple[str, Any, int], ...] = ()  # name, value (None: undetermined), line
    present: tuple[tuple[str, int], ...] = ()
    absent: tuple[tuple[str, int], ...] = ()
    order: tuple[tuple[str, int], ...] = ()
    most_lines: tuple[int, int] | None = None  # the Dutch text report at most so many lines (one page), line


def _did_you_mean(word: str, choices: Iterable[str]) -> Text:
    """ "; did you mean ...?" after a message, or nothing when no choice is close."""
    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return Text("; ", "; ") + DID_YOU_MEAN.format(suggestion=found[0]) if found else Text("", "")


def _conclusion_values(rulebase: RuleBase) -> dict[str, list[Any]]:
    values: dict[str, list[Any]] = {name: list(options) for name, options in FIXED_CONCLUSIONS.items()}
    for rule in rulebase.rules:
        for name, value in (*rule.concludes, *rule.supports):
            if value not in values.setdefault(name, []):
                values[name].append(value)
    return values


def _conclusion_value(word: Any, options: Sequence[Any]) -> tuple[bool, Any]:
    """(found, value) for what a person wrote: a code, its Dutch or English label, or 'nog niet te bepalen'."""
    if word is None or (
        isinstance(word, str) and word.strip().lower() in {UNDETERMINED.nl.lower(), UNDETERMINED.en.lower()}
    ):
        return True, None
    for option in options:
        if word == option or (
            isinstance(word, str)
            and word.strip().lower()
            in (str(option).lower(), value_label(option, "nl").lower(), value_label(option, "en").lower())
        ):
            return True, option
    return False, None


def read_expectations(
    block: Any, document: YamlDocument, rulebase: RuleBase, file: str
) -> tuple[Expectations, list[Mismatch]]:
    """The ``verwacht:`` block of a case file, checked against the rule base (every mistake at once)."""
    problems: list[Mismatch] = []

    def line(*path: str | int) -> int:
        return document.position((EXPECTATIONS_KEY, *path))[0]

    def problem(at: int, code: str, **params: Any) -> None:
        problems.append(Mismatch(file, at, ruletest_says(code, **params)))

    keys = ", ".join(EXPECTATION_KEYS)
    if not isinstance(block, dict):
        problem(line(), "expectation-keys", block=EXPECTATIONS_KEY, keys=keys)
        return Expectations(), problems
    for key in block:
        if key not in EXPECTATION_KEYS:
            hint = _did_you_mean(str(key), EXPECTATION_KEYS)
            problem(line(key), "unknown-expectation-key", key=key, block=EXPECTATIONS_KEY, keys=keys, hint=hint)
    values = _conclusion_values(rulebase)
    conclusions = []
    wanted = block.get("besluiten") or {}
    if not isinstance(wanted, dict):
        problem(line("besluiten"), "conclusions-mapping")
        wanted = {}
    for name, word in wanted.items():
        if name not in values:
            problem(line("besluiten", name), "unknown-conclusion", name=name, hint=_did_you_mean(str(name), values))
            continue
        found, value = _conclusion_value(word, values[name])
        if not found:
            options = values[name]
            # in Dutch by their labels, in English by their codes (what an English expectation writes)
            shown = Text(", ".join(value_label(o, "nl") for o in options), ", ".join(str(o) for o in options))
            problem(
                line("besluiten", name), "not-a-value", word=word, name=name, options=shown, undetermined=UNDETERMINED
            )
            continue
        conclusions.append((name, value, line("besluiten", name)))
    ids = rulebase.by_id
    lists: dict[str, list[tuple[str, int]]] = {}
    for key in ("bevindingen", "geen_bevindingen", "volgorde"):
        items = block.get(key) or []
        if not isinstance(items, list):
            problem(line(key), "rule-list", key=key)
            items = []
        lists[key] = []
        for position, rule_id in enumerate(items):
            at = line(key, position)
            rule = ids.get(rule_id) if isinstance(rule_id, str) else None
            if rule is None:
                problem(at, "unknown-rule", rule=rule_id, key=key, hint=_did_you_mean(str(rule_id), ids))
            elif rule.finding is None:
                problem(at, "no-finding", rule=rule_id, key=key)
            else:
                lists[key].append((rule_id, at))
    most_lines = None
    if "hoogstens_regels" in block:
        most = block["hoogstens_regels"]
        if isinstance(most, int) and not isinstance(most, bool) and most > 0:
            most_lines = (most, line("hoogstens_regels"))
        else:
            problem(line("hoogstens_regels"), "most-lines", found=most)
    return Expectations(
        tuple(conclusions),
        tuple(lists["bevindingen"]),
        tuple(lists["geen_bevindingen"]),
        tuple(lists["volgorde"]),
        most_lines,
    ), problems


def _conclusion_label(value: Any, lang: str) -> str:
    return _conclusion_text(value).pick(check_language(lang))


def _conclusion_text(value: Any) -> Text:
    """A conclusion's value as a person reads it, or "nog niet te bepalen" for none."""
    return UNDETERMINED if value is None else value_text(value)


def _came_out(advice: Advice, name: str) -> Text:
    """What a conclusion came out as, in the advice's words ("voorlopig complex" where an unknown fact can still
    change it): without a value, "nog niet te bepalen" while unknown
    facts can still give it one, and what no value means ("geen duidelijke vorm") once none can, as `diff` says
    it (a tester read "nog niet te bepalen" of a case with every fact known as "more answers would help")."""
    conclusion = advice.conclusions.get(name)
    if conclusion is not None and conclusion.value is not None and conclusion.certainty == "provisional":
        return RULETEST_WORDS["provisionally"].format(value=_conclusion_text(conclusion.value))
    if conclusion is None or conclusion.value is not None or conclusion.certainty != "settled":
        return _conclusion_text(None if conclusion is None else conclusion.value)
    meanings = conclusion.outcomes[0].no_value if conclusion.outcomes else []
    # "niet van toepassing" for a governance mode of another form than an organisation network
    reasons = NoValue(
        undecided="not_applicable" not in meanings or "undecided" in meanings,
        not_applicable="not_applicable" in meanings,
    )
    return no_value_text(name, reasons)


def why_conclusion(
    advisor: Advisor, case: Case | Mapping[str, Any], advice: Advice, name: str, expected: Any
) -> list[Text]:
    """Why ``name`` came out as it did and not as ``expected``: the support, and the conditions of the rules
    that would lead to ``expected`` that did not hold."""
    details: list[Text] = []
    conclusion = advice.conclusions.get(name)
    if conclusion is None:
        return details
    if conclusion.support or name in advisor.rulebase.decisions:
        # the threshold where it can be what made the difference: no value won, or none was expected
        details += support_details(advisor, advice, name, threshold=expected is None or conclusion.value is None)
    elif conclusion.value is not None and conclusion.rules:
        value = _conclusion_text(conclusion.value)
        details.append(ruletest_says("comes-from", value=value, rules=", ".join(conclusion.rules)))
    if conclusion.status == "conflict":
        details.append(ruletest_says("conflict", candidates=", ".join(conclusion.candidates)))
    fired = {step.rule_id for step in advice.trace}
    if expected is not None:
        for rule in advisor.rulebase.rules:
            if (name, expected) in (*rule.concludes, *rule.supports) and rule.id not in fired:
                details.append(ruletest_says("does-not-fire", rule=rule.id, reason=why_not(advisor, case, rule)))
    return details


def support_details(advisor: Advisor, advice: Advice, name: str, *, threshold: bool = True) -> list[Text]:
    """The support each value of ``name`` has in ``advice`` (with the rules that give it), and, with
    ``threshold``, for a conclusion decided by support, the minimum a value needs, by its policy value where one
    sets it: a policy officer who raised governance_min_steun read a failure without the threshold that made the
    difference."""
    details: list[Text] = []
    conclusion = advice.conclusions.get(name)
    if conclusion is not None and conclusion.support:
        support = [
            RULETEST_WORDS["support-value"].format(value=_conclusion_text(value), count=len(ids), rules=", ".join(ids))
            for value, ids in conclusion.support.items()
        ]
        details.append(ruletest_says("support", values=join(support, Text("; ", "; "))))
    decision = advisor.rulebase.decisions.get(name)
    if threshold and decision is not None:
        if decision.policy is not None:
            details.append(
                ruletest_says("minimum-support-policy", policy=decision.policy, minimum=decision.minimum_support)
            )
        else:
            details.append(ruletest_says("minimum-support", minimum=decision.minimum_support))
    return details


def _decision_details(
    advisor: Advisor, case: Case | Mapping[str, Any], checks: Sequence[tuple[Condition, ConditionCheck]], holds: bool
) -> tuple[Text, ...]:
    """For each condition on a conclusion decided by support that held (``holds``) or did not: the support
    each value has on ``case`` and the threshold. "governancevorm is nog niet afgeleid" alone did not say that
    three factors supported a mode while four were needed."""
    names = dict.fromkeys(
        condition.name
        for condition, check in checks
        if condition.subject == "conclusion"
        and condition.name in advisor.rulebase.decisions
        and (check.holds is True) == holds
    )
    if not names:
        return ()
    advice = advisor.advise(case)
    details: list[Text] = []
    for name in names:
        conclusion = advice.conclusions.get(name)
        # the threshold where it decided: no value won (fires), or one reached it (silent)
        threshold = holds or conclusion is None or conclusion.value is None
        details += support_details(advisor, advice, name, threshold=threshold)
    return tuple(details)


def _case_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.iterdir() if path.suffix in CASE_SUFFIXES and path.is_file())


def check_case(advisor: Advisor, path: Path) -> tuple[int, list[Mismatch]]:
    """One example case against its ``verwacht:`` block: (how many expectations, the failures)."""
    file = shown_path(path)
    try:
        case, not_known = read_case_file(path)
    except CaseError as error:
        return 1, [
            Mismatch(
                file,
                problem.line,
                ruletest_says("invalid-case", problem=Text(problem.format("nl"), problem.format("en"))),
            )
            for problem in error.problems
        ]
    document, _issues = read_yaml(path.read_bytes())
    data = document.data if document is not None else None
    block = data.get(EXPECTATIONS_KEY) if isinstance(data, dict) else None
    if document is None or block is None:
        return 1, [Mismatch(file, 0, ruletest_says("no-expectations", block=EXPECTATIONS_KEY))]
    expectations, failures = read_expectations(block, document, advisor.rulebase, file)
    advice = advisor.advise(case, not_known=not_known)  # as `netadvisor advise` gives it
    found = [finding.rule_id for finding in advice.findings]
    rules = {rule.id: rule for rule in advisor.rulebase.rules}
    for name, expected, line in expectations.conclusions:
        actual = advice.conclusion(name)
        if actual != expected:
            text = ruletest_says(
                "conclusion-differs",
                name=CONCLUSION_NAMES.get(name, Text(name, name)),
                expected=_conclusion_text(expected),
                actual=_came_out(advice, name),
            )
            failures.append(Mismatch(file, line, text, tuple(why_conclusion(advisor, case, advice, name, expected))))
    for rule_id, line in expectations.present:
        if rule_id not in found:
            reason = why_not(advisor, case, rules[rule_id])
            failures.append(Mismatch(file, line, ruletest_says("finding-missing", rule=rule_id, reason=reason)))
    for rule_id, line in expectations.absent:
        if rule_id in found:
            reason = why(advisor, case, rules[rule_id])
            failures.append(Mismatch(file, line, ruletest_says("finding-present", rule=rule_id, reason=reason)))
    if expectations.order:
        listed = [rule_id for rule_id, _line in expectations.order]
        missing = [rule_id for rule_id in listed if rule_id not in found]
        actual_order = sorted((rule_id for rule_id in listed if rule_id in found), key=found.index)
        if missing or actual_order != listed:
            came = ", ".join(actual_order) or "-"
            absent = RULETEST_WORDS["order-missing"].format(rules=", ".join(missing)) if missing else Text("", "")
            text = ruletest_says("order", listed=", ".join(listed), came=came, missing=absent)
            failures.append(Mismatch(file, expectations.order[0][1], text))
    if expectations.most_lines is not None:
        failures += _page_length(advisor, case, file, *expectations.most_lines)
    count = (
        len(expectations.conclusions)
        + len(expectations.present)
        + len(expectations.absent)
        + bool(expectations.order)
        + (expectations.most_lines is not None)
    )
    return max(count, 1), failures


def _page_length(advisor: Advisor, case: Case, file: str, most: int, line: int) -> list[Mismatch]:
    """The Dutch text report of ``case`` (what ``netadvisor advise`` prints) against its page length; the findings
    that take the most lines are named, since shortening one of their messages is what helps."""
    advice = advisor.advise(case, lang="nl")
    lines = len(advice_text(advice, case).splitlines())
    if lines <= most:
        return []
    # what each finding takes of the page, counted by leaving it out: a new rule's finding is named beside the
    # others by what it adds (naming the longest messages named the old rules and never the new one that pushed
    # the report over: a rule-editing trial)
    taken = {
        finding.rule_id: lines
        - len(
            advice_text(
                advice.model_copy(update={"findings": [other for other in advice.findings if other is not finding]}),
                case,
            ).splitlines()
        )
        for finding in advice.findings
    }
    longest = sorted((rule_id for rule_id in taken if taken[rule_id] > 0), key=lambda rule_id: -taken[rule_id])
    named = join(
        [
            ruletest_says("rule-line" if taken[rule_id] == 1 else "rule-lines", rule=rule_id, lines=taken[rule_id])
            for rule_id in longest
        ],
        Text(", ", ", "),
    )
    examples = ruletest_says("page-length-examples", rules=named) if longest else Text("", "")
    asking = lines - len(advice_text(advice.model_copy(update={"questions": []}), case).splitlines()) + 1
    questions = ruletest_says("page-length-questions", lines=asking) if advice.questions else Text("", "")
    return [
        Mismatch(
            file,
            line,
            ruletest_says("page-length", file=file, lines=lines, most=most, examples=examples, questions=questions),
        )
    ]


def check_example_cases(advisor: Advisor, folder: Path) -> Section:
    """Every case file in ``folder`` gives what its ``verwacht:`` block says (one count per expectation)."""
    title = ruletest_says("example-cases", folder=shown_path(folder))
    if not folder.is_dir():
        return Section(title, 0, (Mismatch(shown_path(folder), 0, ruletest_says("no-folder")),))
    total = 0
    failures: list[Mismatch] = []
    files = _case_files(folder)
    for path in files:
        count, found = check_case(advisor, path)
        total += count
        failures += found
    counted = ruletest_says(
        "expectations-of-one-case" if len(files) == 1 else "expectations-of-cases", cases=len(files)
    )
    return Section(title, total, tuple(failures), counted=counted)


# --------------------------------------------------------------------------- heuristics


def check_heuristics(rulebase: RuleBase, folder: Path) -> Section | None:
    """Where the rules keep a table of heuristics (HEURISTIEKEN.md): every heuristic accounted for exactly
    once, and the table up to date. None for a rule base that keeps no such table."""
    table = folder / "HEURISTIEKEN.md"
    if not table.is_file():
        return None
    failures = []
    for row in heuristic_coverage(rulebase):
        if row.kind is not None:
            continue
        if row.rules:
            text = ruletest_says("heuristic-twice", heuristic=row.heuristic, rules=", ".join(row.rules))
            failures.append(Mismatch(shown_path(table), 0, text))
        else:
            failures.append(
                Mismatch(shown_path(table), 0, ruletest_says("heuristic-uncovered", heuristic=row.heuristic))
            )
    committed = table.read_text(encoding="utf-8")
    fresh = coverage_markdown(rulebase)
    if committed != fresh:
        line = next(
            (
                number
                for number, (old, new) in enumerate(
                    zip(committed.splitlines(), fresh.splitlines(), strict=False), start=1
                )
                if old != new
            ),
            min(len(committed.splitlines()), len(fresh.splitlines())) + 1,
        )
        failures.append(
            Mismatch(
                shown_path(table), line, ruletest_says("heuristics-stale", command=REGENERATE_COMMAND), remade=True
            )
        )
    count = len(heuristic_coverage(rulebase))
    return Section(
        ruletest_says("heuristics", table=shown_path(table)),
        count + 1,
        tuple(failures),
        counted=ruletest_says("heuristics-counted", count=count),
    )


# --------------------------------------------------------------------------- a failed scenario step


_QUOTED = re.compile(r'"([^"]*)"')


def explain_step(advisor: Advisor, case: Case | Mapping[str, Any] | None, advice: Advice, step_text: str) -> list[Text]:
    """What came out, and what made the difference, for a scenario step that checks the advice.

    Works from the step's own words: each quoted rule id is explained (why it fired or why not), each
    quoted value of a conclusion is compared with the conclusion that came out.
    """
    details: list[Text] = []
    rules = {rule.id: rule for rule in advisor.rulebase.rules}
    fired = {step.rule_id for step in advice.trace}
    values = _conclusion_values(advisor.rulebase)
    for quoted in dict.fromkeys(_QUOTED.findall(step_text)):
        rule = rules.get(quoted)
        if rule is not None and case is not None:
            if rule.id in fired:
                details.append(ruletest_says("fires", rule=rule.id, reason=why(advisor, case, rule)))
                if advice.finding(rule.id) is not None:  # what it says, for a step that checks the words
                    details.append(ruletest_says("says", rule=rule.id, message=_finding_message(advisor, case, rule)))
            else:
                details.append(ruletest_says("does-not-fire", rule=rule.id, reason=why_not(advisor, case, rule)))
            continue
        for name in FIXED_CONCLUSIONS:
            found, value = _conclusion_value(quoted, values[name])
            if not found or (value is None and name not in _named_in(step_text)):
                continue  # "nog niet te bepalen" fits every conclusion: only the one the step names
            actual = advice.conclusion(name)
            if actual != value:
                said = [ruletest_says("conclusion-now", name=CONCLUSION_NAMES[name], actual=_came_out(advice, name))]
                if case is not None:
                    said += why_conclusion(advisor, case, advice, name, value)
                # each line once: a step naming several values ("nog open tussen …") or several steps naming the
                # same conclusion repeated what it came out as and its support (a rule-editing trial read the
                # block twice, with other "vuurt niet" lines, as two failures)
                details += [line for line in said if line not in details]
    return details


def _finding_message(advisor: Advisor, case: Case | Mapping[str, Any], rule: Rule) -> Text:
    """The finding of ``rule`` on ``case`` as the advice words it in each language (a scenario's advice is
    Dutch; the report may be read in English)."""
    said = [advisor.advise(case, lang=lang).finding(rule.id) for lang in ("nl", "en")]
    return Text(*(finding.message if finding is not None else "" for finding in said))


def _named_in(step_text: str) -> set[str]:
    """The fixed conclusions a step speaks of by name (for "nog niet te bepalen", which fits all three)."""
    lowered = step_text.lower()
    return {
        name for name, words in CONCLUSION_NAMES.items() if words.nl.lower() in lowered or words.en.lower() in lowered
    }


def advice_summary(advice: Advice) -> Text:
    """What came out, in one line: the three fixed conclusions and the findings."""
    conclusions = [
        RULETEST_WORDS["summary-conclusion"].format(
            name=Text(CONCLUSION_NAMES[name].nl.lower(), CONCLUSION_NAMES[name].en.lower()),
            value=_came_out(advice, name),
        )
        for name in FIXED_CONCLUSIONS
    ]
    findings = ", ".join(finding.rule_id for finding in advice.findings) or "-"
    return ruletest_says("summary", conclusions=join(conclusions, Text("; ", "; ")), findings=findings)


# --------------------------------------------------------------------------- the whole run


def default_place(name: str) -> Path | None:
    """Where ``rules``, ``features``, ``examples`` or ``tests/steps_nl.py`` is when not given: here (or, from
    inside a folder named ``rules``, that folder and what stands beside it), or beside the packaged rules (a
    checkout of the project); None when none has it (an installed wheel)."""
    from .advisor import packaged_rules_path

    here = Path.cwd()
    # Someone editing inside rules/ who runs `netadvisor check` there means those rules: from there the packaged
    # ones were checked, and "In orde" said of files they had not touched (a helper's trial).
    inside: tuple[Path, ...] = (here.parent,) if here.name == "rules" else ()
    for base in (*inside, here, packaged_rules_path().parent):
        if (base / name).exists():
            return base / name
    return None


def run_rule_tests(
    rules: str | Path | None = None,
    *,
    features: str | Path | None = None,
    cases: str | Path | None = None,
    steps: str | Path | None = None,
) -> RuleTestReport:
    """Everything ``netadvisor test`` runs, against the rule files at ``rules`` (default: :func:`default_place`:
    ``rules/`` here, the folder itself from inside ``rules/``, else the packaged rules).

    Raises:
        RuleError: when the rule files themselves have mistakes (``netadvisor check`` shows the same).
    """
    from .advisor import packaged_rules_path
    from .scenariotests import check_scenario_headings, check_scenarios

    rules_path = Path(rules) if rules is not None else (default_place("rules") or packaged_rules_path())
    advisor = Advisor.from_path(shown_path(rules_path) if rules is None else rules_path)
    rulebase = advisor.rulebase
    sections = [check_rule_examples(advisor)]
    cases_path = Path(cases) if cases is not None else default_place("examples")
    if cases_path is not None:
        sections.append(check_example_cases(advisor, cases_path))
    else:
        sections.append(Section(ruletest_says("example-cases-kind"), 0, not_run=ruletest_says("no-cases-found")))
    features_path = Path(features) if features is not None else default_place("features")
    steps_path = Path(steps) if steps is not None else default_place("tests/steps_nl.py")
    if features_path is not None and steps_path is not None:
        sections.append(check_scenarios(features_path, steps_path, rules_path, rulebase.version))
    elif features_path is not None:
        missing = Mismatch(shown_path(features_path), 0, ruletest_says("no-steps"))
        sections.append(Section(ruletest_says("scenarios", folder=shown_path(features_path)), 0, (missing,)))
    else:
        sections.append(Section(ruletest_says("scenarios-kind"), 0, not_run=ruletest_says("no-features-found")))
    headings = check_scenario_headings(features_path, rulebase) if features_path is not None else None
    if headings is not None:
        sections.append(headings)
    heuristics = check_heuristics(rulebase, rules_path if rules_path.is_dir() else rules_path.parent)
    if heuristics is not None:
        sections.append(heuristics)
    # Said, so that "In orde" does not read as "every quotation checked" (a rule owner changed a quote: "In orde").
    sections.append(
        Section(ruletest_says("quotations-kind"), 0, not_run=ruletest_says("quotations-elsewhere"), elsewhere=True)
    )
    return RuleTestReport(shown_path(rules_path), len(rulebase.rules), rulebase.version, tuple(sections))
