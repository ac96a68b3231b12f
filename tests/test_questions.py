"""Questions: only those whose answer can change the advice, asked as a person answers them, best first."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import pytest

from conftest import RULES as FROZEN_RULES
from helpers import CONSENSUS_RULES, FORM_RULES, PROVISIONAL_NETWORK_CASE, rules_from_text, rules_from_texts
from netadvisor import Advice, Advisor, advice_text
from netadvisor.loader import Source, load_sources
from netadvisor.wording import fact_subject, in_quotes

RULES = """
decisions:
  governance_mode: {minimum_support: 1}
rules:
  - id: F-network
    title: {nl: netwerk, en: network}
    section: ["3"]
    when: [{fact: challenge.rationale, is: effectiveness}]
    then: {conclude: {collaboration_form: organisation_network}}
  - id: G-trust
    title: {nl: vertrouwen, en: trust}
    section: ["4.3"]
    when: [{conclusion: collaboration_form, is: organisation_network}, {fact: governance.trust, is: high}]
    then: {supports: {governance_mode: self_governing}}
  - id: M-steering
    title: {nl: te sturend, en: too directive}
    section: ["6"]
    when: [{fact: region.mayors_consultation, is: true}, {fact: region.mayors_consultation_directiveness, is: high}]
    then: {finding: {severity: warning, message: {nl: sturend, en: directive}}}
  - id: P-willing
    title: {nl: bereid, en: willing}
    section: ["2"]
    when: [{fact: partner_summary.all_willing_to_adapt, is: false}]
    then: {finding: {severity: warning, message: {nl: niet bereid, en: not willing}}}
  - id: R-operator
    title: {nl: operator, en: operator}
    section: ["4.4.2"]
    when: [{fact: management.roles.has_network_operator, is: false}]
    then: {finding: {severity: info, message: {nl: geen operator, en: no operator}}}
  - id: G-consensus
    title: {nl: consensus, en: consensus}
    section: ["4.3"]
    when: [{conclusion: collaboration_form, is: organisation_network}, {fact: governance.goal_consensus, is: high}]
    then: {supports: {governance_mode: self_governing}}
  - id: E-user
    title: {nl: gebruiker, en: user}
    section: ["7"]
    when: [{fact: goal.end_user, known: false}]
    then: {finding: {severity: advice, message: {nl: wie, en: who}}}
  - id: C-choices
    title: {nl: keuzes, en: choices}
    section: ["4.2"]
    when: [{fact: management.choices_aligned_with_goal, is: false}]
    then: {finding: {severity: warning, message: {nl: niet afgestemd, en: not aligned}}}
"""


@pytest.fixture(scope="module")
def advisor() -> Advisor:
    return Advisor(rules_from_text(RULES))


def _facts(advice: Advice) -> list[str]:
    return [question.fact for question in advice.questions]


def test_a_follow_up_waits_for_its_first_question(advisor: Advisor) -> None:
    """Directiveness is asked only once there is a mayors' consultation; meanwhile its parent is asked."""
    unknown = advisor.advise({})
    assert "region.mayors_consultation" in _facts(unknown)
    assert "region.mayors_consultation_directiveness" not in _facts(unknown)
    parent = next(q for q in unknown.questions if q.fact == "region.mayors_consultation")
    assert "M-steering" in [change.name for change in parent.changes]  # it carries its follow-up's reason
    yes = advisor.advise({"region": {"mayors_consultation": "ja"}})
    child = next(q for q in yes.questions if q.fact == "region.mayors_consultation_directiveness")
    assert child.follows == "region.mayors_consultation"
    no = advisor.advise({"region": {"mayors_consultation": "nee"}})
    assert not {"region.mayors_consultation", "region.mayors_consultation_directiveness"} & set(_facts(no))


@pytest.mark.parametrize("later", ["governance.goal_consensus", "management.choices_aligned_with_goal"])
def test_goal_consensus_waits_for_whether_there_is_a_common_goal_and_is_asked_after_either_answer(
    advisor: Advisor, later: str
) -> None:
    """The guide defines goal consensus by the common goal (§4.3): a tester was asked about it before being asked
    whether there is one. After "nee" it is still asked (the governance mode counts it). So are the choices made
    to fit the goal (§4.2: a policy officer was asked it first, and read the warning after her "nee" as a reproach
    about a goal nobody had set)."""
    case: dict[str, Any] = {"challenge": {"rationale": "effectiveness"}}
    unknown = _facts(advisor.advise(case))
    assert "goal.has_common_goal" in unknown
    assert later not in unknown
    for answer in ("ja", "nee"):
        answered = _facts(advisor.advise({**case, "goal": {"has_common_goal": answer}}))
        assert later in answered, answer


def test_nothing_is_asked_whose_answer_cannot_change_anything(advisor: Advisor) -> None:
    """With a knowledge rationale there is no organisation network: trust cannot matter and is not asked."""
    advice = advisor.advise({"challenge": {"rationale": "knowledge"}})
    assert "governance.trust" not in _facts(advice)
    assert all(question.changes for question in advice.questions)


def test_a_summary_is_asked_through_what_it_summarises(advisor: Advisor) -> None:
    """No partners: the list is asked. Partners listed: each one whose answer is missing, by name."""
    empty = advisor.advise({})
    assert "partners" in _facts(empty)
    assert "partner_summary.all_willing_to_adapt" not in _facts(empty)
    assert next(q for q in empty.questions if q.fact == "partners").answer.kind == "partner_list"
    listed = advisor.advise({"partners": [{"name": "OCMW", "willing_to_adapt": "ja"}, {"name": "CAW"}]})
    about = [q for q in listed.questions if q.fact.startswith("partners[")]
    assert [(q.fact, q.partner) for q in about] == [("partners[1].willing_to_adapt", "CAW")]
    assert about[0].answer.kind == "yes_no"
    complete = [{"name": "OCMW", "willing_to_adapt": "ja"}, {"name": "CAW", "willing_to_adapt": "ja"}]
    assert "partners" not in _facts(advisor.advise({"partners": complete}))
    partial = advisor.advise({"partners": complete, "governance": {"partner_count": 4}})
    assert "partners" in _facts(partial)  # two organisations the list leaves out can still be unwilling
    # the count answered "weet niet": the list may leave partners out, and the count is what tells
    not_counted = advisor.advise(
        {"partners": complete, "governance": {"partner_count": "weet niet"}}, not_known={"governance.partner_count"}
    )
    assert "governance.partner_count" in _facts(not_counted)
    count_question = next(q for q in not_counted.questions if q.fact == "governance.partner_count")
    assert "minstens 2" in count_question.question  # the partners named are among them
    # and the data says it too, for a form that bounds the field (a tool builder found it only in the words)
    assert (count_question.answer.minimum, count_question.answer.maximum) == (2, 100_000)
    from netadvisor.questions import answer_type

    assert answer_type("governance.partner_count", "nl").minimum == 1  # (without a list: the model's bound)
    assert "P-willing" in [
        change.name for q in not_counted.questions if q.fact == "governance.partner_count" for change in q.changes
    ]


def test_each_question_says_how_it_is_answered(advisor: Advisor) -> None:
    advice = advisor.advise({})
    kinds = {q.fact: q.answer for q in advice.questions}
    assert kinds["challenge.rationale"].kind == "choice"
    assert [choice.value for choice in kinds["challenge.rationale"].choices] == [
        "knowledge",
        "efficiency",
        "effectiveness",
    ]
    assert kinds["management.roles.network_operator"].kind == "text"  # a name, or 'niemand': not a number
    # 'niemand' as data too, for a form's button (a tool builder found it only in the question's words); a what-if
    # with its value is the answer "niemand"
    (nobody,) = kinds["management.roles.network_operator"].choices
    assert (nobody.value, nobody.label) == ("nobody", "niemand")
    assert (
        advisor.what_if({}, {"management.roles.network_operator": nobody.value}).after
        == advisor.what_if({}, {"management.roles.network_operator": "niemand"}).after
    )
    from netadvisor.questions import answer_type

    assert answer_type("goal.statement", "nl").choices == ()  # (a text of one's own, nothing else)
    assert kinds["goal.has_common_goal"].kind == "yes_no"  # who the end user is follows on from it
    assert kinds["region.mayors_consultation"].kind == "yes_no"


def test_a_finding_that_rests_on_an_unknown_fact_says_which_answer_could_take_it_away(advisor: Advisor) -> None:
    """Named by the question that is asked for it: the end user is a follow-up that waits for its yes/no
    questions (a tool builder found ``goal.end_user`` in ``may_change`` and in no question)."""
    advice = advisor.advise({})
    finding = advice.finding("E-user")
    assert finding is not None
    assert finding.may_change == ["goal.has_common_goal"]
    question = next(question for question in advice.questions if question.fact == "goal.has_common_goal")
    assert ("E-user", "goal.end_user") in [(change.name, change.via) for change in question.changes]
    # once its yes/no questions are answered "ja", the follow-up itself is asked, and named
    answered = advisor.advise({"goal": {"has_common_goal": True, "end_user_named": True}})
    finding = answered.finding("E-user")
    assert finding is not None
    assert finding.may_change == ["goal.end_user"]
    assert "goal.end_user" in _facts(answered)


def test_who_the_end_user_is_is_asked_also_without_a_common_goal(advisor: Advisor) -> None:
    """Without a common goal, whether the goal names an end user is not asked, and who the end user is waited for
    it: the advice to find out who the user is stood with no question that could settle it (a policy officer). It
    is asked itself then; while the common goal is unknown it still waits for it."""
    advice = advisor.advise({"goal": {"has_common_goal": False}})
    finding = advice.finding("E-user")
    assert finding is not None
    assert finding.may_change == ["goal.end_user"]
    assert "goal.end_user" in _facts(advice)
    assert "goal.end_user" not in _facts(advisor.advise({}))


@pytest.mark.parametrize(
    ("goal", "not_known"), [({"has_common_goal": "weet niet"}, set()), ({}, {"goal.has_common_goal"})]
)
def test_who_the_end_user_is_is_asked_also_when_the_common_goal_was_answered_weet_niet(
    advisor: Advisor, goal: dict[str, Any], not_known: set[str]
) -> None:
    """A common goal answered "weet niet" is not asked again, and whether the goal names an end user waits for its
    "ja": who the end user is, asked after that, was never asked in a whole consultation, while the advice said the
    case does not say who the user is (a policy officer's). It is asked itself then, as without a common goal;
    while the common goal was never answered, that is asked first and carries it."""
    advice = advisor.advise({"goal": goal}, not_known=not_known)
    finding = advice.finding("E-user")
    assert finding is not None
    assert finding.may_change == ["goal.end_user"]
    assert "goal.end_user" in _facts(advice)
    never_answered = advisor.advise({}).finding("E-user")
    assert never_answered is not None
    assert never_answered.may_change == ["goal.has_common_goal"]


def test_an_answer_that_keeps_a_rule_from_firing_is_not_called_unused(advisor: Advisor) -> None:
    """The end user given while whether it is named is unknown: the answer keeps E-user away, and the advice
    called it "nog niet gebruikt" all the same (a tool builder)."""
    advice = advisor.advise({"goal": {"end_user": "citizens"}})
    assert advice.finding("E-user") is None
    assert advice.waiting_answers == []


def test_a_finding_that_holds_only_while_a_fact_is_unknown_says_that_answer_takes_it_away() -> None:
    """ "Geen gekende factor steunt de huidige vorm" holds while the trust is unknown: whatever it is, some factor
    then supports a mode, and the current one is judged against it. A helper found it given as settled
    (may_change empty) while every answer to the trust takes it away."""
    case = {
        "challenge": {"rationale": "effectiveness"},
        "governance": {
            "current_mode": "self_governing",
            "partner_count": 15,
            "goal_consensus": "low",
            "network_competency_need": "high",
        },
    }
    advisor = Advisor.from_path(FROZEN_RULES)
    advice = advisor.advise(case)
    (unsupported,) = [finding for finding in advice.findings if finding.rule_id == "GOV-current-unsupported"]
    assert advice.conclusions["governance_mode_current"].value == "unsupported"
    assert "unsupported" not in [outcome.value for outcome in advice.conclusions["governance_mode_current"].outcomes]
    assert unsupported.may_change == ["governance.trust"]
    trust = next(question for question in advice.questions if question.fact == "governance.trust")
    assert "GOV-current-unsupported" in [change.name for change in trust.changes]
    for answer in ("low", "moderate", "high"):  # and so it is: each answer takes it away
        answered = advisor.advise({**case, "governance": {**case["governance"], "trust": answer}})
        assert "GOV-current-unsupported" not in [finding.rule_id for finding in answered.findings]


def test_a_finding_on_a_condition_says_which_answers_besides_the_condition_could_take_it_away() -> None:
    """The same finding while the form is open, given "als dit een organisatienetwerk is": the ratio decides the
    condition, and the trust and the need for competencies can each take the finding away under it. A helper
    found it given as firm there (may_change empty) while `what-if --set governance.trust=hoog` removed it."""
    case = {
        "governance": {"current_mode": "self_governing", "partner_count": 14, "goal_consensus": "low"},
    }
    advisor = Advisor.from_path(FROZEN_RULES)
    advice = advisor.advise(case)
    (unsupported,) = [f for f in advice.conditional_findings if f.rule_id == "GOV-current-unsupported"]
    assert unsupported.assuming is not None
    assert unsupported.assuming.value == "organisation_network"
    # (and the form the case says it has: an organisation network makes it a finding without the condition)
    # (and the criteria: a complex type makes it an organisation network while the ratio is unknown)
    from netadvisor.facts import CRITERIA

    assert set(unsupported.may_change) == {
        "challenge.rationale",
        "governance.trust",
        "governance.network_competency_need",
        "state.form",
        *CRITERIA,
    }
    four = {path.rsplit(".", 1)[1]: "complex" for path in CRITERIA[:4]}
    complex_type = {**case, "challenge": {"criteria": four}}
    assert advisor.advise(complex_type).finding("GOV-current-unsupported") is not None
    network = {**case, "challenge": {"rationale": "effectiveness"}}
    for path, answer in (("trust", "high"), ("network_competency_need", "low")):  # and so it is
        answered = advisor.advise({**network, "governance": {**case["governance"], path: answer}})
        assert "GOV-current-unsupported" not in [finding.rule_id for finding in answered.findings]
    assert "GOV-current-unsupported" in [finding.rule_id for finding in advisor.advise(network).findings]
    said = advisor.advise({**case, "state": {"form": "organisation_network"}})
    assert said.finding("GOV-current-unsupported") is not None


def test_what_narrows_a_fixed_conclusion_comes_first_then_the_most_serious_finding(advisor: Advisor) -> None:
    advice = advisor.advise({})
    facts = _facts(advice)
    assert facts[0] == "challenge.rationale"  # it settles the form and opens the governance mode
    warnings = [f for f in facts if f in ("region.mayors_consultation", "partners")]
    info = facts.index("management.roles.network_operator")
    assert all(facts.index(f) < info for f in warnings)
    assert [q.rank for q in advice.questions] == list(range(1, len(facts) + 1))


_TIES = """
rules:
  - id: W-alone
    title: {nl: alleen, en: alone}
    section: ["3"]
    when: [{fact: challenge.single_partner_could_achieve, is: true}]
    then: {finding: {severity: warning, message: {nl: alleen, en: alone}}}
  - id: W-review
    title: {nl: herbekijk, en: review}
    section: ["4.1"]
    when: [{fact: state.phase, is: implementation}, {fact: composition.reassessed_at_phase_change, is: false}]
    then: {finding: {severity: warning, message: {nl: herbekijk, en: review}}}
  - id: W-results
    title: {nl: resultaat, en: results}
    section: ["7"]
    when: [{fact: state.phase, is: implementation}, {fact: state.leads_to_concrete_results, is: false}]
    then: {finding: {severity: warning, message: {nl: resultaat, en: results}}}
"""


def test_of_questions_that_change_findings_as_serious_the_one_whose_answer_alone_does_comes_first() -> None:
    """The phase changes two warnings, each only with another answer; whether one partner could do it alone brings
    a warning by itself: that one answer is worth more, and came after (a policy officer's page lost it)."""
    facts = _facts(Advisor(rules_from_text(_TIES)).advise({}))
    assert facts.index("challenge.single_partner_could_achieve") < facts.index("state.phase")


_FOLLOWING_UP = (
    _TIES
    + """\
  - id: W-talk
    title: {nl: praten, en: talk}
    section: ["7"]
    when: [{fact: region.talk_leads_to_action, is: false}]
    then: {finding: {severity: warning, message: {nl: praten, en: talk}}}
"""
)
"""The ties above, and a warning on a follow-up of the mayors' consultation."""


def test_of_questions_that_change_as_much_the_follow_up_of_an_answered_question_comes_first() -> None:
    """A coordinator preparing the mayors' consultation, its "ja" answered, found its follow-ups after every other
    question that changes one warning by itself, in the catalogue's order. Of questions alike, a follow-up of what
    the case answered comes first (the conversation goes on where the person is); unanswered, it waits."""
    advisor = Advisor(rules_from_text(_FOLLOWING_UP))
    facts = _facts(advisor.advise({"region": {"mayors_consultation": True}}))
    assert facts.index("region.talk_leads_to_action") < facts.index("challenge.single_partner_could_achieve")
    assert "region.talk_leads_to_action" not in _facts(advisor.advise({}))


def test_a_question_that_changes_a_fixed_conclusion_comes_before_those_that_change_findings() -> None:
    """The form a case states changes the collaboration form (while the rationale is unknown) without narrowing
    what it can come out as; it fell behind every question about a finding (issue 10: fixed conclusions first)."""
    stated = """
rules:
  - id: FORM-stated-learning-network
    title: {nl: lerend, en: learning}
    section: ["5"]
    when: [{fact: state.form, is: learning_network}, {fact: challenge.rationale, known: false}]
    then: {conclude: {collaboration_form: learning_network}}
"""
    advice = Advisor(rules_from_texts(FORM_RULES, stated, _TIES)).advise({})
    form = _facts(advice).index("state.form")
    assert "collaboration_form" in [change.name for change in advice.questions[form].changes]
    assert form < _facts(advice).index("challenge.single_partner_could_achieve")


def test_every_question_of_the_packaged_rules_has_words_for_its_answer_type() -> None:
    """Every fact a person may be asked has a question and a kind of answer (no number for a text)."""
    from netadvisor.facts import FACTS, PARTNER_FACTS
    from netadvisor.questions import answer_type

    for path, spec in [*FACTS.items(), *PARTNER_FACTS.items()]:
        if spec.computed:
            continue
        answer = answer_type(path, "nl")
        expected: dict[str, Any] = {
            "bool": "yes_no",
            "enum": "choice",
            "int": "number",
            "text": "text",
            "partners": "partner_list",
        }
        assert answer.kind == expected[spec.type], path
        assert spec.question_nl.endswith(("?", ".", ")")), path


_FOR_NETWORKS = """
applies_when:
  - {conclusion: collaboration_form, is: organisation_network}
rules:
  - id: STRAT-stuck
    title: {nl: vast, en: stuck}
    section: ["4.4.1"]
    when: [{fact: state.stuck, is: true}]
    then: {finding: {severity: info, message: {nl: "Vast", en: "Stuck"}}}
  - id: STRAT-outside
    title: {nl: buiten, en: outside}
    section: ["4.4.1"]
    when: [{fact: state.stuck, is: true}, {fact: state.partners_resolve_among_themselves, is: false}]
    then: {finding: {severity: advice, message: {nl: "Buiten", en: "Outside"}}}
"""


@pytest.mark.parametrize("engine", ["evaluator", "durable"])
def test_a_finding_an_answer_would_bring_on_a_condition_is_marked_conditional_before_it_comes(engine: str) -> None:
    """While the form is open, advice for networks comes on a condition: a question that would bring such advice
    says so (``Change.conditional``), also when it has not come yet, and answering it keeps its word."""

    if engine == "durable":
        pytest.importorskip("durable")
    rules = rules_from_texts(FORM_RULES, _FOR_NETWORKS)
    advisor = Advisor(rules, engine=engine)  # type: ignore[arg-type]
    advice = advisor.advise({"state": {"stuck": True}})
    assert [finding.rule_id for finding in advice.conditional_findings] == ["STRAT-stuck"]
    [question] = [q for q in advice.questions if q.fact == "state.partners_resolve_among_themselves"]
    [change] = [c for c in question.changes if c.name == "STRAT-outside"]
    assert change.conditional
    after = advisor.advise({"state": {"stuck": True, "partners_resolve_among_themselves": False}})
    assert after.conditional_finding("STRAT-outside") is not None
    assert after.finding("STRAT-outside") is None
    settled = advisor.advise({"state": {"stuck": True}, "challenge": {"rationale": "effectiveness"}})
    [question] = [q for q in settled.questions if q.fact == "state.partners_resolve_among_themselves"]
    assert not any(change.conditional for change in question.changes)  # a network: it would simply come


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_question_asked_after_nee_to_the_one_before_does_not_take_its_ja_for_granted(lang: str) -> None:
    """Goal consensus is asked after 'is er een gemeenschappelijke doelstelling?', also after 'nee'; then it is
    not asked as 'how far does each partner pursue the common goal', which would contradict the 'nee'."""
    from netadvisor.facts import FACTS
    from netadvisor.messages import word

    advisor = Advisor(rules_from_text(CONSENSUS_RULES), lang=lang)  # type: ignore[arg-type]

    def asked(has_common_goal: bool) -> str:
        advice = advisor.advise({"goal": {"has_common_goal": has_common_goal}})
        [question] = [q for q in advice.questions if q.fact == "governance.goal_consensus"]
        return question.question

    assert asked(False) == word("goal-consensus-without-common-goal").pick(lang)  # type: ignore[arg-type]
    assert asked(True) == FACTS["governance.goal_consensus"].question(lang)


_STATED_FORM = """
rules:
  - id: FORM-stated
    title: {nl: gezegd, en: stated}
    section: ["5"]
    when: [{fact: state.form, is: learning_network}]
    then: {finding: {severity: warning, message: {nl: "Lerend", en: "Learning"}}}
"""


def test_the_form_a_network_has_is_asked_beside_the_rationale_as_what_it_is_itself() -> None:
    """A tester read "Welke vorm heeft de samenwerking?" under a settled organisation network as asking again what
    was settled: with the rationale known, it asks the form the collaboration itself has, which may differ."""
    from netadvisor.facts import FACTS
    from netadvisor.messages import word

    advisor = Advisor(rules_from_text(_STATED_FORM))

    def asked(case: dict[str, object]) -> str:
        [question] = [q for q in advisor.advise(case).questions if q.fact == "state.form"]
        return question.question

    assert asked({"challenge": {"rationale": "effectiveness"}}) == word("form-beside-rationale").pick("nl")
    assert asked({}) == FACTS["state.form"].question("nl")


_AGREEMENT = """
rules:
  - id: GOAL-agreed
    title: {nl: eens, en: agreed}
    section: ["4.2"]
    when: [{fact: goal.consensus_reached, is: false}]
    then: {finding: {severity: advice, message: {nl: "Eens", en: "Agreed"}}}
"""


def test_agreement_on_the_goal_beside_a_known_consensus_level_is_asked_as_another_question() -> None:
    """'Hebben alle partners consensus over de doelstelling?' read as the goal consensus a case gives asked again
    (a tester): beside a known level, the question says which is which."""
    advisor = Advisor(rules_from_text(_AGREEMENT))

    def asked(case: dict[str, Any]) -> str:
        [question] = [q for q in advisor.advise(case).questions if q.fact == "goal.consensus_reached"]
        return question.question

    assert asked({"goal": {"has_common_goal": True}}) == (
        "Zijn alle partners het eens over de doelstelling (ook als dat enkel in grote lijnen is)?"
    )
    assert asked({"goal": {"has_common_goal": True}, "governance": {"goal_consensus": "moderate"}}) == (
        "De casus zegt dat de doelconsensus (in welke mate elke partner het doel nastreeft) gemiddeld is. Zijn "
        "alle partners het ook eens over de doelstelling zelf?"
    )
    # the level answered "weet niet": asked right after it, the usual words read as the same question (a policy
    # officer)
    assert asked({"goal": {"has_common_goal": True}, "governance": {"goal_consensus": "weet niet"}}) == (
        "Iets anders dan de doelconsensus (in welke mate elke partner het doel nastreeft), die nog niet bekend is: "
        "zijn alle partners het eens over de doelstelling zelf (ook als dat enkel in grote lijnen is)?"
    )


def test_the_policy_domain_beside_a_theme_the_case_names_says_the_theme() -> None:
    """A policy officer's case file said "theme: zorg", and her handout asked "In welk beleidsdomein ligt de
    uitdaging?" as if the case had said nothing of it."""
    rules = """
rules:
  - id: DOMAIN-care
    title: {nl: zorg, en: care}
    section: ["7"]
    when: [{fact: challenge.domain, is: care}]
    then: {finding: {severity: info, message: {nl: "Zorg", en: "Care"}}}
"""
    advisor = Advisor(rules_from_text(rules))

    def asked(case: dict[str, Any], lang: Literal["nl", "en"] = "nl") -> str:
        [question] = [q for q in advisor.advise(case, lang=lang).questions if q.fact == "challenge.domain"]
        return question.question

    assert asked({}) == "In welk beleidsdomein ligt de uitdaging?"
    assert asked({"challenge": {"theme": " zorg voor\nouderen "}}) == (
        'De casus geeft als thema "zorg voor ouderen". In welk beleidsdomein ligt de uitdaging?'
    )
    assert asked({"challenge": {"theme": "zorg"}}, "en") == (
        'The case gives the theme "zorg". Which policy domain is the challenge in?'
    )


def test_a_question_that_changes_the_advice_only_through_its_follow_up_says_so() -> None:
    """'Is er een gemeenschappelijke doelstelling?' changes nothing itself here; it makes goal consensus asked,
    which can change a finding. Its change says through which question, and the report says 'via een
    vervolgvraag' rather than claiming the answer itself changes it."""
    from netadvisor import advice_text
    from netadvisor.messages import REPORT_WORDS

    advice = Advisor(rules_from_text(CONSENSUS_RULES)).advise({})
    [question] = [q for q in advice.questions if q.fact == "goal.has_common_goal"]
    assert [(change.name, change.via) for change in question.changes] == [
        ("GOV-consensus", "governance.goal_consensus")
    ]
    assert not any(q.fact == "governance.goal_consensus" for q in advice.questions)  # it waits
    # the follow-up named, as the conclusion names what it depends on (a policy officer could not tell "doelconsensus"
    # there and "Is er een gemeenschappelijke doelstelling? (raakt: governancevorm, via een vervolgvraag)" apart)
    named = REPORT_WORDS["via-follow-up-on"].format(fact=fact_subject("governance.goal_consensus")).pick("nl")
    assert named in " ".join(advice_text(advice).split())
    answered = Advisor(rules_from_text(CONSENSUS_RULES)).advise({"goal": {"has_common_goal": True}})
    [question] = [q for q in answered.questions if q.fact == "governance.goal_consensus"]
    assert [change.via for change in question.changes] == [None]  # asked now: its answer changes it itself


_PARTNERS_AND_GOAL = """
rules:
  - id: C-few
    title: {nl: weinig, en: few}
    section: ["4.4"]
    when: [{fact: governance.partner_count, less_than: 3}]
    then: {finding: {severity: warning, message: {nl: weinig, en: few}}}
  - id: C-kind
    title: {nl: soort, en: kind}
    section: ["4.1"]
    when: [{fact: partner_summary.only_local_governments, is: true}]
    then: {finding: {severity: advice, message: {nl: lokaal, en: local}}}
  - id: G-none
    title: {nl: geen doel, en: no goal}
    section: ["4"]
    when: [{fact: goal.has_common_goal, is: false}]
    then: {finding: {severity: warning, message: {nl: geen doel, en: no goal}}}
"""


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_partner_question_says_which_partners_the_case_names_when_its_count_says_there_are_more(
    lang: str,
) -> None:
    """A case that counts five partners and names two is asked for the others, not as if it named none; the
    answer is the whole list (a consultation's answer replaces it), and the question says that too."""
    from netadvisor.facts import spec_of
    from netadvisor.messages import word

    advisor = Advisor(rules_from_text(_PARTNERS_AND_GOAL), lang=lang)  # type: ignore[arg-type]
    named = advisor.advise({"governance": {"partner_count": 5}, "partners": [{"name": "Aalst"}, {"name": "Asse"}]})
    [question] = [q for q in named.questions if q.fact == "partners"]
    expected = word("partners-left-out", named=2, count=5, names="Aalst, Asse", missing=3).pick(lang)  # type: ignore[arg-type]
    assert question.question == expected
    assert "Aalst, Asse" in question.question
    assert "3" in question.question
    unnamed = advisor.advise({})
    [question] = [q for q in unnamed.questions if q.fact == "partners"]
    assert question.question == spec_of("partners").question(lang)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_whether_there_is_a_common_goal_is_asked_about_what_the_case_gives(lang: str) -> None:
    """The statement is a follow-up of 'is er een gemeenschappelijke doelstelling?'. A case that gives one but
    does not say that it is a common goal is asked about that statement, not as if it had none; likewise a case
    that gives the goal consensus, which is defined on the common goal (§4.3)."""
    from netadvisor.facts import FACTS

    advisor = Advisor(rules_from_text(_PARTNERS_AND_GOAL), lang=lang)  # type: ignore[arg-type]
    advice = advisor.advise({"goal": {"statement": "We willen dat niemand op straat slaapt."}})
    [question] = [q for q in advice.questions if q.fact == "goal.has_common_goal"]
    assert '"We willen dat niemand op straat slaapt"' in question.question
    assert question.question != FACTS["goal.has_common_goal"].question(lang)  # type: ignore[arg-type]
    plain = advisor.advise({})
    [question] = [q for q in plain.questions if q.fact == "goal.has_common_goal"]
    assert question.question == FACTS["goal.has_common_goal"].question(lang)  # type: ignore[arg-type]
    consensus = advisor.advise({"governance": {"goal_consensus": "high"}})
    [question] = [q for q in consensus.questions if q.fact == "goal.has_common_goal"]
    assert ("hoog" if lang == "nl" else "high") in question.question
    assert question.question != FACTS["goal.has_common_goal"].question(lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "said"), [("nl", "(voor elk van: Aalst, Asse)"), ("en", "(for each of: Aalst, Asse)")]
)
def test_a_question_asked_of_each_partner_is_one_line_naming_each_in_the_report(lang: str, said: str) -> None:
    """A summary of the partner list is asked of each partner whose answer is missing: the advice has a question
    per partner, and the report shows them as one line that names them all, not as one still unknown."""
    from netadvisor import advice_text
    from netadvisor.facts import spec_of

    advisor = Advisor(rules_from_text(RULES), lang=lang)  # type: ignore[arg-type]
    case = {"partners": [{"name": "Aalst"}, {"name": "Asse"}, {"name": "Boom", "willing_to_adapt": True}]}
    advice = advisor.advise(case)
    asked = [q for q in advice.questions if q.fact.endswith(".willing_to_adapt")]
    assert [(q.fact, q.partner) for q in asked] == [
        ("partners[0].willing_to_adapt", "Aalst"),
        ("partners[1].willing_to_adapt", "Asse"),
    ]
    question = spec_of("partners[].willing_to_adapt").question(lang)  # type: ignore[arg-type]
    lines = [line for line in advice_text(advice, case).splitlines() if question in line]
    assert len(lines) == 1
    assert f"{question} {said}" in lines[0]
    # of one partner, by its name alone, as the handout says it ("voor elk van: Provincie Oost-Vlaanderen": a trial)
    one = {"partners": [{"name": "Aalst"}, *({"name": n, "willing_to_adapt": True} for n in ("Asse", "Boom"))]}
    [line] = [line for line in advice_text(advisor.advise(one), one).splitlines() if question in line]
    assert f"{question} (Aalst)" in line


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_question_asked_after_another_whatever_its_answer_is_asked_after_weet_niet_too(lang: str) -> None:
    """Goal consensus waits for 'is er een gemeenschappelijke doelstelling?'. Answered "weet niet", that one is
    not asked again: before, goal consensus kept waiting for it and was never asked, so "weet niet" lost a
    governance factor that "nee" kept. Now it is asked, in words that do not take a common goal for granted."""
    from netadvisor.consultation import Consultation
    from netadvisor.messages import word

    advisor = Advisor(rules_from_text(CONSENSUS_RULES), lang=lang)  # type: ignore[arg-type]
    waiting = advisor.advise({})
    assert "governance.goal_consensus" not in [q.fact for q in waiting.questions]
    asked = advisor.advise({}, not_known={"goal.has_common_goal"})
    [question] = [q for q in asked.questions if q.fact == "governance.goal_consensus"]
    assert question.question == (  # (the remark said while it is asked, not where its answer is listed)
        f"{word('goal-consensus-common-goal-unknown').pick(lang)} {word('common-goal-not-known-yet').pick(lang)}"  # type: ignore[arg-type]
    )
    assert [change.name for change in question.changes] == ["GOV-consensus"]

    consultation = Consultation(advisor, lang=lang)  # type: ignore[arg-type]
    first = consultation.next_question()
    assert first is not None
    assert first.fact == "goal.has_common_goal"
    consultation.answer(first.fact, "weet niet")
    then = consultation.next_question()
    assert then is not None
    assert then.fact == "governance.goal_consensus"


def test_a_question_answered_weet_niet_says_so_in_the_advice_itself() -> None:
    """A form that shows the advice's open questions could not tell those answered "weet niet" from those never
    asked (the advice did not say; a tool builder's consultation ended with 46 of them listed as open). Each says
    so, whether the case wrote "weet niet" or ``not_known`` named it; the report reads it from the advice alone."""
    from netadvisor.consultation import Consultation

    advisor = Advisor(rules_from_text(CONSENSUS_RULES))
    answered = advisor.advise({"goal": {"has_common_goal": "weet niet"}}, not_known={"governance.goal_consensus"})
    flagged = {q.fact: q.answered_not_known for q in answered.questions}
    assert flagged == {"governance.goal_consensus": True}  # (the common goal waits for nothing else here)
    assert Advice.model_validate_json(answered.model_dump_json()) == answered
    assert all(not q.answered_not_known for q in advisor.advise({}).questions)
    # written before the field existed, an advice's question still reads (the field is not required)
    dumped = answered.model_dump(mode="json")
    for question in dumped["questions"]:
        del question["answered_not_known"]
    assert not Advice.model_validate(dumped).questions[0].answered_not_known
    text = advice_text(answered)  # (no not_known passed: the advice says it)
    assert "'weet niet': nog uit te zoeken" in text
    consultation = Consultation(advisor)
    while (question := consultation.next_question()) is not None:
        consultation.answer(question.fact, "weet niet")
    listed = consultation.advice().questions
    assert listed  # what is still to be found out stays listed, and says so
    assert all(q.answered_not_known == (q.fact in consultation.not_known - {"partners"}) for q in listed)
    assert any(q.answered_not_known for q in listed)


def test_a_question_answered_weet_niet_gives_the_one_it_waits_for_no_reason_through_it() -> None:
    """Goal consensus answered "weet niet" while whether there is a common goal is unknown: the common goal's
    question said "raakt: governancevorm, via een vervolgvraag", and answering it changed nothing (a policy
    officer checked with what-if). The consensus question stays, on its own, as still to be found out."""
    advisor = Advisor(rules_from_text(CONSENSUS_RULES))
    before = advisor.advise({})
    [common_goal] = [q for q in before.questions if q.fact == "goal.has_common_goal"]
    assert [(change.name, change.via) for change in common_goal.changes] == [
        ("GOV-consensus", "governance.goal_consensus")
    ]
    answered = advisor.advise({}, not_known={"governance.goal_consensus"})
    facts = {q.fact: q for q in answered.questions}
    assert "goal.has_common_goal" not in facts  # nothing else waits for it here
    assert [change.name for change in facts["governance.goal_consensus"].changes] == ["GOV-consensus"]


def test_a_follow_up_still_waits_for_its_yes_no_fact_answered_weet_niet() -> None:
    """A follow-up takes the "ja" for granted: after "weet niet" it is not asked (its reasons stay with the fact
    answered "weet niet", which a report shows as still to be found out)."""
    rules = """
rules:
  - id: M-directive
    title: {nl: sturend, en: directive}
    section: ["6"]
    when: [{fact: region.mayors_consultation_directiveness, is: high}]
    then: {finding: {severity: warning, message: {nl: sturend, en: directive}}}
"""
    advice = Advisor(rules_from_text(rules)).advise({}, not_known={"region.mayors_consultation"})
    assert [q.fact for q in advice.questions] == ["region.mayors_consultation"]


def _says_one_answer_waits(
    advice: Any, first: str, first_answer: bool | None, fact: str, answer_words: str, code: str
) -> None:
    """The advice says one answer waits: ``fact``, answered ``answer_words``, for ``first``, in the data and in the
    words of the message ``code``, which the report prints."""
    from netadvisor import advice_text
    from netadvisor.facts import spec_of
    from netadvisor.messages import word
    from netadvisor.wording import fact_names

    (waiting,) = advice.waiting_answers
    assert (waiting.first, waiting.first_answer, waiting.facts) == (first, first_answer, [fact])
    said = word("fact-answered", fact=fact_names([fact]), answer=answer_words)
    expected = word(code, facts=said, question=spec_of(first).question("nl")).nl
    assert waiting.text == expected
    assert expected in " ".join(advice_text(advice).split())


@pytest.mark.parametrize(
    ("first", "code", "first_answer"),
    [(None, "waiting-answers-unknown-one", None), (False, "waiting-answers-no-one", False)],
)
def test_answers_to_follow_ups_that_wait_for_a_ja_are_said_not_dropped(
    first: bool | None, code: str, first_answer: bool | None
) -> None:
    """A case file can answer follow-up questions while their yes/no question is unknown or "nee": the rules do
    not use them, and the advice used to say nothing of them (4 gekende feiten, none used). Each is said with its
    answer, as the name of a yes/no fact is a statement the answer may deny."""
    advisor = Advisor(rules_from_text(RULES))
    region: dict[str, Any] = {"mayors_consultation_directiveness": "high"}
    if first is not None:
        region["mayors_consultation"] = first
    advice = advisor.advise({"region": region})
    _says_one_answer_waits(
        advice, "region.mayors_consultation", first_answer, "region.mayors_consultation_directiveness", "hoog", code
    )
    answered = advisor.advise({"region": {**region, "mayors_consultation": True}})
    assert answered.waiting_answers == []


def test_an_answer_to_a_question_asked_after_another_still_unknown_is_said_to_wait_for_it() -> None:
    """A stuck network's case file said "leidt tot concreet resultaat: nee" with the phase unknown; the advice on
    it reads that answer only of a network that is implementing, and nothing said so (a policy officer, the phase
    question far down the list). Said as an answer that follows up on a question still unknown; once the phase is
    known, the rules read it (and, for a phase that keeps the rule away, it is no longer said to wait)."""
    from netadvisor.facts import ASKED_AFTER

    assert "state.leads_to_concrete_results" in ASKED_AFTER["state.phase"]
    rules = """
rules:
  - id: S-results
    title: {nl: resultaten, en: results}
    section: ["4.4.1"]
    when: [{fact: state.phase, is: implementation}, {fact: state.leads_to_concrete_results, is: false}]
    then: {finding: {severity: advice, message: {nl: maak samen iets, en: make something together}}}
"""
    advisor = Advisor(rules_from_text(rules))
    advice = advisor.advise({"state": {"leads_to_concrete_results": False}})
    _says_one_answer_waits(
        advice, "state.phase", None, "state.leads_to_concrete_results", "nee", "waiting-answers-unknown-one"
    )
    assert advice.unused_answers is None  # (a rule reads it: not said to be unused)
    fired = advisor.advise({"state": {"phase": "implementation", "leads_to_concrete_results": False}})
    assert [finding.rule_id for finding in fired.findings] == ["S-results"]
    assert fired.waiting_answers == []
    assert advisor.advise({"state": {"phase": "exploration", "leads_to_concrete_results": False}}).waiting_answers == []


def test_a_follow_up_answer_a_rule_reads_is_not_said_to_be_unused() -> None:
    """'Is er een gemeenschappelijke doelstelling?' nee, with a goal statement: a rule reads the statement to say
    the two disagree; the advice must not also say the statement is not used."""
    rules = """
rules:
  - id: G-both
    title: {nl: beide, en: both}
    section: ["4.2"]
    when: [{fact: goal.has_common_goal, is: false}, {fact: goal.statement, known: true}]
    then: {finding: {severity: warning, message: {nl: beide, en: both}}}
"""
    advice = Advisor(rules_from_text(rules)).advise({"goal": {"has_common_goal": False, "statement": "We willen x"}})
    assert [finding.rule_id for finding in advice.findings] == ["G-both"]
    assert advice.waiting_answers == []


def test_a_follow_up_answer_a_fired_rule_reads_through_a_summary_is_not_said_to_be_unused() -> None:
    """ "Nog niet gebruikt: de gemeenschappelijke doelstelling ('We willen ...'): meer kinderopvang" stood beside
    the finding that read whether that statement starts with "We willen" (a policy officer's trial): a rule that
    fired on a summary of an answer used it."""
    rules = """
rules:
  - id: G-we-want
    title: {nl: we willen, en: we want}
    section: ["4.2"]
    when: [{fact: goal.statement_says_we_want, is: false}]
    then: {finding: {severity: info, message: {nl: schrijf, en: write}}}
"""
    advice = Advisor(rules_from_text(rules)).advise({"goal": {"statement": "meer kinderopvang"}})
    assert [finding.rule_id for finding in advice.findings] == ["G-we-want"]
    assert advice.waiting_answers == []


def test_answers_no_rule_reads_are_said_not_counted_and_passed_over() -> None:
    """A case said "het netwerk zit vast op het proces: ja"; no rule reads that fact, and the report counted it
    as known and said nothing more. Facts the rules read, and the title and description, are not listed."""
    from netadvisor import advice_text

    rules = """
rules:
  - id: G-trust
    title: {nl: vertrouwen, en: trust}
    section: ["4.3"]
    when: [{fact: governance.trust, is: high}]
    then: {finding: {severity: info, message: {nl: hoog, en: high}}}
"""
    case = {"title": "T", "challenge": {"description": "D"}, "governance": {"trust": "high", "partner_count": 4}}
    advice = Advisor(rules_from_text(rules)).advise(case)
    assert advice.unused_answers is not None
    assert advice.unused_answers.facts == ["governance.partner_count"]
    assert advice.unused_answers.text == "Gegeven, maar het advies gebruikt het niet: aantal organisaties: 4."
    assert advice.unused_answers.text in advice_text(advice)
    assert Advisor(rules_from_text(rules)).advise({"governance": {"trust": "low"}}).unused_answers is None


def test_a_misspelt_fact_answered_weet_niet_is_an_error_naming_the_closest() -> None:
    advisor = Advisor(rules_from_text(CONSENSUS_RULES))
    with pytest.raises(KeyError, match=r"did you mean 'goal\.has_common_goal'"):
        advisor.advise({}, not_known={"goal.has_comon_goal"})
    with pytest.raises(KeyError):
        advisor.advise({}, not_known={"partner_summary.all_willing_to_adapt"})  # computed: its inputs are asked
    advisor.advise({"partners": [{"name": "A"}]}, not_known={"partners[0].kind", "partners", "governance.trust"})


def test_a_follow_up_no_rule_reads_is_not_said_to_wait_for_its_first_question() -> None:
    """ "Nog niet gebruikt: er is een netwerkteam … Die volgen op 'Is er een burgemeestersoverleg?'" promised a
    use that answering it would not bring: no rule reads the fact. It is said as unused instead."""
    advice = Advisor(rules_from_text(RULES)).advise({"region": {"network_team": True}})
    assert advice.waiting_answers == []
    assert advice.unused_answers is not None
    assert advice.unused_answers.facts == ["region.network_team"]


STATED_FORM_RULES = """
rules:
  - id: F-knowledge
    title: {nl: kennis, en: knowledge}
    section: ["3"]
    when: [{fact: challenge.rationale, is: knowledge}]
    then: {conclude: {collaboration_form: learning_network}}
  - id: F-effectiveness
    title: {nl: effectiviteit, en: effectiveness}
    section: ["3"]
    when: [{fact: challenge.rationale, is: effectiveness}]
    then: {conclude: {collaboration_form: organisation_network}}
  - id: F-as-stated
    title: {nl: zoals de casus zegt, en: as the case says}
    section: ["3"]
    when: [{fact: challenge.rationale, known: false}, {fact: state.form, is: learning_network}]
    then: {conclude: {collaboration_form: learning_network}}
  - id: F-network-as-stated
    title: {nl: netwerk zoals de casus zegt, en: network as the case says}
    section: ["3"]
    when: [{fact: challenge.rationale, known: false}, {fact: state.form, is: organisation_network}]
    then: {conclude: {collaboration_form: organisation_network}}
"""


def _changes(advice: Advice, fact: str) -> list[tuple[str, str]]:
    return [
        (change.kind, change.name)
        for question in advice.questions
        if question.fact == fact
        for change in question.changes
    ]


def test_an_answer_that_gives_an_open_conclusion_a_value_says_it_changes_it() -> None:
    """The form the case says it has, while its rationale is unknown, turns an open form into a provisional one,
    though it leaves what the form can still come out as (the rationale decides that): its question said it
    changed only findings (a tool builder found it through what-if)."""
    advisor = Advisor(rules_from_text(STATED_FORM_RULES))
    advice = advisor.advise({"title": "t"})
    assert advice.conclusions["collaboration_form"].certainty == "open"
    assert _changes(advice, "state.form") == [("conclusion", "collaboration_form")]
    after = advisor.what_if({"title": "t"}, {"state.form": "learning_network"}).after
    assert after.conclusions["collaboration_form"].value == "learning_network"
    # a provisional value: only an answer that leads to another value changes it
    said = advisor.advise({"title": "t", "state": {"form": "learning_network"}})
    assert said.conclusions["collaboration_form"].certainty == "provisional"
    assert "state.form" not in _facts(said)
    assert ("conclusion", "collaboration_form") in _changes(said, "challenge.rationale")
    # settled: nothing changes it
    settled = advisor.advise({"title": "t", "challenge": {"rationale": "knowledge"}})
    assert settled.conclusions["collaboration_form"].certainty == "settled"
    assert all(
        change[0] != "conclusion" for question in settled.questions for change in _changes(settled, question.fact)
    )


def test_questions_a_report_asks_as_one_say_so_in_the_data() -> None:
    """A tool builder counted 56 questions where the report said "de 7 belangrijkste van 43", and found trust
    ranked 5 but numbered 3: the report asks the criteria, the roles and each partner's answer as one, and the
    data did not say which. Each question says the group it is asked in; the report groups by that."""
    case = {"partners": [{"name": "Gent"}, {"name": "Mol"}], "state": {"phase": "exploration"}}
    advice = Advisor.from_path(FROZEN_RULES).advise(case)
    groups = {question.fact: question.asked_with for question in advice.questions}
    criteria = [fact for fact in groups if fact.startswith("challenge.criteria.")]
    assert criteria
    assert all(groups[fact] == "challenge.criteria" for fact in criteria)
    partners = [fact for fact in groups if fact.startswith("partners[")]
    assert partners
    assert all(groups[fact] == f"partners[].{fact.partition('].')[2]}" for fact in partners)
    assert groups.get("governance.trust", "absent") is None
    shown = len({question.asked_with or question.fact for question in advice.questions})
    assert f"van {shown};" in advice_text(advice)


SAID_OTHERWISE_GOVERNANCE = """
applies_when:
  - {conclusion: collaboration_form, is: organisation_network}
decisions:
  governance_mode: {minimum_support: 1}
rules:
  - id: G-trust
    title: {nl: vertrouwen, en: trust}
    section: ["4.3"]
    when: [{fact: governance.trust, is: high}]
    then: {supports: {governance_mode: self_governing}}
  - id: G-low-trust
    title: {nl: weinig vertrouwen, en: low trust}
    section: ["4.3"]
    when: [{fact: governance.trust, is: low}]
    then: {supports: {governance_mode: lead_organisation}}
  - id: A-self
    title: {nl: zelfregulerend, en: self-governing}
    section: ["4.3"]
    when: [{conclusion: governance_mode, is: self_governing}]
    then: {finding: {severity: advice, message: {nl: zelfregulerend, en: self-governing}}}
"""


def _said_otherwise() -> Advisor:
    """The forms of STATED_FORM_RULES, and a governance decision that applies to organisation networks."""
    return Advisor(
        load_sources(
            [
                Source("vormen.yaml", STATED_FORM_RULES.encode()),
                Source("governance.yaml", SAID_OTHERWISE_GOVERNANCE.encode()),
            ]
        )
    )


def test_a_case_that_says_it_is_what_its_facts_rule_out_is_asked_what_the_advice_for_that_waits_for() -> None:
    """A case that calls itself an organisation network while its rationale points to a learning network keeps
    the advice for organisation networks, on that condition; but the facts that advice waits for (the trust, for
    the governance mode) were never asked, and the governance mode it would have listed no outcomes beside its
    value (a tool builder found both)."""
    advisor = _said_otherwise()
    case = {"title": "t", "state": {"form": "organisation_network"}, "challenge": {"rationale": "knowledge"}}
    advice = advisor.advise(case)
    assert advice.conclusions["collaboration_form"].value == "learning_network"
    mode = advice.conclusions["governance_mode"]
    assert mode.assumed is not None
    assert {outcome.value for outcome in mode.assumed.outcomes} == {"self_governing", "lead_organisation", None}
    trust = next(question for question in advice.questions if question.fact == "governance.trust")
    # (and the mode on that condition, which the answer narrows: see below; a tool builder found it unlisted)
    assert [(change.kind, change.name, change.conditional) for change in trust.changes] == [
        ("conclusion", "governance_mode", True),
        ("finding", "A-self", True),
    ]
    # the answer does what the question says: the advice on that condition comes, with its value among its outcomes
    after = advisor.what_if(case, {"governance.trust": "high"}).after
    assert after.conditional_finding("A-self") is not None
    assumed = after.conclusions["governance_mode"].assumed
    assert assumed is not None
    assert assumed.value == "self_governing"
    assert [outcome.value for outcome in assumed.outcomes] == ["self_governing"]
    # with trust known, nothing is left to ask for it
    assert "governance.trust" not in _facts(advisor.advise({**case, "governance": {"trust": "high"}}))


def test_what_if_sees_the_conclusion_on_the_condition_change_and_a_settled_one_opened() -> None:
    """A policy officer's what-if said "geen besluit verandert" while the governance mode "als dit een
    organisatienetwerk is" went from four possible modes to one; and what-if --for said no single change changes
    the mode, while another ratio turned "niet van toepassing" into open."""
    from netadvisor import what_if_text

    advisor = _said_otherwise()
    case = {"title": "t", "state": {"form": "organisation_network"}, "challenge": {"rationale": "knowledge"}}
    result = advisor.what_if(case, {"governance.trust": "high"})
    assert [change.conclusion for change in result.conclusions_changed] == ["governance_mode"]
    text = what_if_text(result)
    after = " ".join(text.split("  dan:")[1].split())  # (as one line: the text is wrapped)
    # (with what supports it there: the one factor of these rules)
    assert "Als dit een organisatienetwerk is: zelfregulerend netwerk, gesteund door de enige factor." in after
    singles = advisor.single_changes(case, "governance_mode")
    assert ("challenge.rationale", "effectiveness") in [(change.fact, change.value) for change in singles]


def test_a_question_says_what_it_changes_alone_and_what_only_with_other_answers() -> None:
    """A tool builder counted "raakt: 9 adviezen" of a question that changed none of them answered alone: a rule
    that waits for two answers is changed by each only together with the other (Change.alone), and a report
    says so."""
    rules = rules_from_text("""
rules:
  - id: S-both
    title: {nl: beide, en: both}
    section: ["4.4.1"]
    when: [{fact: state.stuck, is: true}, {fact: governance.trust, is: low}]
    then: {finding: {severity: advice, message: {nl: b, en: b}}}
  - id: S-one
    title: {nl: een, en: one}
    section: ["4.4.1"]
    when: [{fact: state.stuck, is: true}]
    then: {finding: {severity: advice, message: {nl: e, en: e}}}
""")
    advice = Advisor(rules).advise({})
    by_fact = {
        question.fact: {change.name: change.alone for change in question.changes} for question in advice.questions
    }
    assert by_fact["state.stuck"] == {"S-both": False, "S-one": True}
    assert by_fact["governance.trust"] == {"S-both": False}
    text = " ".join(advice_text(advice).split())  # (as read, whatever the line breaks)
    assert "(raakt: 2 adviezen, 1 daarvan samen met andere antwoorden)" in text
    named = " ".join(advice_text(advice, detail=True).split())  # (--detail, and the documents, name one)
    assert "(raakt: 2 adviezen (o.a. 'beide'), 1 daarvan samen met andere antwoorden)" in named
    assert "(raakt: 'beide', samen met andere antwoorden)" in text
    # once the other answer is given, the one left changes it alone
    known = Advisor(rules).advise({"governance": {"trust": "low"}})
    (stuck,) = [question for question in known.questions if question.fact == "state.stuck"]
    assert all(change.alone for change in stuck.changes)
    # a finding given: each answer it needs unknown can take it away by itself
    given = Advisor(rules).advise({"state": {"stuck": True}})
    assert {(change.name, change.alone) for q in given.questions for change in q.changes} == {("S-both", True)}


def test_a_rule_whose_conclusions_hold_for_now_is_changed_by_its_last_open_fact_alone() -> None:
    """A policy officer's what-if gave a finding (starred) on one answer, where the report had said "samen met
    andere antwoorden": its conclusion had the value it needs for now, though an answer may still change it."""
    rules = rules_from_text("""
rules:
  - id: F-stated
    title: {nl: gezegd, en: stated}
    section: ["3"]
    when: [{fact: state.form, is: organisation_network}]
    then: {conclude: {collaboration_form: organisation_network}}
  - id: S-stuck
    title: {nl: vast, en: stuck}
    section: ["4.4.1"]
    when: [{conclusion: collaboration_form, is: organisation_network}, {fact: state.stuck, is: true}]
    then: {finding: {severity: advice, message: {nl: v, en: v}}}
""")
    advice = Advisor(rules).advise({"state": {"form": "organisation_network"}})
    (stuck,) = [question for question in advice.questions if question.fact == "state.stuck"]
    assert [(change.name, change.alone) for change in stuck.changes] == [("S-stuck", True)]


def test_a_group_of_questions_asked_as_one_is_not_said_to_need_other_answers() -> None:
    """The five roles are asked as one: what they change together is what the report names, without "samen met
    andere antwoorden" (which also pushed the guide's own example past its page)."""
    rules = rules_from_text("""
rules:
  - id: R-none
    title: {nl: geen rollen, en: no roles}
    section: ["4.4.2"]
    when: [{fact: management.roles.missing, at_least: 5}]
    then: {finding: {severity: advice, message: {nl: r, en: r}}}
""")
    text = " ".join(advice_text(Advisor(rules).advise({})).split())
    assert "Wie neemt deze rollen van netwerkmanager op" in text
    assert "samen met andere antwoorden" not in text


_GATED_FACTORS = """
decisions:
  governance_mode: {minimum_support: 1}
applies_when:
  - {conclusion: collaboration_form, is: organisation_network}
rules:
  - id: G-consensus-moderate
    title: {nl: a, en: a}
    section: ["4.3"]
    when: [{fact: governance.goal_consensus, is: moderate}]
    then: {supports: {governance_mode: network_administrative_organisation}}
  - id: G-need-high
    title: {nl: b, en: b}
    section: ["4.3"]
    when: [{fact: governance.network_competency_need, is: high}]
    then: {supports: {governance_mode: network_administrative_organisation}}
  - id: G-trust-low
    title: {nl: c, en: c}
    section: ["4.3"]
    when: [{fact: governance.trust, is: low}]
    then: {supports: {governance_mode: lead_organisation}}
  - id: G-trust-high
    title: {nl: d, en: d}
    section: ["4.3"]
    when: [{fact: governance.trust, is: high}]
    then: {supports: {governance_mode: self_governing}}
  - id: G-advice-nao
    title: {nl: e, en: e}
    section: ["4.3"]
    when: [{conclusion: governance_mode, is: network_administrative_organisation}]
    then: {finding: {severity: advice, message: {nl: e, en: e}}}
"""


def test_an_answer_whose_support_never_tips_a_decision_is_not_said_to_change_it() -> None:
    """The form open on the rationale, two known factors for an NAO and the trust unknown: whatever the trust, an
    organisation network gets an NAO (one factor against two). The trust's question said "raakt: governancevorm"
    and starred the NAO advice as one that can fall away "naargelang het vertrouwen": a policy officer tried every
    answer and none changed it. The rationale, which does, still says so; so does the trust where it can tip the
    balance (one factor for an NAO known)."""

    rules = rules_from_texts(FORM_RULES, _GATED_FACTORS)
    advisor = Advisor(rules, engine="evaluator")
    case = {"governance": {"goal_consensus": "moderate", "network_competency_need": "high"}}
    advice = advisor.advise(case)
    questions = {q.fact: q for q in advice.questions}
    assert "governance.trust" not in questions
    assert {c.name for c in questions["challenge.rationale"].changes} >= {"governance_mode", "G-advice-nao"}
    for trust in ("low", "moderate", "high"):
        answered = advisor.advise(
            {**case, "challenge": {"rationale": "effectiveness"}, "governance": {**case["governance"], "trust": trust}}
        )
        assert answered.conclusion("governance_mode") == "network_administrative_organisation"

    tipping = advisor.advise({"governance": {"goal_consensus": "moderate"}})
    trust = next(q for q in tipping.questions if q.fact == "governance.trust")
    assert "governance_mode" in {c.name for c in trust.changes}  # (low: one factor for each mode, a tie: no mode)


def test_the_answer_that_settles_a_conclusion_a_rule_tests_is_said_to_change_what_it_concludes() -> None:
    """Three criteria complex, the ratio unknown: the fourth settles the type as complex, which makes the form an
    organisation network (F-complex). The criterion's question said only "type uitdaging"; a tool builder found
    the form open before the answer and provisional after it. It now names the form, as a change the answer makes
    alone; what it does not settle alone (two criteria known) it names without 'alone'."""
    from helpers import TYPE_RULES

    advisor = Advisor(rules_from_text(TYPE_RULES), engine="evaluator")
    three = {"recipe": "complex", "replicability": "complex", "expertise": "complex"}
    advice = advisor.advise({"challenge": {"criteria": three}})
    assert advice.conclusions["collaboration_form"].value is None
    uniqueness = next(q for q in advice.questions if q.fact == "challenge.criteria.uniqueness")
    assert ("collaboration_form", True) in [(c.name, c.alone) for c in uniqueness.changes]
    answered = advisor.advise({"challenge": {"criteria": {**three, "uniqueness": "complex"}}})
    assert answered.conclusions["collaboration_form"].value == "organisation_network"

    two = advisor.advise({"challenge": {"criteria": {"recipe": "complex", "replicability": "complex"}}})
    expertise = next(q for q in two.questions if q.fact == "challenge.criteria.expertise")
    assert ("collaboration_form", False) in [(c.name, c.alone) for c in expertise.changes]


def test_the_form_a_case_may_say_it_has_names_the_advice_its_answer_brings() -> None:
    """The ratio says a learning network, the network is stuck, and the case does not say which form it has: an
    answer "organisatienetwerk" brings the advice for organisation networks, on that condition (a case that says
    so gets it). The form's question did not say so (a tool builder's trial: 91 such answers over ~20 rules)."""

    rules = rules_from_texts(FORM_RULES, _FOR_NETWORKS)
    advisor = Advisor(rules, engine="evaluator")
    case = {"state": {"stuck": True}, "challenge": {"rationale": "knowledge"}}
    advice = advisor.advise(case)
    assert advice.conditional_finding("STRAT-stuck") is None
    form = next(q for q in advice.questions if q.fact == "state.form")
    assert ("STRAT-stuck", True, True) in [(c.name, c.conditional, c.alone) for c in form.changes]
    said = advisor.advise({**case, "state": {**case["state"], "form": "organisation_network"}})
    assert said.conditional_finding("STRAT-stuck") is not None


_GATED_SELF_GOVERNING = """
decisions:
  governance_mode: {minimum_support: 2}
applies_when:
  - {conclusion: collaboration_form, is: organisation_network}
rules:
  - id: G-trust-high
    title: {nl: a, en: a}
    section: ["4.3"]
    when: [{fact: governance.trust, is: high}]
    then: {supports: {governance_mode: self_governing}}
  - id: G-need-low
    title: {nl: b, en: b}
    section: ["4.3"]
    when: [{fact: governance.network_competency_need, is: low}]
    then: {supports: {governance_mode: self_governing}}
  - id: G-advice-self-governing
    title: {nl: c, en: c}
    section: ["4.3"]
    when: [{conclusion: governance_mode, is: self_governing}]
    then: {finding: {severity: advice, message: {nl: c, en: c}}}
"""


def test_an_answer_that_alone_decides_a_mode_on_the_condition_says_it_brings_the_advice_alone() -> None:
    """The form open, high trust known: on the condition of an organisation network, a low need for competencies
    alone makes the mode self-governing and brings its advice there. The question said "samen met andere
    antwoorden" (a tool builder's trial: 24 such answers over 60 generated cases)."""

    rules = rules_from_texts(FORM_RULES, _GATED_SELF_GOVERNING)
    advisor = Advisor(rules, engine="evaluator")
    case = {"governance": {"trust": "high"}}
    need = next(q for q in advisor.advise(case).questions if q.fact == "governance.network_competency_need")
    assert ("G-advice-self-governing", True, True) in [(c.name, c.conditional, c.alone) for c in need.changes]
    answered = advisor.advise({"governance": {"trust": "high", "network_competency_need": "low"}})
    assert answered.conditional_finding("G-advice-self-governing") is not None


_BRINGS = """
rules:
  - id: P-brings-nothing
    title: {nl: niets, en: nothing}
    section: ["4.1"]
    when: [{fact: partner_summary.all_bring_something, is: false}]
    then: {finding: {severity: advice, message: {nl: n, en: n}}}
"""


def test_naming_the_partners_is_not_said_to_bring_what_only_their_answers_bring() -> None:
    """Two organisations counted, none named: the partner list's question said it brought "Een partner brengt
    niets mee" by itself, and naming any two partners changed nothing (a tool builder's trial: every false alone
    claim of 200 cases). What each brings is asked per partner once they are named."""
    advisor = Advisor(rules_from_text(_BRINGS), engine="evaluator")
    case = {"governance": {"partner_count": 2}}
    named = next(q for q in advisor.advise(case).questions if q.fact == "partners")
    assert [(c.name, c.alone) for c in named.changes] == [("P-brings-nothing", False)]
    answered = advisor.advise({**case, "partners": [{"name": "Gemeente A"}, {"name": "CAW"}]})
    assert answered.finding("P-brings-nothing") is None


_FOR_SERVICE_CENTRES = """
applies_when:
  - {conclusion: collaboration_form, is: shared_service_centre}
rules:
  - id: SSC-stuck
    title: {nl: ssc, en: ssc}
    section: ["5"]
    when: [{fact: state.stuck, is: true}]
    then: {finding: {severity: info, message: {nl: "SSC", en: "SSC"}}}
"""

_SERVICE_CENTRE_FORM = """
rules:
  - id: FORM-ssc
    title: {nl: ssc, en: ssc}
    section: ["3"]
    when: [{fact: challenge.rationale, is: efficiency}]
    then: {conclude: {collaboration_form: shared_service_centre}}
"""


def test_the_form_a_case_may_say_it_has_names_the_advice_of_every_form_its_facts_rule_out() -> None:
    """Two forms ruled out by the ratio, each with advice of its own: the form's question named only the last
    one's (the second overwrote the first)."""
    rules = rules_from_texts(FORM_RULES, _SERVICE_CENTRE_FORM, _FOR_NETWORKS, _FOR_SERVICE_CENTRES)
    advice = Advisor(rules, engine="evaluator").advise(
        {"state": {"stuck": True}, "challenge": {"rationale": "knowledge"}}
    )
    form = next(q for q in advice.questions if q.fact == "state.form")
    assert {"STRAT-stuck", "SSC-stuck"} <= {c.name for c in form.changes if c.alone}


def test_goal_consensus_listed_while_the_common_goal_is_unknown_does_not_take_one_for_granted() -> None:
    """Consensus answered "weet niet" is listed as still to find out, before whether there is a common goal: it was
    asked as "In welke mate streeft elke partner de gemeenschappelijke doelstelling na?", three questions before
    "Is er een gemeenschappelijke doelstelling?" (a policy officer's trial on the final main)."""
    from netadvisor.messages import word

    advice = Advisor(rules_from_text(CONSENSUS_RULES)).advise({}, not_known={"governance.goal_consensus"})
    consensus = next(q for q in advice.questions if q.fact == "governance.goal_consensus")
    assert (
        consensus.question == f"{word('goal-consensus-common-goal-unknown').nl} {word('common-goal-not-known-yet').nl}"
    )


@pytest.mark.parametrize(
    "case",
    [
        # the form a case says it has makes "provisionally an organisation network" a learning network: the governance
        # mode and the advice for organisation networks go with it
        PROVISIONAL_NETWORK_CASE,
        # one criterion more makes the type complex, the form an organisation network, and the mode self-governing
        {
            "challenge": {"criteria": {"certainty": "complex", "uniqueness": "complex", "replicability": "complex"}},
            "governance": {"trust": "high", "network_competency_need": "low", "partner_count": 3},
        },
        # the rationale tells what a governance mode settled without a value means (undecided, or not applicable)
        {"partners": [{"name": "P0"}, {"name": "P1"}], "governance": {"trust": "moderate", "goal_consensus": "low"}},
        # and trust what it means for an open one, its outcomes left as they are
        {
            "challenge": {"criteria": {"recipe": "simple", "replicability": "complex"}},
            "governance": {"network_competency_need": "low", "partner_count": 1},
        },
        # a case that says it is an organisation network, its rationale pointing to a learning network: what the
        # governance factors change of the mode "als dit een organisatienetwerk is" (a tool builder's what-if of
        # the goal consensus narrowed it, and the question did not list it)
        {
            "challenge": {"rationale": "knowledge"},
            "state": {"form": "organisation_network"},
            "goal": {"has_common_goal": True},
            "governance": {"trust": "low"},
        },
        # the form a case says it has, its rationale pointing elsewhere, gives the governance mode a part on the
        # condition that it is one ("als dit een organisatienetwerk is: nog open, …"; a tool builder found the
        # form's question silent on it)
        {
            "challenge": {
                "rationale": "efficiency",
                "criteria": dict.fromkeys(("recipe", "replicability", "expertise", "certainty"), "complicated"),
            },
            "partners": [{"name": "A", "kind": "intercommunale"}, {"name": "B", "kind": "municipality"}],
        },
        # how the current mode compares hangs on the need for competencies, which no finding reads there (a tool
        # builder found that fact among no question)
        {
            "challenge": {"rationale": "effectiveness"},
            "governance": {
                "current_mode": "network_administrative_organisation",
                "trust": "moderate",
                "goal_consensus": "low",
                "partner_count": 2,
            },
        },
    ],
)
def test_what_an_answer_changes_through_another_conclusion_its_question_says(case: dict[str, Any]) -> None:
    """A tool builder answered each question of a case and found changes its question did not name: through a
    conclusion that another depends on (the form, then the governance mode and the findings that test them), and
    what no value means. Each fixed conclusion and finding an answer changes is among its question's changes, and
    each change said to come about alone does, for some answer."""
    advisor = Advisor.from_path(FROZEN_RULES)
    advice = advisor.advise(case)

    def state(of: Advice) -> dict[str, Any]:
        said: dict[str, Any] = {
            name: (
                c.value,
                c.certainty,
                tuple((o.value, tuple(o.no_value)) for o in c.outcomes),
                # (what it comes out as on a condition, the form a case says it has)
                c.assumed and (c.assumed.value, tuple(o.value for o in c.assumed.outcomes)),
            )
            for name, c in of.conclusions.items()
            # (how the current mode the case states compares too: the advice says it beside the mode)
            if name != "governance_mode_current" or "current_mode" in case.get("governance", {})
        }
        said.update({f.rule_id: "given" for f in of.findings})
        said.update({f.rule_id: "on a condition" for f in of.conditional_findings})
        return said

    before = state(advice)
    checked = 0
    for question in advice.questions:
        if question.answer.kind not in ("yes_no", "choice"):
            continue
        listed = {change.name: change for change in question.changes}
        changed_by_some: set[str] = set()
        for choice in question.answer.choices:
            after = state(advisor.what_if(case, {question.fact: choice.value}).after)
            changed = {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}
            assert changed <= listed.keys(), (question.fact, choice.value, changed - listed.keys())
            changed_by_some |= changed
            checked += 1
        alone = {name for name, change in listed.items() if change.alone and change.via is None}
        assert alone <= changed_by_some, (question.fact, alone - changed_by_some)
        # and a fixed conclusion one answer changes is said to change alone (the form, taking the mode with it)
        conclusions = {"challenge_type", "collaboration_form", "governance_mode"} & changed_by_some
        assert all(listed[name].alone or listed[name].via for name in conclusions), (question.fact, conclusions)
    assert checked > 10


@pytest.mark.parametrize(
    ("case", "fact", "rule_id"),
    [
        # one partner's "nee" makes "every partner is willing to adapt" false
        (
            {
                "challenge": {
                    "rationale": "effectiveness",
                    "criteria": {
                        "recipe": "complex",
                        "replicability": "complex",
                        "expertise": "complex",
                        "uniqueness": "complex",
                    },
                },
                "partners": [{"name": "A"}, {"name": "B"}],
            },
            "partners[0].willing_to_adapt",
            "TYPE-complex-innovation",
        ),
        # one partner more that is a local government makes two of them
        (
            {
                "challenge": {"rationale": "effectiveness"},
                "partners": [
                    {"name": "A", "kind": "ocmw"},
                    {"name": "B"},
                    {"name": "C"},
                ],
            },
            "partners[1].kind",
            "REGIO-sovereignty",
        ),
    ],
)
def test_one_partners_answer_that_settles_a_summary_of_them_changes_a_finding_alone(
    case: dict[str, Any], fact: str, rule_id: str
) -> None:
    """Each partner's answer to a summary of them was said to change a finding only with other answers, where one
    settles it: one "nee" to "all willing" (a tool builder). It is said alone, and an answer to it alone does it."""
    advisor = Advisor.from_path(FROZEN_RULES)
    advice = advisor.advise(case)
    question = next(q for q in advice.questions if q.fact == fact)
    change = next(change for change in question.changes if change.name == rule_id)
    assert change.alone
    before = advice.finding(rule_id) is not None
    assert any(
        (advisor.what_if(case, {fact: choice.value}).after.finding(rule_id) is not None) != before
        for choice in question.answer.choices
    )


@pytest.mark.parametrize(
    "case",
    [
        {"challenge": {"rationale": "effectiveness"}, "governance": {"trust": "moderate"}},
        # on a condition: the case says it is a learning network, the advice for an organisation network stays
        {"state": {"form": "learning_network"}, "governance": {"trust": "moderate", "goal_consensus": "high"}},
    ],
)
def test_naming_the_current_mode_alone_brings_no_known_factor_supports_it(case: dict[str, Any]) -> None:
    """ "Geen gekende factor steunt de huidige vorm" holds only while factors are unknown, so the outcomes over every
    answer do not see it: the current mode's question said it came "samen met andere antwoorden", or not at all,
    where naming a mode no known factor supports brings it (a tool builder). It is judged as the decision stands."""
    advisor = Advisor.from_path(FROZEN_RULES)
    advice = advisor.advise(case)
    question = next(q for q in advice.questions if q.fact == "governance.current_mode")
    change = next(change for change in question.changes if change.name == "GOV-current-unsupported")
    assert change.alone

    def given(of: Advice) -> bool:
        return of.finding("GOV-current-unsupported") is not None or (
            of.conditional_finding("GOV-current-unsupported") is not None
        )

    assert not given(advice)
    assert any(
        given(advisor.what_if(case, {"governance.current_mode": choice.value}).after)
        for choice in question.answer.choices
    )


def test_the_number_of_organisations_is_not_said_to_bring_alone_what_the_partners_kinds_decide() -> None:
    """One business listed, the number of organisations "weet niet": its question was said to bring "de
    soevereiniteitskwestie" (two local governments or more) by itself, which no number does (a tool builder)."""
    advisor = Advisor.from_path(FROZEN_RULES)
    case = {"governance": {"partner_count": "weet niet"}, "partners": [{"name": "P1", "kind": "business"}]}
    question = next(q for q in advisor.advise(case).questions if q.fact == "governance.partner_count")
    alone = [change.name for change in question.changes if change.alone and change.kind == "finding"]
    for rule_id in alone:  # each said alone is brought or taken away by some number
        before = advisor.advise(case)
        state = (before.finding(rule_id) is not None, before.conditional_finding(rule_id) is not None)
        afters = [advisor.what_if(case, {"governance.partner_count": n}).after for n in range(1, 20)]
        assert any(
            (after.finding(rule_id) is not None, after.conditional_finding(rule_id) is not None) != state
            for after in afters
        ), rule_id
    assert "REGIO-sovereignty" not in alone


def _state_of(advice: Advice) -> tuple[Any, ...]:
    return (
        sorted(finding.rule_id for finding in advice.findings),
        sorted(finding.rule_id for finding in advice.conditional_findings),
        {name: (conclusion.value, conclusion.certainty) for name, conclusion in advice.conclusions.items()},
    )


@pytest.mark.parametrize(
    "governance",
    [{}, {"partner_count": "weet niet"}, {"partner_count": 6}],
    ids=["never-answered", "weet-niet", "six"],
)
def test_what_if_with_a_partner_list_gives_the_advice_of_the_case_written_with_it(governance: dict[str, Any]) -> None:
    """A tool builder named two partners with what-if on a case whose number of organisations was never answered:
    the number stayed unknown ("the list may be incomplete"), where the same case written with the list counts it,
    and "te weinig partners" came only there."""
    advisor = Advisor.from_path(FROZEN_RULES)
    case = {**PROVISIONAL_NETWORK_CASE, "governance": {**PROVISIONAL_NETWORK_CASE.get("governance", {}), **governance}}
    for names in (["A", "B"], ["A", "B", "C", "D", "E"]):
        written = advisor.advise({**case, "partners": [{"name": name} for name in names]})
        assert _state_of(advisor.what_if(case, {"partners": names}).after) == _state_of(written), names


def test_what_if_adds_a_partner_to_a_list_that_gave_the_number() -> None:
    """Two partners listed and no number answered (the list gives 2): naming a third was refused as "more than the
    2 organisations" the person had never said."""
    advisor = Advisor.from_path(FROZEN_RULES)
    case = {**PROVISIONAL_NETWORK_CASE, "partners": [{"name": "A"}, {"name": "B"}]}
    after = advisor.what_if(case, {"partners": ["A", "B", "C"]}).after
    assert after == advisor.advise({**case, "partners": [{"name": "A"}, {"name": "B"}, {"name": "C"}]})


def test_naming_the_partners_can_change_what_their_number_can_while_it_was_never_answered() -> None:
    """The partners named give their number: the list's question says what the number can change ("te weinig
    partners" by itself), and what-if on the list brings it. Not once the number was answered "weet niet" (a list
    may then leave partners out)."""
    advisor = Advisor.from_path(FROZEN_RULES)
    advice = advisor.advise(PROVISIONAL_NETWORK_CASE)
    by_fact = {question.fact: question for question in advice.questions}
    counted = {(change.kind, change.name, change.alone) for change in by_fact["governance.partner_count"].changes}
    listed = {(change.kind, change.name, change.alone) for change in by_fact["partners"].changes}
    assert ("finding", "FORM-too-few-partners", True) in counted
    assert counted <= listed
    assert advisor.what_if(PROVISIONAL_NETWORK_CASE, {"partners": ["A", "B"]}).after.finding("FORM-too-few-partners")

    not_known = {**PROVISIONAL_NETWORK_CASE, "governance": {**PROVISIONAL_NETWORK_CASE.get("governance", {})}}
    not_known["governance"]["partner_count"] = "weet niet"
    listed_then = next(q for q in advisor.advise(not_known).questions if q.fact == "partners")
    assert "FORM-too-few-partners" not in [change.name for change in listed_then.changes]


def test_what_if_with_a_partner_list_keeps_the_answers_of_the_partners_it_names_again() -> None:
    """A tool builder named the same two partners with what-if: their kinds were gone, and the sovereignty advice
    with them. A partner named again keeps its answers (its "weet niet" too, in its new place); one left out goes
    with its answers, and a new one has none."""
    advisor = Advisor.from_path(FROZEN_RULES)
    case = {
        **PROVISIONAL_NETWORK_CASE,
        "partners": [
            {"name": "Geel", "kind": "municipality"},
            {"name": "Mol", "kind": "municipality", "willing_to_adapt": "weet niet"},
            {"name": "Dessel", "kind": "municipality"},
        ],
    }
    same = advisor.what_if(case, {"partners": ["Geel", "Mol", "Dessel"]})
    assert (same.findings_added, same.findings_removed, same.conclusions_changed) == ([], [], [])
    assert same.after == advisor.advise(case)

    changed = advisor.what_if(case, {"partners": ["mol", "Kasterlee", "Geel"]})
    written = {
        **case,
        "partners": [
            {"name": "mol", "kind": "municipality", "willing_to_adapt": "weet niet"},
            {"name": "Kasterlee"},
            {"name": "Geel", "kind": "municipality"},
        ],
    }
    assert changed.after == advisor.advise(written)


def test_a_partner_named_again_keeps_its_weet_niet_in_its_new_place() -> None:
    """What a what-if's case answers "weet niet" after a new partner list (the advice is the same either way; the
    report says which questions were answered so)."""
    from netadvisor.advisor import _renumber

    assert _renumber("partners[1].kind", {1: 0, 0: 2}) == "partners[0].kind"
    assert _renumber("partners[2].kind", {1: 0, 0: 2}) is None  # not named again
    assert _renumber("governance.trust", {}) == "governance.trust"


def test_the_number_answered_weet_niet_through_not_known_leaves_the_list_open_as_in_the_case() -> None:
    """A tool builder's ``not_known={"governance.partner_count"}`` beside two partners gave "te weinig partners"
    (the case counted the list), where the same case with "weet niet" in it did not: the list may leave partners
    out either way."""
    advisor = Advisor.from_path(FROZEN_RULES)
    listed = {
        **PROVISIONAL_NETWORK_CASE,
        "state": {"form": "organisation_network"},
        "partners": [{"name": "A"}, {"name": "B"}],
    }
    said_in_case = {**listed, "governance": {**listed["governance"], "partner_count": "weet niet"}}
    assert advisor.advise(listed, not_known={"governance.partner_count"}) == advisor.advise(said_in_case)
    assert advisor.advise(listed).finding("FORM-too-few-partners") is not None  # (the list counted: it applies)


FEW_LOCAL_GOVERNMENTS = """
rules:
  - id: L-few
    title: {nl: weinig lokale besturen, en: few local governments}
    section: ["3"]
    when: [{fact: partner_summary.local_governments, less_than: 2}]
    then: {finding: {severity: info, message: {nl: weinig, en: few}}}
"""


@pytest.mark.parametrize(
    ("case", "named", "alone"),
    [
        # none named, their number never answered: one name is fewer than two local governments
        ({}, ["A"], True),
        # their number known: names add no answer about the partners
        ({"governance": {"partner_count": 3}}, ["A", "B", "C"], False),
        # one business named of three: the other two named, their kinds still unknown
        ({"governance": {"partner_count": 3}, "partners": [{"name": "A", "kind": "business"}]}, ["A", "B", "C"], False),
    ],
    ids=["none-named", "count-known", "one-of-three-named"],
)
def test_naming_the_partners_brings_a_summary_finding_alone_only_where_the_names_settle_it(
    case: dict[str, Any], named: list[str], alone: bool
) -> None:
    """A tool builder's single name brought "Nauwer samenwerken kost soevereiniteit" (fewer than two local
    governments), which the list's question said came "samen met andere antwoorden". Said alone where the names
    alone settle the summary, and then brought by some list; never where names add no answer about the partners."""
    advisor = Advisor(rules_from_text(FEW_LOCAL_GOVERNMENTS))
    advice = advisor.advise(case)
    assert advice.finding("L-few") is None
    question = next(q for q in advice.questions if q.fact == "partners")
    claims = {change.name: change.alone for change in question.changes if change.kind == "finding"}
    assert claims["L-few"] is alone
    after = advisor.what_if(case, {"partners": named}).after
    assert (after.finding("L-few") is not None) is alone


def test_a_partners_answer_set_beside_a_new_partner_list_is_that_partners_in_its_new_place() -> None:
    """A tool builder set the list and "partners[1].kind" in one what-if: the kind went to whichever partner came
    second, or was overwritten, by the order of the keys. A partner's answer names it by its place before (as
    WhatIf.partners lists them), in either order; one left out of the new list is refused."""
    advisor = Advisor.from_path(FROZEN_RULES)
    case = {"partners": [{"name": "Geel", "kind": "municipality"}, {"name": "Mol"}, {"name": "De Lijn"}]}
    new_list = ["De Lijn", "Geel", "Mol"]
    written = advisor.advise(
        {"partners": [{"name": "De Lijn"}, {"name": "Geel", "kind": "municipality"}, {"name": "Mol", "kind": "ocmw"}]}
    )
    for changes in (
        {"partners": new_list, "partners[1].kind": "ocmw"},
        {"partners[1].kind": "ocmw", "partners": new_list},
    ):
        result = advisor.what_if(case, changes)
        assert result.after == written
        assert result.changes["partners[1].kind"] == "ocmw"
    with pytest.raises(KeyError, match="Mol is not in the new partner list"):
        advisor.what_if(case, {"partners": ["Geel"], "partners[1].kind": "ocmw"})


def test_the_form_a_case_may_say_it_has_names_the_part_it_gives_the_governance_mode() -> None:
    """A tool builder's what-if of "state.form = organisatienetwerk" gave the governance mode a part "als dit een
    organisatienetwerk is: nog open, …", which the form's question did not list. It lists it now, as a change on a
    condition, and the report names the advice the answer brings beside it (the mode holds none of its own)."""
    case = {
        "challenge": {
            "rationale": "efficiency",
            "criteria": dict.fromkeys(("recipe", "replicability", "expertise", "certainty"), "complicated"),
        },
        "partners": [{"name": "A", "kind": "intercommunale"}, {"name": "B", "kind": "municipality"}],
    }
    advice = Advisor.from_path(FROZEN_RULES).advise(case)
    (form,) = [question for question in advice.questions if question.fact == "state.form"]
    (mode,) = [change for change in form.changes if change.kind == "conclusion"]
    assert (mode.name, mode.alone, mode.conditional) == ("governance_mode", True, True)
    findings = [change for change in form.changes if change.kind == "finding" and change.alone]
    text = " ".join(advice_text(advice).split())
    assert f"(raakt: governancevorm en {len(findings)} adviezen, zoals '{findings[0].label}')" in text
    # a conclusion the answer changes itself holds what hangs on it: named alone, as before
    (rationale,) = [q for q in Advisor.from_path(FROZEN_RULES).advise({}).questions if q.fact == "challenge.rationale"]
    assert not any(change.conditional for change in rationale.changes if change.kind == "conclusion")


def test_what_a_partner_brings_offers_niets_as_data() -> None:
    """A tool builder found "(of 'niets')" in the question of what a partner brings, and no choice for it."""
    from netadvisor.questions import answer_type

    (nothing,) = answer_type("partners[0].brings", "nl").choices
    assert (nothing.value, nothing.label) == ("nothing", "niets")
    advisor = Advisor.from_path(FROZEN_RULES)
    case = {"partners": [{"name": "A"}, {"name": "B"}]}
    assert (
        advisor.what_if(case, {"partners[0].brings": nothing.value}).after
        == advisor.what_if(case, {"partners[0].brings": "niets"}).after
    )


def test_a_question_that_changes_a_conclusion_through_a_follow_up_names_what_it_brings_by_itself() -> None:
    """A policy officer read "Is er een gemeenschappelijke doelstelling? (raakt: governancevorm, via een
    vervolgvraag)", and what-if of "nee" brought a warning by itself: the report names it."""
    advice = Advisor.from_path(FROZEN_RULES).advise(
        {"challenge": {"rationale": "effectiveness"}, "partners": [{"name": "A"}, {"name": "B"}]}
    )
    (goal,) = [question for question in advice.questions if question.fact == "goal.has_common_goal"]
    conclusions = [change for change in goal.changes if change.kind == "conclusion"]
    alone = [change for change in goal.changes if change.kind == "finding" and change.alone and change.via is None]
    assert conclusions
    assert all(change.via for change in conclusions)
    assert alone
    text = " ".join(advice_text(advice).split())
    title = in_quotes(alone[0].label)
    via = "via de vervolgvraag over de doelconsensus"
    assert f"{via}; en op zichzelf al het advies {title}" in text or (
        f"{via}; en op zichzelf al {len(alone)} adviezen, zoals {title}" in text
    )


def test_the_last_open_role_lists_the_missing_roles_its_niemand_takes_away() -> None:
    """A tool builder's case with four roles held by nobody: the champion's question said it brought "geen
    netwerkkampioen" by itself, which no answer does ("niemand" makes all five missing: one finding says that,
    the single ones go), and did not list those it takes away. A summary known while one of its inputs is open
    ("roles not given as empty") is worked out for each answer to that input."""
    rules = rules_from_text("""
rules:
  - id: R-none
    title: {nl: geen rollen, en: no roles}
    section: ["4.4.2"]
    when: [{fact: management.roles.missing, at_least: 5}]
    then: {finding: {severity: warning, message: {nl: n, en: n}}}
  - id: R-no-operator
    title: {nl: geen operator, en: no operator}
    section: ["4.4.2"]
    when:
      - {fact: management.roles.has_network_operator, is: false}
      - {fact: management.roles.not_given_as_empty, at_least: 1}
    then: {finding: {severity: warning, message: {nl: o, en: o}}}
  - id: R-no-champion
    title: {nl: geen kampioen, en: no champion}
    section: ["4.4.2"]
    when:
      - {fact: management.roles.has_network_champion, is: false}
      - {fact: management.roles.not_given_as_empty, at_least: 1}
    then: {finding: {severity: warning, message: {nl: c, en: c}}}
""")
    advisor = Advisor(rules)
    roles = ("network_operator", "network_promoter", "vision_keeper", "creative_thinker")
    case = {"management": {"roles": dict.fromkeys(roles, "nobody")}}
    advice = advisor.advise(case)
    (champion,) = [q for q in advice.questions if q.fact == "management.roles.network_champion"]
    listed = {change.name: change.alone for change in champion.changes}
    assert listed == {"R-no-operator": True, "R-none": True}  # (not R-no-champion: no answer brings it)
    before = {f.rule_id for f in advice.findings}
    assert before == {"R-no-operator"}
    nobody = {f.rule_id for f in advisor.what_if(case, {champion.fact: "nobody"}).after.findings}
    assert before ^ nobody == {"R-no-operator", "R-none"}
    assert {f.rule_id for f in advisor.what_if(case, {champion.fact: "An"}).after.findings} == before


def test_steering_the_ecosystem_is_asked_once_the_region_is_one() -> None:
    """A policy officer was asked "Wil men het ecosysteem hard sturen?" before whether several collaborations
    coexist in the region, which is what makes it an ecosystem (§5): the first waits for the second."""
    advisor = Advisor(
        rules_from_text("""
rules:
  - id: E-steer
    title: {nl: sturen, en: steer}
    section: ["5"]
    when: [{fact: region.intends_hard_steering_of_ecosystem, is: true}]
    then: {finding: {severity: warning, message: {nl: s, en: s}}}
""")
    )
    (question,) = advisor.advise({}).questions
    assert question.fact == "region.several_collaborations_coexist"
    (question,) = advisor.advise({"region": {"several_collaborations_coexist": "ja"}}).questions
    assert question.fact == "region.intends_hard_steering_of_ecosystem"
    assert question.follows == "region.several_collaborations_coexist"


def test_one_factor_that_leaves_the_current_mode_without_support_brings_that_finding_alone() -> None:
    """An NAO, the trust unknown: 'hoog' alone leaves it without a known factor behind it, and the warning comes; a tool builder's probe found the trust question saying it does so "samen met andere antwoorden"
    (36 of 567 such claims in a sample understated so). Checked against what-if: the answer does it alone."""
    from helpers import GOVERNANCE_RULES

    advisor = Advisor(rules_from_text(GOVERNANCE_RULES))
    case = {"governance": {"current_mode": "network_administrative_organisation"}}
    (trust,) = [q for q in advisor.advise(case).questions if q.fact == "governance.trust"]
    (change,) = [c for c in trust.changes if c.name == "G-unsupported"]
    assert change.alone
    assert "G-unsupported" in advisor.what_if(case, {"governance.trust": "high"}).findings_added
    # a current mode that some answer keeps supported, and none leaves alone: not said to come alone
    fitting = {"governance": {"current_mode": "self_governing", "partner_count": 5}}
    asked = [c for q in advisor.advise(fitting).questions if q.fact == "governance.trust" for c in q.changes]
    assert not any(c.name == "G-unsupported" and c.alone for c in asked)
    assert all(
        "G-unsupported" not in advisor.what_if(fitting, {"governance.trust": value}).findings_added
        for value in ("low", "moderate", "high")
    )


def test_one_partner_bringing_nothing_brings_that_finding_alone() -> None:
    """ "Wat brengt deze partner mee?" answered "niets" by one partner makes "every partner brings something" false:
    a tool builder's probe found it called "samen met andere antwoorden"."""
    advisor = Advisor(
        rules_from_text(
            "rules:\n  - id: R-nothing\n    title: {nl: niets, en: nothing}\n    section: ['4.1']\n"
            "    when: [{fact: partner_summary.all_bring_something, is: false}]\n"
            "    then: {finding: {severity: advice, message: {nl: x, en: x}}}\n"
        )
    )
    case = {"partners": [{"name": "A"}, {"name": "B"}]}
    brings = [q for q in advisor.advise(case).questions if q.fact.endswith(".brings")]
    assert [q.fact for q in brings] == ["partners[0].brings", "partners[1].brings"]
    assert all(c.alone for q in brings for c in q.changes if c.name == "R-nothing")
    assert "R-nothing" in advisor.what_if(case, {"partners[0].brings": "niets"}).findings_added


def test_a_question_answered_weet_niet_is_listed_after_the_one_it_waits_for(tmp_path: Path) -> None:
    """The goal consensus, answered "weet niet" in the case file, came third in the handout, whether there is a
    common goal (which it is asked after) seventh: a policy officer read a follow-up before its question. It stays
    listed, now right after that one."""
    from netadvisor import read_case_file

    path = tmp_path / "vastgelopen.yaml"
    path.write_text(
        "governance:\n  partner_count: 9\n  current_mode: leiderorganisatienetwerk\n  trust: laag\n"
        "  goal_consensus: weet niet\nstate:\n  stuck: ja\n  leads_to_concrete_results: nee\n"
        "challenge:\n  rationale: weet niet\n",
        encoding="utf-8",
    )
    read = read_case_file(path)
    advice = Advisor.from_path(FROZEN_RULES).advise(read.case, not_known=read.not_known)
    ranked = [question.fact for question in advice.questions]
    assert ranked.index("governance.goal_consensus") == ranked.index("goal.has_common_goal") + 1
    assert [question.rank for question in advice.questions] == list(range(1, len(ranked) + 1))
