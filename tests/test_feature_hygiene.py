"""Green must mean tested: no feature file may hold a scenario that would pass while testing nothing."""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
from featuredoc import hygiene

FEATURES = sorted((ROOT / "features").glob("*.feature"))
SAMPLES = ROOT / "tests" / "golden" / "hygiene"

# Each broken sample, and the trap the check must report for it (from shared/notes/gherkin-nl.md).
TRAPS = {
    "scenario-abstract.feature": "keyword-in-description",  # 'Scenario-abstract' is no keyword
    "english-keyword.feature": "no-steps",  # 'Given' under '# language: nl'
    "typo-keyword.feature": "keyword-in-description",  # 'Gegeve' is swallowed silently
    "voorbeeld-not-voorbeelden.feature": "outline-without-examples",  # 'Voorbeeld:' means Scenario
    "no-steps.feature": "no-steps",
    "duplicate-name.feature": "duplicate-name",  # even under different Regel blocks
    "bom.feature": "bom",
    "no-language.feature": "language",
    "outline-without-rows.feature": "outline-without-examples",
    "no-then.feature": "no-then",  # it builds and judges a case, and checks nothing
}


@pytest.mark.regelinhoud  # features/ is rule content: policy staff write scenarios
def test_there_are_feature_files_for_every_chapter() -> None:
    assert len(FEATURES) >= 10


@pytest.mark.regelinhoud
@pytest.mark.parametrize("path", FEATURES, ids=lambda p: p.name)
def test_feature_file_is_clean(path) -> None:  # type: ignore[no-untyped-def]
    # each trap on a line of its own, in Dutch: make regeltest shows this message (a policy officer read pytest's
    # "assert [...] == [] / Left contains one more item" there)
    traps = [f"features/{trap}" for trap in hygiene(path)]
    assert not traps, "\n".join(traps)


@pytest.mark.parametrize("name", sorted(TRAPS))
def test_each_trap_is_caught(name: str) -> None:
    codes = {trap.code for trap in hygiene(SAMPLES / name)}
    assert TRAPS[name] in codes, codes


def test_every_sample_is_in_the_table() -> None:
    assert sorted(path.name for path in SAMPLES.glob("*.feature")) == sorted(TRAPS)


def test_a_file_the_reader_cannot_read_is_said_in_dutch_at_its_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An English "And" among Dutch steps: make regeltest showed the reader's own words, English and cut off
    ("[parse] Parser errors:"), at line 1 (a rule-editing trial). Said in Dutch, at the line, pointing to
    `netadvisor test`, which says what is wrong."""
    from featuredoc import UNPARSABLE

    path = tmp_path / "x.feature"
    path.write_text(
        "# language: nl\nFunctionaliteit: x\n\n  Scenario: y\n    Gegeven een casus\n    And iets\n", encoding="utf-8"
    )
    (trap,) = hygiene(path)
    assert (trap.line, trap.code, trap.message) == (6, "parse", UNPARSABLE)
