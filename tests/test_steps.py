"""The scenario steps themselves: a step must fail where the Dutch words it stands for are false.

A scenario that passes while its claim is false is worse than none (``shared/notes/gherkin-nl.md``). These tests
give a step an advice made false on purpose and expect it to fail, as a living-documentation review did by hand.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RULES
from netadvisor import Advisor, Change
from netadvisor.scenariotests import StepFailed
from steps_nl import every_question_can_change_something


def test_every_question_can_change_something_fails_for_a_question_that_changes_nothing() -> None:
    """A question for a fact no rule reads, claiming a finding "together with other answers", passed (a
    living-documentation review proved it by adding one to the advice)."""
    adviseur = Advisor.from_path(RULES)
    casus = {"challenge": {"criteria": dict.fromkeys(("recipe", "replicability", "expertise"), "simple")}}
    advies = adviseur.advise(casus)
    every_question_can_change_something(advies, adviseur, casus)  # (as it is: it holds)
    finding_rule = next(rule.id for rule in adviseur.rulebase.rules if rule.finding is not None)
    idle = advies.questions[0].model_copy(
        update={
            "fact": "challenge.theme",
            "question": "Welk thema?",
            "changes": [Change(kind="finding", name=finding_rule, label="Een bevinding", alone=False)],
        }
    )
    with pytest.raises(StepFailed, match="samen met andere antwoorden 'Een bevinding' verandert, maar die regel"):
        every_question_can_change_something(
            advies.model_copy(update={"questions": [*advies.questions, idle]}), adviseur, casus
        )


def test_more_criteria_than_are_free_fails_and_each_criterion_is_one() -> None:
    """ "4 … complex" then "3 … eenvoudig" passed with a case of two simple criteria: "delen en geheel" and
    "delen/geheel" counted as two criteria (a living-documentation review)."""
    from steps_nl import criteria_point_to

    casus: dict[str, object] = {}
    criteria_point_to(casus, 4, "complex")
    with pytest.raises(StepFailed, match="3 criteria, maar er zijn er nog maar 2 vrij"):
        criteria_point_to(casus, 3, "eenvoudig")
    criteria_point_to(casus, 2, "eenvoudig")
    assert len(casus["challenge"]["criteria"]) == 6  # type: ignore[index]


def test_an_answer_said_to_take_a_finding_away_must_do_so() -> None:
    """The step read only the library's own ``may_change``; it now asks what-if, or where an answer does it only
    with others, whether the rule reads it (a living-documentation review)."""
    from steps_nl import _read_by_rule, answer_can_take_finding_away

    adviseur = Advisor.from_path(RULES)
    casus = {"challenge": {"rationale": "effectiveness"}, "governance": {"trust": "low"}}
    advies = adviseur.advise(casus)
    given = advies.findings[0]
    # a yes/no question the rule does not read, said to take its finding away
    idle = next(
        q
        for q in advies.questions
        if q.answer.kind == "yes_no" and q.fact not in _read_by_rule(adviseur, advies, given.rule_id)
    )
    claimed = advies.model_copy(
        update={
            "findings": [given.model_copy(update={"may_change": [*given.may_change, idle.fact]})],
            "questions": [
                idle.model_copy(
                    update={"changes": [Change(kind="finding", name=given.rule_id, label=given.title, alone=False)]}
                )
            ],
        }
    )
    with pytest.raises(StepFailed, match=f"neemt {given.rule_id} weg, en de regel leest het niet"):
        answer_can_take_finding_away(claimed, adviseur, casus, idle.question, given.rule_id, _Request(adviseur))  # type: ignore[arg-type]


class _Request:
    """What a step reads of pytest's request: the advisor fixture, and the node it notes checked rules on."""

    def __init__(self, adviseur: Advisor):
        self.adviseur = adviseur
        self.node = type("Node", (), {"user_properties": []})()

    def getfixturevalue(self, name: str) -> object:
        assert name == "adviseur"
        return self.adviseur


def test_a_question_answered_twice_or_said_not_asked_after_its_own_answer_fails() -> None:
    """A rule-editing trial's scenario answered a question "nee" then "ja" (the last won without a word), and
    another checked "vraagt de adviseur niet" of a question it had answered itself: green, checking nothing."""
    from types import SimpleNamespace

    from steps_nl import does_not_ask, the_answer_is

    request: Any = SimpleNamespace(node=SimpleNamespace(stash=pytest.Stash()))
    question = "Zit het netwerk vast?"
    casus: dict[str, Any] = {}
    the_answer_is(casus, question, "nee", request)
    with pytest.raises(StepFailed, match="kreeg in dit scenario al het antwoord 'nee'"):
        the_answer_is(casus, question, "ja", request)
    advies = Advisor.from_path(RULES).advise(casus)
    with pytest.raises(StepFailed, match="deze stap controleert niets: het scenario beantwoordt"):
        does_not_ask(advies, question, request)
    # answered "weet niet", the question may be asked (and is, among those answered so): a check
    fresh: Any = SimpleNamespace(node=SimpleNamespace(stash=pytest.Stash()))
    unknown: dict[str, Any] = {}
    the_answer_is(unknown, question, "weet niet", fresh)
    with pytest.raises(StepFailed, match="verwacht dat de adviseur"):
        does_not_ask(Advisor.from_path(RULES).advise(unknown), question, fresh)
