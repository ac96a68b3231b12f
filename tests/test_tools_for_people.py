"""Explanations, what-if, schemas and the pre-commit hook: the tools around the advice."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from conftest import EXAMPLES, ROOT, RULES
from netadvisor import Advisor, Text, load_case_file, what_if_text
from netadvisor.cli import EXIT_OK, EXIT_USAGE, main


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(args), stdout=out, stderr=err), out.getvalue(), err.getvalue()


def test_explain_a_rule_in_words() -> None:
    code, out, _ = run("explain", "GOV-trust-high", "--rules", str(RULES))
    assert code == EXIT_OK
    assert "Mate van onderling vertrouwen tussen de partners (governance.trust) is hoog" in out
    assert "steunt: de governancevorm is zelfregulerend netwerk (governance_mode)" in out
    assert "Provan & Kenis" in out
    code, out, _ = run("explain", "MAYOR-lookout-tower", "--rules", str(RULES))
    # a yes/no fact as the answer to its question: "Er is een burgemeestersoverleg … is ja" read as broken Dutch
    assert "het antwoord op ‘Is er een burgemeestersoverleg?’ (region.mayors_consultation) is ja" in out


def test_explain_a_fact_with_its_values_and_the_rules_that_use_it() -> None:
    code, out, _ = run("explain", "governance.trust", "--lang", "en", "--format", "json", "--rules", str(RULES))
    data = json.loads(out)
    assert code == EXIT_OK
    assert data["values"] == ["low", "moderate", "high"]
    assert "GOV-trust-high" in data["used_by"]
    assert data["question"].startswith("How much mutual trust")


PARTNER_RULES = """
rules:
  - id: P-only-local
    title: {nl: Alleen lokale besturen, en: Only local governments}
    section: ["4.1"]
    when: [{fact: partner_summary.only_local_governments, is: true}]
    then: {finding: {severity: info, message: {nl: Alleen lokale besturen., en: Only local governments.}}}
"""


def test_explain_a_partners_answer_and_the_partner_list(tmp_path: Path) -> None:
    """A question names a partner's answer ("partners[2].kind"); explain said it was no fact. The partner list
    is used by every rule that reads a partner's answer (the advice asks for it while it is empty), not by none."""
    rules = tmp_path / "rules.yaml"
    rules.write_text(PARTNER_RULES, encoding="utf-8")
    for subject in ("partners[2].kind", "partners[].kind"):
        code, out, _ = run("explain", subject, "--rules", str(rules))
        assert code == EXIT_OK
        assert out.splitlines()[:2] == [
            "partners[].kind: Soort organisatie.",
            "  vraag: Welke soort organisatie is deze partner?",
        ]
        assert "  gebruikt door: P-only-local" in out.splitlines()
    code, out, _ = run("explain", "partners", "--rules", str(rules))
    assert "  antwoorden: namen, gescheiden door komma's; weet niet" in out.splitlines()
    assert "  gebruikt door: P-only-local" in out.splitlines()
    code, out, _ = run("explain", "partners[0].willing_to_adapt", "--rules", str(rules), "--format", "json")
    assert json.loads(out)["used_by"] == []


TITLED_RULES = """
policy:
  min_steun: {value: 1, explanation: {nl: "Een drempel.", en: "A threshold."}}
decisions:
  governance_mode: {minimum_support: {policy: min_steun}}
rules:
  - id: GOV-a
    title: {nl: Hoog vertrouwen op het burgemeestersoverleg, en: High trust at the mayors' meeting}
    section: ["4.3"]
    when: [{fact: governance.trust, is: high}]
    then: {supports: {governance_mode: self_governing}}
  - id: GOV-b
    title: {nl: Laag vertrouwen op het burgemeestersoverleg, en: Low trust at the mayors' meeting}
    section: ["4.3"]
    when: [{fact: governance.trust, is: low}]
    then: {supports: {governance_mode: lead_organisation}}
"""


def test_explain_finds_a_rule_by_the_title_the_advice_shows(tmp_path: Path) -> None:
    """The advice names a rule by its title only: `explain "<title>"` said "geen regel, geen feit"; a part of a
    title only one rule has finds it too, and a part several have lists them, with the facts that speak of it."""
    rules = tmp_path / "rules.yaml"
    rules.write_text(TITLED_RULES, encoding="utf-8")
    code, out, _ = run("explain", "hoog VERTROUWEN op het burgemeestersoverleg", "--rules", str(rules))
    assert code == EXIT_OK
    assert out.startswith("GOV-a: Hoog vertrouwen op het burgemeestersoverleg\n")
    code, out, _ = run("explain", "Low trust", "--rules", str(rules))
    assert out.startswith("GOV-b: ")
    for copied in (
        "  ! Laag vertrouwen op het burgemeestersoverleg* (§4.3)",
        "**Laag vertrouwen op het burgemeestersoverleg**",
        "Laag vertrouwen op het burgemeestersoverleg (§4.3; volgens Provan & Kenis (2008))",
    ):
        code, out, _ = run("explain", copied, "--rules", str(rules))  # as copied from a report, marks and all
        assert out.startswith("GOV-b: "), copied
    # whole words: "de doelconsensus" once found "Gemiddelde doelconsensus"
    code, out, _ = run("explain", "aag vertrouwen op het burgemeestersoverleg", "--rules", str(rules))
    assert not out.startswith("GOV-b: ")
    code, out, _ = run("explain", "het vertrouwen", "--rules", str(rules))  # a fact's name with its article
    assert out.startswith("governance.trust: ")
    code, out, _ = run("explain", "op het burgemeestersoverleg", "--rules", str(rules))
    assert code == EXIT_OK  # a search, answered (rules/README shows it), not an error
    listed = out.splitlines()
    assert listed[0] == "'op het burgemeestersoverleg' is geen regel, feit of beleidswaarde; dit gaat erover:"
    assert "    GOV-a: Hoog vertrouwen op het burgemeestersoverleg" in listed
    assert "    GOV-b: Laag vertrouwen op het burgemeestersoverleg" in listed
    assert (
        "    region.talk_leads_to_action: Leidt wat op het burgemeestersoverleg besproken wordt tot actie op het "
        "terrein?" in listed
    )
    code, out, _ = run("explain", "op het burgemeestersoverleg", "--format", "json", "--rules", str(rules))
    assert {rule["rule_id"] for rule in json.loads(out)["rules"]} == {"GOV-a", "GOV-b"}
    # the name a yes/no question asks after names its fact: explained as the fact
    code, out, _ = run("explain", "burgemeestersoverleg", "--rules", str(rules))
    assert (code, out.split(":")[0]) == (EXIT_OK, "region.mayors_consultation")


def test_explain_a_conclusion_says_it_is_decided_and_by_which_rules(tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(TITLED_RULES, encoding="utf-8")
    for subject in ("governance_mode", "Governancevorm", "de governancevorm"):
        code, out, _ = run("explain", subject, "--rules", str(rules))
        assert code == EXIT_OK
        heading = (
            "governance_mode (de governancevorm): wat de regels uit de feiten besluiten, geen feit dat je invult. "
            "Per waarde de regels die ertoe leiden:"
        )
        assert out.splitlines()[:3] == [
            heading,
            "  zelfregulerend netwerk:",
            "    steunt: GOV-a: Hoog vertrouwen op het burgemeestersoverleg",
        ]


def test_explain_a_policy_value_a_decision_reads_says_so(tmp_path: Path) -> None:
    """`explain governance_min_steun` said "gebruikt door: geen enkele regel" of the value that decides the mode."""
    rules = tmp_path / "rules.yaml"
    rules.write_text(TITLED_RULES, encoding="utf-8")
    code, out, _ = run("explain", "min_steun", "--rules", str(rules))
    assert code == EXIT_OK
    assert "  gebruikt door: de keuze van de governancevorm (de steun die een waarde minstens nodig heeft)" in out


def test_explain_says_what_the_advice_means_by_no_value() -> None:
    """A policy officer asked `explain "geen duidelijke vorm"` and `explain "niet van toepassing"`: both named
    nothing. They describe the conclusion, ending with what no value means: netadvisor's threshold, and the
    condition its rules apply under."""
    for subject in ("geen duidelijke vorm", "Niet van toepassing.", "governancevorm", "no clear mode"):
        code, out, _ = run("explain", subject, "--rules", str(RULES))
        assert code == EXIT_OK, subject
        assert out.startswith("governance_mode (de governancevorm): "), subject
        tail = " ".join(out.split("  zonder waarde:")[1].split())
        assert tail.startswith("Geen duidelijke vorm betekent hier: geen enkele vorm heeft de steun van minstens ")
        assert "(de drempel van netadvisor, niet van de gids). Die drempel is de beleidswaarde " in tail
        assert tail.endswith(
            "Governancevorm: niet van toepassing; die vraag stelt zich enkel als dit een organisatienetwerk is."
        )
    code, out, _ = run("explain", "geen duidelijk type (geen type met genoeg criteria)", "--rules", str(RULES))
    said = " ".join(out.split())
    assert "Geen duidelijk type betekent hier: geen enkel type heeft minstens 4 van de 6 criteria" in said
    assert "Die drempel is de beleidswaarde typering_min_criteria in de regels." in said
    code, out, _ = run("explain", "geen vorm", "--rules", str(RULES), "--format", "json")
    assert json.loads(out)["without_value"] == []  # (the form has no threshold of netadvisor's)


def test_explain_something_unknown_suggests_what_was_meant() -> None:
    code, _, err = run("explain", "GOV-trust-hgh", "--rules", str(RULES))
    assert code == EXIT_USAGE
    assert "GOV-trust-high" in err


def test_what_if_shows_what_changes() -> None:
    advisor = Advisor.from_path(RULES)
    result = advisor.what_if(
        load_case_file(EXAMPLES / "governance-nao.yaml"),
        {"governance.trust": "high", "governance.goal_consensus": "high", "governance.network_competency_need": "low"},
    )
    assert [(c.conclusion, c.before, c.after) for c in result.conclusions_changed] == [
        ("governance_mode", "network_administrative_organisation", "self_governing"),
        ("governance_mode_current", "fits", "differs"),
    ]
    assert "GOV-advice-self-governing" in result.findings_added
    assert "GOV-advice-nao" in result.findings_removed


def test_a_what_if_to_dont_know_gives_the_advice_advise_gives_the_changed_case() -> None:
    """A tool builder's what_if to "weet niet" gave another advice than advise() of the case so changed: the fact
    was read as unanswered, not as answered "weet niet" (its question's flag, and a question waiting for it,
    differed); and one already "weet niet" changed where the report said it stayed."""
    from helpers import CONSENSUS_RULES, rules_from_text

    advisor = Advisor(rules_from_text(CONSENSUS_RULES))
    case = {"goal": {"has_common_goal": "ja"}, "governance": {"trust": "weet niet", "goal_consensus": "hoog"}}
    changed = advisor.what_if(case, {"governance.goal_consensus": "weet niet"})
    assert changed.after == advisor.advise(
        {**case, "governance": {"trust": "weet niet", "goal_consensus": "weet niet"}}
    )
    stays = advisor.what_if(case, {"governance.trust": "weet niet"})
    assert stays.unchanged == ["governance.trust"]
    assert stays.after == stays.before
    unanswered = advisor.what_if(case, {"governance.goal_consensus": None})  # (None leaves it unanswered)
    assert unanswered.after == advisor.advise({**case, "governance": {"trust": "weet niet"}})


def test_what_if_data_lists_a_conclusion_that_only_comes_to_be_settled() -> None:
    """A tool builder read one conclusion changed where the report showed two: the governance mode went from
    open to "niet van toepassing" (no value before, none after) and was not in conclusions_changed."""
    from netadvisor.render import what_if_text

    result = Advisor.from_path(RULES).what_if({}, {"challenge.rationale": "knowledge"})
    changed = {c.conclusion: c for c in result.conclusions_changed}
    mode = changed["governance_mode"]
    assert (mode.before, mode.after) == (None, None)
    assert (mode.before_certainty, mode.after_certainty) == (
        result.before.conclusions["governance_mode"].certainty,
        "settled",
    )
    assert mode.before_certainty != "settled"
    text = what_if_text(result, "nl")
    for name in ("Type uitdaging", "Samenwerkingsvorm", "Governancevorm"):  # the report and the data agree
        shown = f"nu:  {name}:" in _changed_part(text)
        assert shown == any(
            result.before.conclusions[c].sentence.startswith(name) for c in changed if c in result.before.conclusions
        ), name


def _changed_part(text: str) -> str:
    """The part of a what-if report that shows the conclusions that change (before what it says of those that only
    read otherwise, under a line of its own)."""
    for heading in ("  anders gezegd, zonder dat het besluit verandert:", "  geen besluit verandert van waarde"):
        text = text.split(heading)[0]
    return text


def test_what_if_data_and_report_name_the_same_changes() -> None:
    """A tool builder's program read conclusions_changed and said "nothing changes" in 1,058 of 1,337 what-ifs
    where the report showed a conclusion changing (outcomes narrowed, or what no value means); and a finding
    that came to hold only on a condition was only in findings_removed. Over generated cases and answers, the
    report shows exactly the fixed conclusions the data lists, and the lists are complete."""
    import random

    from casegen import random_case
    from netadvisor import FIXED_CONCLUSIONS
    from netadvisor.render import what_if_text

    advisor = Advisor.from_path(RULES)
    rng = random.Random(3)
    tried = {"governance.goal_consensus": "high", "challenge.rationale": "knowledge", "governance.trust": "low"}
    narrowed = 0
    for _ in range(25):
        case = random_case(rng)
        for path, value in tried.items():
            result = advisor.what_if(case, {path: value})
            shown = sum(
                1 for line in _changed_part(what_if_text(result, "nl")).splitlines() if line.startswith("  nu:  ")
            )
            fixed = [c for c in result.conclusions_changed if c.conclusion in FIXED_CONCLUSIONS]
            assert shown == len(fixed)
            for change in fixed:
                if change.before == change.after and change.before_certainty == change.after_certainty:
                    narrowed += 1
                    assert change.before_outcomes != change.after_outcomes
            before = {f.rule_id for f in result.before.conditional_findings}
            after = {f.rule_id for f in result.after.conditional_findings}
            assert set(result.conditional_findings_added) == after - before
            assert set(result.conditional_findings_removed) == before - after
    assert narrowed  # (the cases reach what the data once left out)


def test_what_if_in_python_takes_a_fact_by_its_name_as_the_command_line_does() -> None:
    """`--set vertrouwen=hoog` worked and advisor.what_if(case, {"vertrouwen": ...}) raised KeyError."""
    advisor = Advisor.from_path(RULES)
    result = advisor.what_if({}, {"vertrouwen": "high", "burgemeestersoverleg": False})
    assert result.changes == {"governance.trust": "high", "region.mayors_consultation": False}
    with pytest.raises(KeyError, match=r"did you mean 'governance\.trust'"):
        advisor.what_if({}, {"governance.trsut": "high"})


def test_what_if_in_python_takes_every_question_the_advice_asks_and_says_values_as_the_case_reads_them() -> None:
    """A tool builder's loop answered the top question through what-if: a partner's answer was refused although
    the advice asks it, and ``changes`` kept "kennis" where ``Choice.value`` is "knowledge"."""
    advisor = Advisor.from_path(RULES)
    case = {"partners": [{"name": "Gent"}, {"name": "Mol"}], "challenge": {"rationale": "kennis"}}
    result = advisor.what_if(case, {"partners[1].willing_to_adapt": "ja", "ratio": "effectiviteit"})
    assert result.changes == {"partners[1].willing_to_adapt": True, "challenge.rationale": "effectiveness"}
    assert result.after.conclusions["collaboration_form"].value == "organisation_network"
    assert "het antwoord op ‘Is deze partner bereid de eigen werking aan te passen? (Mol)’ wordt 'ja'" in what_if_text(
        result, "nl"
    )
    # an answer the case gives has no question to name the partner: by the case's list (a policy officer read
    # "(partners[0])")
    answered = {"partners": [{"name": "Gent", "willing_to_adapt": False}, {"name": "Mol"}]}
    again = advisor.what_if(answered, {"partners[0].willing_to_adapt": "ja"})
    assert again.partners == ["Gent", "Mol"]
    assert "het antwoord op ‘Is deze partner bereid de eigen werking aan te passen? (Gent)’ wordt 'ja'" in what_if_text(
        again, "nl"
    )
    listed = advisor.what_if({}, {"partners": ["Gent", "Mol", "Geel"]})
    assert listed.changes == {"partners": ["Gent", "Mol", "Geel"]}
    assert listed.after.conclusions  # (the case with three partners was advised)
    same = advisor.what_if(case, {"challenge.rationale": "knowledge"})
    assert same.unchanged == ["challenge.rationale"]
    with pytest.raises(KeyError, match="the case lists 2 partner"):
        advisor.what_if(case, {"partners[2].kind": "municipality"})


def test_what_if_from_the_command_line_reads_dutch_answers() -> None:
    code, out, _ = run(
        "what-if",
        str(EXAMPLES / "governance-zelfregulerend.yaml"),
        "--set",
        "challenge.rationale=efficiëntie",
        "--rules",
        str(RULES),
    )
    assert code == EXIT_OK
    assert "de ratio wordt 'efficiëntie'" in out  # the fact by its name, the answer by its label: no paths, no codes
    assert (
        "nu:  Samenwerkingsvorm: organisatienetwerk. Dat staat vast.\n  dan: Samenwerkingsvorm: shared service centre."
        in out
    )
    assert "dan: Governancevorm: niet van toepassing" in out
    assert "- Efficiëntie: een shared service centre (§5)" in out  # advice by its title, not its rule id


def test_what_if_says_when_only_the_certainty_changes() -> None:
    """Trust high on a case with a tie: the mode goes from open to settled "no mode decided": a change."""
    case = {
        "challenge": {"rationale": "effectiveness"},
        "governance": {"partner_count": 9, "goal_consensus": "high", "network_competency_need": "moderate"},
    }
    from netadvisor.render import what_if_text

    text = what_if_text(Advisor.from_path(RULES).what_if(case, {"governance.trust": "high"}), "nl")
    assert "nu:  Governancevorm: nog open" in _changed_part(text)
    assert "dan: Governancevorm: geen duidelijke vorm" in _changed_part(text)
    # ("nu" and "dan", as for a conclusion that only reads otherwise: "voor" and "na" beside them read as two tools)
    assert "voor:" not in text
    assert "na:" not in text


def test_what_if_names_a_yes_no_fact_by_its_question_not_a_statement_it_denies() -> None:
    """ "Er is een gemeenschappelijke doelstelling wordt 'nee'" read as if there were one; a fact without a short
    name is now named by its question."""
    from netadvisor.facts import spec_of
    from netadvisor.render import what_if_text

    result = Advisor.from_path(RULES).what_if({"goal": {"has_common_goal": True}}, {"goal.has_common_goal": False})
    question = spec_of("goal.has_common_goal").question("nl")
    assert what_if_text(result, "nl").startswith(f"Wijzigingen: het antwoord op ‘{question}’ wordt 'nee'\n")


def test_what_if_refuses_one_fact_set_to_two_values(tmp_path: Path) -> None:
    """`--set governance.trust=hoog --set vertrouwen=laag` used the last one without a word (a policy officer)."""
    case = tmp_path / "casus.yaml"
    case.write_text("title: x\n", encoding="utf-8")
    both = ("--set", "governance.trust=hoog", "--set", "vertrouwen=laag", "--rules", str(RULES))
    code, out, err = run("what-if", str(case), *both)
    assert (code, out) == (EXIT_USAGE, "")
    assert err == (
        "netadvisor: --set vertrouwen=laag: dat feit kreeg al een andere waarde met --set governance.trust=hoog; geef "
        "elk feit één waarde\n"
    )
    # a number in words is suggested in digits ("tien" had been suggested as it was, and refused then too)
    code, _out, err = run("what-if", str(case), "--set", "aantal=tien", *both[-2:])
    assert code == EXIT_USAGE
    assert 'bedoelde je --set "aantal organisaties=10"?' in err
    # the same value twice is one change
    code, out, _ = run("what-if", str(case), "--set", "governance.trust=hoog", "--set", "vertrouwen=hoog", *both[-2:])
    assert code == EXIT_OK
    assert out.startswith("Wijzigingen: vertrouwen wordt 'hoog'\n")


def test_what_if_set_with_words_finds_the_fact_or_says_a_conclusion_is_decided(tmp_path: Path) -> None:
    """`--set burgemeestersoverleg=nee` and `--set governancevorm=NAO` were only told to give a fact."""
    case = tmp_path / "casus.yaml"
    case.write_text("governance:\n  trust: high\n", encoding="utf-8")
    code, _out, err = run("what-if", str(case), "--set", "er is een burgemeestersoverleg=nee", "--rules", str(RULES))
    assert code == EXIT_USAGE
    assert "(bedoelde je --set region.mayors_consultation=nee?)" in err
    code, _out, err = run("what-if", str(case), "--set", "overleg=nee", "--rules", str(RULES))
    assert "netadvisor: --set overleg=nee: 'overleg' is geen feit dat je kan invullen\n" in err
    assert "    region.mayors_consultation: Is er een burgemeestersoverleg?" in err.splitlines()
    # by the name a yes/no question asks after, or by its question as pasted from the advice
    for written in ("burgemeestersoverleg", "Is er een burgemeestersoverleg?"):
        code, out, _err = run("what-if", str(case), "--set", f"{written}=nee", "--rules", str(RULES))
        assert code == EXIT_OK, written
        assert out.startswith("Wijzigingen: het antwoord op ‘Is er een burgemeestersoverleg?’ wordt 'nee'")
    code, _out, err = run("what-if", str(case), "--set", "Governancevorm=NAO", "--rules", str(RULES))
    assert code == EXIT_USAGE
    assert "de governancevorm is wat de regels uit de feiten besluiten, geen feit dat je invult" in err
    assert "`netadvisor what-if CASUS --for governance_mode`" in err
    # the form a case says it has is a fact (state.form): set by its name, what-if says what that changes
    code, out, err = run("what-if", str(case), "--set", "Samenwerkingsvorm=lerend netwerk", "--rules", str(RULES))
    assert code == EXIT_OK
    # (named as the form the case chose: "de samenwerkingsvorm" is the conclusion, which may stay another; and
    # said so, a policy officer's --set changed no conclusion without a word)
    assert out.startswith("Wijzigingen: de gekozen vorm wordt 'lerend netwerk'")
    assert "is ook de naam van een besluit (de samenwerkingsvorm)" in err
    assert "--set zet het feit de gekozen vorm (state.form)" in err


def test_what_if_says_a_fact_set_as_the_case_had_it_stays_as_it_was() -> None:
    """`--set governance.trust=hoog` on a case with high trust said "vertrouwen wordt 'hoog'", as if it changed."""
    from netadvisor.facts import spec_of
    from netadvisor.render import what_if_text

    case = {"governance": {"trust": "high"}, "goal": {"has_common_goal": False}}
    changes = {"governance.trust": "high", "governance.goal_consensus": "low", "goal.has_common_goal": False}
    result = Advisor.from_path(RULES).what_if(case, changes)
    assert result.unchanged == ["governance.trust", "goal.has_common_goal"]
    question = spec_of("goal.has_common_goal").question("nl")
    assert what_if_text(result, "nl").startswith(
        f"Wijzigingen: vertrouwen blijft 'hoog' (zo stond het al), doelconsensus wordt 'laag', "
        f"het antwoord op ‘{question}’ blijft 'nee' (zo stond het al)\n"
    )
    in_english = Advisor.from_path(RULES).what_if(case, changes, lang="en")
    assert what_if_text(in_english, "en").startswith("Changes: trust stays 'high' (as it already was), ")
    # the Dutch what-if in English would put English around Dutch sentences (a tool builder got that): refused
    with pytest.raises(ValueError, match="worked out in 'nl'"):
        what_if_text(result, "en")
    assert Advisor.from_path(RULES).what_if({}, {"governance.trust": None}).unchanged == ["governance.trust"]


def test_what_if_says_which_advice_on_a_condition_comes_and_goes() -> None:
    """With the form open, "nee" to a common goal brings a warning "als dit een organisatienetwerk is"; what-if
    said "Nieuw advies: -" as if nothing changed."""
    from netadvisor.render import what_if_text

    advisor = Advisor.from_path(RULES)
    result = advisor.what_if({}, {"goal.has_common_goal": False})
    assert result.findings_added == []
    assert "GOAL-no-common-goal" in result.conditional_findings_added
    text = what_if_text(result, "nl")
    assert "Nieuw in het advies, op een voorwaarde:\n" in text
    assert ": als dit een organisatienetwerk is" in text
    back = advisor.what_if({"goal": {"has_common_goal": False}}, {"goal.has_common_goal": True})
    assert "GOAL-no-common-goal" in back.conditional_findings_removed


def test_what_if_says_advice_on_a_condition_that_became_firm_as_new_and_stars_what_can_fall_away() -> None:
    """A policy officer set the rationale of a stuck network: what-if listed the advice that had been given "als
    dit een organisatienetwerk is" as new, and again under "Vervallen voorwaardelijk advies", which read as
    dropped; and new advice an open answer can still take away had no star, as the report gives it."""
    from netadvisor.render import what_if_text

    case = {
        "challenge": {
            "domain": "zorg",
            "criteria": {"recipe": "complex", "expertise": "complex", "parts_and_whole": "complicated"},
            "regional": {"crosses_sectors": True, "crosses_municipal_borders": True},
        },
        "partners": [{"name": "Aadorp", "kind": "municipality"}, {"name": "Beedorp", "kind": "municipality"}],
        # (the trust unknown can still take the current mode's support away: that advice can fall away)
        "governance": {
            "goal_consensus": "low",
            "partner_count": 20,
            "network_competency_need": "high",
            "current_mode": "self_governing",
        },
        "state": {"stuck": True, "stuck_on_content": False},
        "region": {"mayors_consultation": True},
    }
    result = Advisor.from_path(RULES).what_if(case, {"challenge.rationale": "effectiveness"})
    became_firm = [rule for rule in result.conditional_findings_removed if rule in result.findings_added]
    assert became_firm
    # (starred as the report stars: not advice about the very fact unknown, REGIO-who-is-the-user)
    provisional = [f for f in result.after.findings if f.rule_id == "GOV-current-unsupported"]
    assert provisional
    text = what_if_text(result, "nl")
    assert "Nieuw in het advies (met *: kan nog wegvallen):\n" in text
    # (marked as the report marks them: a warning with '!', a policy officer read '-' as lighter advice)
    assert provisional[0].severity == "warning"
    assert f"  ! {provisional[0].title}* (" in text
    firm = next(f for f in result.after.findings if f.rule_id == became_firm[0])
    assert f"  {'!' if firm.severity == 'warning' else '-'} {firm.title}" in text
    assert "; voordien enkel als dit een organisatienetwerk is" in text
    assert "Niet meer in het advies op een voorwaarde" not in text


def test_a_single_change_to_no_value_of_two_meanings_says_what_decides_which() -> None:
    """A policy officer read "is de governancevorm geen duidelijke vorm of niet van toepassing" and could not tell
    which: that hangs on the rationale, which the sentence now names."""
    case = {"governance": {"goal_consensus": "low", "partner_count": 7}}
    singles = Advisor.from_path(RULES).single_changes(case, "governance_mode")
    # (the answer that settles it: another leaves it open between fewer outcomes, a single change of its own)
    trust = next(
        single for single in singles if single.fact == "governance.trust" and single.after_certainty == "settled"
    )
    assert trust.after is None
    assert trust.text.endswith("geen duidelijke vorm of niet van toepassing, naargelang de ratio.")
    # (what it is now, said once for all changes: "(nu: …)" on every line buried what each does)
    assert trust.now.startswith("Nu is de governancevorm nog open, mogelijk: ")
    assert {single.now for single in singles} == {trust.now}
    rationale = next(single for single in singles if single.fact == "challenge.rationale")
    assert "naargelang" not in rationale.text  # one meaning: nothing to tell apart


def test_what_if_says_a_role_nobody_holds_in_words() -> None:
    """ "netwerkoperator wordt 'nobody'" in a Dutch what-if (a policy officer)."""
    from netadvisor.render import what_if_text

    result = Advisor.from_path(RULES).what_if({}, {"management.roles.network_operator": "niemand"})
    assert "netwerkoperator wordt 'niemand'" in what_if_text(result, "nl")
    english = Advisor.from_path(RULES, lang="en").what_if({}, {"management.roles.network_operator": "niemand"})
    assert "'nobody'" in what_if_text(english, "en")


def test_single_changes_try_each_class_of_a_number() -> None:
    """`what-if --for` left out the number of organisations, which the governance sentence names."""
    case = {
        "challenge": {"rationale": "effectiveness"},
        "governance": {"partner_count": 4, "trust": "high", "goal_consensus": "high"},
    }
    singles = Advisor.from_path(RULES).single_changes(case, "governance_mode")
    counts = [single for single in singles if single.fact == "governance.partner_count"]
    assert [(single.value, single.after) for single in counts] == [(8, None)]
    # (said with the answer the case gives: a tester read it as a suggestion to answer it)
    assert counts[0].text.startswith("Als het aantal organisaties '8 of meer' is in plaats van '4',")


def test_single_changes_of_a_number_say_only_what_the_case_leaves_of_its_class() -> None:
    """Six partners listed, their number "weet niet": `what-if --for` said "als het aantal organisaties 'hoogstens
    7' is", as if there could still be fewer than six (a policy officer's trial; the advice said "6 tot en met 7")."""
    partners = [{"name": f"Partner {number}"} for number in range(1, 7)]
    case = {
        "challenge": {"rationale": "effectiveness"},
        "governance": {"partner_count": "weet niet", "trust": "moderate", "goal_consensus": "high"},
        "partners": partners,
    }
    singles = Advisor.from_path(RULES).single_changes(case, "governance_mode")
    counts = [single for single in singles if single.fact == "governance.partner_count"]
    assert counts, "the number of organisations changes the governance mode here"
    assert all(single.value >= 6 for single in counts)
    said = [single.text for single in counts]
    assert not any("'hoogstens 7'" in text for text in said), said
    assert any("'6 tot en met 7'" in text for text in said), said


def test_a_misspelt_conclusion_is_told_the_closest() -> None:
    """single_changes(case, "governance_mod") said which conclusions there are, and not which one was meant (a
    tool builder)."""
    from helpers import CONSENSUS_RULES, rules_from_text

    with pytest.raises(KeyError, match="did you mean 'governance_mode'"):
        Advisor(rules_from_text(CONSENSUS_RULES)).single_changes({}, "governance_mod")


def test_a_single_change_of_a_number_says_whose_limit_cuts_it() -> None:
    """`what-if --for governancevorm` said "Als het aantal organisaties 'hoogstens 7' is …" without what the advice
    itself says: that 7 is netadvisor's limit, not the guide's or the source's (a policy officer's trial)."""
    from helpers import rules_from_text

    rules = """
policy:
  weinig: {value: 7, explanation: {nl: x, en: x}}
decisions:
  governance_mode: {minimum_support: 1}
rules:
  - id: G-few
    title: {nl: weinig, en: few}
    section: ["4.3"]
    when: [{fact: governance.partner_count, at_most: {policy: weinig}}]
    then: {supports: {governance_mode: self_governing}}
  - id: G-many
    title: {nl: veel, en: many}
    section: ["4.3"]
    when: [{fact: governance.partner_count, more_than: {policy: weinig}}]
    then: {supports: {governance_mode: network_administrative_organisation}}
  - id: G-trust
    title: {nl: vertrouwen, en: trust}
    section: ["4.3"]
    when: [{fact: governance.trust, is: high}]
    then: {supports: {governance_mode: self_governing}}
"""
    advisor = Advisor(rules_from_text(rules))
    singles = advisor.single_changes({"governance": {"partner_count": 12}}, "governance_mode")
    counts = [single for single in singles if single.fact == "governance.partner_count"]
    assert counts
    limit = (
        "De grens voor het aantal organisaties (7) kiest netadvisor: tot en met 7 steunt het zelfregulerend netwerk; "
        "vanaf 8 netwerk administratieve organisatie (NAO)."
    )
    assert all(single.text.endswith(limit) for single in counts)
    trust = [single for single in singles if single.fact == "governance.trust"]
    assert trust
    assert not any("kiest netadvisor" in single.text for single in trust)
    english = advisor.single_changes({"governance": {"partner_count": 12}}, "governance_mode", lang="en")
    assert any(
        single.text.startswith("If the number of organisations is 'at most 7' instead of '12',")
        and single.text.endswith(
            "The limit for the number of organisations (7) is netadvisor's: up to 7 it supports self-governing "
            "network; from 8 network administrative organisation (NAO)."
        )
        for single in english
    )


def test_single_changes_with_one_outcome_are_said_together() -> None:
    """A tester read "'16' is … geen duidelijke vorm" and "'17 of meer' is … geen duidelijke vorm" as two results;
    touching number classes with one outcome are one span, choices with one outcome one sentence; the data
    keeps a change per value."""
    from netadvisor.render import single_changes_text

    case = {
        "challenge": {"rationale": "effectiveness"},
        "governance": {"partner_count": 4, "goal_consensus": "high", "network_competency_need": "low"},
    }
    singles = Advisor.from_path(RULES).single_changes(case, "governance_mode")
    trust = [single for single in singles if single.fact == "governance.trust"]
    assert [single.value for single in trust] == ["low", "moderate", "high"][: len(trust)]
    by_outcome: dict[object, list[str]] = {}
    for single in trust:
        by_outcome.setdefault((single.after, single.after_certainty), []).append(single.text)
    for texts in by_outcome.values():
        assert len(set(texts)) == 1  # one sentence for the answers with one outcome
    text = single_changes_text(singles, "nl")
    # (what it is now, once, then each sentence once)
    assert text.splitlines() == [singles[0].now, *(f"- {said}" for said in dict.fromkeys(s.text for s in singles))]
    from netadvisor.advisor import _runs, _values_said

    said = Text("x", "x")
    runs = _runs([(16, (16, 16), None, "settled", said), (17, (17, 100_000), None, "settled", said)])
    assert len(runs) == 1
    assert _values_said("governance.partner_count", [(16, (16, 16)), (17, (17, 100_000))])[0].nl == "16 of meer"
    apart = _runs([(0, (0, 7), None, "settled", said), (16, (16, 16), None, "settled", said)])
    assert len(apart) == 2  # classes that do not touch are not one span


def test_single_changes_of_one_number_say_netadvisors_limits_once() -> None:
    """ "De grenzen voor het aantal organisaties (7 en 16) kiest netadvisor: …" stood on each of three lines of
    what-if --for (a policy officer's trial): the lines of one fact that end in the same note say it once, after
    them; the data keeps it in each change."""
    from netadvisor.render import single_changes_text

    case = {"challenge": {"rationale": "effectiveness"}, "governance": {"trust": "low"}}
    singles = Advisor.from_path(RULES).single_changes(case, "governance_mode")
    counted = [single for single in singles if single.fact == "governance.partner_count"]
    assert len({single.text for single in counted}) > 1
    note = "De grens voor het aantal organisaties"
    assert all(note in single.text for single in counted)
    lines = single_changes_text(singles, "nl").splitlines()
    (said,) = [line for line in lines if note in line]
    assert said.startswith(f"  {note}")
    last = max(index for index, line in enumerate(lines) if line.startswith("- Als het aantal organisaties"))
    assert lines[last + 1] == said
    assert all(line.endswith(".") for line in lines if line.startswith("- "))


def test_what_if_for_an_open_conclusion_says_which_answers_decide_it_together(tmp_path: Path) -> None:
    """A tester read only "als de ratio 'kennis' is" (the ratio answered already) for a governance mode that
    trust, consensus and competencies decide together; the advice says those, what-if --for did not."""
    case = tmp_path / "casus.yaml"
    case.write_text("challenge: {rationale: effectiviteit}\ngovernance: {partner_count: 6}\n", encoding="utf-8")
    code, out, _ = run("what-if", str(case), "--for", "governance_mode", "--rules", str(RULES))
    assert code == EXIT_OK
    lines = out.splitlines()
    assert lines[1].startswith("- Als de ratio 'kennis' of 'efficiëntie' is in plaats van 'effectiviteit', is de ")
    # each also by itself: it leaves the mode open between fewer outcomes, and says which (a policy officer's least
    # sure answer, the goal consensus, looked as if it did not matter where it decided the advice)
    for fact in ("het vertrouwen", "de doelconsensus", "de nood aan netwerkcompetenties"):
        assert any(line.startswith(f"- Als {fact} '") and ", mogelijk: " in line for line in lines), (fact, out)
    assert not any(line.startswith("Verder beslissen") for line in lines)  # (no answer left that decides only so)
    # no value by each thing it means, in the one list: "… (NAO) of geen duidelijke vorm of niet van toepassing"
    # read as two lists (a policy officer); with the rationale unknown, it may mean either
    case.write_text("governance: {partner_count: 9}\n", encoding="utf-8")
    code, out, _ = run("what-if", str(case), "--for", "governance_mode", "--rules", str(RULES))
    assert ", geen duidelijke vorm of niet van toepassing" in out
    assert " of geen duidelijke vorm of " not in out


def test_what_if_for_takes_a_conclusion_by_its_name_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """explain and --set take "governancevorm"; --for refused it with a list of codes (a policy officer)."""
    case = tmp_path / "casus.yaml"
    case.write_text("challenge: {rationale: effectiviteit}\ngovernance: {partner_count: 6}\n", encoding="utf-8")
    by_code = run("what-if", str(case), "--for", "governance_mode", "--rules", str(RULES))
    assert by_code[0] == EXIT_OK
    # (and the start of a word of one name only: "--for type" was refused, a policy officer found)
    # (and with a hyphen: "governance-vorm" got argparse's usage, a coordinator)
    for name in ("governancevorm", "De Governancevorm", "governance mode", "governance", "governance-vorm"):
        assert run("what-if", str(case), "--for", name, "--rules", str(RULES)) == by_code, name
    by_type = run("what-if", str(case), "--for", "challenge_type", "--rules", str(RULES))
    assert run("what-if", str(case), "--for", "type", "--rules", str(RULES)) == by_type
    capsys.readouterr()
    code, _, _ = run("what-if", str(case), "--for", "vorm", "--rules", str(RULES))  # two forms end so: which?
    assert code == EXIT_USAGE
    capsys.readouterr()
    code, _, _ = run("what-if", str(case), "--for", "bestuursvorm", "--rules", str(RULES))
    assert code == EXIT_USAGE
    assert "--for: 'bestuursvorm' kan niet; mogelijk: 'challenge_type'" in capsys.readouterr().err  # (argparse's)
    # a Dutch name nearly spelt: the one meant, by that name (the codes alone had been said, English first)
    code, _, _ = run("what-if", str(case), "--for", "samenwerkingsvrom", "--lang", "nl", "--rules", str(RULES))
    assert code == EXIT_USAGE
    assert "(bedoelde je 'samenwerkingsvorm'?)" in capsys.readouterr().err


def test_what_if_suggests_the_fact_meant_for_a_typo() -> None:
    code, _, err = run(
        "what-if", str(EXAMPLES / "governance-nao.yaml"), "--set", "governance.trustt=hoog", "--rules", str(RULES)
    )
    assert code == EXIT_USAGE
    assert "(bedoelde je --set governance.trust=hoog?)" in err


@pytest.mark.parametrize(
    "change", ["governance.trust=enorm", "governance.nope=high", "trust", "partner_summary.count=3"]
)
def test_what_if_refuses_what_cannot_be_set(change: str) -> None:
    code, out, err = run("what-if", str(EXAMPLES / "governance-nao.yaml"), "--set", change, "--rules", str(RULES))
    assert code == EXIT_USAGE
    assert out == ""
    assert err


def test_single_changes_that_would_change_a_conclusion() -> None:
    singles = Advisor.from_path(RULES).single_changes(
        {
            "challenge": {"rationale": "effectiveness"},
            "governance": {"partner_count": 12, "trust": "high", "goal_consensus": "high"},
        },
        "governance_mode",
    )
    assert any(
        s.fact == "governance.network_competency_need" and s.value == "low" and s.after == "self_governing"
        for s in singles
    )
    assert all(s.before is None for s in singles)


@pytest.fixture(scope="module")
def schemas() -> dict[str, dict]:  # type: ignore[type-arg]
    return {kind: json.loads(run("schema", kind)[1]) for kind in ("case", "rules")}


@pytest.mark.slow
def test_every_example_case_validates_against_the_case_schema(schemas: dict[str, dict]) -> None:  # type: ignore[type-arg]
    """As written, ja/nee and labels included, and with its `verwacht:` block: no conversion."""
    paths = sorted(EXAMPLES.glob("*.yaml"))
    assert paths
    for path in paths:
        jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schemas["case"])


def test_a_broken_case_does_not_validate(schemas: dict[str, dict]) -> None:  # type: ignore[type-arg]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"governance": {"trust": "enorm"}}, schemas["case"])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"vertrouwen": "high"}, schemas["case"])


def test_the_shipped_schema_is_current(schemas: dict[str, dict]) -> None:  # type: ignore[type-arg]
    """rules/schema/ is made from the code, not from the rules: a code test, with the command that remakes it."""
    shipped = json.loads((ROOT / "rules" / "schema" / "rule-file.schema.json").read_text(encoding="utf-8"))
    assert shipped == schemas["rules"], "rules/schema/rule-file.schema.json is niet meer actueel: make regenereer"


def test_every_frozen_rule_file_validates_against_the_schema(schemas: dict[str, dict]) -> None:  # type: ignore[type-arg]
    paths = sorted(RULES.glob("*.yaml"))
    assert paths, RULES  # a loop over nothing would pass
    for path in paths:
        jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schemas["rules"])


def test_a_broken_rule_file_does_not_validate(schemas: dict[str, dict]) -> None:  # type: ignore[type-arg]
    broken = {"rules": [{"id": "GOV-x", "titel": {"nl": "a", "en": "b"}}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schemas["rules"])


def test_the_pre_commit_hooks_run_check() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {hook["id"]: hook["entry"] for hook in hooks} == {
        "netadvisor-check": "netadvisor check",
        "netadvisor-analyse": "netadvisor check --analyse",
    }
    assert all(hook["language"] == "python" and not hook["pass_filenames"] for hook in hooks)


def test_the_other_content_checks_are_shown_by_their_own_dutch_sentence() -> None:
    """make regeltest's last part: a failed check as its message, without pytest's English comparison ('assert
    [...] == []', 'Left contains one more item')."""
    import sys
    from types import SimpleNamespace

    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import inhoudscontroles
    finally:
        sys.path.remove(str(ROOT / "tools"))
    report = SimpleNamespace(
        location=("tests/test_x.py", 3, "test_x"),
        longrepr=SimpleNamespace(
            reprcrash=SimpleNamespace(
                message="AssertionError: scenario's die niet slaagden: a.feature:3\nassert ['a'] == []"
            )
        ),
    )
    # (without the test file either: a policy officer read "tests/test_guide_quotations.py:" as a program's words)
    assert inhoudscontroles._message(report) == "scenario's die niet slaagden: a.feature:3"  # type: ignore[arg-type]


def _mobility_case(tmp_path: Path) -> Path:
    """Half known: the rationale unknown, low consensus: the governance mode is open."""
    path = tmp_path / "mobiliteit.yaml"
    path.write_text(
        "governance:\n  partner_count: 5\n  trust: hoog\n  goal_consensus: laag\n  network_competency_need: laag\n",
        encoding="utf-8",
    )
    return path


def test_single_changes_after_a_set_are_those_of_the_changed_case(tmp_path: Path) -> None:
    """With --set and --for, the single changes were worked out on the case without the --set: the report said
    right after the changed advice that no single change would change it."""
    case = str(_mobility_case(tmp_path))
    code, out, _ = run(
        "what-if", case, "--set", "governance.goal_consensus=hoog", "--for", "governance_mode", "--rules", str(RULES)
    )
    assert code == EXIT_OK
    assert "- Als de ratio 'effectiviteit' is, is de governancevorm zelfregulerend netwerk" in out
    assert "Geen enkele wijziging" not in out
    code, out, _ = run(
        "what-if", case, "--set", "governance.goal_consensus=hoog", "--for", "governance_mode",
        "--rules", str(RULES), "--format", "json",
    )  # fmt: skip
    both = json.loads(out)  # one document, not two written one after the other
    assert set(both) == {"what_if", "single_changes"}
    assert {single["fact"] for single in both["single_changes"]} >= {"challenge.rationale"}


def test_no_single_change_of_an_open_conclusion_is_not_said_as_if_it_were_settled(tmp_path: Path) -> None:
    """No criterion known: no one answer gives the type a value, several together do."""
    case = tmp_path / "leeg.yaml"
    case.write_text("title: Nog niets gekend\n", encoding="utf-8")
    code, out, _ = run("what-if", str(case), "--for", "challenge_type", "--rules", str(RULES))
    assert code == EXIT_OK
    assert out == (
        "Geen enkele wijziging van één feit alleen geeft dit besluit een waarde: het hangt af van meer dan één "
        "antwoord samen (zie de open vragen).\n"
    )


def test_what_if_json_is_always_one_object_with_what_was_asked_for(tmp_path: Path) -> None:
    case = str(_mobility_case(tmp_path))
    set_only = json.loads(
        run("what-if", case, "--set", "governance.trust=laag", "--rules", str(RULES), "--format", "json")[1]
    )
    for_only = json.loads(
        run("what-if", case, "--for", "governance_mode", "--rules", str(RULES), "--format", "json")[1]
    )
    assert list(set_only) == ["what_if"]
    assert list(for_only) == ["single_changes"]


def test_a_single_change_says_when_it_settles_a_conclusion_without_value_and_when_only_for_now(
    tmp_path: Path,
) -> None:
    """With the rationale unknown, 'kennis' settles the governance mode: it does not apply. That was left out,
    and the report then said no single answer would settle it. A form the case states makes the form only
    provisional: said without 'voorlopig', it read as settled."""
    code, out, _ = run("what-if", str(_mobility_case(tmp_path)), "--for", "governance_mode", "--rules", str(RULES))
    assert code == EXIT_OK
    # (open now: "nog open", as the advice says it; answers with one outcome said together, once)
    said = "- Als de ratio 'kennis' of 'efficiëntie' is, is de governancevorm niet van toepassing.\n"
    assert out.count(said) == 1
    # what it is now, once, before the changes
    assert out.startswith("Nu is de governancevorm nog open, mogelijk: ")
    assert out.count("Nu is ") == 1
    assert "(nu: " not in out
    singles = Advisor.from_path(RULES).single_changes({}, "collaboration_form")
    stated = next(single for single in singles if single.fact == "state.form" and single.value == "learning_network")
    assert stated.after_certainty == "provisional"
    assert "is de samenwerkingsvorm voorlopig lerend netwerk" in stated.text
    # the value for now, made sure by an answer, is a change too (what_if showed it, single_changes did not)
    network = {"state": {"form": "organisation_network"}}
    sure = [
        s
        for s in Advisor.from_path(RULES).single_changes(network, "collaboration_form")
        if s.after_certainty == "settled" and s.after == s.before
    ]
    assert [s.value for s in sure] == ["effectiveness"]
    assert sure[0].text.endswith("is de samenwerkingsvorm organisatienetwerk.")
    assert sure[0].now == "Nu is de samenwerkingsvorm voorlopig organisatienetwerk."


def _tool(name: str) -> Any:
    import importlib
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(ROOT / "tools"))


def test_make_regeltest_s_own_tools_say_in_dutch_that_broken_rules_do_not_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A tester's mistake in a rule file (a tab): `netadvisor check` named it, and the two tools after it in
    make regeltest printed Python tracebacks (regenerate) and a page of Python exceptions (the content checks)."""
    broken = tmp_path / "rules"
    broken.mkdir()
    (broken / "regels.yaml").write_text("rules:\n\t- id: X\n", encoding="utf-8")
    regenerate, checks = _tool("regenerate"), _tool("inhoudscontroles")
    monkeypatch.setattr(regenerate, "RULES", broken)
    monkeypatch.setattr(checks, "ROOT", tmp_path)
    assert regenerate.main(["--check"]) == 1
    assert checks.main() == 1
    said = capsys.readouterr()
    assert "de regels laden niet" in said.out
    assert "niet gedaan, de regels laden niet" in said.out
    assert "Traceback" not in said.out + said.err
    assert "Error" not in said.out + said.err


def test_make_regeltest_says_a_misquotation_once() -> None:
    """A policy officer read one misquotation four times: tools/regenerate.py --check says it (the quotation is
    not verbatim, so rules/CITATEN.md is not remade), and the content checks after it left out none of the three
    checks that say it again. Each check they leave out exists under the name they leave it out by."""
    import test_guide_quotations

    checks = _tool("inhoudscontroles")
    left_out = checks.ALREADY_SAID + checks.WITH_THE_GUIDE_SAID
    for name in (
        "stands_verbatim_in_the_guide",
        "the_checked_copy_is_current",
        "every_quotation_is_in_the_checked_copy",
    ):
        assert f"not {name}" in left_out
        assert [test for test in dir(test_guide_quotations) if test.startswith("test_") and name in test], name


def test_make_regeltest_says_a_stale_fact_sheet_once() -> None:
    """tools/regenerate.py --check says that rules/FEITEN.md is stale, and the content checks said it again (a
    rule-editing trial): they leave that check out, by the name it has."""
    import test_factsheet

    checks = _tool("inhoudscontroles")
    assert "not feiten_md_is_current" in checks.ALREADY_SAID
    assert [test for test in dir(test_factsheet) if test.startswith("test_") and "feiten_md_is_current" in test]


def test_what_if_from_the_command_line_sets_a_listed_partner_s_answer(tmp_path: Path) -> None:
    """The advice asks "partners[0].willing_to_adapt" and the library's what-if took it; --set called it "geen feit
    dat je kan invullen", so a policy officer could not try a partner's answer at all (a tester)."""
    case = tmp_path / "casus.yaml"
    case.write_text("partners: [{name: Gent}, {name: Mol}]\n", encoding="utf-8")
    code, out, _ = run("what-if", str(case), "--set", "partners[1].willing_to_adapt=nee", "--rules", str(RULES))
    assert code == EXIT_OK
    assert out.startswith(
        "Wijzigingen: het antwoord op ‘Is deze partner bereid de eigen werking aan te passen? (Mol)’ wordt 'nee'"
    )
    code, _, err = run("what-if", str(case), "--set", "partners[2].kind=gemeente", "--rules", str(RULES))
    assert code == EXIT_USAGE
    assert "de casus noemt 2 partners, geteld vanaf 0 (partners[0] is Gent)" in err
    code, _, err = run("what-if", str(case), "--set", "partners[0].willing_to_adapt=misschien", "--rules", str(RULES))
    assert code == EXIT_USAGE
    assert "--set partners[0].willing_to_adapt=misschien: 'misschien' is geen mogelijk antwoord" in err


def test_explain_names_the_judgement_of_the_current_mode_and_quotes_what_a_condition_excludes(
    tmp_path: Path,
) -> None:
    """A tester read "governance_mode_current is door geen enkele factor gesteund" as code and "is niet nog geen
    bewust gekozen vorm" as a double negation."""
    code, out, _ = run("explain", "GOV-current-unsupported", "--rules", str(RULES))
    assert code == EXIT_OK
    assert "    - Governancevorm van nu (governance_mode_current) is door geen enkele factor gesteund" in out
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        """
rules:
  - id: GOV-chosen
    title: {nl: Een gekozen vorm, en: A chosen mode}
    section: ["4.3"]
    when: [{fact: governance.current_mode, is_not: not_chosen}]
    then: {finding: {severity: info, message: {nl: Gekozen., en: Chosen.}}}
""",
        encoding="utf-8",
    )
    code, out, _ = run("explain", "GOV-chosen", "--rules", str(rules))
    assert "(governance.current_mode) is niet 'nog geen bewust gekozen vorm'" in out


def test_explain_finds_policy_values_by_the_words_of_their_explanation(tmp_path: Path) -> None:
    """The advice says "de drempel van netadvisor"; `explain drempel` suggested a criterion, and the policy value's
    name was nowhere in the advice (a tester). Words in the explanation of one policy value describe it; in
    several, they are listed beside the rules and facts that hold them."""
    rules = tmp_path / "rules.yaml"
    rules.write_text(TITLED_RULES, encoding="utf-8")
    code, out, _ = run("explain", "drempel", "--rules", str(rules))
    assert code == EXIT_OK
    assert out.startswith("min_steun = 1 (beleidswaarde)")
    two = TITLED_RULES.replace(
        "policy:\n", 'policy:\n  max_steun: {value: 9, explanation: {nl: "Nog een drempel.", en: "Another."}}\n'
    )
    rules.write_text(two, encoding="utf-8")
    code, out, _ = run("explain", "een drempel", "--rules", str(rules))
    assert code == EXIT_OK
    assert out.splitlines()[1:] == [
        "  beleidswaarden met 'een drempel' in hun uitleg (geef er een met zijn naam voor meer):",
        "    max_steun: Nog een drempel.",
        "    min_steun: Een drempel.",
    ]


def test_explain_names_a_message_s_placeholders_in_words() -> None:
    """A tester read "Het netwerk is nu georganiseerd als {governance.current_mode}" in explain as code: with no
    case to fill it from, each placeholder is named in words."""
    code, out, _ = run("explain", "GOV-current-unsupported", "--rules", str(RULES))
    assert code == EXIT_OK
    assert "Het netwerk is nu georganiseerd als [huidige governancevorm]" in out
    assert "{" not in out
    # by the fact's short name: its label, a sentence, stood in the middle of one (a policy officer)
    code, out, _ = run("explain", "GOV-evolution", "--rules", str(RULES))
    assert code == EXIT_OK
    assert "telt [aantal organisaties] partners" in out


def test_samenwerkingsvorm_is_the_conclusion_in_explain_and_the_chosen_form_in_what_if() -> None:
    """A policy officer's `explain samenwerkingsvorm` showed the fact state.form, where the README promises the
    conclusion; and `what-if --for samenwerkingsvorm` said "Als de samenwerkingsvorm 'lerend netwerk' is, is de
    samenwerkingsvorm voorlopig lerend netwerk": the fact is "de gekozen vorm"."""
    code, out, _err = run("explain", "samenwerkingsvorm", "--rules", str(RULES))
    assert code == EXIT_OK
    assert out.startswith("collaboration_form (de samenwerkingsvorm)")
    from netadvisor.facts import SHORT_NAMES

    assert SHORT_NAMES["state.form"].nl == "de gekozen vorm"


def test_a_fact_s_path_as_one_key_of_a_case_is_told_to_nest_it() -> None:
    """A tool builder's form, keyed by the questions' paths, sent {"governance.trust": "high"} to advise() and was
    told "did you mean 'governance'?"."""
    from netadvisor import CaseError

    with pytest.raises(CaseError) as refused:
        Advisor.from_path(RULES).advise({"challenge.criteria.recipe": "complex"})
    (problem,) = refused.value.problems
    assert problem.hint is not None
    assert '{"challenge": {"criteria": {"recipe": …}}}' in problem.hint.nl


def test_the_partner_list_as_one_text_in_what_if_is_a_type_error_that_says_how() -> None:
    """what_if(case, {"partners": "Geel, Mol"}) was a CaseError about YAML lines starting with '- '."""
    with pytest.raises(TypeError, match=r"parse_answer\(spec_of\('partners'\), text\)"):
        Advisor.from_path(RULES).what_if({}, {"partners": "Geel, Mol"})


def test_what_if_says_a_conclusion_is_firm_now_of_its_own_sentence_not_of_its_condition() -> None:
    """The ratio 'kennis' settles the governance mode as not applicable, and what-if said "… Als dit een
    organisatienetwerk is: nog open, mogelijk: …. Dat staat nu vast.": open and settled in one breath (a
    coordinator). That it is firm now follows the conclusion's first sentence, before the current mode and the
    condition."""
    from netadvisor.render import what_if_text

    case = {
        "state": {"form": "organisation_network"},
        "governance": {"current_mode": "lead_organisation", "partner_count": 13, "network_competency_need": "high"},
    }
    text = " ".join(what_if_text(Advisor.from_path(RULES).what_if(case, {"challenge.rationale": "knowledge"})).split())
    after = text.split("dan: Governancevorm: ")[1]
    assert after.startswith("niet van toepassing"), after
    firm, conditional = after.index("Dat staat nu vast."), after.index("Als dit een organisatienetwerk is: nog open")
    assert firm < after.index("Nu: leiderorganisatienetwerk") < conditional, after
    assert "Dat staat nu vast." not in after[conditional:], after
