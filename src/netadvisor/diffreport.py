"""``netadvisor diff`` in words: what an edit of the rules changes, as text for a terminal or Markdown for a review.

The data comes from :func:`rulediff.compare_rulebases`; nothing here compares anything.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from typing import Any

import yaml

from .answers import value_label, value_text
from .facts import FACTS, SHORT_NAMES, case_in_words
from .messages import (
    CERTAINTY_WORDS,
    CONCLUSION_NAMES,
    DIFF_WORDS,
    NO_VALUE,
    NO_VALUE_OTHER,
    conclusion_heading,
    severity_name,
)
from .rulebase import CURRENT_FIT_VALUES
from .rulediff import (
    CaseImpact,
    CombinationChange,
    GivenValue,
    OutcomeChange,
    PolicyEdit,
    RuleBaseDiff,
    TableChange,
)
from .text import Language, Text
from .vocabulary import FIXED_CONCLUSIONS
from .wording import answer_label, either, fact_names, together

SHOWN_PER_GROUP = 10
"""Cases shown per changed rule in text; Markdown shows twice as many; JSON all."""
CASE_SHOWN = 300
"""Characters of a generated case shown in text and Markdown; JSON has it whole."""


SHOWN_COMBINATIONS = 3
"""How many of a conclusion's combinations that come out otherwise a report shows (all with --all)."""


def _w(code: str, lang: Language, **params: object) -> str:
    text = DIFF_WORDS[code]
    return (text.format(**params) if params else text).pick(lang)


def _value(name: str, value: str | None, certainty: str | None, lang: Language) -> str:
    if value is None and name.endswith("_current") and name not in CONCLUSION_NAMES:
        shown = _w("current-none", lang)  # (the judgement of the mode of now: "geen waarde" read as a verdict)
    elif value is None:
        shown = (NO_VALUE.get(name) or NO_VALUE_OTHER).pick(lang)
    elif value in CURRENT_FIT_VALUES and name not in CONCLUSION_NAMES:
        shown = _w(f"current-{value}", lang)
    else:
        shown = value_label(value, lang)
    return f"{shown} ({CERTAINTY_WORDS[certainty].pick(lang)})" if certainty else shown


def _users(policy: PolicyEdit, lang: Language) -> str:
    """The rules that use a policy value, and the decisions whose threshold it is ("de drempel van de
    governancevorm")."""
    thresholds = [
        _w("threshold-of", lang, conclusion=_conclusion_name(name, lang).lower()) for name in policy.decisions
    ]
    return ", ".join([*policy.rules, *thresholds])


def _conclusion_name(conclusion: str, lang: Language) -> str:
    """A conclusion as the report names it (see :func:`messages.conclusion_heading`)."""
    return conclusion_heading(conclusion).pick(lang)


def _question(fact: str, lang: Language) -> str:
    """What a question asks, in a word or two where the catalogue has them, quoted: "'zekerheid'" is the
    criterion, not certainty; else its meaning."""
    if fact in SHORT_NAMES:
        return f"'{SHORT_NAMES[fact].pick(lang)}'"
    return FACTS[fact].label(lang).rstrip(".?") if fact in FACTS else fact


def _state(name: str, value: str | None, certainty: str | None, outcomes: list[str | None], lang: Language) -> str:
    """A conclusion's state on one side of the arrow: an open one as the advice says it, "nog open, mogelijk:
    complex of geen duidelijk type" (without a value, "geen duidelijk type (open)" read as a verdict)."""
    if outcomes:
        return _w("open", lang, outcomes=either([_outcome_words(name, outcome) for outcome in outcomes]).pick(lang))
    return _value(name, value, certainty, lang)


def _outcome_words(name: str, value: str | None) -> Text:
    """An outcome of a conclusion in both languages ("complex"; no value as "geen duidelijk type")."""
    return Text(*(_value(name, value, None, lang) for lang in ("nl", "en")))


def _conclusion(change: OutcomeChange, lang: Language) -> str:
    name = _conclusion_name(change.conclusion, lang)
    return _w(
        "conclusion",
        lang,
        name=name,
        before=_value_or_conflict(change.conclusion, change.before, change.conflict_before, lang)
        if change.conflict_before
        else _state(change.conclusion, change.before, change.certainty_before, change.outcomes_before, lang),
        after=_value_or_conflict(change.conclusion, change.after, change.conflict_after, lang)
        if change.conflict_after
        else _state(change.conclusion, change.after, change.certainty_after, change.outcomes_after, lang),
    )


_MOST_DIFFERENCES = 3


def words_differing(before: str, after: str, lang: Language = "nl") -> list[str]:
    """Where two sentences differ, word by word: '"4" → "5"', '"Complex als … is." valt weg' (at most a few, the rest
    counted). A rule owner compared two sentences of 400 characters by eye to find that "minstens 4" had become
    "minstens 5" (a rule-editing trial); another could not read "'…(NAO),' →" (words left out) nor "… (+3)". The words
    stand between double quotes, so the sentence's own 'hoog' stays as it is."""
    old, new = before.split(), after.split()
    parts: list[str] = []
    for kind, old_start, old_end, new_start, new_end in difflib.SequenceMatcher(
        a=old, b=new, autojunk=False
    ).get_opcodes():
        was, now = " ".join(old[old_start:old_end]), " ".join(new[new_start:new_end])
        if kind == "replace":
            parts.append(_w("words-replaced", lang, was=was, now=now))
        elif kind == "delete":
            parts.append(_w("words-removed", lang, was=was))
        elif kind == "insert":
            parts.append(_w("words-added", lang, now=now))
    if len(parts) > _MOST_DIFFERENCES:
        parts = [*parts[:_MOST_DIFFERENCES], _w("words-more", lang, count=len(parts) - _MOST_DIFFERENCES)]
    return parts


def _details(impact: CaseImpact, lang: Language) -> list[str]:
    lines = []
    if impact.started_firing:
        many = "-many" if len(impact.started_firing) > 1 else ""
        lines.append(_w("started-firing" + many, lang, rules=", ".join(impact.started_firing)))
    if impact.stopped_firing:
        many = "-many" if len(impact.stopped_firing) > 1 else ""
        lines.append(_w("stopped-firing" + many, lang, rules=", ".join(impact.stopped_firing)))
    lines += [_conclusion(change, lang) for change in impact.conclusions]
    for key, rules in (
        ("finding-added", impact.findings_added),
        ("finding-removed", impact.findings_removed),
        ("finding-reworded", impact.findings_reworded),
    ):
        for rule in rules:
            said = _w(key, lang, rule=rule)
            condition = impact.on_condition.get(rule)
            lines.append(
                said
                if condition is None
                else _w("finding-on-condition", lang, said=said, condition=condition.pick(lang))
            )
    lines += [
        _w(
            "finding-severity",
            lang,
            rule=change.rule_id,
            before=severity_name(change.before).pick(lang),
            after=severity_name(change.after).pick(lang),
        )
        + _shown_otherwise(change.before, change.after, lang)
        for change in impact.severity_changed
    ]
    sentences = {change.conclusion: change for change in impact.sentences_reworded}
    for name in [*impact.outcomes_changed, *impact.conclusions_reworded]:
        code = "conclusion-outcomes-changed" if name in impact.outcomes_changed else "conclusion-reworded"
        lines.append(_w(code, lang, conclusion=_conclusion_name(name, lang)))
        if name in sentences:  # how: a longer sentence can push a report past its length, far from the edit
            before, after = sentences[name].before.pick(lang), sentences[name].after.pick(lang)
            lines.append(f"  {_w('message-before', lang, text=before)}")
            lines.append(f"  {_w('message-after', lang, text=after)}")
            differing = words_differing(before, after, lang)
            if differing:
                lines.append(f"  {_w('sentences-differ', lang, parts='; '.join(differing))}")
    lines += [
        _w("doubts-changed", lang, conclusion=CONCLUSION_NAMES[name].pick(lang)) for name in impact.doubts_changed
    ]
    if impact.questions_before or impact.questions_after:
        gone = [fact for fact in impact.questions_before if fact not in impact.questions_after]
        come = [fact for fact in impact.questions_after if fact not in impact.questions_before]
        parts = ([_w("questions-gone", lang, facts="; ".join(_question(f, lang) for f in gone))] if gone else []) + (
            [_w("questions-come", lang, facts="; ".join(_question(f, lang) for f in come))] if come else []
        )
        lines.append(_w("questions", lang, changes="; ".join(parts) or _w("questions-order", lang)))
    if impact.data is not None:
        shown = _flow(case_in_words(impact.data, lang))
        if len(shown) > CASE_SHOWN:
            shown = shown[:CASE_SHOWN] + _w("case-cut", lang)
        lines.append(_w("the-case", lang, case=shown))
    return lines


def _shown_otherwise(before: str, after: str, lang: Language) -> str:
    """What a change of severity does to the report, where it does more than reorder: an info's message is not
    shown, only its title."""
    if after == "info" and before != "info":
        return _w("severity-to-info", lang)
    if before == "info" and after != "info":
        return _w("severity-from-info", lang)
    return ""


def _flow(data: object) -> str:
    return yaml.safe_dump(data, default_flow_style=True, allow_unicode=True, width=10_000, sort_keys=True).strip()


def _groups(diff: RuleBaseDiff) -> list[tuple[tuple[str, ...], list[CaseImpact]]]:
    """The cases by the changed rules involved, the rules in the order of the edits; the rest last."""
    order = {edit.rule_id: index for index, edit in enumerate(diff.rules)}
    groups: dict[tuple[str, ...], list[CaseImpact]] = {}
    for impact in diff.cases:
        groups.setdefault(tuple(impact.rules), []).append(impact)
    return sorted(groups.items(), key=lambda item: (not item[0], [order.get(rule, len(order)) for rule in item[0]]))


def _weight(impact: CaseImpact) -> int:
    """How much a change to a case asks of a reviewer, most first: a conclusion or a finding that comes or goes (0),
    what an open conclusion can still come out as or what doubts it (1), only other words for the same outcome
    (2). A threshold edit reworded 518 of 594 cases, and the few whose outcome changed were listed after them."""
    if impact.conclusions or impact.findings_added or impact.findings_removed or impact.severity_changed:
        return 0
    if impact.outcomes_changed or impact.doubts_changed or impact.started_firing or impact.stopped_firing:
        return 1
    return 2


def _reworded_only(impact: CaseImpact) -> bool:
    """Only the words of its advice change (and perhaps the first questions), not what the advice says."""
    return _weight(impact) == 2 and bool(impact.findings_reworded or impact.conclusions_reworded)


def _questions_only(impact: CaseImpact) -> bool:
    """Only the first questions change: neither what the advice says nor its words (see :func:`_weight`)."""
    return _weight(impact) == 2 and not (impact.findings_reworded or impact.conclusions_reworded)


def _head(
    diff: RuleBaseDiff, lang: Language, heading: Callable[[str], str], item: str, combinations: int | None
) -> list[str]:
    """The rules that changed, the policy values, every combination that comes out otherwise (``combinations`` of
    each conclusion's, None: all), and the cases compared."""
    lines = [heading(_w("title", lang, old=diff.old, new=diff.new)), "", heading(_w("rules", lang))]
    for edit in diff.rules:
        what = (
            _w(edit.kind, lang)
            if edit.kind != "changed"
            else _w(
                "changed",
                lang,
                aspects=", ".join(
                    # an example written as {policy: name, plus: 1} moves with the value: say so, or it reads as
                    # if someone edited the examples
                    _w("aspect-examples-policy" if aspect == "examples" and diff.policies else f"aspect-{aspect}", lang)
                    for aspect in edit.aspects
                ),
            )
        )
        mark = {"added": "+", "removed": "-", "changed": "~"}[edit.kind]
        lines.append(f"{item}{mark} {edit.rule_id} ({edit.file}:{edit.line}): {what}")
        if edit.title_before is not None and edit.title_after is not None:
            lines.append(f"{item}    {_w('message-before', lang, text=edit.title_before.pick(lang))}")
            lines.append(f"{item}    {_w('message-after', lang, text=edit.title_after.pick(lang))}")
        if edit.conditions_before is not None and edit.conditions_after is not None:
            lines.append(f"{item}    {_w('message-before', lang, text=edit.conditions_before.pick(lang))}")
            lines.append(f"{item}    {_w('message-after', lang, text=edit.conditions_after.pick(lang))}")
        if edit.severity_before is not None and edit.severity_after is not None:
            before, after = severity_name(edit.severity_before), severity_name(edit.severity_after)
            shown = _shown_otherwise(edit.severity_before, edit.severity_after, lang)
            said = _w("severity-changed", lang, before=before.pick(lang), after=after.pick(lang))
            lines.append(f"{item}    {said}{shown}")
        if edit.message_before is not None and edit.message_after is not None:
            lines.append(f"{item}    {_w('message-before', lang, text=edit.message_before.pick(lang))}")
            lines.append(f"{item}    {_w('message-after', lang, text=edit.message_after.pick(lang))}")
            # one language changed, the other not: a rule owner's new Dutch stood beside the old English, unsaid
            for changed, same in (("nl", "en"), ("en", "nl")):
                if getattr(edit.message_before, changed) != getattr(edit.message_after, changed) and getattr(
                    edit.message_before, same
                ) == getattr(edit.message_after, same):
                    lines.append(f"{item}    {_w(f'message-only-{changed}', lang)}")
    if not diff.rules:
        lines.append(f"{item}{_w('no-rules', lang)}")
    if diff.policies:
        lines += ["", heading(_w("policies", lang))]
        for policy in diff.policies:
            old = _w("none", lang) if policy.old is None else str(policy.old)
            new = _w("none", lang) if policy.new is None else str(policy.new)
            lines.append(
                item
                + (
                    _w("policy", lang, name=policy.name, old=old, new=new, rules=_users(policy, lang))
                    if policy.rules or policy.decisions
                    else _w("policy-unused", lang, name=policy.name, old=old, new=new)
                )
            )
    if diff.tables is not None:
        lines += ["", heading(_w("tables", lang)), *_tables(diff.tables, lang, item, combinations)]
    counts = diff.corpus.counts
    parts = [
        _w(f"corpus-{source}", lang, count=counts.get(source, 0))
        for source in ("example", "scenario", "rule-example", "own")
    ]
    parts.append(
        _w(
            "corpus-generated",
            lang,
            count=counts.get("generated", 0),
            possible=diff.corpus.generated_from,
            seed=diff.corpus.seed,
        )
    )
    questions = sum(1 for impact in diff.cases if _questions_only(impact))
    lines += [
        "",
        _w(
            "corpus-questions-only" if questions else "corpus",
            lang,
            total=sum(counts.values()),
            parts=", ".join(parts),
            changed=len(diff.cases),
            questions=questions,
        ),
    ]
    lines += [_w("skipped", lang, what=what) for what in diff.corpus.skipped]
    return lines


def _tables(tables: list[TableChange], lang: Language, item: str, shown: int | None) -> list[str]:
    """Each fixed conclusion whose combinations come out otherwise: each way it comes out otherwise, counted, with
    one combination (a policy officer's three examples were all of one kind, and the one her colleagues had to
    hear was not among them); with ``shown`` None every combination. The others in one line."""
    lines = []
    for change in tables:
        name = _conclusion_name(change.conclusion, lang)
        count = len(change.changed)
        lines.append(
            f"{item}{_w('table-changed', lang, conclusion=name, changed=count, combinations=change.combinations)}"
        )
        if shown is None:
            lines += [
                f"{item}    {_w('table-combination', lang, **_combination(change.conclusion, combination, lang))}"
                for combination in change.changed
            ]
            continue
        by_way: dict[tuple[Any, ...], list[CombinationChange]] = {}
        for combination in change.changed:
            way = (combination.before, combination.after, *combination.conflict_before, "", *combination.conflict_after)
            by_way.setdefault(way, []).append(combination)
        for combinations in sorted(by_way.values(), key=len, reverse=True):
            words = _combination(change.conclusion, combinations[0], lang)
            common = [value for value in combinations[0].given if all(value in c.given for c in combinations[1:])]
            if len(combinations) == 1:
                lines.append(f"{item}    {_w('table-transition-one', lang, **words)}")
            elif common:
                shared = ", ".join(_given(value, lang) for value in common)
                code = "table-transition-common"
                lines.append(f"{item}    {_w(code, lang, count=len(combinations), common=shared, **words)}")
            else:
                lines.append(f"{item}    {_w('table-transition', lang, count=len(combinations), **words)}")
        if count > len(by_way):
            lines.append(f"{item}    {_w('table-all', lang)}")
    same = [name for name in FIXED_CONCLUSIONS if name not in {change.conclusion for change in tables}]
    if same:
        names = together([conclusion_heading(name) for name in same]).pick(lang)
        names = names[0] + names[1:].lower()  # (one sentence: "Type uitdaging en samenwerkingsvorm")
        lines.append(f"{item}{_w('tables-same', lang, conclusions=names)}")
    return lines


def _combination(conclusion: str, combination: CombinationChange, lang: Language) -> dict[str, str]:
    """A combination's words: what is given, and what the conclusion came out as before and after."""
    return {
        "given": ", ".join(_given(value, lang) for value in combination.given),
        "before": _value_or_conflict(conclusion, combination.before, combination.conflict_before, lang),
        "after": _value_or_conflict(conclusion, combination.after, combination.conflict_after, lang),
    }


def _value_or_conflict(conclusion: str, value: str | None, conflict: Sequence[str], lang: Language) -> str:
    """A combination's value; no value where rules concluded different ones, as that conflict."""
    if value is None and conflict:
        return _w("table-conflict", lang, values=together([value_text(v) for v in conflict]).pick(lang))
    return _value(conclusion, value, None, lang)


def _given(value: GivenValue, lang: Language) -> str:
    """ "vertrouwen hoog", "aantal organisaties 8 tot en met 15", "samenwerkingsvorm organisatienetwerk"."""
    if value.name in FACTS:
        name = fact_names([value.name]).pick(lang)
        shown = answer_label(value.name, value.value, value.numbers, lang)
    else:
        name = _conclusion_name(value.name, lang).lower()
        shown = _value(value.name, value.value if value.value is None else str(value.value), None, lang)
    return f"{name} {shown}"


def _body(
    diff: RuleBaseDiff, lang: Language, heading: Callable[[str], str], item: str, detail: str, shown: int | None
) -> list[str]:
    """The cases that change, by the changed rules: ``shown`` of each group in full (None: every case, rewordings
    too), the weightiest first."""
    if not diff.cases:
        return ["", _w("no-changes", lang)]
    lines: list[str] = []
    for rules, impacts in _groups(diff):
        count = len(impacts)
        # (no edited rule fires otherwise there: what changed is a conclusion or policy value it reads, or only the
        # questions, which a new rule waits for: a rule-editing trial added a rule and was told of the former)
        otherwise = "otherwise-questions" if all(_questions_only(impact) for impact in impacts) else "otherwise"
        title = (
            _w("by-one" if count == 1 else "by", lang, rules=", ".join(rules), count=count)
            if rules
            else _w(f"{otherwise}-one" if count == 1 else otherwise, lang, count=count)
        )
        lines += ["", heading(title)]
        everything = shown is None  # (--all: every case in full, those whose questions alone change too)
        in_full = len(impacts) if shown is None else shown
        full = sorted((i for i in impacts if everything or not (_questions_only(i) or _reworded_only(i))), key=_weight)
        reworded = [] if everything else [impact for impact in impacts if _reworded_only(impact)]
        only_questions = [] if everything else [impact for impact in impacts if _questions_only(impact)]
        for impact in full[:in_full]:
            lines.append(f"{item}{impact.case}")
            lines += [f"{detail}{line}" for line in _details(impact, lang)]
        if len(full) > in_full:
            lines.append(f"{item}{_w('more', lang, count=len(full) - in_full)}")
        # the summing-up lines go on from what is said before them ("en …"), and open the group when nothing is
        then = _w("and-then", lang) if full[:in_full] else ""
        if reworded:
            code = "reworded-only-one" if len(reworded) == 1 else "reworded-only"
            lines.append(f"{item}{then}{_w(code, lang, count=len(reworded), case=reworded[0].case)}")
            then = _w("and-then", lang)
        if only_questions:
            first = only_questions[0]
            example = f"{first.case} ({'; '.join(_details(first, lang))})"
            code = "questions-only-one" if len(only_questions) == 1 else "questions-only"
            lines.append(f"{item}{then}{_w(code, lang, count=len(only_questions), case=example)}")
    return lines


def diff_text(diff: RuleBaseDiff, lang: Language = "nl", *, every_case: bool = False) -> str:
    """The diff for a terminal: the rules that changed, then the cases that change, by the changed rules
    (:data:`SHOWN_PER_GROUP` of them per group, or with ``every_case`` all)."""
    lines = _head(diff, lang, lambda text: text, "  ", None if every_case else SHOWN_COMBINATIONS)
    lines += _body(diff, lang, lambda text: text, "  ", "      ", None if every_case else SHOWN_PER_GROUP)
    return "\n".join(lines) + "\n"


def diff_markdown(diff: RuleBaseDiff, lang: Language = "nl", *, every_case: bool = False) -> str:
    """The diff as Markdown, for a comment on a review of the rule change (twice :data:`SHOWN_PER_GROUP` cases
    per group, or with ``every_case`` all)."""

    def heading(text: str) -> str:
        return f"### {text}"

    lines = _head(diff, lang, heading, "- ", None if every_case else SHOWN_COMBINATIONS)
    lines[0] = f"## {lines[0].removeprefix('### ')}"
    lines += _body(diff, lang, heading, "- ", "  - ", None if every_case else SHOWN_PER_GROUP * 2)
    return "\n".join(_escape(line) for line in lines) + "\n"


def _escape(line: str) -> str:
    """Markdown that shows a case name as written: '<' and '>' in a scenario name are not HTML."""
    return line.replace("<", "&lt;").replace(">", "&gt;")


def diff_json(diff: RuleBaseDiff) -> str:
    """The diff as JSON: every case, with the rules involved and, for a generated case, the case itself."""
    return diff.model_dump_json(indent=2) + "\n"
