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

from .answers import parse_answer, value_text
from .case import parse_case
from .casefile import EXPECTATIONS_KEY
from .errors import CaseError
from .facts import answered_not_known, spec_of, stated_facts
from .messages import word
from .text import Language
from .yamlsource import read_yaml

# The indentations tried for the file written: mappings by 2 or 4, a list's dash flush with its key or indented
# by 2 (ruamel.yaml keeps neither; the one that leaves the most lines of the file as they were is written).
_INDENTATIONS = ((2, 0), (2, 2), (4, 0), (4, 2))


def case_file_text(data: Mapping[str, Any], based_on: str | None = None, lang: Language = "nl") -> str:
    """``data`` (a case as a person writes it, see :meth:`Consultation.case_file_data`) as a case file's text.

    With ``based_on``, the text of the case file the answers started from: that text, its comments, order and
    layout kept, with each value that changed written anew, each new one added beside its group's others, and
    each one no longer answered (the number of organisations the names outnumber) taken out; an ``verwacht:``
    block for ``netadvisor test`` stays. An answer that reads back the same keeps its author's words ("nog te
    bepalen" for a role stays, not "niemand"), and the comment beside an answer that changed says what it was
    (in ``lang``: "# eerder 'weet niet': gevraagd op de stuurgroep"), so that a note on the old answer does not
    read as one on the new. Where that cannot be done exactly (the file reads back otherwise than ``data``), the
    plain text.
    """
    plain = yaml.safe_dump(dict(data), allow_unicode=True, sort_keys=False)
    if based_on is None:
        return plain
    meant = _read_back(plain)
    if meant is None:  # pragma: no cover - data that is no valid case: nothing to compare with
        return plain
    for keep_blank in (True, False):
        for text in _merged(based_on, data, keep_blank, meant, lang):
            if _read_back(text) == meant:
                return text
    return plain


def _merged(
    original: str, data: Mapping[str, Any], keep_blank: bool, meant: tuple[Any, ...], lang: Language
) -> list[str]:
    """``original`` with ``data`` merged in, in each indentation of :data:`_INDENTATIONS`, the one closest to
    ``original`` first (none where ruamel.yaml cannot read it)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    texts = []
    kept: list[bool] | None = None  # per change (in the order merged, the same in every indentation): old words kept
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
        changed: list[tuple[Any, Any, Any, str]] = []
        _merge(document, data, keep_blank, changed, top=True)

        if kept is None:
            # the author's words where they say the same answer, and the file then reads back the same (tried
            # once, each alone, where the two words give the same value: reading back is what costs)
            kept = []
            for place, key, old, path in changed:
                new = place[key]
                same = _same_answer(path, old, new)
                if same:
                    place[key] = old
                    same = _read_back(_dumped(writer, document)) == meant
                    place[key] = new
                kept.append(same)
        for (place, key, old, _path), keep in zip(changed, kept, strict=True):
            if keep:
                place[key] = old
            else:
                _mark_comment(place, key, old, lang)
        texts.append(_dumped(writer, document))
    lines = original.splitlines()
    return sorted(texts, key=lambda text: -difflib.SequenceMatcher(None, lines, text.splitlines()).ratio())


def _dumped(writer: Any, document: Any) -> str:
    written = io.StringIO()
    writer.dump(document, written)
    return written.getvalue()


def _mark_comment(place: Any, key: Any, old: Any, lang: Language) -> None:
    """The comment at the end of the line of ``key`` (in a mapping read by ruamel.yaml), if any, told as one on
    the answer ``old`` it stood beside."""
    items = getattr(getattr(place, "ca", None), "items", {})
    tokens = items.get(key) if isinstance(items, dict) else None
    token = tokens[2] if tokens and len(tokens) > 2 else None
    if token is None or not str(token.value).startswith("#") or isinstance(old, (dict, list)) or old is None:
        return
    said = word("earlier-answer", answer=old if isinstance(old, str) else yaml.safe_dump(old).split("\n")[0])
    token.value = f"# {said.pick(lang)}: {token.value[1:].lstrip(' ')}"


def _same_answer(path: str, old: Any, new: Any) -> bool:
    """Whether the words ``old`` and ``new`` give the same answer to the fact at ``path`` ("nog te bepalen" and
    "niemand" for a role; "true" and "ja")."""
    if not isinstance(old, (str, bool)) or not isinstance(new, str):
        return False
    try:
        spec = spec_of(path)
        before = parse_answer(spec, old if isinstance(old, str) else value_text(old).nl)
        after = parse_answer(spec, new)
    except (KeyError, ValueError, TypeError):
        return False
    return bool(before == after and type(before) is type(after))


def _merge(
    into: Any,
    data: Mapping[str, Any],
    keep_blank: bool,
    changed: list[tuple[Any, Any, Any, str]],
    top: bool = False,
    prefix: str = "",
) -> None:
    """Write ``data`` into the mapping ``into`` (read by ruamel.yaml, at the fact path ``prefix``), changing only
    what differs; each scalar replaced goes to ``changed`` as its place, key, old value and fact path."""
    for key in [key for key in into if key not in data]:
        blank = into[key] is None or into[key] == ""
        if not (top and key == EXPECTATIONS_KEY) and not (keep_blank and blank):
            del into[key]
    for key, value in data.items():
        old = into.get(key)
        if isinstance(old, dict) and isinstance(value, Mapping):
            _merge(old, value, keep_blank, changed, prefix=f"{prefix}{key}.")
        elif isinstance(old, list) and isinstance(value, list):
            for index, item in enumerate(value):
                if index < len(old) and isinstance(old[index], dict) and isinstance(item, Mapping):
                    _merge(old[index], item, keep_blank, changed, prefix=f"{prefix}{key}[{index}].")
                elif index < len(old):
                    if old[index] != item:
                        old[index] = item
                else:
                    old.append(_styled_as(old, item))
            del old[len(value) :]
        elif key not in into or old != value:
            if key in into and not isinstance(old, (dict, list)) and not isinstance(value, (Mapping, list)):
                changed.append((into, key, old, f"{prefix}{key}"))
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
