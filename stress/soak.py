"""Soak: many cases in one process, resident memory sampled along the way.

Passes when resident memory after warm-up grows by no more than 5%. Not part of the test suite
(it takes minutes); run it with:

    .venv/bin/python stress/soak.py --cases 100000
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from casegen import random_case  # noqa: E402

from netadvisor import Advisor  # noqa: E402


def rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--warmup", type=int, default=10_000)
    parser.add_argument("--every", type=int, default=10_000)
    args = parser.parse_args()
    advisor = Advisor()
    rng = random.Random(42)
    pool = [random_case(rng) for _ in range(2_000)]  # reused: memory must not grow with the cases seen
    baseline = None
    start = time.perf_counter()
    for number in range(1, args.cases + 1):
        advisor.advise(pool[number % len(pool)])
        if number == args.warmup:
            baseline = rss_mib()
        if number % args.every == 0:
            print(f"{number:>8} cases  {rss_mib():8.1f} MiB  {time.perf_counter() - start:7.1f} s", flush=True)
    final = rss_mib()
    growth = (final - baseline) / baseline * 100 if baseline else float("nan")
    print(f"resident memory after warm-up {baseline:.1f} MiB, at the end {final:.1f} MiB: growth {growth:+.2f}% "
          f"(limit +5%)")
    return 0 if growth <= 5 else 1


if __name__ == "__main__":
    sys.exit(main())
