"""Reading a case from a YAML or JSON file, safely, with line numbers in every error."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from . import messages
from .errors import CaseError, CaseProblem, format_path, parse_path
from .case import Case, parse_case
from .yamlsource import FileRefused, YamlDocument, read_file, read_yaml

EXPECTATIONS_KEY = "verwacht"
"""A top-level block of an example case that says what the case must give; ``netadvisor test`` checks it,
the advice never reads it (see rules/README.md)."""

_ISSUE_WORDS = {
    "file-too-large": "the file is too large",
    "not-regular-file": "cannot read the file: not a regular file (a device, a pipe or something else)",
    "number-too-large": "the number is too large",
    "not-utf8": "the file is not UTF-8 text",
    "yaml-syntax": "YAML syntax error",
    "yaml-tab": "a tab: YAML indents with spaces",
    "yaml-alias": "aliases are not allowed",
    "yaml-tag": "tags are not allowed",
    "yaml-too-deep": "nested too deeply",
    "yaml-too-many-nodes": "too many elements in one file",
    "yaml-many-documents": "more than one document",
    "yaml-complex-key": "a key must be a plain word",
    "yaml-merge-key": "merge keys are not allowed",
    "duplicate-key": "a key appears twice",
}


def load_case_file(path: str | Path) -> Case:
    """Read and validate the case in ``path`` (YAML or JSON; JSON is YAML too).

    Raises:
        CaseError: every problem, with the file, line and column where known.
    """
    shown = str(path)
    try:
        raw = read_file(Path(path))  # at most the size limit plus one byte; devices and pipes unread
    except FileRefused as refused:
        raise CaseError([CaseProblem(path="", message=_describe(refused.issue.code, refused.issue.params),
                                     file=shown)]) from None
    except OSError as error:
        raise CaseError([CaseProblem(path="", message=f"cannot read the file: {error.strerror or error}",
                                     file=shown)]) from None
    document, issues = read_yaml(raw)
    if issues:
        raise CaseError([CaseProblem(path=format_path(issue.params.get("at", ())), message=_describe(issue.code, issue.params),
                                     file=shown, line=issue.line, column=issue.column) for issue in issues])
    if document is None:  # pragma: no cover - read_yaml reports an issue whenever it has no document
        raise CaseError([CaseProblem(path="", message="the file could not be read", file=shown)])
    misread = _yaml11_numbers(document, shown)
    data = document.data if document.data is not None else {}
    if isinstance(data, dict) and EXPECTATIONS_KEY in data:  # expectations for `netadvisor test`, not facts
        data = {key: value for key, value in data.items() if key != EXPECTATIONS_KEY}
    try:
        case = parse_case(data)
    except CaseError as error:
        located = [_locate(problem, document, shown) for problem in error.problems]
        # a misread number the model refused anyway (text expected): one problem, with YAML's reason added
        reasons = {problem.path: problem.message for problem in misread}
        located = [dataclasses.replace(problem, message=f"{problem.message}; {reasons.pop(problem.path)}")
                   if problem.path in reasons else problem for problem in located]
        located += [problem for problem in misread if problem.path in reasons]
        raise CaseError(sorted(located, key=lambda problem: (problem.line, problem.column))) from None
    if misread:
        raise CaseError(misread)
    return case


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
        text, hint = messages.yaml11_number_problem(surprise.text, surprise.kind, value)
        problems.append(CaseProblem(path=format_path(path), message=f"{text['en']}; {hint['en']}", file=shown,
                                    line=line, column=column))
    return sorted(problems, key=lambda problem: (problem.line, problem.column))


def _describe(code: str, params: dict[str, object]) -> str:
    words = _ISSUE_WORDS.get(code, code)
    if code in ("number-too-large", "file-too-large"):
        limit = f"more than {params['digits']} digits" if "digits" in params else f"{params['size']} bytes"
        return f"{words} ({limit}; at most {params['max']} bytes)" if "max" in params else f"{words} ({limit})"
    detail = params.get("problem") or params.get("key") or params.get("tag") or ""
    return f"{words}: {detail}" if detail else words


def _locate(problem: CaseProblem, document: YamlDocument, shown: str) -> CaseProblem:
    path = parse_path(problem.path)
    line, column = document.position(path, key=True) if path else (1, 1)
    return dataclasses.replace(problem, file=shown, line=line, column=column)
