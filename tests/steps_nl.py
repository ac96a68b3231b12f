"""Dutch steps for the behaviour specs in features/: build a case as a person would tell it, then check the advice.

Given steps speak of the case in words (criteria, partners, trust, roles, or "the answer to <question> is
<answer>", with the question as the advisor itself asks it). Then steps check conclusions, findings (by rule
id and section) and questions. Every step asserts or builds something: none of them passes by doing nothing.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when

from netadvisor import FACTS, PARTNER_FACTS, Advice, Advisor
from netadvisor.answers import VALUE_LABELS, parse_answer
from netadvisor.facts import fact_meant
from netadvisor.messages import (
    AS_LISTED_SAID,
    CERTAINTY_WORDS,
    CONCLUSION_IN_A_SENTENCE,
    CONCLUSION_NAMES,
    NO_VALUE,
    NO_VALUE_NAMED,
    SETTLED_SAID,
    severity_name,
)
from netadvisor.render import advice_text
from netadvisor.scenariotests import StepFailed
from netadvisor.spelling import closest
from netadvisor.text import Text

_TYPES = {"eenvoudig": "simple", "ingewikkeld": "complicated", "complex": "complex"}
_CRITERIA = {
    "recept": "recipe",
    "herhaalbaarheid": "replicability",
    "expertise": "expertise",
    "uniciteit": "uniqueness",
    "zekerheid": "certainty",
    "delen en geheel": "parts_and_whole",
    "delen/geheel": "parts_and_whole",  # as the advice names it in a list
}
_RATIONALES = {"kennis": "knowledge", "efficiëntie": "efficiency", "effectiviteit": "effectiveness"}
_LEVELS = {"laag": "low", "gemiddeld": "moderate", "hoog": "high"}
_ROLES = {
    "netwerkoperator": "network_operator",
    "netwerkpromotor": "network_promoter",
    "visiebewaker": "vision_keeper",
    "creatieve denker": "creative_thinker",
    "netwerkkampioen": "network_champion",
}
_SEVERITIES = {"waarschuwing": "warning", "advies": "advice", "info": "info"}
_KINDS = {label.nl.lower(): code for code, label in VALUE_LABELS.items() if isinstance(code, str)}
_UNDETERMINED = "nog niet te bepalen"
# What _pick looks up, in English for `netadvisor test --lang en` (the words a scenario may use stay Dutch).
_WHAT_IN_ENGLISH = {
    "type": "type",
    "criterium": "criterion",
    "ratio": "rationale",
    "kolom": "column",
    "soort": "kind",
    "niveau": "level",
    "rol": "role",
    "ernst": "severity",
    "besluit": "conclusion",
    "basis": "basis",
}


def _holds(condition: bool, nl: str, en: str) -> None:
    """A step's check: when it does not hold, the step fails saying why in Dutch and English."""
    if not condition:
        raise StepFailed(Text(nl, en))


# the de-words among them (the others are het-words): "onbekende ernst", "onbekend niveau"
_DE_WORDS = frozenset({"ratio", "kolom", "soort", "rol", "ernst", "basis"})


def _pick(table: dict[str, str], word: str, what: str) -> str:
    try:
        return table[word.strip().lower()]
    except KeyError:
        possible = ", ".join(table)
        english = _WHAT_IN_ENGLISH[what]
        # a code where the Dutch word goes ("een warning": the rule file's word) is told the Dutch one
        meant = next((dutch for dutch, code in table.items() if code == word.strip().lower()), None) or closest(
            word.strip().lower(), list(table)
        )
        unknown = "onbekende" if what in _DE_WORDS else "onbekend"
        raise StepFailed(
            Text(
                f"{unknown} {what} '{word}' (mogelijk: {possible})" + (f"; bedoelde je '{meant}'?" if meant else ""),
                f"unknown {english} '{word}' (possible: {possible})" + (f"; did you mean '{meant}'?" if meant else ""),
            )
        ) from None


def _set(case: dict[str, Any], path: str, value: Any) -> None:
    node = case
    *parents, leaf = path.split(".")
    for part in parents:
        node = node.setdefault(part, {})
    node[leaf] = value


def _question_fact(question: str) -> str:
    """The fact a question asks about, as the advisor words it (Dutch)."""
    specs = {**FACTS, **PARTNER_FACTS}  # the partner list is asked too ("Wie zijn de partners?")
    matches = [path for path, spec in specs.items() if spec.question_nl.lower() == question.strip().lower()]
    if len(matches) != 1:
        # the questions are long and must be copied exactly: the nearest one helps (a rule owner's "netwerk team")
        near = closest(question.strip(), sorted({spec.question_nl for spec in specs.values()}))
        _holds(
            False,
            f"geen (of meer dan één) feit met de vraag '{question}'" + (f"; bedoelde je '{near}'?" if near else ""),
            f"no fact (or more than one) with the question '{question}'"
            + (f"; did you mean '{near}'?" if near else ""),
        )
    return matches[0]


# --------------------------------------------------------------------------- Given


@given(parsers.parse('een casus "{title}"'), target_fixture="casus")
def a_case(title: str, request: pytest.FixtureRequest) -> dict[str, Any]:
    """A new case. A scenario has one: a second 'een casus' (in the scenario, after an Achtergrond that gives one)
    would silently put aside every step before it, and a Regel's Achtergrond read as the scenario's case while it
    was not (living-documentation review)."""
    try:
        earlier = request.getfixturevalue("casus")
    except StepFailed:  # (the fixture below: no case yet)
        earlier = None
    _holds(
        earlier is None,
        f"dit scenario begint een tweede casus ('{title}') na '{earlier and earlier.get('title')}': de stappen"
        " daarvoor (ook een Achtergrond) zouden niet meer gelden; geef het scenario één casus",
        f"this scenario begins a second case ('{title}') after '{earlier and earlier.get('title')}': the steps"
        " before it (an Achtergrond too) would no longer hold; give the scenario one case",
    )
    return {"title": title}


@given(parsers.parse('{count:d} van de zes criteria wijzen op "{kind}"'))
def criteria_point_to(casus: dict[str, Any], count: int, kind: str) -> None:
    criteria = casus.setdefault("challenge", {}).setdefault("criteria", {})
    # (each criterion once: "delen en geheel" and "delen/geheel" name one, and "4 … complex" then "3 … eenvoudig"
    # passed, the case holding two simple ones: a living-documentation review)
    free = [name for name in dict.fromkeys(_CRITERIA.values()) if name not in criteria]
    _holds(
        count <= len(free),
        f"{count} criteria, maar er zijn er nog maar {len(free)} vrij",
        f"{count} criteria, but only {len(free)} are still free",
    )
    for name in free[:count]:
        criteria[name] = _pick(_TYPES, kind, "type")


@given(parsers.parse('het criterium "{criterion}" wijst op "{kind}"'))
def criterion_points_to(casus: dict[str, Any], criterion: str, kind: str) -> None:
    _set(casus, f"challenge.criteria.{_pick(_CRITERIA, criterion, 'criterium')}", _pick(_TYPES, kind, "type"))


@given('op elk criterium is "weet niet" geantwoord')
def every_criterion_not_known(casus: dict[str, Any]) -> None:
    criteria = casus.setdefault("challenge", {}).setdefault("criteria", {})
    _holds(
        not criteria,
        "het scenario geeft al criteria; dan is niet elk criterium 'weet niet'",
        "the scenario gives criteria already; then not every criterion is 'unknown'",
    )
    for name in dict.fromkeys(_CRITERIA.values()):
        criteria[name] = "weet niet"


@given(parsers.parse('de ratio van de samenwerking is "{rationale}"'))
def rationale_is(casus: dict[str, Any], rationale: str) -> None:
    _set(casus, "challenge.rationale", _pick(_RATIONALES, rationale, "ratio"))


@given(parsers.parse("het netwerk telt {count:d} partners"))
def network_has_partners(casus: dict[str, Any], count: int) -> None:
    casus["partners"] = [{"name": f"Partner {number}"} for number in range(1, count + 1)]


@given("de partners zijn:")
def partners_are(casus: dict[str, Any], datatable: list[list[str]]) -> None:
    header, *rows = datatable
    columns = {
        "naam": "name",
        "soort": "kind",
        "brengt mee": "brings",
        "betrokkenheid": "involvement",
        "past werking aan": "willing_to_adapt",
        "in- en uitstap afgesproken": "entry_exit_conditions_agreed",
    }
    partners = []
    for row in rows:
        partner: dict[str, Any] = {}
        for title, cell in zip(header, row, strict=True):
            field = _pick(columns, title, "kolom")
            if cell.strip() == "":
                continue
            if field == "kind":
                partner[field] = _pick(_KINDS, cell, "soort")
            elif field == "involvement":
                partner[field] = _pick(
                    {"kern": "core", "af en toe": "occasional", "geïnformeerd": "informed"}, cell, "betrokkenheid"
                )
            else:
                partner[field] = cell
        partners.append(partner)
    casus["partners"] = partners


@given(parsers.parse('het vertrouwen tussen de partners is "{level}"'))
def trust_is(casus: dict[str, Any], level: str) -> None:
    _set(casus, "governance.trust", _pick(_LEVELS, level, "niveau"))


@given(parsers.parse('de doelconsensus is "{level}"'))
def goal_consensus_is(casus: dict[str, Any], level: str) -> None:
    _set(casus, "governance.goal_consensus", _pick(_LEVELS, level, "niveau"))


@given(parsers.parse('de nood aan netwerkcompetenties is "{level}"'))
def competency_need_is(casus: dict[str, Any], level: str) -> None:
    _set(casus, "governance.network_competency_need", _pick(_LEVELS, level, "niveau"))


@given(parsers.parse("het netwerk telt {count:d} organisaties"))
def network_counts_organisations(casus: dict[str, Any], count: int) -> None:
    _set(casus, "governance.partner_count", count)


@given(parsers.parse('"{person}" neemt de rol "{role}" op'))
def person_takes_role(casus: dict[str, Any], person: str, role: str) -> None:
    _set(casus, f"management.roles.{_pick(_ROLES, role, 'rol')}", person)


@given(parsers.parse('niemand neemt de rol "{role}" op'))
def nobody_takes_role(casus: dict[str, Any], role: str) -> None:
    _set(casus, f"management.roles.{_pick(_ROLES, role, 'rol')}", "niemand")


@given(parsers.parse('"{person}" neemt alle rollen op'))
def person_takes_all_roles(casus: dict[str, Any], person: str) -> None:
    for role in _ROLES.values():
        _set(casus, f"management.roles.{role}", person)


_ANSWERED = pytest.StashKey[dict[str, str]]()
"""The questions a scenario's own steps answered, each with the answer: a second answer to one of them replaced the
first without a word, and "vraagt de adviseur niet" of one of them checked nothing (a rule-editing trial)."""


@given(parsers.parse('het antwoord op "{question}" is "{answer}"'))
def the_answer_is(casus: dict[str, Any], question: str, answer: str, request: pytest.FixtureRequest) -> None:
    """The answer as a case holds it. "Weet niet" stays the words it is: the advisor reads a question answered so
    from the case's text (``answered_not_known``); its value None would say the question was not answered at all,
    and a scenario on "weet niet" checked the advice for an unanswered question (living-documentation review)."""
    path = _question_fact(question)
    value = parse_answer(FACTS[path], answer)
    answered = request.node.stash.setdefault(_ANSWERED, {})
    _holds(
        path not in answered,
        f"de vraag '{question}' kreeg in dit scenario al het antwoord '{answered.get(path)}': een tweede antwoord "
        "zou het eerste vervangen; geef er één",
        f"the question '{question}' was already answered '{answered.get(path)}' in this scenario: a second answer "
        "would replace the first; give one",
    )
    answered[path] = answer.strip()
    _set(casus, path, answer.strip() if value is None else value)


# --------------------------------------------------------------------------- When


@pytest.fixture(scope="session")
def adviseur() -> Advisor:
    return Advisor()


# What a step asks for that an earlier step gives (target_fixture): without that step, the scenario fails saying
# which step it lacks, not with pytest's FixtureLookupError (a rule owner who left out the "Als" step).
@pytest.fixture
def casus() -> dict[str, Any]:
    raise StepFailed(
        Text(
            "dit scenario begint niet met 'Gegeven een casus \"…\"': er is geen casus om aan te vullen",
            "this scenario does not begin with 'Gegeven een casus \"…\"': there is no case to add to",
        )
    )


@pytest.fixture
def advies() -> Advice:
    raise StepFailed(
        Text(
            "dit scenario mist de stap 'Als de adviseur de casus beoordeelt' vóór de Dan-stappen: er is geen advies"
            " om te controleren",
            "this scenario lacks the step 'Als de adviseur de casus beoordeelt' before its Dan steps: there is no"
            " advice to check",
        )
    )


@when("de adviseur de casus beoordeelt", target_fixture="advies")
def advisor_judges(adviseur: Advisor, casus: dict[str, Any], request: pytest.FixtureRequest) -> Advice:
    advice = adviseur.advise(casus)
    # for the living documentation: which rules fired in this scenario, with their sections
    request.node.user_properties.append(
        (
            "netadvisor_rules",
            [(finding.rule_id, finding.sections) for finding in advice.findings]
            + [(step.rule_id, []) for step in advice.trace if advice.finding(step.rule_id) is None],
        )
    )
    return advice


# --------------------------------------------------------------------------- Then
# Every Then step that asserts something about a rule's finding or about a conclusion records the rules it
# checked (_checked): the living documentation counts a rule as documented only when a step checked it, not
# when it merely fired.


def _checked(request: pytest.FixtureRequest, rule_ids: Any, key: str = "netadvisor_checked") -> None:
    _known_rules(request, rule_ids)
    for index, (named, value) in enumerate(request.node.user_properties):
        if named == key:
            request.node.user_properties[index] = (key, sorted({*value, *rule_ids}))
            return
    request.node.user_properties.append((key, sorted(set(rule_ids))))


def _shown_firing(request: pytest.FixtureRequest, rule_ids: Any) -> None:
    """The rules a step showed firing (their finding given, or their conclusion reached): every rule must be shown
    so once, as a step that says it does not fire holds for a case where it never could (a rule owner's new rule
    was "checked" by 'niet de bevinding' steps alone)."""
    _checked(request, rule_ids, "netadvisor_shown")


def _known_rules(request: pytest.FixtureRequest, rule_ids: Any) -> None:
    """A step about a rule the rules do not have fails, saying so: "geeft de adviseur niet de bevinding" with a
    misspelt id held for any case and checked nothing (a policy officer's trial), and the positive step said
    only that the finding did not come."""
    rulebase = request.getfixturevalue("adviseur").rulebase
    known = [rule.id for rule in rulebase.rules]
    for rule_id in rule_ids:
        if rule_id not in known:
            near = closest(rule_id, known)
            _holds(
                False,
                f"de regels hebben geen regel '{rule_id}'" + (f"; bedoelde je '{near}'?" if near else ""),
                f"the rules have no rule '{rule_id}'" + (f"; did you mean '{near}'?" if near else ""),
            )


def _conclusion_rules(advice: Advice, name: str, request: pytest.FixtureRequest) -> list[str]:
    """The rules a step on a conclusion checks: those that reached its value (shown firing), or, without a value,
    every rule that could have (the step checks that none of them did)."""
    conclusion = advice.conclusions[name]
    if conclusion.rules:
        _shown_firing(request, conclusion.rules)
        return list(conclusion.rules)
    return [rule_id for alternative in conclusion.alternatives for rule_id in alternative.not_supported_by] + [
        reason.rule_id for alternative in conclusion.alternatives for reason in alternative.why_not
    ]


def _finding_rule(request: pytest.FixtureRequest, rule_id: str) -> None:
    """A step about a rule's finding: the rule exists and gives one. A rule that only concludes or supports a
    conclusion (trust supporting a governance mode) gives none: "niet de bevinding" held for any case, and the
    positive step said the finding did not come while its explanation said the rule fires (a rule owner's trial)."""
    _known_rules(request, [rule_id])
    rule = request.getfixturevalue("adviseur").rulebase.by_id[rule_id]
    if rule.finding is None:
        names = [
            CONCLUSION_NAMES[name] if name in CONCLUSION_NAMES else Text(name, name)
            for name in dict.fromkeys(name for name, _value in (*rule.concludes, *rule.supports))
        ]
        _holds(
            False,
            f"regel '{rule_id}' geeft geen bevinding: ze besluit mee over {', '.join(n.nl.lower() for n in names)};"
            " controleer dat met een stap over die conclusie (bv. 'Dan is de governancevorm \"…\"')",
            f"rule '{rule_id}' gives no finding: it decides {', '.join(n.en.lower() for n in names)};"
            " check that with a step on that conclusion (e.g. 'Dan is de governancevorm \"…\"')",
        )


def _finding_given(advice: Advice, rule_id: str, request: pytest.FixtureRequest) -> None:
    _finding_rule(request, rule_id)
    given = ", ".join(finding.rule_id for finding in advice.findings)
    _holds(
        advice.finding(rule_id) is not None,
        f"verwacht de bevinding {rule_id}, maar die kwam er niet; "
        + (f"wel: {given}" if given else "er kwam geen enkele bevinding"),
        f"expected the finding {rule_id}, but it is not there; there are: {given or 'none'}",
    )
    _shown_firing(request, [rule_id])


def _conclusion_label(advice: Advice, name: str) -> str:
    """The value as the report names it; without one: what a settled outcome without value is called there ("geen
    duidelijke vorm", "niet van toepassing"), else "nog niet te bepalen" (a failing scenario once named a settled
    "geen duidelijke vorm" so, beside the report's own words for it)."""
    conclusion = advice.conclusions[name]
    if conclusion.label is not None:
        return conclusion.label
    if conclusion.certainty == "settled" and len(conclusion.outcomes) == 1:
        return conclusion.outcomes[0].label
    return _UNDETERMINED


def _conclusion_is(
    advice: Advice, casus: dict[str, Any], name: str, label: str, request: pytest.FixtureRequest
) -> None:
    """'Dan is <besluit> "<waarde>"': the conclusion is that, and stays so whatever the open answers are (it is
    settled, and the report says so); "nog niet te bepalen": it has no value yet (open). A provisional value has
    its own step, 'is <besluit> voorlopig "<waarde>"': the bare "is" passed for a form that was only provisional,
    and the documentation read as if it were certain (living-documentation review)."""
    conclusion = advice.conclusions[name]
    actual = _conclusion_label(advice, name)
    said = CONCLUSION_IN_A_SENTENCE[name]
    named = CONCLUSION_NAMES[name]
    _holds(
        actual == label,
        f"verwacht {named.nl.lower()} '{label}', kwam uit '{actual}'",
        f"expected {named.en.lower()} '{label}', came out '{actual}'",
    )
    if label == _UNDETERMINED:
        _holds(
            conclusion.certainty == "open",
            f"verwacht dat {said.nl} nog niet te bepalen is, maar {said.nl} is {CERTAINTY_WORDS[conclusion.certainty].nl}",
            f"expected {said.en} to be undetermined, but it is {CERTAINTY_WORDS[conclusion.certainty].en}",
        )
    else:
        _holds(
            conclusion.certainty == "settled",
            f"{said.nl} is '{label}', maar niet vast: {CERTAINTY_WORDS[conclusion.certainty].nl} ('{conclusion.sentence}');"
            f" schrijf 'is {said.nl} voorlopig \"{label}\"' als dat bedoeld is",
            f"{said.en} is '{label}', but not settled: {CERTAINTY_WORDS[conclusion.certainty].en}"
            f" ('{conclusion.sentence}'); write 'is {said.nl} voorlopig \"{label}\"' if that is meant",
        )
        _reads_settled(advice, casus, name, label)
    _checked(request, _conclusion_rules(advice, name, request))


@then(parsers.parse('is het type uitdaging "{label}"'))
def challenge_type_is(advies: Advice, casus: dict[str, Any], label: str, request: pytest.FixtureRequest) -> None:
    _conclusion_is(advies, casus, "challenge_type", label, request)


@then(parsers.parse('is de samenwerkingsvorm "{label}"'))
def form_is(advies: Advice, casus: dict[str, Any], label: str, request: pytest.FixtureRequest) -> None:
    _conclusion_is(advies, casus, "collaboration_form", label, request)


@then(parsers.parse('is de governancevorm "{label}"'))
def governance_is(advies: Advice, casus: dict[str, Any], label: str, request: pytest.FixtureRequest) -> None:
    _conclusion_is(advies, casus, "governance_mode", label, request)


@then(parsers.parse('geeft de adviseur de bevinding "{rule_id}"'))
def gives_finding(advies: Advice, rule_id: str, request: pytest.FixtureRequest) -> None:
    _finding_given(advies, rule_id, request)
    _checked(request, [rule_id])


@then(parsers.parse('kan het antwoord op "{question}" de bevinding "{rule_id}" nog wegnemen'))
def answer_can_take_finding_away(
    advies: Advice,
    adviseur: Advisor,
    casus: dict[str, Any],
    question: str,
    rule_id: str,
    request: pytest.FixtureRequest,
) -> None:
    """The finding is given now, and the fact of the question is among what can still take it away (its
    ``may_change``, which the reports mark *), and the question says it can change it; and it is so: some answer
    to it takes the finding away from the case as it stands (at most given on a condition then), as what-if shows,
    or, where it does that only with other answers, the rule reads it (the library's own word alone was checked:
    a living-documentation review)."""
    _finding_given(advies, rule_id, request)
    finding = advies.finding(rule_id)
    assert finding is not None  # (said by _finding_given)
    fact = _question_fact(question)
    _holds(
        fact in finding.may_change,
        f"verwacht dat '{question}' {rule_id} nog kan wegnemen; dat kan enkel: {finding.may_change}",
        f"expected '{question}' to be able to take {rule_id} away; only these can: {finding.may_change}",
    )
    asked = next((q for q in advies.questions if q.fact == fact), None)
    changes = [change.name for change in asked.changes] if asked else []
    _holds(
        rule_id in changes,
        f"de vraag '{question}' zegt niet dat ze {rule_id} kan veranderen: {changes}",
        f"the question '{question}' does not say it can change {rule_id}: {changes}",
    )
    assert asked is not None  # (said above)
    taken_by = [
        answer
        for answer in _answers_to_try(asked)
        if rule_id not in {f.rule_id for f in adviseur.what_if(casus, {fact: answer}).after.findings}
    ]
    _holds(
        bool(taken_by) or _catalogue(fact) in _read_by_rule(adviseur, advies, rule_id),
        f"geen antwoord op '{question}' neemt {rule_id} weg, en de regel leest het niet",
        f"no answer to '{question}' takes {rule_id} away, and the rule does not read it",
    )
    _checked(request, [rule_id])


@then(parsers.parse('geeft de adviseur niet de bevinding "{rule_id}"'))
def does_not_give_finding(advies: Advice, rule_id: str, request: pytest.FixtureRequest) -> None:
    """Not at all: neither for the case, nor on a condition ("als dit een organisatienetwerk is")."""
    _finding_rule(request, rule_id)
    given = advies.finding(rule_id) or advies.conditional_finding(rule_id)
    said = given.message if given else ""
    _holds(
        given is None,
        f"verwacht geen bevinding {rule_id}, maar ze kwam er: {said}",
        f"expected no finding {rule_id}, but it is there: {said}",
    )
    _checked(request, [rule_id])


@then(parsers.parse('is de bevinding "{rule_id}" een {severity} uit hoofdstuk {section}'))
def finding_is(advies: Advice, rule_id: str, severity: str, section: str, request: pytest.FixtureRequest) -> None:
    _finding_given(advies, rule_id, request)
    finding = advies.finding(rule_id)
    assert finding is not None  # for the type checker: _finding_given has checked it
    wanted = _pick(_SEVERITIES, severity, "ernst")
    _holds(
        finding.severity == wanted,
        f"verwacht een {severity}, kwam uit: {severity_name(finding.severity).nl}",
        f"expected a {severity}, came out: {severity_name(finding.severity).en}",
    )
    _holds(
        section.lstrip("§") in finding.sections,
        f"verwacht hoofdstuk {section}, kwam uit: hoofdstuk {', '.join(finding.sections)}",
        f"expected section {section}, came out: section {', '.join(finding.sections)}",
    )
    _checked(request, [rule_id])


@then(parsers.parse('zegt de bevinding "{rule_id}" "{text}"'))
def finding_says(advies: Advice, rule_id: str, text: str, request: pytest.FixtureRequest) -> None:
    _finding_given(advies, rule_id, request)
    finding = advies.finding(rule_id)
    assert finding is not None  # for the type checker: _finding_given has checked it
    capitals = _only_capitals_differ(text, finding.message)
    _holds(
        text in finding.message,
        f"verwacht dat {rule_id} zegt '{text}', maar het zegt: '{finding.message}'{capitals.nl}",
        f"expected {rule_id} to say '{text}', but it says: '{finding.message}'{capitals.en}",
    )
    _checked(request, [rule_id])


def _only_capitals_differ(text: str, said: str) -> Text:
    """Said after a failed "zegt" step where the words are there but a capital differs ("een deel" for "Een
    deel"): a rule owner compared the two sentences letter by letter to find it (a rule-editing trial)."""
    if text not in said and text.lower() in said.lower():
        return Text(" (alleen een hoofdletter verschilt)", " (only a capital letter differs)")
    return Text("", "")


@then(parsers.parse('komt de bevinding "{first}" voor de bevinding "{second}"'))
def finding_before(advies: Advice, first: str, second: str, request: pytest.FixtureRequest) -> None:
    order = [finding.rule_id for finding in advies.findings]
    came_out = Text(
        f"kwam uit in deze volgorde: {', '.join(order) or 'geen bevindingen'}",
        f"came out in this order: {', '.join(order) or 'no findings'}",
    )
    _holds(first in order, f"verwacht {first}, {came_out.nl}", f"expected {first}, {came_out.en}")
    _holds(second in order, f"verwacht {second}, {came_out.nl}", f"expected {second}, {came_out.en}")
    _holds(
        order.index(first) < order.index(second),
        f"verwacht {first} voor {second}, {came_out.nl}",
        f"expected {first} before {second}, {came_out.en}",
    )
    _checked(request, [first, second])


@then(parsers.parse('vraagt de adviseur "{question}"'))
def asks(advies: Advice, question: str) -> None:
    asked = "; ".join(q.question for q in advies.questions[:10])
    _holds(
        _question_fact(question) in [q.fact for q in advies.questions],
        f"verwacht de vraag '{question}', maar de adviseur vraagt: {asked}",
        f"expected the question '{question}', but the advisor asks: {asked}",
    )


@then(parsers.parse('vraagt de adviseur niet "{question}"'))
def does_not_ask(advies: Advice, question: str, request: pytest.FixtureRequest) -> None:
    path = _question_fact(question)
    given = request.node.stash.get(_ANSWERED, {}).get(path)
    # a question the scenario answers itself is never asked: the step would pass whatever the rules say (one
    # answered "weet niet" may be, and is a check)
    _holds(
        given is None or parse_answer(FACTS[path], given) is None,
        f"deze stap controleert niets: het scenario beantwoordt '{question}' zelf ('{given}'), en een beantwoorde "
        "vraag stelt de adviseur nooit; laat het antwoord weg, of de stap",
        f"this step checks nothing: the scenario answers '{question}' itself ('{given}'), and the advisor never "
        "asks an answered question; leave out the answer, or the step",
    )
    _holds(
        _question_fact(question) not in [q.fact for q in advies.questions],
        f"verwacht dat de adviseur '{question}' niet vraagt, maar hij vraagt het toch",
        f"expected the advisor not to ask '{question}', but it does",
    )


@then(parsers.parse('past een "{label}" minder omdat "{title}" niet geldt'))
def fits_less_because(
    adviseur: Advisor, advies: Advice, label: str, title: str, request: pytest.FixtureRequest
) -> None:
    """The rule with this title would support that mode, and does not: its fact has another, known value."""
    alternatives = {a.label: a for a in advies.conclusions["governance_mode"].alternatives}
    assert label in alternatives, list(alternatives)
    rule = next((rule for rule in adviseur.rulebase.rules if rule.title.nl == title), None)
    _holds(rule is not None, f"geen regel met de titel '{title}'", f"no rule with the title '{title}'")
    assert rule is not None  # for the type checker: _holds has checked it
    assert rule.id in alternatives[label].not_supported_by, alternatives[label].not_supported_by
    assert not set(rule.facts_used) & set(alternatives[label].waiting_for), alternatives[label].waiting_for
    _checked(request, [rule.id])


# --------------------------------------------------------------------------- what can still come out

_CONCLUSIONS = {
    "het type uitdaging": "challenge_type",
    "de samenwerkingsvorm": "collaboration_form",
    "de governancevorm": "governance_mode",
}


def _conclusion(advice: Advice, words: str) -> Any:
    return advice.conclusions[_pick(_CONCLUSIONS, words, "besluit")]


def _labels(text: str) -> list[str]:
    """'"complex" en "geen duidelijk type"' → ["complex", "geen duidelijk type"]."""
    return [part for index, part in enumerate(text.split('"')) if index % 2 == 1]


def _outcome_label(label: str) -> str:
    """An outcome as a scenario names it: "geen duidelijk type" for "geen duidelijk type (geen type met ...)"."""
    return label.split(" (")[0] if label.startswith("geen") else label


# What the reader is told of how certain a conclusion is: the Dutch words of the advice (the catalogue's), as a
# scenario claims them. Each step on a conclusion's certainty checks them in the report a person reads, beside
# the certainty's code: "nog open" rendered as "vast" passed every scenario (living-documentation review).
_SAID_OPEN = "nog open"
_SAID_PROVISIONAL = "voorlopig"
# Words that say a conclusion can still change: a settled conclusion's sentence has none of them, a provisional
# one does not say it is open ("Het kan ook nog een NAO worden." after a settled mode passed every scenario).
_NOT_SETTLED_WORDS = (
    r"\bnog open\b",
    r"\bvoorlopig\b",
    r"\bmogelijk:",
    r"\bkan nog worden\b",
    r"\bkan (?:\w+ )?nog\b",
    r"\bnog [^.;:]*\bworden\b",
)


def _in_report(advice: Advice, casus: dict[str, Any], name: str) -> str:
    """What the advice as text (:func:`netadvisor.advice_text`) says of the conclusion ``name``: its paragraph
    under the conclusions, its lines joined again."""
    heading = f"  {CONCLUSION_NAMES[name].nl}: "
    said: list[str] = []
    for line in advice_text(advice, casus).splitlines():
        if said and line.startswith("    "):
            said.append(line.strip())
        elif said:
            break
        elif line.startswith(heading):
            said.append(line.strip())
    _holds(
        bool(said),
        f"het advies als tekst noemt {CONCLUSION_NAMES[name].nl.lower()} niet",
        f"the advice as text does not name {CONCLUSION_NAMES[name].en.lower()}",
    )
    return " ".join(said)


def _says_not_settled(sentence: str) -> list[str]:
    return [found.group(0) for pattern in _NOT_SETTLED_WORDS if (found := re.search(pattern, sentence, re.I))]


def _reads_settled(advice: Advice, casus: dict[str, Any], name: str, label: str) -> None:
    """The report says the conclusion is ``label``, with no word that it can still change (no value by its name
    alone where the sentence says what it means: "geen duidelijk type. … Geen duidelijk type betekent hier: …")."""
    conclusion = advice.conclusions[name]
    said = _in_report(advice, casus, name)
    heading = CONCLUSION_NAMES[name].nl
    short = NO_VALUE_NAMED.get(name)
    means = short is not None and f"{short.nl[:1].upper()}{short.nl[1:]} betekent hier: " in said
    shown = short.nl if means and short is not None and label == NO_VALUE[name].nl else label
    _holds(
        said.startswith(conclusion.sentence) and shown in said.removeprefix(f"{heading}: ").split(". ")[0],
        f"verwacht dat het advies zegt '{heading}: {label}', maar het zegt: '{said}'",
        f"expected the advice to say '{heading}: {label}', but it says: '{said}'",
    )
    doubt = _says_not_settled(conclusion.sentence)
    _holds(
        not doubt,
        f"{heading} staat vast, maar de zin zegt '{', '.join(doubt)}': '{conclusion.sentence}'",
        f"{heading} is settled, but its sentence says '{', '.join(doubt)}': '{conclusion.sentence}'",
    )


@then(parsers.parse('staat {words} vast op "{label}"'))
def conclusion_settled(
    advies: Advice, casus: dict[str, Any], words: str, label: str, request: pytest.FixtureRequest
) -> None:
    conclusion = _conclusion(advies, words)
    _checked(request, _conclusion_rules(advies, conclusion.name, request))
    assert conclusion.certainty == "settled", conclusion.sentence  # (it says how certain it is, in words)
    assert [_outcome_label(o.label) for o in conclusion.outcomes] == [label], conclusion.sentence
    _reads_settled(advies, casus, conclusion.name, label)


@then(parsers.parse("staat {words} vast zolang de genoemde partners het hele netwerk zijn"))
def conclusion_settled_as_listed(advies: Advice, casus: dict[str, Any], words: str) -> None:
    """Settled only while the partners listed are the whole network (their number never given), and said so."""
    conclusion = _conclusion(advies, words)
    _holds(
        conclusion.certainty == "settled" and conclusion.settled_as_listed,
        f"verwacht dat {words} vaststaat zolang de lijst het hele netwerk is, maar: {conclusion.certainty}, "
        f"settled_as_listed={conclusion.settled_as_listed} ('{conclusion.sentence}')",
        f"expected {words} settled as long as the list is the whole network, but: {conclusion.certainty}, "
        f"settled_as_listed={conclusion.settled_as_listed} ('{conclusion.sentence}')",
    )
    said = _in_report(advies, casus, conclusion.name)
    condition = f"{SETTLED_SAID.nl} {AS_LISTED_SAID.nl}"
    _holds(
        condition in said,
        f"verwacht dat het advies over {words} zegt '{condition}', maar het zegt: '{said}'",
        f"expected the advice on {words} to say '{condition}', but it says: '{said}'",
    )


@then(parsers.parse("staat {words} vast, ook als het netwerk meer organisaties telt"))
def conclusion_settled_whatever_the_count(advies: Advice, casus: dict[str, Any], words: str) -> None:
    conclusion = _conclusion(advies, words)
    _holds(
        conclusion.certainty == "settled" and not conclusion.settled_as_listed,
        f"verwacht dat {words} vaststaat, wat het aantal organisaties ook is, maar: {conclusion.certainty}, "
        f"settled_as_listed={conclusion.settled_as_listed} ('{conclusion.sentence}')",
        f"expected {words} settled whatever the number of organisations, but: {conclusion.certainty}, "
        f"settled_as_listed={conclusion.settled_as_listed} ('{conclusion.sentence}')",
    )
    said = _in_report(advies, casus, conclusion.name)
    condition = f"{SETTLED_SAID.nl} {AS_LISTED_SAID.nl}"
    _holds(
        condition not in said,
        f"{words} staat vast, maar het advies zegt '{condition}': '{said}'",
        f"{words} is settled, but the advice says '{condition}': '{said}'",
    )


def _reads_provisional(advice: Advice, casus: dict[str, Any], name: str, label: str) -> None:
    """The report says "voorlopig" with the value, and not that the conclusion is open."""
    conclusion = advice.conclusions[name]
    said = _in_report(advice, casus, name)
    heading = CONCLUSION_NAMES[name].nl
    _holds(
        said.startswith(conclusion.sentence) and said.startswith(f"{heading}: {_SAID_PROVISIONAL} {label}"),
        f"verwacht dat het advies zegt '{heading}: {_SAID_PROVISIONAL} {label}', maar het zegt: '{said}'",
        f"expected the advice to say '{heading}: {_SAID_PROVISIONAL} {label}', but it says: '{said}'",
    )
    _holds(
        _SAID_OPEN not in conclusion.sentence,
        f"{heading} is voorlopig, maar de zin zegt '{_SAID_OPEN}': '{conclusion.sentence}'",
        f"{heading} is provisional, but its sentence says '{_SAID_OPEN}': '{conclusion.sentence}'",
    )


@then(parsers.parse('is {words} voorlopig "{label}"'))
def conclusion_provisional(
    advies: Advice, casus: dict[str, Any], words: str, label: str, request: pytest.FixtureRequest
) -> None:
    conclusion = _conclusion(advies, words)
    _checked(request, _conclusion_rules(advies, conclusion.name, request))
    assert conclusion.certainty == "provisional", conclusion.sentence  # (it says how certain it is, in words)
    assert conclusion.label == label, conclusion.sentence
    _reads_provisional(advies, casus, conclusion.name, label)


@then(parsers.parse("is {words} nog open tussen {outcomes}"))
def conclusion_open(advies: Advice, casus: dict[str, Any], words: str, outcomes: str) -> None:
    conclusion = _conclusion(advies, words)
    assert conclusion.certainty == "open", conclusion.sentence  # (it says how certain it is, in words)
    assert sorted(_outcome_label(o.label) for o in conclusion.outcomes) == sorted(_labels(outcomes)), (
        conclusion.sentence
    )
    said = _in_report(advies, casus, conclusion.name)
    heading = CONCLUSION_NAMES[conclusion.name].nl
    _holds(
        said.startswith(conclusion.sentence) and said.startswith(f"{heading}: {_SAID_OPEN}"),
        f"verwacht dat het advies zegt '{heading}: {_SAID_OPEN}', maar het zegt: '{said}'",
        f"expected the advice to say '{heading}: {_SAID_OPEN}', but it says: '{said}'",
    )
    named = conclusion.sentence.split(". ")[0]
    missing = [label for label in _labels(outcomes) if label not in named]
    _holds(
        not missing,
        f"het advies noemt als mogelijk niet: {', '.join(missing)}; het zegt: '{named}'",
        f"the advice does not name as possible: {', '.join(missing)}; it says: '{named}'",
    )
    _holds(
        _SAID_PROVISIONAL not in named.lower(),
        f"{heading} is open, maar de zin zegt '{_SAID_PROVISIONAL}': '{named}'",
        f"{heading} is open, but its sentence says '{_SAID_PROVISIONAL}': '{named}'",
    )


@then(parsers.parse("kan {words} nog worden: {outcomes}"))
def conclusion_can_become(advies: Advice, words: str, outcomes: str) -> None:
    conclusion = _conclusion(advies, words)
    others = sorted(_outcome_label(o.label) for o in conclusion.outcomes if o.value != conclusion.value)
    assert others == sorted(_labels(outcomes)), conclusion.sentence


@then(parsers.parse('beslist het antwoord op "{question}" mee over {words}'))
def answer_decides(advies: Advice, question: str, words: str) -> None:
    """The answer alone changes what the conclusion can come out as (it is among ``deciding``). A rule owner who
    raised a threshold saw this step fail without a reason, beside "Dat hangt af van: …, uniciteit, …": it says
    whether the answer now decides only together with others, or not at all."""
    conclusion = _conclusion(advies, words)
    fact = _question_fact(question)
    if fact in conclusion.deciding_together:
        nl = "beslist nu enkel samen met andere antwoorden mee, niet alleen"
        en = "now decides only together with other answers, not alone"
    else:
        nl, en = "beslist er nu niet meer over mee", "no longer decides it"
    _holds(
        fact in [d.fact for d in conclusion.deciding],
        f"verwacht dat het antwoord op '{question}' alleen al meebeslist over {words}, maar het {nl}. De zin is: "
        f"'{conclusion.sentence}'",
        f"expected the answer to '{question}' to decide {words} by itself, but it {en}. Its sentence is: "
        f"'{conclusion.sentence}'",
    )


@then(parsers.parse('verandert het antwoord op "{question}" {words} niet meer'))
def answer_does_not_decide(advies: Advice, question: str, words: str) -> None:
    conclusion = _conclusion(advies, words)
    fact = _question_fact(question)
    _holds(
        fact not in [d.fact for d in conclusion.deciding]
        and fact not in [q.fact for q in advies.questions if any(c.name == conclusion.name for c in q.changes)],
        f"verwacht dat het antwoord op '{question}' {words} niet meer verandert, maar het kan het nog veranderen. "
        f"De zin is: '{conclusion.sentence}'",
        f"expected the answer to '{question}' to no longer change {words}, but it still can. Its sentence is: "
        f"'{conclusion.sentence}'",
    )


@then(parsers.parse('kan het antwoord op "{question}" ook {words} veranderen'))
def answer_changes_conclusion(
    advies: Advice, adviseur: Advisor, casus: dict[str, Any], question: str, words: str
) -> None:
    """The question is asked and lists the conclusion among what its answer changes: its value, or only how certain
    it is (a criterion gives the form a value for now while the rationale is unknown; it decides nothing of the
    outcomes, so "beslist mee" does not hold). And it is so: where the question says it does that by itself, some
    answer does, as what-if shows; where only with other answers, the conclusion waits for it. (Worded "verandert
    … ook", it read as a change one answer makes, where uniciteit changes the form only with other criteria: a
    living-documentation review.)"""
    conclusion = _conclusion(advies, words)
    fact = _question_fact(question)
    asked = next((q for q in advies.questions if q.fact == fact), None)
    listed = {c.name: c for c in (asked.changes if asked else []) if c.kind == "conclusion"}
    _holds(
        conclusion.name in listed,
        f"verwacht dat het antwoord op '{question}' {words} kan veranderen, maar het verandert: "
        f"{sorted(listed) or 'geen besluit'}",
        f"expected the answer to '{question}' to be able to change {words}, but it changes: "
        f"{sorted(listed) or 'no conclusion'}",
    )
    assert asked is not None  # (said above)
    if listed[conclusion.name].alone:
        before = (conclusion.value, conclusion.certainty, [o.value for o in conclusion.outcomes])
        changing = [
            answer
            for answer in _answers_to_try(asked)
            if (after := adviseur.what_if(casus, {fact: answer}).after.conclusions[conclusion.name])
            and (after.value, after.certainty, [o.value for o in after.outcomes]) != before
        ]
        _holds(
            bool(changing),
            f"de vraag '{question}' zegt dat ze op zichzelf {words} verandert, maar geen antwoord doet dat",
            f"the question '{question}' says it changes {words} by itself, but no answer does",
        )
    else:
        depends_on = {
            *conclusion.unknown,
            *conclusion.deciding_together,
            *(d.fact for d in conclusion.deciding),
        }
        _holds(
            fact in depends_on or listed[conclusion.name].via in depends_on,
            f"de vraag '{question}' zegt dat ze samen met andere antwoorden {words} verandert, maar {words} wacht "
            f"daar niet op (wel op: {', '.join(sorted(depends_on)) or 'niets'})",
            f"the question '{question}' says it changes {words} together with other answers, but {words} does not "
            f"wait for it (it waits for: {', '.join(sorted(depends_on)) or 'nothing'})",
        )


@then(parsers.parse('zegt de adviseur over {words}: "{text}"'))
def conclusion_says(advies: Advice, casus: dict[str, Any], words: str, text: str) -> None:
    """The conclusion's sentence says it, and so does the advice as a person reads it."""
    conclusion = _conclusion(advies, words)
    capitals = _only_capitals_differ(text, conclusion.sentence)
    _holds(
        text in conclusion.sentence,
        f"verwacht dat {words} zegt '{text}', maar de zin is: '{conclusion.sentence}'{capitals.nl}",
        f"expected {words} to say '{text}', but its sentence is: '{conclusion.sentence}'{capitals.en}",
    )
    said = _in_report(advies, casus, conclusion.name)
    _holds(
        text in said,
        f"verwacht dat het advies over {words} zegt '{text}', maar het zegt: '{said}'",
        f"expected the advice on {words} to say '{text}', but it says: '{said}'",
    )


@then(parsers.parse('geeft de adviseur de bevinding "{rule_id}" als dit een {label} is'))
def gives_conditional_finding(advies: Advice, rule_id: str, label: str, request: pytest.FixtureRequest) -> None:
    _finding_rule(request, rule_id)
    finding = advies.conditional_finding(rule_id)
    on_condition = ", ".join(f.rule_id for f in advies.conditional_findings) or "geen"
    _holds(
        finding is not None,
        f"verwacht de bevinding {rule_id} als dit een {label} is, maar die kwam er niet; op een voorwaarde kwamen:"
        f" {on_condition}",
        f"expected the finding {rule_id} on the condition, but it is not there; on a condition: {on_condition}",
    )
    assert finding is not None  # (said above)
    _shown_firing(request, [rule_id])
    assert finding.assuming is not None, rule_id
    assert finding.assuming.text == f"als dit een {label} is", finding.assuming
    assert advies.finding(rule_id) is None  # not also given as if it were certain
    _checked(request, [rule_id])


@then(parsers.parse('vraagt de adviseur over "{partner}": "{question}"'))
def asks_about_partner(advies: Advice, casus: dict[str, Any], partner: str, question: str) -> None:
    """The advisor asks this partner's question, as the catalogue words it (exactly, as for any question), about
    the partner the case lists under this name. It matched only the start of any question asked of a partner
    with that name (living-documentation review)."""
    fact = _question_fact(question)
    _holds(
        fact.startswith("partners[]."),
        f"'{question}' is geen vraag over één partner",
        f"'{question}' is no question about one partner",
    )
    names = [listed.get("name") for listed in casus.get("partners", [])]
    _holds(
        partner in names,
        f"de casus noemt geen partner '{partner}' (wel: {', '.join(map(str, names)) or 'geen'})",
        f"the case lists no partner '{partner}' (it lists: {', '.join(map(str, names)) or 'none'})",
    )
    path = fact.replace("[]", f"[{names.index(partner)}]")
    asked = [q for q in advies.questions if q.fact == path and q.partner == partner]
    about = "; ".join(q.question for q in advies.questions if q.partner == partner) or "niets"
    _holds(
        bool(asked),
        f"verwacht dat de adviseur over '{partner}' vraagt: '{question}', maar over '{partner}' vraagt hij: {about}",
        f"expected the advisor to ask about '{partner}': '{question}', but about '{partner}' it asks: {about}",
    )


@then(parsers.parse('wacht de vraag over "{partner}": "{question}" op het antwoord op "{waits_for}"'))
def question_held_back(advies: Advice, casus: dict[str, Any], partner: str, question: str, waits_for: str) -> None:
    """The advisor does not ask this partner's question, and says it apart: it is held back until the fact
    ``waits_for`` (by its name, "recept", or its question), answered "weet niet", is known."""
    fact = _question_fact(question)
    names = [listed.get("name") for listed in casus.get("partners", [])]
    _holds(
        fact.startswith("partners[].") and partner in names,
        f"'{question}' is geen vraag over één partner, of de casus noemt geen partner '{partner}'",
        f"'{question}' is no question about one partner, or the case lists no partner '{partner}'",
    )
    path = fact.replace("[]", f"[{names.index(partner)}]")
    waited_for = fact_meant(waits_for, near=False)
    _holds(
        waited_for is not None,
        f"geen feit met de naam of vraag '{waits_for}'",
        f"no fact with the name or question '{waits_for}'",
    )
    _holds(
        path not in [q.fact for q in advies.questions],
        f"verwacht dat de adviseur '{question}' over '{partner}' niet vraagt, maar hij vraagt het",
        f"expected the advisor not to ask '{question}' about '{partner}', but it does",
    )
    held = [q for q in advies.held_questions if q.fact == path]
    apart = "; ".join(f"{q.fact} ({', '.join(q.held_by)})" for q in advies.held_questions) or "niets"
    _holds(
        bool(held) and waited_for in held[0].held_by,
        f"verwacht dat '{question}' over '{partner}' wacht op '{waits_for}', maar apart staan: {apart}",
        f"expected '{question}' about '{partner}' to wait for '{waits_for}', but held apart are: {apart}",
    )


@then(parsers.parse('wacht het antwoord op "{question}" op het antwoord op "{waits_for}"'))
def answer_waits(advies: Advice, casus: dict[str, Any], question: str, waits_for: str) -> None:
    """The case answers ``question``, and the advice says that answer is not used (yet): it follows up on the
    question ``waits_for``, which the case leaves unknown or answers "nee" (:attr:`Advice.waiting_answers`), in the
    words the report prints."""
    fact, first = _question_fact(question), _question_fact(waits_for)
    waiting = [w for w in advies.waiting_answers if w.first == first and fact in w.facts]
    said = "; ".join(w.text for w in advies.waiting_answers) or "niets"
    _holds(
        len(waiting) == 1,
        f"verwacht dat het antwoord op '{question}' wacht op '{waits_for}', maar over wachtende antwoorden zegt het "
        f"advies: {said}",
        f"expected the answer to '{question}' to wait for '{waits_for}', but of answers waiting the advice says: {said}",
    )
    report = " ".join(advice_text(advies, casus).split())
    _holds(
        waiting[0].text in report,
        f"het advies als tekst zegt niet: {waiting[0].text}",
        f"the advice as text does not say: {waiting[0].text}",
    )


@then(parsers.parse('luidt de vraag "{question}" voor deze casus: "{text}"'))
def question_worded(advies: Advice, question: str, text: str) -> None:
    fact = _question_fact(question)
    asked = [q.question for q in advies.questions if q.fact == fact]
    _holds(
        asked == [text],
        f"verwacht de vraag '{text}', maar de adviseur vraagt: {asked or 'niets over dit feit'}",
        f"expected the question '{text}', but the advisor asks: {asked or 'nothing about this fact'}",
    )


@then(parsers.parse('is de eerste vraag "{question}"'))
def first_question(advies: Advice, question: str) -> None:
    _holds(bool(advies.questions), "geen vragen meer", "no questions left")
    first = advies.questions[0].question
    _holds(
        advies.questions[0].fact == _question_fact(question),
        f"verwacht als eerste vraag '{question}', maar de eerste is '{first}'",
        f"expected the first question '{question}', but the first is '{first}'",
    )


@then(parsers.parse('kan het antwoord op "{question}" op zichzelf de bevinding "{rule_id}" veranderen'))
def answer_alone_changes_finding(
    advies: Advice,
    adviseur: Advisor,
    casus: dict[str, Any],
    question: str,
    rule_id: str,
    request: pytest.FixtureRequest,
) -> None:
    """The question says so (``Change.alone``), and it is so: one of its answers, every other open answer left
    open, gives the finding, takes it away, or gives it with or without its condition."""
    _finding_rule(request, rule_id)
    fact = _question_fact(question)
    asked = next((q for q in advies.questions if q.fact == fact), None)
    _holds(asked is not None, f"de adviseur vraagt '{question}' niet", f"the advisor does not ask '{question}'")
    assert asked is not None
    said = [change for change in asked.changes if change.name == rule_id]
    listed = Text(
        ", ".join(f"{c.name} ({'op zichzelf' if c.alone else 'samen met andere'})" for c in asked.changes) or "niets",
        ", ".join(f"{c.name} ({'by itself' if c.alone else 'with others'})" for c in asked.changes) or "nothing",
    )
    _holds(
        bool(said) and said[0].alone,
        f"de vraag zegt niet dat ze '{rule_id}' op zichzelf verandert; ze verandert: {listed.nl}",
        f"the question does not say it changes '{rule_id}' by itself; it changes: {listed.en}",
    )

    def state(advice: Advice) -> tuple[bool, bool]:
        return advice.finding(rule_id) is not None, advice.conditional_finding(rule_id) is not None

    afters = [state(adviseur.what_if(casus, {fact: choice.value}).after) for choice in asked.answer.choices]
    _holds(
        any(after != state(advies) for after in afters),
        f"geen enkel antwoord op '{question}' verandert '{rule_id}'",
        f"no answer to '{question}' changes '{rule_id}'",
    )
    _checked(request, [rule_id])


# Answers to try for a question without choices (a number, a name, the partner list): enough to cross every
# threshold the rules use (a network of 2, of 7 or 8, of 16 or 17 organisations), beside the choices it has.
_NUMBERS_TO_TRY = (0, 1, 2, 3, 5, 7, 8, 12, 16, 17, 25, 50)
_NAMES_TO_TRY = ("An Peeters",)
_PARTNER_COUNT = "governance.partner_count"


def _answers_to_try(question: Any) -> list[Any]:
    """Each possible answer to ``question``: its choices, and for a number, a name or the partner list a
    representative few (see above)."""
    kind = question.answer.kind
    tried: list[Any] = [choice.value for choice in question.answer.choices]
    if kind == "number":
        low = question.answer.minimum or 0
        high = question.answer.maximum
        tried += [n for n in _NUMBERS_TO_TRY if n >= low and (high is None or n <= high)]
    elif kind == "text":
        tried += list(_NAMES_TO_TRY)
    elif kind == "partner_list":
        tried += [[f"Partner {number}" for number in range(1, count + 1)] for count in (1, 2, 5, 8, 17)]
    return tried


def _what_changed(what_if: Any) -> set[str]:
    """The conclusions and findings a what-if changed: a conclusion's value, certainty, outcomes or what it is on a
    condition (``conclusions_changed``), a finding given, taken away, or given with or without its condition."""
    return {
        *(change.conclusion for change in what_if.conclusions_changed),
        *what_if.findings_added,
        *what_if.findings_removed,
        *what_if.conditional_findings_added,
        *what_if.conditional_findings_removed,
    }


def _catalogue(path: str) -> str:
    """A partner's answer as that of every partner (``partners[2].kind`` → ``partners[].kind``)."""
    return re.sub(r"^partners\[\d+\]", "partners[]", path)


def _read_by_rule(adviseur: Advisor, advies: Advice, rule_id: str) -> set[str]:
    """The facts a rule's answer depends on: those it reads, the inputs of a summary it reads (the number of
    organisations beside the partners), and those a conclusion it tests still waits for."""
    rule = adviseur.rulebase.by_id[rule_id]
    read: set[str] = set()
    for condition in rule.conditions:
        if condition.subject == "fact":
            read |= {condition.name, *FACTS[condition.name].inputs}
        elif condition.name in advies.conclusions:
            conclusion = advies.conclusions[condition.name]
            read |= {*conclusion.unknown, *conclusion.deciding_together, *(d.fact for d in conclusion.deciding)}
    return read


@then("kan elke vraag iets veranderen")
def every_question_can_change_something(advies: Advice, adviseur: Advisor, casus: dict[str, Any]) -> None:
    """Every question asked lists what its answer can change, and it is so. What it says it changes by itself
    (``Change.alone``): some answer to it, every other open answer left open, changes that conclusion (its value,
    certainty, outcomes) or that finding, as what-if shows. What it says it changes only together with other
    answers, or through a question that waits for it: a conclusion then depends on the fact (it is among the
    facts the conclusion still waits for). Only checking that the list was not empty passed for a question whose
    answers change nothing (living-documentation review)."""
    _holds(bool(advies.questions), "de adviseur stelt geen enkele vraag", "the advisor asks no question")
    for question in advies.questions:
        _holds(
            bool(question.changes),
            f"de vraag '{question.question}' zegt niet wat ze kan veranderen",
            f"the question '{question.question}' does not say what it can change",
        )
        alone = [change for change in question.changes if change.alone]
        if alone:
            changed: set[str] = set()
            for answer in _answers_to_try(question):
                changed |= _what_changed(adviseur.what_if(casus, {question.fact: answer}))
            missing = [change.name for change in alone if change.name not in changed]
            _holds(
                not missing,
                f"de vraag '{question.question}' zegt dat ze op zichzelf {', '.join(missing)} verandert, maar geen"
                f" enkel antwoord erop doet dat (wel: {', '.join(sorted(changed)) or 'niets'})",
                f"the question '{question.question}' says it changes {', '.join(missing)} by itself, but no answer"
                f" to it does (it changes: {', '.join(sorted(changed)) or 'nothing'})",
            )
        for change in question.changes:
            if change.alone:
                continue
            if change.kind == "finding":
                # a finding it changes only with other answers: its rule reads the fact, itself, through a summary
                # of it, or through a conclusion it tests that waits for it (a question whose answers change nothing
                # passed, its one claim "samen met andere antwoorden": living-documentation review)
                read = _read_by_rule(adviseur, advies, change.name)
                asked = change.via or question.fact
                _holds(
                    _catalogue(asked) in read
                    # (the partners named give their number, and every partner's answers)
                    or (asked == "partners" and any(p.startswith("partners") or p == _PARTNER_COUNT for p in read)),
                    f"de vraag '{question.question}' zegt dat ze samen met andere antwoorden '{change.label}' verandert,"
                    f" maar die regel leest het antwoord niet (wel: {', '.join(sorted(read)) or 'niets'})",
                    f"the question '{question.question}' says it changes '{change.label}' together with other answers,"
                    f" but that rule does not read its answer (it reads: {', '.join(sorted(read)) or 'nothing'})",
                )
                continue
            conclusion = advies.conclusions[change.name]
            depends_on = {
                *conclusion.unknown,
                *conclusion.deciding_together,
                *(deciding.fact for deciding in conclusion.deciding),
            }
            # (the partners named give their number: the list stands for the number of organisations too)
            facts = {change.via or question.fact} | ({_PARTNER_COUNT} if question.fact == "partners" else set())
            _holds(
                bool(facts & depends_on),
                f"de vraag '{question.question}' zegt dat ze samen met andere antwoorden {change.label} verandert,"
                f" maar {change.label} wacht daar niet op (wel op: {', '.join(sorted(depends_on)) or 'niets'})",
                f"the question '{question.question}' says it changes {change.label} together with other answers,"
                f" but {change.label} does not wait for it (it waits for: {', '.join(sorted(depends_on)) or 'nothing'})",
            )


# --------------------------------------------------------------------------- the goal's words; what a finding rests on


@given(parsers.parse('de doelstelling luidt "{text}"'))
def goal_statement_is(casus: dict[str, Any], text: str) -> None:
    _set(casus, "goal.statement", text)


# How a scenario names what a finding rests on (`basis:` of the rule): the guide, a named source, our reading.
_BASES = {"de gids": "guide", "een bron buiten de gids": "source", "de lezing van netadvisor": "interpretation"}


@then(parsers.parse('steunt de bevinding "{rule_id}" op {basis}'))
def finding_rests_on(advies: Advice, rule_id: str, basis: str, request: pytest.FixtureRequest) -> None:
    _finding_given(advies, rule_id, request)
    finding = advies.finding(rule_id)
    assert finding is not None  # (said by _finding_given)
    wanted = _pick(_BASES, basis, "basis")
    said = next(words for words, code in _BASES.items() if code == finding.basis)
    _holds(
        finding.basis == wanted,
        f"verwacht dat {rule_id} steunt op {basis}, maar ze steunt op {said}",
        f"expected {rule_id} to rest on {basis}, but it rests on {said}",
    )
    _checked(request, [rule_id])
