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

import dataclasses
import os
import re
import sys
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .text import Language, Text, list_index, text_json, with_controls_shown

if TYPE_CHECKING:
    from pydantic import ValidationError
    from pydantic_core import PydanticCustomError


def _words(code: str, lang: str, **params: Any) -> str:
    """The words ``code`` of :data:`~netadvisor.messages.ERROR_WORDS` in ``lang``."""
    # imported when words are written, not with this module: every module imports this one, and it stays light
    from .messages import ERROR_WORDS

    text = ERROR_WORDS[code].format(**params) if params else ERROR_WORDS[code]
    return _in(text, lang)


def _text(code: str, **params: Any) -> Text:
    """The words ``code`` of :data:`~netadvisor.messages.ERROR_WORDS`, in both languages."""
    from .messages import ERROR_WORDS

    return ERROR_WORDS[code].format(**params)


_PARTNER_PLACE = re.compile(r"^partners\[(\d+)\]")


def _in(text: Text, lang: str) -> str:
    """``text`` in ``lang``; a ValueError naming the languages for any other (a web tool that passed "NL" from a
    header got English without a word: a tool builder's trial)."""
    from .text import check_language

    return text.pick(check_language(lang))


class NetadvisorError(Exception):
    """The root of the errors netadvisor raises about what it is given: rules, cases, answers, revisions, a
    subject to explain, and its engine. Each of them that stands beside a built-in error also is one
    (:class:`AnswerError`, :class:`CaseError` and a consultation's :class:`StateError` are ValueErrors). A name given as a fact that is none, which a
    tool may take from its users, is an :class:`UnknownFactError` (a KeyError) with its words in Dutch and English. Another mistake in
    calling netadvisor (a language it does not speak, a name that is no rule) is Python's own ValueError or
    KeyError, as a built-in function raises it; a consultation cut short is :class:`ConsultationInterrupted`."""


class _KeyErrorInWords(NetadvisorError, KeyError):
    """A KeyError whose words (``text``) are in Dutch and English: what a name given to netadvisor did not name."""

    text: Text

    def __str__(self) -> str:
        return str(self.args[0])  # (KeyError's own str is the repr of its message: in quotes)

    def format(self, lang: Language = "en") -> str:
        """Why, in ``lang`` (as :meth:`CaseError.format`)."""
        return _in(self.text, lang)


class UnknownFactError(_KeyErrorInWords):
    """A name given as a fact a person answers that is none (a typo, a computed summary, a word that names no
    fact): in ``advise``'s ``not_known``, ``what_if``, ``single_changes`` and a consultation's ``answer``. A
    KeyError, as a name that is not there is in Python, and a NetadvisorError with its words in Dutch and English
    (a tool builder's form took fact names from its users and got a bare KeyError, English only, in quotes).

    Attributes:
        name: the name given.
        meant: the fact a person answers it most likely means, or None.
        text: why, in Dutch and English, with that fact.
        code: ``unknown-fact``, as a case file's problem of the kind.
    """

    code = "unknown-fact"

    def __init__(self, name: str, meant: str | None = None):
        self.name = name
        self.meant = meant
        self.text = _text("no-such-fact-meant" if meant else "no-such-fact", name=name, meant=meant or "")
        super().__init__(self.text.nl + " / " + self.text.en)

    @property
    def path(self) -> str:
        """The name given, as the other errors name their field (``AnswerError.path``, ``PartnerNotListedError.path``)."""
        return self.name

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.name, self.meant))


class PartnerNotListedError(_KeyErrorInWords):
    """A listed partner's answer named by a place past the partners the case lists (``partners[3].kind`` for a
    case of one partner), or of a partner a new list leaves out: in ``advise``'s ``not_known`` and in
    ``what_if``. A KeyError, as before, and a NetadvisorError with its words in Dutch and English (a tool builder's
    handler of NetadvisorError let a bare KeyError, English only, through).

    Attributes:
        path: the answer's path, as given.
        listed: how many partners the case lists.
        text: why, in Dutch and English.
        code: ``partner-not-listed``.
    """

    code = "partner-not-listed"

    def __init__(self, path: str, listed: int, left_out: str | None = None):
        self.path = path
        self.listed = listed
        self.left_out = left_out
        self.text = (
            _text("partner-left-out", path=path, name=left_out)
            if left_out is not None
            else _text("partner-not-listed", path=path, count=listed)
        )
        super().__init__(self.text.nl + " / " + self.text.en)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.path, self.listed, self.left_out))


@dataclass(frozen=True, slots=True)
class RuleProblem:
    """One mistake in a rule file, located and explained in Dutch and English.

    Attributes:
        file: the rule file's path as given.
        line: 1-based line, or 0 when the problem is about the file as a whole.
        column: 1-based column, or 0.
        code: a stable identifier, for instance ``unknown-key`` or ``unknown-fact``.
        text: the message in both languages.
        hint: what was probably meant, in both languages, or None.
        yaml_path: where inside the YAML, for instance ``rules[2].when[0].fact``.
        rule_id: the rule the problem is in, when known.
    """

    file: str
    line: int
    column: int
    code: str
    text: Text
    hint: Text | None = None
    yaml_path: str = ""
    rule_id: str | None = None

    def message(self, lang: Language = "nl") -> str:
        """What is wrong, in ``lang`` ("nl" or "en"; a ValueError for any other)."""
        return _in(self.text, lang)

    def format(self, lang: Language = "nl") -> str:
        """The one-line form ``file:line:col: [code] message``, with the hint on the next line."""
        where = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        text = f"{where}: [{self.code}] {self.message(lang)}"
        if self.hint:
            text += f"\n    {_words('hint', lang)}: {_in(self.hint, lang)}"
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

    def format(self, lang: Language = "nl") -> str:
        count = len(self.problems)
        head = _words("rule-problem" if count == 1 else "rule-problems", lang, count=count)
        return "\n".join([head, *(problem.format(lang) for problem in self.problems)])


@dataclass(frozen=True, slots=True)
class CaseProblem:
    """One invalid field of a case, in Dutch and English, with a stable code and (where it helps) a hint.

    Build one with :meth:`of`, which takes the words from the message catalogue.

    Attributes:
        path: the field's dotted path (``governance.trust``, ``partners[2].name``), or empty for the case as a whole.
        code: a stable identifier, for instance ``unknown-field`` or ``not-a-choice``.
        params: what the words are made from (the field, the value, the choices), as plain data.
        text: what is wrong, in both languages.
        expectation: what was expected, in both languages (None for a problem with the file itself).
        hint: what to do, in both languages (or None): "bedoelde je 'governance.trust'?", or the code's general advice.
        value: the value that was given, shortened, as Python writes it.
        file, line, column: where, for a case read from a file.
    """

    path: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    text: Text = field(default_factory=lambda: Text("", ""))
    expectation: Text | None = None
    hint: Text | None = None
    value: str = ""
    file: str = ""
    line: int = 0
    column: int = 0
    # which partner a problem of ``partners[2]…`` is about, as people count and name them: "partner 3, Gemeente
    # Craenveld" (a policy officer took partners[2] for the second)
    partner: Text | None = None

    @classmethod
    def of(
        cls,
        code: str,
        params: dict[str, Any] | None = None,
        *,
        path: str = "",
        hint: Text | None = None,
        value: str = "",
        file: str = "",
        line: int = 0,
        column: int = 0,
    ) -> CaseProblem:
        """A problem of ``code``, its words filled from ``params``; ``hint`` replaces the code's general one."""
        from . import messages  # the catalogue imports the answers, which import nothing of this module

        params = dict(params or {})
        text, expectation, general = messages.case_text(code, params)
        # kept as plain data (JSON, pickle): words given in both languages as {"nl": ..., "en": ...}
        plain = {key: text_json(item) if isinstance(item, Text) else item for key, item in params.items()}
        return cls(path, code, plain, text, expectation, hint or general, value, file, line, column)

    @property
    def message(self) -> str:
        """What is wrong, in English (:meth:`message_in` for Dutch)."""
        return self.message_in("en")

    @property
    def expected(self) -> str:
        """What was expected, in English, or empty."""
        return self.expectation.en if self.expectation else ""

    def message_in(self, lang: Language) -> str:
        """What is wrong, in ``lang`` ("nl" or "en"; a ValueError for any other)."""
        return _in(self.text, lang) or self.code

    def format(self, lang: Language = "en") -> str:
        """``file:line:col: path: message``, with the hint on the next line."""
        where = (
            f"{self.file}:{self.line}:{self.column}: "
            if self.file and self.line
            else (f"{self.file}: " if self.file else "")
        )
        # a problem of no one field: its place in the file says where it is; without one, "(casus)" does
        subject = self.path or ("" if self.line else _words("whole-case", lang))
        if subject and self.partner is not None:
            subject += f" ({_in(self.partner, lang)})"
        text = f"{where}{subject + ': ' if subject else ''}{self.message_in(lang)}"
        if self.hint:
            text += f"\n      {_words('hint', lang)}: {_in(self.hint, lang)}"
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
    return tuple(
        index if (index := list_index(part)) is not None else part
        for part in text.replace("]", "").replace("[", ".").split(".")
        if part
    )


class CaseError(NetadvisorError, ValueError):
    """A case is invalid; it lists every invalid field. A ValueError, as pydantic's own validation error and
    :class:`AnswerError` are (a tool builder's ``except ValueError`` around ``advise`` let it through).

    ``str(error)`` is the English text; :meth:`format` gives it in Dutch or English.

    Attributes:
        problems: one entry per invalid field, with its path and what was expected.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        # rebuilt from its problems, whole, in another process (a worker of a process pool)
        return (type(self), (self.problems,))

    def __init__(self, problems: Iterable[CaseProblem]):
        self.problems = list(problems)
        super().__init__(self.format("en"))

    def format(self, lang: Language = "en") -> str:
        """Every problem, one per line (with its hint), under a line that counts them."""
        count = len(self.problems)
        head = _words("case-problem" if count == 1 else "case-problems", lang, count=count)
        return "\n".join([head, *(f"  {problem.format(lang)}" for problem in self.problems)])

    @classmethod
    def from_validation(cls, error: ValidationError) -> CaseError:
        """The problems of a case the model refused, in words, with "did you mean" for misspelt fields and values."""
        from .caseproblems import case_problems  # reads the case model, which raises this error

        return cls(case_problems(error))

    def naming_partners(self, written: Mapping[str, Any]) -> CaseError:
        """This error with each problem of a listed partner saying which, by its place counted from 1 and its name
        in ``written`` (the case as written)."""
        partners = written.get("partners")
        if not isinstance(partners, list):
            return self
        named = []
        for problem in self.problems:
            found = _PARTNER_PLACE.match(problem.path)
            index = int(found.group(1)) if found else -1
            if 0 <= index < len(partners):
                item = partners[index]
                name = item.get("name") if isinstance(item, Mapping) else None
                code = "partner-place-named" if isinstance(name, str) and name.strip() else "partner-place"
                shown = with_controls_shown(name) if isinstance(name, str) else name
                problem = dataclasses.replace(problem, partner=_text(code, place=index + 1, name=shown))
            named.append(problem)
        return type(self)(named)

    def adding(self, found: Iterable[PydanticCustomError]) -> CaseError:
        """This error with the problems across fields in ``found`` (:func:`case.across_fields`) it does not list
        yet: the model checks those only once every field is valid, and "every invalid field" means them too."""
        from .caseproblems import across_problem

        listed = {(problem.path, problem.code) for problem in self.problems}
        more = [problem for problem in map(across_problem, found) if (problem.path, problem.code) not in listed]
        return type(self)([*self.problems, *more]) if more else self


class EngineError(NetadvisorError):
    """The rule engine failed on a case. The case and the loaded rules are untouched."""


class DurableUnavailableWarning(RuntimeWarning):
    """durable_rules cannot be imported here; the plain-Python evaluator gives the advice. (Here, not beside the
    advisor: a class derived from a built-in one keeps a module from being compiled, see tools/build_compiled.py.)"""


_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def _stacklevel_of_caller() -> int:
    """The ``stacklevel`` that makes a warning name the first line outside netadvisor (``Advisor()``,
    ``from_path``, ``reload``): the call paths differ in depth, so no constant fits them all. (Here, in a module the
    compiled wheel leaves as it is: a compiled function has no frame, and one that looked for its own found the
    stack too short, tools/build_compiled.py.)"""
    level, frame = 1, sys._getframe(1)  # level 1 is our caller, the function that calls warnings.warn
    while frame.f_back is not None and os.path.dirname(os.path.abspath(frame.f_code.co_filename)) == _PACKAGE_DIR:
        level, frame = level + 1, frame.f_back
    return level


def warn_durable_unavailable() -> None:
    """Warn, at the first line outside netadvisor, that durable_rules cannot be imported and the evaluator fires the
    rules instead (:class:`DurableUnavailableWarning`)."""
    warnings.warn(
        "durable_rules kan hier niet geladen worden (niet geïnstalleerd, of zonder de patch van netadvisor op "
        "Python 3.13); netadvisor gebruikt zijn eigen evaluator, die dezelfde regels op dezelfde manier "
        "toepast. / durable_rules cannot be imported here (not installed, or without netadvisor's patch on "
        "Python 3.13); netadvisor uses its own evaluator, which applies the same rules the same way. "
        "Installeren / to install: python -m netadvisor.build_durable (of / or tools/build_durable.py).",
        DurableUnavailableWarning,
        stacklevel=_stacklevel_of_caller(),
    )
