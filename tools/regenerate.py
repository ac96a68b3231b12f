"""Regenerate the files under rules/ that are generated from code: the rule-file JSON Schema and the
table of heuristics. The tests fail when either is out of date.

    .venv/bin/python tools/regenerate.py
"""

from __future__ import annotations

from pathlib import Path

from netadvisor import load_rules
from netadvisor.coverage import coverage_markdown
from netadvisor.ruleschema import rule_file_schema_json

RULES = Path(__file__).resolve().parents[1] / "rules"

if __name__ == "__main__":
    (RULES / "schema" / "rule-file.schema.json").write_text(rule_file_schema_json(), encoding="utf-8")
    (RULES / "HEURISTIEKEN.md").write_text(coverage_markdown(load_rules(RULES)), encoding="utf-8")
