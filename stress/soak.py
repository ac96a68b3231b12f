"""Soak: many case files read and advised in one process, the rules reloaded all along, memory sampled.

Every case is read from a file (YAML or JSON, through ``load_case_file``, so the YAML reader runs each
time) and advised; the rule files are reloaded from disk ``--reloads`` times, spread evenly over the run,
alternating between two versions of the rules so that every reload builds a new engine. Passes when
resident memory after warm-up grows by no more than 5%. Not part of the test suite (the full run takes
about a quarter of an hour); ``make stress`` runs the full one:

    .venv/bin/python stress/soak.py --cases 100000 --reloads 1000
    .venv/bin/python stress/soak.py --cases 5000 --reloads 50        # a short run
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from casegen import random_case
from netadvisor import Advisor, load_case_file, packaged_rules_path

ROOT = Path(__file__).resolve().parents[1]


def rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def write_case_files(folder: Path, count: int, rng: random.Random) -> list[Path]:
    """``count`` generated cases, alternately as YAML and JSON, plus the example cases."""
    paths = [shutil.copy(example, folder / example.name) for example in sorted((ROOT / "examples").glob("*.yaml"))]
    for number in range(count):
        case = random_case(rng)
        if number % 2:
            path = folder / f"case-{number}.json"
            path.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
        else:
            path = folder / f"case-{number}.yaml"
            path.write_text(yaml.safe_dump(case, allow_unicode=True), encoding="utf-8")
        paths.append(path)
    return [Path(path) for path in paths]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000, help="case files read and advised")
    parser.add_argument("--reloads", type=int, default=1_000, help="reloads of the rule files, spread evenly")
    parser.add_argument("--files", type=int, default=2_000, help="distinct case files, read in turn")
    parser.add_argument("--warmup", type=float, default=0.1, help="share of the run before the baseline")
    parser.add_argument("--samples", type=int, default=10, help="memory lines printed along the way")
    args = parser.parse_args()
    rng = random.Random(42)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        cases = folder / "cases"
        cases.mkdir()
        files = write_case_files(cases, args.files, rng)
        rules = folder / "rules"
        shutil.copytree(packaged_rules_path(), rules)
        edited = rules / "governance.yaml"
        versions = [edited.read_text(encoding="utf-8")]
        versions.append(versions[0].replace("\n", "\n# herladen\n", 1))  # same rules, another version
        advisor = Advisor.from_path(rules)
        reload_every = max(1, args.cases // args.reloads) if args.reloads else 0
        warmup = max(1, int(args.cases * args.warmup))
        sample_every = max(1, args.cases // max(1, args.samples))
        reloads = 0
        seen_versions = set()
        baseline = None
        start = time.perf_counter()
        for number in range(1, args.cases + 1):
            advice = advisor.advise(load_case_file(files[number % len(files)]))
            seen_versions.add(advice.rulebase_version)
            if reload_every and number % reload_every == 0 and reloads < args.reloads:
                reloads += 1
                edited.write_text(versions[reloads % 2], encoding="utf-8")
                advisor.reload()
            if number == warmup:
                baseline = rss_mib()
            if number % sample_every == 0:
                print(
                    f"{number:>8} case files  {reloads:>5} reloads  {rss_mib():8.1f} MiB  "
                    f"{time.perf_counter() - start:7.1f} s",
                    flush=True,
                )
    final = rss_mib()
    growth = (final - baseline) / baseline * 100 if baseline else float("nan")
    print(
        f"{args.cases} case files read and advised, {reloads} reloads ({len(seen_versions)} rule versions "
        f"seen) in {time.perf_counter() - start:.0f} s"
    )
    print(
        f"resident memory after warm-up {baseline:.1f} MiB, at the end {final:.1f} MiB: growth {growth:+.2f}% "
        f"(limit +5%)"
    )
    return 0 if growth <= 5 else 1


if __name__ == "__main__":
    sys.exit(main())
