"""The command line: parse arguments, call the public API, render. Nothing else.

Exit codes::

    0    fine (diff: no case gets different advice)
    1    diff: the advice of at least one case changes
    2    usage error (wrong arguments, or a file of scenario results that cannot be read)
    3    the rule files have mistakes
    4    the case is invalid (in a batch: at least one case)
    5    the engine failed (a bug: please report it)
    6    check --analyse found problems in the rule base that are not accepted
    7    netadvisor test: an example, example case or scenario does not give what it expects
    130  interrupted (Ctrl-C): a batch's workers are ended, the records written are complete; a consultation's
         answers so far are saved
    141  the output was closed early (piped into head, say)
    143  a batch was stopped by SIGTERM: its workers are ended, the records written are complete
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import difflib
import functools
import json
import os
import re
import signal
import sys
import warnings
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from . import ENGINE_CHOICES, FIXED_CONCLUSIONS, LANGUAGES  # the vocabularies alone: light to import

if TYPE_CHECKING:
    from . import Advice, Advisor, AnalysisFinding, Case, FactSpec, Language, RuleBase, RuleProblem, Text

# Everything else is imported where it is used: --help and a plain `advise` start without loading what they do
# not need (the rule language, the analysis, the reports they do not print). The command line uses only the public
# names of netadvisor (its __all__), as any other tool would; tests/test_cli.py keeps it so.

EXIT_OK = 0
EXIT_CHANGES = 1  # netadvisor diff: some case gets different advice (as diff(1) says that files differ)
EXIT_USAGE = 2
EXIT_RULES = 3
EXIT_CASE = 4
EXIT_ENGINE = 5
EXIT_ANALYSIS = 6
EXIT_TESTS = 7
EXIT_NOT_SAVED = 8  # netadvisor consult: the answers could not be written (they are printed instead)
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports it
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what a shell tool reports when its reader stops reading
EXIT_TERMINATED = 143  # 128 + SIGTERM


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, reader_language: Language | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("add_help", False)  # argparse's own -h is explained in English only
        super().__init__(*args, **kwargs)
        # the --lang of the command line, read before argparse has parsed it (its errors come before that)
        self.reader_language = reader_language
        self.add_argument(
            "-h",
            "--help",
            action="help",
            default=argparse.SUPPRESS,
            help="toon deze hulp en stop / show this help and exit",
        )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {_usage_error(message, self.reader_language)}\n")

    def add_subparsers(self, **kwargs: Any) -> Any:
        kwargs["parser_class"] = functools.partial(type(self), reader_language=self.reader_language)
        return super().add_subparsers(**kwargs)


def _language_asked(argv: Sequence[str]) -> Language | None:
    """The language the command line asks for with --lang (the last one counts, as argparse takes it), if it is
    one netadvisor speaks."""
    asked = None
    for index, argument in enumerate(argv):
        if argument == "--lang" and index + 1 < len(argv):
            asked = argv[index + 1]
        elif argument.startswith("--lang="):
            asked = argument.removeprefix("--lang=")
    return asked if asked in LANGUAGES else None


# argparse's own messages (the same from Python 3.11 to 3.13), said in Dutch and English; any other as it is
_USAGE_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"argument (?P<argument>\S+): invalid choice: '(?P<value>.*)' \(choose from (?P<choices>.*)\)"),
        "usage-invalid-choice",
    ),
    (re.compile(r"the following arguments are required: (?P<arguments>.*)"), "usage-required"),
    (re.compile(r"unrecognized arguments: (?P<arguments>.*)"), "usage-unrecognized"),
    (re.compile(r"argument (?P<argument>\S+): expected one argument"), "usage-expected-value"),
    (re.compile(r"argument (?P<argument>\S+): invalid int value: '(?P<value>.*)'"), "usage-invalid-int"),
)


def _usage_error(message: str, lang: Language | None = None) -> str:
    """An error of argparse in the language the command line asked for, else in Dutch and English ("fout /
    error: ..."); the closest choice suggested for a mistyped command or choice."""
    from . import both_languages, command_says, conclusion_name_near

    def say(text: Text) -> str:
        return both_languages(text) if lang is None else text.pick(lang)

    for pattern, code in _USAGE_ERRORS:
        found = pattern.fullmatch(message)
        if found is None:
            continue
        params: dict[str, Any] = found.groupdict()
        if params.get("argument") == "command":  # argparse's name for the subcommand
            params["argument"] = command_says("usage-command")
        if code == "usage-invalid-choice":
            params["choices"] = _choices_named(params["choices"])
        said = command_says(code, **params)
        if code == "usage-unrecognized" and not params["arguments"].startswith("-"):
            # a word left over is mostly the rest of a value with a space (--set vertrouwen=heel hoog)
            said = said + command_says("usage-quote-spaces")
        if code == "usage-invalid-choice":
            choices = re.findall(r"'([^']*)'", params["choices"].en)
            close = difflib.get_close_matches(params["value"], choices, 1)
            # a conclusion nearly named in Dutch, by that name ("samenwerkingsvrom" got the codes alone: a policy
            # officer)
            near = conclusion_name_near(params["value"]) if set(choices) <= set(FIXED_CONCLUSIONS) else None
            if near or close:
                said = said + command_says("usage-did-you-mean", suggestion=near or close[0])
        return f"{say(command_says('usage-error'))}: {say(said)}"
    return f"{say(command_says('usage-error'))}: {message}"


def _choices_named(choices: str) -> Text:
    """argparse's choices ("'challenge_type', 'collaboration_form'"), a fixed conclusion with its name in words
    beside it: "--for vorm" was refused with the codes alone, and the Dutch names it takes were nowhere (a policy
    officer)."""
    from . import Text, conclusion_in_words

    codes = re.findall(r"'([^']*)'", choices)

    def named(lang: Language) -> str:
        return ", ".join(
            f"'{code}' ({conclusion_in_words(code).pick(lang)})" if code in FIXED_CONCLUSIONS else f"'{code}'"
            for code in codes
        )

    return Text(named("nl"), named("en")) if codes else Text(choices, choices)


def _conclusion_named(text: str) -> str:
    """A fixed conclusion by its id or its name in words ("governancevorm"), as explain and --set take it."""
    from . import conclusion_meant

    return conclusion_meant(text) or text


class _Version(argparse.Action):
    """--version, read only when asked for (the package's metadata is slow to import)."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> NoReturn:
        import netadvisor

        sys.stdout.write(f"netadvisor {netadvisor.__version__}\n")  # where argparse's own version action writes
        parser.exit()


_LANG_HELP = "de taal van de uitvoer (standaard nl) / the language of the output"
_FORMAT_HELP = "de vorm van de uitvoer (standaard text) / the form of the output"


def _parser(reader_language: Language | None = None) -> argparse.ArgumentParser:
    parser = _Parser(
        reader_language=reader_language,
        prog="netadvisor",
        description=(
            "Advies voor regionale samenwerking volgens de gids 'Regionaal samenwerken' (VVSG). / "
            "Advice on regional collaboration after the guide 'Regionaal samenwerken'."
        ),
        epilog="afsluitcodes: 0 in orde, 1 diff vond wijzigingen, 2 verkeerd gebruik, 3 regelbestanden fout, 4 casus "
        "ongeldig, 5 engine faalde, 6 analyse vond problemen, 7 regeltests faalden, 8 antwoorden niet bewaard (ze "
        "staan in de uitvoer), 130 batch onderbroken, 141 uitvoer vroeg gesloten (bv. door head), 143 batch gestopt "
        "door SIGTERM\n"
        "exit codes: 0 fine, 1 diff found changes, 2 usage, 3 rule files wrong, 4 case invalid, 5 engine failure, "
        "6 analysis found problems, 7 rule tests failed, 8 answers not saved (they are printed), 130 batch "
        "interrupted, 141 output closed early (e.g. by head), 143 batch stopped by SIGTERM",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version", action=_Version, nargs=0, help="toon de versie en stop / show the version and exit"
    )
    commands = parser.add_subparsers(dest="command", required=True)

    _add_advise(commands)
    _add_check(commands)
    _add_test(commands)
    _add_diff(commands)
    _add_consult(commands)
    _add_schema(commands)
    _add_explain(commands)
    _add_what_if(commands)
    return parser


def _add_advise(commands: argparse._SubParsersAction[_Parser]) -> None:
    """The `advise` command and its options."""
    advise = commands.add_parser(
        "advise",
        help="advies voor een casus / advice for a case",
        description="Advies voor een casus (YAML of JSON). / Advice for a case file (YAML or JSON).",
        epilog="voorbeeld / example: netadvisor advise examples/dak-en-thuisloosheid.yaml --lang en --format json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    advise.add_argument(
        "case",
        help="het casusbestand; of een map met casussen, of een .jsonl-bestand, voor een batch / the case file; or "
        "a folder of case files, or a .jsonl file, for a batch (one JSON record per case, in order; blank lines "
        "are skipped and counted)",
    )
    advise.add_argument(
        "--jobs",
        type=int,
        default=None,
        help="werkprocessen voor een batch (standaard: alle kernen) / worker processes for a batch",
    )
    advise.add_argument(
        "--rules", help="een regelbestand of -map (standaard: de meegeleverde regels) / a rule file or folder"
    )
    advise.add_argument("--lang", choices=LANGUAGES, default="nl", help=_LANG_HELP)
    advise.add_argument(
        "--format",
        choices=["text", "json", "markdown", "html"],
        default=None,
        help="tekst (standaard), json, of een afdrukbaar verslag (markdown, html); een reeks casussen geeft JSON Lines / "
        "text (default), json, or a printable report (markdown, html); a batch writes JSON Lines",
    )
    advise.add_argument(
        "--engine",
        choices=ENGINE_CHOICES,
        default="auto",
        help="welke engine de regels uitvoert (standaard: durable_rules waar beschikbaar) / "
        "which engine fires the rules (default: durable_rules where available)",
    )
    advise.add_argument(
        "--detail",
        action="store_true",
        help="ook de regels, feiten en redenen tonen / also show rule ids, facts and reasons",
    )


def _add_check(commands: argparse._SubParsersAction[_Parser]) -> None:
    """The `check` command and its options."""
    from . import both_languages, command_says

    check = commands.add_parser(
        "check",
        help="controleer regelbestanden / check rule files",
        description="Controleer regelbestanden en toon elke fout met bestand, regel en kolom. / "
        "Check rule files and show every mistake with file, line and column.",
        epilog="voorbeeld / example: netadvisor check rules/ --analyse --lang nl",
    )
    check.add_argument("path", nargs="?", help=both_languages(command_says("help-rules-here")))
    check.add_argument(
        "--analyse",
        action="store_true",
        help="ook analyseren: tegenstrijdigheden, conflicten, hiaten, dode regels, kringen / "
        "also analyse: contradictions, conflicts, gaps, dead rules, cycles",
    )
    check.add_argument(
        "--scenario-results",
        metavar="JSON",
        help="de resultaten van make docs, om te tellen welke regels de scenario's laten vuren / results of a "
        "living-documentation run (make docs), to count rules scenarios exercise",
    )
    check.add_argument(
        "--all",
        action="store_true",
        help="met --analyse ook de aanvaarde bevindingen voluit tonen (anders enkel geteld) / "
        "with --analyse also show the accepted findings in full (else only counted)",
    )
    check.add_argument("--lang", choices=LANGUAGES, default="nl", help=_LANG_HELP)
    check.add_argument("--format", choices=["text", "json"], default="text", help=_FORMAT_HELP)


def _add_test(commands: argparse._SubParsersAction[_Parser]) -> None:
    """The `test` command and its options."""
    from . import both_languages, command_says

    test = commands.add_parser(
        "test",
        help="test de regels: voorbeelden, voorbeeldcasussen, scenario's / test the rules",
        description="Draai de voorbeelden van elke regel, de voorbeeldcasussen met wat ze verwachten en de "
        "Nederlandse scenario's, tegen de gegeven regels. Elke fout met bestand, regel, wat verwacht werd, "
        "wat uitkwam en welke voorwaarde het verschil maakte. / Run every rule's examples, the example "
        "cases and the Dutch scenarios against the given rules.",
        epilog="voorbeeld / example: netadvisor test rules/   (of / or: make regeltest)",
    )
    test.add_argument("rules", nargs="?", help=both_languages(command_says("help-rules-here")))
    test.add_argument("--features", help="de map met scenario's (standaard: features/) / the folder of scenarios")
    test.add_argument(
        "--cases", help="de map met voorbeeldcasussen met 'verwacht:' (standaard: examples/) / the example cases"
    )
    test.add_argument(
        "--steps", help="de stappen van de scenario's (standaard: tests/steps_nl.py) / the scenario steps"
    )
    test.add_argument("--lang", choices=LANGUAGES, default="nl", help=_LANG_HELP)


def _add_diff(commands: argparse._SubParsersAction[_Parser]) -> None:
    """The `diff` command and its options."""
    diff = commands.add_parser(
        "diff",
        help="wat verandert een wijziging aan de regels / the impact of a rule edit",
        description="Vergelijk twee versies van de regels op de voorbeeldcasussen, de casussen uit de scenario's, de "
        "voorbeelden van elke regel, je eigen casussen en casussen rond de gewijzigde feiten: welke "
        "besluiten, bevindingen en vragen veranderen, per gewijzigde regel. / Compare two versions of the "
        "rules on a corpus of cases: which conclusions, findings and questions change, by changed rule.",
        epilog="voorbeelden / examples: netadvisor diff --since main   (de regels van git-versie main tegenover "
        "rules/ / the rules of git revision main against rules/); "
        "netadvisor diff oude-regels/ rules/ --cases mijn-casussen/ --format markdown. "
        "afsluitcodes: 0 geen casus verandert, 1 casussen veranderen, 2 verkeerd gebruik, 3 regelbestanden fout / "
        "exit codes: 0 no case changes, 1 cases change, 2 usage, 3 rule files wrong",
    )
    diff.add_argument(
        "old",
        nargs="?",
        help="de oude regels (map of bestand); met --since: de regels om te vergelijken / the old rules",
    )
    diff.add_argument("new", nargs="?", help="de nieuwe regels (standaard: rules/) / the new rules")
    diff.add_argument(
        "--since",
        metavar="REV",
        help="vergelijk met de regels zoals ze waren in git-versie REV (een tak, tag of commit) / compare with the "
        "rules as they were in git revision REV",
    )
    diff.add_argument("--cases", help="een map met je eigen casussen om ook op te vergelijken / your own case files")
    diff.add_argument("--examples", help="de voorbeeldcasussen (standaard: examples/) / the example cases")
    diff.add_argument(
        "--features",
        help="de scenario's waarvan de casussen meevergeleken worden (standaard: features/) / the scenarios",
    )
    diff.add_argument(
        "--steps", help="de stappen van de scenario's (standaard: tests/steps_nl.py) / the scenario steps"
    )
    diff.add_argument(
        "--no-scenarios",
        action="store_true",
        help="zonder de casussen uit de scenario's (sneller) / without the scenarios' cases (faster)",
    )
    diff.add_argument(
        "--generate",
        type=int,
        default=200,
        metavar="N",
        help="hoeveel casussen rond de gewijzigde feiten gemaakt worden (standaard 200; 0: geen) / cases to "
        "generate around the changed facts",
    )
    diff.add_argument(
        "--seed",
        type=int,
        default=1,
        help="het zaadgetal van de gemaakte casussen (standaard 1) / the seed of the generated cases",
    )
    diff.add_argument("--lang", choices=LANGUAGES, default="nl", help=_LANG_HELP)
    diff.add_argument("--format", choices=["text", "json", "markdown"], default="text", help=_FORMAT_HELP)
    diff.add_argument(
        "--all",
        action="store_true",
        help="elke casus die verandert, niet de eerste per groep / every case that changes, not the first of each group",
    )


def _add_consult(commands: argparse._SubParsersAction[_Parser]) -> None:
    """The `consult` command and its options."""
    consult = commands.add_parser(
        "consult",
        help="advies door vragen te beantwoorden / advice by answering questions",
        description="Beantwoord de vragen die de regels voor deze casus nodig hebben, één voor één; elke vraag "
        "aanvaardt 'weet niet'; 'terug' neemt het vorige antwoord terug; 'klaar' stopt. Op het einde het advies, "
        "en de antwoorden als casusbestand. / Answer the questions the rules need, one at a time; each accepts "
        "'don't know'; 'back' takes back the previous answer; 'done' stops.",
        epilog="voorbeeld / example: netadvisor consult --save mijn-casus.yaml   (of / or: cat antwoorden.txt | "
        "netadvisor consult, één antwoord per regel, de titel van de casus eerst / one answer a line, the case's "
        "title first; de volgende vraag hangt af van de antwoorden, dus zo speel je een eerder gesprek opnieuw af; "
        "antwoorden voorbereiden doe je beter in een casusbestand / the next question depends on the answers, so "
        "this replays an earlier consultation; to prepare answers, write a case file); netadvisor consult "
        "mijn-casus.yaml   (verder met een casus / go on with a case: bewaard als / saved as "
        "mijn-casus-aangevuld.yaml)",
    )
    consult.add_argument(
        "case",
        nargs="?",
        help="een casusbestand om mee verder te gaan: wat erin staat blijft, enkel wat open is wordt gevraagd / a "
        "case file to go on with",
    )
    consult.add_argument(
        "--save",
        default=None,
        help="waar de antwoorden als casusbestand bewaard worden (standaard: netadvisor-casus.yaml, of "
        "CASUS-aangevuld.yaml); een bestaand bestand wordt nooit overschreven / where to save the answers",
    )
    consult.add_argument(
        "--rules", help="een regelbestand of -map (standaard: de meegeleverde regels) / a rule file or folder"
    )
    consult.add_argument(
        "--ask-again",
        action="store_true",
        help="vraag wat de casus met 'weet niet' beantwoordt nog één keer (Enter houdt 'weet niet') / ask once "
        "more what the case answers 'don't know'",
    )
    consult.add_argument("--lang", choices=LANGUAGES, default="nl", help=_LANG_HELP)
    consult.add_argument(
        "--format",
        choices=["text", "json", "markdown", "html"],
        default="text",
        help="hoe het advies op het einde getoond wordt / how to show the advice at the end",
    )


def _add_schema(commands: argparse._SubParsersAction[_Parser]) -> None:
    """The `schema` command and its options."""
    schema = commands.add_parser(
        "schema",
        help="JSON Schema van casussen of regelbestanden / JSON Schema of cases or rule files",
        description="Toon het JSON Schema (voor editors en formulieren). / Print the JSON Schema.",
        epilog="voorbeeld / example: netadvisor schema case > case.schema.json",
    )
    schema.add_argument(
        "kind",
        choices=["case", "rules", "advice"],
        help="waarvan: casus, regels of advies / of what: case, rules or advice",
    )
    schema.add_argument(
        "--lang",
        choices=LANGUAGES,
        default="nl",
        help="de taal van de titels en beschrijvingen (het casusschema) / "
        "the language of the titles and descriptions (the case schema)",
    )


def _add_explain(commands: argparse._SubParsersAction[_Parser]) -> None:
    """The `explain` command and its options."""
    explain = commands.add_parser(
        "explain",
        help="leg een regel of een feit uit / explain a rule or a fact",
        description="Een regel in woorden, of wat een feit betekent en welke regels het gebruiken. / "
        "A rule in words, or what a fact means and which rules use it.",
        epilog="voorbeelden / examples: netadvisor explain GOV-trust-high; netadvisor explain governance.trust --lang en; "
        "netadvisor explain --facts",
    )
    explain.add_argument(
        "subject",
        nargs="?",
        help="een regel (GOV-trust-high), een feit (governance.trust) of een beleidswaarde (weinig_partners_max) / "
        "a rule id, a fact path or a policy value",
    )
    explain.add_argument(
        "--facts",
        action="store_true",
        help="elk feit: pad, vraag, antwoorden, regels die het gebruiken (zoals rules/FEITEN.md) / "
        "every fact: path, question, answers, the rules that use it",
    )
    explain.add_argument(
        "--rules", help="een regelbestand of -map (anders de meegeleverde regels) / a rule file or folder"
    )
    explain.add_argument("--lang", choices=LANGUAGES, default="nl", help=_LANG_HELP)
    explain.add_argument("--format", choices=["text", "json"], default="text", help=_FORMAT_HELP)


def _add_what_if(commands: argparse._SubParsersAction[_Parser]) -> None:
    """The `what-if` command and its options."""
    what_if = commands.add_parser(
        "what-if",
        help="wat verandert er als een feit anders is / what changes if a fact is different",
        description="Het advies vóór en na een of meer wijzigingen, en wat er veranderde. / "
        "The advice before and after one or more changes, and what changed.",
        epilog="voorbeeld / example: netadvisor what-if examples/governance-nao.yaml --set vertrouwen=hoog",
    )
    what_if.add_argument("case", help="het casusbestand / the case file")
    what_if.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="FACT=VALUE",
        dest="changes",
        help="een wijziging, bv. governance.trust=hoog, vertrouwen=hoog of goal.known_by_all=nee (het feit bij "
        "zijn pad of zijn naam; mag herhaald worden) / a change, e.g. governance.trust=high, trust=high or "
        "goal.known_by_all=no (the fact by its path or its name; repeatable)",
    )
    what_if.add_argument(
        "--for",
        dest="conclusion",
        type=_conclusion_named,  # (argparse converts before it checks the choices)
        choices=list(FIXED_CONCLUSIONS),
        help="elke wijziging van één feit die dit besluit zou veranderen (ook: governancevorm, ...) / "
        "every change of a single fact that would change this conclusion (also: 'governance mode', ...)",
    )
    what_if.add_argument(
        "--rules", help="een regelbestand of -map (standaard: de meegeleverde regels) / a rule file or folder"
    )
    what_if.add_argument("--lang", choices=LANGUAGES, default="nl", help=_LANG_HELP)
    what_if.add_argument("--format", choices=["text", "json"], default="text", help=_FORMAT_HELP)


def main(
    argv: Sequence[str] | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    """Run the command line; return the exit code."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    try:
        args = _parser(_language_asked(sys.argv[1:] if argv is None else argv)).parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    with _warnings_as_lines(err):
        return _command(args, out, err, stdin)


@contextlib.contextmanager
def _warnings_as_lines(err: TextIO) -> Iterator[None]:
    """netadvisor's own warning that durable_rules cannot be loaded here, said once as its words alone: Python's
    way of showing a warning put a source line of the installed script under it at every command (a trial with the
    wheel on Python 3.13). Other warnings are shown as Python shows them."""
    from . import DurableUnavailableWarning

    with warnings.catch_warnings():
        shown = warnings.showwarning
        said: set[str] = set()

        def show(
            message: Warning | str,
            category: type[Warning],
            filename: str,
            lineno: int,
            file: TextIO | None = None,
            line: str | None = None,
        ) -> None:
            if not issubclass(category, DurableUnavailableWarning):
                shown(message, category, filename, lineno, file, line)
            elif str(message) not in said:
                said.add(str(message))
                err.write(f"{message}\n")

        warnings.showwarning = show
        warnings.simplefilter("always", DurableUnavailableWarning)  # (said once here, whatever filters say)
        yield


def _command(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO | None) -> int:
    """The command ``args`` names, each kind of error said as a line with its exit code."""
    from . import CaseError, EngineError, RuleError

    try:
        if args.command == "advise":
            return _advise(args, out, err)
        if args.command == "consult":
            return _consult(args, out, err, stdin or sys.stdin)
        if args.command == "schema":
            from . import advice_schema, case_schema, rule_file_schema

            schema = (
                case_schema(args.lang)
                if args.kind == "case"
                else (rule_file_schema() if args.kind == "rules" else advice_schema())
            )
            out.write(json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
            return EXIT_OK
        if args.command == "explain":
            return _explain(args, out, err)
        if args.command == "what-if":
            return _what_if(args, out, err)
        if args.command == "test":
            return _test(args, out)
        if args.command == "diff":
            return _diff(args, out, err)
        return _check(args, out, err)
    except RuleError as error:
        if getattr(args, "format", "text") == "json" and args.command == "check":
            out.write(
                json.dumps([_problem_json(p, args.lang) for p in error.problems], ensure_ascii=False, indent=2) + "\n"
            )
        else:
            err.write(error.format(args.lang) + "\n")
        return EXIT_RULES
    except CaseError as error:
        err.write(error.format(getattr(args, "lang", "nl")) + "\n")
        return EXIT_CASE
    except EngineError as error:
        _say(err, "engine-failure", lang=getattr(args, "lang", None), error=error)
        return EXIT_ENGINE
    except BrokenPipeError:
        # the reader went away (netadvisor advise … | head): nothing more to say, and no traceback at exit
        if out is sys.stdout:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


def _advise(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from . import Advisor, read_case_file_as_written

    path = Path(args.case)
    if path.is_dir() or path.suffix == ".jsonl":
        return _batch(args, path, out, err)
    # what the file answers "weet niet" is asked as such, and said so beside its open question, as in a consultation
    (case, not_known), written = read_case_file_as_written(args.case)
    _note_packaged_rules(args, err)
    advisor = Advisor.from_path(args.rules, engine=args.engine) if args.rules else Advisor(engine=args.engine)
    advice = advisor.advise(case, lang=args.lang, not_known=not_known)
    # (the file as written: a report shows its own words where it reads them otherwise, "niemand (in de casus: 'nog te
    # bepalen')")
    out.write(_render(advice, args.format or "text", written, detail=args.detail, not_known=not_known))
    return EXIT_OK


def _render(
    advice: Advice,
    kind: str,
    case: Case | Mapping[str, Any] | None = None,
    *,
    detail: bool = False,
    not_known: frozenset[str] = frozenset(),
) -> str:
    from . import advice_html, advice_json, advice_markdown, advice_text

    made_on = datetime.date.today().isoformat()
    if kind == "markdown":
        return advice_markdown(advice, made_on, case, not_known=not_known)
    if kind == "html":
        return advice_html(advice, made_on, case, not_known=not_known)
    return advice_json(advice) if kind == "json" else advice_text(advice, case, detail=detail, not_known=not_known)


def _set_suggested(written: str, meant: str, answer: str, lang: Language) -> str:
    """The --set a misspelt fact name means, the fact named as the person named it: in words where they typed
    words, in the language of the words nearer to theirs ("vertrouwn" is told --set vertrouwen=hoog, not --set
    governance.trust=hoog: a policy officer), by its path where they typed one or its words would not name it."""
    from . import LANGUAGES, fact_meant, spec_of

    name, words = meant, None
    if "." not in written and "[" not in meant:
        spec = spec_of(meant)
        nearest = max(  # (the reader's language where two are as near)
            LANGUAGES,
            key=lambda other: (
                difflib.SequenceMatcher(None, written.lower(), spec.short(other).lower()).ratio(),
                other == lang,
            ),
        )
        short = spec.short(nearest)
        if fact_meant(short, near=False) == meant:
            name, words = short, nearest
    change = f"{name}={_answer_for(spec_of(meant), answer, words)}"
    return f'--set "{change}"' if " " in change else f"--set {change}"


def _check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from . import (
        command_says,
        default_place,
        load_rule_base_of,
        packaged_rules_path,
        rules_without_examples,
        shown_path,
        unsatisfiable_rules,
    )

    # the rules/ folder here, as `netadvisor test` and `diff` take it, else the packaged rules: an installed
    # netadvisor run in a folder of rules being edited once checked its own rules and said "In orde"
    path = args.path or shown_path(default_place("rules") or packaged_rules_path())
    rulebase = load_rule_base_of(path)  # one file: with the rest of its folder, the rule base it belongs to
    if args.analyse:
        return _analyse(args, rulebase, out, err)
    never = unsatisfiable_rules(rulebase, args.lang)
    untested = rules_without_examples(rulebase, args.lang)
    if never or untested:
        # (rules that load, but can never fire, or have no examples to test them with: not "In orde")
        found = [*never, *untested]
        if args.format == "json":
            out.write(json.dumps([_finding_json(f, args.lang) for f in found], ensure_ascii=False, indent=2) + "\n")
        else:
            out.writelines(finding.format(args.lang) + "\n" for finding in found)
            for kind, count in (("never-fires", len(never)), ("no-examples", len(untested))):
                if count:
                    said = command_says(f"{kind}-one") if count == 1 else command_says(kind, count=count)
                    out.write(said.pick(args.lang) + "\n")
        return EXIT_ANALYSIS
    if args.format == "json":
        out.write(
            json.dumps(
                {"ok": True, "rules": len(rulebase.rules), "files": list(rulebase.files), "version": rulebase.version},
                indent=2,
            )
            + "\n"
        )
    else:
        counts = {
            "rules": _counted("rules", len(rulebase.rules)).pick(args.lang),
            "files": _counted("files", len(rulebase.files)).pick(args.lang),
            "version": rulebase.version,
        }
        if Path(path).is_file() and len(rulebase.files) > 1:
            # one file of a folder is checked with the rest of it: the counts are the folder's, and say so
            folder = shown_path(Path(path).parent if Path(path).parent != Path() else Path.cwd())
            checked = command_says("checked-with-folder", file=shown_path(path), folder=folder, **counts)
        else:
            checked = command_says("checked", folder=shown_path(path), **counts)
        out.write(f"{checked.pick(args.lang)}\n{command_says('test-next').pick(args.lang)}\n")
    return EXIT_OK


def _counted(thing: str, count: int) -> Text:
    """``count`` rules or files, in words: "1 bestand", "3 bestanden"."""
    from . import command_says

    return command_says(f"count-{thing}-one") if count == 1 else command_says(f"count-{thing}", count=count)


def _test(args: argparse.Namespace, out: TextIO) -> int:
    from . import run_rule_tests

    report = run_rule_tests(args.rules, features=args.features, cases=args.cases, steps=args.steps)
    out.write(report.format(args.lang))
    return EXIT_OK if report.ok else EXIT_TESTS


def _diff(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from . import (
        RevisionError,
        build_corpus,
        compare_rulebases,
        default_place,
        diff_json,
        diff_markdown,
        diff_text,
        load_rules,
        packaged_rules_path,
        rulebase_at_revision,
        shown_path,
    )

    def place(given: str | None, name: str) -> Path | None:
        return Path(given) if given is not None else default_place(name)

    if args.since is not None and args.new is not None:
        _say(err, "diff-since-one-folder", lang=args.lang, command="netadvisor diff")
        return EXIT_USAGE
    if args.since is None and args.old is None:
        _say(err, "diff-two-folders", lang=args.lang, command="netadvisor diff")
        return EXIT_USAGE
    new_path = Path(
        args.new
        if args.since is None and args.new is not None
        else args.old
        if args.since is not None and args.old is not None
        else default_place("rules") or packaged_rules_path()
    )
    new = load_rules(shown_path(new_path))  # named as a person would type them: rules/governance.yaml
    if args.since is not None:
        try:
            old = rulebase_at_revision(new_path, args.since)
        except RevisionError as error:
            err.write(f"netadvisor diff --since {args.since}: {error.nl} / {error.en}\n")
            return EXIT_USAGE
        old_name = f"{args.since}:{shown_path(new_path)}"
    else:
        old = load_rules(shown_path(args.old))
        old_name = shown_path(args.old)
    features = None if args.no_scenarios else place(args.features, "features")
    corpus = build_corpus(
        old,
        new,
        examples=place(args.examples, "examples"),
        features=features,
        steps=place(args.steps, "tests/steps_nl.py"),
        rules=new_path,
        own=Path(args.cases) if args.cases else None,
        generate=args.generate,
        seed=args.seed,
    )
    result = compare_rulebases(old, new, corpus, old_name=old_name, new_name=shown_path(new_path))
    out.write(
        diff_json(result)
        if args.format == "json"
        else diff_markdown(result, args.lang, every_case=args.all)
        if args.format == "markdown"
        else diff_text(result, args.lang, every_case=args.all)
    )
    return EXIT_CHANGES if result.changed else EXIT_OK


def _write_line(out: TextIO, text: str) -> None:
    out.write(text + "\n")


def _say(
    err: TextIO, code: str, *, command: str = "netadvisor", lang: Language | None = None, **params: object
) -> None:
    """A problem of the command line on stderr: in ``lang``, else in Dutch and English (said before a language is
    known)."""
    from . import both_languages, command_says

    said = command_says(code, **params)
    err.write(f"{command}: {said.pick(lang) if lang is not None else both_languages(said)}\n")


def _analyse(args: argparse.Namespace, rulebase: RuleBase, out: TextIO, err: TextIO) -> int:
    from . import ScenarioResultsError, analyse, command_says, rules_fired_in_scenarios

    scenario_rules = None
    if args.scenario_results:
        try:
            scenario_rules = rules_fired_in_scenarios(args.scenario_results)
        except ScenarioResultsError as unusable:
            _say(
                err,
                "unusable-file",
                lang=args.lang,
                option="--scenario-results",
                file=args.scenario_results,
                why=unusable.text.pick(args.lang),
            )
            return EXIT_USAGE
    analysis = analyse(rulebase, scenario_rules, args.lang)
    if args.format == "json":
        out.write(
            json.dumps(
                [_finding_json(f, args.lang) for f in analysis.findings],
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
    else:
        for finding in analysis.findings:
            if args.all or not finding.accepted:  # what was accepted was read before: counted below, not repeated
                out.write(finding.format(args.lang) + "\n")
        count = len(analysis.open)
        accepted = len(analysis.findings) - count
        analysed = command_says("analysed", rules=len(rulebase.rules), open=count, accepted=accepted)
        if accepted and not args.all:
            analysed += command_says("accepted-hidden")
        out.write(f"{analysed.pick(args.lang)}\n")
    return EXIT_ANALYSIS if analysis.open else EXIT_OK


def _finding_json(finding: AnalysisFinding, lang: Language) -> dict[str, Any]:
    """An analysis finding as ``check --format json`` writes it."""
    return {
        "code": finding.code,
        "rules": list(finding.rules),
        "file": finding.file,
        "line": finding.line,
        "message": finding.message.pick(lang),
        "example": finding.example,
        "accepted": finding.accepted,
    }


class _Terminated(BaseException):
    """SIGTERM during a batch (a BaseException, like KeyboardInterrupt: no handler of errors takes it)."""


class _StopBetweenRecords:
    """While installed, SIGTERM and Ctrl-C stop a batch between two records, never inside the writing of one.

    Inside :meth:`writing` the two signals are blocked for this thread, so that they cannot interrupt the write
    itself: CPython's buffered writer then returns a short count that its text layer ignores, and the rest of the
    record is lost without an error (python/cpython#85393; a record cut at the 64 KiB of a full pipe, seen in CI).
    A signal that reaches another thread meanwhile is only noted by the handler and acted on after the record.
    """

    SIGNALS = (signal.SIGTERM, signal.SIGINT)

    def __init__(self) -> None:
        self.requested: int | None = None
        self.in_record = False
        self.blocking = False
        self.previous: dict[int, object] = {}

    def __call__(self, signum: int, frame: object) -> None:
        first = self.requested is None
        self.requested = signum if first else self.requested
        if first and not self.in_record:
            self.stop()

    def stop(self) -> None:
        if self.requested == signal.SIGINT:
            raise KeyboardInterrupt
        raise _Terminated

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """One record is written whole inside; a stop asked for meanwhile is acted on when it is."""
        self.in_record = True
        if self.blocking:
            signal.pthread_sigmask(signal.SIG_BLOCK, self.SIGNALS)
        try:
            yield
        finally:
            if self.blocking:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, self.SIGNALS)  # a blocked signal is handled here
            self.in_record = False
        if self.requested is not None:
            self.stop()

    def __enter__(self) -> _StopBetweenRecords:
        try:
            for signum in self.SIGNALS:
                self.previous[signum] = signal.signal(signum, self)
            self.blocking = hasattr(signal, "pthread_sigmask")  # not on Windows
        except ValueError:  # not the main thread: signals cannot be handled here, nor blocked
            pass
        return self

    def __exit__(self, *exc: object) -> None:
        for signum, previous in self.previous.items():
            if previous is not None:  # None: a handler not set from Python, which cannot be put back
                signal.signal(signum, previous)  # type: ignore[arg-type]


def _batch(args: argparse.Namespace, path: Path, out: TextIO, err: TextIO) -> int:
    """JSON Lines out, one record per case; a progress line on a terminal only; exit 4 if any case failed.

    SIGTERM or Ctrl-C end the worker processes; every record written is whole (exit 143 or 130).
    """
    from . import (
        CaseError,
        CaseProblem,
        CaseStream,
        EngineError,
        advise_stream,
        command_says,
        durable_available,
        load_rules,
        packaged_rules_path,
    )

    if args.format not in (None, "json"):
        _say(err, "batch-json-only", lang=args.lang, format=args.format)
        return EXIT_USAGE
    if not path.exists():
        raise CaseError([CaseProblem.of("file-missing", file=str(path))])
    if args.engine == "durable" and not durable_available():
        raise EngineError("durable_rules cannot be imported on this Python")
    load_rules(args.rules or packaged_rules_path())  # rule mistakes are reported once, before any worker starts
    _note_packaged_rules(args, err)
    terminal = err.isatty()

    def progress(done: int, total: int | None) -> None:
        said = (
            command_says("batch-progress", done=done, total=total)
            if total
            else command_says("batch-progress-open", done=done)
        )
        err.write(f"\r{said.pick(args.lang)}")

    cases = CaseStream(path)
    failed = 0
    stop = _StopBetweenRecords()
    try:
        with (
            stop,
            contextlib.closing(
                advise_stream(
                    path, args.rules, args.lang, args.jobs, progress if terminal else None, args.engine, cases
                )
            ) as records,
        ):
            for record in records:
                failed += "error" in record
                with stop.writing():
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                    out.flush()  # the whole record reaches the pipe before a stop is acted on
    except _Terminated:
        out.flush()
        _say(err, "batch-terminated", lang=args.lang)
        return EXIT_TERMINATED
    except KeyboardInterrupt:
        out.flush()
        _say(err, "batch-interrupted", lang=args.lang)
        return EXIT_INTERRUPTED
    finally:
        if terminal:
            err.write("\n")
    if cases.blank_lines:
        _say(err, "blank-lines", lang=args.lang, count=cases.blank_lines)
    return EXIT_CASE if failed else EXIT_OK


def _consult(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:

    from . import (
        Consultation,
        ConsultationInterrupted,
        case_file_answers,
        command_says,
        consult,
        os_reason,
        parse_case,
    )

    # The conversation goes where the document does not: with --format json, markdown or html the advice on
    # stdout is a file to keep (`> advies.json`), so the questions go to stderr (a tester's JSON began with them).
    talk = out if args.format == "text" else err
    first_line = True

    def ask(prompt: str) -> str:
        nonlocal first_line
        talk.write(prompt)
        talk.flush()
        line = stdin.readline()
        if not line:
            raise EOFError
        if first_line:
            # answers saved by Windows Notepad as UTF-8 begin with a byte-order mark, which is read as a character:
            # the title saved was "\uFEFFJeugd via Kladblok" (a policy officer's trial)
            first_line = False
            line = line.removeprefix("\ufeff")
        if not stdin.isatty():
            talk.write(line if line.endswith("\n") else line + "\n")  # piped answers show in the transcript
        return line.strip()

    def save(consultation: Consultation) -> bool:
        """Write the answers beside the target and rename, so a failure never leaves half a file; on failure
        say why and print the answers, so none is lost."""
        # (the case file gone on with stays as its author wrote it: comments, order, one partner a line)
        text = consultation.case_file_text(original)
        target = Path(args.save)
        temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            temporary.write_text(text, encoding="utf-8")
            os.replace(temporary, target)
        except OSError as error:
            temporary.unlink(missing_ok=True)
            said = command_says("answers-not-saved", file=args.save, why=os_reason(error))
            err.write(f"{said.pick(args.lang)}\n{text}")
            return False
        return True

    if args.save is None:
        args.save = (
            str(Path(args.case).with_name(Path(args.case).stem + "-aangevuld.yaml"))
            if args.case
            else "netadvisor-casus.yaml"
        )
    if args.save.endswith(("/", os.sep)) or Path(args.save).is_dir():
        # a folder, not a file: "bestaatniet/" wrote a file called bestaatniet, and an existing folder was told to go
        # on "with that file" (a policy officer)
        _say(err, "answers-save-is-folder", lang=args.lang, folder=args.save.rstrip("/" + os.sep) or args.save)
        return EXIT_USAGE
    if Path(args.save).exists():  # asked before the first question: no answer is given in vain
        _say(err, "answers-file-exists", lang=args.lang, file=args.save)
        return EXIT_USAGE
    folder = Path(args.save).parent
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        # (so is a folder that is missing or closed: a policy officer answered every question for nothing)
        _say(
            err,
            "answers-folder-missing" if not folder.is_dir() else "answers-folder-closed",
            lang=args.lang,
            folder=folder,
        )
        return EXIT_USAGE
    answers = case_file_answers(args.case) if args.case else None
    original = Path(args.case).read_text(encoding="utf-8") if args.case else None  # (read and valid just now)
    _note_packaged_rules(args, err)
    consultation = Consultation(_advisor(args), args.lang, answers, ask_again=args.ask_again)
    try:
        consultation, advice = consult(
            consultation.advisor,
            ask,
            lambda text: _write_line(talk, text),
            args.lang,
            consultation,
            # typed or piped, the same questions in the same order: a transcript replayed from a file (or
            # `cat answers.txt |`) once shifted every answer by one, as only a terminal was asked the title
            ask_title=True,
        )
    except ConsultationInterrupted:
        if not consultation.case_file_data():
            err.write(f"\n{command_says('answers-none-interrupted').pick(args.lang)}\n")
        elif save(consultation):
            err.write(f"\n{command_says('answers-so-far', file=args.save).pick(args.lang)}\n")
        return EXIT_INTERRUPTED
    # no answer at all, and no case to go on with: an empty file would only say "antwoorden bewaard" of nothing
    nothing = not consultation.case_file_data()
    saved = not nothing and save(consultation)
    rendered = _render(advice, args.format, parse_case(consultation.case()), not_known=consultation.not_known)
    out.write("\n" + rendered if talk is out else rendered)
    if saved:
        err.write(f"{command_says('answers-saved', file=args.save).pick(args.lang)}\n")
    elif nothing:
        err.write(f"{command_says('answers-none').pick(args.lang)}\n")
    else:
        return EXIT_NOT_SAVED  # (the answers are printed above; a script must not take them as kept)
    return EXIT_OK


def _advisor(args: argparse.Namespace) -> Advisor:
    from . import Advisor

    return Advisor.from_path(args.rules) if args.rules else Advisor()


def _note_packaged_rules(args: argparse.Namespace, err: TextIO) -> None:
    """Advice follows the packaged rules unless --rules says otherwise, while check and test take rules/ here: a
    policy officer who edits rules/ and then asks advice is told which rules it follows (seen in a user trial,
    where only the version in the footer gave it away)."""
    from . import command_says, packaged_rules_path

    here = Path("rules")
    if args.rules is None and here.is_dir() and here.resolve() != packaged_rules_path().resolve():
        err.write(f"{command_says('packaged-rules-used').pick(args.lang)}\n")


def _explain(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from . import (
        FACTS,
        NoSuchSubject,
        RuleError,
        command_says,
        describe,
        description_text,
        fact_description,
        facts_text,
    )

    if args.subject in FACTS and not args.facts:
        # what a fact means and takes does not depend on the rules: an officer looks it up while fixing them
        try:
            rulebase: RuleBase | None = _advisor(args).rulebase
        except RuleError as error:
            _say(err, "explain-without-rules", lang=args.lang, count=len(error.problems))
            rulebase = None
        description = fact_description(args.subject, rulebase, args.lang)
        out.write(
            json.dumps(description, ensure_ascii=False, indent=2) + "\n"
            if args.format == "json"
            else description_text(description, args.lang)
        )
        return EXIT_OK
    advisor = _advisor(args)
    if args.facts or args.subject is None:
        if args.subject is not None:
            _say(err, "explain-one-subject", lang=args.lang)
            return EXIT_USAGE
        out.write(facts_text(advisor.rulebase, args.lang))
        return EXIT_OK
    try:
        description = describe(args.subject, advisor.rulebase, args.lang)
    except NoSuchSubject as missing:
        said = command_says("no-such-subject", subject=missing.subject)
        if missing.suggestion:
            said += command_says("did-you-mean", suggestion=missing.suggestion)
        err.write(f"netadvisor: {said.pick(args.lang)}\n  {command_says('subject-how').pick(args.lang)}\n")
        return EXIT_USAGE
    out.write(
        json.dumps(description, ensure_ascii=False, indent=2) + "\n"
        if args.format == "json"
        else description_text(description, args.lang)
    )
    return EXIT_OK


def _answer_for(spec: FactSpec, answer: str, words: Language | None = None) -> str:
    """``answer`` as a suggestion for the fact of ``spec``: itself where it is an answer to it, else the choice it
    is nearest to (as its code, which needs no quotes in a shell; in ``words``, its label there, beside a fact
    named in words); itself where none is near."""
    from . import closest_choice, parse_answer, value_label

    try:
        parse_answer(spec, answer)
    except ValueError:
        nearest = closest_choice(spec, answer)
        if nearest is None:
            return answer
        return value_label(nearest, words) if words is not None and spec.type == "enum" else str(nearest)
    return answer


def _list_facts(to: TextIO, name: str, paths: Sequence[str], lang: Language) -> None:
    """The facts whose question holds ``name``, each by its path and question: what a person may have meant."""
    from . import command_says, spec_of

    to.write(f"  {command_says('facts-mentioning', name=name).pick(lang)}\n")
    to.writelines(f"    {path}: {spec_of(path).question(lang)}\n" for path in paths)


def _why(error: ValueError) -> object:
    """Why an answer was refused, in both languages where it says so (a NotAnAnswer), for the reader's one."""
    from . import Text

    text = getattr(error, "text", None)
    return text if isinstance(text, Text) else error


def _what_if(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from . import (
        FACTS,
        PARTNER_FACTS,
        CaseError,
        Text,
        command_says,
        conclusion_in_words,
        conclusion_meant,
        fact_meant,
        facts_mentioning,
        parse_answer,
        partner_answer,
        partner_list_meant,
        read_case_file,
        single_changes_text,
        spec_of,
        what_if_text,
    )

    _note_packaged_rules(args, err)
    advisor = _advisor(args)
    case, not_known = read_case_file(args.case)
    changes: dict[str, object] = {}
    given_by: dict[str, str] = {}  # each fact changed, by the --set that changed it

    def set_once(key: str, value: object, change: str) -> bool:
        """Keep a change; False (said) when the fact got another value before: the last one had won unsaid (a
        policy officer's `--set governance.trust=hoog --set vertrouwen=laag`)."""
        if key in changes and changes[key] != value:
            _say(err, "set-twice", lang=args.lang, change=change, earlier=given_by[key])
            return False
        changes[key], given_by[key] = value, change
        return True

    for change in args.changes:
        written, separator, answer = change.partition("=")
        written, answer = written.strip(), answer.strip()
        place = partner_answer(written) if separator else None
        if place is not None and f"partners[].{place[1]}" in PARTNER_FACTS:
            # a listed partner's answer, as the advice's questions name it (partners[0].willing_to_adapt)
            if place[0] >= len(case.partners):
                first = case.partners[0].name if case.partners else "-"
                _say(err, "set-no-partner", lang=args.lang, change=change, count=len(case.partners), first=first)
                return EXIT_USAGE
            try:
                value = parse_answer(PARTNER_FACTS[f"partners[].{place[1]}"], answer)
            except ValueError as error:
                _say(err, "set-value", lang=args.lang, change=change, why=_why(error))
                return EXIT_USAGE
            if not set_once(written, value, change):
                return EXIT_USAGE
            continue
        if separator and partner_list_meant(written):
            # the partner list, as its question asks it: names, separated by commas (a policy officer's --set of
            # the question the report asked was refused; a partner named again keeps its answers, see what_if)
            try:
                value = parse_answer(spec_of("partners"), answer)
            except ValueError as error:
                _say(err, "set-value", lang=args.lang, change=change, why=_why(error))
                return EXIT_USAGE
            if not set_once("partners", value, change):
                return EXIT_USAGE
            continue
        # a fact is named by its path, or by its name in words ("vertrouwen", "aantal organisaties")
        path = fact_meant(written, near=False) if separator else None
        if path is None:
            conclusion = conclusion_meant(written) if separator else None
            if conclusion is not None:
                said = command_says(
                    "set-a-conclusion", change=change, conclusion=conclusion_in_words(conclusion), name=conclusion
                )
                err.write(f"netadvisor: {said.pick(args.lang)}\n")
                return EXIT_USAGE
            # a word of a fact's question ("bereid") says more than a name spelt nearly alike: asked for first
            mentioning = [
                path.replace("[]", "[0]", 1)  # a listed partner's answer, for the first of them
                for path in (facts_mentioning(written, partners=bool(case.partners)) if separator else [])
                if path != "partners"  # (named so, the list is taken above)
            ]
            meant = mentioning[0] if len(mentioning) == 1 else None
            if separator and not mentioning:
                meant = fact_meant(written)
            # "gebruik FEIT=WAARDE" only where there is no "=": a tester who wrote one was told so all the same
            said = (
                command_says("set-unknown-fact", change=change, name=written)
                if separator
                else command_says("set-not-a-fact", change=change)
            )
            if meant:
                said += command_says("did-you-mean", suggestion=_set_suggested(written, meant, answer, args.lang))
            err.write(f"netadvisor: {said.pick(args.lang)}\n")
            if len(mentioning) > 1:
                _list_facts(err, written, mentioning, args.lang)
            return EXIT_USAGE
        try:
            value = parse_answer(FACTS[path], answer)
        except ValueError as error:
            _say(err, "set-value", lang=args.lang, change=change, why=_why(error))
            return EXIT_USAGE
        if not set_once(path, value, change):
            return EXIT_USAGE
        named_conclusion = conclusion_meant(written) if written != path else None
        if named_conclusion is not None:
            noted = command_says(
                "set-fact-named-as-conclusion",
                written=written,
                conclusion=conclusion_in_words(named_conclusion),
                fact=FACTS[path].short(args.lang),
                path=path,
            )
            err.write(f"netadvisor: {noted.pick(args.lang)}\n")
    if not changes and not args.conclusion:
        _say(err, "what-if-nothing", lang=args.lang)
        return EXIT_USAGE
    try:
        result = advisor.what_if(case, changes, lang=args.lang, not_known=not_known) if changes else None
        # with --set, the single changes are those of the changed case: what the report above ends with
        singles = (
            advisor.single_changes(case, args.conclusion, lang=args.lang, given=changes) if args.conclusion else None
        )
    except CaseError as invalid:
        # the case file is valid, the change is not (two organisations beside three partners listed): said of
        # the --set, without the file's own tip ("laat het aantal weg")
        why = Text(*("; ".join(problem.message_in(lang) for problem in invalid.problems) for lang in ("nl", "en")))
        sets = " ".join(f"--set {change}" for change in args.changes)
        said = command_says("set-invalid", sets=sets, why=why)
        over = next((problem for problem in invalid.problems if problem.code == "partner-count-below-list"), None)
        if over is not None and "partners" in changes:
            # more partners named than the file counts: what to add (a policy officer found it only by trying)
            said += command_says("set-count-too", listed=over.params["listed"])
        err.write(f"netadvisor: {said.pick(args.lang)}\n")
        return EXIT_USAGE
    if args.format == "json":
        documents = {
            "what_if": result.model_dump(mode="json") if result else None,
            "single_changes": [single.model_dump(mode="json") for single in singles] if singles is not None else None,
        }
        # one JSON document, always an object, with what was asked for under its name
        shown = {key: value for key, value in documents.items() if value is not None}
        out.write(json.dumps(shown, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    if result is not None:
        out.write(what_if_text(result, args.lang))
    if singles is not None:
        after = (result.after if result else advisor.advise(case, lang=args.lang, not_known=not_known)).conclusions[
            args.conclusion
        ]
        deciding = [*(decides.fact for decides in after.deciding), *after.deciding_together]
        # (a settled conclusion without value is not "undecided": no open question can give it one)
        undecided = after.value is None and after.certainty != "settled"
        out.write(single_changes_text(singles, args.lang, undecided=undecided, deciding=deciding))
    return EXIT_OK


def _problem_json(problem: RuleProblem, lang: Language) -> dict[str, object]:
    return {
        "file": problem.file,
        "line": problem.line,
        "column": problem.column,
        "code": problem.code,
        "message": problem.message(lang),
        "hint": problem.hint.pick(lang) if problem.hint else None,
        "yaml_path": problem.yaml_path,
        "rule_id": problem.rule_id,
    }
