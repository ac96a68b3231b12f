"""The advice: what the rules concluded and advise for one case, as data.

An :class:`Advice` is a frozen pydantic model, so ``advice.model_dump_json()``
is its JSON. Rendering it as text, Markdown or HTML is :mod:`render`'s job.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Value(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FactUsed(_Value):
    """A fact or conclusion a rule's condition looked at, and its value in this case."""

    kind: Literal["fact", "conclusion"]
    name: str
    value: Any = Field(description="The value in this case; null when unknown")


class Finding(_Value):
    """One piece of advice: which rule gave it, why, and where the guide says so."""

    rule_id: str
    title: str
    severity: Literal["info", "advice", "warning"]
    message: str
    sections: list[str]
    heuristics: list[str]
    source: str | None = Field(default=None, description="A source outside the guide the rule relies on")
    quote: str | None = Field(default=None, description="The guide's own words")
    because: list[FactUsed] = Field(description="The facts and conclusions that made the rule fire")


class Alternative(_Value):
    """A value a decision did not choose, and why it fits less: its supporting rules that did not fire."""

    value: str
    label: str
    support: int = Field(description="How many rules supported this value (for decisions by support)")
    not_supported_by: list[str] = Field(description="Titles of the rules that would support it but did not fire")
    why_not: list[str] = Field(default_factory=list,
                               description="For each rule that would lead to this value: the conditions that did not "
                                           "hold, in words")


class Conclusion(_Value):
    """A conclusion (for instance ``governance_mode``) and how it was reached.

    ``status``: ``derived`` (a rule concluded it), ``decided`` (the value with the
    most supporting rules), ``conflict`` (rules concluded different values with
    equal priority: no value), or ``undetermined`` (no rule reached it).
    """

    name: str
    value: str | None
    label: str | None = Field(description="The value as a person reads it")
    status: Literal["derived", "decided", "conflict", "undetermined"]
    rules: list[str] = Field(default_factory=list, description="Rules that concluded or supported the value")
    support: dict[str, list[str]] = Field(default_factory=dict,
                                          description="For decided conclusions: value → supporting rules")
    candidates: list[str] = Field(default_factory=list, description="For conflicts: the competing values")
    alternatives: list[Alternative] = Field(
        default_factory=list, description="For conclusions decided by support: every other value and why it fits less")


class TraceStep(_Value):
    """One rule firing, in order."""

    round: int
    rule_id: str
    concluded: dict[str, str] = Field(default_factory=dict)
    supported: dict[str, str] = Field(default_factory=dict)


class Question(_Value):
    """A fact that is unknown and would change the advice if it were known."""

    fact: str
    question: str
    allowed: list[str] = Field(description="The possible answers, as a person reads them")
    unblocks: list[str] = Field(description="Rules that could fire once this fact is known")
    affects: list[str] = Field(description="Conclusions those rules would derive or support")


class Advice(_Value):
    """Everything the rules say about one case."""

    case_title: str | None
    language: Literal["nl", "en"]
    conclusions: dict[str, Conclusion]
    findings: list[Finding]
    questions: list[Question]
    trace: list[TraceStep]
    rulebase_version: str
    engine: str

    def conclusion(self, name: str) -> str | None:
        """The value of a conclusion, or None when it was not reached."""
        found = self.conclusions.get(name)
        return found.value if found else None

    def finding(self, rule_id: str) -> Finding | None:
        return next((finding for finding in self.findings if finding.rule_id == rule_id), None)


class ConditionCheck(_Value):
    """One condition of a rule, checked against a case."""

    kind: Literal["fact", "conclusion"]
    name: str
    operator: str
    expected: Any = Field(description="The value the condition compares with (a list for one_of)")
    actual: Any = Field(description="The value in this case (a list of derived values for a conclusion)")
    holds: bool | None = Field(description="true, false, or null when the fact or conclusion is unknown")
    text: str = Field(description="The condition and its outcome in words")


class RuleExplanation(_Value):
    """Why a rule did or did not fire on a case."""

    rule_id: str
    title: str
    sections: list[str]
    fired: bool
    conditions: list[ConditionCheck]


class ConclusionChange(_Value):
    conclusion: str
    before: str | None
    after: str | None


class WhatIf(_Value):
    """The advice before and after some facts change, and what the change made different."""

    changes: dict[str, Any]
    before: Advice
    after: Advice
    conclusions_changed: list[ConclusionChange]
    findings_added: list[str]
    findings_removed: list[str]


class SingleChange(_Value):
    """One fact, changed alone, that would change a conclusion."""

    fact: str
    value: Any
    conclusion: str
    before: str | None
    after: str | None
    text: str = Field(description="The change in words")
