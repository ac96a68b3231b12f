"""Build netadvisor's compiled wheel: the modules advise() spends its time in, compiled to C by mypyc.

The wheel ``pip install`` makes of the sources is pure Python. This one carries the same modules compiled
(:data:`COMPILED` in pyproject.toml's mypyc hook, ``[tool.hatch.build.targets.wheel.hooks.mypyc]``), beside their
sources, and gives the same advice (``tests/test_compiled.py``) in less time (``bench/bench_advise.py``). It is
built from a copy of the project, never in it: mypyc writes its extension modules next to the sources, where they
would shadow the sources of an editable install (an edit to questions.py would do nothing until they were
removed). Needs a C compiler, as durable_rules does; the hook's build dependencies (hatch-mypyc, mypy) come from
the package index. Usage:

    .venv/bin/python tools/build_compiled.py --out dist          # prints the wheel's path
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# what building a wheel reads (pyproject.toml's wheel target and its force-include)
NEEDED = ("pyproject.toml", "README.md", "src", "rules", "tools/build_durable.py", "third_party/durable_rules")


def build(out: Path) -> Path:
    """Build the compiled wheel for this interpreter into ``out``; return its path."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="netadvisor-compiled-") as scratch:
        copy = Path(scratch) / "netadvisor"
        for name in NEEDED:
            source, target = ROOT / name, copy / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if source.is_dir():
                shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
            else:
                shutil.copy2(source, target)
        before = set(out.glob("netadvisor-*.whl"))
        environment = dict(os.environ, HATCH_BUILD_HOOKS_ENABLE="1")  # the mypyc hook is off unless asked for
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(out), str(copy)],
            check=True,
            env=environment,
        )
    made = sorted(set(out.glob("netadvisor-*.whl")) - before) or sorted(
        out.glob(f"netadvisor-*-cp{sys.version_info[0]}{sys.version_info[1]}-*.whl")
    )
    if not made:
        raise SystemExit(f"build_compiled: pip made no compiled wheel in {out}")
    return made[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="the folder the wheel is written to")
    print(build(parser.parse_args().out))


if __name__ == "__main__":
    main()
