"""Helpers for tests that need rule files of their own."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from netadvisor import RuleBase
from netadvisor.engine import durable_available
from netadvisor.loader import Source, load_sources
from netadvisor.scenariotests import run_pytest

# Where CI sets NETADVISOR_REQUIRE_DURABLE, the tests that need durable_rules run, and fail, even when
# it does not import: CI must not pass by quietly testing the evaluator alone. Elsewhere they skip.
DURABLE_REQUIRED = bool(os.environ.get("NETADVISOR_REQUIRE_DURABLE"))
requires_durable = pytest.mark.skipif(
    not durable_available() and not DURABLE_REQUIRED,
    reason="durable_rules does not import here (make builds it with netadvisor's patch; see the README)",
)


def rules_from_text(text: str, name: str = "test.yaml") -> RuleBase:
    """A rule base from one YAML text."""
    return load_sources([Source(name, text.encode())])


def rules_from_texts(*texts: str) -> RuleBase:
    """A rule base from several YAML texts, each a file of its own (an applies_when holds for its file only)."""
    return load_sources([Source(f"test-{number}.yaml", text.encode()) for number, text in enumerate(texts)])


# The form from the rationale: an organisation network or a learning network (tests of advice on a condition).
FORM_RULES = """
rules:
  - id: FORM-network
    title: {nl: netwerk, en: network}
    section: ["3"]
    when: [{fact: challenge.rationale, is: effectiveness}]
    then: {conclude: {collaboration_form: organisation_network}}
  - id: FORM-learning
    title: {nl: lerend, en: learning}
    section: ["3"]
    when: [{fact: challenge.rationale, is: knowledge}]
    then: {conclude: {collaboration_form: learning_network}}
"""

# A finding on the goal consensus, which is asked after whether there is a common goal (tests of follow-ups).
CONSENSUS_RULES = """
rules:
  - id: GOV-consensus
    title: {nl: consensus, en: consensus}
    section: ["4.3"]
    when: [{fact: governance.goal_consensus, is: high}]
    then: {finding: {severity: info, message: {nl: "Consensus", en: "Consensus"}}}
"""


# A governance decision in small: self-governance on high trust or few partners, an NAO on moderate trust or many;
# the current mode judged (tests of outcome sets and of what an advice says about the current mode).
GOVERNANCE_RULES = """
decisions:
  governance_mode: {minimum_support: 2, current: governance.current_mode}
rules:
  - id: G-trust-high
    title: {nl: a, en: a}
    section: ["4.3"]
    when: [{fact: governance.trust, is: high}]
    then: {supports: {governance_mode: self_governing}}
  - id: G-few
    title: {nl: b, en: b}
    section: ["4.3"]
    when: [{fact: governance.partner_count, at_most: 7}]
    then: {supports: {governance_mode: self_governing}}
  - id: G-many
    title: {nl: c, en: c}
    section: ["4.3"]
    when: [{fact: governance.partner_count, more_than: 7}]
    then: {supports: {governance_mode: network_administrative_organisation}}
  - id: G-trust-moderate
    title: {nl: d, en: d}
    section: ["4.3"]
    when: [{fact: governance.trust, is: moderate}]
    then: {supports: {governance_mode: network_administrative_organisation}}
  - id: G-unsupported
    title: {nl: e, en: e}
    section: ["4.3"]
    when: [{conclusion: governance_mode_current, is: unsupported}]
    then: {finding: {severity: warning, message: {nl: e, en: e}}}
"""

# The challenge type from two counts of criteria, and the form from the rationale (or, the rationale unknown, from a
# complex type): tests of outcome sets and of what a conclusion says of them.
TYPE_RULES = """
policy:
  min: {value: 4, explanation: {nl: x, en: x}}
rules:
  - id: T-complex
    title: {nl: c, en: c}
    section: ["2"]
    when: [{fact: challenge.criteria.pointing_complex, at_least: {policy: min}}]
    then: {conclude: {challenge_type: complex}}
  - id: T-simple
    title: {nl: s, en: s}
    section: ["2"]
    when: [{fact: challenge.criteria.pointing_simple, at_least: {policy: min}}]
    then: {conclude: {challenge_type: simple}}
  - id: F-network
    title: {nl: n, en: n}
    section: ["3"]
    when: [{fact: challenge.rationale, is: effectiveness}]
    then: {conclude: {collaboration_form: organisation_network}}
  - id: F-complex
    title: {nl: k, en: k}
    section: ["3"]
    when: [{conclusion: challenge_type, is: complex}, {fact: challenge.rationale, known: false}]
    then: {conclude: {collaboration_form: organisation_network}}
  - id: F-learning
    title: {nl: l, en: l}
    section: ["5"]
    when: [{fact: challenge.rationale, is: knowledge}]
    then: {conclude: {collaboration_form: learning_network}}
"""


CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium() -> str:
    """Debian's chromium, or a skip; where CI sets NETADVISOR_REQUIRE_CHROMIUM, its absence is a failure."""
    import os
    import shutil

    import pytest

    found = shutil.which("chromium")
    if found is None:
        if os.environ.get("NETADVISOR_REQUIRE_CHROMIUM"):
            pytest.fail("chromium is required here (.ci/run installs Debian's chromium package)")
        pytest.skip("Debian's chromium is not installed; .ci/run installs it")
    return found


def record_scenarios(target: Path, results: Path) -> subprocess.CompletedProcess[str]:
    """Run the scenarios of ``target`` in a child pytest from the project root, as ``make docs`` does, with the
    living documentation's recorder writing ``results`` (tests/conftest.py registers it)."""
    return run_pytest([str(target), "--livingdoc-results", str(results)], Path(__file__).resolve().parents[1])


PROVISIONAL_NETWORK_CASE = {
    "challenge": {
        "criteria": {"recipe": "complex", "replicability": "complex", "expertise": "complex", "uniqueness": "complex"}
    },
    "governance": {"trust": "moderate", "goal_consensus": "moderate", "network_competency_need": "high"},
}
"""A complex challenge whose rationale is unknown: provisionally an organisation network, and the governance mode
with it. The form a case says it has changes both (a tool builder's case, for the questions' tests)."""


# A governance decision by two factors, trust and goal consensus, each for self-governance or a lead organisation
# (two of two needed): what an open decision says it can no longer be, and what what-if says of it.
TRUST_AND_CONSENSUS_RULES = """
decisions:
  governance_mode: {minimum_support: 2}
rules:
  - id: G-trust-self
    title: {nl: vertrouwen, en: trust}
    section: ["4.3"]
    when: [{fact: governance.trust, is: high}]
    then: {supports: {governance_mode: self_governing}}
  - id: G-consensus-self
    title: {nl: consensus, en: consensus}
    section: ["4.3"]
    when: [{fact: governance.goal_consensus, is: high}]
    then: {supports: {governance_mode: self_governing}}
  - id: G-trust-lead
    title: {nl: weinig vertrouwen, en: low trust}
    section: ["4.3"]
    when: [{fact: governance.trust, is: low}]
    then: {supports: {governance_mode: lead_organisation}}
  - id: G-consensus-lead
    title: {nl: weinig consensus, en: low consensus}
    section: ["4.3"]
    when: [{fact: governance.goal_consensus, is: low}]
    then: {supports: {governance_mode: lead_organisation}}
"""
