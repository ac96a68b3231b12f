"""Loading rule files: every mistake in every file, located, or a complete rule base.

The loader reads each file safely (:mod:`yamlsource`), checks its shape against
the rule language (:mod:`ruleschema`), then checks what a shape cannot: fact
paths, operators against fact types, values, policy values, conclusions used but
never derived, placeholders, duplicate ids across files. All problems are
collected and raised together as one :class:`~netadvisor.errors.RuleError`;
nothing is ever half loaded.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args, get_origin

from pydantic import BaseModel, ValidationError

from . import messages
from .compiler import alpha_cost
from .errors import CaseError, RuleError, RuleProblem
from .case import parse_case
from .facts import FACTS
from .operators import BY_WORD
from .rulebase import (
    CURRENT_FIT_VALUES,
    MAX_RULE_ALPHA,
    AccountedHeuristic,
    Condition,
    Decision,
    RuleFinding,
    PolicyValue,
    Rule,
    RuleBase,
    current_conclusion,
)
from .ruleschema import FIXED_CONCLUSIONS, AccountedSpec, RuleFileSpec, RuleSpec
from .yamlsource import FileRefused, YamlDocument, YamlIssue, YamlPath, read_file, read_yaml

RULE_FILE_SUFFIXES = (".yaml", ".yml")
MAX_PROBLEMS_PER_FILE = 200
# "Did you mean" compares a name with every possible one: fine for the mistakes a person reads, far too
# slow for a file with a thousand of them (1,500 misspelt facts took 5 s). The same word gets the same
# suggestion from a cache; after this many distinct searches the rest are reported without one.
MAX_SUGGESTION_SEARCHES = 50
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_HEURISTIC = re.compile(r"^H(\d{3})$")
_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
MAX_HEURISTIC = 151


@dataclass(frozen=True, slots=True)
class Source:
    """One rule file's name (as shown in messages) and its bytes."""

    name: str
    raw: bytes


def discover(path: str | Path) -> list[Source]:
    """The rule files at ``path``: the file itself, or every ``*.yaml`` below a folder, sorted.

    Raises:
        RuleError: when the path does not exist, is not a regular file or folder, cannot be read,
            or holds no rule file.
    """
    root = Path(path)
    shown = str(path)
    if not root.is_dir():
        return [_read_source(root, shown)]
    files = sorted(p for p in root.rglob("*") if p.suffix in RULE_FILE_SUFFIXES and p.is_file()
                   and not any(part.startswith(".") for part in p.relative_to(root).parts))
    if not files:
        raise RuleError([RuleProblem(shown, 0, 0, "no-rule-files", messages.message("no-rule-files", {}))])
    return [_read_source(file, f"{shown.rstrip('/')}/{file.relative_to(root).as_posix()}") for file in files]


_REFUSED_FILE_REASONS: dict[str, tuple[str, str]] = {
    "not-regular-file": ("geen gewoon bestand (een apparaat, een pijp of iets anders)",
                         "not a regular file (a device, a pipe or something else)"),
}


def _read_source(file: Path, shown: str) -> Source:
    """One rule file's bytes, never read past the size limit; devices and pipes are refused unread."""
    try:
        return Source(shown, read_file(file))
    except FileRefused as refused:
        issue = refused.issue
        if issue.code in _REFUSED_FILE_REASONS:
            problem = RuleProblem(shown, 0, 0, "unreadable",
                                  messages.message("unreadable", {"reason": _REFUSED_FILE_REASONS[issue.code]}))
        else:
            problem = RuleProblem(shown, 0, 0, issue.code, messages.message(issue.code, issue.params))
        raise RuleError([problem]) from None
    except FileNotFoundError:
        raise RuleError([RuleProblem(shown, 0, 0, "unreadable",
                                     messages.message("unreadable", {"reason": ("bestaat niet", "does not exist")}))]
                        ) from None
    except OSError as error:
        raise RuleError([RuleProblem(shown, 0, 0, "unreadable",
                                     messages.message("unreadable", {"reason": error.strerror or str(error)}))]
                        ) from None


def load_rules(path: str | Path) -> RuleBase:
    """Load and validate every rule file at ``path`` (a file or a folder).

    Raises:
        RuleError: with every problem in every file.
    """
    return load_sources(discover(path))


def load_sources(sources: Sequence[Source]) -> RuleBase:
    """Validate rule files given as bytes. The pure core of :func:`load_rules`."""
    return _Loader(sources).load()


# --------------------------------------------------------------------------- helpers


def _suggest(word: str, choices: Sequence[str], cutoff: float = 0.6) -> str | None:
    """The choice most like ``word`` (what ``difflib.get_close_matches(word, choices, 1)`` gives).

    The full comparison (``ratio``) is slow; ``quick_ratio`` is a cheap upper bound of it. Choices are
    compared fully in order of that bound, and the search stops once no bound can beat the best found.
    """
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(word)
    bounded = []
    for choice in choices:
        matcher.set_seq1(choice)
        if matcher.real_quick_ratio() >= cutoff and (bound := matcher.quick_ratio()) >= cutoff:
            bounded.append((bound, choice))
    bounded.sort(reverse=True)
    best: tuple[float, str] | None = None
    for bound, choice in bounded:
        if best is not None and bound < best[0]:
            break
        matcher.set_seq1(choice)
        score = matcher.ratio()
        if score >= cutoff and (best is None or (score, choice) > best):
            best = (score, choice)
    return best[1] if best else None


def _found(value: Any) -> tuple[str, str]:
    """The value as it will be named in a message, (nl, en)."""
    if value is None:
        return ("leeg", "empty")
    if isinstance(value, bool):
        return (f"ja/nee ({str(value).lower()})", f"a yes/no value ({str(value).lower()})")
    if isinstance(value, int | float):
        return (f"het getal {value}", f"the number {value}")
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return (f"de tekst '{shown}'", f"the text '{shown}'")
    if isinstance(value, list):
        return ("een lijst", "a list")
    if isinstance(value, dict):
        return ("een lijst van sleutels", "a mapping")
    return (type(value).__name__, type(value).__name__)


def _aliases(model: type[BaseModel]) -> list[str]:
    return [info.alias or name for name, info in model.model_fields.items()]


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    """The model a field holds: itself, or inside Optional / list / dict."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _inner_model(arg)
        if found:
            return found
    return None


def _model_at(root: type[BaseModel], loc: Sequence[Any]) -> type[BaseModel] | None:
    """The model found at a pydantic error location (list indexes and free dict keys skipped)."""
    model = root
    free_key = False
    for part in loc:
        if isinstance(part, int):
            continue
        if free_key:  # the name of a policy value or decision
            free_key = False
            continue
        info = next((info for name, info in model.model_fields.items() if part in (name, info.alias)), None)
        nested = _inner_model(info.annotation) if info else None
        if info is None or nested is None:
            return None
        free_key = get_origin(info.annotation) is dict or any(
            get_origin(arg) is dict for arg in get_args(info.annotation))
        model = nested
    return model


_PATTERN_WORDS: dict[str, tuple[str, str]] = {
    "id": ("hoofdletters, dan koppeltekens, bv. GOV-trust-high", "capitals, then hyphens, e.g. GOV-trust-high"),
    "section": ("een hoofdstuk van de gids, bv. 4.3", "a section of the guide, e.g. 4.3"),
    "policy": ("één woord in kleine letters, bv. few_partners_max", "one lower-case word, e.g. few_partners_max"),
    "conclusion": ("één woord in kleine letters, bv. challenge_type", "one lower-case word, e.g. challenge_type"),
}


# --------------------------------------------------------------------------- the loader


@dataclass
class _Parsed:
    """A rule whose shape is valid, waiting for the checks across files."""

    source: str
    document: YamlDocument
    index: int
    shape: RuleSpec
    example_base: dict[str, Any]

    @property
    def path(self) -> YamlPath:
        return ("rules", self.index)


class _Loader:
    def __init__(self, sources: Sequence[Source]):
        self.sources = sorted(sources, key=lambda source: source.name)
        self.problems: list[RuleProblem] = []
        self.parsed: list[_Parsed] = []
        self.policies: dict[str, PolicyValue] = {}
        self.decisions: dict[str, tuple[Decision, str, YamlDocument, YamlPath]] = {}
        self.pending_decisions: list[tuple[str, str, Any, Any, YamlDocument, YamlPath]] = []
        # each file's applies_when, as written; resolved once per file (None: it has mistakes)
        self.applies_when: dict[str, tuple[YamlDocument, list[Any]]] = {}
        self.resolved_guards: dict[str, tuple[Condition, ...] | None] = {}
        self.accounted: dict[str, AccountedHeuristic] = {}
        self.example_bases: dict[str, dict[str, Any]] = {}
        self.documents: list[tuple[str, YamlDocument]] = []
        # places already explained while reading (a number too large): a later problem there says nothing new
        self.explained: set[tuple[str, int, int]] = set()
        self.suggestions: dict[tuple[str, tuple[str, ...]], str | None] = {}

    def _suggest(self, word: str, choices: Iterable[str]) -> str | None:
        """What was probably meant by ``word``, within :data:`MAX_SUGGESTION_SEARCHES` searches per load."""
        key = (word, tuple(choices))
        if key not in self.suggestions:
            if len(self.suggestions) >= MAX_SUGGESTION_SEARCHES:
                return None
            self.suggestions[key] = _suggest(word, key[1])
        return self.suggestions[key]

    # -- reporting

    def report(self, source: str, document: YamlDocument | None, path: YamlPath, code: str,
               params: dict[str, Any] | None = None, *, key: bool = False, hint: dict[str, str] | None = None,
               rule_id: str | None = None, position: tuple[int, int] | None = None) -> None:
        line, column = position or (document.position(path, key=key) if document else (0, 0))
        self.problems.append(RuleProblem(
            file=source, line=line, column=column, code=code,
            text=messages.message(code, params or {}), hint=hint or {},
            yaml_path=_yaml_path(path), rule_id=rule_id))

    def _surprise_hint(self, document: YamlDocument, path: YamlPath) -> dict[str, str] | None:
        surprise = document.surprises.get(path)
        if surprise is None:
            return None
        return messages.render(messages.SURPRISE_HINTS[surprise.kind], {"text": surprise.text})

    # -- phase 1: each file's shape

    def load(self) -> RuleBase:
        for source in self.sources:
            self._read_file(source)
        self._resolve_decisions()
        rules = self._check_rules()
        self._yaml11_numbers()
        self.problems = [problem for problem in self.problems if problem.code == "number-too-large"
                         or (problem.file, problem.line, problem.column) not in self.explained]
        if self.problems:
            raise RuleError(self.problems)
        digest = hashlib.sha256()
        for source in self.sources:
            digest.update(source.name.rsplit("/", 1)[-1].encode() + b"\0" + source.raw + b"\0")
        return RuleBase(
            accounted=tuple(sorted(self.accounted.values(), key=lambda entry: entry.heuristic)),
            rules=tuple(rules),
            decisions={name: decision for name, (decision, *_rest) in self.decisions.items()},
            policies=dict(self.policies),
            version=digest.hexdigest()[:16],
            files=tuple(source.name for source in self.sources),
        )

    def _read_file(self, source: Source) -> None:
        document, issues = read_yaml(source.raw)
        for issue in issues:
            self._yaml_issue(source.name, issue)
            if issue.code == "number-too-large":
                self.explained.add((source.name, issue.line, issue.column))
        if document is None:
            return
        self.documents.append((source.name, document))
        data = document.data
        if data is None or data == {} or data == []:
            self.report(source.name, document, (), "empty-file", position=(0, 0) if data is None else None)
            return
        if not isinstance(data, dict):
            self.report(source.name, document, (), "not-a-mapping", {"found": _found(data)},
                        hint=messages.render(("begin het bestand met 'rules:' en zet de regels eronder",
                                              "start the file with 'rules:' and put the rules under it"), {}))
            return
        top = {key: value for key, value in data.items() if key not in ("rules", "accounts_for")}
        try:
            file_shape = RuleFileSpec.model_validate(top)
        except ValidationError as error:
            self._shape_problems(source.name, document, (), RuleFileSpec, error, None)
            file_shape = None
        self.example_bases[source.name] = file_shape.example_base if file_shape else {}
        if file_shape is not None and file_shape.applies_when:
            self.applies_when[source.name] = (document, file_shape.applies_when)
        rules = data.get("rules")
        if "rules" not in data or rules is None or (rules == [] and set(data) == {"rules"}):
            self.report(source.name, document, (), "empty-file")
        elif not isinstance(rules, list):
            self.report(source.name, document, ("rules",), "wrong-type",
                        {"key": "rules", "expected": messages.EXPECTED_WORDS["list"], "found": _found(rules)})
        else:
            for index, item in enumerate(rules):
                self._read_rule(source.name, document, index, item)
        if file_shape is not None:
            self._read_policies(source.name, document, file_shape, data)
            self._read_accounted(source.name, document, data.get("accounts_for"))
            for name in file_shape.decisions:
                self.pending_decisions.append((source.name, name, file_shape.decisions[name].minimum_support,
                                               file_shape.decisions[name].current,
                                               document, ("decisions", name)))

    def _yaml11_numbers(self) -> None:
        """Refuse every whole number YAML 1.1 read otherwise than written (``010`` is 8, ``1:30`` is 90).

        Where another problem was already reported at the same place (a number where text belongs,
        with the YAML hint), that one says it; everywhere else (a threshold, a policy value, an
        example) the number would silently be another one.
        """
        reported = {(problem.file, problem.line, problem.column) for problem in self.problems}
        for source, document in self.documents:
            for path, surprise in document.surprises.items():
                if surprise.kind not in messages.YAML11_NUMBER_HINTS:
                    continue
                line, column = document.position(path)
                if (source, line, column) in reported:
                    continue
                value = _value_at(document.data, path)
                if value is _MISSING:  # under a duplicate or merge key, already reported
                    continue
                text, hint = messages.yaml11_number_problem(surprise.text, surprise.kind, value)
                self.problems.append(RuleProblem(source, line, column, "yaml11-number", text, hint,
                                                 yaml_path=_yaml_path(path)))

    def _yaml_issue(self, source: str, issue: YamlIssue) -> None:
        params = dict(issue.params)
        hint = None
        if issue.code == "yaml-syntax":
            hint = _syntax_hint(params.get("problem", ""), params.get("context", ""))
            params["problem"] = messages.syntax_problem(params.get("problem", ""))
        self.problems.append(RuleProblem(source, issue.line, issue.column, issue.code,
                                         messages.message(issue.code, params), hint or {}))

    def _read_rule(self, source: str, document: YamlDocument, index: int, item: Any) -> None:
        path: YamlPath = ("rules", index)
        rule_id = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), str) else None
        if not isinstance(item, dict):
            self.report(source, document, path, "wrong-type",
                        {"key": f"rules[{index}]", "expected": ("een regel (id, title, when, then)",
                                                                "a rule (id, title, when, then)"),
                         "found": _found(item)})
            return
        try:
            shape = RuleSpec.model_validate(item)
        except ValidationError as error:
            self._shape_problems(source, document, path, RuleSpec, error, rule_id)
            return
        self.parsed.append(_Parsed(source, document, index, shape, self.example_bases.get(source, {})))

    def _shape_problems(self, source: str, document: YamlDocument, prefix: YamlPath, root: type[BaseModel],
                        error: ValidationError, rule_id: str | None) -> None:
        items = error.errors(include_url=False)
        if len(items) > MAX_PROBLEMS_PER_FILE:
            # no suggestions are worked out for problems nobody will read
            hidden = len(items) - MAX_PROBLEMS_PER_FILE
            items = items[:MAX_PROBLEMS_PER_FILE]
            self.report(source, document, prefix, "too-many-problems", {"count": hidden}, rule_id=rule_id)
        # A misspelt key is reported once, as an unknown key with "did you mean"; not also as missing.
        meant = set()
        for item in items:
            if item["type"] == "extra_forbidden":
                holder = _model_at(root, item["loc"][:-1])
                suggestion = self._suggest(str(item["loc"][-1]), _aliases(holder)) if holder else None
                if suggestion:
                    meant.add((*item["loc"][:-1], suggestion))
        for item in items:
            loc = tuple(item["loc"])
            if item["type"] == "missing" and loc in meant:
                continue
            path = (*prefix, *loc)
            kind = item["type"]
            key = str(next((part for part in reversed(loc) if isinstance(part, str)), prefix[-1] if prefix else ""))
            if isinstance(loc[-1], int) if loc else False:
                key = f"{key}[{loc[-1]}]"
            value = item.get("input")
            if kind == "extra_forbidden":
                holder = _model_at(root, loc[:-1])
                allowed = _aliases(holder) if isinstance(holder, type) else []
                suggestion = self._suggest(str(loc[-1]), allowed)
                self.report(source, document, path, "unknown-key",
                            {"key": loc[-1], "allowed": ", ".join(allowed)}, key=True,
                            hint=messages.did_you_mean(suggestion) if suggestion else None, rule_id=rule_id)
            elif kind == "missing":
                self.report(source, document, path[:-1], "missing-key", {"key": loc[-1]}, rule_id=rule_id)
            elif kind == "literal_error":
                choices = re.findall(r"'([^']*)'", str((item.get("ctx") or {}).get("expected", "")))
                allowed = ", ".join(choices)
                hint = self._surprise_hint(document, path)
                if hint is None and isinstance(value, str):
                    suggestion = self._suggest(value, choices)
                    hint = messages.did_you_mean(suggestion) if suggestion else None
                self.report(source, document, path, "not-allowed-value",
                            {"key": key, "found": _found(value), "allowed": allowed}, hint=hint, rule_id=rule_id)
            elif kind == "string_pattern_mismatch":
                words = _PATTERN_WORDS.get(key.split("[")[0], ("", ""))
                self.report(source, document, path, "bad-format",
                            {"key": key, "found": _found(value), "expected": words},
                            hint=self._surprise_hint(document, path), rule_id=rule_id)
            elif kind == "too_short" and isinstance(value, list | dict):
                self.report(source, document, path, "empty-list", {"key": key}, rule_id=rule_id)
            else:
                expected = _expected_words(kind, item)
                self.report(source, document, path, "wrong-type",
                            {"key": key, "expected": expected, "found": _found(value)},
                            hint=self._surprise_hint(document, path), rule_id=rule_id)

    def _read_policies(self, source: str, document: YamlDocument, shape: RuleFileSpec, data: dict[str, Any]) -> None:
        for name, policy in shape.policy.items():
            path: YamlPath = ("policy", name)
            if not isinstance(name, str) or not _NAME.match(name):
                self.report(source, document, path, "bad-format",
                            {"key": name, "found": _found(name), "expected": _PATTERN_WORDS["policy"]}, key=True)
                continue
            if not isinstance(policy.value, str | int | bool):
                self.report(source, document, (*path, "value"), "wrong-type",
                            {"key": "value", "expected": ("een woord, getal of ja/nee", "a word, number or yes/no"),
                             "found": _found(policy.value)})
                continue
            if name in self.policies:
                other = self.policies[name]
                self.report(source, document, path, "duplicate-policy",
                            {"name": name, "other": f"{other.file}:{other.line}"}, key=True)
                continue
            line = document.position(path, key=True)[0]
            self.policies[name] = PolicyValue(name, policy.value, policy.explanation.model_dump(), source, line)

    def _read_accounted(self, source: str, document: YamlDocument, entries: Any) -> None:
        if entries is None:
            return
        if not isinstance(entries, list):
            self.report(source, document, ("accounts_for",), "wrong-type",
                        {"key": "accounts_for", "expected": messages.EXPECTED_WORDS["list"], "found": _found(entries)})
            return
        for position, raw in enumerate(entries):
            try:
                entry = AccountedSpec.model_validate(raw)
            except ValidationError as error:
                self._shape_problems(source, document, ("accounts_for", position), AccountedSpec, error, None)
                continue
            path: YamlPath = ("accounts_for", position, "heuristic")
            number = int(entry.heuristic[1:])
            if not 1 <= number <= MAX_HEURISTIC:
                self.report(source, document, path, "unknown-heuristic", {"name": entry.heuristic})
                continue
            if entry.heuristic in self.accounted:
                other = self.accounted[entry.heuristic]
                self.report(source, document, path, "heuristic-accounted-twice",
                            {"name": entry.heuristic, "other": f"{other.file}:{other.line}"})
                continue
            self.accounted[entry.heuristic] = AccountedHeuristic(
                entry.heuristic, entry.as_, entry.where, entry.reason.model_dump(), source,
                document.position(path)[0])

    def _resolve_decisions(self) -> None:
        for source, name, minimum, current, document, path in self.pending_decisions:
            if not isinstance(name, str) or not _NAME.match(name):
                self.report(source, document, path, "conclusion-name-form", {"name": name}, key=True)
                continue
            if name in self.decisions:
                _, other_source, other_document, other_path = self.decisions[name]
                line = other_document.position(other_path, key=True)[0]
                self.report(source, document, path, "decision-duplicate",
                            {"name": name, "other": f"{other_source}:{line}"}, key=True)
                continue
            value = self._resolve_int(source, document, (*path, "minimum_support"), minimum)
            if value is None:
                continue
            policy = minimum["policy"] if isinstance(minimum, dict) else None
            if current is not None and (current not in FACTS or FACTS[current].type != "enum"):
                choices = [path for path, spec in FACTS.items() if spec.type == "enum"]
                suggestion = _suggest(str(current), choices)
                self.report(source, document, (*path, "current"), "decision-current-fact", {"name": current},
                            hint=messages.did_you_mean(suggestion) if suggestion else None)
                continue
            self.decisions[name] = (Decision(name, value[0], policy, current), source, document, path)

    def _resolve_int(self, source: str, document: YamlDocument, path: YamlPath, raw: Any) -> tuple[int] | None:
        value = self._resolve_policy(source, document, path, raw)
        if value is _MISSING:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.report(source, document, path, "wrong-type",
                        {"key": path[-1], "expected": messages.EXPECTED_WORDS["int"], "found": _found(value)},
                        hint=self._surprise_hint(document, path))
            return None
        return (value,)

    def _resolve_policy(self, source: str, document: YamlDocument, path: YamlPath, raw: Any,
                        rule_id: str | None = None) -> Any:
        if isinstance(raw, dict) and set(raw) == {"policy"}:
            name = raw["policy"]
            if name in self.policies:
                return self.policies[name].value
            suggestion = self._suggest(str(name), self.policies)
            self.report(source, document, (*path, "policy"), "unknown-policy", {"name": name},
                        hint=messages.did_you_mean(suggestion) if suggestion else None, rule_id=rule_id)
            return _MISSING
        if isinstance(raw, dict):
            self.report(source, document, path, "wrong-type",
                        {"key": path[-1], "expected": ("een waarde of {policy: naam}", "a value or {policy: name}"),
                         "found": _found(raw)}, rule_id=rule_id)
            return _MISSING
        return raw

    # -- phase 2: across files

    def _derived(self) -> dict[str, set[Any]]:
        """Every conclusion some rule derives (conclude or supports), with the values derived."""
        derived: dict[str, set[Any]] = {}
        for parsed in self.parsed:
            then = parsed.shape.then
            for mapping in (then.conclude or {}, then.supports or {}):
                for name, value in mapping.items():
                    if isinstance(value, str | bool | int):
                        derived.setdefault(str(name), set()).add(value)
        for name, (decision, *_rest) in self.decisions.items():
            if decision.current is not None:
                derived[current_conclusion(name)] = set(CURRENT_FIT_VALUES)
        return derived

    def _check_rules(self) -> list[Rule]:
        derived = self._derived()
        seen: dict[str, _Parsed] = {}
        rules: list[Rule] = []
        supported: set[str] = set()
        for parsed in self.parsed:
            shape = parsed.shape
            if shape.id in seen:
                first = seen[shape.id]
                line = first.document.position((*first.path, "id"))[0]
                self.report(parsed.source, parsed.document, (*parsed.path, "id"), "duplicate-rule-id",
                            {"rule_id": shape.id, "other": f"{first.source}:{line}"}, rule_id=shape.id)
                continue
            seen[shape.id] = parsed
            rule = self._check_rule(parsed, derived, len(rules))
            if rule is not None:
                rules.append(rule)
                supported.update(name for name, _ in rule.supports)
        ids = [parsed.shape.id for parsed in self.parsed]
        for parsed in self.parsed:
            for position, other in enumerate(parsed.shape.not_with):
                if other not in ids or other == parsed.shape.id:
                    suggestion = _suggest(other, ids)
                    self.report(parsed.source, parsed.document, (*parsed.path, "not_with", position),
                                "not-with-unknown-rule", {"rule_id": other},
                                hint=messages.did_you_mean(suggestion) if suggestion else None,
                                rule_id=parsed.shape.id)
        for name, (_decision, source, document, path) in self.decisions.items():
            if name not in supported:
                self.report(source, document, path, "decision-without-support", {"name": name}, key=True)
        return rules

    def _check_rule(self, parsed: _Parsed, derived: dict[str, set[Any]], index: int) -> Rule | None:
        shape, source, document = parsed.shape, parsed.source, parsed.document
        before = len(self.problems)
        rid = shape.id

        def report(path: YamlPath, code: str, params: dict[str, Any] | None = None, **kwargs: Any) -> None:
            self.report(source, document, (*parsed.path, *path), code, params, rule_id=rid, **kwargs)

        for position, heuristic in enumerate(shape.heuristics):
            match = _HEURISTIC.match(heuristic)
            if not match or not 1 <= int(match.group(1)) <= MAX_HEURISTIC:
                report(("heuristics", position), "unknown-heuristic", {"name": heuristic})
            elif heuristic in self.accounted:
                report(("heuristics", position), "heuristic-rule-and-accounted", {"name": heuristic, "rule_id": rid})
        examples = self._check_examples(parsed)

        guards = self._guards(source, derived)
        if guards is None:
            return None
        conditions = list(guards)
        for position, condition in enumerate(shape.when):
            resolved = self._check_condition(source, document, (*parsed.path, "when", position), rid, condition,
                                             derived)
            if resolved is not None:
                conditions.append(resolved)

        then = shape.then
        concludes = self._check_conclusions(parsed, "conclude", then.conclude or {})
        supports = self._check_conclusions(parsed, "supports", then.supports or {})
        for name, _value in supports:
            if name not in self.decisions:
                report(("then", "supports", name), "supports-without-decision", {"name": name}, key=True)
        finding = None
        if then.finding is not None:
            for lang in ("nl", "en"):
                self._check_placeholders(parsed, ("then", "finding", "message", lang),
                                         getattr(then.finding.message, lang), derived)
            finding = RuleFinding(then.finding.severity, then.finding.message.model_dump())
        if not (then.conclude or then.supports or then.finding):
            report(("then",), "then-empty")
        if len(self.problems) > before:
            return None
        rule = Rule(
            id=rid, title=shape.title.model_dump(), sections=tuple(shape.section),
            heuristics=tuple(shape.heuristics), conditions=tuple(conditions), concludes=concludes,
            supports=supports, finding=finding, priority=shape.priority, source=shape.source,
            quote=shape.quote, file=source, line=document.position(parsed.path)[0], index=index,
            examples_fire=examples[0], examples_silent=examples[1],
            accepted=tuple((code, reason.model_dump()) for code, reason in (shape.accept or {}).items()),
            guards=guards, not_with=tuple(shape.not_with), basis=shape.basis)
        if shape.basis == "source" and not shape.source:
            report(("basis",), "basis-without-source", key=True)
            return None
        chains, longest = alpha_cost(rule)
        if chains + longest > MAX_RULE_ALPHA:
            report(("when",), "rule-too-big", {"chains": chains, "longest": longest}, key=True)
            return None
        return rule

    def _check_examples(self, parsed: _Parsed) -> tuple[tuple[dict[str, Any], ...], tuple[dict[str, Any], ...]]:
        """Each example merged over the file's example_base and validated as a case."""
        out: tuple[list[dict[str, Any]], list[dict[str, Any]]] = ([], [])
        examples = parsed.shape.examples
        if examples is None:
            return (), ()
        for kind, cases, bucket in (("fires", examples.fires, out[0]), ("silent", examples.silent, out[1])):
            for position, case in enumerate(cases):
                merged = self._with_policies(parsed, (*parsed.path, "examples", kind, position),
                                             _merge(parsed.example_base, case))
                try:
                    parse_case(merged)
                except CaseError as error:
                    for problem in error.problems:
                        inner = tuple(int(part) if part.isdigit() else part
                                      for part in problem.path.replace("]", "").replace("[", ".").split(".") if part)
                        expected = problem.expected or problem.message
                        in_dutch = _DUTCH_EXPECTED.get(expected, expected.replace("' or '", "' of '"))
                        self.report(parsed.source, parsed.document,
                                    (*parsed.path, "examples", kind, position, *inner), "example-invalid",
                                    {"field": problem.path or "(case)",
                                     "problem": (f"verwacht {in_dutch}",
                                                 f"expected {expected}")},
                                    rule_id=parsed.shape.id)
                    continue
                bucket.append(merged)
        return tuple(out[0]), tuple(out[1])

    def _with_policies(self, parsed: _Parsed, path: YamlPath, data: Any) -> Any:
        """An example with ``{policy: name}`` (or ``{policy: name, plus: 1}``, ``minus:``) replaced by the policy
        value: an example at a threshold keeps testing the threshold when policy staff change it."""
        if isinstance(data, dict) and "policy" in data and set(data) <= {"policy", "plus", "minus"}:
            value = self._resolve_policy(parsed.source, parsed.document, path, {"policy": data["policy"]},
                                         parsed.shape.id)
            offset = data.get("plus", 0) - data.get("minus", 0)
            if value is _MISSING:
                return None
            if offset and (isinstance(value, bool) or not isinstance(value, int) or not isinstance(offset, int)):
                self.report(parsed.source, parsed.document, path, "example-policy-offset", {"name": data["policy"]},
                            rule_id=parsed.shape.id)
                return None
            return value + offset if offset else value
        if isinstance(data, dict):
            return {key: self._with_policies(parsed, (*path, key), value) for key, value in data.items()}
        if isinstance(data, list):
            return [self._with_policies(parsed, (*path, index), value) for index, value in enumerate(data)]
        return data

    def _check_conclusions(self, parsed: _Parsed, key: str, mapping: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
        out = []
        for name, value in mapping.items():
            path = (*parsed.path, "then", key, name)
            if not isinstance(name, str) or not _NAME.match(name):
                self.report(parsed.source, parsed.document, path, "conclusion-name-form", {"name": name},
                            key=True, rule_id=parsed.shape.id)
                continue
            if name in FIXED_CONCLUSIONS:
                allowed = FIXED_CONCLUSIONS[name]
                if value not in allowed or not isinstance(value, str):
                    suggestion = self._suggest(str(value), allowed)
                    hint = self._surprise_hint(parsed.document, path) or (
                        messages.did_you_mean(suggestion) if suggestion else None)
                    self.report(parsed.source, parsed.document, path, "conclusion-value",
                                {"name": name, "value": value, "allowed": ", ".join(allowed)},
                                hint=hint, rule_id=parsed.shape.id)
                    continue
            elif not isinstance(value, str) or not _NAME.match(value):
                self.report(parsed.source, parsed.document, path, "conclusion-value-form",
                            {"found": _found(value)}, hint=self._surprise_hint(parsed.document, path),
                            rule_id=parsed.shape.id)
                continue
            out.append((name, value))
        return tuple(out)

    def _guards(self, source: str, derived: dict[str, set[Any]]) -> tuple[Condition, ...] | None:
        """The file's applies_when, checked once (its mistakes are reported once, not for every rule)."""
        if source not in self.resolved_guards:
            document, written = self.applies_when.get(source, (None, []))
            resolved = [self._check_condition(source, document, ("applies_when", position), None, condition,
                                              derived) for position, condition in enumerate(written)
                        if document is not None]
            self.resolved_guards[source] = None if None in resolved else tuple(
                condition for condition in resolved if condition is not None)
        return self.resolved_guards[source]

    def _check_condition(self, source: str, document: YamlDocument, path: YamlPath, rid: str | None, condition: Any,
                         derived: dict[str, set[Any]]) -> Condition | None:
        """One condition of a rule's ``when`` or of a file's ``applies_when``, at ``path``."""

        def report(sub: YamlPath, code: str, params: dict[str, Any] | None = None, **kwargs: Any) -> None:
            self.report(source, document, (*path, *sub), code, params, rule_id=rid, **kwargs)

        if condition.fact is None and condition.conclusion is None:
            report((), "condition-no-subject")
            return None
        if condition.fact is not None and condition.conclusion is not None:
            report(("conclusion",), "condition-two-subjects", key=True)
            return None
        name = condition.fact if condition.fact is not None else condition.conclusion
        subject = "fact" if condition.fact is not None else "conclusion"
        operators = condition.operators()
        if not operators:
            report((subject,), "condition-no-operator", {"name": name})
            return None
        if len(operators) > 1:
            report((operators[1][0],), "condition-many-operators",
                   {"name": name, "operators": ", ".join(word for word, _ in operators)}, key=True)
            return None
        word, raw = operators[0]
        operand_path: YamlPath = (word,)
        operator = BY_WORD[word]
        takes_list = operator.operand == "list"

        if subject == "fact":
            spec = FACTS.get(name)
            if spec is None:
                suggestion = self._suggest(name, FACTS)
                report(("fact",), "unknown-fact", {"name": name},
                       hint=messages.did_you_mean(suggestion) if suggestion else None)
                return None
            kind, allowed = spec.type, spec.values
        else:
            if name not in derived:
                suggestion = self._suggest(name, derived)
                report(("conclusion",), "conclusion-never-derived", {"name": name},
                       hint=messages.did_you_mean(suggestion) if suggestion else None)
                return None
            kind = "conclusion"
            allowed = FIXED_CONCLUSIONS.get(name, tuple(sorted(map(str, derived[name]))))
            if "conclusion" not in operator.fits:  # known: whether a conclusion is derived yet is no fact
                report((word,), "conclusion-known", key=True)
                return None

        type_words = messages.TYPE_WORDS[kind]
        value = self._resolve_policy(source, document, (*path, word), raw, rid)
        if value is _MISSING:
            return None
        policy = raw["policy"] if isinstance(raw, dict) else None

        if operator.operand == "bool":  # known: true / false
            if not isinstance(value, bool):
                report(operand_path, "known-not-bool", hint=self._surprise_hint(document, (*path, word)))
                return None
            return Condition("fact", name, "known" if value else "unknown", None, policy, document.position(path)[0])
        if kind == "text":
            report(("fact",), "text-fact", {"name": name})
            return None
        if kind not in operator.fits:
            report(operand_path, "operator-type", {"operator": word, "name": name, "type_words": type_words}, key=True)
            return None
        if takes_list:
            if not isinstance(value, list) or not value:
                report(operand_path, "value-list", {"operator": word})
                return None
            items = value
        else:
            if isinstance(value, list):
                report(operand_path, "value-not-list", {"operator": word})
                return None
            items = [value]
        checked = []
        for offset, item in enumerate(items):
            item_path = (*path, word, offset) if takes_list else (*path, word)
            if not self._check_value(source, document, item_path, name, kind, allowed, item, rid):
                return None
            checked.append(item)
        operand: Any = tuple(checked) if takes_list else checked[0]
        return Condition(subject, name, operator.name, operand, policy, document.position(path)[0])  # type: ignore[arg-type]

    def _check_value(self, source: str, document: YamlDocument, path: YamlPath, name: str, kind: str,
                     allowed: tuple[Any, ...], value: Any, rule_id: str) -> bool:
        type_words = messages.TYPE_WORDS[kind]
        hint = self._surprise_hint(document, path)
        if kind == "bool":
            if isinstance(value, bool):
                return True
            hint = hint or messages.render(("schrijf true (ja) of false (nee)", "write true (yes) or false (no)"), {})
        elif kind == "int":
            if isinstance(value, int) and not isinstance(value, bool):
                return True
            if isinstance(value, str) and value.strip().isdigit():
                hint = messages.render(("schrijf het getal zonder aanhalingstekens: {number}",
                                        "write the number without quotes: {number}"), {"number": value.strip()})
        elif kind in ("enum", "conclusion"):
            if isinstance(value, str) and value in allowed:
                return True
            surprise = document.surprises.get(path)
            if isinstance(value, str) or (surprise is not None and surprise.kind != "number"):
                if hint is None:
                    suggestion = self._suggest(value, map(str, allowed))
                    hint = messages.did_you_mean(suggestion) if suggestion else None
                code = "conclusion-value" if kind == "conclusion" else "value-not-allowed"
                self.report(source, document, path, code,
                            {"value": surprise.text if surprise else value, "name": name,
                             "allowed": ", ".join(map(str, allowed))},
                            hint=hint, rule_id=rule_id)
                return False
        self.report(source, document, path, "value-type",
                    {"name": name, "type_words": type_words, "found": _found(value)}, hint=hint, rule_id=rule_id)
        return False

    def _check_placeholders(self, parsed: _Parsed, sub: YamlPath, text: str, derived: dict[str, set[Any]]) -> None:
        for match in _PLACEHOLDER.finditer(text):
            token = match.group(0)
            if token in ("{{", "}}"):
                continue
            name = match.group(1)
            path = (*parsed.path, *sub)
            if name is None:
                self.report(parsed.source, parsed.document, path, "bad-placeholder", rule_id=parsed.shape.id)
            elif name not in FACTS and name not in derived:
                suggestion = self._suggest(name, [*FACTS, *derived])
                self.report(parsed.source, parsed.document, path, "unknown-placeholder", {"name": name},
                            hint=messages.did_you_mean(suggestion) if suggestion else None, rule_id=parsed.shape.id)


_MISSING = object()


_DUTCH_EXPECTED = {
    "a whole number": "een geheel getal",
    "yes, no or unknown (ja, nee, weet niet)": "ja, nee of weet niet",
    "text": "tekst",
    "no such field": "geen veld met die naam",
    "a value": "een waarde",
    "a list": "een lijst",
    "a mapping of fields": "een lijst van velden",
}


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """``over`` on top of ``base``: mappings merge key by key, anything else replaces."""
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _value_at(data: Any, path: YamlPath) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return _MISSING
    return data


def _yaml_path(path: YamlPath) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _expected_words(kind: str, item: Any) -> tuple[str, str]:
    if kind.startswith("string"):
        return messages.EXPECTED_WORDS["string"]
    if kind.startswith("int"):
        return messages.EXPECTED_WORDS["int"]
    if kind.startswith("bool"):
        return messages.EXPECTED_WORDS["bool"]
    if kind.startswith("list"):
        return messages.EXPECTED_WORDS["list"]
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return messages.EXPECTED_WORDS["mapping"]
    if kind in ("greater_than_equal", "less_than_equal"):
        context = item.get("ctx") or {}
        bound = context.get("ge", context.get("le"))
        return (f"een getal {'vanaf' if 'ge' in context else 'tot'} {bound}",
                f"a number {'from' if 'ge' in context else 'up to'} {bound}")
    return messages.EXPECTED_WORDS["value"]


def _syntax_hint(problem: str, context: str) -> dict[str, str] | None:
    text = f"{context} {problem}"
    if "mapping values are not allowed" in text or "found unexpected ':'" in text:
        return messages.render((
            "staat er een dubbelpunt in een tekst? Zet de tekst dan tussen aanhalingstekens",
            "is there a colon inside a text? Then put the text in quotes"), {})
    if ("expected <block end>" in text or "could not find expected ':'" in text
            or "did not find expected key" in text or "did not find expected '-' indicator" in text):
        return messages.render((
            "controleer het inspringen: elementen op hetzelfde niveau beginnen in dezelfde kolom",
            "check the indentation: items on the same level start in the same column"), {})
    if "found unexpected end of stream" in text or "while scanning a quoted scalar" in text:
        return messages.render(("een aanhalingsteken wordt niet gesloten", "a quote is not closed"), {})
    if "while parsing a flow" in text or "did not find expected ','" in text:
        return messages.render(("een [ of {{ wordt niet gesloten", "a [ or {{ is not closed"), {})
    return None
