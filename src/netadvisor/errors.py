"""Every error netadvisor raises, one branch per person who must act on it.

::

    NetadvisorError
    ├── RuleError        a rule file is wrong: for the policy staff who wrote it
    │                    (carries every RuleProblem, each with file, line, column, code, hint)
    ├── CaseError        a case is wrong: for the caller who passed it
    │                    (carries every CaseProblem, each with the field's path and what was expected)
    └── EngineError      the engine failed while advising: a bug, never the user's fault

The library never prints and never exits; the CLI turns these into messages and
exit codes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import ValidationError

class NetadvisorError(Exception):
    """The root of every error netadvisor raises on purpose."""


@dataclass(frozen=True, slots=True)
class RuleProblem:
    """One mistake in a rule file, located and explained in Dutch and English.

    Attributes:
        file: the rule file's path as given.
        line: 1-based line, or 0 when the problem is about the file as a whole.
        column: 1-based column, or 0.
        code: a stable identifier, for instance ``unknown-key`` or ``unknown-fact``.
        text: the message per language (``{"nl": ..., "en": ...}``).
        hint: what was probably meant, per language, or empty.
        yaml_path: where inside the YAML, for instance ``rules[2].when[0].fact``.
        rule_id: the rule the problem is in, when known.
    """

    file: str
    line: int
    column: int
    code: str
    text: dict[str, str]
    hint: dict[str, str] = field(default_factory=dict)
    yaml_path: str = ""
    rule_id: str | None = None

    def message(self, lang: str = "nl") -> str:
        return self.text.get(lang) or self.text["en"]

    def format(self, lang: str = "nl") -> str:
        """The one-line form ``file:line:col: [code] message``, with the hint on the next line."""
        where = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        text = f"{where}: [{self.code}] {self.message(lang)}"
        if self.hint:
            label = "tip" if lang == "nl" else "hint"
            text += f"\n    {label}: {self.hint.get(lang) or self.hint['en']}"
        return text

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line, self.column, self.code)


class RuleError(NetadvisorError):
    """The rule files have mistakes; nothing was loaded.

    Attributes:
        problems: every problem found, in file and line order.
    """

    def __init__(self, problems: Iterable[RuleProblem]):
        self.problems: list[RuleProblem] = sorted(problems, key=RuleProblem.sort_key)
        super().__init__(self.format("en"))

    def __reduce__(self) -> tuple[Any, ...]:
        # rebuilt from its problems, whole, in another process (a worker of a process pool)
        return (type(self), (self.problems,))

    def format(self, lang: str = "nl") -> str:
        count = len(self.problems)
        if lang == "nl":
            head = f"{count} {'fout' if count == 1 else 'fouten'} in de regelbestanden; er is niets geladen."
        else:
            head = f"{count} {'problem' if count == 1 else 'problems'} in the rule files; nothing was loaded."
        return "\n".join([head, *(problem.format(lang) for problem in self.problems)])


@dataclass(frozen=True, slots=True)
class CaseProblem:
    """One invalid field of a case.

    Attributes:
        path: the field's dotted path (``governance.trust``, ``partners[2].name``).
        message: what is wrong.
        expected: what was expected, in words.
        value: the value that was given, shortened.
    """

    path: str
    message: str
    expected: str = ""
    value: str = ""
    file: str = ""
    line: int = 0
    column: int = 0

    def format(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}: " if self.file and self.line else (
            f"{self.file}: " if self.file else "")
        text = f"{where}{self.path or '(case)'}: {self.message}"
        if self.expected:
            text += f" (expected: {self.expected})"
        if self.value:
            text += f"; got {self.value}"
        return text


def format_path(parts: Iterable[int | str]) -> str:
    """A path inside a case or rule file as people read it: ``("partners", 2, "name")`` is ``partners[2].name``.

    The one way netadvisor writes such a path (rule problems, case problems, pydantic locations);
    :func:`parse_path` reads it back.
    """
    path = ""
    for part in parts:
        if isinstance(part, int):
            path += f"[{part}]"
        elif not path:
            path = str(part)
        else:
            path += f".{part}"
    return path


def parse_path(text: str) -> tuple[str | int, ...]:
    """The parts of a path written by :func:`format_path`: ``partners[2].name`` is ``("partners", 2, "name")``."""
    return tuple(int(part) if part.isdigit() else part
                 for part in text.replace("]", "").replace("[", ".").split(".") if part)


def _expected(error: dict[str, Any]) -> str:
    context = error.get("ctx") or {}
    if "expected" in context:
        return str(context["expected"])
    kind = error["type"]
    return {
        "bool_parsing": "yes, no or unknown (ja, nee, weet niet)",
        "bool_type": "yes, no or unknown (ja, nee, weet niet)",
        "int_type": "a whole number",
        "int_parsing": "a whole number",
        "int_from_float": "a whole number",
        "string_type": "text",
        "extra_forbidden": "no such field",
        "missing": "a value",
        "list_type": "a list",
        "model_type": "a mapping of fields",
        "dict_type": "a mapping of fields",
        "greater_than_equal": f"a number of at least {context.get('ge')}",
        "less_than_equal": f"a number of at most {context.get('le')}",
        "too_long": f"at most {context.get('max_length')} items or characters",
        "string_too_long": f"at most {context.get('max_length')} characters",
        "string_too_short": f"at least {context.get('min_length')} character",
    }.get(kind, "")


def _shown(value: Any) -> str:
    """The value as Python writes it; a whole number too long for that (4,300 digits) by its size."""
    try:
        return repr(value)
    except ValueError:
        digits = int(value.bit_length() * 0.30103) + 1 if isinstance(value, int) else 0
        return f"a number of about {digits} digits" if digits else f"a {type(value).__name__}"


class CaseError(NetadvisorError):
    """A case is invalid; it lists every invalid field.

    Attributes:
        problems: one entry per invalid field, with its path and what was expected.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        # rebuilt from its problems, whole, in another process (a worker of a process pool)
        return (type(self), (self.problems,))

    def __init__(self, problems: Iterable[CaseProblem]):
        self.problems = list(problems)
        count = len(self.problems)
        lines = [f"invalid case: {count} {'problem' if count == 1 else 'problems'}"]
        lines += [f"  {problem.format()}" for problem in self.problems]
        super().__init__("\n".join(lines))

    @classmethod
    def from_validation(cls, error: ValidationError) -> CaseError:
        problems = []
        for item in error.errors(include_url=False):
            value = item.get("input")
            shown = "" if item["type"] == "missing" or isinstance(value, dict | list) else _shown(value)
            if len(shown) > 60:
                shown = shown[:57] + "..."
            context = item.get("ctx") or {}
            # a check across fields (in a model validator) names the field it reports through its context
            path = context.get("path") or format_path(item["loc"])
            problems.append(CaseProblem(path=path, message=item["msg"],
                                        expected=context.get("expected") or _expected(item), value=shown))
        return cls(problems)


class EngineError(NetadvisorError):
    """The rule engine failed on a case. The case and the loaded rules are untouched."""
