"""Writing a case file: the answers as YAML, and, given the file they started from, that file with only what
changed written anew.

A policy officer keeps notes in a case file (comments, the order she thinks in, partners one per line); a
consultation saved with PyYAML kept none of that. ruamel.yaml reads and writes YAML keeping comments, order and
style, which code of ours could only imitate badly, so it does the writing. The text it gives is used only when
it reads back as exactly the same case as the plain text, with the same "weet niet" answers; otherwise the plain
text is written: a file that looks right is worth less than one that says what was answered.
"""

from __future__ import annotations

import difflib
import io
from collections.abc import Mapping
from typing import Any

import yaml

from .case import parse_case
from .casefile import EXPECTATIONS_KEY
from .errors import CaseError
from .facts import answered_not_known, stated_facts
from .yamlsource import read_yaml

# The indentations tried for the file written: mappings by 2 or 4, a list's dash flush with its key or indented
# by 2 (ruamel.yaml keeps neither; the one that leaves the most lines of the file as they were is written).
_INDENTATIONS = ((2, 0), (2, 2), (4, 0), (4, 2))


def case_file_text(data: Mapping[str, Any], based_on: str | None = None) -> str:
    """``data`` (a case as a person writes it, see :meth:`Consultation.case_file_data`) as a case file's text.

    With ``based_on``, the text of the case file the answers started from: that text, its comments, order and
    layout kept, with each value that changed written anew, each new one added beside its group's others, and
    each one no longer answered (the number of organisations the names outnumber) taken out; an ``verwacht:``
    block for ``netadvisor test`` stays. Where that cannot be done exactly (the file reads back otherwise than
    ``data``), the plain text.
    """
    plain = yaml.safe_dump(dict(data), allow_unicode=True, sort_keys=False)
    if based_on is None:
        return plain
    meant = _read_back(plain)
    if meant is None:  # pragma: no cover - data that is no valid case: nothing to compare with
        return plain
    for keep_blank in (True, False):
        for text in _merged(based_on, data, keep_blank):
            if _read_back(text) == meant:
                return text
    return plain


def _merged(original: str, data: Mapping[str, Any], keep_blank: bool) -> list[str]:
    """``original`` with ``data`` merged in, in each indentation of :data:`_INDENTATIONS`, the one closest to
    ``original`` first (none where ruamel.yaml cannot read it)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    texts = []
    for mapping, offset in _INDENTATIONS:
        writer = YAML()  # round trip: comments, order, quotes and flow style kept
        writer.preserve_quotes = True
        writer.width = 4096  # a long line stays one line, as its author wrote it
        writer.indent(mapping=mapping, sequence=mapping + offset, offset=offset)
        try:
            document = writer.load(original)
        except YAMLError:
            return []
        if not isinstance(document, dict):
            return []
        _merge(document, data, keep_blank, top=True)
        written = io.StringIO()
        writer.dump(document, written)
        texts.append(written.getvalue())
    lines = original.splitlines()
    return sorted(texts, key=lambda text: -difflib.SequenceMatcher(None, lines, text.splitlines()).ratio())


def _merge(into: Any, data: Mapping[str, Any], keep_blank: bool, top: bool = False) -> None:
    """Write ``data`` into the mapping ``into`` (read by ruamel.yaml), changing only what differs."""
    for key in [key for key in into if key not in data]:
        blank = into[key] is None or into[key] == ""
        if not (top and key == EXPECTATIONS_KEY) and not (keep_blank and blank):
            del into[key]
    for key, value in data.items():
        old = into.get(key)
        if isinstance(old, dict) and isinstance(value, Mapping):
            _merge(old, value, keep_blank)
        elif isinstance(old, list) and isinstance(value, list):
            for index, item in enumerate(value):
                if index < len(old) and isinstance(old[index], dict) and isinstance(item, Mapping):
                    _merge(old[index], item, keep_blank)
                elif index < len(old):
                    if old[index] != item:
                        old[index] = item
                else:
                    old.append(_styled_as(old, item))
            del old[len(value) :]
        elif key not in into or old != value:
            into[key] = value


def _styled_as(siblings: list[Any], item: Any) -> Any:
    """A new list item written as the others are: a partner on one line among partners on one line."""
    from ruamel.yaml.comments import CommentedMap

    if not (isinstance(item, Mapping) and siblings and isinstance(siblings[-1], CommentedMap)):
        return item
    styled = CommentedMap(item)
    if siblings[-1].fa.flow_style():
        styled.fa.set_flow_style()
    return styled


def _read_back(text: str) -> tuple[Any, ...] | None:
    """What a case file's text says: its facts, its partners and the facts it answers "weet niet" (None when it
    is no valid case)."""
    document, issues = read_yaml(text.encode("utf-8"))
    if issues or document is None or not isinstance(document.data, dict):
        return None
    written = {key: value for key, value in document.data.items() if key != EXPECTATIONS_KEY}
    try:
        case = parse_case(written)
    except CaseError:
        return None
    partners = [partner.model_dump() for partner in case.partners]
    return stated_facts(case), partners, case.list_may_be_incomplete, answered_not_known(case, written)
