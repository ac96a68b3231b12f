"""Concurrency: many threads on one advisor give, case for case, what one thread gives.

    .venv/bin/python stress/concurrency.py --threads 8 --cases 10000

Also runs two advisors with different rule bases alternately from several threads, and reloads a rule
base while threads advise. Prints what it checked; exits non-zero on any difference.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from casegen import random_case
from netadvisor import Advisor, packaged_rules_path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--cases", type=int, default=10_000, help="cases per thread")
    args = parser.parse_args()
    advisor = Advisor()
    rng = random.Random(7)
    cases = [random_case(rng) for _ in range(args.cases)]
    start = time.perf_counter()
    single = [advisor.advise(case).model_dump_json() for case in cases]
    print(f"single thread: {len(cases)} cases in {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.threads) as pool:
        results = list(pool.map(lambda case: advisor.advise(case).model_dump_json(), cases * args.threads))
    wrong = sum(1 for index, result in enumerate(results) if result != single[index % len(cases)])
    print(f"{args.threads} threads x {len(cases)} cases in {time.perf_counter() - start:.1f} s: {wrong} differ")

    with tempfile.TemporaryDirectory() as folder:
        # a second, smaller rule base: forms and governance only
        for name in ("vormen.yaml", "governance.yaml", "typering.yaml"):
            (Path(folder) / name).write_text(
                (packaged_rules_path() / name).read_text(encoding="utf-8"), encoding="utf-8"
            )
        own = Path(folder) / "governance.yaml"
        other = Advisor.from_path(folder)
        expected = {
            id(advisor): [advisor.advise(case).model_dump_json() for case in cases[:500]],
            id(other): [other.advise(case).model_dump_json() for case in cases[:500]],
        }
        mixed_wrong = [0]

        def alternate(offset: int) -> None:
            for index, case in enumerate(cases[:500]):
                chosen = advisor if (index + offset) % 2 else other
                if chosen.advise(case).model_dump_json() != expected[id(chosen)][index]:
                    mixed_wrong[0] += 1

        threads = [threading.Thread(target=alternate, args=(n,)) for n in range(args.threads)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        print(f"two rule bases alternately from {args.threads} threads: {mixed_wrong[0]} differ")

        stop = threading.Event()
        torn = [0]
        versions = {other.rulebase.version}

        def during_reload() -> None:
            while not stop.is_set():
                advice = other.advise(cases[0])
                if advice.rulebase_version not in versions:
                    torn[0] += 1

        workers = [threading.Thread(target=during_reload) for _ in range(args.threads)]
        for worker in workers:
            worker.start()
        for round_number in range(20):
            text = own.read_text(encoding="utf-8").replace("topic:", f"# reload {round_number}\ntopic:", 1)
            own.write_text(text, encoding="utf-8")
            versions.add(other.reload().version)
        stop.set()
        for worker in workers:
            worker.join()
        print(f"20 reloads while {args.threads} threads advise: {torn[0]} answers from no known rule base")
    return 0 if wrong == 0 and mixed_wrong[0] == 0 and torn[0] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
