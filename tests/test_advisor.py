"""The Advisor: advice on real cases, as data, the same every time, safe from many threads."""

from __future__ import annotations

import json
import random
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from casegen import random_case
from conftest import EXAMPLES, RULES
from helpers import GOVERNANCE_RULES, TYPE_RULES, requires_durable, rules_from_text
from netadvisor import Advisor, CaseError, advice_text, load_case_file
from netadvisor.case import parse_case
from netadvisor.facts import FACTS, fact_values


def test_findings_cite_rule_section_and_the_facts_that_made_them_fire(advisor: Advisor) -> None:
    advice = advisor.advise(load_case_file(EXAMPLES / "dak-en-thuisloosheid.yaml"))
    finding = advice.finding("TYPE-complex-innovation")
    assert finding is not None
    assert finding.severity == "warning"
    assert finding.sections == ["2"]
    assert {(used.kind, used.name, used.value) for used in finding.because} == {
        ("conclusion", "challenge_type", "complex"),
        ("fact", "partner_summary.all_willing_to_adapt", False),
    }
    mismatch = advice.finding("GOV-mismatch-nao")
    assert mismatch is not None
    assert "zelfregulerend netwerk" in mismatch.message
    assert mismatch.source
    assert "Provan" in mismatch.source


def test_decided_conclusions_show_their_support(advisor: Advisor) -> None:
    advice = advisor.advise(load_case_file(EXAMPLES / "governance-nao.yaml"))
    mode = advice.conclusions["governance_mode"]
    assert mode.status == "decided"
    assert mode.support == {
        "network_administrative_organisation": [
            "GOV-trust-moderate",
            "GOV-partners-more-nao",
            "GOV-consensus-moderate",
            "GOV-competencies-high",
        ],
        "lead_organisation": ["GOV-partners-more-lead"],
    }


def test_the_same_case_gives_identical_json(advisor: Advisor) -> None:
    case = load_case_file(EXAMPLES / "dak-en-thuisloosheid.yaml")
    first = advisor.advise(case).model_dump_json()
    assert all(advisor.advise(case).model_dump_json() == first for _ in range(20))
    assert json.loads(first)["rulebase_version"] == advisor.rulebase.version


def test_english_messages_on_request(advisor: Advisor) -> None:
    advice = advisor.advise(load_case_file(EXAMPLES / "it-medewerker.yaml"), lang="en")
    assert advice.language == "en"
    assert advice.finding("FORM-shared-service-centre").message.startswith("The rationale is efficiency")  # type: ignore[union-attr]


def test_no_and_unknown_give_different_advice(advisor: Advisor) -> None:
    """ "Not all willing" warns; "don't know whether all are willing" asks the partner whose answer is missing."""
    complex_case = {
        "challenge": {
            "criteria": dict.fromkeys(
                ("recipe", "replicability", "expertise", "uniqueness", "certainty", "parts_and_whole"), "complex"
            )
        }
    }
    said_no = advisor.advise({**complex_case, "partners": [{"name": "A", "willing_to_adapt": "nee"}]})
    unknown = advisor.advise({**complex_case, "partners": [{"name": "A", "willing_to_adapt": "weet niet"}]})
    assert said_no.finding("TYPE-complex-innovation") is not None
    assert unknown.finding("TYPE-complex-innovation") is None
    question = next(q for q in unknown.questions if q.fact == "partners[0].willing_to_adapt")
    assert question.partner == "A"
    assert "TYPE-complex-innovation" in [change.name for change in question.changes]
    assert all(not q.fact.startswith("partners[0].willing") for q in said_no.questions)


def _changes_conclusion(question, name: str) -> bool:  # type: ignore[no-untyped-def]
    return any(change.kind == "conclusion" and change.name == name for change in question.changes)


def test_unknown_governance_factors_become_questions(advisor: Advisor) -> None:
    """With the form known and the factors unknown, the advice asks for the four factors, with their choices;
    goal consensus once it is known whether there is a common goal (the guide defines it by that goal). The number
    of organisations also through the partner list, whose names give it while it was never answered."""
    advice = advisor.advise({"challenge": {"rationale": "effectiveness"}})
    assert advice.conclusions["governance_mode"].status == "undetermined"
    assert advice.conclusions["governance_mode"].certainty == "open"
    asked = {q.fact for q in advice.questions if _changes_conclusion(q, "governance_mode")}
    assert asked == {
        "governance.trust",
        "goal.has_common_goal",
        "governance.network_competency_need",
        "governance.partner_count",
        "partners",
    }
    with_goal = advisor.advise({"challenge": {"rationale": "effectiveness"}, "goal": {"has_common_goal": "ja"}})
    assert "governance.goal_consensus" in {
        q.fact for q in with_goal.questions if _changes_conclusion(q, "governance_mode")
    }
    trust = next(q for q in advice.questions if q.fact == "governance.trust")
    assert trust.answer.kind == "choice"
    assert [choice.label for choice in trust.answer.choices] == ["laag", "gemiddeld", "hoog"]


def test_no_questions_about_what_cannot_matter(advisor: Advisor) -> None:
    """A shared service centre gets no governance questions: no governance rule could fire. (Saying it is an
    organisation network, which its rationale rules out, gives the mode a part on that condition: only that.)"""
    advice = advisor.advise(load_case_file(EXAMPLES / "afvalophaling.yaml"))
    assert advice.conclusions["collaboration_form"].certainty == "settled"
    assert advice.questions  # other chapters still have questions
    assert [
        q.fact
        for q in advice.questions
        if q.fact.startswith("governance.")
        or any(c.kind == "conclusion" and c.name == "governance_mode" and not c.conditional for c in q.changes)
    ] == []
    assert all(
        not change.name.startswith(("GOV-", "GOAL-", "ROLE-", "STRAT-"))
        for q in advice.questions
        for change in q.changes
    )


def test_unknown_criteria_are_asked_when_the_type_is_open(advisor: Advisor) -> None:
    advice = advisor.advise({"challenge": {"criteria": {"recipe": "complex", "certainty": "complex"}}})
    asked = {q.fact for q in advice.questions if _changes_conclusion(q, "challenge_type")}
    assert asked == {
        "challenge.criteria.replicability",
        "challenge.criteria.expertise",
        "challenge.criteria.uniqueness",
        "challenge.criteria.parts_and_whole",
    }


def test_an_invalid_case_raises_case_error(advisor: Advisor) -> None:
    with pytest.raises(CaseError) as raised:
        advisor.advise({"governance": {"trust": "enorm"}})
    assert raised.value.problems[0].path == "governance.trust"


def test_case_file_errors_carry_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    path.write_text("title: x\ngovernance:\n  trust: enorm\n")
    with pytest.raises(CaseError) as raised:
        load_case_file(path)
    problem = raised.value.problems[0]
    assert (problem.path, problem.line, problem.column) == ("governance.trust", 3, 3)
    assert f"{path}:3:3" in str(raised.value)


@pytest.mark.slow
def test_many_threads_get_the_same_answers_as_one(advisor: Advisor) -> None:
    """8 threads on one advisor give, case for case, what one thread gives."""
    rng = random.Random(7)
    cases = [random_case(rng) for _ in range(400)]
    single = [advisor.advise(case).model_dump_json() for case in cases]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(lambda case: advisor.advise(case).model_dump_json(), cases * 2))
    assert threaded == single * 2


@pytest.mark.slow
def test_two_advisors_with_different_rules_in_one_process(write_rules) -> None:  # type: ignore[no-untyped-def]
    """Several rule bases live side by side; each advisor answers with its own."""
    own = Advisor.from_path(
        write_rules("""
rules:
  - id: OWN-rule
    title: {nl: eigen, en: own}
    section: ["4.3"]
    when: [{fact: governance.trust, is: high}]
    then: {finding: {severity: info, message: {nl: eigen, en: own}}}
""")
    )
    frozen = Advisor.from_path(RULES)
    errors: list[BaseException] = []

    def work(number: int) -> None:
        try:
            for _ in range(100):
                advisor = own if number % 2 else frozen
                advice = advisor.advise({"governance": {"trust": "high"}})
                assert (advice.finding("OWN-rule") is not None) == (advisor is own)
        except BaseException as error:  # noqa: BLE001  # pragma: no cover - every failure of a thread, reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_reload_while_other_threads_advise(write_rules) -> None:  # type: ignore[no-untyped-def]
    """Each case sees the old rules or the new, whole, while a reload happens."""
    template = """
rules:
  - id: VER-{v}-a
    title: {{nl: a, en: a}}
    section: ["4.3"]
    when: [{{fact: governance.trust, is: high}}]
    then: {{finding: {{severity: info, message: {{nl: "{v}", en: "{v}"}}}}}}
  - id: VER-{v}-b
    title: {{nl: b, en: b}}
    section: ["4.3"]
    when: [{{fact: governance.trust, is: high}}]
    then: {{finding: {{severity: info, message: {{nl: "{v}", en: "{v}"}}}}}}
"""
    path = write_rules(template.format(v=0))
    advisor = Advisor.from_path(path)
    stop = threading.Event()
    seen: list[tuple[str, ...]] = []

    def work() -> None:
        while not stop.is_set():
            seen.append(tuple(f.message for f in advisor.advise({"governance": {"trust": "high"}}).findings))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for version in range(1, 15):
        write_rules(template.format(v=version))
        advisor.reload()
    stop.set()
    for thread in threads:
        thread.join()
    assert seen
    assert all(len(messages) == 2 and messages[0] == messages[1] for messages in seen)


def test_the_evaluator_fallback_gives_the_same_advice(advisor: Advisor) -> None:
    """Where durable_rules cannot be imported, the evaluator gives identical advice (but for its name)."""
    fallback = Advisor.from_path(RULES, engine="evaluator")
    paths = sorted(EXAMPLES.glob("*.yaml"))
    assert paths, EXAMPLES  # a loop over nothing would pass
    for path in paths:
        case = load_case_file(path)
        a = advisor.advise(case).model_dump()
        b = fallback.advise(case).model_dump()
        a.pop("engine"), b.pop("engine")
        assert a == b


def test_without_durable_rules_the_advisor_warns_and_uses_the_evaluator(monkeypatch: pytest.MonkeyPatch) -> None:
    """On Python 3.13 durable_rules does not import: the advice still comes, with a warning that says why."""
    from netadvisor import DurableUnavailableWarning
    from netadvisor import advisor as advisor_module

    monkeypatch.setattr(advisor_module, "durable_available", lambda: False)
    with pytest.warns(DurableUnavailableWarning, match="durable_rules"):
        fallback = Advisor.from_path(RULES)
    assert fallback.engine_name == "evaluator"
    assert fallback.advise(load_case_file(EXAMPLES / "it-medewerker.yaml")).conclusion("challenge_type") == "simple"


def test_the_fallback_warning_points_at_the_callers_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """The warning names the line that made the advisor (Advisor(), from_path, reload), not a line inside netadvisor."""
    import inspect

    from netadvisor import DurableUnavailableWarning
    from netadvisor import advisor as advisor_module

    monkeypatch.setattr(advisor_module, "durable_available", lambda: False)
    here = inspect.currentframe()
    assert here is not None
    with pytest.warns(DurableUnavailableWarning) as made:  # noqa: PT031 - the line of the call, inside
        line = here.f_lineno + 1
        Advisor()
    with pytest.warns(DurableUnavailableWarning) as from_path:  # noqa: PT031 - the line of the call, inside
        from_path_line = here.f_lineno + 1
        fallback = Advisor.from_path(advisor_module.packaged_rules_path())
    with pytest.warns(DurableUnavailableWarning) as reloaded:  # noqa: PT031 - the line of the call, inside
        reload_line = here.f_lineno + 1
        fallback.reload()
    assert [(w.filename, w.lineno) for w in (*made, *from_path, *reloaded)] == [
        (__file__, line),
        (__file__, from_path_line),
        (__file__, reload_line),
    ]


@pytest.mark.slow
def test_where_durable_rules_does_not_import_the_evaluator_gives_the_advice_with_a_warning() -> None:
    """The fallback for real, on every Python: durable_rules refused at import, as an unpatched build on 3.13 is.

    The API warns at the caller's line and advises as the evaluator does; the command line advises, exit 0.
    """
    import subprocess
    import sys

    block = "import sys; sys.modules['durable_rules_engine'] = None  # importing it now raises ImportError\n"
    api = (
        block
        + """
import json, warnings
import netadvisor
from netadvisor.engine import IMPORT_ERROR, durable_available
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    advisor = netadvisor.Advisor()
advice = advisor.advise(netadvisor.load_case_file(sys.argv[1]))
print(json.dumps({"available": durable_available(), "error": IMPORT_ERROR, "engine": advisor.engine_name,
                  "warnings": [(w.category.__name__, w.filename, w.lineno) for w in caught],
                  "advice": advice.model_dump(mode="json")}))
"""
    )
    case = EXAMPLES / "dak-en-thuisloosheid.yaml"
    run = subprocess.run([sys.executable, "-c", api, str(case)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    seen = json.loads(run.stdout)
    assert not seen["available"]
    assert "durable_rules_engine" in seen["error"]
    assert seen["engine"] == "evaluator"
    advisor_line = api.splitlines().index("    advisor = netadvisor.Advisor()") + 1
    assert seen["warnings"] == [["DurableUnavailableWarning", "<string>", advisor_line]]
    assert seen["advice"] == Advisor(engine="evaluator").advise(load_case_file(case)).model_dump(mode="json")

    cli = block + "from netadvisor.cli import main; sys.exit(main(['advise', sys.argv[1]]))"
    run = subprocess.run([sys.executable, "-c", cli, str(case)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.rstrip().endswith(
        f"Opgesteld met netadvisor, regels versie {seen['advice']['rulebase_version']}; § zoals in de tekst van de gids"
    )
    # the report for the mayors names no engine (the JSON does); the person at the terminal is told, once, in the
    # warning's words alone: not Python's "<file>:8: DurableUnavailableWarning: …" with a source line under it (a
    # trial with the wheel on Python 3.13 saw that at every command)
    assert run.stderr.startswith("durable_rules kan hier niet geladen worden")
    assert run.stderr.count("durable_rules kan hier niet geladen worden") == 1
    assert "DurableUnavailableWarning" not in run.stderr
    assert len(run.stderr.splitlines()) == 1


def test_explain_says_which_condition_held_failed_or_is_unknown(advisor: Advisor) -> None:
    """The evaluator explains a rule on a case: each condition holds, fails, or waits for an unknown fact."""
    case = load_case_file(EXAMPLES / "governance-nao.yaml")
    trust_high = advisor.explain(case, "GOV-trust-high")
    assert not trust_high.fired
    assert [(c.name, c.holds, c.actual) for c in trust_high.conditions] == [
        ("collaboration_form", True, ("organisation_network",)),
        ("governance.trust", False, "moderate"),
    ]
    assert trust_high.conditions[1].text.endswith("(nu: gemiddeld): klopt niet")
    innovation = advisor.explain(case, "TYPE-complex-innovation", lang="en")
    assert [c.holds for c in innovation.conditions] == [None, None]
    # said once, not three times; a conclusion by its name in words, and not derived yet is not "unknown" (an
    # answer a person gives): it read "challenge_type is complex (now: unknown)"
    assert innovation.conditions[0].text == (
        "Type of challenge (challenge_type) is complex (now: cannot be determined yet): not known yet"
    )
    assert trust_high.conditions[0].text.startswith("Samenwerkingsvorm (collaboration_form) is organisatienetwerk")
    assert advisor.explain(case, "GOV-partners-more-nao").fired


def test_explain_an_unknown_rule_raises_key_error(advisor: Advisor) -> None:
    with pytest.raises(KeyError):
        advisor.explain({}, "NO-such-rule")


def test_a_misspelt_rule_or_fact_is_told_the_closest_there_is(advisor: Advisor) -> None:
    """A typo in a tool's code: the error names what was probably meant, as a misspelt case field does."""
    near = advisor.rulebase.rules[0].id
    with pytest.raises(KeyError, match=re.escape(f"did you mean '{near}'")):
        advisor.explain({}, near[:-1] + near[-1].swapcase())
    with pytest.raises(KeyError, match=re.escape("did you mean 'governance.trust'")):
        advisor.what_if({}, {"governance.trsut": "high"})


def test_every_other_governance_mode_says_why_it_fits_less(advisor: Advisor) -> None:
    """§4.3: besides the best fit, each other mode lists the factors that do not point to it."""
    mode = advisor.advise(load_case_file(EXAMPLES / "governance-nao.yaml")).conclusions["governance_mode"]
    alternatives = {alternative.value: alternative for alternative in mode.alternatives}
    assert set(alternatives) == {"self_governing", "lead_organisation"}
    assert alternatives["self_governing"].support == 0
    assert "GOV-trust-high" in alternatives["self_governing"].not_supported_by
    assert alternatives["lead_organisation"].support == 1
    assert len(alternatives["lead_organisation"].not_supported_by) == 3


def test_every_form_not_reached_says_which_condition_did_not_hold(advisor: Advisor) -> None:
    """Why not a learning network? Because the rationale is efficiency, not knowledge."""
    form = advisor.advise(load_case_file(EXAMPLES / "it-medewerker.yaml")).conclusions["collaboration_form"]
    why = {alternative.value: alternative.why_not for alternative in form.alternatives}
    assert set(why) == {"learning_network", "organisation_network"}
    reason = next(reason for reason in why["learning_network"] if reason.rule_id == "FORM-learning-network")
    assert [(check.name, check.operator, check.expected, check.actual, check.holds) for check in reason.conditions] == [
        ("challenge.rationale", "eq", "knowledge", "efficiency", False)
    ]
    assert reason.text.startswith("FORM-learning-network:")
    assert "(nu: efficiëntie): klopt niet" in reason.text


def test_a_rule_on_a_count_over_unknown_facts_is_undecided_not_no() -> None:
    """'fewer than 4 criteria point to complex' does not hold on an empty case: the criteria may all be complex.
    Both engines agree, and the criteria are asked."""
    rulebase = rules_from_text("""
rules:
  - id: FEW-complex
    title: {nl: weinig, en: few}
    section: ["2"]
    when: [{fact: challenge.criteria.pointing_complex, less_than: 4}]
    then: {finding: {severity: info, message: {nl: weinig, en: few}}}
""")
    for engine in ("durable", "evaluator"):
        advisor = Advisor(rulebase, engine=engine)  # type: ignore[arg-type]
        empty = advisor.advise({})
        assert empty.finding("FEW-complex") is None, engine
        assert "challenge.criteria.recipe" in [q.fact for q in empty.questions], engine
        three_simple = advisor.advise(
            {"challenge": {"criteria": {"recipe": "simple", "replicability": "simple", "expertise": "simple"}}}
        )
        assert three_simple.finding("FEW-complex") is not None, engine  # at most 3 can still be complex


def test_errors_and_advisors_cross_to_other_processes_whole(advisor: Advisor) -> None:
    """Every error pickles with its message and problems; an advisor pickles as its rules and is rebuilt."""
    import pickle

    from netadvisor import CaseProblem, EngineError, RuleError, RuleProblem, Text

    rule_error = RuleError(
        [
            RuleProblem(
                "r.yaml",
                3,
                5,
                "unknown-fact",
                Text("onbekend", "unknown"),
                Text("tip", "hint"),
                "rules[0].when[0]",
                "GOV-x",
            )
        ]
    )
    again = pickle.loads(pickle.dumps(rule_error))
    assert again.problems == rule_error.problems
    assert str(again) == str(rule_error)
    with pytest.raises(CaseError) as raised:
        advisor.advise({"governance": {"trust": "enorm"}})
    case_error = pickle.loads(pickle.dumps(raised.value))
    assert case_error.problems == raised.value.problems
    assert str(case_error) == str(raised.value)
    engine_error = pickle.loads(pickle.dumps(EngineError("the engine failed")))
    assert str(engine_error) == "the engine failed"
    copy = pickle.loads(pickle.dumps(advisor))
    assert copy.rulebase.version == advisor.rulebase.version
    assert copy.engine_name == advisor.engine_name
    case = {"challenge": {"rationale": "effectiveness"}, "governance": {"trust": "high"}}
    assert copy.advise(case).model_dump_json() == advisor.advise(case).model_dump_json()
    assert CaseProblem  # the problems of a CaseError are public too


@pytest.mark.slow
def test_a_process_pool_gives_the_same_advice_as_one_process(advisor: Advisor) -> None:
    """The README's process-pool example: advice for many cases over worker processes, errors included."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    cases = [random_case(random.Random(seed)) for seed in range(12)] + [{"governance": {"trust": "enorm"}}]
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = [pool.submit(advisor.advise, case) for case in cases]
        results = []
        for future in futures:
            try:
                results.append(future.result().model_dump_json())
            except CaseError as error:
                results.append(str(error))
    expected = []
    for case in cases:
        try:
            expected.append(advisor.advise(case).model_dump_json())
        except CaseError as error:
            expected.append(str(error))
    assert results == expected


@requires_durable
def test_what_the_rules_do_under_an_assumption_takes_no_second_durable_session(
    advisor: Advisor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The case goes through durable_rules once; the findings for an organisation network while the form is
    open come from the evaluator (held to durable_rules by tests/test_differential.py)."""
    from netadvisor.engine import DurableEngine

    assert advisor.engine_name == "durable_rules"
    sessions: list[object] = []
    opened = DurableEngine.session
    monkeypatch.setattr(DurableEngine, "session", lambda self, facts: sessions.append(facts) or opened(self, facts))
    advice = advisor.advise({"state": {"stuck": "ja"}})
    assert advice.conclusions["collaboration_form"].value is None
    assert advice.conditional_findings  # the stuck-network advice, on the condition that it is one
    assert len(sessions) == 1


def test_changing_the_lists_of_one_advice_changes_no_other_advice(advisor: Advisor) -> None:
    """Parts of advice are worked out once and reused across cases; a program that edits the lists of the
    advice it got must not change the advice the next case gets (an answer's outcomes, a conclusion's
    outcomes, why a rule did not fire did, from one stop).

    Not yet so for the answer types of questions, and the checks and facts inside a rule's reasons
    (``AnswerType``, ``ConditionCheck``, ``FactUsed``): shared values, a known limitation in the CHANGELOG."""
    from pydantic import BaseModel

    from netadvisor.advice import AnswerType, ConditionCheck, FactUsed

    shared = (AnswerType, ConditionCheck, FactUsed)
    case = {"governance": {"partner_count": 5}, "state": {"stuck": "ja"}}
    before = advisor.advise(case).model_dump_json()
    changed = [0]

    def spoil(node: object) -> None:
        if isinstance(node, shared):
            return
        if isinstance(node, BaseModel):
            for name in type(node).model_fields:
                spoil(getattr(node, name))
        elif isinstance(node, dict):
            for value in node.values():
                spoil(value)
        elif isinstance(node, list):
            for item in node:
                spoil(item)
            node.append("spoilt")
            changed[0] += 1

    spoil(advisor.advise(case))
    assert changed[0] > 100  # the advice has lists at every depth: answers, outcomes, reasons
    assert advisor.advise(case).model_dump_json() == before


def test_what_an_advisor_remembers_from_case_to_case_changes_no_advice() -> None:
    """advise() remembers what follows from a few facts alone (why a rule waits or did not fire, what a
    question's answer can change, the weights of a table's rows, which rules fail on a fact's value, a message
    filled in, a conclusion's sentence): a case gets the same advice, to the last word, from an advisor that has
    seen many cases as from a new one, in either engine."""
    from netadvisor import advisor as advisor_module
    from netadvisor import wording

    rng = random.Random(11)
    cases = [random_case(rng) for _ in range(80)]
    for engine in ("evaluator", "auto"):
        seasoned = Advisor.from_path(RULES, engine=engine)
        for case in cases:
            seasoned.advise(case)
        for case in cases[::2]:
            advisor_module._filled.cache_clear()
            advisor_module._answer_said.cache_clear()
            wording.conclusion_sentence.cache_clear()
            fresh = Advisor.from_path(RULES, engine=engine)
            assert seasoned.advise(case) == fresh.advise(case)


def test_an_open_decision_names_the_current_mode_and_what_decides_whether_it_fits() -> None:
    """While the governance mode is open, the mode the case has now is named in its sentence with what still
    decides whether it fits, or that it cannot come out (a tester found it nowhere in the report, another read a
    warning that may fall away as if it still could); once settled, the sentence says no more."""
    advisor = Advisor(rules_from_text(GOVERNANCE_RULES), engine="evaluator")
    governance = {"partner_count": 3, "current_mode": "self_governing"}

    open_on_trust = advisor.advise({"governance": governance}).conclusions["governance_mode"]
    assert open_on_trust.certainty == "open"
    # with the known factors that support it now (a policy officer's lead organisation, trust 'laag' and nine
    # organisations behind it, read only that whether it fits depends on the answers)
    assert open_on_trust.sentence.endswith(
        "Het netwerk is nu een zelfregulerend netwerk, gesteund door 1 gekende factor (aantal organisaties 3); of die "
        "vorm past, hangt van dezelfde antwoorden af."
    )
    in_english = advisor.advise({"governance": governance}, lang="en").conclusions["governance_mode"]
    assert in_english.sentence.endswith(
        "The network is now a self-governing network, supported by 1 known factor (number of organisations 3); "
        "whether that mode fits depends on the same answers."
    )
    # no known factor behind it: nothing said of support
    unknown_count = {"current_mode": "self_governing"}
    unsupported = advisor.advise({"governance": unknown_count}).conclusions["governance_mode"].sentence
    assert "Het netwerk is nu een zelfregulerend netwerk" in unsupported
    assert "gesteund door" not in unsupported.split("Het netwerk is nu")[1]

    # with 3 partners and high trust self-governance has its two factors: settled, and the sentence says no more
    need_known = advisor.advise({"governance": {**governance, "trust": "high"}}).conclusions["governance_mode"]
    assert need_known.certainty == "settled"
    assert "Het netwerk is nu" not in need_known.sentence

    # with 3 partners only moderate trust supports an NAO, one factor of the two it needs: it cannot come out, and
    # the trust may still support it (the warning that no known factor supports it may fall away: both said)
    not_advised = advisor.advise({"governance": {**governance, "current_mode": "network_administrative_organisation"}})
    assert not_advised.conclusions["governance_mode"].sentence.endswith(
        "Het netwerk is nu een netwerk administratieve organisatie (NAO). Die vorm krijgt te weinig steun van de "
        "factoren, wat de open antwoorden ook worden (naargelang het vertrouwen wat meer, maar niet genoeg)."
    )
    # a mode no rule supports is no value of the decision (as for the judgement of the current mode)
    unsupported = advisor.advise({"governance": {**governance, "current_mode": "lead_organisation"}})
    assert "Het netwerk is nu" not in unsupported.conclusions["governance_mode"].sentence

    no_current = advisor.advise({"governance": {"partner_count": 3}}).conclusions["governance_mode"]
    assert no_current.certainty == "open"
    assert "Het netwerk is nu" not in no_current.sentence


def test_a_current_mode_no_factor_can_support_any_more_is_said_without_a_factor_that_may() -> None:
    rules = GOVERNANCE_RULES.replace(
        "when: [{fact: governance.trust, is: moderate}]", "when: [{fact: governance.goal_consensus, is: high}]"
    )
    advisor = Advisor(rules_from_text(rules), engine="evaluator")
    governance = {"partner_count": 3, "goal_consensus": "low", "current_mode": "network_administrative_organisation"}
    mode = advisor.advise({"governance": governance}).conclusions["governance_mode"]
    assert mode.certainty == "open"
    assert mode.sentence.endswith(
        "Het netwerk is nu een netwerk administratieve organisatie (NAO); die vorm krijgt te weinig steun van de "
        "factoren, wat de open antwoorden ook worden."
    )


def test_what_decides_whether_the_current_mode_fits_is_named_where_it_differs_from_the_mode(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from netadvisor import advisor as advisor_module

    deciding = {"governance_mode": ["governance.trust", "governance.partner_count"]}
    monkeypatch.setattr(
        advisor_module, "_deciding_facts", lambda assessment, name: deciding.get(name, ["governance.trust"])
    )
    advice = Advisor(rules_from_text(GOVERNANCE_RULES), engine="evaluator").advise(
        {"governance": {"partner_count": 3, "current_mode": "self_governing"}}
    )
    assert advice.conclusions["governance_mode"].sentence.endswith(
        "Het netwerk is nu een zelfregulerend netwerk, gesteund door 1 gekende factor (aantal organisaties 3); of die "
        "vorm past, hangt nog af van: vertrouwen."
    )


def test_a_provisional_mode_that_cannot_become_the_current_one_names_it_as_the_mode_of_now() -> None:
    """A provisional mode has a value now: that the current mode cannot come out is already what it says, so only
    the mode of now is named beside it ("voorlopig NAO" was read as the network's mode of today: a policy
    officer), briefly, for the guide's example stays on one page; an open one says why it cannot come out."""
    from netadvisor import advisor as advisor_module

    advisor = Advisor(rules_from_text(GOVERNANCE_RULES), engine="evaluator")
    case = {"governance": {"partner_count": 3, "current_mode": "network_administrative_organisation"}}
    advice = advisor.advise(case)
    rulebase = advisor.rulebase
    facts = fact_values(parse_case(case))
    assessment = advisor._loaded.outcomes.assess(facts)
    for certainty, said in (
        (
            "open",
            "Zin. Het netwerk is nu een netwerk administratieve organisatie (NAO). Die vorm krijgt te weinig steun",
        ),
        ("provisional", "Zin. Nu: netwerk administratieve organisatie (NAO)."),
        ("settled", "Zin. Nu: netwerk administratieve organisatie (NAO)."),
    ):
        conclusions = {
            "governance_mode": advice.conclusions["governance_mode"].model_copy(
                update={"certainty": certainty, "sentence": "Zin."}
            )
        }
        advisor_module._say_current(conclusions, rulebase, assessment, facts, "nl")
        assert conclusions["governance_mode"].sentence.startswith(said), conclusions["governance_mode"].sentence
    # a current value that is no mode ("nog geen bewust gekozen vorm") is said as it is
    facts = fact_values(parse_case({"governance": {"partner_count": 3, "current_mode": "not_chosen"}}))
    conclusions = {
        "governance_mode": advice.conclusions["governance_mode"].model_copy(
            update={"certainty": "provisional", "sentence": "Zin."}
        )
    }
    advisor_module._say_current(conclusions, rulebase, advisor._loaded.outcomes.assess(facts), facts, "nl")
    assert conclusions["governance_mode"].sentence == "Zin. Nu: nog geen bewust gekozen vorm."


_DOUBTED_FORM = (
    TYPE_RULES
    + """  - id: D-not-complex
    title: {nl: Een netwerk voor iets eenvoudigs, en: A network for something simple}
    section: ["3"]
    when: [{conclusion: challenge_type, is: simple}, {conclusion: collaboration_form, is: organisation_network}]
    then: {finding: {severity: advice, doubts: collaboration_form, message: {nl: d, en: d}}}
"""
)


@pytest.mark.parametrize("engine", ["evaluator", pytest.param("durable", marks=requires_durable)])
def test_a_value_a_finding_may_still_doubt_says_on_which_open_conclusion(engine: str) -> None:
    """The form settled by the rationale while the type is open: a finding would doubt it if the type came out
    simple. A policy officer read "Samenwerkingsvorm: organisatienetwerk." as beyond question."""
    advisor = Advisor(rules_from_text(_DOUBTED_FORM), engine=engine)  # type: ignore[arg-type]
    criteria = ("recipe", "replicability", "expertise", "uniqueness")

    open_type = advisor.advise({"challenge": {"rationale": "effectiveness"}})
    form = open_type.conclusions["collaboration_form"]
    assert (form.certainty, form.may_be_doubted_by, form.doubted_by) == ("settled", ["D-not-complex"], [])
    # (which finding, by its title: "een bevinding" alone named neither it nor what brings it, a policy officer)
    assert form.sentence == (
        "Samenwerkingsvorm: organisatienetwerk. Dat staat vast. Naargelang het type uitdaging kan een bevinding daar nog "
        "een kanttekening bij maken: 'Een netwerk voor iets eenvoudigs'."
    )
    english = advisor.advise({"challenge": {"rationale": "effectiveness"}}, lang="en")
    assert english.conclusions["collaboration_form"].sentence.endswith(
        "Depending on the type of challenge, a finding may still add a caveat to this: 'A network for something simple'."
    )

    complex_type = {"rationale": "effectiveness", "criteria": dict.fromkeys(criteria, "complex")}
    settled = advisor.advise({"challenge": complex_type}).conclusions["collaboration_form"]
    assert (settled.may_be_doubted_by, settled.sentence) == (
        [],
        "Samenwerkingsvorm: organisatienetwerk. Dat staat vast.",
    )

    simple_type = {"rationale": "effectiveness", "criteria": dict.fromkeys(criteria, "simple")}
    doubted = advisor.advise({"challenge": simple_type}).conclusions["collaboration_form"]
    assert (doubted.doubted_by, doubted.may_be_doubted_by) == (["D-not-complex"], [])
    assert "Naargelang" not in doubted.sentence


def test_a_message_says_a_conclusion_in_conflict_as_the_values_in_conflict_not_as_weet_niet() -> None:
    """Rules edited so that two types tie: a finding said "De uitdaging is weet niet." of a type the rules gave as
    both complex and simple (a tool builder). No value there is a contradiction, not an unknown."""
    rules = """
rules:
  - id: T-complex
    title: {nl: complex, en: complex}
    section: ["2"]
    when: [{fact: challenge.criteria.recipe, is: complex}]
    then: {conclude: {challenge_type: complex}}
  - id: T-simple
    title: {nl: eenvoudig, en: simple}
    section: ["2"]
    when: [{fact: challenge.criteria.expertise, is: simple}]
    then: {conclude: {challenge_type: simple}}
  - id: T-said
    title: {nl: gezegd, en: said}
    section: ["2"]
    when: [{conclusion: challenge_type, is: complex}]
    then: {finding: {severity: info, message: {nl: "De uitdaging is {challenge_type}.", en: "It is {challenge_type}."}}}
"""
    advisor = Advisor(rules_from_text(rules))
    advice = advisor.advise({"challenge": {"criteria": {"recipe": "complex", "expertise": "simple"}}})
    assert advice.conclusions["challenge_type"].status == "conflict"
    finding = advice.finding("T-said")
    assert finding is not None
    assert finding.message == "De uitdaging is complex en eenvoudig (de regels spreken elkaar tegen)."
    settled = advisor.advise({"challenge": {"criteria": {"recipe": "complex"}}}).finding("T-said")
    assert settled is not None
    assert settled.message == "De uitdaging is complex."


def test_a_what_if_that_changes_only_the_value_on_a_condition_says_that_value_before_and_after(
    advisor: Advisor,
) -> None:
    """The case says it is an organisation network, its rationale points elsewhere: the governance mode has no
    value, and "als dit een organisatienetwerk is" it is self-governing, until 40 organisations leave it open. A
    tool builder's "what changed" showed "governance_mode: None → None": the part that changed was not in the
    ConclusionChange."""
    case = {
        "challenge": {"rationale": "efficiency"},
        "state": {"form": "organisation_network"},
        "governance": {"goal_consensus": "high", "network_competency_need": "low"},
        "partners": [{"name": name} for name in "ABCD"],
    }
    (change,) = advisor.what_if(case, {"governance.partner_count": 40}).conclusions_changed
    assert (change.conclusion, change.before, change.after) == ("governance_mode", None, None)
    assert change.before_assumed is not None
    assert change.after_assumed is not None
    assert change.before_assumed.assuming.text == "als dit een organisatienetwerk is"
    assert (change.before_assumed.value, [o.value for o in change.before_assumed.outcomes]) == (
        "self_governing",
        ["self_governing"],
    )
    assert (change.after_assumed.value, [o.value for o in change.after_assumed.outcomes]) == (
        None,
        ["self_governing", None],
    )


def test_a_deciding_fact_asked_through_another_question_names_that_question(advisor: Advisor) -> None:
    """Goal consensus decides the governance mode, and its question waits for whether there is a common goal:
    a tool builder's form looked up the question of each deciding fact and found none for it."""
    advice = advisor.advise(
        {
            "challenge": {"rationale": "effectiveness"},
            "governance": {"trust": "moderate", "network_competency_need": "moderate", "partner_count": 12},
        }
    )
    asked = {question.fact: question for question in advice.questions}
    deciding = {d.fact: d for d in advice.conclusions["governance_mode"].deciding}
    assert "governance.goal_consensus" not in asked
    through = deciding["governance.goal_consensus"].asked_through
    assert through == "goal.has_common_goal"
    assert any(change.via == "governance.goal_consensus" for change in asked[through].changes)
    # a deciding fact asked itself names no other question
    for conclusion in advice.conclusions.values():
        for fact in conclusion.deciding:
            assert (fact.asked_through is None) == (fact.fact in asked), fact


def test_every_fact_a_conclusion_depends_on_is_asked_or_names_the_question_asked_for_it(advisor: Advisor) -> None:
    """A tool builder's form looked up the question of each fact in ``deciding_together`` and found none for goal
    consensus, asked through whether there is a common goal (138 of 300 partial cases): ``Conclusion.asked_through``
    names it, as ``Deciding.asked_through`` does for a fact that decides alone."""
    rng = random.Random(7)
    cases = [{"challenge": {"rationale": "effectiveness"}}] + [random_case(rng) for _ in range(150)]
    named = 0
    for case in cases:
        advice = advisor.advise(case)
        asked = {question.fact: question for question in advice.questions}
        for conclusion in advice.conclusions.values():
            for fact in [*(d.fact for d in conclusion.deciding), *conclusion.deciding_together]:
                if fact in asked:
                    assert fact not in conclusion.asked_through
                    continue
                through = conclusion.asked_through[fact]
                assert any(change.via == fact for change in asked[through].changes), (fact, through)
                named += 1
            assert set(conclusion.asked_through) <= {
                *(d.fact for d in conclusion.deciding),
                *conclusion.deciding_together,
            }
            for deciding in conclusion.deciding:
                assert deciding.asked_through == conclusion.asked_through.get(deciding.fact)
    assert named  # (the case above has one)


def test_an_open_conclusion_that_does_not_apply_for_now_says_so() -> None:
    """ "Samenwerkingsvorm: voorlopig lerend netwerk, zoals de casus het noemt" stood above "Governancevorm: nog
    open, mogelijk: …", with nothing about now, where an organisation network for now gives "voorlopig NAO" (a
    policy officer). The form the case states holds for now: the governance mode does not apply for now."""
    advice = Advisor.from_path(RULES).advise({"state": {"form": "learning_network"}})
    form, mode = advice.conclusions["collaboration_form"], advice.conclusions["governance_mode"]
    assert (form.value, form.certainty) == ("learning_network", "provisional")
    assert (mode.value, mode.certainty) == (None, "open")
    assert "Voorlopig niet van toepassing: de samenwerkingsvorm is voorlopig een lerend netwerk." in mode.sentence
    english = Advisor.from_path(RULES, lang="en").advise({"state": {"form": "learning_network"}})
    assert "For now it does not apply: the form of collaboration is a learning network for now." in (
        english.conclusions["governance_mode"].sentence
    )
    # (an organisation network for now: the mode is said as it is for now, not as not applying)
    network = Advisor.from_path(RULES).advise({"state": {"form": "organisation_network"}})
    assert "Voorlopig niet van toepassing" not in network.conclusions["governance_mode"].sentence


def test_a_what_if_that_changes_nothing_gives_the_advice_of_the_case_itself(advisor: Advisor) -> None:
    """The case changed was dumped whole, so every field it never mentions came back as set to None: a number of
    organisations never answered read as answered "weet niet" (the list perhaps incomplete), and a what-if that
    changed nothing ranked the partner list's question eighth places lower than the case's own advice (a tool
    builder's preview). On random cases, whatever fact is set to the value it has."""
    rng = random.Random(5)
    cases = [{"challenge": {"rationale": "effectiveness"}}] + [random_case(rng, unknown_share=0.6) for _ in range(40)]
    for case in cases:
        advice = advisor.advise(case)
        known = [
            (path, value)
            for path, value in fact_values(parse_case(case)).items()
            if value is not None and path in FACTS and not FACTS[path].computed and path != "governance.partner_count"
        ]  # (not a summary, nor the number the list may give)
        path, value = known[rng.randrange(len(known))] if known else ("challenge.rationale", None)
        after = advisor.what_if(case, {path: value}).after
        assert after.model_dump_json() == advice.model_dump_json(), (case, path)


def test_a_new_partner_list_says_the_number_of_organisations_it_gives(advisor: Advisor) -> None:
    """A count of 8 beside 8 names is the list's own: with a list of 7 it is 7, as for the case written with it;
    only 'partners' was listed as changed, and a tool builder who advised the edited form (count 8 kept) got
    another governance mode. A count answered otherwise stays, and is not listed."""
    names = ["Geel", "Mol", "Dessel", "Retie", "Balen", "Olen", "Kasterlee", "Laakdal"]
    case = {"governance": {"partner_count": 8}, "partners": [{"name": name} for name in names]}
    shown = advisor.what_if(case, {"partners": names[:7]})
    assert shown.changes == {"partners": names[:7], "governance.partner_count": 7}
    written = {"governance": {"partner_count": 7}, "partners": [{"name": name} for name in names[:7]]}
    assert shown.after.model_dump_json() == advisor.advise(written).model_dump_json()
    more = {"governance": {"partner_count": 12}, "partners": [{"name": name} for name in names]}
    assert advisor.what_if(more, {"partners": names[:7]}).changes == {"partners": names[:7]}


def test_names_that_may_be_one_written_two_ways_are_said_not_merged() -> None:
    """A policy officer typed "burgemeester Vandame" for one of the roles "burgemeester Vandamme" holds, and "one
    person holds (almost) every role" went without a word; "Lo-Reninge" and "Lo Reninge" counted as two partners
    silently. Names alike but for capitals, spacing, punctuation or a doubled letter are said, each with where it
    stands; the rules still count them as written. Different names ("Geel", "Gent") are not."""
    advisor = Advisor(rules_from_text(TYPE_RULES))
    case = {
        "partners": [
            {"name": "Lo-Reninge"},
            {"name": "Gemeente Geel"},
            {"name": "Lo Reninge"},
            {"name": "Gemeente Gent"},
        ],
        "management": {
            "roles": {
                "network_operator": "burgemeester Vandamme",
                "vision_keeper": "Burgemeester Vandame",
                "network_champion": "burgemeester Vandamme",
                "creative_thinker": "niemand",
            }
        },
    }
    roles, partners = advisor.advise(case).look_alike_names
    assert roles.names == ["burgemeester Vandamme", "Burgemeester Vandame"]
    assert roles.facts == [
        ["management.roles.network_operator", "management.roles.network_champion"],
        ["management.roles.vision_keeper"],
    ]
    assert roles.text == (
        "'burgemeester Vandamme' (netwerkoperator en netwerkkampioen) en 'Burgemeester Vandame' (visiebewaker) zijn "
        "misschien één naam, anders geschreven: netadvisor telt ze als verschillende personen. Is het één persoon, "
        "schrijf de naam dan overal gelijk."
    )
    assert (partners.names, partners.facts) == (["Lo-Reninge", "Lo Reninge"], [["partners[0]"], ["partners[2]"]])
    assert (
        advisor.advise(case, lang="en")
        .look_alike_names[1]
        .text.startswith("'Lo-Reninge' and 'Lo Reninge' may be one partner written two ways")
    )
    assert roles.text in advice_text(advisor.advise(case)).replace("\n  ", " ")
    # one name written alike everywhere, or names that differ: nothing to say
    same = {"management": {"roles": {"network_operator": "Vandamme", "vision_keeper": "VANDAMME"}}}
    assert advisor.advise(same).look_alike_names == []
    numbered = {"partners": [{"name": "Partner 1"}, {"name": "Partner 11"}]}  # (digits are no doubled letter)
    assert advisor.advise(numbered).look_alike_names == []
    # a remark in brackets set aside: "Els Janssens (coördinator)" counted as another person (a coordinator)
    remarked = {
        "management": {"roles": {"network_operator": "Els Janssens", "vision_keeper": "Els Janssens (coördinator)"}}
    }
    (alike,) = advisor.advise(remarked).look_alike_names
    assert alike.names == ["Els Janssens", "Els Janssens (coördinator)"]
    # names the rules count as one (capitals, spacing) are said as one, beside a look-alike (a tool builder)
    (one,) = advisor.advise(
        {
            "management": {
                "roles": {
                    "network_operator": "Jan Peeters",
                    "network_promoter": "jan  peeters",
                    "vision_keeper": "Jan-Peeters",
                }
            }
        }
    ).look_alike_names
    assert one.names == ["Jan Peeters", "Jan-Peeters"]
    assert one.facts[0] == ["management.roles.network_operator", "management.roles.network_promoter"]


def test_a_fixed_conclusion_no_rule_reaches_is_settled_as_not_decided_by_these_rules() -> None:
    """A tool builder's own rule base of two rules concluded no challenge type: it came back "not_analysed", as
    "Type uitdaging: geen duidelijk type (geen type met genoeg criteria) (niet na te gaan …)", as if criteria had
    been weighed. Nothing can change it: settled, without a value, and said so."""
    from helpers import CONSENSUS_RULES

    advice = Advisor(rules_from_text(CONSENSUS_RULES)).advise({})
    for name in ("challenge_type", "collaboration_form", "governance_mode"):
        conclusion = advice.conclusions[name]
        assert (conclusion.value, conclusion.certainty) == (None, "settled"), name
        assert [outcome.value for outcome in conclusion.outcomes] == [None]
        assert conclusion.sentence.endswith(": deze regels besluiten er niet over."), conclusion.sentence
    assert Advisor(rules_from_text(CONSENSUS_RULES), lang="en").advise({}).conclusions["challenge_type"].sentence == (
        "Type of challenge: these rules do not decide it."
    )


def test_a_fact_unknown_in_a_message_is_onbekend_not_weet_niet() -> None:
    """ "(vertrouwen: weet niet; …)" stood in a finding of a case that never mentioned the trust, and said it was
    answered so (a tool builder's probe); English said "unknown" all along."""
    from helpers import rules_from_text

    advisor = Advisor(
        rules_from_text(
            "rules:\n  - id: R-stuck\n    title: {nl: vast, en: stuck}\n    section: ['4.4.1']\n"
            "    when: [{fact: state.stuck, is: true}]\n"
            "    then: {finding: {severity: info, message: {nl: 'vertrouwen: {governance.trust}', "
            "en: 'trust: {governance.trust}'}}}\n"
        )
    )
    stuck = {"state": {"stuck": "ja"}}
    assert [f.message for f in advisor.advise(stuck).findings] == ["vertrouwen: onbekend"]
    assert [f.message for f in advisor.advise(stuck, not_known={"governance.trust"}).findings] == [
        "vertrouwen: onbekend"
    ]
    assert [f.message for f in advisor.advise(stuck, lang="en").findings] == ["trust: unknown"]
    known = {**stuck, "governance": {"trust": "high"}}
    assert [f.message for f in advisor.advise(known).findings] == ["vertrouwen: hoog"]


def test_answers_only_rules_for_another_form_read_are_said_set_aside() -> None:
    """A policy officer's stuck network with low trust, its rationale 'kennis': a learning network, and what the
    case said of being stuck and of trust was gone from the advice without a word (the guide's advice on it is for
    organisation networks), while her handout listed those answers as what the advice rests on. They are said set
    aside, with the condition the rules that read them apply under; for an organisation network they count."""
    from conftest import RULES

    advisor = Advisor.from_path(RULES)
    case = {
        "challenge": {"rationale": "knowledge"},
        "state": {"stuck": True, "stuck_on_institutional": True},
        "governance": {"trust": "low"},
    }
    aside = advisor.advise(case).answers_set_aside
    assert aside is not None
    assert {"state.stuck", "governance.trust"} <= set(aside.facts)
    assert (aside.conclusion, aside.needs) == ("collaboration_form", "organisation_network")
    assert (
        "gelden alleen als dit een organisatienetwerk is, en de samenwerkingsvorm is een lerend netwerk." in aside.text
    )
    in_english = advisor.advise(case, lang="en").answers_set_aside
    assert in_english is not None
    assert in_english.text.endswith(
        "apply only if this is an organisation network, and the form of collaboration is a learning network."
    )
    assert advisor.advise({**case, "challenge": {"rationale": "effectiveness"}}).answers_set_aside is None
    # while the form is open, the advice for organisation networks comes on a condition: nothing set aside
    assert advisor.advise({**case, "challenge": {}}).answers_set_aside is None
