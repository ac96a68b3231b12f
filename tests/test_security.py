"""Conditions and messages are data: no rule file, case or placeholder can run code, read files or reach
the network; message placeholders take fact values only."""

from __future__ import annotations

import builtins
import socket
import subprocess
from pathlib import Path

import pytest

from conftest import EXAMPLES, RULES
from helpers import rules_from_text
from netadvisor import Advisor, CaseError, RuleError, load_case_file
from netadvisor.advisor import fill_placeholders
from netadvisor.facts import LARGEST_COUNT, Bounds
from netadvisor.render import advice_text
from netadvisor.text import Language

MARKER = Path("/tmp/netadvisor-security-marker")

ATTEMPTS = [
    f"rules: !!python/object/apply:os.system ['touch {MARKER}']\n",
    f"rules: !!python/object/new:subprocess.Popen [['touch', '{MARKER}']]\n",
    "rules: !!python/name:os.system\n",
    "rules: !!python/module:os\n",
    f'rules:\n  - id: X-a\n    title: !!python/object/apply:builtins.exec [\'open("{MARKER}", "w")\']\n',
    (
        "rules:\n  - id: X-b\n    title: {nl: a, en: b}\n    section: ['4.3']\n"
        "    when: [{fact: \"__import__('os').system('id')\", is: x}]\n    then: {finding: {severity: info, message: {nl: a, en: a}}}\n"
    ),
    (
        "rules:\n  - id: X-c\n    title: {nl: a, en: b}\n    section: ['4.3']\n    when: [{fact: governance.trust, is: high}]\n"
        "    then: {finding: {severity: info, message: {nl: '{governance.trust.__class__.__mro__}', en: '{0}'}}}\n"
    ),
    (
        "rules:\n  - id: X-d\n    title: {nl: a, en: b}\n    section: ['4.3']\n    when: [{fact: governance.trust, is: high}]\n"
        "    then: {finding: {severity: info, message: {nl: '{governance.trust!r:>10}', en: '{__builtins__}'}}}\n"
    ),
]


@pytest.mark.parametrize("text", ATTEMPTS)
def test_a_rule_file_cannot_run_code(text: str) -> None:
    MARKER.unlink(missing_ok=True)
    with pytest.raises(RuleError):
        rules_from_text(text)
    assert not MARKER.exists()


def test_a_case_file_cannot_run_code(tmp_path: Path) -> None:
    MARKER.unlink(missing_ok=True)
    case = tmp_path / "case.yaml"
    case.write_text(f"title: !!python/object/apply:os.system ['touch {MARKER}']\n")
    with pytest.raises(CaseError):
        load_case_file(case)
    assert not MARKER.exists()


def test_placeholders_take_names_only_and_values_are_not_expanded_again() -> None:
    """A fact value that looks like a placeholder stays text; attribute access and format specs do nothing."""
    facts = {"challenge.theme": "{goal.statement} {__class__}", "goal.statement": "GEHEIM"}
    text = fill_placeholders("Thema: {challenge.theme}; {{letterlijk}}", facts, {}, "nl")
    assert text == "Thema: {goal.statement} {__class__}; {letterlijk}"


def test_case_text_is_data_in_the_advice(advisor: Advisor) -> None:
    hostile = "<script>alert(1)</script> {governance.trust} $(rm -rf /) ; DROP TABLE"
    advice = advisor.advise({"title": hostile, "challenge": {"theme": hostile, "rationale": "effectiveness"}})
    assert advice.case_title == hostile  # kept as it was, escaped only by whoever renders it as HTML
    assert hostile in advice_text(advice)


def test_advising_reads_no_file_and_opens_no_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    """Once the rules are loaded, advice is computed in memory: no file, no network, no process."""
    advisor = Advisor.from_path(RULES)
    case = load_case_file(EXAMPLES / "dak-en-thuisloosheid.yaml")

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"not allowed while advising: {args!r}")

    monkeypatch.setattr(builtins, "open", refuse)
    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(subprocess, "Popen", refuse)
    for _ in range(3):
        assert advisor.advise(case).conclusion("governance_mode") == "network_administrative_organisation"


def test_loading_rules_opens_no_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network used while loading rules")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert Advisor.from_path(RULES).rulebase.rules


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "Minstens 2 en hoogstens 5 lokale besturen; Minstens 3 partners"),
        ("en", "At least 2 and at most 5 lokale besturen; At least 3 partners"),
    ],
)
def test_a_count_known_within_bounds_is_said_as_such_and_without_an_upper_bound_as_at_least(
    lang: Language, said: str
) -> None:
    """A count of a network whose list may be incomplete has no upper bound: "minstens 3", never "3 tot
    100000"; one with both says both ("2 tot 12 lokale besturen werken samen", beside ten partners of unknown
    kind, read as a slip: a policy officer); a message that opens on it starts with a capital."""
    facts = {"partner_summary.local_governments": Bounds(2, 5), "governance.partner_count": Bounds(3, LARGEST_COUNT)}
    within = fill_placeholders("{partner_summary.local_governments} lokale besturen", facts, {}, lang)
    open_ended = fill_placeholders("{governance.partner_count} partners", facts, {}, lang)
    assert f"{within}; {open_ended}" == said
