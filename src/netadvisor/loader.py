"""Loading rule files: every mistake in every file, located, or a complete rule base.

The loader reads each file safely (:mod:`yamlsource`), checks its shape against
the rule language (:mod:`ruleschema`), then checks what a shape cannot: fact
paths, operators against fact types, values, policy values, conclusions used but
never derived, placeholders, duplicate ids across files. All problems are
collected and raised together as one :class:`~netadvisor.errors.RuleError`;
nothing is ever half loaded.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from . import messages
from .answers import (
    choice_spellings,
    choice_words,
    doubtful,
    is_unknown_word,
    normal_word,
    shortened_spelling,
    value_text,
    whole_number,
    without_doubt,
    yes_no_word,
)
from .cache import cached
from .case import parse_case
from .compiler import alpha_cost
from .errors import CaseError, RuleError, RuleProblem, format_path, parse_path
from .facts import FACTS, fact_meant
from .modelpaths import model_at
from .operators import BY_WORD, OPERATORS, Operator
from .rulebase import (
    CURRENT_FIT_VALUES,
    MAX_RULE_ALPHA,
    AccountedHeuristic,
    Condition,
    Decision,
    PolicyValue,
    Rule,
    RuleBase,
    RuleFinding,
    Subject,
    current_conclusion,
)
from .ruleschema import (
    AccountedSpec,
    ConditionSpec,
    DecisionSpec,
    ExamplesSpec,
    PolicySpec,
    RuleFileSpec,
    RuleSpec,
    TextSpec,
    ThenSpec,
)
from .spelling import Suggestions, closest
from .text import DOUBLE_QUOTES, LANGUAGES, PLACEHOLDER, Text, stated_number_places, unclosed_quote
from .vocabulary import FIXED_CONCLUSIONS
from .yamlsource import (
    FileRefused,
    Surprise,
    YamlDocument,
    YamlIssue,
    YamlPath,
    indented_further,
    read_file,
    read_yaml,
)

RULE_FILE_SUFFIXES = (".yaml", ".yml")
MAX_PROBLEMS_PER_FILE = 200
MAX_SUGGESTION_SEARCHES = 50
"""Distinct "did you mean" searches per load (see :class:`spelling.Suggestions`); the rest get no suggestion."""
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_HEURISTIC = re.compile(r"^H(\d{3})$")
MAX_HEURISTIC = 151
_SpecT = TypeVar("_SpecT", bound=BaseModel)


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
    files = sorted(
        p
        for p in root.rglob("*")
        if p.suffix in RULE_FILE_SUFFIXES
        and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )
    if not files:
        raise RuleError([RuleProblem(shown, 0, 0, "no-rule-files", messages.message("no-rule-files", {}))])
    return [_read_source(file, f"{shown.rstrip('/')}/{file.relative_to(root).as_posix()}") for file in files]


def _read_source(file: Path, shown: str) -> Source:
    """One rule file's bytes, never read past the size limit; devices and pipes are refused unread."""
    try:
        return Source(shown, read_file(file))
    except FileRefused as refused:
        issue = refused.issue
        if issue.code == "not-regular-file":
            problem = RuleProblem(
                shown,
                0,
                0,
                "unreadable",
                messages.message("unreadable", {"reason": messages.refused_unread(issue.params)}),
            )
        else:
            problem = RuleProblem(shown, 0, 0, issue.code, messages.message(issue.code, issue.params))
        raise RuleError([problem]) from None
    except FileNotFoundError:
        raise RuleError(
            [
                RuleProblem(
                    shown,
                    0,
                    0,
                    "unreadable",
                    messages.message("unreadable", {"reason": Text("bestaat niet", "does not exist")}),
                )
            ]
        ) from None
    except OSError as error:
        raise RuleError(
            [
                RuleProblem(
                    shown, 0, 0, "unreadable", messages.message("unreadable", {"reason": messages.os_reason(error)})
                )
            ]
        ) from None


def load_rules(path: str | Path) -> RuleBase:
    """Load and validate every rule file at ``path`` (a file or a folder).

    Raises:
        RuleError: with every problem in every file.
    """
    return load_sources(discover(path))


def load_rule_base_of(path: str | Path) -> RuleBase:
    """Load ``path`` as the rule base it belongs to, as ``netadvisor check`` does: a folder as :func:`load_rules`
    does; a single file alone when it is a whole rule base by itself, else together with the other rule files of
    its folder (a rule in governance.yaml uses a conclusion that vormen.yaml derives).

    Raises:
        RuleError: every problem in the file; with its folder, the problems in the other files, if any, as one
            ``problems-elsewhere`` problem that says how many there are and which command shows them.
    """
    file = Path(path)
    try:
        return load_rules(path)
    except RuleError:
        if file.is_dir() or not file.is_file():
            raise
        try:
            siblings = [source for source in discover(file.parent) if Path(source.name).resolve() != file.resolve()]
        except RuleError:
            siblings = []
        if not siblings:
            raise
    own = _read_source(file, str(path))
    try:
        return load_sources([own, *siblings])
    except RuleError as error:
        mine = [problem for problem in error.problems if problem.file == own.name]
        elsewhere = len(error.problems) - len(mine)
        if elsewhere:
            folder = file.parent.as_posix()
            others = sorted({Path(problem.file).name for problem in error.problems if problem.file != own.name})
            params = {
                "folder": f"{folder.rstrip('/')}/" if folder != "." else "./",
                "count_words": messages.ERROR_WORDS["problems-there-one"]
                if elsewhere == 1
                else messages.ERROR_WORDS["problems-there"].format(count=elsewhere),
                "files": ", ".join(others),
            }
            mine.append(
                RuleProblem(
                    own.name,
                    0,
                    0,
                    "problems-elsewhere",
                    messages.message("problems-elsewhere", params),
                    messages.hint("problems-elsewhere", params),
                )
            )
        raise RuleError(mine) from None


def load_sources(sources: Sequence[Source]) -> RuleBase:
    """Validate rule files given as bytes. The pure core of :func:`load_rules`.

    Files read before, byte for byte, by the same netadvisor give the same rule base: it is read back from the
    cache (see :mod:`netadvisor.cache`). Files with mistakes are never cached; their problems are found again.
    """
    # Keyed by the names as given, not only the version: a rule base names its files in what it says.
    return cached(
        "rule-base",
        _digest(sources, whole_names=True),
        lambda: _load(sources),
        lambda found: isinstance(found, RuleBase),
    )


def _digest(sources: Sequence[Source], *, whole_names: bool = False) -> str:
    """A digest of the files' names and contents; their version (``whole_names=False``) names each file by its
    last part only, so the same files read from another folder have the same version."""
    digest = hashlib.sha256()
    # sorted by the names digested: "governance.yaml" checked beside "/…/rules/actors.yaml" (a file checked
    # with its folder) once sorted otherwise than the folder read whole, and the same files had two versions
    named = sorted((source.name if whole_names else source.name.rsplit("/", 1)[-1], source.raw) for source in sources)
    for name, raw in named:
        digest.update(name.encode() + b"\0" + raw + b"\0")
    return digest.hexdigest()[:16]


# --------------------------------------------------------------------------- helpers


_found = messages.found_words


def _choices_in_words(values: Sequence[Any]) -> Text:
    """The possible values of a fact, in Dutch with their labels ("high (hoog)"), in English as codes."""

    def dutch(value: Any) -> str:
        label = value_text(value).nl
        return str(value) if label == str(value) else f"{value} ({label})"

    return Text(", ".join(map(dutch, values)), ", ".join(map(str, values)))


def _aliases(model: type[BaseModel]) -> list[str]:
    return [info.alias or name for name, info in model.model_fields.items()]


def _belongs_under(root: type[BaseModel], loc: tuple[Any, ...]) -> str | None:
    """For a key found where it is not allowed (``loc``), the neighbouring key it is allowed under: indented one
    level too little (`fires:` beside `examples:`)."""
    holder = model_at(root, loc[:-1])
    if not isinstance(holder, type):
        return None
    for neighbour in _aliases(holder):
        child = model_at(root, (*loc[:-1], neighbour))
        if isinstance(child, type) and loc[-1] in _aliases(child):
            return neighbour
    return None


def _belongs_above(root: type[BaseModel], loc: tuple[Any, ...]) -> str | None:
    """For a key found where it is not allowed, the key it stands under while it belongs one level higher, beside
    it: indented one level too far."""
    named = [index for index, part in enumerate(loc[:-1]) if isinstance(part, str)]
    if not named:
        return None
    parent = model_at(root, loc[: named[-1]])
    return str(loc[named[-1]]) if isinstance(parent, type) and loc[-1] in _aliases(parent) else None


_PATTERN_WORDS: dict[str, Text] = {
    "id": Text("hoofdletters, dan koppeltekens, bv. GOV-trust-high", "capitals, then hyphens, e.g. GOV-trust-high"),
    "section": Text("een hoofdstuk van de gids, bv. 4.3", "a section of the guide, e.g. 4.3"),
    "policy": Text("één woord in kleine letters, bv. few_partners_max", "one lower-case word, e.g. few_partners_max"),
    "conclusion": Text("één woord in kleine letters, bv. challenge_type", "one lower-case word, e.g. challenge_type"),
    "heuristic": Text("H en drie cijfers, bv. H069", "H and three digits, e.g. H069"),
}


# --------------------------------------------------------------------------- where, and what went wrong


@dataclass(frozen=True, slots=True)
class Place:
    """Where something stands: a rule file, its document (None when it could not be read), and the path inside."""

    file: str
    document: YamlDocument | None
    path: YamlPath = ()

    def at(self, *parts: str | int) -> Place:
        """The place of something inside this one."""
        return Place(self.file, self.document, (*self.path, *parts))

    def position(self, *, key: bool = False) -> tuple[int, int]:
        """Line and column (1-based), or (0, 0) for a file that could not be read."""
        return self.document.position(self.path, key=key) if self.document else (0, 0)

    def surprise(self) -> Surprise | None:
        """What YAML 1.1 read here otherwise than written (``no`` as false), if anything."""
        return self.document.surprises.get(self.path) if self.document else None


def _values_without_brackets(place: Place, key: str) -> Text | None:
    """For a key with no value in a `{…}` that follows "operator: value,": the values of a list written without
    its brackets (`{fact: state.phase, one_of: verkenning, implementatie}` was "onbekende sleutel
    'implementatie'", with "controleer de spelling": a rule-editing trial). The list as it is written, else None."""
    if place.document is None or not place.document.lines:
        return None
    line = place.position(key=True)[0]
    if not 0 < line <= len(place.document.lines):
        return None
    found = re.search(
        rf"(\w+):\s*([^,{{}}\[\]:]+?)((?:\s*,\s*[^,{{}}\[\]:]+?)*\s*,\s*{re.escape(key)})\s*[,}}]",
        place.document.lines[line - 1],
    )
    if found is None:
        return None
    values = [found.group(2).strip(), *(part.strip() for part in found.group(3).split(",") if part.strip())]
    return messages.fill(
        messages.VALUES_WITHOUT_BRACKETS_HINT, {"operator": found.group(1), "values": ", ".join(values)}
    )


def _named_in_words(name: str) -> Text | None:
    """ "bedoelde je 'collaboration_form'?" for a fixed conclusion written by its name in words
    ("samenwerkingsvorm"), as explain and what-if take it; None for anything else."""
    meant = messages.conclusion_meant(name)
    return messages.did_you_mean(meant) if meant is not None and meant != name else None


class _Problems:
    """Every problem found in one load, and the "did you mean" searches it may still make."""

    def __init__(self) -> None:
        self.found: list[RuleProblem] = []
        self.missing_keys: dict[int, str] = {}  # per missing-key problem (its id): the key (see _one_cause_once)
        self.suggestions = Suggestions(MAX_SUGGESTION_SEARCHES)
        # places already explained while reading (a number too large): a later problem there says nothing new
        self.explained: set[tuple[str, int, int]] = set()

    def report(
        self,
        place: Place,
        code: str,
        params: dict[str, Any] | None = None,
        *,
        key: bool = False,
        hint: Text | None = None,
        rule_id: str | None = None,
        position: tuple[int, int] | None = None,
    ) -> None:
        line, column = position or place.position(key=key)
        params = params or {}
        problem = RuleProblem(
            file=place.file,
            line=line,
            column=column,
            code=code,
            text=messages.message(code, params),
            hint=hint or messages.hint(code, params),
            yaml_path=format_path(place.path),
            rule_id=rule_id,
        )
        self.found.append(problem)
        if code == "missing-key":
            self.missing_keys[id(problem)] = str(params["key"])

    def key_meant(self, key: str, allowed: list[str]) -> str | None:
        """The allowed key ``key`` probably means: its English word where it is a Dutch one ("wanneer" →
        "when"), else the one most like it."""
        dutch = messages.RULE_KEYS_IN_DUTCH.get(normal_word(key), ())
        return next((meant for meant in dutch if meant in allowed), None) or self.suggestions.closest(key, allowed)

    def fact_guess(self, name: str) -> str | None:
        """The fact a misspelt ``name`` most likely means, or None: not one alike only by the group both begin with
        ("goal.gedragen" was offered "goal.origin", and its value then checked against that guess)."""
        meant = self.suggestions.closest(name, FACTS)
        group, _, rest = name.partition(".")
        meant_group, _, meant_rest = (meant or "").partition(".")
        if meant is not None and rest and group == meant_group and closest(rest, [meant_rest]) is None:
            return None
        return meant

    def did_you_mean(self, word: str, choices: Iterable[str]) -> Text | None:
        """The hint "bedoelde je '…'?" for the choice most like ``word``, or None."""
        suggestion = self.suggestions.closest(word, choices)
        return messages.did_you_mean(suggestion) if suggestion else None

    def did_you_mean_choice(self, word: str, values: Iterable[Any]) -> Text | None:
        """The hint "bedoelde je '…'?" for the value most like ``word``, by its code or its Dutch or English
        label ("hoogg" gives 'hoog', and 'high' in English, which a condition takes as well)."""
        values = list(values)
        spellings = choice_spellings(values)
        suggestion = shortened_spelling(word, spellings) or self.suggestions.closest(normal_word(word), spellings)
        return messages.did_you_mean_choice(spellings[suggestion], values) if suggestion else None

    @staticmethod
    def surprise_hint(place: Place) -> Text | None:
        """What YAML 1.1 made of the value at ``place``, in words, when it read something else than written."""
        surprise = place.surprise()
        if surprise is None:
            return None
        if surprise.kind == "thousands":  # (1.000: the number meant, not quotes, is what to write)
            return messages.yaml11_number_hint(surprise.text, surprise.kind)
        return messages.fill(messages.SURPRISE_HINTS[surprise.kind], {"text": surprise.text})

    def shape(self, place: Place, root: type[BaseModel], error: ValidationError, rule_id: str | None) -> None:
        """Every problem pydantic found in the shape of the mapping at ``place`` (a ``root``), in words."""
        items = error.errors(include_url=False)
        if len(items) > MAX_PROBLEMS_PER_FILE:
            # no suggestions are worked out for problems nobody will read
            hidden = len(items) - MAX_PROBLEMS_PER_FILE
            items = items[:MAX_PROBLEMS_PER_FILE]
            self.report(place, "too-many-problems", {"count": hidden}, rule_id=rule_id)
        # A misspelt key is reported once, as an unknown key with "did you mean"; not also as missing.
        # A key one level too shallow (`message:` beside `finding:` instead of under it) is reported once too, as
        # an unknown key that belongs under its neighbour; not also as missing there.
        # Nor is the neighbour it belongs under reported as empty: `finding:` beside `then:` left `then:` empty,
        # and "'then' ... is leeg" came first, beside the one message that said the fix (a rule-editing trial).
        meant = set()
        emptied = set()
        for item in items:
            if item["type"] == "extra_forbidden":
                holder = model_at(root, item["loc"][:-1])
                suggestion = self.key_meant(str(item["loc"][-1]), _aliases(holder)) if holder else None
                if suggestion:
                    meant.add((*item["loc"][:-1], suggestion))
                under = _belongs_under(root, tuple(item["loc"]))
                if under is not None:
                    meant.add((*item["loc"][:-1], under, item["loc"][-1]))
                    emptied.add((*item["loc"][:-1], under))
        for item in items:
            loc = tuple(item["loc"])
            if item["type"] == "missing" and loc in meant:
                continue
            if loc in emptied and item.get("input") is None and item["type"] != "extra_forbidden":
                continue
            self._shape_item(place, root, item, rule_id)

    def _shape_item(self, place: Place, root: type[BaseModel], item: Any, rule_id: str | None) -> None:
        loc = tuple(item["loc"])
        at = place.at(*loc)
        kind = item["type"]
        field_name = str(
            next((part for part in reversed(loc) if isinstance(part, str)), place.path[-1] if place.path else "")
        )
        key = field_name
        if isinstance(loc[-1], int) if loc else False:
            # counted from 1, as a person counts the items of a list ("when[1]" for the second read as jargon, and
            # as the first: a rule-editing trial)
            key = f"{key} nr. {loc[-1] + 1}"
        value = item.get("input")
        if kind == "extra_forbidden":
            holder = model_at(root, loc[:-1])
            allowed = _aliases(holder) if isinstance(holder, type) else []
            first, _, rest = str(loc[-1]).partition(" ")
            glued, _, after = str(loc[-1]).partition(":")
            hint: Text | None
            if rest and first in allowed:
                # `{fact governance.trust, is: high}`: the ':' after the key left out, the key and its value one
                # key to YAML (a rule-editing trial was told to check the spelling)
                hint = messages.fill(messages.KEY_PLACE_HINTS["key-missing-colon"], {"key": first, "value": rest})
            elif after and glued in allowed:
                # `{fact:challenge.rationale, …}`: no space after the ':', the two one key to YAML (a rule-editing
                # trial was told to check the spelling)
                hint = messages.fill(messages.KEY_PLACE_HINTS["key-no-space"], {"key": glued, "value": after})
            else:
                hint = messages.did_you_mean(meant) if (meant := self.key_meant(str(loc[-1]), allowed)) else None
            if hint is None and value is None:
                hint = _values_without_brackets(at, str(loc[-1]))
            if hint is None:
                # spelt right, in the wrong place: "controleer de spelling" sent a policy officer the wrong way
                under, above = _belongs_under(root, loc), _belongs_above(root, loc)
                if under is not None:
                    hint = messages.fill(
                        messages.KEY_PLACE_HINTS["key-belongs-under"], {"key": loc[-1], "parent": under}
                    )
                elif above is not None:
                    hint = messages.fill(
                        messages.KEY_PLACE_HINTS["key-belongs-above"], {"key": loc[-1], "parent": above}
                    )
            self.report(
                at, "unknown-key", {"key": loc[-1], "allowed": ", ".join(allowed)}, key=True, hint=hint, rule_id=rule_id
            )
        elif kind == "missing":
            missing = loc[-1]
            hint = (
                messages.fill(messages.TEXT_MISSING_HINTS[missing], {})
                if missing in messages.TEXT_MISSING_HINTS and model_at(root, loc[:-1]) is TextSpec
                else None
            )
            self.report(place.at(*loc[:-1]), "missing-key", {"key": missing}, hint=hint, rule_id=rule_id)
        elif kind == "literal_error":
            choices = re.findall(r"'([^']*)'", str((item.get("ctx") or {}).get("expected", "")))
            hint = self.surprise_hint(at)
            if hint is None and isinstance(value, str):
                meant = messages.RULE_VALUES_IN_DUTCH.get(normal_word(value))
                hint = (
                    messages.did_you_mean(meant)
                    if meant is not None and meant in choices
                    else self.did_you_mean(value, choices)
                )
            self.report(
                at,
                "not-allowed-value",
                {"key": key, "found": _found(value), "allowed": ", ".join(choices)},
                hint=hint,
                rule_id=rule_id,
            )
        elif kind == "string_pattern_mismatch":
            words = _PATTERN_WORDS.get(field_name, Text("", ""))
            self.report(
                at,
                "bad-format",
                {"key": key, "found": _found(value), "expected": words},
                hint=self.surprise_hint(at),
                rule_id=rule_id,
            )
        elif kind == "too_short" and isinstance(value, list | dict):
            self.report(at, "empty-list", {"key": key}, rule_id=rule_id)
        elif kind == "string_too_short" and isinstance(value, str):
            # ("'en' moet tekst zijn, maar is de tekst ''": a rule-editing trial)
            self.report(at, "text-empty", {"key": key}, rule_id=rule_id)
        else:
            # a text written as one word (title: Vertrouwen): say that it needs nl: and en:
            expected = (
                messages.EXPECTED_WORDS["text"] if model_at(root, loc) is TextSpec else _expected_words(kind, item)
            )
            hint = self.surprise_hint(at)
            if kind == "list_type" and isinstance(value, str | int | float) and not isinstance(value, bool):
                # one value where a list belongs: written as the list of it (`section: 1` was told to quote it, "1",
                # which was then told it must be a list: a rule-editing trial)
                surprise = at.surprise()
                written = surprise.text if surprise is not None else str(value)
                hint = messages.fill(messages.ONE_FOR_A_LIST_HINT, {"key": field_name, "value": written})
            elif hint is None and isinstance(value, str) and doubtful(value):
                # (value: 16? was told to write it "zonder komma": a rule-editing trial)
                hint = messages.hint("value-doubtful", {"meant": without_doubt(value)})
            elif hint is None and isinstance(value, str) and model_at(root, loc) is TextSpec:
                # the text given, as it is written in both languages ("schrijf hier een tekst met 'nl:' en 'en:'"
                # showed no way to: a rule-editing trial)
                hint = messages.fill(messages.ONE_TEXT_FOR_TWO_HINT, {"key": field_name, "text": value.strip()})
            self.report(
                at,
                "wrong-type",
                {"key": key, "expected": expected, "found": _found(value)},
                hint=hint,
                rule_id=rule_id,
            )

    def yaml_issue(self, file: str, issue: YamlIssue) -> None:
        """A problem the YAML reader found."""
        params = dict(issue.params)
        hint = None
        if issue.code == "yaml-syntax":
            hint = messages.syntax_hint(
                params.get("problem", ""),
                params.get("context", ""),
                params.pop("line", ""),
                deeper=params.pop("deeper", False),
                in_rules=True,
            )
            params["problem"] = messages.syntax_problem(params.get("problem", ""))
        self.found.append(
            RuleProblem(
                file,
                issue.line,
                issue.column,
                issue.code,
                messages.message(issue.code, params),
                hint or messages.hint(issue.code, params),
            )
        )
        if issue.code == "number-too-large":
            self.explained.add((file, issue.line, issue.column))

    def said(self) -> list[RuleProblem]:
        """The problems to show: none where a number too large was already explained, except that one."""
        return [
            problem
            for problem in self.found
            if problem.code == "number-too-large" or (problem.file, problem.line, problem.column) not in self.explained
        ]


# --------------------------------------------------------------------------- stage 1: each file read


@dataclass(frozen=True, slots=True)
class RuleParts:
    """The parts of one rule whose shape is valid: all of them when the whole rule is, else what can be checked.

    A rule with one shape mistake (a misspelt key) still has its conditions, conclusions and examples checked,
    so that every mistake in it is reported at once, and what it derives still counts as derived (its mistake
    does not make every use of its conclusion "never derived" too).
    """

    when: tuple[tuple[int, ConditionSpec], ...] = ()  # (position under when:, condition)
    then: ThenSpec | None = None
    examples: ExamplesSpec | None = None
    heuristics: tuple[str, ...] = ()
    not_with: tuple[str, ...] = ()
    derives: tuple[tuple[str, Any], ...] = ()  # (conclusion, value) it concludes or supports, as written
    supports: tuple[str, ...] = ()  # the decisions it supports, as written
    when_key: str = "when"  # the key its conditions stand under: "wanneer" where written so (see salvaged)
    then_key: str = "then"
    # the finding's message, when what follows as a whole has a mistake (a severity "informatie"): its
    # placeholders are checked all the same
    message: TextSpec | None = None

    @classmethod
    def of(cls, spec: RuleSpec) -> RuleParts:
        then = spec.then
        return cls(
            tuple(enumerate(spec.when)),
            then,
            spec.examples,
            tuple(spec.heuristics),
            tuple(spec.not_with),
            _derives(then.conclude, then.supports),
            tuple(map(str, then.supports or {})),
        )

    @classmethod
    def salvaged(cls, item: dict[str, Any]) -> RuleParts:
        """The parts of a rule with shape mistakes that are valid on their own (their mistakes are reported). A
        part under a key written in Dutch ("wanneer:", reported as such) is checked as the part it means: a
        misspelt fact under it was reported only once the key was fixed (a policy officer's trial)."""
        when_key = _key_written(item, "when")
        when = item.get(when_key)
        conditions = tuple(
            (position, condition)
            for position, raw in enumerate(when if isinstance(when, list) else [])
            if (condition := _valid(ConditionSpec, raw)) is not None
        )
        then_key = _key_written(item, "then")
        raw_then = item.get(then_key)
        then = _valid(ThenSpec, raw_then)
        written = raw_then if isinstance(raw_then, dict) else {}
        supports = written.get("supports")
        finding = written.get("finding")
        message = _valid(TextSpec, finding.get("message")) if then is None and isinstance(finding, dict) else None
        return cls(
            conditions,
            then,
            _valid(ExamplesSpec, item.get(_key_written(item, "examples"))),
            _words(item.get("heuristics")),
            _words(item.get("not_with")),
            _derives(written.get("conclude"), supports),
            tuple(map(str, supports)) if isinstance(supports, dict) else (),
            when_key,
            then_key,
            message,
        )


def _key_written(item: dict[str, Any], key: str) -> str:
    """The key of ``item`` that stands for ``key``: itself, else one written in Dutch that means it, else a
    misspelt one most like it (as its "bedoelde je" says: the conditions under "wen:" went unchecked until the
    key was fixed, and a policy officer fixed her mistakes one run at a time)."""
    if key in item:
        return key
    meaning = messages.RULE_KEYS_IN_DUTCH
    dutch = next((str(written) for written in item if key in meaning.get(normal_word(str(written)), ())), None)
    if dutch is not None:
        return dutch
    allowed = _rule_keys()
    return next(
        (str(written) for written in item if str(written) not in allowed and closest(str(written), allowed) == key),
        key,
    )


@functools.cache
def _rule_keys() -> tuple[str, ...]:
    return tuple(_aliases(RuleSpec))


def _valid(model: type[_SpecT], raw: Any) -> _SpecT | None:
    """``raw`` as a ``model``, or None when its shape is wrong (the whole it belongs to reports why)."""
    if raw is None:
        return None
    try:
        return model.model_validate(raw)
    except ValidationError:
        return None


def _words(raw: Any) -> tuple[str, ...]:
    return tuple(item for item in raw if isinstance(item, str)) if isinstance(raw, list) else ()


def _derives(*mappings: Any) -> tuple[tuple[str, Any], ...]:
    return tuple(
        (str(name), value)
        for mapping in mappings
        if isinstance(mapping, dict)
        for name, value in mapping.items()
        if isinstance(value, str | bool | int)
    )


@dataclass(frozen=True, slots=True)
class ParsedRule:
    """A rule as written, waiting for the checks across files.

    ``spec`` is the whole rule when its shape is valid; otherwise None, its mistakes are reported, and ``parts``
    holds what can still be checked (nothing is built from it).
    """

    place: Place  # its file, at ("rules", index)
    rule_id: str | None
    spec: RuleSpec | None
    parts: RuleParts
    example_base: dict[str, Any]

    @property
    def file(self) -> str:
        return self.place.file


@dataclass(frozen=True, slots=True)
class PolicyEntry:
    """A policy value as written in one file (``policy: {name: {value, explanation}}``)."""

    place: Place  # at ("policy", name)
    name: Any
    value: Any
    explanation: Text


@dataclass(frozen=True, slots=True)
class AccountedEntry:
    """A heuristic accounted for without a rule of its own, as written (``accounts_for:``)."""

    place: Place  # at ("accounts_for", position)
    spec: AccountedSpec


@dataclass(frozen=True, slots=True)
class DecisionEntry:
    """A decision by support as written (``decisions: {name: {minimum_support, current}}``); ``spec`` is None when
    its shape is wrong (reported): the decision then exists, so nothing that uses it is reported again."""

    place: Place  # at ("decisions", name)
    name: Any
    spec: DecisionSpec | None


@dataclass(slots=True)
class ReadFile:
    """One rule file after reading: its document, and each part of it whose shape is valid.

    ``document`` is None when the file could not be read as YAML. ``guards`` (its ``applies_when:``) is None when
    one of them has a shape mistake: its rules are then checked but not built.
    """

    source: Source
    document: YamlDocument | None = None
    example_base: dict[str, Any] = field(default_factory=dict)
    guards: list[tuple[int, ConditionSpec]] | None = field(default_factory=list)
    rules: list[ParsedRule] = field(default_factory=list)
    policies: list[PolicyEntry] = field(default_factory=list)
    decisions: list[DecisionEntry] = field(default_factory=list)
    accounted: list[AccountedEntry] = field(default_factory=list)

    @property
    def place(self) -> Place:
        return Place(self.source.name, self.document)


def _one_cause_once(file: str, starts: Sequence[tuple[int, int]], problems: _Problems) -> None:
    """A rule with a key twice and a key missing, one of them a renamed key ('then:' changed into a second
    'when:'): one problem, the key twice, whose hint names the missing one. A rule-editing trial was told first that
    'then' was missing, and looked for it, where one cause had given two problems."""
    found = problems.found
    for number, (line, column) in enumerate(starts):
        end = starts[number + 1][0] if number + 1 < len(starts) else None
        within = [
            index
            for index, problem in enumerate(found)
            if problem.file == file and problem.line >= line and (end is None or problem.line < end)
        ]
        twice = [i for i in within if found[i].code == "duplicate-key" and found[i].column == column]
        missing = [i for i in within if found[i].code == "missing-key" and found[i].yaml_path.endswith("]")]
        if len(twice) != 1 or len(missing) != 1:
            continue
        key = problems.missing_keys.get(id(found[missing[0]]))
        if key is None:
            continue
        hint = messages.fill(messages.KEY_PLACE_HINTS["key-twice-one-missing"], {"missing": key})
        found[twice[0]] = dataclasses.replace(found[twice[0]], hint=hint)
        del found[missing[0]]


def _read(source: Source, problems: _Problems) -> ReadFile:
    """Stage 1: one file's YAML and the shape of each of its parts."""
    read = ReadFile(source)
    document, issues = read_yaml(source.raw)
    for issue in issues:
        problems.yaml_issue(source.name, issue)
    if document is None:
        return read
    read.document = document
    top = read.place
    data = document.data
    if data is None or data == {} or data == []:
        problems.report(top, "empty-file", position=(0, 0) if data is None else None)
        return read
    if not isinstance(data, dict):
        problems.report(top, "not-a-mapping", {"found": _found(data)})
        return read
    try:
        spec: RuleFileSpec | None = RuleFileSpec.model_validate(
            {key: value for key, value in data.items() if key not in ("rules", "accounts_for")}
        )
    except ValidationError as error:
        problems.shape(top, RuleFileSpec, error, None)
        spec = None
    _read_top(read, data, spec)
    rules = data.get("rules")
    if "rules" not in data or rules is None or (rules == [] and set(data) == {"rules"}):
        problems.report(top, "empty-file")
    elif not isinstance(rules, list):
        problems.report(
            top.at("rules"),
            "wrong-type",
            {"key": "rules", "expected": messages.EXPECTED_WORDS["list"], "found": _found(rules)},
        )
    else:
        for index, item in enumerate(rules):
            parsed = _read_rule(top.at("rules", index), item, read.example_base, problems)
            if parsed is not None:
                read.rules.append(parsed)
        _one_cause_once(source.name, [top.at("rules", index).position() for index in range(len(rules))], problems)
    read.accounted = _read_accounted(top, data.get("accounts_for"), problems, read)
    return read


def _read_top(read: ReadFile, data: dict[str, Any], spec: RuleFileSpec | None) -> None:
    """The file's policy values, decisions, applies_when and example_base: from ``spec`` when the top level is
    valid, else each part that is valid on its own (so that one mistake, such as a policy value without its
    English explanation, is one message, and every use of that value is not reported as unknown too)."""
    top = read.place
    if spec is not None:
        read.example_base = spec.example_base
        read.guards = list(enumerate(spec.applies_when))
        read.policies = [
            PolicyEntry(top.at("policy", name), name, policy.value, policy.explanation.text())
            for name, policy in spec.policy.items()
        ]
        read.decisions = [
            DecisionEntry(top.at("decisions", name), name, decision) for name, decision in spec.decisions.items()
        ]
        return
    base = data.get("example_base")
    read.example_base = base if isinstance(base, dict) else {}
    guards = data.get("applies_when", [])
    valid = (
        [(position, _valid(ConditionSpec, raw)) for position, raw in enumerate(guards)]
        if isinstance(guards, list)
        else None
    )
    read.guards = (
        None
        if valid is None or any(condition is None for _, condition in valid)
        else [(position, condition) for position, condition in valid if condition is not None]
    )
    policies = data.get("policy")
    for name, raw in policies.items() if isinstance(policies, dict) else ():
        policy = _valid(PolicySpec, raw)
        if policy is not None:
            read.policies.append(PolicyEntry(top.at("policy", name), name, policy.value, policy.explanation.text()))
        elif isinstance(raw, dict) and isinstance(raw.get("value"), str | int | bool):
            # its value is usable, its explanation is not (reported): the rules that use it are checked with it
            explanation = raw.get("explanation")
            read.policies.append(
                PolicyEntry(
                    top.at("policy", name),
                    name,
                    raw["value"],
                    # a language that is missing or not a text is empty: the load fails on it (reported) anyway
                    Text(*(_string(explanation, lang) for lang in ("nl", "en"))),
                )
            )
    decisions = data.get("decisions")
    for name, raw in decisions.items() if isinstance(decisions, dict) else ():
        read.decisions.append(DecisionEntry(top.at("decisions", name), name, _valid(DecisionSpec, raw)))


def _string(data: object, key: str) -> str:
    """``data[key]`` when ``data`` is a mapping and that is a string, else empty."""
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, str) else ""


_RULE_ONLY_KEYS = ("id", "title", "section", "when", "then")
"""Keys of a rule that an accounted heuristic never has: a mapping with them under accounts_for is a rule."""


def _read_rule(place: Place, item: Any, example_base: dict[str, Any], problems: _Problems) -> ParsedRule | None:
    rule_id = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), str) else None
    if not isinstance(item, dict):
        problems.report(
            place,
            "wrong-type",
            {
                "key": format_path(place.path),
                "expected": Text("een regel (id, title, when, then)", "a rule (id, title, when, then)"),
                "found": _found(item),
            },
        )
        return None
    try:
        spec = RuleSpec.model_validate(item)
    except ValidationError as error:
        problems.shape(place, RuleSpec, error, rule_id)
        return ParsedRule(place, rule_id, None, RuleParts.salvaged(item), example_base)
    return ParsedRule(place, rule_id, spec, RuleParts.of(spec), example_base)


def _read_accounted(top: Place, entries: Any, problems: _Problems, read: ReadFile) -> list[AccountedEntry]:
    """The accounted heuristics; a rule that landed among them is said so, and checked as a rule (not kept)."""
    if entries is None:
        return []
    if not isinstance(entries, list):
        problems.report(
            top.at("accounts_for"),
            "wrong-type",
            {"key": "accounts_for", "expected": messages.EXPECTED_WORDS["list"], "found": _found(entries)},
        )
        return []
    out = []
    for position, raw in enumerate(entries):
        place = top.at("accounts_for", position)
        if isinstance(raw, dict) and (keys := [key for key in _RULE_ONLY_KEYS if key in raw]):
            # a rule added at the end of a file that ends with accounts_for: one message, not one per key
            problems.report(
                place,
                "rule-under-accounts-for",
                {"keys": ", ".join(keys)},
                rule_id=raw.get("id") if isinstance(raw.get("id"), str) else None,
            )
            misplaced = _read_rule(place, raw, read.example_base, problems)
            if misplaced is not None:  # its other mistakes are reported too; it is never built where it stands
                read.rules.append(ParsedRule(place, misplaced.rule_id, None, misplaced.parts, read.example_base))
            continue
        try:
            out.append(AccountedEntry(place, AccountedSpec.model_validate(raw)))
        except ValidationError as error:
            problems.shape(place, AccountedSpec, error, None)
    return out


# --------------------------------------------------------------------------- stage 2: what the files declare


@dataclass(frozen=True, slots=True)
class DeclaredDecision:
    """A decision by support, resolved, and where it was declared."""

    decision: Decision
    place: Place


@dataclass(slots=True)
class Declarations:
    """What all files declare together: policy values, decisions by support, heuristics accounted for."""

    policies: dict[str, PolicyValue] = field(default_factory=dict)
    policy_places: dict[str, Place] = field(default_factory=dict)  # where each policy value is written
    decisions: dict[str, DeclaredDecision] = field(default_factory=dict)
    accounted: dict[str, AccountedHeuristic] = field(default_factory=dict)
    misshapen_decisions: set[str] = field(default_factory=set)  # declared with a shape mistake (reported)
    judging_current: set[str] = field(default_factory=set)  # the decisions written with a current value
    # declared with a value of the wrong type (reported): where it is used, it is not also "unknown" (one mistake in
    # a policy value gave 25 problems, each with a tip to another policy value, a tester found)
    misshapen_policies: set[str] = field(default_factory=set)
    # a file could not be read as YAML (reported): what it declares is unknown, so a name not found elsewhere may
    # well be there; "unknown policy value", "no such rule" and the like are not reported on top of its problem
    incomplete: bool = False
    # a policy value's name written twice (reported): the second is left out, so a name it replaced is unknown where
    # it is used; those uses are not reported on top of it (a policy officer renamed one to the name of another and
    # got 15 problems, each with a tip to the name just written twice)
    policy_written_twice: bool = False

    def decides(self, name: str) -> bool:
        """Whether a decision by support on ``name`` is declared (also one with a mistake of its own)."""
        return name in self.decisions or name in self.misshapen_decisions


def _declare(files: Sequence[ReadFile], problems: _Problems) -> Declarations:
    """Stage 2: the policy values and accounted heuristics of every file, then the decisions (which may name a
    policy value of any file)."""
    declared = Declarations(
        incomplete=any(read.document is None for read in files),
        policy_written_twice=any(
            path[:1] == ("policy",) for read in files if read.document for path in read.document.written_twice
        ),
    )
    for read in files:
        for policy in read.policies:
            _declare_policy(policy, declared, problems)
        for entry in read.accounted:
            _declare_accounted(entry, declared, problems)
    for read in files:
        for decision in read.decisions:
            _declare_decision(decision, declared, problems)
    return declared


def _declare_policy(entry: PolicyEntry, declared: Declarations, problems: _Problems) -> None:
    name, place = entry.name, entry.place
    if not isinstance(name, str) or not _NAME.match(name):
        problems.report(
            place, "bad-format", {"key": name, "found": _found(name), "expected": _PATTERN_WORDS["policy"]}, key=True
        )
        return
    if not isinstance(entry.value, str | int | bool):
        problems.report(
            place.at("value"),
            "wrong-type",
            {
                "key": "value",
                # (a whole number: "getal" alone read as a contradiction beside "is het getal 7.5", a tester said)
                "expected": Text("een woord, een geheel getal of ja/nee", "a word, a whole number or yes/no"),
                "found": _found(entry.value),
            },
            # (1.000, which a Dutch reader takes for a whole number: told how to write it, as a threshold is)
            hint=problems.surprise_hint(place.at("value"))
            if (surprise := place.at("value").surprise()) is not None and surprise.kind == "thousands"
            else None,
        )
        declared.misshapen_policies.add(name)
        return
    if name in declared.policies:
        other = declared.policies[name]
        problems.report(place, "duplicate-policy", {"name": name, "other": f"{other.file}:{other.line}"}, key=True)
        return
    line = place.position(key=True)[0]
    declared.policies[name] = PolicyValue(name, entry.value, entry.explanation, place.file, line)
    declared.policy_places[name] = place.at("value")


def _declare_accounted(entry: AccountedEntry, declared: Declarations, problems: _Problems) -> None:
    place = entry.place.at("heuristic")
    heuristic = entry.spec.heuristic
    if not 1 <= int(heuristic[1:]) <= MAX_HEURISTIC:
        problems.report(place, "unknown-heuristic", {"name": heuristic})
        return
    if heuristic in declared.accounted:
        other = declared.accounted[heuristic]
        problems.report(place, "heuristic-accounted-twice", {"name": heuristic, "other": f"{other.file}:{other.line}"})
        return
    declared.accounted[heuristic] = AccountedHeuristic(
        heuristic, entry.spec.as_, entry.spec.where, entry.spec.reason.text(), place.file, place.position()[0]
    )


def _declare_decision(entry: DecisionEntry, declared: Declarations, problems: _Problems) -> None:
    name, place = entry.name, entry.place
    if not isinstance(name, str) or not _NAME.match(name):
        problems.report(place, "conclusion-name-form", {"name": name}, key=True)
        return
    if entry.spec is None:
        declared.misshapen_decisions.add(name)
        return
    current = entry.spec.current
    if current is not None:
        declared.judging_current.add(name)
    if name in declared.decisions:
        other = declared.decisions[name].place
        problems.report(
            place,
            "decision-duplicate",
            {"name": name, "other": f"{other.file}:{other.position(key=True)[0]}"},
            key=True,
        )
        return
    minimum = entry.spec.minimum_support
    value = _policy_value(place.at("minimum_support"), minimum, declared, problems)
    # (a decision with a mistake in it is still declared as one, as a misshapen one is: a misspelt policy value
    # was told once, then as a decision no rule supports, twelve times, and three conclusions never derived)
    if value is _MISSING:
        declared.misshapen_decisions.add(name)
        return
    if isinstance(value, bool) or not isinstance(value, int):
        problems.report(
            place.at("minimum_support"),
            "wrong-type",
            {"key": "minimum_support", "expected": messages.EXPECTED_WORDS["int"], "found": _found(value)},
            hint=problems.surprise_hint(place.at("minimum_support")),
        )
        declared.misshapen_decisions.add(name)
        return
    policy = minimum["policy"] if isinstance(minimum, dict) else None
    if current is not None and (current not in FACTS or FACTS[current].type != "enum"):
        problems.report(
            place.at("current"),
            "decision-current-fact",
            {"name": current},
            hint=problems.did_you_mean(str(current), [p for p, spec in FACTS.items() if spec.type == "enum"]),
        )
        declared.misshapen_decisions.add(name)
        return
    declared.decisions[name] = DeclaredDecision(Decision(name, value, policy, current), place)


def _out_of_bounds(path: str, number: int, found: _Problems) -> bool:
    """Whether a case cannot give the fact ``path`` the value ``number`` (fewer than 0 organisations); if so, why,
    in ``found``, in the words a case's own problem takes."""
    spec = FACTS.get(path)
    if spec is None or "[" in path:
        return False
    if spec.computed:
        # a count netadvisor makes (of criteria, of regional features): from 0 to how many there are. A policy value
        # of -1 passed check as "In orde" and made the rule hold on every case (a rule-editing trial)
        low, high = spec.minimum or 0, spec.maximum
        if number >= low and (high is None or number <= high):
            return False
        code = "count-out-of-bounds" if high is not None else "count-below-zero"
        text = messages.fill(messages.COUNT_BOUNDS[code], {"fact": path, "number": number, "low": low, "high": high})
        hint = messages.fill(messages.COUNT_BOUNDS_HINTS[code], {"low": low, "high": high})
        found.found.append(RuleProblem("", 0, 0, "policy-unfit", text, hint))
        return True
    if (spec.minimum is None or number >= spec.minimum) and (spec.maximum is None or number <= spec.maximum):
        return False
    case: dict[str, Any] = {}
    *groups, name = path.split(".")
    holder = case
    for group in groups:
        holder = holder.setdefault(group, {})
    holder[name] = number
    try:
        parse_case(case)
    except CaseError as error:
        problem = error.problems[0]
        text = Text(problem.message_in("nl"), problem.message_in("en"))
        found.found.append(RuleProblem("", 0, 0, "policy-unfit", text, problem.hint))
        return True
    return False


def _policy_value(
    place: Place, raw: Any, declared: Declarations, problems: _Problems, rule_id: str | None = None
) -> Any:
    """``raw``, or the value of the policy value it names (``{policy: name}``); :data:`_MISSING` when it names none
    (reported)."""
    if isinstance(raw, dict) and set(raw) == {"policy"}:
        name = raw["policy"]
        if name in declared.policies:
            return declared.policies[name].value
        if declared.incomplete or name in declared.misshapen_policies or declared.policy_written_twice:
            return _MISSING
        problems.report(
            place.at("policy"),
            "unknown-policy",
            {"name": name},
            hint=problems.did_you_mean(str(name), declared.policies),
            rule_id=rule_id,
        )
        return _MISSING
    if isinstance(raw, dict):
        problems.report(
            place,
            "wrong-type",
            {
                "key": place.path[-1],
                "expected": Text("een waarde of {policy: naam}", "a value or {policy: name}"),
                "found": _found(raw),
            },
            rule_id=rule_id,
        )
        return _MISSING
    return raw


# --------------------------------------------------------------------------- stage 3: each rule resolved


@dataclass(frozen=True, slots=True)
class _Subject:
    """What a condition is about: a fact or a conclusion, its kind of value and the values it can take.

    ``misderived``: some rule derives the conclusion with a value that is no conclusion value (reported there);
    a condition that does not match the values left is then not reported again.
    """

    name: str
    kind: str  # a fact type (bool, enum, int, text) or "conclusion"
    allowed: tuple[Any, ...]
    misderived: bool = False


class _RuleChecker:
    """Stage 3: every rule checked against the facts, the declarations and the other rules, and resolved."""

    def __init__(self, files: Sequence[ReadFile], declared: Declarations, problems: _Problems):
        self.files = files
        self.declared = declared
        self.problems = problems
        self.parsed = [parsed for read in files for parsed in read.rules]
        self.derived = self._derived()
        self.supported = {name for parsed in self.parsed for name in parsed.parts.supports}
        self.guards: dict[str, tuple[Condition, ...] | None] = {}  # per file; None: its applies_when has mistakes
        self.placeholder_lines: dict[str, dict[str, int]] = {}  # per rule id: each name in a message, its line
        # A policy value that does not fit a fact a condition compares it with is one mistake, where the value is
        # written, however many rules and examples use it: said there once (see _policy_operand), and the problems
        # of the examples that use it are left out (found: the examples' problems each policy value caused).
        self.unfit_policies: set[str] = set()
        self.caused_by_policy: dict[str, list[RuleProblem]] = {}

    def _copies(self) -> set[str]:
        """The files whose every rule has an id a file before them has too: a copy of that file in the folder (a
        rule-editing trial's backup beside the original gave ten duplicate ids, each placed at a rule). Said once,
        at the file's first rule, with the file it repeats."""
        first_file: dict[str, str] = {}
        by_file: dict[str, list[ParsedRule]] = {}
        for parsed in self.parsed:
            by_file.setdefault(parsed.file, []).append(parsed)
        copies: set[str] = set()
        for file, parsed_rules in by_file.items():
            ids = [parsed.rule_id for parsed in parsed_rules]
            earlier = {first_file.get(rule_id) for rule_id in ids if rule_id is not None}
            if len(parsed_rules) > 1 and None not in ids and len(earlier) == 1 and None not in earlier:
                copies.add(file)
                (other,) = earlier
                self.problems.report(
                    parsed_rules[0].place.at("id"), "file-repeats-file", {"other": other, "count": len(ids)}
                )
            for rule_id in ids:
                if rule_id is not None:
                    first_file.setdefault(rule_id, file)
        return copies

    def _derived(self) -> dict[str, set[Any]]:
        """Every conclusion some rule derives (conclude or supports), with the values derived."""
        derived: dict[str, set[Any]] = {}
        for parsed in self.parsed:
            for name, value in parsed.parts.derives:
                derived.setdefault(name, set()).add(value)
        for name, declared in self.declared.decisions.items():
            if declared.decision.current is not None:
                derived[current_conclusion(name)] = set(CURRENT_FIT_VALUES)
        for name in self.declared.judging_current:  # (one with a mistake: its judgement is not "never derived")
            derived.setdefault(current_conclusion(name), set(CURRENT_FIT_VALUES))
        return derived

    @staticmethod
    def _renamed_hint(written_twice: Mapping[str, str]) -> Text:
        """For a ``not_with`` naming no rule while ids stand twice: the rule it names was probably renamed."""
        return messages.fill(
            messages.NOT_WITH_RENAMED_HINT,
            {
                "duplicate": ", ".join(f"'{rule_id}'" for rule_id in written_twice),
                "where": ", ".join(written_twice.values()),
            },
        )

    def check(self) -> list[Rule]:
        seen: dict[str, ParsedRule] = {}
        rules: list[Rule] = []
        repeated: set[int] = set()  # (the rules whose id another rule has already: one cause, said once)
        written_twice: dict[str, str] = {}  # such an id, and where its second rule is
        copies = self._copies()
        for parsed in self.parsed:
            rule_id = parsed.rule_id
            if rule_id is not None and rule_id in seen:
                repeated.add(id(parsed))
                written_twice.setdefault(rule_id, f"{parsed.file}:{parsed.place.at('id').position()[0]}")
                first = seen[rule_id]
                if parsed.file in copies:
                    continue  # (said once for the file)
                self.problems.report(
                    parsed.place.at("id"),
                    "duplicate-rule-id",
                    {"rule_id": rule_id, "other": f"{first.file}:{first.place.at('id').position()[0]}"},
                    rule_id=rule_id,
                )
                continue
            if rule_id is not None:
                seen[rule_id] = parsed
            rule = self._rule(parsed, len(rules))
            if rule is not None:
                rules.append(rule)
        ids = [parsed.rule_id for parsed in self.parsed if parsed.rule_id is not None]
        for parsed in self.parsed:
            if id(parsed) in repeated:
                continue  # a rule renamed to an id another has, its not_with naming it: the duplicate says it
            for position, other in enumerate(parsed.parts.not_with):
                if (other not in ids and not self.declared.incomplete) or other == parsed.rule_id:
                    self.problems.report(
                        parsed.place.at("not_with", position),
                        "not-with-unknown-rule",
                        {"rule_id": other},
                        # (never the id as written: "bedoelde je 'X'?" of X read as nonsense to a rule owner)
                        hint=self._renamed_hint(written_twice)
                        if written_twice and other not in ids
                        else self.problems.did_you_mean(other, [known for known in ids if known != other]),
                        rule_id=parsed.rule_id,
                    )
        for name, declared in self.declared.decisions.items():
            if name not in self.supported and not self.declared.incomplete:
                self.problems.report(declared.place, "decision-without-support", {"name": name}, key=True)
            # the most rules that support one value: no value gets more support than that
            supporters = Counter(value for rule in rules for supported, value in rule.supports if supported == name)
            most = max(supporters.values(), default=0)
            minimum = declared.decision.minimum_support
            if most and minimum > most and not self.declared.incomplete:
                # no value can ever be decided: a rule owner's governance_min_steun of 7 beside four rules for each
                # mode passed check, and --analyse offered to accept every rule it made dead (a rule-editing trial)
                policy = declared.decision.policy
                at = self.declared.policy_places[policy] if policy is not None else declared.place.at("minimum_support")
                self.problems.report(
                    at,
                    "decision-minimum-unreachable",
                    {"name": name, "minimum": minimum, "most": most},
                )
        said_where_written = {
            id(problem) for policy in self.unfit_policies for problem in self.caused_by_policy.get(policy, ())
        }
        self.problems.found[:] = [problem for problem in self.problems.found if id(problem) not in said_where_written]
        return rules

    def _rule(self, parsed: ParsedRule, index: int) -> Rule | None:
        """Check every part of a rule; the resolved rule when all is well, else None (every mistake reported)."""
        spec, parts, place, rule_id = parsed.spec, parsed.parts, parsed.place, parsed.rule_id
        before = len(self.problems.found)

        def report(sub: YamlPath, code: str, params: dict[str, Any] | None = None, **kwargs: Any) -> None:
            self.problems.report(place.at(*sub), code, params, rule_id=rule_id, **kwargs)

        for position, heuristic in enumerate(parts.heuristics):
            match = _HEURISTIC.match(heuristic)
            if not match or not 1 <= int(match.group(1)) <= MAX_HEURISTIC:
                report(("heuristics", position), "unknown-heuristic", {"name": heuristic})
            elif heuristic in self.declared.accounted:
                report(
                    ("heuristics", position), "heuristic-rule-and-accounted", {"name": heuristic, "rule_id": rule_id}
                )
        examples = self._examples(parsed)
        guards = self._guards(parsed.file)
        conditions = list(guards or ())
        for position, condition in parts.when:
            resolved = self._condition(place.at(parts.when_key, position), rule_id, condition)
            if resolved is not None:
                conditions.append(resolved)
        then = parts.then
        concludes: tuple[tuple[str, Any], ...] = ()
        supports: tuple[tuple[str, Any], ...] = ()
        finding = None
        if then is not None:
            concludes = self._conclusions(parsed, "conclude", then.conclude or {})
            supports = self._conclusions(parsed, "supports", then.supports or {})
            for name, _value in supports:
                if not self.declared.decides(name) and not self.declared.incomplete:
                    # "governancevorm" meant governance_mode: not a second decision to declare (a policy officer
                    # was told to add one)
                    report(
                        ("then", "supports", name),
                        "supports-without-decision",
                        {"name": name},
                        key=True,
                        hint=_named_in_words(name),
                    )
            if then.finding is not None:
                for lang in ("nl", "en"):
                    self._placeholders(
                        parsed, ("then", "finding", "message", lang), getattr(then.finding.message, lang), conditions
                    )
                doubts = then.finding.doubts
                if doubts is not None and doubts not in FIXED_CONCLUSIONS:
                    report(
                        ("then", "finding", "doubts"),
                        "doubts-not-a-conclusion",
                        {"name": doubts, "names": ", ".join(FIXED_CONCLUSIONS)},
                        hint=self.problems.did_you_mean(doubts, list(FIXED_CONCLUSIONS)),
                    )
                if doubts is not None and then.finding.severity == "info":
                    # an info finding is shown by its title alone: a conclusion pointing to it would point to little
                    report(("then", "finding", "doubts"), "doubts-on-info")
                written = then.finding.message.text()
                named = self._policies_named(written)
                finding = RuleFinding(
                    then.finding.severity,
                    self._with_policy_values(written),
                    doubts,
                    written=written if named else None,
                    policies=named,
                )
            if not (then.conclude or then.supports or then.finding):
                report(("then",), "then-empty")
        elif parts.message is not None:
            for lang in ("nl", "en"):
                self._placeholders(
                    parsed, (parts.then_key, "finding", "message", lang), getattr(parts.message, lang), conditions
                )
        if spec is None or guards is None or len(self.problems.found) > before:
            return None
        rule = Rule(
            id=spec.id,
            title=spec.title.text(),
            sections=tuple(spec.section),
            heuristics=tuple(spec.heuristics),
            conditions=tuple(conditions),
            concludes=concludes,
            supports=supports,
            finding=finding,
            priority=spec.priority,
            source=spec.source,
            quote=spec.quote,
            file=parsed.file,
            line=place.position()[0],
            index=index,
            examples_fire=tuple(examples.fire),
            examples_silent=tuple(examples.silent),
            accepted=tuple((code, reason.text()) for code, reason in (spec.accept or {}).items()),
            guards=guards,
            not_with=tuple(spec.not_with),
            basis=spec.basis,
            placeholder_lines=tuple(self.placeholder_lines.get(parsed.rule_id or "", {}).items()),
        )
        if spec.basis == "source" and not spec.source:
            report(("basis",), "basis-without-source", key=True)
            return None
        chains, longest = alpha_cost(rule)
        if chains + longest > MAX_RULE_ALPHA:
            report(("when",), "rule-too-big", {"chains": chains, "longest": longest}, key=True)
            return None
        return rule

    def _examples(self, parsed: ParsedRule) -> _Examples:
        """Each example merged over the file's example_base and validated as a case."""
        out = _Examples()
        examples = parsed.parts.examples
        if examples is None:
            return out
        for kind, cases, bucket in (("fires", examples.fires, out.fire), ("silent", examples.silent, out.silent)):
            for position, case in enumerate(cases):
                place = parsed.place.at("examples", kind, position)
                policies: dict[YamlPath, str] = {}  # where in the example a policy value stands for a value
                merged = self._with_policies(parsed, place, _merge(parsed.example_base, case), (), policies)
                try:
                    parse_case(merged)
                except CaseError as error:
                    for problem in error.problems:
                        self.problems.report(
                            place.at(*parse_path(problem.path)),
                            "example-invalid",
                            {
                                "field": problem.path or "(case)",
                                "problem": Text(problem.message_in("nl"), problem.message_in("en")),
                            },
                            hint=problem.hint,
                            rule_id=parsed.rule_id,
                        )
                        self._caused_by(policies.get(tuple(parse_path(problem.path))))
                    continue
                bucket.append(merged)
        return out

    def _with_policies(
        self, parsed: ParsedRule, place: Place, data: Any, path: YamlPath, policies: dict[YamlPath, str]
    ) -> Any:
        """An example with ``{policy: name}`` (or ``{policy: name, plus: 1}``, ``minus:``) replaced by the policy
        value: an example at a threshold keeps testing the threshold when policy staff change it. ``policies``
        gets the place in the example (``path`` is that of ``data``) of each policy value put in."""
        if isinstance(data, dict) and "policy" in data and set(data) <= {"policy", "plus", "minus"}:
            value = _policy_value(place, {"policy": data["policy"]}, self.declared, self.problems, parsed.rule_id)
            offset = data.get("plus", 0) - data.get("minus", 0)
            if value is _MISSING:
                return None
            policies[path] = data["policy"]
            if offset and (isinstance(value, bool) or not isinstance(value, int) or not isinstance(offset, int)):
                self.problems.report(place, "example-policy-offset", {"name": data["policy"]}, rule_id=parsed.rule_id)
                self._caused_by(data["policy"])
                return None
            return value + offset if offset else value
        if isinstance(data, dict):
            return {
                key: self._with_policies(parsed, place.at(key), value, (*path, key), policies)
                for key, value in data.items()
            }
        if isinstance(data, list):
            return [
                self._with_policies(parsed, place.at(index), value, (*path, index), policies)
                for index, value in enumerate(data)
            ]
        return data

    def _caused_by(self, policy: str | None) -> None:
        """The problem reported last came from the value of ``policy`` (None: from no policy value)."""
        if policy is not None:
            self.caused_by_policy.setdefault(policy, []).append(self.problems.found[-1])

    def _conclusions(self, parsed: ParsedRule, key: str, mapping: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
        out = []
        for name, value in mapping.items():
            place = parsed.place.at("then", key, name)
            if not isinstance(name, str) or not _NAME.match(name):
                self.problems.report(place, "conclusion-name-form", {"name": name}, key=True, rule_id=parsed.rule_id)
                continue
            meant = messages.conclusion_meant(name)
            if meant is not None and meant != name and name not in FIXED_CONCLUSIONS:
                # "samenwerkingsvorm" would silently be a new conclusion beside collaboration_form (a policy
                # officer wrote it so, as explain takes it)
                self.problems.report(
                    place, "conclusion-in-words", {"name": name, "meant": meant}, key=True, rule_id=parsed.rule_id
                )
                continue
            if name not in FIXED_CONCLUSIONS and not self.declared.decides(name):
                nearly = self.problems.suggestions.closest(name, [*FIXED_CONCLUSIONS, *self.declared.decisions])
                if nearly is not None:
                    # "challenge_tpye" was a new conclusion beside challenge_type, which no rule reads and no
                    # check named: a rule-editing trial's new rule never did what it meant (helper-125)
                    self.problems.report(
                        place,
                        "conclusion-misspelt",
                        {"name": name, "meant": nearly},
                        key=True,
                        rule_id=parsed.rule_id,
                    )
                    continue
            if key == "conclude" and self.declared.decides(name):
                # the most support decides it; a conclude beside that would make the advice contradict itself
                self.problems.report(place, "conclude-decided", {"name": name}, key=True, rule_id=parsed.rule_id)
                continue
            if name in FIXED_CONCLUSIONS:
                allowed = FIXED_CONCLUSIONS[name]
                if isinstance(value, str) and value not in allowed:
                    # the Dutch name as under is: ("zelfregulerend netwerk"; a tester was refused, with a tip to it)
                    value = choice_words(allowed).get(normal_word(value), value)
                if value not in allowed or not isinstance(value, str):
                    hint = self.problems.surprise_hint(place) or self.problems.did_you_mean_choice(str(value), allowed)
                    self.problems.report(
                        place,
                        "conclusion-value",
                        # (with their Dutch names, as a condition's allowed values: a rule-editing trial)
                        {"name": name, "value": value, "allowed": _choices_in_words(allowed)},
                        hint=hint,
                        rule_id=parsed.rule_id,
                    )
                    continue
            elif not isinstance(value, str) or not _NAME.match(value):
                self.problems.report(
                    place,
                    "conclusion-value-form",
                    {"found": _found(value)},
                    hint=self.problems.surprise_hint(place),
                    rule_id=parsed.rule_id,
                )
                continue
            out.append((name, value))
        return tuple(out)

    def _guards(self, file: str) -> tuple[Condition, ...] | None:
        """The file's applies_when, checked once (its mistakes are reported once, not for every rule); None when it
        has mistakes."""
        if file not in self.guards:
            read = next(read for read in self.files if read.source.name == file)
            if read.guards is None:
                self.guards[file] = None
            else:
                resolved = [
                    self._condition(read.place.at("applies_when", position), None, condition)
                    for position, condition in read.guards
                ]
                self.guards[file] = (
                    None if None in resolved else tuple(condition for condition in resolved if condition is not None)
                )
        return self.guards[file]

    def _condition(self, place: Place, rule_id: str | None, condition: ConditionSpec) -> Condition | None:
        """One condition of a rule's ``when`` or of a file's ``applies_when``, at ``place``."""
        stated = self._subject_and_operator(place, rule_id, condition)
        if stated is None:
            return None
        subject_kind, name, word, raw = stated
        operator = BY_WORD[word]
        subject = self._subject(place, rule_id, subject_kind, name)
        if subject is None:
            if subject_kind == "fact":
                self._check_as_meant(place, rule_id, name, word, raw)
            return None
        if subject.kind == "conclusion" and "conclusion" not in operator.fits:
            # known: whether a conclusion is derived yet is no fact
            self._report(place, rule_id, (word,), "conclusion-known", key=True)
            return None
        value = _policy_value(place.at(word), raw, self.declared, self.problems, rule_id)
        if value is _MISSING:
            return None
        policy = raw["policy"] if isinstance(raw, dict) else None
        if policy in self.unfit_policies:
            return None  # said where the policy value is written
        if operator.operand == "bool":  # known: true / false
            if not isinstance(value, bool):
                self._report(
                    place, rule_id, (word,), "known-not-bool", hint=self.problems.surprise_hint(place.at(word))
                )
                return None
            return Condition("fact", name, "known" if value else "unknown", None, policy, place.position()[0])
        if not self._operator_fits(place, rule_id, subject, operator, word, name):
            return None
        if policy is not None and operator.operand != "list":
            operand = self._policy_operand(place.at(word), rule_id, subject, policy, value)
        else:
            operand = self._operand(place, rule_id, subject, operator, word, value)
        if operand is _MISSING:
            return None
        return Condition(subject_kind, name, operator.name, operand, policy, place.position()[0])

    def _policy_operand(self, place: Place, rule_id: str | None, subject: _Subject, policy: str, value: Any) -> Any:
        """The value of the policy value ``policy`` as an operand for ``subject`` (a condition at ``place`` compares
        them), or :data:`_MISSING` when it does not fit: reported where the policy value is written, as the mistake
        is there (``weinig_partners_max: value: zeven``), with the first use that shows it."""
        found = _Problems()
        found.suggestions = self.problems.suggestions  # (one budget of "did you mean" searches per load)
        written = self.declared.policy_places[policy]
        operand = self._value(written, subject, value, rule_id, found)
        if operand is not _MISSING and subject.kind == "int" and _out_of_bounds(subject.name, operand, found):
            # a number no case can have (-3 organisations): said once here, not at each example it makes invalid
            # (a rule-editing trial got 23 problems at examples and none at the value)
            operand = _MISSING
        if operand is _MISSING:
            self.unfit_policies.add(policy)
            # a word where a number belongs: said how to write it here, not sent to `explain` for the fact; a
            # number in quotes keeps its own hint ("schrijf het getal zonder aanhalingstekens: 7")
            # (a whole number out of bounds keeps the case's own hint: "schrijf een getal van minstens 0")
            in_words = (
                subject.kind == "int"
                and not (isinstance(value, int) and not isinstance(value, bool))
                and not (isinstance(value, str) and (whole_number(normal_word(value)) is not None or doubtful(value)))
            )
            for problem in found.found:
                self.problems.report(
                    written,
                    "policy-unfit",
                    {
                        "name": policy,
                        "fact": subject.name,
                        "where": f"{place.file}:{place.position()[0]}",
                        "problem": problem.text,
                    },
                    hint=messages.POLICY_NUMBER_HINT if in_words else problem.hint,
                )
        return operand

    def _check_as_meant(self, place: Place, rule_id: str | None, name: str, word: str, raw: Any) -> None:
        """For a condition on a misspelt fact: its value checked against the fact it most likely means, so that a
        misspelt value beside it is reported in the same run, not only after the fact is put right."""
        meant = self.problems.fact_guess(name)
        operator = BY_WORD[word]
        if meant is None or operator.operand == "bool":
            return
        spec = FACTS[meant]
        subject = _Subject(meant, spec.type, spec.values)
        if subject.kind != "enum" or subject.kind not in operator.fits:
            return  # only the value is checked against a guess; the operator is said when the fact is put right
        value = _policy_value(place.at(word), raw, self.declared, self.problems, rule_id)
        written = value if isinstance(value, list) else [value]
        near = choice_spellings(subject.allowed)
        if (
            value is not _MISSING
            and all(isinstance(item, str) for item in written)
            # (a value near none of the guess's choices says the guess is wrong: "'ja' is geen mogelijke waarde van
            # 'goal.origin'" followed "bedoelde je 'goal.origin'?" for goal.gedragen, a rule-editing trial)
            and all(self.problems.suggestions.closest(normal_word(item), near) is not None for item in written)
        ):
            # (a choice misspelt, as the guess has it; a value of another type says the guess is wrong, not the
            # value: "'challenge.regional.present' is een getal" beside a guess followed it, a rule-editing trial)
            self._operand(place, rule_id, subject, operator, word, value)

    def _report(
        self,
        place: Place,
        rule_id: str | None,
        sub: YamlPath,
        code: str,
        params: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        """A problem of a condition, at ``sub`` inside it."""
        self.problems.report(place.at(*sub), code, params, rule_id=rule_id, **kwargs)

    def _subject_and_operator(
        self, place: Place, rule_id: str | None, condition: ConditionSpec
    ) -> tuple[Subject, str, str, Any] | None:
        """(fact or conclusion, its name, the operator's word, the operand as written), or None when the condition
        does not name exactly one subject and one operator (reported)."""
        if condition.fact is None and condition.conclusion is None:
            self._report(place, rule_id, (), "condition-no-subject")
            return None
        if condition.fact is not None and condition.conclusion is not None:
            self._report(place, rule_id, ("conclusion",), "condition-two-subjects", key=True)
            return None
        subject_kind: Subject = "fact" if condition.fact is not None else "conclusion"
        name = condition.fact if condition.fact is not None else str(condition.conclusion)
        operators = condition.operators()
        if not operators:
            self._report(place, rule_id, (subject_kind,), "condition-no-operator", {"name": name})
            return None
        if len(operators) > 1:
            self._report(
                place,
                rule_id,
                (operators[1][0],),
                "condition-many-operators",
                {"name": name, "operators": ", ".join(word for word, _ in operators)},
                key=True,
            )
            return None
        word, raw = operators[0]
        return subject_kind, name, word, raw

    def _operator_fits(
        self, place: Place, rule_id: str | None, subject: _Subject, operator: Operator, word: str, name: str
    ) -> bool:
        """Whether the operator compares values of this subject's kind (a text fact fits none); reported if not."""
        if subject.kind == "text":
            parent, _, leaf = name.rpartition(".")
            yes_no = f"{parent}.has_{leaf}"  # a role's name is text; whether anyone holds it is a yes/no fact
            if yes_no in FACTS:
                self._report(
                    place,
                    rule_id,
                    ("fact",),
                    "text-fact",
                    {"name": name},
                    hint=messages.fill(messages.TEXT_FACT_YES_NO_HINT, {"other": yes_no}),
                )
            else:
                self._report(place, rule_id, ("fact",), "text-fact", {"name": name})
            return False
        if subject.kind not in operator.fits:
            fitting = ", ".join(f"'{other.word}'" for other in OPERATORS if other.word and subject.kind in other.fits)
            type_words = messages.TYPE_WORDS[subject.kind]
            self._report(
                place,
                rule_id,
                (word,),
                "operator-type",
                {"operator": word, "name": name, "type_words": type_words, "fitting": fitting},
                key=True,
            )
            return False
        return True

    def _operand(
        self, place: Place, rule_id: str | None, subject: _Subject, operator: Operator, word: str, value: Any
    ) -> Any:
        """The operand checked against the subject's values: one value, or a tuple for an operator that takes a
        list; :data:`_MISSING` when any item is wrong (every mistake reported)."""
        takes_list = operator.operand == "list"
        if takes_list:
            if not isinstance(value, list) or not value:
                self._report(place, rule_id, (word,), "value-list", {"operator": word})
                return _MISSING
            items = value
        else:
            if isinstance(value, list):
                self._report(place, rule_id, (word,), "value-not-list", {"operator": word})
                return _MISSING
            items = [value]
        # every item is checked (each mistake reported), then the condition is built only if all are values
        checked = [
            self._value(place.at(word, offset) if takes_list else place.at(word), subject, item, rule_id)
            for offset, item in enumerate(items)
        ]
        if any(item is _MISSING for item in checked):
            return _MISSING
        return tuple(checked) if takes_list else checked[0]

    def _subject(self, place: Place, rule_id: str | None, kind: Subject, name: str) -> _Subject | None:
        """The fact or conclusion a condition names, or None when there is no such thing (reported)."""
        if kind == "fact":
            spec = FACTS.get(name)
            if spec is None:
                self.problems.report(
                    place.at("fact"),
                    "unknown-fact",
                    {"name": name},
                    # a fact in words ("aantal organisaties", as explain and --set take it) points to its path
                    hint=(messages.did_you_mean(guess) if (guess := self.problems.fact_guess(name)) else None)
                    or (messages.did_you_mean(meant) if (meant := fact_meant(name, near=False)) is not None else None),
                    rule_id=rule_id,
                )
                return None
            return _Subject(name, spec.type, spec.values)
        if name not in self.derived:
            if self.declared.incomplete:
                return None
            self.problems.report(
                place.at("conclusion"),
                "conclusion-never-derived",
                {"name": name},
                hint=self.problems.did_you_mean(name, self.derived) or _named_in_words(name),
                rule_id=rule_id,
            )
            return None
        if name in FIXED_CONCLUSIONS:
            return _Subject(name, "conclusion", FIXED_CONCLUSIONS[name])
        values = self.derived[name]
        valid = tuple(sorted(value for value in values if isinstance(value, str) and _NAME.match(value)))
        return _Subject(name, "conclusion", valid, misderived=len(valid) < len(values))

    def _value(
        self, place: Place, subject: _Subject, value: Any, rule_id: str | None, problems: _Problems | None = None
    ) -> Any:
        """``value`` as a value ``subject`` can have (a Dutch or English label read as its code: ``hoog`` is
        ``high``, ``ja`` is true), or :data:`_MISSING` when it is not one (reported, to ``problems`` when given)."""
        problems = self.problems if problems is None else problems
        type_words = messages.TYPE_WORDS[subject.kind]
        hint = problems.surprise_hint(place)
        if isinstance(value, str) and is_unknown_word(value) and subject.kind != "text":
            # unknown is not a value: a condition on it never holds; "known: false" is what was meant
            problems.report(place, "value-unknown-word", {"value": value, "name": subject.name}, rule_id=rule_id)
            return _MISSING
        if isinstance(value, str) and doubtful(value) and subject.kind != "text":
            # "hoog?" is no value a condition can hold on, nor "hoog" (a rule-editing trial's doubt was dropped
            # without a word, where an example refuses it)
            meant = without_doubt(value)
            problems.report(place, "value-doubtful", {"value": value, "meant": meant}, rule_id=rule_id)
            return _MISSING
        if subject.kind == "bool":
            # true / false, and yes / no (YAML reads them so), and ja / nee: all mean what they say on a yes/no fact
            if isinstance(value, bool):
                return value
            if isinstance(value, str) and (answer := yes_no_word(value)) is not None:
                return answer
            # (not how YAML read it: quoting 3 would not make it a yes/no either, a rule-editing trial was told to)
            hint = messages.fill(Text("schrijf ja of nee (of true of false)", "write yes or no (or true or false)"), {})
        elif subject.kind == "int":
            if isinstance(value, int) and not isinstance(value, bool):
                return value
            if isinstance(value, str) and value.strip() in self.declared.policies:
                # a policy value by its name alone: "at_most: weinig_partners_max" (a rule-editing trial got no hint)
                hint = messages.fill(messages.POLICY_BY_NAME_HINT, {"name": value.strip()})
            elif isinstance(value, str) and whole_number(normal_word(value)) is not None:
                hint = messages.fill(
                    Text(
                        "schrijf het getal zonder aanhalingstekens: {number}",
                        "write the number without quotes: {number}",
                    ),
                    {"number": value.strip()},
                )
        elif subject.kind in ("enum", "conclusion"):
            if isinstance(value, str) and value in subject.allowed:
                return value
            if isinstance(value, str) and (code := choice_words(subject.allowed).get(normal_word(value))) is not None:
                return code
            if subject.misderived:
                return _MISSING  # the value derived is wrong, and said so where it is derived
            surprise = place.surprise()
            if isinstance(value, str) or (surprise is not None and surprise.kind != "number"):
                written = surprise.text if surprise else str(value)
                if written not in subject.allowed and normal_word(written) not in choice_words(subject.allowed):
                    # quoting 'no' would not make it a value of this fact: say what is, not how to quote
                    hint = None
                if hint is None:
                    hint = problems.did_you_mean_choice(written, subject.allowed)
                code = "conclusion-value" if subject.kind == "conclusion" else "value-not-allowed"
                problems.report(
                    place,
                    code,
                    {
                        "value": surprise.text if surprise else value,
                        "name": subject.name,
                        "allowed": _choices_in_words(subject.allowed),
                    },
                    hint=hint,
                    rule_id=rule_id,
                )
                return _MISSING
        problems.report(
            place,
            "value-type",
            {"name": subject.name, "type_words": type_words, "found": _found(value)},
            hint=hint,
            rule_id=rule_id,
        )
        return _MISSING

    def _policies_named(self, message: Text) -> tuple[str, ...]:
        """The policy values whose ``{name}`` stands in ``message``, as :meth:`_with_policy_values` fills them in."""
        policies = self.declared.policies
        return tuple(
            dict.fromkeys(
                name
                for text in (message.nl, message.en)
                for name in PLACEHOLDER.findall(text)
                if isinstance(name, str) and name in policies and name not in FACTS and name not in self.derived
            )
        )

    def _with_policy_values(self, message: Text) -> Text:
        """A message with each ``{policy_name}`` replaced by that policy value, as the rules have it now: a message
        that names a threshold in its number ("de grenzen 7 en 16") went stale when policy staff changed it, and one
        that did not name it left the reader without it (a coordinator)."""
        policies = self.declared.policies

        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            if name is not None and name in policies and name not in FACTS and name not in self.derived:
                return str(policies[name].value)
            return match.group(0)

        if "{" not in message.nl and "{" not in message.en:
            return message
        return Text(PLACEHOLDER.sub(replace, message.nl), PLACEHOLDER.sub(replace, message.en))

    def _placeholders(self, parsed: ParsedRule, sub: YamlPath, text: str, conditions: Sequence[Condition] = ()) -> None:
        """Every placeholder of a message names a fact or conclusion; a conclusion, one the rule tests (else the
        advice says "weet niet" where it has no value: a rule owner followed "bedoelde je 'governance_mode'?" for
        a misspelt current mode, and the advice read "Het netwerk is nu georganiseerd als weet niet")."""
        place = parsed.place.at(*sub)
        document = place.document
        tested = {condition.name for condition in conditions if condition.subject == "conclusion"}
        for match in PLACEHOLDER.finditer(text):
            token = match.group(0)
            if token in ("{{", "}}"):
                continue
            name = match.group(1)
            # (at the placeholder itself: in a message over several lines, the line it is on)
            position = (
                document.position_in(place.path, token, text.count(token, 0, match.start()))
                if document and " " not in token
                else None
            )
            if name is not None and position is not None:
                self.placeholder_lines.setdefault(parsed.rule_id or "", {}).setdefault(name, position[0])
            if name is None:
                self.problems.report(place, "bad-placeholder", rule_id=parsed.rule_id, position=position)
            elif name in self.declared.policies and name not in FACTS and name not in self.derived:
                continue  # a policy value: its value stands there (see _with_policy_values)
            elif name in self.declared.misshapen_policies:
                # its value is wrong, said where it is written: one cause, one message (a rule-editing trial's
                # value 5.5 was also told the placeholder is no policy value, "bedoelde je 'veel_partners_min'?")
                continue
            elif name not in FACTS and name not in self.derived and not self.declared.incomplete:
                # a policy value misspelt first ("veel_partner_min" was told 'governance.partner_count', which
                # check then passed with "de grenzen 7 en <aantal>": a rule-editing trial); then a fact named in
                # words ("governance.huidige_vorm": the current mode, not the conclusion governance_mode, which
                # letters alone suggested)
                policy = self.problems.did_you_mean(name, list(self.declared.policies))
                meant = fact_meant(name.replace("_", " ")) if policy is None else None
                self.problems.report(
                    place,
                    "unknown-placeholder",
                    {"name": name},
                    hint=(
                        policy
                        or (messages.did_you_mean(meant) if meant is not None else None)
                        or self.problems.did_you_mean(name, [*FACTS, *self.derived, *self.declared.policies])
                    ),
                    rule_id=parsed.rule_id,
                    position=position,
                )
            elif name not in FACTS and name not in tested and not self.declared.incomplete:
                self.problems.report(
                    place,
                    "placeholder-conclusion-untested",
                    {"name": name},
                    rule_id=parsed.rule_id,
                    position=position,
                )
        self._policy_numbers(parsed, place, text, conditions)

    def _policy_numbers(self, parsed: ParsedRule, place: Any, text: str, conditions: Sequence[Condition]) -> None:
        """A message that states, as a number, a limit of a policy value its rule compares with ("netadvisor
        waarschuwt vanaf 3 rollen"): after an edit of the value it says the old one, and every check said "in orde"
        (a rule-editing trial moved rollen_te_veel_bij_een from 3 to 4, and the advice said "vanaf 3"). The value
        and the number it makes a limit of ("meer dan 7": from 8) count; written as {name}, the message follows."""
        policies = self.declared.policies
        limits: dict[int, str] = {}
        for condition in conditions:
            policy = policies.get(condition.policy) if condition.policy is not None else None
            if policy is None or not isinstance(policy.value, int) or isinstance(policy.value, bool):
                continue
            limits.setdefault(policy.value, condition.policy or "")
            if condition.operator in _LIMIT_STEP:
                limits.setdefault(policy.value + _LIMIT_STEP[condition.operator], condition.policy or "")
        if not limits:
            return
        document = place.document
        for number, start in stated_number_places(text):
            name = limits.get(number)
            if name is None:
                continue
            written = str(number)
            position = document.position_in(place.path, written, text.count(written, 0, start)) if document else None
            self.problems.report(
                place,
                "policy-number-in-message",
                {"number": number, "policy": name},
                rule_id=parsed.rule_id,
                position=position,
            )


_LIMIT_STEP = {"gt": 1, "lt": -1}
"""For a strict comparison with a policy value, the step from the value to the first number it holds for ("meer dan
7": vanaf 8), which a message states as readily as the value."""


@dataclass(slots=True)
class _Examples:
    """A rule's examples, each a valid case mapping (the file's example_base merged in)."""

    fire: list[dict[str, Any]] = field(default_factory=list)
    silent: list[dict[str, Any]] = field(default_factory=list)


# --------------------------------------------------------------------------- stage 4: numbers YAML 1.1 misreads


def _refuse_yaml11_numbers(files: Sequence[ReadFile], problems: _Problems) -> None:
    """Refuse every whole number YAML 1.1 read otherwise than written (``010`` is 8, ``1:30`` is 90).

    Where another problem was already reported at the same place (a number where text belongs,
    with the YAML hint), that one says it; everywhere else (a threshold, a policy value, an
    example) the number would silently be another one.
    """
    reported = {(problem.file, problem.line, problem.column) for problem in problems.found}
    for read in files:
        document = read.document
        if document is None:
            continue
        for path, surprise in document.surprises.items():
            if surprise.kind not in messages.YAML11_NUMBER_HINTS:
                continue
            line, column = document.position(path)
            if (read.source.name, line, column) in reported:
                continue
            value = _value_at(document.data, path)
            if value is _MISSING:  # under a duplicate or merge key, already reported
                continue
            text, hint = messages.yaml11_number_problem(surprise.text, surprise.kind, value)
            problems.found.append(
                RuleProblem(read.source.name, line, column, "yaml11-number", text, hint, yaml_path=format_path(path))
            )


# --------------------------------------------------------------------------- stage 5: quotation marks


def texts_quoting_the_guide(data: Any, *, quotes: bool = False) -> Iterator[tuple[YamlPath, str]]:
    """Every text of a rule file (its data as read) that may quote the guide between double quotation marks, with
    its path, in file order: the file's topic, each policy value's explanation, each rule's title and message,
    each heuristic's account; with ``quotes``, also each rule's ``quote:`` (one quotation as a whole, before its
    title). The loader checks their quotation marks; tools/citaten.py checks the quotations against the guide."""

    def languages(path: YamlPath, value: Any) -> Iterator[tuple[YamlPath, str]]:
        if isinstance(value, str):
            yield path, value
        elif isinstance(value, dict):
            yield from (((*path, lang), value[lang]) for lang in LANGUAGES if isinstance(value.get(lang), str))

    if not isinstance(data, dict):
        return
    yield from languages(("topic",), data.get("topic"))
    policies = data.get("policy")
    for name, policy in policies.items() if isinstance(policies, dict) else ():
        if isinstance(policy, dict):
            yield from languages(("policy", name, "explanation"), policy.get("explanation"))
    rules = data.get("rules")
    for position, rule in enumerate(rules if isinstance(rules, list) else ()):
        if not isinstance(rule, dict):
            continue
        if quotes and isinstance(rule.get("quote"), str):
            yield ("rules", position, "quote"), rule["quote"]
        yield from languages(("rules", position, "title"), rule.get("title"))
        then = rule.get("then")
        finding = then.get("finding") if isinstance(then, dict) else None
        if isinstance(finding, dict):
            yield from languages(("rules", position, "then", "finding", "message"), finding.get("message"))
    accounted = data.get("accounts_for")
    for position, entry in enumerate(accounted if isinstance(accounted, list) else ()):
        if isinstance(entry, dict):
            yield from languages(("accounts_for", position, "reason"), entry.get("reason"))
            yield from languages(("accounts_for", position, "where"), entry.get("where"))


def _mark_in_source(lines: Sequence[str], start: tuple[int, int], marks_before: int) -> tuple[int, int]:
    """Line and column of the quotation mark of a text that has ``marks_before`` marks before it, its text
    starting at ``start`` (a folded text runs over lines: the line a person goes to is the mark's own). Each
    mark in the text is one in the file; a double-quoted YAML text's own opening mark is skipped (one inside it
    is written \\")."""
    row, column = start[0] - 1, start[1] - 1
    if 0 <= row < len(lines) and lines[row][column : column + 1] == '"':
        column += 1
    seen = 0
    while 0 <= row < len(lines):
        for place in range(column, len(lines[row])):
            if lines[row][place] in DOUBLE_QUOTES:
                if seen == marks_before:
                    return row + 1, place + 1
                seen += 1
        row, column = row + 1, 0
    return start


def _refuse_unclosed_quotes(files: Sequence[ReadFile], problems: _Problems) -> None:
    """Refuse a text with a double quotation mark nothing closes. Between two of them stands the guide's own
    wording (``make regeltest`` checks it against the guide): with one left over, which words are quoted is not
    known, and advice would show a stray mark. Found here, ``netadvisor check`` names the line, guide or not."""
    for read in files:
        document = read.document
        if document is None:
            continue
        lines = read.source.raw.decode("utf-8", errors="replace").splitlines()
        for path, text in texts_quoting_the_guide(document.data):
            deeper = indented_further(lines, document.position(path))
            if deeper is not None:
                line, column, first_column = deeper
                problems.report(
                    read.place.at(*path),
                    "text-line-indented",
                    {"column": column, "first_column": first_column},
                    rule_id=_rule_id_at(document.data, path),
                    position=(line, column),
                )
            index = unclosed_quote(text)
            # a text whose opening quote was left out is said once, as yaml-stray-quote: "één oorzaak geeft één
            # melding" (rules/README), and a rule-editing trial got both for one missing quote
            if index is None or path in document.stray_quotes:
                continue
            after = " ".join(text[index + 1 :].split()[:8])
            line, column = _mark_in_source(
                lines, document.position(path), sum(char in DOUBLE_QUOTES for char in text[:index])
            )
            problems.report(
                read.place.at(*path),
                "quote-not-closed",
                {"mark": text[index], "after": after or "…"},
                rule_id=_rule_id_at(document.data, path),
                position=(line, column),
            )


_WORDS_A_COPY_NEEDS = 4
"""The fewest words an English text equal to its Dutch one has before it is taken for a copy, not translated (a
name, "NAO", is the same in both)."""


def _refuse_untranslated(files: Sequence[ReadFile], problems: _Problems) -> None:
    """Refuse an English text that is its Dutch one, word for word: English advice would say it in Dutch, and
    ``check`` said nothing (a rule-editing trial)."""
    for read in files:
        document = read.document
        if document is None:
            continue
        texts = dict(texts_quoting_the_guide(document.data))
        for path, text in texts.items():
            if path[-1] != "en":
                continue
            dutch = texts.get((*path[:-1], "nl"))
            words = text.split()
            if dutch is not None and len(words) >= _WORDS_A_COPY_NEEDS and words == dutch.split():
                problems.report(read.place.at(*path), "en-same-as-nl", {}, rule_id=_rule_id_at(document.data, path))


def _rule_id_at(data: Any, path: YamlPath) -> str | None:
    """The id of the rule a path of a rule file is in, if it is in one."""
    if path[0] != "rules":
        return None
    rule = data["rules"][path[1]]
    return str(rule.get("id")) if rule.get("id") is not None else None


# --------------------------------------------------------------------------- the stages together


def _load(sources: Sequence[Source]) -> RuleBase:
    problems = _Problems()
    ordered = sorted(sources, key=lambda source: source.name)
    files = [_read(source, problems) for source in ordered]
    declared = _declare(files, problems)
    rules = _RuleChecker(files, declared, problems).check()
    _refuse_yaml11_numbers(files, problems)
    _refuse_unclosed_quotes(files, problems)
    _refuse_untranslated(files, problems)
    said = problems.said()
    if said:
        raise RuleError(said)
    return RuleBase(
        accounted=tuple(sorted(declared.accounted.values(), key=lambda entry: entry.heuristic)),
        rules=tuple(rules),
        decisions={name: declared.decision for name, declared in declared.decisions.items()},
        policies=dict(declared.policies),
        version=_digest(ordered),
        files=tuple(source.name for source in ordered),
    )


_MISSING = object()


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


def _expected_words(kind: str, item: Any) -> Text:
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
        return messages.EXPECTED_WORDS["number-from" if "ge" in context else "number-up-to"].format(bound=bound)
    return messages.EXPECTED_WORDS["value"]
