"""The conclusions in words (wording.py, through the advice): what a value-less decision means, what an open
conclusion depends on, and advice for what a case says it is (on the frozen rules)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from netadvisor import Advisor, load_rules
from netadvisor.advisor import _while_unknown
from netadvisor.cli import main
from netadvisor.rulebase import RuleBase
from netadvisor.wording import in_quotes


def _sentence(advisor: Advisor, case: dict[str, object], name: str) -> str:
    return advisor.advise(case).conclusions[name].sentence


EFFECTIVE = {"challenge": {"rationale": "effectiveness"}}

LIMIT_AND_RANGES = (
    "De grens voor het aantal organisaties (7) kiest netadvisor: tot en met 7 steunt het zelfregulerend netwerk; "
    "vanaf 8 leiderorganisatienetwerk en netwerk administratieve organisatie (NAO)."
)
"""How the frozen rules' one limit on the number of organisations is said, with what each side supports."""


def test_a_decision_without_enough_support_says_so(advisor: Advisor) -> None:
    """Nine organisations, high consensus and trust, moderate need: two factors for self-governance, two for a
    lead organisation; none reaches three of four. Not "no governance mode" as if none were needed; and how much
    each has ("een andere vorm krijgt meer steun" could not be discussed without it: a rule-editing trial)."""
    case = {
        **EFFECTIVE,
        "governance": {
            "partner_count": 9,
            "trust": "high",
            "goal_consensus": "high",
            "network_competency_need": "moderate",
        },
    }
    sentence = _sentence(advisor, case, "governance_mode")
    assert sentence == (
        "Governancevorm: geen duidelijke vorm (geen enkele vorm heeft de steun van minstens 3 van de 4 factoren, "
        "de drempel van netadvisor; de steun nu: 2 voor leiderorganisatienetwerk, 2 voor zelfregulerend netwerk en 1 "
        "voor netwerk administratieve organisatie (NAO)). Dat staat vast."
    )


_SUPPORT = """
decisions:
  governance_mode: {{minimum_support: 1}}
rules:
  - id: G-trust
    title: {{nl: vertrouwen, en: trust}}
    section: ["4.3"]
    {trust}
    when: [{{fact: governance.trust, is: high}}]
    then: {{supports: {{governance_mode: self_governing}}}}
  - id: G-size
    title: {{nl: omvang, en: size}}
    section: ["4.3"]
    source: "Provan & Kenis (2008), tabel p. 237 ('moderately low')"
    basis: source
    when: [{{fact: governance.partner_count, at_most: 5}}]
    then: {{supports: {{governance_mode: self_governing}}}}
"""


def test_a_decision_whose_factors_come_from_a_source_outside_the_guide_says_so_and_only_then() -> None:
    """Which factor supports which governance mode is Provan & Kenis's table, not the guide's (§4.3 names the
    factors only): the conclusion says so wherever the factors count, once, by authors and year."""
    from helpers import rules_from_text

    resting = 'source: "Provan & Kenis (2008), tabel p. 237"\n    basis: source'
    sourced = Advisor(rules_from_text(_SUPPORT.format(trust=resting)))
    said = "at elke factor steunt, komt uit Provan & Kenis (2008), niet uit de gids"
    for case in ({}, {"governance": {"trust": "high"}}, {"governance": {"trust": "low", "partner_count": 9}}):
        sentence = " ".join(_sentence(sourced, case, "governance_mode").split())
        assert sentence.count(said) == 1, sentence
        decided = sourced.advise(case).conclusions["governance_mode"].status == "decided"
        # a sentence of its own, after the conclusion's (in a decision's bracket of factors it was one of five
        # clauses, which a policy officer could not put before the mayors), whether decided or open
        assert f" W{said}." in sentence, (decided, sentence)
        assert f"; w{said}" not in sentence
    guide = Advisor(rules_from_text(_SUPPORT.format(trust="")))  # one factor the guide's own: not all from the source
    assert "Provan" not in _sentence(guide, {"governance": {"trust": "high"}}, "governance_mode")


def test_an_open_decision_that_may_come_out_without_value_says_that_is_netadvisors_threshold() -> None:
    """A tester read "nog open, mogelijk: … of geen duidelijke vorm" as the guide's (or Provan & Kenis's) verdict:
    while that outcome is possible, the sentence says what it means, and that the threshold is netadvisor's."""
    from helpers import rules_from_text

    both = Advisor(rules_from_text(_SUPPORT.format(trust="").replace("minimum_support: 1", "minimum_support: 2")))
    means = (
        "Geen duidelijke vorm betekent hier: geen enkele vorm heeft de steun van minstens 2 van de 2 factoren (de "
        "drempel van netadvisor, niet van de gids)."
    )
    open_now = " ".join(_sentence(both, {}, "governance_mode").split())
    assert open_now.startswith("Governancevorm: nog open, mogelijk: zelfregulerend netwerk of geen duidelijke vorm.")
    assert open_now.count(means) == 1
    # settled, or no longer possible: not said (a settled "geen duidelijke vorm" says why in its own words)
    settled = " ".join(
        _sentence(both, {"governance": {"trust": "high", "partner_count": 9}}, "governance_mode").split()
    )
    assert "betekent hier" not in settled
    assert "de drempel van netadvisor" in settled
    decided = {"governance": {"trust": "high", "partner_count": 3}}
    assert "betekent hier" not in _sentence(both, decided, "governance_mode")


_TYPING = """
policy:
  min_criteria: {value: 2, explanation: {nl: "Een drempel.", en: "A threshold."}}
rules:
  - id: T-complex
    title: {nl: complex, en: complex}
    section: ["2"]
    when: [{fact: challenge.criteria.pointing_complex, at_least: {policy: min_criteria}}]
    then: {conclude: {challenge_type: complex}}
  - id: T-simple
    title: {nl: eenvoudig, en: simple}
    section: ["2"]
    when: [{fact: challenge.criteria.pointing_simple, at_least: {policy: min_criteria}}]
    then: {conclude: {challenge_type: simple}}
"""


def test_a_type_that_may_come_out_without_value_says_that_is_netadvisors_threshold() -> None:
    """A policy officer asked of "geen duidelijk type" what the governance mode already said of "geen duidelijke
    vorm": how many criteria a type needs is netadvisor's choice (the guide gives the criteria, not their weight),
    and the sentence says so wherever no type may come out, the number taken from the rules' policy value."""
    from helpers import rules_from_text

    typing = Advisor(rules_from_text(_TYPING))
    means = (
        "Geen duidelijk type betekent hier: geen enkel type heeft minstens 2 van de 6 criteria achter zich (de "
        "drempel van netadvisor; de gids zegt niet hoe de criteria samen te wegen)."
    )
    one = {"challenge": {"criteria": {"recipe": "complex"}}}
    open_type = " ".join(_sentence(typing, one, "challenge_type").split())
    assert open_type.count(means) == 1
    # named among the outcomes by its name alone, what it means said once, after them ("geen duidelijk type (geen
    # type met genoeg criteria)" and then its meaning said it twice: a policy officer)
    assert "geen duidelijk type" in open_type.split(means)[0]
    assert "genoeg criteria" not in open_type
    criteria = ("recipe", "replicability", "expertise", "uniqueness", "certainty", "parts_and_whole")
    mixed = {"challenge": {"criteria": dict.fromkeys(criteria, "complicated")}}
    settled = " ".join(_sentence(typing, mixed, "challenge_type").split())
    assert settled.startswith("Type uitdaging: geen duidelijk type")
    assert settled.count(means) == 1
    typed = {
        "challenge": {
            "criteria": {**dict.fromkeys(criteria, "complicated"), "recipe": "complex", "expertise": "complex"}
        }
    }
    # a type that came out says how many criteria point to it and whose threshold that is: said while it was open,
    # gone once settled (a policy officer)
    assert (
        _sentence(typing, typed, "challenge_type")
        == "Type uitdaging: complex (2 van de 6 criteria; de drempel van netadvisor is 2). Dat staat vast."
    )
    half = {"challenge": {"criteria": {"recipe": "complex", "expertise": "complex"}}}
    assert _sentence(typing, half, "challenge_type").startswith(
        "Type uitdaging: voorlopig complex (2 van de 6 criteria, 4 nog onbekend; de drempel van netadvisor is 2)"
    )


def test_a_decision_whose_rules_apply_only_to_another_form_does_not_apply(advisor: Advisor) -> None:
    sentence = _sentence(advisor, {"challenge": {"rationale": "efficiency"}}, "governance_mode")
    assert (
        sentence == "Governancevorm: niet van toepassing; die vraag stelt zich enkel als dit een organisatienetwerk is."
    )


def test_an_open_decision_depends_only_on_facts_that_can_change_it(advisor: Advisor) -> None:
    """The form is settled: the criteria of the type can no longer change the governance mode, and are not named."""
    sentence = _sentence(advisor, EFFECTIVE, "governance_mode")
    assert sentence.split(" Geen duidelijke vorm betekent hier: ")[0].endswith(
        "Dat hangt af van: vertrouwen, doelconsensus, nood aan netwerkcompetenties en aantal organisaties."
    )
    assert "recept" not in sentence


def test_advice_for_the_form_a_case_says_it_has_stays_on_that_condition(advisor: Advisor) -> None:
    """A stuck organisation network whose rationale points to a learning network: the stuck-network advice
    comes "als dit een organisatienetwerk is", beside the warning that the rationale points elsewhere."""
    advice = advisor.advise(
        {"challenge": {"rationale": "knowledge"}, "state": {"form": "organisation_network", "stuck": "ja"}}
    )
    assert advice.conclusions["collaboration_form"].value == "learning_network"
    conditional = {finding.rule_id: finding.assuming for finding in advice.conditional_findings}
    assert "STRAT-stuck-is-progress" in conditional
    assert conditional["STRAT-stuck-is-progress"].text == "als dit een organisatienetwerk is"  # type: ignore[union-attr]
    assert "FORM-stated-differs-organisation-network" in [finding.rule_id for finding in advice.findings]
    # the governance mode does not apply to the form the rules conclude, and the sentence says why without
    # contradicting the case (before: "die vraag stelt zich enkel als dit een organisatienetwerk is")
    assert " ".join(advice.conclusions["governance_mode"].sentence.split()) == (
        "Governancevorm: niet van toepassing, want de antwoorden wijzen op een andere vorm dan een "
        "organisatienetwerk; de casus noemt de samenwerking wel een organisatienetwerk."
    )
    without_statement = advisor.advise({"challenge": {"rationale": "knowledge"}, "state": {"stuck": "ja"}})
    assert "STRAT-stuck-is-progress" not in [finding.rule_id for finding in without_statement.conditional_findings]


def test_a_fact_named_by_its_meaning_inside_a_sentence_starts_lower_case() -> None:
    """'Vertrouwen, Het netwerk zit vast en netwerkoperator zijn nog onbekend' (the officer's cycle): a fact
    without a short name is named by its meaning, which starts with a capital."""
    from netadvisor.facts import FACTS
    from netadvisor.wording import fact_names

    plain = [path for path, spec in FACTS.items() if not spec.short_nl and spec.label("nl")[1:2].islower()]
    assert plain, "every fact has a short name: the check would pass on nothing"
    named = fact_names(["governance.trust", plain[0]]).nl
    assert named.startswith("vertrouwen en ")
    assert named.removeprefix("vertrouwen en ")[:1].islower(), named


def test_while_the_form_is_open_no_governance_mode_is_called_not_applicable_not_unclear(advisor: Advisor) -> None:
    """The governance factors all point to self-governance; only the form is open. Without a value it can only
    be because the form is not an organisation network: that does not apply, it is not "no clear mode"."""
    governance = {"partner_count": 5, "trust": "high", "goal_consensus": "high", "network_competency_need": "low"}
    conclusion = advisor.advise({"governance": governance}).conclusions["governance_mode"]
    assert [(o.value, o.label, o.no_value) for o in conclusion.outcomes] == [
        ("self_governing", "zelfregulerend netwerk", []),
        (None, "niet van toepassing", ["not_applicable"]),
    ]
    assert "geen duidelijke vorm" not in conclusion.sentence
    rationale = next(deciding for deciding in conclusion.deciding if deciding.fact == "challenge.rationale")
    assert [(answer.label, answer.outcome_labels) for answer in rationale.answers] == [
        ("kennis", ["niet van toepassing"]),
        ("efficiëntie", ["niet van toepassing"]),
        ("effectiviteit", ["zelfregulerend netwerk"]),
    ]  # each answer's outcomes as a person reads them, without a lookup
    assert "Niet van toepassing als de ratio 'kennis' of 'efficiëntie' is" in conclusion.sentence


def test_no_governance_mode_can_be_both_unclear_and_not_applicable_and_each_answer_says_which(
    advisor: Advisor,
) -> None:
    """Trust unknown can leave the factors tied (no clear mode), the open form can make it not apply: the
    outcomes say both, as two possibilities; the answers about the rationale only the second."""
    governance = {"partner_count": 15, "goal_consensus": "low", "network_competency_need": "high"}
    conclusion = advisor.advise({"governance": governance}).conclusions["governance_mode"]
    assert conclusion.outcomes[-1].label == "geen duidelijke vorm of niet van toepassing"
    assert conclusion.outcomes[-1].no_value == ["undecided", "not_applicable"]  # a program can tell them apart
    assert ", geen duidelijke vorm of niet van toepassing." in conclusion.sentence  # two of the listed outcomes
    assert "Niet van toepassing als de ratio 'kennis' of 'efficiëntie' is" in conclusion.sentence
    rationale = next(deciding for deciding in conclusion.deciding if deciding.fact == "challenge.rationale")
    effective = next(answer for answer in rationale.answers if answer.value == "effectiveness")
    # after "effectiviteit" the form is an organisation network: no value can then only mean undecided
    assert effective.outcome_labels[effective.outcomes.index(None)] == "geen duidelijke vorm"
    english = advisor.advise({"governance": governance}, lang="en").conclusions["governance_mode"]
    assert english.outcomes[-1].label == "no clear mode or not applicable"


def test_once_the_sentence_says_when_the_mode_does_not_apply_a_factor_is_not_said_to_make_it_not_apply(
    advisor: Advisor,
) -> None:
    """Trust and the form open, the other factors known: low or moderate trust leaves no mode either way (no
    clear one, or none to choose for another form). The sentence says first when the mode does not apply (the
    ratio); trust is then said to leave no clear mode, not "geen duidelijke vorm of niet van toepassing", which
    read as if trust decided whether it applies. The data of each answer keeps both meanings."""
    governance = {"partner_count": 4, "goal_consensus": "high", "network_competency_need": "high"}
    conclusion = advisor.advise({"governance": governance}).conclusions["governance_mode"]
    sentence = " ".join(conclusion.sentence.split())
    assert "Niet van toepassing als de ratio 'kennis' of 'efficiëntie' is; " in sentence
    assert "geen duidelijke vorm als het vertrouwen 'laag' of 'gemiddeld' is" in sentence
    assert "of niet van toepassing als het vertrouwen" not in sentence
    trust = next(deciding for deciding in conclusion.deciding if deciding.fact == "governance.trust")
    low = next(answer for answer in trust.answers if answer.value == "low")
    assert low.outcome_labels == ["geen duidelijke vorm of niet van toepassing"]
    english = " ".join(
        advisor.advise({"governance": governance}, lang="en").conclusions["governance_mode"].sentence.split()
    )
    assert "no clear mode if trust is 'low' or 'moderate'" in english


def test_with_the_form_settled_no_governance_mode_is_unclear_not_inapplicable(advisor: Advisor) -> None:
    governance = {"partner_count": 15, "goal_consensus": "low", "network_competency_need": "high"}
    conclusion = advisor.advise({**EFFECTIVE, "governance": governance}).conclusions["governance_mode"]
    assert conclusion.outcomes[-1].label == "geen duidelijke vorm"
    assert conclusion.outcomes[-1].no_value == ["undecided"]
    assert "van toepassing" not in conclusion.sentence


def test_advice_for_organisation_networks_stays_while_the_form_is_only_provisionally_another(
    advisor: Advisor,
) -> None:
    """The case says it is a learning network and the rationale is unknown: the form is for now a learning
    network, but can still become an organisation network. The warning that there is no common goal stays, on
    that condition; before, it vanished as soon as the form had any value."""
    case = {
        "challenge": {"rationale": "weet niet"},
        "goal": {"has_common_goal": "nee"},
        "state": {"form": "lerend netwerk"},
    }
    advice = advisor.advise(case)
    form = advice.conclusions["collaboration_form"]
    assert (form.value, form.certainty) == ("learning_network", "provisional")
    conditional = {finding.rule_id: finding.assuming for finding in advice.conditional_findings}
    assert "GOAL-no-common-goal" in conditional
    assert conditional["GOAL-no-common-goal"].text == "als dit een organisatienetwerk is"  # type: ignore[union-attr]


def test_a_rule_that_fires_only_on_the_assumed_form_without_speaking_of_it_is_not_advice_for_it(
    advisor: Advisor,
) -> None:
    """'A learning network, but the rationale fits a shared service centre or an organisation network' holds on
    the assumption "organisation network" alone; said under "als dit een organisatienetwerk is" it claimed the
    unknown rationale fitted an organisation network."""
    case = {"challenge": {"rationale": "weet niet"}, "state": {"form": "lerend netwerk"}}
    advice = advisor.advise(case)
    assert "FORM-stated-differs-learning-network" not in [f.rule_id for f in advice.conditional_findings]
    assert "FORM-stated-differs-learning-network" not in [f.rule_id for f in advice.findings]


def test_a_factor_that_settles_a_decision_is_the_subject_of_a_dutch_sentence_with_its_article(
    advisor: Advisor,
) -> None:
    """The tester read "Leiderorganisatienetwerk als doelconsensus 'laag' is of nood aan netwerkcompetenties
    'gemiddeld' is": Dutch needs "de" there. English needs no article."""
    case = {**EFFECTIVE, "governance": {"partner_count": 11, "trust": "low"}}
    dutch = _sentence(advisor, case, "governance_mode")
    assert "als de doelconsensus 'laag' is" in dutch
    assert "de nood aan netwerkcompetenties 'gemiddeld' is" in dutch
    english = advisor.advise(case, lang="en").conclusions["governance_mode"].sentence
    assert "if goal consensus is 'low'" in english


def test_an_open_conclusion_that_can_have_no_value_names_what_decides_that_too() -> None:
    """ "NAO als de doelconsensus 'gemiddeld' is … Verder hangt het af van: aantal organisaties": a policy officer
    read that only the number was open, where the lead organisation (and no clear form) needed consensus and the
    need for competencies too. No value ("geen duidelijke vorm") is an outcome like any other there."""
    from netadvisor.outcomes import ConclusionOutcomes
    from netadvisor.wording import hangs_on

    nao, lead = "network_administrative_organisation", "lead_organisation"
    outcomes = ConclusionOutcomes(
        "governance_mode",
        (lead, nao, None),
        ("governance.goal_consensus", "governance.network_competency_need", "governance.partner_count"),
        {
            "governance.goal_consensus": {"low": (lead, nao, None), "moderate": (nao,), "high": (nao, None)},
            "governance.network_competency_need": {"low": (nao, None), "moderate": (lead, nao, None), "high": (nao,)},
            "governance.partner_count": {11: (lead, nao, None), 16: (nao, None)},
        },
    )
    said = hangs_on("governance_mode", outcomes).pick("nl")
    assert said.endswith(
        " Verder hangt het af van: doelconsensus, nood aan netwerkcompetenties en aantal organisaties."
    ), said


def test_an_open_conclusion_names_what_decides_between_the_outcomes_no_single_answer_settles() -> None:
    """ "Niet van toepassing als de ratio 'kennis' is" alone would hide that trust decides between the modes."""
    from netadvisor.outcomes import ConclusionOutcomes
    from netadvisor.wording import hangs_on

    outcomes = ConclusionOutcomes(
        "governance_mode",
        ("lead_organisation", "self_governing", None),
        ("challenge.rationale", "governance.trust"),
        {
            "challenge.rationale": {"knowledge": (None,), "effectiveness": ("lead_organisation", "self_governing")},
            "governance.trust": {"low": ("lead_organisation", None), "high": ("lead_organisation", "self_governing")},
        },
    )
    said = hangs_on("governance_mode", outcomes).pick("nl")
    assert said.startswith("Geen duidelijke vorm als de ratio 'kennis' is.")
    assert said.endswith(" Verder hangt het af van: vertrouwen.")
    settled_by_one = ConclusionOutcomes(  # each outcome comes with an answer: nothing else to name
        "collaboration_form",
        ("learning_network", "organisation_network"),
        ("challenge.rationale",),
        {"challenge.rationale": {"knowledge": ("learning_network",), "effectiveness": ("organisation_network",)}},
    )
    assert "Verder" not in hangs_on("collaboration_form", settled_by_one).pick("nl")


def test_the_facts_an_answer_names_are_named_again_when_they_also_decide_between_the_rest() -> None:
    """Consensus 'gemiddeld' leaves no clear mode; 'laag' and 'hoog' each leave another: consensus also decides
    between those, and the sentence says so instead of stopping at the answer that gives no mode."""
    from netadvisor.outcomes import ConclusionOutcomes
    from netadvisor.wording import hangs_on

    outcomes = ConclusionOutcomes(
        "governance_mode",
        ("lead_organisation", "self_governing", None),
        ("challenge.rationale", "governance.goal_consensus"),
        {
            "challenge.rationale": {
                "knowledge": (None,),
                "effectiveness": ("lead_organisation", "self_governing", None),
            },
            "governance.goal_consensus": {
                "low": ("lead_organisation", None),
                "moderate": (None,),
                "high": ("self_governing", None),
            },
        },
    )
    said = hangs_on("governance_mode", outcomes).pick("nl")
    # (not the rationale: it decides no mode; and which of the rest, in words: "Verder hangt het af van:
    # doelconsensus" beside the consensus just named read as saying nothing more, a policy officer)
    assert said.endswith(
        " Of het leiderorganisatienetwerk of zelfregulerend netwerk wordt, hangt verder af van doelconsensus."
    )


def test_an_outcome_only_the_facts_just_named_decide_together_is_said_so_not_by_naming_them_again() -> None:
    """Three criteria complex, three unknown: "Complex als herhaalbaarheid, zekerheid of delen/geheel 'complex' is.
    Verder hangt het af van: herhaalbaarheid, zekerheid en delen/geheel." named the same three twice (a policy
    officer's trial); what the second sentence had to say is that no clear type needs them together."""
    from helpers import TYPE_RULES, rules_from_text

    complex_three = {"recipe": "complex", "uniqueness": "complex", "expertise": "complex"}
    advice = Advisor(rules_from_text(TYPE_RULES)).advise({"challenge": {"criteria": complex_three}})
    sentence = " ".join(advice.conclusions["challenge_type"].sentence.split())
    assert "Complex als herhaalbaarheid, zekerheid of delen/geheel 'complex' is." in sentence
    assert "Of het geen duidelijk type wordt, hangt af van herhaalbaarheid, zekerheid en delen/geheel samen." in (
        sentence
    )
    assert "Verder hangt het af van" not in sentence


def test_with_nothing_known_the_open_mode_still_says_which_factors_it_hangs_on(advisor: Advisor) -> None:
    """Nothing known: only the rationale settles an outcome alone ("niet van toepassing"); the factors decide the
    rest together, and a reader must still be told them, not only the rationale."""
    sentence = _sentence(advisor, {}, "governance_mode")
    assert "Niet van toepassing als de ratio 'kennis' of 'efficiëntie' is." in sentence
    hangs_on = sentence.split("Verder hangt het af van: ")[1]
    for factor in ("vertrouwen", "aantal organisaties", "doelconsensus", "nood aan netwerkcompetenties"):
        assert factor in hangs_on
    assert "recept" not in hangs_on  # only the facts its own rules read, not those of the type behind the form


def test_an_outcome_that_two_answers_settle_together_is_not_left_unexplained(advisor: Advisor) -> None:
    """Low trust, ten partners: one answer gives a lead organisation, but a NAO takes consensus and competencies
    together. The sentence must not stop at the single answers, as if a NAO could not come."""
    case = {**EFFECTIVE, "governance": {"trust": "low", "partner_count": 10}}
    sentence = _sentence(advisor, case, "governance_mode")
    assert "netwerk administratieve organisatie (NAO)" in sentence.split(". ")[0]  # still possible
    # (what "geen duidelijke vorm" means comes after what it hangs on)
    hangs_on = sentence.split(" Geen duidelijke vorm betekent hier: ")[0]
    # (then the value it can no longer be, and why)
    assert hangs_on.split(" Zelfregulerend netwerk kan het niet meer worden")[0].endswith(
        "wordt, hangt verder af van doelconsensus en nood aan netwerkcompetenties."
    )


def test_a_decided_mode_names_the_factors_behind_it_the_threshold_and_what_the_others_support(
    advisor: Advisor,
) -> None:
    """A tester read "zelfregulerend netwerk, gesteund door 3 van de 4 factoren" for a network with low trust and
    could not tell a mayors' consultation which three, that the fourth points elsewhere, or that three is
    netadvisor's threshold, not the guide's."""
    case = {
        **EFFECTIVE,
        "governance": {"partner_count": 6, "trust": "low", "goal_consensus": "high", "network_competency_need": "low"},
    }
    sentence = " ".join(_sentence(advisor, case, "governance_mode").split())
    # each factor with its value: "gesteund door ... doelconsensus" beside "niet alle partners zijn het eens over
    # de doelstelling" read as a contradiction where the consensus was 'gemiddeld' (a policy officer)
    # (whose the threshold and the limits are: sentences of their own, after the conclusion)
    assert sentence.startswith(
        "Governancevorm: zelfregulerend netwerk, gesteund door 3 van de 4 factoren (aantal organisaties 6, "
        "doelconsensus 'hoog' en nood aan netwerkcompetenties 'laag'; het vertrouwen steunt "
        "leiderorganisatienetwerk)."
    ), sentence
    assert sentence.endswith("Minstens 3 van de 4 factoren is de drempel van netadvisor. " + LIMIT_AND_RANGES), sentence
    english = " ".join(advisor.advise(case, lang="en").conclusions["governance_mode"].sentence.split())
    assert (
        "; trust supports lead organisation network). That is settled. At least 3 of the 4 factors is netadvisor's threshold. "
        in (english)
    )
    assert english.endswith(
        "The limit for the number of organisations (7) is netadvisor's: up to 7 it supports self-governing network; "
        "from 8 lead organisation network and network administrative organisation (NAO)."
    ), english


_DOUBTING = """
rules:
  - id: F-network
    title: {nl: netwerk, en: network}
    section: ["3"]
    when: [{fact: challenge.rationale, is: effectiveness}]
    then: {conclude: {collaboration_form: organisation_network}}
  - id: F-few
    title: {nl: "Te weinig partners", en: "Too few partners"}
    section: ["4.4"]
    when: [{conclusion: collaboration_form, is: organisation_network}, {fact: governance.partner_count, less_than: 3}]
    then: {finding: {severity: warning, doubts: collaboration_form, message: {nl: weinig, en: few}}}
  - id: F-alone
    title: {nl: "Eén kan het alleen", en: "One could do it alone"}
    section: ["3"]
    when: [{conclusion: collaboration_form, is: organisation_network}, {fact: challenge.single_partner_could_achieve, is: true}]
    then: {finding: {severity: warning, doubts: collaboration_form, message: {nl: alleen, en: alone}}}
"""


def test_a_conclusion_says_which_findings_put_it_in_doubt() -> None:
    """A tester read "Samenwerkingsvorm: organisatienetwerk." above three warnings that it may not be one, and
    took it as the advice contradicting itself. A finding marked ``doubts:`` is now said in the conclusion."""
    from helpers import rules_from_text

    advisor = Advisor(rules_from_text(_DOUBTING))
    effective = {"challenge": {"rationale": "effectiveness"}}
    assert (
        advisor.advise({**effective, "governance": {"partner_count": 5}}).conclusions["collaboration_form"].doubted_by
        == []
    )
    one = advisor.advise({**effective, "governance": {"partner_count": 2}}).conclusions["collaboration_form"]
    assert one.doubted_by == ["F-few"]
    assert one.sentence.endswith("Een bevinding hieronder zet daar vraagtekens bij: 'Te weinig partners'.")
    both = {
        "challenge": {**effective["challenge"], "single_partner_could_achieve": True},
        "governance": {"partner_count": 2},
    }
    english = advisor.advise(both, lang="en").conclusions["collaboration_form"]
    assert english.doubted_by == ["F-few", "F-alone"]
    assert english.sentence.endswith("2 findings below put this in doubt: 'Too few partners', 'One could do it alone'.")


def test_doubts_must_name_a_fixed_conclusion() -> None:
    from helpers import rules_from_text
    from netadvisor import RuleError

    with pytest.raises(RuleError) as raised:
        rules_from_text(
            _DOUBTING.replace(
                "doubts: collaboration_form, message: {nl: weinig", "doubts: collaboration_from, message: {nl: weinig"
            )
        )
    (problem,) = raised.value.problems
    assert problem.code == "doubts-not-a-conclusion"
    assert problem.hint is not None
    assert problem.hint.nl == "bedoelde je 'collaboration_form'?"


def test_a_form_that_comes_only_from_what_the_case_calls_itself_says_so(advisor: Advisor) -> None:
    """With the rationale unknown, "organisatienetwerk" comes from the case's own word for itself; a tester read
    it as netadvisor's conclusion."""
    conclusion = advisor.advise({"state": {"form": "organisation_network"}}).conclusions["collaboration_form"]
    assert conclusion.value == "organisation_network"
    assert conclusion.sentence.startswith("Samenwerkingsvorm: voorlopig organisatienetwerk, zoals de casus het noemt,")
    derived = advisor.advise({**EFFECTIVE, "state": {"form": "organisation_network"}})
    assert "zoals de casus" not in derived.conclusions["collaboration_form"].sentence


def test_a_form_the_rules_conclude_while_the_case_names_none_is_not_the_case_s_word(advisor: Advisor) -> None:
    """A complex challenge needs an organisation network while the rationale is unknown: the rule asks that the
    case names no form (``known: false``), and its conclusion is its own. A tester read "zoals de casus het
    noemt" for a case that names no form at all."""
    from netadvisor.facts import CRITERIA

    complex_case = {"challenge": {"criteria": {path.rpartition(".")[2]: "complex" for path in CRITERIA}}}
    conclusion = advisor.advise(complex_case).conclusions["collaboration_form"]
    assert conclusion.value == "organisation_network"
    assert "zoals de casus" not in conclusion.sentence
    assert conclusion.sentence.startswith("Samenwerkingsvorm: voorlopig organisatienetwerk")


def test_an_answer_to_a_number_says_the_numbers_it_stands_for(advisor: Advisor) -> None:
    """A tester read "geen duidelijke vorm als het aantal organisaties '16' is of '17' is", while every count from
    16 up gives it: the tables cut numbers into classes, and each answer is said as its class, merged with the
    next where they settle alike."""
    case = {**EFFECTIVE, "governance": {"trust": "high", "goal_consensus": "high"}}
    conclusion = advisor.advise(case).conclusions["governance_mode"]
    assert "het aantal organisaties 'hoogstens 7' is" in conclusion.sentence, conclusion.sentence
    count = next(deciding for deciding in conclusion.deciding if deciding.fact == "governance.partner_count")
    assert [(answer.value, answer.label, answer.numbers) for answer in count.answers] == [
        (1, "hoogstens 6", (1, 6)),  # (from the smallest count there is)
        (7, "7", (7, 7)),
        (8, "8 of meer", (8, 100_000)),
    ]
    english = advisor.advise(case, lang="en").conclusions["governance_mode"].sentence
    assert "number of organisations is 'at most 7'" in english, english


def test_doubts_belongs_with_a_warning_or_advice() -> None:
    from helpers import rules_from_text
    from netadvisor import RuleError

    with pytest.raises(RuleError) as raised:
        rules_from_text(
            _DOUBTING.replace(
                "severity: warning, doubts: collaboration_form, message: {nl: weinig",
                "severity: info, doubts: collaboration_form, message: {nl: weinig",
            )
        )
    (problem,) = raised.value.problems
    assert problem.code == "doubts-on-info"


def test_a_factor_that_supports_two_other_modes_is_named_once(advisor: Advisor) -> None:
    case = {
        **EFFECTIVE,
        "governance": {
            "partner_count": 12,
            "trust": "high",
            "goal_consensus": "high",
            "network_competency_need": "low",
        },
    }
    sentence = _sentence(advisor, case, "governance_mode")
    assert (
        "het aantal organisaties steunt leiderorganisatienetwerk en netwerk administratieve organisatie (NAO)). Dat"
        in sentence
    ), sentence
    # (named once among what the other factors support; that its limits are netadvisor's is said apart)
    assert sentence.count("aantal organisaties steunt") == 1
    assert sentence.endswith(LIMIT_AND_RANGES), sentence


def test_a_fact_that_decides_only_together_with_others_is_named_beside_those_that_decide_alone(
    tmp_path: Path,
) -> None:
    """A tester's nine listed partners, their number "weet niet": the mode "hangt verder af van: vertrouwen,
    doelconsensus en nood aan netwerkcompetenties", while question 6 asked the number "(raakt: governancevorm)"
    and answering 9 or 20 gave another mode. The number decides only together with the others; it is named too,
    and the data says so (Conclusion.deciding_together), as what-if --for does."""
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "tests" / "rules", rules, ignore=shutil.ignore_patterns("README.md"))
    governance = rules / "governance.yaml"
    more = "      - fact: governance.partner_count\n        more_than: {policy: weinig_partners_max}\n"
    text = governance.read_text(encoding="utf-8")
    lead = "    then: {supports: {governance_mode: lead_organisation}}"
    nao = "    then: {supports: {governance_mode: network_administrative_organisation}}"
    text = text.replace(more + lead, more + "      - fact: governance.partner_count\n        at_most: 15\n" + lead, 1)
    text = text.replace(more + nao, "      - fact: governance.partner_count\n        more_than: 15\n" + nao, 1)
    governance.write_text(text, encoding="utf-8")
    case = {"partners": [{"name": f"Gemeente {n}"} for n in range(9)], "governance": {"partner_count": None}}
    mode = Advisor(load_rules(rules)).advise(case).conclusions["governance_mode"]
    assert mode.deciding_together == ["governance.partner_count"]
    assert "governance.partner_count" not in [deciding.fact for deciding in mode.deciding]
    assert (
        "Verder hangt het af van: vertrouwen, doelconsensus, nood aan netwerkcompetenties en aantal organisaties."
        in mode.sentence
    )
    # the rationale known: no answer settles the mode alone, and the sentence says what it hangs on, all of it
    effective = {**case, "challenge": {"rationale": "effectiveness"}}
    assert (
        "Dat hangt af van: vertrouwen, doelconsensus, nood aan netwerkcompetenties en aantal organisaties."
        in Advisor(load_rules(rules)).advise(effective).conclusions["governance_mode"].sentence
    )
    case_file = tmp_path / "casus.yaml"
    case_file.write_text(yaml.safe_dump(case), encoding="utf-8")
    out = io.StringIO()
    main(
        ["what-if", str(case_file), "--for", "governance_mode", "--rules", str(rules)], stdout=out, stderr=io.StringIO()
    )
    # (trust, consensus and competencies each narrow the open mode by themselves: single changes of their own)
    assert (
        out.getvalue()
        .rstrip()
        .endswith("Verder beslissen meer antwoorden samen: aantal organisaties (zie de open vragen).")
    )


def test_a_title_with_a_quotation_in_it_is_quoted_without_nesting_the_same_marks() -> None:
    # a policy officer read "alleen al 'Er is geen gemeenschappelijk 'waarom''" in a report
    assert in_quotes("Er is geen gemeenschappelijk 'waarom'") == "'Er is geen gemeenschappelijk ‘waarom’'"
    assert in_quotes("Niet 'alle neuzen in dezelfde richting'") == "'Niet ‘alle neuzen in dezelfde richting’'"
    # an apostrophe is no quotation mark
    assert in_quotes("Wie ondersteunt de OCMW's en 'het overleg'?") == "'Wie ondersteunt de OCMW's en ‘het overleg’?'"
    assert in_quotes("The mayors' consultation") == "'The mayors' consultation'"
    assert in_quotes("Geen aanhalingstekens") == "'Geen aanhalingstekens'"


COMPLEX = {"recipe": "complex", "replicability": "complex", "expertise": "complex", "uniqueness": "complex"}


def test_a_value_given_only_while_the_rationale_is_unknown_says_why_and_for_how_long(advisor: Advisor) -> None:
    # "voorlopig organisatienetwerk" read as if the rules knew the form (a policy officer)
    sentence = _sentence(advisor, {"challenge": {"criteria": COMPLEX}}, "collaboration_form")
    assert sentence.startswith(
        "Samenwerkingsvorm: voorlopig organisatienetwerk (type uitdaging complex, de ratio onbekend), maar "
    ), sentence
    english = advisor.advise({"challenge": {"criteria": COMPLEX}}, lang="en").conclusions["collaboration_form"]
    assert "for now organisation network (type of challenge complex, the rationale unknown), but" in english.sentence
    # a value the case states, or one the rationale gives, is said as before
    stated = _sentence(advisor, {"state": {"form": "learning_network"}}, "collaboration_form")
    assert "zoals de casus het noemt" in stated
    assert "onbekend)" not in stated
    known = _sentence(advisor, {"challenge": {"rationale": "effectiveness", "criteria": COMPLEX}}, "collaboration_form")
    assert known == "Samenwerkingsvorm: organisatienetwerk. Dat staat vast.", known


def test_an_open_form_says_what_it_is_while_the_rationale_is_unknown(advisor: Advisor) -> None:
    # its sentence named only the rationale as deciding, while its question list said the criteria change it; and
    # "is het de gekozen vorm die de casus noemt, en anders …" was read as if the case named a form (a policy
    # officer's climate case, which named none)
    half = {"challenge": {"criteria": {"recipe": "complex", "certainty": "complex"}}}
    sentence = _sentence(advisor, half, "collaboration_form")
    assert sentence.startswith("Samenwerkingsvorm: nog open"), sentence
    assert sentence.endswith(
        " Zolang de ratio onbekend is, is het een organisatienetwerk als het type uitdaging complex is, tenzij de"
        " casus al een gekozen vorm noemt (lezing van netadvisor, niet letterlijk de gids)."
    ), sentence
    english = advisor.advise(half, lang="en").conclusions["collaboration_form"].sentence
    assert english.endswith(
        " While the rationale is unknown, it is an organisation network if the type of challenge is complex, unless"
        " the case names a form already chosen (netadvisor's reading, not the guide's words)."
    ), english
    # the type can no longer be complex: nothing to say for the meantime (the stated form alone is no route of it)
    simple = {"recipe": "simple", "replicability": "simple", "expertise": "simple", "uniqueness": "simple"}
    not_complex = _sentence(advisor, {"challenge": {"criteria": simple}}, "collaboration_form")
    assert "nog open" in not_complex, not_complex
    assert "Zolang" not in not_complex, not_complex


def test_rules_that_give_a_conclusion_a_value_only_while_facts_are_unknown_are_found_by_their_conditions(
    frozen: RuleBase,
) -> None:
    found = {route.rule_id: route for route in _while_unknown(frozen, "collaboration_form")}
    assert set(found) == {
        "FORM-complex-needs-network",
        "FORM-stated-learning-network",
        "FORM-stated-shared-service-centre",
        "FORM-stated-organisation-network",
    }
    complex_route = found["FORM-complex-needs-network"]
    assert complex_route.conclusions == (("challenge_type", ("complex",)),)
    assert set(complex_route.unknown) == {"challenge.rationale", "state.form"}
    assert not complex_route.stated
    assert found["FORM-stated-learning-network"].stated
    assert found["FORM-stated-learning-network"].unknown == ("challenge.rationale",)
    # a rule with another condition beside them is no such rule: its sentence stays as it was
    assert _while_unknown(frozen, "governance_mode") == ()


def test_a_settled_decision_names_a_fact_known_within_bounds_by_its_exact_value_as_unknown(advisor: Advisor) -> None:
    """13 partners listed, their number never answered: "aantal organisaties minstens 13" supports the mode, and
    the sentence after it said "aantal organisaties is nog onbekend" (a policy officer's climate case). What is
    unknown is the exact number."""
    case = {
        "challenge": {"rationale": "effectiveness"},
        "partners": [{"name": f"Partner {number}"} for number in range(13)],
        "governance": {"goal_consensus": "moderate", "network_competency_need": "high", "partner_count": "weet niet"},
    }
    mode = advisor.advise(case).conclusions["governance_mode"]
    assert mode.certainty == "settled"
    assert "governance.partner_count" in mode.unknown
    sentence = " ".join(mode.sentence.split())
    assert (
        "Dat staat vast: vertrouwen en het precieze aantal organisaties zijn nog onbekend, maar dat verandert dit niet "
        in (sentence)
    )
    english = " ".join(advisor.advise(case, lang="en").conclusions["governance_mode"].sentence.split())
    assert "That is settled: trust and the exact number of organisations are still unknown" in english


def test_a_decision_settled_without_a_value_says_which_answer_tells_what_that_means(advisor: Advisor) -> None:
    """The governance mode of a case that says it is a learning network, its rationale unknown: no value, which
    means "niet van toepassing" or "geen duidelijke vorm" depending on the rationale. It was "settled" with no
    deciding answer and a sentence that did not say on what it hangs, while the rationale's question said it
    changes the mode by itself (a tool builder)."""
    case = {
        "governance": {
            "trust": "moderate",
            "goal_consensus": "high",
            "network_competency_need": "moderate",
            "partner_count": 40,
        },
        "state": {"form": "learning_network"},
    }
    advice = advisor.advise(case)
    mode = advice.conclusions["governance_mode"]
    assert (mode.value, mode.certainty) == (None, "settled")
    assert [outcome.no_value for outcome in mode.outcomes] == [["undecided", "not_applicable"]]
    assert mode.sentence.startswith("Governancevorm: geen duidelijke vorm of niet van toepassing, naargelang de ratio.")
    (rationale,) = mode.deciding
    assert rationale.fact == "challenge.rationale"
    meant = {answer.value: (answer.outcomes, answer.outcome_labels) for answer in rationale.answers}
    assert meant["knowledge"] == ([None], ["niet van toepassing"])
    assert meant["effectiveness"] == ([None], ["geen duidelijke vorm"])
    question = next(question for question in advice.questions if question.fact == "challenge.rationale")
    assert any(change.name == "governance_mode" and change.alone for change in question.changes)


def test_the_limits_of_a_factor_said_with_its_number_are_said_to_be_netadvisors(advisor: Advisor) -> None:
    """ "aantal organisaties 6" beside "wat elke factor steunt, komt uit Provan & Kenis" read as their number for
    "few"; the rules say it is a policy value of netadvisor's (a policy officer). Said where the count is shown with
    its number, or decides by its number; not where every factor supports the mode and none is named. With what
    each range points to, as the rules compare the number: "7 en 16" told a policy officer with 16 organisations
    nothing of whether her number sat at a limit."""
    deciding = {**EFFECTIVE, "governance": {"trust": "low", "goal_consensus": "high", "network_competency_need": "low"}}
    sentence = " ".join(_sentence(advisor, deciding, "governance_mode").split())
    assert sentence.endswith(LIMIT_AND_RANGES), sentence
    every = {
        **EFFECTIVE,
        "governance": {"partner_count": 6, "trust": "high", "goal_consensus": "high", "network_competency_need": "low"},
    }
    assert "grens" not in _sentence(advisor, every, "governance_mode")


BY_SIZE = """
decisions:
  governance_mode: {minimum_support: 1}
rules:
  - id: F-network
    title: {nl: netwerk, en: network}
    section: ["3"]
    when: [{fact: challenge.rationale, is: effectiveness}]
    then: {conclude: {collaboration_form: organisation_network}}
  - id: G-small
    title: {nl: klein, en: small}
    section: ["4.3"]
    when: [{fact: governance.partner_count, at_most: 8}]
    then: {supports: {governance_mode: self_governing}}
  - id: G-large
    title: {nl: groot, en: large}
    section: ["4.3"]
    when: [{fact: governance.partner_count, at_least: 9}]
    then: {supports: {governance_mode: lead_organisation}}
"""


def test_a_conclusion_settled_on_a_partner_list_whose_number_was_never_given_says_it_holds_for_that_list() -> None:
    """A policy officer's note to the mayors rested on nine organisations that nobody had said were all of them:
    the list gives the number of organisations while it was never answered, and a conclusion that a larger number
    can change is settled only on that (in the data and in words); one that no number changes is settled, and
    every settled conclusion says so in words ("Dat staat vast.", as what-if says it)."""
    from helpers import rules_from_text
    from netadvisor.messages import ADVICE_WORDS, AS_LISTED_SAID, SETTLED_SAID, word

    advisor = Advisor(rules_from_text(BY_SIZE))
    three = [{"name": name} for name in ("A", "B", "C")]
    listed = advisor.advise({**EFFECTIVE, "partners": three})
    governance, form = listed.conclusions["governance_mode"], listed.conclusions["collaboration_form"]
    assert (governance.value, governance.certainty, governance.settled_as_listed) == ("self_governing", "settled", True)
    assert (
        ADVICE_WORDS["settled-as-listed"]
        .format(name="x", value="y", settled=SETTLED_SAID, as_listed=AS_LISTED_SAID)
        .nl[6:]
        in governance.sentence
    )
    # the number is asked, as a consultation of the same case asks it, and its question says what it can change
    [count] = [question for question in listed.questions if question.fact == "governance.partner_count"]
    assert [(change.name, change.alone) for change in count.changes] == [("governance_mode", True)]
    assert count.answer.minimum == 3
    assert count.question == word("partner-count-beside-list", named=3).nl
    # the form reads no number: settled whatever it is
    assert (form.certainty, form.settled_as_listed) == ("settled", False)
    settled = f"{SETTLED_SAID.nl}."
    assert form.sentence.endswith(settled)

    # the number given (as many as listed), or "weet niet": no condition on the list
    counted = advisor.advise({**EFFECTIVE, "partners": three, "governance": {"partner_count": 3}})
    assert (
        counted.conclusions["governance_mode"].certainty,
        counted.conclusions["governance_mode"].settled_as_listed,
    ) == (
        "settled",
        False,
    )
    assert counted.conclusions["governance_mode"].sentence.endswith(settled)
    assert not any(question.fact == "governance.partner_count" for question in counted.questions)
    unknown = advisor.advise({**EFFECTIVE, "partners": three, "governance": {"partner_count": "weet niet"}})
    assert unknown.conclusions["governance_mode"].certainty != "settled"
    assert not unknown.conclusions["governance_mode"].settled_as_listed


def test_an_open_decision_says_which_value_it_can_no_longer_be_and_which_known_factors_do_not_support_it() -> None:
    """A policy officer found the self-governing network missing from an open governance mode, unsaid why: the
    first thing a mayor asks is "why not the light form?"."""
    from helpers import TRUST_AND_CONSENSUS_RULES, rules_from_text
    from netadvisor.messages import ADVICE_WORDS

    advisor = Advisor(rules_from_text(TRUST_AND_CONSENSUS_RULES))
    open_mode = advisor.advise({"governance": {"trust": "low"}}).conclusions["governance_mode"]
    assert open_mode.certainty == "open"
    assert "self_governing" not in [outcome.value for outcome in open_mode.outcomes]
    said = ADVICE_WORDS["ruled-out-by-one"].format(value="Zelfregulerend netwerk", facts="vertrouwen 'laag'").nl
    assert said in open_mode.sentence, open_mode.sentence
    english = advisor.advise({"governance": {"trust": "low"}}, lang="en").conclusions["governance_mode"]
    assert "Self-governing network is no longer possible: trust 'low' does not support it." in english.sentence
    # nothing known against a value: nothing said of it (both still possible)
    nothing = advisor.advise({}).conclusions["governance_mode"]
    assert "kan het niet meer worden" not in nothing.sentence
    # a settled decision says what supports it, not what it no longer can be
    settled = advisor.advise({"governance": {"trust": "low", "goal_consensus": "low"}}).conclusions["governance_mode"]
    assert settled.certainty == "settled"
    assert "kan het niet meer worden" not in settled.sentence


BY_THREE_SIZES = """
decisions:
  governance_mode: {minimum_support: 2}
rules:
  - id: G-mid-lead
    title: {nl: middel, en: middle}
    section: ["4.3"]
    when: [{fact: governance.partner_count, at_least: 9}, {fact: governance.partner_count, at_most: 16}]
    then: {supports: {governance_mode: lead_organisation}}
  - id: G-huge-nao
    title: {nl: groot, en: large}
    section: ["4.3"]
    when: [{fact: governance.partner_count, at_least: 17}]
    then: {supports: {governance_mode: network_administrative_organisation}}
  - id: G-low-trust-lead
    title: {nl: weinig vertrouwen, en: low trust}
    section: ["4.3"]
    when: [{fact: governance.trust, is: low}]
    then: {supports: {governance_mode: lead_organisation}}
"""


def test_the_number_beside_a_list_ranks_by_what_it_settles_of_conclusions_open_with_the_list() -> None:
    """The number beside a list ranked by all it could narrow with the number open came first, right after the
    names, where the list taken as the whole network had settled the governance mode: asked before the criteria that
    settle the open type, it cost the consultation a question (its benchmark's p90 went from 12 to 13). Settled so,
    the mode adds nothing to its rank; the number is still asked, as it can unsettle it."""
    from conftest import RULES
    from helpers import rules_from_text

    advisor = Advisor.from_path(RULES)
    governance = {"trust": "high", "goal_consensus": "low", "network_competency_need": "low"}
    case = {
        "challenge": {"rationale": "effectiveness"},
        "governance": governance,
        "partners": [{"name": name} for name in ("Geel", "Mol", "Dessel")],
    }
    advice = advisor.advise(case)
    assert advice.conclusions["governance_mode"].settled_as_listed
    ranks = {question.fact: question.rank for question in advice.questions}
    criteria = [rank for fact, rank in ranks.items() if fact.startswith("challenge.criteria.")]
    assert len(criteria) == 6
    assert ranks["governance.partner_count"] > max(criteria)
    # open with the list too: ranked by what it narrows there, before the mode's other factors it settles with
    nine = [{"name": f"Gemeente {letter}"} for letter in "ABCDEFGHI"]
    open_mode = Advisor(rules_from_text(BY_THREE_SIZES)).advise({"partners": nine})
    assert [question.fact for question in open_mode.questions] == ["governance.trust", "governance.partner_count"]


def test_an_open_conclusion_the_number_beside_a_list_can_change_names_it() -> None:
    """ "Dat hangt af van: vertrouwen, doelconsensus en nood aan netwerkcompetenties" beside "3 van de 4 factoren",
    while the summary numbered the question of the number too (a trial read three factors and four questions): with
    the partners listed taken as the whole network, the number is named where it can still change the conclusion;
    where the case gives it, it is known and not named."""
    from conftest import RULES
    from netadvisor.render import advice_markdown

    advisor = Advisor.from_path(RULES)
    case = {"challenge": {"rationale": "effectiveness"}, "partners": [{"name": n} for n in ("Geel", "Mol", "Dessel")]}
    advice = advisor.advise(case)
    mode = advice.conclusions["governance_mode"]
    assert mode.certainty == "open"
    said = "Ook het aantal organisaties kan het nog veranderen, als de genoemde partners niet het hele netwerk zijn."
    assert said in mode.sentence
    summary = next(line for line in advice_markdown(advice, "2026-12-07").splitlines() if line.startswith("- Gover"))
    assert "de nood aan netwerkcompetenties en het aantal organisaties; vragen" in summary
    # and so does its data (a tool builder found the number in its question's changes and the sentence alone)
    assert "governance.partner_count" in [*(d.fact for d in mode.deciding), *mode.deciding_together]
    given = advisor.advise({**case, "governance": {"partner_count": 3}})
    assert said not in given.conclusions["governance_mode"].sentence
    stated = given.conclusions["governance_mode"]
    assert "governance.partner_count" not in [*(d.fact for d in stated.deciding), *stated.deciding_together]
    given_summary = next(
        line for line in advice_markdown(given, "2026-12-07").splitlines() if line.startswith("- Gover")
    )
    assert "aantal organisaties" not in given_summary


def test_the_number_beside_a_list_is_asked_where_an_answer_to_it_decides_an_open_conclusion() -> None:
    """Nine organisations listed, their number never given: the governance mode was open between the same outcomes
    with the number left open, so its question was not listed, although twenty would rule out the lead
    organisation (a policy officer's handout; a consultation of the same file asked the number first)."""
    from helpers import rules_from_text

    advisor = Advisor(rules_from_text(BY_THREE_SIZES))
    nine = [{"name": f"Gemeente {letter}"} for letter in "ABCDEFGHI"]
    advice = advisor.advise({"partners": nine})
    mode = advice.conclusions["governance_mode"]
    assert mode.certainty == "open"
    assert not mode.settled_as_listed
    [count] = [question for question in advice.questions if question.fact == "governance.partner_count"]
    assert [(change.name, change.alone) for change in count.changes] == [("governance_mode", True)]
    twenty = advisor.what_if({"partners": nine}, {"governance.partner_count": 20})
    assert [outcome.value for outcome in twenty.after.conclusions["governance_mode"].outcomes] != [
        outcome.value for outcome in mode.outcomes
    ]
    # the conclusion's data says it too: the number among what decides it alone, each answer with what it leaves
    # (what the number's question and the sentence said, and the conclusion did not: a tool builder)
    [by_count] = [deciding for deciding in mode.deciding if deciding.fact == "governance.partner_count"]
    [at_twenty] = [a for a in by_count.answers if a.numbers and a.numbers[0] <= 20 <= a.numbers[1]]
    assert at_twenty.outcomes == [o.value for o in twenty.after.conclusions["governance_mode"].outcomes]
    assert "governance.partner_count" not in mode.deciding_together
    # where no number changes anything (nine or more, all alike), it is not asked
    without_huge = (
        BY_THREE_SIZES.split("  - id: G-huge-nao")[0]
        + "  - id: G-low-trust-lead"
        + BY_THREE_SIZES.split("  - id: G-low-trust-lead")[1]
    )
    alike = Advisor(rules_from_text(without_huge.replace("at_most: 16", "at_most: 100000")))
    assert not any(q.fact == "governance.partner_count" for q in alike.advise({"partners": nine}).questions)


def test_a_type_without_value_as_its_rules_contradict_each_other_says_so_not_the_threshold() -> None:
    """A threshold lowered to 3 of 6 criteria: three complex and three simple make both rules fire, and the advice
    said "geen enkel type heeft minstens 3 van de 6 criteria achter zich", false, while a scenario on "geen
    duidelijk type (geen type met genoeg criteria)" still passed (a rule-editing trial). The sentence and the
    outcome say the rules contradict each other."""
    from helpers import rules_from_text

    text = """
policy:
  min: {value: 3, explanation: {nl: drie van de zes, en: three of six}}
rules:
  - id: TYPE-complex
    title: {nl: complex, en: complex}
    section: ["2"]
    when: [{fact: challenge.criteria.pointing_complex, at_least: {policy: min}}]
    then: {conclude: {challenge_type: complex}}
  - id: TYPE-simple
    title: {nl: eenvoudig, en: simple}
    section: ["2"]
    when: [{fact: challenge.criteria.pointing_simple, at_least: {policy: min}}]
    then: {conclude: {challenge_type: simple}}
"""
    criteria = dict.fromkeys(("recipe", "replicability", "expertise"), "complex") | dict.fromkeys(
        ("uniqueness", "certainty", "parts_and_whole"), "simple"
    )
    advice = Advisor(rules_from_text(text), engine="evaluator").advise({"challenge": {"criteria": criteria}})
    typed = advice.conclusions["challenge_type"]
    assert (typed.status, typed.certainty) == ("conflict", "settled")
    assert "De regels spreken elkaar hier tegen: ze besluiten complex en eenvoudig tegelijk." in typed.sentence
    assert "criteria achter zich" not in typed.sentence
    assert [outcome.label for outcome in typed.outcomes] == ["complex en eenvoudig (de regels spreken elkaar tegen)"]
