"""Loading rule files: a complete rule base, or every problem at once; hostile files refused quickly."""

from __future__ import annotations

from pathlib import Path

import pytest

from netadvisor import RuleError, load_rules
from netadvisor.loader import Source, load_sources
from netadvisor.yamlsource import MAX_BYTES, MAX_DEPTH

from helpers import rules_from_text

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
    assert rule.conditions[0].operator == "eq" and rule.conditions[0].operand == "high"
    assert rule.sections == ("4.3",) and rule.line == 3


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


def _refused(raw: bytes) -> RuleError:
    with pytest.raises(RuleError) as raised:
        load_sources([Source("hostile.yaml", raw)])
    return raised.value


@pytest.mark.parametrize(("raw", "code"), [
    (b"a: &a [x, x, x, x, x, x, x, x, x]\n" + b"".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n".encode() for i in range(8)),
     "yaml-alias"),
    (b"rules: !!python/object/apply:os.system [\"touch /tmp/netadvisor-pwned\"]\n", "yaml-tag"),
    (b"rules: !!python/name:os.system\n", "yaml-tag"),
    (b"rules: " + b"[" * 10_000 + b"]" * 10_000 + b"\n", "yaml-too-deep"),
    (b"rules:\n" + b"".join(b"  " * i + b"- \n" for i in range(1_000)), "yaml-too-deep"),
    (b"rules: " + b"x" * (MAX_BYTES + 1), "file-too-large"),
    (b"\xef\xbb\xbfrules: [\n", "yaml-syntax"),
    (b"rules:\n  - id: A\x00B\n", "not-utf8"),
])
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
    assert "café" in ok.rules[0].finding.message["nl"]  # type: ignore[union-attr]
    with pytest.raises(RuleError) as raised:
        rules_from_text(VALID.replace("GOV-trust-high", "GOV-vertrouwen-hóóg"))
    assert [(p.code, p.line) for p in raised.value.problems] == [("bad-format", 3)]


def test_an_example_at_a_threshold_names_the_policy_value(write_rules) -> None:  # type: ignore[no-untyped-def]
    """{policy: name, plus: 1} in an example is the policy value plus one: the example follows the threshold."""
    rulebase = load_rules(write_rules("""
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
"""))
    rule = rulebase.rules[0]
    assert rule.examples_fire[0]["governance"]["partner_count"] == 7
    assert rule.examples_silent[0]["governance"]["partner_count"] == 8


def test_a_rule_resting_on_a_source_must_name_it(write_rules) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuleError) as raised:
        load_rules(write_rules("""
rules:
  - id: GOV-x
    title: {nl: a, en: a}
    section: ["4.3"]
    basis: source
    when: [{fact: governance.trust, is: high}]
    then: {finding: {severity: info, message: {nl: a, en: a}}}
"""))
    assert [problem.code for problem in raised.value.problems] == ["basis-without-source"]
