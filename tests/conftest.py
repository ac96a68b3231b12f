"""Shared fixtures: the frozen rule base of the code tests loaded once, and small rule files written on the fly.

Code tests never read rules/, examples/ or features/: those belong to policy staff, and a correct edit there
must not break a test of the code. They use frozen copies instead (tests/rules/, tests/cases/,
tests/features/). What rules/ says is tested by `netadvisor test` and tests/test_rule_content.py (marked `regelinhoud`).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from netadvisor import Advisor, RuleBase, load_rules
from netadvisor.cache import CACHE_DIR_VARIABLE

# The tests keep netadvisor's disk cache in a folder of their own, removed when they end: they never read what a
# person's own runs wrote, and leave nothing in the home folder. Set before any test module builds an advisor.
_CACHE = tempfile.TemporaryDirectory(prefix="netadvisor-test-cache-")
os.environ.setdefault(CACHE_DIR_VARIABLE, _CACHE.name)

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "tests" / "rules"
"""The frozen rule base of the code tests: a copy of rules/ as it was, never updated with rules/."""
EXAMPLES = ROOT / "tests" / "cases"
"""The frozen example cases of the code tests: a copy of examples/ as it was (with their 'verwacht:')."""


@pytest.fixture(scope="session")
def frozen() -> RuleBase:
    return load_rules(RULES)


@pytest.fixture(scope="session")
def advisor() -> Advisor:
    return Advisor.from_path(RULES)


@pytest.fixture
def write_rules(tmp_path: Path) -> Callable[[str, str], Path]:
    def write(text: str, name: str = "rules.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


# --------------------------------------------------------------------------- living documentation
# With --livingdoc-results PATH, every scenario and every example row of features/ is recorded with an
# honest status: "passed" only when the test passed AND every step of the scenario ran; "undefined" when
# a step has no definition; "failed" and "skipped" as pytest says. tools/featuredoc.py renders the page.

import json  # noqa: E402

_RESULTS_KEY = pytest.StashKey[list]()
_SCENARIO_KEY = pytest.StashKey[dict]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--livingdoc-results",
        default=None,
        metavar="PATH",
        help="write each scenario's outcome to PATH (JSON) for the living documentation",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_RESULTS_KEY] = []


def pytest_bdd_before_scenario(request: pytest.FixtureRequest, feature, scenario) -> None:  # type: ignore[no-untyped-def]
    callspec = getattr(request.node, "callspec", None)
    example = callspec.params.get("_pytest_bdd_example") if callspec else None
    request.node.stash[_SCENARIO_KEY] = {
        "file": os.path.relpath(feature.filename, request.config.rootpath).replace(os.sep, "/"),
        "line": scenario.line_number,
        "example": dict(example) if example else None,
        "steps": len(scenario.steps),
        "done": 0,
        "undefined": None,
        "error": None,
    }


def pytest_bdd_after_step(request: pytest.FixtureRequest, feature, scenario, step, step_func, step_func_args) -> None:  # type: ignore[no-untyped-def]
    request.node.stash[_SCENARIO_KEY]["done"] += 1


def pytest_bdd_step_func_lookup_error(request: pytest.FixtureRequest, feature, scenario, step, exception) -> None:  # type: ignore[no-untyped-def]
    request.node.stash[_SCENARIO_KEY]["undefined"] = f"{step.keyword} {step.name}"


def pytest_bdd_step_error(request, feature, scenario, step, step_func, step_func_args, exception) -> None:  # type: ignore[no-untyped-def]
    # the step and, for a failed check, what it expected and what came out, in words (the steps say it)
    said = str(exception) if isinstance(exception, AssertionError) and str(exception) else repr(exception)
    request.node.stash[_SCENARIO_KEY]["error"] = f"{step.keyword} {step.name}: {said}"[:1500]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    report = yield
    record = item.stash.get(_SCENARIO_KEY, None)
    skipped_early = report.skipped and report.when == "setup"
    if record is None and skipped_early and hasattr(item, "obj"):
        from pytest_bdd.scenario import scenario_wrapper_template_registry

        template = scenario_wrapper_template_registry.get(getattr(item.obj, "__wrapped__", item.obj))
        if template is not None:  # a scenario skipped before it started (a @skip tag)
            callspec = getattr(item, "callspec", None)
            example = callspec.params.get("_pytest_bdd_example") if callspec else None
            record = {
                "file": os.path.relpath(template.feature.filename, item.config.rootpath).replace(os.sep, "/"),
                "line": template.line_number,
                "example": dict(example) if example else None,
                "steps": len(template.steps),
                "done": 0,
                "undefined": None,
                "error": None,
            }
    if record is None or not (report.when == "call" or skipped_early or report.failed):
        return report
    if report.skipped:
        status = "skipped"
    elif record["undefined"]:
        status = "undefined"
    elif report.failed:
        status = "failed"
    elif record["steps"] > 0 and record["done"] == record["steps"]:
        status = "passed"
    else:  # passed without running every step: not honest to call that passed
        status = "failed"
        record["error"] = f"{record['done']} van {record['steps']} stappen uitgevoerd"
    rules = next((value for key, value in item.user_properties if key == "netadvisor_rules"), [])
    checked = next((value for key, value in item.user_properties if key == "netadvisor_checked"), [])
    results = item.config.stash[_RESULTS_KEY]
    entry = {
        "file": record["file"],
        "line": record["line"],
        "example": record["example"],
        "status": status,
        "rules": rules,
        "checked": checked if status == "passed" else [],
        "error": record["error"] or record["undefined"],
        "nodeid": item.nodeid,
    }
    results[:] = [r for r in results if r["nodeid"] != item.nodeid] + [entry]
    return report


def pytest_sessionfinish(session: pytest.Session) -> None:
    path = session.config.getoption("--livingdoc-results")
    if path:
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            json.dump({"results": session.config.stash[_RESULTS_KEY]}, handle, ensure_ascii=False, indent=1)
