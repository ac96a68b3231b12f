"""The compiler: a pure function from rules to durable_rules definitions, pinned by a golden file."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

from helpers import rules_from_text
from netadvisor import RuleBase
from netadvisor.compiler import MAX_ALPHA_STACK, MAX_RULES_PER_CHUNK, alpha_cost, compile_rulebase

GOLDEN = Path(__file__).parent / "golden" / "compiler"


def _as_json(rulebase: RuleBase) -> str:
    compiled = compile_rulebase(rulebase)
    return (
        json.dumps([dataclasses.asdict(chunk) for chunk in compiled.chunks], indent=2, sort_keys=True, default=sorted)
        + "\n"
    )


def test_every_operator_compiles_to_the_golden_definition() -> None:
    """Each operator on facts and conclusions has one pinned durable_rules form."""
    text = _as_json(rules_from_text((GOLDEN / "rules.yaml").read_text(encoding="utf-8")))
    golden = GOLDEN / "rules.json"
    if os.environ.get("NETADVISOR_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_compiling_is_pure(frozen: RuleBase) -> None:
    """The same rule base always compiles to the same chunks, and compiling changes nothing."""
    before = repr(frozen)
    assert compile_rulebase(frozen) == compile_rulebase(frozen)
    assert repr(frozen) == before


def test_chunks_stay_within_durables_limits(frozen: RuleBase) -> None:
    """No chunk can make a fact pass more than the safe number of alpha tests, or hold too many rules."""
    rules = {rule.id: rule for rule in frozen.rules}
    for chunk in compile_rulebase(frozen).chunks:
        ids = [rule_id for rule_id in chunk.definition if rule_id != "sentinel"]
        assert len(ids) <= MAX_RULES_PER_CHUNK
        chains = 1 + sum(alpha_cost(rules[i])[0] for i in ids)
        longest = max([1] + [alpha_cost(rules[i])[1] for i in ids])
        assert chains + longest <= MAX_ALPHA_STACK
