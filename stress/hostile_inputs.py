"""Hostile input: every rule file and case of the test catalogues, plus generated monsters, must end in a
located error within 1 second and 100 MB of extra memory. Measured here, not in the test suite.

    .venv/bin/python stress/hostile_inputs.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from netadvisor import CaseError, RuleError, load_case_file
from netadvisor.loader import Source, discover, load_sources

ROOT = Path(__file__).resolve().parents[1]
LIMIT_SECONDS, LIMIT_MIB = 1.0, 100.0


def measure(name: str, action: Callable[[], object]) -> bool:
    tracemalloc.start()
    start = time.perf_counter()
    try:
        action()
        outcome = "LOADED (no error)"
    except (RuleError, CaseError) as error:
        first = error.problems[0]
        place = f"{getattr(first, 'line', 0)}:{getattr(first, 'column', 0)}"
        outcome = f"{type(error).__name__} at {place} [{getattr(first, 'code', getattr(first, 'path', ''))}]"
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    ok = seconds <= LIMIT_SECONDS and peak <= LIMIT_MIB and not outcome.startswith("LOADED")
    print(f"{'ok ' if ok else 'BAD'} {seconds * 1000:7.1f} ms {peak:7.1f} MiB  {name}: {outcome}")
    return ok


def main() -> int:
    results = []
    for path in sorted((ROOT / "tests" / "golden" / "rules").iterdir()):
        if path.suffix != ".txt":
            results.append(measure(f"rules/{path.name}", lambda p=path: load_sources(discover(p))))
    for path in sorted((ROOT / "tests" / "golden" / "cases").glob("*.yaml")):
        results.append(measure(f"cases/{path.name}", lambda p=path: load_case_file(p)))
    monsters = {
        "10 MB rule file": b"rules: " + b"x" * 10_000_000,
        "10,000-deep flow nesting": b"rules: " + b"[" * 10_000 + b"]" * 10_000,
        "1,000-deep block nesting": b"rules:\n" + b"".join(b"  " * i + b"- \n" for i in range(1_000)),
        "billion laughs": b"a: &a [x,x,x,x,x,x,x,x,x]\n"
        + b"".join(f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n".encode() for i in range(9)),
        "100,000 keys": b"rules: []\n" + b"".join(f"k{i}: 1\n".encode() for i in range(100_000)),
    }
    for name, raw in monsters.items():
        results.append(measure(name, lambda r=raw: load_sources([Source("monster.yaml", r)])))
    rule = (
        'rules:\n  - id: GOV-n\n    title: {nl: a, en: b}\n    section: ["4.3"]\n'
        "    when: [{fact: governance.partner_count, at_least: %s}]\n"
        "    then: {finding: {severity: info, message: {nl: a, en: b}}}\n"
    )
    numbers = {
        "threshold of 5,000 digits": rule % ("1" * 5000),
        "hex threshold of 3,600 digits": rule % ("0x" + "f" * 3600),
        "octal threshold 010": rule % "010",
    }
    for name, text in numbers.items():
        results.append(measure(name, lambda t=text: load_sources([Source("monster.yaml", t.encode())])))
    with tempfile.TemporaryDirectory() as folder:
        sparse = Path(folder) / "huge.yaml"
        with sparse.open("wb") as handle:
            handle.truncate(600 * 2**20)  # sparse: no disk
        big_case = Path(folder) / "big.yaml"
        big_case.write_text("governance:\n  partner_count: " + "1" * 5000 + "\n", encoding="utf-8")
        pipe = Path(folder) / "pipe.yaml"
        os.mkfifo(pipe)
        results.append(measure("600 MB rule file", lambda: load_sources(discover(sparse))))
        results.append(measure("600 MB case file", lambda: load_case_file(sparse)))
        results.append(measure("/dev/zero as rule file", lambda: load_sources(discover("/dev/zero"))))
        results.append(measure("/dev/zero as case file", lambda: load_case_file("/dev/zero")))
        results.append(measure("a pipe as rule file", lambda: load_sources(discover(pipe))))
        results.append(measure("case file with a 5,000-digit number", lambda: load_case_file(big_case)))
    print(f"{sum(results)} of {len(results)} within {LIMIT_SECONDS:.0f} s and {LIMIT_MIB:.0f} MiB with a located error")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
