"""Reading YAML safely, keeping the line and column of every key and value.

Only plain data comes out: mappings, lists, text, numbers, booleans and null.
Refused, each with a located problem: aliases (they make "billion laughs"
bombs possible and no rule file needs them), merge keys, explicit tags such as
``!!python/object``, duplicate keys, more than one document, nesting deeper than
:data:`MAX_DEPTH`, files larger than :data:`MAX_BYTES`, more than :data:`MAX_NODES` elements,
bytes that are not UTF-8, whole numbers of more than :data:`MAX_INTEGER_DIGITS` digits, and
(:func:`read_file`) anything but a regular file, which is never read past the size limit.

YAML 1.1 reads some plain words as something else than text (``no`` is false,
``0012`` is 10, ``2024-01-01`` is a date). Those scalars are remembered, so that
a later type error can say so in plain words.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from yaml.nodes import ScalarNode

from .answers import THOUSANDS_WRITTEN

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 64
MAX_NODES = 10_000  # keys, values and list items in one file: over seven times the largest rule file
# Python refuses to turn an integer of more than 4,300 digits into text or back (a ValueError far from the
# line where it was written); refused here, located, a little below that limit.
MAX_INTEGER_DIGITS = 4_000
_INTEGER_LIMIT = 10**MAX_INTEGER_DIGITS

YamlPath = tuple[str | int, ...]
"""Where a value stands inside a YAML document: keys and list indexes from the top, e.g. ``("rules", 2, "when")``."""

_STANDARD_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:map",
}


@dataclass(frozen=True, slots=True)
class YamlIssue:
    """A problem found while reading; the loader turns it into a RuleProblem."""

    line: int
    column: int
    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Surprise:
    """A plain scalar that YAML 1.1 read as something else than the text written."""

    text: str
    # "bool", "octal", "sexagesimal", "thousands" (1.000), "date", "null", "number" (text written as a plain number)
    kind: str


@dataclass(slots=True)
class YamlDocument:
    """Data read from one YAML file, with positions (1-based) for every path."""

    data: Any
    value_marks: dict[YamlPath, tuple[int, int]]
    key_marks: dict[YamlPath, tuple[int, int]]
    surprises: dict[YamlPath, Surprise]
    lines: tuple[str, ...] = ()  # the file's text, line by line (see position_in)
    value_ends: dict[YamlPath, int] = field(default_factory=dict)  # the last line of a text over several lines
    written_twice: set[YamlPath] = field(default_factory=set)  # keys written twice in one mapping (the second left)
    flow_mappings: set[YamlPath] = field(default_factory=set)  # mappings written between { }
    # texts whose opening quote was left out (yaml-stray-quote said): the loader says that quote once, not again as
    # a quotation of the guide nothing closes
    stray_quotes: set[YamlPath] = field(default_factory=set)

    def position(self, path: YamlPath, *, key: bool = False) -> tuple[int, int]:
        """The closest known position for ``path``: the path itself or its nearest parent."""
        first, second = (self.key_marks, self.value_marks) if key else (self.value_marks, self.key_marks)
        while path:
            if path in first:
                return first[path]
            if path in second:
                return second[path]
            path = path[:-1]
        return self.value_marks.get((), (1, 1))

    def position_in(self, path: YamlPath, written: str, before: int = 0) -> tuple[int, int]:
        """Where ``written`` (a word with no space in it) stands in the text at ``path``, after ``before``
        earlier times: a placeholder in a message over several lines (``nl: >-``) was reported on the line of the
        key, the text below it, and an unclosed '{' at the first '{' of the text. The position of ``path`` where it
        cannot be found there."""
        line, column = self.position(path)
        last = self.value_ends.get(path, line)
        for number in range(line, min(last, len(self.lines)) + 1):
            start = column - 1 if number == line else 0
            while (found := self.lines[number - 1].find(written, start)) >= 0:
                if not before:
                    return number, found + 1
                before, start = before - 1, found + 1
        return line, column


class _Refused(Exception):
    def __init__(self, issue: YamlIssue):
        self.issue = issue


class FileRefused(Exception):
    """A file that is not read: not a regular file (a device, a pipe, a folder), or larger than the limit.

    Attributes:
        issue: the problem, with code ``not-regular-file`` or ``file-too-large`` (line and column 0).
    """

    def __init__(self, issue: YamlIssue):
        super().__init__(issue.code)
        self.issue = issue


def read_file(path: str | os.PathLike[str], limit: int = MAX_BYTES) -> bytes:
    """The bytes of the regular file at ``path``; at most ``limit`` + 1 bytes are ever read.

    Raises:
        FileRefused: for a device, a pipe or anything else that is not a regular file (``/dev/zero``
            would never end), and for a file larger than ``limit``.
        OSError: when the file does not exist or cannot be opened.
    """
    # O_NONBLOCK: opening a pipe must not wait for a writer; a regular file reads as usual with it.
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            # (a folder said so: "een apparaat, een pijp of iets anders" puzzled a tool builder who gave one)
            raise FileRefused(YamlIssue(0, 0, "not-regular-file", {"folder": stat.S_ISDIR(info.st_mode)}))
        chunks = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(handle, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    finally:
        os.close(handle)
    raw = b"".join(chunks)
    if len(raw) > limit:
        raise FileRefused(YamlIssue(0, 0, "file-too-large", {"size": max(info.st_size, len(raw)), "max": limit}))
    return raw


# libyaml's C parser when PyYAML has it (PyPI wheels do): parsing is the slow part of loading.
# Only its events are used; composing happens here, where aliases, tags and depth can be refused.
_EventLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_RESOLVER = yaml.resolver.Resolver()
# PyYAML's functions that turn one scalar node into a value, called directly: construct_object() would
# remember every node and value it ever built (constructed_objects) for as long as the constructor lives.
_SCALAR_CONSTRUCTORS: dict[str | None, Any] = dict(yaml.SafeLoader.yaml_constructors)
_CONSTRUCTOR = yaml.constructor.SafeConstructor()  # only passed as `self`; those functions keep no state in it


class _NumberTooLarge(Exception):
    pass


def _construct(node: ScalarNode) -> Any:
    """The value of one scalar; whole numbers of more than :data:`MAX_INTEGER_DIGITS` digits raise
    :class:`_NumberTooLarge`."""
    if node.tag.endswith(":int"):
        significant = node.value.lstrip("+-").replace("_", "").lstrip("0")
        if len(significant) > MAX_INTEGER_DIGITS:  # never handed to int(), which would refuse or take long
            raise _NumberTooLarge
    constructor = _SCALAR_CONSTRUCTORS.get(node.tag, _SCALAR_CONSTRUCTORS[None])
    value = constructor(_CONSTRUCTOR, node)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= _INTEGER_LIMIT:
        raise _NumberTooLarge
    return value


def _surprise(node: ScalarNode) -> Surprise | None:
    if node.style not in (None, ""):  # quoted or a block scalar: exactly the text written
        return None
    text = node.value
    lowered = text.lower()
    if node.tag.endswith(":bool") and lowered not in ("true", "false"):
        return Surprise(text, "bool")
    if node.tag.endswith(":int"):
        digits = text.lstrip("+-")
        if ":" in digits:
            return Surprise(text, "sexagesimal")
        if len(digits) > 1 and digits.startswith("0") and digits[1:2] not in ("x", "X"):
            return Surprise(text, "octal")
    if node.tag.endswith(":timestamp"):
        return Surprise(text, "date")
    if node.tag.endswith(":null") and lowered in ("~", "null"):
        return Surprise(text, "null")
    if node.tag.endswith(":float") and THOUSANDS_WRITTEN.match(text):
        return Surprise(text, "thousands")  # 1.000: a thousand to a Dutch reader, one to YAML
    if node.tag.endswith((":int", ":float")):
        return Surprise(text, "number")
    return None


def _unpaired_quote(line: str) -> int | None:
    """Where the first text in quotes starts on ``line`` when a quote of its kind is left unpaired (texts in
    quotes skipped whole): none in `"zo'n netwerk"`; in `{nl: "Vertrouwen, en: "Trust"}` the first one, whose
    text the parser closes too early."""
    index = 0
    while index < len(line):
        if line[index] in "\"'":
            closing = line.find(line[index], index + 1)
            if closing < 0:
                return line.find(line[index])
            index = closing
        index += 1
    return None


def _syntax_issue(error: yaml.MarkedYAMLError, text: str) -> YamlIssue:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = (error.problem or "").strip()
    context = (error.context or "").strip()
    if "tab" in problem or "\\t" in problem or _tab_at(text, mark):
        return YamlIssue(line, column, "yaml-tab")
    lines = text.split("\n")
    # `title {nl: "a", en: "b"}`: a key without its ':' before a bracketed value; the parser stops inside the
    # value, at a quote or a colon (a rule-editing trial was told to put the whole text between the quotes)
    for at in (mark, error.context_mark):
        found = _KEY_THEN_BRACKET.match(lines[at.line]) if at is not None and at.line < len(lines) else None
        if at is not None and found is not None:
            return _colon_missing(lines, at.line, *found.groups())
    # `nl: "Vertrouwen groeit" (§4.4.1).`: a quoted text ends at its closing quote, and what follows on the line
    # is no key; the parser asks for one, and "check the indentation" sent a policy officer the wrong way
    for at in (mark, error.context_mark):
        found = _QUOTED_THEN_TEXT.match(lines[at.line]) if at is not None and at.line < len(lines) else None
        if at is not None and found is not None:
            return YamlIssue(at.line + 1, found.start(1) + 1, "yaml-text-after-quote", {"after": found.group(1)})
    for at in (mark, error.context_mark):
        # `-{fact: …}`: the item's '-' without its space is part of a text, which stops the parser on its ':'
        dash = _DASH_WITHOUT_SPACE.match(lines[at.line]) if at is not None and at.line < len(lines) else None
        if at is not None and dash is not None:
            written = lines[at.line].strip()
            meant = f"- {written[1:]}"
            return YamlIssue(at.line + 1, dash.end(1), "yaml-no-space-after-dash", {"written": written, "meant": meant})
    if "expected ':'" in problem and "simple key" in context and error.context_mark is not None:
        not_indented = _block_text_not_indented(lines, error.context_mark.line)
        if not_indented is not None:
            return not_indented
        # `section:["7"]`: the key, its ':' and a bracketed or quoted value with no space between read as one text,
        # and the parser stops on the next line (a rule-editing trial was told to check the indentation there)
        glued = _KEY_COLON_ANY.match(lines[error.context_mark.line])
        if glued is not None:
            before, key, value = glued.groups()
            meant = f"{before.strip()} {key}: {value}".strip()
            line_number = error.context_mark.line
            return YamlIssue(
                line_number + 1,
                _indent(lines[line_number]) + 1,
                "yaml-no-space-after-colon",
                {"written": lines[line_number].strip(), "meant": meant},
            )
        # `works_on_content ja`: the parser looks for the key's ':' and stops on the next line (a policy officer
        # was sent there, told to check the indentation); the line without it is the key's
        key = error.context_mark.line
        found = _KEY_AND_WORDS.match(lines[key]) if key < len(lines) else None
        if found is not None:
            return _colon_missing(lines, key, *found.groups())
    if "end of stream" in problem and "quoted scalar" in context and error.context_mark is not None:
        # the parser reads on to the end of the file looking for the closing quote: say where it opened
        opened = error.context_mark
        return YamlIssue(opened.line + 1, opened.column + 1, "yaml-unclosed-quote")
    if "nesting depth" in problem:  # libyaml's own limit on flow nesting
        return YamlIssue(line, column, "yaml-too-deep", {"max": MAX_DEPTH})
    written = lines[mark.line] if mark is not None and mark.line < len(lines) else ""
    if "flow" in context and mark is not None:
        unpaired = _unpaired_quote(written)
        if unpaired is not None:
            # {nl: "Vertrouwen, en: "Trust"}: the parser closes the text at the next quote and stumbles after it
            return YamlIssue(line, unpaired + 1, "yaml-unclosed-quote")
        bracket = error.context_mark
        if bracket is not None and bracket.line < mark.line and bracket.line < len(lines):
            # `rationale: [kennis` and the next line: the parser reads on for the closing bracket and stops on
            # the next line; the fault is where the bracket opened
            line, column, written = bracket.line + 1, bracket.column + 1, lines[bracket.line]
        # the line is handed on for the hint: a colon inside an unquoted text ({nl: Let op: ...}) is the usual cause
        return YamlIssue(line, column, "yaml-syntax", {"problem": problem, "context": context, "line": written})
    params: dict[str, Any] = {"problem": problem, "context": context, "line": written}
    if mark is not None and "mapping values are not allowed" in problem:
        above = next((earlier for earlier in reversed(lines[: mark.line]) if _is_content(earlier)), "")
        # `trust: hoog` and below it `   goal_consensus: laag`, one space deeper: the parser reads the second line
        # as the rest of the text 'hoog' and stumbles on its colon. Deeper than a line that opens nothing is the
        # fault there, not a colon in a text.
        params["deeper"] = _indent(written) > _indent(above) and not above.rstrip().endswith(":")
    return YamlIssue(line, column, "yaml-syntax", params)


_KEY_THEN_BRACKET = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_][\w.]*)\s+([\[{].*?)\s*$")
"""A key, a space and a bracketed value, no ':' between: ``title {nl: a, en: b}``."""

# a key (or a list item's key) with a quoted value that closes, and more on the line than a comment
_QUOTED_THEN_TEXT = re.compile(
    r"""^\s*(?:-\s+)?[^\s:#'"][^:#]*:\s+(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')\s*([^\s#].*?)\s*$"""
)


def _is_content(line: str) -> bool:
    """Whether a line holds YAML (not blank, not only a comment)."""
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _tab_at(text: str, mark: Any) -> bool:
    """Whether the parser stopped at a tab: libyaml says "found character that cannot start any token" there."""
    if mark is None:
        return False
    lines = text.split("\n")
    if mark.line >= len(lines):
        return False
    return bool(lines[mark.line][mark.column : mark.column + 1] == "\t")


_KEY_OR_ITEM = re.compile(r"\s*(?:- |-$|#|[^\s:#][^:#]*:(?:\s|$))")
_NAMED_KEY_OR_ITEM = re.compile(r"\s*(?:- |-$|#|[\w.-]+:(?:\s|$))")
"""A key as the files name them (one word: ``en:``, ``severity:``), a list item or a comment: not a sentence
with a ':' in it ("… (§4.2): werk eerst aan …"), which is a line of a text indented too little."""


def _block_rows(lines: Sequence[str], indicator: int) -> tuple[int, list[int]]:
    """For a text after '>' or '|' on line ``indicator`` (0-based): the indent of its first line, and the lines
    after it that hold something (its own and, past its end, what follows)."""
    content = [number for number in range(indicator + 1, len(lines)) if lines[number].strip()]
    return (_indent(lines[content[0]]), content[1:]) if content else (0, [])


def indented_further(lines: Sequence[str], start: tuple[int, int]) -> tuple[int, int, int] | None:
    """In a folded text ('>' at ``start``, 1-based), the first line indented further than its first: YAML keeps its
    line break and its spaces (a policy officer's rule message showed lines starting with a space, and ``netadvisor
    check`` said "In orde"). Its line and column, and the first line's column (1-based); None where there is none.
    The twin of a line indented less, which ends the text (:func:`_block_text_cut_short`)."""
    row, column = start[0] - 1, start[1] - 1
    if not 0 <= row < len(lines) or lines[row][column : column + 1] != ">":
        return None
    first, rows = _block_rows(lines, row)
    for number in rows:
        indent = _indent(lines[number])
        if indent < first:
            return None  # (the text ended: what follows is the next key)
        if indent > first:
            return number + 1, indent + 1, first + 1
    return None


def _block_text_cut_short(text: str, indicator: int, stopped: int) -> YamlIssue | None:
    """A line of a text after '>' or '|' indented less than its first line, where the parser then stopped: the
    text ends before that line, which YAML then reads as a key, and the parser stops a line or more later (a
    policy officer was sent to the line after the one she had indented too little)."""
    lines = text.split("\n")
    indent, rows = _block_rows(lines, indicator)
    for number in rows:
        if _indent(lines[number]) >= indent:
            continue
        if number > stopped or _NAMED_KEY_OR_ITEM.match(lines[number]):
            return None  # the text ended as meant: what follows is the next key, item or comment
        found = _KEY_AND_WORDS.match(lines[number])
        if (
            found is not None
            and _indent(lines[number]) <= _indent(lines[indicator])
            and (found.group(3) is None or _BLOCK_INDICATOR.match(found.group(3)))
        ):
            # the next key without its ':' ("en >-", "examples"): not a line of the text indented too little (a
            # rule-editing trial was told to indent "en >-" into the Dutch text)
            return _colon_missing(lines, number, *found.groups())
        return YamlIssue(number + 1, _indent(lines[number]) + 1, "yaml-block-text-indent", {"column": indent + 1})
    return None


_DASH_WITHOUT_SPACE = re.compile(r"^(\s*-)[{\[\"'A-Za-z]")
"""A list item's '-' with no space after it (``-{fact: …}``); not a number's minus, nor '---'."""
_KEY_COLON_ANY = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_][\w.]*):(\S.*?)\s*(?:#.*)?$")
"""A key and its ':' followed by a value without a space (``section:["7"]``, ``stuck:ja``)."""

_KEY_AND_BLOCK_INDICATOR = re.compile(r"^(\s*(?:-\s+)?)([\w.-]+):\s+[>|][-+]?\s*(?:#.*)?$")


def _first_row_below(lines: Sequence[str], row: int) -> int | None:
    """The first line (0-based) after ``row`` that holds YAML."""
    return next((below for below in range(row + 1, len(lines)) if _is_content(lines[below])), None)


def _block_text_not_indented(lines: Sequence[str], text_line: int) -> YamlIssue | None:
    """The first line of a text after "key: >-" (``text_line``, 0-based) indented no further than its key: YAML
    takes the text as empty and reads the line as the next key, without its ':' (a rule-editing trial was told
    to write one after the first word, which would have broken the message). The column it belongs in."""
    above = next((number for number in range(text_line - 1, -1, -1) if _is_content(lines[number])), None)
    if above is None or text_line >= len(lines):
        return None
    found = _KEY_AND_BLOCK_INDICATOR.match(lines[above])
    if found is None or _indent(lines[text_line]) > len(found.group(1)) or _A_KEY.match(lines[text_line]):
        return None
    key_column = len(found.group(1))
    # the key moved further in, its text where it was: the next key beside it (its 'en:') stands left of it, two
    # spaces short of the text (a rule-editing trial indented "nl: >-" too far and was told to move the text)
    sibling = next(
        (
            number
            for number in range(text_line + 1, len(lines))
            if _is_content(lines[number]) and _indent(lines[number]) < _indent(lines[text_line])
        ),
        None,
    )
    if (
        sibling is not None
        and _A_KEY.match(lines[sibling])
        and _indent(lines[sibling]) < key_column
        and _indent(lines[text_line]) == _indent(lines[sibling]) + 2
    ):
        return YamlIssue(
            above + 1,
            key_column + 1,
            "yaml-block-key-too-far",
            {
                "key": f"{found.group(2)}:",
                "column": key_column + 1,
                "sibling": _key_of(lines[sibling]),
                "sibling_line": sibling + 1,
                "meant": _indent(lines[sibling]) + 1,
            },
        )
    column = key_column + 3  # (two spaces past the key, as the README writes it)
    return YamlIssue(
        text_line + 1,
        _indent(lines[text_line]) + 1,
        "yaml-block-text-not-indented",
        {"key": f"{found.group(2)}:", "key_line": above + 1, "column": column},
    )


def _with_line_above(lines: Sequence[str], stopped: int) -> int | None:
    """The content line above line ``stopped`` (0-based) where that one holds YAML, else None."""
    if not _is_content(lines[stopped]):
        return None
    return next((number for number in range(stopped - 1, -1, -1) if _is_content(lines[number])), None)


def _placed(code: str, lines: Sequence[str], stopped: int, above: int, **more: Any) -> YamlIssue:
    """An indentation issue at line ``stopped``: its column, and the line above with its column."""
    column = _indent(lines[stopped]) + 1
    params = {"column": column, "above": above + 1, "above_column": _indent(lines[above]) + 1, **more}
    return YamlIssue(stopped + 1, column, code, params)


def _key_of(line: str) -> str:
    return line.strip().split(":")[0].removeprefix("- ") + ":"


_KEY_WITHOUT_VALUE = re.compile(r"^\s*[\w.-]+:\s*(?:#.*)?$")
"""A key with nothing after it (``finding:``): what follows, indented further, is its value."""


def _beside_a_key_without_value(lines: Sequence[str], key: int, stopped: int) -> YamlIssue | None:
    """Line ``key`` (0-based) holds a key in the same column as the key without value right above it
    ("finding:", then "severity:" two spaces short), while the line the parser stopped at (``stopped``) stands
    further, where the key belongs: the key was meant under the one above, which now has no value. A rule-editing
    trial was told to move the line below instead, and of a text line four lines on."""
    above = _with_line_above(lines, key)
    if above is None or not _A_KEY.match(lines[key]) or not _KEY_WITHOUT_VALUE.match(lines[above]):
        return None
    if _indent(lines[above]) != _indent(lines[key]) or _indent(lines[stopped]) <= _indent(lines[key]):
        return None
    if _LIST_ITEM.match(lines[key]) or _LIST_ITEM.match(lines[above]):
        return None  # (list items beside each other: their own checks)
    return YamlIssue(
        key + 1,
        _indent(lines[key]) + 1,
        "yaml-beside-empty-key",
        {
            "key": _key_of(lines[key]),
            "empty": _key_of(lines[above]),
            "empty_line": above + 1,
            "column": _indent(lines[key]) + 1,
            "meant": _indent(lines[stopped]) + 1,
            "below": stopped + 1,
        },
    )


def _indented_between(text: str, stopped: int) -> YamlIssue | None:
    """A line the parser stops at (``stopped``, 0-based) that starts between the column of the line above it and
    that of their key: one level has one column. Which line is wrong only the person knows (a key meant one level
    up, or the line above one space too far): the message names both, and the key (a policy officer who put one
    space too many before 'severity:' was sent to the 'message:' under it, which was right, and told only to
    check the indentation)."""
    lines = text.split("\n")
    above = _with_line_above(lines, stopped)
    if above is None or _indent(lines[above]) <= _indent(lines[stopped]):
        return None
    parent = next(
        (
            number
            for number in range(above - 1, -1, -1)
            if _is_content(lines[number]) and _indent(lines[number]) < _indent(lines[above])
        ),
        None,
    )
    if parent is None or _indent(lines[parent]) >= _indent(lines[stopped]):
        return _left_of_item_keys(lines, stopped)
    beside = _beside_a_key_without_value(lines, parent, stopped)
    if beside is not None:
        return beside
    # a list item's keys start after its '- ': "  - id: X" has its key in column 5, not 3
    item = _LIST_ITEM.match(lines[parent])
    key_column = (item.end() if item else _indent(lines[parent])) + 1
    if item and key_column == _indent(lines[above]) + 1:
        # between the '-' and the item's keys, the line above one of them: one place it can stand (a rule-editing
        # trial's `section:` one space left of `title:` was told only that a '- ' was expected)
        return _placed("yaml-item-key-indent", lines, stopped, above, key=_key_of(lines[parent]), key_line=parent + 1)
    if not item and _with_line_above(lines, above) == parent and _indent(lines[stopped]) == _indent(lines[parent]) + 2:
        # the first line under the key stands further than two spaces, the next one two (the README's rule): the
        # first is the one to move (a rule-editing trial was told of the second, and of the first only as "or")
        meant = _indent(lines[stopped]) + 1
        params = {
            "column": _indent(lines[above]) + 1,
            "meant": meant,
            "below": stopped + 1,
            "key": _key_of(lines[parent]),
        }
        return YamlIssue(
            above + 1, _indent(lines[above]) + 1, "yaml-first-line-too-far", {**params, "key_line": parent + 1}
        )
    return _placed(
        "yaml-indent-mismatch",
        lines,
        stopped,
        above,
        key=_key_of(lines[parent]),
        key_line=parent + 1,
        key_column=key_column,
    )


_LIST_ITEM = re.compile(r"\s*-\s+")


def _item_beside_item(text: str, stopped: int) -> YamlIssue | None:
    """A list item (``stopped``, 0-based) that starts in another column than the item above it, with no key
    between: the items of one list start in one column (a rule-editing trial's condition two spaces too far was
    told "hier werd een lijstelement verwacht" on a line that starts with '- ', and one too little that a key was
    expected)."""
    lines = text.split("\n")
    above = _with_line_above(lines, stopped)
    if above is None or not _LIST_ITEM.match(lines[stopped]):
        return None
    if not _LIST_ITEM.match(lines[above]) or _indent(lines[above]) > _indent(lines[stopped]):
        # the item before it in its list, past the lines of its keys (and of a list inside it): a rule pasted two
        # columns too far left (a rule-editing trial was told only that a key was expected; a second one, sent to
        # the column of a `when:` condition above it)
        above = _item_before(lines, stopped)
        if above is None:
            return None
    if _indent(lines[above]) == _indent(lines[stopped]):
        return None
    # which of the two stands wrong: the one not two spaces past the key the list is under, as the README writes
    # it (a first item two spaces too far had the right one below it told to move)
    wrong, right = stopped, above
    key = next(
        (
            number
            for number in range(above - 1, -1, -1)
            if _is_content(lines[number])
            and _indent(lines[number]) < min(_indent(lines[above]), _indent(lines[stopped]))
        ),
        None,
    )
    if key is not None and not _LIST_ITEM.match(lines[key]):
        usual = _indent(lines[key]) + 2
        if _indent(lines[stopped]) == usual != _indent(lines[above]):
            wrong, right = above, stopped
    column = _indent(lines[wrong]) + 1
    return YamlIssue(
        wrong + 1,
        column,
        "yaml-item-misaligned",
        {"column": column, "other": right + 1, "other_column": _indent(lines[right]) + 1},
    )


def _item_before(lines: Sequence[str], stopped: int) -> int | None:
    """The list item above line ``stopped`` (0-based) that stands at the shallowest level between the two, deeper
    than ``stopped``, with nothing as shallow as ``stopped`` between: the item it follows in its list (not an item of
    a list inside that one, a `when:` condition: a rule-editing trial was sent to the column of one); else None."""
    own = _indent(lines[stopped])
    item, shallowest = None, None
    for number in range(stopped - 1, -1, -1):
        if not _is_content(lines[number]):
            continue
        indent = _indent(lines[number])
        if indent <= own:
            break  # the key the list is under, or a line of its own level: no item before it past that
        if shallowest is None or indent < shallowest:
            shallowest = indent
            item = number if _LIST_ITEM.match(lines[number]) else None
        elif indent == shallowest and item is None and _LIST_ITEM.match(lines[number]):
            item = number
    return item


def _key_at_the_dash(text: str, stopped: int) -> YamlIssue | None:
    """A key of a list item (``stopped``, 0-based) in the column of the item's '-': "  - id: X", its keys, then
    "  then: …". Its place is beside the item's keys (a rule-editing trial moving `title:` or `then:` two spaces
    left was told only that a '- ' was expected)."""
    lines = text.split("\n")
    if _LIST_ITEM.match(lines[stopped]) or not _A_KEY.match(lines[stopped]):
        return None
    own = _indent(lines[stopped])
    owner = next(
        (
            number
            for number in range(stopped - 1, -1, -1)
            if _is_content(lines[number]) and _indent(lines[number]) <= own
        ),
        None,
    )
    item = _LIST_ITEM.match(lines[owner]) if owner is not None else None
    if owner is None or item is None or _indent(lines[owner]) != own:
        return None
    return _beside_the_items_keys(lines, stopped, owner, item)


def _dash_missing(text: str, line: int) -> YamlIssue | None:
    """A line that holds a list item's value (``{fact: …}``) without its '- ', under an item of that list: YAML
    reads on and stops at the line after (a rule-editing trial was sent there, told that a key was expected)."""
    lines = text.split("\n")
    if line >= len(lines) or not lines[line].lstrip().startswith(("{", "[")):
        return None
    above = _with_line_above(lines, line)
    item = _LIST_ITEM.match(lines[above]) if above is not None else None
    if above is None or item is None or not _indent(lines[above]) <= _indent(lines[line]) <= item.end():
        return None
    return _placed("yaml-item-dash-missing", lines, line, above)


def _left_of_item_keys(lines: Sequence[str], stopped: int) -> YamlIssue | None:
    """A key of a list item one column left of the item's keys, after a deeper block (`then:` one space less, under
    a `when:` list): the item it stands in, and the last of its keys above, whose column it belongs in (a
    rule-editing trial was told only that a '- ' was expected)."""
    column = _indent(lines[stopped])
    owner = next(
        (
            number
            for number in range(stopped - 1, -1, -1)
            if _is_content(lines[number]) and _indent(lines[number]) < column
        ),
        None,
    )
    item = _LIST_ITEM.match(lines[owner]) if owner is not None else None
    if owner is None or item is None or item.end() <= column:
        return None
    return _beside_the_items_keys(lines, stopped, owner, item)


def _beside_the_items_keys(lines: Sequence[str], stopped: int, owner: int, item: re.Match[str]) -> YamlIssue:
    """A key of the list item on line ``owner`` standing left of the item's keys: placed beside the last of them
    above it, or beside its first (after the '- '), in their column."""
    sibling = next(
        (
            number
            for number in range(stopped - 1, owner, -1)
            if _is_content(lines[number]) and _indent(lines[number]) == item.end()
        ),
        owner,
    )
    return _placed(
        "yaml-item-key-indent",
        lines,
        stopped,
        sibling,
        key=_key_of(lines[owner]),
        key_line=owner + 1,
        above_column=item.end() + 1,
    )


_A_KEY = re.compile(r"\s*(?:-\s+)?[\w.-]+:(?:\s|$)")
_KEY_WITH_VALUE = re.compile(r"\s*(?:-\s+)?[^\s:#'\"][^:#]*:\s+[^\s#]")


_BLOCK_INDICATOR = re.compile(r"^[>|][-+]?$")
_KEY_AND_WORDS = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_][\w.]*)(?:\s+([^\s:#][^:#]*?))?\s*(?:#.*)?$")
"""A key and the words after it, no ':' between (``severity advice``; ``works_on_content`` alone)."""


def _missing_colon_above(text: str, stopped: int) -> YamlIssue | None:
    """A key without its ':' before a plain value ("severity advice", "- id REGIO-x"), the next key beside it:
    YAML reads the two lines as one text and stops at the next key's ':' (a rule-editing trial was sent there,
    told of a colon in a text). The line above is named, with its key written as meant."""
    lines = text.split("\n")
    found = _beside_key_above(lines, stopped, _KEY_AND_WORDS)
    return None if found is None else _colon_missing(lines, found[0], *found[1].groups())


def _beside_key_above(lines: Sequence[str], stopped: int, pattern: re.Pattern[str]) -> tuple[int, re.Match[str]] | None:
    """The content line above line ``stopped`` (0-based) and its match of ``pattern``, where it matches and
    starts (its key, after a list item's '- ', ``pattern``'s first group) beside the key YAML stopped at."""
    above = _with_line_above(lines, stopped)
    if above is None:
        return None
    found = pattern.match(lines[above])
    if found is None or len(found.group(1)) != _indent(lines[stopped]) or not _A_KEY.match(lines[stopped]):
        return None
    return above, found


_KEY_COLON_WORDS = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_][\w.]*):([^\s:#/'\"\[{][^#]*?)\s*(?:#.*)?$")
"""A key, its ':' and a value with no space between (``stuck:ja``): YAML reads it as one text."""


def _space_missing_above(text: str, stopped: int) -> YamlIssue | None:
    """A key and its value with no space after the ':' ("stuck:ja"), the next key beside it: YAML reads the line as
    one text, the two lines as one, and stops at the next key's ':' (a policy officer was sent there, told of a
    colon in a text). The line above is named, written as meant."""
    lines = text.split("\n")
    beside = _beside_key_above(lines, stopped, _KEY_COLON_WORDS)
    if beside is None:
        return None
    above, found = beside
    before, key, value = found.groups()
    meant = f"{before.strip()} {key}: {value}".strip()
    written = lines[above].strip()
    return YamlIssue(
        above + 1, _indent(lines[above]) + 1, "yaml-no-space-after-colon", {"written": written, "meant": meant}
    )


def _block_key_without_colon(text: str, stopped: int) -> YamlIssue | None:
    """A key without its ':' before a block indicator ("nl >-"), its text below it: YAML reads the key, the
    indicator and the text as one plain text, and stops at the next ':' (the next key, or one inside the text): a
    rule-editing trial was sent there, told of a colon in a text. The lines above it are read up to the first that
    is a key; where that is the key and the indicator, its ':' is missing."""
    lines = text.split("\n")
    for number in range(stopped - 1, -1, -1):
        line = lines[number]
        if not _is_content(line):
            continue
        found = _KEY_AND_WORDS.match(line)
        if found is not None and found.group(3) is not None and _BLOCK_INDICATOR.match(found.group(3)):
            return _colon_missing(lines, number, *found.groups())
        if _KEY_OR_ITEM.match(line):
            return None  # (a key: what YAML read as one text began below it)
    return None


def _colon_missing(lines: Sequence[str], number: int, before: str, key: str, value: str | None) -> YamlIssue:
    """Line ``number`` (0-based) holds ``key`` without its ':' (after ``before``, a list item's '- ', and before
    ``value``, if any): the line named, with the key written as meant."""
    # (no "…" for a value not written: "examples: …", followed to the letter, made a text of the key's block)
    meant = f"{before.strip()} {key}:{' ' + value if value else ''}".strip()
    written = lines[number].strip()
    return YamlIssue(number + 1, _indent(lines[number]) + 1, "yaml-missing-colon", {"written": written, "meant": meant})


def _under_a_value(text: str, stopped: int) -> YamlIssue | None:
    """A key indented further than the line above it, which has a value of its own ("recipe: complex", then
    "uniqueness:" one space further): YAML reads it as more of that value and stops at its ':' (a policy officer
    was sent to that column, told only to check the indentation). Which of the two is wrong only the person
    knows: both are named."""
    lines = text.split("\n")
    above = _with_line_above(lines, stopped)
    if above is None or _indent(lines[above]) >= _indent(lines[stopped]) or not _KEY_WITH_VALUE.match(lines[above]):
        return None
    if not _A_KEY.match(lines[stopped]):
        return None  # (a text running on with a ':' in it, "die verder loopt: zo": the parser's own hint says it)
    beside = _beside_a_key_without_value(lines, above, stopped)
    if beside is not None:
        return beside
    item = _LIST_ITEM.match(lines[above])
    if item is not None and _indent(lines[stopped]) < item.end():
        # the line above is a list item, "- id: X": its keys start after the '- ', not at the '-' (a rule-editing
        # trial's `title:` one space short was sent to the dash's column)
        dash = _indent(lines[above])
        if item.end() - dash > 2 and _indent(lines[stopped]) == dash + 2:
            # "-  id:": two spaces after the dash put the item's keys a column further than the lines under it
            meant = f"{' ' * dash}- {lines[above][item.end() :]}"
            return YamlIssue(
                above + 1,
                dash + 1,
                "yaml-dash-wide",
                {"spaces": item.end() - dash - 1, "keys": item.end() + 1, "below": stopped + 1, "meant": meant.strip()},
            )
        return _beside_the_items_keys(lines, stopped, above, item)
    return _placed("yaml-under-a-value", lines, stopped, above, key=_key_of(lines[above]))


def read_yaml(raw: bytes) -> tuple[YamlDocument | None, list[YamlIssue]]:
    """Read one YAML document from ``raw`` bytes.

    Returns:
        The document (or None when nothing could be read) and the issues found.
        Duplicate keys and merge keys are reported while the rest is still read,
        so one pass shows every problem it can.
    """
    if len(raw) > MAX_BYTES:
        return None, [YamlIssue(0, 0, "file-too-large", {"size": len(raw), "max": MAX_BYTES})]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        return None, [YamlIssue(line, column, "not-utf8", {"byte": f"0x{raw[error.start]:02x}"})]
    if "\x00" in text:
        index = text.index("\x00")
        return None, [YamlIssue(text.count("\n", 0, index) + 1, 1, "not-utf8", {"byte": "0x00"})]
    composer = _Composer(text.split("\n"))
    try:
        for event in yaml.parse(text, Loader=_EventLoader):
            composer.feed(event)
    except _Refused as refused:
        return None, [refused.issue]
    except yaml.MarkedYAMLError as error:
        opened = composer.quoted_across_lines
        mark = error.problem_mark
        if opened is not None and mark is not None and opened[1] in (mark.line, mark.line - 1):
            # a quoted text that runs over lines and ends where the parser then stops: its quote was not closed
            # where it was meant to be (`{nl: "Vertrouwen, en: b}` reads on to the next " in the file)
            return None, [YamlIssue(opened[0][0], opened[0][1], "yaml-unclosed-quote")]
        if mark is not None and composer.last_block_text is not None:
            # the text after the last '>' or '|' with its first line not indented past its key: YAML reads the text
            # as empty and that line as what follows, and stops on it where it can ("{...} van de zes criteria …"
            # read as a mapping, then a quotation in it: a rule-editing trial was told to move a guide's quote)
            first = _first_row_below(text.split("\n"), composer.last_block_text)
            not_indented = (
                _block_text_not_indented(text.split("\n"), first)
                if first is not None and first <= mark.line and not composer.last_block_text_held
                else None
            )
            if not_indented is not None:
                return None, [not_indented]
            cut_short = _block_text_cut_short(text, composer.last_block_text, mark.line)
            if cut_short is not None:
                return None, [cut_short]
        problem = error.problem or ""
        if mark is not None and problem.startswith(
            ("expected <block end>", "did not find expected key", "did not find expected '-' indicator")
        ):
            # (a key past a quoted value or a comment stops the parser here too: "recipe: 'complex'")
            placed = (
                _item_beside_item(text, mark.line)
                or _key_at_the_dash(text, mark.line)
                or _indented_between(text, mark.line)
                or _under_a_value(text, mark.line)
            )
            if placed is not None:
                return None, [placed]
        if problem.startswith("could not find expected ':'") and error.context_mark is not None:
            dash_missing = _dash_missing(text, error.context_mark.line)
            if dash_missing is not None:
                return None, [dash_missing]
        if mark is not None and problem.startswith("mapping values are not allowed"):
            under_value = (
                _missing_colon_above(text, mark.line)
                or _space_missing_above(text, mark.line)
                or _block_key_without_colon(text, mark.line)
                or _under_a_value(text, mark.line)
            )
            if under_value is not None:
                return None, [under_value]
        return None, [_syntax_issue(error, text)]
    except yaml.YAMLError as error:  # reader errors without a mark (control characters)
        return None, [YamlIssue(1, 1, "yaml-syntax", {"problem": str(error), "context": ""})]
    lines = text.split("\n")
    # a text under "nl: >-" not indented past its key, whose first line ends in a colon ("… (§1):"), is no YAML
    # error: the text reads as empty and the line as a key of its own, and three problems followed of it, one with
    # a tip that would have broken the text (a rule-editing trial). Said once, as what it is.
    for indicator_row, written in enumerate(lines):
        if _KEY_AND_BLOCK_INDICATOR.match(written):
            below = next((row for row in range(indicator_row + 1, len(lines)) if _is_content(lines[row])), None)
            issue = _block_text_not_indented(lines, below) if below is not None else None
            if issue is not None:
                return None, [issue]
    composer.document.lines = tuple(lines)
    return composer.document, composer.issues


_KEY = object()  # marks "the next scalar of this mapping is a key"


class _Composer:
    """Builds plain data and positions from parser events; refuses what a rule file never needs."""

    def __init__(self, lines: Sequence[str] = ()) -> None:
        self.lines = lines  # (the text, to tell where a text after '>' or '|' belongs)
        self.document = YamlDocument(None, {}, {}, {})
        self.issues: list[YamlIssue] = []
        self.documents = 0
        # each open collection: [container, path, pending key (or _KEY), skip depth]
        self.stack: list[list[Any]] = []
        self.skipping = 0  # depth inside a complex key being skipped
        self.nodes = 0
        # the last quoted text that runs over more than one line: where it opened, and the line (0-based) it ends on
        self.quoted_across_lines: tuple[tuple[int, int], int] | None = None
        self.last_block_text: int | None = None  # the line (0-based) of the last text after '>' or '|'
        self.last_block_text_held = False  # whether that text held anything
        self.after_block_text = False  # whether the last value was such a text, and nothing came after it yet

    @staticmethod
    def _mark(event: Any) -> tuple[int, int]:
        return event.start_mark.line + 1, event.start_mark.column + 1

    def feed(self, event: Any) -> None:
        if isinstance(event, DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise _Refused(YamlIssue(*self._mark(event), "yaml-many-documents"))
            return
        if isinstance(event, AliasEvent):
            raise _Refused(YamlIssue(*self._mark(event), "yaml-alias", {"name": event.anchor}))
        if isinstance(event, (ScalarEvent, SequenceStartEvent, MappingStartEvent)):
            self.nodes += 1
            if self.nodes > MAX_NODES:
                raise _Refused(YamlIssue(*self._mark(event), "yaml-too-many-nodes", {"max": MAX_NODES}))
            tag = event.tag
            if tag not in (None, "!") and tag not in _STANDARD_TAGS:
                raise _Refused(YamlIssue(*self._mark(event), "yaml-tag", {"tag": tag}))
        if self.skipping:
            if isinstance(event, (SequenceStartEvent, MappingStartEvent)):
                self.skipping += 1
            elif isinstance(event, (SequenceEndEvent, MappingEndEvent)):
                self.skipping -= 1
                if not self.skipping:
                    self._after_value_skipped()
            return
        if isinstance(event, ScalarEvent):
            self._scalar(event)
        elif isinstance(event, (SequenceStartEvent, MappingStartEvent)):
            self._open(event)
        elif isinstance(event, (SequenceEndEvent, MappingEndEvent)):
            container, path, _pending, _ = self.stack.pop()
            self._place(container, path, None, from_close=True)

    def _text_indented_too_little(self, event: Any) -> YamlIssue:
        """The line of ``event`` as a line of the last text after '>' or '|', indented less than its first line."""
        line, column = self._mark(event)
        indicator = self.last_block_text
        indent = _block_rows(self.lines, indicator)[0] if indicator is not None and self.lines else column - 1
        return YamlIssue(line, column, "yaml-block-text-indent", {"column": indent + 1})

    def _where(self) -> tuple[Any, ...]:
        """The path of the value that comes next, and whether it is a mapping key."""
        if not self.stack:
            return ((), False)
        container, path, pending, _ = self.stack[-1]
        if isinstance(container, list):
            return ((*path, len(container)), False)
        if pending is _KEY:
            return (path, True)
        return ((*path, pending), False)

    def _scalar(self, event: Any) -> None:
        if event.style in ("'", '"') and event.start_mark.line != event.end_mark.line:
            self.quoted_across_lines = (self._mark(event), event.end_mark.line)
        if event.style in (">", "|"):
            self.last_block_text = event.start_mark.line
            self.last_block_text_held = bool(event.value)
        path, is_key = self._where()
        if is_key and self.after_block_text and event.style in (None, "") and len(event.value.split()) > 1:
            # a key of words right after a text after '>' or '|': a line of that text indented too little, with a
            # ':' in it ("… (§4.2): werk eerst …"), which YAML reads as the next key (a rule-editing trial was told
            # "onbekende sleutel 'on the goal of the cooperation (§4.2)'")
            raise _Refused(self._text_indented_too_little(event))
        # (an empty one is a first line indented no further than its key: _block_text_not_indented says that)
        self.after_block_text = not is_key and event.style in (">", "|") and bool(event.value)
        implicit = event.implicit
        tag = event.tag if event.tag not in (None, "!") else _RESOLVER.resolve(ScalarNode, event.value, implicit)  # type: ignore[no-untyped-call]
        node = ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        line, column = self._mark(event)
        if is_key:
            self._key(node, line, column)
            return
        self.document.value_marks[path] = (line, column)
        if event.end_mark.line != event.start_mark.line:
            self.document.value_ends[path] = event.end_mark.line + 1
        if event.style in (None, "") and event.value[-1:] in ("'", '"') and event.value.count(event.value[-1]) % 2:
            # `quote: Het … woord."` or `Gemeente Geel"`: an opening quote left out; the text would keep the quote
            self.issues.append(YamlIssue(line, column, "yaml-stray-quote", {"text": event.value, "at": path}))
            self.document.stray_quotes.add(path)
        surprise = _surprise(node)
        if surprise:
            self.document.surprises[path] = surprise
        try:
            value = node.value if tag.endswith(":timestamp") else _construct(node)
        except _NumberTooLarge:
            self.issues.append(YamlIssue(line, column, "number-too-large", {"digits": MAX_INTEGER_DIGITS, "at": path}))
            value = None
        self._place(None, path, value)

    def _key(self, node: ScalarNode, line: int, column: int) -> None:
        entry = self.stack[-1]
        container, path = entry[0], entry[1]
        if node.tag.endswith(":merge"):
            self.issues.append(YamlIssue(line, column, "yaml-merge-key"))
            entry[2] = None  # the value that follows is skipped
            return
        try:
            key = _construct(node)
        except _NumberTooLarge:
            key = None
        if not isinstance(key, str):
            key = node.value  # `yes:` or `1:` as a key: keep the text written
        if key in container:
            first = self.document.key_marks[(*path, key)]
            self.issues.append(YamlIssue(line, column, "duplicate-key", {"key": key, "first_line": first[0]}))
            self.document.written_twice.add((*path, key))
            entry[2] = None
            return
        self.document.key_marks[(*path, key)] = (line, column)
        entry[2] = key

    def _open(self, event: Any) -> None:
        self.after_block_text = False
        path, is_key = self._where()
        if is_key:  # a list or mapping used as a key
            self.issues.append(YamlIssue(*self._mark(event), "yaml-complex-key"))
            self.stack[-1][2] = None
            self.skipping = 1
            return
        if len(self.stack) >= MAX_DEPTH:
            raise _Refused(YamlIssue(*self._mark(event), "yaml-too-deep", {"max": MAX_DEPTH}))
        self.document.value_marks[path] = self._mark(event)
        if isinstance(event, MappingStartEvent) and event.flow_style:
            self.document.flow_mappings.add(path)
        container: Any = [] if isinstance(event, SequenceStartEvent) else {}
        self.stack.append([container, path, _KEY, 0])

    def _place(self, container: Any, path: tuple[Any, ...], value: Any, from_close: bool = False) -> None:
        if from_close:
            value = container
        if not self.stack:
            self.document.data = value
            return
        parent = self.stack[-1]
        if isinstance(parent[0], list):
            parent[0].append(value)
        else:
            if parent[2] is not None and parent[2] is not _KEY:
                parent[0][parent[2]] = value
            parent[2] = _KEY

    def _after_value_skipped(self) -> None:
        if self.stack and isinstance(self.stack[-1][0], dict):
            self.stack[-1][2] = _KEY
