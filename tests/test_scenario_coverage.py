"""Every rule is checked by a Dutch scenario: a Then step asserted its finding, its absence or its conclusion.

Marked `regelinhoud`: what rules/ and features/ say. The scenarios run as the living documentation runs them
(`--livingdoc-results`, see conftest.py and netadvisor.recorder): each passed scenario records the rules its steps checked, not the
rules that merely fired.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT
from helpers import record_scenarios
from netadvisor import load_rules

pytestmark = pytest.mark.regelinhoud


def _checked_by_scenarios(folder: Path) -> tuple[set[str], set[str], list[dict]]:
    """The rules a step of a passing scenario checked, those a step showed firing, and every record."""
    results = folder / "results.json"
    run = record_scenarios(ROOT / "tests" / "test_features.py", results)
    assert results.is_file(), run.stdout[-3000:] + run.stderr[-3000:]
    recorded = json.loads(results.read_text(encoding="utf-8"))["results"]
    passed = [entry for entry in recorded if entry["status"] == "passed"]
    return (
        {rule for entry in passed for rule in entry["checked"]},
        {rule for entry in passed for rule in entry["shown"]},
        recorded,
    )


def test_every_rule_is_checked_by_a_scenario(tmp_path: Path) -> None:
    """A rule no scenario checks is advice the living documentation does not document."""
    checked, shown, recorded = _checked_by_scenarios(tmp_path)
    # (in Dutch, as make regeltest shows it: "no scenario ran" beside an unreadable feature file, a rule-editing trial)
    assert recorded, "geen enkel scenario liep: `netadvisor test` zegt hierboven waarom"
    # each once (the examples of a scenario outline share its line), by where it stands: `netadvisor test`, which
    # make regeltest runs first, says why each failed; a policy officer read "(failed)" three times per line. As
    # that report names it: the line of the step that failed, and the scenario's name (a rule-editing trial read
    # the scenario's own line here and its step's there as two scenarios)
    failed = list(
        dict.fromkeys(
            f"{entry['file']}:{entry.get('failed_at') or entry['line']}" + _named(entry)
            for entry in recorded
            if entry["status"] != "passed"
        )
    )
    assert failed == [], (
        "scenario's die niet slaagden (`netadvisor test` zegt waarom; tot ze slagen, tellen hun stappen hier niet "
        "mee): " + ", ".join(failed)
    )
    rules = load_rules(ROOT / "rules").rules
    unchecked = [
        f"{rule.id} (rules/{Path(rule.file).name}:{rule.line}, {rule.title.nl})"
        for rule in rules
        if rule.id not in checked
    ]
    assert unchecked == [], (
        "Geen enkel scenario in features/ controleert deze regels (een Dan-stap op hun "
        "bevinding of hun besluit; een stap die alleen zegt dat ze niet vuren, volstaat niet). "
        "Schrijf er een; hoe, staat in rules/README.md onder "
        "'Een scenario toevoegen':\n" + "\n".join(unchecked)
    )
    # a step that says a rule does not fire holds where it never could: each rule is also shown firing once
    never_shown = [
        f"{rule.id} (rules/{Path(rule.file).name}:{rule.line}, {rule.title.nl})"
        for rule in rules
        if rule.id not in shown
    ]
    assert never_shown == [], (
        "Geen enkel scenario in features/ laat deze regels vuren: een stap zegt alleen dat ze niet vuren, en dat "
        "klopt ook voor een casus waarin ze nooit zouden kunnen vuren. Schrijf een scenario met een Dan-stap op "
        "hun bevinding of hun besluit (rules/README.md, 'Een scenario toevoegen'):\n" + "\n".join(never_shown)
    )


def _named(entry: dict) -> str:
    """ " ('De factoren houden elkaar in evenwicht')": a scenario's name, where the record has it."""
    return f" ('{entry['scenario']}')" if entry.get("scenario") else ""
