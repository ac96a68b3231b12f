"""The case model: typed facts, unknown kept apart from no, every invalid field reported."""

from __future__ import annotations

import math

import pytest

from netadvisor import FACTS, Case, CaseError
from netadvisor.case import parse_case
from netadvisor.facts import fact_values


def test_unknown_is_not_no() -> None:
    """"weet niet" becomes None and "nee" becomes False: the two never mix."""
    case = parse_case({"goal": {"consensus_reached": "weet niet", "known_by_all": "nee", "carried_by_all": "ja"}})
    assert case.goal.consensus_reached is None
    assert case.goal.known_by_all is False
    assert case.goal.carried_by_all is True
    facts = fact_values(case)
    assert "goal.consensus_reached" not in facts  # unknown facts are absent, not false
    assert facts["goal.known_by_all"] is False


def test_english_words_and_json_values_are_accepted() -> None:
    """Tool builders may send JSON booleans and null; people may type English words."""
    case = parse_case({"goal": {"consensus_reached": True, "known_by_all": "no", "carried_by_all": None},
                       "governance": {"trust": "unknown"}})
    assert (case.goal.consensus_reached, case.goal.known_by_all, case.goal.carried_by_all) == (True, False, None)
    assert case.governance.trust is None


def test_partner_count_is_derived_from_the_partner_list() -> None:
    """When partners are listed and no count is given, the count is the length of the list."""
    case = parse_case({"partners": [{"name": "A"}, {"name": "B"}, {"name": "C"}]})
    assert case.governance.partner_count == 3
    assert parse_case({"partners": [{"name": "A"}], "governance": {"partner_count": 9}}).governance.partner_count == 9


def test_partner_summary_is_three_valued() -> None:
    """All willing only when every partner says yes; no as soon as one says no; else unknown."""
    assert parse_case({"partners": [{"name": "A", "willing_to_adapt": "ja"},
                                     {"name": "B", "willing_to_adapt": "ja"}]}).partner_summary.all_willing_to_adapt
    assert parse_case({"partners": [{"name": "A", "willing_to_adapt": "nee"},
                                     {"name": "B"}]}).partner_summary.all_willing_to_adapt is False
    assert parse_case({"partners": [{"name": "A", "willing_to_adapt": "ja"},
                                     {"name": "B"}]}).partner_summary.all_willing_to_adapt is None


def test_criteria_counts_per_type() -> None:
    """The six §2 criteria are counted per type, unknown ones apart."""
    criteria = parse_case({"challenge": {"criteria": {"recipe": "complex", "certainty": "complex",
                                                      "expertise": "simple"}}}).challenge.criteria
    assert (criteria.pointing_complex, criteria.pointing_simple, criteria.pointing_complicated,
            criteria.unknown) == (2, 1, 0, 3)


def test_roles_nobody_differs_from_unknown() -> None:
    """"niemand" means the role is empty; a missing holder means we do not know."""
    roles = parse_case({"management": {"roles": {"network_operator": "niemand", "vision_keeper": "An",
                                                 "network_promoter": "an"}}}).management.roles
    assert (roles.missing, roles.unknown, roles.most_held_by_one) == (1, 2, 2)


def test_invalid_case_lists_every_invalid_field_with_path_and_expectation() -> None:
    """A CaseError names each invalid field by its path and says what was expected."""
    with pytest.raises(CaseError) as raised:
        parse_case({"governance": {"trust": "heel hoog", "partner_count": "drie"},
                    "partners": [{"kind": "municipality"}], "chalenge": {}})
    problems = {problem.path: problem for problem in raised.value.problems}
    assert set(problems) == {"governance.trust", "governance.partner_count", "partners[0].name", "chalenge"}
    assert "low" in problems["governance.trust"].expected
    assert problems["governance.partner_count"].expected == "a whole number"
    assert problems["chalenge"].expected == "no such field"


@pytest.mark.parametrize("bad", [math.nan, math.inf, -1, 10**12, 3.5, "3", True])
def test_partner_count_refuses_what_is_not_a_plain_count(bad: object) -> None:
    """NaN, infinities, negatives, huge numbers, fractions, numbers as text and booleans are refused."""
    with pytest.raises(CaseError) as raised:
        parse_case({"governance": {"partner_count": bad}})
    assert raised.value.problems[0].path == "governance.partner_count"


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
        assert spec.nl and spec.en and spec.question_nl and spec.question_en


def test_case_is_frozen() -> None:
    """A case is a value: it cannot be changed after validation."""
    case = Case()
    with pytest.raises(Exception):
        case.title = "x"  # type: ignore[misc]


def test_every_choice_accepts_dont_know() -> None:
    """'weet niet' is a possible answer to every question, whatever the kind of fact."""
    from netadvisor.facts import nest

    for path, spec in FACTS.items():
        if spec.computed or spec.type == "text":
            continue
        case = parse_case(nest({path: "weet niet"}))
        assert path not in fact_values(case), path
