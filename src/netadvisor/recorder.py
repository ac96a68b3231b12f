"""The pytest plugin that records each scenario's outcome, for ``netadvisor test`` and for the living documentation.

One recorder, two readers. ``netadvisor test`` registers it in the child pytest run it starts (scenariotests.py)
and reads every record back, with what came out and why for a failed step. The project's test suite registers it
with ``--livingdoc-results PATH`` (tests/conftest.py), and tools/featuredoc.py renders its honest status per
scenario and per example row. Imported only inside a pytest run: it needs pytest and pytest-bdd.
"""

from __future__ import annotations

import json
import os
from collections.abc import Generator
from typing import Any, Literal

import pytest

from .messages import RULETEST_WORDS
from .ruletests import advice_summary, explain_step
from .text import Text, text_json

Form = Literal["records", "livingdoc"]
"""What the recorder writes: every record (for ``netadvisor test``), or the living documentation's results."""


class Recorder:
    """A pytest plugin: each scenario's (and example row's) outcome, written as JSON when the run ends.

    In the form ``records``: a list with one record per scenario that started (its file, line, row, how many of its
    steps ran, the rule base versions its advice came from, and for a failed step the step, its message, and what
    came out and what made the difference). In the form ``livingdoc``: ``{"results": [...]}``, one entry per
    scenario and example row with an honest status: "passed" only when the test passed AND every step ran;
    "undefined" when a step has no definition; "failed" and "skipped" as pytest says, a scenario skipped before it
    started (a ``@skip`` tag) included.
    """

    def __init__(self, path: str, form: Form = "records") -> None:
        self.path = path
        self.form = form
        self.records: dict[str, dict[str, Any]] = {}
        self.results: list[dict[str, Any]] = []  # the living documentation's entries, last settled last

    def _record(self, request: Any) -> dict[str, Any]:
        return self.records.setdefault(
            request.node.nodeid,
            {"status": "passed", "steps": 0, "done": 0, "versions": [], "undefined": None, "error": None},
        )

    def pytest_bdd_before_scenario(self, request: Any, feature: Any, scenario: Any) -> None:
        callspec = getattr(request.node, "callspec", None)
        row = callspec.params.get("_pytest_bdd_example") if callspec else None
        record = self._record(request)
        record.update(
            {
                "file": feature.filename,
                "scenario": scenario.name,
                "line": scenario.line_number,
                "row": dict(row) if row else None,
                "steps": len(scenario.steps),
                "checks": sum(1 for step in scenario.steps if step.type == "then"),
            }
        )

    def pytest_bdd_after_step(
        self, request: Any, feature: Any, scenario: Any, step: Any, step_func: Any, step_func_args: Any
    ) -> None:
        record = self._record(request)
        record["done"] += 1
        if step.type == "when":  # the case the Given steps built, as it is judged (netadvisor diff compares on it)
            case = _fixture(request, "casus")
            if isinstance(case, dict):
                record["case"] = json.loads(json.dumps(case, default=str))

    def pytest_bdd_after_scenario(self, request: Any, feature: Any, scenario: Any) -> None:
        advice = _fixture(request, "advies")
        if advice is not None:
            self._record(request)["versions"].append(advice.rulebase_version)

    def pytest_bdd_step_func_lookup_error(
        self, request: Any, feature: Any, scenario: Any, step: Any, exception: Any
    ) -> None:
        record = self._record(request)
        record.update({"status": "undefined", "step": _step_json(step), "undefined": f"{step.keyword} {step.name}"})

    def pytest_bdd_step_error(
        self,
        request: Any,
        feature: Any,
        scenario: Any,
        step: Any,
        step_func: Any,
        step_func_args: Any,
        exception: BaseException,
    ) -> None:
        from .errors import NetadvisorError

        record = self._record(request)
        record.update({"status": "failed", "step": _step_json(step)})
        # the step and, for a failed check, what it expected and what came out, in words (the steps say it)
        said = str(exception) if isinstance(exception, AssertionError) and str(exception) else repr(exception)
        record["error"] = f"{step.keyword} {step.name}: {said}"[:1500]
        words = str(exception).strip()
        if not isinstance(exception, AssertionError | NetadvisorError):  # a mistake in a step: name its kind
            words = f"{type(exception).__name__}: {words}"
        # a step that says why in both languages (StepFailed) is shown in the reader's; any other in its own words
        # (so is an answer a step does not take: "'misschien' is geen mogelijk antwoord" in both languages at once)
        said_in_both = getattr(exception, "text", None)
        message = said_in_both if isinstance(said_in_both, Text) else Text(words, words)
        advice = _fixture(request, "advies")
        explanation: list[Text] = []
        if advice is not None and step.type == "then":
            advisor = _fixture(request, "adviseur")
            if advisor is not None:
                explanation = explain_step(advisor, _fixture(request, "casus"), advice, step.name)
            record["summary"] = text_json(advice_summary(advice))
            record["versions"].append(advice.rulebase_version)
        record["message"] = text_json(message)
        record["explanation"] = [text_json(text) for text in explanation]

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(
        self, item: pytest.Item, call: pytest.CallInfo[None]
    ) -> Generator[None, pytest.TestReport, pytest.TestReport]:
        report = yield
        record = self.records.get(item.nodeid)
        if record is not None:
            _settle(record, report)
        skipped_early = report.skipped and report.when == "setup"
        if record is None and skipped_early:
            record = _skipped_before_it_started(item)
        if record is not None and (report.when == "call" or skipped_early or report.failed):
            entry = _livingdoc_entry(item, record, report)
            self.results[:] = [r for r in self.results if r["nodeid"] != item.nodeid] + [entry]
        return report

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if self.form == "livingdoc":
            os.makedirs(os.path.dirname(os.path.abspath(self.path)), exist_ok=True)
            with open(self.path, "w", encoding="utf-8") as handle:
                json.dump({"results": self.results}, handle, ensure_ascii=False, indent=1)
        else:
            with open(self.path, "w", encoding="utf-8") as handle:
                json.dump(list(self.records.values()), handle, ensure_ascii=False)


def _settle(record: dict[str, Any], report: pytest.TestReport) -> None:
    """The record's status after one phase of its test (setup, call, teardown), as ``netadvisor test`` reads it."""
    if report.skipped and record["status"] == "passed":
        record["status"] = "skipped"
    elif report.failed and record["status"] == "passed":
        record["status"] = "failed"
        crash = getattr(report.longrepr, "reprcrash", None)
        words = crash.message if crash else ""
        record.setdefault("message", text_json(Text(words, words)))  # pytest's words: the same in both languages


def _skipped_before_it_started(item: pytest.Item) -> dict[str, Any] | None:
    """A record for a scenario skipped before its first step (a ``@skip`` tag); None for a test that is no scenario."""
    from pytest_bdd.scenario import scenario_wrapper_template_registry

    if not hasattr(item, "obj"):
        return None
    template = scenario_wrapper_template_registry.get(getattr(item.obj, "__wrapped__", item.obj))
    if template is None:
        return None
    callspec = getattr(item, "callspec", None)
    row = callspec.params.get("_pytest_bdd_example") if callspec else None
    return {
        "file": template.feature.filename,
        "line": template.line_number,
        "row": dict(row) if row else None,
        "steps": len(template.steps),
        "checks": sum(1 for step in template.steps if step.type == "then"),
        "done": 0,
        "undefined": None,
        "error": None,
    }


def _livingdoc_entry(item: pytest.Item, record: dict[str, Any], report: pytest.TestReport) -> dict[str, Any]:
    """The living documentation's entry for a scenario or example row: its honest status, and the rules it checked."""
    if report.skipped:
        status = "skipped"
    elif record["undefined"]:
        status = "undefined"
    elif report.failed:
        status = "failed"
    elif record["steps"] > 0 and record["done"] == record["steps"] and record.get("checks", 1):
        status = "passed"
    elif record["steps"] > 0 and record["done"] == record["steps"]:  # every step ran, and none checked anything
        status = "failed"
        record["error"] = RULETEST_WORDS["no-then"].nl
    else:  # passed without running every step: not honest to call that passed
        status = "failed"
        # the living documentation is Dutch, as the scenarios are
        record["error"] = RULETEST_WORDS["steps-done"].format(done=record["done"], steps=record["steps"]).nl
    rules = next((value for key, value in item.user_properties if key == "netadvisor_rules"), [])
    checked = next((value for key, value in item.user_properties if key == "netadvisor_checked"), [])
    shown = next((value for key, value in item.user_properties if key == "netadvisor_shown"), [])
    return {
        "file": os.path.relpath(record["file"], item.config.rootpath).replace(os.sep, "/"),
        "line": record["line"],
        # the scenario's name and the line of the step that failed, as `netadvisor test` names a failure (a
        # rule-editing trial read a scenario's own line in one report and its step's in the other as two)
        "scenario": record.get("scenario"),
        "failed_at": (record.get("step") or {}).get("line") if status != "passed" else None,
        "example": record["row"],
        "status": status,
        "rules": rules,
        "checked": checked if status == "passed" else [],
        "shown": shown if status == "passed" else [],  # the rules a step showed firing
        "error": record["error"] or record["undefined"],
        "nodeid": item.nodeid,
    }


def _fixture(request: Any, name: str) -> Any:
    try:
        return request.getfixturevalue(name)
    except Exception:  # noqa: BLE001 - not there (yet) in this scenario: nothing to explain with
        return None


def _step_json(step: Any) -> dict[str, Any]:
    return {"line": step.line_number, "keyword": step.keyword.strip(), "text": step.name, "type": step.type}
