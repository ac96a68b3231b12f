"""A consultation: the question worth asking most, one at a time, until no answer can change the advice.

After every answer the advice is worked out again, so the next question is always the best one now (see
:mod:`questions` for the ranking), follow-up questions come once their first question is answered "ja", and
questions an answer made pointless are not asked. "weet niet" is always allowed; a question answered so is not
asked again. Each answer is checked when it is given: a wrong one is explained and asked again, and nothing
already answered is lost.

:class:`Consultation` is the step-by-step API (for a web form: ``next_question``, ``answer``); :func:`consult`
runs one through two functions it is given (``ask`` reads an answer, ``tell`` shows a text), so the library
never prints itself; the CLI passes the terminal's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, StrictBool, StrictInt, StrictStr, ValidationError

from .advice import Advice, Question
from .advisor import Advisor
from .answers import (
    NO_WORDS,
    NOT_DECIDED_WORDS,
    ROLE_PREFIX,
    UNKNOWN_LABEL,
    YES_WORDS,
    NotAnAnswer,
    checked_partner_names,
    is_partner_name,
    is_unknown_word,
    nobody_in_other_words,
    normal_word,
    parse_answer,
    partner_names,
    read_partner_names,
    value_text,
)
from .case import Case, count_written, nest, parse_case
from .casefile import read_case_file_as_written
from .casewriter import case_file_text
from .errors import CaseError, CaseProblem, NetadvisorError, format_path
from .facts import (
    PARTNER_ATTRIBUTES,
    PARTNER_COUNT,
    answered_not_known,
    answered_spec,
    case_in_words,
    catalogue_place,
    partner_answer,
    spec_of,
    stated_facts,
)
from .messages import word
from .questions import asked_with
from .render import question_prompt, question_reason
from .text import Language, Text, check_language
from .wording import fact_in_a_list, together

STOP_WORDS = frozenset({"stop", "klaar", "done", "quit"})
"""Answers that end the consultation (the advice so far is given)."""
BACK_WORDS = frozenset({"terug", "vorige", "back", "undo"})
"""Answers that take back the answer to the question before, which is then asked again."""
NAMES_AGAIN_WORDS = frozenset({"namen", "de namen", "names", "the names"})
"""To the number of organisations asked again beside too many names: the names were wrong, ask them again."""


class ConsultationInterrupted(Exception):
    """The person broke off (Ctrl-C); the answers so far are kept."""


class AnswerError(NetadvisorError, ValueError):
    """An answer that is not a possible answer to its question; ``text`` says why, in Dutch and English, and
    ``fact`` names the question's fact (a tool that takes several answers in one post knows which one failed)."""

    def __init__(self, text: Text, fact: str | None = None):
        self.text = text
        self.fact = fact
        # both languages, as a NotAnAnswer says it (a tester read English only from a Dutch consultation)
        super().__init__(text.nl + " / " + text.en)

    @property
    def path(self) -> str | None:
        """The question's fact, as every netadvisor error about one field names it (``UnknownFactError.path``,
        ``PartnerNotListedError.path``, ``StateError.path``, a ``CaseProblem``'s): a tool builder's form mapped
        errors to fields with six branches."""
        return self.fact

    def format(self, lang: Language = "en") -> str:
        """Why, in ``lang`` (as :meth:`CaseError.format`)."""
        return self.text.pick(lang)

    def __reduce__(self) -> tuple[Any, ...]:
        # whole across processes, as every netadvisor error: a worker's wrong answer broke a process pool
        return (type(self), (self.text, self.fact))


class StateError(NetadvisorError, ValueError):
    """A consultation's saved state (:meth:`Consultation.state`) that cannot be used: not a state, another version,
    or answers that make no valid case. A web tool keeps the state with its users, so what comes back is input like
    any other: a NetadvisorError (a tool builder's handler of those let a bare ValueError through), and a ValueError
    as before.

    Attributes:
        where: the place in the state ("state", "version", "answers", "history[3]", "answers.governance").
        reason: what is wrong there, in English (the state is a program's, not a person's).
        problems: where the answers make no valid case, the :class:`CaseError`'s problems (each with its field);
            else empty.
    """

    def __init__(self, where: str, reason: str, problems: tuple[CaseProblem, ...] = ()):
        self.where = where
        self.reason = reason
        self.problems = problems
        super().__init__(f"not a consultation's state: {where}: {reason}")

    @property
    def path(self) -> str:
        """Where in the state, as the other errors name their field (see :attr:`AnswerError.path`)."""
        return self.where

    def format(self, lang: Language = "en") -> str:
        """Why (in English whatever ``lang``: see ``reason``), as the other errors' ``format``."""
        check_language(lang)
        return str(self)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.where, self.reason, self.problems))


_STATE_MODEL = re.compile(r"(?:a valid dictionary or )?instance of _\w+")
"""A state's own model, as pydantic names it in a message ("Input should be a valid dictionary or instance of
_SavedState"): said as "a state"."""


class MorePartnersThanCounted(AnswerError):
    """Partners named beyond the number of organisations answered before (or in the case file): one of the two
    answers is wrong, and only the person knows which. :func:`consult` asks the number again; a caller of
    :meth:`Consultation.answer` can do the same: answer ``governance.partner_count`` anew (at least ``listed``,
    or "weet niet"), then the names. Its ``fact`` is the answer that was refused: the partner list, or the number
    (a tool builder's form marked the list where the number was just filled in)."""

    def __init__(self, text: Text, counted: int, listed: int, fact: str = "partners"):
        super().__init__(text, fact)
        self.counted = counted
        self.listed = listed

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.text, self.counted, self.listed, self.fact))


STATE_VERSION = 1
"""The version of :meth:`Consultation.state`'s data."""


_Answers = dict[str, StrictBool | StrictInt | StrictStr | list[StrictStr] | None]


class _Held(BaseModel):
    model_config = ConfigDict(extra="forbid")

    answers: _Answers  # (of a step: those before it that differ from those after it)
    list_not_known: StrictBool
    partners_all_named: StrictBool


class _Step(_Held):
    """One step :meth:`Consultation.undo` can take back, as :func:`_step_of` keeps it."""

    fact: StrictStr
    added: list[StrictStr]
    asked_added: list[StrictStr]
    asked_before: list[StrictStr]


class _SavedState(_Held):
    """:meth:`Consultation.state`, as :meth:`Consultation.from_state` checks it."""

    version: StrictInt
    lang: Language
    asked_here: list[StrictStr]
    asked_again: list[StrictStr]
    history: list[_Step]


def _step_of(
    answers: Mapping[str, Any], asked: frozenset[str], after: Mapping[str, Any], asked_after: frozenset[str]
) -> dict[str, Any]:
    """What a step changed, kept to go back over it: the answers before it that differ from those after it, the
    facts answered after it that it had not (``added``), and the same of the facts asked here."""
    return {
        "answers": {path: value for path, value in answers.items() if path not in after or after[path] != value},
        "added": sorted(path for path in after if path not in answers),
        "asked_added": sorted(asked_after - asked),
        "asked_before": sorted(asked - asked_after),
    }


def _answered_key(fact: str, value: Any) -> tuple[str, str, Any]:
    """An answer as a set holds it (a list as a tuple; a type apart: True and 1 are equal keys)."""
    return fact, type(value).__name__, tuple(value) if isinstance(value, list) else value


_State = tuple[str, dict[str, Any], frozenset[str], bool, bool]
"""A fact answered, and the answers, the facts asked here, whether the list's rest is unknown and whether the
partners named are all, as they were before it (see :meth:`Consultation.undo`)."""


class Consultation:
    """The answers given so far, and what to ask next.

    Args:
        advisor: gives the advice after each answer.
        lang: the language of questions and advice.
        answers: answers already given (fact path → value; None means "weet niet"); e.g. from an earlier session.
        ask_again: ask once more each of ``answers`` that is "weet niet", where an answer can still change the
            advice (ranked as any question; "weet niet" again keeps it so): for a person who has come to know some
            of them since.

    Raises:
        UnknownFactError: (a KeyError) for an answer to something that is no fact a person answers.
        AnswerError: for an answer about a partner the partner list does not name.
        CaseError: when the answers do not make a valid case (each wrong value, by its path).
    """

    def __init__(
        self,
        advisor: Advisor,
        lang: Language = "nl",
        answers: Mapping[str, Any] | None = None,
        *,
        ask_again: bool = False,
    ):
        self.advisor = advisor
        if not isinstance(lang, str):
            # a case in the place of the language (a tool builder's Consultation(advisor, case), a mapping, a Case or
            # a read case file): said so, not "unknown language {'title': …}" or the whole case printed
            raise ValueError(
                f"the language is nl or en, not a {type(lang).__name__} (choose one of nl, en): a case goes in as "
                "the answers, by fact path, Consultation(advisor, answers=answers_of(case))"
            )
        self.lang: Language = check_language(lang)  # here, not at the first question
        self.answers: dict[str, Any] = {}
        # checked here, as answer() checks one: a misspelt fact, a wrong value or a partner the list does not name
        # came out only later, or never (a tool builder)
        for fact, value in (answers or {}).items():
            answered_spec(fact)
            self.answers[fact] = _as_answered(fact, value)
        for fact in list(self.answers):
            if self.answers[fact] is _NO_ANSWER:
                del self.answers[fact]
            else:
                _check_partner_listed(fact, self.answers)
        parse_case(_as_case(self.answers))
        self._advice: Advice | None = None
        # the partner list of a case that leaves partners out is asked once here, though the case gives one; its
        # "weet niet" keeps the list (the names and their answers) and is kept apart
        self._asked_here: set[str] = set()
        self._list_not_known = False
        self.asked_again = (
            frozenset(path for path, value in self.answers.items() if value is None) if ask_again else frozenset()
        )
        """The answers "weet niet" given before that are asked once more (see ``ask_again``)."""
        # the partners named here are all (a person said so): their number is the list's, not asked
        self._partners_all_named = False
        # before each answer recorded: its fact and what the consultation held then (see undo)
        self._history: list[_State] = []

    def undo(self) -> str | None:
        """Take back the last answer recorded (:meth:`answer`), as if it was never given: the fact whose answer
        it was (its question can be asked again), or None when there is none. The answers given beforehand
        (``answers``) are not taken back: they are the case the consultation began with."""
        if not self._history:
            return None
        fact, answers, asked_here, list_not_known, all_named = self._history.pop()
        self.answers, self._asked_here, self._list_not_known = answers, set(asked_here), list_not_known
        self._partners_all_named = all_named
        self._advice = None
        return fact

    def _state(self, fact: str) -> _State:
        """What the consultation holds now, kept before an answer to ``fact`` (see :meth:`undo`)."""
        return fact, dict(self.answers), frozenset(self._asked_here), self._list_not_known, self._partners_all_named

    def _undo_to(self, recorded: int) -> None:
        """Take back every answer recorded after the first ``recorded`` (one question's, with what followed it)."""
        while len(self._history) > recorded:
            self.undo()

    def state(self) -> dict[str, Any]:
        """All the consultation holds, as plain data (JSON's types): for a tool that keeps no object between two
        requests (a web form), :meth:`from_state` makes the same consultation again, which asks what this one
        would ask next and takes back (:meth:`undo`) what this one would. Rebuilt from its answers alone
        (:meth:`case`), a consultation with partners named and their number still to be asked took the list for
        the whole network and asked something else (a tool builder's replay went its own way there).

        Each step :meth:`undo` can take back holds only what it changed (see :func:`_step_of`): the state grows
        with the answers, not with their square (73 answers kept whole at each step made 211 kB: a tool builder)."""
        steps: list[dict[str, Any]] = []
        after, asked_after = self.answers, frozenset(self._asked_here)
        for fact, answers, asked_here, list_not_known, all_named in reversed(self._history):
            steps.append(
                {
                    "fact": fact,
                    **_step_of(answers, asked_here, after, asked_after),
                    "list_not_known": list_not_known,
                    "partners_all_named": all_named,
                }
            )
            after, asked_after = answers, asked_here
        steps.reverse()
        return {
            "version": STATE_VERSION,
            "lang": self.lang,
            "answers": dict(self.answers),
            "asked_here": sorted(self._asked_here),
            "list_not_known": self._list_not_known,
            "partners_all_named": self._partners_all_named,
            "asked_again": sorted(self.asked_again),
            "history": steps,
        }

    @classmethod
    def from_state(cls, advisor: Advisor, state: Mapping[str, Any]) -> Consultation:
        """The consultation :meth:`state` gave (with ``advisor``, which may have been reloaded since: its answers,
        and those of every step :meth:`undo` can go back to, are checked as the constructor checks answers).

        Raises:
            StateError: (a NetadvisorError and a ValueError) for data that is no consultation's state (a field
                missing or of another type, another version, a fact no person answers, answers that make no valid
                case, now or at an earlier step): one error for a state that cannot be used, which says what is
                wrong and where (the error it comes from is its ``__cause__``; a case's problems are its
                ``problems``).
        """
        try:
            saved = _SavedState.model_validate(state)
        except ValidationError as error:
            # each place as the other errors write it ("history[0].fact"), and no model's name (a tool builder read
            # "instance of _SavedState")
            said = [
                (format_path(item["loc"]) or "state", _STATE_MODEL.sub("a state", item["msg"]))
                for item in error.errors()
            ]
            wrong = "; ".join(f"{where}: {message}" for where, message in said)
            raise StateError(said[0][0], wrong.removeprefix(f"{said[0][0]}: ")) from None
        if saved.version != STATE_VERSION:
            raise StateError("version", f"a state of version {saved.version}; this netadvisor reads {STATE_VERSION}")
        where = "answers"
        try:
            consultation = cls(advisor, saved.lang, saved.answers)
            where = "asked_here"  # (a fact no person answers there was said to be in the answers: a tool builder)
            for fact in (*saved.asked_here, *saved.asked_again):
                answered_spec(fact)
            # the answers checked as a case so far: a step that restores none other needs no check of its own (most
            # steps take an answer away; checking each whole cost a 71-answer state 0.2 s)
            checked = {_answered_key(*item) for item in consultation.answers.items()}
            history: list[_State] = []
            after, asked_after = consultation.answers, frozenset(saved.asked_here)
            for number in range(len(saved.history) - 1, -1, -1):
                step = saved.history[number]
                where = f"history[{number}]"
                # what a step added is among the answers after it: a state whose answers were edited beside its
                # history took back, with undo(), a fact no longer answered (a tool builder)
                missing = [path for path in step.added if path not in after]
                if missing:
                    raise ValueError(f"adds {', '.join(missing)}, which the answers after it do not hold")
                answers = {path: value for path, value in after.items() if path not in step.added}
                answers.update(step.answers)
                if not {_answered_key(*item) for item in step.answers.items()} <= checked:
                    answers = cls(advisor, saved.lang, answers).answers  # (checked, read as the constructor reads)
                    checked |= {_answered_key(*item) for item in answers.items()}
                asked_here = (asked_after - set(step.asked_added)) | set(step.asked_before)
                for fact in (step.fact, *step.asked_added, *step.asked_before):
                    answered_spec(fact)
                history.append((step.fact, answers, asked_here, step.list_not_known, step.partners_all_named))
                after, asked_after = answers, asked_here
        except (KeyError, NetadvisorError, ValueError) as error:
            reason = error.args[0] if isinstance(error, KeyError) and error.args else str(error)
            problems = tuple(error.problems) if isinstance(error, CaseError) else ()
            raise StateError(where, reason, problems) from error
        consultation._asked_here = set(saved.asked_here)
        consultation._list_not_known = saved.list_not_known
        consultation._partners_all_named = saved.partners_all_named
        consultation.asked_again = frozenset(saved.asked_again)
        consultation._history = history[::-1]
        return consultation

    def case(self) -> dict[str, Any]:
        """The answers as a case mapping (the partner list as partners with their names), each "weet niet" written
        out: ``advise(consultation.case())`` is :meth:`advice` (a None there is not known, not answered so: a tool
        builder's was asked the question again, and its follow-up hidden)."""
        return _as_case({path: UNKNOWN_LABEL.nl if value is None else value for path, value in self.answers.items()})

    def case_file_data(self) -> dict[str, Any]:
        """The answers as a case file, in the consultation's language as a person writes it (Dutch choices by
        their Dutch name, ja/nee); "weet niet" is written out, so it reads back the same."""
        written: dict[str, Any] = case_in_words(
            _as_case({path: ("weet niet" if value is None else value) for path, value in self.answers.items()}),
            self.lang,
        )
        return written

    def case_file_text(self, based_on: str | None = None) -> str:
        """The answers as a case file's YAML text (:meth:`case_file_data`). With ``based_on``, the text of the case
        file the consultation went on with: that text, its comments, order and layout kept, with only what the
        answers changed written anew (the plain text where that cannot be done exactly)."""
        return case_file_text(self.case_file_data(), based_on, self.lang)

    @property
    def not_known(self) -> frozenset[str]:
        """The facts answered "weet niet": not asked again, and still open in the advice (the reports say so: pass
        this as ``not_known`` to :func:`advice_text`, :func:`advice_markdown` or :func:`advice_html`)."""
        unknown = {path for path, value in self.answers.items() if value is None}
        return frozenset(unknown | ({"partners"} if self._list_not_known else set()))

    def advice(self) -> Advice:
        """The advice on the answers so far."""
        if self._advice is None:
            self._advice = self.advisor.advise(_as_case(self.answers), lang=self.lang, not_known=self.not_known)
        return self._advice

    def next_question(self) -> Question | None:
        """The most useful question not asked yet, or None when no answer can change the advice any more. The
        partner list of a case that gives fewer partners than its number is asked once, for the others (a policy
        officer's consultation never asked it, and its advice then ranked it fifth); so it is after partners named
        here and their number answered after them.

        Partners named while their number was never answered, here or in the answers it went on with (a case file
        that lists partners and leaves the number out): the number is asked next, where it can change the advice
        ("minstens 3": as many as named if they are all, "weet niet" if that is not known). Until it is answered the
        list counts as the whole network, as a case file's does when advised (a tool builder's form decided the
        governance mode on three names, not knowing whether more would come; ``netadvisor consult`` asks "Zijn
        dit alle partners?"; a policy officer went on with her file of the two partners she knew and was never
        asked whether there were more)."""
        counted = self._count_beside_list()
        if counted is not None:
            return counted
        others = self._others_not_asked()
        open_questions = [
            q
            for q in self.advice().questions
            if q.fact not in self.answers
            or ((q.fact == "partners" or q.fact in self.asked_again) and q.fact not in self._asked_here)
            or (q.fact == "partners" and others)
        ]
        if not open_questions:
            return None
        # a group a report asks as one question (the five roles, each partner's kind) is asked through, most useful
        # first, before another: a policy officer was asked one role, then two partners' kinds and the goal, then
        # the other roles
        group = asked_with(self._history[-1][0]) if self._history else None
        return next((q for q in open_questions if group is not None and q.asked_with == group), open_questions[0])

    def _others_not_asked(self) -> bool:
        """Whether the partners were named here before their number was answered, and not asked since: the others
        ("Wie zijn de andere 8?") are asked once. A tool builder's consultation never asked them, while its advice
        listed them as open (the same answers given at the start asked them)."""
        facts = [step[0] for step in self._history]
        if PARTNER_COUNT not in facts or "partners" not in facts or not self.answers.get("partners"):
            return False
        return facts[::-1].index(PARTNER_COUNT) < facts[::-1].index("partners")  # (the number answered after the list)

    def _count_beside_list(self) -> Question | None:
        """The number of organisations, asked beside partners named while it was never answered (see
        :meth:`next_question`), where an answer to it can change the advice."""
        if not self.answers.get("partners") or PARTNER_COUNT in self.answers or self._partners_all_named:
            return None
        open_count = dict(self.answers)
        open_count[PARTNER_COUNT] = None
        advice = self.advisor.advise(_as_case(open_count), lang=self.lang, not_known=self.not_known)
        question = next((q for q in advice.questions if q.fact == PARTNER_COUNT), None)
        # (left open here, not answered "weet niet": a tool builder's form said "you answered 'weet niet'" to a
        # person never asked)
        return question.model_copy(update={"answered_not_known": False}) if question is not None else None

    def answer(self, fact: str, text: str | bool | int | float | Sequence[str] | None) -> None:
        """Record the answer ``text`` to the question about ``fact``: what a person types ("12", "ja", "Geel,
        Mol", "weet niet"), or the value of one of the question's choices as a program has it
        (``Choice.value``: True, "high"; a number; None for "weet niet"). A float is read as a case reads it: 12.0
        is 12, 12.5 no whole number (JSON of a web form may write either). The partner list may also be a list of
        names, each kept whole ("Stad Antwerpen, dienst wonen"), as a case and :meth:`Advisor.what_if` take it.

        The partner list adds: names not listed yet come after the partners listed before, who keep their places
        and answers (a consultation removes no partner; the case file does). "weet niet" to it keeps the list.

        Raises:
            AnswerError: when it is not a possible answer, or makes the case invalid; nothing is recorded.
            UnknownFactError: (a KeyError) when ``fact`` is no fact a case states (it names the closest that is).
            TypeError: when ``text`` is none of these (a tool passing a list got Python's own error from deep
                inside the parsing), or a list for another fact than the partner list.
        """
        answered_spec(fact)
        names_apart: list[str] | None = None  # the partner list given as a list: each name kept whole
        if fact == "partners" and isinstance(text, list | tuple):
            if not all(isinstance(name, str) for name in text):
                raise TypeError(
                    "an answer is the text a person types; a partner list given as a list holds names, each a str"
                )
            names_apart = [str(name) for name in text]
            text = ""
        if text is None or isinstance(text, bool | int | float):  # (typed as a person would: bool is an int, first)
            if isinstance(text, float) and text.is_integer():
                text = int(text)  # (a case takes 12.0 as 12: a tool builder's form was refused it here)
            text = value_text(text).nl if text is None or isinstance(text, bool) else str(text)
        if not isinstance(text, str):
            raise TypeError(
                f"an answer is the text a person types (a str such as '12') or a choice's value, not "
                f"{type(text).__name__} (a list only of the partners' names)"
            )
        before = self._state(fact)
        listed = self.answers.get("partners")
        if names_apart is None:
            # (the number beside a list: at least the partners listed, as its question says)
            value = _read(fact, text, len(listed) if fact == PARTNER_COUNT and isinstance(listed, list) else 0)
        else:  # (a name with a comma could not be given: a tool builder)
            try:
                value = checked_partner_names(names_apart)
            except NotAnAnswer as refused:
                raise AnswerError(refused.text, fact) from None
        _check_partner_listed(fact, self.answers)
        if fact == "partners" and isinstance(listed, list):
            if value is None:  # the others are not known: the partners named stay, with their answers
                self._history.append(before)
                self._asked_here.add(fact)
                self._list_not_known = True
                self._advice = None
                return
            trial = _with_partners(self.answers, listed, value)
        else:
            trial = dict(self.answers)
            trial[fact] = value
        try:
            parse_case(_as_case(trial))
        except CaseError as error:
            over = next((p for p in error.problems if p.code == "partner-count-below-list"), None)
            if fact in ("partners", PARTNER_COUNT) and over is not None:
                # the case's tip, "leave the count out", cannot be done in a consultation: say what can
                raise MorePartnersThanCounted(
                    word("answer-partners-over-count", **over.params),
                    counted=int(over.params["partner_count"]),
                    listed=int(over.params["listed"]),
                    fact=fact,
                ) from None
            # each problem's words on one line, without its path (the answer's own) and with its tip in brackets: a
            # web form showed "governance.partner_count: … \n      tip: …" beside its field (a tool builder)
            problems = Text(
                *(
                    "; ".join(
                        problem.message_in(lang) + (f" ({problem.hint.pick(lang)})" if problem.hint else "")
                        for problem in error.problems
                    )
                    for lang in ("nl", "en")
                )
            )
            raise AnswerError(word("answer-invalid", problems=problems), fact) from None
        self._history.append(before)
        self.answers = trial
        self._asked_here.add(fact)
        if fact == "partners":
            self._list_not_known = False
            self._partners_all_named = False  # (more names: whether they are all is asked anew)
        self._advice = None

    def partners_all_named(self) -> None:
        """Say that the partners named are all the network's: their number is the list's, not asked (as the answer
        "ja" to "Zijn dit alle partners?" in ``netadvisor consult``); a number answered before gives way to it.
        :meth:`undo` takes it back, as an answer.

        Raises:
            ValueError: when no partner is named.
        """
        if not self.answers.get("partners"):
            raise ValueError("no partners are named: answer 'partners' first")
        self._history.append(self._state("partners"))
        self.answers.pop(PARTNER_COUNT, None)  # (the list gives it: a tool builder's 5 beside three all named stayed)
        self._partners_all_named = True
        self._advice = None


_NO_ANSWER = object()
"""An empty text among a consultation's answers: a field nobody touched, not "weet niet" (see _keep_not_known)."""


def _as_answered(fact: str, value: Any) -> Any:
    """An answer given beforehand as answer() records it typed: "weet niet" (any capitals) as None, "Hoog" as
    "high", "ja" as True (a tool builder's stored "weet niet" stayed text, so the question it decides was never
    asked and the report did not say it was answered so). A text that is no answer is left for the case to refuse
    with every other problem, by its path."""
    if not isinstance(value, str):
        return value
    if not value.strip():
        return _NO_ANSWER
    try:
        return _read(fact, value)
    except AnswerError:
        return value


def _check_partner_listed(fact: str, answers: Mapping[str, Any]) -> None:
    """Refuse an answer about a partner the partner list of ``answers`` does not name: kept, it would wait unseen
    and come to whichever partner is named there later (a tool builder)."""
    place = partner_answer(fact)
    listed = answers.get("partners")
    count = len(listed) if isinstance(listed, list) else 0
    if place is not None and place[0] >= count:
        raise AnswerError(word("answer-no-such-partner", path=fact, count=count), fact)


def _with_partners(answers: Mapping[str, Any], listed: list[str], names: list[str]) -> dict[str, Any]:
    """``answers`` with the partners ``names`` answered beside those ``listed``: the partners named before stay in
    their places with their answers, and a name not among them is a new partner after them. The question asks for
    every partner; a person who names only the others, or all in another order, loses nobody and no answer."""
    merged = list(listed)
    folded = {normal_word(name) for name in listed}  # (as the case tells two names apart)
    for name in names:
        if normal_word(name) not in folded:
            merged.append(name)
            folded.add(normal_word(name))
    trial = dict(answers)
    trial["partners"] = merged
    return trial


def _read(fact: str, text: str, minimum: int = 0) -> Any:
    spec = spec_of(fact)
    if spec.type == "partners":
        if is_unknown_word(text):
            return None
        try:
            return read_partner_names(text)
        except NotAnAnswer as refused:
            raise AnswerError(refused.text, fact) from None
    try:
        return parse_answer(spec, text, minimum)
    except NotAnAnswer as refused:  # (with the hint a case file gives for a misspelt choice: "efectiviteit")
        raise AnswerError(refused.text, fact) from None


_AND = re.compile(r"\s+en\s+", re.IGNORECASE)
"""Between two names in a Dutch list ("Geel, Mol en Dessel"), and inside many one organisation's name ("Vereniging
van Vlaamse Steden en Gemeenten"): only the person can tell (see :func:`_names_confirmed`)."""


def _names_confirmed(
    text: str, ask: Callable[[str], str], tell: Callable[[str], None], lang: Language
) -> tuple[str, bool]:
    """The partner list a person typed, with each name that holds "en" asked about: one partner, or several ("Stad
    Geel, Gemeente Mol en OCMW Geel" became two partners, the second "Gemeente Mol en OCMW Geel", and the warning
    that the network counts 2; a consultation removes no partner, so it could not be put right: a tool builder).
    Enter, "ja" or "weet niet" keeps the name as typed, "nee" splits it; anything else is asked again (a policy
    officer's "misschien" and "n" were taken for "ja"). Beside it, whether the person stopped ("klaar"): the names
    are kept as typed from there on, and recorded before the consultation ends."""
    if is_unknown_word(text) or not partner_names(text):
        return text, False  # (";;;" names nobody: refused as such, where joined it was "", "weet niet")
    names: list[str] = []
    stopped = False
    for name in partner_names(text):
        parts = [part.strip() for part in _AND.split(name) if part.strip()]
        if len(parts) > 1 and not stopped:
            # a split that gives no names ("Gemeente en OCMW Grobbendonk": 'Gemeente' is none) is not offered: "nee"
            # to it was refused, "Geen naam van een partner: 'Gemeente'", and the whole list was to be typed again (a
            # policy officer); "nee" asks for the names instead
            split = all(map(is_partner_name, parts))
            quoted = together([word("quoted", value=part) for part in parts])
            prompt = (
                word("ask-one-partner", name=name, count=len(parts), parts=quoted)
                if split
                else word("ask-one-partner-or-names", name=name)
            ).pick(lang)
            named: list[str] = []
            while True:
                try:
                    typed = ask(prompt)
                except EOFError:  # (the answers ran out: as after "klaar", the names as typed)
                    tell(word("consult-input-ended").pick(lang))
                    typed = "klaar"
                reply = _choice_word(typed, prompt)
                if reply is not None:
                    _back(reply)
                    stopped = reply in STOP_WORDS
                    if stopped or not reply or reply in YES_WORDS or (reply in NO_WORDS and split):
                        break
                elif named := _names_instead(typed):
                    break  # (the names typed in its place: taken at either prompt, as the other one offers it)
                said = (
                    word("answer-one-partner", count=len(parts))
                    if split
                    else word("answer-one-partner-or-names", name=name)
                )
                tell(said.pick(lang))
            if named or (reply in NO_WORDS and split):
                names.extend(named or parts)
                continue
        names.append(name)
    # one partner typed twice is taken once, and said: the case refuses a list that names it twice, and the whole
    # list was to be typed again after its splits were asked (a policy officer)
    kept: dict[str, str] = {}
    for name in names:
        key = normal_word(name)
        if key in kept:
            tell(word("consult-partner-twice", name=name, first=kept[key]).pick(lang))
        else:
            kept[key] = name
    return ", ".join(kept.values()), stopped


def _names_instead(typed: str) -> list[str]:
    """The names typed in place of one that held "en" (see :func:`_names_confirmed`): two or more, separated; none
    where they are no list of partners' names (one word, "misschien", is no answer to the prompt: asked again)."""
    try:
        names = read_partner_names(typed)
    except NotAnAnswer:
        return []
    return names if len(names) > 1 else []


def answers_of(case: Case | Mapping[str, Any]) -> dict[str, Any]:
    """What a case states, as a consultation's answers (fact path → value): to go on with a case. A case given
    as a mapping (a form's JSON) keeps each fact it answers "weet niet" as answered (None), as
    :func:`case_file_answers` does for a file: a :class:`Case` cannot tell those from facts it does not mention,
    and a consultation would ask them again (a tool builder's did).

    Raises:
        CaseError: for a mapping that is not a valid case.
    """
    if isinstance(case, Case):
        return _answers_stated(case)
    parsed = parse_case(case)
    answers = _answers_stated(parsed, count_written(case))
    _keep_not_known(answers, answered_not_known(parsed, case))
    return answers


def _answers_stated(case: Case, count_stated: bool = False) -> dict[str, Any]:
    """What ``case`` states, as a consultation's answers. ``count_stated``: the case as written gives its number of
    organisations itself (see :func:`~netadvisor.case.count_written`), which is then an answer, also where it is as
    many as the partners listed."""
    answers = stated_facts(case)
    if case.partners and answers.get(PARTNER_COUNT) == len(case.partners) and not count_stated:
        # the count the list gives (the case derives it): saved, it would break the file once a partner is added
        # (one the file states is the person's answer: left out, a consultation went on with that file asked it
        # again, and its Enter, "weet niet", overwrote it: a policy officer's trial)
        del answers[PARTNER_COUNT]
    elif case.list_may_be_incomplete:
        # beside a list the case keeps a count unknown only when it was answered so: left out, the list would
        # give it (a tester's consultation went on with "weet niet" as 3, and a settled governance mode)
        answers[PARTNER_COUNT] = None
    if case.partners:
        answers["partners"] = [partner.name for partner in case.partners]
        for index, partner in enumerate(case.partners):
            for attribute in PARTNER_ATTRIBUTES:
                value = getattr(partner, attribute)
                if value is not None:
                    answers[f"partners[{index}].{attribute}"] = value
    return answers


def case_file_answers(path: str | Path) -> dict[str, Any]:
    """What a case file states, as a consultation's answers, with every fact it answers "weet niet" kept as
    answered (None): the case itself cannot tell those from facts it does not mention, and going on with the
    file would ask them again and save it without them.

    Raises:
        CaseError: when the file is not a valid case (as :func:`~netadvisor.load_case_file`).
    """
    case_file, written = read_case_file_as_written(path)
    answers = _answers_stated(case_file.case, count_written(written))
    _keep_not_known(answers, case_file.not_known)
    return answers


def _keep_not_known(answers: dict[str, Any], not_known: frozenset[str]) -> None:
    """Add to ``answers`` each fact of ``not_known`` (answered "weet niet", see :func:`answered_not_known`) as
    answered: None."""
    for path in sorted(not_known, key=catalogue_place):  # (in the catalogue's order: a set has none of its own)
        answers.setdefault(path, None)


def _as_case(answers: Mapping[str, Any]) -> dict[str, Any]:
    flat = {path: value for path, value in answers.items() if path != "partners" and not path.startswith("partners[")}
    case = nest(flat)
    names = answers.get("partners")
    if isinstance(names, list):
        partners: list[dict[str, Any]] = [{"name": name} for name in names]
        for path, value in answers.items():
            place = partner_answer(path)
            if place is not None and place[0] < len(partners):
                partners[place[0]][place[1]] = value
        case["partners"] = partners
    elif isinstance(names, str):
        # the list itself answered "weet niet" and written out (case(), case_file_data): a case file reads it back
        # so (left out, a policy officer's saved consultation lost that answer and asked the list again)
        case["partners"] = names
    return case


def _as_said(value: Any) -> Text:
    """An answer as a person reads it back: "hoog", "ja", "12", "Geel, Mol", "weet niet"."""
    if isinstance(value, list):
        joined = ", ".join(map(str, value))
        return Text(joined, joined)
    return value_text(value)


def consult(
    advisor: Advisor,
    ask: Callable[[str], str],
    tell: Callable[[str], None],
    lang: Language = "nl",
    consultation: Consultation | None = None,
    *,
    ask_title: bool = False,
) -> tuple[Consultation, Advice]:
    """Ask until no answer can change the advice, or the person says "stop" or the input ends (``ask`` raises
    EOFError: answers piped from a file ran out, or Ctrl-D); return the answers and the advice.

    Args:
        ask_title: first ask what the case is called, when it has no title (an empty answer or "weet niet"
            leaves it without one). The command line always asks it, typed or piped alike.

    Raises:
        ConsultationInterrupted: when ``ask`` raises KeyboardInterrupt; ``consultation`` keeps the answers.
    """
    consultation = consultation or Consultation(advisor, lang)
    tell(word("consult-how").pick(lang))
    # a case answered "weet niet" before is not asked it again: say so, or a person waits for it in vain (a
    # policy officer went on with a case file and looked for the rationale she had come to know)
    not_known = consultation.not_known
    already = list(dict.fromkeys([*(path for path in consultation.answers if path in not_known), *not_known]))
    if already:
        # the most useful first, as the questions rank them (a policy officer who had since come to know the ratio
        # found it in the middle of the list, her consultation starting elsewhere; sorted stably: the rest as the
        # case has them)
        rank = {question.fact: question.rank for question in consultation.advice().questions}
        already.sort(key=lambda path: rank.get(path, len(rank) + 1))
        partners = _as_case(consultation.answers).get("partners") or []
        names = []
        for path in already:
            place = partner_answer(path)
            name = fact_in_a_list(path)  # (as the reports list what is still to find out)
            if place is not None and place[0] < len(partners) and partners[place[0]].get("name"):
                name = word("for-partner", question=name, partner=partners[place[0]]["name"])
            names.append(name)
        again = all(path in consultation.asked_again for path in already)
        if len(names) > _NOT_KNOWN_NAMED:
            # (some eighty in one line could not be read: a policy officer; the first few, and how many more)
            names = [*names[: _NOT_KNOWN_NAMED - 1], word("and-more-facts", count=len(names) - _NOT_KNOWN_NAMED + 1)]
        tell(word("consult-not-known-again" if again else "consult-not-known-before", facts=together(names)).pick(lang))
    # per question answered here: the answers recorded before it, and its fact ("terug" takes it back)
    steps: list[tuple[int, str]] = []
    nothing_to_undo = _nothing_to_undo(consultation)
    if ask_title and consultation.answers.get("title") is None:  # no rule needs it; a report for a meeting does
        steps.append((len(consultation._history), "title"))
        if not _title_asked(consultation, ask, tell, lang):
            return consultation, consultation.advice()
    taken_back: str | None = None  # the fact whose answer was taken back: asked next
    while (question := _asked_next(consultation, taken_back)) is not None:
        taken_back = None
        recorded = len(consultation._history)
        reason = question_reason(question, lang)
        if reason:
            tell(reason)
        while True:
            try:
                text = ask(question_prompt(question, lang))
            except EOFError:  # the answers ran out: the advice on those given, as after "klaar"
                tell(word("consult-input-ended").pick(lang))
                return consultation, consultation.advice()
            except KeyboardInterrupt:
                raise ConsultationInterrupted from None
            if normal_word(text) in STOP_WORDS:
                return consultation, consultation.advice()
            if normal_word(text) in BACK_WORDS:
                if not steps:
                    tell(nothing_to_undo.pick(lang))
                    continue
                # (a policy officer who typed a wrong answer had to end, edit the file and start again)
                recorded, taken_back = steps.pop()
                answered, was = taken_back in consultation.answers, consultation.answers.get(taken_back)
                consultation._undo_to(recorded)
                # (the question itself follows: named, it nested quotes; what was answered is said, a policy
                # officer who went back did not see what she had typed)
                if answered:
                    tell(word("consult-undone-was", answer=_as_said(was)).pick(lang))
                else:
                    tell(word("consult-undone").pick(lang))
                if taken_back == "title":  # (asked by the consultation, not by the rules: a tester's could not go back)
                    steps.append((recorded, "title"))
                    taken_back = None
                    if not _title_asked(consultation, ask, tell, lang):
                        return consultation, consultation.advice()
                    recorded = len(consultation._history)
                    continue
                break
            try:
                stopped = False
                if question.fact == "partners":
                    try:
                        text, stopped = _names_confirmed(text, ask, tell, lang)
                    except KeyboardInterrupt:
                        # the names as typed are kept, whether they are all not said (a tester lost them here)
                        _keep_typed(consultation, text)
                        raise ConsultationInterrupted from None
                try:
                    consultation.answer(question.fact, text)
                    if question.fact.startswith(ROLE_PREFIX) and nobody_in_other_words(text):
                        # "nog te bepalen" means "weet niet" in every other field: for a role it is "niemand", and a
                        # warning; said at once, with the way back (a policy officer found it only in the handout)
                        tell(word("consult-read-as-nobody", answer=text.strip()).pick(lang))
                    elif normal_word(text) in NOT_DECIDED_WORDS:
                        recorded_as = (
                            "consult-read-as-not-known-yes-no"
                            if question.answer.kind == "yes_no"
                            else "consult-read-as-not-known"
                        )
                        tell(word(recorded_as, answer=text.strip()).pick(lang))
                    if stopped:
                        _leave_number_open(consultation)
                        return consultation, consultation.advice()
                    if (
                        question.fact == "partners"
                        and PARTNER_COUNT not in consultation.answers
                        and not is_unknown_word(text)
                    ):
                        try:
                            if not _asked_whether_all(consultation, ask, tell, lang):
                                return consultation, consultation.advice()
                        except KeyboardInterrupt:
                            raise ConsultationInterrupted from None
                    break
                except MorePartnersThanCounted as over:
                    if stopped:  # ("klaar" while the names were confirmed: they are kept, as after "klaar" below)
                        _keep_names(consultation, over, question.fact, text, tell, lang)
                        return consultation, consultation.advice()
                    # a tester answered 2 organisations, then named 3 partners, and was told to leave one out: the
                    # number is asked again, and the names kept
                    tell(over.text.pick(lang))
                    if question.fact == PARTNER_COUNT:
                        # the number itself was the question: it is asked again (its words say "minstens 6"), the names
                        # stand (a policy officer's corrected number was followed by her first one again: a traceback,
                        # and nothing saved)
                        continue
                    try:
                        then = _count_again(consultation, over, ask, tell, lang)
                    except EOFError:
                        tell(word("consult-input-ended").pick(lang))
                        _keep_names(consultation, over, question.fact, text, tell, lang)
                        return consultation, consultation.advice()
                    if then == "stop":
                        _keep_names(consultation, over, question.fact, text, tell, lang)
                        return consultation, consultation.advice()
                    if then == "names":  # the names were wrong, not the number: they are asked again
                        continue
                    consultation.answer(question.fact, text)
                    break
                except AnswerError as error:
                    tell(error.text.pick(lang))
            except _GoBack:
                # "terug" at a prompt that follows the answer (one partner or several? all of them? how many?):
                # back to the question itself, what was recorded for it taken back (a policy officer's was refused)
                consultation._undo_to(recorded)
                tell(word("consult-back-to-question").pick(lang))
        if taken_back is None:
            steps.append((recorded, question.fact))
    # why it ends here: a policy officer could not tell a consultation that ended from one that broke off, with
    # "de 7 belangrijkste van 36" open questions in the advice that followed (those answered "weet niet")
    advice = consultation.advice()
    if not advice.questions:
        said = word("consult-done")
    elif all(question.answered_not_known for question in advice.questions):
        said = word("consult-done-not-known", count=len(advice.questions))
    else:  # (the partner list of a case that leaves partners out, asked here once)
        said = word("consult-done-open", count=len(advice.questions))
    tell(said.pick(lang))
    return consultation, advice


_NOT_KNOWN_NAMED = 6
"""The most facts answered "weet niet" named when a consultation goes on with a case (the rest counted)."""


def _nothing_to_undo(consultation: Consultation) -> Text:
    """That there is nothing to take back, and where a case was gone on with, that what it said is changed in the
    case ("wat de casus al zei" puzzled a policy officer who had started from nothing)."""
    return word("consult-nothing-to-undo" if consultation.answers else "consult-nothing-to-undo-yet")


def _title_asked(
    consultation: Consultation, ask: Callable[[str], str], tell: Callable[[str], None], lang: Language
) -> bool:
    """Ask what the case is called (an empty answer or "weet niet" leaves it without one); False when the person
    stops or the input ends."""
    while True:
        try:
            title = ask(word("ask-title").pick(lang)).strip()
        except EOFError:
            tell(word("consult-input-ended").pick(lang))
            return False
        except KeyboardInterrupt:
            raise ConsultationInterrupted from None
        if normal_word(title) not in BACK_WORDS:
            break
        tell(_nothing_to_undo(consultation).pick(lang))  # (nothing before it)
    if normal_word(title) in STOP_WORDS:
        return False
    if title and not is_unknown_word(title):
        consultation.answer("title", title)
    return True


class _GoBack(Exception):
    """ "terug" typed at a prompt that follows an answer: back to its question."""


def _back(reply: str) -> None:
    if normal_word(reply) in BACK_WORDS:
        raise _GoBack


def _asked_next(consultation: Consultation, taken_back: str | None) -> Question | None:
    """The question to ask next: the one whose answer was just taken back ("terug"), where it can still change
    the advice, else the most useful one not asked yet."""
    if taken_back is not None:
        question = next((q for q in consultation.advice().questions if q.fact == taken_back), None)
        if question is not None:
            return question
    return consultation.next_question()


def _asked_whether_all(
    consultation: Consultation, ask: Callable[[str], str], tell: Callable[[str], None], lang: Language
) -> bool:
    """After the partners named, while the number of organisations was never answered: whether they are all. The
    list gives the number only after "ja"; "nee" asks how many there will be (more than named), "weet niet" (or
    Enter) leaves it unknown, the list perhaps incomplete. (A policy officer who knew some partners, not how many
    there would be, saw her list taken as the whole network, the number never asked, and the governance mode
    decided on it.) Short of "ja" or a number, the number is left unknown: "klaar", Ctrl-C or the input ending at
    either prompt leave it so (a tester's Ctrl-C after "nee" saved her list as the whole network). False when the
    person stops."""
    all_named = False
    try:
        while True:
            listed = len(consultation.answers.get("partners") or ())
            try:
                asked = word("ask-all-partners-one") if listed == 1 else word("ask-all-partners", listed=listed)
                typed = ask(asked.pick(lang))
            except EOFError:
                tell(word("consult-input-ended").pick(lang))  # (Ctrl-D ended it without a word: a tester)
                return False
            reply = _choice_word(typed, asked.pick(lang))
            if reply is None:
                # more names (a list pasted line by line: "- Mol" was read as "weet niet", a dash, and lost): added,
                # and asked again; a yes or no with more words is asked again ("nee, ook Mol" lost Mol)
                first = normal_word(typed).replace(",", " ").split()[0]
                if first in YES_WORDS | NO_WORDS or not _NAMES_PASTED.match(typed):
                    tell(word("answer-all-partners").pick(lang))  # (one word, "misschien", is no name given)
                    continue
                try:
                    consultation.answer("partners", typed)
                except AnswerError as refused:
                    tell(refused.text.pick(lang))
                continue
            _back(reply)
            if reply in STOP_WORDS:
                return False
            if reply in YES_WORDS:  # the list is the network: it gives the number
                all_named = True
                consultation.partners_all_named()
                return True
            if not reply or is_unknown_word(reply):
                return True
            if reply in NO_WORDS:
                break
            tell(word("answer-all-partners").pick(lang))
        while True:
            try:
                text = ask(word("ask-count-more", more=listed + 1).pick(lang))
            except EOFError:
                tell(word("consult-input-ended").pick(lang))
                return False
            _back(text)
            if normal_word(text) in STOP_WORDS:
                return False
            try:
                value = _read(PARTNER_COUNT, text, listed + 1)
                if value is not None and value <= listed:
                    tell(word("count-more-than-named", listed=listed, more=listed + 1).pick(lang))
                    continue
                consultation.answer(PARTNER_COUNT, text)
                return True
            except AnswerError as error:
                tell(error.text.pick(lang))
    finally:
        if not all_named:
            _leave_number_open(consultation)


_NAMES_PASTED = re.compile(r"\s*(?:[-*•·–]\s|\d{1,2}[.)]\s)|[^,;]+[,;]")
"""More names at a yes/no prompt about the partners: a list's line ("- Mol", "2. Dessel") or names separated."""


def _choice_word(reply: str, prompt: str) -> str | None:
    """A reply to a yes/no prompt about the partners, by its first word: "nee, er komen er nog bij" is "nee" (a
    tester typed the prompt's own choice and was refused). A "weet niet" in any of its wordings is "" (Enter): its
    first word alone, "weet", was refused (a policy officer). None for a reply that says more than the prompt's
    own words ("- Mol", "nee, ook Mol en Dessel"): names read as an answer were lost, or a dash taken for "weet
    niet" (a tester pasting a list)."""
    if is_unknown_word(reply):
        return ""
    words = normal_word(reply).replace(",", " ").split()
    if not words:
        return ""
    offered = set(normal_word(prompt).replace(",", " ").replace("[", " ").replace("]", " ").replace("/", " ").split())
    first, rest = words[0], words[1:]
    if first not in YES_WORDS | NO_WORDS | STOP_WORDS | BACK_WORDS or not set(rest) <= offered:
        return None
    return first


def _keep_typed(consultation: Consultation, text: str) -> None:
    """The partner names as typed, kept when a consultation is interrupted while they were confirmed (see
    :func:`_leave_number_open`). Names it cannot take are left out, as any answer refused."""
    try:
        consultation.answer("partners", text)
    except AnswerError:
        return
    _leave_number_open(consultation)


def _leave_number_open(consultation: Consultation) -> None:
    """Partners named and whether they are all not said: their number unknown beside them (the list perhaps
    incomplete), unless it was answered."""
    if consultation.answers.get("partners") and PARTNER_COUNT not in consultation.answers:
        consultation.answer(PARTNER_COUNT, None)


def _keep_names(
    consultation: Consultation,
    over: MorePartnersThanCounted,
    fact: str,
    text: str,
    tell: Callable[[str], None],
    lang: Language,
) -> None:
    """The person stopped while the names they gave outnumber the organisations counted: the names are kept and
    the count given before is dropped (the list gives it), and said so. Both cannot be kept, and the names are the
    answer that took longest to give (a policy officer's five partners were lost without a word)."""
    consultation.answers.pop(PARTNER_COUNT, None)
    consultation.answer(fact, text)
    tell(word("count-dropped-for-names", counted=over.counted, listed=over.listed).pick(lang))


def _count_again(
    consultation: Consultation,
    over: MorePartnersThanCounted,
    ask: Callable[[str], str],
    tell: Callable[[str], None],
    lang: Language,
) -> Literal["counted", "names", "stop"]:
    """Ask the number of organisations again, until it takes the partners named: at least as many, or "weet niet"
    (Enter, as everywhere). Or the names were wrong ("namen": they are asked again; a policy officer who named
    one partner too many had no way back), or the person stops ("klaar")."""
    while True:
        try:
            text = ask(word("ask-count-again", listed=over.listed).pick(lang))
        except KeyboardInterrupt:
            raise ConsultationInterrupted from None
        _back(text)
        if normal_word(text) in STOP_WORDS:
            return "stop"
        if normal_word(text) in NAMES_AGAIN_WORDS:
            return "names"
        try:
            value = _read(PARTNER_COUNT, text, over.listed)
            if value is not None and value < over.listed:
                tell(word("count-below-named", listed=over.listed).pick(lang))
                continue
            # (the names are not recorded yet: the count alone must fit the list as it stands)
            consultation.answer(PARTNER_COUNT, text)
        except AnswerError as error:
            tell(error.text.pick(lang))
            continue
        return "counted"
