"""Living documentation of the behaviour specs: hygiene checks, and one page in HTML and Markdown.

The page is rendered from the .feature files themselves (parsed with the official Gherkin parser, so
the Dutch text appears exactly as written, with Regel blocks, data tables and docstrings), merged with
the outcome of each scenario and each example row as recorded during a test run by the plugin
netadvisor.recorder (registered by tests/conftest.py). A scenario counts as passed only when all its steps ran and passed.

    python tools/featuredoc.py --results build/livingdoc/results.json --out build/levende-documentatie

writes build/levende-documentatie.html and build/levende-documentatie.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import html
import json
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gherkin.parser import Parser
from gherkin.token_scanner import TokenScanner

ROOT = Path(__file__).resolve().parents[1]

STATUS_WORDS = {
    "passed": "geslaagd",
    "failed": "mislukt",
    "skipped": "overgeslagen",
    "undefined": "stap niet gedefinieerd",
    "notrun": "niet uitgevoerd",
}
_WORST = ["notrun", "undefined", "failed", "skipped", "passed"]  # a scenario shows its worst row

STEP_WORDS = ("gegeven", "stel", "als", "wanneer", "dan", "en", "maar", "given", "when", "then", "and", "but")
SECTION_WORDS = (
    "functionaliteit",
    "regel",
    "scenario",
    "voorbeeld",
    "voorbeelden",
    "achtergrond",
    "abstract",
    "feature",
    "rule",
    "background",
    "examples",
)


# --------------------------------------------------------------------------- model


@dataclass
class Step:
    keyword: str
    text: str
    table: list[list[str]] = field(default_factory=list)
    docstring: str | None = None
    kind: str = ""  # Context, Action or Outcome (an "En" or "Maar" takes the kind of the step before it)


@dataclass
class Examples:
    name: str
    tags: list[str]
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (line, cells)


@dataclass
class Scenario:
    keyword: str
    name: str
    line: int
    description: str
    tags: list[str]
    steps: list[Step]
    examples: list[Examples]

    @property
    def is_outline(self) -> bool:
        return bool(self.examples) or "abstract" in self.keyword.lower() or "outline" in self.keyword.lower()


@dataclass
class Rule:
    name: str
    description: str
    tags: list[str]
    background: list[Step]
    scenarios: list[Scenario]


@dataclass
class Feature:
    path: str  # relative to the repository, with forward slashes
    name: str
    description: str
    tags: list[str]
    background: list[Step]
    rules: list[Rule]  # scenarios outside any Regel form a rule with an empty name


def _steps(data: list[dict[str, Any]]) -> list[Step]:
    steps = []
    kind = "Context"
    for step in data:
        table = [[cell["value"] for cell in row["cells"]] for row in step.get("dataTable", {}).get("rows", [])]
        docstring = step["docString"]["content"] if "docString" in step else None
        if step.get("keywordType") in ("Context", "Action", "Outcome"):
            kind = step["keywordType"]
        steps.append(Step(step["keyword"].strip(), step["text"], table, docstring, kind))
    return steps


def _scenario(data: dict[str, Any]) -> Scenario:
    examples = [
        Examples(
            e["name"],
            [t["name"] for t in e["tags"]],
            [c["value"] for c in e["tableHeader"]["cells"]] if e.get("tableHeader") else [],
            [(row["location"]["line"], [c["value"] for c in row["cells"]]) for row in e.get("tableBody", [])],
        )
        for e in data.get("examples", [])
    ]
    return Scenario(
        data["keyword"].strip(),
        data["name"],
        data["location"]["line"],
        textwrap.dedent(data.get("description", "")),
        [t["name"] for t in data["tags"]],
        _steps(data["steps"]),
        examples,
    )


def parse_feature(path: Path) -> tuple[Feature, dict[str, Any]]:
    text = path.read_bytes().decode("utf-8-sig")
    document = Parser().parse(TokenScanner(text))
    data = document["feature"]
    rel = path.resolve().relative_to(ROOT).as_posix() if path.resolve().is_relative_to(ROOT) else path.name
    background: list[Step] = []
    loose = Rule("", "", [], [], [])
    rules: list[Rule] = []
    for child in data.get("children", []):
        if "background" in child:
            background = _steps(child["background"]["steps"])
        elif "scenario" in child:
            loose.scenarios.append(_scenario(child["scenario"]))
        elif "rule" in child:
            rule = child["rule"]
            rule_background: list[Step] = []
            scenarios = []
            for sub in rule.get("children", []):
                if "background" in sub:
                    rule_background = _steps(sub["background"]["steps"])
                elif "scenario" in sub:
                    scenarios.append(_scenario(sub["scenario"]))
            rules.append(
                Rule(
                    rule["name"],
                    textwrap.dedent(rule.get("description", "")),
                    [t["name"] for t in rule["tags"]],
                    rule_background,
                    scenarios,
                )
            )
    if loose.scenarios:
        rules.insert(0, loose)
    feature = Feature(
        rel,
        data["name"],
        textwrap.dedent(data.get("description", "")),
        [t["name"] for t in data["tags"]],
        background,
        rules,
    )
    return feature, document


def parse_features(folder: Path) -> list[Feature]:
    return [parse_feature(path)[0] for path in sorted(folder.glob("*.feature"))]


# --------------------------------------------------------------------------- hygiene


@dataclass(frozen=True)
class Trap:
    """A way a scenario can pass while testing nothing, found in a feature file."""

    file: str
    line: int
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: [{self.code}] {self.message}"


def _description_traps(file: str, line: int, description: str, where: str) -> list[Trap]:
    traps = []
    for offset, raw in enumerate(description.splitlines(), start=1):
        words = raw.strip().split()
        if not words:
            continue
        first = words[0].lower().rstrip(":")
        near_miss = len(first) >= 4 and any(
            difflib.SequenceMatcher(None, first, word).ratio() >= 0.8 for word in STEP_WORDS if len(word) >= 4
        )
        if (first in STEP_WORDS and not (first == "als" and where in ("feature", "rule"))) or (
            where == "scenario" and near_miss
        ):
            traps.append(
                Trap(
                    file,
                    line + offset,
                    "keyword-in-description",
                    f"'{words[0]}' begint een regel in de beschrijving: een stap die zo niet uitgevoerd wordt",
                )
            )
        elif raw.strip().endswith(":") and any(w in raw.lower() for w in SECTION_WORDS):
            traps.append(
                Trap(
                    file,
                    line + offset,
                    "keyword-in-description",
                    f"'{raw.strip()}' staat in de beschrijving: geen geldig sleutelwoord, dus niets eronder loopt",
                )
            )
    return traps


UNPARSABLE = "de Gherkin-lezer kan het bestand vanaf deze regel niet lezen; `netadvisor test` zegt wat er mis is"


def _error_line(error: Exception) -> int:
    """The line of the first problem the Gherkin reader found (1 where it names none)."""
    first = next(iter(getattr(error, "errors", None) or [error]))
    location = getattr(first, "location", None)
    return int(location["line"]) if isinstance(location, dict) and location.get("line") else 1


def hygiene(path: Path) -> list[Trap]:
    """Every trap in one feature file that would let a scenario pass without testing anything."""
    raw = path.read_bytes()
    name = path.name
    traps: list[Trap] = []
    if raw.startswith(b"\xef\xbb\xbf"):
        traps.append(
            Trap(name, 1, "bom", "het bestand begint met een byte-order mark: de taalregel wordt niet gelezen")
        )
    first = next((line for line in raw.decode("utf-8-sig").splitlines() if line.strip()), "")
    if first.strip() != "# language: nl" or raw.startswith(b"\xef\xbb\xbf"):
        traps.append(Trap(name, 1, "language", "de eerste regel moet '# language: nl' zijn"))
    try:
        feature, document = parse_feature(path)
    except Exception as error:  # noqa: BLE001 - the official parser's own error, with its line
        # (its own words were English and cut off, "[parse] Parser errors:", at line 1: a rule-editing trial;
        # `netadvisor test`, which make regeltest runs first, says what is wrong there in Dutch)
        return [*traps, Trap(name, _error_line(error), "parse", UNPARSABLE)]
    data = document["feature"]
    traps += _description_traps(name, data["location"]["line"], data.get("description", ""), "feature")
    for child in data.get("children", []):
        if "rule" in child:
            rule = child["rule"]
            traps += _description_traps(name, rule["location"]["line"], rule.get("description", ""), "rule")
    seen: dict[str, int] = {}
    for rule in feature.rules:
        for scenario in rule.scenarios:
            if scenario.name in seen:
                traps.append(
                    Trap(
                        name,
                        scenario.line,
                        "duplicate-name",
                        f"'{scenario.name}' staat al op regel {seen[scenario.name]}: één van beide loopt niet",
                    )
                )
            seen.setdefault(scenario.name, scenario.line)
            if not scenario.steps:
                traps.append(Trap(name, scenario.line, "no-steps", f"'{scenario.name}' heeft geen stappen"))
            elif not any(step.kind == "Outcome" for step in scenario.steps):
                # every step builds the case or judges it, none checks the advice: it passes whatever the rules say
                traps.append(
                    Trap(
                        name, scenario.line, "no-then", f"'{scenario.name}' heeft geen Dan-stap: het controleert niets"
                    )
                )
            if scenario.is_outline and not any(examples.rows for examples in scenario.examples):
                traps.append(
                    Trap(
                        name,
                        scenario.line,
                        "outline-without-examples",
                        f"'{scenario.name}' is een Abstract Scenario zonder voorbeeldrijen",
                    )
                )
            traps += _description_traps(name, scenario.line, scenario.description, "scenario")
    return traps


# --------------------------------------------------------------------------- results


def _status_of(
    results: list[dict[str, Any]], feature: Feature, scenario: Scenario, header: list[str], cells: list[str] | None
) -> tuple[str, list[tuple[str, list[str]]], list[str], list[str], str | None]:
    """(status, rules that fired, rules a step checked, rules a step showed firing, error) of one scenario or
    example row."""
    wanted = dict(zip(header, cells, strict=True)) if cells is not None else None
    for result in results:
        if result["file"] == feature.path and result["line"] == scenario.line and result["example"] == wanted:
            return (
                result["status"],
                [(rule_id, list(sections)) for rule_id, sections in result["rules"]],
                list(result.get("checked", [])),
                list(result.get("shown", [])),
                result.get("error"),
            )
    return "notrun", [], [], [], None


def merge(features: list[Feature], results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each scenario with its status (and each example row's), and the rules it made fire."""
    merged = []
    for feature in features:
        for rule in feature.rules:
            for scenario in rule.scenarios:
                rows = []
                if scenario.is_outline:
                    for examples in scenario.examples:
                        for line, cells in examples.rows:
                            status, fired, checked, shown, error = _status_of(
                                results, feature, scenario, examples.header, cells
                            )
                            rows.append(
                                {
                                    "line": line,
                                    "cells": cells,
                                    "status": status,
                                    "rules": fired,
                                    "checked": checked,
                                    "shown": shown,
                                    "error": error,
                                    "examples": examples.name,
                                }
                            )
                    statuses = [row["status"] for row in rows] or ["notrun"]
                    status = min(statuses, key=_WORST.index)
                    fired = list(
                        {rule_id: (rule_id, sections) for row in rows for rule_id, sections in row["rules"]}.values()
                    )
                    checked = sorted({rule_id for row in rows for rule_id in row["checked"]})
                    shown = sorted({rule_id for row in rows for rule_id in row["shown"]})
                    error = next((row["error"] for row in rows if row["error"]), None)
                else:
                    status, fired, checked, shown, error = _status_of(results, feature, scenario, [], None)
                merged.append(
                    {
                        "feature": feature,
                        "rule": rule,
                        "scenario": scenario,
                        "status": status,
                        "rows": rows,
                        "rules": fired,
                        "checked": checked,
                        "shown": shown,
                        "error": error,
                    }
                )
    return merged


# --------------------------------------------------------------------------- rendering


def _meta(rules: str | None = None) -> dict[str, str]:
    sys.path.insert(0, str(ROOT / "src"))
    from netadvisor import load_rules, packaged_rules_path

    rulebase = load_rules(rules or packaged_rules_path())
    try:
        revision = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        revision = "onbekend"
    else:
        revision += _local_changes()
    catalogue = [
        {"id": rule.id, "sections": list(rule.sections), "title": rule.title.nl, "says": _rule_says(rule)}
        for rule in rulebase.rules
    ]
    policies = [
        {"name": policy.name, "value": policy.value, "explanation": policy.explanation.nl, "file": policy.file}
        for policy in rulebase.policies.values()
    ]
    return {
        "date": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "version": rulebase.version,
        "revision": revision,
        "rules": json.dumps([[rule.id, list(rule.sections)] for rule in rulebase.rules]),
        "catalogue": json.dumps(catalogue),
        "policies": json.dumps(policies),
    }


# What the page is made from: a change here that is not committed makes it something the revision does not name.
_SOURCES = ("src", "rules", "features", "tests")
LOCAL_CHANGES = " (met lokale wijzigingen)"


def _local_changes() -> str:
    """ " (met lokale wijzigingen)" when the working tree differs from the revision in what the page is made from
    (:data:`_SOURCES`), else "". The page named the revision alone, and a reader took the outcomes of uncommitted
    scenarios or rules for those of that revision (living-documentation review)."""
    try:
        status = subprocess.run(
            ["git", "status", "--porcelain", "--", *_SOURCES], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return ""
    return LOCAL_CHANGES if status.strip() else ""


def _rule_says(rule: Any) -> str:
    """What a rule does, in Dutch: its message, or what it concludes or supports."""
    from netadvisor.answers import value_label

    parts = [f"besluit {name} = {value_label(value, 'nl')}" for name, value in rule.concludes]
    parts += [f"steunt {name} = {value_label(value, 'nl')}" for name, value in rule.supports]
    if rule.finding is not None:
        parts.append(" ".join(rule.finding.message.nl.split()))
    return " · ".join(parts)


def rule_coverage(merged: list[dict[str, Any]], all_rules: list[list[Any]]) -> dict[str, str]:
    """For each rule: "checked" (a step of a passing scenario showed it firing: its finding or conclusion),
    "absent" (steps checked only that it does not fire: it could be a rule that never can), "fired" (it fired in a
    scenario, but no step checked it), or "none". (A rule that could never fire was "gecontroleerd" on a green page,
    by a "niet de bevinding" step: a living-documentation review.)"""
    passed = [entry for entry in merged if entry["status"] == "passed"]
    shown = {rule_id for entry in passed for rule_id in entry.get("shown", [])}
    checked = {rule_id for entry in passed for rule_id in entry["checked"]}
    fired = {rule_id for entry in merged for rule_id, _ in entry["rules"]}

    def state(rule_id: str) -> str:
        if rule_id in shown:
            return "checked"
        return "absent" if rule_id in checked else "fired" if rule_id in fired else "none"

    return {rule[0]: state(rule[0]) for rule in all_rules}


COVERAGE_WORDS = {
    "checked": "gecontroleerd",
    "absent": "enkel gecontroleerd dat hij niet vuurt (geen scenario toont hem vurend)",
    "fired": "vuurt enkel (geen stap controleert het)",
    "none": "door geen scenario gecontroleerd",
}


def _totals(merged: list[dict[str, Any]]) -> dict[str, int]:
    totals = dict.fromkeys(STATUS_WORDS, 0)
    for entry in merged:
        if entry["rows"]:
            for row in entry["rows"]:
                totals[row["status"]] += 1
        else:
            totals[entry["status"]] += 1
    return totals


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _steps_html(steps: list[Step]) -> str:
    parts = []
    for step in steps:
        parts.append(f'<li><span class="kw">{_e(step.keyword)}</span> {_e(step.text)}')
        if step.table:
            head, *body = step.table
            parts.append(
                "<table><tr>"
                + "".join(f"<th>{_e(c)}</th>" for c in head)
                + "</tr>"
                + "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in body)
                + "</table>"
            )
        if step.docstring is not None:
            parts.append(f"<pre>{_e(step.docstring)}</pre>")
        parts.append("</li>")
    return "<ol class='steps'>" + "".join(parts) + "</ol>"


def _badge(status: str) -> str:
    return f'<span class="status {status}" data-status="{status}">{_e(STATUS_WORDS[status])}</span>'


def _rules_said(entry: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """What a scenario's steps checked of the rules, in words, each with its rule ids: that they fire, that they do
    not (a "niet" step, listed like a positive one, read as covering the rule: a rule-editing trial), and which
    fired unchecked. Of a scenario that failed, none: its steps did not all hold (its "vuurden ook (niet
    gecontroleerd)" named the rule whose step had failed on it)."""
    if entry["status"] != "passed":
        return []
    checked, shown = entry["checked"], set(entry.get("shown", []))
    said = [
        ("Gecontroleerd dat ze vuren", [rule_id for rule_id in checked if rule_id in shown]),
        ("Gecontroleerd dat ze niet vuren", [rule_id for rule_id in checked if rule_id not in shown]),
        ("Vuurden ook (niet gecontroleerd)", [rule_id for rule_id, _ in entry["rules"] if rule_id not in checked]),
    ]
    return [(words, ids) for words, ids in said if ids]


def _rules_html(entry: dict[str, Any]) -> str:
    """The rules a step of the scenario checked, and those that only fired."""
    sections = dict(entry["rules"])
    parts = [
        f"{_e(words)}: "
        + ", ".join(
            f"<code>{_e(rule_id)}</code>"
            + (f" (§{_e(', §'.join(sections[rule_id]))})" if sections.get(rule_id) else "")
            for rule_id in ids
        )
        for words, ids in _rules_said(entry)
    ]
    return f'<p class="rules">{"; ".join(parts)}</p>' if parts else ""


_CSS = """
body{font-family:system-ui,sans-serif;margin:0;display:flex;color:#222}
nav{width:22rem;padding:1rem;background:#f4f4f6;height:100vh;overflow:auto;position:sticky;top:0;font-size:.9rem}
main{flex:1;padding:1rem 2rem;max-width:60rem}
h1{font-size:1.5rem}h2{border-bottom:1px solid #ccc;margin-top:2rem}
.status{display:inline-block;border-radius:.3rem;padding:0 .4rem;font-size:.8rem;color:#fff}
.passed{background:#2e7d32}.failed{background:#c62828}.skipped{background:#757575}
.undefined{background:#ef6c00}.notrun{background:#6a1b9a}
.kw{font-weight:bold;color:#1a4d8f}.desc{white-space:pre-wrap;color:#444}
table{border-collapse:collapse;margin:.3rem 0}td,th{border:1px solid #bbb;padding:.15rem .4rem;font-size:.85rem}
.scenario{border-left:3px solid #ddd;padding-left:1rem;margin:1rem 0}.rules{font-size:.85rem;color:#555}
.hidden{display:none}#filters input,#filters select{margin:.2rem 0;width:100%}
.error{color:#c62828;font-size:.8rem;white-space:pre-wrap}
.cov-none td{background:#fdecea}.cov-fired td{background:#fff8e1}#regels td{vertical-align:top;font-size:.85rem}
"""

_JS = """
(function(){
  var search=document.getElementById('zoek'), tag=document.getElementById('tag');
  function apply(){
    var q=search.value.toLowerCase(), t=tag.value, shown=0;
    document.querySelectorAll('.scenario').forEach(function(s){
      var ok=(!q||s.textContent.toLowerCase().indexOf(q)>=0)&&(!t||(' '+s.dataset.tags+' ').indexOf(' '+t+' ')>=0);
      s.classList.toggle('hidden',!ok); if(ok){shown++;}
    });
    document.getElementById('getoond').textContent=shown;
  }
  search.addEventListener('input',apply); tag.addEventListener('change',apply); apply();
  document.body.dataset.scenarios=document.querySelectorAll('.scenario').length;
  document.body.dataset.klaar='ja';
})();
"""


def render_html(merged: list[dict[str, Any]], meta: dict[str, str]) -> str:
    totals = _totals(merged)
    all_rules = json.loads(meta["rules"])
    tags = sorted(
        {tag for entry in merged for tag in (*entry["scenario"].tags, *entry["feature"].tags, *entry["rule"].tags)}
    )
    nav, body = [], []
    current_feature = current_rule = None
    for index, entry in enumerate(merged):
        feature, rule, scenario = entry["feature"], entry["rule"], entry["scenario"]
        if feature is not current_feature:
            current_feature, current_rule = feature, None
            anchor = f"f{index}"
            nav.append(f'<li><a href="#{anchor}"><b>{_e(feature.name)}</b></a></li>')
            body.append(
                f'<h2 id="{anchor}">Functionaliteit: {_e(feature.name)}</h2>'
                f'<p class="desc">{_e(feature.description.strip())}</p>'
                f'<p class="rules">{_e(feature.path)}</p>'
            )
            if feature.background:
                body.append("<h4>Achtergrond</h4>" + _steps_html(feature.background))
        if rule is not current_rule:
            current_rule = rule
            if rule.name:
                nav.append(f'<li style="margin-left:1rem">Regel: {_e(rule.name)}</li>')
                body.append(f"<h3>Regel: {_e(rule.name)}</h3><p class='desc'>{_e(rule.description.strip())}</p>")
                if rule.background:
                    body.append("<h4>Achtergrond</h4>" + _steps_html(rule.background))
        sid = f"s{index}"
        nav.append(
            f'<li style="margin-left:2rem"><a href="#{sid}">{_e(scenario.name)}</a> {_badge(entry["status"])}</li>'
        )
        all_tags = " ".join([*scenario.tags, *feature.tags, *rule.tags])
        part = [
            f'<div class="scenario" id="{sid}" data-tags="{_e(all_tags)}">',
            f"<h4>{_e(scenario.keyword)}: {_e(scenario.name)} {_badge(entry['status'])}</h4>",
        ]
        if scenario.tags:
            part.append(f"<p class='rules'>{_e(' '.join(scenario.tags))}</p>")
        if scenario.description.strip():
            part.append(f"<p class='desc'>{_e(scenario.description.strip())}</p>")
        part.append(_steps_html(scenario.steps))
        for examples in scenario.examples:
            part.append(
                f"<p><span class='kw'>Voorbeelden:</span> {_e(examples.name)}</p><table><tr>"
                + "".join(f"<th>{_e(c)}</th>" for c in examples.header)
                + "<th>uitkomst</th></tr>"
            )
            for row in (r for r in entry["rows"] if r["examples"] == examples.name):
                part.append(
                    "<tr>"
                    + "".join(f"<td>{_e(c)}</td>" for c in row["cells"])
                    + f"<td>{_badge(row['status'])}</td></tr>"
                )
            part.append("</table>")
        part.append(_rules_html(entry))
        if entry["error"]:
            part.append(f"<p class='error'>{_e(entry['error'])}</p>")
        part.append("</div>")
        body.append("".join(part))
    total_line = ", ".join(f"{_e(STATUS_WORDS[s])}: {n}" for s, n in totals.items() if n)
    coverage = rule_coverage(merged, all_rules)
    counts = {kind: sum(1 for state in coverage.values() if state == kind) for kind in COVERAGE_WORDS}
    catalogue = json.loads(meta["catalogue"])
    rules_html = "".join(
        f'<tr class="cov-{coverage[rule["id"]]}"><td><code>{_e(rule["id"])}</code><br>§{_e(", §".join(rule["sections"]))}'
        f"</td><td><b>{_e(rule['title'])}</b><br>{_e(rule['says'])}</td>"
        f"<td>{_e(COVERAGE_WORDS[coverage[rule['id']]])}</td></tr>"
        for rule in catalogue
    )
    policies_html = "".join(
        f"<tr><td><code>{_e(p['name'])}</code></td><td>{_e(str(p['value']))}</td><td>{_e(p['explanation'])}</td></tr>"
        for p in json.loads(meta["policies"])
    )
    return f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>netadvisor: levende documentatie</title>
<style>{_CSS}</style></head>
<body><nav><div id="filters"><label>Zoeken <input id="zoek" type="search" placeholder="tekst of regel"></label>
<label>Tag <select id="tag"><option value="">alle tags</option>{"".join(f"<option>{_e(t)}</option>" for t in tags)}</select></label>
<p>Getoond: <span id="getoond"></span> scenario's</p></div>
<h3>Inhoud</h3><ul>{"".join(nav)}</ul></nav>
<main><h1>netadvisor: wat de adviseur doet, per hoofdstuk van de gids</h1>
<p>Gemaakt op {_e(meta["date"])} · regelbasis {_e(meta["version"])} · git-revisie {_e(meta["revision"])}</p>
<p id="totalen">Totaal: {total_line}</p>
{"".join(body)}
<h2 id="dekking">Alle regels: {counts["checked"]} van {len(all_rules)} gecontroleerd door een scenario</h2>
<p>Gecontroleerd: een stap van een geslaagd scenario toetst de bevinding of het besluit van de regel.
Vuurt enkel: de regel vuurde in een scenario, maar geen stap toetst wat hij zegt ({counts["fired"]}).
Door geen scenario gecontroleerd: {counts["none"]}.</p>
<table id="regels"><tr><th>regel</th><th>wat ze zegt</th><th>scenario's</th></tr>{rules_html}</table>
<h2 id="beleid">Beleidswaarden die gelden</h2>
<table id="beleidswaarden"><tr><th>naam</th><th>waarde</th><th>uitleg</th></tr>{policies_html}</table>
</main><script>{_JS}</script></body></html>
"""


def _steps_markdown(steps: list[Step]) -> list[str]:
    """Steps as a Markdown list, each with its data table and docstring (as :func:`_steps_html`)."""
    lines = []
    for step in steps:
        lines.append(f"- **{step.keyword}** {step.text}")
        if step.table:
            head, *rows = step.table
            lines += ["", "  | " + " | ".join(head) + " |", "  |" + "---|" * len(head)]
            lines += ["  | " + " | ".join(row) + " |" for row in rows]
        if step.docstring is not None:
            lines += ["", "  ```", *("  " + line for line in step.docstring.splitlines()), "  ```"]
    return lines


def render_markdown(merged: list[dict[str, Any]], meta: dict[str, str]) -> str:
    totals = _totals(merged)
    all_rules = json.loads(meta["rules"])
    lines = [
        "# netadvisor: wat de adviseur doet, per hoofdstuk van de gids",
        "",
        f"Gemaakt op {meta['date']} · regelbasis {meta['version']} · git-revisie {meta['revision']}",
        "",
        "Totaal: " + ", ".join(f"{STATUS_WORDS[s]}: {n}" for s, n in totals.items() if n),
        "",
    ]
    current_feature = current_rule = None
    for entry in merged:
        feature, rule, scenario = entry["feature"], entry["rule"], entry["scenario"]
        if feature is not current_feature:
            current_feature, current_rule = feature, None
            lines += [f"## Functionaliteit: {feature.name}", "", feature.description.strip(), ""]
            if feature.background:
                lines += ["**Achtergrond**", "", *_steps_markdown(feature.background), ""]
        if rule is not current_rule:
            current_rule = rule
            if rule.name:
                lines += [f"### Regel: {rule.name}", "", rule.description.strip(), ""]
                # as the HTML shows it: a Regel's Achtergrond gives every scenario under it its first steps (the
                # Markdown left it out, and its scenarios read as if they began without a case)
                if rule.background:
                    lines += ["**Achtergrond**", "", *_steps_markdown(rule.background), ""]
        lines += [f"#### {scenario.keyword}: {scenario.name} — {STATUS_WORDS[entry['status']]}", ""]
        lines += _steps_markdown(scenario.steps)
        for examples in scenario.examples:
            lines += [
                "",
                f"**Voorbeelden:** {examples.name}",
                "",
                "| " + " | ".join([*examples.header, "uitkomst"]) + " |",
                "|" + "---|" * (len(examples.header) + 1),
            ]
            lines += [
                "| " + " | ".join([*row["cells"], STATUS_WORDS[row["status"]]]) + " |"
                for row in entry["rows"]
                if row["examples"] == examples.name
            ]
        for words, ids in _rules_said(entry):
            lines += ["", f"{words}: " + ", ".join(f"`{rule_id}`" for rule_id in ids)]
        if entry["error"]:
            lines += ["", f"> {entry['error']}"]
        lines.append("")
    coverage = rule_coverage(merged, all_rules)
    checked = sum(1 for state in coverage.values() if state == "checked")
    lines += [
        f"## Alle regels: {checked} van {len(all_rules)} gecontroleerd door een scenario",
        "",
        "| regel | wat ze zegt | scenario's |",
        "|---|---|---|",
    ]
    lines += [
        f"| `{rule['id']}` (§{', §'.join(rule['sections'])}) | **{rule['title']}**: "
        f"{rule['says'].replace('|', '/')} | {COVERAGE_WORDS[coverage[rule['id']]]} |"
        for rule in json.loads(meta["catalogue"])
    ]
    lines += ["", "## Beleidswaarden die gelden", "", "| naam | waarde | uitleg |", "|---|---|---|"]
    lines += [
        f"| `{p['name']}` | {p['value']} | {p['explanation'].replace('|', '/')} |" for p in json.loads(meta["policies"])
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--features", default=str(ROOT / "features"))
    parser.add_argument("--results", required=True, help="the JSON the test run wrote (--livingdoc-results)")
    parser.add_argument("--out", required=True, help="output path without extension (.html and .md are written)")
    parser.add_argument("--rules", help="the rules the scenarios ran against (default: the packaged rules)")
    args = parser.parse_args(argv)
    results_path = Path(args.results)
    results = json.loads(results_path.read_text(encoding="utf-8"))["results"] if results_path.is_file() else []
    merged = merge(parse_features(Path(args.features)), results)
    meta = _meta(args.rules)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.with_suffix(".html").write_text(render_html(merged, meta), encoding="utf-8")
    out.with_suffix(".md").write_text(render_markdown(merged, meta), encoding="utf-8")
    print(f"{out.with_suffix('.html')} en {out.with_suffix('.md')} geschreven")  # a tool, not the library
    return 0


if __name__ == "__main__":
    sys.exit(main())
