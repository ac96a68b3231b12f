"""Benchmark: how long a cold process takes to start, import netadvisor, show --help and advise on an example.

Each command runs as a fresh process several times; the best and the median wall time are printed beside a
bare ``python -c pass`` measured in the same run (the floor no library can go under). Not a test: nothing
here fails on a slow machine.

netadvisor keeps what it works out from a rule base in a disk cache (netadvisor.cache), so ``advise`` is
measured twice: as every run after the first starts (the cache filled by the warm-up run), and as the very
first run after installing or editing the rules starts (an empty cache folder for every start). Usage:

    make bench                      # all three benchmarks
    .venv/bin/python bench/bench_startup.py --runs 15
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "dak-en-thuisloosheid.yaml"
CLI = (
    [sys.executable, "-m", "netadvisor"]
    if not (Path(sys.executable).parent / "netadvisor").exists()
    else [str(Path(sys.executable).parent / "netadvisor")]
)

EMPTY_CACHE = "empty"  # a fresh, empty cache folder for every start
COMMANDS: dict[str, tuple[list[str], float | None, str | None]] = {
    "python -c pass": ([sys.executable, "-c", "pass"], None, None),
    "import netadvisor": ([sys.executable, "-c", "import netadvisor"], 0.25, None),
    "netadvisor --help": ([*CLI, "--help"], 0.3, None),
    "netadvisor advise (example)": ([*CLI, "advise", str(EXAMPLE)], 0.6, None),
    "advise, first run (no cache)": ([*CLI, "advise", str(EXAMPLE)], None, EMPTY_CACHE),
}


def _time(command: list[str], cache: str) -> float:
    # no bytecode written, none skipped: each run reads the same cached .pyc files, as a user's second run does
    # PYTHONDONTWRITEBYTECODE (set on some machines, this one included) would leave every module changed since its
    # .pyc was last written to be compiled again on every start, which no installed netadvisor does
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    environment.update({"PYTHONWARNINGS": "ignore", "NETADVISOR_CACHE_DIR": cache})
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=environment)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="process starts per command (default 9)")
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory(prefix="netadvisor-bench-cache-") as shared:
        _measure(runs, shared)


def _measure(runs: int, shared: str) -> None:
    def start(command: list[str], cache: str | None) -> float:
        if cache != EMPTY_CACHE:
            return _time(command, shared)
        with tempfile.TemporaryDirectory(prefix="netadvisor-bench-empty-") as empty:
            return _time(command, empty)

    for command, _, cache in COMMANDS.values():
        start(command, cache)  # one warm-up each: compiles .pyc files, fills the OS file cache and netadvisor's
    print(
        f"netadvisor start-up: {runs} process starts per command, Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} cores"
    )
    print(f"{'command':32} {'best s':>8} {'median s':>9} {'over bare':>10} {'target s':>9}")
    floor = None
    for name, (command, target, cache) in COMMANDS.items():
        times = sorted(start(command, cache) for _ in range(runs))
        best, median = times[0], statistics.median(times)
        floor = floor if floor is not None else median
        shown_target = f"<= {target}" if target is not None else ""
        verdict = "" if target is None else ("  met" if median <= target else "  NOT met")
        print(f"{name:32} {best:8.3f} {median:9.3f} {median - floor:10.3f} {shown_target:>9}{verdict}")


if __name__ == "__main__":
    main()
