"""netadvisor test: every failure located and said in Dutch (and English), with what made the difference.

Code tests: they run on the frozen rules (tests/rules/), copies of them edited on purpose, and rule files,
cases and scenarios built to fail; never on rules/, examples/ or features/.
"""

from __future__ import annotations

import io
import re
import shutil
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT, RULES
from helpers import rules_from_text
from netadvisor import FACTS, Advisor, load_rules
from netadvisor.casefile import load_case_file
from netadvisor.cli import EXIT_OK, EXIT_RULES, EXIT_TESTS, main
from netadvisor.coverage import coverage_markdown
from netadvisor.ruletests import (
    Mismatch,
    RuleTestReport,
    Section,
    advice_summary,
    check_example_cases,
    check_heuristics,
    check_rule_examples,
    run_rule_tests,
    why_not,
)
from netadvisor.scenariotests import check_scenarios, step_sentences
from netadvisor.text import Text

sys.path.insert(0, str(ROOT / "tools"))
import regenerate

STEPS = ROOT / "tests" / "steps_nl.py"


def _copy(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("README.md"))
    return target


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(args), stdout=out, stderr=err), out.getvalue(), err.getvalue()


# --------------------------------------------------------------------------- the rules' own examples


def test_every_example_of_the_frozen_rules_holds(advisor: Advisor) -> None:
    section = check_rule_examples(advisor)
    assert section.failures == ()
    assert section.total > 200


def test_a_rule_without_examples_adds_to_the_checks_it_fails(tmp_path: Path) -> None:
    """A policy officer added a rule without examples: "297 van 299 in orde", where there were 299 before. Each
    kind missing is one check, failed: "299 van 301"."""
    before = check_rule_examples(Advisor.from_path(RULES)).total
    rules = _copy(RULES, tmp_path / "rules")
    with (rules / "governance.yaml").open("a", encoding="utf-8") as file:
        file.write(
            "  - id: GOV-new-without-examples\n"
            "    title: {nl: nieuw, en: new}\n"
            "    section: ['4.3']\n"
            "    when: [{fact: governance.trust, is: low}]\n"
            "    then: {finding: {severity: info, message: {nl: n, en: n}}}\n"
        )
    section = check_rule_examples(Advisor.from_path(rules))
    assert (section.total, len(section.failures)) == (before + 2, 2)
    assert f"{before} van {before + 2} in orde" in section.format("nl")


def test_a_raised_threshold_names_exactly_the_examples_it_breaks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """weinig_partners_max 7 → 20: four examples, each at its line, with the condition and the policy value."""
    _replace(_copy(RULES, tmp_path / "rules") / "governance.yaml", "    value: 7\n", "    value: 20\n")
    monkeypatch.chdir(tmp_path)
    section = check_rule_examples(Advisor.from_path("rules"))
    assert [failure.format("nl") for failure in section.failures] == [
        (
            "  rules/governance.yaml:94: GOV-partners-few: voorbeeld 1 onder silent laat de regel toch vuren: "
            "governance.partner_count 8 is hoogstens weinig_partners_max (20)"
        ),
        (
            "  rules/governance.yaml:106: GOV-partners-more-lead: voorbeeld 1 onder fires laat de regel niet vuren: "
            "governance.partner_count 8 is niet meer dan weinig_partners_max (20)"
        ),
        (
            "  rules/governance.yaml:364: GOV-current-unsupported: voorbeeld 1 onder fires laat de regel niet vuren: "
            "governance_mode_current 'door een deel van de factoren gesteund' is niet 'door geen enkele factor gesteund'"
        ),
        (
            "  rules/governance.yaml:414: GOV-evolution: voorbeeld 1 onder fires laat de regel niet vuren: "
            "governance.partner_count 12 is niet meer dan weinig_partners_max (20)"
        ),
    ]
    assert section.failures[1].format("en") == (
        "  rules/governance.yaml:106: GOV-partners-more-lead: example 1 under fires does not make the rule fire: "
        "governance.partner_count 8 is not more than weinig_partners_max (20)"
    )


def test_an_example_that_needs_a_decided_conclusion_names_its_support_and_threshold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """governance_min_steun 3 → 4, an example with three factors: the failure names the support each mode has
    and the policy value it falls short of, not only "governancevorm is nog niet afgeleid" (a rule-editing
    trial: a policy officer could not tell which threshold or support made the example fail)."""
    rules = _copy(RULES, tmp_path / "rules")
    _replace(
        rules / "governance.yaml", "  governance_min_steun:\n    value: 3\n", "  governance_min_steun:\n    value: 4\n"
    )
    _replace(
        rules / "governance.yaml",
        "      fires: [{governance: {partner_count: 4, trust: high, goal_consensus: high, network_competency_need: low}}]",
        "      fires: [{governance: {partner_count: 4, trust: high, goal_consensus: high}}]",
    )
    monkeypatch.chdir(tmp_path)
    section = check_rule_examples(Advisor.from_path("rules"))
    [failure] = [failure for failure in section.failures if "GOV-advice-self-governing" in failure.text.nl]
    assert failure.format("nl") == (
        "  rules/governance.yaml:218: GOV-advice-self-governing: voorbeeld 1 onder fires laat de regel niet vuren: "
        "governancevorm is nog niet afgeleid (nog niet te bepalen)\n"
        "      steun: zelfregulerend netwerk 3 (GOV-trust-high, GOV-partners-few, GOV-consensus-high)\n"
        "      een waarde wint met minstens governance_min_steun (4) steun"
    )
    assert failure.format("en").endswith("a value wins with at least governance_min_steun (4) support")


def _policy_changed(tmp_path: Path, policy: str, old: int, new: int) -> tuple[Path, Path]:
    """A copy of the frozen rules with a policy value of governance.yaml changed, and an empty features folder."""
    rules = _copy(RULES, tmp_path / "rules")
    _replace(rules / "governance.yaml", f"  {policy}:\n    value: {old}\n", f"  {policy}:\n    value: {new}\n")
    features = tmp_path / "features"
    features.mkdir()
    return rules, features


def test_a_scenario_that_expects_a_decided_value_names_the_threshold_policy(tmp_path: Path) -> None:
    """A scenario expecting a governance mode that three factors support, under governance_min_steun 4, says the
    threshold and its policy value beside the support (a rule-editing trial: only the support was said)."""
    rules, features = _policy_changed(tmp_path, "governance_min_steun", 3, 4)
    (features / "vorm.feature").write_text(
        "# language: nl\n"
        "Functionaliteit: vorm\n"
        "  Scenario: Drie factoren\n"
        '    Gegeven een casus "Drie factoren"\n'
        '    En de ratio van de samenwerking is "effectiviteit"\n'
        "    En het netwerk telt 4 organisaties\n"
        '    En het vertrouwen tussen de partners is "hoog"\n'
        '    En de doelconsensus is "hoog"\n'
        '    En de nood aan netwerkcompetenties is "hoog"\n'
        "    Als de adviseur de casus beoordeelt\n"
        '    Dan is de governancevorm "zelfregulerend netwerk"\n',
        encoding="utf-8",
    )
    section = check_scenarios(features, STEPS, rules, Advisor.from_path(rules).rulebase.version)
    said = "\n".join(failure.format("nl") for failure in section.failures)
    assert "steun: zelfregulerend netwerk 3" in said
    assert "een waarde wint met minstens governance_min_steun (4) steun" in said


def test_a_deciding_answer_that_now_decides_only_with_others_says_so(tmp_path: Path) -> None:
    """typering_min_criteria 4 → 5: "beslist het antwoord op 'Uniciteit: …' mee over het type uitdaging" failed with
    no reason, beside a sentence that still named uniciteit (a rule-editing trial). It says the answer now decides
    only together with other answers."""
    rules = _copy(RULES, tmp_path / "rules")
    _replace(
        rules / "typering.yaml", "  typering_min_criteria:\n    value: 4\n", "  typering_min_criteria:\n    value: 5\n"
    )
    features = tmp_path / "features"
    features.mkdir()
    uniqueness = FACTS["challenge.criteria.uniqueness"].question_nl
    (features / "type.feature").write_text(
        "# language: nl\n"
        "Functionaliteit: type\n"
        "  Scenario: Drie criteria\n"
        '    Gegeven een casus "Drie criteria"\n'
        '    En het criterium "recept" wijst op "complex"\n'
        '    En het criterium "expertise" wijst op "complex"\n'
        '    En het criterium "zekerheid" wijst op "complex"\n'
        "    Als de adviseur de casus beoordeelt\n"
        f'    Dan beslist het antwoord op "{uniqueness}" mee over het type uitdaging\n',
        encoding="utf-8",
    )
    section = check_scenarios(features, STEPS, rules, Advisor.from_path(rules).rulebase.version)
    said = "\n".join(failure.format("nl") for failure in section.failures)
    assert "maar het beslist nu enkel samen met andere antwoorden mee, niet alleen" in said, said
    english = "\n".join(failure.format("en") for failure in section.failures)
    assert "but it now decides only together with other answers, not alone" in english


def test_a_scenario_heading_that_names_a_threshold_with_its_old_number_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """weinig_partners_max 7 → 5: a heading "houdt op bij 7 (weinig_partners_max)" and a description that says
    "uitgaan van 7" are said with their line; the sentence naming another policy value, and the steps' own
    numbers, are not (rule-editing trial: a heading kept the old number and every check passed)."""
    _rules, features = _policy_changed(tmp_path, "weinig_partners_max", 7, 5)  # (the CLI reads rules/ here)
    (features / "drempel.feature").write_text(
        "# language: nl\n"
        "Functionaliteit: drempel\n"
        "  Weinig partners past bij zelfregulering. Waar weinig ophoudt, is een beleidswaarde\n"
        "  (weinig_partners_max); de voorbeelden gaan uit van 7. Genoeg steun is governance_min_steun.\n"
        "\n"
        "  Abstract Scenario: Weinig partners\n"
        '    Gegeven een casus "Weinig"\n'
        "    En het netwerk telt <organisaties> organisaties\n"
        "    Als de adviseur de casus beoordeelt\n"
        '    Dan is de governancevorm "nog niet te bepalen"\n'
        "\n"
        "    Voorbeelden: weinig partners houdt op bij 7 (weinig_partners_max), bij 8 niet meer\n"
        "      | organisaties |\n"
        "      | 5            |\n"
        "\n"
        "    Voorbeelden: en governance_min_steun blijft 3\n"
        "      | organisaties |\n"
        "      | 6            |\n",
        encoding="utf-8",
    )
    (tmp_path / "cases").mkdir()
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("test", "rules", "--features", "features", "--cases", "cases")
    assert code == EXIT_TESTS
    assert (
        "  features/drempel.feature:3: deze tekst noemt de beleidswaarde weinig_partners_max met 7, maar niet haar "
        "waarde 5: pas de tekst aan de drempel aan (en de voorbeelden eronder, als die de drempel volgen)"
    ) in out
    assert "  features/drempel.feature:12: deze tekst noemt de beleidswaarde weinig_partners_max met 7, 8," in out
    assert "governance_min_steun met" not in out
    assert "Drempels in de koppen van de scenario's (features): 1 van 3 in orde" in out


OWN_RULES = """
rules:
  - id: OWN-form
    title: {nl: vorm, en: form}
    section: ["3"]
    when: [{fact: challenge.rationale, is: effectiveness}]
    then: {conclude: {collaboration_form: organisation_network}}
    examples:
      fires: [{challenge: {rationale: effectiveness}}]
      silent: [{challenge: {rationale: knowledge}}]
  - id: OWN-trust
    title: {nl: vertrouwen, en: trust}
    section: ["4.3"]
    when: [{conclusion: collaboration_form, is: organisation_network}, {fact: governance.trust, is: high}]
    then: {finding: {severity: info, message: {nl: x, en: x}}}
    examples:
      fires: [{governance: {trust: high}}, {challenge: {rationale: effectiveness}, governance: {trust: low}}]
  - id: OWN-known
    title: {nl: gekend, en: known}
    section: ["4.3"]
    when: [{fact: governance.partner_count, at_least: 3}]
    then: {finding: {severity: info, message: {nl: x, en: x}}}
    examples:
      fires: [{governance: {partner_count: 3}}]
      silent: [{governance: {partner_count: 3}}]
"""


def test_each_kind_of_difference_in_words(write_rules) -> None:  # type: ignore[no-untyped-def]
    """An unknown conclusion, a fact with another value, a missing kind of example, a silent one that fires."""
    path = write_rules(OWN_RULES)
    section = check_rule_examples(Advisor.from_path(path))
    assert [(failure.line, failure.text.nl) for failure in section.failures] == [
        (
            17,
            (
                "OWN-trust: voorbeeld 1 onder fires laat de regel niet vuren: samenwerkingsvorm is nog niet afgeleid "
                "(nog niet te bepalen)"
            ),
        ),
        (17, "OWN-trust: voorbeeld 2 onder fires laat de regel niet vuren: governance.trust 'laag' is niet 'hoog'"),
        (11, "OWN-trust heeft geen voorbeeld onder silent: schrijf er een casus waarop de regel net niet vuurt"),
        (25, "OWN-known: voorbeeld 1 onder silent laat de regel toch vuren: governance.partner_count 3 is minstens 3"),
    ]


# --------------------------------------------------------------------------- the example cases


def test_the_frozen_example_cases_give_what_they_expect(advisor: Advisor) -> None:
    section = check_example_cases(advisor, EXAMPLES)
    assert section.failures == ()
    assert section.total > 50


def test_the_advice_never_reads_the_expectations() -> None:
    """A case file with 'verwacht:' loads as the same case without it; `advise` takes it as it is."""
    case = load_case_file(EXAMPLES / "governance-nao.yaml")
    assert case.governance.partner_count == 18  # type: ignore[union-attr]
    code, out, _ = run("advise", str(EXAMPLES / "governance-nao.yaml"), "--rules", str(RULES))
    assert code == EXIT_OK
    assert "verwacht" not in out


def _case(tmp_path: Path, expectations: str) -> None:
    """casussen/nao.yaml: the frozen NAO case with other expectations."""
    folder = tmp_path / "casussen"
    folder.mkdir()
    text = (EXAMPLES / "governance-nao.yaml").read_text(encoding="utf-8")
    (folder / "nao.yaml").write_text(text[: text.index("verwacht:")] + expectations, encoding="utf-8")


def test_a_case_that_gives_something_else_says_what_and_why(
    tmp_path: Path, advisor: Advisor, monkeypatch: pytest.MonkeyPatch
) -> None:
    _case(
        tmp_path,
        """verwacht:
  besluiten:
    governance_mode: zelfregulerend netwerk
  bevindingen: [GOV-advice-self-governing]
  geen_bevindingen: [GOV-advice-nao]
  volgorde: [GOV-advice-nao, MAYOR-lookout-tower]
""",
    )
    monkeypatch.chdir(tmp_path)
    section = check_example_cases(advisor, Path("casussen"))
    assert (
        "\n".join(failure.format("nl") for failure in section.failures)
        == """\
  casussen/nao.yaml:19: Governancevorm: verwacht zelfregulerend netwerk, kwam uit netwerk administratieve organisatie (NAO)
      steun: netwerk administratieve organisatie (NAO) 4 (GOV-trust-moderate, GOV-partners-more-nao, \
GOV-consensus-moderate, GOV-competencies-high); leiderorganisatienetwerk 1 (GOV-partners-more-lead)
      GOV-trust-high vuurt niet: governance.trust 'gemiddeld' is niet 'hoog'
      GOV-partners-few vuurt niet: governance.partner_count 18 is niet hoogstens weinig_partners_max (7)
      GOV-consensus-high vuurt niet: governance.goal_consensus 'gemiddeld' is niet 'hoog'
      GOV-competencies-low vuurt niet: governance.network_competency_need 'hoog' is niet 'laag'
  casussen/nao.yaml:20: bevinding GOV-advice-self-governing ontbreekt: governancevorm 'netwerk administratieve \
organisatie (NAO)' is niet 'zelfregulerend netwerk'
  casussen/nao.yaml:21: bevinding GOV-advice-nao is er toch: samenwerkingsvorm 'organisatienetwerk' is \
'organisatienetwerk'; governancevorm 'netwerk administratieve organisatie (NAO)' is 'netwerk administratieve \
organisatie (NAO)'
  casussen/nao.yaml:22: volgorde: verwacht GOV-advice-nao, MAYOR-lookout-tower, kwam uit MAYOR-lookout-tower, \
GOV-advice-nao"""
    )


def test_every_mistake_in_the_expectations_at_once_with_what_was_meant(
    tmp_path: Path, advisor: Advisor, monkeypatch: pytest.MonkeyPatch
) -> None:
    _case(
        tmp_path,
        """verwacht:
  besluiten:
    governance_mod: self_governing
    governance_mode: enorm
  bevindingen: [GOV-advise-nao, GOV-trust-high]
  bevinding: []
""",
    )
    monkeypatch.chdir(tmp_path)
    failures = check_example_cases(advisor, Path("casussen")).failures
    assert [(failure.line, failure.text.nl) for failure in failures] == [
        (
            22,
            (
                "onbekende sleutel 'bevinding' onder verwacht (toegelaten: besluiten, bevindingen, geen_bevindingen, "
                "volgorde, hoogstens_regels); bedoelde je 'bevindingen'?"
            ),
        ),
        (19, "onbekend besluit 'governance_mod'; bedoelde je 'governance_mode'?"),
        (
            20,
            (
                "'enorm' is geen waarde van governance_mode (mogelijk: zelfregulerend netwerk, "
                "leiderorganisatienetwerk, netwerk administratieve organisatie (NAO), nog niet te bepalen)"
            ),
        ),
        (21, "onbekende regel 'GOV-advise-nao' onder bevindingen; bedoelde je 'GOV-advice-nao'?"),
        (21, "GOV-trust-high geeft geen bevinding (de regel besluit of steunt enkel): zet hem niet onder bevindingen"),
    ]


def test_a_case_without_expectations_or_that_is_invalid_is_a_failure(tmp_path: Path, advisor: Advisor) -> None:
    (tmp_path / "zonder.yaml").write_text("governance:\n  trust: high\n", encoding="utf-8")
    (tmp_path / "kapot.yaml").write_text("governance:\n  trust: enorm\nverwacht: {}\n", encoding="utf-8")
    failures = check_example_cases(advisor, tmp_path).failures
    assert [failure.text.nl.split(":")[0] for failure in failures] == [
        "de casus is ongeldig",
        "deze casus zegt niet wat ze moet geven",
    ]
    assert failures[0].line == 2
    # what is wrong with it in the language of the report (it was English in the Dutch report)
    assert "'enorm' is geen mogelijk antwoord" in failures[0].text.nl, failures[0].text.nl
    assert "tip:" in failures[0].text.nl
    assert "is not a possible answer" in failures[0].text.en


# --------------------------------------------------------------------------- heuristics and generated files


def test_an_unaccounted_heuristic_and_a_stale_table_say_what_to_do(tmp_path: Path) -> None:
    rulebase = rules_from_text("""
rules:
  - id: OWN-one
    title: {nl: een, en: one}
    section: ["4.3"]
    heuristics: [H001]
    when: [{fact: governance.trust, is: high}]
    then: {finding: {severity: info, message: {nl: x, en: x}}}
""")
    (tmp_path / "HEURISTIEKEN.md").write_text(
        coverage_markdown(rulebase).replace("OWN-one", "OWN-twee"), encoding="utf-8"
    )
    texts = [failure.text.nl for failure in check_heuristics(rulebase, tmp_path).failures]  # type: ignore[union-attr]
    assert len(texts) == 151
    assert texts[0] == (
        "H002: geen regel dekt deze heuristiek en ze staat niet onder accounts_for; geef een regel "
        "'heuristics: [H002]' of verantwoord ze onder accounts_for"
    )
    assert texts[-1] == "HEURISTIEKEN.md is niet meer actueel: maak het opnieuw met `make regenereer`"
    assert check_heuristics(rulebase, tmp_path / "elders") is None  # no table kept: nothing to check


def test_a_report_whose_only_failures_are_files_to_remake_says_to_remake_them(tmp_path: Path) -> None:
    """A rule-editing trial whose only failure was a stale HEURISTIEKEN.md was told to change a rule, an example
    or a scenario: the report says to remake the file, and that the rules are fine."""
    rulebase = load_rules(RULES)  # (every heuristic covered or accounted for: the table is all that fails)
    (tmp_path / "HEURISTIEKEN.md").write_text(coverage_markdown(rulebase) + "\nverouderd\n", encoding="utf-8")
    section = check_heuristics(rulebase, tmp_path)
    assert section is not None
    assert [failure.remade for failure in section.failures] == [True]
    report = RuleTestReport("rules", len(rulebase.rules), "v", (section,))
    assert (
        report.format("nl")
        .rstrip()
        .endswith(
            "Niet in orde: 1 gemaakt(e) bestand(en) niet meer actueel. Maak ze opnieuw met `make regenereer`; wat hier "
            "getest is, is verder in orde (citaten die niet letterlijk in de gids staan, verbeter je eerst)."
        )
    )
    mixed = RuleTestReport("rules", 1, "v", (section, Section(Text("x", "x"), 1, (Mismatch("f", 1, Text("a", "a")),))))
    assert "Pas de regel aan" in mixed.format("nl")


def test_the_list_of_step_sentences_in_rules_readme_is_current() -> None:
    """The list is made from tests/steps_nl.py: a new step without `make regenereer` fails here."""
    stale = regenerate.out_of_date(["rules/README.md"])
    assert stale == [], regenerate.message("rules/README.md")
    listed = (ROOT / "rules" / "README.md").read_text(encoding="utf-8")
    assert all(f"`{sentence.sentence('nl')}`" in listed for sentence in step_sentences(STEPS))


def test_the_schema_in_the_repository_is_current() -> None:
    assert regenerate.out_of_date(["rules/schema/rule-file.schema.json"]) == [], regenerate.message(
        "rules/schema/rule-file.schema.json"
    )


# --------------------------------------------------------------------------- scenarios

FEATURES = {
    "a.feature": """# language: nl
Functionaliteit: Proef

  Scenario: Slaagt
    Gegeven een casus "A"
    En de ratio van de samenwerking is "kennis"
    Als de adviseur de casus beoordeelt
    Dan is de samenwerkingsvorm "lerend netwerk"

  Scenario: Een andere vorm
    Gegeven een casus "B"
    En de ratio van de samenwerking is "efficiëntie"
    Als de adviseur de casus beoordeelt
    Dan is de samenwerkingsvorm "lerend netwerk"

  Scenario: Een bevinding die niet komt
    Gegeven een casus "C"
    En de ratio van de samenwerking is "effectiviteit"
    En het netwerk telt 18 organisaties
    Als de adviseur de casus beoordeelt
    Dan geeft de adviseur de bevinding "GOV-evolution"

  Scenario: Een niveau dat niet bestaat
    Gegeven een casus "D"
    En het vertrouwen tussen de partners is "hooog"
    Als de adviseur de casus beoordeelt
    Dan is de governancevorm "nog niet te bepalen"

  Abstract Scenario: Rijen
    Gegeven een casus "E"
    En de ratio van de samenwerking is "<ratio>"
    Als de adviseur de casus beoordeelt
    Dan is de samenwerkingsvorm "<vorm>"

    Voorbeelden:
      | ratio  | vorm               |
      | kennis | lerend netwerk     |
      | kennis | organisatienetwerk |
""",
    "b.feature": """# language: nl
Functionaliteit: Tikfouten

  Scenario: Drie zinnen die niet bestaan
    Gegeven een casus "F"
    En het netwerk telt 5 partner
    En het vertrouwen tussen partners is "hoog"
    Als de adviseur de casus beoordeelt
    Dan de doelconsensus is "hoog"

  Scenario: Engelse sleutelwoorden
    Given een casus "G"
    When de adviseur de casus beoordeelt

  Scenario: Andere woorden
    Gegeven een casus "H"
    En "Jan" neemt alle rollen op
    En de ratio van de samenwerking is "effectiviteit"
    Als de adviseur de casus beoordeelt
    Dan zegt de bevinding "ROLE-one-person-holds-most" "zes rollen"
""",
    # steps a rule owner left out or aimed wrong (a trial of the editing cycle)
    "c.feature": """# language: nl
Functionaliteit: Wat een scenario mist

  Scenario: Zonder Dan
    Gegeven een casus "I"
    En de ratio van de samenwerking is "kennis"
    Als de adviseur de casus beoordeelt

  Scenario: Zonder Als
    Gegeven een casus "J"
    En de ratio van de samenwerking is "kennis"
    Dan is de samenwerkingsvorm "lerend netwerk"

  Scenario: Een regel zonder bevinding
    Gegeven een casus "K"
    En het vertrouwen tussen de partners is "hoog"
    Als de adviseur de casus beoordeelt
    Dan geeft de adviseur niet de bevinding "GOV-trust-high"

  Scenario: Een vraag met een tikfout
    Gegeven een casus "L"
    En het antwoord op "Zit het netwerk vast ?" is "ja"
    Als de adviseur de casus beoordeelt
    Dan geeft de adviseur niet de bevinding "GOV-evolution"

  Scenario: Een antwoord dat niet kan
    Gegeven een casus "M"
    En het antwoord op "Zit het netwerk vast?" is "misschien"
    Als de adviseur de casus beoordeelt
    Dan geeft de adviseur niet de bevinding "GOV-evolution"
""",
}


def _scenario_report(folder: Path, feature: str) -> str:
    """The Dutch scenarios report of one feature file ``feature``, written to ``folder``."""
    (folder / "f.feature").write_text(feature, encoding="utf-8")
    return check_scenarios(folder, STEPS, RULES, Advisor.from_path(RULES).rulebase.version).format("nl")


@pytest.fixture(scope="module")
def scenario_reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The scenarios section of one run, as read in Dutch and in English."""
    folder = tmp_path_factory.mktemp("scenarios")
    for name, text in FEATURES.items():
        (folder / name).write_text(text, encoding="utf-8")
    version = Advisor.from_path(RULES).rulebase.version
    section = check_scenarios(folder, STEPS, RULES, version)
    return {lang: section.format(lang).replace(str(folder) + "/", "") for lang in ("nl", "en")}


@pytest.fixture(scope="module")
def scenario_report(scenario_reports: dict[str, str]) -> str:
    return scenario_reports["nl"]


def test_scenarios_that_fail_say_what_came_out_and_why(scenario_report: str) -> None:
    assert scenario_report.startswith("Scenario's (")
    assert ": 2 van 14 in orde\n" in scenario_report  # 13 scenarios, one with two rows; 2 hold
    assert (
        """a.feature:14: scenario 'Een andere vorm': verwacht 'Dan is de samenwerkingsvorm "lerend netwerk"', \
maar dat klopt niet
      kwam uit: type uitdaging nog niet te bepalen; samenwerkingsvorm shared service centre; governancevorm niet van \
toepassing; bevindingen: FORM-shared-service-centre
      verwacht samenwerkingsvorm 'lerend netwerk', kwam uit 'shared service centre'
      Samenwerkingsvorm: shared service centre
      shared service centre komt van FORM-shared-service-centre
      FORM-learning-network vuurt niet: challenge.rationale 'efficiëntie' is niet 'kennis'"""
        in scenario_report
    )
    assert (
        "a.feature:21: scenario 'Een bevinding die niet komt': verwacht 'Dan geeft de adviseur de bevinding "
        '"GOV-evolution"\', maar dat klopt niet'
    ) in scenario_report
    assert "      GOV-evolution vuurt niet: governance.current_mode is niet gekend (weet niet)" in scenario_report
    assert (
        "a.feature:25: scenario 'Een niveau dat niet bestaat': de stap 'En het vertrouwen tussen de partners "
        "is \"hooog\"' lukt niet: onbekend niveau 'hooog' (mogelijk: laag, gemiddeld, hoog)"
    ) in scenario_report
    assert (
        "a.feature:38: scenario 'Rijen', voorbeeldrij ratio=kennis, vorm=organisatienetwerk: verwacht 'Dan is "
        'de samenwerkingsvorm "organisatienetwerk" (regel 33)\', maar dat klopt niet'
    ) in scenario_report
    assert "a.feature:37:" not in scenario_report
    assert "a.feature:5:" not in scenario_report
    assert "Traceback" not in scenario_report
    assert "AssertionError" not in scenario_report


def test_a_then_step_that_does_not_know_a_word_says_which_words_it_knows(tmp_path: Path) -> None:
    """A tester wrote 'steunt de bevinding ... op eigen lezing' and read only "maar dat klopt niet": the step's
    own words, naming the words it knows, were dropped once the finding's reasons were shown."""
    report = _scenario_report(
        tmp_path,
        '# language: nl\nFunctionaliteit: x\n\n  Scenario: y\n    Gegeven een casus "z"\n'
        '    En de ratio van de samenwerking is "kennis"\n    Als de adviseur de casus beoordeelt\n'
        '    Dan steunt de bevinding "FORM-learning-network" op eigen lezing\n',
    )
    assert "onbekende basis 'eigen lezing' (mogelijk: " in report, report


@pytest.mark.parametrize("step", ["geeft de adviseur niet de bevinding", "geeft de adviseur de bevinding"])
def test_a_step_about_a_rule_the_rules_do_not_have_fails_saying_so(tmp_path: Path, step: str) -> None:
    """'Dan geeft de adviseur niet de bevinding "STRAT-stuck-on-trsut"' passed for any case and checked nothing
    (a policy officer's trial); the positive step said only that the finding did not come."""
    report = _scenario_report(
        tmp_path,
        '# language: nl\nFunctionaliteit: x\n\n  Scenario: y\n    Gegeven een casus "z"\n'
        '    En de ratio van de samenwerking is "kennis"\n    Als de adviseur de casus beoordeelt\n'
        f'    Dan {step} "FORM-learning-netwrk"\n',
    )
    assert ": 0 van 1 in orde" in report, report
    assert "de regels hebben geen regel 'FORM-learning-netwrk'; bedoelde je 'FORM-learning-network'?" in report


def test_every_undefined_step_at_once_with_the_closest_sentences(scenario_report: str) -> None:
    assert (
        """  b.feature:6: geen zin uit de lijst van rules/README.md: En het netwerk telt 5 partner
      bedoelde je: Gegeven het netwerk telt <aantal> partners"""
        in scenario_report
    )
    assert (
        """  b.feature:7: geen zin uit de lijst van rules/README.md: En het vertrouwen tussen partners is "hoog"
      bedoelde je: Gegeven het vertrouwen tussen de partners is "<niveau>\""""
        in scenario_report
    )
    assert (
        """  b.feature:9: geen zin uit de lijst van rules/README.md: Dan de doelconsensus is "hoog"
      deze zin bestaat als Gegeven-stap: zet hem onder 'Gegeven' (of een 'En' daarna)"""
        in scenario_report
    )
    assert "StepDefinitionNotFoundError" not in scenario_report


def test_a_step_that_checks_the_words_of_a_finding_is_shown_the_words(scenario_report: str) -> None:
    assert (
        "b.feature:20: scenario 'Andere woorden': verwacht 'Dan zegt de bevinding \"ROLE-one-person-holds-most\" "
        '"zes rollen"\', maar dat klopt niet'
    ) in scenario_report
    assert '      ROLE-one-person-holds-most zegt: "Eén persoon neemt 5 van de vijf rollen op.' in scenario_report


def test_the_report_in_english_words_the_line_and_the_quoted_finding_in_english(
    scenario_reports: dict[str, str],
) -> None:
    """Read with --lang en, a failed row names its step's line in English, a quoted finding is in the advice's English
    words and a step's own check says why in English; only what the scenario itself says (its name, its steps, the
    Dutch words it may use) stays as written."""
    english = scenario_reports["en"]
    assert 'de samenwerkingsvorm "organisatienetwerk" (line 33)\', but it does not hold' in english
    assert "(regel " not in english
    assert "fails: unknown level 'hooog' (possible: laag, gemiddeld, hoog)" in english  # a step's own check
    assert '      ROLE-one-person-holds-most says: "One person holds 5 of the five roles.' in english


def test_a_scenario_that_checks_nothing_or_lacks_its_judging_step_is_told_so(scenario_report: str) -> None:
    """A scenario without a Dan step passed; one without its Als step showed pytest's FixtureLookupError; a step on
    the finding of a rule that gives none held ("niet") or contradicted its explanation; a misspelt question got
    no suggestion (a rule owner's trial)."""
    assert "c.feature:4: scenario 'Zonder Dan': controleert niets: het heeft geen Dan-stap" in scenario_report
    assert "dit scenario mist de stap 'Als de adviseur de casus beoordeelt'" in scenario_report
    assert "FixtureLookupError" not in scenario_report
    assert "regel 'GOV-trust-high' geeft geen bevinding: ze besluit mee over governancevorm" in scenario_report
    assert "bedoelde je 'Zit het netwerk vast?'?" in scenario_report
    # an answer a step does not take, in the reader's language alone (it was Dutch and English on one line)
    assert "'misschien' is geen mogelijk antwoord (mogelijk: ja, nee, weet niet)" in scenario_report
    assert "'misschien' is not a possible answer" not in scenario_report


def test_a_scenario_whose_steps_were_swallowed_is_not_passed(scenario_report: str) -> None:
    assert "b.feature:11: scenario 'Engelse sleutelwoorden': slechts 0 van 0 stappen uitgevoerd" in scenario_report


STEPS_OF_THEIR_OWN = """
from pytest_bdd import given, parsers, then, when

from netadvisor import Advisor


@given(parsers.parse('een casus "{title}"'), target_fixture="casus")
def a_case(title):
    return {"title": title}


@when("de adviseur de casus beoordeelt", target_fixture="advies")
def judges(casus):
    return Advisor().advise(casus)  # the packaged rules, whatever rules are under test


@then("is er advies")
def there_is_advice(advies):
    assert advies.findings is not None
"""


@pytest.mark.slow
def test_scenarios_that_advise_with_other_rules_than_those_under_test_are_caught(tmp_path: Path) -> None:
    rules = _copy(RULES, tmp_path / "rules")
    _replace(rules / "governance.yaml", "    value: 7\n", "    value: 8\n")
    (tmp_path / "eigen_stappen.py").write_text(STEPS_OF_THEIR_OWN, encoding="utf-8")
    (tmp_path / "features").mkdir()
    (tmp_path / "features" / "x.feature").write_text(
        '# language: nl\nFunctionaliteit: x\n\n  Scenario: y\n    Gegeven een casus "z"\n'
        "    Als de adviseur de casus beoordeelt\n    Dan is er advies\n",
        encoding="utf-8",
    )
    version = Advisor.from_path(rules).rulebase.version
    section = check_scenarios(tmp_path / "features", tmp_path / "eigen_stappen.py", rules, version)
    assert len(section.failures) == 1
    assert "gebruikte andere regels" in section.failures[0].text.nl


def test_a_broken_step_file_is_said_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "kapotte_stappen.py").write_text("def (:\n", encoding="utf-8")
    (tmp_path / "features").mkdir()
    section = check_scenarios(tmp_path / "features", tmp_path / "kapotte_stappen.py", RULES, "x")
    (failure,) = section.failures
    assert failure.text.nl.startswith("de scenario's konden niet draaien: ")
    assert "SyntaxError" in failure.text.nl
    assert "\n" not in failure.text.nl


# --------------------------------------------------------------------------- the command


@pytest.mark.slow
def test_netadvisor_test_on_the_frozen_rules_is_all_green(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    # the frozen rules with the scenarios and cases frozen with them: a policy edit cannot fail this code test
    code, out, err = run(
        "test", "tests/rules", "--cases", "tests/cases", "--features", "tests/features", "--steps", "tests/steps_nl.py"
    )
    assert code == EXIT_OK, out
    assert err == ""
    # everything netadvisor test holds against something passed; the quotations it says it leaves to make regeltest
    # (not as "Niet getest", which a policy officer read just before make regeltest tested them)
    assert out.endswith(
        "In orde: elk voorbeeld, elke casus en elk scenario geeft wat het verwacht. "
        "Niet door netadvisor test: citaten uit de gids (dat doet make regeltest hierna).\n"
    )
    assert "Niet getest" not in out
    assert "Voorbeelden van de regels: " in out
    assert "Voorbeeldcasussen (tests/cases): " in out
    # each expectation counts, and the line says so: "112 van 112 in orde" read as 112 cases where there were 14
    cases = len([path for path in (ROOT / "tests" / "cases").iterdir() if path.suffix in (".yaml", ".yml")])
    assert re.search(
        rf"Voorbeeldcasussen \(tests/cases\): (\d+) van \1 in orde \(de verwachtingen van {cases} casussen\)", out
    )


def test_a_pass_without_cases_or_scenarios_says_they_were_not_tested(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # as from an installed wheel: neither here nor beside the rules is there an examples/ or features/ folder
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("netadvisor.advisor.packaged_rules_path", lambda: tmp_path / "site" / "_packaged_rules")
    report = run_rule_tests(RULES)
    out = report.format("nl")
    assert report.ok
    assert "Voorbeeldcasussen: niet getest: geen map examples/ gevonden" in out
    assert "Scenario's: niet getest: geen map features/ gevonden" in out
    assert out.endswith(
        "In orde wat getest is. Niet getest: voorbeeldcasussen, scenario's. "
        "Niet door netadvisor test: citaten uit de gids (dat doet make regeltest hierna).\n"
    )
    assert "elke casus en elk scenario" not in out
    assert report.format("en").endswith(
        "What was tested is OK. Not tested: example cases, scenarios. "
        "Not by netadvisor test: quotations of the guide (make regeltest does that next).\n"
    )


def test_netadvisor_test_exits_7_on_a_failure_and_3_on_broken_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = _copy(RULES, tmp_path / "rules")
    _replace(rules / "governance.yaml", "    value: 7\n", "    value: 20\n")
    (tmp_path / "features").mkdir()
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(
        "test", "rules", "--cases", str(EXAMPLES), "--features", "features", "--steps", str(STEPS), "--lang", "en"
    )
    assert code == EXIT_TESTS
    assert "rules/governance.yaml:106: GOV-partners-more-lead: example 1 under fires does not make the rule fire" in out
    assert out.endswith(
        "Not OK: 4 failure(s). Change the rule, or the example, case or scenario if the new outcome "
        "is the intended one.\n"
    )
    _replace(rules / "governance.yaml", "{fact: governance.trust, is: high}", "{fact: governance.trsut, is: high}")
    code, out, err = run("test", "rules")
    assert code == EXIT_RULES
    assert out == ""
    assert "[unknown-fact]" in err
    assert "Traceback" not in err


def test_the_report_names_the_rules_it_tested() -> None:
    report = run_rule_tests(RULES, features=ROOT / "geen-map", cases=EXAMPLES, steps=STEPS)
    assert report.rules.endswith("tests/rules")
    assert report.rule_count > 100
    assert [section.title.nl.split(" (")[0] for section in report.sections] == [
        "Voorbeelden van de regels",
        "Voorbeeldcasussen",
        "Scenario's",
        "Citaten uit de gids",  # not held against the guide here, and said so (make regeltest does)
    ]
    assert report.sections[3].not_run is not None
    assert report.sections[2].failures[0].text.nl == "deze map bestaat niet"


def test_an_example_case_longer_than_its_page_fails_with_the_findings_to_shorten(tmp_path: Path) -> None:
    """'hoogstens_regels' is checked by netadvisor test itself, so that a longer message shows up in the officer's
    command, in Dutch, and not first as an English failure of make test."""
    from netadvisor.ruletests import check_example_cases

    source = sorted((ROOT / "tests" / "cases").glob("*.yaml"))
    assert source, "no frozen cases found"
    text = source[0].read_text(encoding="utf-8")
    assert "verwacht:" in text
    (tmp_path / "kort.yaml").write_text(
        text.replace("verwacht:\n", "verwacht:\n  hoogstens_regels: 3\n", 1), encoding="utf-8"
    )
    (tmp_path / "lang.yaml").write_text(
        text.replace("verwacht:\n", "verwacht:\n  hoogstens_regels: 500\n", 1), encoding="utf-8"
    )
    section = check_example_cases(Advisor.from_path(ROOT / "tests" / "rules"), tmp_path)
    failures = [failure.text.nl for failure in section.failures]
    assert len(failures) == 1, failures
    assert failures[0].startswith("het rapport (netadvisor advise "), failures[0]
    assert "kort.yaml) telt " in failures[0]
    assert "verwacht hoogstens 3: maak een boodschap korter (wat elke bevinding inneemt: " in failures[0]
    # advice that came out otherwise after a threshold was changed made a rule-editing trial's report longer, told
    # only to shorten a message: diff --all says what changed for the case
    assert failures[0].endswith("(netadvisor diff --all zegt wat er voor deze casus veranderde)"), failures[0]
    # each finding by the lines it takes, most first: a new rule's finding, which pushed the report over, is named
    # too (only the longest messages were, of the old rules: a rule-editing trial)
    taken = re.findall(r"([A-Z][\w-]+) (\d+) regels?", failures[0])
    advice = Advisor.from_path(ROOT / "tests" / "rules").advise(load_case_file(tmp_path / "kort.yaml"), lang="nl")
    shown = {finding.rule_id for finding in advice.findings}
    assert taken
    assert {rule_id for rule_id, _lines in taken} <= shown
    lines = [int(count) for _rule_id, count in taken]
    assert lines == sorted(lines, reverse=True)
    assert all(count > 0 for count in lines)
    # and what the open questions take: a new rule that does not fire can bring its question among the first seven
    # (a rule-editing trial was told only of findings, none its own)
    from netadvisor import advice_text

    report = advice_text(advice, load_case_file(tmp_path / "kort.yaml")).splitlines()
    start = next(number for number, line in enumerate(report) if line.startswith("Open vragen"))
    end = report.index("", start)
    assert (
        f"; de open vragen nemen {end - start} regels in, ook een vraag die een nieuwe regel bij de eerste zeven"
        in (failures[0])
    )


def test_a_misspelt_keyword_is_said_at_its_place_and_no_scenario_is_said_to_pass(tmp_path: Path) -> None:
    """ "Gegeeven" made its line part of the text above; pytest-bdd then stopped every scenario with a message
    without line, and the report said "niets te testen" with that message under the steps file."""
    (tmp_path / "features").mkdir()
    (tmp_path / "features" / "x.feature").write_text(
        '# language: nl\nFunctionaliteit: x\n\n  Scenario: y\n    Gegeeven een casus "z"\n'
        '    En de ratio van de samenwerking is "effectiviteit"\n    Als de adviseur de casus beoordeelt\n'
        "    Dan is er advies\n",
        encoding="utf-8",
    )
    section = check_scenarios(tmp_path / "features", STEPS, RULES, "x")
    (failure,) = section.failures
    # (at its own line, with the word meant: the reader's complaint came a line later, at the "En" it then read as
    # the first step)
    assert (failure.file.endswith("x.feature"), failure.line) == (True, 5)
    assert failure.text.nl.startswith("'Gegeeven' is geen stapwoord: bedoelde je 'Gegeven'?")
    assert "geen enkel scenario" in failure.details[-1].nl
    assert not section.ok
    assert "niet uitgevoerd" in section.format("nl")


def test_scenarios_without_pytest_bdd_are_not_tested_not_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without pytest-bdd the run said "pytest-bdd ontbreekt / pytest-bdd is missing" (both languages in one) and
    "Niet in orde: 1 fout(en). Pas de regel aan …", where a missing features/ folder gives "niet getest": a
    program that is not installed is no mistake in the rules."""
    folder = tmp_path / "features"
    folder.mkdir()
    (folder / "een.feature").write_text(FEATURES[next(iter(FEATURES))], encoding="utf-8")
    monkeypatch.setitem(sys.modules, "pytest_bdd.steps", None)  # importing it now fails, as when not installed
    section = check_scenarios(folder, STEPS, RULES, Advisor.from_path(RULES).rulebase.version)
    assert section.ok
    assert section.not_run is not None
    assert section.format("nl").endswith(
        "niet getest: pytest-bdd, dat de scenario's uitvoert, is hier niet geïnstalleerd (pip install 'netadvisor[test]')"
    )
    assert "is missing" not in section.format("nl")
    assert section.format("en").endswith(
        "not tested: pytest-bdd, which runs the scenarios, is not installed here (pip install 'netadvisor[test]')"
    )


def test_the_whole_rule_test_without_pytest_bdd_says_not_tested_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Installed from the wheel without its test extras, ``netadvisor test`` in a folder with features/ ended in a
    traceback (no module named 'gherkin', from the check of scenario headings): every part says "niet getest"
    instead, as rules/README.md promises."""
    from netadvisor.scenariotests import _dutch_gherkin

    folder = tmp_path / "features"
    folder.mkdir()
    (folder / "een.feature").write_text(FEATURES[next(iter(FEATURES))], encoding="utf-8")
    for module in ("gherkin", "gherkin.dialect", "pytest_bdd", "pytest_bdd.steps", "pytest_bdd.parser"):
        monkeypatch.setitem(sys.modules, module, None)  # importing it now fails, as when not installed
    _dutch_gherkin.cache_clear()
    try:
        code, out, err = run("test", str(RULES), "--features", str(folder), "--steps", str(STEPS))
    finally:
        _dutch_gherkin.cache_clear()
    assert "Traceback" not in out + err
    assert "niet getest: pytest-bdd, dat de scenario's uitvoert, is hier niet geïnstalleerd" in out
    assert code in (EXIT_OK, EXIT_TESTS), out + err  # (the frozen rules beside the packaged examples: not all agree)


def test_a_count_known_within_bounds_reads_as_the_advice_says_it() -> None:
    """A policy officer's failing example said "pointing_complex 3, 5 is minstens …": the bounds of a count as a
    Python list. They read as the advice says them: "0 tot 2"."""
    rulebase = load_rules(RULES)
    criteria = {"recipe": "simple", "replicability": "simple", "expertise": "simple", "uniqueness": "simple"}
    said = why_not(Advisor(rulebase), {"challenge": {"criteria": criteria}}, rulebase.rule("TYPE-complex"))
    assert "challenge.criteria.pointing_complex 0 tot 2 is niet minstens typering_min_criteria (4)" in said.nl
    assert "challenge.criteria.pointing_complex 0 to 2 is not at least typering_min_criteria (4)" in said.en
    # bounds on both sides of the threshold: not "is niet gekend (weet niet)", which a policy officer who had
    # raised the threshold read as missing data in the example
    three = {"recipe": "complex", "replicability": "complex", "expertise": "complex"}
    said = why_not(Advisor(rulebase), {"challenge": {"criteria": three}}, rulebase.rule("TYPE-complex"))
    assert said.nl == (
        "challenge.criteria.pointing_complex is 3 tot 6: of dat minstens typering_min_criteria (4) is, hangt af van "
        "wat nog onbekend is"
    )
    assert "is 3 to 6: whether that is at least typering_min_criteria (4) depends on what is still unknown" in said.en


def test_what_came_out_says_a_value_an_unknown_can_still_change_is_provisional() -> None:
    """ "kwam uit: type uitdaging complex" under a scenario that expected it open read as a settled type."""
    advice = Advisor(load_rules(RULES)).advise({"state": {"form": "learning_network"}})
    assert advice.conclusions["collaboration_form"].certainty == "provisional"
    assert "samenwerkingsvorm voorlopig lerend netwerk" in advice_summary(advice).nl
    assert "form of collaboration provisionally learning network" in advice_summary(advice).en.lower()


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            'Functionaliteit: x\n\n  Scenario: y\n    Gegeven een casus "z"\n',
            "de eerste regel moet '# language: nl' zijn",
        ),
        (
            (
                '# language: nl\nFunctionaliteit: x\n\n  Abstract Scenario: y\n    Gegeven een casus "<z>"\n\n'
                "    Voorbeelden:\n      | z |\n      | a | b |\n"
            ),
            "deze rij van de tabel heeft meer of minder cellen dan de eerste",
        ),
        (
            (
                '# language: nl\nFunctionaliteit: x\n\n  Scenario: a\n    Gegeven een casus "z"\n\n  Scenario b\n'
                '    Gegeven een casus "z"\n'
            ),
            "de lezer verwacht hier iets anders: controleer het sleutelwoord en zijn dubbelpunt",
        ),
    ],
    ids=["no language line", "a table row with another count of cells", "a keyword without its colon"],
)
def test_a_scenario_file_the_reader_cannot_read_is_said_so_in_dutch(tmp_path: Path, text: str, said: str) -> None:
    """A policy officer's new feature file without '# language: nl' got "Unexpected token found. Check Gherkin
    syntax near the reported error.", a table row without its last | "inconsistent cell count within the
    table": the reader's English."""
    report = _scenario_report(tmp_path, text)
    assert f"dit scenariobestand is niet te lezen: {said}" in report, report
    assert "Unexpected token" not in report
    assert "cell count" not in report


def test_a_severity_written_as_the_rule_file_writes_it_is_told_the_dutch_word(tmp_path: Path) -> None:
    """ "een warning" in a scenario got "onbekend ernst 'warning'", with no hint, while the rule file writes
    'warning' (a policy officer's trial)."""
    report = _scenario_report(
        tmp_path,
        '# language: nl\nFunctionaliteit: x\n\n  Scenario: y\n    Gegeven een casus "z"\n'
        '    En de ratio van de samenwerking is "kennis"\n    Als de adviseur de casus beoordeelt\n'
        '    Dan is de bevinding "FORM-learning-network" een warning uit hoofdstuk 5\n',
    )
    assert "onbekende ernst 'warning' (mogelijk: waarschuwing, advies, info); bedoelde je 'waarschuwing'?" in report


def test_a_failing_step_that_names_several_values_says_what_came_out_once(tmp_path: Path) -> None:
    """ "nog open tussen A, B en C" that fails explained each value it names under the same "Governancevorm: nog
    niet te bepalen" and support: a rule-editing trial read the block twice, with other "vuurt niet" lines, as
    two failures. Each line once, the reasons of every value it names."""
    report = _scenario_report(
        tmp_path,
        "# language: nl\nFunctionaliteit: x\n\n  Scenario: y\n"
        '    Gegeven een casus "z"\n'
        '    En de ratio van de samenwerking is "effectiviteit"\n'
        '    En de doelconsensus is "laag"\n'
        '    En de nood aan netwerkcompetenties is "hoog"\n'
        "    En het netwerk telt 15 organisaties\n"
        "    Als de adviseur de casus beoordeelt\n"
        '    Dan is de governancevorm nog open tussen "zelfregulerend netwerk", "leiderorganisatienetwerk" en '
        '"geen duidelijke vorm"\n',
    )
    assert ": 0 van 1 in orde" in report, report
    assert report.count("      Governancevorm: nog niet te bepalen\n") == 1, report
    assert report.count("      steun: ") == 1, report
    assert "GOV-trust-high vuurt niet" in report  # (why not self-governing)
    assert "GOV-competencies-low vuurt niet" in report


def test_a_finding_step_whose_words_differ_by_a_capital_says_so(tmp_path: Path) -> None:
    """After a message was reworded, "een deel van de gekende factoren" failed beside "Een deel van …", and a rule
    owner compared the two sentences letter by letter to find the capital (a rule-editing trial)."""
    report = _scenario_report(
        tmp_path,
        '# language: nl\nFunctionaliteit: x\n\n  Scenario: y\n    Gegeven een casus "z"\n'
        '    En de ratio van de samenwerking is "kennis"\n    Als de adviseur de casus beoordeelt\n'
        '    Dan zegt de bevinding "FORM-learning-network" "de ratio is meer kennis"\n',
    )
    assert "(alleen een hoofdletter verschilt)" in report, report


def test_an_undefined_step_is_offered_the_sentence_that_says_the_same_before_the_one_that_says_the_opposite(
    tmp_path: Path,
) -> None:
    """'Dan geeft de adviseur het advies "…"' was offered "Dan geeft de adviseur niet de bevinding" first: a
    rule-editing trial who took the first suggestion would have written the opposite check."""
    report = _scenario_report(
        tmp_path,
        '# language: nl\nFunctionaliteit: x\n\n  Scenario: y\n    Gegeven een casus "z"\n'
        '    En de ratio van de samenwerking is "kennis"\n    Als de adviseur de casus beoordeelt\n'
        '    Dan geeft de adviseur het advies "FORM-learning-network"\n'
        '    En geeft de adviseur het advies "FORM-stated-differs-shared-service-centre"\n',
    )
    # (also for a long rule id, which outweighed the words: only the negated sentence was offered)
    blocks = report.split("geen zin uit de lijst")[1:]
    assert len(blocks) == 2, report
    for block in blocks:
        first = next(said.strip() for said in block.splitlines() if said.strip().startswith("bedoelde je: "))
        assert " niet " not in first, block
    offered = [line.strip() for line in report.splitlines() if line.strip().startswith("bedoelde je: ")]
    assert offered, report
    assert offered[0] == 'bedoelde je: Dan geeft de adviseur de bevinding "<regel-id>"', offered
    negated = [number for number, line in enumerate(offered) if " niet " in line]
    assert all(number > 0 for number in negated), offered


@pytest.mark.parametrize(
    ("step", "said"),
    [
        ("And de adviseur de casus beoordeelt", "'And' is geen stapwoord: bedoelde je 'En'?"),
        ("When de adviseur de casus beoordeelt", "'When' is geen stapwoord: bedoelde je 'Als'?"),
        ("Enn de adviseur de casus beoordeelt", "'Enn' is geen stapwoord: bedoelde je 'En'?"),
        ("Dus de adviseur beoordeelt de casus", "'Dus' is geen stapwoord: een stap begint met Gegeven, Als, Dan"),
    ],
)
def test_a_step_without_a_dutch_step_word_is_named_with_the_word_meant(tmp_path: Path, step: str, said: str) -> None:
    """An English "And" among Dutch steps got the Gherkin reader's own English, "Step definition outside of a
    Scenario or a Background", and "Enn" no more than "check the keyword" (a rule-editing trial). Said at its line,
    with the Dutch step word meant; a scenario's description is left alone."""
    report = _scenario_report(
        tmp_path,
        "# language: nl\nFunctionaliteit: x\n\n  Scenario: y\n    Zo beschrijven we het scenario.\n"
        f'    Gegeven een casus "z"\n    {step}\n'
        '    Dan geeft de adviseur de bevinding "FORM-learning-network"\n',
    )
    assert f"f.feature:7: {said}" in report, report
    assert "Step definition" not in report, report
    assert "Zo beschrijven" not in report, report


def test_a_file_the_reader_cannot_read_leaves_the_scenarios_of_the_other_files_running(tmp_path: Path) -> None:
    """One feature file with an "And" among its steps stopped all 176 scenarios of the other ten files: their
    outcomes stayed hidden until that file was mended (a rule-editing trial). That file is said, and left out; the
    others run, and the count says what it leaves out."""
    good = (
        '# language: nl\nFunctionaliteit: x\n\n  Scenario: y\n    Gegeven een casus "z"\n'
        '    En de ratio van de samenwerking is "kennis"\n'
        '    Als de adviseur de casus beoordeelt\n    Dan geeft de adviseur de bevinding "FORM-learning-network"\n'
    )
    (tmp_path / "a.feature").write_text(good, encoding="utf-8")
    (tmp_path / "b.feature").write_text(good.replace("    Als de", "    And de"), encoding="utf-8")
    section = check_scenarios(tmp_path, STEPS, RULES, Advisor.from_path(RULES).rulebase.version)
    report = section.format("nl")
    assert report.splitlines()[0].endswith(
        ": 1 van 1 in orde (zonder de scenario's van 1 bestand met een fout hieronder)"
    ), report
    (failure,) = section.failures
    assert (failure.file.endswith("b.feature"), failure.line) == (True, 7)
    assert (
        failure.details[-1].nl
        == "daarom zijn de scenario's van dit bestand niet uitgevoerd (die van de andere bestanden wel)"
    )
    assert not section.ok


def test_a_misspelt_keyword_above_steps_is_named_with_the_keyword_meant(tmp_path: Path) -> None:
    """'Scenaro:' made its line and its steps text to the reader: the scenario was not run, and a rule-editing
    trial was told only that the reader expected something else. A word like a keyword, with steps or a table under
    it, is named, with the keyword meant; one in a description ("Regels: …") is left alone."""
    report = _scenario_report(
        tmp_path,
        "# language: nl\nFunctionaliteit: x\n  Regels: zo lezen we de regels.\n\n"
        '  Scenario: een goede\n    Gegeven een casus "z"\n    Als de adviseur de casus beoordeelt\n'
        '    Dan geeft de adviseur de bevinding "FORM-learning-network"\n\n  Scenaro: y\n'
        '    Gegeven een casus "z"\n    Als de adviseur de casus beoordeelt\n'
        '    Dan geeft de adviseur de bevinding "FORM-learning-network"\n',
    )
    assert "'Scenaro:' is geen sleutelwoord: bedoelde je 'Scenario:'?" in report, report
    assert "'Regels:'" not in report, report
    assert "niet te lezen" not in report, report  # (said once, as the keyword: a tester was told twice)
