"""Reading a case from a YAML or JSON file, safely, with line numbers in every error."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from . import messages
from .case import Case, parse_case
from .errors import CaseError, CaseProblem, format_path, parse_path
from .facts import FACTS, PARTNER_FACTS, answered_not_known, catalogue_path
from .modelpaths import model_at
from .spelling import closest
from .text import Text
from .yamlsource import FileRefused, YamlDocument, YamlIssue, YamlPath, read_file, read_yaml

EXPECTATIONS_KEY = "verwacht"
"""A top-level block of an example case that says what the case must give; ``netadvisor test`` checks it,
the advice never reads it (see rules/README.md)."""


class CaseFile(NamedTuple):
    """A case file read: its case, and the facts it answers "weet niet" (see :func:`read_case_file`)."""

    case: Case
    not_known: frozenset[str]


def load_case_file(path: str | Path) -> Case:
    """Read and validate the case in ``path`` (YAML or JSON; JSON is YAML too). A :class:`Case` cannot tell a
    fact answered "weet niet" from one not mentioned: to advise the file as ``netadvisor advise`` does, use
    :func:`read_case_file`.

    Raises:
        CaseError: every problem, with the file, line and column where known, in Dutch and English.
    """
    return read_case_file(path).case


def read_case_file(path: str | Path) -> CaseFile:
    """Read and validate the case in ``path`` (as :func:`load_case_file`), with the facts it answers "weet niet":
    ``advisor.advise(read.case, not_known=read.not_known)`` is the advice ``netadvisor advise`` gives for the
    file (a question asked after one of them no longer waits for it).

    Raises:
        CaseError: every problem, with the file, line and column where known, in Dutch and English.
    """
    return read_case_file_as_written(path)[0]


def read_case_file_as_written(path: str | Path) -> tuple[CaseFile, Any]:
    """:func:`read_case_file`, and the file's data as YAML read it (what it states itself: a case derives some
    facts, such as the number of organisations from its partner list). Pass that data as the ``case`` of
    :func:`advice_markdown` or :func:`advice_html` for a handout that shows the file's own words where the case reads
    them otherwise ("niemand (in de casus: 'nog te bepalen')").

    Raises:
        CaseError: as :func:`read_case_file`.
    """
    shown = str(path)
    try:
        raw = read_file(Path(path))  # at most the size limit plus one byte; devices and pipes unread
    except FileRefused as refused:
        raise CaseError([file_problem(shown, refused.issue)]) from None
    except FileNotFoundError:
        raise CaseError([CaseProblem.of("file-missing", file=shown)]) from None
    except OSError as error:
        raise CaseError([CaseProblem.of("unreadable", {"reason": messages.os_reason(error)}, file=shown)]) from None
    document, issues = read_yaml(raw)
    found = [_issue_problem(shown, issue) for issue in issues]
    # a key written twice (the second left unread) or a merge key leaves the rest read: checked too, every problem
    # told at once (a policy officer fixed "governance staat hier een tweede keer" and was then told of two more)
    if found and (document is None or any(issue.code not in _READ_ON_AFTER for issue in issues)):
        raise CaseError([_not_read_on(problem) for problem in found])
    if document is None:  # pragma: no cover - read_yaml reports an issue whenever it has no document
        raise CaseError([CaseProblem.of("unreadable", {"reason": "?"}, file=shown)])
    if document.data is None:
        # an empty file (an upload cut off, a template left unfilled) was advised as a case without a title, exit 0,
        # where advise(None) is refused (a tool builder's batch of uploads)
        raise CaseError([CaseProblem.of("case-file-empty", file=shown)])
    misread = _yaml11_numbers(document, shown)
    data = document.data
    if isinstance(data, dict) and EXPECTATIONS_KEY in data:  # expectations for `netadvisor test`, not facts
        data = {key: value for key, value in data.items() if key != EXPECTATIONS_KEY}
    try:
        case = parse_case(data)
    except CaseError as error:
        located = _texts_after_a_comma([_locate(problem, document, shown) for problem in error.problems], document)
        # a file that holds no mapping is told how a case file starts (a mapping given in code, how a case looks)
        located = [
            dataclasses.replace(problem, hint=messages.NOT_A_CASE_FILE_HINT)
            if problem.code == "not-a-case"
            else problem
            for problem in located
        ]
        # a misread number the model refused anyway (text expected): one problem, with YAML's reason as its hint
        reasons = {problem.path: problem.hint for problem in misread}
        located = [
            dataclasses.replace(problem, hint=reasons.pop(problem.path)) if problem.path in reasons else problem
            for problem in located
        ]
        located += [problem for problem in misread if problem.path in reasons]
        raise CaseError(sorted([*found, *located], key=lambda problem: (problem.line, problem.column))) from None
    if misread or found:
        raise CaseError(sorted([*found, *misread], key=lambda problem: (problem.line, problem.column)))
    return CaseFile(case, answered_not_known(case, data if isinstance(data, Mapping) else None)), data


_READ_ON_AFTER = frozenset({"duplicate-key", "yaml-merge-key"})
"""What the YAML reader reports while it reads the rest of the file (see :func:`read_yaml`)."""


def _not_read_on(problem: CaseProblem) -> CaseProblem:
    """``problem``, which stopped the reading of a file where it is, saying so (a file refused whole, too large or
    not a file, as it is)."""
    if not problem.line or problem.code in _READ_ON_AFTER:
        return problem
    hint = (
        messages.NOT_READ_ON_HINT
        if problem.hint is None
        else problem.hint + Text("; ", "; ") + messages.NOT_READ_ON_HINT
    )
    return dataclasses.replace(problem, hint=hint)


def file_problem(shown: str, issue: YamlIssue) -> CaseProblem:
    """A file that is not read (not a regular file, too large) as a case problem."""
    if issue.code == "not-regular-file":
        return CaseProblem.of("unreadable", {"reason": messages.refused_unread(issue.params)}, file=shown)
    return CaseProblem.of(issue.code, issue.params, file=shown)


def _issue_problem(shown: str, issue: YamlIssue) -> CaseProblem:
    """What the YAML reader found, in the words rule files get too."""
    params = dict(issue.params)
    hint = None
    if issue.code == "yaml-syntax":
        hint = messages.syntax_hint(
            params.get("problem", ""),
            params.get("context", ""),
            params.pop("line", ""),
            deeper=params.pop("deeper", False),
        )
        params["problem"] = messages.syntax_problem(params.get("problem", ""))
    return CaseProblem.of(
        issue.code,
        params,
        path=format_path(issue.params.get("at", ())),
        hint=hint,
        file=shown,
        line=issue.line,
        column=issue.column,
    )


def _yaml11_numbers(document: YamlDocument, shown: str) -> list[CaseProblem]:
    """Whole numbers YAML 1.1 reads otherwise than written: ``partner_count: 010`` would silently be 8."""
    problems = []
    for path, surprise in document.surprises.items():
        if surprise.kind not in messages.YAML11_NUMBER_HINTS:
            continue
        line, column = document.position(path)
        value: object = document.data
        for part in path:
            value = value[part] if isinstance(value, dict | list) else None  # type: ignore[index]
        problems.append(
            CaseProblem.of(
                "yaml11-number",
                {"text": surprise.text, "value": value},
                path=format_path(path),
                hint=messages.yaml11_number_hint(surprise.text, surprise.kind),
                file=shown,
                line=line,
                column=column,
            )
        )
    return sorted(problems, key=lambda problem: (problem.line, problem.column))


def _locate(problem: CaseProblem, document: YamlDocument, shown: str) -> CaseProblem:
    path = parse_path(problem.path)
    # a ':' missing after a field's name inside a group: at that line, where the text stands, not at the group's key
    at_value = problem.code in ("missing-colon", "no-space-after-colon")
    line, column = document.position(path, key=not at_value) if path else (1, 1)
    return dataclasses.replace(problem, file=shown, line=line, column=column)


def _texts_after_a_comma(problems: list[CaseProblem], document: YamlDocument) -> list[CaseProblem]:
    """Each unknown field that is the text after a comma in a value between { }: one problem per value, saying so.

    `- {name: CAW Kempen, brings: jeugdwerk, muziekschool}`: between { } a comma separates fields, and YAML reads
    "muziekschool" as a field without a value, which was told "onbekend veld 'muziekschool'" (a policy officer's
    trial; examples/ write partners so). A field without a value, on the line of the field before it, that is no
    misspelling of a field there, is such a text; the texts after one value's commas are one problem, at the first.
    """
    kept: list[CaseProblem] = []
    runs: dict[YamlPath, CaseProblem] = {}  # the field whose value the texts follow, and its problem
    for problem in problems:
        after = _after_a_comma(problem, document) if problem.code == "unknown-field" else None
        if after is None:
            kept.append(problem)
            continue
        previous, texts = after
        if previous in runs:  # a later text after the same value's commas: said with the first
            continue
        runs[previous] = problem
        kept.append(_text_after_comma_problem(problem, document, previous, texts))
    return kept


def _after_a_comma(problem: CaseProblem, document: YamlDocument) -> tuple[YamlPath, list[str]] | None:
    """For an unknown field that is the text after a comma (see :func:`_texts_after_a_comma`): the path of the field
    whose value it follows, and every text after that value's commas; else None."""
    path = parse_path(problem.path)
    parent, name = path[:-1], path[-1]
    mapping: object = document.data
    for part in parent:
        mapping = mapping[part] if isinstance(mapping, dict | list) else None  # type: ignore[index]
    if parent not in document.flow_mappings or not isinstance(mapping, dict) or mapping.get(name, 0) is not None:
        return None
    group = model_at(Case, [part for part in parent if isinstance(part, str)])
    fields = list(group.model_fields) if group is not None else []
    keys = list(mapping)
    line = document.key_marks.get(path, (0, 0))[0]
    texts: list[str] = []
    for key in reversed(keys[: keys.index(name) + 1]):
        if document.key_marks.get((*parent, key), (0, 0))[0] != line:
            return None
        if key in fields:
            return ((*parent, key), [*reversed(texts), *_texts_after(keys, keys.index(name) + 1, mapping, fields)])
        if mapping[key] is not None or closest(str(key), fields) is not None:
            return None  # (a misspelt field: "bedoelde je …?" says it)
        texts.append(str(key))
    return None


def _texts_after(keys: list[str], start: int, mapping: dict[str, object], fields: list[str]) -> list[str]:
    """The fields without a value that follow ``keys[start - 1]`` and are no field there (more texts after commas)."""
    texts = []
    for key in keys[start:]:
        if key in fields or mapping[key] is not None or closest(str(key), fields) is not None:
            break
        texts.append(key)
    return texts


def _text_after_comma_problem(
    problem: CaseProblem, document: YamlDocument, previous: YamlPath, texts: list[str]
) -> CaseProblem:
    """The problem of the texts after the commas of the value of ``previous``, at the first text."""
    field = str(previous[-1])
    line, column = document.value_marks.get(previous, (0, 0))
    start = document.key_marks.get((*previous[:-1], texts[0]), (0, 0))[1]
    written = document.lines[line - 1][column - 1 : start - 1].rstrip().rstrip(",").rstrip() if line else ""
    whole = ", ".join([written, *texts]) if written else ", ".join(texts)
    spec = FACTS.get(catalogue_path(format_path(previous))) or PARTNER_FACTS.get(catalogue_path(format_path(previous)))
    params = {"text": ", ".join(texts), "previous": field, "value": written, "whole": whole}
    hint = None
    if spec is not None and spec.type in ("bool", "enum", "int"):
        # a yes or no, a choice, a number: what follows the comma cannot be part of it
        takes = messages.TEXT_AFTER_ANSWER_TAKES[spec.type]
        hint = messages.fill(messages.KEY_PLACE_HINTS["text-after-answer"], {**params, "takes": takes})
    found = CaseProblem.of("text-after-comma", params, path=problem.path, hint=hint)
    return dataclasses.replace(
        found, file=problem.file, line=problem.line, column=problem.column, partner=problem.partner
    )
