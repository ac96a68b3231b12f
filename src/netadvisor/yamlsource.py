"""Reading YAML safely, keeping the line and column of every key and value.

Only plain data comes out: mappings, lists, text, numbers, booleans and null.
Refused, each with a located problem: aliases (they make "billion laughs"
bombs possible and no rule file needs them), merge keys, explicit tags such as
``!!python/object``, duplicate keys, more than one document, nesting deeper than
:data:`MAX_DEPTH`, files larger than :data:`MAX_BYTES`, and bytes that are not UTF-8.

YAML 1.1 reads some plain words as something else than text (``no`` is false,
``0012`` is 10, ``2024-01-01`` is a date). Those scalars are remembered, so that
a later type error can say so in plain words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.events import AliasEvent, DocumentStartEvent, StreamEndEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 64

Path = tuple[str | int, ...]

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
    kind: str  # "bool", "octal", "sexagesimal", "date", "null", "number" (text written as a plain number)


@dataclass(slots=True)
class YamlDocument:
    """Data read from one YAML file, with positions (1-based) for every path."""

    data: Any
    value_marks: dict[Path, tuple[int, int]]
    key_marks: dict[Path, tuple[int, int]]
    surprises: dict[Path, Surprise]

    def position(self, path: Path, *, key: bool = False) -> tuple[int, int]:
        """The closest known position for ``path``: the path itself or its nearest parent."""
        marks = self.key_marks if key else self.value_marks
        while path:
            if path in marks:
                return marks[path]
            if not key and path in self.key_marks:
                return self.key_marks[path]
            path = path[:-1]
        return self.value_marks.get((), (1, 1))


class _Refused(Exception):
    def __init__(self, issue: YamlIssue):
        self.issue = issue


class _Loader(yaml.SafeLoader):
    """SafeLoader that refuses aliases, non-standard tags and deep nesting while composing."""

    def __init__(self, stream: str):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:  # type: ignore[override]
        event = self.peek_event()
        mark = event.start_mark
        if isinstance(event, AliasEvent):
            raise _Refused(YamlIssue(mark.line + 1, mark.column + 1, "yaml-alias", {"name": event.anchor}))
        tag = getattr(event, "tag", None)
        if tag not in (None, "!") and tag not in _STANDARD_TAGS:
            raise _Refused(YamlIssue(mark.line + 1, mark.column + 1, "yaml-tag", {"tag": tag}))
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise _Refused(YamlIssue(mark.line + 1, mark.column + 1, "yaml-too-deep", {"max": MAX_DEPTH}))
        try:
            return super().compose_node(parent, index)  # type: ignore[no-any-return]
        finally:
            self._depth -= 1


def _surprise(node: ScalarNode) -> Surprise | None:
    if node.style is not None:  # quoted: exactly the text written
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
    if node.tag.endswith((":int", ":float")):
        return Surprise(text, "number")
    return None


def _syntax_issue(error: yaml.MarkedYAMLError) -> YamlIssue:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = (error.problem or "").strip()
    if "'\\t'" in problem or "\t" in problem:
        return YamlIssue(line, column, "yaml-tab")
    context = (error.context or "").strip()
    return YamlIssue(line, column, "yaml-syntax", {"problem": problem, "context": context})


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

    loader = _Loader(text)
    try:
        try:
            node = loader.get_single_node()
        except yaml.composer.ComposerError as error:
            if "single document" in f"{error.context} {error.problem}":
                mark = error.problem_mark
                return None, [YamlIssue(mark.line + 1 if mark else 0, mark.column + 1 if mark else 0,
                                        "yaml-many-documents")]
            raise
    except _Refused as refused:
        return None, [refused.issue]
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_issue(error)]
    except yaml.YAMLError as error:  # reader errors without a mark (control characters)
        mark = getattr(error, "position", None)
        return None, [YamlIssue(1, 1, "yaml-syntax", {"problem": str(error), "context": ""})]
    except RecursionError:
        return None, [YamlIssue(1, 1, "yaml-too-deep", {"max": MAX_DEPTH})]
    finally:
        loader.dispose()

    document = YamlDocument(None, {}, {}, {})
    issues: list[YamlIssue] = []
    if node is None:
        return document, issues
    constructor = yaml.SafeLoader("")  # used only to turn single scalar nodes into values

    def build(node: Node, path: Path) -> Any:
        document.value_marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, ScalarNode):
            surprise = _surprise(node)
            if surprise:
                document.surprises[path] = surprise
            if node.tag.endswith(":timestamp"):
                return node.value  # kept as the text written; flagged as a surprise above
            return constructor.construct_object(node, deep=True)
        if isinstance(node, SequenceNode):
            return [build(item, (*path, index)) for index, item in enumerate(node.value)]
        if isinstance(node, MappingNode):
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                line, column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
                if not isinstance(key_node, ScalarNode):
                    issues.append(YamlIssue(line, column, "yaml-complex-key"))
                    continue
                if key_node.tag.endswith(":merge"):
                    issues.append(YamlIssue(line, column, "yaml-merge-key"))
                    continue
                key = constructor.construct_object(key_node)
                if not isinstance(key, str):
                    key = key_node.value  # `yes:` or `1:` as a key: keep the text written
                if key in result:
                    first = document.key_marks[(*path, key)]
                    issues.append(YamlIssue(line, column, "duplicate-key", {"key": key, "first_line": first[0]}))
                    continue
                document.key_marks[(*path, key)] = (line, column)
                result[key] = build(value_node, (*path, key))
            return result
        raise AssertionError(f"unexpected YAML node {node!r}")  # pragma: no cover - composer yields only these

    document.data = build(node, ())
    return document, issues
