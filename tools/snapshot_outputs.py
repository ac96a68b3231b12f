"""Write what the loader and the advice give, to a folder, so that a refactoring can be shown to change nothing.

    .venv/bin/python tools/snapshot_outputs.py build/before       (on the commit before)
    .venv/bin/python tools/snapshot_outputs.py build/after        (on the commit after)
    diff -r build/before build/after                              (no output: nothing changed)

Written: the resolved rule base of rules/ and tests/rules/ (every field of every rule), the advice as JSON and as
text for every case in tests/cases/ and examples/ against both rule bases in both languages, every broken rule
file of tests/golden/rules/ and every bad case file of tests/golden/cases/ as both languages' messages, the
analysis of both rule bases and of tests/golden/analysis/, and the rule-file schema.
"""

from __future__ import annotations

import dataclasses
import io
import pprint
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    from netadvisor import Advisor, CaseError, RuleError, load_case_file, load_rules
    from netadvisor.analysis import analyse
    from netadvisor.cli import main as cli
    from netadvisor.ruleschema import rule_file_schema_json

    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)

    def write(name: str, text: str) -> None:
        (out / name).write_text(text, encoding="utf-8")

    rule_bases = {"rules": ROOT / "rules", "testrules": ROOT / "tests" / "rules"}
    for label, path in rule_bases.items():
        rulebase = load_rules(path)
        # as plain data: a class renamed by a refactoring is not a change of what was loaded
        # what the loader made, not what RuleBase works out from it (its lookups by id and by conclusion)
        loaded = {field.name for field in dataclasses.fields(rulebase) if field.init}
        stated = {key: value for key, value in dataclasses.asdict(rulebase).items() if key in loaded}
        write(f"rulebase-{label}.txt", pprint.pformat(stated, width=120) + "\n")
        for lang in ("nl", "en"):
            findings = analyse(rulebase, None, lang)
            write(f"analysis-{label}-{lang}.txt", "\n".join(f.format(lang) for f in findings.findings) + "\n")
        advisor = Advisor.from_path(path, engine="evaluator")
        for folder in (ROOT / "tests" / "cases", ROOT / "examples"):
            for case_file in sorted(folder.glob("*.yaml")):
                case = load_case_file(case_file)
                for lang in ("nl", "en"):
                    advice = advisor.advise(case, lang=lang)
                    name = f"advice-{label}-{folder.name}-{case_file.stem}-{lang}"
                    write(f"{name}.json", advice.model_dump_json(indent=1) + "\n")
                    text = io.StringIO()
                    cli(
                        ["advise", str(case_file), "--rules", str(path), "--lang", lang, "--engine", "evaluator"],
                        stdout=text,
                        stderr=io.StringIO(),
                    )
                    write(f"{name}.txt", text.getvalue())
    golden = ROOT / "tests" / "golden"
    for sample in sorted((golden / "rules").iterdir()):
        if sample.suffix == ".txt":
            continue
        try:
            load_rules(sample)
        except RuleError as error:
            for lang in ("nl", "en"):
                write(
                    f"golden-rules-{sample.stem}-{lang}.txt",
                    error.format(lang) + "\n" + "\n".join(_plain(problem) for problem in error.problems) + "\n",
                )
    for sample in sorted((golden / "cases").glob("*.yaml")):
        try:
            load_case_file(sample)
        except CaseError as error:
            write(
                f"golden-cases-{sample.stem}.txt",
                str(error) + "\n" + "\n".join(_plain(problem) for problem in error.problems) + "\n",
            )
    for sample in sorted((golden / "analysis").glob("*.yaml")):
        for lang in ("nl", "en"):
            text = io.StringIO()
            cli(["check", str(sample), "--analyse", "--lang", lang], stdout=text, stderr=text)
            write(f"golden-analysis-{sample.stem}-{lang}.txt", text.getvalue())
    write("rule-file.schema.json", rule_file_schema_json())
    return 0


def _plain(problem: Any) -> str:
    """A problem as plain data, its class named: a field whose type changes (a dict to a Text) but whose words do
    not is not a change of what was found."""
    return f"{type(problem).__name__}{pprint.pformat(dataclasses.asdict(problem), width=120)}"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
