"""Every fact of a case as a readable list, for people who write cases and rules: its path, question, answers in
Dutch, what it is for, and how a case file writes it (``rules/FEITEN.md``, ``netadvisor explain --facts``)."""

from __future__ import annotations

from collections.abc import Iterable

from .answers import value_text
from .case import Case
from .facts import FACTS, INPUTS, PARTNER_FACTS, FactSpec
from .rulebase import RuleBase
from .text import Language, Text

_WORDS: dict[str, Text] = {
    "title": Text("# De feiten van een casus", "# The facts of a case"),
    "intro": Text(
        "Elk feit dat een casusbestand kan bevatten en een regel kan gebruiken: het pad (zoals in een voorwaarde: "
        "`fact: governance.trust`), de vraag die het advies erover stelt, de mogelijke antwoorden en welke regels "
        "het gebruiken. Een antwoord mag in het Nederlands of als code (tussen haakjes); 'weet niet' kan altijd en "
        "is nooit hetzelfde als nee. Gemaakt uit de code en de regels met `make regenereer`; in de terminal: "
        "`netadvisor explain --facts`, of voor één feit `netadvisor explain governance.trust`.",
        "Every fact a case file can hold and a rule can use: its path (as in a condition: `fact: governance.trust`), "
        "the question the advice asks about it, its possible answers and the rules that use it. An answer may be "
        "given in Dutch or as its code (in brackets); 'unknown' is always an answer and never the same as no. Made "
        "from the code and the rules by `make regenereer`; in a terminal: `netadvisor explain --facts`, or for one "
        "fact `netadvisor explain governance.trust`.",
    ),
    "question": Text("vraag", "question"),
    "answers": Text("antwoorden", "answers"),
    "used-by": Text("gebruikt door", "used by"),
    "unused": Text(
        "geen enkele regel; het advies vraagt er dus nooit naar", "no rule; the advice therefore never asks it"
    ),
    "follows": Text(
        "gevraagd na '{parent}', als het antwoord daarop ja is", "asked after '{parent}', when that is answered yes"
    ),
    "in-a-case": Text("in een casusbestand", "in a case file"),
    "yes-no": Text("ja, nee, weet niet", "yes, no, unknown"),
    "number": Text("een geheel getal, weet niet", "a whole number, unknown"),
    "text": Text("tekst, weet niet", "text, unknown"),
    "partners-heading": Text("## Elke partner (onder `partners:`)", "## Each partner (under `partners:`)"),
    "partners-intro": Text(
        "Een partner is een element van de lijst `partners:`, met minstens een `name:`. Een regel gebruikt deze "
        "feiten via de samenvattingen hieronder (bv. `partner_summary.all_willing_to_adapt`).",
        "A partner is an item of the list `partners:`, with at least a `name:`. Rules use these facts through the "
        "summaries below (e.g. `partner_summary.all_willing_to_adapt`).",
    ),
    "computed-heading": Text(
        "## Berekend uit andere feiten (niet in te vullen, wel te gebruiken in een regel)",
        "## Computed from other facts (not filled in; rules can use them)",
    ),
    "computed-from": Text("berekend uit", "computed from"),
    "rules": Text("{count} regels", "{count} rules"),
    "rule": Text("1 regel", "1 rule"),
    "unused-text": Text("geen enkele regel; het beschrijft de casus", "no rule; it describes the case"),
}


def _w(code: str, lang: Language, **params: object) -> str:
    text = _WORDS[code]
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
        return "## " + ("Algemeen" if lang == "nl" else "General")
    description = Case.model_fields[group].description or group
    nl, _, en = description.partition(" / ")
    return f"## {nl if lang == 'nl' else en or nl} (`{group}:`)"


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
        used = _w("unused-text" if spec.type == "text" else "unused", lang)
    lines.append(f"- {_w('used-by', lang)}: {used}")
    if spec.after and users:
        lines.append(f"- {_w('follows', lang, parent=spec.after)}")
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
        return ", ".join(shown) + (", weet niet" if lang == "nl" else ", unknown")
    return _w("text", lang)


def _in_a_case(spec: FactSpec, lang: Language) -> str:
    """The fact as a case file writes it, on one line: ``governance: {trust: hoog}``."""
    if spec.type == "bool":
        value = "ja" if lang == "nl" else "yes"
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
