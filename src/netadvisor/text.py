"""One bilingual text type: every word a person reads exists in Dutch and English, picked by language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal, get_args

Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = get_args(Language)

PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
"""A token of a rule's message: ``{{`` or ``}}`` (a literal brace), ``{name}`` (a fact or conclusion, group 1), or
a brace that matches nothing (the loader refuses it, so advice never meets one)."""


CONTROL_CHARACTER = re.compile("[\x00-\x1f\x7f-\x9f]")
"""A control character (Unicode's category Cc): a tab or line break, or one a terminal takes as a command (an escape
sequence clears the screen or changes what the lines before it say)."""

LAID_OUT_BY = frozenset("\t\n\r")
"""The control characters a text a person writes may hold: those that lay it out."""


def list_index(text: str) -> int | None:
    """A place in a list as a path writes it ("2" in ``partners[2]``), in the digits 0 to 9 alone and short enough
    to read; else None. ``str.isdigit`` also takes "²", which ``int`` refuses: a helper's ``partners[²].kindd``
    raised a bare ValueError where it was no fact at all."""
    if text.isascii() and text.isdigit() and len(text) <= _INDEX_DIGITS:
        return int(text)
    return None


_INDEX_DIGITS = 18
"""The most digits :func:`list_index` reads: far beyond any list a case holds."""


def with_controls_shown(text: str) -> str:
    """``text`` with each control character written as an escape (``\\x1b``, ``\\n``): to say a value in a
    message of one line, which no terminal then takes as a command."""
    return CONTROL_CHARACTER.sub(lambda match: repr(match.group())[1:-1], text)


DOUBLE_QUOTES = frozenset('"“”„')
"""The marks that open or close a quotation of the guide in a rule's text (a single ' is also an apostrophe)."""


def unclosed_quote(text: str) -> int | None:
    """Where the double quotation mark stands that nothing closes, or None.

    A quotation of the guide stands between two of them; with an odd number one is left over. Paired in order
    it would be the last; read by where each stands, the first opening mark where a closing one is due (after a
    space, before a word) shows that the one before it was never closed: a rule-editing trial deleted the mark
    after "Maak zaken bespreekbaar. and was sent seven lines further, to a quotation that was closed."""
    marks = [index for index, char in enumerate(text) if char in DOUBLE_QUOTES]
    if not len(marks) % 2:
        return None
    opened: int | None = None
    for index in marks:
        if opened is None:
            opened = index
        elif _opens(text, index) and not _closes(text, index):
            return opened  # (a new quotation starts where this one should have ended)
        else:
            opened = None
    return opened if opened is not None else marks[-1]


def _opens(text: str, index: int) -> bool:
    before = text[index - 1] if index else " "
    after = text[index + 1 : index + 2] or " "
    return (before.isspace() or before in "([{:/—–-") and not after.isspace()


def _closes(text: str, index: int) -> bool:
    before = text[index - 1] if index else " "
    after = text[index + 1 : index + 2] or " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)]}…'")


# a number a text states (not a page "p. 237", a year 2008, a section §4.3)
_STATED_NUMBER = re.compile(r"(?<![\w.§])(?<!p\. )(?<!van de )(?<!of the )\d{1,2}(?![\w.,]\d)")


def stated_numbers(text: str) -> list[int]:
    """The small whole numbers ``text`` states, sorted, once each: what a policy value's explanation or a
    scenario's heading says of a threshold ("Met 4 van de 6", "houdt op bij 7"), without pages, years, sections or
    the whole a number is counted of ("van de 6": after governance_min_steun went from 3 to 4, "met 3 van de 4"
    passed as stating the new value, a rule-editing trial)."""
    return sorted({int(number) for number in _STATED_NUMBER.findall(text)})


def stated_number_places(text: str) -> list[tuple[int, int]]:
    """Each number :func:`stated_numbers` counts in ``text``, with where it starts, in order (a placeholder's own
    letters and digits left out)."""
    inside = [(found.start(), found.end()) for found in PLACEHOLDER.finditer(text)]
    return [
        (int(found.group(0)), found.start())
        for found in _STATED_NUMBER.finditer(text)
        if not any(start <= found.start() < end for start, end in inside)
    ]


def check_language(lang: object) -> Language:
    """``lang`` as a :data:`Language`, or a ValueError naming the languages there are."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: choose one of {', '.join(LANGUAGES)}")
    return lang


@dataclass(frozen=True, slots=True)
class Text:
    """A text in Dutch and English; ``{name}`` placeholders are filled by :meth:`format`."""

    nl: str
    en: str

    def pick(self, lang: Language) -> str:
        """The text in ``lang``."""
        return self.nl if lang == "nl" else self.en

    def format(self, **params: Any) -> Text:
        """The text with its placeholders filled; a parameter that is itself a Text is picked per language."""
        return Text(
            self.nl.format(**{key: value.nl if isinstance(value, Text) else value for key, value in params.items()}),
            self.en.format(**{key: value.en if isinstance(value, Text) else value for key, value in params.items()}),
        )

    def __add__(self, other: Text) -> Text:
        return Text(self.nl + other.nl, self.en + other.en)


def join(texts: list[Text], separator: Text) -> Text:
    """The texts one after the other, with ``separator`` between them."""
    return Text(separator.nl.join(text.nl for text in texts), separator.en.join(text.en for text in texts))


def text_json(text: Text) -> dict[str, str]:
    """A text as JSON carries it, ``{"nl": ..., "en": ...}``: the one shape of every bilingual text netadvisor writes
    (check --format json, batch error records, the analysis, a child run's results); :func:`json_text` reads it."""
    return {"nl": text.nl, "en": text.en}


def json_text(data: dict[str, str]) -> Text:
    """A text written by :func:`text_json`."""
    return Text(data["nl"], data["en"])
