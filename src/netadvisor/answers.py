"""The words people answer with, and the values as a person reads them, in Dutch and English.

Which words mean what (any capitals, spacing, or kind of apostrophe, and with or without a full stop, question or
exclamation mark at the end: "Weet niet?", "Niemand."):

- unknown: "weet niet", "onbekend", "unknown", "don't know", "dont know", "?", and an empty answer;
- yes: "ja", "yes", "true"; no: "nee", "neen", "no", "false" (for yes/no facts only; numbers such as 1 and
  words such as "on" are not yes or no);
- a choice: its code ("high") or its label in either language ("hoog");
- a number: whole numbers written with digits ("12"), or as a whole float (12.0).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import Any, Protocol, get_args

from pydantic import BaseModel

from .errors import NetadvisorError
from .text import Language, Text, check_language


def _saying_not_known() -> set[str]:
    """ "weet (ik/het) (nog) niet (meer)", "we weten het nog niet": the ways a person says "weet niet" in a
    sentence. A policy officer's goal statement "weet ik nog niet" was read as the goal, and the advice corrected
    its wording; "nog te bepalen" was what a partner brings."""
    who = ("weet", "weet ik", "ik weet", "weten we", "we weten", "wij weten", "weten wij")
    return {
        f"{verb}{it}{still} niet{anymore}"
        for verb in who
        for it in ("", " het")
        for still, anymore in (("", ""), (" nog", ""), ("", " meer"))
    }


NOT_DECIDED_WORDS = frozenset(
    {
        "nog te bepalen",
        "te bepalen",
        "nog te bekijken",
        "te bekijken",
        "nog te beslissen",
        "nog niet bepaald",
        "nog niet beslist",
        "ntb",
        "n.t.b",
        "to be decided",
        "tbd",
    }
)
"""Ways to say that something is not decided yet: "weet niet" (:data:`UNKNOWN_WORDS`) as an answer, though a person
may have meant more by them (that no form was chosen yet); a consultation says how it took them."""
UNKNOWN_WORDS = frozenset(
    {
        *_saying_not_known(),
        "geen idee",
        "onbekend",
        "niet gekend",
        # as people type it in a hurry, and the Flemish word (a tool builder's "weetniet" in the goal statement
        # was read as the goal, and the advice commented on its wording)
        "weetniet",
        "weet-niet",
        "ongekend",
        "niet bekend",
        "nog niet bekend",
        "nog onbekend",
        "nog niet geweten",
        # as a tool builder's form users write it (each was a role holder's name, what a partner brings, or the goal
        # statement: "geen flauw idee" for every role was one person holding all five)
        "niet geweten",
        "nog niet gekend",
        "geen flauw idee",
        "nog geen idee",
        "geen idee meer",
        "nog open",
        "nog te zoeken",
        "/",
        # not decided yet: still to be found out, as a policy officer writes it in a text field
        *NOT_DECIDED_WORDS,
        # the words the advice itself gives "weet niet" ("('weet niet': nog uit te zoeken)"), refused as an answer
        "nog uit te zoeken",
        "uit te zoeken",
        "??",
        "???",
        # as forms are filled in: a dash for nothing known, and the long way of saying it (a policy officer's
        # "ik weet het niet" for a role was one person's name, holding all five)
        "-",
        "unknown",
        "not known",
        "not yet known",
        "don't know",
        "don't know yet",
        "dont know",
        "i don't know",
        "we don't know",
        "no idea",
        "?",
        "",
    }
)
YES_WORDS = frozenset({"ja", "yes", "true"})
NO_WORDS = frozenset({"nee", "neen", "no", "false"})  # "neen": as many in Flanders write it
NOT_YET_WORDS = frozenset({"nog niet", "not yet"})
"""A no for now: refused where yes or no belongs, with "bedoelde je 'nee'?" (never read as a no by itself)."""
NOT_CHOSEN_WORDS = frozenset(
    {
        "nog niet gekozen",
        "niet gekozen",
        "nog niets gekozen",
        "nog niet",
        "nog geen",
        "geen",
        "nog te kiezen",
        "te kiezen",
        "not chosen",
        "not chosen yet",
        "not yet",
        "none yet",
        "none",
    }
)
"""Ways to say that nothing was chosen yet, for a choice of what a network has now (its form, its governance mode):
refused there with the hint of :func:`not_chosen_hint` (never read as unknown by themselves; "nog te bepalen" is
"weet niet" already, :data:`UNKNOWN_WORDS`)."""
NOT_CHOSEN = "not_chosen"
"""The choice that says none was chosen deliberately yet (of ``governance.current_mode``, ``case.CurrentMode``)."""
NOTHING_WORDS = frozenset({"niets", "nothing", "geen", "none"})
"""What a partner brings, when it brings nothing (a partner's 'brings' field)."""

_APOSTROPHES = re.compile(r"[‘’‛ʼ´`]")
_SPACES = re.compile(r"\s+")
SENTENCE_END = "[.!?]"
"""What may end an answer typed as a sentence ("Weet niet?", "Niemand.", "Ja!"): not part of the word."""
_SENTENCE_END = re.compile(rf"\s*{SENTENCE_END}+$")
SURE_END = "[.!]"
"""What may end an answer that is a value (a choice, yes or no, a number) and still says it: not "?", which says
the person is not sure (see :func:`doubtful`)."""


def normal_word(answer: str) -> str:
    """An answer as compared with the words above: lower case, single spaces, plain apostrophes, without the
    full stop, question or exclamation marks it may end on (unless that is all it is: "?" means "weet niet"). A
    policy officer's "Weet niet?" was read as a name, and "Niemand." as someone holding the role."""
    word = _SPACES.sub(" ", _APOSTROPHES.sub("'", answer)).strip().lower()
    return _SENTENCE_END.sub("", word) or word


def doubtful(answer: str) -> bool:
    """Whether ``answer`` is a value with a question mark after it ("laag?", "ja?", "12?"): the person thinks so
    and is not sure. It is not read as the value, nor as "weet niet": a policy officer's "laag?" for the trust was
    read as "laag", stated as a fact in the advice and never asked again. ("weet niet?" and "?" mean unknown.)"""
    written = answer.strip()
    if not written.endswith("?"):
        return False
    word = normal_word(written)
    return word not in UNKNOWN_WORDS and bool(word.strip("?"))


HEDGES = (
    "denk ik",
    "volgens mij",
    "misschien",
    "waarschijnlijk",
    "vermoedelijk",
    "wellicht",
    "ongeveer",
    "i think",
    "maybe",
    "probably",
    "perhaps",
)
"""Words that make an answer a guess: "effectiviteit, denk ik", "misschien hoog", "ongeveer 12"."""

_HEDGE = re.compile(
    r"(?:^|[\s,;(])(?:" + "|".join(re.escape(hedge) for hedge in HEDGES) + r")(?=$|[\s,;)])", re.IGNORECASE
)


def says_a_guess(answer: str) -> bool:
    """Whether ``answer`` holds a word that makes it a guess (:data:`HEDGES`), whatever else it says: "misschien"
    alone too, which :func:`hedged` leaves nothing of."""
    return _HEDGE.search(" ".join(answer.split())) is not None


def hedged(answer: str) -> str | None:
    """What a guessed answer says without its hedge ("effectiviteit, denk ik": "effectiviteit"), or None for an
    answer without one. As "laag?" (:func:`doubtful`), it is not read as the value, nor as "weet niet": a policy
    officer's "effectiviteit, denk ik" was told "bedoelde je 'effectiviteit'?", which turns a guess into a fact."""
    written = " ".join(answer.split())  # (as written: "misschien Provincie Antwerpen" keeps its capitals)
    if not _HEDGE.search(written):
        return None
    left = _HEDGE.sub(" ", written).strip(" ,;()?.!")
    return " ".join(left.split()) or None


_LOWER_BOUND = re.compile(
    r"^(?:minstens|ten minste|tenminste|minimaal|minimum|meer dan|at least|more than|over|>=?)\s*([0-9]+)$"
    r"|^([0-9]+)\s*(?:\+|of meer|en meer|or more)$"
)


def lower_bound(word: str) -> int | None:
    """The number of an answer that gives a lower bound, not a number ("minstens 14", "14 of meer", "at least
    14"; ``word`` as :func:`normal_word` leaves it), or None. A number of organisations is known, or unknown beside
    the partners listed (at least as many); a policy officer who knew of at least 14 was told only which answers
    are possible."""
    found = _LOWER_BOUND.match(word)
    if found is None:
        return None
    return whole_number(found.group(1) or found.group(2))


_PARTNER_COUNT = "governance.partner_count"


def holds_every_word(searched: str, texts: Iterable[str]) -> bool:
    """Whether each word of ``searched`` (at least three letters in all) stands in one of ``texts``, in any capitals
    and spacing: how a person's words find the facts and policy values they may mean."""
    words = normal_word(searched).split()
    if sum(map(len, words)) < 3:
        return False
    said = [normal_word(text) for text in texts]
    return all(any(word in text for text in said) for word in words)


def is_unknown_word(value: object) -> bool:
    """Whether ``value`` is one of the words for "don't know"."""
    return isinstance(value, str) and normal_word(value) in UNKNOWN_WORDS


# Dutch and English names of the values, for questions and reports.
VALUE_LABELS: dict[str | bool, Text] = {
    "low": Text("laag", "low"),
    "moderate": Text("gemiddeld", "moderate"),
    "high": Text("hoog", "high"),
    "simple": Text("eenvoudig", "simple"),
    "complicated": Text("ingewikkeld", "complicated"),
    "complex": Text("complex", "complex"),
    "knowledge": Text("kennis", "knowledge"),
    "efficiency": Text("efficiëntie", "efficiency"),
    "effectiveness": Text("effectiviteit", "effectiveness"),
    "self_governing": Text("zelfregulerend netwerk", "self-governing network"),
    "lead_organisation": Text("leiderorganisatienetwerk", "lead organisation network"),
    "network_administrative_organisation": Text(
        "netwerk administratieve organisatie (NAO)", "network administrative organisation (NAO)"
    ),
    "learning_network": Text("lerend netwerk", "learning network"),
    "shared_service_centre": Text("shared service centre", "shared service centre"),
    "organisation_network": Text("organisatienetwerk", "organisation network"),
    "municipality": Text("gemeente", "municipality"),
    "ocmw": Text("OCMW", "public social welfare centre (OCMW)"),
    "intercommunale": Text("intercommunale", "intermunicipal company"),
    "social_profit": Text("social-profitorganisatie", "social-profit organisation"),
    "citizens": Text("burgers", "citizens"),
    "business": Text("bedrijf", "business"),
    "education": Text("onderwijs", "education"),
    "flemish_government": Text("Vlaamse overheid", "Flemish government"),
    "province": Text("provincie", "province"),
    "federal_government": Text("federale overheid", "federal government"),
    "other": Text("andere", "other"),
    "core": Text("kernpartner", "core partner"),
    "occasional": Text("af en toe betrokken", "occasionally involved"),
    "informed": Text("enkel geïnformeerd", "kept informed"),
    "local_governments": Text("de lokale besturen", "the local governments"),
    "jointly": Text("samen bepaald", "set jointly"),
    "imposed": Text("opgelegd", "imposed"),
    "streekontwikkelingsintercommunale": Text(
        "een streekontwikkelingsintercommunale", "a regional development intercommunale"
    ),
    "other_intercommunale": Text("een andere intercommunale", "another intercommunale"),
    "none": Text("niemand", "nobody"),
    "exploration": Text("verkenning", "exploration"),
    "not_chosen": Text("nog geen bewust gekozen vorm", "no mode chosen deliberately yet"),
    "mobility": Text("mobiliteit", "mobility"),
    "care": Text("zorg", "care"),
    "climate": Text("klimaat", "climate"),
    "energy": Text("energie", "energy"),
    "housing": Text("wonen", "housing"),
    "digitalisation": Text("digitalisering", "digitalisation"),
    "water": Text("water", "water"),
    "waste": Text("afval", "waste"),
    "poverty": Text("armoede", "poverty"),
    "economy": Text("economie", "economy"),
    "safety": Text("veiligheid", "safety"),
    "implementation": Text("implementatie", "implementation"),
    # how the mode a network has now compares with what the factors decide (``governance_mode_current``)
    "fits": Text("past bij de factoren", "fits the factors"),
    "differs": Text("wijkt af van de factoren", "differs from the factors"),
    "supported": Text("door een deel van de factoren gesteund", "supported by some of the factors"),
    "outsupported": Text("minder gesteund dan een andere vorm", "supported less than another mode"),
    "unsupported": Text("door geen enkele factor gesteund", "supported by no factor"),
    True: Text("ja", "yes"),
    False: Text("nee", "no"),
    # a role nobody holds (case.NOBODY): what-if said "netwerkoperator wordt 'nobody'" in Dutch (a policy officer)
    "nobody": Text("niemand", "nobody"),
    "nothing": Text("niets", "nothing"),  # (what a partner brings: case.NOTHING)
}

UNKNOWN_LABEL = Text("weet niet", "unknown")


_WITH_TEXT = frozenset({str, bool, int, float, type(None)})  # (the usual values: checked first, as it is cheap)
_NO_VALUES = frozenset({list, tuple, dict, set, frozenset, bytes, bytearray})


def value_label(value: Any, lang: Language) -> str:
    """The value as a person reads it, in ``lang``.

    Raises:
        TypeError: for a value with no text of its own (``object()`` gave "<object object at 0x…>", which a report
            would have shown a policy officer: a tool builder).
    """
    kind = type(value)
    if kind not in _WITH_TEXT and (
        kind in _NO_VALUES
        or isinstance(value, BaseModel)
        or (
            getattr(kind, "__str__") is object.__str__  # noqa: B009
            and getattr(kind, "__repr__") is object.__repr__  # noqa: B009
        )
    ):
        # (a list, a dict or a model was written as Python writes it: a tool builder)
        raise TypeError(f"value_label takes a fact's value (a text, yes/no or number), not a {kind.__name__}")
    return value_text(value).pick(check_language(lang))


def value_text(value: Any) -> Text:
    """The value as a person reads it, in both languages."""
    if value is None:
        return UNKNOWN_LABEL
    label = VALUE_LABELS.get(value) if isinstance(value, str | bool) else None
    return label if label is not None else Text(str(value), str(value))


def choice_names(values: Iterable[Any]) -> dict[str, Any]:
    """Every name of one of ``values`` (choices) as it is written, with its choice: its Dutch and English label, and
    its code. A label with its abbreviation, "netwerk administratieve organisatie (NAO)", names it also without the
    abbreviation and by the abbreviation alone (a tester typed the first and was refused), where no other choice
    is named so. Where a name of one choice is the code of another, the code wins. The case and rule schemas list
    these; :func:`choice_words` is what is compared with an answer."""
    labels = [
        (label, value)
        for value in values
        if isinstance(value, str) and value in VALUE_LABELS
        for label in (VALUE_LABELS[value].nl, VALUE_LABELS[value].en)
    ]
    names = dict(labels)
    short: dict[str, list[tuple[str, Any]]] = {}
    for label, value in labels:
        if (abbreviated := _ABBREVIATED.fullmatch(label)) is not None:
            for form in abbreviated.groups():
                short.setdefault(normal_word(form), []).append((form, value))
    taken = {normal_word(name) for name in names}
    for word, forms in short.items():
        if word not in taken and len({value for _form, value in forms}) == 1:
            names[forms[0][0]] = forms[0][1]
    codes = {value: value for value in values if isinstance(value, str)}
    return {name: value for name, value in names.items() if name not in codes} | codes


_ABBREVIATED = re.compile(r"(.+?) \((\w+)\)")
"""A label that gives its abbreviation in brackets at its end: the label before it, and the abbreviation."""


def choice_words(values: Iterable[Any]) -> dict[str, Any]:
    """Every word that names one of ``values`` (choices), as :func:`normal_word` writes it: the names of
    :func:`choice_names`."""
    words = _choice_words_as_written(tuple(values))
    # each also without its accents: "efficientie" typed for "efficiëntie" was refused, with "bedoelde je
    # 'efficiëntie'?" (a policy officer); a word written so is no other choice's
    return {**{without_accents(written): value for written, value in words.items()}, **words}


def _choice_words_as_written(values: tuple[Any, ...]) -> dict[str, Any]:
    """:func:`choice_words` with each name's accents as written: what a misspelt choice is compared with."""
    words: dict[str, Any] = {}
    for name, value in choice_names(values).items():
        words[normal_word(name)] = value
    codes = {normal_word(value): value for value in values if isinstance(value, str)}
    return words | codes


def without_accents(word: str) -> str:
    """``word`` with its letters' accents left off: "efficiëntie" is "efficientie"."""
    return "".join(char for char in unicodedata.normalize("NFKD", word) if not unicodedata.combining(char))


def choice_spellings(values: Iterable[Any]) -> dict[str, str]:
    """The words a misspelt choice is compared with, each with the answer to suggest: every word of
    :func:`choice_words`, and the first word of a label of several words ("zelfregulerend" suggests
    "zelfregulerend netwerk", so that "zelfsturend" finds it)."""
    words = {word: word for word in _choice_words_as_written(tuple(values))}
    for value in values:
        if isinstance(value, str) and value in VALUE_LABELS:
            for label in (VALUE_LABELS[value].nl, VALUE_LABELS[value].en):
                first = normal_word(label).split(" ")[0]
                words.setdefault(first, normal_word(label))
    return words


def choices_ending_in(values: Iterable[Any], word: str) -> list[Any]:
    """The choices among ``values`` one of whose names has a word ending in ``word`` (as :func:`normal_word`
    writes it; one word of four letters or more), in order: "intercommunale" names both a
    'streekontwikkelingsintercommunale' and 'een andere intercommunale', where the closest spelling named the
    second alone (a policy officer's IOK is the first)."""
    if len(word) < 4 or " " in word:
        return []
    found: dict[Any, None] = {}
    for name, value in choice_names(values).items():
        if any(part.endswith(word) for part in re.split(r"[ _]", normal_word(name))):
            found[value] = None
    return list(found)


def yes_no_word(answer: str) -> bool | None:
    """True for a word that means yes ("ja", "yes", "true"), False for no, None for anything else."""
    word = normal_word(answer)
    return True if word in YES_WORDS else False if word in NO_WORDS else None


class AnswerSpec(Protocol):
    """What parsing an answer needs to know of a fact."""

    # read-only: a frozen FactSpec (whose type is a Literal of str) is one
    @property
    def path(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def values(self) -> tuple[Any, ...]: ...
    @property
    def maximum(self) -> int | None: ...


NOT_A_NAME = Text(
    "'{answer}' is geen naam: wie deze rol opneemt, is een naam, 'niemand' (de rol is niet opgenomen) of 'weet niet'",
    "'{answer}' is not a name: who holds this role is a name, 'nobody' (the role is not held) or 'unknown'",
)
"""Why a yes/no word is refused as the holder of a role: "nee" would otherwise be read as someone called Nee."""


MISSPELT_ANSWER = Text(
    "'{answer}' lijkt geen naam maar een verschreven '{meant}': schrijf '{meant}', of een naam met een hoofdletter",
    "'{answer}' looks like no name but a misspelt '{meant}': write '{meant}', or a name with a capital",
)


def misspelt_word_answer(text: str) -> Text | None:
    """For a name typed in small letters only, the word answer it misspells: 'weet niet' ("wet niet", "weetniet")
    or 'niemand' ("niemnd"), or None. Read as a name, "wet niet" for four roles made one person hold them all, and
    "niemnd" lost the warning that nobody holds a role (a policy officer's trial). A name is written with a
    capital ("Niemann"): that is how a person who means one says so."""
    if text != text.lower():
        return None
    from .spelling import misspelt

    word = normal_word(text)
    for meant, value in (("weet niet", None), ("niemand", "nobody")):
        if word != meant and misspelt(word, meant):
            return value_text(value)
    return None


NOT_NAMES = YES_WORDS | NO_WORDS | NOTHING_WORDS
"""Words that answer a role's "who?" without a name (the case, its schema and a consultation refuse them)."""
NOT_BROUGHT = YES_WORDS | NO_WORDS
"""Words that do not say what a partner brings (refused as :data:`NOT_NAMES` are; "niets" says it)."""


NOBODY = "nobody"
"""A role nobody holds (now), as the case keeps it."""
# A role not filled (yet), as people say it: each was kept as a person's name, and five of them as one person
# holding every role (policy officers' "nog niemand", "nog te bepalen", "vacant", "n.v.t.").
NOBODY_WORDS = frozenset(
    {
        "niemand",
        "nog niemand",
        "nog te bepalen",
        "te bepalen",
        "nog te zoeken",
        "vacant",
        "vacature",
        # a field left open, as a coordinator of a stuck network wrote it: "ontbreekt" stood in a handout as the
        # creative thinker's name, and "Er is geen creatieve denker" was not said
        "ontbreekt",
        "openstaand",
        "staat open",
        "niet ingevuld",
        "nog niet ingevuld",
        "nog in te vullen",
        "missing",
        "n.v.t",
        "nvt",
        "niet van toepassing",
        # not yet, as a policy officer writes it: each was a holder's name, and the missing role's warning went
        "nog niet",
        "nog geen",
        "geen",
        "nog niet gekozen",
        "nog niet aangeduid",
        "nog niet aangesteld",
        "nog niet benoemd",
        "nog niet gevonden",
        "nog niet toegewezen",
        "niet toegewezen",
        # a decision still to make of who holds it: nobody holds it meanwhile, as "nog te bepalen" says (a policy
        # officer's "nog te bepalen" gave "niemand" and the missing role's warning, her "nog niet bepaald", which
        # says the same, "weet niet" and none)
        "nog niet bepaald",
        "niet bepaald",
        "nog te beslissen",
        "te beslissen",
        "nog niet beslist",
        "nog open",
        "open",
        "nog te bekijken",
        "te bekijken",
        "ntb",
        "n.t.b",
        NOBODY,
        "no one",
        "none yet",
        "nobody yet",
        "to be decided",
        "tbd",
    }
)
"""Ways to say nobody holds a role (now). For a role they win over "weet niet" ("nog te bepalen": the README's
own example was refused as answered and unknown at once)."""


def says_nobody(answer: object) -> bool:
    """Whether a role's answer says nobody holds it (one of :data:`NOBODY_WORDS`, in any capitals, not with a
    question mark): the one reading of the case, its "weet niet" answers and a consultation's answer."""
    return isinstance(answer, str) and normal_word(answer) in NOBODY_WORDS and not doubtful(answer)


def nobody_in_other_words(answer: object) -> bool:
    """Whether a role's answer says nobody holds it in words other than those a report writes for it ("nog te
    bepalen", "vacant"; not "niemand" or "nobody"): a consultation says how it took them, a handout shows them."""
    return says_nobody(answer) and normal_word(str(answer)) not in _NOBODY_SAID


_NOBODY_SAID = frozenset(normal_word(word) for word in (NOBODY, VALUE_LABELS[NOBODY].nl, VALUE_LABELS[NOBODY].en))


NOT_NAME_WORDS = frozenset(
    {
        "niet",
        "geen",
        "nog",
        "not",
        "yet",
        # a role being filled, as a policy officer wrote it of the coordinator there was talk of: "in bespreking",
        # "kandidaat gezocht" were the holder's name, and the warning that the role is missing went
        "bespreking",
        "besproken",
        "gezocht",
        "zoek",
        "zoeken",
        "kandidaat",
        "kandidaten",
        "aanstellen",
        "aanwerven",
        "aanwerving",
        "pending",
        "candidate",
        "vacancy",
        "recruiting",
        "discussed",
    }
)
"""Words no name holds: a role's answer with one in it says not (yet), see :func:`not_a_holder`."""

NAME_WORD_BREAK = r"[\s(),;:/]"
"""What stands between the words of a role's answer (a space, a bracket, a comma): "coördinator (nog aan te
stellen)" holds "nog"."""
_NAME_WORD_BREAKS = re.compile(f"{NAME_WORD_BREAK}+")


def not_a_holder(word: str) -> bool:
    """Whether a role's answer (as :func:`normal_word` gives it) names no one: a yes/no word or "niets", or words
    that say not (yet): "niet", "nog niet rond" were read as the holder's name, and the advice lost its warning
    that the role is missing. (The ways :data:`NOBODY_WORDS` say nobody are read before this refuses them.)"""
    # (nor a number: a policy officer's 12, typed for the network promoter, stood in the handout as its holder)
    return (
        word in NOT_NAMES
        or whole_number(word) is not None
        or not NOT_NAME_WORDS.isdisjoint(_NAME_WORD_BREAKS.split(word))
    )


class NotAnAnswer(NetadvisorError, ValueError):
    """An answer that is not a possible answer to its fact; ``text`` says why, in Dutch and English."""

    def __init__(self, text: Text):
        # The one place this text is joined: str() of the exception is for a programmer reading a traceback, who
        # gets both languages on one line; a person is shown ``text`` in their own language, never this string.
        super().__init__(text.nl + " / " + text.en)
        self.text = text

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.text,))  # whole across processes, as every netadvisor error


def without_doubt(answer: str) -> str:
    """What a :func:`doubtful` answer says without its question mark, as written ("Ann?": "Ann")."""
    return answer.strip().rstrip("?").strip()


_SURE_TEXTS = frozenset({"partners[].brings"})
"""Texts that are not answered with a doubt, beside a role's holder: what a partner brings ("niets?")."""

ROLE_PREFIX = "management.roles."
"""The facts that hold a role's holder: a name, 'niemand' or unknown."""


def parse_answer(spec: AnswerSpec, answer: str, minimum: int = 0) -> Any:
    """What a person types for a fact, as its value (None for "weet niet"). ``minimum``: the smallest number the
    question takes (:attr:`AnswerType.minimum`, the partners listed for their number), named when an answer is
    refused; a smaller number is the caller's to refuse, with its reason.

    Raises:
        NotAnAnswer: (a ValueError) with the possible answers, in Dutch and English.
        TypeError: for a fact's path in place of its spec, or an answer that is no text.
    """
    if isinstance(spec, str):
        # (a tool builder's parse_answer("governance.trust", "hoog") raised AttributeError from inside)
        raise TypeError(f"parse_answer takes a fact's spec, not its path: parse_answer(spec_of({spec!r}), answer)")
    if not all(hasattr(spec, name) for name in ("path", "type", "values")):
        # (a question's AnswerType, the question itself: a tool builder)
        raise TypeError(f"parse_answer takes a fact's spec (spec_of(question.fact)), not a {type(spec).__name__}")
    if isinstance(minimum, bool) or not isinstance(minimum, int):
        raise TypeError(f"parse_answer's minimum is a whole number, not a {type(minimum).__name__}")
    if not isinstance(answer, str):
        raise TypeError(f"parse_answer takes the answer as a person types it (a text), not a {type(answer).__name__}")
    word = normal_word(answer)
    if spec.path.startswith(ROLE_PREFIX) and says_nobody(answer):
        return NOBODY  # ("nog te bepalen" says nobody holds it now, as the case reads it: not "weet niet")
    if word in UNKNOWN_WORDS:
        return None
    sure_only = spec.type in ("bool", "enum", "int") or spec.path.startswith(ROLE_PREFIX) or spec.path in _SURE_TEXTS
    # a value said with doubt or as a guess is told to be written as the value, where that is an answer: "misschien
    # complex" to a yes/no question was told to write 'complex', which was then refused (a tool builder)
    values = spec.type in ("bool", "enum", "int")
    if sure_only and doubtful(answer):
        # (a role's holder or what a partner brings too: "niemand?" was read as nobody, a tool builder)
        from .messages import DOUBT_HINT  # (the words: messages reads this module's labels)

        if values and not answers_to(spec, word, minimum):
            raise NotAnAnswer(possible_answers(spec, answer, minimum))
        if spec.path.startswith(ROLE_PREFIX) and not answers_to(spec, word, minimum):
            raise NotAnAnswer(NOT_A_NAME.format(answer=answer.strip()))
        raise NotAnAnswer(DOUBT_HINT.format(answer=answer.strip(), meant=word))
    if spec.path.startswith(ROLE_PREFIX) and says_a_guess(answer):
        # a holder guessed: "Jan, denk ik" is told to write 'Jan' if it is Jan; "misschien" and "ja denk ik" name no
        # one (a policy officer's consultation kept both as holders, and the handout named them)
        from .messages import HEDGE_HINT

        name = hedged(answer)
        if name is None or not answers_to(spec, name, minimum):
            raise NotAnAnswer(NOT_A_NAME.format(answer=answer.strip()))
        raise NotAnAnswer(HEDGE_HINT.format(answer=answer.strip(), meant=name))
    guessed = hedged(answer) if values else None
    if guessed is not None:
        from .messages import HEDGE_HINT

        if not answers_to(spec, guessed, minimum):
            raise NotAnAnswer(possible_answers(spec, answer, minimum))
        raise NotAnAnswer(HEDGE_HINT.format(answer=answer.strip(), meant=guessed))
    if spec.type == "bool":
        if word in YES_WORDS:
            return True
        if word in NO_WORDS:
            return False
    elif spec.type == "int":
        number = whole_number(word)
        if number is not None and number >= 0:  # (a negative one: refused below, saying which numbers are)
            return number
    elif spec.type == "enum":
        named = choice_words(spec.values).get(word)  # a code or a label, also without its abbreviation ("NAO")
        if named is not None:
            return named
    elif spec.type == "partners":
        return read_partner_names(answer)
    elif spec.type == "text":
        if spec.path.startswith(ROLE_PREFIX) and word in NOT_NAMES:
            raise NotAnAnswer(NOT_A_NAME.format(answer=answer.strip()))
        meant = misspelt_word_answer(answer) if spec.path.startswith(ROLE_PREFIX) else None
        if meant is not None:
            raise NotAnAnswer(MISSPELT_ANSWER.format(answer=answer.strip(), meant=meant))
        if spec.path.startswith(ROLE_PREFIX) and not_a_holder(word):
            raise NotAnAnswer(NOT_A_NAME.format(answer=answer.strip()))
        return answer.strip()
    hint = thousands_hint(word) if spec.type == "int" else None
    if hint is None and spec.path == _PARTNER_COUNT and lower_bound(word) is not None:
        from .messages import LOWER_BOUND_HINT

        hint = LOWER_BOUND_HINT.format(answer=answer.strip())
    if hint is not None:
        raise NotAnAnswer(possible_answers(spec, answer, minimum) + Text("; ", "; ") + hint)
    raise NotAnAnswer(possible_answers(spec, answer, minimum) + _meant_choice(spec, word))


def answers_to(spec: AnswerSpec, written: str, minimum: int = 0) -> bool:
    """Whether ``written`` is an answer to the fact of ``spec`` (as :func:`parse_answer` reads it)."""
    try:
        parse_answer(spec, written, minimum)
    except NotAnAnswer:
        return False
    return True


NUMBER_WORDS: dict[str, int] = {
    word: number
    for words in (
        (
            "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
            "zeventien achttien negentien twintig"
        ),
        (
            "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
            "seventeen eighteen nineteen twenty"
        ),
    )
    for number, word in enumerate(words.split())
} | {"één": 1}
"""Numbers written as words, 0 to 20, in Dutch and English: an answer where a number belongs is told the number in
digits to write (it is not read as one: "een" may mean "a")."""


def number_hint(written: str) -> Text | None:
    """How to write a number written otherwise where a whole number belongs: "1.000" (see :func:`thousands_hint`),
    or in words ("negen": "bedoelde je '9'?"); None for any other text."""
    word = normal_word(written)
    if word in NUMBER_WORDS:
        from .messages import did_you_mean  # (the words: messages reads this module's labels)

        return did_you_mean(str(NUMBER_WORDS[word]))
    return thousands_hint(word)


def _meant_choice(spec: AnswerSpec, word: str) -> Text:
    """ "; bedoelde je 'zelfregulerend netwerk'?" for a misspelt or shortened choice ("zelfregulerend",
    "efectiviteit"), as a case file says it, a misspelt yes or no ("jaa"), or a misspelt "weet niet" to a choice or
    a number; nothing where no answer is near, nor for a yes or no to a choice (a policy officer's "nee" was asked
    whether she meant "andere")."""
    from .messages import did_you_mean, did_you_mean_choice  # (the words: messages reads this module's labels)
    from .spelling import closest, misspelt
    from .wording import did_you_mean_either

    if spec.type == "bool":
        # ("nog niet" to "Zijn de voorwaarden afgesproken?" is a no for now: a policy officer was told nothing near)
        near = "nee" if word in NOT_YET_WORDS else closest(word, sorted(YES_WORDS | NO_WORDS | {value_text(None).nl}))
        if near and word not in NOT_YET_WORDS and not misspelt(word, near):
            near = None  # only a misspelling: "andere" was asked whether it meant 'nee' (a policy officer's trial)
        return Text("; ", "; ") + did_you_mean(near) if near else Text("", "")
    not_chosen = not_chosen_hint(spec.path, spec.values, word) if spec.type == "enum" else None
    if not_chosen is not None:
        return Text("; ", "; ") + not_chosen
    named = choices_ending_in(spec.values, word) if spec.type == "enum" else []
    if len(named) > 1:
        return Text("; ", "; ") + did_you_mean_either(named)
    meant = _closest_spelling(spec, word) if spec.type == "enum" and word not in YES_WORDS | NO_WORDS else None
    if meant:
        return Text("; ", "; ") + did_you_mean_choice(meant, spec.values)
    organisation = organisation_hint(spec.values, word) if spec.type == "enum" else None
    if organisation is not None:  # ("politie": the choice for other organisations, not 'provincie')
        return Text("; ", "; ") + organisation
    if spec.type == "int" and (in_digits := number_hint(word)) is not None:
        # "negen" organisations was asked whether it meant "weet niet" (a policy officer): the number, in digits
        return Text("; ", "; ") + in_digits
    # "weet nie" to a choice or a number (a policy officer was shown the answers, not that she nearly had one)
    # (of the words, not the marks: "-3" is a number, not a misspelt "-")
    if spec.type in ("enum", "int") and closest(word, sorted(w for w in UNKNOWN_WORDS if any(c.isalpha() for c in w))):
        return Text("; ", "; ") + did_you_mean(value_text(None).nl)
    return Text("", "")


def closest_choice(spec: AnswerSpec, answer: str) -> str | None:
    """The choice of an enum fact that ``answer`` probably means ("zelfregulerend": ``self_governing``), for a
    number the one a word names ("tien": "10"; `what-if --set aantal=tien` suggested "aantal organisaties=tien",
    which is refused too), or None when none is near (or the fact has no choices)."""
    if spec.type == "int":
        number = NUMBER_WORDS.get(normal_word(answer))
        return None if number is None else str(number)
    if spec.type != "enum":
        return None
    meant = _closest_spelling(spec, normal_word(answer))
    choice = None if meant is None else choice_words(spec.values).get(meant)
    return choice if isinstance(choice, str) else None


def _closest_spelling(spec: AnswerSpec, word: str) -> str | None:
    spellings = choice_spellings(spec.values)
    meant = closest_spelling(spec.values, word)
    if meant is not None:
        return meant
    # the first words of one choice ("nog geen" for "nog geen bewust gekozen vorm": a policy officer was asked whether
    # she meant "weet niet")
    starting = {value for spelling, value in spellings.items() if spelling.startswith(f"{word} ")}
    return starting.pop() if len(starting) == 1 else None


ORGANISATIONS_NOT_LISTED: dict[str, str] = {
    # no kind of the list: the choice for other organisations (examples/dak-en-thuisloosheid.yaml: Politiezone)
    **dict.fromkeys(
        ("politie", "politiezone", "lokale politie", "brandweer", "brandweerzone", "hulpverleningszone"), "other"
    ),
    # a kind the list has under another name (examples/dak-en-thuisloosheid.yaml: CAW, Ziekenhuis, Sociaal
    # verhuurkantoor as social-profit organisations)
    **dict.fromkeys(("caw", "ziekenhuis", "vzw", "woonzorgcentrum", "sociaal verhuurkantoor", "svk"), "social_profit"),
    **dict.fromkeys(("school", "scholengroep", "hogeschool", "universiteit", "academie", "clb"), "education"),
    # the government of a municipality or province is that municipality or province ("gemeentebestuur" was told
    # only 'andere', which drops it from the count of local governments: a policy officer's second trial)
    **dict.fromkeys(("stad", "gemeentebestuur", "stadsbestuur", "lokaal bestuur gemeente"), "municipality"),
    **dict.fromkeys(("sociaal huis", "ocmw-bestuur"), "ocmw"),
    "provinciebestuur": "province",
    **dict.fromkeys(
        ("vdab", "kind en gezin", "opgroeien", "agentschap", "vlaamse overheid", "vlaanderen"), "flemish_government"
    ),
    **dict.fromkeys(("bedrijven", "onderneming", "ondernemingen", "firma"), "business"),
}
"""Kinds of organisation a partner's kind does not list, as people write them, with the choice they fall under
('other' for none): "politie" was asked whether it meant 'provincie' (a policy officer's trial)."""

LOCAL_GOVERNMENT_WORDS = frozenset(
    {"lokaal bestuur", "lokale besturen", "lokale overheid", "lokale overheden", "local government", "local authority"}
)
"""Words for the local governments, which the list names one by one (see :data:`case.LOCAL_GOVERNMENT_KINDS`)."""


@functools.cache  # (the same two lists each time)
def _organisation_kinds() -> frozenset[str]:
    """The choices that name a kind of organisation (a partner's kind, who supports the mayors' consultation)."""
    from .case import PartnerKind, Support  # (the case reads this module)

    return (frozenset(get_args(PartnerKind)) | frozenset(get_args(Support))) - {"other", "none"}


_SHORTENED_PART = 4
"""The fewest letters a shortened word keeps of the start, and of the end, of the word it shortens."""


def shortened_spelling(word: str, spellings: Iterable[str]) -> str | None:
    """The one spelling ``word`` is a shortening of: its start and its end kept, a middle left out (a compound
    shortened as people say it: "streekintercommunale" for 'streekontwikkelingsintercommunale', where the closest
    spelling was 'other_intercommunale', the opposite: a rule-editing trial); None for none or several. Each kept
    part holds at least four letters."""
    word = normal_word(word)
    found = {
        spelling
        for spelling in spellings
        if len(spelling) > len(word)
        and any(
            spelling.startswith(word[:cut]) and spelling.endswith(word[cut:])
            for cut in range(_SHORTENED_PART, len(word) - _SHORTENED_PART + 1)
        )
    }
    return found.pop() if len(found) == 1 else None


CHOICES_MEANT: dict[str, str] = {
    # the phase: "uitvoering" was asked whether it meant 'verkenning', the opposite (its letters are nearer; a policy
    # officer's trial)
    **dict.fromkeys(("uitvoering", "uitvoeringsfase", "uitvoeren"), "implementation"),
    **dict.fromkeys(("opstart", "opstartfase", "voorbereiding", "voorbereidingsfase"), "exploration"),
    # a level: the questions ask "hoe groot is de nood" (a policy officer wrote "groot": no hint)
    **dict.fromkeys(("groot", "zeer groot", "sterk"), "high"),
    **dict.fromkeys(("klein", "zwak"), "low"),
    "matig": "moderate",
}
"""Words people write for a choice whose spelling is far from it (or nearer another one), with the choice they mean,
for the hint "bedoelde je …?" alone: never read as that choice."""


def closest_spelling(values: Iterable[Any], word: str) -> str | None:
    """The spelling of :func:`choice_spellings` of the choice among ``values`` that ``word`` (as :func:`normal_word`
    writes it) means (:data:`CHOICES_MEANT`: its Dutch label) or is spelt most like, or None. Among kinds of organisation only a misspelling
    (:func:`spelling.misspelt`), never a word that shares letters with another kind: "politie" is no 'provincie'."""
    from .spelling import closest, misspelt

    values = list(values)
    spellings = choice_spellings(values)
    meant_by_word = CHOICES_MEANT.get(normal_word(word))
    if meant_by_word in values:
        label = normal_word(value_text(meant_by_word).nl)  # (its Dutch label: the words it was written in)
        return spellings.get(label, label)
    of_organisations = not _organisation_kinds().isdisjoint(values)
    if of_organisations and normal_word(word) in ORGANISATIONS_NOT_LISTED:
        return None  # (said by organisation_hint)
    shortened = shortened_spelling(word, spellings)
    if shortened is not None:
        return spellings[shortened]
    meant = closest(word, list(spellings))
    if meant is None or (of_organisations and not misspelt(word, meant)):
        return None
    return spellings[meant]


def not_chosen_hint(path: str, values: Iterable[Any], written: str) -> Text | None:
    """For a choice of what a network has now (``values``), an answer saying nothing was chosen yet: the choice
    that says so, where there is one (the governance mode's 'nog geen bewust gekozen vorm'); else what to answer
    instead and what the advice then does (the form); None for any other answer or fact."""
    from .messages import NOT_CHOSEN_HINTS, did_you_mean_choice  # (the words: messages reads this module's labels)

    if normal_word(written) not in NOT_CHOSEN_WORDS:
        return None
    if NOT_CHOSEN in tuple(values):
        return did_you_mean_choice(normal_word(value_text(NOT_CHOSEN).nl), values)
    return NOT_CHOSEN_HINTS.get(path)


def organisation_hint(values: Iterable[Any], written: str) -> Text | None:
    """For a partner's kind the choices ``values`` do not list: the local governments they name for "lokaal
    bestuur"; the choice a kind of organisation falls under ("caw": 'social-profitorganisatie'), or the one for
    other organisations ("politie": 'andere'); for anything else not nearly a choice, that choice beside the list.
    None where ``values`` are no partner kinds (they lack 'other' or a kind of :data:`ORGANISATIONS_NOT_LISTED`)."""
    from .case import LOCAL_GOVERNMENT_KINDS  # (the case reads this module)
    from .messages import ORGANISATION_HINTS, fill

    values = list(values)
    if not set(ORGANISATIONS_NOT_LISTED.values()) <= set(values):
        return None
    word = normal_word(written)
    other = value_text("other")
    if word in LOCAL_GOVERNMENT_WORDS:
        local = [value_text(value) for value in values if value in LOCAL_GOVERNMENT_KINDS]
        kinds = Text(" en ".join(f"'{kind.nl}'" for kind in local), " and ".join(f"'{kind.en}'" for kind in local))
        return fill(ORGANISATION_HINTS["local-government"], {"written": written.strip(), "kinds": kinds})
    fits = ORGANISATIONS_NOT_LISTED.get(word)
    if fits is not None:
        code = "not-listed-other" if fits == "other" else "not-listed-fits"
        return fill(ORGANISATION_HINTS[code], {"written": written.strip(), "kind": value_text(fits), "other": other})
    if closest_spelling(values, word) is None:
        return fill(ORGANISATION_HINTS["other-kind"], {"other": other})
    return None


def partner_names(text: str) -> list[str]:
    """The names a person typed for the partner list: separated by commas (as its question asks), semicolons or
    line breaks (no name holds one: a web form's text box gave one partner "Geel Mol Dessel", a tool builder), each without the spaces around it, the "en" or "and" of a list ("Geel, Mol en" and "Mol, en
    Dessel" named partners "Mol en" and "en Dessel") and a sentence's full stop ("Dessel." was a name; "vzw." or
    "v.z.w." keeps its own)."""
    names = []
    for part in re.split(r"[,;\r\n]", text):
        name = _LIST_WORD.sub("", _LIST_MARK.sub("", part.strip()))
        if name.endswith(".") and "." not in name.rsplit(" ", 1)[-1][:-1] and not _LEGAL_FORM_STOP.search(name):
            name = name[:-1].rstrip()
        if name:
            names.append(name)
    return names


# a list's mark before a name pasted from a list: "- Geel", "• Mol", "1. Dessel", "2) Balen" (kept in the name, a
# policy officer found "- Geel" saved)
_LIST_MARK = re.compile(r"^(?:[-*•·–]\s+|\d{1,2}[.)]\s+)")
_LIST_WORD = re.compile(r"^(?:en|and)(?:\s+|$)|\s+(?:en|and)$", re.IGNORECASE)
# a legal form's or abbreviation's own full stop, which stays
_LEGAL_FORM_STOP = re.compile(r"(?:^|\s)(?:vzw|ivzw|cvba|bv|nv|vof|ev|nr|st)\.$", re.IGNORECASE)


def is_partner_name(name: str) -> bool:
    """Whether ``name``, one name of a partner list, can be a partner's (see :func:`read_partner_names`)."""
    from .facts import choices_not_names  # (the facts' choices: facts reads this module)

    return not (says_a_count(name) or normal_word(name) in NOT_NAMES | UNKNOWN_WORDS | choices_not_names())


_COUNTED = re.compile(
    r"^[0-9]+ (?:gemeenten|gemeentes|ocmw's|ocmws|partners|partnerorganisaties|organisaties|besturen|lokale besturen"
    r"|municipalities|partners|organisations|organizations)$"
)


def says_a_count(written: str) -> bool:
    """Whether a text given as a partner's name says how many there are, not who: "14", "minstens 14", "12
    gemeenten" (a policy officer's answers to "Wie zijn alle partners?" were saved as partners by those names)."""
    word = normal_word(written)
    return whole_number(word) is not None or lower_bound(word) is not None or bool(_COUNTED.match(word))


def read_partner_names(text: str) -> list[str]:
    """The partner list a person typed (see :func:`partner_names`), in a consultation and a what-if alike.

    Raises:
        NotAnAnswer: for no name at all; for a number, a yes or no, "weet niet" or another question's choice among
            them: an answer meant for another question (a number taken as a partner called "3"; piped answers that
            came one question early saved a partner called "complex"; see :func:`facts.choices_not_names`); for a
            name given twice (one partner counted twice would make the count and the questions wrong).
    """
    return checked_partner_names(partner_names(text))


def checked_partner_names(names: list[str]) -> list[str]:
    """A partner list given name by name (a program's list: a name may hold a comma), checked as
    :func:`read_partner_names` checks a typed one; each name without the spaces around it.

    Raises:
        NotAnAnswer: as :func:`read_partner_names` does.
    """
    from .messages import word as message  # (the words: messages reads this module's labels)
    from .wording import together

    names = [name.strip() for name in names if name.strip()]
    if not names:
        raise NotAnAnswer(message("answer-partners"))
    not_a_name = [name for name in names if not is_partner_name(name)]
    if not_a_name:
        quoted = together([message("quoted", value=name) for name in not_a_name])
        raise NotAnAnswer(message("answer-partners-not-names", names=quoted))
    folded = [normal_word(name) for name in names]  # (as the case tells two names apart)
    twice = [name for index, name in enumerate(names) if folded[index] in folded[:index]]
    if twice:
        raise NotAnAnswer(message("answer-partners-twice", names=", ".join(dict.fromkeys(twice))))
    return names


def possible_answers(spec: AnswerSpec, answer: str, minimum: int = 0) -> Text:
    """Why ``answer`` is not an answer to ``spec``, and what is (a number: ``minimum`` or more, as the question
    says; the number of organisations beside four partners listed was asked "minstens 4" and refused "vijf" with
    "0 of meer"); never below the fact's own smallest value."""
    minimum = max(minimum, getattr(spec, "minimum", None) or 0)
    if spec.type == "partners":
        possible = Text("namen, gescheiden door komma's", "names, separated by commas")
    elif spec.type == "int" and spec.maximum is not None:  # (a number past whole_number's digits is refused here)
        from .messages import thousands  # (the words: messages reads this module's labels)

        possible = Text(
            "een geheel getal van {minimum} tot en met {maximum}", "a whole number from {minimum} to {maximum}"
        ).format(minimum=minimum, maximum=thousands(spec.maximum))
    elif spec.type == "int":
        possible = Text("een geheel getal van {minimum} of meer", "a whole number, {minimum} or more").format(
            minimum=minimum
        )
    elif spec.type == "bool":
        possible = Text("ja, nee", "yes, no")
    else:
        possible = Text(
            ", ".join(value_label(v, "nl") for v in spec.values), ", ".join(value_label(v, "en") for v in spec.values)
        )
    return Text(
        "'{answer}' is geen mogelijk antwoord (mogelijk: {possible}, weet niet)",
        "'{answer}' is not a possible answer (possible: {possible}, unknown)",
    ).format(answer=answer, possible=possible)


# nine digits at most, after any leading zeros, as the case schema's pattern says ("0000000100" is 100); \d would be
# any script's digits, where the schema reads 0-9. Not a point before exactly three zeros: see THOUSANDS_WRITTEN.
WHOLE_NUMBER = re.compile(r"^[+-]?0*[0-9]{1,9}(\.(?:0{1,2}|0{4,}))?$")
"""A whole number as :func:`whole_number` reads it (the case schema refuses it as a role's holder, as the case does)."""
THOUSANDS_WRITTEN = re.compile(r"^[+-]?[0-9]{1,3}(\.[0-9]{3})+$")
"""A number with a point before each group of three digits ("1.000", "12.500"): Dutch writes a thousand so,
English writes one so. Refused, never guessed: a tool builder's "1.000" organisations was read as 1, and the
governance mode changed with it."""


def whole_number(word: str) -> int | None:
    """A whole number written with digits ("12", "12.0", "-4": the caller says why a number is too small), or
    None. Nine digits at most: counts of people and organisations, never the thousands of digits that make
    Python's int parsing slow. None for "1.000" (see :data:`THOUSANDS_WRITTEN`)."""
    if not WHOLE_NUMBER.match(word):
        return None
    return int(word.split(".")[0])


_THOUSANDS_WITH_COMMAS = re.compile(r"^[+-]?[0-9]{1,3}(,[0-9]{3})+$")
"""The same with a comma ("1,000"): a thousand in English, one in Dutch; text, refused as such, with the hint."""


def thousands_hint(written: str) -> Text | None:
    """How to write a number written as :data:`THOUSANDS_WRITTEN` says (or with commas, "1,000": a tool builder's
    got only "schrijf het getal met cijfers"), or None for any other text."""
    word = normal_word(written)
    point = THOUSANDS_WRITTEN.match(word)
    if not point and not _THOUSANDS_WITH_COMMAS.match(word):
        return None
    from .messages import THOUSANDS_HINT, THOUSANDS_HINT_COMMA  # (the words: messages reads this module's labels)

    plain = word.lstrip("+").replace(".", "").replace(",", "").lstrip("0") or "0"
    return (THOUSANDS_HINT if point else THOUSANDS_HINT_COMMA).format(plain=plain)
