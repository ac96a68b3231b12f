"""The living documentation page: every scenario, an honest status for each, and it opens in Chromium."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, RULES
from helpers import CHROMIUM_FLAGS, chromium, record_scenarios
from netadvisor import load_rules

sys.path.insert(0, str(ROOT / "tools"))
import featuredoc

SAMPLES = ROOT / "tests" / "golden" / "livingdoc"


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict], Path]:
    """Run the mixed samples through pytest with the recording plugin, and render their page."""
    folder = tmp_path_factory.mktemp("livingdoc")
    results = folder / "results.json"
    run = record_scenarios(SAMPLES / "run_samples.py", results)
    assert run.returncode == 1, run.stdout[-2000:]  # deliberately failing: exit 1, not a crash
    merged = featuredoc.merge(
        featuredoc.parse_features(SAMPLES / "features"), json.loads(results.read_text())["results"]
    )
    assert (
        featuredoc.main(
            [
                "--features",
                str(SAMPLES / "features"),
                "--results",
                str(results),
                "--out",
                str(folder / "page"),
                "--rules",
                str(RULES),
            ]
        )
        == 0
    )
    return merged, folder / "page"


def test_statuses_match_a_run_with_deliberate_failures(sample_page: tuple[list[dict], Path]) -> None:
    merged, _ = sample_page
    assert {entry["scenario"].name: entry["status"] for entry in merged} == {
        "Slaagt": "passed",
        "Vuurt meer dan er gecontroleerd wordt": "passed",
        "Mislukt met opzet": "failed",
        "Een stap zonder definitie": "undefined",
        "Overgeslagen": "skipped",
        "Een tabel met een mislukte rij": "failed",
    }
    outline = next(entry for entry in merged if entry["rows"])
    assert [(row["cells"], row["status"]) for row in outline["rows"]] == [
        (["kennis", "lerend netwerk"], "passed"),
        (["efficiëntie", "organisatienetwerk"], "failed"),
    ]
    passed = next(entry for entry in merged if entry["scenario"].name == "Slaagt")
    assert ("FORM-learning-network", ["5"]) in passed["rules"]


def test_the_page_shows_each_status_in_dutch(sample_page: tuple[list[dict], Path]) -> None:
    _, page = sample_page
    text = page.with_suffix(".html").read_text(encoding="utf-8")
    for word in ("geslaagd", "mislukt", "overgeslagen", "stap niet gedefinieerd"):
        assert f">{word}</span>" in text
    assert "Totaal: geslaagd: 3, mislukt: 2, overgeslagen: 1, stap niet gedefinieerd: 1" in text
    markdown = page.with_suffix(".md").read_text(encoding="utf-8")
    assert "#### Scenario: Mislukt met opzet — mislukt" in markdown
    assert "| efficiëntie | organisatienetwerk | mislukt |" in markdown


def test_a_scenario_not_run_is_never_shown_as_passed() -> None:
    features = featuredoc.parse_features(ROOT / "features")
    merged = featuredoc.merge(features, [])
    assert {entry["status"] for entry in merged} == {"notrun"}


def test_the_page_lists_every_scenario_of_the_features(tmp_path: Path) -> None:
    features = featuredoc.parse_features(ROOT / "features")
    merged = featuredoc.merge(features, [])
    page = featuredoc.render_html(merged, featuredoc._meta(str(RULES)))
    names = [scenario.name for feature in features for rule in feature.rules for scenario in rule.scenarios]
    assert len(names) > 30
    for name in names:
        assert featuredoc._e(name) in page, name
    for feature in features:
        for rule in feature.rules:
            if rule.name:
                assert f"Regel: {featuredoc._e(rule.name)}" in page


@pytest.mark.slow
def test_the_page_opens_in_headless_chromium(sample_page: tuple[list[dict], Path], tmp_path: Path) -> None:
    """Its script runs without error (it marks the body when done), and a screenshot is taken."""
    browser = chromium()
    _, page = sample_page
    url = page.with_suffix(".html").as_uri()
    profile = ["--user-data-dir=" + str(tmp_path / "profile")]
    dom = subprocess.run(
        [browser, *CHROMIUM_FLAGS, *profile, "--dump-dom", url], capture_output=True, text=True, timeout=120
    )
    assert 'data-klaar="ja"' in dom.stdout, dom.stderr[-1000:]
    assert 'data-scenarios="6"' in dom.stdout, dom.stderr[-1000:]
    screenshot = tmp_path / "levende-documentatie.png"
    subprocess.run(
        [browser, *CHROMIUM_FLAGS, *profile, "--window-size=1280,1600", f"--screenshot={screenshot}", url],
        capture_output=True,
        timeout=120,
    )
    assert screenshot.is_file()
    assert screenshot.stat().st_size > 20_000
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_rule_only_checked_as_absent_or_shown_by_a_failing_scenario_is_not_called_checked() -> None:
    """A rule that could never fire stood "gecontroleerd" on a green page: a "niet de bevinding" step checked it, and
    the scenario that showed it firing had failed, then was deleted (a living-documentation review)."""

    def entry(status: str, checked: list[str], shown: list[str]) -> dict[str, object]:
        return {"status": status, "checked": checked, "shown": shown, "rules": [(rule, []) for rule in shown]}

    merged = [
        entry("passed", ["R-absent", "R-shown"], ["R-shown"]),
        entry("failed", ["R-failing"], ["R-failing"]),
    ]
    rules = [["R-absent"], ["R-shown"], ["R-failing"], ["R-none"]]
    assert featuredoc.rule_coverage(merged, rules) == {
        "R-absent": "absent",
        "R-shown": "checked",
        "R-failing": "fired",  # (it fired there, and the scenario that checked it failed)
        "R-none": "none",
    }


def test_a_scenario_says_which_rules_it_checked_fire_which_not_and_a_failed_one_none() -> None:
    """A "niet" step stood under "Gecontroleerd:" like a positive one, and a failed scenario's rule, which its step
    had failed on, was listed as "vuurden ook (niet gecontroleerd)" (a rule-editing trial)."""
    passed = {
        "status": "passed",
        "checked": ["R-absent", "R-shown"],
        "shown": ["R-shown"],
        "rules": [("R-shown", ["4.1"]), ("R-other", [])],
    }
    assert featuredoc._rules_said(passed) == [
        ("Gecontroleerd dat ze vuren", ["R-shown"]),
        ("Gecontroleerd dat ze niet vuren", ["R-absent"]),
        ("Vuurden ook (niet gecontroleerd)", ["R-other"]),
    ]
    failed = {**passed, "status": "failed", "checked": [], "shown": []}
    assert featuredoc._rules_said(failed) == []
    assert featuredoc._rules_html(failed) == ""
    assert "Gecontroleerd dat ze niet vuren: <code>R-absent</code>" in featuredoc._rules_html(passed)


def test_the_page_says_for_every_rule_whether_a_scenario_checks_it(sample_page: tuple[list[dict], Path]) -> None:
    """Checked (a step asserted what the rule says) apart from fired only; every rule's Dutch title and what it
    says; the policy values in force; and a failed check in words."""
    merged, page = sample_page
    coverage = featuredoc.rule_coverage(merged, json.loads(featuredoc._meta(str(RULES))["rules"]))
    assert coverage["FORM-learning-network"] == "checked"  # 'Slaagt' checks the form it concludes
    assert coverage["FORM-sovereignty"] == "checked"
    assert coverage["FORM-organisation-network"] == "fired"  # it fired, but no step checked the form
    assert coverage["GOV-not-chosen"] == "none"
    text = page.with_suffix(".html").read_text(encoding="utf-8")
    rulebase = load_rules(RULES)
    assert f"Alle regels: {list(coverage.values()).count('checked')} van {len(rulebase.rules)} gecontroleerd" in text
    for rule in rulebase.rules:
        assert featuredoc._e(rule.title.nl) in text, rule.id
    for policy in rulebase.policies.values():
        assert f"<code>{policy.name}</code></td><td>{policy.value}</td>" in text
    assert (
        "verwacht samenwerkingsvorm &#x27;organisatienetwerk&#x27;, kwam uit &#x27;shared service centre&#x27;" in text
    )


def test_the_markdown_shows_a_rules_achtergrond_as_the_html_does(tmp_path: Path) -> None:
    """A Regel's Achtergrond (its scenarios' first steps, a data table too) is in the Markdown, under the Regel
    and before its scenarios, as in the HTML: the Markdown left it out (living-documentation review)."""
    (tmp_path / "regel.feature").write_text(
        "# language: nl\n"
        "Functionaliteit: Een regel met een achtergrond\n\n"
        "  Regel: De achtergrond hoort bij de regel\n\n"
        "    Achtergrond:\n"
        '      Gegeven een casus "Een organisatienetwerk"\n'
        "      En de partners zijn:\n"
        "        | naam |\n"
        "        | OCMW |\n\n"
        "    Scenario: Begint met de casus van de achtergrond\n"
        "      Als de adviseur de casus beoordeelt\n"
        '      Dan is de samenwerkingsvorm "organisatienetwerk"\n',
        encoding="utf-8",
    )
    merged = featuredoc.merge(featuredoc.parse_features(tmp_path), [])
    meta = featuredoc._meta(str(RULES))
    markdown = featuredoc.render_markdown(merged, meta)
    rule = markdown.index("### Regel: De achtergrond hoort bij de regel")
    background = markdown.index("**Achtergrond**", rule)
    scenario = markdown.index("#### Scenario: Begint met de casus van de achtergrond", background)
    assert '- **Gegeven** een casus "Een organisatienetwerk"' in markdown[background:scenario]
    assert "  | OCMW |" in markdown[background:scenario]
    html_page = featuredoc.render_html(merged, meta)
    assert "<h4>Achtergrond</h4>" in html_page


def _git(folder: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        cwd=folder,
        check=True,
        capture_output=True,
    )


def test_the_revision_says_when_the_working_tree_differs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A change not committed under src/, rules/, features/ or tests/ is marked beside the revision; one
    elsewhere (a note, build/) is not: the page named the revision alone (living-documentation review)."""
    _git(tmp_path, "init", "-q")
    for folder in ("features", "docs"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text("1\n", encoding="utf-8")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-q", "-m", "start")
    monkeypatch.setattr(featuredoc, "ROOT", tmp_path)
    assert featuredoc._local_changes() == ""
    (tmp_path / "docs" / "a.txt").write_text("2\n", encoding="utf-8")
    assert featuredoc._local_changes() == ""
    (tmp_path / "features" / "b.txt").write_text("new\n", encoding="utf-8")
    assert featuredoc._local_changes() == featuredoc.LOCAL_CHANGES == " (met lokale wijzigingen)"
