"""Benchmark: how many questions a consultation needs, ranked as netadvisor ranks them or in the guide's order.

Each run starts from an empty case and answers from a generated full case (every fact known, a few partners
with everything about them known). It counts the questions until the three fixed conclusions are all settled,
and until the consultation stops (no answer can change the advice any more). The same cases are answered in
the guide's order (the fact catalogue follows the guide's chapters) for comparison. Not a test: nothing here
fails. Usage:

    make bench                                  # with the other benchmarks
    .venv/bin/python bench/bench_consult.py --cases 300
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import warnings
from typing import Any

from netadvisor import Advisor
from netadvisor.answers import value_label
from netadvisor.consultation import Consultation
from netadvisor.facts import FACTS, PARTNER_FACTS
from netadvisor.vocabulary import FIXED_CONCLUSIONS

TARGETS = {"settled_median": 8, "settled_p90": 12}
_ORDER = {path: index for index, path in enumerate([*FACTS, *PARTNER_FACTS])}


def full_case(rng: random.Random) -> dict[str, Any]:
    """Every fact a person can state, known; and partners with everything about them known."""
    values: dict[str, Any] = {}
    people = ["An", "Bram", "Chris", "Dirk"]
    for path, spec in FACTS.items():
        if spec.computed:
            continue
        if spec.type in ("bool", "enum"):
            values[path] = rng.choice(spec.values)
        elif spec.type == "int":
            values[path] = rng.choice([2, 3, 5, 7, 8, 12, 20, 40])
        elif path.startswith("management.roles."):
            values[path] = rng.choice([*people, "niemand"])
        elif path == "goal.statement":
            values[path] = rng.choice(["We willen samen een resultaat", "Een doel"])
        else:
            values[path] = "tekst"
    partners = [
        {
            "name": f"Partner {number}",
            **{
                attribute.removeprefix("partners[]."): (
                    rng.choice(spec.values) if spec.values else rng.choice(["kennis", "niets"])
                )
                for attribute, spec in PARTNER_FACTS.items()
                if attribute != "partners"
            },
        }
        for number in range(rng.randint(3, 8))
    ]
    values["partners"] = [partner["name"] for partner in partners]
    for index, partner in enumerate(partners):
        for attribute, value in partner.items():
            if attribute != "name":
                values[f"partners[{index}].{attribute}"] = value
    values["governance.partner_count"] = len(partners)  # what the partner list says
    return values


def answer_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(value)
    if isinstance(value, bool) or (isinstance(value, str) and value in {v for s in FACTS.values() for v in s.values}):
        return value_label(value, "nl")
    return str(value)


def _settled(consultation: Consultation) -> bool:
    conclusions = consultation.advice().conclusions
    return all(conclusions[name].certainty == "settled" for name in FIXED_CONCLUSIONS)


def run(advisor: Advisor, hidden: dict[str, Any], ranked: bool, limit: int = 400) -> tuple[int, int]:
    """(questions until the fixed conclusions are settled, questions until the consultation stops)."""
    consultation = Consultation(advisor)
    settled_at = 0 if _settled(consultation) else None
    asked = 0
    while asked < limit:
        questions = [q for q in consultation.advice().questions if q.fact not in consultation.answers]
        if not questions:
            break
        question = (
            questions[0]
            if ranked
            else min(
                questions,
                key=lambda q: _ORDER.get(
                    q.fact.split("[")[0] + ("[]." + q.fact.partition("].")[2] if "[" in q.fact else ""), 10**6
                ),
            )
        )
        value = hidden.get(question.fact)
        consultation.answer(question.fact, "weet niet" if value is None else answer_text(value))
        asked += 1
        if settled_at is None and _settled(consultation):
            settled_at = asked
    return (settled_at if settled_at is not None else asked), asked


def percentile(values: list[int], share: float) -> int:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    warnings.simplefilter("ignore", DeprecationWarning)
    rng = random.Random(args.seed)
    advisor = Advisor()
    hidden = [full_case(rng) for _ in range(args.cases)]
    results = {
        True: [run(advisor, case, True) for case in hidden],
        False: [run(advisor, case, False) for case in hidden],
    }
    print(
        f"netadvisor consultation benchmark: {args.cases} generated full cases, {len(advisor.rulebase.rules)} "
        f"rules, Python {sys.version.split()[0]}"
    )
    print(f"{'order':<24}{'settled median':>15}{'settled p90':>13}{'stop median':>13}{'stop p90':>10}")
    for ranked, label in ((True, "netadvisor's ranking"), (False, "the guide's order")):
        settled = [s for s, _ in results[ranked]]
        stopped = [t for _, t in results[ranked]]
        print(
            f"{label:<24}{statistics.median(settled):>15.1f}{percentile(settled, 0.9):>13}"
            f"{statistics.median(stopped):>13.1f}{percentile(stopped, 0.9):>10}"
        )
    settled = [s for s, _ in results[True]]
    print(
        f"targets: settled after a median of <= {TARGETS['settled_median']} questions, p90 <= "
        f"{TARGETS['settled_p90']}: {'met' if statistics.median(settled) <= TARGETS['settled_median'] and percentile(settled, 0.9) <= TARGETS['settled_p90'] else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
