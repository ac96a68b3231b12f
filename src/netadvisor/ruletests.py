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
from .answers import value_label
from .case import Case
from .casefile import EXPECTATIONS_KEY, load_case_file
from .coverage import coverage_markdown, heuristic_coverage
from .errors import CaseError
from .facts import INPUTS
from .messages import CONCLUSION_NAMES, UNDETERMINED
from .operators import BY_NAME
from .render import advice_text
from .rulebase import Condition, Rule, RuleBase
from .text import Language, check_language
from .text import Text as Words
from .vocabulary import FIXED_CONCLUSIONS
from .yamlsource import YamlDocument, read_yaml

Text = dict[str, str]
"""Words per language: ``{"nl": ..., "en": ...}``."""

REGENERATE_COMMAND = "make regenereer"
"""What a person runs to bring the generated files (HEURISTIEKEN.md, the schema, the README) up to date."""

CASE_SUFFIXES = (".yaml", ".yml", ".json")
EXPECTATION_KEYS = ("besluiten", "bevindingen", "geen_bevindingen", "volgorde", "hoogstens_regels")
"""What may stand under ``verwacht:`` in an example case."""


def _text(nl: str, en: str) -> Text:
    return {"nl": nl, "en": en}


@dataclass(frozen=True, slots=True)
class Mismatch:
    """One example, case or scenario that does not give what it expects.

    Attributes:
        file: where it stands, as a person would open it.
        line: the line of the example, the expectation or the step (0 for the file as a whole).
        text: what was expected and what came out, in one sentence.
        details: the conditions (or steps) that made the difference, one per line.
    """

    file: str
    line: int
    text: Text
    details: tuple[Text, ...] = ()

    def format(self, lang: str = "nl") -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        lines = [f"  {where}: {self.text[lang]}"]
        lines += [f"      {detail[lang]}" for detail in self.details]
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Section:
    """The outcome of one kind of test: how many were run, and each one that failed."""

    title: Text
    total: int
    failures: tuple[Mismatch, ...] = ()
    failed: int | None = None  # how many of the total failed, when that is not one per failure (scenarios)

    @property
    def ok(self) -> bool:
        return not self.failures

    def format(self, lang: str = "nl") -> str:
        good = max(self.total - (len(self.failures) if self.failed is None else self.failed), 0)
        if lang == "nl":
            count = f"{good} van {self.total} in orde" if self.total else "niets te testen"
        else:
            count = f"{good} of {self.total} pass" if self.total else "nothing to test"
        lines = [f"{self.title[lang]}: {count}"]
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

    def format(self, lang: str = "nl") -> str:
        head = (
            f"Regels: {self.rules} ({self.rule_count} regels, versie {self.version})"
            if lang == "nl"
            else f"Rules: {self.rules} ({self.rule_count} rules, version {self.version})"
        )
        body = [section.format(lang) for section in self.sections]
        if self.ok:
            tail = (
                "In orde: elk voorbeeld, elke casus en elk scenario geeft wat het verwacht."
                if lang == "nl"
                else "OK: every example, case and scenario gives what it expects."
            )
        elif lang == "nl":
            tail = (
                f"Niet in orde: {self.failure_count} fout(en). Pas de regel aan, of het voorbeeld, de casus of "
                "het scenario als de nieuwe uitkomst de bedoelde is."
            )
        else:
            tail = (
                f"Not OK: {self.failure_count} failure(s). Change the rule, or the example, case or scenario "
                "if the new outcome is the intended one."
            )
        return "\n\n".join([head, *body, tail]) + "\n"


def shown_path(path: str | Path) -> str:
    """A path as a person would type it: relative to the current folder when it lies below it."""
    text = str(path)
    try:
        relative = os.path.relpath(text)
    except ValueError:  # another drive (Windows)
        return text
    return text if relative.startswith("..") else relative.replace(os.sep, "/")


# --------------------------------------------------------------------------- conditions in words


def _values_words(value: Any, lang: Language) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(value_label(item, lang) for item in value)
    return value_label(value, lang)


def condition_words(condition: Condition, check: ConditionCheck, lang: str) -> str:
    """One condition and its outcome on a case, short: "governance.partner_count 8 is niet meer dan
    weinig_partners_max (20)"; a policy value is named with its value."""
    index = 0 if lang == "nl" else 1
    language = check_language(lang)
    name = condition.name
    if check.holds is None:
        if condition.subject == "fact":
            return f"{name} {BY_NAME['known'].negated.pick(language)}"
        return f"{name} {('is nog niet afgeleid', 'is not derived yet')[index]} ({UNDETERMINED.pick(language)})"
    operator = BY_NAME[condition.operator]
    words = (operator.words if check.holds else operator.negated).pick(language)
    actual = "" if check.actual is None or check.actual == [] else _values_words(check.actual, language) + " "
    if condition.operator in ("known", "unknown"):
        return f"{name} {actual}{words}"
    expected = _values_words(condition.operand, language)
    if condition.policy:
        expected = f"{condition.policy} ({expected})"
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
    return {
        lang: "; ".join(condition_words(c, check, lang) for c, check in checks if check.holds is not True)
        or ("alle voorwaarden gelden" if lang == "nl" else "every condition holds")
        for lang in ("nl", "en")
    }


def why(advisor: Advisor, case: Case | Mapping[str, Any], rule: Rule, touched: Iterable[str] | None = None) -> Text:
    """Why ``rule`` fired on ``case``: its conditions, or only those about the facts in ``touched``."""
    _fired, checks = _checks(advisor, case, rule)
    holding = [(c, check) for c, check in checks if check.holds is True]
    if touched is not None:
        paths = list(touched)
        chosen = [(c, check) for c, check in holding if c.subject == "fact" and _touches(c.name, paths)]
        holding = chosen or holding
    return {lang: "; ".join(condition_words(c, check, lang) for c, check in holding) for lang in ("nl", "en")}


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
                failures.append(
                    Mismatch(
                        file,
                        rule.line,
                        _text(
                            f"{rule.id} heeft geen voorbeeld onder {kind}: schrijf er een casus waarop de regel "
                            + ("vuurt" if kind == "fires" else "net niet vuurt"),
                            f"{rule.id} has no example under {kind}: add a case on which the rule "
                            + ("fires" if kind == "fires" else "just does not fire"),
                        ),
                    )
                )
                continue
            for position, case in enumerate(cases):
                total += 1
                fired, _ = _checks(advisor, case, rule)
                if fired == (kind == "fires"):
                    continue
                place = places.get((rule.id, kind, position), _ExamplePlace(rule.line, None))
                if kind == "fires":
                    reason = why_not(advisor, case, rule)
                    text = _text(
                        f"{rule.id}: voorbeeld {position + 1} onder fires vuurt niet meer: {reason['nl']}",
                        f"{rule.id}: example {position + 1} under fires no longer fires: {reason['en']}",
                    )
                else:
                    touched = _leaf_paths(place.written) if isinstance(place.written, dict) else None
                    reason = why(advisor, case, rule, touched)
                    text = _text(
                        f"{rule.id}: voorbeeld {position + 1} onder silent vuurt nu wel: {reason['nl']}",
                        f"{rule.id}: example {position + 1} under silent fires now: {reason['en']}",
                    )
                failures.append(Mismatch(file, place.line, text))
    return Section(_text("Voorbeelden van de regels", "The rules' examples"), total, tuple(failures))


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
    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return _text(f"; bedoelde je '{found[0]}'?", f"; did you mean '{found[0]}'?") if found else _text("", "")


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

    def problem(at: int, nl: str, en: str) -> None:
        problems.append(Mismatch(file, at, _text(nl, en)))

    if not isinstance(block, dict):
        problem(
            line(),
            f"onder '{EXPECTATIONS_KEY}:' horen de sleutels {', '.join(EXPECTATION_KEYS)}",
            f"'{EXPECTATIONS_KEY}:' takes the keys {', '.join(EXPECTATION_KEYS)}",
        )
        return Expectations(), problems
    for key in block:
        if key not in EXPECTATION_KEYS:
            hint = _did_you_mean(str(key), EXPECTATION_KEYS)
            problem(
                line(key),
                f"onbekende sleutel '{key}' onder {EXPECTATIONS_KEY} (toegelaten: "
                f"{', '.join(EXPECTATION_KEYS)}){hint['nl']}",
                f"unknown key '{key}' under {EXPECTATIONS_KEY} (allowed: {', '.join(EXPECTATION_KEYS)}){hint['en']}",
            )
    values = _conclusion_values(rulebase)
    conclusions = []
    wanted = block.get("besluiten") or {}
    if not isinstance(wanted, dict):
        problem(
            line("besluiten"),
            "onder 'besluiten:' staat per besluit een waarde, bv. 'governance_mode: "
            "network_administrative_organisation'",
            "'besluiten:' takes one value per conclusion, e.g. 'governance_mode: network_administrative_organisation'",
        )
        wanted = {}
    for name, word in wanted.items():
        if name not in values:
            hint = _did_you_mean(str(name), values)
            problem(
                line("besluiten", name),
                f"onbekend besluit '{name}'{hint['nl']}",
                f"unknown conclusion '{name}'{hint['en']}",
            )
            continue
        found, value = _conclusion_value(word, values[name])
        if not found:
            options = values[name]
            problem(
                line("besluiten", name),
                f"'{word}' is geen waarde van {name} (mogelijk: "
                f"{', '.join(value_label(o, 'nl') for o in options)}, {UNDETERMINED.nl})",
                f"'{word}' is no value of {name} (possible: {', '.join(str(o) for o in options)}, {UNDETERMINED.en})",
            )
            continue
        conclusions.append((name, value, line("besluiten", name)))
    ids = {rule.id: rule for rule in rulebase.rules}
    lists: dict[str, list[tuple[str, int]]] = {}
    for key in ("bevindingen", "geen_bevindingen", "volgorde"):
        items = block.get(key) or []
        if not isinstance(items, list):
            problem(
                line(key),
                f"onder '{key}:' staat een lijst van regel-id's, bv. [GOV-advice-nao]",
                f"'{key}:' takes a list of rule ids, e.g. [GOV-advice-nao]",
            )
            items = []
        lists[key] = []
        for position, rule_id in enumerate(items):
            at = line(key, position)
            rule = ids.get(rule_id) if isinstance(rule_id, str) else None
            if rule is None:
                hint = _did_you_mean(str(rule_id), ids)
                problem(
                    at,
                    f"onbekende regel '{rule_id}' onder {key}{hint['nl']}",
                    f"unknown rule '{rule_id}' under {key}{hint['en']}",
                )
            elif rule.finding is None:
                problem(
                    at,
                    f"{rule_id} geeft geen bevinding (de regel besluit of steunt enkel): zet hem niet onder {key}",
                    f"{rule_id} gives no finding (the rule only concludes or supports): do not list it under {key}",
                )
            else:
                lists[key].append((rule_id, at))
    most_lines = None
    if "hoogstens_regels" in block:
        most = block["hoogstens_regels"]
        if isinstance(most, int) and not isinstance(most, bool) and most > 0:
            most_lines = (most, line("hoogstens_regels"))
        else:
            problem(
                line("hoogstens_regels"),
                f"onder 'hoogstens_regels:' staat een geheel getal groter dan 0 (bv. 60: één pagina), niet '{most}'",
                f"'hoogstens_regels:' takes a whole number above 0 (e.g. 60: one page), not '{most}'",
            )
    return Expectations(
        tuple(conclusions),
        tuple(lists["bevindingen"]),
        tuple(lists["geen_bevindingen"]),
        tuple(lists["volgorde"]),
        most_lines,
    ), problems


def _conclusion_label(value: Any, lang: str) -> str:
    return UNDETERMINED.pick(check_language(lang)) if value is None else value_label(value, check_language(lang))


def why_conclusion(
    advisor: Advisor, case: Case | Mapping[str, Any], advice: Advice, name: str, expected: Any
) -> list[Text]:
    """Why ``name`` came out as it did and not as ``expected``: the support, and the conditions of the rules
    that would lead to ``expected`` that did not hold."""
    details: list[Text] = []
    conclusion = advice.conclusions.get(name)
    if conclusion is None:
        return details
    if conclusion.support:
        details.append(
            {
                lang: ("steun: " if lang == "nl" else "support: ")
                + "; ".join(
                    f"{_conclusion_label(value, lang)} {len(ids)} ({', '.join(ids)})"
                    for value, ids in conclusion.support.items()
                )
                for lang in ("nl", "en")
            }
        )
    elif conclusion.value is not None and conclusion.rules:
        details.append(
            _text(
                f"{_conclusion_label(conclusion.value, 'nl')} komt van {', '.join(conclusion.rules)}",
                f"{_conclusion_label(conclusion.value, 'en')} comes from {', '.join(conclusion.rules)}",
            )
        )
    if conclusion.status == "conflict":
        details.append(
            _text(
                f"tegenstrijdig: {', '.join(conclusion.candidates)} met dezelfde prioriteit",
                f"conflict: {', '.join(conclusion.candidates)} with the same priority",
            )
        )
    decision = advisor.rulebase.decisions.get(name)
    if expected is None and decision is not None:
        details.append(
            _text(
                f"een waarde wint met minstens {decision.minimum_support} steun",
                f"a value wins with at least {decision.minimum_support} support",
            )
        )
    fired = {step.rule_id for step in advice.trace}
    if expected is not None:
        for rule in advisor.rulebase.rules:
            if (name, expected) in (*rule.concludes, *rule.supports) and rule.id not in fired:
                reason = why_not(advisor, case, rule)
                details.append(
                    _text(f"{rule.id} vuurt niet: {reason['nl']}", f"{rule.id} does not fire: {reason['en']}")
                )
    return details


def _case_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.iterdir() if path.suffix in CASE_SUFFIXES and path.is_file())


def check_case(advisor: Advisor, path: Path) -> tuple[int, list[Mismatch]]:
    """One example case against its ``verwacht:`` block: (how many expectations, the failures)."""
    file = shown_path(path)
    try:
        case = load_case_file(path)
    except CaseError as error:
        return 1, [
            Mismatch(
                file,
                problem.line,
                _text(f"de casus is ongeldig: {problem.format()}", f"the case is invalid: {problem.format()}"),
            )
            for problem in error.problems
        ]
    document, _issues = read_yaml(path.read_bytes())
    data = document.data if document is not None else None
    block = data.get(EXPECTATIONS_KEY) if isinstance(data, dict) else None
    if document is None or block is None:
        return 1, [
            Mismatch(
                file,
                0,
                _text(
                    f"deze casus zegt niet wat ze moet geven: schrijf onder '{EXPECTATIONS_KEY}:' de besluiten en "
                    "bevindingen die je verwacht (zie rules/README.md)",
                    f"this case does not say what it should give: write the expected conclusions and findings under "
                    f"'{EXPECTATIONS_KEY}:' (see rules/README.md)",
                ),
            )
        ]
    expectations, failures = read_expectations(block, document, advisor.rulebase, file)
    advice = advisor.advise(case)
    found = [finding.rule_id for finding in advice.findings]
    rules = {rule.id: rule for rule in advisor.rulebase.rules}
    for name, expected, line in expectations.conclusions:
        actual = advice.conclusion(name)
        if actual != expected:
            words = CONCLUSION_NAMES.get(name, Words(name, name))
            failures.append(
                Mismatch(
                    file,
                    line,
                    _text(
                        f"{words.nl}: verwacht {_conclusion_label(expected, 'nl')}, kwam uit {_conclusion_label(actual, 'nl')}",
                        f"{words.en}: expected {_conclusion_label(expected, 'en')}, came out {_conclusion_label(actual, 'en')}",
                    ),
                    tuple(why_conclusion(advisor, case, advice, name, expected)),
                )
            )
    for rule_id, line in expectations.present:
        if rule_id not in found:
            reason = why_not(advisor, case, rules[rule_id])
            failures.append(
                Mismatch(
                    file,
                    line,
                    _text(
                        f"bevinding {rule_id} ontbreekt: {reason['nl']}",
                        f"finding {rule_id} is missing: {reason['en']}",
                    ),
                )
            )
    for rule_id, line in expectations.absent:
        if rule_id in found:
            reason = why(advisor, case, rules[rule_id])
            failures.append(
                Mismatch(
                    file,
                    line,
                    _text(
                        f"bevinding {rule_id} is er toch: {reason['nl']}",
                        f"finding {rule_id} is there after all: {reason['en']}",
                    ),
                )
            )
    if expectations.order:
        listed = [rule_id for rule_id, _line in expectations.order]
        missing = [rule_id for rule_id in listed if rule_id not in found]
        actual_order = sorted((rule_id for rule_id in listed if rule_id in found), key=found.index)
        if missing or actual_order != listed:
            came = ", ".join(actual_order) or "-"
            failures.append(
                Mismatch(
                    file,
                    expectations.order[0][1],
                    _text(
                        f"volgorde: verwacht {', '.join(listed)}, kwam uit {came}"
                        + (f" ({', '.join(missing)} ontbreekt)" if missing else ""),
                        f"order: expected {', '.join(listed)}, came out {came}"
                        + (f" ({', '.join(missing)} missing)" if missing else ""),
                    ),
                )
            )
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
    lines = advice_text(advice, case).splitlines()
    if len(lines) <= most:
        return []
    longest = sorted(advice.findings, key=lambda finding: len(finding.message), reverse=True)[:3]
    named = ", ".join(finding.rule_id for finding in longest)
    return [
        Mismatch(
            file,
            line,
            _text(
                f"het rapport (netadvisor advise {file}) telt {len(lines)} regels, verwacht hoogstens {most}: maak "
                f"een boodschap korter" + (f", bv. van {named}" if named else ""),
                f"the report (netadvisor advise {file}) has {len(lines)} lines, expected at most {most}: make a "
                f"message shorter" + (f", e.g. of {named}" if named else ""),
            ),
        )
    ]


def check_example_cases(advisor: Advisor, folder: Path) -> Section:
    """Every case file in ``folder`` gives what its ``verwacht:`` block says (one count per expectation)."""
    title = _text(f"Voorbeeldcasussen ({shown_path(folder)})", f"Example cases ({shown_path(folder)})")
    if not folder.is_dir():
        return Section(
            title, 0, (Mismatch(shown_path(folder), 0, _text("deze map bestaat niet", "this folder does not exist")),)
        )
    total = 0
    failures: list[Mismatch] = []
    for path in _case_files(folder):
        count, found = check_case(advisor, path)
        total += count
        failures += found
    return Section(title, total, tuple(failures))


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
            failures.append(
                Mismatch(
                    shown_path(table),
                    0,
                    _text(
                        f"{row.heuristic} is een regel ({', '.join(row.rules)}) en staat ook onder accounts_for: kies één",
                        f"{row.heuristic} is a rule ({', '.join(row.rules)}) and also under accounts_for: choose one",
                    ),
                )
            )
        else:
            failures.append(
                Mismatch(
                    shown_path(table),
                    0,
                    _text(
                        f"{row.heuristic}: geen regel dekt deze heuristiek en ze staat niet onder accounts_for; geef een "
                        "regel 'heuristics: [" + row.heuristic + "]' of verantwoord ze onder accounts_for",
                        f"{row.heuristic}: no rule covers this heuristic and it is not under accounts_for; give a rule "
                        "'heuristics: [" + row.heuristic + "]' or account for it under accounts_for",
                    ),
                )
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
                shown_path(table),
                line,
                _text(
                    f"HEURISTIEKEN.md is niet meer actueel: maak het opnieuw met `{REGENERATE_COMMAND}`",
                    f"HEURISTIEKEN.md is out of date: regenerate it with `{REGENERATE_COMMAND}`",
                ),
            )
        )
    return Section(
        _text(f"Heuristieken ({shown_path(table)})", f"Heuristics ({shown_path(table)})"),
        len(heuristic_coverage(rulebase)) + 1,
        tuple(failures),
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
                reason = why(advisor, case, rule)
                details.append(_text(f"{rule.id} vuurt: {reason['nl']}", f"{rule.id} fires: {reason['en']}"))
                finding = advice.finding(rule.id)
                if finding is not None:  # what it says, for a step that checks the words
                    details.append(
                        _text(f'{rule.id} zegt: "{finding.message}"', f'{rule.id} says: "{finding.message}"')
                    )
            else:
                reason = why_not(advisor, case, rule)
                details.append(
                    _text(f"{rule.id} vuurt niet: {reason['nl']}", f"{rule.id} does not fire: {reason['en']}")
                )
            continue
        for name in FIXED_CONCLUSIONS:
            found, value = _conclusion_value(quoted, values[name])
            if not found or (value is None and name not in _named_in(step_text)):
                continue  # "nog niet te bepalen" fits every conclusion: only the one the step names
            actual = advice.conclusion(name)
            if actual != value:
                words = CONCLUSION_NAMES[name]
                details.append(
                    _text(
                        f"{words.nl}: {_conclusion_label(actual, 'nl')}",
                        f"{words.en}: {_conclusion_label(actual, 'en')}",
                    )
                )
                if case is not None:
                    details += why_conclusion(advisor, case, advice, name, value)
    return details


def _named_in(step_text: str) -> set[str]:
    """The fixed conclusions a step speaks of by name (for "nog niet te bepalen", which fits all three)."""
    lowered = step_text.lower()
    return {
        name for name, words in CONCLUSION_NAMES.items() if words.nl.lower() in lowered or words.en.lower() in lowered
    }


def advice_summary(advice: Advice) -> Text:
    """What came out, in one line: the three fixed conclusions and the findings."""
    out = {}
    for lang in ("nl", "en"):
        index = 0 if lang == "nl" else 1
        parts = [
            f"{CONCLUSION_NAMES[name].pick(lang).lower()} {_conclusion_label(advice.conclusion(name), lang)}"
            for name in FIXED_CONCLUSIONS
        ]
        findings = ", ".join(finding.rule_id for finding in advice.findings) or "-"
        out[lang] = "; ".join(parts) + f"; {('bevindingen', 'findings')[index]}: {findings}"
    return out


# --------------------------------------------------------------------------- the whole run


def default_place(name: str) -> Path | None:
    """Where ``rules``, ``features``, ``examples`` or ``tests/steps_nl.py`` is when not given: here, or beside
    the packaged rules (a checkout of the project); None when neither has it (an installed wheel)."""
    from .advisor import packaged_rules_path

    for base in (Path.cwd(), packaged_rules_path().parent):
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
    """Everything ``netadvisor test`` runs, against the rule files at ``rules`` (default: the packaged rules).

    Raises:
        RuleError: when the rule files themselves have mistakes (``netadvisor check`` shows the same).
    """
    from .advisor import packaged_rules_path
    from .scenariotests import check_scenarios

    rules_path = Path(rules) if rules is not None else (default_place("rules") or packaged_rules_path())
    advisor = Advisor.from_path(shown_path(rules_path) if rules is None else rules_path)
    rulebase = advisor.rulebase
    sections = [check_rule_examples(advisor)]
    cases_path = Path(cases) if cases is not None else default_place("examples")
    if cases_path is not None:
        sections.append(check_example_cases(advisor, cases_path))
    features_path = Path(features) if features is not None else default_place("features")
    steps_path = Path(steps) if steps is not None else default_place("tests/steps_nl.py")
    if features_path is not None and steps_path is not None:
        sections.append(check_scenarios(features_path, steps_path, rules_path, rulebase.version))
    elif features_path is not None:
        sections.append(
            Section(
                _text(f"Scenario's ({shown_path(features_path)})", f"Scenarios ({shown_path(features_path)})"),
                0,
                (
                    Mismatch(
                        shown_path(features_path),
                        0,
                        _text(
                            "de stappen (tests/steps_nl.py) zijn niet gevonden: geef ze met --steps",
                            "the steps (tests/steps_nl.py) were not found: give them with --steps",
                        ),
                    ),
                ),
            )
        )
    heuristics = check_heuristics(rulebase, rules_path if rules_path.is_dir() else rules_path.parent)
    if heuristics is not None:
        sections.append(heuristics)
    return RuleTestReport(shown_path(rules_path), len(rulebase.rules), rulebase.version, tuple(sections))
