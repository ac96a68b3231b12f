"""Rendering advice for people (text) and tools (JSON). The advice itself is data."""

from __future__ import annotations

from typing import Any

from .advice import Advice, SingleChange, WhatIf
from .facts import FACTS, Case, fact_values, value_label
from .messages import CONCLUSION_NAMES, OPERATOR_WORDS, UNDETERMINED_WORDS
from .rulebase import Rule, RuleBase

SEVERITY_WORDS: dict[str, tuple[str, str]] = {
    "warning": ("waarschuwing", "warning"),
    "advice": ("advies", "advice"),
    "info": ("info", "info"),
}
_STATUS_WORDS: dict[str, tuple[str, str]] = {
    "derived": ("afgeleid door", "derived by"),
    "decided": ("beslist op steun van", "decided on the support of"),
    "conflict": ("tegenstrijdig", "conflicting"),
    "undetermined": UNDETERMINED_WORDS,
}


def _word(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "nl" else pair[1]


def advice_text(advice: Advice) -> str:
    """The advice as plain text, in the advice's language."""
    lang = advice.language
    nl = lang == "nl"
    lines = []
    title = advice.case_title or ("(casus zonder titel)" if nl else "(untitled case)")
    lines.append(("Advies voor: " if nl else "Advice for: ") + title)
    lines.append(f"{'Regelbasis' if nl else 'Rule base'} {advice.rulebase_version} · engine {advice.engine}")
    lines.append("")
    lines.append("Besluiten" if nl else "Conclusions")
    for name, conclusion in advice.conclusions.items():
        label = _word(CONCLUSION_NAMES.get(name, (name, name)), lang)
        status = _word(_STATUS_WORDS[conclusion.status], lang)
        if conclusion.value is not None:
            lines.append(f"  {label}: {conclusion.label}  ({status} {', '.join(conclusion.rules)})")
        elif conclusion.status == "conflict":
            lines.append(f"  {label}: {status}: {', '.join(conclusion.candidates)}")
        else:
            lines.append(f"  {label}: {status}")
        if conclusion.status in ("decided", "undetermined") and conclusion.support:
            shown = "; ".join(f"{value_label(value, lang)}: {len(ids)}" for value, ids in conclusion.support.items())
            lines.append(f"      {'steun' if nl else 'support'}: {shown}")
        nothing_supported = conclusion.value is None and not any(a.support for a in conclusion.alternatives)
        for alternative in [] if nothing_supported else conclusion.alternatives:
            if alternative.support or alternative.not_supported_by:  # a decision by support
                total = alternative.support + len(alternative.not_supported_by)
                count = f"steun {alternative.support} van {total}" if nl else f"support {alternative.support} of {total}"
                lines.append(f"      {alternative.label} {'past minder' if nl else 'fits less'} ({count}); "
                             + ("niet van toepassing: " if nl else "not applicable: ")
                             + "; ".join(alternative.not_supported_by))
            elif alternative.why_not:  # a concluded value: the first rule that would lead to it, and why not
                lines.append(f"      {'niet' if nl else 'not'} {alternative.label}: {alternative.why_not[0]}")
    lines.append("")
    lines.append("Bevindingen" if nl else "Findings")
    if not advice.findings:
        lines.append("  (geen)" if nl else "  (none)")
    for finding in advice.findings:
        sections = ", ".join(f"§{section}" for section in finding.sections)
        lines.append(f"  [{_word(SEVERITY_WORDS[finding.severity], lang)}] {finding.title} ({finding.rule_id}, {sections})")
        lines.append(f"      {finding.message}")
        if finding.source:
            lines.append(f"      {'bron buiten de gids' if nl else 'source outside the guide'}: {finding.source}")
    lines.append("")
    lines.append("Open vragen" if nl else "Open questions")
    if not advice.questions:
        lines.append("  (geen)" if nl else "  (none)")
    for question in advice.questions:
        answers = " / ".join(question.allowed) if question.allowed else ("een getal" if nl else "a number")
        lines.append(f"  - {question.question} [{answers}]")
        if question.affects:
            affected = ", ".join(_word(CONCLUSION_NAMES.get(name, (name, name)), lang).lower() for name in question.affects)
            lines.append(f"      {'bepaalt mee' if nl else 'helps decide'}: {affected}")
    return "\n".join(lines) + "\n"


def advice_json(advice: Advice) -> str:
    return advice.model_dump_json(indent=2) + "\n"




def rule_description(rule: Rule, lang: str) -> dict[str, Any]:
    """A rule in words: its conditions as sentences, what it concludes or advises, where the guide says so."""
    index = 0 if lang == "nl" else 1
    conditions = []
    for condition in rule.conditions:
        subject = (FACTS[condition.name].label(lang).rstrip(".?") + f" ({condition.name})"
                   if condition.subject == "fact" else condition.name)
        operand = condition.operand
        shown = (", ".join(value_label(v, lang) for v in operand) if isinstance(operand, tuple)
                 else "" if operand is None else value_label(operand, lang))
        policy = f" [{'beleidswaarde' if lang == 'nl' else 'policy value'} {condition.policy}]" if condition.policy else ""
        conditions.append(f"{subject} {OPERATOR_WORDS[condition.operator][index]} {shown}".rstrip() + policy)
    does = [f"{'besluit' if lang == 'nl' else 'concludes'} {name} = {value_label(value, lang)}"
            for name, value in rule.concludes]
    does += [f"{'steunt' if lang == 'nl' else 'supports'} {name} = {value_label(value, lang)}"
             for name, value in rule.supports]
    if rule.finding:
        does.append(f"{_word(SEVERITY_WORDS[rule.finding.severity], lang)}: {rule.finding.message[lang]}")
    return {"rule_id": rule.id, "title": rule.title[lang], "sections": list(rule.sections),
            "heuristics": list(rule.heuristics), "when": conditions, "then": does, "source": rule.source,
            "quote": rule.quote, "file": rule.file, "line": rule.line}


def fact_description(path: str, rulebase: RuleBase, lang: str) -> dict[str, Any]:
    """What a fact means, its possible values, and which rules use it."""
    spec = FACTS[path]
    return {"fact": path, "meaning": spec.label(lang), "question": spec.question(lang), "type": spec.type,
            "values": [value_label(v, lang) for v in spec.values], "computed": spec.computed,
            "used_by": [rule.id for rule in rulebase.rules if path in rule.facts_used]}


def description_text(description: dict[str, Any], lang: str) -> str:
    nl = lang == "nl"
    if "rule_id" in description:
        lines = [f"{description['rule_id']}: {description['title']}",
                 f"  {'hoofdstuk' if nl else 'section'} §{', §'.join(description['sections'])}"
                 + (f" · {', '.join(description['heuristics'])}" if description["heuristics"] else ""),
                 f"  {'als' if nl else 'when'}:"]
        lines += [f"    - {condition}" for condition in description["when"]]
        lines += [f"  {'dan' if nl else 'then'}:"] + [f"    - {does}" for does in description["then"]]
        if description["quote"]:
            lines.append(f"  {'de gids' if nl else 'the guide'}: \"{description['quote']}\"")
        if description["source"]:
            lines.append(f"  {'bron buiten de gids' if nl else 'source outside the guide'}: {description['source']}")
        lines.append(f"  {description['file']}:{description['line']}")
        return "\n".join(lines) + "\n"
    values = ", ".join(description["values"]) or ("een getal" if nl else "a number") if description["type"] == "int" \
        else ", ".join(description["values"]) or ("vrije tekst" if nl else "free text")
    lines = [f"{description['fact']}: {description['meaning']}",
             f"  {'vraag' if nl else 'question'}: {description['question']}",
             f"  {'antwoorden' if nl else 'answers'}: {values}, {'weet niet' if nl else 'unknown'}",
             f"  {'gebruikt door' if nl else 'used by'}: {', '.join(description['used_by']) or '-'}"]
    if description["computed"]:
        lines.append("  " + ("berekend uit andere feiten" if nl else "computed from other facts"))
    return "\n".join(lines) + "\n"


def what_if_text(result: WhatIf, lang: str) -> str:
    nl = lang == "nl"
    lines = [("Wijzigingen: " if nl else "Changes: ")
             + ", ".join(f"{path} = {value_label(value, lang)}" for path, value in result.changes.items())]
    for change in result.conclusions_changed:
        lines.append(f"  {change.conclusion}: {value_label(change.before, lang)} -> {value_label(change.after, lang)}")
    if not result.conclusions_changed:
        lines.append("  " + ("geen besluit verandert" if nl else "no conclusion changes"))
    lines.append(("Nieuwe bevindingen: " if nl else "Findings added: ") + (", ".join(result.findings_added) or "-"))
    lines.append(("Vervallen bevindingen: " if nl else "Findings removed: ") + (", ".join(result.findings_removed) or "-"))
    return "\n".join(lines) + "\n"


def single_changes_text(changes: list[SingleChange], lang: str) -> str:
    if not changes:
        return ("Geen enkele wijziging van één feit verandert dit besluit.\n" if lang == "nl"
                else "No change of a single fact changes this conclusion.\n")
    return "".join(f"- {change.text}\n" for change in changes)


_CHAPTERS = {
    "inleiding": ("Inleiding", "Introduction"), "1": ("Regionale uitdagingen", "Regional challenges"),
    "2": ("Typering van de uitdaging", "Typing the challenge"), "3": ("Het organisatienetwerk", "The organisation network"),
    "4": ("Succesvol organisatienetwerk", "A successful organisation network"),
    "5": ("De regio als ecosysteem", "The region as an ecosystem"),
    "6": ("Het burgemeestersoverleg", "The mayors' consultation"),
    "7": ("Regionale organisatienetwerken", "Regional organisation networks"),
}


def _chapter(section: str) -> str:
    return section.split(".")[0]


def _report_parts(advice: Advice, made_on: str) -> dict[str, Any]:
    lang = advice.language
    groups: dict[str, list[Any]] = {}
    for finding in advice.findings:
        groups.setdefault(_chapter(finding.sections[0]), []).append(finding)
    order = list(_CHAPTERS)
    return {"groups": sorted(groups.items(), key=lambda item: order.index(item[0]) if item[0] in order else 99),
            "chapter": lambda key: _word(_CHAPTERS.get(key, (key, key)), lang), "made_on": made_on}


def case_summary(case: Case | None, lang: str) -> list[str]:
    """The case in short, as lines: what it is about, the rationale, the partners, how much is known."""
    if case is None:
        return []
    nl = lang == "nl"
    facts = fact_values(case)
    lines = []
    if case.challenge.description:
        lines.append(case.challenge.description)
    if case.challenge.theme:
        lines.append(f"{'Thema' if nl else 'Theme'}: {case.challenge.theme}")
    if case.challenge.rationale:
        lines.append(f"{'Ratio' if nl else 'Rationale'}: {value_label(case.challenge.rationale, lang)}")
    if case.partners:
        names = ", ".join(partner.name for partner in case.partners[:12])
        more = f" (+{len(case.partners) - 12})" if len(case.partners) > 12 else ""
        lines.append(f"{'Partners' if nl else 'Partners'} ({len(case.partners)}): {names}{more}")
    answered = sum(1 for path in facts if not FACTS[path].computed)
    lines.append(f"{answered} {'gekende feiten' if nl else 'known facts'}")
    return lines


def advice_markdown(advice: Advice, made_on: str, case: Case | None = None) -> str:
    """A printable report for a mayors' consultation or a steering group, in Markdown."""
    nl = advice.language == "nl"
    parts = _report_parts(advice, made_on)
    lines = [f"# {'Advies' if nl else 'Advice'}: {advice.case_title or ('casus zonder titel' if nl else 'untitled case')}",
             "", f"{'Regelbasis' if nl else 'Rule base'} {advice.rulebase_version} · {made_on}", ""]
    summary = case_summary(case, advice.language)
    if summary:
        lines += [f"## {'De casus' if nl else 'The case'}", ""] + [f"- {line}" for line in summary] + [""]
    lines += [f"## {'Besluiten' if nl else 'Conclusions'}", ""]
    for name, conclusion in advice.conclusions.items():
        label = _word(CONCLUSION_NAMES.get(name, (name, name)), advice.language)
        value = conclusion.label or _word(_STATUS_WORDS[conclusion.status], advice.language)
        why = f" ({', '.join(conclusion.rules)})" if conclusion.rules else ""
        lines.append(f"- **{label}**: {value}{why}")
        for alternative in conclusion.alternatives:
            lines.append(f"  - {alternative.label}: {'past minder' if nl else 'fits less'} "
                         f"({'steun' if nl else 'support'} {alternative.support})")
    for key, findings in parts["groups"]:
        lines += ["", f"## §{key} {parts['chapter'](key)}", ""]
        for finding in findings:
            severity = _word(SEVERITY_WORDS[finding.severity], advice.language)
            lines.append(f"- **{finding.title}** ({severity}, {finding.rule_id}, §{', §'.join(finding.sections)}): "
                         f"{finding.message}")
    lines += ["", f"## {'Open vragen' if nl else 'Open questions'}", ""]
    lines += [f"- {question.question}" for question in advice.questions] or ["- " + ("geen" if nl else "none")]
    return "\n".join(lines) + "\n"


def advice_html(advice: Advice, made_on: str, case: Case | None = None) -> str:
    """The same report as one self-contained HTML file; every text from the case or the rules is escaped."""
    import html as html_lib

    e = html_lib.escape
    nl = advice.language == "nl"
    parts = _report_parts(advice, made_on)
    rows = []
    for name, conclusion in advice.conclusions.items():
        label = _word(CONCLUSION_NAMES.get(name, (name, name)), advice.language)
        value = conclusion.label or _word(_STATUS_WORDS[conclusion.status], advice.language)
        rows.append(f"<tr><th>{e(label)}</th><td>{e(value)}</td><td>{e(', '.join(conclusion.rules))}</td></tr>")
    sections = []
    for key, findings in parts["groups"]:
        items = "".join(
            f'<li class="{e(f.severity)}"><b>{e(f.title)}</b> <small>({e(_word(SEVERITY_WORDS[f.severity], advice.language))}, '
            f"{e(f.rule_id)}, §{e(', §'.join(f.sections))})</small><br>{e(f.message)}</li>" for f in findings)
        sections.append(f"<h2>§{e(key)} {e(parts['chapter'](key))}</h2><ul>{items}</ul>")
    questions = "".join(f"<li>{e(q.question)}</li>" for q in advice.questions) or f"<li>{'geen' if nl else 'none'}</li>"
    title = advice.case_title or ("casus zonder titel" if nl else "untitled case")
    summary = case_summary(case, advice.language)
    summary_html = (f"<h2>{'De casus' if nl else 'The case'}</h2><ul>"
                    + "".join(f"<li>{e(line)}</li>" for line in summary) + "</ul>") if summary else ""
    return f"""<!DOCTYPE html>
<html lang="{advice.language}"><head><meta charset="utf-8"><title>{e(title)}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;color:#222}}
th{{text-align:left;padding-right:1rem}}li{{margin:.4rem 0}}.warning b{{color:#b71c1c}}.advice b{{color:#1a4d8f}}
small{{color:#666}}@media print{{body{{margin:0}}}}</style></head>
<body id="rapport"><h1>{'Advies' if nl else 'Advice'}: {e(title)}</h1>
<p>{'Regelbasis' if nl else 'Rule base'} {e(advice.rulebase_version)} · {e(made_on)}</p>
{summary_html}
<h2>{'Besluiten' if nl else 'Conclusions'}</h2><table>{''.join(rows)}</table>
{''.join(sections)}
<h2>{'Open vragen' if nl else 'Open questions'}</h2><ul>{questions}</ul></body></html>
"""
