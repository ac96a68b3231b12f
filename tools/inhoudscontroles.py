"""The other checks of what rules/, examples/ and features/ say, in Dutch: one line per check that fails.

    make regeltest            (runs this last)
    .venv/bin/python tools/inhoudscontroles.py

These are the tests marked `regelinhoud` (the quotations against the guide, a scenario for every rule, the
schema, ...), without what `netadvisor test`, `check --analyse` and `tools/regenerate.py --check` already said.
pytest runs them without its own report; a failed check is shown by its file and its message, which these
tests write in Dutch. Exit 1 when one fails.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ALREADY_SAID = (
    "not netadvisor_test_finds_nothing and not files_made_from_the_rules and not rules_pass_the_analysis"
    # tools/regenerate.py --check says which quotations are not verbatim, and that rules/CITATEN.md is stale
    " and not stands_verbatim_in_the_guide and not the_checked_copy_is_current"
    # and that rules/FEITEN.md is stale (a rule-editing trial read it twice)
    " and not feiten_md_is_current"
)
WITH_THE_GUIDE_SAID = " and not every_quotation_is_in_the_checked_copy"
"""With the guide beside the checkout, a quotation missing from rules/CITATEN.md is one that is not verbatim or
a copy that is stale, both said before: a policy officer read one misquotation four times."""


class _Collect:
    """Counts the checks and keeps, per failed one, where it is and its message."""

    def __init__(self) -> None:
        self.ran = 0
        self.failed: list[str] = []

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when == "call" or (report.failed and report.when == "setup"):
            self.ran += report.when == "call"
            if report.failed:
                self.failed.append(_message(report))


def _message(report: pytest.TestReport) -> str:
    """A failed check's own Dutch message, without the test file it sits in (a policy officer read
    `tests/test_guide_quotations.py:` before each line as a program's words)."""
    crash = getattr(report.longrepr, "reprcrash", None)
    text = crash.message if crash is not None else str(report.longrepr)
    return text.removeprefix("AssertionError: ").removeprefix("Failed: ").split("\nassert ")[0].strip()


def _guide_beside_checkout() -> bool:
    sys.path.insert(0, str(ROOT / "tools"))
    import citaten

    return citaten.GUIDE.is_file()


def main() -> int:
    from netadvisor import RuleError, load_rules

    try:
        load_rules(ROOT / "rules")
    except RuleError:
        # `netadvisor check` (run before this by `make regeltest`) names each mistake with its file and line;
        # every check below reads the rules, and would only fail again with Python's words.
        print("Overige controles van de inhoud: niet gedaan, de regels laden niet. Los eerst op wat")
        print("`netadvisor check` meldt.")
        return 1
    collect = _Collect()
    code = pytest.main(
        # no:terminal: no report of pytest's own (its addopts are options of that report)
        [
            "-o",
            "addopts=--strict-markers --strict-config",
            "-m",
            "regelinhoud",
            "-k",
            ALREADY_SAID + (WITH_THE_GUIDE_SAID if _guide_beside_checkout() else ""),
            f"--ignore={ROOT / 'tests' / 'test_features.py'}",
            "-p",
            "no:terminal",
            "-p",
            "no:randomly",
            "-p",
            "no:cacheprovider",
            "--rootdir",
            str(ROOT),
            str(ROOT / "tests"),
        ],
        plugins=[collect],
    )
    if collect.failed:
        print(f"Overige controles van de inhoud: {len(collect.failed)} van {collect.ran} niet in orde")
        for failed in dict.fromkeys(collect.failed):  # (two checks that say the same thing: said once)
            print(f"  {failed}")
        return 1
    if code not in (pytest.ExitCode.OK, pytest.ExitCode.NO_TESTS_COLLECTED):
        print(f"Overige controles van de inhoud: konden niet lopen (pytest gaf code {int(code)})")
        return 1
    # (whether a quotation stands verbatim in the guide is tools/regenerate.py --check's, above: "citaten" here
    # read as "the quotations are fine" right under a misquotation it reported)
    print(
        f"Overige controles van de inhoud (waar citaten staan, scenario's per regel, schema): {collect.ran} van "
        f"{collect.ran} in orde"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
