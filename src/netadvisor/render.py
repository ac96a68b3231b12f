"""Rendering advice for people (text) and tools (JSON). The advice itself is data."""

from __future__ import annotations

from .advice import Advice
from .errors import RuleError
from .facts import value_label

CONCLUSION_NAMES: dict[str, tuple[str, str]] = {
    "challenge_type": ("Type uitdaging", "Type of challenge"),
    "collaboration_form": ("Samenwerkingsvorm", "Form of collaboration"),
    "governance_mode": ("Governancevorm", "Governance mode"),
}
SEVERITY_WORDS: dict[str, tuple[str, str]] = {
    "warning": ("waarschuwing", "warning"),
    "advice": ("advies", "advice"),
    "info": ("info", "info"),
}
_STATUS_WORDS: dict[str, tuple[str, str]] = {
    "derived": ("afgeleid door", "derived by"),
    "decided": ("beslist op steun van", "decided on the support of"),
    "conflict": ("tegenstrijdig", "conflicting"),
    "undetermined": ("nog niet te bepalen", "cannot be determined yet"),
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
        for alternative in conclusion.alternatives:
            fits_less = "past minder" if nl else "fits less"
            total = alternative.support + len(alternative.not_supported_by)
            count = f"steun {alternative.support} van {total}" if nl else f"support {alternative.support} of {total}"
            lines.append(f"      {alternative.label} {fits_less} ({count}); "
                         + ("niet van toepassing: " if nl else "not applicable: ")
                         + "; ".join(alternative.not_supported_by))
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


def rule_error_text(error: RuleError, lang: str) -> str:
    return error.format(lang) + "\n"
