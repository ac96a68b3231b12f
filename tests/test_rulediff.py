"""netadvisor diff: what an edit of the rules changes, in the rules and for every case of the corpus."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT
from netadvisor import Advisor, RuleBaseDiff, build_corpus, compare_rulebases, diff_markdown, diff_text, load_rules
from netadvisor.cli import EXIT_CHANGES, EXIT_OK, EXIT_RULES, EXIT_USAGE, main
from netadvisor.facts import case_in_words
from netadvisor.rulediff import Corpus, CorpusCase, policy_edits, rule_edits

RULES = ROOT / "tests" / "rules"


def _rules_edited(tmp_path: Path, file: str, old: str, new: str) -> Path:
    """A copy of the frozen rules with ``old`` replaced by ``new`` once in ``file`` (which must hold it)."""
    target = tmp_path / "rules"
    shutil.copytree(RULES, target, ignore=shutil.ignore_patterns("README.md"))
    edited = target / file
    text = edited.read_text(encoding="utf-8")
    assert old in text, f"{file} no longer holds {old!r}"
    edited.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


CASES = ROOT / "tests" / "cases"
NEW_RULE = """
  - id: GOV-new-rule
    title: {nl: "Een nieuwe regel", en: "A new rule"}
    section: ["4.3"]
    when: [{fact: governance.trust, is: low}]
    then: {finding: {severity: advice, message: {nl: "Nieuw", en: "New"}}}
    examples: {fires: [{governance: {trust: low}}], silent: [{governance: {trust: high}}]}
"""


@pytest.fixture
def edited(tmp_path: Path) -> Path:
    """The frozen rules with a threshold changed (7 → 20), a message reworded and a rule added."""
    target = tmp_path / "rules"
    shutil.copytree(RULES, target, ignore=shutil.ignore_patterns("README.md"))
    governance = target / "governance.yaml"
    text = governance.read_text(encoding="utf-8")
    text = text.replace("weinig_partners_max:\n    value: 7", "weinig_partners_max:\n    value: 20", 1)
    text = text.replace("Een zelfregulerend netwerk past het best:", "Een zelfregulerend netwerk past het beste:", 1)
    governance.write_text(text.replace("\nrules:\n", "\nrules:\n" + NEW_RULE, 1), encoding="utf-8")
    return target


def test_the_edits_of_the_rules_are_named_by_kind_and_aspect(edited: Path) -> None:
    old, new = load_rules(RULES), load_rules(edited)
    edits = {edit.rule_id: edit for edit in rule_edits(old, new)}
    assert edits["GOV-new-rule"].kind == "added"
    assert edits["GOV-advice-self-governing"].aspects == ["message"]
    assert "policy" in edits["GOV-partners-few"].aspects
    (policy,) = policy_edits(old, new)
    assert (policy.name, policy.old, policy.new) == ("weinig_partners_max", 7, 20)
    assert "GOV-partners-few" in policy.rules


def test_identical_rules_change_no_case() -> None:
    rulebase = load_rules(RULES)
    result = compare_rulebases(rulebase, load_rules(RULES), build_corpus(rulebase, rulebase, examples=CASES))
    assert not result.changed
    assert result.rules == []
    assert result.policies == []
    assert result.corpus.counts["example"] == len(list(CASES.glob("*.yaml")))


def test_the_cases_that_change_are_attributed_to_the_changed_rules(edited: Path) -> None:
    old, new = load_rules(RULES), load_rules(edited)
    result = compare_rulebases(old, new, build_corpus(old, new, examples=CASES, generate=50))
    assert result.changed
    by_case = {impact.case: impact for impact in result.cases}
    # 8 partners were 'more than few' and now are few: a rule on the threshold fires on other cases
    threshold = [impact for impact in result.cases if "GOV-partners-few" in impact.rules]
    assert threshold
    added = [impact for impact in result.cases if "GOV-new-rule" in impact.findings_added]
    assert added
    assert all("GOV-new-rule" in impact.rules for impact in added)
    assert any("GOV-advice-self-governing" in impact.findings_reworded for impact in by_case.values())
    assert result.corpus.counts["generated"] <= 50
    assert result.corpus.seed == 1


def test_the_same_edit_gives_the_same_report(edited: Path) -> None:
    old, new = load_rules(RULES), load_rules(edited)

    def generated(seed: int) -> Corpus:
        corpus = build_corpus(old, new, generate=30, seed=seed)
        return corpus.model_copy(update={"cases": [case for case in corpus.cases if case.source == "generated"]})

    first, again = generated(7), generated(7)
    assert len(first.cases) == 30
    assert first == again
    assert compare_rulebases(old, new, first).model_dump_json() == compare_rulebases(old, new, again).model_dump_json()
    assert [case.case for case in generated(8).cases] != [case.case for case in first.cases]


def test_the_cli_says_it_in_dutch_with_exit_1_for_changes_and_0_for_none(edited: Path) -> None:
    out = io.StringIO()
    code = main(
        ["diff", str(RULES), str(edited), "--examples", str(CASES), "--no-scenarios", "--generate", "20"],
        stdout=out,
        stderr=io.StringIO(),
    )
    assert code == EXIT_CHANGES
    text = out.getvalue()
    assert text.startswith("Wat verandert er van ")
    assert "  + GOV-new-rule (" in text
    assert ": nieuw" in text
    assert "  weinig_partners_max: 7 → 20 (gebruikt door GOV-partners-few" in text
    assert "\nDoor GOV-" in text
    assert "bevinding GOV-new-rule komt erbij" in text
    out = io.StringIO()
    assert (
        main(
            ["diff", str(RULES), str(RULES), "--examples", str(CASES), "--no-scenarios", "--generate", "10"],
            stdout=out,
            stderr=io.StringIO(),
        )
        == EXIT_OK
    )
    assert "Geen enkele casus krijgt een ander advies." in out.getvalue()


def test_json_is_the_data_and_markdown_is_for_a_review(edited: Path) -> None:
    out = io.StringIO()
    main(
        [
            "diff",
            str(RULES),
            str(edited),
            "--examples",
            str(CASES),
            "--no-scenarios",
            "--generate",
            "0",
            "--format",
            "json",
        ],
        stdout=out,
        stderr=io.StringIO(),
    )
    result = RuleBaseDiff.model_validate(json.loads(out.getvalue()))
    assert result.changed
    assert result.corpus.counts["generated"] == 0
    markdown = diff_markdown(result, "en")  # what --format markdown writes
    assert markdown.startswith("## What changes from ")
    assert "\n### Rules\n- + GOV-new-rule" in markdown


def test_broken_new_rules_exit_3_like_check(tmp_path: Path) -> None:
    (tmp_path / "x.yaml").write_text("rules: [{id: GOV-x}]\n", encoding="utf-8")
    err = io.StringIO()
    assert main(["diff", str(RULES), str(tmp_path)], stdout=io.StringIO(), stderr=err) == EXIT_RULES
    assert "[missing-key]" in err.getvalue()


def test_since_outside_a_git_checkout_is_a_usage_error_in_dutch(tmp_path: Path) -> None:
    shutil.copytree(RULES, tmp_path / "rules")
    err = io.StringIO()
    assert main(["diff", "--since", "main", str(tmp_path / "rules")], stdout=io.StringIO(), stderr=err) == EXIT_USAGE
    assert "staat niet in een git-checkout" in err.getvalue()


def test_since_compares_a_git_revision_with_the_working_tree(tmp_path: Path, edited: Path) -> None:
    repository = tmp_path / "repo"
    shutil.copytree(RULES, repository / "rules", ignore=shutil.ignore_patterns("README.md"))

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(repository), *args], check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "add", "rules")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "rules")
    shutil.copy(edited / "governance.yaml", repository / "rules" / "governance.yaml")
    out, err = io.StringIO(), io.StringIO()
    code = main(
        [
            "diff",
            "--since",
            "main",
            str(repository / "rules"),
            "--examples",
            str(CASES),
            "--no-scenarios",
            "--generate",
            "0",
        ],
        stdout=out,
        stderr=err,
    )
    assert code == EXIT_CHANGES, err.getvalue()
    assert "main:" in out.getvalue().splitlines()[0]
    err = io.StringIO()
    assert (
        main(["diff", "--since", "no-such-branch", str(repository / "rules")], stdout=io.StringIO(), stderr=err)
        == EXIT_USAGE
    )
    assert "git kent de versie 'no-such-branch' niet" in err.getvalue()
    # a clone has its 'main' as origin/main only: said so (a policy officer's --since main failed in one)
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(repository), str(clone)], check=True, capture_output=True)
    subprocess.run(["git", "-C", str(clone), "checkout", "-q", "-b", "mijn-wijziging"], check=True)
    subprocess.run(["git", "-C", str(clone), "branch", "-q", "-D", "main"], check=True)
    err = io.StringIO()
    assert main(["diff", "--since", "main", str(clone / "rules")], stdout=io.StringIO(), stderr=err) == EXIT_USAGE
    assert "wel als 'origin/main': netadvisor diff --since origin/main" in err.getvalue()


def test_the_cases_the_scenarios_build_are_compared_too(edited: Path) -> None:
    old, new = load_rules(RULES), load_rules(edited)
    corpus = build_corpus(
        old, new, features=ROOT / "tests" / "features", steps=ROOT / "tests" / "steps_nl.py", rules=edited, generate=0
    )
    scenarios = [case for case in corpus.cases if case.source == "scenario"]
    assert len(scenarios) > 20
    assert not corpus.skipped
    assert all(case.name.split(":")[0].endswith(".feature") for case in scenarios)
    assert isinstance(corpus, Corpus)
    # an example row at its own line, as `netadvisor test` names it (it was the outline's: a rule-editing trial)
    rows = [case for case in scenarios if case.name.endswith(")")]  # (a row: its cells after the scenario's name)
    assert rows
    for case in rows:
        file, line = case.name.split(" ")[0].rsplit(":", 1)
        written = (ROOT / "tests" / "features" / Path(file).name).read_text(encoding="utf-8").splitlines()
        assert written[int(line) - 1].lstrip().startswith("|"), case.name


def test_each_changed_case_says_which_changed_rules_start_or_stop_firing_in_words(edited: Path) -> None:
    """The officer's cycle: the diff said which cases change but not why, named derived conclusions and their
    values by code (governance_mode_current: supported), and a reworded message without its words."""
    from netadvisor import diff_text

    old, new = load_rules(RULES), load_rules(edited)
    result = compare_rulebases(old, new, build_corpus(old, new, examples=CASES, generate=50))
    threshold = [impact for impact in result.cases if "GOV-partners-few" in impact.started_firing]
    assert threshold, "no case on which the moved threshold makes GOV-partners-few fire"
    assert all("GOV-partners-few" not in impact.stopped_firing for impact in threshold)
    (reworded,) = [edit for edit in result.rules if edit.rule_id == "GOV-advice-self-governing"]
    assert reworded.message_before is not None
    assert reworded.message_after is not None
    assert "past het best:" in reworded.message_before.nl
    assert "past het beste:" in reworded.message_after.nl
    text = diff_text(result, "nl")
    assert "      GOV-partners-few vuurt nu\n" in text or "      GOV-partners-few, " in text
    assert not re.search(r"[A-Z]+-[\w-]+, [\w, -]+ vuurt", text)  # two rules or more: 'vuren'
    assert "_current" not in text
    assert "      voor: Een zelfregulerend netwerk past het best:" in text
    assert "      nu: Een zelfregulerend netwerk past het beste:" in text
    # the Dutch reworded, the English left as it was: said (a rule-editing trial's new Dutch stood beside the old
    # English, unsaid)
    assert reworded.message_before.en == reworded.message_after.en
    assert "      de Nederlandse boodschap veranderde, de Engelse niet: zegt die nog hetzelfde?" in text
    assert "(1 casussen)" not in text


def test_a_derived_conclusion_changes_by_its_value_not_by_how_certain_it_is() -> None:
    """'Governancevorm van nu: geen waarde (open) → geen waarde (vast)' was 221 cases of noise in one diff."""
    from netadvisor import Advisor
    from netadvisor.rulediff import CorpusCase, _impact

    advice = Advisor.from_path(RULES).advise({"governance": {"current_mode": "self_governing"}})
    derived = [
        name for name in advice.conclusions if name not in ("challenge_type", "collaboration_form", "governance_mode")
    ]
    assert derived, "no derived conclusion in the advice: the check would pass on nothing"
    name = derived[0]
    conclusion = advice.conclusions[name]
    other = "settled" if conclusion.certainty != "settled" else "open"
    changed = advice.model_copy(
        update={"conclusions": {**advice.conclusions, name: conclusion.model_copy(update={"certainty": other})}}
    )
    item = CorpusCase(name="c", source="own", case={})
    assert _impact(item, advice, changed, {}) is None
    fixed = advice.conclusions["governance_mode"]
    settled = advice.model_copy(
        update={
            "conclusions": {
                **advice.conclusions,
                "governance_mode": fixed.model_copy(
                    update={"certainty": "settled" if fixed.certainty != "settled" else "open"}
                ),
            }
        }
    )
    assert _impact(item, advice, settled, {}) is not None  # of the fixed three, how certain counts


def test_a_diff_names_the_questions_it_moves_so_that_a_criterion_does_not_read_as_a_word() -> None:
    """'niet meer zekerheid' read as 'no more certainty': zekerheid is one of the six criteria."""
    from netadvisor.diffreport import _details
    from netadvisor.rulediff import CaseImpact

    impact = CaseImpact(
        case="gegenereerd 1",
        source="generated",
        rules=[],
        questions_before=["challenge.criteria.certainty"],
        questions_after=["governance.trust"],
    )
    [line] = _details(impact, "nl")
    # (among the first: "niet meer gevraagd" was read of a question still asked, eighth now, a rule-editing trial)
    assert line == "eerste vragen: niet meer erbij: 'zekerheid'; nu erbij: 'vertrouwen'"


@pytest.mark.parametrize(
    ("started", "stopped", "said"),
    [
        (["A-one"], [], ["A-one vuurt nu"]),
        (["A-one", "B-two"], ["C-three"], ["A-one, B-two vuren nu", "C-three vuurt niet meer"]),
        ([], ["A-one", "B-two"], ["A-one, B-two vuren niet meer"]),
    ],
)
def test_rules_that_start_or_stop_firing_are_counted_in_the_verb(
    started: list[str], stopped: list[str], said: list[str]
) -> None:
    from netadvisor.diffreport import _details
    from netadvisor.rulediff import CaseImpact

    impact = CaseImpact(case="x", source="generated", rules=[], started_firing=started, stopped_firing=stopped)
    assert _details(impact, "nl") == said


def test_a_finding_marked_to_doubt_a_conclusion_is_a_change_the_diff_reports() -> None:
    """A tester added `doubts: collaboration_form` and `diff` said "gewijzigd: hoofdstuk, bron of citaat" and
    that no case changed, while the form's sentence now names the finding."""
    from helpers import rules_from_text
    from netadvisor.diffreport import diff_text
    from netadvisor.rulediff import CorpusCase

    rules = """
rules:
  - id: F-network
    title: {nl: netwerk, en: network}
    section: ["3"]
    when: [{fact: challenge.rationale, is: effectiveness}]
    then: {conclude: {collaboration_form: organisation_network}}
  - id: F-few
    title: {nl: weinig, en: few}
    section: ["4.4"]
    when: [{conclusion: collaboration_form, is: organisation_network}, {fact: governance.partner_count, less_than: 3}]
    then: {finding: {severity: warning, message: {nl: weinig, en: few}}}
"""
    old = rules_from_text(rules)
    new = rules_from_text(rules.replace("severity: warning,", "severity: warning, doubts: collaboration_form,"))
    case = {"challenge": {"rationale": "effectiveness"}, "governance": {"partner_count": 2}}
    diff = compare_rulebases(old, new, [CorpusCase(name="twee", source="own", case=case)])
    assert [(edit.rule_id, edit.aspects) for edit in diff.rules] == [("F-few", ["doubts"])]
    (impact,) = diff.cases
    assert impact.doubts_changed == ["collaboration_form"]
    assert "andere bevindingen zetten vraagtekens bij 'Samenwerkingsvorm'" in diff_text(diff, "nl")


def _few_partners_up_to_ten(tmp_path: Path) -> Path:
    """A copy of the frozen rules in which 'weinig partners' goes up to 10 instead of 7."""
    target = tmp_path / "rules"
    shutil.copytree(RULES, target, ignore=shutil.ignore_patterns("README.md"))
    governance = target / "governance.yaml"
    text = governance.read_text(encoding="utf-8")
    governance.write_text(
        text.replace("weinig_partners_max:\n    value: 7", "weinig_partners_max:\n    value: 10", 1), encoding="utf-8"
    )
    return target


def test_a_case_whose_conclusion_keeps_its_value_on_other_rules_is_named(tmp_path: Path) -> None:
    """A helper moved 'weinig partners' from 7 to 10: the guide's own example kept its governance mode (NAO) but on
    three factors instead of four, and its sentence said so; diff named no such case, for neither the value nor
    a finding changed. That an edited rule starts or stops firing, and a sentence that changes, now count."""
    target = _few_partners_up_to_ten(tmp_path)
    case = {
        "challenge": {"rationale": "effectiveness"},
        "governance": {
            "partner_count": 9,
            "trust": "moderate",
            "goal_consensus": "moderate",
            "network_competency_need": "high",
        },
    }
    old, new = load_rules(RULES), load_rules(target)
    result = compare_rulebases(old, new, [CorpusCase(name="negen partners", source="own", case=case)])
    (impact,) = result.cases
    assert impact.conclusions == []  # the mode stays NAO
    assert "GOV-partners-few" in impact.started_firing
    assert "GOV-partners-more-nao" in impact.stopped_firing
    assert impact.conclusions_reworded == ["governance_mode"]
    assert "Governancevorm: dezelfde uitkomst, anders verwoord" in diff_markdown(result)
    # and how: a tester had to run the advice twice to find the longer sentence that broke a report's length
    (sentence,) = impact.sentences_reworded
    advisors = Advisor(old), Advisor(new)
    assert sentence.before.nl == advisors[0].advise(case).conclusions["governance_mode"].sentence
    assert sentence.after.en == advisors[1].advise(case, lang="en").conclusions["governance_mode"].sentence
    assert f"voor: {sentence.before.nl}" in diff_text(result)
    assert f"now: {sentence.after.en}" in diff_text(result, "en")
    # named by its folder, not every path of every file
    assert compare_rulebases(old, new, []).old == f"{RULES.as_posix()} ({old.version})"


def test_an_open_conclusion_whose_possible_outcomes_change_is_not_called_reworded(tmp_path: Path) -> None:
    """A tester lowered 'weinig partners': a governance mode still open could no longer be self-governing and
    could now be a NAO, and diff said "dezelfde uitkomst, anders verwoord", which a rule owner reads as nothing to
    check."""
    target = _few_partners_up_to_ten(tmp_path)
    case = {
        "challenge": {"rationale": "effectiveness"},
        "governance": {"partner_count": 9, "network_competency_need": "low"},
    }
    old, new = load_rules(RULES), load_rules(target)
    before = Advisor(old).advise(case).conclusions["governance_mode"]
    after = Advisor(new).advise(case).conclusions["governance_mode"]
    assert before.certainty == after.certainty == "open"
    assert {o.value for o in before.outcomes} != {o.value for o in after.outcomes}
    (impact,) = compare_rulebases(old, new, [CorpusCase(name="negen", source="own", case=case)]).cases
    assert impact.outcomes_changed == ["governance_mode"]
    assert impact.conclusions_reworded == []
    text = diff_text(compare_rulebases(old, new, [CorpusCase(name="negen", source="own", case=case)]))
    assert "Governancevorm: andere mogelijke uitkomsten" in text
    assert "anders verwoord" not in text
    assert f"voor: {before.sentence}" in text


def test_a_case_is_put_down_to_the_edits_its_change_goes_through_and_a_title_edit_is_shown(tmp_path: Path) -> None:
    """A policy officer moved 'weinig partners' and retitled another rule: diff put her case's new governance
    outcomes down to the retitled rule alone (it fired there), and said "gewijzigd: boodschap" over two equal
    messages. A case is now put down to the edited rules its change goes through; a title edit is shown."""
    target = _few_partners_up_to_ten(tmp_path)
    forms = target / "vormen.yaml"
    text = forms.read_text(encoding="utf-8")
    text = text.replace("Nauwer samenwerken kost soevereiniteit", "Samenwerken kost soevereiniteit", 1)
    organisation = "FORM-organisation-network"
    start = text.index(f"id: {organisation}")
    forms.write_text(text[:start] + text[start:].replace('section: ["3", "5"]', 'section: ["5"]', 1), encoding="utf-8")
    old, new = load_rules(RULES), load_rules(target)
    edits = {edit.rule_id: edit for edit in rule_edits(old, new)}
    retitled = edits["FORM-sovereignty"]
    assert retitled.aspects == ["title"]
    assert retitled.title_before is not None
    assert retitled.title_before.nl == "Nauwer samenwerken kost soevereiniteit"
    assert retitled.title_after is not None
    assert retitled.title_after.nl == "Samenwerken kost soevereiniteit"
    assert edits[organisation].aspects == ["other"]
    case = {
        "challenge": {"rationale": "effectiveness"},
        "governance": {"partner_count": 9, "network_competency_need": "low"},
    }
    fired = {finding.rule_id for finding in Advisor(old).advise(case).findings}
    assert {"FORM-sovereignty", organisation} <= fired
    result = compare_rulebases(old, new, [CorpusCase(name="negen", source="own", case=case)])
    (impact,) = result.cases
    assert impact.outcomes_changed == ["governance_mode"]
    assert impact.findings_reworded == ["FORM-sovereignty"]  # its title is its words too
    # the threshold's rules, through the governance mode; the retitled rule, through its finding; not the rule
    # whose sections alone changed, though it fired
    assert "GOV-partners-few" in impact.rules
    assert "FORM-sovereignty" in impact.rules
    assert organisation not in impact.rules
    text = diff_text(result)
    assert "gewijzigd: titel\n" in text
    assert "voor: Nauwer samenwerken kost soevereiniteit\n" in text
    assert "nu: Samenwerken kost soevereiniteit\n" in text


def test_a_group_of_rewordings_alone_does_not_open_with_and(tmp_path: Path) -> None:
    """ "Door MAYOR-lookout-tower (65 casussen)" was followed by "en 65 casussen met dezelfde uitkomst …", an "en"
    with nothing before it (a policy officer)."""
    target = tmp_path / "rules"
    shutil.copytree(RULES, target, ignore=shutil.ignore_patterns("README.md"))
    forms = target / "vormen.yaml"
    text = forms.read_text(encoding="utf-8")
    forms.write_text(text.replace("Nauwer samenwerken kost soevereiniteit", "Samenwerken kost soevereiniteit", 1))
    case = {"challenge": {"rationale": "effectiveness"}}
    cases = [CorpusCase(name=f"casus {n}", source="own", case={**case, "title": f"{n}"}) for n in range(2)]
    text = diff_text(compare_rulebases(load_rules(RULES), load_rules(target), cases))
    assert "Door FORM-sovereignty (2 casussen)\n  2 casussen met dezelfde uitkomst in andere woorden, bv. " in text
    one = diff_text(compare_rulebases(load_rules(RULES), load_rules(target), cases[:1]))
    assert "Door FORM-sovereignty (1 casus)\n  1 casus met dezelfde uitkomst in andere woorden: casus 0" in one


def test_every_case_that_changes_is_shown_on_request_not_only_in_json(tmp_path: Path) -> None:
    """'en nog 17 (alles: --format json)': a policy officer had no readable way to see every changed case."""
    from netadvisor.diffreport import SHOWN_PER_GROUP

    target = _few_partners_up_to_ten(tmp_path)
    case = {"challenge": {"rationale": "effectiveness"}, "governance": {"partner_count": 9, "trust": "low"}}
    count = SHOWN_PER_GROUP * 2 + 3
    corpus = [CorpusCase(name=f"casus {index}", source="own", case=case) for index in range(count)]
    result = compare_rulebases(load_rules(RULES), load_rules(target), corpus)
    assert len(result.cases) == count
    assert "(alles: --all)" in diff_text(result)
    for every in (diff_text(result, every_case=True), diff_markdown(result, every_case=True)):
        assert all(f"casus {index}\n" in every for index in range(count))
        assert "--all)" not in every


def test_a_case_file_s_weet_niet_stays_unknown_in_the_cases_compared(tmp_path: Path) -> None:
    """A rule owner's case listed eight partners with their number "weet niet": diff took the number as 8 (the
    corpus kept the case without its explicit unknowns), and said the governance mode became settled where the
    advice kept it open."""
    own = tmp_path / "cases"
    own.mkdir()
    (own / "acht.yaml").write_text(
        "partners: [{name: A}, {name: B}, {name: C}, {name: D}, {name: E}, {name: F}, {name: G}, {name: H}]\n"
        "governance: {partner_count: weet niet, trust: weet niet}\n",
        encoding="utf-8",
    )
    rulebase = load_rules(RULES)
    corpus = build_corpus(rulebase, rulebase, own=own, generate=0)
    (case,) = [case for case in corpus.cases if case.name.endswith("acht.yaml")]
    assert case.case["governance"] == {"partner_count": None, "trust": None}


def test_an_open_conclusion_is_shown_as_open_between_its_outcomes_not_as_a_verdict(tmp_path: Path) -> None:
    """A policy officer lowered the number of criteria a type needs: diff showed the type before as "geen
    duidelijk type (…) (open)", which reads as a verdict, where the advice had said "nog open, mogelijk: complex
    of geen duidelijk type". A case it shows says "weet niet", not the code null."""
    target = tmp_path / "rules"
    shutil.copytree(RULES, target, ignore=shutil.ignore_patterns("README.md"))
    typing = target / "typering.yaml"
    text = typing.read_text(encoding="utf-8")
    typing.write_text(text.replace("typering_min_criteria:\n    value: 4", "typering_min_criteria:\n    value: 3", 1))
    case = {
        "challenge": {"criteria": {"recipe": "complex", "replicability": "complex", "expertise": "complex"}},
        "governance": {"trust": None},
    }
    old, new = load_rules(RULES), load_rules(target)
    before = Advisor(old).advise(case).conclusions["challenge_type"]
    assert (before.value, before.certainty) == (None, "open")
    result = compare_rulebases(old, new, [CorpusCase(name="drie", source="own", case=case)])
    (change,) = [change for change in result.cases[0].conclusions if change.conclusion == "challenge_type"]
    assert change.outcomes_before == [outcome.value for outcome in before.outcomes]
    assert sorted(map(str, change.outcomes_before)) == ["None", "complex"]
    assert (change.after, change.certainty_after, change.outcomes_after) == ("complex", "provisional", [])
    text = diff_text(result)
    assert "Type uitdaging: nog open, mogelijk: complex of geen duidelijk type" in text
    assert "→ complex (voorlopig)" in text
    assert "(open)" not in text
    # a generated case is shown with it, as a person writes it
    assert case_in_words(case, "nl")["governance"] == {"trust": "weet niet"}


def test_cases_whose_outcome_changes_come_first_and_mere_rewordings_are_summed_up(tmp_path: Path) -> None:
    """A policy officer raised a threshold: 518 of 594 cases were "dezelfde uitkomst, anders verwoord" (a number in
    a sentence), and the cases whose type changed sat under "en nog 117". Those come first; the rewordings are
    one line, and every case on request."""
    target = _rules_edited(
        tmp_path, "typering.yaml", "typering_min_criteria:\n    value: 4", "typering_min_criteria:\n    value: 5"
    )
    # open before and after, its sentence reworded (with one criterion known, a single answer decides something
    # at 5 that it did not at 4: another outcome on an answer, not a rewording)
    unknown = {"challenge": {"description": "nog niets bekend"}}
    four = {"challenge": {"criteria": dict.fromkeys(("recipe", "replicability", "expertise", "uniqueness"), "complex")}}
    corpus = [
        *(CorpusCase(name=f"anders verwoord {index}", source="own", case=unknown) for index in range(3)),
        CorpusCase(name="vier criteria", source="own", case=four),
    ]
    result = compare_rulebases(load_rules(RULES), load_rules(target), corpus)
    assert len(result.cases) == 4
    text = diff_text(result)
    assert "vier criteria\n" in text
    assert "anders verwoord 0\n" not in text
    # (in a group of their own: the first questions of "vier criteria" change too, through TYPE-mixed, now that the
    # seven a report shows are compared)
    assert "\n  3 casussen met dezelfde uitkomst in andere woorden, bv. anders verwoord 0 (alles: --all)\n" in text
    every = diff_text(result, every_case=True)
    assert "anders verwoord 0\n" in every
    assert every.count("Type uitdaging: dezelfde uitkomst, anders verwoord") == 3


def test_the_judgement_of_the_current_mode_without_a_value_is_said_as_open_not_as_a_verdict() -> None:
    """'Governancevorm van nu: wijkt af van het besluit → geen waarde' read as settled, while the decision it
    judges against was still open (a policy officer)."""
    from netadvisor.diffreport import _details
    from netadvisor.rulediff import CaseImpact, OutcomeChange

    change = OutcomeChange(
        conclusion="governance_mode_current",
        before="differs",
        after=None,
        certainty_before=None,
        certainty_after=None,
        outcomes_after=["differs", None],
    )
    (line,) = _details(CaseImpact(case="c", source="own", rules=[], conclusions=[change]), "nl")
    assert line == (
        "Governancevorm van nu: wijkt af van het besluit → nog open, mogelijk: wijkt af van het besluit of niet te "
        "beoordelen"
    )


def test_another_outcome_on_an_answer_is_no_rewording(tmp_path: Path) -> None:
    """A policy officer's edit made a case say "zelfregulerend netwerk als de doelconsensus 'hoog' is" where it had
    said "geen duidelijke vorm als de doelconsensus 'laag' is", and the impact report called it the same outcome,
    worded otherwise. What each answer leaves is part of the outcome."""
    target = _rules_edited(
        tmp_path, "typering.yaml", "typering_min_criteria:\n    value: 4", "typering_min_criteria:\n    value: 5"
    )
    one = {"challenge": {"criteria": {"recipe": "complex"}}}  # no single answer decided at 4; each does at 5
    result = compare_rulebases(load_rules(RULES), load_rules(target), [CorpusCase(name="een", source="own", case=one)])
    (impact,) = result.cases
    assert impact.outcomes_changed == ["challenge_type"]
    assert impact.conclusions_reworded == []
    assert "Type uitdaging: andere mogelijke uitkomsten, of een andere uitkomst bij een antwoord" in diff_text(result)


def test_every_combination_that_comes_out_otherwise_is_counted_where_the_cases_are_a_sample(tmp_path: Path) -> None:
    """A policy officer let trust 'gemiddeld' support self-governance too: not one compared case got another
    governance mode, and she would have told her colleagues so; 11 combinations of the four factors do. The
    report counts them over every combination (every fact known), and says the other conclusions keep theirs."""
    target = _rules_edited(
        tmp_path,
        "governance.yaml",
        "      - {fact: governance.trust, is: high}\n    then: {supports: {governance_mode: self_governing}}",
        "      - {fact: governance.trust, one_of: [high, moderate]}\n    then: {supports: {governance_mode: self_governing}}",
    )
    result = compare_rulebases(load_rules(RULES), load_rules(target), [])
    assert result.tables is not None
    (change,) = result.tables
    assert change.conclusion == "governance_mode"
    assert change.changed
    assert all((c.before, c.after) == (None, "self_governing") for c in change.changed)
    assert all(
        {"name": "governance.trust", "value": "moderate", "numbers": None} in [g.model_dump() for g in c.given]
        for c in change.changed
    )
    text = diff_text(result)
    assert f"Governancevorm: {len(change.changed)} van de {change.combinations} combinaties komen anders uit" in text
    # each way it comes out otherwise, counted, with what its combinations share and one of them
    count = len(change.changed)
    assert (
        f"{count}× geen duidelijke vorm → zelfregulerend netwerk, telkens met vertrouwen gemiddeld, "
        "samenwerkingsvorm organisatienetwerk; bv. vertrouwen gemiddeld, aantal organisaties " in text
    )
    assert "Type uitdaging en samenwerkingsvorm: elke combinatie komt uit zoals voordien" in text
    every = diff_text(result, every_case=True)
    assert every.count(": geen duidelijke vorm → zelfregulerend netwerk\n") == count
    assert "aantal organisaties 7," in every  # (not only the first example's class)
    # nothing in the rules changed: nothing to say of the combinations
    assert compare_rulebases(load_rules(RULES), load_rules(RULES), []).tables is None


def test_a_finding_whose_severity_changes_is_a_change_of_the_advice(tmp_path: Path) -> None:
    """A policy officer lowered an advice to info: diff said '0 veranderen' and 'Geen enkele casus krijgt een
    ander advies', while the advice left "Wat te doen" for a line at the end of the report."""
    target = _rules_edited(
        tmp_path,
        "burgemeestersoverleg.yaml",
        "      - {fact: challenge.rationale, known: false}\n    then:\n      finding:\n        severity: advice",
        "      - {fact: challenge.rationale, known: false}\n    then:\n      finding:\n        severity: info",
    )
    case = {"region": {"mayors_consultation": True, "initiated_by_mayors_consultation": True}}
    result = compare_rulebases(
        load_rules(RULES), load_rules(target), [CorpusCase(name="overleg", source="own", case=case)]
    )
    (impact,) = result.cases
    assert [(c.rule_id, c.before, c.after) for c in impact.severity_changed] == [
        ("MAYOR-form-by-rationale", "advice", "info")
    ]
    assert impact.rules == ["MAYOR-form-by-rationale"]
    text = diff_text(result)
    assert "bevinding MAYOR-form-by-rationale: advies → info (in het rapport nog enkel de titel" in text
    assert "Geen enkele casus krijgt een ander advies" not in text


def test_an_edited_rule_shows_its_conditions_and_severity_before_and_after(tmp_path: Path) -> None:
    """'~ GOV-trust-low: gewijzigd: voorwaarden' and '… gewijzigd: ernst' said what changed, not what it was and
    is (a policy officer's trial), where a message showed both."""
    target = _rules_edited(
        tmp_path,
        "governance.yaml",
        "      - {fact: governance.trust, is: low}",
        "      - {fact: governance.trust, one_of: [low, moderate]}",
    )
    result = compare_rulebases(load_rules(RULES), load_rules(target), [])
    (edit,) = result.rules
    assert edit.conditions_before is not None
    assert edit.conditions_after is not None
    assert "laag" in edit.conditions_before.nl
    assert "gemiddeld" not in edit.conditions_before.nl
    assert "[laag, gemiddeld]" in edit.conditions_after.nl  # (as the policy officer writes them, not the codes)
    assert "[low, moderate]" in edit.conditions_after.en
    text = diff_text(result)
    assert f"voor: {edit.conditions_before.nl}" in text
    assert f"nu: {edit.conditions_after.nl}" in text

    weighed = _rules_edited(
        tmp_path / "ernst",
        "burgemeestersoverleg.yaml",
        "      - {fact: challenge.rationale, known: false}\n    then:\n      finding:\n        severity: advice",
        "      - {fact: challenge.rationale, known: false}\n    then:\n      finding:\n        severity: info",
    )
    result = compare_rulebases(load_rules(RULES), load_rules(weighed), [])
    assert "ernst: advies → info (in het rapport nog enkel de titel, onder 'Ter informatie', zonder de boodschap)" in (
        diff_text(result)
    )


def test_a_new_rule_of_three_conditions_fires_in_generated_cases(tmp_path: Path) -> None:
    """A policy officer's new rule (three conditions on the goal) fired in none of 200 generated cases: one or two
    changed facts rarely meet three conditions, and diff showed only the rule's own example. Each edited rule gets
    generated cases in which each of its conditions on a fact holds."""
    rule = """
  - id: GOAL-three-conditions
    title: {nl: "Drie voorwaarden", en: "Three conditions"}
    section: ["4.2"]
    when:
      - {fact: goal.has_common_goal, is: true}
      - {fact: goal.consensus_reached, is: true}
      - {fact: goal.carried_by_all, is: false}
    then: {finding: {severity: advice, message: {nl: "Drie", en: "Three"}}}
"""
    target = _rules_edited(tmp_path, "doelstelling.yaml", "\nrules:\n", "\nrules:\n" + rule)
    old, new = load_rules(RULES), load_rules(target)
    result = compare_rulebases(old, new, build_corpus(old, new, generate=40, seed=3))
    # (the file's rules apply to organisation networks: a generated case fires it where its base is one)
    firing = [
        impact
        for impact in result.cases
        if impact.source == "generated" and "GOAL-three-conditions" in impact.findings_added
    ]
    assert firing


def test_a_case_several_scenarios_build_is_compared_once_under_every_name() -> None:
    """A policy officer missed a failing scenario in `diff`: an earlier one builds the same case, and only the first
    was named. The same facts with other "weet niet" answers are another case."""
    from netadvisor.rulediff import CorpusCase, _unique

    first = CorpusCase(name="a.feature:221 Eerste", source="scenario", case={"governance": {"trust": "high"}})
    again = first.model_copy(update={"name": "a.feature:230 Tweede"})
    not_known = first.model_copy(update={"name": "a.feature:238 Derde", "not_known": ["governance.partner_count"]})
    assert [case.name for case in _unique([first, again, not_known, again])] == [
        "a.feature:221 Eerste | a.feature:230 Tweede",
        "a.feature:238 Derde",
    ]


def test_a_finding_given_only_on_a_condition_is_said_so_and_not_to_fire(tmp_path: Path) -> None:
    """A rule-editing trial's new rule for organisation networks was said to fire, its finding added, for a case
    whose advice gives it only "als dit een organisatienetwerk is": a policy officer would think it now reaches
    every such case. It is added on that condition, and does not fire on the case itself."""
    conditional_rule = """
  - id: GOV-only-for-networks
    title: {nl: "Enkel voor netwerken", en: "Only for networks"}
    section: ["4.3"]
    when: [{conclusion: collaboration_form, is: organisation_network}, {fact: governance.trust, is: low}]
    then: {finding: {severity: advice, message: {nl: "Voorwaardelijk", en: "Conditional"}}}
    examples:
      fires: [{challenge: {rationale: effectiveness}, governance: {trust: low}}]
      silent: [{challenge: {rationale: effectiveness}, governance: {trust: high}}]
"""
    edited = _rules_edited(tmp_path, "governance.yaml", "\nrules:\n", "\nrules:\n" + conditional_rule)
    old, new = load_rules(RULES), load_rules(edited)
    open_form = CorpusCase(name="vorm open", source="own", case={"governance": {"trust": "low"}})
    network = CorpusCase(
        name="netwerk", source="own", case={"challenge": {"rationale": "effectiveness"}, "governance": {"trust": "low"}}
    )
    assert Advisor(new).advise(open_form.case).conditional_findings  # (the rule applies there on a condition)
    impacts = {impact.case: impact for impact in compare_rulebases(old, new, [open_form, network]).cases}
    on_condition = impacts["vorm open"]
    assert on_condition.findings_added == ["GOV-only-for-networks"]
    assert on_condition.on_condition["GOV-only-for-networks"].nl == "als dit een organisatienetwerk is"
    assert "GOV-only-for-networks" not in on_condition.started_firing
    given = impacts["netwerk"]
    assert given.started_firing == ["GOV-only-for-networks"]
    assert given.on_condition == {}
    from netadvisor.diffreport import _details

    assert "bevinding GOV-only-for-networks komt erbij, enkel als dit een organisatienetwerk is" in _details(
        on_condition, "nl"
    )
    assert "GOV-only-for-networks vuurt nu" not in _details(on_condition, "nl")
    assert "finding GOV-only-for-networks is added, only if this is an organisation network" in _details(
        on_condition, "en"
    )


def test_two_long_sentences_of_a_change_say_where_they_differ() -> None:
    """A rule owner compared two sentences of 400 characters by eye to find that "minstens 4" had become
    "minstens 5" (a rule-editing trial): the diff says the words that differ, a few, the rest counted."""
    from netadvisor.diffreport import _details, words_differing
    from netadvisor.rulediff import CaseImpact, SentenceChange
    from netadvisor.text import Text

    before = "Geen enkel type heeft minstens 4 van de 6 criteria achter zich (de drempel van netadvisor)."
    after = "Geen enkel type heeft minstens 5 van de 6 criteria achter zich (de drempel van netadvisor)."
    assert words_differing(before, after) == ['"4" → "5"']
    # (words left out and added said so: "'…(NAO),' →" and "… (+3)" could not be read, a rule-editing trial)
    assert words_differing("a b c", "a c d") == ['"b" valt weg', '"d" komt erbij']
    assert words_differing("a b c", "a c d", "en") == ['"b" is left out', '"d" is added']
    assert words_differing("1 2 3 4 5 6 7 8", "x 2 y 4 z 6 w 8") == [
        '"1" → "x"',
        '"3" → "y"',
        '"5" → "z"',
        "en nog 1 andere",
    ]
    assert words_differing("als 'hoog' is", "als 'laag' is") == ["\"'hoog'\" → \"'laag'\""]  # (its own quotes kept)
    assert words_differing(before, before) == []
    impact = CaseImpact(
        case="c",
        source="own",
        rules=[],
        conclusions_reworded=["challenge_type"],
        sentences_reworded=[
            SentenceChange(conclusion="challenge_type", before=Text(before, before), after=Text(after, after))
        ],
    )
    assert '  verschil: "4" → "5"' in _details(impact, "nl")
    assert '  difference: "4" → "5"' in _details(impact, "en")


_NAMING_A_LIMIT = """
policy:
  many: {value: 16, explanation: {nl: a, en: b}}
rules:
  - id: GOV-many
    title: {nl: a, en: b}
    section: ["4.3"]
    when: [{fact: governance.partner_count, at_least: {policy: many}}]
    then: {finding: {severity: info, message: {nl: "Vanaf {many} partners.", en: "From {many} partners."}}}
  - id: GOV-names-it
    title: {nl: c, en: d}
    section: ["4.3"]
    when: [{fact: governance.trust, is: low}]
    then: {finding: {severity: info, message: {nl: "De grens is {many}.", en: "The limit is {many}."}}}
"""


def test_a_policy_value_a_message_names_is_no_reworded_message_and_its_rule_uses_it() -> None:
    """A rule-editing trial changed veel_partners_min and read "~ GOV-current-unsupported: gewijzigd: boodschap" of a
    rule it had not touched, whose message names the limit; and "gebruikt door" left that rule out. The message as
    written is compared: a changed limit in it is a changed policy value, a changed word a changed message."""
    from helpers import rules_from_text

    old = rules_from_text(_NAMING_A_LIMIT)
    new = rules_from_text(_NAMING_A_LIMIT.replace("value: 16", "value: 12"))
    edits = {edit.rule_id: edit.aspects for edit in rule_edits(old, new)}
    assert edits["GOV-names-it"] == ["policy"]
    assert "message" not in edits["GOV-many"]
    (policy,) = policy_edits(old, new)
    assert policy.rules == ["GOV-many", "GOV-names-it"]
    reworded = rules_from_text(_NAMING_A_LIMIT.replace("De grens is {many}.", "De grens ligt op {many}."))
    assert {edit.rule_id: edit.aspects for edit in rule_edits(old, reworded)} == {"GOV-names-it": ["message"]}


def test_a_threshold_that_makes_rules_contradict_each_other_is_a_change_and_said_so(tmp_path: Path) -> None:
    """A rule-editing trial lowered typering_min_criteria to 3: three criteria complex and three simple then make
    both rules fire, a conflict. Every combination "came out as before" and the scenario's case "in other words":
    no value both times, but not the same no value. Now each is a change, the conflict named with its values."""
    from netadvisor.rulediff import table_changes

    edited = _rules_edited(
        tmp_path, "typering.yaml", "typering_min_criteria:\n    value: 4", "typering_min_criteria:\n    value: 3"
    )
    old, new = load_rules(RULES), load_rules(edited)
    [typing] = [change for change in table_changes(old, new) if change.conclusion == "challenge_type"]
    conflicts = [c for c in typing.changed if c.conflict_after]
    assert conflicts
    assert all(c.before is None and c.after is None and not c.conflict_before for c in conflicts)
    assert {tuple(c.conflict_after) for c in conflicts} >= {("complex", "simple")}
    three_and_three = {
        "challenge": {
            "criteria": {
                "recipe": "complex",
                "replicability": "complex",
                "expertise": "complex",
                "uniqueness": "simple",
                "certainty": "simple",
                "parts_and_whole": "simple",
            }
        }
    }
    result = compare_rulebases(old, new, [CorpusCase(name="drie en drie", source="own", case=three_and_three)])
    [impact] = result.cases
    [typed] = [change for change in impact.conclusions if change.conclusion == "challenge_type"]
    assert (typed.before, typed.after, typed.conflict_after) == (None, None, ["complex", "simple"])
    said = diff_text(result, "nl")
    assert "geen waarde: de regels spreken elkaar tegen (complex en eenvoudig)" in said


def test_cases_whose_questions_alone_change_without_a_rule_firing_otherwise_say_so_and_all_lists_them() -> None:
    """A rule-editing trial added a rule reading a fact no rule read before: the cases where only the first
    questions changed came under "via een besluit of beleidswaarde", which neither did; and --all still summed them
    up in one line. Now their heading says only the questions change, and --all lists each."""
    from netadvisor.rulediff import CaseImpact, CorpusSummary

    impacts = [
        CaseImpact(
            case=f"netwerk {index}",
            source="own",
            rules=[],
            questions_before=["governance.trust", "goal.has_common_goal"],
            questions_after=["goal.has_common_goal", "governance.trust"],
        )
        for index in range(2)
    ]
    diff = RuleBaseDiff(
        old="oud",
        new="nieuw",
        rules=[],
        policies=[],
        corpus=CorpusSummary(counts={"own": 2}, generated_from=0, seed=1),
        cases=impacts,
    )
    said = diff_text(diff, "nl")
    assert "Zonder dat een gewijzigde regel er anders vuurt (2 casussen): enkel de vragen" in said
    assert "via een besluit of beleidswaarde" not in said
    every = diff_text(diff, "nl", every_case=True)
    assert "netwerk 0" in every
    assert "netwerk 1" in every
    assert "alleen de eerste vragen veranderen" not in every
    # a group where an outcome changed too keeps the heading that names a conclusion or policy value
    mixed = diff.model_copy(update={"cases": [*impacts, impacts[0].model_copy(update={"findings_added": ["X"]})]})
    assert "via een besluit of beleidswaarde" in diff_text(mixed, "nl")


def test_a_policy_value_that_is_a_decision_s_threshold_is_said_used_by_it(tmp_path: Path) -> None:
    """`governance_min_steun: 3 → 2` was printed with no "(gebruikt door …)", though the governance mode's threshold
    is that value (a rule-editing trial)."""
    text = (RULES / "governance.yaml").read_text(encoding="utf-8")
    assert "minimum_support: {policy: governance_min_steun}" in text
    edited = _rules_edited(
        tmp_path, "governance.yaml", "governance_min_steun:\n    value: 3", "governance_min_steun:\n    value: 2"
    )
    old, new = load_rules(RULES), load_rules(edited)
    [policy] = [edit for edit in policy_edits(old, new) if edit.name == "governance_min_steun"]
    assert policy.decisions == ["governance_mode"]
    from netadvisor.rulediff import CorpusSummary

    corpus = CorpusSummary(counts={}, generated_from=0, seed=1)
    diff = RuleBaseDiff(old="oud", new="nieuw", rules=[], policies=[policy], corpus=corpus, cases=[])
    assert "governance_min_steun: 3 → 2 (gebruikt door de drempel van de governancevorm)" in diff_text(diff, "nl")
