"""The case: typed pydantic models for everything the guide reasons about, and editing a case.

Unknown is not no. Every fact a person may not know is optional: ``None`` means
"weet niet / don't know", ``False`` means "no". Input accepts the words people
type ("ja", "nee", "weet niet", "yes", "no", "unknown") as well as JSON values;
"weet niet" means unknown in every field, free text included.

A case holds only what a person states. What is computed from it (counts of the
§2 criteria, summaries of the partner list) lives in :mod:`facts`, which also
holds the catalogue of every fact path a rule may use.
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic.fields import FieldInfo
from pydantic_core import PydanticCustomError

from .answers import (
    NO_WORDS,
    NOBODY,
    NOT_BROUGHT,
    NOT_NAMES,
    UNKNOWN_WORDS,
    YES_WORDS,
    choice_words,
    doubtful,
    hedged,
    is_unknown_word,
    misspelt_word_answer,
    normal_word,
    not_a_holder,
    says_a_count,
    says_a_guess,
    says_nobody,
    whole_number,
    without_doubt,
)
from .errors import CaseError, CaseProblem
from .messages import found_words
from .text import CONTROL_CHARACTER, LAID_OUT_BY, Text

# --------------------------------------------------------------------------- values


def _tri_state(value: Any) -> Any:
    """Read yes / no / don't know as True / False / None; leave the rest to pydantic (also "ja?": see
    :func:`answers.doubtful`)."""
    if isinstance(value, str) and not doubtful(value):
        word = normal_word(value)
        if word in UNKNOWN_WORDS:
            return None
        if word in YES_WORDS:
            return True
        if word in NO_WORDS:
            return False
    return value


def _unknown_word(value: Any) -> Any:
    """Read "weet niet" / "unknown" as None, in any field that is not yes/no."""
    if isinstance(value, str) and normal_word(value) in UNKNOWN_WORDS:
        return None
    return value


def _whole_number(value: Any) -> Any:
    """A count as people write it: 12, "12" or 12.0; "weet niet" is unknown. Anything else is left for the
    strict validation to refuse (fractions, NaN, yes/no values, words)."""
    if isinstance(value, str) and not doubtful(value):
        if normal_word(value) in UNKNOWN_WORDS:
            return None
        number = whole_number(normal_word(value))
        return value if number is None else number
    if isinstance(value, float) and math.isfinite(value) and value.is_integer() and abs(value) < 1e9:
        return int(value)
    return value


def _choice_reader(values: tuple[str, ...]) -> Any:
    """A validator that reads a choice's code or its Dutch or English label ("hoog" for "high")."""
    by_word = choice_words(values)

    def read(value: Any) -> Any:
        if isinstance(value, str) and not doubtful(value):
            word = normal_word(value)
            if word in UNKNOWN_WORDS:
                return None
            return by_word.get(word, value)
        return value

    return BeforeValidator(read)


def _no_control_character(value: str | None) -> str | None:
    """A text a person writes holds no control character but those that lay it out (tab, line break): a case's
    texts reach a terminal, a handout and a web page as written, and an escape sequence in a title was run by the
    terminal that showed the advice (it cleared the screen)."""
    if value is not None:
        for match in CONTROL_CHARACTER.finditer(value):
            if match.group() not in LAID_OUT_BY:
                raise PydanticCustomError(
                    "control_character",
                    "the text holds a control character ({character}) at character {position}",
                    {"character": f"U+{ord(match.group()):04X}", "position": match.start() + 1},
                )
    return value


YesNo = Annotated[StrictBool | None, BeforeValidator(_tri_state)]
FreeText = Annotated[str | None, BeforeValidator(_unknown_word), AfterValidator(_no_control_character)]


def _something_brought(value: str | None) -> str | None:
    """What a partner brings is a text, 'nothing' or unknown: "ja" or "nee" would be read as what it brings (a
    tool builder's "nee" counted as a contribution described), and which of the other two it means only its
    author knows."""
    # (and not with a question mark: "niets?" was read as nothing brought, a tool builder)
    if value is not None and (normal_word(value) in NOT_BROUGHT or doubtful(value)):
        raise PydanticCustomError(
            "brings_not_an_answer",
            "'{value}' does not say what the partner brings: what it brings, 'nothing' or 'unknown'",
            {"value": value},
        )
    return value


Brought = Annotated[
    str | None,
    BeforeValidator(_unknown_word),
    AfterValidator(_no_control_character),
    AfterValidator(_something_brought),
]
Count = Annotated[StrictInt | None, BeforeValidator(_whole_number)]
Level = Literal["low", "moderate", "high"]
CriterionType = Literal["simple", "complicated", "complex"]
Rationale = Literal["knowledge", "efficiency", "effectiveness"]
CurrentMode = Literal["self_governing", "lead_organisation", "network_administrative_organisation", "not_chosen"]
Domain = Literal[
    "mobility",
    "care",
    "climate",
    "energy",
    "housing",
    "digitalisation",
    "water",
    "waste",
    "poverty",
    "economy",
    "safety",
    "other",
]
PartnerKind = Literal[
    "municipality",
    "ocmw",
    "intercommunale",
    "social_profit",
    "citizens",
    "business",
    "education",
    "flemish_government",
    "province",
    "federal_government",
    "other",
]
Involvement = Literal["core", "occasional", "informed"]
EndUser = Literal["local_governments", "citizens", "other"]
GoalOrigin = Literal["jointly", "imposed"]
Support = Literal["streekontwikkelingsintercommunale", "other_intercommunale", "municipality", "none", "other"]
Phase = Literal["exploration", "implementation"]
Form = Literal["learning_network", "shared_service_centre", "organisation_network"]
NOTHING = "nothing"
"""What a partner brings when it brings nothing (``brings``: "niets", "nothing", "geen" read so)."""
LOCAL_GOVERNMENT_KINDS = frozenset({"municipality", "ocmw"})

# Each choice, read from its code or from its label in either language, "weet niet" being unknown.
CriterionTypeAnswer = Annotated[CriterionType | None, _choice_reader(get_args(CriterionType))]
DomainAnswer = Annotated[Domain | None, _choice_reader(get_args(Domain))]
RationaleAnswer = Annotated[Rationale | None, _choice_reader(get_args(Rationale))]
PartnerKindAnswer = Annotated[PartnerKind | None, _choice_reader(get_args(PartnerKind))]
InvolvementAnswer = Annotated[Involvement | None, _choice_reader(get_args(Involvement))]
EndUserAnswer = Annotated[EndUser | None, _choice_reader(get_args(EndUser))]
GoalOriginAnswer = Annotated[GoalOrigin | None, _choice_reader(get_args(GoalOrigin))]
CurrentModeAnswer = Annotated[CurrentMode | None, _choice_reader(get_args(CurrentMode))]
LevelAnswer = Annotated[Level | None, _choice_reader(get_args(Level))]
PhaseAnswer = Annotated[Phase | None, _choice_reader(get_args(Phase))]
SupportAnswer = Annotated[Support | None, _choice_reader(get_args(Support))]
FormAnswer = Annotated[Form | None, _choice_reader(get_args(Form))]


@dataclass(frozen=True, slots=True)
class Meaning:
    """What a field of the case means, and the question that asks it, in Dutch and English.

    It rides on the field as pydantic's ``json_schema_extra``, so that the words stay beside the field they
    describe and are read back as they were written (:func:`meaning_of`), never joined into one string and split
    again. The case schema people see is built per language by caseschema.py; pydantic calls this only for the
    model's own JSON Schema, which nothing shows, and gets the Dutch there.
    """

    text: Text
    question: Text | None = None  # a group of facts is not asked

    def __call__(self, schema: dict[str, Any]) -> None:
        schema["description"] = self.text.nl


def meaning_of(info: FieldInfo) -> Meaning | None:
    """The meaning given to a field of the case by :func:`fact` or :func:`titled`; None for a field without."""
    return info.json_schema_extra if isinstance(info.json_schema_extra, Meaning) else None


def title_of(info: FieldInfo, name: str) -> Text:
    """What a field means, in both languages; its name in both for a field that was given no meaning."""
    meaning = meaning_of(info)
    return meaning.text if meaning else Text(name, name)


def fact(nl: str, en: str, *, question_nl: str | None = None, question_en: str | None = None, **kwargs: Any) -> Any:
    """A field with its meaning in Dutch and English (and the question that asks it)."""
    meaning = Meaning(Text(nl, en), Text(question_nl or nl, question_en or en))
    return Field(default=None, json_schema_extra=meaning, **kwargs)


def titled(nl: str, en: str, **kwargs: Any) -> Any:
    """A field that holds a group of facts (or the partners), with its title in Dutch and English."""
    return Field(json_schema_extra=Meaning(Text(nl, en)), **kwargs)


class _Facts(BaseModel):
    """Base of every part of a case: unknown fields are refused, values are checked."""

    # A case built in Python and changed with model_copy(update=...) (frozen models invite that) was taken as it
    # was: "hoog" for a level went through unread, and the advice was settled without outcomes. Instances are
    # validated like mappings (parse_case), nested parts too.
    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=False, revalidate_instances="always")


# --------------------------------------------------------------------------- §1–2 the challenge


class Criteria(_Facts):
    """The six criteria of the simple / complicated / complex table (§2, Westley et al.)."""

    recipe: CriterionTypeAnswer = fact(
        "Recept: volstaat een recept (eenvoudig), zijn strikte protocollen nodig (ingewikkeld), "
        "of werken protocollen nauwelijks of averechts (complex)?",
        "Recipe: does a recipe suffice (simple), are rigid protocols needed (complicated), "
        "or do protocols have limited use or backfire (complex)?",
    )
    replicability: CriterionTypeAnswer = fact(
        "Herhaalbaarheid: makkelijk te herhalen (eenvoudig), één succes maakt het volgende "
        "waarschijnlijker (ingewikkeld), of geeft ervaring geen garantie (complex)?",
        "Replicability: easy to repeat (simple), one success makes the next likelier "
        "(complicated), or experience gives no guarantee (complex)?",
    )
    expertise: CriterionTypeAnswer = fact(
        "Expertise: geen bijzondere expertise nodig (eenvoudig), veel expertise uit "
        "verschillende vakgebieden (ingewikkeld), of helpt expertise enkel samen met "
        "aandacht voor het specifieke geval (complex)?",
        "Expertise: none in particular (simple), high expertise in several fields "
        "(complicated), or expertise helps only with responsiveness to the case (complex)?",
    )
    uniqueness: CriterionTypeAnswer = fact(
        "Uniciteit: telkens (bijna) hetzelfde resultaat (eenvoudig), sleutelelementen "
        "moeten identiek zijn (ingewikkeld), of is elk geval uniek (complex)?",
        "Uniqueness: nearly the same result every time (simple), key elements must be "
        "identical (complicated), or is every case unique (complex)?",
    )
    certainty: CriterionTypeAnswer = fact(
        "Zekerheid: elke keer een goed resultaat (eenvoudig), grote zekerheid over de "
        "uitkomst (ingewikkeld), of blijft de uitkomst onzeker (complex)?",
        "Certainty: good results every time (simple), high certainty of outcome "
        "(complicated), or does uncertainty of outcome remain (complex)?",
    )
    parts_and_whole: CriterionTypeAnswer = fact(
        "Delen en geheel: een recept met delen en volgorde (eenvoudig), een blauwdruk die "
        "de delen en hun verband vastlegt (ingewikkeld), of zijn de delen niet los te "
        "maken van het geheel (complex)?",
        "Parts and whole: a recipe of parts and order (simple), a blueprint fixing parts "
        "and relations (complicated), or can the parts not be separated from the whole (complex)?",
    )


class RegionalCharacteristics(_Facts):
    """The five characteristics of regional challenges (§1)."""

    crosses_sectors: YesNo = fact(
        "De uitdaging overschrijdt verschillende sectoren.",
        "The challenge crosses several sectors.",
        question_nl="Overschrijdt de uitdaging verschillende sectoren?",
        question_en="Does the challenge cross several sectors?",
    )
    interwoven: YesNo = fact(
        "De uitdaging is verweven met andere uitdagingen.",
        "The challenge is interwoven with others.",
        question_nl="Is de uitdaging verweven met andere uitdagingen?",
        question_en="Is the challenge interwoven with other challenges?",
    )
    too_complex_for_flemish_level: YesNo = fact(
        "De uitdaging is te complex voor enkel het Vlaamse niveau.",
        "The challenge is too complex for the Flemish level alone.",
        question_nl="Is de uitdaging te complex voor enkel het Vlaamse niveau?",
        question_en="Is the challenge too complex for the Flemish level alone?",
    )
    crosses_municipal_borders: YesNo = fact(
        "De uitdaging overstijgt gemeentegrenzen.",
        "The challenge crosses municipal borders.",
        question_nl="Overstijgt de uitdaging de gemeentegrenzen?",
        question_en="Does the challenge cross municipal borders?",
    )
    needs_diverse_partners: YesNo = fact(
        "De aanpak vraagt partners uit diverse geledingen.",
        "Tackling it needs partners from diverse backgrounds.",
        question_nl="Vraagt de aanpak partners uit diverse geledingen?",
        question_en="Does tackling it need partners from diverse backgrounds?",
    )


class Challenge(_Facts):
    """The challenge the region takes on (§1–3)."""

    description: FreeText = fact(
        "Korte omschrijving van de uitdaging.", "Short description of the challenge.", max_length=2000
    )
    theme: FreeText = fact(
        "Thema (bv. wonen, mobiliteit, water).", "Theme (e.g. housing, mobility, water).", max_length=200
    )
    domain: DomainAnswer = fact(
        "Beleidsdomein van de uitdaging.",
        "Policy domain of the challenge.",
        question_nl="In welk beleidsdomein ligt de uitdaging?",
        question_en="Which policy domain is the challenge in?",
    )
    criteria: Criteria = titled("De zes criteria (§2)", "the six criteria", default_factory=Criteria)
    regional: RegionalCharacteristics = titled(
        "De vijf regionale kenmerken (§1)",
        "the five regional characteristics",
        default_factory=RegionalCharacteristics,
    )
    rationale: RationaleAnswer = fact(
        # "de ratio", as the guide (§3, §6) and the conclusions say it; not "waarom", which the guide calls the
        # common goal (§4.2), asked next to it (a policy officer read the two as one question)
        "Wat is de ratio van de samenwerking: meer kennis, efficiëntere dienstverlening, of samen een resultaat "
        "dat niemand alleen bereikt (effectiviteit)?",
        "What is the rationale of the cooperation: more knowledge, more efficient services, or a result no one "
        "reaches alone (effectiveness)?",
    )
    single_partner_could_achieve: YesNo = fact(
        "Eén partner zou het resultaat ook alleen kunnen bereiken.",
        "A single partner could reach the result alone.",
        question_nl="Kan één partner het resultaat ook alleen bereiken?",
        question_en="Could a single partner reach the result alone?",
    )
    plan_is_only_pooling_expertise: YesNo = fact(
        "Het plan is enkel de expertise van de partners samenbrengen.",
        "The plan is only to put the partners' expertise together.",
        question_nl="Bestaat het plan enkel uit het samenbrengen van de expertise van de partners?",
        question_en="Is the plan only to put the partners' expertise together?",
    )
    partners_accept_no_final_answer: YesNo = fact(
        "De partners aanvaarden dat de oplossing nooit definitief is en telkens bijgestuurd wordt.",
        "The partners accept that the solution is never final and will keep being adjusted.",
        question_nl="Aanvaarden de partners dat de oplossing nooit definitief is?",
        question_en="Do the partners accept that the solution is never final?",
    )
    aims_at_concrete_result: YesNo = fact(
        "De samenwerking wil in de eerste plaats een concreet resultaat bereiken (niet enkel informatie uitwisselen).",
        "The cooperation first of all aims at a concrete result (not only exchanging information).",
        question_nl="Wil de samenwerking in de eerste plaats een concreet resultaat bereiken?",
        question_en="Does the cooperation first of all aim at a concrete result?",
    )
    aims_at_uniformity: YesNo = fact(
        "De samenwerking wil vooral 'alle neuzen in dezelfde richting' krijgen.",
        "The cooperation mainly aims at getting 'all noses pointing the same way'.",
        question_nl="Wil de samenwerking vooral 'alle neuzen in dezelfde richting' krijgen?",
        question_en="Does the cooperation mainly aim at uniformity?",
    )


# --------------------------------------------------------------------------- §4.1 partners


def _a_partner_name(value: str) -> str:
    """A partner is named: "weet niet" or "nee" as a name would be counted as a partner called so (a tool builder
    got a partner count of 1 from a partner named "weet niet")."""
    if "\n" in value or "\r" in value:
        # one name on one line: "Geel\nMol\nDessel" from a web form's text box was one partner (a tool builder)
        raise PydanticCustomError(
            "partner_name_line_break",
            "'{value}' runs over more than one line: list each partner apart",
            {"value": value},
        )
    guessed = hedged(value) or (without_doubt(value) if doubtful(value) else None)
    if normal_word(value) in UNKNOWN_WORDS | NOT_NAMES or says_a_count(value) or (guessed and says_a_count(guessed)):
        # (nor how many there are: "minstens 14", "12 gemeenten", "ongeveer 10", which a consultation saved as
        # partners of those names; a guessed number was told to be written as a partner's name)
        raise PydanticCustomError(
            "partner_not_a_name",
            "'{value}' is not a partner's name: leave the partner out, and give the number of organisations",
            {"value": value},
        )
    # (nor a guess: "misschien de provincie" and "Provincie Antwerpen?" stood in a handout as partners, and counted
    # as such, a policy officer's trial)
    if doubtful(value) or hedged(value) is not None:
        raise PydanticCustomError(
            "partner_not_sure", "'{value}' is a guess: a partner's name, or leave it out", {"value": value}
        )
    return value


class Partner(_Facts):
    """One organisation in the network (§3, §4.1, §7)."""

    name: Annotated[str, AfterValidator(_no_control_character), AfterValidator(_a_partner_name)] = titled(
        "Naam", "name", min_length=1, max_length=200
    )
    kind: PartnerKindAnswer = fact(
        "Soort organisatie.",
        "Kind of organisation.",
        question_nl="Welke soort organisatie is deze partner?",
        question_en="What kind of organisation is this partner?",
    )
    brings: Brought = fact(
        "Wat deze partner meebrengt aan de tafel ('niets' als de partner niets meebrengt).",
        "What this partner brings to the table ('nothing' when it brings nothing).",
        # (the hint inside the question: with the partner's name after it, "(of 'niets') (De Lijn)" read as two
        # remarks, a policy officer)
        question_nl="Wat brengt deze partner mee aan de tafel (of 'niets')?",
        question_en="What does this partner bring to the table (or 'nothing')?",
        max_length=2000,
    )
    involvement: InvolvementAnswer = fact(
        "Hoe sterk is deze partner betrokken?", "How closely is this partner involved?"
    )
    willing_to_adapt: YesNo = fact(
        "Deze partner is bereid de eigen werking aan te passen.",
        "This partner is willing to adapt its own way of working.",
        question_nl="Is deze partner bereid de eigen werking aan te passen?",
        question_en="Is this partner willing to adapt its own way of working?",
    )
    entry_exit_conditions_agreed: YesNo = fact(
        "De voorwaarden om in en uit te stappen zijn met deze partner afgesproken.",
        "The conditions to join and leave are agreed with this partner.",
        question_nl="Zijn met deze partner de voorwaarden om in en uit te stappen afgesproken?",
        question_en="Are the conditions to join and leave agreed with this partner?",
    )


class Composition(_Facts):
    """Deliberate choices about who is in the network, and why (§4.1)."""

    partners_interdependent: YesNo = fact(
        "De partners zijn van elkaar afhankelijk om het resultaat te bereiken.",
        "The partners depend on each other to reach the result.",
        question_nl="Zijn de partners onderling afhankelijk om het resultaat te bereiken?",
        question_en="Do the partners depend on each other to reach the result?",
    )
    arena_analysis_used: YesNo = fact(
        "De samenstelling is gekozen met een arena-analyse.",
        "The composition was chosen with an arena analysis.",
        question_nl="Is de samenstelling gekozen met een arena-analyse?",
        question_en="Was the composition chosen with an arena analysis?",
    )
    reassessed_at_phase_change: YesNo = fact(
        "De samenstelling wordt herbekeken bij de overgang naar een nieuwe fase.",
        "The composition is reviewed when the network moves to a new phase.",
        question_nl="Wordt de samenstelling herbekeken bij een nieuwe fase?",
        question_en="Is the composition reviewed at a new phase?",
    )
    missing_expertise_found: YesNo = fact(
        "Bij het verkennen bleek dat er expertise ontbreekt.",
        "Exploring showed that expertise is missing.",
        question_nl="Bleek bij het verkennen dat er expertise ontbreekt?",
        question_en="Did exploring show that expertise is missing?",
    )
    partners_without_implementation_role: YesNo = fact(
        "Er zijn partners die geen rol zien bij de implementatie.",
        "Some partners see no role for themselves in the implementation.",
        question_nl="Zijn er partners die geen rol zien bij de implementatie?",
        question_en="Do some partners see no role for themselves in the implementation?",
    )


# --------------------------------------------------------------------------- §4.2 goal


class Goal(_Facts):
    """The common goal (§4, §4.2)."""

    statement: FreeText = fact(
        "De gemeenschappelijke doelstelling ('We willen ...').",
        "The common goal ('We want ...').",
        max_length=2000,
        question_nl="Wat is de gemeenschappelijke doelstelling? Schrijf ze als 'We willen ...'.",
        question_en="What is the common goal? Write it as 'We want ...'.",
    )
    has_common_goal: YesNo = fact(
        "Er is een gemeenschappelijke doelstelling: het 'waarom' van de samenwerking.",
        "There is a common goal: the 'why' of the cooperation.",
        question_nl="Is er een gemeenschappelijke doelstelling, het 'waarom' van de samenwerking?",
        question_en="Is there a common goal, the 'why' of the cooperation?",
    )
    consensus_only_abstract: YesNo = fact(
        "Er is enkel consensus op een abstract niveau; bij concrete keuzes valt men terug op het eigen kader.",
        "There is consensus only in the abstract; on concrete choices partners fall back on their own frame.",
        question_nl="Is die consensus enkel abstract: valt men bij concrete keuzes terug op het eigen kader?",
        question_en="Is that consensus only abstract: do partners fall back on their own frame on concrete choices?",
    )
    consensus_reached: YesNo = fact(
        "Alle partners zijn het eens over de doelstelling.",
        "All partners agree on the goal.",
        question_nl="Zijn alle partners het eens over de doelstelling (ook als dat enkel in grote lijnen is)?",
        question_en="Do all partners agree on the goal (even if only in broad terms)?",
    )
    contributions_clear: YesNo = fact(
        "Elke partner weet welke bijdrage hij levert.",
        "Each partner knows what it contributes.",
        question_nl="Is duidelijk welke bijdrage elke partner levert?",
        question_en="Is it clear what each partner contributes?",
    )
    known_by_all: YesNo = fact(
        "Alle partners kennen de doelstelling.",
        "All partners know the goal.",
        question_nl="Kennen alle partners de doelstelling?",
        question_en="Do all partners know the goal?",
    )
    carried_by_all: YesNo = fact(
        "Alle partners dragen de doelstelling mee.",
        "All partners carry the goal.",
        question_nl="Dragen alle partners de doelstelling mee?",
        question_en="Do all partners carry the goal?",
    )
    end_user_named: YesNo = fact(
        "De eindgebruiker is benoemd.",
        "The end user is named.",
        question_nl="Is benoemd voor wie (de eindgebruiker) het resultaat een meerwaarde moet zijn?",
        question_en="Is it named for whom (the end user) the result must add value?",
    )
    end_user: EndUserAnswer = fact("Wie is de eindgebruiker?", "Who is the end user?")
    framed_as_end_user_value: YesNo = fact(
        "De doelstelling is geformuleerd als meerwaarde voor de eindgebruiker, op niveau van het netwerk.",
        "The goal is framed at network level as value for the end user.",
        question_nl="Is de doelstelling geformuleerd als meerwaarde voor de eindgebruiker?",
        question_en="Is the goal framed as value for the end user?",
    )
    origin: GoalOriginAnswer = fact(
        "Is de doelstelling samen bepaald of opgelegd?", "Was the goal set jointly or imposed?"
    )
    theme_is_broad: YesNo = fact(
        "Het thema is (nog) breed, zoals 'water'.",
        "The theme is (still) broad, like 'water'.",
        question_nl="Is het thema nog breed (zoals 'water') en niet vernauwd tot een focus?",
        question_en="Is the theme still broad (like 'water') rather than narrowed to a focus?",
    )
    organisational_interests_dominate: YesNo = fact(
        "Organisatiebelangen staan op de voorgrond in de besprekingen.",
        "Organisational interests dominate the discussions.",
        question_nl="Staan organisatiebelangen op de voorgrond?",
        question_en="Do organisational interests dominate?",
    )


# --------------------------------------------------------------------------- §4.3 governance


class Governance(_Facts):
    """The four factors of §4.3 and the mode the network has now.

    ``partner_count`` left out and ``partner_count=None`` differ beside a partner list: left out, the list gives
    the count; given as None ("weet niet"), the count is unknown and the list may be incomplete (see
    :attr:`Case.list_may_be_incomplete`). Typed code that passes ``partner_count=maybe_count`` says the second.
    """

    current_mode: CurrentModeAnswer = fact(
        "De governancevorm die het netwerk nu heeft.",
        "The governance mode the network has now.",
        question_nl="Welke governancevorm heeft het netwerk nu?",
        question_en="Which governance mode does the network have now?",
    )
    partners_equivalent_in_decisions: YesNo = fact(
        "De partners wegen gelijkwaardig door in de besluitvorming (ook al zijn ze niet gelijk).",
        "The partners weigh equivalently in decisions (though they are not equal).",
        question_nl="Wegen de partners gelijkwaardig door in de besluitvorming?",
        question_en="Do the partners weigh equivalently in decisions?",
    )
    trust: LevelAnswer = fact(
        "Mate van onderling vertrouwen tussen de partners.",
        "Degree of mutual trust among the partners.",
        question_nl="Hoeveel onderling vertrouwen is er tussen de partners?",
        question_en="How much mutual trust is there among the partners?",
    )
    goal_consensus: LevelAnswer = fact(
        "Doelconsensus: in welke mate streeft elke partner de gemeenschappelijke doelstelling na.",
        "Goal consensus: how far each partner pursues the common goal.",
        # (the word the governance mode's sentence uses, in its question: a policy officer's mayors read
        # "doelconsensus" beside a question that never said it)
        question_nl="Hoe groot is de doelconsensus: in welke mate streeft elke partner de gemeenschappelijke "
        "doelstelling na?",
        question_en="How high is goal consensus: how far does each partner pursue the common goal?",
    )
    network_competency_need: LevelAnswer = fact(
        "Nood aan competenties op netwerkniveau (coördinatie, administratie, expertise).",
        "Need for network-level competencies (coordination, administration, expertise).",
        # (what the competencies are, in the question: "nood aan competenties" alone read as jargon, a policy officer)
        question_nl="Hoe groot is de nood aan competenties op netwerkniveau (coördinatie, administratie, expertise)?",
        question_en="How great is the need for network-level competencies (coordination, administration, expertise)?",
    )
    partner_count: Count = fact(
        "Aantal organisaties in het netwerk (afgeleid uit de partnerlijst als die gegeven is; 'weet niet' naast een "
        "lijst: minstens zoveel als de lijst noemt, de lijst is misschien onvolledig).",
        "Number of organisations in the network (derived from the partner list when given; 'unknown' beside a list: "
        "at least as many as it names, the list may be incomplete).",
        question_nl="Hoeveel organisaties telt het netwerk?",
        question_en="How many organisations does the network have?",
        # (no network counts none: a coordinator's 0 for "not counted yet" was taken as a count; unknown is
        # "weet niet")
        ge=1,
        le=100_000,
        strict=True,
    )


# --------------------------------------------------------------------------- §4.4 management


def _a_name(value: str | None) -> str | None:
    """A role's holder is a name, 'nobody' or unknown: "nee" or "nog niet gekozen" would be read as someone called
    so, and the advice would then say the opposite of what was meant (the role held; one person holding every
    role). See :func:`answers.not_a_holder`."""
    # (and not with a question mark: "niemand?" was read as nobody, the role missing for sure, a tool builder)
    # (nor a guess: "Jan, denk ik" and "misschien" were kept as holders, and a handout named them: a policy officer)
    if value is not None and (normal_word(value) in NOT_NAMES or doubtful(value) or says_a_guess(value)):
        raise PydanticCustomError(
            "role_not_a_name", "'{value}' is not a name: a name, 'nobody' or 'unknown'", {"value": value}
        )
    meant = misspelt_word_answer(value) if value is not None else None
    if meant is not None:  # ("wet niet" for four roles made one person hold them all: a policy officer)
        raise PydanticCustomError(
            "role_misspelt_word",
            "'{value}' looks like a misspelt '{meant}', not a name",
            {"value": value, "meant": meant.en, "meant_nl": meant.nl},
        )
    if value is not None and not_a_holder(normal_word(value)):  # ("nog niet rond"; after the misspelt "wet niet")
        raise PydanticCustomError(
            "role_not_a_name", "'{value}' is not a name: a name, 'nobody' or 'unknown'", {"value": value}
        )
    return value


RoleHolder = Annotated[
    str | None, BeforeValidator(_unknown_word), AfterValidator(_no_control_character), AfterValidator(_a_name)
]


class Roles(_Facts):
    """Who holds each of the five network-manager roles (§4.4.2): a name, "nobody", or unknown."""

    network_operator: RoleHolder = fact(
        "Netwerkoperator: doet het netwerk administratief draaien.",
        "Network operator: runs the network administratively.",
        question_nl="Wie is de netwerkoperator, die het netwerk administratief doet draaien? (een naam, of 'niemand')",
        question_en="Who is the network operator, who runs the network administratively? (a name, or 'nobody')",
        max_length=200,
    )
    network_promoter: RoleHolder = fact(
        "Netwerkpromotor: draagt het netwerk uit, met moreel gezag.",
        "Network promoter: carries the network with moral authority.",
        question_nl="Wie is de netwerkpromotor, die het netwerk uitdraagt met moreel gezag? (een naam, of 'niemand')",
        question_en="Who is the network promoter, who carries the network with moral authority? (a name, or 'nobody')",
        max_length=200,
    )
    vision_keeper: RoleHolder = fact(
        "Visiebewaker: bewaakt de grote lijnen, ambities en risico's.",
        "Vision keeper: guards the broad lines, ambitions and risks.",
        question_nl="Wie is de visiebewaker, die de grote lijnen, ambities en risico's bewaakt? (een naam, of 'niemand')",
        question_en="Who is the vision keeper, who guards the broad lines, ambitions and risks? (a name, or 'nobody')",
        max_length=200,
    )
    creative_thinker: RoleHolder = fact(
        "Creatieve denker: brengt ideeën, concepten, methoden aan.",
        "Creative thinker: brings ideas, concepts, methods.",
        question_nl="Wie is de creatieve denker, die ideeën, concepten en methoden aanbrengt? (een naam, of 'niemand')",
        question_en="Who is the creative thinker, who brings ideas, concepts and methods? (a name, or 'nobody')",
        max_length=200,
    )
    network_champion: RoleHolder = fact(
        "Netwerkkampioen: de klassieke netwerker met een stevig adresboekje.",
        "Network champion: the classic networker with a strong address book.",
        question_nl="Wie is de netwerkkampioen, de klassieke netwerker met een stevig adresboekje? (een naam, of 'niemand')",
        question_en="Who is the network champion, the classic networker with a strong address book? (a name, or 'nobody')",
        max_length=200,
    )

    @model_validator(mode="before")
    @classmethod
    def _read_nobody(cls, data: Any) -> Any:
        if isinstance(data, Mapping):
            data = {key: (NOBODY if says_nobody(value) else value) for key, value in data.items()}
        return data


class Management(_Facts):
    """Network management (§4.4, §4.4.2)."""

    roles: Roles = titled("De vijf rollen", "the five roles", default_factory=Roles)
    choices_aligned_with_goal: YesNo = fact(
        "De keuzes over samenstelling, governance en management zijn afgestemd op het doel en de gebruiker.",
        "The choices on composition, governance and management are aligned with the goal and the user.",
        question_nl="Zijn de keuzes over samenstelling, governance en management afgestemd op doel en gebruiker?",
        question_en="Are the choices on composition, governance and management aligned with goal and user?",
    )
    guidance_chosen_deliberately: YesNo = fact(
        "Wie het netwerk begeleidt en hoe, is bewust gekozen in functie van de ambitie.",
        "Who guides the network, and how, was chosen deliberately for its ambition.",
        question_nl="Is bewust gekozen wie het netwerk begeleidt en hoe?",
        question_en="Was it chosen deliberately who guides the network, and how?",
    )
    roles_fit_strengths: YesNo = fact(
        "Wie een rol opneemt, is daar van nature sterk in.",
        "Those who hold a role are naturally strong at it.",
        question_nl="Sluiten de rollen aan bij waar de mensen van nature sterk in zijn?",
        question_en="Do the roles fit what the people are naturally strong at?",
    )
    roles_revisited: YesNo = fact(
        "De rolverdeling wordt geregeld herbekeken (doorheen de tijd, per dossier).",
        "The division of roles is revisited (over time, per dossier).",
        question_nl="Wordt de rolverdeling geregeld herbekeken?",
        question_en="Is the division of roles revisited from time to time?",
    )


# --------------------------------------------------------------------------- §4.4.1 state


class NetworkState(_Facts):
    """Where the network stands: its form, its phase, stuck or not, and on what (§3, §4.4.1, §5)."""

    form: FormAnswer = fact(
        "De vorm die de samenwerking heeft, of krijgt: lerend netwerk, shared service centre of "
        "organisatienetwerk (§5).",
        "The form the collaboration has, or will have: learning network, shared service centre or "
        "organisation network (§5).",
        # (a form chosen already, or had: "(of krijgt ze)" read as asking what netadvisor is to advise, a policy
        # officer at the start; not chosen yet is "weet niet", and the rationale decides)
        question_nl="Welke vorm heeft de samenwerking al, of is er al voor gekozen: een lerend netwerk, een shared "
        "service centre of een organisatienetwerk?",
        question_en="Which form does the collaboration have already, or has been chosen for it: a learning network, "
        "a shared service centre or an organisation network?",
    )
    phase: PhaseAnswer = fact("In welke fase zit het netwerk?", "Which phase is the network in?")
    stuck: YesNo = fact(
        "Het netwerk zit vast.",
        "The network is stuck.",
        question_nl="Zit het netwerk vast?",
        question_en="Is the network stuck?",
    )
    stuck_on_content: YesNo = fact(
        "Het netwerk zit vast op de inhoud.",
        "The network is stuck on content.",
        question_nl="Zit het vast op de inhoud?",
        question_en="Is it stuck on content?",
    )
    stuck_on_process: YesNo = fact(
        "Het netwerk zit vast op het proces.",
        "The network is stuck on process.",
        question_nl="Zit het vast op het proces?",
        question_en="Is it stuck on process?",
    )
    stuck_on_institutional: YesNo = fact(
        "Het netwerk zit vast op institutionele kenmerken (vertrouwen, soevereiniteit).",
        "The network is stuck on institutional matters (trust, sovereignty).",
        question_nl="Zit het vast op institutionele kenmerken?",
        question_en="Is it stuck on institutional matters?",
    )
    works_on_content: YesNo = fact(
        "Het netwerk werkt aan de inhoud: verbinden op de inhoudelijke doelstelling.",
        "The network works on content: connecting on the substantive goal.",
        question_nl="Werkt het netwerk aan de inhoud (verbinden op de inhoudelijke doelstelling)?",
        question_en="Does the network work on content?",
    )
    works_on_process: YesNo = fact(
        "Het netwerk werkt aan het proces: hoe afspraken kwaliteitsvol en gedragen tot stand komen.",
        "The network works on process: how agreements come about with quality and support.",
        question_nl="Werkt het netwerk aan het proces (hoe afspraken tot stand komen)?",
        question_en="Does the network work on process?",
    )
    works_on_institutional: YesNo = fact(
        "Het netwerk werkt aan institutionele kenmerken: vertrouwen tussen gelijkwaardige partners.",
        "The network works on institutional matters: trust between equivalent partners.",
        question_nl="Werkt het netwerk aan institutionele kenmerken (vertrouwen)?",
        question_en="Does the network work on institutional matters (trust)?",
    )
    partners_resolve_among_themselves: YesNo = fact(
        "De partners raken er onderling uit.",
        "The partners resolve it among themselves.",
        question_nl="Raken de partners er onderling uit?",
        question_en="Do the partners resolve it among themselves?",
    )
    leads_to_concrete_results: YesNo = fact(
        "De samenwerking leidt tot concreet resultaat.",
        "The cooperation leads to concrete results.",
        question_nl="Leidt de samenwerking tot concreet resultaat?",
        question_en="Does the cooperation lead to concrete results?",
    )


# --------------------------------------------------------------------------- §5–7 region


class Region(_Facts):
    """The region around the network: ecosystem and mayors' consultation (§5–7)."""

    several_collaborations_coexist: YesNo = fact(
        "In de regio bestaan verschillende uitdagingen en samenwerkingen naast elkaar.",
        "Several challenges and collaborations coexist in the region.",
        question_nl="Bestaan er in de regio verschillende samenwerkingen naast elkaar?",
        question_en="Do several collaborations coexist in the region?",
    )
    ecosystem_overview: YesNo = fact(
        "Er is een overzicht van wat er in het regionale ecosysteem gebeurt.",
        "There is an overview of what happens in the regional ecosystem.",
        question_nl="Is er een overzicht van wat er in het regionale ecosysteem gebeurt?",
        question_en="Is there an overview of what happens in the regional ecosystem?",
    )
    intends_hard_steering_of_ecosystem: YesNo = fact(
        "Men wil het ecosysteem hard sturen.",
        "The intent is to steer the ecosystem hard.",
        question_nl="Wil men het ecosysteem hard sturen?",
        question_en="Is the intent to steer the ecosystem hard?",
    )
    mayors_consultation: YesNo = fact(
        "Er is een burgemeestersoverleg.",
        "There is a mayors' consultation.",
        question_nl="Is er een burgemeestersoverleg?",
        question_en="Is there a mayors' consultation?",
    )
    mayors_consultation_directiveness: LevelAnswer = fact(
        "Hoe sturend treedt het burgemeestersoverleg op?", "How directive is the mayors' consultation?"
    )
    mayors_consultation_structure_light: YesNo = fact(
        "De structuur van het burgemeestersoverleg is licht en wendbaar.",
        "The mayors' consultation has a light and agile structure.",
        question_nl="Is de structuur van het burgemeestersoverleg licht en wendbaar?",
        question_en="Is the mayors' consultation light and agile?",
    )
    mayors_consultation_overrides_working_collaborations: YesNo = fact(
        "Het burgemeestersoverleg grijpt in op samenwerkingen die goed lopen.",
        "The mayors' consultation overrides collaborations that work well.",
        question_nl="Grijpt het burgemeestersoverleg in op samenwerkingen die goed lopen?",
        question_en="Does the mayors' consultation override collaborations that work?",
    )
    initiated_by_mayors_consultation: YesNo = fact(
        "Het burgemeestersoverleg besliste dat (meer) samenwerking rond dit thema wenselijk is.",
        "The mayors' consultation decided that (more) cooperation on this theme is desirable.",
        question_nl="Ging de samenwerking uit van het burgemeestersoverleg?",
        question_en="Did the cooperation start from the mayors' consultation?",
    )
    route_from_agreements_to_results: YesNo = fact(
        "De governance legt vast hoe afspraken van het burgemeestersoverleg tot resultaat op het terrein leiden.",
        "The governance sets out how agreements of the mayors' consultation lead to results on the ground.",
        question_nl="Ligt vast hoe afspraken van het burgemeestersoverleg tot resultaat op het terrein leiden?",
        question_en="Is it set out how the mayors' agreements lead to results on the ground?",
    )
    talk_leads_to_action: YesNo = fact(
        "Wat op het burgemeestersoverleg besproken wordt, leidt tot actie op het terrein.",
        "What the mayors' consultation discusses leads to action on the ground.",
        question_nl="Leidt wat op het burgemeestersoverleg besproken wordt tot actie op het terrein?",
        question_en="Does what the mayors discuss lead to action on the ground?",
    )
    information_flow_organised: YesNo = fact(
        "Informatiedoorstroming naar en van de gemeenten en draagvlak zijn georganiseerd.",
        "Information flow to and from the municipalities, and support, are organised.",
        question_nl="Is er aandacht voor informatiedoorstroming en draagvlak?",
        question_en="Are information flow and support organised?",
    )
    relation_to_other_fora_defined: YesNo = fact(
        "De verhouding tot andere thematische politieke en ambtelijke fora is bepaald.",
        "The relation to other thematic political and administrative fora is defined.",
        question_nl="Is de verhouding tot andere thematische fora bepaald?",
        question_en="Is the relation to other thematic fora defined?",
    )
    supported_by: SupportAnswer = fact(
        "Wie ondersteunt het burgemeestersoverleg administratief?",
        "Who supports the mayors' consultation administratively?",
    )
    permanent_support: YesNo = fact(
        "Er is permanente ondersteuning die het proces van de behandelde onderwerpen bewaakt.",
        "There is permanent support guarding the process of the topics handled.",
        question_nl="Is er permanente ondersteuning die het proces bewaakt?",
        question_en="Is there permanent support guarding the process?",
    )
    network_team: YesNo = fact(
        "Er is een netwerkteam.",
        "There is a network team.",
        question_nl="Is er een netwerkteam?",
        question_en="Is there a network team?",
    )
    project_team: YesNo = fact(
        "Er is een projectteam.",
        "There is a project team.",
        question_nl="Is er een projectteam?",
        question_en="Is there a project team?",
    )


# --------------------------------------------------------------------------- the case


class Case(_Facts):
    """A real case of regional collaboration: everything the guide reasons about.

    Example:
        >>> Case.model_validate({"governance": {"trust": "high"}}).governance.trust
        'high'
    """

    title: FreeText = fact(
        "Naam van de casus.",
        "Name of the case.",
        question_nl="Hoe heet de casus?",
        question_en="What is the case called?",
        max_length=300,
    )
    challenge: Challenge = titled("De uitdaging (§1–3)", "the challenge", default_factory=Challenge)
    partners: list[Partner] = titled("De partners (§4.1)", "the partners", default_factory=list, max_length=10_000)
    composition: Composition = titled(
        "Samenstelling van het netwerk (§4.1)", "composition", default_factory=Composition
    )
    goal: Goal = titled("De gemeenschappelijke doelstelling (§4.2)", "the common goal", default_factory=Goal)
    # these two titles were only ever written in Dutch ("Governance" is the guide's word too); the English
    # output shows them as they are until someone translates "Netwerkmanagement"
    governance: Governance = titled("Governance (§4.3)", "Governance (§4.3)", default_factory=Governance)
    management: Management = titled("Netwerkmanagement (§4.4)", "Netwerkmanagement (§4.4)", default_factory=Management)
    state: NetworkState = titled("Stand van het netwerk", "network state", default_factory=NetworkState)
    region: Region = titled("De regio (§5–7)", "the region", default_factory=Region)

    @field_validator("partners", mode="before")
    @classmethod
    def _partners_not_known(cls, value: Any) -> Any:
        """The partner list answered "weet niet": no list, the answer remembered (facts.answered_not_known). It was
        refused as "hier hoort een lijst", while "weet niet" is taken in every other field (a policy officer)."""
        return [] if isinstance(value, str) and (is_unknown_word(value) or not value.strip()) else value

    @model_validator(mode="after")
    def _derive_partner_count(self) -> Case:
        across = across_fields([partner.name for partner in self.partners], self.governance.partner_count)
        if across:
            raise across[0]  # (parse_case reports every one, see there)
        stated = self.governance.partner_count
        if self.partners and stated is None and "partner_count" not in self.governance.model_fields_set:
            # The count a list gives, when the case does not mention the count. One answered "weet niet" (or given
            # as None) stays unknown: the person does not know how many organisations there are, so the list may
            # be incomplete, and "telt er 1" would state what nobody said (see facts.partners_known_and_not).
            # frozen model: write through object.__setattr__ on the (fresh) governance copy
            governance = self.governance.model_copy(update={"partner_count": len(self.partners)})
            # (not among the fields set: the list's count is no answer of the person's, and the advice says it
            # takes the list as the whole network, see count_taken_from_list)
            governance.__pydantic_fields_set__.discard("partner_count")
            object.__setattr__(self, "governance", governance)
        return self

    @model_validator(mode="after")
    def _remember_valid(self) -> Case:
        # (declared last: runs after every other check of the whole case)
        _VALIDATED[id(self)] = (weakref.ref(self, _forget(id(self))), tuple(self.partners))
        return self

    @property
    def count_taken_from_list(self) -> bool:
        """Partners are listed and their number was never answered: the advice takes the list as the whole
        network, and says so (a policy officer's note to the mayors rested on nine organisations that nobody had
        said were all of them, while a consultation of the same file asked it first)."""
        return bool(self.partners) and "partner_count" not in self.governance.model_fields_set

    @property
    def list_may_be_incomplete(self) -> bool:
        """Partners are listed and their number was answered "weet niet": the network has at least the listed
        ones, perhaps more (a count not mentioned is the list's own, see :meth:`_derive_partner_count`)."""
        return bool(self.partners) and self.governance.partner_count is None


def across_fields(names: Sequence[str | None], stated: int | None) -> list[PydanticCustomError]:
    """What is wrong across a case's fields, given its partners' names in list order (None for an item that has
    none it can be told by: its own problem) and the number of organisations it states: a partner named twice,
    more partners listed than counted. Every one, in order."""
    problems = []
    named: dict[str, int] = {}
    for index, name in enumerate(names):
        if name is None:
            continue
        first = named.setdefault(normal_word(name), index)
        if first != index:
            # one partner twice counts it twice, and its questions ("(Mol)") cannot be told apart
            problems.append(
                PydanticCustomError(
                    "partner_named_twice",
                    "'{name}' is listed twice (partners[{first}] and partners[{index}])",
                    {"path": f"partners[{index}].name", "name": name, "first": first, "index": index},
                )
            )
    if stated is not None and stated < len(names):
        # more partners listed than the network has: one of the two is wrong, and advice on either misleads
        # (a count above the list is fine: the list is then read as incomplete, its missing partners unknown)
        problems.append(
            PydanticCustomError(
                "partner_count_below_list",
                "the network has {partner_count} organisations, but {listed} partners are listed",
                {
                    "path": "governance.partner_count",
                    "partner_count": stated,
                    "listed": len(names),
                    "expected": f"at least {len(names)} (the partners listed), or leave it out",
                },
            )
        )
    return problems


def _across_fields_written(data: Mapping[str, Any]) -> list[PydanticCustomError]:
    """:func:`across_fields` of a case as written, read as far as it can be: the model checks them only once every
    field is valid, so a case with a misspelt trust kept its partner named twice for the next try (a tool
    builder's form had to be posted twice). A name or number that is itself invalid is left to its own problem."""
    partners = data.get("partners")
    # (each item in its place: an item without a valid name before a partner named twice moved the problem onto
    # that item, "partners[1].name" with no name "listed twice": a tool builder)
    names = [
        partner["name"]
        if isinstance(partner, Mapping) and isinstance(partner.get("name"), str) and partner["name"].strip()
        else None
        for partner in (partners if isinstance(partners, list) else [])
    ]
    governance = data.get("governance")
    written = governance.get("partner_count") if isinstance(governance, Mapping) else None
    if isinstance(written, str):
        # (as the field reads it: "12²" and a number of thousands of digits are none, where str.isdigit took the
        # first and int refused both, a bare ValueError that lost every other problem of the case: a tool builder)
        written = whole_number(normal_word(written))
    # (a number below the field's least is its own problem: 0 beside six partners was said to be wrong twice, "te
    # klein" and "kleiner dan het aantal partners", and counted as two of the case's problems: a policy officer)
    valid = isinstance(written, int) and not isinstance(written, bool) and written >= _LEAST_COUNT
    return across_fields(names, written if valid else None)


_LEAST_COUNT: int = next(meta.ge for meta in Governance.model_fields["partner_count"].metadata if hasattr(meta, "ge"))


# The cases that validation made, as they came out of it (by id, each with its partner list then): a case is
# frozen but for that list, so one found here with the same partners is valid as it stands and need not be
# validated again (that took a twentieth of advise() for a case built once and advised on). One made otherwise
# (model_copy, model_construct) is not here; one whose list was changed no longer matches it.
_VALIDATED: dict[int, tuple[weakref.ref[Case], tuple[Partner, ...]]] = {}


def _forget(key: int) -> Callable[[weakref.ref[Case]], None]:
    def forget(_gone: weakref.ref[Case]) -> None:
        _VALIDATED.pop(key, None)

    return forget


def _validated_as_is(case: Case) -> bool:
    """Whether ``case`` is one validation made, unchanged since (see :data:`_VALIDATED`)."""
    remembered = _VALIDATED.get(id(case))
    if remembered is None or remembered[0]() is not case:
        return False
    partners = remembered[1]
    return len(partners) == len(case.partners) and all(a is b for a, b in zip(partners, case.partners, strict=True))


def parse_case(data: Case | Mapping[str, Any]) -> Case:
    """Validate ``data`` into a :class:`Case`, raising :class:`CaseError` with every problem. A :class:`Case` is
    validated again unless validation made it and its partner list is as it was: one changed with
    ``model_copy(update=...)`` or made with ``model_construct`` was never validated."""
    if isinstance(data, Case) and _validated_as_is(data):
        return data
    if not isinstance(data, Case | Mapping):
        raise CaseError([CaseProblem.of("not-a-case", {"found": found_words(data)})])
    try:
        return Case.model_validate(data if isinstance(data, Case) else dict(data))
    except ValidationError as error:
        refused = CaseError.from_validation(error)
    if isinstance(data, Mapping):
        refused = refused.adding(_across_fields_written(data)).naming_partners(data)
    raise refused


# --------------------------------------------------------------------------- editing a case


def nest(values: Mapping[str, Any]) -> dict[str, Any]:
    """Turn ``{"governance.trust": "high"}`` into the case mapping ``{"governance": {"trust": "high"}}``.

    A path may name a partner: ``partners[2].kind``.
    """
    case: dict[str, Any] = {}
    for path, value in values.items():
        _put(case, path, value)
    return case


def _put(data: dict[str, Any], path: str, value: Any) -> None:
    node: Any = data
    *parents, leaf = path.split(".")
    for part in parents:
        name, index = _indexed(part)
        if index is None:
            node = node.setdefault(name, {})
        else:
            items = node.setdefault(name, [])
            while len(items) <= index:
                items.append({})
            node = items[index]
    node[leaf] = value


def _indexed(part: str) -> tuple[str, int | None]:
    """``partners[2]`` → ("partners", 2); ``governance`` → ("governance", None)."""
    if part.endswith("]") and "[" in part:
        name, _, index = part[:-1].partition("[")
        return name, int(index)
    return part, None


def with_facts(case: Case, values: Mapping[str, Any]) -> Case:
    """A copy of ``case`` in which each fact path has its value (None: unknown), validated again.

    Raises:
        CaseError: when the changed case is invalid.
    """
    # (only what the case sets: dumped whole, every field it never mentions came back as set to None, and a number
    # of organisations never answered read as answered "weet niet", the list perhaps incomplete; a what-if that
    # changed nothing ranked the questions otherwise than the advice of the same case, a tool builder found)
    data = case.model_dump(mode="python", exclude_unset=True)
    if "partners" in values and "governance.partner_count" not in values and count_from_list(case):
        # the number of organisations was never answered, or is the list's own: the new list gives it, as it does
        # for a case written with that list (kept, it made a named list "may be incomplete", and a third partner
        # named beside two refused as more than the 2 organisations the person had never said: a tool builder)
        governance = data.get("governance", {})
        listed = values["partners"]
        if "partner_count" in governance and isinstance(listed, list):
            # answered as many as listed: as many as the new list, still an answer (left to the list, it read as a
            # list taken as the whole network, which the case written with that number is not); the names taken
            # away, the number answered stays, as in the case written without them (CI's property test found "te
            # weinig partners" of one organisation gone from what-if alone)
            if listed:
                governance["partner_count"] = len(listed)
        else:
            governance.pop("partner_count", None)
    for path, value in values.items():
        _put(data, path, value)
    return parse_case(data)


def count_written(written: object) -> bool:
    """Whether a case as written (a mapping, before validation) gives its number of organisations itself, as an
    answer: not left out for its partner list to give, nor "weet niet". Then it is the person's answer, also where
    it is as many as the partners listed (a tool builder's form sent it beside "weet niet"; a policy officer's file
    that stated it was asked it again). A :class:`Case` cannot tell: False."""
    governance = written.get("governance") if isinstance(written, Mapping) else None
    count = governance.get("partner_count") if isinstance(governance, Mapping) else None
    return count is not None and not is_unknown_word(count)


def count_from_list(case: Case) -> bool:
    """Whether the case's number of organisations is what a partner list gives: never answered (a list named now
    counts it), or the number of partners listed. Not so where it was answered "weet niet" (the list may then be
    incomplete) or as another number."""
    count = case.governance.partner_count
    if count is None:
        return "partner_count" not in case.governance.model_fields_set
    return bool(case.partners) and count == len(case.partners)
