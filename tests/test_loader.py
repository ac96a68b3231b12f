"""Loading rule files: a complete rule base, or every problem at once; hostile files refused quickly."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import rules_from_text
from netadvisor import RuleError, load_rules
from netadvisor.loader import Source, load_sources
from netadvisor.yamlsource import MAX_BYTES, MAX_DEPTH

VALID = """
rules:
  - id: GOV-trust-high
    title: {nl: Hoog vertrouwen, en: High trust}
    section: ["4.3"]
    when:
      - {fact: governance.trust, is: high}
    then:
      finding: {severity: info, message: {nl: "Vertrouwen: {governance.trust}", en: "Trust: {governance.trust}"}}
"""


def test_a_valid_file_loads_into_resolved_rules() -> None:
    """A valid rule is loaded with its conditions resolved to internal operators."""
    rulebase = rules_from_text(VALID)
    (rule,) = rulebase.rules
    assert rule.id == "GOV-trust-high"
    assert rule.conditions[0].operator == "eq"
    assert rule.conditions[0].operand == "high"
    assert rule.sections == ("4.3",)
    assert rule.line == 3


def test_policy_values_are_resolved_into_conditions() -> None:
    """A condition may name a policy value; the rule gets its number and remembers the name."""
    rulebase = rules_from_text("""
policy:
  few: {value: 7, explanation: {nl: a, en: b}}
rules:
  - id: GOV-few
    title: {nl: a, en: b}
    section: ["4.3"]
    when: [{fact: governance.partner_count, at_most: {policy: few}}]
    then: {finding: {severity: info, message: {nl: a, en: b}}}
""")
    condition = rulebase.rules[0].conditions[0]
    assert (condition.operand, condition.policy) == (7, "few")


def test_problems_in_several_files_are_reported_together(tmp_path: Path) -> None:
    """Every problem in every file comes back in one error; nothing is loaded."""
    (tmp_path / "a.yaml").write_text(VALID.replace("high}", "hgh}"))
    (tmp_path / "b.yaml").write_text(VALID.replace("GOV-trust-high", "GOV-b").replace("governance.trust,", "x.y,"))
    with pytest.raises(RuleError) as raised:
        load_rules(tmp_path)
    codes = sorted((Path(p.file).name, p.code) for p in raised.value.problems)
    assert codes == [("a.yaml", "value-not-allowed"), ("b.yaml", "unknown-fact")]


def test_a_good_file_beside_a_broken_one_is_not_half_loaded(tmp_path: Path) -> None:
    """One broken file means no rule base at all, not the good half of it."""
    (tmp_path / "good.yaml").write_text(VALID)
    (tmp_path / "bad.yaml").write_text("rules: [")
    with pytest.raises(RuleError):
        load_rules(tmp_path)


def test_a_folder_without_rule_files_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("nothing here")
    with pytest.raises(RuleError) as raised:
        load_rules(tmp_path)
    assert raised.value.problems[0].code == "no-rule-files"


def test_a_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(RuleError) as raised:
        load_rules(tmp_path / "nope")
    assert raised.value.problems[0].code == "unreadable"


def test_quoted_yaml11_words_are_plain_text() -> None:
    """Quoting a word that YAML 1.1 would read as a boolean keeps it a word."""
    rulebase = rules_from_text("""
decisions:
  needs_review: {minimum_support: 1}
rules:
  - id: GOV-a
    title: {nl: a, en: b}
    section: ["4.3"]
    when: [{fact: governance.trust, is: high}]
    then: {conclude: {flag: "no"}, supports: {needs_review: "yes"}}
  - id: GOV-b
    title: {nl: a, en: b}
    section: ["4.3"]
    when: [{conclusion: flag, is: "no"}]
    then: {finding: {severity: info, message: {nl: a, en: b}}}
""")
    assert rulebase.rules[0].concludes == (("flag", "no"),)


def test_the_version_changes_with_the_content_only() -> None:
    """The rule-base version is a hash of the files' content: same files, same version."""
    assert rules_from_text(VALID).version == rules_from_text(VALID).version
    assert rules_from_text(VALID).version != rules_from_text(VALID.replace("High trust", "Trust")).version


def test_the_same_files_have_one_version_however_their_names_are_given() -> None:
    """`netadvisor check governance.yaml` inside rules/ read the file as "governance.yaml" and the others by their
    whole path; sorted by those names, the same files got another version than the folder read whole."""
    other = VALID.replace("GOV-trust-high", "GOV-trust-low").replace("is: high", "is: low")
    a, b = VALID.encode(), other.encode()
    as_a_folder = load_sources([Source("/work/rules/governance.yaml", a), Source("/work/rules/actors.yaml", b)])
    one_named_alone = load_sources([Source("governance.yaml", a), Source("/work/rules/actors.yaml", b)])
    assert one_named_alone.version == as_a_folder.version
    assert load_sources([Source("governance.yaml", b), Source("actors.yaml", a)]).version != as_a_folder.version


def _refused(raw: bytes) -> RuleError:
    with pytest.raises(RuleError) as raised:
        load_sources([Source("hostile.yaml", raw)])
    return raised.value


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (
            b"a: &a [x, x, x, x, x, x, x, x, x]\n"
            + b"".join(
                f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n".encode() for i in range(8)
            ),
            "yaml-alias",
        ),
        (b'rules: !!python/object/apply:os.system ["touch /tmp/netadvisor-pwned"]\n', "yaml-tag"),
        (b"rules: !!python/name:os.system\n", "yaml-tag"),
        (b"rules: " + b"[" * 10_000 + b"]" * 10_000 + b"\n", "yaml-too-deep"),
        (b"rules:\n" + b"".join(b"  " * i + b"- \n" for i in range(1_000)), "yaml-too-deep"),
        (b"rules: " + b"x" * (MAX_BYTES + 1), "file-too-large"),
        (b"\xef\xbb\xbfrules: [\n", "yaml-syntax"),
        (b"rules:\n  - id: A\x00B\n", "not-utf8"),
    ],
)
def test_hostile_files_are_refused_with_a_located_error(raw: bytes, code: str) -> None:
    """Alias bombs, Python tags, deep nesting, huge files and binary bytes end in a located error.

    They are refused before anything is expanded or constructed (the first alias, the first tag, the
    65th level, the size), so the work is bounded; how long that takes is measured, not asserted here.
    """
    error = _refused(raw)
    assert error.problems[0].code == code
    assert not Path("/tmp/netadvisor-pwned").exists()


def test_nesting_just_under_the_limit_is_read() -> None:
    """The depth limit leaves room for any real rule file."""
    raw = b"rules:\n  - id: X\n    title: " + b"[" * (MAX_DEPTH - 4) + b"]" * (MAX_DEPTH - 4) + b"\n"
    error = _refused(raw)
    assert "yaml-too-deep" not in {problem.code for problem in error.problems}


def test_a_byte_order_mark_is_accepted() -> None:
    """Editors on Windows add a BOM; the file still loads."""
    assert load_sources([Source("bom.yaml", b"\xef\xbb\xbf" + VALID.encode())]).rules


def test_an_empty_rule_list_is_an_empty_file() -> None:
    with pytest.raises(RuleError) as raised:
        load_sources([Source("empty.yaml", b"rules: []\n")])
    assert [problem.code for problem in raised.value.problems] == ["empty-file"]


def test_unicode_in_messages_is_fine_and_in_ids_is_refused_with_its_place() -> None:
    """Messages may hold any text; ids stay plain ASCII so that they work everywhere (URLs, files, tools)."""
    ok = rules_from_text(VALID.replace("Vertrouwen:", "Vertrouwen ✓ – café:"))
    assert "café" in ok.rules[0].finding.message.nl  # type: ignore[union-attr]
    with pytest.raises(RuleError) as raised:
        rules_from_text(VALID.replace("GOV-trust-high", "GOV-vertrouwen-hóóg"))
    assert [(p.code, p.line) for p in raised.value.problems] == [("bad-format", 3)]


def test_an_example_at_a_threshold_names_the_policy_value(write_rules) -> None:  # type: ignore[no-untyped-def]
    """{policy: name, plus: 1} in an example is the policy value plus one: the example follows the threshold."""
    rulebase = load_rules(
        write_rules("""
policy:
  few: {value: 7, explanation: {nl: x, en: x}}
rules:
  - id: GOV-few
    title: {nl: a, en: a}
    section: ["4.3"]
    when: [{fact: governance.partner_count, at_most: {policy: few}}]
    then: {finding: {severity: info, message: {nl: a, en: a}}}
    examples:
      fires: [{governance: {partner_count: {policy: few}}}]
      silent: [{governance: {partner_count: {policy: few, plus: 1}}}]
""")
    )
    rule = rulebase.rules[0]
    assert rule.examples_fire[0]["governance"]["partner_count"] == 7
    assert rule.examples_silent[0]["governance"]["partner_count"] == 8


def test_a_rule_resting_on_a_source_must_name_it(write_rules) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuleError) as raised:
        load_rules(
            write_rules("""
rules:
  - id: GOV-x
    title: {nl: a, en: a}
    section: ["4.3"]
    basis: source
    when: [{fact: governance.trust, is: high}]
    then: {finding: {severity: info, message: {nl: a, en: a}}}
""")
        )
    assert [problem.code for problem in raised.value.problems] == ["basis-without-source"]


# --------------------------------------------------------------------------- files that are not rule files


def test_a_device_or_a_pipe_is_not_a_regular_file_rather_than_missing(tmp_path: Path) -> None:
    """/dev/zero and a pipe are refused unread (a pipe would wait for a writer), and not called missing."""
    import os
    import threading

    pipe = tmp_path / "regels.yaml"
    os.mkfifo(pipe)
    outcome: list[RuleError] = []

    def load(path: Path) -> None:
        try:
            load_rules(path)
        except RuleError as error:
            outcome.append(error)

    for path in (Path("/dev/zero"), pipe):
        worker = threading.Thread(target=load, args=(path,), daemon=True)
        worker.start()
        worker.join(10)
        if worker.is_alive():  # the loader waits for a writer: let it go, then fail
            os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
            pytest.fail(f"loading {path} waited for a writer")
    assert len(outcome) == 2
    for error in outcome:
        (problem,) = error.problems
        assert problem.code == "unreadable"
        assert "geen gewoon bestand" in problem.message("nl")
        assert "not a regular file" in problem.message("en")
        assert "bestaat niet" not in problem.message("nl")


def test_a_huge_rule_file_is_refused_with_its_size_without_being_read_whole(tmp_path: Path) -> None:
    """A 600 MB rule file once cost 651 MB before it was refused: now at most the limit is read.

    (Allocation is counted by tracemalloc, which is exact; no time is measured.)"""
    import tracemalloc

    huge = tmp_path / "regels.yaml"
    with huge.open("wb") as handle:
        handle.truncate(50 * 2**20)  # sparse: no disk
    tracemalloc.start()
    try:
        with pytest.raises(RuleError) as raised:
            load_rules(huge)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    (problem,) = raised.value.problems
    assert problem.code == "file-too-large"
    assert format(50 * 2**20, ",") in problem.message("en")
    assert peak < 3 * MAX_BYTES


# --------------------------------------------------------------------------- numbers


NUMBERS = """
policy:
  veel: {{value: {policy}, explanation: {{nl: a, en: b}}}}
decisions:
  governance_mode: {{minimum_support: {support}}}
rules:
  - id: GOV-numbers
    title: {{nl: a, en: b}}
    section: ["4.3"]
    when:
      - {{fact: governance.partner_count, at_least: {at_least}}}
      - {{fact: governance.partner_count, at_most: {at_most}}}
      - {{fact: governance.partner_count, more_than: {{policy: veel}}}}
    then: {{supports: {{governance_mode: self_governing}}}}
    examples:
      fires: [{{governance: {{partner_count: {example}}}}}]
"""
PLAIN_NUMBERS = {"policy": "8", "support": "1", "at_least": "10", "at_most": "90", "example": "12"}


def _problems(**numbers: str) -> list[tuple[int, str]]:
    try:
        rules_from_text(NUMBERS.format(**{**PLAIN_NUMBERS, **numbers}))
    except RuleError as error:
        return [(problem.line, problem.code) for problem in error.problems]
    return []


def test_the_numbers_sample_loads_when_written_plainly() -> None:
    assert _problems() == []


def test_octal_and_base_60_numbers_are_refused_with_the_yaml_hint_wherever_they_stand() -> None:
    """`at_least: 010` is 8 and `at_most: 1:30` is 90 to YAML 1.1: refused, never silently another number."""
    assert _problems(at_least="010") == [(11, "yaml11-number")]
    assert _problems(at_most="1:30") == [(12, "yaml11-number")]
    assert _problems(policy="010") == [(3, "yaml11-number")]
    assert _problems(support="01") == [(5, "yaml11-number")]
    assert _problems(example="0012") == [(16, "yaml11-number")]
    with pytest.raises(RuleError) as raised:
        rules_from_text(NUMBERS.format(**{**PLAIN_NUMBERS, "at_least": "010", "at_most": "1:30"}))
    octal, base_60 = raised.value.problems
    assert octal.message("nl") == "YAML leest '010' als het getal 8, niet zoals het er staat"
    assert "schrijf 10" in octal.hint.nl
    assert "write 10" in octal.hint.en
    assert base_60.message("en") == "YAML reads '1:30' as the number 90, not as written"
    assert "1:30 is 90" in base_60.hint.en


@pytest.mark.parametrize("value", ["3", "1.000", "2026-12-07", "drie"])
def test_a_value_on_a_yes_no_fact_that_is_none_is_told_to_be_ja_or_nee(value: str) -> None:
    """`is: 3` on a yes/no fact was told "zet het tussen aanhalingstekens als je tekst bedoelt: "3"" (a
    rule-editing trial): quoting makes no yes/no of it; the hint says what does."""
    rule = (
        "rules:\n  - id: R-1\n    title: {{nl: r, en: r}}\n    section: ['4.2']\n"
        "    when: [{{fact: goal.organisational_interests_dominate, is: {value}}}]\n"
        "    then: {{finding: {{severity: info, message: {{nl: x, en: x}}}}}}\n"
    )
    with pytest.raises(RuleError) as raised:
        rules_from_text(rule.format(value=value))
    (problem,) = raised.value.problems
    assert problem.code == "value-type"
    assert problem.hint is not None
    assert problem.hint.nl == "schrijf ja of nee (of true of false)"


def test_a_number_with_a_point_before_three_digits_is_refused_in_rules_and_cases(tmp_path: Path) -> None:
    """`at_least: 1.000` is a thousand to a Dutch reader and 1.0 to YAML (a tool builder's case file had "1
    partner"): refused, with the number to write, in a rule file and in a case file."""
    from netadvisor import load_case_file
    from netadvisor.errors import CaseError

    assert _problems(example="1.000") == [(16, "yaml11-number")]
    with pytest.raises(RuleError) as raised:
        rules_from_text(NUMBERS.format(**{**PLAIN_NUMBERS, "example": "1.000"}))
    (problem,) = raised.value.problems
    assert problem.message("nl") == "YAML leest '1.000' als het getal 1.0, niet zoals het er staat"
    assert problem.hint is not None
    assert problem.hint.nl.startswith("schrijf het getal zonder punt: 1000,")
    # a policy value, where thresholds go: the same hint (a rule-editing trial got "schrijf hier een woord, een
    # geheel getal of ja/nee", where 1.000 is a whole number to its reader)
    with pytest.raises(RuleError) as raised:
        rules_from_text(NUMBERS.format(**{**PLAIN_NUMBERS, "policy": "1.000"}))
    (policy,) = raised.value.problems
    assert policy.hint is not None
    assert policy.hint.nl.startswith("schrijf het getal zonder punt: 1000,")
    # where a whole number belongs, the type says it, with the same hint (not "put it in quotes")
    with pytest.raises(RuleError) as raised:
        rules_from_text(NUMBERS.format(**{**PLAIN_NUMBERS, "at_least": "1.000"}))
    (threshold,) = raised.value.problems
    assert (threshold.line, threshold.code) == (11, "value-type")
    assert threshold.hint is not None
    assert threshold.hint.nl.startswith("schrijf het getal zonder punt: 1000,")
    case = tmp_path / "casus.yaml"
    case.write_text("governance:\n  partner_count: 1.000\n", encoding="utf-8")
    with pytest.raises(CaseError) as refused:
        load_case_file(case)
    (case_problem,) = refused.value.problems
    assert (case_problem.code, case_problem.line) == ("yaml11-number", 2)
    assert case_problem.hint is not None
    assert case_problem.hint.en.startswith("write the number without a point: 1000,")


def test_a_number_where_text_belongs_is_reported_once() -> None:
    """Where the shape check already says 'must be text' with the YAML hint, no second problem is added."""
    with pytest.raises(RuleError) as raised:
        rules_from_text(VALID.replace("en: High trust", "en: 010"))
    assert [problem.code for problem in raised.value.problems] == ["wrong-type"]


@pytest.mark.parametrize("number", ["1" * 5000, "0x" + "f" * 3600])
def test_a_threshold_too_long_for_python_is_refused_at_load_once(number: str) -> None:
    """A threshold of thousands of digits cannot pass `check` and then fail in `advise`: refused, located, once.

    (The rule is not loaded, so the decision it supported has no support: that follows, in its own place.)"""
    problems = _problems(at_least=number)
    assert [problem for problem in problems if problem[0] == 11] == [(11, "number-too-large")]
    assert [code for _, code in problems].count("number-too-large") == 1


# --------------------------------------------------------------------------- many mistakes


def test_did_you_mean_searches_are_bounded_per_load(monkeypatch: pytest.MonkeyPatch) -> None:
    """1,500 misspelt facts once took 5 s, each compared with every fact: the searches are capped.

    The first mistakes (the ones a person reads first) still get their suggestion; a word misspelt
    the same way twice is searched once. The time itself is measured in stress/check_speed.py.
    """
    from netadvisor import loader, spelling

    searches: list[str] = []
    search = spelling.closest
    monkeypatch.setattr(spelling, "closest", lambda word, *rest: searches.append(word) or search(word, *rest))
    conditions = "".join(f"{{fact: governance.trsut{n}, is: high}}, " for n in range(1500))
    text = f"""
rules:
  - id: GOV-many
    title: {{nl: a, en: b}}
    section: ["4.3"]
    when: [{conditions}{{fact: governance.trsut0, is: high}}]
    then: {{finding: {{severity: info, message: {{nl: a, en: b}}}}}}
"""
    with pytest.raises(RuleError) as raised:
        rules_from_text(text)
    problems = raised.value.problems
    assert len(problems) == 1501
    assert {problem.code for problem in problems} == {"unknown-fact"}
    assert len(searches) == loader.MAX_SUGGESTION_SEARCHES
    assert problems[0].hint.en == "did you mean 'governance.trust'?"
    assert problems[-1].hint == problems[0].hint  # trsut0 again: the same suggestion, from the cache


@pytest.mark.parametrize(
    ("condition", "meant"),
    [
        # a policy officer wrote the name explain and --set take: no suggestion came
        ("fact: Aantal organisaties, at_least: 3", "governance.partner_count"),
        # its words in another order: "state.works_on_institutional" was suggested, as alike letter by letter and
        # of the opposite meaning, which check then accepted (a rule-editing trial)
        ("fact: state.institutional_stuck, is: ja", "state.stuck_on_institutional"),
    ],
)
def test_a_fact_named_otherwise_in_a_rule_is_pointed_to_its_path(condition: str, meant: str) -> None:
    text = VALID.replace("fact: governance.trust, is: high", condition)
    with pytest.raises(RuleError) as raised:
        rules_from_text(text)
    (problem,) = raised.value.problems
    assert problem.code == "unknown-fact"
    assert problem.hint is not None
    assert problem.hint.nl == f"bedoelde je '{meant}'?"


@pytest.mark.parametrize(
    ("written", "far_fetched"),
    [("goal.gedragen_door_allen", "challenge.regional.present"), ("goal.gedragen", "goal.origin")],
)
def test_a_fact_named_in_other_words_gets_no_far_fetched_guess_nor_a_problem_from_one(
    written: str, far_fetched: str
) -> None:
    """``goal.gedragen_door_allen`` was offered ``challenge.regional.present`` (no word in common; their words,
    sorted, reached the cutoff), and its value 'nee' was then said to be no number, as that guess has it; a
    second trial's ``goal.gedragen`` was offered ``goal.origin`` (alike by "goal." alone) and told "'ja' is geen
    mogelijke waarde van 'goal.origin'": two messages for one mistake, the second sending a policy officer to
    change a right value (rule-editing trials)."""
    text = VALID.replace("fact: governance.trust, is: high", f"fact: {written}, is: nee")
    with pytest.raises(RuleError) as raised:
        rules_from_text(text)
    (problem,) = raised.value.problems
    assert problem.code == "unknown-fact"
    assert problem.hint is not None
    assert far_fetched not in problem.hint.nl


def test_the_quick_suggestion_is_difflibs() -> None:
    """The bounded search gives exactly what difflib.get_close_matches(word, choices, 1) gives."""
    import difflib
    import random

    from netadvisor import FACTS
    from netadvisor.spelling import closest

    rng = random.Random(5)
    facts = list(FACTS)
    for _ in range(100):
        word = rng.choice(facts)
        for _ in range(rng.randrange(5)):
            at = rng.randrange(len(word))
            word = word[:at] + rng.choice("aeiout._") + word[at + 1 :]
        expected = difflib.get_close_matches(word, facts, 1, 0.6)
        assert closest(word, facts) == (expected[0] if expected else None)


# --------------------------------------------------------------------------- messages an officer can act on


def test_dutch_answer_words_in_conditions_are_read_as_the_values_they_name() -> None:
    """`is: ja`, `is: niemand`, `is: hoog` (the words `explain` lists) mean true, none and high; `is: yes` on a
    yes/no fact means yes (YAML reads it as true, and that is what was meant)."""
    rulebase = rules_from_text("""
rules:
  - id: GOV-dutch
    title: {nl: a, en: b}
    section: ["4.3"]
    when:
      - {fact: goal.consensus_reached, is: ja}
      - {fact: goal.known_by_all, is: nee}
      - {fact: region.supported_by, is: niemand}
      - {fact: governance.trust, is: Hoog}
      - {fact: goal.carried_by_all, is: yes}
      - {fact: governance.goal_consensus, one_of: [laag, gemiddeld]}
      - {conclusion: challenge_type, is: ingewikkeld}
    then: {finding: {severity: info, message: {nl: a, en: b}}}
  - id: TYPE-x
    title: {nl: a, en: b}
    section: ["2"]
    when: [{fact: governance.trust, is: high}]
    then: {conclude: {challenge_type: complicated}}
""")
    operands = [condition.operand for condition in rulebase.rule("GOV-dutch").conditions]
    assert operands == [True, False, "none", "high", True, ("low", "moderate"), "complicated"]


def test_every_problem_code_has_a_message_and_a_hint_in_both_languages() -> None:
    """A policy officer always gets told what to do: no code without a hint (the golden files show them)."""
    from netadvisor import messages

    assert set(messages.HINTS) == set(messages.MESSAGES)
    for code, text in messages.HINTS.items():
        assert text.nl.strip(), code
        assert text.en.strip(), code


def test_a_policy_value_without_english_is_one_problem_not_one_per_use() -> None:
    """A missing `en` once gave 17 problems, among them 'unknown policy value' for every rule using it."""
    with pytest.raises(RuleError) as raised:
        rules_from_text("""
policy:
  few: {value: 7, explanation: {nl: "Weinig partners"}}
rules:
  - id: GOV-few
    title: {nl: a, en: b}
    section: ["4.3"]
    when: [{fact: governance.partner_count, at_most: {policy: few}}]
    then: {finding: {severity: info, message: {nl: a, en: b}}}
    examples: {fires: [{governance: {partner_count: {policy: few}}}]}
""")
    (problem,) = raised.value.problems
    assert (problem.code, problem.yaml_path) == ("missing-key", "policy.few.explanation")
    assert "voeg 'en:" in problem.hint.nl


def test_a_rule_with_a_shape_mistake_still_has_its_other_mistakes_reported() -> None:
    """One misspelt key once hid every other mistake of the rule; what the rule concludes still counts."""
    with pytest.raises(RuleError) as raised:
        rules_from_text("""
rules:
  - id: TYPE-x
    titel: {nl: a, en: b}
    section: ["2"]
    when: [{fact: governance.trst, is: high}, {fact: governance.goal_consensus, is: hgh}]
    then: {conclude: {readiness: ready}}
  - id: GOV-y
    title: {nl: a, en: b}
    section: ["4.3"]
    when: [{conclusion: readiness, is: ready}]
    then: {finding: {severity: info, message: {nl: a, en: b}}}
""")
    assert [problem.code for problem in raised.value.problems] == ["unknown-key", "unknown-fact", "value-not-allowed"]


def test_a_rule_that_landed_under_accounts_for_is_said_so_once() -> None:
    """A rule added at the end of a file that ends with accounts_for: gave 9 'unknown key' problems."""
    with pytest.raises(RuleError) as raised:
        rules_from_text(
            VALID
            + """
accounts_for:
  - heuristic: H001
    as: definition
    reason: {nl: a, en: b}
  - id: GOV-new
    title: {nl: a, en: b}
    section: ["4.3"]
    when: [{fact: governance.trust, is: low}]
    then: {finding: {severity: info, message: {nl: a, en: b}}}
"""
        )
    (problem,) = raised.value.problems
    assert (problem.code, problem.rule_id) == ("rule-under-accounts-for", "GOV-new")


def test_conclude_on_a_conclusion_decided_by_support_is_refused_with_a_hint_to_supports() -> None:
    """A conclude beside a decision once gave an advice that said 'not applicable: ' with nothing after it."""
    with pytest.raises(RuleError) as raised:
        rules_from_text("""
decisions:
  governance_mode: {minimum_support: 1}
rules:
  - id: GOV-s
    title: {nl: a, en: b}
    section: ["4.3"]
    when: [{fact: governance.trust, is: high}]
    then: {supports: {governance_mode: self_governing}}
  - id: GOV-c
    title: {nl: a, en: b}
    section: ["4.3"]
    when: [{fact: governance.trust, is: low}]
    then: {conclude: {governance_mode: lead_organisation}}
""")
    (problem,) = raised.value.problems
    assert (problem.code, problem.rule_id) == ("conclude-decided", "GOV-c")
    assert "supports: {governance_mode:" in problem.hint.nl


FORM = """
rules:
  - id: FORM-x
    title: {nl: a, en: b}
    section: ["3"]
    when: [{fact: challenge.rationale, is: effectiveness}]
    then: {conclude: {collaboration_form: organisation_network}}
"""
USES_FORM = """
rules:
  - id: GOV-x
    title: {nl: a, en: b}
    section: ["4.3"]
    when: [{conclusion: collaboration_form, is: organisation_network}, {fact: governance.trust, is: high}]
    then: {finding: {severity: info, message: {nl: a, en: b}}}
"""


def test_one_file_is_checked_with_the_rest_of_its_folder(tmp_path: Path) -> None:
    """`check rules/governance.yaml` alone once gave 15 false errors: a file is checked within its rule base."""
    from netadvisor.loader import load_rule_base_of

    (tmp_path / "vormen.yaml").write_text(FORM)
    (tmp_path / "governance.yaml").write_text(USES_FORM)
    with pytest.raises(RuleError):
        load_rules(tmp_path / "governance.yaml")  # alone, as a rule base of its own: collaboration_form is missing
    rulebase = load_rule_base_of(tmp_path / "governance.yaml")
    assert [rule.id for rule in rulebase.rules] == ["GOV-x", "FORM-x"]


def test_one_file_checked_in_a_broken_folder_says_how_many_problems_are_elsewhere(tmp_path: Path) -> None:
    """The file's own problems are listed; the rest of the folder's are counted, with the command that shows them."""
    import io

    from netadvisor.cli import EXIT_RULES, main

    (tmp_path / "vormen.yaml").write_text(FORM.replace("effectiveness", "effectivenes"))
    (tmp_path / "governance.yaml").write_text(USES_FORM.replace("high}", "hihg}"))
    err = io.StringIO()
    assert main(["check", str(tmp_path / "governance.yaml")], stdout=io.StringIO(), stderr=err) == EXIT_RULES
    lines = err.getvalue().splitlines()
    assert lines[0] == "2 fouten in de regelbestanden; er is niets geladen."
    assert lines[1].endswith(
        f"[problems-elsewhere] dit bestand is gecontroleerd samen met de rest van zijn regelbasis "
        f"({tmp_path.as_posix()}/); daar staat 1 fout, in vormen.yaml"  # (named: a tester had to search for it)
    )
    assert "[value-not-allowed] 'hihg'" in lines[3]


def test_a_file_that_cannot_be_read_gives_its_own_problem_only(tmp_path: Path) -> None:
    """A tab in one file once also made a rule of another file 'not_with' an unknown rule: the tab is the cause."""
    (tmp_path / "vormen.yaml").write_text(FORM.replace("    when:", "\twhen:", 1))
    (tmp_path / "governance.yaml").write_text(USES_FORM.replace("    then:", "    not_with: [FORM-x]\n    then:", 1))
    with pytest.raises(RuleError) as raised:
        load_rules(tmp_path)
    assert [problem.code for problem in raised.value.problems] == ["yaml-tab"]


def test_a_condition_on_a_role_holders_name_points_at_the_yes_no_fact_of_the_role(write_rules) -> None:  # type: ignore[no-untyped-def]
    """The officer wrote 'is: niemand' on management.roles.network_operator (text) and was told to write 'known:',
    which cannot say 'nobody'; whether anyone holds the role is management.roles.has_network_operator."""
    path = write_rules(
        """
rules:
  - id: ROLE-test-nobody
    title: {nl: "Test", en: "Test"}
    section: ["4.2"]
    when: [{fact: management.roles.network_operator, is: niemand}]
    then: {finding: {severity: advice, message: {nl: "Nieuw", en: "New"}}}
"""
    )
    with pytest.raises(RuleError) as raised:
        load_rules(path)
    (problem,) = [problem for problem in raised.value.problems if problem.code == "text-fact"]
    assert "management.roles.has_network_operator" in problem.hint.nl
    assert "'niemand'" in problem.hint.nl


def test_a_yaml_yes_no_word_that_is_no_value_of_the_fact_is_not_told_to_be_quoted(write_rules) -> None:  # type: ignore[no-untyped-def]
    """'is: no' on governance.trust: quoting it gives the next error ('no' is no value either); say the values."""
    path = write_rules(
        """
rules:
  - id: GOV-test-no
    title: {nl: "Test", en: "Test"}
    section: ["4.3"]
    when: [{fact: governance.trust, is: no}]
    then: {finding: {severity: advice, message: {nl: "Nieuw", en: "New"}}}
"""
    )
    with pytest.raises(RuleError) as raised:
        load_rules(path)
    (problem,) = [problem for problem in raised.value.problems if problem.code == "value-not-allowed"]
    assert "aanhalingstekens" not in problem.hint.nl
    assert "laag" in problem.hint.nl


def test_a_misspelt_value_beside_a_misspelt_fact_is_reported_in_the_same_run() -> None:
    """A policy officer fixes both at once instead of running check twice: the value is checked against the fact
    the name most likely means (and nothing is said of a fact with no likely meaning)."""
    text = """
rules:
  - id: GOV-x
    title: {nl: x, en: x}
    section: ["4.3"]
    when: [{fact: governance.trsut, is: hogh}, {fact: nothing.like.this, is: hogh}]
    then: {finding: {severity: info, message: {nl: "X", en: "X"}}}
"""
    with pytest.raises(RuleError) as raised:
        rules_from_text(text)
    problems = [(problem.code, problem.column) for problem in raised.value.problems]
    assert problems == [("unknown-fact", 19), ("value-not-allowed", 41), ("unknown-fact", 55)]
    value = raised.value.problems[1]
    assert "'governance.trust'" in value.format("nl")
    assert value.hint is not None
    assert value.hint.nl == "bedoelde je 'hoog'?"


def test_only_known_and_unknown_ask_whether_a_fact_is_known_without_reading_it() -> None:
    """What the evaluator keys its memory of a free text by, and what says a rule reads the form a case names."""
    from netadvisor.operators import OPERATORS

    assert {operator.name for operator in OPERATORS if not operator.reads_value} == {"known", "unknown"}


UNFIT_POLICY = """
policy:
  few: {value: %s, explanation: {nl: a, en: b}}
rules:
  - id: GOV-example-first
    title: {nl: a, en: b}
    section: ["4.3"]
    when: [{fact: governance.goal_consensus, is: high}]
    then: {finding: {severity: info, message: {nl: a, en: b}}}
    examples:
      fires: [{governance: {goal_consensus: high, partner_count: {policy: few}}}]
  - id: GOV-few
    title: {nl: a, en: b}
    section: ["4.3"]
    when: [{fact: governance.partner_count, at_most: {policy: few}}]
    then: {finding: {severity: info, message: {nl: a, en: b}}}
    examples:
      fires: [{governance: {partner_count: {policy: few}}}]
      silent: [{governance: {partner_count: {policy: few, plus: 1}}}]
  - id: GOV-few-too
    title: {nl: a, en: b}
    section: ["4.3"]
    when: [{fact: governance.partner_count, more_than: {policy: few}}]
    then: {finding: {severity: info, message: {nl: a, en: b}}}
"""


def test_a_policy_value_that_fits_no_fact_it_is_used_for_is_one_problem_where_it_is_written() -> None:
    """`value: zeven` where rules compare the policy value with a count once gave a problem at every condition and
    example that used it (25 in the rule base), and none on line 3, where the mistake is."""
    with pytest.raises(RuleError) as raised:
        rules_from_text(UNFIT_POLICY % "zeven")
    (problem,) = raised.value.problems
    assert (problem.code, problem.line, problem.yaml_path) == ("policy-unfit", 3, "policy.few.value")
    assert problem.message("nl").startswith("de beleidswaarde 'few' wordt gebruikt voor 'governance.partner_count' (")
    assert problem.message("nl").endswith(
        "maar past daar niet: 'governance.partner_count' is een getal, maar de waarde is de tekst 'zeven'"
    )
    assert ":15)" in problem.message("en")  # the first condition that compares it, where its file says so
    assert problem.hint is not None
    assert problem.hint.nl.startswith(
        "schrijf de waarde hier als geheel getal in cijfers, zonder komma"
    )  # not "netadvisor explain …"


def test_a_quoted_number_as_policy_value_gets_the_hint_to_unquote_it_where_it_is_written() -> None:
    with pytest.raises(RuleError) as raised:
        rules_from_text(UNFIT_POLICY % '"7"')
    (problem,) = raised.value.problems
    assert (problem.code, problem.line) == ("policy-unfit", 3)
    assert "schrijf het getal zonder aanhalingstekens: 7" in problem.hint.nl


def test_examples_of_a_policy_value_that_fits_are_still_checked() -> None:
    """Only the problems a wrong policy value causes are left to its own problem: a policy value that fits its
    conditions, used in an example where it does not, is reported in the example."""
    text = (UNFIT_POLICY % "7").replace(
        "partner_count: {policy: few}}}]\n      silent", "trust: {policy: few}}}]\n      silent"
    )
    with pytest.raises(RuleError) as raised:
        rules_from_text(text)
    assert [(problem.code, problem.line) for problem in raised.value.problems] == [("example-invalid", 18)]


def test_a_value_a_rule_concludes_or_supports_may_be_its_dutch_name() -> None:
    """Under is: "zelfregulerend netwerk" means self_governing; under supports: it was refused, with the tip
    "bedoelde je 'zelfregulerend netwerk'?" (a tester): it means the same there."""
    from helpers import rules_from_text

    rulebase = rules_from_text(
        """
decisions:
  governance_mode: {minimum_support: 1}
rules:
  - id: S-one
    title: {nl: a, en: a}
    section: ["4.3"]
    when: [{fact: governance.trust, is: hoog}]
    then: {supports: {governance_mode: Zelfregulerend netwerk}}
  - id: S-two
    title: {nl: b, en: b}
    section: ["2"]
    when: [{fact: challenge.rationale, is: kennis}]
    then: {conclude: {collaboration_form: lerend netwerk}}
"""
    )
    assert rulebase.rule("S-one").supports == (("governance_mode", "self_governing"),)
    assert rulebase.rule("S-two").concludes == (("collaboration_form", "learning_network"),)


def _rules_using_policy(operator: str, policy: str) -> str:
    """Three rules whose condition on the number of organisations uses the policy value ``policy``."""
    return "\n".join(
        f"""  - id: P-{index}
    title: {{nl: a, en: a}}
    section: ["4.3"]
    when: [{{fact: governance.partner_count, {operator}: {{policy: {policy}}}}}]
    then: {{finding: {{severity: info, message: {{nl: m, en: m}}}}}}"""
        for index in range(3)
    )


def test_a_policy_value_of_the_wrong_type_is_one_problem_not_one_per_use() -> None:
    """value: 7.5 gave its own problem and then "onbekende beleidswaarde" (with a tip to another policy value) at
    every rule and example using it: 25 problems for one mistake, a tester counted."""
    from helpers import rules_from_text

    # (a message naming it too: "{few}" was told to be no policy value, "bedoelde je 'many'?", a rule-editing trial)
    uses = _rules_using_policy("at_most", "few").replace("{nl: m, en: m}", "{nl: 'tot {few}', en: 'up to {few}'}")
    text = f"policy:\n  few: {{value: 7.5, explanation: {{nl: x, en: x}}}}\n  many: {{value: 9, explanation: {{nl: y, en: y}}}}\nrules:\n{uses}\n"
    with pytest.raises(RuleError) as raised:
        rules_from_text(text)
    assert [(problem.code, problem.line) for problem in raised.value.problems] == [("wrong-type", 2)]
    assert "een geheel getal" in raised.value.problems[0].message("nl")


def test_a_policy_value_renamed_to_the_name_of_another_is_one_problem() -> None:
    """A policy officer renamed ``veel`` to the name of another policy value: the duplicate key, and then each use of
    ``veel`` as an unknown policy value with "bedoelde je 'weinig'?", which followed would have changed every
    threshold. The duplicate is the one problem."""
    uses = _rules_using_policy("at_least", "veel")
    policy = (
        "policy:\n  weinig: {value: 7, explanation: {nl: x, en: x}}\n  weinig: {value: 16, explanation: {nl: y, en: y}}"
    )
    with pytest.raises(RuleError) as raised:
        rules_from_text(f"{policy}\nrules:\n{uses}\n")
    assert [(problem.code, problem.line) for problem in raised.value.problems] == [("duplicate-key", 3)]


def test_a_misspelt_key_or_a_wrong_severity_hides_no_mistake_beside_it() -> None:
    """A policy officer wrote "wen:" with a wrong value under it, and "severity: informatie" beside a misspelt
    placeholder: check named the key and the severity, and the other two only once those were fixed (one run per
    mistake). The severity's hint now says the value meant, too."""
    with pytest.raises(RuleError) as raised:
        rules_from_text("""
rules:
  - id: GOV-few
    title: {nl: a, en: b}
    section: ["4.3"]
    wen: [{fact: governance.trust, is: zeer hoog}]
    then: {finding: {severity: informatie, message: {nl: "a {challenge.domein}", en: b}}}
    examples: {fires: [{governance: {trust: high}}], silent: [{}]}
""")
    problems = [
        (problem.code, problem.line, problem.hint.nl if problem.hint else None) for problem in raised.value.problems
    ]
    assert problems == [
        ("unknown-key", 6, "bedoelde je 'when'?"),
        ("value-not-allowed", 6, "bedoelde je 'hoog'?"),
        ("not-allowed-value", 7, "bedoelde je 'info'?"),
        ("unknown-placeholder", 7, "bedoelde je 'challenge.domain'?"),
    ]


def _problems_of_message(nl: str) -> list[tuple[str, int, int]]:
    """The problems, with line and column, of a rule whose Dutch message is ``nl`` (its lines under ``nl: >-``)."""
    with pytest.raises(RuleError) as raised:
        rules_from_text(f"""
rules:
  - id: GOV-few
    title: {{nl: a, en: b}}
    section: ["4.3"]
    when: [{{fact: governance.trust, is: high}}]
    then:
      finding:
        severity: info
        message:
          nl: >-
{nl}
          en: "b {{challenge.domein}}"
""")
    return [(problem.code, problem.line, problem.column) for problem in raised.value.problems]


def test_a_misspelt_placeholder_is_reported_at_its_own_line_and_column() -> None:
    """In a message over several lines (``nl: >-``) a misspelt placeholder was reported on the line of ``nl:``,
    and a policy officer searched the wrong line (a rule-editing trial). Each at the line and column it stands."""
    text = "            Het netwerk werkt aan\n            {challenge.domein} met {governance.trustt}."
    assert _problems_of_message(text) == [
        ("unknown-placeholder", 13, 13),
        ("unknown-placeholder", 13, 36),
        ("unknown-placeholder", 14, 18),
    ]


def test_a_placeholder_of_a_conclusion_the_rule_does_not_test_is_refused_and_a_fact_in_words_is_guessed() -> None:
    """A rule owner wrote ``{governance.huidige_vorm}``, was asked "bedoelde je 'governance_mode'?", followed it,
    and check, test and regeltest said all was in order while the advice read "Het netwerk is nu georganiseerd
    als weet niet" (a rule-editing trial): the conclusion had no value where the rule fired. A conclusion in a
    message must be one the rule tests; a misspelt fact named in words is guessed as that fact."""
    text = (
        FORM
        + """  - id: FORM-y
    title: {nl: a, en: b}
    section: ["3"]
    when: [{fact: governance.trust, is: high}]
    then: {finding: {severity: info, message: {nl: "vorm {collaboration_form}", en: "b {governance.huidige_vorm}"}}}
"""
    )
    with pytest.raises(RuleError) as raised:
        rules_from_text(text)
    problems = [(p.code, p.hint.nl if p.hint else None) for p in raised.value.problems]
    assert problems[0][0] == "placeholder-conclusion-untested"
    assert "{conclusion: collaboration_form, one_of: [...]}" in (problems[0][1] or "")
    assert problems[1] == ("unknown-placeholder", "bedoelde je 'governance.current_mode'?")
    # tested, the same placeholder is in order
    fixed = text.replace(
        "when: [{fact: governance.trust, is: high}]",
        "when: [{fact: governance.trust, is: high}, {conclusion: collaboration_form, is: organisation_network}]",
    ).replace("{governance.huidige_vorm}", "{governance.current_mode}")
    assert rules_from_text(fixed).by_id["FORM-y"]


def test_an_unclosed_brace_is_reported_where_it_stands_not_at_the_first_brace() -> None:
    """``{governance.trust liefst`` on the second line of a message was reported at the right placeholder on the
    line above it (a rule-editing trial)."""
    text = "            Met {governance.partner_count} partners\n            en {governance.trust liefst samen."
    assert _problems_of_message(text)[0] == ("bad-placeholder", 13, 16)


@pytest.mark.parametrize(
    ("condition", "meant"),
    [
        ("{fact: governance.trust, is: hoog?}", "hoog"),
        ("{fact: goal.has_common_goal, is: nee?}", "nee"),
        ("{fact: governance.trust, one_of: [laag, hoog ?]}", "hoog"),
        ("{fact: governance.partner_count, at_least: 3?}", "3"),
    ],
)
def test_a_value_with_a_question_mark_in_a_condition_is_refused(condition: str, meant: str) -> None:
    """``is: opgelegd?`` was read as ``is: opgelegd``, without a word, where an example refuses "nee?" (a
    rule-editing trial): a doubt is no value a condition compares with."""
    with pytest.raises(RuleError) as raised:
        rules_from_text(f"""
rules:
  - id: GOV-doubt
    title: {{nl: a, en: b}}
    section: ["4.3"]
    when: [{condition}]
    then: {{finding: {{severity: info, message: {{nl: a, en: b}}}}}}
""")
    (problem,) = raised.value.problems
    assert (problem.code, problem.line) == ("value-doubtful", 6)
    assert problem.hint is not None
    assert problem.hint.nl == f"laat het vraagteken weg: {meant}"


def test_a_key_written_in_dutch_is_one_problem_and_hides_no_mistake_under_it() -> None:
    """A policy officer wrote "wanneer:" for "when:" and got an unknown key and "'when' ontbreekt", with nothing
    between them (rules/README promises one cause, one message); with a misspelt fact under it, only the key was
    reported, the fact once the key was fixed (one mistake hides no other)."""
    with pytest.raises(RuleError) as raised:
        rules_from_text("""
rules:
  - id: GOV-few
    titel: {nl: a, en: b}
    section: ["4.3"]
    wanneer: [{fact: governance.trustt, is: high}]
    then: {finding: {severity: info, message: {nl: a, en: b}}}
    examples: {fires: [{governance: {trust: high}}], silent: [{}]}
""")
    problems = [
        (problem.code, problem.line, problem.hint.nl if problem.hint else None) for problem in raised.value.problems
    ]
    assert problems == [
        ("unknown-key", 4, "bedoelde je 'title'?"),
        ("unknown-key", 6, "bedoelde je 'when'?"),
        ("unknown-fact", 6, "bedoelde je 'governance.trust'?"),
    ]


def test_a_condition_on_a_conclusion_named_in_words_is_told_its_name() -> None:
    """A policy officer wrote ``conclusion: samenwerkingsvorm`` (explain takes it so) and was told only that no
    rule derives it."""
    with pytest.raises(RuleError) as refused:
        rules_from_text("""
rules:
  - id: X-form
    title: {nl: a, en: b}
    section: ["4.3"]
    when: [{conclusion: samenwerkingsvorm, is: organisation_network}, {fact: governance.trust, is: high}]
    then: {finding: {severity: info, message: {nl: a, en: b}}}
""")
    (problem,) = refused.value.problems
    assert problem.code == "conclusion-never-derived"
    assert problem.hint is not None
    assert problem.hint.nl == "bedoelde je 'collaboration_form'?"


_EXAMPLED = """rules:
  - id: X-a
    title: {nl: a, en: a}
    section: ["4.3"]
    when: [{fact: governance.trust, is: high}]
    then:
      finding:
        severity: advice
        message:
          nl: "a"
          en: "b"
    examples:
      fires: [{governance: {trust: high}}]
      silent: [{governance: {trust: low}}]
"""


@pytest.mark.parametrize(
    ("old", "new", "line", "hint"),
    [
        (
            "      fires: [{governance: {trust: high}}]\n      silent:",
            "    fires: [{governance: {trust: high}}]\n    silent:",
            13,
            "'fires' hoort onder 'examples': spring het verder in dan 'examples'",
        ),
        (
            '        message:\n          nl: "a"\n          en: "b"',
            '      message:\n        nl: "a"\n        en: "b"',
            9,
            "'message' hoort onder 'finding': spring het verder in dan 'finding'",
        ),
        (
            "    examples:\n      fires: [{governance: {trust: high}}]\n      silent: [{governance: {trust: low}}]",
            "      examples:\n        fires: [{governance: {trust: high}}]\n        silent: [{governance: {trust: low}}]",
            12,
            "'examples' hoort naast 'then', niet eronder: spring het even ver in als 'then'",
        ),
        (
            "        severity: advice",
            "          severity: advice\n        message_x: 1",
            8,
            None,
        ),
        # `finding:` as far in as `then:`, which is left empty: not also "'then' ... is leeg" (a rule-editing trial)
        (
            '    then:\n      finding:\n        severity: advice\n        message:\n          nl: "a"\n          en: "b"',
            '    then:\n    finding:\n      severity: advice\n      message:\n        nl: "a"\n        en: "b"',
            7,
            "'finding' hoort onder 'then': spring het verder in dan 'then'",
        ),
    ],
)
def test_a_key_spelt_right_in_the_wrong_place_is_told_where_it_belongs(
    old: str, new: str, line: int, hint: str | None
) -> None:
    """`fires:` and `silent:` indented too little got "onbekende sleutel 'fires'" with "controleer de spelling",
    and `message:` too little a second message, "'message' ontbreekt" (a policy officer's trial): one message,
    saying under which key it belongs."""
    text = _EXAMPLED.replace(old, new, 1)
    assert text != _EXAMPLED
    with pytest.raises(RuleError) as raised:
        load_sources([Source("x.yaml", text.encode())])
    problems = raised.value.problems
    if hint is None:  # (not a key of any neighbour: no such hint)
        assert all("hoort onder" not in (problem.hint.nl if problem.hint else "") for problem in problems)
        return
    problem = problems[0]  # (fires and silent: one for each)
    assert (problem.line, problem.code, problem.hint.nl if problem.hint else None) == (line, "unknown-key", hint)
    assert all(problem.code == "unknown-key" for problem in problems)  # not also "'message' ontbreekt"


def _rule_with_message(message: str, *, top: str = "") -> str:
    """A rule file of one rule whose message is ``message`` (its lines as they stand under 'message:'), the file's
    own line first where ``top`` gives one: its message on line 12 on."""
    return (
        "\n"
        + top
        + """rules:
  - id: GOV-few
    title: {nl: a, en: b}
    section: ["4.3"]
    when: [{fact: governance.trust, is: high}]
    then:
      finding:
        severity: info
        message:
"""
        + message.rstrip("\n")
        + """
    examples: {fires: [{governance: {trust: high}}], silent: [{}]}
"""
    )


def test_a_text_whose_opening_quote_was_left_out_is_said_once() -> None:
    """`title: {nl: Hoog vertrouwen"...}`: one missing quote gave yaml-stray-quote and, for the same mark,
    quote-not-closed; rules/README promises one message per cause (rule-editing trial)."""
    with pytest.raises(RuleError) as refused:
        rules_from_text("""
rules:
  - id: GOV-few
    title: {nl: Hoog vertrouwen past bij zelfregulering", en: b}
    section: ["4.3"]
    when: [{fact: governance.trust, is: high}]
    then: {finding: {severity: info, message: {nl: a, en: b}}}
    examples: {fires: [{governance: {trust: high}}], silent: [{}]}
""")
    assert [(problem.code, problem.line) for problem in refused.value.problems] == [("yaml-stray-quote", 4)]


def test_a_quotation_mark_nothing_closes_is_refused_on_its_own_line() -> None:
    """A policy officer deleted the closing quotation mark of a quotation of the guide in a message: `netadvisor
    check` said "In orde", and only `make regeltest` (beside the guide) named it, without a line."""
    with pytest.raises(RuleError) as refused:
        rules_from_text(
            _rule_with_message(
                """\
          nl: >-
            Het is "de meest lichte vorm" van
            governance. Het is "de meest lichte vorm van governance van een netwerk. Er is
            geen administratieve entiteit.
          en: "Quoted \\"in full."
""",
                top="topic: {nl: 'Het netwerk \"werkt', en: b}\n",
            )
        )
    problems = [(problem.code, problem.line, problem.column, problem.rule_id) for problem in refused.value.problems]
    assert problems == [
        ("quote-not-closed", 2, 26, None),
        ("quote-not-closed", 14, 32, "GOV-few"),
        ("quote-not-closed", 16, 24, "GOV-few"),  # (a double-quoted YAML text writes it \\")
    ]
    message = refused.value.problems[1].message("nl")
    assert "het aanhalingsteken \" voor 'de meest lichte vorm van governance van een' wordt niet gesloten" in message
    # quotation marks in pairs, typographic ones too, are no problem
    rules_from_text("""
rules:
  - id: GOV-few
    title: {nl: 'Het is “de lichtste vorm”', en: 'It is "the lightest"'}
    section: ["4.3"]
    when: [{fact: governance.trust, is: high}]
    then: {finding: {severity: info, message: {nl: 'Het is „zo”', en: b}}}
    examples: {fires: [{governance: {trust: high}}], silent: [{}]}
""")


def test_the_quotation_left_open_is_named_where_the_next_one_opens() -> None:
    """A rule-editing trial deleted the closing mark after "Maak zaken bespreekbaar. and was sent seven lines further,
    to a quotation that was closed (the last mark, paired in order): the mark named is the one left open, with its
    words."""
    with pytest.raises(RuleError) as refused:
        rules_from_text(
            _rule_with_message(
                """          nl: >-
            Eén: "Maak zaken bespreekbaar. Want
            "Enkel de hulpbronnen die de partners inbrengen, tellen."
            Twee: "Bekijk het vanuit een ander perspectief."
          en: b
"""
            )
        )
    (problem,) = refused.value.problems
    assert (problem.code, problem.line) == ("quote-not-closed", 12)
    assert 'het aanhalingsteken " voor \'Maak zaken bespreekbaar. Want "Enkel de hulpbronnen' in problem.message("nl")


def test_a_line_of_a_folded_message_indented_further_than_the_first_is_refused() -> None:
    """A policy officer indented one line of a message a space too far: `netadvisor check` said "In orde", and the
    advice showed the message broken, a line starting with a space (YAML keeps both after '>-')."""
    with pytest.raises(RuleError) as refused:
        rules_from_text(
            _rule_with_message(
                """\
          nl: >-
            Een eerste regel
             en een tweede, een spatie te ver.
          en: b"""
            )
        )
    (problem,) = refused.value.problems
    assert (problem.code, problem.line, problem.column, problem.rule_id) == ("text-line-indented", 13, 14, "GOV-few")


def test_a_title_in_typographic_quotes_is_told_that_yaml_does_not_read_them_as_quotes() -> None:
    # the parser's "hier werd een ',' of '}' verwacht" came with "zet de tekst tussen aanhalingstekens", which the
    # policy officer who pasted “…” thought she had done (a rule-editing trial)
    error = _refused('rules:\n  - id: A\n    title: {nl: “Kennis: bundelen”, en: "x"}\n'.encode())
    (problem,) = error.problems
    assert problem.code == "yaml-syntax"
    assert problem.line == 3
    assert problem.hint is not None
    assert "“ ” en ‘ ’ zijn voor YAML geen aanhalingstekens" in problem.hint.nl


def test_a_condition_key_without_its_colon_is_told_so() -> None:
    """`{fact governance.trust, is: high}` was "onbekende sleutel 'fact governance.trust'" with "controleer de
    spelling" (a rule-editing trial): the key and its value are one key to YAML, and the ':' is what is missing."""
    text = VALID.replace("fact: governance.trust, is: high", "fact governance.trust, is: high")
    with pytest.raises(RuleError) as raised:
        rules_from_text(text)
    (problem,) = raised.value.problems
    assert problem.code == "unknown-key"
    assert problem.hint is not None
    assert problem.hint.nl == "de ':' na 'fact' ontbreekt: schrijf 'fact: governance.trust'"


def test_a_copy_of_a_rule_file_in_the_folder_is_one_problem_naming_both_files(tmp_path: Path) -> None:
    """A rule-editing trial's backup copy in rules/ gave ten duplicate ids, each placed at a rule of the original,
    each telling to rename the new rule: one problem for the file, naming the other, says what happened."""
    rules = """rules:
  - id: A-one
    title: {nl: a, en: a}
    section: ["4.3"]
    when: [{fact: governance.trust, is: high}]
    then: {finding: {severity: info, message: {nl: a, en: a}}}
  - id: A-two
    title: {nl: b, en: b}
    section: ["4.3"]
    when: [{fact: governance.trust, is: low}]
    then: {finding: {severity: info, message: {nl: b, en: b}}}
"""
    (tmp_path / "governance.yaml").write_text(rules, encoding="utf-8")
    (tmp_path / "governance-kopie.yaml").write_text(rules, encoding="utf-8")
    with pytest.raises(RuleError) as raised:
        load_rules(tmp_path)
    (problem,) = raised.value.problems
    assert problem.code == "file-repeats-file"
    assert (Path(problem.file).name, problem.line) == ("governance.yaml", 2)
    assert "governance-kopie.yaml hebben dezelfde 2 regels" in problem.message("nl")
    # one rule repeated is still that rule's duplicate id
    (tmp_path / "governance-kopie.yaml").write_text(rules.split("  - id: A-two")[0], encoding="utf-8")
    with pytest.raises(RuleError) as raised:
        load_rules(tmp_path)
    assert [problem.code for problem in raised.value.problems] == ["duplicate-rule-id"]


def test_a_message_names_a_policy_value_by_its_name_and_reads_its_value() -> None:
    """A warning said "met grenzen die netadvisor kiest" without them (a coordinator), and a message that writes a
    threshold as a number goes stale when policy staff change it: `{name}` of a policy value reads its value."""
    rules = """policy:
  weinig: {value: 7, explanation: {nl: "Tot hoeveel organisaties een netwerk klein is.", en: "Small up to."}}
rules:
  - id: GOV-few
    title: {nl: weinig, en: few}
    section: ["4.3"]
    when: [{fact: governance.partner_count, at_most: {policy: weinig}}]
    then: {finding: {severity: info, message: {nl: "Tot {weinig}; nu {governance.partner_count}.", en: "Up to {weinig}."}}}
"""
    (rule,) = rules_from_text(rules).rules
    assert rule.finding is not None
    assert (rule.finding.message.nl, rule.finding.message.en) == ("Tot 7; nu {governance.partner_count}.", "Up to 7.")
    changed = rules_from_text(rules.replace("value: 7", "value: 9"))
    assert changed.rules[0].finding is not None
    assert changed.rules[0].finding.message.en == "Up to 9."
    # a misspelt one is an unknown placeholder, with the policy value meant
    with pytest.raises(RuleError) as raised:
        rules_from_text(rules.replace("Up to {weinig}", "Up to {weinigg}"))
    (problem,) = raised.value.problems
    assert problem.code == "unknown-placeholder"
    assert problem.hint is not None
    assert "weinig" in problem.hint.nl


def test_a_bare_question_mark_in_a_rule_is_told_how_a_rule_says_unknown() -> None:
    """`is: ?` in a condition was told to write "?" or weet niet, as a case is; each gave a new error, and the way
    a rule speaks of an unknown fact came two rounds later (a rule-editing trial)."""
    from netadvisor import messages

    text = (
        "rules:\n  - id: X\n    title: {nl: a, en: a}\n    section: ['4.3']\n"
        "    when: [{fact: governance.trust, is: ?}]\n    then: {finding: {severity: info, message: {nl: a, en: a}}}\n"
    )
    with pytest.raises(RuleError) as raised:
        rules_from_text(text)
    (problem,) = raised.value.problems
    assert problem.hint == messages.fill(messages.SYNTAX_HINTS["question-mark-in-rules"], {})
    assert "known: false" in problem.hint.nl


COUNTED_POLICY = """
policy:
  regional_min:
    value: %s
    explanation: {nl: "Vanaf hoeveel kenmerken.", en: "From how many features."}
rules:
  - id: REGIO-features
    title: {nl: a, en: b}
    section: ["1"]
    when: [{fact: challenge.regional.present, at_least: {policy: regional_min}}]
    then: {finding: {severity: info, message: {nl: a, en: b}}}
"""


@pytest.mark.parametrize(
    ("value", "said"), [("-1", "van 0 tot en met 5, niet -1"), ("9", "van 0 tot en met 5, niet 9")]
)
def test_a_policy_value_a_count_netadvisor_makes_can_never_be_is_one_problem_where_it_is_written(
    value: str, said: str
) -> None:
    """A rule-editing trial set the number of regional features a rule needs to -1: check said "In orde", and the
    rule held on every case. A count netadvisor makes runs from 0 to how many there are."""
    with pytest.raises(RuleError) as raised:
        rules_from_text(COUNTED_POLICY % value)
    (problem,) = raised.value.problems
    assert (problem.code, problem.line) == ("policy-unfit", 4)
    assert problem.message("nl").endswith(f"challenge.regional.present is een telling {said}")
    assert problem.hint is not None
    assert problem.hint.nl == "schrijf een getal van 0 tot en met 5"
    rules_from_text(COUNTED_POLICY % "3")  # (one it can be: loads)


def test_a_not_with_naming_a_rule_renamed_to_an_id_that_stands_twice_says_so() -> None:
    """A rule-editing trial renamed GOAL-contributions to GOAL-consensus, an id another rule has: the first problem
    told was of a rule whose not_with named GOAL-contributions, with "bedoelde je 'GOAL-consensus'?", the wrong fix.
    While an id stands twice, such a not_with asks whether its rule was renamed, naming that id and where."""
    text = """
rules:
  - id: A-first
    title: {nl: a, en: a}
    section: ["4.2"]
    not_with: [A-second]
    when: [{fact: goal.has_common_goal, is: false}]
    then: {finding: {severity: info, message: {nl: a, en: a}}}
  - id: A-third
    title: {nl: b, en: b}
    section: ["4.2"]
    when: [{fact: goal.consensus_reached, is: false}]
    then: {finding: {severity: info, message: {nl: b, en: b}}}
  - id: A-third
    title: {nl: c, en: c}
    section: ["4.2"]
    when: [{fact: goal.contributions_clear, is: false}]
    then: {finding: {severity: info, message: {nl: c, en: c}}}
"""
    with pytest.raises(RuleError) as raised:
        rules_from_text(text)
    by_code = {problem.code: problem for problem in raised.value.problems}
    assert set(by_code) == {"not-with-unknown-rule", "duplicate-rule-id"}
    hint = by_code["not-with-unknown-rule"].hint
    assert hint is not None
    assert "'A-third'" in hint.nl
    assert "test.yaml:14" in hint.nl
    assert "bedoelde je" not in hint.nl
    # without an id written twice, the hint of before
    with pytest.raises(RuleError) as raised:
        rules_from_text(text.replace("  - id: A-third\n    title: {nl: c", "  - id: A-fourth\n    title: {nl: c", 1))
    [unknown] = raised.value.problems
    assert unknown.hint is not None
    assert "hernoemd" not in unknown.hint.nl


def test_a_misspelt_policy_value_in_a_message_is_told_the_policy_value() -> None:
    """`{veel_partner_min}` was told "bedoelde je 'governance.partner_count'?", and check passed once followed, the
    message then reading "de grenzen 7 en <aantal>" (a rule-editing trial): a policy value near it comes first."""
    text = """
policy:
  veel_partners_min: {value: 16, explanation: {nl: a, en: b}}
rules:
  - id: GOV-x
    title: {nl: a, en: b}
    section: ["4.3"]
    when: [{fact: governance.partner_count, at_least: {policy: veel_partners_min}}]
    then: {finding: {severity: info, message: {nl: "vanaf {veel_partner_min}", en: "from {veel_partners_min}"}}}
"""
    with pytest.raises(RuleError) as raised:
        rules_from_text(text)
    [problem] = raised.value.problems
    assert problem.code == "unknown-placeholder"
    assert problem.hint is not None
    assert problem.hint.nl == "bedoelde je 'veel_partners_min'?"


def test_a_decision_with_a_misspelt_policy_value_is_one_problem() -> None:
    """`minimum_support: {policy: governance_min_stuen}` gave 16 problems: the policy value, then every rule
    supporting the decision as supporting none, and the judgement of the current mode as never derived, with
    "bedoelde je 'governance_mode'?" (a rule-editing trial). The decision is still one: one cause, one message."""
    text = """
policy:
  governance_min_steun: {value: 2, explanation: {nl: a, en: b}}
decisions:
  governance_mode:
    minimum_support: {policy: governance_min_stuen}
    current: governance.current_mode
rules:
  - id: GOV-a
    title: {nl: a, en: b}
    section: ["4.3"]
    when: [{fact: governance.trust, is: high}]
    then: {supports: {governance_mode: self_governing}}
  - id: GOV-b
    title: {nl: c, en: d}
    section: ["4.3"]
    when: [{conclusion: governance_mode_current, is: unsupported}]
    then: {finding: {severity: info, message: {nl: c, en: d}}}
"""
    with pytest.raises(RuleError) as raised:
        rules_from_text(text)
    assert [problem.code for problem in raised.value.problems] == ["unknown-policy"]
