"""Every heuristic of the guide, H001–H151, is a rule, a definition, a validation, an example or has a reason."""

from __future__ import annotations

import re
import pytest

from conftest import ROOT
from netadvisor import RuleBase
from netadvisor.coverage import HEURISTICS, coverage_markdown, heuristic_coverage

SHARED = ROOT.parent / "shared" / "guide" / "heuristics.md"
RULE_ID = re.compile(r"\b[A-Z]{2,}(?:-[A-Za-z0-9]+)+\b")


def test_every_heuristic_is_accounted_for_exactly_once(packaged: RuleBase) -> None:
    problems = [(row.heuristic, row.rules, row.accounted.kind if row.accounted else None)
                for row in heuristic_coverage(packaged) if row.kind is None]
    assert problems == []


def test_every_rule_an_account_names_exists(packaged: RuleBase) -> None:
    ids = {rule.id for rule in packaged.rules}
    for entry in packaged.accounted:
        text = " ".join([entry.where or "", entry.reason["nl"], entry.reason["en"]])
        for named in RULE_ID.findall(text):
            assert named in ids, f"{entry.heuristic} names {named}, which is not a rule"


def test_every_example_an_account_names_exists(packaged: RuleBase) -> None:
    for entry in packaged.accounted:
        if entry.kind == "example":
            assert entry.where and (ROOT / entry.where).is_file(), f"{entry.heuristic}: {entry.where}"


def test_the_generated_table_is_up_to_date(packaged: RuleBase) -> None:
    committed = (ROOT / "rules" / "HEURISTIEKEN.md").read_text(encoding="utf-8")
    assert committed == coverage_markdown(packaged), "regenerate: python tools/regenerate.py"


@pytest.mark.skipif(not SHARED.is_file(), reason="shared/guide/heuristics.md is not beside this checkout")
def test_the_numbering_matches_the_guides_list(packaged: RuleBase) -> None:
    """The ids are the guide's ids, and each EXAMPLE of the list is accounted for as an example case."""
    text = SHARED.read_text(encoding="utf-8")
    listed = dict(re.findall(r"\*\*(H\d{3})\*\* \[([A-Z]+)\]", text))
    assert tuple(sorted(listed)) == HEURISTICS
    kinds = {row.heuristic: row.kind for row in heuristic_coverage(packaged)}
    assert {h for h, kind in listed.items() if kind == "EXAMPLE"} == {h for h, k in kinds.items() if k == "example"}

