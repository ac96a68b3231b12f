"""A catalogue of bad case files: each ends in a CaseError naming the field, the file, line and column.

Through the API and through the CLI (exit code 4, no traceback), and the loaded rules stay untouched.
The expected text of each is in tests/golden/cases/<name>.txt (NETADVISOR_UPDATE_GOLDEN=1 rewrites it).
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from conftest import EXAMPLES
from netadvisor import Advisor, CaseError, load_case_file
from netadvisor.cli import EXIT_CASE, main

CATALOGUE = Path(__file__).parent / "golden" / "cases"
CASES = sorted(path.name for path in CATALOGUE.glob("*.yaml"))


@pytest.mark.parametrize("name", CASES)
def test_bad_case_file_gives_the_golden_error(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(CATALOGUE)
    with pytest.raises(CaseError) as raised:
        load_case_file(name)
    text = str(raised.value) + "\n"
    golden = CATALOGUE / f"{Path(name).stem}.txt"
    if os.environ.get("NETADVISOR_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
    assert all(problem.line > 0 for problem in raised.value.problems)


@pytest.mark.parametrize("name", CASES)
def test_the_cli_says_the_same_and_exits_4(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(CATALOGUE)
    out, err = io.StringIO(), io.StringIO()
    assert main(["advise", name], stdout=out, stderr=err) == EXIT_CASE
    assert out.getvalue() == "" and "Traceback" not in err.getvalue()
    assert err.getvalue() == (CATALOGUE / f"{Path(name).stem}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("bad", [
    {"partners": [{"name": f"P{n}"} for n in range(10_001)]},   # more partners than a case may list
    {"title": "x" * 10_000},
    {"governance": {"partner_count": float("nan")}},
    {"governance": {"partner_count": 2**200}},
    {"goal": {"statement": ["not", "text"]}},
    {"management": {"roles": "everyone"}},
])
def test_bad_mappings_through_the_api(advisor: Advisor, bad: dict[str, object]) -> None:
    with pytest.raises(CaseError) as raised:
        advisor.advise(bad)
    assert raised.value.problems and all(problem.path for problem in raised.value.problems)


def test_unicode_names_are_fine(advisor: Advisor) -> None:
    advice = advisor.advise({"title": "Ŝtad – Zürich ✓ 東京", "partners": [{"name": "Café Ñandú 🙂"}] * 3,
                             "challenge": {"rationale": "effectiveness"}})
    assert advice.case_title == "Ŝtad – Zürich ✓ 東京"


def test_bad_cases_leave_the_loaded_rules_untouched(advisor: Advisor) -> None:
    good = load_case_file(EXAMPLES / "dak-en-thuisloosheid.yaml")
    before = advisor.advise(good).model_dump_json()
    for name in CASES:
        with pytest.raises(CaseError):
            load_case_file(CATALOGUE / name)
    for bad in ({"governance": {"trust": "x"}}, {"partners": "x"}, [1, 2]):
        with pytest.raises(CaseError):
            advisor.advise(bad)  # type: ignore[arg-type]
    assert advisor.advise(good).model_dump_json() == before
