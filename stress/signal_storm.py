"""Signal storm: interrupts rain on a thread that advises while other threads advise too.

A KeyboardInterrupt can arrive at any bytecode of the main thread (Python runs signal handlers there),
including inside the engine's session while it holds the process-wide lock. This script sends SIGINT
to itself (from a helper process) at random intervals (``--rate`` per second on average) for ``--seconds``, while the main thread
and ``--threads`` other threads advise generated cases with durable_rules and compare every answer with
the one given before the storm. Its handler raises KeyboardInterrupt while the main thread is inside
``advise()`` (elsewhere the interrupt would only hit this script). It prints what happened and fails on:

- a hang: a thread that makes no progress for ``--stall`` seconds (its stack is printed);
- an error that is not netadvisor's (a raw durable_rules error) or an EngineError, anywhere;
- a wrong answer; an interrupt reported as anything but KeyboardInterrupt;
- an engine that does not work after the storm.

    .venv/bin/python stress/signal_storm.py --seconds 120
    .venv/bin/python stress/signal_storm.py --seconds 20 --threads 2    # a short run
"""

from __future__ import annotations

import argparse
import collections
import faulthandler
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from casegen import random_case
from netadvisor import Advisor, EngineError, NetadvisorError
from netadvisor.engine import DurableEngine, durable_available


def rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class Tally:
    """Counts kept per thread, without a lock: the main thread must not wait here, where an interrupt
    would land outside the code under test (and a handler must never take a lock its thread holds)."""

    def __init__(self) -> None:
        self.per_thread: dict[int, collections.Counter[str]] = {}
        self.examples: dict[str, str] = {}

    def add(self, what: str, example: str = "") -> None:
        counter = self.per_thread.get(threading.get_ident())
        if counter is None:
            counter = self.per_thread.setdefault(threading.get_ident(), collections.Counter())
        counter[what] += 1
        if example and what not in self.examples:
            self.examples[what] = example

    @property
    def counts(self) -> collections.Counter[str]:
        total: collections.Counter[str] = collections.Counter()
        for counter in list(self.per_thread.values()):
            total.update(counter)
        return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--threads", type=int, default=4, help="threads advising besides the main thread")
    parser.add_argument("--rate", type=float, default=160.0, help="interrupts per second, on average")
    parser.add_argument("--stall", type=float, default=20.0, help="seconds without progress that count as a hang")
    args = parser.parse_args()
    if not durable_available():
        print("durable_rules does not import here: nothing to storm")
        return 1
    tally = Tally()
    advisor = Advisor(engine="durable")
    # count how often the engine deletes its rulesets whole and rebuilds them (where it can tell)
    poison, build = getattr(DurableEngine, "_poison", None), DurableEngine._build

    def counted_poison(engine: DurableEngine) -> None:
        tally.add("engine: rulesets deleted whole (state unknown)")
        poison(engine)  # type: ignore[misc]

    def counted_build(engine: DurableEngine) -> None:
        tally.add("engine: rulesets built")
        build(engine)

    if poison is not None:
        DurableEngine._poison = counted_poison  # type: ignore[attr-defined]
    DurableEngine._build = counted_build  # type: ignore[method-assign]
    rng = random.Random(3)
    cases = [random_case(rng) for _ in range(300)]
    expected = [advisor.advise(case).model_dump_json() for case in cases]
    progress = collections.Counter[str]()
    stop = threading.Event()

    armed = [False]  # interrupts are raised while the main thread is inside advise(), not in this script
    ignored = [0]

    def interrupt(signum: int, frame: object) -> None:
        if armed[0]:
            raise KeyboardInterrupt
        ignored[0] += 1  # no lock in a handler: it may run while this thread holds one

    def check(name: str, index: int) -> None:
        """Advise one case; sort the outcome."""
        in_main = name == "main"  # only the main thread arms: signal handlers run there alone
        try:
            if in_main:
                armed[0] = True
            got = advisor.advise(cases[index]).model_dump_json()
            if in_main:
                armed[0] = False
        except KeyboardInterrupt:
            armed[0] = False
            raise
        except EngineError as error:
            tally.add(f"{name}: EngineError", repr(error))
            return
        except NetadvisorError as error:
            tally.add(f"{name}: {type(error).__name__}", repr(error))
            return
        except Exception as error:  # a raw durable_rules error, or a bug
            tally.add(f"{name}: RAW {type(error).__module__}.{type(error).__name__}", repr(error))
            return
        tally.add(
            f"{name}: right" if got == expected[index] else f"{name}: WRONG",
            "" if got == expected[index] else f"case {index}",
        )
        progress[name] += 1

    def worker(name: str) -> None:
        local = random.Random(name)
        while not stop.is_set():
            check(name, local.randrange(len(cases)))

    # The signals come from another process: a thread here would wait for the GIL between sends.
    sender_code = (
        "import os, random, signal, sys, time\n"
        "target, rate, until = int(sys.argv[1]), float(sys.argv[2]), time.monotonic() + float(sys.argv[3])\n"
        "local, sent = random.Random(11), 0\n"
        "while time.monotonic() < until:\n"
        "    time.sleep(local.expovariate(rate))\n"
        "    os.kill(target, signal.SIGINT)\n"
        "    sent += 1\n"
        "print(sent)\n"
    )

    def watchdog() -> None:
        last = dict(progress)
        moved = {name: time.monotonic() for name in ["main", *threads_names]}
        report = time.monotonic() + 10
        while not stop.wait(0.5):
            now = time.monotonic()
            if now >= report:
                report = now + 10
                print(
                    f"{now - start:5.0f} s  {tally.counts['main: KeyboardInterrupt']:>7} interrupts in advise  "
                    f"{sum(progress.values()):>7} answers  {rss_mib():6.1f} MiB",
                    flush=True,
                )
            for name in moved:
                if progress[name] != last.get(name):
                    last[name] = progress[name]
                    moved[name] = now
                elif now - moved[name] > args.stall:
                    print(f"HANG: {name} made no progress for {now - moved[name]:.0f} s; stacks:", flush=True)
                    faulthandler.dump_traceback(all_threads=True)
                    os._exit(2)

    threads_names = [f"thread-{n}" for n in range(args.threads)]
    workers = [threading.Thread(target=worker, args=(name,), daemon=True) for name in threads_names]
    rss_before = rss_mib()
    start = time.monotonic()
    for thread in workers:
        thread.start()
    threading.Thread(target=watchdog, daemon=True).start()
    signal.signal(signal.SIGINT, interrupt)  # before the first signal is sent
    sender = subprocess.Popen(
        [sys.executable, "-c", sender_code, str(os.getpid()), str(args.rate), str(args.seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    local = random.Random(5)
    while sender.poll() is None:
        try:
            check("main", local.randrange(len(cases)))
        except KeyboardInterrupt:
            tally.add("main: KeyboardInterrupt")
    stop.set()
    sent = int(sender.communicate()[0] or 0)
    time.sleep(0.2)  # a last signal in flight arrives while disarmed; the handler stays, disarmed
    for thread in workers:
        thread.join(args.stall)
    hung = [thread.name for thread in workers if thread.is_alive()]
    after = [advisor.advise(case).model_dump_json() == expected[index] for index, case in enumerate(cases[:50])]
    rss_after = rss_mib()

    counts = tally.counts
    counts["interrupts outside advise (ignored)"] = ignored[0]
    counts["interrupts sent"] = sent
    for key in sorted(counts):
        print(f"{counts[key]:>9}  {key}")
    for key, example in sorted(tally.examples.items()):
        print(f"  e.g. {key}: {example[:300]}")
    bad = sum(count for key, count in counts.items() if "RAW" in key or "Error" in key or "WRONG" in key)
    print(
        f"{args.seconds:.0f} s, {counts['interrupts sent']} interrupts sent, "
        f"{counts['main: KeyboardInterrupt']} KeyboardInterrupts in the main thread, "
        f"{sum(v for k, v in counts.items() if k.endswith(': right'))} right answers, {bad} bad outcomes, "
        f"{len(hung)} hung threads; after the storm {sum(after)} of {len(after)} right; "
        f"resident memory {rss_before:.0f} -> {rss_after:.0f} MiB"
    )
    return 0 if bad == 0 and not hung and all(after) else 1


if __name__ == "__main__":
    sys.exit(main())
