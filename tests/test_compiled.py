"""The compiled wheel (tools/build_compiled.py: the modules advise() spends its time in, compiled by mypyc) gives
the advice the sources give, and runs compiled.

Built and installed apart from the source tree, then one probe script runs twice: once on the installed wheel,
once on the sources. It advises the test rules' example cases and generated ones in both languages with both
engines, runs consultations answer by answer, and advises from several threads at once on a new advisor (the
compiled build once raised TypeError there, where another thread had just built the outcome tables). Both runs
must print the same digest of everything they gave. Then the code tests of the compiled modules and of the public
API run on the installed wheel.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from conftest import ROOT

PROBE = r"""
import hashlib, json, random, sys, threading
from pathlib import Path

sys.path.insert(0, sys.argv[1])  # the tests' folder: the case generator
from casegen import random_case
import netadvisor
from netadvisor import Advisor, Consultation, load_case_file

rules, cases = Path(sys.argv[2]), Path(sys.argv[3])
digest = hashlib.sha256()
def keep(advice):
    digest.update(advice.model_dump_json().encode())

compiled = sorted(
    name for name, module in sys.modules.items()
    if name.startswith("netadvisor.") and (getattr(module, "__file__", "") or "").endswith((".so", ".pyd"))
)
print("compiled:" + ",".join(compiled))
print("from:" + str(Path(netadvisor.__file__).parent))

for engine in ("durable", "evaluator"):
    advisor = Advisor.from_path(rules, engine=engine)
    for path in sorted(cases.glob("*.yaml")):
        for lang in ("nl", "en"):
            keep(advisor.advise(load_case_file(path), lang=lang))
    rng = random.Random(11)
    for number in range(300):
        keep(advisor.advise(random_case(rng), lang="en" if number % 3 == 0 else "nl"))

advisor = Advisor.from_path(rules)
asked_in_all = 0
for number in range(8):
    consultation = Consultation(advisor)
    for asked in range(12):
        question = consultation.next_question()
        if question is None:
            break
        kind = question.answer.kind
        if (number + asked) % 4 == 0:
            answer = "weet niet"
        elif kind in ("yes_no", "choice"):
            answer = question.answer.choices[(number + asked) % len(question.answer.choices)].value
        elif kind == "number":
            answer = str(max(question.answer.minimum or 0, 2 + number))
        elif kind == "partner_list":
            answer = ["Gemeente A", "OCMW B"]
        else:
            answer = "een tekst"
        consultation.answer(question.fact, answer)
        keep(consultation.advice())
        asked_in_all += 1
assert asked_in_all > 50, asked_in_all  # (the consultations asked and were answered)

fresh = Advisor.from_path(rules)  # its outcome tables built by whichever thread comes first
given, failed = [None] * 4, []
together = threading.Barrier(4)  # (all four ask for the tables at once)
def work(place):
    try:
        together.wait()
        given[place] = fresh.advise({"governance": {"trust": "high", "partner_count": 4 + place}}).model_dump_json()
    except BaseException as error:
        failed.append(repr(error))
threads = [threading.Thread(target=work, args=(place,)) for place in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
assert not failed, failed
for text in given:
    digest.update(text.encode())
print("digest:" + digest.hexdigest())

# what this process kept in its disk cache reads back (the compiled wheel's tables did not, and every process worked
# them out again, silently)
from netadvisor.cache import _read, _MISSING, cache_dir
kept = sorted(cache_dir().glob("*.pickle"))
assert kept, "nothing kept in the disk cache"
unread = [file.name for file in kept if _read(file) is _MISSING]
assert not unread, unread
print("cached:" + ",".join(sorted({file.name.split("-")[0] + "-" + file.name.split("-")[1] for file in kept})))
"""


def _compiled_modules() -> list[str]:
    """The modules pyproject.toml's mypyc hook compiles, as module names."""
    hook = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["hatch"]["build"]["targets"]
    included = hook["wheel"]["hooks"]["mypyc"]["include"]
    return sorted(path.removeprefix("src/").removesuffix(".py").replace("/", ".") for path in included)


def _probe(tmp_path: Path, pythonpath: str | None) -> dict[str, str]:
    script = tmp_path / "probe.py"
    script.write_text(PROBE, encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    # (a disk cache of its own, per build: the probe reads back what it kept)
    env["NETADVISOR_CACHE_DIR"] = str(tmp_path / f"cache-{'wheel' if pythonpath else 'sources'}")
    if pythonpath is not None:
        env["PYTHONPATH"] = pythonpath
    done = subprocess.run(
        [
            sys.executable,
            str(script),
            str(ROOT / "tests"),
            str(ROOT / "tests" / "rules"),
            str(ROOT / "tests" / "cases"),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    return dict(line.split(":", 1) for line in done.stdout.splitlines() if ":" in line)


@pytest.mark.slow
def test_the_compiled_wheel_gives_the_advice_the_sources_give(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_compiled.py"), "--out", str(tmp_path / "dist")],
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    wheel = Path(built.stdout.strip().splitlines()[-1])
    assert wheel.name.startswith("netadvisor-")
    assert f"-cp{sys.version_info[0]}{sys.version_info[1]}-" in wheel.name  # (for this Python: not a pure wheel)
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
    )
    # the source tree is left as it was: no compiled module beside a source, to shadow it in an editable install
    assert not [path for path in (ROOT / "src").rglob("*") if path.suffix in (".so", ".pyd")]

    compiled = _probe(tmp_path, str(site))
    assert compiled["from"] == str(site / "netadvisor")
    assert compiled["compiled"].split(",") == _compiled_modules()

    sources = _probe(tmp_path, None)
    assert sources["compiled"] == ""
    assert sources["from"] == str(ROOT / "src" / "netadvisor")
    assert compiled["digest"] == sources["digest"]
    assert compiled["cached"] == sources["cached"]
    assert "outcome-tables" in compiled["cached"]

    # the code tests of what the compiled modules do, run on it: also what a tool builder is told of a wrong type
    # (run from the project's folder, where they import the wheel, not the sources: checked first)
    on_the_wheel = {**os.environ, "PYTHONPATH": str(site)}
    imported = subprocess.run(
        [sys.executable, "-c", "import netadvisor.questions as q; print(q.__file__)"],
        capture_output=True,
        text=True,
        env=on_the_wheel,
        cwd=ROOT,
        check=True,
    )
    assert imported.stdout.strip().startswith(str(site)), imported.stdout
    assert imported.stdout.strip().endswith((".so", ".pyd")), imported.stdout
    tested = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-m",
            "not slow",
            *(str(ROOT / "tests" / name) for name in ON_THE_COMPILED_WHEEL),
            *(arg for test in NOT_ON_THE_COMPILED_WHEEL for arg in ("--deselect", f"tests/{test}")),
        ],
        capture_output=True,
        text=True,
        env=on_the_wheel,
        cwd=ROOT,
    )
    assert tested.returncode == 0, tested.stdout[-4000:] + tested.stderr[-2000:]


# The test files run again on the compiled wheel: those of the compiled modules and of the public API.
ON_THE_COMPILED_WHEEL = (
    "test_public_api.py",
    "test_advisor.py",
    "test_questions.py",
    "test_consultation.py",
    "test_outcomes.py",
    "test_wording.py",
    "test_memory.py",
    "test_cache.py",
    "test_differential.py",
    "test_hostile_cases.py",
    "test_features.py",
)
# What cannot hold there, and why (README, "The compiled wheel"): type hints of a compiled method are not readable
# at run time; the installed wheel carries build_durable.py beside engine.py; a monkeypatch does not reach inside a
# compiled module.
NOT_ON_THE_COMPILED_WHEEL = (
    "test_public_api.py::test_everything_the_public_api_takes_or_returns_is_public",
    "test_public_api.py::test_only_the_engine_module_imports_durable_rules",
    "test_advisor.py::test_what_decides_whether_the_current_mode_fits_is_named_where_it_differs_from_the_mode",
)
