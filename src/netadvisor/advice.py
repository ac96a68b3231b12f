"""The advice: what the rules concluded and advise for one case, as data.

An :class:`Advice` is a frozen pydantic model, so ``advice.model_dump_json()``
is its JSON. Rendering it as text, Markdown or HTML is :mod:`render`'s job.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field
from pydantic_core import PydanticUndefined

from .spelling import closest
from .vocabulary import ChallengeType, CollaborationForm, FixedConclusion, GovernanceMode

Scalar = bool | int | str


Severity = Literal["info", "advice", "warning"]
"""How serious a finding is: information, advice or a warning (:attr:`Finding.severity`)."""

Certainty = Literal["settled", "provisional", "open", "not_analysed"]
"""How certain a conclusion is (:attr:`Conclusion.certainty`): settled whatever the unknown facts turn out to be;
provisional (a value now that an answer can still change); open (between named outcomes); or not analysed (rules
the outcome analysis does not cover)."""


class _Value(BaseModel):
    # The schema of the JSON says what every advice carries: a field with a default is always written, so it is
    # required there too (a client generated from the schema had made certainty, outcomes and schema_version
    # optional: a tool builder). See ADVICE_SCHEMA_VERSION for a field added later.
    model_config = ConfigDict(
        frozen=True, extra="forbid", defer_build=True, json_schema_serialization_defaults_required=True
    )

    @classmethod
    def trusted(cls, **values: Any) -> Self:
        """The model made of ``values`` without validating them: pydantic's ``model_construct``, for the code
        that builds an advice (some hundred models each; validating one costs four times what this does, and
        ``model_construct`` itself more than half of that). The same model as ``cls(**values)`` gives, the same
        fields set, provided every value has its field's type as validation would leave it (a list as a new
        list, a model as an instance): ``tests/test_advice_models.py`` validates whole advices built so and finds
        each equal to itself.

        Raises:
            TypeError: for a name that is no field (as ``extra="forbid"`` would), or a required field missing.
        """
        plan = _PLANS.get(cls)
        if plan is None:
            plan = _PLANS[cls] = _plan(cls)
        template, required, factories = plan
        given = set(values)
        fields = template.copy()  # every field in order, with its default
        fields.update(values)
        if len(fields) != len(template) or not required <= given:
            raise TypeError(
                f"{cls.__name__}: no such field {sorted(given - set(template))}, "
                f"required and missing {sorted(required - given)}"
            )
        for name, factory in factories:
            if name not in given:
                fields[name] = factory()
        model = _new(cls)
        _set_dict(model, fields)
        _set_fields_set(model, given)
        _set_extra(model, None)
        _set_private(model, None)
        return model


# What trusted() needs of a model class: every field in order with its default (a required one with None, never
# left so: trusted() checks), the required ones, and the fields whose default a factory makes.
_Plan = tuple[dict[str, Any], frozenset[str], tuple[tuple[str, Callable[[], Any]], ...]]
_PLANS: dict[type[BaseModel], _Plan] = {}
_new = object.__new__
# the slots BaseModel keeps, set as model_construct sets them (their descriptors: the type checker sees only the
# instance attributes)
_SLOTS: Any = vars(BaseModel)
_set_dict = _SLOTS["__dict__"].__set__
_set_fields_set = _SLOTS["__pydantic_fields_set__"].__set__
_set_extra = _SLOTS["__pydantic_extra__"].__set__
_set_private = _SLOTS["__pydantic_private__"].__set__


def _plan(cls: type[BaseModel]) -> _Plan:
    fields = cls.model_fields
    template = {name: None if field.default is PydanticUndefined else field.default for name, field in fields.items()}
    required = frozenset(name for name, field in fields.items() if field.is_required())
    # (none of our factories takes the data validated so far)
    factories: Any = tuple((name, field.default_factory) for name, field in fields.items() if field.default_factory)
    return template, required, factories


def _added_later(*names: str) -> Callable[[dict[str, Any]], None]:
    """A model's ``json_schema_extra`` for fields added after version 1 of the advice's JSON came out: not required
    in the schema, or advice written before them no longer validates (see :data:`ADDED_LATER`)."""

    def not_required(schema: dict[str, Any]) -> None:
        schema["required"] = [name for name in schema.get("required", ()) if name not in names]

    return not_required


ADDED_LATER: dict[str, tuple[str, ...]] = {
    "Deciding": ("asked_through",),
    "ConclusionChange": ("before_assumed", "after_assumed"),
    "Change": ("alone",),
    "AnswerType": ("minimum",),
    "Question": ("answered_not_known",),
    "Advice": ("look_alike_names", "held_questions", "answers_set_aside"),
    "Conclusion": ("asked_through", "settled_as_listed"),
    "AssumedValue": ("basis",),
}
"""Per model, the fields added within version 1 of the advice's JSON (see :data:`ADVICE_SCHEMA_VERSION`)."""


class FactUsed(_Value):
    """A fact or conclusion a rule's condition looked at, and its value in this case."""

    kind: Literal["fact", "conclusion"] = Field(
        description="Whether the condition looked at a fact of the case or at a conclusion of the rules"
    )
    name: str = Field(description="The fact's path (governance.trust) or the conclusion's name (collaboration_form)")
    # (tuples, not lists, where a value is one netadvisor keeps and hands to every advice: a tool builder's append
    # to one advice's list changed every later advice in the process)
    value: bool | int | str | tuple[str, ...] | None = Field(description="The value in this case; null when unknown")
    bounds: tuple[int, int] | None = Field(
        default=None, description="For a count over partly unknown facts: its least and greatest possible value"
    )


class Assumption(_Value):
    """An open conclusion taken as having a value: what a conditional finding depends on."""

    conclusion: str = Field(description="The open conclusion taken as having a value, e.g. collaboration_form")
    value: str = Field(description="The value it is taken to have, e.g. organisation_network")
    text: str = Field(description="The condition in words, e.g. 'als dit een organisatienetwerk is'")


class Finding(_Value):
    """One piece of advice: which rule gave it, why, and where the guide says so."""

    rule_id: str = Field(description="The id of the rule that gave it (rules/*.yaml), e.g. GOV-trust-low")
    title: str = Field(description="The finding's title, in the advice's language")
    severity: Severity = Field(description="How serious it is: info, advice or warning")
    message: str = Field(
        description="The finding in words, in the advice's language, with the guide's words in quotation marks"
    )
    sections: list[str] = Field(
        description="The guide's sections it rests on, as the headings in the guide's text number them, e.g. ['4.3']"
    )
    heuristics: list[str] = Field(description="The guide's heuristics it puts into a rule (H001 to H151)")
    source: str | None = Field(default=None, description="A source outside the guide the rule relies on")
    basis: Literal["guide", "source", "interpretation"] = Field(
        default="guide", description="What the finding rests on: the guide, a source outside it, or our own reading"
    )
    quote: str | None = Field(default=None, description="The guide's own words")
    because: list[FactUsed] = Field(description="The facts and conclusions that made the rule fire")
    assuming: Assumption | None = Field(
        default=None, description="For a conditional finding: what must be true for it to apply"
    )
    may_change: list[str] = Field(
        default_factory=list,
        description="The questions (their 'fact', as in 'questions') whose answer could still take this finding "
        "away, or bring it for a conditional finding; a follow-up that waits for its yes/no question is named by "
        "that question",
    )


class ConditionCheck(_Value):
    """One condition of a rule, checked against a case."""

    kind: Literal["fact", "conclusion"] = Field(
        description="Whether the condition is on a fact of the case or on a conclusion of the rules"
    )
    name: str = Field(description="The fact's path or the conclusion's name")
    operator: str = Field(
        description="How it compares: eq, neq, in, not_in, ge, le, gt, lt, known or unknown (what the rule "
        "file writes as is, is_not, one_of, at_least, at_most, ...)"
    )
    expected: Scalar | tuple[Scalar, ...] | None = Field(
        description="The value the condition compares with (a list for one_of; null for known)"
    )
    actual: Scalar | tuple[Scalar, ...] | None = Field(
        description="The value in this case (a list of derived values for a conclusion; [low, high] for a count "
        "known only within bounds; null when unknown)"
    )
    holds: bool | None = Field(description="true, false, or null when the fact or conclusion is unknown")
    text: str = Field(description="The condition and its outcome in words")


class WhyNot(_Value):
    """Why a rule that would lead to a value did not fire: its conditions that did not hold, or wait for an
    unknown fact."""

    rule_id: str = Field(description="The id of the rule that did not fire")
    conditions: list[ConditionCheck] = Field(
        description="Its conditions that did not hold, or wait for an unknown fact"
    )
    text: str = Field(description="The same in words")


class Alternative(_Value):
    """A value a decision did not choose, and why it fits less: its supporting rules that did not fire."""

    value: str = Field(description="The value not chosen, e.g. lead_organisation")
    label: str = Field(description="The value as a person reads it")
    support: int = Field(description="How many rules supported this value (for decisions by support)")
    not_supported_by: list[str] = Field(description="Ids of the rules that would support it but did not fire")
    waiting_for: list[str] = Field(
        default_factory=list, description="Unknown facts that rules leading to this value wait for"
    )
    why_not: list[WhyNot] = Field(
        default_factory=list,
        description="For each rule that would lead to this value and did not fire: the conditions that did not hold",
    )


class Outcome(_Value):
    """One value a conclusion can still come out as."""

    value: str | None = Field(description="null: no value (the criteria disagree, too little support, ...)")
    label: str = Field(
        description="The value as a person reads it; for no value, what that means here ('geen duidelijke vorm')"
    )
    no_value: list[Literal["undecided", "not_applicable"]] = Field(
        default_factory=list,
        description="For no value, what it can mean in this case, when the conclusion's rules apply only on a "
        "condition (the governance mode, for an organisation network): 'undecided' although they apply, "
        "'not_applicable' because the condition may fail. Empty otherwise.",
    )


class Answer(_Value):
    """One answer to an unknown fact, and the values a conclusion can still take after it."""

    value: bool | int | str = Field(
        description="The answer: a choice's value, yes/no as true/false, or for a number one number of the class it stands for"
    )
    label: str = Field(description="The answer as a person reads it ('hoog', '8 tot en met 15')")
    outcomes: list[str | None] = Field(
        description="The values the conclusion can still come out as after this answer (null: no value)"
    )
    outcome_labels: list[str] = Field(
        default_factory=list, description="The outcomes as a person reads them, in the same order"
    )
    numbers: tuple[int, int] | None = Field(
        default=None,
        description="For a number: the lowest and highest whole number this answer stands for",
    )


class Deciding(_Value):
    """An unknown fact whose answer can change what a conclusion comes out as."""

    model_config = ConfigDict(json_schema_extra=_added_later(*ADDED_LATER["Deciding"]))

    fact: str = Field(description="The unknown fact, e.g. governance.trust")
    question: str = Field(description="Its question, in the advice's language")
    answers: list[Answer] = Field(description="Each answer and what the conclusion can still come out as after it")
    asked_through: str | None = Field(
        default=None,
        description="Where its question waits for another (goal consensus for whether there is a common goal): "
        "the fact of the question in 'questions' that is asked in its place now (its 'changes' name this fact as "
        "'via'). A form that looked up the question of each deciding fact found none for it (a tool builder)",
    )


class AssumedValue(_Value):
    """What a conclusion would be if another conclusion (still open) had the value a rule file applies to."""

    model_config = ConfigDict(json_schema_extra=_added_later(*ADDED_LATER["AssumedValue"]))

    assuming: Assumption = Field(description="The open conclusion and the value it is taken to have")
    value: str | None = Field(description="The conclusion's value on that condition; null for none")
    label: str | None = Field(description="That value as a person reads it; null for none")
    outcomes: list[Outcome] = Field(description="What it can still come out as on that condition")
    basis: str | None = Field(
        default=None,
        description="For a decision by support with a value there: the value with what supports it, as the "
        "conclusion's sentence says it ('leiderorganisatienetwerk, gesteund door 3 van de 4 factoren (…)'). A policy "
        "officer could not defend 'Als dit een organisatienetwerk is: leiderorganisatienetwerk' without its factors",
    )


class Conclusion(_Value):
    """A conclusion (for instance ``governance_mode``), how it was reached, and how certain it is.

    ``status``: ``derived`` (a rule concluded it), ``decided`` (the value with the
    most supporting rules), ``conflict`` (rules concluded different values with
    equal priority: no value), or ``undetermined`` (no rule reached it).

    ``certainty``: ``settled`` (one outcome, whatever the unknown facts turn out to be; for an outcome without
    value that can mean either "geen duidelijke vorm" or "niet van toepassing", ``deciding`` lists the answers
    that tell which, each leaving no value), ``provisional`` (a
    value now, but an unknown fact can still change it), ``open`` (no value yet; ``outcomes`` lists what can
    still come), or ``not_analysed`` (too large to work out: every value stays possible).
    """

    model_config = ConfigDict(json_schema_extra=_added_later(*ADDED_LATER["Conclusion"]))

    name: str = Field(
        description="The conclusion, e.g. governance_mode (the three fixed ones: challenge_type, collaboration_form, governance_mode)"
    )
    value: str | None = Field(
        description="Its value now; null for none (how certain: 'certainty'; what it can still come out as: 'outcomes')"
    )
    label: str | None = Field(
        description="The value as a person reads it; None without a value. A conclusion settled without a value "
        "says what that means in its one outcome: its label ('niet van toepassing', 'geen duidelijke vorm') and "
        "'no_value' (a tool builder's table showed an empty cell for a settled conclusion)"
    )
    status: Literal["derived", "decided", "conflict", "undetermined"] = Field(
        description="How it was reached: derived (a rule concluded it), decided (the value with the most supporting rules), conflict (rules concluded different values: none), undetermined (no rule reached it)"
    )
    certainty: Certainty = Field(
        default="settled",
        description="settled (the same whatever the unknown facts turn out to be), provisional (a value now that an answer can still change), open (no value yet; see 'outcomes'), not_analysed (too large to work out)",
    )
    outcomes: list[Outcome] = Field(
        default_factory=list,
        description="Every value it can still come out as once its unknown facts are known. A value that speaks of "
        "what is known now can be the value and none of these: governance_mode_current 'unsupported' (no known "
        "factor supports the current mode) while the factors still open would each support it or decide a mode; "
        "every answer to them then changes it (its certainty is 'provisional')",
    )
    unknown: list[str] = Field(
        default_factory=list,
        # (five criteria of six 'eenvoudig' settle the type; the sixth, listed here, changes nothing: "depends on" said
        # otherwise, a reviewer of the Dutch scenarios)
        description="Unknown facts its rules read. Not every one can change it: none can for a settled conclusion; "
        "'deciding' and the questions name those that can",
    )
    deciding: list[Deciding] = Field(
        default_factory=list,
        description="Unknown facts whose answer alone changes what it can come out as, or, for a settled "
        "conclusion without value that can mean either no clear value or not applicable, tells which (each answer "
        "leaves no value, labelled as it means then). Empty for an open "
        "conclusion that only several answers together can settle (two of six criteria known: no one criterion "
        "decides the type); those facts are in 'unknown', and the questions rank them by how much they narrow it. "
        "Also the number of organisations where the partners listed are taken as the whole network, their number "
        "never given, and another number can still change it (in 'deciding_together' where it does so only with "
        "other answers; see 'settled_as_listed' for a settled one)",
    )
    deciding_together: list[str] = Field(
        default_factory=list,
        description="Unknown facts whose answers change what it can come out as only together with others, not "
        "alone (the criteria while none decides alone; the number of organisations beside trust, consensus and "
        "need). With 'deciding', what it depends on",
    )
    asked_through: dict[str, str] = Field(
        default_factory=dict,
        description="For each fact in 'deciding' or 'deciding_together' whose question waits for another (goal "
        "consensus for whether there is a common goal): the fact of the question in 'questions' asked in its place "
        "now. A form that looked up the question of each fact in 'deciding_together' found none (a tool builder)",
    )
    settled_as_listed: bool = Field(
        default=False,
        description="For a settled conclusion: settled only as long as the partners listed are the whole network, "
        "as the advice takes them while their number was never given (a larger number can change it; the sentence "
        "says so)",
    )
    assumed: AssumedValue | None = Field(
        default=None,
        description="Its value if an open conclusion had the value the "
        "rule files apply to (e.g. an organisation network); None where that would change nothing of it",
    )
    rules: list[str] = Field(default_factory=list, description="Rules that concluded or supported the value")
    support: dict[str, list[str]] = Field(
        default_factory=dict, description="For decided conclusions: value → supporting rules"
    )
    candidates: list[str] = Field(default_factory=list, description="For conflicts: the competing values")
    alternatives: list[Alternative] = Field(
        default_factory=list, description="For conclusions decided by support: every other value and why it fits less"
    )
    sentence: str = Field(default="", description="The conclusion and how certain it is, in one sentence")
    doubted_by: list[str] = Field(
        default_factory=list,
        description="The findings of this advice that put it in doubt (rule ids; the sentence says so)",
    )
    may_be_doubted_by: list[str] = Field(
        default_factory=list,
        description="Rules whose finding would put this value in doubt once an open conclusion they read comes out "
        "otherwise (rule ids; the sentence names that conclusion): a settled value is the rules' last word on it, "
        "not beyond question",
    )


class TraceStep(_Value):
    """One rule firing, in order."""

    round: int = Field(description="The round of forward chaining in which the rule fired (0 first)")
    rule_id: str = Field(description="The rule that fired")
    concluded: dict[str, str] = Field(default_factory=dict, description="What it concluded: conclusion → value")
    supported: dict[str, str] = Field(default_factory=dict, description="What it supported: decision → value")


class Choice(_Value):
    """One possible answer to a question."""

    value: bool | str = Field(description="The value a case or Consultation.answer takes (true/false for yes/no)")
    label: str = Field(description="The choice as a person reads it, in the advice's language")


class AnswerType(_Value):
    """What kind of answer a question takes. Every question also takes "weet niet" (the value None; typed "weet
    niet" or nothing at all), which is never among ``choices``: unknown is always an answer, and never "no"."""

    model_config = ConfigDict(json_schema_extra=_added_later(*ADDED_LATER["AnswerType"]))

    kind: Literal["yes_no", "choice", "number", "text", "partner_list"] = Field(
        description="yes_no, choice, number, text, or partner_list (names, separated by commas)"
    )
    choices: tuple[Choice, ...] = Field(
        default_factory=tuple,
        description="For yes/no and choices: the answers. For a text: the answers that are no text of one's own "
        "(a role's holder: 'nobody', niemand; what a partner brings: 'nothing', niets), beside any text",
    )
    maximum: int | None = Field(default=None, description="For numbers: the largest allowed")
    minimum: int | None = Field(
        default=None,
        description="For numbers: the smallest allowed (for the number of organisations beside a partner list, the "
        "partners listed)",
    )


class Change(_Value):
    """Something an answer to a question can change."""

    model_config = ConfigDict(json_schema_extra=_added_later(*ADDED_LATER["Change"]))

    kind: Literal["conclusion", "finding"] = Field(
        description="Whether the answer can change a conclusion or a finding"
    )
    name: str = Field(
        description="The conclusion's name (one of the three fixed conclusions, or a decision by support; the rules' "
        "other conclusions, such as governance_mode_current, change the advice through the findings that read "
        "them, which are listed), or the rule id of the finding"
    )
    label: str = Field(description="The conclusion, or the finding's title, as a person reads it")
    severity: Severity | None = Field(
        default=None, description="For a finding: info, advice or warning; null for a conclusion"
    )
    conditional: bool = Field(
        default=False,
        description="The finding is shown, or would be once the answer brings it, only on a condition: a "
        "conclusion it needs is still open and assumed (see Finding.assuming). An answer that settles that "
        "conclusion can make it unconditional. For a conclusion: the answer changes only what it comes out as on "
        "a condition (Conclusion.assumed), as the form a case says it has does for the governance mode.",
    )
    via: str | None = Field(
        default=None,
        description="The fact of a question that waits for this one (a follow-up) when the answer changes this "
        "only through it: answering this question makes that one asked (e.g. goal.has_common_goal before "
        "governance.goal_consensus)",
    )
    alone: bool = Field(
        default=False,
        description="The answer can change this by itself, every other open answer left open: the finding's "
        "rule waits for nothing else, or an answer narrows what the conclusion can come out as. False: only "
        "together with other answers (one criterion of six rarely types a challenge alone), or through a "
        "follow-up (via)",
    )


class Question(_Value):
    """A fact still unknown whose answer can change the advice: a fixed conclusion or a decision (its value, how
    certain it is, what it can still come out as), or a finding. "Can":
    alone, or together with other answers still open (one criterion of six rarely types a challenge alone; a
    finding with two unknown conditions needs both), so an answer given through what-if alone may change
    nothing yet. ``changes`` lists all it can change, in time."""

    model_config = ConfigDict(json_schema_extra=_added_later(*ADDED_LATER["Question"]))

    fact: str = Field(description="The fact asked, e.g. governance.trust, partners[2].kind, or partners")
    question: str = Field(
        description="The question in words, in the advice's language, worded for what the case says already"
    )
    answer: AnswerType = Field(description="What kind of answer it takes, with its choices")
    changes: list[Change] = Field(
        description="What an answer can change: the conclusions first, then the findings, most serious first"
    )
    rank: int = Field(description="1 is asked first")
    follows: str | None = Field(default=None, description="The yes/no fact this question follows up on")
    partner: str | None = Field(default=None, description="For a question about one partner: its name")
    asked_with: str | None = Field(
        default=None,
        description="The questions a report asks as one share this: the same question for each partner "
        "(partners[].kind), the six criteria (challenge.criteria), the five roles (management.roles). A report "
        "numbers such a group once, by the rank of its first question, so its numbers are not the ranks.",
    )
    answered_not_known: bool = Field(
        default=False,
        description="It was answered 'weet niet' (in the case, or advise's not_known): still to be found out, and "
        "listed as such; a consultation does not ask it again. A form that shows the open questions can set it "
        "apart (a tool builder showed them as if never asked). For the partner list (partners) only while no "
        "partner is named: the 'weet niet' to the rest of a list a case file cannot hold (Consultation.not_known has "
        "it).",
    )


ADVICE_SCHEMA_VERSION: Literal["1"] = "1"
"""The version of the advice's JSON shape (see :func:`advice_schema`). Within one version fields are only added,
never removed, renamed or given another type; the names and values of the fixed conclusions never change. Every
field of version 1 is required in its schema, as every advice writes it; a field added later within a version must
not be (``json_schema_extra`` taking it out of ``required``), or advice written before it no longer validates."""


def _package_version() -> str:
    # read once, at import, by the package (asking importlib.metadata per advice cost milliseconds)
    import netadvisor

    version: str = netadvisor.__version__
    return version


class HeldQuestion(_Value):
    """A question not asked now: its answer can change a finding only once a fact answered "weet niet" is known (the
    advice for complex challenges asks whether each partner will adapt its own way of working, while a criterion that
    alone can make the challenge complex is "weet niet"). Listed apart from :attr:`Advice.questions`, so that the
    open questions do not read as all there is (a policy officer took them for the whole list)."""

    fact: str = Field(description="The fact it would ask, as a question of Advice.questions names it")
    question: str = Field(description="Its question, in the words it would be asked in")
    partner: str | None = Field(default=None, description="For a question about one partner: its name")
    held_by: list[str] = Field(
        description="The facts answered 'weet niet' it waits for: once one is known, it may be asked"
    )
    findings: list[str] = Field(description="The ids of the rules whose findings its answer can then change")


class WaitingAnswers(_Value):
    """Answers a case gives to follow-up questions whose yes/no question is not answered "ja", or to questions
    asked after another that is still unknown (whether the cooperation leads to concrete results, after the phase):
    the rules do not use them (yet). Said so, rather than dropped without a word."""

    first: str = Field(
        description="The fact they follow up on: a yes/no fact (region.mayors_consultation), or one asked before "
        "them whatever its answer (state.phase)"
    )
    first_answer: bool | None = Field(description="Its answer: False for 'nee', None while unknown")
    facts: list[str] = Field(description="The follow-up facts the case answers")
    text: str = Field(description="That, in words")


class UnusedAnswers(_Value):
    """Answers a case gives that no rule of the rule base reads at all: the case model has the facts, the rules
    do not use them (``check --analyse`` lists them as unused facts). Said so, rather than counted as what the
    advice rests on and then passed over."""

    facts: list[str] = Field(description="The facts the case answers that no rule reads")
    text: str = Field(description="That, in words, with the answers given")


class AnswersSetAside(_Value):
    """Answers a case gives that only rules for another value of a settled conclusion read: what the case says of a
    stuck network, while its rationale makes it a learning network and the guide's advice on being stuck is for
    organisation networks. Said so, rather than passed over: a policy officer found them gone from the advice
    without a word, and listed among the answers of her handout."""

    facts: list[str] = Field(description="The facts the case answers that only those rules read")
    conclusion: str = Field(
        description="The settled conclusion those rules need another value of, e.g. collaboration_form"
    )
    needs: str = Field(description="The value they need, e.g. organisation_network")
    text: str = Field(description="That, in words, with the answers given and the conclusion's value")


class LookAlikeNames(_Value):
    """Names a case gives that differ only in capitals, spacing, punctuation or a doubled letter ("Vandame" and
    "Vandamme"): perhaps one person or partner written two ways, which the rules count as two. Said, not guessed: a
    policy officer's typo in one role took "one person holds (almost) every role" away without a word."""

    names: list[str] = Field(description="The names, as the case writes them")
    facts: list[list[str]] = Field(description="Per name, where the case gives it (the roles, or the partner)")
    text: str = Field(description="That, in words, with what to do if they are one")


class Advice(_Value):
    """Everything the rules say about one case.

    ``engine`` names the engine that fired the rules on the case; it is the one field that may differ between two
    runs of the same case and rules (durable_rules where it can be imported, else the evaluator). What the rules
    would do under an assumption (``conditional_findings``, a conclusion's ``assumed`` value, the outcome sets)
    the evaluator always works out.
    """

    model_config = ConfigDict(json_schema_extra=_added_later(*ADDED_LATER["Advice"]))

    schema_version: Literal["1"] = Field(
        default=ADVICE_SCHEMA_VERSION, description="The version of this JSON shape (advice_schema)"
    )
    netadvisor_version: str = Field(default_factory=_package_version, description="The package that gave it")
    case_title: str | None = Field(description="The case's title, if it has one")
    language: Literal["nl", "en"] = Field(description="The language of every text in it")
    conclusions: dict[str, Conclusion] = Field(
        description="Every conclusion of the rules by name, the three fixed ones first"
    )
    findings: list[Finding] = Field(
        description="The findings that apply as the case stands, in the order their rules fired"
    )
    conditional_findings: list[Finding] = Field(
        default_factory=list, description="Findings that apply only if an open conclusion has a certain value"
    )
    questions: list[Question] = Field(
        description="Every question whose answer can change the advice, best first. A report asks a group of them "
        "as one (see 'asked_with'): the number of questions it names is that of the distinct 'asked_with' (or "
        "'fact' where there is none), not the length of this list (a tool builder's column disagreed with the "
        "report)"
    )
    held_questions: list[HeldQuestion] = Field(
        default_factory=list,
        description="Questions not in 'questions' because their answers change a finding only once a fact answered "
        "'weet niet' is known, in the catalogue's order",
    )
    waiting_answers: list[WaitingAnswers] = Field(
        default_factory=list, description="Answers to follow-up questions that wait for a 'ja' the case does not give"
    )
    unused_answers: UnusedAnswers | None = Field(
        default=None, description="The answers of the case that no rule reads at all (None: there are none)"
    )
    answers_set_aside: AnswersSetAside | None = Field(
        default=None,
        description="The answers of the case that only rules for another value of a settled conclusion read (None: "
        "there are none)",
    )
    trace: list[TraceStep] = Field(description="Every rule that fired, in order")
    rulebase_version: str = Field(
        description="A fingerprint of the rule files that gave it: the same rules, the same version"
    )
    engine: str = Field(description="The engine that fired the rules: durable_rules, or evaluator")
    look_alike_names: list[LookAlikeNames] = Field(
        default_factory=list,
        description="Names the case gives (role holders, partners) that may be one written two ways, counted as two",
    )

    def conclusion(self, name: str) -> str | None:
        """The value of a conclusion, or None when it was not reached.

        Raises:
            KeyError: for a name that is no conclusion of the rule base (a typo is not "not reached").
        """
        if name not in self.conclusions:
            # (with the closest: single_changes(case, "governance_mod") said only what there is, a tool builder)
            near = closest(name, list(self.conclusions)) if isinstance(name, str) else None
            meant = f"; did you mean {near!r}?" if near else ""
            raise KeyError(f"{name!r} is no conclusion of these rules; they have: {', '.join(self.conclusions)}{meant}")
        return self.conclusions[name].value

    @property
    def challenge_type(self) -> ChallengeType | None:
        """The type of challenge now, or None when it has none (how certain: its ``certainty``)."""
        value = self.conclusion(FixedConclusion.CHALLENGE_TYPE)
        return None if value is None else ChallengeType(value)

    @property
    def collaboration_form(self) -> CollaborationForm | None:
        """The form of collaboration now, or None when it has none (how certain: its ``certainty``)."""
        value = self.conclusion(FixedConclusion.COLLABORATION_FORM)
        return None if value is None else CollaborationForm(value)

    @property
    def governance_mode(self) -> GovernanceMode | None:
        """The governance mode now, or None when it has none (how certain: its ``certainty``)."""
        value = self.conclusion(FixedConclusion.GOVERNANCE_MODE)
        return None if value is None else GovernanceMode(value)

    def finding(self, rule_id: str) -> Finding | None:
        """The (unconditional) finding of ``rule_id``, or None."""
        return next((finding for finding in self.findings if finding.rule_id == rule_id), None)

    def conditional_finding(self, rule_id: str) -> Finding | None:
        """The finding of ``rule_id`` that applies only on a condition, or None."""
        return next((finding for finding in self.conditional_findings if finding.rule_id == rule_id), None)


class RuleExplanation(_Value):
    """Why a rule did or did not fire on a case."""

    rule_id: str = Field(description="The rule explained")
    title: str = Field(description="Its title, in the language asked")
    sections: list[str] = Field(description="The guide's sections it rests on")
    fired: bool = Field(description="Whether it fired on the case")
    conditions: list[ConditionCheck] = Field(description="Each of its conditions, checked against the case")


def possible_outcomes(conclusion: Conclusion) -> tuple[tuple[str | None, tuple[str, ...]], ...]:
    """What a conclusion can still come out as, with what no value means in each, and what it comes out as on the
    condition its rules apply under (``assumed``), comparable between two advices (what-if and diff tell "other
    possible outcomes" from a rewording by it; a policy officer's what-if said nothing of the governance mode
    "als dit een organisatienetwerk is" narrowed to two)."""
    now = tuple((outcome.value, tuple(outcome.no_value)) for outcome in conclusion.outcomes)
    assumed = conclusion.assumed
    if assumed is None:
        return now
    return (*now, ("assumed", (str(assumed.value), *(str(outcome.value) for outcome in assumed.outcomes))))


class ConclusionChange(_Value):
    """A conclusion a what-if changes: its value, how certain it is, what it can still come out as (open
    before and after, but with other possible outcomes, or another meaning of no value), or what it comes out as
    on the condition its rules apply under (``before_assumed``, ``after_assumed``). The reports show exactly
    these."""

    model_config = ConfigDict(json_schema_extra=_added_later(*ADDED_LATER["ConclusionChange"]))

    conclusion: str = Field(description="The conclusion that changed")
    before: str | None = Field(description="Its value before the change; null for none")
    after: str | None = Field(description="Its value after the change; null for none")
    before_certainty: Certainty = Field(default="settled", description="How certain it was before")
    after_certainty: Certainty = Field(default="settled", description="How certain it is after")
    before_outcomes: list[Outcome] = Field(default_factory=list, description="What it could come out as before")
    after_outcomes: list[Outcome] = Field(default_factory=list, description="What it can come out as after")
    # (a tool builder's "what changed" showed "governance_mode: None → None": only this part had changed)
    before_assumed: AssumedValue | None = Field(
        default=None,
        description="Conclusion.assumed before: what it came out as on the condition its rules apply under",
    )
    after_assumed: AssumedValue | None = Field(default=None, description="Conclusion.assumed after")


class WhatIf(_Value):
    """The advice before and after some facts change, and what the change made different."""

    changes: dict[str, Any] = Field(description="The facts changed, with their new values, as given")
    unchanged: list[str] = Field(
        default_factory=list, description="The facts of changes that the case already had as they are set"
    )
    partners: list[str] = Field(
        default_factory=list,
        description="The names of the case's partners before the change, by place: what a change of partners[2].kind "
        "is about",
    )
    before: Advice = Field(description="The advice on the case as it is")
    after: Advice = Field(description="The advice on the changed case")
    conclusions_changed: list[ConclusionChange] = Field(description="Each conclusion the change makes different")
    findings_added: list[str] = Field(description="The findings the change brings (rule ids)")
    findings_removed: list[str] = Field(description="The findings the change takes away (rule ids)")
    conditional_findings_added: list[str] = Field(
        default_factory=list,
        description="Findings on a condition (an open form assumed) that the change brings, also those given "
        "before without condition (then in findings_removed too)",
    )
    conditional_findings_removed: list[str] = Field(
        default_factory=list,
        description="Findings on a condition that the change takes away, also those now given without condition "
        "(then in findings_added too)",
    )


class SingleChange(_Value):
    """One fact, changed alone, that would change a conclusion: its value, or settle it without one."""

    fact: str = Field(description="The fact changed")
    value: Any = Field(description="The value it is changed to (for a number: the first of the class it stands for)")
    conclusion: str = Field(description="The conclusion it changes")
    before: str | None = Field(description="The conclusion's value now; null for none")
    after: str | None = Field(description="Its value after the change; null for none")
    after_certainty: Certainty = Field(default="settled", description="How certain the conclusion is after the change")
    text: str = Field(description="The change in words")
    now: str = Field(description="The conclusion as it is now, in words: the same for every change of one call")


def advice_schema() -> dict[str, Any]:
    """The JSON Schema of the advice as JSON (``advice.model_dump_json()``), for tools that read it."""
    schema = Advice.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://netadvisor.invalid/schema/advice/{ADVICE_SCHEMA_VERSION}"
    schema["title"] = "netadvisor advice"
    return schema


def advice_schema_json() -> str:
    """The schema as the JSON text shipped with the package (netadvisor/schemas/advice.schema.json)."""
    import json

    return json.dumps(advice_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
