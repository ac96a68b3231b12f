"""A case the model refused, in words: each of pydantic's errors as a coded, bilingual :class:`CaseProblem`, with
"bedoelde je …?" for a misspelt field or value and, for a field in the wrong place, where it belongs.

No pydantic wording reaches a person: each error type has a code in the message catalogue
(:data:`messages.CASE_MESSAGES`); an error type nobody foresaw keeps pydantic's words under the code ``invalid``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import PydanticCustomError

from . import messages
from .answers import (
    NO_WORDS,
    ROLE_PREFIX,
    YES_WORDS,
    answers_to,
    choices_ending_in,
    closest_spelling,
    doubtful,
    hedged,
    lower_bound,
    normal_word,
    not_chosen_hint,
    number_hint,
    organisation_hint,
    partner_names,
    value_text,
    without_doubt,
)
from .case import Case, title_of
from .errors import CaseProblem, format_path
from .facts import FACTS, PARTNER_COUNT, PARTNER_FACTS, catalogue_path, fact_meant, facts_mentioning, group_meant
from .modelpaths import inner_model, model_at
from .spelling import closest
from .text import Text
from .wording import did_you_mean_either

_LITERAL_CHOICE = re.compile(r"'([^']*)'")
_VALUE_KINDS = frozenset(
    {"literal_error", "bool_parsing", "bool_type", "int_parsing", "int_type", "float_parsing", "float_type"}
)
"""The problems of a value written where a choice, yes or no, or a number belongs."""
_MAX_SHOWN = 60
_YES_NO_SPELLINGS = sorted(YES_WORDS | NO_WORDS | {value_text(None).nl, value_text(None).en})
"""What a yes/no fact takes, to tell a misspelling what it nearly is."""
_MAX_FIELDS_LISTED = 12  # a group of fields small enough to list when nothing better can be suggested


def case_problems(error: ValidationError, model: type[BaseModel] = Case) -> list[CaseProblem]:
    """Every problem pydantic found in a case of ``model``, in words. A misspelt field is one problem, an unknown
    field with "did you mean": not also the field it meant as missing (a policy officer's `naam:` for a partner
    got "'name' ontbreekt" first)."""
    items = error.errors(include_url=False)
    meant = set()
    for item in items:
        if item["type"] == "extra_forbidden" and (near := _field_meant(model, item["loc"])) is not None:
            meant.add((*item["loc"][:-1], near[0]))
    return [_problem(item, model) for item in items if not (item["type"] == "missing" and tuple(item["loc"]) in meant)]


FIELDS_IN_DUTCH: dict[str, str] = {
    # a partner's fields as a policy officer wrote them: "soort" was told only the fields there are ("naam" was near
    # enough to 'name')
    "naam": "name",
    **dict.fromkeys(("soort", "type", "soort organisatie"), "kind"),
    **dict.fromkeys(("inbreng", "brengt", "brengt mee", "meebrengen", "bijdrage"), "brings"),
    "betrokkenheid": "involvement",
    **dict.fromkeys(("bereid", "bereid tot aanpassen"), "willing_to_adapt"),
}
"""Dutch words for fields whose names are English, with the field beside them they mean (for "bedoelde je …?")."""


def _field_meant(model: type[BaseModel], loc: Sequence[Any]) -> tuple[str, str | None] | None:
    """The field beside it that an unknown field at ``loc`` means, with the value written after it where the ':'
    between them was left out (``{name Geel, kind: ocmw}``: "name", "Geel"), or None."""
    here = model_at(model, loc[:-1])
    siblings = list(here.model_fields) if here is not None else []
    first, _, rest = str(loc[-1]).partition(" ")
    if rest and first in siblings:
        return first, rest
    in_dutch = FIELDS_IN_DUTCH.get(normal_word(str(loc[-1])))
    if in_dutch in siblings:
        return in_dutch, None
    near = closest(str(loc[-1]), siblings)
    return (near, None) if near is not None else None


def across_problem(error: PydanticCustomError) -> CaseProblem:
    """A problem across a case's fields (:func:`case.across_fields`) in words, as the model's validator reports
    it."""
    return _problem({"type": error.type, "loc": (), "input": {}, "ctx": error.context}, Case)


def _problem(item: Mapping[str, Any], model: type[BaseModel]) -> CaseProblem:
    kind = item["type"]
    loc = tuple(item["loc"])
    context = item.get("ctx") or {}
    value = item.get("input")
    # a check across fields (in a model validator) names the field it reports through its context
    path = context.get("path") or format_path(loc)
    field = str(next((part for part in reversed(loc) if isinstance(part, str)), ""))
    found = messages.found_words(value)
    shown = "" if kind == "missing" or isinstance(value, dict | list) else _shown(value)

    def problem(code: str, params: dict[str, Any] | None = None, hint: Text | None = None) -> CaseProblem:
        return CaseProblem.of(
            code, {"field": field, "found": found, **(params or {})}, path=path, hint=hint, value=shown
        )

    if kind == "extra_forbidden":
        return problem("unknown-field", hint=_where_it_belongs(model, loc))
    unsure = _unsure(value, path) if kind in _VALUE_KINDS else None
    if unsure is not None:
        # "laag?", "effectiviteit, denk ik": a value the person is not sure of (not "bedoelde je 'laag'?", which
        # it was: that turns a guess into a fact)
        if kind == "literal_error":
            choices = _LITERAL_CHOICE.findall(str(context.get("expected", "")))
            words = messages.choices_in_words(choices)
            return problem("not-a-choice", {"choices": words, "quoted": str(context.get("expected", ""))}, unsure)
        return problem("not-yes-no" if kind.startswith("bool") else "not-a-whole-number", hint=unsure)
    if kind == "literal_error":
        choices = _LITERAL_CHOICE.findall(str(context.get("expected", "")))
        words = messages.choices_in_words(choices)
        hint = None
        named = choices_ending_in(choices, normal_word(value)) if isinstance(value, str) else []
        if isinstance(value, str) and (not_chosen := not_chosen_hint(path, choices, value)) is not None:
            hint = not_chosen
        elif len(named) > 1:
            hint = did_you_mean_either(named)  # ("intercommunale": both kinds, not the nearer code)
        elif isinstance(value, str):
            suggestion = closest_spelling(choices, normal_word(value))
            hint = (
                messages.did_you_mean_choice(suggestion, choices)
                if suggestion
                else organisation_hint(choices, value.strip())
            )
        return problem("not-a-choice", {"choices": words, "quoted": str(context.get("expected", ""))}, hint)
    if kind in ("bool_parsing", "bool_type"):
        # "jaa" is told what it nearly is, as a misspelt choice is ("complx": bedoelde je 'complex'?)
        near = closest(normal_word(value), _YES_NO_SPELLINGS) if isinstance(value, str) else None
        return problem("not-yes-no", hint=messages.did_you_mean(near) if near else None)
    if kind.startswith("int_") or kind in ("float_type", "float_parsing", "finite_number"):
        return problem("not-a-whole-number", hint=number_hint(value) if isinstance(value, str) else None)
    if kind == "string_unicode":  # bytes that are no UTF-8 (pydantic's English stood in the Dutch: a tool builder)
        return problem("text-not-utf8")
    if kind == "invalid_key":  # {1: 2}: a field's name that is no text
        return problem("field-name-not-text")
    if kind == "string_type":
        if path.startswith(ROLE_PREFIX) and isinstance(value, int | float):
            # a number or a yes/no where a role's holder goes: quoting it makes no name either (a trial's 12 was told
            # to write "12", which was then refused)
            return problem("role-not-a-name")
        return problem("not-text", {"example": shown.strip("'") if shown else "..."})
    if kind == "list_type":
        names = partner_names(value) if path == "partners" and isinstance(value, str) else []
        if names:
            hint = messages.PARTNERS_AS_TEXT_HINTS["one" if len(names) == 1 else "many"]
            return problem("not-a-list", hint=hint.format(first=names[0], count=len(names)))
        return problem("not-a-list")
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        group = model_at(model, loc)
        example = next(iter(group.model_fields), "...") if group is not None else "..."
        key, _, rest = value.strip().partition(" ") if isinstance(value, str) else ("", "", "")
        tight = _KEY_COLON_VALUE.match(value.strip()) if isinstance(value, str) else None
        if group is not None and tight is not None and tight.group(1) in group.model_fields:
            # `state:` and under it `  stuck:ja`: to YAML one text, as above; the space after the ':' is missing
            return problem("no-space-after-colon", {"key": tight.group(1), "value": tight.group(2)})
        if group is not None and key in group.model_fields and rest.strip():
            # `region:` and under it `  mayors_consultation ja`: to YAML one text, the group's value; the ':' after
            # the field's name is what is missing (a policy officer's trial was told to give another field)
            written = {"key": key, "value": rest.strip()}
            # (an item of a list, "- name Gemeente Mol", is written as one: "- name: Gemeente Mol")
            as_item = (
                messages.CASE_ITEM_HINT.format(example=key, value=rest.strip()) if isinstance(loc[-1], int) else None
            )
            return problem("missing-colon", written, as_item)
        if loc and isinstance(loc[-1], int) and isinstance(value, str):
            # "- Gemeente Mol" in the partner list: each item is a group whose first field takes that text
            item_hint = messages.CASE_ITEM_HINT.format(example=example, value=value.strip())
            return problem("not-a-group-item", {"example": example}, item_hint)
        return problem("not-a-group", {"example": example})
    if kind == "missing":
        return problem("missing-field")
    if kind in ("greater_than_equal", "greater_than"):
        return problem("too-small", {"limit": context.get("ge", context.get("gt"))})
    if kind in ("less_than_equal", "less_than"):
        return problem("too-large", {"limit": context.get("le", context.get("lt"))})
    if kind == "too_long":
        return problem("too-many", {"limit": context.get("max_length")})
    if kind == "string_too_long":
        return problem("text-too-long", {"limit": context.get("max_length")})
    if kind == "string_too_short":
        return problem("empty-text")
    # a name or what a partner brings with a question mark: not sure (as "laag?" is told above)
    unsure = (
        messages.DOUBT_HINT.format(answer=value.strip(), meant=without_doubt(value))
        if isinstance(value, str) and doubtful(value) and _unsure(value, path) is not None
        else _unsure(value, path)  # (a guess, "Jan, denk ik": told to write 'Jan' if it is Jan)
    )
    if kind == "role_not_a_name":
        return problem("role-not-a-name", hint=unsure)
    if kind == "role_misspelt_word":
        meant = Text(str(context.get("meant_nl", "")), str(context.get("meant", "")))
        return problem("role-misspelt-word", {"meant": meant})
    if kind == "brings_not_an_answer":
        return problem("brings-not-an-answer", hint=unsure)
    if kind == "control_character":
        return problem(
            "control-character", {"character": context.get("character"), "position": context.get("position")}
        )
    if kind == "partner_name_line_break":
        return problem("partner-name-line-break")
    if kind == "partner_not_a_name":
        return problem("partner-not-a-name")
    if kind == "partner_not_sure":
        partner_meant = hedged(value) or without_doubt(value) if isinstance(value, str) else ""
        return problem(
            "partner-not-sure", hint=messages.PARTNER_UNSURE_HINT.format(answer=str(value), meant=partner_meant)
        )
    if kind == "partner_named_twice":
        # (the other by its place counted from 1, as the problem's own partner is named: "partners[2]" read as the
        # third partner's number to a policy officer)
        first = context.get("first")
        place = first + 1 if isinstance(first, int) else first
        return problem("partner-named-twice", {"first_place": place, "name": context.get("name")})
    if kind == "partner_count_below_list":
        return problem(
            "partner-count-below-list", {"partner_count": context.get("partner_count"), "listed": context.get("listed")}
        )
    return problem("invalid", {"detail": str(item.get("msg", kind))})


_KEY_COLON_VALUE = re.compile(r"([A-Za-z_]\w*):(\S.*)")
"""A field's name and its value with no space after the ':' ("stuck:ja")."""


def _shown(value: Any) -> str:
    """The value as Python writes it, shortened; a whole number too long for that (4,300 digits) by its size."""
    try:
        shown = repr(value)
    except ValueError:
        digits = int(value.bit_length() * 0.30103) + 1 if isinstance(value, int) else 0
        shown = f"a number of about {digits} digits" if digits else f"a {type(value).__name__}"
    return shown if len(shown) <= _MAX_SHOWN else shown[: _MAX_SHOWN - 3] + "..."


# --------------------------------------------------------------------------- where a field belongs


def _fields(model: type[BaseModel], prefix: str = "") -> Iterator[tuple[str, str]]:
    """Every field below ``model``: (its name, its path), a partner's as ``partners[].kind``."""
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        yield name, path
        nested = inner_model(info.annotation)
        if nested is not None:
            list_of = get_origin(info.annotation) is list
            yield from _fields(nested, f"{path}[]." if list_of else f"{path}.")


def _unsure(value: Any, path: str) -> Text | None:
    """How to write a value the person is not sure of ("laag?", "effectiviteit, denk ik"), or None for another, and
    for one whose value is no answer to the fact at ``path`` either: "misschien blauw" for the trust was told to
    write 'blauw', which was then refused (a tool builder)."""
    if not isinstance(value, str):
        return None
    if path == PARTNER_COUNT and lower_bound(normal_word(value)) is not None:
        return messages.LOWER_BOUND_HINT.format(answer=value.strip())
    if doubtful(value):
        meant, hint = normal_word(value), messages.DOUBT_HINT
    else:
        guessed = hedged(value)
        if guessed is None:
            return None
        meant, hint = guessed, messages.HEDGE_HINT
    spec = FACTS.get(path) or PARTNER_FACTS.get(catalogue_path(path))
    if spec is not None and not answers_to(spec, meant):
        return None
    return hint.format(answer=value.strip(), meant=meant)


def _where_it_belongs(model: type[BaseModel], loc: Sequence[Any]) -> Text | None:
    """For an unknown field: the field it resembles beside it, the place where a field of that name belongs,
    the field its Dutch name names, the field it resembles anywhere, or the fields there are here."""
    name = str(loc[-1])
    if not loc[:-1] and "." in name and name in FACTS:  # a fact's path as one key, at the top of the case
        nested = "…"
        for part in reversed(name.split(".")):
            nested = f'{{"{part}": {nested}}}'  # (as YAML and JSON both write it; Python's quotes were neither's)
        return messages.fill(messages.FIELD_PLACE_WORDS["dotted-path"], {"name": name, "nested": nested})
    parent = format_path(loc[:-1])
    here = model_at(model, loc[:-1])
    siblings = list(here.model_fields) if here is not None else []
    meant = _field_meant(model, loc)
    if meant is not None and meant[1] is not None:  # the ':' after the key left out
        return messages.fill(messages.KEY_PLACE_HINTS["key-missing-colon"], {"key": meant[0], "value": meant[1]})
    # a group by its name in Dutch, "bestuur" for governance (a policy officer was shown the English names only),
    # also where it looks like a field here ("netwerkmanagement": 'management', without saying it is the group)
    group = group_meant(name, near=False) if model is Case else None
    if group is not None:
        return _group_hint(group)
    if meant is not None:
        return messages.did_you_mean(f"{parent}.{meant[0]}" if parent else meant[0])
    everywhere = list(_fields(model))
    homes = [path for field, path in everywhere if field == normal_word(name)]
    if homes:
        return _belongs(name, homes[0], parent)
    # a fact by its name in words, as explain and what-if take it: "vertrouwen", "burgemeestersoverleg" (a policy
    # officer who wrote the latter was sent to the fact list), or the one fact whose question holds that word
    named = fact_meant(name.replace("_", " "), near=False)
    if named is None:
        mentioning = facts_mentioning(name.replace("_", " "))
        named = mentioning[0] if len(mentioning) == 1 else None
    if named is not None:
        return _belongs(name, named, parent, meant=True)
    anywhere = closest(name, [field for field, _ in everywhere])
    if anywhere is not None:
        return _belongs(name, next(path for field, path in everywhere if field == anywhere), parent, meant=True)
    group = group_meant(name) if model is Case else None
    if group is not None:
        return _group_hint(group)
    if siblings and len(siblings) <= _MAX_FIELDS_LISTED:
        return messages.fill(messages.FIELD_PLACE_WORDS["fields-here"], {"fields": ", ".join(siblings)})
    return None


def _group_hint(group: str) -> Text:
    """ "bedoelde je 'governance'?" for a group named in words, with its title, and where it stands."""
    owner, _, field = group.rpartition(".")
    words = messages.FIELD_PLACE_WORDS
    above = model_at(Case, owner.split(".") if owner else [])
    title = title_of(above.model_fields[field], field) if above is not None else Text(field, field)
    where = words["under"].format(group=owner) if owner else words["top"]
    return messages.fill(words["group-meant"], {"field": field, "title": title, "where": where, "path": group})


def _belongs(name: str, path: str, parent: str, *, meant: bool = False) -> Text:
    """'trust' belongs under 'governance:' (governance.trust); a partner's field under each partner; a field meant
    beside the misspelt one is simply suggested."""
    group, _, field = path.rpartition(".")
    if meant and group == re.sub(r"\[\d+\]", "[]", parent):
        return messages.did_you_mean(f"{parent}.{field}" if parent else field)
    words = messages.FIELD_PLACE_WORDS
    if group.endswith("[]"):
        where = words["each-partner"].format(group=group[:-2])
    elif group:
        where = words["under"].format(group=group)
    else:
        where = words["top"]
    if meant:
        return messages.fill(words["meant"], {"field": field, "where": where, "path": path})
    return messages.fill(words["belongs"], {"name": name, "where": where, "path": path})
