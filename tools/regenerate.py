"""Regenerate the files made from the code and the rules, or with --check say in Dutch which are out of date.

    make regenereer                                   (or: .venv/bin/python tools/regenerate.py)
    .venv/bin/python tools/regenerate.py --check      (exit 1 when a file is out of date)

The files, and what each is made from:
  rules/schema/rule-file.schema.json   the rule language (the code)
  src/netadvisor/schemas/advice.schema.json   the advice as JSON (the code), shipped in the wheel
  rules/HEURISTIEKEN.md                the rules (which heuristic each rule covers)
  rules/FEITEN.md                      the case model and the rules (every fact, its question and answers)
  README.md, the output of `make run`  the rules and the code
  rules/README.md, the list of steps   the scenario steps in tests/steps_nl.py
  rules/CITATEN.md                     the quotations of the guide in the rules, checked against the guide
                                       (../shared/guide/regionaal-samenwerken.txt); without the guide beside
                                       the checkout it is neither checked nor remade
"""

from __future__ import annotations

import argparse
import io
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "rules"
sys.path.insert(0, str(ROOT / "tools"))  # citaten.py beside this file
COMMAND = "make regenereer"
STEPS_BEGIN = "<!-- stappen: begin (gemaakt door make regenereer uit tests/steps_nl.py) -->"
STEPS_END = "<!-- stappen: einde -->"


def _schema() -> str:
    from netadvisor.ruleschema import rule_file_schema_json

    return rule_file_schema_json()


def _advice_schema() -> str:
    from netadvisor.advice import advice_schema_json

    return advice_schema_json()


def _heuristics() -> str:
    from netadvisor import load_rules
    from netadvisor.coverage import coverage_markdown

    return coverage_markdown(load_rules(RULES))


def _facts() -> str:
    from netadvisor import load_rules
    from netadvisor.factsheet import facts_text

    return facts_text(load_rules(RULES), "nl")


def make_run_output() -> str:
    """What `make run` prints: the command is read from the Makefile, run here in-process.

    The rules are named explicitly: in a checkout the packaged rules are this rules/ folder, and in a copy of
    the checkout (a scratch copy, a CI clone) the rules of the copy are the ones its README must show.
    """
    import os

    from netadvisor.cli import main

    command = re.search(r"\$\(BIN\)/netadvisor (advise \S+)", (ROOT / "Makefile").read_text(encoding="utf-8"))
    if command is None:
        raise SystemExit("Makefile: geen 'netadvisor advise' onder 'run:'")
    out = io.StringIO()
    here = os.getcwd()
    os.chdir(ROOT)  # the Makefile's paths are relative to the repository
    try:
        main([*command.group(1).split(" "), "--rules", str(RULES)], stdout=out, stderr=io.StringIO())
    finally:
        os.chdir(here)
    return out.getvalue()


def _readme() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("`make run` prints")
    block = re.compile(r"```\n(.*?)```", re.S).search(text, start)
    if block is None:
        raise SystemExit("README.md: geen codeblok na '`make run` prints'")
    return text[: block.start(1)] + make_run_output() + text[block.end(1) :]


def step_list() -> str:
    """The scenario step sentences, one per line, as rules/README.md lists them."""
    from netadvisor.scenariotests import step_list_markdown, step_sentences

    return step_list_markdown(step_sentences(ROOT / "tests" / "steps_nl.py"))


def _rules_readme() -> str:
    text = (RULES / "README.md").read_text(encoding="utf-8")
    if STEPS_BEGIN not in text or STEPS_END not in text:
        raise SystemExit(f"rules/README.md: de markeringen {STEPS_BEGIN} en {STEPS_END} ontbreken")
    before, rest = text.split(STEPS_BEGIN, 1)
    _old, after = rest.split(STEPS_END, 1)
    return f"{before}{STEPS_BEGIN}\n{step_list()}{STEPS_END}{after}"


class QuotationsAltered(Exception):
    """A quotation in the rules does not stand in the guide as written: rules/CITATEN.md is not remade."""


def _quotations() -> str:
    """rules/CITATEN.md: every quotation of the guide in the rules, with where it stands in the guide.

    Raises:
        citaten.GuideMissing: the guide is not beside the checkout.
        QuotationsAltered: a quotation does not stand in the guide as written (the copy lists checked ones only).
    """
    import citaten

    guide = citaten.Guide.beside_checkout()
    quotations, problems = citaten.rule_quotations(RULES)
    problems += citaten.problems_of(quotations, guide)
    if problems:
        raise QuotationsAltered("\n".join(problems))
    return citaten.render_copy(quotations, guide)


GENERATED: dict[str, Callable[[], str]] = {
    "rules/schema/rule-file.schema.json": _schema,
    "src/netadvisor/schemas/advice.schema.json": _advice_schema,
    "rules/HEURISTIEKEN.md": _heuristics,
    "rules/FEITEN.md": _facts,
    "README.md": _readme,
    "rules/README.md": _rules_readme,
    "rules/CITATEN.md": _quotations,
}


def out_of_date(names: list[str] | None = None) -> list[str]:
    """The generated files (of ``names``, or all) whose content is not what the code and rules make now.

    A file that cannot be made here (rules/CITATEN.md without the guide beside the checkout) is left out; a file
    that must not be made (a quotation is altered) counts as out of date.
    """
    import citaten

    stale = []
    for name, make in GENERATED.items():
        if names is not None and name not in names:
            continue
        try:
            made = make()
        except citaten.GuideMissing:
            continue
        except QuotationsAltered:
            stale.append(name)
            continue
        path = ROOT / name
        if not path.is_file() or path.read_text(encoding="utf-8") != made:
            stale.append(name)
    return stale


def message(name: str) -> str:
    """The Dutch sentence a stale file gets, with the command that remakes it (or why it cannot be remade)."""
    if name == "rules/CITATEN.md":
        try:
            _quotations()
        except QuotationsAltered as error:
            return (
                f"{name} wordt niet opnieuw gemaakt: deze citaten staan niet letterlijk in de gids "
                f'("…" voor een weglating, [rechte haken] voor een invoeging):\n{error}'
            )
    return f"{name} is niet meer actueel: maak het opnieuw met `{COMMAND}`"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only say which files are out of date (exit 1)")
    args = parser.parse_args(argv)
    import citaten

    from netadvisor import RuleError

    try:
        stale = out_of_date()
    except RuleError:
        # Policy staff run this through `make regeltest` beside `netadvisor check`, which names each mistake
        # with its file and line: no traceback here, and nothing made from rules that do not load.
        print("De bestanden die uit de regels gemaakt worden, zijn niet nagekeken: de regels laden niet.")
        print("Los eerst op wat `netadvisor check` meldt.")
        return 1
    if not citaten.GUIDE.is_file():
        print(f"rules/CITATEN.md niet nagekeken: de gids staat niet naast de checkout ({citaten.GUIDE})")
    if args.check:
        # an altered quotation first: until it is put right, make regenereer remakes nothing
        altered = "rules/CITATEN.md" in stale and _altered_quotations()
        if altered:
            print(message("rules/CITATEN.md"))  # a tool, not the library
        for name in stale:
            if name == "rules/CITATEN.md" and altered:
                continue
            print(message(name) + (", zodra de citaten hierboven verbeterd zijn" if altered else ""))
        if not stale:
            # (said in so many words: "Citaten uit de gids: niet hier getest" above it left a policy officer
            # unsure whether anything checked them at all)
            checked = (
                ", ook rules/CITATEN.md: elk citaat staat letterlijk in de gids" if citaten.GUIDE.is_file() else ""
            )
            print(f"Alle gemaakte bestanden zijn actueel{checked}.")
        return 1 if stale else 0
    if "rules/CITATEN.md" in stale and _altered_quotations():
        # nothing is made: README.md would show the advice with the altered quotation in it (a policy officer
        # found it there, made while CITATEN.md was refused)
        print(message("rules/CITATEN.md"))
        print("Er is niets opnieuw gemaakt: verbeter eerst de citaten hierboven, en voer dan opnieuw uit.")
        return 1
    for name in stale:
        text = GENERATED[name]()
        (ROOT / name).parent.mkdir(parents=True, exist_ok=True)
        (ROOT / name).write_text(text, encoding="utf-8")
        print(f"opnieuw gemaakt: {name}")
    if not stale:
        print("Alle gemaakte bestanden waren al actueel.")
    return 0


def _altered_quotations() -> bool:
    """Whether a quotation in the rules does not stand in the guide as written (False without the guide)."""
    import citaten

    try:
        _quotations()
    except citaten.GuideMissing:
        return False
    except QuotationsAltered:
        return True
    return False


if __name__ == "__main__":
    sys.exit(main())
