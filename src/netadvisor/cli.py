"""The command line: parse arguments, call the public API, render. Nothing else.

Exit codes::

    0  fine
    2  usage error (wrong arguments)
    3  the rule files have mistakes
    4  the case is invalid
    5  the engine failed (a bug: please report it)
    6  check --analyse found problems in the rule base that are not accepted
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import NoReturn, TextIO

from . import __version__
from .advisor import Advisor, packaged_rules_path
from .analysis import analyse
from .casefile import load_case_file
from .errors import CaseError, EngineError, RuleError, RuleProblem
from .loader import load_rules
from .rulebase import RuleBase
from .render import advice_json, advice_text

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_RULES = 3
EXIT_CASE = 4
EXIT_ENGINE = 5
EXIT_ANALYSIS = 6


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="netadvisor", description=(
        "Advies voor regionale samenwerking volgens de gids 'Regionaal samenwerken' (VVSG). / "
        "Advice on regional collaboration after the guide 'Regionaal samenwerken'."),
        epilog="exit codes: 0 fine, 2 usage, 3 rule files wrong, 4 case invalid, 5 engine failure, "
               "6 analysis found problems")
    parser.add_argument("--version", action="version", version=f"netadvisor {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    advise = commands.add_parser(
        "advise", help="advies voor een casus / advice for a case",
        description="Advies voor een casus (YAML of JSON). / Advice for a case file (YAML or JSON).",
        epilog="example: netadvisor advise examples/dak-en-thuisloosheid.yaml --lang en --format json",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    advise.add_argument("case", help="the case file")
    advise.add_argument("--rules", help="a rule file or folder (default: the packaged rules)")
    advise.add_argument("--lang", choices=["nl", "en"], default="nl")
    advise.add_argument("--format", choices=["text", "json"], default="text")
    advise.add_argument("--engine", choices=["auto", "durable", "evaluator"], default="auto",
                        help="which engine fires the rules (default: durable_rules where available)")

    check = commands.add_parser(
        "check", help="controleer regelbestanden / check rule files",
        description="Controleer regelbestanden en toon elke fout met bestand, regel en kolom. / "
                    "Check rule files and show every mistake with file, line and column.",
        epilog="example: netadvisor check rules/ --analyse --lang nl")
    check.add_argument("path", nargs="?", help="a rule file or folder (default: the packaged rules)")
    check.add_argument("--analyse", action="store_true",
                       help="ook analyseren: tegenstrijdigheden, conflicten, hiaten, dode regels, kringen / "
                            "also analyse: contradictions, conflicts, gaps, dead rules, cycles")
    check.add_argument("--scenario-results", metavar="JSON",
                       help="results of a living-documentation run (make docs), to count rules scenarios exercise")
    check.add_argument("--lang", choices=["nl", "en"], default="nl")
    check.add_argument("--format", choices=["text", "json"], default="text")
    return parser


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command line; return the exit code."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        if args.command == "advise":
            return _advise(args, out)
        return _check(args, out)
    except RuleError as error:
        if getattr(args, "format", "text") == "json" and args.command == "check":
            out.write(json.dumps([_problem_json(p, args.lang) for p in error.problems], ensure_ascii=False,
                                 indent=2) + "\n")
        else:
            err.write(error.format(args.lang) + "\n")
        return EXIT_RULES
    except CaseError as error:
        err.write(str(error) + "\n")
        return EXIT_CASE
    except EngineError as error:
        err.write(f"engine failure (a bug in netadvisor, please report it): {error}\n")
        return EXIT_ENGINE


def _advise(args: argparse.Namespace, out: TextIO) -> int:
    case = load_case_file(args.case)
    advisor = Advisor.from_path(args.rules, engine=args.engine) if args.rules else Advisor(engine=args.engine)
    advice = advisor.advise(case, lang=args.lang)
    out.write(advice_json(advice) if args.format == "json" else advice_text(advice))
    return EXIT_OK


def _check(args: argparse.Namespace, out: TextIO) -> int:
    path = args.path or packaged_rules_path()
    rulebase = load_rules(path)
    if args.analyse:
        return _analyse(args, rulebase, out)
    if args.format == "json":
        out.write(json.dumps({"ok": True, "rules": len(rulebase.rules), "files": list(rulebase.files),
                              "version": rulebase.version}, indent=2) + "\n")
    elif args.lang == "nl":
        out.write(f"In orde: {len(rulebase.rules)} regels in {len(rulebase.files)} bestanden "
                  f"(versie {rulebase.version}).\n")
    else:
        out.write(f"OK: {len(rulebase.rules)} rules in {len(rulebase.files)} files (version {rulebase.version}).\n")
    return EXIT_OK


def _analyse(args: argparse.Namespace, rulebase: RuleBase, out: TextIO) -> int:
    scenario_rules = None
    if args.scenario_results:
        with open(args.scenario_results, encoding="utf-8") as handle:
            scenario_rules = {rule_id for result in json.load(handle)["results"] for rule_id, _ in result["rules"]}
    analysis = analyse(rulebase, scenario_rules, args.lang)
    if args.format == "json":
        out.write(json.dumps([{"code": f.code, "rules": list(f.rules), "file": f.file, "line": f.line,
                               "message": f.message[args.lang], "example": f.example, "accepted": f.accepted}
                              for f in analysis.findings], ensure_ascii=False, indent=2) + "\n")
    else:
        for finding in analysis.findings:
            out.write(finding.format(args.lang) + "\n")
        count = len(analysis.open)
        if args.lang == "nl":
            out.write(f"{len(rulebase.rules)} regels geanalyseerd: {count} open bevinding(en), "
                      f"{len(analysis.findings) - count} aanvaard.\n")
        else:
            out.write(f"{len(rulebase.rules)} rules analysed: {count} open finding(s), "
                      f"{len(analysis.findings) - count} accepted.\n")
    return EXIT_ANALYSIS if analysis.open else EXIT_OK


def _problem_json(problem: RuleProblem, lang: str) -> dict[str, object]:
    return {"file": problem.file, "line": problem.line, "column": problem.column, "code": problem.code,
            "message": problem.message(lang), "hint": problem.hint.get(lang), "yaml_path": problem.yaml_path,
            "rule_id": problem.rule_id}
