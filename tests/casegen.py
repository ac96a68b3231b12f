"""Generated cases and rule bases for differential tests and the benchmark (seeded, reproducible)."""

from __future__ import annotations

import random
from typing import Any

from netadvisor import FACTS

_INPUTS = [(path, spec) for path, spec in FACTS.items() if not spec.computed and spec.type in ("bool", "enum", "int")]


def random_case(rng: random.Random, unknown_share: float = 0.4) -> dict[str, Any]:
    """A valid case with each fact known or not, values drawn from the fact's domain, and some partners."""
    case: dict[str, Any] = {}
    for path, spec in _INPUTS:
        if rng.random() < unknown_share:
            continue
        if spec.type == "int":
            # (within the fact's own bounds: no network counts 0 organisations)
            value: Any = max(rng.choice([0, 1, 2, 3, 4, 7, 8, 9, 15, 40]), spec.minimum or 0)
        else:
            value = rng.choice(spec.values)
        node = case
        *parents, leaf = path.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = value
    if rng.random() < 0.6:
        case["partners"] = [
            {
                "name": f"Partner {number}",
                "kind": rng.choice(["municipality", "ocmw", "social_profit", "citizens", None]),
                "willing_to_adapt": rng.choice([True, False, None]),
                "entry_exit_conditions_agreed": rng.choice([True, False, None]),
                "brings": rng.choice(["expertise", None]),
            }
            for number in range(rng.randint(1, 12))
        ]
        governance = case.get("governance", {})
        if rng.random() < 0.5:
            governance.pop("partner_count", None)
        elif governance.get("partner_count", 0) < len(case["partners"]):
            # a count below the list is refused; a count above it says the list is incomplete
            governance["partner_count"] = len(case["partners"]) + rng.choice([0, 0, 3])
    return case


def random_rule_file(rng: random.Random, rules: int = 25) -> str:
    """A valid rule file with chained conclusions, a decision and every operator."""
    enum_facts = [(p, s) for p, s in _INPUTS if s.type == "enum"]
    bool_facts = [(p, s) for p, s in _INPUTS if s.type == "bool"]
    int_facts = [(p, s) for p, s in FACTS.items() if s.type == "int"]
    lines = ["decisions:", "  pick: {minimum_support: 2}", "rules:"]
    derived: list[tuple[str, str]] = []
    supports = {"a": 1}  # (GEN-support's, below)
    for number in range(rules):
        conditions = []
        for _ in range(rng.randint(1, 3)):
            kind = rng.random()
            if kind < 0.35:
                path, spec = rng.choice(enum_facts)
                operator = rng.choice(["is", "is_not", "one_of", "not_one_of"])
                value = (
                    f"[{', '.join(rng.sample(spec.values, min(2, len(spec.values))))}]"
                    if operator in ("one_of", "not_one_of")
                    else rng.choice(spec.values)
                )
                conditions.append(f"{{fact: {path}, {operator}: {value}}}")
            elif kind < 0.6:
                path, _spec = rng.choice(bool_facts)
                conditions.append(f"{{fact: {path}, {rng.choice(['is', 'is_not'])}: {rng.choice(['true', 'false'])}}}")
            elif kind < 0.8:
                path, _spec = rng.choice(int_facts)
                operator = rng.choice(["at_least", "at_most", "more_than", "less_than", "is"])
                conditions.append(f"{{fact: {path}, {operator}: {rng.randint(0, 9)}}}")
            elif kind < 0.87:
                path, _spec = rng.choice(_INPUTS)
                conditions.append(f"{{fact: {path}, known: {rng.choice(['true', 'false'])}}}")
            elif derived:
                name, value = rng.choice(derived)
                conditions.append(f"{{conclusion: {name}, {rng.choice(['is', 'is_not'])}: {value}}}")
        if not conditions:
            conditions.append("{fact: governance.trust, known: true}")
        then = []
        roll = rng.random()
        if roll < 0.4:
            name, value = f"c{rng.randint(0, 3)}", f"v{rng.randint(0, 2)}"
            derived.append((name, value))
            then.append(f"conclude: {{{name}: {value}}}")
        elif roll < 0.7:
            supported = rng.choice(["a", "b", "c"])
            supports[supported] = supports.get(supported, 0) + 1
            then.append(f"supports: {{pick: {supported}}}")
        then.append("finding: {severity: info, message: {nl: x, en: x}}")
        lines += [
            f"  - id: GEN-r{number}",
            "    title: {nl: r, en: r}",
            '    section: ["4.3"]',
            f"    when: [{', '.join(conditions)}]",
            f"    then: {{{', '.join(then)}}}",
        ]
    lines += [
        "  - id: GEN-support",
        "    title: {nl: s, en: s}",
        '    section: ["4.3"]',
        "    when: [{fact: governance.trust, known: false}]",
        "    then: {supports: {pick: a}}",
    ]
    # (a minimum no value can reach is refused: at most as many as the rules supporting one value)
    lines[1] = f"  pick: {{minimum_support: {min(2, max(supports.values()))}}}"
    return "\n".join(lines) + "\n"
