"""The rule language: what a rule file may contain, as pydantic models and a JSON Schema.

A rule file is YAML with ``rules:`` (and optionally ``policy:`` and ``decisions:``)::

    rules:
      - id: TYPE-complex
        title: {nl: Een complexe uitdaging, en: A complex challenge}
        section: ["2"]
        heuristics: [H013, H014]
        when:
          - fact: challenge.criteria.pointing_complex
            at_least: {policy: typing_min_agreeing_criteria}
        then:
          conclude: {challenge_type: complex}
          finding:
            severity: info
            message: {nl: "...", en: "..."}

These models (``RuleFileSpec``, ``RuleSpec``, ``ConditionSpec``, ...) check the *shape* of a file: what the YAML
says. The loader turns them into the resolved, immutable rules of :mod:`rulebase` (``Rule``, ``Condition``). What the shape cannot say (does the
fact exist, does the operator fit it, is the conclusion ever derived) the loader
checks against the fact catalogue and the other files.
"""

from __future__ import annotations

import json
import keyword
from typing import TYPE_CHECKING, Annotated, Any, Literal, cast

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, create_model

from .answers import NO_WORDS, VALUE_LABELS, YES_WORDS, choice_names
from .facts import FACTS
from .operators import BY_WORD
from .text import Text
from .vocabulary import FIXED_CONCLUSIONS  # the fixed conclusions, named by the rule language

_ID_PATTERN = r"^[A-Z][A-Z0-9]*(-[A-Za-z0-9]+)+$"
_SECTION_PATTERN = r"^(inleiding|[1-7](\.[1-9]){0,2})$"
_NAME_PATTERN = r"^[a-z][a-z0-9_]*$"


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, defer_build=True)


class TextSpec(_Spec):
    """A text in Dutch and English. Placeholders like ``{governance.trust}`` take fact values."""

    nl: str = Field(min_length=1, max_length=4000, description="Nederlandse tekst")
    en: str = Field(min_length=1, max_length=4000, description="Engelse tekst (de vertaling)")

    def text(self) -> Text:
        """The text as the resolved rule base carries it."""
        return Text(self.nl, self.en)


Scalar = str | int | bool

# Operands, conclusion values and policy values are typed Any here and checked
# by the loader against the fact they belong to: that gives one clear message
# ("'hgh' is not a possible value of governance.trust") instead of one pydantic
# error per member of a union. The JSON Schema still tells editors the shape.
_SCALAR_SCHEMA: list[dict[str, Any]] = [{"type": "string"}, {"type": "integer"}, {"type": "boolean"}]
_OPERAND_SCHEMA: dict[str, Any] = {
    "anyOf": [
        *_SCALAR_SCHEMA,
        {"type": "array", "items": {"anyOf": _SCALAR_SCHEMA}},
        {
            "type": "object",
            "properties": {"policy": {"type": "string", "description": "de naam van een beleidswaarde"}},
            "required": ["policy"],
            "additionalProperties": False,
        },
    ]
}


def _operand(description: str, alias: str | None = None) -> Any:
    return Field(default=None, alias=alias, description=description, json_schema_extra=_OPERAND_SCHEMA)


def operator_field(word: str) -> str:
    """The model field that holds the operator ``word`` (``is`` is a Python keyword: ``is_``)."""
    return f"{word}_" if keyword.iskeyword(word) else word


class _ConditionSubject(_Spec):
    """One condition: a fact (or a conclusion), and exactly one operator word with its value.

    Examples: ``{fact: governance.trust, is: high}``,
    ``{fact: governance.partner_count, at_most: {policy: few_partners_max}}``,
    ``{conclusion: challenge_type, is: complex}``, ``{fact: goal.end_user, known: false}``.
    """

    fact: str | None = Field(default=None, description="Het feit, bv. governance.trust (alle feiten: rules/FEITEN.md)")
    conclusion: str | None = Field(
        default=None, pattern=_NAME_PATTERN, description="Een besluit dat een andere regel neemt, bv. challenge_type"
    )

    def operators(self) -> list[tuple[str, Any]]:
        """The operator words written in this condition, with their values, in the order of the operator table."""
        return [
            (word, getattr(self, operator_field(word)))
            for word in BY_WORD
            if operator_field(word) in self.model_fields_set
        ]


# One field per operator word of the operator table (operators.py): a new operator needs nothing here.
_OPERATOR_FIELDS: dict[str, Any] = {
    operator_field(word): (
        Any,
        _operand(
            f"{operator.meaning.nl} / {operator.meaning.en}", alias=word if operator_field(word) != word else None
        ),
    )
    for word, operator in BY_WORD.items()
}

if TYPE_CHECKING:

    class ConditionSpec(_ConditionSubject):
        """A condition as written: its subject and one field per operator word."""
else:
    ConditionSpec = create_model(
        "ConditionSpec",
        __base__=_ConditionSubject,
        __module__=__name__,
        __doc__=_ConditionSubject.__doc__,
        **_OPERATOR_FIELDS,
    )


class FindingSpec(_Spec):
    """Advice to the person: how serious it is, and what to say."""

    severity: Literal["info", "advice", "warning"] = Field(
        description="info: ter informatie; advice: een aanbeveling; warning: een waarschuwing"
    )
    message: TextSpec
    doubts: str | None = Field(
        default=None,
        description="Een vast besluit waar deze bevinding vraagtekens bij zet (challenge_type, collaboration_form of "
        "governance_mode), bv. 'met 2 partners is dit geen organisatienetwerk': het besluit zegt dan dat de "
        "bevinding hieronder er vraagtekens bij zet, en spreekt haar niet stilzwijgend tegen",
    )


class ThenSpec(_Spec):
    """What a rule does when its conditions hold: conclude, support a decision, and/or advise."""

    conclude: dict[str, Any] | None = Field(
        default=None,
        description="Besluiten die deze regel neemt en die andere regels kunnen gebruiken, bv. {challenge_type: complex}",
        json_schema_extra={"additionalProperties": {"type": "string"}},
    )
    supports: dict[str, Any] | None = Field(
        default=None,
        description="Steun voor een waarde van een besluit onder 'decisions:'; de waarde met de meeste steun wint",
        json_schema_extra={"additionalProperties": {"type": "string"}},
    )
    finding: FindingSpec | None = Field(default=None, description="Advies aan de regio: severity en message")


class RuleSpec(_Spec):
    """One rule of the guide."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, defer_build=True)

    id: str = Field(
        pattern=_ID_PATTERN,
        max_length=80,
        description="Unieke code: HOOFDLETTERS, dan koppeltekens, bv. GOV-trust-high",
    )
    title: TextSpec
    section: list[Annotated[str, StringConstraints(pattern=_SECTION_PATTERN)]] = Field(
        min_length=1, description="Hoofdstuk(ken) van de gids, bv. ['4.3']"
    )
    heuristics: list[str] = Field(default_factory=list, description="Heuristieken H001–H151 die deze regel vat")
    source: str | None = Field(
        default=None, max_length=500, description="Een bron buiten de gids, als de regel die gebruikt"
    )
    basis: Literal["guide", "source", "interpretation"] = Field(
        default="guide",
        description="Waarop de bevinding steunt: guide (wat de gids zegt, in de genoemde hoofdstukken), source (een "
        "bron buiten de gids, genoemd in 'source:'), interpretation (onze eigen lezing; het advies zegt "
        "dat erbij)",
    )
    quote: str | None = Field(default=None, max_length=2000, description="De letterlijke woorden van de gids")
    priority: int = Field(
        default=0, ge=-1000, le=1000, description="Bij tegenstrijdige besluiten wint de hoogste prioriteit"
    )
    when: list[ConditionSpec] = Field(min_length=1, description="De voorwaarden; ze moeten allemaal gelden")
    then: ThenSpec
    examples: ExamplesSpec | None = Field(
        default=None, description="Casussen waarop de regel vuurt en nabije waarop niet; de tests draaien ze"
    )
    not_with: list[str] = Field(
        default_factory=list,
        description="Regels waarvan de bevinding nooit samen met die van deze regel in één advies mag staan: ze "
        "spreken elkaar tegen, of zeggen hetzelfde. 'check --analyse' zoekt elke casus waarop ze toch "
        "samen vuren.",
    )
    accept: (
        dict[
            Literal[
                "unsatisfiable",
                "dead-rule",
                "conflict",
                "subsumed",
                "unexercised",
                "contradiction",
                "placeholder-fact-untested",
            ],
            TextSpec,
        ]
        | None
    ) = Field(default=None, description="Bevindingen van 'check --analyse' die bewust aanvaard zijn, met de reden")


class ExamplesSpec(_Spec):
    """Cases on which a rule fires, and close cases on which it does not (the test suite runs them).

    Each case is written like a case file, merged over the file's ``example_base``.
    """

    fires: list[dict[str, Any]] = Field(default_factory=list, description="Casussen waarop de regel vuurt")
    silent: list[dict[str, Any]] = Field(default_factory=list, description="Nabije casussen waarop hij niet vuurt")


class AccountedSpec(_Spec):
    """A heuristic of the guide that is not a rule of its own, and how it is accounted for."""

    heuristic: str = Field(pattern=r"^H\d{3}$", description="H001–H151")
    as_: Literal["definition", "validation", "example", "not_a_rule"] = Field(
        alias="as",
        description="definition: een begrip dat regels of het model gebruiken; validation: een controle "
        "van de casus; example: een voorbeeldcasus met test; not_a_rule: geen regel, met reden",
    )
    where: str | None = Field(default=None, max_length=500, description="Waar: bestand, veld of regel")
    reason: TextSpec


class PolicySpec(_Spec):
    """A named policy value: a number or word policy staff may change in one place."""

    value: Any = Field(
        description="Het getal, het woord of ja/nee (true/false)",
        json_schema_extra=cast("dict[str, Any]", {"anyOf": _SCALAR_SCHEMA}),
    )
    explanation: TextSpec


class DecisionSpec(_Spec):
    """A conclusion decided by the rules that support its values (the most support wins)."""

    minimum_support: Any = Field(
        default=1,
        description="Hoeveel regels een waarde minstens moeten steunen, of {policy: naam}",
        json_schema_extra=cast("dict[str, Any]", {"anyOf": [{"type": "integer"}, _OPERAND_SCHEMA["anyOf"][-1]]}),
    )
    current: str | None = Field(
        default=None,
        description="Het feit met de waarde die de casus nu heeft (bv. governance.current_mode). De regels kunnen "
        "dan het besluit '<naam>_current' gebruiken: fits (de huidige waarde is de beslissing), differs "
        "(er is een andere beslist), supported (nog niets beslist, de huidige waarde heeft steun), "
        "unsupported (nog niets beslist, geen steun voor de huidige waarde, wel voor een andere)",
        json_schema_extra=cast(
            "dict[str, Any]", {"enum": sorted(path for path, spec in FACTS.items() if spec.type == "enum")}
        ),
    )


class RuleFileSpec(_Spec):
    """One YAML rule file."""

    topic: TextSpec | None = Field(default=None, description="Waarover dit bestand gaat")
    applies_when: list[ConditionSpec] = Field(
        default_factory=list,
        description="Voorwaarden die voor elke regel van dit bestand gelden, bv. dat de samenwerking een "
        "organisatienetwerk is. Zolang zo'n besluit nog open is, toont het advies deze regels als "
        "voorwaardelijk ('als dit een organisatienetwerk is ...').",
    )
    policy: dict[str, PolicySpec] = Field(
        default_factory=dict,
        description="Beleidswaarden: een getal of woord dat je op één plaats aanpast, bv. weinig_partners_max",
    )
    decisions: dict[str, DecisionSpec] = Field(
        default_factory=dict, description="Besluiten die op steun beslist worden: de waarde met de meeste steun wint"
    )
    rules: list[Any] = Field(default_factory=list, description="De regels")
    example_base: dict[str, Any] = Field(
        default_factory=dict, description="Een casus die onder elk voorbeeld van dit bestand geschoven wordt"
    )
    accounts_for: list[AccountedSpec] = Field(
        default_factory=list, description="Heuristieken zonder eigen regel, en waarom"
    )


RuleSpec.model_rebuild()


_DEF_DESCRIPTIONS: dict[str, str] = {
    "TextSpec": "Een tekst in het Nederlands (nl:) en het Engels (en:). In een boodschap zet {governance.trust} de "
    "waarde uit de casus.",
    "ConditionSpec": "Eén voorwaarde: een feit (fact:) of een besluit (conclusion:), en precies één vergelijking.",
    "FindingSpec": "Advies aan de regio: hoe ernstig (severity) en wat te zeggen (message).",
    "ThenSpec": "Wat de regel doet als al zijn voorwaarden gelden: besluiten (conclude), steunen (supports) en/of "
    "advies geven (finding).",
    "RuleSpec": "Eén regel van de gids.",
    "ExamplesSpec": "Casussen waarop de regel vuurt (fires) en nabije casussen waarop niet (silent); elk geschreven "
    "zoals een casusbestand. De tests draaien ze.",
    "AccountedSpec": "Een heuristiek van de gids die geen eigen regel is, en hoe ze verantwoord is.",
    "PolicySpec": "Een beleidswaarde: een getal, woord of ja/nee (value) met zijn uitleg (explanation).",
    "DecisionSpec": "Een besluit dat op steun beslist wordt: de waarde die de meeste regels steunen, wint.",
}
_CONDITION_EXAMPLES: list[dict[str, Any]] = [
    {"fact": "governance.trust", "is": "hoog"},
    {"fact": "governance.partner_count", "at_most": {"policy": "weinig_partners_max"}},
    {"fact": "challenge.rationale", "one_of": ["kennis", "efficiëntie"]},
    {"conclusion": "collaboration_form", "is": "organisation_network"},
    {"fact": "goal.end_user", "known": False},
]
"""Conditions an editor shows as examples; each names a fact, policy value and conclusion of the packaged rules
(a test loads every one)."""


def _value_schema(kind: str, values: tuple[Any, ...]) -> dict[str, Any]:
    """What a condition may compare a fact (or conclusion) of this kind with: the loader takes the same."""
    if kind == "bool":
        return {
            "anyOf": [{"type": "boolean"}, {"enum": sorted(YES_WORDS | NO_WORDS)}],
            "description": "ja of nee (ook true/false, yes/no)",
        }
    if kind == "int":
        return {"type": "integer", "description": "een geheel getal"}
    if kind == "enum":
        names = choice_names(values)
        words = list(dict.fromkeys([*map(str, values), *(name for name in names if name not in values)]))
        shown = ", ".join(
            f"{value} ({VALUE_LABELS[str(value)].nl})" if str(value) in VALUE_LABELS else str(value) for value in values
        )
        return {"enum": words, "description": f"een van: {shown}"}
    return {"type": "string", "pattern": _NAME_PATTERN, "description": "een waarde van dit besluit"}


def _operands(kind: str, values: tuple[Any, ...], fits: str | None = None) -> dict[str, Any]:
    """For each operator word: what it takes on a subject of this kind (of values; ``fits``: the kind an operator
    must fit, a conclusion's for one with fixed values), or false where it does not fit."""
    policy = {
        "type": "object",
        "properties": {"policy": {"type": "string", "description": "de naam van een beleidswaarde"}},
        "required": ["policy"],
        "additionalProperties": False,
    }
    value = _value_schema(kind, values)
    out: dict[str, Any] = {}
    for word, operator in BY_WORD.items():
        if (fits or kind) not in operator.fits:
            out[word] = False
        elif operator.operand == "bool":
            out[word] = {"type": "boolean", "description": "true: het feit is gekend; false: weet niet"}
        elif operator.operand == "list":
            out[word] = {"type": "array", "items": value, "minItems": 1, "description": operator.meaning.nl}
        else:
            out[word] = {"anyOf": [value, policy], "description": operator.meaning.nl}
    return out


def _condition_schema() -> dict[str, Any]:
    """One condition, as check sees it without the other files: a known fact (or a conclusion), exactly one
    operator that fits its type (operators.py), and a value it can have (in Dutch or English, as the loader reads
    it). Whether a policy value or a conclusion exists elsewhere only check can tell."""
    groups: dict[tuple[str, tuple[Any, ...]], list[str]] = {}
    for path, spec in FACTS.items():
        groups.setdefault((spec.type, spec.values if spec.type == "enum" else ()), []).append(path)
    rules: list[dict[str, Any]] = [
        {
            "if": {"required": ["fact"], "properties": {"fact": {"enum": sorted(paths)}}},
            "then": {"properties": _operands(kind, values)},
        }
        for (kind, values), paths in groups.items()
    ]
    rules += [
        {
            "if": {"required": ["conclusion"], "properties": {"conclusion": {"const": name}}},
            "then": {"properties": _operands("enum", values, "conclusion")},
        }
        for name, values in FIXED_CONCLUSIONS.items()
    ]
    rules.append(
        {
            "if": {
                "required": ["conclusion"],
                "properties": {"conclusion": {"not": {"enum": list(FIXED_CONCLUSIONS)}}},
            },
            "then": {"properties": _operands("conclusion", ())},
        }
    )
    return {
        "type": "object",
        "description": _DEF_DESCRIPTIONS["ConditionSpec"],
        "properties": {
            "fact": {
                "enum": sorted(FACTS),
                "description": "Het feit, bv. governance.trust (alle feiten, hun vraag en "
                "hun mogelijke waarden: rules/FEITEN.md)",
            },
            "conclusion": {
                "type": "string",
                "pattern": _NAME_PATTERN,
                "description": "Een besluit dat een regel neemt, bv. challenge_type",
            },
            **{word: {"description": operator.meaning.nl} for word, operator in BY_WORD.items()},
        },
        "additionalProperties": False,
        "oneOf": [{"required": ["fact"]}, {"required": ["conclusion"]}],
        "minProperties": 2,  # the fact or conclusion, and one operator: never two
        "maxProperties": 2,
        "allOf": rules,
        "examples": _CONDITION_EXAMPLES,
    }


def _without_titles(node: Any) -> Any:
    """The schema without pydantic's titles, which are made from the English field names ("Applies When")."""
    if isinstance(node, dict):
        return {
            key: _without_titles(value)
            for key, value in node.items()
            if not (key == "title" and isinstance(value, str))
        }
    if isinstance(node, list):
        return [_without_titles(item) for item in node]
    return node


def rule_file_schema() -> dict[str, Any]:
    """The JSON Schema of a rule file, for editors (``# yaml-language-server: $schema=...``): in Dutch, with the
    facts, their values and the operators that fit them, so that an editor flags what ``check`` would."""
    schema = RuleFileSpec.model_json_schema()
    schema["properties"]["rules"] = {"type": "array", "items": {"$ref": "#/$defs/RuleSpec"}, "description": "De regels"}
    rule_schema = RuleSpec.model_json_schema(ref_template="#/$defs/{model}")
    schema.setdefault("$defs", {}).update(rule_schema.pop("$defs", {}))
    schema["$defs"]["RuleSpec"] = rule_schema
    schema = cast("dict[str, Any]", _without_titles(schema))
    for name, description in _DEF_DESCRIPTIONS.items():
        if name in schema["$defs"]:
            schema["$defs"][name]["description"] = description
    schema["$defs"]["ConditionSpec"] = _condition_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "netadvisor rule file"  # a stable name tools look for; the description is for people
    schema["description"] = (
        "Een regelbestand: regels (rules:) en eventueel beleidswaarden (policy:), besluiten op "
        "steun (decisions:) en voorwaarden voor het hele bestand (applies_when:). Zie "
        "rules/README.md."
    )
    return schema


def rule_file_schema_json() -> str:
    """The schema as the JSON text shipped beside the rules."""
    return json.dumps(rule_file_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
