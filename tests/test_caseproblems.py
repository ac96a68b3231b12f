"""Case problems in words: codes, Dutch and English, "bedoelde je", and where a misplaced field belongs."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any, get_args

import pytest

from netadvisor import CaseError, CaseProblem, Text, messages
from netadvisor.case import Case, Governance, Partner, parse_case
from netadvisor.facts import fact_values


def _problems(case: dict[str, object]) -> dict[str, CaseProblem]:
    with pytest.raises(CaseError) as raised:
        parse_case(case)
    return {problem.path: problem for problem in raised.value.problems}


def test_every_case_problem_code_has_words_and_a_hint_in_both_languages() -> None:
    assert set(messages.CASE_HINTS) == set(messages.CASE_MESSAGES)
    for code, text in messages.CASE_MESSAGES.items():
        assert text.nl, code
        assert text.en, code
        assert messages.CASE_HINTS[code].nl, code
        assert messages.CASE_HINTS[code].en, code


def test_a_case_problem_code_shadows_no_reader_code_that_takes_other_words() -> None:
    """A case problem's words are looked up in CASE_MESSAGES before the readers' MESSAGES: a code in both would
    give the readers' problems the case's words, with placeholders they do not fill."""
    import string

    def placeholders(text: Text) -> set[str]:
        return {name for part in (text.nl, text.en) for _, name, _, _ in string.Formatter().parse(part) if name}

    for code in set(messages.CASE_MESSAGES) & set(messages.MESSAGES):
        assert placeholders(messages.CASE_MESSAGES[code]) == placeholders(messages.MESSAGES[code]), code


def test_a_misplaced_fact_says_where_it_belongs() -> None:
    """A top-level `trust: laag` belongs under governance:, and the problem says so."""
    problem = _problems({"trust": "laag"})["trust"]
    assert problem.code == "unknown-field"
    assert problem.hint == Text(
        "'trust' hoort onder 'governance:' (governance.trust)",
        "'trust' belongs under 'governance:' (governance.trust)",
    )


def test_a_misspelt_field_and_value_get_did_you_mean_with_dutch_labels() -> None:
    problems = _problems({"governance": {"trust": "hoogg"}, "challenge": {"criteria": {"recipee": "complex"}}})
    assert problems["governance.trust"].hint == Text("bedoelde je 'hoog'?", "did you mean 'high'?")
    assert problems["challenge.criteria.recipee"].hint.nl == ("bedoelde je 'challenge.criteria.recipe'?")


@pytest.mark.parametrize(
    ("path", "written", "hint"),
    [
        ("state.phase", "uitvoering", Text("bedoelde je 'implementatie'?", "did you mean 'implementation'?")),
        ("state.phase", "Opstartfase", Text("bedoelde je 'verkenning'?", "did you mean 'exploration'?")),
        ("governance.network_competency_need", "groot", Text("bedoelde je 'hoog'?", "did you mean 'high'?")),
    ],
)
def test_a_word_for_a_choice_far_from_its_spelling_is_told_the_choice_it_means(
    path: str, written: str, hint: Text
) -> None:
    """The phase "uitvoering" was asked whether it meant 'verkenning', the opposite, whose letters are nearer; "groot"
    for "Hoe groot is de nood …" got no hint (a policy officer's trial). Told, never read as the choice: the case
    stays invalid, and so does a consultation's answer."""
    from conftest import RULES
    from netadvisor import Advisor, AnswerError, Consultation

    group, name = path.split(".")
    problem = _problems({group: {name: written}})[path]
    assert (problem.code, problem.hint) == ("not-a-choice", hint)
    with pytest.raises(AnswerError) as raised:
        Consultation(Advisor.from_path(RULES, engine="evaluator")).answer(path, written)
    assert hint.nl in str(raised.value)


@pytest.mark.parametrize(("written", "hint"), [("negen", "bedoelde je '9'?"), ("Twaalf", "bedoelde je '12'?")])
def test_a_number_in_words_is_told_its_digits(written: str, hint: str) -> None:
    """ "negen" organisations was told only to write a number in digits, and in a consultation asked whether it
    meant "weet niet" (a policy officer)."""
    problem = _problems({"governance": {"partner_count": written}})["governance.partner_count"]
    assert problem.code == "not-a-whole-number"
    assert problem.hint is not None
    assert problem.hint.nl == hint


@pytest.mark.parametrize(
    ("case", "path"),
    [
        ({"management": {"roles": {"network_operator": "niemand?"}}}, "management.roles.network_operator"),
        ({"management": {"roles": {"network_operator": "Ann?"}}}, "management.roles.network_operator"),
        ({"partners": [{"name": "Geel", "brings": "niets?"}]}, "partners[0].brings"),
    ],
)
def test_a_role_holder_or_what_a_partner_brings_with_a_question_mark_is_not_sure(
    case: dict[str, object], path: str
) -> None:
    """ "niemand?" was read as nobody (the role missing, for sure) and "niets?" as nothing brought, where "laag?" is
    refused as not sure (a tool builder)."""
    problem = _problems(case)[path]
    assert problem.hint is not None
    assert "met een vraagteken" in problem.hint.nl


def test_a_value_near_a_code_is_told_that_code_as_rule_files_write_it() -> None:
    # in Dutch with what the code means: "bedoelde je 'high'?" read as English in a Dutch message (a tool builder)
    (problem,) = _problems({"challenge": {"rationale": "efficency"}}).values()
    assert problem.hint == Text("bedoelde je 'efficiency' (efficiëntie)?", "did you mean 'efficiency'?")
    (problem,) = _problems({"governance": {"trust": "hihg"}}).values()
    assert problem.hint == Text("bedoelde je 'high' (hoog)?", "did you mean 'high'?")
    # a code a Dutch reader reads as it is needs no second word
    (problem,) = _problems({"challenge": {"criteria": {"recipe": "complx"}}}).values()
    assert problem.hint == Text("bedoelde je 'complex'?", "did you mean 'complex'?")


def test_the_dutch_text_names_the_dutch_answers_and_the_english_keeps_the_codes() -> None:
    (problem,) = _problems({"governance": {"goal_consensus": "matig"}}).values()
    assert problem.message_in("nl") == (
        "de tekst 'matig' is geen mogelijk antwoord; mogelijk: laag, gemiddeld, hoog of weet niet"
    )
    assert problem.message == "the text 'matig' is not a possible answer; possible: low, moderate, high or unknown"
    # what was expected is what the message offers, "unknown" included (it once left it out: unknown is an answer)
    assert problem.expected == "low, moderate, high or unknown"
    assert problem.expectation is not None
    assert problem.expectation.nl == "laag, gemiddeld, hoog of weet niet"


def test_no_class_name_of_the_model_reaches_a_reader() -> None:
    """`regional: ja` once said "instance of RegionalCharacteristics"."""
    (problem,) = _problems({"challenge": {"regional": "ja"}}).values()
    for lang in ("nl", "en"):
        assert "RegionalCharacteristics" not in problem.format(lang)
    assert problem.code == "not-a-group"


def test_a_partner_written_as_a_plain_name_is_told_how_to_write_it() -> None:
    """A policy officer wrote the partner list as "- Gemeente Mol": the tip is the line to write instead."""
    (problem,) = _problems({"partners": ["Gemeente Mol"]}).values()
    assert problem.code == "not-a-group-item"
    # each partner is a group of fields, not the list ("'partners' is een groep van velden" read as the list wrong)
    assert problem.message_in("nl") == (
        "elk item van 'partners' is een groep van velden, maar dit is de tekst 'Gemeente Mol'"
    )
    assert problem.hint is not None
    assert problem.hint.nl == "schrijf het als '- name: Gemeente Mol'"
    assert problem.hint.en == "write it as '- name: Gemeente Mol'"


def test_a_case_error_crosses_processes_with_its_codes_and_both_languages() -> None:
    with pytest.raises(CaseError) as raised:
        parse_case({"governance": {"trust": "hoogg", "vertrouwen": "hoog"}})
    again = pickle.loads(pickle.dumps(raised.value))
    assert again.problems == raised.value.problems
    assert again.format("nl") == raised.value.format("nl")
    assert str(again) == str(raised.value)


@pytest.mark.parametrize("answer", ["nee", "Nee", "ja", "no", "niets"])  # ("geen": nobody, see below)
def test_a_yes_no_word_as_a_role_holder_is_refused_not_read_as_a_name(answer: str) -> None:
    """'nee' to 'who is the network operator?' was kept as someone called Nee, and with every role so answered
    the advice warned that one person holds them all: the opposite of what was meant."""
    problem = _problems({"management": {"roles": {"network_operator": answer}}})["management.roles.network_operator"]
    assert problem.code == "role-not-a-name"
    assert "'niemand'" in problem.hint.nl


@pytest.mark.parametrize("answer", ["nee", "Neen", "ja", "Yes.", "no"])
def test_a_yes_no_word_for_what_a_partner_brings_is_refused_not_read_as_a_contribution(answer: str) -> None:
    """'nee' to "what does this partner bring?" was kept as what it brings, so the partner counted as one whose
    contribution is described (a tool builder); whether it meant "niets" or "weet niet" only its author knows."""
    problem = _problems({"partners": [{"name": "A", "brings": answer}]})["partners[0].brings"]
    assert problem.code == "brings-not-an-answer"
    assert problem.hint is not None
    assert "'niets'" in problem.hint.nl
    assert "'weet niet'" in problem.hint.nl
    assert parse_case({"partners": [{"name": "A", "brings": "niets"}]}).partners[0].brings is not None


@pytest.mark.parametrize(
    "answer",
    ["geen idee", "weet ik niet", "no idea", "weetniet", "Weet-niet", "Weet niet.", "ongekend", "??", "Weet niet?"],
)
def test_no_idea_is_unknown(answer: str) -> None:
    """Also as typed in a hurry: "weetniet" in the goal statement was the goal, and the advice commented on its
    wording (a tool builder's trial); "Weet niet?" was a role holder's name (a policy officer's)."""
    case = parse_case(
        {
            "management": {"roles": {"network_operator": answer}},
            "governance": {"trust": answer},
            "goal": {"statement": answer},
        }
    )
    assert case.management.roles.network_operator is None
    assert case.governance.trust is None
    assert case.goal.statement is None


def test_a_name_and_nobody_stay_what_they_are() -> None:
    roles = parse_case({"management": {"roles": {"network_operator": "Neel", "vision_keeper": "niemand"}}})
    assert roles.management.roles.network_operator == "Neel"
    assert roles.management.roles.vision_keeper == "nobody"


def test_an_answer_typed_as_a_sentence_means_its_word() -> None:
    """ "Niemand." was kept as someone called "Niemand.", and "Niets." as what a partner brings (a policy officer's
    answers, typed as sentences); a name keeps its full stop."""
    case = parse_case(
        {
            "management": {
                "roles": {"network_operator": "Niemand.", "vision_keeper": "Jan.", "creative_thinker": "Nog niemand"}
            },
            "governance": {"trust": "Hoog!", "partner_count": "3."},
            "partners": [{"name": "Gemeente A", "brings": "Niets."}],
        }
    )
    assert case.management.roles.network_operator == "nobody"
    assert case.management.roles.vision_keeper == "Jan."
    assert case.management.roles.creative_thinker == "nobody"
    assert case.governance.trust == "high"
    assert case.governance.partner_count == 3
    assert fact_values(case)["partner_summary.all_bring_something"] is False


def test_the_role_prefix_names_exactly_the_role_holders() -> None:
    from netadvisor.answers import ROLE_PREFIX
    from netadvisor.case import Roles
    from netadvisor.facts import FACTS

    holders = {path for path, spec in FACTS.items() if path.startswith(ROLE_PREFIX) and not spec.computed}
    assert holders == {f"{ROLE_PREFIX}{name}" for name in Roles.model_fields}


def test_a_fact_s_path_as_one_key_is_told_how_a_case_nests_it_as_yaml_and_json_write_it() -> None:
    """The hint showed {'governance': {'trust': …}}, Python's quotes, which neither a case file nor JSON writes (a
    rule-editing trial's example)."""
    problem = _problems({"governance.trust": "hoog"})["governance.trust"]
    assert problem.hint is not None
    assert problem.hint.nl.endswith('elk deel onder het vorige: {"governance": {"trust": …}}')


def test_what_is_no_case_is_told_how_a_case_looks_where_it_came_from(tmp_path: Path) -> None:
    """A list given in code was told to "begin het bestand met …", as if it were a file (a helper's trial)."""
    from netadvisor import load_case_file

    with pytest.raises(CaseError) as in_code:
        parse_case([1])  # type: ignore[arg-type]
    (problem,) = in_code.value.problems
    assert problem.hint is not None
    assert (
        problem.hint.nl
        == "geef de velden van de casus, bv. {'governance': {'partner_count': 5}} (alle velden: `netadvisor explain --facts`)"
    )
    file = tmp_path / "lijst.yaml"
    file.write_text("- 1\n", encoding="utf-8")
    with pytest.raises(CaseError) as in_a_file:
        load_case_file(file)
    (problem,) = in_a_file.value.problems
    assert problem.hint is not None
    assert problem.hint.nl.startswith("begin het bestand met de velden van de casus")


def test_a_case_changed_with_model_copy_is_validated_like_a_mapping() -> None:
    """Frozen case models invite ``model_copy(update=...)``, which pydantic does not validate: "hoog" went
    through unread (the advice came out settled with no outcomes), and a fourth partner beside a count of three
    was advised on. A Case is validated again, as a mapping is."""
    case = Case(governance=Governance(partner_count=4))
    read = parse_case(case.model_copy(update={"governance": case.governance.model_copy(update={"trust": "hoog"})}))
    assert read.governance.trust == "high"
    with pytest.raises(CaseError) as raised:
        parse_case(case.model_copy(update={"governance": case.governance.model_copy(update={"trust": "heel hoog"})}))
    assert [problem.path for problem in raised.value.problems] == ["governance.trust"]
    listed = Case(partners=[Partner(name="A"), Partner(name="B"), Partner(name="C")])
    with pytest.raises(CaseError) as raised:
        parse_case(listed.model_copy(update={"partners": [*listed.partners, Partner(name="D")]}))
    assert [problem.path for problem in raised.value.problems] == ["governance.partner_count"]


def test_a_case_validation_made_is_taken_as_it_is_until_its_partner_list_changes() -> None:
    """A case is frozen but for its partner list: one that validation made is valid as it stands, and advise()
    does not validate it again; one whose list was changed in place, or was made without validation, is."""
    case = Case(partners=[Partner(name="A"), Partner(name="B")], governance=Governance(partner_count=2))
    assert parse_case(case) is case
    assert parse_case(parse_case({"title": "x"})).title == "x"
    case.partners.append(Partner(name="C"))  # three listed, two counted
    with pytest.raises(CaseError) as raised:
        parse_case(case)
    assert [problem.path for problem in raised.value.problems] == ["governance.partner_count"]
    case.partners[2] = Partner(name="a")  # the same number, a name listed twice
    with pytest.raises(CaseError) as raised:
        parse_case(case)
    assert [problem.path for problem in raised.value.problems] == ["partners[2].name"]
    constructed = Case.model_construct(governance=Governance.model_construct(trust="hoog"))
    assert parse_case(constructed) is not constructed
    assert parse_case(constructed).governance.trust == "high"


def test_an_unknown_partner_count_beside_a_list_survives_the_dumps_the_readme_names() -> None:
    """The README says which dumps keep "weet niet" for the count beside a list (the list may be incomplete)
    and which turn it into the list's own count: a tool builder lost it with exclude_none."""
    case = Case(governance=Governance(partner_count=None), partners=[Partner(name="A"), Partner(name="B")])
    assert case.list_may_be_incomplete
    for kept in (case.model_dump(), case.model_dump(exclude_unset=True), case.model_dump(mode="json")):
        assert parse_case(kept).list_may_be_incomplete
    for lost in (case.model_dump(exclude_none=True), case.model_dump(exclude_defaults=True)):
        assert parse_case(lost).governance.partner_count == 2


@pytest.mark.parametrize(
    ("field", "meant"),
    [("burgemeestersoverleg", "region.mayors_consultation"), ("vertrouwen", "governance.trust")],
)
def test_a_field_named_by_its_dutch_name_is_told_the_field_it_names(field: str, meant: str) -> None:
    """A policy officer wrote ``burgemeestersoverleg: ja`` under region and was sent to the list of every fact,
    while explain and what-if know the fact by that name."""
    group = meant.partition(".")[0]
    (problem,) = _problems({group: {field: "ja"}}).values()
    assert problem.code == "unknown-field"
    assert problem.hint is not None
    assert problem.hint.nl == f"bedoelde je '{meant}'?"


@pytest.mark.parametrize(("written", "meant"), [("jaa", "ja"), ("Neee", "nee"), ("wet niet", "weet niet")])
def test_a_misspelt_yes_or_no_is_told_what_it_nearly_is(written: str, meant: str) -> None:
    (problem,) = _problems({"state": {"stuck": written}}).values()
    assert problem.code == "not-yes-no"
    assert problem.hint is not None
    assert problem.hint.nl == f"bedoelde je '{meant}'?"


@pytest.mark.parametrize(
    ("case", "found"),
    [
        (
            {"partners": [{"name": "Geel"}, {"name": "Geel"}], "governance": {"trust": "hihg"}},
            [("governance.trust", "not-a-choice"), ("partners[1].name", "partner-named-twice")],
        ),
        (
            {"partners": [{"name": "Geel"}, {"name": "Mol"}], "governance": {"partner_count": 1, "trust": "hihg"}},
            [("governance.trust", "not-a-choice"), ("governance.partner_count", "partner-count-below-list")],
        ),
        (
            {"partners": [{"name": "Geel"}, {"name": "geel"}, {"name": "Mol"}], "governance": {"partner_count": "1"}},
            [("partners[1].name", "partner-named-twice"), ("governance.partner_count", "partner-count-below-list")],
        ),
        # an item without a name before the second "Geel" is in its place: the second is partners[2] (the problem
        # was put on the item without a name, "listed twice": a tool builder), and it counts as listed
        (
            {"partners": [{"name": "Geel"}, {"kind": "ocmw"}, {"name": "Geel"}]},
            [("partners[1].name", "missing-field"), ("partners[2].name", "partner-named-twice")],
        ),
        (
            {"partners": [{"name": "Geel"}, "Mol", {"name": "Geel"}], "governance": {"partner_count": 2}},
            [
                ("partners[1]", "not-a-group-item"),
                ("partners[2].name", "partner-named-twice"),
                ("governance.partner_count", "partner-count-below-list"),
            ],
        ),
    ],
)
def test_problems_across_fields_are_listed_beside_every_other(case: dict[str, Any], found: list[Any]) -> None:
    """A tool builder's form had to be posted twice: the model checks a partner named twice, or more partners than
    counted, only once every field is valid, so beside a misspelt trust they were not said (nor the second of the
    two beside the first)."""
    with pytest.raises(CaseError) as refused:
        parse_case(case)
    assert [(problem.path, problem.code) for problem in refused.value.problems] == found


@pytest.mark.parametrize("lang", ["NL", "fr", ""])
def test_a_problem_asked_for_in_a_language_netadvisor_does_not_speak_says_so(lang: str) -> None:
    """A web tool passing "NL" from a header got English without a word (a tool builder's trial); advise() already
    refused such a language."""
    with pytest.raises(CaseError) as raised:
        parse_case({"governance": {"trust": "hooog"}})
    error = raised.value
    for say in (error.problems[0].message_in, error.problems[0].format, error.format):
        with pytest.raises(ValueError, match=r"unknown language .*choose one of nl, en"):
            say(lang)
    assert error.problems[0].message_in("nl") != error.problems[0].message_in("en")


def test_a_problem_of_a_listed_partner_says_which_partner_counted_from_one_and_by_name() -> None:
    """ "partners[2].willing_to_adapt: de tekst 'jaa' …": a policy officer took it for the second partner."""
    with pytest.raises(CaseError) as raised:
        parse_case(
            {"partners": [{"name": "Aarlo"}, {"kind": "gemente"}, {"name": "Craenveld", "willing_to_adapt": "jaa"}]}
        )
    by_path = {problem.path: problem for problem in raised.value.problems}
    assert (
        by_path["partners[2].willing_to_adapt"]
        .format("nl")
        .startswith("partners[2].willing_to_adapt (partner 3, Craenveld): ")
    )
    assert by_path["partners[1].kind"].format("en").startswith("partners[1].kind (partner 2): ")  # (no name given)
    with pytest.raises(CaseError) as raised:
        parse_case({"governance": {"trust": "hooog"}})
    assert raised.value.problems[0].partner is None


@pytest.mark.parametrize("written", ["governance:\n  goal_consensus: ?\n", "governance: {trust: ?}\n"])
def test_a_bare_question_mark_as_an_answer_is_told_to_go_in_quotes(written: str, tmp_path: Path) -> None:
    """The README lets "?" say "weet niet", but YAML reads a bare one as the start of a key: a policy officer got
    "mapping keys are not allowed in this context", in English, and a tip about colons (in braces: a bracket not
    closed)."""
    from netadvisor import load_case_file, read_case_file

    path = tmp_path / "casus.yaml"
    path.write_text(written, encoding="utf-8")
    with pytest.raises(CaseError) as raised:
        load_case_file(path)
    (problem,) = raised.value.problems
    assert "mapping keys" not in problem.message_in("nl")
    assert problem.hint is not None  # (and that the rest of the file is not checked yet)
    assert problem.hint.nl.startswith(messages.SYNTAX_HINTS["question-mark"].nl)
    assert problem.hint.en.startswith(messages.SYNTAX_HINTS["question-mark"].en)
    path.write_text(written.replace("?", '"?"'), encoding="utf-8")
    assert read_case_file(path).not_known  # quoted, it is "weet niet"


def test_partners_written_as_one_text_are_told_how_a_case_file_lists_them() -> None:
    """`partners: Gemeente Aarsele, Gemeente Beverdonk, …` got "elk element op een eigen regel die begint met '- '",
    and a policy officer who did so got twelve new errors, one a name: the tip says '- name: …'."""
    problem = _problems({"partners": "Gemeente Aarsele, Gemeente Beverdonk"})["partners"]
    assert problem.code == "not-a-list"
    assert problem.hint == Text(
        "zet elke partner op een eigen regel onder 'partners:', met 'name:' ervoor: '- name: Gemeente Aarsele', en "
        "zo verder voor de 2 namen",
        "put each partner on a line of its own under 'partners:', with 'name:' before it: '- name: Gemeente "
        "Aarsele', and so on for the 2 names",
    )
    one = _problems({"partners": "De Lijn"})["partners"].hint
    assert one is not None
    assert one.nl.endswith("'- name: De Lijn'")
    # another list field keeps the general words
    assert _problems({"partners": 3})["partners"].hint != problem.hint


def test_two_fields_of_a_partner_on_one_line_without_braces_are_told_so(tmp_path: Path) -> None:
    """'- name: Welzijnsschakel, kind: social-profitorganisatie' got "staat er een dubbelpunt in een tekst? Zet de
    tekst dan tussen aanhalingstekens", which would make the kind part of the name (a policy officer's trial)."""
    from netadvisor import load_case_file

    path = tmp_path / "casus.yaml"
    path.write_text("partners:\n  - name: Welzijnsschakel, kind: social-profitorganisatie\n", encoding="utf-8")
    with pytest.raises(CaseError) as raised:
        load_case_file(path)
    (problem,) = raised.value.problems
    assert problem.hint is not None
    assert problem.hint.nl.startswith("twee velden op één regel? Zet ze tussen { }")
    colon = tmp_path / "titel.yaml"
    colon.write_text("title: Let op: dit\n", encoding="utf-8")
    with pytest.raises(CaseError) as raised:
        load_case_file(colon)
    assert raised.value.problems[0].hint is not None
    assert raised.value.problems[0].hint.nl.startswith("staat er een dubbelpunt in een tekst?")


@pytest.mark.parametrize(
    ("answer", "read"),
    [
        ("nog te bepalen", "nobody"),
        ("Vacant", "nobody"),
        ("n.v.t.", "nobody"),
        ("nvt", "nobody"),
        # (a field left open: "ontbreekt" stood in a stuck network's handout as the creative thinker's name)
        ("ontbreekt", "nobody"),
        ("Nog niet ingevuld", "nobody"),
        ("openstaand", "nobody"),
        # a decision still to make, in any of the ways it is said: the same reading as "nog te bepalen" (a policy
        # officer's "nog niet bepaald", "nog te beslissen" and "nog open" were "weet niet", without the warning)
        ("nog niet bepaald", "nobody"),
        ("Nog te beslissen", "nobody"),
        ("nog open", "nobody"),
        ("open", "nobody"),
        ("nog te zoeken", "nobody"),
        ("ntb", "nobody"),
        ("-", None),
        ("Ik weet het niet", None),
        ("nog uit te zoeken", None),
    ],
)
def test_a_role_not_filled_or_not_known_as_people_say_it_is_no_name(answer: str, read: str | None) -> None:
    """A policy officer answered "nog te bepalen" to all five roles: it was one person's name, and the report
    warned that one person holds every role. A role not filled is nobody; "-" and "ik weet het niet" are unknown."""
    roles = dict.fromkeys(("network_operator", "network_promoter", "vision_keeper"), answer)
    case = parse_case({"management": {"roles": roles}})
    assert [getattr(case.management.roles, role) for role in roles] == [read] * 3
    held = fact_values(case).get("management.roles.most_held_by_one")  # (exact, or bounds while roles are open)
    assert held in (None, 0) or held.low == 0, held


@pytest.mark.parametrize(
    ("answer", "read"),
    [
        # not yet, as a policy officer writes it: each was kept as the holder's name, and the warning that the role
        # is missing went
        ("nog niet", "nobody"),
        ("Nog geen", "nobody"),
        ("geen", "nobody"),
        ("nog niet gekozen", "nobody"),
        # the words the advice itself gives "weet niet"
        ("nog uit te zoeken", None),
        ("Uit te zoeken.", None),
    ],
)
def test_a_role_not_held_yet_is_nobody_and_what_is_still_to_find_out_is_unknown(answer: str, read: str | None) -> None:
    from netadvisor.answers import parse_answer
    from netadvisor.facts import spec_of

    path = "management.roles.network_operator"
    assert parse_case({"management": {"roles": {"network_operator": answer}}}).management.roles.network_operator == read
    assert parse_answer(spec_of(path), answer) == read  # a consultation reads it as the case does


@pytest.mark.parametrize(
    "answer",
    [
        "niet",
        "nog niet rond",
        "Jan, nog niet bevestigd",
        "not yet decided",
        # a coordinator there was talk of (a policy officer's trial: each was the holder's name)
        "in bespreking",
        "wordt besproken",
        "kandidaat gezocht",
        "coördinator (nog aan te stellen)",
        # a guess, or a number: a policy officer's consultation kept "misschien", "ja denk ik" and 12 as holders,
        # and her handout named them
        "misschien",
        "ja denk ik",
        "Jan, denk ik",
        "12",
    ],
)
def test_a_role_answered_with_words_that_say_not_is_refused_not_kept_as_a_name(answer: str) -> None:
    """ "nog niet rond" was the holder's name, and the advice said the role was held."""
    from netadvisor.answers import NotAnAnswer, parse_answer
    from netadvisor.facts import spec_of

    with pytest.raises(CaseError) as raised:
        parse_case({"management": {"roles": {"vision_keeper": answer}}})
    (problem,) = raised.value.problems
    assert problem.path == "management.roles.vision_keeper"
    assert "geen naam" in problem.message_in("nl")
    with pytest.raises(NotAnAnswer):
        parse_answer(spec_of("management.roles.vision_keeper"), answer)


def test_a_number_written_for_a_role_in_a_case_file_is_no_name_not_a_text_to_quote(tmp_path: Path) -> None:
    """`network_operator: 12` was told to write it in quotes, "12", which was then refused as no name (a trial):
    a number where a holder goes is said to be no name, with what to write instead."""
    from netadvisor import load_case_file

    path = tmp_path / "casus.yaml"
    path.write_text("management:\n  roles:\n    network_operator: 12\n", encoding="utf-8")
    with pytest.raises(CaseError) as raised:
        load_case_file(path)
    (problem,) = raised.value.problems
    assert problem.code == "role-not-a-name"
    assert problem.message_in("nl").endswith("het getal 12 is geen naam van wie de rol opneemt")
    assert problem.hint is None or "aanhalingstekens" not in problem.hint.nl


def test_a_holder_named_as_a_guess_is_told_to_write_the_name_if_it_is_so() -> None:
    """ "Jan, denk ik" for a role: refused, as a guessed choice is, and told to write 'Jan' if it is Jan, or 'weet
    niet'; in a case file and in a consultation alike."""
    from netadvisor.answers import NotAnAnswer, parse_answer
    from netadvisor.facts import spec_of

    said = "'Jan, denk ik' is een vermoeden: is het 'Jan', schrijf dan 'Jan'; weet je het niet zeker, schrijf dan 'weet niet'"
    with pytest.raises(CaseError) as raised:
        parse_case({"management": {"roles": {"network_operator": "Jan, denk ik"}}})
    (problem,) = raised.value.problems
    assert problem.hint is not None
    assert problem.hint.nl.startswith(said)
    with pytest.raises(NotAnAnswer) as refused:
        parse_answer(spec_of("management.roles.network_operator"), "Jan, denk ik")
    assert refused.value.text.nl.startswith(said)
    assert parse_answer(spec_of("management.roles.network_operator"), "Team 12") == "Team 12"


def test_a_role_said_nobody_in_words_that_elsewhere_say_unknown_is_answered_nobody(tmp_path: Path) -> None:
    """The README says "nog te bepalen" for a role says nobody holds it; a case file with it was refused as
    "beantwoord ('niemand') en ook als 'weet niet' opgegeven" (a policy officer's trial)."""
    from netadvisor import Advisor, read_case_file
    from netadvisor.facts import answered_not_known

    written = {"management": {"roles": {"network_operator": "nog te bepalen", "network_champion": "weet niet"}}}
    assert answered_not_known(parse_case(written), written) == {"management.roles.network_champion"}
    path = tmp_path / "casus.yaml"
    path.write_text("management:\n  roles:\n    network_operator: nog te bepalen\n", encoding="utf-8")
    read = read_case_file(path)
    assert read.not_known == frozenset()
    advice = Advisor(engine="evaluator").advise(read.case, not_known=read.not_known)  # (was a CaseError)
    assert "management.roles.network_operator" not in {question.fact for question in advice.questions}


def test_a_text_in_typographic_quotes_is_told_that_yaml_does_not_read_them_as_quotes(tmp_path: Path) -> None:
    """“Jeugdhulp: de Kempen”, copied from a word processor, was told to put the text in quotes, which its author
    thought she had done (a rule-editing trial; a rule file gets the same hint, see test_loader)."""
    from netadvisor import load_case_file

    path = tmp_path / "casus.yaml"
    path.write_text("title: “Jeugdhulp: de Kempen”\n", encoding="utf-8")
    with pytest.raises(CaseError) as raised:
        load_case_file(path)
    (problem,) = raised.value.problems
    assert problem.hint is not None
    assert problem.hint.nl.startswith("“ ” en ‘ ’ zijn voor YAML geen aanhalingstekens: zet de tekst tussen gewone")
    # typographic marks inside a quoted text are a citation, not a mistake
    fine = tmp_path / "goed.yaml"
    fine.write_text('title: "Jeugdhulp: “de Kempen”"\n', encoding="utf-8")
    assert load_case_file(fine).title == "Jeugdhulp: “de Kempen”"


def test_weet_niet_meer_is_unknown_not_a_name() -> None:
    # a tool builder's "Weet niet meer" was kept as the name of a role's holder
    case = parse_case({"management": {"roles": {"network_champion": "Weet niet meer."}}})
    assert case.management.roles.network_champion is None


def test_a_misspelt_required_field_is_one_problem_not_also_missing() -> None:
    """A policy officer's partner with `naam:` got "'name' ontbreekt" and "onbekend veld 'naam'" for one
    mistake: the unknown field says which it meant, and that is all."""
    with pytest.raises(CaseError) as raised:
        parse_case({"partners": [{"naam": "Gemeente A", "kind": "ocmw"}]})
    (problem,) = raised.value.problems
    assert (problem.path, problem.code) == ("partners[0].naam", "unknown-field")
    assert problem.hint == messages.did_you_mean("partners[0].name")
    # a field missing with no misspelling beside it is still said to be missing
    with pytest.raises(CaseError) as raised:
        parse_case({"partners": [{"kind": "ocmw"}]})
    assert [problem.code for problem in raised.value.problems] == ["missing-field"]


def test_a_case_key_without_its_colon_is_told_so() -> None:
    """`- {name Geel, kind: ocmw}`: one field 'name Geel' to YAML; the ':' after 'name' is what is missing, and
    'name' is not also said to be missing."""
    with pytest.raises(CaseError) as raised:
        parse_case({"partners": [{"name Geel": None, "kind": "ocmw"}]})
    (problem,) = raised.value.problems
    assert problem.code == "unknown-field"
    assert problem.hint == messages.KEY_PLACE_HINTS["key-missing-colon"].format(key="name", value="Geel")


def test_a_field_of_a_group_without_its_colon_is_told_the_colon_is_missing_at_its_line(tmp_path: Path) -> None:
    """`region:` and under it `  mayors_consultation ja` got "'region' is een groep van velden, maar dit is de tekst
    'mayors_consultation ja'" with another field as the tip (a policy officer's trial): the ':' after the field's
    name is what is missing, on that line. A partner written so is told its item as a case file writes it."""
    from netadvisor import load_case_file

    path = tmp_path / "casus.yaml"
    path.write_text("title: Jeugd\nregion:\n  mayors_consultation ja\npartners:\n  - name Gemeente Mol\n", "utf-8")
    with pytest.raises(CaseError) as raised:
        load_case_file(path)
    region, partner = raised.value.problems
    assert (region.path, region.code, region.line, region.column) == ("region", "missing-colon", 3, 3)
    assert region.message_in("nl") == (
        "de ':' na 'mayors_consultation' ontbreekt: zo staat hier de tekst 'mayors_consultation ja', waar de velden "
        "van 'region' horen"
    )
    assert region.hint == Text(
        "schrijf een ':' en een spatie na 'mayors_consultation': 'mayors_consultation: ja', ingesprongen onder "
        "'region:'",
        "write a ':' and a space after 'mayors_consultation': 'mayors_consultation: ja', indented under 'region:'",
    )
    assert (partner.path, partner.code, partner.line) == ("partners[0]", "missing-colon", 5)
    assert partner.hint == Text("schrijf het als '- name: Gemeente Mol'", "write it as '- name: Gemeente Mol'")
    # a text that starts with no field of the group is still a text where a group belongs
    assert _problems({"region": "ja"})["region"].code == "not-a-group"


def test_a_field_without_a_space_after_its_colon_is_told_so_at_its_line(tmp_path: Path) -> None:
    """`stuck:ja` under `state:` was told "'state' is een groep van velden, maar dit is de tekst 'stuck:ja'", with
    another field as the tip, and with a field below it "staat er een dubbelpunt in een tekst?" at that field (a
    policy officer's trial): the space after the ':' is what is missing, on that line."""
    from netadvisor import load_case_file

    alone = tmp_path / "alleen.yaml"
    alone.write_text("title: Jeugd\nstate:\n  stuck:ja\n", "utf-8")
    with pytest.raises(CaseError) as raised:
        load_case_file(alone)
    (problem,) = raised.value.problems
    assert (problem.path, problem.code, problem.line, problem.column) == ("state", "no-space-after-colon", 3, 3)
    assert problem.message_in("nl") == (
        "na de ':' van 'stuck' ontbreekt een spatie: zo staat hier de tekst 'stuck:ja', waar de velden van 'state' "
        "horen"
    )
    assert problem.hint == Text("schrijf een spatie na de ':': 'stuck: ja'", "write a space after the ':': 'stuck: ja'")
    beside = tmp_path / "ernaast.yaml"
    beside.write_text("title: Jeugd\ngovernance:\n  trust:hoog\n  partner_count: 4\n", "utf-8")
    with pytest.raises(CaseError) as raised:
        load_case_file(beside)
    (problem,) = raised.value.problems
    assert (problem.code, problem.line, problem.column) == ("yaml-no-space-after-colon", 3, 3)
    assert problem.message_in("nl") == "'trust:hoog': na de ':' ontbreekt een spatie"
    assert problem.hint is not None
    assert problem.hint.nl.startswith("schrijf een spatie na de ':': 'trust: hoog'")
    # a text with a colon in it is still a text where a group belongs
    assert _problems({"state": "zie:later"})["state"].code == "not-a-group"


def test_the_text_after_a_comma_between_braces_is_told_it_was_read_as_a_field(tmp_path: Path) -> None:
    """`- {name: CAW Kempen, brings: jeugdwerk, muziekschool}` got "onbekend veld 'muziekschool'": between { } a
    comma separates fields, and YAML read the text after it as a field without a value (a policy officer's trial;
    examples/ write partners so). A text is told to go between quotes; after a yes or no it cannot stay."""
    from netadvisor import load_case_file

    path = tmp_path / "casus.yaml"
    path.write_text(
        "partners:\n"
        "  - {name: CAW Kempen, brings: jeugdwerk, muziekschool}\n"
        "  - {name: Gemeente A, willing_to_adapt: nee, eerst na de verkiezingen}\n"
        "  - {name: Gemeente B, brings: geld, sport, cultuur, kind: gemeente}\n"
        "  - {name: Gemeente C, brigns}\n",
        encoding="utf-8",
    )
    with pytest.raises(CaseError) as raised:
        load_case_file(path)
    text, answer, two, misspelt = raised.value.problems
    assert (text.path, text.code, text.line, text.column) == ("partners[0].muziekschool", "text-after-comma", 2, 43)
    assert text.message_in("nl") == (
        "de tekst na de komma ('muziekschool') werd gelezen als een apart veld: tussen { } scheidt een komma de velden"
    )
    assert text.hint == Text(
        'zet de hele tekst tussen aanhalingstekens: brings: "jeugdwerk, muziekschool"',
        'put the whole text in quotes: brings: "jeugdwerk, muziekschool"',
    )
    assert (answer.code, answer.line, answer.column) == ("text-after-comma", 3, 47)
    assert answer.hint is not None
    assert answer.hint.nl.startswith(
        "bij 'willing_to_adapt' hoort enkel ja, nee of weet niet: de tekst na de komma kan daar niet blijven; zet hem "
        "als opmerking achter de regel, na een # (bv. '}  # eerst na de verkiezingen')"
    )
    # the texts after one value's commas are one problem, at the first
    assert (two.path, two.line) == ("partners[2].sport", 4)
    assert two.hint is not None
    assert two.hint.en == 'put the whole text in quotes: brings: "geld, sport, cultuur"'
    # a misspelt field without a value is still a misspelt field
    assert (misspelt.code, misspelt.hint) == ("unknown-field", messages.did_you_mean("partners[3].brings"))


@pytest.mark.parametrize(
    ("written", "meant", "title"),
    [
        ("bestuur", "governance", "Governance (§4.3)"),
        ("doelstelling", "goal", "De gemeenschappelijke doelstelling (§4.2)"),
        ("samenstelling", "composition", "Samenstelling van het netwerk (§4.1)"),
        ("netwerkmanagement", "management", "Netwerkmanagement (§4.4)"),
        ("toestand", "state", "Stand van het netwerk"),
        ("uitdaging", "challenge", "De uitdaging (§1–3)"),
        # (a second trial: "sturing" was told 'brings', a partner's field; "deelnemers", the guide's word, nothing)
        ("sturing", "governance", "Governance (§4.3)"),
        ("deelnemers", "partners", "De partners (§4.1)"),
    ],
)
def test_a_group_named_in_dutch_is_told_the_group_it_names(written: str, meant: str, title: str) -> None:
    """A policy officer's `bestuur:` got "onbekend veld 'bestuur'" with the English names of the groups, while
    `doelconsensus` was told goal_consensus: a group's Dutch name says which group it means, and its title."""
    problem = _problems({written: {}})[written]
    assert problem.code == "unknown-field"
    assert problem.hint is not None
    assert problem.hint.nl == (
        f"bedoelde je '{meant}'? Zo heet de groep '{title}' in een casus (de namen van de velden zijn Engels); ze "
        f"staat bovenaan de casus ({meant})"
    )
    # a group below another is told where it stands
    nested = _problems({"challenge": {"kenmerken": {}}})["challenge.kenmerken"]
    assert nested.hint is not None
    assert nested.hint.en.startswith("did you mean 'regional'? That is the name of the group 'the five regional")
    assert nested.hint.en.endswith("it stands under 'challenge:' (challenge.regional)")


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("politie", "'politie' staat niet in de lijst van soorten: kies 'andere', de keuze voor een organisatie"),
        ("politiezone", "'politiezone' staat niet in de lijst van soorten: kies 'andere'"),
        ("CAW", "'CAW' staat niet zo in de lijst van soorten: zo'n organisatie is meestal 'social-profitorganisatie'"),
        ("school", "'school' staat niet zo in de lijst van soorten: zo'n organisatie is meestal 'onderwijs'"),
        ("woonmaatschappij", "schrijf een van de mogelijke antwoorden; voor een organisatie van een soort die er niet"),
        ("lokaal bestuur", "'lokaal bestuur' is geen soort uit de lijst: de lokale besturen erin zijn 'gemeente' en"),
        # (a second trial: each was told only 'andere', which drops a municipality from the local governments)
        (
            "gemeentebestuur",
            "'gemeentebestuur' staat niet zo in de lijst van soorten: zo'n organisatie is meestal 'gemeente'",
        ),
        ("Sociaal Huis", "'Sociaal Huis' staat niet zo in de lijst van soorten: zo'n organisatie is meestal 'OCMW'"),
        ("provinciebestuur", "'provinciebestuur' staat niet zo in de lijst van soorten: zo'n organisatie is meestal"),
        ("VDAB", "'VDAB' staat niet zo in de lijst van soorten: zo'n organisatie is meestal 'Vlaamse overheid'"),
        ("gemeete", "bedoelde je 'gemeente'?"),
        ("ocwm", "bedoelde je 'ocmw' (OCMW)?"),
        ("provintie", "bedoelde je 'provincie'?"),
    ],
)
def test_a_kind_of_organisation_the_list_lacks_is_not_offered_one_that_shares_letters(written: str, hint: str) -> None:
    """`kind: politie` was asked "bedoelde je 'provincie'?", which books a police zone as a province (a policy
    officer's trial): a kind is guessed only for a misspelling; a kind the list lacks is told where it falls, or the
    choice for other organisations. The consultation says the same."""
    from netadvisor import parse_answer
    from netadvisor.answers import NotAnAnswer
    from netadvisor.facts import PARTNER_FACTS

    problem = _problems({"partners": [{"name": "A", "kind": written}]})["partners[0].kind"]
    assert problem.code == "not-a-choice"
    assert problem.hint is not None
    assert problem.hint.nl.startswith(hint)
    assert "provincie" not in problem.hint.nl or written in ("provintie", "provinciebestuur")
    with pytest.raises(NotAnAnswer) as refused:
        parse_answer(PARTNER_FACTS["partners[].kind"], written)
    assert refused.value.text.nl.lower().endswith("; " + problem.hint.nl.lower())  # (as typed, in lower case)


@pytest.mark.parametrize("written", ["nog niet gekozen", "Nog geen", "geen", "nog te kiezen", "not chosen yet"])
def test_nothing_chosen_yet_is_told_what_to_answer_in_a_file_and_a_consultation(written: str) -> None:
    """Two policy officers typed "nog niet gekozen" for the form and were shown only the forms: a form not chosen
    yet is told to answer 'weet niet', and why that is enough; a governance mode not chosen yet is told the choice
    that says so. Never read as an answer by itself: which of the two a person means stays theirs to say."""
    from netadvisor import parse_answer, spec_of
    from netadvisor.answers import NOT_CHOSEN, NOT_CHOSEN_WORDS, UNKNOWN_WORDS, NotAnAnswer
    from netadvisor.case import CurrentMode

    assert NOT_CHOSEN_WORDS.isdisjoint(UNKNOWN_WORDS)  # (one read as "weet niet" would never get here)
    form = _problems({"state": {"form": written}})["state.form"]
    assert form.code == "not-a-choice"
    assert form.hint == messages.NOT_CHOSEN_HINTS["state.form"]
    assert form.hint.nl.startswith("nog geen vorm gekozen? Antwoord dan 'weet niet'")
    mode = _problems({"governance": {"current_mode": written}})["governance.current_mode"]
    assert NOT_CHOSEN in get_args(CurrentMode)
    assert mode.hint == Text(
        "bedoelde je 'nog geen bewust gekozen vorm'?", "did you mean 'no mode chosen deliberately yet'?"
    )
    for path, problem in (("state.form", form), ("governance.current_mode", mode)):
        with pytest.raises(NotAnAnswer) as refused:
            parse_answer(spec_of(path), written)
        assert problem.hint is not None
        assert refused.value.text.nl.endswith("; " + problem.hint.nl)
    # other choices keep their own hint ("nog geen" trust: 'weet niet'?), and the form its list
    assert _problems({"governance": {"trust": written}})["governance.trust"].hint != form.hint
    assert _problems({"state": {"form": "ander netwerk"}})["state.form"].hint != form.hint


def test_a_partner_name_over_several_lines_is_refused_in_the_case_and_its_schema() -> None:
    """ "Stad\nAntwerpen" was one partner's name, and "Geel\nMol\nDessel" from a web form's text box one partner (a
    tool builder): one name is one partner, on one line."""
    import jsonschema

    from netadvisor import case_schema

    for name in ("Stad\nAntwerpen", "Geel\r\nMol"):
        problem = _problems({"partners": [{"name": "Kessel"}, {"name": name}]})["partners[1].name"]
        assert problem.code == "partner-name-line-break"
        assert problem.message_in("nl").endswith("staat op meer dan één regel: één naam is één partner")
        assert problem.hint is not None
        assert not jsonschema.Draft202012Validator(case_schema()).is_valid({"partners": [{"name": name}]})
    assert jsonschema.Draft202012Validator(case_schema()).is_valid({"partners": [{"name": "Stad Antwerpen"}]})


def test_a_word_that_ends_several_choices_is_told_each_of_them() -> None:
    """`supported_by: intercommunale` was told "bedoelde je 'other_intercommunale'?", an English code and the wrong
    one for a policy officer's IOK, a regional development intercommunale: both, by their Dutch labels. In a
    consultation's answer too."""
    from netadvisor import parse_answer, spec_of
    from netadvisor.answers import NotAnAnswer

    hint = _problems({"region": {"supported_by": "intercommunale"}})["region.supported_by"].hint
    assert hint == Text(
        "bedoelde je 'een streekontwikkelingsintercommunale' of 'een andere intercommunale'?",
        "did you mean 'a regional development intercommunale' or 'another intercommunale'?",
    )
    with pytest.raises(NotAnAnswer) as raised:
        parse_answer(spec_of("region.supported_by"), "Intercommunale")
    assert raised.value.text.nl.endswith(
        "bedoelde je 'een streekontwikkelingsintercommunale' of 'een andere intercommunale'?"
    )
    # one choice that nearly is the word is still the one suggested
    assert _problems({"governance": {"trust": "hooog"}})["governance.trust"].hint == Text(
        "bedoelde je 'hoog'?", "did you mean 'high'?"
    )


def test_a_compound_shortened_is_told_the_choice_it_shortens_in_a_case_a_consultation_and_a_rule() -> None:
    """ "streekintercommunale", as people shorten a regional development intercommunale, was asked whether it meant
    'other_intercommunale' (another intercommunale): the opposite (a rule-editing trial, in a case and a consultation
    too). A middle left out of one choice finds it; a misspelling still finds the nearest."""
    from helpers import rules_from_text
    from netadvisor import RuleError, parse_answer, spec_of
    from netadvisor.answers import NotAnAnswer

    meant = Text(
        "bedoelde je 'streekontwikkelingsintercommunale' (een streekontwikkelingsintercommunale)?",
        "did you mean 'streekontwikkelingsintercommunale'?",
    )
    assert _problems({"region": {"supported_by": "streekintercommunale"}})["region.supported_by"].hint == meant
    with pytest.raises(NotAnAnswer) as refused:
        parse_answer(spec_of("region.supported_by"), "streekintercommunale")
    assert refused.value.text.nl.endswith("; " + meant.nl)
    with pytest.raises(RuleError) as raised:
        rules_from_text(
            "rules:\n  - id: R-a\n    title: {nl: a, en: a}\n    section: ['7']\n"
            "    when: [{fact: region.supported_by, is: streekintercommunale}]\n"
            "    then: {finding: {severity: info, message: {nl: a, en: a}}}\n"
        )
    (problem,) = raised.value.problems
    assert problem.hint is not None
    assert "'streekontwikkelingsintercommunale'" in problem.hint.nl
    assert "other_intercommunale" not in problem.hint.nl
    assert _problems({"governance": {"trust": "hooog"}})["governance.trust"].hint == Text(
        "bedoelde je 'hoog'?", "did you mean 'high'?"
    )


def test_a_misspelt_weet_niet_or_niemand_for_a_role_is_no_name(tmp_path: Path) -> None:
    """A policy officer typed "wet niet" for four roles, read as one person holding them all, and "niemnd", which
    lost the warning that nobody holds the role: small letters close to either are refused, with the word meant
    and how to write a name so (with a capital)."""
    from netadvisor import load_case_file

    path = tmp_path / "casus.yaml"
    path.write_text(
        "management:\n  roles:\n    network_operator: Jan Peeters\n    network_promoter: wet niet\n"
        "    vision_keeper: niemnd\n    creative_thinker: Niemann\n",
        "utf-8",
    )
    with pytest.raises(CaseError) as raised:
        load_case_file(path)
    promoter, keeper = raised.value.problems
    assert (promoter.path, promoter.code, promoter.line) == (
        "management.roles.network_promoter",
        "role-misspelt-word",
        4,
    )
    assert (
        promoter.message_in("nl")
        == "de tekst 'wet niet' lijkt een verschreven 'weet niet', geen naam van wie de rol opneemt"
    )
    assert promoter.hint == Text(
        "schrijf 'weet niet'; is het toch een naam, schrijf hem dan met een hoofdletter",
        "write 'unknown'; if it is a name after all, write it with a capital",
    )
    assert (
        keeper.message_in("en")
        == "the text 'niemnd' looks like a misspelt 'nobody', not the name of who holds the role"
    )


@pytest.mark.parametrize(
    ("written", "meant"), [("Provincie Antwerpen?", "Provincie Antwerpen"), ("misschien de Provincie", "de Provincie")]
)
def test_a_partner_that_is_a_guess_is_refused_not_counted(written: str, meant: str) -> None:
    """A policy officer's "misschien de provincie" and "Provincie Antwerpen?" stood in the handout as partners, and
    counted as such: a name with a doubt or a hedge is refused, in a case and in a consultation, saying to leave the
    partner out while it is not sure."""
    from helpers import CONSENSUS_RULES, rules_from_text
    from netadvisor import Advisor, AnswerError, Consultation

    with pytest.raises(CaseError) as raised:
        parse_case({"partners": [{"name": "Gemeente Westerlo"}, {"name": written}]})
    (problem,) = raised.value.problems
    assert (problem.path, problem.code) == ("partners[1].name", "partner-not-sure")
    assert problem.hint is not None
    assert problem.hint.nl.startswith(f"is '{meant}' een partner, schrijf dan '{meant}'; weet je het niet zeker, laat")
    consultation = Consultation(Advisor(rules_from_text(CONSENSUS_RULES)))
    with pytest.raises(AnswerError, match="is een vermoeden, geen partner"):
        consultation.answer("partners", f"Gemeente Westerlo, {written}")
    assert "partners" not in consultation.answers


@pytest.mark.parametrize(
    ("path", "written", "told"),
    [
        ("goal.has_common_goal", "misschien complex", None),
        ("governance.trust", "misschien blauw", None),
        ("governance.trust", "blauw?", None),
        ("management.roles.network_operator", "nee?", None),
        ("governance.trust", "misschien hoog", "hoog"),
        ("governance.trust", "laag?", "laag"),
    ],
)
def test_a_guess_is_told_to_be_written_as_its_value_only_where_that_is_an_answer(
    path: str, written: str, told: str | None
) -> None:
    """ "misschien complex" to a yes/no question was told "is het 'complex', schrijf dan 'complex'", which was then
    refused too (a tool builder): a guess or doubt whose value is no answer is refused as any such answer is."""
    from netadvisor.answers import NotAnAnswer, parse_answer
    from netadvisor.facts import spec_of

    with pytest.raises(NotAnAnswer) as refused:
        parse_answer(spec_of(path), written)
    said = refused.value.text.nl
    case: dict[str, Any] = {}
    node = case
    *parents, leaf = path.split(".")
    for part in parents:
        node = node.setdefault(part, {})
    node[leaf] = written
    with pytest.raises(CaseError) as in_a_case:
        parse_case(case)
    hint = in_a_case.value.problems[0].hint
    if told is None:
        meant = written.removeprefix("misschien ").rstrip("?")
        assert f"schrijf dan '{meant}'" not in said, said
        assert hint is None or f"schrijf dan '{meant}'" not in hint.nl, hint
    else:
        assert f"schrijf dan '{told}'" in said
        assert hint is not None
        assert f"schrijf dan '{told}'" in hint.nl


_TEXT_FIELDS = (
    ("title", {"title": "{}"}),
    ("goal.statement", {"goal": {"statement": "{}"}}),
    ("partners[0].name", {"partners": [{"name": "{}"}]}),
    ("partners[0].brings", {"partners": [{"name": "CAW", "brings": "{}"}]}),
    ("management.roles.network_operator", {"management": {"roles": {"network_operator": "{}"}}}),
)


def _with_text(shape: dict[str, Any], text: str) -> dict[str, Any]:
    """``shape`` with its one text "{}" replaced by ``text``."""
    if isinstance(shape, dict):
        return {key: _with_text(value, text) for key, value in shape.items()}
    if isinstance(shape, list):
        return [_with_text(item, text) for item in shape]
    return text if shape == "{}" else shape


@pytest.mark.parametrize(("path", "shape"), _TEXT_FIELDS)
@pytest.mark.parametrize("control", ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9b"])
def test_a_control_character_in_any_text_is_refused_said_as_an_escape(
    path: str, shape: dict[str, Any], control: str
) -> None:
    """A case's texts reach a terminal as written: an escape sequence in one would be run there. The problem
    names the character and where it stands, and shows the text with it escaped, never the character itself."""
    problem = _problems(_with_text(shape, f"Gemeente{control}[2J Mol"))[path]
    assert problem.code == "control-character"
    for lang in ("nl", "en"):
        said = problem.format(lang)
        assert control not in said
        assert repr(control)[1:-1] in said  # the text as written, the character escaped
        assert f"U+{ord(control):04X}" in said
        assert "9" in said  # its place: the ninth character


@pytest.mark.parametrize(
    ("path", "shape"),
    # (a partner's name is one line: see test_a_partner_name_over_several_lines_is_refused_in_the_case_and_its_schema)
    [(path, shape) for path, shape in _TEXT_FIELDS if path != "partners[0].name"],
)
def test_tabs_and_line_breaks_lay_a_text_out_and_are_kept(path: str, shape: dict[str, Any]) -> None:
    text = "Gemeente Mol\n\tdeelgemeente Wezel\r\n"
    case: Any = parse_case(_with_text(shape, text))
    for part in path.replace("[0]", ".0").split("."):
        case = case[int(part)] if part.isdigit() else getattr(case, part)
    assert case == text


def test_a_refused_value_with_a_control_character_is_shown_escaped_whatever_the_problem() -> None:
    """Not only a refused text: a choice written with an escape sequence in it is said without running it."""
    problem = _problems({"governance": {"trust": "ho\x1b[2Jog"}})["governance.trust"]
    assert problem.code == "not-a-choice"
    assert "\x1b" not in problem.format("nl")
    assert "ho\\x1b[2Jog" in problem.format("nl")


@pytest.mark.parametrize(
    ("case", "path", "code"),
    [
        ({"title": b"Caf\xe9 regio \xff"}, "title", "text-not-utf8"),
        ({1: 2}, "[1]", "field-name-not-text"),
        ({"governance": {3: "hoog"}}, "governance[3]", "field-name-not-text"),
    ],
)
def test_bytes_that_are_no_text_and_a_name_that_is_no_text_are_said_in_the_case_s_words(
    case: dict[Any, Any], path: str, code: str
) -> None:
    """pydantic's "Input should be a valid string, unable to parse raw data as a unicode string" and "Keys should be
    strings" stood in a Dutch error, with nothing said of what belongs there (a tool builder)."""
    problem = _problems(case)[path]
    assert problem.code == code
    for lang in ("nl", "en"):
        said = problem.format(lang)
        for english in ("should", "Keys", "unicode"):
            assert english not in said
        assert problem.hint is not None


@pytest.mark.parametrize("count", [0, "0", -2])
def test_a_number_of_organisations_below_its_least_is_one_problem_beside_a_list(count: Any) -> None:
    """0 beside six partners was said to be wrong twice, "te klein" and "kleiner dan het aantal partners in de
    lijst", and counted as two of the case's problems (a policy officer's trial). A number that is no valid count is
    its own problem only; a valid one below the list is still refused for that."""
    partners = [{"name": f"Partner {number}"} for number in range(1, 7)]
    with pytest.raises(CaseError) as refused:
        parse_case({"governance": {"partner_count": count}, "partners": partners})
    assert [problem.path for problem in refused.value.problems] == ["governance.partner_count"]
    with pytest.raises(CaseError) as below:
        parse_case({"governance": {"partner_count": 3}, "partners": partners})
    assert [problem.code for problem in below.value.problems] == ["partner-count-below-list"]


def test_a_key_written_twice_in_a_case_file_hides_no_problem_beside_it(tmp_path: Path) -> None:
    """A policy officer's file had `governance:` twice and a partner with Dutch field names: only the key written
    twice was told, the two others once it was fixed. The reader reads on past it (the second left unread), so each
    problem is told in one run, in the order of the file."""
    from netadvisor import load_case_file

    path = tmp_path / "casus.yaml"
    path.write_text(
        "title: Test\npartners:\n  - {naam: Veneco}\ngovernance:\n  trust: hoog\ngovernance:\n  goal_consensus: hoog\n",
        encoding="utf-8",
    )
    with pytest.raises(CaseError) as raised:
        load_case_file(path)
    assert [(problem.code, problem.line) for problem in raised.value.problems] == [
        ("unknown-field", 3),
        ("duplicate-key", 6),
    ]
    # alone, it is the one problem
    path.write_text("title: Test\ngovernance:\n  trust: hoog\ngovernance:\n  trust: laag\n", encoding="utf-8")
    with pytest.raises(CaseError) as raised:
        load_case_file(path)
    assert [(problem.code, problem.line) for problem in raised.value.problems] == [("duplicate-key", 4)]


def test_a_mistake_that_stops_the_reading_of_a_case_file_says_the_rest_is_not_checked_yet(tmp_path: Path) -> None:
    """A wrong indentation stops the reader where it is; a guess further on ("effectiviteit, denk ik") was told only
    once it was fixed, and nothing had said more might follow (a policy officer's trial)."""
    from netadvisor import load_case_file

    path = tmp_path / "casus.yaml"
    path.write_text(
        "title: Test\ngovernance:\n  trust: hoog\n    goal_consensus: hoog\nchallenge:\n  rationale: effectiviteit, denk ik\n",
        encoding="utf-8",
    )
    with pytest.raises(CaseError) as raised:
        load_case_file(path)
    [problem] = raised.value.problems
    assert problem.line == 4
    assert problem.hint is not None
    assert problem.hint.nl.endswith(messages.NOT_READ_ON_HINT.nl)
    assert problem.hint.en.endswith(messages.NOT_READ_ON_HINT.en)
    # one the reader reads on past says nothing of the kind
    path.write_text("title: Test\ntitle: Ander\n", encoding="utf-8")
    with pytest.raises(CaseError) as raised:
        load_case_file(path)
    [twice] = raised.value.problems
    assert twice.hint is not None
    assert messages.NOT_READ_ON_HINT.nl not in twice.hint.nl


@pytest.mark.parametrize(
    ("written", "meant"), [("soort", "kind"), ("inbreng", "brings"), ("Betrokkenheid", "involvement")]
)
def test_a_partner_s_field_in_dutch_is_told_the_field_it_means(written: str, meant: str) -> None:
    """`soort: intercommunale` in a partner got only the list of the fields there (a policy officer's trial)."""
    problem = _problems({"partners": [{"name": "Veneco", written: "x"}]})[f"partners[0].{written}"]
    assert problem.code == "unknown-field"
    assert problem.hint == Text(f"bedoelde je 'partners[0].{meant}'?", f"did you mean 'partners[0].{meant}'?")
