"""Every fact of a case as a readable list, for people who write cases and rules: its path, question, answers in
Dutch, what it is for, and how a case file writes it (``rules/FEITEN.md``, ``netadvisor explain --facts``)."""

from __future__ import annotations

from collections.abc import Iterable

from .answers import value_text
from .case import Case, title_of
from .facts import FACTS, INPUTS, PARTNER_FACTS, FactSpec
from .messages import FACTSHEET_WORDS, REPORT_WORDS
from .rulebase import RuleBase
from .text import Language


def _w(code: str, lang: Language, **params: object) -> str:
    """The words ``code`` of the list of facts; those it shares with the reports are read from there."""
    text = FACTSHEET_WORDS[code] if code in FACTSHEET_WORDS else REPORT_WORDS[code]
    return (text.format(**params) if params else text).pick(lang)


def facts_text(rulebase: RuleBase, lang: Language = "nl") -> str:
    """The list of every fact, grouped as a case groups them; Markdown that reads well in a terminal too."""
    lines = [_w("title", lang), "", _w("intro", lang)]
    groups: dict[str, list[FactSpec]] = {}
    for spec in FACTS.values():
        if not spec.computed:
            groups.setdefault(spec.path.split(".")[0] if "." in spec.path else "", []).append(spec)
    for group, specs in groups.items():
        lines += ["", _heading(group, lang)]
        for spec in specs:
            lines += ["", *_fact(spec, rulebase, lang)]
    lines += ["", _w("partners-heading", lang), "", _w("partners-intro", lang)]
    for path, spec in PARTNER_FACTS.items():
        if path != "partners":
            lines += ["", *_fact(spec, rulebase, lang)]
    lines += ["", _w("computed-heading", lang)]
    for spec in FACTS.values():
        if spec.computed:
            lines += ["", *_fact(spec, rulebase, lang)]
    return "\n".join(lines) + "\n"


def _heading(group: str, lang: Language) -> str:
    if not group:
        return _w("general", lang)
    return f"## {title_of(Case.model_fields[group], group).pick(lang)} (`{group}:`)"


def _fact(spec: FactSpec, rulebase: RuleBase, lang: Language) -> list[str]:
    lines = [f"### `{spec.path}`", spec.label(lang)]
    if not spec.computed and spec.question(lang) != spec.label(lang):
        lines.append(f"- {_w('question', lang)}: {spec.question(lang)}")
    lines.append(f"- {_w('answers', lang)}: {_answers(spec, lang)}")
    if spec.computed:
        lines.append(f"- {_w('computed-from', lang)}: {', '.join(f'`{path}`' for path in spec.inputs)}")
    users = rules_using(spec.path, rulebase)
    if users:
        used = f"{_w('rule' if len(users) == 1 else 'rules', lang, count=len(users))} ({', '.join(users)})"
    else:
        used = _w("unused-text" if spec.type == "text" else "used-by-none", lang)
    lines.append(f"- {_w('used-by', lang)}: {used}")
    if spec.after and users:
        lines.append(f"- {_w('follows', lang, parent=spec.after)}")
    if spec.asked_after and users:
        # (and without it where that question is itself a follow-up not asked: who the end user is)
        code = "asked-after-follow-up" if FACTS[spec.asked_after].after else "asked-after"
        lines.append(f"- {_w(code, lang, parent=spec.asked_after)}")
    if not spec.computed and not spec.path.startswith("partners"):
        lines.append(f"- {_w('in-a-case', lang)}: `{_in_a_case(spec, lang)}`")
    return lines


def _answers(spec: FactSpec, lang: Language) -> str:
    if spec.type == "bool":
        return _w("yes-no", lang)
    if spec.type == "int":
        return _w("number", lang)
    if spec.type == "enum":
        shown = [
            f"{value_text(value).pick(lang)} (`{value}`)" if value_text(value).pick(lang) != value else f"`{value}`"
            for value in spec.values
        ]
        return ", ".join(shown) + _w("or-unknown", lang)
    return _w("text", lang)


def _in_a_case(spec: FactSpec, lang: Language) -> str:
    """The fact as a case file writes it, on one line: ``governance: {trust: hoog}``."""
    if spec.type == "bool":
        value = value_text(True).pick(lang)
    elif spec.type == "int":
        value = "12"
    elif spec.type == "enum":
        value = value_text(spec.values[0]).pick(lang)
        value = value if value.replace(" ", "").isalnum() else f'"{value}"'
    else:
        value = '"..."'
    *groups, leaf = spec.path.split(".")
    text = f"{leaf}: {value}"
    for group in reversed(groups):
        text = f"{group}: {{{text}}}"
    return text


def rules_using(path: str, rulebase: RuleBase) -> list[str]:
    """The ids of the rules that use ``path``: as a condition, or through a fact computed from it (the criteria
    through the counts of criteria pointing to each type)."""

    def reads(names: Iterable[str]) -> bool:
        return any(path == name or path in INPUTS.get(name, ()) for name in names)

    return [rule.id for rule in rulebase.rules if reads(rule.facts_used)]
