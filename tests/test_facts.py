"""The case model: typed facts, unknown kept apart from no, every invalid field reported."""

from __future__ import annotations

import math

import jsonschema
import pytest
from pydantic import ValidationError

from netadvisor import FACTS, Case, CaseError
from netadvisor.case import nest, parse_case
from netadvisor.facts import (
    LARGEST_COUNT,
    SUMMARIES,
    Bounds,
    Summary,
    fact_values,
    values_beside_unlisted_partners,
)


def test_unknown_is_not_no() -> None:
    """ "weet niet" becomes None and "nee" becomes False: the two never mix."""
    case = parse_case({"goal": {"consensus_reached": "weet niet", "known_by_all": "nee", "carried_by_all": "ja"}})
    assert case.goal.consensus_reached is None
    assert case.goal.known_by_all is False
    assert case.goal.carried_by_all is True
    facts = fact_values(case)
    assert "goal.consensus_reached" not in facts  # unknown facts are absent, not false
    assert facts["goal.known_by_all"] is False


def test_english_words_and_json_values_are_accepted() -> None:
    """Tool builders may send JSON booleans and null; people may type English words."""
    case = parse_case(
        {
            "goal": {"consensus_reached": True, "known_by_all": "no", "carried_by_all": None},
            "governance": {"trust": "unknown"},
        }
    )
    assert (case.goal.consensus_reached, case.goal.known_by_all, case.goal.carried_by_all) == (True, False, None)
    assert case.governance.trust is None


def test_partner_count_is_derived_from_the_partner_list() -> None:
    """When partners are listed and no count is given, the count is the length of the list."""
    case = parse_case({"partners": [{"name": "A"}, {"name": "B"}, {"name": "C"}]})
    assert case.governance.partner_count == 3
    assert parse_case({"partners": [{"name": "A"}], "governance": {"partner_count": 9}}).governance.partner_count == 9


def _facts(data: dict) -> dict:  # type: ignore[type-arg]
    return fact_values(parse_case(data))


def test_partner_summary_is_three_valued() -> None:
    """All willing only when every partner says yes; no as soon as one says no; else unknown."""
    both = {"partners": [{"name": "A", "willing_to_adapt": "ja"}, {"name": "B", "willing_to_adapt": "ja"}]}
    assert _facts(both)["partner_summary.all_willing_to_adapt"] is True
    one_no = {"partners": [{"name": "A", "willing_to_adapt": "nee"}, {"name": "B"}]}
    assert _facts(one_no)["partner_summary.all_willing_to_adapt"] is False
    one_unknown = {"partners": [{"name": "A", "willing_to_adapt": "ja"}, {"name": "B"}]}
    assert "partner_summary.all_willing_to_adapt" not in _facts(one_unknown)


def test_a_partner_count_above_the_list_leaves_the_missing_partners_unknown() -> None:
    """Two listed partners of a network of five: "all willing" cannot be yes from the two alone, a no stays a no,
    and counts over the partners are bounds that reach the whole network."""
    listed = [
        {"name": "A", "willing_to_adapt": "ja", "kind": "municipality"},
        {"name": "B", "willing_to_adapt": "ja", "kind": "municipality"},
    ]
    partial = _facts({"partners": listed, "governance": {"partner_count": 5}})
    assert "partner_summary.all_willing_to_adapt" not in partial
    assert partial["partner_summary.local_governments"] == Bounds(2, 5)
    assert partial["partner_summary.count"] == 2  # the partners listed
    refusing = [{**listed[0], "willing_to_adapt": "nee"}, listed[1]]
    assert (
        _facts({"partners": refusing, "governance": {"partner_count": 5}})["partner_summary.all_willing_to_adapt"]
        is False
    )
    assert _facts({"partners": listed, "governance": {"partner_count": 2}})["partner_summary.all_willing_to_adapt"]


def test_a_partner_count_answered_weet_niet_leaves_the_list_possibly_incomplete() -> None:
    """'weet niet' for the count beside a list of three is no count of three: at least three, the list perhaps
    incomplete. What the listed partners decide stays decided (one not willing: not all willing); what partners
    beyond the list could change is unknown, and a count over the partners has no upper bound."""
    listed = [
        {"name": "A", "willing_to_adapt": "ja", "kind": "municipality", "involvement": "core"},
        {"name": "B", "willing_to_adapt": "ja", "kind": "municipality", "involvement": "core"},
        {"name": "C", "willing_to_adapt": "ja", "kind": "ocmw", "involvement": "core"},
    ]
    case = parse_case({"partners": listed, "governance": {"partner_count": "weet niet"}})
    assert case.governance.partner_count is None
    assert case.list_may_be_incomplete
    assert not parse_case({"partners": listed}).list_may_be_incomplete  # not mentioned: the list's own count
    assert not parse_case({"governance": {"partner_count": "weet niet"}}).list_may_be_incomplete  # no list
    facts = fact_values(case)
    assert facts["governance.partner_count"] == Bounds(3, LARGEST_COUNT)
    assert facts["governance.partner_count"].open_ended
    assert facts["partner_summary.count"] == 3  # the partners listed
    for unknown in ("all_willing_to_adapt", "only_local_governments", "involvement_varies"):
        assert f"partner_summary.{unknown}" not in facts, unknown
    assert facts["partner_summary.local_governments"] == Bounds(3, LARGEST_COUNT)
    with_an_intercommunale = [*listed[:2], {**listed[2], "kind": "intercommunale"}]
    counted = _facts({"partners": with_an_intercommunale, "governance": {"partner_count": "weet niet"}})
    assert counted["partner_summary.local_governments"] == Bounds(2, LARGEST_COUNT)  # "minstens 2", no 99999
    kinds = facts["partner_summary.kinds"]
    assert isinstance(kinds, Bounds)
    assert (kinds.low, kinds.high > 2) == (2, True)
    refusing = [{**listed[0], "willing_to_adapt": "nee"}, *listed[1:]]
    assert (
        _facts({"partners": refusing, "governance": {"partner_count": None}})["partner_summary.all_willing_to_adapt"]
        is False
    )
    # not mentioned at all, the count is the list's, and what the list says is all there is
    complete = _facts({"partners": listed})
    assert complete["governance.partner_count"] == 3
    assert complete["partner_summary.all_willing_to_adapt"] is True


def test_a_partner_count_below_the_list_is_refused_at_the_count() -> None:
    with pytest.raises(CaseError) as raised:
        parse_case({"partners": [{"name": "A"}, {"name": "B"}, {"name": "C"}], "governance": {"partner_count": 2}})
    (problem,) = raised.value.problems
    assert problem.path == "governance.partner_count"
    assert "3" in problem.message
    assert "2" in problem.message


def test_what_partners_bring_is_unknown_until_described() -> None:
    """A partner without a 'brings' is unknown, not "brings nothing"; 'niets' says it brings nothing."""
    assert "partner_summary.all_bring_something" not in _facts({"partners": [{"name": "A"}, {"name": "B"}]})
    assert (
        _facts({"partners": [{"name": "A", "brings": "niets"}, {"name": "B"}]})["partner_summary.all_bring_something"]
        is False
    )
    assert _facts({"partners": [{"name": "A", "brings": "kennis"}]})["partner_summary.all_bring_something"] is True


def test_criteria_counts_per_type_are_bounds_while_some_are_unknown() -> None:
    """The six §2 criteria are counted per type; with three unknown, each count is known only within bounds."""
    facts = _facts({"challenge": {"criteria": {"recipe": "complex", "certainty": "complex", "expertise": "simple"}}})
    assert facts["challenge.criteria.pointing_complex"] == Bounds(2, 5)
    assert facts["challenge.criteria.pointing_simple"] == Bounds(1, 4)
    assert facts["challenge.criteria.pointing_complicated"] == Bounds(0, 3)
    assert facts["challenge.criteria.unknown"] == 3
    every = _facts(
        {
            "challenge": {
                "criteria": dict.fromkeys(
                    ("recipe", "replicability", "expertise", "uniqueness", "certainty", "parts_and_whole"), "complex"
                )
            }
        }
    )
    assert every["challenge.criteria.pointing_complex"] == 6


def test_roles_nobody_differs_from_unknown() -> None:
    """ "niemand" means the role is empty; a missing holder means we do not know."""
    facts = _facts(
        {"management": {"roles": {"network_operator": "niemand", "vision_keeper": "An", "network_promoter": "an"}}}
    )
    assert facts["management.roles.missing"] == Bounds(1, 3)
    assert facts["management.roles.unknown"] == 2
    assert facts["management.roles.most_held_by_one"] == Bounds(2, 4)
    assert facts["management.roles.has_network_operator"] is False
    assert "management.roles.has_creative_thinker" not in facts


# Summaries that count what is unknown, what the case does not give as empty, or how many partners are listed:
# their inputs being unknown is part of what they count, so they are known even then.
_COUNTS_OF_THE_UNKNOWN = {
    "challenge.criteria.unknown",
    "challenge.regional.unknown",
    "management.roles.unknown",
    "management.roles.not_given_as_empty",
    "partner_summary.count",
}


@pytest.mark.parametrize("summary", SUMMARIES, ids=lambda summary: summary.path)
def test_every_summary_is_unknown_while_its_inputs_are(summary: Summary) -> None:
    """Unknown is not no: a summary over unknown inputs is unknown (a count: only bounds), never no or zero."""
    partners = [{"name": "A"}, {"name": "B"}] if any(i.startswith("partners") for i in summary.inputs) else []
    value = _facts({"partners": partners}).get(summary.path)
    if summary.path in _COUNTS_OF_THE_UNKNOWN:
        assert isinstance(value, int), value
    elif summary.type == "bool":
        assert value is None, value
    else:
        assert isinstance(value, Bounds), value


@pytest.mark.parametrize("summary", SUMMARIES, ids=lambda summary: summary.path)
def test_every_summary_is_exact_once_its_inputs_are_known(summary: Summary) -> None:
    """With every input known, a summary has one value: yes, no, or an exact count."""
    stated = {
        path: (spec.values[0] if spec.values else "Jan")
        for path, spec in FACTS.items()
        if not spec.computed and path in summary.inputs
    }
    partner = {
        "name": "A",
        "kind": "municipality",
        "brings": "kennis",
        "involvement": "core",
        "willing_to_adapt": True,
        "entry_exit_conditions_agreed": True,
    }
    value = _facts({**nest(stated), "partners": [partner]}).get(summary.path)
    assert value is not None
    assert not isinstance(value, Bounds), value


def test_invalid_case_lists_every_invalid_field_with_path_and_expectation() -> None:
    """A CaseError names each invalid field by its path and says what was expected."""
    with pytest.raises(CaseError) as raised:
        parse_case(
            {
                "governance": {"trust": "heel hoog", "partner_count": "drie"},
                "partners": [{"kind": "municipality"}],
                "chalenge": {},
            }
        )
    problems = {problem.path: problem for problem in raised.value.problems}
    assert set(problems) == {"governance.trust", "governance.partner_count", "partners[0].name", "chalenge"}
    assert "low" in problems["governance.trust"].expected
    assert problems["governance.partner_count"].expected == "a whole number"
    assert problems["chalenge"].expected == "no such field"


@pytest.mark.parametrize("bad", [math.nan, math.inf, -1, 10**12, 3.5, "3.5", "drie", True])
def test_partner_count_refuses_what_is_not_a_plain_count(bad: object) -> None:
    """NaN, infinities, negatives, huge numbers, fractions, words and yes/no values are refused."""
    with pytest.raises(CaseError) as raised:
        parse_case({"governance": {"partner_count": bad}})
    assert raised.value.problems[0].path == "governance.partner_count"


@pytest.mark.parametrize("written", ["1.000", "12.500", "1.000.000", " 1.000 "])
def test_a_count_written_with_a_point_before_three_digits_is_refused_with_how_to_write_it(written: str) -> None:
    """ "1.000" is a thousand to a Dutch reader and one to an English one: it was read as 1 (a tool builder's form),
    and the governance mode changed with it. Refused, never guessed, with the number to write instead."""
    with pytest.raises(CaseError) as raised:
        parse_case({"governance": {"partner_count": written}})
    (problem,) = raised.value.problems
    assert (problem.path, problem.code) == ("governance.partner_count", "not-a-whole-number")
    plain = written.strip().replace(".", "")
    assert problem.hint is not None
    assert problem.hint.nl.startswith(f"schrijf het getal zonder punt: {plain},")
    assert problem.hint.en.startswith(f"write the number without a point: {plain},")


_NOT_SURE = "met een vraagteken"
_GUESS = "is een vermoeden"


@pytest.mark.parametrize(
    ("path", "written", "meant", "said"),
    [
        ("governance.trust", "laag?", "laag", _NOT_SURE),
        ("state.stuck", " Ja ? ", "ja", _NOT_SURE),
        ("governance.partner_count", "12?", "12", _NOT_SURE),
        ("challenge.rationale", "effectiviteit, denk ik", "effectiviteit", _GUESS),
        ("governance.trust", "Misschien hoog", "hoog", _GUESS),
        ("state.stuck", "ja (waarschijnlijk)", "ja", _GUESS),
        ("governance.partner_count", "ongeveer 12", "12", _GUESS),
    ],
)
def test_a_value_the_person_is_not_sure_of_is_refused_saying_how_to_write_either(
    path: str, written: str, meant: str, said: str
) -> None:
    """A policy officer wrote "laag?" for a trust she was not sure of: it was read as "laag", stated in the advice
    as a fact and never asked again; another's "effectiviteit, denk ik" was told "bedoelde je 'effectiviteit'?",
    which turns a guess into a fact. Both are refused, saying how to write either, in a case and in a consultation
    alike."""
    from helpers import CONSENSUS_RULES, rules_from_text
    from netadvisor import Advisor, AnswerError, Consultation

    with pytest.raises(CaseError) as raised:
        parse_case(nest({path: written}))
    (problem,) = raised.value.problems
    assert problem.path == path
    assert problem.hint is not None
    assert problem.hint.nl.startswith(f"'{written.strip()}' {said}: is het '{meant}', schrijf dan")
    assert "'weet niet'" in problem.hint.nl
    consultation = Consultation(Advisor(rules_from_text(CONSENSUS_RULES)))
    with pytest.raises(AnswerError, match=said):
        consultation.answer(path, written)
    assert path not in consultation.answers
    # "weet niet?" and "?" are unknown, as before
    assert parse_case(nest({path: "weet niet?"})) == parse_case({})
    assert parse_case(nest({path: "?"})) == parse_case({})


def test_a_negative_count_written_as_text_is_too_small_as_the_number_is() -> None:
    """ "-4" was "not a whole number", where -4 is "too small": the same number, the same reason (a tool builder)."""
    for written in ("-4", -4):
        with pytest.raises(CaseError) as raised:
            parse_case({"governance": {"partner_count": written}})
        assert raised.value.problems[0].code == "too-small", written


def test_no_network_counts_no_organisations() -> None:
    """A count of 0 is refused, with the smallest count there is: a coordinator's 0 for "not counted yet" was read
    as a network of none, and "weet niet" is how a person says it is not known."""
    for written in (0, "0"):
        with pytest.raises(CaseError) as raised:
            parse_case({"governance": {"partner_count": written}})
        problem = raised.value.problems[0]
        assert (problem.code, problem.path) == ("too-small", "governance.partner_count"), written
        assert "minstens 1" in raised.value.format("nl")
    assert parse_case({"governance": {"partner_count": 1}}).governance.partner_count == 1


@pytest.mark.parametrize("written", ["12", " 12 ", 12.0, "12.0", "12.00", "12.0000"])
def test_partner_count_as_people_write_it(written: object) -> None:
    """A whole number written as text or as a whole float is read as that number."""
    assert parse_case({"governance": {"partner_count": written}}).governance.partner_count == 12


@pytest.mark.parametrize(
    "word",
    [
        "weet niet",
        "Weet Niet",
        "  weet   niet ",
        "don’t know",
        "onbekend",
        "?",
        # as a policy officer writes it in a sentence: "weet ik nog niet" was taken as the goal statement
        "Weet ik nog niet",
        "we weten het nog niet.",
        "Weten we niet",
        "nog te bekijken",
        "N.T.B.",
        # as a tool builder's form users wrote them: each was a name, and five of them one person in every role
        "geen flauw idee",
        "Nog niet gekend",
        "niet geweten",
        "nog geen idee",
        "nog open",
        "/",
    ],
)
def test_dont_know_in_any_capitals_spacing_or_apostrophe_means_unknown_in_every_field(word: str) -> None:
    """Free text included: "weet niet" typed into a text field is not taken as the text. Not for a role, a decision
    still to make ("nog te bekijken", "N.T.B.", "nog open"): nobody holds it meanwhile, as "nog te bepalen" says (a
    policy officer's "nog niet bepaald" was unknown where her "nog te bepalen" gave the missing role's warning)."""
    pending = {"nog te bekijken", "N.T.B.", "nog open"}
    case = parse_case(
        {
            "goal": {"statement": word, "consensus_reached": word},
            "governance": {"trust": word},
            "management": {"roles": {"network_operator": word}},
            "challenge": {"description": word},
        }
    )
    assert (
        case.goal.statement,
        case.goal.consensus_reached,
        case.governance.trust,
        case.management.roles.network_operator,
        case.challenge.description,
    ) == (None, None, None, "nobody" if word in pending else None, None)


@pytest.mark.parametrize("word", ["on", "1", "t", "y"])
def test_only_the_documented_words_mean_yes_or_no(word: str) -> None:
    """'on', '1', 't' are not yes: only ja/nee/yes/no/true/false (and JSON booleans) are."""
    with pytest.raises(CaseError):
        parse_case({"goal": {"consensus_reached": word}})


@pytest.mark.parametrize(("word", "value"), [("ja", True), ("Nee", False), ("neen", False), ("NEEN ", False)])
def test_ja_nee_and_the_flemish_neen_mean_yes_and_no(word: str, value: bool) -> None:
    case = parse_case({"goal": {"consensus_reached": word}, "partners": [{"name": "A", "willing_to_adapt": word}]})
    assert case.goal.consensus_reached is value
    assert case.partners[0].willing_to_adapt is value


def test_dutch_labels_are_accepted_beside_the_codes() -> None:
    """'hoog' for high, 'organisatienetwerk' for organisation_network: what people write."""
    case = parse_case({"governance": {"trust": "Hoog"}, "state": {"form": "organisatienetwerk"}})
    assert (case.governance.trust, case.state.form) == ("high", "organisation_network")


def test_a_label_typed_without_its_accents_is_the_choice() -> None:
    """ "efficientie" for "efficiëntie" was refused with "bedoelde je 'efficiëntie'?" (a policy officer), in a
    consultation and a case file alike; a misspelling is still told the label with its accents."""
    from netadvisor import NotAnAnswer, parse_answer, spec_of

    assert parse_case({"challenge": {"rationale": "efficientie"}}).challenge.rationale == "efficiency"
    assert parse_answer(spec_of("challenge.rationale"), "Efficientie") == "efficiency"
    with pytest.raises(NotAnAnswer) as refused:
        parse_answer(spec_of("challenge.rationale"), "eficientie")
    assert "bedoelde je 'efficiëntie'?" in refused.value.text.nl


@pytest.mark.parametrize(
    "written",
    [
        "netwerk administratieve organisatie (NAO)",
        "netwerk administratieve organisatie",
        "Network Administrative Organisation",
        "NAO",
        " nao ",
    ],
)
def test_a_label_with_its_abbreviation_is_also_answered_without_it_or_with_it_alone(written: str) -> None:
    """A tester answered "netwerk administratieve organisatie" and was refused: the label ends in "(NAO)"."""
    from netadvisor.answers import parse_answer

    assert parse_answer(FACTS["governance.current_mode"], written) == "network_administrative_organisation"
    case = parse_case({"governance": {"current_mode": written}})
    assert case.governance.current_mode == "network_administrative_organisation"


def test_an_abbreviation_two_choices_share_names_neither() -> None:
    from netadvisor.answers import VALUE_LABELS, choice_words
    from netadvisor.text import Text

    labels = {
        "first_kind": Text("eerste soort (ES)", "first kind (FK)"),
        "second_kind": Text("ernstige schade (ES)", "x"),
    }
    try:
        VALUE_LABELS.update(labels)
        words = choice_words(["first_kind", "second_kind"])
    finally:
        for value in labels:
            del VALUE_LABELS[value]
    assert "es" not in words
    assert (words["fk"], words["eerste soort"], words["ernstige schade"]) == ("first_kind", "first_kind", "second_kind")


def test_a_case_round_trips_through_its_dump() -> None:
    """What advice gets out of a case can be put back in: no computed fields in the model."""
    case = parse_case({"partners": [{"name": "A", "willing_to_adapt": "ja"}], "governance": {"trust": "high"}})
    assert Case.model_validate(case.model_dump()) == case
    assert Case.model_validate_json(case.model_dump_json()) == case


def test_case_must_be_a_mapping() -> None:
    """A list or a string is not a case."""
    with pytest.raises(CaseError):
        parse_case(["not", "a", "case"])  # type: ignore[arg-type]


def test_catalogue_lists_every_fact_with_its_type() -> None:
    """The fact catalogue covers the whole guide, with types and allowed values for rules and questions."""
    assert FACTS["governance.trust"].type == "enum"
    assert FACTS["governance.trust"].values == ("low", "moderate", "high")
    assert FACTS["goal.consensus_reached"].type == "bool"
    assert FACTS["governance.partner_count"].type == "int"
    assert FACTS["challenge.criteria.pointing_complex"].computed
    for section in ("challenge.", "goal.", "governance.", "management.", "state.", "region.", "partner_summary."):
        assert any(path.startswith(section) for path in FACTS), section
    for spec in FACTS.values():
        assert spec.nl
        assert spec.en
        assert spec.question_nl
        assert spec.question_en


def test_case_is_frozen() -> None:
    """A case is a value: it cannot be changed after validation."""
    case = Case()
    with pytest.raises(ValidationError, match="frozen"):
        case.title = "x"  # type: ignore[misc]


def test_every_choice_accepts_dont_know() -> None:
    """'weet niet' is a possible answer to every question, whatever the kind of fact."""
    for path, spec in FACTS.items():
        if spec.computed:
            continue
        case = parse_case(nest({path: "weet niet"}))
        assert path not in fact_values(case), path


def test_a_question_asked_after_another_says_which() -> None:
    """A tool builder found goal consensus among what decides the governance mode, but no question asking it and
    nothing on its spec saying why (it waits for whether there is a common goal)."""
    from netadvisor.facts import ASKED_AFTER

    for first, later in ASKED_AFTER.items():
        for path in later:
            assert FACTS[path].asked_after == first
    waiting = {path for later in ASKED_AFTER.values() for path in later}
    assert all(spec.asked_after is None for path, spec in FACTS.items() if path not in waiting)


def test_what_a_yes_no_summary_of_the_partners_can_be_while_the_list_may_leave_some_out() -> None:
    """An unknown partner beside the list keeps "alike" and "all" unknown; a known difference or a "nee" says it."""
    assert values_beside_unlisted_partners("partner_summary.involvement_varies") == (True,)
    assert values_beside_unlisted_partners("partner_summary.all_willing_to_adapt") == (False,)
    assert values_beside_unlisted_partners("partner_summary.only_local_governments") == (False,)
    # a count: more partners listed raise it (no such short list shows what it can be); no summary at all
    assert values_beside_unlisted_partners("partner_summary.local_governments") is None
    assert values_beside_unlisted_partners("governance.trust") is None


def test_a_fact_whose_meaning_is_a_question_is_named_in_a_sentence_by_a_short_name() -> None:
    """A consultation said "De casus antwoordt al 'weet niet' op: de ratio, vertrouwen en hoe sturend treedt het
    burgemeestersoverleg op" (a policy officer): a fact's meaning stands in for its short name in sentences and
    lists, and a question reads wrong there."""
    from netadvisor.wording import fact_names

    for path, spec in FACTS.items():
        for lang in ("nl", "en"):
            assert not spec.short(lang).rstrip().endswith("?"), (path, lang, spec.short(lang))
    listed = fact_names(["challenge.rationale", "region.mayors_consultation_directiveness"]).nl
    assert listed == "de ratio en de sturing door het burgemeestersoverleg"


def test_partners_beyond_the_list_stand_as_one_and_count_as_many() -> None:
    """A count of 100,000 beside three names made 99,997 unknown partners for every summary: 0.3 s an advice, from
    a state a web form's client could send (a tool builder). They stand as one, counted as many: each summary is
    what as many unknown partners give."""
    from netadvisor.facts import SUMMARIES, _Unlisted, partners_known_and_not, with_summaries

    listed = [{"name": "A", "kind": "municipality"}, {"name": "B"}, {"name": "C", "kind": "citizens"}]
    for count in (4, 9, 14, 100_000):
        case = parse_case({"partners": listed, "governance": {"partner_count": count}})
        compact = partners_known_and_not(case)
        assert len(compact) == len(listed) + 1
        if count > 20:
            continue  # (the many, one by one, only where that is cheap)
        many = [*case.partners, *[_Unlisted.model_construct(name="?", missing=1)] * (count - len(listed))]
        partner_summaries = [summary for summary in SUMMARIES if summary.path.startswith("partner_summary")]
        assert with_summaries({}, compact, partner_summaries) == with_summaries({}, many, partner_summaries), count


def test_the_partner_list_answered_weet_niet_is_no_list_and_remembered() -> None:
    """`partners: weet niet` was refused ("hier hoort een lijst"), while the README says every field takes it (a
    policy officer at the start of a collaboration)."""
    from netadvisor import case_schema
    from netadvisor.facts import answered_not_known

    written = {"partners": "Weet niet", "governance": {"partner_count": 5}}
    case = parse_case(written)
    assert (case.partners, case.governance.partner_count) == ([], 5)
    assert answered_not_known(case, written) == {"partners"}
    validator = jsonschema.Draft202012Validator(case_schema())
    assert validator.is_valid(written)
    assert not validator.is_valid({"partners": "blauw"})
    with pytest.raises(CaseError):
        parse_case({"partners": "blauw"})
