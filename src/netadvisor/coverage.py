"""Which heuristic of the guide (H001–H151) each rule covers, or why it is not a rule.

The mapping lives in the rule files themselves (each rule's ``heuristics`` and
each file's ``accounts_for``); this module puts it together and renders the
table policy staff read in ``rules/HEURISTIEKEN.md``.
"""

from __future__ import annotations

from dataclasses import dataclass

from .rulebase import AccountedHeuristic, RuleBase

HEURISTICS = tuple(f"H{number:03d}" for number in range(1, 152))
"""Every heuristic the guide yields, numbered as in shared/guide/heuristics.md."""

_KIND_WORDS = {
    "rule": "regel",
    "definition": "definitie",
    "validation": "validatie",
    "example": "voorbeeldcasus",
    "not_a_rule": "geen regel",
}


@dataclass(frozen=True, slots=True)
class Coverage:
    """How one heuristic is accounted for: by rules, or by one accounted entry, or not at all."""

    heuristic: str
    rules: tuple[str, ...]
    accounted: AccountedHeuristic | None

    @property
    def kind(self) -> str | None:
        if self.rules and self.accounted is None:
            return "rule"
        if self.accounted is not None and not self.rules:
            return self.accounted.kind
        return None  # not accounted for, or accounted twice


def heuristic_coverage(rulebase: RuleBase) -> list[Coverage]:
    """One entry per heuristic H001–H151, in order."""
    by_heuristic: dict[str, list[str]] = {}
    for rule in rulebase.rules:
        for heuristic in rule.heuristics:
            by_heuristic.setdefault(heuristic, []).append(rule.id)
    accounted = {entry.heuristic: entry for entry in rulebase.accounted}
    return [Coverage(h, tuple(by_heuristic.get(h, ())), accounted.get(h)) for h in HEURISTICS]


def coverage_markdown(rulebase: RuleBase) -> str:
    """The table of heuristics and what became of each, in Dutch, for ``rules/HEURISTIEKEN.md``."""
    rows = heuristic_coverage(rulebase)
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.kind or "ontbreekt"] = counts.get(row.kind or "ontbreekt", 0) + 1
    lines = [
        "# Heuristieken van de gids en hun regels",
        "",
        (
            "Dit bestand is gegenereerd uit de regelbestanden (`heuristics:` bij elke regel, `accounts_for:` per "
            "bestand). Pas de regelbestanden aan, niet dit bestand; `make regenereer` maakt het opnieuw."
        ),
        "",
        (
            "Elke heuristiek H001–H151 uit `shared/guide/heuristics.md` is één van: een regel (of meer regels), een "
            "definitie, een validatie, een voorbeeldcasus met test, of geen regel (met de reden)."
        ),
        "",
        "Totaal: " + ", ".join(f"{_KIND_WORDS.get(kind, kind)}: {count}" for kind, count in sorted(counts.items())),
        "",
        "| heuristiek | wat | waar / regels | reden |",
        "|---|---|---|---|",
    ]
    for row in rows:
        if row.kind == "rule":
            lines.append(f"| {row.heuristic} | regel | {', '.join(row.rules)} | |")
        elif row.accounted is not None and row.kind:
            # the file's name, not its path: the table must read the same in every checkout
            where = row.accounted.where or f"rules/{row.accounted.file.replace(chr(92), '/').rsplit('/', 1)[-1]}"
            reason = " ".join(row.accounted.reason.nl.split()).replace("|", "/")
            lines.append(f"| {row.heuristic} | {_KIND_WORDS[row.kind]} | {where} | {reason} |")
        else:
            lines.append(f"| {row.heuristic} | **ontbreekt** | | |")
    return "\n".join(lines) + "\n"
