"""Rendering advice for people (text, Markdown, HTML) and tools (JSON). The advice itself is data.

The three reports for people share one structure, built once by :func:`report`: the case in a line or two;
the three conclusions, one sentence each, with how certain they are; what to do, warnings first, each with its
guide section; what applies only if an open conclusion turns out a certain way; the most useful questions; and
information last. Rule ids, fact paths and condition checks appear only in the detailed view.
"""

from __future__ import annotations

import datetime
import html as html_lib
import itertools
import re
import textwrap
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .advice import Advice, Change, Conclusion, Finding, HeldQuestion, Outcome, Question, SingleChange, WhatIf
from .answers import NOBODY, UNKNOWN_LABEL, holds_every_word, nobody_in_other_words, normal_word, value_label
from .case import Case, parse_case
from .errors import NetadvisorError
from .facts import (
    CRITERIA,
    FACTS,
    PARTNER_COUNT,
    PARTNER_FACTS,
    SHORT_NAMES,
    SHOWN_NOT_READ,
    STATED_IN,
    Bounds,
    answered_not_known,
    catalogue_path,
    fact_meant,
    fact_values,
    facts_mentioning,
    group_place,
    group_title,
    partner_answer,
    spec_of,
    stated_facts,
    written_at,
)
from .factsheet import rules_using
from .messages import (
    CERTAINTY_WORDS,
    CONCLUSION_IN_A_SENTENCE,
    MONTHS,
    NO_VALUE,
    NO_VALUE_NAMED,
    NO_VALUE_OTHER,
    NOT_APPLICABLE,
    QUESTION_GROUP_SUBJECTS,
    QUESTION_GROUPS,
    REPORT_WORDS,
    SETTLED_NOW_SAID,
    SETTLED_SAID,
    STATUS_WORDS,
    command_says,
    conclusion_heading,
    conclusion_in_words,
    conclusion_meant,
    word,
)
from .operators import BY_NAME
from .questions import question_as_asked
from .rulebase import Rule, RuleBase
from .spelling import closest
from .text import PLACEHOLDER, Language, Text
from .vocabulary import FIXED_CONCLUSIONS
from .wording import (
    assumption,
    count_within,
    either,
    fact_in_a_list,
    fact_names,
    fact_subject,
    fact_subjects,
    in_quotes,
    not_applicable,
    short_source,
    threshold_meaning,
    together,
)

TOP_QUESTIONS = 7
"""How many questions a report for people shows; JSON has them all."""

WIDTH = 100

_SEVERITY_ORDER = {"warning": 0, "advice": 1, "info": 2}


def _w(code: str, lang: Language, **params: Any) -> str:
    text = REPORT_WORDS[code]
    return (text.format(**params) if params else text).pick(lang)


@dataclass(frozen=True, slots=True)
class Item:
    """One finding as a report shows it."""

    severity: str
    title: str
    text: str
    where: str  # the guide's sections, and a source outside it when the rule uses one
    rule_id: str
    provisional: bool = False  # an open answer can still take it away (its title ends in "*")


@dataclass(frozen=True, slots=True)
class AskedItem:
    """One question as a report shows it (questions about every partner are shown once)."""

    rank: int
    question: str
    answers: str
    changes: str
    facts: tuple[str, ...]
    answered_unknown: str = ""  # that the person already answered it "weet niet" (in a consultation), in words
    # the same as changes, naming the most serious of several pieces of advice ("12 adviezen, o.a. '…'"): for a
    # document put before a meeting (a policy officer could not say why "raakt: 5 adviezen" mattered); the
    # terminal's report keeps to its length and says it with --detail
    changes_named: str = ""


@dataclass
class Report:
    """What a report for people says, in the advice's language, in the order it says it."""

    lang: Language
    title: str
    case: list[str]
    conclusions: list[str]
    todo: list[Item]
    conditional: list[tuple[str, list[Item]]]  # each condition's heading ("Als dit … is:"), its findings
    questions: list[AskedItem]
    more_questions: int
    info: list[Item]
    footer: str
    todo_heading: str = ""  # what to do, and what in it can still fall away (see _provisional_heading)
    # the case with every partner named: for a document put before a meeting (a policy officer's handout named four
    # of nine partners to their mayors); the terminal's report keeps to a line or two
    case_whole: list[str] = field(default_factory=list)
    # after what to do: the warnings on a condition that follow it ("Verder gelden 3 waarschuwingen als …")
    todo_more: list[str] = field(default_factory=list)
    detail: list[str] = field(default_factory=list)
    # what "!" marks, where one stands, in a handout (a policy officer found "*" explained and "!" not). Not in the
    # terminal's report: the guide's example must stay on one page, and a line more would break it
    marks: str = ""
    # the questions answered "weet niet" past those shown: still to be found out, and which (a policy officer's case
    # left "wie ondersteunt het burgemeestersoverleg" "weet niet", the one thing the mayors asked; it stood 55th,
    # "en nog 43 vragen" said nothing of it)
    still_unknown: str = ""
    # the same by their numbers among the other open questions, where a handout lists those at its end (a policy
    # officer read each such question twice in one handout)
    still_unknown_numbered: str = ""
    # the questions held back until a fact answered "weet niet" is known (Advice.held_questions), by what they wait
    # for: not among the open questions, and not dropped without a word either (a policy officer took the list of
    # open questions for all there is, and missed whether each partner would adapt)
    held_back: str = ""
    # the case's answers, each with its question (those answered "weet niet" too): what the advice rests on, for a
    # handout (a policy officer's mayors could not see which answers it came of; the terminal's report keeps to a
    # page and says how many are known)
    answers_given: list[tuple[str, str]] = field(default_factory=list)
    # each fixed conclusion in a line, settled or not and what settles it, and the warnings by their titles: what a
    # handout says first (a coordinator's mayors had 1,300 words and no line that said what was settled and what
    # open); not in the terminal's report, which says it in its sentences and must stay on one page
    summary: list[str] = field(default_factory=list)
    # the questions past those shown, by the group of the case they ask about, each with its number in the whole list:
    # what a handout ends in (a coordinator preparing the mayors' consultation found its questions nowhere in it,
    # "En nog 41 vragen"; the terminal's report says --detail)
    rest_by_topic: list[tuple[str, list[tuple[int, AskedItem]]]] = field(default_factory=list)


def _subject_of(facts: Sequence[str], lang: Language) -> str:
    """The facts of one numbered question as the subject of a sentence: a group's name ("de criteria"), else
    theirs."""
    for prefix, subject in QUESTION_GROUP_SUBJECTS.items():
        if len(facts) > 1 and all(fact.startswith(prefix) for fact in facts):
            return subject.pick(lang)
    return together([fact_in_a_list(catalogue_path(fact), subject=True) for fact in dict.fromkeys(facts)]).pick(lang)


def _summary(
    advice: Advice,
    falling_away: Collection[str],
    on_condition: Mapping[str, Sequence[Finding]],
    numbered: Sequence[AskedItem],
    lang: Language,
) -> list[str]:
    """ "Samenwerkingsvorm: nog open (lerend netwerk, organisatienetwerk of shared service centre), naargelang de
    ratio; vraag 1", a line per fixed conclusion; then the warnings by their titles, those that come on a condition
    with it."""
    lines = []
    by_fact = {question.fact: question for question in advice.questions}
    for name in FIXED_CONCLUSIONS:
        conclusion = advice.conclusions.get(name)
        if conclusion is None:
            continue
        heading = conclusion_heading(name).pick(lang)
        labels = {outcome.value: _outcome_said(name, outcome, lang) for outcome in conclusion.outcomes}
        said = [label for value_said in labels.values() for label in value_said]
        facts = [*(d.fact for d in conclusion.deciding), *conclusion.deciding_together] or list(conclusion.unknown)
        # the numbered questions an answer to which changes it (the partners' list for their number too: a tester
        # found "Wie zijn alle partners?" say "raakt: governancevorm", its number not in this line)
        changing = {
            number
            for number, item in enumerate(numbered, start=1)
            if any(
                change.kind == "conclusion" and change.name == name
                for fact in item.facts
                for change in (by_fact[fact].changes if fact in by_fact else ())
            )
        }
        # the other questions numbered that change it: while the facts it depends on are unknown, what its value
        # now rests on (the criteria and the chosen form, for the form while the ratio is unknown)
        meanwhile = list(
            dict.fromkeys(
                _subject_of(numbered[number - 1].facts, lang)
                for number in sorted(changing)
                # (not a question asked in the place of one of those: whether there is a common goal, for the goal
                # consensus)
                if set(numbered[number - 1].facts).isdisjoint([*facts, *conclusion.asked_through.values()])
            )
        )
        hangs_on = (
            _w(
                "summary-hangs-on-meanwhile" if meanwhile else "summary-hangs-on",
                lang,
                facts=fact_subjects(facts).pick(lang),
                meanwhile=together([Text(subject, subject) for subject in meanwhile]).pick(lang),
                questions=_numbered(changing, lang),
            )
            if facts
            else ""
        )
        if conclusion.certainty == "settled":
            value = _short_label(name, conclusion.label) if conclusion.label else _either_said(said, lang)
            lines.append(_w("summary-settled", lang, name=heading, value=value))
        elif conclusion.certainty == "provisional":
            others = [
                label for value, value_said in labels.items() if value != conclusion.value for label in value_said
            ]
            lines.append(
                _w(
                    "summary-provisional",
                    lang,
                    name=heading,
                    value=_either_said(labels.get(conclusion.value, [conclusion.label or ""]), lang),
                    others=_either_said(others, lang),
                    hangs_on=hangs_on,
                )
            )
        else:
            possible = _either_said(said, lang)
            lines.append(_w("summary-open", lang, name=heading, outcomes=possible, hangs_on=hangs_on))
    # (starred as the report stars what can still fall away: "De huidige vorm past minder dan een NAO*")
    titles = [
        in_quotes(finding.title) + ("*" if finding.rule_id in falling_away else "")
        for finding in advice.findings
        if finding.severity == "warning"
    ]
    more = [
        _w(
            "summary-warnings-on-condition",
            lang,
            condition=condition,
            titles=together([Text(in_quotes(f.title), in_quotes(f.title)) for f in warnings]).pick(lang),
        )
        for condition, findings in on_condition.items()
        if (warnings := [finding for finding in findings if finding.severity == "warning"])
    ]
    if titles or more:
        code = (
            "summary-warnings-and-more"
            if titles and more
            else "summary-warnings"
            if titles
            else "summary-warnings-only-more"
        )
        lines.append(
            _w(
                code,
                lang,
                titles=together([Text(title, title) for title in titles]).pick(lang),
                more=together([Text(line, line) for line in more]).pick(lang),
            )
        )
    return lines


def _outcome_said(name: str, outcome: Outcome, lang: Language) -> list[str]:
    """An outcome as a list of them says it: no value by the name of each thing it can mean ("geen duidelijke vorm"
    and "niet van toepassing" as two of the list, not "… of geen duidelijke vorm of niet van toepassing")."""
    if outcome.value is not None or not outcome.no_value:
        return [_short_label(name, outcome.label)]
    meanings = {
        "undecided": (NO_VALUE_NAMED.get(name) or NO_VALUE.get(name) or NO_VALUE_OTHER).pick(lang),
        "not_applicable": NOT_APPLICABLE.pick(lang),
    }
    return [meanings[meaning] for meaning in outcome.no_value]


def _either_said(labels: Sequence[str], lang: Language) -> str:
    """ "a, b of c" of labels already in ``lang``."""
    return either([Text(label, label) for label in labels]).pick(lang)


def _short_label(name: str, label: str) -> str:
    """An outcome's label without what the sentence beside it explains: "geen duidelijk type" for "geen duidelijk
    type (geen type met genoeg criteria)"."""
    named = NO_VALUE_NAMED.get(name)
    long = NO_VALUE.get(name)
    if named is not None and long is not None and label in (long.nl, long.en):
        return named.nl if label == long.nl else named.en
    return label


def _answers_given(
    case: Case, not_known: Collection[str], lang: Language, written: Mapping[str, Any] | None = None
) -> list[tuple[str, str]]:
    """Each fact the case answers, or answers "weet niet", with its question and the answer as a person reads it, in
    the catalogue's order; not what the report shows of the case already (title, description, theme, partners).
    The partners' answers to one question, once per answer, with the partners that gave it ("Welke soort
    organisatie is deze partner? (voor elk van: Gemeente A, Gemeente B) gemeente"): one line a partner made the
    list of twelve partners longer than the advice (a policy officer's trial, who had one page for the mayors).
    ``written``: the case as written, whose own words for nobody holding a role are shown beside 'niemand'."""
    given = []
    by_answer: dict[tuple[str, str], list[str]] = {}  # (a partner's question, its answer): the partners, in order
    facts, unknown = fact_values(case), frozenset(not_known)
    for path, partner, value in _given(case, not_known):
        answer = value_label(value, lang) if value is not None else UNKNOWN_LABEL.pick(lang)
        if value == NOBODY and written is not None:
            # the case's own words beside how they are read: "Netwerkpromotor: niemand" where the file says "nog te
            # bepalen" read as a change of her answer to a policy officer
            words = written_at(written, path.split("."))
            if nobody_in_other_words(words):
                answer = _w("read-as", lang, answer=answer, written=str(words).strip())
        if partner is not None:
            by_answer.setdefault((catalogue_path(path), answer), []).append(partner)
            continue
        if path in CRITERIA or path.startswith("management.roles."):
            # a criterion or a role by its name ("Recept", "Netwerkoperator"): their questions explain the answers
            # at length, which the list of answers has no need of
            question = _capital(SHORT_NAMES[path].pick(lang)) + ":"
        else:
            question = question_as_asked(path, case, facts, unknown, lang)
        given.append((question, answer))
    # (each question of the partners once, in the catalogue's order, its answers in the order the list first gives
    # them: after the case's own answers, as the partners' come after them)
    in_order = sorted(by_answer, key=lambda key: list(PARTNER_FACTS).index(key[0]))
    return given + [
        (_partners_asked(spec_of(path).question(lang), by_answer[path, answer], lang), answer)
        for path, answer in in_order
    ]


def _partners_asked(question: str, partners: Sequence[str], lang: Language) -> str:
    """A partner's question as asked of ``partners``: of one, by name; of several, of each of them."""
    if len(partners) == 1:
        return word("for-partner", question=question, partner=partners[0]).pick(lang)
    return _w("per-partner", lang, question=question, partners=", ".join(partners))


def _given(case: Case, not_known: Collection[str]) -> Iterator[tuple[str, str | None, Any]]:
    """The answers :func:`_answers_given` lists (and the header counts): each fact's path, the partner's name for a
    partner's answer, and the value (None: "weet niet")."""
    stated = stated_facts(case)
    # (not the number of organisations the partner list gives, which the case line says with the list: a
    # coordinator's handout listed "Hoeveel organisaties telt het netwerk? 11" among her answers, never given)
    # (one the case gives itself, equal to the list's length, is an answer: a policy officer's "partner_count: 9"
    # beside nine partners was left out, though the advice reads it)
    counted_by_list = bool(case.partners) and case.count_taken_from_list
    for path in FACTS:
        if path not in SHOWN_NOT_READ and not FACTS[path].computed and (path in stated or path in not_known):
            if path == PARTNER_COUNT and counted_by_list:
                continue
            yield path, None, stated.get(path)
    if "partners" in not_known:
        # the partner list itself (the others, beside a list) answered "weet niet": one of the answers, and counted
        # so ("2 keer 'weet niet'" after three, a policy officer's consultation)
        yield "partners", None, None
    # and each partner's, as its question asks it of that partner: the sovereignty advice rests on their kinds, which
    # the list left out while the header counted them (a policy officer's trial)
    for index, partner in enumerate(case.partners):
        for path in PARTNER_FACTS:
            attribute = path.removeprefix("partners[].")
            if attribute == path:
                continue
            placed = f"partners[{index}].{attribute}"
            value = getattr(partner, attribute)
            if value is not None or placed in not_known:
                yield placed, partner.name, value


def _where(finding: Finding, lang: Language) -> str:
    """What a finding rests on, said with it: the guide's sections; a source outside the guide; our reading."""
    sections = ", ".join(f"§{section}" for section in finding.sections)
    if finding.basis == "interpretation":
        return _w("where-interpretation", lang, sections=sections)
    if finding.source:
        # a finding that rests on the source says so; one the guide says, with a source beside it, says "also"
        key = "where-resting-on" if finding.basis == "source" else "where-source"
        return _w(key, lang, sections=sections, source=short_source(finding.source))
    return sections


def _item(finding: Finding, lang: Language, provisional: bool = False) -> Item:
    title = finding.title + ("*" if provisional else "")
    return Item(finding.severity, title, finding.message, _where(finding, lang), finding.rule_id, provisional)


def _info_code(info: Sequence[Item], code: str) -> str:
    """The words for the information, with "(met *: kan nog wegvallen)" where an item of it is starred."""
    return f"{code}-provisional" if any(item.provisional for item in info) else code


def _may_fall_away(
    finding: Finding, questions: Mapping[str, Question], condition_hangs_on: Collection[str] = ()
) -> list[str]:
    """The unknown facts on which it hangs whether a finding given now stays (the JSON's ``may_change``, a
    partner's answer as that of every partner), but for what the finding is about because it is unknown ("de
    casus zegt nog niet wie de gebruiker is"), which answering settles as that finding asks.

    Args:
        questions: the advice's questions by fact: a question ``may_change`` names changes the finding only through
            a follow-up it waits for (``Change.via``), which is the fact said (goal consensus, asked through
            whether there is a common goal: a policy officer read the common goal as what decides, and what-if
            changed nothing).
        condition_hangs_on: for a finding on a condition ("als dit een organisatienetwerk is"), the unknown
            facts the condition hangs on (the ratio): its heading says that already. What else can take it away
            (the trust, for "no known factor supports the current mode") is marked as for any finding.
    """
    unknown_in_it = [used.name for used in finding.because if used.kind == "fact" and used.value is None]
    left_out = {catalogue_path(path) for path in (*unknown_in_it, *condition_hangs_on)}
    asked = dict.fromkeys(catalogue_path(_deciding_fact(finding, path, questions)) for path in finding.may_change)
    return [path for path in asked if path not in left_out]


def _deciding_fact(finding: Finding, path: str, questions: Mapping[str, Question]) -> str:
    """The fact whose answer can change ``finding``, for the question ``path`` that ``may_change`` names: the
    follow-up it changes it through (``Change.via``), else the question's own."""
    question = questions.get(path)
    for change in question.changes if question is not None else ():
        if change.kind == "finding" and change.name == finding.rule_id and change.via is not None:
            return change.via
    return path


def _asked_through(fact: str) -> list[str]:
    """The questions a fact's question waits for, nearest first (see :func:`_facts_and_questions`)."""
    through: list[str] = []
    waits_for = spec_of(fact).after or spec_of(fact).asked_after
    while waits_for is not None and waits_for not in through:
        through.append(waits_for)
        waits_for = spec_of(waits_for).after or spec_of(waits_for).asked_after
    return through


def _provisional_heading(
    heading: str, falling_away: Sequence[list[str]], numbered: Sequence[AskedItem], lang: Language
) -> str:
    """The heading of a list of findings; when some of them can still fall away (marked *), with on which facts
    that hangs and the numbered questions that ask them: "Wat te doen (met *: kan nog wegvallen, naargelang de
    ratio; open vraag 1)". A mayors' consultation would otherwise read as settled what the first open question
    can take away. In the heading, not beside each finding: the report of a case fits on one page.

    Args:
        heading: the heading as it is without marks ("Wat te doen", "Als dit een organisatienetwerk is").
        falling_away: for each finding listed, what it may fall away on (see :func:`_may_fall_away`).
    """
    facts = list(dict.fromkeys(fact for found in falling_away for fact in found))
    if not facts:
        return heading
    said_facts, questions = _facts_and_questions(facts, numbered, lang)
    return _w("provisional-heading", lang, heading=heading, facts=said_facts, questions=questions)


def _each_hanging_on(
    items: list[Item], falling_away: Sequence[list[str]], numbered: Sequence[AskedItem], lang: Language
) -> list[Item]:
    """The items of one list, each starred one followed by what it hangs on where they do not all hang on the same
    facts: "Drie punten als het netwerk vastzit* (naargelang de ratio; vraag 1)". The heading names them all; a
    policy officer read the stuck-network advice as hanging on the trust, which only another item did."""
    if len({tuple(facts) for facts in falling_away if facts}) <= 1:
        return items  # (the heading says it for each)
    return [
        replace(item, title=item.title + " " + _w("hangs-on", lang, facts=said, questions=numbers)) if facts else item
        for item, facts in zip(items, falling_away, strict=True)
        for said, numbers in [_facts_and_questions(facts, numbered, lang)]
    ]


def _facts_and_questions(facts: Sequence[str], numbered: Sequence[AskedItem], lang: Language) -> tuple[str, str]:
    """Facts in words ("de ratio"), and the numbered questions that ask them ("; open vraag 1"), or "" for none (see
    :func:`_numbers_asking`)."""
    return fact_subjects(facts).pick(lang), _numbers_asking(facts, numbered, lang)


def _numbers_asking(facts: Sequence[str], numbered: Sequence[AskedItem], lang: Language) -> str:
    """The numbered questions that ask ``facts`` ("; open vraag 1"), or "" for none. A fact whose question waits for
    another (goal consensus for whether there is a common goal) is asked through that one: its number is said (a
    tester found consensus in the heading and no question of it), but only where the fact's own question is not
    numbered (a policy officer was sent to the common goal, which changed nothing, while consensus was question 1)."""

    def asking(paths: Collection[str]) -> set[int]:
        return {
            number
            for number, asked in enumerate(numbered, start=1)
            if any(catalogue_path(path) in paths for path in asked.facts)
        }

    found: set[int] = set()
    for fact in facts:
        found |= asking({fact}) or asking(set(_asked_through(fact)))
    return _numbered(found, lang)


def _numbered(found: Collection[int], lang: Language) -> str:
    """ "; vragen 1, 3 en 4" of the questions numbered ``found``, or "" for none."""
    plural = "questions-numbered-many" if len(found) > 1 else "questions-numbered"
    return _w(plural, lang, numbers=_numbers_said(found, lang)) if found else ""


def _numbers_said(found: Collection[int], lang: Language) -> str:
    """ "1, 3 en 4": question numbers, in order."""
    return together([Text(str(number), str(number)) for number in sorted(found)]).pick(lang)


def _condition_heading(
    condition: str,
    assumed: Conclusion | None,
    questions: Sequence[Question],
    numbered: Sequence[AskedItem],
    lang: Language,
) -> str:
    """The heading of the advice on a condition, with what decides the condition and the numbered questions that ask
    it: "Als dit een organisatienetwerk is (naargelang de ratio, het type uitdaging en de vorm die de casus noemt;
    vragen 1, 2 en 6)". A tester could not tell from the report which answer decides whether this advice holds.

    Not only the answers that alone change what the conclusion can come out as: every question that can change
    the conclusion counts, its value for now too. While the rationale stays unknown, the type of challenge decides
    whether the form is an organisation network for now (a policy officer who answered the rationale "weet niet"
    was sent only to that question). A question that changes the conclusion through one before it (the criteria,
    through the type) is named by that conclusion: one name for six criteria."""
    if assumed is None:
        return condition
    facts = [catalogue_path(decides.fact) for decides in assumed.deciding]
    subjects: dict[str, Text] = {fact: fact_subject(fact) for fact in facts}
    order = list(FIXED_CONCLUSIONS)
    before = order[: order.index(assumed.name)] if assumed.name in order else []
    for question in questions:
        changed = {change.name for change in question.changes if change.kind == "conclusion"}
        if assumed.name not in changed:
            continue
        fact = catalogue_path(question.fact)
        facts.append(fact)
        if fact in subjects:
            continue
        through = next((name for name in before if name in changed), None)
        if through is None:
            subjects[fact] = fact_subject(fact)
        else:
            subjects.setdefault(through, CONCLUSION_IN_A_SENTENCE[through])
    if not subjects:
        return condition
    said = together(list(subjects.values())).pick(lang)
    numbers = _numbers_asking(list(dict.fromkeys(facts)), numbered, lang)
    return _w("condition-heading", lang, heading=condition, facts=said, questions=numbers)


def _answer_words(question: Question, lang: Language) -> list[str]:
    """The answers a question takes, "weet niet" apart (it is always one)."""
    kind = question.answer.kind
    if kind in ("yes_no", "choice"):
        return [choice.label for choice in question.answer.choices]
    if kind == "text" and question.fact.startswith("management.roles."):
        return [word("holder").pick(lang)]
    return [word(kind).pick(lang)]


def _answers_in_report(question: Question, grouped: bool, lang: Language) -> str:
    """The answers as a report lists them: "weet niet" is said once, in the questions' heading; a yes/no question
    needs no hint, nor does a question that names its answers (the roles' question says "a name, or 'niemand'")."""
    if question.answer.kind == "yes_no" or grouped:
        return ""
    answers = _answer_words(question, lang)
    if all(answer.lower() in question.question.lower() for answer in answers):
        return ""  # the question names its answers already ("een lerend netwerk, … of een organisatienetwerk?")
    return " / ".join(answers)


def _group_changes(group: Sequence[Question]) -> list[Change]:
    """What the answers to a group of questions asked as one can change: each change once, the conclusions first,
    then the findings, most serious first (the roles asked together said "raakt: 2 adviezen" of the first role's,
    while the three roles brought four: a policy officer's trial)."""
    seen: dict[tuple[str, str], Change] = {}
    for question in group:
        for change in question.changes:
            seen.setdefault((change.kind, change.name), change)
    changes = list(seen.values())
    conclusions = [change for change in changes if change.kind == "conclusion"]
    findings = [change for change in changes if change.kind == "finding"]
    findings.sort(key=lambda change: _SEVERITY_ORDER[change.severity] if change.severity else len(_SEVERITY_ORDER))
    return [*conclusions, *findings]


def _changes(changes: Sequence[Change], lang: Language, in_group: bool = False, *, named: bool = False) -> str:
    """What an answer can change, briefly: the conclusions (and so what hangs on them), else the findings; and
    what of that it changes only together with other answers (a tool builder counted "raakt: 9 adviezen" of a
    question that changed none of them alone). Not said of a question asked ``in_group`` with others (the five
    roles, each partner's answer): those answers are given together, and what they change together is what the
    report speaks of."""
    conclusions = [change for change in changes if change.kind == "conclusion"]
    findings = [change for change in changes if change.kind == "finding"]
    if conclusions:
        named_conclusions = ", ".join(change.label.lower() for change in conclusions)
        how = _how(conclusions, lang, in_group)
        # findings come most serious first: the first the answer brings by itself is the one to name (a tool builder
        # read "governancevorm, samen met andere antwoorden" of the partner list, whose answer alone brings the
        # warning "te weinig partners")
        alone = [change for change in findings if change.alone and change.via is None]
        if alone and how:
            # (through a follow-up too: "Is er een gemeenschappelijke doelstelling?" said only "governancevorm, via
            # een vervolgvraag", where its "nee" brings a warning by itself: a policy officer's what-if)
            code = "conclusions-how-finding-alone" if len(alone) == 1 else "conclusions-how-findings-alone"
            return _w(
                code, lang, conclusions=named_conclusions, how=how, title=in_quotes(alone[0].label), count=len(alone)
            )
        # (one not given on a condition first: it is said nowhere else yet)
        warnings = sorted((change for change in alone if change.severity == "warning"), key=lambda c: c.conditional)
        if warnings and in_group and not all(change.conditional for change in conclusions):
            # the warning an answer of a group brings by itself, beside the conclusions the group changes (a policy
            # officer's partner unwilling to adapt gave "Complex vraagt partners die hun werking aanpassen" as soon
            # as one more criterion says complex, and the criteria's question said only "type uitdaging,
            # samenwerkingsvorm"). Of a question asked alone, the conclusions it changes say where its answer leads
            # (naming a warning there too took the guide's example past its page: examples/dak-en-thuisloosheid)
            code = "conclusions-and-warning" if len(warnings) == 1 else "conclusions-and-warnings"
            return _w(
                code, lang, conclusions=named_conclusions, title=in_quotes(warnings[0].label), count=len(warnings)
            )
        if alone and all(change.conditional for change in conclusions):
            # a conclusion changed only in what it is on a condition holds no findings of its own: the form a case
            # says it has gives the governance mode a part "als dit een organisatienetwerk is" and brings the
            # advice that the rationale points elsewhere ("raakt: governancevorm" left that out)
            code = "conclusions-and-finding" if len(alone) == 1 else "conclusions-and-findings"
            return _w(code, lang, conclusions=named_conclusions, title=in_quotes(alone[0].label), count=len(alone))
        return named_conclusions + how
    if len(findings) == 1:
        return _w("finding-one", lang, title=in_quotes(findings[0].label)) + _how(findings, lang, in_group)
    if not findings:
        return ""
    # (through a follow-up is together too: that answer alone changes nothing; a policy officer read "11
    # adviezen, 9 daarvan samen" as two changed by the answer alone, where two came through follow-ups)
    together = sum(1 for change in findings if not change.alone)
    if 0 < together < len(findings) and not _all_via(findings) and not in_group:
        code = "findings-count-some-together-named" if named else "findings-count-some-together"
        return _w(code, lang, count=len(findings), title=in_quotes(findings[0].label), together=together)
    code = "findings-count-named" if named else "findings-count"
    return _w(code, lang, count=len(findings), title=in_quotes(findings[0].label)) + _how(findings, lang, in_group)


def _how(changes: list[Change], lang: Language, in_group: bool = False) -> str:
    """ ", via een vervolgvraag" when the answer changes all of these only through a question that waits for it;
    ", samen met andere antwoorden" when it changes none of them by itself (see :func:`_changes`)."""
    if _all_via(changes):
        follow_ups = {change.via for change in changes}
        if len(follow_ups) == 1:
            # the follow-up named: a policy officer read "governancevorm hangt af van doelconsensus" in the
            # conclusion and "Is er een gemeenschappelijke doelstelling? (raakt: governancevorm, via een
            # vervolgvraag)" below it, and could not tell the two were one thread
            (follow_up,) = follow_ups
            assert follow_up is not None  # (_all_via)
            return _w("via-follow-up-on", lang, fact=fact_subject(follow_up).pick(lang))
        return _w("via-follow-up", lang)
    if in_group or any(change.alone for change in changes):
        return ""
    return _w("with-other-answers", lang)


def _all_via(changes: list[Change]) -> bool:
    return all(change.via is not None for change in changes)


def _asked_as_one(questions: Iterable[Question]) -> dict[str, list[Question]]:
    """The questions a report asks as one (see :attr:`Question.asked_with`), by what they share, in rank order."""
    groups: dict[str, list[Question]] = {}
    for question in questions:
        groups.setdefault(question.asked_with or question.fact, []).append(question)
    return groups


def first_questions(questions: Iterable[Question]) -> list[str]:
    """The facts of the questions a report shows first (its first :data:`TOP_QUESTIONS`, those it asks as one
    counted once), in rank order: what a change to the rules changes of them (``netadvisor diff``)."""
    groups = _asked_as_one(questions)
    return [question.fact for group in list(groups.values())[:TOP_QUESTIONS] for question in group]


def _asked(questions: list[Question], lang: Language, not_known: Collection[str] = ()) -> list[AskedItem]:
    """The questions in rank order; the same question about several partners becomes one, naming them. A
    question with facts in ``not_known`` (answered "weet niet") says so, and for which, if not for all."""
    items = []
    for key, group in _asked_as_one(questions).items():
        first = group[0]
        changes = _group_changes(group) if len(group) > 1 else first.changes
        asked_as_one = f"{key}." in QUESTION_GROUPS and len(group) > 1  # (the prefixes of QUESTION_GROUPS)
        if first.partner is not None:
            text = _partners_asked(
                spec_of(first.fact).question(lang), [question.partner or "" for question in group], lang
            )
        elif asked_as_one:
            text = (
                QUESTION_GROUPS[f"{key}."]
                .format(which=", ".join(spec_of(question.fact).short(lang) for question in group))
                .pick(lang)
            )
        else:
            text = first.question
        items.append(
            AskedItem(
                first.rank,
                text,
                _answers_in_report(first, asked_as_one, lang),
                _changes(changes, lang, in_group=len(group) > 1),
                tuple(question.fact for question in group),
                _answered_unknown(group, not_known, lang),
                _changes(changes, lang, in_group=len(group) > 1, named=True),
            )
        )
    return items


def _by_topic(asked: Sequence[AskedItem], shown: int, lang: Language) -> list[tuple[str, list[tuple[int, AskedItem]]]]:
    """The questions past the first ``shown``, each with its number in ``asked``, by the group of the case their
    fact is in ("De regio (§5–7)"): the groups in the case's order (the same in every handout: by their first
    question, a policy officer found them in another order each time), the questions in rank order."""
    groups: dict[tuple[int, str], list[tuple[int, AskedItem]]] = {}
    for number, item in enumerate(asked[shown:], start=shown + 1):
        title = group_title(item.facts[0])
        heading = _capital(title.pick(lang)) if title is not None else _w("questions-general", lang)
        groups.setdefault((group_place(item.facts[0]), heading), []).append((number, item))
    return [(heading, items) for (_place, heading), items in sorted(groups.items(), key=lambda group: group[0][0])]


def _still_unknown(
    hidden: Sequence[AskedItem], questions: Sequence[Question], not_known: Collection[str], lang: Language
) -> str:
    """The questions past those a report shows that were answered "weet niet": still to be found out, each of them
    asked as the list asks it, those of a group for the facts answered so ("Nog uit te zoeken (met 'weet niet'
    beantwoord, niet bij de vragen hierboven): "Wat brengt deze partner mee …? (voor elk van: De Kiem, Opstap)""), or "" for
    none. Every one: a note of what is still open lists it all (four were "en nog 4 andere", named nowhere in the
    text, Markdown or HTML report: a policy officer's trial)."""
    facts = {fact for item in hidden if item.answered_unknown for fact in item.facts}
    unknown = [q for q in questions if q.fact in facts and (q.answered_not_known or q.fact in not_known)]
    if not unknown:
        return ""
    # each question between quotation marks, in a list: run together, "… (een naam, of 'niemand') Wie is de
    # creatieve denker …" read as one question (a policy officer)
    quoted = [word("question-quoted", question=item.question) for item in _asked(unknown, lang, not_known)]
    return _w("still-unknown", lang, facts=together(quoted).pick(lang))


def _held_back(held: Sequence[HeldQuestion], lang: Language) -> str:
    """The questions held back until a fact answered "weet niet" is known, by the facts they wait for: "Pas
    zinvol na een antwoord op herhaalbaarheid of delen/geheel (nu 'weet niet'), en daarom niet bij de open vragen:
    ‘Aanvaarden de partners …?’ en ‘Is deze partner bereid …?’ (voor elk van: A, B).", or "" for none."""
    by_wait: dict[tuple[str, ...], dict[str, list[str]]] = {}
    for question in held:
        asked = by_wait.setdefault(tuple(question.held_by), {})
        key = catalogue_path(question.fact) if question.partner is not None else question.fact
        asked.setdefault(key, []).append(question.partner or question.question)
    sentences = []
    for waiting_for, asked in by_wait.items():
        quoted: list[Text] = []
        for key, texts in asked.items():
            if key.startswith("partners[]"):
                # (the partners after the quoted question, not inside its quotation marks: a trial)
                words = word("question-quoted", question=spec_of(key).question(lang)).pick(lang)
                one = _partners_asked(words, texts, lang)
            else:
                one = word("question-quoted", question=texts[0]).pick(lang)
            quoted.append(Text(one, one))
        facts = either([fact_in_a_list(fact, subject=True) for fact in waiting_for])
        sentences.append(_w("held-back", lang, facts=facts.pick(lang), questions=together(quoted).pick(lang)))
    return " ".join(sentences)


def _still_unknown_numbered(asked: Sequence[AskedItem], shown: int, lang: Language) -> str:
    """:func:`_still_unknown` by the numbers of those questions among the ones past the first ``shown``, listed by
    topic at a handout's end ("Nog uit te zoeken (met 'weet niet' beantwoord): vragen 14 en 19, achteraan"), or ""
    for none."""
    found = [number for number, item in enumerate(asked[shown:], start=shown + 1) if item.answered_unknown]
    if not found:
        return ""
    code = "still-unknown-numbered" if len(found) > 1 else "still-unknown-number"
    return _w(code, lang, numbers=_numbers_said(found, lang))


def _answered_unknown(group: list[Question], not_known: Collection[str], lang: Language) -> str:
    """That a question was answered "weet niet"; for a question shown for several facts or partners, for which
    of them, when not for all."""
    unknown = [question for question in group if question.answered_not_known or question.fact in not_known]
    if not unknown:
        return ""
    if len(unknown) == len(group):
        return _w("answered-unknown", lang)
    names = ", ".join(question.partner or spec_of(question.fact).short(lang) for question in unknown)
    return _w("answered-unknown-for", lang, which=names)


def question_reason(question: Question, lang: Language) -> str:
    """Why a consultation asks a question, as a report says it beside it ("(raakt: type uitdaging, samenwerkingsvorm,
    samen met andere antwoorden)"), or "" for none: a policy officer was asked six abstract criteria first, and
    nothing said they decide the type of challenge."""
    return (
        f"({_w('can-change', lang, changes=_changes(question.changes, lang, named=True))})" if question.changes else ""
    )


def question_prompt(question: Question, lang: Language) -> str:
    """A question as a consultation asks it: the question, its possible answers and "weet niet". The choices
    are always listed, to be typed as they read; a hint the question gives already ("een naam, of 'niemand'") is
    not said twice."""
    answers = _answer_words(question, lang)
    if question.answer.kind not in ("yes_no", "choice"):
        answers = [answer for answer in answers if answer.lower() not in question.question.lower()]
    return f"{question.question} [{' / '.join([*answers, word('dont-know-enter').pick(lang)])}] "


# where one sentence ends and the next begins: a full stop, then a capital or a quotation mark ("bv. een" goes on)
_NEXT_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'‘“])")


def _tail_as_before(before: str, after: str, lang: Language) -> str:
    """``after`` with the sentences it ends in as ``before`` does said as "Verder zoals nu, vanaf '…'": the
    governance mode's notes (whose threshold, whose table, whose limits) stood word for word under "nu:" and "dan:",
    eight lines twice (a policy officer's what-if). Kept whole where it shares no more than a sentence's end with
    ``before``."""
    before_parts, after_parts = _NEXT_SENTENCE.split(before), _NEXT_SENTENCE.split(after)
    shared = 0
    while (
        shared < min(len(before_parts), len(after_parts)) - 1 and before_parts[-1 - shared] == after_parts[-1 - shared]
    ):
        shared += 1
    if shared < 2:
        return after
    # (from where: "Verder zoals nu." alone read as taking over what "nu:" said before it too, "niet van toepassing
    # als de ratio …" that no longer held, a policy officer's trial)
    start = " ".join(after_parts[-shared].split()[:_WORDS_NAMED])
    return " ".join([*after_parts[:-shared], _w("rest-as-now", lang, start=start.rstrip(".,:;"))])


_WORDS_NAMED = 4
"""How many words of the first sentence taken over from "nu:" name where "dan:" goes on as it."""


def _said_with_assumed(conclusion: Conclusion, lang: Language) -> str:
    """A conclusion's sentence, and what it comes out as on the condition its rules apply under ("Als dit een
    organisatienetwerk is: een van …"): the report shows both, and what-if before and after it."""
    sentence = conclusion.sentence
    assumed = conclusion.assumed
    if assumed is not None and assumed.value is not None:
        # (with what supports it there: "leiderorganisatienetwerk, gesteund door 3 van de 4 factoren (…)")
        value = assumed.basis or assumed.label
        sentence += " " + _w("assumed", lang, condition=_capital(assumed.assuming.text), value=value)
    elif assumed is not None and assumed.outcomes:
        possible = either([Text(outcome.label, outcome.label) for outcome in assumed.outcomes]).pick(lang)
        sentence += " " + _w("assumed-open", lang, condition=_capital(assumed.assuming.text), outcomes=possible)
    return sentence


def report(
    advice: Advice,
    case: Case | Mapping[str, Any] | None = None,
    *,
    detail: bool = False,
    not_known: Collection[str] = (),
    number_every_question: bool = False,
) -> Report:
    """The advice as a report for people: what to say, in order (see the module's docstring).

    Args:
        not_known: the facts the person already answered "weet niet" (a consultation's, see
            :attr:`Consultation.not_known`): their questions stay, as what is still to be found out, and say so.
            Those a mapping ``case`` gives as "weet niet" are added, as :meth:`Advisor.advise` adds them (a tool
            builder's report of a dict left out what the command line's report of the same case as a file said).
        number_every_question: what a finding or a conclusion hangs on is named by the number of every question
            that decides it, not only of those shown first: for a handout, which lists the others at its end (its
            "vragen 1 en 2" left out the form's question, number 8 there: a policy officer).
    """
    written: Mapping[str, Any] | None = None
    if case is not None and not isinstance(case, Case):
        written = case
        case = parse_case(case)  # the mapping advise() took: the same checks, the same CaseError
        not_known = {*not_known, *answered_not_known(case, written)}
    lang = advice.language
    title = advice.case_title or _w("untitled", lang)
    conclusions = []
    for name in FIXED_CONCLUSIONS:
        conclusion = advice.conclusions.get(name)
        if conclusion is None:
            continue
        conclusions.append(_said_with_assumed(conclusion, lang))
    asked = _asked(advice.questions, lang, not_known)
    shown = asked[:TOP_QUESTIONS]
    numbered = asked if number_every_question else shown  # (the questions a number may name)
    findings = sorted(advice.findings, key=lambda f: _SEVERITY_ORDER[f.severity])
    to_do = [f for f in findings if f.severity != "info"]
    by_fact = {question.fact: question for question in advice.questions}
    falling_away = [_may_fall_away(f, by_fact) for f in to_do]  # (each finding once: its mark, and the heading)
    todo = _each_hanging_on(
        [_item(f, lang, provisional=bool(facts)) for f, facts in zip(to_do, falling_away, strict=True)],
        falling_away,
        numbered,
        lang,
    )
    # (titles only: said beside its words; starred as what to do is: a policy officer saw two go with an answer)
    info = [_item(f, lang, provisional=bool(_may_fall_away(f, by_fact))) for f in findings if f.severity == "info"]
    on_condition: dict[str, list[tuple[Finding, list[str]]]] = {}
    assumed_of: dict[str, Conclusion | None] = {}
    for finding in sorted(advice.conditional_findings, key=lambda f: _SEVERITY_ORDER[f.severity]):
        assert finding.assuming is not None
        assumed = advice.conclusions.get(finding.assuming.conclusion)
        hangs_on = _may_fall_away(finding, by_fact, assumed.unknown if assumed is not None else ())
        on_condition.setdefault(finding.assuming.text, []).append((finding, hangs_on))
        assumed_of[finding.assuming.text] = assumed
    conditional = [
        (
            _provisional_heading(
                _condition_heading(_capital(condition), assumed_of[condition], advice.questions, numbered, lang),
                [hangs_on for _finding, hangs_on in listed],
                numbered,
                lang,
            )
            + ":",
            _each_hanging_on(
                [_item(finding, lang, provisional=bool(hangs_on)) for finding, hangs_on in listed],
                [hangs_on for _finding, hangs_on in listed],
                numbered,
                lang,
            ),
        )
        for condition, listed in on_condition.items()
    ]
    # (what the advice says of the case's answers, after the case)
    answers_said = [
        *(w.text for w in advice.waiting_answers),
        *([advice.unused_answers.text] if advice.unused_answers else []),
        *([advice.answers_set_aside.text] if advice.answers_set_aside else []),
        *(alike.text for alike in advice.look_alike_names),
    ]
    out = Report(
        lang,
        title,
        [*(case_summary(case, lang, not_known=not_known) if case is not None else []), *answers_said],
        conclusions,
        todo,
        conditional,
        shown,
        len(asked) - len(shown),
        info,
        _w("footer", lang, version=advice.rulebase_version),
        todo_heading=_provisional_heading(_w("todo", lang), falling_away, numbered, lang),
        still_unknown=_still_unknown(asked[TOP_QUESTIONS:], advice.questions, not_known, lang),
        still_unknown_numbered=_still_unknown_numbered(asked, TOP_QUESTIONS, lang),
        held_back=_held_back(advice.held_questions, lang),
        rest_by_topic=_by_topic(asked, TOP_QUESTIONS, lang),
        marks=(
            _w("warning-mark", lang)
            if any(item.severity == "warning" for item in [*todo, *(i for _h, items in conditional for i in items)])
            else ""
        ),
        case_whole=[
            *(case_summary(case, lang, every_partner=True, not_known=not_known) if case is not None else []),
            *answers_said,
        ],
        answers_given=_answers_given(case, not_known, lang, written) if case is not None else [],
        summary=_summary(
            advice,
            {finding.rule_id for finding, facts in zip(to_do, falling_away, strict=True) if facts},
            {condition: [finding for finding, _hangs_on in listed] for condition, listed in on_condition.items()},
            numbered,
            lang,
        ),
    )
    if todo:
        for condition, listed in on_condition.items():
            # every piece listed there, the warnings and the information among them named: information counted
            # as advice read as advice once the condition held and it went to "Ter informatie" (a policy officer),
            # and left out, three stood above four listed (another)
            count = len(listed)
            warnings = sum(finding.severity == "warning" for finding, _hangs_on in listed)
            informing = sum(finding.severity == "info" for finding, _hangs_on in listed)
            if count == 1:
                said = (
                    _w("todo-more-warning-one" if warnings else "todo-more-info-one", lang)
                    if warnings or informing
                    else ""
                )
            else:
                kinds = [
                    *(
                        [REPORT_WORDS["warning-count-one" if warnings == 1 else "warning-count"].format(count=warnings)]
                        if warnings
                        else []
                    ),
                    *([REPORT_WORDS["info-count"].format(count=informing)] if informing else []),
                ]
                said = _w("todo-more-of-which", lang, kinds=together(kinds).pick(lang)) if kinds else ""
            key = "todo-more-on-condition-one" if count == 1 else "todo-more-on-condition"
            out.todo_more.append(_w(key, lang, count=count, condition=condition, warnings=said))
    if detail:
        out.detail = _detail(advice)
    return out


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _detail(advice: Advice) -> list[str]:
    """Rule ids, fact paths and why not: for rule authors and tool builders, not for the default report. Names and
    values are written as a rule file writes them (``collaboration_form``, ``organisation_network``, ``true``),
    a value with its words beside it ("organisation_network (organisatienetwerk)": a policy officer read "niet
    simple" and "differs, fits" as English in a Dutch report), the words around them in the advice's
    language."""
    lang = advice.language
    lines = []
    for name, conclusion in advice.conclusions.items():
        lines.append(
            f"{name} = {_coded(conclusion.value, lang)} ({STATUS_WORDS[conclusion.status].pick(lang)}, "
            f"{CERTAINTY_WORDS[conclusion.certainty].pick(lang)}; {', '.join(conclusion.rules) or '-'})"
        )
        if conclusion.support:
            lines.append(
                "    "
                + _w("support", lang)
                + ": "
                + "; ".join(f"{_coded(value, lang)}: {', '.join(ids)}" for value, ids in conclusion.support.items())
            )
        for alternative in conclusion.alternatives:
            for reason in alternative.why_not:
                lines.append(f"    {_w('not', lang)} {_coded(alternative.value, lang)}: {reason.text}")
        for deciding in conclusion.deciding:
            lines.append(
                f"    {deciding.fact}: "
                + "; ".join(
                    f"{answer.label} → {', '.join(_coded(o, lang) for o in answer.outcomes)}"
                    for answer in deciding.answers
                )
            )
    for finding in [*advice.findings, *advice.conditional_findings]:
        condition = f" [{finding.assuming.text}]" if finding.assuming else ""
        lines.append(
            f"{finding.rule_id}{condition}: "
            + ", ".join(
                f"{used.name}="
                + (
                    _as_in_rules(used.value, lang)
                    if used.bounds is None
                    else word("up-to", low=used.bounds[0], high=used.bounds[1]).pick(lang)
                )
                for used in finding.because
            )
        )
    if advice.questions:
        # (numbered by rank, one per fact: the report above asks a partner's answers and the criteria as one, and
        # a policy officer read "71" here against "van 51" there)
        lines.append(_w("detail-questions", lang, count=len(advice.questions)))
    # each with the number a handout gives it, where that differs (a policy officer could not find "vraag 28" of
    # the handout here, where it is 42)
    numbered = {
        fact: number for number, item in enumerate(_asked(advice.questions, lang), start=1) for fact in item.facts
    }
    for question in advice.questions:
        number = numbered.get(question.fact)
        in_handout = (
            f" {_w('detail-handout-number', lang, number=number)}" if number not in (None, question.rank) else ""
        )
        lines.append(
            f"{question.rank}. {question.fact}{in_handout}: " + ", ".join(change.name for change in question.changes)
        )
    return lines


def _coded(value: str | None, lang: Language) -> str:
    """A conclusion's value as a rule file writes it, with its words beside it where they differ."""
    if value is None:
        return NO_VALUE_OTHER.pick(lang)
    label = value_label(value, lang)
    return value if label == value else f"{value} ({label})"


def _as_in_rules(value: bool | int | str | tuple[str, ...] | None, lang: Language) -> str:
    """A fact's value as a rule file writes it (``true``, ``low``, ``12``), with its words beside it where they
    differ ("low (laag)"); an unknown one as 'weet niet'."""
    if value is None:
        return value_label(None, lang)
    if isinstance(value, bool):
        return f"{'true' if value else 'false'} ({value_label(value, lang)})"
    if isinstance(value, tuple):
        return ", ".join(value)
    if isinstance(value, str):
        return _coded(value, lang)
    return str(value)


# --------------------------------------------------------------------------- text


def _wrap(text: str, indent: str, first: str | None = None) -> list[str]:
    return textwrap.wrap(
        text,
        WIDTH,
        initial_indent=first if first is not None else indent,
        subsequent_indent=indent,
        break_on_hyphens=False,
    ) or [first or indent]


def advice_text(
    advice: Advice,
    case: Case | Mapping[str, Any] | None = None,
    *,
    detail: bool = False,
    not_known: Collection[str] = (),
) -> str:
    """The advice as plain text, in the advice's language, at most :data:`WIDTH` characters a line
    (``not_known``: the facts the person already answered "weet niet", a consultation's
    :attr:`Consultation.not_known`; their questions stay, and say so)."""
    r = report(advice, case, detail=detail, not_known=not_known)
    lang = r.lang
    lines = _wrap(_w("advice-for", lang, title=r.title), "")
    for line in r.case:
        lines += _wrap(line, "  ")
    lines += ["", _w("conclusions", lang)]
    for sentence in r.conclusions:
        lines += _wrap(sentence, "    ", "  ")
    if r.todo:
        lines += ["", *_wrap(r.todo_heading, "  ", "")]
        for item in r.todo:
            lines += _items_text([item], lang)
        for more in r.todo_more:
            lines += _wrap(more, "    ", "  ")
    for heading, items in r.conditional:
        lines += ["", *_wrap(heading, "  ", "")]
        lines += _items_text([item for item in items if item.severity != "info"], lang)
        informing = [item for item in items if item.severity == "info"]
        if informing:  # (titles only, as below: what the advice informs of on that condition)
            said = "; ".join(f"{item.title} ({item.where})" for item in informing)
            lines += _wrap(_w(_info_code(informing, "info-line"), lang, items=said), "    ", "  ")
    lines += [
        "",
        _w("questions", lang, shown=len(r.questions), total=len(r.questions) + r.more_questions)
        if r.questions
        else _w("no-questions", lang),
    ]
    for number, asked in enumerate(r.questions, start=1):
        shown = asked.changes_named if detail else asked.changes
        changes = f" ({_w('can-change', lang, changes=shown)})" if asked.changes else ""
        answers = f" [{asked.answers}]" if asked.answers else ""
        said = f" ({asked.answered_unknown})" if asked.answered_unknown else ""
        lines += _wrap(f"{asked.question}{answers}{changes}{said}", "     ", f"  {number}. ".ljust(5))
    if r.more_questions and not r.questions:
        lines += [f"  {_more(r.more_questions, lang)}"]  # the heading says how many there are, when it is shown
    if r.still_unknown:
        lines += _wrap(r.still_unknown, "    ", "  ")
    if r.held_back:
        lines += _wrap(r.held_back, "    ", "  ")
    if r.info:  # for information: the titles and where they come from, in a line or two; the words are in
        # --detail and JSON
        lines += [
            "",
            *_wrap(
                _w(
                    _info_code(r.info, "info-line"),
                    lang,
                    items="; ".join(f"{item.title} ({item.where})" for item in r.info),
                ),
                "  ",
            ),
        ]
    if r.detail:
        lines += ["", _w("detail", lang)]
        for item in r.info:
            lines += _wrap(f"{item.title}: {item.text}", "    ", "  ")
        lines += [f"  {line}" for line in r.detail]
    lines += ["", *_wrap(f"{r.footer}; {_w('sections-short', lang)}", "", "")]
    return "\n".join(lines) + "\n"


def _more(count: int, lang: Language) -> str:
    return word("more-question" if count == 1 else "more-questions", count=count).pick(lang)


def _mark(severity: str) -> str:
    """How the text marks a finding of ``severity``: "!" a warning, "-" the rest."""
    return "!" if severity == "warning" else "-"


def _items_text(items: Iterable[Item], lang: Language) -> list[str]:
    lines = []
    for item in items:
        lines += _wrap(f"{item.title} ({item.where})", "    ", f"  {_mark(item.severity)} ")
        lines += _wrap(item.text, "    ")
    return lines


def advice_json(advice: Advice) -> str:
    """The advice as the command line writes JSON: :meth:`Advice.model_dump_json` indented by two and ending in
    a newline (the same data; ``Advice.model_validate_json`` reads either back)."""
    return advice.model_dump_json(indent=2) + "\n"


# --------------------------------------------------------------------------- Markdown


# An ampersand that would start a character reference (&amp; &#38; &#x26;); any other reads as itself in Markdown,
# and escaping it would put "Provan &amp; Kenis" in front of whoever reads the file as text.
_CHARACTER_REFERENCE = re.compile(r"&(?=#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)")


def _md(text: str) -> str:
    """Text from the rules or the case, safe in Markdown: no HTML, no emphasis or links of its own, on one line (a
    goal statement from a form's text area began lists and headings of its own, and broke the list of questions
    it stood in: a tool builder), and no list or quotation it starts by itself."""
    escaped = _CHARACTER_REFERENCE.sub("&amp;", " ".join(text.split())).replace("<", "&lt;")
    for character in "\\`*_[]#|":
        escaped = escaped.replace(character, "\\" + character)
    return _MD_BLOCK_START.sub(r"\1\\\2", escaped)


_MD_BLOCK_START = re.compile(r"^(\d*)([-+>]|(?<=\d)[.)])(?=\s|$)")
"""What makes a line a list item or a quotation in Markdown: "- ", "+ ", "> ", "1. ", "1) " at its start."""


def _date_of_report(made_on: object, lang: Language) -> str:
    """The date a report names: ``made_on`` (today when None), a date as YYYY-MM-DD written as its language writes
    it ("6 december 2026": a policy officer would have crossed out "2026-12-06" on a handout), other text as given."""
    if made_on is None:
        made_on = datetime.date.today().isoformat()
    if not isinstance(made_on, str):  # (a tool builder's advice_markdown(advice, case) failed deep inside)
        raise TypeError(
            f"made_on is the report's date as text ('2026-12-04'), not {type(made_on).__name__}: pass the case as "
            "case=..."
        )
    try:
        day = datetime.date.fromisoformat(made_on.strip())
    except ValueError:
        return made_on
    return f"{day.day} {MONTHS[day.month - 1].pick(lang)} {day.year}"


def advice_markdown(
    advice: Advice,
    made_on: str | None = None,
    case: Case | Mapping[str, Any] | None = None,
    *,
    not_known: Collection[str] = (),
) -> str:
    """A printable report for a mayors' consultation or a steering group, in Markdown.

    Args:
        made_on: the date the report names (default: today); one given as YYYY-MM-DD is written as the report's
            language writes it ("6 december 2026").
        case: the case, for its summary at the top (what it is about, the partners).
        not_known: the facts already answered "weet niet" (a consultation's :attr:`Consultation.not_known`):
            their questions stay, as what is still to be found out, and say so.

    Raises:
        TypeError: when ``made_on`` is not text (``advice_markdown(advice, case)`` passes the case as the date).
    """
    r = report(advice, case, not_known=not_known, number_every_question=True)
    lang = r.lang
    made_on = _date_of_report(made_on, lang)
    lines = [f"# {_md(_w('advice-for', lang, title=r.title))}", ""]
    lines += [_md(line) + "  " for line in r.case_whole] + ([""] if r.case_whole else [])
    if r.summary:
        lines += [f"## {_w('summary-heading', lang)}", ""] + [f"- {_md(line)}" for line in r.summary] + [""]
    lines += [f"## {_w('conclusions', lang)}", ""] + [f"- {_md(sentence)}" for sentence in r.conclusions]
    if r.todo:
        lines += ["", f"## {_md(_as_heading(r.todo_heading))}", ""] + [_md_item(item) for item in r.todo]
        lines += [line for more in r.todo_more for line in ("", _md(more))]
    for heading, items in r.conditional:
        lines += ["", f"## {_md(_as_heading(heading))}", ""]
        lines += [_md_item(item) for item in items if item.severity != "info"]
        informing = [item for item in items if item.severity == "info"]
        if informing:  # (said to be for information, as the text report says it: a policy officer found it not)
            lines += ["", f"*{_md(_w(_info_code(informing, 'info'), lang))}:*", ""]
            lines += [_md_item(item) for item in informing]
    lines += ["", f"## {_w('questions-heading', lang)}", ""]
    lines += [
        f"{number}. {_md(item.question)}"
        + (f" *({_md(item.answers)})*" if item.answers else "")
        + (f" — {_md(_w('can-change', lang, changes=item.changes_named))}" if item.changes else "")
        + (f" *({_md(item.answered_unknown)})*" if item.answered_unknown else "")
        for number, item in enumerate(r.questions, start=1)
    ] or [f"- {_w('no-questions', lang)}"]
    if r.more_questions:
        # (a sentence of its own here, and where they are)
        lines += ["", _capital(_more(r.more_questions, lang)) + "; " + _w("rest-below", lang) + "."]
    still_unknown = r.still_unknown_numbered if r.rest_by_topic else r.still_unknown
    if still_unknown:
        lines += ["", _md(still_unknown)]
    if r.held_back and not r.rest_by_topic:  # (else after the other open questions, at the end)
        lines += ["", _md(r.held_back)]
    if r.info:
        lines += ["", f"## {_w(_info_code(r.info, 'info'), lang)}", ""] + [_md_item(item) for item in r.info]
    if r.answers_given:
        lines += ["", f"## {_w('answers-given', lang)}", ""]
        lines += [f"- {_md(question)} **{_md(answer)}**" for question, answer in r.answers_given]
    lines += [*(["", f"*{_md(r.marks)}*"] if r.marks else []), "", f"*{_md(_w('sections-note', lang))}*"]
    lines += ["", f"*{_md(r.footer)} · {_md(made_on)}*"]
    # (after the advice and what explains its marks: a policy officer read "Met ! gemarkeerd" on the last page)
    if r.rest_by_topic:
        lines += ["", f"## {_w('rest-heading', lang)}", "", _md(_w("rest-intro", lang))]
        for topic, numbered in r.rest_by_topic:
            lines += ["", f"*{_md(topic)}*", ""]
            lines += [
                f"{number}. {_md(asked.question)}"
                + (f" *({_md(asked.answers)})*" if asked.answers else "")
                + (f" *({_md(asked.answered_unknown)})*" if asked.answered_unknown else "")
                for number, asked in numbered
            ]
        if r.held_back:  # (under a heading of its own, as each topic above: it stood last without one, a trial)
            lines += ["", f"*{_md(_w('held-back-heading', lang))}*", "", _md(r.held_back)]
    return "\n".join(lines) + "\n"


def _as_heading(lead_in: str) -> str:
    """A lead-in of the text report ("Als dit een organisatienetwerk is (…):") as a heading: without its colon."""
    return lead_in.rstrip().removesuffix(":")


def _md_item(item: Item) -> str:
    bold = f"**{_md(item.title)}**"
    mark = "**!** " if item.severity == "warning" else ""  # as the text report marks a warning (HTML: its class)
    return f"- {mark}{bold} ({_md(item.where)}): {_md(item.text)}"


# --------------------------------------------------------------------------- HTML


def advice_html(
    advice: Advice,
    made_on: str | None = None,
    case: Case | Mapping[str, Any] | None = None,
    *,
    not_known: Collection[str] = (),
) -> str:
    """The same report as one self-contained HTML file that prints to A4; every text is escaped.

    Args:
        made_on: the date the report names (default: today); one given as YYYY-MM-DD is written as the report's
            language writes it ("6 december 2026").
        case: the case, for its summary at the top (what it is about, the partners).
        not_known: the facts already answered "weet niet" (a consultation's :attr:`Consultation.not_known`):
            their questions stay, as what is still to be found out, and say so.

    Raises:
        TypeError: when ``made_on`` is not text (``advice_markdown(advice, case)`` passes the case as the date).
    """
    r = report(advice, case, not_known=not_known, number_every_question=True)
    lang = r.lang
    made_on = _date_of_report(made_on, lang)
    e = html_lib.escape

    def items(entries: list[Item]) -> str:
        return (
            "<ul>"
            + "".join(
                # a warning marked as the text and Markdown reports mark it: its colour alone is lost on a
                # black-and-white printout for the mayors (a policy officer)
                f'<li class="{e(item.severity)}">{"<b>!</b> " if item.severity == "warning" else ""}'
                f"<b>{e(item.title)}</b> <small>({e(item.where)})</small><br>"
                f"{e(item.text)}</li>"
                for item in entries
            )
            + "</ul>"
        )

    parts = [f"<h1>{e(_w('advice-for', lang, title=r.title))}</h1>"]
    if r.case_whole:
        parts.append("<p>" + "<br>".join(e(line) for line in r.case_whole) + "</p>")
    if r.summary:  # (the page a little fuller for it: the guide's example stays on two printed pages)
        parts.append(
            f"<h2>{e(_w('summary-heading', lang))}</h2><ul>"
            + "".join(f"<li>{e(line)}</li>" for line in r.summary)
            + "</ul>"
        )
    parts.append(
        f"<h2>{e(_w('conclusions', lang))}</h2><ul>"
        + "".join(f"<li>{e(sentence)}</li>" for sentence in r.conclusions)
        + "</ul>"
    )
    if r.todo:
        parts.append(f"<h2>{e(_as_heading(r.todo_heading))}</h2>{items(r.todo)}")
        parts += [f"<p>{e(more)}</p>" for more in r.todo_more]
    for heading, entries in r.conditional:
        informing = [entry for entry in entries if entry.severity == "info"]
        parts.append(
            f"<h2>{e(_as_heading(heading))}</h2>{items([entry for entry in entries if entry.severity != 'info'])}"
            # (said to be for information, as the text report says it: a policy officer read it as advice)
            + (f"<p><em>{e(_w(_info_code(informing, 'info'), lang))}:</em></p>{items(informing)}" if informing else "")
        )
    questions = "".join(
        f"<li>{e(item.question)}"
        + (f" <small>({e(item.answers)})</small>" if item.answers else "")
        + (f"<br><small>{e(_w('can-change', lang, changes=item.changes_named))}</small>" if item.changes else "")
        + (f"<br><small><em>{e(item.answered_unknown)}</em></small>" if item.answered_unknown else "")
        + "</li>"
        for item in r.questions
    )
    parts.append(
        f"<h2>{e(_w('questions-heading', lang))}</h2>"
        + (f"<ol>{questions}</ol>" if questions else f"<p>{e(_w('no-questions', lang))}</p>")
        + (
            f"<p>{e(_capital(_more(r.more_questions, lang)))}; {e(_w('rest-below', lang))}.</p>"
            if r.more_questions
            else ""
        )
        + (f"<p>{e(still_unknown)}</p>" if (still_unknown := r.still_unknown_numbered or r.still_unknown) else "")
        + (f"<p>{e(r.held_back)}</p>" if r.held_back and not r.rest_by_topic else "")
    )
    if r.info:
        parts.append(f"<h2>{e(_w(_info_code(r.info, 'info'), lang))}</h2>{items(r.info)}")
    if r.answers_given:
        parts.append(
            f"<h2>{e(_w('answers-given', lang))}</h2><ul>"
            + "".join(f"<li>{e(question)} <b>{e(answer)}</b></li>" for question, answer in r.answers_given)
            + "</ul>"
        )
    parts.append(
        "<footer>"
        + (f"<p><small>{e(r.marks)}</small></p>" if r.marks else "")
        + f"<p><small>{e(_w('sections-note', lang))}</small></p>"
        f"<p><small>{e(r.footer)} · {e(made_on)}</small></p></footer>"
    )
    if r.rest_by_topic:
        # (on a page of its own when printed, as what a reader looks up: the advice itself stays on the pages it had,
        # two for the guide's example)
        parts.append(
            f'<section class="rest"><h2>{e(_w("rest-heading", lang))}</h2><p>{e(_w("rest-intro", lang))}</p>'
            + "".join(
                f"<p><em>{e(topic)}</em></p><ol>"
                + "".join(
                    f'<li value="{number}">{e(item.question)}'
                    + (f" <small>({e(item.answers)})</small>" if item.answers else "")
                    + (f" <small><em>({e(item.answered_unknown)})</em></small>" if item.answered_unknown else "")
                    + "</li>"
                    for number, item in items
                )
                + "</ol>"
                for topic, items in r.rest_by_topic
            )
            + (f"<p><em>{e(_w('held-back-heading', lang))}</em></p><p>{e(r.held_back)}</p>" if r.held_back else "")
            + "</section>"
        )
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{e(r.title)}</title>
<style>
@page {{ size: A4; margin: 16mm 15mm; }}
body {{ font-family: system-ui, sans-serif; font-size: 10.5pt; line-height: 1.3; max-width: 48rem; margin: 2rem auto;
       color: #222; }}
h1 {{ font-size: 16pt; margin: 0 0 .4rem; }} h2 {{ font-size: 12pt; margin: 1rem 0 .3rem; break-after: avoid; }}
ul, ol {{ margin: .2rem 0; padding-left: 1.4rem; }} li {{ margin: .25rem 0; break-inside: avoid; }}
.warning b {{ color: #b71c1c; }} .advice b {{ color: #1a4d8f; }} small {{ color: #555; }}
.rest {{ font-size: 9.5pt; break-before: page; }} .rest p {{ margin: .4rem 0 .1rem; break-after: avoid; }}
.rest li {{ margin: .1rem 0; }}
@media print {{ body {{ margin: 0; max-width: none; }} }}
</style></head>
<body id="rapport">
{chr(10).join(parts)}
</body></html>
"""


# --------------------------------------------------------------------------- the case in short


_NAMED_PARTNERS = 4
_STOPS_AT_THE_END = re.compile(r"[\s.]+$")


def case_summary(
    case: Case, lang: Language, *, every_partner: bool = False, not_known: Collection[str] = ()
) -> list[str]:
    """The case in a line or two: what it is about, the partners (the first few, or ``every_partner``), how much
    is known, and how many answers are "weet niet" (``not_known``, see :func:`advice_text`)."""
    # (a description as a YAML block ends in a line break: "beperken.\n" read "beperken. . Thema", a policy officer)
    first = [_STOPS_AT_THE_END.sub("", case.challenge.description)] if case.challenge.description else []
    if case.challenge.theme:
        first.append(_w("theme", lang, theme=case.challenge.theme))
    if case.challenge.rationale:
        first.append(_w("rationale", lang, rationale=value_label(case.challenge.rationale, lang)))
    # a sentence that ends in "?" or "!" keeps its own mark
    lines = (
        ["".join(part + ("" if part.endswith(("?", "!")) else ".") + " " for part in first).rstrip()] if first else []
    )
    # the answers the advice rests on, as the handout lists them (the header shows the title, description and theme
    # itself; what the case says of each partner counts: "2 gekende feiten" for a case with ten such answers read as
    # a case that says next to nothing), and those answered "weet niet" beside them: "26 antwoorden" above a list of
    # 33 with seven "weet niet" read as a slip (a policy officer)
    values = [value for _path, _partner, value in _given(case, not_known)]
    answered = sum(value is not None for value in values)
    known = (
        _w("known-facts-none", lang)
        if answered == 0
        else _w("known-fact", lang)
        if answered == 1
        else _w("known-facts", lang, count=answered)
    )
    if len(values) > answered:
        known = _w("and-not-known", lang, known=known, count=len(values) - answered)
    count = case.governance.partner_count
    if case.partners:
        # the first few names, so that the case stays a line or two; the rest is a count
        # (one more name rather than "…" for it: a policy officer's fifth partner was hidden behind "…")
        shown = (
            case.partners
            if every_partner or len(case.partners) <= _NAMED_PARTNERS + 1
            else case.partners[:_NAMED_PARTNERS]
        )
        names = ", ".join(partner.name for partner in shown)
        # ("(+3)" read as the partners the list leaves out: "…" says only that the list goes on, its count is in front)
        more = _w("more-named", lang) if len(case.partners) > len(shown) else ""
        listed = len(case.partners)
        # a list shorter than the count the case gives is a part of the partners, and says so
        partners = (
            _w("partners-some", lang, listed=listed, count=count, names=names + more)
            if count is not None and count > listed
            # the count answered "weet niet": the list may be incomplete (see facts.partners_known_and_not)
            else _w("partners-count-unknown", lang, listed=listed, names=names + more)
            if case.list_may_be_incomplete and listed != 1
            else _w("partner-count-unknown-one", lang, names=names)
            if case.list_may_be_incomplete
            # the list taken as the whole network, its number never answered: said, as what the advice rests on
            else _w("partners-taken-whole", lang, count=listed, names=names + more)
            if case.count_taken_from_list and listed != 1
            else _w("partner-taken-whole-one", lang, names=names)
            if case.count_taken_from_list
            else _w("partners", lang, count=listed, names=names + more)
            if listed != 1
            else _w("partners-one", lang, names=names)
        )
        lines.append(partners + "; " + known)
    elif count is not None:
        lines.append(
            (_w("partners-unnamed", lang, count=count) if count != 1 else _w("partner-unnamed", lang)) + "; " + known
        )
    else:
        lines.append(_capital(known))
    return lines


# --------------------------------------------------------------------------- rules and facts in words


def _fact_as_subject(path: str, lang: Language) -> str:
    """A fact as the subject of a condition: by its meaning where that names a thing ("Mate van onderling
    vertrouwen tussen de partners (governance.trust) is hoog"), else as the answer to its question ("het antwoord
    op "Is er een burgemeestersoverleg?" (region.mayors_consultation) is ja"): a statement or a question as a
    subject read "Er is een burgemeestersoverleg … is ja" to a tester."""
    spec = FACTS[path]
    meaning = spec.label(lang)
    if spec.short_nl and not meaning.endswith("?"):
        return f"{meaning.rstrip('.')} ({path})"
    return _w("answer-to", lang, question=spec.question(lang), path=path)


def rule_description(rule: Rule, lang: Language) -> dict[str, Any]:
    """A rule in words: its conditions as sentences, what it concludes or advises, where the guide says so."""
    conditions = []
    for condition in rule.conditions:
        subject = (
            _fact_as_subject(condition.name, lang)
            if condition.subject == "fact"
            # ("Governancevorm van nu (governance_mode_current)": a tester read the bare name as code)
            else f"{conclusion_heading(condition.name).pick(lang)} ({condition.name})"
            if conclusion_heading(condition.name).nl != condition.name
            else condition.name
        )
        operand = condition.operand
        shown = (
            ", ".join(value_label(v, lang) for v in operand)
            if isinstance(operand, tuple)
            else ""
            if operand is None
            else value_label(operand, lang)
        )
        if condition.operator in ("neq", "not_in") and shown:
            shown = f"'{shown}'"  # "is niet 'nog geen bewust gekozen vorm'", not "is niet nog geen …" (a tester)
        policy = f" [{_w('policy-value', lang)} {condition.policy}]" if condition.policy else ""
        conditions.append(f"{subject} {BY_NAME[condition.operator].words.pick(lang)} {shown}".rstrip() + policy)
    # the conclusion in words, its code beside it (a rule owner writes the code): "besluit: de samenwerkingsvorm
    # is organisatienetwerk (collaboration_form)"
    does = [
        _w(kind, lang, name=conclusion_in_words(name).pick(lang), value=value_label(value, lang), path=name)
        for kind, pairs in (("concludes", rule.concludes), ("supports", rule.supports))
        for name, value in pairs
    ]
    if rule.finding:
        does.append(f"{_w(rule.finding.severity, lang)}: {_placeholders_named(rule.finding.message.pick(lang), lang)}")
    return {
        "rule_id": rule.id,
        "title": rule.title.pick(lang),
        "sections": list(rule.sections),
        "heuristics": list(rule.heuristics),
        "when": conditions,
        "then": does,
        "source": rule.source,
        "quote": rule.quote,
        "file": rule.file,
        "line": rule.line,
    }


def _placeholders_named(message: str, lang: Language) -> str:
    """A finding's message with each placeholder named in words, as there is no case to fill it from: "[huidige
    governancevorm]" for ``{governance.current_mode}`` (a tester read the braces as code). By the fact's short name:
    its label, a sentence, stood in the middle of one ("de doelconsensus [doelconsensus: in welke mate streeft elke
    partner de gemeenschappelijke doelstelling na] is", a policy officer)."""

    def named(match: re.Match[str]) -> str:
        name = match.group(1)
        if name is None:  # an escaped or lone brace, as the advice shows it
            return "{" if match.group(0) == "{{" else "}" if match.group(0) == "}}" else match.group(0)
        said = spec_of(name).short(lang) if name in FACTS else conclusion_in_words(name).pick(lang)
        return f"[{said[:1].lower()}{said[1:]}]"

    return PLACEHOLDER.sub(named, message)


def fact_description(path: str, rulebase: RuleBase | None, lang: Language) -> dict[str, Any]:
    """What a fact means, its possible values, and which rules use it. A partner's answer is described as every
    partner's (``partners[2].kind`` as ``partners[].kind``)."""
    path = catalogue_path(path)
    spec = spec_of(path)
    return {
        "fact": path,
        "meaning": spec.label(lang),
        "question": spec.question(lang),
        "type": spec.type,
        "values": [value_label(v, lang) for v in spec.values],
        "computed": spec.computed,
        "inputs": list(spec.inputs) if spec.computed else [],
        "follows": spec.after,
        # None: the rules could not be read, so which use it is not known (not: no rule uses it)
        "used_by": _rules_using(path, rulebase) if rulebase is not None else None,
    }  # also through a count or summary computed from it


def _rules_using(path: str, rulebase: RuleBase) -> list[str]:
    """:func:`rules_using`; the partner list is used by every rule that reads a partner's answer (through a
    summary of the list): the advice asks for the list while it is empty."""
    if path != "partners":
        return rules_using(path, rulebase)
    using = [rules_using(partner_path, rulebase) for partner_path in PARTNER_FACTS if partner_path != path]
    return [rule.id for rule in rulebase.rules if any(rule.id in ids for ids in using)]


class NoSuchSubject(NetadvisorError, LookupError):
    """Neither a rule nor a fact of that name; ``suggestion`` is the closest name there is, if any is close."""

    def __init__(self, subject: str, suggestion: str | None):
        super().__init__(subject)
        self.subject, self.suggestion = subject, suggestion

    def __reduce__(self) -> tuple[Any, ...]:
        # whole across processes, as every netadvisor error: a tool builder's explain in a worker broke its pool
        return (type(self), (self.subject, self.suggestion))


def describe(subject: str, rulebase: RuleBase, lang: Language) -> dict[str, Any]:
    """A rule (by its id, or its title as the advice shows it), a policy value or a fact (by its path, or its name
    in words: "vertrouwen") in words, as ``netadvisor explain`` shows it. A rule is also found by part of its title
    when no other rule's title holds that part.

    A conclusion (by its id or its name: "samenwerkingsvorm") is described by the rules that lead to each of its
    values: it is what the rules decide, not a fact a person fills in. Words that name none of these but stand in
    the titles of rules, the questions of facts or the explanations of policy values give those (a search:
    ``subject``, ``rules``, ``facts``, ``policies``).

    Raises:
        NoSuchSubject: ``subject`` names nothing and stands in no title or question.
    """
    if subject in FACTS or catalogue_path(subject) in PARTNER_FACTS:  # (a partner's answer: partners[].kind)
        return fact_description(subject, rulebase, lang)
    if subject in rulebase.policies:
        return policy_description(subject, rulebase, lang)
    try:
        return rule_description(rulebase.rule(subject), lang)
    except KeyError:
        # a conclusion by its name first: "samenwerkingsvorm" is also what --set takes for the form a case says it
        # has (a policy officer's explain of it showed that fact, where the README promises the conclusion)
        conclusion = conclusion_meant(subject)
        if conclusion is not None:
            return conclusion_description(conclusion, rulebase, lang)
        named = fact_meant(subject, near=False)  # a fact named in words: "vertrouwen", "aantal organisaties"
        if named is not None:
            return fact_description(named, rulebase, lang)
        # (or by what the advice says when it has no value: "geen duidelijke vorm")
        conclusion = _without_value_meant(subject, rulebase)
        if conclusion is not None:
            return conclusion_description(conclusion, rulebase, lang)
        # the advice names a rule by its title alone: an officer looks it up by what the report says
        titled = _rules_titled(subject, rulebase)
        if len(titled) == 1:
            return rule_description(titled[0], lang)
        mentioning = facts_mentioning(subject)
        policies = _policies_mentioning(subject, rulebase)
        if len(mentioning) == 1 and not titled and not policies:
            return fact_description(mentioning[0], rulebase, lang)
        if len(policies) == 1 and not titled and not mentioning:
            return policy_description(policies[0], rulebase, lang)
        if titled or mentioning or policies:  # a search, answered as one (rules/README shows it): not an error
            return {
                "subject": subject,
                "rules": [{"rule_id": rule.id, "title": rule.title.pick(lang)} for rule in titled],
                "facts": [{"fact": path, "question": FACTS[path].question(lang)} for path in mentioning],
                "policies": [
                    {"policy": name, "explanation": rulebase.policies[name].explanation.pick(lang)} for name in policies
                ],
            }
        near = closest(subject, [*FACTS, *rulebase.policies, *(rule.id for rule in rulebase.rules)])
        raise NoSuchSubject(subject, near or fact_meant(subject)) from None  # ("vertrouwen": a fact's name)


def _policies_mentioning(subject: str, rulebase: RuleBase) -> list[str]:
    """The policy values whose explanation, in Dutch or English, holds every word of ``subject`` (at least three
    letters in all): the advice speaks of "de drempel van netadvisor", which the explanations name, not the policy
    value's name a tester could not guess."""
    return [
        name
        for name, policy in rulebase.policies.items()
        if holds_every_word(subject, (policy.explanation.nl, policy.explanation.en))
    ]


def conclusion_description(name: str, rulebase: RuleBase, lang: Language) -> dict[str, Any]:
    """A conclusion: for each value, the rules that conclude it or support it (with their titles)."""
    leading: dict[str, list[dict[str, str]]] = {}
    for rule in rulebase.rules:
        for kind, pairs in (("concludes", rule.concludes), ("supports", rule.supports)):
            for conclusion, value in pairs:
                if conclusion == name:
                    leading.setdefault(str(value), []).append(
                        {"rule_id": rule.id, "title": rule.title.pick(lang), "kind": kind}
                    )
    return {
        "conclusion": name,
        "name": conclusion_in_words(name).pick(lang),
        "values": [
            {"value": value, "label": value_label(value, lang), "rules": rules} for value, rules in leading.items()
        ],
        "without_value": [text.pick(lang) for text in _without_value(name, rulebase)],
    }


def _without_value_meant(subject: str, rulebase: RuleBase) -> str | None:
    """The fixed conclusion whose words for no value are ``subject`` ("geen duidelijke vorm", "geen duidelijk
    type", with or without what follows in brackets; "niet van toepassing" of the one whose rules apply only on a
    condition): a policy officer asked explain what the advice meant by them, and was told they named nothing."""
    wanted = normal_word(subject).strip(" .'\"")
    for name, text in NO_VALUE.items():
        if any(wanted in (normal_word(said), normal_word(said.split(" (")[0])) for said in (text.nl, text.en)):
            return name
    if wanted in (normal_word(NOT_APPLICABLE.nl), normal_word(NOT_APPLICABLE.en)):
        guarded = [name for name in FIXED_CONCLUSIONS if rulebase.guard(name) is not None]
        return guarded[0] if len(guarded) == 1 else None
    return None


def _without_value(name: str, rulebase: RuleBase) -> list[Text]:
    """What it means that ``name`` comes out without a value, as the advice says it: below netadvisor's threshold
    ("Geen duidelijke vorm betekent hier: …"), and not applicable where its rules apply only on a condition."""
    said = []
    threshold = rulebase.threshold(name)
    if threshold is not None:
        policy = rulebase.threshold_policy(name)
        # (which policy value sets it: a rule owner who read the sentence did not know what to change)
        meaning = threshold_meaning(name, *threshold)
        said.append(meaning + word("set-by-policy", policy=policy) if policy else meaning)
    guard = rulebase.guard(name)
    if guard is not None:
        said.append(not_applicable(name, assumption(*guard)))
    return said


def _rules_titled(subject: str, rulebase: RuleBase) -> list[Rule]:
    """The rules whose title (in either language) is ``subject``, in any capitals and spacing; else those whose
    title holds it."""
    # as copied from a report: "- De soevereiniteitskwestie verdient extra aandacht* (§3, §7)", "**…**", and
    # "Een complexe uitdaging (§2; ook Westley, Zimmerman & Patton (2006))": from the sections to the end
    copied = subject.replace("*", "").strip()
    copied = copied[: copied.find(" (§")] if " (§" in copied else copied
    wanted = normal_word(copied.lstrip("-!• ")).strip(" .'\"")
    if len(wanted) < 3:
        return []
    titles = [(rule, {normal_word(rule.title.nl), normal_word(rule.title.en)}) for rule in rulebase.rules]
    exact = [rule for rule, names in titles if wanted in names]
    # whole words only: "de doelconsensus" once found "Gemiddelde doelconsensus …"
    part = re.compile(rf"(?<!\w){re.escape(wanted)}(?!\w)")
    return exact or [rule for rule, names in titles if any(part.search(name) for name in names)]


def policy_description(name: str, rulebase: RuleBase, lang: Language) -> dict[str, Any]:
    """A policy value: what it is now, why, where it is set and which rules read it."""
    policy = rulebase.policies[name]
    using = [rule.id for rule in rulebase.rules if any(condition.policy == name for condition in rule.conditions)]
    return {
        "policy": name,
        "value": policy.value,
        "explanation": policy.explanation.pick(lang),
        "used_by": using,
        # a decision's minimum support is read by no rule's condition: "used by no rule" hid that it decides
        "decisions": [conclusion for conclusion, decision in rulebase.decisions.items() if decision.policy == name],
        "file": policy.file,
        "line": policy.line,
    }


def description_text(description: dict[str, Any], lang: Language) -> str:
    """A description from :func:`describe` as lines of text."""
    if "subject" in description:
        subject = description["subject"]
        # (the command line's words: its --set lists facts the same way)
        lines = [command_says("subject-search", subject=subject).pick(lang)]
        if description["rules"]:
            lines.append(f"  {command_says('subjects-titled', subject=subject).pick(lang)}")
            lines += [f"    {rule['rule_id']}: {rule['title']}" for rule in description["rules"]]
        if description["facts"]:
            lines.append(f"  {command_says('facts-mentioning', name=subject).pick(lang)}")
            lines += [f"    {fact['fact']}: {fact['question']}" for fact in description["facts"]]
        if description["policies"]:
            lines.append(f"  {command_says('policies-mentioning', name=subject).pick(lang)}")
            for policy in description["policies"]:
                lines += _wrap(f"{policy['policy']}: {policy['explanation']}", "      ", "    ")
        return "\n".join(lines) + "\n"
    if "conclusion" in description:
        lines = [_w("conclusion-decided", lang, conclusion=description["conclusion"], name=description["name"])]
        for value in description["values"]:
            lines.append(f"  {value['label']}:")
            lines += [
                f"    {_w('rule-' + rule['kind'], lang)} {rule['rule_id']}: {rule['title']}" for rule in value["rules"]
            ]
        if description["without_value"]:
            lines.append(f"  {_w('without-value', lang)}")
            for said in description["without_value"]:
                lines += _wrap(said, "    ", "    ")
        return "\n".join(lines) + "\n"
    if "policy" in description:
        lines = [
            f"{description['policy']} = {description['value']} ({_w('policy-value', lang)})",
            *_wrap(description["explanation"], "  ", "  "),
            f"  {_w('used-by', lang)}: "
            + (
                ", ".join(
                    [
                        *description["used_by"],
                        *(
                            _w("used-by-decision", lang, conclusion=conclusion_in_words(conclusion).pick(lang))
                            for conclusion in description["decisions"]
                        ),
                    ]
                )
                or _w("used-by-none-policy", lang)
            ),
            f"  {description['file']}:{description['line']}",
        ]
        return "\n".join(lines) + "\n"
    if "rule_id" in description:
        lines = [
            f"{description['rule_id']}: {description['title']}",
            f"  {_w('section', lang)} §{', §'.join(description['sections'])}"
            + (f" · {', '.join(description['heuristics'])}" if description["heuristics"] else ""),
            f"  {_w('when', lang)}:",
        ]
        lines += [f"    - {condition}" for condition in description["when"]]
        lines += [f"  {_w('then', lang)}:"] + [f"    - {does}" for does in description["then"]]
        if description["quote"]:
            lines.append(f'  {_w("the-guide", lang)}: "{description["quote"]}"')
        if description["source"]:
            lines.append(f"  {_w('source', lang)}: {description['source']}")
        lines.append(f"  {description['file']}:{description['line']}")
        return "\n".join(lines) + "\n"
    if description["type"] == "int":
        values = ", ".join(description["values"]) or word("number").pick(lang)
    elif description["type"] == "text":
        values = word("text").pick(lang)
    elif description["type"] == "partners":
        values = word("partner_list").pick(lang)
    else:
        values = ", ".join(description["values"])
    after_values = ";" if description["type"] == "partners" else ","  # (the partner list's answer holds commas)
    lines = [
        f"{description['fact']}: {description['meaning']}",
        f"  {_w('question', lang)}: {description['question']}",
        f"  {_w('answers', lang)}: {values}{after_values} {word('dont-know').pick(lang)}",
        f"  {_w('used-by', lang)}: "
        + (
            _w("used-by-unknown", lang)
            if description["used_by"] is None
            else ", ".join(description["used_by"]) or _w("used-by-none", lang)
        ),
    ]
    if description["computed"]:
        lines.append(f"  {_w('computed-from', lang, inputs=', '.join(description['inputs']))}")
    if description["follows"] and description["used_by"]:  # a fact no rule uses is never asked, follow-up or not
        lines.append(f"  {_w('follows', lang, parent=description['follows'])}")
    return "\n".join(lines) + "\n"


def _change_words(path: str, value: Any, already: bool, lang: Language, partner: str | None = None) -> str:
    """A fact changed by what-if: by its short name ("vertrouwen wordt 'hoog'"), or, for a fact that has none
    and whose label is a statement, by its question ("Is er een burgemeestersoverleg?" → 'nee'), which does not
    read as if the statement were true. ``already``: the case had it so ("blijft", not "wordt")."""
    spec = spec_of(path)
    shown = (
        ", ".join(value)
        if path == "partners" and isinstance(value, list)
        # (a number known within bounds in words: "'8..100000'" was read as nothing at all, a policy officer's trial)
        else count_within(value).pick(lang)
        if isinstance(value, Bounds)
        else value_label(value, lang)
    )
    if spec.short_nl:
        code = "change-already" if already else "change-to"
        return _w(code, lang, fact=spec.short(lang), value=shown)
    code = "change-answer-already" if already else "change-answer"
    question = spec.question(lang)
    if path.startswith("partners["):  # which partner: by the name its question gave, else by its path
        question = word("for-partner", question=question, partner=partner or path.partition(".")[0]).pick(lang)
    return _w(code, lang, question=question, value=shown)


def _partner_list_lines(before: Sequence[str], after: Sequence[str], lang: Language) -> list[str]:
    """A partner list what-if set, name by name: how many, which are new (a name the case did not list, as the
    case tells names apart: without the answers about a partner listed under another spelling), and which are no
    longer listed."""
    listed = {normal_word(name) for name in before}
    named = {normal_word(name) for name in after}
    quoted = [word("quoted", value=name).pick(lang) for name in after]
    shown = ", ".join(
        name if normal_word(plain) in listed else _w("partner-new", lang, name=name)
        for plain, name in zip(after, quoted, strict=True)
    )
    code = "partners-listed-one" if len(after) == 1 else "partners-listed"
    lines = _wrap(_w(code, lang, count=len(after), names=shown), "    ", "  ")
    dropped = [word("quoted", value=name).pick(lang) for name in before if normal_word(name) not in named]
    if dropped:
        lines += _wrap(_w("partners-dropped", lang, names=", ".join(dropped)), "    ", "  ")
    return lines


def what_if_text(result: WhatIf, lang: Language | None = None) -> str:
    """What changes, in words: each fixed conclusion in :attr:`WhatIf.conclusions_changed` (its value, how certain
    it is, or what it can still come out as), its sentence before and after; the advice that comes and goes, by
    title. In the advice's language: its sentences are in it.

    Raises:
        ValueError: for a ``lang`` other than the advice's (ask ``what_if(..., lang=...)`` in that language: a tool
            builder got English around Dutch sentences).
    """
    if lang is not None and lang != result.after.language:
        raise ValueError(
            f"this what-if was worked out in {result.after.language!r}, and its sentences are in that language: "
            f"render it in {result.after.language!r}, or ask what_if(..., lang={lang!r})"
        )
    lang = result.after.language
    # a partner's answer by the partner's name: one the case answers has no question to take it from (a policy
    # officer read "(partners[0])")
    partners = {question.fact: question.partner for question in result.before.questions if question.partner}
    for path in result.changes:
        place = partner_answer(path)
        if place is not None and path not in partners and place[0] < len(result.partners):
            partners[path] = result.partners[place[0]]
    changes = ", ".join(
        _change_words(path, value, path in result.unchanged, lang, partners.get(path))
        for path, value in result.changes.items()
    )
    lines = [_w("changes", lang, changes=changes)]
    if isinstance(result.changes.get("partners"), list):
        lines += _partner_list_lines(result.partners, result.changes["partners"], lang)
    changed = False
    moved = {change.conclusion for change in result.conclusions_changed}
    for name in FIXED_CONCLUSIONS:
        before, after = result.before.conclusions.get(name), result.after.conclusions.get(name)
        # the data's changes, no other (a tool builder's program and the report once disagreed)
        if before is None or after is None or name not in moved:
            continue
        changed = True
        lines += _wrap(_w("said-now", lang, sentence=_said_with_assumed(before, lang)), "      ", "  ")
        said_after = after.sentence
        if after.certainty == "settled" and before.certainty != "settled":
            # that it is firm now, said: a policy officer could tell only from "voorlopig" gone (in place of what its
            # sentence says of a settled conclusion, not twice); of the conclusion's own sentence, before what it
            # comes out as on a condition ("… Als dit een organisatienetwerk is: nog open, …. Dat staat nu vast."
            # read as a contradiction to a coordinator)
            # and after its first sentence, not after "Nu: leiderorganisatienetwerk", the current mode's)
            said, said_now = SETTLED_SAID.pick(lang), SETTLED_NOW_SAID.pick(lang)
            if said in said_after:
                said_after = said_after.replace(said, said_now, 1)
            else:
                first, dot, rest = said_after.partition(". ")
                said_after = f"{first}. {said_now}. {rest}" if dot else f"{said_after} {said_now}."
        said_after += _said_with_assumed(after, lang).removeprefix(after.sentence)
        said_after = _tail_as_before(_said_with_assumed(before, lang), said_after, lang)
        lines += _wrap(_w("said-then", lang, sentence=said_after), "      ", "  ")
    # what the advice says of a conclusion can change while its value and certainty do not (the trust answered: "3
    # van de 4 factoren" becomes "alle 4"; the number of organisations: which answers lead where): said under a line
    # of its own, apart from the conclusions the data lists as changed. A policy officer read "geen besluit
    # verandert" of the number of organisations, where the report's sentence changed what a mayor asks. (Both as
    # "nu" and "dan": "voor" and "na" for the one, "nu" and "dan" for the other read as two tools to another.)
    reworded = [
        name
        for name in FIXED_CONCLUSIONS
        if name not in moved
        and (before := result.before.conclusions.get(name)) is not None
        and (after := result.after.conclusions.get(name)) is not None
        and before.sentence != after.sentence
    ]
    if reworded:
        lines.append("  " + _w("said-otherwise" if changed else "no-conclusion-changes-but-said", lang))
        for name in reworded:
            said_before = _said_with_assumed(result.before.conclusions[name], lang)
            said_after = _tail_as_before(said_before, _said_with_assumed(result.after.conclusions[name], lang), lang)
            lines += _wrap(_w("said-now", lang, sentence=said_before), "      ", "  ")
            lines += _wrap(_w("said-then", lang, sentence=said_after), "      ", "  ")
    elif not changed:
        lines.append("  " + _w("no-conclusion-changes", lang))
        # what a conclusion still hangs on can change without it (the trust answered, the governance mode hangs on
        # the other factors now)
        for name in FIXED_CONCLUSIONS:
            before, after = result.before.conclusions.get(name), result.after.conclusions.get(name)
            if before is None or after is None:
                continue
            deciding = [*(d.fact for d in after.deciding), *after.deciding_together]
            if not deciding or set(deciding) == {*(d.fact for d in before.deciding), *before.deciding_together}:
                continue
            said = _w("hangs-on-now", lang, conclusion=CONCLUSION_IN_A_SENTENCE[name], facts=fact_names(deciding))
            lines += _wrap(said, "      ", "  ")
    titles = {
        finding.rule_id: (finding.title, _where(finding, lang))
        for finding in [*result.before.findings, *result.after.findings]
    }
    # (each marked as the report marks it: a policy officer read a warning listed with '-' as lighter advice)
    marks = {
        finding.rule_id: _mark(finding.severity)
        for finding in [
            *result.before.findings,
            *result.after.findings,
            *result.before.conditional_findings,
            *result.after.conditional_findings,
        ]
    }
    conditional = {
        finding.rule_id: finding.assuming.text
        for finding in result.after.conditional_findings
        if finding.assuming is not None
    }
    was_conditional = {
        finding.rule_id: finding.assuming.text
        for finding in result.before.conditional_findings
        if finding.assuming is not None
    }
    # advice added that an open answer can still take away is marked as the report marks it, by the same rule (a
    # policy officer read the what-if's new advice as firm where the report had starred it; another found one
    # starred here that the report, rightly, did not: the advice about the very fact unknown)
    after_questions = {question.fact: question for question in result.after.questions}
    before_findings = {finding.rule_id: finding for finding in result.before.findings}
    provisional = {finding.rule_id for finding in result.after.findings if _may_fall_away(finding, after_questions)}
    for key, ids in (("findings-added", result.findings_added), ("findings-removed", result.findings_removed)):
        starred = key == "findings-added" and not provisional.isdisjoint(ids)
        lines.append(_w(f"{key}-provisional" if starred else key, lang, rules="" if ids else "-").rstrip())
        for rule_id in ids:
            if key == "findings-removed":
                still = f"; {_w('now-only', lang, condition=conditional[rule_id])}" if rule_id in conditional else ""
                if not still and (held := _held_only(before_findings[rule_id], result.after)) is not None:
                    still = f"; {_w('holds-only', lang, condition=held.pick(lang))}"
                elif not still and (known := _now_known(before_findings[rule_id], result)):
                    # (advice on a fact being unknown, "de casus zegt nog niet wat de ratio is": gone as it is
                    # answered, which a policy officer's what-if left unsaid)
                    said = "now-known-one" if len(known) == 1 else "now-known-many"
                    still = f"; {_w(said, lang, facts=fact_subjects(known).pick(lang))}"
                lines += _wrap("{} ({})".format(*titles[rule_id]) + still, "      ", f"  {marks[rule_id]} ")
                continue
            # a finding given before only on a condition, now without: said here, not as conditional advice that
            # lapsed ("vervallen" read as dropped, of advice that had become firm)
            earlier = (
                f"; {_w('before-only', lang, condition=was_conditional[rule_id])}" if rule_id in was_conditional else ""
            )
            title, where = titles[rule_id]
            mark = "*" if rule_id in provisional else ""
            lines += _wrap(f"{title}{mark} ({where}){earlier}", "      ", f"  {marks[rule_id]} ")
    # advice that stays, and could fall away before but no longer can: what the answer settled (a policy officer
    # compared two reports to see the stars go from four findings, the change that mattered most to her)
    before_questions = {question.fact: question for question in result.before.questions}
    was_provisional = {
        finding.rule_id for finding in result.before.findings if _may_fall_away(finding, before_questions)
    }
    settled = [
        finding.rule_id
        for finding in result.after.findings
        if finding.rule_id in was_provisional and finding.rule_id not in provisional
    ]
    if settled:
        lines.append(_w("findings-settled", lang))
        lines += [
            line
            for rule_id in settled
            for line in _wrap("{} ({})".format(*titles[rule_id]), "      ", f"  {marks[rule_id]} ")
        ]
    before_conditional = {
        finding.rule_id: finding for finding in result.before.conditional_findings if finding.assuming is not None
    }
    after_conditional = {
        finding.rule_id: finding for finding in result.after.conditional_findings if finding.assuming is not None
    }
    for key, ids, found in (
        # (a finding given before and now only on a condition is said with the advice removed: "nu enkel …")
        (
            "conditional-added",
            [i for i in result.conditional_findings_added if i not in result.findings_removed],
            after_conditional,
        ),
        (
            "conditional-removed",
            [i for i in result.conditional_findings_removed if i not in result.findings_added],
            before_conditional,
        ),
    ):
        if ids:
            lines.append(_w(key, lang))
            for rule_id in ids:
                finding = found[rule_id]
                assert finding.assuming is not None  # only findings on a condition are in these lists
                said = f"{finding.title} ({_where(finding, lang)}): {finding.assuming.text}"
                lines += _wrap(said, "      ", f"  {marks[rule_id]} ")
    return "\n".join(lines) + "\n"


def _now_known(finding: Finding, result: WhatIf) -> list[str]:
    """The facts a finding the change took away read while unknown, and that the change answers."""
    return [
        used.name
        for used in finding.because
        if used.kind == "fact" and used.value is None and result.changes.get(used.name) is not None
    ]


def _held_only(finding: Finding, after: Advice) -> Text | None:
    """For a finding the change took away: the condition on what the network is (its form) that it held on and
    that no longer holds, in words ("als dit een organisatienetwerk is"); else None. A policy officer saw all the
    advice on a stuck network go when the rationale became 'kennis', and could not tell the mayors why."""
    for used in finding.because:
        if used.kind == "conclusion" and used.name in STATED_IN and isinstance(used.value, str):
            now = after.conclusions.get(used.name)
            if now is not None and now.value != used.value:
                return assumption(used.name, used.value)
    return None


def _shared_last_sentences(texts: Sequence[str]) -> str:
    """The sentences (with the space before them) that two or more ``texts`` all end in, while each says something
    before them; "" when they do not."""
    if len(texts) < 2:
        return ""
    first = texts[0]
    shared = ""
    start = first.find(". ")
    while start != -1:
        tail = first[start + 1 :]
        if all(text.endswith(tail) and len(text) > len(tail) for text in texts):
            shared = tail
            break
        start = first.find(". ", start + 1)
    return shared


def single_changes_text(
    changes: list[SingleChange], lang: Language, *, undecided: bool = False, deciding: Sequence[str] = ()
) -> str:
    """The single changes, one per line.

    Args:
        undecided: the conclusion has no value yet and is not settled without one (see
            :attr:`Conclusion.certainty`): that no single change gives it one is then not said as if it were
            settled, and the answers that decide it together are named.
        deciding: the unknown facts whose answers narrow the conclusion (those of :attr:`Conclusion.deciding`):
            those no single change names are said to decide together (a tester read only "als de ratio 'kennis'
            is" for a governance mode that trust, consensus and competencies decide together).
    """
    if not changes:
        return _w("no-single-change-undecided" if undecided else "no-single-change", lang) + "\n"
    # what the conclusion is now, once; then the changes, answers with one outcome in one sentence ("'laag' of
    # 'gemiddeld'")
    lines = [f"{now}\n" for now in dict.fromkeys(change.now for change in changes)]
    said = list(dict.fromkeys((change.fact, change.text) for change in changes))
    for _fact, run in itertools.groupby(said, key=lambda item: item[0]):
        texts = [text for _same_fact, text in run]
        note = _shared_last_sentences(texts)
        lines += [f"- {text.removesuffix(note).rstrip()}\n" for text in texts]
        if note:  # (netadvisor's limits for the number, said once: a policy officer read them on each line)
            lines.append(f"  {note.strip()}\n")
    named = {change.fact for change in changes}
    together_ = [path for path in deciding if path not in named]
    if undecided and together_:
        lines.append(_w("single-changes-together", lang, facts=fact_names(together_).pick(lang)) + "\n")
    return "".join(lines)
