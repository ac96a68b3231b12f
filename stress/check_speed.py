"""`check` on rule files full of mistakes: a 64 KB file must be checked in under a second.

Each mistake asks for a "did you mean"; searched without a bound, 1,500 misspelt facts took 5 s and
1,200 unknown policy references 41 s. Generates such files (each at most 64 KB), times
``load_rules`` on each (the work ``netadvisor check`` does), and prints the figures. Not part of the
test suite (the test asserts the bound on the searches, not the time):

    .venv/bin/python stress/check_speed.py
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from netadvisor import FACTS, RuleError, load_rules

LIMIT_BYTES = 64 * 1024
LIMIT_SECONDS = 1.0


def _misspelt(word: str, rng: random.Random) -> str:
    at = rng.randrange(len(word))
    return word[:at] + word[at + 1 :]


def _rules(conditions: list[str], per_rule: int) -> list[str]:
    lines = ["rules:"]
    for number in range(0, len(conditions), per_rule):
        lines += [
            f"  - id: GOV-r{number}",
            "    title: {nl: a, en: b}",
            '    section: ["4.3"]',
            f"    when: [{', '.join(conditions[number : number + per_rule])}]",
            "    then: {finding: {severity: info, message: {nl: a, en: b}}}",
        ]
    return lines


def _fit(make: callable, limit: int = LIMIT_BYTES) -> tuple[str, int]:  # type: ignore[valid-type]
    """The largest text ``make(count)`` gives within ``limit`` bytes, and that count."""
    low, high = 1, 20_000
    while low < high:
        middle = (low + high + 1) // 2
        if len(make(middle).encode()) <= limit:
            low = middle
        else:
            high = middle - 1
    return make(low), low


def misspelt_facts(rng: random.Random) -> tuple[str, str]:
    facts = [path for path, spec in FACTS.items() if spec.type == "bool"]
    words = [_misspelt(rng.choice(facts), rng) for _ in range(20_000)]
    text, count = _fit(lambda n: "\n".join(_rules([f"{{fact: {w}, is: true}}" for w in words[:n]], 30)) + "\n")
    return f"{count} misspelt facts", text


def unknown_policies(rng: random.Random) -> tuple[str, str]:
    def make(n: int) -> str:
        policies = ["policy:"] + [f"  waarde_{i}: {{value: {i}, explanation: {{nl: a, en: b}}}}" for i in range(n)]
        references = [
            f"{{fact: governance.partner_count, at_least: {{policy: waarde_{(i * 7919) % n}x}}}}"
            for i in range(n * 3 // 2)
        ]
        return "\n".join(policies + _rules(references, 30)) + "\n"

    text, count = _fit(make)
    return f"{count} policy values, {count * 3 // 2} references to unknown ones", text


def misspelt_keys_and_values(rng: random.Random) -> tuple[str, str]:
    trust = ["hgh", "lwo", "moderat", "hihg"]

    def make(n: int) -> str:
        return (
            "\n".join(
                _rules(
                    [
                        f"{{fact: governance.trust, is: {trust[i % 4]}}}"
                        if i % 2
                        else "{fact: governance.trust, si: high, ist: low}"
                        for i in range(n)
                    ],
                    30,
                )
            )
            + "\n"
        )

    text, count = _fit(make)
    return f"{count} misspelt operators and values", text


def main() -> int:
    rng = random.Random(11)
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for name, text in (misspelt_facts(rng), unknown_policies(rng), misspelt_keys_and_values(rng)):
            path = Path(folder) / "regels.yaml"
            path.write_text(text, encoding="utf-8")
            start = time.perf_counter()
            problems = hints = 0
            try:
                load_rules(path)
            except RuleError as error:
                problems = len(error.problems)
                hints = sum(1 for problem in error.problems if problem.hint)
            seconds = time.perf_counter() - start
            ok = seconds < LIMIT_SECONDS and problems > 0
            results.append(ok)
            print(
                f"{'ok ' if ok else 'BAD'} {seconds * 1000:7.0f} ms  {len(text.encode()) / 1024:5.1f} KB  "
                f"{name}: {problems} problems, {hints} with a hint"
            )
    print(f"{sum(results)} of {len(results)} files of at most 64 KB checked in under {LIMIT_SECONDS:.0f} s")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
