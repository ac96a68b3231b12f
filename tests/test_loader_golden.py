"""Golden files: the exact text policy staff see for each broken rule file, in Dutch and English.

Each entry of ``tests/golden/rules`` (a file, or a folder of files loaded
together) has ``<name>.nl.txt`` and ``<name>.en.txt`` beside it. To accept a
deliberate change of wording, run ``NETADVISOR_UPDATE_GOLDEN=1 make test`` and
review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from netadvisor.errors import RuleError
from netadvisor.loader import discover, load_sources

GOLDEN = Path(__file__).parent / "golden" / "rules"
CASES = sorted(entry.name for entry in GOLDEN.iterdir() if entry.suffix != ".txt")


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", CASES)
def test_broken_rule_file_gives_exactly_the_golden_message(
    name: str, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Loading each broken sample fails with the located, worded problems of its golden file."""
    monkeypatch.chdir(GOLDEN)
    with pytest.raises(RuleError) as raised:
        load_sources(discover(name))
    text = raised.value.format(lang) + "\n"
    golden = GOLDEN / f"{Path(name).stem}.{lang}.txt"
    if os.environ.get("NETADVISOR_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_every_golden_sample_has_both_languages() -> None:
    """No sample is left without its expected text (a sample without one would test nothing)."""
    for name in CASES:
        for lang in ("nl", "en"):
            assert (GOLDEN / f"{Path(name).stem}.{lang}.txt").is_file(), f"{name}: no {lang} golden file"


def test_every_problem_has_a_place_and_a_code(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every problem of every sample names its file, a stable code and, within a file, a line."""
    monkeypatch.chdir(GOLDEN)
    for name in CASES:
        try:
            load_sources(discover(name))
        except RuleError as error:
            for problem in error.problems:
                assert problem.file
                assert problem.code
                assert problem.line > 0 or problem.code in {"empty-file", "file-too-large"}
        else:  # pragma: no cover - would mean a sample is not broken
            pytest.fail(f"{name} loaded without problems")


@pytest.mark.parametrize("name", CASES)
def test_the_cli_shows_the_same_text_and_exits_3(name: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """netadvisor check gives policy staff exactly the golden text, on stderr, with exit code 3.

    Each sample is checked in a folder of its own: `check FILE` checks a file with the rest of its folder, and the
    samples beside it here are other broken rule bases, not its own.
    """
    import io
    import shutil

    from netadvisor.cli import EXIT_RULES, main

    sample = GOLDEN / name
    if sample.is_dir():
        shutil.copytree(sample, tmp_path / name)
    else:
        shutil.copy(sample, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    assert main(["check", name, "--lang", "nl"], stdout=out, stderr=err) == EXIT_RULES
    assert out.getvalue() == ""
    assert "Traceback" not in err.getvalue()
    assert err.getvalue() == (GOLDEN / f"{Path(name).stem}.nl.txt").read_text(encoding="utf-8")


def test_every_problem_says_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every problem of every sample has a hint in both languages: the officer is never left with only 'wrong'."""
    monkeypatch.chdir(GOLDEN)
    for name in CASES:
        with pytest.raises(RuleError) as raised:
            load_sources(discover(name))
        for problem in raised.value.problems:
            assert problem.hint is not None, f"{name}: {problem.code} without a hint"
            assert problem.hint.nl, f"{name}: {problem.code} without a Dutch hint"
            assert problem.hint.en, f"{name}: {problem.code} without an English hint"
