"""A consultation: the questions the rules need for this case, one at a time, in the order of the guide.

The library asks through the functions it is given (``ask`` reads an answer, ``tell`` shows text), so it
never prints itself; the CLI passes the terminal's. Every question accepts "weet niet" / "don't know".
After each answer the rules run again, so questions that earlier answers made irrelevant are not asked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .advice import Advice
from .advisor import Advisor, Language
from .facts import FACTS, nest, parse_answer, value_label

_ORDER = {path: index for index, path in enumerate(FACTS)}  # the catalogue follows the guide's chapters


class Interrupted(Exception):
    """The person stopped (end of input or Ctrl-C); the answers so far are kept."""


@dataclass
class Consultation:
    """The answers given so far (fact path → value; None means "weet niet")."""

    answers: dict[str, Any] = field(default_factory=dict)

    def case(self) -> dict[str, Any]:
        return nest(self.answers)

    def case_file_data(self) -> dict[str, Any]:
        """The answers as a case file: "weet niet" is written out, so it reads back the same."""
        return nest({path: ("weet niet" if value is None else value) for path, value in self.answers.items()})


def next_question(advisor: Advisor, consultation: Consultation, lang: Language) -> tuple[str, Advice] | None:
    """The next fact to ask (the earliest in the guide's order that would change the advice), or None."""
    advice = advisor.advise(consultation.case(), lang=lang)
    open_facts = [q.fact for q in advice.questions
                  if q.fact not in consultation.answers and not FACTS[q.fact].computed and FACTS[q.fact].type != "text"]
    if not open_facts:
        return None
    return min(open_facts, key=_ORDER.__getitem__), advice


def consult(advisor: Advisor, ask: Callable[[str], str], tell: Callable[[str], None], lang: Language = "nl",
            consultation: Consultation | None = None) -> tuple[Consultation, Advice]:
    """Ask until no unknown fact would change the advice; return the answers and the final advice.

    Raises:
        Interrupted: when ``ask`` raises EOFError or KeyboardInterrupt; ``consultation`` keeps the answers.
    """
    consultation = consultation or Consultation()
    nl = lang == "nl"
    while (step := next_question(advisor, consultation, lang)) is not None:
        path, _advice = step
        spec = FACTS[path]
        choices = [value_label(value, lang) for value in spec.values] or (["een getal"] if nl else ["a number"])
        choices.append("weet niet" if nl else "don't know")
        while True:
            try:
                answer = ask(f"{spec.question(lang)} [{' / '.join(choices)}] ")
            except (EOFError, KeyboardInterrupt):
                raise Interrupted from None
            try:
                consultation.answers[path] = parse_answer(path, answer)
                break
            except ValueError:
                tell(("Dat antwoord ken ik niet. Kies een van: " if nl else "I do not know that answer. Choose one of: ")
                     + ", ".join(choices))
    return consultation, advisor.advise(consultation.case(), lang=lang)
