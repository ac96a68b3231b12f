"""Sentences of the advice: a conclusion and how certain it is, what an open conclusion hangs on, a condition.

The words come from the catalogue in :mod:`messages`; this module only puts them together. Nothing here says
more than the outcomes show: no likelihoods, and nothing unknown is called "not applicable".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .answers import value_label, value_text
from .facts import CRITERIA, DUTCH_ARTICLES, ENGLISH_THE, Bounds, spec_of
from .messages import (
    AS_LISTED_SAID,
    CONCLUSION_IN_A_SENTENCE,
    CONCLUSION_NAMES,
    DID_YOU_MEAN_EITHER,
    NO_VALUE,
    NO_VALUE_NAMED,
    NO_VALUE_OTHER,
    NOT_APPLICABLE,
    ROUTE_UNLESS_STATED,
    SETTLED_SAID,
    fill,
    word,
)
from .outcomes import INT_HIGH, Certainty, ConclusionOutcomes, NoValue
from .text import Language, Text, join


def count_within(bounds: Bounds, *, in_a_sentence: bool = False) -> Text:
    """A count known within bounds as a person reads it: "2 tot 5", or "minstens 2" without an upper bound; in a
    sentence of the advice, "minstens 2 en hoogstens 5"."""
    if bounds.open_ended:
        return word("at-least", low=bounds.low)
    return word("up-to-in-a-sentence" if in_a_sentence else "up-to", low=bounds.low, high=bounds.high)


def outcome_text(conclusion: str, value: Any, no_value: Text | None = None) -> Text:
    """A value of a conclusion as a person reads it; what it means that there is none, when None (``no_value``
    when the case says more about that, see :func:`no_value_text`)."""
    if value is None:
        return no_value or NO_VALUE.get(conclusion, NO_VALUE_OTHER)
    return value_text(value)


def no_value_parts(conclusion: str, reasons: NoValue) -> tuple[Text, ...]:
    """What no value means for a conclusion whose rules apply only on a condition: "geen duidelijke vorm" when
    it is undecided although they apply, "niet van toepassing" when they do not, or both."""
    undecided = NO_VALUE.get(conclusion, NO_VALUE_OTHER)
    if reasons.not_applicable and reasons.undecided:
        return (undecided, NOT_APPLICABLE)
    return (NOT_APPLICABLE,) if reasons.not_applicable else (undecided,)


@functools.lru_cache(maxsize=256)  # a conclusion has four reasons at most
def no_value_text(conclusion: str, reasons: NoValue) -> Text:
    """:func:`no_value_parts` as one text: "geen duidelijke vorm of niet van toepassing"."""
    return either(no_value_parts(conclusion, reasons))


@dataclass(frozen=True, slots=True)
class NoValueWords:
    """What no value means for one conclusion in one case: now, and after each answer that leaves it possible."""

    conclusion: str
    reasons: NoValue
    after: Mapping[tuple[str, Any], NoValue] = field(default_factory=dict)  # (fact, answer) → what it means then
    # for a conclusion settled without a value that can mean either: the unknown facts whose answers tell which
    # (the rationale: "niet van toepassing" for a learning network), though none changes its outcomes
    told_by: tuple[str, ...] = ()

    def __hash__(self) -> int:  # (see conclusion_sentence)
        return hash((self.conclusion, self.reasons, tuple(self.after.items()), self.told_by))

    @property
    def now(self) -> tuple[Text, ...]:
        return no_value_parts(self.conclusion, self.reasons)

    @property
    def text(self) -> Text:
        return no_value_text(self.conclusion, self.reasons)

    def text_after(self, answer: tuple[str, Any]) -> Text:
        """What no value means once ``answer`` (a fact and its answer) is given."""
        return no_value_text(self.conclusion, self.after.get(answer, self.reasons))


def _outcome_texts(
    name: str, outcomes: Sequence[Any], no_value: NoValueWords | None, short_none: bool = False
) -> list[Text]:
    """Each outcome as a person reads it; no value as each thing it can mean here (``short_none``: by its name
    alone, "geen duidelijk type", where what it means is said after it)."""
    texts: list[Text] = []
    for outcome in outcomes:
        if outcome is None and no_value is not None:
            texts.extend(no_value.now)
        else:
            texts.append(outcome_text(name, outcome, NO_VALUE_NAMED.get(name) if short_none else None))
    return texts


def either(texts: Sequence[Text]) -> Text:
    """ "a, b of c": the values something can still be."""
    if len(texts) <= 1:
        return texts[0] if texts else Text("", "")
    return join(list(texts[:-1]), word("list")) + word("or") + texts[-1]


def together(texts: Sequence[Text]) -> Text:
    """ "a, b en c"."""
    if len(texts) <= 1:
        return texts[0] if texts else Text("", "")
    return join(list(texts[:-1]), word("list")) + word("and") + texts[-1]


def fact_names(paths: Sequence[str]) -> Text:
    """ "vertrouwen, doelconsensus en aantal organisaties"."""
    return together([_short(path) for path in paths])


def facts_with_values(paths: Sequence[str], facts: Mapping[str, Any]) -> Text:
    """ "vertrouwen 'gemiddeld', doelconsensus 'gemiddeld' en aantal organisaties 8": known facts with their values
    (a fact not known is named alone)."""
    return together([_with_value(path, facts.get(path)) for path in paths])


def _with_value(path: str, value: Any) -> Text:
    if value is None:
        return _short(path)
    if isinstance(value, Bounds):
        shown = count_within(value)
    elif isinstance(value, int) and not isinstance(value, bool):
        shown = Text(str(value), str(value))
    else:
        shown = _quoted(value)
    return word("fact-with-value", fact=_short(path), value=shown)


_AUTHORS_AND_YEAR = re.compile(r"^(.*?\(\d{4}\))")


def short_source(source: str) -> str:
    """A source as the advice names it: its authors and year ("Provan & Kenis (2008)"); JSON has it whole."""
    found = _AUTHORS_AND_YEAR.match(source)
    return found.group(1) if found else source


# A conclusion's sentence follows from its value, its outcomes and the words beside them, which case after case
# repeats (the same criteria known, the same factors open): each is put together once (bounded). Its arguments are
# values; the outcomes and what no value means are keyed by what they hold (their __hash__ and __eq__). Over
# 10,000 generated cases 4,096 of them answer three calls in four, as 16,384 do, in a third of the memory (the
# key keeps its outcomes alive: some 1.5 kB a sentence).
@functools.lru_cache(maxsize=4096)
def conclusion_sentence(
    name: str,
    value: Any,
    certainty: Certainty | None,
    outcomes: ConclusionOutcomes,
    basis: Text | None = None,
    *,
    mention_unknown: bool = False,
    known_so_far: Text | None = None,
    why_none: Text | None = None,
    only_when: Text | None = None,
    no_value: NoValueWords | None = None,
    as_listed: bool = False,
    count_too: bool = False,
    according_to: str | None = None,
    stated_as: Any = None,
    threshold: tuple[int, int] | None = None,
    meanwhile: Text | None = None,
    ruled_out: Sequence[tuple[Any, Sequence[tuple[str, Any]]]] = (),
    bounded: frozenset[str] = frozenset(),
    ours: Text | None = None,
    conflict: Sequence[Any] = (),
) -> Text:
    """The conclusion and how certain it is, in one or two sentences.

    Args:
        certainty: None when the outcomes could not be worked out.
        basis: what the value rests on, e.g. "gesteund door 3 van de 4 factoren".
        mention_unknown: for a settled decision by support, name the factors still unknown that can no longer
            change it ("vertrouwen is nog onbekend, maar dat verandert dit niet meer").
        known_so_far: what the known facts say so far, told while the conclusion is not settled (see
            :func:`criteria_so_far`).
        why_none: why a decision has no value now (a tie, too little support), said after it.
        only_when: for a conclusion without value whose rules all apply only on a condition that is settled
            false: that condition ("als dit een organisatienetwerk is"); it is then "niet van toepassing".
        no_value: for a conclusion whose rules apply only on a condition not yet settled: what its outcome
            without value means, which can be "niet van toepassing" (see :func:`no_value_text`).
        as_listed: a settled conclusion is settled only as long as the partners listed are the whole network (the
            case never gave their number, see :attr:`~netadvisor.case.Case.count_taken_from_list`): said so.
        count_too: a conclusion not settled that the number of organisations can change too, where the partners
            listed are taken as the whole network (as for ``as_listed``): said after what settles it.
        according_to: for a decision by support whose rules all rest on one source outside the guide (Provan &
            Kenis for the governance mode): that source, said after the sentence wherever the factors count.
        stated_as: the value the case states for the condition of ``only_when`` (it says it is an organisation
            network, which the rules do not conclude): said beside "niet van toepassing", which it contradicts.
        threshold: for a decision by support, the support a value needs and the number of factors (for the type
            of challenge, the criteria a type needs and their number): while an outcome without value is still
            possible, what that outcome means is said, threshold and all (a tester read "geen duidelijke vorm" as
            the guide's verdict, not netadvisor's threshold; a policy officer asked the same of the type).
        meanwhile: for an open conclusion, what it is for now while some facts stay unknown (see
            :func:`while_unknown`): said after what settles it.
        ruled_out: for an open decision by support, each value it can no longer come out as and the known facts
            (with their values) that do not support it: said after what settles it ("Zelfregulerend netwerk kan het
            niet meer worden: aantal organisaties 9 en vertrouwen 'gemiddeld' steunen het niet."). A policy officer
            found the self-governing network missing from the outcomes, unsaid why: the first thing a mayor asks.
        bounded: the unknown facts known within bounds (at least the 13 partners listed): where a settled
            conclusion names its unknown facts, it names their exact value as unknown ("het precieze aantal
            organisaties"). A policy officer read "aantal organisaties minstens 13" among the factors and
            "aantal organisaties is nog onbekend" in the next sentence.
        ours: that limits the sentence names with their numbers are netadvisor's, said after where its factors
            come from ("De grenzen voor het aantal organisaties (7 en 16) kiest netadvisor.").
        conflict: for a conclusion without value because its rules concluded different values, those values: said,
            instead of what no value means by the threshold (a threshold lowered to 3 of 6 criteria gave "geen enkel
            type heeft minstens 3 van de 6 criteria achter zich" of three complex and three simple: a rule-editing
            trial).
    """
    if certainty == "settled" and value is None and only_when is not None and stated_as is not None:
        heading = CONCLUSION_NAMES.get(name, Text(name, name))
        return word("not-applicable-stated", name=heading, value=_with_article(stated_as))
    undecided_possible = no_value is None or no_value.reasons.undecided
    # why there is no value now says the threshold already; a settled type without value does not
    why_said = why_none is not None and (certainty == "settled" or (value is None and certainty == "provisional"))
    meaning_follows = (
        threshold is not None and None in outcomes.outcomes and undecided_possible and not why_said and not conflict
    )
    sentence = _conclusion_sentence(
        name,
        value,
        certainty,
        outcomes,
        basis,
        mention_unknown,
        known_so_far,
        why_none,
        only_when,
        no_value,
        bounded,
        as_listed,
        # (the meaning said after it: "geen duidelijk type (geen type met genoeg criteria)" among the outcomes, then
        # "Geen duidelijk type betekent hier: …" said it twice to a policy officer)
        short_none=meaning_follows or bool(conflict),  # (with a conflict, not "geen type met genoeg criteria")
    )
    if meanwhile is not None and certainty == "open":
        sentence = sentence + Text(" ", " ") + meanwhile
    if count_too and certainty in ("open", "provisional"):
        sentence = sentence + Text(" ", " ") + word("count-too")
    if certainty == "open":
        # (values ruled out by the same factors said together: "Leiderorganisatienetwerk en NAO kunnen het niet meer
        # worden: …", not the same reasons twice)
        by_reasons: dict[tuple[tuple[str, Any], ...], list[Any]] = {}
        for excluded, not_supporting in ruled_out:
            by_reasons.setdefault(tuple(not_supporting), []).append(excluded)
        for not_supporting, values in by_reasons.items():
            several = "-values" if len(values) > 1 else ""
            sentence = (
                sentence
                + Text(" ", " ")
                + word(
                    ("ruled-out-by-one" if len(not_supporting) == 1 else "ruled-out-by-many") + several,
                    value=_capitalised(together([value_text(value) for value in values])),
                    facts=together([_with_value(path, value) for path, value in not_supporting]),
                )
            )
    if meaning_follows:
        assert threshold is not None  # (for mypy: meaning_follows says so)
        sentence = sentence + Text(" ", " ") + threshold_meaning(name, *threshold)
    if conflict and value is None:
        sentence = sentence + Text(" ", " ") + word("conflict-said", values=together([value_text(v) for v in conflict]))
    if certainty == "settled" and value is None and only_when is not None:
        return sentence  # "niet van toepassing": no factor was counted
    if according_to is not None:
        sentence = sentence + Text(" ", " ") + word("factors-according-to", source=according_to)
    return sentence if ours is None else sentence + Text(" ", " ") + ours


Accepted = tuple[tuple[str, tuple[Any, ...]], ...]
"""Conclusions and, for each, the values a rule accepts of it."""


def while_unknown_basis(value: Any, conclusions: Accepted, unknown: Sequence[str]) -> Text:
    """A value a rule gives only while some facts are unknown, with why, briefly (the guide's example had to stay
    on one page): "organisatienetwerk (type uitdaging complex, ratio onbekend)"."""
    return word(
        "while-unknown-basis",
        value=value_text(value),
        reasons=_conclusions_are("conclusion-is", conclusions, _short_conclusion),
        unknown=fact_names(unknown),
    )


def answers_set_aside(answers: Text, name: str, needs: Any, now: Any) -> Text:
    """That answers go unused as the rules reading them need ``name`` to be ``needs``, and it is ``now``: "Gegeven,
    maar het advies gebruikt het hier niet: het netwerk zit vast: ja. De regels die het lezen, gelden alleen als dit
    een organisatienetwerk is, en de samenwerkingsvorm is een lerend netwerk"."""
    return word(
        "answers-set-aside",
        answers=answers,
        condition=assumption(name, needs),
        conclusion=CONCLUSION_IN_A_SENTENCE.get(name, Text(name, name)),
        value=_with_article(now),
    )


def not_applicable_now(condition: str, now: Any) -> Text:
    """That an open conclusion does not apply for now, as the conclusion its rules apply on has another value for
    now: "Voorlopig niet van toepassing: de samenwerkingsvorm is voorlopig een lerend netwerk."."""
    return word("not-applicable-now", conclusion=CONCLUSION_IN_A_SENTENCE[condition], value=_with_article(now))


def while_unknown(unknown: Sequence[str], stated: str | None, routes: Sequence[tuple[Any, Accepted, bool]]) -> Text:
    """What an open conclusion is for now while ``unknown`` stays so: the value the case states in the fact
    ``stated``, if any, and each value a rule gives on other conclusions (``True``: only where the case states
    none). "Zolang de ratio onbekend is, is het een organisatienetwerk als het type uitdaging complex is, tenzij de
    casus al een gekozen vorm noemt."."""
    unless = ROUTE_UNLESS_STATED.get(stated) if stated is not None else None
    if unless is not None and all(otherwise for _value, _conclusions, otherwise in routes):
        # what it is, then the form the case may state: "is het de gekozen vorm die de casus noemt, en anders …"
        # was read as if the case named one, where it names none (a policy officer's climate case)
        stated = None
    said: list[Text] = [word("route-stated", stated=fact_subject(stated))] if stated is not None else []
    for value, conclusions, otherwise in routes:
        route = word(
            "settles-on",
            outcome=_with_article(value),
            answers=_conclusions_are("conclusion-is-if", conclusions, in_a_sentence),
        )
        said.append(word("route-otherwise", route=route) if otherwise and said else route)
    if unless is not None and stated is None:
        said.append(unless)
    return word(
        "meanwhile-one" if len(unknown) == 1 else "meanwhile-many",
        facts=fact_subjects(unknown),
        routes=join(said, Text(", ", ", ")),
    )


def _conclusions_are(code: str, conclusions: Accepted, named: Callable[[str], Text]) -> Text:
    """ "het type uitdaging complex is": each conclusion, ``named``, with the values accepted of it."""
    return together(
        [
            word(code, conclusion=named(name), value=either([value_text(accepted) for accepted in values]))
            for name, values in conclusions
        ]
    )


def _short_conclusion(name: str) -> Text:
    """ "type uitdaging": a conclusion's heading inside a sentence."""
    heading = CONCLUSION_NAMES.get(name, Text(name, name))
    return Text(heading.nl[:1].lower() + heading.nl[1:], heading.en[:1].lower() + heading.en[1:])


def fact_in_a_list(path: str, *, subject: bool = False) -> Text:
    """A fact named among others: a yes/no fact by its question, quoted (its name is a statement, which listed bare
    reads as said of the case: "de stelling 'er is een gemeenschappelijke doelstelling …'" read as clumsy Dutch to a
    policy officer), another by its short name, with its article where it is the subject of a sentence."""
    spec = spec_of(path)
    if spec.type == "bool":
        return word("question-quoted", question=Text(spec.question("nl"), spec.question("en")))
    return fact_subject(path) if subject else _short(path)


def fact_subjects(paths: Sequence[str]) -> Text:
    """ "het vertrouwen en de doelconsensus": facts as the subject of a sentence (see :func:`fact_subject`)."""
    return together([fact_subject(path) for path in paths])


def threshold_meaning(name: str, minimum: int, total: int) -> Text:
    """What it means that ``name`` has no value, given netadvisor's threshold (see :meth:`RuleBase.threshold`):
    "Geen duidelijke vorm betekent hier: geen enkele vorm heeft de steun van minstens 3 van de 4 factoren (de
    drempel van netadvisor, niet van de gids)."."""
    return word(
        "no-type-means" if name == "challenge_type" else "no-value-means",
        none=_capitalised(NO_VALUE.get(name, NO_VALUE_OTHER)),
        minimum=minimum,
        total=total,
    )


def not_applicable(name: str, condition: Text) -> Text:
    """ "Governancevorm: niet van toepassing; die vraag stelt zich enkel als dit een organisatienetwerk is."."""
    return word("not-applicable", name=CONCLUSION_NAMES.get(name, Text(name, name)), condition=condition)


def _conclusion_sentence(
    name: str,
    value: Any,
    certainty: Certainty | None,
    outcomes: ConclusionOutcomes,
    basis: Text | None,
    mention_unknown: bool,
    known_so_far: Text | None,
    why_none: Text | None,
    only_when: Text | None,
    no_value: NoValueWords | None,
    bounded: frozenset[str],
    as_listed: bool = False,
    short_none: bool = False,
) -> Text:
    heading = CONCLUSION_NAMES.get(name, Text(name, name))
    none = no_value.text if no_value is not None else NO_VALUE_NAMED.get(name) if short_none else None
    shown = outcome_text(name, value, none) if basis is None else basis
    if certainty is None:
        return word("not-analysed", name=heading, value=shown)
    if certainty == "settled" and value is None and only_when is not None:
        return not_applicable(name, only_when)
    if why_none is not None and value is None:
        shown = shown + Text(" (", " (") + why_none + Text(")", ")")
    if certainty == "settled" and value is None and no_value is not None and no_value.told_by:
        # "geen duidelijke vorm of niet van toepassing, naargelang de ratio": which of the two it is hangs on an
        # answer (a tool builder found it settled, with nothing to say what tells the two apart)
        shown = word("no-value-depending", meanings=shown, facts=fact_subjects(no_value.told_by))
        return word("settled-meaning-open", name=heading, value=shown)
    if certainty == "settled":
        # said in words, as what-if says it ("Dat staat nu vast."): a policy officer read a bare value beside "1 nog
        # onbekend" as one that could still change, and found "wat vaststaat" nowhere in the report; with the facts
        # still unknown that can no longer change it, and the list it rests on (see as_listed)
        despite = bool(outcomes.direct_unknown) and mention_unknown
        return word(
            ("settled-despite" if despite else "settled") + ("-as-listed" if as_listed else ""),
            name=heading,
            value=shown,
            settled=SETTLED_SAID,
            as_listed=AS_LISTED_SAID,
            unknown=word(
                "unknown-one" if len(outcomes.direct_unknown) == 1 else "unknown-many",
                facts=together(
                    [
                        word("exact-value-of", fact=_short(path)) if path in bounded else _short(path)
                        for path in outcomes.direct_unknown
                    ]
                ),
            ),
        )
    if certainty == "provisional":
        others = [other for other in outcomes.outcomes if other != value]
        settling = _settling(outcomes, value)
        if known_so_far is None and set(settling) == set(others):
            # each other outcome comes with the answer that gives it: say only that, it names them all
            return word(
                "provisional-if",
                name=heading,
                value=shown,
                answers=_settling_text(name, settling, no_value, word("or"), outcomes.classes, short_none),
            )
        sentence = word(
            "provisional",
            name=heading,
            value=shown,
            others=either(_outcome_texts(name, others, no_value, short_none)),
        )
    else:
        sentence = word(
            "open",
            name=heading,
            outcomes=either(_outcome_texts(name, outcomes.outcomes, no_value, short_none)),
        )
    if known_so_far is not None:
        sentence = sentence + Text(" ", " ") + known_so_far
    current = value if certainty == "provisional" else None
    return sentence + Text(" ", " ") + hangs_on(name, outcomes, current, no_value, short_none)


def why_undecided(support: Mapping[Any, Sequence[str]], minimum: int, total: int) -> Text | None:
    """Why a decision by support has no value: values tied at the top, or none with enough support.
    None when nothing supports any value (then it does not apply, or nothing is known)."""
    counts = {value: len(ids) for value, ids in support.items() if ids}
    if not counts:
        return None
    top = max(counts.values())
    leaders = [value for value, count in counts.items() if count == top]
    if top >= minimum and len(leaders) > 1:
        return word("tie", values=together([value_text(value) for value in leaders]), count=top, total=total)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], str(item[0])))
    said = together([word("support-count", value=value_text(value), count=count) for value, count in ranked])
    return word("too-little-support-counted", minimum=minimum, total=total, counts=said)


def criteria_so_far(facts: Mapping[str, Any]) -> Text | None:
    """Where the criteria known so far point (§2): "Van de 6 criteria wijzen er 2 op complex; 4 zijn nog
    onbekend." None when none is known (what the type hangs on says it then)."""
    return _criteria_so_far(tuple(facts.get(path) for path in CRITERIA))


def type_basis(value: Any, facts: Mapping[str, Any], minimum: int) -> Text:
    """A challenge type with the criteria behind it and whose threshold that is: "complex (4 van de 6 criteria, 2
    nog onbekend; de drempel van netadvisor is 4)"."""
    stated = [facts.get(path) for path in CRITERIA]
    unknown = stated.count(None)
    return word(
        "type-basis-unknown" if unknown else "type-basis",
        value=value_text(value),
        count=stated.count(value),
        total=len(stated),
        unknown=unknown,
        minimum=minimum,
    )


@functools.lru_cache(maxsize=4096)  # 4 ** 6 ways to know the six criteria
def _criteria_so_far(stated: tuple[Any, ...]) -> Text | None:
    known = [value for value in stated if value is not None]
    if not known:
        return None
    counts = [
        word("criterion-points-to", kind=value_text(kind))
        if known.count(kind) == 1
        else word("criteria-point-to", count=known.count(kind), kind=value_text(kind))
        for kind in ("complex", "complicated", "simple")
        if kind in known
    ]
    unknown = len(stated) - len(known)
    return word(
        "criteria-so-far",
        total=len(stated),
        counts=together(counts),
        unknown=word("criteria-unknown-one") if unknown == 1 else word("criteria-unknown-many", count=unknown),
    )


def hangs_on(
    name: str,
    outcomes: ConclusionOutcomes,
    current: Any = None,
    no_value: NoValueWords | None = None,
    short_none: bool = False,
) -> Text:
    """What settles an open or provisional conclusion: the single answers that settle it, else the facts it
    depends on. "Complex als herhaalbaarheid, uniciteit of zekerheid 'complex' is." When those answers leave
    some outcomes unexplained, the other facts that decide are named too: "Niet van toepassing als de ratio
    'kennis' is. Verder hangt het af van: vertrouwen en doelconsensus."

    Args:
        current: a provisional value: only the answers that would change it are said (that the others keep it
            goes without saying).
        short_none: no value by its name alone (see :func:`_outcome_texts`).
    """
    # (those that decide alone, then those that decide only with others; else every unknown fact it reads)
    deciding = [*outcomes.deciding, *(path for path in outcomes.jointly if path not in outcomes.deciding)] or list(
        outcomes.unknown
    )
    settling = _settling(outcomes, current)
    if not settling:
        return word("decided-by", facts=fact_names(deciding))
    said = _capitalised(
        _settling_text(name, settling, no_value, classes=outcomes.classes, short_none=short_none)
    ) + Text(".", ".")
    # (None is no current value here, not the outcome "geen duidelijke vorm", which an open conclusion can come out
    # as: taken away, a policy officer read that only the number of organisations was still open, where the lead
    # organisation needed three answers together)
    unexplained = set(outcomes.outcomes) - set(settling) - ({current} if current is not None else set())
    named = {path for pairs in settling.values() for path, _answer in pairs}
    # the facts whose answers decide between the outcomes no single answer settles (the mode with consensus
    # 'gemiddeld' is undecided; with 'laag' or 'hoog' it is one of two others: consensus decides between those);
    # when none does alone, the facts not named yet, which decide them together
    between = [path for path, after in outcomes.deciding.items() if _decides_between(after, unexplained)]
    others = (
        between
        or [path for path in deciding if path not in named]
        # nothing known of the factors: none decides alone, so only the answer that settles "niet van toepassing"
        # is in `deciding`; the facts its own rules read (the factors) are still what the rest hangs on
        or [path for path in outcomes.direct_unknown if path not in named]
        # the facts named already settle some outcomes alone and the rest together (NAO with consensus 'gemiddeld'
        # and a high need for competencies): they are what the rest hangs on
        or list(deciding)
    )
    # and the facts that decide only together with others (the number of organisations beside the factors)
    others += [path for path in outcomes.jointly if path not in named and path not in others]
    if unexplained and others and named.issuperset(others):
        # the rest comes only of the facts just named: said so, with what it is ("Complex als herhaalbaarheid …
        # 'complex' is. Verder hangt het af van: herhaalbaarheid …" named the same three twice, which a policy officer
        # could not read as saying more; so did "Geen duidelijke vorm als het vertrouwen 'laag' is …. Verder hangt het
        # af van: vertrouwen en nood aan netwerkcompetenties", where those decide between NAO and self-governing)
        rest = either(
            [
                (NO_VALUE_NAMED.get(name) if outcome is None else None) or outcome_text(name, outcome)
                for outcome in outcomes.outcomes
                if outcome in unexplained
            ]
        )
        code = "decided-further-by" if any(path in between for path in others) else "decided-together"
        said = said + Text(" ", " ") + word(code, outcomes=rest, facts=fact_names(others))
    elif unexplained and others:
        said = said + Text(" ", " ") + word("decided-also-by", facts=fact_names(others))
    return said


def _decides_between(after: Mapping[Any, tuple[Any, ...]], outcomes: set[Any]) -> bool:
    """Whether the answers to a fact leave different ones of ``outcomes`` (an answer that leaves none of them
    decides whether they come at all, not between them)."""
    left = {tuple(outcome for outcome in remaining if outcome in outcomes) for remaining in after.values()}
    return len(left - {()}) > 1


def _settling(outcomes: ConclusionOutcomes, current: Any = None) -> dict[Any, list[tuple[str, Any]]]:
    """For each outcome other than ``current``: the single answers that settle the conclusion on it."""
    settling: dict[Any, list[tuple[str, Any]]] = {}
    for path, after in outcomes.deciding.items():
        for answer, left in after.items():
            if len(left) == 1 and (current is None or left[0] != current):
                settling.setdefault(left[0], []).append((path, answer))
    return settling


_SEMICOLON = Text("; ", "; ")
_NOT_APPLICABLE_ONLY = NoValue(undecided=False, not_applicable=True)
_UNDECIDED_ONLY = NoValue(undecided=True, not_applicable=False)


def _settling_text(
    name: str,
    settling: Mapping[Any, list[tuple[str, Any]]],
    no_value: NoValueWords | None = None,
    separator: Text = _SEMICOLON,
    classes: Mapping[str, Mapping[Any, tuple[int, int]]] | None = None,
    short_none: bool = False,
) -> Text:
    """ "lerend netwerk als de ratio 'kennis' is; shared service centre als de ratio 'efficiëntie' is".

    Args:
        classes: for a number, the whole numbers each answer stands for (see
            :attr:`ConclusionOutcomes.classes`): "17" stands for "17 of meer", and is said so.
        short_none: no value by its name alone (see :func:`_outcome_texts`).
    """
    # Once an answer is said to make it "niet van toepassing" (the ratio 'kennis'), an answer that leaves no value
    # for either reason (trust 'laag' leaves no clear mode, or none to choose if the form is another) is said with
    # the reason of its own: that it may not apply is said, and repeating it there reads as if trust decided it.
    applicable_only = no_value is not None and any(
        outcome is None and no_value.after.get(pair, no_value.reasons) == _NOT_APPLICABLE_ONLY
        for outcome, pairs in settling.items()
        for pair in pairs
    )
    said: dict[Text, list[tuple[str, Any]]] = {}
    for outcome, pairs in settling.items():
        for pair in pairs:
            meaning = None
            if no_value is not None:
                reasons = no_value.after.get(pair, no_value.reasons)
                if applicable_only and reasons.undecided and reasons.not_applicable:
                    reasons = _UNDECIDED_ONLY
                meaning = no_value_text(name, reasons)
            elif short_none:
                meaning = NO_VALUE_NAMED.get(name)
            said.setdefault(outcome_text(name, outcome, meaning), []).append(pair)
    spans = classes or {}
    return join(
        [
            _settles_on(shown, tuple((path, _span(spans, path, answer)) for path, answer in pairs))
            for shown, pairs in said.items()
        ],
        separator,
    )


@dataclass(frozen=True, slots=True)
class Span:
    """The whole numbers an answer to a number stands for in the outcome tables: from ``low`` to ``high``
    (``open_ended``: and above; ``from_lowest``: ``low`` is the smallest value the fact can have, so "hoogstens
    ``high``")."""

    low: int
    high: int
    open_ended: bool
    from_lowest: bool = False


def _span(classes: Mapping[str, Mapping[Any, tuple[int, int]]], path: str, answer: Any) -> Any:
    """An answer to a number as the :class:`Span` it stands for; any other answer as it is."""
    found = classes.get(path, {}).get(answer)
    return answer if found is None else _span_of(path, found)


def _span_of(path: str, numbers: tuple[int, int]) -> Span:
    spec = spec_of(path)
    return Span(
        numbers[0],
        numbers[1],
        numbers[1] >= (spec.maximum if spec.maximum is not None else INT_HIGH),
        numbers[0] <= (spec.minimum if spec.minimum is not None else 0),
    )


def _merged(answers: Sequence[Any]) -> list[Any]:
    """Spans that follow one another as one ("16" and "17 of meer": "16 of meer"); other answers as they are."""
    out: list[Any] = []
    for answer in sorted(answers, key=lambda a: a.low) if all(isinstance(a, Span) for a in answers) else answers:
        last = out[-1] if out else None
        if isinstance(answer, Span) and isinstance(last, Span) and answer.low == last.high + 1:
            out[-1] = Span(last.low, answer.high, answer.open_ended, last.from_lowest)
        else:
            out.append(answer)
    return out


def answer_label(path: str, answer: Any, numbers: tuple[int, int] | None, lang: Language) -> str:
    """An answer as a person reads it; for a number, the whole numbers it stands for ("17 of meer")."""
    if numbers is None:
        return value_label(answer, lang)
    return span_text(_span_of(path, numbers)).pick(lang)


def span_text(span: Span) -> Text:
    """ "16", "8 tot en met 15", "17 of meer", "hoogstens 7"."""
    if span.open_ended:
        return word("span-or-more", low=span.low)
    if span.low == span.high:
        return Text(str(span.low), str(span.low))
    if span.from_lowest:
        return word("span-at-most", high=span.high)
    return word("span-from-to", low=span.low, high=span.high)


# The same outcomes are settled by the same answers in many cases: each phrase is put together once (bounded).
# Answers are keyed beside their fact, which fixes their type (True and 1 are equal keys).
@functools.lru_cache(maxsize=4096)
def _settles_on(outcome: Text, pairs: tuple[tuple[str, Any], ...]) -> Text:
    """ "lerend netwerk als de ratio 'kennis' is"."""
    return word("settles-on", outcome=outcome, answers=_answers(pairs))


def _answers(pairs: Sequence[tuple[str, Any]]) -> Text:
    """Answers that each settle a conclusion the same way, as briefly as they can be said."""
    paths = list(dict.fromkeys(path for path, _ in pairs))
    answers = list(dict.fromkeys(answer for _, answer in pairs))
    if len(paths) == 1:
        answers = _merged(answers)
        return word("fact-is", fact=fact_subject(paths[0]), answer=either([_quoted(a) for a in answers]))
    if len(answers) == 1:
        return word("facts-are", facts=either([fact_subject(path) for path in paths]), answer=_quoted(answers[0]))
    by_path: dict[str, list[Any]] = {}
    for path, answer in pairs:
        by_path.setdefault(path, []).append(answer)
    return either(
        [
            word("fact-is", fact=fact_subject(path), answer=either([_quoted(a) for a in _merged(answers)]))
            for path, answers in by_path.items()
        ]
    )


def _short(path: str) -> Text:
    spec = spec_of(path)
    return Text(_in_a_sentence(spec.short("nl")), _in_a_sentence(spec.short("en")))


@functools.lru_cache(maxsize=1024)
def fact_subject(path: str) -> Text:
    """A fact as the subject of a sentence: "het vertrouwen" in "als het vertrouwen 'hoog' is"."""
    short = _short(path)
    article = DUTCH_ARTICLES.get(path)
    if not article:
        return short
    return word("fact-as-subject-the" if path in ENGLISH_THE else "fact-as-subject", article=article, fact=short)


def _in_a_sentence(name: str) -> str:
    """A fact's name inside a sentence: "vertrouwen, het netwerk zit vast en ...", not "..., Het netwerk ..." (a
    fact without a short name is named by its meaning, which starts with a capital); NAO or OCMW keep theirs."""
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


# a quotation inside a title: from a word's start to a word's end (an apostrophe, "OCMW's", is no quotation mark)
_QUOTED_INSIDE = re.compile(r"(?<!\w)'([^']+)'(?!\w)")


def did_you_mean_either(values: Iterable[Any]) -> Text:
    """ "bedoelde je 'een streekontwikkelingsintercommunale' of 'een andere intercommunale'?": the choices a word
    may mean (see :func:`~netadvisor.answers.choices_ending_in`), each by its label in each language."""
    return fill(DID_YOU_MEAN_EITHER, {"choices": either([_quoted(value) for value in values])})


def in_quotes(title: str) -> str:
    """A rule's title as the advice puts it between quotation marks: a quotation in the title itself in typographic
    ones, so the two do not nest alike ("alleen al 'Er is geen gemeenschappelijk ‘waarom’'", where a policy
    officer read "…'waarom''")."""
    return "'" + _QUOTED_INSIDE.sub(r"‘\1’", title) + "'"


def _quoted(value: Any) -> Text:
    return word("quoted", value=span_text(value) if isinstance(value, Span) else value_text(value))


def assumption(conclusion: str, value: Any) -> Text:
    """The condition of a conditional finding: "als dit een organisatienetwerk is"."""
    return word("assuming", condition=_with_article(value))


def _with_article(value: Any) -> Text:
    label = value_text(value)
    return word("an-value" if label.en[:1] in "aeiou" else "a-value", value=label)


def _capitalised(text: Text) -> Text:
    return Text(text.nl[:1].upper() + text.nl[1:], text.en[:1].upper() + text.en[1:])


def in_a_sentence(name: str) -> Text:
    return CONCLUSION_IN_A_SENTENCE.get(name, Text(name, name))
