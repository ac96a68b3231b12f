"""Benchmark: the work advise() does per case, counted in instructions by valgrind's callgrind.

Milliseconds on a shared machine drift by a fifth between runs; the number of instructions a case costs does
not, so it shows what a change to the code does to the speed of advise(). Runs the same script twice under
callgrind (both at once), advising the same generated cases: once the warm-up cases alone, once those and the
measured ones. The difference, per measured case, leaves out loading, imports and the warm-up, in which an
advisor fills what it remembers from case to case. Needs valgrind; takes minutes. Not a test. Usage:

    .venv/bin/python bench/bench_instructions.py                          # 1,000 warm-up cases, 250 measured
    .venv/bin/python bench/bench_instructions.py --warm 200 --cases 100   # quicker, a little higher
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COLLECTED = re.compile(r"Collected : (\d+)")


def advise_cases(warm: int, measured: int, made: int, seed: int, rules: str | None) -> None:
    """What runs under callgrind: ``made`` generated cases of ``seed`` (as many in both runs, so that making
    them cancels out), of which the first ``warm + measured`` are advised."""
    sys.path.insert(0, str(ROOT / "tests"))
    from casegen import random_case
    from netadvisor import Advisor, packaged_rules_path
    from netadvisor.case import parse_case

    rng = random.Random(seed)
    cases = [parse_case(random_case(rng)) for _ in range(made)]
    advisor = Advisor.from_path(rules or packaged_rules_path())
    for case in cases[: warm + measured]:
        advisor.advise(case)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--warm", type=int, default=1000)
    parser.add_argument("--cases", type=int, default=250)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rules", default=None, help="the rule files (default: the packaged rules)")
    parser.add_argument("--advise", nargs=3, type=int, metavar=("WARM", "MEASURED", "MADE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.advise:
        advise_cases(*args.advise, args.seed, args.rules)
        return
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        sys.exit("valgrind is not installed here (Debian: apt-get install valgrind)")

    def command(measured: int) -> list[str]:
        rules = ["--rules", args.rules] if args.rules else []
        made = str(args.warm + args.cases)
        return [
            sys.executable,
            __file__,
            "--seed",
            str(args.seed),
            *rules,
            "--advise",
            str(args.warm),
            str(measured),
            made,
        ]

    # once without callgrind, so that both counted runs read the disk cache rather than one of them filling it
    subprocess.run(command(0), check=True)
    with tempfile.TemporaryDirectory(prefix="netadvisor-callgrind-") as folder:
        runs = [
            subprocess.Popen(
                [valgrind, "--tool=callgrind", f"--callgrind-out-file={os.path.join(folder, str(n))}", *command(n)],
                stderr=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                text=True,
            )
            for n in (0, args.cases)
        ]
        counts = []
        for run in runs:
            _, errors = run.communicate()
            found = COLLECTED.search(errors)
            if run.returncode != 0 or found is None:
                sys.exit(f"callgrind failed:\n{errors[-2000:]}")
            counts.append(int(found.group(1)))
    per_case = (counts[1] - counts[0]) / args.cases
    print(
        f"advise(): {per_case / 1e6:.2f} million instructions per case "
        f"({args.cases} generated cases after {args.warm} warm-up cases, seed {args.seed}, "
        f"Python {sys.version.split()[0]})"
    )


if __name__ == "__main__":
    main()
