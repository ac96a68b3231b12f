"""The JSON Schema of a case file: it accepts exactly what a case accepts, and a form can be built from it.

Made from the case model and the fact catalogue, not from pydantic's generated schema, so that:

- every field has a ``title`` (a few words) and a ``description`` (what it means, and the question that asks
  it), in Dutch or English, in the standard keywords form generators read;
- every choice lists its values with their labels (``oneOf`` of ``const`` + ``title``), and also accepts what a
  person writes: the label in either language, in any capitals, and "weet niet";
- yes/no accepts true/false and the words of :mod:`answers` (ja, nee, yes, no, true, false, weet niet, …);
- a count accepts a whole number, a whole float (12.0) or the number written as text ("12");
- "weet niet" (or null) means unknown in every field; a role is held by a name or by "niemand".
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel

from .answers import (
    HEDGES,
    NAME_WORD_BREAK,
    NO_WORDS,
    NOBODY_WORDS,
    NOT_BROUGHT,
    NOT_NAME_WORDS,
    NOT_NAMES,
    ROLE_PREFIX,
    SENTENCE_END,
    SURE_END,
    UNKNOWN_WORDS,
    VALUE_LABELS,
    WHOLE_NUMBER,
    YES_WORDS,
    choice_names,
    normal_word,
)
from .case import Case, Partner, title_of
from .casefile import EXPECTATIONS_KEY
from .facts import FACTS, PARTNER_FACTS, FactSpec
from .text import Language, Text, check_language

_WORDS: dict[str, Text] = {
    "case": Text("Een casus van regionale samenwerking", "A case of regional collaboration"),
    "case-description": Text(
        "Wat over de samenwerking geweten is. Alles is optioneel: laat weg of schrijf 'weet niet' wat niet "
        "geweten is; dat is iets anders dan 'nee'. Ja/nee mag als ja, nee of true, false; een keuze als de code "
        "of het label; een aantal als getal of als tekst ('12').",
        "What is known about the collaboration. Everything is optional: leave out, or write 'weet niet' "
        "(unknown), what is not known; that differs from 'no'. Yes/no may be ja, nee, yes, no, true, false; a "
        "choice its code or label; a count a number or text ('12').",
    ),
    "partners": Text("De partners", "The partners"),
    "partners-description": Text(
        "De organisaties in het netwerk, elk met wat over hen geweten is.",
        "The organisations in the network, each with what is known about them.",
    ),
    "partner": Text("Een partner", "A partner"),
    "name": Text("Naam", "Name"),
    "name-description": Text("De naam van de organisatie.", "The organisation's name."),
    "expected": Text("Wat netadvisor test verwacht", "What netadvisor test expects"),
    "expected-description": Text(
        "Enkel voor de voorbeeldcasussen: wat 'netadvisor test' van het advies verwacht. Het advies zelf "
        "leest dit niet.",
        "For example cases only: what 'netadvisor test' expects of the advice. The advice itself does not read it.",
    ),
    "unknown": Text("weet niet", "unknown"),
    "holder": Text(
        " Een naam, of 'niemand' als niemand de rol opneemt.",
        " A name, or 'niemand' (nobody) when nobody holds the role.",
    ),
    "question": Text(" Vraag: {question}", " Question: {question}"),
}


def _insensitive(word: str) -> str:
    """A regular expression (ECMA 262, as JSON Schema uses) for ``word`` in any capitals and spacing."""
    parts = []
    for character in word:
        if character == " ":
            parts.append(r"\s+")
        elif character == "'":
            parts.append("['‘’‛ʼ´`]")
        elif character.lower() != character.upper():
            parts.append(f"[{character.lower()}{character.upper()}]")
        else:
            parts.append(re.escape(character))
    return "".join(parts)


def _words(words: Any, end: str = SENTENCE_END) -> dict[str, Any]:
    # a word as normal_word reads it: it may end on a sentence's marks ("Weet niet?"), unless it is such marks; a
    # value (``end`` SURE_END) not on "?", which says the person is not sure (answers.doubtful)
    in_order = sorted(words, key=lambda w: (-len(w), w))
    ending = "|".join(_insensitive(word) for word in in_order if word and normal_word(word + ".") == word)
    exact = "|".join(_insensitive(word) for word in in_order if word and normal_word(word + ".") != word)
    return {"type": "string", "pattern": rf"^\s*(?:(?:{ending})\s*{end}*|{exact})?\s*$"}


_UNKNOWN = {"anyOf": [{"type": "null"}, _words(UNKNOWN_WORDS)]}
_DOUBTFUL = {"type": "string", "pattern": r"\?\s*$"}
"""A text ending on a question mark (unless it is a way to say "weet niet", which :data:`_UNKNOWN` takes first)."""
_NOT_NAME_WORD = {
    "type": "string",
    "pattern": (
        rf"(?:^|{NAME_WORD_BREAK})(?:{'|'.join(_insensitive(word) for word in sorted(NOT_NAME_WORDS))})"
        rf"(?:{NAME_WORD_BREAK}|{SENTENCE_END}|$)"
    ),
}
"""A text with a word that says not (yet) in it ("nog niet gekozen"): no name (answers.not_a_holder)."""
_GUESSED = {
    "type": "string",
    "pattern": rf"(?:^|[\s,;(])(?:{'|'.join(_insensitive(hedge) for hedge in HEDGES)})(?=$|[\s,;)])",
}
"""A text with a word that makes it a guess in it ("Jan, denk ik", "misschien"): no name (answers.says_a_guess)."""
_A_NUMBER = {"type": "string", "pattern": rf"^\s*{WHOLE_NUMBER.pattern.strip('^$')}\s*{SENTENCE_END}*\s*$"}
"""A whole number as text ("12"): no name (answers.not_a_holder)."""


def _leaf(spec: FactSpec, lang: Language, maximum_length: int | None) -> dict[str, Any]:
    """The schema of one fact a person states."""
    title = spec.short(lang)
    description = spec.label(lang)
    if spec.question(lang) != spec.label(lang):
        description += _WORDS["question"].format(question=spec.question(lang)).pick(lang)
    branches: list[dict[str, Any]]
    if spec.type == "bool":
        branches = [{"type": "boolean"}, _words(YES_WORDS | NO_WORDS, SURE_END)]
    elif spec.type == "enum":
        branches = [
            {
                "oneOf": [
                    {"const": value, "title": VALUE_LABELS[value].pick(lang) if value in VALUE_LABELS else value}
                    for value in spec.values
                ]
            },
            _words(set(choice_names(spec.values)), SURE_END),
        ]
    elif spec.type == "int":
        high = spec.maximum if spec.maximum is not None else 10**9 - 1
        low = spec.minimum if spec.minimum is not None else 0
        branches = [
            {"type": "integer", "minimum": low, "maximum": high},
            {"type": "number", "multipleOf": 1, "minimum": low, "maximum": high},
            {"type": "string", "pattern": _count_pattern(low, high)},
        ]
    else:
        text: dict[str, Any] = {"type": "string"}
        if maximum_length is not None:
            text["maxLength"] = maximum_length
        # (nor, for either, a value with a question mark: not sure, see answers.doubtful; "weet niet?" is unknown)
        branches = [text]
        if spec.path.startswith(ROLE_PREFIX):
            description += _WORDS["holder"].pick(lang)
            # a name, not "nee" nor "nog niet gekozen" (see answers.not_a_holder); "nog niet", "vacant": nobody
            text["not"] = {"anyOf": [_words(NOT_NAMES), _NOT_NAME_WORD, _DOUBTFUL, _GUESSED, _A_NUMBER]}
            branches.append(_words(NOBODY_WORDS, SURE_END))
        elif spec.path == "partners[].brings":
            text["not"] = {"anyOf": [_words(NOT_BROUGHT), _DOUBTFUL]}  # what it brings, not "nee" (see case.Brought)
    return {
        "title": title[:1].upper() + title[1:],
        "description": description,
        "anyOf": [*branches, *_UNKNOWN["anyOf"]],
    }


def _count_pattern(low: int, high: int) -> str:
    """Whole numbers low..high (low 0 or 1) written as text, as the case reads them (leading zeros, a '.0' allowed;
    not '.000', which to a Dutch reader makes a thousand: see answers.THOUSANDS_WRITTEN)."""
    if low not in (0, 1):
        raise ValueError(f"a count from {low}: only 0 and 1 are written as a pattern")
    digits = str(high)
    shorter = f"[0-9]{{1,{len(digits) - 1}}}|" if len(digits) > 1 else ""
    # (from 1: some digit not 0, the decimals being zeros)
    at_least_one = "(?=[^1-9]*[1-9])" if low == 1 else ""
    return (
        rf"^{at_least_one}\s*\+?0*(?:{shorter}{_at_most(digits, 1 if len(digits) > 1 else 0)})"
        rf"(?:\.(?:0{{1,2}}|0{{4,}}))?\s*{SURE_END}*\s*$"
    )


def _at_most(digits: str, lowest: int) -> str:
    """A regular expression for numbers of len(digits) digits, the first at least ``lowest``, at most ``digits``."""
    head, rest = int(digits[0]), digits[1:]
    if not rest:
        return f"[{lowest}-{head}]"
    parts = [f"{head}{_at_most(rest, 0)}"]
    if head - 1 >= lowest:
        parts.append(f"[{lowest}-{head - 1}][0-9]{{{len(rest)}}}")
    return "(?:" + "|".join(parts) + ")"


def _maximum_length(model: type[BaseModel], name: str) -> int | None:
    info = model.model_fields[name]
    return next((meta.max_length for meta in info.metadata if getattr(meta, "max_length", None)), None)


def _object(model: type[BaseModel], prefix: str, lang: Language) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        annotation = info.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            section = _object(annotation, path + ".", lang)
            section["title"] = title_of(info, name).pick(lang)
            section["description"] = section["title"]
            properties[name] = section
        elif name == "partners":
            properties[name] = {
                "title": _WORDS["partners"].pick(lang),
                "description": _WORDS["partners-description"].pick(lang),
                # (the list, or "weet niet" for it, as every field takes: see Case)
                "anyOf": [{"type": "array", "maxItems": 10_000, "items": _partner(lang)}, *_UNKNOWN["anyOf"]],
            }
        elif path in FACTS:
            properties[name] = _leaf(FACTS[path], lang, _maximum_length(model, name))
    return {"type": "object", "properties": properties, "additionalProperties": False}


def _partner(lang: Language) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "name": {
            "title": _WORDS["name"].pick(lang),
            "description": _WORDS["name-description"].pick(lang),
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "pattern": r"^[^\r\n]*$",  # (one name on one line: see case.Partner)
            "not": _words(UNKNOWN_WORDS | NOT_NAMES),  # a name, not "weet niet" (see case.Partner); each once,
            # which a schema cannot say of a list of objects (the case refuses a name given twice)
        }
    }
    for name in Partner.model_fields:
        if name != "name":
            properties[name] = _leaf(PARTNER_FACTS[f"partners[].{name}"], lang, _maximum_length(Partner, name))
    return {
        "title": _WORDS["partner"].pick(lang),
        "description": _WORDS["partner"].pick(lang),
        "type": "object",
        "properties": properties,
        "required": ["name"],
        "additionalProperties": False,
    }


def case_schema(lang: Language = "nl") -> dict[str, Any]:
    """The JSON Schema of a case file, with titles and descriptions in ``lang``.

    Raises:
        ValueError: for a ``lang`` netadvisor does not speak (as :meth:`Advisor.advise`).
    """
    lang = check_language(lang)
    schema = _object(Case, "", lang)
    schema["properties"][EXPECTATIONS_KEY] = {
        "title": _WORDS["expected"].pick(lang),
        "description": _WORDS["expected-description"].pick(lang),
        "type": "object",
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": _WORDS["case"].pick(lang),
        "description": _WORDS["case-description"].pick(lang),
        **schema,
    }
