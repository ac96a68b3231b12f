"""The fact catalogue: every fact path a rule may use, derived from the case model, and the summaries computed
from what a person states.

A *fact* is a value at a dotted path of a case (``governance.trust``). Most facts are stated by a person;
*summaries* are computed from stated facts (how many of the six §2 criteria point to "complex", whether every
partner is willing to adapt). Unknown is not no, for summaries too: a yes/no summary is unknown (None) while
its inputs leave it open, and a count over partly unknown inputs is a :class:`Bounds` ("at least 3, at most
5") until they are all known. A condition on such a count holds only when it holds for every count within the
bounds (see :mod:`evaluator`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter
from types import UnionType
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from .answers import (
    NOBODY,
    NOTHING_WORDS,
    ROLE_PREFIX,
    holds_every_word,
    is_unknown_word,
    normal_word,
    says_nobody,
    value_text,
)
from .case import (
    LOCAL_GOVERNMENT_KINDS,
    NOTHING,
    Case,
    Criteria,
    Governance,
    Partner,
    RegionalCharacteristics,
    Roles,
    meaning_of,
    title_of,
)
from .errors import UnknownFactError
from .modelpaths import inner_model
from .spelling import closest
from .text import Text, list_index

FactType = Literal["bool", "enum", "int", "text", "partners"]


@dataclass(frozen=True, slots=True)
class Bounds:
    """A count that is not known exactly yet: at least ``low`` and at most ``high`` (``low < high``)."""

    low: int
    high: int

    def __str__(self) -> str:
        return f"{self.low}..{self.high}"

    @property
    def open_ended(self) -> bool:
        """No upper bound is known (the count of a network that may have more partners than its list)."""
        return self.high >= LARGEST_COUNT


LARGEST_COUNT: int = next(meta.le for meta in Governance.model_fields["partner_count"].metadata if hasattr(meta, "le"))
"""The most organisations a network can have in a case: a count up to it has no upper bound known."""


def exact_or_bounds(low: int, high: int) -> int | Bounds:
    """The count itself when its bounds meet, else the bounds."""
    return low if low == high else Bounds(low, high)


@dataclass(frozen=True, slots=True)
class FactSpec:
    """One fact a rule may refer to or a person may be asked.

    Attributes:
        path: the dotted path (``governance.trust``); for an attribute of every partner ``partners[].kind``.
        type: bool, enum (a choice), int, text, or partners (the list of partners itself).
        values: the allowed values of a choice (and True, False for yes/no).
        computed: a summary computed from other facts, never stated by a person.
        inputs: the facts a person states that it is computed from (itself when it is stated).
        after: for a follow-up question, the yes/no fact that must be answered "ja" before it is asked.
        maximum: the largest value a count can have, where the model bounds it.
        asked_after: the fact whose question is asked first, whatever its answer (goal consensus after whether
            there is a common goal, see :data:`ASKED_AFTER`): while that is unknown, its question carries what
            this one can change (``Change.via`` names this fact).
        minimum: the smallest value a count can have, where the model bounds it.
    """

    path: str
    type: FactType
    values: tuple[Any, ...]
    nl: str
    en: str
    question_nl: str
    question_en: str
    computed: bool
    inputs: tuple[str, ...] = ()
    after: str | None = None
    maximum: int | None = None
    short_nl: str = ""
    short_en: str = ""
    asked_after: str | None = None
    minimum: int | None = None

    def label(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en

    def short(self, lang: str) -> str:
        """The fact named in a few words, for sentences ("vertrouwen"); its meaning when it has no short name."""
        return (self.short_nl if lang == "nl" else self.short_en) or self.label(lang).rstrip(".?")

    def question(self, lang: str) -> str:
        return self.question_nl if lang == "nl" else self.question_en


def _unwrap(annotation: Any) -> Any:
    """Strip ``Annotated[...]`` and ``| None`` from a field annotation."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
            continue
        if origin in (Union, UnionType):
            args = [arg for arg in get_args(annotation) if arg is not type(None)]
            if len(args) == 1:
                annotation = args[0]
                continue
        return annotation


def _type_of(annotation: Any) -> tuple[FactType, tuple[Any, ...]] | None:
    base = _unwrap(annotation)
    if get_origin(base) is Literal:
        return "enum", get_args(base)
    if base is bool:
        return "bool", (True, False)
    if base is int:
        return "int", ()
    if base is str:
        return "text", ()
    return None


# --------------------------------------------------------------------------- short names

SHORT_NAMES: Mapping[str, Text] = {
    "challenge.criteria.recipe": Text("recept", "recipe"),
    "challenge.criteria.replicability": Text("herhaalbaarheid", "replicability"),
    "challenge.criteria.expertise": Text("expertise", "expertise"),
    "challenge.criteria.uniqueness": Text("uniciteit", "uniqueness"),
    "challenge.criteria.certainty": Text("zekerheid", "certainty"),
    # one item in a list: "…, zekerheid en delen/geheel", not "…, zekerheid en delen en geheel"
    "challenge.criteria.parts_and_whole": Text("delen/geheel", "parts/whole"),
    "challenge.rationale": Text("de ratio", "the rationale"),
    # (short: it names what advice hangs on in a report's heading, which must stay on one line; not "de
    # samenwerkingsvorm", the conclusion's name: what-if said "Als de samenwerkingsvorm 'lerend netwerk' is, is de
    # samenwerkingsvorm voorlopig lerend netwerk" to a policy officer)
    "state.form": Text("de gekozen vorm", "the chosen form"),
    "governance.trust": Text("vertrouwen", "trust"),
    "governance.goal_consensus": Text("doelconsensus", "goal consensus"),
    "governance.network_competency_need": Text("nood aan netwerkcompetenties", "need for network competencies"),
    "governance.partner_count": Text("aantal organisaties", "number of organisations"),
    "governance.current_mode": Text("huidige governancevorm", "current governance mode"),
    "management.roles.network_operator": Text("netwerkoperator", "network operator"),
    "management.roles.network_promoter": Text("netwerkpromotor", "network promoter"),
    "management.roles.vision_keeper": Text("visiebewaker", "vision keeper"),
    "management.roles.creative_thinker": Text("creatieve denker", "creative thinker"),
    "management.roles.network_champion": Text("netwerkkampioen", "network champion"),
    # facts whose meaning is their question, named so in a sentence or a list (a consultation's "De casus antwoordt
    # al 'weet niet' op: de ratio, vertrouwen en hoe sturend treedt het burgemeestersoverleg op": a policy officer)
    "goal.end_user": Text("de eindgebruiker", "the end user"),
    "goal.origin": Text("de oorsprong van de doelstelling", "the origin of the goal"),
    "state.phase": Text("de fase", "the phase"),
    "region.mayors_consultation_directiveness": Text(
        "de sturing door het burgemeestersoverleg", "the directiveness of the mayors' consultation"
    ),
    "region.supported_by": Text(
        "de ondersteuning van het burgemeestersoverleg", "the support of the mayors' consultation"
    ),
    # (its description's help, "('niets' als de partner niets meebrengt)", stood in a consultation's list of the
    # answers "weet niet" beside the partner's name in brackets: a policy officer)
    "partners[].brings": Text("wat de partner meebrengt", "what the partner brings"),
}
"""Facts named in a few words, for sentences that list them."""

DUTCH_ARTICLES: Mapping[str, str] = {
    "governance.trust": "het",
    "governance.goal_consensus": "de",
    "governance.network_competency_need": "de",
    "governance.partner_count": "het",
    "governance.current_mode": "de",
    "management.roles.network_operator": "de",
    "management.roles.network_promoter": "de",
    "management.roles.vision_keeper": "de",
    "management.roles.creative_thinker": "de",
    "management.roles.network_champion": "de",
}
"""The article a short name takes as the subject of a Dutch sentence ("als het vertrouwen 'hoog' is"); a list
("hangt af van: vertrouwen en doelconsensus") does without. Short names that carry theirs ("de ratio") are not
here, nor the six criteria, named as the guide's table names them ("als herhaalbaarheid of uniciteit 'complex'
is"); English needs none for a quality ("if trust is 'high'"), see :data:`ENGLISH_THE`."""

ENGLISH_THE: frozenset[str] = frozenset(
    path
    for path in DUTCH_ARTICLES
    if path not in ("governance.trust", "governance.goal_consensus")  # ("if trust is 'high'")
)
"""Of the facts with a Dutch article, those whose English subject takes "the" too: "if the number of
organisations is 'at most 7'" ("if number of organisations is" stood in what-if)."""


# --------------------------------------------------------------------------- follow-up questions

FOLLOW_UPS: Mapping[str, tuple[str, ...]] = {
    "region.mayors_consultation": (
        "region.mayors_consultation_directiveness",
        "region.mayors_consultation_structure_light",
        "region.mayors_consultation_overrides_working_collaborations",
        "region.initiated_by_mayors_consultation",
        "region.route_from_agreements_to_results",
        "region.talk_leads_to_action",
        "region.information_flow_organised",
        "region.relation_to_other_fora_defined",
        "region.supported_by",
        "region.permanent_support",
        "region.network_team",
        "region.project_team",
    ),
    "state.stuck": (
        "state.stuck_on_content",
        "state.stuck_on_process",
        "state.stuck_on_institutional",
        "state.partners_resolve_among_themselves",
    ),
    "goal.has_common_goal": (
        "goal.statement",
        "goal.consensus_reached",
        "goal.contributions_clear",
        "goal.known_by_all",
        "goal.carried_by_all",
        "goal.end_user_named",
        "goal.framed_as_end_user_value",
        "goal.origin",
    ),
    # a consensus only in the abstract is a consensus (§4.4.1: "consensus er op een abstract niveau wel is"): asked
    # once all agree, not beside "nee" (a coordinator answered "nee" and "enkel abstract", and the advice on
    # abstract consensus went while the warning that partners disagree came)
    "goal.consensus_reached": ("goal.consensus_only_abstract",),
    # steering "here" is steering the ecosystem (§5), which the several collaborations side by side are: a policy
    # officer was asked "Wil men het ecosysteem hard sturen?" before whether there is one
    "region.several_collaborations_coexist": ("region.ecosystem_overview", "region.intends_hard_steering_of_ecosystem"),
}
"""Yes/no facts and the follow-up questions that are asked only once the first is answered "ja"."""

ASKED_AFTER: Mapping[str, tuple[str, ...]] = {
    # the guide defines goal consensus as "in welke mate streeft elke partner de gemeenschappelijke doelstelling
    # na" (§4.3): whether there is a common goal comes first. Unlike a follow-up it is still asked after "nee": the
    # governance mode counts it, and a consensus that contradicts "nee" is pointed out by the rules. After "nee"
    # it is asked in words that do not assume a common goal (questions._WORDED_BY_CASE).
    "goal.has_common_goal": (
        "governance.goal_consensus",
        # "Alle keuzes die het netwerk maakt, dienen te kaderen in het nastreven van de geformuleerde ambitie"
        # (§4.2): whether the choices fit the goal comes after whether there is one (a policy officer was asked it
        # first, and read the warning after her "nee" as a reproach about a goal nobody had set)
        "management.choices_aligned_with_goal",
    ),
    # who the end user is comes after whether the goal names one, and is asked whatever the answer, also where that
    # question is not asked (no common goal): §7 asks to find out for whom the result matters in any case, and the
    # advice to do so stood with no question that could settle it (a policy officer's case without a common goal)
    "goal.end_user_named": ("goal.end_user",),
    # whether the cooperation leads to concrete results is asked of a network that is implementing; one still
    # exploring answers "nee" truthfully (a policy officer setting up a network was asked it before the phase)
    "state.phase": ("state.leads_to_concrete_results",),
}
"""Questions that wait for another while it is unknown, and are asked whatever its answer."""


# --------------------------------------------------------------------------- summaries


@dataclass(frozen=True, slots=True)
class Summary:
    """A fact computed from stated facts: its meaning, its inputs, and how it is computed."""

    path: str
    type: Literal["bool", "int"]
    nl: str
    en: str
    question_nl: str
    question_en: str
    inputs: tuple[str, ...]
    compute: Callable[[Mapping[str, Any], Sequence[Partner]], Any]
    maximum: int | None = None


def _count(values: Iterable[Any], matches: Callable[[Any], bool]) -> int | Bounds:
    """How many known values match, as bounds while some values are unknown (None)."""
    known = unknown = 0
    for value in values:
        if value is None:
            unknown += 1
        elif matches(value):
            known += 1
    return exact_or_bounds(known, known + unknown)


def _all_of(values: Iterable[bool | None]) -> bool | None:
    """Three-valued "all": False if any is False, None if any is unknown, else True."""
    seen = list(values)
    if any(value is False for value in seen):
        return False
    if any(value is None for value in seen):
        return None
    return True


Stated = Mapping[str, Any]  # stated facts by path, unknown ones left out
Partners = Sequence[Partner]


def _most_held_by_one(stated: Stated, partners: Partners) -> int | Bounds:
    holders = [stated.get(path) for path in _ROLE_PATHS]
    counts: dict[str, int] = {}
    for holder in holders:
        if holder is not None and holder != NOBODY:
            key = normal_word(holder)
            counts[key] = counts.get(key, 0) + 1
    most = max(counts.values(), default=0)
    unknown = sum(1 for holder in holders if holder is None)
    return exact_or_bounds(most, most + unknown)  # every unknown role may go to the one who holds most


def _has(role: str) -> Callable[[Stated, Partners], bool | None]:
    def has(stated: Stated, partners: Partners) -> bool | None:
        holder = stated.get(f"{_ROLES}.{role}")
        return None if holder is None else holder != NOBODY

    return has


def _brings(partner: Partner) -> bool | None:
    """Whether the partner's contribution is described: unknown when not filled in, no when it says "niets"."""
    if partner.brings is None:
        return None
    return normal_word(partner.brings) not in NOTHING_WORDS


def _only_local(stated: Stated, partners: Partners) -> bool | None:
    kinds = [partner.kind for partner in partners]
    if any(kind is not None and kind not in LOCAL_GOVERNMENT_KINDS for kind in kinds):
        return False
    return None if None in kinds else True


def _kinds(stated: Stated, partners: Partners) -> int | Bounds:
    known = len({partner.kind for partner in partners if partner.kind is not None})
    unknown = sum(_weight(partner) for partner in partners if partner.kind is None)
    if not unknown:
        return known
    return exact_or_bounds(max(known, 1), min(known + unknown, len(_PARTNER_KINDS)))


def _involvement_varies(stated: Stated, partners: Partners) -> bool | None:
    levels = [partner.involvement for partner in partners]
    if len({level for level in levels if level is not None}) > 1:
        return True
    return None if None in levels else False


class _Unlisted(Partner):
    """The partners a network has beyond its list, wholly unknown, ``missing`` of them as one: a count of 100,000
    beside three names made 99,997 partners for every summary, 0.3 s an advice (a tool builder's tampered state)."""

    missing: int = 1


def _weight(partner: Partner) -> int:
    """How many partners one of a list stands for (see :class:`_Unlisted`)."""
    return partner.missing if isinstance(partner, _Unlisted) else 1


_MORE_NOT_LISTED = Partner.model_construct(name="…")
"""After a list whose network's count is not known: any number of partners the list may leave out, all unknown.
Where one unknown partner is all a summary reads (is everyone willing? do they differ?) it stands for them; a
count reads it as up to :data:`LARGEST_COUNT` more."""
PARTNER_COUNT = "governance.partner_count"
"""The number of organisations in the network: beside a partner list, the fact a list may be taken for."""
_PARTNER_COUNT = PARTNER_COUNT


def _listed(partners: Partners) -> list[Partner]:
    return [partner for partner in partners if not isinstance(partner, _Unlisted) and partner is not _MORE_NOT_LISTED]


def _local_governments(partners: Partners) -> int | Bounds:
    known = sum(_weight(partner) for partner in partners if partner.kind in LOCAL_GOVERNMENT_KINDS)
    unknown = sum(_weight(partner) for partner in partners if partner.kind is None)
    count = exact_or_bounds(known, known + unknown)
    if partners[-1] is not _MORE_NOT_LISTED:
        return count
    return exact_or_bounds(count.low if isinstance(count, Bounds) else count, LARGEST_COUNT)


def _kinds_among(partners: Partners) -> int | Bounds:
    kinds = _kinds({}, partners)
    if partners[-1] is not _MORE_NOT_LISTED:
        return kinds
    return exact_or_bounds(kinds.low if isinstance(kinds, Bounds) else kinds, len(_PARTNER_KINDS))


def _partners(compute: Callable[[Partners], Any]) -> Callable[[Stated, Partners], Any]:
    """A summary of the partner list: unknown while no partners are listed."""
    return lambda stated, partners: compute(partners) if partners else None


def _over(paths: Sequence[str], matches: Callable[[Any], bool]) -> Callable[[Stated, Partners], int | Bounds]:
    """A count of the stated facts at ``paths`` that match."""
    return lambda stated, partners: _count((stated.get(path) for path in paths), matches)


def _equal_to(expected: Any) -> Callable[[Any], bool]:
    return lambda value: bool(value == expected)


def _unknown(paths: Sequence[str]) -> Callable[[Stated, Partners], int]:
    return lambda stated, partners: sum(1 for path in paths if stated.get(path) is None)


_CRITERIA = "challenge.criteria"
_REGIONAL = "challenge.regional"
_ROLES = "management.roles"
_ROLE_WORDS = {
    "network_operator": ("netwerkoperator", "network operator"),
    "network_promoter": ("netwerkpromotor", "network promoter"),
    "vision_keeper": ("visiebewaker", "vision keeper"),
    "creative_thinker": ("creatieve denker", "creative thinker"),
    "network_champion": ("netwerkkampioen", "network champion"),
}
_PARTNER_KINDS = get_args(_unwrap(Partner.model_fields["kind"].annotation))


def _inputs(model: type[BaseModel], prefix: str) -> tuple[str, ...]:
    return tuple(f"{prefix}.{name}" for name in model.model_fields)


_ROLE_PATHS = _inputs(Roles, _ROLES)
STATED_IN: Mapping[str, str] = {"collaboration_form": "state.form"}
"""Conclusions a case can also state outright, and the fact it states them in: the form a collaboration has (or
gets) beside the form its rationale points to."""
CRITERIA: tuple[str, ...] = _inputs(Criteria, _CRITERIA)
"""The six criteria of §2 that type a challenge, each answered simple, complicated or complex."""


def _says_we_want(stated: Stated, partners: Partners) -> bool | None:
    statement = stated.get("goal.statement")
    return None if statement is None else normal_word(statement).startswith(("we willen", "wij willen", "we want"))


def _summaries() -> tuple[Summary, ...]:
    criteria, regional, roles = _inputs(Criteria, _CRITERIA), _inputs(RegionalCharacteristics, _REGIONAL), _ROLE_PATHS
    pointing = {
        "simple": ("eenvoudig", "simple"),
        "complicated": ("ingewikkeld", "complicated"),
        "complex": ("complex", "complex"),
    }
    out: list[Summary] = [
        Summary(
            f"{_CRITERIA}.pointing_{kind}",
            "int",
            f"Aantal criteria dat op '{nl}' wijst",
            f"Criteria pointing to {en}",
            f"Hoeveel van de zes criteria wijzen op '{nl}'?",
            f"How many of the six criteria point to {en}?",
            criteria,
            _over(criteria, _equal_to(kind)),
            len(criteria),
        )
        for kind, (nl, en) in pointing.items()
    ]
    out += [
        Summary(
            f"{_CRITERIA}.unknown",
            "int",
            "Aantal onbekende criteria",
            "Criteria not known",
            "Hoeveel van de zes criteria zijn nog onbekend?",
            "How many of the six criteria are not known?",
            criteria,
            _unknown(criteria),
            len(criteria),
        ),
        Summary(
            f"{_REGIONAL}.present",
            "int",
            "Aantal regionale kenmerken dat aanwezig is",
            "Regional characteristics present",
            "Hoeveel van de vijf regionale kenmerken heeft de uitdaging?",
            "How many of the five regional characteristics does the challenge have?",
            regional,
            _over(regional, lambda value: value is True),
            len(regional),
        ),
        Summary(
            f"{_REGIONAL}.unknown",
            "int",
            "Aantal onbekende regionale kenmerken",
            "Regional characteristics not known",
            "Hoeveel van de vijf regionale kenmerken zijn nog onbekend?",
            "How many of the five regional characteristics are not known?",
            regional,
            _unknown(regional),
            len(regional),
        ),
        Summary(
            "goal.statement_says_we_want",
            "bool",
            "De doelstelling is geformuleerd als 'We willen ...'",
            "The goal reads 'We want ...'",
            "Begint de doelstelling met 'We willen ...'?",
            "Does the goal start with 'We want ...'?",
            ("goal.statement",),
            _says_we_want,
        ),
        Summary(
            f"{_ROLES}.missing",
            "int",
            "Aantal rollen dat niemand opneemt",
            "Roles nobody holds",
            "Hoeveel van de vijf rollen neemt niemand op?",
            "How many of the five roles does nobody hold?",
            roles,
            _over(roles, lambda holder: holder == NOBODY),
            len(roles),
        ),
        Summary(
            f"{_ROLES}.not_given_as_empty",
            "int",
            "Aantal rollen die de casus niet als leeg opgeeft (iemand neemt ze op, of dat is nog onbekend)",
            "Roles the case does not give as empty (someone holds them, or that is not known yet)",
            "Hoeveel van de vijf rollen geeft de casus niet als leeg op?",
            "How many of the five roles does the case not give as empty?",
            roles,
            # exact, whatever is unknown: only a role answered 'niemand' is given as empty. It tells one missing
            # role from all five missing while the others are open (`missing` is then only 1 to 5).
            lambda stated, partners: sum(1 for path in roles if stated.get(path) != NOBODY),
            len(roles),
        ),
        Summary(
            f"{_ROLES}.unknown",
            "int",
            "Aantal rollen waarvan onbekend is wie ze opneemt",
            "Roles whose holder is not known",
            "Van hoeveel rollen is nog onbekend wie ze opneemt?",
            "For how many roles is the holder not known?",
            roles,
            _unknown(roles),
            len(roles),
        ),
        Summary(
            f"{_ROLES}.most_held_by_one",
            "int",
            "Meeste rollen bij één persoon",
            "Most roles held by one person",
            "Hoeveel rollen neemt de persoon op die er het meeste heeft?",
            "How many roles does the person with the most roles hold?",
            roles,
            _most_held_by_one,
            len(roles),
        ),
    ]
    out += [
        Summary(
            f"{_ROLES}.has_{role}",
            "bool",
            f"Iemand is {nl}",
            f"Someone is {en}",
            f"Neemt iemand de rol van {nl} op?",
            f"Does someone hold the role of {en}?",
            (f"{_ROLES}.{role}",),
            _has(role),
        )
        for role, (nl, en) in _ROLE_WORDS.items()
    ]
    partners = "partner_summary"
    out += [
        Summary(
            f"{partners}.count",
            "int",
            "Aantal partners in de lijst",
            "Number of partners listed",
            "Hoeveel partners telt de partnerlijst?",
            "How many partners does the partner list hold?",
            ("partners",),
            _partners(lambda ps: len(_listed(ps))),
        ),
        Summary(
            f"{partners}.all_willing_to_adapt",
            "bool",
            "Alle partners zijn bereid hun eigen werking aan te passen",
            "All partners are willing to adapt their own way of working",
            "Zijn alle partners bereid hun eigen werking aan te passen?",
            "Are all partners willing to adapt their own way of working?",
            ("partners[].willing_to_adapt",),
            _partners(lambda ps: _all_of(partner.willing_to_adapt for partner in ps)),
        ),
        Summary(
            f"{partners}.all_bring_something",
            "bool",
            "Van elke partner is beschreven wat hij meebrengt",
            "What each partner brings is described",
            "Is van elke partner beschreven wat hij meebrengt?",
            "Is it described what each partner brings?",
            ("partners[].brings",),
            _partners(lambda ps: _all_of(_brings(partner) for partner in ps)),
        ),
        Summary(
            f"{partners}.all_entry_exit_conditions_agreed",
            "bool",
            "De voorwaarden om in en uit te stappen zijn met alle partners afgesproken",
            "The conditions to join and leave are agreed with all partners",
            "Zijn met alle partners de voorwaarden om in en uit te stappen afgesproken?",
            "Are the conditions to join and leave agreed with all partners?",
            ("partners[].entry_exit_conditions_agreed",),
            _partners(lambda ps: _all_of(partner.entry_exit_conditions_agreed for partner in ps)),
        ),
        Summary(
            f"{partners}.only_local_governments",
            "bool",
            "Enkel gemeenten en OCMW's zijn partner",
            "Only municipalities and OCMWs are partners",
            "Zijn enkel gemeenten en OCMW's partner?",
            "Are only municipalities and OCMWs partners?",
            ("partners[].kind",),
            _partners(lambda ps: _only_local({}, ps)),
        ),
        Summary(
            f"{partners}.local_governments",
            "int",
            "Aantal lokale besturen (gemeenten, OCMW's) onder de partners",
            "Number of local governments (municipalities, OCMWs) among the partners",
            "Hoeveel lokale besturen zijn partner?",
            "How many local governments are partners?",
            ("partners[].kind",),
            _partners(_local_governments),
        ),
        Summary(
            f"{partners}.kinds",
            "int",
            "Aantal soorten partners",
            "Number of kinds of partners",
            "Hoeveel soorten organisaties zijn partner?",
            "How many kinds of organisations are partners?",
            ("partners[].kind",),
            _partners(_kinds_among),
            len(_PARTNER_KINDS),
        ),
        Summary(
            f"{partners}.involvement_varies",
            "bool",
            "De betrokkenheid verschilt tussen partners",
            "Involvement varies between partners",
            "Verschilt de betrokkenheid tussen de partners?",
            "Does involvement vary between the partners?",
            ("partners[].involvement",),
            _partners(lambda ps: _involvement_varies({}, ps)),
        ),
    ]
    return tuple(out)


SUMMARIES: tuple[Summary, ...] = _summaries()
"""Every summary, with the stated facts it is computed from."""

_HOLDERS = tuple("ABCDE"[: len(_ROLE_PATHS)])

TEXT_SAMPLES: Mapping[str, tuple[str, ...]] = {
    **dict.fromkeys(_ROLE_PATHS, (NOBODY, *_HOLDERS)),
    "goal.statement": ("We willen ...", "..."),
}
"""Free texts that summaries read, with texts that make every summary of them come out each way (a role held by
nobody, or by one of as many different people as there are roles; a goal that does or does not read 'We
willen'). Reasoning over all cases (the outcomes of a conclusion) uses these in place of every possible text."""


def text_sample(path: str, value: str, stated: Mapping[str, Any]) -> str:
    """The sample of :data:`TEXT_SAMPLES` that a stated text stands for: the same person is the same letter."""
    if path in _ROLE_PATHS:
        if value == NOBODY:
            return NOBODY
        names = list(
            dict.fromkeys(
                normal_word(holder)
                for role in _ROLE_PATHS
                if (holder := stated.get(role)) is not None and holder != NOBODY
            )
        )
        return _HOLDERS[names.index(normal_word(value))]
    if path == "goal.statement":
        return TEXT_SAMPLES[path][0 if _says_we_want({path: value}, ()) else 1]
    return value


# --------------------------------------------------------------------------- the catalogue


def _stated(path: str, info: Any, after: Mapping[str, str]) -> FactSpec | None:
    typed = _type_of(info.annotation)
    if typed is None:
        return None
    text = title_of(info, path)
    meaning = meaning_of(info)
    question = meaning.question if meaning and meaning.question else text
    maximum = next((meta.le for meta in info.metadata if hasattr(meta, "le")), None)
    minimum = next((meta.ge for meta in info.metadata if hasattr(meta, "ge")), None)
    short = SHORT_NAMES.get(path, Text("", ""))
    return FactSpec(
        path,
        typed[0],
        typed[1],
        text.nl,
        text.en,
        question.nl,
        question.en,
        False,
        (path,),
        after.get(path),
        maximum,
        short.nl,
        short.en,
        next((first for first, later in ASKED_AFTER.items() if path in later), None),
        minimum,
    )


def _walk(model: type[BaseModel], prefix: str, out: dict[str, FactSpec], after: Mapping[str, str]) -> None:
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        if isinstance(info.annotation, type) and issubclass(info.annotation, BaseModel):
            _walk(info.annotation, path + ".", out, after)
        elif name != "partners":  # the list is summarised, and its members are asked one by one
            spec = _stated(path, info, after)
            if spec:
                out[path] = spec


def _catalogue() -> dict[str, FactSpec]:
    after = {child: parent for parent, children in FOLLOW_UPS.items() for child in children}
    out: dict[str, FactSpec] = {}
    _walk(Case, "", out, after)
    for summary in SUMMARIES:
        values = (True, False) if summary.type == "bool" else ()
        out[summary.path] = FactSpec(
            summary.path,
            summary.type,
            values,
            summary.nl,
            summary.en,
            summary.question_nl,
            summary.question_en,
            True,
            summary.inputs,
            None,
            summary.maximum,
        )
    return out


FACTS: Mapping[str, FactSpec] = _catalogue()
"""Every fact path a rule may use, with its type, allowed values and inputs."""


def _partner_facts() -> dict[str, FactSpec]:
    out: dict[str, FactSpec] = {}
    for name, info in Partner.model_fields.items():
        spec = _stated(f"partners[].{name}", info, {})
        if spec is not None and name != "name":
            out[spec.path] = spec
    out["partners"] = FactSpec(
        "partners",
        "partners",
        (),
        "De partners",
        "The partners",
        "Wie zijn alle partners? Geef hun namen, gescheiden door komma's.",
        "Who are all the partners? Give their names, separated by commas.",
        False,
        ("partners",),
    )
    return out


PARTNER_FACTS: Mapping[str, FactSpec] = _partner_facts()
PARTNER_ATTRIBUTES: tuple[str, ...] = tuple(
    path.removeprefix("partners[].") for path in PARTNER_FACTS if path.startswith("partners[].")
)
"""What a case says about each partner (kind, brings, …): each is asked per partner."""
"""What a person states about every partner (``partners[].kind``), and the partner list itself (``partners``)."""


@functools.cache
def values_beside_unlisted_partners(path: str) -> tuple[Any, ...] | None:
    """What the yes/no summary of the partners' answers at ``path`` can come out as while the list may leave
    partners out (their number answered "weet niet"), whatever the listed partners answer; None for a fact that is
    no such summary (a count: more partners listed raise it). A value not among them waits for the number: "every
    partner is equally involved" cannot be known of a list that may be incomplete, while "not every partner is
    willing" can (one "nee" says it).

    Found by trying one and two listed partners with every answer (and none) beside the unknown rest: the
    summaries treat partners alike, so more partners add no value these do not give."""
    summary = next((summary for summary in SUMMARIES if summary.path == path), None)
    attributes = [] if summary is None else [p for p in summary.inputs if p.startswith("partners[].")]
    if summary is None or summary.type != "bool" or len(attributes) != 1:
        return None
    spec = PARTNER_FACTS[attributes[0]]
    answers = (*spec.values, None) if spec.type in ("bool", "enum") else ("A", NOTHING, None)
    attribute = attributes[0].removeprefix("partners[].")
    listed = [[answer] for answer in answers] + [[first, second] for first in answers for second in answers]
    found: dict[Any, None] = {}
    for answered in listed:
        partners = [Partner.model_construct(name=f"p{place}", **{attribute: a}) for place, a in enumerate(answered)]
        value = summary.compute({}, [*partners, _MORE_NOT_LISTED])
        if value is not None:
            found[value] = None
    return tuple(found)


INPUTS: Mapping[str, tuple[str, ...]] = {path: spec.inputs for path, spec in FACTS.items()}
"""For each fact, the facts a person states that it is computed from (itself when it is stated)."""


def with_inputs(names: Iterable[str]) -> frozenset[str]:
    """The facts named and those each is computed from: what rules that read ``names`` rest on."""
    return frozenset(path for name in names for path in (name, *INPUTS[name]))


SHOWN_NOT_READ = ("title", "challenge.description", "challenge.theme")
"""Facts a report shows as they are, that no rule reads: not counted as known facts, nor said to be unused."""


def fact_path(named: object) -> str:
    """``named`` where it is text, as a fact's path is; else the TypeError that says a fact is named by its path (a
    tool builder's ``None`` or number). For a module the compiled wheel compiles: it checks a text's type where it
    receives one, and said only "str object expected; got None" (see tools/build_compiled.py)."""
    if not isinstance(named, str):
        raise TypeError(f"a fact is named by its path, a text such as 'governance.trust', not {type(named).__name__}")
    return named


def answered_spec(path: str, *, partners: bool = True) -> FactSpec:
    """The spec of a fact a person answers: a stated fact, and with ``partners`` the partner list and a partner's
    attribute (``partners[2].kind``). A computed summary, a typo or anything else is an UnknownFactError (a
    KeyError) that names the closest stated fact: what advise's "weet niet", what-if and a consultation's answer
    all check. A name that is no text is a TypeError, as Python's own (``None``, a number: a tool builder got an
    AttributeError from deep inside)."""
    fact_path(path)
    # (no "partners[-1].kind", which named the last partner and moved to another when one was added, nor
    # "partners[x]", once int()'s own ValueError: a tool builder; a partner is named by its place, counted from 0)
    spec = _spec_or_none(path) if partners else FACTS.get(path)
    if spec is None or spec.computed:
        raise UnknownFactError(path, fact_meant(path))
    if path.startswith("partners[]."):
        # the catalogue's key names no partner (a tool builder's form keyed by PARTNER_FACTS got int()'s ValueError,
        # or an answer kept for no partner): the first one, by its place, is what it likely means
        raise UnknownFactError(path, path.replace("[]", "[0]", 1))
    return spec


_PARTNER_PLACE = re.compile(r"^partners\[([^\]]*)\]\.")
_PARTNER_PATH = re.compile(r"^partners\[(?:0|[1-9][0-9]{0,5})\]\.[a-z_]+$")
"""A partner's answer: its place in the list, counted from 0, and its attribute (``partners[2].kind``)."""


def fact_meant(name: str, *, near: bool = True) -> str | None:
    """The fact a person answers that ``name`` names, or None: a fact is named by its path, its last part
    ("partner_count"), its short name in Dutch or English ("vertrouwen", "trust", "aantal organisaties", with or
    without "de"/"het"/"the"), its question, and for a yes/no question what it asks after ("burgemeestersoverleg"
    for "Is er een burgemeestersoverleg?"), in any capitals and spacing; with ``near``, also nearly so (what a
    person probably meant). A tester typed ``--set vertrouwen=hoog`` and was told only to give a fact."""
    place = _PARTNER_PLACE.match(name)
    if place is not None and near:
        # a partner's answer misspelt ("partners[0].kindd"): that partner's attribute most like it, not a fact of
        # the case ("composition.partners_interdependent", a tool builder was offered)
        attributes = [path.removeprefix("partners[].") for path in PARTNER_FACTS if path.startswith("partners[].")]
        meant = closest(name[place.end() :].lower(), attributes)
        index = list_index(place.group(1))
        return f"partners[{index}].{meant}" if meant is not None and index is not None else None
    names = _names_of_facts()
    # (a question pasted from the advice, its question mark and all; a name with its article: "het vertrouwen")
    word = _ARTICLE.sub("", normal_word(name).rstrip("? "))
    if word in names:
        return names[word]
    if not near:
        return None
    meant = closest(word, list(names))
    return names[meant] if meant is not None else None


@functools.cache
def choices_not_names() -> frozenset[str]:
    """Each choice of every fact but a partner's kind, as a person may type it (its code and labels): among the
    names of the partners, an answer meant for another question (piped answers that came one question early saved
    a partner called "complex"). A partner's kind is no such answer: organisations are named as their kind ("Vlaamse
    overheid", "Provincie": a policy officer's real partners were refused)."""
    from .answers import choice_words

    return frozenset(
        word
        for path, spec in [*FACTS.items(), *PARTNER_FACTS.items()]
        if spec.type == "enum" and path != "partners[].kind"
        for word in choice_words(spec.values)
    )


def group_meant(name: str, *, near: bool = True) -> str | None:
    """The group of fields of a case (``governance``, ``challenge.regional``, the partner list) that ``name`` names
    by its title in Dutch or English ("De regio (§5–7)", "the common goal") or another name people use for it
    ("bestuur", "doelstelling"), in any capitals and spacing; with ``near``, also nearly so. None for any other."""
    names = _names_of_groups()
    word = _ARTICLE.sub("", normal_word(name.replace("_", " ")))
    if word in names:
        return names[word]
    meant = closest(word, list(names)) if near else None
    return names[meant] if meant is not None else None


_SECTION = re.compile(r"\s*\(§[^)]*\)")


@functools.cache
def _names_of_groups() -> dict[str, str]:
    named: dict[str, str] = {}

    def name_groups(model: type[BaseModel], prefix: str) -> None:
        for field, info in model.model_fields.items():
            nested = inner_model(info.annotation)
            if nested is None:
                continue
            path = f"{prefix}{field}"
            title = title_of(info, field)
            for word in (title.nl, title.en, *_ALSO_CALLED.get(path, ())):
                named.setdefault(_ARTICLE.sub("", normal_word(_SECTION.sub("", word))), path)
            name_groups(nested, f"{path}.")

    name_groups(Case, "")
    return named


_GROUP_TITLES: dict[str, Text] = {
    field: title_of(info, field) for field, info in Case.model_fields.items() if inner_model(info.annotation)
}


def group_title(path: str) -> Text | None:
    """The title of the group of a case's fields that ``path`` (a partner's answer too) belongs to, as the case
    model names it: "De regio (§5–7)", "De partners (§4.1)"; None for the case's own fields (its title)."""
    return _GROUP_TITLES.get(_group_of(path))


def group_place(path: str) -> int:
    """The place of that group among the case's groups, in the order of the case model (the case's own fields
    first): the order a list of questions by topic follows."""
    group = _group_of(path)
    return list(_GROUP_TITLES).index(group) + 1 if group in _GROUP_TITLES else 0


def _group_of(path: str) -> str:
    return path.split(".")[0].split("[")[0]


def partner_list_meant(name: str) -> bool:
    """Whether ``name`` names the partner list as a person may (its path ``partners``, "de partners", "partnerlijst",
    its question), in any capitals and spacing: what ``--set partners=Geel, Mol`` changes. (Not a fact
    :func:`fact_meant` names: rules read its summaries, never the list.)"""
    return _ARTICLE.sub("", normal_word(name).rstrip("? ")) in _partner_list_names()


@functools.cache
def _partner_list_names() -> frozenset[str]:
    spec = PARTNER_FACTS["partners"]
    names = (
        "partners",
        *_ALSO_CALLED["partners"],
        spec.nl,
        spec.en,
        *(q.partition("?")[0] for q in (spec.question_nl, spec.question_en)),
    )
    return frozenset(_ARTICLE.sub("", normal_word(name).rstrip("? ")) for name in names)


def facts_mentioning(name: str, *, partners: bool = False) -> list[str]:
    """The facts a person answers whose question or meaning, in Dutch or English, holds every word of ``name``
    (at least three letters in all), in catalogue order: what "burgemeestersoverleg" may mean when no fact has
    that name. With ``partners``, also each listed partner's answers (``partners[].willing_to_adapt`` for
    "bereid"), after the case's own facts."""
    specs = [*FACTS.items(), *(PARTNER_FACTS.items() if partners else ())]
    return [
        path
        for path, spec in specs
        if not spec.computed and holds_every_word(name, (spec.question_nl, spec.question_en, spec.nl, spec.en))
    ]


_ARTICLE = re.compile(r"^(?:de|het|een|the|a|an) ")

_ALSO_CALLED: dict[str, tuple[str, ...]] = {
    # the organisations of the network are its partners: a policy officer wrote --set "aantal partners=6"
    "governance.partner_count": ("aantal partners", "number of partners"),
    # (the list: see partner_list_meant; "deelnemers", the guide's word, had no guess: a policy officer's trial)
    "partners": ("partnerlijst", "partner list", "deelnemers", "deelnemende organisaties"),
    # the conclusion cannot be set: --set samenwerkingsvorm=… sets the form the case says it has (explain takes
    # the name for the conclusion, as the README says)
    "state.form": ("samenwerkingsvorm", "vorm", "form of collaboration"),
    # the guide's own word (§4.4.1 "Wat als een netwerk vastloopt?"): a policy officer's `vastgelopen: ja` was told
    # only the English field names, and --set and explain did not know it
    "state.stuck": ("vastgelopen", "vastlopen", "loopt vast", "zit vast", "netwerk zit vast", "stuck network"),
    # a group of facts by its Dutch name, beside its title (see group_meant): a policy officer's `bestuur:` was
    # shown only the English names of the groups, while `doelconsensus` was told goal_consensus
    "challenge": ("uitdaging",),
    "challenge.regional": ("regionale kenmerken", "kenmerken"),
    "composition": ("samenstelling", "netwerksamenstelling"),
    "goal": ("doel", "doelstelling"),
    # ("sturing" was told 'brings', a partner's field: a policy officer's second trial)
    "governance": ("bestuur", "sturing", "netwerksturing", "aansturing"),
    "management": ("beheer", "netwerkbeheer", "management"),
    "management.roles": ("rollen",),
    "state": ("stand", "toestand"),
    "region": ("regio",),
}
"""Names people use for a fact besides its path, its short name and its question (see :func:`fact_meant`), and for
a group of facts besides its title (see :func:`group_meant`)."""

_EXISTENCE = re.compile(r"(?:Is er|Are there|Is there|Does the network have) (?:een |an? )?(.+)\?", re.IGNORECASE)


@functools.cache  # (made once, whole, before any caller reads it)
def _names_of_facts() -> dict[str, str]:
    named: dict[str, set[str]] = {}
    for path, spec in FACTS.items():
        if spec.computed:
            continue
        words = {path, path.rpartition(".")[2], path.rpartition(".")[2].replace("_", " "), *_ALSO_CALLED.get(path, ())}
        for short in (spec.short_nl, spec.short_en):
            if short:
                words.add(short)
        # its question as the advice asks it, and what a yes/no question asks after ("Is er een
        # burgemeestersoverleg?": burgemeestersoverleg), the name a policy officer gave it in a trial
        for question in (spec.question_nl, spec.question_en):
            words.add(question.rstrip("?"))
            existence = _EXISTENCE.fullmatch(question)
            if spec.type == "bool" and existence is not None:
                words.add(existence.group(1))
        for word in words:  # (without an article, as fact_meant looks them up)
            named.setdefault(_ARTICLE.sub("", normal_word(word)), set()).add(path)
    # a name two facts share names neither
    return {word: next(iter(paths)) for word, paths in named.items() if len(paths) == 1}


def catalogue_path(path: str) -> str:
    """The catalogue's path of a fact path: one partner's attribute (``partners[3].kind``) is that of every
    partner (``partners[].kind``); any other path is its own."""
    return f"partners[].{path.partition('].')[2]}" if path.startswith("partners[") else path


def partner_answer(path: str) -> tuple[int, str] | None:
    """Which partner and which of its answers a path names: ``partners[2].kind`` → (2, "kind"); None for any
    other path (the partner list ``partners`` too)."""
    if not path.startswith("partners["):
        return None
    index, _, attribute = path.removeprefix("partners[").partition("].")
    if not index.isascii() or not index.isdigit():
        # the catalogue's "partners[].kind" names no partner: a tool builder's form keyed by it got "invalid literal
        # for int()" from four calls; as no path of a partner, it is an unknown fact, with the one meant
        return None
    return int(index), attribute


def spec_of(path: str) -> FactSpec:
    """The spec of a fact path (a computed one too), a partner attribute (``partners[3].kind``) or the partner list.

    Raises:
        UnknownFactError: (a KeyError) for a path that is no fact, with the fact a person answers it most likely
            means; a partner's answer is named by its place counted from 0 (``partners[x].kind`` is none).
        TypeError: for a path that is no text.
    """
    fact_path(path)  # (spec_of(5) raised AttributeError from inside, a list "unhashable": a tool builder)
    spec = _spec_or_none(path)
    if spec is None:
        # (a bare KeyError('nope') before, and "partners[x].kind" taken as a partner's kind: a tool builder)
        raise UnknownFactError(path, fact_meant(path))
    return spec


def _spec_or_none(path: str) -> FactSpec | None:
    """What :func:`spec_of` gives, or None where it raises UnknownFactError."""
    spec = FACTS.get(path)
    if spec is not None:
        return spec
    spec = PARTNER_FACTS.get(path)  # (the list, and every partner's attribute: "partners[].kind")
    if spec is not None:
        return spec
    return PARTNER_FACTS.get(catalogue_path(path)) if _PARTNER_PATH.match(path) else None


# --------------------------------------------------------------------------- a case as facts


def _stated_runs() -> tuple[tuple[Callable[[Case], Any], tuple[tuple[str, str], ...]], ...]:
    """The stated facts in catalogue order, as runs of facts of one group ("governance"): how to reach the group
    of a case, and each fact's field in it with its path."""
    runs: list[tuple[str, list[tuple[str, str]]]] = []
    for path, spec in FACTS.items():
        if spec.computed:
            continue
        group, _, name = path.rpartition(".")
        if not runs or runs[-1][0] != group:
            runs.append((group, []))
        runs[-1][1].append((name, path))
    return tuple((attrgetter(group) if group else (lambda case: case), tuple(fields)) for group, fields in runs)


# A case is read for every advice: each group once (attrgetter reads a dotted path in C), then its fields
_STATED_RUNS = _stated_runs()


def stated_facts(case: Case) -> dict[str, Any]:
    """The facts a case states (fact path → value; the unknown ones left out), without the partner list, in the
    catalogue's order."""
    values: dict[str, Any] = {}
    for read, fields in _STATED_RUNS:
        group = read(case).__dict__  # a model keeps its fields there
        for name, path in fields:
            value = group[name]
            if value is not None:
                values[path] = value
    return values


_CATALOGUE_PLACES = {path: (index, 0) for index, path in enumerate([*FACTS, *PARTNER_FACTS])}


def catalogue_place(path: str) -> tuple[int, int]:
    """A fact's place in the catalogue (for a partner's answer, ``partners[2].kind``, its fact's and the partner's
    place in the list): the order questions are asked in when nothing else ranks them, and facts are listed in."""
    place = _CATALOGUE_PLACES.get(path)
    if place is not None:
        return place
    answer = partner_answer(path)
    if answer is not None:
        return _CATALOGUE_PLACES[f"partners[].{answer[1]}"][0], answer[0]
    return _CATALOGUE_PLACES[path]


def answered_not_known(case: Case, written: Mapping[str, Any] | None = None) -> frozenset[str]:
    """The facts a case answers "weet niet": each fact a person sets that ``written`` (the case as written: a
    file's data, a form's JSON) gives as "weet niet" in any capitals or spacing, each partner's answer so given,
    and the number of organisations beside a list that may be incomplete (:attr:`Case.list_may_be_incomplete`).

    A :class:`Case` itself cannot tell the first two from facts it does not mention: every way into advice reads
    them here, so that a file advised alone, in a batch or by a test gets the same advice. An empty text is no
    answer (a web form posts "" for a field nobody touched)."""
    found = {_PARTNER_COUNT} if case.list_may_be_incomplete else set()
    if written is None:
        return frozenset(found)
    for fact in FACTS.values():
        if fact.computed:
            continue
        value = written_at(written, fact.path.split("."))
        if _said_not_known(value) and not _says_nobody(fact.path, value):
            found.add(fact.path)
    partners = written.get("partners")
    if _said_not_known(partners):  # (the list itself, "weet niet": see Case)
        found.add("partners")
    if isinstance(partners, list):
        for index, partner in enumerate(partners):
            for attribute in PARTNER_ATTRIBUTES:
                if isinstance(partner, Mapping) and _said_not_known(partner.get(attribute)):
                    found.add(f"partners[{index}].{attribute}")
    return frozenset(found)


def _said_not_known(value: Any) -> bool:
    return is_unknown_word(value) and bool(str(value).strip())


def _says_nobody(path: str, value: Any) -> bool:
    """A role answered with a way to say nobody holds it that also says "weet niet" elsewhere ("nog te bepalen"):
    the case reads it as nobody (the README says so), not as both."""
    return path.startswith(ROLE_PREFIX) and says_nobody(value)


def written_at(written: Mapping[str, Any], keys: list[str]) -> Any:
    """The value at a dotted path of a case as written (its keys: the path split at its dots), None where the path
    is not there."""
    found: Any = written
    for key in keys:
        if not isinstance(found, Mapping):
            return None
        found = found.get(key)
    return found


def fact_values(case: Case) -> dict[str, Any]:
    """The case as a flat mapping of fact path to value: known facts, and counts (exact or :class:`Bounds`).

    A partner count answered "weet niet" beside a list is at least the list's length (:class:`Bounds`): "more
    than seven partners" can be known from a list of ten while the count is not.
    """
    if not isinstance(case, Case):  # (a tool builder's fact_values("governance.trust") raised AttributeError)
        raise TypeError(f"fact_values takes a Case (parse_case(mapping) makes one), not a {type(case).__name__}")
    stated = stated_facts(case)
    if case.list_may_be_incomplete:
        stated[_PARTNER_COUNT] = exact_or_bounds(len(case.partners), LARGEST_COUNT)
    return with_summaries(stated, partners_known_and_not(case))


def partners_known_and_not(case: Case) -> Sequence[Partner]:
    """The listed partners, and one wholly unknown partner for each the network has beyond the list.

    A partner count above the list says the list is incomplete: "all partners are willing" cannot be known
    from the listed ones alone (the case model refuses a count below the list). A count answered "weet niet"
    beside a list (the case keeps it unknown, see :class:`Case`) says the list may be incomplete: any number of
    unknown partners may follow it (:data:`_MORE_NOT_LISTED`).
    """
    if not case.partners:
        return case.partners
    if case.list_may_be_incomplete:
        return [*case.partners, _MORE_NOT_LISTED]
    missing = (case.governance.partner_count or 0) - len(case.partners)
    return [*case.partners, _Unlisted.model_construct(name="?", missing=missing)] if missing > 0 else case.partners


def with_summaries(
    stated: Mapping[str, Any], partners: Sequence[Partner] = (), summaries: Iterable[Summary] = SUMMARIES
) -> dict[str, Any]:
    """The stated facts (path → value, unknown ones left out) plus every summary that is not unknown (or just
    those of ``summaries``)."""
    values = dict(stated)
    for summary in summaries:
        value = summary.compute(stated, partners)
        if value is not None:
            values[summary.path] = value
    return values


# --------------------------------------------------------------------------- a case as a person writes it


def case_in_words(example: Mapping[str, Any], lang: str = "nl") -> Any:
    """A case mapping as a person writes it in ``lang``: in Dutch, choices by their Dutch name, yes/no as ja/nee
    and unknown as "weet niet"; in English as it is."""

    def spoken(value: Any, path: str) -> Any:
        if isinstance(value, dict):
            return {key: spoken(item, f"{path}.{key}" if path else key) for key, item in value.items()}
        if isinstance(value, list):
            return [spoken(item, f"{path}[{index}]") for index, item in enumerate(value)]
        if lang != "nl":
            return value
        if value is None:  # unknown: as a person answers it, and a case file reads it back ("null" is code)
            return value_text(None).nl
        if isinstance(value, bool):
            return "ja" if value else "nee"
        if isinstance(value, str) and spec_of_or_none(path) == "enum":
            return value_text(value).nl
        if value == NOBODY:  # a case file takes both; the rest of the case is Dutch
            return "niemand"
        return value

    return spoken(example, "")


def spec_of_or_none(path: str) -> str | None:
    """The type of the fact at ``path`` (a partner's too), or None for something that is no fact."""
    spec = _spec_or_none(path)
    return None if spec is None else spec.type
