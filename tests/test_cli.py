"""The command line: results on stdout, messages on stderr, documented exit codes, no tracebacks."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, RULES
from netadvisor import Advisor
from netadvisor.cli import EXIT_ANALYSIS, EXIT_CASE, EXIT_OK, EXIT_RULES, EXIT_USAGE, main


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_advise_prints_dutch_text_by_default() -> None:
    code, out, err = run("advise", str(EXAMPLES / "dak-en-thuisloosheid.yaml"), "--rules", str(RULES))
    assert code == EXIT_OK
    assert err == ""
    assert "Type uitdaging: complex (6 van de 6 criteria; de drempel van netadvisor is 4)." in out
    governance = out[out.index("Governancevorm:") :].split("\n  ")[0]
    assert "netwerk administratieve organisatie (NAO)" in governance


def test_advise_says_beside_an_open_question_what_the_case_file_answers_dont_know(tmp_path: Path) -> None:
    """A case file's "weet niet" leaves its question open, as a consultation's does, and says so beside it."""
    from netadvisor.messages import REPORT_WORDS

    case = tmp_path / "casus.yaml"
    case.write_text("challenge: {rationale: effectiveness}\ngovernance: {trust: weet niet}\n", encoding="utf-8")
    said = REPORT_WORDS["answered-unknown"].pick("nl")
    code, out, _ = run("advise", str(case), "--rules", str(RULES))
    assert code == EXIT_OK
    questions = re.split(r"\n  \d+\. ", out[out.index("Open vragen") :])
    trust = next(question for question in questions if "vertrouwen" in question.split("?")[0])
    assert said in " ".join(trust.split())
    assert " ".join(out.split()).count(said) == 1
    case.write_text("challenge: {rationale: effectiveness}\n", encoding="utf-8")
    assert said not in run("advise", str(case), "--rules", str(RULES))[1]


def test_advise_json_is_the_advice_model() -> None:
    code, out, _ = run(
        "advise",
        str(EXAMPLES / "governance-zelfregulerend.yaml"),
        "--format",
        "json",
        "--lang",
        "en",
        "--rules",
        str(RULES),
    )
    data = json.loads(out)
    assert code == EXIT_OK
    assert data["conclusions"]["governance_mode"]["value"] == "self_governing"
    assert data["language"] == "en"


def test_advise_with_own_rules(write_rules) -> None:  # type: ignore[no-untyped-def]
    path = write_rules("""
rules:
  - id: OWN-rule
    title: {nl: eigen, en: own}
    section: ["4.3"]
    when: [{fact: governance.trust, known: false}]
    then: {finding: {severity: warning, message: {nl: "Vertrouwen onbekend", en: "Trust unknown"}}}
""")
    code, out, _ = run("advise", str(EXAMPLES / "it-medewerker.yaml"), "--rules", str(path))
    assert code == EXIT_OK
    assert "Vertrouwen onbekend" in out


def test_an_invalid_case_exits_4_with_the_field_and_line(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    case.write_text("governance:\n  trust: enorm\n")
    code, out, err = run("advise", str(case))
    assert code == EXIT_CASE
    assert out == ""
    assert f"{case}:2:3: governance.trust" in err
    assert "Traceback" not in err


def test_a_missing_case_file_exits_4(tmp_path: Path) -> None:
    code, _, err = run("advise", str(tmp_path / "nope.yaml"))
    assert code == EXIT_CASE
    assert "het bestand of de map bestaat niet" in err
    code, _, err = run("advise", str(tmp_path / "nope.yaml"), "--lang", "en")
    assert code == EXIT_CASE
    assert "no such file or folder" in err


def test_check_reports_every_problem_and_exits_3(write_rules) -> None:  # type: ignore[no-untyped-def]
    path = write_rules("rules:\n  - id: GOV-x\n    titel: {nl: a, en: b}\n")
    code, out, err = run("check", str(path), "--lang", "nl")
    assert code == EXIT_RULES
    assert out == ""
    assert f"{path}:3:5: [unknown-key] onbekende sleutel 'titel'" in err
    assert "tip: bedoelde je 'title'?" in err


def test_check_json_lists_problems_for_tools(write_rules) -> None:  # type: ignore[no-untyped-def]
    path = write_rules("rules:\n  - id: GOV-x\n    titel: {nl: a, en: b}\n")
    code, out, _ = run("check", str(path), "--format", "json", "--lang", "en")
    problems = json.loads(out)
    assert code == EXIT_RULES
    assert [(p["line"], p["column"], p["code"], p["hint"]) for p in problems] == [
        (2, 5, "missing-key", "add 'section:' (see the fields in rules/README.md)"),
        (2, 5, "missing-key", "add 'when:' (see the fields in rules/README.md)"),
        (2, 5, "missing-key", "add 'then:' (see the fields in rules/README.md)"),
        (3, 5, "unknown-key", "did you mean 'title'?"),
    ]
    assert [p["message"] for p in problems[:3]] == ["'section' is missing", "'when' is missing", "'then' is missing"]


_NEVER = """rules:
  - id: STUCK-x
    title: {nl: vast, en: stuck}
    section: ["4.4.1"]
    when:
      - {fact: state.stuck, is: true}
      - {fact: state.stuck, is: false}
    then: {finding: {severity: info, message: {nl: a, en: b}}}
    examples: {fires: [{state: {stuck: ja}}], silent: [{}]}
"""


def test_check_does_not_say_in_orde_of_a_rule_that_can_never_fire(write_rules) -> None:  # type: ignore[no-untyped-def]
    """`is: true` beside `is: false` got "In orde" from check, which the README has policy staff run until it says
    so; only --analyse found it (a rule-editing trial)."""
    path = write_rules(_NEVER)
    code, out, _ = run("check", str(path), "--lang", "nl")
    assert code == EXIT_ANALYSIS
    assert "In orde" not in out
    assert f"{path}:2:1: [unsatisfiable] de voorwaarden van STUCK-x kunnen nooit samen gelden" in out
    assert out.splitlines()[-1].startswith("Niet in orde: de regels laden, maar één ervan kan nooit vuren")
    code, out, _ = run("check", str(path), "--format", "json")
    assert code == EXIT_ANALYSIS
    assert [(found["code"], found["rules"]) for found in json.loads(out)] == [("unsatisfiable", ["STUCK-x"])]
    # accepted with a reason, it is in order
    accepted = _NEVER.replace(
        "    when:", "    accept:\n      unsatisfiable: {nl: zo bedoeld, en: meant so}\n    when:"
    )
    code, out, _ = run("check", str(write_rules(accepted)), "--lang", "nl")
    assert (code, out.startswith("In orde:")) == (EXIT_OK, True)


def test_check_does_not_say_in_orde_of_a_rule_without_examples(write_rules) -> None:  # type: ignore[no-untyped-def]
    """A policy officer deleted a rule's examples (and tried `fires: []`): check said "In orde", and only make
    regeltest, 38 seconds later, said what netadvisor test asks of every rule."""
    rule = (
        "rules:\n  - id: T-a\n    title: {nl: a, en: a}\n    section: ['4.3']\n"
        "    when: [{fact: governance.trust, is: high}]\n    then: {finding: {severity: info, message: {nl: a, en: a}}}\n"
    )
    for examples, says in (
        ("", "T-a heeft geen voorbeelden"),
        ("    examples: {fires: [], silent: [{}]}\n", "T-a heeft geen voorbeeld onder fires"),
    ):
        path = write_rules(rule + examples)
        code, out, _ = run("check", str(path), "--lang", "nl")
        assert code == EXIT_ANALYSIS
        assert "In orde" not in out
        assert f"{path}:2:1: [no-examples] {says}" in out
        assert "wat nu: schrijf onder 'examples:' een casus waarop de regel vuurt" in out
        assert out.splitlines()[-1].startswith("Niet in orde: de regels laden, maar één ervan heeft geen voorbeelden")
    code, out, _ = run(
        "check", str(write_rules(rule + "    examples: {fires: [{governance: {trust: high}}], silent: [{}]}\n"))
    )
    assert (code, out.startswith("In orde:")) == (EXIT_OK, True)


def test_check_of_the_frozen_rules_is_clean_and_points_to_the_rule_tests() -> None:
    """'In orde' also said nothing of the quotes, which check does not hold against the guide: a policy officer's
    quote that is not in the guide got it (only make regeltest found it)."""
    code, out, _ = run("check", str(RULES))
    assert code == EXIT_OK
    assert out.startswith("In orde:")
    assert out.splitlines()[-1] == (
        "Of de voorbeelden, de voorbeeldcasussen en de scenario's nog kloppen, test je "
        "met `netadvisor test` (of `make regeltest`). Of elk citaat letterlijk in de gids staat, controleert enkel "
        "`make regeltest`."
    )


@pytest.mark.parametrize("args", [[], ["advise"], ["frobnicate"], ["advise", "x.yaml", "--lang", "fr"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    code, _, _ = run(*args)
    assert code == EXIT_USAGE


@pytest.mark.parametrize("command", ["advise", "check", "consult", "diff", "explain", "what-if", "schema", "test"])
def test_help_on_every_command_shows_an_example(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    """In both languages: the diff's examples and exit codes were once in English only."""
    assert run(command, "--help")[0] == EXIT_OK
    out = " ".join(capsys.readouterr().out.split())
    assert re.search(rf"voorbeeld(en)? / examples?: netadvisor {command}\b", out)


@pytest.mark.parametrize("command", ["check", "test"])
def test_help_of_check_and_test_names_the_rules_they_take_without_a_path(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`netadvisor test --help` said "standaard: de meegeleverde regels" while it tests rules/ where it is run
    (ruletests.default_place; rule-editing trial): the help of both commands says what they take."""
    assert run(command, "--help")[0] == EXIT_OK
    out = " ".join(capsys.readouterr().out.split())
    assert "standaard: rules/ hier, of deze map als je in rules/ staat, anders de meegeleverde regels" in out
    assert "default: rules/ here, or this folder when you are in rules/, else the packaged rules" in out


def test_help_lists_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--help")[0] == EXIT_OK
    out = capsys.readouterr().out
    assert "afsluitcodes: 0 in orde, 1 diff vond wijzigingen, 2 verkeerd gebruik, 3 regelbestanden fout" in out
    assert (
        "exit codes: 0 fine, 1 diff found changes, 2 usage, 3 rule files wrong, 4 case invalid, 5 engine failure" in out
    )
    # every exit code the command line gives is listed, in both languages (141 was in the README only)
    from netadvisor import cli

    codes = {value for name, value in vars(cli).items() if name.startswith("EXIT_") and isinstance(value, int)}
    dutch = next(line for line in out.splitlines() if line.startswith("afsluitcodes:"))
    english = next(line for line in out.splitlines() if line.startswith("exit codes:"))
    for code in codes:
        assert f" {code} " in dutch, code
        assert f" {code} " in english, code


def test_python_dash_m_and_the_console_script_work() -> None:
    """Both entry points run the same command line in a fresh process."""
    case = str(EXAMPLES / "it-medewerker.yaml")
    rules = ["--rules", str(RULES)]
    module = subprocess.run(
        [sys.executable, "-m", "netadvisor", "advise", case, *rules], capture_output=True, text=True
    )
    script = Path(sys.executable).with_name("netadvisor")
    console = subprocess.run([str(script), "advise", case, *rules], capture_output=True, text=True)
    assert module.returncode == console.returncode == 0
    assert module.stdout == console.stdout
    assert "eenvoudig" in module.stdout


def test_output_closed_early_ends_quietly_with_141() -> None:
    """`netadvisor advise DIR | head` once ended in a BrokenPipeError traceback."""
    command = [sys.executable, "-m", "netadvisor", "advise", str(EXAMPLES), "--rules", str(RULES), "--jobs", "1"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.read(10)
    process.stdout.close()  # the reader goes away, as head does
    with process.stderr:
        errors = process.stderr.read().decode()
    assert process.wait(timeout=120) == 141, errors
    assert "Traceback" not in errors


def test_explaining_a_fact_works_while_the_rules_have_mistakes(write_rules) -> None:  # type: ignore[no-untyped-def]
    """The officer looks facts up exactly while fixing broken rules; which rules use the fact is then not known,
    which is said, and never shown as 'no rule'."""
    broken = write_rules("rules:\n\t- id: X\n")
    out, err = io.StringIO(), io.StringIO()
    code = main(["explain", "governance.trust", "--rules", str(broken)], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    assert "antwoorden: laag, gemiddeld, hoog, weet niet" in out.getvalue()
    assert "gebruikt door: niet bekend: de regels hebben fouten" in out.getvalue()
    assert "geen enkele regel" not in out.getvalue()
    assert "de regels hebben 1 fout(en)" in err.getvalue()


def test_explain_shows_a_policy_value_its_reason_and_the_rules_that_read_it() -> None:
    """An officer adding a policy value looked it up with explain and was told it is no rule and no fact."""
    out = io.StringIO()
    code = main(["explain", "weinig_partners_max", "--rules", str(RULES)], stdout=out, stderr=io.StringIO())
    assert code == EXIT_OK
    first, *rest = out.getvalue().splitlines()
    assert first == "weinig_partners_max = 7 (beleidswaarde)"
    assert any(line.startswith("  gebruikt door: GOV-partners-few") for line in rest), rest
    err = io.StringIO()
    assert (
        main(["explain", "weinig_partners_mx", "--rules", str(RULES)], stdout=io.StringIO(), stderr=err) == EXIT_USAGE
    )
    assert "bedoelde je weinig_partners_max?" in err.getvalue()


def test_every_option_of_every_command_is_explained_in_dutch_and_english() -> None:
    """Policy staff read the help in Dutch; some options had English only."""
    import argparse

    from netadvisor.cli import _parser

    parser = _parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    helps = {
        f"netadvisor {'/'.join(action.option_strings)}": action.help or ""
        for action in parser._actions
        if action.option_strings
    } | {
        f"{name} {'/'.join(action.option_strings) or action.dest}": action.help or ""
        for name, command in commands.choices.items()
        for action in command._actions
    }
    assert len(helps) > 30
    assert [option for option, text in helps.items() if " / " not in text] == []


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["advies"], "het commando: 'advies' kan niet; mogelijk: 'advise', "),
        (["advies"], "(bedoelde je 'advise'?)"),
        (["advise"], "fout / error: dit ontbreekt nog: case / still missing: case"),
        (["advise", "x", "--lang", "fr"], "--lang: 'fr' kan niet; mogelijk: 'nl', 'en' / "),
        (["advise", "x", "--bogus"], "onbekend: --bogus"),
        (["what-if", "x", "--set", "vertrouwen=heel", "hoog"], 'zet het geheel dan tussen aanhalingstekens: --set "'),
        (["advise", "x", "--jobs"], "--jobs vraagt een waarde"),
        (["advise", "x", "--jobs", "veel"], "--jobs: 'veel' is geen geheel getal"),
        # a fixed conclusion refused with its name in words beside its code ("--for vorm": a policy officer)
        (["what-if", "x", "--for", "vorm"], "'collaboration_form' (de samenwerkingsvorm), 'governance_mode' (de "),
    ],
)
def test_a_mistyped_command_line_is_explained_in_dutch_and_english(
    args: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """argparse speaks English only; a policy officer who types 'advies' reads what went wrong and what was meant."""
    code, _out, _err = run(*args)
    err = capsys.readouterr().err  # argparse writes to the process's stderr itself
    assert code == EXIT_USAGE
    assert said in err
    assert "error: argument" not in err  # none of argparse's own words left


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["advise", "x", "--lang", "nl", "--bogus"], "netadvisor: fout: onbekend: --bogus\n"),
        (["advise", "x", "--lang=en", "--bogus"], "netadvisor: error: not recognised: --bogus\n"),
        (["adviseer", "--lang", "nl"], "fout: het commando: 'adviseer' kan niet; mogelijk: 'advise', "),
        (["advise", "--lang", "en", "x", "--lang", "nl", "--jobs"], "fout: --jobs vraagt een waarde\n"),
    ],
)
def test_a_mistyped_command_line_that_says_its_language_is_explained_in_that_language(
    args: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A helper typed --lang nl and still read every usage error twice, Dutch and English: the language is read
    from the command line before argparse parses it (the last --lang counts, as for argparse)."""
    code, _out, _err = run(*args)
    err = capsys.readouterr().err
    assert code == EXIT_USAGE
    assert said in err
    assert " / " not in err.splitlines()[-1]


def _one_broken_rule(folder: Path) -> Path:
    """A rules folder with one rule whose line 6 names a conclusion misspelt (collaboration_from)."""
    folder.mkdir()
    (folder / "x.yaml").write_text(
        "rules:\n  - id: X-a\n    title: {nl: a, en: a}\n    section: ['3']\n"
        "    when: [{fact: governance.trust, is: high}]\n"
        "    then: {finding: {severity: warning, doubts: collaboration_from, message: {nl: a, en: a}}}\n"
        "    examples: {fires: [{governance: {trust: high}}], silent: [{}]}\n",
        encoding="utf-8",
    )
    return folder


def test_check_without_a_path_checks_the_rules_folder_here_as_test_and_diff_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An installed netadvisor run in a folder of rules being edited checked its own packaged rules and said
    "In orde" over a mistake in ./rules; `test` and `diff` took ./rules."""
    _one_broken_rule(tmp_path / "rules")
    monkeypatch.chdir(tmp_path)
    code, out, err = run("check")
    assert code == EXIT_RULES
    assert "rules/x.yaml:6:" in out + err
    (tmp_path / "rules" / "x.yaml").write_text(
        (tmp_path / "rules" / "x.yaml").read_text(encoding="utf-8").replace("from", "form"), encoding="utf-8"
    )
    code, out, _ = run("check")
    assert code == EXIT_OK
    assert out.startswith("In orde: rules, 1 regel in 1 bestand")


def test_check_and_test_inside_the_rules_folder_take_that_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A helper edited rules/governance.yaml and ran `netadvisor check` in rules/ itself: the packaged rules were
    checked, "In orde", exit 0, over a broken edit. Inside a folder named rules, that folder is meant."""
    rules = _one_broken_rule(tmp_path / "rules")
    monkeypatch.chdir(rules)
    code, out, err = run("check")
    assert code == EXIT_RULES
    assert "x.yaml:6:" in out + err
    (rules / "x.yaml").write_text((rules / "x.yaml").read_text(encoding="utf-8").replace("from", "form"), "utf-8")
    code, out, _ = run("check")
    assert code == EXIT_OK
    assert out.startswith(f"In orde: {rules}, 1 regel in 1 bestand")  # the folder named, not "."
    # a file that reads a conclusion another file of its folder derives is checked with the rest of the folder:
    # the counts are the folder's, and the line says so
    (rules / "y.yaml").write_text(
        "rules:\n  - id: Y-a\n    title: {nl: a, en: a}\n    section: ['3']\n"
        "    when: [{conclusion: flag, is: 'no'}]\n"
        "    then: {finding: {severity: info, message: {nl: a, en: a}}}\n"
        "    examples: {fires: [{governance: {trust: high}}], silent: [{}]}\n",
        encoding="utf-8",
    )
    (rules / "z.yaml").write_text(
        "rules:\n  - id: Z-a\n    title: {nl: a, en: a}\n    section: ['3']\n"
        "    when: [{fact: governance.trust, is: high}]\n    then: {conclude: {flag: 'no'}}\n"
        "    examples: {fires: [{governance: {trust: high}}], silent: [{}]}\n",
        encoding="utf-8",
    )
    code, out, err = run("check", "y.yaml")
    assert code == EXIT_OK, out + err
    assert out.startswith(f"In orde: y.yaml, samen met de andere bestanden in {rules}: 3 regels in 3 bestanden")
    for added in ("y.yaml", "z.yaml"):
        (rules / added).unlink()
    (rules / "x.yaml").write_text((rules / "x.yaml").read_text(encoding="utf-8").replace("form", "from"), "utf-8")
    code, out, err = run("test")
    assert code == EXIT_RULES, out + err


def test_advice_on_the_packaged_rules_beside_a_rules_folder_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """check and test take rules/ here; advise, consult and what-if the packaged rules unless --rules says
    otherwise. A policy officer who edited rules/ and asked advice got the packaged rules' without a word."""
    import shutil

    import netadvisor.advisor

    # (the frozen rules stand in for the packaged ones: a policy edit of rules/ cannot break this test)
    monkeypatch.setattr(netadvisor.advisor, "packaged_rules_path", lambda: RULES)
    shutil.copytree(RULES, tmp_path / "rules")
    monkeypatch.chdir(tmp_path)
    case = str(EXAMPLES / "dak-en-thuisloosheid.yaml")
    code, _, err = run("advise", case)
    assert code == EXIT_OK
    assert (
        err
        == "let op: dit advies volgt de meegeleverde regels, niet rules/ hier; geef --rules rules/ om die te volgen\n"
    )
    _, _, err = run("advise", case, "--lang", "en")
    assert err.startswith("note: this advice follows the packaged rules, not rules/ here")
    _, _, err = run("what-if", case, "--set", "governance.trust=hoog")
    assert err.startswith("let op: dit advies volgt de meegeleverde regels")
    code, _, err = run("advise", case, "--rules", "rules")
    assert (code, err) == (EXIT_OK, "")
    shutil.rmtree(tmp_path / "rules")
    assert run("advise", case)[2] == ""


def test_a_set_the_case_refuses_is_said_of_the_set_not_of_the_case_file(tmp_path: Path) -> None:
    """A tester set two organisations on a valid file listing three partners and read "ongeldige casus" with the
    file's tip "laat het aantal weg": the file is fine, the --set is not."""
    case = tmp_path / "casus.yaml"
    case.write_text("partners: [{name: A}, {name: B}, {name: C}]\n", encoding="utf-8")
    code, out, err = run("what-if", str(case), "--rules", str(RULES), "--set", "governance.partner_count=2")
    assert (code, out) == (EXIT_USAGE, "")
    assert err.startswith(
        "netadvisor: --set governance.partner_count=2 kan niet in deze casus: het aantal organisaties (2) is kleiner "
        "dan het aantal partners in de lijst (3)\n"
    )  # (in the reader's language only)
    assert "ongeldig" not in err


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("vertrouwen=hoog", "vertrouwen wordt 'hoog'"),
        ("Trust = hoog", "vertrouwen wordt 'hoog'"),
        ("aantal  organisaties=12", "aantal organisaties wordt '12'"),
        ("ratio=kennis", "de ratio wordt 'kennis'"),
        ("governance.trust = hoog", "vertrouwen wordt 'hoog'"),
    ],
)
def test_a_set_may_name_its_fact_in_words(tmp_path: Path, written: str, said: str) -> None:
    """A tester typed --set vertrouwen=hoog and was told only to give a fact: a fact's short name in Dutch or
    English, or the last part of its path, names it as well as its path does (spaces around '=' do no harm)."""
    case = tmp_path / "casus.yaml"
    case.write_text("title: x\n", encoding="utf-8")
    code, out, err = run("what-if", str(case), "--rules", str(RULES), "--set", written)
    assert (code, err) == (0, "")
    assert out.startswith(f"Wijzigingen: {said}\n")


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("governance.trst=hoog", "governance.trust=hoog"),
        # a fact named in words is told by its name in words (a policy officer got governance.trust for vertrouwn)
        ("vertrouwn=hoog", "vertrouwen=hoog"),
        # the answer too, where it is none to the fact meant: the choice it is nearest to
        ("huidge_vorm=zelfregulerend", '"huidige governancevorm=zelfregulerend netwerk"'),
        ("governance.current_mod=zelfregulerend", "governance.current_mode=self_governing"),
    ],
)
def test_a_set_that_nearly_names_a_fact_is_told_the_fact_and_an_answer_it_takes(
    tmp_path: Path, written: str, meant: str
) -> None:
    case = tmp_path / "casus.yaml"
    case.write_text("title: x\n", encoding="utf-8")
    code, out, err = run("what-if", str(case), "--rules", str(RULES), "--set", written)
    assert (code, out) == (EXIT_USAGE, "")
    assert f"(bedoelde je --set {meant}?)" in err
    assert "did you mean" not in err  # (in the reader's language only: one long line of both read badly)
    code, out, err = run("what-if", str(case), "--rules", str(RULES), "--set", written, "--lang", "en")
    assert f"(did you mean --set {meant}?)" in err


def test_a_set_with_a_word_of_a_partners_question_is_told_that_partners_answer(tmp_path: Path) -> None:
    """A word of a question ("bereid") is what the person meant, before a fact whose name is spelt nearly alike
    (a tester was pointed to a typing criterion); a partner's answer is named for the first listed partner."""
    case = tmp_path / "casus.yaml"
    case.write_text("title: x\npartners: [{name: A}, {name: B}]\n", encoding="utf-8")
    code, out, err = run("what-if", str(case), "--rules", str(RULES), "--set", "bereid=nee")
    assert (code, out) == (EXIT_USAGE, "")
    assert "(bedoelde je --set partners[0].willing_to_adapt=nee?)" in err
    # without partners there is no partner to answer for: no suggestion of one
    case.write_text("title: x\n", encoding="utf-8")
    code, out, err = run("what-if", str(case), "--rules", str(RULES), "--set", "bereid=nee")
    assert (code, out) == (EXIT_USAGE, "")
    assert "partners[" not in err


@pytest.mark.parametrize("written", ["partners=B, C; D", "De partners = B, C; D", "Wie zijn alle partners?=B, C; D"])
def test_a_set_may_give_the_partner_list_as_its_question_asks_it(tmp_path: Path, written: str) -> None:
    """A tool builder's --set "partners=Gemeente Geel, Gemeente Mol" was refused as no fact one can answer, while the
    report asks "Wie zijn alle partners?" and the library takes the list: names, separated by commas (or
    semicolons), a partner named again keeping its answers."""
    case = tmp_path / "casus.yaml"
    case.write_text("title: x\npartners: [{name: A}, {name: B, kind: municipality}]\n", encoding="utf-8")
    code, out, err = run("what-if", str(case), "--rules", str(RULES), "--set", written, "--format", "json")
    assert (code, err) == (0, "")
    shown = json.loads(out)["what_if"]
    # (the number the list gave follows it, and is said to)
    assert shown["changes"] == {"partners": ["B", "C", "D"], "governance.partner_count": 3}
    expected = Advisor.from_path(RULES).what_if(
        {"title": "x", "partners": [{"name": "A"}, {"name": "B", "kind": "municipality"}]},
        {"partners": ["B", "C", "D"]},
    )
    assert shown["after"] == expected.after.model_dump(mode="json")


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("partners=5", "Geen naam van een partner: '5'."),
        ("partners=Geel, Mol, geel", "geel staat meer dan eens in de lijst"),
        ("partners=ja", "Geen naam van een partner: 'ja'."),
        ("partners=Geel, complex", "Geen naam van een partner: 'complex'."),  # (another question's choice)
    ],
)
def test_a_set_of_the_partner_list_refuses_what_the_consultation_refuses(
    tmp_path: Path, written: str, said: str
) -> None:
    """A policy officer's --set partners=5 made one partner called "5" (and dropped advice), where the consultation
    says that the number of organisations is another question: both read the list alike."""
    case = tmp_path / "casus.yaml"
    case.write_text("title: x\n", encoding="utf-8")
    code, out, err = run("what-if", str(case), "--rules", str(RULES), "--set", written)
    assert (code, out) == (EXIT_USAGE, "")
    assert said in err


def test_a_partner_list_longer_than_the_files_count_is_told_the_count_to_set_too(tmp_path: Path) -> None:
    """A policy officer's nine partners beside a file that counts eight were refused without a word on what to do;
    adding the number of organisations, which she found by trying, works."""
    case = tmp_path / "casus.yaml"
    case.write_text("governance: {partner_count: 3}\npartners: [{name: A}]\n", encoding="utf-8")
    code, out, err = run("what-if", str(case), "--rules", str(RULES), "--set", "partners=A, B, C, D")
    assert (code, out) == (EXIT_USAGE, "")
    assert '(geef ook --set "aantal organisaties=4", of meer)' in err
    code, out, err = run(
        "what-if", str(case), "--rules", str(RULES), "--set", "partners=A, B, C, D", "--set", "aantal organisaties=4"
    )
    assert (code, err) == (0, "")


def test_a_misspelt_choice_in_a_set_is_told_the_choice(tmp_path: Path) -> None:
    case = tmp_path / "casus.yaml"
    case.write_text("title: x\n", encoding="utf-8")
    code, _out, err = run(
        "what-if", str(case), "--rules", str(RULES), "--set", "governance.current_mode=zelfregulerend"
    )
    assert code == EXIT_USAGE
    assert err.rstrip().endswith("; bedoelde je 'zelfregulerend netwerk'?")
    code, _out, err = run(
        "what-if", str(case), "--rules", str(RULES), "--set", "governance.current_mode=zelfregulerend", "--lang", "en"
    )
    assert err.rstrip().endswith("; did you mean 'self-governing network'?")


def test_facts_are_named_by_their_names_exactly_or_nearly() -> None:
    from netadvisor import FACTS, closest_choice, fact_meant

    assert fact_meant("xyzzy") is None
    assert fact_meant("governance.trust") == fact_meant("VERTROUWEN") == "governance.trust"
    assert fact_meant("vertrouwn") == "governance.trust"
    assert fact_meant("vertrouwn", near=False) is None
    # the organisations are the partners: "aantal partners" (a policy officer was told it is no fact)
    assert fact_meant("aantal partners") == fact_meant("het aantal partners") == "governance.partner_count"
    # the guide's own word for a stuck network (§4.4.1): a policy officer's "vastgelopen" was no fact
    assert fact_meant("vastgelopen") == fact_meant("Het netwerk zit vast") == "state.stuck"
    # a computed summary is no fact a person answers: never the one named
    assert fact_meant("partner_summary.all_willing_to_adapt") != "partner_summary.all_willing_to_adapt"
    assert closest_choice(FACTS["governance.current_mode"], "leiderorganisatie") == "lead_organisation"
    assert closest_choice(FACTS["governance.current_mode"], "xyzzy") is None
    assert closest_choice(FACTS["goal.consensus_reached"], "jaa") is None  # a yes/no fact has no choices
    code, out, _err = run("explain", "vertrouwen", "--rules", str(RULES))
    assert code == 0
    assert out.startswith("governance.trust: ")
    code, _out, err = run("explain", "vertrouwn", "--rules", str(RULES))
    assert code != 0
    assert "(bedoelde je governance.trust?)" in err
