"""The list of facts for people who write cases and rules (rules/FEITEN.md, `netadvisor explain --facts`)."""

from __future__ import annotations

import io
import re

import pytest
import yaml

from conftest import ROOT
from netadvisor import load_rules
from netadvisor.case import parse_case
from netadvisor.cli import EXIT_OK, main
from netadvisor.facts import FACTS, PARTNER_FACTS
from netadvisor.factsheet import facts_text

RULES = ROOT / "tests" / "rules"


def test_every_fact_has_its_entry() -> None:
    text = facts_text(load_rules(RULES), "nl")
    headings = re.findall(r"^### `(.+)`$", text, flags=re.M)
    assert sorted(headings) == sorted([*FACTS, *(path for path in PARTNER_FACTS if path != "partners")])


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_how_a_case_file_writes_each_fact_is_a_valid_case(lang: str) -> None:
    """Each 'in een casusbestand' line, pasted into a file, is a case netadvisor reads (Dutch answers and all)."""
    snippets = re.findall(
        r"^- (?:in een casusbestand|in a case file): `(.+)`$", facts_text(load_rules(RULES), lang), flags=re.M
    )
    assert len(snippets) == sum(1 for spec in FACTS.values() if not spec.computed)
    for snippet in snippets:
        parse_case(yaml.safe_load(snippet))


def test_explain_facts_prints_the_list_and_a_fact_no_rule_uses_says_it_is_never_asked() -> None:
    out = io.StringIO()
    assert main(["explain", "--facts", "--rules", str(RULES)], stdout=out, stderr=io.StringIO()) == EXIT_OK
    assert out.getvalue() == facts_text(load_rules(RULES), "nl")
    rules = ROOT / "tests" / "rules"
    out = io.StringIO()
    # a rule base in which no rule uses the follow-up state.stuck_on_process: never asked, so no "follow-up" either
    main(
        ["explain", "state.stuck_on_process", "--rules", str(rules / "typering.yaml")], stdout=out, stderr=io.StringIO()
    )
    assert "gebruikt door: geen enkele regel; het advies vraagt er dus nooit naar" in out.getvalue()
    assert "vervolgvraag" not in out.getvalue()


def test_a_fact_used_through_a_count_names_the_rules_that_count_it() -> None:
    """challenge.criteria.recipe is read through the counts of criteria: 'used by: -' once said otherwise."""
    out = io.StringIO()
    main(
        ["explain", "challenge.criteria.recipe", "--rules", str(RULES / "typering.yaml")],
        stdout=out,
        stderr=io.StringIO(),
    )
    assert "gebruikt door: TYPE-" in out.getvalue()


@pytest.mark.regelinhoud
def test_feiten_md_is_current() -> None:
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    import regenerate

    assert regenerate.out_of_date(["rules/FEITEN.md"]) == [], regenerate.message("rules/FEITEN.md")
