"""The README tells the truth: its output, its Python example and its error example are real."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from netadvisor import RuleError, load_rules
from netadvisor.cli import main

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _block_after(marker: str, language: str = "") -> str:
    start = README.index(marker)
    match = re.compile(rf"```{language}\n(.*?)```", re.S).search(README, start)
    assert match, marker
    return match.group(1)


def test_the_shown_output_of_make_run_is_what_it_prints(capsys: pytest.CaptureFixture[str]) -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    command = re.search(r"\$\(BIN\)/netadvisor (advise \S+)", makefile)
    assert command
    assert main(command.group(1).split(" ")) == 0
    assert capsys.readouterr().out == _block_after("`make run` prints")


def test_the_python_example_runs_and_says_what_its_comments_say() -> None:
    code = _block_after("## Python", "python")
    namespace: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102 - our own README
    advice = namespace["advice"]
    assert advice.conclusion("governance_mode") == "network_administrative_organisation"  # type: ignore[attr-defined]


def test_the_check_example_is_what_a_real_typo_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    governance = tmp_path / "rules" / "governance.yaml"
    text = governance.read_text(encoding="utf-8")
    governance.write_text(text.replace("{fact: governance.trust, is: high}", "{fact: governance.trsut, is: high}", 1),
                          encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(RuleError) as raised:
        load_rules("rules/")
    shown = _block_after("reports every mistake at once")
    assert raised.value.format("nl").split("\n", 1)[1] + "\n" == shown
