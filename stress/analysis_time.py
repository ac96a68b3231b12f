"""`check --analyse` on rule bases built to explode: each must finish within a few seconds.

Forty rules supporting one decision with a minimum of twelve were 5.6 billion combinations; seventeen
rules on independent yes/no facts gave 131,072 gap combinations. The analysis searches within stated
budgets (SUPPORT_BUDGET, GAP_BUDGET in analysis.py) and says "not analysed" past them. Prints the time
of each, and of the packaged rules. Not part of the test suite:

    .venv/bin/python stress/analysis_time.py
"""

from __future__ import annotations

import sys
import time

from netadvisor import FACTS, load_rules, packaged_rules_path
from netadvisor.analysis import analyse
from netadvisor.loader import Source, load_sources

LIMIT_SECONDS = 10.0
YES_NO = [path for path, spec in FACTS.items() if spec.type == "bool" and not spec.computed]


def supporters(count: int, minimum: int, in_pairs: bool) -> str:
    rules = [
        f"""
  - id: GOV-support-{number}
    title: {{nl: s, en: s}}
    section: ["4.3"]
    when: [{{fact: {YES_NO[number // 2 if in_pairs else number]}, is: {"false" if in_pairs and number % 2 else "true"}}}]
    then: {{supports: {{governance_mode: self_governing}}}}"""
        for number in range(count)
    ]
    return f"""
decisions:
  governance_mode: {{minimum_support: {minimum}}}
rules:{"".join(rules)}
  - id: GOV-after
    title: {{nl: n, en: n}}
    section: ["4.3"]
    when: [{{conclusion: governance_mode, is: self_governing}}]
    then: {{finding: {{severity: info, message: {{nl: n, en: n}}}}}}
"""


def independent_facts(count: int) -> str:
    return "rules:" + "".join(
        f"""
  - id: FORM-by-{number}
    title: {{nl: f, en: f}}
    section: ["3"]
    when: [{{fact: {YES_NO[number]}, is: true}}]
    then: {{conclude: {{collaboration_form: learning_network}}}}"""
        for number in range(count)
    )


def main() -> int:
    bases = {
        "packaged rules": lambda: load_rules(packaged_rules_path()),
        "40 supporters, minimum 12": lambda: load_sources([Source("a.yaml", supporters(40, 12, False).encode())]),
        "40 supporters in 20 contradicting pairs, minimum 21": lambda: load_sources(
            [Source("a.yaml", supporters(40, 21, True).encode())]
        ),
        "50 supporters, minimum 25": lambda: load_sources([Source("a.yaml", supporters(50, 25, False).encode())]),
        "17 rules on independent yes/no facts": lambda: load_sources(
            [Source("a.yaml", independent_facts(17).encode())]
        ),
    }
    results = []
    for name, load in bases.items():
        rulebase = load()
        start = time.perf_counter()
        analysis = analyse(rulebase)
        seconds = time.perf_counter() - start
        not_analysed = sum(1 for finding in analysis.findings if finding.code == "not-analysed")
        ok = seconds <= LIMIT_SECONDS
        results.append(ok)
        print(
            f"{'ok ' if ok else 'BAD'} {seconds:6.2f} s  {name}: {len(analysis.findings)} findings, "
            f"{not_analysed} not analysed (budget)"
        )
    print(f"{sum(results)} of {len(results)} analysed within {LIMIT_SECONDS:.0f} s")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
